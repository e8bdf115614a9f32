//! Mentions into actors: full names and last names (and near-misspellings)
//! of one person, descriptions with the person they describe, a country
//! with its capital, government and "side", acronyms with their long form,
//! bare groups ("the delegates") with the group they repeat; then each
//! actor's display name, role and affiliation.

use super::words::{name_letter, same_name_word};
use super::{Cand, Key};
use crate::document::{Actor, ActorKind, Mention};
use crate::text::Analysis;
use crate::fast_hash::BuildFx;
use std::collections::HashMap;
use std::hash::BuildHasher;

struct Entity {
    kind: ActorKind,
    key: Key,
    /// Indices into the candidates.
    members: Vec<usize>,
}

/// Puts candidate `ci` into entity `found`, or into a new entity.
fn attach(ents: &mut Vec<Entity>, of: &mut [Option<usize>], ci: usize, found: Option<usize>, kind: ActorKind, key: &Key) {
    match found {
        Some(ei) => {
            ents[ei].members.push(ci);
            of[ci] = Some(ei);
        }
        None => new_entity(ents, of, ci, kind, key.clone()),
    }
}

/// A new entity of candidate `ci` alone (room for a few more: most
/// entities get more mentions, and a vector of one would grow twice).
fn new_entity(ents: &mut Vec<Entity>, of: &mut [Option<usize>], ci: usize, kind: ActorKind, key: Key) {
    of[ci] = Some(ents.len());
    let mut members = Vec::with_capacity(4);
    members.push(ci);
    ents.push(Entity { kind, key, members });
}

/// Puts candidate `ci` into the first entity with the same key and kind, or
/// into a new one. `by_hash` maps the hash of a key and kind to the first
/// entity with that hash: the text may have hundreds of entities.
fn join_same_key(ents: &mut Vec<Entity>, of: &mut [Option<usize>], by_hash: &mut HashMap<u64, usize, BuildFx>, ci: usize, kind: ActorKind, key: Key) {
    let key = match key {
        Key::Body(name) if !name.is_empty() && !name.contains('@') => Key::Body(body_key(&name)),
        key => key,
    };
    let h = BuildFx.hash_one((&key, kind));
    let found = match by_hash.get(&h) {
        None => None,
        Some(&ei) if ents[ei].key == key && ents[ei].kind == kind => Some(ei),
        // two keys with one hash: look them all over
        Some(_) => ents.iter().position(|e| e.key == key && e.kind == kind),
    };
    match found {
        Some(_) => attach(ents, of, ci, found, kind, &key),
        // (the key moved in, not cloned)
        None => new_entity(ents, of, ci, kind, key),
    }
    by_hash.entry(h).or_insert(ents.len() - 1);
}

/// The spelling of a body's name that merges: "Kurdish Workers' Party",
/// "Kurdish Workers Party" and "kurdish workers-party" are one; accents,
/// "and"/"&" and "the" do not matter either.
fn body_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace() || c == '-') {
        // each word written in place, taken back when empty or skipped
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        let at = out.len();
        out.extend(word.chars().filter(|c| !matches!(c, '\'' | '\u{2019}' | '.')).map(crate::text::case::lower_char).map(fold_accent));
        if out.len() == at || matches!(&out[at..], "and" | "&" | "the" | "et" | "y") {
            out.truncate(before);
        }
    }
    out
}

/// A lower-case Latin letter without its accent ("é" → "e").
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

/// "A" and the number `n`, written by hand (`format!` costs hundreds of
/// instructions, once per actor of every text).
pub(super) fn actor_id(n: usize) -> String {
    let mut digits = [0u8; 20];
    let (mut k, mut rest) = (digits.len(), n);
    loop {
        k -= 1;
        digits[k] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - k);
    id.push('A');
    id.extend(digits[k..].iter().map(|&b| char::from(b)));
    id
}

/// How well a group phrase fits a group seen before: None when they differ
/// (each has a modifier or an affiliation the other lacks), else the number
/// of words they share.
fn group_fit(aff: &str, mods: &str, aff2: &str, mods2: &str) -> Option<usize> {
    // affiliations are listed with ';', modifiers with ' ' (no allocation:
    // every group phrase is tried on every group of its sense)
    fn items(s: &str, sep: char) -> impl Iterator<Item = &str> + Clone {
        s.split(sep).map(str::trim).filter(|x| !x.is_empty())
    }
    // (the same group again, the common case: every item shared)
    if aff == aff2 && mods == mods2 {
        return Some(items(aff, ';').count() + items(mods, ' ').count());
    }
    let sub = |x: &str, y: &str, sep: char| items(x, sep).all(|w| items(y, sep).any(|v| v == w));
    let shared = |x: &str, y: &str, sep: char| items(x, sep).filter(|w| items(y, sep).any(|v| v == *w)).count();
    let (a1_empty, a2_empty) = (items(aff, ';').next().is_none(), items(aff2, ';').next().is_none());
    // affiliations equal or one unknown; modifiers one within the other
    let affs_ok = a1_empty || a2_empty || (sub(aff, aff2, ';') && sub(aff2, aff, ';'));
    if affs_ok && ((sub(aff, aff2, ';') && sub(mods, mods2, ' ')) || (sub(aff2, aff, ';') && sub(mods2, mods, ' '))) {
        Some(shared(aff, aff2, ';') + shared(mods, mods2, ' '))
    } else {
        None
    }
}

fn person_match(x: &[String], y: &[String]) -> bool {
    let (lx, ly) = (x.last().unwrap(), y.last().unwrap());
    if !same_name_word(lx, ly) {
        return false;
    }
    // "Al Jaber" in "Mohammed Al Jaber", "de la Calle" in "Humberto de la Calle"
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let suffix = short.iter().rev().zip(long.iter().rev()).all(|(p, q)| same_name_word(p, q));
    x.len() == 1 || y.len() == 1 || same_name_word(&x[0], &y[0]) || suffix
}

/// The one person whose full name has `w` as a middle word (not first, not
/// last): "Makuach" in "Deng Makuach Riak". None when two have it.
fn by_middle_name(ents: &[Entity], w: &str) -> Option<usize> {
    one_person(ents, |t| t.len() >= 3 && t[1..t.len() - 1].iter().any(|m| m == w))
}

/// The one person whose full name starts with `w`: "Tesfaye" for "Tesfaye
/// Gebre" (where people are called by their given name). None when two do.
fn by_first_name(ents: &[Entity], w: &str) -> Option<usize> {
    one_person(ents, |t| t.len() >= 2 && t[0] == w)
}

/// The one person whose full name starts with the words `ws` and goes on.
fn by_first_words(ents: &[Entity], ws: &[String]) -> Option<usize> {
    one_person(ents, |t| t.len() > ws.len() && t[..ws.len()] == *ws)
}

/// The one person whose name words pass `test`; None when none or two do.
fn one_person(ents: &[Entity], test: impl Fn(&[String]) -> bool) -> Option<usize> {
    let mut found = ents.iter().enumerate().filter(|(_, e)| matches!(&e.key, Key::Person(t) if test(t)));
    let first = found.next().map(|(i, _)| i);
    if found.next().is_some() { None } else { first }
}

/// Two roles of one person: equal, or one the other's last word ("envoy",
/// "Special Envoy"; "negotiator", "chief negotiator"). No allocation: this
/// runs for every description against every person.
/// Each role comes with its last word (`with_last`), found once.
fn same_role((x, x_last): (&str, &str), (y, y_last): (&str, &str)) -> bool {
    // equal roles share their last word too: most pairs stop here
    if !x_last.eq_ignore_ascii_case(y_last) {
        return false;
    }
    let lesser = |r: &str| ["vice", "deputy", "former", "assistant", "under", "opposition"].iter().any(|p| r.len() >= p.len() && r.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
    x.eq_ignore_ascii_case(y) || ((!x.contains(' ') || !y.contains(' ')) && !lesser(x) && !lesser(y))
}

/// A role with its last word, for `same_role`.
fn with_last(r: &str) -> (&str, &str) {
    (r, r.rsplit(' ').next().unwrap_or(r))
}

/// `home`: the state of the text's dateline, if any.
pub fn build(a: &Analysis, mut cands: Vec<Cand>, home: Option<&'static str>) -> Vec<Actor> {
    crate::sort::sort_by_key(&mut cands, |c| (c.s, c.e));
    let mut ents: Vec<Entity> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; cands.len()];

    // 1. persons with full names, then single names; persons are looked up
    // by the letter their last names share (`person_match` needs it)
    let mut persons_by_letter: Vec<Vec<usize>> = vec![Vec::new(); 256];
    let letter = |toks: &[String]| usize::from(toks.last().map_or(0, |w| name_letter(w)));
    for pass in 0..2 {
        for (ci, c) in cands.iter().enumerate() {
            let Key::Person(toks) = &c.key else { continue };
            if (pass == 0) != (toks.len() >= 2) {
                continue;
            }
            let mut matching = persons_by_letter[letter(toks)].iter().copied().filter(|&i| matches!(&ents[i].key, Key::Person(t) if person_match(t, toks)));
            // the nearest earlier mention wins when two persons share a name
            // (the first of equals; measured only then: most names match one person)
            let distance = |i: usize| ents[i].members.iter().map(|&m| cands[m].s).filter(|&s| s <= c.s).max().map_or(usize::MAX, |s| c.s - s);
            let found = matching.next().map(|first| {
                let mut best: Option<(usize, usize)> = None;
                for i in matching {
                    let (d, _) = *best.get_or_insert_with(|| (distance(first), first));
                    let di = distance(i);
                    if di < d {
                        best = Some((di, i));
                    }
                }
                best.map_or(first, |(_, i)| i)
            });
            // "Makuach" for "Deng Makuach Riak": a middle name used alone
            // ("Hassan Sheikh" for "Hassan Sheikh Mohamud": a name's first words)
            let found = found.or_else(|| if toks.len() == 1 { by_middle_name(&ents, &toks[0]).or_else(|| by_first_name(&ents, &toks[0])) } else { by_first_words(&ents, toks) });
            if found.is_none() {
                persons_by_letter[letter(toks)].push(ents.len());
            }
            attach(&mut ents, &mut of, ci, found, ActorKind::Person, &c.key);
        }
    }
    // an entity's roles and affiliations, read in place (no copies: these run
    // for every description against every person)
    fn roles_of<'c>(e: &'c Entity, cands: &'c [Cand]) -> impl Iterator<Item = &'c str> {
        e.members.iter().filter_map(|&m| cands[m].role.as_deref())
    }
    fn affs_of<'c>(e: &'c Entity, cands: &'c [Cand]) -> impl Iterator<Item = &'c str> {
        e.members.iter().filter_map(|&m| cands[m].affiliation.as_deref())
    }

    // 2. descriptions: the nearest named person with that role (and affiliation).
    // Each person's roles and affiliations are listed once and kept up to
    // date as descriptions join (every description is tried on every person).
    let persons = ents.len();
    let cs = &cands;
    let mut roles: Vec<Vec<(&str, &str)>> = ents
        .iter()
        .map(|e| {
            let mut r: Vec<(&str, &str)> = e.members.iter().filter_map(|&m| cs[m].role.as_deref()).flat_map(|r| r.split("; ")).map(with_last).collect();
            crate::sort::sort_by(&mut r, Ord::cmp);
            r.dedup();
            r
        })
        .collect();
    let mut affs: Vec<Vec<&str>> = ents.iter().map(|e| e.members.iter().filter_map(|&m| cs[m].affiliation.as_deref()).collect()).collect();
    // the persons by the first letter of their roles' last words, in order
    // (`same_role` needs the last words equal): a description is tried on those
    let letter_of = |(_, last): (&str, &str)| usize::from(last.as_bytes().first().map_or(0, u8::to_ascii_lowercase));
    let mut by_role: Vec<Vec<usize>> = vec![Vec::new(); 256];
    let enroll = |by_role: &mut Vec<Vec<usize>>, p: usize, r: (&str, &str)| {
        let list = &mut by_role[letter_of(r)];
        if let Err(at) = list.binary_search(&p) {
            list.insert(at, p);
        }
    };
    for (p, rs) in roles.iter().enumerate() {
        rs.iter().for_each(|&r| enroll(&mut by_role, p, r));
    }
    for (ci, c) in cands.iter().enumerate() {
        let Key::Desc { role, aff } = &c.key else { continue };
        // "a Pentagon spokesperson" is someone new unless the text named a
        // spokesperson of the Pentagon; "the spokesman" is the one named before
        let indefinite = a.tok(c.s).eq_ignore_ascii_case("a") || a.tok(c.s).eq_ignore_ascii_case("an");
        let role_last = with_last(role);
        let best = by_role[letter_of(role_last)]
            .iter()
            .copied()
            .filter(|&p| roles[p].iter().any(|&r| same_role(r, role_last)))
            .filter(|&p| {
                let same_aff = || affs[p].iter().any(|&x| Some(x) == aff.as_deref());
                if indefinite {
                    aff.is_some() && same_aff()
                } else {
                    aff.is_none() || affs[p].is_empty() || same_aff()
                }
            })
            .min_by_key(|&p| ents[p].members.iter().map(|&m| cands[m].s.abs_diff(c.s) + if cands[m].s > c.s { 1000 } else { 0 }).min().unwrap_or(usize::MAX));
        // "Wang Wenbin … a State Department spokesperson said … the spokesperson
        // said": the one described since the named one's last mention
        let best = match best {
            Some(b) if !indefinite && aff.is_none() => {
                let last_named = ents[b].members.iter().map(|&m| cands[m].s).filter(|&s| s < c.s).max();
                let described = (0..ci).rev().find(|&p| cands[p].s < c.s && of[p].is_some() && matches!(&cands[p].key, Key::Desc { role: r2, .. } if same_role(with_last(r2), role_last)));
                match described {
                    Some(p) if last_named.is_none_or(|l| l < cands[p].s) => of[p],
                    _ => Some(b),
                }
            }
            _ => best,
        };
        let best = best.or_else(|| {
            ents.iter().position(|e| matches!(&e.key, Key::Desc { role: r, aff: a2 } if r == role && (aff.is_none() || a2.is_none() || a2 == aff)))
        });
        // "the North Korean defense chief" after "Armed Forces Minister Kim Yong-chun":
        // the last titled person of that country named shortly before
        let best = best.or_else(|| {
            let aff = aff.as_ref()?;
            if !matches!(*role, "chief" | "head" | "leader") {
                return None;
            }
            ents.iter()
                .enumerate()
                .filter(|(_, e)| matches!(e.key, Key::Person(_)) && roles_of(e, &cands).next().is_some())
                .filter(|(_, e)| {
                    let titled = || roles_of(e, &cands).any(|r| r.contains("Minister") || r.contains("General") || r.contains("President"));
                    affs_of(e, &cands).any(|x| x == aff) || (affs_of(e, &cands).next().is_none() && titled())
                })
                .filter_map(|(i, e)| {
                    let last = e.members.iter().map(|&m| cands[m].s).filter(|&s| s < c.s && c.s - s < 120).max()?;
                    Some((last, i))
                })
                .max()
                .map(|(_, i)| i)
        });
        attach(&mut ents, &mut of, ci, best, ActorKind::Person, &c.key);
        if let Some(p) = best.filter(|&p| p < persons) {
            for r in c.role.as_deref().into_iter().flat_map(|r| r.split("; ")).map(with_last) {
                roles[p].push(r);
                enroll(&mut by_role, p, r);
            }
            affs[p].extend(c.affiliation.as_deref());
        }
    }

    // 3. the rest in text order
    let mut by_hash: HashMap<u64, usize, BuildFx> = HashMap::default();
    for (ei, e) in ents.iter().enumerate() {
        by_hash.entry(BuildFx.hash_one((&e.key, e.kind))).or_insert(ei);
    }
    let mut last_gov_state: Option<&'static str> = None;
    // the state last named as "the Government of X" with a capital: a
    // communiqué's "the Government" is its issuer's, whoever else acts between
    let mut formal_gov_state: Option<&'static str> = None;
    // `is_pair` of each candidate, found at the first question (a pair phrase
    // looks back over all the candidates before it)
    let pairs: Vec<std::cell::OnceCell<Option<u8>>> = vec![std::cell::OnceCell::new(); cands.len()];
    let pair = |p: usize| *pairs[p].get_or_init(|| is_pair(a, &cands[p]));
    // the entities of groups with modifiers or affiliations, by sense, among
    // the first `groups_seen` (entities keep their keys; new ones are added)
    // (a few senses: a list)
    let mut groups_by_sense: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut groups_seen = 0;
    for ci in 0..cands.len() {
        if of[ci].is_some() {
            continue;
        }
        let c = &cands[ci];
        // "both sides" … "the two governments": the pair named before
        let group_or_gov = matches!(&c.key, Key::Group { aff, .. } if aff.is_empty()) || c.key == Key::Government;
        if let Some(count) = if group_or_gov { pair(ci) } else { None } {
            // (else the rulers named as a plural before: "the juntas … the three governments")
            let rulers = |p: usize| matches!(&cands[p].key, Key::Group { .. }) && ["juntas", "regimes", "governments"].iter().any(|w| a.tok(cands[p].e - 1).eq_ignore_ascii_case(w));
            let counted = (0..ci).rev().find(|&p| of[p].is_some() && pair(p) == Some(count));
            if let Some(ei) = counted.or_else(|| (0..ci).rev().find(|&p| of[p].is_some() && rulers(p) && pair(p).is_none())).and_then(|p| of[p]) {
                let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                continue;
            }
        }
        // "the Allied Democratic Forces (ADF) rebels": the body named just before
        if matches!(c.key, Key::Group { .. }) {
            if let Some(ei) = body_before_parens(a, &cands, &of, ci) {
                let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                continue;
            }
        }
        let mut key = c.key.clone();
        let mut kind = c.kind;
        match &c.key {
            Key::State(country) => {
                if matches!(c.rule, "state by its government" | "government of a country") {
                    last_gov_state = Some(country);
                }
                if c.rule == "government of a country" && (c.s..c.e).any(|k| a.tok(k) == "Government") {
                    formal_gov_state = Some(country);
                }
                // "Brussels" stands for the EU in a text where the EU acts
                if c.rule == "capital as government" {
                    if let Some(org) = seated_body(&a.text()[a.tokens[c.s].start as usize..a.tokens[c.e - 1].end as usize]).filter(|&org| cands.iter().any(|x| matches!(&x.key, Key::Body(n) if n == org) || x.affiliation.as_deref() == Some(org))) {
                        key = Key::Body(org.to_string());
                        kind = ActorKind::Organization;
                    }
                }
            }
            Key::Government => {
                // "Maduro said his government was willing": the speaker's state
                // ("Cuban President Miguel Díaz-Canel, whose government …": his)
                // ("Eritrea's information minister, Yemane Gebremeskel, said the
                // government would not …": the speaker's)
                let reported = c.s >= 2 && a.tok(c.s - 1).eq_ignore_ascii_case("the") && {
                    let v = if a.tok(c.s - 2) == "that" { c.s.saturating_sub(3) } else { c.s - 2 };
                    matches!(a.tok(v), "said" | "says" | "added" | "insisted" | "stressed" | "warned") && c.e == c.s + 1
                };
                if c.s > 0 && (matches!(a.tok(c.s - 1), "his" | "her" | "His" | "Her" | "whose") || reported) {
                    if let Some(country) = speaker_state(&ents, &of, &cands, ci) {
                        last_gov_state = Some(country);
                    }
                }
                // "Council Says No … The Transitional Presidential Council said":
                // a council the text names, before or after
                // ("the national government": the "Government of X (GOX)" the
                // text names as a body when no state's government is in sight)
                let gov_body = || last_gov_state.is_none() && home.is_none() && a.tok(c.e - 1).eq_ignore_ascii_case("government");
                if (c.kind == ActorKind::Organization && a.tok(c.e - 1).eq_ignore_ascii_case("council")) || gov_body() {
                    if let Some(p) = named_body_headed(a, &cands, ci) {
                        join_candidate(&mut ents, &mut of, &mut by_hash, &cands, ci, p);
                        continue;
                    }
                }
                // "talks between the government and the rebels. Yaoundé denied…":
                // with no country's government named, the nearest capital standing for one
                if last_gov_state.is_none() && c.rule == "the government" {
                    // (the home state only for a bare "the government", not "the local government")
                    // ("the national government", "the transitional authorities" too)
                    let national = || c.e == c.s + 2 && ["national", "federal", "central", "transitional", "interim", "new", "current"].iter().any(|w| a.tok(c.s).eq_ignore_ascii_case(w));
                    let bare = c.e == c.s + 1 || national();
                    last_gov_state = nearest_capital_state(a, &cands, ci).or(home.filter(|_| bare));
                }
                // "the administration" in a text where the United States
                // acts: the US executive (other governments are not called so)
                let us = "United States";
                let administration = c.e == c.s + 1 && a.tok(c.s).eq_ignore_ascii_case("administration") && cands.iter().any(|x| x.key == Key::State(us) || x.affiliation.as_deref() == Some(us));
                let formal = c.e == c.s + 1 && a.tok(c.s) == "Government" && c.s > 0 && a.tok(c.s - 1).eq_ignore_ascii_case("the");
                let named = if formal { formal_gov_state.or(last_gov_state) } else { last_gov_state };
                if let Some(country) = if administration { Some(us) } else { named } {
                    key = Key::State(country);
                    kind = ActorKind::State;
                }
            }
            Key::Anaphor { head, loose, fallback } => {
                match antecedent(a, &ents, &of, &cands, ci, head, *loose) {
                    Some(ei) => {
                        let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                        attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                    }
                    None => {
                        if let Some((key, kind)) = fallback {
                            join_same_key(&mut ents, &mut of, &mut by_hash, ci, *kind, (**key).clone());
                        }
                    }
                }
                continue;
            }
            Key::Body(name) if name.is_empty() => {
                // "the group": the last armed body mentioned before
                let prev = (0..ci).rev().find(|&p| {
                    cands[p].kind == ActorKind::Organization && matches!(&cands[p].key, Key::Body(n) if !n.is_empty() && !n.contains('@'))
                });
                if let Some(ei) = prev.and_then(|p| of[p]) {
                    attach(&mut ents, &mut of, ci, Some(ei), kind, &key);
                }
                continue;
            }
            Key::Body(name) if name.contains('@') => {
                // "Netanyahu's office": keyed by the owner's actor
                let (sense, at) = name.split_once('@').unwrap();
                let owner_tok: usize = at.parse().unwrap_or(0);
                let owner = (0..cands.len()).find(|&p| p != ci && cands[p].s <= owner_tok && owner_tok < cands[p].e).and_then(|p| of[p]);
                // "the Ortega government": the person of that surname
                let owner = owner.or_else(|| {
                    let w = a.tok(owner_tok);
                    ents.iter().position(|e| matches!(&e.key, Key::Person(t) if t.last().is_some_and(|l| same_name_word(l, w))))
                });
                key = Key::Body(format!("{sense}@E{}", owner.map_or(owner_tok, |o| o + 100_000)));
                // "Petro's government": the state its owner belongs to
                if sense == "government" && cands[ci].name.ends_with("government") {
                    let country = owner.and_then(|o| ents[o].members.iter().find_map(|&m| cands[m].affiliation.as_deref().and_then(super::lex::country_named)));
                    if let Some(c) = country {
                        key = Key::State(c);
                        kind = ActorKind::State;
                    }
                }
            }
            Key::Group { sense, aff, mods } if aff.is_empty() && mods.is_empty() => {
                // "Rwanda must withdraw its troops": the owner's troops named before
                if let Some(p) = owned_group(a, &ents, &of, &cands, ci, sense) {
                    join_candidate(&mut ents, &mut of, &mut by_hash, &cands, ci, p);
                    continue;
                }
                // a bare group ("the rebels", "the delegates") repeats the last
                // phrase with its head, a group or a body ("M23 rebels")
                let prev_p = (0..ci).rev().find(|&p| cands[p].sense == *sense && of[p].is_some());
                let prev = prev_p.and_then(|p| of[p]);
                // "the rebels", "the militants": else the armed body the text is about
                let definite_at = |s: usize| s > 0 && a.tok(s - 1).eq_ignore_ascii_case("the");
                let definite = definite_at(c.s);
                let armed = || if definite && ARMED_MEMBERS.contains(sense) { armed_antecedent(&ents, &of, &cands, ci) } else { None };
                // (before one of some militants named bare: "dozens of
                // militants held in jail … the militants would hand over")
                let bare_before = prev_p.is_some_and(|p| !definite_at(cands[p].s) && matches!(&cands[p].key, Key::Group { aff, mods, .. } if aff.is_empty() && mods.is_empty()));
                let prev = if bare_before { armed().or(prev) } else { prev.or_else(armed) };
                // "the military" where a junta rules: the junta
                let junta = || (0..ci).rev().find(|&p| cands[p].rule == "junta").and_then(|p| of[p]);
                let prev = if definite && matches!(c.name.as_str(), "military" | "army") { junta().or(prev) } else { prev };
                if let Some(ei) = prev {
                    let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                    attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                    continue;
                }
            }
            Key::Group { sense, aff, mods } => {
                // the best compatible group: one's modifiers and affiliations within the other's
                for (ei, e) in ents.iter().enumerate().skip(groups_seen) {
                    // a group first seen bare ("forces") is no home for a specific one
                    if let Key::Group { sense: s2, aff: a2, mods: m2 } = &e.key {
                        if !(a2.is_empty() && m2.is_empty()) {
                            match groups_by_sense.iter_mut().find(|(s, _)| s == s2) {
                                Some((_, list)) => list.push(ei),
                                None => groups_by_sense.push((s2, vec![ei])),
                            }
                        }
                    }
                }
                groups_seen = ents.len();
                let best = groups_by_sense
                    .iter()
                    .find(|(s, _)| s == sense)
                    .map(|(_, list)| list)
                    .into_iter()
                    .flatten()
                    .filter_map(|&ei| match &ents[ei].key {
                        Key::Group { aff: a2, mods: m2, .. } => group_fit(aff, mods, a2, m2).map(|f| (f, ei)),
                        _ => None,
                    })
                    .max()
                    .map(|(_, ei)| ei);
                if best.is_some() {
                    attach(&mut ents, &mut of, ci, best, kind, &key);
                    continue;
                }
                // "the holdout rebels": the armed body the text is about
                let definite = c.s > 0 && a.tok(c.s - 1).eq_ignore_ascii_case("the");
                if definite && aff.is_empty() && ARMED_MEMBERS.contains(sense) && mods.split(' ').all(|m| ["holdout", "remaining", "armed", "rebel", "main"].contains(&m)) {
                    if let Some(ei) = armed_antecedent(&ents, &of, &cands, ci) {
                        let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                        attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                        continue;
                    }
                }
            }
            // "its coast guard": the coast guard named before ("the Chinese coast guard")
            Key::Body(name) if c.rule == "body by its head noun" && *name == c.sense => {
                let named = |k: &Key| matches!(k, Key::Body(n) if n.len() > name.len() + 1 && n.as_bytes()[n.len() - name.len() - 1] == b' ' && n[n.len() - name.len()..].eq_ignore_ascii_case(name));
                if let Some(ei) = (0..ci).rev().filter_map(|p| of[p]).find(|&ei| named(&ents[ei].key)) {
                    let (k, key) = (ents[ei].kind, ents[ei].key.clone());
                    attach(&mut ents, &mut of, ci, Some(ei), k, &key);
                    continue;
                }
            }
            _ => {}
        }
        join_same_key(&mut ents, &mut of, &mut by_hash, ci, kind, key);
    }

    // 4. actors in order of first mention
    let mut order: Vec<usize> = (0..ents.len()).filter(|&e| !ents[e].members.is_empty()).collect();
    // (each entity's first mention found once, not at every comparison)
    let first: Vec<Option<usize>> = ents.iter().map(|e| e.members.iter().map(|&m| cands[m].s).min()).collect();
    crate::sort::sort_by_key(&mut order, |&e| first[e]);
    let mut actors = Vec::with_capacity(order.len());
    for ei in order {
        let e = &ents[ei];
        let mut members = e.members.clone();
        crate::sort::sort_by_key(&mut members, |&m| cands[m].s);
        members.dedup();
        let name = display_name(e, &members, &cands);
        let role = members.iter().find_map(|&m| cands[m].role.clone());
        let affiliation = match &e.key {
            Key::State(c) => Some(c.to_string()),
            _ => members.iter().find_map(|&m| cands[m].affiliation.clone()),
        };
        actors.push(Actor {
            id: actor_id(actors.len() + 1),
            name,
            kind: e.kind,
            role: if e.kind == ActorKind::Person { role } else { None },
            affiliation,
            mentions: members.iter().map(|&m| Mention { span: a.span_of(cands[m].s, cands[m].e), rule: cands[m].rule.into() }).collect(),
        });
    }
    actors
}

/// The body of an acronym in parentheses right before a lower-case group
/// ("the Allied Democratic Forces (ADF) rebels").
fn body_before_parens(a: &Analysis, cands: &[Cand], of: &[Option<usize>], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    if c.s < 3 || a.tok(c.s - 1) != ")" || a.tok(c.s - 3) != "(" || !(c.s..c.e).all(|k| a.tokens[k].case == crate::text::tokens::Case::Lower) {
        return None;
    }
    let p = (0..ci).rev().take_while(|&p| cands[p].e + 3 >= c.s).find(|&p| cands[p].s == c.s - 2 && cands[p].kind == ActorKind::Organization)?;
    of[p]
}

/// The state of the person named last before `ci` (within a few sentences'
/// reach), from any of that person's mentions ("Venezuelan President Nicolás
/// Maduro … his government").
fn speaker_state(ents: &[Entity], of: &[Option<usize>], cands: &[Cand], ci: usize) -> Option<&'static str> {
    let c = &cands[ci];
    let p = (0..ci).rev().take_while(|&p| c.s - cands[p].s < 60).find(|&p| cands[p].kind == ActorKind::Person)?;
    let e = &ents[of[p]?];
    e.members.iter().find_map(|&m| cands[m].affiliation.as_deref().and_then(super::lex::country_named))
}

/// The country of the capital standing for its government ("Yaoundé
/// denied") in the few words after candidate `ci`: a capital before it
/// more often stands for a foreign party ("Washington urged the authorities").
fn nearest_capital_state(a: &Analysis, cands: &[Cand], ci: usize) -> Option<&'static str> {
    let c = &cands[ci];
    // (in the same sentence the capital is the government's counterpart,
    // and so is it named again: "the government had asked Kigali for
    // troops. Kigali agreed")
    let near = |p: &&Cand| p.rule == "capital as government" && p.s > c.s && p.s - c.s < 30;
    let counterpart = |p: &Cand| cands.iter().filter(near).any(|q| q.key == p.key && a.sentence_of[q.s] == a.sentence_of[c.s]);
    cands
        .iter()
        .filter(|p| near(p) && !counterpart(p))
        .min_by_key(|p| p.s)
        .and_then(|p| if let Key::State(country) = p.key { Some(country) } else { None })
}

/// Puts candidate `ci` into the entity of candidate `p`; when `p` is named
/// later (no entity yet), under `p`'s key, which `p` will find.
fn join_candidate(ents: &mut Vec<Entity>, of: &mut [Option<usize>], by_hash: &mut HashMap<u64, usize, BuildFx>, cands: &[Cand], ci: usize, p: usize) {
    match of[p] {
        Some(ei) => {
            let (k, key) = (ents[ei].kind, ents[ei].key.clone());
            attach(ents, of, ci, Some(ei), k, &key);
        }
        None => join_same_key(ents, of, by_hash, ci, cands[p].kind, cands[p].key.clone()),
    }
}

/// The body whose name is headed by the word a council phrase ends in
/// ("Council" for "the Transitional Presidential Council"), or that is a
/// "Government of X" for a government phrase:
/// the nearest named before, else the first named after.
fn named_body_headed(a: &Analysis, cands: &[Cand], ci: usize) -> Option<usize> {
    let head = a.tok(cands[ci].e - 1);
    let named = |n: &str| if head.eq_ignore_ascii_case("government") { n.starts_with("Government of ") } else { n.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head)) };
    let headed = |p: &usize| *p != ci && cands[*p].e - cands[*p].s >= 2 && matches!(&cands[*p].key, Key::Body(n) if named(n));
    (0..ci).rev().find(headed).or_else(|| (ci + 1..cands.len()).find(headed))
}

/// "Ankara to pull its troops", "Déby threatened to pull his troops": the
/// nearest mention of a group of that sense whose affiliation is the country
/// of the state or person named last before the possessive in the sentence.
fn owned_group(a: &Analysis, ents: &[Entity], of: &[Option<usize>], cands: &[Cand], ci: usize, sense: &str) -> Option<usize> {
    let c = &cands[ci];
    if c.s == 0 || !["its", "his", "her", "their"].iter().any(|w| a.tok(c.s - 1).eq_ignore_ascii_case(w)) {
        return None;
    }
    let sent = a.sentence_of[c.s];
    let owner = (0..ci).rev().take_while(|&p| a.sentence_of[cands[p].s] == sent).find(|&p| matches!(cands[p].kind, ActorKind::State | ActorKind::Person))?;
    let country: &str = match &cands[owner].key {
        Key::State(country) => country,
        _ => {
            let ei = of[owner]?;
            ents[ei].members.iter().find_map(|&m| cands[m].affiliation.as_deref().and_then(super::lex::country_named))?
        }
    };
    // the nearest such group, before or after ("… its troops out. Turkish troops …")
    let fits = |p: usize| matches!(&cands[p].key, Key::Group { sense: s2, aff, .. } if *s2 == sense && aff.split(';').any(|x| x.trim() == country));
    (0..cands.len()).filter(|&p| p != ci && fits(p)).min_by_key(|&p| cands[p].s.abs_diff(c.s))
}

/// A phrase for the two (or three) parties of a conflict: "both sides",
/// "the two countries", "two governments", "the three capitals", "the
/// (nuclear-armed) neighbours": how many they are.
fn is_pair(a: &Analysis, c: &Cand) -> Option<u8> {
    let last = a.tok(c.e - 1);
    if !["sides", "countries", "governments", "nations", "capitals", "neighbours", "neighbors", "parties", "defectors", "juntas", "regimes"].iter().any(|w| last.eq_ignore_ascii_case(w)) {
        return None;
    }
    let counted = |k: usize| {
        let w = a.tok(k);
        if w.eq_ignore_ascii_case("both") || w.eq_ignore_ascii_case("two") {
            Some(2)
        } else {
            w.eq_ignore_ascii_case("three").then_some(3)
        }
    };
    match c.e - c.s {
        _ if last.len() > 7 && last[..7].eq_ignore_ascii_case("neighbo") => (c.e - c.s <= 4).then_some(2),
        1 if c.s > 0 => counted(c.s - 1),
        2 => counted(c.s),
        _ => None,
    }
}

/// The organization a capital stands for in the news (`seats.tsv`:
/// "Brussels" for the European Union), if any.
fn seated_body(capital: &str) -> Option<&'static str> {
    let list = crate::lexicon::List::Seats;
    list.rows().iter().find(|row| row[0].split('|').any(|alt| alt == capital)).and_then(|row| row.get(1).copied())
}

/// Senses of heads that name the members of an armed body ("the rebels").
const ARMED_MEMBERS: &[&str] = &["rebels", "fighters", "militants", "insurgents", "guerrillas", "militia", "jihadists", "separatists"];

/// The armed body mentioned most often in the stretch before `ci` (the
/// nearest on a tie): a lexicon body of type armed, or a name like "…
/// Liberation Army", "… Support Forces", "… Front".
fn armed_antecedent(ents: &[Entity], of: &[Option<usize>], cands: &[Cand], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    let armed = |p: usize| is_armed(&cands[p]);
    let window: Vec<usize> = (0..ci).rev().take_while(|&p| c.s - cands[p].s < 300).filter(|&p| cands[p].e <= c.s && of[p].is_some() && armed(p)).collect();
    window.iter().map(|&p| of[p].unwrap()).filter(|&ei| ents[ei].kind == ActorKind::Organization).max_by_key(|&ei| {
        (window.iter().filter(|&&p| of[p] == Some(ei)).count(), std::cmp::Reverse(window.iter().position(|&p| of[p] == Some(ei))))
    })
}

/// An armed body: a lexicon body of type armed, or a name like "…
/// Liberation Army", "… Support Forces", "… Front".
fn is_armed(c: &Cand) -> bool {
    const ARMED_WORDS: &[&str] = &["Army", "Forces", "Front", "Movement", "Brigade", "Brigades", "Militia", "Liberation", "Alliance", "Taliban", "Jihad"];
    c.kind == ActorKind::Organization && (c.sense == "armed" || ARMED_WORDS.iter().any(|w| c.name.split(' ').any(|x| x == *w)))
}

/// The body an anaphor ("the alliance", "the group") stands for: the
/// nearest earlier organization whose name has the head word; else, for a
/// loose anaphor, one in the same sentence, or the one mentioned most often
/// in the last stretch of text.
fn antecedent(a: &Analysis, ents: &[Entity], of: &[Option<usize>], cands: &[Cand], ci: usize, head: &str, loose: bool) -> Option<usize> {
    let c = &cands[ci];
    let alts = anaphor_alternatives(head);
    let has_head = |name: &str| name.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(head) || alts.iter().any(|x| w.eq_ignore_ascii_case(x)));
    let body = |p: usize| of[p].is_some_and(|ei| ents[ei].kind == ActorKind::Organization && (matches!(&ents[ei].key, Key::Body(n) if !n.is_empty() && !n.contains('@')) || ents[ei].key == Key::Government));
    // the bodies mentioned in the last 600 tokens, nearest first
    let before: Vec<usize> = (0..ci).rev().take_while(|&p| c.s - cands[p].s < 600).filter(|&p| cands[p].e <= c.s && of[p].is_some() && body(p)).collect();
    // a name headed by the word ("Three Brotherhood Alliance" for "the alliance"), else one containing it
    // (the head of "X of Y" is before "of": "[Confederation] of Sahel States",
    // not "Council of Ministers of the Confederation")
    let last_is_head = |name: &str| {
        let name = name.split(" of ").next().unwrap_or(name);
        name.split(|ch: char| !ch.is_alphanumeric()).rfind(|w| !w.is_empty()).is_some_and(|w| w.eq_ignore_ascii_case(head))
    };
    // "the Multinational Security Support (MSS) mission": the word after a mention
    let head_after = |m: usize| {
        let mut k = cands[m].e;
        if k + 2 < a.tokens.len() && a.tok(k) == "(" && a.tok(k + 2) == ")" {
            k += 3;
        }
        k < a.tokens.len() && a.tokens[k].case == crate::text::tokens::Case::Lower && (a.tok(k).eq_ignore_ascii_case(head) || alts.iter().any(|x| a.tok(k).eq_ignore_ascii_case(x)))
    };
    // "the company": a body with a company's sense
    let typed_sense = |m: usize| !cands[m].sense.is_empty() && cands[m].sense == anaphor_sense(head);
    let typed_fit = |m: usize| head_after(m) || typed_sense(m);
    let headed = |m: usize| last_is_head(&cands[m].name);
    let fits = |m: usize| has_head(&cands[m].name) || typed_fit(m);
    for test in [&headed as &dyn Fn(usize) -> bool, &fits] {
        // each body's mentions are tested once, however often it was mentioned
        let mut failed: Vec<usize> = Vec::new();
        for &p in &before {
            let ei = of[p].unwrap();
            if failed.contains(&ei) {
                continue;
            }
            if ents[ei].members.iter().any(|&m| test(m)) {
                return Some(ei);
            }
            failed.push(ei);
        }
    }
    if !loose {
        return None;
    }
    let window: Vec<usize> = before.into_iter().filter(|&p| c.s - cands[p].s < 150).collect();
    let first = *window.first()?;
    // "the group", "the movement": the nearest armed body, not a party or a mediator named since
    let heads_sentence = |p: usize| {
        let s0 = a.sentences[a.sentence_of[cands[p].s] as usize].start as usize;
        (s0..cands[p].s).all(|k| !a.tokens[k].is_word() || a.tok(k).eq_ignore_ascii_case("the"))
    };
    // ("An M23 spokesman said the group…": the speaker's body first; an
    // armed body heading its sentence before one named inside it)
    if matches!(head, "group" | "movement") {
        let sent = a.sentence_of[c.s];
        let speaker_body = (0..ci).rev().take_while(|&p| a.sentence_of[cands[p].s] == sent).find_map(|p| {
            let aff = cands[p].affiliation.as_deref().filter(|_| cands[p].kind == ActorKind::Person)?;
            window.iter().find(|&&q| cands[q].name == aff)
        });
        let armed = || window.iter().filter(|&&p| is_armed(&cands[p]));
        if let Some(&p) = speaker_body.or_else(|| armed().find(|&&p| heads_sentence(p))).or_else(|| armed().next()) {
            return of[p];
        }
    }
    if a.sentence_of[cands[first].s] == a.sentence_of[c.s] {
        return of[first];
    }
    // the body mentioned most often in the window, as a subject heading its
    // sentence if a tie, else the nearest
    window.iter().map(|&p| of[p].unwrap()).max_by_key(|&ei| {
        let mine = || window.iter().filter(|&&p| of[p] == Some(ei));
        (mine().count(), mine().any(|&p| heads_sentence(p)), std::cmp::Reverse(window.iter().position(|&p| of[p] == Some(ei))))
    })
}

/// Other head words of the names an anaphor may stand for: a junta is often
/// named a council, a mission a force or an operation.
fn anaphor_alternatives(head: &str) -> &'static [&'static str] {
    match head {
        "junta" | "regime" => &["junta", "regime", "council", "committee"],
        "mission" | "force" => &["mission", "force", "forces", "operation"],
        "company" | "firm" => &["company", "firm", "corporation", "corp", "inc", "ltd", "plc", "holdings", "lng"],
        "court" | "tribunal" => &["court", "tribunal"],
        "bloc" => &["bloc", "union", "community", "association"],
        "panel" | "commission" | "committee" => &["panel", "commission", "committee", "team", "board", "body"],
        _ => &[],
    }
}

/// The sense a candidate carries when it is a body of the anaphor's type.
fn anaphor_sense(head: &str) -> &'static str {
    match head {
        "company" | "firm" => "company",
        _ => "",
    }
}

fn display_name(e: &Entity, members: &[usize], cands: &[Cand]) -> String {
    match &e.key {
        Key::State(c) => c.to_string(),
        Key::Person(_) | Key::Desc { .. } => {
            // the fullest name; among equally full ones the most frequent spelling
            let names: Vec<&Cand> = members.iter().map(|&m| &cands[m]).filter(|c| matches!(c.key, Key::Person(_))).collect();
            if names.is_empty() {
                return cands[members[0]].name.clone();
            }
            let longest = names.iter().map(|c| c.name.split_whitespace().count()).max().unwrap_or(1);
            let mut best: Option<(&str, usize)> = None;
            for c in names.iter().filter(|c| c.name.split_whitespace().count() == longest) {
                let votes = names.iter().filter(|d| d.name == c.name).count()
                    + names.iter().filter(|d| c.name.ends_with(d.name.as_str())).count();
                if best.is_none_or(|(_, v)| votes > v) {
                    best = Some((&c.name, votes));
                }
            }
            best.map(|(n, _)| n.to_string()).unwrap_or_default()
        }
        _ => {
            // the longest name among the mentions of the entity's own kind
            let own = |m: &&usize| std::mem::discriminant(&cands[**m].key) == std::mem::discriminant(&e.key);
            let pick = |own_only: bool| members.iter().filter(|m| !own_only || own(m)).map(|&m| cands[m].name.as_str()).filter(|n| !n.is_empty()).max_by_key(|n| n.len());
            pick(true).or_else(|| pick(false)).unwrap_or("").to_string()
        }
    }
}
