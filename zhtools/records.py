"""The records the toolkit writes (SPEC "Records"): small frozen types that turn into JSON.

Field names are the contract with downstream projects: add fields, never rename or remove
them; a change of shape is a new version of the kind's schema. Every record carries `schema` =
"zhtools.<kind>/<version>" (version 1, or the kind's entry in SCHEMA_VERSIONS);
the JSON Schemas under `zhtools/schemas/` describe them and are checked against real output in the tests.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, ClassVar

from zhtools.schemas import load_schema  # noqa: F401  (re-exported: the records and their schemas)

SCHEMA_VERSION = 1
# Kinds whose records changed shape: zhtools.edit/1 was one record per edit (about 170 bytes
# each, 7 x the input on a crawl); zhtools.edit/2 is one record per document, parallel arrays.
# Issue 15 added fields: count/2 (currency, per, kind), article/2 (topic), slogan/2 (context_kind).
# Issue 13 added article/3 (heading_lines).
# slogan/3 (issue 15, second point): `kind` is the kind of the normalized text alone, the same in
# every run; in slogan/2 it was the in-context kind of the text's first mention in the run.
SCHEMA_VERSIONS = {"edit": 2, "count": 2, "article": 3, "slogan": 3}


def schema_id(kind: str) -> str:
    return f"zhtools.{kind}/{SCHEMA_VERSIONS.get(kind, SCHEMA_VERSION)}"


@dataclass(frozen=True)
class Document:
    """One input file, cleaned: its `text` is what every later stage works on."""

    id: str  # path relative to the input root, without extension (unique: pipeline.document_ids)
    path: str  # path relative to the input root, as found (prefixed with the root's name when ids need it)
    sha256: str  # of the raw bytes
    encoding: str  # the codec the bytes were decoded with
    format: str  # 'text' | 'html'
    script: str  # 'simplified' | 'traditional' | 'mixed' (of the decoded source)
    title: str | None
    metadata: dict[str, Any]
    declared_articles: int | None  # the count a collection title announces: "(精选24篇)" → 24
    n_articles: int  # articles found by the split stage
    split_warning: str | None  # why the articles found differ from the declared count
    n_edits: int
    text: str
    quality: str | None = None  # None, 'garbled', 'machine-translated' or 'thin' (zhtools.clean.describe)
    record_kind: ClassVar[str] = "document"


@dataclass(frozen=True)
class Article:
    """One article (篇) of a page: `text == document.text[doc_span[0]:doc_span[1]]`."""

    id: str  # "<doc_id>#<ordinal>"
    doc_id: str
    ordinal: int  # from the heading where it has one (篇三 → 3); 0 for an untitled first article
    title: str | None
    collection_title: str | None
    text: str  # cleaned, simplified; paragraphs separated by "\n"; the title not repeated
    doc_span: tuple[int, int]
    source_span: tuple[int, int]  # in the decoded source
    duplicate_of: str | None  # the canonical article's id when this one is a near-duplicate
    similarity: float | None  # to that article
    preview: bool  # a cut-short preview, as on aggregator pages
    subtitle: str | None = None  # "——记…" under the title, as written (not in `text`)
    # the heading's lines that open `text`, as written, joined by "\n" (zhtools.article/3): a 副题 without a
    # dash, the document's issuer, writer or occasion under its title; kept in the text, whose facts they may
    # hold; the body proper starts after them
    heading_lines: str | None = None
    # share of the article's characters in sentences about fraud or its prevention (zhtools.topic;
    # zhtools.article/2): drop off-topic articles of a collection with filter(topic >= x)
    topic: float = 0.0
    record_kind: ClassVar[str] = "article"


@dataclass(frozen=True)
class Measure:
    """One item of an enumeration of actions the reporting organisation took, takes or plans."""

    id: str  # "<article_id>/m<n>"
    doc_id: str
    article_id: str
    marker: str | None  # "一是", "（一）", "一、", "1、", "第一步"; null for an unnumbered heading series
    level: int  # 1 = outermost
    heading: str | None  # the short lead clause: "领导重视，大力动员"
    text: str  # the whole item
    span: tuple[int, int]  # in the article's text
    source_span: tuple[int, int]
    # Near-duplicates (set by the dedup stage as the release is written): whether the article
    # is a near-duplicate of another, and the article to count instead (its own id if not), so
    # that `filter(~duplicate)` gives each fact once.
    duplicate: bool = False
    canonical_article_id: str = ""
    record_kind: ClassVar[str] = "measure"


@dataclass(frozen=True)
class Count:
    """A reported quantity: "发放宣传单5000余份" → 5000 份 of 宣传单, more_than, action 发放."""

    id: str  # "<article_id>/c<n>"
    doc_id: str
    article_id: str
    mention: str
    value: float | None  # after scaling 万/亿/千; null when redacted
    value_max: float | None  # for a range "3至5次"
    approx: str  # exact | more_than | about | nearly | at_least | at_most
    unit: str
    object: str | None
    action: str | None
    redacted: bool
    currency: str | None  # ISO 4217, where the text names the currency (zhtools.count/2)
    per: str | None  # the base of a rate: day, week, month, quarter, year, person, household, or the noun of 每X
    kind: str  # reported | target | limit
    span: tuple[int, int]
    source_span: tuple[int, int]
    # Near-duplicates (set by the dedup stage as the release is written): whether the article
    # is a near-duplicate of another, and the article to count instead (its own id if not), so
    # that `filter(~duplicate)` gives each fact once.
    duplicate: bool = False
    canonical_article_id: str = ""
    record_kind: ClassVar[str] = "count"


@dataclass(frozen=True)
class Slogan:
    """A catchphrase of the campaign, quoted or not."""

    id: str  # "<article_id>/s<n>"
    doc_id: str
    article_id: str
    text: str  # as written, without the quote marks
    normalized: str  # punctuation and spaces removed: the key for counting variants
    kind: str  # slogan | formula | campaign | scam_type | term: of the normalized text alone, the same in every run (zhtools.slogan/3)
    context_kind: str  # what this mention's own sentence and article made of it; never used for `kind`
    quoted: bool
    expansion: str | None  # a formula spelled out where the text gives it
    span: tuple[int, int]
    source_span: tuple[int, int]
    # Near-duplicates (set by the dedup stage as the release is written): whether the article
    # is a near-duplicate of another, and the article to count instead (its own id if not), so
    # that `filter(~duplicate)` gives each fact once.
    duplicate: bool = False
    canonical_article_id: str = ""
    record_kind: ClassVar[str] = "slogan"


@dataclass(frozen=True)
class EditRecord:
    """The edits from a document's decoded source towards its `text` (conversion included), as
    parallel arrays in source order: edit i turned `source[start[i]:end[i]]`, which is `old[i]`,
    into `new[i]` by rule `rule[i]`. Edits are sorted and do not overlap."""

    id: str  # the doc_id: one record per document
    doc_id: str
    rule: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    old: tuple[str, ...]
    new: tuple[str, ...]
    record_kind: ClassVar[str] = "edit"

    @classmethod
    def of(cls, doc_id: str, edits: Sequence[Any]) -> EditRecord:
        """The record of a document's edits (`zhtools.edits.Edit`s, in source order)."""
        return cls(doc_id, doc_id, tuple(e.rule for e in edits), tuple(e.start for e in edits), tuple(e.end for e in edits),
                   tuple(e.old for e in edits), tuple(e.new for e in edits))


EDIT_ARRAYS = ("rule", "start", "end", "old", "new")


def edit_rows(record: dict[str, Any], *, strict: bool = True) -> list[dict[str, Any]]:
    """A `zhtools.edit/2` record as one dict per edit (`rule`, `start`, `end`, `old`, `new`).

    With `strict=False` (a reader of damaged releases, such as the report) a field that is
    not a list gives no edits, and arrays of different lengths give as many as the shortest;
    otherwise they raise.

    >>> edit_rows({"doc_id": "d", "rule": ["t2s"], "start": [3], "end": [4], "old": ["電"], "new": ["电"]})
    [{'rule': 't2s', 'start': 3, 'end': 4, 'old': '電', 'new': '电'}]
    >>> edit_rows({"doc_id": "d", "rule": ["t2s", "pinyin"], "start": [3], "end": [4], "old": ["電"], "new": ["电"]}, strict=False)
    [{'rule': 't2s', 'start': 3, 'end': 4, 'old': '電', 'new': '电'}]

    A record of a release written before zhtools.edit/2 (`zhtools.edit/1`, one edit per record,
    its span as `source_span`) reads as its one edit, so `zhtools eval` and the report still read
    such a release:

    >>> edit_rows({"schema": "zhtools.edit/1", "doc_id": "d", "rule": "t2s", "source_span": [3, 4], "old": "電", "new": "电"})
    [{'rule': 't2s', 'start': 3, 'end': 4, 'old': '電', 'new': '电'}]
    """
    if isinstance(record.get("rule"), str) and isinstance(record.get("source_span"), list) and len(record["source_span"]) == 2:
        start, end = record["source_span"]
        return [{"rule": record["rule"], "start": start, "end": end, "old": record.get("old", ""), "new": record.get("new", "")}]
    arrays = [record[k] for k in EDIT_ARRAYS] if strict else [record.get(k) for k in EDIT_ARRAYS]
    if not strict and not all(isinstance(a, list) for a in arrays):
        return []
    return [dict(zip(EDIT_ARRAYS, values)) for values in zip(*arrays, strict=strict)]


@dataclass(frozen=True)
class ErrorRecord:
    """An input, or a stage on an input, that could not be processed, and why."""

    id: str  # "<path>!<stage>"
    path: str
    stage: str  # 'discover' | 'read' | 'clean' | 'write' ...
    reason: str
    record_kind: ClassVar[str] = "error"


Record = Document | Article | Measure | Count | Slogan | EditRecord | ErrorRecord


@cache
def _layout(cls: type) -> tuple[str, tuple[str, ...]]:
    """A record type's schema id and field names, looked up once (records are written by the million)."""
    return schema_id(cls.record_kind), tuple(f.name for f in fields(cls))


def to_dict(record: Record) -> dict[str, Any]:
    """The record as JSON-ready values (spans as lists); shallow: records hold no nested records."""
    schema, names = _layout(type(record))
    body: dict[str, Any] = {"schema": schema}
    for name in names:
        value = getattr(record, name)
        body[name] = list(value) if type(value) is tuple else value
    return body


# One encoder for every line: json.dumps with options builds a new encoder on each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode
# Edit records are written without the spaces after `,` and `:`: five arrays of one element per
# edit, so the spaces would be a sixth of the log.
_encode_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_json(record: Record | dict[str, Any]) -> str:
    """One JSONL line: UTF-8, not ASCII-escaped, keys in field order."""
    if type(record) is EditRecord:
        return _encode_compact(to_dict(record))
    return _encode(record if isinstance(record, dict) else to_dict(record))


