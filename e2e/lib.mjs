// Shared by the end-to-end tests: serve the built site, drive Debian's
// Chromium with playwright-core, and run the native CLI for expected values.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, mkdirSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = process.env.PARLEY_DIST || join(ROOT, 'dist');
export const CORPUS = process.env.PARLEY_CORPUS || resolve(ROOT, '..', 'shared', 'corpus');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function freePort() {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
    srv.on('error', fail);
  });
}

/** Serves `dir` on 127.0.0.1 (python's http.server); resolves when it answers.
 * With `subPath` ('sub/path/'), the site is copied under that path of a
 * fresh root and `url` points there. With `copy`, a fresh copy is served
 * (tests that change files); `root` is the served directory. */
export async function serve(dir = DIST, { subPath = '', copy = false } = {}) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}: run trunk build --release`);
  let root = dir;
  let tmp = null;
  if (subPath || copy) {
    tmp = mkdtempSync(join(tmpdir(), 'parley-site-'));
    root = tmp;
    mkdirSync(join(tmp, subPath), { recursive: true });
    cpSync(dir, join(tmp, subPath), { recursive: true });
  }
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root],
    { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/${subPath}`;
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(url); if (r.ok) break; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  return {
    url, root, site: join(root, subPath),
    close: () => { proc.kill(); if (tmp) rmSync(tmp, { recursive: true, force: true }); },
  };
}

/** A fresh Chromium profile; returns { context, page, close }. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: FLAGS, headless: true, ...options,
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  return {
    context, page, errors,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Opens the app and waits until the wasm has mounted it. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('textarea#article', { timeout: 20000 });
}

/** The native CLI's annotation of a file (the same engine the page runs). */
export function cliAnnotate(file, dct) {
  const bin = join(ROOT, 'target', 'release', 'parley');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'parley'], { cwd: ROOT });
  return JSON.parse(execFileSync(bin, ['annotate', '--dct', dct, file], { encoding: 'utf8' }));
}

/** Text of every mark of a layer, parts of one split annotation joined, in document order. */
export async function markTexts(page, layer) {
  return page.$$eval(`mark[data-layer=${layer}]`, marks => {
    const out = [];
    const byIndex = new Map();
    for (const m of marks) {
      const key = m.dataset.index + '/' + (m.dataset.mention || '');
      if (m.classList.contains('continued') && byIndex.has(key)) {
        out[byIndex.get(key)] += m.textContent;
      } else {
        byIndex.set(key, out.length);
        out.push(m.textContent);
      }
    }
    return out;
  });
}

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Saves a screenshot for the README (docs/screenshots/NAME.png). */
export async function screenshot(page, name, options = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), ...options });
}

/** Sets the publication date (or '' to detect it) and the article text. */
export async function loadArticle(page, text, dct = '') {
  await page.fill('#article', text);
  await page.fill('#dct', dct);
}

/** Loads the sample article of the empty state. */
export async function loadSample(page) {
  await page.click('#sample');
  await page.waitForSelector('mark[data-layer=demand]');
}

export async function openTab(page, key) {
  await page.click(`#tab-${key}`);
  await page.waitForSelector(`#tabpanel[data-tab=${key}]`);
}

/** Runs a test body with a fresh Chromium profile; asserts no page errors
 * and no console errors (CSP violations are console errors). */
export async function withBrowser(options, body) {
  const browser = await launch(options);
  try {
    await body(browser);
    const { default: assert } = await import('node:assert/strict');
    assert.deepEqual(browser.errors, [], 'no page or console errors (CSP violations included)');
  } finally {
    await browser.close();
  }
}

/** The focused element's annotation: {layer, start, text}. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el && el.dataset ? { layer: el.dataset.layer, start: el.dataset.start, text: el.textContent, tag: el.tagName } : null;
  });
}

/** Byte offset (what the page uses) of a code point offset of `text`. */
export function byteOffset(text, cp) {
  return Buffer.byteLength([...text].slice(0, cp).join(''), 'utf8');
}

/** Polls an async page function until it returns a truthy value (Playwright's
 * waitForFunction does not wait for promises); returns that value. */
export async function until(page, fn, arg, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

/** The visible corpus articles joined, repeated up to `chars` characters
 * (large inputs for the hardening tests and the benchmark). */
export function corpusFiller(chars) {
  const dir = join(CORPUS, 'texts');
  const one = readdirSync(dir).sort().map(f => readFileSync(join(dir, f), 'utf8')).join('\n\n');
  let out = '';
  while (out.length < chars) out += one + '\n\n';
  return out.slice(0, chars);
}

/** Pastes `text` into the text box as the browser does (its value, then an
 * insertFromPaste input event). */
export async function pasteText(page, text) {
  await page.evaluate((t) => {
    const area = document.getElementById('article');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
}
