"""Cleaning's fixed point: a rule that rests (`zhtools.clean.RESTING_RULES`, page anatomy) gives
the same text and edits as running every rule until none changes anything, on the seed pages and
on the gold pages where anatomy runs again after later rules changed the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhtools.clean import clean_and_explain
from zhtools.evaluate_pages import load_pages

TESTS = Path(__file__).resolve().parent
RAW = TESTS.parent / "corpus" / "raw"
# Sets whose pages have anatomy act after pdf_join, wrap_space, whitespace or pinyin changed them
GOLD_SETS = ("dev9", "dev16", "dev20", "held9")


def pages() -> dict[str, str]:
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}
    for name in GOLD_SETS:
        found.update((f"{name}/{page.name[:40]}", page.raw) for page in load_pages(TESTS / "gold" / "anatomy" / name))
    return found


PAGES = pages()


@pytest.mark.parametrize("name", PAGES)
def test_resting_rules_change_nothing(name):
    text = PAGES[name]
    rested, full = clean_and_explain(text), clean_and_explain(text, rest=frozenset())
    assert rested.text == full.text
    assert rested.edits() == full.edits()
