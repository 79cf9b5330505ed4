#!/usr/bin/env python3
"""Write data/gold/reserved.txt: IndoSum records kept back for future blind gold sets.

Everything the tagger learns from unlabelled IndoSum text (Brown clusters, the capitalisation
lexicon, the stage-1 `auto` name list) leaves out every record of a gold set *and* every record
listed here, so a blind set annotated later from these records is unseen by the model too.

The reserve follows the two mechanical selections the gold sets already use:
* entities: the records that `entities/select.py` ranks #46-#105 (four more sets of 15 after
  indosum-heldout2.json);
* quotes: for each source, the first 4 records (8 for goal indonesia, which also takes
  dailysocial.id's exhausted turn) of the quote selection (500-1500 characters, a `"“”` mark,
  sorted by SHA-1 of the id) that no gold file of 2026-11-23 uses: the next ranks for heldout12
  onwards (see quotes/GUIDELINES.md).

Run from the repository root: python3 data/gold/reserve.py > data/gold/reserved.txt
The output is fixed once written: later gold files must not shift it, so this script reads the
gold files that existed when it was first run, listed below.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(HERE, "entities"))
import select as entity_select  # noqa: E402  (data/gold/entities/select.py)

GOLD_FILES = [
    "entities/indosum-dev.json",
    "entities/indosum-heldout.json",
    "entities/indosum-heldout2.json",
] + [
    "quotes/" + f
    for f in entity_select.QUOTE_FILES + ["indosum-heldout10.json", "indosum-heldout11.json"]
]


def gold_ids():
    ids = set()
    for f in GOLD_FILES:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            for a in json.load(fh).get("articles", []):
                if "id" in a:
                    ids.add(a["id"])
    return ids


def main():
    used = gold_ids()
    print("# IndoSum records reserved for future blind gold sets; written by data/gold/reserve.py.")
    print("# One id per line, then the selection it comes from. Mining never reads these records.")
    tags = {}  # id -> where it comes from, in first-seen order
    for i, (_lineno, rec) in enumerate(entity_select.select(105), 1):
        if i > 45 and rec["id"] not in used:
            tags.setdefault(rec["id"], []).append(f"entities #{i}")
    by_source = {}
    with open(entity_select.CORPUS, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            t = rec["text"]
            if not 500 <= len(t) <= 1500 or not any(c in t for c in '"“”'):
                continue
            key = hashlib.sha1(rec["id"].encode("utf-8")).hexdigest()
            by_source.setdefault(rec["source"], []).append((key, rec))
    for source in sorted(by_source):
        recs = sorted(by_source[source], key=lambda r: r[0])
        free = [r for _k, r in recs if r["id"] not in used]
        n = 8 if source == "goal indonesia" else 4
        for rank, rec in enumerate(free[:n], 1):
            tags.setdefault(rec["id"], []).append(f"quotes {source} next+{rank}")
    for id_, where in tags.items():
        print(f"{id_}\t{'; '.join(where)}")


if __name__ == "__main__":
    main()
