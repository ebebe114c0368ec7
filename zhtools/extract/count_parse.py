"""Object and action of a count from a parse of its clause (issue 15): jieba.posseg with the
genre's words.

The clause of a count is cut in two around the count itself (the number, its approximation
word and its unit are already known to `counts.py`, and jieba glues them wrongly: `余份/m`,
`起/v`): the words before it and the words after it, each segmented and POS-tagged by a
`jieba.posseg.POSTokenizer` of our own. Its dictionary is jieba's, plus `LEXICON`, the words
of `count_terms.py` with the tag this genre gives them (`发放` v, `宣传` vn, `人次` q, `今年以来`
s…), so that the parse knows the genre's words; a word jieba already has takes our tag, and
the frequency that cuts it out whole. Then named rules choose from the tags:

- action (`action_of`): `governing_verb`, the verb chain nearest the count before it, a verb
  modifying the noun after it left out (`modifier_verb`: `追回|被骗资金`); else
  `verb_after_count` (`3500余名师生参与`). Inheritance from a list's head or a parallel count is
  `counts.py`'s, fed with these actions.
- object (`object_of`): `noun_after_classifier` (`17个|农村电信支局`), else
  `noun_phrase_before_count` (the nominal words between the action and the count), with
  `title_object` (`发放《…》600份`), `head_after_de` and `head_after_deng`, `rate_noun`
  (`群众反诈知识知晓率` → 知晓率) and `subject_of_change` (`发案数同比下降20%`).

jieba's global tokenizer is never touched (zhtools.nlp and users segment with it): the
tokenizer here is built lazily on the first count, and its dictionary, with the lexicon in,
is a table of `zhtools.tablecache`, so a process reads it rather than rebuilding it.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from zhtools.extract import count_terms as T

# ---------------------------------------------------------------------------------------------
# The lexicon: the genre's words with their tags (jieba's tag set)
# ---------------------------------------------------------------------------------------------

VERB_TAG = "v"  # a verb of the genre that governs a count (`发放`, `破获`)
WEAK_VERB_TAG = "vn"  # as often a noun (`街面宣传`, `行政处罚`): jieba's own tag for 宣传
UNIT_TAG = "q"
SCOPE_TAG = "scope"  # time, place and totals before the counted noun (`今年以来`, `全市`, `本`); our own tag
LINK_TAG = "link"  # between the verb and the number (`共计`, `分别为`), approximation words; our own tag
NOUN_TAG = "n"
NAME_TAG = "name"  # a title or a quoted name (`《…告知书》`, `“断卡”`): one word of the parse; our own tag


def _lexicon() -> dict[str, str]:
    """word → tag, later tables winning: the verbs last, so that 达到 (a link and a verb) is a verb."""
    words: dict[str, str] = {}
    for w in T.LEADING_SCOPE:
        words[w] = SCOPE_TAG
    for w in (*T.TRAILING_LINKS, *(w for w, _ in T.APPROX_BEFORE), *T.APPROX_AFTER):
        words[w] = LINK_TAG
    for w in (*T.NOMINAL_HEADS, *T.RATE_HEADS, *T.PER_PLACE_ENDS):
        words[w] = NOUN_TAG
    for w in T.UNITS:  # a currency or a kind of user is a noun where it is no count's unit (`小面额人民币`)
        words[w] = NOUN_TAG if w in T.MONEY_UNITS or w.endswith(T.USERS) else UNIT_TAG
    words.update({"派出所": NOUN_TAG, "线上线下": "b", "宣传防范": WEAK_VERB_TAG, "学习强国": NAME_TAG, "充分": "ad"})
    for w in T.VERBS:
        words[w] = WEAK_VERB_TAG if w in T.WEAK_VERBS else VERB_TAG
    return words


LEXICON = MappingProxyType(_lexicon())
GENRE_VERBS = frozenset(w for w, t in LEXICON.items() if t == VERB_TAG)
GENRE_WEAK_VERBS = frozenset(w for w, t in LEXICON.items() if t == WEAK_VERB_TAG)

# Tags of the words an object is made of: nouns, verbal nouns, distinguishing words (`刑事`),
# abbreviations, Latin words (`APP`), idioms and adjectives before a noun (`小面额`), names.
NOMINAL_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "an", "b", "j", "eng", "a", "l", "z", "s"})
# Skipped between the verb and the number or the object: adverbs, links, particles, prepositions.
# Inside an object before a noun only: classifiers (`宣教系列活动`), time and place (`沿街商铺`, `潜在受害人`).
INNER_TAGS = frozenset({UNIT_TAG, "t", "f", "uv"})  # and 地 of a place: 开户地线索
SKIPPED_TAGS = frozenset({LINK_TAG, "d", "ul", "uj", "uz", "ug", "ud", "uv", "p", "c", "m", "f", "r", "t", SCOPE_TAG, "x"})
STATE_VERBS = frozenset({"是", "为", "系", "属", "属于", "存在", "具有", "拥有"})  # and any verb ending in 有 (已有, 共有, 均有)
NOT_ACTIONS = frozenset({"占"})  # `占比达27.5%`, `占刑事总警情的23%`: a share, no action (tests/gold/README.md)


# ---------------------------------------------------------------------------------------------
# The tokenizer
# ---------------------------------------------------------------------------------------------


class Token(NamedTuple):
    word: str
    flag: str
    start: int  # offsets in the article text
    end: int


@functools.cache
def _tagger():
    """jieba.posseg's tagger (`zhtools.extract.postag.Tagger`) over a `jieba.Tokenizer` of our
    own, its dictionary read from the table cache (built once: jieba's dictionary with LEXICON
    added)."""
    import jieba

    from zhtools.extract.postag import Tagger  # jieba.posseg's tagger, without its import, its HMM search made faster
    from zhtools.tablecache import cached, jieba_dictionary

    logging.getLogger(jieba.__name__).setLevel(logging.WARNING)  # its logger alone, not the root
    freq, total, tags = cached("count_parse_dictionary", _build_dictionary, jieba_dictionary(), Path(T.__file__), Path(__file__))
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return Tagger(tokenizer, tags)


# jieba's words rarer than this are left out of the parse's dictionary (its HMM still cuts unknown
# words): 137,000 of its 349,000 words are kept, and the tagger adds 99 MB to a worker instead of
# 192 MB, with object and action unchanged on tests/gold (0.851 / 0.890) and on the held batch
# (0.65 / 0.72). At 20 (84 MB) 咨询台 (11) is lost to the HMM (摆放咨询|台); at 100 the object falls (0.840).
MIN_FREQ = 5


def _build_dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's dictionary (frequencies, tags) with LEXICON in: a word of LEXICON takes its tag and
    the frequency that cuts it out whole (`被骗`, rare in jieba's dictionary, was 被|骗), never
    less than jieba's; and the words that glue a genre verb to a link or a noun (`共出动`,
    `冻结资金`: `glued_verb`) are taken out, so that the verb stands alone."""
    import io
    import sys

    import jieba

    from zhtools.tablecache import jieba_dictionary

    tokenizer = jieba.Tokenizer()
    kept = []
    tags: dict[str, str] = {}
    with jieba_dictionary().open(encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if int(freq) >= MIN_FREQ or word in LEXICON:
                kept.append(line)
                tags[word] = sys.intern(tag)
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(io.BytesIO("".join(kept).encode("utf-8")))
    tokenizer.initialized = True
    tags = {next_key: tags[next_key] for next_key in tokenizer.FREQ if next_key in tags}  # one string object per word in both tables
    for word in [w for w in tags if glued_verb(w, tags) or glued_link(w)]:
        tokenizer.FREQ[word] = 0  # in our table only; no add_word(w, 0), which changes jieba's global HMM
    for word in sorted(LEXICON):
        freq = max(tokenizer.FREQ.get(word) or 0, tokenizer.suggest_freq(word, False))
        tokenizer.add_word(word, freq, LEXICON[word])
    tags.update(tokenizer.user_word_tag_tab)
    return tokenizer.FREQ, tokenizer.total, tags


_LINKS = frozenset(w for w, t in LEXICON.items() if t in (LINK_TAG, SCOPE_TAG))
_ALL_VERBS = GENRE_VERBS | GENRE_WEAK_VERBS


def glued_verb(word: str, tags: dict[str, str]) -> bool:
    """A dictionary word that is a link and a genre verb (`共出动`, `已达到`), a genre verb and
    its noun (`冻结资金`, `审理案件`), or a noun and a genre verb that is no verb itself (`一审判决`);
    not a word of the lexicon itself."""
    if word in LEXICON or len(word) < 3:
        return False
    for k in range(1, len(word)):
        left, right = word[:k], word[k:]
        if left in _LINKS and right in _ALL_VERBS:
            return True
        if left in _ALL_VERBS and len(right) > 1 and tags.get(right, "").startswith("n"):
            return True
        if right in GENRE_VERBS and len(left) > 1 and tags.get(left, "").startswith("n") and not tags.get(word, "v").startswith("v"):
            return True  # a noun and a genre verb taken for a name (`一审判决` nr)
    return False


def glued_link(word: str) -> bool:
    """A dictionary word that is a rate's head and a link (`率达`, `比达`: `占比达80%`)."""
    return len(word) == 2 and word[0] in T.RATE_HEADS and word[1] in _LINKS


def tag(text: str, lo: int, hi: int) -> list[Token]:
    """text[lo:hi] segmented and tagged, with offsets in `text`; a title or quoted name in it is
    one word tagged NAME_TAG (jieba would cut `《防范电信网络诈骗告知书》` into words and
    verbs)."""
    tokens: list[Token] = []
    pos = lo
    while pos < hi:
        m = _QUOTED_RE.search(text, pos, hi)
        stop = m.start() if m else hi
        for word, flag in _cut(text[pos:stop]):
            glued = 0 if _tagger().tokenizer.FREQ.get(word) else _glued_end(word)
            if glued:  # a word jieba's HMM made up, glued to a link or a genre verb: 占比|达, 一审|判决
                tokens.append(Token(word[:-glued], flag, pos, pos + len(word) - glued))
                pos, word = pos + len(word) - glued, word[-glued:]
            # the lexicon's tag also for a character that jieba's HMM tagged on its own (率|达)
            tokens.append(Token(word, LEXICON.get(word, flag), pos, pos + len(word)))
            pos += len(word)
        if m:
            tokens.append(Token(m.group(), NAME_TAG, m.start(), m.end()))
            pos = m.end()
    return tokens


# A clause is parsed again for each count in it and for the lists around it: 38 % of the cuts of
# the bench crawl repeat one of the same document. A few dozen entries hold a document's recent
# clauses (41 % saved); more would mostly catch the crawl's repeats across documents.
@functools.lru_cache(maxsize=64)
def _cut(segment: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, tag) pairs of `segment`, which depend on it alone."""
    return tuple(_tagger().cut(segment))


def _glued_end(word: str) -> int:
    """The length of a link or a genre verb that ends a longer word, else 0."""
    for k in (2, 1):
        if len(word) > k and (word[-k:] in _LINKS or word[-k:] in _ALL_VERBS):
            return k
    return 0


def tag_around(text: str, lo: int, count_lo: int, count_end: int, hi: int) -> tuple[list[Token], list[Token]]:
    """The words of the clause text[lo:hi] before the count text[count_lo:count_end] and after it:
    the clause is parsed whole (its words depend on their neighbours: `43个|地市`, not `地|市`),
    and a word across the count's edge is cut there (`80|余面` → the count's)."""
    tokens = tag(text, lo, hi)
    left = [t for t in tokens if t.end <= count_lo]
    right = [t for t in tokens if t.start >= count_end]
    for t in tokens:
        if t.start < count_lo < t.end:
            left.append(_piece(text, t.start, count_lo))
        if t.start < count_end < t.end:
            right.insert(0, _piece(text, count_end, t.end))
    return left, right


def _piece(text: str, start: int, end: int) -> Token:
    word = text[start:end]
    return Token(word, LEXICON.get(word) or _tagger().word_tag_tab.get(word, "x"), start, end)


MAX_QUOTED = 16
_QUOTED_RE = re.compile(rf"《[^《》\n]{{1,{MAX_QUOTED}}}》|“[^“”\n]{{1,{MAX_QUOTED}}}”|「[^「」\n]{{1,{MAX_QUOTED}}}」")


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------

MAX_OBJECT = 12  # as counts.MAX_OBJECT: an object before the count keeps its last words within 12 characters
MAX_AFTER_OBJECT = 10  # a longer run after a classifier is the next clause, not its noun
RATE_NOUN_MAX = 6  # a longer object ending in 率/数/量… keeps only its last words


class Parse(NamedTuple):
    """What the rules chose, and which rule chose each."""

    object: str | None
    action: str | None
    object_rule: str | None
    action_rule: str | None
    verb_after: str | None = None  # `verb_after_count`: the action when none governs the count and no list or parallel count lends one


def is_action(t: Token, weak: bool = False) -> bool:
    """A genre verb as the parse tags it (jieba's other verbs, `涉案`, `可疑`, `回执`, are no
    actions: they modify a noun); with `weak`, a verbal noun of the genre (`宣传`, `覆盖`) too."""
    if weak:
        return t.flag == WEAK_VERB_TAG and t.word in GENRE_WEAK_VERBS
    return t.flag == VERB_TAG and t.word in GENRE_VERBS and t.word not in NOT_ACTIONS


def _is_head(t: Token) -> bool:
    return t.flag in NOMINAL_TAGS and t.word.startswith(T.NOMINAL_HEADS)


def is_nominal(tokens: list[Token], k: int) -> bool:
    """A word of an object: a noun-like tag; a verb that is no action here, being no genre verb
    (`涉案金额`, `集中宣讲`) or standing before a rate (`核减完成率`, `发案数`, `劝阻成功率`); a
    classifier inside a phrase (`宣教系列活动`)."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if t.flag in NOMINAL_TAGS:
        return True
    if t.flag in INNER_TAGS:
        return nxt is not None and nxt.flag in NOMINAL_TAGS
    if not t.flag.startswith("v") or t.word in NOT_ACTIONS or t.word in STATE_VERBS or t.word.endswith("有"):
        return False  # "已有98%的行政村": having or being names nothing counted
    return not is_action(t) or modifier_verb(tokens, k)


def modifier_verb(tokens: list[Token], k: int) -> bool:
    """The verb at k modifies the noun after it (`追回|被骗资金`, `发放|宣传单`, `核减完成率`):
    it stands before a rate, or before a noun head of the lexicon (`资金`, `单`) as a verbal noun
    or the last of a chain (alone, a verb keeps its object: `开设|讲座`)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.word[-1] in T.RATE_HEADS:
        return True
    if nxt is None or not _is_head(nxt):
        return False
    return tokens[k].flag == WEAK_VERB_TAG or (k > 0 and is_action(tokens[k - 1]))


def _chain(tokens: list[Token], *, leftmost: bool = False) -> tuple[int, int] | None:
    """The chain of genre verbs nearest the end of `tokens` (or the leftmost), as token indices
    [i, j); a verb that modifies the noun after it ends no chain (`modifier_verb`) unless it is the
    only verb there is. With no genre verb, a chain of the genre's verbal nouns, the same way."""
    for weak in (False, True):
        found = [k for k in range(len(tokens)) if is_action(tokens[k], weak)]
        ends = [k for k in found if not modifier_verb(tokens, k)]
        if not ends:
            continue
        j = (ends[0] if leftmost else ends[-1]) + 1
        i = j - 1
        while i > 0 and (is_action(tokens[i - 1], weak) or is_action(tokens[i - 1], True)):
            i -= 1
        # a verbal noun after the chain is part of it (`走访宣传`), unless it is what is counted,
        # right before the count (`开展|宣传3次`), or modifies a noun (`发放|宣传单`)
        while j < len(tokens) - 1 and is_action(tokens[j], True) and not modifier_verb(tokens, j):
            j += 1
        return i, j
    return None


def governing_verb(left: list[Token]) -> tuple[int, int] | None:
    """`governing_verb`: the chain of genre verbs nearest the count before it (`立案|侦办`,
    `转发|推送`, `追回|被骗资金`), else of its verbal nouns (`覆盖群众约900人`); a verb of change
    (SUBJECT_VERBS: `下降`, `达到`) right before the count wins (`verb_of_change`:
    `劝阻成功率达到100%`)."""
    k = len(left)
    while k and left[k - 1].flag in SKIPPED_TAGS:
        k -= 1
    if k and left[k - 1].word in T.SUBJECT_VERBS and left[k - 1].flag in (VERB_TAG, WEAK_VERB_TAG):
        return k - 1, k
    return _chain(left)


def noun_phrase(tokens: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """`noun_phrase_before_count`: the nominal words ending the stretch tokens[lo:hi], the links at
    its end skipped. It stops at an action, a particle (the noun after `的`, the head after `等`),
    a scope word (`全市`) or a quoted name (`“断卡”行动联合检查` → 行动联合检查); a title or quoted
    name alone is the object, without its marks (`title_object`). At most MAX_OBJECT characters."""
    while hi > lo and tokens[hi - 1].flag in SKIPPED_TAGS:
        hi -= 1
    if hi > lo and tokens[hi - 1].flag == NAME_TAG:
        return hi - 1, hi
    j = hi
    while j > lo and tokens[j - 1].flag != NAME_TAG and is_nominal(tokens[:hi], j - 1):
        if tokens[hi - 1].end - tokens[j - 1].start > MAX_OBJECT:
            break
        j -= 1
    return (j, hi) if j < hi else None


def rate_noun(tokens: list[Token], i: int, j: int) -> int:
    """`rate_noun`: a rate keeps its own noun (`群众反诈知识知晓率` → 知晓率, `APP实名注册率` →
    实名注册率): no Latin word before it, and past RATE_NOUN_MAX characters only its last word, with
    the one before when the last is short (`劝阻|成功率`)."""
    last = tokens[j - 1]
    if last.word[-1] not in T.RATE_HEADS:
        return i
    while i < j - 1 and tokens[i].flag == "eng":
        i += 1
    if last.end - tokens[i].start <= RATE_NOUN_MAX:
        return i
    k = j - 1
    if len(last.word) <= 2 and k > i:
        k -= 1
    return k


def noun_after_classifier(right: list[Token]) -> int:
    """`noun_after_classifier`: `17个农村电信支局`, `3500余名师生参与` → 师生, `共制作13期“防骗攻略”`:
    the nominal words right after a classifier, up to an action, a particle, a stop or a word that
    ends an object (OBJECT_STOP_WORDS: `全部`, `通过`), as a number of tokens; none (0) past
    MAX_AFTER_OBJECT characters."""
    if right and right[0].flag == NAME_TAG and right[0].word[0] in "“「":
        return 1
    j = 0
    while j < len(right) and right[j].flag != NAME_TAG and is_nominal(right, j) and not right[j].word.startswith(T.OBJECT_STOP_WORDS):
        j += 1
    if j == 0 or right[j - 1].end - right[0].start > MAX_AFTER_OBJECT:
        return 0
    return j


def _text(tokens: list[Token], i: int, j: int) -> str:
    if j - i == 1 and tokens[i].flag == NAME_TAG:
        return tokens[i].word[1:-1]  # a title or quoted name, without its marks
    return "".join(t.word for t in tokens[i:j])


def parse(text: str, clause_lo: int, count_lo: int, count_end: int, limit: int, classifier: bool) -> Parse:
    """Object and action of the count text[count_lo:count_end] (approximation word and unit
    included) whose clause starts at clause_lo; `limit`: where the next count begins;
    `classifier`: its unit is a classifier that its noun may follow.

    The parse reads the clause text[clause_lo:end] and nothing else (the rules compare words,
    tags and lengths, never absolute offsets), so it is asked of the clause alone, with the
    count's place in it, and kept (`_parse_clause`)."""
    end = _clause_end(text, count_end, limit)
    return _parse_clause(text[clause_lo:end], count_lo - clause_lo, count_end - clause_lo, classifier)


# Crawls repeat clauses: the same report on several sites, a site's boilerplate on every page
# (on the bench crawl, 17,374 parses of 4,221 distinct clauses and counts in them). A clause and
# its parse take well under 1 KB: 4,096 of them, a few MB.
@functools.lru_cache(maxsize=4096)
def _parse_clause(clause: str, count_lo: int, count_end: int, classifier: bool) -> Parse:
    """`parse` of the count clause[count_lo:count_end] in its clause."""
    left, right = tag_around(clause, 0, count_lo, count_end, len(clause))

    action = action_rule = None
    chain = governing_verb(left)
    after_verb = 0
    if chain:
        i, j = chain
        action, action_rule, after_verb = _text(left, i, j), "governing_verb", j

    obj = object_rule = None
    k = noun_after_classifier(right) if classifier else 0
    if k:
        obj, object_rule = _text(right, 0, k), "noun_after_classifier"
    else:
        np = noun_phrase(left, after_verb, len(left))
        object_rule = "noun_phrase_before_count"
        if np is None and chain and action in T.SUBJECT_VERBS:
            np, object_rule = noun_phrase(left, 0, chain[0]), "subject_of_change"
        if np is not None:
            obj = _text(left, rate_noun(left, *np), np[1])
        else:
            object_rule = None

    verb_after = None
    if k < len(right) and is_action(right[k]) and not modifier_verb(right, k):
        verb_after = right[k].word
    return Parse(obj, action, object_rule, action_rule, verb_after)


def list_head_action(text: str, lo: int, hi: int) -> str | None:
    """The action of a 、-list's first item, which the later items share (`共发放宣传资料420余份、
    宣传毛巾110余条`, `覆盖20xx、20xx级x个班级`): its leftmost chain of genre verbs."""
    return _list_head_action(text[lo:hi])


def has_action(text: str, lo: int, hi: int) -> bool:
    """A list item with an action of its own: the items are parallel, not governed by the head."""
    return _has_action(text[lo:hi])


# Both read their item alone, as `parse` reads its clause: kept by the item's text.
@functools.lru_cache(maxsize=1024)
def _list_head_action(item: str) -> str | None:
    tokens = tag(item, 0, len(item))
    chain = _chain(tokens, leftmost=True)
    return _text(tokens, *chain) if chain else None


@functools.lru_cache(maxsize=1024)
def _has_action(item: str) -> bool:
    return any(is_action(t) for t in tag(item, 0, len(item)))


def _clause_end(text: str, pos: int, limit: int) -> int:
    end = pos
    while end < limit and (text[end] not in T.CLAUSE_DELIMITERS or text[end] in "“「"):
        end += 1
        if text[end - 1] in "“「":  # a quoted name after the classifier: up to its closing mark
            close = text.find("”" if text[end - 1] == "“" else "」", end, min(limit, end + MAX_QUOTED + 1))
            if close < 0:
                return end - 1
            end = close + 1
    return end
