"""Hostile input: a crawl's broken files, built here, run through `zhtools run` as a user runs it.

Each input is processed correctly or becomes one errors.jsonl record (path, stage, a reason a
person understands); nothing is lost without a record; the run ends with exit code 1 when
anything went to errors.jsonl, prints no traceback, leaves no partial file; and the regex
probes (1 MB of `(`, of `((((a))))`, of `对(dui)`, of `篇一`) finish within the per-document
time budget, which is what proves no pattern backtracks catastrophically on them.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from zhtools.cli import entry
from zhtools.outputs import PARTIAL, PREVIOUS

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
PAGES = sorted(RAW.glob("*.txt"))
PAGE = RAW / "003_0b8c7273d3b909f3.txt"
PROBE_SECONDS = 60  # the budget a 1 MB probe must finish in (it takes a few seconds)
MB = 1_000_000


def png() -> bytes:
    """A real 1×1 PNG."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", bytes.fromhex("0000000100000001080200000000")) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b"")


def build(folder: Path) -> dict[str, str]:
    """Write the hostile inputs into `folder`; return what each must give: 'ok' (a document
    whose text equals the plain UTF-8 page's where the name ends in '=page'), or the error
    stage and a fragment of its reason."""
    expected: dict[str, str] = {}
    text = PAGE.read_text(encoding="utf-8")
    data = text.encode("utf-8")

    def put(name: str, content: bytes, outcome: str) -> None:
        (folder / name).write_bytes(content)
        expected[name] = outcome

    put("plain=page.txt", data, "ok")
    put("empty.txt", b"", "read: empty file")
    put("random.txt", random.Random(7).randbytes(4096), "read: binary file")
    put("image.txt", png(), "read: binary file")
    put("image.png", png(), "discover: unsupported file type")
    archive = folder / "archive.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("page.txt", text)
    put("archive.txt", archive.read_bytes(), "read: binary file")
    expected["archive.zip"] = "discover: unsupported file type"
    cut = len(data) // 2
    while data[cut] & 0xC0 == 0x80:
        cut += 1
    put("truncated.txt", data[: cut + 1], "ok")  # ends on the first byte of a character
    for page in PAGES:
        page_text = page.read_text(encoding="utf-8")
        put(f"{page.stem}.gb18030=page.txt", page_text.encode("gb18030"), "ok")
        put(f"{page.stem}.utf-16-le=page.txt", page_text.encode("utf-16-le"), "ok")
        put(f"{page.stem}.utf-16-be=page.txt", page_text.encode("utf-16-be"), "ok")
        put(f"{page.stem}.utf-16-bom=page.txt", page_text.encode("utf-16"), "ok")
        put(f"{page.stem}.utf-8-bom=page.txt", b"\xef\xbb\xbf" + page_text.encode("utf-8"), "ok")
        try:
            put(f"{page.stem}.big5=page.txt", page_text.encode("big5"), "ok")  # where representable
        except UnicodeEncodeError:
            pass
        put(f"{page.stem}=page.txt", page_text.encode("utf-8"), "ok")
    put("crlf=page.txt", text.replace("\n", "\r\n").encode("utf-8"), "ok")
    put("cr=page.txt", text.replace("\n", "\r").encode("utf-8"), "ok")
    with (folder / "one-line.txt").open("wb") as f:  # 50 MB, no line break
        block = ("为提高群众防范意识，共发放宣传单5000余份。" * 1000).encode("utf-8")
        for _ in range(50 * MB // len(block) + 1):
            f.write(block)
    expected["one-line.txt"] = "read: over the limit of 32 MB"
    put("parens.txt", b"(" * MB, "ok")
    put("nested-parens.txt", b"((((a))))" * (MB // 9), "ok")
    put("glosses.txt", "对(dui)".encode() * (MB // 9), "ok")
    put("headings.txt", "篇一".encode() * (MB // 6), "ok")
    put("repeated-lines.txt", "工作总结\n".encode() * (MB // 13), "ok")  # 77,000 adjacent deletions by one rule
    deep = "<html><body>" + "<div>" * 10_000 + "<p>" + text[:2000] + "</p>" + "</div>" * 10_000 + "</body></html>"
    put("deep.html", deep.encode("utf-8"), "ok")
    hostile_html = (
        "<!DOCTYPE html><html><head><title>反诈宣传</title><style>p { color: red }</style>"
        "<script>document.write('PWNED')</script></head><body><article>"
        "<p>为提高群众防范意识&amp;安全意识，共发放宣传单5000余份&#x3002;&nbsp;牢记&ldquo;三不一要&rdquo;。</p>"
        "<p>&lt;script&gt;这是正文里的文字&lt;/script&gt;</p><script>alert(1)</script></article></body></html>"
    )
    put("scripts.html", hostile_html.encode("utf-8"), "ok")
    put("名 字 with spaces.txt", "反诈宣传活动。共发放宣传单500份。".encode(), "ok")
    # Unreadable: root reads any file whatever its mode, so the tests make files no one can read:
    # a link to nothing, a loop of links, a named pipe (reading it would wait for ever).
    os.symlink("nothing-here.txt", folder / "dangling.txt")
    expected["dangling.txt"] = "discover: cannot read file"
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "discover: cannot read file: Too many levels of symbolic links"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "discover: not a regular file (a named pipe)"
    if os.geteuid() != 0:
        put("no-permission.txt", data, "read: cannot read file: Permission denied")
        (folder / "no-permission.txt").chmod(0)
    os.symlink(".", folder / "loop-dir")  # a folder that contains itself: not followed
    os.symlink("plain=page.txt", folder / "same-file.txt")  # the same file twice: read once
    return expected


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    expected = build(folder)
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run(
        [sys.executable, "-m", "zhtools", "run", str(folder), "--out", str(out), "--workers", "2", "--timeout", str(PROBE_SECONDS)],
        capture_output=True, text=True, timeout=900,
    )
    yield folder, out, expected, proc
    for name in ("no-permission.txt",):
        if (folder / name).exists():
            (folder / name).chmod(0o644)


def records(out: Path, name: str) -> list[dict]:
    with (out / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_the_run_ends_with_exit_code_1_one_summary_line_and_no_traceback(hostile_run):
    _, out, _, proc = hostile_run
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    (summary,) = proc.stderr.strip().splitlines()  # the summary line, and nothing else
    assert " documents, " in summary and " errors, " in summary


def test_no_partial_or_temporary_file_is_left(hostile_run):
    _, out, _, _ = hostile_run
    names = sorted(p.name for p in out.iterdir())
    assert PARTIAL not in names and PREVIOUS not in names
    assert not [n for n in names if n.endswith((".tmp", ".part")) or n.startswith(".tmp")]


def test_every_input_is_a_document_or_one_error_record(hostile_run):
    folder, out, expected, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    errors = {}
    for e in records(out, "errors.jsonl"):
        assert Path(e["path"]).is_absolute(), f"an error names the full path: {e['path']}"
        name = Path(e["path"]).relative_to(os.path.abspath(folder)).as_posix()
        assert name not in errors, f"two error records for {e['path']}"
        errors[name] = e
    assert set(documents) | set(errors) == set(expected)  # same-file.txt: the same file as plain=page.txt, read once
    assert not set(documents) & set(errors)
    for name, outcome in expected.items():
        if outcome == "ok":
            assert name in documents, f"{name}: {errors.get(name)}"
        else:
            stage, reason = outcome.split(": ", 1)
            assert name in errors, f"{name} should have failed with {outcome}"
            assert errors[name]["stage"] == stage and reason in errors[name]["reason"], errors[name]
            assert "internal error" not in errors[name]["reason"]


def test_re_encoded_pages_give_the_text_of_the_utf8_page(hostile_run):
    _, out, _, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    for page in PAGES:
        utf8 = documents[f"{page.stem}=page.txt"]["text"]
        variants = [p for p in documents if p.startswith(f"{page.stem}.")]
        assert len(variants) >= 5
        for name in variants:
            assert documents[name]["text"] == utf8, name
    plain = documents["plain=page.txt"]["text"]
    assert documents["crlf=page.txt"]["text"] == documents["cr=page.txt"]["text"] == plain
    assert {documents[f"{PAGE.stem}.utf-16-le=page.txt"]["encoding"], documents[f"{PAGE.stem}.utf-16-be=page.txt"]["encoding"]} == {"utf-16-le", "utf-16-be"}


def test_a_truncated_page_keeps_everything_before_the_cut(hostile_run):
    _, out, _, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    truncated = documents["truncated.txt"]["text"]
    assert truncated.endswith("\ufffd")  # the cut character, shown as cut
    assert documents["plain=page.txt"]["text"].startswith(truncated[:-1][:1000])


def test_html_scripts_and_entities(hostile_run):
    _, out, _, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    text = documents["scripts.html"]["text"]
    assert "&amp;" not in text and "&" in text and "。" in text  # entities decoded
    assert "PWNED" not in text and "alert" not in text and "color" not in text  # scripts and styles dropped
    assert "<script>这是正文里的文字</script>" in text  # escaped markup in the text is text
    assert documents["deep.html"]["text"].startswith("2023年防范电信网络诈骗")  # 10,000 levels deep, still read


def test_regex_probes_finish_within_the_budget_and_keep_their_text(hostile_run):
    _, out, _, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    assert documents["parens.txt"]["text"] == "(" * MB
    assert documents["nested-parens.txt"]["text"] == "((((a))))" * (MB // 9)
    assert set(documents["glosses.txt"]["text"]) == {"对"}  # every (dui) is a gloss of 对
    assert documents["headings.txt"]["n_articles"] >= 1


def test_a_file_name_with_spaces_and_cjk(hostile_run):
    _, out, _, _ = hostile_run
    documents = {d["path"]: d for d in records(out, "documents.jsonl")}
    assert documents["名 字 with spaces.txt"]["id"] == "名 字 with spaces"


# --- the bounds, one at a time --------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhtools", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_over_the_time_budget_becomes_an_error_and_the_run_goes_on(tmp_path, workers):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "slow.txt").write_bytes("对(dui)".encode() * (MB // 9))
    (tmp_path / "in" / "small.txt").write_text("反诈宣传活动。共发放宣传单500份。", encoding="utf-8")
    proc = run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", workers, "--timeout", "0.2")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    (error,) = records(tmp_path / "out", "errors.jsonl")
    assert error["path"] == os.path.abspath(tmp_path / "in" / "slow.txt") and error["stage"] == "clean"
    assert error["reason"] == "stopped after 0.2 s, the time limit of one document (--timeout)"
    assert [d["path"] for d in records(tmp_path / "out", "documents.jsonl")] == ["small.txt"]


def test_the_size_limit_is_configurable_and_covers_standard_input(tmp_path):
    proc = run_cli("run", str(PAGE), "--out", str(tmp_path / "a"), "--max-mb", "0.001")
    assert proc.returncode == 1
    (error,) = records(tmp_path / "a", "errors.jsonl")
    assert error["reason"] == f"the input is {PAGE.stat().st_size / MB:g} MB, over the limit of 0.001 MB (--max-mb)"
    proc = subprocess.run(
        [sys.executable, "-m", "zhtools", "run", "-", "--out", str(tmp_path / "b"), "--max-mb", "0.001"],
        input=PAGE.read_bytes(), capture_output=True, timeout=300,
    )
    assert proc.returncode == 1
    (error,) = records(tmp_path / "b", "errors.jsonl")
    assert error["reason"] == "the input is more than 0.001 MB, over the limit of 0.001 MB (--max-mb)"
    assert entry(["run", str(PAGE), "--out", str(tmp_path / "c"), "--max-mb", "40", "--quiet"]) == 0


@pytest.mark.parametrize("args", [["--max-mb", "0"], ["--max-mb", "-1"], ["--timeout", "-1"]])
def test_bounds_must_be_positive(tmp_path, args):
    assert entry(["run", str(PAGE), "--out", str(tmp_path / "out"), *args]) == 2


def test_single_file_commands_keep_to_the_limits_too(tmp_path):
    proc = run_cli("clean", str(PAGE), "--max-mb", "0.001")
    assert proc.returncode == 1 and "over the limit of 0.001 MB" in proc.stderr and "Traceback" not in proc.stderr


def test_debug_shows_the_traceback_of_an_unexpected_error_and_only_then(tmp_path, monkeypatch):
    """An unexpected error outside any document (here: the output folder is a file) is one line,
    or a traceback with --debug."""
    (tmp_path / "file").write_text("x", encoding="utf-8")
    plain = run_cli("run", str(PAGE), "--out", str(tmp_path / "file" / "out"))
    debug = run_cli("--debug", "run", str(PAGE), "--out", str(tmp_path / "file" / "out"))
    assert plain.returncode == debug.returncode != 0
    assert "Traceback" not in plain.stderr and plain.stderr.startswith("zhtools: ") and len(plain.stderr.strip().splitlines()) == 1
    assert "Traceback" in debug.stderr
