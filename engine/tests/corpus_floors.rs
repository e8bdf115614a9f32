//! Quality floors on the visible corpus (`../shared/corpus`: seed + dev
//! articles), scored by the corpus scorer. A change that lowers a figure
//! below its floor fails here.

mod common;

#[test]
fn visible_corpus_meets_the_floors() {
    let scores = common::score_set(&common::shared_dir().join("corpus"));
    common::check_floors(
        &scores,
        &[
            ("actor_lenient", "f1", 0.0),
            ("entity", "f1", 0.0),
            ("entity_merge", "acc", 0.0),
            ("place", "f1", 0.0),
            ("date_lenient", "f1", 0.0),
            ("date_value", "f1", 0.0),
            ("demand", "f1", 0.0),
            ("demand_holder", "acc", 0.0),
            ("demand_kind", "acc", 0.0),
        ],
    );
}
