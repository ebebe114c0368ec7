"""`zhtools report DIR`: one self-contained HTML page that shows a person what a run did.

A researcher trusts the records after reading them against the text. The page shows:
- an overview: documents, articles, duplicates, errors, edits by rule;
- charts: counts by unit and by action, the most frequent slogans (by `normalized`, with their
  variants and the articles they occur in), measures per article, articles per source;
- per article: the cleaned text with measures, counts and slogans highlighted, each highlight
  naming the records behind it, which are listed below the text;
- per document: what cleaning removed, by rule, with the removed text.

The page needs nothing but itself: charts are inline SVG drawn here, styles are inline, and it
runs no script at all. Every piece of corpus text is escaped, and a Content-Security-Policy
forbids scripts, network access and anything not inline, so a page that carries `<script>` or
`<img onerror=…>` shows it as text. The aggregate charts read every record (streaming); the
per-article and per-document sections stop at `max_articles` and `max_documents` and say how
many they left out. The same release gives the same bytes.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from zhtools.errors import ZhtoolsError

OUTPUTS = ("documents", "articles", "measures", "counts", "slogans", "edits", "errors")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
KIND_CLASS = {"measure": "m", "count": "c", "slogan": "s"}
TOP = 20  # bars in a chart
REMOVED_PER_RULE = 40  # removed pieces listed per rule and document


class ReportError(ZhtoolsError):
    """The folder is not a release the report can read."""


def esc(value: Any) -> str:
    """Text for HTML, quotes included (safe in attributes too).

    >>> esc('<img src=x onerror="alert(1)">&amp;')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;'
    """
    return html.escape("" if value is None else str(value), quote=True)


# --- reading a release ------------------------------------------------------------------------


@dataclass
class Skipped:
    lines: list[str] = field(default_factory=list)  # "file:line: why"


def records(folder: Path, name: str, skipped: Skipped) -> Iterator[dict[str, Any]]:
    """The records of one output, from its JSONL file or its Parquet file, one at a time."""
    jsonl, parquet = folder / f"{name}.jsonl", folder / f"{name}.parquet"
    if jsonl.exists():
        with jsonl.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    record = json.loads(line)
                except ValueError as e:
                    skipped.lines.append(f"{jsonl.name}:{n}: not JSON ({e.msg})")
                    continue
                if isinstance(record, dict):
                    yield record
                else:
                    skipped.lines.append(f"{jsonl.name}:{n}: not a record")
    elif parquet.exists():
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(parquet).iter_batches():
            yield from batch.to_pylist()
    else:
        raise ReportError(f"{folder}: no {name}.jsonl or {name}.parquet: not a zhtools release")


# --- charts -----------------------------------------------------------------------------------


def bar_chart(title: str, rows: list[tuple[str, int]], note: str = "") -> str:
    """A horizontal bar chart as inline SVG (labels escaped), with the same numbers as a table
    for screen readers and copying."""
    if not rows:
        return f'<section class="chart"><h3>{esc(title)}</h3><p class="empty">nothing to show</p></section>'
    width, bar_h, label_w = 720, 22, 260
    biggest = max(n for _, n in rows) or 1
    parts = [f'<svg class="bars" role="img" aria-label="{esc(title)}" width="{width}" height="{bar_h * len(rows) + 4}" viewBox="0 0 {width} {bar_h * len(rows) + 4}">']
    for i, (label, n) in enumerate(rows):
        y = i * bar_h + 2
        w = max(1, round((width - label_w - 60) * n / biggest))
        parts.append(
            f'<g><text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{esc(label[:28])}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{bar_h - 6}"><title>{esc(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text></g>'
        )
    parts.append("</svg>")
    table = "".join(f"<tr><td>{esc(label)}</td><td>{n}</td></tr>" for label, n in rows)
    note_html = f'<p class="note">{esc(note)}</p>' if note else ""
    return f'<section class="chart"><h3>{esc(title)}</h3>{note_html}{"".join(parts)}<details><summary>as a table</summary><table>{table}</table></details></section>'


# --- highlighting ----------------------------------------------------------------------------


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The article text as HTML, each stretch covered by records wrapped in one <mark> whose
    classes say which kinds cover it and whose title names the records. Spans may overlap and
    nest (a count inside a measure): the text is cut at every span boundary, so the marks never
    overlap and the HTML stays well-formed. `spans`: (start, end, kind, record id).

    >>> highlight("共发放<宣传单>500份", [(0, 12, "measure", "a/m1"), (8, 12, "count", "a/c1")])
    '<mark class="m" title="a/m1">共发放&lt;宣传单&gt;</mark><mark class="m c" title="a/m1 · a/c1">500份</mark>'
    """
    cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s, e, _, _ in spans for p in (s, e))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(kind, rid) for s, e, kind, rid in spans if s <= a and b <= e and s < e]
        piece = esc(text[a:b])
        if covering:
            kinds = " ".join(dict.fromkeys(KIND_CLASS[k] for k, _ in sorted(covering, key=lambda c: "msc".index(KIND_CLASS[c[0]]))))
            names = " · ".join(rid for _, rid in covering)
            out.append(f'<mark class="{kinds}" title="{esc(names)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def record_line(kind: str, record: dict[str, Any]) -> str:
    shown = {k: v for k, v in record.items() if k not in ("schema", "doc_id", "article_id")}
    return f'<li id="{esc(record["id"])}" class="{KIND_CLASS[kind]}"><code>{esc(json.dumps(shown, ensure_ascii=False))}</code></li>'


def visible(text: str) -> str:
    """Removed text with its line breaks and spaces made visible."""
    return esc(text).replace("\n", "↵\n").replace("\u3000", "□").replace(" ", "·")


# --- the page ----------------------------------------------------------------------------------


STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6}
h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;margin-top:2em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}
.bars text{font-size:13px;fill:#333}.bar{fill:#4a7fb5}.chart{margin:1em 0}.note,.empty,.left-out{color:#666;font-style:italic}
.article{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}.article .text{white-space:pre-wrap}
mark{background:none;border-radius:2px}mark.m{background:#e3efff}mark.c{background:#ffe8b3}mark.s{background:#d5f5d5;outline:1px solid #8c8}
mark.m.c{background:#ffd98a}.dup{color:#a33}code{font-size:12px;word-break:break-all}li.m code{color:#245}li.c code{color:#640}li.s code{color:#262}
pre.removed{white-space:pre-wrap;background:#fafafa;border-left:3px solid #c88;padding:.3em .6em;margin:.2em 0}.legend mark{padding:0 .4em}
"""


@dataclass
class Release:
    """What the report shows, gathered in one pass over each file."""

    folder: Path
    max_articles: int
    max_documents: int
    skipped: Skipped = field(default_factory=Skipped)
    manifest: dict[str, Any] = field(default_factory=dict)
    n: Counter = field(default_factory=Counter)
    edits_by_rule: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    slogans: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # normalized → variant → n
    slogan_places: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    measures_per_article: Counter = field(default_factory=Counter)
    articles_per_source: Counter = field(default_factory=Counter)
    articles: list[dict[str, Any]] = field(default_factory=list)  # the ones shown
    shown: set[str] = field(default_factory=set)
    found: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(list))
    documents: list[str] = field(default_factory=list)  # ids of the documents shown
    removed: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    removed_counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def read(self) -> None:
        if not self.folder.is_dir():
            raise ReportError(f"no such folder: {self.folder}")
        manifest = self.folder / "manifest.json"
        if manifest.exists():
            try:
                self.manifest = json.loads(manifest.read_text(encoding="utf-8"))
            except ValueError:
                self.skipped.lines.append("manifest.json: not JSON")
        for d in records(self.folder, "documents", self.skipped):
            self.n["documents"] += 1
            if len(self.documents) < self.max_documents:
                self.documents.append(d.get("id"))
        shown_docs = set(self.documents)
        measures_of: Counter = Counter()
        for a in records(self.folder, "articles", self.skipped):
            self.n["articles"] += 1
            self.n["duplicates"] += a.get("duplicate_of") is not None
            self.articles_per_source[a.get("doc_id")] += 1
            measures_of[a.get("id")] = 0
            if len(self.articles) < self.max_articles:
                self.articles.append(a)
                self.shown.add(a.get("id"))
        for kind, name in (("measure", "measures"), ("count", "counts"), ("slogan", "slogans")):
            for r in records(self.folder, name, self.skipped):
                self.n[name] += 1
                if r.get("article_id") in self.shown:
                    self.found[r["article_id"]].append((kind, r))
                if kind == "measure":
                    measures_of[r.get("article_id")] += 1
                elif kind == "count":
                    self.units[r.get("unit") or "(none)"] += 1
                    self.actions[r.get("action") or "(none)"] += 1
                else:
                    key = r.get("normalized") or r.get("text") or ""
                    self.slogans[key][r.get("text") or ""] += 1
                    places = self.slogan_places[key]
                    if len(places) < 12 and r.get("article_id") not in places:
                        places.append(r.get("article_id") or "")
        self.measures_per_article = Counter(min(n, 10) for n in measures_of.values())
        for e in records(self.folder, "edits", self.skipped):
            self.n["edits"] += 1
            rule = e.get("rule") or "(none)"
            self.edits_by_rule[rule] += 1
            if e.get("new") == "" and e.get("doc_id") in shown_docs:
                self.removed_counts[e["doc_id"]][rule] += 1
                pieces = self.removed[e["doc_id"]][rule]
                if len(pieces) < REMOVED_PER_RULE:
                    pieces.append(e.get("old") or "")
        for e in records(self.folder, "errors", self.skipped):
            self.n["errors"] += 1
            if len(self.errors) < 500:
                self.errors.append(e)


def overview(r: Release) -> str:
    rows = [("documents", r.n["documents"]), ("articles", r.n["articles"]), ("duplicate articles", r.n["duplicates"]),
            ("errors", r.n["errors"]), ("edits", r.n["edits"]), ("measures", r.n["measures"]), ("counts", r.n["counts"]), ("slogans", r.n["slogans"])]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
    made = esc(f"zhtools {r.manifest.get('tool_version', '?')}") if r.manifest else "no manifest"
    return (f'<section id="overview"><h2>Overview</h2><p class="note">{esc(r.folder.name)} · {made}</p><table>{table}</table>'
            + bar_chart("Edits by rule", r.edits_by_rule.most_common()) + "</section>")


def charts(r: Release) -> str:
    slogan_rows = sorted(((key, sum(v.values())) for key, v in r.slogans.items()), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    details = "".join(
        f"<li><b>{esc(key)}</b> ({n}): variants {esc(' / '.join(f'{t} ×{c}' for t, c in sorted(r.slogans[key].items(), key=lambda tc: (-tc[1], tc[0]))))}"
        f"; in {esc(', '.join(r.slogan_places[key]))}{' …' if len(r.slogan_places[key]) == 12 else ''}</li>"
        for key, n in slogan_rows
    )
    per_article = [(("10 or more" if k == 10 else str(k)), r.measures_per_article[k]) for k in sorted(r.measures_per_article)]
    sources = sorted(r.articles_per_source.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP]
    return (
        '<section id="charts"><h2>Charts</h2>'
        + bar_chart("Counts by unit", sorted(r.units.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP])
        + bar_chart("Counts by action", sorted(r.actions.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP])
        + bar_chart("Most frequent slogans (by normalized key)", slogan_rows)
        + f"<details open><summary>Their variants and where they occur</summary><ul>{details}</ul></details>"
        + bar_chart("Measures per article", per_article, "articles by how many measures they hold")
        + bar_chart("Articles per source", [(str(k), v) for k, v in sources], "documents with the most articles")
        + "</section>"
    )


def article_section(r: Release) -> str:
    parts = ['<section id="articles"><h2>Articles</h2><p class="legend">Highlights: <mark class="m">measure</mark> '
             '<mark class="c">count</mark> <mark class="s">slogan</mark> — hover for the records; they are listed under each text.</p>']
    for a in r.articles:
        found = sorted(r.found.get(a.get("id"), []), key=lambda kr: (tuple(kr[1].get("span") or (0, 0)), kr[0]))
        spans = [(rec["span"][0], rec["span"][1], kind, rec["id"]) for kind, rec in found if rec.get("span")]
        dup = ""
        if a.get("duplicate_of"):
            target = a["duplicate_of"]
            link = f'<a href="#{esc(quote(target, safe=""))}">{esc(target)}</a>' if target in r.shown else esc(target)
            dup = f'<p class="dup">near-duplicate of {link} (similarity {esc(a.get("similarity"))})</p>'
        listed = "".join(record_line(kind, rec) for kind, rec in found)
        parts.append(
            f'<article class="article" id="{esc(a.get("id"))}"><h3>{esc(a.get("title") or "(untitled)")}</h3>'
            f'<p class="note">{esc(a.get("id"))}{" · preview" if a.get("preview") else ""}</p>{dup}'
            f'<div class="text">{highlight(a.get("text") or "", spans)}</div>'
            f"<details><summary>{len(found)} records</summary><ul>{listed}</ul></details></article>"
        )
    if r.n["articles"] > len(r.articles):
        parts.append(f'<p class="left-out">{r.n["articles"] - len(r.articles)} more articles not shown (--max-articles {r.max_articles}).</p>')
    return "".join(parts) + "</section>"


def document_section(r: Release) -> str:
    parts = ['<section id="documents"><h2>What cleaning removed</h2>']
    for doc_id in r.documents:
        counts = r.removed_counts.get(doc_id, Counter())
        rules = "".join(
            f"<details><summary>{esc(rule)}: {n} removed</summary>"
            + "".join(f'<pre class="removed">{visible(old)}</pre>' for old in r.removed[doc_id][rule])
            + (f'<p class="left-out">{n - len(r.removed[doc_id][rule])} more not shown</p>' if n > len(r.removed[doc_id][rule]) else "")
            + "</details>"
            for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        parts.append(f'<div class="document"><h3>{esc(doc_id)}</h3>{rules or "<p class=note>nothing removed</p>"}</div>')
    if r.n["documents"] > len(r.documents):
        parts.append(f'<p class="left-out">{r.n["documents"] - len(r.documents)} more documents not shown (--max-documents {r.max_documents}).</p>')
    return "".join(parts) + "</section>"


def error_section(r: Release) -> str:
    rows = "".join(f"<tr><td>{esc(e.get('path'))}</td><td>{esc(e.get('stage'))}</td><td>{esc(e.get('reason'))}</td></tr>" for e in r.errors)
    skipped = "".join(f"<li>{esc(s)}</li>" for s in r.skipped.lines)
    return (f'<section id="errors"><h2>Errors</h2>{"<table><tr><th>path</th><th>stage</th><th>reason</th></tr>" + rows + "</table>" if rows else "<p class=note>none</p>"}'
            + (f"<h3>Lines the report could not read</h3><ul>{skipped}</ul>" if skipped else "") + "</section>")


def build(folder: Path, max_articles: int = 300, max_documents: int = 100) -> str:
    """The report of the release in `folder`, as one HTML page (0: no cap)."""
    r = Release(folder, max_articles or 10**12, max_documents or 10**12)
    r.read()
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>zhtools report: {esc(folder.resolve().name)}</title><style>{STYLE}</style></head><body>"
        f"<h1>zhtools report: {esc(folder.resolve().name)}</h1>"
        '<nav><a href="#overview">overview</a> · <a href="#charts">charts</a> · <a href="#articles">articles</a> · '
        '<a href="#documents">removed by cleaning</a> · <a href="#errors">errors</a></nav>'
        + overview(r) + charts(r) + article_section(r) + document_section(r) + error_section(r)
        + "</body></html>\n"
    )


def write(folder: Path, out: Path | None = None, **caps: int) -> Path:
    """Write the report (default: FOLDER/report.html) under a temporary name, then rename it."""
    out = out or folder / "report.html"
    page = build(folder, **caps)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary file, not mkstemp's owner-only mode
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
