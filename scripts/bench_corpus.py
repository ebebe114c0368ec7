"""The benchmark crawl that scripts/bench.py measures the pipeline on.

The corpus (`bench-work/corpus-<MB>/pages/siteNN/NNN/NNNNNN.{txt,html}`, with the encoding
of every file in `bench-work/corpus-<MB>/corpus.json`) is a deterministic crawl made from
the five pages in corpus/raw/ and three pages written for tests/test_variants.py (two read
from tests/variant_pages/, the news page's text kept here). Each file is one seed page, its
lines cut or extended to a size drawn log-uniformly between 4 KB and 100 KB, 30 % of its
long lines swapped with lines of other pages and half its quantities changed (dates, times
and ordinals kept); then, independently (nominal probabilities; the realised mix is printed
and saved):

    seed page        000, 001, 002, 003, 004: 16 % each; the traditional test page 6 %,
                     the WeChat mirror 7 %, the news page 7 %
    spam line        25 % get a porn/gambling SEO line on top
    site chrome      35 % get breadcrumb/date/投稿 lines on top and 相关文章 links etc. below
    anti-scrape      20 % get `'`, `.` or `` ` `` injected after 15 % of their 的
    PDF breaks       15 % get lines broken mid-sentence (and, half of them, ~ for ，)
    traditional      15 % of the simplified pages go through OpenCC, s2t (40 %) or s2tw (60 %:
                     Taiwan forms, the ones Big5 holds); with the two traditional seeds
                     about 30 % of the corpus is traditional
    pinyin glosses   50 % of the traditional and 10 % of the simplified pages not yet glossed:
                     3-15 % of Han characters get a gloss, one style a page: toneless
                     `對(dui)` 40 %, tone marks `問(wèn)` 35 %, tone digits `問(wen4)` 25 %;
                     5 % of the glosses doubled, `工(gong)(gong)`
    HTML share       8 % wrapped as <html><head><title>…</title></head><body><p>…</p>…,
                     UTF-8 (70 %) or GBK with <meta charset> (30 %)
    encoding (text)  simplified: UTF-8 45 %, GBK 20 %, GB18030 15 %, UTF-8 with BOM 10 %,
                     UTF-16 with BOM 10 %; traditional: Big5 45 %, UTF-8 35 %, UTF-8 with
                     BOM 10 %, UTF-16 10 %. GBK and Big5 are encoded strictly (after the
                     stand-ins such sites use: · for •, > for ›; Big5 pages get toneless or
                     tone-digit glosses); a page they still cannot hold falls back to GB18030
                     / UTF-8 (001 always does: its spam line is simplified).
    CRLF line ends   10 % of the text pages

Realised on a 20 MB build (share of files): UTF-8 54 %, GBK 14 %, GB18030 9 %, UTF-8 with BOM
10 %, UTF-16 9 %, Big5 5 %; HTML 9 %; traditional 32 %; pinyin glosses 32 % (19 % from the
seeds 001 and the traditional page); spam 23 %; chrome 37 %; anti-scrape marks 21 %;
PDF breaks 15 %; CRLF 8 %.

The corpus is rebuilt only when its size, seed, seed pages or the builder code change.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import random
import re
import shutil
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import opencc
import pypinyin

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench-work"
MB = 1_000_000

# --- corpus ------------------------------------------------------------------------------------

# The pages written for tests/test_variants.py, read from their data files (the tests are not imported).
PAGES = ROOT / "tests" / "variant_pages"
TRADITIONAL_PAGE = (PAGES / "traditional.txt").read_text(encoding="utf-8")

WECHAT_PAGE = (PAGES / "wechat.txt").read_text(encoding="utf-8")

# The text of the GBK news page of tests/test_variants.py; the HTML wrapper below gives its shape back.
NEWS_PAGE = """\
社区开展防范电信网络诈骗宣传活动
6月1日，XX社区联合辖区派出所在文化广场开展防范电信网络诈骗宣传活动，共发放宣传资料500余份，接受群众咨询80余人次。
民警结合真实案例，向群众讲解了“冒充客服退款”“虚假投资理财”等诈骗手法，提醒大家牢记“三不一要”。
此次活动进一步提高了居民的防骗意识，营造了全民反诈的良好氛围。
"""

# Seed pages: name → weight. Raw pages are found by their number prefix in corpus/raw/.
SEED_WEIGHTS = {"000": 16, "001": 16, "002": 16, "003": 16, "004": 16, "traditional": 6, "wechat": 7, "news": 7}
TRADITIONAL_SEEDS = ("001", "traditional")
CONSTRUCTED = {"traditional": TRADITIONAL_PAGE, "wechat": WECHAT_PAGE, "news": NEWS_PAGE}

SPAM_LINES = (
    "精品欧洲AV无码一区二区_人妻精品久久久久中文字幕一冢本_黑人又大又粗又硬XXXXX_欧美疯狂做受XXXXX高潮",
    "久久精品国产亚洲AV无码_日韩中文字幕在线观看_欧美高潮",
    "澳门金沙娱乐城_百家乐真人在线_体育投注官网_注册即送88元",
    "国产精品一区二区三区_免费观看高清视频在线_亚洲AV无码专区",
)
CHROME_TOP = (
    ("首页 > 范文大全 > 工作总结", "时间:{date} {time} 工作总结 我要投稿", "  • 相关推荐"),
    ("当前位置:文档之家› {title}",),
    ("点击蓝字 关注我们", "当前位置：首页 > 工作总结 > 正文", "阅读:{n} 点赞:{m}"),
    ("更新时间:{date} {time} 活动总结 我要投稿", "", "  • 相关推荐"),
)
CHROME_BOTTOM = (
    ("【{title}】相关文章:", "{related1}{md}", "{related2}{md}", "{related3}{md}"),
    ("猜你喜欢的文章", "第1页共1页"),
    ("相关主题 文本预览 相关文档 最新文档", "第1页共1页"),
    ("Final approval draft on {month} {day}, {year}", "集团文件发布号:({year})"),
)
RELATED_TITLES = ("社区反诈宣传活动总结", "银行防范电信诈骗工作总结", "学校防诈骗安全教育活动总结", "反电信诈骗宣传标语", "防范电信网络诈骗工作方案")
MONTHS = ("January", "March", "May", "June", "September", "November")
ANTI_SCRAPE_MARKS = ("'", ".", "`")
# pypinyin style of each gloss kind
GLOSS_STYLES = {"toneless": pypinyin.Style.NORMAL, "tone-marks": pypinyin.Style.TONE, "tone-digits": pypinyin.Style.TONE3}

P_SPAM, P_CHROME, P_MARKS, P_PDF, P_S2T, P_HTML, P_CRLF = 0.25, 0.35, 0.20, 0.15, 0.15, 0.08, 0.10
P_GLOSS_TRADITIONAL, P_GLOSS_SIMPLIFIED = 0.5, 0.1
GLOSS_KINDS = (("toneless", 40), ("tone-marks", 35), ("tone-digits", 25))
TEXT_ENCODINGS = {
    "simplified": (("utf-8", 45), ("gbk", 20), ("gb18030", 15), ("utf-8-sig", 10), ("utf-16", 10)),
    "traditional": (("big5", 45), ("utf-8", 35), ("utf-8-sig", 10), ("utf-16", 10)),
}
FALLBACK = {"gbk": "gb18030", "big5": "utf-8"}
# A site that serves GBK or Big5 writes the symbols its charset has: these stand in for the UTF-8 ones.
LEGACY_STAND_INS = {"gbk": str.maketrans({"•": "·", "›": ">"}), "big5": str.maketrans({"›": ">"})}
PAGE_BYTES = (4_000, 100_000)
LONG_LINE = 30  # characters: shorter lines are headings and chrome, kept in place
GLOSSED = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


@dataclass(frozen=True)
class Seed:
    name: str
    head: tuple[str, ...]  # title, chrome and intro: the top of every page made from this seed
    body: tuple[str, ...]
    traditional: bool
    glossed: bool


@dataclass
class Page:
    """One generated file: its bytes, where it goes, and what was done to it."""

    data: bytes
    suffix: str
    encoding: str
    kinds: dict[str, str] = field(default_factory=dict)


def load_seeds() -> dict[str, Seed]:
    texts = dict(CONSTRUCTED)
    for path in sorted((ROOT / "corpus" / "raw").glob("*.txt")):
        texts[path.name[:3]] = path.read_text(encoding="utf-8")
    missing = set(SEED_WEIGHTS) - set(texts)
    if missing:
        raise SystemExit(f"bench: seed pages missing from corpus/raw/: {sorted(missing)}")
    seeds = {}
    for name in SEED_WEIGHTS:
        lines = texts[name].splitlines()
        # The head ends with the first long line (the 小编 intro, or the first paragraph).
        first_long = next((i for i, line in enumerate(lines) if len(line.strip()) >= 60), 0)
        seeds[name] = Seed(name, tuple(lines[: first_long + 1]), tuple(lines[first_long + 1 :]) or tuple(lines),
                           name in TRADITIONAL_SEEDS, bool(GLOSSED.search(texts[name])))
    return seeds


_CONVERTERS: dict[str, opencc.OpenCC] = {}


def opencc_converter(config: str) -> opencc.OpenCC:
    if config not in _CONVERTERS:
        _CONVERTERS[config] = opencc.OpenCC(config)
    return _CONVERTERS[config]


def weighted(rng: random.Random, choices: Iterable[tuple[str, int]]) -> str:
    names, weights = zip(*choices)
    return rng.choices(names, weights)[0]


# Numbers that are dates, times, ordinals or decimals are left alone: 51月 or 篇89 would be noise no crawl has.
DATE_LIKE = re.compile(r"(?<![\d:：./篇第-])\d+(?![\d年月日号時时點点分秒篇:：./-])")


def perturb_numbers(rng: random.Random, line: str) -> str:
    """Change half the quantities (keeping their length): pages stay distinct."""

    def change(m: re.Match) -> str:
        digits = m.group()
        if rng.random() < 0.5:
            return digits
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return DATE_LIKE.sub(change, line)


def page_lines(rng: random.Random, seed: Seed, pool: list[str], target: int) -> list[str]:
    """The seed's head, then runs of its body lines until `target` UTF-8 bytes, long lines mixed."""
    lines = list(seed.head)
    size = sum(len(line.encode()) + 1 for line in lines)
    start = 0
    while size < target:
        run = rng.randint(5, 40)
        for line in seed.body[start : start + run]:
            if len(line.strip()) >= LONG_LINE and rng.random() < 0.3:
                line = rng.choice(pool)
            line = perturb_numbers(rng, line)
            lines.append(line)
            size += len(line.encode()) + 1
            if size >= target:
                break
        start = rng.randrange(len(seed.body))
    return lines


def chrome_fields(rng: random.Random, title: str) -> dict[str, str]:
    year = rng.randint(2016, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {
        "title": title[:40], "date": f"{year}-{month:02d}-{day:02d}",
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "n": str(rng.randint(100, 9999)), "m": str(rng.randint(1, 300)), "md": f"{month:02d}-{day:02d}",
        "month": rng.choice(MONTHS), "day": str(day), "year": str(year),
        **{f"related{i}": rng.choice(RELATED_TITLES) for i in (1, 2, 3)},
    }


def add_chrome(rng: random.Random, lines: list[str], traditional: bool) -> list[str]:
    """Site chrome around the page, in the page's script (as on 001: 時間:… 工作總結 我要投稿)."""
    title = next((line.strip() for line in lines if line.strip()), "防范电信诈骗工作总结")
    values = chrome_fields(rng, title)
    top = [line.format(**values) for line in rng.choice(CHROME_TOP)]
    bottom = [line.format(**values) for line in rng.choice(CHROME_BOTTOM)]
    if traditional:
        top, bottom = ([opencc_converter("s2tw").convert(line) for line in part] for part in (top, bottom))
    return [*top, "", *lines, "", *bottom]


def inject_marks(rng: random.Random, text: str) -> str:
    return re.sub("的", lambda m: "的" + rng.choice(ANTI_SCRAPE_MARKS) if rng.random() < 0.15 else "的", text)


def pdf_breaks(rng: random.Random, lines: list[str], tildes: bool) -> list[str]:
    out = []
    for line in lines:
        if tildes:
            line = re.sub("[,，]", lambda m: "~" if rng.random() < 0.5 else m.group(), line)
        while len(line) >= 40 and rng.random() < 0.4:
            cut = rng.randint(10, len(line) - 10)
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


_READINGS: dict[tuple[str, str], str] = {}


def reading(char: str, style: str) -> str:
    key = (char, style)
    if key not in _READINGS:
        _READINGS[key] = pypinyin.pinyin(char, style=GLOSS_STYLES[style], neutral_tone_with_five=True)[0][0]
    return _READINGS[key]


def gloss(rng: random.Random, text: str, style: str) -> str:
    """Insert pinyin after some Han characters: `對(dui)`, `問(wèn)`, `問(wen4)`, sometimes twice."""
    rate = rng.uniform(0.03, 0.15)
    out = []
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff" and rng.random() < rate:
            r = reading(char, style)
            if r != char:  # pypinyin gives the character back when it knows no reading
                out.append(f"({r})" * (2 if rng.random() < 0.05 else 1))
    return "".join(out)


def toneless(text: str) -> str:
    """Tone marks dropped from pinyin vowels (`duì` → `dui`), ü written v: pinyin as Big5 pages write it."""
    bare = unicodedata.normalize("NFD", text.replace("ü", "v"))
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


def encode(text: str, encoding: str) -> tuple[bytes, str]:
    """`text` in `encoding` (strictly, after the site's usual stand-ins for a few symbols), else in its fallback."""
    try:
        return text.translate(LEGACY_STAND_INS.get(encoding, {})).encode(encoding, errors="strict"), encoding
    except UnicodeEncodeError:
        fallback = FALLBACK[encoding]
        return text.encode(fallback, errors="strict"), fallback


def as_html(rng: random.Random, title: str, lines: list[str]) -> Page:
    """A share wrapped as a simple HTML page, sometimes with the <meta>/<style>/<script>/nav of real sites."""
    encoding = weighted(rng, (("utf-8", 70), ("gbk", 30)))
    paragraphs = [line.strip() for line in lines if line.strip()]
    title = html.escape(title)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)

    def render(charset: str) -> str:
        meta = f'<meta charset="{charset}">' if charset != "utf-8" or rng.random() < 0.5 else ""
        if rng.random() < 0.5:
            meta += ('<meta name="date" content="2023-06-01">\n<style>.x { color: red }</style>'
                     '<script>var tracker = "不要出现在正文里";</script>')
            body_html = f'<div class="nav">首页 &gt; 新闻</div>\n<article>\n{body}\n</article>'
        else:
            body_html = body
        return f"<html><head>{meta}<title>{title}</title></head><body>\n{body_html}\n</body></html>\n"

    data, used = encode(render(encoding), encoding)
    if used != encoding:  # the page must not declare a charset it is not in
        data, used = render(used).encode(used), used
    return Page(data, ".html", used, {"format": "html"})


def make_page(rng: random.Random, seeds: dict[str, Seed], pools: dict[str, list[str]]) -> Page:
    seed = seeds[weighted(rng, SEED_WEIGHTS.items())]
    low, high = PAGE_BYTES
    target = int(math.exp(rng.uniform(math.log(low), math.log(high))))
    pool = pools[seed.name] if seed.traditional else pools["simplified"]
    lines = page_lines(rng, seed, pool, target)
    kinds = {"seed": seed.name}
    # Script and container first: what a page can carry depends on them.
    traditional, config = seed.traditional, None
    if traditional:
        kinds["traditional"] = "seed"
    elif rng.random() < P_S2T:
        # OpenCC's own standard (爲, 衆) or Taiwan's (為, 眾): only the latter fits in Big5, as on real Big5 sites.
        kinds["traditional"] = config = weighted(rng, (("s2t", 40), ("s2tw", 60)))
        traditional = True
    html_page = rng.random() < P_HTML
    encoding = None if html_page else weighted(rng, TEXT_ENCODINGS["traditional" if traditional else "simplified"])
    title = next((line.strip() for line in lines if line.strip()), "")
    if rng.random() < P_CHROME:
        lines, kinds["chrome"] = add_chrome(rng, lines, seed.traditional), "yes"
    if rng.random() < P_SPAM:
        spam = rng.choice(SPAM_LINES)  # simplified, as on 001; a Big5 page can only carry it in Big5
        lines, kinds["spam"] = [opencc_converter("s2tw").convert(spam) if encoding == "big5" else spam, "", *lines], "yes"
    if rng.random() < P_PDF:
        tildes = rng.random() < 0.5
        lines, kinds["pdf-breaks"] = pdf_breaks(rng, lines, tildes), "with-tildes" if tildes else "yes"
    text = "\n".join(lines) + "\n"
    if rng.random() < P_MARKS:
        text, kinds["anti-scrape"] = inject_marks(rng, text), "yes"
    if config:
        text = opencc_converter(config).convert(text)
    # Big5 cannot hold tone marks: Big5 pages carry toneless or tone-digit glosses (and the
    # tone-marked seed page loses its marks), as in the tests.
    if not seed.glossed and rng.random() < (P_GLOSS_TRADITIONAL if traditional else P_GLOSS_SIMPLIFIED):
        kinds["pinyin"] = style = weighted(rng, [k for k in GLOSS_KINDS if encoding != "big5" or k[0] != "tone-marks"])
        text = gloss(rng, text, style)
    elif seed.glossed:
        kinds["pinyin"] = "seed"
        if encoding == "big5":
            text = toneless(text)
    if html_page:
        page = as_html(rng, opencc_converter(config).convert(title) if config else title, text.splitlines())
        page.kinds = {**kinds, **page.kinds}
        return page
    if rng.random() < P_CRLF:
        text, kinds["crlf"] = text.replace("\n", "\r\n"), "yes"
    assert encoding is not None
    data, used = encode(text, encoding)
    return Page(data, ".txt", used, {**kinds, "format": "text"})


def builder_fingerprint(seeds: dict[str, Seed], size_mb: float, seed: int) -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())  # an edit to the builder rebuilds the corpus
    h.update(json.dumps([size_mb, seed, [[s.name, s.head, s.body] for s in seeds.values()]], ensure_ascii=False).encode())
    return h.hexdigest()


def mix_of(files: list[dict]) -> dict[str, dict[str, dict[str, float]]]:
    """For each kind of variant: the fraction of files and of bytes of each value ('no' when absent)."""
    total_bytes = sum(f["bytes"] for f in files)
    names = sorted({k for f in files for k in f["kinds"]} | {"encoding"})
    mix = {}
    for name in names:
        n, b = Counter(), Counter()
        for f in files:
            value = f["encoding"] if name == "encoding" else f["kinds"].get(name, "no")
            n[value] += 1
            b[value] += f["bytes"]
        mix[name] = {v: {"files": round(n[v] / len(files), 4), "bytes": round(b[v] / total_bytes, 4)} for v in sorted(n)}
    return mix


def build_corpus(size_mb: float, seed: int, quiet: bool = False) -> Path:
    """Build `bench-work/corpus-<MB>` (or reuse it when built with the same parameters); return its folder."""
    folder = WORK / f"corpus-{size_mb:g}"
    seeds = load_seeds()
    fingerprint = builder_fingerprint(seeds, size_mb, seed)
    manifest = folder / "corpus.json"
    if manifest.exists() and json.loads(manifest.read_text(encoding="utf-8")).get("fingerprint") == fingerprint:
        return folder
    started = time.perf_counter()
    pools = {"simplified": [line for s in seeds.values() if not s.traditional for line in s.body if len(line.strip()) >= LONG_LINE]}
    for s in seeds.values():
        pools[s.name] = [line for line in s.body if len(line.strip()) >= LONG_LINE] or list(s.body)
    shutil.rmtree(folder, ignore_errors=True)
    building = WORK / f".building-corpus-{size_mb:g}"
    shutil.rmtree(building, ignore_errors=True)
    files, total, i = [], 0, 0
    while total < size_mb * MB:
        rng = random.Random(f"{seed}/{i}")
        page = make_page(rng, seeds, pools)
        rel = f"site{rng.randrange(8):02d}/{i // 100:03d}/{i:06d}{page.suffix}"
        path = building / "pages" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.data)
        files.append({"path": rel, "encoding": page.encoding, "bytes": len(page.data), "kinds": page.kinds})
        total += len(page.data)
        i += 1
        if not quiet and i % 500 == 0:
            print(f"  building corpus-{size_mb:g}: {total / MB:.0f} MB", file=sys.stderr)
    info = {"fingerprint": fingerprint, "size_mb": size_mb, "seed": seed, "bytes": total, "files": len(files),
            "build_seconds": round(time.perf_counter() - started, 1), "mix": mix_of(files), "pages": files}
    (building / "corpus.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    building.rename(folder)
    return folder
