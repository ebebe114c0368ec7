"""Tables of heading cases for `split_articles`: what splits a page into articles (篇), and
what must not.

Each row is a small cleaned page (simplified, one paragraph a line, full-width punctuation)
and the articles expected from it, written as `(ordinal, title, first 6 characters of the
article text)`: the text is `page[a.start:a.end]`, the title excluded from it.

Ids say where a row comes from: `000-…` … `004-…` are shortened excerpts of the pages in
corpus/processed/documents.jsonl (lines cut to their first sentences); `syn-…` is constructed
in another shape the genre shows; `trad-…` is a traditional-script page converted with
`to_simplified`, as the pipeline does before splitting.

Rows where the current behaviour is arguably wrong carry the right expectation under
`xfail(strict=True)` with the reason; fixing split makes them pass, and fail loudly until the
mark is removed. Every row is a `pytest.param` with its own id, rather than a parallel
`ids=[…]` list, so that a row and its name cannot drift apart in a 40-row table.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhtools.convert import to_simplified
from zhtools.split import split_articles

# Three short paragraphs, told apart by their first six characters.
A = "为落实上级部署，我单位开展了防范电信诈骗宣传活动。"  # 为落实上级部
B = "活动中，民警向群众讲解了常见诈骗手法。"  # 活动中，民警
C = "通过此次活动，群众防骗意识明显提高。"  # 通过此次活动
LONG_A, LONG_B, LONG_C = A + B + C + B, B + C + A + C, C + A + B + A  # a piece's text, long enough to be no paragraph's lead-in
# a news item of two long sentences (150 characters and more)
TWO_LONG_SENTENCES = ("11月5日下午，县实验小学三十六个班同时开讲反诈故事会，故事全部由高年级学生根据家里人的真实经历改编，讲的是冒充客服、刷单返利、"
                      "游戏账号交易等骗局，每个故事讲完，老师都会请学生说一说骗子用了什么话术、该怎样识破、遇到时应该找谁，课后还把故事整理成小册子发给家长。"
                      "学校表示，这样的故事会今后每学期都要开展一次，并邀请派出所民警到校点评学生改编的故事。")
PIECE_A, PIECE_B, PIECE_C = LONG_A + B + C, LONG_B + C + A, LONG_C + A + B  # a piece of a round-up: 100 characters and more
# a site's lead-in of 65 characters and two sentences: longer than a title line, no piece's size
LEAD_65 = "年底用钱的地方多，骗子也忙起来了。下面这几篇是从网友投稿里挑出来的，写法各有不同，供大家对照着看，也欢迎转给身边的老人和孩子看看。"
H = "防范电信诈骗工作总结"

# Paragraphs of a related document as an aggregator shows them: long, flattened with spaces.
S1 = "为进一步提升公众防范意识，保障人民群众财产安全，xx县公安局网安大队立足本职、发挥警种优势，精心组织，周密部署，多措并举，做好防网络、电信诈骗宣传工作。"
S2 = "一、精心准备，有的放矢。为切实做好宣传活动，网安大队全面总结梳理常见典型网络、电信受骗案件，做好归纳，形成通俗易懂的宣传标语及短文。"
S3 = "二、掌控网络宣传阵地。依托微博、论坛等网络宣传阵地，充分发挥兼职情报信息员作用，及时发布网络、电信诈骗警示宣传案例。"
FLAT = f"{S1} {S2} {S3}"  # a complete preview: ends a sentence
FLAT_CUT = f"{S2} {S3} 三、积极拓宽宣传渠道。一是会同派出所开展防范网络、电信诈骗宣传活动，并现场接受群众"  # cut mid-sentence

NUMERALS = "一二三四五六七八九十"


def page(*lines: str) -> str:
    return "\n".join(lines)


def heads(text: str, title: str | None = None) -> list[tuple[int, str | None, str]]:
    return [(a.ordinal, a.title, text[a.start : a.end][:6]) for a in split_articles(text, title).articles]


def known_failure(reason: str) -> pytest.MarkDecorator:
    """A known failure; once fixed, its reason moves to FIXED and the row runs as a regression."""
    if reason in FIXED:
        return pytest.mark.regression_of(reason)
    return pytest.mark.xfail(strict=True, reason=reason)


# Known failures fixed after they were recorded (the reasons say what used to go wrong).
FIXED = {
    "the first article, above the first separator, keeps no title: its title line is left in a lead article 0",
    'the article whose heading was lost before 篇2 is article 1, not 0: ordinals then run 0, 2, 3',
    'a gap in the numbering (篇3 missing) ends the run: article 2 swallows the headings 篇4, 篇5 and their text',
    'a table of contents wins the run: two empty articles, then 篇3 holds every article of the page',
    'a longer run of numbered sub-headings inside 篇一 beats the 篇 run: 篇一/篇二 vanish, 典型案例3 swallows 篇二',
    'two numbered sub-headings unrelated to the title split a news story; the headline becomes a collection title',
    'a glued heading is seen only before a Han character: before a placeholder (xx月, xx派出所) it is missed',
    'HEADING_PIAN_FIRST stops the title at a space and the body starts on the next line: the rest of the line is lost',
    'articles flattened to one spaced line make the page an aggregator: the header becomes article 1, declared is lost',
    "'第一篇：title' headings, common on 范文 sites, are not recognised: one story titled with the header",
    'a title followed by a Chinese numeral (…范文一) is no candidate: HEADING_NUMBERED takes Arabic digits only',
    'with no heading found the page is one story and the declared count is never checked',
    'DECLARED knows 通用/精选/汇总/… but not 共: （共3篇） declares nothing',
    "the untitled first article (heading lost) is not counted: warns 'declared 3 articles, found 2'",
    'a title-like sub-heading inside the heading-less first article becomes the collection title',
    "a sentence line without its final 。 counts as header: its '338篇' is read as a declared count",
    'text before the first inline 篇 marker of a preview belongs to no article: it is dropped',
    'glued headings are looked for only under stems from header lines, never from the page title passed in',
    '【篇1】 opening a heading line is no candidate: a reported page of 3 articles gave 1, warning declared 3, found 1',
    'a bare 【篇1】 or 篇一 line alone splits the page: the prose above it becomes an untitled article 0',
    'a 篇一： heading glued to its first sentence takes the sentence as its title and the next line as its text',
    'the page title passed in is a glued stem only as written: with its year and count (…（精选2篇）) it never matches',
    "t2s turns the financial numeral 參 into 参, which NUM lacks: 篇参 is no heading, article 2 swallows it",
}


ARTICLE_CASES = [
    # --- collections: every heading form -------------------------------------------------
    pytest.param(
        page(f"{H}（通用2篇）", f"{H}篇一", A, f"{H}篇二", B),
        [(1, f"{H}篇一", "为落实上级部"), (2, f"{H}篇二", "活动中，民警")],
        id="syn-pian-chinese-numeral",
    ),
    pytest.param(
        page(H, f"{H}篇1", A, B, f"{H}篇2", C),
        [(1, f"{H}篇1", "为落实上级部"), (2, f"{H}篇2", "通过此次活动")],
        id="syn-pian-arabic",
    ),
    pytest.param(
        page("预防诈骗活动总结", "预防诈骗活动总结 篇1", A, "预防诈骗活动总结 篇2", B, "预防诈骗活动总结 篇3", C),
        [
            (1, "预防诈骗活动总结 篇1", "为落实上级部"),
            (2, "预防诈骗活动总结 篇2", "活动中，民警"),
            (3, "预防诈骗活动总结 篇3", "通过此次活动"),
        ],
        id="syn-pian-after-space",
    ),
    pytest.param(
        page(H, f"{H}【篇1】", A, f"{H}【篇2】", B),
        [(1, f"{H}【篇1】", "为落实上级部"), (2, f"{H}【篇2】", "活动中，民警")],
        id="syn-pian-in-lenticular-brackets",
    ),
    pytest.param(
        page(H, f"{H}（篇1）", A, f"{H}（篇2）", B),
        [(1, f"{H}（篇1）", "为落实上级部"), (2, f"{H}（篇2）", "活动中，民警")],
        id="syn-pian-in-parentheses",
    ),
    pytest.param(
        page("电信诈骗工作总结", "电信诈骗工作总结1", A, B, "电信诈骗工作总结2", C),
        [(1, "电信诈骗工作总结1", "为落实上级部"), (2, "电信诈骗工作总结2", "通过此次活动")],
        id="syn-collection-title-then-number",
    ),
    pytest.param(
        page("反诈宣传工作方案", "工作方案 1", A, "工作方案 2", B, "工作方案 3", C),
        [(1, "工作方案 1", "为落实上级部"), (2, "工作方案 2", "活动中，民警"), (3, "工作方案 3", "通过此次活动")],
        id="syn-title-space-number",
    ),
    pytest.param(
        page("防范电信诈骗活动策划书（通用2篇）", "篇一：防范电信诈骗活动策划书", A, "篇二：反诈宣传周活动策划书", B),
        [(1, "防范电信诈骗活动策划书", "为落实上级部"), (2, "反诈宣传周活动策划书", "活动中，民警")],
        id="syn-pian-first-title-after-colon",
    ),
    pytest.param(
        page(H, f"{H}1为落实此次活动要求，社区开展宣传。", B, f"{H}2为深入开展反诈，派出所组织讲座。", C),
        [(1, f"{H}1", "为落实此次活"), (2, f"{H}2", "为深入开展反")],
        id="syn-heading-glued-to-first-sentence",
    ),
    pytest.param(
        page(H, f"{H}篇1为落实此次活动要求，社区开展宣传。", B, f"{H}篇2为深入开展反诈，派出所组织讲座。", C),
        [(1, f"{H}篇1", "为落实此次活"), (2, f"{H}篇2", "为深入开展反")],
        id="syn-pian-heading-glued-to-first-sentence",
    ),
    pytest.param(
        page(f"2023年{H}（精选2篇）", f"{H}1为落实此次活动要求，社区开展宣传。", f"{H}2为深入开展反诈，派出所组织讲座。"),
        [(1, f"{H}1", "为落实此次活"), (2, f"{H}2", "为深入开展反")],
        id="syn-glued-heading-stem-without-year-and-count",
    ),
    pytest.param(
        page(H, f"{H}篇壹", A, f"{H}篇贰", B, f"{H}篇叁", C),
        [(1, f"{H}篇壹", "为落实上级部"), (2, f"{H}篇贰", "活动中，民警"), (3, f"{H}篇叁", "通过此次活动")],
        id="syn-financial-numerals-after-conversion",
    ),
    pytest.param(
        to_simplified(
            "防範電信詐騙宣導活動成果報告（精選2篇）\n防範電信詐騙宣導活動成果報告篇壹\n為落實上級部署，本單位開展防詐騙宣導。\n"
            "防範電信詐騙宣導活動成果報告篇貳\n活動中，員警向民眾講解常見詐騙手法。"
        ),
        [(1, "防范电信诈骗宣导活动成果报告篇壹", "为落实上级部"), (2, "防范电信诈骗宣导活动成果报告篇贰", "活动中，员警")],
        id="trad-pian-financial-numerals",
    ),
    pytest.param(
        to_simplified(
            "防範電信詐騙宣導活動成果報告（精選3篇）\n防範電信詐騙宣導活動成果報告篇壹\n為落實上級部署，本單位開展防詐騙宣導。\n"
            "防範電信詐騙宣導活動成果報告篇貳\n活動中，員警向民眾講解常見詐騙手法。\n"
            "防範電信詐騙宣導活動成果報告篇參\n經過此次活動，民眾防騙意識明顯提高。"
        ),
        [
            (1, "防范电信诈骗宣导活动成果报告篇壹", "为落实上级部"),
            (2, "防范电信诈骗宣导活动成果报告篇贰", "活动中，员警"),
            (3, "防范电信诈骗宣导活动成果报告篇参", "经过此次活动"),
        ],
        marks=known_failure("t2s turns the financial numeral 參 into 参, which NUM lacks: 篇参 is no heading, article 2 swallows it"),
        id="trad-pian-can-converted-to-simplified",
    ),
    pytest.param(
        page(f"{H}（精选12篇）", f"{H}篇十一", A, f"{H}篇十二", B),
        [(11, f"{H}篇十一", "为落实上级部"), (12, f"{H}篇十二", "活动中，民警")],
        id="syn-pian-two-character-numerals-late-in-page",
    ),
    pytest.param(
        page(H, "篇一", A, "篇二", B),
        [(1, "篇一", "为落实上级部"), (2, "篇二", "活动中，民警")],
        id="syn-bare-pian-lines",
    ),
    pytest.param(
        page(H, f"{H}篇一", A, B),
        [(1, f"{H}篇一", "为落实上级部")],
        id="syn-one-pian-heading-is-enough",
    ),
    pytest.param(
        page(H, f"{H}篇1", A, f"{H}篇2"),
        [(1, f"{H}篇1", "为落实上级部"), (2, f"{H}篇2", "")],
        id="syn-last-heading-without-body",
    ),
    pytest.param(
        page(H, PIECE_A, f"{H}篇1", B, f"{H}篇2", C),
        # a piece's worth of prose before 篇1 is kept apart as an untitled article numbered 0
        [(0, None, "为落实上级部"), (1, f"{H}篇1", "活动中，民警"), (2, f"{H}篇2", "通过此次活动")],
        id="syn-prose-before-pian-1",
    ),
    pytest.param(
        page(H, A, f"{H}篇1", B, f"{H}篇2", C),
        # a lead-in of a sentence or two before 篇1 heads no article (PRE_HEADING_LEAD_IN): it stays in the document's text
        [(1, f"{H}篇1", "活动中，民警"), (2, f"{H}篇2", "通过此次活动")],
        id="syn-a-lead-in-before-pian-1-is-no-article",
    ),
    pytest.param(
        page(H, A, f"{H}篇2", B, f"{H}篇3", C),
        # …but over a run that starts at 篇2 the prose stands for the lost 篇1
        [(1, None, "为落实上级部"), (2, f"{H}篇2", "活动中，民警"), (3, f"{H}篇3", "通过此次活动")],
        id="syn-prose-over-pian-2-is-the-lost-first",
    ),
    pytest.param(
        page(H, A, B, f"{H}篇2", B, f"{H}篇3", C),
        [(1, None, "为落实上级部"), (2, f"{H}篇2", "活动中，民警"), (3, f"{H}篇3", "通过此次活动")],
        marks=known_failure("the article whose heading was lost before 篇2 is article 1, not 0: ordinals then run 0, 2, 3"),
        id="syn-first-article-lost-its-heading",
    ),
    pytest.param(
        page(f"{H}（精选4篇）", f"{H}篇1", A, f"{H}篇2", B, f"{H}篇4", C, f"{H}篇5", A),
        [(1, f"{H}篇1", "为落实上级部"), (2, f"{H}篇2", "活动中，民警"), (4, f"{H}篇4", "通过此次活动"), (5, f"{H}篇5", "为落实上级部")],
        marks=known_failure("a gap in the numbering (篇3 missing) ends the run: article 2 swallows the headings 篇4, 篇5 and their text"),
        id="syn-gap-in-pian-numbering",
    ),
    pytest.param(
        page(f"{H}（精选3篇）", f"{H}篇1", f"{H}篇2", f"{H}篇3", f"{H}篇1", A, f"{H}篇2", B, f"{H}篇3", C),
        [(1, f"{H}篇1", "为落实上级部"), (2, f"{H}篇2", "活动中，民警"), (3, f"{H}篇3", "通过此次活动")],
        marks=known_failure("a table of contents wins the run: two empty articles, then 篇3 holds every article of the page"),
        id="syn-table-of-contents-before-articles",
    ),
    pytest.param(
        page(f"{H}（精选2篇）", f"{H}篇一", A, "典型案例1", B, "典型案例2", C, "典型案例3", A, f"{H}篇二", B),
        [(1, f"{H}篇一", "为落实上级部"), (2, f"{H}篇二", "活动中，民警")],
        marks=known_failure(
            "a longer run of numbered sub-headings inside 篇一 beats the 篇 run: 篇一/篇二 vanish, 典型案例3 swallows 篇二"
        ),
        id="syn-numbered-subheadings-beat-pian-run",
    ),
    pytest.param(
        page("我市破获一起冒充客服电信诈骗案", A, "典型案例1", B, "典型案例2", C),
        [(1, "我市破获一起冒充客服电信诈骗案", "为落实上级部")],
        marks=known_failure("two numbered sub-headings unrelated to the title split a news story; the headline becomes a collection title"),
        id="syn-numbered-subheadings-in-a-story",
    ),
    pytest.param(
        page(
            "电信诈骗工作总结", "电信诈骗工作总结1为落实此次活动要求，社区开展宣传。", B, "电信诈骗工作总结2xx月22日，xx派出所组织讲座。", C
        ),
        [(1, "电信诈骗工作总结1", "为落实此次活"), (2, "电信诈骗工作总结2", "xx月22日")],
        marks=known_failure("a glued heading is seen only before a Han character: before a placeholder (xx月, xx派出所) it is missed"),
        id="syn-glued-heading-before-placeholder",
    ),
    pytest.param(
        page(
            "防范电信诈骗活动策划书（通用2篇）",
            "篇一：防范电信诈骗活动策划书 活动主题为反诈宣传周。",
            A,
            "篇二：反诈宣传周活动策划书 活动主题为反诈进校园。",
            B,
        ),
        [(1, "防范电信诈骗活动策划书", "活动主题为反"), (2, "反诈宣传周活动策划书", "活动主题为反")],
        marks=known_failure(
            "HEADING_PIAN_FIRST stops the title at a space and the body starts on the next line: the rest of the line is lost"
        ),
        id="syn-pian-first-title-then-text-on-the-line",
    ),
    pytest.param(
        page(
            "预防诈骗活动总结",
            "2022年预防诈骗活动总结（精选3篇）",
            "预防诈骗活动总结 篇1",
            FLAT,
            "预防诈骗活动总结 篇2",
            FLAT,
            "预防诈骗活动总结 篇3",
            FLAT,
        ),
        [
            (1, "预防诈骗活动总结 篇1", "为进一步提升"),
            (2, "预防诈骗活动总结 篇2", "为进一步提升"),
            (3, "预防诈骗活动总结 篇3", "为进一步提升"),
        ],
        marks=known_failure(
            "articles flattened to one spaced line make the page an aggregator: the header becomes article 1, declared is lost"
        ),
        id="syn-collection-of-flattened-articles",
    ),
    pytest.param(
        page("防范电信诈骗心得体会（通用2篇）", "第一篇：防范电信诈骗心得体会", A, "第二篇：反诈宣传活动心得体会", B),
        [(1, "防范电信诈骗心得体会", "为落实上级部"), (2, "反诈宣传活动心得体会", "活动中，民警")],
        marks=known_failure("'第一篇：title' headings, common on 范文 sites, are not recognised: one story titled with the header"),
        id="syn-di-yi-pian-colon-title",
    ),
    pytest.param(
        page("防范电信诈骗心得体会（通用2篇）", "防范电信诈骗心得体会范文一", A, "防范电信诈骗心得体会范文二", B),
        [(1, "防范电信诈骗心得体会范文一", "为落实上级部"), (2, "防范电信诈骗心得体会范文二", "活动中，民警")],
        marks=known_failure("a title followed by a Chinese numeral (…范文一) is no candidate: HEADING_NUMBERED takes Arabic digits only"),
        id="syn-title-then-chinese-numeral",
    ),
    # --- number-first headings: 【篇1】, [篇1], 第一篇, 范文一 --------------------------------
    pytest.param(
        page(f"{H}（精选3篇）", f"【篇1】{H}", A, f"【篇2】{H}", B, f"【篇3】{H}", C),
        [(1, f"【篇1】{H}", "为落实上级部"), (2, f"【篇2】{H}", "活动中，民警"), (3, f"【篇3】{H}", "通过此次活动")],
        marks=known_failure(
            "【篇1】 opening a heading line is no candidate: a reported page of 3 articles gave 1, warning declared 3, found 1"
        ),
        id="syn-lenticular-pian-before-title-user-report",
    ),
    pytest.param(
        page(H, f"[篇1]{H}", A, "[篇2]反诈宣传活动总结", B),
        [(1, f"[篇1]{H}", "为落实上级部"), (2, "[篇2]反诈宣传活动总结", "活动中，民警")],
        id="syn-square-bracket-pian-before-title",
    ),
    pytest.param(
        page(H, "【篇1】", A, "[篇2]", B),
        [(1, "【篇1】", "为落实上级部"), (2, "[篇2]", "活动中，民警")],
        id="syn-bracketed-pian-lines-full-and-half-width",
    ),
    pytest.param(
        page(H, f"【篇1】{H} 为落实此次活动要求，社区开展宣传。", B, f"【篇2】{H} 活动主题为反诈进校园。", C),
        [(1, f"【篇1】{H}", "为落实此次活"), (2, f"【篇2】{H}", "活动主题为反")],
        id="syn-lenticular-pian-title-then-text-on-the-line",
    ),
    pytest.param(
        page(H, f"【篇1】{A}", B, f"【篇2】{C}"),
        # the words after the marker are a sentence, not a title: the marker alone is the heading
        [(1, "【篇1】", "为落实上级部"), (2, "【篇2】", "通过此次活动")],
        id="syn-lenticular-pian-glued-to-first-sentence",
    ),
    pytest.param(
        page(H, f"篇一：{A}", B, f"篇二：{C}"),
        [(1, "篇一", "为落实上级部"), (2, "篇二", "通过此次活动")],
        marks=known_failure("a 篇一： heading glued to its first sentence takes the sentence as its title and the next line as its text"),
        id="syn-pian-colon-glued-to-first-sentence",
    ),
    pytest.param(
        page(H, "第一篇", A, "第二篇", B),
        [(1, "第一篇", "为落实上级部"), (2, "第二篇", "活动中，民警")],
        id="syn-di-yi-pian-lines",
    ),
    pytest.param(
        page(H, "第1篇", A, "第2篇", B, "第3篇", C),
        [(1, "第1篇", "为落实上级部"), (2, "第2篇", "活动中，民警"), (3, "第3篇", "通过此次活动")],
        id="syn-di-1-pian-lines",
    ),
    pytest.param(
        page(H, "第1篇:防范电信诈骗心得体会", A, "第2篇: 反诈宣传活动心得体会", B),
        [(1, "防范电信诈骗心得体会", "为落实上级部"), (2, "反诈宣传活动心得体会", "活动中，民警")],
        id="syn-di-1-pian-half-width-colon-title",
    ),
    pytest.param(
        page("防诈骗宣传活动总结范文（通用2篇）", "范文一：防诈骗宣传活动总结", A, "范文二：反诈进校园活动总结", B),
        [(1, "防诈骗宣传活动总结", "为落实上级部"), (2, "反诈进校园活动总结", "活动中，民警")],
        id="syn-fanwen-colon-title",
    ),
    pytest.param(
        page(H, "范文1:防诈骗宣传活动总结", A, "范文2:反诈进校园活动总结", B),
        [(1, "防诈骗宣传活动总结", "为落实上级部"), (2, "反诈进校园活动总结", "活动中，民警")],
        id="syn-fanwen-arabic-half-width-colon-title",
    ),
    pytest.param(
        page(H, "范文一", A, "范文二", B),
        [(1, "范文一", "为落实上级部"), (2, "范文二", "活动中，民警")],
        id="syn-fanwen-lines",
    ),
    pytest.param(
        page(H, f"{H}范文(篇1)", A, f"{H}范文（篇2）", B),
        [(1, f"{H}范文(篇1)", "为落实上级部"), (2, f"{H}范文（篇2）", "活动中，民警")],
        id="syn-fanwen-pian-in-parentheses",
    ),
    # --- a title, then a bracketed number: X（一）, X(2) -------------------------------------
    pytest.param(
        page(f"{H}（精选2篇）", f"{H}（一）", A, f"{H}（二）", B),
        [(1, f"{H}（一）", "为落实上级部"), (2, f"{H}（二）", "活动中，民警")],
        id="syn-title-then-bracketed-chinese-numeral",
    ),
    pytest.param(
        page(H, f"{H}(1)", A, f"{H}(2)", B, f"{H}(3)", C),
        [(1, f"{H}(1)", "为落实上级部"), (2, f"{H}(2)", "活动中，民警"), (3, f"{H}(3)", "通过此次活动")],
        id="syn-title-then-half-width-bracketed-number",
    ),
    pytest.param(
        page(f"{H}（精选2篇）", f"{H}（一）", "（一）领导重视", A, "（二）加强宣传", B, f"{H}（二）", C),
        [(1, f"{H}（一）", "（一）领导重"), (2, f"{H}（二）", "通过此次活动")],
        id="syn-title-then-bracketed-numeral-over-sections",
    ),
    # --- shortened excerpts of the real pages ----------------------------------------------
    pytest.param(
        page(
            "打击防范电信诈骗工作总结汇报 打击防范电信诈骗工作总结（通用6篇）",
            "打击防范电信诈骗工作总结汇报篇一",
            "近年来，利用电信发布虚假消息，从事诈骗的犯罪活动已经成为社会治安的突出问题。",
            "一是在营业厅内显目位置张贴防范电信网络诈骗宣传海报。",
            "打击防范电信诈骗工作总结汇报篇二",
            "为进一步提高辖区居民电信网络诈骗防范意识，xx派出所立足辖区实际开展宣传。",
            "一是深入社区小区，紧盯居民群体。",
        ),
        [(1, "打击防范电信诈骗工作总结汇报篇一", "近年来，利用"), (2, "打击防范电信诈骗工作总结汇报篇二", "为进一步提高")],
        id="000-pian-under-two-titles-on-one-line",
    ),
    pytest.param(
        page(
            "电信诈骗工作总结",
            "电信诈骗工作总结1",
            "为预防和减少电信网络诈骗案件的发生，切实提高群众防范电信网络诈骗的意识。",
            "电信诈骗工作总结2",
            "xx月22日，xx分局xx派出所组织社区民警对辖区校园进行防范宣传活动。",
            "电信诈骗工作总结3",
            "面对当前电信诈骗居高不下的情况，ⅩⅩ支行构建了一道严密的防护网。",
            "一、加强电信诈骗防范意识教育",
            "ⅩⅩ支行在室内、外电子屏进行防范电信诈骗的提醒。",
        ),
        [(1, "电信诈骗工作总结1", "为预防和减少"), (2, "电信诈骗工作总结2", "xx月22日"), (3, "电信诈骗工作总结3", "面对当前电信")],
        id="001-collection-title-then-number",
    ),
    pytest.param(
        page(
            "预防诈骗活动总结",
            "2022年预防诈骗活动总结（精选24篇）",
            "预防诈骗活动总结 篇1",
            "为有效遏制当前通讯诈犯罪高发势头，东区开展了宣传月活动，现将我校活动总结如下：",
            "预防诈骗活动总结 篇2",
            "为加强医保基金监管，我院积极开展集中宣传月各项工作。",
            "一、是院领导高度重视，及时安排布置宣传工作。",
            "医院班子成员及时学习领会《方案》要求。",
        ),
        [(1, "预防诈骗活动总结 篇1", "为有效遏制当"), (2, "预防诈骗活动总结 篇2", "为加强医保基")],
        id="002-pian-after-space-under-two-header-lines",
    ),
    pytest.param(
        page(
            "2023年防范电信网络诈骗专项行动半年度工作总结（精选5篇）",
            "防范电信网络诈骗专项行动半年度工作总结篇一",
            "将近年关，电信诈骗案件呈现高发态势，我行组织开展防电信诈骗知识讲座。",
            "防范电信网络诈骗专项行动半年度工作总结篇二",
            "近年来，借助电信技术手段实施罪案件数呈上升趋势。",
            "（一）领导重视，组织有力。成立##桥镇反诈联盟。",
            "（三）在各类反诈微信公众号中挑选有典型性的反诈推文60余篇，同时制作13期“防骗攻略”。",
        ),
        [
            (1, "防范电信网络诈骗专项行动半年度工作总结篇一", "将近年关，电"),
            (2, "防范电信网络诈骗专项行动半年度工作总结篇二", "近年来，借助"),
        ],
        id="003-pian-under-title-with-year-and-count",
    ),
    # --- one story, one article -----------------------------------------------------------
    pytest.param(
        page("幸福里社区开展反电信诈骗宣传活动", "10月20日，幸福里社区开展反电信诈骗宣传活动。", B, C),
        [(1, "幸福里社区开展反电信诈骗宣传活动", "10月20日")],
        id="syn-single-news-story",
    ),
    # --- must not split -------------------------------------------------------------------
    pytest.param(
        page("全市防范电信诈骗宣传工作总结", "今年以来，全市推出专题稿件338篇。", B),
        [(1, "全市防范电信诈骗宣传工作总结", "今年以来，全")],
        id="syn-sentence-counting-pian",
    ),
    pytest.param(
        page(H, "1、成立领导小组。", "2、加强宣传教育。", "3、强化督导考核。"),
        [(1, H, "1、成立领导")],
        id="syn-arabic-list-items",
    ),
    pytest.param(
        page(H, "一是加强组织领导。", "二是强化宣传教育。", "三是狠抓工作落实。"),
        [(1, H, "一是加强组织")],
        id="syn-yishi-list-items",
    ),
    pytest.param(
        page("防范电信诈骗集中宣传月活动方案", "一、工作目标", A, "二、组织领导", B, "三、工作要求", C),
        [(1, "防范电信诈骗集中宣传月活动方案", "一、工作目标")],
        id="syn-section-headings",
    ),
    pytest.param(
        page(H, "（一）领导重视", A, "（二）加强宣传", B, "（三）注重实效", C),
        [(1, H, "（一）领导重")],
        id="syn-parenthesised-section-headings",
    ),
    pytest.param(
        page(
            "新社保年度将至 谨防社保类诈骗", "市社保中心提醒，近期社保类诈骗明显增多。", "引导联系某电话套取信息", B, "有疑问可拨打12333", C
        ),
        [(1, "新社保年度将至 谨防社保类诈骗", "市社保中心提")],
        id="002-stray-lines-ending-in-numbers-and-subheading",
    ),
    pytest.param(
        page("谨防社保类诈骗", A, "有疑问可拨打12333", B, "反诈咨询请拨打96110", C, "咨询电话12334", A),
        [(1, "谨防社保类诈骗", "为落实上级部")],
        id="syn-several-hotline-lines",
    ),
    pytest.param(
        page("防范电信诈骗心得体会", A, "第2篇", B),
        [(1, "防范电信诈骗心得体会", "为落实上级部")],
        id="syn-di-2-pian-line-in-prose",
    ),
    pytest.param(
        page("防范电信诈骗工作方案", A, "附件1", B, "附件2", C),
        [(1, "防范电信诈骗工作方案", "为落实上级部")],
        id="syn-attachment-lines",
    ),
    pytest.param(
        page("天柱县第一小学开展预防网络电信诈骗宣传教育", A, "第一步，开展集中宣传教育活动。", "第二步，分班结合主题班会再教育。", C),
        [(1, "天柱县第一小学开展预防网络电信诈骗宣传教育", "为落实上级部")],
        id="001-steps-in-a-story",
    ),
    pytest.param(
        page(H, A, "【篇1】", B),
        [(1, H, "为落实上级部")],
        marks=known_failure("a bare 【篇1】 or 篇一 line alone splits the page: the prose above it becomes an untitled article 0"),
        id="syn-one-lenticular-pian-line-without-a-run",
    ),
    pytest.param(
        page(H, A, "篇一", B),
        [(1, H, "为落实上级部")],
        marks=known_failure("a bare 【篇1】 or 篇一 line alone splits the page: the prose above it becomes an untitled article 0"),
        id="syn-one-bare-pian-line-without-a-run",
    ),
    pytest.param(
        page(H, f"【篇1】{H}", A, B),
        [(1, H, f"【篇1】{H[:2]}")],
        id="syn-one-lenticular-pian-title-without-a-run",
    ),
    pytest.param(
        page(H, "这是我写的第一篇反诈心得。", A, "第二篇文章讲的是刷单诈骗。", B),
        [(1, H, "这是我写的第")],
        id="syn-di-yi-pian-inside-sentences",
    ),
    pytest.param(
        page(H, A, "第一篇", B),
        [(1, H, "为落实上级部")],
        id="syn-one-di-yi-pian-line-without-a-run",
    ),
    pytest.param(
        page(H, "范文一和范文二都写得很好，值得借鉴。", A, "范文二写得更好。", B),
        [(1, H, "范文一和范文")],
        id="syn-fanwen-mentioned-in-prose",
    ),
    pytest.param(
        page(H, A, "范文一：写得很好，值得借鉴。", B),
        [(1, H, "为落实上级部")],
        id="syn-one-fanwen-colon-sentence-without-a-run",
    ),
    pytest.param(
        page(f"{H}（一）", "（一）领导重视", A, "（二）加强宣传", B),
        [(1, f"{H}（一）", "（一）领导重")],
        id="syn-title-with-bracketed-numeral-then-sections",
    ),
    pytest.param(
        page(H, f"{H}（一）", A, "反诈宣传活动总结（二）", B),
        [(1, H, H[:6])],
        id="syn-bracketed-numerals-under-different-titles",
    ),
    pytest.param(
        page(H, f"{H}（二）", A, f"{H}（一）", B),
        [(1, H, H[:6])],
        id="syn-bracketed-numerals-out-of-order",
    ),
    pytest.param(
        page("我市破获一起冒充客服电信诈骗案", A, "典型案例（一）", B, "典型案例（二）", C),
        [(1, "我市破获一起冒充客服电信诈骗案", "为落实上级部")],
        id="syn-bracketed-subheadings-in-a-story",
    ),
    pytest.param(
        page(H, f"{H}1为落实此次活动要求，社区开展宣传。", B),
        [(1, H, H[:6])],
        id="syn-one-glued-heading-without-a-run",
    ),
    # found by tests/gold/anatomy/dev3 (written apart from the rules): forms 范文 sites use
    pytest.param(
        page("农商银行反诈工作总结（集合3篇）", "农商银行反诈工作总结1为落实上级部署，我行开展宣传。", B, "农商银行反诈工作总结2今年以来，我行持续宣传。", C),
        [(1, "农商银行反诈工作总结1", "为落实上级部"), (2, "农商银行反诈工作总结2", "今年以来，我")],
        id="syn-glued-headings-under-any-count-word",
    ),
    pytest.param(
        page("学校反诈工作计划（精选2篇）", "学校反诈工作计划（第1篇）", A, "学校反诈工作计划（第2篇）", B),
        [(1, "学校反诈工作计划（第1篇）", "为落实上级部"), (2, "学校反诈工作计划（第2篇）", "活动中，民警")],
        id="syn-bracketed-di-pian-headings",
    ),
    pytest.param(
        page("反诈倡议书范文（3篇）", "一、致全市老年朋友的反诈倡议书", "尊敬的老年朋友们：", A, "二、致全校师生的反诈倡议书", "全校师生们：", B),
        [(1, "一、致全市老年朋友的反诈倡议书", "尊敬的老年朋"), (2, "二、致全校师生的反诈倡议书", "全校师生们：")],
        id="syn-enumerated-headings-ending-in-the-collection-genre",
    ),
    pytest.param(
        page("反诈宣传进校园活动简报大全", "【推荐】城南中学开展反诈宣传活动简报", A, "【精华】理工学院举办反诈讲座简报", B, "职业学校反诈知识竞赛活动简报", C),
        [(1, "【推荐】城南中学开展反诈宣传活动简报", "为落实上级部"), (2, "【精华】理工学院举办反诈讲座简报", "活动中，民警"), (3, "职业学校反诈知识竞赛活动简报", "通过此次活动")],
        id="syn-tagged-headings-ending-in-the-collection-genre",
    ),
    pytest.param(
        page("心得体会范文四篇", "防范电信诈骗学习心得体会之一", A, "防范电信诈骗学习心得体会之二", B),
        [(1, "防范电信诈骗学习心得体会之一", "为落实上级部"), (2, "防范电信诈骗学习心得体会之二", "活动中，民警")],
        id="syn-zhi-numbered-headings",
    ),
    pytest.param(
        page("防范电信网络诈骗倡议书【精选2篇】", "防范电信网络诈骗倡议书【1】", A, "防范电信网络诈骗倡议书【2】", B),
        [(1, "防范电信网络诈骗倡议书【1】", "为落实上级部"), (2, "防范电信网络诈骗倡议书【2】", "活动中，民警")],
        id="syn-lenticular-numbered-headings",
    ),
    pytest.param(
        page("反诈演讲稿范文（2篇）", "范例一：守住钱袋子，从不轻信开始", A, "范例二：做一名清醒的反诈少年", B),
        [(1, "范例一：守住钱袋子，从不轻信开始", "为落实上级部"), (2, "范例二：做一名清醒的反诈少年", "活动中，民警")],
        id="syn-sample-numbered-headings",
    ),
    pytest.param(
        page("反诈承诺书（2篇）", "样本1 学生防范电信网络诈骗承诺书", A, "样本2 教职工防范电信网络诈骗承诺书", B),
        [(1, "样本1 学生防范电信网络诈骗承诺书", "为落实上级部"), (2, "样本2 教职工防范电信网络诈骗承诺书", "活动中，民警")],
        id="syn-sample-with-a-space",
    ),
    pytest.param(
        page("全民反诈倡议书范本（收录2则）", "第一则：致全体市民的倡议书", A, "第二则：致青年学生的倡议书", B),
        [(1, "第一则：致全体市民的倡议书", "为落实上级部"), (2, "第二则：致青年学生的倡议书", "活动中，民警")],
        id="syn-di-ze-headings",
    ),
    pytest.param(
        page("反诈宣传标语（分两辑）", "反诈宣传标语 · 第一辑", A, "反诈宣传标语 · 第二辑", B),
        [(1, "反诈宣传标语 · 第一辑", "为落实上级部"), (2, "反诈宣传标语 · 第二辑", "活动中，民警")],
        id="syn-ordinal-after-a-separator",
    ),
    pytest.param(
        page("观看反诈宣传片心得体会（精录两篇）", "观看反诈宣传片心得体会——第一篇", A, "观看反诈宣传片心得体会——第二篇", B),
        [(1, "观看反诈宣传片心得体会——第一篇", "为落实上级部"), (2, "观看反诈宣传片心得体会——第二篇", "活动中，民警")],
        id="syn-di-pian-after-a-dash",
    ),
    pytest.param(  # s22 (dev60/6218): a space alone before the ordinal
        page("反诈横幅标语（精选2篇）", "反诈横幅标语 第一篇", A, "反诈横幅标语 第二篇", B),
        [(1, "反诈横幅标语 第一篇", "为落实上级部"), (2, "反诈横幅标语 第二篇", "活动中，民警")],
        id="s22-di-pian-after-a-space",
    ),
    pytest.param(
        page("主题演讲稿三例", "其一　守好我们的钱袋子", A, "其二　别让馅饼变成陷阱", B, "其三　做反诈路上的明白人", C),
        [(1, "其一　守好我们的钱袋子", "为落实上级部"), (2, "其二　别让馅饼变成陷阱", "活动中，民警"), (3, "其三　做反诈路上的明白人", "通过此次活动")],
        id="syn-qi-numbered-declared",
    ),
    pytest.param(
        page("学习反诈法心得体会（荐读2篇）", "①机关干部学习反诈法心得体会", A, "②中学教师学习反诈法心得体会", B),
        [(1, "①机关干部学习反诈法心得体会", "为落实上级部"), (2, "②中学教师学习反诈法心得体会", "活动中，民警")],
        id="syn-circled-numbers-declared",
    ),
    pytest.param(
        page("防范电信网络诈骗工作计划汇编", "Ⅰ．村防范电信网络诈骗工作计划", A, "Ⅱ．企业防范电信网络诈骗工作计划", B),
        [(1, "Ⅰ．村防范电信网络诈骗工作计划", "为落实上级部"), (2, "Ⅱ．企业防范电信网络诈骗工作计划", "活动中，民警")],
        id="syn-roman-numerals-genre-titles",
    ),
    pytest.param(
        page("敲门行动实施方案（A、B两版）", "A版　城市社区敲门行动实施方案", A, "B版　农村村居敲门行动实施方案", B),
        [(1, "A版　城市社区敲门行动实施方案", "为落实上级部"), (2, "B版　农村村居敲门行动实施方案", "活动中，民警")],
        id="syn-letter-versions-genre-titles",
    ),
    pytest.param(
        page("会员单位反诈宣传简报汇编（2024年第二季度）", "建设银行“反诈宣传进集市”活动简报5月18日是城西镇的传统集日。", B,
             "农商银行开展养老金融反诈宣传简报为切实守护老年人养老钱，我行开展了宣传。", C),
        [(1, "建设银行“反诈宣传进集市”活动简报", "5月18日是"), (2, "农商银行开展养老金融反诈宣传简报", "为切实守护老")],
        id="syn-genre-headings-glued-to-their-first-sentence",
    ),
    pytest.param(  # dev34/3608: a document opens on its term ("本学期，"), the heading glued before it
        page("反诈宣传工作小结（三例）", "一、xx村防范电信诈骗宣传工作小结今年以来，我村开展了宣传。", B, "二、xx小学反诈宣传教育工作小结本学期，学校把反诈教育作为重点。", C,
             "三、xx物业服务中心反诈宣传工作小结上半年，中心协助社区民警上门劝阻3起。", A),
        [(1, "一、xx村防范电信诈骗宣传工作小结", "今年以来，我"), (2, "二、xx小学反诈宣传教育工作小结", "本学期，学校"), (3, "三、xx物业服务中心反诈宣传工作小结", "上半年，中心")],
        id="dev34-genre-headings-glued-before-a-term"),
    pytest.param(  # must not split: a summary's own sentence on its term
        page("反诈宣传工作小结汇编", "学校反诈宣传工作小结本学期共编发三份，发放宣传资料。", "社区工作小结显示，宣传成效明显。"),
        [(1, "反诈宣传工作小结汇编", "学校反诈宣传")],
        id="syn-genre-word-before-a-term-in-a-sentence"),
    pytest.param(  # must not split: the genre word inside the collection's own sentences
        page("社区反诈工作简报汇编", "今年以来社区共编发反诈工作简报12期，发放宣传资料。", "社区工作简报显示，宣传成效明显。"),
        [(1, "社区反诈工作简报汇编", "今年以来社区")],
        id="syn-genre-word-in-a-sentence-is-no-heading",
    ),
    pytest.param(  # must not split: a police release lists its cases as 第一例：/第二例：
        page("警方发布典型案例", A, "第一例：冒充电商客服诈骗", B, "第二例：刷单返利诈骗", C),
        [(1, "警方发布典型案例", "为落实上级部")],
        id="review2-cases-of-one-release",
    ),
    pytest.param(  # the 篇 run wins over ①② points inside article 1 (an unsupported run hid it)
        page("工作总结（2篇）", "篇一：社区工作总结", "①加强宣传", A, "②强化预警", B, "篇二：银行工作总结", C),
        [(1, "社区工作总结", "①加强宣传\n"), (2, "银行工作总结", "通过此次活动")],
        id="review2-points-inside-an-article",
    ),
    pytest.param(  # must not split: a plan's own points numbered ①②, neither declared nor genre titles
        page("社区反诈宣传工作方案", A, "①加强组织领导", B, "②强化宣传引导", C),
        [(1, "社区反诈宣传工作方案", "为落实上级部")],
        id="syn-circled-points-of-one-plan",
    ),
    pytest.param(  # must not split: 其一/其二 inside one story, no count declared, titles of no genre
        page("民警提醒", A, "其一　不要轻信陌生来电", B, "其二　不要点击陌生链接", C),
        [(1, "民警提醒", "为落实上级部")],
        id="syn-qi-points-of-one-story",
    ),
    pytest.param(
        page("反诈知识测试题（3套含答案）", "第一套：小学生反诈知识测试题", A, "第二套：中学生反诈知识测试题", B),
        [(1, "第一套：小学生反诈知识测试题", "为落实上级部"), (2, "第二套：中学生反诈知识测试题", "活动中，民警")],
        id="syn-quiz-sets",
    ),
    pytest.param(
        page("致家长的一封信（精选2篇）", "（一）寒假防范电信网络诈骗致家长的一封信", "尊敬的家长朋友：", A, "（二）暑假防范电信网络诈骗致家长的一封信", "亲爱的家长：", B),
        [(1, "（一）寒假防范电信网络诈骗致家长的一封信", "尊敬的家长朋"), (2, "（二）暑假防范电信网络诈骗致家长的一封信", "亲爱的家长：")],
        id="syn-bracket-numbered-letters-in-a-collection",
    ),
    pytest.param(
        page("温馨提示范文（3篇）", "关于防范冒充社保局实施诈骗的温馨提示", A, "致辖区个体工商户的防范电信网络诈骗提醒", B, "春节期间防范电信网络诈骗告知书", C),
        [(1, "关于防范冒充社保局实施诈骗的温馨提示", "为落实上级部"), (2, "致辖区个体工商户的防范电信网络诈骗提醒", "活动中，民警"), (3, "春节期间防范电信网络诈骗告知书", "通过此次活动")],
        id="syn-notices-of-mixed-genres-in-a-collection",
    ),
    pytest.param(
        page("反诈宣传手册（通用2篇）", (A + B + C) * 4, "（一）防范冒充客服的提示", B, "（二）防范刷单的提示", C),
        [(1, "反诈宣传手册（通用2篇）", "为落实上级部")],
        id="syn-genre-lines-after-long-text-are-its-sections",
    ),
    pytest.param(
        page("防范电信网络诈骗演讲稿（优选2篇）", "防范电信网络诈骗演讲稿【篇一】", A, "防范电信网络诈骗演讲稿【篇二】", B),
        [(1, "防范电信网络诈骗演讲稿【篇一】", "为落实上级部"), (2, "防范电信网络诈骗演讲稿【篇二】", "活动中，民警")],
        id="syn-pian-in-lenticular-brackets-after-the-title",
    ),
    pytest.param(
        page("校园反诈广播稿（精选2篇）", "1、小心“免费领皮肤”的陷阱", "亲爱的同学们：", A, "2、开学季，警惕“学长”的缴费通知", "老师们、同学们：", B),
        [(1, "1、小心“免费领皮肤”的陷阱", "亲爱的同学们"), (2, "2、开学季，警惕“学长”的缴费通知", "老师们、同学")],
        id="syn-numbered-speeches-each-addressing-its-audience",
    ),
    pytest.param(
        page("校园反诈广播稿", "1、小心“免费领皮肤”的陷阱", "亲爱的同学们：", A, "2、开学季，警惕“学长”的缴费通知", B),
        [(1, "校园反诈广播稿", "1、小心“免")],
        id="syn-numbered-lines-of-one-speech",
    ),
    pytest.param(
        page("社区反诈工作计划", "一、指导思想", A, "二、工作总结", B, "三、下一步计划", C),
        [(1, "社区反诈工作计划", "一、指导思想")],
        id="syn-sections-ending-in-genre-words-in-a-single-plan",
    ),
    pytest.param(
        page("反诈工作方案范文", "一、工作目标", A, "二、方案", B),
        [(1, "反诈工作方案范文", "一、工作目标")],
        id="syn-a-section-that-is-only-the-genre-word",
    ),
    # dev9: a bar after the ordinal, a glued heading opening on 本周
    pytest.param(
        page("防范电信网络诈骗工作讲话稿（2篇）", "第一篇丨在全镇反诈工作推进会上的讲话", A, "第二篇丨在反诈宣传月启动仪式上的致辞", B),
        [(1, "在全镇反诈工作推进会上的讲话", "为落实上级部"), (2, "在反诈宣传月启动仪式上的致辞", "活动中，民警")],
        id="dev9-di-pian-bar",
    ),
    pytest.param(
        page("社区反诈宣传活动简报汇编（2篇）", "1.青梧社区开展反诈宣传进商圈活动简报本周六上午，青梧社区走进商圈开展宣传。", A,
             "2.石桥社区反诈课堂走进老年大学简报6月3日，石桥社区走进老年大学开展宣传。", B),
        [(1, "1.青梧社区开展反诈宣传进商圈活动简报", "本周六上午，"), (2, "2.石桥社区反诈课堂走进老年大学简报", "6月3日，石")],
        id="dev9-numbered-glued-on-this-week",
    ),
    # dev10: heading forms no set held
    pytest.param(page(f"{H}（含2篇）", f"{H}（其一）", A, f"{H}（其二）", B), [(1, f"{H}（其一）", "为落实上级部"), (2, f"{H}（其二）", "活动中，民警")], id="dev10-qi-in-brackets"),
    pytest.param(page("防范电信网络诈骗倡议书（2份）", "反诈倡议书之一：致辖区老年朋友", A, "反诈倡议书之二：致全体在校同学", B),
                 [(1, "反诈倡议书之一：致辖区老年朋友", "为落实上级部"), (2, "反诈倡议书之二：致全体在校同学", "活动中，民警")], id="dev10-zhi-n-colon-subtitle"),
    pytest.param(page("反诈宣传活动致辞稿", "反诈宣传进社区启动仪式致辞 [第1篇]", A, "银行反诈宣传月启动仪式致辞 [第2篇]", B),
                 [(1, "反诈宣传进社区启动仪式致辞 [第1篇]", "为落实上级部"), (2, "银行反诈宣传月启动仪式致辞 [第2篇]", "活动中，民警")], id="dev10-di-n-pian-in-square-brackets"),
    pytest.param(page("社区反诈宣传工作简报选编", "No.1｜枫林社区开展反诈宣传进驿站活动", A, "No.2｜柳岸社区举办防骗课堂", B),
                 [(1, "No.1｜枫林社区开展反诈宣传进驿站活动", "为落实上级部"), (2, "No.2｜柳岸社区举办防骗课堂", "活动中，民警")], id="dev10-no-dot-n-bar"),
    pytest.param(page("观后感（本页收2篇）", "1/2 别让好奇心害了你", A, "2/2 我给奶奶上了一课", B),
                 [(1, "1/2 别让好奇心害了你", "为落实上级部"), (2, "2/2 我给奶奶上了一课", "活动中，民警")], id="dev10-n-of-count"),
    pytest.param(page("反诈工作总结（精编2例）", "【精选范文1】xx派出所反诈宣传工作总结", A, "【精选范文2】xx社区防范电信网络诈骗工作总结", B),
                 [(1, "【精选范文1】xx派出所反诈宣传工作总结", "为落实上级部"), (2, "【精选范文2】xx社区防范电信网络诈骗工作总结", "活动中，民警")], id="dev10-sample-in-brackets"),
    pytest.param(page("活动方案（五篇合集）", "范文（一）xx社区活动方案", A, "范文（二）xx中学活动方案", B),
                 [(1, "范文（一）xx社区活动方案", "为落实上级部"), (2, "范文（二）xx中学活动方案", "活动中，民警")], id="dev10-sample-bracketed-number"),
    pytest.param(page("致家长的一封信（精选2封）", "壹　致全校学生家长的一封信", A, "贰　致辖区居民朋友的一封信", B),
                 [(1, "壹　致全校学生家长的一封信", "为落实上级部"), (2, "贰　致辖区居民朋友的一封信", "活动中，民警")], id="dev10-financial-numerals"),
    pytest.param(  # not headings: a plan's own points numbered with financial numerals, no count declared
        page("反诈宣传工作方案", "壹　加强组织领导", A, "贰　强化宣传教育", B), [(1, "反诈宣传工作方案", "壹　加强组织")], id="dev10-financial-numerals-unsupported"),
    # session 2026-12-05: heading forms of the held sets' shapes and dev10's ornaments, each with a row that must not split
    pytest.param(page("反诈案例分析（精选2篇）", "案例一：冒充客服退款诈骗", A, "案例二：刷单返利诈骗", B),
                 [(1, "案例一：冒充客服退款诈骗", "为落实上级部"), (2, "案例二：刷单返利诈骗", "活动中，民警")], id="syn-word-ordinal-colon-declared"),
    pytest.param(  # not headings: a release's cases, no count declared, titles in no genre word
        page("警方发布典型案例", "案例一：冒充客服退款诈骗", A, "案例二：刷单返利诈骗", B), [(1, "警方发布典型案例", "案例一：冒充")], id="syn-word-ordinal-release-cases"),
    pytest.param(  # not headings: a handbook's chapters ("篇章一　识骗"), one document
        page("老年人防骗手册", "篇章一　识骗", A, "篇章二　防骗", B), [(1, "老年人防骗手册", "篇章一　识骗")], id="dev10-chapters-of-one-handbook"),
    pytest.param(page("反诈心得体会（精选2篇）", "（1）学习反诈知识心得体会", A, "（2）观看反诈宣传片心得体会", B),
                 [(1, "（1）学习反诈知识心得体会", "为落实上级部"), (2, "（2）观看反诈宣传片心得体会", "活动中，民警")], id="syn-bracketed-arabic-genre-titles"),
    pytest.param(page("反诈心得体会汇编", f"{H}〔一〕", A, f"{H}〔二〕", B), [(1, f"{H}〔一〕", "为落实上级部"), (2, f"{H}〔二〕", "活动中，民警")],
                 id="syn-tortoise-shell-brackets-after-the-title"),
    pytest.param(page("反诈宣传活动方案（2篇）", "反诈宣传活动方案A", A, "反诈宣传活动方案B", B),
                 [(1, "反诈宣传活动方案A", "为落实上级部"), (2, "反诈宣传活动方案B", "活动中，民警")], id="syn-version-letters-after-the-title"),
    pytest.param(  # not headings: a plan's own two options, no count declared
        page("反诈宣传活动安排", "宣传形式：方案A", A, "宣传形式：方案B", B), [(1, "反诈宣传活动安排", "宣传形式：方")], id="syn-version-letters-of-one-plan"),
    pytest.param(page("反诈简报汇编", f"{H}　01", A, f"{H}　02", B), [(1, f"{H}　01", "为落实上级部"), (2, f"{H}　02", "活动中，民警")],
                 id="syn-number-after-an-ideographic-space"),
    pytest.param(page("反诈宣传新闻稿范文（3则可参考）", "❖ 我区开展集中宣传活动", A, "❖ 反诈课走进职业技术学院", B, "❖ 民警与柜员联手拦截诈骗", C),
                 [(1, "❖ 我区开展集中宣传活动", "为落实上级部"), (2, "❖ 反诈课走进职业技术学院", "活动中，民警"), (3, "❖ 民警与柜员联手拦截诈骗", "通过此次活动")],
                 id="dev10-decorated-headings-declared"),
    pytest.param(  # not headings: a summary's own decorated sections, no count declared
        page(H, "◆ 强化组织领导", A, "◆ 丰富宣传形式", B), [(1, H, "◆ 强化组织")], id="syn-decorated-sections-of-one-summary"),
    pytest.param(page("防范电信网络诈骗讲话稿（共5篇）", "—— 一 ——", "在联席会议上的讲话", A, "—— 二 ——", "在志愿服务队成立仪式上的讲话", B),
                 [(1, "在联席会议上的讲话", "为落实上级部"), (2, "在志愿服务队成立仪式上的讲话", "活动中，民警")], id="dev10-ordinal-alone-above-the-title"),
    pytest.param(page("学习心得体会（三篇任选）", "学习反诈法心得体会", "（一）", A, "学习反诈法心得体会", "（二）", B),
                 [(1, "学习反诈法心得体会", "为落实上级部"), (2, "学习反诈法心得体会", "活动中，民警")], id="dev10-ordinal-alone-under-the-title"),
    pytest.param(  # not headings: section numbers alone above a summary's own section titles
        page(H, "一", "强化组织领导", A, "二", "丰富宣传形式", B), [(1, H, "一\n强化组织")], id="syn-lone-section-numbers-of-one-summary"),
    pytest.param(page("校园反诈简报3份", "（1）《xx小学开展反诈小课堂活动》9月20日下午，xx小学开展活动。", A, "（2）《xx中学举行反诈知识竞赛》为进一步增强意识，xx中学举行竞赛。", B),
                 [(1, "（1）《xx小学开展反诈小课堂活动》", "9月20日下"), (2, "（2）《xx中学举行反诈知识竞赛》", "为进一步增强")], id="dev10-number-and-book-title-glued"),
    pytest.param(  # not headings: a summary's points citing the law, no count declared
        page("社区反诈工作总结", "（1）《反电信网络诈骗法》宣传进楼栋，覆盖居民500户。", A, "（2）《致家长的一封信》发放1200份。", B),
        [(1, "社区反诈工作总结", "（1）《反电")], id="syn-points-citing-books-of-one-summary"),
    pytest.param(page("“反诈宣传月”活动简报集锦", "▍县公安局启动宣传月活动", A, "▍县教育局部署宣传教育", B),
                 [(1, "▍县公安局启动宣传月活动", "为落实上级部"), (2, "▍县教育局部署宣传教育", "活动中，民警")], id="dev10-decorated-headings-of-a-gathered-title"),
    pytest.param(page("xx镇各村（社区）“反诈宣传月”活动方案", "一、xx村“反诈宣传月”活动方案", "为增强村民防范意识，结合本村实际，制定本方案。", A,
                      "二、xx社区“反诈宣传月”活动方案", "为深入推进宣传，制定本方案。", B),
                 [(1, "一、xx村“反诈宣传月”活动方案", "为增强村民防"), (2, "二、xx社区“反诈宣传月”活动方案", "为深入推进宣")], id="dev10-plans-each-opening-on-themselves"),
    pytest.param(  # not articles: a plan's sections end in its genre word but none opens on itself
        page("xx社区反诈宣传活动方案", "一、宣传进楼栋活动方案", A, "二、宣传进商圈活动方案", B),
        [(1, "xx社区反诈宣传活动方案", "一、宣传进楼")], id="syn-sections-ending-in-the-genre-of-one-plan"),
    pytest.param(page("反诈宣传月全套资料（4份打包）", "01 社区反诈宣传月活动方案.docx", A, "02 反诈宣传月活动总结.docx", B),
                 [(1, "01 社区反诈宣传月活动方案.docx", "为落实上级部"), (2, "02 反诈宣传月活动总结.docx", "活动中，民警")], id="dev7-files-of-a-bundle"),
    pytest.param(page("“反诈有我”主题征文获奖作品选登", "一等奖　《我家的反诈小喇叭》", A, "二等奖　《一条短信引发的风波》", B, "优秀奖　《写给十年后的自己》", C),
                 [(1, "一等奖　《我家的反诈小喇叭》", "为落实上级部"), (2, "二等奖　《一条短信引发的风波》", "活动中，民警"), (4, "优秀奖　《写给十年后的自己》", "通过此次活动")],
                 id="dev7-prize-winning-pieces"),
    pytest.param(  # not headings: a competition summary listing its winners, no count declared, no gathering title
        page("反诈征文活动总结", A, "一等奖　《我家的反诈小喇叭》", "二等奖　《一条短信引发的风波》", B), [(1, "反诈征文活动总结", "为落实上级部")], id="syn-a-list-of-winners"),
    # dev11: numerals drawn in brackets or keycaps, heavenly stems, ordinals in any bracket but （）
    pytest.param(page("乡镇反诈工作总结", "㈠ xx镇上半年防范电信网络诈骗工作总结", A, "㈡ xx街道反诈工作情况汇报", B),
                 [(1, "㈠ xx镇上半年防范电信网络诈骗工作总结", "为落实上级部"), (2, "㈡ xx街道反诈工作情况汇报", "活动中，民警")], id="dev11-parenthesized-ideographs"),
    pytest.param(page("反诈学堂结业心得（三篇）", "1️⃣ 我差点成了刷单的受害者", A, "2️⃣ 七十岁，我学会了用反诈APP", B, "3️⃣ 当好家里的反诈守门人", C),
                 [(1, "1️⃣ 我差点成了刷单的受害者", "为落实上级部"), (2, "2️⃣ 七十岁，我学会了用反诈APP", "活动中，民警"), (3, "3️⃣ 当好家里的反诈守门人", "通过此次活动")],
                 id="dev11-keycaps"),
    pytest.param(page("反诈讲话稿（三篇可选）", "【甲】在全镇反诈推进会上的讲话", A, "【乙】在校园反诈宣传周启动仪式上的讲话", B),
                 [(1, "【甲】在全镇反诈推进会上的讲话", "为落实上级部"), (2, "【乙】在校园反诈宣传周启动仪式上的讲话", "活动中，民警")], id="dev11-heavenly-stems-in-brackets"),
    pytest.param(  # not headings: a summary's own points under stems, no count declared, titles in no genre word
        page(H, "【甲】强化组织领导", A, "【乙】丰富宣传形式", B), [(1, H, "【甲】强化组")], id="syn-heavenly-stems-of-one-summary"),
    pytest.param(  # not headings: a plan's own （一）（二） sections on a page declaring its count
        page("反诈宣传方案（共2篇）", "（一）加强组织领导", A, "（二）丰富宣传形式", B), [(1, "反诈宣传方案（共2篇）", "（一）加强组")], id="syn-round-bracketed-sections-stay-sections"),
    pytest.param(page("村（社区）反诈宣传活动方案范本", "一、xx社区反诈进楼栋宣传活动方案", "为提升居民识骗能力，结合本社区实际，制定本方案。", A,
                      "二、xx村防诈护农宣传活动方案", "为增强群众防范意识，特制定本方案。", B),
                 [(1, "一、xx社区反诈进楼栋宣传活动方案", "为提升居民识"), (2, "二、xx村防诈护农宣传活动方案", "为增强群众防")], id="dev11-plans-under-a-sample-title"),
    pytest.param(page("防范电信网络诈骗宣传标语（分三类）", "【社区版】", A, "【校园版】", B, "【银行版】", C),
                 [(1, "【社区版】", "为落实上级部"), (2, "【校园版】", "活动中，民警"), (3, "【银行版】", "通过此次活动")], id="dev9-bare-labels-sharing-their-last-word"),
    pytest.param(  # not headings: a brief's own section labels, no count declared
        page("反诈工作简报", "【工作动态】", A, "【基层动态】", B), [(1, "反诈工作简报", "【工作动态】")], id="syn-a-briefs-section-labels"),
    # a review of this session's forms: single documents they split, that must stay one
    pytest.param(page("xx街道上半年防范电信网络诈骗工作情况汇总", A, "◆ 加强组织领导", B, "◆ 强化宣传引导", C),
                 [(1, "xx街道上半年防范电信网络诈骗工作情况汇总", "为落实上级部")], id="review4-a-report-gathering-its-own-points"),
    pytest.param(page("xx镇防范电信网络诈骗工作方案", "结合实际，制定本方案。", "一、校园反诈宣传方案", "针对学生，特制定如下措施：加强教育。", "二、农村反诈宣传方案", "针对村民，特制定如下措施。"),
                 [(1, "xx镇防范电信网络诈骗工作方案", "结合实际，制")], id="review4-a-plans-sections-opening-on-measures"),
    pytest.param(page("社区反诈宣传活动方案", "结合实际，制定本方案。", "宣传方案A", A, "宣传方案B", B), [(1, "社区反诈宣传活动方案", "结合实际，制")], id="review4-a-plans-options"),
    pytest.param(page("关于开展反诈宣传月活动的通知（含附件3份）", "各村（社区）：", "① 加强组织领导", A, "② 强化宣传引导", B),
                 [(1, "关于开展反诈宣传月活动的通知（含附件3份）", "各村（社区）")], id="review4-attachments-are-no-articles"),
    pytest.param(page("xx社区反诈宣传工作方案（聚焦三类重点人群）", A, "① 老年人", B, "② 青少年", C),
                 [(1, "xx社区反诈宣传工作方案（聚焦三类重点人群）", "为落实上级部")], id="review4-three-kinds-of-people-are-no-count"),
    pytest.param(page("xx县反诈工作总结", A, "亮点一：乡镇宣传工作总结", B, "亮点二：校园宣传工作总结", C),
                 [(1, "xx县反诈工作总结", "为落实上级部")], id="review4-a-summarys-points-in-its-own-genre"),
    pytest.param(page("平安xx：近期高发骗局防范提醒", "1️⃣ 冒充客服退款诈骗提醒", A, "2️⃣ 刷单返利诈骗提醒", B),
                 [(1, "平安xx：近期高发骗局防范提醒", "1️⃣ 冒充")], id="review4-an-alerts-keycap-points"),
    # dev12: more ordinals, ordinals alone above titles, samples numbered in brackets
    pytest.param(page("银行反诈简报（3篇）", "第①篇：xx银行开展反诈宣传进商圈活动", A, "第②篇：xx农商银行柜面堵截一起诈骗", B),
                 [(1, "xx银行开展反诈宣传进商圈活动", "为落实上级部"), (2, "xx农商银行柜面堵截一起诈骗", "活动中，民警")], id="dev12-circled-numbers-in-di-pian"),
    pytest.param(page("反诈承诺书模板（四份）", "（Ⅰ）中职学生反诈承诺书", A, "（Ⅱ）出租房屋业主反诈承诺书", B),
                 [(1, "（Ⅰ）中职学生反诈承诺书", "为落实上级部"), (2, "（Ⅱ）出租房屋业主反诈承诺书", "活动中，民警")], id="dev12-roman-in-brackets"),
    pytest.param(page("主题征文优秀作品展（三篇）", "#01 奶奶的中奖电话", A, "#02 一条退款短信", B),
                 [(1, "#01 奶奶的中奖电话", "为落实上级部"), (2, "#02 一条退款短信", "活动中，民警")], id="dev12-hash-numbers"),
    pytest.param(page("防范电信网络诈骗宣传标语大全（5套）", "校园反诈宣传标语（范本一）", A, "社区反诈宣传标语（范本二）", B),
                 [(1, "校园反诈宣传标语（范本一）", "为落实上级部"), (2, "社区反诈宣传标语（范本二）", "活动中，民警")], id="dev12-samples-numbered-in-brackets"),
    pytest.param(page("防范电信网络诈骗倡议书材料", "第一份材料", "致辖区居民朋友的反诈倡议书", A, "第二份材料", "致全体在校大学生的反诈倡议书", B),
                 [(1, "致辖区居民朋友的反诈倡议书", "为落实上级部"), (2, "致全体在校大学生的反诈倡议书", "活动中，民警")], id="dev12-a-count-word-alone-above-the-title"),
    pytest.param(  # not articles: a speech's parts under "第一部分" lines
        page("在全市反诈工作会议上的讲话", "同志们：", A, "第一部分", "认清形势", B, "第二部分", "压实责任", C),
        [(1, "在全市反诈工作会议上的讲话", "同志们：\n为")], id="dev12-a-speechs-parts"),
    pytest.param(  # not a heading: a document's own sentence that names its week
        page("社区反诈宣传活动简报", "本周社区开展了反诈宣传活动，共发放宣传单500份。", A),
        [(1, "社区反诈宣传活动简报", "本周社区开展")],
        id="dev9-this-week-in-a-single-brief",
    ),
    # --- dev14 ------------------------------------------------------------------------------------
    pytest.param(page("企事业单位反诈宣传活动简报范例（4例）", "范例①：xx银行开展活动", A, "范例②：供电所宣传反诈知识", B),
                 [(1, "范例①：xx银行开展活动", "为落实上级部"), (2, "范例②：供电所宣传反诈知识", "活动中，民警")], id="dev14-sample-with-a-circled-number"),
    pytest.param(  # not articles: a case list without a count or a collection's title
        page("典型案例", "案例①：冒充客服", A, "案例②：刷单返利", B), [(1, "典型案例", "案例①：冒充")], id="dev14-circled-cases-in-one-story"),
    pytest.param(page("各年级主题班会简报（三则）", "初一年级｜认识骗局，从身边的案例开始", A, "初二年级｜“反诈情景剧”搬上讲台", B),
                 [(1, "初一年级｜认识骗局，从身边的案例开始", "为落实上级部"), (2, "初二年级｜“反诈情景剧”搬上讲台", "活动中，民警")],
                 id="dev14-a-label-and-a-bar"),
    pytest.param(  # not articles: a document's steps under labels and bars
        page("下载反诈APP的步骤", "第一步｜打开应用商店", A, "第二步｜注册账号", B), [(1, "下载反诈APP的步骤", "第一步｜打开")], id="dev14-steps-with-bars"),
    pytest.param(page("反诈工作汇编（3篇）", "📌 城关派出所：“反诈夜校”开进工业园", A, "📌 临河派出所：银警联动劝阻两起", B),
                 [(1, "📌 城关派出所：“反诈夜校”开进工业园", "为落实上级部"), (2, "📌 临河派出所：银警联动劝阻两起", "活动中，民警")],
                 id="dev14-a-pin-decorates-the-headings"),
    pytest.param(page("教育系统反诈工作总结（优选3篇）", "（第1篇）xx中学反诈宣传教育工作总结", A, "（第2篇）xx幼儿园家园共育反诈工作小结", B),
                 [(1, "（第1篇）xx中学反诈宣传教育工作总结", "为落实上级部"), (2, "（第2篇）xx幼儿园家园共育反诈工作小结", "活动中，民警")],
                 id="dev14-a-small-summary-among-summaries"),
    pytest.param(page("各社区“反诈宣传月”活动方案公布", "江滩社区“反诈宣传月”活动方案", "为扎实开展宣传月活动，结合社区实际，制定本方案。", A,
                      "渔村社区“反诈宣传进渔船”活动方案", "为推动反诈宣传进渔船，结合我社区实际，制定本方案。", B),
                 [(1, "江滩社区“反诈宣传月”活动方案", "为扎实开展宣"), (2, "渔村社区“反诈宣传进渔船”活动方案", "为推动反诈宣")],
                 id="dev14-plans-of-each-community-announced"),
    pytest.param(page("三个小区反诈倡议书选登", "翠竹苑小区业主委员会反诈倡议书", "各位业主、租户朋友：", A, "桂香里小区党支部反诈倡议书", "全体党员和居民朋友们：", B),
                 [(1, "翠竹苑小区业主委员会反诈倡议书", "各位业主、租"), (2, "桂香里小区党支部反诈倡议书", "全体党员和居")],
                 id="dev14-initiatives-of-three-estates-announced"),
    pytest.param(  # the collection of dev14/1505: its title announces without a verb, one heading ends in 倡议 alone
        page("辖区三个小区相继发出反诈倡议", "翠竹苑小区业主委员会反诈倡议书", "各位业主、租户朋友：", A, "桂香里小区党支部致全体居民的反诈倡议", "全体党员和居民朋友们：", B),
        [(1, "翠竹苑小区业主委员会反诈倡议书", "各位业主、租"), (2, "桂香里小区党支部致全体居民的反诈倡议", "全体党员和居")],
        id="dev14-initiatives-sent-by-three-estates", marks=known_failure("a title that says who sent several documents, without announcing them, supports no run (a review: 致各村村民的一封信)")),
    # --- dev15: headings a run needs support for ----------------------------------------------------
    pytest.param(page("主题演讲比赛获奖演讲稿选登", "《别让“免费”骗走你的青春》", A, "《一通电话的距离》", B),
                 [(1, "《别让“免费”骗走你的青春》", "为落实上级部"), (2, "《一通电话的距离》", "活动中，民警")], id="dev15-a-works-title-alone"),
    pytest.param(  # not articles: a speech naming books on lines of their own
        page("在“反诈主题读书月”启动仪式上的讲话", A, "《别让骗子盯上你》", B, "《老年人防骗一百问》", C),
        [(1, "在“反诈主题读书月”启动仪式上的讲话", "为落实上级部")], id="dev15-a-speech-naming-books"),
    pytest.param(page("反诈宣传工作总结（精选5篇）", "xx社区2024年反诈宣传工作总结〖一〗", A, "xx中心小学防范电信网络诈骗工作总结〖二〗", B),
                 [(1, "xx社区2024年反诈宣传工作总结〖一〗", "为落实上级部"), (2, "xx中心小学防范电信网络诈骗工作总结〖二〗", "活动中，民警")],
                 id="dev15-a-number-in-lenticular-brackets"),
    pytest.param(page("反诈宣传新闻稿范例（4则）", "标题：xx镇“反诈大喇叭”响遍田间地头", A, "标题：xx银行开展“反诈宣传进养老院”活动", B),
                 [(1, "标题：xx镇“反诈大喇叭”响遍田间地头", "为落实上级部"), (2, "标题：xx银行开展“反诈宣传进养老院”活动", "活动中，民警")],
                 id="dev15-a-label-naming-the-title"),
    pytest.param(page("防范电信网络诈骗心得体会范文（精选4篇）", "防范电信网络诈骗心得体会300字", A, "防范电信网络诈骗心得体会500字", B),
                 [(1, "防范电信网络诈骗心得体会300字", "为落实上级部"), (2, "防范电信网络诈骗心得体会500字", "活动中，民警")], id="dev15-samples-by-length"),
    pytest.param(page("学习反诈法心得体会（5篇）", "法条背后是千家万户", A, "＊　＊　＊", "做一名清醒的“守门人”", B, "＊　＊　＊", "反诈，从改掉一个习惯开始", C),
                 [(1, "法条背后是千家万户", "为落实上级部"), (2, "做一名清醒的“守门人”", "活动中，民警"), (3, "反诈，从改掉一个习惯开始", "通过此次活动")],
                 id="dev15-separators-between-articles",
                 marks=known_failure("the first article, above the first separator, keeps no title: its title line is left in a lead article 0")),
    pytest.param(page("打击治理电信网络诈骗工作经验交流材料（2篇）", "织密“三张网”　推动反诈宣传入脑入心", "xx县公安局", A, "守好金融“最后一道关口”", "xx农商银行", B),
                 [(1, "织密“三张网”　推动反诈宣传入脑入心", "xx县公安局"), (2, "守好金融“最后一道关口”", "xx农商银行")],
                 id="dev15-papers-each-under-its-unit"),
    pytest.param(  # not articles: one report, its issuer under its title
        page("2024年反诈宣传工作总结", "xx县公安局", A, B, C), [(1, "2024年反诈宣传工作总结", "xx县公安局")], id="dev15-one-report-and-its-issuer"),
    pytest.param(  # not articles without a count: a report whose parts name the units that did them
        page("xx县反诈宣传工作情况", "阵地宣传全面铺开", "xx县公安局", A, "金融防线更加牢固", "xx农商银行", B),
        [(1, "xx县反诈宣传工作情况", "阵地宣传全面")], id="dev15-a-reports-parts-by-unit"),
    pytest.param(  # the collection's subtitle is no first article's title
        page("学习反诈法心得体会（3篇）", "——写在宪法宣传周", A, "＊　＊　＊", "做一名清醒的“守门人”", B, "＊　＊　＊", "反诈，从改掉一个习惯开始", C),
        [(1, None, "为落实上级部"), (2, "做一名清醒的“守门人”", "活动中，民警"), (3, "反诈，从改掉一个习惯开始", "通过此次活动")],
        id="dev15-separators-under-a-collections-subtitle"),
    pytest.param(  # a preface above a separator before every titled article stays article 0 (a second review)
        page("学习反诈法心得体会（2篇）", A, "＊　＊　＊", "做一名清醒的“守门人”", B, "＊　＊　＊", "反诈，从改掉一个习惯开始", C),
        [(0, None, "为落实上级部"), (1, "做一名清醒的“守门人”", "活动中，民警"), (2, "反诈，从改掉一个习惯开始", "通过此次活动")],
        id="review2-a-preface-above-every-separator"),
    pytest.param(  # a site's label under the count is no first article's title (a review)
        page("学习反诈法心得体会（3篇）", "范文参考", A, "＊　＊　＊", "做一名清醒的“守门人”", B, "＊　＊　＊", "反诈，从改掉一个习惯开始", C),
        [(1, None, "为落实上级部"), (2, "做一名清醒的“守门人”", "活动中，民警"), (3, "反诈，从改掉一个习惯开始", "通过此次活动")],
        id="review-a-site-label-above-the-first-article"),
    pytest.param(  # not articles: one summary's sections between separators
        page("xx街道2024年反诈工作总结", A, "＊　＊　＊", "宣传工作", B, "＊　＊　＊", "打击工作", C),
        [(1, "xx街道2024年反诈工作总结", "为落实上级部")], id="dev15-a-summarys-sections-between-separators"),
    # --- a review of the dev14 forms: single documents that must stay one article -----------------------
    pytest.param(  # a letter to several villages, its sections ending in a letter's genre word
        page("致各村村民的一封信", "亲爱的村民朋友们：", A, "冒充客服诈骗提醒", B, "刷单返利诈骗提醒", C),
        [(1, "致各村村民的一封信", "亲爱的村民朋")], id="review-a-letter-to-each-village"),
    pytest.param(  # a notice to each school with its attachments
        page("关于做好各校暑期反诈宣传工作的通知", "各中小学：", A, "附件1：致全县中小学生家长的一封信", "各位家长：" + B, "附件2：暑期防范电信网络诈骗温馨提示", C),
        [(1, "关于做好各校暑期反诈宣传工作的通知", "各中小学：\n")], id="review-a-notice-with-attachments"),
    pytest.param(  # a news story on the plans of each town: the towns' paragraphs open as news, not as plans
        page("各镇反诈宣传月活动方案出炉", A, "东城镇宣传工作方案", "东城镇将以“反诈宣传进万家”为主题，组织网格员上门宣传。", "西城镇宣传工作方案", B),
        [(1, "各镇反诈宣传月活动方案出炉", "为落实上级部")], id="review-news-on-the-plans-of-each-town"),
    pytest.param(  # a summary's own sections, each a 小结 under decorations
        page("城南派出所2024年上半年反诈工作总结", A, "■ 宣传工作小结", B, "■ 打击工作小结", C),
        [(1, "城南派出所2024年上半年反诈工作总结", "为落实上级部")], id="review-a-summarys-small-summaries"),
    pytest.param(page("幼儿园反诈工作总结（2篇）", "城关幼儿园反诈宣传工作总结", A, "实验幼儿园家园共育反诈工作小结", B),
                 [(1, "城关幼儿园反诈宣传工作总结", "为落实上级部"), (2, "实验幼儿园家园共育反诈工作小结", "活动中，民警")], id="review-a-bare-small-summary-among-summaries"),
    pytest.param(  # a real collection whose first piece has a 小结 section: two articles, not three
        page("社区反诈宣传工作总结（精选2篇）", "幸福社区反诈宣传工作总结", A, "一、上半年工作小结", B, "和平社区反诈宣传工作总结", C),
        [(1, "幸福社区反诈宣传工作总结", "为落实上级部"), (2, "和平社区反诈宣传工作总结", "通过此次活动")], id="review-a-section-named-as-a-small-summary"),
    pytest.param(  # not articles: one community's plan, its sections ending in the genre word
        page("江滩社区“反诈宣传月”活动方案公布", "宣传活动方案", A, "培训活动方案", B),
        [(1, "江滩社区“反诈宣传月”活动方案公布", "宣传活动方案")], id="dev14-one-communitys-plan-announced"),
    # --- the fifth session: dev15's collections ------------------------------------------------------------
    pytest.param(page("反诈普法问答三则", "“断卡”行动普法问答", "问：什么是“两卡”？", A, "个人信息保护普法问答", "问：骗子是怎么知道我的电话的？", B, "被骗资金追回普法问答", "问：被骗后第一时间该做什么？", C),
                 [(1, "“断卡”行动普法问答", "问：什么是“"), (2, "个人信息保护普法问答", "问：骗子是怎"), (3, "被骗资金追回普法问答", "问：被骗后第")],
                 id="dev15-qa-documents-counted-after-the-genre"),
    pytest.param(  # not articles: one Q&A's parts, the page counting nothing
        page("反诈普法问答", "“断卡”行动普法问答", "问：什么是“两卡”？", A, "个人信息保护普法问答", "问：骗子是怎么知道我的电话的？", B),
        [(1, "反诈普法问答", "“断卡”行动")], id="dev15-one-qa-and-its-parts"),
    pytest.param(page("防范电信网络诈骗承诺书（学生、家长、教师3份）", "承　诺　书", "本人是xx中学学生。" + A, B, "承　诺　书", "我是学生家长。" + B, "承　诺　书", "作为一名教师，" + C),
                 [(1, "承　诺　书", "本人是xx中"), (2, "承　诺　书", "我是学生家长"), (3, "承　诺　书", "作为一名教师")],
                 id="dev15-the-genre-word-alone-over-each-of-the-declared"),
    pytest.param(  # not articles: the genre word alone fewer times than the page declares
        page("防范电信网络诈骗承诺书（学生、家长、教师3份）", "承　诺　书", "本人是xx中学学生。" + A, B, "承　诺　书", "我是学生家长。" + B, C),
        [(1, "防范电信网络诈骗承诺书（学生、家长、教师3份）", "承　诺　书\n")], id="dev15-the-genre-word-alone-short-of-the-count"),
    pytest.param(page("反诈主题讲话致辞（3篇）", "在“反诈宣传进市场”启动仪式上的致辞", "各位来宾、商户朋友们：", A + "谢谢大家！在全镇反诈专干培训班开班式上的讲话",
                      "同志们：" + B + "谢谢！在全市银行业反诈工作表彰会上的讲话", "各位行长、同志们：", C),
                 [(1, "在“反诈宣传进市场”启动仪式上的致辞", "各位来宾、商"), (2, "在全镇反诈专干培训班开班式上的讲话", "同志们：活动"), (3, "在全市银行业反诈工作表彰会上的讲话", "各位行长、同")],
                 id="dev15-speeches-titles-glued-to-the-end-of-the-one-above"),
    # --- dev17's heading forms ---------------------------------------------------------------------------
    pytest.param(page("防范电信网络诈骗工作经验交流发言材料三则", "材料1：织密三张网　筑牢反诈防线", "各位领导、同志们：" + A, "材料2：把金融反诈关口前移", "尊敬的各位领导：" + B, "材料3：让反诈教育在校园里扎根", "各位领导：" + C),
                 [(1, "材料1：织密三张网　筑牢反诈防线", "各位领导、同"), (2, "材料2：把金融反诈关口前移", "尊敬的各位领"), (3, "材料3：让反诈教育在校园里扎根", "各位领导：通")], id="dev17-materials-counted-after-their-word"),
    pytest.param(page("防范电信诈骗演讲稿范文2篇", "№1　别被一条链接牵着走", A, "№2　守好家门口的“钱袋子”", B),
                 [(1, "№1　别被一条链接牵着走", "为落实上级部"), (2, "№2　守好家门口的“钱袋子”", "活动中，民警")], id="dev17-numero-sign"),
    pytest.param(page("【合集】反诈快板、三句半都在这儿了，社区宣传直接用！", "Part 1｜快板《竹板一响说反诈》", A, "Part 2｜三句半《反诈宣传进小区》", B),
                 [(1, "Part 1｜快板《竹板一响说反诈》", "为落实上级部"), (2, "Part 2｜三句半《反诈宣传进小区》", "活动中，民警")], id="dev17-part-n-and-a-bar"),
    pytest.param(page("反诈主题诗歌朗诵稿三首", "第一首　《别让那一声铃响》", A, "第二首　《给妈妈发一条短信》", B, "第三首　《守望》", C),
                 [(1, "第一首　《别让那一声铃响》", "为落实上级部"), (2, "第二首　《给妈妈发一条短信》", "活动中，民警"), (3, "第三首　《守望》", "通过此次活动")], id="dev17-poems-counted-by-shou"),
    pytest.param(page("本周反诈预警（3条）", "预警第31号｜冒充医保中心称医保卡异常", A, "预警第32号｜志愿填报指导收费陷阱", B, "预警第33号｜快递丢件理赔又出新话术", C),
                 [(1, "预警第31号｜冒充医保中心称医保卡异常", "为落实上级部"), (2, "预警第32号｜志愿填报指导收费陷阱", "活动中，民警"), (3, "预警第33号｜快递丢件理赔又出新话术", "通过此次活动")],
                 id="dev17-a-series-numbers-from-where-the-page-starts"),
    pytest.param(page("反诈预警", "预警第31号｜冒充医保中心称医保卡异常", A, B), [(1, "反诈预警", "预警第31号")], id="dev17-one-warning-of-a-series"),
    pytest.param(page("农商银行反诈小课堂往期合辑", "反诈小课堂 · 第12课｜征信修复是个坑", A, "反诈小课堂 · 第13课｜养老项目投资要当心", B),
                 [(1, "反诈小课堂 · 第12课｜征信修复是个坑", "为落实上级部"), (2, "反诈小课堂 · 第13课｜养老项目投资要当心", "活动中，民警")], id="dev17-lessons-of-a-column"),
    pytest.param(page("xx镇反诈工作简报汇编（共3份）", "xx镇反诈工作简报〔第5期〕", A, "xx镇反诈工作简报〔第6期〕", B, "xx镇反诈工作简报〔第7期〕", C),
                 [(5, "xx镇反诈工作简报〔第5期〕", "为落实上级部"), (6, "xx镇反诈工作简报〔第6期〕", "活动中，民警"), (7, "xx镇反诈工作简报〔第7期〕", "通过此次活动")], id="dev17-issues-in-brackets"),
    pytest.param(page("防范电信网络诈骗承诺书模板（2篇）", "防范电信网络诈骗承诺书（学生版）", "本人是xx学校学生。" + A, "防范电信网络诈骗承诺书（家长版）", "作为学生家长，" + B, "防范电信网络诈骗承诺书（商户版）", "本店郑重承诺：" + C),
                 [(1, "防范电信网络诈骗承诺书（学生版）", "本人是xx学"), (2, "防范电信网络诈骗承诺书（家长版）", "作为学生家长"), (3, "防范电信网络诈骗承诺书（商户版）", "本店郑重承诺")],
                 id="dev17-versions-of-one-document-more-than-declared"),
    pytest.param(page("防范电信网络诈骗承诺书（学生版）", "本人是xx学校学生。" + A, B), [(1, "防范电信网络诈骗承诺书（学生版）", "本人是xx学")], id="dev17-one-version"),
    pytest.param(page("2024年县“防范电信网络诈骗宣传月”活动集锦", "【瓯岭镇】“反诈夜市”点亮步行街", A, "【白沙乡】村医出诊顺带讲反诈", B, "【县一中】高三学子的“毕业反诈课”", C),
                 [(1, "【瓯岭镇】“反诈夜市”点亮步行街", "为落实上级部"), (2, "【白沙乡】村医出诊顺带讲反诈", "活动中，民警"), (3, "【县一中】高三学子的“毕业反诈课”", "通过此次活动")],
                 id="dev17-places-in-brackets-over-a-gathering"),
    pytest.param(page("县反诈宣传月活动综述", "【瓯岭镇】“反诈夜市”点亮步行街", A, "【白沙乡】村医出诊顺带讲反诈", B),
                 [(1, "县反诈宣传月活动综述", "【瓯岭镇】“")], id="dev17-places-in-one-review"),
    pytest.param(page("村（社区）反诈工作总结汇编", "（一）xx村2024年防范电信网络诈骗工作总结", "今年以来，" + A, B + "（二）xx社区2024年反诈宣传工作总结", "2024年，" + C),
                 [(1, "（一）xx村2024年防范电信网络诈骗工作总结", "今年以来，为"), (2, "（二）xx社区2024年反诈宣传工作总结", "2024年，")], id="dev17-numbered-title-glued-to-the-end-of-the-one-above"),
    # --- dev18's heading forms ---------------------------------------------------------------------------
    pytest.param(page("砚川县反诈工作简报（2024年第一季度）", "砚川反诈简报·2024年第1期（总第25期）", "2024年1月22日　县反诈中心编", A, "砚川反诈简报·2024年第2期（总第26期）", "2024年2月26日　县反诈中心编", B),
                 [(1, "砚川反诈简报·2024年第1期（总第25期）", "2024年1"), (2, "砚川反诈简报·2024年第2期（总第26期）", "2024年2")], id="dev18-bulletin-mastheads-numbering-issues"),
    pytest.param(page("学习反诈法心得体会（精选3篇）", "法条背后，是一个个家庭·壹", A, "一名柜员的学法笔记·贰", B, "从旁观者到守门人·叁", C),
                 [(1, "法条背后，是一个个家庭·壹", "为落实上级部"), (2, "一名柜员的学法笔记·贰", "活动中，民警"), (3, "从旁观者到守门人·叁", "通过此次活动")], id="dev18-financial-numerals-after-a-dot"),
    pytest.param(page("学习反诈法心得体会", "法条背后，是一个个家庭·壹", A, "一名柜员的学法笔记·贰", B),
                 [(1, "学习反诈法心得体会", "法条背后，是")], id="dev18-financial-numerals-after-a-dot-without-a-count"),
    pytest.param(page("防范电信网络诈骗演讲稿（三篇）", "范文甲：守好钱袋子，从挂断一通电话开始", A, "范文乙：做一名清醒的网络原住民", B, "范文丙：反诈，是送给家人最好的礼物", C),
                 [(1, "范文甲：守好钱袋子，从挂断一通电话开始", "为落实上级部"), (2, "范文乙：做一名清醒的网络原住民", "活动中，民警"), (3, "范文丙：反诈，是送给家人最好的礼物", "通过此次活动")],
                 id="dev18-samples-by-heavenly-stems"),
    pytest.param(page("防范电信网络诈骗“致家长书”汇总", "寒假安全提醒：请和孩子一起守好“钱袋子”", "尊敬的家长：", A, "关于预防游戏充值类诈骗的告家长书", "各位家长朋友：", B, "暑期防范电信网络诈骗告家长书", "亲爱的家长朋友们：", C),
                 [(1, "寒假安全提醒：请和孩子一起守好“钱袋子”", "尊敬的家长："), (2, "关于预防游戏充值类诈骗的告家长书", "各位家长朋友"), (3, "暑期防范电信网络诈骗告家长书", "亲爱的家长朋")],
                 id="dev17-the-first-letters-own-title-above-its-text"),
    pytest.param(page("防范电信网络诈骗“致家长书”汇总", "尊敬的家长：", A, "关于预防游戏充值类诈骗的告家长书", "各位家长朋友：", B, "暑期防范电信网络诈骗告家长书", "亲爱的家长朋友们：", C),
                 [(0, None, "尊敬的家长："), (1, "关于预防游戏充值类诈骗的告家长书", "各位家长朋友"), (2, "暑期防范电信网络诈骗告家长书", "亲爱的家长朋")],
                 id="dev17-a-first-letter-without-a-title-stays-untitled"),
    # --- a third review (the fifth session): one document in the shapes of the new heading forms ---------------
    pytest.param(page("全民反诈大讲堂讲稿", "各位居民朋友，大家好！", "大讲堂第1讲：认清诈骗的本质", A, "大讲堂第2讲：识别常见的诈骗手法", B, "大讲堂第3讲：被骗了怎么办", C),
                 [(1, "全民反诈大讲堂讲稿", "各位居民朋友")], id="review5-one-talks-lectures-from-1"),
    pytest.param(page("一条短信骗走20万！警惕“冒充客服”新套路", "Part 1｜案情回顾", A, "Part 2｜作案手法", B, "Part 3｜警方提示", C),
                 [(1, "一条短信骗走20万！警惕“冒充客服”新套路", "Part 1")], id="review5-one-posts-parts"),
    pytest.param(page("梧冈公安：暑期防骗指南请收好", "№1　游戏装备交易诈骗", A, "№2　冒充明星粉丝福利诈骗", B),
                 [(1, "梧冈公安：暑期防骗指南请收好", "№1　游戏装")], id="review5-one-guides-numbered-points"),
    pytest.param(page("防范电信网络诈骗知识问答汇编", "为帮助群众识别和防范电信网络诈骗，县反诈中心编写了本问答，供大家学习参考。", "一、刷单返利类诈骗问答", "问：网上兼职刷单能赚钱吗？", A, "二、冒充客服类诈骗问答", "问：客服说可以退款，怎么办？", B),
                 [(1, "防范电信网络诈骗知识问答汇编", "为帮助群众识")], id="review5-one-qa-handbooks-topics"),
    pytest.param(page("反诈知识问答3则", "问答一：什么是电信网络诈骗？", A, "问答二：刷单返利是诈骗吗？", B, "问答三：遇到诈骗怎么办？", C),
                 [(1, "反诈知识问答3则", "问答一：什么")], id="review5-one-leaflets-questions"),
    pytest.param(page("社区反诈工作总结2篇", "城南社区反诈工作总结", "今年以来，" + A, B + "以上是城南社区上半年反诈工作总结", "2024年7月5日", "城北社区反诈工作总结", "今年以来，" + C),
                 [(1, "城南社区反诈工作总结", "今年以来，为"), (2, "城北社区反诈工作总结", "今年以来，通")], id="review5-a-summarys-last-words-then-its-date"),
    pytest.param(  # not a heading: a host's script calling the next speaker, a salutation under it
        page("反诈宣传活动主持词（2篇）", "社区反诈宣传活动主持词", "各位居民朋友：", A + "下面请社区党委书记讲话", "同志们：" + B, "学校反诈讲座主持词", "老师们、同学们：", C),
        [(1, "社区反诈宣传活动主持词", "各位居民朋友"), (2, "学校反诈讲座主持词", "老师们、同学")],
        id="dev15-a-hosts-call-to-the-next-speaker"),
    # --- documents of the units a title names; documents signed off one after another (dev18) ---------------
    pytest.param(page("各年级反诈主题班会方案", "七年级主题班会方案：别让“免费”骗了你", "一、班会目标", A, "二、班会过程", B,
                      "八年级主题班会方案：游戏交易里的“坑”", "一、设计意图", C),
                 [(1, "七年级主题班会方案：别让“免费”骗了你", "一、班会目标"), (2, "八年级主题班会方案：游戏交易里的“坑”", "一、设计意图")],
                 id="dev18-each-grades-plan-under-the-grades-title"),
    pytest.param(page("各社区反诈宣传月活动方案", "城南社区反诈宣传月活动方案", A, "城北社区反诈宣传月活动方案", B),
                 [(1, "城南社区反诈宣传月活动方案", "为落实上级部"), (2, "城北社区反诈宣传月活动方案", "活动中，民警")],
                 id="dev18-each-communitys-plan-under-the-communities-title"),
    pytest.param(page("各年级反诈主题班会方案", "一、七年级班会方案", A, "二、八年级班会方案", B),
                 [(1, "各年级反诈主题班会方案", "一、七年级班")], id="dev18-one-plans-sections-naming-the-grades"),
    pytest.param(page("各年级反诈主题班会方案", "班会方案说明", A, "班会方案要求", B),
                 [(1, "各年级反诈主题班会方案", "班会方案说明")], id="dev18-one-plans-sections-naming-no-grade"),
    pytest.param(page("关于谨防冒充医生推销药品的提醒", "广大患者及家属：", A, "滟州市第二人民医院", "2024年3月12日",
                      "关于谨防“医保卡异常”诈骗电话的提醒", B, "滟州市第二人民医院", "2024年5月27日"),
                 [(1, "关于谨防冒充医生推销药品的提醒", "广大患者及家"), (2, "关于谨防“医保卡异常”诈骗电话的提醒", "活动中，民警")],
                 id="dev18-notices-signed-off-one-after-another"),
    pytest.param(page("反诈宣传月里的几个镜头——我校各年级防诈主题教育掠影", "小剧场里的笑声与思考", "4月15日的班会课上，" + PIECE_A, "一封写给爷爷奶奶的防骗信", "宣传月期间，" + PIECE_B, "高二学子走进派出所“上了一课”", "4月16日下午，" + PIECE_C),
                 [(1, "小剧场里的笑声与思考", "4月15日的"), (2, "一封写给爷爷奶奶的防骗信", "宣传月期间，"), (3, "高二学子走进派出所“上了一课”", "4月16日下")],
                 id="dev33-a-round-up-of-glimpses-names-its-items"),
    pytest.param(page("基层反诈动态（2024年第9期）", "溇溪街道开展反诈夜市宣传 9月5日晚，" + PIECE_A + " 区人社局提醒求职者谨防招聘陷阱 近期，" + PIECE_B,
                      "凤栖社区为独居老人装上“防骗铃” 凤栖社区近日，" + PIECE_C + " 区反诈中心发布九月预警提示 进入九月，" + PIECE_A),
                 [(1, "溇溪街道开展反诈夜市宣传", "9月5日晚，"), (2, "区人社局提醒求职者谨防招聘陷阱", "近期，活动中"), (3, "凤栖社区为独居老人装上“防骗铃”", "凤栖社区近日"), (4, "区反诈中心发布九月预警提示", "进入九月，为")],
                 id="dev32-items-flattened-onto-two-lines"),
    pytest.param(page("我县开展反诈宣传活动", "活动现场气氛热烈 9月5日晚，" + PIECE_A + " 民警现场答疑解惑 近期，" + PIECE_B),
                 [(1, "我县开展反诈宣传活动", "活动现场气氛")],
                 id="dev32-a-flattened-storys-two-phrases-are-no-items"),
    pytest.param(page("基层反诈动态（2024年第9期）", "溇溪街道开展反诈夜市宣传 9月5日晚，" + A + B + " 区人社局提醒求职者谨防招聘陷阱 近期，" + PIECE_B),
                 [(1, "基层反诈动态（2024年第9期）", "溇溪街道开展")],
                 id="dev32-flattened-items-too-short-are-no-pieces"),
    # dev34/3624: notices signed off with the same unit and no date, the next one's title under the signature
    pytest.param(page("当心“快递理赔”电话", LONG_A, "黄栌村村委会", "", "别把银行卡借给别人", LONG_B, "黄栌村村委会"),
                 [(1, "当心“快递理赔”电话", "为落实上级部"), (2, "别把银行卡借给别人", "活动中，民警")],
                 id="dev34-notices-signed-off-with-the-same-unit"),
    pytest.param(page("当心“快递理赔”电话", LONG_A, "黄栌村村委会", "附件：防骗提示卡", LONG_B, "黄栌村村委会"),
                 [(1, "当心“快递理赔”电话", "为落实上级部")],
                 id="syn-an-enclosure-after-the-signature-is-no-document"),
    pytest.param(page("当心“快递理赔”电话", LONG_A, "黄栌村村委会", "别把银行卡借给别人", LONG_B, "青溪镇派出所"),
                 [(1, "当心“快递理赔”电话", "为落实上级部")],
                 id="syn-two-signatures-of-different-units"),
    # dev35/3703: a post's cases counted in 起 ("【第1起】") under a title naming them, nothing above the first
    pytest.param(page("上个月，辖区又发生了这几起骗局", "【第1起】“快递丢件”理赔，赔出去两万八", PIECE_A, "【第2起】刷单返利，从“点赞”开始", PIECE_B, "【第3起】“领导”加你好友，先别急着答应", PIECE_C),
                 [(1, "【第1起】“快递丢件”理赔，赔出去两万八", "为落实上级部"), (2, "【第2起】刷单返利，从“点赞”开始", "活动中，民警"), (3, "【第3起】“领导”加你好友，先别急着答应", "通过此次活动")],
                 id="dev35-cases-counted-in-qi"),
    # must not split: a post that leads into its cases is one post (dev35/3703's annotator read three; the convention stays)
    pytest.param(page("上个月，辖区又发生了这几起骗局", "每个月我们都会把辖区发生的典型案例整理出来。", "【第1起】“快递丢件”理赔，赔出去两万八", PIECE_A, "【第2起】刷单返利，从“点赞”开始", PIECE_B),
                 [(1, "上个月，辖区又发生了这几起骗局", "每个月我们都")],
                 id="syn-a-post-leading-into-its-cases-is-one-post"),
    # dev34/3606: pieces pasted from several sources, each numbered in its own form, 1 to 4 down the page
    pytest.param(page("反诈倡议书范文（精选4篇）", "篇一：致全体居民朋友的反诈倡议书", LONG_A, "第2篇　致青年学生的防骗倡议", LONG_B,
                      "范文3：致个体商户的一封反诈倡议", LONG_C, "【篇四】营业网点反诈倡议书", LONG_A),
                 [(1, "致全体居民朋友的反诈倡议书", "为落实上级部"), (2, "第2篇　致青年学生的防骗倡议", "活动中，民警"),
                  (3, "致个体商户的一封反诈倡议", "通过此次活动"), (4, "【篇四】营业网点反诈倡议书", "为落实上级部")],
                 id="dev34-piece-numbers-in-mixed-forms"),
    pytest.param(page("反诈倡议书范文（精选4篇）", "篇一：致全体居民朋友的反诈倡议书", LONG_A, "范文3：致个体商户的一封反诈倡议", LONG_C, "【篇四】营业网点反诈倡议书", LONG_A),
                 [(1, "致全体居民朋友的反诈倡议书", "为落实上级部")],
                 id="syn-mixed-forms-numbered-with-a-gap-are-no-run"),
    # dev34/3604: portraits each under its headline and a dashed subtitle
    pytest.param(page("反诈一线的他们", "“他一开口，老人就肯听”", "——记鹈湖派出所社区民警顾守田", PIECE_A, "把预警电话打到第二遍、第三遍", "——记反诈中心劝阻组组长温若岚", PIECE_B),
                 [(1, "“他一开口，老人就肯听”", "为落实上级部"), (2, "把预警电话打到第二遍、第三遍", "活动中，民警")],
                 id="dev34-portraits-each-under-a-headline-and-a-dashed-subtitle"),
    pytest.param(page("把预警电话打到第二遍、第三遍", "——记反诈中心劝阻组组长温若岚", PIECE_A, "劝阻要有耐心", PIECE_B, "见面才能劝住", PIECE_C),
                 [(1, "把预警电话打到第二遍、第三遍", "为落实上级部")],
                 id="syn-one-portrait-with-its-subheadings"),
    # dev35/3712: a single document flattened onto one line, its title before the first space
    pytest.param(page("湄塘镇关于开展“反诈宣传入户月”活动的通知 各村（社区），镇直各单位： " + " ".join((A, B, C, A, B, C))),
                 [(1, "湄塘镇关于开展“反诈宣传入户月”活动的通知", "各村（社区）")], id="dev35-a-flattened-documents-title-before-its-first-space"),
    pytest.param(page("今年以来我镇反诈工作成效明显 " + " ".join((A, B, C, A, B, C))),
                 [(1, None, "今年以来我镇")], id="syn-a-flattened-pages-first-words-name-no-genre"),
    # dev34/3605: a round-up whose page title went with the site's section: the first item's headline tops the page
    pytest.param(page("椹涧镇组织“反诈夜校”第一课", "3月4日晚，" + PIECE_A, "稆田乡启用反诈预警“村村响”", "近日，" + PIECE_B,
                      "杪林街道开展出租屋反诈排查", "为压实出租屋管理责任，" + PIECE_C, "县市场监管局提醒：警惕“低价药品”网络陷阱", "近期，" + PIECE_A),
                 [(1, "椹涧镇组织“反诈夜校”第一课", "3月4日晚，"), (2, "稆田乡启用反诈预警“村村响”", "近日，活动中"),
                  (3, "杪林街道开展出租屋反诈排查", "为压实出租屋"), (4, "县市场监管局提醒：警惕“低价药品”网络陷阱", "近期，为落实")],
                 id="dev34-a-round-up-topped-by-its-first-items-headline"),
    pytest.param(page("我县开展反诈宣传“五进”活动", "3月4日，" + PIECE_A, "反诈宣传进社区", "3月5日，" + PIECE_B,
                      "反诈宣传进校园", "3月6日，" + PIECE_C, "反诈宣传进企业", "3月7日，" + PIECE_A),
                 [(1, "我县开展反诈宣传“五进”活动", "3月4日，为")],
                 id="syn-one-storys-parallel-subheadings-under-its-headline"),
    pytest.param(page("我县开展反诈宣传月活动", "3月4日，" + PIECE_A, "城南社区：反诈讲座进楼道", PIECE_B,
                      "实验小学：小手拉大手", PIECE_C, "工业园区：企业员工上专题课", PIECE_A),
                 [(1, "我县开展反诈宣传月活动", "3月4日，为")],
                 id="syn-one-storys-subheadings-opening-on-their-point"),
    # dev33/3502: a collection's numbered pieces flattened onto one line, each heading after a space
    pytest.param(page("中学生识骗拒骗班会设计稿（两份）", "例稿一：初一年级主题班会方案 一、班会目标 " + " ".join((A, B, C, B)) + " 二、班会准备 " + " ".join((C, A)) +
                      " 例稿二：高二年级主题班会方案 设计背景：" + " ".join((B, C, A, C, B, A))),
                 [(1, "例稿一：初一年级主题班会方案", "一、班会目标"), (2, "例稿二：高二年级主题班会方案", "设计背景：活")],
                 id="dev33-numbered-drafts-flattened-onto-one-line"),
    pytest.param(page("反诈工作总结（精选2篇）", "【篇1】社区反诈工作总结 " + " ".join((A, B, C, B, A)) + " 【篇2】学校反诈工作总结 " + " ".join((B, C, A, C, B, A))),
                 [(1, "【篇1】社区反诈工作总结", "为落实上级部"), (2, "【篇2】学校反诈工作总结", "活动中，民警")],
                 id="syn-bracketed-pian-headings-flattened-onto-one-line"),
    pytest.param(page("反诈班会课堂设计精选2篇", "第1篇：识破“游戏交易”骗局主题班会 一、班会目标 " + " ".join((A, B, C, B, A)) + " 第2篇：“冒充老师”收费骗局警示班会 一、班会目标 " + " ".join((B, C, A, C, B, A))),
                 [(1, "识破“游戏交易”骗局主题班会", "一、班会目标"), (2, "“冒充老师”收费骗局警示班会", "一、班会目标")],  # titled as on lines of their own
                 id="dev34-a-flattened-line-opening-on-its-first-pian-heading"),
    pytest.param(page("反诈宣传短信模板", "为方便各网点使用，现提供短信样例如下。 示例1：【xx银行】提醒您 " + " ".join((A, B)) + " 示例2：【xx银行】温馨提示 " + " ".join((C, B)) + " 请各网点参照执行。" + " ".join((A, C))),
                 [(1, "反诈宣传短信模板", "为方便各网点")],
                 id="syn-a-documents-own-short-examples-on-a-flattened-line-are-no-pieces"),
    pytest.param(page("中学生识骗拒骗班会设计稿", "例稿一：初一年级主题班会方案 " + " ".join((A, B, C, B, A)) + " 例稿三：高二年级主题班会方案 " + " ".join((B, C, A, C, B, A))),
                 [(1, "中学生识骗拒骗班会设计稿", "例稿一：初一")],
                 id="syn-flattened-headings-numbered-out-of-order-are-no-run"),
    pytest.param(page("守护平安家园　共筑反诈防线", "萩浦街道桐荫社区居民委员会", "各位居民朋友：", A, "2024年9月",
                      "做反诈明白人　当平安小卫士", "鹭渚第一小学少先队大队部", "亲爱的同学们：", B, "2024年9月1日"),
                 [(1, "守护平安家园　共筑反诈防线", "萩浦街道桐荫"), (2, "做反诈明白人　当平安小卫士", "鹭渚第一小学")],
                 id="dev32-letters-titled-without-a-genre-word-over-their-issuers"),
    pytest.param(page("守护平安家园　共筑反诈防线", "萩浦街道桐荫社区居民委员会", "各位居民朋友：", A, "2024年9月",
                      "做反诈明白人　当平安小卫士", B, "2024年9月1日"),
                 [(1, "守护平安家园　共筑反诈防线", "萩浦街道桐荫")],
                 id="dev32-a-slogan-after-the-date-over-no-issuer-is-no-letter"),
    pytest.param(page("反诈主题征文获奖作品三篇", "奶奶的“新手机”", PIECE_A, "我差点成了“帮凶”", PIECE_B, "写给未来的自己", "初一（6）班　闵子衿", "亲爱的未来的我：", PIECE_C),
                 [(1, "奶奶的“新手机”", PIECE_A[:6]), (2, "我差点成了“帮凶”", PIECE_B[:6]), (3, "写给未来的自己", "初一（6）班")],
                 id="dev32-a-pupils-class-and-name-and-a-salutation-under-a-bare-title"),
    pytest.param(page("写给反诈民警的感谢信范文", "致派出所反诈民警的感谢信", "尊敬的民警同志：", A, "退休教师　xx", "2024年3月12日",
                      "一封来自储户的感谢信", "xx市公安局反诈中心：", B, "储户　xx", "2024年5月20日",
                      "写给“深夜敲门”的民警同志", "xx派出所的民警同志：", C, "学生　xx", "2024年6月7日"),
                 [(1, "致派出所反诈民警的感谢信", "尊敬的民警同"), (2, "一封来自储户的感谢信", "xx市公安局"), (3, "写给“深夜敲门”的民警同志", "xx派出所的")],
                 id="dev18-letters-separated-by-their-signatures"),
    pytest.param(page("辖区三个小区相继发出反诈倡议", "入夏以来，三个小区先后发出倡议，提醒居民防范电信网络诈骗。", "翠竹苑小区反诈倡议书", "各位业主、租户朋友：", A, "翠竹苑小区业主委员会", "2024年6月20日",
                      "桂香里小区党支部致居民的反诈倡议", "桂香里小区的居民朋友们：", B, "桂香里小区党支部", "2024年6月26日", "您在小区里遇到过可疑电话吗？欢迎在下面说说"),
                 [(1, "翠竹苑小区反诈倡议书", "各位业主、租"), (2, "桂香里小区党支部致居民的反诈倡议", "桂香里小区的")],
                 id="dev14-signed-documents-under-a-story-and-a-prompt-left-below"),
    pytest.param(page("防范电信网络诈骗倡议书3篇", "防范电信网络诈骗倡议书", "广大市民朋友：" + A, "致全体青年团员的反诈倡议书", "全县广大团员青年：" + B, "老年人防诈骗倡议书", "各位老年朋友：" + C),
                 [(1, "防范电信网络诈骗倡议书", "广大市民朋友"), (2, "致全体青年团员的反诈倡议书", "全县广大团员"), (3, "老年人防诈骗倡议书", "各位老年朋友")],
                 id="dev14-the-first-document-bears-the-collections-name"),
    pytest.param(page("防范电信网络诈骗倡议书3篇", "防范电信网络诈骗倡议书", "倡议书是向公众提出建议、号召大家行动的文书，下面整理了三篇供参考。", "致全体青年团员的反诈倡议书", "全县广大团员青年：" + B, "老年人防诈骗倡议书", "各位老年朋友：" + C),
                 [(1, "防范电信网络诈骗倡议书", "倡议书是向公"), (2, "致全体青年团员的反诈倡议书", "全县广大团员"), (3, "老年人防诈骗倡议书", "各位老年朋友")],
                 id="dev14-the-collections-name-shown-again-over-an-intro"),
    pytest.param(page("街道反诈工作简报（第5—7期合订）", "第5期　｜　2024年3月", "“3·15”反诈宣传走进万象商圈", A, "第6期　｜　2024年4月", "网格员上门劝阻一起诈骗", B, "第7期", "辖区中小学开展反诈第一课", C),
                 [(5, "“3·15”反诈宣传走进万象商圈", "为落实上级部"), (6, "网格员上门劝阻一起诈骗", "活动中，民警"), (7, "辖区中小学开展反诈第一课", "通过此次活动")],
                 id="dev15-issues-of-a-bound-volume"),
    pytest.param(page("街道反诈工作简报", "第5期　｜　2024年3月", "“3·15”反诈宣传走进万象商圈", A, B),
                 [(1, "街道反诈工作简报", "第5期　｜　")], id="dev15-one-issues-masthead"),
    pytest.param(page("观后感范文（4篇）", "样稿1　在警示片里照见自己", A, "样稿2　奶奶看完片子，给我上了一课", B),
                 [(1, "样稿1　在警示片里照见自己", "为落实上级部"), (2, "样稿2　奶奶看完片子，给我上了一课", "活动中，民警")], id="dev19-drafts-numbered"),
    pytest.param(page("承诺书模板（3份）", "模板1：在校学生防范电信网络诈骗承诺书", A, "模板2：家长防范电信网络诈骗承诺书", B),
                 [(1, "模板1：在校学生防范电信网络诈骗承诺书", "为落实上级部"), (2, "模板2：家长防范电信网络诈骗承诺书", "活动中，民警")], id="dev19-templates-numbered"),
    pytest.param(page("反诈倡议书范文（3篇）", "Sample 1 · 致全体居民朋友的反诈倡议书", A, "Sample 2 · 致全校同学的反诈倡议书", B),
                 [(1, "Sample 1 · 致全体居民朋友的反诈倡议书", "为落实上级部"), (2, "Sample 2 · 致全校同学的反诈倡议书", "活动中，民警")], id="dev19-samples-numbered-in-english"),
    pytest.param(page("反诈宣导心得范本三篇", "（范本一）在活动中心上完那堂反诈课", A, "（范本二）收银台前的三十秒", B),
                 [(1, "（范本一）在活动中心上完那堂反诈课", "为落实上级部"), (2, "（范本二）收银台前的三十秒", "活动中，民警")], id="dev19-sample-number-in-brackets-before-the-title"),
    pytest.param(page("校园反诈活动简报例文选登", "■ 例文一　xx中学举办反诈情景剧展演", A, "■ 例文二　xx小学开展亲子活动", B),
                 [(1, "■ 例文一　xx中学举办反诈情景剧展演", "为落实上级部"), (2, "■ 例文二　xx小学开展亲子活动", "活动中，民警")], id="dev19-a-decoration-before-the-sample-number"),
    pytest.param(page("听听同学们写下的反诈故事——在国旗下的讲话", "老师们、同学们：", "早上好！下面，我想和大家分享三篇同学们写的小短文。", "第一篇：《奶奶的“神秘包裹”》", A, "第二篇：《那张“免费”的游戏皮肤》", B, "我的讲话完了，谢谢大家！"),
                 [(1, "听听同学们写下的反诈故事——在国旗下的讲话", "老师们、同学")], id="dev19-a-speech-quoting-three-pieces"),
    pytest.param(page("国旗下讲话稿（2篇）", "老师们、同学们：", "早上好！", "第一篇：守住钱袋子", A, "第二篇：远离电信诈骗", B),
                 [(0, None, "老师们、同学"), (1, "守住钱袋子", "为落实上级部"), (2, "远离电信诈骗", "活动中，民警")], id="dev19-a-collection-of-speeches-opening-on-a-salutation"),
    pytest.param(page("家长会反诈专题发言稿（分年级）", "家长会反诈提醒发言稿（一年级）", "亲爱的各位家长：", A, "家长会反诈提醒发言稿（四年级）", "各位家长朋友们：", B),
                 [(1, "家长会反诈提醒发言稿（一年级）", "亲爱的各位家"), (2, "家长会反诈提醒发言稿（四年级）", "各位家长朋友")], id="dev19-speeches-by-grade"),
    pytest.param(page("家长会反诈专题发言稿（2024年）", "家长会反诈提醒发言稿（一年级）", "亲爱的各位家长：", A, "家长会反诈提醒发言稿（四年级）", "各位家长朋友们：", B),
                 [(1, "家长会反诈专题发言稿（2024年）", "家长会反诈提")], id="dev19-a-title-naming-no-units"),
    pytest.param(page("校园周报｜第9期", "【“反诈茶话会”开到了楼道口】", A, "【网格员上门，拦下一笔“解冻费”】", B),
                 [(1, "【“反诈茶话会”开到了楼道口】", "为落实上级部"), (2, "【网格员上门，拦下一笔“解冻费”】", "活动中，民警")], id="dev19-a-bulletins-items-in-brackets"),
    pytest.param(page("社区防范电信网络诈骗宣传活动方案（3篇）", "〖xx社区（老旧小区）“反诈宣传进楼道”活动方案〗", A, "〖xx社区（城中村）“反诈宣传进出租屋”活动方案〗", B),
                 [(1, "〖xx社区（老旧小区）“反诈宣传进楼道”活动方案〗", "为落实上级部"), (2, "〖xx社区（城中村）“反诈宣传进出租屋”活动方案〗", "活动中，民警")], id="dev19-whole-titles-in-lenticular-brackets"),
    pytest.param(page("“反诈小卫士”征文优秀作品展（一）", "◆◇ 我家的“反诈暗号” ◇◆", A, "◆◇ 那条“中奖”短信 ◇◆", B),
                 [(1, "◆◇ 我家的“反诈暗号” ◇◆", "为落实上级部"), (2, "◆◇ 那条“中奖”短信 ◇◆", "活动中，民警")], id="dev19-framed-titles-under-a-show-of-works"),
    pytest.param(page("全县反诈工作动态汇编（第二期）", "“反诈大集”开进石碾村【苌溪镇】", A, "外卖骑手变身“流动宣传员”【县市场监管局】", B),
                 [(1, "“反诈大集”开进石碾村【苌溪镇】", "为落实上级部"), (2, "外卖骑手变身“流动宣传员”【县市场监管局】", "活动中，民警")], id="dev19-the-reporting-unit-after-each-title"),
    pytest.param(page("社区反诈工作总结", "【工作开展情况】", A, "【存在问题和下步打算】", B),
                 [(1, "社区反诈工作总结", "【工作开展情")], id="dev19-a-summarys-sections-in-brackets"),
    pytest.param(page("社区反诈工作总结", "◆ 工作成效 ◆", A, "◆ 存在问题 ◆", B),
                 [(1, "社区反诈工作总结", "◆ 工作成效")], id="dev19-a-summarys-framed-sections"),
    pytest.param(page("反诈宣传工作会议讲话稿（3份）", "把反诈课上到群众心坎上", "——在全县反诈宣传工作推进会上的讲话", "各位领导、同志们：", A, "守住金融安全的“第一道闸门”", "——在全县银行业反诈工作座谈会上的讲话", "各位行长、同志们：", B),
                 [(1, "把反诈课上到群众心坎上", "各位领导、同"), (2, "守住金融安全的“第一道闸门”", "各位行长、同")], id="dev19-speeches-titled-over-their-occasions"),
    pytest.param(page("全县反诈工作动态（3则）", "⦅椿川镇⦆“反诈夜校”开进村部", A, "⦅潆溪街道⦆快递驿站里上起“防骗课”", B),
                 [(1, "⦅椿川镇⦆“反诈夜校”开进村部", "为落实上级部"), (2, "⦅潆溪街道⦆快递驿站里上起“防骗课”", "活动中，民警")], id="dev20-units-in-white-parentheses"),
    pytest.param(page("本周推文（3）", "〔推文 1/3〕“你的快递丢了，我们赔你三倍”？挂！", A, "〔推文 2/3〕孩子说要“解冻”妈妈的微信，千万别信", B),
                 [(1, "〔推文 1/3〕“你的快递丢了，我们赔你三倍”？挂！", "为落实上级部"), (2, "〔推文 2/3〕孩子说要“解冻”妈妈的微信，千万别信", "活动中，民警")], id="dev20-posts-of-a-count-in-brackets"),
    pytest.param(page("主题班会心得（4篇）", "一号作品　那通“退款”电话，我差点接住了", A, "二号作品　反诈不是大人的事", B),
                 [(1, "一号作品　那通“退款”电话，我差点接住了", "为落实上级部"), (2, "二号作品　反诈不是大人的事", "活动中，民警")], id="dev20-pieces-by-their-number"),
    pytest.param(page("开学反诈倡议书模板（2份）", "样张A｜家长反诈倡议书", A, "样张B｜商户反诈倡议书", B),
                 [(1, "样张A｜家长反诈倡议书", "为落实上级部"), (2, "样张B｜商户反诈倡议书", "活动中，民警")], id="dev20-specimens-lettered"),
    # --- session 7 (dev21): numbers in more forms, each with the support of a count -----------------------------
    pytest.param(page("xx工作总结（2篇）", "第Ⅰ篇　xx派出所工作总结", A, "第Ⅱ篇　xx社区工作总结", B),
                 [(1, "第Ⅰ篇　xx派出所工作总结", "为落实上级部"), (2, "第Ⅱ篇　xx社区工作总结", "活动中，民警")], id="dev21-di-roman-pian"),
    pytest.param(page("反诈宣传标语大全（两组）", "⒜ 社区楼道反诈宣传标语", A, "⒝ 校园反诈宣传标语", B),
                 [(1, "⒜ 社区楼道反诈宣传标语", "为落实上级部"), (2, "⒝ 校园反诈宣传标语", "活动中，民警")], id="dev21-parenthesized-letters"),
    pytest.param(page("社区反诈宣传标语", "⒜ 楼道里", A, "⒝ 电梯里", B), [(1, "社区反诈宣传标语", "⒜ 楼道里\n")], id="dev21-parenthesized-letters-without-a-count"),
    pytest.param(page("讲话稿3篇", "(i) 在调度会上的讲话", A, "(ii) 在启动仪式上的讲话", B, "(iii) 在动员会上的讲话", C),
                 [(1, "(i) 在调度会上的讲话", "为落实上级部"), (2, "(ii) 在启动仪式上的讲话", "活动中，民警"), (3, "(iii) 在动员会上的讲话", "通过此次活动")], id="dev21-small-roman"),
    pytest.param(page("员工心得三篇", "一｜那位老人攥着存折不肯走", A, "二｜入行半年", B, "三｜多管闲事", C),
                 [(1, "一｜那位老人攥着存折不肯走", "为落实上级部"), (2, "二｜入行半年", "活动中，民警"), (3, "三｜多管闲事", "通过此次活动")], id="dev21-numeral-bar"),
    pytest.param(page("反诈宣传工作总结", A, "一｜工作开展情况", B, "二｜下一步打算", C), [(1, "反诈宣传工作总结", "为落实上级部")], id="dev21-a-summarys-own-numeral-bar-sections"),
    pytest.param(page("反诈小故事（3篇）", "【第1弹】奶奶差点买了个神奇枕头", A, "【第2弹】一条退费短信", B, "【第3弹】我当了一回小警察", C),
                 [(1, "【第1弹】奶奶差点买了个神奇枕头", "为落实上级部"), (2, "【第2弹】一条退费短信", "活动中，民警"), (3, "【第3弹】我当了一回小警察", "通过此次活动")], id="dev21-episodes"),
    pytest.param(page("企业反诈宣传活动方案（4份范本）", "xx公司活动方案-01", A, "xx物流园宣传方案-02", B),
                 [(1, "xx公司活动方案-01", "为落实上级部"), (2, "xx物流园宣传方案-02", "活动中，民警")], id="dev21-hyphened-numbers-under-a-count"),
    pytest.param(page("社区反诈宣传活动方案", A, "宣传点-01", B, "宣传点-02", C), [(1, "社区反诈宣传活动方案", "为落实上级部")], id="dev21-hyphened-numbers-without-a-count"),
    pytest.param(page("卫生院反诈宣传工作总结（3篇，任选其一）", "卫生院反诈宣传工作总结①", A, "卫生院反诈宣传工作总结②", B, "卫生院反诈宣传工作总结③", C),
                 [(1, "卫生院反诈宣传工作总结①", "为落实上级部"), (2, "卫生院反诈宣传工作总结②", "活动中，民警"), (3, "卫生院反诈宣传工作总结③", "通过此次活动")], id="dev21-circled-after-the-same-title"),
    pytest.param(page("卫生院反诈宣传工作总结", A, "宣传展板①", B, "宣传展板②", C), [(1, "卫生院反诈宣传工作总结", "为落实上级部")], id="dev21-circled-after-a-documents-own-lines"),
    pytest.param(page("防骗日签合集｜本周3条，建议收藏", "防骗日签｜6月3日　星期一", A, "防骗日签｜6月4日　星期二", B, "防骗日签｜6月5日　星期三", C),
                 [(1, "防骗日签｜6月3日　星期一", "为落实上级部"), (2, "防骗日签｜6月4日　星期二", "活动中，民警"), (3, "防骗日签｜6月5日　星期三", "通过此次活动")], id="dev21-a-series-as-many-as-told"),
    pytest.param(page("防骗日签合集｜本周3条，建议收藏", "防骗日签｜6月3日　星期一", A, "防骗日签｜6月4日　星期二", B),
                 [(1, "防骗日签合集｜本周3条，建议收藏", "防骗日签｜6")], id="dev21-a-series-fewer-than-told"),
    # --- session 14: a post's cases counted in 起 (TOLD), its short lead-in heading no article ---------------
    pytest.param(page("本周警情｜这三起骗局，就发生在身边", "又到每周的警情时间，我们挑了三起最典型的，讲给大家听。", "案例一｜“刷单返佣”，越刷越亏", LONG_A,
                      "案例二｜“注销校园贷”，一注就空", LONG_B, "案例三｜“老同学”借钱，先别急转", LONG_C),
                 [(1, "案例一｜“刷单返佣”，越刷越亏", "为落实上级部"), (2, "案例二｜“注销校园贷”，一注就空", "活动中，民警"), (3, "案例三｜“老同学”借钱，先别急转", "通过此次活动")],
                 id="s14-a-posts-cases-as-many-as-told-in-qi"),
    pytest.param(page("本周两起警情，提醒大家注意", "案例一｜“网店刷单”，先甜后苦", LONG_A, "案例二｜“领导”要你先垫钱", LONG_B, "案例三｜“征信修复”", LONG_C),
                 [(1, "本周两起警情，提醒大家注意", "案例一｜“网")], id="s14-cases-more-than-told-are-sections"),
    # s25 (dev73): the cases told with a word between the number and 案例 ("这四个真实案例": TOLD), under a lead-in
    pytest.param(page("毕业季求职防骗，这三个真实案例请收好", "又到一年毕业季，不少同学正忙着投简历、跑面试。今天我们把近期辖区发生的三起求职类诈骗整理出来，希望同学们少走弯路。",
                      "案例一：“内推名额”要先交钱", LONG_A, "案例二：入职前先“办张工资卡”", LONG_B, "案例三：“高薪海外岗”的机票陷阱", LONG_C),
                 [(1, "案例一：“内推名额”要先交钱", "为落实上级部"), (2, "案例二：入职前先“办张工资卡”", "活动中，民警"), (3, "案例三：“高薪海外岗”的机票陷阱", "通过此次活动")],
                 id="s25-cases-told-with-a-word-between"),
    pytest.param(page("毕业季求职防骗，这两个真实案例请收好", "又到一年毕业季，不少同学正忙着投简历、跑面试。今天我们把近期辖区发生的求职类诈骗整理出来，希望同学们少走弯路。",
                      "案例一：“内推名额”要先交钱", LONG_A, "案例二：入职前先“办张工资卡”", LONG_B, "案例三：“高薪海外岗”的机票陷阱", LONG_C),
                 [(1, "毕业季求职防骗，这两个真实案例请收好", "又到一年毕业")], id="s25-more-cases-than-told-with-a-word-between-are-sections"),
    # s25 (dev73): a bundle's title naming its documents' genres one after another (BUNDLE_RUN): each titled in its genre, in order
    pytest.param(page("滨河街道反诈宣传月资料（通知+倡议书+简报）", "关于开展反诈宣传月活动的通知", LONG_A, "致辖区居民的一封反诈倡议书", LONG_B, "反诈宣传月工作简报（第1期）", LONG_C),
                 [(1, "关于开展反诈宣传月活动的通知", "为落实上级部"), (2, "致辖区居民的一封反诈倡议书", "活动中，民警"), (3, "反诈宣传月工作简报（第1期）", "通过此次活动")],
                 id="s25-a-bundle-of-genres-named"),
    pytest.param(page("滨河街道反诈宣传月资料（通知+倡议书）", "关于开展反诈宣传月活动的通知", LONG_A, "一、活动安排", LONG_B),
                 [(1, "滨河街道反诈宣传月资料（通知+倡议书）", "关于开展反诈")], id="s25-a-bundle-missing-a-genre-is-one-article"),
    pytest.param(page("近期典型案例通报", "案例一｜“网店刷单”，先甜后苦", LONG_A, "案例二｜“领导”要你先垫钱", LONG_B),
                 [(1, "近期典型案例通报", "案例一｜“网")], id="s14-cases-under-a-title-counting-nothing-are-sections"),
    # dev40/4204: a dashed subtitle under each piece's heading is the heading's (_subtitle_opening)
    pytest.param(page("反诈工作会议讲话汇编", "第一篇 凝心聚力 坚决遏制电诈案件高发势头", "——在全区反诈工作一季度推进会上的讲话", "同志们：", LONG_A,
                      "第二篇 守好群众的钱袋子", "——在xx街道反诈宣传月启动仪式上的讲话", "各位领导、同事们：", LONG_B),
                 [(1, "第一篇 凝心聚力 坚决遏制电诈案件高发势头", "同志们：\n为"), (2, "第二篇 守好群众的钱袋子", "各位领导、同")], id="s15-a-subtitle-under-each-pieces-heading"),
    pytest.param(page("反诈工作会议讲话汇编", "第一篇 凝心聚力", LONG_A, "第二篇 守好群众的钱袋子", "——在xx街道反诈宣传月启动仪式上的讲话"),
                 [(1, "第一篇 凝心聚力", "为落实上级部"), (2, "第二篇 守好群众的钱袋子", "——在xx街")], id="s15-a-subtitle-with-nothing-under-it-stays-the-text"),
    # dev41/4317: an issue whose lead-in presents as many cases as follow (BULLETIN_ISSUE, told_count on the lead)
    pytest.param(page("警情周报｜第49期", "上周，辖区共接报电信网络诈骗警情十一起。现选取三起典型案例，提醒广大群众提高警惕。",
                      "案例一：“老板”发来的转账指令", LONG_A, "案例二：直播间里的“稳赚”理财课", LONG_B, "案例三：注销“百万保障”要交钱？", LONG_C),
                 [(1, "案例一：“老板”发来的转账指令", "为落实上级部"), (2, "案例二：直播间里的“稳赚”理财课", "活动中，民警"),
                  (3, "案例三：注销“百万保障”要交钱？", "通过此次活动")], id="s15-an-issues-lead-presents-its-cases"),
    pytest.param(page("警情周报｜第49期", "上周，辖区共接报电信网络诈骗警情十一起。现选取两起典型案例，提醒广大群众提高警惕。",
                      "案例一：“老板”发来的转账指令", LONG_A, "案例二：直播间里的“稳赚”理财课", LONG_B, "案例三：注销“百万保障”要交钱？", LONG_C),
                 [(1, "警情周报｜第49期", "上周，辖区共")], id="s15-an-issues-lead-presenting-another-count-leads-into-sections"),
    # dev41/4320: a title counting the items, a lead-in presenting as many, decorated headings (presented_count, COUNTED_IN_TITLE)
    pytest.param(page("反诈一线｜三个乡镇，三种“打开方式”", "入秋以来，各乡镇想出了不少接地气的办法。今天，我们选了三个乡镇的做法，一起来看看。",
                      "◎ 栎林乡：山歌对唱唱出防骗经", PIECE_A, "◎ 荇港镇：渔船码头上的“开船第一课”", PIECE_B, "◎ 樗山乡：小学生当起“反诈小老师”", PIECE_C),
                 [(1, "◎ 栎林乡：山歌对唱唱出防骗经", "为落实上级部"), (2, "◎ 荇港镇：渔船码头上的“开船第一课”", "活动中，民警"),
                  (3, "◎ 樗山乡：小学生当起“反诈小老师”", "通过此次活动")], id="s15-a-lead-presenting-the-counted-items"),
    pytest.param(page("区检察院发布涉老年人电信网络诈骗典型案例", "为提高老年群众识骗防骗能力，区检察院从今年办理的案件中选取三起典型案例予以发布。",
                      "①　保健品推销诈骗案：“专家义诊”背后的高价药", PIECE_A, "②　养老投资诈骗案：年化十八的养老项目", PIECE_B, "③　冒充公检法诈骗案：安全账户里的二十六万", PIECE_C),
                 [(1, "区检察院发布涉老年人电信网络诈骗典型案例", "为提高老年群")], id="s15-a-release-presenting-its-cases-is-one-document"),
    # dev40/4210: a heading glued to its first sentence repeats the title without its collection word (_collection_stems)
    pytest.param(page("社区反诈宣传工作简报合集", "社区反诈宣传工作简报1为落实区里的部署，社区在文化广场举办集中宣传活动。", B,
                      "社区反诈宣传工作简报2近日，社区联合银行网点走进老年大学。", C),
                 [(1, "社区反诈宣传工作简报1", "为落实区里的"), (2, "社区反诈宣传工作简报2", "近日，社区联")], id="s16-glued-headings-under-a-collection-word"),
    pytest.param(page("社区反诈宣传工作简报合集", "社区反诈宣传工作简报12月份的重点是进楼栋宣传。", LONG_B),
                 [(1, "社区反诈宣传工作简报合集", "社区反诈宣传")], id="s16-one-glued-line-is-no-run"),
    # dev40/4212: one notice's versions for its readers, each label over the readers it addresses (_versions)
    pytest.param(page("2024年暑假防范电信网络诈骗安全提示", "小学版", "亲爱的小朋友们：", LONG_A, "中学版", "同学们，暑假里上网的时间多了，骗局也会瞄准你们。", LONG_B,
                      "家长篇", "各位家长：", LONG_C),
                 [(1, "小学版", "亲爱的小朋友"), (2, "中学版", "同学们，暑假"), (3, "家长篇", "各位家长：\n")], id="s16-versions-for-their-readers"),
    pytest.param(page("xx中学反诈宣传教育工作总结", "教师篇", "本学期，我校组织全体教师参加反诈专题培训。", LONG_A, "学生篇", "学校利用班会课开展反诈主题教育。", LONG_B),
                 [(1, "xx中学反诈宣传教育工作总结", "教师篇\n本学")], id="s16-a-reports-parts-labelled-for-readers-address-nobody"),
    pytest.param(page("暑假防范电信网络诈骗安全提示", "家长篇", "各位家长：", LONG_A, "家长篇", "各位家长：", LONG_B),
                 [(1, "暑假防范电信网络诈骗安全提示", "家长篇\n各位")], id="s16-one-label-twice-is-no-versions"),
    # dev42: bare titles under a title counting documents or units (TOLD), gathering tips (GATHERED_OF), each piece signed
    # off with its unit or its pupil's class and name; the page's closing line under the last sign-off heads no piece
    pytest.param(page("这三份反诈倡议书，请转给家里人", "写给老年朋友", PIECE_A, "苍棂县反诈中心", "写给青年朋友", PIECE_B, "苍棂县反诈中心",
                      "写给每一个家庭", PIECE_C, "苍棂县反诈中心", "读完有收获，顺手转给亲友看看"),
                 [(1, "写给老年朋友", "为落实上级部"), (2, "写给青年朋友", "活动中，民警"), (3, "写给每一个家庭", "通过此次活动")], id="s16-documents-counted-letters-alike"),
    pytest.param(page("反诈宣传进行时｜三个乡镇各出新招", "青苇镇把反诈课堂搬到了田埂上", PIECE_A, "石蕖镇“反诈大集”人气旺", PIECE_B, "杉坳乡百名网格员当起宣传员", PIECE_C),
                 [(1, "青苇镇把反诈课堂搬到了田埂上", "为落实上级部"), (2, "石蕖镇“反诈大集”人气旺", "活动中，民警"), (3, "杉坳乡百名网格员当起宣传员", "通过此次活动")],
                 id="s16-three-units-told"),
    pytest.param(page("反诈主题征文选登", "那天，我拦住了外婆", PIECE_A, "四（2）班　许沐阳", "“免费皮肤”的真相", PIECE_B, "五（1）班　钟语桐"),
                 [(1, "那天，我拦住了外婆", "为落实上级部"), (2, "“免费皮肤”的真相", "活动中，民警")], id="s16-pieces-signed-by-class-and-name"),
    pytest.param(page("这三种说法，听到就挂", "说你涉嫌洗钱", PIECE_A, "说你快递丢了", PIECE_B, "说你中了大奖", PIECE_C),
                 [(1, "这三种说法，听到就挂", "说你涉嫌洗钱")], id="s16-tips-told-alike-stay-one-post"),
    # dev42/4412: speeches one after another, each title over its salutation, the first at the page's top (_saluted_pieces)
    pytest.param(page("做清醒的“网上少年”", "老师们、同学们：", PIECE_A, "把防骗的“暗号”带回家", "尊敬的老师，亲爱的同学们：", PIECE_B),
                 [(1, "做清醒的“网上少年”", "老师们、同学"), (2, "把防骗的“暗号”带回家", "尊敬的老师，")], id="s16-speeches-each-over-its-salutation"),
    pytest.param(page("致家长的一封信", "尊敬的各位家长：", PIECE_A, "防范电信网络诈骗家庭承诺书", "为增强家庭成员防范电信网络诈骗意识，我家郑重承诺：", PIECE_B),
                 [(1, "致家长的一封信", "尊敬的各位家")], id="s16-a-letter-and-its-pledge-greet-once"),
    # dev44/4616: under a title gathering them, each signed with a class and name and a day
    pytest.param(page("反诈主题国旗下讲话稿选登", "做清醒的“网上冲浪者”", "尊敬的老师们，亲爱的同学们：", PIECE_A, "九年级（1）班　顾子衿", "2024年11月4日",
                      "守好手中的那部手机", "老师们、同学们：", PIECE_B, "九年级（4）班　韩书宁", "2024年11月11日"),
                 [(1, "做清醒的“网上冲浪者”", "尊敬的老师们"), (2, "守好手中的那部手机", "老师们、同学")], id="s16-speeches-under-a-gathering-title"),
    # dev46: a paper's kicker over the headline over its deck without a dash (_kicker_over_headline); speeches titled in
    # book marks whatever ends inside them; pieces under a lead-in that presents them, counted (LEAD_PRESENTS)
    pytest.param(page("守护群众钱袋子", "民警深夜敲门 拦下一笔“投资款”", "瓴山派出所半小时劝阻一起虚假投资诈骗", LONG_A),
                 [(1, "民警深夜敲门 拦下一笔“投资款”", "瓴山派出所半")], id="s17-a-kicker-over-the-headline-over-its-deck"),
    pytest.param(page("社区开展反诈宣传进楼栋活动工作总结", "城关街道办事处", LONG_A),
                 [(1, "社区开展反诈宣传进楼栋活动工作总结", "城关街道办事")], id="s17-a-title-over-its-unit-is-no-kicker"),
    pytest.param(page("晨会升旗发言·防骗篇（3篇）", "《别让验证码成了别人的钥匙》", "老师们、同学们：", LONG_A, "《网恋对象让你投资？快跑！》", "亲爱的同学们：", LONG_B,
                      "《给爸妈装上“防骗软件”》", "各位同学们：", LONG_C),
                 [(1, "《别让验证码成了别人的钥匙》", "老师们、同学"), (2, "《网恋对象让你投资？快跑！》", "亲爱的同学们"), (3, "《给爸妈装上“防骗软件”》", "各位同学们：")],
                 id="s17-speeches-titled-in-book-marks"),
    pytest.param(page("童声话反诈｜两个同学的亲身经历", "本期推送两篇同学来稿，都是他们自己遇到的真事。", "“老师，我被拉进了一个群”", LONG_A, "“妈妈，这个链接能点吗？”", LONG_B),
                 [(1, "“老师，我被拉进了一个群”", LONG_A[:6]), (2, "“妈妈，这个链接能点吗？”", LONG_B[:6])], id="s17-pieces-under-a-lead-in-presenting-them"),
    pytest.param(page("社区反诈宣传活动小结", "本期梳理了两种常见骗局，请大家留意。", "冒充客服退款", LONG_A, "刷单返利陷阱", LONG_B),
                 [(1, "社区反诈宣传活动小结", "本期梳理了两")], id="s17-a-lead-in-presenting-kinds-of-scam-is-one-post"),
    # dev45: decorated pieces under a title counting as many (▸), one headline asking then answering; an ordinal between
    # decorations or a bare section number over each title (FRAMED_ORDINAL); decorations under a larger count number nothing
    pytest.param(page("梧岙小区公告栏 · 本月三则提醒", "▸ 燃气“安检员”上门，先看工作证", PIECE_A, "▸ 快递柜旁的“扫码领礼品”", PIECE_B, "▸ 子女“换号”了？先打旧号问问", PIECE_C),
                 [(1, "▸ 燃气“安检员”上门，先看工作证", PIECE_A[:6]), (2, "▸ 快递柜旁的“扫码领礼品”", PIECE_B[:6]), (3, "▸ 子女“换号”了？先打旧号问问", PIECE_C[:6])],
                 id="s17-decorated-pieces-under-a-title-counting-them"),
    pytest.param(page("扫码“理赔”，三万八千元没了", "▸ 接到“客服”电话", PIECE_A, "▸ 一步步掉进圈套", PIECE_B),
                 [(1, "扫码“理赔”，三万八千元没了", "▸ 接到“客")], id="s17-a-storys-decorated-parts-under-its-headline"),
    pytest.param(page("反诈宣传片观后感精选3篇", "✦ 第一篇 ✦", "守好钱袋子，从不信“天上掉馅饼”开始", PIECE_A, "✦ 第二篇 ✦", "看《无声的陷阱》有感", PIECE_B,
                      "✦ 第三篇 ✦", "别让“一时贪心”变成“一生后悔”", PIECE_C),
                 [(1, "守好钱袋子，从不信“天上掉馅饼”开始", PIECE_A[:6]), (2, "看《无声的陷阱》有感", PIECE_B[:6]), (3, "别让“一时贪心”变成“一生后悔”", PIECE_C[:6])],
                 id="s17-an-ordinal-between-decorations-over-each-title"),
    pytest.param(page("本周反诈速递三则", "01", "男子网购机票“改签”被骗一万二", PIECE_A, "02", "冒充客服“注销百万保障”再现", PIECE_B, "03", "社保卡“被冻结”了？", PIECE_C),
                 [(1, "男子网购机票“改签”被骗一万二", PIECE_A[:6]), (2, "冒充客服“注销百万保障”再现", PIECE_B[:6]), (3, "社保卡“被冻结”了？", PIECE_C[:6])],
                 id="s17-a-bare-section-number-over-each-title"),
    pytest.param(page("开学第一课：这几件事要和孩子聊一聊", "▶ 不要把验证码告诉“同学”", PIECE_A, "▶ 游戏装备“低价转让”多是陷阱", PIECE_B, "▶ “刷单返利”不是兼职", PIECE_C),
                 [(1, "▶ 不要把验证码告诉“同学”", PIECE_A[:6]), (2, "▶ 游戏装备“低价转让”多是陷阱", PIECE_B[:6]), (3, "▶ “刷单返利”不是兼职", PIECE_C[:6])],
                 id="s17-decorated-pieces-under-a-title-naming-a-few-things"),
    # s18 (held aggregates: pieces headed by a word and its ordinal parted by a dot, by an issue in brackets, decorated under a
    # weekly's title): "案例·二　X" (word_ordinal), "【第2期】X" (episode), ▶ pieces under "…周报" (ITEMS_NAMED)
    pytest.param(page("案例·一　冒充客服“理赔”骗局", PIECE_A, "案例·二　刷单返利的“先甜后苦”", PIECE_B, "案例·三　网恋交友诱导投资", PIECE_C),
                 [(1, "案例·一　冒充客服“理赔”骗局", PIECE_A[:6]), (2, "案例·二　刷单返利的“先甜后苦”", PIECE_B[:6]), (3, "案例·三　网恋交友诱导投资", PIECE_C[:6])],
                 id="s18-a-word-and-its-ordinal-parted-by-a-dot"),
    pytest.param(page("反诈宣传汇编（共4期）", "【第1期】冒充客服“理赔”骗局", PIECE_A, "【第2期】刷单返利的“先甜后苦”", PIECE_B, "【第3期】网恋交友诱导投资", PIECE_C),
                 [(1, "【第1期】冒充客服“理赔”骗局", PIECE_A[:6]), (2, "【第2期】刷单返利的“先甜后苦”", PIECE_B[:6]), (3, "【第3期】网恋交友诱导投资", PIECE_C[:6])],
                 id="s18-issues-in-brackets-under-a-count"),
    pytest.param(page("反诈周报", "▶ 冒充客服“理赔”骗局又来了", PIECE_A, "▶ 刷单返利类诈骗高发", PIECE_B, "▶ 网恋交友诱导投资要警惕", PIECE_C),
                 [(1, "▶ 冒充客服“理赔”骗局又来了", PIECE_A[:6]), (2, "▶ 刷单返利类诈骗高发", PIECE_B[:6]), (3, "▶ 网恋交友诱导投资要警惕", PIECE_C[:6])],
                 id="s18-decorated-pieces-under-a-weeklys-title"),
    pytest.param(page("xx县反诈宣传工作总结", "▶ 冒充客服“理赔”骗局又来了", PIECE_A, "▶ 刷单返利类诈骗高发", PIECE_B),
                 [(1, "xx县反诈宣传工作总结", "▶ 冒充客服")], id="s18-a-summarys-decorated-parts-stay-its-own"),
    pytest.param(page("xx县反诈宣传工作总结", "【第1期】冒充客服“理赔”骗局", A, "【第2期】刷单返利的“先甜后苦”", B),
                 [(1, "xx县反诈宣传工作总结", "【第1期】冒")], id="s18-issues-of-short-points-unsupported"),
    # --- session 19: a lead-in of one paragraph longer than a title, and one under a count more than the pieces shown ------
    pytest.param(page(f"{H}（精选3篇）", LEAD_65, f"{H}篇1", PIECE_A, f"{H}篇2", PIECE_B, f"{H}篇3", PIECE_C),
                 [(1, f"{H}篇1", PIECE_A[:6]), (2, f"{H}篇2", PIECE_B[:6]), (3, f"{H}篇3", PIECE_C[:6])], id="s19-a-lead-in-paragraph-longer-than-a-title-is-no-article"),
    pytest.param(page(H, LEAD_65, "一起往下看吧", f"{H}篇1", PIECE_A, f"{H}篇2", PIECE_B),
                 [(1, f"{H}篇1", PIECE_A[:6]), (2, f"{H}篇2", PIECE_B[:6])], id="s19-a-long-lead-in-line-and-a-short-one"),
    pytest.param(page(f"{H}（共5篇）", A, f"{H}篇1", PIECE_A, f"{H}篇2", PIECE_B, f"{H}篇3", PIECE_C),
                 [(1, f"{H}篇1", PIECE_A[:6]), (2, f"{H}篇2", PIECE_B[:6]), (3, f"{H}篇3", PIECE_C[:6])], id="s19-a-lead-in-over-the-first-three-of-five-shown"),
    pytest.param(page("典型案例（4则）", A, "案例一：冒充客服退款", PIECE_A, "案例二：刷单返利", PIECE_B, "案例三：虚假投资理财", PIECE_C),
                 [(1, "案例一：冒充客服退款", PIECE_A[:6]), (2, "案例二：刷单返利", PIECE_B[:6]), (3, "案例三：虚假投资理财", PIECE_C[:6])],
                 id="s19-cases-counted-from-one-under-a-larger-count"),
    # a document's title under its issuer's name, past a 文号 (TITLE_UNDER_ISSUER); a kicker running into the headline (KICKER_INTO)
    pytest.param(page("蘼州市教育局办公室", "蘼教办〔2025〕19号", "关于做好暑期学生防范电信网络诈骗教育工作的通知", "各县（市、区）教育局：", LONG_A),
                 [(1, "关于做好暑期学生防范电信网络诈骗教育工作的通知", "各县（市、区")], id="s19-a-notices-title-under-its-issuer-past-a-wenhao"),
    pytest.param(page("蕖阳市反电信网络诈骗联席会议办公室", "关于开展“反诈宣传进万家”集中行动的通知", "各成员单位：", LONG_A),
                 [(1, "关于开展“反诈宣传进万家”集中行动的通知", "各成员单位：")], id="s19-a-notices-title-under-its-issuer"),
    # s22 (dev61/6311): a PDF's own fields above the issuer's masthead (DOCUMENT_HEAD, MASTHEAD_FILE), the title naming its issuer
    pytest.param(page("公开方式：主动公开", "淯溪县人民政府办公室文件", "淯政办发〔2025〕14号", "淯溪县人民政府办公室关于印发《打击治理电信网络诈骗工作要点》的通知",
                      "各乡镇人民政府、街道办事处：", LONG_A),
                 [(1, "淯溪县人民政府办公室关于印发《打击治理电信网络诈骗工作要点》的通知", "各乡镇人民政")], id="s22-a-pdfs-fields-and-masthead-above-the-title"),
    # must not match: a field in a sentence (no line looked past: it is the headline of one sentence), a title ending in 文件
    pytest.param(page("公开方式：主动公开，欢迎群众监督。", LONG_A), [(1, "公开方式：主动公开，欢迎群众监督。", LONG_A[:6])], id="s22-a-field-in-a-sentence"),
    pytest.param(page("反诈宣传文件", "全县发放宣传资料两万余份", LONG_A), [(1, "反诈宣传文件", "全县发放宣传")], id="s22-a-title-ending-in-wenjian"),
    # s23 (dev60/6210): a unit releasing so many cases (RELEASE_COUNT) is one release, its lead-in presenting them its own
    pytest.param(page("蒲源区检察院发布3起帮助信息网络犯罪活动典型案例", "为警示群众，现选取3起典型案例予以发布。", "案例一：在校大学生出售银行卡", PIECE_A,
                      "案例二：“刷脸”认证换取报酬", PIECE_B, "案例三：出租微信账号被追责", PIECE_C),
                 [(1, "蒲源区检察院发布3起帮助信息网络犯罪活动典型案例", "为警示群众，")], id="s23-a-unit-releasing-three-cases"),
    pytest.param(page("蒲源区检察院发布了3起帮助信息网络犯罪活动典型案例", "为警示群众，现选取3起典型案例予以发布。", "案例一：在校大学生出售银行卡", PIECE_A,
                      "案例二：“刷脸”认证换取报酬", PIECE_B, "案例三：出租微信账号被追责", PIECE_C),
                 [(1, "蒲源区检察院发布了3起帮助信息网络犯罪活动典型案例", "为警示群众，")], id="s23r-a-unit-having-released-three-cases"),
    # must not match: a post counting its cases, its lead-in presenting as many; a count after the release's separator
    pytest.param(page("本周警情｜这三起骗局，就发生在身边", "这一周我们挑了三起最典型的，讲给大家听。", "案例一：在校大学生出售银行卡", PIECE_A,
                      "案例二：“刷脸”认证换取报酬", PIECE_B, "案例三：出租微信账号被追责", PIECE_C),
                 [(1, "案例一：在校大学生出售银行卡", PIECE_A[:6]), (2, "案例二：“刷脸”认证换取报酬", PIECE_B[:6]), (3, "案例三：出租微信账号被追责", PIECE_C[:6])],
                 id="s23-a-post-counting-its-cases"),
    pytest.param(page("本周警情通报｜这三起骗局，就发生在身边", "这一周我们挑了三起最典型的，讲给大家听。", "案例一：在校大学生出售银行卡", PIECE_A,
                      "案例二：“刷脸”认证换取报酬", PIECE_B, "案例三：出租微信账号被追责", PIECE_C),
                 [(1, "案例一：在校大学生出售银行卡", PIECE_A[:6]), (2, "案例二：“刷脸”认证换取报酬", PIECE_B[:6]), (3, "案例三：出租微信账号被追责", PIECE_C[:6])],
                 id="s23-a-bulletins-count-after-its-separator"),
    pytest.param(page("全民国家安全教育日前夕，一堂特别的班会课上——", "民警进课堂讲案例　初二学子学会说“不”", LONG_A),
                 [(1, "民警进课堂讲案例\u3000初二学子学会说“不”", LONG_A[:6])], id="s19-a-kicker-running-into-the-headline"),
    pytest.param(page("这是一个真实的故事——", LONG_A, LONG_B), [(1, "这是一个真实的故事——", LONG_A[:6])], id="s19-a-dashed-line-over-prose-is-the-title"),
    # pieces under their own word naming items of the genre (ITEM_WORD), under a title of no one document's genre
    pytest.param(page("反诈进行时｜别让骗子钻了空子", "故事①｜“儿子”的新手机号", PIECE_A, "故事②｜一张“中奖”刮刮卡", PIECE_B, "故事③｜被“客服”拖进的直播间", PIECE_C),
                 [(1, "故事①｜“儿子”的新手机号", PIECE_A[:6]), (2, "故事②｜一张“中奖”刮刮卡", PIECE_B[:6]), (3, "故事③｜被“客服”拖进的直播间", PIECE_C[:6])],
                 id="s19-stories-under-their-own-word"),
    pytest.param(page("反诈进行时｜别让骗子钻了空子", "今天整理了三个最近发生在身边的真实故事，人名都做了处理。", "故事①｜“儿子”的新手机号", PIECE_A, "故事②｜一张“中奖”刮刮卡", PIECE_B,
                      "故事③｜被“客服”拖进的直播间", PIECE_C),
                 [(1, "故事①｜“儿子”的新手机号", PIECE_A[:6]), (2, "故事②｜一张“中奖”刮刮卡", PIECE_B[:6]), (3, "故事③｜被“客服”拖进的直播间", PIECE_C[:6])],
                 id="s19-stories-under-a-lead-in-presenting-as-many"),
    pytest.param(page("金融消费者权益保护｜反诈警示录", "（本期共3条）", "◆ 警示一 ◆ 贷款先交“解冻金”", LONG_A, "◆ 警示二 ◆ “银行工作人员”让你升级网银", PIECE_B,
                      "◆ 警示三 ◆ 替人“走账”也犯法", PIECE_C),
                 [(1, "◆ 警示一 ◆ 贷款先交“解冻金”", LONG_A[:6]), (2, "◆ 警示二 ◆ “银行工作人员”让你升级网银", PIECE_B[:6]), (3, "◆ 警示三 ◆ 替人“走账”也犯法", PIECE_C[:6])],
                 id="s19-items-counted-in-the-title-shorter-than-pieces"),
    pytest.param(page("xx派出所2024年反诈工作总结", "案例一：“儿子”的新手机号", PIECE_A, "案例二：一张“中奖”刮刮卡", PIECE_B, "案例三：被“客服”拖进的直播间", PIECE_C),
                 [(1, "xx派出所2024年反诈工作总结", "案例一：“儿")], id="s19-a-summarys-cases-stay-its-own"),
    pytest.param(page("反诈进行时｜别让骗子钻了空子", "故事①｜“儿子”的新手机号", A, "故事②｜一张“中奖”刮刮卡", B),
                 [(1, "反诈进行时｜别让骗子钻了空子", "故事①｜“儿")], id="s19-a-sentence-under-each-story-word-is-no-piece"),
    # a lead-in presenting as many as a run of one word heads, under a title of no genre; not a document's own parts
    pytest.param(page("守护群众钱袋子", "我们选了三个场景，一起来看看。", "场景·一　清晨六点菜市场里的反诈小喇叭", PIECE_A, "场景·二　午后银行网点的一次紧急止付", PIECE_B,
                      "场景·三　深夜派出所接到的一通求助电话", PIECE_C),
                 [(1, "场景·一　清晨六点菜市场里的反诈小喇叭", PIECE_A[:6]), (2, "场景·二　午后银行网点的一次紧急止付", PIECE_B[:6]),
                  (3, "场景·三　深夜派出所接到的一通求助电话", PIECE_C[:6])], id="s19-a-lead-in-presenting-as-many-as-one-words-run"),
    pytest.param(page("守护群众钱袋子", "我们选了两个场景，一起来看看。", "场景·一　清晨六点菜市场里的反诈小喇叭", PIECE_A, "场景·二　午后银行网点的一次紧急止付", PIECE_B,
                      "场景·三　深夜派出所接到的一通求助电话", PIECE_C),
                 [(1, "守护群众钱袋子", "我们选了两个")], id="s19-a-lead-in-presenting-fewer-is-one-story"),
    pytest.param(page("xx派出所三招守护群众钱袋子", "今年以来，派出所推出三项举措，守护群众钱袋子。", "举措一：民警进村入户宣讲防骗知识", PIECE_A, "举措二：银行网点设立反诈专窗",
                      PIECE_B, "举措三：学校开设反诈第一课", PIECE_C),
                 [(1, "xx派出所三招守护群众钱袋子", "今年以来，派")], id="s19-a-storys-own-measures-presented-stay-its-own"),
    pytest.param(page("社区反诈工作总结", "我们选了三个场景，一起来看看。", "场景·一　清晨六点菜市场里的反诈小喇叭", PIECE_A, "场景·二　午后银行网点的一次紧急止付", PIECE_B,
                      "场景·三　深夜派出所接到的一通求助电话", PIECE_C),
                 [(1, "社区反诈工作总结", "我们选了三个")], id="s19-a-summarys-scenes-presented-stay-its-own"),
    # a word, a space, its number and a bar: "案例 1 丨 X" (word_ordinal); not a counter's "约 5 min 看完"
    pytest.param(page("反诈进行时｜别让骗子钻了空子", "案例 1 丨 “网恋女友”拉他进了“博彩平台”", PIECE_A, "案例 2 丨 “老同学”发来的收款码", PIECE_B, "案例 3 丨 “航班取消”短信里的退改签链接", PIECE_C),
                 [(1, "案例 1 丨 “网恋女友”拉他进了“博彩平台”", PIECE_A[:6]), (2, "案例 2 丨 “老同学”发来的收款码", PIECE_B[:6]), (3, "案例 3 丨 “航班取消”短信里的退改签链接", PIECE_C[:6])],
                 id="s19-a-word-a-space-its-number-and-a-bar"),
    pytest.param(page("暑假将至，这份游戏防骗指南请家长和孩子一起看", "约 5 min 看完", LONG_A, "约 3 min 看完", LONG_B),
                 [(1, "暑假将至，这份游戏防骗指南请家长和孩子一起看", "约 5 mi")], id="s19-a-reading-time-is-no-heading"),
    # items of the run's own word, counted by the title and presented as many by the lead-in: two sentences each will do
    pytest.param(page("盘点：骗子最爱用的3个套路，你中过几个？", "下面整理了三个最常见的套路，每个都附上应对办法。", "套路1｜快递丢件“理赔”", A + B, "套路2｜“百万保障”关闭", B + C,
                      "套路3｜冒充领导要转账", C + A),
                 [(1, "套路1｜快递丢件“理赔”", A[:6]), (2, "套路2｜“百万保障”关闭", B[:6]), (3, "套路3｜冒充领导要转账", C[:6])], id="s20-short-items-counted-and-presented"),
    pytest.param(page("盘点：骗子最爱用的3个套路，你中过几个？", "下面说说最常见的套路，每个都附上应对办法。", "套路1｜快递丢件“理赔”", A + B, "套路2｜“百万保障”关闭", B + C,
                      "套路3｜冒充领导要转账", C + A),
                 [(1, "盘点：骗子最爱用的3个套路，你中过几个？", "下面说说最常")], id="s20-short-items-counted-not-presented-stay-one"),
    pytest.param(page("盘点：骗子最爱用的3个套路，你中过几个？", "下面整理了三个最常见的套路，每个都附上应对办法。", "套路1｜快递丢件“理赔”", A, "套路2｜“百万保障”关闭", B,
                      "套路3｜冒充领导要转账", C),
                 [(1, "盘点：骗子最爱用的3个套路，你中过几个？", "下面整理了三")], id="s20-a-sentence-under-each-item-is-no-piece"),
    pytest.param(page("反诈提醒｜3起真实案例告诉你：这些“好事”千万别信！", "今天就把这3起案例讲给你听，看完记得转给家里人。", "案例一：“点赞赚佣金”，越赚越亏", PIECE_A,
                      "案例二：“孙子出事了”，奶奶差点转走积蓄", PIECE_B, "案例三：“免费领取养老补贴”，结果钱没了", PIECE_C),
                 [(1, "反诈提醒｜3起真实案例告诉你：这些“好事”千万别信！", "今天就把这3")], id="s20-a-posts-own-cases-told-to-the-reader-stay-its-own"),
    pytest.param(page("这些陷阱，专挑想赚快钱的人", "陷阱 01 ‖ “高薪海外工作”", PIECE_A, "陷阱 02 ‖ “内部消息”炒股群", PIECE_B, "陷阱 03 ‖ “注销账户”的客服", PIECE_C),
                 [(1, "陷阱 01 ‖ “高薪海外工作”", PIECE_A[:6]), (2, "陷阱 02 ‖ “内部消息”炒股群", PIECE_B[:6]), (3, "陷阱 03 ‖ “注销账户”的客服", PIECE_C[:6])],
                 id="s20-a-word-a-space-its-number-and-a-double-bar"),
    # headlines under one glyph, under a column's title (GLYPH_RUN: no genre, one phrase, not the writer's own voice), no lead-in
    pytest.param(page("反诈一线观察", "▶ 一条“快递理赔”短信，差点让她损失两万元", PIECE_A, "▶ “内部渠道”买演唱会门票？钱付了人没了", PIECE_B, "▶ 退休老人被拉进“养老投资群”", PIECE_C),
                 [(1, "▶ 一条“快递理赔”短信，差点让她损失两万元", PIECE_A[:6]), (2, "▶ “内部渠道”买演唱会门票？钱付了人没了", PIECE_B[:6]),
                  (3, "▶ 退休老人被拉进“养老投资群”", PIECE_C[:6])], id="s20-headlines-under-one-glyph-under-a-columns-title"),
    pytest.param(page("一条短信，差点让她损失两万元", "▶ 一条“快递理赔”短信打了进来", PIECE_A, "▶ 骗子是怎样一步步让她转账的", PIECE_B, "▶ 民警赶到时她正准备输验证码", PIECE_C),
                 [(1, "一条短信，差点让她损失两万元", "▶ 一条“快")], id="s20-a-storys-two-clause-headline-over-its-glyph-parts"),
    pytest.param(page("这一年我在反诈一线的所见所闻", "▶ 一条“快递理赔”短信打了进来", PIECE_A, "▶ 骗子是怎样一步步让她转账的", PIECE_B, "▶ 民警赶到时她正准备输验证码", PIECE_C),
                 [(1, "这一年我在反诈一线的所见所闻", "▶ 一条“快")], id="s20-a-title-in-the-first-person-over-its-glyph-parts"),
    pytest.param(page("反诈一线观察", "近期，辖区接连发生几起电信诈骗案件，我们梳理了办案中的几个细节。", "▶ 一条“快递理赔”短信打了进来", PIECE_A, "▶ 骗子是怎样一步步让她转账的", PIECE_B),
                 [(1, "反诈一线观察", "近期，辖区接")], id="s20-a-lead-in-over-glyph-parts-is-one-story"),
    # …each led by its own unit (a round-up of places): items of ITEM_BODY_MIN characters will do
    pytest.param(page("反诈宣传在行动", "▌菰湾镇：反诈宣传走进田间地头", LONG_A, "▌县人民医院：候诊区里的“反诈课”", LONG_B, "▌青禾中学：一堂别开生面的反诈情景剧", LONG_C),
                 [(1, "▌菰湾镇：反诈宣传走进田间地头", A[:6]), (2, "▌县人民医院：候诊区里的“反诈课”", B[:6]), (3, "▌青禾中学：一堂别开生面的反诈情景剧", C[:6])],
                 id="s20-unit-led-glyph-headlines-over-short-items"),
    pytest.param(page("反诈宣传在行动", "▌把反诈宣传送到田间地头去", LONG_A, "▌候诊区里开讲一堂“反诈课”", LONG_B, "▌一堂别开生面的反诈情景剧", LONG_C),
                 [(1, "反诈宣传在行动", "▌把反诈宣传")], id="s20-short-parts-under-glyphs-led-by-no-unit-are-one"),
    # a round-up's briefs: four headlines or more under a title naming items, a sentence or a few under each
    pytest.param(page("溧川反诈速递", "女子网上找“代购”，花九千元买到一堆假货", A + B, "反诈民警蹲守银行网点，成功拦下一笔八万元汇款", B + C,
                      "我市开展“反诈宣传进企业”活动", C + A, "小伙为赚佣金出租微信号，结果被刑事拘留", A + C),
                 [(1, "女子网上找“代购”，花九千元买到一堆假货", A[:6]), (2, "反诈民警蹲守银行网点，成功拦下一笔八万元汇款", B[:6]),
                  (3, "我市开展“反诈宣传进企业”活动", C[:6]), (4, "小伙为赚佣金出租微信号，结果被刑事拘留", A[:6])], id="s20-briefs-under-a-round-ups-title"),
    pytest.param(page("溧川反诈速递", "女子网上找“代购”，花九千元买到一堆假货", A + B, "反诈民警蹲守银行网点，成功拦下一笔八万元汇款", B + C, "我市开展“反诈宣传进企业”活动", C + A),
                 [(1, "溧川反诈速递", "女子网上找“")], id="s20-three-briefs-are-too-few"),
    pytest.param(page("守护钱袋子的平凡人", "女子网上找“代购”，花九千元买到一堆假货", A + B, "反诈民警蹲守银行网点，成功拦下一笔八万元汇款", B + C,
                      "我市开展“反诈宣传进企业”活动", C + A, "小伙为赚佣金出租微信号，结果被刑事拘留", A + C),
                 [(1, "守护钱袋子的平凡人", "女子网上找“")], id="s20-briefs-under-a-title-naming-no-items-are-one"),
    # letters under a count, each greeting its readers, signed off with a month; a document of a genre that greets no one among them
    pytest.param(page("反诈宣传常用文书合集（3份）", "致全体居民的防范电信网络诈骗倡议书", "亲爱的居民朋友们：", LONG_A, "xx社区居民委员会", "2025年3月",
                      "致学生家长的一封信", "尊敬的家长：", LONG_B, "xx学校", "2025年3月", "员工反诈守法承诺书", LONG_C, "承诺人：__________"),
                 [(1, "致全体居民的防范电信网络诈骗倡议书", "亲爱的居民朋"), (2, "致学生家长的一封信", "尊敬的家长："), (3, "员工反诈守法承诺书", C[:6])],
                 id="s20-letters-signed-off-with-a-month-and-a-pledge"),
    pytest.param(page("反诈宣传常用文书合集（3份）", "致全体居民的防范电信网络诈骗倡议书", "亲爱的居民朋友们：", LONG_A, "2025年3月", "工作总结", LONG_B),
                 [(1, "反诈宣传常用文书合集（3份）", "致全体居民的")], id="s20-a-genre-word-alone-after-one-letter-is-no-piece"),
    # under a title naming items, a glyph's items may be of ITEM_BODY_MIN characters
    pytest.param(page("预警！这几种新骗局正在冒头", "🔴 警惕“ETC认证失效”短信", LONG_A, "🔴 “助学金发放”诈骗进入高发期", LONG_B),
                 [(1, "🔴 警惕“ETC认证失效”短信", LONG_A[:6]), (2, "🔴 “助学金发放”诈骗进入高发期", LONG_B[:6])], id="s20-short-glyph-items-under-a-title-naming-items"),
    pytest.param(page("一条短信，差点让她损失两万元", "🔴 一条“快递理赔”短信打了进来", LONG_A, "🔴 骗子是怎样一步步让她转账的", LONG_B),
                 [(1, "一条短信，差点让她损失两万元", "🔴 一条“快")], id="s20-short-glyph-parts-under-a-storys-headline-are-one"),
    # an arrow is a glyph that heads pieces too ("→ X" under a title naming items; DECORATED)
    pytest.param(page("分享几个身边的骗局，大家看看", "→ 二手平台卖东西，买家让我“开通保证金”", PIECE_A, "→ 我爸差点被“战友”骗了，还好多问了一句", PIECE_B),
                 [(1, "→ 二手平台卖东西，买家让我“开通保证金”", PIECE_A[:6]), (2, "→ 我爸差点被“战友”骗了，还好多问了一句", PIECE_B[:6])], id="s20-pieces-under-arrows"),
    pytest.param(page("社区反诈宣传活动方案", "→ 第一步：网格员入户摸排重点人群", PIECE_A, "→ 第二步：民警进社区集中宣讲", PIECE_B),
                 [(1, "社区反诈宣传活动方案", "→ 第一步：")], id="s20-a-plans-steps-under-arrows-are-its-own"),
    # a count leading the page's title (LEADING_DECLARED), headings of the title and a digit glued to the first sentence
    pytest.param(page("5篇防诈骗宣传工作总结范文", "防诈骗宣传工作总结1" + A + B, "防诈骗宣传工作总结2" + B + C, "防诈骗宣传工作总结3" + C + A),
                 [(1, "防诈骗宣传工作总结1", A[:6]), (2, "防诈骗宣传工作总结2", B[:6]), (3, "防诈骗宣传工作总结3", C[:6])], id="s21-a-leading-count-over-glued-headings"),
    pytest.param(page("3篇文章带你看懂电信诈骗", "防诈骗宣传工作总结1" + A + B, "防诈骗宣传工作总结2" + B + C),
                 [(1, "3篇文章带你看懂电信诈骗", "防诈骗宣传工")], id="s21-a-headlines-leading-number-counts-nothing"),
    # a headline written as one sentence over the text's paragraphs (SENTENCE_HEADLINE_MAX); a one-sentence first line
    # over one-sentence lines heads nothing
    pytest.param(page("听完那场反诈讲座，我把手机里的三个“理财群”都退了。", "一场讲座，让我看清了自己离骗局到底有多近。", A + B, C),
                 [(1, "听完那场反诈讲座，我把手机里的三个“理财群”都退了。", "一场讲座，让")], id="s21-a-headline-of-one-sentence"),
    pytest.param(page("遇到陌生来电要多留个心眼。", "不明链接不点击。", "个人信息不透露。", "转账汇款多核实。"),
                 [(1, None, "遇到陌生来电")], id="s21-one-sentence-lines-head-nothing"),
    # a headline of one sentence over a paragraph of one sentence longer than it (SENTENCE_HEADLINE)
    pytest.param(page("关于开展2025年度防范电信网络诈骗宣传进社区活动的情况总结。", "今年以来，我街道按照区委政法委的统一部署，以反诈宣传进社区为抓手，聚焦老年人和在校学生，扎实开展宣传活动，现将有关情况总结如下。", "一、强化组织，明确责任", "（一）成立专班", A + B),
                 [(1, "关于开展2025年度防范电信网络诈骗宣传进社区活动的情况总结。", "今年以来，我")], id="s21-a-headline-of-one-sentence-over-a-longer-one"),
    # briefs under one glyph, four or more under a title naming items (GLYPH_BRIEFS); three are no round-up's briefs
    pytest.param(page("一周反诈动态", "■椒岭镇：反诈宣传进农家书屋", "11月10日，椒岭镇在各村农家书屋增设反诈图书角。不少村民一有空就来借阅。", "■榆砭乡：“银发课堂”讲防骗",
                      "榆砭乡老年学校本周开设银发防骗课。派出所民警结合身边案例授课。", "■县前二小：反诈手抄报展出", "近日，县前第二小学展出学生反诈手抄报两百余幅。前来参观的家长纷纷点赞。",
                      "■县农商行：劝阻可疑转账两起", "本周，县农商银行两个网点各成功劝阻一起可疑转账。两起涉及金额合计六万余元。"),
                 [(1, "■椒岭镇：反诈宣传进农家书屋", "11月10日"), (2, "■榆砭乡：“银发课堂”讲防骗", "榆砭乡老年学"), (3, "■县前二小：反诈手抄报展出", "近日，县前第"),
                  (4, "■县农商行：劝阻可疑转账两起", "本周，县农商")], id="s21-briefs-under-one-glyph"),
    pytest.param(page("一周反诈动态", "■椒岭镇：反诈宣传进农家书屋", "11月10日，椒岭镇在各村农家书屋增设反诈图书角。不少村民一有空就来借阅。", "■榆砭乡：“银发课堂”讲防骗",
                      "榆砭乡老年学校本周开设银发防骗课。派出所民警结合身边案例授课。", "■县前二小：反诈手抄报展出", "近日，县前第二小学展出学生反诈手抄报两百余幅。前来参观的家长纷纷点赞。"),
                 [(1, "一周反诈动态", "■椒岭镇：反")], id="s21-three-briefs-under-one-glyph-stay-one"),
    # the title, a space, its number and a space glued to the first sentence (GLUED_NUMBER, PHENOMENA.md's "X 1")
    pytest.param(page("学校防范电信诈骗工作情况汇报", "（通用3篇）", "学校防范电信诈骗工作情况汇报 1 " + A + B, "学校防范电信诈骗工作情况汇报 2 " + B + C, "学校防范电信诈骗工作情况汇报 3 " + C + A),
                 [(1, "学校防范电信诈骗工作情况汇报 1", A[:6]), (2, "学校防范电信诈骗工作情况汇报 2", B[:6]), (3, "学校防范电信诈骗工作情况汇报 3", C[:6])], id="s21-a-title-a-space-its-number-a-space"),
    # …not two paragraphs longer than a title: a first piece that lost its heading
    pytest.param(page(H, LEAD_65, LEAD_65, f"{H}篇1", PIECE_A, f"{H}篇2", PIECE_B),
                 [(0, None, LEAD_65[:6]), (1, f"{H}篇1", PIECE_A[:6]), (2, f"{H}篇2", PIECE_B[:6])], id="s19-two-long-paragraphs-above-pian-1-are-a-piece"),
    # "第一封" alone over each letter, its salutation under it (di_feng_line)
    pytest.param(page("寒假防诈骗致家长的一封信（2篇）", "第一封", "尊敬的家长：", LONG_A, "第二封", "亲爱的家长朋友：", LONG_B),
                 [(1, "第一封", "尊敬的家长："), (2, "第二封", "亲爱的家长朋")], id="s14-letters-under-their-ordinal-in-feng"),
    pytest.param(page("寒假防诈骗致家长的一封信", "第一封", "尊敬的家长：", LONG_A),
                 [(1, "寒假防诈骗致家长的一封信", "第一封\n尊敬")], id="s14-one-ordinal-in-feng-is-no-run"),
    # tips on a board, each signed with the unit's name and the same month, the page's title heading the first (_unit_signed_run)
    pytest.param(page("扫码领鸡蛋？当心个人信息被卖", LONG_A, "茛湾农商银行西关支行", "2024年9月", "“账户升级”短信，一律别理", LONG_B, "茛湾农商银行西关支行", "2024年9月"),
                 [(1, "扫码领鸡蛋？当心个人信息被卖", "为落实上级部"), (2, "“账户升级”短信，一律别理", "活动中，民警")], id="s14-tips-signed-with-unit-and-month"),
    pytest.param(page("扫码领鸡蛋？当心个人信息被卖", LONG_A, "茛湾农商银行西关支行", "2024年9月", "附：联系方式", LONG_B, "茛湾农商银行西关支行", "2024年9月"),
                 [(1, "扫码领鸡蛋？当心个人信息被卖", "为落实上级部")], id="s14-an-enclosure-after-the-sign-off-is-no-piece"),
    # grades in brackets before each piece's title, under a title that names the grades' items (LABELLED_TITLE, ITEMS_NAMED)
    pytest.param(page("德育周讯：各年级反诈教育活动", "【二年级】反诈绘本进课堂", PIECE_A, "【五年级】小小宣讲员走进社区", PIECE_B),
                 [(1, "【二年级】反诈绘本进课堂", "为落实上级部"), (2, "【五年级】小小宣讲员走进社区", "活动中，民警")], id="s14-grades-items-in-a-weekly"),
    pytest.param(page("学校开展反诈教育活动", "【二年级】反诈绘本进课堂", PIECE_A, "【五年级】小小宣讲员走进社区", PIECE_B),
                 [(1, "学校开展反诈教育活动", "【二年级】反")], id="s14-grades-under-one-storys-headline-are-its-parts"),
    pytest.param(page("上半年反诈工作总结（村级选登）", "桑坞村2024年上半年反诈工作总结", LONG_A, "芦塘村2024年上半年反诈工作总结", LONG_B),
                 [(1, "桑坞村2024年上半年反诈工作总结", "为落实上级部"), (2, "芦塘村2024年上半年反诈工作总结", "活动中，民警")], id="dev21-a-gathering-said-in-a-note"),
    pytest.param(page("xx社区反诈工作总结（2024年）", "精心组织宣传", LONG_A, "扎实开展劝阻", LONG_B),
                 [(1, "xx社区反诈工作总结（2024年）", "精心组织宣传")], id="dev21-a-year-in-a-note-gathers-nothing"),
    # --- session 7: bare titles under a title that counts its pieces or gathers a period's items ---------------
    pytest.param(page("xx中学反诈宣传教育活动简报（共三期）", "开学第一课：反诈知识进课堂", LONG_A, "民警进校园开展“断卡”专题讲座", LONG_B, "“反诈小剧场”情景剧比赛落下帷幕", LONG_C),
                 [(1, "开学第一课：反诈知识进课堂", "为落实上级部"), (2, "民警进校园开展“断卡”专题讲座", "活动中，民警"), (3, "“反诈小剧场”情景剧比赛落下帷幕", "通过此次活动")],
                 id="dev12-bare-titles-as-many-as-the-issues-declared"),
    pytest.param(page("xx中学反诈宣传教育活动简报（共三期）", "开学第一课：反诈知识进课堂", LONG_A, "民警进校园开展“断卡”专题讲座", LONG_B),
                 [(1, "xx中学反诈宣传教育活动简报（共三期）", "开学第一课：")], id="dev12-bare-titles-fewer-than-declared-are-subheadings"),
    pytest.param(page("泠江反诈一周动态（2024年6月上旬）", "6月3日　青石镇“反诈宣传赶大集”走进集市", LONG_A, "6月4日　县农商行柜员成功堵截一起诈骗", LONG_B),
                 [(1, "6月3日　青石镇“反诈宣传赶大集”走进集市", "为落实上级部"), (2, "6月4日　县农商行柜员成功堵截一起诈骗", "活动中，民警")], id="dev15-a-weeks-items-under-bare-titles"),
    pytest.param(page("反诈快讯｜这两件事，和你的钱包有关", "“客服”说要退你运费", LONG_A, "一张兼职传单骗走两名学生", LONG_B),
                 [(1, "“客服”说要退你运费", "为落实上级部"), (2, "一张兼职传单骗走两名学生", "活动中，民警")], id="dev15-pieces-told-in-words"),
    pytest.param(page("反诈一周动态", LONG_C, "冒充客服退款骗局", LONG_A, "刷单返利骗局", LONG_B),
                 [(1, "反诈一周动态", "通过此次活动")], id="dev15-a-post-that-leads-in-then-lists-is-one-post"),
    pytest.param(page("反诈快讯｜这三件事，和你的钱包有关", "【案例1】", LONG_A, "【案例2】", LONG_B, "【案例3】", LONG_C),
                 [(1, "反诈快讯｜这三件事，和你的钱包有关", "【案例1】\n")], id="dev15-numbered-labels-are-no-pieces-titles"),
    pytest.param(page("乡镇反诈工作汇报（3份）", "【1/3】xx镇反诈工作情况汇报", A, "【1/3】xx镇反诈工作情况汇报（续）", B, "【2/3】xx乡反诈工作汇报", C),
                 [(1, "【1/3】xx镇反诈工作情况汇报", "为落实上级部"), (2, "【2/3】xx乡反诈工作汇报", "通过此次活动")], id="dev12-a-heading-continued-after-a-page-break"),
    pytest.param(page("关于开展反诈宣传月活动的通知", "各村（社区）：", A, "xx镇人民政府", "2024年3月12日", "附件：活动报名表", "单位名称：　　　　联系人："),
                 [(1, "关于开展反诈宣传月活动的通知", "各村（社区）")], id="dev18-a-notices-enclosure-after-its-date"),
    pytest.param(page("2024年3月12日", "城南社区开展反诈宣传活动", A, B, "城南社区", "2024年3月13日"),
                 [(1, "城南社区开展反诈宣传活动", "为落实上级部")], id="dev18-a-date-above-a-headline-closes-no-text"),
    pytest.param(page("反诈工作简报", A, "城南社区", "2024年3月12日", "典型案例", B, C),
                 [(1, "反诈工作简报", "为落实上级部")], id="dev18-a-heading-after-the-date-when-the-page-does-not-end-signed"),
    # --- session 8 (dev24): a genre's word and an ordinal in brackets, a word and a number before a bar, groups counted ---
    pytest.param(page("反诈倡议书范文：写给不同人群", "【倡议书·一】致全体外卖骑手的倡议书", A, "【倡议书·二】致辖区个体工商户的倡议书", B),
                 [(1, "【倡议书·一】致全体外卖骑手的倡议书", "为落实上级部"), (2, "【倡议书·二】致辖区个体工商户的倡议书", "活动中，民警")], id="dev24-a-genre-and-its-ordinal-in-brackets"),
    pytest.param(page("反诈故事｜读者来稿三则", "「来稿 · 一」那天我差点给“孙子”汇了款", A, "「来稿 · 二」输液室里的一堂课", B, "「来稿 · 三」替妈妈挂断的那个电话", C),
                 [(1, "「来稿 · 一」那天我差点给“孙子”汇了款", "为落实上级部"), (2, "「来稿 · 二」输液室里的一堂课", "活动中，民警"), (3, "「来稿 · 三」替妈妈挂断的那个电话", "通过此次活动")],
                 id="dev24-a-word-and-its-ordinal-in-brackets-under-a-count"),
    pytest.param(page("警情通报", "【案例·一】冒充客服退款", A, "【案例·二】刷单返利", B), [(1, "警情通报", "【案例·一】")], id="dev24-a-releases-cases-in-brackets-without-support"),
    pytest.param(page("全县防范电信网络诈骗工作简报选编", "简报18｜荻浦镇“反诈夜校”开进村部", LONG_A, "简报19｜城关街道：网格员手机里的“重点人员清单”", LONG_B, "简报21｜县农商银行与派出所建立“十分钟响应”机制", LONG_C),
                 [(18, "简报18｜荻浦镇“反诈夜校”开进村部", "为落实上级部"), (19, "简报19｜城关街道：网格员手机里的“重点人员清单”", "活动中，民警"),
                  (21, "简报21｜县农商银行与派出所建立“十分钟响应”机制", "通过此次活动")], id="dev24-a-word-and-a-number-before-a-bar-under-a-gathering"),
    pytest.param(page("反诈宣传工作总结", A, "措施1｜加强宣传", B, "措施2｜强化劝阻", C), [(1, "反诈宣传工作总结", "为落实上级部")], id="dev24-a-summarys-own-numbered-measures-before-a-bar"),
    pytest.param(page("防范电信网络诈骗宣传标语三组", "◎适合农村村居◎", A, "◎适合校园◎", B, "◎适合银行网点◎", C),
                 [(1, "◎适合农村村居◎", "为落实上级部"), (2, "◎适合校园◎", "活动中，民警"), (3, "◎适合银行网点◎", "通过此次活动")], id="dev24-groups-counted-under-framed-labels"),
    # s23 (dev65/6706): a number repeated by a site's slip, each heading over its own piece (REPEATED_NUMBER)
    pytest.param(page("防诈骗倡议书范文（4篇）", "范文一", LONG_A, "范文二", LONG_B, "范文二", LONG_C, "范文三", LONG_A),
                 [(1, "范文一", LONG_A[:6]), (2, "范文二", LONG_B[:6]), (3, "范文二", LONG_C[:6]), (4, "范文三", LONG_A[:6])], id="s23-a-number-repeated-by-a-slip"),
    # must not match: a table of contents' line right above the piece it names
    pytest.param(page("防诈骗倡议书范文（2篇）", "范文一", "范文一", LONG_A, "范文二", LONG_B),
                 [(1, "范文一", LONG_A[:6]), (2, "范文二", LONG_B[:6])], id="s23-a-contents-line-right-above-its-piece"),
    # s23 (dev63/6519): groups counted in brackets ("（三组）"), each under its own "▌第一组　X" (a group's slogans its text)
    pytest.param(page("反诈防骗宣传标语（三组）", "▌第一组\u3000楼道电梯张贴用", A, "▌第二组\u3000校园班级宣传用", B, "▌第三组\u3000银行网点提示用", C),
                 [(1, "▌第一组\u3000楼道电梯张贴用", "为落实上级部"), (2, "▌第二组\u3000校园班级宣传用", "活动中，民警"), (3, "▌第三组\u3000银行网点提示用", "通过此次活动")],
                 id="s23-groups-counted-in-brackets"),
    pytest.param(page("反诈防骗宣传标语", "▌第一组\u3000楼道电梯张贴用", A, "▌第二组\u3000校园班级宣传用", B, "▌第三组\u3000银行网点提示用", C),
                 [(1, "反诈防骗宣传标语", "▌第一组\u3000楼")], id="s23-groups-without-a-count-stay-one-list"),
    # s24 (dev70/7202): the collection's title and its number in brackets glued to the first sentence (GLUED_NUMBER)
    pytest.param(page("反诈宣传进校园活动心得体会汇总3篇", "反诈宣传进校园活动心得体会（1）", LONG_A, "反诈宣传进校园活动心得体会（2）" + LONG_B, "反诈宣传进校园活动心得体会（3）", LONG_C),
                 [(1, "反诈宣传进校园活动心得体会（1）", LONG_A[:6]), (2, "反诈宣传进校园活动心得体会（2）", LONG_B[:6]), (3, "反诈宣传进校园活动心得体会（3）", LONG_C[:6])],
                 id="s24-a-bracketed-number-glued-to-the-text"),
    # s24 (dev70/7206): "范文一" glued to its piece's first words, the marker alone the heading (fanwen_glued), with a count's support
    pytest.param(page("防电诈主题班会教案（3篇）", "范文一" + LONG_A, "范文二" + LONG_B, "范文三" + LONG_C),
                 [(1, "范文一", LONG_A[:6]), (2, "范文二", LONG_B[:6]), (3, "范文三", LONG_C[:6])], id="s24-sample-numbers-glued-to-the-text"),
    # must not match: without a count, a line opening on "范文一" is no heading; "范文一篇" counts
    pytest.param(page("防电诈主题班会教案", "范文一" + LONG_A, "范文二" + LONG_B),
                 [(1, "防电诈主题班会教案", "范文一为落实")], id="s24-sample-numbers-glued-without-a-count"),
    # s24r: a writing guide on its samples is no collection of them (fanwen_glued's lookahead)
    pytest.param(page("如何写好反诈演讲稿（附2篇范文）", LONG_A, "范文一和范文二都采用了先讲案例再讲道理的写法。" + LONG_B, "范文二的结尾更有号召力。" + LONG_C),
                 [(1, "如何写好反诈演讲稿（附2篇范文）", LONG_A[:6])], id="s24r-a-guide-on-its-samples"),
    pytest.param(page("班主任工作心得（2篇）", "范文一篇" + LONG_A, "范文二篇" + LONG_B),
                 [(1, "班主任工作心得（2篇）", "范文一篇为落")], id="s24-a-count-of-samples-is-no-heading"),
    pytest.param(page("反诈新闻稿范例（3篇）", "例1　东湖社区“反诈大集”吸引千余居民", A, "例2　民警蹲守柜台两小时", B, "例3　县二中千名学生签下“反诈承诺”", C, "例4　“快递理赔”电话打来时", A),
                 [(1, "例1　东湖社区“反诈大集”吸引千余居民", "为落实上级部"), (2, "例2　民警蹲守柜台两小时", "活动中，民警"), (3, "例3　县二中千名学生签下“反诈承诺”", "通过此次活动"),
                  (4, "例4　“快递理赔”电话打来时", "为落实上级部")], id="dev24-a-sample-given-over-the-count"),
    # --- session 8 (dev25): pieces under bare titles, counted in more words ---
    pytest.param(page("柜面劝阻案例：骗子的这四句话，你听过吗", "“妈，我换号了，先加我这个新微信”", LONG_A, "“您有一笔养老补贴还没领”", LONG_B, "“公司账户临时冻结”", LONG_C, "“这单做完，佣金马上返你”", LONG_A),
                 [(1, "“妈，我换号了，先加我这个新微信”", "为落实上级部"), (2, "“您有一笔养老补贴还没领”", "活动中，民警"), (3, "“公司账户临时冻结”", "通过此次活动"), (4, "“这单做完，佣金马上返你”", "为落实上级部")],
                 id="dev25-pieces-told-as-sayings"),
    pytest.param(page("村（社区）防范电信网络诈骗工作汇报三则", "xx村关于上半年防范电信网络诈骗工作开展情况的汇报", LONG_A, "xx村“无诈村居”创建工作进展情况汇报", LONG_B, "xx社区关于老年人防骗宣传工作的情况报告", LONG_C),
                 [(1, "xx村关于上半年防范电信网络诈骗工作开展情况的汇报", "为落实上级部"), (2, "xx村“无诈村居”创建工作进展情况汇报", "活动中，民警"), (3, "xx社区关于老年人防骗宣传工作的情况报告", "通过此次活动")],
                 id="dev25-reports-counted-after-their-genre"),
    pytest.param(page("社区“平安之夜”反诈文艺节目台本（节目3个）", "夸咱社区反诈队", LONG_A, "四人说防骗", LONG_B, "一个“快递”电话", LONG_C),
                 [(1, "夸咱社区反诈队", "为落实上级部"), (2, "四人说防骗", "活动中，民警"), (3, "一个“快递”电话", "通过此次活动")], id="dev25-short-titles-under-a-declared-count"),
    pytest.param(page("反诈快讯｜这三件事，和你的钱包有关", "不轻信", LONG_A, "不转账", LONG_B, "不透露", LONG_C),
                 [(1, "反诈快讯｜这三件事，和你的钱包有关", "不轻信\n为落")], id="dev25-short-advice-under-a-told-count-is-one-post"),
    pytest.param(page("防诈宣传三种骗局的应对方案", "冒充客服退款骗局的应对", LONG_A, "刷单返利骗局的应对", LONG_B), [(1, "防诈宣传三种骗局的应对方案", "冒充客服退款")], id="dev25-kinds-counted-without-this-are-no-pieces"),
    pytest.param(page("居民心得（4篇）", "原来“免费”的东西最贵！", LONG_A, "退休职工\u3000xx", "你会给“老同学”转账吗？", LONG_B, "出租车司机\u3000xx"),
                 [(1, "居民心得（4篇）", "原来“免费”")], id="dev25-a-signature-is-no-title"),
    # --- session 8 (dev27): a gathering of cases, versions counted, speeches bound with their speakers and dates ---
    pytest.param(page("以案说法：涉电信网络诈骗案例选", "案例①　帮人取现获刑", LONG_A, "案例②　出租银行卡被判", LONG_B, "案例③　刷单返利被骗", LONG_C),
                 [(1, "案例①　帮人取现获刑", "为落实上级部"), (2, "案例②　出租银行卡被判", "活动中，民警"), (3, "案例③　刷单返利被骗", "通过此次活动")], id="dev27-cases-under-a-selection"),
    pytest.param(page("反诈宣传月活动方案（共收录3版）", "反诈宣传月活动方案（社区版）", LONG_A, "反诈宣传月活动方案（学校版）", LONG_B, "反诈宣传月活动方案（企业版）", LONG_C),
                 [(1, "反诈宣传月活动方案（社区版）", "为落实上级部"), (2, "反诈宣传月活动方案（学校版）", "活动中，民警"), (3, "反诈宣传月活动方案（企业版）", "通过此次活动")],
                 id="dev27-versions-counted"),
    pytest.param(page("反诈宣传月活动方案", "反诈宣传月活动方案（社区版）", LONG_A, "反诈宣传月活动方案（学校版）", LONG_B),
                 [(1, "反诈宣传月活动方案", "反诈宣传月活")], id="dev27-versions-without-a-count-are-one-document"),
    pytest.param(page("反诈工作会议讲话3篇合订", "在全县反电诈工作推进会上的讲话", "xx县人民政府副县长\u3000xx", "（2024年4月16日）", "同志们：", LONG_A,
                      "在全市银行业反诈座谈会上的讲话", "xx市金融工作办公室主任\u3000xx", "（2024年3月28日）", "各位行长、同志们：", LONG_B + "谢谢大家！",
                      "在全区中小学反诈教育工作会议上的讲话", "xx区教育局党组书记、局长\u3000xx", "（2024年2月26日）", "同志们：", LONG_C),
                 [(1, "在全县反电诈工作推进会上的讲话", "xx县人民政"), (2, "在全市银行业反诈座谈会上的讲话", "xx市金融工"), (3, "在全区中小学反诈教育工作会议上的讲话", "xx区教育局")],
                 id="dev27-speeches-bound-with-their-speakers"),
    # --- session 9: pieces shaped as pieces under ordinals documents use too, nothing on the page counting them ---
    pytest.param(page("近期高发骗局风险提示", "📌 冒充“医保中心”称医保卡被盗刷", PIECE_A, "📌 “银行卡年审”短信里的钓鱼链接", PIECE_B, "📌 替人“过一下流水”赚辛苦费", PIECE_C),
                 [(1, "📌 冒充“医保中心”称医保卡被盗刷", "为落实上级部"), (2, "📌 “银行卡年审”短信里的钓鱼链接", "活动中，民警"), (3, "📌 替人“过一下流水”赚辛苦费", "通过此次活动")],
                 id="s9-pieces-under-decorated-headlines-no-count"),
    pytest.param(page("反诈动态｜10月，各所队都干了些啥？", "📌 城关派出所：“反诈夜校”开进工业园", PIECE_A, "📌 临河派出所：银警联动，一天劝阻两起", PIECE_B),
                 [(1, "📌 城关派出所：“反诈夜校”开进工业园", "为落实上级部"), (2, "📌 临河派出所：银警联动，一天劝阻两起", "活动中，民警")],
                 id="s9-pieces-under-a-title-that-asks"),
    pytest.param(page("参加反诈志愿服务心得体会", "其一：在村口值守的那些早晨", PIECE_A, "其二：教会父亲开“来电预警”", PIECE_B, "其三：从被骗者到宣讲员", PIECE_C),
                 [(1, "其一：在村口值守的那些早晨", "为落实上级部"), (2, "其二：教会父亲开“来电预警”", "活动中，民警"), (3, "其三：从被骗者到宣讲员", "通过此次活动")],
                 id="s9-pieces-under-qi-ordinals-no-count"),
    pytest.param(page("近期高发骗局风险提示", LONG_A, "📌 冒充“医保中心”称医保卡被盗刷", PIECE_A, "📌 “银行卡年审”短信里的钓鱼链接", PIECE_B),
                 [(1, "近期高发骗局风险提示", "为落实上级部")], id="s9-a-document-that-leads-into-its-decorated-points-is-one"),
    pytest.param(page("派出所反诈工作总结", "★ 强化宣传工作的主要做法", PIECE_A, "★ 下一步工作的思路和打算", PIECE_B),
                 [(1, "派出所反诈工作总结", "★ 强化宣传")], id="s9-sections-named-as-sections-are-no-pieces"),
    pytest.param(page("参加反诈志愿服务心得体会", "其一：多走访", PIECE_A, "其二：勤提醒", PIECE_B),
                 [(1, "参加反诈志愿服务心得体会", "其一：多走访")], id="s9-short-points-are-no-pieces"),
    pytest.param(page("参加反诈志愿服务心得体会", "其一：在村口值守的那些早晨", A, "其二：教会父亲开“来电预警”", B),
                 [(1, "参加反诈志愿服务心得体会", "其一：在村口")], id="s9-points-with-a-sentence-under-each-are-no-pieces"),
    pytest.param(page("近期金融诈骗风险提示", "🔴 高风险｜冒充“银行客服”称征信受损", PIECE_A, "🟠 中风险｜“手机银行升级”短信里的钓鱼链接", PIECE_B, "🟡 一般提示｜理财群里的“稳赚不赔”", PIECE_C),
                 [(1, "🔴 高风险｜冒充“银行客服”称征信受损", "为落实上级部"), (2, "🟠 中风险｜“手机银行升级”短信里的钓鱼链接", "活动中，民警"), (3, "🟡 一般提示｜理财群里的“稳赚不赔”", "通过此次活动")],
                 id="s9-pieces-under-pictographs-that-differ"),
    pytest.param(page("近期高发骗局风险提示", "A. 冒充“医保中心”称医保卡被盗刷", PIECE_A, "B. “银行卡年审”短信里的钓鱼链接", PIECE_B, "C. 替人“过一下流水”赚辛苦费", PIECE_C),
                 [(1, "A. 冒充“医保中心”称医保卡被盗刷", "为落实上级部"), (2, "B. “银行卡年审”短信里的钓鱼链接", "活动中，民警"), (3, "C. 替人“过一下流水”赚辛苦费", "通过此次活动")],
                 id="s9-pieces-under-latin-letters"),
    pytest.param(page("反诈知识测试题（共3套）", "1．接到自称公检法的电话，要求转账到安全账户，你应该：", "A．立即转账", "B．挂断电话并拨打110核实", "C．按对方要求下载软件", PIECE_A),
                 [(1, "反诈知识测试题（共3套）", "1．接到自称")], id="s9-a-quizs-lettered-options-are-no-pieces-even-under-a-count"),
    # --- session 10: news items under bare headlines, nothing announcing them ---
    pytest.param(page("茈湖镇反诈工作动态", "茈湖镇反诈宣传队走进渔港码头", PIECE_A, "一条短信，一位民警，一场“抢时间”", PIECE_B, "茈湖农商银行推出“反诈暂停键”服务", PIECE_C),
                 [(1, "茈湖镇反诈宣传队走进渔港码头", "为落实上级部"), (2, "一条短信，一位民警，一场“抢时间”", "活动中，民警"), (3, "茈湖农商银行推出“反诈暂停键”服务", "通过此次活动")],
                 id="s10-news-items-under-bare-headlines-under-a-round-ups-title"),
    pytest.param(page("夏季反诈行动\u3000茈湖在行动", "茈湖镇反诈宣传队走进渔港码头", "7月9日清晨，" + PIECE_B, "一条短信，一位民警，一场“抢时间”", PIECE_A,
                      "县实验小学：暑假前的最后一课讲防骗", PIECE_B, "茈湖农商银行推出“反诈暂停键”服务", "近日，" + PIECE_C),
                 [(1, "茈湖镇反诈宣传队走进渔港码头", "7月9日清晨"), (2, "一条短信，一位民警，一场“抢时间”", "为落实上级部"), (3, "县实验小学：暑假前的最后一课讲防骗", "活动中，民警"),
                  (4, "茈湖农商银行推出“反诈暂停键”服务", "近日，通过此")],
                 id="s10-news-items-half-opening-as-stories-under-a-topics-title"),
    pytest.param(page("守护钱袋子的平凡人", "社区民警老周的三百个电话", "7月9日清晨，" + PIECE_B, "银行柜员多问一句拦下二十万", "近日，" + PIECE_C, "把防骗课开进广场舞队", PIECE_A),
                 [(1, "守护钱袋子的平凡人", "社区民警老周")], id="s10-a-features-three-vignettes-are-one-story"),
    pytest.param(page("《孤注一掷》观后感范文（2篇）", "篇一：《孤注一掷》观后感", LONG_A, "篇二：《孤注一掷》观后感", LONG_B),
                 [(1, "《孤注一掷》观后感", "为落实上级部"), (2, "《孤注一掷》观后感", "活动中，民警")], id="s10-a-book-title-and-its-genre-are-the-title"),
    pytest.param(page("夏季反诈行动\u3000茈湖在行动", "茈湖镇反诈宣传队走进渔港码头", PIECE_B, "茈湖农商银行推出“反诈暂停键”服务", PIECE_C),
                 [(1, "夏季反诈行动\u3000茈湖在行动", "茈湖镇反诈宣")], id="s10-parts-opening-on-their-point-under-a-topics-title-are-one-story"),
    pytest.param(page("茈湖镇反诈工作动态", LONG_A, "茈湖镇反诈宣传队走进渔港码头", PIECE_A, "一条短信，一位民警，一场“抢时间”", PIECE_B),
                 [(1, "茈湖镇反诈工作动态", "为落实上级部")], id="s10-a-story-that-leads-into-its-subheadings-is-one"),
    pytest.param(page("茈湖镇反诈工作动态", "宣传队走进码头", PIECE_A, "民警抢时间", PIECE_B),
                 [(1, "茈湖镇反诈工作动态", "宣传队走进码")], id="s10-short-subheadings-are-no-headlines"),
    pytest.param(page("企业员工防范电信网络诈骗宣传活动方案〔三例〕", "＜一＞xx纺织厂“夜班反诈小喇叭”宣传活动方案", LONG_A, "＜二＞xx酒店员工防范电信网络诈骗宣传方案", LONG_B,
                      "＜三＞xx家政服务公司反诈宣传周活动方案", LONG_C),
                 [(1, "＜一＞xx纺织厂“夜班反诈小喇叭”宣传活动方案", "为落实上级部"), (2, "＜二＞xx酒店员工防范电信网络诈骗宣传方案", "活动中，民警"), (3, "＜三＞xx家政服务公司反诈宣传周活动方案", "通过此次活动")],
                 id="s10-ordinals-in-full-width-angles-under-a-count-in-tortoise-brackets"),
    pytest.param(page("银行网点反诈工作总结优选·2例", "【例·一】xx支行2024年反诈工作小结\u3000" + LONG_A, "【例·二】xx支行反诈“断卡”工作总结\u3000" + LONG_B),
                 [(1, "【例·一】xx支行2024年反诈工作小结", "为落实上级部"), (2, "【例·二】xx支行反诈“断卡”工作总结", "活动中，民警")],
                 id="s10-a-heading-then-a-wide-space-then-the-text"),
    pytest.param(page("演讲稿（两则）", "演讲稿一：《挂断，是最勇敢的回答》尊敬的老师、亲爱的同学们：" + LONG_A, "演讲稿二：《柜台前的三分钟》各位评委：" + LONG_B),
                 [(1, "演讲稿一：《挂断，是最勇敢的回答》", "尊敬的老师、"), (2, "演讲稿二：《柜台前的三分钟》", "各位评委：活")], id="s10-a-title-in-book-marks-glued-to-the-salutation"),
    pytest.param(page("村头广播反诈宣传稿（共二篇）", "第一期\u3000接电话，先过三道关", LONG_A, "第二期\u3000天上不会掉下“补贴款”", LONG_B),
                 [(1, "第一期\u3000接电话，先过三道关", "为落实上级部"), (2, "第二期\u3000天上不会掉下“补贴款”", "活动中，民警")], id="s10-issues-by-their-ordinal-under-a-count"),
    pytest.param(page("街道反诈工作简报（第5—6期合订）", "第5期\u3000｜\u30002024年3月", "“3·15”反诈宣传走进万象商圈", LONG_A, "第6期\u3000｜\u30002024年4月", "网格员上门劝阻一起诈骗", LONG_B),
                 [(5, "“3·15”反诈宣传走进万象商圈", "为落实上级部"), (6, "网格员上门劝阻一起诈骗", "活动中，民警")], id="s10-an-issues-line-with-its-month-is-no-heading"),
    pytest.param(page("全县中小学反诈教育工作动态", "县实验小学：“反诈故事会”讲进了每个班", TWO_LONG_SENTENCES, "湓川二中用一场模拟法庭讲透“断卡”", TWO_LONG_SENTENCES),
                 [(1, "县实验小学：“反诈故事会”讲进了每个班", "11月5日下"), (2, "湓川二中用一场模拟法庭讲透“断卡”", "11月5日下")], id="s10-news-items-of-two-long-sentences"),
    pytest.param(page("一周反诈见闻", "➊ 菜场口的“反诈秤”，称出了防骗常识", PIECE_A + "➋ 区人民医院把防骗提示印上了药袋", PIECE_B, "➌ 一条“退押金”短信，被快递员拦了下来", PIECE_C),
                 [(1, "➊ 菜场口的“反诈秤”，称出了防骗常识", "为落实上级部"), (2, "➋ 区人民医院把防骗提示印上了药袋", "活动中，民警"), (3, "➌ 一条“退押金”短信，被快递员拦了下来", "通过此次活动")],
                 id="s10-an-ordinal-heading-glued-after-the-pieces-last-sentence"),
    pytest.param(page("社区反诈宣传活动总结", LONG_A + "温馨提示：①不轻信陌生来电。②不点击陌生链接", LONG_B),
                 [(1, "社区反诈宣传活动总结", "为落实上级部")], id="s10-points-numbered-inside-a-paragraph-are-no-headings"),
    pytest.param(page("各乡镇“无诈乡村”创建经验做法摘登", "经验一：棹港镇——“渔船上的反诈课”", PIECE_A, "经验二：白鹭乡——把反诈写进村规民约", PIECE_B),
                 [(1, "经验一：棹港镇——“渔船上的反诈课”", "为落实上级部"), (2, "经验二：白鹭乡——把反诈写进村规民约", "活动中，民警")], id="s10-experiences-under-a-title-that-publishes-excerpts"),
    pytest.param(page("听完这场反诈讲座，新生们写下了这些话", "✎ 原来骗子早就盯上了我的“兼职梦”", PIECE_A, "✎ 我把讲座讲给了奶奶听", PIECE_B),
                 [(1, "✎ 原来骗子早就盯上了我的“兼职梦”", "为落实上级部"), (2, "✎ 我把讲座讲给了奶奶听", "活动中，民警")], id="s10-pieces-under-a-pencil-under-a-title-pointing-at-them"),
    pytest.param(page("本周防骗提醒2则｜积分、宽带", "积分快到期了，短信让点链接兑换，能点吗？", "不能。" + LONG_A, "——河西营业厅提醒", "“宽带到期，加客服微信续费打五折”，是真的吗？", "假的。" + LONG_B, "——河西营业厅提醒"),
                 [(1, "积分快到期了，短信让点链接兑换，能点吗？", "不能。为落实"), (2, "“宽带到期，加客服微信续费打五折”，是真的吗？", "假的。活动中")], id="s10-a-qas-questions-as-many-as-declared"),
    pytest.param(page("防骗问答", "积分快到期了，短信让点链接兑换，能点吗？", "不能。" + LONG_A, "“宽带到期，加客服微信续费打五折”，是真的吗？", "假的。" + LONG_B),
                 [(1, "防骗问答", "积分快到期了")], id="s10-questions-without-a-count-are-one-qa"),
    pytest.param(page("致居民朋友的反诈倡议书2份", "甲本\u3000致社区中老年朋友的一封反诈倡议书", LONG_A, "乙本\u3000写给辖区年轻租客和上班族的反诈倡议", LONG_B),
                 [(1, "甲本\u3000致社区中老年朋友的一封反诈倡议书", "为落实上级部"), (2, "乙本\u3000写给辖区年轻租客和上班族的反诈倡议", "活动中，民警")], id="s10-versions-by-their-heavenly-stem"),
    pytest.param(page("致居民朋友的反诈倡议书", LONG_A, "甲本\u3000致社区中老年朋友", LONG_B, "乙本\u3000写给辖区年轻租客", LONG_C),
                 [(1, "致居民朋友的反诈倡议书", "为落实上级部")], id="s10-stems-under-a-document-that-leads-in-are-its-own"),
    pytest.param(page("反诈工作会议讲话材料", "在全县寄递物流行业反诈工作约谈会上的讲话", "同志们：" + LONG_A, "在全镇网格员反诈业务培训班结业式上的讲话", "各位网格员同志：", LONG_B,
                      "在县直机关反诈专题讲座开讲前的动员讲话", "同志们：" + LONG_C),
                 [(1, "在全县寄递物流行业反诈工作约谈会上的讲话", "同志们：为落"), (2, "在全镇网格员反诈业务培训班结业式上的讲话", "各位网格员同"), (3, "在县直机关反诈专题讲座开讲前的动员讲话", "同志们：通过")],
                 id="s10-speeches-under-a-title-of-speech-materials"),
    pytest.param(page("在全县反诈工作会议上的讲话", "同志们：", LONG_A, "一、充分认识反诈工作的重要性", LONG_B, "二、扎实做好反诈宣传工作", LONG_C),
                 [(1, "在全县反诈工作会议上的讲话", "同志们：\n为")], id="s10-one-speech-and-its-sections"),
    pytest.param(page("本周平安快讯两条", "【周一】菖溪镇：反诈“板凳会”开到村民家门口", LONG_A, "【周四】县人民医院：挂号窗口前的“防骗课”", LONG_B),
                 [(1, "【周一】菖溪镇：反诈“板凳会”开到村民家门口", "为落实上级部"), (4, "【周四】县人民医院：挂号窗口前的“防骗课”", "活动中，民警")], id="s10-a-weeks-items-by-their-days"),
    pytest.param(page("一周工作安排", LONG_A, "【周一】召开反诈工作例会", LONG_B, "【周四】开展入户走访", LONG_C),
                 [(1, "一周工作安排", "为落实上级部")], id="s10-a-plans-days-are-its-own"),
    pytest.param(page("防骗小贴士（3则）", "TIPS 1 ▏“征信修复”是个坑", LONG_A, "TIPS 2 ▏“退保”要走正门", LONG_B, "TIPS 3 ▏“扫码领补贴”别上手", LONG_C),
                 [(1, "TIPS 1 ▏“征信修复”是个坑", "为落实上级部"), (2, "TIPS 2 ▏“退保”要走正门", "活动中，民警"), (3, "TIPS 3 ▏“扫码领补贴”别上手", "通过此次活动")], id="s10-tips-numbered-in-latin"),
    pytest.param(page("身边的反诈故事", "一则：菜场摊主的“二维码”被换了", PIECE_A, "二则：“孙子”的声音，奶奶没听出来", PIECE_B, "三则：一张“高薪招聘”传单", PIECE_C),
                 [(1, "一则：菜场摊主的“二维码”被换了", "为落实上级部"), (2, "二则：“孙子”的声音，奶奶没听出来", "活动中，民警"), (3, "三则：一张“高薪招聘”传单", "通过此次活动")],
                 id="s9-stories-counted-by-ze-before-their-titles"),
    pytest.param(page("反诈宣传大篷车巡回纪实", "第1站｜榕荫集镇：大篷车开到了集市口", PIECE_A, "第2站｜石窑村：晒谷场上的“反诈夜话”", PIECE_B),
                 [(1, "第1站｜榕荫集镇：大篷车开到了集市口", "为落实上级部"), (2, "第2站｜石窑村：晒谷场上的“反诈夜话”", "活动中，民警")], id="s9-stops-of-a-tour"),
    pytest.param(page("反诈宣传大篷车巡回活动总结", LONG_A, "第一站　榕荫集镇：大篷车开到了集市口", PIECE_A, "第二站　石窑村：晒谷场上的“反诈夜话”", PIECE_B),
                 [(1, "反诈宣传大篷车巡回活动总结", "为落实上级部")], id="s9-a-summary-that-leads-into-its-stops-is-one"),
    pytest.param(page("居民参加反诈讲座心得（三篇）", "原来“免费”的东西最贵！", LONG_A, "退休职工\u3000xx", "我差一点就信了那位“警官”。", LONG_B, "听完一堂课，我改了三个习惯……", LONG_C),
                 [(1, "原来“免费”的东西最贵！", "为落实上级部"), (2, "我差一点就信了那位“警官”。", "活动中，民警"), (3, "听完一堂课，我改了三个习惯……", "通过此次活动")],
                 id="s9-headlines-ending-on-a-stop-as-many-as-declared"),
    pytest.param(page("居民参加反诈讲座心得（四篇）", "原来“免费”的东西最贵！", LONG_A, "我差一点就信了那位“警官”。", LONG_B, "你会给“老同学”转账吗？", LONG_C),
                 [(1, "居民参加反诈讲座心得（四篇）", "原来“免费”")], id="s9-one-sentence-lines-fewer-than-declared-are-no-headlines"),
    pytest.param(page("本周网点反诈动态", "古楼支行：“反诈课堂”开进菜市场", PIECE_A, "河西支行：大堂经理识破“冒充公检法”骗局", PIECE_B, "营业部：走进企业为财务人员“充电”", PIECE_C),
                 [(1, "古楼支行：“反诈课堂”开进菜市场", "为落实上级部"), (2, "河西支行：大堂经理识破“冒充公检法”骗局", "活动中，民警"), (3, "营业部：走进企业为财务人员“充电”", "通过此次活动")],
                 id="s9-items-under-their-units-before-a-colon"),
    pytest.param(page("镇村反诈简讯（两则）", "石堨镇｜“反诈明白人”走进田间地头", LONG_A, "县中医院｜候诊区里的“五分钟防骗课”", LONG_B),
                 [(1, "石堨镇｜“反诈明白人”走进田间地头", "为落实上级部"), (2, "县中医院｜候诊区里的“五分钟防骗课”", "活动中，民警")], id="s9-items-under-units-ending-in-different-words"),
    pytest.param(page("全镇反诈宣传月活动方案", LONG_A, "镇派出所：牵头组织集中宣传活动", PIECE_A, "镇卫生院：在候诊区开设防骗课堂", PIECE_B),
                 [(1, "全镇反诈宣传月活动方案", "为落实上级部")], id="s9-a-plans-duties-by-unit-are-no-pieces"),
    pytest.param(page("社区工作者学习心得体会（计3篇）", LONG_A, "xx社区网格员\u3000xx", "2024年4月18日", LONG_B, "xx社区党委书记\u3000xx", "2024年4月20日", LONG_C, "xx社区社工\u3000xx", "2024年4月22日"),
                 [(1, None, "为落实上级部"), (2, None, "活动中，民警"), (3, None, "通过此次活动")], id="s9-untitled-pieces-signed-off-one-after-another"),
    pytest.param(page("防范电信网络诈骗倡议书（本合集含2篇）", "先说一句：两封倡议依次写给住户和学生，原稿没有标题。", "全体居民朋友们：", LONG_A, "xx社区居民委员会", "2024年4月", "亲爱的同学们：", LONG_B, "xx学校少先队大队部", "2024年4月"),
                 [(1, None, "全体居民朋友"), (2, None, "亲爱的同学们")], id="s9-untitled-letters-each-on-its-salutation"),
    pytest.param(page("社区工作者学习心得体会", LONG_A, "xx社区网格员\u3000xx", "2024年4月18日", LONG_B, "xx社区党委书记\u3000xx", "2024年4月20日"),
                 [(1, "社区工作者学习心得体会", "为落实上级部")], id="s9-sign-offs-without-a-count-are-one-document"),
    pytest.param(page("社区工作者学习心得体会（计4篇）", LONG_A, "xx社区网格员\u3000xx", "2024年4月18日", LONG_B, "xx社区党委书记\u3000xx", "2024年4月20日"),
                 [(1, "社区工作者学习心得体会（计4篇）", "为落实上级部")], id="s9-sign-offs-fewer-than-declared-are-no-pieces"),
    pytest.param(page("社区民警值守手记（共收录2篇）", "3月4日\u3000星期一\u3000小雨", LONG_A, "3月11日\u3000星期一\u3000晴", LONG_B),
                 [(1, None, "3月4日\u3000星"), (2, None, "3月11日\u3000")], id="s9-a-diarys-days-open-untitled-entries"),
    pytest.param(page("文案馆 ⋯ 倡议书 ⋯ 防骗反诈", "致全县老年朋友的防骗倡议书", "尊敬的老年朋友们：", LONG_A), [(1, "致全县老年朋友的防骗倡议书", "尊敬的老年朋")], id="s9-a-headline-under-the-sites-path"),
    pytest.param(page("槭城法院", "一份“暑期兼职”，让他站上了被告席", LONG_A), [(1, "一份“暑期兼职”，让他站上了被告席", "为落实上级部")], id="s9-a-headline-under-the-unit-that-posts-it"),
    pytest.param(page("公众号文章转载 · 法治频道", "“跟着老师炒币稳赚”？退休职工险些掉进虚拟货币投资陷阱", LONG_A),
                 [(1, "“跟着老师炒币稳赚”？退休职工险些掉进虚拟货币投资陷阱", "为落实上级部")], id="s9-a-headline-under-the-sites-name-and-channel"),
    pytest.param(page("反诈快讯 | 本周这三件事", "“客服”说要退你运费？先别急", LONG_A), [(1, "反诈快讯 | 本周这三件事", "“客服”说要")], id="s9-a-title-that-counts-its-pieces-is-no-sites-line"),
    pytest.param(page("反诈宣传标语", "天上不会掉馅饼", "陌生来电要警惕，转账汇款多核实"), [(1, "反诈宣传标语", "天上不会掉馅")], id="s9-a-short-title-over-its-first-slogan"),
    pytest.param(page("我和家人的反诈小故事", "(a) 我给外婆装了一个“门卫”", PIECE_A, "(b) 爸爸的“兼职群”和他的新工作", PIECE_B),
                 [(1, "(a) 我给外婆装了一个“门卫”", "为落实上级部"), (2, "(b) 爸爸的“兼职群”和他的新工作", "活动中，民警")], id="s9-pieces-under-small-letters-in-brackets"),
    pytest.param(page("春耕时节，低价农资和“补贴”电话能信吗？", "甲、“农资团购群”里的低价化肥", PIECE_A, "乙、冒充农业部门的“补贴”电话", PIECE_B),
                 [(1, "甲、“农资团购群”里的低价化肥", "为落实上级部"), (2, "乙、冒充农业部门的“补贴”电话", "活动中，民警")], id="s9-pieces-under-heavenly-stems-and-an-asking-title"),
    pytest.param(page("反诈微剧场｜第二季上新", "【栏目介绍】《反诈微剧场》由融媒中心与公安局共同拍摄，每集讲一个真实案例。", "［EP07］“老同学”要借三万块", PIECE_A, "［EP08］直播间里“一元秒杀”的玉镯", PIECE_B),
                 [(1, None, "【栏目介绍】"), (2, "［EP07］“老同学”要借三万块", "为落实上级部"), (3, "［EP08］直播间里“一元秒杀”的玉镯", "活动中，民警")], id="s9-episodes-from-the-middle-of-a-series-under-an-editors-note"),
    pytest.param(page("网格员的反诈小记", "〔一则〕快递柜前的“扫码领纸巾”", PIECE_A, "〔二则〕“孙子”的电话和一碗面", PIECE_B),
                 [(1, "〔一则〕快递柜前的“扫码领纸巾”", "为落实上级部"), (2, "〔二则〕“孙子”的电话和一碗面", "活动中，民警")], id="s9-notes-counted-by-ze-in-brackets"),
    pytest.param(page("平安建设工作简报", "2024年第9期", "编者按：本期刊登三个社区的做法，供各社区学习借鉴，欢迎大家积极投稿。", "【芡塘社区】“反诈故事会”走进老年食堂", PIECE_A, "【榆埂社区】让孩子当“家庭反诈监督员”", PIECE_B),
                 [(1, "平安建设工作简报", "2024年第")], id="s9-a-bulletins-own-editors-note-over-its-items-is-one-issue"),
    # --- session 9, a review: one story's parts are no pieces; near forms ---
    pytest.param(page("扫码“理赔”，三万八千元没了", "▍一个“快递理赔”电话打了进来", PIECE_A, "▍骗子是怎样一步步得手的", PIECE_B, "▍民警提醒这几件事千万别做", PIECE_C),
                 [(1, "扫码“理赔”，三万八千元没了", "▍一个“快递")], id="s9-one-storys-decorated-parts-under-its-headline"),
    pytest.param(page("镇防范电信网络诈骗宣传月活动实施方案", "A．摸底排查阶段（9月1日至9月10日）", PIECE_A, "B．集中宣传阶段（9月11日至9月25日）", PIECE_B),
                 [(1, "镇防范电信网络诈骗宣传月活动实施方案", "A．摸底排查")], id="s9-a-plans-lettered-stages-under-its-genre"),
    pytest.param(page("近期风险提示", "🔍 案情回顾：一个“快递理赔”电话", PIECE_A, "⚠️ 骗子是怎样一步步得手的", PIECE_B, "👮 民警提醒：这几件事千万别做", PIECE_C),
                 [(1, "近期风险提示", "🔍 案情回顾")], id="s9-different-pictographs-are-no-run"),
    pytest.param(page("xx银行关于防范电信网络诈骗的风险提示", "尊敬的客户：", "◆ 冒充银行工作人员办理“征信修复”", PIECE_A, "◆ “手机银行升级”短信里的钓鱼链接", PIECE_B, "xx银行股份有限公司", "2024年5月"),
                 [(1, "xx银行关于防范电信网络诈骗的风险提示", "尊敬的客户：")], id="s9-a-banks-letter-to-its-customers-is-one"),
    pytest.param(page("防范电信网络诈骗心得体会（两篇）", "守住“钱袋子”，从点滴做起", LONG_A, "那一刻，我真的慌了。", LONG_B, "反诈路上，我们都是守护者", LONG_C),
                 [(1, "守住“钱袋子”，从点滴做起", "为落实上级部"), (2, "反诈路上，我们都是守护者", "通过此次活动")], id="s9-a-one-sentence-paragraph-is-no-headline-beyond-the-count"),
    pytest.param(page("参观反诈教育基地心得体会（两篇）", "其一：一堂走心的反诈课", A, "第一站　案例展示厅", PIECE_A, "第二站　互动体验区", PIECE_B, "第三站　宣誓墙前", PIECE_C, "其二：把警惕带回家", LONG_A),
                 [(1, "其一：一堂走心的反诈课", "为落实上级部"), (2, "其二：把警惕带回家", "为落实上级部")], id="s9-a-pieces-own-stops-do-not-hide-the-supported-run"),
    pytest.param(page("本周辖区反诈动态（三则）", "城关派出所：把反诈课堂搬进菜市场", LONG_A, "县二中：千名学生签下反诈承诺书", LONG_B, "石门村委会：柜面成功劝阻一起转账", LONG_C),
                 [(1, "城关派出所：把反诈课堂搬进菜市场", "为落实上级部"), (2, "县二中：千名学生签下反诈承诺书", "活动中，民警"), (3, "石门村委会：柜面成功劝阻一起转账", "通过此次活动")],
                 id="s9-units-a-school-by-its-number-and-a-villages-committee"),
    pytest.param(page("反诈宣传标语 | 简短好记", "陌生来电要警惕转账汇款多核实", "天上不会掉馅饼，电话转账要核清。"), [(1, "反诈宣传标语 | 简短好记", "陌生来电要警")], id="s9-a-genres-title-with-a-bar-is-no-sites-line"),
    pytest.param(page("写给反诈中心", "你们是深夜里不熄的灯", "守护着万家灯火，守护着每一份辛苦钱。"), [(1, "写给反诈中心", "你们是深夜里")], id="s9-a-poems-title-ending-in-a-unit-is-no-sites-line"),
    pytest.param(page("槭城法院", "“一天躺赚三五百，只要有卡就行”", LONG_A), [(1, "槭城法院", "“一天躺赚三")], id="s9-a-quotation-alone-opens-the-text"),
    pytest.param(page("本周辖区反诈动态", "（A）城关派出所把课堂搬进菜市场", PIECE_A, "（B）县二中千名学生签下反诈承诺", PIECE_B),
                 [(1, "（A）城关派出所把课堂搬进菜市场", "为落实上级部"), (2, "（B）县二中千名学生签下反诈承诺", "活动中，民警")], id="s9-letters-in-brackets"),
    pytest.param(page("本周辖区反诈动态", "甲：城关派出所把课堂搬进菜市场", PIECE_A, "乙：县二中千名学生签下反诈承诺", PIECE_B),
                 [(1, "甲：城关派出所把课堂搬进菜市场", "为落实上级部"), (2, "乙：县二中千名学生签下反诈承诺", "活动中，民警")], id="s9-stems-before-a-colon"),
    pytest.param(page("社区民警值守手记（共收录2篇）", "3月4日（星期一）小雨", LONG_A, "3月11日（星期一）晴", LONG_B),
                 [(1, None, "3月4日（星"), (2, None, "3月11日（")], id="s9-a-diarys-days-with-the-weekday-in-brackets"),
    pytest.param(page("社区工作者学习心得体会（计2篇）", LONG_A, "xx社区网格员\u3000xx\u30002024年4月18日", LONG_B, "xx社区党委书记\u3000xx\u30002024-04-20"),
                 [(1, None, "为落实上级部"), (2, None, "活动中，民警")], id="s9-signed-off-on-one-line-and-in-iso"),
    pytest.param(page("致国际学生的防范电信网络诈骗提示（Anti-Fraud Reminder for International Students）", "亲爱的国际学生朋友们：", LONG_A),
                 [(1, "致国际学生的防范电信网络诈骗提示（Anti-Fraud Reminder for International Students）", "亲爱的国际学")], id="s9-a-title-with-its-english-beside-it"),
    pytest.param(page("xx" * 31 + "（Anti-Fraud）", LONG_A), [(1, None, "xxxxxx")], id="s9-a-long-line-with-english-is-no-title"),
    pytest.param(page("刚满18岁，他把银行卡“借”给了网友……", LONG_A), [(1, "刚满18岁，他把银行卡“借”给了网友……", "为落实上级部")], id="s9-a-headline-trailing-off"),
    pytest.param(page("今年以来，我们一直在努力，也一直在思考，骗子的花样越来越多，群众的钱袋子怎么守……", LONG_A),
                 [(1, None, "今年以来，我")], id="s9-a-long-sentence-trailing-off-is-no-headline"),
    pytest.param(page("社区反诈工作总结（3篇）", "社区反诈工作总结一", A, "做法1　入户走访", B, "做法2　集中宣传", C, "做法3　联合劝阻", A, "做法4　跟踪回访", B),
                 [(1, "社区反诈工作总结（3篇）", "社区反诈工作")], id="dev24-a-documents-own-points-over-the-count-are-no-samples"),
    # --- session 13 (dev36): speeches and letters under bare titles, each over its salutation ---------------------------
    # the site's lead-in above them left by cleaning does not make them one post; "谢谢大家！" ends a speech, heads nothing
    pytest.param(page("反诈工作会议讲话稿三篇", "讲什么、怎么讲才不像念文件？三种场合的稿子各备一篇。",
                      "在全镇反诈调度会上的讲话", "同志们：", LONG_A, "谢谢大家！", "筑牢校园反诈防线", "老师们、同学们：", LONG_B, "谢谢大家！",
                      "携手守好居民的“钱袋子”", "各位居民朋友：", LONG_C, "谢谢大家！"),
                 [(1, "在全镇反诈调度会上的讲话", "同志们：\n为"), (2, "筑牢校园反诈防线", "老师们、同学"),
                  (3, "携手守好居民的“钱袋子”", "各位居民朋友")],
                 id="dev36-speeches-under-bare-titles-each-over-its-salutation"),
    pytest.param(page("反诈工作会议讲话稿三篇", "讲什么、怎么讲才不像念文件？三种场合的稿子各备一篇。",
                      "在全镇反诈调度会上的讲话", LONG_A, "筑牢校园反诈防线", LONG_B, "携手守好居民的“钱袋子”", LONG_C),
                 [(1, "反诈工作会议讲话稿三篇", "讲什么、怎么")],
                 id="syn-titles-without-salutations-after-a-lead-in-are-one-post"),
    # a letter signed off with its unit and date, the next one's title over its salutation, whatever its words
    pytest.param(page("反诈倡议书范文精选（三篇）", "致全体村民的反诈倡议书", "广大村民朋友们：", LONG_A, "xx村村民委员会", "2024年5月20日",
                      "守护老年朋友养老钱倡议书", "各位老年朋友及家属：", LONG_B, "xx街道老年人协会", "2024年6月3日",
                      "做拒绝出租出借“两卡”的明白人", "亲爱的同学们：", LONG_C, "xx职业技术学院学生会", "2024年4月12日"),
                 [(1, "致全体村民的反诈倡议书", "广大村民朋友"), (2, "守护老年朋友养老钱倡议书", "各位老年朋友"), (3, "做拒绝出租出借“两卡”的明白人", "亲爱的同学们")],
                 id="dev36-a-letter-whose-title-names-no-genre-after-a-signed-date"),
    # dev37/3917: a round-up whose items are headed each by its own unit before a colon, the items opening on anything
    pytest.param(page("新春平安行｜镇街反诈宣传见闻", "沙岙村：村晚舞台演起了反诈小品", "腊月二十六晚，" + PIECE_A, "东泾街道：外卖骑手成了“流动宣传员”",
                      "“您的外卖到了！”" + PIECE_B, "县实验中学：寒假前上好“防骗最后一课”", "寒假前，" + PIECE_C, "黑板上，写满了同学们编的顺口溜", PIECE_A),
                 [(1, "沙岙村：村晚舞台演起了反诈小品", "腊月二十六晚"), (2, "东泾街道：外卖骑手成了“流动宣传员”", "“您的外卖到"),
                  (3, "县实验中学：寒假前上好“防骗最后一课”", "寒假前，通过")],
                 id="dev37-items-headed-by-their-units"),
    pytest.param(page("新春平安行｜镇街反诈宣传见闻", "今年以来，我镇各社区多措并举开展反诈宣传，现将做法介绍如下。", "城东社区：入户宣传", PIECE_B,
                      "城南社区：集中宣传", PIECE_C, "城西社区：线上宣传", PIECE_A),
                 [(1, "新春平安行｜镇街反诈宣传见闻", "今年以来，我")],
                 id="syn-a-storys-sections-by-unit-after-its-lead-are-one-story"),
    # dev36/3812: two reports of the genre one after the other, no page title over them, each opening on its period and itself
    pytest.param(page("xx派出所2024年上半年反诈工作汇报", "今年上半年，我所" + LONG_A, LONG_B, "xx镇2024年上半年反诈工作汇报", "上半年，我镇" + LONG_B, LONG_C),
                 [(1, "xx派出所2024年上半年反诈工作汇报", "今年上半年，"), (2, "xx镇2024年上半年反诈工作汇报", "上半年，我镇")],
                 id="dev36-two-reports-opening-on-their-period-and-themselves"),
    pytest.param(page("xx派出所2024年上半年反诈工作汇报", "今年上半年，我所" + LONG_A, LONG_B, "关于辖区重点人群防范情况的汇报", LONG_C),
                 [(1, "xx派出所2024年上半年反诈工作汇报", "今年上半年，")],
                 id="syn-a-reports-part-opening-on-no-period-is-no-report"),
    # titles glued to a first sentence that opens on any words, as many as the page declares
    pytest.param(page("反诈心得体会（3篇）", "银行网点员工参加反诈培训心得体会上个月，" + LONG_A, LONG_B, "社区反诈志愿服务心得体会今年春天，" + LONG_B, LONG_C,
                      "观看警示教育片心得体会单位组织我们，" + LONG_C),
                 [(1, "银行网点员工参加反诈培训心得体会", "上个月，为落"), (2, "社区反诈志愿服务心得体会", "今年春天，活"), (3, "观看警示教育片心得体会", "单位组织我们")],
                 id="dev36-titles-glued-to-first-sentences-opening-on-any-words"),
    pytest.param(page("反诈心得体会（3篇）", "这次参加反诈培训的心得体会很多，" + LONG_A, LONG_B, "社区反诈志愿服务心得体会上个月，" + LONG_B, LONG_C),
                 [(1, "反诈心得体会（3篇）", "这次参加反诈")],
                 id="syn-fewer-glued-than-declared-are-sentences"),
    pytest.param(page("致全体村民的反诈倡议书", "广大村民朋友们：", LONG_A, "xx村村民委员会", "2024年5月20日", "附：防骗口诀", "不听不信不转账，陌生链接不点开。"),
                 [(1, "致全体村民的反诈倡议书", "广大村民朋友")],
                 id="syn-a-postscript-after-the-signed-date-is-no-letter"),
]


@pytest.mark.parametrize("page, expected", ARTICLE_CASES)
def test_articles(page, expected):
    assert heads(page) == expected


def test_decorated_lines_fewer_than_the_count_head_no_articles() -> None:
    # dev21: two "▸ …" download notes under "（附教案3篇）": decorations number nothing, so they are no first two of three
    text = page("反诈主题班会教案（附教案3篇）", "识破“游戏装备交易”里的陷阱", PIECE_A, "▸ 随课幻灯片：登录校园资源平台后领取", "“刷单兼职”不是零花钱", PIECE_B,
                "▸ 随课视频：登录校园资源平台后领取", "守好个人信息", PIECE_C)
    assert not any((title or "").startswith("▸") for _, title, _ in heads(text))


def collection(header: str, n: int, stem: str = H) -> str:
    """A collection page: `header`, then `n` articles under `stem篇1`, `stem篇2`…"""
    return page(header, *(line for i in range(1, n + 1) for line in (f"{stem}篇{i}", A)))


COLLECTION_CASES = [
    pytest.param(collection(f"打击{H}（通用6篇）", 6), (f"打击{H}（通用6篇）", 6, None), id="syn-declared-tongyong"),
    pytest.param(
        page("预防诈骗活动总结", collection("2022年预防诈骗活动总结（精选24篇）", 24, "预防诈骗活动总结 ")),
        ("2022年预防诈骗活动总结（精选24篇）", 24, None),
        id="002-declared-jingxuan-second-header-line",
    ),
    pytest.param(collection(f"{H}（汇总18篇）", 18), (f"{H}（汇总18篇）", 18, None), id="syn-declared-huizong"),
    pytest.param(
        collection("防范电信诈骗心得体会（十五篇）", 15), ("防范电信诈骗心得体会（十五篇）", 15, None), id="syn-declared-chinese-numeral"
    ),
    pytest.param(collection(f"{H}12篇", 12), (f"{H}12篇", 12, None), id="syn-declared-bare"),
    pytest.param(collection("反诈宣传活动总结（优秀19篇）", 19), ("反诈宣传活动总结（优秀19篇）", 19, None), id="syn-declared-youxiu"),
    pytest.param(collection("防范电信诈骗心得体会三篇", 3), ("防范电信诈骗心得体会三篇", 3, None), id="004-declared-chinese-numeral-bare"),
    pytest.param(collection(f"{H}（精选3篇）", 2), (f"{H}（精选3篇）", 3, "declared 3 articles, found 2"), id="syn-declared-mismatch"),
    pytest.param(collection(H, 2), (H, None, None), id="syn-nothing-declared"),
    pytest.param(
        page(f"{H}（精选3篇）", A, B),
        (None, 3, "declared 3 articles, found 1"),
        marks=known_failure("with no heading found the page is one story and the declared count is never checked"),
        id="syn-declared-but-no-headings",
    ),
    pytest.param(
        collection("防范诈骗宣导活动成果报告（共3篇）", 3, "防范诈骗宣导活动成果报告"),
        ("防范诈骗宣导活动成果报告（共3篇）", 3, None),
        marks=known_failure("DECLARED knows 通用/精选/汇总/… but not 共: （共3篇） declares nothing"),
        id="syn-declared-gong",
    ),
    pytest.param(
        page(f"{H}（精选3篇）", A, f"{H}篇2", B, f"{H}篇3", C),
        (f"{H}（精选3篇）", 3, None),
        marks=known_failure("the untitled first article (heading lost) is not counted: warns 'declared 3 articles, found 2'"),
        id="syn-lost-heading-counts-as-found",
    ),
    pytest.param(
        page(H, A, "引导联系某电话套取信息", B, f"{H}篇2", B, f"{H}篇3", C),
        (H, None, None),
        marks=known_failure("a title-like sub-heading inside the heading-less first article becomes the collection title"),
        id="002-subheading-is-no-collection-title",
    ),
    pytest.param(
        page(f"{H}（精选3篇）", f"【篇1】{H}", A, f"【篇2】{H}", B, f"【篇3】{H}", C),
        (f"{H}（精选3篇）", 3, None),
        marks=known_failure(
            "【篇1】 opening a heading line is no candidate: a reported page of 3 articles gave 1, warning declared 3, found 1"
        ),
        id="syn-lenticular-pian-before-title-user-report",
    ),
    pytest.param(
        page("防诈骗宣传活动总结范文（通用2篇）", "范文一：防诈骗宣传活动总结", A, "范文二：反诈进校园活动总结", B),
        ("防诈骗宣传活动总结范文（通用2篇）", 2, None),
        id="syn-fanwen-colon-title-declared",
    ),
    pytest.param(
        page(H, "第十一篇", A, "第十二篇", B),
        (H, None, None),  # "第十一篇" right under the title is a heading, not a count of 1
        id="syn-di-shiyi-pian-under-the-title-declares-nothing",
    ),
    pytest.param(
        page("全市宣传工作总结", "今年以来，推出专题稿件338篇", B),
        (None, None, None),
        marks=known_failure("a sentence line without its final 。 counts as header: its '338篇' is read as a declared count"),
        id="syn-count-sentence-without-stop-declares-nothing",
    ),
]


@pytest.mark.parametrize("page, expected", COLLECTION_CASES)
def test_collection_title_declared_and_warning(page, expected):
    s = split_articles(page)
    assert (s.collection_title, s.declared, s.warning) == expected


MARKED = "公安局防网络电信诈骗宣传工作典型经验材料4篇"
AGGREGATOR_CASES = [
    pytest.param(
        page("防范电信诈骗工作措施", "银行某支行", A, B, "防范电信诈骗宣传手册", FLAT, "银行防范电信诈骗宣传工作总结", FLAT_CUT),
        [
            (1, "防范电信诈骗工作措施", None, False, "银行某支行\n"),
            (2, "防范电信诈骗宣传手册", None, False, "为进一步提升"),
            (3, "银行防范电信诈骗宣传工作总结", None, True, "一、精心准备"),
        ],
        id="syn-aggregator-main-document-then-previews",
    ),
    pytest.param(
        page(
            "防范电信诈骗工作措施",
            A,
            "防范打击电信网络诈骗工作总结4篇",
            f"{MARKED}1 {S1} {S2} {MARKED}2 为深入开展防范打击电信网络诈骗宣传，{S3} 三、积极拓宽宣传",
            "防范电信诈骗宣传手册",
            FLAT,
        ),
        [
            (1, "防范电信诈骗工作措施", None, False, "为落实上级部"),
            (2, f"{MARKED}1", "防范打击电信网络诈骗工作总结4篇", False, "为进一步提升"),
            (3, f"{MARKED}2", "防范打击电信网络诈骗工作总结4篇", True, "为深入开展防"),
            (4, "防范电信诈骗宣传手册", None, False, "为进一步提升"),
        ],
        id="004-preview-holding-pian-markers",
    ),
    pytest.param(
        page(
            "防范电信诈骗工作措施",
            A,
            "防范打击电信网络诈骗工作总结4篇",
            f"{MARKED}1 {S1} {S2} {S3} 三、积极拓宽宣传",
            "防范电信诈骗宣传手册",
            FLAT,
        ),
        [
            (1, "防范电信诈骗工作措施", None, False, "为落实上级部"),
            (2, "防范打击电信网络诈骗工作总结4篇", None, True, "公安局防网络"),
            (3, "防范电信诈骗宣传手册", None, False, "为进一步提升"),
        ],
        id="syn-preview-with-one-marker-stays-whole",
    ),
]


@pytest.mark.parametrize("page, expected", AGGREGATOR_CASES)
def test_aggregator(page, expected):
    s = split_articles(page)
    got = [(a.ordinal, a.title, a.collection_title, a.preview, page[a.start : a.end][:6]) for a in s.articles]
    assert got == expected
    assert (s.collection_title, s.declared, s.warning) == ("防范电信诈骗工作措施", None, None)


@known_failure("text before the first inline 篇 marker of a preview belongs to no article: it is dropped")
def test_aggregator_keeps_text_before_the_first_inline_marker():
    lead = "电信网络新型违法犯罪现象呈现突出蔓延之势，乡党委决定开展专项行动。"
    text = page(
        "防范电信诈骗工作措施",
        A,
        "宣传工作方案3篇",
        f"{lead} 宣传工作方案3篇1 {S1} {S2} 宣传工作方案3篇2 {S3} 三、积极拓宽",
        "防范电信诈骗宣传手册",
        FLAT,
    )
    assert any(lead in text[a.start : a.end] for a in split_articles(text).articles)


def test_first_article_without_heading_is_kept_apart():
    text = page(H, A, B, f"{H}篇2", B, f"{H}篇3", C)
    first, *rest = split_articles(text).articles
    assert (first.title, text[first.start : first.end]) == (None, f"{A}\n{B}")
    assert [a.title for a in rest] == [f"{H}篇2", f"{H}篇3"]


def test_a_quoted_sentence_with_another_inside_is_no_headline():
    # "“钱回来了！”" is a headline; a quotation of two sentences opens the text
    assert not split_articles(page("“骗子打来电话。我马上挂了！”", A, B)).articles[0].title


@pytest.mark.parametrize(
    "headline",
    ["反诈宣传 | 暑期将至，这几类骗局要当心！", "接到这种电话，请立即挂断！", "“反诈课堂”开进集市 民警支招守好“钱袋子”", "假交友真诈财 嘉市警深入校园宣导「网恋陷阱」",
     "“钱回来了！”"],
    ids=["exclaimed", "exclaimed-short", "closing-quote", "corner-quote", "s15-one-exclamation-quoted"],
)
def test_a_headline_may_end_in_an_exclamation_or_a_closing_quote(headline):
    assert heads(page(headline, A, B)) == [(1, headline, "为落实上级部")]


@pytest.mark.parametrize(
    "page_text, subtitle, start",
    [
        pytest.param(page("守护群众钱袋子的反诈尖兵", "——记临川区公安局反诈中心民警周文斌", A), "——记临川区公安局反诈中心民警周文斌", A[:6], id="dash-ji"),
        pytest.param(page("“钱还没转，警察先到了”", "——江城警方预警劝阻工作见闻", A), "——江城警方预警劝阻工作见闻", A[:6], id="quoted-headline"),
        pytest.param(page("反诈宣传进社区", "--xx社区开展宣传活动侧记", A), "--xx社区开展宣传活动侧记", A[:6], id="ascii-dashes"),
        pytest.param(page("反诈宣传进社区", "——民警说：“这种电话一律挂断。”", A), None, "——民警说：", id="a-quoted-sentence-is-no-subtitle"),
        pytest.param(page("反诈宣传进社区", A, "——摘自民警的讲话"), None, A[:6], id="a-dash-line-further-down"),
    ],
)
def test_a_subtitle_under_the_headline_is_part_of_the_heading(page_text, subtitle, start):
    (article,) = split_articles(page_text).articles
    assert article.subtitle == subtitle
    assert page_text[article.start : article.end][:6] == start[:6]


# DECK: a 副题 without a dash under the headline, one or two lines, right above the first paragraph; PARTICULAR:
# the document's own particulars under its title. The article names them in `heading_lines` and keeps them in
# its text (their facts are the document's).
@pytest.mark.parametrize(
    "page_text, deck, start",
    [
        pytest.param(page("我县开展反诈宣传进万家活动", "全县发放宣传资料2万余份　劝阻潜在受害群众300余人", A), "全县发放宣传资料2万余份　劝阻潜在受害群众300余人", A, id="deck"),
        pytest.param(page("守护好群众的钱袋子", "我县反诈宣传月活动综述", "半个月走遍全县十二个乡镇", A), "我县反诈宣传月活动综述\n半个月走遍全县十二个乡镇", A, id="two-lines"),
        pytest.param(page("社区反诈宣传活动总结", "一季度走遍辖区十二个小区的宣传路", A), "一季度走遍辖区十二个小区的宣传路", A, id="a-deck-ending-on-a-place"),
        pytest.param(page("反诈宣传进社区", "全县发放宣传资料2万余份", A, "入户走访全覆盖", B), "全县发放宣传资料2万余份", A, id="longer-than-the-subheadings"),
        # PARTICULAR: the document's own issuer, number, occasion, speaker, writer, issue under its title
        pytest.param(page("xx派出所2024年度反电诈工作总结", "xx县公安局城关派出所", A), "xx县公安局城关派出所", A, id="an-issuer"),
        pytest.param(page("关于开展反诈宣传进乡村专项行动的通知", "澥政办发〔2024〕23号", "各乡镇人民政府：", A), "澥政办发〔2024〕23号", "各乡镇人民政府：", id="a-number"),
        pytest.param(page("坚持打防并举　守护群众财产安全", "（2024年3月21日在全市打击治理电信网络诈骗工作会议上）", "市委常委、政法委书记　郜明远", "各位领导，同志们：", A),
                     "（2024年3月21日在全市打击治理电信网络诈骗工作会议上）\n市委常委、政法委书记　郜明远", "各位领导，同志们：", id="occasion-and-speaker"),
        pytest.param(page("平安萩浦简报", "第6期（总第41期）", "萩浦镇平安办　编印　　2024年6月28日", A), "第6期（总第41期）\n萩浦镇平安办　编印　　2024年6月28日", A, id="an-issue-and-its-editors"),
        # dev43/4518, 4508: addressees with a bracket under the number; the unit's 编 glued, the issue's first item under its headline
        pytest.param(page("蘡汀镇人民政府办公室关于印发创建工作方案的通知", "蘡政办发〔2024〕9号", "各村（社区），镇直各部门：", A), "蘡政办发〔2024〕9号", "各村（社区），镇直各部门：",
                     id="s16-a-number-over-addressees-with-a-bracket"),
        pytest.param(page("青苇街道平安建设简报", "第7期", "青苇街道平安办编　　2024年6月3日", "“反诈夜市”开进居民区", A), "第7期\n青苇街道平安办编　　2024年6月3日", "“反诈夜市”开进",
                     id="s16-an-issue-over-its-first-items-headline"),
        pytest.param(page("一堂让我“后背发凉”的反诈课", "高一（5）班　韦若溪", A), "高一（5）班　韦若溪", A, id="a-writer"),
        pytest.param(page("那通电话，我差点就信了", "初二（3）班　岑若水", "指导教师：邬晓岚", A), "初二（3）班　岑若水\n指导教师：邬晓岚", A, id="dev34-a-writer-and-the-teacher"),
        # must not match
        pytest.param(page("xx派出所2024年度反电诈工作总结", "xx县公安局城关派出所", "2024年12月"), None, "xx县公安局城关派出所", id="an-issuer-over-no-text"),
        pytest.param(page("反诈宣传进社区", "（在社区广场）", "群众认真听讲"), None, "（在社区广场）", id="an-occasion-over-no-text"),
        pytest.param(page("社区反诈宣传活动总结", "活动时间和地点", A), None, "活动时间和地点", id="a-section-name"),
        pytest.param(page("社区反诈宣传活动总结", "一季度宣传活动开展情况", A), None, "一季度宣传", id="a-section-name-longer"),
        pytest.param(page("反诈宣传进社区", "社区民警老周的三百个电话", A, "银行柜员多问一句拦下二十万", B), None, "社区民警老周", id="first-of-longer-subheadings"),
        pytest.param(page("反诈宣传进社区", "冒充客服退款骗局的应对", A, "刷单返利骗局的应对", B), None, "冒充客服", id="first-of-parallel-subheadings"),
        pytest.param(page("反诈预警", "预警第31号｜冒充医保中心称医保卡异常", A), None, "预警第31号", id="an-issue-number"),
        pytest.param(page("学习反诈法心得体会", "法条背后，是一个个家庭·壹", A), None, "法条背后", id="an-ordinal-after-a-dot"),
        pytest.param(page("述职报告", "述职人：xx（城东派出所所长）", A), None, "述职人", id="a-field"),
        pytest.param(page("反诈主题班会方案", "指导思想：以案说法", A), None, "指导思想", id="a-plans-guiding-idea"),
        pytest.param(page("反诈工作总结（3篇）", "全县发放宣传资料2万余份", A), None, "全县发放", id="under-a-declared-count"),
        pytest.param(page("关于防范电信诈骗的倡议书", "亲爱的居民朋友们：", A), None, "亲爱的居民朋友们", id="a-salutation"),
        pytest.param(page("反诈宣传进社区", "本报记者　张晓明　通讯员　李航", A), None, "本报记者", id="a-credit"),
        # s21 (dev58/6021): a deck telling what the reporter did (REPORTER_AT_WORK) is no credit
        pytest.param(page("一位村医把反诈提醒写进了处方笺", "记者蹲点石臼村卫生室，看一位乡村医生的“反诈经”", A), "记者蹲点石臼村卫生室，看一位乡村医生的“反诈经”", A,
                     id="s21-a-deck-of-the-reporter-at-work"),
        # s22 (dev61/6316, 6302): the day it was signed or issued, labelled or not, and who signed it
        pytest.param(page("关于切实做好春节期间防范电信网络诈骗宣传工作的通知", "渌镇综治〔2025〕3号", "签发日期：2025年1月15日", "各村（居）民委员会，镇属各单位：", A),
                     "渌镇综治〔2025〕3号\n签发日期：2025年1月15日", "各村（居）民委员会", id="s22-a-number-and-the-day-signed"),
        pytest.param(page("关于近期冒充医保局实施诈骗的警情通报", "浈岭市公安局反诈骗中心", "2025年5月9日", A), "浈岭市公安局反诈骗中心\n2025年5月9日", A, id="s22-an-issuer-and-its-day"),
        pytest.param(page("关于开展反诈宣传进乡村专项行动的通知", "签发人：卢明", "各乡镇人民政府：", A), "签发人：卢明", "各乡镇人民政府：", id="s22-who-signed-it"),
        pytest.param(page("社区反诈宣传活动总结", "2025年5月9日，社区开展了反诈宣传活动。", A), None, "2025年5月9日，", id="s22-a-sentence-opening-on-its-day"),
        pytest.param(page("这4种“高息理财”都是坑", "“年化收益20%，保本保息”", A), None, "“年化收益20", id="a-quotation-alone"),
        pytest.param(page("本周防骗提醒｜这几种说法要当心", "养老金“升级”？柜台从没这回事", A, B), None, "养老金“升级", id="a-question-inside"),
        pytest.param(page("这4种“高息理财”都是坑", "内部渠道名额有限", "老师带你炒股稳赚不赔", "一夜翻倍机会难得", A), None, "内部渠道", id="three-short-lines"),
        pytest.param(page("社区反诈宣传活动总结", "活动中民警讲解常见诈骗手法", "群众认真听讲"), None, "活动中民警", id="no-prose-below"),
    ],
)
def test_a_deck_under_the_headline_opens_the_text_and_is_named(page_text, deck, start):
    (article,) = split_articles(page_text).articles
    text = page_text[article.start : article.end]
    assert (article.heading_lines, article.subtitle) == (deck, None)
    assert text.startswith(f"{deck}\n{start}" if deck else start)


# KICKER: a kicker (引题), the headline, its subtitle after a dash: the second line is the headline.
@pytest.mark.parametrize(
    "page_text, title, subtitle",
    [
        pytest.param(page("一场跨越两省的追赃", "七旬老人被骗的十二万元回来了", "——xx县公安局反诈中心追赃返还侧记", A), "七旬老人被骗的十二万元回来了", "——xx县公安局反诈中心追赃返还侧记", id="kicker"),
        pytest.param(page("守护群众钱袋子的反诈尖兵", "——记临川区公安局反诈中心民警周文斌", A), "守护群众钱袋子的反诈尖兵", "——记临川区公安局反诈中心民警周文斌", id="no-kicker"),
        pytest.param(page("坚持打防并举　守护群众财产安全", "（2024年3月21日在全市会议上）", "——在全市会议上的讲话", A), "坚持打防并举　守护群众财产安全", None, id="an-occasion-is-no-headline"),
    ],
)
def test_a_kicker_stands_over_the_headline(page_text, title, subtitle):
    (article,) = split_articles(page_text).articles
    assert (article.title, article.subtitle) == (title, subtitle)
    assert page_text[article.start : article.end].startswith(A if subtitle else "（")


# KICKER in a couplet: over a news headline naming who did what, the text right under them (dev32/3401).
@pytest.mark.parametrize(
    "page_text, title, start",
    [
        pytest.param(page("乡村喇叭天天响　反诈知识进农家", "沚阳县“反诈大篷车”驶进二十一个行政村", "7月以来，" + A), "沚阳县“反诈大篷车”驶进二十一个行政村", "7月以来，", id="a-couplet-kicker"),
        # s25 (dev74): over a news headline in two halves with a figure in the first, whoever its subject (NEWS_DOUBLE)
        pytest.param(page("柜面多问一句　老人少损一笔", "七旬老人要给“养老项目”转账12万元　柜员一句追问拦了下来", "“阿姨，这笔钱是转给谁的？”" + A),
                     "七旬老人要给“养老项目”转账12万元　柜员一句追问拦了下来", "“阿姨，这笔", id="s25-a-couplet-over-a-double-headline"),
        # must not match
        pytest.param(page("柜面多问一句　老人少损一笔", "七旬老人要给养老项目转账　柜员一句追问拦了下来", A), "柜面多问一句　老人少损一笔", "七旬老人要给", id="s25-a-couplet-over-a-double-line-without-a-figure"),
        pytest.param(page("我县开展反诈宣传进万家活动", "全县发放宣传资料2万余份　劝阻潜在受害群众300余人", A), "我县开展反诈宣传进万家活动", "全县发放宣传", id="a-headline-over-a-couplet-deck"),
        pytest.param(page("织密防护网　守好钱袋子", "群众安全感满意度持续提升", A), "织密防护网　守好钱袋子", "群众安全感满", id="a-couplet-over-a-line-naming-no-one"),
        pytest.param(page("织密防护网　守好钱袋子", "我县开展系列宣传活动回眸", "7月以来，" + A), "织密防护网　守好钱袋子", "我县开展系列", id="a-couplet-over-its-summary"),
    ],
)
def test_a_kicker_in_a_couplet(page_text, title, start):
    (article,) = split_articles(page_text).articles
    assert article.title == title
    assert page_text[article.start : article.end].startswith(start)


@pytest.mark.parametrize(
    "page_text, title, start",
    [
        pytest.param(page("柳公通〔2024〕21号", "柳溪县公安局关于开展“断卡”行动暨", "防范电信网络诈骗集中宣传月活动的通知", "各派出所：", A),
                     "柳溪县公安局关于开展“断卡”行动暨防范电信网络诈骗集中宣传月活动的通知", "各派出所：\n", id="official-title-on-two-lines"),
        pytest.param(page("社区反诈宣传活动总结", "活动时间和地点", A), "社区反诈宣传活动总结", "活动时间和地", id="a-title-then-a-heading"),
        pytest.param(page("关于进一步做好", "反诈宣传工作的通知", A), "关于进一步做好反诈宣传工作的通知", A[:6], id="cut-after-zuohao"),
        pytest.param(page("棹河县鹭渚镇2024年“反诈宣传进万家”", "活动实施方案", A), "棹河县鹭渚镇2024年“反诈宣传进万家”活动实施方案", A[:6], id="dev32-the-genre-alone-on-the-second-line"),
        # s22 (dev61/6302): an official document's kind on the second line (OFFICIAL_GENRE)
        pytest.param(page("关于近期冒充“医保局”实施诈骗的", "警情通报", A), "关于近期冒充“医保局”实施诈骗的警情通报", A[:6], id="s22-a-warning-notice-on-the-second-line"),
        pytest.param(page("关于表彰2024年度反诈工作先进集体和个人的", "决定", A), "关于表彰2024年度反诈工作先进集体和个人的决定", A[:6], id="s22-a-decision-on-the-second-line"),
        # must not match: the first line names its kind already
        pytest.param(page("关于反诈宣传工作情况的通报", "群众意见", A), "关于反诈宣传工作情况的通报", "群众意见\n" + A, id="s22-a-report-over-a-section"),
        # must not match: a headline naming its genre already, over a section line
        pytest.param(page("江滩社区反诈宣传月活动方案公布", "宣传活动方案", A), "江滩社区反诈宣传月活动方案公布", "宣传活动方案", id="a-genre-named-above"),
        # dev41/4302: two phrases, the first holding no fraud word but a sentence's words (_first_half)
        pytest.param(page("这支广场舞队", "把反诈口诀跳进了千家万户", A), "这支广场舞队\u3000把反诈口诀跳进了千家万户", A[:6], id="s16-a-headlines-first-half"),
        # must not match: a badge, a site's line over the headline
        pytest.param(page("本地要闻", "把反诈口诀跳进了千家万户", A), "把反诈口诀跳进了千家万户", A[:6], id="s16-a-badge-is-no-half"),
        pytest.param(page("平安榧岭　原创", "把反诈口诀跳进了千家万户", A), "把反诈口诀跳进了千家万户", A[:6], id="s16-a-sites-line-is-no-half"),
    ],
)
def test_a_headline_cut_in_two_lines_is_one_title(page_text, title, start):
    (article,) = split_articles(page_text).articles
    assert (article.title, page_text[article.start : article.end][:6]) == (title, start[:6])


def test_a_document_number_above_the_title_is_no_headline():
    assert heads(page("汇通物流〔2024〕12号", "关于开展防范电信网络诈骗宣传月活动的实施方案", A, B)) == [
        (1, "关于开展防范电信网络诈骗宣传月活动的实施方案", "为落实上级部")
    ]


def test_a_first_line_that_is_a_sentence_is_no_headline():
    assert heads(page("他说：“快报警。”", A)) == [(1, None, "他说：“快报")]
    assert heads(page("不要转账！骗子就在身边！", A)) == [(1, None, "不要转账！骗")]
    assert heads(page("他问：钱呢？我说：没了！", A)) == [(1, None, "他问：钱呢？")]


def test_a_headline_may_ask_then_exclaim():
    assert heads(page("平安柳川| 快递“丢了”要三倍理赔？这是骗局！", "“您好，我是快递理赔专员”", A))[0][:2] == (1, "平安柳川| 快递“丢了”要三倍理赔？这是骗局！")


def test_a_headline_that_asks_may_quote_a_sentence_with_commas():
    headline = "“我是你领导，明天来我办公室一趟”？这条消息千万别回！"
    assert heads(page(headline, "新年刚过", A))[0][:2] == (1, headline)


@pytest.mark.parametrize(
    "lines_, title, start",
    [
        pytest.param(("热点", "社区开展防范电信诈骗宣传活动", A), "社区开展防范电信诈骗宣传活动", A[:6], id="badge-above"),
        pytest.param(("学习强国　平安频道", "警方提醒：这类短信是诈骗", A), "警方提醒：这类短信是诈骗", A[:6], id="site-line-above"),
        pytest.param(("天上不会掉馅饼", A), "天上不会掉馅饼", A[:6], id="a-headline-without-fraud-words-stays"),
        pytest.param(("关于进一步做好", "反诈宣传工作的通知", A), "关于进一步做好反诈宣传工作的通知", A[:6], id="a-title-cut-in-two-stays-whole"),
        pytest.param(("守护钱袋子", "——记民警张某的反诈故事", A), "守护钱袋子", A[:6], id="a-subtitle-is-no-headline"),
    ],
)
def test_the_headline_is_the_title_line_about_fraud_below_short_lines_that_name_none(lines_, title, start):
    text = page(*lines_)
    (article,) = split_articles(text).articles
    assert (article.title, text[article.start : article.end][:6]) == (title, start)


def test_a_date_before_the_headline_is_no_list_number():
    assert heads(page("12.09 年底“退税”短信又来了，点开链接钱就没了", A)) == [(1, "12.09 年底“退税”短信又来了，点开链接钱就没了", A[:6])]


def test_page_title_names_a_story_without_headline():
    assert heads(page(A, B), title="网页标题") == [(1, "网页标题", "为落实上级部")]


@known_failure("glued headings are looked for only under stems from header lines, never from the page title passed in")
def test_page_title_gives_the_stem_of_glued_headings():
    text = page("电信诈骗工作总结1为落实此次活动要求，社区开展宣传。", B, "电信诈骗工作总结2为深入开展反诈，派出所组织讲座。", C)
    assert heads(text, title="电信诈骗工作总结") == [(1, "电信诈骗工作总结1", "为落实此次活"), (2, "电信诈骗工作总结2", "为深入开展反")]


@known_failure("the page title passed in is a glued stem only as written: with its year and count (…（精选2篇）) it never matches")
def test_page_title_with_year_and_count_gives_the_stem_of_glued_headings():
    text = page("电信诈骗工作总结1为落实此次活动要求，社区开展宣传。", B, "电信诈骗工作总结2为深入开展反诈，派出所组织讲座。", C)
    assert heads(text, title="2023年电信诈骗工作总结（精选2篇）") == [
        (1, "电信诈骗工作总结1", "为落实此次活"),
        (2, "电信诈骗工作总结2", "为深入开展反"),
    ]


# --- properties ---------------------------------------------------------------------------

STEMS = st.sampled_from([H, "预防诈骗活动总结", "反诈宣传工作方案", "典型案例"])
NUMBERS = st.integers(min_value=0, max_value=12)


def numeral(n: int) -> str:
    return NUMERALS[n - 1] if 1 <= n <= 10 else str(n)


HEADINGS = st.one_of(
    st.builds(lambda s, n: f"{s}篇{numeral(n)}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s} 篇{n}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}【篇{n}】", STEMS, NUMBERS),
    st.builds(lambda s, n: f"【篇{n}】{s}", STEMS, NUMBERS),
    st.builds(lambda n: f"[篇{n}]", NUMBERS),
    st.builds(lambda n: f"【篇{n}】为落实此次活动要求，社区开展宣传。", NUMBERS),
    st.builds(lambda n: f"第{numeral(n)}篇", NUMBERS),
    st.builds(lambda s, n: f"范文{numeral(n)}：{s}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}范文（篇{n}）", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}（{numeral(n)}）", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}{n}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s} {n}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"篇{numeral(n)}：{s}", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}{n}为落实此次活动要求，社区开展宣传。", STEMS, NUMBERS),
    st.builds(lambda s, n: f"{s}（精选{n}篇）", STEMS, NUMBERS),
)
PARAGRAPHS = st.sampled_from(
    [
        A,
        B,
        C,
        "一、工作目标",
        "（一）领导重视",
        "1、成立领导小组。",
        "一是加强组织领导。",
        "推出专题稿件338篇。",
        "有疑问可拨打12333",
        "第2篇",
        FLAT,
        FLAT_CUT,
    ]
    + [f"{MARKED}1 {S1} {MARKED}2 {S2} {S3}"]
)


@settings(max_examples=400)
@given(st.lists(st.one_of(HEADINGS, PARAGRAPHS, STEMS), min_size=1, max_size=14))
# found by a random draw in CI: an inline 篇 marker opening the line after a flattened preview
# left the "\n" before it at the end of the preview's lead article
@example([A, f"{H}篇0", FLAT, f"{H}篇0", FLAT, f"{MARKED}1 {S1} {MARKED}2 {S2} {S3}"])
@example([A, f"{H}篇0", FLAT_CUT, f"{H}篇0", FLAT_CUT, f"{MARKED}1 {S1} {MARKED}2 {S2} {S3}"])
def test_articles_are_ordered_disjoint_spans_of_the_page(lines):
    text = page(*lines)
    articles = split_articles(text).articles
    assert articles
    previous_end = 0
    for a in articles:
        assert 0 <= a.start <= a.end <= len(text)
        assert previous_end <= a.start
        previous_end = a.end
        body = text[a.start : a.end]
        assert not body.startswith("\n") and not body.endswith("\n")
    assert len({a.ordinal for a in articles}) == len(articles)  # article ids are <doc_id>#<ordinal>


@pytest.mark.parametrize("line, particular", [
    ("[xx中学安全教育简讯：第3期]", True), ("（2024年第5期）", True), ("［家长学校·2024年秋季第1讲］", True),
    ("（第3期培训于下周举行）", False), ("[详细]", False),
])
def test_an_issue_in_brackets_is_the_headlines_particular(line, particular):
    """PARTICULAR: an issue or a lecture of a series in brackets under a headline is the heading's, not the text's."""
    [article] = split_articles(page("“我是反诈小卫士”主题班会在全校展开", line, LONG_A)).articles
    assert (article.heading_lines == line) is particular


HEADLINE_NO_FRAUD = "老人被拉进健康讲座 免费鸡蛋背后有玄机"  # no fraud word: _headline_below does not look past a badge for it


# HEADLINE_OVER_BYLINE: "§" marks where cleaning removed a byline's whole lines (`removed_bylines`); the line right above
# it is the headline when the page's first line is none (a site's sentence, a badge), the text under it.
@pytest.mark.parametrize(
    "lines, title, start",
    [
        pytest.param(("本站提供最新资讯，每日更新。", HEADLINE_NO_FRAUD, "§" + LONG_A), HEADLINE_NO_FRAUD, LONG_A[:6],
                     id="s19-a-sites-sentence-over-the-headline-over-a-byline"),
        pytest.param(("热点关注", HEADLINE_NO_FRAUD, "§" + LONG_A), HEADLINE_NO_FRAUD, LONG_A[:6], id="s19-a-badge-over-the-headline-over-a-byline"),
        pytest.param(("警情说案", "反诈预警　2025年第23期　6月9日", "接到“快递理赔”电话，请直接挂断！", "§" + LONG_A), "接到“快递理赔”电话，请直接挂断！", LONG_A[:6],
                     id="s19-a-badge-and-an-issue-line-over-the-headline-over-a-byline"),
        # must not: without the byline; a genre's title over a line of its own; the page's first paragraph; a subtitle
        pytest.param(("热点关注", HEADLINE_NO_FRAUD, LONG_A), "热点关注", HEADLINE_NO_FRAUD[:6], id="s19-no-byline-removed-no-move"),
        pytest.param(("本站提供最新资讯，每日更新。", HEADLINE_NO_FRAUD, LONG_A), None, "本站提供最新", id="s19-no-byline-the-sentence-opens-the-text"),
        pytest.param(("致家长的倡议书", "珍爱家庭财产 远离不良诱惑", "§" + LONG_A), "致家长的倡议书", "珍爱家庭财产", id="s19-a-genres-title-stays-the-headline"),
        pytest.param((A + B, HEADLINE_NO_FRAUD, "§" + LONG_A), None, A[:6], id="s19-a-first-paragraph-of-two-sentences-stays-the-text"),
        pytest.param(("热点关注", "——记城东派出所民警王xx", "§" + LONG_A), "热点关注", LONG_A[:6], id="s19-a-subtitle-is-no-headline"),
    ],
)
def test_a_headline_over_a_removed_byline(lines, title, start):
    text = page(*lines)
    at = text.find("§")
    text = text.replace("§", "")
    first = split_articles(text, bylines=[at] if at >= 0 else []).articles[0]
    assert (first.title, text[first.start : first.end][:6]) == (title, start)


@pytest.mark.parametrize(
    "removed, heading_lines",
    [
        pytest.param(True, "千余张“防骗明白卡”送进工地", id="s19-a-title-line-over-a-removed-byline-is-the-headlines-deck"),
        pytest.param(False, None, id="s19-no-byline-no-deck"),
    ],
)
def test_a_deck_over_a_removed_byline(removed, heading_lines):
    # DECK_OVER_BYLINE: of two title lines over a byline cleaning removed, the lower is the first's deck, the text under both
    text = page("农民工工资发放季", "千余张“防骗明白卡”送进工地", "§" + TWO_LONG_SENTENCES, "小小情景剧　讲透大道理", "椑叶路小学开展反诈主题情景剧展演", PIECE_B)
    at = text.find("§")
    text = text.replace("§", "")
    first = split_articles(text, bylines=[at] if removed else []).articles[0]
    assert (first.title, first.heading_lines) == ("农民工工资发放季", heading_lines)


def test_a_notices_cases_after_a_space_head_no_pieces():
    """HEADING_ORDINAL_AFTER takes a space alone before 第N篇/则/辑/例 (s22): a notice's own cases so numbered, under a
    title of one document and no count, are its sections (a run of 例 needs support)."""
    assert heads(page("关于近期电信网络诈骗案件的警情通报", "典型案例 第一例", A, "典型案例 第二例", B)) == [(1, "关于近期电信网络诈骗案件的警情通报", "典型案例 第")]


@pytest.mark.parametrize("first, second, title", [
    ("冒充医保局诈骗案件高发", "警方发布紧急通告", "冒充医保局诈骗案件高发"), ("守护群众钱袋子", "市反诈中心公告", "守护群众钱袋子"),
    ("反诈宣传进社区", "群众意见", "反诈宣传进社区"),
])
def test_an_official_kind_under_a_whole_title_is_not_its_half(first, second, title):
    """OFFICIAL_GENRE joins a second line only under a first that stops on a word a title cannot end on (s22 review)."""
    assert heads(page(first, second, A))[0][1] == title


@pytest.mark.parametrize("line", ["二〇二五年五月九日", "2025-05-09", "签发日期：2025.1.15"])
def test_a_documents_day_in_other_forms_is_its_heading_line(line):
    """PARTICULAR: the day a document was issued, in Chinese numerals or with dashes and dots, under its title."""
    [article] = split_articles(page("关于防范冒充医保局诈骗的警情通报", "浈岭市公安局反诈骗中心", line, LONG_A)).articles
    assert article.heading_lines == f"浈岭市公安局反诈骗中心\n{line}"
