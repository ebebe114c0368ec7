"""Find pinyin glosses glued after Han characters, so the cleaner can delete them.

Why this rule exists: many scraped campaign pages (often in traditional script)
insert a pinyin reading after characters as anti-scrape noise, e.g.
``電(dian)(dian)信(xin)詐(zha)騙(pian)``, ``問wen4題ti2`` or ``會（huì ）``. The noise
breaks word segmentation, search and de-duplication, so it has to go. But brackets
after Han characters are also real text -- ``（一）``, ``(ATM)``, ``村(居)``,
``縣(xian)(市、區)`` -- so a bracket is only removed when its content is a pinyin
syllable that is a *reading of the Han character right before it* (readings come
from pypinyin; a traditional character pypinyin misses is also looked up through
its OpenCC simplified form). ``我(wo)`` is a gloss, ``我(wa)`` and ``第(er)`` are not.

>>> text = "電(dian)(dian)信(xin)詐騙(pian)，撥打(ATM)我(wa)"
>>> spans = gloss_spans(text)
>>> "".join(text[a:b] for a, b in spans)
'(dian)(dian)(xin)(pian)'
>>> def strip(t):
...     out, prev = [], 0
...     for a, b in gloss_spans(t):
...         out.append(t[prev:a])
...         prev = b
...     return "".join(out) + t[prev:]
>>> strip(text)
'電信詐騙，撥打(ATM)我(wa)'
>>> strip("問wen4題ti2，會 （huì ），女(nu:)，對(du")
'問題，會，女，對'

Accepted gloss forms: toneless (``dui``), tone marks (``wèn``), tone digits
(``wen4``, also bare without brackets when glued right after the character),
ü written ``v``/``u:``/``ü`` (``lue``/``nue`` are taken as ``lüe``/``nüe``),
any number of repeats, spaces around/inside the bracket, ASCII or full-width
brackets, upper case inside brackets, and a gloss cut off at the end of the
text (``對(du``) whose letters are a prefix of a reading.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

import regex

from zhtools.lazyre import lazy_compile


@cache
def pinyin_dict() -> dict[int, str]:
    """pypinyin's table of character readings (code point → "zhōng,zhòng"), loaded alone, and
    only when a page has something that may be a gloss (30 ms: not for a page without one).

    Importing it through the package (`pypinyin.constants`) also loads pypinyin's phrase
    dictionary: 45 MB more in every worker process, for a table we never read.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise ImportError("pypinyin is not installed")
    path = Path(spec.origin).with_name("pinyin_dict.py")
    module_spec = importlib.util.spec_from_file_location("zhtools._pypinyin_dict", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict


__all__ = ["gloss_spans", "is_reading"]

# Horizontal whitespace allowed between the character and the bracket and inside it.
_WS = r"[ \t\u00a0\u3000]"
_OPEN = r"[(\uff08]"
_CLOSE = r"[)\uff09]"
# Letters a syllable may be spelled with: ASCII, Latin-1/Extended-A/B (tone marks,
# ü, ê), ḿ, combining marks, and ':' for "u:". At most 8 of them (longest pinyin
# syllable is 6 letters, "u:" adds one) -- possessive, so no backtracking.
_SYL = r"[A-Za-z\u00c0-\u024f\u1e3f\u0300-\u036f:]{1,8}+[0-5]?+"
# A bracketed gloss (with the spaces before it).
_ITEM = rf"{_WS}*+{_OPEN}{_WS}*+(?P<syl>{_SYL}){_WS}*+{_CLOSE}"
# A bare gloss: lower-case letters + tone digit glued to the character, not
# followed by more letters/digits (so "wen4" yes, "win10"/"abc" no).
_BARE = r"(?P<syl>[a-z\u00fc:]{1,8}+[0-5])(?![A-Za-z0-9])"
# A gloss cut off at the very end of the text (trailing whitespace allowed).
_CUT = rf"{_WS}*+{_OPEN}{_WS}*+(?P<csyl>{_SYL})(?=\s*+\Z)"

# The Han character is looked behind, not matched: a scan that starts at every Han character
# is three times slower than one that starts at a bracket, a space or a letter.
_SCAN = lazy_compile(
    rf"(?<=\p{{Han}})(?:(?P<piece>{_ITEM}|{_BARE})++(?P<cut>{_CUT})?|(?P<cut>{_CUT}))",
    regex.VERSION1,
)
_TRAILING_DIGIT = lazy_compile(r"[0-5]\Z")

_readings_cache: dict[str, frozenset[str]] = {}
_CHECK_CACHE_MAX = 1 << 13  # (character, syllable) pairs: 1.8 MB when full; a miss folds the syllable and looks it up among the readings
_check_cache: dict[tuple[str, str], bool] = {}
_t2s = None  # OpenCC converter, built on first need


def _simplified(char: str) -> str:
    global _t2s
    if _t2s is None:
        import opencc

        _t2s = opencc.OpenCC("t2s")
    return _t2s.convert(char)


def _fold(s: str) -> str:
    """Toneless ASCII spelling of a pinyin syllable, ü as 'v'; '' if not letters."""
    s = _TRAILING_DIGIT.sub("", s.strip().lower())
    s = unicodedata.normalize("NFD", s).replace("u\u0308", "v").replace("u:", "v")
    s = "".join(c for c in s if not "\u0300" <= c <= "\u036f")
    if not (s.isascii() and s.isalpha()):
        return ""
    if s.startswith(("lue", "nue")):  # no such syllables: means lüe / nüe
        s = s[0] + "v" + s[2:]
    elif s[:2] in ("jv", "qv", "xv", "yv"):  # ü after j/q/x/y is spelled u
        s = s[0] + "u" + s[2:]
    return s


def _readings(char: str) -> frozenset[str]:
    """All readings of `char` (folded), including those of its simplified form."""
    got = _readings_cache.get(char)
    if got is None:
        forms = {char}
        simp = _simplified(char)
        if len(simp) == 1:
            forms.add(simp)
        got = frozenset(
            _fold(r) for f in forms for r in pinyin_dict().get(ord(f), "").split(",") if r
        )
        _readings_cache[char] = got
    return got


def is_reading(char: str, syllable: str) -> bool:
    """True when `syllable` (any of the accepted spellings: tone marks, tone digit, v, u:, ü, case-insensitive) is a reading of `char`."""
    if len(char) != 1:
        return False
    folded = _fold(syllable)
    return bool(folded) and folded in _readings(char)


def _is_prefix(char: str, partial: str) -> bool:
    """True when `partial` (a gloss cut off by the end of the text) starts a reading of `char`."""
    folded = _fold(partial)
    if not folded:
        return False
    candidates = [folded]
    if folded.endswith("u"):  # "nu" may be an unfinished "nu:"
        candidates.append(folded[:-1] + "v")
    return any(r.startswith(c) for r in _readings(char) for c in candidates)


def _valid(char: str, syllable: str) -> bool:
    key = (char, syllable)
    ok = _check_cache.get(key)
    if ok is None:
        ok = is_reading(char, syllable)
        if len(_check_cache) >= _CHECK_CACHE_MAX:
            _check_cache.clear()
        _check_cache[key] = ok
    return ok


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of `text` to delete, sorted, non-overlapping; each span covers one whole
    gloss run after a Han char: optional spaces + all repeated brackets (and the spaces between them),
    or a bare tone-digit syllable, or a cut-off gloss at end of text."""
    spans: list[tuple[int, int]] = []
    cache = _check_cache
    for m in _SCAN.finditer(text):
        start = end = m.start()
        char = text[start - 1]
        # Each piece holds exactly one syllable (bracketed or bare), in order. A gloss may also
        # follow the word it reads rather than its character: 貸款(dài) reads 貸.
        pieces = m.spans("piece")
        all_valid = True
        if len(pieces) == 1:  # most glosses: one syllable
            s_start, s_end = m.spans("syl")[0]
            syllable = text[s_start:s_end]
            ok = cache.get((char, syllable))
            if ok is None:
                ok = _valid(char, syllable)
            if not ok and start >= 2 and _valid(text[start - 2], syllable):
                char, ok = text[start - 2], True
            if ok:
                end = pieces[0][1]
            else:
                all_valid = False
        else:
            for (_, p_end), (s_start, s_end) in zip(pieces, m.spans("syl"), strict=False):
                key = (char, text[s_start:s_end])
                ok = cache.get(key)
                if ok is None:
                    ok = _valid(*key)
                if not ok:
                    all_valid = False
                    break
                end = p_end
        # a cut-off gloss ends the match when it reaches past the last piece (or there is none)
        if all_valid and (not pieces or m.end() > pieces[-1][1]) and _is_prefix(char, m.captures("csyl")[-1]):
            end = m.end()
        if end > start:
            spans.append((start, end))
    return spans


def strip_glosses(text: str) -> str:
    """`text` without the glosses `gloss_spans` finds, as the `pinyin` rule leaves it.

    >>> strip_glosses("來源:青衿實(shí)踐(jiàn)團")
    '來源:青衿實踐團'
    """
    out, prev = [], 0
    for start, end in gloss_spans(text):
        out.append(text[prev:start])
        prev = end
    return "".join(out) + text[prev:]
