"""The page-anatomy gate: cleaning on the marked gold pages must not score below the pinned floors.

tests/gold/anatomy/ (see its README) holds pages in the forms ../shared/corpus/PHENOMENA.md
catalogues, with what must go marked. `dev/` to `dev37/` are what rules were written against (and what the line model is trained on, dev35 to dev37 aside);
`held/` to `held9/` were written apart, from PHENOMENA.md alone, and are not read while writing
rules: their floors say how far the rules generalise. Floors live in tests/gold/anatomy/floors.json and are raised, never
silently lowered; `python tests/test_anatomy_gold.py` prints the current scores.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from functools import cache
from pathlib import Path

import pytest

from zhtools.evaluate_pages import GoldPage, load_pages, parse_marked, score_page, summary
from zhtools.pipeline import Input, process_document
from zhtools.records import to_dict

GOLD = Path(__file__).resolve().parent / "gold" / "anatomy"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "held", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "held9")


def score(page: GoldPage):
    result = process_document(Input(f"{page.name}.txt", page.name, f"{page.name}.txt"), page.raw.encode("utf-8"))
    assert result.error is None, result.error
    return score_page(page, to_dict(result.document), [dataclasses.asdict(e) for e in result.edits], [to_dict(a) for a in result.articles])


@cache
def scores(name: str) -> dict[str, float]:
    return summary([score(page) for page in load_pages(GOLD / name)])


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_its_pages_and_its_floors(name):
    assert len(load_pages(GOLD / name)) >= 18  # dev8, the smallest set, has 18
    assert set(FLOORS[name]) <= set(scores(name)) and FLOORS[name]


@pytest.mark.parametrize("name, metric", [(n, m) for n in SETS for m in FLOORS[n]], ids=[f"{n}-{m}" for n in SETS for m in FLOORS[n]])
def test_scores_do_not_fall_below_their_floors(name, metric):
    assert scores(name)[metric] >= FLOORS[name][metric], f"{name} {metric}: {scores(name)[metric]:.3f} < floor {FLOORS[name][metric]}"


@pytest.mark.parametrize("start, found", [("——在全县", 1), ("在全县推进会", 1), ("各位领导", 1), ("同志们", 0), ("全县推进会", 0)])
def test_an_article_is_found_by_its_text_or_its_subtitle_then_its_text(start, found):
    header = json.dumps({"articles": [{"title": "把反诈课上到心坎上", "start": start}]}, ensure_ascii=False)
    page = parse_marked("p", f"#% {header}\n把反诈课上到心坎上\n——在全县推进会上的讲话\n各位领导、同志们：")
    article = {"title": "把反诈课上到心坎上", "subtitle": "——在全县推进会上的讲话", "text": "各位领导、同志们："}
    assert score_page(page, {"text": "", "metadata": {}}, [], [article]).articles_found == found


def test_no_page_loses_most_of_its_text():
    for name in SETS:
        for page in load_pages(GOLD / name):
            s = score(page)
            if s.stay:
                assert sum(s.stay) >= 0.8 * len(s.stay), (page.name, [f for f in s.failures if f.startswith("lost")])


if __name__ == "__main__":
    for name in SETS:
        print(name, json.dumps({k: round(v, 3) for k, v in scores(name).items()}, ensure_ascii=False))
    sys.exit(0)
