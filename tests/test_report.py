"""`zhtools report`: the page a person reads, checked as text and in headless Chromium.

The browser tests open a report built from a release whose corpus text carries scripts, event
handlers and markup, and check that the page loads, the charts render, a screenshot is taken,
and nothing from the corpus runs. Chromium comes from Debian (`make browser`, run by
`make test`); without it these tests skip, except on CI, where they fail.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from zhtools.cli import entry
from zhtools.report import build, esc, highlight, write

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "corpus" / "processed"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EVIL = [
    "<script>document.title='PWNED'</script>",
    "<img src=x onerror=\"document.title='PWNED'\">",
    "</textarea></title></style>",
    "\"><svg onload=\"document.title='PWNED'\">",
    "&lt;b&gt; &amp; &#x3c;",
]


# --- escaping and highlighting -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('"><img onerror=x>', "&quot;&gt;&lt;img onerror=x&gt;"),
        ("it's", "it&#x27;s"),
        ("&amp;", "&amp;amp;"),  # an entity in the corpus is shown as written
        ("防范电信诈骗，共发放宣传单5000余份。", "防范电信诈骗，共发放宣传单5000余份。"),  # must stay as it is
        ("xx余人 ⅩⅩ ##", "xx余人 ⅩⅩ ##"),  # must stay as it is
        (None, ""),
    ],
    ids=["script", "attribute-break", "quote", "entity", "chinese-unchanged", "redactions-unchanged", "none"],
)
def test_escape(text, expected):
    assert esc(text) == expected


class Balance(html.parser.HTMLParser):
    """Fails on a closing tag that does not close the innermost open one."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(0, 10, "measure", "m1")],
        [(0, 10, "measure", "m1"), (3, 6, "count", "c1")],  # nested
        [(0, 6, "slogan", "s1"), (4, 10, "count", "c1")],  # overlapping
        [(2, 2, "count", "empty"), (8, 50, "slogan", "past-the-end")],  # empty, and beyond the text
        [(0, 10, "measure", "m1"), (0, 10, "slogan", "s1"), (0, 10, "count", "c1")],  # the same stretch thrice
    ],
    ids=["none", "one", "nested", "overlapping", "empty-and-past-end", "same-span"],
)
def test_highlights_keep_the_text_and_stay_well_formed(spans):
    text = "<b>共发放宣传单5000余份&amp;"
    out = highlight(text, spans)
    parser = Balance()
    parser.feed(out)
    assert parser.stack == []
    assert text_of(out) == text
    for *_, rid in spans:
        if rid not in ("empty",):
            assert rid in out


# --- a release with hostile text ----------------------------------------------------------------


def write_release(folder: Path, evil: str) -> Path:
    """A small release: two articles (one a duplicate), records and edits carrying `evil`."""
    folder.mkdir(parents=True, exist_ok=True)
    text = f"一是加强宣传{evil}，共发放宣传单5000余份。牢记“{evil}”。"
    count_at = text.index("5000余份")
    slogan_at = text.index("“") + 1
    rows = {
        "documents": [{"id": "d", "path": "d.txt", "text": text}],
        "articles": [
            {"id": "d#1", "doc_id": "d", "ordinal": 1, "title": evil, "text": text, "duplicate_of": None, "similarity": None, "preview": False},
            {"id": "d#2", "doc_id": "d", "ordinal": 2, "title": "t", "text": text, "duplicate_of": "d#1", "similarity": 1.0, "preview": False},
        ],
        "measures": [{"id": "d#1/m1", "article_id": "d#1", "text": text, "span": [0, len(text)], "heading": evil}],
        "counts": [{"id": "d#1/c1", "article_id": "d#1", "mention": "5000余份", "unit": "份", "action": evil, "span": [count_at, count_at + 6]}],
        "slogans": [{"id": "d#1/s1", "article_id": "d#1", "text": evil, "normalized": evil, "span": [slogan_at, slogan_at + len(evil)]}],
        "edits": [{"id": "d@1", "doc_id": "d", "rule": "spam_line", "source_span": [0, len(evil)], "old": evil + "\n", "new": ""}],
        "errors": [{"id": "e!read", "path": evil, "stage": "read", "reason": evil}],
    }
    for name, recs in rows.items():
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"tool_version": evil}), encoding="utf-8")
    return folder


@pytest.mark.parametrize("evil", EVIL)
def test_corpus_text_is_always_escaped(tmp_path, evil):
    page = build(write_release(tmp_path / "r", evil))
    assert evil not in page  # nowhere raw: not in text, attributes, titles
    assert esc(evil) in page
    assert "<script" not in page.lower()  # the page runs no script of its own either
    assert re.search(r"<img|<svg onload|onerror=\"", page) is None


def test_the_overview_counts_what_the_release_holds():
    page = build(RELEASE)
    lines = {name: (RELEASE / f"{name}.jsonl").read_text(encoding="utf-8").count("\n") for name in ("documents", "articles", "edits", "errors")}
    duplicates = sum(1 for line in (RELEASE / "articles.jsonl").open(encoding="utf-8") if json.loads(line)["duplicate_of"])
    for label, n in [("documents", lines["documents"]), ("articles", lines["articles"]), ("duplicate articles", duplicates),
                     ("errors", lines["errors"]), ("edits", lines["edits"])]:
        assert f"<tr><th>{label}</th><td>{n}</td></tr>" in page
    assert duplicates == 12


def test_caps_leave_a_visible_note_and_the_same_release_gives_the_same_bytes(tmp_path):
    page = build(RELEASE, max_articles=2, max_documents=1)
    assert page.count('<article class="article"') == 2
    assert "69 more articles not shown (--max-articles 2)" in page and "4 more documents not shown" in page
    assert build(RELEASE, max_articles=2, max_documents=1) == page
    assert build(RELEASE, max_articles=0).count('<article class="article"') == 71  # 0: all


def test_the_command_writes_the_file_atomically_and_reports_bad_folders(tmp_path, capsys):
    release = write_release(tmp_path / "r", "x")
    assert entry(["report", str(release)]) == 0
    assert (release / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in release.iterdir() if p.name.endswith(".tmp")]
    assert entry(["report", str(release), "--out", str(tmp_path / "elsewhere" / "r.html")]) == 0
    assert (tmp_path / "elsewhere" / "r.html").exists()
    capsys.readouterr()
    assert entry(["report", str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert entry(["report", str(tmp_path / "empty")]) == 2
    assert "not a zhtools release" in capsys.readouterr().err


def test_a_malformed_line_is_listed_not_fatal(tmp_path):
    release = write_release(tmp_path / "r", "x")
    with (release / "counts.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "cut short\n')
    page = build(release)
    assert "counts.jsonl:2: not JSON" in page


def test_a_parquet_release_reads_the_same(tmp_path):
    from zhtools.pipeline import RunOptions
    from zhtools.runner import run

    page = ROOT / "corpus" / "raw" / "003_0b8c7273d3b909f3.txt"
    run([str(page)], tmp_path / "jsonl" / "out", RunOptions(workers=1))
    run([str(page)], tmp_path / "parquet" / "out", RunOptions(workers=1, format="parquet"))
    def same(page: str) -> str:  # Parquet holds `value` as float64 (the schema's "number"): 10 reads back as 10.0
        return re.sub(r"(?<=&quot;value&quot;: )(\d+)\.0(?=,)|(?<=&quot;value_max&quot;: )(\d+)\.0(?=,)", lambda m: m.group(1) or m.group(2), page)

    assert same(build(tmp_path / "parquet" / "out")) == build(tmp_path / "jsonl" / "out")


# --- in the browser ------------------------------------------------------------------------------


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing on CI: `make browser` should have installed it")
        pytest.skip("chromium is not installed (make browser installs it, as root)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


class Elements(html.parser.HTMLParser):
    """Every element of a page, with its attributes."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the raw (filtered) scanlines of a PNG: enough to tell a blank page."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    release = write_release(folder / "release", "".join(EVIL))
    return write(release, folder / "report.html", max_articles=0)


def test_the_page_loads_and_nothing_from_the_corpus_runs(hostile_report, tmp_path):
    proc = chromium("--dump-dom", hostile_report.as_uri(), profile=tmp_path / "profile")
    dom = proc.stdout
    assert "<title>zhtools report: release</title>" in dom  # not PWNED: no script ran
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom  # the text that tried is there, as text
    elements = Elements()
    elements.feed(dom)
    assert not {"script", "img", "iframe", "object", "embed"} & {tag for tag, _ in elements.found}
    assert not [(tag, a) for tag, attrs in elements.found for a in attrs if a.startswith("on")]  # no event handler anywhere
    assert {attrs.get("class") for tag, attrs in elements.found if tag == "svg"} == {"bars"}  # only the charts' SVG


def test_the_charts_render(hostile_report, tmp_path):
    dom = chromium("--dump-dom", hostile_report.as_uri(), profile=tmp_path / "profile").stdout
    charts = re.findall(r'<svg class="bars"[^>]*aria-label="([^"]+)"', dom)
    assert charts == ["Edits by rule", "Counts by unit", "Counts by action", "Most frequent slogans (by normalized key)",
                      "Measures per article", "Articles per source"]
    assert dom.count('<rect class="bar"') == 7  # one bar each in this small release, two for measures per article (0 and 1)


def test_a_screenshot_of_the_real_release_shows_a_page(tmp_path):
    report = write(RELEASE, tmp_path / "report.html", max_articles=5, max_documents=2)
    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri(), profile=tmp_path / "profile")
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1280, 2000)
    stride = len(rows) // height
    colours = {rows[i * stride + 1 : (i + 1) * stride] for i in range(0, height, 50)}
    assert len(colours) > 10  # rows differ: text and bars, not a blank page
    assert shot.stat().st_size > 20_000


def test_the_page_makes_no_network_request(hostile_report):
    page = hostile_report.read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert re.search(r"(src|href)=\"(https?:)?//", page) is None  # nothing fetched; links only within the page
