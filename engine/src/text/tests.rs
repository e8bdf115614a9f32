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
