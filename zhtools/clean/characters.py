"""Character-level rules: line ends, invisible characters, pinyin glosses, script conversion,
anti-scrape marks, `~` commas and punctuation width. Each finds its edits in one pass."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from zhtools import patterns as P
from zhtools.clean.base import (
    CLAUSE_SPLIT,
    QUOTE_IN_WORD,
    CleanOptions,
    apply_rule,  # noqa: F401  (the doctests run rules with it)
    delete,
    is_broken_word,
)
from zhtools.convert import conversion_replacements, page_simplified, script_bound, script_given
from zhtools.edits import Replacement
from zhtools.pinyin import gloss_spans

# The characters `newlines` and `invisible` can change, each set as one class: `re` scans a page
# for a class far faster than `regex` walks it with the rules' own patterns (an alternation, a
# lookbehind), and most pages hold none of them: the rule is then done (the cheap test
# of whether a page can hold a rule's pattern).
LINE_BREAK_CHARS = re.compile("[\r\u2028\u2029\f\v\x85]")  # what P.NEWLINES can start with
INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad\xa0]")  # P.INVISIBLE, P.NBSP


def newlines(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """CR LF, a lone CR and Unicode line separators become LF: every later rule thinks in LF lines.

    >>> apply_rule(newlines, "a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if LINE_BREAK_CHARS.search(text) is None:
        return
    for m in P.NEWLINES.finditer(text):
        yield Replacement(m.start(), m.end(), "\n")


def invisible(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Zero-width characters, stray BOMs and soft hyphens split words invisibly; NBSP is a space.

    >>> apply_rule(invisible, "电\\u200b信\\xa0诈骗")
    '电信 诈骗'
    """
    if INVISIBLE_CHARS.search(text) is None:
        return
    yield from delete(P.INVISIBLE.finditer(text))
    for m in P.NBSP.finditer(text):
        yield Replacement(m.start(), m.end(), " ")


def mojibake(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Runs of bytes read with the wrong codec (`為確?;顒尤〉脤嵭?`) are read back into what they
    were where the bytes allow (`zhtools.mojibake`), else removed; either way the edit is this
    rule's, and the document is flagged `garbled`. A byte lost for good (`�` in the repair) is
    left out of the text.

    >>> apply_rule(mojibake, "為確?;顒尤〉脤嵭?，特制定本方案。")
    '為確活動取得實，特制定本方案。'
    >>> apply_rule(mojibake, "為確保活動取得實效，你知道嗎?")
    '為確保活動取得實效，你知道嗎?'
    """
    from zhtools.mojibake import mojibake_runs  # imported here: its tables load with the first page that needs them

    for run in mojibake_runs(text):
        yield Replacement(run.start, run.end, (run.repair or "").replace("\ufffd", ""))


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
    if options.convert is None or script_bound(text) == "simplified":
        return ()  # (most pages: none of their characters is one t2s can change, which settles it without OpenCC)
    simplified = page_simplified(text)  # one OpenCC pass decides the script and, mostly, converts
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
    changed = _context_changes(text, out)
    while changed:
        found: dict[int, Replacement] = {}
        positions = sorted(out)
        for lo, hi in _windows(sorted(changed), len(text)):
            _marks_in_context(_with(text, out, lo, hi, positions), found, lo)
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


CONTEXT_MARK = re.compile(r"[(),:;?!]")  # (re: a class of characters over the whole page, in half the time regex takes)


def _context_changes(text: str, out: dict[int, Replacement]) -> list[int]:
    """The changes of `out` (those with a new text) that may turn an ASCII mark next to them, or a
    bracket pair around them, full-width: a change next to an ASCII mark left as it is, or a
    bracket with an opening bracket at most 82 characters before it. In no particular order.
    Found from the ASCII marks, which are few, rather than by asking each change (a page of
    commas made full-width has thousands)."""
    changed: set[int] = set()
    for m in CONTEXT_MARK.finditer(text):
        j = m.start()
        if j not in out:
            for i in (j - 1, j + 1):
                r = out.get(i)
                if r is not None and r.new:
                    changed.add(i)
        elif text[j] in "()" and out[j].new and "(" in text[max(0, j - 82) : j]:
            changed.add(j)
    return list(changed)


def _windows(positions: list[int], n: int) -> Iterator[tuple[int, int]]:
    """Spans of `MARK_CONTEXT` characters around the sorted `positions`, merged where they meet."""
    lo, hi = max(0, positions[0] - MARK_CONTEXT), min(n, positions[0] + MARK_CONTEXT + 1)
    for p in positions[1:]:
        if p - MARK_CONTEXT > hi:
            yield lo, hi
            lo = p - MARK_CONTEXT
        hi = min(n, p + MARK_CONTEXT + 1)
    yield lo, hi


def _with(text: str, out: dict[int, Replacement], lo: int, hi: int, positions: list[int]) -> str:
    """`text[lo:hi]` with the one-for-one replacements of `out` in it (a deleted dot stays: Han
    surrounds it); `positions`: the keys of `out`, sorted."""
    parts: list[str] = []
    pos = lo
    for i in positions[bisect_left(positions, lo) : bisect_left(positions, hi)]:
        new = out[i].new
        if new:
            parts += (text[pos:i], new)
            pos = i + 1
    parts.append(text[pos:hi])
    return "".join(parts)
