"""Pieces closed alike (split._closed_pieces): a list page's items each over a removed read-more link, reposted
pieces each over a removed credit or a kept source line; and what closes no pieces (a story's separators, its one
credit at the end, a week's short items). Through the pipeline: the closings are what cleaning removed."""

import pytest

from zhtools.pipeline import Input, process_document
from zhtools.records import to_dict

LEAD_A = "记者从市公安局获悉，今年上半年全市共破获电信网络诈骗案件四百余起，同比上升两成，为群众挽回损失三千余万元。"
LEAD_B = "市反诈办日前通报，“反诈进万家”活动开展三个月来，宣传队伍已走遍全市一百八十多个行政村，入户发放提示卡十二万份。"
LEAD_C = "近日，多名车主收到“您的ETC卡已失效，请点击链接重新认证”的短信，交通部门提醒，ETC认证不会通过短信链接办理。"
HEADS = ["全市上半年破获电诈案件同比上升两成", "“反诈进万家”入户宣传覆盖全部行政村", "警惕！“ETC卡失效”短信又来了"]


def articles(raw: str) -> list[tuple[str | None, str]]:
    r = process_document(Input("x.txt", "x", "x.txt"), raw.encode())
    return [(a["title"], a["text"][:6]) for a in map(to_dict, r.articles)]


def page(*lines: str) -> str:
    return "\n".join(lines)


PIECES = [(HEADS[0], LEAD_A[:6]), (HEADS[1], LEAD_B[:6]), (HEADS[2], LEAD_C[:6])]

CASES = [
    pytest.param(page("推荐　本地　平安　民生　教育　视频", HEADS[0], LEAD_A, "查看详情>>", HEADS[1], LEAD_B, "查看详情>>", HEADS[2], LEAD_C, "查看详情>>"),
                 PIECES, id="a-list-pages-items-each-over-a-read-more-link"),
    pytest.param(page("本周警情通报", HEADS[0], LEAD_A + "（文/xx派出所）", HEADS[1], LEAD_B + "（文/xx交警大队）", HEADS[2], LEAD_C + "（文/xx刑侦大队）"),
                 PIECES, id="pieces-each-ending-on-its-writers-unit"),
    pytest.param(page("平安动态", HEADS[0], LEAD_A, "更多>>", HEADS[1], LEAD_B, "更多>>", HEADS[2], LEAD_C, "更多>>"),
                 PIECES, id="items-each-over-a-more-link-read-as-related"),
    pytest.param(page("平安动态", HEADS[0], LEAD_A + "[详细]", HEADS[1], LEAD_B + "[详细]", HEADS[2], LEAD_C + "[详细]"),
                 PIECES, id="read-more-links-glued-to-the-leads"),
    pytest.param(page("转几篇这阵子看到的防骗文章", "最近家里老人差点上当，转给大家看看，也给自家老人念一念。", HEADS[0], LEAD_A, "——转自“平安xx”", HEADS[1], LEAD_B,
                      "——转自“xx发布”", HEADS[2], LEAD_C, "——转自“xx交警”"),
                 PIECES, id="reposted-pieces-each-over-its-kept-source"),
    pytest.param(page("派出所里的反诈故事", HEADS[0], LEAD_A, "【xx县融媒中心】", HEADS[1], LEAD_B, "【xx县融媒中心】", HEADS[2], LEAD_C, "【xx县融媒中心】"),
                 PIECES, id="pieces-each-over-its-credit"),
    pytest.param(page("医院防范电信网络诈骗宣传活动方案", LEAD_B + LEAD_C + LEAD_A, HEADS[0], LEAD_A, "作者：xx　2024-05-12", HEADS[1], LEAD_B, "作者：xx　2024-05-11",
                      HEADS[2], LEAD_C, "作者：xx　2024-05-10"),
                 [("医院防范电信网络诈骗宣传活动方案", LEAD_B[:6]), *PIECES], id="a-document-over-its-related-pieces"),
    pytest.param(page("防范电信网络诈骗学习心得体会3篇", "（一）守住钱袋子，先守住“贪小便宜”的心", LEAD_A, "（作者：xx局　管xx）", "— 本篇完 —",
                      "（二）从“旁观者”到“宣传员”：我的反诈志愿服务体会", LEAD_B, "（作者：xx街道　邝xx）", "— 本篇完 —", "（三）一名银行柜员的反诈心得", LEAD_C),
                 [("（一）守住钱袋子，先守住“贪小便宜”的心", LEAD_A[:6]), ("（二）从“旁观者”到“宣传员”：我的反诈志愿服务体会", LEAD_B[:6]), ("（三）一名银行柜员的反诈心得", LEAD_C[:6])],
                 id="pieces-under-ordinals-each-closed-by-credit-and-end-mark"),
    # must not: a story's separators between its parts, its credit once at the end, a week's items, one closing alone
    pytest.param(page("一个电话，差点骗走她攒了十年的钱", LEAD_A, "◆◆◆", "四十分钟的“视频笔录”", LEAD_B, "◆◆◆", "银行柜台前的一次转机", LEAD_C),
                 [("一个电话，差点骗走她攒了十年的钱", LEAD_A[:6])], id="a-storys-separators-close-no-pieces"),
    pytest.param(page("全市上半年破获电诈案件同比上升两成", LEAD_A, LEAD_B, "【xx县融媒中心】"),
                 [("全市上半年破获电诈案件同比上升两成", LEAD_A[:6])], id="a-storys-credit-at-the-end"),
    pytest.param(page("反诈宣传周活动安排", LEAD_A, "【周一】启动仪式", LEAD_B, "查看详情>>", "【周二】专题讲座", LEAD_C, "查看详情>>", "【周三】主题班会", LEAD_A),
                 [("反诈宣传周活动安排", LEAD_A[:6])], id="a-weeks-short-items-are-no-pieces"),
    pytest.param(page("xx社区反诈宣传工作总结", "（一）加强组织领导", LEAD_A, "（二）创新宣传方式", LEAD_B, "（三）强化重点人群防范", LEAD_C),
                 [("xx社区反诈宣传工作总结", "（一）加强组")], id="a-summarys-sections-under-ordinals-closed-by-nothing"),
    pytest.param(page(HEADS[0], LEAD_A, "查看详情>>", HEADS[1], LEAD_B),
                 [(HEADS[0], LEAD_A[:6])], id="one-closing-alone-closes-no-pieces"),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_closed_pieces(raw, expected):
    assert articles(raw) == expected


def test_deletions_are_whole_stretches_where_the_text_was():
    from zhtools.clean import clean_and_explain

    trace = clean_and_explain(page(HEADS[0], LEAD_A, "查看详情>>", HEADS[1], LEAD_B))
    [(at, rules, old)] = trace.deletions()
    assert (rules, old) == ("chrome:nav", "查看详情>>\n")
    assert trace.text[:at].endswith(LEAD_A + "\n") and trace.text[at:].startswith(HEADS[1])


def test_a_posters_own_words_around_what_it_reposts_stay():
    """A page parted only by the source lines it keeps after each piece is the poster's: its words closing the
    pieces are its own, not a site's framing of samples (collection_framing reads no closings)."""
    raw = page("转几篇这阵子看到的防骗文章", "最近家里老人差点上当，转给大家看看，也给自家老人念一念。", HEADS[0], LEAD_A, "——转自“平安xx”", HEADS[1], LEAD_B,
               "——转自“xx发布”", "就这两篇，字大的话老人家也能看，有用就帮忙顶一下。")
    r = process_document(Input("x.txt", "x", "x.txt"), raw.encode())
    assert "就这两篇，字大的话老人家也能看，有用就帮忙顶一下。" in r.document.text
    assert [a.title for a in r.articles] == HEADS[:2]
