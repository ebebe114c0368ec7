"""Slogans: the catchphrases of a campaign, quoted or not (SPEC, "Slogan").

`slogans(text)` yields `SloganHit`s over one article's cleaned text, sorted and not overlapping.
Four sources of candidates, in order of precedence when they overlap:

1. items of a numbered slogan list under a 宣传语/标语/口号 heading (`slogan_list_items`);
2. quoted phrases (`quoted_phrases`), each rejected or classified by the named rules below;
3. unquoted numbered formulas (`unquoted_formulas`: `1听、2挂、3查证`, `牢记三不一要`);
4. unquoted advice series (`advice_series`: `不轻信、不泄露、不转账、要及时报案`).

Then two article-level rules: `expansion_absorbs` (an unquoted series that spells out a formula,
and a formula's quoted components defined one by one, belong to that formula's `expansion`, not
to separate hits) and `campaign_everywhere` (a name that is a campaign once in the article is a
campaign at every quoted mention, and so are the names chained with it). `explain(text)` lists
every quoted decision with its rule.

The kinds these rules give are the reading in context, a hit's `context_kind`. A hit's `kind` is
the kind of its normalized text alone (`slogan_kinds.kind_of`, issue 15), the same wherever the
text stands; the context decides only whether a quote is a slogan at all (the rejections).

Decisions that the contract leaves open:
- a quoted app or organisation name (`“国家反诈中心”APP`, `“四平公安”模式`) is a `term`: it is a
  quoted catchword of the campaign, but neither a motto nor an action;
- a quote inside a document title (`《关于开展“集中宣传月”活动方案》`) belongs to the title;
- a quote holding a question, an ellipsis, or speech after `询问：` is reported speech;
- a would-be `term` in scare quotes that is a fraudster's pretext (`“手续费”`, `以“养老”为名`,
  a quote in a clause about the fraudster or victim) is not a catchword of the campaign;
- a slogan-list item's text leaves out its marker and its final `。`; a quoted slogan keeps what
  stands between the quote marks;
- any quoted numeral + noun that counts something is a `formula` (“两卡”, “四个意识”, “双高”),
  but a single 一 is an idiom (“一盘棋”, “一刀切”: `term`);
- unquoted advice needs prohibitions (不/勿/莫/别): a work principle such as 早发现、早报告、早处置
  or 多提示、多沟通 is not public advice;
- a list of numbered slogans is recognised under a heading in the text, under the article
  `title` when the caller passes it, or by its shape alone (SHAPE_MIN_ITEMS short two-clause
  items), since the pipeline does not pass the title today;
- a formula's expansion is the gloss that follows it (`，即：…`, `（…）`), the 、-series right
  before it when the item count matches the numeral (`大筛查、大稳控、大整治“三大行动”`), or the
  definitions of its parts (`“一问”就是…；“二看”就是…`) joined with `；`.

All patterns are bounded (no nested unbounded quantifiers) so that each runs in linear time.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from zhtools.extract import SloganHit
from zhtools.extract.slogan_kinds import _N, _NOT_N, PLUS_FORMULA, _formula_groups, advice_item, formula_groups, kind_of
from zhtools.extract.slogan_terms import (
    ACCOUNT_ENDINGS,
    ACCOUNT_HEADS,
    ACCOUNT_TAILS,
    ADVICE_NEG_HEADS,
    ADVICE_POS_HEADS,
    ADVICE_STARTS,
    ADVICE_VERBS,
    CAMPAIGN_TAIL_BREAKS,
    CAMPAIGN_WORDS,
    COUNT_UNITS,
    FEE_ENDINGS,
    FORMULA_FOLLOWERS,
    FORMULA_MEASURE_WORDS,
    FORMULA_NUMERALS,
    FORMULA_VERBS,
    FRAUD_ACTORS,
    INSTITUTION_EXCEPTIONS,
    INSTITUTION_SUFFIXES,
    INSTITUTIONS,
    LEAD_WORDS,
    LEAD_WORDS_LONGEST_FIRST,
    LETTER_ENDINGS,
    LETTER_OPENING,
    LETTER_RECIPIENTS,
    LIST_HEADINGS,
    MEASURE_OPENERS,
    NAME_HEADS,
    NAME_TAILS,
    ORG_SUFFIXES,
    QUOTE_MARKS,
    SCAM_PREFIXES,
    SCAM_SUFFIXES,
    SCAM_TYPES,
    SLOGAN_HEADS,
    SLOGAN_TAILS,
    TOPIC_HEADS,
)
from zhtools.numerals import parse_int
from zhtools.patterns import alt

# Patterns use `re` unless they need `regex` (why: see zhtools.extract).

# --- sizes and context patterns (the term tables are in slogan_terms.py) -------------------------
# A quote that does not close within this many characters is not a phrase (or is unbalanced).
QUOTE_SCAN = 60
# Longer quoted text is a passage or reported speech, not a catchphrase.
QUOTED_MAX = 40
_SCAM_TYPE_SET = frozenset(SCAM_TYPES)  # SCAM_TYPES, for a quick `in`
# After a quote: "…”等诈骗行为", "…”类诈骗" name the quoted thing a fraud.
SCAM_TAIL = re.compile(r"(?:等|之类的?|类|式|型)(?:新型)?(?:电信网络|电信|网络|通讯)?(?:诈骗|骗局)")
# Up to 12 Han characters may stand between the quote and the campaign word ("“捂紧钱袋子”
# 防范电信诈骗系列宣传活动", "“全警进万家，聚力保平安”为民实践活动"); 的, a 以…为… frame and
# a verb of organising end the name ("以“…”为主题开展…活动": the quote is the theme).
CAMPAIGN_TAIL = regex.compile(rf"(?:(?!{alt(CAMPAIGN_TAIL_BREAKS)})\p{{Han}}){{0,12}}?" + alt(CAMPAIGN_WORDS))
CAMPAIGN_WORD = re.compile(alt(CAMPAIGN_WORDS))  # a cheap test first: no campaign word, no CAMPAIGN_TAIL
# Shorter phrases with such a start are nouns: “预防针”, “防范点”.
ADVICE_MIN_LEN = 4
# After a series, these make it a list of faults, not advice: "不作为、不担当、不落实等问题".
FAULT_TAIL = re.compile(r"等?(?:的)?(?:问题|现象|情况|行为|作风|顽疾)")
# The last two items of a series may be joined by a conjunction: "…人员和缅北回流人员".
CONJUNCTION = re.compile(r"以及|和|及|与")
# Glosses after a formula: "，即：…", "（即…）", "：…", possibly after a short noun ("战法，即…").
# A gloss lists its items with 、 or with ，-clauses (see `_items`).
GLOSS_ITEMS = re.compile(r"[、；;]")
GLOSS_CLAUSES = re.compile(r"[，,；;]")
GLOSS_AFTER = regex.compile(
    r"(?:\p{Han}{0,4}?)(?:"
    r"[（(](?:即|也就是|就是)?[：:]?(?P<paren>[^（）()\n]{2,150})[）)]"
    r"|[，,]?(?:即|也即|也就是|就是|即是)[：:，,]?(?P<gloss>[^。；;！!\n]{2,150}?)(?=[。；;！!\n]|$)"
    r"|[：:](?P<colon>[^。；;！!\n]{2,150}?)(?=[。；;！!\n]|$)"
    r")"
)
# The parts of a formula defined one by one after it: "“一问”就是问清楚…；".
DEFINITION_MARKERS = r"(?:就是|即是|即|是指|指)"
DEFINITION_WINDOW = 400
DEFINITION_STOP = re.compile(r"[；;。\n)）]")
# After a quote, a pretext frame: "以“养老服务”…等为名", "以“支票”形式".
PRETEXT_WORDS = ("为名", "为由", "名义", "幌子", "形式")
PRETEXT_TAIL = re.compile(r"[^，。；！？\n]{0,40}?(?:为名|为由|名义|幌子)|的?形式")  # holds one of PRETEXT_WORDS
# One of FRAUD_ACTORS, in the clause or sentence around a quote (see `fraud_narrative`).
FRAUD_ACTOR = re.compile(alt(FRAUD_ACTORS))
# Speech introduced by a verb and a colon: "详细询问：“您是否…”".
# (称 after 名/简/昵 is a name: "活动名称：“捂紧钱袋子”".)
SPEECH_HEAD = regex.compile(r"(?:说|问|询问|问道|(?<![名简昵])称|道|讲|表示|告诉|回答|答|喊|留言)[：:]\s*$")
# Slogan lists.
LIST_ITEM_MAX = 40  # an item longer than this ends the list: it is prose
LIST_MIN_ITEMS = 3  # under a heading
LIST_HEAD_MAX = 20  # a heading line over unnumbered slogans is at most this long
LINE = re.compile(r"[^\n]+")
NUMBERED_LINE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[①-⑳]")
SHAPE_MIN_ITEMS = 10  # without a heading, a list must be long and slogan-shaped throughout
SHAPE_CLAUSE_MAX = 16

# --- compiled patterns ---------------------------------------------------------------------------
def _quote_pattern(op: str, cl: str) -> re.Pattern:
    """One quote kind: the content may not hold its own marks or a line break. An ASCII
    apostrophe between letters ("don't") is not a quote."""
    if op == "'":
        return re.compile(r"(?<![A-Za-z])'([^'\n]{1,30})'(?![A-Za-z])")
    inner = re.escape(op + cl)
    return re.compile(f"{re.escape(op)}([^{inner}\\n]{{1,{QUOTE_SCAN}}}){re.escape(cl)}")


QUOTE_PATTERNS = {op: _quote_pattern(op, cl) for op, cl in QUOTE_MARKS.items()}
TITLE = re.compile(r"《[^《》\n]{0,100}》")
HAN = regex.compile(r"\p{Han}")
PUNCT_OR_SPACE = regex.compile(r"[\p{P}\s]+")
CLAUSE_SPLIT = re.compile(r"[，、；,;！!。]")
CLAUSE_END = "，。；！？,;!?\n"
SENTENCE_END = "。！？!?\n"
# For `_clause`: the last and the first stop of each kind, found in one call each.
_STOP_PATTERNS = {
    stops: (regex.compile(f"(?r)[{regex.escape(stops, special_only=False)}]"), regex.compile(f"[{regex.escape(stops, special_only=False)}]"))
    for stops in (CLAUSE_END, SENTENCE_END)
}
CHAIN_GAP = re.compile(r"(?:、|和|与|及|以及|或|或者)?")
# A document number: a year in brackets, then the number (学生【20xx】3号, 政办发〔2024〕12号).
DOCUMENT_NUMBER = regex.compile(r"[〔【\[［(（](?:\d{2,4}|[xX×＊*#]{2,4}|20[xX]{2})[〕】\]］)）]\s*第?\s*(?:\d{1,4}|[xX×＊*#]{1,3})\s*号")
# "1听、2挂、3查证": consecutive digits, each glued to a short Han body.
_DG = r"[、，,]\s?{d}(?P<b{d}>\p{{Han}}{{1,3}})"
DIGIT_FORMULA = regex.compile(
    r"(?<![\d.])1(?P<b1>\p{Han}{1,3})" + _DG.format(d=2) + "(?:" + _DG.format(d=3) + "(?:" + _DG.format(d=4) + "(?:" + _DG.format(d=5) + ")?)?)?"
)
VERB_FORMULA = regex.compile(
    alt(FORMULA_VERBS) + rf"(?P<f>(?:{_N}{{1,2}}{_NOT_N}{{1,3}}){{2,4}})(?=[^\p{{Han}}]|{alt(FORMULA_FOLLOWERS)}|$)"
)
_HEAD = alt(ADVICE_NEG_HEADS + ADVICE_POS_HEADS)
_ITEM = rf"{_HEAD}[^\P{{Han}}等]{{2,4}}(?![^\P{{Han}}等])"
# Items are bounded and end where Han ends (or at 等), so each item has one possible end.
ADVICE_SERIES = regex.compile(rf"(?P<i>{_ITEM})(?:[、，,](?P<i>{_ITEM})){{1,11}}")
ADVICE_AFTER_VERB = regex.compile(alt(ADVICE_VERBS) + r"\p{Han}{0,6}?" + rf"(?=(?P<s>{_ITEM}[、，,]{_ITEM}))")
# Where the three scans above may first match, for `_finditer_from`: cheap `re` patterns that
# match wherever they do (Han characters are never 、，,, so [^、，,] stands for them), and on most
# pages nowhere. Built from the same pieces; keep them in step.
VERB_FORMULA_START = re.compile(alt(FORMULA_VERBS) + f"[{FORMULA_NUMERALS}]")
_ITEM_START = rf"{_HEAD}[^、，,]{{2,4}}"
ADVICE_SERIES_START = re.compile(rf"{_ITEM_START}[、，,]{_HEAD}")
ADVICE_AFTER_VERB_START = re.compile(alt(ADVICE_VERBS) + rf"[^、，,]{{0,6}}{_ITEM_START}[、，,]")
# "1、", "(1)", and "一、" at a line's start or after a sentence ("宣传标语\n一、…\n二、…")
LIST_MARKER = regex.compile(r"(?<![\d.．])(\d{1,3})[、.．](?!\d)|[（(](\d{1,2})[）)]|(?:(?<=^|\n)[ \t\u3000]*|(?<=[。；！？]))([一二三四五六七八九十]{1,3})、")
LIST_HEADING = re.compile(alt(LIST_HEADINGS))
LIST_ITEM_END = re.compile(r"[。！？!?\n]")  # the last item of a list ends at a sentence end
ADVICE_ITEM_SEPARATOR = re.compile(r"[、，,]")


@dataclass(frozen=True)
class Decision:
    """What happened to one quoted phrase: its kind, or None, and the rule that decided."""

    start: int
    end: int
    text: str
    kind: str | None
    rule: str


# The working records below are named tuples: frozen like the rest, and the cheapest to build
# (one for every quote and every candidate of every article).
class _Candidate(NamedTuple):
    start: int
    end: int
    kind: str
    quoted: bool
    rule: str
    expansion: str | None = None
    expansion_span: tuple[int, int] | None = None  # where the expansion stands in the text
    components: tuple[tuple[int, int], ...] = ()  # quoted parts the formula defines
    chain: int = -1  # quotes of one chain share this number


class _Quote(NamedTuple):
    open: int  # the opening mark
    close: int  # the closing mark
    start: int  # the content, stripped of spaces
    end: int
    content: str
    head: str  # up to 12 characters before the opening mark
    tail: str  # up to 48 characters after the closing mark of its chain
    own_tail: str  # up to 48 characters after its own closing mark
    chain: int  # quotes of one chain share this number


# --- quoted phrases ------------------------------------------------------------------------------
def quoted_phrases(text: str) -> list[_Quote]:
    """Every quote pair of every kind, inner quotes included; chained quotes share their tail.

    A chain ("“长风会战”“攻坚活动”“敲门行动”", "“套路贷”、“校园分期”等诈骗行为") is quoted names
    joined by nothing, 、 or a conjunction: the words after the last one describe them all.
    """
    found: list[tuple[int, int, int, int]] = []
    for op, pattern in QUOTE_PATTERNS.items():
        if op not in text:  # most pages use one or two kinds of quote marks
            continue
        for m in pattern.finditer(text):
            s, e = m.span(1)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            found.append((m.start(), m.end() - 1, s, e))
    found.sort()
    quotes: list[_Quote] = []
    tail, chain = "", -1
    for i in range(len(found) - 1, -1, -1):  # backwards, so a chain's tail is known
        op, cl, s, e = found[i]
        own_tail = text[cl + 1 : cl + 49]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if not (nxt and nxt[0] > cl and CHAIN_GAP.fullmatch(text[cl + 1 : nxt[0]]) and text[nxt[0]] == text[op]):
            tail, chain = own_tail, i  # a new chain (read backwards) starts here
        quotes.append(_Quote(op, cl, s, e, text[s:e], text[max(0, op - 12) : op], tail, own_tail, chain))
    quotes.reverse()
    return quotes


def _clause(text: str, q: _Quote, stops: str) -> str:
    """The clause (or sentence) around a quote, quote excluded, at most 100 characters either way."""
    last_stop, first_stop = _STOP_PATTERNS[stops]
    lo, hi = max(0, q.open - 100), min(len(text), q.close + 101)
    cut = last_stop.search(text, lo, q.open)
    end = first_stop.search(text, q.close + 1, hi)
    return text[cut.end() if cut else lo : q.open] + text[q.close + 1 : end.start() if end else hi]


# Rejections that hold whatever the phrase would be.
def inside_title(q: _Quote, titles: list[tuple[int, int]]) -> bool:
    """A quote inside 《…》 belongs to a document title, which is never a slogan."""
    i = bisect.bisect_right(titles, (q.open, 10**12)) - 1
    return i >= 0 and titles[i][0] < q.open and q.close < titles[i][1]


def title_content(q: _Quote) -> bool:
    """“《反电信网络诈骗法》”: a quoted title is still a title."""
    return q.content.startswith("《") and q.content.endswith("》")


def no_han(q: _Quote) -> bool:
    """“96110”, “10.16”, “5·19”, “APP”: hotlines, dates and codes are not catchphrases, and a
    slogan of a Chinese campaign is written in Chinese — except a formula of sums, “3+1”."""
    return HAN.search(q.content) is None and PLUS_FORMULA.fullmatch(q.content) is None


def too_short(q: _Quote) -> bool:
    """A single character in quotes is emphasis, not a catchphrase."""
    return len(q.content) < 2


def reported_speech(q: _Quote) -> bool:
    """A question or an ellipsis inside the quote: what someone asked or wrote, not a motto."""
    return any(c in q.content for c in "？?…")


def speech_after_colon(q: _Quote) -> bool:
    """A quote introduced by a speech verb and a colon (询问：“…”) is reported speech."""
    return ("：" in q.head or ":" in q.head) and SPEECH_HEAD.search(q.head) is not None


def too_long(q: _Quote) -> bool:
    """Longer than QUOTED_MAX: a quoted passage, not a catchphrase."""
    return len(q.content) > QUOTED_MAX


# Kinds, tried in order.
def app_or_org_name(q: _Quote) -> str | None:
    """“国家反诈中心”APP, 公众号“x发布”, “四平公安”模式: a quoted name is a term (decision)."""
    if q.own_tail.startswith(NAME_TAILS) or q.head.endswith(NAME_HEADS) or q.content.endswith(ORG_SUFFIXES):
        return "term"
    return None


def formula_size(groups: list[tuple[int, str]]) -> int:
    """How many items the formula names: 一问二看三提醒 → 3 (ordinals), 三不一要 → 4 (counts)."""
    values = [v for v, _ in groups]
    if len(values) > 1 and values == list(range(1, len(values) + 1)):
        return len(values)
    return sum(values)


def formula_shape(q: _Quote) -> str | None:
    """“三不一要”, “四必问”, “两摸排”, “五从宽、十从严”, “3+1”: numerals that count what follows."""
    return "formula" if _formula_groups(q.content) else None


def scam_name(q: _Quote) -> str | None:
    """“杀猪盘”, “台湾式诈骗”, “冒充客服”, “校园分期”等诈骗行为: a named fraud."""
    c = q.content
    if c in _SCAM_TYPE_SET:
        return "scam_type"
    if c.startswith(ADVICE_STARTS) or len(c) > 10:
        return None
    if c.endswith(SCAM_SUFFIXES) or (c.startswith(SCAM_PREFIXES) and len(c) <= 8) or SCAM_TAIL.match(q.tail):
        return "scam_type"
    return None


def campaign_name(q: _Quote) -> str | None:
    """“长风会战”, “断卡”行动, “捂紧钱袋子”防范电信诈骗宣传周: a named action or activity."""
    if q.content.endswith(CAMPAIGN_WORDS) or (CAMPAIGN_WORD.search(q.tail) and CAMPAIGN_TAIL.match(q.tail)):
        return "campaign"
    return None


def slogan_context(q: _Quote) -> str | None:
    """以“…”为主题, “电诈可防”的理念, 牢记“…”: the words around make it a motto."""
    if q.own_tail.startswith(SLOGAN_TAILS) or q.head.endswith(SLOGAN_HEADS):
        return "slogan"
    return None


def char_list(q: _Quote) -> str | None:
    """“人、卡、案”, “劝、逼、打”: a list of single characters names things; a term."""
    items = q.content.split("、")
    return "term" if len(items) > 1 and all(len(i) == 1 for i in items) else None


def parallel_clauses(q: _Quote) -> str | None:
    """“反诈拒赌，安全支付”, “不敢骗、不能骗、骗不了”: two clauses or more make a slogan."""
    clauses = [c for c in CLAUSE_SPLIT.split(q.content) if c]
    return "slogan" if len(clauses) > 1 and all(len(c) > 1 for c in clauses) else None


def advice_start(q: _Quote) -> str | None:
    """“谨防电信诈骗”, “防范电信网络诈骗”: advice in one clause is still a slogan (“预防针”,
    shorter than ADVICE_MIN_LEN, is a noun)."""
    return "slogan" if len(q.content) >= ADVICE_MIN_LEN and q.content.startswith(ADVICE_STARTS) else None


# Rejections of what would otherwise be a term: scare quotes around someone else's words.
def fee_or_payment(q: _Quote) -> bool:
    """“手续费”, “风险抵押金”: the payment a fraudster asks for, not a catchword."""
    return len(q.content) <= 6 and q.content.endswith(FEE_ENDINGS)


def pretext_frame(q: _Quote) -> bool:
    """以提供“养老服务”…等为名, 以“支票”形式: the quote names a fraudster's pretext."""
    return any(word in q.own_tail for word in PRETEXT_WORDS) and PRETEXT_TAIL.match(q.own_tail) is not None


def fraud_narrative(q: _Quote, text: str) -> bool:
    """Quotes in a clause about the fraudster or victim, or in a sentence that opens with the
    fraudster ("犯罪份子假冒…，…发“培训通知”"), are the fraudster's words."""
    if FRAUD_ACTOR.search(_clause(text, q, CLAUSE_END)):
        return True
    return FRAUD_ACTOR.search(_clause(text, q, SENTENCE_END)[:8]) is not None


def talk_topic(q: _Quote) -> bool:
    """“电信诈骗的特点”: the topic of a talk, not a catchword."""
    return "的" in q.content and q.content.endswith(TOPIC_HEADS)


def clause_label(q: _Quote, text: str) -> bool:
    """A quote opening a sentence and followed by a comma labels a part (。“线上”，综合利用…)."""
    before = text[q.open - 1] if q.open else "\n"
    return before in SENTENCE_END + " " and q.own_tail[:1] in ("，", "：", ",", ":")


# Not slogans: names that are quoted, whatever stands around them (issue 15's rejection table).
def document_number(q: _Quote) -> bool:
    """“学生【20xx】3号”, “x政办发〔2024〕12号”: a document's number, not a motto."""
    return DOCUMENT_NUMBER.search(q.content) is not None


def account_name(q: _Quote) -> bool:
    """公众号“x发布”, “平安xx”公众号, “xx公安微警务”: an account or outlet's name."""
    return q.head.endswith(ACCOUNT_HEADS) or q.own_tail.startswith(ACCOUNT_TAILS) or (
        len(q.content) <= 12 and q.content.endswith(ACCOUNT_ENDINGS) and not CLAUSE_SPLIT.search(q.content))  # a name, not a clause ("全民反诈，人人发布")


def letter_title(q: _Quote) -> bool:
    """“致##区居民的一封信”, “防范电信诈骗倡议书”: a letter's or notice's title (a bare “一封信”
    stays a catchword)."""
    c = q.content
    return (c.startswith(LETTER_OPENING) and c[1:].startswith(LETTER_RECIPIENTS)) or (len(c) > 4 and c.endswith(LETTER_ENDINGS))


def institution(q: _Quote) -> bool:
    """“两办”, “存款保险”, “xx县公安局”: an institution, office or scheme (国家反诈中心, the
    campaign's app, is the exception: a term)."""
    c = q.content
    if any(e in c for e in INSTITUTION_EXCEPTIONS) or c.startswith(SCAM_PREFIXES + ("虚假", "假")) or CLAUSE_SPLIT.search(c):
        return False  # "冒充银行", "虚假投资公司": a fraud, not an institution
    return c in INSTITUTIONS or (len(c) <= 16 and c.endswith(INSTITUTION_SUFFIXES))


# The rules of `classify`, in the order they are tried.
PHRASE_REJECTIONS = (title_content, no_han, too_short, reported_speech, speech_after_colon, too_long,
                     document_number, account_name, letter_title, institution)  # after inside_title
KIND_RULES = (app_or_org_name, formula_shape, scam_name, campaign_name, char_list, slogan_context, parallel_clauses, advice_start)
TERM_REJECTIONS = (fee_or_payment, pretext_frame, talk_topic)
TERM_REJECTIONS_IN_TEXT = (fraud_narrative, clause_label)


def classify(q: _Quote, text: str, titles: list[tuple[int, int]]) -> tuple[str | None, str]:
    """The kind of a quoted phrase (or None) and the name of the rule that decided it."""
    if inside_title(q, titles):
        return None, "inside_title"
    for reject in PHRASE_REJECTIONS:
        if reject(q):
            return None, reject.__name__
    for rule in KIND_RULES:
        kind = rule(q)
        if kind:
            return kind, rule.__name__
    for reject in TERM_REJECTIONS:
        if reject(q):
            return None, reject.__name__
    for reject_in_text in TERM_REJECTIONS_IN_TEXT:
        if reject_in_text(q, text):
            return None, reject_in_text.__name__
    return "term", "quoted_term"


# --- formula expansions ---------------------------------------------------------------------------
def _items(s: str) -> int:
    """How many items a gloss lists: its 、-items or its ，-clauses, whichever match better."""
    return max(len(GLOSS_ITEMS.split(s)), len(GLOSS_CLAUSES.split(s)))


def gloss_after(text: str, end: int, size: int) -> tuple[str, tuple[int, int]] | None:
    """The formula spelled out right after it (牢记“三不一要”，即：不轻信、不泄露、不转账、要及时
    报案; “五进”（进社区、…）), accepted when it lists as many items as the formula counts."""
    m = GLOSS_AFTER.match(text, end)
    if not m:
        return None
    name = next(n for n in ("paren", "gloss", "colon") if m.group(n) is not None)
    s, e = m.span(name)
    gloss = text[s:e].strip()
    if _items(gloss) != size:
        return None
    return gloss, (s, e)


def series_before(text: str, start: int, groups: list[tuple[int, str]]) -> tuple[str, tuple[int, int]] | None:
    """A series right before the formula (开展大筛查、大稳控、大整治“三大行动”), with as many
    items as the formula counts, is its expansion. The first item loses its leading verb
    (LEAD_WORDS) when it is much longer than the others ("…部门坚持依法打击、整治规范、宣传教育
    “三箭齐发”"). A series joined only by 和/及 must repeat the formula's noun
    ("…任务明白纸和…开展明白纸“两张明白纸”"), or "竞答达到“双高”" would be a series too."""
    size = formula_size(groups)
    lo = start
    while lo > 0 and start - lo < 120:
        if text[lo - 1] == "”" and lo < start and text[lo] not in "、和及与以并":  # “两卡” inside an item: 涉案“两卡”线索
            opening = text.rfind("“", max(0, lo - 10), lo - 1)
            if opening >= 0:
                lo = opening
                continue
        if text[lo - 1] in "，。；：！？,;:!?\n（()）“”‘’":
            break
        lo -= 1
    run_end = start
    for suffix in ("等等", "等"):
        if text.endswith(suffix, lo, run_end):
            run_end -= len(suffix)
            break
    for word in LEAD_WORDS_LONGEST_FIRST:
        if text.startswith(word, lo, run_end):
            lo += len(word)
            break
    chunks = text[lo:run_end].split("、")
    items = chunks[:-1] + CONJUNCTION.split(chunks[-1], maxsplit=1)
    if len(items) != size or size < 2:
        return None
    longest_other = max(len(i) for i in items[1:])
    if len(items[0]) > 2 * longest_other:
        cut = max((items[0].rfind(w) + len(w) for w in LEAD_WORDS if len(w) > 1 and w in items[0]), default=0)
        lo += cut
        items[0] = items[0][cut:]
    if any(not 2 <= len(i) <= 16 for i in items):
        return None
    if len(chunks) == 1:
        noun = groups[0][1].lstrip(FORMULA_MEASURE_WORDS)
        if not noun or not all(i.endswith(noun) for i in items):
            return None
    return text[lo:run_end], (lo, run_end)


def component_definitions(text: str, end: int, groups: list[tuple[int, str]]) -> tuple[str, tuple[int, int], list[tuple[int, int]]] | None:
    """Definitions of the formula's parts (“一问”就是问清楚…；“二看”就是…；“三提醒”就是…): when
    every part is defined in turn just after the formula, the definitions joined with ；are its expansion, and the
    quoted parts are not reported on their own."""
    if len(groups) < 2:
        return None
    window_end = min(len(text), end + DEFINITION_WINDOW)
    pos, bodies, parts = end, [], []
    span_start = None
    for value, body in groups:
        m = _definition_pattern(value, body).search(text, pos, window_end)
        if not m or "\n" in text[pos : m.start()]:
            return None
        if span_start is None:
            span_start = m.start()
        if m.group("q"):
            parts.append(m.span("part"))
        stop = DEFINITION_STOP.search(text, m.end(), window_end)
        body_end = stop.start() if stop else window_end
        bodies.append(text[m.end() : body_end].strip("：:，, "))
        pos = body_end
    return "；".join(bodies), (span_start, pos), parts


@functools.lru_cache(maxsize=256)
def _definition_pattern(value: int, body: str) -> re.Pattern:
    """A part of a formula being defined: “一问”就是, 二看即, 2挂是指 (built once per part)."""
    words = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
    forms = [f"{words.get(value, value)}{body}", f"{value}{body}"] + ([f"两{body}"] if value == 2 else [])
    return re.compile(r"(?P<q>[“‘]?)(?P<part>" + alt(forms) + r")[”’]?" + DEFINITION_MARKERS)


def formula_candidate(text: str, span: tuple[int, int], outer: tuple[int, int], quoted: bool, rule: str) -> _Candidate:
    """A formula hit with its expansion, from whichever source the text gives first: a gloss
    after it, a series before it (quoted formulas only: an unquoted one has no clear left edge),
    the definitions of its parts. `outer` is the span with the quote marks."""
    start, end = span
    groups = formula_groups(_normalize(text[start:end])) or []
    size = formula_size(groups)
    found = gloss_after(text, outer[1], size)
    if found is None and quoted:
        found = series_before(text, outer[0], groups)
    if found:
        return _Candidate(start, end, "formula", quoted, rule, found[0], found[1])
    defined = component_definitions(text, outer[1], groups)
    if defined:
        return _Candidate(start, end, "formula", quoted, rule, defined[0], defined[1], tuple(defined[2]))
    return _Candidate(start, end, "formula", quoted, rule)


# --- unquoted candidates -------------------------------------------------------------------------
def _finditer_from(start: re.Pattern, pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """`pattern.finditer(text)`, begun where `start` first matches: `start` matches (at least)
    wherever `pattern` does, and `pattern` looks at nothing before its match."""
    first = start.search(text)
    return pattern.finditer(text, first.start()) if first else iter(())


def unquoted_formulas(text: str) -> Iterator[_Candidate]:
    """Formulas without quotes: 1听、2挂、3查证 anywhere; 做到一问二看三提醒 after a verb (two
    numbered groups or more, so that 坚持两手抓 and idioms stay out)."""
    for m in DIGIT_FORMULA.finditer(text):
        bodies = [m.group(f"b{d}") for d in range(1, 6) if m.group(f"b{d}")]
        if all(b in COUNT_UNITS for b in bodies):
            continue
        yield formula_candidate(text, m.span(), m.span(), False, "digit_formula")
    for m in _finditer_from(VERB_FORMULA_START, VERB_FORMULA, text):
        s, e = m.span("f")
        if _formula_groups(m.group("f")):
            yield formula_candidate(text, (s, e), (s, e), False, "formula_after_verb")


def _negatives(items: list[str]) -> int:
    return sum(1 for i in items if i.startswith(ADVICE_NEG_HEADS))


def advice_series(text: str) -> Iterator[_Candidate]:
    """Public advice without quotes (不轻信、不泄露、不转账、要及时报案; 不贪婪、不轻信、多防范):
    three items or more, two of them prohibitions; after 做到/牢记/提醒… two prohibitions are enough. Each item is a head
    (ADVICE_NEG_HEADS, ADVICE_POS_HEADS) and two to four characters. A series followed by
    等问题 lists faults ("不作为、不担当、不落实等问题"), not advice."""
    for m in _finditer_from(ADVICE_SERIES_START, ADVICE_SERIES, text):
        items = m.captures("i")
        if len(items) >= 3 and _negatives(items) >= 2 and not FAULT_TAIL.match(text, m.end()):
            yield _Candidate(m.start(), m.end(), "slogan", False, "advice_series")
    for m in _finditer_from(ADVICE_AFTER_VERB_START, ADVICE_AFTER_VERB, text):
        s, e = m.span("s")
        series = text[s:e]
        if _negatives(ADVICE_ITEM_SEPARATOR.split(series)) == 2 and not FAULT_TAIL.match(text, e):
            yield _Candidate(s, e, "slogan", False, "advice_after_verb")


def slogan_list_items(text: str, title: str | None = None) -> Iterator[_Candidate]:
    """Items of a numbered list ("1、…2、…", on one line or many) under a heading containing
    宣传语/标语/口号… — in the text just before "1、", or in the article title when the list
    opens the article. Without a heading, a list of SHAPE_MIN_ITEMS short items, nearly all
    made of short clauses, is a slogan list too (a page may drop the heading)."""
    for chain in _numbered_chains(text):
        if not chain:  # markers with no item text after them ("1、1、1、")
            continue
        first_marker = chain[0][0]
        head_lo = max(0, first_marker - 40)
        head = text[head_lo:first_marker].rstrip()  # the heading may be the line before
        cut = max(head.rfind(c) for c in "。！？\n")
        head = head[cut + 1 :]
        headed = LIST_HEADING.search(head) is not None or (
            title is not None and LIST_HEADING.search(title) is not None and not text[:first_marker].strip()
        )
        items = [(s, e) for _, s, e in chain]
        if headed and len(items) >= LIST_MIN_ITEMS:
            rule = "slogan_list"
        elif len(items) >= SHAPE_MIN_ITEMS and _slogan_shaped(text, items):
            rule = "slogan_list_shape"
        else:
            continue
        for s, e in items:
            yield _Candidate(s, e, "slogan", False, rule)


def slogan_list_lines(text: str) -> Iterator[_Candidate]:
    """Unnumbered slogans, one a line, under a heading line (`反诈标语如下：`, `宣传口号`): at least
    LIST_MIN_ITEMS lines in a row of two to four short clauses each, the list's final `；`/`。` left out."""
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    for k, (s, e) in enumerate(lines):
        head = text[s:e].strip()
        if not (head and len(head) <= LIST_HEAD_MAX and LIST_HEADING.search(head) and not LIST_ITEM_END.search(head)):
            continue
        items = []
        for s2, e2 in lines[k + 1 :]:
            line = text[s2:e2].strip(" \t\u3000")
            body = line.rstrip("；;。，,")
            clauses = [c for c in CLAUSE_SPLIT.split(body) if c]
            if not line or len(body) > LIST_ITEM_MAX or not 1 < len(clauses) <= 4 or any(len(c) > SHAPE_CLAUSE_MAX for c in clauses):
                break
            if NUMBERED_LINE.match(line):
                break  # a numbered list: slogan_list_items reads it, without its markers
            lead = len(text[s2:e2]) - len(text[s2:e2].lstrip(" \t\u3000"))
            items.append((s2 + lead, s2 + lead + len(body)))
        if len(items) >= LIST_MIN_ITEMS:
            yield from (_Candidate(a, b, "slogan", False, "slogan_list_lines") for a, b in items)


def _slogan_shaped(text: str, items: list[tuple[int, int]]) -> bool:
    """Three items in four are two to four short clauses, and at most one in four opens like a
    measure (MEASURE_OPENERS): a list of work headings has the first shape but not the second."""
    shaped = measures = 0
    for s, e in items:
        clauses = [c for c in CLAUSE_SPLIT.split(text[s:e]) if c]
        if 1 < len(clauses) <= 4 and all(len(c) <= SHAPE_CLAUSE_MAX for c in clauses):
            shaped += 1
        if text.startswith(MEASURE_OPENERS, s):
            measures += 1
    return shaped * 4 >= len(items) * 3 and measures * 4 <= len(items)


def _numbered_chains(text: str) -> Iterator[list[tuple[int, int, int]]]:
    """Runs of markers numbered 1, 2, 3… whose items are short; each as (marker, start, end)."""
    markers = [(m.start(), m.end(), int(m.group(1) or m.group(2)) if not m.group(3) else parse_int(m.group(3)) or 0) for m in LIST_MARKER.finditer(text)]
    chain: list[tuple[int, int, int]] = []  # (marker start, marker end, number)

    def items_of(chain: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        out = []
        for k, (ms, me, _) in enumerate(chain):
            if k + 1 < len(chain):
                end = chain[k + 1][0]
            else:
                stop = LIST_ITEM_END.search(text, me, me + LIST_ITEM_MAX + 1)
                end = stop.end() if stop else min(len(text), me + LIST_ITEM_MAX)
            s, e = _trim(text, me, end)
            if e - s > LIST_ITEM_MAX or e <= s:
                break
            out.append((ms, s, e))
        return out

    for ms, me, n in markers:
        if chain and n == chain[-1][2] + 1 and ms - chain[-1][1] <= LIST_ITEM_MAX + 4:
            chain.append((ms, me, n))
        elif n == 1:
            if chain:
                yield items_of(chain)
            chain = [(ms, me, n)]
    if chain:
        yield items_of(chain)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """An item without surrounding spaces and without its final 。/；/，."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "。！!；;，,"):
        e -= 1
    return s, e


# --- the extractor --------------------------------------------------------------------------------
HAN_ONLY = regex.compile(r"\p{Han}+")
# A quoted list of short names: "电话欠费、破财消灾、购车退税、…绑架和中奖".
LIST_ITEM = re.compile(r"[^、和]{2,6}")
SCAM_LIST_MIN_LEN = 3 * 2 + 2  # three items of two characters and the two marks between them
# Words around a quoted list that say its items are frauds.
FRAUD_CONTEXT = re.compile(r"诈骗|骗局|骗术|案例|手段|手法|套路|所谓")


def scam_list(q: _Quote) -> list[tuple[int, int]] | None:
    """A quoted list of three or more short names next to words about fraud
    (`所谓“电话欠费、破财消灾、…”等10多种电信诈骗案例`) names one fraud per item: the items are
    scam types, each its own record (“a、b和c” splits at 和 too)."""
    if len(q.content) < SCAM_LIST_MIN_LEN:
        return None
    parts = list(LIST_ITEM.finditer(q.content))
    joined = sum(len(m.group()) for m in parts)
    if len(parts) < 3 or joined + len(parts) - 1 != len(q.content) or not all(HAN_ONLY.fullmatch(m.group()) for m in parts):
        return None
    if any(advice_item(m.group()) for m in parts):  # “不轻信、不透露、不转账”, “看得见、记得住、听得懂”: one slogan
        return None
    if not (FRAUD_CONTEXT.search(q.head) or FRAUD_CONTEXT.search(q.own_tail[:16])):
        return None
    return [(q.start + m.start(), q.start + m.end()) for m in parts]


def _quoted_candidates(text: str, decisions: list[Decision] | None = None) -> list[_Candidate]:
    """The candidates among the quoted phrases; each decision goes to `decisions` when given."""
    titles = [m.span() for m in TITLE.finditer(text)]
    candidates = []
    for q in quoted_phrases(text):
        items = scam_list(q)
        if items:
            for s, e in items:
                if decisions is not None:
                    decisions.append(Decision(s, e, text[s:e], "scam_type", "scam_list"))
                candidates.append(_Candidate(s, e, "scam_type", True, "scam_list", chain=q.chain))
            continue
        kind, rule = classify(q, text, titles)
        if decisions is not None:
            decisions.append(Decision(q.start, q.end, q.content, kind, rule))
        if kind == "formula":
            candidate = formula_candidate(text, (q.start, q.end), (q.open, q.close + 1), True, rule)
            candidates.append(candidate._replace(chain=q.chain))
        elif kind:
            candidates.append(_Candidate(q.start, q.end, kind, True, rule, chain=q.chain))
    return candidates


class _Occupied:
    """Spans already taken, kept sorted and disjoint, so that each overlap test is a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        return i == 0 or self.ends[i - 1] <= start

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def expansion_absorbs(candidates: list[_Candidate]) -> list[_Candidate]:
    """The quoted parts a formula defines, and unquoted formulas inside its expansion, are that
    formula's expansion: reporting them again would count one mention twice. Public advice that
    spells a formula out (`“三不一要”，即：不轻信、不泄露、不转账、要及时报案`) is kept as a slogan
    of its own too: it is the advice researchers count across pages, by `normalized`, whether or
    not a formula names it."""
    spans = sorted(c.expansion_span for c in candidates if c.expansion_span)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
    parts = {p for c in candidates for p in c.components}

    def inside_expansion(c: _Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start) - 1
        return i >= 0 and reach[i] >= c.end

    return [c for c in candidates if (c.start, c.end) not in parts and (c.quoted or c.kind == "slogan" or not inside_expansion(c))]


def campaign_everywhere(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """A name that is a campaign once in the article is a campaign at each quoted mention that
    is not a formula or a fraud (“捂紧钱袋子”防范电信诈骗宣传周 … 以“捂紧钱袋子”为主题); and names
    chained with a campaign are campaigns too (推动“断卡”“断流”“拔钉”工作, where “断卡” is a
    campaign elsewhere in the article)."""
    campaigns = {_normalize(text[c.start : c.end]) for c in candidates if c.kind == "campaign"}

    def upgraded(c: _Candidate, why: str) -> _Candidate:
        return c._replace(kind="campaign", rule=f"{c.rule}+{why}")

    out = [
        upgraded(c, "campaign_everywhere") if c.quoted and c.kind in ("term", "slogan") and _normalize(text[c.start : c.end]) in campaigns else c
        for c in candidates
    ]
    chains = {c.chain for c in out if c.quoted and c.kind == "campaign"}
    return [upgraded(c, "campaign_chain") if c.quoted and c.kind == "term" and c.chain in chains else c for c in out]


@functools.lru_cache(maxsize=4096)  # the same names come back across an article and a corpus
def _normalize(s: str) -> str:
    return PUNCT_OR_SPACE.sub("", s)


def _candidates(text: str, title: str | None) -> list[_Candidate]:
    quoted = _quoted_candidates(text)
    tiers = [list(slogan_list_items(text, title)) + list(slogan_list_lines(text)), quoted, list(unquoted_formulas(text)), list(advice_series(text))]
    taken: list[_Candidate] = []
    occupied = _Occupied()
    for tier in tiers:
        for c in sorted(tier, key=lambda c: (c.start, -c.end)):
            if occupied.free(c.start, c.end):
                occupied.take(c.start, c.end)
                taken.append(c)
    taken = expansion_absorbs(taken)
    taken = campaign_everywhere(taken, text)
    return sorted(taken, key=lambda c: c.start)


def slogans(text: str, *, title: str | None = None) -> Iterator[SloganHit]:
    """The slogans of one article's cleaned text, sorted, not overlapping.

    `title` (the article's title) lets a list of numbered slogans be recognised when its
    heading is the title itself ("预防电信诈骗宣传语").

    >>> [(h.text, h.kind, h.expansion) for h in slogans("牢记“三不一要”，即：不轻信、不泄露、不转账、要及时报案。")]
    [('三不一要', 'formula', '不轻信、不泄露、不转账、要及时报案'), ('不轻信、不泄露、不转账、要及时报案', 'slogan', None)]
    >>> [(h.text, h.kind) for h in slogans("开展“断卡”行动，守好群众“钱袋子”。")]
    [('断卡', 'campaign'), ('钱袋子', 'term')]
    """
    for c in _candidates(text, title):
        s = text[c.start : c.end]
        key = _normalize(s)
        yield SloganHit(c.start, c.end, s, key, kind_of(key), c.quoted, c.expansion, c.kind)


def explain(text: str) -> list[Decision]:
    """Every quoted phrase of `text` with the kind given to it (or None) and the deciding rule.

    >>> [(d.text, d.kind, d.rule) for d in explain("《“攻坚月”方案》；柜员询问：“您认识他吗？”")]
    [('攻坚月', None, 'inside_title'), ('您认识他吗？', None, 'reported_speech')]
    """
    decisions: list[Decision] = []
    _quoted_candidates(text, decisions)
    return decisions
