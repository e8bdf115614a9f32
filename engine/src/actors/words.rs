//! Closed word classes of English grammar (determiners, prepositions,
//! pronouns, months…) that the actors and places stages test tokens
//! against. These are grammar, not world knowledge, so they live in code.

use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;

/// Words that open a noun phrase and are left out of its span.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "both", "all", "some", "any", "each", "every", "no", "such", "many", "most", "other's",
];

/// Function words that never start or make up a name even when capitalized.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "for", "from", "with", "by",
    "of", "as", "after", "before", "while", "when", "since", "until", "during", "despite", "though",
    "although", "because", "so", "yet", "he", "she", "it", "they", "we", "i", "you", "his", "her",
    "its", "their", "our", "this", "that", "these", "those", "there", "here", "what", "which",
    "who", "how", "why", "where", "both", "all", "some", "any", "each", "no", "not", "also",
    "however", "meanwhile", "nevertheless", "notably", "earlier", "later", "then", "now", "asked",
    "speaking", "according", "under", "over", "between", "among", "against", "into", "about",
    "amid", "near", "inside", "outside", "without", "within", "toward", "towards", "via", "per",
];

pub const MONTHS_AND_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "easter", "christmas", "ramadan", "ramazan", "passover", "eid",
    "hanukkah", "today", "tomorrow", "yesterday",
];

/// Particles inside names: "Iyad ag Ghali", "Ahmad bin Salman", "Humberto de la Calle".
pub const NAME_PARTICLES: &[&str] =
    &["al", "el", "bin", "ibn", "bint", "abu", "de", "la", "del", "da", "dos", "das", "di", "du", "van", "von", "der", "den", "le", "ag", "ould"];

pub fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word token starting with a capital letter (Title, Upper or a single capital).
pub fn is_cap(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    matches!(t.kind, TokKind::Word | TokKind::Acronym) && t.is_capitalized(a.text())
}

/// A capitalized word in title case (not all capitals): `Kuleba`, `McDonald`.
pub fn is_title_case(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Word && t.case == Case::Title
}

pub fn is_word(a: &Analysis, i: usize) -> bool {
    a.tokens[i].is_word()
}

pub fn is_lower_word(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Word && t.case == Case::Lower
}

/// Token `i` is `word` (any case).
pub fn tok_is(a: &Analysis, i: usize, word: &str) -> bool {
    i < a.tokens.len() && a.tok(i).eq_ignore_ascii_case(word)
}

pub fn tok_in(a: &Analysis, i: usize, list: &[&str]) -> bool {
    i < a.tokens.len() && is_in(list, a.tok(i))
}

/// First word token of its sentence (after opening quotes, bullets, dashes).
pub fn sentence_initial(a: &Analysis, i: usize) -> bool {
    let s = a.sentences[a.sentence_of[i] as usize];
    let mut j = s.start as usize;
    while j < i && !a.tokens[j].is_word() && a.tokens[j].kind != TokKind::Number {
        j += 1;
    }
    j == i || (i > 0 && matches!(a.tok(i - 1), "\"" | "(" | ":" | "|" | "-") && !a.tokens[i - 1].is_word())
}

pub fn in_headline(a: &Analysis, i: usize) -> bool {
    a.sentences[a.sentence_of[i] as usize].headline
}

/// Same sentence?
pub fn same_sentence(a: &Analysis, i: usize, j: usize) -> bool {
    a.sentence_of[i] == a.sentence_of[j]
}

/// An unknown acronym: two to six capitals, maybe a plural `s` (EAOs).
pub fn is_acronym(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if t.kind == TokKind::Acronym {
        return true;
    }
    if t.kind != TokKind::Word {
        return false;
    }
    let w = a.tok(i);
    let core = w.strip_suffix('s').filter(|c| c.len() >= 2 && c.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())).unwrap_or(w);
    let n = core.chars().count();
    (2..=6).contains(&n)
        && core.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && core.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Is token `i` a word the text elsewhere writes in lower case (so a common
/// word here capitalized by position), or a common English word?
pub fn is_common(a: &Analysis, i: usize) -> bool {
    let w = a.tok(i);
    super::lex::is_common_word(w) || is_in(FUNCTION_WORDS, w) || is_in(MONTHS_AND_DAYS, w)
}

/// Levenshtein distance, for near-misspellings of names ("Volodmyr").
pub fn edit_distance(x: &str, y: &str) -> usize {
    let y: Vec<char> = y.chars().collect();
    let mut prev: Vec<usize> = (0..=y.len()).collect();
    let mut cur = vec![0; y.len() + 1];
    for (i, cx) in x.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cy) in y.iter().enumerate() {
            let sub = prev[j] + usize::from(!cx.to_lowercase().eq(cy.to_lowercase()));
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[y.len()]
}

/// Two spellings of one name word: equal ignoring case, or long and one edit apart.
pub fn same_name_word(x: &str, y: &str) -> bool {
    if x.eq_ignore_ascii_case(y) {
        return true;
    }
    let (n, m) = (x.chars().count(), y.chars().count());
    n.min(m) >= 6 && n.abs_diff(m) <= 1 && edit_distance(x, y) <= 1
}
