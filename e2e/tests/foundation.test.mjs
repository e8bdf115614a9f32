// The foundation: the release site, served statically, annotates a pasted
// corpus article in the real page, with the same results as the native CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, cliAnnotate, markTexts, CORPUS } from '../lib.mjs';

const ARTICLE = join(CORPUS, 'texts', 'seed-000.txt');
const DCT = '2022-02-28';
let server, browser;

before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('a pasted article shows actor, place, date and demand highlights with the right text', async () => {
  const { page, errors } = browser;
  await openApp(page, server.url);
  await page.fill('#dct', DCT);
  await page.fill('#article', readFileSync(ARTICLE, 'utf8'));
  await page.waitForSelector('mark[data-layer=demand]');

  const expected = cliAnnotate(ARTICLE, DCT);
  const actorTexts = expected.actors.flatMap(a => a.mentions).sort((x, y) => x.start - y.start).map(m => m.text);
  const byStart = (xs) => [...xs].sort((x, y) => x.start - y.start).map(x => x.text);

  assert.ok(actorTexts.length >= 10, `the engine finds actors (${actorTexts.length})`);
  assert.ok(expected.dates.length >= 5, 'the engine finds dates');
  assert.ok(expected.demands.length >= 1, 'the engine finds demands');
  assert.deepEqual(await markTexts(page, 'actor'), actorTexts);
  assert.deepEqual(await markTexts(page, 'place'), byStart(expected.places));
  assert.deepEqual(await markTexts(page, 'date'), byStart(expected.dates));
  assert.deepEqual(await markTexts(page, 'demand'), byStart(expected.demands));

  // known spans of this article, as a reader sees them
  assert.ok((await markTexts(page, 'actor')).includes('Naftali Bennett'));
  assert.ok((await markTexts(page, 'date')).includes('Monday'));
  const titles = await page.$$eval('mark[data-layer=date]', ms => ms.map(m => [m.textContent, m.title]));
  assert.deepEqual(titles.find(([t]) => t === 'Thursday'), ['Thursday', 'date: 2022-02-24']);

  // the legend counts what is shown
  const count = await page.$eval('.count[data-layer=date]', e => Number(e.textContent));
  assert.equal(count, expected.dates.length);
  assert.deepEqual(errors, []);
});
