#!/usr/bin/env python3
"""Regenerates the country lexicons from the npm package world-countries
(ODbL 1.0, https://github.com/mledoze/countries):

  engine/src/lexicon/data/countries.tsv   names, official names, aliases
  engine/src/lexicon/data/demonyms.tsv    demonyms (and their plurals) -> country
  engine/src/lexicon/data/capitals.tsv    capitals -> country

usage: scripts/lexicon/countries.py   (fetches the package with `npm pack`)

Hand-made additions live in countries_extra.tsv, demonyms_extra.tsv and
places_extra.tsv beside the output; this script never touches them.
"""
import os, re, unicodedata
from fetch import DATA, npm_json, write
from common_words import scowl

VERSION = "5.1.0"
SOURCE = f"world-countries {VERSION} (npm; ODbL 1.0, https://github.com/mledoze/countries)"


# Territories left out: small dependencies with no conflict or dispute in the
# news (a dependency in dispute stays: Falklands, Gibraltar, Chagos, Mayotte…).
MINOR_TERRITORIES = {
    "AS", "AI", "BV", "VG", "BQ", "KY", "CX", "CC", "CK", "TF", "GP", "GG", "HM", "IM", "JE", "MQ",
    "MS", "NU", "NF", "MP", "PN", "RE", "BL", "SH", "MF", "PM", "SX", "TK", "TC", "UM", "VI", "WF",
}

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# Words that mark an English form among a country's alternative spellings
# ("Republic of Korea", "Kingdom of Bhutan"); endonyms such as "Ukrayina" or
# "Shqipnia" are rare in English news and only cost space. Former or other
# English names (Burma, Swaziland) are in countries_extra.tsv.
ENGLISH_CUES = ("Republic", "Kingdom", "State", "States", "Islands", "Federation", "Union", "Commonwealth",
                "Emirates", "Democratic", "People's", "Principality", "Federal", "Sultanate", "Territory")


def english_alias(alt, common):
    acronym = alt.isupper() and alt.isalpha() and len(alt) >= 3
    variant = "," not in alt and alt[:4] == common[:4]  # "Bosnia-Herzegovina"
    return acronym or variant or any(w in ENGLISH_CUES for w in alt.replace(",", " ").split())


def plural(demonym):
    """English plural of a demonym used as a noun: Russians, Israelis; none for
    Chinese, British, French, Swiss."""
    last = demonym.split()[-1]
    if last.endswith(("ese", "sh", "ch", "ss", "x", "z")) or last in ("Swiss", "Thai"):
        return None
    return demonym + "s"


def main():
    data = npm_json("world-countries", VERSION, "countries.json")
    english = scowl([10, 20, 35])
    # an alias that is also a demonym ("Saudi") reads as an adjective in text
    all_demonyms = {d for c in data for d in c.get("demonyms", {}).get("eng", {}).values() if d}
    with open(os.path.join(DATA, "demonyms_extra.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                all_demonyms.update(line.split("\t")[0].split("|"))
    countries, demonyms, capitals = [], {}, []
    for c in sorted(data, key=lambda c: c["name"]["common"]):
        # small dependencies that war and diplomacy news does not name (smaller wasm)
        if c["cca2"] in MINOR_TERRITORIES:
            continue
        common = c["name"]["common"]
        names = [common]
        for alt in [fold(common), c["name"]["official"]] + [a for a in c.get("altSpellings", []) if english_alias(a, common)]:
            # two-letter codes are too ambiguous in running text (IN, IS, IT)
            # nor aliases that are English words ("Island" for Iceland)
            if len(alt) < 3 or alt in names or not alt.isascii() or alt.lower() in english or alt in all_demonyms:
                continue
            # the bare "Congo" mostly means DR Congo in the news: countries_extra.tsv says so
            if alt == "Congo":
                continue
            # a longer form holding the common name ("Republic of Guatemala"):
            # the common name inside it is found anyway (smaller wasm); a
            # "Kingdom of X" stays, it makes "the kingdom" that state
            if "Kingdom" not in alt and re.search(r"(^|\W)" + re.escape(common) + r"($|\W)", alt):
                continue
            names.append(alt)
        dem = c.get("demonyms", {}).get("eng", {})
        dems = sorted({d for d in (dem.get("m"), dem.get("f")) if d})
        status = "un" if c.get("unMember") else ("independent" if c.get("independent") else "territory")
        caps = c.get("capital", [])
        countries.append("\t".join([
            "|".join(names), "|".join(dems) or "-", "|".join(caps) or "-", c["cca2"], status,
        ]))
        # demonyms and capitals as phrases: only for sovereign states and
        # observers; territories share demonyms with their states (Dutch, American).
        if status == "territory" and c["cca2"] not in ("PS", "XK", "TW", "EH"):
            continue
        for d in dems:
            demonyms.setdefault(d, []).append(common)
        for cap in caps:
            forms = [cap]
            if fold(cap) != cap:
                forms.append(fold(cap))
            if cap.endswith(" D.C."):
                forms.append(cap[:-5])
            capitals.append("|".join(forms) + "\t" + common)
    dem_rows = []
    for d, owners in sorted(demonyms.items()):
        forms = [d] + ([plural(d)] if plural(d) else [])
        dem_rows.append("|".join(forms) + "\t" + "|".join(owners))
    write("countries.tsv",
          f"# Countries and territories, generated by scripts/lexicon/countries.py from\n"
          f"# {SOURCE}. Do not edit: add to countries_extra.tsv.\n"
          "# fields: name|official|aliases, demonyms, capitals, ISO 3166-1 alpha-2, status (un, independent, territory)",
          countries)
    write("demonyms.tsv",
          f"# Demonyms (adjective|plural noun) of states and observers, generated by\n"
          f"# scripts/lexicon/countries.py from {SOURCE}.\n"
          "# Do not edit: add to demonyms_extra.tsv.\n"
          "# fields: demonym|plural, countries (canonical names in countries.tsv; several when shared)\n"
          "# The wasm makes these rows from countries.tsv (engine/src/lexicon/derived.rs; a test checks\n"
          "# they equal this file's):\n"
          "#! derived = countries",
          dem_rows)
    write("capitals.tsv",
          f"# Capitals of states and observers, generated by scripts/lexicon/countries.py\n"
          f"# from {SOURCE}. Do not edit: add to places_extra.tsv.\n"
          "# fields: capital|ascii form, country (canonical name in countries.tsv)\n"
          "# The wasm makes these rows from countries.tsv (engine/src/lexicon/derived.rs; a test checks\n"
          "# they equal this file's):\n"
          "#! derived = countries",
          capitals)


if __name__ == "__main__":
    main()
