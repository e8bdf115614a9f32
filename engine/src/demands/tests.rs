//! Unit tests of the demands stage: one construction each, on sentences
//! written for these tests, with the actors given by hand (so the tests do
//! not depend on the actor stage).

use crate::document::{Actor, ActorKind, Mention, Span};
use crate::text::Analysis;

/// Actors by name, kind and the surface forms to mark in the text.
type Cast<'a> = &'a [(&'a str, ActorKind, &'a [&'a str])];

/// Runs the stage on `text` with every occurrence (whole words) of each
/// surface form marked as a mention; returns one line per demand:
/// `kind [trigger] content | holder -> addressee` (and `{rule}` when the
/// environment variable `RULE` is set, to see which rule fired).
fn demands(text: &str, cast: Cast) -> Vec<String> {
    demands_of(text, cast, &[])
}

/// [`demands`] with affiliations `(actor name, affiliation)`.
fn demands_of(text: &str, cast: Cast, affiliations: &[(&str, &str)]) -> Vec<String> {
    let a = Analysis::new(text);
    let norm = a.text();
    let actors: Vec<Actor> = cast
        .iter()
        .enumerate()
        .map(|(i, (name, kind, forms))| {
            let mut mentions = Vec::new();
            for form in *forms {
                let mut from = 0;
                while let Some(at) = norm[from..].find(form) {
                    let s = from + at;
                    let e = s + form.len();
                    let before = norm[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                    let after = norm[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                    if before && after {
                        mentions.push(Mention { span: Span::new(s, e), rule: "test".into() });
                    }
                    from = e;
                }
            }
            mentions.sort_by_key(|m| m.span);
            let affiliation = affiliations.iter().find(|(n, _)| n == name).map(|(_, a)| a.to_string());
            Actor { id: format!("A{}", i + 1), name: name.to_string(), kind: *kind, role: None, affiliation, mentions }
        })
        .collect();
    let name = |id: &Option<String>| {
        id.as_ref().and_then(|id| actors.iter().find(|x| &x.id == id)).map_or("-".to_string(), |x| x.name.clone())
    };
    super::run(&a, &actors)
        .iter()
        .map(|d| {
            format!(
                "{} [{}] {} | {} -> {}",
                d.kind.as_str(),
                &norm[d.trigger.range()],
                &norm[d.span.range()],
                name(&d.holder),
                name(&d.addressee)
            ) + &if std::env::var("RULE").is_ok() { format!(" {{{}}}", d.rule) } else { String::new() }
        })
        .collect()
}

use ActorKind::{Group, Organization, Person, State};

const UKRAINE: (&str, ActorKind, &[&str]) = ("Ukraine", State, &["Ukraine", "Kyiv"]);
const RUSSIA: (&str, ActorKind, &[&str]) = ("Russia", State, &["Russia", "Moscow", "the Kremlin"]);
const PETRENKO: (&str, ActorKind, &[&str]) = ("Olena Petrenko", Person, &["Olena Petrenko", "Petrenko"]);
const IVANOV: (&str, ActorKind, &[&str]) = ("Boris Ivanov", Person, &["Boris Ivanov", "Ivanov"]);
const REBELS: (&str, ActorKind, &[&str]) = ("rebels", Group, &["rebels"]);
const COUNCIL: (&str, ActorKind, &[&str]) = ("Council", Organization, &["Council"]);

/// Asserts the demands found in `text`, one line each (see [`demands`]).
#[track_caller]
fn check(text: &str, cast: Cast, expected: &[&str]) {
    assert_eq!(demands(text, cast), expected, "in {text:?}");
}

#[test]
fn verb_with_object_infinitive_or_that_clause() {
    check("Petrenko called for an immediate ceasefire.", &[PETRENKO], &["demand [called for] an immediate ceasefire | Olena Petrenko -> -"]);
    check("Ukraine refused to negotiate with the rebels.", &[UKRAINE, REBELS], &["refusal [refused] to negotiate with the rebels | Ukraine -> rebels"]);
    check("Ivanov proposed that the two sides meet in Vienna.", &[IVANOV], &["proposal [proposed] the two sides meet in Vienna | Boris Ivanov -> -"]);
    check("Ivanov rejected the plan.", &[IVANOV], &["refusal [rejected] the plan | Boris Ivanov -> -"]);
    check("Petrenko expressed hope that Russia would reciprocate.", &[PETRENKO, RUSSIA], &["demand [expressed hope] Russia would reciprocate | Olena Petrenko -> Russia"]);
}

#[test]
fn a_quoted_condition_on_who_must_act_is_the_speakers() {
    let text = "\"If Russia has nothing to hide, it should let the monitors in,\" Petrenko said.";
    let lines = demands(text, &[PETRENKO, RUSSIA]);
    assert!(lines.contains(&"condition [If] Russia has nothing to hide | Olena Petrenko -> Russia".to_string()), "{lines:?}");
}

#[test]
fn the_next_paragraphs_speech_verb_attributes_no_quotation() {
    // the quotation goes on the speaker of the one before it in its paragraph
    let text = "\"We are still waiting,\" Petrenko said. \"If Russia has nothing to hide, it should let the monitors in.\"\n\nRussia says it has nothing to hide.";
    let lines = demands(text, &[PETRENKO, RUSSIA]);
    assert!(lines.contains(&"condition [If] Russia has nothing to hide | Olena Petrenko -> Russia".to_string()), "{lines:?}");
    assert!(lines.contains(&"demand [should] let the monitors in | Olena Petrenko -> Russia".to_string()), "{lines:?}");
}

#[test]
fn a_quoted_condition_on_a_described_person_is_the_speakers() {
    const LEADER: (&str, ActorKind, &[&str]) = ("Boris Ivanov", Person, &["Boris Ivanov", "the president"]);
    let text = "\"If the president wants a war, he must come to the Council first,\" Petrenko said.";
    let lines = demands(text, &[PETRENKO, LEADER, COUNCIL]);
    assert!(lines.contains(&"condition [If] the president wants a war | Olena Petrenko -> Boris Ivanov".to_string()), "{lines:?}");
}

#[test]
fn a_sentence_opening_that_before_a_trigger_noun_is_its_determiner() {
    check("\"We propose a joint patrol. That offer stands,\" Petrenko said.", &[PETRENKO], &["proposal [propose] a joint patrol | Olena Petrenko -> -"]);
}

#[test]
fn a_press_release_speaks_as_we_for_its_issuer() {
    let text = "PRESS RELEASE\n\nLiberation Front\n\n1. We demand that the prisoners be freed.\n\n2. We urge Russia to withdraw.";
    check(text, &[FRONT, RUSSIA], &["demand [demand] the prisoners be freed | Liberation Front -> -", "demand [urge] to withdraw | Liberation Front -> Russia"]);
    // a reporter's text: no one
    check("1. We demand that the prisoners be freed.", &[FRONT], &[]);
}

#[test]
fn a_numbered_item_is_held_by_the_subject_of_its_lead_in() {
    let text = "In view of the foregoing, the Council:\n\n1. Condemns the attack;\n\n2. Calls on the rebels to withdraw;\n\n3. Rejects any mediation by Russia;";
    assert_eq!(
        demands(text, &[COUNCIL, REBELS, RUSSIA]),
        ["demand [Calls on] to withdraw | Council -> rebels", "refusal [Rejects] any mediation by Russia | Council -> Russia"]
    );
}

#[test]
fn directs_and_instructs_address_a_body() {
    check("The Council directs the rebels to prepare a plan.", &[COUNCIL, REBELS], &["demand [directs] to prepare a plan | Council -> rebels"]);
    check("Petrenko instructed the rebels to withdraw.", &[PETRENKO, REBELS], &["demand [instructed] to withdraw | Olena Petrenko -> rebels"]);
    // the adjective is no trigger
    check("Petrenko rejected direct talks with the rebels.", &[PETRENKO, REBELS], &["refusal [rejected] direct talks with the rebels | Olena Petrenko -> rebels"]);
}

#[test]
fn would_like_is_want_but_not_in_a_relative_clause() {
    check("Russia would like to continue the talks.", &[RUSSIA], &["proposal [would like] to continue the talks | Russia -> -"]);
    check("\"We would like peace,\" Petrenko said.", &[PETRENKO], &["demand [would like] peace | Olena Petrenko -> -"]);
    check("\"We do not have the result we would like to obtain,\" Petrenko said.", &[PETRENKO], &[]);
}

#[test]
fn want_to_is_a_proposal_want_someone_to_a_demand() {
    check("Russia wants to continue the talks.", &[RUSSIA], &["proposal [wants] to continue the talks | Russia -> -"]);
    check("Russia wants Ukraine to stay neutral.", &[RUSSIA, UKRAINE], &["demand [wants] Ukraine to stay neutral | Russia -> Ukraine"]);
}

#[test]
fn addressee_of_urge_and_call_on() {
    check("Petrenko urged Russia to withdraw its troops.", &[PETRENKO, RUSSIA], &["demand [urged] to withdraw its troops | Olena Petrenko -> Russia"]);
    check("The Council called on the rebels to lay down their arms.", &[COUNCIL, REBELS], &["demand [called on] to lay down their arms | Council -> rebels"]);
    check(
        "Ivanov said the rebels had placed pressure on Kyiv to release the prisoners.",
        &[IVANOV, REBELS, UKRAINE],
        &["demand [pressure on] to release the prisoners | rebels -> Ukraine"],
    );
}

#[test]
fn noun_triggers_need_an_owner() {
    check("Ukraine accepted Russia's offer of a prisoner exchange.", &[UKRAINE, RUSSIA], &["proposal [offer] a prisoner exchange | Russia -> -"]);
    check("The Council's call for a ceasefire went unanswered.", &[COUNCIL], &["demand [call for] a ceasefire | Council -> -"]);
    check("The Council emphasized the urgent need to protect civilians.", &[COUNCIL], &["demand [need] to protect civilians | Council -> -"]);
    // a noun no one owns, an object that is no position
    check("They discussed proposals for a truce.", &[], &[]);
    check("The talks offered some hope.", &[], &[]);
}

#[test]
fn modals_are_held_by_the_speaker_or_reporter_of_the_addressee() {
    check("\"Russia must withdraw its troops,\" Petrenko said.", &[RUSSIA, PETRENKO], &["demand [must] withdraw its troops | Olena Petrenko -> Russia"]);
    check("Ivanov said Ukraine should accept the terms.", &[IVANOV, UKRAINE], &["demand [should] accept the terms | Boris Ivanov -> Ukraine"]);
    // what the journalist says should happen is no demand
    check("Ukraine should accept the terms.", &[UKRAINE], &[]);
    check(
        "\"It is extremely important to stop the shelling,\" Ivanov said.",
        &[IVANOV],
        &["demand [It is extremely important] to stop the shelling | Boris Ivanov -> -"],
    );
    check("\"Don't waste your time,\" Petrenko said.", &[PETRENKO], &["demand [Don't] waste your time | Olena Petrenko -> -"]);
    check(
        "\"There is no alternative to a return to dialogue,\" Ivanov said.",
        &[IVANOV],
        &["demand [no alternative to] a return to dialogue | Boris Ivanov -> -"],
    );
}

#[test]
fn conditions() {
    check(
        "Petrenko said talks could start only after Russia withdraws its forces.",
        &[PETRENKO, RUSSIA],
        &["condition [only after] Russia withdraws its forces | Olena Petrenko -> Russia"],
    );
    check("The rebels will keep their weapons unless the army leaves the region.", &[REBELS], &["condition [unless] the army leaves the region | rebels -> -"]);
    check(
        "Ivanov offered a truce on condition that Kyiv halts its offensive.",
        &[IVANOV, UKRAINE],
        &["proposal [offered] a truce | Boris Ivanov -> -", "condition [on condition that] Kyiv halts its offensive | Boris Ivanov -> Ukraine"],
    );
    check(
        "Moscow said any ceasefire would require a halt to arms deliveries.",
        &[RUSSIA],
        &["condition [would require] a halt to arms deliveries | Russia -> -"],
    );
    check("\"If Russia withdraws, we will talk,\" Petrenko said.", &[RUSSIA, PETRENKO], &["condition [If] Russia withdraws | Olena Petrenko -> Russia"]);
    check(
        "Russia would halt the strikes if Ukraine agreed to talks.",
        &[RUSSIA, UKRAINE],
        &["proposal [would] halt the strikes | Russia -> -", "condition [if] Ukraine agreed to talks | Russia -> Ukraine"],
    );
    check(
        "The rebels are ready to disarm once the army withdraws.",
        &[REBELS],
        &["proposal [ready] to disarm | rebels -> -", "condition [once] the army withdraws | rebels -> -"],
    );
    check(
        "The rebels rejected a truce without guarantees of safe passage.",
        &[REBELS],
        &["refusal [rejected] a truce | rebels -> -", "condition [without] guarantees of safe passage | rebels -> -"],
    );
    check("No talks until the prisoners are freed, the rebels warn.", &[REBELS], &["condition [until] the prisoners are freed | rebels -> -"]);
    // "if" after "asked" opens a question
    check("Petrenko said Russia had asked if the talks could resume.", &[PETRENKO, RUSSIA], &[]);
}

#[test]
fn threats_with_a_condition() {
    check(
        "The rebels threatened new attacks should Ivanov refuse to negotiate.",
        &[REBELS, IVANOV],
        &["condition [should Ivanov refuse] to negotiate | rebels -> Boris Ivanov"],
    );
}

#[test]
fn refusals_and_negation() {
    check("Petrenko did not call for a ceasefire.", &[PETRENKO], &[]);
    check("\"We do not accept such demands,\" Petrenko said.", &[PETRENKO], &["refusal [do not accept] such demands | Olena Petrenko -> -"]);
    check("Ivanov would not attend the summit.", &[IVANOV], &["refusal [would not] attend the summit | Boris Ivanov -> -"]);
    check("Ivanov declined to comment.", &[IVANOV], &[]);
}

#[test]
fn quoted_speech_is_held_by_its_speaker() {
    check("\"We want a full ceasefire,\" Petrenko said.", &[PETRENKO], &["demand [want] a full ceasefire | Olena Petrenko -> -"]);
    check("Petrenko said: \"We insist on talks.\"", &[PETRENKO], &["demand [insist on] talks | Olena Petrenko -> -"]);
    // the speaker goes on in the next unattributed quotation of the paragraph
    check(
        "\"The war must end,\" Petrenko said. \"We call for talks.\"",
        &[PETRENKO],
        &["demand [must] end | Olena Petrenko -> -", "demand [call for] talks | Olena Petrenko -> -"],
    );
    // reported speech: the holder is the subject, not the source
    check(
        "According to Reuters, Petrenko has called for a ceasefire.",
        &[PETRENKO, ("Reuters", ActorKind::Media, &["Reuters"])],
        &["demand [called for] a ceasefire | Olena Petrenko -> -"],
    );
}

#[test]
fn pronoun_holders() {
    check("Ivanov spoke on Monday. He called for new talks.", &[IVANOV], &["demand [called for] new talks | Boris Ivanov -> -"]);
    check(
        "The rebels met Petrenko, and they refused to disarm.",
        &[REBELS, PETRENKO],
        &["refusal [refused] to disarm | rebels -> -"],
    );
}

#[test]
fn passive_with_agent() {
    check("Ivanov was urged by Petrenko to halt the shelling.", &[IVANOV, PETRENKO], &["demand [urged] to halt the shelling | Olena Petrenko -> Boris Ivanov"]);
    // a passive without its agent holds nothing
    check("The talks were expected to yield results.", &[], &[]);
}

#[test]
fn headlines_count() {
    check("Ivanov Opens Door to Talks with Ukraine", &[IVANOV, UKRAINE], &["proposal [Opens Door to] Talks with Ukraine | Boris Ivanov -> Ukraine"]);
}

#[test]
fn appositions_and_dates_do_not_hide_the_subject() {
    check(
        "Envoys of the two blocs, Ana Costa and Ben Okafor, respectively, called on Monday on Kigali and Kinshasa to resume talks in eastern Congo, warning that unless they did so there would be sanctions.",
        &[("envoys", Group, &["Envoys of the two blocs"]), ("Ana Costa", Person, &["Ana Costa"]), ("Ben Okafor", Person, &["Ben Okafor"]), ("Rwanda", State, &["Kigali"]), ("Congo", State, &["Kinshasa", "Congo"])],
        &[
            "demand [called on] to resume talks in eastern Congo | envoys -> Rwanda",
            "condition [unless] they did so there would be sanctions | envoys -> envoys",
        ],
    );
}

const FRONT: (&str, ActorKind, &[&str]) = ("Liberation Front", Organization, &["Liberation Front"]);
const REUTERS: (&str, ActorKind, &[&str]) = ("Reuters", ActorKind::Media, &["Reuters"]);

#[test]
fn partial_quotations_belong_to_the_reporting_sentence() {
    check(
        "Petrenko said the talks could resume \"only if Russia withdraws its forces.\"",
        &[PETRENKO, RUSSIA],
        &["condition [only if] Russia withdraws its forces | Olena Petrenko -> Russia"],
    );
    check(
        "Petrenko told reporters that Russia \"must withdraw its troops first.\"",
        &[PETRENKO, RUSSIA],
        &["demand [must] withdraw its troops first | Olena Petrenko -> Russia"],
    );
    check(
        "The rebels are ready to disarm \"as soon as the army withdraws.\"",
        &[REBELS],
        &["proposal [ready] to disarm | rebels -> -", "condition [as soon as] the army withdraws | rebels -> -"],
    );
    check("Russia said it was ready \"to extend the truce\".", &[RUSSIA], &["proposal [ready] \"to extend the truce\" | Russia -> -"]);
    // a news agency told is no speaker
    check("Ivanov told Reuters that Ukraine should withdraw.", &[IVANOV, UKRAINE, REUTERS], &["demand [should] withdraw | Boris Ivanov -> Ukraine"]);
}

#[test]
fn subjects_past_relative_clauses_and_coordination() {
    check(
        "Ivanov, who also chairs the Council, has ruled out talks with the rebels.",
        &[IVANOV, COUNCIL, REBELS],
        &["refusal [ruled out] talks with the rebels | Boris Ivanov -> rebels"],
    );
    // an auxiliary goes on the clause before, a plain verb on the sentence's subject
    check("Petrenko said Russia welcomed the plan and was ready to help.", &[PETRENKO, RUSSIA], &["proposal [ready] to help | Russia -> -"]);
    check(
        "Petrenko said the rebels had broken the truce and urged Russia to withdraw.",
        &[PETRENKO, REBELS, RUSSIA],
        &["demand [urged] to withdraw | Olena Petrenko -> Russia"],
    );
    check(
        "Ivanov warned that Russia would respond if Ukraine attacked, and said any truce would depend on the talks.",
        &[IVANOV, RUSSIA, UKRAINE],
        &["condition [if] Ukraine attacked | Russia -> Ukraine", "condition [would depend on] the talks | Boris Ivanov -> -"],
    );
}

#[test]
fn descriptions_stand_for_the_party_named_before() {
    check(
        "The Council met on Monday. A spokesman said the council would not accept the plan.",
        &[COUNCIL],
        &["refusal [would not accept] the plan | Council -> -"],
    );
    check(
        "The Liberation Front met mediators. Its spokesman said the group had no intention of disarming.",
        &[FRONT],
        &["refusal [no intention of] disarming | Liberation Front -> -"],
    );
    check("Russia sent Ivanov to Vienna. Ivanov said the country was ready to talk.", &[RUSSIA, IVANOV], &["proposal [ready] to talk | Russia -> -"]);
}

#[test]
fn addressees_named_by_a_common_noun() {
    check("The Council called on the parties to agree on a truce.", &[COUNCIL], &["demand [called on] to agree on a truce | Council -> -"]);
    check("Petrenko asked donors to release funds.", &[PETRENKO], &["demand [asked] to release funds | Olena Petrenko -> -"]);
    check("Ivanov told residents of the border villages not to return.", &[IVANOV], &["demand [told] not to return | Boris Ivanov -> -"]);
    check("Ivanov called on Kyiv not to delay.", &[IVANOV, UKRAINE], &["demand [called on] not to delay | Boris Ivanov -> Ukraine"]);
    // told someone that …: no demand of the one told
    check("Ivanov told reporters that the rebels refused to talk.", &[IVANOV, REBELS], &["refusal [refused] to talk | rebels -> -"]);
}

#[test]
fn would_with_a_condition_a_threat_or_a_reported_promise() {
    check(
        "Russia said it would consider talks only if Ukraine withdrew.",
        &[RUSSIA, UKRAINE],
        &["proposal [would] consider talks | Russia -> -", "condition [only if] Ukraine withdrew | Russia -> Ukraine"],
    );
    check("Russia said it would impose sanctions if Ukraine withdrew.", &[RUSSIA, UKRAINE], &["condition [if] Ukraine withdrew | Russia -> Ukraine"]);
    check("Ivanov said the rebels would respect the truce.", &[IVANOV, REBELS], &["proposal [would] respect the truce | rebels -> -"]);
    check("Petrenko said production would resume if the talks succeed.", &[PETRENKO], &["condition [if] the talks succeed | Olena Petrenko -> -"]);
    check("Petrenko said Ukraine would only accept a full withdrawal.", &[PETRENKO, UKRAINE], &["condition [would] only accept a full withdrawal | Ukraine -> -"]);
}

#[test]
fn refusals_will_not_no_intention_no_question() {
    check("\"We will not negotiate under fire,\" Petrenko said.", &[PETRENKO], &["refusal [will not] negotiate under fire | Olena Petrenko -> -"]);
    check("The talks will not resume this week.", &[], &[]);
    check("Ivanov said Russia had no intention of withdrawing.", &[IVANOV, RUSSIA], &["refusal [no intention of] withdrawing | Russia -> -"]);
    check(
        "\"There is no question of talks with the rebels,\" Petrenko said.",
        &[PETRENKO, REBELS],
        &["refusal [no question of] talks with the rebels | Olena Petrenko -> rebels"],
    );
    check("Ivanov said Russia would not accept the plan.", &[IVANOV, RUSSIA], &["refusal [would not accept] the plan | Russia -> -"]);
}

#[test]
fn warnings_and_pledges() {
    check("Residents ignored warnings from the rebels to leave the city.", &[REBELS], &["demand [warnings] to leave the city | rebels -> -"]);
    check("The Council ended its session with a pledge to send monitors.", &[COUNCIL], &["proposal [pledge] to send monitors | Council -> -"]);
    check("Ivanov pledged to free the prisoners.", &[IVANOV], &["proposal [pledged] to free the prisoners | Boris Ivanov -> -"]);
}

#[test]
fn positions_inside_positions() {
    check(
        "Petrenko rejected the idea that Ukraine should give up land.",
        &[PETRENKO, UKRAINE],
        &["refusal [rejected] the idea that Ukraine should give up land | Olena Petrenko -> Ukraine"],
    );
    check(
        "Petrenko insisted that the troops, who entered last week, must leave.",
        &[PETRENKO],
        &["demand [insisted that] the troops, who entered last week, must leave | Olena Petrenko -> -"],
    );
    check("Petrenko urged Russia to end the war once and for all.", &[PETRENKO, RUSSIA], &["demand [urged] to end the war once and for all | Olena Petrenko -> Russia"]);
    check("Ivanov proposed talks without waiting for a truce.", &[IVANOV], &["proposal [proposed] talks | Boris Ivanov -> -"]);
    check("The rebels said the roads would stay shut until the army withdraws.", &[REBELS], &["condition [until] the army withdraws | rebels -> -"]);
    check("Petrenko said the treaty was ready for signing.", &[PETRENKO], &[]);
}

#[test]
fn relative_clauses_on_the_object() {
    check(
        "Ivanov called for a buffer zone, a demand the rebels rejected.",
        &[IVANOV, REBELS],
        &["demand [called for] a buffer zone | Boris Ivanov -> -", "refusal [rejected] a demand | rebels -> -"],
    );
    check(
        "Ivanov wants a confederation, a position that Petrenko has repeatedly rejected.",
        &[IVANOV, PETRENKO],
        &["demand [wants] a confederation | Boris Ivanov -> -", "refusal [rejected] a position | Olena Petrenko -> -"],
    );
}

#[test]
fn fronted_clauses_and_possessed_bodies() {
    check(
        "As long as the rebels hold the town, the Kyiv administration, which calls them \"bandits,\" has refused to negotiate with them.",
        &[REBELS, ("Ukraine", State, &["Kyiv administration"])],
        &["condition [As long as] the rebels hold the town | Ukraine -> rebels", "refusal [refused] to negotiate with them | Ukraine -> -"],
    );
}

#[test]
fn nouns_made_by_a_verb_or_named_before() {
    check("Ivanov said the rebels had submitted a new ceasefire proposal.", &[IVANOV, REBELS], &["proposal [had submitted] a new ceasefire proposal | rebels -> -"]);
    check(
        "Petrenko called for a ceasefire on Monday. Ivanov ignored the call for a ceasefire.",
        &[PETRENKO, IVANOV],
        &["demand [called for] a ceasefire on Monday | Olena Petrenko -> -", "demand [call for] a ceasefire | Olena Petrenko -> -"],
    );
    // no earlier position on it: no one's
    check("Ivanov ignored the call for a ceasefire.", &[IVANOV], &[]);
    check("Russia offered no sign of compromise.", &[RUSSIA], &[]);
}

#[test]
fn imperatives_lists_and_more_refusals() {
    check("\"Stop the shelling now,\" Petrenko said.", &[PETRENKO], &["demand [Stop] Stop the shelling now | Olena Petrenko -> -"]);
    check(
        "Ivanov said the rebels' demands include an amnesty and a seat in the government.",
        &[IVANOV, REBELS],
        &["demand [demands] an amnesty and a seat in the government | rebels -> -"],
    );
    check(
        "Petrenko said two conditions remained: a withdrawal and an amnesty.",
        &[PETRENKO],
        &["condition [conditions] a withdrawal and an amnesty | Olena Petrenko -> -"],
    );
    check("\"There will be no deal without guarantees,\" Ivanov said.", &[IVANOV], &["condition [without] guarantees | Boris Ivanov -> -"]);
    check("The rebels rebuffed the offer.", &[REBELS], &["refusal [rebuffed] the offer | rebels -> -"]);
    check("Ivanov vowed never to negotiate with the rebels.", &[IVANOV, REBELS], &["refusal [vowed never to] negotiate with the rebels | Boris Ivanov -> rebels"]);
    check("Ukraine is unwilling to cede territory.", &[UKRAINE], &["refusal [unwilling] to cede territory | Ukraine -> -"]);
    check("Any deal is conditional on a full withdrawal, Petrenko said.", &[PETRENKO], &["condition [conditional on] a full withdrawal | Olena Petrenko -> -"]);
    check("Russia gave Ukraine an ultimatum to withdraw.", &[RUSSIA, UKRAINE], &["demand [ultimatum] to withdraw | Russia -> -"]);
}

#[test]
fn a_quotation_in_a_new_paragraph_has_a_speaker_of_its_own() {
    check(
        "Petrenko said there was still \"space for agreement\" and urged Russia to do more.\n\nThe families want the hostages back. \"Bring them home now,\" their forum said.",
        &[PETRENKO, RUSSIA],
        &["demand [urged] to do more | Olena Petrenko -> Russia"],
    );
}

#[test]
fn a_headline_line_is_its_own_sentence() {
    // the mention opening the next line is no object of the headline's "for"
    let shabaab: (&str, ActorKind, &[&str]) = ("al-Shabaab", Organization, &["Al-Shabaab militants"]);
    let kenya: (&str, ActorKind, &[&str]) = ("Kenya", State, &["Kenya"]);
    check(
        "Kenya rejects call for talks\n\nAl-Shabaab militants threatened to attack more towns unless Kenya pulled its troops out.",
        &[shabaab, kenya],
        &["refusal [rejects] call for talks | Kenya -> -", "condition [unless] Kenya pulled its troops out | al-Shabaab -> Kenya"],
    );
}

#[test]
fn an_offer_from_someone_is_theirs() {
    let government: (&str, ActorKind, &[&str]) = ("government", State, &["government"]);
    check(
        "The government rejected an offer from the rebels to free 14 soldiers.",
        &[government, REBELS],
        &[
            "refusal [rejected] an offer from the rebels to free 14 soldiers | government -> rebels",
            "proposal [offer] to free 14 soldiers | rebels -> -",
        ],
    );
    let au: (&str, ActorKind, &[&str]) = ("African Union", Organization, &["African Union"]);
    check(
        "The rebels accepted an invitation from the African Union to attend talks in Pretoria.",
        &[REBELS, au],
        &["proposal [invitation] to attend talks in Pretoria | African Union -> -"],
    );
}

#[test]
fn a_party_named_by_a_description_holds_over_its_spokesman() {
    let liberal: (&str, ActorKind, &[&str]) = ("Liberal Party", Organization, &["Liberal Party"]);
    let berger: (&str, ActorKind, &[&str]) = ("Tomas Berger", Person, &["Tomas Berger"]);
    check(
        "The Liberal Party's spokesman, Tomas Berger, said the party rejected any process that excluded it.",
        &[liberal, berger],
        &["refusal [rejected] any process that excluded it | Liberal Party -> -"],
    );
    // "the group": the organization or group of the sentence before the last organization
    let farah: (&str, ActorKind, &[&str]) = ("Ali Farah", Person, &["Ali Farah"]);
    check(
        "The Council met on Monday. The rebels' spokesman, Ali Farah, said the group would not accept a ceasefire without guarantees.",
        &[COUNCIL, REBELS, farah],
        &["refusal [would not accept] a ceasefire | rebels -> -", "condition [without] guarantees | rebels -> -"],
    );
    // "the bloc": the last organization, never a group; with none, the speaker
    let eu: (&str, ActorKind, &[&str]) = ("European Union", Organization, &["European Union"]);
    let dupont: (&str, ActorKind, &[&str]) = ("Jean Dupont", Person, &["Jean Dupont"]);
    let bloc = "Jean Dupont, president of the commission, said the bloc wanted both sides to return to the table.";
    check(&format!("The European Union met in Brussels. {bloc}"), &[eu, dupont], &["demand [wanted] both sides to return to the table | European Union -> -"]);
    check(&format!("The rebels met in Brussels. {bloc}"), &[REBELS, dupont], &["demand [wanted] both sides to return to the table | Jean Dupont -> -"]);
}

#[test]
fn the_country_of_a_party_affiliated_to_it() {
    let saudi: (&str, ActorKind, &[&str]) = ("Saudi Arabia", State, &["Riyadh"]);
    let yemen: (&str, ActorKind, &[&str]) = ("Yemen", State, &["Yemen"]);
    let delegation: (&str, ActorKind, &[&str]) = ("Saudi delegation", Group, &["Saudi delegation"]);
    let jaber: (&str, ActorKind, &[&str]) = ("Ahmed Jaber", Person, &["Ahmed Jaber", "Jaber"]);
    let text = "Riyadh sent envoys to Yemen. A Saudi delegation headed by Ahmed Jaber met the rebels. Jaber said the kingdom was ready to extend the truce.";
    let found = demands_of(text, &[saudi, yemen, delegation, jaber], &[("Saudi delegation", "Saudi Arabia")]);
    assert_eq!(found, ["proposal [ready] to extend the truce | Saudi Arabia -> -"]);
}

#[test]
fn a_relative_clause_on_a_possessed_noun_is_its_owners() {
    let laos: (&str, ActorKind, &[&str]) = ("Laos", State, &["Laos"]);
    let asean: (&str, ActorKind, &[&str]) = ("ASEAN", Organization, &["ASEAN", "bloc"]);
    check(
        "Laos, which chairs ASEAN, called on all parties to implement the bloc's five-point plan, which demands an immediate end to violence.",
        &[laos, asean],
        &[
            "demand [called on] to implement the bloc's five-point plan | Laos -> -",
            "demand [demands] an immediate end to violence | ASEAN -> -",
        ],
    );
}

#[test]
fn a_bare_head_in_a_headline_or_after_a_country() {
    let saf: (&str, ActorKind, &[&str]) = ("Sudanese Armed Forces", Organization, &["Sudanese Armed Forces"]);
    check(
        "Army offers talks to rebels\n\nThe Sudanese Armed Forces said on Tuesday they were ready to talk.",
        &[saf, REBELS],
        &["proposal [offers] talks to rebels | Sudanese Armed Forces -> rebels", "proposal [ready] to talk | Sudanese Armed Forces -> -"],
    );
    let somalia: (&str, ActorKind, &[&str]) = ("Somalia", State, &["Somalia"]);
    let shabaab: (&str, ActorKind, &[&str]) = ("al-Shabaab", Organization, &["Al-Shabaab"]);
    check(
        "Somalia rebels demand withdrawal of foreign troops\n\nAl-Shabaab said on Tuesday it would fight on.",
        &[somalia, shabaab],
        &["demand [demand] withdrawal of foreign troops | al-Shabaab -> -"],
    );
}

#[test]
fn a_speaker_in_a_short_sentence_after_the_quotation() {
    let hariri: (&str, ActorKind, &[&str]) = ("Nasser Hariri", Person, &["Nasser Hariri"]);
    check(
        "\"We are ready for a ceasefire. But the bombing has to stop first.\" Nasser Hariri, the chief negotiator, told reporters.",
        &[hariri],
        &["proposal [ready] a ceasefire | Nasser Hariri -> -", "demand [has to] stop first | Nasser Hariri -> -"],
    );
    // a sentence of its own that goes on is no attribution
    check("\"We are ready for a ceasefire.\" Nasser Hariri told reporters that the talks had failed.", &[hariri], &[]);
}

#[test]
fn a_subject_after_but_with_adjectives() {
    let delegates: (&str, ActorKind, &[&str]) = ("delegates", Group, &["Delegates"]);
    let authorities: (&str, ActorKind, &[&str]) = ("authorities", Group, &["authorities"]);
    check(
        "Delegates ended the talks, but eastern authorities said oil fields would stay shut until the dispute is settled.",
        &[delegates, authorities],
        &["condition [until] the dispute is settled | authorities -> -"],
    );
}

#[test]
fn a_quotation_attributed_to_no_actor_keeps_no_speaker() {
    check(
        "\"We want a ceasefire now,\" Petrenko said. \"We reject any deal that ignores our people,\" said the head of the delegation.",
        &[PETRENKO],
        &["demand [want] a ceasefire now | Olena Petrenko -> -"],
    );
}

#[test]
fn a_clause_of_an_unmarked_name_ends_the_content() {
    let turkey: (&str, ActorKind, &[&str]) = ("Turkey", State, &["Turkey"]);
    check(
        "Turkey offered to host the talks in Istanbul, and Erdogan invited both leaders to meet.",
        &[turkey],
        &["proposal [offered] to host the talks in Istanbul | Turkey -> -", "proposal [invited] to meet | Turkey -> -"],
    );
}

#[test]
fn going_on_until_is_a_condition() {
    check("The rebels said they would keep fighting until the army leaves.", &[REBELS], &["condition [until] the army leaves | rebels -> -"]);
    check("Ivanov vowed to continue the war until Kyiv surrenders.", &[IVANOV, UKRAINE], &["condition [until] Kyiv surrenders | Boris Ivanov -> Ukraine"]);
    // a time, a narrative
    check("The rebels kept fighting until dawn.", &[REBELS], &[]);
}

#[test]
fn a_noun_phrase_named_a_condition() {
    check(
        "Ukraine set the withdrawal of Russian troops as a precondition for any talks.",
        &[UKRAINE],
        &["condition [as a precondition] the withdrawal of Russian troops | Ukraine -> -"],
    );
    check(
        "The release of political prisoners is a precondition for dialogue, the rebels said.",
        &[REBELS],
        &["condition [a precondition] The release of political prisoners | rebels -> -"],
    );
    check(
        "Russia's main condition for talks is the recognition of its borders.",
        &[RUSSIA],
        &["condition [condition] the recognition of its borders | Russia -> -"],
    );
}

#[test]
fn there_will_be_no() {
    check(
        "Ivanov said there would be no negotiations with the rebels.",
        &[IVANOV, REBELS],
        &["refusal [there would be no] negotiations with the rebels | Boris Ivanov -> rebels"],
    );
    // before a condition, the condition alone
    check(
        "\"There will be no talks until the rebels leave the cities,\" Ivanov said.",
        &[IVANOV, REBELS],
        &["condition [until] the rebels leave the cities | Boris Ivanov -> rebels"],
    );
}

#[test]
fn another_partys_would_not_inside_a_position_is_part_of_it() {
    let nato: (&str, ActorKind, &[&str]) = ("NATO", Organization, &["NATO"]);
    check(
        "Ivanov demanded guarantees that NATO would not expand eastward.",
        &[IVANOV, nato],
        &["demand [demanded] guarantees that NATO would not expand eastward | Boris Ivanov -> NATO"],
    );
    check(
        "Petrenko insisted that she would not pay any ransom.",
        &[PETRENKO],
        &["refusal [would not] pay any ransom | Olena Petrenko -> -"],
    );
    // a threat with a condition is no offer
    check(
        "The rebels warned they would kill the hostages unless their demands were met.",
        &[REBELS],
        &["condition [unless] their demands were met | rebels -> -"],
    );
}


#[test]
fn oppose_is_a_refusal() {
    check("Russia opposed any deployment of foreign troops.", &[RUSSIA], &["refusal [opposed] any deployment of foreign troops | Russia -> -"]);
    check("Russia wants a truce, as opposed to a peace deal.", &[RUSSIA], &["demand [wants] a truce | Russia -> -"]);
}

#[test]
fn the_government_unmarked_is_a_state() {
    let sudan: (&str, ActorKind, &[&str]) = ("Sudan", State, &["Sudan"]);
    let hassan: (&str, ActorKind, &[&str]) = ("Ali Hassan", Person, &["Ali Hassan"]);
    check(
        "Envoys met in Sudan on Monday. Ali Hassan, a senior official, said the government wanted a new round of talks.",
        &[sudan, hassan],
        &["demand [wanted] a new round of talks | Sudan -> -"],
    );
}

#[test]
fn a_condition_after_an_offer_is_the_offerers() {
    let government: (&str, ActorKind, &[&str]) = ("government", State, &["government"]);
    check(
        "The government rejected an offer from the rebels to free 14 soldiers in return for the release of their fighters.",
        &[government, REBELS],
        &[
            "refusal [rejected] an offer from the rebels to free 14 soldiers | government -> rebels",
            "proposal [offer] to free 14 soldiers | rebels -> -",
            "condition [in return for] the release of their fighters | rebels -> -",
        ],
    );
}

#[test]
fn a_condition_on_accepting_an_offer_is_the_acceptors() {
    check(
        "Ukraine agreed to accept Russia's offer of a truce subject to its approval by parliament.",
        &[UKRAINE, RUSSIA],
        &["proposal [offer] a truce | Russia -> -", "condition [subject to] its approval by parliament | Ukraine -> -"],
    );
}

#[test]
fn a_hyphenated_backer_is_no_subject_and_they_is_the_sentences_body() {
    let m23: (&str, ActorKind, &[&str]) = ("M23", Organization, &["M23 rebels"]);
    let rwanda: (&str, ActorKind, &[&str]) = ("Rwanda", State, &["Rwanda"]);
    let congo: (&str, ActorKind, &[&str]) = ("DR Congo", State, &["Congo's government"]);
    check(
        "Rwanda-backed M23 rebels on Thursday rejected a demand by Congo's government to leave the city and said they would keep fighting until the regime falls.",
        &[m23, rwanda, congo],
        &[
            "refusal [rejected] a demand by Congo's government to leave the city | M23 -> DR Congo",
            "demand [demand] to leave the city | DR Congo -> -",
            "condition [until] the regime falls | M23 -> -",
        ],
    );
}

#[test]
fn a_speaker_named_before_a_long_appositive() {
    let nangaa: (&str, ActorKind, &[&str]) = ("Corneille Nangaa", Person, &["Corneille Nangaa"]);
    let m23: (&str, ActorKind, &[&str]) = ("M23", Organization, &["M23"]);
    check(
        "\"We will never accept this deal,\" Corneille Nangaa, leader of the Congo River Alliance, which includes M23, told a news conference.",
        &[nangaa, m23],
        &["refusal [never accept] this deal | Corneille Nangaa -> -"],
    );
}

const BLOC: (&str, ActorKind, &[&str]) = ("bloc", Organization, &["Ecowas", "the bloc"]);
const JUNTA: (&str, ActorKind, &[&str]) = ("junta", Group, &["the junta"]);

#[test]
fn insist_with_a_bare_clause() {
    check("Russia insisted the vote would go ahead.", &[RUSSIA], &["demand [insisted] the vote would go ahead | Russia -> -"]);
    // a claim, no modal: no demand
    check("Russia insists its army is not a party to the conflict.", &[RUSSIA], &[]);
}

#[test]
fn addressee_with_an_apposition_or_acronym() {
    check(
        "Ecowas asked two mediators - Senegal's president and Togo's president - to keep talking.",
        &[BLOC, ("Senegal", State, &["Senegal"])],
        &["demand [asked] to keep talking | bloc -> Senegal"],
    );
    check(
        "Petrenko called on the International Committee of the Red Cross (ICRC) to secure access.",
        &[PETRENKO, ("ICRC", Organization, &["International Committee of the Red Cross", "ICRC"])],
        &["demand [called on] to secure access | Olena Petrenko -> ICRC"],
    );
    check(
        "\"We ask our friends in the bloc, the Commonwealth and Ukraine to stand with us,\" Petrenko said.",
        &[PETRENKO, BLOC, UKRAINE],
        &["demand [ask] to stand with us | Olena Petrenko -> bloc"],
    );
}

#[test]
fn object_with_an_aside_or_a_time_before_for() {
    check(
        "Petrenko called for the emergency decree, renewed every year since 2005, to be lifted.",
        &[PETRENKO],
        &["demand [called for] the emergency decree, renewed every year since 2005, to be lifted | Olena Petrenko -> -"],
    );
    check("Petrenko called in February for the group to disband.", &[PETRENKO], &["demand [called] the group to disband | Olena Petrenko -> -"]);
}

#[test]
fn a_document_of_a_meeting_holds_for_the_body_that_met() {
    check(
        "Ecowas met on Sunday. The summit's communiqué called on the junta to end the transition.",
        &[BLOC, JUNTA],
        &["demand [called on] to end the transition | bloc -> junta"],
    );
}

#[test]
fn an_owned_proposal_inside_a_refusal() {
    check(
        "Russia would not agree to Kyiv's proposal for an all-for-all swap.",
        &[RUSSIA, UKRAINE],
        &["refusal [would not agree to] Kyiv's proposal for an all-for-all swap | Russia -> Ukraine", "proposal [proposal] an all-for-all swap | Ukraine -> -"],
    );
}

#[test]
fn negated_recognition_past_an_aside() {
    check(
        "Russia does not recognise, and will never recognise, the court's jurisdiction.",
        &[RUSSIA],
        &["refusal [does not recognise] the court's jurisdiction | Russia -> -"],
    );
}

#[test]
fn an_actor_needs_a_resource() {
    check("Russia needed \"at least 2,500 soldiers\".", &[RUSSIA], &["demand [needed] \"at least 2,500 soldiers\" | Russia -> -"]);
    check("Russia needed time to think.", &[RUSSIA], &[]);
}

#[test]
fn headlines_in_title_case() {
    let cast: Cast = &[("Ahmed Diriye", Person, &["Ahmed Diriye"]), REBELS];
    let lede = "\n\nRebel leader Ahmed Diriye said on Monday the rebels were ready to talk.";
    check(
        &format!("Rebel Chief Offers Talks In Exchange For Amnesty{lede}"),
        cast,
        &[
            "proposal [Offers] Talks | Ahmed Diriye -> -",
            "condition [In Exchange For] Amnesty | Ahmed Diriye -> -",
            "proposal [ready] to talk | rebels -> -",
        ],
    );
    check(&format!("Oil Major Sets Conditions For Restart{lede}"), cast, &["condition [Conditions] Restart | Ahmed Diriye -> -", "proposal [ready] to talk | rebels -> -"]);
    check(&format!("Rebel Chief Promises Legal Steps{lede}"), cast, &["proposal [Promises] Legal Steps | Ahmed Diriye -> -", "proposal [ready] to talk | rebels -> -"]);
    check(&format!("Strings Attached Are Unacceptable{lede}"), cast, &["refusal [Are Unacceptable] Strings Attached | Ahmed Diriye -> -", "proposal [ready] to talk | rebels -> -"]);
}

#[test]
fn circumstances_and_manners_are_no_positions() {
    check("Talks were mediated by Ukraine at the request of Petrenko.", &[PETRENKO, UKRAINE], &[]);
    check("Talks opened at Petrenko's invitation.", &[PETRENKO], &[]);
    check("Petrenko urged Russia to return the children \"without delay\".", &[PETRENKO, RUSSIA], &["demand [urged] to return the children | Olena Petrenko -> Russia"]);
    check("Petrenko criticised his conditions of detention.", &[PETRENKO], &[]);
    check("Petrenko complained about living conditions in the camps.", &[PETRENKO], &[]);
    // the promise to go on is the condition alone
    check("Russia said it would continue the operations until every village is taken.", &[RUSSIA], &["condition [until] every village is taken | Russia -> -"]);
}

#[test]
fn kinds_of_promises_requirements_and_requests() {
    check("Russia pledged not to use force.", &[RUSSIA], &["proposal [pledged not to] use force | Russia -> -"]);
    check(
        "\"We are open to a deal, but it has to be verifiable,\" Ivanov said.",
        &[IVANOV],
        &["proposal [open to] a deal | Boris Ivanov -> -", "condition [has to] it has to be verifiable | Boris Ivanov -> -"],
    );
    check(
        "The Council asked relatives not to share photos of the victims until they are identified.",
        &[COUNCIL],
        &["demand [asked] not to share photos of the victims until they are identified | Council -> -"],
    );
}

#[test]
fn a_position_owned_by_its_possessor() {
    check(
        "Ivanov welcomed the commitment but reiterated the Front's position that talks must include all parties.",
        &[IVANOV, ("Front", Organization, &["the Front"])],
        &["demand [must] include all parties | Front -> -"],
    );
}

#[test]
fn a_name_after_a_country_is_no_object_of_its_preposition() {
    check(
        "The envoy for Ukraine Olena Petrenko welcomed the deal and called on all parties to respect the truce.",
        &[PETRENKO, ("parties", Group, &["parties"])],
        &["demand [called on] to respect the truce | Olena Petrenko -> parties"],
    );
}

#[test]
fn a_supporter_holds_the_call_it_backs() {
    check(
        "Russia backed Kyiv's call for a withdrawal.",
        &[RUSSIA, UKRAINE],
        &["demand [call for] a withdrawal | Russia -> Ukraine"],
    );
    check(
        "Russia supported the willingness of the rebels to join the talks.",
        &[RUSSIA, REBELS],
        &["demand [willingness] to join the talks | Russia -> rebels"],
    );
}

#[test]
fn a_sentence_naming_who_said_the_one_before() {
    check(
        "No talks will happen if the government fails to free the prisoners. This was the statement of rebel negotiator Olena Petrenko on Saturday.",
        &[PETRENKO],
        &["condition [if] the government fails to free the prisoners | Olena Petrenko -> -"],
    );
}

#[test]
fn a_speech_verb_inside_a_name_reports_nothing() {
    const US: (&str, ActorKind, &[&str]) = ("United States", State, &["the United States"]);
    // "States" is no verb: the speaker is no actor, so no holder
    check("\"We ask our friends in the bloc, Ukraine and the United States to stand with us,\" his son said.", &[BLOC, UKRAINE, US], &[]);
}

#[test]
fn it_opening_a_sentence_is_the_subject_before() {
    check(
        "Ecowas called on the Red Cross to visit the prisons. It asked the junta to free the detainees.",
        &[BLOC, JUNTA, ("Red Cross", Organization, &["the Red Cross"])],
        &["demand [called on] to visit the prisons | bloc -> Red Cross", "demand [asked] to free the detainees | bloc -> junta"],
    );
    // not a plural name
    check(
        "Ecowas met the three governments. It asked the junta to free the detainees.",
        &[JUNTA, ("Ecowas", Organization, &["Ecowas"]), ("three governments", State, &["the three governments"])],
        &["demand [asked] to free the detainees | Ecowas -> junta"],
    );
}

#[test]
fn dismissing_or_resisting_a_position() {
    check(
        "Ivanov floated a partition of the region, an idea that Kyiv dismissed within hours.",
        &[IVANOV, UKRAINE],
        &["proposal [floated] a partition of the region | Boris Ivanov -> -", "refusal [dismissed] an idea | Ukraine -> -"],
    );
    check("Russia dismissed the proposal as a stunt.", &[RUSSIA], &["refusal [dismissed] the proposal as a stunt | Russia -> -"]);
    check("Russia dismissed the minister on Monday.", &[RUSSIA], &[]);
    check(
        "Petrenko asked the rebels to free the hostages, a demand the rebels have so far resisted.",
        &[PETRENKO, REBELS],
        &["demand [asked] to free the hostages | Olena Petrenko -> rebels", "refusal [resisted] a demand | rebels -> -"],
    );
}

#[test]
fn orders_wishes_and_acceptable_outcomes() {
    check("The Council ordered Russia to pay the employees.", &[COUNCIL, RUSSIA], &["demand [ordered] to pay the employees | Council -> Russia"]);
    check("The Council wants all crude to be sold by Russia.", &[COUNCIL, RUSSIA], &["demand [wants] all crude to be sold by Russia | Council -> Russia"]);
    check("The rebels said they could accept a federation.", &[REBELS], &["proposal [could accept] a federation | rebels -> -"]);
}

#[test]
fn ready_to_raise_pressure_is_a_threat() {
    // (the threat's condition stays: held by who threatens)
    check("Russia is ready to ramp up pressure on Kyiv if the talks fail.", &[RUSSIA, UKRAINE], &["condition [if] the talks fail | Russia -> -"]);
}

#[test]
fn a_described_possessor_holds_its_position() {
    check(
        "The National Front met on Monday. Ivanov welcomed the offer but reiterated the front's position that any talks must take place abroad.",
        &[IVANOV, ("National Front", Organization, &["National Front"])],
        &["demand [must] take place abroad | National Front -> -"],
    );
}

#[test]
fn headline_pushes_and_irreversible_steps() {
    check(
        "Capital Pushes 'Early Harvest'\n\nRussia said on Monday it wanted a quick deal.",
        &[RUSSIA],
        &["demand [Pushes] Early Harvest | Russia -> -", "demand [wanted] a quick deal | Russia -> -"],
    );
    // not outside a headline
    check("Russia pushes the button.", &[RUSSIA], &[]);
    check(
        "The rebels called their withdrawal from the bloc irreversible.",
        &[REBELS],
        &["refusal [irreversible] their withdrawal from the bloc | rebels -> -"],
    );
    check(
        "Russia's withdrawal from the bloc is irreversible, Ivanov said.",
        &[RUSSIA, IVANOV],
        &["refusal [is irreversible] Russia's withdrawal from the bloc | Boris Ivanov -> -"],
    );
}

#[test]
fn conditions_on_a_meeting_or_when_a_state_holds() {
    // "the meeting" is no time after "on condition that"
    check(
        "The Council has accepted the invitation on condition that the meeting sets a date for the vote.",
        &[COUNCIL],
        &["condition [on condition that] the meeting sets a date for the vote | Council -> -"],
    );
    check(
        "\"There can be no normalization when you have thousands of people in the street,\" Ivanov said.",
        &[IVANOV],
        &["condition [There can be no normalization when] you have thousands of people in the street | Boris Ivanov -> -"],
    );
}

#[test]
fn a_party_will_only_do_one_thing() {
    check(
        "The Council says it will only talk about independence, and it does not trust Russia.",
        &[COUNCIL, RUSSIA],
        &["condition [only talk about] independence | Council -> -"],
    );
    check("Russia would only accept a deal that keeps its gains.", &[RUSSIA], &["condition [only accept] a deal that keeps its gains | Russia -> -"]);
}

#[test]
fn they_after_a_speech_verb_or_opening_a_sentence() {
    const TROOPS: (&str, ActorKind, &[&str]) = ("Rwandan troops", Group, &["Rwandan troops"]);
    check(
        "The rebels demanded on Friday that Rwandan troops leave, and said they would release hostages in return for a halt to air strikes.",
        &[REBELS, TROOPS],
        &[
            "demand [demanded] Rwandan troops leave | rebels -> Rwandan troops",
            "proposal [would] release hostages | rebels -> -",
            "condition [in return for] a halt to air strikes | rebels -> -",
        ],
    );
    check(
        "Regional leaders urged the rebels to disarm and called on donors to fund schools. They also asked the Council to send observers.",
        &[("Regional leaders", Group, &["Regional leaders"]), REBELS, ("donors", Group, &["donors"]), COUNCIL],
        &[
            "demand [urged] to disarm | Regional leaders -> rebels",
            "demand [called on] to fund schools | Regional leaders -> donors",
            "demand [asked] to send observers | Regional leaders -> Council",
        ],
    );
}

#[test]
fn a_premodifying_party_owns_the_noun() {
    check(
        "The rebels rejected a government ultimatum to free all hostages.",
        &[REBELS, ("government", State, &["government"])],
        &["refusal [rejected] a government ultimatum to free all hostages | rebels -> government", "demand [ultimatum] to free all hostages | government -> -"],
    );
}

#[test]
fn it_after_a_collective_group_subject_is_that_group() {
    let cast: Cast = &[("Cambodia", ActorKind::State, &["Cambodia"]), ("army", ActorKind::Group, &["army"]), ("rebels", ActorKind::Group, &["rebels"])];
    assert_eq!(
        demands("Cambodia closed the border. The army said it would halt operations on condition that the rebels disarm.", cast),
        ["proposal [would] halt operations | army -> -", "condition [on condition that] the rebels disarm | army -> rebels"]
    );
}

#[test]
fn an_adverb_between_call_and_for() {
    let cast: Cast = &[("Cambodia", ActorKind::State, &["Cambodia"]), ("rebels", ActorKind::Group, &["rebels"])];
    assert_eq!(
        demands("Cambodia rejected the demand and called instead for international mediation.", cast),
        ["refusal [rejected] the demand | Cambodia -> -", "demand [called] international mediation | Cambodia -> -"]
    );
    assert_eq!(
        demands("The rebels rejected the offer, demanding instead a full withdrawal.", cast),
        ["refusal [rejected] the offer | rebels -> -", "demand [demanding] a full withdrawal | rebels -> -"]
    );
}

#[test]
fn an_interviews_answers_are_the_interviewees_words() {
    let cast: Cast = &[
        ("Ahmed Saleh", ActorKind::Person, &["Ahmed Saleh"]),
        ("Mahama", ActorKind::Person, &["Mahama"]),
        ("army", ActorKind::Group, &["army"]),
    ];
    let text = "President Mahama has offered talks. Ahmed Saleh, who leads the northern rebels, spoke to us on Monday.\n\n\
                Q: What do you want from Mahama?\n\n\
                A: We call on President Mahama to release our prisoners. We reject any deal that keeps the army in the north.";
    assert_eq!(
        demands(text, cast),
        [
            "proposal [offered] talks | Mahama -> -",
            "demand [call on] to release our prisoners | Ahmed Saleh -> Mahama",
            "refusal [reject] any deal that keeps the army in the north | Ahmed Saleh -> army",
        ]
    );
}

#[test]
fn the_interviewee_is_who_we_spoke_to() {
    let cast: Cast = &[
        ("Ahmed Saleh", ActorKind::Person, &["Ahmed Saleh"]),
        ("Mahama", ActorKind::Person, &["Mahama", "Ghanaian leader"]),
    ];
    // the headline's description is named as often, and first
    let text = "'No talks yet': Ghanaian leader on the rebels\n\nPresident Mahama has offered talks. We spoke to Ahmed Saleh, who leads the northern rebels, on Monday.\n\n\
                Q: What do you want from Mahama?\n\n\
                A: We call on President Mahama to release our prisoners.";
    assert_eq!(
        demands(text, cast),
        ["proposal [offered] talks | Mahama -> -", "demand [call on] to release our prisoners | Ahmed Saleh -> Mahama"]
    );
}

#[test]
fn asked_for_without_an_addressee_and_a_bare_provided() {
    let cast: Cast = &[("Kabul", ActorKind::State, &["Kabul"]), ("rebels", ActorKind::Group, &["rebels"]), ("UN", ActorKind::Organization, &["UN"])];
    assert_eq!(demands("Kabul asked for the roads to be cleared of mines.", cast), ["demand [asked for] the roads to be cleared of mines | Kabul -> -"]);
    assert_eq!(
        demands("Kabul offered autonomy for the region, provided the rebels dropped their claim.", cast),
        ["proposal [offered] autonomy for the region | Kabul -> -", "condition [provided] the rebels dropped their claim | Kabul -> rebels"]
    );
    // a verb or a participle, no condition
    assert_eq!(demands("The UN provided food to the rebels.", cast), Vec::<String>::new());
    assert_eq!(demands("Kabul praised the food, provided by the UN, as vital.", cast), Vec::<String>::new());
}

#[test]
fn an_article_and_a_demonym_make_a_noun_trigger() {
    let cast: Cast = &[("Sudan", ActorKind::State, &["Sudan"]), ("Ethiopia", ActorKind::State, &["Ethiopia"]), ("rebels", ActorKind::Group, &["rebels"])];
    assert_eq!(
        demands("Ethiopia filled the dam. Sudan turned down an Ethiopian offer to share data.", cast),
        ["refusal [turned down] an Ethiopian offer to share data | Sudan -> -", "proposal [offer] to share data | Ethiopia -> -"]
    );
    // a party before the verb keeps it a verb
    assert_eq!(demands("The rebels offer talks.", cast), ["proposal [offer] talks | rebels -> -"]);
}

#[test]
fn a_refusal_in_the_passive() {
    let cast: Cast = &[("Tehran", ActorKind::State, &["Tehran"]), ("Washington", ActorKind::State, &["Washington"]), ("rebels", ActorKind::Group, &["rebels"])];
    assert_eq!(
        demands("Tehran's proposal for a security pact was rejected by Washington.", cast),
        ["proposal [proposal] a security pact | Tehran -> -", "refusal [rejected] Tehran's proposal for a security pact | Washington -> -"]
    );
    assert_eq!(demands("The plan was swiftly rejected by the rebels.", cast), ["refusal [rejected] The plan | rebels -> -"]);
}

#[test]
fn holders_past_objects_appositions_and_but() {
    // a participle after an object of a preposition is the subject's
    check("Petrenko sent a letter to the Council demanding an urgent session.", &[PETRENKO, COUNCIL], &["demand [demanding] an urgent session | Olena Petrenko -> -"]);
    // an apposition holding a relative clause is skipped
    check("The rebels in Avdiivka, a town that Russia shelled for months, urged Ukraine to hold talks.", &[REBELS, RUSSIA, UKRAINE], &["demand [urged] to hold talks | rebels -> Ukraine"]);
    // ", but only if" goes with the offer before it
    check(
        "Petrenko said Ukraine was willing to hold talks, but only if Russia withdrew.",
        &[PETRENKO, UKRAINE, RUSSIA],
        &["proposal [willing] to hold talks | Ukraine -> -", "condition [only if] Russia withdrew | Ukraine -> Russia"],
    );
}

#[test]
fn answers_labelled_with_the_interviewees_name() {
    let cast: Cast = &[("Ahmed Saleh", ActorKind::Person, &["Ahmed Saleh", "Saleh"]), ("army", ActorKind::Group, &["army"])];
    let text = "Ahmed Saleh, who leads the northern rebels, spoke to us on Monday.\n\n\
                Q: Would you disarm?\n\n\
                Saleh: We would consider it only if the army leaves the north.";
    assert_eq!(
        demands(text, cast),
        ["proposal [would] consider it | Ahmed Saleh -> -", "condition [only if] the army leaves the north | Ahmed Saleh -> army"]
    );
}

#[test]
fn would_only_with_a_condition_after_it_is_an_offer_and_pressing_asks() {
    check(
        "Petrenko said Ukraine would only sign the text once Russia withdraws.",
        &[PETRENKO, UKRAINE, RUSSIA],
        &["proposal [would] sign the text | Ukraine -> -", "condition [once] Russia withdraws | Ukraine -> Russia"],
    );
    check("The rebels are pressing Ukraine to hold talks.", &[REBELS, UKRAINE], &["demand [pressing] to hold talks | rebels -> Ukraine"]);
}

#[test]
fn it_after_a_speech_verb_in_a_clause_after_but_is_that_speaker() {
    check(
        "Ukraine proposed talks, but Russia said it would not talk until Kyiv withdrew.",
        &[UKRAINE, RUSSIA],
        &["proposal [proposed] talks | Ukraine -> -", "refusal [would not] talk | Russia -> -", "condition [until] Kyiv withdrew | Russia -> Ukraine"],
    );
    // (past where the subject sits: "the regime in Moscow said it …")
    let cast: Cast = &[UKRAINE, ("Russia", State, &["regime"])];
    assert_eq!(
        demands("Ukraine proposed talks, but the regime in Moscow said it would not talk.", cast),
        ["proposal [proposed] talks | Ukraine -> -", "refusal [would not] talk | Russia -> -"]
    );
}

#[test]
fn a_body_with_its_acronym_before_a_title_and_name_is_not_the_subject() {
    let cast: Cast = &[("Kuomintang", Organization, &["Kuomintang", "KMT"]), PETRENKO, RUSSIA];
    assert_eq!(
        demands("Opposition Kuomintang (KMT) chairman Olena Petrenko called on Russia to halt the drills.", cast),
        ["demand [called on] to halt the drills | Olena Petrenko -> Russia"]
    );
}

#[test]
fn will_before_a_condition_offers_and_a_quote_may_open_after_the_subject() {
    check(
        "Petrenko said Ukraine will only sign the text once Russia withdraws.",
        &[PETRENKO, UKRAINE, RUSSIA],
        &["proposal [will] sign the text | Ukraine -> -", "condition [once] Russia withdraws | Ukraine -> Russia"],
    );
    // (a warning is no offer; "will" with no condition is a forecast)
    check("Petrenko warned that Ukraine will boycott the talks unless Russia withdraws.", &[PETRENKO, UKRAINE, RUSSIA], &["condition [unless] Russia withdraws | Ukraine -> Russia"]);
    check("Petrenko said Ukraine will sign the text.", &[PETRENKO, UKRAINE], &[]);
    check("Petrenko said Ukraine \"will not sign the text\".", &[PETRENKO, UKRAINE], &["refusal [will not] sign the text | Ukraine -> -"]);
}

#[test]
fn a_pronoun_opening_a_sentence_continues_the_previous_subject_or_speaker() {
    // not the person named last, inside the previous sentence's content
    check(
        "Ivanov, who has long led the party, remained defiant. \"We will not leave,\" he told a rally, demanding that Petrenko resign.\n\nHe said he would appear before a judge.",
        &[IVANOV, PETRENKO],
        &[
            "refusal [will not] leave | Boris Ivanov -> -",
            "demand [demanding] Petrenko resign | Boris Ivanov -> Olena Petrenko",
            "proposal [would] appear before a judge | Boris Ivanov -> -",
        ],
    );
    check(
        "Ivanov revealed that he had turned down an offer from Petrenko. \"We will never accept foreign troops,\" he told reporters.",
        &[IVANOV, PETRENKO],
        &["refusal [turned down] an offer from Petrenko | Boris Ivanov -> Olena Petrenko", "refusal [never accept] foreign troops | Boris Ivanov -> -"],
    );
    // the speaker of the last clause of the sentence before
    check(
        "Petrenko suspended the warrants, but Ivanov warned that the army would stay. He also urged Russia to withdraw.",
        &[IVANOV, PETRENKO, RUSSIA],
        &["demand [urged] to withdraw | Boris Ivanov -> Russia"],
    );
}

#[test]
fn the_subject_after_according_to_holds_the_position_not_the_source() {
    check(
        "According to spokesman Boris Ivanov, Petrenko invited Russia to attend a conference.",
        &[IVANOV, PETRENKO, RUSSIA],
        &["proposal [invited] to attend a conference | Olena Petrenko -> Russia"],
    );
}
