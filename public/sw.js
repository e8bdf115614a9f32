// Parley's service worker: the page works offline after one visit.
// VERSION and ASSETS are written into the built copy of this file by
// scripts/sw_assets.py (a Trunk post_build hook): every release gets its own
// cache, and activating it deletes the caches of older releases.
const VERSION = 'dev';
const ASSETS = ['./', './index.html'];
const CACHE = `parley-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('parley-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages: the network first (a new release shows at once), the cache when
// offline. Everything else has a content hash in its name: the cache first.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match('./index.html', { cacheName: CACHE })
        .then((hit) => hit || caches.match('./', { cacheName: CACHE }))),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
