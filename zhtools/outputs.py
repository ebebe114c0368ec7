"""The run's output folder: the files being written, the index of where each document's
records lie, the commit that moves them into place, and the records a --resume run reuses.

A run writes into the hidden folder PARTIAL: the seven JSONL files and `index.jsonl`, one
line per document written (id, path, sha256, fingerprint, and the [offset, length] in bytes
of its records in each file). A complete run renames the files into the output folder, the
index first (as INDEX) and the manifest last; an interrupted one leaves PARTIAL as it is.
--resume copies a document's records from either, byte for byte, when its bytes, path and
fingerprint (tool version, cleaning options, the package's code) are unchanged.
A Parquet run (`--format parquet`) writes the same JSONL, converts it in PARTIAL at the end
and renames the Parquet files into place instead; it keeps no JSONL and so no INDEX.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

import zhtools
from zhtools import __version__
from zhtools.clean import CleanOptions
from zhtools.errors import IngestError
from zhtools.pipeline import OUTPUTS, Input, Rendered, jsonl, read_bytes
from zhtools.records import ErrorRecord

PARTIAL = ".zhtools-partial"  # the run in progress: its outputs and index, renamed out when complete
PREVIOUS = ".zhtools-previous"  # an interrupted run's partial folder, read by --resume, removed on success
INDEX = ".zhtools-index.jsonl"  # where each document's records lie in the last complete run's outputs
INDEX_FORMAT = 1
REUSABLE = tuple(name for name in OUTPUTS if name != "errors")  # a failed input is always tried again
CHECKPOINT_DOCS = 100  # the index catches up with the data at least this often...
CHECKPOINT_SECONDS = 1.0  # ...and at least this often, so that a killed run loses little


# --- what decides a document's records ---------------------------------------------------------


def options_record(options: CleanOptions) -> dict[str, Any]:
    """The cleaning options as the manifest shows them."""
    return {"clean": {**asdict(options), "skip": sorted(options.skip)}}


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@cache
def code_digest() -> str:
    """A digest of the package's own files. The version alone would let a change made during
    development, before the version moves, reuse records the new code no longer makes."""
    root = Path(zhtools.__file__).parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".txt")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Fingerprint:
    """Everything besides the input's bytes that decides its records: reuse needs all of it unchanged."""

    tool_version: str
    options: str
    code: str

    @classmethod
    def of(cls, options: CleanOptions) -> Fingerprint:
        return cls(__version__, digest(json.dumps(options_record(options), sort_keys=True)), code_digest())

    def matches(self, entry: dict[str, Any]) -> bool:
        return (entry.get("tool_version"), entry.get("options"), entry.get("code")) == (self.tool_version, self.options, self.code)


# --- the outputs being written -----------------------------------------------------------------


class PartialOutputs:
    """The run's output files, written in the hidden folder PARTIAL and renamed into place on success.

    Beside them, `index.jsonl` gets one line per document written: its id, path, sha256, the
    fingerprint, and the [offset, length] in bytes of its records in each file. Index lines are
    written only at checkpoints, after the data files are flushed, so that the index of a
    killed run never points at records that are not there.
    """

    def __init__(self, out_dir: Path, run_id: str, fingerprint: Fingerprint):
        self.out_dir, self.fingerprint = out_dir, fingerprint
        self.dir = out_dir / PARTIAL
        self.dir.mkdir()
        # The index first: data files are never newer than the index beside them.
        self.index = (self.dir / "index.jsonl").open("w", encoding="utf-8")
        self.index.write(json.dumps({"zhtools_index": INDEX_FORMAT, "run_id": run_id}) + "\n")
        self.index.flush()
        self.files = {name: (self.dir / f"{name}.jsonl").open("wb") for name in OUTPUTS}
        self.offsets = dict.fromkeys(OUTPUTS, 0)
        self.entries: list[str] = []  # index lines waiting for the next checkpoint
        self.last_checkpoint = time.monotonic()

    def write_errors(self, errors: Sequence[ErrorRecord]) -> None:
        """The errors found before any document (discovery's): first in errors.jsonl, never indexed."""
        chunk = jsonl(errors)
        self.files["errors"].write(chunk)
        self.offsets["errors"] += len(chunk)

    def write(self, rendered: Rendered) -> None:
        ranges = {}
        for name, chunk in rendered.chunks.items():
            self.files[name].write(chunk)
            ranges[name] = [self.offsets[name], len(chunk)]
            self.offsets[name] += len(chunk)
        if rendered.ok:
            entry = {"doc_id": rendered.doc_id, "path": rendered.path, "sha256": rendered.sha256, "n_bytes": rendered.n_bytes}
            self.entries.append(json.dumps({**entry, **asdict(self.fingerprint), "ranges": ranges}, ensure_ascii=False) + "\n")
        if len(self.entries) >= CHECKPOINT_DOCS or time.monotonic() - self.last_checkpoint >= CHECKPOINT_SECONDS:
            self.checkpoint()

    def checkpoint(self) -> None:
        for f in self.files.values():
            f.flush()
        if self.entries:
            self.index.write("".join(self.entries))
            self.entries = []
        self.index.flush()
        self.last_checkpoint = time.monotonic()

    def convert(self, format: str) -> None:
        """Write the outputs in `format` beside the JSONL in PARTIAL (for "jsonl", nothing to do).
        Called before the commit, while Ctrl-C still stops the run: stopped or failed, the
        conversion leaves the partial JSONL and its index as they were, for --resume."""
        if format == "jsonl":
            return
        from zhtools import parquet  # pyarrow is loaded only by the runs that write Parquet

        self.checkpoint()
        for name in OUTPUTS:
            parquet.convert(self.dir / f"{name}.jsonl", self.dir / f"{name}.{format}", parquet.KINDS[name])

    def commit(self, manifest: dict[str, Any], format: str = "jsonl") -> None:
        """Move every file into place: the index first, the manifest last (see `completed_source`).

        The files of the other format that an earlier run left under the same names are removed,
        so that the folder never looks like one release made of two. A Parquet release keeps no
        JSONL, so its index would point at nothing: it is dropped, with any earlier one, and a
        later --resume finds nothing to copy (an interrupted run's partial JSONL still serves).
        """
        self.checkpoint()
        manifest_file = (self.dir / "manifest.json").open("w", encoding="utf-8")
        manifest_file.write(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        for f in [self.index, *self.files.values(), manifest_file]:
            f.flush()
            os.fsync(f.fileno())
            f.close()
        stale = "parquet" if format == "jsonl" else "jsonl"
        if format == "jsonl":
            os.replace(self.dir / "index.jsonl", self.out_dir / INDEX)
        else:
            (self.out_dir / INDEX).unlink(missing_ok=True)
        for name in OUTPUTS:
            os.replace(self.dir / f"{name}.{format}", self.out_dir / f"{name}.{format}")
            (self.out_dir / f"{name}.{stale}").unlink(missing_ok=True)
        os.replace(self.dir / "manifest.json", self.out_dir / "manifest.json")
        if format != "jsonl":  # what the Parquet files were converted from
            for name in ["index", *OUTPUTS]:
                (self.dir / f"{name}.jsonl").unlink()
        self.dir.rmdir()

    def abandon(self) -> None:
        """The run stops short: keep what is written, indexed, for --resume."""
        with contextlib.suppress(OSError, ValueError):
            self.checkpoint()
        for f in [self.index, *self.files.values()]:
            f.close()


# --- reusing an earlier run's records (--resume) ----------------------------------------------


def parse_entry(line: str) -> dict[str, Any] | None:
    """An index entry, or None for the header or a line cut short by a crash."""
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("doc_id"), str) or not isinstance(entry.get("ranges"), dict):
        return None
    return entry


class IndexSource:
    """An earlier run's index and the files it points into, read in step with the inputs:
    both are in document id order, so one pass over the index serves the whole run."""

    def __init__(self, index: Path, files: dict[str, Path]):
        self.lines = index.open(encoding="utf-8")
        self.entries = filter(None, map(parse_entry, self.lines))
        self.current = next(self.entries, None)
        self.files = {name: path.open("rb") for name, path in files.items() if path.exists()}
        self.sizes = {name: os.fstat(f.fileno()).st_size for name, f in self.files.items()}

    def find(self, doc_id: str) -> dict[str, Any] | None:
        while self.current is not None and self.current["doc_id"] < doc_id:
            self.current = next(self.entries, None)
        return self.current if self.current is not None and self.current["doc_id"] == doc_id else None

    def read(self, entry: dict[str, Any]) -> dict[str, bytes] | None:
        """The entry's records, or None when they are not all there and whole."""
        chunks = {}
        for name in REUSABLE:
            span = entry["ranges"].get(name)
            if name not in self.files or not (isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span)):
                return None
            start, length = span
            if start < 0 or length < 0 or start + length > self.sizes[name]:
                return None
            self.files[name].seek(start)
            chunk = self.files[name].read(length)
            if chunk and not (chunk.startswith(b"{") and chunk.endswith(b"\n")):
                return None
            chunks[name] = chunk
        document = chunks["documents"]  # one record, which names the bytes it was made from
        if document.count(b"\n") != 1 or str(entry["sha256"]).encode() not in document:
            return None
        return chunks

    def close(self) -> None:
        self.lines.close()
        for f in self.files.values():
            f.close()


def completed_source(out_dir: Path) -> IndexSource | None:
    """The last complete run's index, trusted only when the manifest in place is of the same run:
    a run commits its index first and its manifest last, so a commit cut short never passes."""
    try:
        with (out_dir / INDEX).open(encoding="utf-8") as f:
            header = json.loads(f.readline())
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(header, dict) or not isinstance(manifest.get("run"), dict) or header.get("run_id") != manifest["run"].get("id"):
        return None
    return IndexSource(out_dir / INDEX, {name: out_dir / f"{name}.jsonl" for name in REUSABLE})


def read_input(item: Input) -> bytes | None:
    """The bytes of an input, or None when they cannot be read (the worker then says why)."""
    try:
        return read_bytes(item)
    except IngestError:
        return None


def reused_counts(chunks: dict[str, bytes]) -> dict[str, int]:
    """What a document's copied records count, as `render_document` counts them: records, one a
    line, but for `edits` the edits its record holds."""
    counts = {name: chunk.count(b"\n") for name, chunk in chunks.items()}
    if chunks.get("edits"):
        counts["edits"] = sum(len(json.loads(line)["rule"]) for line in chunks["edits"].splitlines())
    return counts


class Reuse:
    """The records a --resume run may copy: from the last complete run and from an interrupted one."""

    def __init__(self, out_dir: Path, sources: list[IndexSource], fingerprint: Fingerprint):
        self.out_dir, self.sources, self.fingerprint = out_dir, sources, fingerprint

    @classmethod
    def prepare(cls, out_dir: Path, fingerprint: Fingerprint, resume: bool) -> Reuse:
        """Clear the way for a new partial folder; with `resume`, keep an interrupted run's as PREVIOUS."""
        partial, previous = out_dir / PARTIAL, out_dir / PREVIOUS
        if not resume:
            shutil.rmtree(partial, ignore_errors=True)
            shutil.rmtree(previous, ignore_errors=True)
            return cls(out_dir, [], fingerprint)
        if partial.exists():
            shutil.rmtree(previous, ignore_errors=True)
            partial.rename(previous)
        sources = [completed_source(out_dir)]
        if (previous / "index.jsonl").exists():
            sources.append(IndexSource(previous / "index.jsonl", {name: previous / f"{name}.jsonl" for name in REUSABLE}))
        return cls(out_dir, [s for s in sources if s is not None], fingerprint)

    def lookup(self, item: Input, data: bytes | None) -> Rendered | None:
        """The item's records from an earlier run, if its bytes, path and fingerprint are unchanged.
        The file is read (and hashed) only when some run has records for its id."""
        found = [(s, e) for s in self.sources if (e := s.find(item.doc_id)) and e.get("path") == item.rel_path and self.fingerprint.matches(e)]
        if not found:
            return None
        data = read_input(item) if data is None else data
        if data is None:
            return None
        sha256 = hashlib.sha256(data).hexdigest()
        for source, entry in found:
            if entry.get("sha256") == sha256 and (chunks := source.read(entry)) is not None:
                return Rendered(item.doc_id, item.rel_path, chunks, reused_counts(chunks), sha256, len(data), reused=True)
        return None

    def close(self) -> None:
        for source in self.sources:
            source.close()

    def discard(self) -> None:
        """The run is complete: what an interrupted one left is in the new outputs or obsolete."""
        shutil.rmtree(self.out_dir / PREVIOUS, ignore_errors=True)
