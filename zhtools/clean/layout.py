"""Layout rules: lines broken inside a sentence, spaces inside words, indentation and blank lines."""

from __future__ import annotations

from collections.abc import Iterator

from zhtools import patterns as P
from zhtools.clean.base import (
    FULL_STOP,
    SENTENCE_END_RE,
    TITLE_MAX,
    CleanOptions,
    apply_rule,  # noqa: F401  (the doctests run rules with it)
    common_words,
    is_broken_word,
    lines,
)
from zhtools.edits import Replacement
from zhtools.lazyre import lazy_compile


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


# Nouns ending in a character P.DANGLING lists as a particle: a line may end on them ("…反诈工作心得", "…的目的");
# a verb does not (记得, 取得, 获得 want what follows).
DANGLING_NOUNS = frozenset({"心得", "目的", "阵地", "基地", "园地", "各地", "当地", "本地", "外地", "场地", "天地", "土地", "别的", "有的"})
# …and words a headline may end on though they want an object in a sentence ("…一文讲清识别与应对", "…反诈知识普及",
# "…的行为"): the page's first line only; inside the text "积极参与" / "反诈宣传活动，…" is a sentence broken.
HEADLINE_END_WORDS = frozenset({"应对", "核对", "比对", "普及", "参与", "行为", "方向", "导向", "动向", "走向", "倾向", "理由", "缘由", "自由", "祥和"})
# A line ending on a whole date ("报送：实验中学　·　录入 2024-03-08") is complete, whatever follows ("3月7日，…").
DATE_AT_END = lazy_compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$")
# A line opening on a day and a comma after it ("6月9日晚上九点多，…", "2025年3月，…", "近日，…") opens a sentence (DATE_OPENING):
# the headline of clauses over it ("查实名，冻资金，追赃款，芷浦警方48小时挽回损失37万元") is no sentence broken before it
# (a deadline's "…并于今年" over "6月9日前报送材料。" is)
DATE_OPENING = lazy_compile(
    r"(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|[上中下]旬|初|底|份|以来)|(?:19|20)\d{2}年(?:以来|初|底|[上下]半年)?"
    r"|近日|日前|近期|昨天|昨日|今天|今日|上周|本周|近年来|今年以来|前不久|不久前)"  # (or a day said in words: "近日，我市…")
    r"[^，。；！？,;!?\n]{0,8}[，,]"
)


# A headline closed by a 是…的 that asks how or who ("…说说我们家是怎么拦下来的", "…老人的钱是如何被追回的"): complete, whatever
# stands under it (HEADLINE_ASKS_HOW; the page's first line only)
HEADLINE_ASKS_HOW = lazy_compile(r"是(?:怎么|如何|怎样|为何|为什么|谁|哪里|在哪)[^，。；！？,;!?\s]{0,8}的$")
# …not a sentence that opens on whom it reports ("据办案民警介绍，这起案件中王某的养老钱究竟是怎么被骗走的" / "全过程…"): a text's
ATTRIBUTED = lazy_compile(r"(?:据|经|记者从|记者在)[^，。；！？,;!?\n]{0,14}?(?:介绍|了解|获悉|悉|调查|统计|报道|透露|说)[，,]")


def _dangling(line: str) -> bool:
    """Whether the line ends on a word that cannot end a sentence (P.DANGLING), not a noun of DANGLING_NOUNS nor a
    judgement closed by its 的 (SHI_DE_END)."""
    return line[-1] in P.DANGLING and line[-2:] not in DANGLING_NOUNS and not (line[-1] == "的" and SHI_DE_END.search(line))


# A judgement closed by its 的 ends a sentence (SHI_DE_END): "…十个有十个是假的", "这些“高息理财”都是骗人的", "…是不可能的";
# not "这是我们的" nor "是由于我们的" (a person's 的 wants its noun)
SHI_DE_END = lazy_compile(r"是(?![我你他她它咱由因])[^，。；！？,;!?\s的]{1,3}的$")


def _field_row(line: str) -> bool:
    """A row of a document's fields: two labels and their values, or a label and a date, and no clause between
    ("时间：2024-05-10　地点：幸福社区广场", "时间 2024-05-17　地点：社区活动中心"; not "统一：全镇各村…，结合实际")."""
    colons = line.count("：") + line.count(":")
    return not FIELD_CLAUSE.search(line) and (colons >= 2 or (colons == 1 and FIELD_DATE.search(line) is not None))


FIELD_START = lazy_compile(r"[ \t\u3000]*\p{Han}{1,6}[:：]")  # "头图：…" over "正文：…": one field a line
FIELD_CLAUSE = lazy_compile(r"[，。；、,;！？]")
FIELD_DATE = lazy_compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
TITLE_BAR = P.lazy_compile(r"[｜丨]")  # a title's parts between a full-width bar


def pdf_join(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Lines broken inside a sentence by PDF extraction (`…主动发\\n\\n现。`) are rejoined.

    A line that ends without sentence punctuation is joined to the next when the next is not
    a title or a list item and there is evidence of a break: a quote opened before and closed
    after it, a line ending in a comma or a word that cannot end a sentence (的, 对, 和…), a
    common word split by the break (发|现, 做|到), a very short tail sentence, or a long line
    (a page of a flattened preview). Headings keep their paragraphs, and so does the first line
    of a page, its headline, unless it stops on a comma or inside a word.

    >>> apply_rule(pdf_join, "我行实行了三步式劝止模式:一是网点工作人员主动发\\n\\n现。由营业网点工作人员")
    '我行实行了三步式劝止模式:一是网点工作人员主动发现。由营业网点工作人员'
    >>> apply_rule(pdf_join, "一、组织领导\\n成立以党委委员为组长的领导小组。")
    '一、组织领导\\n成立以党委委员为组长的领导小组。'
    >>> apply_rule(pdf_join, "范文三：移动营业厅宣传工作总结\\n为落实通信行业防范治理要求。")
    '范文三：移动营业厅宣传工作总结\\n为落实通信行业防范治理要求。'
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
        elif DATE_AT_END.search(a) or _field_row(a) or (FIELD_START.match(a) and FIELD_START.match(b)):
            continue  # "…录入 2024-03-08" over "3月7日，…": a date ends its line; "时间：2024-05-10　地点：幸福社区广场": a row of fields
        elif (P.ENUM_START.match(a) or P.ARTICLE_HEADING_PREFIX.match(a)) and len(a) <= 40 or (
            len(a) <= 40 and not P.SENTENCE_STOP.search(a) and (not P.CLAUSE_PUNCT.search(a) or TITLE_BAR.search(a))
        ):  # (and "本周防骗提醒4则｜积分、宽带、副卡、停机": a title's topics after its bar)
            continue  # a title or heading ("一、组织领导", "2023年…宣传月活动工作总结") ends without punctuation too
        elif (a0, a1) == spans[0] and len(a) <= P.HEADLINE_MAX and sum(map(P.QUOTED_RUN.sub("", a).count, "，,、")) <= 1:
            # (commas inside a quotation are the quotation's: "“你好，我是你领导”——这个电话，接了先别急")
            # the first line of a page is its headline ("小编亲测：这个APP，真的能帮你挡住骗子"),
            # unless it stops on a comma or inside a word or number, or runs on clause after clause
            # (not "…留言选登" over "上周，…": the text's first word, 上周, stands whole; the break is no word's)
            joined = (a[-1] in "，、," or (_dangling(a) and a[-2:] not in HEADLINE_END_WORDS and not (HEADLINE_ASKS_HOW.search(a) and not ATTRIBUTED.match(a)))
                      or (is_broken_word(a, b) and b[:2] not in common_words())
                      or (a[-1].isdigit() and b[0] in "0123456789%％" and not DATE_AT_END.search(a)))
        else:
            head = _first_sentence(b)
            joined = (
                a[-1] in "，、,"
                or _dangling(a)
                or is_broken_word(a, b)
                or (not DATE_OPENING.match(b) and (  # a line opening on its day opens a sentence: only a break inside a word joins it
                    (len(head) <= 3 and len(head) < len(b))
                    or (len(a) >= 20 and len(b) <= 50 and b[-1] in "。！？" and P.CLAUSE_PUNCT.search(a) is not None)
                    or len(a) >= P.PDF_PAGE_LINE
                ))
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


def whitespace(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Indentation, trailing spaces, spaces before Chinese punctuation and blank lines carry no
    meaning in Chinese prose: paragraphs end up separated by a single `\\n`.

    >>> apply_rule(whitespace, "\\n\\n  第一段 。\\n\\n\\n\\u3000\\u3000第二段  \\n")
    '第一段。\\n第二段'
    """
    # Pure deletions only (a run of blank lines loses all but its first newline), so that text
    # deleted by earlier rules inside a run keeps its own rule in the log.
    # (keep, pattern): never `pattern is P.BLANK_LINES`, since a lazily compiled pattern replaces
    # its stand-in in the module on first use, and the test then failed on a process's first page
    found = [
        (m.start() + keep, m.end())
        for keep, pattern in ((0, P.INDENT), (0, P.TRAILING_SPACE), (0, P.SPACE_BEFORE_CJK_PUNCT), (1, P.BLANK_LINES), (0, P.EDGE_NEWLINES))
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
