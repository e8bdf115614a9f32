//! TIMEX3 values in words ("Monday 28 February 2022"), and the calendar
//! arithmetic the timeline needs (day numbers), by hand: no date crate in
//! the page beyond what the engine already carries.

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day number.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    days_from_civil(ny, nm, 1) - days_from_civil(y, m, 1)
}

/// Monday = 0.
pub fn weekday(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// "Monday 28 February 2022".
pub fn day_in_words(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{} {d} {} {y}", WEEKDAYS[weekday(day)], MONTHS[m as usize - 1])
}

/// "28 Feb 2022", for axis ticks.
pub fn day_short(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{d} {} {y}", &MONTHS[m as usize - 1][..3])
}

fn num(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// Day of ISO week `w` of year `y`, weekday `wd` (Monday = 0).
fn iso_week_day(y: i64, w: i64, wd: i64) -> i64 {
    let jan4 = days_from_civil(y, 1, 4);
    jan4 - weekday(jan4) as i64 + (w - 1) * 7 + wd
}

/// The days a calendar value covers, first and last inclusive: a day, a
/// month, a year, an ISO week, a quarter or half. `None` for anything else.
pub fn value_days(value: &str) -> Option<(i64, i64)> {
    if let Some((a, b)) = value.split_once('/') {
        let (from, _) = value_days(a)?;
        let (_, to) = value_days(b)?;
        return (from <= to).then_some((from, to));
    }
    let date = value.split('T').next()?;
    let parts: Vec<&str> = date.split('-').collect();
    let y = num(parts.first()?).filter(|_| parts[0].len() == 4)?;
    match parts.as_slice() {
        [_] => Some((days_from_civil(y, 1, 1), days_from_civil(y, 12, 31))),
        [_, m] if m.starts_with('W') => {
            let w = num(&m[1..]).filter(|w| (1..=53).contains(w))?;
            let first = iso_week_day(y, w, 0);
            Some((first, first + 6))
        }
        [_, q] if q.starts_with('Q') || q.starts_with('H') => {
            let n = num(&q[1..])?;
            let months = if q.starts_with('Q') { 3 } else { 6 };
            if n < 1 || n > 12 / months {
                return None;
            }
            let m1 = (n - 1) * months + 1;
            let m2 = m1 + months - 1;
            Some((days_from_civil(y, m1, 1), days_from_civil(y, m2, days_in_month(y, m2))))
        }
        [_, m] => {
            let m = num(m).filter(|m| (1..=12).contains(m))?;
            Some((days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m))))
        }
        [_, m, d] => {
            let m = num(m).filter(|m| (1..=12).contains(m))?;
            let d = num(d).filter(|d| (1..=days_in_month(y, m)).contains(d))?;
            let day = days_from_civil(y, m, d);
            Some((day, day))
        }
        _ => None,
    }
}

/// Length in days of a duration value (`P23D`, `P3W`, `P2M`, `P1Y`), when it is a number of days or more.
pub fn duration_days(value: &str) -> Option<i64> {
    let rest = value.strip_prefix('P')?;
    if rest.starts_with('T') || rest.len() < 2 {
        return None;
    }
    let (n, unit) = rest.split_at(rest.len() - 1);
    let n = num(n)?;
    let per = match unit {
        "D" => 1,
        "W" => 7,
        "M" => 30,
        "Y" => 365,
        _ => return None,
    };
    Some(n * per)
}

fn plural(n: &str, unit: &str) -> String {
    match n {
        "X" => format!("some {unit}s"),
        "1" => format!("1 {unit}"),
        _ => format!("{n} {unit}s"),
    }
}

fn duration_in_words(value: &str) -> Option<String> {
    let mut rest = value.strip_prefix('P')?;
    let mut time = false;
    let mut parts = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            time = true;
            rest = r;
            continue;
        }
        let n_len = rest.find(|c: char| !(c.is_ascii_digit() || c == 'X' || c == '.'))?;
        if n_len == 0 {
            return None;
        }
        let (n, r) = rest.split_at(n_len);
        let unit = match (r.as_bytes()[0], time) {
            (b'Y', false) => "year",
            (b'M', false) => "month",
            (b'W', false) => "week",
            (b'D', false) => "day",
            (b'H', true) => "hour",
            (b'M', true) => "minute",
            (b'S', true) => "second",
            (b'E', false) if r.starts_with("DE") => "decade",
            (b'C', false) if r.starts_with("CE") => "century",
            _ => return None,
        };
        let skip = if matches!(unit, "decade" | "century") { 2 } else { 1 };
        parts.push(plural(n, unit));
        rest = &r[skip..];
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn part_of_day(code: &str) -> Option<&'static str> {
    Some(match code {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        _ => return None,
    })
}

/// A TIMEX3 value in words: `2022-02-28` → "Monday 28 February 2022",
/// `2022-03` → "March 2022", `P23D` → "23 days", `XXXX-WXX-1` → "every Monday".
/// Unknown shapes come back as they are.
pub fn value_in_words(value: &str) -> String {
    match value {
        "PRESENT_REF" => return "now (the present)".into(),
        "PAST_REF" => return "the past".into(),
        "FUTURE_REF" => return "the future".into(),
        _ => {}
    }
    if value.starts_with('P') {
        return duration_in_words(value).unwrap_or_else(|| value.to_string());
    }
    if let Some((a, b)) = value.split_once('/') {
        return format!("from {} to {}", value_in_words(a), value_in_words(b));
    }
    if let Some(wd) = value.strip_prefix("XXXX-WXX-").and_then(num).filter(|d| (1..=7).contains(d)) {
        return format!("every {}", WEEKDAYS[wd as usize - 1]);
    }
    let (date, time) = value.split_once('T').map_or((value, None), |(d, t)| (d, Some(t)));
    let parts: Vec<&str> = date.split('-').collect();
    let words = match (parts.as_slice(), value_days(date)) {
        ([y, m, _], Some((day, _))) if !m.starts_with('W') && y.len() == 4 => day_in_words(day),
        ([y, w], Some((first, last))) if w.starts_with('W') => {
            format!("week {} of {y} ({} – {})", &w[1..].trim_start_matches('0'), day_short(first), day_short(last))
        }
        ([y, q], Some(_)) if q.starts_with('Q') => {
            let ord = ["first", "second", "third", "fourth"][num(&q[1..]).unwrap_or(1) as usize - 1];
            format!("the {ord} quarter of {y}")
        }
        ([y, h], Some(_)) if h.starts_with('H') => {
            format!("the {} half of {y}", if h == &"H1" { "first" } else { "second" })
        }
        ([y, m], Some(_)) => format!("{} {y}", MONTHS[num(m).unwrap_or(1) as usize - 1]),
        ([y], Some(_)) => format!("the year {y}"),
        ([y, s], None) if y.len() == 4 && num(y).is_some() => match *s {
            "SP" => format!("spring {y}"),
            "SU" => format!("summer {y}"),
            "FA" => format!("autumn {y}"),
            "WI" => format!("winter {y}"),
            _ => return value.to_string(),
        },
        ([d], None) if d.len() == 3 && num(d).is_some() => format!("the {d}0s"),
        ([d], None) if d.len() == 2 && num(d).is_some() => format!("the {}th century", num(d).unwrap_or(0) + 1),
        _ => return value.to_string(),
    };
    match time {
        None => words,
        Some(t) => match part_of_day(t) {
            Some(p) => format!("{words}, {p}"),
            None => format!("{words}, {t}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2022, 2, 28), 19051);
        for day in [-1000, 0, 19051, 19052, 20000, 60000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }

    #[test]
    fn days_in_words() {
        assert_eq!(value_in_words("2022-02-28"), "Monday 28 February 2022");
        assert_eq!(value_in_words("2024-02-29"), "Thursday 29 February 2024");
        assert_eq!(value_in_words("2022-02-26TEV"), "Saturday 26 February 2022, evening");
        assert_eq!(value_in_words("2022-02-28T12:00"), "Monday 28 February 2022, 12:00");
    }

    #[test]
    fn periods_in_words() {
        assert_eq!(value_in_words("2022-03"), "March 2022");
        assert_eq!(value_in_words("2022"), "the year 2022");
        assert_eq!(value_in_words("2022-W09"), "week 9 of 2022 (28 Feb 2022 – 6 Mar 2022)");
        assert_eq!(value_in_words("2022-Q1"), "the first quarter of 2022");
        assert_eq!(value_in_words("2031-SP"), "spring 2031");
        assert_eq!(value_in_words("199"), "the 1990s");
        assert_eq!(
            value_in_words("2022-06-15/2022-06-16"),
            "from Wednesday 15 June 2022 to Thursday 16 June 2022"
        );
    }

    #[test]
    fn durations_sets_and_references_in_words() {
        assert_eq!(value_in_words("P23D"), "23 days");
        assert_eq!(value_in_words("P1W"), "1 week");
        assert_eq!(value_in_words("PTXH"), "some hours");
        assert_eq!(value_in_words("P1Y6M"), "1 year 6 months");
        assert_eq!(value_in_words("XXXX-WXX-1"), "every Monday");
        assert_eq!(value_in_words("PRESENT_REF"), "now (the present)");
        assert_eq!(value_in_words("odd"), "odd");
        assert_eq!(value_in_words("2022-13-01"), "2022-13-01");
    }

    #[test]
    fn value_ranges() {
        let d = |s| days_from_civil(2022, 2, s);
        assert_eq!(value_days("2022-02-28"), Some((d(28), d(28))));
        assert_eq!(value_days("2022-02"), Some((d(1), d(28))));
        assert_eq!(value_days("2022-W09"), Some((d(28), d(28) + 6)));
        assert_eq!(value_days("2022-Q1"), Some((days_from_civil(2022, 1, 1), days_from_civil(2022, 3, 31))));
        assert_eq!(value_days("P3D"), None);
        assert_eq!(value_days("2022-02-27/2022-03"), Some((d(27), days_from_civil(2022, 3, 31))));
        assert_eq!(value_days("2022-03/2022-02"), None);
        assert_eq!(duration_days("P3W"), Some(21));
        assert_eq!(duration_days("PTXH"), None);
    }
}
