"""Page anatomy's character tests before costly patterns (a prefilter says a pattern cannot match a
line lacking every one of its characters): each must hold for every branch of its pattern, so that
a branch added to the pattern without one of them fails here instead of being skipped unseen."""

from __future__ import annotations

import random
import sys

import pytest

from zhtools.clean import anatomy  # noqa: F401  (the module, by its name below: the package exports the function)
from zhtools.lazyre import split_words

A = sys.modules["zhtools.clean.anatomy"]
SPACE_ESCAPES = (r"\t", r"\u3000", r"\s")


def branches(pattern: str) -> list[str]:
    words, rest = split_words(pattern)
    assert words or len(rest) > 1 or rest == [pattern]
    return words + rest


def holds_one(branch: str, chars: str) -> bool:
    """Whether the branch's text names one of `chars` (or a space escape, when a space is among them)
    outside a negated class: a tripwire, not a proof (the tests below try strings too)."""
    text = branch
    while "[^" in text:  # a negated class names what the branch does not need
        start = text.index("[^")
        end = text.index("]", start + 3)
        text = text[:start] + text[end + 1 :]
    return any(c in text for c in chars) or (" " in chars and any(e in text for e in SPACE_ESCAPES))


CASES = [
    ("SAMPLE_DEIXIS", "DEIXIS_WORDS"),
    ("COLLECTION_POINTING", "POINTING_CHARS"),
    ("SHARE_PROMPT", "SHARE_PROMPT_CHARS"),
    ("LABEL_PAIR", "PAGE_FIELD_MARK"),
    ("PIPE_PAIR", "PAGE_FIELD_MARK"),
    ("ROLE_NAME", "PAGE_FIELD_MARK"),
    ("RELATED_LINK", "RELATED_LINK_MARK"),
]


def chars_of(prefilter_name: str) -> str:
    pattern = getattr(A, prefilter_name).pattern
    assert pattern.startswith("[") and pattern.endswith("]")
    return pattern[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")  # its escapes (\\t, \\u3000) read


@pytest.mark.parametrize("name, prefilter", CASES, ids=[f"{n}-{p}" for n, p in CASES])
def test_every_branch_needs_a_prefilter_character(name, prefilter):
    chars = chars_of(prefilter)
    missing = [b for b in branches(getattr(A, name).pattern) if not holds_one(b, chars)]
    assert not missing, f"{name}: branches without any of {prefilter}'s characters: {missing}"


@pytest.mark.parametrize("name, prefilter", CASES, ids=[f"{n}-{p}" for n, p in CASES])
def test_no_match_without_a_prefilter_character(name, prefilter):
    pattern, chars = getattr(A, name), set(chars_of(prefilter))
    alphabet = sorted({*pattern.pattern, *"的了是在一二三四五六七八九十0123456789，。、：？“”（）【】人我们这里下面以下本前后第各位"} - chars - {"\n"})
    rnd = random.Random(0)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 24)))
        assert not (pattern.found(text) if hasattr(pattern, "found") else pattern.search(text)), (name, text)  # (a Trigger says only whether)


def test_seo_keywords_end_on_a_full_stop():
    assert A.SEO_KEYWORDS.pattern.endswith("[。.]")  # classify asks it only of a line ending so


def test_declared_count_needs_a_frame_or_an_end():
    """split.declared_count leaves a line with neither DECLARED_FRAME's brackets and bars nor a
    DECLARED_ENDS character at its end (nor a ".") nor LEADING_DECLARED's count at its start: DECLARED must find
    nothing there."""
    from zhtools import split as S

    frame = set(S.DECLARED_FRAME.pattern[1:-1].replace("\\", "")) | {"."}
    alphabet = sorted({*S.DECLARED.pattern, *"的了是在一二三四五六七八九十两0123456789篇则例份个期类，、：人我们本合集收录含共"} - frame - {"\n"})
    rnd = random.Random(0)
    for _ in range(40_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 16)))
        if S.DECLARED.search(text) is not None:
            assert text.endswith(S.DECLARED_ENDS) or S.LEADING_DECLARED.match(text), text


def test_sample_deixis_needs_a_deixis_pair():
    """collection_framing asks DEIXIS_PAIRS (a measure word with the character SAMPLE_DEIXIS puts right before it)
    before SAMPLE_DEIXIS: every match must hold a pair. Tried on strings of the pattern's own characters and words
    (thousands of matches) and on the lines of corpus/raw and the dev gold pages. The branch count is a tripwire:
    a branch added to SAMPLE_DEIXIS must be read against DEIXIS_PAIRS, then counted here."""
    import re
    from pathlib import Path

    pattern, pairs = A.SAMPLE_DEIXIS, A.DEIXIS_PAIRS
    assert len(branches(pattern.pattern)) == 20
    alphabet = sorted({c for c in pattern.pattern if "\u4e00" <= c <= "\u9fff" or c in "①⑳0123456789，。↓▼ "} | set("的了是在人我们"))
    tokens = alphabet + re.findall(r"[\u4e00-\u9fff]{2,4}", pattern.pattern) * 3
    rnd = random.Random(1)
    found = 0
    for _ in range(100_000):
        text = "".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 6)))
        if pattern.search(text) is not None:
            found += 1
            assert pairs.search(text) is not None, text
    assert found > 1000
    root = Path(__file__).resolve().parent
    for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if pattern.search(line) is not None:
                assert pairs.search(line) is not None, (path.name, line)


FURNITURE = ("SHARE_ASK", "READ_COUNT", "REPOST_NOTE", "BRACKETED_BYLINE_ROW", "DATE_UNIT_BYLINE", "SITE_RUN_BY", "SIGNED_LIBRARY_WIDGETS",
             "PREVIEW_NOTE", "TAG_ROW", "COLUMN_LABEL", "RARE_SLASH_PATH", "SHARE_ITEM")


@pytest.mark.parametrize("line", [
    "觉得有用？顺手把它转进家族群吧", "推给爸妈瞧瞧　｜　拷贝网址　｜　做成长图", "（已阅 527）", "本文转自公众号“xx警民通”，版权仍属原号",
    "〔城南所供稿〕〔2024-05-09〕", "2024-05-10　县局执法稽查队", "本网由xx警方主管　运维：科信室", "💾 下载这篇　⭐ 放进书架",
    "此处只展示两份教案的正文，完整排版请解压后查看", "🏷 防骗小课堂　护理部　住院部", "【倡议书·安全类】", "警务公开 ∕ 预警提示",
])
def test_furniture_lines_need_their_trigger(line):
    """furniture_lines asks FURNITURE_TRIGGER before its patterns: a line one of them takes holds the trigger."""
    assert any(getattr(A, name).search(line) for name in FURNITURE)
    assert A.FURNITURE_TRIGGER.search(line) is not None


def test_furniture_trigger_on_the_gold_lines():
    """Every line of corpus/raw and the dev gold pages that one of furniture_lines' patterns takes whole holds the trigger."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line) <= 80 and any(getattr(A, name).fullmatch(line) for name in FURNITURE if name != "SHARE_ITEM"):
                assert A.FURNITURE_TRIGGER.search(line) is not None, (path.name, line)


@pytest.mark.parametrize("name, without", [("PAGE_MARKER", "0123456789"), ("DECORATED_PAGE", "0123456789"), ("READING_TIME", "钟字")])
def test_classify_asks_a_digit_or_a_word_first(name, without):
    """classify asks a digit (regex's, ANY_DIGIT) before the page markers and 分钟 or 字 before READING_TIME: every
    branch needs one, so strings of the pattern's characters without them (no 钟, no 字: no 分钟) never match."""
    pattern = getattr(A, name)
    if name != "READING_TIME":
        assert all("\\d" in b for b in branches(pattern.pattern)), name
    alphabet = sorted({*pattern.pattern, *"的了是在一二三四五六七八九十两半，。、：？（）【】·—-/／页第共P约需分钟字篇全文本阅读"} - set(without) - {"\n"})
    rnd = random.Random(0)
    for _ in range(30_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 24)))
        assert pattern.search(text) is None, (name, text)
    for text in ("第2页", "P3", "— 3 —", "阅读约需5分钟", "全文共1536个字"):  # each holds what is asked first
        assert (pattern.search(text) is None) or any(c in text for c in without) or A.ANY_DIGIT.search(text)


def test_rewritten_for_speed_patterns_find_what_they_found():
    """INTRO_FORMULA finds a site's name at its 网 (two characters looked behind) where it was written as the name
    then 网 (tried at every Han character), THIS_SAMPLE_IN, a Trigger, searches its branch anchored at the
    line's start apart, and COLLECTION_POINTING, a Trigger too, looks behind the numeral before "篇都": both are asked only whether they match, and must say what their written forms say, on the
    lines of corpus/raw and the dev gold pages and on strings of their own characters and words."""
    import re
    from pathlib import Path

    import regex

    formula_as_written = regex.compile(A.INTRO_FORMULA.pattern.replace(
        r"(?<=[\p{Han}0-9]{2})网{1,2}(?=", r"[\p{Han}0-9]{2,8}网{1,2}(?="))
    assert formula_as_written.pattern != A.INTRO_FORMULA.pattern
    this_sample_as_written = regex.compile(A.THIS_SAMPLE_CLAUSE.pattern + r"|(?:^|[。！？!?])" + A.THIS_SAMPLE_AFTER)
    pointing_as_written = regex.compile(A.COLLECTION_POINTING.pattern.replace(r"|(?<=[一二三四五六七八九十两几\d])(?:篇", r"|[一二三四五六七八九十两几\d]{1,2}(?:篇"))
    assert pointing_as_written.pattern != A.COLLECTION_POINTING.pattern
    root = Path(__file__).resolve().parent
    lines = {line for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]
             for line in path.read_text(encoding="utf-8").splitlines()}
    for found, written in ((lambda t: A.INTRO_FORMULA.search(t) is not None, formula_as_written), (A.THIS_SAMPLE_IN.found, this_sample_as_written),
                           (A.COLLECTION_POINTING.found, pointing_as_written)):
        alphabet = sorted({c for c in written.pattern if "\u4e00" <= c <= "\u9fff"} | set("的了是在人我们0123456789，。：？ \t"))
        tokens = alphabet + re.findall(r"[\u4e00-\u9fff]{2,4}", written.pattern) * 3
        rnd = random.Random(2)
        made = {"".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 10))) for _ in range(30_000)}
        hits = 0
        for text in sorted(lines | made):
            expected = written.search(text) is not None
            assert found(text) == expected, (written.pattern[:40], text)
            hits += expected
        assert hits > 100, hits


def test_lead_credit_needs_one_of_its_words():
    """classify and the inline runs ask LEAD_CREDIT_WORDS before LEAD_CREDIT: each of the pattern's forms (the
    alternatives inside its `^[ \\t\\u3000]*(?:…)`, counted: a form added must be read against the words, then
    counted here) holds one of them. Tried on strings of the pattern's own characters and words without any
    of them, and on the lines of corpus/raw and the dev gold pages."""
    import re
    from pathlib import Path

    pattern = A.LEAD_CREDIT.pattern
    assert pattern.startswith(r"^[ \t\u3000]*(?:") and pattern.endswith(")")
    forms = branches(pattern[len(r"^[ \t\u3000]*(?:") : -1])
    assert len(forms) == 8
    words = A.LEAD_CREDIT_WORDS.pattern.replace("报[导道]", "报导|报道").split("|")
    alphabet = sorted({c for c in pattern if "\u4e00" <= c <= "\u9fff"} | set("的了是在人我们0123456789（）()【】[]〔〕：: \t\u3000·/／"))
    tokens = [t for t in alphabet + re.findall(r"[\u4e00-\u9fff]{2,4}", pattern) * 3 if not A.LEAD_CREDIT_WORDS.search(t)]
    rnd = random.Random(3)
    tried = 0
    for _ in range(40_000):
        text = "".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 10)))
        if A.LEAD_CREDIT_WORDS.search(text) is None:  # (tokens glued may make a word: those strings are not this test's)
            tried += 1
            assert A.LEAD_CREDIT.match(text) is None, text
    assert tried > 10_000 and all(w in pattern for w in words)
    root = Path(__file__).resolve().parent
    for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if A.LEAD_CREDIT.match(line) is not None:
                assert A.LEAD_CREDIT_WORDS.search(line) is not None, (path.name, line)


def _keyed_cases():
    """(name, Keyed, its pattern as written, the words a match is made of) for each pattern page anatomy asks through `Keyed`."""
    import re

    cases = [("DEIXIS_IN_PAGE", A.DEIXIS_IN_PAGE, A.SAMPLE_DEIXIS, re.findall(r"[\u4e00-\u9fff]{2,4}", A.SAMPLE_DEIXIS.pattern))]
    for (keyed, category, _), (pattern, _, words, _) in zip(A.SPLICED, A.SPLICED_KEYS, strict=True):
        cases.append((category, keyed, pattern, words.split("|") + re.findall(r"[\u4e00-\u9fff]{2,4}", pattern.pattern)))
    return cases


@pytest.mark.parametrize("name, keyed, pattern, words", _keyed_cases(), ids=[c[0] for c in _keyed_cases()])
def test_keyed_patterns_find_what_their_patterns_find(name, keyed, pattern, words):
    """SAMPLE_DEIXIS asked of a whole page (DEIXIS_IN_PAGE) and the spliced brands (SPLICED) are tried only within their
    lead before one of their keys (a pair, a trade's word): every match must hold one that near its start, or a match is
    missed unseen. The same matches as the pattern's own `finditer` on the lines and whole pages of corpus/raw and the
    dev gold pages, and on strings of the pattern's words, names and punctuation (hundreds of matches at least); the branch
    counts are a tripwire: a branch added must be read against the keys and the lead, then counted here."""
    from pathlib import Path

    assert len(branches(pattern.pattern)) == {"DEIXIS_IN_PAGE": 20, "spam:gambling": 4, "spam:crypto": 2, "spam:porn": 2}[name]
    root = Path(__file__).resolve().parent
    pages = [path.read_text(encoding="utf-8") for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]]
    names = ["天虹", "星河链", "夜色撩", "ab", "AG8", "币鑫宝", "一二", "第3", "（链信宝", "这", "下面", "最后一", "挑了三"]
    tokens = words * 3 + names + list("的了是在人我们一两三十0123456789，。、：；？！”“（）()·・\n \t") + ["官网", "入口", "app下载", "免费看", "专区", "秒到账"]
    rnd = random.Random(3)
    made = ["".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 12))) for _ in range(60_000)]
    hits = 0
    for text in [*pages, *(line for page in pages for line in page.splitlines()), *made]:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in keyed.finditer(text)] == expected, (name, text[:80])
        assert (keyed.search(text) is not None) == bool(expected)
        hits += len(expected)
    assert hits > 100, hits


def test_caption_inline_branches_find_what_the_alternation_finds():
    """CAPTION_INLINE searches its branches one by one and merges their matches (lazyre.Branches): the same spans as the
    alternation compiled whole, on the lines of corpus/raw and the dev gold pages and on strings of its words, brackets
    and sentence ends (hundreds of matches at least)."""
    import re
    from pathlib import Path

    import regex

    whole = regex.compile(A.CAPTION_INLINE.pattern)
    root = Path(__file__).resolve().parent
    lines = {line for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("dev*/*.txt")]
             for line in path.read_text(encoding="utf-8").splitlines()}
    tokens = re.findall(r"[\u4e00-\u9fff]{1,4}", A.CAPTION_INLINE.pattern) * 2 + list("（）()【】［］：:/／。！？”“ \t\u3000·12王李") + ["图为", "图：", "摄", "左为", "供图"]
    rnd = random.Random(4)
    made = {"".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 14))) for _ in range(60_000)}
    hits = 0
    for text in sorted(lines | made):
        expected = [m.span() for m in whole.finditer(text)]
        assert [m.span() for m in A.CAPTION_INLINE.finditer(text)] == expected, text
        hits += len(expected)
    assert hits > 100, hits


def test_counter_needs_one_of_its_words_or_a_symbol():
    """_features asks COUNTER_WORDS or HAS_SYMBOL before COUNTER: every match holds one. Tried on strings of the
    pattern's own characters and words with digits (thousands of matches) and on the lines of corpus/raw and the dev
    gold pages. The branch count is a tripwire: a branch added to COUNTER must be read against COUNTER_WORDS, then counted here."""
    import re

    from zhtools.lazyre import top_branches

    pattern = A.COUNTER
    assert len(top_branches(pattern.pattern)) == 16

    def asked(text: str) -> bool:
        return A.COUNTER_WORDS.search(text) is not None or A.HAS_SYMBOL.search(text) is not None

    tokens = sorted({c for c in pattern.pattern if not c.isascii()} | set("0123456789.,: 万wk的了是在我们")) + re.findall(r"[\u4e00-\u9fff]{2,4}", pattern.pattern) * 2
    assert _matches_asked(pattern, asked, tokens, 100_000, seed=2) > 1000
    _lines_asked(pattern, asked)


def _lines_asked(pattern, asked) -> None:
    """Every line of corpus/raw and the gold pages that `pattern` finds is also `asked`."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    for path in [*root.parent.joinpath("corpus", "raw").glob("*.txt"), *root.joinpath("gold", "anatomy").glob("*/*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if pattern.search(line) is not None:
                assert asked(line), (path.name, line)


def _matches_asked(pattern, asked, tokens: list[str], n: int, seed: int) -> int:
    """How many of `n` random strings of `tokens` (one to eight) `pattern` finds, each also `asked` (a prefilter's
    question), or the test fails on the first that is not."""
    rnd = random.Random(seed)
    found = 0
    for _ in range(n):
        text = "".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 8)))
        if pattern.search(text) is not None:
            found += 1
            assert asked(text), text
    return found


SITE_NOTES = ["本页内容更新于2024年12月2日：…", "【助手小荞】这四篇出自…", "AI 摘要：…", "✧ AI 帮你读 ✧ …", "【智能速览】以下三点由系统自动提炼…",
              "【写作助手小荞】", "编辑多一嘴：…", "（小编在这儿多说两句：", "【倡议书·一】致…倡议书　←站长首推：三份里…",
              "…骗局。（小编注：这一段是背景，换成本地的…）", "…。［编辑部补注：第三份写给店主］"]
PAGE_WORDS = [("SITE_NOTE", "SITE_NOTE_WORDS", 8), ("SITE_NOTE_AFTER", "SITE_NOTE_WORDS", 1), ("EDITORS_INNER_NOTE", "EDITORS_WORDS", 1)]


@pytest.mark.parametrize("name, words, n_branches", PAGE_WORDS, ids=[n for n, _, _ in PAGE_WORDS])
def test_site_notes_need_their_page_words(name, words, n_branches):
    """site_intro's _site_notes and _editors_inner_notes look for their words once on a page before asking their patterns of
    each line: every match holds one. Tried on strings of the pattern's own characters and words and on the lines of
    corpus/raw and the gold pages; the branch count is a tripwire (a branch added must be read against the words)."""
    import re

    from zhtools.lazyre import top_branches

    pattern, prefilter = getattr(A, name), getattr(A, words)
    assert len(top_branches(pattern.pattern) or [pattern.pattern]) == n_branches
    tokens = sorted({c for c in pattern.pattern if not c.isascii()} | set("：:（(【［。 AIai的了是我们2024")) + re.findall(r"[\u4e00-\u9fff]{2,4}", pattern.pattern) * 3
    _matches_asked(pattern, lambda text: prefilter.search(text) is not None, tokens, 150_000, seed=3)
    # (few random strings match: the patterns ask their words in order; the examples below are the sure matches)
    for text in SITE_NOTES:
        assert pattern.search(text) is None or prefilter.search(text) is not None, text
    assert any(pattern.search(text) for text in SITE_NOTES)
    _lines_asked(pattern, lambda line: prefilter.search(line) is not None)
