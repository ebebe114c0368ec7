"""Reading a release for the report: every record once, streaming, whatever the format
(JSONL or Parquet), keeping only the aggregates and the capped sections' records in memory.
A line that cannot be read is listed (file:line: why), never fatal."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhtools.errors import ZhtoolsError
from zhtools.records import edit_rows

REMOVED_PER_RULE = 40  # removed pieces listed per rule and document
CONTEXT = 12  # characters of the cleaned text shown on each side of a removed piece
LISTED = 200  # errors and unreadable lines listed
# Fields the run writes as a JSON integer when whole (extract/counts.py `_plain`), Parquet as float64:
# read back as integers, a Parquet release shows `10` where its JSONL twin does, not `10.0`.
WHOLE_NUMBERS = ("value", "value_max")


class ReportError(ZhtoolsError):
    """The folder is not a release the report can read, or the report cannot be written."""


def s(value: Any) -> str:
    """A field as text whatever a hand-made or damaged release holds there (None → "")."""
    return "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def span_of(value: Any) -> tuple[int, int] | None:
    """A `[start, end)` span, or None when the field is not two integers."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(type(v) is int for v in value):
        return value[0], value[1]
    return None


@dataclass
class Skipped:
    lines: list[str] = field(default_factory=list)  # "file:line: why", the first LISTED of them
    n: int = 0

    def add(self, line: str) -> None:
        self.n += 1
        if len(self.lines) < LISTED:
            self.lines.append(line)


def records(folder: Path, name: str, skipped: Skipped) -> Iterator[dict[str, Any]]:
    """The records of one output, from its JSONL file or its Parquet file, one at a time."""
    jsonl, parquet = folder / f"{name}.jsonl", folder / f"{name}.parquet"
    if jsonl.exists():
        try:
            with jsonl.open("rb") as f:
                for n, line in enumerate(f, 1):
                    try:
                        record = json.loads(line)
                    except UnicodeDecodeError:
                        skipped.add(f"{jsonl.name}:{n}: not UTF-8")
                        continue
                    except ValueError as e:
                        if line.strip():  # a blank line holds nothing to lose
                            skipped.add(f"{jsonl.name}:{n}: not JSON ({getattr(e, 'msg', e)})")
                        continue
                    if isinstance(record, dict):
                        yield record
                    else:
                        skipped.add(f"{jsonl.name}:{n}: not a record")
        except OSError as e:
            raise ReportError(f"{jsonl}: cannot read: {e.strerror or e}") from None
    elif parquet.exists():
        import pyarrow.parquet as pq

        try:
            for batch in pq.ParquetFile(parquet).iter_batches():
                for record in batch.to_pylist():
                    for name in WHOLE_NUMBERS:
                        if type(record.get(name)) is float and record[name].is_integer():
                            record[name] = int(record[name])
                    yield record
        except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
            raise ReportError(f"{parquet}: not a readable Parquet file: {e}") from None
    else:
        raise ReportError(f"{folder}: no {name}.jsonl or {name}.parquet: not a zhtools release")


@dataclass
class Removed:
    """A piece of the source that cleaning deleted: `at` is where it was, as an offset in the
    document's text; `before` and `after` are that text's neighbours on the same line."""

    old: str
    at: int
    before: str = ""
    after: str = ""


@dataclass
class Release:
    """What the report shows, gathered in one pass over each file (and a second over documents,
    for the context of what was removed from the documents shown)."""

    folder: Path
    max_articles: int
    max_documents: int
    skipped: Skipped = field(default_factory=Skipped)
    manifest: dict[str, Any] = field(default_factory=dict)
    n: Counter = field(default_factory=Counter)
    edits_by_rule: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    slogans: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # normalized → variant → mentions
    slogan_articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # normalized → canonical articles holding it
    slogan_places: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    slogan_kinds: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # normalized → kind → mentions
    slogan_readings: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # normalized → context_kind → mentions
    count_kinds: Counter = field(default_factory=Counter)  # reported / target / limit
    topics: Counter = field(default_factory=Counter)  # topic score in tenths (0–9; 1.0 goes with 0.9) → canonical articles
    copies: set[str] = field(default_factory=set)  # ids of near-duplicate articles: the charts leave their facts out
    facts_in_copies: int = 0
    measures_of: Counter = field(default_factory=Counter)  # article id → its measures, for every article
    measures_per_article: Counter = field(default_factory=Counter)
    articles_per_source: Counter = field(default_factory=Counter)
    articles: list[dict[str, Any]] = field(default_factory=list)  # the ones shown
    shown: set[str] = field(default_factory=set)
    found: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(list))
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # the documents shown, without their text
    removed: dict[str, dict[str, list[Removed]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    removed_counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def read(self) -> None:
        if not self.folder.is_dir():
            raise ReportError(f"no such folder: {self.folder}")
        try:
            manifest = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
            self.manifest = manifest if isinstance(manifest, dict) else {}
        except FileNotFoundError:
            pass
        except (OSError, ValueError):
            self.skipped.add("manifest.json: not a JSON object")
        for d in records(self.folder, "documents", self.skipped):
            self.n["documents"] += 1
            if len(self.documents) < self.max_documents:
                self.documents.setdefault(s(d.get("id")), {k: v for k, v in d.items() if k != "text"})
        self.read_articles()
        self.read_extractions()
        self.read_edits()
        for e in records(self.folder, "errors", self.skipped):
            self.n["errors"] += 1
            if len(self.errors) < LISTED:
                self.errors.append(e)

    def read_articles(self) -> None:
        for a in records(self.folder, "articles", self.skipped):
            self.n["articles"] += 1
            self.n["duplicates"] += a.get("duplicate_of") is not None
            self.articles_per_source[s(a.get("doc_id"))] += 1
            if a.get("duplicate_of") is not None:
                self.copies.add(s(a.get("id")))
            else:
                self.measures_of[s(a.get("id"))] = 0
                score = a.get("topic")
                if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
                    self.topics[min(int(score * 10), 9)] += 1
            if len(self.articles) < self.max_articles:
                self.articles.append(a)
                self.shown.add(s(a.get("id")))

    def read_extractions(self) -> None:
        for kind, name in (("measure", "measures"), ("count", "counts"), ("slogan", "slogans")):
            for r in records(self.folder, name, self.skipped):
                self.n[name] += 1
                article_id = s(r.get("article_id"))
                if article_id in self.shown:
                    self.found[article_id].append((kind, r))
                if article_id in self.copies or r.get("duplicate") is True:  # counted once, under its canonical article
                    self.facts_in_copies += 1
                    continue
                if kind == "measure":
                    self.measures_of[article_id] += 1
                elif kind == "count":
                    self.units[s(r.get("unit")) or "(none)"] += 1
                    self.count_kinds[s(r.get("kind")) or "(none)"] += 1
                    self.actions[s(r.get("action")) or "(none)"] += 1
                else:
                    key = s(r.get("normalized")) or s(r.get("text"))
                    self.slogans[key][s(r.get("text"))] += 1
                    self.slogan_articles[key].add(article_id)
                    slogan_kind = s(r.get("kind")) or "(none)"
                    self.slogan_kinds[key][slogan_kind] += 1
                    self.slogan_readings[key][s(r.get("context_kind")) or slogan_kind] += 1
                    places = self.slogan_places[key]
                    if len(places) < 12 and article_id not in places:
                        places.append(article_id)
        self.measures_per_article = Counter(min(n, 10) for n in self.measures_of.values())

    def read_edits(self) -> None:
        """Edits by rule over the whole release; for the documents shown, each removal and where
        it sits in the cleaned text (a document's edits are sorted by source span, so the text
        offset is the source offset plus what the earlier edits added)."""
        for record in records(self.folder, "edits", self.skipped):
            doc_id, shown = s(record.get("doc_id")), s(record.get("doc_id")) in self.documents
            shift = 0
            for e in edit_rows(record, strict=False):
                self.n["edits"] += 1
                rule = s(e["rule"]) or "(none)"
                self.edits_by_rule[rule] += 1
                if not shown:
                    continue
                old, new = s(e["old"]), s(e["new"])
                at = (e["start"] if isinstance(e["start"], int) else 0) + shift
                shift += len(new) - len(old)
                if new == "":
                    self.removed_counts[doc_id][rule] += 1
                    pieces = self.removed[doc_id][rule]
                    if len(pieces) < REMOVED_PER_RULE:
                        pieces.append(Removed(old, at))
        if self.removed:
            for d in records(self.folder, "documents", Skipped()):  # its unreadable lines are listed already
                text = s(d.get("text"))
                for pieces in self.removed.get(s(d.get("id")), {}).values():
                    for piece in pieces:
                        piece.before = text[max(0, piece.at - CONTEXT) : piece.at].rsplit("\n", 1)[-1]
                        piece.after = text[piece.at : piece.at + CONTEXT].split("\n", 1)[0]
