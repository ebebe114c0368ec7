"""The evaluation: span-overlap matching, precision/recall/F1 and per-field accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhtools.cli import entry
from zhtools.evaluate import evaluate


def count(aid, s, e, value=1.0, unit="份"):
    return {"kind": "count", "record_kind": "count", "article_id": aid, "span": [s, e], "value": value, "unit": unit}


def test_perfect_predictions_score_one():
    gold = [count("a#1", 0, 5), count("a#1", 10, 15)]
    scores = evaluate(gold, [dict(g) for g in gold])
    assert (scores["count"].precision, scores["count"].recall, scores["count"].f1) == (1.0, 1.0, 1.0)
    assert scores["count"].field_accuracy() == {"value": 1.0, "unit": 1.0}


@pytest.mark.parametrize(
    "predicted_span, matches",
    [([0, 5], True), ([2, 6], True), ([3, 9], False), ([5, 9], False), ([0, 20], True)],
    ids=["same", "most", "less-than-half-of-shorter", "touching", "covering"],
)
def test_spans_match_when_they_overlap_by_half_the_shorter(predicted_span, matches):
    scores = evaluate([count("a#1", 0, 5)], [count("a#1", *predicted_span)])
    assert scores["count"].matched == int(matches)


def test_other_articles_and_kinds_never_match():
    gold = [count("a#1", 0, 5)]
    pred = [count("a#2", 0, 5), {**count("a#1", 0, 5), "record_kind": "slogan"}]
    scores = evaluate(gold, pred)
    assert scores["count"].matched == 0 and scores["count"].recall == 0.0


def test_one_gold_record_matches_one_prediction():
    scores = evaluate([count("a#1", 0, 10)], [count("a#1", 0, 10), count("a#1", 1, 9)])
    assert scores["count"].matched == 1
    assert scores["count"].precision == 0.5 and scores["count"].recall == 1.0
    assert round(scores["count"].f1, 3) == 0.667


def test_fields_are_compared_on_matched_pairs():
    scores = evaluate([count("a#1", 0, 5, value=5000.0, unit="份")], [count("a#1", 0, 5, value=5000, unit="张")])
    assert scores["count"].field_accuracy() == {"value": 1.0, "unit": 0.0}


def test_a_predicted_slogans_own_kind_is_compared_not_taken_for_its_record_kind():
    gold = [{"kind": "slogan", "article_id": "a#1", "span": [0, 4], "slogan_kind": "formula"}]
    pred = [{"record_kind": "slogan", "kind": "formula", "article_id": "a#1", "span": [0, 4]}]
    scores = evaluate(gold, pred)
    assert scores["slogan"].matched == 1 and scores["slogan"].field_accuracy() == {"slogan_kind": 1.0}


def test_a_release_of_the_old_edit_log_scores_the_same(tmp_path):
    """zhtools eval on a release written before zhtools.edit/2 (one record per edit) gives the
    scores of the same release with the new log, instead of a KeyError (issue 14)."""
    from zhtools.evaluate_pages import evaluate_run, load_pages, summary, write_pages
    from zhtools.records import edit_rows

    pages = load_pages(Path(__file__).resolve().parent / "gold" / "anatomy" / "dev8")[:4]
    write_pages(pages, tmp_path / "pages")
    out = tmp_path / "out"
    assert entry(["run", str(tmp_path / "pages"), "--out", str(out), "--quiet", "--workers", "1"]) == 0
    new = summary(evaluate_run(pages, out))
    lines = []
    for record in map(json.loads, (out / "edits.jsonl").read_text(encoding="utf-8").splitlines()):
        for n, row in enumerate(edit_rows(record), 1):
            lines.append(json.dumps({"schema": "zhtools.edit/1", "id": f"{record['doc_id']}@{n}", "doc_id": record["doc_id"], "rule": row["rule"],
                                     "source_span": [row["start"], row["end"]], "old": row["old"], "new": row["new"]}, ensure_ascii=False))
    (out / "edits.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert summary(evaluate_run(pages, out)) == new
