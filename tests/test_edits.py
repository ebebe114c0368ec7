"""The edit bookkeeping: whatever rules do, the edits replay to the text and spans map back."""

import importlib.util
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools.edits import Edit, EditError, Replacement, Trace, replay


@st.composite
def rule_passes(draw):
    """A source text and a few passes of random, valid replacements over the evolving text."""
    source = draw(st.text(alphabet="ab對话\n。 ", max_size=30))
    passes = []
    length = len(source)
    for _ in range(draw(st.integers(0, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
        pairs = sorted(set(zip(cuts[::2], cuts[1::2], strict=False)))
        reps = [Replacement(a, b, draw(st.text(alphabet="xy，", max_size=3))) for a, b in pairs]
        passes.append(reps)
        length += sum(len(r.new) - (r.end - r.start) for r in reps)
    return source, passes


def naive(text, reps):
    for r in sorted(reps, reverse=True):
        text = text[: r.start] + r.new + text[r.end :]
    return text


@settings(max_examples=400)
@given(rule_passes())
def test_edits_replay_to_text_and_spans_map_back(case):
    source, passes = case
    trace = Trace(source)
    expected = source
    for i, reps in enumerate(passes):
        expected = naive(expected, reps)
        trace.apply(f"rule{i}", reps)
        assert trace.text == expected
    edits = trace.edits()
    assert replay(source, edits) == trace.text
    positions = [(e.start, e.end) for e in edits]
    assert positions == sorted(positions)
    assert all(a[1] <= b[0] for a, b in zip(positions, positions[1:], strict=False))
    # every copied character maps to an identical source character
    for i, ch in enumerate(trace.text):
        s, e = trace.source_span(i, i + 1)
        assert 0 <= s <= e <= len(source)
        if e - s == 1 and not any(ed.start <= s < ed.end for ed in edits):
            assert source[s] == ch


def test_edits_of_one_rule_merge_and_keep_rules_apart():
    trace = Trace("電信詐騙(zha)")
    trace.apply("pinyin", [Replacement(4, 9, "")])
    trace.apply("t2s", [Replacement(0, 1, "电"), Replacement(2, 4, "诈骗")])
    assert trace.text == "电信诈骗"
    assert trace.edits() == [
        Edit("t2s", 0, 1, "電", "电"),
        Edit("t2s", 2, 4, "詐騙", "诈骗"),
        Edit("pinyin", 4, 9, "(zha)", ""),
    ]
    assert trace.source_span(2, 4) == (2, 4)
    assert trace.source_span(1, 2) == (1, 2)


def sibling(name: str):
    """A module beside this file (the tests run with --import-mode=importlib: no sibling imports)."""
    spec = importlib.util.spec_from_file_location(f"_zhtools_tests_{name}", Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OldTrace = sibling("trace_oracle").OldTrace


class SpliceOnly(OldTrace):
    """The old trace with every replacement spliced in one at a time: the oracle of the one-pass paths."""

    split_copied = False


@st.composite
def mixed_passes(draw):
    """Passes of replacements, insertions, same-length conversions and layout deletions, some
    named by their own rule, most of them inside untouched text (the one-pass path), others over
    earlier edits."""
    source = draw(st.text(alphabet="ab對话\n。 ", min_size=1, max_size=40))
    passes, length = [], len(source)
    for n in range(draw(st.integers(1, 6))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
        pairs = sorted(set(zip(cuts[::2], cuts[1::2], strict=False)))
        same_length = draw(st.booleans())
        reps = [
            Replacement(a, b, draw(st.text(alphabet="xy，", min_size=b - a, max_size=b - a)) if same_length else draw(st.text(alphabet="xy，", max_size=3)),
                        draw(st.sampled_from([None, None, f"named{n}"])))
            for a, b in pairs
        ]
        passes.append((reps, draw(st.booleans())))
        length += sum(len(r.new) - (r.end - r.start) for r in reps)
    return source, passes


@settings(max_examples=600)
@given(mixed_passes())
def test_the_trace_makes_the_pieces_the_old_trace_made_by_splicing(case):
    """The trace against the old one (tests/trace_oracle.py) with and without its one-pass path:
    the same pieces, offsets and text after every pass, the same log, deletions and spans."""
    source, passes = case
    new, old, slow = Trace(source), OldTrace(source), SpliceOnly(source)
    for i, (reps, keep_inner) in enumerate(passes):
        changed = new.apply(f"rule{i}", reps, keep_inner=keep_inner)
        assert changed == old.apply(f"rule{i}", reps, keep_inner=keep_inner) == slow.apply(f"rule{i}", reps, keep_inner=keep_inner)
        assert new._pieces == old._pieces == slow._pieces
        assert new.text == old.text == slow.text
        assert new._offsets == [0, *accumulate([e - s if t is None else len(t) for s, e, t, _ in new._pieces])]
    assert new.edit_log() == old.edit_log()
    assert new.deletions() == old.deletions()
    for i in range(len(new.text) + 1):
        assert new.source_span(0, i) == old.source_span(0, i)
        assert new.source_span(i, len(new.text)) == old.source_span(i, len(new.text))


def test_a_later_rule_that_swallows_earlier_edits_owns_the_span():
    trace = Trace("相關推薦\n正文")
    trace.apply("t2s", [Replacement(1, 2, "关"), Replacement(3, 4, "荐")])
    trace.apply("chrome", [Replacement(0, 5, "")])
    assert trace.text == "正文"
    assert trace.edits() == [Edit("chrome", 0, 5, "相關推薦\n", "")]
    assert trace.source_span(0, 2) == (5, 7)


def test_layout_deletions_leave_earlier_deletions_to_their_rules():
    trace = Trace("标题\n\n重复标题\n\n正文")
    trace.apply("repeated_title", [Replacement(4, 9, "")])
    trace.apply("whitespace", [Replacement(3, 5, "")], keep_inner=True)
    assert trace.text == "标题\n正文"
    assert [e.rule for e in trace.edits()] == ["whitespace", "repeated_title", "whitespace"]
    merged = Trace("标题\n\n重复标题\n\n正文")
    merged.apply("repeated_title", [Replacement(4, 9, "")])
    merged.apply("intro", [Replacement(3, 5, "")])
    assert [e.rule for e in merged.edits()] == ["intro"]


def test_a_deletion_leaves_earlier_deletions_of_the_named_rules_to_them():
    # page anatomy's second run removes the page's last lines with the break before them, over a byline its first run removed
    def traced(keep):
        trace = Trace("正文。\n编辑｜蒯(kuǎi)岩\n往期推荐")
        trace.apply("pinyin", [Replacement(8, 14, "")])
        trace.apply("chrome:byline", [Replacement(4, 10, "")])
        assert trace.text == "正文。\n往期推荐"
        trace.apply("chrome:related", [Replacement(3, 8, "")], keep_inner=keep)
        assert trace.text == "正文。"
        return [(e.rule, e.old) for e in trace.edits()]

    assert traced(frozenset({"chrome:byline"})) == [("chrome:related", "\n"), ("chrome:byline", "编辑｜蒯(kuǎi)岩\n"), ("chrome:related", "往期推荐")]
    assert traced(frozenset({"caption"})) == [("chrome:related", "\n编辑｜蒯(kuǎi)岩\n往期推荐")]  # not a rule it keeps: one edit
    assert traced(False) == traced(frozenset({"caption"}))


def test_overlapping_replacements_are_refused():
    with pytest.raises(EditError):
        Trace("abcdef").apply("bad", [Replacement(0, 3, ""), Replacement(2, 4, "")])


def test_replay_refuses_edits_that_do_not_match_the_source():
    with pytest.raises(EditError):
        replay("abc", [Edit("r", 0, 1, "x", "")])


def test_a_line_converted_whole_leaves_the_pinyin_removed_inside_it_to_its_rule():
    # t2s proposes one replacement a line; the trace cuts it where pinyin was removed and
    # drops the parts that do not change.
    source = "對(dui)過去的工作進(jin)行回顧"
    trace = Trace(source)
    trace.apply("pinyin", [Replacement(1, 6, ""), Replacement(12, 17, "")])
    assert trace.text == "對過去的工作進行回顧"
    trace.apply("t2s", [Replacement(0, 10, "对过去的工作进行回顾")])
    assert trace.text == "对过去的工作进行回顾"
    assert trace.edits() == [
        Edit("t2s", 0, 1, "對", "对"),
        Edit("pinyin", 1, 6, "(dui)", ""),
        Edit("t2s", 6, 12, "過去的工作進", "过去的工作进"),
        Edit("pinyin", 12, 17, "(jin)", ""),
        Edit("t2s", 19, 20, "顧", "顾"),  # trimmed to what changes
    ]
    assert replay(source, trace.edits()) == trace.text


@pytest.mark.parametrize(
    "output_span, source_span",
    [
        ((2, 3), (7, 8)),  # 去, inside a converted run: one character for one
        ((1, 3), (6, 8)),  # 过去
        ((0, 2), (0, 7)),  # 对过: across the removed gloss
        ((9, 10), (19, 20)),  # 顾
    ],
)
def test_converted_characters_map_one_for_one(output_span, source_span):
    trace = Trace("對(dui)過去的工作進(jin)行回顧")
    trace.apply("pinyin", [Replacement(1, 6, ""), Replacement(12, 17, "")])
    trace.apply("t2s", [Replacement(0, 10, "对过去的工作进行回顾")])
    assert trace.source_span(*output_span) == source_span


def test_a_replacement_of_another_length_still_maps_to_its_whole_source():
    trace = Trace("第1页共1页正文")
    trace.apply("chrome_inline", [Replacement(0, 6, "X")])
    assert trace.source_span(0, 1) == (0, 6)
