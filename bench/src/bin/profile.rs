//! A small driver for instruction-count profiling (callgrind): runs each
//! stage, then the whole pipeline, `N` times over one article, each in a
//! function of its own so that `callgrind_annotate --inclusive=yes` gives the
//! instructions per stage.
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true CARGO_TARGET_DIR=target/prof \
//!   cargo build --release -p parley-bench --bin profile
//! valgrind --tool=callgrind --dump-instr=yes target/prof/release/profile [ARTICLE_ID|typical|long] [N] [STAGE]
//! callgrind_annotate --inclusive=yes callgrind.out.PID | grep stage_
//! ```
//! Default article: the corpus article closest to 2,000 characters (`long`:
//! the 10,000-word document of the benchmarks); N = 100;
//! STAGE (text, dct, actors, places, dates, demands, pipeline): only that one;
//! `words_str` / `words_id`: the micro-benchmark of closed word classes by
//! string comparison / by lexicon word id (`bench/instructions.sh` skips them).

use parley_bench::{articles, long_document, typical_article};
use parley_engine::{actors, annotate, dates, demands, places, text::Analysis, Options};
use parley_engine::lexicon::words::WordSet;
use std::hint::black_box;
use std::sync::LazyLock;

#[inline(never)]
fn stage_text_lexicon(text: &str, n: usize) {
    for _ in 0..n {
        black_box(Analysis::new(black_box(text)));
    }
}

#[inline(never)]
fn stage_dct(a: &Analysis, options: &Options, n: usize) {
    for _ in 0..n {
        black_box(dates::dct::resolve(black_box(a), options));
    }
}

#[inline(never)]
fn stage_actors(a: &Analysis, n: usize) {
    for _ in 0..n {
        black_box(actors::run(black_box(a)));
    }
}

#[inline(never)]
fn stage_places(a: &Analysis, found: &[parley_engine::Actor], n: usize) {
    for _ in 0..n {
        black_box(places::run(black_box(a), found));
    }
}

#[inline(never)]
fn stage_dates(a: &Analysis, dct: Option<parley_engine::Ymd>, n: usize) {
    for _ in 0..n {
        black_box(dates::run(black_box(a), dct));
    }
}

#[inline(never)]
fn stage_demands(a: &Analysis, found: &[parley_engine::Actor], n: usize) {
    for _ in 0..n {
        black_box(demands::run(black_box(a), found));
    }
}

/// The closed word classes tested per token as the actors stage does now
/// (`words::is_in`, a linear scan; `words::in_sorted`, a binary search) and
/// through the lexicon's word ids (`Analysis::word_in`): every token against
/// the function words and the name particles, both ways (the counts must agree).
#[inline(never)]
fn stage_words_str(a: &Analysis, n: usize) -> usize {
    use parley_engine::actors::words::{in_sorted, is_in, FUNCTION_WORDS, NAME_PARTICLES};
    let mut found = 0;
    for _ in 0..n {
        for i in 0..a.tokens.len() {
            found += usize::from(is_in(FUNCTION_WORDS, black_box(a).tok(i)));
            found += usize::from(in_sorted(NAME_PARTICLES, black_box(a).tok(i)));
        }
    }
    found
}

static FUNCTION: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(parley_engine::actors::words::FUNCTION_WORDS));
static PARTICLES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(parley_engine::actors::words::NAME_PARTICLES));

#[inline(never)]
fn stage_words_id(a: &Analysis, n: usize) -> usize {
    let mut found = 0;
    for _ in 0..n {
        for i in 0..a.tokens.len() {
            found += usize::from(black_box(a).word_in(i, &FUNCTION));
            found += usize::from(black_box(a).word_in(i, &PARTICLES));
        }
    }
    found
}

#[inline(never)]
fn stage_pipeline(text: &str, options: &Options, n: usize) {
    for _ in 0..n {
        black_box(annotate(black_box(text), options));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (id, text, dct) = match args.first().map(String::as_str) {
        None | Some("typical") => typical_article(),
        Some("long") => ("10000-words".to_string(), long_document(10_000), parley_engine::Ymd::parse("2022-03-01")),
        Some(want) => articles().into_iter().find(|(id, _, _)| id == want).expect("no such article"),
    };
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100);
    let options = Options { dct, fallback_dct: None };
    // warm up once (lazy statics, first allocations) outside the counted stages
    let a = Analysis::new(&text);
    let found = actors::run(&a);
    black_box(annotate(&text, &options));
    let only = args.get(2).map(String::as_str);
    let run = |stage: &str| only.is_none_or(|o| o == stage);
    if run("text") {
        stage_text_lexicon(&text, n);
    }
    if run("dct") {
        stage_dct(&a, &options, n);
    }
    if run("actors") {
        stage_actors(&a, n);
    }
    if run("places") {
        stage_places(&a, &found, n);
    }
    if run("dates") {
        stage_dates(&a, dct, n);
    }
    if run("demands") {
        stage_demands(&a, &found, n);
    }
    if only.is_some_and(|o| o.starts_with("words")) {
        // the sets are built outside the counted functions, which must agree
        LazyLock::force(&FUNCTION);
        LazyLock::force(&PARTICLES);
        let by_str = black_box(stage_words_str(&a, n));
        let by_id = black_box(stage_words_id(&a, n));
        assert_eq!(by_str, by_id, "word sets disagree with the string comparisons");
    }
    if run("pipeline") {
        stage_pipeline(&text, &options, n);
    }
    eprintln!("{id}: {} chars, {n} runs per stage", text.chars().count());
}
