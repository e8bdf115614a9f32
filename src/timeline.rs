//! The timeline's layout: the normalized dates on one time axis, in SVG
//! coordinates. Points are days; months, weeks, quarters and years are bars
//! over the days they cover; a duration is a bar of its length ending at the
//! publication date (the text rarely says where it starts). Labels are placed
//! in lanes so that none overlaps another.

use parley_engine::Document;

use crate::sentence::gist;
use crate::words::{day_short, days_from_civil, duration_days, value_days, value_in_words};

pub const WIDTH: f64 = 420.0;
const MARGIN: f64 = 16.0;
const AXIS_Y: f64 = 28.0;
/// The first lane sits below the tick labels.
const FIRST_LANE: f64 = AXIS_Y + 36.0;
const LANE_H: f64 = 30.0;
const CHAR_W: f64 = 6.2;
const LABEL_CHARS: usize = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index in the document's dates.
    pub date: usize,
    /// Byte offset of the date in the text (where clicking scrolls).
    pub start: u32,
    pub x1: f64,
    pub x2: f64,
    pub y: f64,
    pub bar: bool,
    pub duration: bool,
    /// The gist of the date's sentence.
    pub label: String,
    /// Label drawn left of the point (near the right edge).
    pub label_left: bool,
    /// The value in words, for the accessible name.
    pub words: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub height: f64,
    pub items: Vec<Item>,
    /// x of the publication date, if it has one.
    pub dct_x: Option<f64>,
    pub dct_label: String,
    pub ticks: Vec<(f64, String)>,
}

struct Raw {
    date: usize,
    start: u32,
    from: i64,
    to: i64,
    duration: bool,
    value: String,
}

pub fn layout(text: &str, doc: &Document) -> Timeline {
    let dct = doc.dct.map(|d| days_from_civil(d.year as i64, d.month as i64, d.day as i64));
    let mut raw = Vec::new();
    for (i, d) in doc.dates.iter().enumerate() {
        let Some(value) = d.value.as_deref() else { continue };
        let (from, to, duration) = match (value_days(value), duration_days(value), dct) {
            (Some((a, b)), _, _) => (a, b, false),
            (None, Some(n), Some(end)) => (end - n, end, true),
            _ => continue,
        };
        raw.push(Raw { date: i, start: d.span.start, from, to, duration, value: value.to_string() });
    }
    let lo = raw.iter().map(|r| r.from).chain(dct).min();
    let hi = raw.iter().map(|r| r.to + 1).chain(dct.map(|d| d + 1)).max();
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return Timeline { height: AXIS_Y + 10.0, items: vec![], dct_x: None, dct_label: String::new(), ticks: vec![] };
    };
    let (lo, hi) = if hi - lo < 7 { (lo - 3, hi + 3) } else { (lo, hi) };
    let scale = |day: f64| MARGIN + (day - lo as f64) / (hi - lo) as f64 * (WIDTH - 2.0 * MARGIN);

    // points first in time order, bars after; each takes the first lane where its label fits
    parley_engine::sort::sort_by_key(&mut raw, |r| (r.from, r.to, r.start));
    let mut lanes: Vec<f64> = Vec::new();
    let mut items = Vec::new();
    for r in raw {
        let bar = r.to > r.from || r.duration;
        let (x1, x2) = if bar { (scale(r.from as f64), scale(r.to as f64 + 1.0)) } else { (scale(r.from as f64 + 0.5), scale(r.from as f64 + 0.5)) };
        let label = gist(text, doc.dates[r.date].span, LABEL_CHARS);
        let w = label.chars().count() as f64 * CHAR_W + 10.0;
        let label_left = x1 + w > WIDTH && x2 - w > 0.0;
        let (l, rgt) = if label_left { (x2 - w, x2) } else { (x1, (x1 + w).max(x2)) };
        let lane = match lanes.iter().position(|&end| end + 6.0 <= l) {
            Some(i) => i,
            None => {
                lanes.push(f64::MIN);
                lanes.len() - 1
            }
        };
        lanes[lane] = rgt;
        items.push(Item {
            date: r.date,
            start: r.start,
            x1,
            x2,
            y: FIRST_LANE + lane as f64 * LANE_H,
            bar,
            duration: r.duration,
            label,
            label_left,
            words: if r.duration {
                format!("{}, up to the publication date", value_in_words(&r.value))
            } else {
                value_in_words(&r.value)
            },
        });
    }
    let ticks = (0..=4)
        .map(|k| {
            let day = lo + (hi - lo - 1) * k / 4;
            (scale(day as f64 + 0.5), day_short(day))
        })
        .collect();
    Timeline {
        height: FIRST_LANE + lanes.len().max(1) as f64 * LANE_H,
        items,
        dct_x: dct.map(|d| scale(d as f64 + 0.5)),
        dct_label: dct.map(|d| format!("published {}", day_short(d))).unwrap_or_default(),
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parley_engine::{annotate, Options, Ymd};

    fn doc(text: &str) -> Document {
        annotate(text, &Options::with_dct(Ymd::parse("2022-03-01").unwrap()))
    }

    #[test]
    fn days_are_points_and_periods_are_bars() {
        let text = "Talks began on Monday. Shelling went on in February 2022. The siege has lasted 23 days.";
        let d = doc(text);
        let t = layout(text, &d);
        let by_text = |s: &str| t.items.iter().find(|i| &text[d.dates[i.date].span.range()] == s).unwrap();
        let monday = by_text("Monday");
        assert!(!monday.bar);
        assert_eq!(monday.words, "Monday 28 February 2022");
        assert_eq!(monday.label, "Talks began on Monday.");
        let feb = by_text("February 2022");
        assert!(feb.bar && feb.x2 > feb.x1);
        let dur = by_text("23 days");
        assert!(dur.bar && dur.duration);
        // a duration ends at the publication date
        let dct_x = t.dct_x.unwrap();
        assert!(dur.x2 >= dct_x);
        assert!(dur.x1 < monday.x1);
    }

    #[test]
    fn overlapping_labels_take_other_lanes_and_stay_inside() {
        let text = "Talks began on Monday. Russia answered on Tuesday. Kyiv replied on Wednesday.";
        let d = Document { dct: Ymd::parse("2022-03-05"), ..doc(text) };
        let t = layout(text, &d);
        assert_eq!(t.items.len(), 3);
        // items in one lane never overlap (labels are drawn right of their point here)
        for (i, a) in t.items.iter().enumerate() {
            for b in &t.items[i + 1..] {
                if a.y == b.y {
                    assert!(b.x1 >= a.x1 + a.label.chars().count() as f64 * CHAR_W, "{a:?} {b:?}");
                }
            }
        }
        let ys: Vec<f64> = t.items.iter().map(|i| i.y).collect();
        assert!(ys.iter().any(|&y| y != ys[0]), "{ys:?}");
        for i in &t.items {
            assert!(i.x1 >= 0.0 && i.x2 <= WIDTH, "{i:?}");
        }
        assert!(t.height >= ys.iter().cloned().fold(0.0, f64::max));
        assert_eq!(t.ticks.len(), 5);
    }

    #[test]
    fn no_dates_no_items() {
        let t = layout("", &doc(""));
        assert!(t.items.is_empty());
    }
}
