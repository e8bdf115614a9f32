// Corrections by hand (remove, add from a selection, actor kind, merge,
// demand holder) survive a reload and go into the exports; every export
// format, downloaded and copied; the JSON export is accepted by score.py and
// equals the CLI's annotation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  serve, withBrowser, openApp, cliAnnotate, loadArticle, loadSample, openTab, screenshot, CORPUS,
} from '../lib.mjs';

const WIDE = { viewport: { width: 1400, height: 1000 } };
let server;
before(async () => { server = await serve(); });
after(() => server?.close());

const mark = (layer, text) => `#text mark[data-layer=${layer}]:text-is(${JSON.stringify(text)})`;
// a mark that contains `text` (names may come with or without a title)
const markWith = (layer, text) => `#text mark[data-layer=${layer}]:has-text(${JSON.stringify(text)})`;

/** Selects `needle` inside the annotated text, as a reader would with the mouse. */
async function selectInText(page, needle) {
  await page.evaluate((needle) => {
    const root = document.getElementById('text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(needle);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        return;
      }
    }
    throw new Error(`not in the text: ${needle}`);
  }, needle);
}

/** Downloads the export in `format`; returns { name, text }. */
async function download(page, format) {
  await page.check(`input[name=format][value=${format}]`);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const dir = mkdtempSync(join(tmpdir(), 'parley-dl-'));
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  const text = readFileSync(path, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { name: dl.suggestedFilename(), text };
}

/** RFC 4180 CSV → rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('corrections (remove, add by selection, kind, merge, holder) survive a reload and go into the JSON export', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await loadSample(page);
    const actorOf = (text) => page.getAttribute(markWith('actor', text), 'data-actor');
    const oder = await actorOf('Tomas Oder');
    const marren = await actorOf('Ilse Marren');
    const un = await actorOf('United Nations');

    // 1. a demand's holder
    await page.click('#text mark[data-layer=demand]:has-text("an immediate ceasefire")');
    await page.selectOption('#detail select[data-action=holder]', oder);
    assert.match(await page.textContent('#detail [data-field=holder]'), /Tomas Oder$/);
    // 2. remove a date
    await page.click(mark('date', 'Thursday'));
    await page.click('#detail button[data-action=remove]');
    assert.equal(await page.locator(mark('date', 'Thursday')).count(), 0);
    // 3. an actor's kind
    await page.click(markWith('actor', 'Ilse Marren'));
    await page.selectOption('#detail select[data-action=kind]', 'group');
    assert.equal(await page.textContent('#detail [data-field=kind]'), 'group');
    // 4. merge two actors
    await page.click(markWith('actor', 'Amara Diallo'));
    await page.selectOption('#detail select[data-action=merge]', un);
    assert.equal(await page.getAttribute(markWith('actor', 'Amara Diallo'), 'data-actor'), un);
    // 5. add a place from a selection
    await selectInText(page, 'the eastern bank');
    await page.waitForSelector('#add-bar');
    await page.click('#add-bar button[data-add=place]');
    await page.waitForSelector(mark('place', 'the eastern bank'));

    await openTab(page, 'corrections');
    assert.equal(await page.locator('#corrections li').count(), 5);
    await screenshot(page, 'corrections', { clip: await page.locator('.side').boundingBox() });

    const check = async () => {
      assert.equal(await page.locator(mark('date', 'Thursday')).count(), 0, 'the removed date stays removed');
      assert.equal(await page.getAttribute(markWith('actor', 'Amara Diallo'), 'data-actor'), un, 'merged');
      assert.equal(await page.getAttribute(markWith('actor', 'Ilse Marren'), 'data-kind'), 'group');
      assert.equal(await page.locator(mark('place', 'the eastern bank')).count(), 1);
      assert.match(await page.getAttribute('#text mark[data-layer=demand]:has-text("an immediate ceasefire")', 'title'),
        /^demand: (General )?Tomas Oder → /);
    };
    await check();
    await page.reload();
    await page.waitForSelector('mark[data-layer=demand]');
    await check();
    await openTab(page, 'corrections');
    assert.equal(await page.locator('#corrections li').count(), 5);

    await openTab(page, 'export');
    const { name, text } = await download(page, 'json');
    assert.equal(name, 'river-talks-resume-as-both-sides-trade-conditions.json');
    const json = JSON.parse(text);
    assert.deepEqual(json.parley.corrections.map(c => Object.keys(c)[0]), ['holder', 'remove', 'actor_kind', 'merge', 'add']);
    assert.ok(!json.dates.some(d => d.text === 'Thursday'));
    assert.ok(json.places.some(p => p.text === 'the eastern bank'));
    assert.equal(json.actors.find(a => a.id === marren).kind, 'group');
    assert.ok(json.actors.find(a => a.id === un).mentions.some(m => m.text.includes('Amara Diallo')));
    assert.equal(json.demands.find(d => d.text.startsWith('an immediate ceasefire')).holder, oder);
    await page.check('input[name=format][value=markdown]');
    await screenshot(page, 'export', { clip: await page.locator('.side').boundingBox() });

    // undo brings the engine's reading back
    await openTab(page, 'corrections');
    await page.click('#corrections li:nth-child(2) button');
    await page.waitForSelector(mark('date', 'Thursday'));
  });
});

test('exports: corpus JSON accepted by score.py and equal to the CLI, demands and actors CSV, Markdown brief, copy', async () => {
  const article = join(CORPUS, 'texts', 'seed-000.txt');
  const dct = '2022-02-28';
  const expected = cliAnnotate(article, dct);
  await withBrowser(WIDE, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await openApp(page, server.url);
    await loadArticle(page, readFileSync(article, 'utf8'), dct);
    await page.waitForSelector('mark[data-layer=demand]');
    await openTab(page, 'export');

    const out = mkdtempSync(join(tmpdir(), 'parley-score-'));
    try {
      const { text } = await download(page, 'json');
      const json = JSON.parse(text);
      for (const layer of ['actors', 'places', 'dates', 'demands']) assert.deepEqual(json[layer], expected[layer], layer);
      assert.equal(json.dct, dct);
      writeFileSync(join(out, 'seed-000.json'), text);
      // score.py checks every offset and span text; it exits non-zero on a bad file
      const report = execFileSync('python3', [join(CORPUS, 'score.py'), join(CORPUS, 'gold'), out, '--json'],
        { encoding: 'utf8' });
      assert.ok(JSON.parse(report).actor_lenient.tp > 0, 'score.py matches the exported actors');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }

    const demands = await download(page, 'demands-csv');
    assert.match(demands.name, /-demands\.csv$/);
    const drows = parseCsv(demands.text);
    assert.deepEqual(drows[0], ['holder', 'kind', 'content', 'addressee', 'trigger', 'start', 'end']);
    assert.equal(drows.length - 1, expected.demands.length);
    const firstDemand = [...expected.demands].sort((a, b) => a.start - b.start)[0];
    assert.deepEqual(drows[1].slice(1, 3), [firstDemand.kind, firstDemand.text]);
    assert.deepEqual(drows[1].slice(5).map(Number), [firstDemand.start, firstDemand.end]);

    const actors = await download(page, 'actors-csv');
    const arows = parseCsv(actors.text);
    assert.deepEqual(arows[0], ['id', 'name', 'kind', 'role', 'affiliation', 'mentions', 'mention_texts']);
    assert.deepEqual(arows.slice(1).map(r => [r[0], r[1], r[2], Number(r[5])]),
      expected.actors.map(a => [a.id, a.name, a.kind, a.mentions.length]));

    const md = await download(page, 'markdown');
    assert.match(md.name, /\.md$/);
    assert.match(md.text, /^# .+\n\nPublication date: 2022-02-28 \(set by hand\)\.\n/);
    assert.match(md.text, /\n## Who wants what, from whom, and when\n\n- \*\*/);
    assert.equal((md.text.match(/^- \*\*/gm) || []).length, expected.demands.length);

    await page.click('#copy');
    await page.waitForSelector('#notice:has-text("Copied")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent('#export-preview'));
  });
});
