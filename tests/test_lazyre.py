"""Patterns compiled on first use (zhtools.lazyre): each compiles, gives what regex.compile gives,
and takes its stand-in's place in the module that defined it."""

from __future__ import annotations

import copyreg
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from zhtools import lazyre
from zhtools.lazyre import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parent.parent

CHECK_ALL = """
import importlib, pkgutil, regex, zhtools
from zhtools.lazyre import LazyPattern
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(zhtools.__path__, "zhtools.") if not m.name.endswith("__main__")]
lazy = [(m.__name__, name, v) for m in modules for name, v in vars(m).items() if isinstance(v, LazyPattern)]
for module, name, pattern in lazy:
    compiled = pattern.compile()
    assert isinstance(compiled, regex.Pattern) and compiled.pattern == pattern.pattern, (module, name)
print(len(lazy))
borrowed = [(m.__name__, name) for m in modules for name, v in vars(m).items() if isinstance(v, LazyPattern) and v.namespace is not vars(m)]
assert not borrowed, f"lazy patterns imported by name stay stand-ins on every call: {borrowed}"
"""


def test_every_lazy_pattern_of_the_package_compiles():
    """A pattern is compiled only when a page needs it: a typo in a rare one must fail here,
    not on the one page of a crawl that reaches it. And none is imported by name into another
    module, where its stand-in would never be replaced. In a fresh process, where none has been
    used yet (in this one, earlier tests have compiled most and their names hold them)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHECK_ALL], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 150


def test_first_use_compiles_and_rebinds_the_modules_name():
    namespace: dict = {"lazy_compile": lazy_compile}  # a module's globals
    exec("WORD = lazy_compile(r'\\p{Han}+')", namespace)
    stand_in = namespace["WORD"]
    assert isinstance(stand_in, LazyPattern) and stand_in.pattern == r"\p{Han}+"
    assert stand_in.findall("反诈 test 宣传") == ["反诈", "宣传"]
    assert isinstance(namespace["WORD"], regex.Pattern)  # the module's name now holds the compiled pattern
    assert stand_in.findall("不转账") == ["不转账"]  # a stand-in kept elsewhere goes on working


def test_flags_and_keywords_reach_regex():
    namespace: dict = {"lazy_compile": lazy_compile, "regex": regex}
    exec("P = lazy_compile(r'app', regex.IGNORECASE)", namespace)
    assert namespace["P"].search("下载APP") is not None


FIRST_PAGE = """
from zhtools.clean import clean
print(repr(clean("xx支行反诈宣传工作总结\\n\\n今年以来，我支行开展宣传活动12场。\\n\\n一是加强培训。")))
"""


def test_the_first_page_of_a_process_is_cleaned_like_the_others():
    """A rule that told its patterns apart by identity (`pattern is P.BLANK_LINES`) saw the
    stand-in on a process's first page and the compiled pattern after: the first page lost every
    blank line's break (its headline glued to the text), the next pages did not. Fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", FIRST_PAGE], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == repr("xx支行反诈宣传工作总结\n今年以来，我支行开展宣传活动12场。\n一是加强培训。")


# --- compiled programs kept on disk (lazyre.cached_compile) --------------------------------------


def program(pattern: regex.Pattern) -> tuple:
    """What regex pickles of a compiled pattern: its program, the whole of what it matches by."""
    return copyreg.dispatch_table[regex.Pattern](pattern)[1]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A cache folder of the test's own, and a process that has read no store yet."""
    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(lazyre, "_programs", None)
    return tmp_path / "cache"


CASES = [(r"(?P<word>\p{Han}{2,4})(?=[，。])", 0), (r"^下载app$", regex.IGNORECASE | regex.M), (r"(?V1)[\p{Han}--[一二三]]+", 0)]


def test_a_program_read_back_is_the_pattern_regex_compiles(store):
    made = [lazyre.cached_compile(p, f) for p, f in CASES]
    lazyre._programs.write()
    [path] = store.iterdir()
    reader = lazyre.Programs(path)  # another process's view of the store
    assert len(reader.table) == len(CASES)
    for (p, f), first in zip(CASES, made):
        again = reader.compile(p, f)
        assert again is not first and program(again) == program(first) == program(regex.compile(p, f))
        assert (again.pattern, again.flags, again.groupindex) == (first.pattern, first.flags, first.groupindex)
    assert reader.compile(*CASES[0]).findall("宣传活动，不轻信。") == ["宣传活动", "不轻信"]
    assert reader.compile(*CASES[1]).search("x\n下载APP") is not None


def test_the_store_is_written_at_exit_and_read_by_the_next_process(store):
    """The second `zhtools clean` of a page compiles none of the patterns the first compiled."""
    count = (
        "import regex, runpy, sys\n"
        "from zhtools import lazyre\n"
        "compiled = []\n"
        "real = lazyre.Programs.compile\n"
        "def counted(self, pattern, flags):\n"
        "    if (pattern, int(flags), int(regex.DEFAULT_VERSION)) not in self.table:\n"
        "        compiled.append(pattern)\n"
        "    return real(self, pattern, flags)\n"
        "lazyre.Programs.compile = counted\n"
        "sys.argv = ['zhtools', 'clean', '-']\n"
        "try:\n"
        "    runpy.run_module('zhtools', run_name='__main__')\n"
        "finally:\n"
        "    print(len(compiled), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    page = "對(dui)話，共發放宣\n傳單5000余份。\n一是加强宣传，牢记“三不一要”。\n".encode()
    runs = [subprocess.run([sys.executable, "-c", count], input=page, capture_output=True, timeout=300, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    first, second = (int(r.stderr.decode().split()[-1]) for r in runs)
    assert first > 50 and second == 0
    assert len(list(store.glob(f"{lazyre.STORE}-*.marshal"))) == 1


def test_a_damaged_store_costs_the_compile_only(store):
    lazyre.cached_compile(*CASES[0])
    lazyre._programs.write()
    [path] = store.iterdir()
    key = next(iter(lazyre.read_store(path)))
    path.write_bytes(marshal.dumps({key: ("not", "a", "program")}))
    reader = lazyre.Programs(path)
    assert program(reader.compile(*CASES[0])) == program(regex.compile(*CASES[0]))
    path.write_bytes(b"\x00garbage")
    assert lazyre.read_store(path) == {}


def test_no_store_when_the_cache_is_off(monkeypatch):
    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", "")
    monkeypatch.setattr(lazyre, "_programs", None)
    assert lazyre.store_path() is None
    assert lazyre.cached_compile(r"\d+").findall("共5000份") == ["5000"]
    lazyre._programs.write()  # nothing to write to: no error


def test_patterns_matching_by_the_locale_and_named_lists_are_not_kept(store):
    assert lazyre.cached_compile(r"(?L)\w+").flags & regex.LOCALE
    assert lazyre.cached_compile(r"\L<units>", units=["份", "场"]).findall("3场") == ["场"]
    assert lazyre._programs.added == {}


def test_a_full_store_keeps_what_the_writer_used(store, monkeypatch):
    monkeypatch.setattr(lazyre, "MAX_PROGRAMS", 2)
    writer = lazyre.Programs(lazyre.store_path())
    for p, f in CASES[:2]:
        writer.compile(p, f)
    writer.write()
    later = lazyre.Programs(lazyre.store_path())
    later.compile(*CASES[2])
    later.write()
    assert {key[0] for key in lazyre.read_store(lazyre.store_path())} == {CASES[2][0]}


CHECK_STORE = """
import copyreg, importlib, pkgutil, regex, sys, zhtools
from pathlib import Path
from zhtools import lazyre
from zhtools.lazyre import LazyPattern
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(zhtools.__path__, "zhtools.") if not m.name.endswith("__main__")]
lazy = [v for m in modules for v in vars(m).values() if isinstance(v, LazyPattern)]
program = lambda p: copyreg.dispatch_table[regex.Pattern](p)[1]
stored = lazyre.read_store(lazyre.store_path())
pages = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
rebuilt = 0
for pattern in lazy:
    flags = pattern.args[1] if len(pattern.args) > 1 else pattern.kwargs.get("flags", 0)
    rebuilt += (pattern.args[0], int(flags), int(regex.DEFAULT_VERSION)) in stored
    kept, fresh = pattern.compile(), regex.compile(*pattern.args, **pattern.kwargs)
    assert kept.pattern == fresh.pattern and kept.flags == fresh.flags and kept.groupindex == fresh.groupindex, pattern
    assert len(program(kept)[2]) == len(program(fresh)[2]), pattern
    for page in pages:
        assert [(m.span(), m.groups()) for m in kept.finditer(page)] == [(m.span(), m.groups()) for m in fresh.finditer(page)], pattern
print(len(lazy), rebuilt)
"""


def test_every_program_of_the_package_read_back_matches_as_regex_compiles(tmp_path):
    """Fresh processes on an empty store: the first compiles every lazy pattern and writes the
    store, the second rebuilds every one from it and finds with each what the pattern freshly
    compiled finds, on the pages of corpus/raw. Not the same bytes: regex orders the characters
    of a pattern's first-character set differently from one process to the next."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZHTOOLS_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", CHECK_STORE, str(ROOT / "corpus" / "raw")]
    runs = [subprocess.run(command, capture_output=True, text=True, timeout=600, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    (n, first), (m, second) = (map(int, r.stdout.split()) for r in runs)
    assert n == m > 150 and first == 0 and second == n


@pytest.mark.parametrize(
    "pattern, words, rest",
    [
        ("首页|Home|摄", ["首页", "Home", "摄"], []),
        (r"首页|\d/\d|(?:新闻|日报)[】\]]|[|]|摄", ["首页", "摄"], [r"\d/\d", r"(?:新闻|日报)[】\]]", "[|]"]),
        (r"a(?=b|c)|[^]|]x|d", ["d"], ["a(?=b|c)", "[^]|]x"]),  # a ] first in a class is a character of it
        ("(?m)^x|y", [], ["(?m)^x|y"]),  # flags for the whole pattern: not split
        ("a|(b", [], ["a|(b"]),  # unbalanced: not split
    ],
    ids=["words-only", "mixed", "class-bracket", "inline-flags", "unbalanced"],
)
def test_split_words(pattern, words, rest):
    assert lazyre.split_words(pattern) == (words, rest)


def test_triggers_agree_with_their_patterns():
    """A Trigger says whether its pattern matches, on the lines of corpus/raw and of the gold pages and on
    strings made of the pattern's own characters."""
    import random
    import re

    from zhtools.clean import anatomy  # noqa: F401
    module = sys.modules["zhtools.clean.anatomy"]
    lines = {line for path in sorted((ROOT / "corpus" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "gold" / "anatomy").glob("dev*/*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    triggers = [(module.INTRO_ANCHORED, regex.compile(module.INTRO_ANCHOR.pattern)), (module.INLINE_TRIGGER, re.compile(module.INLINE_TRIGGER.pattern))]
    # the patterns asked only whether they match, their branches anchored at the start searched apart
    triggers += [(t, regex.compile(t.pattern)) for t in (module.INTRO_PICKED, module.ARTICLE_HEADING, module.NEXT_PHRASE, module.BADGE_UNDER_NOT_HEADLINE, module.GENRE_AS_SUBJECT)]
    for trigger, full in triggers:
        rnd = random.Random(0)
        alphabet = sorted(set(full.pattern) | set("的了是在，。 \t"))
        made = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(20_000)}
        for text in sorted(lines | made):
            assert trigger.found(text) == (full.search(text) is not None), (trigger, text)


CHECK_RE = """
import importlib, pkgutil, random, re, regex, sys, zhtools
from pathlib import Path
from zhtools.lazyre import LazyRe
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(zhtools.__path__, "zhtools.") if not m.name.endswith("__main__")]
found = [(m.__name__, name, v) for m in modules for name, v in vars(m).items() if isinstance(v, LazyRe)]
root = Path(sys.argv[1])
lines = sorted({line for path in sorted((root / "corpus" / "raw").glob("*.txt")) + sorted((root / "tests" / "gold" / "anatomy").glob("dev*/*.txt"))
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines()})
seen = lambda ms: [(m.span(), m.groups()) for m in ms]
for module, name, lazy in found:
    mine, theirs = lazy.compile(), regex.compile(lazy.pattern)
    rnd = random.Random(0)
    alphabet = sorted(set(lazy.pattern) | set("的了是在，。 \\t\\u3000\\n０９٣x"))
    texts = lines + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(4_000)]
    for text in texts:
        assert seen(mine.finditer(text)) == seen(theirs.finditer(text)), (module, name, text)
        assert seen(filter(None, [mine.match(text)])) == seen(filter(None, [theirs.match(text)])), (module, name, text)
        assert seen(filter(None, [mine.fullmatch(text)])) == seen(filter(None, [theirs.fullmatch(text)])), (module, name, text)
print(len(found))
"""


def test_patterns_compiled_with_re_find_what_regex_finds():
    """Each `lazy_re` pattern of the package, compiled by `re`, finds what `regex` finds (`finditer`, `match`,
    `fullmatch`: spans and groups) on every line of corpus/raw and of the dev gold pages, and on strings of its own
    characters, spaces, newlines and digits of other scripts. In a fresh process: once used, the stand-ins are gone."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-W", "error", "-c", CHECK_RE, str(ROOT)], capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert int(done.stdout) >= 31


CHECK_RE_STORE = """
import importlib, pkgutil, re, sys, zhtools
from pathlib import Path
from zhtools import lazyre
from zhtools.lazyre import LazyRe
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(zhtools.__path__, "zhtools.") if not m.name.endswith("__main__")]
found = [v for m in modules for v in vars(m).values() if isinstance(v, LazyRe)]
pages = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
stored = lazyre.read_store(lazyre.re_store_path())
rebuilt = 0
for lazy in found:
    source = lazyre.with_sets(lazy.pattern, lazy.sets) if lazy.sets else lazy.pattern
    rebuilt += source in stored
    kept, fresh = lazy.compile(), re.compile(source)
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex), lazy
    for page in pages:
        assert [(m.span(), m.groups()) for m in kept.finditer(page)] == [(m.span(), m.groups()) for m in fresh.finditer(page)], lazy
print(len(found), rebuilt)
"""


def test_re_programs_read_back_find_what_re_compiles(tmp_path):
    """Fresh processes on an empty store: the first compiles every `lazy_re` pattern and writes re's store, the
    second rebuilds every one from it, and each finds what `re.compile` finds on the pages of corpus/raw."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZHTOOLS_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", CHECK_RE_STORE, str(ROOT / "corpus" / "raw")]
    runs = [subprocess.run(command, capture_output=True, text=True, timeout=300, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    (n, first), (m, second) = (map(int, r.stdout.split()) for r in runs)
    assert n == m >= 31 and first == 0 and second == n


def test_a_damaged_re_program_costs_the_compile_only(tmp_path):
    programs = lazyre.RePrograms(tmp_path / "re_programs.marshal")
    programs.table["[。！？]"] = ("not", "a", "program")
    assert programs.compile("[。！？]").findall("好。吗？") == ["。", "？"]
    assert lazyre.RePrograms(None).compile("a|b").pattern == "a|b"


def test_han_ranges_are_the_han_script_on_every_code_point():
    """`lazy_han` writes `\\p{Han}` as HAN_RANGES for `re`: the same characters, all of them."""
    import re

    from zhtools.clean import anatomy  # noqa: F401

    module = sys.modules["zhtools.clean.anatomy"]
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert re.findall(f"[{module.HAN_RANGES}]", every) == regex.findall(r"\p{Han}", every)
    assert lazyre.with_sets(r"[^\p{Han}\n]\p{Han}{2}", {r"\p{Han}": "一-龥"}) == "[^一-龥\\n][一-龥]{2}"
