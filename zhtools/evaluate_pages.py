"""Score page cleaning against marked gold pages (tests/gold/anatomy/, its README gives the format).

A gold page is the page as scraped, with what must go marked `⟦category⟧…⟦/⟧`, and a header
line `#% {json}` naming its articles, declared count, metadata and quality. A run over the
unmarked pages (`write_pages`) is scored with:

- **string checks**: every mark's text must be gone (it may occur in the document text no more
  often than in the page's unmarked text) and every unmarked stretch of a line holding at
  least 4 Han characters must stay; text is compared simplified, without spaces and punctuation;
- **lines**: precision and recall of the lines removed whole;
- **articles**: found when an article's text starts with the gold `start` (or its subtitle does,
  "——在…上的讲话" under the title: annotators put it in the heading or in the text; or its text
  after the heading lines that open it, a 副题 without a dash or the document's issuer, writer or
  occasion under its title, which the article keeps and names), title right
  when it equals the gold title, heading markers aside (`same_title`); precision, recall and F1
  of articles found;
- **metadata**: each gold key equal in the document's metadata; **quality**: equal.

>>> page = parse_marked("p", '#% {"articles": [{"title": "标题", "start": "正文第一"}]}\\n⟦chrome:nav⟧首页 > 新闻⟦/⟧\\n标题\\n正文第一句话。')
>>> page.raw, [(page.raw[s:e], c) for s, e, c in page.marks]
('首页 > 新闻\\n标题\\n正文第一句话。', [('首页 > 新闻', 'chrome:nav')])
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from zhtools.clean.base import lines
from zhtools.convert import to_simplified
from zhtools.records import edit_rows

HEADER = "#% "
MARK = regex.compile(r"⟦([a-z]+(?::[a-z]+)?)⟧(.*?)⟦/⟧", flags=regex.S)
# Marks that sit inside words (a gloss, an extra comma): the text around them is one stretch.
CHARACTER_LEVEL = {"pinyin", "punct"}
KEEP_MIN_HAN = 4
NOT_TEXT = regex.compile(r"[^\p{L}\p{N}]+")
HAN = regex.compile(r"\p{Han}")


class GoldFormatError(ValueError):
    """A gold page that does not follow tests/gold/anatomy/README.md."""


@dataclass(frozen=True)
class GoldPage:
    name: str  # file stem: the document id of its raw page in a run
    raw: str  # the page as it is cleaned: no header, no tags
    marks: list[tuple[int, int, str]]  # (start, end, category) in `raw`
    header: dict[str, Any]


def parse_marked(name: str, text: str) -> GoldPage:
    first, _, body = text.partition("\n")
    if not first.startswith(HEADER):
        raise GoldFormatError(f"{name}: the first line must be '{HEADER}{{json}}'")
    try:
        header = json.loads(first[len(HEADER) :])
    except ValueError as e:
        raise GoldFormatError(f"{name}: header is not JSON: {e}") from None
    raw: list[str] = []
    marks: list[tuple[int, int, str]] = []
    pos = length = 0
    for m in MARK.finditer(body):
        raw.append(body[pos : m.start()])
        length += m.start() - pos
        marks.append((length, length + len(m.group(2)), m.group(1)))
        raw.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    raw.append(body[pos:])
    page = "".join(raw)
    if "⟦" in page or "⟧" in page:
        raise GoldFormatError(f"{name}: unbalanced or nested marks")
    return GoldPage(name, page, marks, header)


def load_pages(folder: Path) -> list[GoldPage]:
    """The marked pages under `folder` (searched recursively), by name."""
    return [parse_marked(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.txt"))]


def write_pages(pages: Iterable[GoldPage], folder: Path) -> None:
    """Each page's raw text as `<name>.txt`, the input of the run to score."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / f"{page.name}.txt").write_text(page.raw, encoding="utf-8")


def normalise(text: str) -> str:
    """Simplified, without spaces and punctuation, lower case, digits and Latin letters in half
    width; 著 read as 着 on both sides, since cleaning writes the particle 着 (rule `zhe_particle`)
    where OpenCC keeps 著.

    >>> normalise("１．学生防范电信诈骗承诺书") == normalise("1．学生防范电信诈骗承诺书")
    True
    """
    return NOT_TEXT.sub("", to_simplified(text).translate(FULL_WIDTH)).lower().replace("著", "着")


# Cleaning writes full-width digits and Latin letters in half width (rule punct_width): a string
# check reads "１．X" and "1．X" alike.
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}


NUM = r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[①-⑳])"  # "第①篇：" marks a heading as "第一篇：" does
# Heading markers around a title: "第一篇：", "篇1", "【篇2】", "范文三：", a trailing number. A title is
# right whether or not it keeps them ("第一篇：银行网点宣传总结" and "银行网点宣传总结").
TITLE_MARKERS = regex.compile(
    rf"^(?:第{NUM}篇|篇{NUM}|范文{NUM}|[【\[(（]篇{NUM}[】\])）])[：:、.．\s丨｜|·・•—]*|[\s]*(?:篇{NUM}|[【\[(（]篇{NUM}[】\])）]|范文[(（]篇{NUM}[)）]|{NUM})$"
)


def same_title(a: str | None, b: str | None) -> bool:
    """
    >>> same_title("第一篇：银行网点宣传总结", "银行网点宣传总结"), same_title("工作总结 篇1", "工作总结1"), same_title("工作总结", None)
    (True, True, False)
    >>> same_title("第一篇丨在推进会上的讲话", "在推进会上的讲话"), same_title("工作总结1", "工作总结１"), same_title("第③篇：讲座简报", "讲座简报")
    (True, True, True)
    >>> same_title("范文1｜社区反诈骗宣传活动方案", "範文１｜社區反詐騙宣傳活動方案"), same_title("範文１｜社區反詐騙宣傳活動方案", "范文1｜社区反诈骗宣传活动总结")
    (True, False)
    """
    if a is None or b is None:
        return a is b
    # "…总结１" numbers as "…总结1" does, and "範文１｜" (a gold page in Traditional script) is the "范文1｜" a marker is
    a, b = to_simplified(a.strip()).translate(FULL_WIDTH), to_simplified(b.strip()).translate(FULL_WIDTH)
    return normalise(TITLE_MARKERS.sub("", a) or a) == normalise(TITLE_MARKERS.sub("", b) or b)


@dataclass
class PageScore:
    name: str
    go: list[bool] = field(default_factory=list)
    stay: list[bool] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lines_gold: int = 0  # lines removed whole in the gold
    lines_predicted: int = 0
    lines_both: int = 0
    articles_gold: int = 0
    articles_predicted: int = 0
    articles_found: int = 0
    titles_right: int = 0
    metadata: list[bool] = field(default_factory=list)
    quality_right: bool = True


def _deleted(raw: str, edits: Iterable[dict[str, Any]]) -> list[bool]:
    """Which source characters the edits (one dict an edit: `records.edit_rows`) remove (replaced
    by nothing, spaces or punctuation only)."""
    gone = [False] * len(raw)
    for e in edits:
        if not NOT_TEXT.sub("", e["new"]):
            s, t = e["start"], e["end"]
            gone[s:t] = [True] * (t - s)
    return gone


def _starts(article: dict[str, Any], start: str) -> bool:
    """Whether an article begins with the gold `start` (normalised): its text does, or its subtitle
    then its text, or its text after the heading lines that open it (article/3): the heading's, by either reading."""
    text = normalise(article["text"])
    if text.startswith(start) or normalise((article.get("subtitle") or "") + article["text"]).startswith(start):
        return True
    head = normalise(article.get("heading_lines") or "")
    return bool(head) and text.startswith(head) and text[len(head) :].startswith(start)


def score_page(page: GoldPage, document: dict[str, Any], edits: Sequence[dict[str, Any]], articles: Sequence[dict[str, Any]]) -> PageScore:
    score = PageScore(page.name)
    out = normalise(document["text"])
    marked = [False] * len(page.raw)
    for s, e, _ in page.marks:
        marked[s:e] = [True] * (e - s)
    kept_text = normalise("".join(c for c, m in zip(page.raw, marked) if not m))
    for s, e, category in page.marks:
        gone = normalise(page.raw[s:e])
        if len(gone) >= 2:
            ok = out.count(gone) <= kept_text.count(gone)
            score.go.append(ok)
            if not ok:
                score.failures.append(f"kept {category}: {page.raw[s:e][:60]!r}")
    # stretches of unmarked text, split at every mark but character-level ones, and at line ends
    cuts = sorted({p for s, e, c in page.marks if c not in CHARACTER_LEVEL for p in (s, e)} | {i for i, c in enumerate(page.raw) if c == "\n"})
    bounds = [0, *cuts, len(page.raw)]
    for a, b in zip(bounds, bounds[1:]):
        stretch = "".join(c for c, m in zip(page.raw[a:b], marked[a:b]) if not m)
        if len(HAN.findall(stretch)) >= KEEP_MIN_HAN:
            ok = normalise(stretch) in out
            score.stay.append(ok)
            if not ok:
                score.failures.append(f"lost: {stretch.strip()[:60]!r}")
    deleted = _deleted(page.raw, edits)
    for s, e in lines(page.raw):
        chars = [i for i in range(s, e) if not page.raw[i].isspace()]
        if not chars:
            continue
        gold = all(marked[i] for i in chars)
        predicted = all(deleted[i] for i in chars)
        score.lines_gold += gold
        score.lines_predicted += predicted
        score.lines_both += gold and predicted
    gold_articles = page.header.get("articles") or []
    score.articles_gold, score.articles_predicted = len(gold_articles), len(articles)
    used: set[int] = set()
    for g in gold_articles:
        start = normalise(g["start"])
        for i, a in enumerate(articles):
            if i not in used and _starts(a, start):
                used.add(i)
                score.articles_found += 1
                title_right = same_title(a["title"], g.get("title"))
                score.titles_right += title_right
                if not title_right:
                    score.failures.append(f"title {a['title']!r}, gold {g.get('title')!r}")
                break
        else:
            score.failures.append(f"article not found: {g.get('title')!r} starting {g['start']!r}")
    for key, value in (page.header.get("metadata") or {}).items():
        ok = normalise(str(document.get("metadata", {}).get(key) or "")) == normalise(str(value))
        score.metadata.append(ok)
        if not ok:
            score.failures.append(f"metadata {key}: {document.get('metadata', {}).get(key)!r}, gold {value!r}")
    score.quality_right = (document.get("quality") or None) == (page.header.get("quality") or None)
    if not score.quality_right:
        score.failures.append(f"quality {document.get('quality')!r}, gold {page.header.get('quality')!r}")
    return score


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def summary(scores: Sequence[PageScore]) -> dict[str, float]:
    """The scores of a set of pages, as pinned by the CI floors."""
    go = [ok for s in scores for ok in s.go]
    stay = [ok for s in scores for ok in s.stay]
    lines_gold = sum(s.lines_gold for s in scores)
    lines_pred = sum(s.lines_predicted for s in scores)
    lines_both = sum(s.lines_both for s in scores)
    a_gold, a_pred = sum(s.articles_gold for s in scores), sum(s.articles_predicted for s in scores)
    found = sum(s.articles_found for s in scores)
    p, r = _ratio(found, a_pred), _ratio(found, a_gold)
    metadata = [ok for s in scores for ok in s.metadata]
    return {
        "pages": len(scores),
        "string_checks": _ratio(sum(go) + sum(stay), len(go) + len(stay)),
        "must_go": _ratio(sum(go), len(go)),
        "must_stay": _ratio(sum(stay), len(stay)),
        "line_precision": _ratio(lines_both, lines_pred),
        "line_recall": _ratio(lines_both, lines_gold),
        "articles_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "titles": _ratio(sum(s.titles_right for s in scores), found),
        "metadata": _ratio(sum(metadata), len(metadata)),
        "quality": _ratio(sum(s.quality_right for s in scores), len(scores)),
    }


def _by_doc(path: Path) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                grouped.setdefault(record["doc_id"], []).append(record)
    return grouped


def evaluate_run(pages: Sequence[GoldPage], out_dir: Path) -> list[PageScore]:
    """Score the release in `out_dir` of a run over `write_pages(pages, …)`."""
    with (out_dir / "documents.jsonl").open(encoding="utf-8") as f:
        documents = {d["id"]: d for d in map(json.loads, f)}
    edits, articles = _by_doc(out_dir / "edits.jsonl"), _by_doc(out_dir / "articles.jsonl")
    scores = []
    for page in pages:
        if page.name not in documents:
            raise GoldFormatError(f"{page.name}: no document of that id in {out_dir}")
        rows = [row for record in edits.get(page.name, []) for row in edit_rows(record)]
        scores.append(score_page(page, documents[page.name], rows, articles.get(page.name, [])))
    return scores


def report(scores: Sequence[PageScore], failures: bool = False) -> str:
    lines = [f"{k:15} {v:.3f}" if isinstance(v, float) else f"{k:15} {v}" for k, v in summary(scores).items()]
    if failures:
        for s in scores:
            lines.extend(f"{s.name}: {f}" for f in s.failures)
    return "\n".join(lines)


def is_page_gold(folder: Path) -> bool:
    """A folder of marked pages, rather than of extraction gold (JSONL files)."""
    if any(folder.glob("*.jsonl")):
        return False
    first = next(iter(sorted(folder.rglob("*.txt"))), None)
    return first is not None and first.read_text(encoding="utf-8").startswith(HEADER)
