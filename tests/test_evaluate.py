"""The evaluation: span-overlap matching, precision/recall/F1 and per-field accuracy."""

from __future__ import annotations

import pytest

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
