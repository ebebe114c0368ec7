"""A learned second opinion on the lines the rules of page anatomy keep.

The rules of `zhtools.clean.anatomy` know chrome by its vocabularies and its layout; a site that
words its footer afresh ("同栏目更多好文", "本篇完，感谢您的耐心") slips past them. This module
reads the lines they keep with a linear-chain CRF (python-crfsuite), the approach the issue
named: features any page has, then context. Each line is described by

- its layout (`LineFeatures`: length, Han share, function characters, sentence and clause
  punctuation, dates, times, labels, counters, separators, Latin words, the vocabulary
  categories it hits, its first and last marks) in coarse buckets;
- where it stands: among the first or last six lines, above the first prose line, below the
  last, or between;
- what the rules decided for it and its two neighbours on each side (`chrome`, `intro`…);
- for a short line (at most `BIGRAM_LINE_MAX` characters), its character bigrams with digits
  read as `0`: the wording of chrome, which no vocabulary lists in full.

The CRF labels the page's lines as one sequence, so a line's label leans on its neighbours'.
Only the bottom of the page is its to judge (`revise_by_model`): read upwards from the last
line, a line the rules kept goes when the model is sure, i.e. gives at most `1 - SURE` to its
being the document's (`body`), and the reading stops at the first line that is the document's.
Its edit is named by the category the model gives (`chrome:related`, `chrome:comment`…), like
the rules' own.

The model is data: `line_model.crfsuite`, trained by `scripts/train_line_model.py` on the
development gold sets of tests/gold/anatomy (never on the held sets, which score it). Lines
the model may never take: an article heading the splitter would open an article on, and a
title repeated (the rules' `title_variants` decide those).

A second model, `caption_model.crfsuite`, reads the lines kept between two paragraphs for pictures'
bare captions (`revise_captions`, below).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from zhtools.clean.base import ENDS_SENTENCE

if TYPE_CHECKING:  # anatomy imports this module: the features' type only for the checker
    from zhtools.clean.anatomy import LineFeatures

MODEL = "line_model.crfsuite"
SURE = 0.9  # a kept line goes when the model gives it at most 1 - SURE of being the document's
SURE_OF_PLAIN_END = 0.99  # …and the text's last line, prose with no mark of a page on it, the most: a document ends so
SURE_OF_PROSE = 0.95  # a line of prose (a sentence: a comment, a disclaimer, or the document's) needs more,
PROSE_KEPT_MIN = 80  # any line goes only when the document keeps this many Han characters above it, from its first line of prose
BIGRAM_LINE_MAX = 30  # lines this short (spaces left out) are also described by their bigrams
WINDOWS = (4, 16)  # the model judges the page's last 4 non-empty lines, then 16 if all were noise, then the whole page…
CONTEXT = 6  # …reading this many lines above them too
EDGE = 6  # "among the first (last) lines": the first (last) this many non-empty lines
BODY = "body"
# What the model may take: site chrome. Credits, captions and intros stand inside the text, where the
# rules judge them; at the bottom the model took a school's class lists for credits (a review).
TAKEN = "chrome:"
INTRODUCES = re.compile(r"[：:][ \t\u3000]*$|如下[ \t\u3000。]*$")  # a line announcing the list under it
# Labels of the gold the model learns: what a whole line can be. Marks inside lines (pinyin,
# markup, punctuation, mojibake) and repeated titles are not line kinds it decides.
NOT_LINE_KINDS = ("title", "pinyin", "markup", "punct", "mojibake")
DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)


def _bucket(x: float, cuts: tuple[float, ...]) -> int:
    for k, c in enumerate(cuts):
        if x <= c:
            return k
    return len(cuts)


def _family(label: str | None) -> str:
    return label.split(":")[0] if label else BODY


def _mark(line: str, at: int) -> str:
    """The line's first or last character when it is a mark ("【", "》", ":"), else `w`."""
    if not line:
        return "w"
    c = line[at]
    return "w" if c.isalnum() else c


OWN_CACHE_MAX = 16384
# line → its own features: the fixed-point loop of cleaning brings most lines back unchanged. The
# feature strings are interned: a line's thirty-odd ("n=3", "g=反诈"…) are the same few thousand on
# every page, and copies of them made a line's entry 1.5 KB (0.7 KB interned, line included).
_own: dict[str, tuple[str, ...]] = {}


def own_features(line: str, f: LineFeatures) -> tuple[str, ...]:
    """What the line itself shows (`f`: its `LineFeatures`): its layout in buckets, its
    vocabulary, its first and last marks, and its bigrams when it is short."""
    x = _own.get(line)
    if x is None:
        if len(_own) >= OWN_CACHE_MAX:
            _own.clear()
        x = _own[line] = tuple(map(sys.intern, _own_features("".join(line.split()), f)))
    return x


def _own_features(line: str, f: LineFeatures) -> tuple[str, ...]:
    x = [
        f"n={_bucket(f.n, (4, 8, 15, 30, 60, 120))}",
        f"han={_bucket(f.han / f.n, (0.3, 0.6, 0.85, 0.95))}",
        f"fun={_bucket(f.function / max(f.han, 1), (0.02, 0.06, 0.12))}",
        f"sent={min(f.sentence, 2)}",
        f"cl={min(f.clauses, 3)}",
        f"lat={min(f.latin_words, 3)}",
        f"lab={min(f.labels, 2)}",
        f"sep={min(f.separators, 3)}",
        f"lead={f.lead}",
        "end=" + _mark(line, -1),
        "start=" + _mark(line, 0),
    ]
    x += [name for name, on in (("date", f.dates), ("time", f.times), ("cnt", f.counters), ("prose", f.prose)) if on]
    x += ["S=" + c for c in f.strong]
    x += ["W=" + c for c in f.weak]
    if len(line) <= BIGRAM_LINE_MAX:
        short = line.lower().translate(DIGITS)
        x += ["g=" + short[a : a + 2] for a in range(len(short) - 1)]
    return tuple(x)


def line_features(
    text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], window: int | None = None
) -> tuple[list[int], list[list[str]]]:
    """The non-empty lines of the page (their indexes; the last `window` of them when given) and
    the features of each, as strings. Positions are the page's whatever the window."""
    nonempty = [i for i, f in enumerate(feats) if f.n]
    prose = [i for i in nonempty if feats[i].prose and labels[i] is None]
    first, last = (prose[0], prose[-1]) if prose else (len(feats), -1)
    rules = [_family(labels[i]) for i in nonempty]
    n = len(nonempty)
    low = 0 if window is None else max(0, n - window)
    out = []
    for k in range(low, n):
        i = nonempty[k]
        x = [
            "rule=" + rules[k],
            f"top={min(k, EDGE)}",
            f"bot={min(n - 1 - k, EDGE)}",
            "zone=" + ("above" if i < first else "below" if i > last else "in"),
        ]
        x += own_features(text[spans[i][0] : spans[i][1]], feats[i])
        for off, name in ((-1, "p"), (1, "x"), (-2, "pp"), (2, "xx")):
            if 0 <= k + off < n:
                x.append(f"{name}rule={rules[k + off]}")
                if feats[nonempty[k + off]].prose:
                    x.append(name + "prose")
            else:
                x.append(name + "edge")
        out.append(x)
    return nonempty[low:], out


@cache
def _opened(model: str):
    """A trained model of the package, opened once per process (python-crfsuite is imported only here)."""
    import pycrfsuite  # here: a command that cleans no page never loads it

    t = pycrfsuite.Tagger()
    path = Path(__file__).with_name(model)
    if path.is_file():  # installed as files, as pip installs it: no importlib.resources, nor the tempfile it imports (0.02 s of a start-up)
        t.open(str(path))
        return t
    from importlib import resources  # a package in a zip: the model copied out to a file

    with resources.as_file(resources.files("zhtools.clean") / model) as found:
        t.open(str(found))
    return t


def tagger():
    """The line model."""
    return _opened(MODEL)


def rules_view(labels: list[str | None], intro: set[int]) -> list[str | None]:
    """What the rules decided for each line: its label, or `intro` for a line a site intro takes."""
    return [label if label is not None or i not in intro else "intro" for i, label in enumerate(labels)]


def revise_by_model(
    text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int],
    documents: Callable[[str, LineFeatures], bool] = lambda line, f: False,
) -> None:
    """Label, in place, the lines of the page's tail that the rules kept and the model is sure
    are not the document's. The tail is read upwards from the last line and ends at the first
    line that is the document's (no rule took it, and the model is not sure it is noise): chrome
    comes in blocks below the text, and what lies above is the rules' alone (measured on the dev
    sets, cross-validated: the model's removals above the document's last line cost more body
    text than they found noise). It never reaches the page's first line of prose the rules kept
    (a page of one paragraph, or without prose, keeps it all), nor passes a line `documents` says
    only a document has (page anatomy's: a paragraph too long for chrome, a signature, a date, a form).

    The model reads the last lines first (`WINDOWS`), and more only when all of them are noise:
    most pages end on their own text, and the first line read says so."""
    view = rules_view(labels, intro)
    first = min((i for i, f in enumerate(feats) if f.prose and view[i] is None), default=len(feats))
    # The loop below stops, before it reads the model, at the first line from the bottom that the rules kept
    # when that line is the document's first prose or above it, or a line only a document has: most pages
    # end so (a paragraph, a date, a signature), and then nothing is labelled and no line needs tagging.
    for i in reversed(range(len(feats))):
        if not feats[i].n:
            continue
        if i <= first:
            return
        if labels[i] is not None or i in intro:
            continue
        if documents(text[spans[i][0] : spans[i][1]], feats[i]):
            return
        break
    else:
        return
    t = tagger()
    windows = iter((*WINDOWS, None))
    window = next(windows)
    while True:
        # the window's first CONTEXT lines are read, not judged: a line's label leans on the lines above it
        nonempty, x = line_features(text, spans, feats, view, None if window is None else window + CONTEXT)
        if not nonempty:
            return
        judged = len(nonempty) if window is None else min(window, len(nonempty))
        predicted = t.tag(x)
        found = {}
        for k in range(len(nonempty) - 1, len(nonempty) - 1 - judged, -1):
            i = nonempty[k]
            if i <= first:  # the document's first line of prose, and all above it, are the rules' to judge
                break
            if labels[i] is not None or i in intro:
                continue
            f = feats[i]
            if documents(text[spans[i][0] : spans[i][1]], f) or _under_a_headings_byline(nonempty, k, labels, feats):
                break
            last = not found and not any(labels[j] is None and feats[j].n for j in nonempty[k + 1 :])  # the text's last line
            plain = f.prose and not (f.weak or f.strong or f.labels or f.counters or f.dates or f.latin_words or f.separators)
            sure = SURE_OF_PLAIN_END if last and plain else SURE_OF_PROSE if f.prose else SURE
            if not predicted[k].startswith(TAKEN) or t.marginal(BODY, k) > 1 - sure:
                break
            if sum(feats[j].han for j in range(first, i) if labels[j] is None and j not in found) < PROSE_KEPT_MIN:
                break  # a line goes only when the document keeps text of its own above it (a page of two lines keeps both)
            found[i] = predicted[k]
        else:
            if window is not None and len(nonempty) > judged:  # every line judged is noise, and the page goes on above: read more
                window = next(windows)
                continue
            k = -1
        if found and k >= 0 and INTRODUCES.search(text[spans[nonempty[k]][0] : spans[nonempty[k]][1]]):
            return  # "获奖名单如下：", "重点防范以下骗局：": the lines below are the list it introduces
        for i, label in found.items():
            labels[i] = label
        return


HEADING_MAX = 40  # a heading kept above a byline: a short line, no sentence


def _under_a_headings_byline(nonempty: list[int], k: int, labels: list[str | None], feats: list[LineFeatures]) -> bool:
    """Whether line `nonempty[k]` is the text right under a heading and its byline ("学校开展反诈宣传" / "宣传简报｜6月5日"
    / text) on a page whose items above stand so too: the last item's text, however much chrome its byline makes it
    look like it follows (a footer's "联系我们" / its address / a copyright line is no item of a series)."""

    def item(m: int) -> bool:  # a heading, its byline, then kept text
        byline, heading = nonempty[m - 1], nonempty[m - 2]
        return (labels[byline] == "chrome:byline" and labels[heading] is None and not feats[heading].sentence
                and 0 < feats[heading].n <= HEADING_MAX and labels[nonempty[m]] is None and feats[nonempty[m]].prose)

    return k >= 2 and item(k) and any(item(m) for m in range(2, k - 2))


def gold_label(category: str | None) -> str:
    """The label the model learns for a line the gold marks whole with `category` (None: kept)."""
    if category is None or category.split(":")[0] in NOT_LINE_KINDS:
        return BODY
    return category


# --- bare captions ----------------------------------------------------------------------------
# A second model reads the lines the rules keep between two paragraphs that end no sentence: a
# picture's caption ("汤沐阳在礼堂里给乡亲们回放一通骗子来电", "现场｜四（3）班同学围在一起…") or the
# document's own subheading ("上门送课", "一张卡片，贴在灶台边"). Captions come worded afresh on every
# site, no vocabulary lists them, and the rules' scene words miss most of them; the model reads the
# line's characters and bigrams (digits as 0), its length, its first and last marks, its commas,
# colons and brackets, and nothing of the page around it but that it stands between two paragraphs.
# A line goes when the model gives it at least CAPTION_SURE of being a caption. Trained by
# scripts/train_line_model.py with the line model, on the same dev sets (each line the rules keep or
# caption between two paragraphs, labelled by the gold), as one-item sequences: a logistic regression.
CAPTION_MODEL = "caption_model.crfsuite"
CAPTION_SURE = 0.9
CAPTION_HAN_MIN = 4  # "孩子们举手抢答"…
CAPTION_HAN_MAX = 60  # …to a caption of a long clause
PARAGRAPH_HAN_MIN = 12  # a line of sentences this long is a paragraph around a candidate
CAPTION = "caption"
STAYS = "stays"
ENUMERATED_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|第[一二三四五六七八九十0-9]{1,3}[条点步章节部分])")


def caption_features(line: str) -> list[str]:
    """What a candidate line shows of itself (spaces left out): its length in Han characters, its first and last
    marks, its commas, colons and brackets, its characters and its bigrams (digits read as 0)."""
    t = "".join(line.split()).translate(DIGITS)
    han = sum(1 for c in t if "\u4e00" <= c <= "\u9fff")
    x = [f"n={min(han // 5, 8)}", "start=" + _mark(t, 0), "end=" + _mark(t, -1)]
    x += ["g=" + t[a : a + 2] for a in range(len(t) - 1)]
    x += ["u=" + c for c in sorted(set(t))]
    x += [name for name, marks in (("comma", "，,、"), ("colon", ":：｜|")) if any(c in t for c in marks)]
    if re.search(r"[（(][^）)]*[）)]", t):
        x.append("paren")
    return x


def caption_candidates(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int],
                       taken: tuple[str | None, ...] = (None,)) -> list[int]:
    """The lines between two paragraphs (or captions) that end no sentence and are not numbered, whose label is one
    of `taken` (the rules kept them: None), CAPTION_HAN_MIN to CAPTION_HAN_MAX Han characters long."""
    nonempty = [i for i, f in enumerate(feats) if f.n]

    def paragraph(i: int) -> bool:  # prose, or a line of sentences (a report's figures: few function characters)
        return labels[i] == CAPTION or (labels[i] is None and i not in intro and (feats[i].prose or (feats[i].sentence > 0 and feats[i].han >= PARAGRAPH_HAN_MIN)))

    out = []
    for k in range(1, len(nonempty) - 1):
        i = nonempty[k]
        f = feats[i]
        if labels[i] not in taken or i in intro or not (CAPTION_HAN_MIN <= f.han <= CAPTION_HAN_MAX):
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if ENDS_SENTENCE.search(line) or ENUMERATED_LINE.match(line):
            continue
        if paragraph(nonempty[k - 1]) and paragraph(nonempty[k + 1]):
            out.append(i)
    return out


def caption_tagger():
    """The caption model."""
    return _opened(CAPTION_MODEL)


def revise_captions(
    text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int],
    heading: Callable[[str], bool] = lambda line: False,
) -> None:
    """Label, in place, `caption` the candidate lines (`caption_candidates`) the model is sure are captions; never a
    line `heading` says the splitter opens an article on."""
    candidates = caption_candidates(text, spans, feats, labels, intro)
    if not candidates:
        return
    t = caption_tagger()
    for i in candidates:
        line = text[spans[i][0] : spans[i][1]]
        if heading(line):
            continue
        t.set([caption_features(line)])
        if t.marginal(CAPTION, 0) >= CAPTION_SURE:
            labels[i] = CAPTION
