//! What every rule of the demands stage reads: actor mentions by token,
//! quotations and their speakers, and small word tests.

use crate::document::{Actor, ActorKind};
use crate::lexicon::List;
use crate::text::tokens::TokKind;
use crate::text::Analysis;

/// One actor mention as a token range.
#[derive(Debug, Clone, Copy)]
pub struct Men {
    pub actor: usize,
    pub start: usize,
    pub end: usize,
}

/// A quotation: tokens strictly between the marks `open` and `close`.
#[derive(Debug, Clone, Copy)]
pub struct Quote {
    pub open: usize,
    /// The closing mark, or the first token after the line when unclosed.
    pub close: usize,
    /// The actor who says it, when attributed.
    pub speaker: Option<usize>,
    /// A quotation inside a sentence of the reporter's ("said the group
    /// would accept "X" only …", "the kingdom was ready "to talk""): its
    /// words belong to the sentence's clauses, its marks bound nothing.
    pub partial: bool,
}

pub struct Ctx<'a> {
    pub a: &'a Analysis,
    pub actors: &'a [Actor],
    /// Mentions in token order.
    pub mentions: Vec<Men>,
    /// For each token, the index in `mentions` of the mention covering it.
    men_at: Vec<u32>,
    pub quotes: Vec<Quote>,
    /// For each token, the quotation it is inside (marks excluded).
    quote_at: Vec<u32>,
    /// For each token, its [`class`] bits.
    classes: Vec<u32>,
    /// The body or state issuing the text when it is a press release or
    /// statement: who "we" is outside quotations.
    pub issuer: Option<usize>,
}

const NONE: u32 = u32::MAX;

/// Word classes of a token (`demand_words.tsv`), as bits ([`Ctx::has`]).
pub mod class {
    /// A preposition: a mention right after one is not a subject.
    pub const PREP: u32 = 1;
    /// A determiner or possessive pronoun: a trigger word after one is a noun.
    pub const DET: u32 = 1 << 1;
    /// An auxiliary or the verb "be".
    pub const AUX: u32 = 1 << 2;
    pub const BE: u32 = 1 << 3;
    pub const NEG: u32 = 1 << 4;
    /// Opens a subordinate or complement clause.
    pub const OPENER: u32 = 1 << 5;
    pub const RELATIVE: u32 = 1 << 6;
    pub const COORD: u32 = 1 << 7;
    /// he, she, they, it, we, I, you
    pub const SUBJECT_PRONOUN: u32 = 1 << 8;
    /// I, we, you and their forms: the speaker's side in a quotation.
    pub const SPEAKER_PRONOUN: u32 = 1 << 9;
    // the classes of demand_words.tsv
    pub const SPEECH: u32 = 1 << 10;
    pub const PRODUCE: u32 = 1 << 11;
    pub const QUESTION: u32 = 1 << 12;
    pub const STOP: u32 = 1 << 13;
    pub const ROLE: u32 = 1 << 14;
    /// May end a content phrase ("while", "unless", "according" …).
    pub const END: u32 = 1 << 15;
    /// Heads of descriptions standing for a party named before ("the group",
    /// "the kingdom", "the council").
    pub const COLLECTIVE: u32 = 1 << 16;
    pub const COUNTRY: u32 = 1 << 17;
    pub const BODY: u32 = 1 << 18;
    /// Plural heads of an addressee ("the parties", "donors").
    pub const PARTY: u32 = 1 << 19;
    /// Makes "X would VP if …" a threat.
    pub const THREAT: u32 = 1 << 20;
    /// Undoes a threat word after it ("halt the strikes").
    pub const RELIEF: u32 = 1 << 21;
    /// Heads of a description standing for a document ("the statement").
    pub const DOCUMENT: u32 = 1 << 22;
}

/// The class bits of every row of `demand_words.tsv`, parsed once.
fn row_classes() -> &'static [u32] {
    static BITS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    BITS.get_or_init(|| {
        List::DemandWords
            .rows()
            .iter()
            .map(|row| row.get(1).map_or(0, |f| f.split(',').map(|c| demand_class(c.trim())).fold(0, |x, y| x | y)))
            .collect()
    })
}

/// A class name of `demand_words.tsv` as its bit.
fn demand_class(class: &str) -> u32 {
    use class::*;
    match class {
        "prep" => PREP,
        "det" => DET,
        "aux" => AUX,
        "be" => BE,
        "neg" => NEG,
        "opener" => OPENER,
        "relative" => RELATIVE,
        "coord" => COORD,
        "subject" => SUBJECT_PRONOUN,
        "speaker" => SPEAKER_PRONOUN,
        "speech" => class::SPEECH,
        "produce" => class::PRODUCE,
        "question" => class::QUESTION,
        "stop" => class::STOP,
        "role" => class::ROLE,
        "end" => class::END,
        "collective" => class::COLLECTIVE,
        "country" => class::COUNTRY,
        "body" => class::BODY,
        "party" => class::PARTY,
        "threat" => class::THREAT,
        "relief" => class::RELIEF,
        "document" => class::DOCUMENT,
        _ => 0,
    }
}



impl<'a> Ctx<'a> {
    pub fn new(a: &'a Analysis, actors: &'a [Actor]) -> Ctx<'a> {
        let n = a.tokens.len();
        let mut mentions = Vec::new();
        for (ai, actor) in actors.iter().enumerate() {
            for m in &actor.mentions {
                let start = a.tokens.partition_point(|t| t.end <= m.span.start);
                let end = a.tokens.partition_point(|t| t.start < m.span.end);
                if start < end {
                    mentions.push(Men { actor: ai, start, end });
                }
            }
        }
        // (by start, the longest first)
        crate::sort::sort_by_position(&mut mentions, n, |m| (m.start, ((m.start as u64) << 32) | u64::from(!(m.end as u32))));
        let mut men_at = vec![NONE; n];
        for (mi, m) in mentions.iter().enumerate() {
            for slot in &mut men_at[m.start..m.end] {
                if *slot == NONE {
                    *slot = mi as u32;
                }
            }
        }
        let mut quotes = find_quotes(a);
        // an interview's answers are the interviewee's words
        let answers = interview_answers(a);
        let interviewee = if answers.is_empty() { None } else { interviewee(a, actors, &mentions, answers[0]) };
        if interviewee.is_some() {
            quotes.extend(answers.iter().map(|&(open, close)| Quote { open, close, speaker: None, partial: false }));
            crate::sort::sort_by_key(&mut quotes, |q| q.open);
        }
        let mut quote_at = vec![NONE; n];
        for (qi, q) in quotes.iter().enumerate() {
            for slot in &mut quote_at[q.open + 1..q.close] {
                *slot = qi as u32;
            }
        }
        let mut classes = vec![0u32; n];
        let bits = row_classes();
        for h in a.hits.iter().filter(|h| h.list == List::DemandWords && h.len() == 1) {
            classes[h.start as usize] = bits[h.row as usize];
        }
        for i in 0..n {
            // (only these two kinds can be possessive: the test's call spared for the rest)
            if matches!(a.tokens[i].kind, TokKind::Possessive | TokKind::Punct) && possessive(a, i) {
                classes[i] = class::DET;
            }
        }
        let issuer = release_issuer(a, actors, &mentions);
        let mut ctx = Ctx { a, actors, mentions, men_at, quotes, quote_at, classes, issuer };
        for qi in 0..ctx.quotes.len() {
            ctx.quotes[qi].partial = ctx.is_partial(ctx.quotes[qi]);
        }
        for qi in 0..ctx.quotes.len() {
            let q = ctx.quotes[qi];
            let answer = interviewee.is_some() && answers.iter().any(|&(o, c)| (o, c) == (q.open, q.close));
            ctx.quotes[qi].speaker = if answer { interviewee } else { super::holder::quote_speaker(&ctx, qi) };
        }
        // Unattributed quotations take the speaker of the one before them in
        // the paragraph (a speaker goes on across "…," X said. "…").
        for qi in 1..ctx.quotes.len() {
            if ctx.quotes[qi].speaker.is_none() && !ctx.attributed(qi) {
                let (prev, this) = (ctx.quotes[qi - 1], ctx.quotes[qi]);
                if !ctx.a.tokens[prev.close.min(this.open)..=this.open].iter().any(|t| t.newlines_before > 1) {
                    ctx.quotes[qi].speaker = prev.speaker;
                }
            }
        }
        ctx
    }

    /// Is quotation `qi` followed by a speech verb of its own (`," said the
    /// head of …`), even one whose speaker is no actor?
    fn attributed(&self, qi: usize) -> bool {
        let q = self.quotes[qi];
        let j = q.close + 1 + usize::from(self.is(q.close + 1, ","));
        // (not the next paragraph's "Indonesia says …")
        (j..(j + 6).min(self.len())).take_while(|&v| (self.is_word(v) || self.is_possessive(v)) && self.a.tokens[v].newlines_before <= 1).any(|v| self.is_speech_verb(v))
    }

    /// Is `q` a quotation inside the reporter's sentence: opened right after
    /// a word of that sentence other than a speech verb ("that the council
    /// "has to …"", "was ready "to …"")?
    fn is_partial(&self, q: Quote) -> bool {
        let o = q.open;
        o > 0 && self.sentence(o).0 < o && self.is_word(o - 1) && !self.is_speech_verb(o - 1) && self.a.tokens[o].newlines_before == 0
    }

    /// The quotation whose opening or closing mark is token `i`.
    pub fn quote_marked(&self, i: usize) -> Option<usize> {
        let open = self.quote_of(i + 1).filter(|&q| self.quotes[q].open == i);
        open.or_else(|| i.checked_sub(1).and_then(|p| self.quote_of(p)).filter(|&q| self.quotes[q].close == i))
    }

    /// The quotation token `i` is inside, unless partial ([`Quote::partial`]).
    pub fn full_quote_of(&self, i: usize) -> Option<usize> {
        self.quote_of(i).filter(|&q| !self.quotes[q].partial)
    }

    /// Is token `i` a possessive ending ("Russia's", "the rebels'")?
    pub fn is_possessive(&self, i: usize) -> bool {
        i < self.len() && possessive(self.a, i)
    }

    pub fn len(&self) -> usize {
        self.a.tokens.len()
    }

    /// Token `i`'s text; empty past the end (rules look ahead of a trigger
    /// that may end the text: "He demanded").
    pub fn tok(&self, i: usize) -> &str {
        if i < self.a.tokens.len() {
            self.a.tok(i)
        } else {
            ""
        }
    }

    /// Token `i` is `word` (any ASCII case); false past the end.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.bytes(i).is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Token `i` is one of `words` (any ASCII case).
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.bytes(i).is_some_and(|b| words.iter().any(|w| w.len() == b.len() && b.eq_ignore_ascii_case(w.as_bytes())))
    }

    fn bytes(&self, i: usize) -> Option<&[u8]> {
        let t = self.a.tokens.get(i)?;
        self.a.text().as_bytes().get(t.start as usize..t.end as usize)
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.a.tokens[i].is_word()
    }

    pub fn is_punct(&self, i: usize) -> bool {
        i < self.len() && self.a.tokens[i].kind == TokKind::Punct
    }

    pub fn is_lower_word(&self, i: usize) -> bool {
        self.is_word(i) && self.a.tokens[i].case == crate::text::tokens::Case::Lower
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.is(i, "\"")
    }

    /// Does token `i` have any of the [`class`] bits `bits`?
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.classes.get(i).is_some_and(|&c| c & bits != 0)
    }

    pub fn is_preposition(&self, i: usize) -> bool {
        self.has(i, class::PREP)
    }

    pub fn is_determiner(&self, i: usize) -> bool {
        self.has(i, class::DET)
    }

    pub fn is_negation(&self, i: usize) -> bool {
        self.has(i, class::NEG)
    }

    /// Does the word at `i` belong to class `name` of `demand_words.tsv`?
    pub fn word_class(&self, i: usize, name: &str) -> bool {
        self.has(i, demand_class(name))
    }

    /// A verb that reports speech ("said", "told"), or "according" (to).
    pub fn is_speech_verb(&self, i: usize) -> bool {
        // (not inside a name: "the United States")
        self.has(i, class::SPEECH) && self.mention_at(i).is_none() || (self.is(i, "according") && self.is(i + 1, "to"))
    }

    /// The sentence of token `i` as a token range.
    /// Past the end: the last sentence.
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        let Some(&k) = self.a.sentence_of.get(i.min(self.a.tokens.len().saturating_sub(1))) else { return (0, 0) };
        let s = self.a.sentences[k as usize];
        (s.start as usize, s.end as usize)
    }

    /// Is the sentence of token `i` a line of its own with no closing
    /// punctuation (a headline, a bullet point)? Its first word's index.
    pub fn title_line(&self, i: usize) -> Option<usize> {
        let (s, e) = self.sentence(i);
        let line_start = s == 0 || self.a.tokens[s].newlines_before > 0;
        let line_end = e >= self.len() || self.a.tokens[e].newlines_before > 0;
        let last = e.checked_sub(1)?;
        let closed = self.is_any(last, &[".", "!", "?"]) || self.is_quote_mark(last) && self.is_any(last.saturating_sub(1), &[".", "!", "?"]);
        let first = (s..e).find(|&k| self.is_word(k))?;
        (line_start && line_end && !closed).then_some(first)
    }

    /// Is the sentence of token `i` a headline in Title Case ("Rebel Chief
    /// Offers Talks"), where capitals mark no names?
    pub fn title_case(&self, i: usize) -> bool {
        if self.title_line(i).is_none() {
            return false;
        }
        let (s, e) = self.sentence(i);
        let long = (s..e).filter(|&k| self.is_word(k) && self.tok(k).len() > 3);
        let (n, caps) = long.fold((0, 0), |(n, c), k| (n + 1, c + usize::from(self.a.tokens[k].is_capitalized(self.a.text()))));
        n >= 3 && caps == n
    }

    /// Index into `mentions` of the mention covering token `i`.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        self.men_at.get(i).copied().filter(|&m| m != NONE).map(|m| m as usize)
    }

    /// The mention starting exactly at token `i`.
    pub fn mention_starting(&self, i: usize) -> Option<Men> {
        self.mention_at(i).map(|m| self.mentions[m]).filter(|m| m.start == i)
    }

    /// The mention ending exactly before token `i`.
    pub fn mention_ending(&self, i: usize) -> Option<Men> {
        i.checked_sub(1).and_then(|p| self.mention_at(p)).map(|m| self.mentions[m]).filter(|m| m.end == i)
    }

    pub fn kind(&self, actor: usize) -> ActorKind {
        self.actors[actor].kind
    }

    /// The quotation token `i` is inside.
    pub fn quote_of(&self, i: usize) -> Option<usize> {
        self.quote_at.get(i).copied().filter(|&q| q != NONE).map(|q| q as usize)
    }

    /// Last mention of an actor whose kind passes `want`, ending at or before token `before`.
    pub fn last_mention(&self, before: usize, want: impl Fn(ActorKind) -> bool) -> Option<Men> {
        let upto = self.mentions.partition_point(|m| m.start < before);
        self.mentions[..upto].iter().rev().find(|m| m.end <= before && want(self.kind(m.actor))).copied()
    }
}

/// "Russia's" ('s), "the rebels'" (an apostrophe right after a word in -s,
/// before a space).
fn possessive(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Possessive
        || t.kind == TokKind::Punct
            && !t.space_before
            && i > 0
            && a.tok(i) == "'"
            && a.tok(i - 1).ends_with(['s', 'S'])
            && a.tokens.get(i + 1).is_some_and(|n| n.space_before && n.is_word())
}

/// The answers of an interview in questions and answers ("Q: …" and "A: …"
/// lines): for each "A:" line, its colon and the first token after the line.
fn interview_answers(a: &Analysis) -> Vec<(usize, usize)> {
    let toks = &a.tokens;
    let label = |i: usize, l: &str| {
        (i == 0 || toks[i].newlines_before > 0) && a.tok(i) == l && toks.get(i + 1).is_some_and(|t| t.text(a.text()) == ":" && t.newlines_before == 0)
    };
    // (a label opens a line: the rest of the tokens are passed over here)
    if !toks.iter().enumerate().any(|(i, t)| (i == 0 || t.newlines_before > 0) && label(i, "Q")) {
        return Vec::new();
    }
    // "A:" or the interviewee's name ("Sumanthiran:", "Ms Tan:") opening a line
    let colon = |k: usize| toks.get(k).is_some_and(|t| t.text(a.text()) == ":" && t.newlines_before == 0);
    let named = |i: usize| {
        let opens = (i == 0 || toks[i].newlines_before > 0) && a.tok(i) != "Q" && toks[i].is_capitalized(a.text());
        (i + 1..i + 4).find(|&k| colon(k)).filter(|&k| opens && (i + 1..k).all(|j| toks[j].is_capitalized(a.text()) && toks[j].newlines_before == 0))
    };
    (0..toks.len())
        .filter_map(|i| if label(i, "A") { Some(i + 1) } else { named(i) })
        .map(|c| {
            let close = (c + 1..toks.len()).find(|&k| toks[k].newlines_before > 0).unwrap_or(toks.len());
            (c, close)
        })
        .filter(|&(o, c)| c > o + 1)
        .collect()
}

/// Who answers an interview: the person who "spoke to" the paper in the
/// introduction ("X, who leads …, spoke to us on Monday"), else the person
/// named most often before the first answer, the first named on a tie.
fn interviewee(a: &Analysis, actors: &[Actor], mentions: &[Men], first_answer: (usize, usize)) -> Option<usize> {
    let person = |m: &&Men| actors[m.actor].kind == ActorKind::Person;
    let spoke = (0..first_answer.0).find(|&i| matches!(a.tok(i), "spoke" | "speaks" | "talked" | "sat"));
    if let Some(v) = spoke {
        let s = a.sentences[a.sentence_of[v] as usize].start as usize;
        if let Some(m) = mentions.iter().filter(|m| m.start >= s && m.end <= v).find(person) {
            return Some(m.actor);
        }
        // "We spoke to X, the head of …, on Monday"
        let e = a.sentences[a.sentence_of[v] as usize].end as usize;
        if v + 1 < e && matches!(a.tok(v + 1), "to" | "with") {
            if let Some(m) = mentions.iter().filter(|m| m.start > v && m.end <= e).find(person) {
                return Some(m.actor);
            }
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for m in mentions.iter().take_while(|m| m.start < first_answer.0) {
        if actors[m.actor].kind != ActorKind::Person {
            continue;
        }
        let n = mentions.iter().take_while(|x| x.start < first_answer.0).filter(|x| x.actor == m.actor).count();
        if best.is_none_or(|(bn, _)| n > bn) {
            best = Some((n, m.actor));
        }
    }
    best.map(|(_, actor)| actor)
}

/// Quotation marks paired in order within each line; a quotation left open
/// at the end of its line ends there.
fn find_quotes(a: &Analysis) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in a.tokens.iter().enumerate() {
        if t.newlines_before > 0 {
            if let Some(o) = open.take() {
                if i > o + 1 {
                    out.push(Quote { open: o, close: i, speaker: None, partial: false });
                }
            }
        }
        if t.kind == TokKind::Punct && t.text(a.text()) == "\"" {
            match open.take() {
                None => open = Some(i),
                Some(o) => out.push(Quote { open: o, close: i, speaker: None, partial: false }),
            }
        }
    }
    if let Some(o) = open {
        if a.tokens.len() > o + 1 {
            out.push(Quote { open: o, close: a.tokens.len(), speaker: None, partial: false });
        }
    }
    out
}

/// "PRESS RELEASE / Peoples' Party / …": a release or statement, said so in
/// its first lines, speaks for the first body or state named there.
fn release_issuer(a: &Analysis, actors: &[Actor], mentions: &[Men]) -> Option<usize> {
    let mut lines = 0;
    let mut end = 0;
    // (a heading's lines are short: at most 120 tokens looked at)
    for (k, t) in a.tokens.iter().enumerate().take(120) {
        lines += usize::from(t.newlines_before > 0);
        if lines > 8 {
            break;
        }
        end = k + 1;
    }
    let release = (0..end).any(|k| matches!(a.tok(k), "RELEASE" | "STATEMENT" | "COMMUNIQUE" | "COMMUNIQUÉ" | "Communiqué" | "Communique"));
    if !release {
        return None;
    }
    mentions.iter().take_while(|m| m.start < end).find(|m| matches!(actors[m.actor].kind, ActorKind::Organization | ActorKind::State)).map(|m| m.actor)
}
