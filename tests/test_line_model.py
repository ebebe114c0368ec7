"""The line model of page anatomy (zhtools/clean/line_model.py): a CRF's second opinion on the
lines the rules keep at the bottom of a page.

Each row is a page's ending after the same story, with what cleaning keeps of it with the model
and without (`--rules-only`). Rows where the two agree are the ones that must NOT change: the
document's own endings that look like chrome, and chrome the model is not sure of.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from zhtools.clean import CATEGORIES, CleanOptions, clean, explain
from zhtools.clean import line_model as lm

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "社区开展反诈宣传进万家活动\n"
    "3月12日上午，幸福社区联合辖区派出所在小区广场开展反诈宣传活动，民警向居民讲解了冒充客服、刷单返利等常见骗局。\n"
    "活动共发放宣传资料300余份，现场帮助120余名居民下载安装国家反诈中心APP。\n"
    "下一步，社区将持续开展形式多样的宣传活动，筑牢群众防骗“防火墙”。\n"
)
RULES_ONLY = dataclasses.replace(CleanOptions(), line_model=False)

# (ending, kept with the model, kept by the rules alone)
ENDINGS = [
    # readers' comments worded afresh: no rule knows 跟帖 or 跟评, the model reads the block
    ("跟帖（2）\n小河边　03-14\n转给家里老人了\n回复(2)　顶(10)\n", "", "跟帖（2）\n小河边　03-14\n转给家里老人了"),
    ("网友跟评\n小河边：转给家里老人了　顶(10)\n山那边：我们村也该搞一次　顶(3)\n", "", "网友跟评"),
    # a disclaimer under a label no vocabulary holds (the rules take it too as the page's last line: DISCLAIMER_TAIL)
    ("【本页说明】本页内容仅供宣传参考，不作为办理业务的依据。\n", "", None),
    # must NOT change: the document's own endings
    ("幸福社区居委会\n2024年3月13日\n", "幸福社区居委会\n2024年3月13日", None),
    ("联系人：王强　联系电话：0535-5210XXX\n", "联系人：王强　联系电话：0535-5210XXX", None),
    ("反诈口诀记心间：\n陌生来电要警惕\n转账汇款先核实\n", "反诈口诀记心间：\n陌生来电要警惕\n转账汇款先核实", None),
    ("编后语：反诈宣传永远在路上。\n", "编后语：反诈宣传永远在路上。", None),
    # a signature after a dash, a form's blanks: a document ends so (anatomy._documents_line stops the model)
    ("愿每一位爸爸妈妈\n都把养老钱守在自己手里\n——澄渊农商银行杉坪支行\n", "愿每一位爸爸妈妈\n都把养老钱守在自己手里\n——澄渊农商银行杉坪支行", None),
    ("承诺人（签字）：＿＿＿＿＿\n日期：＿＿＿＿年＿＿月＿＿日\n", "承诺人（签字）：＿＿＿＿＿\n日期：＿＿＿＿年＿＿月＿＿日", None),
    # a review: a school's class list, a list of scams, a prize list under the line announcing it, the
    # issuer's note on its own text (credits are never the model's; a line ending in "：" or "如下"
    # introduces the document's list)
    ("本次活动参与班级：初一（1）班至初一（8）班\n", "本次活动参与班级：初一（1）班至初一（8）班", None),
    ("重点防范以下骗局：\n(1)游戏装备交易诈骗　(2)追星返利诈骗　(3)兼职刷单诈骗\n", "重点防范以下骗局：\n（1）游戏装备交易诈骗　（2）追星返利诈骗　（3）兼职刷单诈骗", None),
    ("获奖名单如下：\n一等奖　张三　高一（3）班\n二等奖　李四　高二（1）班\n三等奖　王五　高一（5）班\n",
     "获奖名单如下：\n一等奖　张三　高一（3）班\n二等奖　李四　高二（1）班\n三等奖　王五　高一（5）班", None),
    ("【说明】以上标语供各单位参考使用。\n", "【说明】以上标语供各单位参考使用。", None),
    # a short sentence after a line it takes for a disclaimer: the document's, since it is prose
    # and the model is not sure enough of it (SURE_OF_PROSE)
    ("【本页说明】本页内容仅供宣传参考。\n活动现场，民警还为群众发放了防骗手册。\n", "【本页说明】本页内容仅供宣传参考。\n活动现场，民警还为群众发放了防骗手册。", None),
]


@pytest.mark.parametrize("ending, with_model, rules_alone", ENDINGS, ids=[e.split("\n")[0][:12] for e, _, _ in ENDINGS])
def test_what_a_page_ending_keeps(ending, with_model, rules_alone):
    body = STORY.rstrip("\n")
    assert clean(STORY + ending) == (body + "\n" + with_model if with_model else body)
    alone = with_model if rules_alone is None else rules_alone
    assert clean(STORY + ending, RULES_ONLY) == (body + "\n" + alone if alone else body)


def test_the_model_never_reads_above_the_documents_last_line():
    # the disclaimer it takes at the bottom stays when the story goes on below it
    page = STORY + "【本页说明】本页内容仅供宣传参考，不作为办理业务的依据。\n" + "活动现场，民警还为群众发放了防骗手册。\n"
    assert "【本页说明】" in clean(page)


@pytest.mark.parametrize("page", [
    "不少自媒体作者收到“版权所有方”发来的邮件，称其文章侵犯版权，要求私了赔偿。",  # a page of one line: it is the document
    "社区开展反诈宣传活动\n本页内容仅供宣传参考，不作为办理业务的依据，请以银行网点公告为准。",  # its first line of prose
    "反诈口诀\n网友评论别轻信\n回复陌生别点开",  # no prose: nothing for the model
    # a page of one sentence and one line under it: the document keeps too little text above it
    "为提高群众防范意识，共发放宣传单5000余份。 牢记“三不一要”。\n<script>这是正文里的文字</script>",
])
def test_the_first_line_of_prose_and_pages_without_prose_are_never_the_models(page):
    assert clean(page) == clean(page, RULES_ONLY)


def test_a_removal_is_named_by_the_category_the_model_gives():
    edits = explain(STORY + "【本页说明】本页内容仅供宣传参考，不作为办理业务的依据。\n")
    assert [e.rule for e in edits if "本页说明" in e.old] == ["chrome:disclaimer"]


def test_every_label_of_the_model_is_a_category_of_page_anatomy():
    assert set(lm.tagger().labels()) - {lm.BODY} <= set(CATEGORIES)


def test_the_tail_is_read_in_a_window_first_and_whole_when_the_window_is_all_noise(monkeypatch):
    page = STORY + "跟帖（2）\n小河边　03-14\n转给家里老人了\n回复(2)　顶(10)\n"
    monkeypatch.setattr(lm, "WINDOWS", (2,))  # the last two lines are noise: the page is read whole
    assert clean(page) == STORY.rstrip("\n")


def test_features_of_a_line():
    import importlib

    anatomy = importlib.import_module("zhtools.clean.anatomy")
    x = lm.own_features("回复(2)　顶(10)", anatomy.features("回复(2)　顶(10)"))
    assert "g=顶(" in x and "g=(0" in x  # digits read as 0: any count is the same bigram
    long_line = STORY.split("\n")[1]
    assert not any(f.startswith("g=") for f in lm.own_features(long_line, anatomy.features(long_line)))


def test_gold_labels():
    assert [lm.gold_label(c) for c in (None, "chrome:related", "intro", "title:repeat", "pinyin", "spam:porn")] == [
        "body", "chrome:related", "intro", "body", "body", "spam:porn"]


def test_the_packaged_model_is_what_the_dev_gold_trains():
    # a gold page or a feature changed without retraining leaves a stale model: this fails then
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_line_model
    finally:
        sys.path.pop(0)
    assert train_line_model.main(["--check"]) == 0


# --- the caption model: bare captions between two paragraphs (line_model.revise_captions) ---------------------
PARAGRAPH_1, PARAGRAPH_2 = STORY.split("\n")[1], STORY.split("\n")[2]
# (the line between two paragraphs, taken by the caption model)
MIDDLES = [
    # a picture's scene, no mark, no scene word the rules list: the model takes it (the rules alone keep it)
    ("散场后几位老人拉着民警还想再问几句", True),
    ("现场：城东支行客户经理为员工解答银行卡安全问题", True),
    # must NOT match: the document's subheadings, short or with a comma, numbered, decorated
    ("上门送课", False),
    ("对症支招", False),
    ("强化组织领导", False),
    ("一张卡片，贴在灶台边", False),
    ("二、主要做法", False),
    ("❖ 民警与银行柜员联手 成功拦截一起冒充公检法诈骗", False),
    ("居民说", False),
    # …nor a sentence, whatever it tells
    ("散场后，几位老人拉着民警还想再问几句。", False),
]


@pytest.mark.parametrize("middle, taken", MIDDLES, ids=[m for m, _ in MIDDLES])
def test_what_the_caption_model_takes_between_two_paragraphs(middle, taken):
    page = f"社区开展反诈宣传进万家活动\n{PARAGRAPH_1}\n{middle}\n{PARAGRAPH_2}\n"
    assert (middle not in clean(page)) == taken
    assert middle in clean(page, RULES_ONLY)  # the rules alone keep every one
    if taken:
        assert [e.rule for e in explain(page) if middle in e.old] == ["caption"]


def test_the_caption_model_reads_only_lines_between_two_paragraphs():
    # the same scene at the top of the text, or under a line that is no paragraph, is no candidate
    import importlib

    anatomy = importlib.import_module("zhtools.clean.anatomy")
    line = "散场后几位老人拉着民警还想再问几句"
    for page in (f"{line}\n{PARAGRAPH_1}\n{PARAGRAPH_2}\n", f"{PARAGRAPH_1}\n上门送课\n{line}\n{PARAGRAPH_2}\n"):
        spans, feats, labels, _, intro = anatomy.rule_lines(page)
        assert lm.caption_candidates(page, spans, feats, labels, intro) == []


def test_every_label_of_the_caption_model():
    assert set(lm.caption_tagger().labels()) == {lm.CAPTION, lm.STAYS}
