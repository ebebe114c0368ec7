"""spaCy integration: a Chinese pipeline, built lazily, and the extractors as registered factories.

`load()` gives `spacy.blank("zh")` with the jieba segmenter (chosen through spaCy's own
`segmenter` config), or a named installed model (`load("zh_core_web_sm")` when the user has
it; nothing is downloaded). The factories `zhtools_counts`, `zhtools_slogans` and
`zhtools_measures` set `doc.spans["counts"]`, `doc.spans["slogans"]`, `doc.spans["measures"]`,
each span labelled (the count's unit, the slogan's kind, the measure's level) and carrying the
full hit in `span._.zhtools`, so researchers can add them to their own pipelines:

    nlp = spacy.load("zh_core_web_sm")
    nlp.add_pipe("zhtools_counts")
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from zhtools.extract import CountHit, SloganHit
from zhtools.extract import counts as _counts
from zhtools.extract import measures as _measures
from zhtools.extract import slogans as _slogans

FACTORIES = {"zhtools_counts": "counts", "zhtools_slogans": "slogans", "zhtools_measures": "measures"}

if not Span.has_extension("zhtools"):
    Span.set_extension("zhtools", default=None)


def _label(hit: Any) -> str:
    """The span label: a count's unit, a slogan's kind, a measure's level."""
    if isinstance(hit, CountHit):
        return hit.unit or "count"
    if isinstance(hit, SloganHit):
        return hit.kind
    return f"level{hit.level}"


class SpanSetter:
    """A pipeline component that runs one extractor over the doc text and stores its spans."""

    def __init__(self, key: str, extract: Callable[[str], Iterable[Any]]):
        self.key = key
        self.extract = extract

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for hit in self.extract(doc.text):
            span = doc.char_span(hit.start, hit.end, label=_label(hit), alignment_mode="expand")
            if span is not None:
                span._.zhtools = hit
                spans.append(span)
        doc.spans[self.key] = spans
        return doc


@Language.factory("zhtools_counts", default_config={"spans_key": "counts"})
def make_counts(nlp: Language, name: str, spans_key: str) -> SpanSetter:
    return SpanSetter(spans_key, _counts.counts)


@Language.factory("zhtools_slogans", default_config={"spans_key": "slogans"})
def make_slogans(nlp: Language, name: str, spans_key: str) -> SpanSetter:
    return SpanSetter(spans_key, _slogans.slogans)


@Language.factory("zhtools_measures", default_config={"spans_key": "measures"})
def make_measures(nlp: Language, name: str, spans_key: str) -> SpanSetter:
    return SpanSetter(spans_key, _measures.measures)


def load(model: str | None = None, *, extractors: bool = True) -> Language:
    """A Chinese pipeline: the named installed model, or a blank one with the jieba segmenter.

    With `extractors`, the three zhtools components are added (once).
    """
    nlp = _base(model)
    if extractors:
        for factory in FACTORIES:
            if factory not in nlp.pipe_names:
                nlp.add_pipe(factory)
    return nlp


def _base(model: str | None) -> Language:
    if model is None:
        # jieba logs "Building prefix dict… Loading model cost…" at DEBUG through its own
        # logger and handler, set up when it is imported: import it, then quieten that logger
        # alone (the root logger is the application's)
        import jieba

        logging.getLogger(jieba.__name__).setLevel(logging.WARNING)
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return spacy.load(model)  # an installed package name or a path; raises OSError if absent
