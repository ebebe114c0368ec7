"""Cleaning rules, their order, and `clean_and_explain()`.

Each rule is a small function `rule(text, options) -> Iterable[Replacement]` with a docstring
that says why it exists. `RULES` fixes their order. `clean_and_explain` runs the rules in
order, again and again until a whole pass changes nothing, so that its result is a fixed
point: cleaning cleaned text changes nothing. Every change is kept in a `Trace`, from which the
edits against the source (rule, source span, old, new) and the source span of any output
character follow exactly.

>>> clean("電信詐(zha)騙工作總結\\n\\n  活動中,志愿者發放宣傳單頁。")
'电信诈骗工作总结\\n活动中，志愿者发放宣传单页。'
"""

from __future__ import annotations

from zhtools.clean.anatomy import CATEGORIES, anatomy
from zhtools.clean.base import CleanOptions, Rule, apply_rule
from zhtools.clean.characters import invisible, mojibake, newlines, pinyin, punct_width, scrape_mark, t2s, tilde_comma, zhe_particle
from zhtools.clean.layout import pdf_join, whitespace, wrap_space
from zhtools.clean.page import chrome_inline, chrome_line, intro, related_footer, repeated_title, spam_line, spam_phrase
from zhtools.edits import Edit, Trace

__all__ = ["EDIT_RULE_NAMES", "RULES", "RULE_NAMES", "CleanOptions", "Rule", "apply_rule", "clean", "clean_and_explain", "explain"]

LAYOUT_RULES = ("whitespace",)
RULES: tuple[Rule, ...] = tuple(
    Rule(fn.__name__, fn, fn.__name__ in LAYOUT_RULES)
    for fn in (
        newlines,
        invisible,
        mojibake,
        pinyin,
        zhe_particle,
        t2s,
        spam_line,
        spam_phrase,
        chrome_line,
        chrome_inline,
        related_footer,
        intro,
        repeated_title,
        scrape_mark,
        punct_width,
        whitespace,
        anatomy,
        pdf_join,
        wrap_space,
        tilde_comma,
    )
)
RULE_NAMES = tuple(r.name for r in RULES)
# What an edit's `rule` may be: a rule's name, or the category page anatomy removed it as.
EDIT_RULE_NAMES = RULE_NAMES + CATEGORIES


# Page anatomy reads the whole page and costs more than all the other rules together. Once one
# of its runs has left the page alone, what later rules change (lines joined across a PDF break,
# spaces at wraps, marks, glosses) has never made it act: on the bench crawl, corpus/raw, every gold
# set and the test pages, no such run changed anything (1,136 pages; a run after one that did
# change the page changed it again 31 times, and such a run always happens). So it is not asked again.
RESTING_RULES = frozenset({"anatomy"})
# Page anatomy removes a page's last lines with the break before them; in a later run that break
# may touch a line an earlier run removed ("编辑｜蒯岩" as chrome:byline, then "往期推荐" and its
# items as chrome:related). Earlier removals of page anatomy keep their own category there, as
# under the layout rules: the category says what the line was, and a byline's fields are read
# from it as metadata. (What other rules removed inside, a gloss in a byline, goes with it.)
KEEPS_INNER = {"anatomy": frozenset(CATEGORIES)}


def clean_and_explain(source: str, options: CleanOptions | None = None, *, rest: frozenset[str] = RESTING_RULES) -> Trace:
    """Clean `source`; the returned `Trace` holds the text, the edits and the offset map.
    `rest`: rules not run again once a run of theirs changed nothing (`frozenset()`: run every rule
    to the fixed point, the oracle the tests compare with)."""
    options = options or CleanOptions()
    trace = Trace(source)
    rules = [r for r in RULES if r.name not in options.skip]
    # The rules run in order, round and round, until each has seen the current text once and
    # left it alone: a fixed point. Rules after the last change of a pass need not run again
    # in the next one, so the loop may stop in the middle of a pass.
    unchanged_runs = 0
    resting: set[str] = set()
    for n in range(options.max_passes * len(rules)):
        if unchanged_runs == len(rules):
            break
        rule = rules[n % len(rules)]
        if rule.name in resting:
            unchanged_runs += 1
        elif trace.apply(rule.name, rule.fn(trace.text, options), keep_inner=True if rule.layout else KEEPS_INNER.get(rule.name, False)):
            unchanged_runs = 0
        else:
            unchanged_runs += 1
            if rule.name in rest:
                resting.add(rule.name)
    return trace


def clean(text: str, options: CleanOptions | None = None) -> str:
    """The cleaned, simplified text."""
    return clean_and_explain(text, options).text


def explain(source: str, options: CleanOptions | None = None) -> list[Edit]:
    """The edits that turn `source` into its cleaned text."""
    return clean_and_explain(source, options).edits()
