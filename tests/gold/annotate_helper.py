"""Helper for the hand-annotated extraction gold set in this folder (see README.md).

Not a test module and not part of zhtools: it only computes spans from the strings an annotator
chose and checks the gold files against the article texts they refer to.

    python tests/gold/annotate_helper.py verify            # check every record of every gold file
    python tests/gold/annotate_helper.py texts DOC_ID      # print the articles a gold file refers to

Article texts come from corpus/processed/articles.jsonl for corpus documents, and from
`zhtools split tests/gold/pages/<name>.txt` (the real pipeline) for the constructed pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parent.parent
ARTICLES = ROOT / "corpus" / "processed" / "articles.jsonl"
PAGES = GOLD / "pages"
ZHTOOLS = ROOT / ".venv" / "bin" / "zhtools"

KINDS = ("count", "slogan", "measure")
APPROX = {"exact", "more_than", "about", "nearly", "at_least", "at_most"}
SLOGAN_KINDS = {"slogan", "formula", "campaign", "scam_type", "term"}
OPENING_QUOTES = "“‘「『"
CLOSING_QUOTES = "”’」』"
# Optional count fields of issue 15 (count schema zhtools.count/2). check_record validates them when a
# record has them; they are not required, so a record written before issue 15 stays valid.
CURRENCIES = {"CNY", "TWD", "HKD", "USD", "EUR", "JPY", "MOP", "THB", "USDT"}
COUNT_KINDS = {"reported", "target", "limit"}
FIELDS = {
    "count": ("mention", "value", "value_max", "approx", "unit", "object", "action", "redacted"),
    "slogan": ("text", "normalized", "slogan_kind", "quoted", "expansion"),
    "measure": ("marker", "level", "heading", "text"),
}


def normalize(text: str) -> str:
    """Punctuation and spaces removed: the key for counting slogan variants.

    >>> normalize("“反诈拒赌，安全支付”")
    '反诈拒赌安全支付'
    >>> normalize("爱护人民币 反假人民币")
    '爱护人民币反假人民币'
    """
    return "".join(ch for ch in text if not (unicodedata.category(ch)[0] in "PZ" or ch.isspace()))


def locate(text: str, needle: str, n: int | None = None, ctx: str | None = None) -> tuple[int, int]:
    """Span of `needle` in `text`: inside the unique context string `ctx`, or its n-th occurrence.

    Without `n` or `ctx` the needle must occur exactly once, so that no choice is made silently.

    >>> locate("发放宣传单5000余份，发放宣传单", "发放宣传单5000余份")
    (0, 11)
    >>> locate("ab ab", "ab", n=2)
    (3, 5)
    """
    if ctx is not None:
        where = [i for i in range(len(text)) if text.startswith(ctx, i)]
        if len(where) != 1:
            raise ValueError(f"context {ctx!r} occurs {len(where)} times")
        inner = ctx.find(needle)
        if inner < 0:
            raise ValueError(f"{needle!r} is not inside context {ctx!r}")
        start = where[0] + inner
        return start, start + len(needle)
    where = [i for i in range(len(text)) if text.startswith(needle, i)]
    if not where:
        raise ValueError(f"{needle!r} not found")
    if n is None:
        if len(where) != 1:
            raise ValueError(f"{needle!r} occurs {len(where)} times: give n or ctx")
        n = 1
    start = where[n - 1]
    return start, start + len(needle)


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one pair of quote marks (“…”, ‘…’, 「…」).

    >>> inside_quotes("牢记“三不一要”，即", 3, 7)
    True
    >>> inside_quotes("“电话欠费、破财消灾”等", 6, 10)
    True
    >>> inside_quotes("4、“三不一要”记心间", 2, 11)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    depth = 0
    for ch in text[line_start:start]:
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES and depth:
            depth -= 1
    if depth == 0:
        return False
    closing = next((i for i in range(end, len(text)) if text[i] in CLOSING_QUOTES or text[i] == "\n"), len(text))
    inner = text[start:end]
    return closing < len(text) and text[closing] in CLOSING_QUOTES and not any(c in CLOSING_QUOTES for c in inner)


def corpus_articles(doc_id: str) -> dict[str, str]:
    with ARTICLES.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {r["id"]: r["text"] for r in rows if r["doc_id"] == doc_id}


def page_articles(name: str) -> dict[str, str]:
    page = PAGES / f"{name}.txt"
    out = subprocess.run([str(ZHTOOLS), "split", str(page)], capture_output=True, text=True, encoding="utf-8", check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return {r["id"]: r["text"] for r in rows}


def article_texts(doc_id: str) -> dict[str, str]:
    if (PAGES / f"{doc_id}.txt").exists():
        return page_articles(doc_id)
    return corpus_articles(doc_id)


def check_count_issue15(r: dict) -> list[str]:
    """What is wrong with the optional issue-15 fields of a count (`currency`, `per`, `count_kind`).

    A field that is absent is not checked.

    >>> check_count_issue15({"currency": "CNY", "per": "month", "count_kind": "target"})
    []
    >>> check_count_issue15({"currency": None, "per": None, "count_kind": "limit"})
    []
    >>> check_count_issue15({})
    []
    >>> check_count_issue15({"currency": "RMB", "per": " ", "count_kind": "goal"})
    ["currency 'RMB'", "per ' '", "count_kind 'goal'"]
    """
    problems = []
    if "currency" in r and r["currency"] is not None and r["currency"] not in CURRENCIES:
        problems.append(f"currency {r['currency']!r}")
    if "per" in r and r["per"] is not None and not (isinstance(r["per"], str) and r["per"].strip()):
        problems.append(f"per {r['per']!r}")
    if "count_kind" in r and r["count_kind"] not in COUNT_KINDS:
        problems.append(f"count_kind {r['count_kind']!r}")
    return problems


def check_record(r: dict, texts: dict[str, str]) -> list[str]:
    """Everything wrong with one gold record (empty when it is consistent)."""
    problems = []
    kind = r.get("kind")
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    missing = [k for k in ("article_id", "span", *FIELDS[kind]) if k not in r]
    if missing:
        return [f"missing fields {missing}"]
    text = texts.get(r["article_id"])
    if text is None:
        return [f"unknown article {r['article_id']}"]
    start, end = r["span"]
    if not 0 <= start < end <= len(text):
        return [f"span {r['span']} out of range"]
    surface = text[start:end]
    if kind == "count":
        if surface != r["mention"]:
            problems.append(f"mention {r['mention']!r} != text[span] {surface!r}")
        if r["approx"] not in APPROX:
            problems.append(f"approx {r['approx']!r}")
        if r["redacted"] != (r["value"] is None):
            problems.append("redacted must go with value null")
        if not r["unit"]:
            problems.append("unit is empty")
        problems += check_count_issue15(r)
    elif kind == "slogan":
        if surface != r["text"]:
            problems.append(f"text {r['text']!r} != text[span] {surface!r}")
        if r["normalized"] != normalize(r["text"]):
            problems.append(f"normalized {r['normalized']!r} != {normalize(r['text'])!r}")
        if r["slogan_kind"] not in SLOGAN_KINDS:
            problems.append(f"slogan_kind {r['slogan_kind']!r}")
        is_quoted = inside_quotes(text, start, end)
        if r["quoted"] != is_quoted:
            problems.append(f"quoted={r['quoted']} but the span is {'' if is_quoted else 'not '}inside quote marks")
        if r["expansion"] is not None and r["slogan_kind"] != "formula":
            problems.append("expansion on a non-formula")
    else:
        if surface != r["text"]:
            problems.append(f"text != text[span] ({surface[:20]!r}…)")
        if r["marker"] is not None and not surface.startswith(r["marker"]):
            problems.append(f"text does not start with marker {r['marker']!r}")
        if r["heading"] is not None and r["heading"] not in surface:
            problems.append(f"heading {r['heading']!r} not in the item")
        if r["level"] < 1:
            problems.append("level < 1")
    return problems


def verify() -> int:
    bad = 0
    for path in sorted(GOLD.glob("*.jsonl")):
        doc_id = path.stem
        texts = article_texts(doc_id)
        with path.open(encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        tally = Counter(r["kind"] for r in records)
        for n, r in enumerate(records, 1):
            for p in check_record(r, texts):
                bad += 1
                print(f"{path.name}:{n}: {p}")
        print(f"{doc_id}: {len(texts)} articles, " + ", ".join(f"{k} {tally[k]}" for k in KINDS))
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["verify"]:
        return verify()
    if argv[:1] == ["texts"] and len(argv) == 2:
        for article_id, text in article_texts(argv[1]).items():
            print(f"===== {article_id} ({len(text)} chars)\n{text}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
