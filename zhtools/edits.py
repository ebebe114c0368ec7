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
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add, eq, ge, lt, sub
from typing import NamedTuple

from zhtools.errors import ZhtoolsError


class EditError(ZhtoolsError):
    """A rule proposed replacements that overlap or fall outside the text."""


class Replacement(NamedTuple):
    """Replace `text[start:end]` (in the text as the rule saw it) by `new`.

    `rule` names the edit when a rule removes several kinds of thing (page anatomy:
    `chrome:byline`, `spam:gambling`…); by default the edit takes the rule's own name.
    """

    start: int
    end: int
    new: str
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """One change against the decoded source: `source[start:end]` (== `old`) became `new`."""

    rule: str
    start: int
    end: int
    old: str
    new: str


class EditLog(NamedTuple):
    """A document's edits as parallel lists in source order (edit i turned
    `source[start[i]:end[i]]`, which is `old[i]`, into `new[i]` by rule `rule[i]`): what the edit
    log writes, made without an `Edit` object per edit (a page has a thousand of them)."""

    rule: list[str]
    start: list[int]
    end: list[int]
    old: list[str]
    new: list[str]

    def edits(self) -> list[Edit]:
        return list(map(Edit, self.rule, self.start, self.end, self.old, self.new))


# A piece of the tiling: `(src_start, src_end, text, rule)`. `text` is the replacement text, None for a
# copied piece (its text is the source's); `rule` is None for a copied piece. A plain tuple, not a
# slotted dataclass: the rules make a piece or two for each of their edits (350,000 on the 10 MB bench
# crawl), and a tuple is built and unpacked in C; the trace's own work, replayed alone over the crawl,
# corpus/raw and the chrome-free gold pages, went from 1.77 to 1.50 s.
_Piece = tuple[int, int, str | None, str | None]


class Trace:
    """A source text, the current cleaned text, and the exact edits between them."""

    __slots__ = ("source", "_pieces", "_text", "_offsets")

    def __init__(self, source: str):
        self.source = source
        self._pieces: list[_Piece] = [(0, len(source), None, None)] if source else []
        self._text = source  # kept up to date by `apply`, which builds the new text from the old
        # Start offset of every piece in the current text, and the text's length at the end: kept
        # exact by `apply`, which makes the new offsets along with the new pieces.
        self._offsets: list[int] = [0, len(source)] if source else [0]

    @property
    def text(self) -> str:
        return self._text

    def _piece_offsets(self) -> list[int]:
        """Start offset of every piece in the current text (plus the total length at the end)."""
        return self._offsets

    def apply(self, rule: str, replacements: Iterable[Replacement], *, keep_inner: bool | frozenset[str] = False) -> bool:
        """Apply a rule's replacements; return whether the text changed.

        A replacement that swallows earlier edits becomes one edit of this rule (a paragraph
        deleted by `intro` is one edit, whatever `pinyin` did inside it first). With
        `keep_inner`, a pure deletion leaves earlier deletions inside it to their own rules
        (for layout rules: collapsing the blank lines around a removed title must not claim
        the title); a set of rule names keeps only the earlier deletions of those rules.
        """
        text = self._text
        n = len(text)
        # Checked and the new text made in one pass over the rule's replacements as they come
        # (the cuts below change the replacements, never what they make of the text); rules make
        # them in order, and anything out of order or wrong goes to `_sorted`, which checks them
        # as the old trace did, sorted first (so that an error names the same replacement).
        todo: list[Replacement] = []
        parts: list[str] = []
        pos = 0
        previous_start = previous_end = -1
        replacements = iter(replacements)
        for r in replacements:
            s, e, new = r[0], r[1], r[2]
            if text[s:e] == new:
                continue
            if s <= previous_start or s < previous_end or e < s or e > n:
                todo.append(r)
                todo, parts = self._sorted(rule, todo, replacements, text)
                break
            todo.append(r)
            parts.append(text[pos:s])
            parts.append(new)
            pos = previous_end = e
            previous_start = s
        else:
            if not todo:
                return False
            parts.append(text[pos:])
        if len(self._pieces) > 1:
            todo = self._split_aligned(todo, text, self._offsets)
        if not self._cut(rule, todo):
            self._merge(rule, todo, keep_inner)
        self._text = "".join(parts)
        return True

    @staticmethod
    def _sorted(rule: str, todo: list[Replacement], rest: Iterable[Replacement], text: str) -> tuple[list[Replacement], list[str]]:
        """`apply`'s replacements (those seen, then the rest of them) sorted and checked, and the
        parts of the new text."""
        todo.extend(r for r in rest if text[r[0] : r[1]] != r[2])
        todo.sort()
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
        return todo, parts

    def _cut(self, rule: str, todo: list[Replacement]) -> bool:
        """The common case in one pass, left to right: when every replacement replaces at least
        one character and lies within one copied piece (87 % of the replacements on the bench
        crawl: glosses, conversions and punctuation in untouched text), each such piece is cut
        into its copied gaps and its replaced parts, and the new offsets made along with the new
        pieces. Returns False, having changed nothing, when a replacement is not of that kind
        (`_merge` then takes them all)."""
        pieces, offsets = self._pieces, self._offsets
        if len(pieces) == 1 and pieces[0][3] is None:  # the page's first change (a third of all replacements)
            return self._cut_source(rule, todo)
        n = len(pieces)
        out: list[_Piece] = []
        new_offsets: list[int] = []
        append, append_offset = out.append, new_offsets.append
        k = 0  # the next old piece not yet copied or cut
        pos = end = shift = 0  # how far the piece being cut is cut (text position), where it ends, text position + shift = source position
        grown = 0  # new text position - old text position, at `pos`
        for s, e, new, r_rule in todo:
            if s >= e:  # an insertion: `_splice` decides which piece it joins
                return False
            if s >= end:  # r lies further right: finish the piece being cut, copy those before r's
                if pos < end:
                    append((pos + shift, pieces[k - 1][1], None, None))
                    append_offset(pos + grown)
                p = bisect_right(offsets, s, k, n) - 1  # the piece holding s (none of zero length)
                piece = pieces[p]
                if piece[3] is not None:
                    return False
                if p > k:
                    out.extend(pieces[k:p])
                    new_offsets.extend([o + grown for o in offsets[k:p]] if grown else offsets[k:p])
                k = p + 1
                pos, end = offsets[p], offsets[k]
                shift = piece[0] - pos
            if e > end:
                return False
            if s > pos:
                append((pos + shift, s + shift, None, None))
                append_offset(pos + grown)
            append((s + shift, e + shift, new, r_rule or rule))
            append_offset(s + grown)
            grown += len(new) - e + s
            pos = e
        if pos < end:
            append((pos + shift, pieces[k - 1][1], None, None))
            append_offset(pos + grown)
        out.extend(pieces[k:])
        new_offsets.extend([o + grown for o in offsets[k:]] if grown else offsets[k:])  # …and the new text's length
        self._pieces = out
        self._offsets = new_offsets
        return True

    def _cut_source(self, rule: str, todo: list[Replacement]) -> bool:
        """`_cut` of the source itself, one copied piece, where text positions are source
        positions: the pieces and their offsets made by zips and running sums, without a Python
        step a replacement (pinyin's first run makes 1,400 on a glossed page)."""
        starts, ends, news, rules = zip(*todo)
        if any(map(ge, starts, ends)):  # an insertion: `_splice` decides which piece it joins
            return False
        if rules.count(None) == len(rules):
            rules = repeat(rule)
        else:
            rules = [r_rule or rule for r_rule in rules]
        before = (0, *ends[:-1])  # where the copied gap before each replacement starts
        grown = list(accumulate(map(sub, map(len, news), map(sub, ends, starts)), initial=0))  # before each replacement, and at the end
        kept = list(chain.from_iterable(zip(map(lt, before, starts), repeat(True))))  # gaps that are not empty, every replacement
        out = list(compress(chain.from_iterable(zip(zip(before, starts, repeat(None), repeat(None)), zip(starts, ends, news, rules))), kept))
        new_offsets = list(compress(chain.from_iterable(zip(map(add, before, grown), map(add, starts, grown))), kept))
        end = self._offsets[1]
        if ends[-1] < end:
            out.append((ends[-1], end, None, None))
            new_offsets.append(ends[-1] + grown[-1])
        new_offsets.append(end + grown[-1])
        self._pieces = out
        self._offsets = new_offsets
        return True

    def _merge(self, rule: str, todo: list[Replacement], keep_inner: bool | frozenset[str]) -> None:
        """All of one apply's replacements spliced into the pieces in one pass, left to right,
        when `_cut` could not take them all: the new piece list and its offsets are built once,
        the pieces no replacement touches copied over by slices (their offsets moved by how much
        the text grew before them), rather than each splice shifting the list and the offsets of
        every piece summed again at the next apply.

        A replacement inside one copied piece is cut as `_cut` does, one inside one replaced
        piece rewrites it. The others (insertions, replacements across pieces) are spliced one at
        a time, right to left, by `_splice`, on a window of the pieces they touch (for an
        insertion, with the pieces on both sides of it: all that `_splice` reads of the list),
        replacements whose windows share a piece going together: what `_splice` made of the
        whole list, which `tests/test_trace_oracle.py` checks against the old trace."""
        pieces, offsets = self._pieces, self._offsets
        n = len(pieces)
        # Each replacement's window [lo, hi) of pieces and whether it lies inside one piece;
        # replacements whose windows share a piece form a group: (lo, hi, inside one piece, first
        # replacement, end of its replacements in `todo`).
        groups: list[tuple[int, int, bool, int, int]] = []
        g_lo = g_hi = -1
        g_one = True
        g_first = 0
        p = 0
        for i, r in enumerate(todo):
            s, e = r[0], r[1]
            p = bisect_right(offsets, s, p if p > 0 else 1) - 1  # the last piece starting at or before s (`todo` is sorted)
            if s == e:
                lo, hi, one = (p - 1 if p > 0 else 0), (p + 1 if p < n else n), False
            elif e <= offsets[p + 1]:
                lo, hi, one = p, p + 1, True
            else:
                lo, hi, one = p, bisect_left(offsets, e, p, n), False
            if lo < g_hi:  # shares a piece with the group
                if hi > g_hi:
                    g_hi = hi
                g_one = g_one and one and hi - g_lo == 1
                while lo < g_lo:  # reaches back into the pieces of the group before
                    if groups and groups[-1][1] > lo:
                        g_lo, _, _, g_first, _ = groups.pop()
                        g_one = False
                    else:
                        g_lo = lo
            else:
                if g_hi >= 0:
                    groups.append((g_lo, g_hi, g_one, g_first, i))
                g_lo, g_hi, g_one, g_first = lo, hi, one, i
        groups.append((g_lo, g_hi, g_one, g_first, len(todo)))
        source = self.source
        out: list[_Piece] = []
        new_offsets: list[int] = []
        append, append_offset = out.append, new_offsets.append
        k = 0  # the old pieces before k are done
        grown = 0  # new text position - old text position, after them
        for lo, hi, one, first, end in groups:
            if lo > k:  # the untouched pieces before the group, copied whole
                out.extend(pieces[k:lo])
                new_offsets.extend([o + grown for o in offsets[k:lo]] if grown else offsets[k:lo])
            k = hi
            if one and pieces[lo][3] is None:  # one copied piece, cut
                p_end = pieces[lo][1]
                pos = offsets[lo]
                shift = pieces[lo][0] - pos  # text position + shift = source position
                for j in range(first, end):
                    s, e, new, r_rule = todo[j]
                    if s > pos:
                        append((pos + shift, s + shift, None, None))
                        append_offset(pos + grown)
                    append((s + shift, e + shift, new, r_rule or rule))
                    append_offset(s + grown)
                    grown += len(new) - e + s
                    pos = e
                if pos < offsets[hi]:
                    append((pos + shift, p_end, None, None))
                    append_offset(pos + grown)
                continue
            if one and end - first == 1:  # one replacement inside one replaced piece: `_splice`'s result, made here
                s, e, new, r_rule = todo[first]
                p_start, p_end, p_text, _ = pieces[lo]
                at = offsets[lo]
                if not (keep_inner and not new and s == at and e - at == len(p_text)):
                    new_text = p_text[: s - at] + new + p_text[e - at :]
                    old = source[p_start:p_end]
                    if new_text != old:
                        append((p_start, p_end, new_text, r_rule or rule))
                        append_offset(at + grown)
                    elif old:
                        append((p_start, p_end, None, None))
                        append_offset(at + grown)
                    grown += len(new) - e + s
                    continue
            window = pieces[lo:hi]
            window_offsets = offsets[lo : hi + 1]
            done: list[_Piece] = []
            for j in range(end - 1, first - 1, -1):
                r = todo[j]
                self._splice(r[3] or rule, r, window, done, window_offsets, keep_inner)
            done.reverse()
            window.extend(done)
            at = offsets[lo] + grown
            for q in window:
                append_offset(at)
                at += q[1] - q[0] if q[2] is None else len(q[2])
            out.extend(window)
            grown = at - offsets[hi]
        out.extend(pieces[k:])
        new_offsets.extend([o + grown for o in offsets[k:]] if grown else offsets[k:])  # …and the new text's length
        self._pieces = out
        self._offsets = new_offsets

    def _split_aligned(self, todo: list[Replacement], text: str, offsets: list[int]) -> list[Replacement]:
        """A same-length replacement (a conversion: one character for one) is cut where earlier
        edits lie inside it, its unchanged parts dropped and the others trimmed to what changes,
        so that those edits keep their own rule: converting a whole line must not claim the
        pinyin removed from it."""
        out: list[Replacement] | None = None  # made at the first replacement cut: most applies cut none
        first = 0
        for i, r in enumerate(todo):
            s, e, new, r_rule = r
            if e - s != len(new):  # not aligned: no piece looked up
                if out is not None:
                    out.append(r)
                continue
            end = offsets[first + 1]
            if s >= end:  # `todo` is sorted: a piece further right, the pieces before the last one found passed
                first = bisect_right(offsets, s, first) - 1
                end = offsets[first + 1]
            if end >= e:  # inside one piece
                if out is not None:
                    out.append(r)
                continue
            if out is None:
                out = todo[:i]
            cuts = [s, *dict.fromkeys(offsets[first + 1 : bisect_left(offsets, e, first + 1, len(offsets) - 1)]), e]  # the pieces' starts inside, once each
            for a, b in zip(cuts, cuts[1:]):
                if text[a:b] == new[a - s : b - s]:
                    continue
                while text[a] == new[a - s]:  # trimmed to what changes: 對過去 → 对过去 becomes 對過 → 对过
                    a += 1
                while text[b - 1] == new[b - 1 - s]:
                    b -= 1
                out.append(tuple.__new__(Replacement, (a, b, new[a - s : b - s], r_rule)))  # (as `Replacement(…)` makes it, at a third of the cost)
        return todo if out is None else out

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
        offsets = self._piece_offsets()
        return self._deleted_stretches(compress(count(), map(eq, offsets, islice(offsets, 1, None))))  # the pieces of no length (a deleted one has none), found in C

    def _deleted_stretches(self, indices: Iterable[int]) -> list[tuple[int, str, str]]:
        """`deletions` read from the pieces at `indices` (in order; every deleted piece among them)."""
        source = self.source
        offsets = self._piece_offsets()
        pieces = self._pieces
        out: list[tuple[int, str, str]] = []
        at = start = end = -1
        rules: list[str] = []
        for k in indices:
            p_start, p_end, p_text, p_rule = pieces[k]
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
