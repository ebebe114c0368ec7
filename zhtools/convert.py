"""Traditional → simplified conversion with OpenCC, as replacements that keep offsets exact.

We use OpenCC's `t2s` (the `opencc` C++ binding), not `tw2sp`: the latter also rewrites
Taiwanese vocabulary (资料→数据, 影片→视频), which would change what the documents say.

>>> to_simplified("電信詐騙工作總結")
'电信诈骗工作总结'
>>> script_of("電信詐騙工作總結"), script_of("电信诈骗工作总结"), script_of("abc")
('traditional', 'simplified', 'simplified')
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache
from operator import ne

import opencc

from zhtools.edits import Replacement
from zhtools.errors import ZhtoolsError

# Configurations that turn traditional script into simplified and change nothing else (tw2sp
# and friends also change vocabulary).
SCRIPT_ONLY_CONFIGS = ("t2s", "tw2s", "hk2s")
# A page counts as mixed when at least this share of its script-specific characters is traditional.
MIXED_SHARE = 0.02
TRADITIONAL_SHARE = 0.8


class ConversionError(ZhtoolsError):
    """An OpenCC configuration that is unknown or changes more than the script."""


@cache
def converter(config: str = "t2s") -> opencc.OpenCC:
    """One OpenCC converter per configuration per process (building one reads its dictionaries)."""
    if config not in SCRIPT_ONLY_CONFIGS:
        raise ConversionError(f"OpenCC config {config!r} is not a script-only conversion; use one of {SCRIPT_ONLY_CONFIGS}")
    return opencc.OpenCC(config)


def to_simplified(text: str, config: str = "t2s") -> str:
    """The text in simplified script."""
    return converter(config).convert(text)


# A page reaches OpenCC twice as it stood: in the t2s rule's first pass (when no earlier rule
# changed it, as on most pages) and in `script_of` of its source. The last pages' conversions
# are kept, so that the second is a look-up (the text's hash, then a comparison of equal
# strings, both far cheaper than a conversion).
@lru_cache(maxsize=2)
def page_simplified(text: str) -> str:
    """`to_simplified(text)` with `t2s`, for whole pages."""
    return converter("t2s").convert(text)


# From this length on, differing characters are counted with numpy (a dependency already, for
# dedup; imported only then, so that `zhtools clean` of a small page does not load it): 25 times
# as fast as Python on whole pages.
NUMPY_FROM = 2000


def _differing(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) == len(b):
        if len(a) < NUMPY_FROM:
            return sum(map(ne, a, b))
        import numpy as np

        # one 32-bit unit per character (a lone surrogate too), compared position by position
        return int(np.count_nonzero(np.frombuffer(a.encode("utf-32-le", "surrogatepass"), np.uint32)
                                    != np.frombuffer(b.encode("utf-32-le", "surrogatepass"), np.uint32)))
    return max(len(a), len(b))


@lru_cache(maxsize=4)
def script_of(text: str) -> str:
    """'simplified', 'traditional' or 'mixed', from the characters that differ between scripts.

    Cached for the last few texts: the pipeline asks it of the same source more than once.
    """
    return script_given(text, page_simplified(text))


def script_given(text: str, simplified: str) -> str:
    """`script_of(text)`, when its OpenCC `t2s` conversion `simplified` is already at hand."""
    n_traditional = _differing(text, simplified)
    if n_traditional == 0:
        return "simplified"
    n_simplified = _simplified_only(text)
    share = n_traditional / (n_traditional + n_simplified)
    if share >= TRADITIONAL_SHARE:
        return "traditional"
    if share >= MIXED_SHARE and n_traditional >= 2:
        return "mixed"
    return "simplified"


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=2)  # asked of a page in the t2s rule and again in `script_of`, as `page_simplified` is
def _simplified_only(text: str) -> int:
    """Characters that exist only in simplified script (s2t changes them)."""
    return _differing(text, _s2t().convert(text))


def _line_pairs(text: str, config: str, converted: str | None) -> Iterator[tuple[str, str]]:
    """Each line of `text` (with its newline) and its conversion. A conversion of the whole text
    is reused when given: OpenCC's segments never span a newline (no dictionary entry holds
    one), so its lines are the lines' own conversions."""
    lines = text.splitlines(keepends=True)
    if converted is not None:
        new_lines = converted.splitlines(keepends=True)
        if len(new_lines) == len(lines):
            return zip(lines, new_lines)
    conv = converter(config)
    return ((line, conv.convert(line)) for line in lines)


def conversion_replacements(text: str, config: str = "t2s", converted: str | None = None) -> list[Replacement]:
    """The replacements that turn `text` into its simplified form (`converted`, if already made)."""
    out: list[Replacement] = []
    pos = 0
    for line, new in _line_pairs(text, config, converted):
        if new != line:
            if len(new) == len(line):
                # one replacement from the first to the last converted character of the line:
                # the trace cuts it where earlier edits (pinyin removed) lie inside, and maps
                # its characters one for one
                first = next(i for i, (a, b) in enumerate(zip(line, new)) if a != b)
                last = len(line) - next(i for i, (a, b) in enumerate(zip(reversed(line), reversed(new))) if a != b)
                out.append(Replacement(pos + first, pos + last, new[first:last]))
            else:  # a phrase conversion changed the length: align the line
                ops = SequenceMatcher(None, line, new, autojunk=False).get_opcodes()
                out.extend(Replacement(pos + i1, pos + i2, new[j1:j2]) for tag, i1, i2, j1, j2 in ops if tag != "equal")
        pos += len(line)
    return out
