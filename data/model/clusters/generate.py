#!/usr/bin/env python3
"""Builds data/model/clusters/clusters.txt: distributional word clusters for the NER tagger.

Why: idner-news-2k train has ~1,500 annotated sentences, so most words the tagger meets in
real news were never seen with a label. Words that occur in similar contexts in unlabelled
news (IndoSum) land in the same cluster, and the cluster id is a feature the tagger can learn
from the annotated words and apply to the unannotated ones.

How: skip-gram word2vec (gensim) over lowercased IndoSum dev text plus the words of the
idner-news-2k *train* split (never dev), then k-means (scikit-learn) on the unit vectors at
three granularities. Output lines: `word<TAB>c64<TAB>c256<TAB>c1024`, in gensim's vocabulary
order (by descending frequency).

Deterministic: one worker thread, fixed seeds, and a fixed hash function for gensim's
per-word vector seeding (Python's own string hash is salted per process).

    pip install gensim==4.4.0 scikit-learn==1.9.1
    python3 data/model/clusters/generate.py      # from the repository root, ~2 min
    cargo run --profile release-native -p kliping-cli -- train --out data/model/ner.bin
"""
import json
import re
import sys
import zlib
from pathlib import Path

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

ROOT = Path(__file__).resolve().parents[3]
# Roughly the tokenizer of crates/core/src/entities/tokenize.rs: words with inner
# hyphens/apostrophes/dots, or single punctuation characters.
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
LEVELS = (64, 256, 1024)
MIN_COUNT = 2


def fixed_hash(s):
    return zlib.crc32(s.encode("utf-8"))


def sentences():
    out = []
    with open(ROOT / "data/indosum/indosum-dev.ndjson", encoding="utf-8") as f:
        for line in f:
            for para in json.loads(line)["text"].split("\n"):
                toks = [w.lower() for w in TOKEN.findall(para)]
                if toks:
                    out.append(toks)
    cur = []
    with open(ROOT / "data/idner-news-2k/train.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                if cur:
                    out.append(cur)
                cur = []
                continue
            cur.append(cols[0].lower())
    if cur:
        out.append(cur)
    return out


def main():
    sents = sentences()
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens", file=sys.stderr)
    model = Word2Vec(
        sents,
        vector_size=100,
        window=5,
        min_count=MIN_COUNT,
        sg=1,
        workers=1,
        seed=1,
        epochs=10,
        hashfxn=fixed_hash,
    )
    words = model.wv.index_to_key
    vecs = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    labels = [
        KMeans(n_clusters=k, n_init=1, random_state=0, max_iter=100).fit(vecs).labels_
        for k in LEVELS
    ]
    out = ROOT / "data/model/clusters/clusters.txt"
    with open(out, "w", encoding="utf-8") as f:
        for i, w in enumerate(words):
            if "\t" in w:
                continue
            f.write(w + "\t" + "\t".join(str(l[i]) for l in labels) + "\n")
    print(f"wrote {out}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
