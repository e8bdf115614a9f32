//! A small hand-made annotation shared by the unit tests (independent of
//! how the engine reads the text today).

use parley_engine::{Actor, ActorKind, Demand, DemandKind, Document, Mention, Span, TimeExpr, DateType, Ymd};

use crate::corrections::Anchor;

pub const TEXT: &str = "Zelensky called for a ceasefire on Monday. Russia rejected talks. The president spoke.";

pub fn span_of(needle: &str) -> Span {
    let i = TEXT.find(needle).unwrap();
    Span::new(i, i + needle.len())
}

pub fn anchor(needle: &str) -> Anchor {
    Anchor::new(TEXT, span_of(needle))
}

pub fn doc() -> Document {
    let m = |s: &str| Mention { span: span_of(s), rule: "test".into() };
    Document {
        dct: Ymd::parse("2022-03-01"),
        dct_source: parley_engine::DctSource::Given,
        actors: vec![
            Actor {
                id: "A1".into(),
                name: "Zelensky".into(),
                kind: ActorKind::Person,
                role: None,
                affiliation: Some("Ukraine".into()),
                mentions: vec![m("Zelensky")],
            },
            Actor {
                id: "A2".into(),
                name: "Russia".into(),
                kind: ActorKind::Person,
                role: None,
                affiliation: None,
                mentions: vec![m("Russia")],
            },
            Actor {
                id: "A3".into(),
                name: "The president".into(),
                kind: ActorKind::Person,
                role: Some("President".into()),
                affiliation: None,
                mentions: vec![m("The president")],
            },
        ],
        places: vec![],
        dates: vec![],
        demands: vec![
            Demand {
                span: span_of("a ceasefire"),
                trigger: span_of("called for"),
                kind: DemandKind::Demand,
                holder: Some("A1".into()),
                addressee: Some("A2".into()),
                rule: "test".into(),
            },
            Demand {
                span: span_of("talks"),
                trigger: span_of("rejected"),
                kind: DemandKind::Refusal,
                holder: Some("A3".into()),
                addressee: None,
                rule: "test".into(),
            },
        ],
    }
}


/// [`doc`] with its date: "Monday", resolved against 2022-03-01.
pub fn doc_with_date() -> Document {
    let mut d = doc();
    d.dates.push(TimeExpr {
        span: span_of("Monday"),
        kind: DateType::Date,
        value: Some("2022-02-28".into()),
        rule: "weekday in a past-tense clause".into(),
    });
    d
}
