"""Patterns compiled when first used, not when their module is imported, and kept on disk.

Cleaning defines about 200 `regex` patterns at module level, and `regex` compiles each in
Python: 0.1 s, paid by every `zhtools clean` of a small page, which uses fewer than half of
them. `lazy_compile` takes the same arguments as `regex.compile` and returns a stand-in; the
first use of any attribute compiles the pattern and puts it in place of the stand-in in the
module that defined it, so that later calls reach the compiled pattern directly, at no cost.
A stand-in kept elsewhere (in a tuple, a default argument) goes on working through
`__getattr__`.

>>> WORD = lazy_compile(r"\\p{Han}+")
>>> WORD.pattern                      # known without compiling
'\\\\p{Han}+'
>>> WORD.findall("反诈 test 宣传")
['反诈', '宣传']

Even the patterns a small page needs took 0.07 s to compile, in every process. A compiled
pattern is a program for regex's matching engine, and regex pickles a pattern as that program:
the constructor it registers with `copyreg` rebuilds the pattern from it without parsing
anything. `cached_compile` keeps the programs a process compiled in one file of the table cache
(`zhtools.tablecache`: `$ZHTOOLS_CACHE_DIR`, where `""` turns it off), written when the process
exits normally (a worker of a process pool does not), and later processes rebuild their
patterns from it: 0.005 s for all 260 instead of 0.17 s. The file is keyed by the regex, Python
and zhtools versions and regex's own files, so a program read back was written by this regex
and finds what the pattern compiled now finds (tests/test_lazyre.py checks every pattern of the
package; the bytes may differ, as regex orders a first-character set differently from one
process to the next). A pattern compiled with named lists, or whose flags make it match by the
process's locale, is never kept.
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import functools
import marshal
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

STORE = "regex_programs"
# Past this many programs in the store (patterns of rules since changed pile up in it), a process
# that writes keeps only those it used: the store stays small enough to read in a millisecond.
MAX_PROGRAMS = 1000


class _Lazy:
    """A stand-in that makes its pattern on first use and puts it in its own place in the module that defined it."""

    __slots__ = ("namespace", "compiled")

    def _make(self) -> Any:
        raise NotImplementedError

    def compile(self) -> Any:
        if self.compiled is None:
            self.compiled = self._make()
            for name in _names(self):  # the module's own name for it now holds the compiled pattern
                self.namespace[name] = self.compiled
        return self.compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compile(), name)


class LazyPattern(_Lazy):
    """A `regex.Pattern` made on first use (see the module's docstring)."""

    __slots__ = ("args", "kwargs")

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any], namespace: dict[str, Any]):
        self.args, self.kwargs, self.namespace = args, kwargs, namespace
        self.compiled: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self.args[0]

    def _make(self) -> regex.Pattern[str]:
        return cached_compile(*self.args, **self.kwargs)

    def __repr__(self) -> str:
        return f"lazy_compile({self.args[0]!r})"


# The names of each module's stand-ins, by the stand-in's id: page anatomy defines about 600 of them
# among 1,000 names, and looking through them all for each pattern compiled took 0.01 s of a start-up.
_named: dict[int, tuple[dict[str, Any], dict[int, list[str]]]] = {}


def _names(pattern: _Lazy) -> list[str]:
    """The names `pattern` has in the module that defined it (none: kept elsewhere only)."""
    namespace = pattern.namespace
    entry = _named.get(id(namespace))
    if entry is None or entry[0] is not namespace or id(pattern) not in entry[1]:  # new, or names bound since it was made
        table: dict[int, list[str]] = {}
        for name, value in namespace.items():
            if isinstance(value, _Lazy):
                table.setdefault(id(value), []).append(name)
        entry = _named[id(namespace)] = (namespace, table)
    return [name for name in entry[1].get(id(pattern), ()) if namespace.get(name) is pattern]


def lazy_compile(*args: Any, **kwargs: Any) -> LazyPattern:
    """`regex.compile(*args, **kwargs)`, done on first use; call it at a module's top level."""
    return LazyPattern(args, kwargs, sys._getframe(1).f_globals)


class LazyRe(_Lazy):
    """A pattern compiled with `re` on first use, in the place of its stand-in (as `LazyPattern` does).

    For a short line, `re` finds an alternation of plain words or a class of characters in about half
    the time `regex` takes (page anatomy asks a few of these of every line: a tenth of what it spends
    in patterns). Only for patterns that mean the same to both engines: words, classes, groups,
    lookarounds of fixed width, `^`, `$`, `.`, `\\d`; no `\\p{…}`, no `\\s` or `\\w`, no flags (their sets
    differ at the edges). tests/test_lazyre.py checks each of the package's against `regex`.
    Its program is kept on disk as regex's are (`cached_re_compile`): `re` takes 0.2–4 ms to compile a
    class of Chinese characters, 9 ms for the sixteen a small page uses.

    >>> WORDS = lazy_re("小编|本站")
    >>> WORDS.search("本站整理").span()
    (0, 2)
    """

    __slots__ = ("pattern", "sets")

    def __init__(self, pattern: str, namespace: dict[str, Any], sets: dict[str, str] | None = None):
        self.pattern, self.namespace, self.sets = pattern, namespace, sets
        self.compiled: re.Pattern[str] | None = None

    def _make(self) -> re.Pattern[str]:
        return cached_re_compile(with_sets(self.pattern, self.sets) if self.sets else self.pattern)

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r})"


def lazy_re(pattern: str, sets: dict[str, str] | None = None) -> LazyRe:
    """`re.compile(pattern)`, done on first use; call it at a module's top level (see `LazyRe`).
    `sets`: escapes `re` lacks, as the ranges of characters they stand for (`{r"\\p{Han}": "\\u4e00-\\u9fff…"}`),
    written in their place as a class (or into the class they stand in)."""
    return LazyRe(pattern, sys._getframe(1).f_globals, sets)


def with_sets(pattern: str, sets: dict[str, str]) -> str:
    """`pattern` with each escape named in `sets` written as its ranges: a class of its own, or, inside a
    class, among that class's characters.

    >>> with_sets(r"\\p{Han}{2}[\\p{Han}·]|[^\\p{Han}]", {r"\\p{Han}": "一-龥"})
    '[一-龥]{2}[一-龥·]|[^一-龥]'
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = -1  # where the class's characters begin (a ] there is one of them)
    while i < n:
        c = pattern[i]
        if c == "\\":
            name = next((k for k in sets if pattern.startswith(k, i)), None)
            if name is None:
                out.append(pattern[i : i + 2])
                i += 2
            else:
                out.append(sets[name] if in_class else f"[{sets[name]}]")
                i += len(name)
            continue
        if in_class:
            if c == "]" and i != class_start:
                in_class = False
        elif c == "[":
            in_class = True
            class_start = i + 2 if pattern.startswith("^", i + 1) else i + 1
        out.append(c)
        i += 1
    return "".join(out)


# --- compiled programs kept on disk -------------------------------------------------------------


class Programs:
    """The programs of compiled patterns, by (pattern, flags, regex.DEFAULT_VERSION): those read
    from the store when the first pattern was asked for, and those compiled since."""

    def __init__(self, path: Path | None):
        self.path = path
        self.table: dict[tuple[str, int, int], tuple] = read_store(path) if path else {}
        self.added: dict[tuple[str, int, int], tuple] = {}
        self.used: set[tuple[str, int, int]] = set()

    @functools.cached_property
    def rebuild(self):
        return copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0]  # what unpickling calls

    def compile(self, pattern: str, flags: int) -> regex.Pattern[str]:
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))  # ints: marshal writes no enum
        self.used.add(key)
        program = self.table.get(key)
        if program is not None:
            try:
                return self.rebuild(*program)
            except Exception:  # noqa: BLE001  (a damaged store costs the compile, nothing else)
                pass
        made = regex.compile(pattern, flags)
        _, program = copyreg.dispatch_table[regex.Pattern](made)  # what pickle keeps of it
        if made.flags & regex.LOCALE:  # matches by the locale of the process: not a program to share
            return made
        if key not in self.added and self.path is not None:
            if not self.added:
                atexit.register(self.write)
            self.table[key] = self.added[key] = program
        return made

    def write(self) -> None:
        """Add the programs compiled here to the store (with those another process added since)."""
        if not self.added or self.path is None:
            return
        import tempfile  # here: a process that compiles nothing new never loads it

        stored = read_store(self.path)
        if len(stored) + len(self.added) > MAX_PROGRAMS:
            stored = {key: program for key, program in stored.items() if key in self.used}
        table = {**stored, **self.added}
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{STORE}-")
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(table))
            os.replace(temporary, self.path)
            self.added = {}
        except (OSError, ValueError):  # unwritable, full: the next process compiles them again
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def read_store(path: Path) -> dict[tuple[str, int, int], tuple]:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def store_path() -> Path | None:
    """The store's file in the table cache, named for the versions and files that make a program."""
    from zhtools.tablecache import cache_dir, table_key

    folder = cache_dir()
    if folder is None:
        return None
    try:  # regex's files: the Python parser that writes a program and the C engine that runs it
        sources = tuple(sorted(p for p in Path(regex.__file__).parent.iterdir() if p.is_file()))
        return folder / f"{STORE}-{table_key(f'{STORE} {regex.__version__}', sources)}.marshal"
    except OSError:  # a source that cannot be stat'ed: no key, no store
        return None


_programs: Programs | None = None  # the process's, made by the first pattern compiled
_re_programs: RePrograms | None = None  # …and its store of re's programs


def cached_compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **kwargs)`, rebuilt from the store when it holds the
    pattern's program; other keyword arguments (named lists) are compiled, never kept."""
    global _programs
    if kwargs:
        return regex.compile(pattern, flags, **kwargs)
    if _programs is None:
        _programs = Programs(store_path())
    return _programs.compile(pattern, flags)


# --- triggers: whether a text holds a match, its plain words searched apart -------------------------------


PLAIN = frozenset("\\[](){}.*+?^$|#")  # characters that make a branch more than a word


def top_branches(pattern: str) -> list[str] | None:
    """The branches of `pattern`'s top-level alternation, as written (None: brackets it cannot read).

    >>> top_branches(r"a(?:b|c)|[|]d|e")
    ['a(?:b|c)', '[|]d', 'e']
    """
    out, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class, to its closing ] (a ] right after [ or [^ is a character of it)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out if depth == 0 and i == n and "|".join(out) == pattern else None


def split_words(pattern: str) -> tuple[list[str], list[str]]:
    """The branches of `pattern`'s top-level alternation that are plain words, and the others
    (`[]`, `[pattern]` when the pattern sets flags inline or cannot be read so).

    >>> split_words("首页|Home|[0-9]/[0-9]|(?:新闻|日报)】|[|]|摄")
    (['首页', 'Home', '摄'], ['[0-9]/[0-9]', '(?:新闻|日报)】', '[|]'])
    """
    if re.search(r"\(\?[a-zA-Z]", pattern):  # flags for the whole pattern: not split
        return [], [pattern]
    branches = top_branches(pattern)
    if branches is None:
        return [], [pattern]
    words = [b for b in branches if b and not PLAIN.intersection(b)]
    return words, [b for b in branches if not b or PLAIN.intersection(b)]


class Trigger:
    """Whether a text holds a match of `pattern`, an alternation many of whose branches are plain
    words, found faster than by the pattern itself. `re` finds an alternation of plain words by
    scanning for their first characters, but tries the same words one by one at every position
    when other branches stand among them (page anatomy's INTRO_ANCHOR, 77 branches of which 70
    words: 2.2 x the time, over the lines of the dev gold pages). A trigger keeps the pattern as
    written and searches its words (with `re`) apart from its other branches (with `engine`,
    "regex" or "re", as the pattern was written for); it says whether any matches, not where.

    The branches anchored at the text's start (`^…`) are searched apart from the others too: one
    of them among unanchored branches makes `regex` try every branch at every position instead of
    scanning for where one can start (page anatomy's INTRO_PICKED, one `^` among 18 branches: 10 x
    the time of the two searches apart, over the distinct lines of the bench crawl and the
    chrome-free gold pages; ARTICLE_HEADING, 4 of 8: 11 x).

    >>> Trigger(r"小编|本站|[？?]").found("你知道吗？")
    True
    >>> Trigger(r"^导读|第[0-9]篇").compile().__len__(), Trigger(r"^导读|第[0-9]篇").found("一、第2篇")
    (2, True)
    """

    __slots__ = ("pattern", "engine", "searches")

    def __init__(self, pattern: str, engine: str = "regex"):
        self.pattern, self.engine = pattern, engine
        self.searches: tuple | None = None  # made on first use

    def compile(self) -> tuple:
        words, rest = split_words(self.pattern)
        searches = [re.compile("|".join(words)).search] if words else []
        compile = re.compile if self.engine == "re" else cached_compile
        anchored = [b for b in rest if b.startswith("^")] if len(rest) > 1 else []
        for branches in ([b for b in rest if b not in anchored], anchored):
            if branches:
                searches.append(compile("|".join(branches)).search)
        self.searches = tuple(searches)
        return self.searches

    def found(self, text: str) -> bool:
        for search in self.searches or self.compile():
            if search(text) is not None:
                return True
        return False

    def __repr__(self) -> str:
        return f"Trigger({self.pattern!r})"


class Keyed:
    """The matches of `pattern` found by trying it only where one can start: within `lead` characters before one of
    its `keys`, plain words every match holds starting at most `lead` characters after its own start ("…娱乐官网" holds
    娱乐 one to six characters in). A pattern opening on a class or a lookbehind (`(?<=\\p{Han})\\p{Han}{2,4}(?:影院|…)`)
    gives `regex` no character to scan for, so it is tried at every position of a text: on a long line of prose most of
    them hold none of its keys. The keys are found by their first characters (with `re`, which scans for a set of them
    in C), every start of one of them, then the pattern is tried (`match`, which sees the text around as `search` does)
    at each position that could begin a match, left to right: the same matches as `pattern.finditer` and
    `pattern.search`, for a pattern that matches no empty string (tests/test_prefilters.py compares them). Keys that are
    not plain words are a pattern of `regex` asked at each of the characters `first` (a class of `re`) finds: page
    anatomy's DEIXIS_PAIRS, a measure word with the character before it.

    >>> k = Keyed(r"(?<=[甲乙])\\w{1,3}(?:体育|娱乐)官网", "体育|娱乐", 3)
    >>> [m.group() for m in k.finditer("甲天虹体育官网和乙星河娱乐官网")]
    ['天虹体育官网', '星河娱乐官网']
    """

    __slots__ = ("source", "keys", "lead", "compiled", "first", "key")  # (`first`: a class of `re` once compiled)

    def __init__(self, pattern: Any, keys: str, lead: int, first: str | None = None):
        if first is None:
            words, rest = split_words(keys)
            assert words and not rest, f"keys must be plain words, or their first characters given: {keys!r}"
        self.source, self.keys, self.lead, self.first = pattern, keys, lead, first
        self.compiled: Any = None  # made on first use

    def _compile(self) -> None:
        pattern = self.source
        self.compiled = pattern.compile() if isinstance(pattern, _Lazy) else cached_compile(pattern) if isinstance(pattern, str) else pattern
        if self.first is None:  # plain words: their first characters, and `re` for them
            self.first = re.compile("[" + re.escape("".join(sorted({w[0] for w in self.keys.split("|")}))) + "]")
            self.key = re.compile(self.keys)
        else:  # a pattern of `regex` (lookarounds see the text around the key), found where one of `first` stands
            self.first = re.compile(self.first)
            self.key = cached_compile(self.keys)

    def finditer(self, text: str) -> Iterator[Any]:
        if self.compiled is None:
            self._compile()
        match, key, lead = self.compiled.match, self.key.match, self.lead
        pos = 0  # positions before it are tried, or inside a match yielded
        for found in self.first.finditer(text):
            k = found.start()
            if k < pos or key(text, k) is None:
                continue
            p = max(pos, k - lead)
            while p <= k:
                m = match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = max(m.end(), p + 1)  # (an empty match would hold no key: none is expected)
            pos = p

    def search(self, text: str) -> Any:
        return next(self.finditer(text), None)

    def __repr__(self) -> str:
        return f"Keyed({getattr(self.source, 'pattern', self.source)!r}, {self.keys!r}, {self.lead})"


class Branches:
    """`finditer` of an alternation whose branches `regex` scans for quickly one by one but slowly together: branches
    opening on lookbehinds, classes and brackets, mixed, leave it no character to scan for, so it tries every branch at
    every position (page anatomy's CAPTION_INLINE over the bench crawl's lines holding a picture's word: 0.087 s, its nine
    branches searched one by one 0.010 s). Each branch is searched apart and their next matches merged: the leftmost,
    the first branch written among those starting there, as the alternation finds it; a branch whose next match starts
    inside one yielded is searched again from its end. The same spans as the pattern's own `finditer`
    (tests/test_prefilters.py), for a pattern whose branches share no group and match no empty string; the matches are the
    branches' own (their groups are numbered in the branch alone).

    >>> [m.span() for m in Branches(r"(?<=。)图|[(（]摄[)）]|图为").finditer("好。图为（摄）")]
    [(2, 3), (4, 7)]
    """

    __slots__ = ("pattern", "searches")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.searches: tuple | None = None  # made on first use

    def compile(self) -> tuple:
        branches = top_branches(self.pattern)
        assert branches is not None, self.pattern
        self.searches = tuple(cached_compile(b).search for b in branches)
        return self.searches

    def finditer(self, text: str) -> Iterator[Any]:
        searches = self.searches or self.compile()
        found = [search(text) for search in searches]
        while True:
            best = -1
            for k, m in enumerate(found):
                if m is not None and (best < 0 or m.start() < found[best].start()):
                    best = k
            if best < 0:
                return
            m = found[best]
            yield m
            end = max(m.end(), m.start() + 1)  # (an empty match: none is expected)
            for k, other in enumerate(found):
                if other is not None and other.start() < end:
                    found[k] = searches[k](text, end)

    def __repr__(self) -> str:
        return f"Branches({self.pattern!r})"


# --- re's programs kept on disk too -------------------------------------------------------------------------------------

RE_STORE = "re_programs"


class RePrograms(Programs):
    """The programs `re` compiled patterns into, by pattern (no flags: `lazy_re` takes none): what `re`'s compiler
    hands `_sre.compile` (the pattern's flags, its code, its groups), kept in a store of their own, keyed by the files
    of `re`'s compiler and `_sre`'s magic number. A program read back is rebuilt by `_sre.compile` as `re.compile`
    would; anything amiss with it costs the compile."""

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:  # type: ignore[override]
        import _sre

        self.used.add(pattern)
        program = self.table.get(pattern)
        if program is not None:
            try:
                return _sre.compile(pattern, *program)
            except Exception:  # noqa: BLE001  (a damaged store costs the compile, nothing else)
                pass
        made, program = re_program(pattern)
        if pattern not in self.added and self.path is not None:
            if not self.added:
                atexit.register(self.write)
            self.table[pattern] = self.added[pattern] = program
        return made


def re_program(pattern: str) -> tuple[re.Pattern[str], tuple]:
    """`re.compile(pattern)` as `re`'s compiler makes it, and the arguments it gives `_sre.compile` after the pattern."""
    import _sre
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    code = list(map(int, _compiler._code(parsed, 0)))  # (its opcodes are named ints, which marshal does not write)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = (int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))  # ints: marshal writes no enum
    return _sre.compile(pattern, *program), program


def re_store_path() -> Path | None:
    from zhtools.tablecache import cache_dir, table_key

    folder = cache_dir()
    if folder is None:
        return None
    try:
        import _sre

        sources = tuple(sorted(Path(re.__file__).parent.glob("*.py")))
        return folder / f"{RE_STORE}-{table_key(f'{RE_STORE} {sys.version} {_sre.MAGIC}', sources)}.marshal"
    except OSError:
        return None


def cached_re_compile(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)`, rebuilt from the store when it holds the pattern's program."""
    global _re_programs
    if _re_programs is None:
        _re_programs = RePrograms(re_store_path())
    return _re_programs.compile(pattern)
