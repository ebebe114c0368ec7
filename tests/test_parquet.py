"""`zhtools run --format parquet`: the same records as the JSONL, field by field; Arrow schemas
that follow the JSON Schemas whatever the data; the same bytes for the same input; a conversion
that streams and never leaves half a file; one release per folder; and the README's loading
code (pandas, polars, HF datasets) run as written."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from zhtools import outputs, parquet, runner
from zhtools.clean import CleanOptions
from zhtools.cli import entry
from zhtools.pipeline import OUTPUTS, RECORD_KINDS, RunOptions, UsageError
from zhtools.records import load_schema, schema_id

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
SMALL_PAGE = RAW / "003_0b8c7273d3b909f3.txt"
HTML = (
    '<html><head><title>反诈宣传活动</title><meta name="date" content="2023-05-01">'
    '<meta property="og:site_name" content="平安社区网"><meta property="article:section" content="反诈">'
    '<link rel="canonical" href="https://example.org/a.html"></head>'
    "<body><article><p>为提高群众防范意识，共发放宣传单5000余份。</p><p>一是加强宣传。二是开展“断卡”行动。</p></article></body></html>"
)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_parquet(path: Path) -> list[dict]:
    """The rows of a Parquet output as the JSONL has them: JSON-text columns parsed back."""
    table = pq.read_table(path)
    json_columns = [f.name for f in table.schema if f.metadata == parquet.JSON_TEXT_METADATA]
    rows = table.to_pylist()
    for row in rows:
        for name in json_columns:
            row[name] = json.loads(row[name])
    return rows


def run(paths: list[Path], out: Path, **options) -> runner.RunSummary:
    return runner.run([str(p) for p in paths], out, RunOptions(**{"workers": 1, **options}))


def visible_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The raw pages, an HTML page whose metadata holds a list, and an empty file (an error record)."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(RAW, folder / "raw")
    (folder / "extra").mkdir()
    (folder / "extra" / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "extra" / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def releases(corpus, tmp_path_factory) -> tuple[Path, Path]:
    """The same corpus, run once as JSONL and once as Parquet."""
    jsonl, parquet_out = tmp_path_factory.mktemp("jsonl"), tmp_path_factory.mktemp("parquet")
    assert run([corpus], jsonl).errors == 1
    assert run([corpus], parquet_out, format="parquet").errors == 1
    return jsonl, parquet_out


# --- the schemas -----------------------------------------------------------------------------------


def test_every_output_has_a_kind_with_a_json_schema():
    assert list(parquet.KINDS) == list(OUTPUTS)
    assert set(parquet.KINDS.values()) == set(RECORD_KINDS) - {"manifest"}


@pytest.mark.parametrize("name", OUTPUTS)
def test_columns_are_the_json_schema_fields_in_order_nullable_where_null_is_allowed(name):
    kind = parquet.KINDS[name]
    json_schema, schema = load_schema(kind), parquet.arrow_schema(kind)
    assert schema.names == json_schema["required"]
    for field in schema:
        spec = json_schema["properties"][field.name]
        assert field.nullable == ("null" in (spec.get("type") or [])), field.name
        if field.name.endswith("span"):
            assert field.type == pa.list_(pa.field("element", pa.int64(), nullable=False))
    assert schema.metadata == {b"zhtools.schema": schema_id(kind).encode()} and json_schema["$id"] == schema_id(kind)


def test_the_columns_follow_the_order_of_the_jsonl_keys(releases):
    jsonl, _ = releases
    for name in OUTPUTS:
        records = read_jsonl(jsonl / f"{name}.jsonl")
        assert records, name
        assert list(records[0]) == parquet.arrow_schema(parquet.KINDS[name]).names


def test_metadata_is_json_text_and_the_numbers_have_fixed_types():
    document, count, article = (parquet.arrow_schema(k) for k in ("document", "count", "article"))
    assert document.field("metadata").type == pa.string() and document.field("metadata").metadata == parquet.JSON_TEXT_METADATA
    assert not document.field("metadata").nullable
    assert count.field("value").type == count.field("value_max").type == article.field("similarity").type == pa.float64()
    assert document.field("declared_articles").type == pa.int64() and document.field("declared_articles").nullable
    assert article.field("preview").type == pa.bool_() and not article.field("preview").nullable


@pytest.mark.parametrize(
    "spec, expected",
    [
        ({"const": "zhtools.edit/2"}, pa.field("f", pa.string(), nullable=False)),
        ({"enum": ["exact", "about"]}, pa.field("f", pa.string(), nullable=False)),
        ({"type": "string", "minLength": 1}, pa.field("f", pa.string(), nullable=False)),
        ({"type": ["string", "null"]}, pa.field("f", pa.string())),
        ({"type": ["null", "integer"]}, pa.field("f", pa.int64())),
        ({"type": ["number", "null"], "minimum": 0}, pa.field("f", pa.float64())),
        ({"type": "boolean"}, pa.field("f", pa.bool_(), nullable=False)),
        ({"type": "array", "items": {"type": "integer"}, "minItems": 2}, pa.field("f", parquet.SPAN, nullable=False)),
        ({"type": "object"}, pa.field("f", pa.string(), nullable=False, metadata=parquet.JSON_TEXT_METADATA)),
        ({"type": "array", "items": {"type": "string"}}, pa.field("f", pa.list_(pa.field("element", pa.string(), nullable=False)), nullable=False)),
    ],
    ids=["const", "enum", "string", "nullable-string", "nullable-integer", "nullable-number", "boolean", "span", "object", "array-of-strings"],
)
def test_json_schema_types_map_to_arrow_types(spec, expected):
    field = parquet.arrow_field("f", spec)
    assert field.equals(expected, check_metadata=True)


@pytest.mark.parametrize(
    "spec",
    [{}, {"type": ["string", "integer"]}, {"type": "array"}, {"type": "array", "items": {"type": ["string", "integer"]}}, {"enum": [1, 2]}, {"type": "null"}],
    ids=["no-type", "two-types", "array-without-items", "array-of-two-types", "enum-of-numbers", "only-null"],
)
def test_a_json_type_without_a_column_type_is_refused(spec):
    with pytest.raises(parquet.ExportError, match="field 'f"):
        parquet.arrow_field("f", spec)


# --- the release -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", OUTPUTS)
def test_every_parquet_row_equals_its_jsonl_record(releases, name):
    jsonl, parquet_out = releases
    expected = read_jsonl(jsonl / f"{name}.jsonl")
    assert read_parquet(parquet_out / f"{name}.parquet") == expected
    assert pq.read_schema(parquet_out / f"{name}.parquet").equals(parquet.arrow_schema(parquet.KINDS[name]), check_metadata=True)


def test_the_round_trip_covers_lists_in_metadata_nulls_and_errors(releases, corpus):
    _, parquet_out = releases
    documents = read_parquet(parquet_out / "documents.parquet")
    page = next(d for d in documents if d["id"] == "extra/page")
    assert page["metadata"]["categories"] == ["反诈"] and page["metadata"]["date"] == "2023-05-01"
    assert any(d["declared_articles"] is None for d in documents) and any(d["declared_articles"] for d in documents)
    [error] = read_parquet(parquet_out / "errors.parquet")
    assert error["path"] == os.path.abspath(corpus / "extra" / "empty.txt")


def test_a_parquet_release_has_no_jsonl_no_index_and_a_manifest_that_says_so(releases):
    jsonl, parquet_out = releases
    assert sorted(p.name for p in parquet_out.iterdir()) == sorted(["manifest.json", *(f"{name}.parquet" for name in OUTPUTS)])
    manifest = json.loads((parquet_out / "manifest.json").read_text(encoding="utf-8"))
    jsonschema.validate(manifest, load_schema("manifest"))
    assert manifest["format"] == "parquet"
    assert manifest["files"] == {name: f"{name}.parquet" for name in OUTPUTS}
    edits = pq.read_table(parquet_out / "edits.parquet")
    assert edits.num_rows == manifest["counts"]["documents"]  # one record a document
    assert manifest["counts"]["edits"] == sum(len(rules) for rules in edits.column("rule").to_pylist()) > 10_000
    jsonl_manifest = json.loads((jsonl / "manifest.json").read_text(encoding="utf-8"))
    assert jsonl_manifest["format"] == "jsonl" and jsonl_manifest["files"]["edits"] == "edits.jsonl"
    same = ("schema", "tool_version", "schemas", "options", "inputs", "counts")
    assert {k: manifest[k] for k in same} == {k: jsonl_manifest[k] for k in same}


def test_the_same_jsonl_gives_the_same_parquet_bytes(releases, tmp_path):
    """The run's files and two more conversions of the other run's (byte-identical) JSONL."""
    jsonl, parquet_out = releases
    for name in OUTPUTS:
        kind = parquet.KINDS[name]
        parquet.convert(jsonl / f"{name}.jsonl", tmp_path / "a.parquet", kind)
        parquet.convert(jsonl / f"{name}.jsonl", tmp_path / "b.parquet", kind)
        first = (tmp_path / "a.parquet").read_bytes()
        assert first == (tmp_path / "b.parquet").read_bytes() == (parquet_out / f"{name}.parquet").read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.parquet", "b.parquet"]  # no temporary file left


def test_row_groups_end_at_fixed_counts_and_the_content_does_not_change(releases, tmp_path, monkeypatch):
    jsonl, parquet_out = releases
    monkeypatch.setattr(parquet, "ROWS_PER_GROUP", 100)
    parquet.convert(jsonl / "counts.jsonl", tmp_path / "counts.parquet", "count")
    monkeypatch.setattr(parquet, "BYTES_PER_GROUP", 50_000)
    parquet.convert(jsonl / "documents.jsonl", tmp_path / "documents.parquet", "document")
    counts, documents = pq.ParquetFile(tmp_path / "counts.parquet"), pq.ParquetFile(tmp_path / "documents.parquet")
    n_counts = counts.metadata.num_rows
    assert n_counts > 200 and [counts.metadata.row_group(i).num_rows for i in range(counts.num_row_groups)] == [100] * (n_counts // 100) + [n_counts % 100]
    assert documents.num_row_groups > 1  # the big pages close a group each
    assert pq.ParquetFile(parquet_out / "counts.parquet").num_row_groups == 1
    assert read_parquet(tmp_path / "counts.parquet") == read_jsonl(jsonl / "counts.jsonl")
    assert read_parquet(tmp_path / "documents.parquet") == read_jsonl(jsonl / "documents.jsonl")


def test_records_are_read_a_row_group_at_a_time(monkeypatch):
    """An endless JSONL stream still yields its first row groups: nothing waits for the end of the file."""
    monkeypatch.setattr(parquet, "ROWS_PER_GROUP", 10)
    line = json.dumps({"schema": "zhtools.error/1", "id": "a!read", "path": "a", "stage": "read", "reason": "r"}).encode() + b"\n"
    first = list(itertools.islice(parquet.batches(itertools.repeat(line), parquet.arrow_schema("error"), Path("errors.jsonl")), 3))
    assert [b.num_rows for b in first] == [10, 10, 10]


def test_an_empty_file_and_an_all_null_column_keep_their_declared_types(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert parquet.convert(tmp_path / "empty.jsonl", tmp_path / "empty.parquet", "article") == 0
    empty = pq.read_table(tmp_path / "empty.parquet")
    assert empty.num_rows == 0 and empty.schema.equals(parquet.arrow_schema("article"), check_metadata=True)

    count = {
        "schema": "zhtools.count/2", "id": "d#1/c1", "doc_id": "d", "article_id": "d#1", "mention": "x余份", "value": None,
        "value_max": None, "approx": "more_than", "unit": "份", "object": None, "action": None, "redacted": True,
        "currency": None, "per": None, "kind": "reported", "span": [0, 3], "source_span": [5, 8], "duplicate": False, "canonical_article_id": "d#1",
    }  # fmt: skip
    (tmp_path / "counts.jsonl").write_text(json.dumps(count, ensure_ascii=False) + "\n", encoding="utf-8")
    parquet.convert(tmp_path / "counts.jsonl", tmp_path / "counts.parquet", "count")
    table = pq.read_table(tmp_path / "counts.parquet")
    assert table.schema.field("value").type == pa.float64() and table.schema.field("object").type == pa.string()
    assert table.to_pylist() == [count]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"extra": 1}, r"not in it \['extra'\]"),
        ({"doc_id": None}, "doc_id is null"),
        ({"rule": 3}, "do not fit zhtools.edit/2"),
        ({"start": [None]}, "start holds a null"),
        ("not a record", "not a JSON line"),
    ],
    ids=["a field the schema lacks", "null where the schema forbids it", "a wrong type", "a null in a span", "a broken line"],
)
def test_records_that_do_not_fit_the_schema_stop_the_conversion_and_leave_no_file(tmp_path, change, message):
    good = {"schema": "zhtools.edit/2", "id": "a", "doc_id": "a", "rule": ["r"], "start": [0], "end": [1], "old": ["x"], "new": [""]}
    bad = change if isinstance(change, str) else json.dumps({**good, **change})
    (tmp_path / "edits.jsonl").write_text(json.dumps(good) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(parquet.ExportError, match=message):
        parquet.convert(tmp_path / "edits.jsonl", tmp_path / "edits.parquet", "edit")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edits.jsonl"]


# --- resume, failures, stale files -------------------------------------------------------------------


def test_a_failed_conversion_keeps_the_last_release_and_resume_continues_from_the_partial_jsonl(corpus, releases, tmp_path, monkeypatch):
    _, parquet_out = releases
    out = tmp_path / "out"
    run([corpus], out, clean=CleanOptions(convert=None))  # the last release, made with other options: nothing to reuse from it
    before = visible_files(out)
    monkeypatch.setattr(parquet, "ROWS_PER_GROUP", 100)
    to_batch, calls = parquet.to_batch, []

    def failing(*args):
        calls.append(args[2].name)
        if calls.count("counts.jsonl") == 3:  # two row groups of counts.parquet are written by then
            raise OSError(28, "No space left on device")
        return to_batch(*args)

    monkeypatch.setattr(parquet, "to_batch", failing)
    with pytest.raises(OSError, match="No space left"):
        run([corpus], out, format="parquet")
    assert visible_files(out) == before
    partial = out / outputs.PARTIAL
    assert (partial / "documents.parquet").exists()  # converted before the failure, never moved
    assert not (partial / "counts.parquet").exists() and not list(partial.glob(".*.tmp"))

    monkeypatch.undo()
    summary = run([corpus], out, format="parquet", resume=True)
    assert summary.reused == 6  # every document; the empty file is tried again
    assert {k: v for k, v in visible_files(out).items() if k != "manifest.json"} == {
        k: v for k, v in visible_files(parquet_out).items() if k != "manifest.json"
    }
    assert not (out / outputs.PARTIAL).exists() and not (out / outputs.PREVIOUS).exists()


def test_a_completed_parquet_release_leaves_nothing_for_resume(tmp_path):
    out = tmp_path / "out"
    run([SMALL_PAGE], out, format="parquet")
    assert run([SMALL_PAGE], out, format="parquet", resume=True).reused == 0
    assert run([SMALL_PAGE], out, resume=True).reused == 0  # JSONL now, and an index again...
    assert run([SMALL_PAGE], out, resume=True).reused == 1  # ...which the next --resume uses


def test_a_run_removes_the_other_formats_files_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    run([SMALL_PAGE], out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    run([SMALL_PAGE], out, format="parquet")
    names = {p.name for p in out.iterdir()}
    assert names == {"notes.txt", "manifest.json", *(f"{name}.parquet" for name in OUTPUTS)}
    run([SMALL_PAGE], out)
    names = {p.name for p in out.iterdir()}
    assert names == {"notes.txt", "manifest.json", outputs.INDEX, *(f"{name}.jsonl" for name in OUTPUTS)}


# --- the command line ----------------------------------------------------------------------------------


def test_an_unknown_format_is_a_usage_error(tmp_path, capsys):
    assert entry(["run", str(SMALL_PAGE), "--out", str(tmp_path / "a"), "--format", "csv"]) == 2
    assert "'csv' is not one of 'jsonl', 'parquet'" in capsys.readouterr().err
    with pytest.raises(UsageError, match="unknown format 'csv'"):
        run([SMALL_PAGE], tmp_path / "b", format="csv")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_the_cli_writes_parquet_and_its_help_says_what_resume_can_do(tmp_path, capsys):
    assert entry(["run", str(SMALL_PAGE), "--out", str(tmp_path), "--format", "parquet", "--quiet"]) == 0
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == 1
    assert entry(["run", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--format [jsonl|parquet]" in help_text and "a later --resume reuses nothing from a completed Parquet run" in help_text


# --- the README ----------------------------------------------------------------------------------------


def readme_block() -> str:
    """The Python block of the README's Parquet section."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Parquet\n", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return block


CHECK = """
print(json.dumps({
    "documents": documents.to_dict("records"),
    "metadata": metadata,
    "counts": counts.to_dicts(),
    "units": units.to_dicts(),
    "formulas": formulas.to_dicts(),
    "articles": articles.to_list(),
    "features": {name: str(feature) for name, feature in articles.features.items()},
    "span": [start, end],
}, ensure_ascii=False, default=list))
"""


def test_the_readme_code_loads_the_release_with_pandas_polars_and_datasets(releases, tmp_path):
    jsonl, parquet_out = releases
    (tmp_path / "out").symlink_to(parquet_out)
    env = {
        **os.environ,
        "HF_HOME": str(tmp_path / "hf"),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_DISABLE_PROGRESS_BARS": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", readme_block() + CHECK], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)

    documents, counts, articles = (read_jsonl(jsonl / f"{name}.jsonl") for name in ("documents", "counts", "articles"))
    assert loaded["metadata"] == [d["metadata"] for d in documents]
    assert loaded["documents"] == [{**d, "metadata": json.dumps(d["metadata"], ensure_ascii=False)} for d in documents]
    assert loaded["counts"] == counts
    assert {u["unit"]: u["len"] for u in loaded["units"]} == {u: sum(c["unit"] == u for c in counts) for u in {c["unit"] for c in counts}}
    slogans = read_jsonl(jsonl / "slogans.jsonl")
    assert loaded["formulas"] == [s for s in slogans if s["kind"] == "formula"] != []
    assert loaded["articles"] == articles
    assert loaded["features"]["doc_span"] == "List(Value('int64'))" and loaded["features"]["similarity"] == "Value('float64')"
    assert loaded["span"] == articles[0]["doc_span"]
