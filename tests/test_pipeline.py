"""The run: discovery, records and their schemas, errors.jsonl, exit codes, atomic outputs,
determinism, and the CLI around it (called in-process with an explicit argv)."""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhtools
from zhtools import outputs, pipeline, runner
from zhtools.cli import entry, main
from zhtools.edits import Edit, replay
from zhtools.ingest import read_source
from zhtools.records import edit_rows, load_schema

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    code = entry(["run", str(RAW), "--out", str(out), "--quiet"])
    return code, out


def test_run_on_the_corpus_succeeds_and_writes_every_file(corpus_run):
    code, out = corpus_run
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        ".zhtools-index.jsonl", "articles.jsonl", "counts.jsonl", "documents.jsonl", "edits.jsonl", "errors.jsonl", "manifest.json", "measures.jsonl", "slogans.jsonl",
    ]
    assert (out / "errors.jsonl").read_text() == ""


@pytest.mark.parametrize(
    "kind, name",
    [(k, f"{k}s.jsonl") for k in ("document", "article", "measure", "count", "slogan", "edit")],
)
def test_records_follow_their_schema(corpus_run, kind, name):
    _, out = corpus_run
    schema = load_schema(kind)
    records = read_jsonl(out / name)
    assert records
    for record in records:
        jsonschema.validate(record, schema)


def test_manifest_follows_its_schema_and_counts_the_records(corpus_run):
    _, out = corpus_run
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    jsonschema.validate(manifest, load_schema("manifest"))
    assert manifest["counts"]["documents"] == 5
    edit_records = read_jsonl(out / "edits.jsonl")
    assert len(edit_records) == 5  # one a document, its edits as parallel arrays
    assert manifest["counts"]["edits"] == sum(len(r["rule"]) for r in edit_records) > 5
    assert [i["path"] for i in manifest["inputs"]] == sorted(p.name for p in RAW.glob("*.txt"))


def test_edit_records_replay_every_document_from_its_source(corpus_run):
    _, out = corpus_run
    edits: dict[str, list[Edit]] = {}
    for r in read_jsonl(out / "edits.jsonl"):
        assert r["id"] == r["doc_id"] not in edits
        edits[r["doc_id"]] = [Edit(**row) for row in edit_rows(r)]
    for doc in read_jsonl(out / "documents.jsonl"):
        source = read_source((RAW / doc["path"]).read_bytes(), doc["path"])
        assert replay(source.text, edits.get(doc["id"], [])) == doc["text"]
        assert doc["n_edits"] == len(edits.get(doc["id"], []))


def test_document_records_describe_their_pages(corpus_run):
    _, out = corpus_run
    docs = {d["id"]: d for d in read_jsonl(out / "documents.jsonl")}
    assert set(docs) == {p.stem for p in RAW.glob("*.txt")}
    by_prefix = {k[:3]: v for k, v in docs.items()}
    assert by_prefix["001"]["script"] == "traditional"
    assert {d["script"] for k, d in by_prefix.items() if k != "001"} == {"simplified"}
    assert {d["encoding"] for d in docs.values()} == {"utf-8"}
    assert by_prefix["000"]["declared_articles"] == 6
    assert by_prefix["002"]["declared_articles"] == 24
    assert by_prefix["003"]["declared_articles"] == 5
    assert by_prefix["001"]["title"] == "电信诈骗工作总结"
    assert by_prefix["004"]["title"] == "防范电信诈骗工作措施"


def test_jsonl_is_utf8_not_ascii_escaped(corpus_run):
    _, out = corpus_run
    line = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert "\\u" not in line and "电信" in line


def test_output_is_identical_with_two_workers(corpus_run, tmp_path):
    _, out = corpus_run
    assert entry(["run", str(RAW), "--out", str(tmp_path), "--workers", "2", "--quiet"]) == 0
    for name in ("documents.jsonl", "articles.jsonl", "measures.jsonl", "counts.jsonl", "slogans.jsonl", "edits.jsonl", "errors.jsonl"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_bad_inputs_go_to_errors_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(RAW / "003_0b8c7273d3b909f3.txt", src / "sub" / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert entry(["run", str(src), "--out", str(out), "--quiet"]) == 1
    errors = read_jsonl(out / "errors.jsonl")
    schema = load_schema("error")
    for e in errors:
        jsonschema.validate(e, schema)
    full = Path(os.path.abspath(src))  # an error names the full path, so that it says which folder is meant
    assert {(e["path"], e["stage"]) for e in errors} == {(str(full / n), s) for n, s in [("empty.txt", "read"), ("binary.txt", "read"), ("notes.pdf", "discover")]}
    assert all(e["reason"] for e in errors)
    docs = read_jsonl(out / "documents.jsonl")
    assert [d["id"] for d in docs] == ["sub/good"]


def test_a_failing_rule_costs_one_document_not_the_run(tmp_path, monkeypatch):
    def broken(source, item, *args):
        if item.doc_id == "b":
            raise RuntimeError("boom")
        return real(source, item, *args)

    real = pipeline.process_source
    monkeypatch.setattr(pipeline, "process_source", broken)
    (tmp_path / "a.txt").write_text("第一篇。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("第二篇。", encoding="utf-8")
    out = tmp_path / "out"
    summary = zhtools.run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out, zhtools.RunOptions(workers=1))
    assert summary.documents == 1 and summary.errors == 1
    [err] = read_jsonl(out / "errors.jsonl")
    assert err["stage"] == "clean" and "boom" in err["reason"]


def test_an_interrupted_run_leaves_no_partial_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("第一篇。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("第二篇。", encoding="utf-8")
    out = tmp_path / "out"

    def interrupted(item, data=None, options=None, limits=None):
        if item.doc_id == "b":
            raise KeyboardInterrupt
        return pipeline.render_document(item, data, options, limits)

    monkeypatch.setattr(runner, "render_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        zhtools.run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out, zhtools.RunOptions(workers=1))
    assert [p.name for p in out.iterdir()] == [outputs.PARTIAL]  # kept, hidden, for --resume


def test_the_same_file_twice_is_processed_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("正文。", encoding="utf-8")
    out = tmp_path / "out"
    assert entry(["run", str(f), str(f), str(tmp_path), "--out", str(out), "--quiet"]) == 0
    assert len(read_jsonl(out / "documents.jsonl")) == 1


def test_missing_path_is_bad_usage(tmp_path, capsys):
    assert entry(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_unknown_option_is_bad_usage(capsys):
    assert entry(["run", "x", "--out", "y", "--backend", "spark"]) == 2


def test_clean_command_prints_simplified_text_and_explains(capsys):
    path = RAW / "001_c477d48db39d7e61.txt"
    assert entry(["clean", str(path)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("电信诈骗工作总结\n电信诈骗工作总结1\n为预防和减少电信网络诈骗案件的发生")
    assert entry(["clean", str(path), "--explain"]) == 0
    out = capsys.readouterr().out
    body, edits = out.split("\n---\n")
    assert body == text.rstrip("\n")
    rules = {json.loads(line)["rule"] for line in edits.splitlines()}
    assert {"spam_line", "chrome_line", "pinyin", "t2s", "intro", "related_footer"} <= rules


def test_clean_command_can_keep_the_script(capsys):
    assert entry(["clean", str(RAW / "001_c477d48db39d7e61.txt"), "--no-convert"]) == 0
    assert capsys.readouterr().out.startswith("電信詐騙工作總結\n")


def test_clean_reads_standard_input(monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("對(dui)話(hua),測試。".encode("big5"))))
    assert entry(["clean", "-"]) == 0
    assert capsys.readouterr().out == "对话，测试。\n"


def test_clean_on_an_unreadable_file_says_why(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert entry(["clean", str(f)]) == 1
    assert "empty.txt: read:" in capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(command, capsys):
    assert entry([command, "--help"]) == 0
    assert "Usage:" in capsys.readouterr().out
    assert main.commands[command].help


def test_extraction_records_point_at_their_article_text(corpus_run):
    _, out = corpus_run
    articles = {a["id"]: a for a in read_jsonl(out / "articles.jsonl")}
    sources = {p.stem: read_source(p.read_bytes(), p.name).text for p in RAW.glob("*.txt")}
    seen = 0
    for name, field in (("measures.jsonl", "text"), ("counts.jsonl", "mention"), ("slogans.jsonl", "text")):
        for r in read_jsonl(out / name):
            article = articles[r["article_id"]]
            s, e = r["span"]
            assert article["text"][s:e] == r[field]
            ss, se = r["source_span"]
            a0, a1 = article["source_span"]
            assert a0 <= ss <= se <= a1 <= len(sources[r["doc_id"]])
            seen += 1
    assert seen > 500


def test_extract_command_prints_records_of_every_kind(capsys):
    assert entry(["extract", str(RAW / "003_0b8c7273d3b909f3.txt")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {r["schema"] for r in records}
    assert kinds == {"zhtools.measure/1", "zhtools.count/2", "zhtools.slogan/3"}
    for r in records:
        jsonschema.validate(r, load_schema(r["schema"].split(".")[1].split("/")[0]))
    assert any(r.get("mention") == "印制各类反诈宣传单15万余份" and r["value"] == 150000 for r in records)


def test_eval_command_prints_scores_per_kind(corpus_run, tmp_path, capsys):
    _, out = corpus_run
    gold = tmp_path / "gold"
    gold.mkdir()
    counts = [r for r in read_jsonl(out / "counts.jsonl") if r["doc_id"].startswith("003")][:3]
    lines = [json.dumps({"kind": "count", "article_id": r["article_id"], "span": r["span"], "value": r["value"]}) for r in counts]
    (gold / "g.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert entry(["eval", str(gold), str(out)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[1].split()[:4] == ["count", "3", str(sum(1 for r in read_jsonl(out / "counts.jsonl") if r["article_id"] in {c["article_id"] for c in counts})), "3"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["t2s", "pinyin", "chrome:byline"]), st.integers(0, 10**9), st.integers(0, 50), st.text(max_size=20), st.text(max_size=20)), max_size=6),
       st.text(min_size=1, max_size=8))
def test_an_edit_record_reads_back_as_its_edits(edits, doc_id):
    from zhtools.records import EditRecord, to_json

    given_edits = [Edit(rule, start, start + length, old, new) for rule, start, length, old, new in edits]
    line = to_json(EditRecord.of(doc_id, given_edits))
    assert "\n" not in line and line.startswith('{"schema":"zhtools.edit/2","id":')  # one line, compact
    record = json.loads(line)
    assert record["schema"] == "zhtools.edit/2" and record["id"] == record["doc_id"] == doc_id
    assert [Edit(**row) for row in edit_rows(record)] == given_edits




def test_the_readme_block_lists_the_edits_of_one_rule_with_polars_and_pandas(tmp_path):
    """The README's "The edit log" block, run on corpus/processed: the pinyin edits it lists are
    those of the records, read by hand."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## The edit log\n", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    check = (
        "\nimport json\nprint(json.dumps({'polars': pinyin.to_dicts(), 'per_rule': per_rule.to_dicts(),"
        " 'pandas': pinyin_pd.astype({'start': int, 'end': int}).to_dict('records')}, ensure_ascii=False))"
    )
    (tmp_path / "out").symlink_to(ROOT / "corpus" / "processed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", block + check], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    rows = [{"doc_id": r["doc_id"], **row} for r in read_jsonl(ROOT / "corpus" / "processed" / "edits.jsonl") for row in edit_rows(r)]
    expected = [{k: row[k] for k in ("doc_id", "start", "end", "old")} for row in rows if row["rule"] == "pinyin"]
    assert len(expected) > 100 and loaded["polars"] == expected and loaded["pandas"] == expected
    assert {d["rule"]: d["len"] for d in loaded["per_rule"]} == dict(collections.Counter(row["rule"] for row in rows))


def test_runner_outputs_and_pipeline_import_one_another_one_way():
    """runner → outputs → pipeline, never back (issue 14: the circle runner ↔ outputs ↔
    pipeline is broken; the public entry point is `zhtools.run`)."""
    import ast

    def imported(module: str) -> set[str]:
        tree = ast.parse((ROOT / "zhtools" / f"{module}.py").read_text(encoding="utf-8"))
        return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}

    assert not {"zhtools.runner", "zhtools.outputs"} & imported("pipeline")
    assert "zhtools.runner" not in imported("outputs")
    assert zhtools.run.__module__ == "zhtools.runner" and zhtools.RunOptions.__module__ == "zhtools.pipeline"


def test_a_first_line_ending_in_a_colon_is_no_title() -> None:
    """A letter under its salutation alone ("街坊邻居们：") has no title; a first line that names the page is one."""
    letter = "街坊邻居们：\n我是咱们社区的片警小邬，在社区工作快五年了。今天写这封信，是想和大家说说防骗的事。\n桤湾社区民警　邬小川"
    r = pipeline.process_document(pipeline.Input("p.txt", "p", "p.txt"), letter.encode())
    assert r.document.title is None and [a.title for a in r.articles] == [None]
    titled = "致街坊邻居的一封信\n" + letter
    r = pipeline.process_document(pipeline.Input("p.txt", "p", "p.txt"), titled.encode())
    assert r.document.title == "致街坊邻居的一封信"


def test_a_headline_of_one_sentence_is_the_title() -> None:
    """A first line of one sentence with its stop, over a paragraph of several, is the headline (split.sentence_headline);
    one-sentence lines under it leave the page untitled, and so does a first paragraph of two sentences."""
    page = "听完那场反诈讲座，我把手机里的三个“理财群”都退了。\n一场讲座，让我看清了自己离骗局到底有多近。\n上周五下午，单位组织职工参加了讲座。说实话，去之前我并不在意。"
    r = pipeline.process_document(pipeline.Input("p.txt", "p", "p.txt"), page.encode())
    assert r.document.title == "听完那场反诈讲座，我把手机里的三个“理财群”都退了。"
    assert [a.title for a in r.articles] == [r.document.title] and r.articles[0].text.startswith("一场讲座")
    for untitled in ("不明链接不点击。\n个人信息不透露。\n转账汇款多核实。", "上周五下午，单位组织职工参加了讲座。说实话，去之前我并不在意。\n讲座结束后，大家都说收获很大。"):
        r = pipeline.process_document(pipeline.Input("p.txt", "p", "p.txt"), untitled.encode())
        assert r.document.title is None and [a.title for a in r.articles] == [None], untitled
