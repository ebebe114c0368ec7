"""Parquet copies of a run's JSONL files (`zhtools run --format parquet`).

The run always writes JSONL (resume, the index and checkpoints work on it); a Parquet run
converts each finished file at the end. The Arrow schema of each record kind is derived from
its JSON Schema in `zhtools/schemas/`, so the two cannot drift apart:

- the columns are the schema's `required` fields, in that order (the order of the JSONL keys);
- the column types are `zhtools.schemas.arrow_type`'s, the ones a JSONL read uses: `string` →
  string, `integer` → int64, `number` → float64, `boolean` → bool; a `const` or an `enum` of
  strings → string; a field is nullable exactly when its type allows `null`; a span (an array
  of integers) → list<int64>, the span and its items not null;
- but an `object` (a document's `metadata`: its values may be lists, e.g. `categories`) →
  a string holding the object as JSON, written as in the JSONL line (field metadata
  `{"encoding": "json"}`); `json.loads` gives back the object.

Types never depend on the data: an all-null column keeps its declared type, an empty JSONL file
gives a valid Parquet file with the schema and no rows. A record whose fields are not exactly
the schema's stops the conversion (a field would otherwise be dropped without a word).

Same JSONL in, same bytes out, for the same pyarrow version (its name is in the file's footer):
the row groups end at fixed record and byte counts, compression is zstd at a fixed level, and
nothing of the moment (time, host, path) is written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from zhtools.errors import ZhtoolsError
from zhtools.records import load_schema, schema_id
from zhtools.schemas import KINDS, SchemaError, arrow_type

__all__ = ["KINDS", "arrow_field", "arrow_schema", "convert"]

SPAN = pa.list_(pa.field("element", pa.int64(), nullable=False))
JSON_TEXT_METADATA = {b"encoding": b"json"}  # the field metadata of a column that holds objects as JSON text
# A row group ends after this many records or JSONL bytes, whichever comes first: the records
# of one row group are all that is held in memory, whatever the size of the file.
ROWS_PER_GROUP = 65_536
BYTES_PER_GROUP = 16 * 2**20
# Every writer option that shapes the bytes, fixed here rather than left to pyarrow's defaults.
WRITER_OPTIONS: dict[str, Any] = {
    "version": "2.6",
    "data_page_version": "1.0",
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": True,
    "write_page_index": False,
    "write_page_checksum": False,
}

_encode_json = json.JSONEncoder(ensure_ascii=False).encode  # as records.to_json writes a value


class ExportError(ZhtoolsError):
    """A JSONL file that cannot become Parquet with its kind's schema (its records do not fit it)."""


def arrow_field(name: str, spec: dict[str, Any]) -> pa.Field:
    """The Parquet column of a JSON Schema property (`zhtools.schemas.arrow_type`, an object as JSON text).

    >>> arrow_field("title", {"type": ["string", "null"]})
    pyarrow.Field<title: string>
    >>> arrow_field("span", {"type": "array", "items": {"type": "integer"}})
    pyarrow.Field<span: list<element: int64 not null> not null>
    >>> arrow_field("kind", {"enum": ["slogan", "formula"]})
    pyarrow.Field<kind: string not null>
    """
    try:
        data_type, nullable = arrow_type(name, spec, objects="json")
    except SchemaError as e:
        raise ExportError(str(e)) from None
    is_object = "object" in ([spec.get("type")] if isinstance(spec.get("type"), str) else spec.get("type") or [])
    return pa.field(name, data_type, nullable=nullable, metadata=JSON_TEXT_METADATA if is_object else None)


@cache
def arrow_schema(kind: str) -> pa.Schema:
    """The Arrow schema of a record kind's Parquet file, from its JSON Schema."""
    json_schema = load_schema(kind)
    properties = json_schema["properties"]
    fields = [arrow_field(name, properties[name]) for name in json_schema["required"]]
    return pa.schema(fields, metadata={"zhtools.schema": schema_id(kind)})


def batches(lines: BinaryIO, schema: pa.Schema, source: Path) -> Iterator[pa.RecordBatch]:
    """The records of a JSONL stream, a row group at a time."""
    names, label = schema.names, schema.metadata[b"zhtools.schema"].decode()
    expected = set(names)
    json_columns = [f.name for f in schema if f.metadata == JSON_TEXT_METADATA]
    rows, size, first = 0, 0, 1
    columns: dict[str, list] = {name: [] for name in names}
    for n, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except ValueError as e:
            raise ExportError(f"{source.name}:{n}: not a JSON line: {e}") from None
        if not isinstance(record, dict) or record.keys() != expected:
            found = set(record) if isinstance(record, dict) else set()
            raise ExportError(
                f"{source.name}:{n}: fields differ from {label}: missing {sorted(expected - found)}, not in it {sorted(found - expected)}"
            )
        for name in json_columns:
            record[name] = _encode_json(record[name])
        for name in names:
            columns[name].append(record[name])
        rows, size = rows + 1, size + len(line)
        if rows >= ROWS_PER_GROUP or size >= BYTES_PER_GROUP:
            yield to_batch(columns, schema, source, first, n)
            rows, size, first = 0, 0, n + 1
            columns = {name: [] for name in names}
    if rows:
        yield to_batch(columns, schema, source, first, first + rows - 1)


def to_batch(columns: dict[str, list], schema: pa.Schema, source: Path, first: int, last: int) -> pa.RecordBatch:
    where = f"{source.name}:{first}-{last}"
    try:
        batch = pa.RecordBatch.from_pydict(columns, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as e:
        raise ExportError(f"{where}: records do not fit {schema.metadata[b'zhtools.schema'].decode()}: {e}") from None
    for field, column in zip(schema, batch.columns):
        if not field.nullable and column.null_count:
            raise ExportError(f"{where}: {field.name} is null, which its schema does not allow")
        if pa.types.is_list(field.type) and column.flatten().null_count:
            raise ExportError(f"{where}: {field.name} holds a null, which its schema does not allow")
    return batch


def convert(source: Path, target: Path, kind: str) -> int:
    """Write the records of the JSONL file `source`, all of `kind`, as Parquet at `target`, and
    return how many there were. The file is written under a temporary name and renamed when
    whole: `target` is complete or absent, never half written."""
    schema = arrow_schema(kind)
    temporary = target.with_name(f".{target.name}.tmp")
    rows = 0
    try:
        with source.open("rb") as lines, temporary.open("wb") as sink:
            with pq.ParquetWriter(sink, schema, **WRITER_OPTIONS) as writer:
                for batch in batches(lines, schema, source):
                    writer.write_batch(batch, row_group_size=ROWS_PER_GROUP)
                    rows += batch.num_rows
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return rows
