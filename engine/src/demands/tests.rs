//! Unit tests of the demands stage: one construction each, on sentences
//! written for these tests, with the actors given by hand (so the tests do
//! not depend on the actor stage).

use crate::document::{Actor, ActorKind, Mention, Span};
use crate::text::Analysis;

/// Actors by name, kind and the surface forms to mark in the text.
type Cast<'a> = &'a [(&'a str, ActorKind, &'a [&'a str])];

/// Runs the stage on `text` with every occurrence (whole words) of each
/// surface form marked as a mention; returns one line per demand:
/// `kind [trigger] content | holder -> addressee`.
fn demands(text: &str, cast: Cast) -> Vec<String> {
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
            Actor { id: format!("A{}", i + 1), name: name.to_string(), kind: *kind, role: None, affiliation: None, mentions }
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
            )
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

#[test]
fn debug_sentences() {
    for (text, cast) in [
        ("Ukrainian President Olena Petrenko has extended an invitation to Russian President Boris Ivanov for in-person talks in Istanbul, emphasizing the urgent need to halt the violence.", &[IVANOV, PETRENKO][..]),
        ("Ukraine president Olena Petrenko urged Russia to engage in talks.", &[UKRAINE, PETRENKO, RUSSIA][..]),
    ] {
        eprintln!("{text}\n  {:?}", demands(text, cast));
    }
}
