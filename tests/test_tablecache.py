"""Derived tables cached on disk (`zhtools.tablecache`): the same table whether built or read,
rebuilt when a source changes, and never an error when the cache cannot be used."""

from __future__ import annotations

import os

import pytest

from zhtools import tablecache
from zhtools.tablecache import cached


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, table):
        self.table = table
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.table


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("诈骗 100 n\n", encoding="utf-8")
    return path


TABLE = {"诈骗": -3.5, "反诈": -4.25}


def test_a_table_is_built_once_then_read_back_equal(cache, source):
    build = Builder(TABLE)
    assert cached("words", build, source) == TABLE
    assert cached("words", build, source) == TABLE
    assert build.calls == 1
    (written,) = cache.iterdir()
    assert written.name.startswith("words-") and written.suffix == ".marshal"


def test_sets_and_nested_tables_come_back_as_they_were_built(cache, source):
    table = {"诈": frozenset({"骗", "术"}), "反": frozenset({"诈"})}
    cached("follows", Builder(table), source)
    assert cached("follows", Builder({}), source) == table


def test_a_changed_source_builds_the_table_anew(cache, source):
    cached("words", Builder(TABLE), source)
    source.write_text("诈骗 100 n\n反诈 50 n\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    build = Builder({"反诈": -1.0})
    assert cached("words", build, source) == {"反诈": -1.0}
    assert build.calls == 1


def test_edits_of_a_source_keep_only_the_newest_versions_of_a_table(cache, source):
    for k in range(tablecache.KEEP + 3):  # every edit of a source writes a new version
        source.write_text(f"诈骗 {100 + k} n\n", encoding="utf-8")
        os.utime(source, ns=(k + 1, k + 1))
        cached("words", Builder({"诈骗": float(k)}), source)
        cached("other", Builder({"反诈": float(k)}), source)
    words = sorted(p for p in cache.iterdir() if p.name.startswith("words-"))
    assert len(words) == tablecache.KEEP  # older versions go, another table's files stay
    assert len([p for p in cache.iterdir() if p.name.startswith("other-")]) == tablecache.KEEP
    assert cached("words", Builder({}), source) == {"诈骗": float(tablecache.KEEP + 2)}  # the newest is read back


def test_an_empty_cache_dir_setting_turns_the_cache_off(monkeypatch, source, tmp_path):
    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", "")
    build = Builder(TABLE)
    cached("words", build, source)
    cached("words", build, source)
    assert build.calls == 2


def test_an_unwritable_cache_costs_only_the_build(tmp_path, monkeypatch, source):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("ZHTOOLS_CACHE_DIR", str(blocker / "zhtools"))
    assert cached("words", Builder(TABLE), source) == TABLE
    assert list(tmp_path.glob("**/*.marshal")) == []


def test_a_damaged_file_is_rebuilt_and_replaced(cache, source):
    cached("words", Builder(TABLE), source)
    (written,) = cache.iterdir()
    written.write_bytes(b"\x00not marshal")
    build = Builder(TABLE)
    assert cached("words", build, source) == TABLE
    assert build.calls == 1
    assert cached("words", Builder({}), source) == TABLE  # the rebuilt table was written back


def test_no_temporary_file_is_left_behind(cache, source):
    cached("words", Builder(TABLE), source)
    assert [p.name for p in cache.iterdir() if p.name.startswith(".")] == []


def test_the_project_tables_read_back_equal_to_a_fresh_build(cache):
    from zhtools.clean import base
    from zhtools.mojibake import _two_char_words, _word_logp, two_char_words, word_logp

    for public, build in ((word_logp, _word_logp), (two_char_words, _two_char_words), (base.common_words, base._common_words)):
        public.cache_clear()
        first = public()  # built and written
        public.cache_clear()
        assert public() == first == build()  # read back
    assert len(list(cache.iterdir())) == 3
    assert tablecache.cache_dir() == cache
