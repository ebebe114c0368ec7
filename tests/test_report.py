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
import time
import zlib
from pathlib import Path

import pytest

from zhtools.cli import entry
from zhtools.report import build, esc, highlight, write
from zhtools.report.render import fit, visible

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


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([(1, 3, "count", "c1")], 'a<mark class="c" title="c1">bc</mark>de'),
        ([(0, 5, "measure", "m1"), (1, 3, "count", "c1")],  # nested: the measure goes on after the count
         '<mark class="m" title="m1">a</mark><mark class="m c" title="m1\nc1">bc</mark><mark class="m" title="m1">de</mark>'),
        ([(0, 3, "slogan", "s1"), (2, 4, "count", "c1")],  # overlapping: each ends where it ends
         '<mark class="s" title="s1">ab</mark><mark class="s c" title="s1\nc1">c</mark><mark class="c" title="c1">d</mark>e'),
        ([(0, 2, "count", "c1"), (2, 4, "count", "c2")],  # adjacent: two marks, not one
         '<mark class="c" title="c1">ab</mark><mark class="c" title="c2">cd</mark>e'),
        ([(3, 1, "count", "backwards"), (-5, 1, "slogan", "s1")], '<mark class="s" title="s1">a</mark>bcde'),
    ],
    ids=["one", "nested", "overlapping", "adjacent", "backwards-and-negative"],
)
def test_highlight_marks_exactly_what_each_span_covers(spans, expected):
    assert highlight("abcde", spans) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("spam_line", "spam_line"),  # fits: unchanged
        ("两卡", "两卡"),
        ("防范通讯网络新型违法犯罪宣传月", "防范通讯网络…"),  # 13 px a character: six fit in 100 px
        ("000_938a5dddb1924200#1", "000_938a5dd…"),  # about 8 px a character, one left for the ellipsis
        ("", ""),
    ],
    ids=["latin-fits", "cjk-fits", "cjk-cut", "latin-cut", "empty"],
)
def test_chart_labels_are_cut_to_fit(label, expected):
    assert fit(label, 100) == expected


@pytest.mark.parametrize(
    "old, expected",
    [("\n", "↵\n"), ("  ", "··"), ("\u3000", "□"), ("\t", "→"), ("<b>", "&lt;b&gt;"), ("(xin)", "(xin)")],
    ids=["newline", "spaces", "ideographic-space", "tab", "markup", "unchanged"],
)
def test_removed_text_shows_its_whitespace(old, expected):
    assert visible(old) == expected


def test_highlighting_thousands_of_spans_is_one_sweep():
    text = "诈" * 20_000
    spans = [(i, i + 1, "count", f"c{i}") for i in range(20_000)] + [(0, 20_000, "measure", "m1")]
    started = time.perf_counter()
    out = highlight(text, spans)
    assert time.perf_counter() - started < 5  # cutting each piece against every span took minutes
    assert out.count("<mark") == 20_000 and text_of(out) == text


# --- a release with hostile text ----------------------------------------------------------------


def write_release(folder: Path, evil: str, duplicate: bool = True) -> Path:
    """A small release: two articles (the second a duplicate of the first, unless not
    `duplicate`), records and edits carrying `evil`."""
    folder.mkdir(parents=True, exist_ok=True)
    text = f"一是加强宣传{evil}，共发放宣传单5000余份。牢记“{evil}”。"
    count_at = text.index("5000余份")
    slogan_at = text.index("“") + 1
    rows = {
        "documents": [{"id": "d", "path": "d.txt", "text": text}],
        "articles": [
            {"id": "d#1", "doc_id": "d", "ordinal": 1, "title": evil, "text": text, "duplicate_of": None, "similarity": None, "preview": False,
             "topic": 0.85},
            {"id": "d#2", "doc_id": "d", "ordinal": 2, "title": "t", "text": text, "duplicate_of": "d#1" if duplicate else None,
             "similarity": 1.0 if duplicate else None, "preview": False},
        ],
        "measures": [{"id": "d#1/m1", "article_id": "d#1", "text": text, "span": [0, len(text)], "heading": evil}],
        "counts": [{"id": "d#1/c1", "article_id": "d#1", "mention": "5000余份", "unit": "份", "action": evil, "span": [count_at, count_at + 6]}],
        "slogans": [{"id": "d#1/s1", "article_id": "d#1", "text": evil, "normalized": evil, "span": [slogan_at, slogan_at + len(evil)]}],
        "edits": [{"id": "d", "doc_id": "d", "rule": ["spam_line"], "start": [0], "end": [len(evil)], "old": [evil + "\n"], "new": [""]}],
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
    lines = {name: (RELEASE / f"{name}.jsonl").read_text(encoding="utf-8").count("\n") for name in ("documents", "articles", "errors")}
    lines["edits"] = sum(len(r["rule"]) for r in map(json.loads, (RELEASE / "edits.jsonl").open(encoding="utf-8")))  # one record a document
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
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert entry(["report", str(release), "--out", str(tmp_path / "a-file" / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("zhtools: cannot write ") and err.count("\n") == 1  # one line, no traceback


def test_a_malformed_line_is_listed_not_fatal(tmp_path):
    release = write_release(tmp_path / "r", "x")
    with (release / "counts.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "cut short\n\n[1, 2]\n')  # cut short, a blank line (nothing lost), not an object
    with (release / "slogans.jsonl").open("ab") as f:
        f.write(b'{"text": "\xb7\xc0\xb7\xb6"}\n')  # GBK bytes
    page = build(release)
    assert "counts.jsonl:2: not JSON" in page and "counts.jsonl:4: not a record" in page and "counts.jsonl:3" not in page
    assert "slogans.jsonl:2: not UTF-8" in page
    assert "<h3>Lines the report could not read (3)</h3>" in page


def test_unreadable_lines_are_listed_up_to_a_cap(tmp_path):
    release = write_release(tmp_path / "r", "x")
    with (release / "edits.jsonl").open("a", encoding="utf-8") as f:
        f.write("not json\n" * 250)
    page = build(release)
    assert "edits.jsonl:201: not JSON" in page and "edits.jsonl:202:" not in page  # line 1 is a good edit
    assert "50 more not shown." in page


def test_records_of_the_wrong_shape_do_not_stop_the_report(tmp_path):
    release = write_release(tmp_path / "r", "x")
    with (release / "edits.jsonl").open("a", encoding="utf-8") as f:  # arrays missing, not lists, of different lengths
        for record in [{"doc_id": "d"}, {"doc_id": "d", "rule": "t2s", "start": 0, "end": 1, "old": "x", "new": "y"},
                       {"doc_id": "e", "rule": ["t2s", "pinyin"], "start": [0, 2], "end": [1, 5], "old": ["x", "(a)"], "new": ["y"]}]:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (release / "counts.jsonl").open("a", encoding="utf-8") as f:
        for record in [{}, {"article_id": "d#1", "span": "0:3", "unit": ["份"], "action": 7},
                       {"article_id": "d#1", "id": None, "span": [3, 1]}, {"article_id": ["d#1"], "span": [0, 2]}]:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (release / "articles.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "d#3", "text": None, "title": 3, "duplicate_of": ["d#1"]}) + "\n")
    page = build(release, max_articles=0)
    assert "<tr><th>counts</th><td>5</td></tr>" in page and "<tr><th>articles</th><td>3</td></tr>" in page
    assert "<tr><th>edits</th><td>2</td></tr>" in page  # the good record's edit and the pair the shorter arrays hold
    assert "<td>[&quot;份&quot;]</td><td>1</td>" in page  # a list where the unit should be is shown as written


def test_highlights_carry_their_records(tmp_path):
    page = build(write_release(tmp_path / "r", "x"))
    mark = re.search(r'<mark class="m c" title="([^"]*)">5000余份</mark>', page)
    assert mark, "the count inside the measure is marked as both"
    assert mark.group(1).split("\n") == ["measure m1: heading=x", "count c1: mention=5000余份, unit=份, action=x"]
    assert '<li id="d#1/c1" class="c"><code>{&quot;id&quot;: &quot;d#1/c1&quot;' in page  # the record, listed under the text


def test_duplicates_link_to_their_article_and_a_release_without_them_is_fine(tmp_path):
    page = build(write_release(tmp_path / "r", "x"))
    assert '<p class="dup">near-duplicate of <a href="#d%231">d#1</a> (similarity 1.0)</p>' in page
    assert '<article class="article" id="d#1">' in page
    assert "<tr><th>duplicate articles</th><td>1</td></tr>" in page
    capped = build(tmp_path / "r", max_articles=1)  # d#2 is left out, d#1 shown: no dangling link either way
    assert "near-duplicate" not in capped
    alone = build(write_release(tmp_path / "alone", "x", duplicate=False))
    assert "<tr><th>duplicate articles</th><td>0</td></tr>" in alone and "near-duplicate" not in alone


def test_removed_text_is_shown_where_it_was_in_the_cleaned_text(tmp_path):
    release = write_release(tmp_path / "r", "x")
    source = "防(fang)范电信(xin)诈骗\n\n第二段"
    text = "防范电信诈骗\n第二段"
    edits = [("pinyin", 1, "(fang)"), ("pinyin", 10, "(xin)"), ("whitespace", 17, "\n")]
    (release / "documents.jsonl").write_text(json.dumps({"id": "d", "path": "d.txt", "title": "题", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    record = {"doc_id": "d", "rule": [r for r, _, _ in edits], "start": [at for _, at, _ in edits], "end": [at + len(old) for _, at, old in edits],
              "old": [old for _, _, old in edits], "new": [""] * len(edits)}
    (release / "edits.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert all(source[at : at + len(old)] == old for _, at, old in edits)
    page = build(release)
    assert '<li><span class="ctx">防</span><del>(fang)</del><span class="ctx">范电信诈骗</span></li>' in page
    assert '<li><span class="ctx">防范电信</span><del>(xin)</del><span class="ctx">诈骗</span></li>' in page
    assert '<li><span class="ctx">防范电信诈骗</span><del>↵\n</del><span class="ctx"></span></li>' in page  # context stays on its line
    assert "<summary>pinyin: 2 removed</summary>" in page and "<summary>whitespace: 1 removed</summary>" in page


def test_the_removed_text_of_the_real_release_sits_in_its_context():
    page = build(RELEASE, max_articles=1)
    assert '<span class="ctx">为预防和减少电信</span><del>(xin)</del><span class="ctx">网络诈骗案件的发生，切实</span>' in page
    assert "<summary>pinyin: 5300 removed</summary>" in page and "5260 more not shown" in page


# --- a release with hostile text ----------------------------------------------------------------


def test_a_parquet_release_reads_the_same(tmp_path):
    from zhtools.pipeline import RunOptions
    from zhtools.runner import run

    page = ROOT / "corpus" / "raw" / "003_0b8c7273d3b909f3.txt"
    run([str(page)], tmp_path / "jsonl" / "out", RunOptions(workers=1))
    run([str(page)], tmp_path / "parquet" / "out", RunOptions(workers=1, format="parquet"))
    assert build(tmp_path / "parquet" / "out") == build(tmp_path / "jsonl" / "out")  # `value` 10, not Parquet's float 10.0


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
    assert charts == ["Edits by rule", "Counts by unit", "Counts by action", "Counts by kind",
                      "Most frequent slogans (by normalized key)", "Measures per article", "Articles by topic score", "Articles per source"]
    assert dom.count('<rect class="bar"') == 8  # one bar each in this small release (d#2, a copy, counts in no chart)


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


def test_the_charts_count_each_fact_once(tmp_path):
    """Facts of a near-duplicate article are left out of the charts, and the charts say how many:
    in this release d#2 copies d#1 and holds no fact; given one, it adds nothing to the charts."""
    page = build(write_release(tmp_path / "r", "x"))
    assert "Facts of canonical articles only: 0 measures, counts and slogans in copies" in page
    copy = write_release(tmp_path / "c", "x")
    with (copy / "counts.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "d#2/c1", "article_id": "d#2", "mention": "5000余份", "unit": "份", "action": "发放", "duplicate": True,
                            "canonical_article_id": "d#1"}, ensure_ascii=False) + "\n")
    page = build(copy)
    assert "Facts of canonical articles only: 1 measures, counts and slogans in copies" in page
    assert "<tr><th>发放</th>" not in page  # the copy's action is in no chart
    assert "<tr><th>counts</th><td>2</td></tr>" in page  # the overview still counts every record


def test_slogan_keys_of_two_kinds_are_listed(tmp_path):
    """A normalized key whose records carry two kinds (records of zhtools.slogan/2, a hand edit) is
    named with them; none when all agree. Keys that their sentences read as another kind
    (context_kind) are listed apart."""
    release = write_release(tmp_path / "r", "x")
    page = build(release)
    assert "Slogan keys with more than one kind: 0" in page and "Slogan keys their sentences read as another kind: 0" in page
    with (release / "slogans.jsonl").open("a", encoding="utf-8") as f:
        for n, (kind, context_kind) in enumerate((("term", "campaign"), ("term", "term"), ("term", "term")), 1):
            f.write(json.dumps({"id": f"d#1/s9{n}", "article_id": "d#1", "text": "面对面", "normalized": "面对面", "kind": kind,
                                "context_kind": context_kind, "duplicate": False, "canonical_article_id": "d#1"}, ensure_ascii=False) + "\n")
    page = build(release)
    assert "Slogan keys with more than one kind: 0" in page
    assert "Slogan keys their sentences read as another kind: 1" in page and "<b>面对面</b> (term): read as campaign ×1, term ×2" in page
    with (release / "slogans.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "d#1/s99", "article_id": "d#1", "text": "面对面", "normalized": "面对面", "kind": "campaign",
                            "context_kind": "campaign", "duplicate": False, "canonical_article_id": "d#1"}, ensure_ascii=False) + "\n")
    page = build(release)
    assert "Slogan keys with more than one kind: 1" in page and "<b>面对面</b>: campaign ×1, term ×3" in page


def test_the_topic_chart_counts_canonical_articles_by_tenths(tmp_path):
    """d#1 (topic 0.85) is in the 0.8–0.9 bar; d#2, a copy, is in no bar."""
    page = build(write_release(tmp_path / "r", "x"))
    assert "<tr><td>0.8–0.9</td><td>1</td></tr>" in page

