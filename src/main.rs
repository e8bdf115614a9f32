//! Mounts the app on the page (browser build only).

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(parley::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parley-app is the browser build: serve it with `scripts/serve.sh`; the native CLI is `parley`.");
}
