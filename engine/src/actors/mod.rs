//! The actors stage: find mentions of persons, states, organizations, groups
//! and media; tell states from places; merge mentions into actors.
//!
//! Passes, each in its own file:
//! 1. [`phrases`]: noun phrases around a group head or a role noun
//!    ("Russian troops", "the Ukrainian president", "both sides",
//!    "Officials from Ukraine and Russia", "the Turkish government").
//! 2. [`names`]: runs of capitalized words: titles, demonyms, countries and
//!    bodies from the lexicons, person names (known or not), organizations
//!    named by their head word ("State Administration Council").
//! 3. [`geo`]: a country or capital as a party (state) or as a location.
//! 4. [`merge`]: mentions into actors (last names, descriptions, capitals
//!    and "the Russian side" with the country, near-misspellings), display
//!    name, role and affiliation.

pub mod geo;
pub mod lex;
mod merge;
pub(crate) mod names;
pub(crate) mod phrases;
pub mod words;

#[cfg(test)]
mod tests;

use crate::document::{Actor, ActorKind};
use crate::text::Analysis;

/// What a mention refers to, for merging.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// A country as a party: canonical name.
    State(&'static str),
    /// An organization or outlet: canonical name (or the acronym as written).
    Body(String),
    /// A named person: the name's words as written.
    Person(Vec<String>),
    /// A person described without a name ("the Ukrainian president").
    Desc { role: &'static str, aff: Option<String> },
    /// A collective: sense of the head, affiliations, other modifiers.
    Group { sense: &'static str, aff: String, mods: String },
    /// "the government", "the authorities" without a country in sight.
    Government,
    /// "the alliance", "the group": a body named before. `head` is the head
    /// word; `loose` lets it refer to a body whose name lacks the head word;
    /// `fallback` is what the mention is when nothing fits (else it is dropped).
    Anaphor { head: String, loose: bool, fallback: Option<(Box<Key>, ActorKind)> },
}

/// One mention before merging.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    /// Token range of the span.
    pub s: usize,
    pub e: usize,
    pub kind: ActorKind,
    pub key: Key,
    /// Display name this mention suggests.
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub rule: &'static str,
    /// The head's sense for groups and bodies named by a group head ("rebels").
    pub sense: &'static str,
}

impl Cand {
    /// A mention of a country as a party.
    pub fn state(s: usize, e: usize, country: &'static str, rule: &'static str, sense: &'static str) -> Cand {
        Cand { s, e, kind: ActorKind::State, key: Key::State(country), name: country.to_string(), role: None, affiliation: Some(country.to_string()), rule, sense }
    }
}

/// Everything the passes share.
pub(crate) struct Ctx<'a> {
    pub a: &'a lex::View<'a>,
    /// Tokens already inside a mention (or deliberately left out).
    pub taken: Vec<bool>,
    pub cands: Vec<Cand>,
    /// Acronyms the text defines or uses as parties.
    pub acronyms: Vec<names::Acronym>,
    /// Acronyms given in parentheses after a mention: (acronym, key, kind, sense).
    pub aliases: Vec<(String, Key, ActorKind, &'static str)>,
    /// The country "North X" and "South X" named in the text, at first use.
    pub north_south: [std::cell::OnceCell<Option<&'static str>>; 2],
}

impl<'a> Ctx<'a> {
    fn new(a: &'a lex::View<'a>) -> Self {
        Ctx { a, taken: vec![false; a.tokens.len()], cands: Vec::with_capacity(a.tokens.len() / 4), acronyms: Vec::new(), aliases: Vec::new(), north_south: Default::default() }
    }
    pub fn free(&self, s: usize, e: usize) -> bool {
        self.taken[s..e].iter().all(|t| !t)
    }
    pub fn take(&mut self, s: usize, e: usize) {
        self.taken[s..e].iter_mut().for_each(|t| *t = true);
    }
    pub fn push(&mut self, c: Cand) {
        debug_assert!(c.s < c.e, "empty mention from {}", c.rule);
        if c.s >= c.e {
            return;
        }
        self.take(c.s, c.e);
        self.cands.push(c);
    }
}

pub fn run(a: &Analysis) -> Vec<Actor> {
    let view = lex::View::new(a);
    let mut ctx = Ctx::new(&view);
    if let Some((s, e)) = geo::author_note(&view) {
        ctx.take(s, e);
    }
    names::acronyms_and_persons(&mut ctx);
    names::long_forms(&mut ctx);
    phrases::run(&mut ctx);
    names::the_centre(&mut ctx);
    names::register_aliases(&mut ctx);
    names::run(&mut ctx);
    names::known_names(&mut ctx);
    names::late_aliases(&mut ctx);
    names::the_kingdom(&mut ctx);
    names::the_region(&mut ctx);
    let actors = merge::build(a, ctx.cands, geo::dateline_state(&view));
    view.keep();
    actors
}
