"""Composes the stages: find inputs → ingest → clean (with conversion) → records → files.

`process_document` is the per-document function every backend runs; it takes bytes and
returns records, and never raises for a bad input: it returns an `ErrorRecord` instead.
`render_document` wraps it for the run: it serialises the records where they were made, so
that the process writing the release only writes bytes. The run itself (backends, the
writer, --resume, progress) is `zhtools.runner`; `run` here is its entry point.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zhtools.clean import CleanOptions, clean_and_explain
from zhtools.convert import prepare_counts, script_of
from zhtools.dedup import DedupOptions, Sketch, sketch  # no numpy at import: signatures load it when made
from zhtools.edits import Edit, EditLog
from zhtools.errors import IngestError, ZhtoolsError
from zhtools.ingest import Source, read_source
from zhtools.limits import DocumentTimeout, Limits, time_budget
from zhtools.records import Article, Count, Document, EditRecord, ErrorRecord, Measure, Record, Slogan, to_json
from zhtools.split import SENTENCE_HEADLINE_BELOW, closing_stretches, removed_bylines, sentence_headline, split_articles
from zhtools.topic import topic

# File types the ingest stage reads; anything else found in a folder is reported, not read.
TEXT_SUFFIXES = (".txt", ".text", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
FILE_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}
TITLE_MAX = 60
# Edits whose removed text may describe the document (date, source, author, editor).
# An upload date too.
BYLINE_RULES = ("chrome:byline", "chrome:counter", "chrome:download", "chrome_line", "chrome_inline")
# Share and nav lines carry an editor's name as often as a byline does (`【纠错】　【责任编辑：X】`), and a
# byline's edit merges into theirs when both go in one block; a bar's "今天是…" is the day's, not the document's.
LABEL_RULES = ("chrome:share", "chrome:nav")


class UsageError(ZhtoolsError):
    """The command was asked for something it cannot do (bad path, bad option)."""


@dataclass(frozen=True)
class Input:
    """One file to process: where it is, and the id and path it gets in the records."""

    location: str  # a filesystem path, or "-" for standard input
    doc_id: str
    rel_path: str

    @property
    def full_path(self) -> str:
        """The path an error names: absolute, so that it says which folder is meant."""
        return self.location if self.location == STDIN else os.path.abspath(self.location)


@dataclass
class Processed:
    """What one document gives: its record and edits, or the error that stopped it."""

    document: Document | None = None  # None when processing stopped after cleaning (text_only)
    text: str = ""  # the cleaned text (the document's text, when there is a document)
    articles: list[Article] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    log: EditLog = field(default_factory=lambda: EditLog([], [], [], [], []))  # the edits in source order; written as one EditRecord
    error: ErrorRecord | None = None
    sha256: str = ""
    n_bytes: int = 0

    @property
    def edits(self) -> list[Edit]:
        """The edits as `Edit`s, made on demand: a run writes `log` as it is."""
        return self.log.edits()


# --- finding inputs ---------------------------------------------------------------------------


def discover(paths: Sequence[str]) -> tuple[list[Input], list[ErrorRecord]]:
    """The inputs under `paths` (files, folders searched recursively, or "-"), sorted by id.

    Ids are unique for any set of inputs and the same on every run with the same paths
    (`document_ids`): no input is lost because of its name. Unsupported and unreadable files
    become error records naming their full path.
    """
    found: list[tuple[str, Path | None, str]] = []  # (location, root, path relative to the root)
    errors: list[ErrorRecord] = []
    seen_real: set[str] = set()

    def add(location: str, root: Path | None) -> None:
        path = Path(location)
        full = os.path.abspath(location)
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            errors.append(error(full, "discover", f"unsupported file type {suffix!r}: not read"))
            return
        try:
            mode = os.stat(location).st_mode  # follows links: what would be read
        except OSError as e:  # a dangling link, a loop of links, a file gone since the walk
            errors.append(error(full, "discover", f"cannot read file: {e.strerror or e}"))
            return
        if not stat.S_ISREG(mode):  # a named pipe would block the run for ever, a device read without end
            errors.append(error(full, "discover", f"not a regular file ({FILE_KINDS.get(stat.S_IFMT(mode), 'special file')}): not read"))
            return
        real = os.path.realpath(location)
        if real in seen_real:
            return  # the same file reached twice (named twice, or through a link)
        seen_real.add(real)
        found.append((location, root, path.relative_to(root).as_posix() if root else path.name))

    roots: list[Path] = []
    for p in paths:
        if p == STDIN:
            if not any(loc == STDIN for loc, _, _ in found):
                found.append((STDIN, None, STDIN))
            continue
        path = Path(p)
        if path.is_dir():
            roots.append(path)
            walk_errors: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(path, onerror=walk_errors.append, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        add(os.path.join(dirpath, name), path)
            errors.extend(error(os.path.abspath(e.filename or p), "discover", f"folder not readable: {e.strerror}") for e in walk_errors)
        elif path.exists():
            roots.append(path.parent)  # a file given by itself: its folder is its root
            add(p, None)
        else:
            raise UsageError(f"no such file or folder: {p}")
    inputs = [Input(location, doc_id, rel) for (location, _, _), (doc_id, rel) in zip(found, document_ids(found, roots))]
    return sorted(inputs, key=lambda i: i.doc_id), errors


def document_ids(found: Sequence[tuple[str, Path | None, str]], roots: Sequence[Path]) -> list[tuple[str, str]]:
    """The `(id, path)` of each `(location, root, path relative to the root)` found under `roots`
    (a file given by itself has root None: its folder is its root).

    A document's path is its path relative to its root and its id that path without
    extension, as SPEC.md says, unless another input would get the same id. Inputs that
    share an id take the first of these forms that tells them apart:

    1. the path with its extension (`p.txt` beside `p.html`);
    2. the root's name, then the id (`a/x/p` and `b/x/p` for `x/p.txt` in folders `a` and `b`):
       the shortest tail of the root's absolute path that no other root shares; the path
       then starts with it too;
    3. the root's name, then the path with its extension;
    4. the absolute path, which differs for different files.

    Ids depend only on the paths given and the files under them, so a run with the same paths
    gives the same ids and --resume finds them. Standard input is `stdin` (path `-`).

    >>> document_ids([("d/p.txt", Path("d"), "p.txt"), ("d/p.html", Path("d"), "p.html"), ("d/q.txt", Path("d"), "q.txt")], [Path("d")])
    [('p.txt', 'p.txt'), ('p.html', 'p.html'), ('q', 'q.txt')]
    >>> document_ids([("a/x/p.txt", Path("a"), "x/p.txt"), ("b/x/p.txt", Path("b"), "x/p.txt")], [Path("a"), Path("b")])
    [('a/x/p', 'a/x/p.txt'), ('b/x/p', 'b/x/p.txt')]
    >>> document_ids([("-", None, "-"), ("d/stdin.txt", Path("d"), "stdin.txt")], [Path("d")])
    [('stdin', '-'), ('stdin.txt', 'stdin.txt')]
    """
    labels = _root_labels(roots)
    forms: list[list[tuple[str, str]]] = []  # per input, its (id, path) forms in order of preference
    for location, root, rel in found:
        if location == STDIN:
            forms.append([("stdin", STDIN)])
            continue
        full = os.path.abspath(location)
        label = labels.get(os.path.abspath(root if root is not None else Path(location).parent))
        labelled = [(f"{label}/{_strip_suffix(rel)}", f"{label}/{rel}"), (f"{label}/{rel}", f"{label}/{rel}")] if label else []
        forms.append([(_strip_suffix(rel), rel), (rel, rel), *labelled, (full, full)])
    level = [0] * len(found)
    while True:  # raise every input of a clash to its next form; the last forms never clash
        ids = [f[n][0] for f, n in zip(forms, level)]
        clashes = _repeated(ids)
        raised = [i for i, x in enumerate(ids) if x in clashes and level[i] < len(forms[i]) - 1]
        if not raised:
            return [f[n] for f, n in zip(forms, level)]
        for i in raised:
            level[i] += 1


def _strip_suffix(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return path[: -len(Path(name).suffix)] if Path(name).suffix else path


def _repeated(items: Sequence[str]) -> set[str]:
    seen: set[str] = set()
    return {x for x in items if x in seen or seen.add(x)}


def _root_labels(roots: Sequence[Path]) -> dict[str, str]:
    """With several roots, each one's shortest tail of its absolute path (the same length for
    all) that no other root shares; with one root, none."""
    full = sorted({os.path.abspath(r) for r in roots})
    if len(full) < 2:
        return {}
    parts = {f: [p for p in Path(f).parts if p != "/"] for f in full}
    for k in range(1, max(len(p) for p in parts.values()) + 1):
        tails = {f: "/".join(p[-k:]) or "/" for f, p in parts.items()}
        if len(set(tails.values())) == len(tails):
            return tails
    return {f: f.lstrip("/") or "/" for f in full}


def error(path: str, stage: str, reason: str) -> ErrorRecord:
    return ErrorRecord(id=f"{path}!{stage}", path=path, stage=stage, reason=reason)


# --- one document -----------------------------------------------------------------------------


def read_bytes(item: Input, limits: Limits | None = None) -> bytes:
    """The input's bytes; an IngestError when it cannot be read or is over the size limit
    (checked before reading, so that a huge file is never loaded)."""
    max_bytes = limits.max_bytes if limits else None
    try:
        if item.location == STDIN:
            data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(item.location, "rb") as f:
                if limits and (reason := limits.check_size(os.fstat(f.fileno()).st_size)):
                    raise IngestError(reason)
                data = f.read() if max_bytes is None else f.read(max_bytes + 1)
    except OSError as e:
        raise IngestError(f"cannot read file: {e.strerror or e}") from e
    if limits and (reason := limits.check_size(len(data), whole=item.location != STDIN)):
        raise IngestError(reason)  # standard input, or a file that grew while it was read
    return data


def document_title(source: Source, text: str) -> str | None:
    if source.title:
        return source.title.strip()
    first, _, rest = text.partition("\n")
    first = first.strip()
    if first and len(first) <= TITLE_MAX and first[-1] not in "。！？；，：:":
        return first  # (a first line ending in a colon is a salutation or a lead-in: "街坊邻居们：")
    if first and sentence_headline(first, rest.split("\n", SENTENCE_HEADLINE_BELOW)[:SENTENCE_HEADLINE_BELOW]):
        return first  # a headline written as one sentence, over the text's paragraphs: the lines split reads for it
    return None


def extract(article: Article, source_span) -> tuple[list[Measure], list[Count], list[Slogan]]:
    """The measures, counts and slogans of one article; `source_span(s, e)` maps document offsets."""
    from zhtools.extract.counts import counts  # here: a command that only cleans never loads the extractors
    from zhtools.extract.measures import measures
    from zhtools.extract.slogans import slogans

    base, text, aid, did = article.doc_span[0], article.text, article.id, article.doc_id

    def spans(h) -> dict:  # and the article each fact is counted under until dedup says otherwise
        return {"span": (h.start, h.end), "source_span": source_span(base + h.start, base + h.end), "canonical_article_id": aid}

    found_measures = [
        Measure(id=f"{aid}/m{n}", doc_id=did, article_id=aid, marker=h.marker, level=h.level, heading=h.heading, text=h.text, **spans(h))
        for n, h in enumerate(measures(text), 1)
    ]
    found_counts = [
        Count(
            id=f"{aid}/c{n}", doc_id=did, article_id=aid, mention=h.mention, value=h.value, value_max=h.value_max,
            approx=h.approx, unit=h.unit, object=h.object, action=h.action, redacted=h.redacted,
            currency=h.currency, per=h.per, kind=h.kind, **spans(h),
        )
        for n, h in enumerate(counts(text, title=article.title), 1)
    ]
    found_slogans = [
        Slogan(
            id=f"{aid}/s{n}", doc_id=did, article_id=aid, text=h.text, normalized=h.normalized, kind=h.kind,
            context_kind=h.context_kind, quoted=h.quoted, expansion=h.expansion, **spans(h),
        )
        for n, h in enumerate(slogans(text, title=article.title), 1)
    ]
    return found_measures, found_counts, found_slogans


def process_source(source: Source, item: Input, sha256: str, options: CleanOptions, extract_facts: bool = True) -> Processed:
    """Clean one decoded source into its document record and edit log; with `extract_facts`,
    the measures, counts and slogans of its articles too."""
    from zhtools.clean.describe import page_metadata, quality, without_todays_date  # here: `zhtools clean` describes no document

    # The source's script first: what settled it (mostly its characters alone, `script_bound`; else
    # OpenCC's conversions) is then at hand for the t2s rule's first run, which sees the same text on
    # most pages (after it, later runs would push them out of their caches and the source would be
    # read again).
    script = script_of(source.text)
    trace = clean_and_explain(source.text, options)
    text = trace.text
    log = trace.edit_log()
    title = document_title(source, text)
    deletions = trace.deletions()
    split = split_articles(text, title, closing_stretches(deletions), removed_bylines(deletions))
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
            subtitle=a.subtitle,
            heading_lines=a.heading_lines,
            topic=topic(a.title, text[a.start : a.end]),
        )
        for a in split.articles
    ]
    document = Document(
        id=item.doc_id,
        path=item.rel_path,
        sha256=sha256,
        encoding=source.encoding,
        format=source.format,
        script=script,
        title=title,
        metadata={**page_metadata([old for rule, old in zip(log.rule, log.old) if rule in BYLINE_RULES]
                                  + [without_todays_date(old) for rule, old in zip(log.rule, log.old) if rule in LABEL_RULES],
                                  [old for rule, old in zip(log.rule, log.old) if rule == "credit"]),
                  **source.metadata},
        declared_articles=split.declared,
        n_articles=len(articles),
        split_warning=split.warning,
        n_edits=len(log.rule),
        text=text,
        quality=quality(text, n_mojibake=sum(rule == "mojibake" and not new for rule, new in zip(log.rule, log.new))),  # garbled: a run lost, not repaired
    )
    result = Processed(document=document, text=text, articles=articles, log=log, sha256=sha256)
    for article in articles if extract_facts else ():
        m, c, sl = extract(article, trace.source_span)
        result.measures.extend(m)
        result.counts.extend(c)
        result.slogans.extend(sl)
    return result


def clean_source(source: Source, sha256: str, options: CleanOptions) -> Processed:
    """Only the cleaned text of one decoded source and its edits: no document record, no
    articles, no facts."""
    trace = clean_and_explain(source.text, options)
    return Processed(text=trace.text, log=trace.edit_log(), sha256=sha256)


def process_document(
    item: Input, data: bytes | None = None, options: CleanOptions | None = None, limits: Limits | None = None, extract_facts: bool = True,
    *, text_only: bool = False,
) -> Processed:
    """Read, decode and clean one input. Never raises for a bad input: returns its error,
    a file over `limits` and a document that takes longer than they allow included.
    `extract_facts=False` leaves out measures, counts and slogans; `text_only=True` stops after
    cleaning (`clean_source`): `zhtools clean` shows the text and its edits, nothing else, so it
    need not split the page into articles nor describe it."""
    options, limits = options or CleanOptions(), limits or Limits()
    stage = "read"
    try:
        with time_budget(limits.seconds):
            if data is None:
                data = read_bytes(item, limits)
            elif reason := limits.check_size(len(data)):
                raise IngestError(reason)
            sha256 = hashlib.sha256(data).hexdigest()
            source = read_source(data, item.rel_path)
            stage = "clean"
            result = clean_source(source, sha256, options) if text_only else process_source(source, item, sha256, options, extract_facts)
            result.n_bytes = len(data)
            return result
    except DocumentTimeout:
        return Processed(error=error(item.full_path, stage, limits.timeout_reason()))
    except IngestError as e:
        return Processed(error=error(item.full_path, stage, e.reason))
    except Exception as e:  # a bug must cost one document, not the run  # noqa: BLE001
        return Processed(error=error(item.full_path, stage, f"internal error: {type(e).__name__}: {e}"))


# --- the run ----------------------------------------------------------------------------------

RECORD_KINDS = ("document", "article", "measure", "count", "slogan", "edit", "error", "manifest")
OUTPUTS = ("documents", "articles", "measures", "counts", "slogans", "edits", "errors")
BACKENDS = ("local", "dask")
FORMATS = ("jsonl", "parquet")  # the files of a release: JSONL, or Parquet converted from it (zhtools.parquet)
# Traditional script, a pinyin gloss, a line broken inside a word, a count, a measure and a
# slogan: enough to make every stage build what it builds once (see `warm`).
WARM_TEXT = "對(dui)話，共發放宣\n傳單5000余份。\n一是加强宣传，牢记“三不一要”。\n"
# Allocations between two collections of the youngest generation, once a worker is warm (Python's
# default is 700). On the 10 MB bench crawl, one worker: 3,267 collections took 1.30 s, and 128
# took 0.26 s with this; 100,000 saved no more (0.35 s in 9).
GC_YOUNG = 10_000


@dataclass(frozen=True)
class RunOptions:
    """How to run: the cleaning options (which decide the records) and how to spread the work
    (which never does: any backend and any number of workers give the same bytes)."""

    clean: CleanOptions = field(default_factory=CleanOptions)
    dedup: DedupOptions = field(default_factory=DedupOptions)  # near-duplicate articles, marked as the release is written
    limits: Limits = field(default_factory=Limits)  # bytes and seconds one document may take; past them, an error record
    workers: int | None = None  # processes; None: every core
    backend: str = "local"  # one of BACKENDS
    scheduler: str | None = None  # a running Dask scheduler; None: a local cluster of `workers` processes
    resume: bool = False  # reuse the records of inputs an earlier run already processed
    progress: bool = False  # a progress bar on stderr (the CLI asks for one on a terminal only)
    format: str = "jsonl"  # one of FORMATS; parquet: the run's JSONL, converted at the end (no JSONL kept, so no --resume from it)


@dataclass(frozen=True)
class Rendered:
    """One document's output, serialised by the worker that made it.

    `chunks` maps an output name (see OUTPUTS) to its JSONL lines, UTF-8 encoded, each ending
    in "\n". Bytes rather than records: the main process then only writes, and a run on two
    cores is not held up by one process turning every record into JSON.
    """

    doc_id: str
    path: str
    chunks: dict[str, bytes]
    counts: dict[str, int]  # records per output name
    sha256: str = ""
    n_bytes: int = 0
    reused: bool = False  # copied from an earlier run's output rather than computed
    sketches: tuple[Sketch, ...] = ()  # one per article, for the dedup stage (none when reused: it makes them)

    @property
    def ok(self) -> bool:
        return not self.counts.get("errors")


def jsonl(records: Sequence[Record]) -> bytes:
    return "".join(to_json(r) + "\n" for r in records).encode("utf-8")


def rendered_error(item: Input, record: ErrorRecord) -> Rendered:
    return Rendered(item.doc_id, item.rel_path, chunks={"errors": jsonl([record])}, counts={"errors": 1})


def render_document(item: Input, data: bytes | None = None, options: CleanOptions | None = None, limits: Limits | None = None) -> Rendered:
    """`process_document`, serialised: what a worker sends back for one input."""
    result = process_document(item, data, options, limits)
    if result.error:
        return rendered_error(item, result.error)
    assert result.document is not None
    groups: dict[str, Sequence[Record]] = {
        "documents": [result.document],
        "articles": result.articles,
        "measures": result.measures,
        "counts": result.counts,
        "slogans": result.slogans,
        "edits": [EditRecord(item.doc_id, item.doc_id, *map(tuple, result.log))],
    }
    return Rendered(
        item.doc_id,
        item.rel_path,
        chunks={name: jsonl(records) for name, records in groups.items()},
        counts={**{name: len(records) for name, records in groups.items()}, "edits": len(result.log.rule)},  # edits, not records
        sha256=result.sha256,
        n_bytes=result.n_bytes,
        sketches=tuple(sketch(a.text) for a in result.articles),
    )


def warm() -> None:
    """Build what the stages build lazily (OpenCC, jieba's word table, pypinyin's readings, the
    compiled patterns) by processing a small page: a worker calls it once, before its first
    document, so that no document pays for it and the progress bar's rate is true from the start.

    Then everything loaded so far (a few hundred thousand objects: tables, dictionaries, modules)
    is frozen out of the garbage collector's reach: it lives as long as the process, and walking
    it on every full collection cost a third of the cleaning time (measured on corpus/raw).
    And the youngest generation is collected after GC_YOUNG allocations rather than 700: a
    document makes millions of short-lived objects (pieces, tokens, matches) and hardly any
    cycle, so the collector mostly walked live objects for nothing.
    """
    process_document(Input(STDIN, "warm", "warm.txt"), WARM_TEXT.encode("utf-8"))
    prepare_counts()  # (a page's script is then counted with numpy however short the page)
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])

