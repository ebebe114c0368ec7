"""Extraction: measures, counts and slogans found in an article's cleaned text.

Each extractor is a function `text -> Iterator[Hit]` over the text of one article; spans are
`[start, end)` offsets in that text. Rules work on cleaned, simplified text with regular
expressions: no word segmentation on the hot path. The pipeline turns hits into records
(zhtools.records).

A pattern uses `re` unless it needs `regex` (`\\p{Han}`, reverse search, repeated captures, or `\\d`
and `\\s`, whose Unicode tables differ between the two modules): a `re` call costs half as much, and
`re` scans an alternation of words several times faster. Either way, a pattern that opens with a
lookaround scans slowly; a class of its possible first characters put in front fixes that.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountHit:
    start: int
    end: int
    mention: str  # text[start:end], e.g. "发放宣传单5000余份"
    value: float | None  # after scaling 万/亿/千; None when redacted
    value_max: float | None  # upper end of a range "3至5次"
    approx: str  # exact | more_than | about | nearly | at_least | at_most
    unit: str  # 份, 人, 人次, 起, 元, %, …
    object: str | None  # what is counted: 宣传单
    action: str | None  # 发放
    redacted: bool  # x余份, xx名
    currency: str | None = None  # ISO 4217 code where the text names the currency: 约新台币1.2亿元 → TWD
    per: str | None = None  # the base of a rate: 日均 → day, 人均 → person, 每所学校 → 学校
    kind: str = "reported"  # reported | target (力争, a plan's quantities) | limit (不得超过5个)


@dataclass(frozen=True)
class SloganHit:
    start: int
    end: int  # the span of the slogan text itself, quote marks excluded
    text: str  # as written
    normalized: str  # punctuation and spaces removed
    kind: str  # slogan | formula | campaign | scam_type | term: of the normalized text alone (slogan_kinds)
    quoted: bool
    expansion: str | None  # for a formula, its spelled-out form where the text gives it
    context_kind: str = ""  # what the mention's own sentence made of it (its quote's form and the words around)


@dataclass(frozen=True)
class MeasureHit:
    start: int
    end: int  # the whole item, marker included
    marker: str | None  # 一是, （一）, 一、, 1、, 第一步; None for an unnumbered heading series
    level: int  # 1 = outermost
    heading: str | None  # the short lead clause
    text: str  # text[start:end]
