//! The actors issue's quality floors on the visible corpus
//! (`../shared/corpus`, seed + dev), scored by the corpus scorer with each
//! gold file's dct. Measured at the last change: actor mentions (lenient)
//! F1 0.990, entities F1 0.991, merge accuracy 0.974, places F1 0.973.

mod common;

#[test]
fn actors_and_places_meet_the_issue_floors() {
    let scores = common::score_set(&common::shared_dir().join("corpus"));
    common::check_floors(
        &scores,
        &[
            ("actor_lenient", "f1", 0.93),
            ("entity", "f1", 0.93),
            ("entity_merge", "acc", 0.95),
            ("place", "f1", 0.90),
        ],
    );
}
