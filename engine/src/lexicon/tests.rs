use super::{lists, scan, List, LIST_BY_INDEX};
use crate::text::tokens::tokenize;

fn hits(text: &str) -> Vec<(String, List)> {
    let toks = tokenize(text);
    scan(&toks, text)
        .iter()
        .map(|h| (text[toks[h.start as usize].start as usize..toks[h.end as usize - 1].end as usize].to_string(), h.list))
        .collect()
}

#[test]
fn multi_word_phrases_match_token_for_token() {
    let found = hits("Talks at the United Nations Security Council.");
    assert!(found.contains(&("United Nations Security Council".to_string(), List::Organizations)), "{found:?}");
    assert!(found.contains(&("United Nations".to_string(), List::Organizations)), "{found:?}");
}

#[test]
fn longest_phrase_first_at_each_start() {
    let toks = tokenize("the United Nations Security Council");
    let found = scan(&toks, "the United Nations Security Council");
    let at_united: Vec<usize> = found.iter().filter(|h| h.start == 1).map(|h| h.len()).collect();
    assert!(at_united.windows(2).all(|w| w[0] >= w[1]), "{at_united:?}");
}

#[test]
fn cased_lists_need_the_capitals_of_the_phrase() {
    assert!(hits("Turkey and TURKEY").iter().filter(|(_, l)| *l == List::CountriesExtra).count() == 2);
    assert!(!hits("a roast turkey").iter().any(|(_, l)| *l == List::CountriesExtra));
}

#[test]
fn no_phrase_spans_a_paragraph_break() {
    assert!(!hits("the United\n\nNations").iter().any(|(s, _)| s.contains("Nations") && s.contains("United")));
    assert!(hits("the United\nNations").iter().any(|(s, _)| s.contains("Nations") && s.contains("United")));
}

#[test]
fn lookup_word_reads_one_list() {
    let row = List::Countries.lookup_word("Ukraine").expect("Ukraine is a country");
    assert_eq!(List::Countries.canonical(row), "Ukraine");
    assert_eq!(List::Countries.lookup_word("UKRAINE"), Some(row));
    assert_eq!(List::Countries.lookup_word("ukraine"), None, "countries are cased");
    assert_eq!(List::Countries.lookup_word("no-such-place"), None);
}

#[test]
fn rows_are_split_into_their_fields() {
    assert_eq!(lists().len(), LIST_BY_INDEX.len());
    for &list in LIST_BY_INDEX {
        for row in list.rows() {
            assert!(!row.is_empty() && !row.iter().any(|f| f.contains(['\t', '\n'])), "{}: {row:?}", list.info().name);
        }
    }
    let ukraine = List::Countries.lookup_word("Ukraine").unwrap();
    assert_eq!(List::Countries.row(ukraine)[0].split('|').next(), Some("Ukraine"));
    assert!(List::Countries.row(ukraine).len() > 2);
}

#[test]
fn word_sets_match_tokens_in_any_ascii_case() {
    use super::words::WordSet;
    // "the" and "of" occur in lexicon phrases (they have ids); "zqxw" does not
    let set = WordSet::new(&["the", "of", "zqxw"]);
    let a = crate::text::Analysis::new("THE talks Of the ZQXW zqx, thee \u{212A}");
    let found: Vec<bool> = (0..a.tokens.len() + 1).map(|i| a.word_in(i, &set)).collect();
    assert_eq!(found, [true, false, true, true, true, false, false, false, false, false]);
    assert_ne!(a.word(0), super::words::NONE);
    assert_eq!(a.word(0), a.word(3), "one id for any case");
    assert_eq!(a.word(0), super::words::word_id("the"));
    assert!(set.contains("Of") && set.contains("zQxW") && !set.contains("thee"));
}

#[test]
fn a_non_ascii_token_lower_casing_to_a_word_is_not_that_word() {
    use super::words::WordSet;
    // the Kelvin sign lower-cases to "k", which `eq_ignore_ascii_case` does not equate
    let set = WordSet::new(&["k"]);
    let a = crate::text::Analysis::new("\u{212A} k K");
    assert_eq!((0..3).map(|i| a.word_in(i, &set)).collect::<Vec<_>>(), [false, true, true]);
}

#[test]
fn front_coded_lists_decode_to_their_files() {
    let cities = super::front_decoded(include_bytes!(concat!(env!("OUT_DIR"), "/cities.front")));
    assert_eq!(cities, include_str!("data/cities.txt"));
    let words = super::front_decoded(include_bytes!(concat!(env!("OUT_DIR"), "/common_words.front")));
    assert_eq!(words, include_str!("data/common_words.txt"));
    // lines sharing a prefix that ends inside a multi-byte character
    assert_eq!(super::front_decoded(b"\0Bogot\xc3\xa1\n\x06\xa9\n\x01x\n"), "Bogot\u{e1}\nBogot\u{e9}\nBx\n");
}

#[test]
fn derived_lists_equal_their_files() {
    for (list, file) in [(List::Capitals, include_str!("data/capitals.tsv")), (List::Demonyms, include_str!("data/demonyms.tsv"))] {
        let want: Vec<Vec<&str>> =
            file.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect()).collect();
        let got: Vec<Vec<&str>> = list.rows().iter().map(|r| r.to_vec()).collect();
        assert_eq!(got, want, "{list:?}");
        assert!(want.len() > 150, "{list:?}");
    }
}
