"""Traditional → simplified conversion with OpenCC, as replacements that keep offsets exact.

We use OpenCC's `t2s` (the `opencc` C++ binding), not `tw2sp`: the latter also rewrites
Taiwanese vocabulary (资料→数据, 影片→视频), which would change what the documents say.

>>> to_simplified("電信詐騙工作總結")
'电信诈骗工作总结'
>>> script_of("電信詐騙工作總結"), script_of("电信诈骗工作总结"), script_of("abc")
('traditional', 'simplified', 'simplified')
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache
from operator import ne
from pathlib import Path

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


# A page whose script its characters do not settle (`script_bound`) may reach OpenCC twice as it
# stood: in the t2s rule's first pass (when no earlier rule changed it, as on most pages) and in
# `script_of` of its source. The last pages' conversions are kept, so that the second is a look-up
# (the text's hash, then a comparison of equal strings, both far cheaper than a conversion).
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
    return script_bound(text) or script_given(text, page_simplified(text))


def _script(n_traditional: int, n_simplified: int) -> str:
    """The script of a text with `n_traditional` characters that `t2s` changes and `n_simplified` that `s2t` changes.
    It only rises (simplified < mixed < traditional) with `n_traditional` and only falls with `n_simplified`."""
    if n_traditional == 0:
        return "simplified"
    share = n_traditional / (n_traditional + n_simplified)
    if share >= TRADITIONAL_SHARE:
        return "traditional"
    if share >= MIXED_SHARE and n_traditional >= 2:
        return "mixed"
    return "simplified"


def script_given(text: str, simplified: str) -> str:
    """`script_of(text)`, when its OpenCC `t2s` conversion `simplified` is already at hand."""
    n_traditional = _differing(text, simplified)
    if n_traditional == 0:
        return "simplified"
    bounds = changed_bounds(text, "s2t")
    if bounds is not None:  # the script, when it is the same at both ends of what s2t can change: no s2t pass
        lowest, highest = _script(n_traditional, bounds[1]), _script(n_traditional, bounds[0])
        if lowest == highest:
            return lowest
    return _script(n_traditional, _simplified_only(text))


@lru_cache(maxsize=4)  # asked of a source by `script_of`, then of the same text by the t2s rule's first run
def script_bound(text: str) -> str | None:
    """`script_of(text)` without an OpenCC pass when the characters `t2s` and `s2t` can change in it settle it
    (`changed_bounds`): always on a text none of whose characters `t2s` can change; None when they do not."""
    t2s_bounds = changed_bounds(text, "t2s")
    if t2s_bounds is None:
        return None
    if t2s_bounds[1] == 0:
        return "simplified"
    s2t_bounds = changed_bounds(text, "s2t")
    if s2t_bounds is None:
        return None
    lowest, highest = _script(t2s_bounds[0], s2t_bounds[1]), _script(t2s_bounds[1], s2t_bounds[0])
    return lowest if lowest == highest else None


# --- what a conversion can change, without converting ----------------------------------------
#
# OpenCC replaces each stretch of a text that a dictionary entry matches by the entry's value, and
# copies a character no entry matches. None of `t2s`'s and `s2t`'s entries changes a length, so
# the character at each place of the output stands where its source character stood, and it is
# one of: the character's own conversion (alone), or the character at the same place of a value
# whose key holds that character there. From the dictionaries, then, every character is one of
# - `always`: changed wherever it stands (no entry keeps it; 这, 們),
# - `sometimes`: changed or kept depending on the entry matched around it (后: 後 alone, 后 in 皇后),
# - `unknown`: the conversion does not keep its place (a compatibility ideograph, normalised
#   before the dictionaries; a character of an entry whose value is longer or shorter),
# - any other: never changed (not in any entry, or its entries all keep it).
# So the number of characters a conversion changes (`_differing(text, convert(text))`) lies
# between the count of the first kind and that of the first two; `script_given` needs no more
# whenever the script is the same at both ends. tests/test_convert_bounds.py checks the bounds
# against OpenCC on every page and line of corpus/raw and the test pages and on texts made of
# the dictionaries' own entries.

KIND_ALWAYS, KIND_SOMETIMES, KIND_UNKNOWN = 1, 2, 3


def _opencc_folder() -> Path:
    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def _config_dictionaries(config: str) -> tuple[list[Path], list[Path]] | None:
    """The OpenCC dictionary files `config` normalises and converts with, or None for a configuration
    this model does not cover (more than one conversion step, a dictionary that is not an ocd2 file)."""
    folder = _opencc_folder()
    try:
        spec = json.loads((folder / f"{config}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None

    def files(entry: dict, into: list[Path]) -> bool:
        if entry.get("type") == "group":
            return all(files(d, into) for d in entry.get("dicts", []))
        if entry.get("type") == "ocd2" and "file" in entry:
            into.append(folder / entry["file"])
            return True
        return False

    normalised: list[Path] = []
    converting: list[Path] = []
    chain = spec.get("conversion_chain", [])
    if len(chain) != 1 or not files(chain[0].get("dict", {}), converting):
        return None
    if not all(files(step.get("dict", {}), normalised) for step in spec.get("normalization", [])):
        return None
    return normalised, converting


def _dictionary_entries(path: Path) -> list[tuple[str, list[str]]] | None:
    """An ocd2 dictionary's entries, through OpenCC's own `opencc_dict` tool (shipped in the package's
    clib/bin); None when the tool is missing or fails."""
    import subprocess  # here: only a table's first build needs it
    import tempfile

    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if not tool.is_file():
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "dict.txt"
        try:
            subprocess.run([str(tool), "-i", str(path), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=60)
            lines = out.read_text(encoding="utf-8").splitlines()
        except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
            return None
    entries = []
    for line in lines:
        key, _, values = line.partition("\t")
        if not key or not values:
            return None
        entries.append((key, values.split(" ")))
    return entries


def _build_kinds(config: str) -> tuple[str, str, str] | None:
    """The characters of each kind for `config` (`always`, `sometimes`, `unknown`), or None when the
    dictionaries cannot be read: then every count is OpenCC's own."""
    found = _config_dictionaries(config)
    if found is None:
        return None
    normalised, converting = found
    unknown: set[str] = set()
    for path in normalised:
        entries = _dictionary_entries(path)
        if entries is None:
            return None
        unknown.update(ch for key, _ in entries for ch in key)
    outputs: dict[str, set[str]] = {}
    for path in converting:
        entries = _dictionary_entries(path)
        if entries is None:
            return None
        for key, values in entries:
            for value in values:
                if len(value) != len(key):
                    unknown.update(key)
                else:
                    for ch, out in zip(key, value, strict=True):
                        outputs.setdefault(ch, set()).add(out)
    chars = sorted(outputs)
    alone = converter_for(config).convert("\n".join(chars)).split("\n")  # each character's own conversion
    if len(alone) != len(chars):
        return None
    always, sometimes = [], []
    for ch, own in zip(chars, alone, strict=True):
        if len(own) != 1:
            unknown.add(ch)
            continue
        possible = outputs[ch] | {own}
        if ch not in possible:
            always.append(ch)
        elif len(possible) > 1:
            sometimes.append(ch)
    return "".join(always), "".join(c for c in sometimes if c not in unknown), "".join(sorted(unknown))


@cache
def converter_for(config: str) -> opencc.OpenCC:
    """An OpenCC converter for any configuration (`converter` takes the script-only ones alone)."""
    return _s2t() if config == "s2t" else converter(config)


@cache
def _kinds(config: str) -> dict[str, int] | None:
    """Each character of a kind, and its kind (`_build_kinds`), cached on disk. None with the table cache off:
    every process would read OpenCC's dictionaries again (0.3 s, more than a small page's conversions cost)."""
    from zhtools.tablecache import cache_dir, cached

    if cache_dir() is None:
        return None
    found = _config_dictionaries(config)
    if found is None:
        return None
    sources = (_opencc_folder() / f"{config}.json", *found[0], *found[1], Path(__file__))
    try:
        table = cached(f"opencc_kinds_{config}", lambda: _build_kinds(config), *sources)
    except OSError:
        return None
    if table is None:
        return None
    kinds: dict[str, int] = {}
    for kind, chars in zip((KIND_ALWAYS, KIND_SOMETIMES, KIND_UNKNOWN), table, strict=True):
        kinds.update(dict.fromkeys(chars, kind))
    return kinds


# `t2s`'s kind of each character plus four times `s2t`'s: one look-up a character gives both
BOUNDED_CONFIGS = ("t2s", "s2t")


@cache
def _joint_kinds() -> dict[str, int] | None:
    t2s, s2t = (_kinds(config) for config in BOUNDED_CONFIGS)
    if t2s is None or s2t is None:
        return None
    return {ch: t2s.get(ch, 0) + 4 * s2t.get(ch, 0) for ch in t2s.keys() | s2t.keys()}


@cache
def _joint_kind_array():  # noqa: ANN202 (numpy, imported lazily)
    """`_joint_kinds()` as one byte per code point, for numpy's look-ups on long texts."""
    import numpy as np

    joint = _joint_kinds()
    assert joint is not None
    array = np.zeros(0x110000, np.uint8)
    array[[ord(ch) for ch in joint]] = list(joint.values())
    return array


def prepare_counts() -> None:
    """Build the table `_joint_counts` counts long texts with (a byte per code point, 2 ms once the kinds are read), so
    that it counts short texts with it too, the same counts at a twelfth of the time (the 1,366 chrome-free gold pages:
    0.093 -> 0.008 s a pass). A process about to read many pages asks for it (`pipeline.warm`); `zhtools clean` of a
    small page does not, and so loads no numpy for it."""
    if _joint_kinds() is not None:
        _joint_kind_array()


@lru_cache(maxsize=4)  # a text's bounds are asked by `script_bound` and again by `script_given`
def _joint_counts(text: str) -> tuple[int, ...] | None:
    """How many characters of `text` are of each joint kind (16 counts), or None without the dictionaries."""
    joint = _joint_kinds()
    if joint is None:
        return None
    if len(text) < NUMPY_FROM and not _joint_kind_array.cache_info().currsize:  # (once it is built, short texts too: see `prepare_counts`)
        counts = [0] * 16
        get = joint.get
        for ch, n in Counter(text).items():
            counts[get(ch, 0)] += n
        return tuple(counts)
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    return tuple(np.bincount(_joint_kind_array().take(codes), minlength=16).tolist())


def changed_bounds(text: str, config: str) -> tuple[int, int] | None:
    """The fewest and the most characters of `text` that OpenCC's `config` conversion (`t2s` or `s2t`)
    changes, from its dictionaries alone (see above); None when a character's change cannot be
    bounded so, or the dictionaries cannot be read."""
    joint = _joint_counts(text) if config in BOUNDED_CONFIGS else None
    if joint is None:
        return None
    counts = [0, 0, 0, 0]
    for code, n in enumerate(joint):
        counts[code % 4 if config == "t2s" else code // 4] += n
    if counts[KIND_UNKNOWN]:
        return None
    return counts[KIND_ALWAYS], counts[KIND_ALWAYS] + counts[KIND_SOMETIMES]


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=2)  # asked of a page in the t2s rule and again in `script_of`, as `page_simplified` is
def _simplified_only(text: str) -> int:
    """Characters that exist only in simplified script (s2t changes them): what `changed_bounds` could not settle."""
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
