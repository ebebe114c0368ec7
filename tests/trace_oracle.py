"""The old trace, kept as the tests' oracle (issue 14: "keep the old Trace in the tests as an oracle
until the new core matches it edit for edit"). Do not optimise it: its worth is that it is the
code the outputs of earlier releases came from."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from zhtools.edits import Edit, EditError, EditLog, Replacement, _Piece


class OldTrace:
    """The trace as it was before it kept its offsets and merged each apply left to right (30e9717):
    the oracle `tests/test_trace_oracle.py` holds the new `zhtools.edits.Trace` to, edit for edit."""

    __slots__ = ("source", "_pieces", "_text", "_offsets")
    split_copied = True  # the one-pass `_split_copied` where it applies; tests/test_edits.py turns it off to compare

    def __init__(self, source: str):
        self.source = source
        self._pieces: list[_Piece] = [(0, len(source), None, None)] if source else []
        self._text = source  # kept up to date by `apply`, which builds the new text from the old
        self._offsets: list[int] | None = None

    @property
    def text(self) -> str:
        return self._text

    def _piece_offsets(self) -> list[int]:
        """Start offset of every piece in the current text (plus the total length at the end)."""
        if self._offsets is None:
            self._offsets = [0, *accumulate([e - s if t is None else len(t) for s, e, t, _ in self._pieces])]
        return self._offsets

    def apply(self, rule: str, replacements: Iterable[Replacement], *, keep_inner: bool | frozenset[str] = False) -> bool:
        """Apply a rule's replacements; return whether the text changed.

        A replacement that swallows earlier edits becomes one edit of this rule (a paragraph
        deleted by `intro` is one edit, whatever `pinyin` did inside it first). With
        `keep_inner`, a pure deletion leaves earlier deletions inside it to their own rules
        (for layout rules: collapsing the blank lines around a removed title must not claim
        the title); a set of rule names keeps only the earlier deletions of those rules.
        """
        text = self.text
        todo = [r for r in replacements if text[r.start : r.end] != r.new]
        if not todo:
            return False
        todo.sort()
        # Checked and the new text made in one pass (the cuts below change the replacements,
        # never what they make of the text).
        n = len(text)
        parts: list[str] = []
        pos = 0
        previous_start = previous_end = -1
        for r in todo:
            s, e, new, _ = r
            if s < previous_end or e < s or e > n or (s == previous_start and e == previous_end):
                raise EditError(f"rule {rule!r}: bad or overlapping replacement {r!r}")
            parts.append(text[pos:s])
            parts.append(new)
            pos = previous_end = e
            previous_start = s
        parts.append(text[pos:])
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

    def _splice(self, rule: str, r: Replacement, pieces: list[_Piece], done: list[_Piece], offsets: list[int], keep_inner: bool | frozenset[str]) -> None:
        # `offsets` is consumed right to left: it stays exact for the pieces before the ones
        # this splice replaces, and is cut back to them afterwards. `pieces` holds the pieces
        # still reachable (len(pieces) == len(offsets) - 1); `done`, reversed, those after them.
        n = len(offsets) - 1
        s, e = r.start, r.end
        first = bisect_right(offsets, s, lo=1) - 1  # first piece ending after s
        if first < n and s < e and pieces[first][3] is None and offsets[first] < s and e < offsets[first + 1]:
            # The common case, taken first: a replacement strictly inside one copied piece.
            head, head_start = pieces[first], offsets[first]
            cut_head, cut_tail = s - head_start, e - head_start
            src_start, src_end = head[0] + cut_head, head[0] + cut_tail
            done.extend(reversed(pieces[first + 1 :]))
            done.append((src_end, head[1], None, None))
            done.append((src_start, src_end, r[2], rule))
            pieces[first] = (head[0], src_start, None, None)
            del pieces[first + 1 :]
            del offsets[first + 1 :]
            offsets.append(s)
            return
        if s == e and not (first < n and offsets[first] < s):
            # An insertion on a piece boundary joins the replaced piece before it, if any (its
            # text may already hold a later replacement of this rule); else it is a new piece.
            if first > 0 and pieces[first - 1][3] is not None:
                first -= 1
            else:
                src = pieces[first - 1][1] if first > 0 else 0
                done.extend(reversed(pieces[first:]))
                del pieces[first:]
                done.append((src, src, r[2], rule))
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
        if head[3] is None:
            src_start = head[0] + cut_head
            if cut_head:
                before.append((head[0], src_start, None, None))
        else:
            src_start = head[0]
            prefix = head[2][:cut_head]
        if tail[3] is None:
            src_end = tail[0] + cut_tail
            if src_end < tail[1]:
                after.append((src_end, tail[1], None, None))
        else:
            src_end = tail[1]
            suffix = tail[2][cut_tail:]
        if keep_inner and not r[2] and not prefix and not suffix:
            middle = self._deleted(rule, touched, src_start, src_end, keep_inner)
        else:
            new_text = prefix + r[2] + suffix
            old = self.source[src_start:src_end]
            if new_text == old:
                middle = [(src_start, src_end, None, None)] if old else []
            else:
                middle = [(src_start, src_end, new_text, rule)]
        done.extend(reversed(pieces[last:]))
        done.extend(reversed(after))
        del pieces[first:]
        pieces.extend(before)
        if prefix:  # the replaced head piece, now holding this replacement too, stays reachable
            pieces.extend(middle)
        else:
            done.extend(reversed(middle))
        del offsets[first + 1 :]
        if before or prefix:
            offsets.append(s)  # the part of pieces[first] that lies before s, in old coordinates

    @staticmethod
    def _deleted(rule: str, touched: list[_Piece], src_start: int, src_end: int, keep: bool | frozenset[str] = True) -> list[_Piece]:
        """A deletion over whole pieces: earlier deletions inside it (of the rules in `keep`, or all
        of them) keep their rule, so that the log still says which rule removed what; everything
        else is deleted by `rule`."""
        out: list[_Piece] = []
        for p in touched:
            p_start, p_end, p_text, p_rule = p
            lo, hi = max(p_start, src_start), min(p_end, src_end)
            if p_rule is not None and not p_text and (keep is True or p_rule in keep):
                out.append(p)
            elif out and out[-1][3] == rule and not out[-1][2]:
                out[-1] = (out[-1][0], hi, "", rule)
            else:
                out.append((lo, hi, "", rule))
        return out

    def deletions(self) -> list[tuple[int, str, str]]:
        """Each stretch of the source deleted whole, as `(offset in the text where it was, its rules joined by
        spaces in source order, the deleted source text)`: consecutive deleted pieces are one stretch."""
        source = self.source
        offsets = self._piece_offsets()
        out: list[tuple[int, str, str]] = []
        at = start = end = -1
        rules: list[str] = []
        for k, (p_start, p_end, p_text, p_rule) in enumerate(self._pieces):
            if p_rule is not None and not p_text:
                if offsets[k] == at and p_start == end:
                    end = p_end
                    if p_rule != rules[-1]:
                        rules.append(p_rule)
                    continue
                if at >= 0:
                    out.append((at, " ".join(rules), source[start:end]))
                at, start, end, rules = offsets[k], p_start, p_end, [p_rule]
        if at >= 0:
            out.append((at, " ".join(rules), source[start:end]))
        return out

    def edits(self) -> list[Edit]:
        """The edits against the source, in source order; adjacent edits of one rule are merged."""
        return self.edit_log().edits()

    def edit_log(self) -> EditLog:
        """`edits()` as parallel lists."""
        source = self.source
        rules: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        news: list[str] = []
        rule = None  # the run being gathered: its rule, source span, text and, once it has several pieces, their texts
        start = end = -1
        text = ""
        parts: list[str] | None = None
        for p_start, p_end, p_text, p_rule in self._pieces:
            if p_rule is None:
                continue
            if p_start == end and p_rule == rule:
                if parts is None:
                    parts = [text]
                parts.append(p_text)  # joined once at the end: a run of 100,000 pieces stays linear
                end = p_end
                continue
            if rule is not None:
                rules.append(rule)
                starts.append(start)
                ends.append(end)
                news.append(text if parts is None else "".join(parts))
            rule, start, end, text, parts = p_rule, p_start, p_end, p_text, None
        if rule is not None:
            rules.append(rule)
            starts.append(start)
            ends.append(end)
            news.append(text if parts is None else "".join(parts))
        return EditLog(rules, starts, ends, [source[s:e] for s, e in zip(starts, ends)], news)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span behind `text[start:end]`.

        A copied character maps to itself, and so does a character of a same-length replacement
        (a conversion, one character for one); any other replaced character maps to the whole
        source span its replacement consumed. An empty span maps to a position.
        """
        offsets = self._piece_offsets()
        pieces = self._pieces
        if not pieces:
            return (0, 0)
        n = len(pieces)
        # the piece holding `start` (the last one starting at or before it)
        i = min(bisect_right(offsets, start, hi=n) - 1, n - 1)
        p_start, p_end, p_text, p_rule = pieces[i]
        if p_rule is None or len(p_text) == p_end - p_start:
            first = p_start + (start - offsets[i])  # copied, or converted one character for one
        else:
            first = p_start
        if start == end:
            return (first, first)
        # the piece holding the character before `end` (the last one starting before it)
        i = max(bisect_left(offsets, end, hi=n) - 1, 0)
        p_start, p_end, p_text, p_rule = pieces[i]
        if p_rule is None or len(p_text) == p_end - p_start:
            return (first, p_start + (end - offsets[i]))
        return (first, p_end)
