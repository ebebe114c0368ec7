"""Evaluate extraction against a hand-checked gold set: precision, recall and F1 per record
kind, and per-field accuracy on the matched records.

A predicted record matches a gold record of the same kind in the same article when their spans
overlap by at least half of the shorter one; each gold record matches at most one prediction
(greedily, largest overlap first). Gold files are JSONL under a folder (tests/gold/), one record
per line with `kind` = count | slogan | measure, `article_id`, `span` and the SPEC's fields (a
slogan's own kind is `slogan_kind` there).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("count", "slogan", "measure")
PREDICTION_FILES = {"count": "counts.jsonl", "slogan": "slogans.jsonl", "measure": "measures.jsonl"}
# Fields compared on matched pairs, per kind: (gold field, predicted field).
FIELDS = {
    "count": [("value", "value"), ("value_max", "value_max"), ("approx", "approx"), ("unit", "unit"), ("object", "object"), ("action", "action"), ("redacted", "redacted"),
              ("currency", "currency"), ("per", "per"), ("count_kind", "kind")],
    "slogan": [("slogan_kind", "kind"), ("quoted", "quoted"), ("expansion", "expansion"), ("normalized", "normalized")],
    "measure": [("marker", "marker"), ("level", "level"), ("heading", "heading")],
}


@dataclass
class KindScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, compared]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self) -> dict[str, float]:
        return {name: right / n for name, (right, n) in self.fields.items() if n}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_gold(folder: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        records.extend(read_jsonl(path))
    return records


def load_predictions(out_dir: Path, article_ids: set[str]) -> list[dict[str, Any]]:
    """The predicted records of the articles the gold annotates (other articles are not judged)."""
    records = []
    for kind, name in PREDICTION_FILES.items():
        path = out_dir / name
        if path.exists():
            records.extend({**r, "record_kind": kind} for r in read_jsonl(path) if r["article_id"] in article_ids)
    return records


def _overlap(a: list[int], b: list[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _same(gold: Any, predicted: Any) -> bool:
    if isinstance(gold, float | int) and isinstance(predicted, float | int) and not isinstance(gold, bool):
        return abs(gold - predicted) <= 1e-9 * max(1.0, abs(gold))
    return gold == predicted


def evaluate(gold: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]) -> dict[str, KindScore]:
    """Gold records carry their record kind in `kind`, predictions in `record_kind`."""
    scores = {kind: KindScore() for kind in KINDS}
    by_key: dict[tuple[str, str], tuple[list[dict], list[dict]]] = {}
    for g in gold:
        by_key.setdefault((g["kind"], g["article_id"]), ([], []))[0].append(g)
        scores[g["kind"]].gold += 1
    for p in predicted:  # a prediction's own `kind` is a slogan's kind: its record kind is apart
        by_key.setdefault((p["record_kind"], p["article_id"]), ([], []))[1].append(p)
        scores[p["record_kind"]].predicted += 1
    for (kind, _), (golds, preds) in by_key.items():
        pairs = []
        for gi, g in enumerate(golds):
            for pi, p in enumerate(preds):
                ov = _overlap(g["span"], p["span"])
                shorter = min(g["span"][1] - g["span"][0], p["span"][1] - p["span"][0])
                if ov and 2 * ov >= shorter:
                    pairs.append((ov, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            score = scores[kind]
            score.matched += 1
            for gname, pname in FIELDS[kind]:
                if gname in golds[gi]:
                    tally = score.fields.setdefault(gname, [0, 0])
                    tally[0] += _same(golds[gi][gname], preds[pi].get(pname))
                    tally[1] += 1
    return scores


def report(scores: dict[str, KindScore]) -> str:
    lines = [f"{'kind':8} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}  fields"]
    for kind, s in scores.items():
        fields = "  ".join(f"{k}={v:.2f}" for k, v in s.field_accuracy().items())
        lines.append(f"{kind:8} {s.gold:5d} {s.predicted:5d} {s.matched:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {fields}")
    return "\n".join(lines)


def evaluate_folders(gold_dir: Path, out_dir: Path) -> dict[str, KindScore]:
    gold = load_gold(gold_dir)
    return evaluate(gold, load_predictions(out_dir, {g["article_id"] for g in gold}))
