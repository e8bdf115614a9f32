//! One export that runs the whole engine and reads every field of its
//! result, so that nothing of the engine is dropped as dead code.

use parley_engine::{annotate, Options};

/// Annotates the UTF-8 text at `ptr..ptr+len`; returns a checksum of the result.
///
/// # Safety
/// `ptr..ptr+len` must be valid UTF-8 owned by the caller.
#[no_mangle]
pub unsafe extern "C" fn parley_annotate(ptr: *const u8, len: usize) -> usize {
    let text = std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len));
    let doc = annotate(text, &Options::default());
    let mut sum = doc.dct.map_or(0, |d| d.to_string().len());
    for a in &doc.actors {
        sum += a.id.len() + a.name.len() + a.kind.as_str().len() + a.mentions.len();
        sum += a.affiliation.as_ref().map_or(0, String::len) + a.role.as_ref().map_or(0, String::len);
        sum += a.mentions.iter().map(|m| m.span.start as usize).sum::<usize>();
    }
    sum += doc.places.iter().map(|p| p.span.end as usize).sum::<usize>();
    for d in &doc.dates {
        sum += d.span.start as usize + d.kind.as_str().len() + d.value.as_ref().map_or(0, String::len);
    }
    for d in &doc.demands {
        sum += d.span.start as usize + d.trigger.end as usize + d.kind.as_str().len();
        sum += d.holder.as_ref().map_or(0, String::len) + d.addressee.as_ref().map_or(0, String::len);
    }
    sum
}

/// Memory for the caller's text.
#[no_mangle]
pub extern "C" fn parley_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}
