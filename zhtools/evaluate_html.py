"""Scoring the main text of HTML pages against text cleaned by hand (tests/gold/html/).

A gold folder holds pairs `NAME.html` (the page as saved) and `NAME.txt` (the document's main
text as a careful reader keeps it: headline and text, no site chrome). A run's document text
is scored against the `.txt` by character-bigram F1, the measure of the issue's benchmark:
both texts are normalised as the page gold is (`evaluate_pages.normalise`: simplified, no
spaces or punctuation, half-width digits and letters), cut into overlapping pairs of
characters, and compared as multisets. The report gives the mean of the pages' F1 (each page
counts once), the F1 over all pairs of all pages (long pages count more), and the pages
scored lowest.

    zhtools eval tests/gold/html/dev --write-pages pages && zhtools run pages --out out && zhtools eval tests/gold/html/dev out

>>> round(bigram_f1("社区开展反诈宣传", "社区开展反诈宣传活动"), 3)
0.875
>>> bigram_f1("", ""), bigram_f1("反诈", "")
(1.0, 0.0)
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from zhtools.evaluate_pages import normalise

WORST_SHOWN = 5  # the report names this many pages scored lowest


@dataclass(frozen=True)
class HtmlPage:
    name: str
    html: Path
    expected: str


@dataclass(frozen=True)
class HtmlScore:
    name: str
    f1: float
    matched: int  # bigrams in common
    predicted: int  # bigrams of the run's text
    gold: int  # bigrams of the gold text


def bigrams(text: str) -> Counter[str]:
    t = normalise(text)
    return Counter(t[k : k + 2] for k in range(len(t) - 1))


def bigram_counts(expected: str, got: str) -> tuple[int, int, int]:
    """(matched, predicted, gold) bigrams of `got` scored against `expected`."""
    g, p = bigrams(expected), bigrams(got)
    return sum((g & p).values()), sum(p.values()), sum(g.values())


def f1(matched: int, predicted: int, gold: int) -> float:
    """F1 of `matched` pairs among `predicted` and `gold` ones; two empty texts agree."""
    return 2 * matched / (predicted + gold) if predicted + gold else 1.0


def bigram_f1(expected: str, got: str) -> float:
    return f1(*bigram_counts(expected, got))


def is_html_gold(folder: Path) -> bool:
    """A folder of `NAME.html` pages, each with its `NAME.txt`."""
    pages = sorted(folder.glob("*.html"))
    return bool(pages) and all(p.with_suffix(".txt").is_file() for p in pages)


def load_pages(folder: Path) -> list[HtmlPage]:
    return [HtmlPage(p.stem, p, p.with_suffix(".txt").read_text(encoding="utf-8")) for p in sorted(folder.glob("*.html"))]


def write_pages(pages: Iterable[HtmlPage], folder: Path) -> None:
    """The pages' HTML files alone, the input of the run to score (their .txt would be read too)."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page.html, folder / page.html.name)


def score_page(page: HtmlPage, text: str) -> HtmlScore:
    matched, predicted, gold = bigram_counts(page.expected, text)
    return HtmlScore(page.name, f1(matched, predicted, gold), matched, predicted, gold)


def summary(scores: Sequence[HtmlScore]) -> dict[str, float]:
    matched = sum(s.matched for s in scores)
    predicted, gold = sum(s.predicted for s in scores), sum(s.gold for s in scores)
    return {
        "pages": len(scores),
        "mean_f1": sum(s.f1 for s in scores) / len(scores) if scores else 0.0,
        "micro_f1": 2 * matched / (predicted + gold) if predicted + gold else 0.0,
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold if gold else 0.0,
    }


def evaluate_run(pages: Sequence[HtmlPage], out_dir: Path) -> list[HtmlScore]:
    """Score the documents of a run over `write_pages(pages, …)` (document ids are the page names)."""
    with (out_dir / "documents.jsonl").open(encoding="utf-8") as f:
        documents = {d["id"]: d for d in map(json.loads, f)}
    missing = [p.name for p in pages if p.name not in documents]
    if missing:
        raise ValueError(f"{missing[0]}: no document of that id in {out_dir}")
    return [score_page(p, documents[p.name]["text"]) for p in pages]


def report(scores: Sequence[HtmlScore]) -> str:
    lines = [f"{k:15} {v:.3f}" if isinstance(v, float) else f"{k:15} {v}" for k, v in summary(scores).items()]
    lines += [f"lowest: {s.name} {s.f1:.3f}" for s in sorted(scores, key=lambda s: (s.f1, s.name))[:WORST_SHOWN]]
    return "\n".join(lines)
