// Loads the app's wasm (streaming compile) from the URLs Trunk wrote on the
// script element, then registers the service worker (offline use). A file
// of its own, so the page's CSP forbids inline scripts.
const boot = document.getElementById('parley-boot');
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('Parley works online only:', e));
}
