"""Tests for zhtools.pinyin: finding pinyin glosses glued after Han characters."""

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools.pinyin import gloss_spans, is_reading
from zhtools.pinyin import strip_glosses as strip  # delete the spans gloss_spans finds (what the cleaner does)

POSITIVE = [
    ("after-the-word-it-reads", "網絡貸款(dài)和網絡賭博", "網絡貸款和網絡賭博"),  # tests/gold/anatomy/dev/011
    # (id, text, expected)
    (
        "summary-line",
        "總結就是對(dui)一個時期的(de)學(xue)習、工(gong)(gong)作(zuo)或其完成情況(kuang)進行(xing)",
        "總結就是對一個時期的學習、工作或其完成情況進行",
    ),
    ("repeat-3", "電(dian)(dian)信(xin)詐(zha)騙(pian)(pian)(pian)", "電信詐騙"),
    ("repeat-7", "監管(guan)(guan)(guan)(guan)(guan)(guan)(guan)", "監管"),
    ("repeat-5-da", "大(da)(da)(da)(da)(da)家", "大家"),
    ("simplified-in-trad", "銀行(xing)柜(ju)面(mian)", "銀行柜面"),
    ("e-after-e", "遏(e)制", "遏制"),
    ("a-after-a", "阿(a)姨", "阿姨"),
    ("neutral-le", "完成了(le)", "完成了"),
    ("date", "xx年6月9日(ri)上午", "xx年6月9日上午"),
    ("gloss-then-real-bracket", "縣(xian)(市、區)", "縣(市、區)"),
    ("tone-mark", "問(wèn)題", "問題"),
    ("tone-digit", "問(wen4)題", "問題"),
    ("bare-digit", "問wen4題ti2", "問題"),
    ("bare-digit-v", "綠lv4色", "綠色"),
    ("u-v", "女(nv)性", "女性"),
    ("u-colon", "女(nu:)性", "女性"),
    ("u-diaeresis-tone", "女(nǚ)性", "女性"),
    ("lve", "略(lve)", "略"),
    ("lue", "策略(lue)", "策略"),
    ("lu-diaeresis-digit", "綠(lü4)色", "綠色"),
    ("space-inside-after", "會(huì )議", "會議"),
    ("space-before", "會 (hui)議", "會議"),
    ("spaces-inside", "會( hui )議", "會議"),
    ("ideographic-space", "會\u3000(hui)議", "會議"),
    ("fullwidth", "會（hui）議", "會議"),
    ("fullwidth-tone", "會（huì）議", "會議"),
    ("mixed-brackets", "會(hui）議", "會議"),
    ("uppercase", "對(DUI)方", "對方"),
    ("capitalised", "對(Dui)方", "對方"),
    ("spaces-between-repeats", "工 (gong) (gong)作", "工作"),
    ("repeat-mixed-forms", "問(wen)(wèn)(WEN4)題", "問題"),
    ("cut-off-partial", "請核對(du", "請核對"),
    ("cut-off-whole", "請核對(dui", "請核對"),
    ("cut-off-after-repeat", "工(gong)(go", "工"),
    ("cut-off-trailing-newline", "防騙意(yi\n", "防騙意\n"),
    ("bracket-then-bare", "問(wen)wen4題", "問題"),
    ("heteronym", "銀行(hang)", "銀行"),
    ("trad-via-simplified", "髮(fa)型", "髮型"),
    ("first-valid-second-not", "對(dui)(x)", "對(x)"),
    (
        "in-sentence",
        "活動中(zhong)，志愿(yuan)者通過發放宣傳單頁、案例(li)講(jiang)解的(de)方式(shi)",
        "活動中，志愿者通過發放宣傳單頁、案例講解的方式",
    ),
]

NEGATIVE = [
    ("chinese-number", "（一）加強宣傳"),
    ("xx", "xx分局(xx)派出所"),
    ("atm", "自動取款機(ATM)轉賬"),
    ("ncc", "通訊傳播委員會(NCC)表示"),
    ("credit", "圖片（警方提供）"),
    ("han-in-bracket", "各(社区)(网络)(楼栋)"),
    ("cun-ju", "村(居)委會"),
    ("county-market", "縣(市、區)"),
    ("a-after-mou", "某(a)項"),
    ("digit", "條款(1)"),
    ("e-after-latin", "step(e)"),
    ("wa-not-wo", "我(wa)們"),
    ("english-in", "登入(in)"),
    ("windows", "Windows(win)"),
    ("er-not-di", "第(er)條"),
    ("bare-toneless", "問wen題"),
    ("bare-not-reading", "問ti2題"),
    ("bare-uppercase", "型號A4紙"),
    ("bare-followed-by-letters", "問wen4abc"),
    ("win10", "系統win10版"),
    ("long-word", "網站(website)"),
    ("cut-off-not-reading", "請核對(x"),
    ("open-only-at-end", "請核對("),
    ("cut-off-not-at-end", "請核對(du 其他"),
    ("newline-before", "會\n(hui)"),
    ("qq", "加好友(QQ)"),
    ("after-a-word-reading-neither", "網絡(dài)賭博"),
    ("two-after-a-word", "貸款(dài)(kuan)"),
    ("empty-brackets", "會()議"),
    ("digits-only", "會(2022)議"),
]


@pytest.mark.parametrize(
    "text, expected",
    [(t, e) for _, t, e in POSITIVE] + [(t, t) for _, t in NEGATIVE],
    ids=[i for i, _, _ in POSITIVE] + ["keep-" + i for i, _ in NEGATIVE],
)
def test_strip(text, expected):
    assert strip(text) == expected
    assert gloss_spans(strip(text)) == []


def test_spans_shape():
    text = "電(dian)(dian)信 (xin)，問wen4"
    assert gloss_spans(text) == [(1, 13), (14, 20), (22, 26)]
    assert gloss_spans("") == []


@pytest.mark.parametrize(
    "char, syllable",
    [
        ("對", "dui"),
        ("對", "duì"),
        ("對", "DUI"),
        ("對", "dui4"),
        ("問", "wen2"),
        ("女", "nv"),
        ("女", "nu:"),
        ("女", "nü"),
        ("女", "nǚ"),
        ("女", "nv3"),
        ("略", "lve"),
        ("略", "lüè"),
        ("略", "lue"),
        ("綠", "lü4"),
        ("綠", "lu:4"),
        ("行", "hang"),
        ("遏", "e"),
        ("阿", "a"),
        ("柜", "ju"),
        ("髮", "fa"),
        ("我", " wo "),
    ],
)
def test_is_reading_true(char, syllable):
    assert is_reading(char, syllable)


@pytest.mark.parametrize(
    "char, syllable",
    [
        ("我", "wa"),
        ("第", "er"),
        ("女", "nu"),
        ("對", "in"),
        ("對", ""),
        ("對", "d"),
        ("a", "a"),
        ("對對", "dui"),
        ("對", "dui9"),
        ("對", "du i"),
        ("對", "dui:"),
    ],
)
def test_is_reading_false(char, syllable):
    assert not is_reading(char, syllable)


_pieces = st.one_of(
    st.sampled_from(list("對我工作電信詐騙問題女綠略會行遏阿第縣市區的了大")),
    st.sampled_from(
        [
            "(dui)",
            "(wo)",
            "(gong)",
            "(wa)",
            "(er)",
            "(e)",
            "(a)",
            "(da)",
            "（hui）",
            "(huì )",
            " (xin)",
            "( zha )",
            "(nu:)",
            "(lü4)",
            "(lve)",
            "wen4",
            "ti2",
            "dui",
            "(DUI)",
            "(市、區)",
            "(ATM)",
            "(1)",
            "(",
            ")",
            "（",
            "）",
            "(du",
            "(x",
            " ",
            "\u3000",
            "\n",
            "，",
            "。",
            "、",
        ]
    ),
    st.text(alphabet="abcdeghilnouwxyz:0123456789ü()", max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_pieces, max_size=25).map("".join))
def test_idempotent(text):
    spans = gloss_spans(text)
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    for start, end in spans:
        assert 0 < start < end <= len(text)
    assert gloss_spans(strip(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "(" * 200_000,
        "((((a))))" * 22_000,
        "对(dui)" * 30_000,
        "对(" * 100_000,
        "对" + " " * 200_000,
        "对(" + "a" * 200_000,
        "对(" + " " * 200_000 + "a",
        "对" + "(dui)" * 40_000 + "x",
    ],
    ids=[
        "open",
        "nested",
        "glosses",
        "han-open",
        "han-spaces",
        "han-letters",
        "open-spaces",
        "long-run",
    ],
)
def test_adversarial_linear(text):
    start = time.perf_counter()
    stripped = strip(text)
    assert time.perf_counter() - start < 5
    assert gloss_spans(stripped) == []
    if text == "对(dui)" * 30_000:
        assert stripped == "对" * 30_000
    if text.endswith("(dui)x"):
        assert stripped == "对x"
