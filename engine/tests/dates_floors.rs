//! Date floors on the visible corpus (`../shared/corpus`: seed + dev
//! articles), each text resolved against its gold dct and scored by the
//! corpus scorer. The floors: extent F1 (lenient) ≥ 0.95, value F1 ≥ 0.88.
//! Measured when written: extent 0.996, value 0.988.

mod common;

#[test]
fn visible_corpus_meets_the_date_floors() {
    let scores = common::score_set(&common::shared_dir().join("corpus"));
    common::check_floors(&scores, &[("date_lenient", "f1", 0.95), ("date_value", "f1", 0.88)]);
}

/// Without a given date, the publication date is read from the corpus
/// articles that print one (a dateline, a page header, a photo caption),
/// and no other article yields one.
#[test]
fn corpus_publication_dates_are_detected_where_printed() {
    use parley_engine::{annotate, DctSource, Options};
    let printed = [("dev-14", "2022-04-27", "dateline"), ("dev-16", "2023-06-20", "page header"), ("seed-002", "2022-02-28", "caption")];
    let dir = common::shared_dir().join("corpus/texts");
    let mut ids: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    ids.sort();
    for path in ids {
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = annotate(&text, &Options::default());
        match printed.iter().find(|p| p.0 == id) {
            Some((_, date, rule)) => {
                assert_eq!(doc.dct.map(|d| d.to_string()).as_deref(), Some(*date), "{id}");
                assert!(matches!(&doc.dct_source, DctSource::Detected { rule: r, .. } if r == rule), "{id}: {:?}", doc.dct_source);
            }
            None => assert_eq!(doc.dct_source, DctSource::Unknown, "{id}: nothing is printed, yet {:?}", doc.dct),
        }
    }
}
