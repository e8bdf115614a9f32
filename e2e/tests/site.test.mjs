// The site as published: installable (manifest, icons, service worker),
// working offline after one visit, a new release replacing the cache, served
// from a sub-path; the 375 px layout and dark mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, withBrowser, openApp, loadSample, openTab, screenshot, until } from '../lib.mjs';

/** Waits until the service worker controls the page and its cache is filled. */
async function waitForOffline(page) {
  return until(page, async () => {
    if (!navigator.serviceWorker.controller) return null;
    const keys = (await caches.keys()).filter(k => k.startsWith('parley-'));
    if (keys.length !== 1) return null;
    const cache = await caches.open(keys[0]);
    return (await cache.keys()).some(r => r.url.endsWith('.wasm')) ? keys : null;
  });
}

test('installable: a manifest with icons, and a service worker in control', async () => {
  const server = await serve();
  try {
    await withBrowser({}, async ({ page, context }) => {
      const failed = [];
      page.on('response', r => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
      await openApp(page, server.url);
      await waitForOffline(page);
      const cdp = await context.newCDPSession(page);
      const { errors, data } = await cdp.send('Page.getAppManifest');
      assert.deepEqual(errors, []);
      const manifest = JSON.parse(data);
      assert.equal(manifest.short_name, 'Parley');
      assert.equal(manifest.display, 'standalone');
      for (const icon of manifest.icons) {
        const r = await page.request.get(new URL(icon.src, server.url).href);
        assert.equal(r.status(), 200, icon.src);
        assert.equal(r.headers()['content-type'], icon.type, icon.src);
      }
      assert.ok(manifest.icons.some(i => i.sizes === '512x512' && i.type === 'image/png'));
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      assert.deepEqual(failed, []);
    });
  } finally {
    server.close();
  }
});

test('after one visit the page works with the network off; a new release replaces the cache', async () => {
  const server = await serve(undefined, { copy: true });
  try {
    await withBrowser({}, async ({ page, context }) => {
      await openApp(page, server.url);
      const [first] = await waitForOffline(page);

      // a new release: new contents, a new version in sw.js
      const sw = join(server.site, 'sw.js');
      writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([^']*)';/, "const VERSION = '$1-next';"));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await until(page, async (old) => {
        const keys = (await caches.keys()).filter(k => k.startsWith('parley-'));
        return keys.length === 1 && keys[0] !== old;
      }, first);
      assert.deepEqual(await waitForOffline(page), [`${first}-next`], 'only the new release is cached');

      // the network goes away: server stopped, browser offline
      server.close();
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('textarea#article', { timeout: 20000 });
      await loadSample(page);
      assert.ok(await page.locator('#text mark[data-layer=actor]').count() > 0, 'annotates offline');
      await context.setOffline(false);
    });
  } finally {
    server.close();
  }
});

test('the site works from a sub-path', async () => {
  const server = await serve(undefined, { subPath: 'sub/path/' });
  try {
    await withBrowser({}, async ({ page }) => {
      const failed = [];
      page.on('response', r => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
      assert.match(server.url, /\/sub\/path\/$/);
      await openApp(page, server.url);
      await loadSample(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, server.url);
      const assets = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name));
      assert.ok(assets.length >= 3);
      for (const a of assets) assert.ok(a.startsWith(server.url), `${a} is under the sub-path`);
      assert.deepEqual(failed, []);
    });
  } finally {
    server.close();
  }
});

test('at 375 px wide nothing scrolls sideways and the panels stack', async () => {
  const server = await serve();
  try {
    await withBrowser({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, async ({ page }) => {
      await openApp(page, server.url);
      await screenshot(page, 'mobile-empty');
      await loadSample(page);
      for (const tab of ['actors', 'demands', 'timeline', 'export', 'library']) {
        await openTab(page, tab);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 375, `${tab}: page is ${width}px wide`);
      }
      await openTab(page, 'actors');
      const box = (sel) => page.locator(sel).boundingBox();
      const [input, text, side] = [await box('.input'), await box('#text'), await box('.side')];
      assert.ok(input.y + input.height <= text.y && text.y + text.height <= side.y, 'stacked: article, text, panels');
      assert.ok(text.width >= 340, `the text uses the width (${text.width}px)`);
      await page.evaluate(() => scrollTo(0, 0));
      await screenshot(page, 'mobile');
    });
  } finally {
    server.close();
  }
});

test('dark mode follows the system setting', async () => {
  const server = await serve();
  try {
    await withBrowser({ colorScheme: 'dark', viewport: { width: 1400, height: 900 } }, async ({ page }) => {
      await openApp(page, server.url);
      await loadSample(page);
      await openTab(page, 'timeline');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(22, 23, 26)');
      await screenshot(page, 'dark');
    });
  } finally {
    server.close();
  }
});
