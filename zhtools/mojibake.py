"""Mojibake: runs of a page that are bytes read with the wrong codec, found and, where the bytes
allow, read back into the text they were.

Two garbles are spliced into otherwise clean pages (PHENOMENA §6.4):

- **slip**: GBK text read one byte out of step. A byte was lost (the reader shows `?`, or
  nothing), every following pair of bytes straddles two original characters, and the reader
  falls back into step at an ASCII byte or the next lost byte. `為確保活動取得實效` came out as
  `為確?;顒尤〉脤嵭?`: `;` is `；` (a3 bb) narrowed to ASCII, made of the last byte of 保 and
  the first of 活. Pairs that land in GBK's user-defined area are dropped by the reader, so two
  bytes can also be missing inside a run (要怎 `d2 aa d4 f5` read as `d2 [aa d4] f5`).
- **utf8**: UTF-8 bytes read as GBK/GB18030: `活动方案` → `娲诲姩鏂规`. `锟斤拷` is the extreme
  case, U+FFFD's own bytes misread: a run with nothing to recover (`repair` None).

A stretch is mojibake when re-encoding it and decoding it the way it was meant reads much
better than the stretch itself. "Reads better" is a score: the log-probability of the likeliest
segmentation into words of jieba's dictionary (traditional text is scored in simplified). A
garble (`顒拥靡皂樌`: rare characters that make no words) loses to its repair (`活動得以順`);
real text (rare names, classical words, a `?` ending a question) reads worse re-decoded. The
repair must also hold a dictionary word (or match the pinyin gloss the site glued after it).

A repair is what the bytes say. A character of which only one byte survived is `�` (U+FFFD):
the `?` of `為確?` stood for the first byte of 保, only its second byte is known. Where the
reader dropped a pair, the word around it is restored only when a dictionary word fits the
remaining bytes (`?!闭_` → `�”正確`): the likeliest reading, not a certainty, and where none
fits, the repair keeps the wrong character the bytes give (`要怎` read back as `阴`).

Cost on a clean page: one compiled regex of what mojibake is made of (rare GBK characters and
symbols, private-use characters, `?`/`;` before a Han character) stops about twice per thousand
characters of the corpus; a quick byte test around each stop drops 85% of them; the rest is
scored in a window of MAX_RUN characters. Linear in the page, about 0.5 s per MB of text never
seen before (0.05 s for a page in simplified script, which has fewer rare characters).

>>> text = "為確?;顒尤〉脤嵭?，特制定本方案。"
>>> [(text[r.start:r.end], r.repair) for r in mojibake_runs(text)]
[('?;顒尤〉脤嵭?', '�活動取得實�')]
>>> mojibake_runs("為確保活動取得實效，特制定本方案。你知道嗎?李龑說不知道。")
[]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import opencc

from zhtools.tablecache import cached, jieba_dictionary

# --- tables -----------------------------------------------------------------------------------

# What a reader shows for a byte it could not use.
LOST = "?\ufffd"
# U+FFFD's UTF-8 (ef bf bd) twice, read as GBK: text already lost once, then misread. A run of
# it is mojibake with nothing to recover.
LOST_TWICE = "锟斤拷"
# Full-width punctuation that pages (or our cleaner) narrow to ASCII: inside a garbled run each
# one is still a GBK pair (`；` a3 bb, `！` a3 a1) made of two halves of original characters.
NARROWED = {"!": "！", ";": "；", ",": "，", ":": "：", "(": "（", ")": "）"}
SEED_FIRSTS = frozenset(LOST_TWICE[0] + "?;\ufffd")  # what a seed may start with besides the rare and private-use characters
# ASCII bytes that can end a GBK pair (0x40-0x7e): a garble like `闭_` holds them.
TRAIL_ASCII = frozenset(map(chr, range(0x40, 0x7F)))
# GBK's user-defined areas as (lead bytes, trail bytes): a reader drops such a pair.
USER_DEFINED = (
    (range(0xAA, 0xB0), range(0xA1, 0xFF)),
    (range(0xF8, 0xFF), range(0xA1, 0xFF)),
    (range(0xA1, 0xA8), range(0x40, 0xA1)),
)
# GB2312 level 1 (3,755 characters) as (lead bytes, trail bytes): with their traditional forms,
# the characters that do not make a page suspect.
LEVEL1 = (range(0xB0, 0xD8), range(0xA1, 0xFF))
# OpenCC configurations whose output is standard traditional text: a character they never
# produce is a variant, scored as rare.
STANDARD_FORMS = ("s2t", "s2tw", "s2hk")
# Punctuation common in real text; any other GBK symbol (`〉`, `×`, `π`) is as odd as a rare character.
COMMON_PUNCTUATION = "，、。．・·：；？！…—～‘’“”（）〔〕［］《》〈〉「」『』【】\u3000"  # \u3000: the indent of every other page
# ASCII that real Chinese text holds; the rest (`_`, `[`, `^`...) is as odd as a rare character.
COMMON_ASCII = " \t!\"#%&'()*+,-./:;<=>?"
# A pinyin gloss glued after a character (`總結(jié)`), as some sites print them.
GLOSS_AFTER = re.compile(r"[(（]\s*([A-Za-z\u00c0-\u024f:]{1,8}[0-5]?)\s*[)）]")

# --- thresholds (log10 units of the word score) ------------------------------------------------

MIN_GAIN = 6.0  # the repair must read a million times likelier than the garble...
MIN_GAIN_PER_CHAR = 1.5  # ...and better for each garbled character
MIN_BODY = 3  # garbled characters (markers excluded) in a run...
MIN_BODY_GLOSSED = 2  # ...or in one whose repair the pinyin gloss after it confirms
MAX_RUN = 24  # characters in one run, markers included (touching runs are then merged)
MERGE_GAP = 2  # characters between two runs of one garble that are taken into the merged run
GIVE_UP = 8.0  # the search stops extending a run once its gain fell this far below the best
EXTEND = 2  # characters the full reading (dropped pairs restored) may add to the quick search's run
CONTEXT = 2  # characters each side scored with a run, so words across its edges count
FREQUENT_CHAR = -4.0  # a character this likely is taken as read; a rarer one may hide a dropped pair
DROPPED_PAIR_COST = 0.25  # the prior cost of assuming the reader dropped a pair inside a run
ASCII_IN_SLIP_COST = 3.0  # an ASCII letter or digit that a slip's repair puts among Han characters
OTHER_COST = -3.0  # common punctuation and ASCII in the word score
LOST_COST = -4.5  # a `?` or `�`: a little worse than a common character, so no clean one is traded for it


@dataclass(frozen=True)
class Run:
    """`text[start:end]` is garbled; `repair` is the original text when the bytes allow it
    (`�` for a character of which a byte was lost)."""

    start: int
    end: int
    repair: str | None


class Reading(NamedTuple):
    """A candidate repair and its prior cost (log10): what it assumed beyond the bytes."""

    text: str
    cost: float = 0.0


# --- character tables, built on the first page that needs them -----------------------------------


@cache
def gbk_table() -> dict[tuple[int, int], str]:
    """Every GBK byte pair that is a character, and that character."""
    table = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                table[lead, trail] = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                pass
    return table


def gbk_char(pair: tuple[int, int]) -> str | None:
    """The character a GBK byte pair stands for, or None.

    >>> gbk_char((0xB1, 0xA3)), gbk_char((0xAA, 0xD4))
    ('保', None)
    """
    return gbk_table().get(pair)


def convert_each(chars: list[str], config: str) -> list[str]:
    """Each character converted alone by an OpenCC configuration."""
    converter = opencc.OpenCC(config)
    converted = converter.convert("\n".join(chars)).split("\n")
    return converted if len(converted) == len(chars) else [converter.convert(c) for c in chars]


@cache
def simplified_forms() -> dict[int, str]:
    """`_simplified_forms`, cached on disk."""
    import opencc as package

    return cached("simplified_forms", _simplified_forms, Path(package.__file__), Path(__file__))


def _simplified_forms() -> dict[int, str]:
    """Each standard traditional character of GBK and its simplified form, for `str.translate`
    (a character at a time: enough for scoring, far cheaper than OpenCC per call).

    Only forms that simplified text converts to (s2t, s2tw, s2hk) count: OpenCC also simplifies
    rare variants (`鎭` → 镇), and a garble full of them must not read as common text.
    """
    repertoire = list(gbk_table().values())
    simplified = convert_each(repertoire, "t2s")
    standard = {t for config in STANDARD_FORMS for t in convert_each(simplified, config)}
    return {ord(c): s for c, s in zip(repertoire, simplified) if len(s) == 1 and s != c and c in standard}


@cache
def common_chars() -> frozenset[str]:
    """GB2312 level-1 characters, the traditional characters whose simplified form is one of
    them, and common punctuation."""
    level1 = {c for c in (gbk_char((a, b)) for a in LEVEL1[0] for b in LEVEL1[1]) if c}
    traditional = {chr(o) for o, s in simplified_forms().items() if s in level1}
    return frozenset(level1 | traditional | set(COMMON_PUNCTUATION))


@cache
def _rare_class() -> str:
    """The rare GBK characters and symbols, as the inside of a character class."""
    import opencc as package

    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a))
                   for a, b in cached("rare_gbk_ranges", _rare_ranges, Path(package.__file__), Path(__file__)))


@cache
def _rare_bounds() -> tuple[list[int], list[int]]:
    """The rare ranges of `_rare_class` as two sorted lists, their first and last code points."""
    import opencc as package

    ranges = cached("rare_gbk_ranges", _rare_ranges, Path(package.__file__), Path(__file__))
    return [a for a, _ in ranges], [b for _, b in ranges]


def may_hold_seed(text: str) -> bool:
    """Whether some character of `text` can start a seed (`seed_start`), asked without compiling
    the class of 3,700 ranges: `zhtools clean` of a small page without any spent 0.01 s on it."""
    firsts, lasts = _rare_bounds()
    for c in set(text):
        o = ord(c)
        if c in SEED_FIRSTS or 0xE000 <= o <= 0xF8FF:
            return True
        k = bisect_right(firsts, o) - 1
        if k >= 0 and o <= lasts[k]:
            return True
    return False


@cache
def seed_pattern() -> re.Pattern[str]:
    """Where mojibake may be: a rare GBK character or symbol, a private-use character (a
    user-defined pair read by GB18030), a lost-byte marker or `;` before a Han character; or,
    as group `lost`, LOST_TWICE repeated."""
    narrowed = re.escape("".join(NARROWED))
    return re.compile(rf"(?P<lost>(?:{LOST_TWICE})+)|[{_rare_class()}\ue000-\uf8ff]|[?;\ufffd][{narrowed}]?(?=[\u3400-\u9fff])")


@cache
def seed_start() -> re.Pattern[str]:
    """The characters a seed (`seed_pattern`) can start with, as one class: `re` scans for a
    pattern that starts with a class in a tight loop, where it tries each branch of the seed
    pattern at every position (six times as slow on the bench crawl's pages)."""
    return re.compile(rf"[{re.escape(LOST_TWICE[0])}{_rare_class()}\ue000-\uf8ff?;\ufffd]")


# Shorter texts are searched with the seed pattern alone: `zhtools clean` of a small page need
# not compile a second class of 3,700 ranges (6 ms).
SCAN_FROM = 5000


def next_seed(text: str, pos: int) -> re.Match[str] | None:
    """`seed_pattern().search(text, pos)`: the first place a seed's first character stands where
    the seed pattern matches."""
    pattern = seed_pattern()
    if len(text) < SCAN_FROM:
        return pattern.search(text, pos)
    start = seed_start()
    while (found := start.search(text, pos)) is not None:
        m = pattern.match(text, found.start())
        if m is not None:
            return m
        pos = found.start() + 1
    return None


def _rare_ranges() -> list[tuple[int, int]]:
    """The GBK characters not in `common_chars`, as runs of consecutive code points: a class
    of 3,700 ranges compiles in a third of the time of 16,700 characters, and the runs are
    cached on disk, so a short-lived `zhtools clean` builds neither."""
    common = common_chars()
    runs: list[tuple[int, int]] = []
    for o in sorted({ord(c) for c in gbk_table().values() if c not in common}):
        if runs and runs[-1][1] == o - 1:
            runs[-1] = (runs[-1][0], o)
        else:
            runs.append((o, o))
    return runs


@cache
def word_logp() -> dict[str, float]:
    """log10 probability of each word of jieba's dictionary (up to four characters), cached on disk."""
    return cached("word_logp", _word_logp, jieba_dictionary(), Path(__file__))


def _word_logp() -> dict[str, float]:
    counts: dict[str, int] = {}
    with jieba_dictionary().open(encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split(" ")
            if len(word) <= 4 and int(freq) > 0:
                counts[word] = int(freq)
    log_total = math.log10(sum(counts.values()))
    # One float object per frequency, not per word: marshal keeps them shared (35.1 MB in a process instead of 43.2).
    logp = {n: math.log10(n) - log_total for n in set(counts.values())}
    return {w: logp[n] for w, n in counts.items()}


@cache
def two_char_words() -> dict[str, str]:
    """The dictionary's two-character words, as first character → the characters that follow it,
    in one string (cached on disk: pages with a seed need it before any word probability). A
    string, not a set of one-character strings: 1.1 MB in every process instead of 16.8 MB."""
    return cached("two_char_words", _two_char_words, jieba_dictionary(), Path(__file__))


def _two_char_words() -> dict[str, str]:
    follows: dict[str, set[str]] = {}
    for word in word_logp():
        if len(word) == 2:
            follows.setdefault(word[0], set()).add(word[1])
    return {first: "".join(sorted(seconds)) for first, seconds in follows.items()}


@cache
def unknown_cost() -> float:
    """The cost of a character outside the dictionary: that of a word seen once."""
    return min(word_logp().values())


# --- the word score ------------------------------------------------------------------------------


def is_han(c: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u3400" <= c <= "\u9fff"


def char_cost(c: str) -> float:
    """The score of a character that starts no word: its own as a word, or a fixed one."""
    if is_han(c):
        return word_logp().get(c, unknown_cost())
    if c in LOST:
        return LOST_COST
    if c.isalnum() and c < "\u0250" or c in COMMON_ASCII or c in COMMON_PUNCTUATION:  # `ū` of pinyin too
        return OTHER_COST
    return unknown_cost()  # `〉`, `×`, `π`, kana: symbols that prose rarely holds


@lru_cache(maxsize=16384)  # short texts around seeds, seldom met twice across pages: 3 MB when full (13 MB at 65,536)
def word_score(text: str) -> float:
    """log10 probability of the likeliest segmentation of `text` into dictionary words.

    >>> word_score("活動得以順利") > word_score("顒拥靡皂樌") + 10
    True
    """
    logp = word_logp()
    s = text.translate(simplified_forms())
    best = [0.0] * (len(s) + 1)
    for i in range(len(s) - 1, -1, -1):
        score = char_cost(s[i]) + best[i + 1]
        if is_han(s[i]):
            for j in range(i + 2, min(len(s), i + 4) + 1):
                p = logp.get(s[i:j])
                if p is not None and p + best[j] > score:
                    score = p + best[j]
        best[i] = score
    return best[0]


def has_word(repair: str, left: str = "", right: str = "") -> bool:
    """Whether the repair holds a dictionary word of two or more Han characters, or makes one
    with the text around it: a garble of real text gives words back, a re-reading of real rare
    words rarely does.

    >>> has_word("�新型詐"), has_word("�挎�"), has_word("�型詐", right="騙子")
    (True, False, True)
    """
    words = word_logp()
    s = (left + repair + right).translate(simplified_forms())
    first, last = len(left), len(left) + len(repair)  # a word must take in a repaired character
    return any(
        s[i : i + n] in words
        for n in (2, 3, 4)
        for i in range(max(0, first - n + 1), min(last, len(s) - n + 1))
        if all(map(is_han, s[i : i + n]))
    )


# --- reading a candidate run back -----------------------------------------------------------------


def split_markers(run: str) -> tuple[int, str, int]:
    """(lost-byte markers before, body, lost-byte markers after) of a candidate run.

    >>> split_markers("??偨Y?")
    (2, '偨Y', 1)
    """
    body = run.lstrip(LOST)
    stripped = body.rstrip(LOST)
    return len(run) - len(body), stripped, len(body) - len(stripped)


@cache  # one entry per character ever seen: bounded by Unicode
def reader_bytes(c: str) -> bytes | None:
    """The bytes a GBK reader turned into `c`: a pair, or one ASCII byte that can end a pair.

    >>> reader_bytes("顒"), reader_bytes(";"), reader_bytes("_"), reader_bytes("1")
    (b'\\xee\\x84', b'\\xa3\\xbb', b'_', None)
    """
    c = NARROWED.get(c, c)
    if c in TRAIL_ASCII:
        return c.encode("ascii")
    try:
        data = c.encode("gb18030")  # not gbk: gb18030 maps private-use characters back to user-defined pairs
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 else None


def body_bytes(body: str) -> bytes | None:
    """The bytes behind a run's body, or None when a character cannot come from a GBK reader."""
    parts = [reader_bytes(c) for c in body]
    return b"".join(p for p in parts if p is not None) if all(p is not None for p in parts) else None


Unit = tuple[str | None, bytes]  # a character read in step (None: a pair that is none) and its bytes


def gbk_units(data: bytes) -> list[Unit] | None:
    """`data` read in step as GBK. A last lead byte without its trail is `�`; a byte that can
    start nothing fails.

    >>> gbk_units(bytes.fromhex("bbee84d3b5"))
    [('活', b'\\xbb\\xee'), ('動', b'\\x84\\xd3'), ('�', b'\\xb5')]
    """
    units: list[Unit] = []
    i = 0
    while i < len(data):
        if data[i] < 0x80:
            units.append((chr(data[i]), data[i : i + 1]))
            i += 1
        elif data[i] in (0x80, 0xFF):
            return None
        elif i + 1 == len(data):
            units.append(("\ufffd", data[i:]))
            i += 1
        else:
            units.append((gbk_char((data[i], data[i + 1])), data[i : i + 2]))
            i += 2
    return units


@cache
def chars_ending_in(trail: int, leads: range) -> dict[str, tuple[str, ...]]:
    """The characters `[Y trail]` with Y in `leads`, by simplified form."""
    simplified = simplified_forms()
    found: dict[str, list[str]] = {}
    for y in leads:
        second = gbk_char((y, trail))
        if second is not None:
            found.setdefault(second.translate(simplified), []).append(second)
    return {s: tuple(cs) for s, cs in found.items()}


@cache
def dropped_pair_readings(lead: int, trail: int) -> tuple[tuple[str, str], ...]:
    """The words `[lead X][Y trail]` could have been, where `[X Y]` is a user-defined pair the
    reader dropped. Only readings that make a dictionary word (`正確`) are offered: with a free
    choice of two bytes, some reading would fit anything.

    >>> ("正", "確") in dropped_pair_readings(0xD5, 0x5F)
    True
    """
    simplified, follows = simplified_forms(), two_char_words()
    readings = []
    for xs, ys in USER_DEFINED:
        seconds = chars_ending_in(trail, ys)
        for x in xs:
            first = gbk_char((lead, x))
            if first is not None:
                for match in set(follows.get(first.translate(simplified), "")) & seconds.keys():
                    readings.extend((first, second) for second in seconds[match])
    return tuple(readings)


@lru_cache(maxsize=65536)
def reading_of_pair(before: str, char: str | None, pair: bytes, after: str) -> tuple[str, ...] | None:
    """A pair read in step, between its neighbours: the character it is, or the word around a
    dropped pair when that scores better by more than DROPPED_PAIR_COST (the only choice when
    the pair is no character). None when neither reads.

    >>> reading_of_pair("�”", "誣", bytes.fromhex("d55f"), "的做")
    ('正', '確')
    >>> reading_of_pair("活動", "方", bytes.fromhex("b7bd"), "案")
    ('方',)
    """
    if char is not None and char_cost(char.translate(simplified_forms())) >= FREQUENT_CHAR:
        return (char,)
    best, best_score = ((char,), word_score(before + char + after)) if char else (None, -math.inf)
    for reading in dropped_pair_readings(pair[0], pair[1]):
        score = word_score(before + "".join(reading) + after) - DROPPED_PAIR_COST
        if score > best_score:
            best, best_score = reading, score
    return best


def restore_dropped_pairs(units: list[Unit], restore: bool = True) -> Reading | None:
    """The units' characters, with dropped pairs restored where they read better (without
    `restore`, the quick reading used by the search: a pair that is no character is `�`)."""
    out: list[str] = []
    restored = 0
    for i, (char, data) in enumerate(units):
        if len(data) < 2 or not restore:
            out.append(char or "\ufffd")
            continue
        after = "".join(c or "\ufffd" for c, _ in units[i + 1 : i + 1 + CONTEXT])
        reading = reading_of_pair("".join(out[-CONTEXT:]), char, data, after)
        if reading is None:
            return None
        restored += len(reading) == 2
        out.extend(reading)
    return Reading("".join(out), restored * DROPPED_PAIR_COST)


def slip_repair(run: str, restore: bool = True) -> Reading | None:
    """What a run of GBK text read one byte out of step was, or None.

    The body's first byte is the second half of a character whose first byte was lost (as the
    `?` before the run, or silently), so that character is `�`; so is a last character whose
    second byte was lost (the `?` after the run, or silently).

    >>> slip_repair(";顒拥靡皂樌").text
    '�活動得以順�'
    >>> slip_repair("?!闭_")
    Reading(text='�”正確', cost=0.25)
    """
    _, body, after = split_markers(run)
    data = body_bytes(body)
    if data is None or len(data) < 3 or after > 1 or data[0] < 0x80:  # an ASCII first byte puts nothing out of step
        return None
    units = gbk_units(data[1:])
    if units is None or (after and units[-1][0] != "\ufffd"):  # a `?` after the run is a lost second byte
        return None
    reading = restore_dropped_pairs(units, restore)
    if reading is None:
        return None
    letters = sum(c.isascii() and c.isalnum() for c in reading.text)
    return Reading("\ufffd" + reading.text, reading.cost + letters * ASCII_IN_SLIP_COST)


def utf8_segment(data: bytes) -> str | None:
    """UTF-8 bytes cut at both ends: a character begun before or ended after them is `�`.

    >>> utf8_segment(bytes.fromhex("b4bbe58aa8e6"))
    '�动�'
    """
    start = 0
    while start < min(len(data), 3) and 0x80 <= data[start] < 0xC0:
        start += 1
    end = len(data)
    for back in range(1, min(4, len(data) - start + 1)):
        byte = data[end - back]
        if byte >= 0xC0:  # a lead byte: cut it off if its sequence is short
            if back < (2 if byte < 0xE0 else 3 if byte < 0xF0 else 4):
                end -= back
            break
        if byte < 0x80:
            break
    try:
        text = data[start:end].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(c < " " for c in text):
        return None
    return "\ufffd" * (start > 0) + text + "\ufffd" * (end < len(data))


def utf8_repair(run: str, restore: bool = True) -> Reading | None:
    """What a run of UTF-8 text read as GBK or GB18030 was, or None. A `?` or `�` inside the run
    is a byte the reader lost; one `�` stands for the characters the lost bytes cut. (`restore`
    only matters to slip_repair.)

    >>> utf8_repair("娲诲姩鏂规\\ue50d鎬庝箞鍒跺畾")
    Reading(text='活动方案怎么制定', cost=0.0)
    """
    before, body, after = split_markers(run)
    segments = re.split(f"[{LOST}]", body)
    parts = []
    for i, segment in enumerate(segments):
        data = body_bytes(segment)
        decoded = None if not data or data.isascii() else utf8_segment(data)
        if decoded is None or (i in (0, len(segments) - 1) and not decoded.strip("\ufffd")):  # an end that reads as nothing is no garble
            return None
        parts.append(decoded)
    repair = "\ufffd" * before + "\ufffd".join(parts) + "\ufffd" * after
    return Reading(re.sub("\ufffd+", "\ufffd", repair))  # how many characters the lost bytes held is unknown


REPAIRS: dict[str, Callable[[str, bool], Reading | None]] = {"slip": slip_repair, "utf8": utf8_repair}


# --- quick tests: is a candidate worth scoring? -----------------------------------------------------


def frequent(c: str | None) -> bool:
    """A character common enough to be taken as read (FREQUENT_CHAR)."""
    return c is not None and char_cost(c.translate(simplified_forms())) >= FREQUENT_CHAR


def slip_likely(text: str, anchor: int, lo: int, hi: int) -> bool:
    """A pair read out of step straddles two original characters, so the anchor's bytes joined
    with a neighbour's make a frequent character (or both make common ones); or a lost-byte
    marker comes just before the anchor.

    >>> slip_likely("活顒拥", 1, 0, 3), slip_likely("李龑說", 1, 0, 3), slip_likely("?偨Y", 1, 0, 3)
    (True, False, True)
    """
    data = reader_bytes(text[anchor])
    if data is None or len(data) < 2:
        return False
    if anchor > lo and text[anchor - 1] in LOST:
        return True
    before = reader_bytes(text[anchor - 1]) if anchor > lo else None
    after = reader_bytes(text[anchor + 1]) if anchor + 1 < hi else None
    straddles = [gbk_char((before[-1], data[0])) if before else None, gbk_char((data[1], after[0])) if after else None]
    common = common_chars()
    return any(map(frequent, straddles)) or all(c in common for c in straddles)


def utf8_likely(text: str, anchor: int, lo: int, hi: int) -> bool:
    """The bytes around the anchor hold UTF-8 for two Han characters.

    >>> utf8_likely("娲诲姩鏂规", 2, 0, 5), utf8_likely("李龑說了話", 1, 0, 5)
    (True, False)
    """
    data = b"".join(filter(None, map(reader_bytes, text[max(lo, anchor - 2) : min(hi, anchor + 3)])))
    return sum(map(is_han, data.decode("utf-8", errors="replace"))) >= 2


LIKELY: dict[str, Callable[[str, int, int, int], bool]] = {"slip": slip_likely, "utf8": utf8_likely}


def anchor_of(text: str, seed: int, hi: int) -> int:
    """The seed's first character that is neither a lost-byte marker nor narrowed punctuation."""
    while seed < hi - 1 and (text[seed] in LOST or text[seed] in NARROWED):
        seed += 1
    return seed


# --- finding runs ------------------------------------------------------------------------------------


def gain(text: str, start: int, end: int, repair: Reading) -> float:
    """How much better the repair reads than the run, with CONTEXT characters each side, less
    what the repair assumed."""
    left, right = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    return word_score(left + repair.text + right) - word_score(left + text[start:end] + right) - repair.cost


def gloss_confirms(text: str, end: int, repair: str) -> bool:
    """Whether a pinyin gloss right after the run is a reading of the repair's last character:
    the site glossed the original text.

    >>> gloss_confirms("??偨Y(jié)", 4, "�結"), gloss_confirms("??偨Y(hǎo)", 4, "�結")
    (True, False)
    """
    from zhtools.pinyin import is_reading  # imported here: it loads pypinyin's table

    m = GLOSS_AFTER.match(text, end)
    return m is not None and bool(repair) and is_han(repair[-1]) and is_reading(repair[-1], m.group(1))


def accepted(text: str, start: int, end: int, repair: Reading) -> float | None:
    """The run's gain when it clears the thresholds and the repair shows evidence (a word, or
    a confirming gloss), else None."""
    body = split_markers(text[start:end])[1]
    if len(body) < MIN_BODY_GLOSSED:
        return None
    g = gain(text, start, end, repair)
    if g < MIN_GAIN or g < MIN_GAIN_PER_CHAR * len(body):
        return None
    if gloss_confirms(text, end, repair.text):
        return g
    left, right = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    return g if len(body) >= MIN_BODY and has_word(repair.text, left, right) else None


Memo = dict[tuple[str, int, int], float]  # (repair name, start, end) → quick gain


def search(text: str, seed: int, lo: int, hi: int, name: str, memo: Memo) -> tuple[int, int] | None:
    """The span around `seed` (within [lo, hi)) whose quick repair gains most.

    Coordinate ascent (the best end for the seed's own start, then the best start, then the
    best end again) rather than every span: a run gains for each garbled character it takes in
    and loses for each clean one, so its two ends can be found one after the other. A run never
    starts just after a lost-byte marker: the markers belong to it.
    """
    repair_fn = REPAIRS[name]

    def value(start: int, end: int) -> float:
        if (name, start, end) not in memo:  # shared by a page's seeds: their windows overlap
            repair = repair_fn(text[start:end], False)
            memo[name, start, end] = -math.inf if repair is None else round(gain(text, start, end, repair), 6)
        return memo[name, start, end]

    def best_end(start: int) -> int:
        best, best_value = seed + 1, -math.inf
        for end in range(seed + 1, min(hi, start + MAX_RUN) + 1):
            v = value(start, end)
            if v > best_value:
                best, best_value = end, v
            elif v < best_value - GIVE_UP:  # clean text after the run: further characters only lose
                break
        return best

    starts = [s for s in range(max(lo, seed - MAX_RUN + 1), seed + 1) if s == lo or text[s - 1] not in LOST]
    start = starts[-1]
    end = best_end(start)
    start = max(starts, key=lambda s: (value(s, min(end, s + MAX_RUN)), s))
    end = best_end(start)
    return None if value(start, end) == -math.inf else (start, end)


def best_run(text: str, seed: int, lo: int, hi: int, memo: Memo) -> tuple[str, Run] | None:
    """The repair's name and the run around the seed that gain most, when they are accepted.
    The quick search's span is read in full (dropped pairs restored), also a little longer."""
    best: tuple[float, str, Run] | None = None
    anchor = anchor_of(text, seed, hi)
    for name, repair_fn in REPAIRS.items():
        span = search(text, seed, lo, hi, name, memo) if LIKELY[name](text, anchor, lo, hi) else None
        if span is None:
            continue
        start = span[0]
        for end in range(span[1], min(hi, start + MAX_RUN, span[1] + EXTEND) + 1):
            repair = repair_fn(text[start:end], True)
            if repair is None:
                continue
            end, repair = trimmed(text, start, end, repair)
            g = accepted(text, start, end, repair)
            if g is not None and (best is None or round(g, 6) > round(best[0], 6)):
                best = (g, name, Run(start, end, repair.text))
    return None if best is None else (best[1], best[2])


# A page's seeds come back in every pass of the fixed point (mojibake runs in each, and other rules seldom touch them),
# and pages of one site share lines: best_run's answer is kept by the stretch of text it reads. It reads [lo, hi) and
# CONTEXT characters each side (gain, has_word), and a gloss right after a run's end (gloss_confirms: GLOSS_AFTER, whose
# characters are brackets, spaces, letters, a colon and tone digits), so the stretch runs from lo - CONTEXT to past the
# first character after hi + CONTEXT that no gloss can hold (tests/test_mojibake.py compares with best_run afresh).
GLOSS_STRETCH = re.compile(r"[\s(（)）A-Za-z\u00c0-\u024f:0-5]*")
RUN_CACHE_MAX = 1 << 12  # windows (about 64 characters each)
_run_cache: dict[tuple[str, int, int, int], tuple[str, Run] | None] = {}


def cached_best_run(text: str, seed: int, lo: int, hi: int, memo: Memo) -> tuple[str, Run] | None:
    """`best_run`, kept by the text it reads and the offsets within it."""
    a = max(0, lo - CONTEXT)
    b = GLOSS_STRETCH.match(text, min(hi + CONTEXT, len(text))).end() + 1
    key = (text[a:b], seed - a, lo - a, hi - a)
    if key in _run_cache:
        found = _run_cache[key]
        return None if found is None else (found[0], Run(found[1].start + a, found[1].end + a, found[1].repair))
    found = best_run(text, seed, lo, hi, memo)
    if len(_run_cache) >= RUN_CACHE_MAX:
        _run_cache.clear()
    _run_cache[key] = None if found is None else (found[0], Run(found[1].start - a, found[1].end - a, found[1].repair))
    return found


def trimmed(text: str, start: int, end: int, repair: Reading) -> tuple[int, Reading]:
    """The run without the characters its repair leaves as they are at its end: after the
    reader fell back into step, text reads the same both ways and is no part of the garble.

    >>> trimmed("?!闭_的做", 0, 6, Reading("�”正確的做"))
    (4, Reading(text='�”正確', cost=0.0))
    """
    same = 0
    while same < min(end - start, len(repair.text)) - 1 and text[end - same - 1] == repair.text[-same - 1] not in LOST:
        same += 1
    return (end - same, repair._replace(text=repair.text[: len(repair.text) - same])) if same else (end, repair)


def merged(text: str, previous: tuple[str, Run], current: tuple[str, Run]) -> tuple[str, Run] | None:
    """Two runs of one garble, touching or all but (MERGE_GAP), as one run read whole, when that
    is accepted: a long garble is found a piece at a time, and the pieces' repairs are wrong
    where the bytes were cut."""
    (name, a), (other, b) = previous, current
    if name != other or name not in REPAIRS or b.start - a.end > MERGE_GAP:
        return None
    repair = REPAIRS[name](text[a.start : b.end], True)
    if repair is None:
        return None
    end, repair = trimmed(text, a.start, b.end, repair)
    return None if accepted(text, a.start, end, repair) is None else (name, Run(a.start, end, repair.text))


def window(text: str, seed: int) -> tuple[int, int]:
    """The stretch a run through the seed may span: its line, at most MAX_RUN characters each
    side (looked up within those bounds, so one-line pages stay linear)."""
    reach = MAX_RUN + EXTEND
    lo = text.rfind("\n", max(0, seed - reach), seed) + 1 or max(0, seed - reach)
    hi = text.find("\n", seed, seed + reach + 1)
    return lo, min(len(text), seed + reach + 1) if hi < 0 else hi


def _in_a_word(text: str, seed: int) -> bool:
    """Whether the seed is a Han character forming a two-character dictionary word with the
    character before or after it: a garble reads as rare characters that make no word."""
    c = text[seed]
    if not "\u3400" <= c <= "\u9fff":
        return False
    words = two_char_words()
    before = text[seed - 1] if seed else ""
    after = text[seed + 1] if seed + 1 < len(text) else ""
    return c in words.get(before, "") or (after != "" and after in words.get(c, ""))  # one character in a string of them


def _in_a_latin_word(text: str, seed: int) -> bool:
    """Whether the seed is a Latin letter (GBK holds pinyin's toned vowels: à, ǐ, ü…) beside an
    ASCII letter: a word such as the gloss "(zhuān)", never the pairs of Han-range characters a
    garble makes. On a page glossed with tone marks, these were most of the seeds."""
    if not "\u00c0" <= text[seed] <= "\u024f":  # Latin letters with diacritics
        return False
    before = text[seed - 1] if seed else ""
    after = text[seed + 1] if seed + 1 < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


RARE_AFTER_MARKER = 4  # a lost-byte marker seeds a garble only with a rare character this close after it


def _plain_punctuation(text: str, m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether a `?` or `;` seed is punctuation: no rare character follows it closely (a
    garble's marker comes with garbled characters: ";顒拥靡皂樌", not "个人隐私;在遇到电话")."""
    if m.group("lost") or text[m.start()] not in "?;" or m.end() - m.start() > 1:  # "?!闭_": a marker and a narrowed byte
        return False
    near = pattern.search(text, m.start() + 1, m.start() + 1 + RARE_AFTER_MARKER)
    return near is None or text[near.start()] in "?;"


def mojibake_runs(text: str) -> list[Run]:
    """The garbled runs of `text`, in order, each with its repair when the bytes allow one."""
    if len(text) < SCAN_FROM and not seed_pattern.cache_info().currsize and not may_hold_seed(text):
        return []  # no seed can start here (the seed pattern would find none): no pattern to compile
    # (Once the pattern is compiled, its own search, in C, says the same of a page far faster than
    # `may_hold_seed`'s look-up of each distinct character, which was half of what mojibake cost the
    # 1,366 chrome-free gold pages: 0.232 -> 0.118 s a pass over them.)
    pattern = seed_pattern()
    found: list[tuple[str, Run]] = []
    memo: Memo = {}
    position = floor = 0  # the next seed is looked for from `position`; runs start at `floor` or later
    while (m := next_seed(text, position)) is not None:
        seed = m.start()
        if _in_a_word(text, seed) or _in_a_latin_word(text, seed) or _plain_punctuation(text, m, pattern):
            position = seed + 1  # "陷阱", "浏览", the tone mark of "(zhà)", "隐私;在遇到": not a garble
            continue
        lo, hi = window(text, seed)
        hit = ("lost", Run(seed, m.end(), None)) if m.group("lost") else cached_best_run(text, seed, max(lo, floor), hi, memo)
        if hit is None:
            position = seed + 1
            continue
        joined = merged(text, found[-1], hit) if found else None
        if joined is not None:
            found[-1] = joined
        else:
            found.append(hit)
        position = floor = hit[1].end
    return [run for _, run in found]
