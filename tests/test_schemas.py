"""Reading a release with the usual tools: the column types of zhtools.schemas, and the README
block that reads every JSONL file with polars and with pandas."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from zhtools import runner
from zhtools.pipeline import OUTPUTS, RECORD_KINDS, RunOptions
from zhtools.schemas import KINDS, SchemaError, arrow_schema, arrow_type, kind_of, load_schema, polars_schema, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
PROCESSED = ROOT / "corpus" / "processed"
RAW = ROOT / "corpus" / "raw"
HTML = """<html><head><title>反诈宣传</title><meta name="date" content="2023-05-01">
<meta property="article:section" content="反诈"></head><body><article><h1>反诈宣传</h1>
<p>为提高群众防范意识，社区开展反诈宣传活动，共发放宣传单500份，接受咨询120人次。</p>
<p>活动中，民警向群众讲解了常见诈骗手法。</p></article></body></html>"""


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_output_has_a_kind_and_the_kinds_cover_the_record_schemas():
    assert list(KINDS) == list(OUTPUTS)
    assert set(KINDS.values()) == set(RECORD_KINDS) - {"manifest"}
    assert kind_of("out/counts.jsonl") == "count" and kind_of("errors.parquet") == "error"
    with pytest.raises(SchemaError, match="not a release file"):
        kind_of("manifest.json")


@pytest.mark.parametrize(
    "spec, expected",
    [
        ({"type": "string"}, (pa.string(), False)),
        ({"type": ["integer", "null"]}, (pa.int64(), True)),
        ({"type": ["number", "null"]}, (pa.float64(), True)),
        ({"const": "zhtools.count/1"}, (pa.string(), False)),
        ({"type": "array", "items": {"type": "integer"}}, (pa.list_(pa.field("element", pa.int64(), nullable=False)), False)),
        ({"type": "object", "properties": {"d": {"type": "string"}}}, (pa.struct([pa.field("d", pa.string())]), False)),
    ],
    ids=["string", "nullable-int", "nullable-float", "const", "span", "object-with-properties"],
)
def test_column_types_follow_the_json_schema(spec, expected):
    assert arrow_type("f", spec) == expected


@pytest.mark.parametrize("spec", [{"type": "object"}, {"type": ["string", "integer"]}, {"enum": [1, 2]}], ids=["open-object", "two-types", "int-enum"])
def test_a_property_without_a_column_type_is_refused(spec):
    with pytest.raises(SchemaError):
        arrow_type("f", spec)


@pytest.mark.parametrize("kind", sorted(set(KINDS.values())))
def test_the_schemas_hold_every_required_field_in_order(kind):
    schema = arrow_schema(kind)
    assert schema.names == load_schema(kind)["required"]
    assert polars_schema(kind).names() == schema.names


def test_an_empty_file_and_an_all_null_column_keep_their_types(tmp_path):
    (tmp_path / "errors.jsonl").write_bytes(b"")
    table = read_jsonl(tmp_path / "errors.jsonl")
    assert table.num_rows == 0 and table.schema == arrow_schema("error")
    counts = read_jsonl(PROCESSED / "counts.jsonl")
    assert counts.column("value_max").null_count == counts.num_rows > 0  # corpus/raw has no ranges
    assert counts.schema.field("value_max").type == pa.float64()
    assert counts.to_pylist() == records(PROCESSED / "counts.jsonl")


@pytest.fixture(scope="module")
def release_with_errors(tmp_path_factory) -> Path:
    """A release with an error record and an HTML page whose metadata has a date and a list."""
    folder, out = tmp_path_factory.mktemp("in"), tmp_path_factory.mktemp("out")
    shutil.copy(RAW / "003_0b8c7273d3b909f3.txt", folder / "page.txt")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    assert runner.run([str(folder)], out, RunOptions(workers=1)).errors == 1
    return out


def readme_block() -> str:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Reading a JSONL release\n", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return block


CHECK = """
import json
import pyarrow as pa
print(json.dumps({
    "polars": {name: frame.to_dicts() for name, frame in release.items()},
    "polars_types": {name: {c: str(t) for c, t in frame.schema.items()} for name, frame in release.items()},
    "pandas_rows": {name: len(frame) for name, frame in frames.items()},
    "pandas_columns": {name: list(frame.columns) for name, frame in frames.items()},
    "pandas_value_max": str(counts_pd["value_max"].dtype),
    "pandas_counts": pa.Table.from_pandas(counts_pd, preserve_index=False).to_pylist(),
    "dates": dates.to_dicts(),
    "sites": [None if x is pd.NA else x for x in sites],
}, ensure_ascii=False))
"""


def without_absent_keys(record: dict) -> dict:
    """A record as the typed readers give it: a metadata key the page lacks is null."""
    if "metadata" in record:
        keys = arrow_schema("document").field("metadata").type.names
        record = {**record, "metadata": {k: record["metadata"].get(k) for k in keys}}
    return record


@pytest.mark.parametrize("which", ["corpus-processed", "with-errors"])
def test_the_readme_block_reads_every_jsonl_file_with_polars_and_pandas(which, release_with_errors, tmp_path):
    out = PROCESSED if which == "corpus-processed" else release_with_errors
    (tmp_path / "out").symlink_to(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", readme_block() + CHECK], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    for name, kind in KINDS.items():
        expected = [without_absent_keys(r) for r in records(out / f"{name}.jsonl")]
        assert loaded["polars"][name] == expected, name
        assert list(loaded["polars_types"][name]) == arrow_schema(kind).names
        assert loaded["pandas_rows"][name] == len(expected) and loaded["pandas_columns"][name] == arrow_schema(kind).names
    assert loaded["polars_types"]["counts"]["value_max"] == "Float64"
    assert loaded["pandas_value_max"] == "double[pyarrow]"
    assert loaded["pandas_counts"] == [without_absent_keys(r) for r in records(out / "counts.jsonl")]
    if which == "corpus-processed":
        assert loaded["pandas_rows"]["errors"] == 0 and loaded["polars_types"]["errors"]["reason"] == "String"
    else:
        # page.html and page.txt share a stem: both are documents, under ids that keep the extension
        assert loaded["dates"] == [{"id": "page.html", "date": "2023-05-01"}, {"id": "page.txt", "date": None}]
        assert loaded["pandas_rows"]["errors"] == 1
