//! The page's components, one per file. They read the [`crate::state::AppState`]
//! context and hold no extraction logic.

pub mod annotated_text;
pub mod dct_field;
pub mod editor;
pub mod legend;
