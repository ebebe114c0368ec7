"""Measures: the items of an enumeration of actions the reporting organisation took, takes or plans.

    一、加强源头治理，封堵监管漏洞        ← level 1, marker "一、"
    1、严格落实通讯业务实名制。……        ← level 2, marker "1、"
    2、加强金融账户安全管理。……

How an article's text becomes hits, one step per function:

1. `_blocks`: paragraphs. A block ends at a newline, and at a run of spaces after a Chinese
   character (before another one or a digit), because aggregator pages flatten a document into
   one line with a space where each paragraph ended.
2. `_candidates`: list markers (`MARKERS`) standing at a boundary (line start, after a space or a
   sentence end; inline markers such as 一是 also after a comma).
3. `_chains`: per marker family, only runs that count on (一是, 二是, …) survive: a lone 一是 is
   no enumeration.
4. `_heading_series`: unnumbered paragraphs that open with a short heading sentence, two or more
   in a row, become a family of their own (marker None).
5. `_nest`: one pass with a stack turns markers into lists of items inside items. Which family
   contains which is read from the order the markers come in, not from a fixed hierarchy; the
   usual ranking (`FAMILY_RANK`) only breaks a tie, when an outer-looking marker comes long after
   an inner item opened (a glued second document, a closing section).
6. `_close`: an item runs to its next sibling; the last one of a list to the end of its paragraph
   when inline, else as many paragraphs as its longest sibling, short of a concluding paragraph
   (下一步，…), and over its own sub-items.
7. `ITEM_RULES`, `LIST_RULES`: what is not a measure (section titles, questions, definitions,
   slogans, fraud types, a fraudster's steps, problems, a procedure's steps, tips to the public,
   principles, lists with no action). A rejected item
   stays in the outline: its sub-items keep their level and can still be measures.

`level` is the depth in the document's own outline, rejected section titles included: under
`三、工作任务及责任分工` (no measure) its `（一）` items are level 2. Every pattern is bounded or a
plain alternation, and every look at the text around an item uses a window of fixed size, so the
whole pass is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from zhtools.extract import MeasureHit
from zhtools.extract.measure_terms import (
    ACTION_VERBS,
    ADVICE_OPENERS,
    CLOSING_OPENERS,
    FRAUDSTERS,
    PER_CASE_WORDS,
    PRINCIPLE_WORDS,
    PROBLEM_NOUNS,
    PROCEDURE_NOUNS,
    REMEDY_NOUNS,
    SECTION_NOUNS,
    SECTION_TITLES,
    SERIES_BAD_OPENERS,
    SLOGAN_WORDS,
    TIP_WORDS,
    VERB_LOOKALIKES,
)
from zhtools.numerals import parse_int
from zhtools.patterns import alt

# Patterns use `re` unless they need `regex` (why: see zhtools.extract).

# --- markers ----------------------------------------------------------------------------------
CN_DIGITS = "一二三四五六七八九十"
AR_DIGITS = "0123456789０１２３４５６７８９"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = f"[{CN_DIGITS}]{{1,3}}"
_AR = "[0-9０-９]{1,2}"
# Family → pattern. Group `m` is the marker as written (the record's `marker`), `n` its number;
# punctuation after `m` is consumed but not part of the marker.
MARKERS: dict[str, str] = {
    "cn_dun": rf"(?P<m>(?P<n>{_CN})[、．.](?:是(?!否))?)",  # 一、 (and 一、是 as some write it)
    "cn_paren": rf"(?P<m>[（(](?P<n>{_CN})[）)])",  # （一）
    "ar_dun": rf"(?P<m>(?P<n>{_AR})(?:[、．]|\.(?![0-9])))(?![0-9０-９%％])",  # 1、 1. 1．  (not 1.5万)
    "ar_paren": rf"(?P<m>[（(](?P<n>{_AR})[）)])",  # （1） (1)
    "circled": r"(?P<m>(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))",  # ①
    "shi": rf"(?P<m>(?P<n>{_CN})是)(?![否非])",  # 一是
    "yao": rf"(?P<m>(?P<n>{_CN})要)",  # 一要
    "step": rf"(?P<m>第(?P<n>{_CN})步)[，、：:]?",  # 第一步
    "ordinal": rf"(?P<m>第(?P<n>{_CN}))[，、：:]",  # 第一，  (第一时间, 第一特点 carry no punctuation)
    "sequence": r"(?P<m>(?P<n>首先|其次|再次|最后))[，、：:]",  # 首先，… 其次，… 最后，…
}
MARKER_PATTERNS = {family: re.compile(pattern) for family, pattern in MARKERS.items()}
# The characters a marker of each family can start with. `_candidates` tries the families only
# where one of these follows a boundary, instead of scanning the whole text once per family.
MARKER_FIRST_CHARS = {
    "cn_dun": CN_DIGITS, "cn_paren": "（(", "ar_dun": AR_DIGITS, "ar_paren": "（(", "circled": CIRCLED,
    "shi": CN_DIGITS, "yao": CN_DIGITS, "step": "第", "ordinal": "第", "sequence": "首其再最",
}
# The heading series (paragraphs opening with a short heading sentence) is a family too.
HEADING_FAMILY = "heading"
# The usual outline, outermost first. Used only to break a tie (see `_nest`), never to set a level.
FAMILY_RANK = {
    "cn_dun": 1, "cn_paren": 2, HEADING_FAMILY: 2, "ar_dun": 3, "ar_paren": 4, "circled": 5,
    "shi": 6, "yao": 6, "step": 6, "ordinal": 6, "sequence": 6,
}
SEQUENCE_ORDINAL = {"首先": 1, "其次": 2, "再次": 3, "最后": 0}  # 0: whatever comes next
MAX_ORDINAL = 99

# What may stand right before a marker. Outline markers (一、, 1.) need a line start, a space or a
# sentence end; inline ones (一是, 首先, （一）, ①) also follow a comma.
SPACE = " \t\u3000\xa0"
BOUNDARY_STRICT = set("\n。；;！!？?：:" + SPACE)
BOUNDARY_INLINE = BOUNDARY_STRICT | set("，,、")
INLINE_FAMILIES = {"cn_paren", "ar_paren", "circled", "shi", "yao", "step", "ordinal", "sequence"}
# Derived from the tables above: each first character → (family, pattern, boundary) to try, in
# MARKERS order (the first family that matches at a position owns it); and the one scan that
# finds the positions: a boundary character, then a first character.
_FAMILIES_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern, frozenset[str]], ...]] = {}
for _family, _pattern in MARKER_PATTERNS.items():
    _allowed = frozenset(BOUNDARY_INLINE if _family in INLINE_FAMILIES else BOUNDARY_STRICT)
    for _ch in MARKER_FIRST_CHARS[_family]:
        _FAMILIES_BY_FIRST[_ch] = (*_FAMILIES_BY_FIRST.get(_ch, ()), (_family, _pattern, _allowed))
MARKER_START = re.compile(
    "[" + re.escape("".join(sorted(BOUNDARY_INLINE))) + "](?=[" + re.escape("".join(sorted(_FAMILIES_BY_FIRST))) + "])"
)

# --- paragraphs and sentences -------------------------------------------------------------------
CJK_CHAR = r"[\p{Han}，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～]"
# A newline, or spaces after a Chinese character and before another or a digit (a flattened
# paragraph break: "…宣传活动 8月份，我行…"). Not before a Latin letter: "一个 QQ 号码" is one sentence.
BLOCK_BREAK = regex.compile(rf"\n|(?<={CJK_CHAR})[ \t\u3000\xa0]+(?={CJK_CHAR}|[0-9０-９])")
NEWLINE = re.compile("\n")
SENTENCE_END = re.compile(r"[。！？；：!?;:]")
HEADING_END = re.compile(r"[。！!]")  # a heading sentence of a heading series ends here
TRAILING_PUNCT = "。！？；：，、!?;:, \t\u3000"

# --- sizes ------------------------------------------------------------------------------------
HEADING_MAX = 25  # a lead sentence longer than this is no heading
HEADING_LINE_MAX = 50  # a marker line on its own, above its body, is the heading up to this length
GLUED_HEADING_MAX = 30  # a heading line glued to the paragraph before it (flattened pages)
SERIES_HEADING_MAX = 28  # the opening sentence of a heading-series paragraph
SERIES_HEADING_MIN = 3
SERIES_MAX_GAP = 2  # body paragraphs allowed between two headings of one series
OPENING_BLOCKS = 2  # an item's own paragraph and the next: where an unusually ranked sub-list may start
LOOK = 200  # window for every look into the text around an item (keeps the pass linear)
INTRO_LOOK = 60  # how far before a list its introduction is read
INTRO_BLOCKS = 2  # how many paragraphs above a list a heading line introducing it is looked for
INTRO_LINE_MAX = 30  # such a heading line is at most this long
VERB_LOOK = 30  # characters after the lead searched for an action verb
LIST_VERB_SHARE = 1 / 2  # share of a numbered list's items that must name an action
SERIES_VERB_SHARE = 1 / 3  # the same for a heading series

# --- rule patterns (the term tables are in measure_terms.py) ------------------------------------
def _first_chars(words: tuple[str, ...]) -> str:
    """The class of the words' first characters: put in front of a pattern that opens with a
    lookahead, it lets `re` skip ahead fast (see zhtools.extract)."""
    return "[" + re.escape("".join(sorted({word[0] for word in words}))) + "]"


# An action verb of ACTION_VERBS, not inside a noun of VERB_LOOKALIKES.
ACTION_VERB = re.compile(rf"(?={_first_chars(ACTION_VERBS)})(?!{alt(VERB_LOOKALIKES)}){alt(ACTION_VERBS)}")
# A section title: one of SECTION_TITLES, or a short title ending in one of SECTION_NOUNS.
SECTION_TITLE_MAX = 18  # a longer lead is no section title
SECTION_TITLE = re.compile(rf"(?:{alt(SECTION_TITLES)}|[^，,。；：\n]{{0,16}}{alt(SECTION_NOUNS)})")
_SECTION_TITLE_SET = frozenset(SECTION_TITLES)
# A lead that asks (一、什么是“电信诈骗”？) opens an explanation.
QUESTION_END = re.compile(r"[？?吗]$")  # (two patterns: one with ^ and $ branches is searched slowly)
QUESTION_START = re.compile(r"什么|如何|怎样|怎么|为什么|为何|哪些")
# A body that defines (电信诈骗是指…) describes.
DEFINITION = re.compile(r"是指|指的是|就是指|的定义|的概念")
# A heading with one of SLOGAN_WORDS introduces slogans.
SLOGAN_WORD = re.compile(alt(SLOGAN_WORDS))
# What a list of fraud types or a fraudster's method is introduced by (常见的社保诈骗方式：).
FRAUD_TOPIC = re.compile(r"(?:诈骗|骗局|骗术|犯罪)(?:的|犯罪的)?(?:作案)?(?:方式|手段|手法|类型|种类|花样|套路|伎俩|形式|特点)")
# An item named like a fraud (1.退税诈骗。): a list of such items lists fraud types.
FRAUD_NAME_END = re.compile(r"(?:诈骗|骗局|陷阱|套路|骗术)$")
# One of FRAUDSTERS as the subject of an item.
FRAUDSTER = re.compile(alt(FRAUDSTERS))
FRAUDSTER_LOOK = 12  # how far into an item its subject is looked for
# A heading that names problems or causes, unless it also names the remedy (存在不足与今后努力的方向).
PROBLEM_WORDS = re.compile(alt(PROBLEM_NOUNS))
PROCEDURE = re.compile(rf"(?:{alt(PROCEDURE_NOUNS)})(?:如下|为|是|有)?$")  # the procedure ends the introduction…
PER_CASE = re.compile(alt(PER_CASE_WORDS))  # …and names what it is applied to (开户, 客户, 每笔)…
OWN_STEPS = re.compile(r"工作(?:步骤|流程)|实施步骤|方法步骤")  # …and is not the unit's own phases, however introduced
TIP_HEAD = re.compile(rf"(?:{alt(TIP_WORDS)})$")  # a heading that is the tips ("防骗小贴士"), not one naming them on the way
PRINCIPLE_HEAD = re.compile(rf"(?:{alt(PRINCIPLE_WORDS)})$")
HEAD_MARKER = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.])?")
REMEDY_WORDS = re.compile(alt(REMEDY_NOUNS))
# A table of contents line: "1.活动名称------1页".
# Anchored at the end of the line, so searched from there (REVERSE); and it needs at most TOC_TAIL
# characters there (the last 4 of a leader, then 10), so only a line's tail is searched. Keep the
# two in step.
TOC_ENTRY = regex.compile(r"(?:-{3,}|…{2,}|\.{4,}|·{4,})\s{0,3}\d{0,3}\s{0,3}页?$|^\S{0,10}页$", regex.REVERSE)
TOC_TAIL = 14
COUPLET_MAX = 32  # a slogan couplet is one short sentence
COUPLET_SKEW = 2  # of clauses that differ in length by this much at most
COUPLET_CLAUSE = re.compile(r"[，,；;、 \u3000]")
COUPLET_STOP = re.compile(r"[。！？!?]")  # a couplet is one sentence
# Paragraphs that open with one of SERIES_BAD_OPENERS are prose, not a heading.
SERIES_BAD_OPENER = re.compile(alt(SERIES_BAD_OPENERS))
# Paragraphs that open with one of CLOSING_OPENERS conclude the article.
CLOSING_OPENER = re.compile(alt(CLOSING_OPENERS))
# Narrative, not a heading: past tense 了, a question, a number, reported speech.
SERIES_NARRATIVE = re.compile(r"[了？?0-9０-９]|表示|指出|强调|认为")


# --- the outline ------------------------------------------------------------------------------
class _Mark(NamedTuple):  # (a named tuple: frozen, and the cheapest to build; one per marker)
    start: int  # where the marker (or the heading paragraph) starts
    end: int  # where the item's body starts
    family: str
    ordinal: int
    marker: str | None
    block: int
    inline: bool  # not at the start of its paragraph
    heading: str | None = None  # set by the heading-series detector


@dataclass(eq=False, slots=True)
class _Item:
    mark: _Mark
    owner: _List
    children: list[_List] = field(default_factory=list)
    hard_end: int = 0
    end: int = 0
    lead: str = ""
    heading_line: bool = False  # the marker line stands alone above the body
    rejected_by: str | None = None


@dataclass(eq=False, slots=True)
class _List:
    family: str
    level: int
    parent: _Item | None
    items: list[_Item] = field(default_factory=list)


@dataclass(frozen=True)
class _Blocks:
    starts: list[int]
    ends: list[int]

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def measures(text: str) -> Iterator[MeasureHit]:
    """The measures of an article, in text order.

    >>> [(h.marker, h.level, h.heading) for h in measures("一是高度重视，积极部署。召开会议。\\n二是预防为主，广泛宣传。发放资料。")]
    [('一是', 1, '高度重视，积极部署'), ('二是', 1, '预防为主，广泛宣传')]
    """
    accepted = [item for item in _outline(text) if item.rejected_by is None]
    for item, level in zip(accepted, _measure_levels(accepted)):
        yield _hit(item, text, level)


def _measure_levels(items: list[_Item]) -> list[int]:
    """Levels count measures only: items of a list under a section title that is no measure
    (`三、工作任务及责任分工`) are level 1, and a measure's level is one more than the number of
    measures whose text contains it."""
    levels: list[int] = []
    open_: list[_Item] = []  # accepted ancestors of the current item
    for item in items:
        while open_ and not (open_[-1].mark.start < item.mark.start and item.end <= open_[-1].end):
            open_.pop()
        levels.append(len(open_) + 1)
        open_.append(item)
    return levels


def explain_measures(text: str) -> Iterator[tuple[MeasureHit, str | None]]:
    """Every enumeration item found, in text order, with the rule that rejected it (None: a measure).

    >>> [(h.marker, rule) for h, rule in explain_measures("一、工作目标\\n提高群众防骗意识。\\n二、工作要求\\n加强领导。")]
    [('一、', 'section_title'), ('二、', 'section_title')]
    """
    for item in _outline(text):
        yield _hit(item, text, item.owner.level), item.rejected_by


def _outline(text: str) -> list[_Item]:
    """Every item of every enumeration, judged, in text order."""
    blocks = _blocks(text)
    candidates = _candidates(text, blocks)
    marks = _chains(candidates)
    marks = sorted(marks + _heading_series(text, blocks, candidates), key=lambda m: m.start)
    lists = _settle(marks, blocks)
    tops = [lst for lst in lists if lst.parent is None]
    for k, lst in enumerate(tops):
        _close(lst, _bound_before(tops[k + 1], text, blocks) if k + 1 < len(tops) else len(text), text, blocks)
    for lst in lists:
        for item in lst.items:
            _lead(item, text, blocks)
    for lst in lists:
        _judge(lst, text, blocks)
    return sorted((item for lst in lists for item in lst.items), key=lambda item: item.mark.start)


def _hit(item: _Item, text: str, level: int) -> MeasureHit:
    mark = item.mark
    if mark.heading is not None:
        heading: str | None = mark.heading
    elif item.heading_line or len(item.lead) <= HEADING_MAX:
        heading = item.lead or None
    else:
        heading = None
    return MeasureHit(mark.start, item.end, mark.marker, level, heading, text[mark.start : item.end])


# --- 1. paragraphs ------------------------------------------------------------------------------
def _blocks(text: str) -> _Blocks:
    """Paragraphs as [start, end) spans, surrounding spaces excluded; flattened breaks count too."""
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    # A flattened break is a run of spaces: a text without any (most) breaks at newlines only.
    breaks = BLOCK_BREAK.finditer(text) if any(space in text for space in SPACE) else NEWLINE.finditer(text)
    for brk in [*breaks, None]:
        stop = brk.start() if brk else len(text)
        a, b = pos, stop
        while a < b and text[a] in SPACE:
            a += 1
        while b > a and text[b - 1] in SPACE:
            b -= 1
        if a < b:
            starts.append(a)
            ends.append(b)
        pos = brk.end() if brk else stop
    return _Blocks(starts or [0], ends or [len(text)])


# --- 2. markers -----------------------------------------------------------------------------------
def _candidates(text: str, blocks: _Blocks) -> list[_Mark]:
    """Every marker at a boundary where a list item can start.

    Only positions at the text start or right after a boundary character, holding a character
    some family starts with (MARKER_FIRST_CHARS), are tried. That is the same as scanning the
    text once per family: a match rejected for its boundary could only hide a later match of its
    family that starts inside it, and no marker holds a boundary character before its last one.
    """
    found: list[_Mark] = []
    starts = [m.end() for m in MARKER_START.finditer(text)]
    if text and text[0] in _FAMILIES_BY_FIRST:
        starts.insert(0, 0)
    for start in starts:
        before = text[start - 1] if start else None
        for family, pattern, allowed in _FAMILIES_BY_FIRST[text[start]]:
            if before is not None and before not in allowed:
                continue
            m = pattern.match(text, start)
            if m is None:
                continue
            ordinal = _ordinal(family, m.group("n"))
            if ordinal is None:
                continue
            block = blocks.index(start)
            inline = start != blocks.starts[block] and not _glued_heading(text, blocks, block, m.end())
            found.append(_Mark(start, m.end(), family, ordinal, m.group("m"), block, inline))
            break
    return found


def _glued_heading(text: str, blocks: _Blocks, block: int, body: int) -> bool:
    """A heading line whose line break was lost (`…的发生。（三）加强宣传，营造攻势 我行…`): short,
    no sentence mark, and its paragraph ends there. Such a marker opens a paragraph, it is not inline."""
    end = blocks.ends[block]
    return block + 1 < len(blocks.starts) and 0 < end - body <= GLUED_HEADING_MAX and not SENTENCE_END.search(text, body, end)


@functools.lru_cache(maxsize=1024)
def _ordinal(family: str, number: str) -> int | None:
    if family == "circled":
        return CIRCLED.index(number) + 1
    if family == "sequence":
        return SEQUENCE_ORDINAL[number]
    value = parse_int(number)
    return value if value is not None and 1 <= value <= MAX_ORDINAL else None


# --- 3. chains ------------------------------------------------------------------------------------
def _chains(marks: list[_Mark]) -> list[_Mark]:
    """Markers that count on within their family (1, 2, 3…); runs of one are dropped.

    A list starts anywhere (a preview may begin at （三）) but needs a second item: a lone 一是 or
    a date-like 1、 is no enumeration. 最后 takes the number after the 首先/其次 before it.
    """
    kept: list[_Mark] = []
    runs: dict[str, list[_Mark]] = {}
    for mark in marks:
        run = runs.setdefault(mark.family, [])
        if mark.ordinal == 0:  # 最后
            if not run:
                continue
            mark = mark._replace(ordinal=run[-1].ordinal + 1)
        if run and mark.ordinal == run[-1].ordinal + 1:
            run.append(mark)
            continue
        if len(run) >= 2:
            kept.extend(run)
        runs[mark.family] = [mark]
    for run in runs.values():
        if len(run) >= 2:
            kept.extend(run)
    return sorted(kept, key=lambda mark: mark.start)


# --- 4. heading series ----------------------------------------------------------------------------
def _heading_series(text: str, blocks: _Blocks, marks: list[_Mark]) -> list[_Mark]:
    """Unnumbered paragraphs that open with a short heading, ≥ 2 of one shape close together.

    Two shapes: a heading line above its body (`组织动员“全覆盖”。` then a paragraph), or a
    heading sentence opening the paragraph (`党建引领全民反诈。充分发挥…`). Between two headings
    at most `SERIES_MAX_GAP` body paragraphs; a paragraph that starts with a list marker is body.
    """
    numbered = {mark.block for mark in marks if not mark.inline}
    shapes: list[tuple[str, str] | None] = []
    for i in range(len(blocks.starts)):
        body_of_line = bool(shapes) and shapes[-1] is not None and shapes[-1][0] == "line"
        shapes.append(None if i in numbered or body_of_line else _series_shape(text, blocks, i))
    series: list[_Mark] = []

    def flush(run: list[int]) -> None:
        run = _series_edges_need_verbs(run, [shapes[b][1] for b in run])
        if len(run) >= 2:
            for k, b in enumerate(run):
                start = blocks.starts[b]
                series.append(_Mark(start, start, HEADING_FAMILY, k + 1, None, b, False, shapes[b][1]))

    run: list[int] = []
    gap = 0
    for i, shape in enumerate(shapes):
        if shape and run and shape[0] == shapes[run[-1]][0] and gap <= SERIES_MAX_GAP:
            run.append(i)
            gap = 0
        elif shape:
            flush(run)
            run, gap = [i], 0
        else:
            gap += 1
            if run and gap > SERIES_MAX_GAP:
                flush(run)
                run = []
    flush(run)
    return series


def _series_edges_need_verbs(run: list[int], headings: list[str]) -> list[int]:
    """Members at either end of a series whose heading has no action verb are dropped while two
    members with one remain: a byline or a newspaper column above the first heading looks like
    a heading (中国农业银行仪征支行课题组姜苗苗 / 做好客户身份识别工作 / …)."""
    acting = [k for k, heading in enumerate(headings) if ACTION_VERB.search(heading)]
    return run[acting[0] : acting[-1] + 1] if len(acting) >= 2 else run


def _series_shape(text: str, blocks: _Blocks, i: int) -> tuple[str, str] | None:
    """("line", heading) for a heading line over a body, ("lead", heading) for an opening sentence."""
    start, end = blocks.starts[i], blocks.ends[i]
    window = text[start : min(end, start + SERIES_HEADING_MAX + 2)]
    if SERIES_BAD_OPENER.match(window):
        return None
    if end - start <= SERIES_HEADING_MAX + 1 and i + 1 < len(blocks.starts):
        line = text[start:end].rstrip("。！：:")
        body = blocks.ends[i + 1] - blocks.starts[i + 1]
        if (
            SERIES_HEADING_MIN <= len(line) <= SERIES_HEADING_MAX
            and not SENTENCE_END.search(line)
            and line[-1] not in "，、"
            and body > len(line)
            and SENTENCE_END.search(text, blocks.starts[i + 1], blocks.ends[i + 1])
            and not SERIES_NARRATIVE.search(line)
        ):
            return ("line", line)
        return None
    stop = HEADING_END.search(window)
    if not stop:
        return None
    head = window[: stop.start()]
    if (
        SERIES_HEADING_MIN <= len(head) <= SERIES_HEADING_MAX
        and not SENTENCE_END.search(head)
        and not SERIES_NARRATIVE.search(head)
        and end - (start + stop.end()) >= 8
    ):
        return ("lead", head)
    return None


# --- 5. nesting -----------------------------------------------------------------------------------
def _settle(marks: list[_Mark], blocks: _Blocks, rounds: int = 3) -> list[_List]:
    """Nest, drop markers left alone in a list of one, nest again (a few rounds at most)."""
    lists = _nest(marks, blocks)
    for _ in range(rounds):
        lonely = {id(item.mark) for lst in lists if len(lst.items) < 2 for item in lst.items}
        placed = {id(item.mark) for lst in lists for item in lst.items}
        if not lonely and len(placed) == len(marks):
            break
        marks = [mark for mark in marks if id(mark) in placed and id(mark) not in lonely]
        lists = _nest(marks, blocks)
    return lists


def _nest(marks: list[_Mark], blocks: _Blocks) -> list[_List]:
    """One pass with a stack of open lists; returns every list, outer before inner.

    A marker is the next sibling in the deepest open list of its family whose next number it
    is. Else, after `_inline_item_ends_with_paragraph`: a number 1 of a family already open
    restarts that list at its level; a family not open nests in the current item, once
    `_outer_marker_closes_inner_lists` has closed what it must. Anything else (a 三 whose 二 went
    to another list) is left out.
    """
    lists: list[_List] = []
    stack: list[_List] = []
    for mark in marks:
        depth = _open_depth(stack, mark.family)
        if depth is not None and mark.ordinal == stack[depth].items[-1].mark.ordinal + 1:
            del stack[depth + 1 :]
            _attach(stack[depth], mark)
            continue
        while stack and _inline_item_ends_with_paragraph(stack[-1], mark):
            stack.pop()
        depth = _open_depth(stack, mark.family)
        if depth is not None:
            if mark.ordinal != 1:
                continue
            del stack[depth:]
        else:
            while stack and _outer_marker_closes_inner_lists(stack[-1], mark):
                stack.pop()
            if mark.ordinal != 1 and stack:
                continue
        parent = stack[-1].items[-1] if stack else None
        lst = _List(mark.family, len(stack) + 1, parent)
        if parent is not None:
            parent.children.append(lst)
        _attach(lst, mark)
        lists.append(lst)
        stack.append(lst)
    return lists


def _inline_item_ends_with_paragraph(open_list: _List, mark: _Mark) -> bool:
    """An item that starts inside a paragraph (…如下：一是…；二是…。) ends with that paragraph:
    a marker in a later paragraph is not its sub-item."""
    current = open_list.items[-1].mark
    return current.inline and current.block < mark.block


def _outer_marker_closes_inner_lists(open_list: _List, mark: _Mark) -> bool:
    """A marker of a family that usually ranks as high or higher (一、 after （一）) nests in the
    current item only right at its opening (its own paragraph or the next); later it closes the
    list, as where a second document is glued on (…（五）总结经验…  一、工作目标)."""
    current = open_list.items[-1].mark
    return FAMILY_RANK[mark.family] <= FAMILY_RANK[open_list.family] and mark.block - current.block >= OPENING_BLOCKS


def _open_depth(stack: list[_List], family: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].family == family:
            return depth
    return None


def _attach(lst: _List, mark: _Mark) -> None:
    lst.items.append(_Item(mark, lst))


# --- 6. extents -----------------------------------------------------------------------------------
def _close(lst: _List, bound: int, text: str, blocks: _Blocks) -> None:
    """Set every item's end: its next sibling; the last item stops at `bound` or sooner.

    `last_item_extent`: the last item has no sibling to stop it, and the article often goes on
    with a conclusion (下一步，…). Inline, it ends with its paragraph; else it spans as many
    paragraphs as the longest of its siblings, short of a conclusion (`_before_conclusion`), and
    at least its own sub-items.
    """
    items = lst.items
    if bound <= items[-1].mark.start:  # the paragraph that introduces the next list holds this one's last item: it keeps that paragraph
        bound = blocks.ends[items[-1].mark.block]
    for a, b in zip(items, items[1:]):
        a.hard_end = b.mark.start
    items[-1].hard_end = bound
    for item in items:
        kids = item.children
        for k, child in enumerate(kids):
            _close(child, _bound_before(kids[k + 1], text, blocks) if k + 1 < len(kids) else item.hard_end, text, blocks)
    for item in items[:-1]:
        item.end = _rstrip(text, item.mark.start, item.hard_end)
    last = items[-1]
    if last.mark.inline:
        limit = blocks.ends[last.mark.block]
    else:
        span = max((blocks.index(item.end - 1) - item.mark.block + 1 for item in items[:-1]), default=1)
        final = min(last.mark.block + max(span, 1) - 1, len(blocks.ends) - 1)
        limit = blocks.ends[_before_conclusion(text, blocks, last.mark, final)]
    inner = max((child.items[-1].end for child in last.children), default=0)
    last.end = _rstrip(text, last.mark.start, min(bound, max(limit, inner)))


def _before_conclusion(text: str, blocks: _Blocks, mark: _Mark, final: int) -> int:
    """`last_item_stops_at_conclusion`: the last paragraph of the item up to `final`, stopping
    before one that opens as a conclusion does (下一步，…; 此次活动…; 今后…). The marker paragraph
    and, under a heading line, the first body paragraph always belong to the item."""
    first = mark.block + (2 if blocks.ends[mark.block] - mark.end <= HEADING_LINE_MAX else 1)
    for b in range(first, final + 1):
        if CLOSING_OPENER.match(text, blocks.starts[b]):
            return b - 1
    return final


def _bound_before(lst: _List, text: str, blocks: _Blocks) -> int:
    """Where the list before `lst` must end. `intro_belongs_to_next_list`: a paragraph ending with
    a colon right above `lst` (…拟定实施方案如下：) introduces it; it is no part of the item before."""
    first = lst.items[0].mark
    if first.inline or first.block == 0:
        return first.start
    prev = first.block - 1
    return blocks.starts[prev] if text[blocks.ends[prev] - 1] in "：:" else first.start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in SPACE + "\n":
        end -= 1
    return end


def _lead(item: _Item, text: str, blocks: _Blocks) -> None:
    """The item's lead: its marker line when that stands alone above a body, else its first sentence."""
    mark = item.mark
    if mark.heading is not None:
        item.lead = mark.heading
        return
    line_end = min(blocks.ends[mark.block], item.end)
    line = text[mark.end : min(line_end, mark.end + LOOK)]
    if item.end > line_end and len(line) <= HEADING_LINE_MAX:
        stop = SENTENCE_END.search(line)
        if stop is None or stop.end() == len(line):
            item.lead = line.rstrip(TRAILING_PUNCT).strip()
            item.heading_line = True
            return
    stop = SENTENCE_END.search(line)
    item.lead = (line[: stop.start()] if stop else line).strip(TRAILING_PUNCT)


# --- 7. rules -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _View:
    """What the rules look at around one list: the text just before it and its ancestors' leads."""

    text: str
    intro: str  # a short line just above the list, else the sentence before it (within the parent)
    intro_is_heading: bool  # a short line of its own, or a sentence ending with ：
    ancestors: tuple[str, ...]  # leads of the enclosing items, innermost first


def _section_title(item: _Item, view: _View) -> bool:
    """A title of the document's own outline (一、工作目标, 三、电信诈骗的特点): no action in it.

    A short title line without a comma that has sub-items and no verb (三、家长与社区) counts too.
    """
    lead = item.lead
    if not lead or "，" in lead or "," in lead or len(lead) > SECTION_TITLE_MAX:
        return False
    if _section_title_shape(lead) and (lead in SECTION_TITLES or not ACTION_VERB.match(lead)):
        return True
    return item.heading_line and bool(item.children) and len(lead) <= 12 and not ACTION_VERB.search(lead)


def _section_title_shape(lead: str) -> bool:
    # SECTION_TITLE, tried only on a lead that can fully match it (it is slow to fail on the rest)
    return (lead in _SECTION_TITLE_SET or lead.endswith(SECTION_NOUNS)) and SECTION_TITLE.fullmatch(lead) is not None


def _question(item: _Item, view: _View) -> bool:
    """A question heading (一、什么是“电信诈骗”？) opens an explanation, not an action."""
    lead = item.lead
    return bool(lead) and (QUESTION_END.search(lead) is not None or QUESTION_START.match(lead) is not None)


def _definition(item: _Item, view: _View) -> bool:
    """A definition (电信诈骗是指…) describes, it does not act."""
    return DEFINITION.search(view.text, item.mark.end, item.mark.end + 2 * HEADING_MAX) is not None


def _among_section_titles(lst: _List, view: _View) -> bool:
    """When most items of a list are section titles, the rest are titles we did not know."""
    titles = sum(item.rejected_by == "section_title" for item in lst.items)
    return 2 * titles >= len(lst.items)


def _toc_list(lst: _List, view: _View) -> bool:
    """A table of contents (1.活动名称------1页)."""
    toc = sum(_toc_entry(_first_line(item, view.text)) for item in lst.items)
    return 2 * toc >= len(lst.items)


def _slogan_list(lst: _List, view: _View) -> bool:
    """Numbered slogans: under a 宣传语/标语/口号 heading, or mostly one-line couplets (天上掉馅饼，汇款是陷阱)."""
    if view.intro_is_heading and SLOGAN_WORD.search(view.intro):
        return True
    if any(SLOGAN_WORD.search(lead) and not ACTION_VERB.match(lead) for lead in view.ancestors[:1]):
        return True
    couplets = sum(_couplet(item, view.text) for item in lst.items)
    return 3 * couplets >= 2 * len(lst.items)


def _fraud_types(lst: _List, view: _View) -> bool:
    """An enumeration of fraud types or methods (第一种是用补贴做诱饵…, 1.退税诈骗。), by its
    introduction (…诈骗方式：), an enclosing heading (五、电信诈骗的作案手法) or the item names."""
    if view.intro_is_heading and FRAUD_TOPIC.search(view.intro):
        return True
    if any(FRAUD_TOPIC.search(lead) and not ACTION_VERB.match(lead) for lead in view.ancestors):
        return True
    named = sum(bool(FRAUD_NAME_END.search(item.lead)) for item in lst.items)
    return 2 * named >= len(lst.items)


def _fraudster_steps(lst: _List, view: _View) -> bool:
    """A fraudster's steps (第一步犯罪分子通过…): the criminal is the subject, not the organisation."""
    acted = sum(bool(FRAUDSTER.search(view.text, item.mark.end, item.mark.end + FRAUDSTER_LOOK)) for item in lst.items)
    return 2 * acted >= len(lst.items)


def _problem_list(lst: _List, view: _View) -> bool:
    """Problems and causes (二、反诈工作存在的问题和短板 → 一是从事新型犯罪的人员增多): under such a
    heading or introduction, unless it also names the remedy (存在不足与今后努力的方向)."""
    heads = [lead for lead in view.ancestors if not ACTION_VERB.match(lead)]
    if view.intro_is_heading:
        heads.append(view.intro)
    return any(PROBLEM_WORDS.search(head) and not REMEDY_WORDS.search(head) for head in heads)


def _procedure_steps(lst: _List, view: _View) -> bool:
    """The steps of a procedure applied to each case (…需要进行5步的确认步骤。第一步：客户阅读…
    第二步：人脸识别): the introduction ends naming a procedure; the organisation's own phases
    (该校…从三步入手。第一步，开展…) and means (通过…细化流程、银警协作等多种手段。一、…) stay."""
    intro = (view.intro or _sentence_before(lst, view)).rstrip("：:，, ")
    return PROCEDURE.search(intro) is not None and PER_CASE.search(intro) is not None and OWN_STEPS.search(intro) is None


def _sentence_before(lst: _List, view: _View) -> str:
    """The whole sentence before a list that follows a full stop (view.intro is then empty)."""
    first = lst.items[0].mark
    floor = lst.parent.mark.end if lst.parent is not None else 0
    before = view.text[max(floor, first.start - INTRO_LOOK) : first.start].rstrip(SPACE + "\n。；")
    cut = max(before.rfind(ch) for ch in "。；！？\n")
    return before[cut + 1 :]


def _tips(lst: _List, view: _View) -> bool:
    """Tips to the public (防骗小贴士：1.不要轻信…): under a heading or introduction that names
    them, or most items opening as advice to the reader."""
    heads = [view.intro or _sentence_before(lst, view), *(lead for lead in view.ancestors if not ACTION_VERB.match(lead))]
    if any(TIP_HEAD.search(_head_words(head)) and not ACTION_VERB.search(head) for head in heads):  # not 开展提示工作：, 防骗提示进万家
        return True
    advising = sum(item.lead.startswith(ADVICE_OPENERS) for item in lst.items)
    return 2 * advising > len(lst.items)


def _principles(lst: _List, view: _View) -> bool:
    """The principles of a plan (二、基本原则 → 1.预防为主，综合治理): the heading names them."""
    heads = [view.intro, *view.ancestors[:1]]
    return any(PRINCIPLE_HEAD.search(_head_words(head)) for head in heads)  # "二、基本原则"; not "一、按照属地管理原则，落实…"


def _head_words(head: str) -> str:
    """A heading without its marker and final punctuation: "二、基本原则：" → "基本原则"."""
    return HEAD_MARKER.sub("", head).rstrip("：:。，, \t\u3000")


def _no_action(lst: _List, view: _View) -> bool:
    """A list where under half of the items name an action (开展, 组织, 张贴…) lists no measures.

    A heading series needs a third of its headings only: its headings are short slogans of the
    work (党建引领全民反诈, 联防共治同频共振, 线上线下宣传推广) and their shape already says much.
    """
    live = [item for item in lst.items if item.rejected_by is None]
    if not live:
        return False
    acting = 0
    for item in live:
        if item.mark.heading is not None:  # a heading series is judged by its headings alone
            acting += bool(ACTION_VERB.search(item.lead))
        else:
            look = min(item.end, item.mark.end + len(item.lead) + VERB_LOOK)
            acting += bool(ACTION_VERB.search(view.text, item.mark.start, look))
    share = SERIES_VERB_SHARE if lst.family == HEADING_FAMILY else LIST_VERB_SHARE
    return acting < share * len(live)


ITEM_RULES: tuple[tuple[str, Callable[[_Item, _View], bool]], ...] = (
    ("section_title", _section_title),
    ("question", _question),
    ("definition", _definition),
)
LIST_RULES: tuple[tuple[str, Callable[[_List, _View], bool]], ...] = (
    ("among_section_titles", _among_section_titles),
    ("toc_list", _toc_list),
    ("slogan_list", _slogan_list),
    ("fraud_types", _fraud_types),
    ("fraudster_steps", _fraudster_steps),
    ("problem_list", _problem_list),
    ("procedure_steps", _procedure_steps),
    ("tips", _tips),
    ("principles", _principles),
    ("no_action", _no_action),
)


def _judge(lst: _List, text: str, blocks: _Blocks) -> None:
    """Apply the item rules, then the list rules; the first rule that fires names the rejection."""
    view = _view(lst, text, blocks)
    for item in lst.items:
        for name, rule in ITEM_RULES:
            if rule(item, view):
                item.rejected_by = name
                break
    if all(item.rejected_by for item in lst.items):
        return  # the list rules reject only what no item rule has
    for name, rule in LIST_RULES:
        if rule(lst, view):
            for item in lst.items:
                item.rejected_by = item.rejected_by or name
            return


def _view(lst: _List, text: str, blocks: _Blocks) -> _View:
    """The introduction of a list: a short line of its own just above it (one body paragraph may come
    between: `（二）我市反诈工作存在的问题和短板`, `近年来，…`, `一是…`), else the sentence before it."""
    first = lst.items[0].mark
    floor = lst.parent.mark.end if lst.parent is not None else 0
    intro, is_heading = "", False
    for prev in range(first.block - 1, first.block - 1 - INTRO_BLOCKS, -1):
        if first.inline or prev < 0 or blocks.starts[prev] < floor:
            break
        if blocks.ends[prev] - blocks.starts[prev] <= INTRO_LINE_MAX:
            intro, is_heading = text[blocks.starts[prev] : blocks.ends[prev]], True
            break
    if not is_heading:
        before = text[max(floor, first.start - INTRO_LOOK) : first.start].rstrip(SPACE + "\n")
        cut = max(before.rfind(ch) for ch in "。；！？\n")
        intro = before[cut + 1 :].strip(SPACE)
        is_heading = intro.endswith(("：", ":"))
    ancestors = []
    item = lst.parent
    while item is not None:
        ancestors.append(item.lead)
        item = item.owner.parent
    return _View(text, intro, is_heading, tuple(ancestors))


def _toc_entry(line: str) -> bool:
    return TOC_ENTRY.search(line[-TOC_TAIL:]) is not None


def _first_line(item: _Item, text: str) -> str:
    end = min(item.end, item.mark.end + LOOK)
    stop = text.find("\n", item.mark.start, end)
    return text[item.mark.start : end if stop < 0 else stop].strip(SPACE)


def _couplet(item: _Item, text: str) -> bool:
    """A slogan's shape: one short sentence of two to four clauses of even length, and no verb of
    the organisation's work (天上掉馅饼，汇款是陷阱 — not 提高认识，加强组织领导)."""
    if item.end - item.mark.end > 2 * COUPLET_MAX:
        return False
    body = text[item.mark.end : item.end].strip(TRAILING_PUNCT)
    if not body or len(body) > COUPLET_MAX or COUPLET_STOP.search(body) or ACTION_VERB.search(body):
        return False
    sizes = [len(c) for c in COUPLET_CLAUSE.split(body) if c]
    return 2 <= len(sizes) <= 4 and min(sizes) >= 3 and max(sizes) - min(sizes) <= COUPLET_SKEW
