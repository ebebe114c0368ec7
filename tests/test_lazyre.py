"""Patterns compiled on first use (zhtools.lazyre): each compiles, gives what regex.compile gives,
and takes its stand-in's place in the module that defined it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regex

from zhtools.lazyre import LazyPattern, lazy_compile

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
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
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
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", FIRST_PAGE], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == repr("xx支行反诈宣传工作总结\n今年以来，我支行开展宣传活动12场。\n一是加强培训。")
