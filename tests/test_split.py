"""Splitting the five real pages into their articles, and the span guarantees of every article."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from zhtools.cli import entry
from zhtools.edits import Edit, replay
from zhtools.pipeline import Input, Processed, process_document
from zhtools.split import declared_count

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
PAGES = sorted(p.name for p in RAW.glob("*.txt"))


@cache
def processed(prefix: str) -> Processed:
    name = next(p for p in PAGES if p.startswith(prefix))
    result = process_document(Input(str(RAW / name), name[:-4], name))
    assert result.error is None
    return result


def titles(prefix: str) -> list[str | None]:
    return [a.title for a in processed(prefix).articles]


def test_000_is_six_articles_under_pian_headings():
    assert titles("000") == [f"打击防范电信诈骗工作总结汇报篇{n}" for n in "一二三四五六"]
    doc = processed("000").document
    assert (doc.declared_articles, doc.n_articles, doc.split_warning) == (6, 6, None)
    assert [a.ordinal for a in processed("000").articles] == [1, 2, 3, 4, 5, 6]


def test_001_is_fifteen_articles_under_numbered_titles():
    assert titles("001") == [f"电信诈骗工作总结{n}" for n in range(1, 16)]
    articles = processed("001").articles
    assert articles[0].text.startswith("为预防和减少电信网络诈骗案件的发生")
    assert articles[-1].text.endswith("受到了大家的一致好评。")
    assert {a.collection_title for a in articles} == {"电信诈骗工作总结"}


def test_002_is_twenty_four_articles():
    assert titles("002") == [f"预防诈骗活动总结 篇{n}" for n in range(1, 25)]
    doc = processed("002").document
    assert (doc.declared_articles, doc.n_articles, doc.split_warning) == (24, 24, None)
    assert {a.collection_title for a in processed("002").articles} == {"2022年预防诈骗活动总结（精选24篇）"}


def test_003_is_five_articles():
    assert titles("003") == [f"防范电信网络诈骗专项行动半年度工作总结篇{n}" for n in "一二三四五"]
    assert processed("003").document.declared_articles == 5
    assert processed("003").articles[3].text.endswith("一起把防范网络电信诈骗的防火墙牢筑心间。")


def test_004_is_the_main_document_then_every_related_document_in_order():
    got = titles("004")
    assert got[0] == "防范电信诈骗工作措施"
    assert got[1:] == [
        "防范电信诈骗宣传手册",
        "公安局防网络电信诈骗宣传工作典型经验材料4篇1",
        "公安局防网络电信诈骗宣传工作典型经验材料4篇2",
        "防范电信诈骗工作措施",
        "（最新）2020年银行防范电信诈骗宣传工作总结",
        "电信分公司关于防范打击电信诈骗犯罪综合治理专项活动总结归纳",
        "预防电信诈骗宣传语",
        "防范电信诈骗心得体会三篇",
        "防止电信诈骗策划书",
        "防范电信诈骗小知识",
        "2020年度防范电信（网络）诈骗犯罪宣传工作方案3篇",
        "防范电信诈骗工作方案",
        "11月银行支行防电信诈骗案例",
        "2020年度防范电信（网络）诈骗犯罪宣传工作方案最新",
        "防范电信网络诈骗",
        "防范电信诈骗活动计划方法方案",
        "银行开展防范电信诈骗宣传活动情况的总结",
        "防范电信网络诈骗宣传活动工作方案",
        "防范电信诈骗活动计划方法方案",
        "商业银行防范电信诈骗的对策与建议",
    ]
    articles = processed("004").articles
    assert [a.ordinal for a in articles] == list(range(1, len(articles) + 1))
    main = articles[0]
    assert not main.preview and main.text.startswith("银行某支行\n下一步防范电信诈骗工作措施\n为全力配合")
    sub = [a for a in articles if a.collection_title == "防范打击电信网络诈骗工作总结4篇"]
    assert [a.title[-3:] for a in sub] == ["4篇1", "4篇2"]
    assert sub[0].text.startswith("为进一步提升公众防范意识") and sub[1].text.startswith("为深入开展防范打击电信网络诈骗")
    assert sub[1].preview  # cut off mid-sentence by the aggregator
    assert articles[1].preview and not articles[-1].preview


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_article_spans_hold(prefix):
    result = processed(prefix)
    text = result.document.text
    source = (RAW / result.document.path).read_text(encoding="utf-8")
    edits = result.edits  # zhtools.edits.Edit, in source order
    previous_end = 0
    for a in result.articles:
        s, e = a.doc_span
        assert text[s:e] == a.text
        assert previous_end <= s <= e
        previous_end = e
        assert not a.text.startswith("\n") and not a.text.endswith("\n")
        if a.title:
            assert a.title not in a.text[: len(a.title) + 2]
        # the source span holds exactly the article: the edits inside it rebuild its text
        ss, se = a.source_span
        assert 0 <= ss <= se <= len(source)
        assert not [e for e in edits if e.start < ss < e.end or e.start < se < e.end]
        inside = [Edit(e.rule, e.start - ss, e.end - ss, e.old, e.new) for e in edits if ss <= e.start and e.end <= se]
        assert replay(source[ss:se], inside) == a.text
    assert len({a.id for a in result.articles}) == len(result.articles)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("打击防范电信诈骗工作总结（通用6篇）", 6),
        ("2022年预防诈骗活动总结(精选24篇)", 24),
        ("防范电信诈骗工作总结(汇总18篇)", 18),
        ("防范电信诈骗心得体会（十五篇）", 15),
        ("防范电信诈骗工作总结12篇", 12),
        ("反诈宣传活动总结(优秀19篇)", 19),
        ("农商银行防范电信网络诈骗工作总结（集合3篇）", 3),
        ("防范电信诈骗倡议书（三篇范文）", 3),
        ("学校防范电信网络诈骗工作计划（第1篇）", None),
        ("防范打击电信网络诈骗工作总结4篇", 4),
        ("推出专题稿件338篇。", None),
        ("电信诈骗工作总结", None),
        ("第3篇", None),
        ("第十一篇", None),  # a bare heading "第十一篇" in a table of contents: no count of 1
        ("第二十篇", None),
        ("全民反诈倡议书范本（收录4则）", 4),
        ("派出所反诈宣传工作总结（范本三份）", 3),
        ("2024年“反诈宣传月”活动全套资料（5份打包）", 5),
        ("防范电信网络诈骗宣传标语（分三辑）", 3),
        ("防范电信网络诈骗主题演讲稿三例", 3),
        ("社区发放反诈宣传手册（500份）", None),  # leaflets, not articles
        ("我市破获电信诈骗案件5例", None),  # cases of a news headline: no genre word before the count
        ("反诈宣传工作方案（第2套）", None),
        ("桐浦职业中学反诈宣传教育活动简报（共三期）", 3),  # issues of a bulletin
        ("“反诈宣传入户行”活动方案（内含3个）", 3),  # a file's documents counted
        ("卫生院反诈宣传工作总结（3篇，任选其一）", 3),  # a count and a note
        ("社区反诈宣传活动方案（3个）", None),  # a bare count of 个: no collection's word
        ("关于开展反诈宣传的三个建议", None),
        ("反诈工作简报（2024年第3期）", None),  # one issue, numbered
        ("简报（总第128期）", None),
        ("反诈普法问答三则", 3),  # Q&A documents counted after their genre
        ("防范电信网络诈骗承诺书（学生、家长、教师3份）", 3),  # one for each party named
        ("防范电信网络诈骗承诺书（居民、商户各1份）", None),  # one each: the parties do not count them
        ("社区发放宣传资料（折页、海报500份）", None),  # leaflets of two kinds
        ("反诈主题诗歌朗诵稿三首", 3),  # poems
        ("防范电信网络诈骗工作经验交流发言材料三则", 3),
        # session 10 (dev30): a count in other brackets, after a dot or a bar, before a bar
        ("企业员工防范电信网络诈骗宣传活动方案〔四例〕", 4),
        ("银行网点反诈工作总结优选·3例", 3),
        ("反诈学习心得｜3篇", 3),
        ("本周防骗提醒4则｜积分、宽带、副卡、停机", 4),
        ("〔一则〕快递柜前的“扫码领纸巾”", None),  # a piece's heading
        ("已为您展开剩余3份\u3000｜\u3000登录后可保存到我的文档", None),  # a library's fold
        ("第3则｜快递柜前的“扫码领纸巾”", None),  # an ordinal
        ("社区工作〔2024〕3号", None),
        # session 21 (PHENOMENA.md §5, taowenge.com's "5篇防诈骗安全教育观后感1众所周知…"): a count leading a title of
        # the genre (LEADING_DECLARED)
        ("5篇防诈骗安全教育观后感", 5),
        ("精选3篇防诈骗宣传工作总结范文", 3),
        ("五篇反诈心得体会", 5),
        ("3篇文章带你看懂电信诈骗", None),  # a headline: the count word is its subject, no genre ends it
        ("5篇防诈骗宣传工作总结范文，供参考", None),  # a sentence of an intro
        ("3篇稿件获市级表彰", None),
    ],
)
def test_declared_count(title, expected):
    assert declared_count(title) == expected


def test_split_command_warns_when_the_declared_count_is_not_found(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(
        "防范电信诈骗工作总结（精选3篇）\n为落实上级部署，我单位开展了防范电信诈骗宣传活动。\n活动中，民警向群众讲解了常见诈骗手法。\n",
        encoding="utf-8",
    )
    assert entry(["split", str(page)]) == 0
    out, err = capsys.readouterr()
    assert err == f"zhtools split: {page}: declared 3 articles, found 1\n"
    assert [json.loads(line)["ordinal"] for line in out.splitlines()] == [1]  # stdout stays JSONL


def test_split_command_is_silent_when_the_count_holds(capsys):
    assert entry(["split", str(RAW / PAGES[0])]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) == 6


def test_one_alternation_of_the_markers_matches_where_any_of_them_does():
    """`_prefixed` leaves a line none of the markers opens after one match of their alternation: the alternation must
    match exactly where some marker does, on every line of the headings' table and on lines no marker opens."""
    import importlib.util

    from zhtools.split import _any_prefix_marker, _prefix_markers

    spec = importlib.util.spec_from_file_location("split_headings_table", Path(__file__).with_name("test_split_headings.py"))
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    lines = {ln.strip() for case in table.ARTICLE_CASES for ln in case.values[0].split("\n") if ln.strip()}
    lines |= {"为落实上级部署，我单位开展了防范电信诈骗宣传活动。", "第一组：负责入户走访", "经验一：棹港镇", "【周一】菖溪镇", "＜一＞xx纺织厂", "TIPS 1 ▏X"}
    opened = 0
    for t in sorted(lines):
        some = any(marker.match(t) for _, marker in _prefix_markers())
        assert bool(_any_prefix_marker().match(t)) == some, t
        opened += some
    assert 0 < opened < len(lines)



def _ends_on(name: str, also: str | None = None):
    import zhtools.split as S

    chars = getattr(S, name, name)
    return lambda t: t[-1] in chars or (also is not None and also in t)


SHAPE_TESTS = [  # (pattern, how split asks it, what every string it takes holds: asked first, on stripped lines)
    ("PAGE_HEADING", "fullmatch", _ends_on("PAGE_HEADING_ENDS", "标题")),
    ("HEADING_PIAN", "match", _ends_on("PIAN_ENDS")),
    ("ISSUE_HEADING", "match", _ends_on("ISSUE_ENDS")),
    ("HEADING_DOT_NUMERAL", "match", _ends_on("DOT_NUMERALS")),
    ("HEADING_NUMBERED", "match", _ends_on("DIGITS")),
    ("HEADING_HYPHENED", "match", _ends_on("DIGITS")),
    ("HEADING_CIRCLED", "match", _ends_on("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")),
    ("HEADING_LETTERED", "match", _ends_on("ABCDEFGH")),
    ("HEADING_BRACKETED", "match", _ends_on("）)〕")),
    ("HEADING_SUFFIXED", "match", _ends_on("SUFFIXED_ENDS", "之")),
    ("UNIT_LINE", "fullmatch", _ends_on("UNIT_ENDS")),
    ("TRANSLATED", "search", _ends_on(")）")),
    ("CONTINUED", "search", lambda t: "续" in t or "接上" in t),
    ("FRAMED_ORDINAL", "fullmatch", lambda t: t[0] in __import__("zhtools.split").split.FRAMED_STARTS),
    ("UNIT_LABEL", "fullmatch", lambda t: __import__("zhtools.split").split.BAR_OR_COLON.search(t) is not None),
    ("BAR_LABEL", "fullmatch", lambda t: __import__("zhtools.split").split.BAR_OR_COLON.search(t) is not None),
    ("ISSUE_LINE", "fullmatch", lambda t: t[0] == "第"),
    ("BOOK_TITLE_LINE", "fullmatch", lambda t: t[0] == "《"),
]


@cache
def _shape_test_lines() -> tuple[str, ...]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("split_headings_table", Path(__file__).with_name("test_split_headings.py"))
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    lines = {ln.strip() for case in table.ARTICLE_CASES for ln in case.values[0].split("\n")}
    root = Path(__file__).resolve().parent
    for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("*/*.txt")]:
        lines |= {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()}
    return tuple(sorted(t for t in lines if t))


@pytest.mark.parametrize("name, method, holds", SHAPE_TESTS, ids=[f[0] for f in SHAPE_TESTS])
def test_a_heading_form_is_asked_only_of_lines_of_its_shape(name, method, holds):
    """split asks a line's first or last character, or a mark, before each of these patterns: every string the pattern
    takes must hold it. Tried on every line of the headings' table, corpus/raw and the gold pages, on strings of the
    pattern's own characters, and on lines with their last character swapped."""
    import random

    import zhtools.split as S

    pattern = getattr(S, name)
    ask = getattr(pattern, method)
    lines = _shape_test_lines()
    alphabet = sorted({c for c in pattern.pattern if not c.isascii()} | set("0123456789AHZ ()[]-_·之篇第期标题续接上《》"))
    rnd = random.Random(0)
    tries = [*lines, *("".join(rnd.choice(alphabet) for _ in range(rnd.randint(3, 14))) for _ in range(30_000))]
    tries += [t[:-1] + c for t in lines[::7] for c in "1一）)】》期壹①B之局"]
    matched = 0
    for t in tries:
        t = t.strip()
        if t and ask(t) is not None:
            matched += 1
            assert holds(t), t
    assert matched  # (the test says nothing of a form no string takes)
