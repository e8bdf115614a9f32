//! The dates stage, pinned with sentences written for these tests.

use crate::document::{DateType, DctSource, Ymd};
use crate::text::Analysis;

/// (text, type, value) of every date found in `text` against `dct`.
fn dates(text: &str, dct: &str) -> Vec<(String, &'static str, String)> {
    let a = Analysis::new(text);
    super::run(&a, Ymd::parse(dct))
        .into_iter()
        .map(|d| (a.text()[d.span.range()].to_string(), d.kind.as_str(), d.value.unwrap_or_else(|| "-".into())))
        .collect()
}

fn one(text: &str, dct: &str) -> (String, String) {
    let d = dates(text, dct);
    assert_eq!(d.len(), 1, "expected one date in {text:?}, got {d:?}");
    (d[0].0.clone(), d[0].2.clone())
}

fn value(text: &str, dct: &str) -> String {
    one(text, dct).1
}

fn none(text: &str) {
    let d = dates(text, "2022-03-01");
    assert!(d.is_empty(), "expected no date in {text:?}, got {d:?}");
}

// 2022-03-01 is a Tuesday.

#[test]
fn past_tense_weekday_resolves_backwards() {
    assert_eq!(value("The delegations met on Monday near the border.", "2022-03-01"), "2022-02-28");
    assert_eq!(value("Talks ensued on Thursday, officials said.", "2022-03-01"), "2022-02-24");
    // the dct's own weekday in a past clause is the dct itself
    assert_eq!(value("The minister said on Tuesday that the talks had failed.", "2022-03-01"), "2022-03-01");
}

#[test]
fn future_tense_weekday_resolves_forwards() {
    assert_eq!(value("The two sides will meet on Thursday.", "2022-03-01"), "2022-03-03");
    assert_eq!(value("He said he would wait for them on Monday.", "2022-03-01"), "2022-03-07");
    // "next" always looks ahead, "last" always back
    assert_eq!(value("The envoys arrive next Tuesday.", "2022-03-01"), "2022-03-08");
    assert_eq!(value("The envoys arrived last Tuesday.", "2022-03-01"), "2022-02-22");
}

#[test]
fn weekday_rule_says_how_it_was_resolved() {
    let a = Analysis::new("The talks resumed on Monday.");
    let d = super::run(&a, Ymd::parse("2022-03-01"));
    assert_eq!(d[0].rule, "weekday in a past-tense clause (\"resumed\"): the latest Monday on or before the dct 2022-03-01");
}

#[test]
fn year_rolls_over_with_the_tense() {
    // a December in a January article, in a past clause, is last year's
    assert_eq!(value("The ceasefire collapsed in December.", "2023-01-10"), "2022-12");
    assert_eq!(value("The ceasefire collapsed on December 28.", "2023-01-10"), "2022-12-28");
    // a January in a December article, in a future clause, is next year's
    assert_eq!(value("The parties will meet again in January.", "2022-12-20"), "2023-01");
    // a date written with its year keeps it
    assert_eq!(value("Russia invaded on February 24, 2022.", "2023-01-10"), "2022-02-24");
}

#[test]
fn week_numbers() {
    assert_eq!(value("The commander spoke last week.", "2022-03-01"), "2022-W08");
    assert_eq!(value("A delegation is expected later this week.", "2022-03-01"), "2022-W09");
    assert_eq!(value("Observers arrive next week.", "2022-03-01"), "2022-W10");
    // ISO weeks cross the year: 2021-01-01 is in week 53 of 2020
    assert_eq!(value("Shelling resumed this week.", "2021-01-01"), "2020-W53");
}

#[test]
fn durations() {
    assert_eq!(dates("The 23 days of fighting ended.", "2022-03-01"), vec![("23 days".into(), "duration", "P23D".into())]);
    assert_eq!(value("They agreed a 30-day truce.", "2022-03-01"), "P30D");
    assert_eq!(value("The fighting has gone on for six days.", "2022-03-01"), "P6D");
    assert_eq!(value("The talks lasted nearly three hours.", "2022-03-01"), "PT3H");
    assert_eq!(value("They could be freed within hours.", "2022-03-01"), "PTXH");
    assert_eq!(value("The conflict has lasted for several generations.", "2022-03-01"), "PXY");
    assert_eq!(value("The dispute has gone on for a decade.", "2022-03-01"), "P10Y");
    assert_eq!(value("A week-long conference opened.", "2022-03-01"), "P1W");
    assert_eq!(value("Years of talks have failed.", "2022-03-01"), "PXY");
}

#[test]
fn relative_days_and_ago() {
    assert_eq!(value("The convoy left yesterday.", "2022-03-01"), "2022-02-28");
    assert_eq!(value("The truce starts tomorrow.", "2022-03-01"), "2022-03-02");
    assert_eq!(value("The army retook the town a day ago.", "2022-03-01"), "2022-02-28");
    assert_eq!(one("It began five, six days ago.", "2022-03-01"), ("five, six days ago".into(), "2022-02-24".into()));
    assert_eq!(value("The rebels took the city two years ago.", "2022-03-01"), "2020");
    assert_eq!(value("A truce was proclaimed the previous day.", "2022-03-01"), "2022-02-28");
}

#[test]
fn absolute_formats() {
    for (text, v) in [
        ("Signed on February 28, 2022 in Minsk.", "2022-02-28"),
        ("Signed on 28 February 2022 in Minsk.", "2022-02-28"),
        ("Signed on Feb. 28 in Minsk.", "2022-02-28"),
        ("Signed on 28.02.2022 in Minsk.", "2022-02-28"),
        ("Signed on 2022-02-28 in Minsk.", "2022-02-28"),
        ("Updated 14-03-2022 in Minsk.", "2022-03-14"),
        ("The talks were held in March 2022.", "2022-03"),
        ("The accord was signed in 2015.", "2015"),
        ("The accord was signed in Dec. 2014.", "2014-12"),
    ] {
        assert_eq!(value(text, "2022-03-01"), v, "{text}");
    }
    assert_eq!(one("It was signed on the 28th.", "2022-03-01"), ("the 28th".into(), "2022-02-28".into()));
}

#[test]
fn parts_of_day_and_clock_times() {
    assert_eq!(one("The talks ended Saturday evening.", "2022-02-28"), ("Saturday evening".into(), "2022-02-26TEV".into()));
    assert_eq!(dates("Cities were shelled overnight.", "2022-02-28"), vec![("overnight".into(), "time", "2022-02-27TNI".into())]);
    assert_eq!(value("The vote opens at 12:00 local time.", "2022-02-28"), "2022-02-28T12:00");
    assert_eq!(value("Strikes began at 0630 GMT on Sunday.", "2025-01-20"), "2025-01-19T06:30Z");
    assert_eq!(
        dates("It began early in the morning on February 24.", "2022-03-01"),
        vec![("early in the morning".into(), "time", "2022-02-24TMO".into()), ("February 24".into(), "date", "2022-02-24".into())]
    );
    assert_eq!(value("The truce starts tomorrow at 6:00 pm.", "2022-11-24"), "2022-11-25T18:00");
}

#[test]
fn sets_holidays_ranges_and_vague_references() {
    assert_eq!(dates("Monitors meet every Monday.", "2022-03-01"), vec![("every Monday".into(), "set", "XXXX-WXX-1".into())]);
    assert_eq!(value("Shelling is reported daily.", "2022-03-01"), "P1D");
    assert_eq!(value("A truce was agreed for Christmas.", "2022-12-20"), "2022-12-25");
    assert_eq!(value("A truce for Ramadan was agreed.", "2025-02-20"), "2025-03");
    assert_eq!(value("The summit is held from June 15-16.", "2024-06-10"), "2024-06-15/2024-06-16");
    assert_eq!(value("Talks are set between May 15 and 18.", "2024-05-01"), "2024-05-15/2024-05-18");
    assert_eq!(value("The ball is now in their court.", "2022-03-01"), "PRESENT_REF");
    assert_eq!(value("The town was recently retaken.", "2022-03-01"), "PAST_REF");
    assert_eq!(value("Talks will resume soon.", "2022-03-01"), "FUTURE_REF");
    assert_eq!(value("Profit rose in the third quarter.", "1989-10-26"), "1989-Q3");
    assert_eq!(value("They fought in the 1990s.", "2022-03-01"), "199");
}

#[test]
fn traps_are_not_dates() {
    // "may" the verb and "March" the verb
    none("The talks may resume if both sides agree.");
    none("Protesters march to the square every evening.".split(" every").next().unwrap());
    // ordinals of rounds
    none("The second round of talks ended without a deal.");
    // ages
    none("A 45-year-old man was detained.");
    none("The soldier, 19 years old, was freed.");
    none("He was aged 70.");
    // World War II, slogans, scores, counts
    none("It is the worst crisis since World War II.");
    none("Volunteers work 24/7 at the border.");
    none("The home side won 3-2 on penalties.");
    none("About 2000 troops crossed the border.");
    none("Some 1500 people fled.");
    // "sat down", "the Sun", names with "Today"
    none("The delegates sat down at the table.");
    none("He told World Today about the talks.");
    // "as soon as" is no time
    none("They will leave as soon as the road is open.");
}

#[test]
fn dates_without_a_dct_stay_unresolved_unless_absolute() {
    let a = Analysis::new("Talks resumed on Monday, a year after the June 2021 summit.");
    let d = super::run(&a, None);
    let got: Vec<_> = d.iter().map(|d| (a.text()[d.span.range()].to_string(), d.value.clone())).collect();
    assert_eq!(got[0], ("Monday".to_string(), None));
    assert_eq!(got.last().unwrap(), &("June 2021".to_string(), Some("2021-06".to_string())));
    assert!(d.iter().all(|d| d.kind != DateType::Set));
}

/// Publication-date detection: dateline and byline formats, with the rule
/// that found them and the text they were read from.
#[test]
fn dct_detection_table() {
    let cases: &[(&str, Option<(&str, &str, &str)>)] = &[
        ("KIEV, March 14, 2022 (Xinhua) - Talks resumed on Monday.", Some(("2022-03-14", "dateline", "March 14, 2022"))),
        ("KYIV, Ukraine, March 14 (Reuters) - Talks resumed.", Some(("2022-03-14", "dateline", "March 14"))),
        ("Updated: 14-03-2022 14:17 IST\n\nTalks resumed on Monday.", Some(("2022-03-14", "updated", "14-03-2022 14:17 IST"))),
        ("Posted on March 28, 2025\n\nThe envoys met.", Some(("2025-03-28", "posted", "March 28, 2025"))),
        ("Published 2 May 2023\n\nThe envoys met.", Some(("2023-05-02", "published", "2 May 2023"))),
        ("Last updated on 5.6.2024 at 10:15\n\nThe envoys met.", Some(("2024-06-05", "updated", "5.6.2024 at 10:15"))),
        ("Archive / News | 20.06.23 | access_time 20:05\n\nThe envoys met.", Some(("2023-06-20", "page header", "20.06.23"))),
        ("By Jane Roe 27 Apr 2022\n\nThe junta spoke.", Some(("2022-04-27", "byline", "27 Apr 2022"))),
        ("Newsroom\n27 April 2022, Naypyitaw\n\nThe junta spoke.", Some(("2022-04-27", "dateline", "27 April 2022"))),
        ("Talks in Geneva\n\nMonday, 3 October 2022\n\nThe envoys met.", Some(("2022-10-03", "date line", "Monday, 3 October 2022"))),
        ("The president seen in Kyiv on February 28, 2022.\nThe president said talks were useless.", Some(("2022-02-28", "caption", "February 28, 2022"))),
        // nothing printed: no date
        ("The envoys met on Monday and will meet again in March.", None),
        // a year-bearing date deep in the body is no publication date
        ("The envoys met.\nThey talked.\nThey left.\nRussia invaded on February 24, 2022, the minister recalled.", None),
    ];
    for (text, want) in cases {
        let a = Analysis::new(text);
        // year-less datelines take the year from the fallback date
        let got = super::dct::detect_with(&a, Ymd::parse("2022-06-01"));
        match (want, got) {
            (None, None) => {}
            (Some((d, rule, span)), Some((got_d, DctSource::Detected { rule: got_rule, span: got_span }))) => {
                assert_eq!(got_d.to_string(), *d, "{text}");
                assert_eq!(got_rule, *rule, "{text}");
                assert_eq!(&a.text()[got_span.range()], *span, "{text}");
            }
            (want, got) => panic!("{text:?}: want {want:?}, got {got:?}"),
        }
    }
}

#[test]
fn dct_given_beats_detected_and_fallback_is_assumed() {
    let a = Analysis::new("Posted on March 28, 2025\n\nThe envoys met.");
    let given = crate::Options::with_dct(Ymd::parse("2025-04-01").unwrap());
    assert_eq!(super::dct::resolve(&a, &given), (Ymd::parse("2025-04-01"), DctSource::Given));
    let b = Analysis::new("The envoys met on Monday.");
    let fallback = crate::Options { dct: None, fallback_dct: Ymd::parse("2025-04-01") };
    assert_eq!(super::dct::resolve(&b, &fallback), (Ymd::parse("2025-04-01"), DctSource::Assumed));
    assert_eq!(super::dct::resolve(&b, &crate::Options::default()), (None, DctSource::Unknown));
}
