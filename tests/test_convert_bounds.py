"""`convert.changed_bounds` and `convert.script_bound` against OpenCC itself.

The bounds come from OpenCC's dictionaries, not from a conversion: they must hold around the
number of characters OpenCC's conversion really changes on every text, and the script they settle
must be the one the conversions give. Checked on every page and line of corpus/raw and the test
pages, and on texts made of the dictionaries' own entries, where the entries' contexts matter most
(后 in 皇后 and alone, 乾 in 乾隆 and 乾淨).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zhtools import convert as C

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p for folder in ("corpus/raw", "tests/variant_pages") for p in (ROOT / folder).rglob("*.txt"))


def exact(text: str, config: str) -> int:
    return C._differing(text, C.converter_for(config).convert(text))


def check(text: str) -> tuple[bool, bool]:
    """Whether each of the bounds held (None counts as held), and whether script_bound settled the script."""
    t2s, s2t = exact(text, "t2s"), exact(text, "s2t")
    for config, n in (("t2s", t2s), ("s2t", s2t)):
        bounds = C.changed_bounds(text, config)
        assert bounds is None or bounds[0] <= n <= bounds[1], (config, bounds, n, text[:80])
    script = C._script(t2s, s2t)
    verdict = C.script_bound.__wrapped__(text)
    assert verdict in (None, script), (verdict, script, text[:80])
    assert C.script_given(text, C.converter("t2s").convert(text)) == script
    return True, verdict is not None


def test_kinds_are_read():
    for config in ("t2s", "s2t"):
        assert C._kinds(config) is not None, "OpenCC's dictionaries could not be read: every count falls back to a conversion"
    assert C._kinds("s2t")["后"] == C.KIND_SOMETIMES and C._kinds("t2s")["乾"] == C.KIND_SOMETIMES
    assert C._kinds("s2t")["这"] == C.KIND_ALWAYS and C._kinds("t2s")["這"] == C.KIND_ALWAYS
    assert "电" not in C._kinds("t2s") and "電" not in C._kinds("s2t")


@pytest.mark.parametrize(
    "text, script",
    [
        ("電信詐騙工作總結", "traditional"),
        ("电信诈骗工作总结", "simplified"),
        ("abc 123", "simplified"),
        ("皇后和太后", "simplified"),
        ("电信诈骗工作总结，這個還", "mixed"),
        ("乾隆年間，乾淨的衣服", "traditional"),
        ("\uf902車", None),  # a compatibility ideograph: no bound, OpenCC decides
    ],
    ids=["traditional", "simplified", "latin", "sometimes-kept", "mixed", "phrase-context", "compatibility"],
)
def test_script_bound_cases(text, script):
    assert C.script_bound.__wrapped__(text) == script
    assert C.script_of.__wrapped__(text) == C._script(exact(text, "t2s"), exact(text, "s2t"))


def test_pages_and_lines():
    assert PAGES
    settled = total = 0
    for path in PAGES:
        text = path.read_text(encoding="utf-8", errors="replace")
        for piece in (text, *text.splitlines(keepends=True)):
            total += 1
            settled += check(piece)[1]
    assert settled > total * 0.9  # most texts need no conversion at all


@pytest.mark.parametrize("config", ["t2s", "s2t"])
def test_texts_of_dictionary_entries(config):
    """Entries glued to each other and to stray characters: every phrase context the dictionaries know of."""
    found = C._config_dictionaries(config)
    assert found is not None
    keys = sorted({key for path in found[1] for key, _ in C._dictionary_entries(path) or ()})
    rng = random.Random(18)
    stray = "的了是和在后里面只台系干發後裡乾著于於么麼云雲"
    for _ in range(300):
        pieces = rng.sample(keys, 40) + [rng.choice(stray) for _ in range(20)]
        rng.shuffle(pieces)
        text = "".join(pieces)
        for piece in (text, text[: len(text) // 2], text[len(text) // 3 :]):
            check(piece)
        long = text * (C.NUMPY_FROM // len(text) + 1)  # numpy's path
        check(long)


@pytest.mark.parametrize("config", ["t2s", "s2t"])
def test_every_character_alone(config):
    """A character of no kind is never changed; one changed wherever it stands is changed alone too."""
    kinds = C._kinds(config)
    chars = [chr(c) for c in range(0x20, 0x110000) if not 0xD800 <= c < 0xE000 and chr(c) != "\n"]
    alone = C.converter_for(config).convert("\n".join(chars)).split("\n")
    assert len(alone) == len(chars)
    for ch, own in zip(chars, alone, strict=True):
        kind = kinds.get(ch, 0)
        assert (own == ch) if kind == 0 else (own != ch) if kind == C.KIND_ALWAYS else True, (config, ch, own)


def test_no_bounds_without_the_table_cache(monkeypatch):
    """With the table cache off no process reads OpenCC's dictionaries: OpenCC decides every script, the same."""
    caches = (C._kinds, C._joint_kinds, C._joint_counts, C.script_bound, C.script_of)

    def clear():
        for f in caches:
            f.cache_clear()

    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", "")
    clear()
    try:
        assert C.changed_bounds("電信詐騙", "t2s") is None and C.script_bound("電信詐騙") is None
        assert C.script_of("電信詐騙工作總結") == "traditional" and C.script_of("电信诈骗工作总结") == "simplified"
    finally:
        monkeypatch.undo()
        clear()
    assert C.script_bound("電信詐騙") == "traditional"
