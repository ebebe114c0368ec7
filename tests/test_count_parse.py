"""The parse behind a count's object and action (zhtools.extract.count_parse, issue 15).

Each named rule with cases where it must choose, and where it must not."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from zhtools.extract import count_parse
from zhtools.extract.counts import counts

# (text, [(mention, object, action)]): the mention is the term tables' and must not move
RULES = [
    # governing_verb: the chain of genre verbs nearest the count
    ("governing_verb", "共发放宣传单5000余份。", [("发放宣传单5000余份", "宣传单", "发放")]),
    ("governing_verb", "已立案侦办案件12起。", [("立案侦办案件12起", "案件", "立案侦办")]),
    ("governing_verb-weak", "覆盖群众约900人。", [("覆盖群众约900人", "群众", "覆盖")]),  # a verbal noun, no other verb
    ("governing_verb-not-jieba-verb", "涉案金额约28万元。", [("涉案金额约28万元", "涉案金额", None)]),  # 涉案: jieba's verb, no action
    ("governing_verb-not-share", "案件占比达27.5%。", [("案件占比达27.5%", "案件占比", None)]),  # 占: no action
    ("governing_verb-not-having", "全区已有98%的行政村建立了反诈宣传队伍。", [("98%", None, None)]),  # 已有 names nothing counted (a review)
    # modifier_verb: a verb that modifies the noun after it
    ("modifier_verb", "追回被骗资金6.2万余元。", [("追回被骗资金6.2万余元", "被骗资金", "追回")]),
    ("modifier_verb-rate", "核减完成率已达84.59%。", [("核减完成率已达84.59%", "核减完成率", None)]),
    ("modifier_verb-not-alone", "开设讲座3场。", [("开设讲座3场", "讲座", "开设")]),  # alone, a verb keeps its object
    # verb_of_change: a verb of change right before the count, its subject before it
    ("verb_of_change", "劝阻成功率达到100%。", [("劝阻成功率达到100%", "劝阻成功率", "达到")]),
    ("subject_of_change", "发案数环比下降60%。", [("发案数环比下降60%", "发案数", "下降")]),
    ("subject_of_change-not", "共发生电信网络诈骗案件2起。", [("发生电信网络诈骗案件2起", "电信网络诈骗案件", "发生")]),
    # noun_phrase_before_count: stops at 的, 等, a scope word, a quoted name
    ("noun_phrase-de", "挑选有典型性的反诈推文60余篇。", [("挑选有典型性的反诈推文60余篇", "反诈推文", "挑选")]),
    ("noun_phrase-scope", "全市出动警力300余人。", [("出动警力300余人", "警力", "出动")]),
    ("noun_phrase-quote", "开展“断卡”行动联合检查2次。", [("开展“断卡”行动联合检查2次", "行动联合检查", "开展")]),
    ("noun_phrase-place", "走访沿街商铺85家。", [("走访沿街商铺85家", "沿街商铺", "走访")]),
    ("noun_phrase-di", "开户地线索共计1263条。", [("开户地线索共计1263条", "开户地线索", None)]),
    # title_object: a title or a quoted name alone is the object, without its marks
    ("title_object", "发放《防范电信网络诈骗告知书》600余份。", [("发放《防范电信网络诈骗告知书》600余份", "防范电信网络诈骗告知书", "发放")]),
    # rate_noun
    ("rate_noun", "群众反诈知识知晓率达到90%以上。", [("知晓率达到90%以上", "知晓率", "达到")]),
    ("rate_noun-latin", "全市APP实名注册率达31.2%。", [("实名注册率达31.2%", "实名注册率", None)]),
    # noun_after_classifier
    ("noun_after_classifier", "赴全国16个省、43个地市进行抓捕。", [("16个省", "省", None), ("43个地市", "地市", None)]),
    ("noun_after_classifier-quoted", "本所共制作13期“防骗攻略”。", [("制作13期“防骗攻略”", "防骗攻略", "制作")]),
    ("noun_after_classifier-verb-after", "该校3500余名师生参与。", [("3500余名师生参与", "师生", "参与")]),
    ("noun_after_classifier-not-past-stop", "在辖内8个营业网点同步推进。", [("8个营业网点", "营业网点", None)]),
    ("noun_after_classifier-not-after-unit", "慰问群众200人次，效果良好。", [("慰问群众200人次", "群众", "慰问")]),  # 人次 takes no noun after it
    # list_head_action: items of a 、-list share the first item's verb
    ("list_head_action", "共发放宣传资料420余份、宣传毛巾110余条。",
     [("发放宣传资料420余份", "宣传资料", "发放"), ("宣传毛巾110余条", "宣传毛巾", "发放")]),
    ("list_head_action-not-parallel", "走访商户20家、开展讲座3场、发放资料100份。",
     [("走访商户20家", "商户", "走访"), ("开展讲座3场", "讲座", "开展"), ("发放资料100份", "资料", "发放")]),
]


@pytest.mark.parametrize("rule, text, expected", RULES, ids=[f"{r}-{t[:8]}" for r, t, _ in RULES])
def test_rules(rule, text, expected):
    assert [(h.mention, h.object, h.action) for h in counts(text)] == expected


@pytest.mark.parametrize("text", [t for _, t, _ in RULES], ids=[f"{r}-{t[:8]}" for r, t, _ in RULES])
def test_only_object_and_action_depend_on_the_attachment(text):
    def rest(attachment):
        return [(h.start, h.end, h.value, h.approx, h.unit, h.currency, h.per, h.kind) for h in counts(text, attachment=attachment)]

    assert rest("parse") == rest("terms")


@pytest.mark.parametrize("text", [t for _, t, _ in RULES], ids=[f"{r}-{t[:8]}" for r, t, _ in RULES])
def test_a_parse_reads_its_clause_alone(text):
    # parse() keeps its results by clause text (`_parse_clause`), a list's head and items theirs by the
    # item's: sound only while no rule reads past them or an absolute offset. Parsed uncached, after
    # other text, the words agree.
    def uncached(t):
        for kept in (count_parse._parse_clause, count_parse._list_head_action, count_parse._has_action):
            kept.cache_clear()
        return [(h.mention, h.object, h.action) for h in counts(t)]

    assert uncached("今年以来，我们坚持开展工作。" + text)[-len(uncached(text)):] == uncached(text)


@pytest.mark.parametrize("word, glued", [
    ("共出动", True),  # a link and a genre verb: 共|出动
    ("冻结资金", True),  # a genre verb and its noun
    ("出动", False),  # the verb itself
    ("宣传单", False),  # no genre verb at its start and a noun after
    ("资金", False),
])
def test_glued_verb(word, glued):
    tags = count_parse._tagger().word_tag_tab
    assert count_parse.glued_verb(word, tags) is glued


@pytest.mark.parametrize("word, glued", [("率达", True), ("比达", True), ("达到", False), ("比例", False)])
def test_glued_link(word, glued):
    assert count_parse.glued_link(word) is glued


def test_the_tagger_leaves_jiebas_global_tokenizer_alone():
    before = jieba.dt.FREQ.get("被骗") if jieba.dt.initialized else None
    list(counts("追回被骗资金6.2万余元。"))
    assert count_parse._tagger().tokenizer is not jieba.dt
    assert (jieba.dt.FREQ.get("被骗") if jieba.dt.initialized else None) == before


ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "corpus" / "raw").glob("*.txt")), *sorted((ROOT / "tests" / "variant_pages").glob("*.txt"))]


# Characters jieba's dictionary lacks, alone and in runs (its HMM's words), beside numbers and Latin letters
RARE = "宣传龘发放活动，他在龘里，龘靐齉爩里，鿕和槑发放宣传单500份abc12.5%，烎 \r\n 囧"


@pytest.mark.parametrize("page", [*PAGES, None], ids=[*(p.name for p in PAGES), "rare-characters"])
def test_the_tagger_cuts_and_tags_as_jieba_posseg(page):
    """zhtools.extract.postag.Tagger against jieba.posseg's own POSTokenizer over the same
    dictionary, on every line of a page, pinyin, digits, Latin letters and spaces included."""
    import jieba.posseg as posseg

    ours = count_parse._tagger()
    theirs = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    theirs.tokenizer, theirs.word_tag_tab = ours.tokenizer, ours.word_tag_tab
    for line in page.read_text(encoding="utf-8").splitlines() if page else [RARE]:
        assert list(ours.cut(line)) == [(p.word, p.flag) for p in theirs.cut(line)], line


def test_the_hmm_search_is_jiebas_to_the_bit():
    """zhtools.extract.postag.viterbi against jieba.posseg.viterbi on runs of random Han
    characters (known and unknown to its tables), scores and routes equal."""
    import random

    import jieba.posseg as posseg

    from zhtools.extract import postag

    rng = random.Random(0)
    han = [chr(c) for c in range(0x4E00, 0x9FA6)]
    for _ in range(120):
        run = "".join(rng.choice(han) for _ in range(rng.randint(1, 8)))
        assert postag.viterbi(run) == posseg.viterbi(run, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P), run


def test_a_title_is_one_word():
    text = "发放《防范电信网络诈骗告知书》600余份"
    words = [(t.word, t.flag) for t in count_parse.tag(text, 0, len(text))]
    assert ("《防范电信网络诈骗告知书》", count_parse.NAME_TAG) in words


def test_unknown_attachment_is_refused():
    with pytest.raises(ValueError):
        list(counts("发放5份", attachment="spacy"))
