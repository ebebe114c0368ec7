"""How much of an article is about fraud prevention: the `topic` score of an article record.

Issue 15: collections of the genre hold off-topic articles (a kindergarten's term summary, a 医保
self-inspection, a 反假币 summary) that give measures and counts like any other. `topic(title, text)`
lets a researcher drop them: the share of the article's characters that stand in sentences
naming fraud or its prevention (`TOPIC_TERMS`), from 0 (no such sentence) to 1 (every sentence).
A sentence ends at 。！？；!?; or a line break; the title counts as a sentence of its own.

The table is data, by category, and every term is a word a page about the campaign uses for its
subject, not for its methods: 宣传 or 活动 are in every summary, 诈骗 only in ours.

>>> topic("防范电信网络诈骗宣传活动总结", "今年以来，我行开展反诈宣传12场。发放宣传单5000份。")  # the last sentence names no fraud
0.738
>>> topic("幼儿园学期工作总结", "本学期，幼儿园开展了丰富多彩的活动。孩子们在游戏中成长。")
0.0
"""

from __future__ import annotations

import re
from functools import cache

from zhtools.patterns import alt

TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    # fraud itself, and its prevention
    "fraud": ("诈骗", "骗局", "骗术", "骗子", "行骗", "受骗", "被骗", "诈骗犯罪", "电诈", "涉诈", "反诈", "防诈",
              "防骗", "识骗", "拒骗", "骗取", "骗钱"),  # not 套路, 上当, 假冒: ordinary words too (学习套路, 假冒伪劣)
    # the named frauds and their channels
    "scam_types": ("杀猪盘", "刷单", "裸聊", "套路贷", "校园贷", "网贷", "冒充客服", "冒充公检法", "冒充",
                   "钓鱼网站", "钓鱼链接", "木马", "虚假投资", "虚假贷款", "虚假征信", "中奖", "退税", "网络赌博"),
    # the advice the campaign gives: tips and slogans name these, not the word 诈骗
    "advice": ("转账", "汇款", "验证码", "陌生来电", "陌生电话", "陌生链接", "不明链接", "安全账户", "掉馅饼", "不轻信",
               "不透露", "个人信息", "银行卡", "96110"),
    # the campaign's own words
    "campaign": ("两卡", "断卡", "帮信", "跑分", "洗钱", "止付", "涉案账户", "可疑交易", "预警劝阻", "劝阻", "96110",
                 "反诈中心", "全民反诈", "电信网络", "网络安全", "个人信息保护", "钱袋子"),
}


@cache
def _topic_re() -> re.Pattern:
    return re.compile(alt(tuple(term for terms in TOPIC_TERMS.values() for term in terms)))


SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")


def topic(title: str | None, text: str) -> float:
    """The share (0–1, three decimals) of the characters of `title` and `text` that stand in
    sentences naming fraud or its prevention; 0.0 for an empty article."""
    pattern = _topic_re()
    on = total = 0
    for part in (title or "", text):
        for m in SENTENCE.finditer(part):
            n = len(m.group().strip())
            total += n
            if pattern.search(m.group()):
                on += n
    return round(on / total, 3) if total else 0.0
