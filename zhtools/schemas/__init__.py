"""The JSON Schema of every record kind (`<kind>.schema.json`), and the column types they give.

A release is read with the usual tools without letting them guess types from the data: a
guess fails on an empty file (`errors.jsonl` of a run without errors) and types an all-null
column (`value_max` of a release without ranges) as Null. The types here never depend on the
data; they are derived from the JSON Schemas, so they cannot drift from the records:

- `string` → string, `integer` → int64, `number` → float64, `boolean` → bool; a `const` or an
  `enum` of strings → string; a field is nullable exactly when its type (or its enum) allows `null`;
- an array → a list of its items' type (a span: list<int64>, neither it nor its items null);
- an object with declared `properties` (a document's `metadata`) → a struct of them, each
  nullable, as a key may be absent.

`arrow_schema(kind)` is the JSONL layout; the Parquet files keep an open object as JSON text
instead (`zhtools.parquet`). pyarrow and polars are imported only when asked for.

>>> arrow_schema("count").field("value_max")
pyarrow.Field<value_max: double>
>>> arrow_schema("document").field("metadata").type
StructType(struct<date: string, sitename: string, categories: list<element: string not null>, url: string, source: string, author: string, editor: string, reporter: string>)
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars
    import pyarrow

# The record kind of each output file (pipeline.OUTPUTS, one kind each).
KINDS = {
    "documents": "document",
    "articles": "article",
    "measures": "measure",
    "counts": "count",
    "slogans": "slogan",
    "edits": "edit",
    "errors": "error",
}


class SchemaError(ValueError):
    """A JSON Schema property with no column type."""


def load_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a record kind ('document', 'article', …, 'manifest')."""
    from importlib import resources  # here: every command imports the records, few read a schema

    return json.loads(resources.files(__name__).joinpath(f"{kind}.schema.json").read_text(encoding="utf-8"))


def arrow_type(name: str, spec: dict[str, Any], objects: str = "struct") -> tuple[pyarrow.DataType, bool]:
    """The Arrow type of a JSON Schema property, and whether it is nullable.

    `objects` says how an object becomes a column: "struct" (its declared properties) or
    "json" (its JSON text, as Parquet files hold it).
    """
    import pyarrow as pa

    if "const" in spec or "enum" in spec:
        values = [spec["const"]] if "const" in spec else spec["enum"]
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            raise SchemaError(f"field {name!r}: only constants and enums of strings have a column type")
        return pa.string(), len(strings) < len(values)
    types = spec.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    nullable = "null" in types
    types = [t for t in types if t != "null"]
    if len(types) != 1:
        raise SchemaError(f"field {name!r}: no column type for JSON type {spec.get('type')!r}")
    [json_type] = types
    scalars = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if json_type in scalars:
        return scalars[json_type], nullable
    if json_type == "array" and "items" in spec:
        item, item_nullable = arrow_type(f"{name}[]", spec["items"], objects)
        return pa.list_(pa.field("element", item, nullable=item_nullable)), nullable
    if json_type == "object" and objects == "json":
        return pa.string(), nullable
    if json_type == "object" and spec.get("properties"):
        children = [pa.field(key, arrow_type(f"{name}.{key}", sub, objects)[0], nullable=True) for key, sub in spec["properties"].items()]
        return pa.struct(children), nullable
    raise SchemaError(f"field {name!r}: no column type for JSON type {json_type!r}")


@cache
def arrow_schema(kind: str) -> pyarrow.Schema:
    """The Arrow schema of a record kind's JSONL lines: its `required` fields, in order."""
    import pyarrow as pa

    json_schema = load_schema(kind)
    properties = json_schema["properties"]
    fields = [pa.field(name, *arrow_type(name, properties[name])) for name in json_schema["required"]]
    return pa.schema(fields, metadata={"zhtools.schema": json_schema["properties"]["schema"]["const"]})


def polars_schema(kind: str) -> polars.Schema:
    """The polars schema of a record kind's JSONL lines: `pl.read_ndjson(path, schema=…)`."""
    import polars as pl

    return pl.from_arrow(arrow_schema(kind).empty_table()).schema


def kind_of(path: str | Path) -> str:
    """The record kind of a release file by its name: 'counts.jsonl' → 'count'."""
    stem = Path(path).name.split(".", 1)[0]
    if stem not in KINDS:
        raise SchemaError(f"{Path(path).name}: not a release file ({', '.join(f'{k}.jsonl' for k in KINDS)})")
    return KINDS[stem]


def read_jsonl(path: str | Path, kind: str | None = None) -> pyarrow.Table:
    """A release's JSONL file as an Arrow table with its kind's schema (from the file name when
    `kind` is not given); an empty file gives an empty table with every column. `.to_pandas()`
    turns it into a DataFrame."""
    import pyarrow.json as pj

    schema = arrow_schema(kind or kind_of(path))
    if Path(path).stat().st_size == 0:  # pyarrow's reader refuses an empty file
        return schema.empty_table()
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    return pj.read_json(path, parse_options=options).cast(schema)
