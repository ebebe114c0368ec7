"""Every pair of articles in a release, by the similarity the dedup stage verifies with: the
table the default duplicate threshold was read from, and the one to read before changing it.

Usage: python scripts/similarity_table.py [RELEASE_DIR ...] [--min 0.2] [--limit 60] [--check]

For each pair of articles (across all the given release folders, in canonical order) it
computes the exact similarity of `zhtools.dedup.similarity` (the share of the shorter
article's character 5-grams found in the other) and the Jaccard of the two 5-gram sets, and
prints the pairs at or above --min, most similar first, with the lengths and openings of both,
then a histogram of all pairs. With --check, it also runs the dedup stage (LSH candidates,
then verification) over the same articles and counts how many of its answers differ from
comparing every article with every canonical one: what LSH's approximation costs. It compares
every pair: meant for a sample of a few thousand articles, not a whole crawl.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

from zhtools.dedup import SHINGLE, DedupOptions, find_duplicates, normalise, shingle_set, similarity

ROOT = Path(__file__).resolve().parent.parent


def articles(folders: list[str]) -> list[dict]:
    found = []
    for folder in folders:
        with (Path(folder) / "articles.jsonl").open(encoding="utf-8") as f:
            found.extend(json.loads(line) for line in f)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "corpus" / "processed")])
    parser.add_argument("--min", type=float, default=0.2, help="list pairs at or above this similarity")
    parser.add_argument("--limit", type=int, default=60, help="list at most this many pairs")
    parser.add_argument("--check", action="store_true", help="compare the dedup stage's answers with the exhaustive ones")
    args = parser.parse_args(argv)

    found = articles(args.folders)
    sets = [shingle_set(normalise(a["text"])) for a in found]
    pairs = []
    for i, j in itertools.combinations(range(len(found)), 2):
        if len(sets[i]) and len(sets[j]):
            common = len(np.intersect1d(sets[i], sets[j], assume_unique=True))
            shorter = i if len(sets[i]) <= len(sets[j]) else j
            pairs.append((similarity(sets[i], sets[j], found[shorter]["preview"]), common / (len(sets[i]) + len(sets[j]) - common), i, j))
    pairs.sort(key=lambda p: (-p[0], p[2], p[3]))

    threshold = DedupOptions().threshold
    print(f"{len(found)} articles, {len(pairs)} pairs; default threshold {threshold}")
    print(f"{'similarity':>10} {'jaccard':>7}  article (chars) | article (chars)")
    for score, jaccard, i, j in [p for p in pairs if p[0] >= args.min][: args.limit]:
        a, b = found[i], found[j]
        mark = "dup" if score >= threshold else "   "
        print(f"{score:>10.3f} {jaccard:>7.3f}  {mark} {a['id']} ({len(a['text'])}) | {b['id']} ({len(b['text'])})")
        print(f"{'':>23}{a['text'][:30]!r} | {b['text'][:30]!r}")
    print("histogram of all pairs:")
    for low in [x / 10 for x in range(10, -1, -1)]:
        n = sum(1 for p in pairs if low <= p[0] < low + 0.1 or (low == 1.0 and p[0] == 1.0))
        print(f"  [{low:.1f}, {min(low + 0.1, 1.0):.1f}{']' if low == 1.0 else ')'} {n}")
    if args.check:
        check(found, sets, threshold)
    return 0


def check(found: list[dict], sets: list[np.ndarray], threshold: float) -> None:
    """The stage's answers against comparing each article with every canonical one before it."""
    exhaustive, canonical = [], []
    for article, mine in zip(found, sets):
        best = None
        if len(normalise(article["text"])) >= SHINGLE:
            for rank, (cid, theirs, preview) in enumerate(canonical):
                score = similarity(mine, theirs, article["preview"] if len(mine) <= len(theirs) else preview)
                if score >= threshold and (best is None or (score, -rank) > (best[0], -best[1])):
                    best = (score, rank, cid)
            if best is None:
                canonical.append((article["id"], mine, article["preview"]))
        exhaustive.append((best[2], best[0]) if best else (None, None))
    stage = [(d, s) for _, d, s in find_duplicates((a["id"], a["text"], a["preview"]) for a in found)]
    both = sum(1 for e, g in zip(exhaustive, stage) if e[0] and g[0])
    print(f"check: exhaustive comparison marks {sum(1 for e in exhaustive if e[0])} duplicates, the stage {sum(1 for g in stage if g[0])}; "
          f"both mark {both}; same answer (canonical and similarity) for {sum(1 for e, g in zip(exhaustive, stage) if e == g)} of {len(found)} articles")


if __name__ == "__main__":
    sys.exit(main())
