"""Composes the stages: find inputs → ingest → clean (with conversion) → records → files.

`process_document` is the per-document function every backend runs; it takes bytes and
returns records, and never raises for a bad input: it returns an `ErrorRecord` instead.
`run` writes the JSONL release: each output file is written under a temporary name and
renamed into place when complete, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from zhtools import __version__
from zhtools.clean import CleanOptions, clean_and_explain
from zhtools.convert import script_of
from zhtools.errors import IngestError, ZhtoolsError
from zhtools.extract.counts import counts
from zhtools.extract.measures import measures
from zhtools.extract.slogans import slogans
from zhtools.ingest import Source, read_source
from zhtools.records import Article, Count, Document, EditRecord, ErrorRecord, Measure, Slogan, schema_id, to_json
from zhtools.split import split_articles

# File types the ingest stage reads; anything else found in a folder is reported, not read.
TEXT_SUFFIXES = (".txt", ".text", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
TITLE_MAX = 60


class UsageError(ZhtoolsError):
    """The command was asked for something it cannot do (bad path, bad option)."""


@dataclass(frozen=True)
class RunOptions:
    clean: CleanOptions = field(default_factory=CleanOptions)
    workers: int = 1


@dataclass(frozen=True)
class Input:
    """One file to process: where it is, and the id and path it gets in the records."""

    location: str  # a filesystem path, or "-" for standard input
    doc_id: str
    rel_path: str


@dataclass
class Processed:
    """What one document gives: its record and edits, or the error that stopped it."""

    document: Document | None = None
    articles: list[Article] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    edits: list[EditRecord] = field(default_factory=list)
    error: ErrorRecord | None = None
    sha256: str = ""
    n_bytes: int = 0


# --- finding inputs ---------------------------------------------------------------------------


def discover(paths: Sequence[str]) -> tuple[list[Input], list[ErrorRecord]]:
    """The inputs under `paths` (files, folders searched recursively, or "-"), sorted by id.

    A folder's files get ids relative to that folder; a file given by itself gets its stem.
    Unsupported files, unreadable folders and ids seen twice become error records.
    """
    found: dict[str, Input] = {}
    errors: list[ErrorRecord] = []
    seen_real: set[str] = set()

    def add(location: str, root: Path | None) -> None:
        path = Path(location)
        rel = path.relative_to(root).as_posix() if root else path.name
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            errors.append(error(rel, "discover", f"unsupported file type {suffix!r}: not read"))
            return
        real = os.path.realpath(location)
        if real in seen_real:
            return  # the same file reached twice (named twice, or through a link)
        seen_real.add(real)
        doc_id = rel[: -len(path.suffix)] if path.suffix else rel
        if doc_id in found:
            errors.append(error(rel, "discover", f"document id {doc_id!r} already taken by {found[doc_id].rel_path!r}"))
            return
        found[doc_id] = Input(location, doc_id, rel)

    for p in paths:
        if p == STDIN:
            found.setdefault("stdin", Input(STDIN, "stdin", STDIN))
            continue
        path = Path(p)
        if path.is_dir():
            walk_errors: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(path, onerror=walk_errors.append, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        add(os.path.join(dirpath, name), path)
            errors.extend(error(str(e.filename or p), "discover", f"folder not readable: {e.strerror}") for e in walk_errors)
        elif path.exists():
            add(p, None)
        else:
            raise UsageError(f"no such file or folder: {p}")
    return sorted(found.values(), key=lambda i: i.doc_id), errors


def error(path: str, stage: str, reason: str) -> ErrorRecord:
    return ErrorRecord(id=f"{path}!{stage}", path=path, stage=stage, reason=reason)


# --- one document -----------------------------------------------------------------------------


def read_bytes(item: Input) -> bytes:
    if item.location == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(item.location).read_bytes()
    except OSError as e:
        raise IngestError(f"cannot read file: {e.strerror or e}") from e


def document_title(source: Source, text: str) -> str | None:
    if source.title:
        return source.title.strip()
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= TITLE_MAX and first[-1] not in "。！？；，":
        return first
    return None


def extract(article: Article, source_span) -> tuple[list[Measure], list[Count], list[Slogan]]:
    """The measures, counts and slogans of one article; `source_span(s, e)` maps document offsets."""
    base, text, aid, did = article.doc_span[0], article.text, article.id, article.doc_id

    def spans(h) -> dict:
        return {"span": (h.start, h.end), "source_span": source_span(base + h.start, base + h.end)}

    found_measures = [
        Measure(id=f"{aid}/m{n}", doc_id=did, article_id=aid, marker=h.marker, level=h.level, heading=h.heading, text=h.text, **spans(h))
        for n, h in enumerate(measures(text), 1)
    ]
    found_counts = [
        Count(
            id=f"{aid}/c{n}", doc_id=did, article_id=aid, mention=h.mention, value=h.value, value_max=h.value_max,
            approx=h.approx, unit=h.unit, object=h.object, action=h.action, redacted=h.redacted, **spans(h),
        )
        for n, h in enumerate(counts(text), 1)
    ]
    found_slogans = [
        Slogan(
            id=f"{aid}/s{n}", doc_id=did, article_id=aid, text=h.text, normalized=h.normalized, kind=h.kind,
            quoted=h.quoted, expansion=h.expansion, **spans(h),
        )
        for n, h in enumerate(slogans(text, title=article.title), 1)
    ]
    return found_measures, found_counts, found_slogans


def process_source(source: Source, item: Input, sha256: str, options: CleanOptions) -> Processed:
    """Clean one decoded source into its document record and edit log."""
    trace = clean_and_explain(source.text, options)
    text = trace.text
    edits = [
        EditRecord(id=f"{item.doc_id}@{n}", doc_id=item.doc_id, rule=e.rule, source_span=(e.start, e.end), old=e.old, new=e.new)
        for n, e in enumerate(trace.edits(), 1)
    ]
    title = document_title(source, text)
    split = split_articles(text, title)
    articles = [
        Article(
            id=f"{item.doc_id}#{a.ordinal}",
            doc_id=item.doc_id,
            ordinal=a.ordinal,
            title=a.title,
            collection_title=a.collection_title,
            text=text[a.start : a.end],
            doc_span=(a.start, a.end),
            source_span=trace.source_span(a.start, a.end),
            duplicate_of=None,
            similarity=None,
            preview=a.preview,
        )
        for a in split.articles
    ]
    document = Document(
        id=item.doc_id,
        path=item.rel_path,
        sha256=sha256,
        encoding=source.encoding,
        format=source.format,
        script=script_of(source.text),
        title=title,
        metadata=dict(source.metadata),
        declared_articles=split.declared,
        n_articles=len(articles),
        split_warning=split.warning,
        n_edits=len(edits),
        text=text,
    )
    result = Processed(document=document, articles=articles, edits=edits, sha256=sha256)
    for article in articles:
        m, c, sl = extract(article, trace.source_span)
        result.measures.extend(m)
        result.counts.extend(c)
        result.slogans.extend(sl)
    return result


def process_document(item: Input, data: bytes | None = None, options: CleanOptions | None = None) -> Processed:
    """Read, decode and clean one input. Never raises for a bad input: returns its error."""
    options = options or CleanOptions()
    stage = "read"
    try:
        data = read_bytes(item) if data is None else data
        sha256 = hashlib.sha256(data).hexdigest()
        source = read_source(data, item.rel_path)
        stage = "clean"
        result = process_source(source, item, sha256, options)
        result.n_bytes = len(data)
        return result
    except IngestError as e:
        return Processed(error=error(item.rel_path, stage, e.reason))
    except Exception as e:  # a bug must cost one document, not the run  # noqa: BLE001
        return Processed(error=error(item.rel_path, stage, f"internal error: {type(e).__name__}: {e}"))


# --- the run ----------------------------------------------------------------------------------

RECORD_KINDS = ("document", "article", "measure", "count", "slogan", "edit", "error", "manifest")
OUTPUTS = ("documents", "articles", "measures", "counts", "slogans", "edits", "errors")


class AtomicWriter:
    """Files written under a temporary name in the output folder, renamed into place on commit."""

    def __init__(self, out_dir: Path, names: Iterable[str]):
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, IO[str]] = {}
        self.paths: dict[str, tuple[Path, Path]] = {}
        for name in names:
            final = out_dir / name
            tmp = out_dir / f".{name}.tmp-{os.getpid()}"
            self.paths[name] = (tmp, final)
            self.files[name] = tmp.open("w", encoding="utf-8", newline="\n")

    def write_line(self, name: str, line: str) -> None:
        self.files[name].write(line)
        self.files[name].write("\n")

    def commit(self) -> None:
        for f in self.files.values():
            f.flush()
            os.fsync(f.fileno())
            f.close()
        for tmp, final in self.paths.values():
            os.replace(tmp, final)

    def abort(self) -> None:
        for f in self.files.values():
            f.close()
        for tmp, _ in self.paths.values():
            tmp.unlink(missing_ok=True)


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

    def line(self) -> str:
        rate = self.bytes / 1e6 / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents, {self.articles} articles, {self.measures} measures, {self.counts} counts, "
            f"{self.slogans} slogans, {self.edits} edits, {self.errors} errors, {self.bytes / 1e6:.1f} MB at {rate:.2f} MB/s"
        )


def _process_star(args: tuple[Input, CleanOptions]) -> Processed:
    return process_document(args[0], None, args[1])


def processed_stream(items: Sequence[Input], options: RunOptions) -> Iterator[Processed]:
    """Per-document results in input order, whatever the number of workers."""
    if options.workers <= 1 or len(items) <= 1 or any(i.location == STDIN for i in items):
        for item in items:
            yield process_document(item, None, options.clean)
        return
    with ProcessPoolExecutor(max_workers=options.workers) as pool:
        yield from pool.map(_process_star, [(i, options.clean) for i in items], chunksize=1)


def run(paths: Sequence[str], out_dir: Path, options: RunOptions | None = None) -> RunSummary:
    """Process every input under `paths` and write the JSONL release into `out_dir`."""
    options = options or RunOptions()
    started = time.perf_counter()
    items, errors = discover(paths)
    summary = RunSummary()
    inputs: list[dict[str, str]] = []
    writer = AtomicWriter(out_dir, [f"{name}.jsonl" for name in OUTPUTS])
    try:
        for e in errors:
            writer.write_line("errors.jsonl", to_json(e))
        for result in processed_stream(items, options):
            if result.error:
                writer.write_line("errors.jsonl", to_json(result.error))
                summary.errors += 1
                continue
            assert result.document is not None
            doc = result.document
            inputs.append({"path": doc.path, "sha256": doc.sha256})
            writer.write_line("documents.jsonl", to_json(doc))
            for name in ("articles", "measures", "counts", "slogans"):
                for record in getattr(result, name):
                    writer.write_line(f"{name}.jsonl", to_json(record))
            for e in result.edits:
                writer.write_line("edits.jsonl", to_json(e))
            summary.documents += 1
            summary.articles += len(result.articles)
            summary.measures += len(result.measures)
            summary.counts += len(result.counts)
            summary.slogans += len(result.slogans)
            summary.edits += len(result.edits)
            summary.bytes += result.n_bytes
        summary.errors += len(errors)
        summary.seconds = time.perf_counter() - started
        manifest = {
            "schema": schema_id("manifest"),
            "tool_version": __version__,
            "schemas": {kind: schema_id(kind) for kind in RECORD_KINDS},
            "options": {"clean": {**asdict(options.clean), "skip": sorted(options.clean.skip)}},
            "inputs": inputs,
            "counts": {name: getattr(summary, name) for name in ("documents", "articles", "measures", "counts", "slogans", "edits", "errors")},
            "timings": {"seconds": round(summary.seconds, 3)},
        }
        tmp = out_dir / f".manifest.json.tmp-{os.getpid()}"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        writer.commit()
        os.replace(tmp, out_dir / "manifest.json")
    except BaseException:
        writer.abort()
        raise
    return summary
