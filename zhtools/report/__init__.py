"""`zhtools report DIR`: one self-contained HTML page that shows a person what a run did.

A researcher trusts the records after reading them against the text. The page shows:
- an overview: documents, articles, duplicates, errors, edits by rule;
- charts: counts by unit and by action, the most frequent slogans (by `normalized`, with their
  variants and the articles they occur in), measures per article, articles per source;
- per article: the cleaned text with measures, counts and slogans highlighted, each highlight's
  title holding the fields of the records behind it, which are listed in full below the text;
- per document: what cleaning removed, by rule, each removed piece between the cleaned text
  around it.

`release.py` reads, `render.py` draws the pieces, this module puts the page together and
writes it. The page needs nothing but itself: charts are inline SVG drawn here, styles are inline, and it
runs no script at all. Every piece of corpus text is escaped, and a Content-Security-Policy
forbids scripts, network access and anything not inline, so a page that carries `<script>` or
`<img onerror=…>` shows it as text. The aggregate charts read every record (streaming); the
per-article and per-document sections stop at `max_articles` and `max_documents` and say how
many they left out. The same release gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from zhtools.report.release import Release, ReportError
from zhtools.report.render import STYLE, article_section, charts, document_section, error_section, esc, highlight, overview

__all__ = ["ReportError", "build", "esc", "highlight", "write"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


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
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as e:
        raise ReportError(f"cannot write {out}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary file, not mkstemp's owner-only mode
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(f"cannot write {out}: {e.strerror or e}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
