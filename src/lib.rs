//! Parley's page: a Leptos client-side app over the extraction engine.
//!
//! Pure parts (what to render, what to export) are plain modules tested
//! natively; the components under `view/` only exist in the browser build.

pub mod corrections;
pub mod export;
#[cfg(test)]
pub mod fixture;
pub mod input;
pub mod library;
pub mod render;
pub mod sample;
pub mod sentence;
pub mod timeline;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod bench;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod view;
