"""What every cleaning rule shares: the options, the rule type, line helpers, and `apply_rule`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import regex

from zhtools.edits import Replacement, Trace
from zhtools.lazyre import lazy_compile


@dataclass(frozen=True)
class CleanOptions:
    """How to clean. Vary it with `dataclasses.replace`; never with module-level switches."""

    convert: str | None = "t2s"  # OpenCC config used where the text is traditional or mixed; None: keep the script
    skip: frozenset[str] = frozenset()  # names of rules not to run
    max_passes: int = 8  # a pass that changes nothing ends the loop long before this
    line_model: bool = True  # page anatomy asks the learned line model (zhtools.clean.line_model) about the lines its rules keep


class Rule(NamedTuple):
    name: str
    fn: Callable[[str, CleanOptions], Iterable[Replacement]]
    layout: bool = False  # deletes layout only: earlier deletions inside its own keep their rule


# --- helpers ----------------------------------------------------------------------------------


@cache
def common_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary frequent enough to be trusted (freq ≥ 100).

    Used to tell a word broken by a line wrap ("方 案", "主动发\\n现") from two words that merely
    meet at a paragraph or phrase boundary. Cached on disk (`zhtools.tablecache`).
    """
    from zhtools.tablecache import cached, jieba_dictionary

    return cached("common_words", _common_words, jieba_dictionary(), Path(__file__))


def _common_words() -> frozenset[str]:
    from zhtools.tablecache import jieba_dictionary

    words = set()
    with jieba_dictionary().open(encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split(" ")
            if len(word) == 2 and int(freq) >= 100:
                words.add(word)
    return frozenset(words)


def is_broken_word(left: str, right: str) -> bool:
    """True when the characters around a break form a common word: `is_broken_word("方", "案")`."""
    return bool(left) and bool(right) and (left[-1] + right[0]) in common_words()


LINE = lazy_compile(r"(?m)^.*$")


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline: the spans of LINE's matches (whose `.` and `$`
    know no line break but \n), from a split in C at half the cost of a match object a line."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end
        start = end + 1


def line_end(text: str, end: int) -> int:
    """`end` extended over the newline that closes the line, if any."""
    return end + 1 if end < len(text) and text[end] == "\n" else end


def delete(matches: Iterable[regex.Match]) -> Iterator[Replacement]:
    for m in matches:
        if m.end() > m.start():
            yield Replacement(m.start(), m.end(), "")


SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,。！？!?；;\n"
# Compiled once: a page of many distinct titles would otherwise push them out of regex's cache.
# Compiled now, not lazily: the rule modules import these by name, and a lazy stand-in imported
# by name stays a stand-in there (zhtools.lazyre), paying an attribute lookup on every call.
SENTENCE_END_RE = regex.compile(r"[。！？!?]")
ENDS_SENTENCE = regex.compile(r"[。！？!?…][”’」』）)]?$")  # a line (or run) ending a sentence, a closing quote or bracket after its stop
FULL_STOP = regex.compile(r"[。！？]")
QUOTE_IN_WORD = regex.compile(r"(?<=\p{Han})['`‘’](?=\p{Han})")
CLAUSE_SPLIT = regex.compile(r"[，。；！？,;!?\n]")
TITLE_MAX = 60
PLACEHOLDER_PREFIX = r"(?:XX|xx|ⅩⅩ|X|x|##)?"
LIST_MARKER = r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]"


def apply_rule(fn: Callable[[str, CleanOptions], Iterable[Replacement]], text: str, options: CleanOptions | None = None) -> str:
    """One rule, once, on `text` (for doctests and for trying a rule alone)."""
    trace = Trace(text)
    trace.apply(fn.__name__, fn(text, options or CleanOptions()))
    return trace.text
