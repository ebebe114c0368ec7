"""Counts: reported quantities, a number with a measure word or % (SPEC, "What each extraction means").

`counts(text)` finds them in three steps, each made of named rules:

1. **Candidates** — `CANDIDATE_RE` finds a number (Arabic with thousands separators,
   decimals and 千/万/亿 scaling, Chinese numerals, or a redaction placeholder) followed by a
   unit from `UNITS`, with approximation words inside (余/多) and after (以上/左右…), or a
   `百分之…` percentage. Dates, times, ages and durations never become candidates: 年 月 日 号
   时 分 秒 周 天 岁 are not in `UNITS`.
2. **Rejections** — `REJECTIONS`, an ordered tuple of small functions; the first that returns
   True drops the candidate (`explain_counts` tells which one).
3. **Attachment** — approximation and the mention span from the clause around the number,
   with the term tables of `count_terms.py`; action (verb) and object (what is counted) from a
   parse of the clause (`zhtools.extract.count_parse`: jieba.posseg with those tables as its
   lexicon), or from the term tables alone with `attachment="terms"`.

Decisions worth knowing:
- `四大功能`, `三大功能` are not counts: 大 is not a measure word, and "the four major X"
  names a structure of the text, it reports nothing that happened.
- A bare `一` with a measure word (`一次更新`, `一个朋友`, `一批罪犯`) is an indefinite
  article, not a count, unless an approximation word bounds it (`至少组织一次问答`).
- A small Chinese numeral with a structural classifier followed by a noun (`三个方面`,
  `四项举措`, `五个特点`) enumerates the text's own parts; clause-final (`团伙四个`) or after
  a verb (`摧毁了两个集团`) it is a count.
- `万元`, `亿元` are scaled: `80余万元` has value 800000 and unit 元.
- `余` is never a unit, only an approximation (`30余人`).
- Placeholders: x/xx/X (up to four), Ⅹ, Ｘ, ?, ？, ＊, *, #, ＃ in place of the digits.

>>> [(h.mention, h.value, h.approx, h.unit, h.object, h.action) for h in counts("共发放宣传单5000余份，破案162起。")]
[('发放宣传单5000余份', 5000, 'more_than', '份', '宣传单', '发放'), ('破案162起', 162, 'exact', '起', None, '破案')]
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

import regex

from zhtools.extract import CountHit, count_parse
from zhtools.extract.count_terms import (
    APPROX_AFTER,
    APPROX_BARE_SCALE,
    APPROX_BEFORE,
    APPROX_INSIDE,
    CLASSIFIER_UNITS,
    CLAUSE_DELIMITERS,
    COMMAS,
    CURRENCIES,
    DEMONSTRATIVES,
    DIAL_CUES,
    DONE_CUES,
    DURATION_AFTER_GE,
    HOTLINES,
    IDIOMS,
    LEADING_SCOPE,
    LIMIT_CUES,
    MONEY_UNITS,
    NOMINAL_HEADS,
    NON_NOUN_TAGS,
    NOT_VERBS,
    OBJECT_STOP_WORDS,
    OBJECT_STOPS,
    OPEN_QUOTES,
    PER_CLASSIFIERS,
    PER_PLACE_ENDS,
    PER_WORDS,
    PLAN_TITLE_WORDS,
    QUESTION_PARTICLES,
    RATE_HEADS,
    REPORT_TITLE_WORDS,
    STRUCTURAL_UNITS,
    SUBJECT_VERBS,
    TARGET_CLAUSE_CUES,
    TARGET_CUES,
    TENTHS_UNIT,
    TRAILING_LINKS,
    UNIT_FALSE_STARTS,
    UNITS,
    USERS,
    VERBS,
    WEAK_VERBS,
)
from zhtools.numerals import parse_int

# ---------------------------------------------------------------------------------------------
# Sizes (the term tables are in count_terms.py)
# ---------------------------------------------------------------------------------------------

WINDOW = 30  # how far back a clause may reach
MAX_OBJECT = 12  # object before the number: its last 12 characters at most
MAX_AFTER_OBJECT = 10
MAX_QUOTED = 16  # a title or quote inside a count's clause: its content at most this long
OPENING_MARKS = {"《": "》", "“": "”", "「": "」"}
CLOSING_MARKS = {close: open_ for open_, close in OPENING_MARKS.items()}
RATE_NOUN_MAX = 6  # a longer object ending in 率/数/量 keeps only the word before its head
PERIODS = frozenset({"day", "week", "month", "quarter", "year"})  # the bases of `per` that are spans of time
# How object and action are chosen (`counts(attachment=…)`): the parse of the clause (issue 15;
# tests/gold object 0.851, action 0.890) or, as before it, the term tables alone (0.851, 0.878).
ATTACHMENTS = ("terms", "parse")
MAX_DIGITS = 15  # longer digit strings are codes, and int() refuses more than 4300 digits

# ---------------------------------------------------------------------------------------------
# Patterns: `re` unless they need `regex` (why: see zhtools.extract)
# ---------------------------------------------------------------------------------------------


def _alt(words) -> str:
    """An alternation, longest first; refuses an empty table (it would match everything)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words:
        raise ValueError("empty alternation")
    return "|".join(re.escape(w) for w in words)


_D = "0-9０-９"
_CN = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_SCALE = "[千万亿]"
# Arabic: thousands groups or a plain run, optional decimals. Possessive: linear time.
_AR = rf"(?:[{_D}]{{1,3}}(?:,[{_D}]{{3}})++(?![{_D}])|[{_D}]++)(?:[.．][{_D}]++)?"
_AR_SCALED = rf"{_AR}(?:{_SCALE}{{1,2}}(?:{_AR}{_SCALE}?)?)?"
# not inside a longer number, a code or a date: 3·15, 10:30, 0571-8888, 1.2.3
_AR_NUM = rf"(?<![{_D}A-Za-z])(?<![{_D}][.,:：/·．\-－]){_AR_SCALED}"
_CN_NUM = rf"(?<![{_CN}])(?:[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][{_CN}]*+|[百千万](?=[余多]))"
_BARE = r"(?<=[近上逾])[百千万亿]{1,2}"  # 近万元, 上万条
_PH = r"(?<![A-Za-z0-9ⅩＸｘ?？＊*#＃])(?:[xX]{1,4}|[ⅩＸｘ]{1,4}|[?？]{1,3}|[＊*]{1,3}|[#＃]{1,3})(?![A-Za-z])"
_NUM = rf"(?:{_AR_NUM}|{_CN_NUM}|{_PH}{_SCALE}{{0,2}}|{_BARE})(?:[余多]{_SCALE}{{0,2}})?"
_NUM2 = rf"(?:{_AR_SCALED}|{_CN_NUM}|{_PH}{_SCALE}{{0,2}})(?:[余多]{_SCALE}{{0,2}})?"  # after 至, -, ~
_RANGE = r"至|到|-|－|~|～|—|–"

# The characters a match can start with (see _NUM and 百分之). CANDIDATE_RE opens with them as a
# lookahead: `re` then skips ahead to the next one fast, where the lookbehinds alone slow it down.
_NUMBER_FIRST = "0123456789０１２３４５６７８９一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾百千万亿xXⅩＸｘ?？＊*#＃"
CANDIDATE_RE = re.compile(
    rf"""
    (?=[{re.escape(_NUMBER_FIRST)}])
    (?:
        百分之(?P<pct>{_NUM})
    |
        (?P<num>{_NUM})
        (?:(?P<rsep>{_RANGE})(?P<num2>{_NUM2}))?
        [ \u3000]?
        (?P<unit>{_alt(UNITS)})
    )
    (?P<post>{_alt(APPROX_AFTER)})?
    """,
    re.VERBOSE,
)
# The groups `Candidate.of` reads, by number: one call fetches them all.
_CANDIDATE_GROUPS = operator.itemgetter(*(CANDIDATE_RE.groupindex[name] - 1 for name in ("pct", "num", "unit", "num2", "post")))
_UNIT_GROUP = CANDIDATE_RE.groupindex["unit"]
_NUM_GROUP = CANDIDATE_RE.groupindex["num"]
VERB_RE = re.compile(_alt(VERBS))
# A verb, or a word of NOT_VERBS that hides one (tried first). No group to tell them apart: `re`
# scans a plain alternation several times faster; `_verb_runs` looks the word up instead.
_VERB_OR_NOT_RE = re.compile(rf"{_alt(NOT_VERBS)}|{_alt(VERBS)}")
_NOT_VERBS = frozenset(NOT_VERBS)
IDIOM_RE = re.compile(_alt(IDIOMS))
PAGE_COUNTER_RE = regex.compile(rf"第\s*[{_D}]++\s*页\s*共\s*[{_D}]++\s*页")
TOC_LEADER_RE = regex.compile(r"[-—.·…_]{3}\s*$")
PLACEHOLDER_RE = re.compile(r"[xXⅩＸｘ?？＊*#＃]+")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_HAN_RE = regex.compile(r"\p{Han}")
# The Han characters a CANDIDATE_RE match can start with: a cheap test before trying the pattern
# at a Han character.
_HAN_NUMBER_STARTS = frozenset(ch for ch in _NUMBER_FIRST if _HAN_RE.match(ch))
_LAST_DIGIT_RE = regex.compile(rf"(?r)[{_D}]")
_LAST_DELIMITER_RE = regex.compile("(?r)[" + regex.escape("".join(sorted(CLAUSE_DELIMITERS)), special_only=False) + "]")
_DECIMAL_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DECIMAL_TIMES_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)([千百])")
_NOT_DIGIT_RE = re.compile(r"[余多千万亿零〇十百拾佰仟]")
_SCALE_RE = re.compile(_SCALE)
_SCALE_END_RE = re.compile(_SCALE + "+$")
_FALSE_STARTS_BY_CHAR: dict[str, tuple[str, ...]] = {}
for _w in sorted(UNIT_FALSE_STARTS):
    _FALSE_STARTS_BY_CHAR[_w[0]] = (*_FALSE_STARTS_BY_CHAR.get(_w[0], ()), _w)
_APPROX_WORDS = tuple(w for w, _ in APPROX_BEFORE)
_CURRENCY_END_RE = re.compile(rf"(?<!平)(?P<cur>{_alt(CURRENCIES)})(?:{_alt(w for w, a in APPROX_BEFORE if a)})?$")  # 人民币近3万元; not 平台币
_CURRENCY_START_RE = re.compile(rf"(?:{_alt(CURRENCIES)})")
CURRENCY_REACH = 6  # the currency's name stands this close before the number
_PER_RE = regex.compile(rf"{_alt(PER_WORDS)}|每(?![逢当])一?[{PER_CLASSIFIERS}]?(?=\p{{Han}})")  # not 每逢, 每当 ("whenever")
# Where a paragraph or an item of a plan begins: a line break, or a list marker (flattened pages).
_PARAGRAPH_BREAK_RE = re.compile(r"\n|(?:^|[\s。；;])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])")
# Done: a day of a date, a year (not a plan's own, "2025年全年开展…50场", "2025年底前"), or 了 as
# an aspect particle (not in 为了, 除了). Targets also: 拟 and 确保 as words (not 虚拟, 模拟, 草拟; not a purpose "为确保").
_DONE_RE = re.compile(r"\d{1,2}月\d{1,2}[日号]|(?<![为除])了|(?:19|20)\d{2}年(?!全年|年底|年内|度|底|末|起|[，,]?(?:力争|全年|计划|确保))")
_TARGET_WORD_RE = re.compile(r"(?<![虚模草])拟(?!定)|(?<!为)(?<!为了)确保|预计(?!收益|回报)")
_SENTENCE_START_RE = regex.compile(r"(?r)[。！？!?；;\n]")
_VERBS_TUPLE = tuple(VERBS)

# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


def _leaf(s: str) -> Decimal | None:
    """A number below 万: `5000`, `5.5`, `3千`, `两千`, `二十四`."""
    if not s:
        return Decimal(0)
    if _DECIMAL_RE.fullmatch(s):
        return Decimal(s)
    m = _DECIMAL_TIMES_RE.fullmatch(s)
    if m:
        return Decimal(m[1]) * (1000 if m[2] == "千" else 100)
    n = parse_int(s)
    return None if n is None else Decimal(n)


def _below_yi(s: str) -> Decimal | None:
    if "万" in s:
        left, right = s.split("万", 1)
        a, b = (_leaf(left) if left else Decimal(1)), _leaf(right)
        return None if a is None or b is None else a * 10_000 + b
    return _leaf(s)


@functools.lru_cache(maxsize=4096)  # the same few numbers come back all the time
def parse_number(s: str) -> Decimal | None:
    """The value of a number as written in a count, 余/多 removed; None if unreadable.

    Unlike a single left-to-right pass, 亿 and 万 sections are split first, so that
    `3亿5000万` is 350000000, not (3亿 + 5000) × 万.

    >>> [int(parse_number(s)) for s in ("5,846万1,114", "308亿", "1.5万", "3千", "两千", "3亿5000万", "万")]
    [58461114, 30800000000, 15000, 3000, 2000, 350000000, 10000]
    """
    s = s.translate(_FULLWIDTH).replace(",", "").replace("余", "").replace("多", "")
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None
    try:
        if "亿" in s:
            left, right = s.split("亿", 1)
            a, b = (_below_yi(left) if left else Decimal(1)), _below_yi(right)
            return None if a is None or b is None else a * 100_000_000 + b
        return _below_yi(s)
    except (InvalidOperation, ValueError):
        return None


def _plain(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


# ---------------------------------------------------------------------------------------------
# Candidates and rejection rules
# ---------------------------------------------------------------------------------------------


class Candidate(NamedTuple):
    """A number + unit found by CANDIDATE_RE, before any rule has judged it.

    (A named tuple: one is built for every number in the text, and it is the cheapest frozen type.)
    """

    text: str  # the whole article text
    match: re.Match
    number: str  # as written, without the range's second number
    unit: str
    start: int  # start of the match (the number, or 百分之)
    end: int  # end of the match (unit and approximation word included)
    unit_start: int
    before: str  # up to WINDOW characters before the match
    after: str  # up to 8 characters after the unit
    redacted: bool
    arabic: bool
    post: str | None  # the approximation word after the unit (以上, 左右…)
    second: str | None  # the second number of a range (3至5次)

    @classmethod
    def of(cls, text: str, m: re.Match) -> Candidate:
        pct, num, unit, second, post = _CANDIDATE_GROUPS(m.groups())
        s, end = m.span()
        if pct is not None:
            number, unit, unit_start, unit_end = pct, "%", end, end
        else:
            number, (unit_start, unit_end) = num, m.span(_UNIT_GROUP)
        arabic = number[:1].translate(_FULLWIDTH).isdigit()
        redacted = not arabic and PLACEHOLDER_RE.fullmatch(number.rstrip("余多千万亿")) is not None
        return cls(
            text, m, number, unit, s, end, unit_start, text[max(0, s - WINDOW): s], text[unit_end: unit_end + 8],
            redacted, arabic, post, second,
        )


def rank(c: Candidate) -> bool:
    """`第6`, `第x期`, `前50名`: a position in an order, not a quantity."""
    return c.before.endswith("第") or (c.unit in ("名", "位", "强") and c.before.endswith(("前", "后")))


def unit_false_start(c: Candidate) -> bool:
    """`xx部门`, `x组织`, `5元旦`, `三成员`: the unit character begins another word
    (a currency written out is its own word: `50万人民币` is not `人民`)."""
    words = _FALSE_STARTS_BY_CHAR.get(c.unit[0])
    return bool(words) and len(c.unit) == 1 and c.text.startswith(words, c.unit_start)


def not_tenths(c: Candidate) -> bool:
    """`20成`, `3.5万成`: 成 counts tenths, so only a number up to ten takes it (`3成以上`, `近五成`)."""
    if c.unit != TENTHS_UNIT or c.redacted:
        return False
    v = parse_number(c.number)
    return v is None or v > 10 or bool(c.second)


def duration(c: Candidate) -> bool:
    """`6个月以上`, `3个小时`: a length of time written with 个."""
    return c.unit == "个" and c.after.startswith(DURATION_AFTER_GE)


def hotline(c: Candidate) -> bool:
    """`110台`, `拨打12333人工台`, `0571…`, mobile numbers: numbers to dial, not quantities."""
    digits = c.number.translate(_FULLWIDTH)
    if not digits.isdigit():
        return False
    return (digits in HOTLINES or (len(digits) >= 3 and digits[0] == "0")
            or (len(digits) == 11 and digits[0] == "1")
            or (len(digits) >= 5 and c.before.rstrip(" ").endswith(DIAL_CUES)))


def too_long(c: Candidate) -> bool:
    """More than 15 digits: an identifier, not a count (and int() refuses > 4300 digits)."""
    return len(c.number) > MAX_DIGITS and sum(ch.isdigit() for ch in c.number) > MAX_DIGITS


def quoted_name(c: Candidate) -> bool:
    """`“三份清单”`, `“两张明白纸”`, `“四个一”`: a number right after an opening quote names a formula."""
    return c.start > 0 and c.text[c.start - 1] in OPEN_QUOTES


def idiom(c: Candidate) -> bool:
    """`十条信息九条骗`, `一次性`: numerals inside a fixed phrase (IDIOMS)."""
    lo, hi = max(0, c.start - 8), min(len(c.text), c.end + 8)
    m = IDIOM_RE.search(c.text, lo, hi)
    while m is not None:  # every idiom in the window, overlapping ones too
        if m.start() < c.end and m.end() > c.start:
            return True
        m = IDIOM_RE.search(c.text, m.start() + 1, hi)
    return False


def page_counter(c: Candidate) -> bool:
    """`第1页共1页`, `活动名称-------1页`: a page footer or a table of contents, not a count."""
    if c.unit != "页":
        return False
    lo = max(0, c.start - 12)
    return bool(TOC_LEADER_RE.search(c.before)) or any(
        m.start() <= c.start < m.end() for m in PAGE_COUNTER_RE.finditer(c.text, lo, c.end + 1))


def malformed_numeral(c: Candidate) -> bool:
    """`唯一一个`, `三三两两`: Chinese digits side by side without 十/百/千 are not one number;
    `3千5000份`, `5000千5000份`: a number no reading makes sense of is no count either."""
    if len(c.number) < 2 or c.redacted:
        return False
    if parse_number(c.number) is None:
        return True
    digits = _NOT_DIGIT_RE.sub(" ", c.number)
    return not c.arabic and any(len(run) > 1 for run in digits.split())


def secondary(c: Candidate) -> bool:
    """`二次验证`, `二次确认`: 二次 means "secondary"; counting says 两次."""
    return c.number == "二" and c.unit == "次"


def threshold(c: Candidate) -> bool:
    """`50万元以上案件`, `三张以上银行卡的`: a criterion qualifying a noun, not a reported quantity."""
    post = c.post
    nxt = c.text[c.end: c.end + 1]
    if c.unit in (TENTHS_UNIT, "%", "％"):  # `3成以上群众`, `90%以上的居民`: a share of them, not a criterion
        return False
    return post in ("以上", "以下", "以内") and _is_han(nxt)


def article_marker(c: Candidate) -> bool:
    """`工作方案二篇`, `典型经验材料4篇1`: the 篇 of a heading or collection, not a count of articles."""
    if c.unit != "篇" or _ends_with_verb(c.before):
        return False
    return not c.arabic or c.text[c.end: c.end + 1].isdigit()


def question_mark(c: Candidate) -> bool:
    """`是你吗？个人…`: a ? after a question particle or a stop ends a question, it hides no digits."""
    if c.number[:1] not in "?？":
        return False
    prev = c.text[c.start - 1] if c.start else "\n"
    return prev in QUESTION_PARTICLES or prev in CLAUSE_DELIMITERS


def demonstrative(c: Candidate) -> bool:
    """`这四个省市`, `以下三类`: the number points back to things, it reports no new quantity."""
    return not c.arabic and not c.redacted and c.before.endswith(DEMONSTRATIVES)


@functools.lru_cache(maxsize=8192)
def _is_han(ch: str) -> bool:
    """A character of the Han script (False for ""). Cached: asked of every character of an object."""
    return _HAN_RE.match(ch) is not None


def _approx_word(before: str) -> tuple[str, str | None] | None:
    if not before.endswith(_APPROX_WORDS):
        return None
    for word, approx in APPROX_BEFORE:
        if before.endswith(word):
            return word, approx
    return None


def _ends_with_verb(before: str) -> bool:
    return before.removesuffix("了").removesuffix("过").endswith(_VERBS_TUPLE)


def indefinite_one(c: Candidate) -> bool:
    """`一个朋友`, `一次更新`, `一批罪犯`: a bare 一 is an article unless bounded (`至少组织一次`)
    or a frequency (`每月开展一次`, `每季度召开一次`: once per month)."""
    if c.number not in ("一", "壹") or c.second:
        return False
    found = _approx_word(c.before)
    if found and found[1]:
        return False
    clause = _clause_text(c.before)
    if c.unit in ("次", "场", "期", "轮") and _is_period(_per(clause, 0, len(clause))):
        return False
    v = VERB_RE.search(clause)
    return not (v and _approx_word(clause[: v.start()]))


def structural(c: Candidate) -> bool:
    """`三个方面`, `四项举措`, `五个特点`: a small Chinese numeral that enumerates the text's parts.

    Kept when clause-final (`犯罪团伙四个，`), after a verb (`摧毁了两个集团`) or approximate.
    """
    if c.arabic or c.redacted or c.unit not in STRUCTURAL_UNITS:
        return False
    value = parse_number(c.number)
    if value is None or value > 10 or c.post or _approx_word(c.before):
        return False
    nxt = c.text[c.end: c.end + 1]
    return _is_han(nxt) and not _ends_with_verb(c.before)


# The order matters only for `explain_counts`: the first rule that fires is the one reported.
REJECTIONS: tuple[Callable[[Candidate], bool], ...] = (
    too_long, rank, page_counter, hotline, quoted_name, idiom, malformed_numeral, unit_false_start, not_tenths, duration,
    threshold, secondary, article_marker, question_mark, demonstrative, indefinite_one, structural,
)



def _rejected_by(c: Candidate) -> Callable[[Candidate], bool] | None:
    """The first rule of REJECTIONS that drops the candidate, or None."""
    for rule in REJECTIONS:
        if rule(c):
            return rule
    return None


# ---------------------------------------------------------------------------------------------
# Attachment: approx, action, object, mention
# ---------------------------------------------------------------------------------------------


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at `pos`: after the last delimiter, not before `floor`.
    A title or a quote inside the clause is part of it (`发放《…告知书》600余份`,
    `约谈涉“两卡”重点人员近30人`): the search goes on before its opening mark."""
    lo = max(floor, pos - WINDOW)
    end = pos
    while True:
        m = _LAST_DELIMITER_RE.search(text, lo, end)
        if m is None:
            return lo
        opener = CLOSING_MARKS.get(m.group())
        if opener is None:
            return m.end()
        o = text.rfind(opener, lo, m.start())
        if o < 0 or o < m.start() - MAX_QUOTED or _LAST_DELIMITER_RE.search(text, o + 1, m.start()):
            return m.end()  # no opener in reach, or a quote holding clauses of its own
        end = o


def _clause_text(before: str) -> str:
    m = _LAST_DELIMITER_RE.search(before)
    return before[m.end():] if m else before


def _verb_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of adjacent verbs in text[lo:hi] (`立案侦办`, `排查发现`), noun modifiers removed.

    A chain followed by a rate head is a noun (`核减完成率`); a last verb followed by a
    material head modifies it (`发放|宣传单`, `开展|宣传讲座`) and leaves the chain.
    """
    chains: list[list[tuple[int, int]]] = []
    for m in _VERB_OR_NOT_RE.finditer(text, lo, hi):
        if m.group() in _NOT_VERBS:
            continue
        if chains and chains[-1][-1][1] == m.start():
            chains[-1].append(m.span())
        else:
            chains.append([m.span()])
    runs = []
    for chain in chains:
        end = chain[-1][1]
        if text.startswith(RATE_HEADS, end) or (text[end:end + 2] in _common_words() and text.startswith(RATE_HEADS, end + 2)):
            continue  # a rate's noun: 核减完成率, 劝阻成功率
        # a verb alone keeps its object (张贴|海报, 举办|讲座); in a chain, a weak verb or the
        # last of several before a noun head modifies that noun (发放|宣传单, 开展|走访活动)
        while chain and text.startswith(NOMINAL_HEADS, chain[-1][1]) and (
                len(chain) > 1 or _is_weak(text, chain[-1])):
            chain.pop()
        # right before the number, a weak verb after a strong one is what is counted (开展|宣传3次)
        while len(chain) > 1 and chain[-1][1] == hi and _is_weak(text, chain[-1]) and not _is_weak(text, chain[0]):
            chain.pop()
        if chain:
            runs.append((chain[0][0], chain[-1][1]))
    return runs


def _is_weak(text: str, run: tuple[int, int]) -> bool:
    return _weak_verbs_only(text[run[0] : run[1]])


@functools.lru_cache(maxsize=4096)
def _weak_verbs_only(run: str) -> bool:
    """Every verb of a run (`街面宣传`) is weak. Cached: the same runs come back all the time."""
    return all(m.group() in WEAK_VERBS for m in VERB_RE.finditer(run))


def _verb_run(text: str, lo: int, hi: int, *, leftmost: bool = False) -> tuple[int, int] | None:
    """The verb run nearest the number (rightmost), or the leftmost one (the head of a list);
    a run of weak verbs only (`街面宣传`) is chosen when there is no other."""
    runs = _verb_runs(text, lo, hi)
    strong = [r for r in runs if not _is_weak(text, r)] or runs
    return (strong[0] if leftmost else strong[-1]) if strong else None


def _strip_object(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Trim links at the end and scope words at the start; after `等` keep the head
    (`教育、卫健等成员单位` → 成员单位); when still longer than MAX_OBJECT, keep what follows
    the last 的 (`其他受害者被诈骗的资金` → 资金), else the last MAX_OBJECT chars."""
    etc = text.rfind("等", lo, hi)
    if etc >= 0 and etc + 1 < hi:
        lo = etc + 1
    digit = _LAST_DIGIT_RE.search(text, lo, hi)  # another number is no part of it: 拨打12333咨询 → 咨询
    if digit:
        lo = digit.end()
    changed = True
    while changed and lo < hi:
        changed = False
        if text.endswith(TRAILING_LINKS, lo, hi):
            hi -= next(len(w) for w in TRAILING_LINKS if text.endswith(w, lo, hi))
            changed = True
        if lo < hi and text.startswith(LEADING_SCOPE, lo, hi):
            lo += next(len(w) for w in LEADING_SCOPE if text.startswith(w, lo, hi))
            changed = True
    if hi - lo > 2 and text[lo] in OPENING_MARKS and CLOSING_MARKS.get(text[hi - 1]) == text[lo]:
        # the object is a title or a quoted name (发放《致全市大学生的一封信》1500份); of several
        # in a row, the last (印制“…”“致学生家长的一封信”共计5万余份)
        return text.rfind(text[lo], lo, hi - 1) + 1, hi - 1
    close = max(text.rfind(mark, lo, hi - 2) for mark in CLOSING_MARKS)
    if close >= 0:
        lo = close + 1  # a quoted name modifies the noun after it: “断卡”行动联合检查 → 行动联合检查
    de = text.rfind("的", lo, hi)
    if 0 <= de and hi - de > 2:
        lo = de + 1  # the noun after the last 的: 有典型性的反诈推文 → 反诈推文
    if hi - lo > MAX_OBJECT:
        lo = hi - MAX_OBJECT
    if hi - lo > 1 and text[hi - 1] in RATE_HEADS:
        lo = _rate_noun(text, lo, hi)
    return lo, hi


def _rate_noun(text: str, lo: int, hi: int) -> int:
    """A rate or total keeps its own noun (`群众反诈知识知晓率` → 知晓率, `APP实名注册率` →
    实名注册率, `电信网络诈骗发案数` → 发案数): without Latin letters before it, and past
    RATE_NOUN_MAX characters only the word before its head."""
    while lo < hi - 1 and text[lo].isascii():
        lo += 1
    if hi - lo > RATE_NOUN_MAX:
        word = text[hi - 3 : hi - 1]
        lo = hi - 3 if word in _common_words() or word in VERBS else hi - 2
    return lo


def _common_words() -> frozenset[str]:
    from zhtools.clean.base import common_words  # jieba's two-character words, cached on disk

    return common_words()


@functools.cache
def _non_nouns() -> frozenset[str]:
    """Words of two to four characters that jieba's dictionary tags as no noun (NON_NOUN_TAGS),
    frequent enough to trust (cached on disk with jieba's dictionary)."""
    from zhtools.extract import count_terms
    from zhtools.tablecache import cached, jieba_dictionary

    return cached("non_noun_words", _build_non_nouns, jieba_dictionary(), Path(count_terms.__file__))


def _build_non_nouns() -> frozenset[str]:
    from zhtools.tablecache import jieba_dictionary

    words = set()
    with jieba_dictionary().open(encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if 2 <= len(word) <= 4 and tag in NON_NOUN_TAGS and int(freq) >= 100:
                words.add(word)
    return frozenset(words)


def _after_object(text: str, pos: int, limit: int) -> tuple[int, int]:
    """The noun right after a classifier: `17个农村电信支局`, `3500余名师生参与` → 师生.

    Nothing when no stop ends it within MAX_AFTER_OBJECT: a cut-off word is worse than none.
    """
    if pos < limit and text[pos] in OPENING_MARKS:  # 共制作13期“防骗攻略”
        close = text.find(OPENING_MARKS[text[pos]], pos + 1, min(limit, pos + MAX_QUOTED + 2))
        if close > pos + 1 and not _LAST_DELIMITER_RE.search(text, pos + 1, close):
            return pos + 1, close
    end = pos
    hi = min(limit, pos + MAX_AFTER_OBJECT + 1)
    while end < hi:
        ch = text[end]
        if ch in OBJECT_STOPS or not _is_han(ch) or text.startswith(OBJECT_STOP_WORDS, end):
            break
        v = VERB_RE.match(text, end, len(text)) if end > pos else None  # a verb first modifies: 1个宣传橱窗
        if v and v.group() not in WEAK_VERBS:  # a weak one may be part of the noun: 16项重点整治内容
            break
        if end > pos and any(text[end:end + k] in _non_nouns() for k in (4, 3, 2)):  # 营业网点|同步推进
            break
        if ch in _HAN_NUMBER_STARTS and CANDIDATE_RE.match(text, end):
            break
        end += 1
    return (pos, pos) if end - pos > MAX_AFTER_OBJECT else (pos, end)


def _list_head_action(text: str, clause_start: int, parsed: bool = False) -> str | None:
    """`共发放宣传资料420余份、宣传毛巾110余条`: items of a 、-list share the head's verb,
    the leftmost verb of the list's first item (`捣毁拨打诈骗电话、转账洗钱…等窝点162处` → 捣毁).
    `parsed`: the verbs are those of the parse (count_parse), not of the term tables."""
    i, seen = clause_start, 0
    head = None
    while i > 0 and text[i - 1] == "、" and seen < 8:
        j = _clause_start(text, i - 1, 0)
        if head and (count_parse.has_action(text, *head) if parsed else any(not _is_weak(text, r) for r in _verb_runs(text, *head))):
            return None  # an item between has its own verb: the items are parallel, not governed
        head = (j, i - 1)
        i, seen = j, seen + 1
    if head and parsed:
        return count_parse.list_head_action(text, *head)
    run = _verb_run(text, *head, leftmost=True) if head else None
    return text[run[0]: run[1]] if run else None


class _Prev(NamedTuple):
    end: int
    action: str | None
    unit: str
    kind: str = "reported"


def _attach(c: Candidate, prev: _Prev | None, next_start: int, plan: bool = False, attachment: str = "parse") -> CountHit:
    text = c.text
    floor = prev.end if prev else 0
    num_start = c.start
    clause_lo = _clause_start(text, num_start, floor)

    # approximation: after the unit, inside the number, before the number, before the verb
    approx, approx_start = "exact", num_start
    if c.post:
        approx = APPROX_AFTER[c.post]
    elif (num := c.match.group(_NUM_GROUP)) and num_start > 0 and num[0] in "百千万亿" and text[num_start - 1] in APPROX_BARE_SCALE:
        approx, approx_start = APPROX_BARE_SCALE[text[num_start - 1]], num_start - 1  # num starts the match
    elif "余" in c.number[1:] or "多" in c.number[1:]:
        approx = APPROX_INSIDE["余" if "余" in c.number else "多"]
    # a currency between the approximation and the number: 约新台币1.2亿元
    before_num = num_start
    if c.unit in MONEY_UNITS and (cur := _CURRENCY_END_RE.search(text, clause_lo, num_start)) and _approx_word(text[clause_lo:cur.start()]):
        before_num = cur.start()  # the approximation stands before the currency's name
    found = _approx_word(text[clause_lo:before_num])
    if found:
        approx_start = before_num - len(found[0])
        if found[1] and approx == "exact":
            approx = found[1]
    approx_start = max(approx_start, clause_lo)

    # action and object before the number
    run = _verb_run(text, clause_lo, approx_start)
    action = text[run[0]: run[1]] if run else None
    if run and approx == "exact":
        pre = _approx_word(text[clause_lo: run[0]])
        if pre and pre[1]:
            approx = pre[1]
    obj_lo, obj_hi = _strip_object(text, run[1] if run else clause_lo, approx_start)
    if run and action in SUBJECT_VERBS and obj_hi <= obj_lo:
        # the counted thing stands before the verb (发案数同比下降20%), unless it follows it
        # (共发生电信网络诈骗案件2起)
        earlier = [r for r in _verb_runs(text, clause_lo, run[0]) if r[1] <= run[0]]
        obj_lo, obj_hi = _strip_object(text, earlier[-1][1] if earlier else clause_lo, run[0])
    mention_start = min(run[0] if run else num_start, obj_lo if obj_hi > obj_lo else num_start, approx_start)
    if 0 < mention_start and text[mention_start - 1] in OPENING_MARKS:
        mention_start -= 1  # a quoted or titled object keeps its opening mark in the mention

    # object after a classifier wins over the text before the number
    mention_end = c.end
    if c.unit in CLASSIFIER_UNITS and not c.post:
        a_lo, a_hi = _after_object(text, c.end, next_start)
        if a_hi > a_lo:
            obj_lo, obj_hi = a_lo, a_hi
            mention_end = a_hi + (a_lo > c.end)  # a quoted name takes its closing mark along
            if not run:
                mention_start = min(approx_start, num_start)
    obj = text[obj_lo:obj_hi] if obj_hi > obj_lo else None

    if action is None:
        action = _inherited_action(text, c, clause_lo, prev)
    # a verb right after the count: `5.4万人纳入管控`, `3500余名师生参与`
    if action is None:
        v = VERB_RE.match(text, mention_end, min(len(text), next_start))
        if v and v.group() not in WEAK_VERBS and not text.startswith(NOMINAL_HEADS, v.end()):
            action, mention_end = v.group(), v.end()
    if attachment == "parse":  # object and action from the parse; the mention stays the term tables'
        parsed = count_parse.parse(text, clause_lo, approx_start, c.end, next_start, c.unit in CLASSIFIER_UNITS and not c.post)
        obj, action = parsed.object, parsed.action
        if action is None:
            action = _inherited_action(text, c, clause_lo, prev, parsed=True) or parsed.verb_after

    value, value_max = _values(c)
    unit = "%" if c.unit == "％" else c.unit
    if unit in MONEY_UNITS:
        unit = "元"  # 50万港元, 3万元人民币…: every sum in 元; its currency is its own field
    if unit.endswith(USERS) and unit != USERS:  # 10万微信用户: 用户 counted, the kind of user is the object
        unit, obj = USERS, obj or unit
    if unit == TENTHS_UNIT:  # 3成 → 30 %
        unit = "%"
        value = None if value is None else _plain(Decimal(str(value)) * 10)
        value_max = None if value_max is None else _plain(Decimal(str(value_max)) * 10)
    return CountHit(
        start=mention_start, end=mention_end, mention=text[mention_start:mention_end],
        value=value, value_max=value_max, approx=approx, unit=unit,
        object=obj, action=action, redacted=c.redacted,
        currency=_currency(text, clause_lo, c) if c.unit in MONEY_UNITS else None,
        per=_per(text, clause_lo, num_start),
        kind=_kind(text, clause_lo, num_start, c, plan, prev),
    )


def _inherited_action(text: str, c: Candidate, clause_lo: int, prev: _Prev | None, parsed: bool = False) -> str | None:
    """A 、-list head's action, or that of a parallel count of the same unit just before
    (`发放手册50余份，宣传码60余份`; but not `发放宣传单5000余份，专题讲座6次`)."""
    action = _list_head_action(text, clause_lo, parsed)
    if (action is None and prev and prev.action and prev.unit == c.unit and 0 < clause_lo - prev.end <= 1
            and text[prev.end] in COMMAS):
        action = prev.action
    if action is None and prev and prev.action and clause_lo == prev.end:
        action = prev.action
    return action


def _currency(text: str, clause_lo: int, c: Candidate) -> str | None:
    """The currency a sum is in, where the text names it: as the unit (`50万港元`), right before
    the number (`人民币3万元`, `新台币约1.2亿元`, CURRENCY_REACH) or right after its 元
    (`1.2亿元新台币`). A bare 元 says nothing (None)."""
    if c.unit in CURRENCIES:
        return CURRENCIES[c.unit]
    before = _CURRENCY_END_RE.search(text, max(clause_lo, c.start - CURRENCY_REACH), c.start)
    if before:  # right before the number, or only 约 between: 人民币3万元, 约新台币1.2亿元
        return CURRENCIES[before.group("cur")]
    after = _CURRENCY_START_RE.match(text, c.end)
    return CURRENCIES[after.group()] if after else None  # 1.2亿元新台币


def _per(text: str, clause_lo: int, num_start: int) -> str | None:
    """The base of a rate named before the number in its clause: `日均…2000余条` → day,
    `人均` → person, `每所学校…` → 学校 (the noun as written). None for a total."""
    found = None
    for m in _PER_RE.finditer(text, clause_lo, num_start):
        found = PER_WORDS.get(m.group()) or _per_noun(text, m.end(), num_start)
    return found


def _is_period(per: str | None) -> bool:
    """A base that is a span of time (`month`, `学期`): what a frequency counts events per."""
    return per is not None and (per in PERIODS or per.endswith(("期", "周", "月", "年", "天", "日")))


def _per_noun(text: str, pos: int, end: int) -> str | None:
    """The noun after `每` and its classifier: a common two-character word (`学校`, `网格`,
    `学期`), with a place's last character when one follows (`派出所`), else one character (`村`)."""
    two = text[pos:min(pos + 2, end)]
    if len(two) == 2 and two in _common_words():
        return two + text[pos + 2] if pos + 2 < end and text[pos + 2] in PER_PLACE_ENDS else two
    return text[pos] if pos < end and _is_han(text[pos]) else None


def _sentence_start(text: str, pos: int) -> int:
    m = _SENTENCE_START_RE.search(text, max(0, pos - 3 * WINDOW), pos)
    return m.end() if m else max(0, pos - 3 * WINDOW)


def _kind(text: str, clause_lo: int, num_start: int, c: Candidate, plan: bool, prev: _Prev | None) -> str:
    """`limit` after a ceiling in the clause (`不得超过5个`, `控制在…以内`); `target` after a goal
    in the sentence (`力争`) or a floor or modal in the clause (`不少于`, `确保`), or anywhere in a
    plan unless the sentence says it is done (`已`, `以来`, a past year) or it continues a reported count
    of its paragraph (a line, or the text up to the next list marker on a flattened page); else `reported`."""
    clause = text[clause_lo:num_start]
    if any(cue in clause for cue in LIMIT_CUES) or (c.post == "以内" and "控制" in clause):
        return "limit"
    sentence = text[_sentence_start(text, num_start):num_start]
    if any(cue in sentence for cue in TARGET_CUES) or any(cue in clause for cue in TARGET_CLAUSE_CUES) or _TARGET_WORD_RE.search(clause):
        return "target"
    if plan and not any(cue in sentence for cue in DONE_CUES) and not _DONE_RE.search(sentence) and not (
            prev is not None and prev.kind == "reported" and _PARAGRAPH_BREAK_RE.search(text, prev.end, num_start) is None):
        return "target"
    return "reported"


def is_plan(title: str | None) -> bool:
    """An article whose title names a plan, a notice or an initiative (`…工作方案`, `…的通知`) and
    no report (`…工作总结`, `…情况`): its quantities are targets."""
    return bool(title) and any(w in title for w in PLAN_TITLE_WORDS) and not any(w in title for w in REPORT_TITLE_WORDS)


def _values(c: Candidate) -> tuple[int | float | None, int | float | None]:
    if c.redacted:
        return None, None
    v = parse_number(c.number)
    second = c.second
    if not second:
        return (None if v is None else _plain(v)), None
    v2 = parse_number(second)
    if v is None or v2 is None:
        return (None if v is None else _plain(v)), None
    scale = _SCALE_END_RE.search(second.rstrip("余多"))
    if scale and not _SCALE_RE.search(c.number):  # 3至5万元: the scale belongs to both
        scaled = v * parse_number("1" + scale.group())
        if scaled <= v2:
            v = scaled
    return _plain(v), _plain(v2)


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def _candidates(text: str) -> Iterator[Candidate]:
    for m in CANDIDATE_RE.finditer(text):
        yield Candidate.of(text, m)


def explain_counts(text: str) -> Iterator[tuple[str, str | None]]:
    """Every candidate as (number+unit as written, name of the rule that rejected it or None).

    >>> list(explain_counts("拨打110台，第6名，发放5份"))
    [('110台', 'hotline'), ('6名', 'rank'), ('5份', None)]
    """
    for c in _candidates(text):
        rule = _rejected_by(c)
        yield c.match.group(), None if rule is None else rule.__name__


def counts(text: str, title: str | None = None, attachment: str = "parse") -> Iterator[CountHit]:
    """The counts in one article's text, sorted, spans not overlapping (see the module docstring).
    `title`, the article's, tells a plan (whose quantities are targets) from a report.
    `attachment` (one of ATTACHMENTS): where object and action come from, the term tables or the
    parse of the clause (`zhtools.extract.count_parse`); nothing else depends on it."""
    if attachment not in ATTACHMENTS:
        raise ValueError(f"attachment must be one of {ATTACHMENTS}, not {attachment!r}")
    accepted = [c for c in _candidates(text) if _rejected_by(c) is None]
    plan = is_plan(title)
    prev: _Prev | None = None
    for i, c in enumerate(accepted):
        next_start = accepted[i + 1].start if i + 1 < len(accepted) else len(text)
        hit = _attach(c, prev, next_start, plan, attachment)
        prev = _Prev(hit.end, hit.action, hit.unit, hit.kind)
        yield hit
