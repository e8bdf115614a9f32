//! Behaviour of the actors and places stages, pinned with sentences written
//! for these tests.

use crate::{annotate, ActorKind, Document, Options};

fn doc(text: &str) -> Document {
    annotate(text, &Options::default())
}

/// Mention texts of every actor: (kind, name, [mentions]).
fn actors(text: &str) -> Vec<(ActorKind, String, Vec<String>)> {
    let d = doc(text);
    d.actors
        .iter()
        .map(|a| (a.kind, a.name.clone(), a.mentions.iter().map(|m| text[m.span.range()].to_string()).collect()))
        .collect()
}

fn places(text: &str) -> Vec<String> {
    doc(text).places.iter().map(|p| text[p.span.range()].to_string()).collect()
}

/// The actor with a mention reading exactly `mention`.
fn actor_of<'d>(d: &'d Document, text: &str, mention: &str) -> &'d crate::Actor {
    d.actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| &text[m.span.range()] == mention))
        .unwrap_or_else(|| panic!("no actor mentioned as {mention:?} in {:?}", d.actors))
}

#[test]
fn country_that_acts_is_a_state_and_country_that_locates_is_a_place() {
    let text = "Armenia accused Azerbaijan of shelling villages in Armenia.";
    let d = doc(text);
    let states: Vec<&str> = d.actors.iter().flat_map(|a| a.mentions.iter().map(|m| &text[m.span.range()])).collect();
    assert_eq!(states, vec!["Armenia", "Azerbaijan"]);
    assert_eq!(d.actors[0].mentions[0].span.start, 0);
    assert_eq!(places(text), vec!["Armenia"]);
    assert_eq!(d.places[0].span.start as usize, text.rfind("Armenia").unwrap());
}

#[test]
fn target_of_an_attack_is_a_place() {
    let text = "Ethiopia invaded Eritrea in the spring, officials said.";
    assert_eq!(places(text), vec!["Eritrea"]);
    assert_eq!(actors(text)[0], (ActorKind::State, "Ethiopia".into(), vec!["Ethiopia".into()]));
}

#[test]
fn talks_with_a_country_make_it_a_party() {
    let text = "Sudan held talks with Chad on Monday.";
    let names: Vec<String> = actors(text).into_iter().map(|a| a.1).collect();
    assert_eq!(names, vec!["Sudan", "Chad"]);
    assert!(places(text).is_empty());
}

#[test]
fn title_gives_role_and_demonym_gives_affiliation() {
    let text = "Armenian Prime Minister Nikol Pashinyan met the mediators.";
    let d = doc(text);
    let p = actor_of(&d, text, "Nikol Pashinyan");
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(p.role.as_deref(), Some("Prime Minister"));
    assert_eq!(p.affiliation.as_deref(), Some("Armenia"));
}

#[test]
fn lower_case_title_and_body_before_a_name_give_role_and_affiliation() {
    let text = "Houthi spokesman Mohammed Abdulsalam said the group would respond.";
    let d = doc(text);
    let p = actor_of(&d, text, "Mohammed Abdulsalam");
    assert_eq!(p.role.as_deref(), Some("spokesperson"));
    assert_eq!(p.affiliation.as_deref(), Some("Houthis"));
    // the body before a title is part of the title, not a mention
    assert!(d.actors.iter().all(|a| a.mentions.len() == 1 || a.name != "Houthis" || a.mentions.iter().all(|m| m.span.start > 0)));
}

#[test]
fn apposition_gives_role_and_affiliation() {
    let text = "Tesfaye Bekele, a spokesman for the Ethiopian government, told reporters the army would withdraw.";
    let d = doc(text);
    let p = actor_of(&d, text, "Tesfaye Bekele");
    assert_eq!(p.role.as_deref(), Some("spokesperson"));
    assert_eq!(p.kind, ActorKind::Person);
}

#[test]
fn last_name_merges_with_full_name() {
    let text = "President Ilham Aliyev spoke on Monday. Later Aliyev said the talks were over.";
    let a = actors(text);
    let person: Vec<_> = a.iter().filter(|x| x.0 == ActorKind::Person).collect();
    assert_eq!(person.len(), 1);
    assert_eq!(person[0].1, "Ilham Aliyev");
    assert_eq!(person[0].2, vec!["Ilham Aliyev", "Aliyev"]);
}

#[test]
fn near_misspelling_of_a_long_name_merges_and_the_name_is_the_frequent_spelling() {
    let text = "Armenian President Vahagn Khachaturyan spoke. Vahagn Khachaturyan added more. Later Vahagn Khachaturian said no.";
    let d = doc(text);
    let persons: Vec<_> = d.actors.iter().filter(|a| a.kind == ActorKind::Person).collect();
    assert_eq!(persons.len(), 1);
    assert_eq!(persons[0].name, "Vahagn Khachaturyan");
    assert_eq!(persons[0].mentions.len(), 3);
}

#[test]
fn description_merges_with_the_named_person() {
    let text = "Sudanese President Omar al-Bashir rejected the plan. The Sudanese president said it was unfair.";
    let d = doc(text);
    let p = actor_of(&d, text, "Omar al-Bashir");
    let mentions: Vec<&str> = p.mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(mentions, vec!["Omar al-Bashir", "The Sudanese president"]);
}

#[test]
fn capital_as_subject_is_the_government_and_merges_with_the_country() {
    let text = "Serbia rejected the plan. Belgrade said it would not recognise the vote, and troops returned to Belgrade.";
    let d = doc(text);
    let serbia = actor_of(&d, text, "Serbia");
    assert_eq!(serbia.kind, ActorKind::State);
    let mentions: Vec<&str> = serbia.mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(mentions, vec!["Serbia", "Belgrade"]);
    assert_eq!(places(text), vec!["Belgrade"]);
}

#[test]
fn the_country_side_and_government_merge_with_the_country() {
    let text = "Armenia wants peace. The Armenian side proposed talks, and the Armenian government agreed.";
    let d = doc(text);
    let armenia = actor_of(&d, text, "Armenia");
    let mentions: Vec<&str> = armenia.mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(mentions, vec!["Armenia", "Armenian side", "Armenian government"]);
}

#[test]
fn headline_case_finds_known_names_and_skips_capitalized_words() {
    let text = "Aliyev Opens Door To Talks With Yerevan\n\nAzerbaijani President Ilham Aliyev said on Monday he was ready to talk.";
    let d = doc(text);
    let p = actor_of(&d, text, "Ilham Aliyev");
    let mentions: Vec<&str> = p.mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(mentions, vec!["Aliyev", "Ilham Aliyev"]);
    assert!(d.actors.iter().all(|a| a.mentions.iter().all(|m| !text[m.span.range()].contains("Door"))));
}

#[test]
fn all_caps_dateline_is_a_place() {
    let text = "KHARTOUM, June 3 (Reuters) - The army said it had agreed to a truce.";
    assert_eq!(places(text), vec!["KHARTOUM"]);
    let d = doc(text);
    assert_eq!(actor_of(&d, text, "Reuters").kind, ActorKind::Media);
}

#[test]
fn unknown_foreign_names_are_found_by_their_cues() {
    // two uncommon capitalized words; a reporting verb after a single name;
    // "according to"; a title before
    let text = "Tadesse Worku met the envoys. Later Gebremichael said the talks had failed, according to Abiy. Sheikh Nasrallah disagreed.";
    let a = actors(text);
    let persons: Vec<&str> = a.iter().filter(|x| x.0 == ActorKind::Person).flat_map(|x| x.2.iter().map(String::as_str)).collect();
    assert_eq!(persons, vec!["Tadesse Worku", "Gebremichael", "Abiy", "Nasrallah"]);
}

#[test]
fn capitalized_common_words_are_not_names() {
    let text = "Speaking in Geneva, Nevertheless Hope was raised. Also Read the report.";
    assert!(actors(text).iter().all(|a| a.0 != ActorKind::Person));
}

#[test]
fn coordinated_demonyms_make_one_group_span() {
    let text = "Armenian and Azerbaijani diplomats met in Washington.";
    let a = actors(text);
    assert_eq!(a[0].0, ActorKind::Group);
    assert_eq!(a[0].2, vec!["Armenian and Azerbaijani diplomats"]);
    let d = doc(text);
    assert_eq!(d.actors[0].affiliation.as_deref(), Some("Armenia; Azerbaijan"));
    assert_eq!(places(text), vec!["Washington"]);
}

#[test]
fn group_with_countries_after_it_is_one_span() {
    let text = "Envoys from Sudan and Chad signed the deal.";
    assert_eq!(actors(text)[0].2, vec!["Envoys from Sudan and Chad"]);
}

#[test]
fn bare_group_repeats_the_group_before_and_members_name_their_body() {
    let text = "M23 rebels seized Goma. The rebels said they would stay.";
    let a = actors(text);
    let m23 = a.iter().find(|x| x.1 == "M23").expect("M23");
    assert_eq!(m23.0, ActorKind::Organization);
    assert_eq!(m23.2, vec!["M23 rebels", "rebels"]);
    assert_eq!(places(text), vec!["Goma"]);
}

#[test]
fn acronym_in_parentheses_names_the_organization() {
    let text = "The Tigray Defence Force (TDF) rejected the offer. The TDF said it would fight.";
    let a = actors(text);
    let tdf = a.iter().find(|x| x.2.contains(&"TDF".to_string())).expect("TDF");
    assert_eq!(tdf.0, ActorKind::Organization);
    assert_eq!(tdf.2, vec!["Tigray Defence Force", "TDF", "TDF"]);
}

#[test]
fn plural_demonym_with_article_is_the_state() {
    let text = "Russia made an offer. The Russians said they were ready, but 85% of Ukrainians opposed it.";
    let d = doc(text);
    let russia = actor_of(&d, text, "Russia");
    assert_eq!(russia.mentions.len(), 2);
    assert!(d.actors.iter().all(|a| a.name != "Ukraine"));
}

#[test]
fn aliases_of_a_state_merge() {
    let text = "The U.S. backed the plan. Washington said America would pay, and the United States agreed.";
    let a = actors(text);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].1, "United States");
    assert_eq!(a[0].2, vec!["U.S.", "Washington", "America", "United States"]);
}

#[test]
fn person_in_a_byline_or_credited_by_an_outlet_is_not_an_actor() {
    let text = "By Amina Yusuf\nReuters' Daniel Okoro reported that the army had withdrawn.";
    assert!(actors(text).iter().all(|a| a.0 != ActorKind::Person));
}

#[test]
fn curly_quotes_and_possessives_keep_spans_on_the_name() {
    let text = "\u{201C}We will not leave,\u{201D} Kurdish commander Mazloum Abdi\u{2019}s aide said.";
    let d = doc(text);
    let p = actor_of(&d, text, "Mazloum Abdi");
    assert_eq!(p.kind, ActorKind::Person);
}

#[test]
fn common_words_list_is_sorted_and_searchable() {
    use super::lex::is_common_word;
    assert!(is_common_word("the"));
    assert!(is_common_word("Talks"));
    assert!(is_common_word("people"));
    assert!(!is_common_word("Zelenskyy"));
    assert!(!is_common_word("Kuleba"));
    let words: Vec<&str> = include_str!("../lexicon/data/common_words.txt").lines().collect();
    assert!(words.windows(2).all(|w| w[0] < w[1]), "common_words.txt must stay sorted");
}

#[test]
fn word_lists_are_sorted_lower_case_for_binary_search() {
    use super::words::*;
    let lists: &[&[&str]] = &[super::phrases::CASUALTY_FOR_TESTS, FUNCTION_WORDS, MONTHS_AND_DAYS, DETERMINERS, NAME_PARTICLES, super::geo::LISTS_FOR_TESTS[0], super::geo::LISTS_FOR_TESTS[1], super::geo::LISTS_FOR_TESTS[2], super::geo::LISTS_FOR_TESTS[3], super::geo::LISTS_FOR_TESTS[4], super::geo::LISTS_FOR_TESTS[5], super::geo::LISTS_FOR_TESTS[6]];
    for l in lists {
        assert!(l.windows(2).all(|w| w[0] < w[1]), "unsorted: {l:?}");
        assert!(l.iter().all(|w| w.chars().all(|c| !c.is_uppercase())), "not lower case: {l:?}");
        assert!(in_sorted(l, &l[l.len() / 2].to_uppercase()));
    }
}

#[test]
fn line_break_inside_a_wrapped_name_keeps_one_mention() {
    let text = "In a long statement issued late on Monday evening, President Volodymyr\nZelensky said that the talks with the delegation would go on.";
    let d = doc(text);
    let p = actor_of(&d, text, "Volodymyr\nZelensky");
    assert_eq!(p.role.as_deref(), Some("President"));
}

#[test]
fn backer_of_a_group_is_a_party_and_a_ministry_is_a_body() {
    let text = "Moscow-backed separatists attacked the town, Ukraine's defence ministry said.";
    let d = doc(text);
    assert_eq!(actor_of(&d, text, "Moscow").kind, ActorKind::State);
    let m = actor_of(&d, text, "defence ministry");
    assert_eq!(m.kind, ActorKind::Organization);
    assert_eq!(m.affiliation.as_deref(), Some("Ukraine"));
}

#[test]
fn arabic_article_does_not_split_a_person() {
    let text = "Army chief Abdel Fattah al-Burhan rejected the talks. Burhan said the army would fight on.";
    let d = doc(text);
    let p = actor_of(&d, text, "Abdel Fattah al-Burhan");
    assert_eq!(p.mentions.len(), 2);
}

#[test]
fn unknown_name_after_a_place_preposition_is_a_place() {
    let text = "Fighting was reported in El Geneina, the militia said.";
    assert_eq!(places(text), vec!["El Geneina"]);
    assert!(actors(text).iter().all(|a| a.0 != ActorKind::Person));
}

#[test]
fn soldiers_who_are_killed_are_victims_not_parties() {
    let text = "The rebels killed two soldiers on Monday, and Ethiopian troops withdrew.";
    let spans: Vec<String> = actors(text).into_iter().flat_map(|a| a.2).collect();
    assert_eq!(spans, vec!["rebels", "Ethiopian troops"]);
}

#[test]
fn cities_are_found_by_binary_search_also_multi_word_and_in_capitals() {
    let text = "Shelling hit Kharkiv and Quezon City, and KHARKIV residents fled to Dnipro.";
    assert_eq!(places(text), vec!["Kharkiv", "Quezon City", "KHARKIV", "Dnipro"]);
    let lines: Vec<String> = include_str!("../lexicon/data/cities.txt").lines().map(|l| l.split('\t').next().unwrap().to_lowercase()).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "cities.txt must stay sorted by lower-case name");
}

#[test]
fn particles_and_initials_stay_inside_names() {
    let text = "President Ursula von der Leyen met officials. Former President George W. Bush spoke, and J.D. Vance said no.";
    let persons: Vec<String> = actors(text).into_iter().filter(|a| a.0 == ActorKind::Person).flat_map(|a| a.2).collect();
    assert_eq!(persons, vec!["Ursula von der Leyen", "George W. Bush", "J.D. Vance"]);
}
