//! Lower case without the standard library's Unicode case tables: the
//! scripts news about conflicts is written with (Latin with its accents,
//! Greek, Cyrillic), one character to one. `char::to_lowercase` would
//! bring a 12 KB table into the wasm for scripts the engine never reads as
//! names; other characters are kept as they are.

/// `c` in lower case (scripts above; others unchanged).
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let shifted = match u {
        0..=0x7F => return c.to_ascii_lowercase(),
        // À…Þ but ×
        0xC0..=0xDE if u != 0xD7 => u + 32,
        // İ: the dotted capital of Turkish is an i
        0x130 => 'i' as u32,
        // Latin Extended-A: pairs, capital first
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        // Ș ș Ț ț and their neighbours; Vietnamese and other accented Latin
        0x218..=0x21F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u.is_multiple_of(2) => u + 1,
        // Greek
        0x391..=0x3A9 if u != 0x3A2 => u + 32,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        // Cyrillic
        0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        _ => return c,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// `s` in lower case (see [`lower_char`]).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}
