// Shared by the end-to-end tests: serve the built site, drive Debian's
// Chromium with playwright-core, and run the native CLI for expected values.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
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

/** Serves `dir` on 127.0.0.1 (python's http.server); resolves when it answers. */
export async function serve(dir = DIST) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}: run trunk build --release`);
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(url); if (r.ok) break; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  return { url, close: () => proc.kill() };
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
