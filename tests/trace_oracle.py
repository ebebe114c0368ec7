"""The old trace, kept as the tests' oracle (issue 14: "keep the old Trace in the tests as an oracle
until the new core matches it edit for edit"). Do not optimise it: its worth is that it is the
code the outputs of earlier releases came from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from zhtools.edits import Replacement, Trace, _Piece


class OldTrace(Trace):
    """The trace as it was before it kept its offsets and merged each apply left to right (30e9717):
    the oracle `tests/test_trace_oracle.py` holds the new `zhtools.edits.Trace` to, edit for edit.
    What the two share unchanged (`_splice`, `_deleted`, the edit log, source spans) it inherits;
    what it keeps is how an apply was made."""

    __slots__ = ()
    split_copied = True  # the one-pass `_split_copied` where it applies; tests/test_edits.py turns it off to compare

    def __init__(self, source: str):
        self.source = source
        self._pieces: list[_Piece] = [(0, len(source), None, None)] if source else []
        self._text = source  # kept up to date by `apply`, which builds the new text from the old
        self._offsets: list[int] | None = None

    def _piece_offsets(self) -> list[int]:
        """Start offset of every piece in the current text (plus the total length at the end)."""
        if self._offsets is None:
            self._offsets = [0, *accumulate([e - s if t is None else len(t) for s, e, t, _ in self._pieces])]
        return self._offsets

    def apply(self, rule: str, replacements: Iterable[Replacement], *, keep_inner: bool | frozenset[str] = False) -> bool:
        """`Trace.apply` as it was made: every piece's offsets summed again, the replacements
        spliced one by one right to left where `_split_copied` cannot cut them."""
        text = self.text
        # Sorted, checked and the new text made in one pass, as the new trace does when its
        # replacements come out of order (the cuts below change the replacements, never what
        # they make of the text).
        todo, parts = self._sorted(rule, [], replacements, text)
        if not todo:
            return False
        offsets = self._piece_offsets()
        if len(self._pieces) > 1:
            todo = self._split_aligned(todo, text, offsets)
        if not (self.split_copied and self._split_copied(rule, todo, offsets)):  # (which makes the new offsets too)
            # Right to left, so that the offsets of the pieces still to visit stay valid. Pieces
            # right of the replacement being applied can no longer be touched: they move to
            # `done` (reversed), so that no splice shifts the rest of the list.
            head = self._pieces
            done: list[_Piece] = []
            for r in reversed(todo):
                self._splice(r.rule or rule, r, head, done, offsets, keep_inner)
            done.reverse()
            head.extend(done)
            self._offsets = None
        self._text = "".join(parts)
        return True

    def _split_copied(self, rule: str, todo: list[Replacement], offsets: list[int]) -> bool:
        """The common case in one pass, left to right: when every replacement replaces at least
        one character and lies within one copied piece (87 % of the replacements on the bench
        crawl: glosses, conversions and punctuation in untouched text), each such piece is cut
        into its copied gaps and its replaced parts, which is what `_splice` makes of them one by
        one. Returns False, having changed nothing, when a replacement is not of that kind.

        The new pieces' offsets in the new text are made along with them (those of the pieces
        copied whole are the old ones moved by how much the text grew before them), rather than
        summed again over every piece by the next `apply`."""
        pieces = self._pieces
        n = len(pieces)
        out: list[_Piece] = []
        new_offsets: list[int] = []
        k = -1  # the piece being cut
        pos = end = shift = 0  # how far it is cut (text position), where it ends, text position + shift = source position
        grown = 0  # new text position - old text position, at `pos`
        for s, e, new, r_rule in todo:
            if s >= e:  # an insertion: `_splice` decides which piece it joins
                return False
            if s >= end:  # r lies further right: finish the piece being cut, copy those before r's
                if k >= 0 and pos < end:
                    out.append((pos + shift, pieces[k][1], None, None))
                    new_offsets.append(pos + grown)
                first = k + 1
                k = bisect_right(offsets, s, first, n) - 1  # the piece holding s (none of zero length)
                if pieces[k][3] is not None:
                    return False
                out.extend(pieces[first:k])
                new_offsets.extend([o + grown for o in offsets[first:k]] if grown else offsets[first:k])
                pos, end = offsets[k], offsets[k + 1]
                shift = pieces[k][0] - pos
            if e > end:
                return False
            if s > pos:
                out.append((pos + shift, s + shift, None, None))
                new_offsets.append(pos + grown)
            out.append((s + shift, e + shift, new, r_rule or rule))
            new_offsets.append(s + grown)
            grown += len(new) - (e - s)
            pos = e
        if pos < end:
            out.append((pos + shift, pieces[k][1], None, None))
            new_offsets.append(pos + grown)
        out.extend(pieces[k + 1 :])
        new_offsets.extend([o + grown for o in offsets[k + 1 :]] if grown else offsets[k + 1 :])  # …and the new text's length
        self._pieces = out
        self._offsets = new_offsets
        return True

    def _split_aligned(self, todo: list[Replacement], text: str, offsets: list[int]) -> list[Replacement]:
        """A same-length replacement (a conversion: one character for one) is cut where earlier
        edits lie inside it, its unchanged parts dropped and the others trimmed to what changes,
        so that those edits keep their own rule: converting a whole line must not claim the
        pinyin removed from it."""
        out: list[Replacement] = []
        first = 0
        for r in todo:
            s, e = r.start, r.end
            if e - s != len(r.new):  # not aligned: no piece looked up
                out.append(r)
                continue
            first = bisect_right(offsets, s, first) - 1  # `todo` is sorted: the pieces before the last one found are passed
            if offsets[first + 1] >= e:  # inside one piece
                out.append(r)
                continue
            cuts = [s]
            i = first + 1
            while i < len(offsets) - 1 and offsets[i] < e:
                if offsets[i] > cuts[-1]:
                    cuts.append(offsets[i])
                i += 1
            cuts.append(e)
            for a, b in zip(cuts, cuts[1:]):
                if text[a:b] == r.new[a - s : b - s]:
                    continue
                while text[a] == r.new[a - s]:  # trimmed to what changes: 對過去 → 对过去 becomes 對過 → 对过
                    a += 1
                while text[b - 1] == r.new[b - 1 - s]:
                    b -= 1
                out.append(tuple.__new__(Replacement, (a, b, r.new[a - s : b - s], r.rule)))  # (as `Replacement(…)` makes it, at a third of the cost)
        return out

    def deletions(self) -> list[tuple[int, str, str]]:
        """`Trace.deletions` as it was read: every piece looked at, not only those of no length."""
        return self._deleted_stretches(range(len(self._pieces)))
