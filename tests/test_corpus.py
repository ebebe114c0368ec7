"""The cleaning core on the five real pages of corpus/raw/: what must go, what must stay,
losslessness (the edits replay to the text) and idempotence."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import regex

from zhtools.clean import clean, clean_and_explain
from zhtools.convert import script_of, to_simplified
from zhtools.edits import replay

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
GOLDEN = Path(__file__).resolve().parent / "golden" / "deletions"
PAGES = sorted(p.stem for p in RAW.glob("*.txt"))
# A pinyin gloss that survived: a Han character, then Latin letters (and a tone) in brackets.
GLOSS = regex.compile(r"\p{Han}\s*[(（][a-zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[1-5]?\s*[)）]")
# Rules whose deletions are content decisions, audited line by line in tests/golden/deletions/.
AUDITED_RULES = ("spam_line", "spam_phrase", "chrome_line", "chrome_inline", "related_footer", "intro", "repeated_title")


@cache
def source(page: str) -> str:
    return (RAW / f"{page}.txt").read_text(encoding="utf-8")


@cache
def cleaned(page: str):
    return clean_and_explain(source(page))


def page(prefix: str) -> str:
    return next(p for p in PAGES if p.startswith(prefix))


MUST_GO = {
    "000": ["小编", "下面是小编为大家带来的", "希望大家可以喜欢", "的.一致好评", "场镇‘居民"],
    "001": ["精品欧洲", "AV", "无码", "人妻", "时间:", "我要投稿", "相关推荐", "小编", "相关文章", "11-03", "欢迎大家借鉴"],
    "002": ["更新时间", "我要投稿", "相关推荐", "小编", "仅供参考", "的'", "的`", "的.", "的。幽默"],
    "003": ["我给大家整理", "希望对大家能够有所帮助", "的’宣传", "“国家\n反诈中心”", "网络\n电信诈骗的防火墙", "做\n到多提示"],
    "004": [
        "当前位置", "文档之家", "Final approval", "集团文件发布号", "【--工作计划范文】", "520作文网", "WTT今天",
        "相关主题", "文本预览", "相关文档", "最新文档", "第1页共1页", "~", "主动发\n现", "工作方 案", "的熟\n练",
        "防范电信诈骗工作措施\n防范电信诈骗工作措施",
    ],
}
MUST_STAY = {
    "000": [
        "打击防范电信诈骗工作总结汇报 打击防范电信诈骗工作总结（通用6篇）",
        *(f"打击防范电信诈骗工作总结汇报篇{n}" for n in "一二三四五六"),
        "牢记“三不一要”，即：不轻信、不泄露、不转账、要及时报案。",
        "（一）阵地宣传", "以村（社区）为单位", "“村（社区）不漏组（楼栋）、（楼）组不漏户、户不漏人”",
        "a、b、c岗", "xx派出所", "发放电诈宣传单x余份", "覆盖20xx、20xx级x个班级", "“学生【20xx】3号”",
        "天下没有免费的午餐", "为岁末年初辖区社会大局持续平稳打下牢固基础。",
    ],
    "001": [
        *(f"电信诈骗工作总结{n}\n" for n in range(1, 16)),
        "有效筑牢防诈骗的“防火墙”。10月20日，幸福里社区开展反电信诈骗宣传活动。",
        "“钱袋子”", "各村（居）", "县（市、区）", "ⅩⅩ支行", "xx月22日，xx分局xx派出所", "“长风会战”", "同比下降55.5%",
        "“96110”", "哈尔滨农村商业银行", "“一问二看三提醒”", "不轻信、不透露、不转账",
    ],
    "002": [
        *(f"预防诈骗活动总结 篇{n}\n" for n in range(1, 25)),
        "2022年预防诈骗活动总结（精选24篇）", "“两摸排”", "抓获犯罪嫌疑人6.6万余人", "有疑问可拨打12333",
        "（养老金、失业保险补贴、生育津贴等）", "梳理了网络诈骗的常见情况", "做流动电子宣传广告牌多处",
        "价格非常离谱的。特别是非正规网购平台", "用本地群众乐意接受的幽默方式",
    ],
    "003": [
        "2023年防范电信网络诈骗专项行动半年度工作总结（精选5篇）", "“国家反诈中心”app对于办理转账业务的客户",
        "一起把防范网络电信诈骗的防火墙牢筑心间。", "重点部门做到多提示", "##桥镇政府联合##桥派出所", "反诈是场‘硬仗’",
        "（中午10:30至11:30，晚间17:00至18:00）", "以“反诈拒赌，安全支付”为主题", "通过一系列形式多样的宣传活动",
        "我xxxx于20xx年12月23号", "（在建）",
    ],
    "004": [
        "防范电信诈骗工作措施\n银行某支行\n下一步防范电信诈骗工作措施\n", "打防电信（网络）诈骗犯罪专项工作",
        "一是网点工作人员主动发现。由营业网点工作人员根据对诈骗犯罪作案手法和形式的熟练掌握", "对相关人员进行加分。",
        "8月份，我行按照天津市公安局", "牢记“三不一要”，即：不轻信、不泄露、不转账、要及时报案。",
        "40、防范诈骗擦亮眼，不信不睬不给钱。", "公安局防网络电信诈骗宣传工作典型经验材料4篇1", "典型经验材料4篇2",
        "2020年度防范电信（网络）诈骗犯罪宣传工作方案3篇\n", "银行开展防范电信诈骗宣传活动情况的总结\n", "（分局联系人：潘新海；区综治办联系人：赵杰）",
        "“捂紧钱袋子”", "江苏经济报/2019年/4月/4日/第B02版", "防范电信诈骗心得体会三篇\n随着电信行业的发展",
    ],
}


@pytest.mark.parametrize("prefix", sorted(MUST_GO))
def test_noise_is_gone(prefix):
    text = cleaned(page(prefix)).text
    left = [s for s in MUST_GO[prefix] if s and s in text]
    assert not left, f"still in {prefix}: {left}"


@pytest.mark.parametrize("prefix", sorted(MUST_STAY))
def test_content_stays(prefix):
    text = cleaned(page(prefix)).text
    lost = [s for s in MUST_STAY[prefix] if s and s not in text]
    assert not lost, f"lost from {prefix}: {lost}"


@pytest.mark.parametrize("name", PAGES)
def test_no_pinyin_gloss_survives(name):
    assert not GLOSS.findall(cleaned(name).text)


def test_traditional_page_comes_out_simplified():
    name = page("001")
    assert script_of(source(name)) == "traditional"
    text = cleaned(name).text
    assert to_simplified(text) == text
    assert script_of(text) == "simplified"


@pytest.mark.parametrize("name", PAGES)
def test_edits_replay_to_the_text(name):
    trace = cleaned(name)
    assert replay(source(name), trace.edits()) == trace.text


@pytest.mark.parametrize("name", PAGES)
def test_cleaning_is_idempotent(name):
    text = cleaned(name).text
    assert clean(text) == text


@pytest.mark.parametrize("name", PAGES)
def test_every_copied_character_maps_to_itself_in_the_source(name):
    trace, src = cleaned(name), source(name)
    text = trace.text
    edited = [False] * len(src)
    for e in trace.edits():
        for i in range(e.start, e.end):
            edited[i] = True
    for i in range(0, len(text), 7):
        s, e = trace.source_span(i, i + 1)
        assert 0 <= s < e <= len(src)
        if e - s == 1 and not edited[s]:
            assert src[s] == text[i]


@pytest.mark.parametrize("name", PAGES)
def test_paragraphs_are_single_lines(name):
    text = cleaned(name).text
    assert "\n\n" not in text and not text.startswith("\n") and not text.endswith("\n")
    assert not regex.search(r"(?m)^[ \t\u3000]|[ \t\u3000]$", text)


def audited_deletions(name: str) -> list[dict]:
    return [
        {"rule": e.rule, "old": e.old, "new": e.new}
        for e in cleaned(name).edits()
        if e.rule in AUDITED_RULES
    ]


@pytest.mark.parametrize("name", PAGES)
def test_content_deletions_match_the_reviewed_golden_list(name):
    """Every removal of words (spam, chrome, intro, titles) was read by a person and recorded in
    tests/golden/deletions/. A rule change that removes something new fails here until the new
    removal is reviewed: regenerate with `python tests/test_corpus.py --update` and read the diff."""
    golden = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert audited_deletions(name) == golden


if __name__ == "__main__":
    import sys

    if "--update" in sys.argv:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in PAGES:
            path = GOLDEN / f"{name}.json"
            path.write_text(json.dumps(audited_deletions(name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(path)
