// The reader on a corpus article: layer toggles and legend counts, details
// on keyboard focus and on click, the actors panel, the demands table, the
// timeline, and the publication date (detected or set by hand). Expected
// values come from the native CLI, which runs the same engine. Screenshots
// show the sample article only (no corpus text goes into the project).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  serve, withBrowser, openApp, cliAnnotate, markTexts, loadArticle, loadSample, openTab, focused, byteOffset,
  screenshot, CORPUS,
} from '../lib.mjs';

const ARTICLE = join(CORPUS, 'texts', 'seed-000.txt');
const TEXT = readFileSync(ARTICLE, 'utf8');
const DCT = '2022-02-28';
const WIDE = { viewport: { width: 1400, height: 1000 } };
let server, expected;

before(async () => { server = await serve(); expected = cliAnnotate(ARTICLE, DCT); });
after(() => server?.close());

async function openArticle(page) {
  await openApp(page, server.url);
  await loadArticle(page, TEXT, DCT);
  await page.waitForSelector('mark[data-layer=demand]');
}

const actorName = (id) => expected.actors.find(a => a.id === id)?.name ?? '—';

test('layer toggles hide and show each layer; the legend counts them', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openArticle(page);
    const counts = {
      actor: expected.actors.reduce((n, a) => n + a.mentions.length, 0),
      place: expected.places.length, date: expected.dates.length, demand: expected.demands.length,
    };
    for (const [layer, n] of Object.entries(counts)) {
      assert.equal(await page.$eval(`.count[data-layer=${layer}]`, e => Number(e.textContent)), n, layer);
    }
    for (const layer of Object.keys(counts)) {
      const toggle = `button.legend-item[data-layer=${layer}]`;
      assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'true');
      await page.click(toggle);
      assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'false');
      assert.equal(await page.locator(`#text mark[data-layer=${layer}]`).count(), 0, `${layer} hidden`);
      // the other layers stay
      const others = Object.keys(counts).filter(l => l !== layer && counts[l] > 0);
      for (const o of others) assert.ok(await page.locator(`#text mark[data-layer=${o}]`).count() > 0, `${o} shown`);
      await page.keyboard.press('Enter'); // the toggle has the focus: the keyboard turns it back on
      assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'true');
      assert.equal((await markTexts(page, layer)).length, counts[layer]);
    }
  });
});

test('details on keyboard focus: a date in words with its rule, an actor card, a demand as holder → kind → content → addressee', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openArticle(page);
    // Tab from the last layer toggle into the text, and on through the highlights
    await page.focus('button.legend-item[data-layer=demand]');
    const seen = new Set();
    for (let i = 0; i < 400 && seen.size < 3; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f?.tag !== 'MARK' || seen.has(f.layer) || f.layer === 'place') continue;
      seen.add(f.layer);
      const detail = page.locator('#detail');
      if (f.layer === 'date') {
        const d = expected.dates.find(x => String(byteOffset(TEXT, x.start)) === f.start);
        assert.equal(await detail.locator('[data-field=value]').textContent(), d.value ?? '—');
        if (/^\d{4}-\d\d-\d\d$/.test(d.value ?? '')) {
          const words = new Date(d.value + 'T12:00:00Z').toLocaleDateString('en-GB', {
            weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
          }).replace(',', '');
          assert.equal(await detail.locator('[data-field=words]').textContent(), words);
        }
        assert.ok((await detail.locator('[data-field=rule]').textContent()).length > 3, 'the rule that resolved it');
        assert.equal(await detail.locator('[data-field=dct]').textContent(), `${DCT} (set by hand)`);
      } else if (f.layer === 'actor') {
        const a = expected.actors.find(x => x.mentions.some(m => String(byteOffset(TEXT, m.start)) === f.start));
        assert.equal(await detail.locator('h3').textContent(), a.name);
        assert.equal(await detail.locator('[data-field=kind]').textContent(), a.kind);
        assert.equal(await detail.locator('[data-field=mentions]').textContent(), String(a.mentions.length));
        assert.equal(await detail.locator('[data-field=role]').textContent(), a.role ?? '—');
      } else if (f.layer === 'demand') {
        const d = expected.demands.find(x => String(byteOffset(TEXT, x.start)) === f.start);
        assert.equal(await detail.locator('[data-field=holder]').textContent(), actorName(d.holder));
        assert.equal(await detail.locator('[data-field=kind]').textContent(), d.kind);
        assert.equal(await detail.locator('[data-field=content]').textContent(), d.text);
        assert.equal(await detail.locator('[data-field=addressee]').textContent(), actorName(d.addressee));
      }
    }
    assert.deepEqual([...seen].sort(), ['actor', 'date', 'demand']);
    // and by mouse: a click on a date shows it too
    const thursday = expected.dates.find(d => d.text === 'Thursday');
    await page.click(`#text mark[data-layer=date][data-start="${byteOffset(TEXT, thursday.start)}"]`);
    assert.equal(await page.textContent('#detail [data-field=words]'), 'Thursday 24 February 2022');
  });
});

test('picking an actor highlights all its mentions, goes to the first, and n/p step through them', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openArticle(page);
    await openTab(page, 'actors');
    const actor = [...expected.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    assert.ok(actor.mentions.length >= 2);
    const groups = await page.$$eval('.actor-group', gs => gs.map(g => g.dataset.kind));
    assert.deepEqual(groups, ['person', 'state', 'organization', 'group', 'media'].filter(k => expected.actors.some(a => a.kind === k)));
    await page.click(`.actor-button[data-actor=${actor.id}]`);
    await page.waitForSelector('#text mark.picked');
    const picked = await page.$$eval('#text mark.picked:not(.continued)', ms => ms.map(m => m.dataset.start));
    assert.deepEqual(picked, actor.mentions.map(m => String(byteOffset(TEXT, m.start))));
    await page.waitForFunction(s => document.activeElement?.dataset?.start === s, picked[0]);
    assert.ok(await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }), 'scrolled into view');
    await page.keyboard.press('n');
    assert.equal((await focused(page)).start, picked[1]);
    assert.match(await page.textContent('#mention-pos'), new RegExp(`mention 2 of ${picked.length}$`));
    await page.keyboard.press('p');
    assert.equal((await focused(page)).start, picked[0]);
    await page.keyboard.press('p'); // wraps to the last
    assert.equal((await focused(page)).start, picked.at(-1));
    await page.click('#next-mention');
    assert.equal((await focused(page)).start, picked[0]);
  });
});

test('the demands table lists holder, kind, content, addressee; filters; a row goes to its demand', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openArticle(page);
    await openTab(page, 'demands');
    const rows = () => page.$$eval('table.demands tbody tr', trs => trs.map(tr => [...tr.cells].map(c => c.textContent)));
    const want = [...expected.demands].sort((a, b) => a.start - b.start)
      .map(d => [actorName(d.holder), d.kind, d.text, actorName(d.addressee)]);
    assert.deepEqual(await rows(), want);

    const kind = want[0][1];
    await page.selectOption('#filter-kind', kind);
    assert.deepEqual(await rows(), want.filter(r => r[1] === kind));
    await page.selectOption('#filter-kind', '');
    const holder = expected.demands.find(d => d.holder)?.holder;
    if (holder) {
      await page.selectOption('#filter-actor', holder);
      const name = actorName(holder);
      assert.deepEqual(await rows(), want.filter(r => r[0] === name || r[3] === name));
      await page.selectOption('#filter-actor', '');
    }
    const last = await page.locator('table.demands tbody tr').last();
    const start = await last.getAttribute('data-start');
    await last.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(s => document.activeElement?.dataset?.start === s && document.activeElement.dataset.layer === 'demand', start);
  });
});

test('the timeline places dated points with the gist of their sentence, marks the publication date, and a point goes to its date', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openArticle(page);
    await openTab(page, 'timeline');
    await page.waitForSelector('.timeline svg');
    assert.equal(await page.textContent('.tl-dct text'), 'published 28 Feb 2022');
    const items = await page.$$eval('.tl-item', gs => gs.map(g => ({
      start: g.dataset.start, label: g.querySelector('.tl-label').textContent,
      name: g.getAttribute('aria-label'), bar: !!g.querySelector('rect'),
    })));
    const datedDays = expected.dates.filter(d => /^\d{4}-\d\d-\d\d/.test(d.value ?? ''));
    assert.ok(items.length >= datedDays.length && datedDays.length > 0, `${items.length} items for ${datedDays.length} days`);
    const thursday = expected.dates.find(d => d.text === 'Thursday');
    const item = items.find(i => i.start === String(byteOffset(TEXT, thursday.start)));
    assert.ok(item, 'Thursday is on the timeline');
    assert.ok(item.name.startsWith('Thursday 24 February 2022: '), item.name);
    // the label is the start of its sentence
    const label = item.label.replace(/…$/, '');
    assert.ok(TEXT.replace(/\s+/g, ' ').includes(label), `“${label}” is from the text`);
    const durations = expected.dates.filter(d => /^P\d+[DWMY]$/.test(d.value ?? ''));
    if (durations.length) assert.ok(items.some(i => i.bar), 'durations are bars');
    await page.click(`.tl-item[data-start="${item.start}"]`);
    await page.waitForFunction(s => document.activeElement?.dataset?.start === s, item.start);
    assert.equal(await page.textContent('#detail [data-field=words]'), 'Thursday 24 February 2022');
  });
});

test('the publication date is detected or set by hand, the page says which, and changing it re-resolves the dates', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await loadSample(page);
    const note = '#dct-note';
    assert.equal(await page.getAttribute(note, 'data-source'), 'detected');
    assert.match(await page.textContent(note), /^Detected in the text: 2031-03-14/);
    const monday = '#text mark[data-layer=date]:text-is("Monday")';
    assert.equal(await page.getAttribute(monday, 'title'), 'date: 2031-03-10');
    await page.fill('#dct', '2031-03-20');
    assert.equal(await page.getAttribute(note, 'data-source'), 'given');
    assert.match(await page.textContent(note), /^Set by hand: dates are resolved against 2031-03-20/);
    assert.equal(await page.getAttribute(monday, 'title'), 'date: 2031-03-17');
    await page.click(monday);
    assert.equal(await page.textContent('#detail [data-field=words]'), 'Monday 17 March 2031');
    await screenshot(page, 'detail', { clip: await page.locator('.side').boundingBox() });
    await page.click('#dct-detect');
    assert.equal(await page.getAttribute(note, 'data-source'), 'detected');
    assert.equal(await page.getAttribute(monday, 'title'), 'date: 2031-03-10');
    assert.equal(await page.inputValue('#dct'), '');
  });
});

test('the tabs work from the keyboard', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await loadSample(page);
    await page.focus('#tab-actors');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tab-demands', 'aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-demands');
    await page.keyboard.press('End');
    assert.equal(await page.getAttribute('#tabpanel', 'data-tab'), 'library');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tabpanel', 'data-tab'), 'actors');
    // the README's pictures of the panels, on the sample article
    await page.click('#text mark[data-layer=demand]');
    await screenshot(page, 'reader');
    const side = async () => ({ clip: await page.locator('.side').boundingBox() });
    await openTab(page, 'demands');
    await screenshot(page, 'demands', await side());
    await openTab(page, 'timeline');
    await screenshot(page, 'timeline', await side());
  });
});
