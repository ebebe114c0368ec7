"""Pages the rules were not written on: messy variants in other styles and encodings, run
through the whole document path (bytes → ingest → clean → records), and random text.

Each constructed page lists what must go and what must stay; every one must also replay
exactly from its edits and be a fixed point of cleaning.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhtools.clean import clean, clean_and_explain
from zhtools.convert import to_simplified
from zhtools.edits import replay
from zhtools.pipeline import Input, process_document

GLOSS = regex.compile(r"\p{Han}\s*[(（][a-zü:\p{Mn}āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[1-5]?\s*[)）]")
# Traditional script, tone-marked and tone-digit pinyin, spam on top, chrome, a 范文 intro,
# a related-articles footer: the genre, written fresh. The pages live in tests/variant_pages/,
# where scripts/bench_corpus.py reads them too.
PAGES = Path(__file__).resolve().parent / "variant_pages"
TRADITIONAL_PAGE = (PAGES / "traditional.txt").read_text(encoding="utf-8")

TRADITIONAL_MUST_GO = [
    "久久", "無碼", "无码", "中文字幕", "首页 >", "首頁", "我要投稿", "相关推荐", "小编", "欢迎大家借鉴",
    "相关文章", "03-15", "(duì)", "(wèi)", "(zu3)", "(zhi1)", "(suǒ)", "(tái)",
]
TRADITIONAL_MUST_STAY = [
    "防范电信诈骗宣传活动总结\n防范电信诈骗宣传活动总结1\n",
    "为进一步提高辖区群众的防范意识，3月14日，xx社区联合派出所开展反诈宣传活动。",
    "发放宣传单页1200余份", "“杀猪盘”“刷单返利”", "牢记“三不一要”",
    "一是组织入户走访；二是在社区（社区服务中心）设置咨询台。",
]

# A simplified WeChat-mirror page with counters, injected marks, PDF breaks and tildes.
WECHAT_PAGE = (PAGES / "wechat.txt").read_text(encoding="utf-8")

WECHAT_MUST_GO = ["点击蓝字", "关注我们", "当前位置", "阅读:2358", "点赞", "猜你喜欢", "第1页共1页", "~", "的'", "的`", "宣传册\n2000"]
WECHAT_MUST_STAY = [
    "反诈宣传进校园工作总结\n为增强师生防范意识，我校于5月20日开展“反诈进校园”主题活动，邀请民警作专题讲座。",
    "网络诈骗的常见类型和防范的方法，并发放宣传册2000余份。",
    "做到“不轻信、不透露、不转账”", "拨打96110咨询", "全校共有1,250名师生参加，参与率达96.7%。",
]

HTML_PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>社区开展防范电信网络诈骗宣传活动 - 平安网</title>
<meta name="date" content="2023-06-01">
<style>.x { color: red }</style><script>var tracker = "不要出现在正文里";</script></head>
<body><div class="nav">首页 &gt; 新闻</div>
<article><h1>社区开展防范电信网络诈骗宣传活动</h1>
<p>6月1日，XX社区联合辖区派出所在文化广场开展防范电信网络诈骗宣传活动，共发放宣传资料500余份，接受群众咨询80余人次。</p>
<p>民警结合真实案例，向群众讲解了“冒充客服退款”“虚假投资理财”等诈骗手法，提醒大家牢记“三不一要”。</p>
<p>此次活动进一步提高了居民的防骗意识，营造了全民反诈的良好氛围。</p>
</article></body></html>
"""


def run_bytes(data: bytes, name: str):
    result = process_document(Input(name, name.rsplit(".", 1)[0], name), data)
    assert result.error is None, result.error
    return result


def check_page(result, source_text: str, must_go, must_stay):
    doc = result.document
    text = doc.text
    assert not [s for s in must_go if s in text], [s for s in must_go if s in text]
    assert not [s for s in must_stay if s not in text], [s for s in must_stay if s not in text]
    edits = result.edits  # zhtools.edits.Edit, in source order
    assert replay(source_text, edits) == text
    assert clean(text) == text
    assert to_simplified(text) == text


def toneless(text: str) -> str:
    """Big5 cannot hold tone marks: Big5 pages carry toneless glosses (`對(dui)`)."""
    bare = unicodedata.normalize("NFD", text.replace("ü", "v"))
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


@pytest.mark.parametrize(
    "encoding, detected",
    [("utf-8", {"utf-8"}), ("utf-8-sig", {"utf-8-sig"}), ("big5", {"big5", "cp950", "big5hkscs"}), ("utf-16", {"utf-16"})],
)
def test_traditional_page_with_pinyin_spam_and_chrome(encoding, detected):
    page = toneless(TRADITIONAL_PAGE) if encoding == "big5" else TRADITIONAL_PAGE
    result = run_bytes(page.encode(encoding), "trad.txt")
    assert result.document.script in ("traditional", "mixed")
    assert result.document.encoding in detected
    check_page(result, page, TRADITIONAL_MUST_GO + [toneless(s) for s in TRADITIONAL_MUST_GO], TRADITIONAL_MUST_STAY)
    assert not GLOSS.search(result.document.text)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk"])
def test_wechat_mirror_page(encoding):
    result = run_bytes(WECHAT_PAGE.encode(encoding), "wechat.txt")
    assert result.document.encoding in ("utf-8", "gb18030")
    check_page(result, WECHAT_PAGE, WECHAT_MUST_GO, WECHAT_MUST_STAY)


def test_wechat_page_with_crlf_line_ends():
    page = WECHAT_PAGE.replace("\n", "\r\n")
    result = run_bytes(page.encode("gb18030"), "wechat-crlf.txt")
    check_page(result, page, WECHAT_MUST_GO, WECHAT_MUST_STAY)
    assert "\r" not in result.document.text


def test_html_page_in_gbk():
    result = run_bytes(HTML_PAGE.encode("gbk"), "news.html")
    doc = result.document
    assert doc.format == "html" and doc.encoding == "gb18030"
    assert doc.title.startswith("社区开展防范电信网络诈骗宣传活动")
    assert doc.metadata.get("date") == "2023-06-01"
    text = doc.text
    assert "不要出现在正文里" not in text and "color" not in text
    assert "共发放宣传资料500余份，接受群众咨询80余人次。" in text
    assert "“冒充客服退款”“虚假投资理财”" in text
    assert clean(text) == text


# --- random text: the guarantees hold for anything ----------------------------------------------

PIECES = [
    "電", "信", "詐", "騙", "防", "范", "的", "活动", "工作总结", "。", "，", ",", ":", "(", ")", "（一）", "(dui)",
    "(de)", "(diàn)", "wen4", "\n", "\n\n", " ", "  ", "\u3000", "'", "`", ".", "~", "“", "”", "‘", "’", "xx", "XX",
    "ⅩⅩ", "##", "5,846", "10:30", "96.7%", "无码", "人妻", "AV", "中文字幕", "我要投稿", "相关推荐", "当前位置:",
    "小编", "为大家整理", "希望对大家有所帮助", "【相关】相关文章:", "11-03", "篇一", "1、", "一是", "Final approval draft on May 1, 2020",
    "第1页共1页", "\r\n", "\r", "\u200b", "\xa0", "主动发", "现", "方 案",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_replays_exactly_and_cleans_to_a_fixed_point(text):
    trace = clean_and_explain(text)
    assert replay(text, trace.edits()) == trace.text
    assert clean(trace.text) == trace.text
    for i in range(len(trace.text)):
        s, e = trace.source_span(i, i + 1)
        assert 0 <= s <= e <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode_replays_exactly_and_cleans_to_a_fixed_point(text):
    trace = clean_and_explain(text)
    assert replay(text, trace.edits()) == trace.text
    assert clean(trace.text) == trace.text


def test_regex_guard_patterns_stay_linear_on_adversarial_input():
    """Catastrophic backtracking shows up as seconds, not milliseconds, on these probes."""
    import time

    for probe in ("(" * 20000, "((((a))))" * 2000, "对(dui)" * 3000, "篇一" * 10000, "的'" * 10000, "~" * 20000, " " * 20000):
        started = time.perf_counter()
        clean(probe)
        assert time.perf_counter() - started < 10, probe[:10]
    assert regex.search(r"\p{Han}", "对")


@pytest.mark.parametrize(
    "name, probe",
    [
        ("markers-without-items", "1、" * 20000),
        ("pian-markers", "篇一" * 20000),
        ("heading-lines", "总结篇一\n" * 5000),
        ("yishi", "一是开展。" * 10000),
        ("advice", "不轻信、" * 10000),
        ("counts", "发放宣传单5000余份，" * 5000),
        ("open-quotes", "“" * 50000),
    ],
)
def test_whole_document_path_survives_degenerate_pages(name, probe):
    """Every stage (clean, split, extract) on pages made of one repeated pattern: no exception,
    and every record's span holds its text."""
    import time

    started = time.perf_counter()
    result = process_document(Input(name, name, f"{name}.txt"), probe.encode())
    assert time.perf_counter() - started < 20
    assert result.error is None, result.error
    for article in result.articles:
        assert result.document.text[slice(*article.doc_span)] == article.text
    texts = {a.id: a.text for a in result.articles}
    for r in [*result.measures, *result.slogans]:
        assert texts[r.article_id][slice(*r.span)] == r.text
    for r in result.counts:
        assert texts[r.article_id][slice(*r.span)] == r.mention


EXTRA_PIECES = ["1、", "2、", "一是", "二是", "（一）", "“三不一要”", "，即：", "不轻信、", "不转账", "5000余份", "x余人", "发放", "宣传单", "篇二", "宣传语", "标语"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + EXTRA_PIECES), max_size=50).map("".join))
def test_any_page_goes_through_every_stage(text):
    result = process_document(Input("p", "p", "p.txt"), text.encode("utf-8"))
    if result.error:  # empty or whitespace-only pages are reported, never raised
        assert result.error.stage == "read"
        return
    texts = {a.id: a.text for a in result.articles}
    for r in [*result.measures, *result.slogans]:
        assert texts[r.article_id][slice(*r.span)] == r.text
    for r in result.counts:
        assert texts[r.article_id][slice(*r.span)] == r.mention
