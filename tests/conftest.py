"""Hypothesis profiles for the whole suite.

By default every property test is derandomized: the examples come from a fixed seed, no
deadline applies and no example database is replayed, so the suite draws the same inputs on
every machine and a red run always means a regression, never an unlucky draw. Set
`ZHTOOLS_FUZZ=N` to explore instead: fresh random examples each run (failures are kept in
.hypothesis/ and printed with a reproduction blob), and tests/test_fuzz.py runs N times its
examples.

    ZHTOOLS_FUZZ=10 .venv/bin/pytest -q tests/
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

FUZZ_SCALE = int(os.environ.get("ZHTOOLS_FUZZ", "0") or 0)  # 0: the fixed, derandomized profile
SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "zhtools-ci",
    deadline=None,  # a slow shared machine is not a regression
    derandomize=True,  # the same examples on every run: a red build is reproducible
    database=None,
    print_blob=True,
    suppress_health_check=SUPPRESSED,
)
settings.register_profile(
    "zhtools-fuzz",
    deadline=None,
    derandomize=False,  # new examples each run; failures are kept in .hypothesis/ and printed
    print_blob=True,
    suppress_health_check=SUPPRESSED,
)
settings.load_profile("zhtools-fuzz" if FUZZ_SCALE else "zhtools-ci")


def _assert_page_stays(page: str, articles: int, kept: list[str]):
    """A whole page a review found a rule wrong on keeps every string of `kept` and has `articles`
    articles, as before the rule (the reviews' tables: tests/test_review6.py, 7, 8); the result, for more checks."""
    from zhtools.pipeline import Input, process_document

    r = process_document(Input("p.txt", "p", "p.txt"), page.encode())
    assert len(r.articles) == articles
    for s in kept:
        assert s in r.document.text
    return r


@pytest.fixture
def assert_page_stays():
    return _assert_page_stays
