"""Page-level rules: what part of the page a line is, and what is not the document's (spam,
site chrome, related lists, the site's intro, repeated titles)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from zhtools import patterns as P
from zhtools.clean.base import (
    CLAUSE_BREAK,
    LIST_MARKER,
    PLACEHOLDER_PREFIX,
    SENTENCE_END,
    SENTENCE_END_RE,
    TITLE_MAX,
    CleanOptions,
    apply_rule,  # noqa: F401  (the doctests run rules with it)
    delete,
    line_end,
    lines,
)
from zhtools.edits import Replacement
from zhtools.lazyre import lazy_compile


def spam_line(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """A line that is a list of porn/SEO keywords (three or more, few sentence marks) is spam
    put on the page for search engines, not part of any document.

    >>> apply_rule(spam_line, "精品欧洲AV无码一区二区_人妻精品久久久久中文字幕\\n电信诈骗工作总结")
    '电信诈骗工作总结'
    >>> apply_rule(spam_line, "警惕网络色情诈骗，不要点击亚洲美女视频链接。")
    '警惕网络色情诈骗，不要点击亚洲美女视频链接。'
    """
    per_line: dict[int, int] = {}  # markers on each line, by the line's start
    for m in P.SPAM_MARKER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        per_line[line_start] = per_line.get(line_start, 0) + 1
    for start, n in per_line.items():
        if n < P.SPAM_LINE_MIN_MARKERS:
            continue  # a keyword list has several markers: only such lines are looked at
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if P.SENTENCE_STOP.search(line):
            continue  # a keyword list has no sentences; prose that names spam words does
        found = [m for m in P.SPAM_MARKER.finditer(line) if not _quoted(line, m.start())]
        covered = sum(len(m.group()) for m in found)
        rest = len(P.HAN_RE.findall(P.SPAM_MARKER.sub("", line)))
        if len({m.group() for m in found}) >= P.SPAM_LINE_MIN_MARKERS and 2 * covered >= rest:
            yield Replacement(start, line_end(text, end), "")


def _quoted(text: str, i: int) -> bool:
    """Whether position `i` lies inside “…” or 《…》 on its line (a quoted name, not spam)."""
    before = text[:i]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def spam_phrase(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Porn/SEO keywords injected inside a sentence: two or more markers close together with no
    punctuation between them are removed; a single keyword is left (it may be prose).

    >>> apply_rule(spam_phrase, "近年来，精品久久久久中文字幕无码电信诈骗案件高发。")
    '近年来，电信诈骗案件高发。'
    """
    cluster: list[regex.Match] = []

    def flush() -> Iterator[Replacement]:
        if len(cluster) >= 2:
            yield Replacement(cluster[0].start(), cluster[-1].end(), "")

    for m in P.SPAM_MARKER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _quoted(text[line_start : m.start()], m.start() - line_start):
            continue
        if cluster:
            gap = text[cluster[-1].end() : m.start()]
            if len(gap) > P.SPAM_PHRASE_GAP or P.PHRASE_BREAK.search(gap):
                yield from flush()
                cluster = []
        cluster.append(m)
    yield from flush()


def chrome_line(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Lines of site furniture — breadcrumbs, `时间:… 我要投稿`, `• 相关推荐`, `相关文档 最新文档`,
    page counters, WeChat `点击蓝字 关注我们` — are the site's, not the document's.

    >>> apply_rule(chrome_line, "当前位置:文档之家› 防范电信诈骗工作措施\\n时间:2022-11-04 18:11:04 工作总结 我要投稿\\n  • 相关推荐\\n正文")
    '正文'
    >>> apply_rule(chrome_line, "推荐阅读相关文件，我要投稿的同学请联系。")
    '推荐阅读相关文件，我要投稿的同学请联系。'
    """
    yield from delete(P.CHROME_LINE.finditer(text))


def chrome_inline(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Chrome glued into a line of text by aggregators: `Final approval draft on …`,
    `集团文件发布号:(…)`, `【--工作计划范文】`, `第1页共1页`.

    >>> apply_rule(chrome_inline, "活动总结归纳 Final approval draft on November 22, 2020")
    '活动总结归纳'
    """
    yield from delete(P.CHROME_INLINE.finditer(text))


def related_footer(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """`【…】相关文章:` and the dated links under it are the site's navigation.

    >>> apply_rule(related_footer, "正文。\\n【电信诈骗工作总结】相关文章:\\n打击电信诈骗工作总结11-03\\n\\n社区电信诈骗工作总结11-03\\n")
    '正文。\\n'
    """
    for m in P.RELATED_HEADER.finditer(text):
        base = end = line_end(text, m.end())
        for start, stop in lines(text[base:]):
            if not P.RELATED_LINK.fullmatch(text, base + start, base + stop):
                break
            end = line_end(text, base + stop)
        yield Replacement(m.start(), end, "")


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Whether `pos` stands inside a “…” or 「…」 opened on its line (from `start`) and not closed."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def intro(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """The 范文 site's intro (`下面是小编为大家整理的…，希望对大家有所帮助。`) is the site
    talking. A short paragraph with two or more such markers goes whole; elsewhere only the
    clause that carries a marker, to the end of its sentence.

    >>> apply_rule(intro, "总结是…的书面材料。下面是小编为大家带来的总结书优秀范文,希望大家可以喜欢。\\n正文")
    '正文'
    >>> apply_rule(intro, "开展专项行动,WTT今天为大家精心准备了2020年度工作方案! 为贯彻落实")
    '开展专项行动。为贯彻落实'
    """
    by_line: dict[tuple[int, int], list[regex.Match]] = {}
    for m in P.INTRO_MARKER.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if _inside_quote(text, start, m.start()):
            continue  # the document quotes someone (a scammer's ad: “以下是小编为大家整理的兼职岗位…”)
        by_line.setdefault((start, len(text) if end < 0 else end), []).append(m)
    for (start, end), found in by_line.items():
        strong = [m for m in found if P.INTRO_STRONG.search(m.group())]
        tail = text[found[-1].end() : end].rstrip()
        ends_with_intro = not SENTENCE_END_RE.search(tail[:-1])
        if strong and len(found) >= 2 and ends_with_intro and len(text[start:end].strip()) <= P.INTRO_PARAGRAPH_MAX:
            yield Replacement(start, line_end(text, end), "")
            continue
        ranges: list[list[int]] = []
        for m in strong:
            cs = m.start()
            while cs > start and text[cs - 1] not in CLAUSE_BREAK:
                cs -= 1
            se = m.end()
            while se < end and text[se] not in SENTENCE_END:
                se += 1
            se = min(se + 1, end)
            while se < end and text[se] in " \t\u3000":
                se += 1
            if ranges and cs <= ranges[-1][1]:
                ranges[-1][1] = max(ranges[-1][1], se)
            else:
                ranges.append([cs, se])
        for cs, se in ranges:
            if cs > start and text[cs - 1] in "，,":
                yield Replacement(cs - 1, se, "。")
            else:
                yield Replacement(cs, se, "")


def _is_title_line(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= TITLE_MAX and line[-1] not in "。！？；，,;!?：:"


def _spaced(title: str) -> str:
    """A pattern for `title` that tolerates wrap spaces between its characters."""
    chars = [c for c in title if not c.isspace()]
    return "[ \t]?".join(regex.escape(c) for c in chars)


LIST_MARKER_AHEAD = rf"(?={LIST_MARKER})"
# What is left of "X 篇1", "X（一）", "X 【篇2】" after the title: the number of an article, whose heading the line is.
ARTICLE_NUMBER = lazy_compile(
    r"[ \t]*(?:篇|第|范文)?[ \t]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*篇?[ \t]*|[ \t]*[【\[(（]篇?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[】\])）][ \t]*"
    r"|[ \t]*(?:Part|PART|part|NO|No|no|№)[.．]?[ \t]*[0-9]{1,2}[ \t]*"  # "防诈骗宣传标语大全 Part 1": a piece's heading, the title and its number
)

TITLE_TAG = lazy_compile(r"^[(（【][^)）】]{1,6}[)）】]")


@lru_cache(maxsize=256)
def _title_repeat(title: str) -> regex.Pattern:
    """A line opening with `title` repeated, or followed by spaces or a list marker.

    A bracketed number glued to the title (`X（一）`, `X(2)`) is not a list marker after a
    repeated title: it numbers the article the line heads.
    """
    spaced = _spaced(title)
    return regex.compile(
        rf"[ \t\u3000]*{PLACEHOLDER_PREFIX}(?:(?:{spaced}[ \t]*){{2,}}|{spaced}[ \t]+|{spaced}(?![(（]){LIST_MARKER_AHEAD})"
    )


def repeated_title(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Pages repeat their title two or three times (site header, h1, document header), and
    aggregators repeat a document's title at the start of its text. Keep the first.

    >>> apply_rule(repeated_title, "防范电信诈骗工作措施\\n\\n防范电信诈骗工作措施\\n防范电信诈骗工作措施\\n\\n银行某支行")
    '防范电信诈骗工作措施\\n\\n\\n银行某支行'
    >>> apply_rule(repeated_title, "防止电信诈骗策划书\\n\\n防止电信诈骗策划书 一、活动背景 从2000年以来")
    '防止电信诈骗策划书\\n\\n一、活动背景 从2000年以来'
    """
    previous: tuple[int, int] | None = None  # the last non-blank line
    for start, end in lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if previous is not None:
            title = text[previous[0] : previous[1]].strip()
            if _is_title_line(title):
                key = "".join(title.split())
                compact = "".join(line.split())
                if compact == key:
                    yield Replacement(start, line_end(text, end), "")
                    continue  # the earlier line stays the reference
                bare = TITLE_TAG.sub("", title)  # "(最新)2020年…"
                for candidate in dict.fromkeys((title, bare)):
                    candidate_key = "".join(candidate.split())
                    # The line must open with the title (after a placeholder of at most two
                    # characters) before the pattern, compiled per title, is worth building.
                    if len(candidate_key) < 4 or compact.find(candidate_key, 0, len(candidate_key) + 2) < 0:
                        continue
                    m = _title_repeat(candidate_key).match(line)
                    if m and m.end() < len(line) and not ARTICLE_NUMBER.fullmatch(line, m.end()):
                        yield Replacement(start, start + m.end(), "")
                        break
        previous = (start, end)
