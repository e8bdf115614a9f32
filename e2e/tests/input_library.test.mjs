// Input (rich-text paste, dropped and opened files, files that are not
// text) and the local library (save, survive a reload, rename, reopen,
// delete, export all, an actor across articles; storage full or unreadable).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, withBrowser, openApp, loadSample, openTab, screenshot } from '../lib.mjs';

const WIDE = { viewport: { width: 1400, height: 1000 } };
let server;
before(async () => { server = await serve(); });
after(() => server?.close());

test('a rich-text paste becomes plain text: no markup is injected, scripts never run', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await page.focus('#article');
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/html', '<meta charset="utf-8"><h1>Talks &amp; threats</h1><p>Russia <b>rejected</b> the plan on '
        + '<i>Monday</i>.</p><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><p>Kyiv said&nbsp;no.</p>');
      dt.setData('text/plain', 'plain fallback');
      document.getElementById('article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('#text mark');
    assert.equal(await page.inputValue('#article'), 'Talks & threats\n\nRussia rejected the plan on Monday.\n\nKyiv said\u00a0no.');
    assert.equal(await page.locator('#text b, #text i, #text img, #text script, #text h1').count(), 0);
    assert.equal(await page.textContent('#text'), await page.inputValue('#article'));
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  });
});

test('a dropped .txt, an opened .html and .md are read as text; a picture gets a clear message', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    // drop
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Russia rejected talks on Monday.\n'], 'dropped.txt', { type: 'text/plain' }));
      document.getElementById('article').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById('article').value === 'Russia rejected talks on Monday.\n');
    assert.match(await page.textContent('#notice'), /Opened “dropped\.txt”/);
    // open an HTML file
    await page.setInputFiles('#file', {
      name: 'page.html', mimeType: 'text/html',
      buffer: Buffer.from('<html><head><style>p{}</style></head><body><p>Kyiv <em>urged</em> a ceasefire.</p></body></html>'),
    });
    await page.waitForFunction(() => document.getElementById('article').value === 'Kyiv urged a ceasefire.');
    assert.equal(await page.locator('#text em').count(), 0);
    // Markdown
    await page.setInputFiles('#file', { name: 'notes.md', mimeType: '', buffer: Buffer.from('# Notes\n\nNATO said so.') });
    await page.waitForFunction(() => document.getElementById('article').value === '# Notes\n\nNATO said so.');
    // not text
    await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await page.waitForSelector('#notice.error');
    assert.match(await page.textContent('#notice'), /“photo\.png” is not a text file \(image\/png\)/);
    assert.equal(await page.inputValue('#article'), '# Notes\n\nNATO said so.', 'the article stays');
    await page.setInputFiles('#file', { name: 'odd.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
    await page.waitForSelector('#notice:has-text("not UTF-8")');
  });
});

test('the library: saved articles survive a reload; rename, reopen, delete, export all; an actor across articles by date', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await loadSample(page);
    await page.click('#save');
    await page.waitForSelector('#notice:has-text("Saved")');
    // a second article: the same sample, published in January
    await page.click('#clear');
    await loadSample(page);
    await page.fill('#dct', '2031-01-05');
    await openTab(page, 'library');
    await page.click('#save-article');
    await page.waitForSelector('#library-list li:nth-child(2)');

    await page.reload();
    await page.waitForSelector('mark[data-layer=demand]');
    await openTab(page, 'library');
    const titles = () => page.$$eval('#library-list .entry-title', es => es.map(e => e.textContent));
    assert.deepEqual(await titles(), ['River talks resume as both sides trade conditions', 'River talks resume as both sides trade conditions']);
    // rename the January one (saved last: listed first)
    await page.click('#library-list li:nth-child(1) button[data-action=rename]');
    await page.fill('#library-list input.rename', 'January talks');
    await page.click('#library-list button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#library-list .entry-title')?.textContent === 'January talks');
    const dates = await page.$$eval('#library-list .entry-dates', es => es.map(e => e.textContent));
    assert.match(dates[0], /^published 2031-01-05/);
    assert.match(dates[1], /^published 2031-03-14/);

    // an actor across the saved articles, ordered by publication date
    const key = await page.$eval('#across-actor', s => [...s.options].find(o => o.textContent.startsWith('Ilse Marren')).value);
    await page.selectOption('#across-actor', key);
    const rows = await page.$$eval('.appearances > li', ls => ls.map(l => l.querySelector('strong').textContent + ' ' + l.textContent));
    assert.equal(rows.length, 2);
    assert.ok(rows[0].startsWith('2031-01-05') && rows[0].includes('January talks'), rows[0]);
    assert.ok(rows[1].startsWith('2031-03-14'), rows[1]);
    assert.ok(rows.every(r => r.includes('an immediate ceasefire')), 'her demand in each');
    await screenshot(page, 'library', { clip: await page.locator('.side').boundingBox() });

    // reopen the March one
    await page.click('#clear');
    await page.click('#library-list li:nth-child(2) button[data-action=open]');
    await page.waitForSelector('mark[data-layer=demand]');
    assert.equal(await page.getAttribute('#dct-note', 'data-source'), 'detected');
    // export all
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
    const dir = mkdtempSync(join(tmpdir(), 'parley-dl-'));
    await dl.saveAs(join(dir, 'all.json'));
    const all = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(all.entries.map(e => e.title).sort(), ['January talks', 'River talks resume as both sides trade conditions']);
    // delete
    await page.click('#library-list li:nth-child(1) button[data-action=delete]');
    await page.waitForFunction(() => document.querySelectorAll('#library-list .entry').length === 1);
    await page.reload();
    await page.waitForSelector('mark[data-layer=demand]');
    await openTab(page, 'library');
    assert.deepEqual(await titles(), ['River talks resume as both sides trade conditions']);
  });
});

test('storage full: a clear message, and nothing typed is lost', async () => {
  await withBrowser(WIDE, async ({ page, context }) => {
    await context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('parley.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, key, value);
      };
    });
    await openApp(page, server.url);
    await page.fill('#article', 'Kyiv urged talks. My own notes, typed here.');
    await page.waitForSelector('#notice.error');
    assert.match(await page.textContent('#notice'), /storage is full\. Your article could not be kept/);
    await page.click('#save');
    await page.waitForSelector('#notice:has-text("was not saved")');
    assert.match(await page.textContent('#notice'), /The browser's storage is full\. “Kyiv urged talks\. My own notes, typed here\.” was not saved\. Your text is still here/);
    assert.equal(await page.inputValue('#article'), 'Kyiv urged talks. My own notes, typed here.');
    assert.ok(await page.locator('#text mark').count() > 0, 'still annotated');
  });
});

test('unreadable storage: damaged entries are named and can be deleted; the rest still works', async () => {
  await withBrowser(WIDE, async ({ page }) => {
    await openApp(page, server.url);
    await page.evaluate(() => {
      localStorage.setItem('parley.article.broken', '{"title": "half written');
      localStorage.setItem('parley.article.old', JSON.stringify({ text: 'Old entry\nRussia said no.', dct_field: '2022-03-01' }));
      localStorage.setItem('parley.draft', '[not an article]');
    });
    await page.reload();
    await page.waitForSelector('#notice.error');
    assert.match(await page.textContent('#notice'), /The article from your last visit could not be read/);
    await openTab(page, 'library');
    assert.match(await page.textContent('#library-list .unreadable'), /A saved article could not be read \(not JSON/);
    assert.deepEqual(await page.$$eval('#library-list .entry-title', es => es.map(e => e.textContent)), ['Old entry']);
    await page.click('#library-list .unreadable button');
    await page.waitForFunction(() => !document.querySelector('#library-list .unreadable'));
    await page.click('#library-list button[data-action=open]');
    assert.equal(await page.inputValue('#article'), 'Old entry\nRussia said no.');
    assert.equal(await page.inputValue('#dct'), '2022-03-01');
  });
});
