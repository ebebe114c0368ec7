"""The topic score of an article (zhtools.topic, issue 15): on-topic articles score high,
off-topic articles of the same collections low, whatever words they share with the genre."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools.topic import topic

ROOT = Path(__file__).resolve().parent.parent

# (title, text): articles about fraud or its prevention
ON_TOPIC = [
    ("银行防范电信网络诈骗宣传月活动总结", "宣传月期间，我行在营业网点开展反诈宣传，堵截可疑交易23笔。提醒客户不轻信、不转账。"),
    ("派出所反诈工作周报", "本周辖区共发生电信网络诈骗案件2起，民警上门劝阻群众41人。"),
    ("校园安全教育总结", "学校组织学生观看防骗视频，讲解刷单、校园贷的套路。"),
    ("", "警惕冒充客服退款的骗局，接到陌生来电要核实。拨打96110咨询。"),
]
# Articles of the same collections about something else: they must score low
OFF_TOPIC = [
    ("幼儿园学期工作总结", "本学期，幼儿园开展了丰富多彩的活动。孩子们在游戏中成长，家长会如期召开。"),
    ("医保基金自查报告", "按照上级要求，我院对医保基金使用情况开展自查。发现问题三项，已整改到位。"),
    ("反假货币宣传工作总结", "我行开展反假货币宣传，讲解人民币防伪特征，收缴假币12张。"),  # 假币 is not fraud prevention here
    ("党建工作总结", "今年以来，支部认真开展主题教育，组织学习12次。"),
]


@pytest.mark.parametrize("title, text", ON_TOPIC)
def test_on_topic_articles_score_high(title, text):
    assert topic(title, text) >= 0.5


@pytest.mark.parametrize("title, text", OFF_TOPIC)
def test_off_topic_articles_score_low(title, text):
    assert topic(title, text) < 0.2


def test_an_empty_article_scores_zero():
    assert topic(None, "") == 0.0


@settings(derandomize=True, max_examples=200)
@given(st.text(max_size=200), st.text(max_size=200))
def test_the_score_is_a_share(title, text):
    assert 0.0 <= topic(title, text) <= 1.0


def test_the_release_marks_the_off_topic_articles_of_its_collections():
    """In corpus/raw, 000's 篇四 is a 反假币 summary inside an anti-fraud collection: it scores
    lowest of its document, the others of 000 score high."""
    scores = {}
    with (ROOT / "corpus" / "processed" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            scores[a["id"]] = a["topic"]
    assert scores["000_938a5dddb1924200#4"] < 0.1
    assert all(scores[f"000_938a5dddb1924200#{n}"] > 0.5 for n in (1, 2, 3, 5, 6))
