// The browser benchmark (not a pass/fail test: machines are noisy). Opens
// the release site (dist/) in headless Chromium and reports medians:
// - the engine through the page's own wasm (window.parleyWasm.benchAnnotate)
//   on every visible corpus article and on a 10,000-word document,
// - the first annotation after opening the page (navigation → first mark),
// - a 1 MB paste: until the beginning (what the reader sees) is marked, until
//   every part is annotated and shown, and the marks of the end once scrolled to.
//   cd e2e && npm run bench            (trunk build --release first)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, corpusFiller, CORPUS } from './lib.mjs';

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const gold = id => JSON.parse(readFileSync(join(CORPUS, 'gold', `${id}.json`), 'utf8'));
const ids = readdirSync(join(CORPUS, 'texts')).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4)).sort();
const texts = ids.map(id => ({ id, text: readFileSync(join(CORPUS, 'texts', `${id}.txt`), 'utf8'), dct: gold(id).dct || '' }));

let long = '';
while (long.split(/\s+/).length < 10000) long += texts.map(t => t.text).join('\n\n') + '\n\n';
const words = long.split(/\s+/).filter(Boolean);
long = words.slice(0, 10000).join(' ');

const server = await serve();
const browser = await launch({ viewport: { width: 1400, height: 1000 } });
const { page } = browser;
try {
  // first annotation after opening the page
  const firsts = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await openApp(page, server.url + `?run=${i}`);
    await page.fill('#article', texts[0].text);
    await page.waitForSelector('#text mark');
    firsts.push(Date.now() - t0);
    await page.fill('#article', '');
  }
  await openApp(page, server.url);
  await page.waitForFunction(() => window.parleyWasm && window.parleyWasm.benchAnnotate);
  const run = (text, dct, samples, batch = 1) => page.evaluate(([t, d, n, b]) => window.parleyWasm.benchAnnotate(t, d, n, b), [text, dct, samples, batch]);

  const perArticle = [];
  for (const t of texts) {
    await run(t.text, t.dct, 5); // warm up
    perArticle.push({ id: t.id, chars: [...t.text].length, ms: median(await run(t.text, t.dct, 30, 10)) });
  }
  const typical = median(perArticle.map(a => a.ms));
  await run(long, '2022-03-01', 3);
  const longMs = median(await run(long, '2022-03-01', 30));

  // a 1 MB paste: the beginning marked, everything annotated and shown (each
  // once painted), then the end's marks after a jump there
  const big = corpusFiller(1_000_000);
  const pastes = { progress: [], first: [], all: [], end: [] };
  for (let i = 0; i < 3; i++) {
    if (i > 0) { await page.click('#clear'); await page.waitForSelector('#article'); }
    const ms = await page.evaluate(async (t) => {
      // checked at each frame (a zero timeout can wait behind the parts' own)
      const frame = () => new Promise(r => requestAnimationFrame(r));
      const until = async (f) => { while (!f()) await frame(); };
      window.scrollTo(0, 0);
      const area = document.getElementById('article');
      // when the progress line first appears
      let progress = null;
      const seen = new MutationObserver(() => { if (progress === null && document.getElementById('progress')) progress = performance.now() - t0; });
      seen.observe(document.body, { childList: true, subtree: true });
      const t0 = performance.now();
      area.value = t;
      area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      await until(() => document.querySelector('#text mark'));
      const first = performance.now() - t0;
      await until(() => !document.getElementById('progress'));
      const all = performance.now() - t0;
      const t1 = performance.now();
      // (scrolled again at each frame: blocks laid out on the way change the page's height)
      const last = document.querySelector('#text .block:last-child');
      await until(() => { last.scrollIntoView(); return last.querySelector('mark'); });
      seen.disconnect();
      return { progress, first, all, end: performance.now() - t1 };
    }, big);
    for (const k in ms) pastes[k].push(ms[k]);
  }

  const f = ms => ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`;
  console.log('| figure (headless Chromium, release site) | median | budget |');
  console.log('|---|---|---|');
  console.log(`| engine, all layers, median corpus article (${median(perArticle.map(a => a.chars))} chars) | ${f(typical)} | ≤ 1 ms |`);
  console.log(`| engine, 10,000-word document | ${f(longMs)} | ≤ 16 ms |`);
  console.log(`| 1 MB paste, until progress is shown | ${f(median(pastes.progress))} | ≤ 100 ms |`);
  console.log(`| 1 MB paste, until its beginning is marked | ${f(median(pastes.first))} | ≤ 1 s |`);
  console.log(`| 1 MB paste, until every part is annotated and shown | ${f(median(pastes.all))} | ≤ 1 s |`);
  console.log(`| 1 MB paste, then the end's marks after a jump there | ${f(median(pastes.end))} | |`);
  console.log(`| first annotation after opening the page | ${f(median(firsts))} | ≤ 1 s |`);
  console.log('\nper article (ms, median of 30 samples of 10 runs): ' + perArticle.map(a => `${a.id} ${a.ms.toFixed(2)}`).join(', '));
  } finally {
  await browser.close();
  server.close();
}
