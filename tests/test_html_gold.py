"""The HTML gate: the main text of the HTML gold pages must not score below the pinned floors.

tests/gold/html/ (see its README) holds pages of the genre as sites build them, each with its
main text cleaned by hand; a page's document text is scored by character-bigram F1
(zhtools.evaluate_html). `dev/` is read while writing rules, `held/` is not (only its scores).
Floors live in tests/gold/html/floors.json, raised and never silently lowered;
`python tests/test_html_gold.py` prints the scores, and trafilatura's alone for comparison.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

import pytest

from zhtools.evaluate_html import bigram_f1, load_pages, score_page, summary
from zhtools.pipeline import Input, process_document

GOLD = Path(__file__).resolve().parent / "gold" / "html"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
SETS = ("dev", "dev2", "held")


def text_of(path: Path) -> str:
    result = process_document(Input(path.name, path.stem, path.name), path.read_bytes(), extract_facts=False)
    assert result.error is None, result.error
    return result.document.text


@cache
def scores(name: str) -> dict[str, float]:
    return summary([score_page(page, text_of(page.html)) for page in load_pages(GOLD / name)])


@pytest.mark.parametrize("name, metric", [(n, m) for n in SETS for m in FLOORS[n]], ids=[f"{n}-{m}" for n in SETS for m in FLOORS[n]])
def test_scores_do_not_fall_below_their_floors(name, metric):
    assert scores(name)[metric] >= FLOORS[name][metric], f"{name} {metric}: {scores(name)[metric]:.3f} < floor {FLOORS[name][metric]}"


def test_each_set_has_its_pages():
    assert all(len(load_pages(GOLD / name)) >= 8 for name in SETS)


def test_the_score_can_fail():
    page = load_pages(GOLD / "dev")[0]
    assert bigram_f1(page.expected, page.expected) == 1.0
    assert bigram_f1(page.expected, page.html.read_text(encoding="utf-8")) < 0.9  # the raw page is no answer


def trafilatura_alone(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_text(encoding="utf-8"), include_comments=False) or ""


if __name__ == "__main__":
    for name in SETS:
        pages = load_pages(GOLD / name)
        ours = {k: round(v, 3) for k, v in scores(name).items()}
        alone = {k: round(v, 3) for k, v in summary([score_page(p, trafilatura_alone(p.html)) for p in pages]).items()}
        print(name, json.dumps(ours), "| trafilatura alone:", json.dumps(alone))
    sys.exit(0)
