//! The browser's local storage, with every failure turned into a sentence
//! the page can show (storage full, storage unavailable). Browser build only.

use web_sys::Storage;

fn storage() -> Result<Storage, String> {
    let unavailable = || "This browser does not let Parley use its storage (private mode or blocked site data).".to_string();
    web_sys::window().ok_or_else(unavailable)?.local_storage().map_err(|_| unavailable())?.ok_or_else(unavailable)
}

fn is_quota(err: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    err.dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

pub fn get(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|_| "The browser's storage could not be read.".to_string())
}

pub fn set(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(|e| {
        if is_quota(&e) {
            "The browser's storage is full.".to_string()
        } else {
            "The browser's storage refused to save.".to_string()
        }
    })
}

pub fn remove(key: &str) -> Result<(), String> {
    storage()?.remove_item(key).map_err(|_| "The browser's storage could not be changed.".to_string())
}

/// Every key that starts with `prefix`.
pub fn keys(prefix: &str) -> Result<Vec<String>, String> {
    let s = storage()?;
    let n = s.length().map_err(|_| "The browser's storage could not be read.".to_string())?;
    Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect())
}
