//! Lists made from countries.tsv's rows at first use instead of compiled in
//! (`#! derived = countries` in their file): the capitals and the demonyms
//! repeat its fields, and the wasm is smaller without a second copy. The rows
//! are those `scripts/lexicon/countries.py` writes to the files (a unit test
//! checks they are equal).

use super::List;

/// The rows of `list` made from `countries` (countries.tsv's rows: names,
/// demonyms, capitals, ISO code, status).
pub(super) fn rows(list: List, countries: &[&'static [&'static str]]) -> Vec<&'static [&'static str]> {
    let capitals = list == List::Capitals;
    // (field 0, field 1) of each row
    let mut out: Vec<(String, String)> = Vec::new();
    for r in countries {
        // states and observers: territories share demonyms with their states
        if r.get(4) == Some(&"territory") && !matches!(r.get(3), Some(&("PS" | "XK" | "TW" | "EH"))) {
            continue;
        }
        let name = r[0].split('|').next().unwrap_or_default();
        let field = r.get(if capitals { 2 } else { 1 }).copied().unwrap_or("-");
        for x in field.split('|').filter(|x| *x != "-") {
            if capitals {
                // capital|its form without accents|without " D.C.", country
                let mut forms = String::from(x);
                let folded: String = x.chars().map(fold).collect();
                if folded != x {
                    forms.push('|');
                    forms += &folded;
                }
                if let Some(city) = x.strip_suffix(" D.C.") {
                    forms.push('|');
                    forms += city;
                }
                out.push((forms, name.into()));
            } else {
                // demonym, the countries that have it
                match out.iter_mut().find(|o| o.0 == x) {
                    Some(o) => {
                        o.1.push('|');
                        o.1 += name;
                    }
                    None => out.push((x.into(), name.into())),
                }
            }
        }
    }
    if !capitals {
        // by demonym, each with its plural as a noun (Russians); none for
        // Chinese, British, French, Swiss
        crate::sort::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
        for (d, _) in &mut out {
            let last = &d[d.rfind(' ').map_or(0, |i| i + 1)..];
            if !(["ese", "sh", "ch", "ss", "x", "z"].iter().any(|s| last.ends_with(s)) || last == "Swiss" || last == "Thai") {
                let one = d.clone();
                d.push('|');
                *d += &one;
                d.push('s');
            }
        }
    }
    out.into_iter().map(|(a, b)| &*Box::leak(Box::new([&*a.leak(), &*b.leak()])) as &'static [&'static str]).collect()
}

/// A Latin letter without its accent, as Unicode's decomposition gives it
/// (`São Tomé` → `Sao Tome`); others unchanged.
fn fold(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' => 'C',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'É' => 'E',
        'ì'..='ï' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ș' | 'ş' | 'š' | 'ś' => 's',
        'ț' | 'ţ' => 't',
        'ž' | 'ź' | 'ż' => 'z',
        _ => c,
    }
}
