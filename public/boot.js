// Loads the app's wasm (streaming compile) from the URLs Trunk wrote on the
// script element. A file of its own, so the page's CSP forbids inline scripts.
const boot = document.getElementById('parley-boot');
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });
