"""A slogan's kind by its key alone (issue 15, zhtools.slogan/3): each rule of
zhtools.extract.slogan_kinds with the keys it decides and the keys it must leave alone, then
the property the rules exist for: one normalized text has one kind in every article and every
run, whatever other pages are in it; `context_kind` keeps what each mention's own sentence made
of it.

Rows are normalized keys (punctuation and spaces removed). Ids: `001-…`, `002-…`, `004-…` keys of
those corpus documents, `issue15-…` the cases the issue names, `syn-…` constructed in a shape
the genre shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhtools.extract.slogan_kinds import KEY_RULES, KINDS, advice_item, kind_and_rule
from zhtools.extract.slogans import slogans
from zhtools.runner import RunOptions, run

# (key, kind, the rule that decides)
DECIDED = [
    pytest.param("四平公安", "term", "organisation", id="004-organisation-opening-with-a-numeral"),
    pytest.param("国家反诈中心", "term", "organisation", id="002-app-named-like-its-centre"),
    pytest.param("厅堂网点+社区", "term", "combination", id="002-names-joined-by-plus"),
    pytest.param("三不一要", "formula", "numbered_formula", id="004-formula"),
    pytest.param("3+1", "formula", "numbered_formula", id="001-sum-formula"),
    pytest.param("五从宽十从严", "formula", "numbered_formula", id="001-formula-two-groups"),
    pytest.param("电信诈骗", "term", "generic_fraud", id="001-fraud-as-a-category"),
    pytest.param("电诈", "term", "generic_fraud", id="syn-fraud-abbreviation"),
    pytest.param("杀猪盘", "scam_type", "named_fraud", id="syn-fraud-table"),
    pytest.param("台湾式诈骗", "scam_type", "named_fraud", id="004-fraud-ending"),
    pytest.param("冒充公检法", "scam_type", "named_fraud", id="issue15-pretender"),
    pytest.param("虚假网络贷款", "scam_type", "named_fraud", id="syn-fake-loan"),
    pytest.param("校园分期", "scam_type", "named_fraud", id="002-instalment-ending"),
    pytest.param("中奖", "scam_type", "named_fraud", id="syn-classic-fraud-list"),
    pytest.param("断卡", "campaign", "operation_name", id="001-operation"),
    pytest.param("长风4号", "campaign", "operation_name", id="001-operation-numbered"),
    pytest.param("长风系列", "campaign", "operation_name", id="001-operation-series"),
    pytest.param("敲门行动", "campaign", "campaign_ending", id="001-campaign-word"),
    pytest.param("攻坚月", "campaign", "campaign_ending", id="001-campaign-word-alone"),
    pytest.param("防范通讯网络新型违法犯罪宣传月", "campaign", "campaign_ending", id="002-campaign-month"),
    pytest.param("中国统计开放日", "campaign", "campaign_ending", id="004-open-day"),
    pytest.param("反诈进校园", "campaign", "visiting_campaign", id="syn-visit-school"),
    pytest.param("反诈宣传进万家", "campaign", "visiting_campaign", id="syn-visit-homes"),
    pytest.param("无诈社区", "campaign", "creation_campaign", id="001-fraud-free-place"),
    pytest.param("打击治理电信网络诈骗", "campaign", "authority_action", id="syn-authorities-action"),
    pytest.param("谨防电信诈骗", "slogan", "advice", id="001-advice-start"),
    pytest.param("捂紧钱袋子", "slogan", "advice", id="004-advice-naming-a-week"),
    pytest.param("不少一户不漏一人", "slogan", "prohibitions", id="001-two-prohibitions"),
    pytest.param("不轻信不透露不转账", "slogan", "prohibitions", id="issue15-three-no"),
    pytest.param("反诈宣传在线课堂", "term", "venue_name", id="syn-column-name"),
    pytest.param("谁主管谁负责", "slogan", "parallel_heads", id="004-parallel-who"),
    pytest.param("早发现早报告早处置", "slogan", "parallel_heads", id="syn-parallel-early"),
    pytest.param("电诈可防", "slogan", "modal_clause", id="001-modal-statement"),
    pytest.param("看得见记得住听得懂", "slogan", "sentence_length", id="issue15-complements"),
    pytest.param("反诈拒赌安全支付", "slogan", "sentence_length", id="syn-motto"),
    pytest.param("守护钱袋子反诈在行动", "slogan", "advice", id="syn-in-action-is-a-verb"),
    pytest.param("钱袋子", "term", "catchword", id="001-catchword"),
    pytest.param("面对面", "term", "catchword", id="issue15-manner-word"),
    # a review: names that are catchwords however long, and a pretender's fraud
    pytest.param("国家反诈中心APP", "term", "organisation", id="review-an-apps-name"),
    pytest.param("帮助信息网络犯罪活动罪", "term", "organisation", id="review-a-crimes-name"),
    pytest.param("帮助信息网络犯罪活动", "term", "campaign_ending", id="review-a-crime-is-no-campaign"),
    pytest.param("反诈宣传小分队", "term", "venue_name", id="review-a-team"),
    pytest.param("反诈必修课", "term", "venue_name", id="review-a-course"),
    pytest.param("反诈能手", "term", "venue_name", id="review-a-role"),
    pytest.param("冒充电商物流客服类诈骗", "scam_type", "named_fraud", id="review-a-pretenders-fraud"),
]

# Keys a rule must leave alone, with the kind they get instead.
NOT_DECIDED_BY = [
    pytest.param("一人一档", "numbered_formula", "term", id="001-only-ones-count-nothing"),
    pytest.param("一盘棋", "numbered_formula", "term", id="001-idiom-with-one"),
    pytest.param("反诈骗", "named_fraud", "term", id="syn-anti-fraud-is-no-fraud"),
    pytest.param("防范电信诈骗", "named_fraud", "slogan", id="syn-advice-ending-in-fraud"),
    pytest.param("虚假投资公司", "named_fraud", "term", id="syn-fake-institution"),
    pytest.param("诈骗之家", "named_fraud", "term", id="001-fraud-word-first"),
    pytest.param("党建引领全民反诈你我同行共治诈骗", "named_fraud", "slogan", id="001-sentence-ending-in-fraud"),
    pytest.param("守护钱袋子反诈在行动", "campaign_ending", "slogan", id="syn-zai-xingdong"),
    pytest.param("活动", "campaign_ending", "term", id="syn-bare-campaign-word"),
    pytest.param("助学贷款", "named_fraud", "term", id="review-a-loan-is-no-fraud"),
    pytest.param("贷款先交保证金一定是诈骗", "named_fraud", "slogan", id="review-a-sentence-saying-fraud"),
    pytest.param("不法分子的犯罪", "organisation", "slogan", id="review-a-crime-in-a-sentence"),
    pytest.param("冒充领导要求转账谨防诈骗", "named_fraud", "slogan", id="review2-advice-inside-a-pretender"),
    pytest.param("出租出借银行卡也是罪", "organisation", "slogan", id="review2-is-a-crime"),
    pytest.param("贪小便宜必受罪", "organisation", "slogan", id="review2-suffer-for-it"),
    pytest.param("请下载安装国家反诈中心APP", "organisation", "slogan", id="review2-install-the-app"),
    pytest.param("远离诈骗活动", "campaign_ending", "slogan", id="review2-keep-away-from-crime"),
    pytest.param("五进", "visiting_campaign", "formula", id="001-numbered-visits-are-a-formula"),
    pytest.param("零发案", "creation_campaign", "term", id="syn-zero-cases-is-a-target-word"),
    pytest.param("预防针", "advice", "term", id="001-short-advice-word-is-a-noun"),
    pytest.param("共建反诈联盟", "venue_name", "slogan", id="syn-advice-before-venue"),
    pytest.param("不合理低价游", "prohibitions", "scam_type", id="002-one-negation"),
    pytest.param("手机卡银行卡", "sentence_length", "term", id="001-six-characters-is-a-name"),
    pytest.param("学校年级班级", "sentence_length", "term", id="syn-tiers"),
]


@pytest.mark.parametrize("key, kind, rule", DECIDED)
def test_kind_of_a_key(key: str, kind: str, rule: str) -> None:
    assert kind_and_rule(key) == (kind, rule)


@pytest.mark.parametrize("key, rule, kind", NOT_DECIDED_BY)
def test_a_rule_leaves_the_key_alone(key: str, rule: str, kind: str) -> None:
    decided_kind, decided_by = kind_and_rule(key)
    assert decided_by != rule and decided_kind == kind


def test_every_rule_has_a_row() -> None:
    rules = {r.__name__ for r in KEY_RULES} | {"catchword"}
    assert rules == {p.values[2] for p in DECIDED}
    assert all(p.values[1] in KINDS for p in DECIDED)


@pytest.mark.parametrize("item, expected", [
    pytest.param("不轻信", True, id="prohibition"),
    pytest.param("看得见", True, id="verb-and-result"),
    pytest.param("听不懂", True, id="verb-and-negated-result"),
    pytest.param("破财消灾", False, id="fraud-name"),
    pytest.param("刷单返利", False, id="fraud-name-2"),
    pytest.param("电话欠费", False, id="fraud-name-3"),
])
def test_advice_item(item: str, expected: bool) -> None:
    assert advice_item(item) is expected


# The same key in different sentences: one kind; context_kind says what each sentence made of it.
@pytest.mark.parametrize("text, expected", [
    pytest.param("开展“面对面”反诈宣讲活动。", [("面对面", "term", "campaign")], id="issue15-manner-word-before-an-activity"),
    pytest.param("民警与居民“面对面”交流。", [("面对面", "term", "term")], id="issue15-manner-word-alone"),
    pytest.param("分析“冒充公检法”“不轻信、不透露、不转账”等诈骗案例。",
                 [("冒充公检法", "scam_type", "scam_type"), ("不轻信、不透露、不转账", "slogan", "slogan")], id="issue15-advice-after-a-fraud"),
    pytest.param("用群众“看得见、记得住、听得懂”的方式讲解诈骗案例。", [("看得见、记得住、听得懂", "slogan", "slogan")], id="issue15-complements-next-to-fraud"),
    pytest.param("以“零发案”为目标。", [("零发案", "term", "slogan")], id="syn-target-frame"),
    pytest.param("开展“断卡”行动。推动“断卡”工作。", [("断卡", "campaign", "campaign"), ("断卡", "campaign", "campaign")], id="001-operation-with-and-without-its-word"),
])
def test_one_kind_whatever_the_sentence(text: str, expected: list) -> None:
    assert [(h.text, h.kind, h.context_kind) for h in slogans(text)] == expected


CAMPAIGN = "社区反诈宣传简报\n社区开展“面对面”反诈宣讲活动，民警讲解防骗知识，发放宣传单200份。\n"  # read as a campaign in context
TERM = "派出所工作动态\n民警与居民“面对面”交流，讲解防骗知识，劝阻群众12人。\n"  # read as a term in context


def kinds(out: Path) -> list[tuple[str, str, str]]:
    with (out / "slogans.jsonl").open(encoding="utf-8") as f:
        return [(r["article_id"], r["kind"], r["context_kind"]) for r in map(json.loads, f) if r["normalized"] == "面对面"]


def test_a_key_has_one_kind_in_any_run(tmp_path):
    """Alone or with the other page, in either order of reading, by one worker or two: 面对面 is a
    term, so two runs merged never hold it as two kinds."""
    both, alone = tmp_path / "both", tmp_path / "alone"
    both.mkdir()
    alone.mkdir()
    (both / "a.txt").write_text(CAMPAIGN, encoding="utf-8")
    (both / "b.txt").write_text(TERM, encoding="utf-8")
    (alone / "a.txt").write_text(CAMPAIGN, encoding="utf-8")
    run([str(both)], tmp_path / "out", RunOptions(workers=1, progress=False))
    run([str(both)], tmp_path / "two", RunOptions(workers=2, progress=False))
    run([str(alone)], tmp_path / "one", RunOptions(workers=1, progress=False))
    assert kinds(tmp_path / "out") == [("a#1", "term", "campaign"), ("b#1", "term", "term")]
    assert (tmp_path / "two" / "slogans.jsonl").read_bytes() == (tmp_path / "out" / "slogans.jsonl").read_bytes()
    assert kinds(tmp_path / "one") == [("a#1", "term", "campaign")]


def test_resume_keeps_the_kinds(tmp_path):
    """A record copied by --resume keeps its kind: no other page can change it."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(CAMPAIGN, encoding="utf-8")
    (pages / "b.txt").write_text(TERM, encoding="utf-8")
    out = tmp_path / "out"
    run([str(pages)], out, RunOptions(workers=1, progress=False))
    (pages / "a.txt").unlink()
    summary = run([str(pages)], out, RunOptions(workers=1, progress=False, resume=True))
    assert summary.reused == 1
    assert kinds(out) == [("b#1", "term", "term")]
    fresh = tmp_path / "fresh"
    run([str(pages)], fresh, RunOptions(workers=1, progress=False))
    assert (fresh / "slogans.jsonl").read_bytes() == (out / "slogans.jsonl").read_bytes()
