"""Runs at scale: the same bytes for any backend and number of workers, records in input order,
--resume that copies what it can and recomputes the rest, interrupted runs that leave the last
complete release alone, and a progress bar only on a terminal."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from zhtools import outputs, runner
from zhtools.clean import CleanOptions
from zhtools.cli import entry
from zhtools.pipeline import OUTPUTS, RunOptions, render_document
from zhtools.records import load_schema

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
PAGES = sorted(RAW.glob("*.txt"))
SMALL_PAGE = RAW / "003_0b8c7273d3b909f3.txt"
FILES = [f"{name}.jsonl" for name in OUTPUTS]
HTML = "<html><head><title>反诈宣传活动</title></head><body><article><p>为提高群众防范意识，共发放宣传单5000余份。</p><p>一是加强宣传。二是开展“断卡”行动。</p></article></body></html>"


def release(out: Path) -> dict[str, bytes]:
    """The JSONL files of a run, and its manifest without what differs between runs."""
    files = {name: (out / name).read_bytes() for name in FILES}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    del manifest["timings"], manifest["run"]
    return {**files, "manifest.json": json.dumps(manifest, sort_keys=True).encode()}


def run_info(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run"]


def run(paths: list[Path], out: Path, **options) -> runner.RunSummary:
    return runner.run([str(p) for p in paths], out, RunOptions(**{"workers": 1, **options}))


def final_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The raw pages, a traditional Big5 page with pinyin, an HTML page and an empty file."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(RAW, folder / "raw")
    (folder / "extra").mkdir()
    (folder / "extra" / "big5.txt").write_bytes("反詐宣傳\n對(dui)話活動中，共發放宣傳單5000余份。".encode("big5"))
    (folder / "extra" / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "extra" / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def fresh(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    summary = run([corpus], out)
    assert summary.documents == 7 and summary.errors == 1
    return out


def test_the_fresh_run_has_every_file_an_error_and_a_valid_manifest(fresh):
    assert (fresh / "errors.jsonl").read_text(encoding="utf-8").count("\n") == 1
    manifest = json.loads((fresh / "manifest.json").read_text(encoding="utf-8"))
    jsonschema.validate(manifest, load_schema("manifest"))
    assert manifest["run"]["backend"] == "local" and manifest["run"]["reused"] == 0
    assert not (fresh / outputs.PARTIAL).exists()
    assert (fresh / outputs.INDEX).read_text(encoding="utf-8").count("\n") == 1 + 7  # a header, one line per document


def test_two_local_workers_write_the_same_bytes(corpus, fresh, tmp_path):
    run([corpus], tmp_path, workers=2)
    assert release(tmp_path) == release(fresh)
    assert run_info(tmp_path)["workers"] == 2


def test_records_are_written_in_input_order_when_documents_finish_out_of_order(tmp_path):
    """A big page first: the second worker finishes the small ones behind it long before it."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-big.txt").write_bytes(b"\n".join(p.read_bytes() for p in PAGES * 2))
    for n in range(6):
        shutil.copy(SMALL_PAGE, src / f"b{n}.txt")
    run([src], tmp_path / "one")
    run([src], tmp_path / "two", workers=2)
    assert release(tmp_path / "two") == release(tmp_path / "one")
    ids = [json.loads(line)["id"] for line in (tmp_path / "two" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["a-big", *(f"b{n}" for n in range(6))]


def test_render_document_serialises_what_process_document_makes():
    from zhtools.pipeline import Input

    rendered = render_document(Input(str(SMALL_PAGE), "p", "p.txt"))
    assert rendered.ok and rendered.n_bytes == SMALL_PAGE.stat().st_size
    assert set(rendered.chunks) == set(OUTPUTS) - {"errors"}
    for name, chunk in rendered.chunks.items():
        lines = chunk.decode("utf-8").splitlines()
        assert (len(json.loads(lines[0])["rule"]) if name == "edits" else len(lines)) == rendered.counts[name]
    assert rendered.counts["edits"] > 1 and outputs.reused_counts(rendered.chunks) == rendered.counts  # what --resume counts
    broken = render_document(Input("/nonexistent/x.txt", "x", "x.txt"))
    assert not broken.ok and json.loads(broken.chunks["errors"])["stage"] == "read"


# --- --resume -------------------------------------------------------------------------------------


def test_resume_recomputes_only_what_changed_and_writes_what_a_fresh_run_writes(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(RAW, src)
    (src / "empty.txt").write_bytes(b"")
    run([src], out)
    changed, removed = PAGES[1].name, PAGES[2].name
    with (src / changed).open("a", encoding="utf-8") as f:
        f.write("\n共发放宣传单300余份。\n")
    (src / removed).unlink()
    shutil.copy(SMALL_PAGE, src / "new.txt")

    summary = run([src], out, resume=True, workers=2)
    assert summary.reused == 3  # five pages: one changed, one removed; the empty file is tried again
    info = run_info(out)
    del info["id"]
    assert info == {"backend": "local", "workers": 2, "resumed": True, "reused": 3}
    run([src], tmp_path / "fresh")
    assert release(out) == release(tmp_path / "fresh")
    assert not (out / outputs.PREVIOUS).exists() and not (out / outputs.PARTIAL).exists()


def test_resume_with_other_cleaning_options_reuses_nothing(tmp_path):
    out = tmp_path / "out"
    run([RAW], out)
    summary = run([RAW], out, resume=True, clean=CleanOptions(convert=None))
    assert summary.reused == 0 and summary.documents == 5
    run([RAW], tmp_path / "fresh", clean=CleanOptions(convert=None))
    assert release(out) == release(tmp_path / "fresh")
    assert run([RAW], out, resume=True, clean=CleanOptions(convert=None)).reused == 5


def test_resume_ignores_an_index_that_does_not_belong_to_the_manifest(tmp_path):
    """A commit cut short between the index and the manifest: the index must not be trusted."""
    out = tmp_path / "out"
    run([RAW], out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["run"]["id"] = "another run"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert run([RAW], out, resume=True).reused == 0


def test_an_interrupted_run_keeps_the_last_release_and_resume_continues_it(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([RAW], out, clean=CleanOptions(convert=None))
    before = final_files(out)
    seen = []

    def interrupted(item, data=None, options=None, limits=None):
        seen.append(item.doc_id)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return render_document(item, data, options, limits)

    monkeypatch.setattr(runner, "render_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([RAW], out)
    assert final_files(out) == before
    index = (out / outputs.PARTIAL / "index.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line)["doc_id"] for line in index.splitlines()[1:]] == seen[:3]

    monkeypatch.undo()
    assert run([RAW], out, resume=True).reused == 3
    run([RAW], tmp_path / "fresh")
    assert release(out) == release(tmp_path / "fresh")


def cli_process(*args: str) -> subprocess.Popen:
    command = [sys.executable, "-c", "from zhtools.cli import console; console()", "run", *args, "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_lines(proc: subprocess.Popen, path: Path, n: int) -> None:
    """Until `path` has `n` lines; the run must still be going (it has far more to do)."""
    deadline = time.monotonic() + 120
    while not (path.exists() and path.read_bytes().count(b"\n") >= n):
        assert proc.poll() is None, f"the run ended first: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "the run wrote no index line"
        time.sleep(0.02)


def index_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n")


def test_killed_runs_leave_the_last_release_alone_and_resume_finishes_them(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for n in range(20):
        for page in PAGES:
            shutil.copy(page, src / f"{n:02}-{page.name}")
    run([RAW], out)  # the last complete release, of other inputs
    before = final_files(out)
    partial_index = out / outputs.PARTIAL / "index.jsonl"

    terminated = cli_process(str(src), "--out", str(out), "--workers", "2")
    wait_for_lines(terminated, partial_index, 2)
    terminated.send_signal(signal.SIGTERM)
    assert terminated.wait(timeout=60) == 1  # stopped in order: "aborted"
    assert final_files(out) == before
    done = index_lines(partial_index)

    killed = cli_process(str(src), "--out", str(out), "--workers", "1", "--resume")
    wait_for_lines(killed, partial_index, done + 1)  # all it could copy, and one document more
    killed.kill()
    killed.wait(timeout=60)
    assert final_files(out) == before
    done = index_lines(partial_index) - 1

    summary = run([src], out, resume=True, workers=2)
    assert summary.reused >= done > 1
    run([src], tmp_path / "fresh", workers=2)
    assert release(out) == release(tmp_path / "fresh")


# --- the command line --------------------------------------------------------------------------


def test_a_piped_run_shows_a_summary_line_and_no_bar(tmp_path, capsys):
    assert entry(["run", str(SMALL_PAGE), "--out", str(tmp_path / "a"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "1 documents" in err and "MB/s" in err and "\r" not in err
    assert entry(["run", str(SMALL_PAGE), "--out", str(tmp_path / "b"), "--workers", "1", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_the_progress_bar_goes_to_stderr_when_asked_for(tmp_path, capsys):
    run([SMALL_PAGE], tmp_path, progress=True)
    captured = capsys.readouterr()
    assert "zhtools" in captured.err and captured.out == ""


def test_a_scheduler_needs_the_dask_backend(tmp_path, capsys):
    assert entry(["run", str(SMALL_PAGE), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--backend dask" in capsys.readouterr().err


# --- Dask (last: the cluster's threads stay up until the module ends) ----------------------------


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **runner.QUIET_CLUSTER) as c:
        yield c


def test_dask_writes_the_same_bytes_as_the_local_backend(cluster, corpus, fresh, tmp_path):
    args = ["run", str(corpus), "--out", str(tmp_path), "--backend", "dask", "--scheduler", cluster.scheduler_address, "--quiet"]
    assert entry(args) == 1  # the empty file
    assert release(tmp_path) == release(fresh)
    assert run_info(tmp_path)["backend"] == "dask" and run_info(tmp_path)["workers"] == 2


def test_dask_reads_standard_input_on_the_client(cluster, fresh, tmp_path, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SMALL_PAGE.read_bytes())))
    run(["-"], tmp_path, backend="dask", scheduler=cluster.scheduler_address)
    [document] = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(document)["id"] == "stdin" and json.loads(document)["sha256"] in (fresh / "documents.jsonl").read_text()


def test_dask_without_a_scheduler_starts_and_closes_its_own_cluster(tmp_path):
    run([SMALL_PAGE, PAGES[0]], tmp_path / "dask", backend="dask")
    run([SMALL_PAGE, PAGES[0]], tmp_path / "local")
    assert release(tmp_path / "dask") == release(tmp_path / "local")
