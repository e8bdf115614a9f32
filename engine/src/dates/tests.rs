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

// Expressions of earnings reports and other news that the negotiation
// corpus rarely uses (checked against TimeBank's conventions).

#[test]
fn reported_quarters_and_year_ago_comparisons() {
    // 1989-10-26 is in the fourth quarter: the latest one completed is the third
    assert_eq!(value("Profit rose 10% in the latest quarter.", "1989-10-26"), "1989-Q3");
    assert_eq!(value("Sales in the latest period were flat.", "1989-10-26"), "1989-Q3");
    assert_eq!(value("The unit had sales of $5 million in the latest fiscal year.", "1989-10-26"), "1988");
    // "a year ago" next to a quarter is that quarter a year before
    let d = dates("Third-quarter profit rose to $5 million from $4 million a year ago.", "1989-10-26");
    assert_eq!(d[1], ("a year ago".to_string(), "date", "1988-Q3".to_string()));
    // and without one, the year before the dct
    assert_eq!(value("Exports were higher than a year ago.", "1989-10-26"), "1988");
    // a longer period named since ends the comparison with the quarter
    let d = dates("Third-quarter profit rose. In the first nine months, net fell from a year earlier.", "1989-10-26");
    assert_eq!(d.last().unwrap().2, "1988");
    // the quarter of an end date, and quarters of a year named by possessive
    let d = dates("For the quarter ended Sept. 30, the airline earned $5 million.", "1989-10-26");
    assert_eq!(d[0], ("the quarter".to_string(), "date", "1989-Q3".to_string()));
    assert_eq!(value("The plan takes effect in next year's first quarter.", "1989-10-26"), "1990-Q1");
    assert_eq!(value("Profit fell in the year-ago third quarter.", "1989-10-26"), "1988-Q3");
    // a fiscal year ending on a date is a year-long period
    assert_eq!(dates("Revenue for the year ended March 31 was $9 million.", "1989-10-26")[0], ("the year".to_string(), "duration", "P1Y".to_string()));
}

#[test]
fn last_and_next_month_names() {
    // "last April" said in October is this year's April; a month just over
    // would have been "last month", so "last February" in March is a year back
    assert_eq!(value("Holders approved the plan last April.", "1989-10-27"), "1989-04");
    assert_eq!(value("The talks began last February.", "1998-03-01"), "1997-02");
    assert_eq!(value("The vote is due next March.", "1989-10-27"), "1990-03");
    // a month with a year counted from the dct
    assert_eq!(value("In June last year, the leadership split.", "1998-02-19"), "1997-06");
    assert_eq!(value("The treaty was signed in January this year.", "1998-02-19"), "1998-01");
}

#[test]
fn years_and_numbers_in_words() {
    assert_eq!(value("The clinic was bombed in nineteen ninety-six.", "1998-02-27"), "1996");
    assert_eq!(value("Prices fell to the level of January nineteen ninety-seven.", "1998-02-27"), "1997-01");
    assert_eq!(value("Computers must be ready for the year two thousand.", "1998-02-27"), "2000");
    assert_eq!(value("Hate groups shrank through the nineties.", "1998-03-03"), "199");
    assert_eq!(value("The index fell in the last twenty four hours.", "1998-01-08"), "PT24H");
    // a count in words is no year
    none("The academy has twelve hundred students.");
}

#[test]
fn fractions_and_more_units() {
    assert_eq!(value("She spent 5 1/2 hours in Nairobi.", "1998-08-17"), "PT5H30M");
    assert_eq!(value("The inquiry took 2 1/2 years.", "1998-08-17"), "P2Y6M");
    assert_eq!(value("The call lasted a minute and a half.", "1998-08-17"), "PT1M30S");
    assert_eq!(value("The court gave them two more weeks.", "1998-08-17"), "P2W");
    assert_eq!(value("The shares fell for eight trading days.", "1998-08-17"), "P8D");
    // fractions of a whole are no durations
    none("Iraq imports about three-quarters of its food.");
}

#[test]
fn weeks_sets_and_periods_in_context() {
    assert_eq!(value("The hearing was set for the week of March 6.", "2000-02-24"), "2000-W10");
    assert_eq!(value("Services were held during Easter week.", "2000-04-17"), "2000-W16");
    assert_eq!(one("Protesters march each July.", "1998-03-22"), ("each July".to_string(), "XXXX-07".to_string()));
    assert_eq!(value("He expects to close the deal by year-end.", "1989-11-02"), "1989");
    // "the following year" counts from the last year named
    let d = dates("She joined the agency in 1995 and left the following year.", "1998-04-18");
    assert_eq!(d[1], ("the following year".to_string(), "date", "1996".to_string()));
}

#[test]
fn titles_and_events_are_no_times() {
    none("The minister spoke on \"This Week\" about the crisis.");
    none("He told the programme 60 Minutes that he would stay.");
    none("Aid has flowed from the moment the bombs fell.");
    assert_eq!(value("There are no shipments at the moment.", "1990-08-16"), "PRESENT_REF");
}

#[test]
fn tense_of_participles_and_plans() {
    // "would be paid": the participle takes the auxiliary's tense
    assert_eq!(value("The split would be paid on an unspecified date in January.", "1989-10-26"), "1990-01");
    // "were planning to", "as soon as": the future
    assert_eq!(value("Protesters were planning to drive to the airport on Monday.", "2000-01-07"), "2000-01-10");
    assert_eq!(value("The group could leave as soon as Tuesday, he said.", "2000-04-03"), "2000-04-04");
}

#[test]
fn clock_times_take_the_day_after_a_parenthesized_time() {
    let d = dates("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08");
    assert_eq!(d[0].2, "1998-08-07T10:35");
}

#[test]
fn reporting_frame_after_the_date_does_not_set_its_tense() {
    // the reported clause is future; "officials said" only frames it
    assert_eq!(value("Talks will resume in Geneva on Friday, officials said.", "2022-03-01"), "2022-03-04");
    // a fronted date belongs to the reporting verb itself
    assert_eq!(value("On Friday, the envoy said the talks would go on.", "2022-03-01"), "2022-02-25");
}

#[test]
fn a_verb_in_a_following_clause_does_not_date_the_event() {
    assert_eq!(value("The two sides signed a truce on Friday that will take effect in stages.", "2022-03-01"), "2022-02-25");
    // "that" before an -ed verb opens a relative clause, not a noun phrase
    assert_eq!(value("He spoke after a meeting that ended on Tuesday, and he will travel on.", "2022-03-02"), "2022-03-01");
}

#[test]
fn twenty_four_hour_clock_times() {
    assert_eq!(one("Firing was to stop from 1700 hours Indian Standard Time.", "2022-03-01"), ("1700 hours Indian Standard Time".into(), "2022-03-01T17:00".into()));
    assert_eq!(one("The curfew starts at 2145 Khartoum time.", "2022-03-01"), ("2145 Khartoum time".into(), "2022-03-01T21:45".into()));
    assert_eq!(one("The blast was heard at 0200 local time.", "2022-03-01"), ("0200 local time".into(), "2022-03-01T02:00".into()));
    // a count of hours stays a duration
    assert_eq!(one("Pilots logged 1500 hours of flight.", "2022-03-01"), ("1500 hours".into(), "PT1500H".into()));
}

#[test]
fn fractions_of_long_units() {
    assert_eq!(one("The dispute has lasted a quarter of a century.", "2022-03-01"), ("a quarter of a century".into(), "P25Y".into()));
    assert_eq!(one("It is a conflict of half a century.", "2022-03-01"), ("half a century".into(), "P50Y".into()));
    assert_eq!(one("They waited half an hour.", "2022-03-01"), ("half an hour".into(), "PT30M".into()));
    assert_eq!(one("They fought for three decades and a half.", "2022-03-01"), ("three decades and a half".into(), "P35Y".into()));
    none("Half the country voted, and half a dozen parties ran.");
}

#[test]
fn the_day_just_told_of() {
    // 2022-03-01 is a Tuesday; Monday is the day the story tells
    let d = dates("The envoys met on Monday. Later in the day, rebels shelled a town. That evening, the talks broke up.", "2022-03-01");
    let got: Vec<(&str, &str)> = d.iter().map(|(t, _, v)| (t.as_str(), v.as_str())).collect();
    assert_eq!(got, [("Monday", "2022-02-28"), ("Later in the day", "2022-02-28"), ("That evening", "2022-02-28TEV")]);
    // with no day told of, the dct
    assert_eq!(value("Later in the day, the minister spoke.", "2022-03-01"), "2022-03-01");
    // "earlier in the week" stays the dct's week
    assert_eq!(dates("The envoys met on Monday and again earlier in the week.", "2022-03-03")[1].2, "2022-W09");
}

#[test]
fn the_past_decade_is_a_duration_and_treaty_style_days() {
    assert_eq!(one("Violence has risen over the past decade.", "2022-03-01"), ("the past decade".into(), "P10Y".into()));
    // "the last decade" stays the decade before (as TimeBank has it)
    assert_eq!(one("Wages fell in the last decade.", "2022-03-01"), ("the last decade".into(), "201".into()));
    assert_eq!(one("Signed in Juba on this 9th day of January 2025.", "2025-01-10"), ("9th day of January 2025".into(), "2025-01-09".into()));
}

#[test]
fn an_act_asked_for_lies_ahead() {
    // 2022-03-01: June after "urged … to" is the coming one, not last year's
    assert_eq!(value("The envoy urged both sides to sign a roadmap before June.", "2022-03-01"), "2022-06");
    assert_eq!(value("The envoy urged restraint in November.", "2022-03-01"), "2021-11");
}
