"""The pieces of the report page: charts as inline SVG, highlighted article text, and the
sections. Every string that comes from the release goes through `esc`."""

from __future__ import annotations

import html
import json
import unicodedata
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import quote

from zhtools.report.release import Release, s, span_of

KIND_CLASS = {"measure": "m", "count": "c", "slogan": "s"}
HIDDEN = ("schema", "id", "doc_id", "article_id", "span", "source_span")  # fields a highlight's title leaves out
TOP = 20  # bars in a chart


def esc(value: Any) -> str:
    """Text for HTML, quotes included (safe in attributes too).

    >>> esc('<img src=x onerror="alert(1)">&amp;')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;'
    """
    return html.escape("" if value is None else str(value), quote=True)


# --- charts -----------------------------------------------------------------------------------


def fit(label: str, px: float, size: int = 13) -> str:
    """`label` cut to about `px` pixels of `size`-pixel text (CJK characters are square, others
    about half as wide), with an ellipsis where it was cut; the bar's title holds all of it.

    >>> fit("防范通讯网络新型违法犯罪宣传月", 100), fit("spam_line", 100)
    ('防范通讯网络…', 'spam_line')
    """
    used = 0.0
    for i, ch in enumerate(label):
        used += size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6
        if used > px:
            return label[: max(0, i - 1)] + "…"
    return label


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
            f'<g><text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{esc(fit(label, label_w - 10))}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{bar_h - 6}"><title>{esc(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text></g>'
        )
    parts.append("</svg>")
    table = "".join(f"<tr><td>{esc(label)}</td><td>{n}</td></tr>" for label, n in rows)
    note_html = f'<p class="note">{esc(note)}</p>' if note else ""
    return f'<section class="chart"><h3>{esc(title)}</h3>{note_html}{"".join(parts)}<details><summary>as a table</summary><table>{table}</table></details></section>'


# --- highlighting ----------------------------------------------------------------------------


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    r"""The article text as HTML, each stretch covered by records wrapped in one <mark> whose
    classes say which kinds cover it and whose title describes the records (one line each).
    Spans may overlap and nest (a count inside a measure): the text is cut at every span
    boundary, so the marks never overlap and the HTML stays well-formed. `spans`: (start, end,
    kind, description); spans are clipped to the text, empty ones mark nothing. One sweep over
    the boundaries, so an article with thousands of records costs no more than its marks.

    >>> highlight("共发放<宣传单>500份", [(0, 12, "measure", "m1"), (8, 12, "count", "c1")])
    '<mark class="m" title="m1">共发放&lt;宣传单&gt;</mark><mark class="m c" title="m1\nc1">500份</mark>'
    """
    n = len(text)
    clipped = [(max(0, min(n, a)), max(0, min(n, b)), kind, what) for a, b, kind, what in spans]
    opens, closes = defaultdict(list), defaultdict(list)
    for i, (a, b, _, _) in enumerate(clipped):
        if a < b:
            opens[a].append(i)
            closes[b].append(i)
    cuts = sorted({0, n, *opens, *closes})
    active: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(closes.get(a, ()))
        active.update(opens.get(a, ()))
        piece = esc(text[a:b])
        if active:
            covering = [clipped[i] for i in sorted(active)]
            kinds = " ".join(c for c in "msc" if any(KIND_CLASS[k] == c for _, _, k, _ in covering))
            title = "\n".join(what for _, _, _, what in covering)
            out.append(f'<mark class="{kinds}" title="{esc(title)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def short(value: Any, limit: int = 60) -> str:
    text = s(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(kind: str, record: dict[str, Any], article_id: str) -> str:
    """One line on a record, for the title of its highlight: its kind, short id and fields
    (a measure's `text` is the highlighted text itself, so it is left out).

    >>> describe("count", {"id": "a#1/c2", "mention": "破案162起", "value": 162, "unit": "起", "span": [3, 9]}, "a#1")
    'count c2: mention=破案162起, value=162, unit=起'
    """
    fields = ", ".join(f"{k}={short(v)}" for k, v in record.items() if k not in HIDDEN and not (kind == "measure" and k == "text"))
    return f"{kind} {s(record.get('id')).removeprefix(article_id + '/')}: {fields}"


def record_line(kind: str, record: dict[str, Any]) -> str:
    shown = {k: v for k, v in record.items() if k not in ("schema", "doc_id", "article_id")}
    return f'<li id="{esc(s(record.get("id")))}" class="{KIND_CLASS[kind]}"><code>{esc(json.dumps(shown, ensure_ascii=False, default=str))}</code></li>'


def visible(text: str) -> str:
    r"""Removed text with its line breaks, tabs and spaces made visible.

    >>> visible("<b> 1\t\n")
    '&lt;b&gt;·1→↵\n'
    """
    return esc(text).replace("\n", "↵\n").replace("\t", "→").replace("\u3000", "□").replace(" ", "·")


# --- sections ---------------------------------------------------------------------------------


STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;margin-top:2em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}
.bars text{font-size:13px;fill:#333}.bar{fill:#4a7fb5}.chart{margin:1em 0}.note,.empty,.left-out{color:#666;font-style:italic}
.article{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}.article .text{white-space:pre-wrap}
mark{background:none;border-radius:2px}mark.m{background:#e3efff}mark.c{background:#ffe8b3}mark.s{background:#d5f5d5;outline:1px solid #8c8}
mark.m.c{background:#ffd98a}.dup{color:#a33}code{font-size:12px;word-break:break-all}li.m code{color:#245}li.c code{color:#640}li.s code{color:#262}
ul.removed{list-style:none;padding-left:0;margin:.2em 0 .6em}ul.removed li{white-space:pre-wrap;border-left:3px solid #c88;background:#fafafa;padding:0 .6em;margin:2px 0}
ul.removed .ctx{color:#888}del{text-decoration:none;background:#fdd;color:#900;border-radius:2px;padding:0 1px}.legend mark{padding:0 .4em}
"""


def overview(r: Release) -> str:
    rows = [("documents", r.n["documents"]), ("articles", r.n["articles"]), ("duplicate articles", r.n["duplicates"]),
            ("errors", r.n["errors"]), ("edits", r.n["edits"]), ("measures", r.n["measures"]), ("counts", r.n["counts"]), ("slogans", r.n["slogans"])]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
    made = esc(f"zhtools {s(r.manifest.get('tool_version')) or '?'}") if r.manifest else "no manifest"
    return (f'<section id="overview"><h2>Overview</h2><p class="note">{esc(r.folder.name)} · {made}</p><table>{table}</table>'
            + bar_chart("Edits by rule", sorted(r.edits_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))) + "</section>")


def charts(r: Release) -> str:
    slogan_rows = sorted(((key, len(r.slogan_articles[key])) for key in r.slogans), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    canonical = (f"Facts of canonical articles only: {r.facts_in_copies} measures, counts and slogans in copies of other "
                 "articles are left out (each fact is counted once, under the article it was copied from).")
    details = "".join(
        f"<li><b>{esc(key)}</b> ({n} articles): variants {esc(' / '.join(f'{t} ×{c}' for t, c in sorted(r.slogans[key].items(), key=lambda tc: (-tc[1], tc[0]))))}"
        f"; in {esc(', '.join(r.slogan_places[key]))}{' …' if len(r.slogan_places[key]) == 12 else ''}</li>"
        for key, n in slogan_rows
    )
    two_kinds = sorted((key, kinds) for key, kinds in r.slogan_kinds.items() if len(kinds) > 1)
    # Keys whose sentences read them otherwise than their own kind: where the key rules and a reader in context part.
    read_otherwise = sorted(
        (key, next(iter(r.slogan_kinds[key])), readings) for key, readings in r.slogan_readings.items()
        if len(r.slogan_kinds[key]) == 1 and set(readings) != set(r.slogan_kinds[key])
    )
    kinds_note = (
        f"<details open><summary>Slogan keys with more than one kind: {len(two_kinds)} "
        "(a key's kind comes from its own text, zhtools.slogan/3; a second kind means records of another "
        "version or a hand edit)</summary><ul>"
        + "".join(f"<li><b>{esc(key)}</b>: {esc(', '.join(f'{k} ×{n}' for k, n in sorted(kinds.items())))}</li>" for key, kinds in two_kinds)
        + "</ul></details>"
        + f"<details><summary>Slogan keys their sentences read as another kind: {len(read_otherwise)} "
        "(context_kind; the records keep the key's own kind)</summary><ul>"
        + "".join(f"<li><b>{esc(key)}</b> ({esc(kind)}): read as {esc(', '.join(f'{k} ×{n}' for k, n in sorted(readings.items())))}</li>"
                  for key, kind, readings in read_otherwise)
        + "</ul></details>"
    )
    per_article = [(("10 or more" if k == 10 else str(k)), r.measures_per_article[k]) for k in sorted(r.measures_per_article)]
    sources = sorted(r.articles_per_source.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return (
        f'<section id="charts"><h2>Charts</h2><p class="note">{esc(canonical)}</p>'
        + bar_chart("Counts by unit", sorted(r.units.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP])
        + bar_chart("Counts by action", sorted(r.actions.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP])
        + bar_chart("Counts by kind", sorted(r.count_kinds.items(), key=lambda kv: (-kv[1], kv[0])),
                    "reported: what happened; target: a quantity to reach; limit: a ceiling a rule sets")
        + bar_chart("Most frequent slogans (by normalized key)", slogan_rows, "canonical articles holding each; variants by mention")
        + f"<details open><summary>Their variants and where they occur</summary><ul>{details}</ul></details>"
        + kinds_note
        + bar_chart("Measures per article", per_article, "articles by how many measures they hold")
        + bar_chart("Articles by topic score", [(f"{k / 10:.1f}–{(k + 1) / 10:.1f}", r.topics[k]) for k in sorted(r.topics)],
                    "share of an article's text in sentences about fraud or its prevention (topic); low: off-topic articles of a collection")
        + bar_chart("Articles per source", sources, "documents with the most articles")
        + "</section>"
    )


def article_section(r: Release) -> str:
    parts = ['<section id="articles"><h2>Articles</h2><p class="legend">Highlights: <mark class="m">measure</mark> '
             '<mark class="c">count</mark> <mark class="s">slogan</mark> — hover for the records; they are listed under each text.</p>']
    for a in r.articles:
        article_id = s(a.get("id"))
        found = sorted(r.found.get(article_id, []), key=lambda kr: (span_of(kr[1].get("span")) or (0, 0), kr[0]))
        spans = [(*span_of(rec.get("span")), kind, describe(kind, rec, article_id)) for kind, rec in found if span_of(rec.get("span"))]
        dup = ""
        if a.get("duplicate_of") is not None:
            target = s(a["duplicate_of"])
            link = f'<a href="#{esc(quote(target, safe=""))}">{esc(target)}</a>' if target in r.shown else esc(target)
            dup = f'<p class="dup">near-duplicate of {link} (similarity {esc(s(a.get("similarity")))})</p>'
        listed = "".join(record_line(kind, rec) for kind, rec in found)
        parts.append(
            f'<article class="article" id="{esc(article_id)}"><h3>{esc(s(a.get("title")) or "(untitled)")}</h3>'
            f'<p class="note">{esc(article_id)}{" · preview" if a.get("preview") else ""}</p>{dup}'
            f'<div class="text">{highlight(s(a.get("text")), spans)}</div>'
            f"<details><summary>{len(found)} records</summary><ul>{listed}</ul></details></article>"
        )
    if r.n["articles"] > len(r.articles):
        parts.append(f'<p class="left-out">{r.n["articles"] - len(r.articles)} more articles not shown (--max-articles {r.max_articles}).</p>')
    return "".join(parts) + "</section>"


def document_line(d: dict[str, Any]) -> str:
    """Where a document came from and what it became, in one line."""
    facts = [s(d.get("path")), s(d.get("encoding")), s(d.get("script")),
             f"{s(d.get('n_articles')) or '?'} articles" + (f" ({s(d.get('declared_articles'))} declared)" if d.get("declared_articles") is not None else ""),
             f"{s(d.get('n_edits')) or '?'} edits"]
    warning = f'<br><span class="dup">{esc(s(d.get("split_warning")))}</span>' if d.get("split_warning") else ""
    return f'<p class="note">{esc(s(d.get("title")))}<br>{esc(" · ".join(f for f in facts if f))}{warning}</p>'


def document_section(r: Release) -> str:
    parts = ['<section id="documents"><h2>What cleaning removed</h2><p class="note">Each removed piece in <del>red</del>, '
             'between the cleaned text around it; line breaks show as ↵, spaces as ·, tabs as →.</p>']
    for doc_id, d in r.documents.items():
        counts = r.removed_counts.get(doc_id, Counter())
        rules = "".join(
            f"<details><summary>{esc(rule)}: {n} removed</summary><ul class=\"removed\">"
            + "".join(f'<li><span class="ctx">{esc(p.before)}</span><del>{visible(p.old)}</del><span class="ctx">{esc(p.after)}</span></li>'
                      for p in r.removed[doc_id][rule])
            + "</ul>"
            + (f'<p class="left-out">{n - len(r.removed[doc_id][rule])} more not shown</p>' if n > len(r.removed[doc_id][rule]) else "")
            + "</details>"
            for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        parts.append(f'<div class="document"><h3>{esc(doc_id)}</h3>{document_line(d)}{rules or "<p class=note>nothing removed</p>"}</div>')
    if r.n["documents"] > len(r.documents):
        parts.append(f'<p class="left-out">{r.n["documents"] - len(r.documents)} more documents not shown (--max-documents {r.max_documents}).</p>')
    return "".join(parts) + "</section>"


def error_section(r: Release) -> str:
    rows = "".join(f"<tr><td>{esc(s(e.get('path')))}</td><td>{esc(s(e.get('stage')))}</td><td>{esc(s(e.get('reason')))}</td></tr>" for e in r.errors)
    more = f'<p class="left-out">{r.n["errors"] - len(r.errors)} more errors not shown.</p>' if r.n["errors"] > len(r.errors) else ""
    skipped = "".join(f"<li>{esc(line)}</li>" for line in r.skipped.lines)
    skipped_more = f'<p class="left-out">{r.skipped.n - len(r.skipped.lines)} more not shown.</p>' if r.skipped.n > len(r.skipped.lines) else ""
    return (f'<section id="errors"><h2>Errors</h2>{"<table><tr><th>path</th><th>stage</th><th>reason</th></tr>" + rows + "</table>" + more if rows else "<p class=note>none</p>"}'
            + (f"<h3>Lines the report could not read ({r.skipped.n})</h3><ul>{skipped}</ul>{skipped_more}" if skipped else "") + "</section>")
