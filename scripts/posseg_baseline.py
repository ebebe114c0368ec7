"""Object and action of counts: the parse of the clause against the term tables, on a gold set.

Issue 15 asks for object and action from a parse of the clause, jieba.posseg or spaCy with the
jieba segmenter, whichever measures better. spaCy's blank "zh" pipeline with the jieba segmenter
tags nothing (no trained model can be installed here), so jieba.posseg is the parse there is:
`zhtools.extract.count_parse` (segmentation and tags with the genre's words as a user
dictionary, then named rules). This script re-extracts the counts of a run's articles both
ways (`counts(text, title, attachment=…)`: only object and action differ, the spans are the
same) and scores each with `zhtools eval`'s evaluator:

    zhtools run corpus/raw/000_938a5dddb1924200.txt corpus/raw/001_c477d48db39d7e61.txt \\
        corpus/raw/003_0b8c7273d3b909f3.txt tests/gold/pages --out /tmp/gold-run
    python scripts/posseg_baseline.py tests/gold /tmp/gold-run

`--diff` lists the counts of the run on which the two disagree (never use it on a held-out set:
it prints what the extractor outputs there, not the gold, but it is still reading the pages).

(The first baseline, the last verb of the clause and the nouns before the number from
jieba.posseg's default dictionary, scored object 0.282 / action 0.569 on tests/gold.)
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from zhtools.evaluate import evaluate_folders, read_jsonl
from zhtools.extract.counts import ATTACHMENTS, counts

FILES = ("articles.jsonl", "measures.jsonl", "slogans.jsonl")


def rewrite(out: Path, dest: Path, attachment: str) -> list[tuple[str, str, tuple, tuple]]:
    """A copy of the run `out` in `dest` whose counts have the object and action of `attachment`;
    and, per count, (article id, mention, (object, action) of the run, (object, action) now)."""
    for name in FILES:
        (dest / name).write_bytes((out / name).read_bytes())
    articles = {a["id"]: a for a in read_jsonl(out / "articles.jsonl")}
    records = read_jsonl(out / "counts.jsonl")
    hits: dict[str, list] = {}
    changes = []
    with (dest / "counts.jsonl").open("w", encoding="utf-8") as f:
        for r in records:
            a = articles[r["article_id"]]
            if a["id"] not in hits:
                hits[a["id"]] = {(h.start, h.end): h for h in counts(a["text"], a["title"], attachment=attachment)}
            h = hits[a["id"]][tuple(r["span"])]
            changes.append((r["article_id"], r["mention"], (r["object"], r["action"]), (h.object, h.action)))
            f.write(json.dumps({**r, "object": h.object, "action": h.action}, ensure_ascii=False) + "\n")
    return changes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("run", type=Path, help="a `zhtools run` output folder over the gold's pages")
    parser.add_argument("--diff", action="store_true", help="list the counts where parse and term tables disagree")
    args = parser.parse_args()
    changes = {}
    for attachment in ATTACHMENTS:
        with tempfile.TemporaryDirectory() as tmp:
            changes[attachment] = rewrite(args.run, Path(tmp), attachment)
            score = evaluate_folders(args.gold, Path(tmp))["count"]
        fields = score.field_accuracy()
        print(f"{attachment:6} count F1 {score.f1:.4f}  object {fields['object']:.4f}  action {fields['action']:.4f}")
    if args.diff:
        for (article, mention, _, terms), (_, _, _, parse) in zip(changes["terms"], changes["parse"]):
            if terms != parse:
                print(f"{article}\t{mention}\tterms {terms}\tparse {parse}")


if __name__ == "__main__":
    main()
