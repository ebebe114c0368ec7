"""The extractors' cheap pre-checks stay in step with the patterns they stand in front of.

For speed, some scans begin where a cheaper pattern first matches, some patterns are tried only
at positions holding one of a family's first characters, and the table-of-contents test looks
at a line's tail only. Each shortcut is sound only while it accepts at least what the full
pattern does; these properties fail the day a pattern grows and its shortcut does not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools.extract import measures as M
from zhtools.extract import slogans as S
from zhtools.extract.slogan_terms import ADVICE_NEG_HEADS, ADVICE_POS_HEADS, ADVICE_VERBS, FORMULA_NUMERALS, FORMULA_VERBS


def texts_of(pieces, max_size=14):
    return st.lists(st.sampled_from(sorted(set(pieces))), max_size=max_size).map("".join)


PUNCT = ["、", "，", ",", "。", "；", "：", ":", "（", "）", "(", ")", " ", "\n", "等", "-", "…", ".", "·", "页", "1", "2", "9"]
HAN = ["骗", "钱", "话", "转", "账", "信", "码", "陌", "生", "人", "的", "是", "要", "步", "第", "首", "先", "其", "次", "最", "后"]
FORMULA_TEXTS = texts_of([*FORMULA_VERBS, *FORMULA_NUMERALS, *HAN, *PUNCT])
ADVICE_ITEMS = st.tuples(st.sampled_from(sorted({*ADVICE_NEG_HEADS, *ADVICE_POS_HEADS})), texts_of(HAN, max_size=5)).map("".join)
# Series of advice items (a head, a few characters) with noise around and between them.
ADVICE_TEXTS = st.tuples(
    texts_of([*ADVICE_VERBS, *HAN, *PUNCT], max_size=4),
    st.lists(st.tuples(ADVICE_ITEMS, st.sampled_from(["、", "，", ",", "。", "等", ""])).map("".join), max_size=5).map("".join),
    texts_of([*ADVICE_VERBS, *ADVICE_NEG_HEADS, *ADVICE_POS_HEADS, *HAN, *PUNCT], max_size=8),
).map("".join)
MARKER_TEXTS = texts_of([*M.CN_DIGITS, *M.AR_DIGITS, *M.CIRCLED, *HAN, *PUNCT, "是", "要", "十"])


@settings(max_examples=600, deadline=None)
@given(FORMULA_TEXTS)
def test_formula_scan_starts_no_later_than_its_first_match(text):
    found = [m.span() for m in S.VERB_FORMULA.finditer(text)]
    assert [m.span() for m in S._finditer_from(S.VERB_FORMULA_START, S.VERB_FORMULA, text)] == found


@settings(max_examples=600, deadline=None)
@given(ADVICE_TEXTS)
def test_advice_scans_start_no_later_than_their_first_match(text):
    for start, pattern in ((S.ADVICE_SERIES_START, S.ADVICE_SERIES), (S.ADVICE_AFTER_VERB_START, S.ADVICE_AFTER_VERB)):
        found = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in S._finditer_from(start, pattern, text)] == found


@settings(max_examples=600, deadline=None)
@given(texts_of(["以", "为名", "为由", "名义", "幌子", "形式", "的", "冒充", "公检法", "，", "。", "客服", "名", "为", "义"]))
def test_pretext_pattern_never_matches_without_one_of_its_words(tail):
    if S.PRETEXT_TAIL.match(tail):
        assert any(word in tail for word in S.PRETEXT_WORDS)


@settings(max_examples=600, deadline=None)
@given(MARKER_TEXTS)
def test_every_marker_starts_with_one_of_its_familys_first_characters(text):
    for family, pattern in M.MARKER_PATTERNS.items():
        for i in range(len(text)):
            if pattern.match(text, i):
                assert text[i] in M.MARKER_FIRST_CHARS[family], (family, text[i:])


@settings(max_examples=600, deadline=None)
@given(texts_of(["-", "…", ".", "·", " ", "1", "2", "页", "活动", "名称", "目录", "第", "章"], max_size=20))
def test_a_table_of_contents_line_is_seen_from_its_tail(line):
    assert (M.TOC_ENTRY.search(line) is not None) == (M.TOC_ENTRY.search(line[-M.TOC_TAIL :]) is not None)
