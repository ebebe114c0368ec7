"""Object and action of counts from jieba.posseg, against the term tables zhtools uses.

Issue 15 asks for object and action from a parse of the clause, jieba.posseg or spaCy with the
jieba segmenter, whichever measures better. This is the jieba.posseg baseline: for every
predicted count matched to a gold count, the action is the last verb (flag v*, not vn) of the
clause before the number, and the object the run of nouns between it and the number (else the
noun right after the unit). spaCy's blank "zh" pipeline with the jieba segmenter tags nothing
(no trained model can be installed here), so posseg is the parse there is.

    zhtools run corpus/raw/000_938a5dddb1924200.txt corpus/raw/001_c477d48db39d7e61.txt \\
        corpus/raw/003_0b8c7273d3b909f3.txt tests/gold/pages --out /tmp/gold-run
    python scripts/posseg_baseline.py tests/gold /tmp/gold-run
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import jieba
import jieba.posseg as posseg

from zhtools.evaluate import load_gold, load_predictions, read_jsonl
from zhtools.extract.counts import _clause_start

NOUN_FLAGS = ("n", "nz", "vn", "eng", "nr", "ns", "nt", "an", "ng")
NOT_ACTIONS = {"累计", "共计", "合计", "总计", "同比", "环比", "高达"}
SKIPPED = ("d", "m", "q", "p", "u", "x", "c")
NUMBER = re.compile(r"[0-9０-９一二两三四五六七八九十百千万xX]")


def parse(text: str, span: list[int]) -> tuple[str | None, str | None]:
    start, end = span
    found = NUMBER.search(text, start, end)
    number = found.start() if found else start
    lo = _clause_start(text, number, 0)
    tokens = [(t.word, t.flag) for t in posseg.cut(text[lo:number])]
    action, at = None, None
    for i in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[i]
        if flag.startswith("v") and flag != "vn" and word not in NOT_ACTIONS and len(word) >= 2:
            action, at = word, i
            break
    nouns: list[str] = []
    for word, flag in reversed(tokens[(at + 1) if at is not None else 0 :]):
        if flag in NOUN_FLAGS:
            nouns.insert(0, word)
        elif nouns or flag not in SKIPPED:
            break
    after = [(t.word, t.flag) for t in posseg.cut(text[end : end + 12])]
    obj = "".join(nouns) or (after[0][0] if after and after[0][1].startswith("n") else None)
    return obj, action


def main(gold_dir: Path, out: Path) -> None:
    jieba.setLogLevel(logging.WARNING)
    gold = [g for g in load_gold(gold_dir) if g["kind"] == "count"]
    texts = {a["id"]: a["text"] for a in read_jsonl(out / "articles.jsonl")}
    preds = [p for p in load_predictions(out, {g["article_id"] for g in gold}) if p["record_kind"] == "count"]
    n = parsed_object = parsed_action = table_object = table_action = 0
    for g in gold:
        overlapping = [p for p in preds if p["article_id"] == g["article_id"] and min(g["span"][1], p["span"][1]) > max(g["span"][0], p["span"][0])]
        if not overlapping:
            continue
        p = max(overlapping, key=lambda p: min(g["span"][1], p["span"][1]) - max(g["span"][0], p["span"][0]))
        n += 1
        obj, action = parse(texts[p["article_id"]], p["span"])
        parsed_object += obj == g.get("object")
        parsed_action += action == g.get("action")
        table_object += p["object"] == g.get("object")
        table_action += p["action"] == g.get("action")
    print(f"{gold_dir}: {n} matched counts; jieba.posseg object {parsed_object / n:.3f} action {parsed_action / n:.3f}; "
          f"zhtools object {table_object / n:.3f} action {table_action / n:.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
