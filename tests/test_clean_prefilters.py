"""Cleaning's and splitting's cheap pre-checks stay in step with the patterns they stand in front of.

`split.declared_count` leaves a line without a numeral right before a count word
(`NUMBER_BEFORE_COUNT_WORD`) without asking `DECLARED`, and `mojibake.mojibake_runs` leaves a
short text none of whose characters can start a seed (`may_hold_seed`) without compiling the
seed pattern. Each shortcut is sound only while it accepts at least what the full pattern does;
these properties fail the day a pattern grows and its shortcut does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools import mojibake as M
from zhtools import split as S
from zhtools.ingest import read_path

ROOT = Path(__file__).resolve().parent.parent
COUNT_WORDS = "篇则例份辑套封类期首个组版"
NUMERALS = "0123456789一二三四五六七八九十百零〇两壹贰叁參参肆伍陆柒捌玖拾"
PIECES = [*COUNT_WORDS, *NUMERALS, "第", "共", "含", "收录", "内含", "精选", "心得", "总结", "范文", "标语", "案例", "附件",
          "(", "（", ")", "）", "【", "】", "〔", "〕", "［", "］", "[", "]", "·", "｜", "|", "丨", "、", "，", " ", "\t", "\u3000",
          ".docx", ".pdf", "反", "诈", "宣", "传", "稿", "书", "各", "a"]


def _corpus_lines() -> list[str]:
    pages = [read_path(p).text for p in sorted((ROOT / "corpus" / "raw").iterdir()) if p.is_file()]
    pages += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "anatomy").glob("dev*/*.txt"))]
    return sorted({line for page in pages for line in page.split("\n")})


def _declared_unfiltered(text: str) -> bool:
    return S.DECLARED.search(S.FILE_EXTENSION.sub("", text.strip())) is not None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_declared_needs_a_numeral_before_a_count_word(text):
    if _declared_unfiltered(text):
        assert S.NUMBER_BEFORE_COUNT_WORD.search(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_without_declared_is_declareds_substitution(text):
    assert S.without_declared(text) == S.DECLARED.sub("", text)


def test_without_declared_on_the_corpus_lines():
    assert [S.without_declared(line) for line in _corpus_lines()] == [S.DECLARED.sub("", line) for line in _corpus_lines()]


def test_declared_count_prefilter_on_the_corpus_lines():
    missed = [line for line in _corpus_lines() if _declared_unfiltered(line) and not S.NUMBER_BEFORE_COUNT_WORD.search(line)]
    assert missed == []


@pytest.mark.parametrize("text, declared", [
    ("反诈宣传心得体会（精选24篇）", 24), ("…总结12篇", 12), ("防骗提醒（范本三份）", 3), ("宣传标语三组", 3),
    ("反诈心得｜3篇", 3), ("（第2篇）", None), ("共发放宣传单500份", None), ("反诈宣传活动总结", None),
    ("反诈防骗宣传标语（三组）", 3), ("反诈宣传标语（第三组）", None), ("防诈骗应急演练方案（分3组）", None), ("反诈知识竞赛决赛（6组选手）", None),
], ids=["bracketed", "trailing", "chinese numeral", "after a genre word", "after a bar", "ordinal", "a count, not declared", "no count",
        "s23-groups-in-brackets", "s23-a-groups-ordinal", "s23r-a-drills-groups-of-people", "s23r-contestants-in-groups"])
def test_declared_count_with_its_prefilter(text, declared):
    S.declared_count.cache_clear()
    assert S.declared_count(text) == declared


SEED_PIECES = ["?", ";", "\ufffd", "锟斤拷", "锟", "\ue000", "\uf8ff", "！", "；", "中", "文", "，", "。", "a", "1", " ",
               *(chr(o) for a, b in zip(*M._rare_bounds()) for o in (a, b, a - 1, b + 1))]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(SEED_PIECES), max_size=8).map("".join))
def test_may_hold_seed_is_seed_start(text):
    assert M.may_hold_seed(text) == (M.seed_start().search(text) is not None)


def test_may_hold_seed_on_the_corpus_lines():
    for line in _corpus_lines():
        assert M.may_hold_seed(line) == (M.seed_start().search(line) is not None), line


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1e a中。", max_size=12))
def test_lines_are_the_line_pattern(text):
    """`base.lines` splits on \\n in C: the spans are LINE's (whose `.` and `$` know no other line break)."""
    from zhtools.clean.base import LINE, lines

    assert list(lines(text)) == [(m.start(), m.end()) for m in LINE.finditer(text)]
