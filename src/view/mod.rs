//! The page's components, one per file. They read the [`crate::state::AppState`]
//! context and hold no extraction logic.

pub mod actors_panel;
pub mod add_bar;
pub mod annotated_text;
pub mod corrections_panel;
pub mod dct_field;
pub mod demands_panel;
pub mod detail;
pub mod editor;
pub mod empty_state;
pub mod export_panel;
pub mod legend;
pub mod library_panel;
pub mod notice;
pub mod tabs;
pub mod timeline;
