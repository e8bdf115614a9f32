//! Quality floors of the demands stage on the visible corpus
//! (`../shared/corpus`), scored by the corpus scorer.
//!
//! Two measures:
//! - the whole engine (the actor stage's actors), held to the floors;
//! - the demands stage alone, run on the gold actors ("oracle actors"), so a
//!   change in the actor stage cannot hide or fake a change here.

mod common;

use parley_engine::corpus_json::{self, CodePoints};
use parley_engine::text::Analysis;
use parley_engine::{demands, Actor, ActorKind, DctSource, Document, Mention, Span, Ymd};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

#[test]
fn demands_meet_the_floors_with_the_engine_actors() {
    let scores = common::score_set(&common::shared_dir().join("corpus"));
    // Issue floors: demand F1 0.75, holder 0.85, kind 0.85. Holder accuracy
    // goes through the actor stage (the scorer aligns gold actors to system
    // actors, and a holder the actor stage did not find, or found as a
    // different entity, counts wrong); the oracle test below holds the
    // demands stage by itself.
    common::check_floors(
        &scores,
        &[("demand", "f1", 0.75), ("demand_holder", "acc", 0.85), ("demand_kind", "acc", 0.85)],
    );
}

#[test]
fn demands_meet_the_floors_with_the_gold_actors() {
    let corpus = common::shared_dir().join("corpus");
    let out = std::env::temp_dir().join(format!("parley-demands-oracle-{}", std::process::id()));
    let scores = score_with_gold_actors(&corpus, &out);
    let _ = std::fs::remove_dir_all(&out);
    common::check_floors(
        &scores,
        // measured 0.915 / 0.979 / 0.966: kept with some margin above the issue floors
        &[("demand", "f1", 0.85), ("demand_holder", "acc", 0.90), ("demand_kind", "acc", 0.90)],
    );
}

/// Runs the demands stage over every text of `set_dir` with the gold actors
/// as its input, writes corpus JSON into `out` and returns the scores.
pub fn score_with_gold_actors(set_dir: &Path, out: &Path) -> serde_json::Value {
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).unwrap();
    for entry in std::fs::read_dir(set_dir.join("gold")).unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(set_dir.join("texts").join(format!("{id}.txt"))).unwrap();
        let doc = annotate_with(&text, &gold);
        let json = corpus_json::to_corpus(&id, &text, &doc);
        std::fs::write(out.join(format!("{id}.json")), serde_json::to_string(&json).unwrap()).unwrap();
    }
    let result = Command::new("python3")
        .arg(common::shared_dir().join("corpus/score.py"))
        .arg(set_dir.join("gold"))
        .arg(out)
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    serde_json::from_slice(&result.stdout).unwrap()
}

fn annotate_with(text: &str, gold: &serde_json::Value) -> Document {
    let a = Analysis::new(text);
    // original byte offset -> normalized byte offset, at span starts and ends
    let (mut starts, mut ends) = (HashMap::new(), HashMap::new());
    let norm = a.text();
    for (b, c) in norm.char_indices() {
        let o = a.norm.to_original(Span::new(b, b + c.len_utf8()));
        starts.entry(o.start).or_insert(b as u32);
        ends.insert(o.end, (b + c.len_utf8()) as u32);
    }
    let cp = CodePoints::new(text);
    let kind = |k: &str| match k {
        "person" => ActorKind::Person,
        "state" => ActorKind::State,
        "organization" => ActorKind::Organization,
        "group" => ActorKind::Group,
        _ => ActorKind::Media,
    };
    let actors: Vec<Actor> = gold["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| Actor {
            id: g["id"].as_str().unwrap().to_string(),
            name: g["name"].as_str().unwrap().to_string(),
            kind: kind(g["kind"].as_str().unwrap()),
            role: None,
            affiliation: g["affiliation"].as_str().map(str::to_string),
            mentions: g["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|m| {
                    let s = cp.byte(m["start"].as_u64().unwrap() as usize);
                    let e = cp.byte(m["end"].as_u64().unwrap() as usize);
                    Some(Mention { span: Span { start: *starts.get(&s)?, end: *ends.get(&e)? }, rule: "gold".into() })
                })
                .collect(),
        })
        .collect();
    let mut demands = demands::run(&a, &actors);
    if std::env::var("PARLEY_DOC").is_ok_and(|d| gold["id"].as_str() == Some(d.as_str())) {
        for d in &demands {
            let name = |id: &Option<String>| actors.iter().find(|x| Some(&x.id) == id.as_ref()).map_or("-", |x| x.name.as_str());
            eprintln!("{:?} [{}] {:?} h={} a={} :: {}", d.kind, &norm[d.trigger.range()], &norm[d.span.range()], name(&d.holder), name(&d.addressee), d.rule);
        }
    }
    for d in &mut demands {
        d.span = a.norm.to_original(d.span);
        d.trigger = a.norm.to_original(d.trigger);
    }
    let mut actors = actors;
    for actor in &mut actors {
        for m in &mut actor.mentions {
            m.span = a.norm.to_original(m.span);
        }
    }
    Document {
        dct: gold["dct"].as_str().and_then(Ymd::parse),
        dct_source: DctSource::Given,
        actors,
        places: Vec::new(),
        dates: Vec::new(),
        demands,
    }
}

/// `PARLEY_ORACLE_OUT=DIR cargo test --test demands_floors -- --ignored --nocapture`
/// keeps the oracle outputs in DIR, for a look at each demand.
#[test]
#[ignore]
fn write_oracle_outputs() {
    let dir = std::env::var("PARLEY_ORACLE_OUT").unwrap_or_else(|_| "/tmp/parley-oracle".into());
    let scores = score_with_gold_actors(&common::shared_dir().join("corpus"), Path::new(&dir));
    for k in ["demand", "demand_holder", "demand_kind"] {
        eprintln!("{k:14} {}", scores[k]);
    }
}

/// `cargo test --release --test demands_floors timing -- --ignored --nocapture`:
/// time of the demands stage alone and of the whole pipeline, per 2,000 characters.
#[test]
#[ignore]
fn timing() {
    let dir = common::shared_dir().join("corpus/texts");
    let texts: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    let prepared: Vec<(Analysis, Vec<Actor>)> = texts
        .iter()
        .map(|t| (Analysis::new(t), parley_engine::annotate(t, &parley_engine::Options::default()).actors))
        .collect();
    let rounds: usize = std::env::var("PARLEY_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(50);
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for (a, actors) in &prepared {
            std::hint::black_box(demands::run(a, actors));
        }
    }
    let stage = start.elapsed().as_secs_f64() / rounds as f64 / chars as f64 * 2000.0;
    if std::env::var_os("PARLEY_STAGE_ONLY").is_some() {
        eprintln!("per 2,000 characters: demands stage {:.1} µs", stage * 1e6);
        return;
    }
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            std::hint::black_box(parley_engine::annotate(t, &parley_engine::Options::default()));
        }
    }
    let all = start.elapsed().as_secs_f64() / rounds as f64 / chars as f64 * 2000.0;
    eprintln!("per 2,000 characters: demands stage {:.1} µs, whole pipeline {:.1} µs", stage * 1e6, all * 1e6);
}

/// `PARLEY_FILE=text.txt [PARLEY_DCT=YYYY-MM-DD] cargo test --release --test demands_floors show_file -- --ignored --nocapture`:
/// each demand of the whole engine on one file, with its rule and the holder's name.
#[test]
#[ignore]
fn show_file() {
    let Ok(path) = std::env::var("PARLEY_FILE") else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    let mut opts = parley_engine::Options::default();
    opts.dct = std::env::var("PARLEY_DCT").ok().and_then(|d| Ymd::parse(&d));
    let doc = parley_engine::annotate(&text, &opts);
    let name = |id: &Option<String>| doc.actors.iter().find(|x| Some(&x.id) == id.as_ref()).map_or("-", |x| x.name.as_str());
    for d in &doc.demands {
        eprintln!("{:?} [{}] {:?} h={} a={} :: {}", d.kind, &text[d.trigger.range()], &text[d.span.range()], name(&d.holder), name(&d.addressee), d.rule);
    }
}
