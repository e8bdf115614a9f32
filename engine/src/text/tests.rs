use super::sentences::split;
use super::tokens::{tokenize, Case, TokKind};

fn words(text: &str) -> Vec<&str> {
    tokenize(text).iter().map(|t| t.text(text)).collect()
}

fn sentences(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    split(&toks, text)
        .iter()
        .map(|s| text[toks[s.start as usize].start as usize..toks[s.end as usize - 1].end as usize].to_string())
        .collect()
}

#[test]
fn possessives_acronyms_and_numbers_tokenize_as_units() {
    assert_eq!(words("Russia's U.S. envoy, 6.5 million"), ["Russia", "'s", "U.S.", "envoy", ",", "6.5", "million"]);
    assert_eq!(words("don't O'Brien 42nd 30-day 12:00"), ["don't", "O'Brien", "42nd", "30", "-", "day", "12:00"]);
    assert_eq!(words("the states' leaders"), ["the", "states", "'", "leaders"]);
}

#[test]
fn case_shapes() {
    let text = "NATO Kyiv ceasefire A McDonald";
    let cases: Vec<Case> = tokenize(text).iter().map(|t| t.case).collect();
    assert_eq!(cases, [Case::Upper, Case::Title, Case::Lower, Case::Other, Case::Title]);
    assert_eq!(tokenize("U.S.")[0].kind, TokKind::Acronym);
}

#[test]
fn sentences_split_on_terminals_but_not_abbreviations() {
    assert_eq!(
        sentences("Mr. Smith met Gen. Lee. They talked! Then? Yes."),
        ["Mr. Smith met Gen. Lee.", "They talked!", "Then?", "Yes."]
    );
}

#[test]
fn lost_space_after_period_still_ends_a_sentence() {
    assert_eq!(sentences("it was set to expire.On the first day"), ["it was set to expire.", "On the first day"]);
    assert_eq!(sentences("Hamas agreed to it.\"According to the deal"), ["Hamas agreed to it.\"", "According to the deal"]);
}

#[test]
fn headline_lines_are_their_own_sentences() {
    let s = sentences("Putin Opens Door to Talks\nRussian President Vladimir Putin said so.");
    assert_eq!(s, ["Putin Opens Door to Talks", "Russian President Vladimir Putin said so."]);
    let toks = tokenize("Putin Opens Door to Talks\nRussian President Vladimir Putin said so.");
    let split = split(&toks, "Putin Opens Door to Talks\nRussian President Vladimir Putin said so.");
    assert!(split[0].headline);
    assert!(!split[1].headline);
}

#[test]
fn wrapped_lines_do_not_end_sentences() {
    assert_eq!(
        sentences("The talks between the two delegations ended without any\nagreement on Monday."),
        ["The talks between the two delegations ended without any\nagreement on Monday."]
    );
}

/// Random texts over an alphabet of the cases the tokenizer and the
/// normalizer treat apart: ASCII letters and digits, apostrophes, periods,
/// separators, typographic quotes and dashes, invisible and control chars,
/// letters whose lower case is longer or shorter in UTF-8, combining marks.
fn random_texts() -> Vec<String> {
    const PIECES: &[&str] = &[
        "a", "A", "s", "S", "z", "Z", "0", "1", "9", ".", ",", ":", "'", "\"", "-", "(", ")", "*", "|", "!", "?",
        " ", " ", "\n", "\n\n", "\t", "\r", "`", "\u{B}", "\u{1}", "\u{7F}", "é", "É", "İ", "ß", "ẞ", "\u{301}",
        "\u{2019}", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}", "\u{A0}", "\u{200B}", "\u{2026}", "\u{212A}",
        "Ω", "ж", "Ж", "\u{85}", "\u{2028}", "\u{B4}", "\u{FEFF}", "\u{3000}", "\u{1680}", "ǅ", "ﬁ", "中",
        "U.S.", "a.m.", "don't", "O'Brien", "states'", "Russia's", "42nd", "1,000.5", "12:00", "Mr.", "the",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..2000)
        .map(|_| {
            let len = 1 + next() % 40;
            (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect()
        })
        .collect()
}

#[test]
fn fast_versions_agree_with_the_references() {
    use super::normalize::Normalized;
    use super::reference;
    for text in random_texts() {
        assert_eq!(tokenize(&text), reference::tokenize(&text), "tokens of {text:?}");
        let n = Normalized::new(&text);
        let (norm, edits) = reference::normalize(&text);
        assert_eq!((n.text.as_str(), n.edits()), (norm.as_str(), edits.as_slice()), "normalization of {text:?}");
    }
}

#[test]
fn lower_forms_of_tokens() {
    use super::tokens::Lower;
    for text in ["NATO's U.S. Envoy said", "İstanbul ẞ \u{212A}elvin Ωmega", "plain words"] {
        let toks = tokenize(text);
        let lower = Lower::new(&toks, text);
        for (i, t) in toks.iter().enumerate() {
            assert_eq!(lower.get(i), super::case::lower(t.text(text)));
            assert_eq!(lower.bytes(i), super::case::lower(t.text(text)).as_bytes());
        }
    }
}

#[test]
fn hits_at_lists_the_hits_starting_at_a_token() {
    let a = super::Analysis::new("The United States and the European Union met in Geneva.");
    for i in 0..=a.tokens.len() + 1 {
        let expected: Vec<_> = a.hits.iter().filter(|h| h.start as usize == i).copied().collect();
        assert_eq!(a.hits_at(i), expected.as_slice());
    }
    assert!(a.hits_at(1).iter().any(|h| h.len() == 2), "'United States' starts at token 1");
    assert_eq!(a.lower(1), "united");
}

#[test]
fn lower_case_covers_the_scripts_of_names_in_the_news() {
    use super::case::lower;
    assert_eq!(lower("KYIV"), "kyiv");
    assert_eq!(lower("ÉMILE Ñúñez ÀÞ ×"), "émile ñúñez àþ ×");
    assert_eq!(lower("ŁÓDŹ Šiauliai Ğ İstanbul Ÿ"), "łódź šiauliai ğ istanbul ÿ");
    assert_eq!(lower("ȘTEFAN ȚARA Đà Nẵng"), "ștefan țara đà nẵng");
    assert_eq!(lower("ΑΘΉΝΑ Ωμέγα"), "αθήνα ωμέγα");
    assert_eq!(lower("МОСКВА Ёлка Її"), "москва ёлка її");
    // the same as the standard library on every character it maps
    for c in ('\u{0}'..='\u{24F}').chain('\u{370}'..='\u{4FF}').chain('\u{1E00}'..='\u{1EFF}') {
        let std: Vec<char> = c.to_lowercase().collect();
        let ours = super::case::lower_char(c);
        assert!(ours == c || (std.len() == 1 && std[0] == ours) || c == 'İ', "{c:?}: {ours:?} vs {std:?}");
    }
}

#[test]
fn lead_ins_and_sentences_full_of_names_are_no_headlines() {
    for line in ["The Government of the Republic of Mali:", "The deal was signed by President Olek Varanov and commander Mirza Abdo"] {
        let toks = tokenize(line);
        assert!(!split(&toks, line)[0].headline, "{line}");
    }
    let line = "Rebels Reject Talks With Kinshasa";
    assert!(split(&tokenize(line), line)[0].headline);
}
