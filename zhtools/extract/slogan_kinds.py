"""The kind of a slogan from its key alone (issue 15): `kind_of(normalized)`.

A slogan's kind (`formula`, `scam_type`, `campaign`, `slogan`, `term`) is decided by its own
form and vocabulary — its normalized text, punctuation and spaces removed — never by the words
around a mention. So one key has one kind in every article, in every run and in any merge of
runs, whatever other pages are in them. The sentence around a quote still decides whether the
quote is a slogan at all (the rejections of slogans.py); it never chooses the kind. What each
mention's own sentence made of it is kept apart, as the record's `context_kind`.

Decisions the contract leaves open:
- the word glued after a closing quote (“断卡”行动, “X”等诈骗) is NOT part of the slogan: the
  key is the quoted text, and a name word that came with some mentions and not others would
  give one key two kinds. A name is a campaign when its own words say so (an operation's name,
  X进+place, 无诈+place, a campaign word at its end), a fraud when its own words do;
- the key decides from its characters only, so every rule reads the normalized text: no clause
  punctuation, no quote marks. Seven characters or more make a sentence (`slogan`); shorter keys
  that none of the rules name are catchwords (`term`).

The rules are tried in the order of KEY_RULES; the first that answers decides.

>>> [kind_of(k) for k in ("三不一要", "杀猪盘", "断卡", "反诈拒赌安全支付", "钱袋子")]
['formula', 'scam_type', 'campaign', 'slogan', 'term']
"""

from __future__ import annotations

import functools
import re

import regex

from zhtools.extract.slogan_terms import (
    ADVICE_NEG_HEADS,
    ADVICE_STARTS,
    ANTI_PREFIXES,
    APP_ENDINGS,
    AUTHORITY_ACTIONS,
    CAMPAIGN_KEY_ENDINGS,
    CAMPAIGN_WORDS,
    CREATION_PREFIXES,
    CRIME_ACTIVITY,
    CRIME_ENDING,
    CRIME_OBJECTS,
    FAKE_PREFIXES,
    FORMULA_NUMERALS,
    FRAUD_KEY_SUFFIXES,
    GENERIC_FRAUD_WORDS,
    INSTITUTION_SUFFIXES,
    MODALS,
    OPERATION_NAMES,
    ORG_SUFFIXES,
    PROGRESSIVE,
    SCAM_PREFIXES,
    SCAM_TYPES,
    VENUE_ENDINGS,
    VISIT_PLACES,
)
from zhtools.numerals import parse_int
from zhtools.patterns import alt

KINDS = ("slogan", "formula", "campaign", "scam_type", "term")
ADVICE_INSIDE = regex.compile(r"谨防|警惕|提防|小心|不要|切勿|拒绝|防范|牢记|远离")  # advice inside a key makes it a sentence
APP_VERBS = regex.compile(r"下载|安装|注册|使用|打开|请")
CRIME_NOT_NAMED = "是受犯获认定有无判服"  # before 罪 in a sentence: 也是罪, 必受罪, 犯罪
ACTION_OPENERS = ("举报", "远离", "打击", "抵制", "拒绝", "严打", "严厉打击", "防范", "参与")
# A key this long is a sentence, not a catchword (the longest catchwords of the genre, 国家反诈中心,
# 学校年级班级, 手机卡银行卡, have six characters).
SENTENCE_MIN = 7
# A key longer than this is not a fraud's or an operation's name (a pretender's, opening with 冒充/假冒/虚假
# and saying no 是, may be as long as FRAUD_NAME_MAX: "冒充电商物流客服类诈骗").
NAME_MAX = 10
FRAUD_NAME_MAX = 14
# Advice in one clause needs this many characters: “预防针”, “防火墙” are nouns.
ADVICE_MIN_LEN = 4
# Prohibitions in one key that make it advice: 不少一户不漏一人, 不轻信不透露不转账.
NEGATIONS_MIN = 2
NEGATION_ITEM = regex.compile(rf"{alt(ADVICE_NEG_HEADS)}\p{{Han}}")

# --- the formula shape (also read by slogans.py to find formulas and their expansions) ------------
_N = f"[{FORMULA_NUMERALS}]"
_NOT_N = f"[^\\P{{Han}}{FORMULA_NUMERALS}]"
FORMULA = regex.compile(rf"(?:(?P<num>{_N}{{1,2}}|\d{{1,2}})(?P<body>{_NOT_N}{{0,5}})[、，,]?){{1,6}}")
PLUS_FORMULA = regex.compile(r"\d{1,2}(?:\+\d{1,2}){1,4}")
OPERATION = regex.compile(alt(OPERATION_NAMES) + rf"(?:{alt(CAMPAIGN_WORDS)}|系列|会战|\d{{1,3}}号|[一二三四五六七八九十]{{1,2}}号)?")
VISIT = regex.compile(r"\p{Han}{1,6}进" + alt(VISIT_PLACES))
AUTHORITY = regex.compile(alt(AUTHORITY_ACTIONS) + r"\p{Han}{0,8}" + alt(CRIME_OBJECTS))
PARALLEL = regex.compile(r"(\p{Han})\p{Han}{2,4}(?:\1\p{Han}{2,4})+")
MODAL_CLAUSE = regex.compile(r"\p{Han}{2,4}" + alt(MODALS) + r"\p{Han}{1,2}")
_SCAM_TYPE_SET = frozenset(SCAM_TYPES)
COMPLEMENT = re.compile(r"\w[得不]\w")  # 看得见, 听不懂: a verb and its result
_GENERIC_SET = frozenset(GENERIC_FRAUD_WORDS)


def formula_groups(s: str) -> list[tuple[int, str]] | None:
    """The (numeral, body) groups of a formula, or None when `s` is not one.

    >>> formula_groups("三不一要")
    [(3, '不'), (1, '要')]
    >>> formula_groups("一盘棋") is None, formula_groups("五进")
    (True, [(5, '进')])
    """
    groups = _formula_groups(s)
    return None if groups is None else list(groups)


@functools.lru_cache(maxsize=4096)  # asked of every quote, and again of every formula
def _formula_groups(s: str) -> tuple[tuple[int, str], ...] | None:
    if PLUS_FORMULA.fullmatch(s):  # “3+1”
        return tuple((int(n), "") for n in s.split("+"))
    if len(s) == 3 and s[0] in FORMULA_NUMERALS and s[1] == "个" and s[2] in FORMULA_NUMERALS:  # “四个一”
        return ((parse_int(s[0].replace("双", "二")) or 0, "个" + s[2]),)
    m = FORMULA.fullmatch(s)
    if m is None:
        return None
    groups = tuple((parse_int(n.replace("双", "二")) or 0, b) for n, b in zip(m.captures("num"), m.captures("body")))
    if any(not b for _, b in groups) or any(v == 0 for v, _ in groups):
        return None
    if len(groups) == 1 and groups[0][0] < 2:  # “一盘棋”, “一刀切”: idioms, not counts
        return None
    return groups


# --- the rules, each a function of the key ------------------------------------------------------
def numbered_formula(key: str) -> str | None:
    """“三不一要”, “四必问”, “五从宽十从严”, “3+1”: numerals that count what follows. Only ones
    (“一人一档”, “一户一策”) count nothing: that is a pairing catchword, a term.

    >>> numbered_formula("三不一要"), numbered_formula("一人一档")
    ('formula', None)
    """
    groups = _formula_groups(key)
    if groups is None or all(v == 1 for v, _ in groups):
        return None
    return "formula"


def generic_fraud(key: str) -> str | None:
    """“电信诈骗”, “电诈”: fraud as a category names no fraud; a quoted one is a catchword."""
    return "term" if key in _GENERIC_SET else None


def named_fraud(key: str) -> str | None:
    """“杀猪盘”, “台湾式诈骗”, “冒充客服退款”, “虚假网络贷款”: a known fraud (SCAM_TYPES), or a name
    with a fraud's ending or a pretender's or fake's opening. Not a name that fights fraud (“反诈”,
    “防骗”), advice (“谨防电信诈骗”), a fake institution (“虚假投资公司”), or a sentence."""
    if key in _SCAM_TYPE_SET:
        return "scam_type"
    # “冒充电商物流客服类诈骗”; not “…一定是诈骗”, “冒充领导要求转账谨防诈骗” (a sentence, advice in it)
    pretender = key.startswith(SCAM_PREFIXES + FAKE_PREFIXES) and "是" not in key and not ADVICE_INSIDE.search(key)
    if len(key) > (FRAUD_NAME_MAX if pretender else NAME_MAX) or key.startswith(ADVICE_STARTS + ANTI_PREFIXES) or key.endswith(INSTITUTION_SUFFIXES):
        return None
    if key.endswith(FRAUD_KEY_SUFFIXES) or (key.startswith(SCAM_PREFIXES + FAKE_PREFIXES) and len(key) <= 8):
        return "scam_type"
    return None


def operation_name(key: str) -> str | None:
    """“断卡”, “长风会战”, “长风4号”, “断流”: a national operation against fraud by its name."""
    return "campaign" if OPERATION.fullmatch(key) else None


def campaign_ending(key: str) -> str | None:
    """“敲门行动”, “攻坚月”, “反诈宣传月”, “预防电信诈骗宣传教育”: a name ending in a campaign word.
    After 在 the word is a verb (“反诈在行动”), and a sentence ends there, not a name; after
    犯罪/违法/诈骗 活动 names a crime (a term)."""
    for word in CAMPAIGN_WORDS + CAMPAIGN_KEY_ENDINGS:
        if key.endswith(word) and (len(key) > len(word) or len(word) >= 3):  # “攻坚月” alone; not a bare “活动”
            before = key[: -len(word)]
            if word.endswith("活动") and before.endswith(CRIME_ACTIVITY):
                # “帮助信息网络犯罪活动”: a crime, named; “远离诈骗活动”, “举报电信诈骗活动”: advice (the rules after)
                return None if key.startswith(ADVICE_STARTS + ACTION_OPENERS) else "term"
            return None if before.endswith(PROGRESSIVE) else "campaign"
    return None


def visiting_campaign(key: str) -> str | None:
    """“反诈进校园”, “反诈宣传进万家”: X进+place names a campaign that goes somewhere."""
    return "campaign" if len(key) <= NAME_MAX and VISIT.fullmatch(key) else None


def creation_campaign(key: str) -> str | None:
    """“无诈社区”, “无诈校园”: a place to be made free of fraud names the campaign that creates it."""
    return "campaign" if key.startswith(CREATION_PREFIXES) and len(key) <= 6 else None


def authority_action(key: str) -> str | None:
    """“打击治理电信网络诈骗”: the authorities' action against a crime is a campaign, not advice
    to the public (that would be 防范…, 谨防…)."""
    return "campaign" if len(key) <= 14 and AUTHORITY.fullmatch(key) else None


def organisation(key: str) -> str | None:
    """“国家反诈中心”, “四平公安”: a short name ending like an organisation is a catchword, even
    when it opens with a numeral (四平 is a city, not four of something); so is an app's or an
    account's name (“国家反诈中心APP”) and a crime's (“帮助信息网络犯罪活动罪”)."""
    if len(key) <= 8 and key.endswith(ORG_SUFFIXES):
        return "term"
    # a crime by the law's name (“…活动罪”), not a sentence ending in one (“…也是罪”, “贪小便宜必受罪”, “…的犯罪”)
    crime = key.endswith(CRIME_ENDING) and len(key) >= 5 and key[-2] not in CRIME_NOT_NAMED
    # an app by its name, not advice to install it (“请下载安装国家反诈中心APP”)
    app = key.endswith(APP_ENDINGS) and not ADVICE_INSIDE.search(key) and not APP_VERBS.search(key)
    return "term" if len(key) <= 16 and (app or crime) else None


def venue_name(key: str) -> str | None:
    """“反诈宣传在线课堂”, “反诈驿站”: the name of a column, a venue or a team is a catchword,
    however long (after the advice rules: “共建反诈联盟” is advice)."""
    return "term" if key.endswith(VENUE_ENDINGS) and len(key) <= 12 else None


def combination(key: str) -> str | None:
    """“厅堂网点+社区”, “传统+创新”: names joined by + are one catchword (“3+1”, numbers only, is a
    formula)."""
    return "term" if "+" in key and not PLUS_FORMULA.fullmatch(key) else None


def parallel_heads(key: str) -> str | None:
    """“谁主管谁负责”, “早发现早报告早处置”: two parts or more of three to five characters that open
    with the same character are a parallel motto (two-character parts, “一人一档”, are a catchword)."""
    return "slogan" if PARALLEL.fullmatch(key) else None


def advice(key: str) -> str | None:
    """“谨防电信诈骗”, “捂紧钱袋子”: advice or a motto in one clause (at least ADVICE_MIN_LEN characters:
    “预防针” is a noun)."""
    return "slogan" if len(key) >= ADVICE_MIN_LEN and key.startswith(ADVICE_STARTS) else None


def prohibitions(key: str) -> str | None:
    """“不少一户不漏一人”, “不轻信不转账”: two prohibitions or more are advice."""
    return "slogan" if len(key) >= 2 * 3 and len(NEGATION_ITEM.findall(key)) >= NEGATIONS_MIN else None


def modal_clause(key: str) -> str | None:
    """“电诈可防”, “违法必究”: a subject, a modal word and a verb make a statement."""
    return "slogan" if MODAL_CLAUSE.fullmatch(key) else None


def sentence_length(key: str) -> str | None:
    """SENTENCE_MIN characters or more: a motto or a principle, not a catchword."""
    return "slogan" if len(key) >= SENTENCE_MIN else None


KEY_RULES = (organisation, combination, numbered_formula, generic_fraud, named_fraud, operation_name, campaign_ending,
             visiting_campaign, creation_campaign, authority_action, advice, prohibitions, venue_name, parallel_heads,
             modal_clause, sentence_length)


@functools.lru_cache(maxsize=8192)  # the same keys come back across a corpus
def kind_and_rule(key: str) -> tuple[str, str]:
    """The kind of a slogan key and the rule that decided it (`term` by default: a catchword)."""
    for rule in KEY_RULES:
        kind = rule(key)
        if kind:
            return kind, rule.__name__
    return "term", "catchword"


def kind_of(key: str) -> str:
    """The kind of a slogan by its normalized text alone (see the module's docstring)."""
    return kind_and_rule(key)[0]


def advice_item(item: str) -> bool:
    """An item that is advice or a verb with its result (“不轻信”, “看得见”), not a name: a quoted
    list of such items is one slogan, never a list of frauds.

    >>> advice_item("不转账"), advice_item("记得住"), advice_item("破财消灾")
    (True, True, False)
    """
    return item.startswith(ADVICE_NEG_HEADS) or (len(item) <= 4 and COMPLEMENT.search(item) is not None)
