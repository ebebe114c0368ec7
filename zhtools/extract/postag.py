"""jieba's POS tagger (`jieba.posseg.POSTokenizer.cut`, with its HMM), the same words and tags,
without importing `jieba.posseg` and with its HMM search three times as fast.

Why not `jieba.posseg` itself:

- Importing it builds jieba's default tagger, which reads jieba's whole dictionary into a
  second word → tag table: 0.3 s and 47 MB in every process that parses a count, for a
  tagger we never use (ours has its own tables, `count_parse._tagger`). Its HMM tables are
  read here from the same files, without the package's import.
- Its Viterbi search scores, for every state a character may take, every state the previous
  character took, transitions the table lacks included (a score of -inf). Those can never
  win: every state kept for a character is one that some previous state leads to (a finite
  score, the scores being finite sums), so `viterbi` here skips them, and compares
  `(score, state)` tuples as `max` does, so that ties go the same way. The same
  floating-point sums in the same order give the same scores.

Everything else is jieba's code, its quirks kept (a run of digits and letters is told apart
by the whole run, `RE_ENG.match(x)`, not by the character). tests/test_count_parse.py checks the
words and tags against `jieba.posseg` on every line of corpus/raw.

>>> import jieba.posseg as posseg
>>> words = ["王小明", "谢霆锋", "桃园县", "鼎泰丰", "囧"]
>>> all(viterbi(w) == posseg.viterbi(w, CHAR_STATES, START, TRANS, EMIT) for w in words)
True
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _table(name: str) -> Any:
    """`jieba.posseg.<name>.P`, read from its file without importing the package `jieba.posseg`."""
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None, "jieba is a dependency"
    path = Path(spec.origin).with_name("posseg") / f"{name}.py"
    module_spec = importlib.util.spec_from_file_location(f"zhtools._jieba_posseg_{name}", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.P


CHAR_STATES = _table("char_state_tab")  # character → the (position, tag) states it may take
START = _table("prob_start")
TRANS = _table("prob_trans")
EMIT = _table("prob_emit")
MIN_FLOAT = -3.14e100  # jieba's score of a character a state never emits
ALL_STATES = tuple(TRANS)
NEXT = {state: frozenset(after) for state, after in TRANS.items()}  # the states a state leads to
PREVIOUS: dict[Any, list[tuple[Any, float]]] = {}  # state → the states that lead to it, with the transition's score
for _before, _after in TRANS.items():
    for _state, _score in _after.items():
        PREVIOUS.setdefault(_state, []).append((_before, _score))

# jieba.posseg's patterns
RE_HAN_DETAIL = re.compile("([\u4e00-\u9fd5]+)")
RE_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
RE_HAN_INTERNAL = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
RE_ENG = re.compile("[a-zA-Z0-9]+")
RE_NUM = re.compile(r"[\.0-9]+")


def viterbi(obs: str) -> tuple[float, list[tuple[str, str]]]:
    """`jieba.posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)`: the best
    (position, tag) state of each character and the path's log probability."""
    if len(obs) == 1:  # most runs the HMM sees are one character (on the bench crawl's counts, 5,445 of 8,715)
        prob, state = _alone(obs)
        return prob, [state]
    prev = _start(obs[0])
    back: list[dict] = []
    for char in obs[1:]:
        live = [x for x in prev if NEXT[x]]
        if not live:  # jieba's max() over no state: a character no state may follow
            raise ValueError("max() arg is an empty sequence")
        expected = set().union(*(NEXT[x] for x in live))
        states = expected.intersection(CHAR_STATES.get(char, ALL_STATES)) or expected
        scores, came_from = {}, {}
        for y in states:
            emit = EMIT[y].get(char, MIN_FLOAT)
            # the states of the previous character that lead to y, from the shorter list; the
            # sum is jieba's, in jieba's order
            if len(PREVIOUS[y]) < len(live):
                scores[y], came_from[y] = max((prev[y0] + step + emit, y0) for y0, step in PREVIOUS[y] if y0 in prev)
            else:
                scores[y], came_from[y] = max((prev[y0] + TRANS[y0][y] + emit, y0) for y0 in live if y in NEXT[y0])
        back.append(came_from)
        prev = scores
    prob, state = max((score, y) for y, score in prev.items())
    route = [state]
    for came_from in reversed(back):
        state = came_from[state]
        route.append(state)
    route.reverse()
    return prob, route


def best_route(sentence: str, freq: dict[str, int], log_total: float) -> list[tuple[float, int]]:
    """jieba's `Tokenizer.get_DAG` and `Tokenizer.calc` in one pass, right to left: for each
    position, the score of the best cut of the rest and the end of its first word. The words
    starting at a position are looked up once (jieba looks each up twice, and builds the DAG of
    every position before scoring any); the scores are jieba's sums in jieba's order, and the
    largest (score, end) pair wins, as jieba's `max` makes it win.

    >>> import jieba
    >>> t = jieba.Tokenizer(); t.check_initialized()
    >>> s = "共发放宣传资料420余份"
    >>> route = {}; t.calc(s, t.get_DAG(s), route)
    >>> best_route(s, t.FREQ, math.log(t.total)) == [route[i] for i in range(len(s) + 1)]
    True
    """
    n = len(sentence)
    route: list[tuple[float, int]] = [(0, 0)] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = sentence[k]
        while i < n and frag in freq:
            f = freq[frag]
            if f:
                candidate = (math.log(f) - log_total + route[i + 1][0], i)
                if best is None or candidate > best:
                    best = candidate
            i += 1
            frag = sentence[k : i + 1]
        # no word starts here: the character alone, with jieba's frequency of 1 (a log of 0)
        route[k] = best if best is not None else (math.log(freq.get(sentence[k]) or 1) - log_total + route[k + 1][0], k)
    return route


# A character's scores as the first of a run, and its best state alone, depend on the character
# alone: kept for every character met (a few thousand), never recomputed.
_starts: dict[str, dict[Any, float]] = {}
_alones: dict[str, tuple[float, Any]] = {}


def _start(char: str) -> dict[Any, float]:
    """The scores of the states `char` may take as the first character of a run (read only)."""
    found = _starts.get(char)
    if found is None:
        found = _starts[char] = {y: START[y] + EMIT[y].get(char, MIN_FLOAT) for y in CHAR_STATES.get(char, ALL_STATES)}
    return found


def _alone(char: str) -> tuple[float, Any]:
    """`viterbi(char)` of one character: the best (score, state) of its first-character scores."""
    found = _alones.get(char)
    if found is None:
        found = _alones[char] = max((score, y) for y, score in _start(char).items())
    return found


class Tagger:
    """`jieba.posseg.POSTokenizer(tokenizer)` with `word_tag_tab` as its table of tags: `cut`
    gives (word, tag) pairs where jieba gives `pair`s."""

    def __init__(self, tokenizer: Any, word_tag_tab: dict[str, str]):
        self.tokenizer = tokenizer  # a jieba.Tokenizer, its dictionary loaded
        self.word_tag_tab = word_tag_tab

    def cut(self, sentence: str) -> Iterator[tuple[str, str]]:
        """`POSTokenizer.cut(sentence)` (HMM on)."""
        if self.tokenizer.user_word_tag_tab:  # jieba's makesure_userdict_loaded
            self.word_tag_tab.update(self.tokenizer.user_word_tag_tab)
            self.tokenizer.user_word_tag_tab = {}
        for blk in RE_HAN_INTERNAL.split(sentence):
            if RE_HAN_INTERNAL.match(blk):
                yield from self._cut_dag(blk)
            else:
                for x in RE_SKIP_INTERNAL.split(blk):
                    if RE_SKIP_INTERNAL.match(x):
                        yield x, "x"
                    else:
                        for xx in x:
                            if RE_NUM.match(xx):
                                yield xx, "m"
                            elif RE_ENG.match(x):
                                yield xx, "eng"
                            else:
                                yield xx, "x"

    def _cut_dag(self, sentence: str) -> Iterator[tuple[str, str]]:
        tags, freq = self.word_tag_tab, self.tokenizer.FREQ
        route = best_route(sentence, freq, math.log(self.tokenizer.total))
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    yield from self._buffered(buf, tags, freq)
                    buf = ""
                yield word, tags.get(word, "x")
            x = y
        if buf:
            yield from self._buffered(buf, tags, freq)

    def _buffered(self, buf: str, tags: dict[str, str], freq: dict[str, int]) -> Iterator[tuple[str, str]]:
        """A run of single characters: one word, a word jieba knows cut in characters, or the HMM's words."""
        if len(buf) == 1:
            yield buf, tags.get(buf, "x")
        elif not freq.get(buf):
            yield from _cut_detail(buf)
        else:
            for elem in buf:
                yield elem, tags.get(elem, "x")


# The HMM's words of a run depend on the run alone (jieba's HMM tables are fixed), and the genre's
# unknown words are few: the same runs come back from one document to the next (on the 837 test
# pages, 2,091 searches were of 894 runs; within a document, count_parse._cut's LRU already catches
# the repeats). A bounded memo, emptied when full: lookups are exact, so the words and tags are
# jieba's whatever it holds.
_DETAIL_MEMO_MAX = 1 << 14
_detail_memo: dict[str, tuple[tuple[str, str], ...]] = {}


def _cut_detail(sentence: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's `__cut_detail`: a run of characters jieba's dictionary lacks, cut by the HMM."""
    found = _detail_memo.get(sentence)
    if found is None:
        found = tuple(_cut_detail_uncached(sentence))
        if len(_detail_memo) >= _DETAIL_MEMO_MAX:
            _detail_memo.clear()
        _detail_memo[sentence] = found
    return found


def _cut_detail_uncached(sentence: str) -> Iterator[tuple[str, str]]:
    for blk in RE_HAN_DETAIL.split(sentence):
        if RE_HAN_DETAIL.match(blk):
            yield from _cut_hmm(blk)
        else:
            for x in RE_SKIP_DETAIL.split(blk):
                if x:
                    if RE_NUM.match(x):
                        yield x, "m"
                    elif RE_ENG.match(x):
                        yield x, "eng"
                    else:
                        yield x, "x"


def _cut_hmm(sentence: str) -> Iterator[tuple[str, str]]:
    """jieba.posseg's `__cut`: the words and tags of the best HMM path."""
    _, pos_list = viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            yield sentence[begin : i + 1], pos_list[i][1]
            nexti = i + 1
        elif pos == "S":
            yield char, pos_list[i][1]
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], pos_list[nexti][1]
