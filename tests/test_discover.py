"""Document ids: unique for any set of inputs, the same on every run, found again by --resume.

Each row of the table is a set of files under a temporary folder and the paths a run is
given; the expected ids and paths are what documents.jsonl must hold. No row may lose an
input: every file is a document, none is an error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from zhtools.pipeline import RunOptions, discover
from zhtools.runner import run

PAGE = "反诈宣传活动。共发放宣传单500份。"

CASES = [
    pytest.param(["p.txt", "q.html"], ["."], {"p": "p.txt", "q": "q.html"}, id="different-stems-keep-the-short-id"),
    pytest.param(["x/p.txt", "x/p.html"], ["."], {"x/p.txt": "x/p.txt", "x/p.html": "x/p.html"}, id="txt-beside-html-keep-extensions"),
    pytest.param(["x/p.txt", "x/p.html", "x/q.txt"], ["."], {"x/p.txt": "x/p.txt", "x/p.html": "x/p.html", "x/q": "x/q.txt"}, id="only-the-sharing-stems-change"),
    pytest.param(["x/p", "x/p.txt"], ["."], {"x/p": "x/p", "x/p.txt": "x/p.txt"}, id="no-extension-beside-txt"),
    pytest.param(
        ["a/x/p.txt", "b/x/p.txt", "a/y.txt"], ["a", "b"],
        {"a/x/p": "a/x/p.txt", "b/x/p": "b/x/p.txt", "y": "y.txt"}, id="two-roots-same-relative-path",
    ),
    pytest.param(
        ["one/data/p.txt", "two/data/p.txt"], ["one/data", "two/data"],
        {"one/data/p": "one/data/p.txt", "two/data/p": "two/data/p.txt"}, id="two-roots-with-the-same-name",
    ),
    pytest.param(["a/p.txt", "b/p.txt"], ["a/p.txt", "b/p.txt"], {"a/p": "a/p.txt", "b/p": "b/p.txt"}, id="two-files-given-by-themselves"),
    pytest.param(
        ["a/p.txt", "a/p.html", "b/p.txt"], ["a", "b"],
        {"a/p": "a/p.txt", "p.html": "p.html", "b/p": "b/p.txt"}, id="extension-and-root-both-needed",
    ),
    pytest.param(
        ["p.txt", "p.html", "p.txt.html"], ["."], None, id="a-name-that-is-another-name-with-its-extension",
    ),
]


def make(tmp_path: Path, files: list[str]) -> None:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"<p>{PAGE}</p>" if name.endswith(".html") else PAGE, encoding="utf-8")


@pytest.mark.parametrize("files, given, expected", CASES)
def test_no_input_is_lost_because_of_its_name(tmp_path, monkeypatch, files, given, expected):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, files)
    items, errors = discover(given)
    assert errors == []
    assert len(items) == len(files) and len({i.doc_id for i in items}) == len(items)
    assert sorted(os.path.abspath(i.location) for i in items) == sorted(str(tmp_path / f) for f in files)
    if expected is not None:
        assert {i.doc_id: i.rel_path for i in items} == expected
    assert [(i.doc_id, i.rel_path) for i in discover(given)[0]] == [(i.doc_id, i.rel_path) for i in items]  # stable


def test_a_run_keeps_both_pages_and_resume_finds_them_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, ["a/x/p.txt", "a/x/p.html", "b/x/p.txt"])
    out = tmp_path / "out"
    first = run(["a", "b"], out, RunOptions(workers=1))
    assert (first.documents, first.errors) == (3, 0)
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(d["id"], d["path"]) for d in documents] == [("a/x/p", "a/x/p.txt"), ("b/x/p", "b/x/p.txt"), ("x/p.html", "x/p.html")]
    assert (out / "errors.jsonl").read_text() == ""
    before = {p.name: p.read_bytes() for p in out.glob("[!.]*.jsonl")}
    again = run(["a", "b"], out, RunOptions(workers=1, resume=True))
    assert again.reused == 3
    assert {p.name: p.read_bytes() for p in out.glob("[!.]*.jsonl")} == before


def test_standard_input_and_a_file_named_stdin_are_two_documents(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, ["d/stdin.txt"])
    items, errors = discover(["-", "d"])
    assert errors == [] and {(i.doc_id, i.rel_path) for i in items} == {("stdin", "-"), ("stdin.txt", "stdin.txt")}


def test_an_error_names_the_full_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, ["a/x/notes.pdf", "b/x/notes.pdf"])
    _, errors = discover(["a", "b"])
    assert sorted(e.path for e in errors) == [str(tmp_path / "a" / "x" / "notes.pdf"), str(tmp_path / "b" / "x" / "notes.pdf")]
