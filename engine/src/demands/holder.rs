//! Who holds a position: the subject of the trigger's clause, the speaker of
//! the quotation it is in, the reporter of the sentence ("…, X said"), the
//! owner of a noun trigger ("Putin's proposal", "the proposal by X"), with
//! pronouns resolved (he/she → the last person; they → the last group,
//! organization or state; I/we/you in a quotation → its speaker).

use super::context::{class, Ctx, Men};
use crate::document::ActorKind;

/// How a holder was found, for the demand's `rule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Subject,
    Speaker,
    Reporter,
    Owner,
    Agent,
    None,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Subject => "subject",
            Via::Speaker => "speaker of the quotation",
            Via::Reporter => "reporter",
            Via::Owner => "owner of the noun",
            Via::Agent => "agent after 'by'",
            Via::None => "none",
        }
    }
}

pub type Found = (Option<usize>, Via);


/// The actor a pronoun at token `i` stands for.
pub fn resolve_pronoun(ctx: &Ctx, i: usize) -> Found {
    let w = ctx.tok(i).to_ascii_lowercase();
    let person = |k: ActorKind| k == ActorKind::Person;
    let found = match w.as_str() {
        "he" | "him" | "his" | "she" | "her" | "himself" | "herself" => {
            // in a quotation, someone other than its speaker
            let speaker = ctx.quote_of(i).and_then(|q| ctx.quotes[q].speaker);
            let other = |k: ActorKind| k == ActorKind::Person;
            let found = sentence_subject(ctx, i, person).filter(|&a| Some(a) != speaker);
            found.or_else(|| previous_subject(ctx, i).filter(|&a| person(ctx.kind(a)) && Some(a) != speaker)).or_else(|| {
                let upto = ctx.mentions.partition_point(|m| m.start < i);
                ctx.mentions[..upto].iter().rev().find(|m| m.end <= i && other(ctx.kind(m.actor)) && Some(m.actor) != speaker).map(|m| m.actor)
            })
        }
        "they" | "them" | "their" | "themselves" => {
            let party = |k: ActorKind| matches!(k, ActorKind::Group | ActorKind::Organization | ActorKind::State);
            let (s, _) = ctx.sentence(i);
            // "X demanded … and said they would …": the speaker's side
            if let Some((_, a)) = speaker_before(ctx, i, "they", s).filter(|&(_, a)| party(ctx.kind(a))) {
                return (Some(a), Via::Subject);
            }
            // "They also asked …" opening a sentence: the subject before
            if ctx.is(i, "they") && i == s && s > 0 {
                if let Some(a) = sentence_subject(ctx, s - 1, party) {
                    return (Some(a), Via::Subject);
                }
            }
            // a group named earlier in the sentence, else the last party
            ctx.last_mention(i, |k| k == ActorKind::Group)
                .filter(|m| m.start >= s)
                .map(|m| m.actor)
                // "the rebels rejected a demand by X and said they would …"
                .or_else(|| sentence_subject(ctx, i, |k| k == ActorKind::Organization))
                .or_else(|| ctx.last_mention(i, |k| matches!(k, ActorKind::Group | ActorKind::Organization | ActorKind::State)).map(|m| m.actor))
        }
        "it" | "its" | "itself" => {
            let body = |k: ActorKind| matches!(k, ActorKind::State | ActorKind::Organization);
            let (s, _) = ctx.sentence(i);
            // "Benin proposed talks, but Niger said it would …": the speaker
            // of a clause after "but"/"and" (the sentence's subject otherwise)
            if let Some((v, a)) = speaker_before(ctx, i, "it", s).filter(|&(v, a)| v > s && body(ctx.kind(a))) {
                let upto = ctx.mentions.partition_point(|m| m.start < v);
                let own_clause = ctx.mentions[..upto].iter().rev().find(|m| m.end <= v && m.actor == a).is_some_and(|m| {
                    let b = if ctx.is(m.start.wrapping_sub(1), "the") { m.start.wrapping_sub(2) } else { m.start.wrapping_sub(1) };
                    b > s && ctx.has(b, class::COORD)
                });
                if own_clause {
                    return (Some(a), Via::Subject);
                }
            }
            // "It asked …" opening a sentence: the subject of the one before
            let opening = i == s || ctx.is_quote_mark(s) && i == s + 1;
            let before = (opening && s > 0).then(|| sentence_subject(ctx, s - 1, body)).flatten();
            // (not a plural: "the three governments")
            let singular = |m: &Men| !(ctx.is_lower_word(m.end - 1) && ctx.tok(m.end - 1).ends_with('s') && !ctx.tok(m.end - 1).ends_with("ss"));
            let last = || {
                let upto = ctx.mentions.partition_point(|m| m.start < i);
                ctx.mentions[..upto].iter().rev().find(|m| m.end <= i && body(ctx.kind(m.actor)) && singular(m)).map(|m| m.actor)
            };
            // "the army said it would …": a collective group in the singular
            let collective = || sentence_subject_mention(ctx, i).filter(|m| ctx.kind(m.actor) == ActorKind::Group && singular(m)).map(|m| m.actor);
            sentence_subject(ctx, i, body).or_else(collective).or(before).or_else(last)
        }
        _ if ctx.has(i, class::SPEAKER_PRONOUN) => {
            // (outside quotations, a release's issuer)
            let speaker = ctx.quote_of(i).map_or(ctx.issuer, |q| ctx.quotes[q].speaker);
            return (speaker, if speaker.is_some() { Via::Speaker } else { Via::None });
        }
        _ => None,
    };
    (found, Via::Subject)
}

/// "X said (that) [pronoun] …": the speech verb before the pronoun `word` at
/// `i` (in its sentence, from `s`) and that verb's subject.
fn speaker_before(ctx: &Ctx, i: usize, word: &str, s: usize) -> Option<(usize, usize)> {
    let v = if ctx.is(i.wrapping_sub(1), "that") { i.wrapping_sub(2) } else { i.wrapping_sub(1) };
    if !(ctx.is(i, word) && v < i && v >= s && ctx.is_speech_verb(v)) {
        return None;
    }
    match subject(ctx, v, false) {
        (Some(a), Via::Subject) => Some((v, a)),
        _ => None,
    }
}

/// "Dodik … remained defiant. He said …": a pronoun outside quotations that
/// opens its sentence (maybe after a quotation) continues the previous
/// sentence: the speaker of its quotation, else its subject outside quotations.
fn previous_subject(ctx: &Ctx, i: usize) -> Option<usize> {
    let (s, _) = ctx.sentence(i);
    // "He said he would …": the second as the first
    if s < i && ctx.is_any(s, &["he", "she"]) && ctx.is_any(i, &["he", "she"]) && (s + 1..i).all(|k| ctx.is_lower_word(k) && ctx.mention_at(k).is_none()) {
        return previous_subject(ctx, s);
    }
    if s == 0 || ctx.quote_of(i).is_some() || !(s..i).all(|k| ctx.quote_of(k).is_some() || ctx.is_punct(k)) {
        return None;
    }
    let (ps, _) = ctx.sentence(s - 1);
    if let Some(speaker) = (ps..s).find_map(|k| ctx.full_quote_of(k)).and_then(|q| ctx.quotes[q].speaker) {
        return Some(speaker);
    }
    let at = ctx.mentions.partition_point(|m| m.start < ps);
    let mut subjects = ctx.mentions[at..].iter().take_while(|m| m.end <= s).filter(|m| ctx.quote_of(m.start).is_none() && may_be_subject(ctx, **m));
    // ("Petro suspended …, but Velásquez warned …": the last speaker's clause)
    let first = subjects.next()?;
    let speaking = |m: &&Men| ctx.is_speech_verb(m.end) || (ctx.is_lower_word(m.end) && ctx.tok(m.end).ends_with("ly") && ctx.is_speech_verb(m.end + 1));
    Some(subjects.filter(speaking).last().unwrap_or(first).actor)
}

/// The subject of the sentence of a pronoun at `i` (before it), when of a
/// kind `want`: "the US warned Caracas … and said [it] would", "[Ali] told
/// the meeting … that [his] country …".
fn sentence_subject(ctx: &Ctx, i: usize, want: impl Fn(ActorKind) -> bool) -> Option<usize> {
    sentence_subject_mention(ctx, i).filter(|m| want(ctx.kind(m.actor))).map(|m| m.actor)
}

/// The first mention of the sentence of `i` (before it) that can be its subject.
fn sentence_subject_mention(ctx: &Ctx, i: usize) -> Option<Men> {
    let (s, _) = ctx.sentence(i);
    let at = ctx.mentions.partition_point(|m| m.start < s);
    ctx.mentions[at..].iter().take_while(|m| m.end <= i).find(|m| may_be_subject(ctx, **m)).copied()
}

/// Whether a mention can be a clause's subject: not a possessor ("Russia's
/// demand"), a cited outlet, the object of a preposition, a modifier of the
/// next noun ("the Kremlin spokesman") or before a hyphenated participle
/// ("Iran-backed").
fn may_be_subject(ctx: &Ctx, m: Men) -> bool {
    !ctx.is_possessive(m.end) && ctx.kind(m.actor) != ActorKind::Media && !after_preposition(ctx, m, 0) && !modifies_next(ctx, m) && !hyphen_participle(ctx, m.end)
}

/// "Kinshasa's administration", "the president's government": a body of the
/// possessor `m` the actor stage left unmarked, as the possessor's state (the
/// possessor itself when a state or an organization).
fn owned_body(ctx: &Ctx, m: Men) -> Option<usize> {
    let head = (m.end + 1..m.end + 3).find(|&h| ctx.has(h, class::BODY | class::COUNTRY | class::DOCUMENT))?;
    if (m.end + 1..head).any(|k| !ctx.is_lower_word(k) || ctx.has(k, u32::MAX)) || ctx.mention_at(head).is_some() {
        return None;
    }
    // "the bloc's statement called for …": the author
    if ctx.has(head, class::DOCUMENT) && !ctx.has(head, class::BODY | class::COUNTRY) {
        return Some(m.actor);
    }
    state_of(ctx, m.actor)
}

/// The actor itself when a state or organization, else the state named by its affiliation.
fn state_of(ctx: &Ctx, actor: usize) -> Option<usize> {
    if matches!(ctx.kind(actor), ActorKind::State | ActorKind::Organization) {
        return Some(actor);
    }
    affiliated_state(ctx, actor)
}

/// A definite description at token `i` that the actor stage left unmarked,
/// standing for a party named before ("the group", "the rebel movement",
/// "the kingdom", "the council"): as a mention of that party.
pub fn description(ctx: &Ctx, i: usize) -> Option<Men> {
    // "the summit's communiqué", "the meeting's final statement": its author,
    // else the last organization named before (the body that met)
    if ctx.is(i, "the") && ctx.is_lower_word(i + 1) && ctx.mention_at(i + 1).is_none() && ctx.is_possessive(i + 2) && !ctx.has(i + 1, u32::MAX) {
        let head = (i + 3..i + 5).find(|&h| ctx.has(h, class::DOCUMENT))?;
        if (i + 3..head).any(|k| !ctx.is_lower_word(k) || ctx.has(k, u32::MAX)) {
            return None;
        }
        let org = || ctx.last_mention(i, |k| k == ActorKind::Organization).filter(|m| i - m.end < 200).map(|m| m.actor);
        return document_author(ctx, head).or_else(org).map(|actor| Men { actor, start: i, end: head + 1 });
    }
    let owned = ctx.is_any(i, &["his", "her", "its", "their"]);
    let bare = bare_head(ctx, i);
    if !(owned || bare || ctx.is_any(i, &["the", "this"])) || ctx.mention_at(i + 1).is_some() && !bare {
        return None;
    }
    // "the group", "the rebel group", "the armed movement"
    let head = if bare { i } else { (i + 1..i + 3).find(|&h| ctx.has(h, class::COLLECTIVE | class::COUNTRY | class::BODY | class::DOCUMENT))? };
    if (i + 1..head).any(|k| !ctx.is_lower_word(k) || ctx.has(k, u32::MAX)) || ctx.mention_at(head).is_some() {
        return None;
    }
    let men = |actor: usize| Men { actor, start: i, end: head + 1 };
    if owned {
        // "his country", "its government": the owner's state
        if !(ctx.has(head, class::COUNTRY) || ctx.is_any(head, &["government", "administration"])) {
            return None;
        }
        let owner = resolve_pronoun(ctx, i).0?;
        return state_of(ctx, owner).map(men);
    }
    if ctx.has(head, class::DOCUMENT) {
        return document_author(ctx, head).map(men);
    }
    let word = ctx.tok(head).to_ascii_lowercase();
    // "the army", "the military": also a party named "junta" or "armed forces"
    let military = ["army", "military", "junta", "forces"];
    let same = |w: &str| w == word || w.strip_suffix('s') == Some(word.as_str()) || military.contains(&word.as_str()) && military.contains(&w);
    let holds = |text: &str| text.to_ascii_lowercase().split(|c: char| !c.is_alphanumeric()).any(same);
    let upto = ctx.mentions.partition_point(|m| m.start < i);
    // in a headline, the party is named in the text after it
    let (ss, se) = ctx.sentence(i);
    let headline = ctx.title_line(i).is_some();
    let after = ctx.mentions[ctx.mentions.partition_point(|m| m.start < se)..].iter().filter(|m| headline && ctx.kind(m.actor) != ActorKind::Media).take(40);
    let before = ctx.mentions[..upto].iter().rev().filter(|m| ctx.kind(m.actor) != ActorKind::Media).take(40).chain(after);
    let of_kind = |k: ActorKind| before.clone().find(|m| ctx.kind(m.actor) == k).map(|m| m.actor);
    // the last party whose name holds the word ("the party" after "the
    // Liberal Party", "the rebels" after "M23 rebels"), in the sentence first;
    // for a collective head ("the group", "the bloc") the last organization or
    // group of its sentence ("the rebels' spokesman said the group …"), else
    // the last organization, else (not a body head) the last group
    let local = before.clone().take_while(|m| m.start >= ss && m.start < i);
    let named = |m: &&Men| ctx.kind(m.actor) != ActorKind::Person && (holds(&ctx.actors[m.actor].name) || holds(&ctx.a.text()[ctx.a.span_of(m.start, m.end).range()]));
    let body = ctx.has(head, class::BODY);
    let collective = ctx.has(head, class::COLLECTIVE);
    let party = |m: &&Men| matches!(ctx.kind(m.actor), ActorKind::Organization | ActorKind::Group);
    let found = local.clone().find(named).map(|m| m.actor);
    let found = found.or_else(|| collective.then(|| local.clone().find(party).map(|m| m.actor)).flatten());
    let found = found.or_else(|| before.clone().find(named).map(|m| m.actor));
    let found = found.or_else(|| {
        if collective {
            of_kind(ActorKind::Organization).or_else(|| if body { None } else { of_kind(ActorKind::Group) })
        } else if ctx.has(head, class::COUNTRY) {
            // "the kingdom", "the country": the last state, or the state of
            // the last party affiliated to one ("a Saudi delegation headed by X
            // … X said the kingdom …")
            let state = |m: &Men| if ctx.kind(m.actor) == ActorKind::State { Some(m.actor) } else { affiliated_state(ctx, m.actor) };
            before.clone().find_map(state)
        } else {
            None
        }
    })?;
    Some(Men { actor: found, start: i, end: head + 1 })
}

/// "[Rwanda]-backed", "[Saudi]-led": a hyphen and a participle right after a
/// mention ending before `i` make it a modifier.
fn hyphen_participle(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, "-") && !ctx.a.tokens[i].space_before && ctx.is_lower_word(i + 1) && !ctx.a.tokens[i + 1].space_before && {
        let w = ctx.tok(i + 1);
        w.ends_with("ed") || w == "run" || w == "held"
    }
}

/// A head noun standing alone for a party: opening a headline ("Rebels
/// offer …", "Army wants …") or after a country name modifying it
/// ("Somalia rebels demand …").
fn bare_head(ctx: &Ctx, i: usize) -> bool {
    if !ctx.has(i, class::COLLECTIVE | class::BODY) || !ctx.is_word(i) || ctx.mention_at(i).is_some() {
        return false;
    }
    ctx.title_line(i).is_some_and(|first| i == first || ctx.is_speech_verb(i - 1)) || country_modifier(ctx, i)
}

/// Is a state's mention right before `i` only its modifier ("[Somalia] rebels")?
pub fn country_modifier(ctx: &Ctx, i: usize) -> bool {
    ctx.has(i, class::COLLECTIVE | class::BODY) && ctx.mention_at(i).is_none() && ctx.mention_ending(i).is_some_and(|m| ctx.kind(m.actor) == ActorKind::State && !ctx.is_possessive(m.end))
}

/// The state actor named by the affiliation of `actor`.
fn affiliated_state(ctx: &Ctx, actor: usize) -> Option<usize> {
    let aff = ctx.actors[actor].affiliation.as_deref()?;
    ctx.actors.iter().position(|a| a.kind == ActorKind::State && a.name == aff)
}

/// "X issued a statement. The statement called for …": the author of the
/// document named at `head`, from its last mention before ("X's plan",
/// "X issued a statement", "X submitted its response").
fn document_author(ctx: &Ctx, head: usize) -> Option<usize> {
    let word = ctx.tok(head);
    let k = (head.saturating_sub(150)..head.saturating_sub(1)).rev().find(|&k| ctx.tok(k).eq_ignore_ascii_case(word))?;
    if let Some((Some(a), _)) = of_noun(ctx, k, k + 1) {
        return Some(a);
    }
    None
}

/// Is the mention `m` governed by a preposition ("talks with Russia", "to
/// Russian President Vladimir Putin", "from Ukraine and Russia")?
fn after_preposition(ctx: &Ctx, m: Men, depth: usize) -> bool {
    let mut p = m.start;
    let mut lower = 0;
    // not across a sentence start (a headline ending "… for Talks")
    let (ss, _) = ctx.sentence(m.start);
    // skip determiners, titles and other capitalized words (not dates),
    // possessors, and up to two adjectives ("in north Kosovo")
    for _ in 0..5 {
        let Some(q) = p.checked_sub(1).filter(|&q| q >= ss) else { return false };
        let t = &ctx.a.tokens[q];
        let title_of = ctx.is(q, "of") && q > 0 && ctx.a.tokens[q - 1].is_capitalized(ctx.a.text()) && ctx.a.tokens[p].is_capitalized(ctx.a.text());
        let capitalized = t.is_word() && t.is_capitalized(ctx.a.text()) && ctx.mention_at(q).is_none() && !super::content::is_date_word(ctx, q);
        let adjective = lower < 2 && ctx.is_lower_word(q) && !ctx.has(q, u32::MAX) && !ctx.tok(q).ends_with("ly");
        // "envoy for Syria [Geir Pedersen]": a country's name ends the
        // phrase before a person's name
        let country = |k: usize| ctx.a.hits_at(k).iter().any(|h| h.list == crate::lexicon::List::Countries && h.end as usize == q + 1);
        if p == m.start && capitalized && ctx.kind(m.actor) == ActorKind::Person && (q.saturating_sub(3)..=q).any(country) {
            return false;
        }
        if ctx.is_determiner(q) && !ctx.is(q, "that") || capitalized || title_of || adjective {
            lower += usize::from(adjective);
            p = q;
        } else {
            break;
        }
    }
    let Some(q) = p.checked_sub(1).filter(|&q| q >= ss) else { return false };
    // "after", "before" open clauses too: "after Russia invaded …"
    if ctx.is_preposition(q) && !ctx.has(q, class::OPENER) {
        return true;
    }
    if depth < 4 && (ctx.is_any(q, &["and", "or"])) {
        if let Some(prev) = ctx.mention_ending(q) {
            return after_preposition(ctx, prev, depth + 1);
        }
    }
    false
}

/// Does the mention `m` only qualify the next one ("Ukraine president
/// Volodymyr Zelensky", "Hamas spokesperson Hazem Qassem")?
fn modifies_next(ctx: &Ctx, m: Men) -> bool {
    let text = ctx.a.text();
    // past an acronym in parentheses: "Kuomintang (KMT) chairman Eric Chu"
    let mut end = m.end;
    if ctx.is(end, ")") && m.start > 0 && ctx.is(m.start - 1, "(") {
        end += 1;
    } else if ctx.is(end, "(") && ctx.is(end + 2, ")") {
        end += 3;
    }
    for k in end..(end + 4).min(ctx.len()) {
        if ctx.mention_starting(k).is_some() {
            let last = k - 1;
            return k > end
                && (ctx.a.tokens[last].is_capitalized(text)
                    || ctx.word_class(last, "role")
                    || ctx.a.hits_at(last).iter().any(|h| h.list == crate::lexicon::List::Titles));
        }
        if !ctx.is_word(k) || ctx.has(k, class::AUX) {
            return false;
        }
    }
    false
}

/// A subject candidate starting at token `i`: an actor mention that is not
/// after a preposition nor a possessor, or a subject pronoun.
fn candidate(ctx: &Ctx, i: usize, expletive_it: bool) -> Option<Found> {
    if let Some(m) = ctx.mention_starting(i) {
        if ctx.kind(m.actor) == ActorKind::Media {
            return None;
        }
        let possessor = ctx.is_possessive(m.end);
        // "the leader of the Kuomintang (KMT), Eric Chu, called": an acronym
        // in parentheses names what came before
        if after_preposition(ctx, m, 0) || (m.start > 0 && ctx.is(m.start - 1, "(") && ctx.is(m.end, ")")) {
            return None;
        }
        if possessor {
            // "Kinshasa's administration", "Putin's government": the owner's state
            return owned_body(ctx, m).map(|a| (Some(a), Via::Subject));
        }
        // "Somalia rebels demand": the rebels, when named in the text;
        // "Rwanda-backed rebels", "Saudi-led coalition": no subject
        if modifies_next(ctx, m) || country_modifier(ctx, m.end) && description(ctx, m.end).is_some() || hyphen_participle(ctx, m.end) {
            return None;
        }
        return Some((Some(m.actor), Via::Subject));
    }
    if let Some(m) = description(ctx, i) {
        let possessor = ctx.is_possessive(m.end);
        if possessor || after_preposition(ctx, m, 0) {
            return None;
        }
        return Some((Some(m.actor), Via::Subject));
    }
    if ctx.has(i, class::SUBJECT_PRONOUN) {
        // "refers to it": an object
        if expletive_it && ctx.is(i, "it") || i > 0 && ctx.is_preposition(i - 1) && !ctx.has(i - 1, class::OPENER) {
            return None;
        }
        // "it" before "is/'s important" and the like is no one
        if ctx.is(i, "it") && ctx.is_any(i + 1, &["is", "'s", "was", "seems", "remains"]) {
            return None;
        }
        return Some(resolve_pronoun(ctx, i));
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// Sentence or quotation start.
    Start,
    /// The clause opens after token `i` (a complementizer, speech verb, punctuation).
    After(usize),
    /// A relative pronoun at `i`: the subject is its antecedent.
    Relative(usize),
}

/// Where the clause holding token `t` starts (not before `floor`).
fn clause_start(ctx: &Ctx, t: usize, floor: usize) -> (usize, Boundary) {
    let mut j = t;
    while j > floor {
        j -= 1;
        let quote_bound = ctx.is_quote_mark(j)
            && ctx.quote_marked(j).is_none_or(|q| !ctx.quotes[q].partial)
            && ctx.full_quote_of(t).is_none_or(|q| ctx.quotes[q].open == j);
        if ctx.is_any(j, &[";", ":"]) || quote_bound {
            return (j + 1, Boundary::After(j));
        }
        if ctx.is(j, ",") && ctx.has(floor, class::OPENER) && !ctx.is(floor, "that") && (floor..j).all(|k| !ctx.is(k, ",")) {
            // "As long as S, the government has …": the main clause
            return (j + 1, Boundary::After(j));
        }
        if ctx.is(j, ",") {
            // "X, who also chairs the council, has …": past the relative clause
            // (also one inside an apposition: "X, a town that has …, urged")
            if let Some(k) = (j.saturating_sub(30).max(floor)..j).rev().take_while(|&k| !ctx.is_any(k, &[";", ":"])).find(|&k| ctx.is(k, ",")) {
                let apposed_relative = || ctx.is_any(k + 1, &["a", "an"]) && (k + 2..j).any(|r| ctx.has(r, class::RELATIVE) || ctx.is(r, "that"));
                if ctx.has(k + 1, class::RELATIVE) || apposed_relative() {
                    j = k;
                    continue;
                }
            }
        }
        // "the group that …" opens a relative clause, "told Reuters that …" a complement
        let antecedent = ctx.mention_ending(j).is_some_and(|m| !(m.start > 0 && ctx.is_speech_verb(m.start - 1)));
        if ctx.has(j, class::RELATIVE) || (ctx.is(j, "that") && (antecedent || ctx.is(j.saturating_sub(1), ","))) {
            return (j + 1, Boundary::Relative(j));
        }
        if ctx.has(j, class::OPENER) && !(ctx.is(j, "as") && ctx.is_any(j + 1, &["well", "a", "the", "part"])) {
            return (j + 1, Boundary::After(j));
        }
        // "According to X, Y invited …": the clause after the source
        if ctx.is(j, "according") && ctx.is(j + 1, "to") {
            if let Some(c) = (j + 2..t).find(|&k| ctx.is(k, ",")) {
                return (c + 1, Boundary::After(c));
            }
        }
        if ctx.is_speech_verb(j) && j + 1 < t {
            return (j + 1, Boundary::After(j));
        }
        if ctx.has(j, class::COORD) && j + 1 < t && starts_clause(ctx, j + 1) {
            return (j + 1, Boundary::After(j));
        }
    }
    (floor, Boundary::Start)
}

/// Does a subject (mention or subject pronoun, maybe after "the") and its
/// verb start at `i` ("and Russia sought", not "and Miroslav Lajcak, …")?
fn starts_clause(ctx: &Ctx, i: usize) -> bool {
    let mut i = if ctx.is(i, "the") { i + 1 } else { i };
    // titles before a name: "and President Barack Obama is …"; up to two
    // adjectives before a mention: "but eastern authorities said …"
    let text = ctx.a.text();
    while i < ctx.len() && ctx.mention_starting(i).is_none() && ctx.a.tokens[i].is_word() && ctx.a.tokens[i].is_capitalized(text) && !ctx.has(i, class::SUBJECT_PRONOUN) {
        i += 1;
    }
    if let Some(k) = (i..i + 3).find(|&k| ctx.mention_starting(k).is_some()) {
        if (i..k).all(|j| ctx.is_lower_word(j) && !ctx.has(j, u32::MAX)) {
            i = k;
        }
    }
    let after = match ctx.mention_starting(i) {
        Some(m) => m.end,
        None if ctx.has(i, class::SUBJECT_PRONOUN) => i + 1,
        None => return false,
    };
    // "but the junta in Niamey said …": past where the subject sits
    let mut after = after;
    if ctx.is_any(after, &["in", "at"]) && after + 1 < ctx.len() && ctx.a.tokens[after + 1].is_capitalized(text) {
        after += 1;
        while after < ctx.len() && ctx.a.tokens[after].is_word() && ctx.a.tokens[after].is_capitalized(text) {
            after += 1;
        }
    }
    ctx.is_word(after) && !ctx.has(after, class::COORD | class::PREP)
}

/// The first token the subject search may look at for a trigger at `t`.
fn floor_of(ctx: &Ctx, t: usize) -> usize {
    let (s, _) = ctx.sentence(t);
    match ctx.full_quote_of(t) {
        Some(q) => s.max(ctx.quotes[q].open + 1),
        None => s,
    }
}

/// The subject of the clause of token `t`, going out to the enclosing
/// clauses ("X said that … would require") when the clause has none.
pub fn subject(ctx: &Ctx, t: usize, expletive_it: bool) -> Found {
    let floor = floor_of(ctx, t);
    let mut p = t;
    while p > floor && ctx.is_lower_word(p - 1) && (ctx.tok(p - 1).ends_with("ly") || ctx.is_any(p - 1, &["also", "still"])) {
        p -= 1;
    }
    // "with the bandits insisting on …": the mention right before an -ing verb
    // (not an object after a preposition: "sent a letter to the Council demanding …")
    if ctx.tok(t).ends_with("ing") {
        if let Some(m) = ctx.mention_ending(p) {
            let b = if m.start > 0 && ctx.is(m.start - 1, "the") { m.start.saturating_sub(2) } else { m.start.saturating_sub(1) };
            if !(m.start > 0 && ctx.is_preposition(b) && !ctx.is(b, "with")) {
                return (Some(m.actor), Via::Subject);
            }
        }
    }
    // "X said Moscow welcomed it and was ready to …": an auxiliary goes on
    // the clause of the verb before; "X said Y had erred and called on …",
    // "X expressed that …, and expressed hope …": a plain verb goes on the
    // sentence's first subject
    if let Some(c) = coordinated(ctx, t, floor) {
        if !ctx.is(c.saturating_sub(1), ",") && (c + 1..=t).any(|k| ctx.has(k, class::AUX)) {
            let found = subject_from(ctx, c, floor, expletive_it);
            if found.1 == Via::Subject {
                return found;
            }
        }
        if let Some(found) = (floor..t).find_map(|i| candidate(ctx, i, expletive_it)) {
            return found;
        }
    }
    subject_from(ctx, t, floor, expletive_it)
}

/// Does the verb at `t` share its subject through "and"/"but" ("… and called
/// for")? The conjunction's index.
fn coordinated(ctx: &Ctx, t: usize, floor: usize) -> Option<usize> {
    let mut p = t;
    for _ in 0..4 {
        if p <= floor {
            return None;
        }
        let q = p - 1;
        if ctx.is_any(q, &["and", "but"]) {
            return Some(q);
        }
        if ctx.has(q, class::AUX) || ctx.is_negation(q) || ctx.is_lower_word(q) && (ctx.tok(q).ends_with("ly") || ctx.is_any(q, &["also", "then", "later", "still"])) {
            p = q;
        } else {
            return None;
        }
    }
    None
}

fn subject_from(ctx: &Ctx, t: usize, floor: usize, expletive_it: bool) -> Found {
    let mut end = t;
    loop {
        let (cs, b) = clause_start(ctx, end, floor);
        let mut i = cs;
        while i < end {
            // "the treaty, which Delhi suspended, would …": not in the relative clause
            if ctx.is(i, ",") && ctx.has(i + 1, class::RELATIVE) {
                if let Some(k) = (i + 2..end).find(|&k| ctx.is(k, ",")) {
                    i = k + 1;
                    continue;
                }
            }
            if let Some(found) = candidate(ctx, i, expletive_it) {
                return found;
            }
            i += 1;
        }
        match b {
            Boundary::Start => break,
            Boundary::Relative(r) => {
                let mut k = r;
                if ctx.is(k.saturating_sub(1), ",") {
                    k -= 1;
                }
                if let Some(m) = ctx.mention_ending(k) {
                    return (Some(m.actor), Via::Subject);
                }
                // "the bloc's five-point plan, which calls for …": its owner
                if let Some(owner) = possessor_of_head(ctx, k) {
                    return (Some(owner), Via::Owner);
                }
                end = r;
            }
            Boundary::After(j) => {
                // a clause with no subject of its own reported by a speech
                // verb: the verb's subject ("X warned …, and said the
                // ceasefire would depend on …")
                if ctx.is_speech_verb(j) && j > floor {
                    let found = subject(ctx, j, expletive_it);
                    if found.0.is_some() {
                        return found;
                    }
                }
                end = j
            }
        }
        if end <= floor {
            break;
        }
    }
    match ctx.quote_of(t) {
        Some(q) => (ctx.quotes[q].speaker, Via::Speaker),
        None => (None, Via::None),
    }
}

/// The party owning a noun phrase that ends right before `k`, named by a
/// possessor before its lower-case words ("[the bloc]'s five-point consensus").
fn possessor_of_head(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut p = k;
    let function = class::AUX | class::DET | class::PREP | class::COORD | class::RELATIVE | class::OPENER | class::NEG;
    while p > 0 && k - p < 6 && (ctx.is_lower_word(p - 1) && !ctx.has(p - 1, function) || ctx.a.tokens[p - 1].kind == crate::text::tokens::TokKind::Number || ctx.is(p - 1, "-") && !ctx.a.tokens[p - 1].space_before) {
        p -= 1;
    }
    if p == k || p == 0 || !ctx.is_possessive(p - 1) {
        return None;
    }
    // "[the Front]'s position": a description of a party named before
    let described = || (p.saturating_sub(4)..p - 1).find_map(|i| description(ctx, i).filter(|m| m.end == p - 1)).map(|m| m.actor);
    ctx.mention_ending(p - 1).map(|m| m.actor).or_else(described)
}

/// The holder of a verb or adjective trigger at `t`: the clause subject,
/// else the quotation's speaker, else the sentence's reporter.
pub fn of_trigger(ctx: &Ctx, t: usize, expletive_it: bool) -> Found {
    let found = subject(ctx, t, expletive_it);
    if found.0.is_some() {
        return found;
    }
    let rep = trailing_reporter(ctx, t);
    if rep.0.is_some() {
        return rep;
    }
    lede_subject(ctx, t).or_else(|| next_attribution(ctx, t)).or_else(|| list_issuer(ctx, t)).unwrap_or(found)
}

/// "The Government: … 2. Calls on the Algerian authorities to …": a verb
/// opening a numbered or bulleted item is held by the subject of the line
/// that introduces the list (ending in a colon).
fn list_issuer(ctx: &Ctx, t: usize) -> Option<Found> {
    let tokens = &ctx.a.tokens;
    // the item's marker: "2.", "(b)", "•", "-" right before the verb, opening its line
    let mut k = t;
    while k > 0 && t - k < 4 && tokens[k].newlines_before == 0 && !ctx.a.tokens[k - 1].is_word() {
        k -= 1;
    }
    if k == t || tokens[k].newlines_before == 0 || k + 6 < t {
        return None;
    }
    // the lead-in: the nearest line before ending in a colon, within a few items
    let mut colon = None;
    for j in (k.saturating_sub(400)..k).rev() {
        if ctx.is(j, ":") && j + 1 < tokens.len() && tokens[j + 1].newlines_before > 0 {
            colon = Some(j);
            break;
        }
    }
    let colon = colon?;
    let line = (0..=colon).rev().find(|&j| tokens[j].newlines_before > 0 || j == 0)?;
    (line..colon).find_map(|i| ctx.mention_starting(i)).filter(|m| ctx.kind(m.actor) != ActorKind::Media).map(|m| (Some(m.actor), Via::Subject))
}

/// "… if the government fails to act. This was the statement of X on
/// Saturday": the party a next sentence opening "This was … of|from|by"
/// names.
fn next_attribution(ctx: &Ctx, t: usize) -> Option<Found> {
    let n = ctx.sentence(t).1;
    if n >= ctx.len() || !ctx.is_any(n, &["this", "that", "these"]) || !ctx.has(n + 1, class::BE) {
        return None;
    }
    let (_, ne) = ctx.sentence(n);
    let by = (n + 2..(n + 8).min(ne)).find(|&k| ctx.is_any(k, &["of", "from", "by"]))?;
    let mut last = None;
    let mut k = by + 1;
    while k < ne && !ctx.is_punct(k) && !ctx.has(k, class::PREP) {
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.kind(m.actor) != ActorKind::Media && !ctx.is_possessive(m.end) {
                last = Some(m.actor);
            }
            k = m.end;
        } else {
            k += 1;
        }
    }
    last.map(|a| (Some(a), Via::Reporter))
}

/// A headline whose subject names no party ("Oil Major Sets Conditions
/// For Restart"): the subject of the first sentence of the text after it.
fn lede_subject(ctx: &Ctx, t: usize) -> Option<Found> {
    ctx.title_line(t)?;
    let mut s = ctx.sentence(t).1;
    while s < ctx.len() && ctx.title_line(s).is_some() {
        s = ctx.sentence(s).1;
    }
    let (ss, se) = ctx.sentence(s.min(ctx.len().checked_sub(1)?));
    (ss..se).filter(|&i| !ctx.has(i, class::SUBJECT_PRONOUN)).find_map(|i| candidate(ctx, i, false)).filter(|f| f.0.is_some()).map(|f| (f.0, Via::Subject))
}

/// The holder of a modal ("X must …"): X is the addressee; the holder is the
/// speaker of the quotation or the reporter of the clause.
pub fn of_modal(ctx: &Ctx, t: usize) -> Found {
    let floor = floor_of(ctx, t);
    let (cs, b) = clause_start(ctx, t, floor);
    // "reiterated the Front's position that talks must …": the possessor
    if let Boundary::After(j) = b {
        if ctx.is(j, "that") && ctx.is_any(j.saturating_sub(1), &["position", "stance", "view", "demand", "insistence", "belief", "line"]) {
            if let Some(owner) = possessor_of_head(ctx, j) {
                return (Some(owner), Via::Owner);
            }
        }
    }
    // "We must …", "You have to …" inside a quotation: the speaker
    if let Some(q) = ctx.quote_of(t) {
        let outer = match b {
            Boundary::After(j) if j > floor && ctx.is_speech_verb(j) => subject_from(ctx, j, floor, false),
            _ => (None, Via::None),
        };
        if outer.0.is_some() && outer.1 == Via::Subject && !(cs..t).any(|i| ctx.has(i, class::SPEAKER_PRONOUN)) {
            return outer;
        }
        return (ctx.quotes[q].speaker, Via::Speaker);
    }
    if let Boundary::After(j) = b {
        if j > floor {
            let found = subject_from(ctx, j, floor, false);
            if found.0.is_some() {
                return (found.0, Via::Reporter);
            }
        }
    }
    let rep = trailing_reporter(ctx, t);
    if rep.0.is_none() {
        if let Some(found) = lede_subject(ctx, t) {
            return found;
        }
    }
    rep
}

/// "…, a peace conference said on Sunday": the actor of a speech verb after
/// a comma later in the sentence of `t`.
pub fn trailing_reporter(ctx: &Ctx, t: usize) -> Found {
    let (_, e) = ctx.sentence(t);
    let q = ctx.quote_of(t);
    let mut comma = None;
    for v in t + 1..e {
        if ctx.is(v, ",") || (ctx.is_quote_mark(v) && ctx.is(v.saturating_sub(1), ",")) {
            comma = Some(v);
            continue;
        }
        if ctx.quote_of(v).is_some() && ctx.quote_of(v) != q {
            continue;
        }
        let Some(c) = comma else { continue };
        if !ctx.is_speech_verb(v) || v - c > 9 {
            continue;
        }
        if let Some(found) = actor_around_speech_verb(ctx, c + 1, v) {
            return (found, Via::Reporter);
        }
    }
    (None, Via::None)
}

/// The speaker of a speech verb at `v` whose subject lies in `[from, v)`:
/// the last mention there, a pronoun before the verb, or "said X".
fn actor_around_speech_verb(ctx: &Ctx, from: usize, v: usize) -> Option<Option<usize>> {
    let mut last = None;
    for i in from..v {
        if let Some(m) = ctx.mention_starting(i) {
            last = Some(m.actor);
        }
    }
    if last.is_some() {
        return Some(last);
    }
    for i in from..v {
        if ctx.is_any(i, &["he", "she", "they", "it"]) {
            return Some(resolve_pronoun(ctx, i).0);
        }
    }
    // "said X", "said the delegate"
    for i in v + 1..(v + 4).min(ctx.len()) {
        if let Some(m) = ctx.mention_starting(i) {
            return Some(Some(m.actor));
        }
        if !(ctx.is_determiner(i) || ctx.a.tokens[i].is_capitalized(ctx.a.text())) {
            break;
        }
    }
    None
}

/// The speaker of quotation `qi`: `"…," X said`, `"…," said X`, `X said: "…"`.
pub fn quote_speaker(ctx: &Ctx, qi: usize) -> Option<usize> {
    let q = ctx.quotes[qi];
    // after: `," X said`
    let mut j = q.close + 1;
    if ctx.is(j, ",") {
        j += 1;
    }
    let (_, mut e) = if q.close < ctx.len() { ctx.sentence(q.close) } else { (0, 0) };
    // `"… at the table." X, the head of the commission, told reporters.`:
    // a short sentence of attribution right after a quotation closing its own
    if e <= j && j < ctx.len() && ctx.is_any(q.close - 1, &[".", "!", "?"]) && !ctx.is_quote_mark(j) && ctx.a.tokens[j].newlines_before <= 1 {
        let (ns, ne) = ctx.sentence(j);
        let verb = (j..(j + 12).min(ne)).find(|&v| ctx.is_speech_verb(v));
        let attribution = verb.is_some_and(|v| ne - v <= 8 && !(v + 1..ne).any(|k| ctx.is_quote_mark(k) || ctx.is(k, "that")));
        if ns == j && attribution {
            e = ne;
        }
    }
    // `," X, leader of the Y, which includes Z, told …`: a name and its
    // appositive, the verb further on
    let named = ctx.mention_starting(j).filter(|m| ctx.is(m.end, ",") && ctx.kind(m.actor) == ActorKind::Person);
    let limit = (j + if named.is_some() { 24 } else { 12 }).min(e.max(j)).min(ctx.len());
    for v in j..limit {
        if ctx.is_quote_mark(v) || ctx.is_any(v, &[".", "!", "?"]) {
            break;
        }
        if ctx.is_speech_verb(v) {
            if let Some(m) = named {
                return Some(m.actor);
            }
            if let Some(found) = actor_around_speech_verb(ctx, j, v) {
                return found;
            }
            break;
        }
    }
    // before: `X said, "…"`, `X stated: "…"`, `… on Monday: "…"`
    let mut k = q.open;
    while k > 0 && ctx.is_any(k - 1, &[",", ":"]) {
        k -= 1;
    }
    if q.partial {
        // `X said the talks would go on "until …"`: the last speech verb before
        let (ss, _) = ctx.sentence(q.open);
        let v = (ss..q.open).rev().find(|&v| ctx.is_speech_verb(v))?;
        return subject(ctx, v, false).0;
    }
    if k == 0 || k == q.open && !ctx.is_speech_verb(k - 1) {
        return None;
    }
    if ctx.is_speech_verb(k - 1) || ctx.is(k, ":") {
        let found = subject(ctx, k - 1 + usize::from(!ctx.is_speech_verb(k - 1)), false);
        return found.0;
    }
    None
}

/// The owner of a noun trigger at tokens `[s, e)`: a possessor ("Putin's
/// proposal", "our call"), a premodifier ("a U.S. proposal"), "by X" or
/// "of X" after it, or the subject of a verb that makes it ("X made a
/// proposal"). `None` when the noun has no owner in the text.
pub fn of_noun(ctx: &Ctx, s: usize, e: usize) -> Option<Found> {
    let mut p = s;
    // up to two adjectives: "Zelensky's new proposal" (no verb: "Kenya
    // rejects call for talks")
    let verb = |k: usize| ctx.is_speech_verb(k) || ctx.a.hits_at(k).iter().any(|h| h.list == crate::lexicon::List::Triggers);
    for _ in 0..2 {
        // (not a party's name: "a government ultimatum")
        if p > 0 && ctx.is_lower_word(p - 1) && !ctx.is_determiner(p - 1) && !ctx.is_preposition(p - 1) && !ctx.has(p - 1, class::AUX) && !verb(p - 1) && ctx.mention_at(p - 1).is_none() {
            p -= 1;
        }
    }
    if p > 0 {
        let q = p - 1;
        if ctx.is_possessive(q) {
            // a possessor the actor stage did not mark still owns the noun
            let named = q > 0 && ctx.a.tokens[q - 1].is_capitalized(ctx.a.text());
            return ctx.mention_ending(q).map(|m| (Some(m.actor), Via::Owner)).or(named.then_some((None, Via::Owner)));
        }
        if ctx.is_any(q, &["his", "her", "their", "its", "our", "my"]) {
            return Some(resolve_pronoun(ctx, q)).map(|(a, v)| (a, if v == Via::Subject { Via::Owner } else { v }));
        }
        if let Some(m) = ctx.mention_ending(p) {
            return Some((Some(m.actor), Via::Owner));
        }
        if let Some(actor) = demonym_actor(ctx, p) {
            return Some((Some(actor), Via::Owner));
        }
    }
    // after: "the proposal by X (, Y,) for", "the willingness of X to",
    // "an offer from X to"
    if ctx.is_any(e, &["by", "of", "from"]) {
        let mut last = None;
        let mut i = e + 1;
        while i < (e + 12).min(ctx.len()) && !ctx.is_any(i, &["for", "to", "that", "on", ".", ";"]) {
            if let Some(m) = ctx.mention_starting(i) {
                let possessor = ctx.is_possessive(m.end);
                if !possessor {
                    last = Some(m.actor);
                }
                i = m.end;
                continue;
            }
            i += 1;
        }
        if last.is_some() {
            return Some((last, if ctx.is_any(e, &["by", "from"]) { Via::Agent } else { Via::Owner }));
        }
    }
    // governing verb: "X made the proposal", "X extended an invitation"
    let mut v = s;
    while v > 0 && (ctx.is_any(v - 1, &["a", "an", "the", "its", "this", "new", "formal", "fresh", "separate"])) {
        v -= 1;
    }
    if v > 0 && ctx.word_class(v - 1, "produce") {
        return Some(of_trigger(ctx, v - 1, false));
    }
    // "X gave Kyiv an ultimatum", "X sent Hamas a proposal"
    if let Some(m) = ctx.mention_ending(v) {
        if m.start > 0 && ctx.word_class(m.start - 1, "produce") {
            return Some(of_trigger(ctx, m.start - 1, false));
        }
    }
    None
}

/// "a North Korean proposal": the actor of the country whose demonym ends at `p`.
fn demonym_actor(ctx: &Ctx, p: usize) -> Option<usize> {
    use crate::lexicon::List;
    let text = ctx.a.text();
    for n in 1..=2usize {
        let Some(s) = p.checked_sub(n) else { break };
        if !(s..p).all(|i| ctx.a.tokens[i].is_word() && ctx.a.tokens[i].is_capitalized(text)) {
            break;
        }
        let span = ctx.a.span_of(s, p);
        let words = &text[span.range()];
        for row in List::Countries.rows() {
            let demonyms = row.get(1).copied().unwrap_or("");
            if demonyms.split(',').any(|d| d.trim() == words) {
                let country = row[0].split('|').next().unwrap_or("").trim();
                if let Some(ai) = ctx.actors.iter().position(|a| {
                    a.kind == ActorKind::State && (a.name == country || a.affiliation.as_deref() == Some(country))
                }) {
                    return Some(ai);
                }
            }
        }
    }
    None
}

/// The first token of the clause holding token `t` (its subject's start).
pub fn clause_begin(ctx: &Ctx, t: usize) -> usize {
    clause_start(ctx, t, floor_of(ctx, t)).0
}

/// The subject of a main clause starting at `from` ("If S, [the NDF] will …"):
/// its first candidate before the verb.
pub fn main_clause_subject(ctx: &Ctx, from: usize, limit: usize) -> Found {
    for i in from..limit.min(from + 10) {
        if let Some(found) = candidate(ctx, i, false) {
            return found;
        }
        if ctx.has(i, class::AUX) {
            break;
        }
    }
    (None, Via::None)
}
