//! One phrase of a lexicon row, as the index stores it. `build.rs` includes
//! this file too, to check the data's limits at compile time.

/// One alternative of a row's field 0, split into lower-cased words.
pub struct PhraseSrc {
    /// Lower-cased tokens.
    pub words: Vec<String>,
    pub list: usize,
    pub row: usize,
    pub alt: usize,
    /// When the text's case must be checked against the phrase as written:
    /// its byte offset and length in field 0 of its row.
    pub check: Option<(usize, usize)>,
}

/// The phrases of field 0 of one row (`phrase|alias|…`). `case_checked`
/// says whether the list's case rule needs the written form (`exact`, or
/// `cased` with a capital in the phrase).
pub fn phrases_of_field(
    field0: &str,
    list: usize,
    row: usize,
    case_checked: impl Fn(&str) -> bool,
    tokenize: impl Fn(&str) -> Vec<String>,
) -> Vec<PhraseSrc> {
    let mut out = Vec::new();
    for (alt, phrase) in field0.split('|').enumerate() {
        let phrase = phrase.trim();
        let words = tokenize(phrase);
        if words.is_empty() {
            continue;
        }
        let check = case_checked(phrase).then(|| (phrase.as_ptr() as usize - field0.as_ptr() as usize, phrase.len()));
        out.push(PhraseSrc { words, list, row, alt, check });
    }
    out
}
