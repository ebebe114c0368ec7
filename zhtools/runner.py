"""The run: every input under some paths in, the JSONL release out; streaming, parallel, resumable.

The main process walks the inputs in order (sorted document id). Each input either has
records an earlier run made from the same bytes with the same tool and options (with
--resume: they are copied byte for byte) or becomes a job for a backend: in-process, a pool
of local processes, or a Dask cluster, all running `pipeline.render_document`. At most a few
documents per worker are in flight, and results are written in input order, so memory stays
flat and the output is the same bytes for any backend and any number of workers.

Outputs are written in a hidden folder (PARTIAL) beside an index that says where each
document's records lie; a complete run renames them into place (manifest last) and keeps the
index as INDEX, so that a later --resume can find the records to copy. An interrupted run
leaves its partial folder, which --resume reads too; the final files of the last complete
run are never touched until the new ones are complete.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from zhtools import __version__
from zhtools.clean import CleanOptions
from zhtools.dedup import Deduplicator, DedupOptions
from zhtools.errors import IngestError
from zhtools.limits import Limits
from zhtools.outputs import Fingerprint, PartialOutputs, Reuse, options_record
from zhtools.pipeline import (
    BACKENDS,
    FORMATS,
    OUTPUTS,
    RECORD_KINDS,
    STDIN,
    Input,
    Rendered,
    RunOptions,
    UsageError,
    discover,
    error,
    read_bytes,
    render_document,
    rendered_error,
    warm,
)
from zhtools.records import ErrorRecord, schema_id, to_json

WINDOW_PER_WORKER = 4  # documents in flight per worker: enough to keep it busy, few enough to keep memory flat
# A local Dask cluster without a dashboard, whose scheduler's HTTP server takes any free port
# (rather than warn that 8787 is taken), and which logs errors only.
QUIET_CLUSTER = {"dashboard_address": None, "scheduler_kwargs": {"dashboard_address": "127.0.0.1:0"}, "silence_logs": logging.ERROR}


@dataclass
class RunSummary:
    documents: int = 0
    articles: int = 0
    measures: int = 0
    counts: int = 0
    slogans: int = 0
    edits: int = 0
    errors: int = 0
    bytes: int = 0
    seconds: float = 0.0
    reused: int = 0  # documents whose records were copied from an earlier run (--resume)
    duplicates: int = 0  # articles marked as near-duplicates of an earlier one

    def add(self, rendered: Rendered) -> None:
        for name, n in rendered.counts.items():
            setattr(self, name, getattr(self, name) + n)
        if rendered.ok:
            self.bytes += rendered.n_bytes
            self.reused += rendered.reused

    def line(self) -> str:
        rate = self.bytes / 1e6 / self.seconds if self.seconds else 0.0
        reused = f" ({self.reused} reused)" if self.reused else ""
        return (
            f"{self.documents} documents{reused}, {self.articles} articles, {self.measures} measures, {self.counts} counts, "
            f"{self.slogans} slogans, {self.edits} edits, {self.errors} errors, {self.duplicates} duplicate articles, "
            f"{self.bytes / 1e6:.1f} MB at {rate:.2f} MB/s"
        )


# --- backends ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    item: Input
    data: bytes | None  # only for standard input, which a worker cannot read
    options: CleanOptions
    limits: Limits


class Future(Protocol):
    def result(self) -> Rendered: ...


class Backend(Protocol):
    workers: int
    window: int  # documents in flight at most

    def submit(self, job: Job) -> Future: ...
    def close(self) -> None: ...


class Ready:
    """A result made on the spot, shaped like a future."""

    def __init__(self, value: Rendered):
        self.value = value

    def result(self) -> Rendered:
        return self.value


class InProcess:
    """One worker: the main process itself. No start-up cost, and a debugger sees everything."""

    workers = window = 1

    def __init__(self) -> None:
        warm()

    def submit(self, job: Job) -> Future:
        return Ready(render_document(job.item, job.data, job.options, job.limits))

    def close(self) -> None:
        pass


def init_worker() -> None:
    """A pool worker leaves Ctrl-C to the main process, which stops the run in order, and warms up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    warm()


def exit_when_orphaned(parent: int) -> None:
    """A main process killed outright cannot stop its pool: a worker whose parent is gone exits."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


class LocalPool:
    """Worker processes on this machine."""

    def __init__(self, workers: int):
        self.workers, self.window = workers, WINDOW_PER_WORKER * workers
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=init_worker)

    def submit(self, job: Job) -> Future:
        return self.pool.submit(render_document, job.item, job.data, job.options, job.limits)

    def close(self) -> None:
        # Documents not started are dropped; the few running finish, so no worker outlives the run.
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """A Dask cluster: the one at `scheduler`, or a local one of `workers` processes, closed at the end.
    Workers read the inputs by absolute path, so the paths must be visible to them."""

    def __init__(self, workers: int, scheduler: str | None):
        from distributed import Client, LocalCluster

        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, **QUIET_CLUSTER)
                self.client = Client(self.cluster)
        except (OSError, ValueError) as e:
            if self.cluster is not None:
                self.cluster.close()
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        self.client.run(warm)
        self.workers = sum(self.client.nthreads().values()) or workers
        self.window = WINDOW_PER_WORKER * self.workers

    def submit(self, job: Job) -> Future:
        item = job.item if job.data is not None else replace(job.item, location=os.path.abspath(job.item.location))
        return self.client.submit(render_document, item, job.data, job.options, job.limits, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def open_backend(options: RunOptions, n_jobs: int) -> Backend:
    workers = options.workers or os.cpu_count() or 1
    if options.backend == "dask":
        return DaskCluster(workers, options.scheduler)
    workers = min(workers, n_jobs)
    return LocalPool(workers) if workers > 1 else InProcess()


def plan(items: Iterable[Input], reuse: Reuse, options: RunOptions) -> Iterator[Job | Rendered]:
    """Each input in order: its records from an earlier run when they can be reused, else a job.
    Standard input is read here (within the size limit), since no worker can read it."""
    for item in items:
        data = None
        if item.location == STDIN:
            try:
                data = read_bytes(item, options.limits)
            except IngestError as e:
                yield rendered_error(item, error(item.full_path, "read", e.reason))
                continue
        yield reuse.lookup(item, data) or Job(item, data, options.clean, options.limits)


def in_order(work: Iterable[Job | Rendered], backend: Backend) -> Iterator[Rendered]:
    """Results in input order, with at most `backend.window` documents in flight: memory stays
    flat whatever the corpus size, and a slow document holds back the writing, never the order."""
    pending: deque[Future | Rendered] = deque()

    def oldest() -> Rendered:
        first = pending.popleft()
        return first if isinstance(first, Rendered) else first.result()

    for w in work:
        pending.append(w if isinstance(w, Rendered) else backend.submit(w))
        if len(pending) >= backend.window:
            yield oldest()
    while pending:
        yield oldest()


# --- the run -----------------------------------------------------------------------------------


class Progress:
    """A bar on stderr: documents, MB, rate and time left, against the inputs' total size."""

    def __init__(self, enabled: bool, n_documents: int, n_bytes: int):
        self.n_documents, self.done = n_documents, 0
        self.bar = tqdm(
            total=n_bytes, disable=not enabled, file=sys.stderr, unit="B", unit_scale=True, unit_divisor=1000,
            desc="zhtools", dynamic_ncols=True, leave=False,
        )  # fmt: skip

    def advance(self, n_bytes: int) -> None:
        self.done += 1
        self.bar.set_postfix_str(f"{self.done}/{self.n_documents} documents", refresh=False)
        self.bar.update(n_bytes)

    def close(self) -> None:
        self.bar.close()


@contextlib.contextmanager
def signal_handlers(handler: Callable, *signums: int) -> Iterator[None]:
    """`handler` for `signums` within the block (only the main thread may set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, handler) for signum in signums}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def interrupt(signum, frame):
    """SIGTERM stops the run as Ctrl-C does: the partial outputs are kept for --resume."""
    raise KeyboardInterrupt(f"signal {signum}")


def wait_for_the_commit(signum, frame):
    """Ctrl-C or SIGTERM while the files move into place: ignored, the run is done a moment later.
    Stopping there would leave a release half of this run, half of the last one."""


def input_size(item: Input) -> int:
    try:
        return os.stat(item.location).st_size if item.location != STDIN else 0
    except OSError:
        return 0


def manifest(options: RunOptions, summary: RunSummary, inputs: list[dict[str, str]], run: dict[str, Any]) -> dict[str, Any]:
    """What the run did. Everything that differs between runs of the same inputs is under `timings` and `run`."""
    return {
        "schema": schema_id("manifest"),
        "tool_version": __version__,
        "schemas": {kind: schema_id(kind) for kind in RECORD_KINDS},
        "options": {**options_record(options.clean), "dedup": asdict(options.dedup), "limits": asdict(options.limits)},
        "inputs": inputs,
        "counts": {**{name: getattr(summary, name) for name in OUTPUTS}, "duplicates": summary.duplicates},
        "format": options.format,
        "files": {name: f"{name}.{options.format}" for name in OUTPUTS},
        "timings": {"seconds": round(summary.seconds, 3)},
        "run": run,
    }


FACT_OUTPUTS = ("measures", "counts", "slogans")


def mark_facts(chunk: bytes, canonical_of: dict[str, str], reused: bool = True) -> bytes:
    """A document's measure, count or slogan lines with `duplicate` and `canonical_article_id`
    set from its articles' answers (lines of articles that are no duplicates count under their
    own article).

    A line made in this run (not `reused`) ends as the worker wrote it, `"duplicate": false,
    "canonical_article_id": "<its article>"}`: the lines of a duplicate article get the end
    that names the canonical article instead, and the others are kept as they are, none
    decoded and encoded again in the one process that writes the release.
    """
    if not reused:
        ends = [(_fact_end(False, article), _fact_end(True, canonical)) for article, canonical in canonical_of.items()]
        out = []
        for line in chunk.splitlines(keepends=True):
            for old, new in ends:
                if line.endswith(old):
                    line = line[: -len(old)] + new
                    break
            out.append(line)
        return b"".join(out)
    out = []
    for line in chunk.splitlines():
        record = json.loads(line)
        article = record["article_id"]
        record["duplicate"] = article in canonical_of
        record["canonical_article_id"] = canonical_of.get(article, article)
        out.append((to_json(record) + "\n").encode("utf-8"))
    return b"".join(out)


def _fact_end(duplicate: bool, canonical: str) -> bytes:
    """The last two fields of a fact's line, as `to_json` writes them."""
    return f', "duplicate": {json.dumps(duplicate)}, "canonical_article_id": {json.dumps(canonical, ensure_ascii=False)}}}\n'.encode()


class DuplicateMarker:
    """The dedup stage, run on each document's articles just before they are written.

    Documents arrive in canonical order (sorted id, then ordinal), so the first of a group of
    near-duplicates is always seen first. Each article line gets `duplicate_of` and
    `similarity` afresh, records copied from an earlier run included (their answer may have
    changed with the other inputs). The shingle sets of the canonical articles, which a later
    article is verified against, go to a file without a name in the partial output folder
    (removed when it is closed, whatever ends the run), so that the marker keeps only the LSH
    index and the latest sets in memory.
    """

    def __init__(self, options: DedupOptions, outputs: PartialOutputs):
        self.outputs = outputs
        self.spill = tempfile.TemporaryFile(dir=outputs.dir) if options.enabled else None
        self.dedup = Deduplicator(options, spill=self.spill) if options.enabled else None

    def close(self) -> None:
        if self.spill is not None:
            self.spill.close()

    def mark(self, rendered: Rendered) -> tuple[Rendered, int]:
        """The document with its article lines marked, and how many of them are duplicates."""
        chunk = rendered.chunks.get("articles")
        if not chunk:
            return rendered, 0
        lines, duplicates = [], 0
        canonical_of: dict[str, str] = {}  # article id → the article it duplicates
        sketches = rendered.sketches or (None,) * chunk.count(b"\n")
        for line, sketch in zip(chunk.splitlines(keepends=True), sketches, strict=True):
            record = json.loads(line)
            found = self.dedup.add(record["id"], record["text"], sketch, record["preview"]) if self.dedup else (None, None)
            if found[0] is None and not rendered.reused:
                marked = line  # as the worker wrote it: no duplicate
            else:
                record["duplicate_of"], record["similarity"] = found
                marked = (to_json(record) + "\n").encode("utf-8")
            if found[0] is not None:
                canonical_of[record["id"]] = found[0]
            duplicates += found[0] is not None
            lines.append(marked)
        chunks = {**rendered.chunks, "articles": b"".join(lines)}
        if canonical_of or rendered.reused:  # a copied record's answer may have changed with the other inputs
            for name in FACT_OUTPUTS:
                if rendered.chunks.get(name):
                    chunks[name] = mark_facts(rendered.chunks[name], canonical_of, rendered.reused)
        return replace(rendered, chunks=chunks), duplicates


def write_all(items: Sequence[Input], errors: list[ErrorRecord], options: RunOptions, out_dir: Path, reuse: Reuse, run_id: str) -> RunSummary:
    """Write every document's records in order, then commit; on any interruption keep the partial outputs."""
    started = time.perf_counter()
    summary, inputs = RunSummary(errors=len(errors)), []
    sizes = [input_size(item) for item in items]
    with contextlib.closing(open_backend(options, len(items))) as backend:
        outputs = PartialOutputs(out_dir, run_id, reuse.fingerprint)
        marker = DuplicateMarker(options.dedup, outputs)
        progress = Progress(options.progress, len(items), sum(sizes))
        try:
            outputs.write_errors(errors)
            for size, rendered in zip(sizes, in_order(plan(items, reuse, options), backend), strict=True):
                rendered, duplicates = marker.mark(rendered)
                outputs.write(rendered)
                summary.add(rendered)
                summary.duplicates += duplicates
                if rendered.ok:
                    inputs.append({"path": rendered.path, "sha256": rendered.sha256})
                progress.advance(size)
            marker.close()  # its file, before the folder it is in moves
            reuse.close()  # it may read the files the commit replaces
            outputs.convert(options.format)  # before the commit, which ignores Ctrl-C: a long conversion can still be stopped
            summary.seconds = time.perf_counter() - started
            run = {"id": run_id, "backend": options.backend, "workers": backend.workers, "resumed": options.resume, "reused": summary.reused}
            with signal_handlers(wait_for_the_commit, signal.SIGINT, signal.SIGTERM):
                outputs.commit(manifest(options, summary, inputs, run), options.format)
        except BaseException:
            outputs.abandon()
            raise
        finally:
            marker.close()
            progress.close()
    return summary


def run(paths: Sequence[str], out_dir: Path, options: RunOptions | None = None) -> RunSummary:
    """Process every input under `paths` and write the JSONL release into `out_dir`."""
    options = options or RunOptions()
    if options.backend not in BACKENDS:
        raise UsageError(f"unknown backend {options.backend!r}: one of {', '.join(BACKENDS)}")
    if options.format not in FORMATS:
        raise UsageError(f"unknown format {options.format!r}: one of {', '.join(FORMATS)}")
    if options.scheduler and options.backend != "dask":
        raise UsageError("--scheduler needs --backend dask")
    items, errors = discover(paths)
    out_dir.mkdir(parents=True, exist_ok=True)
    with signal_handlers(interrupt, signal.SIGTERM):
        reuse = Reuse.prepare(out_dir, Fingerprint.of(options.clean), options.resume)
        try:
            summary = write_all(items, errors, options, out_dir, reuse, uuid.uuid4().hex)
        finally:
            reuse.close()
        reuse.discard()
    return summary
