"""Edits that turn a decoded source into cleaned text, and the bookkeeping that keeps them exact.

Every cleaning rule proposes `Replacement`s in the coordinates of the text as it stands when the
rule runs. `Trace` applies them and keeps, at all times, a tiling of the *source* into pieces:
a piece is either copied unchanged or replaced (with the rule that replaced it). From the tiling
we get, exactly and cheaply:

- the current text (the pieces' texts joined),
- the list of `Edit`s against the source (the replaced pieces), which `replay` turns back into
  the current text: the losslessness guarantee,
- the source span behind any span of the current text.

>>> t = Trace("對(dui)话")
>>> t.apply("pinyin", [Replacement(1, 6, "")])
True
>>> t.apply("t2s", [Replacement(0, 1, "对")])
True
>>> t.text, [(e.rule, e.start, e.end, e.old, e.new) for e in t.edits()]
('对话', [('t2s', 0, 1, '對', '对'), ('pinyin', 1, 6, '(dui)', '')])
>>> replay("對(dui)话", t.edits())
'对话'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from zhtools.errors import ZhtoolsError


class EditError(ZhtoolsError):
    """A rule proposed replacements that overlap or fall outside the text."""


class Replacement(NamedTuple):
    """Replace `text[start:end]` (in the text as the rule saw it) by `new`."""

    start: int
    end: int
    new: str


@dataclass(frozen=True, slots=True)
class Edit:
    """One change against the decoded source: `source[start:end]` (== `old`) became `new`."""

    rule: str
    start: int
    end: int
    old: str
    new: str


@dataclass(slots=True)
class _Piece:
    src_start: int
    src_end: int
    text: str
    rule: str | None  # None: copied unchanged from the source


class Trace:
    """A source text, the current cleaned text, and the exact edits between them."""

    __slots__ = ("source", "_pieces", "_text", "_offsets")

    def __init__(self, source: str):
        self.source = source
        self._pieces: list[_Piece] = [_Piece(0, len(source), source, None)] if source else []
        self._text: str | None = source
        self._offsets: list[int] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(p.text for p in self._pieces)
        return self._text

    def _piece_offsets(self) -> list[int]:
        """Start offset of every piece in the current text (plus the total length at the end)."""
        if self._offsets is None:
            self._offsets = [0, *accumulate(len(p.text) for p in self._pieces)]
        return self._offsets

    def apply(self, rule: str, replacements: Iterable[Replacement], *, keep_inner: bool = False) -> bool:
        """Apply a rule's replacements; return whether the text changed.

        A replacement that swallows earlier edits becomes one edit of this rule (a paragraph
        deleted by `intro` is one edit, whatever `pinyin` did inside it first). With
        `keep_inner`, a pure deletion leaves earlier deletions inside it to their own rules
        (for layout rules: collapsing the blank lines around a removed title must not claim
        the title).
        """
        text = self.text
        todo = [r for r in replacements if text[r.start : r.end] != r.new]
        if not todo:
            return False
        todo.sort()
        previous = Replacement(-1, -1, "")
        for r in todo:
            if r.start < previous.end or r.end < r.start or r.end > len(text) or r[:2] == previous[:2]:
                raise EditError(f"rule {rule!r}: bad or overlapping replacement {r!r}")
            previous = r
        offsets = self._piece_offsets()
        # Right to left, so that the offsets of the pieces still to visit stay valid.
        for r in reversed(todo):
            self._splice(rule, r, offsets, keep_inner)
        self._text = None
        self._offsets = None
        return True

    def _splice(self, rule: str, r: Replacement, offsets: list[int], keep_inner: bool) -> None:
        # `offsets` is consumed right to left: it stays exact for the pieces before the ones
        # this splice replaces, and is cut back to them afterwards.
        pieces = self._pieces
        n = len(offsets) - 1
        s, e = r.start, r.end
        first = bisect_right(offsets, s, lo=1) - 1  # first piece ending after s
        if s == e and not (first < n and offsets[first] < s):
            # An insertion on a piece boundary joins the replaced piece before it, if any (its
            # text may already hold a later replacement of this rule); else it is a new piece.
            if first > 0 and pieces[first - 1].rule is not None:
                first -= 1
            else:
                src = pieces[first - 1].src_end if first > 0 else 0
                pieces.insert(first, _Piece(src, src, r.new, rule))
                del offsets[first + 1 :]
                return
        # Pieces starting before e (for an insertion: the one piece holding s). Zero-length
        # pieces at s or at e stay outside; those strictly inside are absorbed.
        last = first + 1 if s == e else bisect_left(offsets, e, 0, n)
        touched = pieces[first:last]
        head, tail = touched[0], touched[-1]
        head_start, tail_start = offsets[first], offsets[last - 1]
        cut_head = s - head_start  # characters of head kept before s
        cut_tail = e - tail_start  # characters of tail consumed up to e
        before: list[_Piece] = []
        after: list[_Piece] = []
        prefix = suffix = ""
        if head.rule is None:
            src_start = head.src_start + cut_head
            if cut_head:
                before.append(_Piece(head.src_start, src_start, head.text[:cut_head], None))
        else:
            src_start = head.src_start
            prefix = head.text[:cut_head]
        if tail.rule is None:
            src_end = tail.src_start + cut_tail
            if cut_tail < len(tail.text):
                after.append(_Piece(src_end, tail.src_end, tail.text[cut_tail:], None))
        else:
            src_end = tail.src_end
            suffix = tail.text[cut_tail:]
        if keep_inner and not r.new and not prefix and not suffix:
            middle = self._deleted(rule, touched, src_start, src_end)
        else:
            new_text = prefix + r.new + suffix
            old = self.source[src_start:src_end]
            if new_text == old:
                middle = [_Piece(src_start, src_end, old, None)] if old else []
            else:
                middle = [_Piece(src_start, src_end, new_text, rule)]
        pieces[first:last] = before + middle + after
        del offsets[first + 1 :]
        if before or prefix:
            offsets.append(s)  # the part of pieces[first] that lies before s, in old coordinates

    @staticmethod
    def _deleted(rule: str, touched: list[_Piece], src_start: int, src_end: int) -> list[_Piece]:
        """A deletion over whole pieces: earlier deletions inside it keep their rule, so that the
        log still says which rule removed what; everything else is deleted by `rule`."""
        out: list[_Piece] = []
        for p in touched:
            lo, hi = max(p.src_start, src_start), min(p.src_end, src_end)
            if p.rule is not None and not p.text:
                out.append(p)
            elif out and out[-1].rule == rule and not out[-1].text:
                out[-1] = _Piece(out[-1].src_start, hi, "", rule)
            else:
                out.append(_Piece(lo, hi, "", rule))
        return out

    def edits(self) -> list[Edit]:
        """The edits against the source, in source order; adjacent edits of one rule are merged."""
        out: list[Edit] = []
        for p in self._pieces:
            if p.rule is None:
                continue
            if out and out[-1].end == p.src_start and out[-1].rule == p.rule:
                last = out[-1]
                out[-1] = Edit(p.rule, last.start, p.src_end, last.old + self.source[p.src_start : p.src_end], last.new + p.text)
            else:
                out.append(Edit(p.rule, p.src_start, p.src_end, self.source[p.src_start : p.src_end], p.text))
        return out

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span behind `text[start:end]`.

        A character produced by a replacement maps to the whole source span that replacement
        consumed; a copied character maps to itself. An empty span maps to a position.
        """
        offsets = self._piece_offsets()
        pieces = self._pieces
        if not pieces:
            return (0, 0)

        def locate(pos: int, *, is_end: bool) -> int:
            if is_end:
                i = max(bisect_left(offsets, pos, hi=len(pieces)) - 1, 0)
            else:
                i = min(bisect_right(offsets, pos, hi=len(pieces)) - 1, len(pieces) - 1)
            p = pieces[i]
            if p.rule is None:
                return p.src_start + (pos - offsets[i])
            return p.src_end if is_end else p.src_start

        if start == end:
            pos = locate(start, is_end=False)
            return (pos, pos)
        return (locate(start, is_end=False), locate(end, is_end=True))


def replay(source: str, edits: Sequence[Edit]) -> str:
    """Apply `edits` (sorted, non-overlapping, each `old == source[start:end]`) to `source`."""
    out: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or source[e.start : e.end] != e.old:
            raise EditError(f"edit {e!r} does not apply at {pos}")
        out.append(source[pos : e.start])
        out.append(e.new)
        pos = e.end
    out.append(source[pos:])
    return "".join(out)
