// Loads the app's wasm (streaming compile) from the URLs Trunk wrote on the
// script element, then registers the service worker (offline use). A file
// of its own, so the page's CSP forbids inline scripts.
const boot = document.getElementById('parley-boot');
const wasm = await import(boot.dataset.js);
await wasm.default({ module_or_path: boot.dataset.wasm });
window.parleyWasm = wasm; // for the browser benchmark (e2e/bench.mjs)
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('Parley works online only:', e));
}
