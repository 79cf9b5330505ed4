#!/usr/bin/env python3
"""Reproduce the article selection of the entity-list gold (see GUIDELINES.md).

Records of data/indosum/indosum-dev.ndjson whose `text` has 500-1500 characters (inclusive) and
whose id is in no JSON file of data/gold/quotes/ (fields `id`), sorted by source then by the SHA-1
hex digest of the id, taken round-robin over the sources in alphabetical order (each source's 1st,
then each source's 2nd, ...). The first 15 form indosum-dev.json, the next 15 indosum-heldout.json, the 15 after those
indosum-heldout2.json (python3 select.py 45).

Usage (from the repository root): python3 data/gold/entities/select.py [N]   (N defaults to 30)
Prints, for each chosen record: its 1-based line number, id, source and full text.
"""
import hashlib
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CORPUS = os.path.join(ROOT, "data", "indosum", "indosum-dev.ndjson")
QUOTES = os.path.join(ROOT, "data", "gold", "quotes")


# The quote gold files that existed when this selection was made. Later quote sets must not shift
# it, so the list is fixed rather than globbed.
QUOTE_FILES = [
    "seeds.json",
    "indosum-dev.json",
    "indosum-heldout.json",
    "indosum-heldout2.json",
    "indosum-heldout3.json",
    "indosum-heldout4.json",
    "indosum-heldout5.json",
    "indosum-heldout6.json",
    "indosum-heldout7.json",
    "indosum-heldout8.json",
    "indosum-heldout9.json",
    "indosum-kompas.json",
    "indosum-kompas2.json",
]


def quote_ids():
    ids = set()

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                if k == "id" and isinstance(x, str):
                    ids.add(x)
                else:
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for path in [os.path.join(QUOTES, f) for f in QUOTE_FILES]:
        with open(path, encoding="utf-8") as f:
            walk(json.load(f))
    return ids


def select(n=30):
    excluded = quote_ids()
    by_source = {}
    with open(CORPUS, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if not 500 <= len(rec["text"]) <= 1500 or rec["id"] in excluded:
                continue
            key = hashlib.sha1(rec["id"].encode("utf-8")).hexdigest()
            by_source.setdefault(rec["source"], []).append((key, lineno, rec))
    for recs in by_source.values():
        recs.sort(key=lambda r: r[0])
    chosen = []
    sources = sorted(by_source)
    rank = 0
    while len(chosen) < n and any(rank < len(by_source[s]) for s in sources):
        for s in sources:
            if rank < len(by_source[s]) and len(chosen) < n:
                chosen.append(by_source[s][rank][1:])
        rank += 1
    return chosen


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for i, (lineno, rec) in enumerate(select(n), 1):
        part = ["indosum-dev.json", "indosum-heldout.json", "indosum-heldout2.json"][min((i - 1) // 15, 2)]
        print(f"=== #{i} ({part}) line {lineno} id {rec['id']} source {rec['source']}")
        print(rec["text"])
        print()


if __name__ == "__main__":
    main()
