"""One kind per normalized slogan text in a run (issue 15, zhtools.slogan/2): `kind` is the kind
its first mention got in its own article, documents in canonical order; `context_kind` keeps
each mention's own reading. The same whatever the workers, and after --resume."""

from __future__ import annotations

import json
from pathlib import Path

from zhtools.runner import RunOptions, run

CAMPAIGN = "社区反诈宣传简报\n社区开展“面对面”反诈宣讲活动，民警讲解防骗知识，发放宣传单200份。\n"  # read as a campaign
TERM = "派出所工作动态\n民警与居民“面对面”交流，讲解防骗知识，劝阻群众12人。\n"  # read as a term


def kinds(out: Path) -> list[tuple[str, str, str]]:
    with (out / "slogans.jsonl").open(encoding="utf-8") as f:
        return [(r["article_id"], r["kind"], r["context_kind"]) for r in map(json.loads, f) if r["normalized"] == "面对面"]


def test_the_first_reading_is_the_kind_of_every_mention(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(CAMPAIGN, encoding="utf-8")
    (pages / "b.txt").write_text(TERM, encoding="utf-8")
    run([str(pages)], tmp_path / "out", RunOptions(workers=1, progress=False))
    assert kinds(tmp_path / "out") == [("a#1", "campaign", "campaign"), ("b#1", "campaign", "term")]
    run([str(pages)], tmp_path / "two", RunOptions(workers=2, progress=False))
    assert (tmp_path / "two" / "slogans.jsonl").read_bytes() == (tmp_path / "out" / "slogans.jsonl").read_bytes()


def test_resume_reads_the_kinds_afresh(tmp_path):
    """Without a.txt, b's copied record is the first mention: its own reading is the kind."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(CAMPAIGN, encoding="utf-8")
    (pages / "b.txt").write_text(TERM, encoding="utf-8")
    out = tmp_path / "out"
    run([str(pages)], out, RunOptions(workers=1, progress=False))
    (pages / "a.txt").unlink()
    summary = run([str(pages)], out, RunOptions(workers=1, progress=False, resume=True))
    assert summary.reused == 1
    assert kinds(out) == [("b#1", "term", "term")]
    fresh = tmp_path / "fresh"
    run([str(pages)], fresh, RunOptions(workers=1, progress=False))
    assert (fresh / "slogans.jsonl").read_bytes() == (out / "slogans.jsonl").read_bytes()
