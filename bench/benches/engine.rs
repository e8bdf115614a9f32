//! Engine benchmarks: each stage and the whole pipeline on a ~2,000-character
//! corpus article, the whole pipeline on every article, and on a
//! 10,000-word document. `cargo bench -p parley-bench`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parley_bench::{articles, long_document, typical_article};
use parley_engine::{actors, annotate, dates, demands, places, text::Analysis, Options};
use std::hint::black_box;

fn stages(c: &mut Criterion) {
    let (id, text, dct) = typical_article();
    let options = Options { dct, fallback_dct: None };
    let mut g = c.benchmark_group(format!("stages/{id}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("text+lexicon", |b| b.iter(|| Analysis::new(black_box(&text))));
    let a = Analysis::new(&text);
    g.bench_function("dct", |b| b.iter(|| dates::dct::resolve(black_box(&a), &options)));
    g.bench_function("actors", |b| b.iter(|| actors::run(black_box(&a))));
    let found = actors::run(&a);
    g.bench_function("places", |b| b.iter(|| places::run(black_box(&a), &found)));
    g.bench_function("dates", |b| b.iter(|| dates::run(black_box(&a), dct)));
    g.bench_function("demands", |b| b.iter(|| demands::run(black_box(&a), &found)));
    g.bench_function("pipeline", |b| b.iter(|| annotate(black_box(&text), &options)));
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let mut g = c.benchmark_group("pipeline/article");
    for (id, text, dct) in articles() {
        let options = Options { dct, fallback_dct: None };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&id), &text, |b, t| b.iter(|| annotate(black_box(t), &options)));
    }
    g.finish();
}

fn long(c: &mut Criterion) {
    let doc = long_document(10_000);
    let options = Options::with_dct(parley_engine::Ymd::parse("2022-03-01").unwrap());
    let mut g = c.benchmark_group("pipeline/long");
    g.throughput(Throughput::Bytes(doc.len() as u64));
    g.sample_size(30);
    g.bench_function("10000-words", |b| b.iter(|| annotate(black_box(&doc), &options)));
    g.finish();
}

criterion_group!(benches, stages, corpus, long);
criterion_main!(benches);
