"""split's cheap shortcuts stay in step with the patterns they stand in front of.

`_glued_prefixed` scans a long line for GLUED_TAIL from GLUED_TAIL_REACH characters before its end
(the spaces before that aside), not from its start: sound only while every match ends that close to
the end, which GLUED_TAIL's lookahead decides, and leaves a line whose last three characters hold a stop
at once; these fail the day the pattern reaches further or its title takes a stop.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools.split import GLUED_TAIL, GLUED_TAIL_REACH, GLUED_TAIL_STOPS

PIECES = ["。", "！", "？", "!", "?", "”", "」", "）", ")", " ", "\t", "\u3000", "\n", "反", "诈", "宣", "传", "a", "1", "➋", "【二】"]
LINES = st.lists(st.sampled_from(PIECES), max_size=160).map("".join)


def _last_from(text: str, at: int) -> tuple[int, int] | None:
    ends = list(GLUED_TAIL.finditer(text, at))
    return ends[-1].span() if ends else None


@settings(max_examples=2000, deadline=None)
@given(LINES)
def test_the_last_glued_tail_is_found_from_near_the_end(text):
    at = max(0, len(text) - GLUED_TAIL_REACH)
    while at and text[at - 1] in " \t\u3000":
        at -= 1
    assert _last_from(text, at) == _last_from(text, 0)


@settings(max_examples=2000, deadline=None)
@given(LINES)
def test_no_glued_tail_before_a_stop_among_the_last_three_characters(text):
    if not set(text.removesuffix("\n")[-3:]).isdisjoint(GLUED_TAIL_STOPS):
        assert _last_from(text, 0) is None
