"""The trace against its oracle, edit for edit (issue 14's verification).

`zhtools.edits.Trace` keeps its piece offsets and merges an apply's replacements left to right;
`trace_oracle.OldTrace` is the trace the outputs of earlier releases came from. Here every
document is cleaned with a trace that runs both on every apply the rules make and checks, after
each, that they hold the same pieces, offsets and text, and at the end the same edit log,
deletions and source spans: over corpus/raw, the hostile suite's inputs (built by
tests/test_hostile.py) and every marked gold page. (tests/test_edits.py compares the two on
random passes.)
"""

from __future__ import annotations

import importlib.util
from itertools import accumulate
from pathlib import Path

import pytest

import zhtools.clean
from zhtools.edits import Trace
from zhtools.evaluate_pages import load_pages
from zhtools.pipeline import Input, discover, process_document, render_document

TESTS = Path(__file__).resolve().parent
RAW = TESTS.parent / "corpus" / "raw"
GOLD = TESTS / "gold" / "anatomy"


def sibling(name: str):
    """A module beside this file (the tests run with --import-mode=importlib: no sibling imports)."""
    spec = importlib.util.spec_from_file_location(f"_zhtools_tests_{name}", TESTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OldTrace = sibling("trace_oracle").OldTrace


class Checked(Trace):
    """A trace that runs the oracle beside itself and fails at the first difference."""

    __slots__ = ("oracle",)
    seen = 0  # traces made, applies compared

    def __init__(self, source: str):
        super().__init__(source)
        self.oracle = OldTrace(source)
        Checked.seen += 1

    def apply(self, rule, replacements, *, keep_inner=False):
        replacements = list(replacements)
        changed = super().apply(rule, replacements, keep_inner=keep_inner)
        assert changed == self.oracle.apply(rule, replacements, keep_inner=keep_inner)
        assert self._pieces == self.oracle._pieces, rule
        assert self.text == self.oracle.text
        assert self._offsets == [0, *accumulate([e - s if t is None else len(t) for s, e, t, _ in self._pieces])]
        return changed

    def edit_log(self):
        log = super().edit_log()
        assert log == self.oracle.edit_log()
        return log

    def deletions(self):
        found = super().deletions()
        assert found == self.oracle.deletions()
        return found

    def source_span(self, start, end):
        span = super().source_span(start, end)
        assert span == self.oracle.source_span(start, end)
        return span


@pytest.fixture
def checked(monkeypatch):
    monkeypatch.setattr(zhtools.clean, "Trace", Checked)
    Checked.seen = 0
    return Checked


def test_corpus_raw_and_the_hostile_inputs(checked, tmp_path):
    sibling("test_hostile").build(tmp_path)
    items, _ = discover([str(RAW), str(tmp_path)])
    for item in items:
        result = render_document(item)
        assert result  # an error record is a result too; a failed check would have raised
    assert checked.seen > len(items) // 2


def test_the_gold_pages(checked):
    pages = load_pages(GOLD)
    for page in pages:
        result = process_document(Input(f"{page.name}.txt", page.name, f"{page.name}.txt"), page.raw.encode("utf-8"))
        assert result.error is None, result.error
    assert checked.seen == len(pages)
