//! The publication date: given by the caller, detected in the text, or assumed.

use crate::document::{DctSource, Ymd};
use crate::text::Analysis;
use crate::Options;

/// Detects a publication date printed in the text (datelines, "Updated:", "Published").
///
/// First version: nothing is detected yet.
pub fn detect(_a: &Analysis) -> Option<(Ymd, DctSource)> {
    None
}

pub fn resolve(a: &Analysis, options: &Options) -> (Option<Ymd>, DctSource) {
    if let Some(d) = options.dct {
        return (Some(d), DctSource::Given);
    }
    if let Some((d, source)) = detect(a) {
        return (Some(d), source);
    }
    match options.fallback_dct {
        Some(d) => (Some(d), DctSource::Assumed),
        None => (None, DctSource::Unknown),
    }
}
