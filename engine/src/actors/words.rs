//! Closed word classes of English grammar (determiners, prepositions,
//! pronouns, months…) that the actors and places stages test tokens
//! against. These are grammar, not world knowledge, so they live in code.

use crate::text::tokens::{Case, TokKind};
use super::lex::View;
use crate::fast_hash::BuildFx;
use crate::lexicon::words::WordSet;
use crate::text::Analysis;

/// Words that open a noun phrase and are left out of its span.
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "any", "both", "each", "every", "her", "his", "its", "many", "most", "my",
    "no", "other's", "our", "some", "such", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Function words that never start or make up a name even when capitalized.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "according", "after", "against", "all", "also", "although", "amid", "among",
    "an", "and", "any", "as", "asked", "at", "because", "before", "between", "both", "but", "by",
    "despite", "during", "each", "earlier", "for", "from", "he", "her", "here", "his", "how",
    "however", "i", "if", "in", "inside", "into", "it", "its", "later", "meanwhile", "near",
    "nevertheless", "no", "not", "notably", "now", "of", "on", "or", "our", "outside", "over",
    "per", "she", "since", "so", "some", "speaking", "that", "the", "their", "then", "there",
    "these", "they", "this", "those", "though", "to", "toward", "towards", "under", "until", "via",
    "we", "what", "when", "where", "which", "while", "who", "why", "with", "within", "without",
    "yet", "you",
];

pub const MONTHS_AND_DAYS: &[&str] = &[
    "apr", "april", "aug", "august", "christmas", "dec", "december", "easter", "eid", "feb",
    "february", "friday", "hanukkah", "jan", "january", "jul", "july", "jun", "june", "mar",
    "march", "may", "monday", "nov", "november", "oct", "october", "passover", "ramadan",
    "ramazan", "saturday", "sep", "sept", "september", "sunday", "thursday", "today", "tomorrow",
    "tuesday", "wednesday", "yesterday",
];

/// Particles inside names: "Iyad ag Ghali", "Ahmad bin Salman", "Humberto de la Calle".
pub const NAME_PARTICLES: &[&str] =
    &[
    "abu", "ad", "ag", "al", "bin", "bint", "da", "das", "de", "del", "den", "der", "di", "dos", "du",
    "el", "ibn", "la", "le", "ould", "van", "von", "wal",
];

pub fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `word` (any case) in a sorted lower-case list, by binary search.
pub fn in_sorted(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|x| {
        let (x, w) = (x.as_bytes(), word.as_bytes());
        for (a, b) in x.iter().zip(w) {
            let b = b.to_ascii_lowercase();
            if *a != b {
                return a.cmp(&b);
            }
        }
        x.len().cmp(&w.len())
    })
    .is_ok()
}


/// A word token starting with a capital letter (Title, Upper or a single capital).
/// (One copy for the hundreds of callers: the wasm's size.)
#[inline(never)]
pub fn is_cap(a: &View, i: usize) -> bool {
    super::lex::cap_at(a, i)
}

/// A capitalized word in title case (not all capitals): `Kuleba`, `McDonald`.
pub fn is_title_case(a: &View, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Word && t.case == Case::Title
}

pub fn is_word(a: &View, i: usize) -> bool {
    a.tokens[i].is_word()
}

pub fn is_lower_word(a: &View, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Word && t.case == Case::Lower
}

/// Token `i` is `word` (any case).
pub fn tok_is(a: &View, i: usize, word: &str) -> bool {
    is_at(a, i, word)
}

fn is_at(a: &Analysis, i: usize, word: &str) -> bool {
    // on bytes, lengths first: slicing the text as a str checks char boundaries
    a.tokens.get(i).is_some_and(|t| t.len() == word.len() && a.text().as_bytes()[t.start as usize..t.end as usize].eq_ignore_ascii_case(word.as_bytes()))
}

/// Token `i` (any ASCII case) is one of `list`'s lower-case words. Lists of
/// more than a few words are tested by the token's lexicon word id, through
/// a [`WordSet`] built at the list's first use.
pub fn tok_in(a: &View, i: usize, list: &'static [&'static str]) -> bool {
    in_at(a, i, list)
}

/// [`tok_in`] on the analysis (for the view's own tables).
pub(crate) fn in_at(a: &Analysis, i: usize, list: &'static [&'static str]) -> bool {
    match cached_set_of(list) {
        Some(set) => a.word_in(i, set),
        None => in_short(a, i, list),
    }
}

#[inline(never)]
fn in_short(a: &Analysis, i: usize, list: &[&str]) -> bool {
    // `is_at` for each word, the token read once
    let Some(t) = a.tokens.get(i) else { return false };
    let b = &a.text().as_bytes()[t.start as usize..t.end as usize];
    list.iter().any(|w| w.len() == b.len() && b.eq_ignore_ascii_case(w.as_bytes()))
}

/// A list's slot in [`FRONT`].
type Slot = std::sync::OnceLock<((usize, usize), Option<&'static WordSet>)>;
const SLOTS: usize = 1024;
/// [`set_of`]'s sets, read without a lock: `tok_in` runs about twenty times
/// a token, and a locked map cost as much as the test itself.
static FRONT: [Slot; SLOTS] = [const { Slot::new() }; SLOTS];

/// [`set_of`] through [`FRONT`]: a list is mostly in its first slot.
#[inline]
fn cached_set_of(list: &'static [&'static str]) -> Option<&'static WordSet> {
    if list.len() <= 3 {
        return None;
    }
    let key = (list.as_ptr() as usize, list.len());
    let start = ((key.0 as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize;
    match FRONT[start].get() {
        Some(e) if e.0 == key => e.1,
        _ => cached_set_probe(list, key, start),
    }
}

#[cold]
#[inline(never)]
fn cached_set_probe(list: &'static [&'static str], key: (usize, usize), start: usize) -> Option<&'static WordSet> {
    let mut found = None;
    for step in 0..SLOTS {
        let slot = &FRONT[(start + step) % SLOTS];
        let entry = match slot.get() {
            Some(e) => e,
            // a free slot: the list was not asked for yet (or a thread fills it now)
            None => slot.get_or_init(|| (key, *found.get_or_insert_with(|| set_of(list)))),
        };
        if entry.0 == key {
            return entry.1;
        }
    }
    set_of(list)
}

/// The word set of a static list, built once per list (keyed by its
/// address); none for short lists (comparing a few words is as quick) and
/// lists with non-ASCII words.
fn set_of(list: &'static [&'static str]) -> Option<&'static WordSet> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    /// A list's set, and the list in lower case when it had capitals.
    type Entry = (Option<&'static WordSet>, Vec<&'static str>);
    // process-wide and owning what the sets are built from: a thread-local
    // table would be dropped with its thread and the fuzzer's leak checker
    // would see the sets as leaked
    static SETS: Mutex<HashMap<(usize, usize), Entry, BuildFx>> = Mutex::new(HashMap::with_hasher(BuildFx));
    if list.len() <= 3 {
        return None;
    }
    let mut sets = SETS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    sets.entry((list.as_ptr() as usize, list.len()))
        .or_insert_with(|| {
            if !list.iter().all(|w| w.is_ascii()) {
                return (None, Vec::new());
            }
            if list.iter().all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())) {
                return (Some(Box::leak(Box::new(WordSet::new(list)))), Vec::new());
            }
            // the set's words are lower-case; matching ignores ASCII case anyway
            // (kept in the table: built once, never freed)
            let lower: Vec<&'static str> = list.iter().map(|w| &*Box::leak(w.to_ascii_lowercase().into_boxed_str())).collect();
            (Some(Box::leak(Box::new(WordSet::new(&lower)))), lower)
        })
        .0
}

/// First word token of its sentence (after opening quotes, bullets, dashes).
pub fn sentence_initial(a: &View, i: usize) -> bool {
    let s = a.sentences[a.sentence_of[i] as usize];
    let mut j = s.start as usize;
    while j < i && !a.tokens[j].is_word() && a.tokens[j].kind != TokKind::Number {
        j += 1;
    }
    j == i || (i > 0 && matches!(a.tok(i - 1), "\"" | "(" | ":" | "|" | "-") && !a.tokens[i - 1].is_word())
}

/// Prepositions that end a name in a Title Case headline.
pub const HEADLINE_PREPOSITIONS: &[&str] = &["After", "Amid", "At", "Despite", "In", "Inside", "Near", "Off", "Outside", "Over"];

pub fn in_headline(a: &View, i: usize) -> bool {
    a.sentences[a.sentence_of[i] as usize].headline
}

/// Same sentence?
pub fn same_sentence(a: &View, i: usize, j: usize) -> bool {
    a.sentence_of[i] == a.sentence_of[j]
}

/// An unknown acronym: two to six capitals, maybe a plural `s` (EAOs).
pub fn is_acronym(a: &View, i: usize) -> bool {
    let t = &a.tokens[i];
    if t.kind == TokKind::Acronym {
        return true;
    }
    if t.kind != TokKind::Word || t.case == Case::Lower {
        return false;
    }
    // a title-case word has a letter that is not a capital: only a plural
    // of capitals ("NGOs") is one
    if t.case == Case::Title && a.text().as_bytes()[t.end as usize - 1] != b's' {
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
pub fn is_common(a: &View, i: usize) -> bool {
    super::lex::common_at(a, i)
}

/// Are two words at most one edit (insertion, deletion or substitution,
/// ignoring case) apart? For near-misspellings of names ("Volodmyr"). One
/// pass, no table: this runs for every capitalized word against every person.
pub fn within_one_edit(x: &str, y: &str) -> bool {
    let same = |p: char, q: char| p == q || crate::text::case::lower_char(p) == crate::text::case::lower_char(q);
    let (mut xs, mut ys) = (x.chars(), y.chars());
    loop {
        let (xr, yr) = (xs.clone(), ys.clone());
        match (xs.next(), ys.next()) {
            (Some(p), Some(q)) if same(p, q) => continue,
            (None, None) => return true,
            // the first difference: the rest must match after skipping one
            // character in either word or in both
            _ => {
                let rest_eq = |p: std::str::Chars, q: std::str::Chars| p.clone().count() == q.clone().count() && p.zip(q).all(|(p, q)| same(p, q));
                fn skip(mut c: std::str::Chars<'_>) -> std::str::Chars<'_> {
                    c.next();
                    c
                }
                return rest_eq(skip(xr.clone()), skip(yr.clone())) || rest_eq(skip(xr.clone()), yr.clone()) || rest_eq(xr, skip(yr));
            }
        }
    }
}

/// A name word without an Arabic article: "al-Burhan" -> "Burhan".
#[inline]
pub fn without_article(w: &str) -> &str {
    // every article below ends in '-' at byte 2 or 3: most words stop here
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return w;
    }
    strip_article(w)
}

#[inline(never)]
fn strip_article(w: &str) -> &str {
    for p in ["al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "at-", "az-"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                return rest;
            }
        }
    }
    w
}

/// The letter two spellings of a name word share (`same_name_word` needs
/// it): the first byte after an Arabic article, ASCII lower-cased.
pub fn name_letter(w: &str) -> u8 {
    without_article(w).as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

/// Two spellings of one name word: equal ignoring case (and an Arabic
/// article), or long and one edit apart.
pub fn same_name_word(x: &str, y: &str) -> bool {
    let (x, y) = (without_article(x), without_article(y));
    if x.eq_ignore_ascii_case(y) {
        return true;
    }
    let (n, m) = (x.len(), y.len());
    if n.min(m) < 5 || n.abs_diff(m) > 2 || !x.as_bytes()[0].eq_ignore_ascii_case(&y.as_bytes()[0]) {
        return false;
    }
    let (n, m) = (x.chars().count(), y.chars().count());
    // five letters: only the last one may differ ("Ortez", "Ortes")
    let five = n == 5 && m == 5 && x.chars().zip(y.chars()).take(4).all(|(p, q)| p.eq_ignore_ascii_case(&q));
    (five || n.min(m) >= 6) && n.abs_diff(m) <= 1 && within_one_edit(x, y)
}

/// Words after a surname that are no part of it ("Jr.", "III").
pub fn name_suffix(w: &str) -> bool {
    matches!(w, "Jr" | "Sr" | "Jnr" | "Snr" | "II" | "III" | "IV")
}

/// Third-person verbs that end a name in a headline's title case ("Guyana
/// [Hails] World Court Ruling", "Beijing [Pushes] Early Harvest"). Sorted.
pub const HEADLINE_VERBS: &[&str] = &[
    "accepts", "accuses", "admits", "agrees", "announces", "appeals", "approves", "asks", "backs",
    "bans", "blames", "blocks", "calls", "condemns", "confirms", "courts", "cuts", "demands",
    "denies", "deploys", "dismisses", "expels", "extends", "eyes", "fears", "freezes", "hails",
    "halts", "hosts", "insists", "joins", "launches", "lifts", "meets", "mulls", "offers", "opens",
    "orders", "pauses", "pledges", "praises", "presses", "proposes", "pulls", "pushes", "quits",
    "reaffirms", "rebuffs", "recalls", "refuses", "rejects", "renews", "resumes", "rules", "says",
    "scrambles", "seeks", "sends", "signs", "slams", "snubs", "summons", "suspends", "tells",
    "thanks", "threatens", "turns", "unveils", "urges", "vetoes", "visits", "vows", "wants",
    "warns", "weighs", "welcomes", "withdraws",
];

/// A headline's verb at `k` after the start of a name run: it ends the name.
pub fn headline_verb(a: &View, k: usize) -> bool {
    // (most tokens stand in no headline: that test first)
    in_headline(a, k) && a.tokens[k].case == crate::text::tokens::Case::Title && tok_in(a, k, HEADLINE_VERBS)
}
