"""Near-duplicate articles: the shingles and signatures, the verified similarity, the known
pairs of corpus/raw, short articles that must not collapse, and the dedup stage in a run
(any number of workers, --resume, options, the command line)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param
from hypothesis import given, settings
from hypothesis import strategies as st

from zhtools import runner
from zhtools.cli import entry
from zhtools.dedup import (
    FLUSH_AT,
    LSH_BANDS,
    MIN_RATIO,
    MIN_SHINGLES,
    NUM_PERM,
    SEED,
    Deduplicator,
    DedupOptions,
    LSHIndex,
    Probe,
    _band_key,
    ceiling,
    find_duplicates,
    normalise,
    permutations,
    shingle_set,
    shingles,
    signature,
    similarity,
    sketch,
)
from zhtools.pipeline import RunOptions

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
RELEASE = ROOT / "corpus" / "processed"

# A summary of about 300 characters, and a different one on the same theme: what a crawl holds.
SUMMARY = (
    "为进一步提高辖区群众防范电信网络诈骗的意识，有效遏制电信网络诈骗案件高发态势，xx派出所联合社区于近日开展了"
    "防范电信网络诈骗集中宣传活动。活动中，民警通过发放宣传资料、现场讲解典型案例等方式，向群众详细介绍了冒充客服、"
    "刷单返利、虚假投资理财等常见诈骗手法，提醒群众做到不轻信、不透露、不转账。本次活动共发放宣传资料800余份，"
    "接受群众咨询120余人次，帮助群众下载安装国家反诈中心APP 300余人。下一步，派出所将继续深入开展反诈宣传进社区、"
    "进校园、进企业活动，切实守护好群众的钱袋子。"
)
OTHER = (
    "今年以来，我县电信新型违法犯罪呈现高发态势，诈骗手段不断翻新，被骗损失不断攀升。为切实增强全县人民群众识骗防骗能力，"
    "县公安局会同县金融办、各商业银行制定本方案：一是成立工作专班，明确职责分工；二是建立预警劝阻机制，对涉诈资金快速止付；"
    "三是组织银行网点开展柜面风险提示，对大额转账逐笔核实；四是将反诈工作纳入平安建设考核，每季度通报一次。"
)


# --- shingles, signatures, similarity ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一是加强宣传，\n牢记“三不一要”。", "一是加强宣传牢记三不一要"),
        ("不轻信、不透露、不转账！", "不轻信不透露不转账"),
        ("共发放 宣传单\u3000800余份", "共发放宣传单800余份"),
        ("【转载】反诈《通知》", "转载反诈通知"),
        ("xx派出所ⅩⅩ名民警", "xx派出所ⅩⅩ名民警"),  # redactions are text: they stay
        ("防范电信诈骗", "防范电信诈骗"),  # nothing to remove
        ("6.6万元，96.7%", "66万元967"),
        ("", ""),
    ],
    ids=["quotes-newline", "enumeration-commas", "spaces", "brackets", "redactions-stay", "unchanged", "digits-keep", "empty"],
)
def test_normalise_keeps_only_what_a_copy_keeps(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "a, b, preview, expected",
    [
        (SUMMARY, SUMMARY, False, 1.0),
        (SUMMARY, SUMMARY.replace("，", ",").replace("。", "."), False, 1.0),  # punctuation width is not a difference
        (SUMMARY[:120], SUMMARY, True, 1.0),  # a preview is all inside the article it previews
        (SUMMARY[:120], SUMMARY, False, 0.48),  # not a preview: under half an article is not a copy of it
        (SUMMARY[:200], SUMMARY, False, 1.0),  # two thirds of it, nothing else: a copy cut short
        (SUMMARY, OTHER, False, 0.0),
        ("防范电信诈骗人人有责", SUMMARY, True, 0.0),  # short: Jaccard, so quoting a line is no copy
        ("反诈宣传进社区活动", "反诈宣传进社区活动", False, 1.0),  # short and identical: a copy
        ("防诈", "防诈", False, 0.0),  # no shingle at all: nothing to compare
    ],
    ids=["same", "punctuation", "preview", "third-not-preview", "two-thirds", "different", "short-inside-long", "short-identical", "too-short"],
)
def test_similarity(a, b, preview, expected):
    got = similarity(shingle_set(normalise(a)), shingle_set(normalise(b)), preview)
    assert got == pytest.approx(expected, abs=0.02)


def test_permutations_are_datasketchs():
    assert np.array_equal(permutations(), MinHash(num_perm=NUM_PERM, seed=SEED).permutations)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), min_size=1, max_size=300, unique=True))
def test_signature_is_what_datasketch_computes(values):
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=lambda v: v)
    m.update_batch(values)
    assert np.array_equal(signature(np.array(values, dtype=np.uint32)), m.hashvalues)


@pytest.mark.parametrize("threshold", sorted(LSH_BANDS))
def test_lsh_bands_are_datasketchs(threshold):
    assert LSH_BANDS[threshold] == _optimal_param(threshold, NUM_PERM, 0.5, 0.5)
    assert LSH_BANDS[threshold] == (lambda lsh: (lsh.b, lsh.r))(MinHashLSH(threshold=threshold, num_perm=NUM_PERM))


@pytest.mark.parametrize("flush_at", [FLUSH_AT, 50], ids=["default", "many-runs"])
@pytest.mark.parametrize("threshold", sorted(LSH_BANDS))
def test_lsh_index_finds_what_datasketchs_finds(threshold, flush_at):
    """Signatures that share some values with a few base signatures, so that bands collide;
    the index's keys in its dict, its sorted runs, or both."""
    rng = np.random.default_rng(0)
    bases = rng.integers(0, 2**32, (5, NUM_PERM), dtype=np.uint32)
    signatures = []
    for _ in range(300):
        s = bases[rng.integers(0, len(bases))].copy()
        changed = rng.random(NUM_PERM) < rng.random()
        s[changed] = rng.integers(0, 2**32, int(changed.sum()), dtype=np.uint32)
        signatures.append(s)
    ours = LSHIndex(threshold, flush_at)
    theirs = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, hashfunc=_band_key)
    for rank, s in enumerate(signatures):
        minhash = MinHash(num_perm=NUM_PERM, hashvalues=s, permutations=permutations(), scheme="affine32")
        assert ours.query(s) == set(theirs.query(minhash))
        ours.insert(rank, s)
        theirs.insert(rank, minhash)


def string_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """`similarity` by its definition, on the shingles themselves."""
    small, large = sorted((len(a), len(b)))
    if not small:
        return 0.0
    common = len(a & b)
    return round(common / small if small >= MIN_SHINGLES and small >= MIN_RATIO * large else common / len(a | b), 4)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="防范电信诈骗宣传活动群众民警一二三", max_size=120), st.text(alphabet="防范电信诈骗宣传活动群众民警一二三", max_size=120))
def test_similarity_on_hashed_shingles_is_the_similarity_of_the_shingles(a, b):
    assert len(shingle_set(a)) == len(shingles(a))
    assert similarity(shingle_set(a), shingle_set(b)) == string_similarity(shingles(a), shingles(b))


# Values from a narrow range share slots in a probe's table (and some are 0, which an empty slot reads).
VALUE_SETS = st.lists(st.one_of(st.integers(0, 3000), st.integers(0, 2**64 - 1)), max_size=300).map(lambda v: np.unique(np.array(v, dtype=np.uint64)))


@settings(max_examples=300, deadline=None)
@given(VALUE_SETS, VALUE_SETS)
def test_a_probe_counts_the_shared_values_exactly(a, b):
    assert Probe(a).shared(b) == len(set(a.tolist()) & set(b.tolist())) == Probe(b).shared(a)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="防范电信诈骗宣传活动群众民警一二三", max_size=120), st.text(alphabet="防范电信诈骗宣传活动群众民警一二三", max_size=120), st.booleans())
def test_no_pair_scores_above_its_ceiling(a, b, preview):
    """The dedup stage skips a candidate whose ceiling is below the threshold or the best so far."""
    small, large = sorted((len(shingle_set(a)), len(shingle_set(b))))
    assert similarity(shingle_set(a), shingle_set(b), preview) <= ceiling(small, large, preview)


def test_sketches_are_the_same_in_every_process():
    """Fixed permutations and no use of Python's salted hash: the bytes are a constant."""
    s = sketch(SUMMARY)
    assert len(s.whole) == len(s.opening) == 4 * NUM_PERM
    assert s.whole[:8].hex() == sketch(SUMMARY).whole[:8].hex()
    assert sketch(SUMMARY[:120]).opening == s.opening  # the opening: the first 100 characters, punctuation aside


# --- deciding -------------------------------------------------------------------------------------


def test_a_preview_of_a_long_article_is_found_by_its_opening():
    long = SUMMARY + OTHER * 3  # whole-article Jaccard of the preview is about 0.1
    d = Deduplicator(DedupOptions())
    assert d.add("a#1", long) == (None, None)
    found, score = d.add("b#1", SUMMARY[:200], preview=True)
    assert found == "a#1" and score >= 0.95
    assert d.add("c#1", SUMMARY[:200]) == (None, None)  # the same text, not cut short: another article


def test_copies_point_to_the_first_article_never_to_each_other():
    got = list(find_duplicates([("a#1", SUMMARY), ("b#1", SUMMARY + "（来源：网络）"), ("c#1", "转载：" + SUMMARY), ("d#1", OTHER)]))
    assert [(i, d) for i, d, _ in got] == [("a#1", None), ("b#1", "a#1"), ("c#1", "a#1"), ("d#1", None)]


def test_the_best_match_wins_and_ties_go_to_the_earliest():
    variant = SUMMARY.replace("800余份", "900余份").replace("120余人次", "150余人次")
    got = dict((i, (d, s)) for i, d, s in find_duplicates([("a#1", variant), ("a#2", SUMMARY), ("b#1", SUMMARY)]))
    assert got["a#2"][0] == "a#1"  # a#2 is a near-duplicate of a#1, so not canonical
    assert got["b#1"] == ("a#1", got["a#2"][1])


def test_short_articles_do_not_collapse_into_one():
    slogans = ["一招预防诈骗，坚守汇款底线", "畅游网络要小心，诈骗手段在翻新", "天上掉馅饼，地上有陷阱", "不听不信不转账，安全防范记心间",
               "陌生来电要警惕，汇款转账多核实", "守好钱袋子，护好幸福家", "反诈宣传进万家，平安幸福你我他", "无"]
    got = list(find_duplicates([(f"p#{n}", s) for n, s in enumerate(slogans + ["无", "好"], 1)]))
    assert all(d is None for _, d, _ in got)


def test_an_article_quoted_inside_a_longer_one_is_not_its_copy():
    got = list(find_duplicates([("a#1", SUMMARY + OTHER), ("b#1", "不轻信、不透露、不转账。本次活动共发放宣传资料800余份")]))
    assert got[1][1] is None


def test_the_threshold_decides():
    half = SUMMARY[: len(SUMMARY) // 2] + OTHER[: len(OTHER) // 2]
    score = similarity(shingle_set(normalise(half)), shingle_set(normalise(SUMMARY)))
    assert 0.3 < score < 0.9
    below = list(find_duplicates([("a#1", SUMMARY), ("b#1", half)], DedupOptions(threshold=score + 0.01)))
    above = list(find_duplicates([("a#1", SUMMARY), ("b#1", half)], DedupOptions(threshold=score - 0.01)))
    assert below[1][1] is None and above[1][1] == "a#1"


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.5])
def test_a_threshold_outside_0_1_is_refused(threshold):
    with pytest.raises(ValueError, match="threshold"):
        DedupOptions(threshold=threshold)


# --- the corpus ---------------------------------------------------------------------------------


def release_articles() -> list[dict]:
    with (RELEASE / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def short(article_id: str) -> str:
    """'002_bd304e38a7a584fe#20' → '002#20'."""
    return article_id[:3] + article_id[article_id.index("#") :]


# What a reader of corpus/raw calls the same article (scripts/similarity_table.py lists the scores).
KNOWN = {
    "002#20": "002#1",  # the pair: 篇1 = 篇20
    "004#4": "002#21",  # the issue's pair: “警银联手” summary, as 004's preview 典型经验材料4篇2
    "004#18": "000#1",  # the pair: 000 篇一 and 银行开展防范电信诈骗宣传活动情况的总结
    "002#18": "002#9",
    "003#5": "002#10",
    "004#5": "004#1",  # the aggregator's preview of its own main document
    "004#6": "002#10",
    "004#7": "002#7",
    "004#14": "001#3",
    "004#15": "001#14",
    "004#17": "004#13",
    "004#20": "004#13",
}


def test_the_release_marks_exactly_the_known_pairs():
    marked = {short(a["id"]): short(a["duplicate_of"]) for a in release_articles() if a["duplicate_of"]}
    assert marked == KNOWN
    for a in release_articles():
        assert (a["similarity"] is None) == (a["duplicate_of"] is None)
        if a["similarity"] is not None:
            assert 0.6 <= a["similarity"] <= 1.0


def test_lsh_misses_no_pair_that_comparing_every_pair_finds():
    """On corpus/raw, the candidates from the two LSH indexes cover every pair above the threshold."""
    articles = release_articles()
    got = [(i, d, s) for i, d, s in find_duplicates((a["id"], a["text"]) for a in articles)]
    canonical: list[tuple[str, np.ndarray]] = []
    expected = []
    for a in articles:
        mine = shingle_set(normalise(a["text"]))
        scores = [(similarity(mine, theirs), -n, cid) for n, (cid, theirs) in enumerate(canonical)]
        best = max((s for s in scores if s[0] >= 0.6), default=None)
        expected.append((a["id"], best[2], best[0]) if best else (a["id"], None, None))
        if not best:
            canonical.append((a["id"], mine))
    assert got == expected


def test_a_workers_sketch_gives_the_answers_a_text_alone_gives():
    """Workers send each article's length and shingle set with its signatures, so that the writer
    never normalises or shingles it; an older sketch (signatures only) or none at all must give
    the same answers, on the real release."""
    articles = release_articles()
    full, old, none = Deduplicator(DedupOptions()), Deduplicator(DedupOptions()), Deduplicator(DedupOptions())
    got = {"full": [], "old": [], "none": []}
    for a in articles:
        sk = sketch(a["text"])
        assert sk.length == len(normalise(a["text"])) and np.array_equal(np.frombuffer(sk.shingles, dtype=np.uint64), shingle_set(normalise(a["text"])))
        got["full"].append(full.add(a["id"], a["text"], sk))
        got["old"].append(old.add(a["id"], a["text"], type(sk)(sk.whole, sk.opening)))
        got["none"].append(none.add(a["id"], a["text"]))
    assert got["full"] == got["old"] == got["none"]
    assert sum(d is not None for d, _ in got["full"]) >= 10


# --- in a run ------------------------------------------------------------------------------------


def run(paths: list[Path], out: Path, **options) -> runner.RunSummary:
    return runner.run([str(p) for p in paths], out, RunOptions(**{"workers": 1, **options}))


def duplicates(out: Path) -> dict[str, tuple[str, float]]:
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return {a["id"]: (a["duplicate_of"], a["similarity"]) for line in f if (a := json.loads(line))["duplicate_of"]}


@pytest.fixture()
def sites(tmp_path) -> Path:
    """One summary on three sites: whole, with an intro glued on and two figures changed, and inside a page of two."""
    folder = tmp_path / "sites"
    folder.mkdir()
    (folder / "a.txt").write_text("反诈宣传活动总结\n" + SUMMARY, encoding="utf-8")
    copy = SUMMARY.replace("800余份", "900余份").replace("120余人次", "150余人次")
    (folder / "b.txt").write_text("反诈宣传活动总结\n本文来源于网络，仅供参考。\n" + copy, encoding="utf-8")
    (folder / "c.txt").write_text("反诈工作总结（精选2篇）\n反诈工作总结 篇1\n" + OTHER + "\n反诈工作总结 篇2\n" + SUMMARY, encoding="utf-8")
    return folder


def test_a_run_marks_copies_across_pages_and_counts_them(sites, tmp_path):
    summary = run([sites], tmp_path / "out")
    assert set(duplicates(tmp_path / "out")) == {"b#1", "c#2"}
    assert {d for d, _ in duplicates(tmp_path / "out").values()} == {"a#1"}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert summary.duplicates == manifest["counts"]["duplicates"] == 2
    assert manifest["options"]["dedup"] == {"enabled": True, "threshold": 0.6}


def facts(out: Path, article_id: str) -> set[tuple[bool, str]]:
    """(duplicate, canonical_article_id) of the measures, counts and slogans of one article."""
    found = set()
    for name in ("measures", "counts", "slogans"):
        with (out / f"{name}.jsonl").open(encoding="utf-8") as f:
            found |= {(r["duplicate"], r["canonical_article_id"]) for line in f if (r := json.loads(line))["article_id"] == article_id}
    return found


def test_facts_say_whether_their_article_is_a_duplicate_and_what_to_count_instead(sites, tmp_path):
    run([sites], tmp_path / "out")
    assert facts(tmp_path / "out", "a#1") == {(False, "a#1")}
    assert facts(tmp_path / "out", "b#1") == {(True, "a#1")} and facts(tmp_path / "out", "c#2") == {(True, "a#1")}
    assert facts(tmp_path / "out", "c#1") == {(False, "c#1")}
    run([sites], tmp_path / "none", dedup=DedupOptions(enabled=False))
    assert {a: facts(tmp_path / "none", a) for a in ("a#1", "b#1", "c#2")} == {a: {(False, a)} for a in ("a#1", "b#1", "c#2")}


def _fact(article: str, duplicate: bool = False, canonical: str | None = None) -> bytes:
    record = {"schema": "zhtools.count/2", "id": f"{article}/c1", "doc_id": "d", "article_id": article, "mention": '5份 "article_id": "a#2", ',
              "value": 5.0, "duplicate": duplicate, "canonical_article_id": canonical or article}
    return (runner.to_json(record) + "\n").encode("utf-8")


@pytest.mark.parametrize("reused", [False, True], ids=["made-now", "reused"])
def test_only_the_facts_of_duplicate_articles_change(reused):
    """A fact of an article that is no duplicate keeps its bytes (a quoted id inside a string is
    not its article's); one of a duplicate article points to the canonical article; a reused
    fact that said it was a duplicate is marked afresh."""
    chunk = _fact("a#1") + _fact("a#2") + _fact("a#3", True, "x#1") + _fact("a#20")
    marked = runner.mark_facts(chunk, {"a#2": "b#1"}, reused).splitlines(keepends=True)
    assert marked[0] == _fact("a#1")
    assert marked[1] == _fact("a#2", True, "b#1")
    assert marked[2] == (_fact("a#3") if reused else _fact("a#3", True, "x#1"))
    assert marked[3] == _fact("a#20")


def test_workers_and_backends_mark_the_same_duplicates(sites, tmp_path):
    run([RAW, sites], tmp_path / "one")
    run([RAW, sites], tmp_path / "two", workers=2)
    assert (tmp_path / "one" / "articles.jsonl").read_bytes() == (tmp_path / "two" / "articles.jsonl").read_bytes()


def test_resume_marks_reused_records_afresh(sites, tmp_path):
    """b's records are copied from the first run, but its canonical article is gone: it is canonical now."""
    out = tmp_path / "out"
    run([sites], out)
    assert duplicates(out)["b#1"][0] == "a#1"
    assert facts(out, "b#1") == {(True, "a#1")}
    (sites / "a.txt").unlink()
    summary = run([sites], out, resume=True)
    assert summary.reused == 2
    assert duplicates(out) == {"c#2": ("b#1", duplicates(out)["c#2"][1])}
    assert facts(out, "b#1") == {(False, "b#1")} and facts(out, "c#2") == {(True, "b#1")}  # the copied facts too
    fresh = tmp_path / "fresh"
    run([sites], fresh)
    for name in ("articles", "measures", "counts", "slogans"):
        assert (fresh / f"{name}.jsonl").read_bytes() == (out / f"{name}.jsonl").read_bytes(), name


def test_no_dedup_and_the_threshold_from_the_command_line(sites, tmp_path, capsys):
    assert entry(["run", str(sites), "--out", str(tmp_path / "none"), "--workers", "1", "--no-dedup", "--quiet"]) == 0
    assert duplicates(tmp_path / "none") == {}
    assert entry(["run", str(sites), "--out", str(tmp_path / "strict"), "--workers", "1", "--dedup-threshold", "0.99", "--quiet"]) == 0
    assert set(duplicates(tmp_path / "strict")) == {"c#2"}  # b#1 changed two figures: it scores about 0.96
    assert entry(["run", str(sites), "--out", str(tmp_path / "bad"), "--dedup-threshold", "0"]) == 2


def test_the_dedup_command_marks_article_jsonl(tmp_path, capsys):
    lines = [json.dumps({"id": "a#1", "text": SUMMARY}), json.dumps({"id": "b#1", "text": "转载：" + SUMMARY})]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert entry(["dedup", str(tmp_path / "articles.jsonl")]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["id"], a["duplicate_of"]) for a in out] == [("a#1", None), ("b#1", "a#1")]
    (tmp_path / "bad.jsonl").write_text('{"id": "a#1"}\n', encoding="utf-8")
    assert entry(["dedup", str(tmp_path / "bad.jsonl")]) == 2
    assert "bad.jsonl:1: not an article record" in capsys.readouterr().err


def test_a_whole_page_copied_into_another_folder_is_all_duplicates(tmp_path):
    (tmp_path / "site1").mkdir()
    (tmp_path / "site2").mkdir()
    page = RAW / "000_938a5dddb1924200.txt"
    shutil.copy(page, tmp_path / "site1" / page.name)
    shutil.copy(page, tmp_path / "site2" / page.name)
    run([tmp_path], tmp_path / "out")
    marked = duplicates(tmp_path / "out")
    assert sorted(marked) == [f"site2/{page.stem}#{n}" for n in range(1, 7)]
    assert all(d == f"site1/{page.stem}#{i[-1]}" and s == 1.0 for i, (d, s) in marked.items())
