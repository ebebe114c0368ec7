"""Cleaning rules, their order, and `clean_and_explain()`.

Each rule is a small function `rule(text, options) -> Iterable[Replacement]` with a docstring
that says why it exists. `RULES` fixes their order. `clean_and_explain` runs the rules in
order, again and again until a whole pass changes nothing, so that its result is a fixed
point: cleaning cleaned text changes nothing. Every change is kept in a `Trace`, from which the
edits against the source (rule, source span, old, new) and the source span of any output
character follow exactly.

>>> clean("電信詐(zha)騙工作總結\\n\\n  活動中,志愿者發放宣傳單頁。")
'电信诈骗工作总结\\n活动中，志愿者发放宣传单页。'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from zhtools import patterns as P
from zhtools.convert import conversion_replacements, script_given, to_simplified
from zhtools.edits import Edit, Replacement, Trace
from zhtools.pinyin import gloss_spans


@dataclass(frozen=True)
class CleanOptions:
    """How to clean. Vary it with `dataclasses.replace`; never with module-level switches."""

    convert: str | None = "t2s"  # OpenCC config used where the text is traditional or mixed; None: keep the script
    skip: frozenset[str] = frozenset()  # names of rules not to run
    max_passes: int = 8  # a pass that changes nothing ends the loop long before this


class Rule(NamedTuple):
    name: str
    fn: Callable[[str, CleanOptions], Iterable[Replacement]]
    layout: bool = False  # deletes layout only: earlier deletions inside its own keep their rule


# --- helpers ----------------------------------------------------------------------------------


@cache
def common_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary frequent enough to be trusted (freq ≥ 100).

    Used to tell a word broken by a line wrap ("方 案", "主动发\\n现") from two words that merely
    meet at a paragraph or phrase boundary.
    """
    import jieba  # imported here: only pages with wrap candidates pay for it

    path = Path(jieba.__file__).with_name("dict.txt")
    words = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split(" ")
            if len(word) == 2 and int(freq) >= 100:
                words.add(word)
    return frozenset(words)


def is_broken_word(left: str, right: str) -> bool:
    """True when the characters around a break form a common word: `is_broken_word("方", "案")`."""
    return bool(left) and bool(right) and (left[-1] + right[0]) in common_words()


LINE = regex.compile(r"(?m)^.*$")


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    for m in LINE.finditer(text):
        yield m.start(), m.end()


def line_end(text: str, end: int) -> int:
    """`end` extended over the newline that closes the line, if any."""
    return end + 1 if end < len(text) and text[end] == "\n" else end


def delete(matches: Iterable[regex.Match]) -> Iterator[Replacement]:
    for m in matches:
        if m.end() > m.start():
            yield Replacement(m.start(), m.end(), "")


# --- rules ------------------------------------------------------------------------------------


def newlines(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """CR LF, a lone CR and Unicode line separators become LF: every later rule thinks in LF lines.

    >>> apply_rule(newlines, "a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    for m in P.NEWLINES.finditer(text):
        yield Replacement(m.start(), m.end(), "\n")


def invisible(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Zero-width characters, stray BOMs and soft hyphens split words invisibly; NBSP is a space.

    >>> apply_rule(invisible, "电\\u200b信\\xa0诈骗")
    '电信 诈骗'
    """
    yield from delete(P.INVISIBLE.finditer(text))
    for m in P.NBSP.finditer(text):
        yield Replacement(m.start(), m.end(), " ")


def pinyin(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Pinyin glosses glued after characters (`對(dui)`, `問(wèn)`, `工(gong)(gong)`) are noise
    inserted against copying; a bracket goes only when it holds a reading of the character before.

    >>> apply_rule(pinyin, "總結就是對(dui)一個時期的(de)學(xue)習、工(gong)(gong)作，村(居)")
    '總結就是對一個時期的學習、工作，村(居)'
    """
    for start, end in gloss_spans(text):
        yield Replacement(start, end, "")


def t2s(text: str, options: CleanOptions) -> Iterable[Replacement]:
    """Traditional or mixed text becomes simplified (OpenCC), so that rules, extraction and
    counting see one script. Simplified pages are left alone.

    >>> apply_rule(t2s, "電信詐騙工作總結")
    '电信诈骗工作总结'
    """
    if options.convert is None:
        return ()
    simplified = to_simplified(text)  # one OpenCC pass decides the script and, mostly, converts
    if simplified == text or script_given(text, simplified) == "simplified":
        return ()
    converted = simplified if options.convert == "t2s" else None
    return conversion_replacements(text, options.convert, converted)


def zhe_particle(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """著 where simplified script writes 着: OpenCC t2s keeps 著 everywhere, so a converted page
    reads 随著, 帮著, 意味著. Runs on every page when conversion is on: 著 as a particle is a
    leftover of traditional script wherever it stands. 著名, 显著, 著作 stay (patterns.ZHE_PARTICLE).
    It runs just before t2s, so that its edits stay its own inside the spans t2s replaces.

    >>> apply_rule(zhe_particle, "随著我国金融业发展，帮著整改，取得显著成效，著名的著作")
    '随着我国金融业发展，帮着整改，取得显著成效，著名的著作'
    >>> apply_rule(zhe_particle, "随著", CleanOptions(convert=None))
    '随著'
    """
    if options.convert is None or "著" not in text:
        return
    for m in P.ZHE_PARTICLE.finditer(text):
        yield Replacement(m.start(), m.end(), "着")


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


SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,。！？!?；;\n"
# Compiled once: a page of many distinct titles would otherwise push them out of regex's cache.
SENTENCE_END_RE = regex.compile(r"[。！？!?]")
FULL_STOP = regex.compile(r"[。！？]")
QUOTE_IN_WORD = regex.compile(r"(?<=\p{Han})['`‘’](?=\p{Han})")
CLAUSE_SPLIT = regex.compile(r"[，。；！？,;!?\n]")


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


TITLE_MAX = 60
PLACEHOLDER_PREFIX = r"(?:XX|xx|ⅩⅩ|X|x|##)?"
LIST_MARKER = r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]"


def _is_title_line(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= TITLE_MAX and line[-1] not in "。！？；，,;!?：:"


def _spaced(title: str) -> str:
    """A pattern for `title` that tolerates wrap spaces between its characters."""
    chars = [c for c in title if not c.isspace()]
    return "[ \t]?".join(regex.escape(c) for c in chars)


TITLE_TAG = regex.compile(r"^[(（【][^)）】]{1,6}[)）】]")


@lru_cache(maxsize=256)
def _title_repeat(title: str) -> regex.Pattern:
    """A line opening with `title` repeated, or followed by spaces or a list marker."""
    spaced = _spaced(title)
    return regex.compile(rf"[ \t\u3000]*{PLACEHOLDER_PREFIX}(?:(?:{spaced}[ \t]*){{2,}}|{spaced}[ \t]+|{spaced}(?={LIST_MARKER}))")


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
                    if m and m.end() < len(line):
                        yield Replacement(start, start + m.end(), "")
                        break
        previous = (start, end)


def _unpaired(text: str, i: int) -> bool:
    """Whether the quote at `i` has no partner in its sentence (ASCII quotes pair with themselves)."""
    quote = text[i]
    if quote in "'`":
        s, e = i, i + 1
        while s > 0 and text[s - 1] not in "。！？\n":
            s -= 1
        while e < len(text) and text[e] not in "。！？\n":
            e += 1
        return text[s:e].count(quote) % 2 == 1
    step, partner = (1, "’") if quote == "‘" else (-1, "‘")
    j = i + step
    while 0 <= j < len(text) and text[j] not in "。！？\n":
        if text[j] in "‘’":
            return text[j] != partner
        j += step
    return True


def scrape_mark(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Marks injected after 的 (`的'`, `的.`, `` 的` ``, `的’`) and unpaired quotes inside a
    word defeat copy-paste; real punctuation (paired quotes, sentence ends) stays.

    >>> apply_rule(scrape_mark, "梳理了网络诈骗的'常见情况，用户的`便利性，活动的.责任心，场镇‘居民，反诈是场‘硬仗’。")
    '梳理了网络诈骗的常见情况，用户的便利性，活动的责任心，场镇居民，反诈是场‘硬仗’。'
    """
    marks = list(P.SCRAPE_MARK.finditer(text))
    yield from delete(marks)
    taken = {m.start() for m in marks}
    for m in QUOTE_IN_WORD.finditer(text):
        if m.start() in taken:
            continue
        if _unpaired(text, m.start()):
            yield Replacement(m.start(), m.end(), "")
    if len(marks) >= 2:
        for m in P.SCRAPE_STOP.finditer(text):
            clause = text[max(0, m.start() - 12) : m.start()]
            clause = CLAUSE_SPLIT.split(clause)[-1]
            if "是" in clause or text.startswith(P.CLAUSE_OPENERS, m.end()):
                continue  # "…是成功的。" ends a sentence
            yield Replacement(m.start(), m.end(), "")


def _first_sentence(line: str) -> str:
    m = FULL_STOP.search(line)
    return line[: m.start()] if m else line


def _closes_open_quote(a: str, b: str) -> bool:
    for opening, closing in (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")")):
        if a.count(opening) > a.count(closing):
            head = _first_sentence(b)
            if head.count(closing) > head.count(opening):
                return True
    return False


def _title_like(line: str) -> bool:
    """A short line without sentence punctuation at its end: a title or heading."""
    return len(line) <= TITLE_MAX and line[-1] not in "。！？；，、,;!?：:" and not SENTENCE_END_RE.search(line)


def pdf_join(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Lines broken inside a sentence by PDF extraction (`…主动发\\n\\n现。`) are rejoined.

    A line that ends without sentence punctuation is joined to the next when the next is not
    a title or a list item and there is evidence of a break: a quote opened before and closed
    after it, a line ending in a comma or a word that cannot end a sentence (的, 对, 和…), a
    common word split by the break (发|现, 做|到), a very short tail sentence, or a long line
    (a page of a flattened preview). Headings keep their paragraphs.

    >>> apply_rule(pdf_join, "我行实行了三步式劝止模式:一是网点工作人员主动发\\n\\n现。由营业网点工作人员")
    '我行实行了三步式劝止模式:一是网点工作人员主动发现。由营业网点工作人员'
    >>> apply_rule(pdf_join, "一、组织领导\\n成立以党委委员为组长的领导小组。")
    '一、组织领导\\n成立以党委委员为组长的领导小组。'
    """
    spans = [(s, e) for s, e in lines(text) if text[s:e].strip()]
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        a = text[a0:a1].rstrip()
        b = text[b0:b1].strip()
        if not a or not b or P.ENUM_START.match(b) or _title_like(b):
            continue
        if _closes_open_quote(a, b):
            joined = True
        elif a[-1] in P.PARAGRAPH_END or not (P.WORD_CHAR.match(a[-1]) or a[-1] in "，、,"):
            continue
        elif not (P.WORD_CHAR.match(b[0]) or b[0] in "，。、；：”%％"):
            continue
        elif (P.ENUM_START.match(a) and len(a) <= 40) or (len(a) <= 40 and not P.CLAUSE_PUNCT.search(a) and not P.SENTENCE_STOP.search(a)):
            continue  # a title or heading ("一、组织领导", "2023年…宣传月活动工作总结") ends without punctuation too
        else:
            head = _first_sentence(b)
            joined = (
                a[-1] in "，、," + P.DANGLING
                or is_broken_word(a, b)
                or (len(head) <= 3 and len(head) < len(b))
                or (len(a) >= 20 and len(b) <= 50 and b[-1] in "。！？" and P.CLAUSE_PUNCT.search(a) is not None)
                or len(a) >= P.PDF_PAGE_LINE
            )
        if joined:
            b_start = b0 + (len(text[b0:b1]) - len(text[b0:b1].lstrip()))
            yield Replacement(a0 + len(a), b_start, "")


def wrap_space(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """A space inside a word, left by line wrapping (`工作方 案`, `情况的 总结`), is removed;
    a space between two phrases (`爱护人民币 反假人民币`) stays.

    >>> apply_rule(wrap_space, "宣传工作方 案3篇，活动情况的 总结，爱护人民币 反假人民币")
    '宣传工作方案3篇，活动情况的总结，爱护人民币 反假人民币'
    """
    for m in P.WRAP_SPACE.finditer(text):
        left, right = text[m.start() - 1], text[m.end()]
        particle = (left in "的之" and not is_broken_word(text[m.start() - 2 : m.start() - 1], left)) or right == "的"
        if particle or is_broken_word(left, right):
            yield Replacement(m.start(), m.end(), "")


def tilde_comma(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """`~` between Chinese words is a comma mangled by a PDF converter; ranges (`3~5`) keep it.

    >>> apply_rule(tilde_comma, "8月份~我行按照通知要求~采取有效措施，3~5次")
    '8月份，我行按照通知要求，采取有效措施，3~5次'
    """
    for m in P.TILDE_COMMA.finditer(text):
        if text[m.start() - 1] in P.RANGE_SIDE and text[m.end()] in P.RANGE_SIDE:
            continue  # a range: "周一~周五", "一~三年级"
        yield Replacement(m.start(), m.end(), "，")


def punct_width(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Chinese text gets full-width `，。：；！？（）“”`; digits, Latin words and decimals keep
    ASCII (`5,846`, `10:30`, `96.7%`), and full-width letters and digits become ASCII.
    Placeholders (`xx`, `XX`, `ⅩⅩ`, `##`) are left as they are. A table, not NFKC.

    >>> apply_rule(punct_width, '分析,并做出评价:(一)阵地宣传;“毒瘤”?10:30,5,846元,２０２２年。提高警惕.')
    '分析，并做出评价：（一）阵地宣传；“毒瘤”？10:30,5,846元，2022年。提高警惕。'
    """
    out: dict[int, Replacement] = {}
    for m in P.FULLWIDTH_ALNUM.finditer(text):
        out[m.start()] = Replacement(m.start(), m.end(), chr(ord(m.group()) - 0xFEE0))
    _marks_in_context(text, out)
    for m in P.ASCII_QUOTES.finditer(text):
        if P.HAN_RE.search(m.group(1)):
            out[m.start()] = Replacement(m.start(), m.start() + 1, "“")
            out[m.end() - 1] = Replacement(m.end() - 1, m.end(), "”")
    for m in P.ASCII_STOP.finditer(text):
        if P.NUMERAL_MARKER.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "一.指导思想": a list marker
        after = text[m.end()] if m.end() < len(text) else ""
        if P.HAN_RE.match(after or "a") and is_broken_word(text[m.start() - 1], after):
            out[m.start()] = Replacement(m.start(), m.end(), "")  # a stray dot inside a word
        else:
            out[m.start()] = Replacement(m.start(), m.end(), "。")
    # A mark made full-width is Chinese context for the ASCII marks next to it ("好了!!!!",
    # "(a)(b)打", "((打))"). Left to later passes, a chain longer than `max_passes` would stop
    # cleaning short of a fixed point: so look again around each such change, until none is left.
    changed = [i for i, r in out.items() if r.new and _may_be_context(text, i, out)]
    while changed:
        found: dict[int, Replacement] = {}
        for lo, hi in _windows(sorted(changed), len(text)):
            _marks_in_context(_with(text, out, lo, hi), found, lo)
        changed = [i for i in found if i not in out]
        out.update((i, found[i]) for i in changed)
    return iter(sorted(out.values()))


MARK_CONTEXT = 90  # a bracket pair spans at most 82 characters (ASCII_PARENS): what a change can reach, and more


def _marks_in_context(text: str, out: dict[int, Replacement], base: int = 0) -> None:
    """ASCII `,:;?!` and brackets in Chinese context, made full-width (into `out`, offsets from `base`)."""
    for m in P.ASCII_PUNCT_IN_CJK.finditer(text):
        if not P.BETWEEN_DIGITS.match(text, m.start()) or not (0 < m.start() and text[m.start() - 1].isdigit()):
            end = m.end()
            while end < len(text) and text[end] in P.TO_FULLWIDTH:  # a full-width mark is context for the next: "好了!!!"
                end += 1
            for i in range(m.start(), end):
                out[base + i] = Replacement(base + i, base + i + 1, P.TO_FULLWIDTH[text[i]])
    pairs = list(P.ASCII_PARENS.finditer(text))
    full = []
    for m in pairs:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        full.append(bool(P.HAN_RE.search(m.group(1)) or P.CJK_CHAR.match(before or "a") or P.CJK_CHAR.match(after or "a")))
    for k in range(len(pairs) - 2, -1, -1):  # a full-width pair is context for the pair it touches: "(a)(b)打"
        full[k] = full[k] or (full[k + 1] and pairs[k].end() == pairs[k + 1].start())
    for k in range(1, len(pairs)):
        full[k] = full[k] or (full[k - 1] and pairs[k - 1].end() == pairs[k].start())
    for m, convert in zip(pairs, full):
        if convert:
            out[base + m.start()] = Replacement(base + m.start(), base + m.start() + 1, "（")
            out[base + m.end() - 1] = Replacement(base + m.end() - 1, base + m.end(), "）")


def _may_be_context(text: str, i: int, out: dict[int, Replacement]) -> bool:
    """Whether the change at `i` may turn an ASCII mark next to it, or a bracket pair around it, full-width."""
    return any(0 <= j < len(text) and text[j] in "(),:;?!" and j not in out for j in (i - 1, i + 1)) or (
        text[i] in "()" and "(" in text[max(0, i - 82) : i]
    )


def _windows(positions: list[int], n: int) -> Iterator[tuple[int, int]]:
    """Spans of `MARK_CONTEXT` characters around the sorted `positions`, merged where they meet."""
    lo, hi = max(0, positions[0] - MARK_CONTEXT), min(n, positions[0] + MARK_CONTEXT + 1)
    for p in positions[1:]:
        if p - MARK_CONTEXT > hi:
            yield lo, hi
            lo = p - MARK_CONTEXT
        hi = min(n, p + MARK_CONTEXT + 1)
    yield lo, hi


def _with(text: str, out: dict[int, Replacement], lo: int, hi: int) -> str:
    """`text[lo:hi]` with the one-for-one replacements of `out` in it (a deleted dot stays: Han surrounds it)."""
    return "".join(r.new if (r := out.get(i)) is not None and r.new else text[i] for i in range(lo, hi))


def whitespace(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Indentation, trailing spaces, spaces before Chinese punctuation and blank lines carry no
    meaning in Chinese prose: paragraphs end up separated by a single `\\n`.

    >>> apply_rule(whitespace, "\\n\\n  第一段 。\\n\\n\\n\\u3000\\u3000第二段  \\n")
    '第一段。\\n第二段'
    """
    # Pure deletions only (a run of blank lines loses all but its first newline), so that text
    # deleted by earlier rules inside a run keeps its own rule in the log.
    found = [
        (m.start() + (1 if pattern is P.BLANK_LINES else 0), m.end())
        for pattern in (P.INDENT, P.TRAILING_SPACE, P.SPACE_BEFORE_CJK_PUNCT, P.BLANK_LINES, P.EDGE_NEWLINES)
        for m in pattern.finditer(text)
    ]
    found.sort()
    kept: list[list[int]] = []
    for start, end in found:  # the patterns overlap (a blank run at the very end is also an edge)
        if kept and start <= kept[-1][1]:
            kept[-1][1] = max(kept[-1][1], end)
        elif end > start:
            kept.append([start, end])
    return (Replacement(start, end, "") for start, end in kept)


LAYOUT_RULES = ("whitespace",)
RULES: tuple[Rule, ...] = tuple(
    Rule(fn.__name__, fn, fn.__name__ in LAYOUT_RULES)
    for fn in (
        newlines,
        invisible,
        pinyin,
        zhe_particle,
        t2s,
        spam_line,
        spam_phrase,
        chrome_line,
        chrome_inline,
        related_footer,
        intro,
        repeated_title,
        scrape_mark,
        pdf_join,
        wrap_space,
        tilde_comma,
        punct_width,
        whitespace,
    )
)
RULE_NAMES = tuple(r.name for r in RULES)


def apply_rule(fn: Callable[[str, CleanOptions], Iterable[Replacement]], text: str, options: CleanOptions | None = None) -> str:
    """One rule, once, on `text` (for doctests and for trying a rule alone)."""
    trace = Trace(text)
    trace.apply(fn.__name__, fn(text, options or CleanOptions()))
    return trace.text


def clean_and_explain(source: str, options: CleanOptions | None = None) -> Trace:
    """Clean `source`; the returned `Trace` holds the text, the edits and the offset map."""
    options = options or CleanOptions()
    trace = Trace(source)
    rules = [r for r in RULES if r.name not in options.skip]
    # The rules run in order, round and round, until each has seen the current text once and
    # left it alone: a fixed point. Rules after the last change of a pass need not run again
    # in the next one, so the loop may stop in the middle of a pass.
    unchanged_runs = 0
    for n in range(options.max_passes * len(rules)):
        if unchanged_runs == len(rules):
            break
        rule = rules[n % len(rules)]
        if trace.apply(rule.name, rule.fn(trace.text, options), keep_inner=rule.layout):
            unchanged_runs = 0
        else:
            unchanged_runs += 1
    return trace


def clean(text: str, options: CleanOptions | None = None) -> str:
    """The cleaned, simplified text."""
    return clean_and_explain(text, options).text


def explain(source: str, options: CleanOptions | None = None) -> list[Edit]:
    """The edits that turn `source` into its cleaned text."""
    return clean_and_explain(source, options).edits()
