//! Floors on the project's own annotated articles (`corpus/`, written for
//! Parley on conflicts the visible corpus barely covers): the check that the
//! rules generalize beyond the articles they were developed on.

mod common;

#[test]
fn project_corpus_meets_the_floors() {
    let set = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let scores = common::score_set(&set);
    // Measured values minus a small margin; raise them as the engine improves.
    // (Lowered when held-25 … held-32 joined the set, and again when held-105
    // … held-122 did: new articles by other annotators, new misses.)
    common::check_floors(
        &scores,
        &[
            ("actor_lenient", "f1", 0.913),
            ("entity", "f1", 0.940),
            ("entity_merge", "acc", 0.920),
            ("place", "f1", 0.900),
            ("date_lenient", "f1", 0.972),
            ("date_value", "f1", 0.920),
            ("demand", "f1", 0.888),
            ("demand_holder", "acc", 0.880),
            ("demand_kind", "acc", 0.962),
        ],
    );
}
