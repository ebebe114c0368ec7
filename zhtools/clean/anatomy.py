"""Page anatomy: what part of the page each line is, and removing what is not the document's.

The rule `anatomy` classifies every line from features any page has, then revises the
uncertain lines from their neighbours, as jusText does with paragraphs:

1. **Features** (`LineFeatures`): length, Han characters, sentence punctuation, density of
   function characters (的 了 是 在 和 …), separators (`>` `|` `/` `»`), dates and times, label
   words followed by a colon (`来源：`, `责任编辑：`), counters (`浏览次数：59`, `0 人阅读`), and
   hits of the vocabularies in `zhtools.clean.terms` by category.
2. **Classification** (`classify`): a line is spam, chrome of one kind, or body. Strong
   vocabulary (words that never occur in campaign prose) decides alone; weak vocabulary and
   layout features decide only on lines that are not prose.
3. **Revision** (`revise`): chrome comes in blocks at the top and bottom of a page, the body is
   dense. Body is what lies between the first and the last prose line; above and below it, a
   short line without Han prose (`53 0`, `A+ A-`, `|`) or the value under a bare label
   (`责编：` / `王霞`) goes with its chrome neighbours.
4. **A second opinion** (`zhtools.clean.line_model`, unless `CleanOptions.line_model` is off): a
   CRF trained on the dev gold sets reads the page's last lines upwards and takes those the
   rules kept and it is sure are chrome, until the first line that is the document's; and a
   second model reads the lines kept between two paragraphs for pictures' bare captions
   (`line_model.revise_captions`).

Inside lines that stay, runs are removed too: a gambling brand spliced into a sentence (and on
a page whose spam the rules found, its brands wherever they are spliced: `host_brands`), a
byline or download notice inside a flattened page, HTML tags and markdown, reporter credits at
the start of the body and trailing `（姓名）` credits, photo credits `（图/…）`, and doubled
punctuation. Every removal is an edit named by its category (`chrome:byline`, `spam:gambling`,
`credit`, `caption`, `markup`, `punct`), so the edit log says why each piece went.

>>> apply_rule(anatomy, "首页 > 新闻中心 > 社区动态\\n社区开展反诈宣传活动\\n发布时间：2023-05-01 来源：xx日报\\n为提高群众防范意识，社区开展了宣传活动。（王明）")
'社区开展反诈宣传活动\\n为提高群众防范意识，社区开展了宣传活动。'
>>> apply_rule(anatomy, "提醒群众不要下载来历不明的APP，不要点击陌生链接。")
'提醒群众不要下载来历不明的APP，不要点击陌生链接。'
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import ahocorasick
import regex

from zhtools import split as splitter  # its lazy patterns through the module: a name imported would stay a stand-in
from zhtools.clean import line_model
from zhtools.clean.base import ENDS_SENTENCE, CleanOptions, apply_rule, line_end, lines  # noqa: F401  (apply_rule: the doctests)
from zhtools.edits import Replacement
from zhtools.lazyre import (  # lazy_re: patterns re finds as regex does, in half the time
    Branches,
    Keyed,
    LazyRe,
    Trigger,
    lazy_compile,
    lazy_re,
)
from zhtools.numerals import parse_int
from zhtools.split import (  # a headline of the genre names fraud: split looks for it too
    FRAUD_WORD,
    declared_count,
    first_declared,
    split_articles,
)

# --- thresholds (named data) ---------------------------------------------------------------------
PROSE_MIN_HAN = 12  # a prose line has at least this many Han characters…
PROSE_MIN_FUNCTION = 0.06  # …this share of function characters among them…
SHORT = 30  # a line this short, without sentence punctuation, may be chrome on layout evidence alone
CHROME_LINE_MAX = 160  # a chrome line (byline, nav, notice) is at most this long
DISCLAIMER_MAX = 400  # a disclaimer or copyright paragraph is at most this long
SPAM_LINE_SHARE = 0.25  # spam words covering this share of a line that is no sentence make it a spam line
SPAM_PROSE_SHARE = 0.5  # …and this share of a sentence (a keyword list with a full stop)
STRONG_PROSE_MAX = 80  # a sentence this short holding a strong chrome word is chrome ("点击上方蓝字关注…")
WEAK_LINE_HAN = 6  # …and holds at most this many Han characters ("通过官网或官方APP办理" is a clause)
WEAK_LINE_MAX = 12  # a line holding only weak chrome words is chrome (beside chrome) when at most this long
REPEAT_TOP = 5  # …among the first lines of the page
TITLE_AGAIN_MIN = 6  # Han characters of a title shown again below the site's talk
REPEAT_MAX = 80  # a line repeated right below itself is noise when at most this long
LABEL_VALUE_MAX = 16  # the value under a bare label line ("责编：" / "王霞") is at most this long

# --- patterns --------------------------------------------------------------------------------
HAN = lazy_compile(r"\p{Han}")
# The characters of `HAN` (Unicode's Han script) as ranges for `re`: counting by deleting the
# rest is four times faster than `HAN.findall` (tests/test_anatomy.py checks they agree).
HAN_RANGES = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d"
    "\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)
NOT_HAN = re.compile(f"[^{HAN_RANGES}]+")


def lazy_han(pattern: str) -> LazyRe:
    """`lazy_re` of a pattern holding `\\p{Han}`, written as HAN_RANGES (the same characters, every one of them:
    tests/test_lazyre.py)."""
    return lazy_re(pattern, {r"\p{Han}": HAN_RANGES})


def han_count(text: str) -> int:
    """How many Han characters `text` holds."""
    return len(NOT_HAN.sub("", text))

DIGIT = re.compile(r"\d")
SENTENCE_PUNCT = lazy_re(r"[。！？；!?;]")
CLAUSE_PUNCT = lazy_re(r"[，,、：:]")
# A headline naming an ATM, an APP or ETC is not a site's name in two scripts ("岚溪县人民政府　LANXI COUNTY")
LATIN_RUNS = lazy_compile(r"[^A-Za-z]+")
ACRONYM_ONLY = lazy_compile(r"[A-Z]{2,5}(?: [A-Z]{2,5})?")
HEADLINE_ACRONYM_HAN = 8  # …in a line of at least this many Han characters (not "3页　｜　24.6KB")
LATIN_WORD = lazy_compile(r"(?<![A-Za-z])(?![xX]+(?![A-Za-z]))[A-Za-z]{2,}")  # not "xx", "XX": a name withheld
DATE = lazy_compile(r"(?<!\d)(?:(?:19|20)\d{2}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?(?=\s|$))")
ISO_DATE = lazy_compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")  # how sites date pages; letters write 年月日
SECONDS = lazy_compile(r"\d{1,2}:\d{2}:\d{2}")
TIME = lazy_compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# A label of the page (not the document) followed by a colon: "来源：", "责任编辑:", "浏览次数："
BYLINE_LABELS = (
    "发布时间", "发布日期", "发表时间", "更新时间", "上传时间", "上传日期", "时间", "日期", "来源", "来自", "出处", "作者",
    "编辑", "责任编辑", "责编", "小编", "发布者", "发布人", "发布单位", "推荐人", "记者", "通讯员", "摄影", "供稿", "撰稿", "撰文",
    "审核", "初审", "复审", "终审", "一审", "二审", "三审", "校对", "统筹", "流程编辑", "字号", "字体", "文", "图",
    "转自", "本文来源", "文章来源", "稿件来源", "信息来源", "原标题", "图片来源", "图源", "作者单位",
    "收录时间", "投稿", "投稿人", "发布于", "编审", "审稿", "值班编辑", "本版编辑", "美术编辑", "成文日期", "发布机构", "索引号", "素材",
    "上传人", "上传者", "贡献者", "栏目维护", "本页编辑", "本期编辑", "所属栏目",
    "供稿部门", "供稿单位", "来稿单位", "见网日期", "见网时间", "上网日期", "上网时间", "发稿日期", "发稿时间", "首发时间",
)
WEAK_LABELS = frozenset({"时间", "日期", "文", "图"})  # minutes and forms use them too
COUNTER_LABELS = ("浏览次数", "浏览量", "浏览", "阅读次数", "阅读量", "阅读", "点击量", "点击次数", "点击", "人气", "被阅读", "累计次数", "点阅数", "访问量", "浏览人次")
# After a full-width bar only the page's own fields ("来源｜平安澄潭", "责编｜X"): a title or a question may open
# with a column's word and a bar ("投稿｜一名大学生的防骗经历", "摄影｜…", "记者｜最近哪类诈骗最多？").
BAR_LABELS = ("来源", "来自", "出处", "作者", "编辑", "责任编辑", "责编", "发布时间", "发布日期", "审核", "校对", "统筹", "文章来源", "稿件来源", "信息来源")
LABEL = lazy_compile(
    r"(?:^|(?<=[\s|丨/【\[（(]))(?P<label>" + "|".join(sorted(map(regex.escape, BYLINE_LABELS + COUNTER_LABELS), key=len, reverse=True))
    + r")[ \t]*(?:[:：|丨]|(?<=(?:" + "|".join(sorted(BAR_LABELS, key=len, reverse=True)) + r")[ \t]*)｜|｜(?=[ \t]*[\p{Han}·]{2,4}(?:[ \t\u3000]|$))|(?<=(?:编辑|责编|审核|终审|初审|复审|校对|作者|记者|通讯员|美编|摄影)[ \t]*)[▸▶›»](?=[ \t]*[\p{Han}·]{2,4}(?:[ \t\u3000]|$)))[ \t]*"
)  # …or a name after it ("记者｜张三", "值班编辑 ▸ 郗晓棠"; not a setting's "来源 ▸ 陌生号码")
COUNTER = lazy_compile(
    r"(?:" + "|".join(sorted(map(regex.escape, COUNTER_LABELS), key=len, reverse=True)) + r")[ \t]*[:：]?[ \t]*[\d.]+[ \t]*[万wWkK]?[ \t]*次?(?![\d.]|[ \t]*(?:分钟|小时|本|页|天))"  # not "每天阅读30分钟"
    r"|\d+[ \t]*(?:人阅读|人看过|次浏览|条评论|人浏览|次阅读|人点赞|人收藏)"
    r"|^[ \t\u3000]*[\d.]+[ \t]*[万wW][ \t]*次(?:浏览|阅读|播放)[ \t\u3000]*$"  # "1.2万次浏览" alone on its line (a report's "1.6万人点赞转发" is its own)
    # "阅读(1,234)", "回复: 3", "👍 12", "💬 0", "👁 3.2w", "1.5万人已阅读", "（128人评价）"
    r"|(?:阅读|浏览|点击|评论|点赞|收藏|在看|转发|回复|查看)[ \t]*[:：]?[ \t]*[(（][\d,.]+[万wWkK]?[)）]"
    r"|(?:回复|查看|评论|点赞|转发)[ \t]*[:：][ \t]*[\d,.]+[万wWkK]?"
    r"|(?![№☎☏📞📱])(?P<sym>\p{So})[ \t]*(?:点赞|阅读|评论|浏览|热度)?[ \t]*[\d,.]+[万wWkK]?(?![\d年月日]|(?P=sym))"  # "№1 X" numbers an article, "☎ 96110" a phone, "◇1◇ X" too
    r"|[\d.]+[万wWkK]?人(?:已阅读|已浏览|已下载|评价|已收藏)|(?:^|(?<=[ \t\u3000|｜·]))(?:[\d.]+[万wWkK]?人(?:读过|看过|浏览过|阅读过|下载过)|已有[ \t]*[\d,.]+[万wWkK]?[ \t]*(?:位|名)?(?:读者|网友|人)(?:翻阅|阅读|浏览|看过|下载|收藏))"
    r"|[★☆]{3,5}|(?:本篇|全文)(?:约|共)[ \t]*\d+[ \t]*字"  # "推荐指数：★★★★☆　本篇约420字"
    r"|[●○◉◎]{4,5}|(?:有用|没用|一般|有帮助|没帮助)[ \t]*[\d,]+(?=[ \t\u3000｜|]|$)|\d\.\d[ \t]*[（(][ \t]*[\d,]+[ \t]*(?:票|人)"  # a rating: "实用度 ●●●●○　4.1（88 票）", "有用 286　｜　一般 4"
    r"|[\d,]+[ \t]*人(?:赞同|点赞|觉得有用|喜欢)|[（(]已有[ \t]*[\d,.]+[万wWkK]?[ \t]*人(?:赞同|点赞|觉得有用|喜欢)[)）]|共[ \t]*[\d,]+[ \t]*(?:个回答|条评论|条回复|条留言)"  # "1,587 人赞同了该回答"
)
# What every branch of COUNTER needs, asked first: COUNTER tries its sixteen branches at each position (43 µs a line
# holding a digit), and 6 lines in 10 with a digit hold none of its words or symbols (tests/test_prefilters.py)
COUNTER_WORDS = lazy_re(r"浏览|阅读|点击|点阅数|访问量|人|次|条|票|评论|点赞|收藏|在看|转发|回复|查看|已有|本篇|全文|有用|没用|一般|有帮助|没帮助|回答")
HAS_SYMBOL = lazy_compile(r"\p{So}")  # (★, ●, 👍, 💬: COUNTER's symbols, as regex reads the class)
# A page of a paged document: "第 1 页 / 共 12 页", "（第2页）", "- 2 -".
# A page's number between any decorations: "┈┈┈┈ 第 2 页 ┈┈┈┈", "〈第 2 页 · 共 4 页〉", "—— P2 ——", "（第2页）"
# A paged file's page marker inside a paragraph, between two sentences: "〈第 2 页 · 共 4 页〉", "［第2页／共18页］", "- 2 / 6 -"
INLINE_PAGE_MARK = lazy_compile(
    r"(?<=[。！？；：”」』])[ \t\u3000]*(?:[〈［\[【〔][ \t]*第[ \t]*\d{1,3}[ \t]*页[ \t]*[·・/／][ \t]*共[ \t]*\d{1,3}[ \t]*页[ \t]*[〉］\]】〕]"
    r"|[-－—]{1,2}[ \t]+\d{1,3}[ \t]*[/／][ \t]*\d{1,3}[ \t]+[-－—]{1,2}"
    r"|(?P<wave>[﹏～~]{1,3})[ \t]*第[ \t]*\d{1,3}[ \t]*页[ \t]*(?P=wave))[ \t\u3000]*"  # "…碰头会。﹏第2页﹏各村由…"
    # a page's number in brackets of any kind glued into the text: "…被骗。【第2页】第二部分…", "…推送。⌈第二页⌋针对…",
    # "（三）〔2/4〕楼道…" (a page of a count in brackets; a document's dates are never bracketed so)
    r"|[ \t\u3000]*(?:[〔【\[［〈《⌈⌊◖⟪「『〖〘⦅][ \t]*第[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ \t]*页[ \t]*[〕】\]］〉》⌉⌋◗⟫」』〗〙⦆]"  # not "（第2页）", a document's own reference
    r"|[〔【\[［][ \t]*(?P<page>\d{1,2})[ \t]*[/／][ \t]*(?P<pages>\d{1,2})[ \t]*[〕】\]］])[ \t\u3000]*"
)
PAGE_MARK_MAX = 30  # a labelled line this short holding 页 is a page's mark ("［PDF 第 1 页］")
PAGE_DECOR = r"[ \t\u3000\-－—–─━┈┄┉╌╍┅┆~～·・•〈〉《》<>()（）\[\]【】〔〕［］|｜=＝*＊]"
PAGE_DECOR_MARK = lazy_compile(r"[\-－—–─━┈┄┉╌╍┅~～〈〉《》<>()（）\[\]【】〔〕［］|｜=＝*＊]|共")  # not a slide's bare "第2页"
DECORATED_PAGE = lazy_compile(
    rf"{PAGE_DECOR}*(?:第[ \t]*\d{{1,3}}[ \t]*页(?:[ \t]*[·・/／,，][ \t]*共[ \t]*\d{{1,3}}[ \t]*页)?|[Pp][ \t]?\d{{1,3}}|第?[ \t]*\d{{1,3}}[ \t]*[/／][ \t]*\d{{1,3}}[ \t]*页"
    rf"|(?:翻页|页码|分页)[ \t]*\d{{1,3}}[ \t]*[/／][ \t]*\d{{1,3}}|(?:预览|试读|试看)第?[ \t]*\d{{1,3}}[ \t]*页|(?:预览|试读|试看)?页[ \t]*\d{{1,3}}(?:[ \t]*[/／][ \t]*\d{{1,3}})?|(?:PAGE|Page|page)[ \t]*\d{{1,3}}){PAGE_DECOR}*"  # also "［翻页 2/4］", "— 预览页 1 —", "— 预览第1页 —", "— page 2 —"  # "─── 第 2／5 页 ───"
)
PAGE_MARKER = lazy_compile(
    r"第[ \t]*\d{1,3}[ \t]*页[ \t]*[/／][ \t]*共[ \t]*\d{1,3}[ \t]*页|[(（]第[ \t]*\d{1,3}[ \t]*页[)）]|[-－—]{1,2}[ \t]*\d{1,3}[ \t]*[-－—]{1,2}|P[ \t]?\d{1,3}"
    r"|(?:[-－—·・•~～﹏]{1,2}[ \t\u3000]*){1,4}第[ \t]*\d{1,3}[ \t]*页(?:完|结束|止)?(?:[ \t]*[·・/／][ \t]*共[ \t]*\d{1,3}[ \t]*页)?(?:[ \t\u3000]*[-－—·・•~～﹏]{1,2}){1,4}"  # also "﹏第2页﹏"  # "— 第1页完 —", "·　·　·　第2页　·　·　·", "～ 第 3 页 ～", "— 第1页·共3页 —"
    r"|[(（]第[ \t]*\d{1,3}[ \t]*页(?:完|结束)[，,、]?[ \t]*(?:下接|接|转)第[ \t]*\d{1,3}[ \t]*页[)）]"  # "（第1页完，下接第2页）"
    r"|[·・•][ \t]*P[ \t]?\d{1,3}[ \t]*[·・•]|[-－—]{1,2}[ \t]*\d{1,3}[ \t]*[/／][ \t]*\d{1,3}[ \t]*[-－—]{1,2}"  # "·P3·", "- 2 / 6 -"
)
END_MARKER = lazy_compile(r"[·・•\-—–~～ \t\u3000]*(?:本期推送完|推送完毕|本篇完|全文完|正文完|本期完|本文完|本文结束|全文结束|本篇结束)[·・•\-—–~～ \t\u3000]*")
# Where a piece ends, a mark alone between decorations: "— 完 —", "-END-", "· 第2期 完 ·" (END_MARKER's words
# need none); a bare "完" or "END" only between decorations, a word of the text may stand alone on its line
PIECE_END_MARK = lazy_compile(
    r"[·・•\-—–~～ \t\u3000]*第[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*[期篇则][ \t]*[·・•]?[ \t]*(?:完|结束)[·・•\-—–~～ \t\u3000]*"
    r"|[ \t\u3000]*[·・•\-—–~～][·・•\-—–~～ \t\u3000]*(?:完|全文完|本文完|正文完|阅读完毕|閱讀完畢|END|End|THE END|The End)[ \t\u3000]*[·・•\-—–~～][·・•\-—–~～ \t\u3000]*"
    r"|[ \t\u3000]*(?:END|THE END)[ \t\u3000]*"  # Latin capitals alone: no word of a Chinese text
    r"|[ \t\u3000]*[（(〔【\[][ \t]*(?:本期|本篇|本文|全文)?完[ \t]*[）)〕】\]][ \t\u3000]*"  # "（本期完）", "【完】"
)
# A link to read a piece on, alone on its line: "查看详情>>", "[详细]", "阅读全文 →", "【全文】"
READ_ON_WORDS = r"查看详情|查看全文|查看原文|阅读原文|浏览原文|原文链接|阅读全文|阅读更多|继续阅读|全文阅读|点击阅读|点击查看|了解更多|展开全文|展开阅读|详情|详细|全文|更多"
READ_ON_LINK = lazy_compile(
    rf"[ \t\u3000]*(?:[\[【〔［(（<＜][ \t]*(?:{READ_ON_WORDS})[ \t]*(?:>>|＞＞|»|›)?[ \t]*[\]】〕］)）>＞]"
    rf"|(?:{READ_ON_WORDS})[ \t]*(?:>{{1,2}}|＞{{1,2}}|»|›|→|…{{1,2}}|\.{{3,6}})+)[ \t\u3000]*"
    r"(?:(?<![0-9])(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]*)?"  # "[更多]　2025-10-24": the item's date after its link
)
# Where a piece came from, in brackets alone after it: "（资料来源：xx派出所）", "【xx县融媒中心】"
SOURCE_BRACKETED = lazy_compile(
    r"[ \t\u3000]*[（(【〔\[][ \t]*(?:(?:资料|信息|稿件|素材|图文|文字)?来源|供稿|稿源|出处)[ \t]*[:：｜|][^\n）)】〕\]]{2,24}[）)】〕\]][ \t\u3000]*"
    r"|[ \t\u3000]*[【〔\[][\p{Han}xX×]{2,12}(?:融媒体中心|融媒中心|新闻中心|广播电视台|电视台|日报社?|晚报社?|派出所|公安局|公安分局|反诈中心|发布)[】〕\]][ \t\u3000]*"
)
# A row of places to share to: "分享　Facebook　LINE　X　複製連結", "…转给朋友：　微信　QQ　微博", each place
# perhaps with its verb, its mark and who there: "顺手转一下 ➚发微信好友　➚发动态　➚拷贝网址".
SHARE_VERB = r"(?:发到?|发给|转发?(?:到|给)?|分享(?:到|给)|拷贝|拷下|复制|抄下)"
SHARE_ROW = lazy_compile(
    r"^[^。！!\n]{0,24}?(?:(?:^|[ \t\u3000:：|｜/]+)(?:[⇗↗➚→👉☞][ \t]*)?(?:" + SHARE_VERB + r"?(?:微信|朋友圈|QQ|qq|QQ空间|微博|新浪微博|facebook|Facebook|LINE|Line|X|Twitter|复制链接|複製連結|复制连结)(?:好友|粉丝|群)?"
    r"|" + SHARE_VERB + r"(?:动态|网址|链接|连结|亲友|好友|家人))){2,}[ \t\u3000]*$"  # "发给亲友　｜　拷贝网址"
)
SHARE_ROW_MAX = 60
ATTACHMENT = lazy_compile(r"\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip|rar|wps)(?:[ \t\u3000（(]|$)", regex.IGNORECASE)
HASHTAGS = lazy_compile(r"(?:#[^\s#]{1,16}#?[ \t\u3000]*){2,}")  # "#反诈 #ETC #短信诈骗"
SEPARATOR_CHARS = frozenset(">＞≫›»|｜丨/／•▸▶►—·-⇢》❯❱⟫∷⋯⇒")  # not → 〉: steps of a scam or a procedure use them
LABEL_MARKS = frozenset(":：|丨｜▸▶›»")  # (the arrows only before a name: LABEL)
HAS_LABEL_MARK = re.compile("[" + re.escape("".join(sorted(LABEL_MARKS))) + "]")
HAS_LATIN = re.compile("[A-Za-z]")
# Any other arrow a site draws between the places of its breadcrumb ("磬川融媒 ⟶ 乡镇台", "院务 ⊸ 院内告示", "政务 ⫽ 工作动态",
# "讲话 ⋙ 平安法治", "班会 ⟜ 平安成长"), but → ⇒ ➜, which a procedure's steps use: between spaces only
ARROW_SYMBOLS = "\u2190\u2194-\u21d1\u21d3-\u21ff\u27f0-\u27ff\u2900-\u297f\u22b6-\u22b8\u22d6-\u22d9\u2afb-\u2afd\u27dc\u27dd"
# any symbol between spaces separates too ("所在栏目：防骗课堂 ∥ 预警发布", "文件库 ⊳ 部门发文 ⊳ 县反诈办"), but arithmetic's
SPACED_SYMBOL = r"(?<=[ \t\u3000])(?![+=<>~×÷±＋＝－←↑→↓➔➜➡➤])[\p{Sm}\p{So}](?=[ \t\u3000])"  # not a step's arrow (加好友 → 拉进群)
HAS_SEPARATOR_CHAR = re.compile("[" + re.escape("".join(sorted(SEPARATOR_CHARS - {"⇒"}))) + "]")  # the separators sites use, no symbol of any kind
HAS_SEPARATOR = re.compile("[" + re.escape("".join(sorted(SEPARATOR_CHARS))) + "]")  # the line model's feature, as it was trained
HAS_SPACED_SYMBOL = lazy_compile(SPACED_SYMBOL)
SEPARATOR = lazy_compile(r">>|->|>|＞|≫|›|»|\||｜|丨|/|／|•|▸|▶|►|⇢|(?<=\p{Han})》(?=\p{Han})|(?<=[ \t\u3000])(?:—{1,2}|·|-|》|::|∷|⋯|❯|❱|⟫|[\u2194-\u21ff\u27f0-\u27ff\u2900-\u297f])(?=[ \t\u3000])|" + SPACED_SYMBOL)  # a dash, a dot, 》, ::, an arrow or any symbol only between spaces
WELCOME = lazy_compile(r"^(?:(?:您好|你好)[！!，,]?[ \t]*)?欢迎(?:访问|来到|光临|进入)")  # also "您好，欢迎来到…网站"
CONTENT_LABEL = lazy_compile(r"[【\[〔［]?(?:正文|正文内容|文章正文|以下为正文|以下是正文)[】\]〕］]?[:：]?")
CONTENT_LABEL_MAX = 8
WEBSITE_WORD = lazy_compile(r"网站|网(?=$|[ \t\u3000!！。·|｜])|官网|门户|网上家园|平台")
TODAY_FIELD = lazy_compile(r"今天是[ \t]*[:：]?[ \t]*(?:19|20)\d{2}[ \t]*年")  # "…　今天是：2024年10月22日": a site's header shows the day
WEBSITE_GREETING = lazy_compile(r"(?:您好|你好)[！!，,]?[ \t]*这里是\p{Han}{2,20}(?:网站|网上\p{Han}{1,3}|门户网站?|官网|网|主页)[！!。]?")  # "…网上家园", "…的网上门面"
SITE_WORD = lazy_compile(r"网|站|平台|主页|首页|官方")  # "欢迎访问祝福范文网!", not "欢迎来到今天的反诈课堂！"
# A reporter opening the first paragraph before a wide space: "记者章晚舟报道　近日，…"
REPORTER_LEAD = lazy_compile(r"[ \t\u3000]*记者[\p{Han}·]{2,4}报道[ \t\u3000]+(?=[\p{Han}“0-9])")
# Credits: "本报讯(记者X 通讯员Y)", "XX网讯（通讯员 …）", "记者X／台北报导", "(中央社记者X台北2日电)"
LEAD_CREDIT = lazy_compile(
    r"^[ \t\u3000]*(?:[【\[〔](?![^】\]〕\n]{0,40}第[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*期[】\]〕])(?:[^】\]〕\n]{0,40}(?:(?<![闻喜通资简快短音死审传提问电视])讯|报导|报道|记者)[^】\]〕\n]{0,40})[】\]〕][ \t]*"  # not an issue's "[…安全教育简讯：第3期]"
    r"|(?:(?:本报讯|本网讯|本站讯)(?![问息号])|(?:本报|本网|本台)\p{Han}{1,6}?(?:\d{1,2}月\d{1,2}日)?讯|[\p{Han}·（）()0-9]{1,24}?(?:网|报|台|社|站|端|刻|闻|日|市|县|区|省|局|校|院|媒|中|小)讯(?![问息号])|[\p{Han}]{2,12}(?:网|台|端)报道|(?:本报|本网|本台|[\p{Han}]{2,10}(?:网|媒|报|台))(?:\d{1,2}月\d{1,2}日)?消息|(?:本报|本网|本台)\p{Han}{1,6}?(?:\d{1,2}月\d{1,2}日)?消息(?=[(（])"  # "本台渚蒲消息（通讯员…）"
    r"|\p{Han}{1,6}(?:医|警)讯(?![息号])(?=[(（]|[ \t\u3000:：]*(?:\d{1,2}月|(?:19|20)\d{2}年))"
    r"|(?:(?![他她我你们的了在是和把被])[\p{Han}·]){1,12}?(?<![闻喜通资简快短音死审传提问电视])讯(?=[(（][^)）\n]{0,20}(?:记者|通讯员|实习生|特约)))"  # any place's name over its reporters: "泖阳讯（记者　沈知微）", "滗川融媒·滗水讯（记者…）"  # "蓼湾医讯（通讯员 …）", "柳塘警讯　3月12日": a name, then its day or writers (not "…发布紧急警讯：")
    r"(?:(?<=日讯|医讯|警讯)[ \t\u3000:：]*|(?<=讯)(?<=本报\p{Han}{1,6}讯|本网\p{Han}{1,6}讯|本台\p{Han}{1,6}讯)[ \t\u3000:：]*|[ \t:：]*)"  # a dated one before a wide space too ("本网4月11日讯　")
    r"(?:[(（](?:[^)）\n]{0,20}(?:记者|通讯员|实习生|编辑|作者)[^)）\n]{0,50})[)）][ \t]*"
    r"|[(（][\p{Han}0-9（）()]{2,16}?(?:组|处|室|部|科|队|站|办|中心|学院|年级)[ \t\u3000]+[\p{Han}·]{2,4}[)）][ \t]*"  # "枍中讯（初二年级组　白芷汀）": the unit and its writer
    r"|(?<=讯[ \t]*)[(（][\p{Han}·]{2,4}(?:[ \t\u3000、]+[\p{Han}·]{2,4}){0,2}[)）][ \t]*(?=[\p{Han}“0-9])"  # "澄州公安网讯（聂书衡）近日，…": its writers' names alone
    r"|[ \t\u3000]+(?:[\p{Han}·]{2,4}[ \t\u3000]*报道|[\p{Han}·]{2,4}(?=[ \t\u3000]*$))"  # "本报消息　穆青报道“…", "…10月16日消息　许晴川": a name after the dateline, alone or reporting
    r"|(?:[ \t\u3000]*\p{Han}{0,4}?(?:记者|通讯员|实习生)[ \t\u3000]*(?:[\p{Han}·]{2,4}(?:[ \t\u3000]+[\p{Han}·]{2,3}(?=[ \t\u3000]*$)){0,2}(?=[ \t\u3000]|$)|[\p{Han}·]{2,3})){1,4}[ \t\u3000]*(?:(?:[\p{Han}·]{2,4}[ \t\u3000]*)?报道[:：]?)?[ \t\u3000]*)?"  # "融媒记者　贲晓帆　通讯员　濮蔚然"
    r"(?=[\p{Han}“0-9A-Za-z]|[ \t\u3000]*$)"  # (the credit may stand alone on its line: "…通讯员 盛可然"; a name is four
    # characters before a space, "欧阳晓明　", three at most when the text follows it at once, "盛可然为提高…")
    r"|[(（]中央社[^)）\n]{0,30}电[)）][ \t]*"
    # a news agency's dateline: "新华社北京3月5日电（记者 王明）", "东海社杭城11月4日电"
    r"|[\p{Han}]{1,8}(?:社|网|台|报)[\p{Han}]{0,10}?\d{1,2}月\d{1,2}日电[ \t]*(?:[(（][^)）\n]{0,20}(?:记者|通讯员)[^)）\n]{0,40}[)）][ \t]*)?"
    r"|[【\[][\p{Han}]{2,10}(?:新闻|电视台|广播|融媒|客户端|日报|晚报)[】\]][ \t\u3000]*(?=[\p{Han}“])"  # "【岚城新闻】"
    r"|[\p{Han}]{1,10}(?:新闻|电视台|广播|融媒|客户端|日报|晚报|之声)[(（][ \t]*(?:(?:记者|通讯员|实习生)[ \t\u3000]*[\p{Han}·]{2,4}[ \t\u3000、]*)+[)）][ \t]*"  # "湜视新闻（记者 阮听雪）": an outlet, its reporters
    # …or in the brackets, the outlet before its reporters, glued to the text: "（蔺岙融媒 记者 晏知遥）早上七点半，…", "（X融媒 特约记者 Y 摄影 Z）"
    r"|[(（][ \t]*\p{Han}{1,10}(?:新闻|电视台|广播|融媒|客户端|日报|晚报|之声)[ \t\u3000]+(?:(?:特约)?(?:记者|通讯员|实习生|摄影|摄像)[ \t\u3000]*[\p{Han}·]{2,4}[ \t\u3000、]*)+[)）][ \t]*(?=[\p{Han}“0-9])"  # (the outlet named: not an interview's "（记者 张明）您从警…")
    r"|[【\[]?(?:[\p{Han}]{0,8})?记者[ \t]*[\p{Han}·]{2,4}(?:[ \t、]+[\p{Han}·]{2,4}){0,3}[ \t]*[/／][ \t]*[\p{Han}]{1,8}报[导道][】\]]?[ \t]*)"
)
# A word every form of LEAD_CREDIT holds (a dateline's 讯, 消息 or 日电, a reporter, an outlet's kind): a line without any
# is left before the pattern, which takes 7 µs on a short line to find nothing (tests/test_prefilters.py).
LEAD_CREDIT_WORDS = re.compile(r"讯|报[导道]|记者|消息|中央社|日电|新闻|电视台|广播|融媒|客户端|日报|晚报|实习生")
CREDIT_NEWS = lazy_compile(r"讯[ \t:：]*(?:[(（]|$)|讯|消息|记者|通讯员|报[导道]|电[)）]|^[【\[][\p{Han}]{2,10}(?:新闻|电视台|广播|融媒|客户端|日报|晚报)[】\]]")
# Credits whose shape says they are one, whatever the names: "沄水台消息（记者 卓一航　摄像 房屹）", "「磬川融媒记者　言知秋
# 楸坪镇通讯员　戴禾」" (a dateline's or a bracket's reporters alone), "政教处　供稿　｜　学生记者团　摄", "——泮湖街道平安办
# 汤婉清　报送" (units and names, and what each did)
CREDIT_LINE_SURE = lazy_compile(
    r"[ \t\u3000■□●◎▌▍|｜]*(?:[\p{Han}]{2,12}(?:讯|消息)[ \t]*[(（][^)）\n]{0,40}(?:记者|通讯员)[^)）\n]{0,40}[)）]|[「『][^」』\n]{0,20}(?:记者|通讯员)[ \t\u3000]+[\p{Han}·]{2,4}[^」』\n]{0,40}[」』]"
    r"|[—－\-]{0,2}[ \t\u3000]*CREDITED(?:[ \t\u3000]*[｜|/／·][ \t\u3000]*CREDITED)*)[ \t\u3000]*".replace(
        "CREDITED", r"\p{Han}{1,16}(?:局|所|队|院|中心|街道|社区|办|委|站|部|处|科|组|校|团|公司|银行|支行|政府|台|报社)(?:[ \t\u3000]+[\p{Han}·]{2,4})?[ \t\u3000]+(?:供稿|报送|摄|供图)")
)
# A line of who made the text and its pictures, by their roles: "本期文案丨小满舟　　图片丨邗州网警宣传组", "报送单位：古楼支行",
# "执笔 · 第二检察部　巫晴川　|　配图 · 院办公室", "▏撰稿　蓝秋实（分公司通讯站）", "文中照片：各乡镇邮政支局", "来稿：石堨镇平安办　邬青"
ROLE_CREDIT = lazy_compile(
    r"[ \t\u3000▏▍|｜]*(?:(?:本期)?(?:文案|图片|配图|图文|文图|执笔|撰稿|摄影|摄像|口述|来稿|文中照片|文内照片|报送单位|供稿单位|来稿单位)"
    r"(?:[ \t\u3000]*[:：丨｜|·・][ \t\u3000]*|[ \t\u3000]+)(?!各)[^\s:：丨｜|·・。，！？、]{2,16}(?:[ \t\u3000]+[\p{Han}·]{2,4})?(?:[（(][^)）\n]{2,12}[)）])?[ \t\u3000|｜]*){1,3}"
)
# Who made the piece, role by role, two or more on a row: "文／学生记者团 俞桐　图／保卫处　审／宣传部",
# "文｜林溪　图｜县融媒　编｜阿宁" (one role alone, "图/文", is left to the rules that know its forms).
CREDIT_ROW = lazy_compile(
    r"[ \t\u3000]*(?:(?:文|图|摄|审|编|校|文字|图片|摄影|审核|审签|编辑|责编|美编|排版|校对|制图|视频|剪辑|监制|出品|统筹|策划|终审)"
    r"[ \t]*[/／｜|丨][ \t]*[^\s/／｜|:：丨。，！？]{2,12}(?:[ \t\u3000]+[\p{Han}·]{2,4})?[ \t\u3000]*){2,6}"
)
# A paper's page editors, role and name after a wide space, two or more on a row: "本版编辑　鞠望舒　　校对　岑又青"
EDITOR_ROW = lazy_compile(
    r"[ \t\u3000]*(?:(?:本版|本期|当班|值班|责任)?(?:编辑|责编|美编|排版|校对|审核|终审|审校|编审|签发|监制|统筹)[ \t\u3000]+(?P<name>[\p{Han}·]{2,4})[ \t\u3000]*){2,6}"
)
RATING_ASK = lazy_compile(r"(?:有帮助|有用|有启发|满意)吗[？?]")
AUDIO_PLAYER = lazy_compile(r"[🔈🔉🔊🎧🎙]\uFE0F?[ \t]*(?:点此|点击|戳这里|轻点)?[ \t]*(?:听|收听|播放)")
# A dateline alone on its line, the story under it: "漳岙台消息：", "县融媒5月6日讯"
DATELINE_ALONE = lazy_compile(r"[ \t\u3000]*\p{Han}{1,12}(?:台|网|报|社|媒|站)(?:\d{1,2}月\d{1,2}日)?(?:讯|消息)[:：]?[ \t\u3000]*")
# A note on who sent the story in brackets: "（本条图文由市局刑侦支队反诈大队报来，市局政治部新闻中心核发）"
SENT_BY = lazy_compile(r"[ \t\u3000]*[(（](?:本条|本文|本稿|本期)?(?:图文|稿件|信息|文字|内容)?由[^()（）\n]{2,40}(?:报来|报送|提供|供稿)[^()（）\n]{0,20}[)）][ \t\u3000]*")
# A source's or a sender's label after a dash: "——来源：", "—供稿：", "——材料提供：" (CREDIT_LINE, DASH_SOURCE)
DASH_SOURCE_LABEL = r"[—－\-]{1,2}[ \t]*(?:(?:信息|稿件|资料)?来源|供稿|报送|(?:材料|信息|素材)提供)[:：]"
# …or after a glyph, under a case: "⭐来源：城南派出所" (CREDIT_LINE, CREDIT_WORDS)
GLYPH_SOURCE_LABEL = r"[★☆⭐✦◆●■▲▶►]\uFE0F?[ \t]*(?:信息|稿件|案例|警情)?来源[:：]"
CREDIT_LINE = lazy_compile(
    r"^[ \t\u3000■□●◎▌▍|｜]*(?:[(（][\p{Han}·]{1,4}(?:[ \t\u3000、][\p{Han}·]{1,4}){0,3}(?:[ \t\u3000]*整理)?[)）]$"  # "(王海洋)", "(林 涛)"
    r"|[(（](?:作者单位|作者|来源|供稿|(?:材料|信息|线索|素材)提供)[:：][^)）\n]{1,40}[)）]$|" + DASH_SOURCE_LABEL + r"[^\n。，！？]{2,30}$"  # "（材料提供：桑坞村委）", "——来源：xx支行综合办"
    r"|[(（][^)）\n]{2,30}供稿[)）]$"
    r"|" + GLYPH_SOURCE_LABEL + r"[ \t]*\p{Han}{2,16}(?:局|分局|所|派出所|队|大队|院|中心|街道|社区|办|委|站|支行|分行|学校|政府)(?:警情|供稿)?[ \t\u3000]*$"  # "⭐来源：城南派出所" under a case
    r"|(?:文[ \t]*[/／][ \t]*[图圖]|[图圖][ \t]*[/／][ \t]*文)[ \t]*[:：｜|丨][ \t\u3000]*[\p{Han}·]{2,16}(?:[ \t\u3000、，,]+[\p{Han}·]{2,4}){0,3}[ \t\u3000]*$"  # "文/图：柏桥派出所　龙晓芮"
    r"|[(（][\p{Han}]{1,10}(?:记者|通讯员|实习生)[ \t\u3000]*[\p{Han}·]{2,4}(?:[ \t\u3000、]+[\p{Han}·]{2,4}){0,3}[)）]$"  # "（澴水发布记者 龚晓帆）"
    r"|[【〔［\[](?:供稿|报送|来稿)(?:部门|单位)?[ \t]*[:：·・｜|/／][ \t]*[^】〕］\]\n]{2,20}[】〕］\]]$"  # "【供稿部门·学生处】"
    r"|[〔(（\[]\p{Han}{0,2}(?:选自|摘自)[:：]?(?!第)[^〕)）\]\n]{2,30}[〕)）\]]$"  # "〔本信选自：xx县第二幼儿园〕": where a sample was taken from
    r"|(?:[\p{Han}]{0,8}(?:记者|通讯员)[ \t\u3000]*)?[\p{Han}·]{2,4}[ \t]*[/／][ \t]*[文图](?:[ \t\u3000]+[\p{Han}·]{2,4}[ \t]*[/／][ \t]*[文图]){0,3}$"  # "记者 方明远/文　周蕾/图"
    r"|(?:[\p{Han}·]{1,10}?)?(?:(?:记者|通讯员|实习生|撰文|撰稿|摄影)[ \t\u3000:：/／|丨]*|[文图][ \t\u3000]*[:：/／|丨][ \t\u3000]*)[\p{Han}·]{2,4}"
    r"(?:[ \t\u3000、，,/／]+(?:(?:[\p{Han}]{0,4}(?:记者|通讯员|实习生)|文|图|摄影)[ \t\u3000:：/／|丨]*)?[\p{Han}·]{2,4}){0,5}[ \t\u3000]*(?:报道|文/图|摄|供图|整理)?)[ \t\u3000]*$"
)
# The site's copyright glued after a paragraph's last sentence, to the line's end (a page flattened onto one line):
# "…守护群众的钱袋子。（…供稿） Copyright © 金沙彩乐园 All Rights Reserved", "…。 版权所有©泗桥县委政法委"
COPYRIGHT_TAIL = lazy_compile(
    r"(?<=[。！？!?）)”」])[ \t\u3000]*(?:(?:Copyright|COPYRIGHT|copyright)[ \t]*(?:©|\(c\)|（c）)?|©|版权所有[ \t]*©?)[^。！？!?\n]{0,60}$"
)
# The page's editors after a paragraph's last sentence or credit, to the line's end: "…。（文/图 X）　编辑：严望舒", "…。 责编：X　审核：Y"
EDITOR_ROLES = r"(?:责任编辑|编辑|责编|审核|校对|终审|初审|复审)"
TRAILING_EDITOR = lazy_compile(
    rf"(?<=[。！？!?）)”」])[ \t\u3000]*{EDITOR_ROLES}[ \t]*[:：][ \t]*[\p{{Han}}·]{{2,4}}(?:[ \t\u3000]+{EDITOR_ROLES}[ \t]*[:：][ \t]*[\p{{Han}}·]{{2,4}})*[ \t\u3000]*$"
)
TRAILING_CREDIT = lazy_compile(
    r"(?<=[。！？!?”」』])[ \t]*[(（](?:(?:记者|通讯员|作者|文|图|撰稿|撰文|编辑|责编|责任编辑|审核|供稿|来源)[ \t]*[:：/／]?[ \t]*)?"
    r"[\p{Han}·]{1,4}(?:[ \t\u3000、，,/／;；][ \t]*(?:(?:记者|通讯员|文|图|编辑|审核)[ \t]*[:：/／]?[ \t]*)?[\p{Han}·]{1,4}){0,4}[)）][ \t]*$"
    r"|(?<=[。！？!?”」』])[ \t]*[(（]完[)）][ \t]*$"
    r"|(?<=[。！？!?”」』])[ \t]*[(（]\p{Han}{2,8}(?:记者|通讯员)[ \t\u3000]*[\p{Han}·]{2,4}(?:[ \t\u3000、][\p{Han}·]{2,4}){0,2}[)）][ \t]*$"  # "（澴水发布记者 龚晓帆）": an outlet's reporter"
    # a unit and its writer: "（芗口派出所　蒲小苇）", after the text or alone under it: "（第三检察部　柏雯）"
    r"|(?:(?<=[。！？!?”」』])|^)[ \t\u3000]*[(（]\p{Han}{2,14}(?:分局|派出所|大队|中队|中心|街道|社区|办公室|委员会|支行|分行|学校|中学|小学|学院|政府|融媒|检察部|办|部|科|处|室|庭)[ \t\u3000]+[\p{Han}·]{2,4}(?:[ \t\u3000、][\p{Han}·]{2,4}){0,2}[)）][ \t]*$"
    # a unit that supplied the text, after it or alone on its line: "（禾丰县公安局供稿）", "（…办公室供稿）"
    r"|(?:(?<=[。！？!?”」』])|^)[ \t\u3000]*[(（](?![一二三四五六七八九十0-9])(?![^)）\n]*(?:由|通过|材料|请|于|前))(?!各)[\p{Han}A-Za-z（）()·]{2,30}[ \t\u3000]?(?:供稿|报送|来稿|整理报送)[)）][ \t\u3000]*$"
    # "（据县农商银行消息）", "（文字整理：椿川镇党政办）", "（来稿：泖城派出所）": where the item came from, who wrote it up
    # (a unit after 来稿：, not a call for essays' "（来稿：请注明班级和姓名）" nor a plan's "（供稿：各派出所）", who is to send)
    r"|(?:(?<=[。！？!?”」』])|^)[ \t\u3000]*[(（](?:据\p{Han}{2,16}(?:消息|报道|通报)|(?:文字整理|文字|整理|撰稿)[:：]\p{Han}{2,16}"
    r"|(?:来稿|供稿|稿源)[:：](?!各)\p{Han}{1,16}(?:局|所|队|院|中心|街道|社区|办|办公室|委|站|部|处|科|公司|银行|支行|分行|学校|中学|小学|政府|班))[)）][ \t\u3000]*$"
    # who put the text together, in brackets after it: "（本文由渡口支行消保专员xx整理）"
    r"|(?<=[。！？!?”」』])[ \t]*[(（]本文由[^()（）\n]{2,30}?(?:整理|撰写|撰稿|编写|编辑|供稿)[)）][ \t]*$"
    # a pupil or class under an essay of a collection: "〔五年级（2）班　林小满〕", "（初二3班　周一诺）"
    # (alone on its line or after the essay's last sentence, the writer's label before: "（文／四年级3班　蔺小满）")
    r"|(?:^|(?<=[。！？!?”」』]))[ \t\u3000]*[〔［\[(（](?:(?:文|作者|撰文)[ \t]*[:：/／][ \t]*)?[^〔〕［］\[\]\n]{0,12}?(?:班|年级|学院|中学|小学|学校)[ \t\u3000]+[\p{Han}·]{2,4}[〕］\])）][ \t\u3000]*$"
    # the writer's or photographer's label with a slash before a unit: "（文/城南派出所）", "（文/图　xx派出所）" (ROLE_SLASH)
    r"|(?<=[。！？!?”」』])[ \t]*[(（](?:文|图|摄影|文字|图片)[ \t]*[/／][ \t]*(?:(?:文|图|摄影)[ \t\u3000]+)?"
    r"[\p{Han}xX·]{2,16}(?:[ \t\u3000]+[\p{Han}xX·]{2,4}){0,2}[)）][ \t]*$"
)
# A writer's or photographer's label with a slash opening a credit in brackets: what follows is who, a person or a unit
ROLE_SLASH = r"^[ \t\u3000]*[(（](?:文|图|摄影|文字|图片)[ \t]*[/／]"
# the unit that sent the item, alone in brackets after its last sentence: "…帮助150余名群众安装国家反诈中心APP。（青石镇综治中心）"
UNIT_AFTER_ITEM = lazy_compile(
    r"(?<=[。！？!?”」』])[ \t]*[(（]\p{Han}{2,16}(?:局|分局|派出所|所|队|大队|院|中心|街道|社区|办|办公室|委|委员会|站|部|处|科|公司|银行|支行|分行|学校|中学|小学|学院|中专|政府)[)）][ \t]*$"
)
EACH_UNIT = lazy_compile(r"(?:[(（]|[:：])[ \t]*各\p{Han}")  # "（供稿：各派出所）": a plan assigns who is to send copy, no credit
UNIT_SUPPLIED = lazy_compile(r"供稿|报送|来稿|稿源|班[ \t\u3000]|本文由|^[ \t\u3000]*[(（](?:据|文字整理|文字|整理|撰稿)|" + ROLE_SLASH)  # …a credit that names a unit or a class, not a person
# The commonest Chinese surnames (and a few unit endings): a credit names people or a unit; a
# bracket of other words after a sentence ("（正确）", "（掌声）", "（签名）") is the document's.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙萧洪马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦"
    "付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
UNIT_ENDINGS = ("局", "所", "队", "院", "中心", "街道", "社区", "办", "委", "站", "部", "处", "科", "组", "校", "学", "团", "庭", "股", "公司", "银行", "支行", "分行", "办公室", "中专", "农商行", "宣", "学生会", "委员会", "协会", "日报", "晚报", "报社", "电视台", "融媒")
CREDIT_LABEL = lazy_compile(r"^(?:[\p{Han}]{0,3}记者|[\p{Han}]{0,3}通讯员|实习生|撰文|撰稿|摄影|摄像|口述|整理|编辑|责编|责任编辑|审核|作者单位|作者|供稿|来源|(?:材料|信息|线索|素材)提供|[文图](?=[:：/／|丨]|$))[ \t:：/／|丨]*")
CREDIT_SOURCES = frozenset({"网络", "网图", "资料图", "受访者", "受访者供图", "本报", "本台", "本站", "视觉中国", "新华社", "人民网"})


YEAR_MONTH = lazy_compile(r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?")
SIGNATURE_MAX = 20
OWN_NOTE = lazy_compile(r"[ \t\u3000]*(?:[【\[（(]?\p{Han}{1,4}[】\]）)]?[：:]?[ \t\u3000]*)?以上")  # "说明：以上…", "以上材料仅供参考"
WORK_CREDITED = lazy_compile(
    r"《[^《》\n]{1,40}》[（(][^（）()\n：:]{0,8}[：:][^（）()\n]{1,12}[）)]"  # 《X》（摄影：Y）
    # WORK_LISTED: a work listed by its title, its kind, then who made or sent it: "《一条短信》（漫画）　作者：溪篁社区 钮佳"
    r"|^[ \t\u3000]*(?:[0-9]{1,2}[.．、][ \t]*|[（(][0-9一二三四五六七八九十]{1,2}[)）][ \t]*)?《[^《》\n]{1,40}》(?:[（(【\[][^（）()【】\[\]\n]{1,8}[）)】\]])?[ \t\u3000]*"
    r"(?:作者|作者单位|选送|选送单位|报送|报送单位|创作|表演|表演者|演唱|制作|指导老师|指导教师)[ \t]*[：:]"
)
FILL_IN = lazy_compile(r"[＿_]{3,}|（[ \t\u3000]{2,}）|\([ \t\u3000]{2,}\)")  # blanks of a form: ＿＿＿, ______, （　　）


def _cta_kinds(line: str) -> int:
    """How many kinds of the site's widget marks (CTA_MARK_KINDS, found in one pass by CTA_ANY_KIND) a line holds."""
    return len({m.lastgroup for m in CTA_ANY_KIND.finditer(line)})  # one pass over the line for all kinds


# A letter's closing in a writer's own words: "儿：小川", "1月13日清晨于市反诈中心", "女儿　敬上"
LETTER_CLOSING = lazy_compile(
    r"(?:儿|女儿|儿子|孙子|孙女|学生|您的学生|你的朋友|妈妈|爸爸)[ \t\u3000]*[:：]?[ \t\u3000]*[\p{Han}·xX]{1,4}(?:[ \t\u3000]*(?:敬上|谨上|上))?"
    r"|\d{1,2}月\d{1,2}日[\p{Han}]{0,4}于\p{Han}{2,12}"
)


def _signature_or_date(line: str) -> bool:
    """A letter's or notice's closing: a unit's name (`荻港社区居民委员会`) or a date alone."""
    return DATE.fullmatch(line.strip()) is not None or bool(YEAR_MONTH.fullmatch(line.strip())) or (
        len(line) <= SIGNATURE_MAX and line.endswith(UNIT_ENDINGS)) or LETTER_CLOSING.fullmatch(line.strip()) is not None


def _documents_line(line: str, f: LineFeatures) -> bool:
    """A line only a document has, at its end or anywhere: a paragraph longer than any chrome
    line (or a page flattened onto one line), its signature or date (`——杉坪支行`, `2024年4月8日`),
    a form's blanks to fill in (`日期：＿＿年＿＿月＿＿日`, `承诺人（签字）：______`), or its note
    on what precedes (`【说明】以上标语供各单位参考使用。`; a site's "以上内容来源于网络…" goes by the rules), a row of
    its list of winners (`二等奖　李四　高二（1）班`)."""
    return (
        f.n > CHROME_LINE_MAX or _signature_or_date(line.strip().lstrip("—－-～~ \t\u3000"))
        or FILL_IN.search(line) is not None or OWN_NOTE.match(line) is not None or _own_field(line) or PRIZE_ROW.match(line) is not None
    )


PRIZE_ROW = lazy_compile(r"[ \t\u3000]*(?:[一二三四五六七八九十特]等奖|优秀奖|鼓励奖|金奖|银奖|铜奖|第[一二三四五六七八九十\d]{1,2}名)[ \t\u3000:：]+\S")


def _own_field(line: str) -> bool:
    """"本次活动参与班级：初一（1）班至初一（8）班", "参加人员：…": a field of the activity the document reports
    (who took part, where, when), never a site's footer ("主办：…", "联系电话：…")."""
    return ACTIVITY_FIELD.match(line) is not None


ACTIVITY_FIELD = lazy_compile(r"[ \t\u3000]*(?:本次|此次)?(?:活动)?(?:参与|参加|参赛|活动|宣传|培训|服务)\p{Han}{0,4}?(?:班级|人员|对象|人数|范围|时间|地点|内容|主题|形式)[ \t]*[:：]")


def _names(text: str) -> bool:
    """Whether the words of a credit are names (a common surname first) or units ("xx县公安局")."""
    tokens = [CREDIT_LABEL.sub("", t) for t in regex.split(r"[ \t\u3000、，,/／|丨;；()（）【】\[\]◎]+", text) if t]
    tokens = [t for t in tokens if t and t not in ("报道", "摄", "供图", "文/图", "图/文", "整理", "报送", "供稿", "报", "—", "——")]
    if tokens and all(len(t) == 1 for t in tokens) and 2 <= len(tokens) <= 4:
        tokens = ["".join(tokens)]  # "(林 涛)": a name spaced out
    return bool(tokens) and all(t == "完" or t[0] in SURNAMES or t.endswith(UNIT_ENDINGS) or t in CREDIT_SOURCES for t in tokens)


# Reporters by role, each name after a space, whatever its surname (REPORTERS_SPACED): "■本报记者　韦一舟　通讯员　蒯小帆",
# "茛川融媒记者　蓟昀　文／图"; not "记者深入一线" (no space), "记者　走访了解到" (a sentence's words).
REPORTERS_SPACED = lazy_compile(
    r"[ \t\u3000■□●◎▌▍|｜]*(?:\p{Han}{1,10}?)?(?:记者|通讯员|实习生)[ \t\u3000]+(?P<name>\p{Han}{2,3})"
    r"(?:[ \t\u3000]+(?:\p{Han}{0,8}?(?:记者|通讯员|实习生)[ \t\u3000]+)?(?P<name>\p{Han}{2,3}))*"
    r"(?:[ \t\u3000]+(?:文[/／]图|图[/／]文|摄|报道))?[ \t\u3000]*"
)
NOT_REPORTER_NAME = lazy_compile(r"[的了是在和与及到将把被从对向为也都就还又并等说获报道摄]|记者|通讯|近日|今日|昨日|采访|走访|调查|了解")


def _reporters_spaced(line: str) -> bool:
    m = REPORTERS_SPACED.fullmatch(line)
    return m is not None and not any(NOT_REPORTER_NAME.search(n) for n in m.captures("name"))


# A reporter named after the role in brackets, whatever the surname: "（记者 宓听松）", "（通讯员　蒯小帆　记者　韦一舟）"
# (the role says a name follows; not "（记者 走访了解）", a sentence's words)
REPORTERS_BRACKETED = lazy_compile(
    r"[(（](?:\p{Han}{0,8}?(?:记者|通讯员|实习生)[ \t\u3000]+(?P<name>\p{Han}{2,3})[ \t\u3000、]*)+[)）]"
)


def _reporters_bracketed(text: str) -> bool:
    m = REPORTERS_BRACKETED.fullmatch(text)
    return m is not None and not any(NOT_REPORTER_NAME.search(n) for n in m.captures("name"))


# A credit alone in brackets: units, names and their roles, a prize, a class ("初二（4）班"); no sentence, no date.
BRACKETED_CREDIT = lazy_compile(r"[ \t\u3000]*[（(](?P<body>(?:[^（）()\n。！？；，,!?;]|[（(][0-9一二三四五六七八九十]{1,2}[）)]){2,36})[）)][ \t\u3000]*")
CREDIT_NAME_MAX = 4
CREDIT_UNIT_MAX = 16
AUTHOR_IS = lazy_compile(r"(?:作者|笔者|本文作者)系\p{Han}{2,24}")
CREDIT_ROLES = frozenset({"记者", "通讯员", "见习", "实习生", "读者", "网友", "学员", "采写", "撰稿", "整理", "供稿", "一等奖", "二等奖", "三等奖", "优秀奖", "指导老师", "指导教师", "报", "报送", "选送", "推荐"})  # "（棹港镇平安办　报）": a unit that sent it
NAME_PLACEHOLDERS = frozenset({"xx", "XX", "××", "xxx"})  # a name the page leaves out
CLASS_NAME = lazy_compile(r"\p{Han}{1,3}[（(][0-9一二三四五六七八九十]{1,2}[）)]班|\p{Han}{0,12}(?:学院|学校|中学|小学)?\p{Han}{0,6}\d{0,4}班")
NOT_CREDIT = lazy_compile(r"\d{4}|[年月日]\d|第|试行|草案|节选|续|全文|附件|摘要|原标题|征求意见稿|掌声|笑声|鼓掌|版$|稿$|[:：](?!$)|由|负责|请|供参考")


# "文｜外国语学院　英语2301班　xx": who wrote the piece, by unit, class and name (a name the page leaves out too)
WRITER_CREDIT = lazy_compile(r"[ \t\u3000]*(?:文|撰文)[ \t]*[｜|丨/／][ \t\u3000]*(?P<body>[^\n。！？，；,;!?：:]{2,40})")


PHOTO_CREDIT_MARK = lazy_compile(r"(?:^|(?<=[ \t\u3000]))(?:图|摄影|摄)[ \t]*[｜|丨/／:：]")
WRITER_ROLES = frozenset({"网格员", "志愿者", "民警", "社工", "记者", "通讯员", "辅导员", "老师", "教师", "同学", "学生", "家长", "实习生", "特约通讯员"})


def _writer_credit(line: str) -> bool:
    m = WRITER_CREDIT.fullmatch(line)
    if m is None:
        return False
    body = PHOTO_CREDIT_MARK.sub(" ", m.group("body"))  # "文｜网格员 xx　图｜xx": who wrote it, who took the photos
    tokens = [t for t in regex.split(r"[ \t\u3000、]+", body) if t]
    return bool(tokens) and all(CLASS_NAME.fullmatch(t) or t in NAME_PLACEHOLDERS or t in WRITER_ROLES or _names(t) for t in tokens)


CREDIT_BRACKET_LABEL = lazy_compile(r"(?:\p{Han}{0,2}来源|作者|供稿|撰稿)[ \t]*[:：][ \t]*")  # also "稿件来源：", "警情来源：", "案例来源："


def _bracketed_credit(line: str) -> bool:
    m = BRACKETED_CREDIT.fullmatch(line)
    if m is None:
        return False
    body = m.group("body").strip(" \t\u3000")
    label = CREDIT_BRACKET_LABEL.match(body)
    if label:  # "（来源：松兴县公安局刑侦大队）", "（警情来源：浦阳城东派出所）"
        body = body[label.end() :]
    elif AUTHOR_IS.match(body):
        return True  # "（作者系梧汀市公安局反诈中心民警　景岚）"
    if not label and NOT_CREDIT.search(body):
        return False  # (and "（初二（3）班　田沐阳　指导教师：裘晓澄）": a pupil's essay signs so, dev28 keeps it, dev35 takes it: kept)
    tokens = [t for t in regex.split(r"[ \t\u3000·、/／]+", body) if t]
    def role(t: str) -> bool:  # "泺川网记者", "社区通讯员", "采写", "一等奖", "初二（4）班"
        bare = CREDIT_LABEL.sub("", t)
        return not bare or t in CREDIT_ROLES or bare in CREDIT_ROLES or CLASS_NAME.fullmatch(t) is not None

    def who(t: str) -> bool:  # a name (two to four characters, a surname first) or a unit; not "张某", a case's party
        bare = CREDIT_LABEL.sub("", t)
        return bare in NAME_PLACEHOLDERS or "某" not in bare and ((len(bare) <= CREDIT_NAME_MAX and _names(bare)) or (len(bare) <= CREDIT_UNIT_MAX and bare.endswith(UNIT_ENDINGS)))
    def named_after(k: int) -> bool:  # "（读者　小栾）", "（门诊输液室　禤小棠）": any name right after a role or a unit
        return k > 0 and (role(tokens[k - 1]) or CREDIT_LABEL.sub("", tokens[k - 1]).endswith(UNIT_ENDINGS + CREDIT_UNIT_MORE)) and NAME_SHAPE.fullmatch(tokens[k]) is not None

    return (0 < len(tokens) <= 5 and all(role(t) or who(t) or named_after(k) or (k < len(tokens) - 1 and named_after(k + 1) and t.endswith(CREDIT_UNIT_MORE))
                                          for k, t in enumerate(tokens))
            and any((who(t) or named_after(k)) and not role(t) for k, t in enumerate(tokens)))


CREDIT_UNIT_MORE = ("室", "病区", "科室", "车间", "班组")  # a hospital's or a factory's own units, before a name
NAME_SHAPE = lazy_compile(r"(?:小|老|阿)\p{Han}{1,2}|\p{Han}{2,3}")  # not "编", "印": a unit's own note ("（艾陂街道平安办　编）")


NOT_A_NAME = lazy_compile(r"^[(（][一二三四五六七八九十〇零百]+[)）]|试行|草案|节选|续|全文|附件|摘要|原标题|征求意见稿")
# A picture's note in brackets under its label, its label's words in WORDS: "（照片：老年病科护士在病床旁…）", "（截屏：…）";
# who stands where in it: "（左为大堂经理邱婉）" (CAPTION_INLINE, PICTURE_NOTE)
PICTURE_LABELLED = r"[(（][^()（）:：\n]{0,10}(?:WORDS)[^()（）:：\n]{0,6}[:：][^()（）\n]{2,60}[)）]"
WHO_STANDS_WHERE = r"[(（](?:左|右|中|前排|后排)(?:起|一|二|三)?为[^()（）\n]{2,20}[)）]"
CAPTION_INLINE = Branches(  # (its branches searched one by one: together, regex tries each at every position of a line)
    r"[(（](?:图[/／:：][^)）\n]{1,40}|相关资料图|资料图片?(?:仅供参考)?|资料照|视频截图|截图[^)）\n]{0,20}|图片来源[:：][^)）\n]{1,30}"
    r"|(?:本文)?图片均?由[^)）\n]{1,20}提供|[^)）\n]{0,8}截图[^)）\n]{0,12}|截自[^)）\n]{1,20}|示意图|图片由AI生成[^)）\n]{0,12}|监控(?:画面|截图|视频截图)"
    r"|图源[:：][^)）\n]{1,30}|图为(?:[^()（）\n]|[(（][^()（）\n]{1,6}[)）]){1,60}|图片由[^)）\n]{1,20}提供|作者单位[:：][^)）\n]{1,40}|漫画[:：/／][^)）\n]{1,20}|[^)）\n]{1,20}(?:供图|摄))[)）]"
    r"|(?<=[。！？])[ \t]*[\p{Han}·]{2,4}[ \t]*摄[ \t]*$"  # "…讲解骗局。邵凯 摄"
    r"|(?<=[。！？])[ \t]*图(?:为|说[:：])[^\n。！？]{2,80}[。！？]?$"  # one sentence at most: not "…递进门站点负责人说，…。街道还将…。", the text glued on
    # a picture's label in brackets glued to the end of a paragraph, to the end of the line:
    # "…迷惑性。［附图：住院部护士站张贴的防骗提示］", "…直呼“见过”。【组图2/3】高二（5）班同学表演《…》"
    r"|(?<=[。！？”])[ \t\u3000]*[［\[【〔〖](?:附图|配图|图片|照片|组图|图)[:：][^］\]】〕〗\n]{2,40}[］\]】〕〗][ \t\u3000]*$"
    r"|(?<=[。！？”])[ \t\u3000]*[［\[【〔〖](?:附图|配图|图片|照片|组图|图)[ \t]*[0-9０-９一二三四五六七八九十①-⑩]{0,2}(?:[/／][0-9]{1,2})?[］\]】〕〗][^\n。！？]{2,40}$"
    # a picture's note in brackets under its label, opening a paragraph or closing one: "（照片：老年病科护士在病床旁…）护士们把…",
    # "…频频催促。（视频截图：该女士在自助区反复拨打电话）"; who stands where ("（左为大堂经理邱婉）"), who took it ("（随手拍：…）")
    r"|^[ \t\u3000]*" + PICTURE_LABELLED.replace("WORDS", "照片|此图|截屏|截图|画面|图") + r"(?=[ \t\u3000]*[\p{Han}“])"
    r"|(?<=[。！？”])[ \t\u3000]*" + PICTURE_LABELLED.replace("WORDS", "照片|此图|截屏|截图|画面")
    + r"|(?<=[。！？”\p{Han}])[ \t\u3000]*" + WHO_STANDS_WHERE
    + r"|[(（](?:随手拍|光影记录|掌机|掌镜者|拍摄者|摄影人)[:：][^)）\n]{1,20}[)）]"
)
MARKUP_CHARS = re.compile(r"[<&#*!]")
# "▲警方呼吁民众…（图／…）" after other text on the line: a caption to the end of the line.
CAPTION_TAIL = lazy_compile(r"(?<=\S[ \t]+)▲[^▲\n]{1,80}$")  # after other text: a line opening with ▲ is classified whole
# " date 2025-09-13 ": an English date label (Taiwan sites, machine translations).
DATE_LABEL = lazy_compile(r"^[ \t]*(?:date|time|Date|Time)[ \t:：]+\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*")
# A document's own chart names what it counts ("图1　2024年各月发案数", "图2　受害人年龄分布"): no picture's caption.
CHART_END = r"(?:分布|占比|比例|统计|趋势|对比|走势|构成|变化|数量|发案数|案件数|人数|金额|情况)[ \t\u3000]*$"
CAPTION_LINE = lazy_han(
    r"^[ \t]*(?:▲(?![ \t]*\p{Han}{0,2}(?:动态|案例|简讯|要闻|事例|警示)(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})?[ \t\u3000])[^▲\n]{0,100}$|"  # not "▲ 动态一　…", "▲ 案例警示　…": a numbered part's heading
    r"图为.{0,120}|图[ \t]*\d{1,2}[ \t]*图为.{0,120}|图[ \t]*\d{1,2}(?:[、,，][ \t]*图[ \t]*\d{1,2})*[ \t\u3000:：.．、]+(?![^。！？\n]{0,40}?" + CHART_END + r")[^。！？\n]{2,60}|.{0,40}?(?:[ \t。]|记者|通讯员)[ \t]*[\p{Han}·]{2,10}[ \t]*(?:摄|供图|提供)|.{0,100}?(?:记者|通讯员)[ \t]*[\p{Han}·]{2,4}[ \t]*摄"
    r"|[^。！？，、,\n]{2,12}(?:摄|供图|提供|翻摄)|(?:图|图说)[ \t]*[:：/／][^\n]{1,120}"
    r"|(?:封面图|题图|头图|配图)[ \t]*[:：][^。！？\n]{2,20}?[ \t\u3000](?:制|制作|制图|设计|绘|供)[ \t\u3000]*$"  # "封面图：瓯屿警方 制" (not a plan's "头图：采用活动现场照片")
    r"|[^。！？:：|｜\n]{2,60}?[ \t\u3000](?:摄|摄影)[ \t]*[/／][ \t]*[\p{Han}·]{2,4}"  # "◐ 周砚池（右一）在红布台子上打竹板　摄/冼潮"
    r"|[(（][^)）\n]{0,16}(?:(?:点击|轻点|点按|单击|长按|可)放大|大图|原图)[^)）\n]{0,6}[)）]"  # "（海报见下，轻点可放大）", "（点击查看大图）"
    r"|[【\[]?图片[】\]]?|(?:活动|宣传|讲座|现场)?(?:现场|照片|合影|剪影|掠影)(?:照片|图)?[ \t]*\d{0,2}|配图[:：][^\n]{1,80}|[(（](?:相关资料图|资料图片?(?:仅供参考)?|如图|示意图|监控画面|(?:本文)?图片均?由[^)）\n]{1,20}提供|漫画[:：/／][^)）\n]{1,20})[)）]|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[ \t]*$"
)
# A gambling brand spliced into a sentence, known by its form rather than its name: a short
# name, a gambling word (体育, 娱乐, 真人, 棋牌, 电竞, 视讯) and a call to action (官网, 入口, app…):
# "天博体育全站app入口", "某某娱乐官方网址". A gambling word alone ("学校体育") is prose.
SPLICED_GAMBLING = lazy_compile(
    r"(?:(?<=\p{Han})[A-Za-z0-9]{1,6}|(?<=\p{Han})\p{Han}{2})(?:体育|娱乐|真人|棋牌|电竞|视讯)(?:游戏|正规|全站|在线|线上|平台|娱乐)*"
    r"(?:app|APP|App|下载|注册|登录)?(?:官网|官方|入口|网址|首页)+(?:[\p{Han}]{0,2}入口)?"
    # a three-character name too, and any call to action, when the brand stands right before a comma
    r"|(?<=\p{Han})\p{Han}{2,3}(?:体育|娱乐城?|真人|棋牌|电竞|视讯)(?:app|APP|App)?(?:下载|注册|登录|官网|入口|网址)(?:送彩金|送\d+元?)?(?=[，,。；;：:？?！!、”])"
    # "…宣传活动银鲛国际app下载，", "提醒居民注意银鲛国际体育“车辆违章短信”": a name and 国际, then its game or a download
    r"|(?<=\p{Han})\p{Han}{2}国际(?:体育|娱乐|app下载|APP下载|App下载|官网)(?=[，,。；;：:？?！!、“”])"
    # a casino's name that spam borrows, a word or two, then its entrance: "…集中约谈金沙彩乐园官方入口，", "金沙乐园app官方入口，"
    # (not a place of the same name: "金沙县公安局官网", "金沙江", "金沙滩景区官网入口")
    r"|(?<=\p{Han})(?<!冒充|假冒|仿冒|所谓|所谓的|虚假|虚假的|山寨|伪造|伪造的|仿造|仿造的)(?:金沙|葡京|威尼斯人|太阳城|永利|美高梅|新濠)(?![县镇乡村江河区市路街口滩湖洲港岛桥])(?:(?!景区|公园|小区|医院|学校|大学|中学|小学|银行|酒店|宾馆|广场)\p{Han}){0,3}?(?:app|APP|App)?(?:官网|官方|入口|网址|首页|登录|注册|下载){1,3}(?=[，,。；;：:？?！!、”])"
)
# The same for crypto and porn brands: "币鑫宝交易所注册，", "星河链USDT秒到账平台，", "夜色撩人影院免费入口，".
# A name's length is a guess (the sentence runs into it): three characters for crypto, four for porn.
SPLICED_CRYPTO = lazy_compile(
    r"(?<=[\p{Han}”」』])[\p{Han}A-Za-z]{2,3}(?:交易所|USDT|usdt|钱包)(?:秒到账)?(?:官方|注册|官网|下载|平台|入口|app|APP)+(?=[，,。；;])"
    r"|(?<=[\p{Han}”」』])[（(]\p{Han}{2,4}(?:USDT|usdt)(?:秒兑|秒到账|兑换|承兑|秒收)[)）]"  # "…一个链接（链信宝USDT秒兑）": a brand in brackets
)
SPLICED_PORN = lazy_compile(
    r"(?<=\p{Han})(?:(?![一二三四五六七八九十百千万亿元])\p{Han}){2,4}(?:影院|看片|视频|直播|福利)(?:高清|午夜|福利|免费)*(?:入口|网址|在线观看|专区)(?=[，,。；;：:？?！!、”])"  # "蜜桃影院高清午夜专区。"
    r"|(?<=\p{Han})(?:(?![一二三四五六七八九十百千万亿元])\p{Han}){2,4}(?:影院|直播)[·・]\p{Han}{2,8}?(?:免费看|专区|入口)(?=[，,。；;：:？?！!、”])"  # "夜蝶直播·午夜福利房免费看，": a brand, a dot, its lure
)
# A brand named rather than spliced: after 冒充/如/假冒/所谓 or a list comma, before 等, or before
# 、 and another brand ("冒充币安、火币、欧易等"); "被吸引乐鱼体育、逗乐" is spliced.
NAMED_BEFORE = lazy_compile(r"(?:冒充|假冒|仿冒|如|例如|比如|像|所谓的?|以|、)$")
NAMED_AFTER = lazy_compile(r"等")
# What a spliced spam brand drags after it: "…体育" + "全站app入口", "ag真人" + "游戏官方".
SPAM_TAIL = lazy_compile(r"(?:人|游戏|官方|官网|平台|入口|app|网址|网站|体育|娱乐|线上|在线|网页版|登录|注册|下载|首页|全站|正规|手机版)+", regex.IGNORECASE)
# Formatting tags left in the text of a saved page (`<p style=…>`, `<br/>`, `</strong>`) and the
# non-breaking spaces around them; not <script> or any other tag an article may quote as text.
FORMAT_TAGS = ("p|br|div|span|strong|b|i|em|u|font|img|a|li|ul|ol|table|tbody|thead|tr|td|th|h[1-6]|section|article|rp|rt|ruby|center|hr|sup|sub|small|big"
               "|blockquote|pre|code|figure|figcaption|header|footer|nav|aside|main|dl|dt|dd|caption|mark")  # dev35: "<figure>", "<figcaption>"
HTML_TAG = lazy_compile(
    rf"</?(?:{FORMAT_TAGS})(?:[ \t][^<>\n]{{0,400}})?/?>|&nbsp[;；]?|&nb(?![a-z])"  # (its ";" made full-width already when the text had Han after it)
    r"|&(?:ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|quot|ensp|emsp|thinsp)[;；]"  # dev35: entities a saved page left ("&ldquo;")
    rf"|<(?:img|a|span|div|p)[ \t][^<>\n]{{0,400}}$"  # a tag cut off at the end of the line
    r"|data:image/[a-z]+;base64,[A-Za-z0-9+/=]+",  # an image inlined as text
    flags=regex.IGNORECASE,
)
MARKDOWN = lazy_compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|^[ \t]*#{1,6}[ \t]+|\*\*(?=[^*\n]{2,40}\*\*)|(?<=[^*\n]{2})\*\*(?=[：:，,。\s]|$)", flags=regex.M)
DOUBLED = lazy_compile(r"[，,](?=[，,。、])|、+(?=[，,])|。+(?=[，,])")  # a run of 。 before ， goes at once: one a pass would outlast the passes
# "防范电信网络诈骗工作方案_第2页": the page list of a paged-document clone.
PAGE_LIST_LINE = lazy_compile(
    r"^.{1,80}?[_－]第[ \t]*\d{1,4}[ \t]*页[ \t]*$"
    # a page marker alone, in brackets or not: "〈第 2 页 · 共 4 页〉", "〔第2页／共5页〕", "（第2页）"
    r"|^[ \t\u3000]*+[〈〔（(【\[<［]?[ \t\u3000]*+第[ \t]*\d{1,4}[ \t]*页(?:[ \t\u3000]*[·・/／,，|｜][ \t\u3000]*共[ \t]*\d{1,4}[ \t]*页)?[ \t\u3000]*[〉〕）)】\]>］]?[ \t\u3000]*$"
)
# A preview's limit: the first pages shown, the rest held back ("前3页免费展示，后面还有4页…", "前3页可看，余下5页须存到本机再读").
PAGES_SHOWN = lazy_compile(r"[ \t\u3000]*(?:[\p{So}\p{Sm}↑↓→—–-]+[ \t\u3000]*)?(?:(?:前|仅)[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*页[^，。,\n]{0,6}?(?:免费|可看|可读|展示|预览|试读|开放)"
                            r"|(?:仅|只)(?:可|能)?(?:免费)?(?:试读|预览|浏览|阅读|查看|看)前[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*页)")  # "仅可试读前2页（共3页），下载后…"
PAGES_LEFT = lazy_compile(r"登录|登陆|下载|存到|注册|付费|开通|续看|续读|解锁|购买|会员|VIP|vip")  # what the reader must do for the rest (not "后面4页是应对方法")
INLINE_DOWNLOAD = lazy_compile(
    r"(?:已阅读\d+页[，,]?)?还剩\d+页未读[，,]?[ \t]*(?:继续(?:免费)?阅读)?[>》]*"
    r"|(?:下载本文档|文档简介|文档介绍|本文档共\d+页|\d+页预览|免费在线阅读|加入资料篮|立即下载|文本预览)"
)
# A byline opening a line whose text goes on after it ("2024-07-03 09:15　来源：梧冈公安反诈中心　作者：邝然 7月1日上午…"):
# a date and time, then label：value fields, each value ended by a space; the run goes, the text stays.
LEADING_BYLINE = lazy_han(
    # a flattened page's crumb before them ("主页>>镇情动态>>工作信息 挂出于：2024-04-18 09:12 来源：… 看过：356次 4月16日上午，…")
    r"[ \t\u3000]*(?:[^ \t\u3000:：。，,；;！？\n]{1,16}(?:>>|＞＞|>|＞|›|»)[^ \t\u3000:：。，,；;！？\n]{1,40}[ \t\u3000]+(?=\p{Han}{1,6}[:：]))?"
    r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+)?"
    r"(?:(?:发布时间|发布日期|发表时间|更新时间|(?:信息|文章|稿件)?来源|来源单位|发布单位|发布机构|发文单位|发布人|发布者|作者|责任编辑|编辑|记者|通讯员|撰稿|供稿|(?:挂出|挂网|发布|上线)于?|看过|浏览|浏览次数|阅读|点击)[ \t]*[:：][ \t]*"
    r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?|[^ \t\u3000:：。，,；;！？\n]{1,20})[ \t\u3000]+)"
    # …its other fields after the first, a bare date's label among them ("信息来源：城关派出所　日期：2024-03-05　编辑：李 近日，…"; a
    # plan's own "时间：…　地点：…" opens on no byline's label)
    r"(?:(?:(?:发布时间|发布日期|发表时间|更新时间|(?:信息|文章|稿件)?来源|来源单位|发布单位|发布机构|发文单位|发布人|发布者|作者|责任编辑|编辑|记者|通讯员|撰稿|供稿|(?:挂出|挂网|发布|上线)于?|看过|浏览|浏览次数|阅读|点击)[ \t]*[:：][ \t]*"
    r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?|[^ \t\u3000:：。，,；;！？\n]{1,20})"
    r"|(?:日期|时间)[ \t]*[:：][ \t]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)[ \t\u3000]+){0,3}"  # (a date's bare label with a date only: not a lecture's "时间：每周三下午")
    # …or, unlabelled, the outlet, its reporter and the day between wide spaces (BARE_BYLINE_LEAD): "浠梧融媒　记者　郗晓岚　2025-04-24　4月22日，…"
    r"|[ \t\u3000]*(?:\p{Han}{2,10}[ \t\u3000]+)?(?:记者|通讯员)[ \t\u3000]+[\p{Han}·]{2,4}(?:[ \t\u3000]+(?:记者|通讯员)[ \t\u3000]+[\p{Han}·]{2,4})?[ \t\u3000]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2})?[ \t\u3000]+"
)
INLINE_BUTTONS = lazy_compile(r"(?:[［\[【〔][ \t]*(?:大字|中字|小字|标准|大|中|小|打印本页|打印|关闭本页|关闭窗口|关闭|收藏|纠错)[ \t]*[］\]】〕][ \t]*){2,}")  # a flattened page's buttons in a row
INLINE_BYLINE = lazy_compile(
    r"(?:(?:(?:发布时间|发布日期|发表时间|更新时间|来源|稿源|作者|责任编辑|编辑|发布机构|成文时间|成文日期|发文机关|日期)[ \t]*[:：][ \t]*"
    r"(?:《[^》\n]{1,20}》|“[^”\n]{1,20}”|（[^）\n]{1,20}）|\([^)\n]{1,20}\)|(?![“‘「『（(《])[^ \t:：。，\n]{0,30})"  # a value in its quotes or brackets whole, or none opening on one
    # a count's field holds a number or nothing (not the text after it: "点击数： “我今年七十三了…”")
    r"|(?:浏览次数|点击次数|阅读次数|浏览量|点击量|阅读量|访问量|点击数|浏览数|阅读数)[ \t]*[:：][ \t]*[\d,.]*[万wWkK]?(?:次|人)?)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*){2,}"  # also "稿源：荇兰街道 日期：2026-01-15 10:03 点击数："
)


def _alternation(words: tuple[str, ...]) -> re.Pattern | None:
    words = tuple(w for w in words if w)
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))), re.IGNORECASE)


# Every category an anatomy edit may be named by (the edit log's `rule`).
CATEGORIES = (
    "spam:porn", "spam:gambling", "spam:crypto", "spam:loan", "spam:seo", "chrome:nav", "chrome:breadcrumb", "chrome:byline", "chrome:counter",
    "chrome:download", "chrome:share", "chrome:copyright", "chrome:disclaimer", "chrome:related", "chrome:comment",
    "intro", "credit", "caption", "markup", "punct", "title:repeat",
)
SPAM_CATEGORIES = (("spam:porn", "SPAM_PORN"), ("spam:gambling", "SPAM_GAMBLING"), ("spam:crypto", "SPAM_CRYPTO"), ("spam:loan", "SPAM_LOAN"), ("spam:seo", "SPAM_FORGERY"))
CHROME_CATEGORIES = (
    ("chrome:nav", "CHROME_NAV"),
    ("chrome:nav", "CALLS_TO_ACTION"),  # calls to action are site furniture too
    ("chrome:download", "CHROME_DOWNLOAD"),
    ("chrome:share", "CHROME_SHARE"),
    ("chrome:copyright", "CHROME_COPYRIGHT"),
    ("chrome:disclaimer", "CHROME_DISCLAIMER"),
    ("chrome:related", "CHROME_RELATED"),
    ("chrome:comment", "CHROME_COMMENT"),
)
PROSE_CHROME = ("chrome:copyright", "chrome:disclaimer")  # these are sentences: strong terms decide even in prose
PROSE_CHROME_HITS = 2  # …opening the line, or this many of them anywhere in it
RUNNING_PROSE_SENTENCES, RUNNING_PROSE_MIN = 3, 100  # …but a paragraph of this many sentences and characters tells of them (RUNNING_PROSE)
RUNNING_CHROME_SHARE = 0.12  # …of which the terms of chrome fill less than this share: a story's, its footer glued on
PROSE_CHROME_SHORT = 40  # …or one of them in a sentence this short ("本文系X网原创稿件，转载请注明出处，违者必究。")
WEAK_SPAM_LINE = 3  # weak spam words of one kind on a short line that is no sentence and warns of nothing
# A line of buttons: two or more of these words, with nothing else but spaces and brackets.
WIDGET_WORDS = r"不感兴趣|字体调整|字号调整|写回答|邀请回答|好问题|关注问题|喜欢|复制本篇|下载本篇|下载Word文档|下载word文档|生成PDF|一键复制|上一版|下一版|在线练习|在线测试|开始答题|查看答案|下载打印|收藏|纠错|打印|关闭|关闭窗口|举报|反馈|引用|回复|点赞|评论|上一题|下一题|交卷|返回|返回顶部|回到顶部|返回版块|顶部|复制|分享|转发|在看|收藏本页|打印本页|打印此页|返回列表|夜间模式|日间模式|纯净阅读|阅读模式|护眼模式|(?:转发|分享|发送|推荐)给(?:朋友|好友)|分享到朋友圈|赞一下|点个赞|留个言|写留言|留言|赞|(?:翻到|转到|回到)?(?:前|后|上|下)一?版|本期(?:版目|目录)|版面(?:导航|目录)"  # (a post's buttons: "赞　在看　转发给朋友")
WIDGET_LINE = lazy_compile(rf"(?:[【\[(（]?(?:{WIDGET_WORDS})(?:[(（](?:Word|word|PDF|pdf)[)）])?(?:[ \t]*\d+)?[】\])）]?[ \t\u3000|｜/·]*){{2,}}")
WIDGET_LINE_MAX = 40
# A post's buttons each after a sign of its own: "♡ 赞　☆ 收藏　⇪ 分享" (WIDGET_LINE reads them without signs)
SIGNED_WIDGETS = lazy_compile(rf"(?:[^\p{{Han}}\w\s]{{1,2}}[ \t]*(?:{WIDGET_WORDS})(?:[ \t]*\d+)?[ \t\u3000|｜/·]*){{2,}}")
LIKING_ONLY = lazy_compile(r"(?:喜欢|不感兴趣)(?:[ \t\u3000|｜/·]+(?:喜欢|不感兴趣))*")  # "喜欢　　不感兴趣": a questionnaire's answers, not buttons
POINT_HERE = lazy_re(r"点(?:此|这里|击此处)[ \t]*[【\[](?:纠错|举报|反馈|投诉)[】\]][ \t]*$")
LONE_LABEL = lazy_compile(r"(?:内容摘要|内容简介|内容提要|文件预览|文档预览|资料简介|在线预览|全文预览|文档概览|文档概要|资料概览|文件概览)[:：]?")
# An account's card under a post's headline: its followers, its count of posts, its kind of account, its badge.
# Each form opens the line or follows a dot, as cards show them (not a summary's "抖音号“平安xx”拥有3.2万粉丝").
ACCOUNT_CARD = lazy_compile(
    r"^[ \t\u3000]*\d[\d.,]*[ \t]*[万千wWkK]?[ \t]*(?:粉丝|人关注|位\p{Han}{0,4}关注|篇原创)|^[ \t\u3000]*已有[ \t]*\d[\d,]*[ \t]*(?:位|人)\p{Han}{0,4}关注[ \t\u3000]*$"
    r"|[·•｜|][ \t\u3000]*已发原创[ \t]*\d+[ \t]*篇|[·•｜|][ \t\u3000]*(?:服务号|订阅号|公众号|政务号|视频号|头条号|百家号)[ \t\u3000]*$"
    r"|的(?:服务号|订阅号|公众号|政务号|视频号|头条号|百家号)[ \t\u3000]*[·•｜|]|[·•｜|][ \t\u3000]*优质\p{Han}{2,6}创?作者|[ \t\u3000]优质\p{Han}{2,6}创?作者[ \t\u3000]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"  # (after a space, its posting time after: not a list of prize winners)
)
ACCOUNT_CARD_MAX = 40
CREDIT_BAR = lazy_compile(
    r"(?:供稿|撰稿|稿源|通讯员|供图|来源)[ \t]*[｜|][ \t]*(?:\p{Han}{1,12}(?:中心|办|处|科|室|局|分局|所|队|站|委|部|院|公司|分公司|银行|支行|政府|街道|社区|学校|中学|小学|[一二三四五六七八九十]中)|\p{Han}{2,3})"
)
FIELD_VALUE = lazy_han(r"[ \t\u3000]*\p{Han}[\p{Han} \u3000]{1,6}[:：][ \t\u3000]*(?P<value>\S[^\n]{3,})")
READING_LINE_MAX = 24
READING_LINE_REST = 1  # "哦"; not "每天阅读30分钟", a plan's item
KEYWORDS_LINE = lazy_compile(r"(?:关键词|关键字|标签)[ \t]*[:：][ \t\u3000]*\p{Han}{2,10}(?:[ \t\u3000]*[；;，,、][ \t\u3000]*\p{Han}{2,10}){1,9}[；;。]?")
AUDIO = lazy_compile(r"^[ \t\u3000]*(?:原创[ \t\u3000]*[·•|｜][ \t\u3000]*)?(?:[\p{So}▷►][ \t]*)?(?:点击收听本条|点击收听本文|点击收听|收听本条|听新闻|收听文章|听全文|收听全文|听这篇|听本文|收听本文|收听|本文有声版|有声版|语音朗读|语音播报|朗读全文)(?:[ \t\u3000·]*[（(]?\d{1,2}:\d{2}(?:[ \t]*/[ \t]*\d{1,2}:\d{2})?[)）]?)?[ \t\u3000]*$")  # "▷ 点击收听本条（01:12）"
SINGLE_WIDGET = lazy_compile(r"(?:[⇧↑⬆▲△^][ \t\u3000]*)?[【\[]?(?:关注他|关注她|[+＋][ \t]*关注(?:作者|他|她|TA)?|举报|纠错|我要纠错|打印本页|打印此页|关闭窗口|收藏本页|(?:返回|回到)(?:本页|页面)?(?:顶部|顶端)|返回列表|返回首页|政府网站找错|我要投稿|返回\p{Han}{1,8}栏目)[】\]]?")  # "【返回经验交流栏目】"
RELATED_HEADER = lazy_compile(
    r"(?:相关|热门|更多|推荐|最新|精选|同类|延伸|猜你喜欢|你可能还想看|你可能感兴趣|往期)[\p{Han}·・]{0,6}[:：]?|[\p{Han}]{0,6}(?:推荐|其他文章|往期文章)[:：]?"
    r"|[\p{Han}]{0,6}(?:还收录了?|其他稿件|其他文章|读下去|也(?:看|翻|读)了|接着(?:看|读)|(?:再|多)(?:翻|看|读)(?:几|两|三)(?:篇|份|则))[:：]?"  # "简报栏目还收录了", "本版其他稿件", "顺着读下去", "顺手再翻几篇："
    # a site's ranking or its latest, what other readers read: "讲话稿热度榜", "简报坊近期更新", "新闻稿范文更多",
    # "大家也在读", "翻过这份的人还收藏了", "方案库里相近的" (not "光荣榜", "红黑榜": a document's own lists)
    r"|[\p{Han}]{0,8}(?:热度榜|人气榜|排行榜|热榜|阅读榜|下载榜|近期更新|最近更新|最新更新|更多|也在(?:读|看)|[还也](?:收藏|下载|看|读)了|相近的?)[:：]?"
    r"|[\p{Han}]{0,8}(?:也许(?:需要|喜欢)|可能(?:需要|喜欢)|还在(?:看|读|听)|的存档|(?:或许|也许)还想(?:看|读|听))[:：]?(?:[ \t\u3000]*换一批)?"  # "你或许还想看："  # "你也许需要：", "大家还在看　换一批"
    # a section's latest or hottest, what readers of the kind saw, an author's other pieces: "本栏最新",
    # "方案频道·本周热门", "写同类材料的人还看过", "这位作者的其他文章", "相关专题：全民反诈在行动"
    r"|[\p{Han}·・]{1,8}(?:最新|热门|还看过|其他文章|的其他资料包)[:：]?|相关(?:专题|栏目|话题)[:：][^\n]{1,20}"  # "青梗客的其他资料包：" (not "需提供的其他资料：")
    # the same column's other news, the earlier ones, this week's, the edition's, what else is worth a look:
    # "同一栏目的新闻", "本部门其他动态", "消保课堂 · 更早的文章", "同版稿件导读", "接着看这几篇", "今日还值得一看", "还可参考这些方案"
    r"|[\p{Han}·・ \u3000]{0,8}(?:同一栏目|同栏目|同版稿件|其他动态|其他新闻|其他稿件|更早的|本周推送|这几篇|值得一看|可参考这些)[\p{Han}·・ \u3000]{0,6}"
)
RELATED_HEADER_MAX = 14
# A header over other posts listed with their summaries: "往期推荐", "相关新闻", "芷川要闻" (not "相关链接", "延伸阅读": a
# story's own box of facts stands under those too)
OTHER_POSTS_HEADER = lazy_compile(r"[^\p{Han}\s]{0,2}[ \t\u3000]*(?:往期推荐|往期回顾|往期精选|往期精彩|相关新闻|相关报道|相关文章|推荐阅读|热门推荐|热点新闻|精彩推荐|更多新闻|最新文章|最新新闻|猜你喜欢|\p{Han}{2,4}要闻)[:：]?[ \t\u3000]*[^\p{Han}\s]{0,2}")
LISTED_ITEM = lazy_compile(r"[-•·▪◆►▶][ \t\u3000]+\S")  # an item of a bulleted list
POST_DAY = lazy_compile(r"[\[［(（]?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]］)）]?")  # "2023-09-12" alone: a listed post's day
RELATED_LINK_MAX = 40
READER_ASKED = lazy_compile(r"你|您|大家|同学|咱们")  # "👉 延伸：如果你接到…，你会怎么做？": a lesson's question to its class, no link
DOCUMENT_LIST_HEADER = lazy_compile(r"提醒|口号|标语|提示|须知|要点|做法|建议|妙招|几招|守则")  # "最新提醒：" over a letter's own slogans
SITE_LIST_OPENING = lazy_compile(r"更多|相关|热门|推荐|最新|精选|往期|猜你|延伸")
RELATED_NAMED = r"(?:相关|延伸|关联)(?:消息|新闻|阅读|文章|链接|报道)"  # "相关链接", "延伸阅读": a label of links to other pages
# …a link to another page under a related label at the line's start, whatever its title says ("➜ 相关链接：一周
# 拦下17起！…为何…？", "〉同类推荐：…", "延伸阅读》…", "▷ 上期回顾｜…"): the title's own punctuation is its
RELATED_LINK = lazy_compile(
    r"^[ \t\u3000]*(?:[^\p{Han}\s]{1,2}[ \t\u3000]*)?(?:" + RELATED_NAMED + r"|(?:同类|同主题|相似|相近|更多)(?:推荐|文章|范文|阅读|内容)"
    r"|(?:上期|往期|前期)(?:回顾|推荐|精选|内容)|(?:大家)?(?:也在|还在|都在)(?:看|读)(?=[ \t]*[:：｜|》>][ \t\u3000]*(?!《))"  # "▶ 也在看：地下车位…" (not "大家还在看：《反诈手册》…", books)
    r"|相关(?:提示|公告|通知|文件|政策)(?=[ \t]*[:：][ \t]*关于[^。！？!?\n]+[｜|丨][ \t]*关于)"
    r"|同类\p{Han}{0,3}(?:信|书|稿|文|范文|文章|材料|简报|方案|总结|通知)(?=[ \t]*[:：][^。！？!?\n《]+[·・｜|丨][^。！？!?\n《]+$))[ \t]*[:：｜|》>][ \t\u3000]*(?=\S)"  # "相关提示：关于…的提示｜关于…的说明": notices' titles between bars (not "相关提示：不听｜不信｜不转账", a notice's own)
)
RELATED_TITLE_MAX = 50
# A forum member's card beside a post: its rank and counts ("等级：秀才（Lv.4）　积分 1,288　帖子 236",
# "UID 10492　主题 12　精华 1　注册时间 2019-03-02"); a report counts posts in sentences ("发帖236条，…").
MEMBER_STAT = lazy_han(
    r"(?:等级|积分|帖子|主题|精华|金币|威望|贡献值?|经验值?|在线时间|注册时间|最后登录|发帖数?|回帖数?|UID|uid|Lv|LV)[ \t\u3000]*[:：.]?[ \t\u3000]*"
    r"(?:\d[\d,.:-]*|\p{Han}{1,4}(?=[ \t\u3000（(]))"
)
MEMBER_STATS_MIN = 3
POSTING_DATE = lazy_compile(r"(?:网上发布|发布于|上线于?|挂网于?|推送于|发表于|上传于)[ \t:：]*(?:19|20)\d{2}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}")
BRACKETED_BYLINE = lazy_compile(
    r"[［【\[〔][ \t]*(?:报送|发布|来源|供稿|投稿|上报|来稿|编发|推送)[ \t]*[｜|丨:：][^］】\]〕\n]{2,30}[］】\]〕]"
    r"|[［【\[〔][ \t]*\p{Han}{2,14}(?:报来|报送|供稿|来稿|投稿|上报|发来)[ \t\u3000]*[·・|｜丨/][ \t\u3000]*(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[ \t]*[］】\]〕]"  # "〔城关所报来 · 6月4日〕": who sent it, then the day
)
BRACKETED_DAY = lazy_compile(r"\d{1,2}月\d{1,2}日[ \t]*[］】\]〕]$")  # a day without its year, as a bracketed byline gives it
MEMBER_CARD_MAX = 50
CLAUSE_MARK = lazy_compile(r"[，；;、]|,(?!\d{3})")  # not the thousands of "1,288"
# A link to the site's other pages of a kind, asking for the click: "▶ 更多教师心得请点这里", "查看更多反诈案例 >>",
# "更多精彩范文，点击进入" (not "更多骗局早知道", a leaflet's own line; not "了解更多，请拨打96110")
MORE_LINK = lazy_compile(
    r"[ \t\u3000]*(?:[^\p{Han}\s]{1,2}[ \t\u3000]*)?(?:查看|浏览|阅读)?更多\p{Han}{0,10}[，,]?[ \t\u3000]*(?:请|请您)?"
    r"(?:点这里|点击这里|点此|点击此处|点这儿|戳这里|点击进入|点击查看|进入专栏|进入栏目)?[ \t\u3000]*(?:>>|》》|〉〉|[→›»＞>▶]+)?[ \t\u3000]*"
)
MORE_LINK_CALL = lazy_compile(r"点这里|点击这里|点此|点击此处|点这儿|戳这里|点击进入|点击查看|进入专栏|进入栏目|>>|》》|〉〉|[→›»＞>▶][ \t\u3000]*$")
MORE_LINK_MAX = 24
GRAPHIC_LINK = lazy_compile(r"[ \t\u3000]*[➤➜▶►☞👉→][ \t\u3000]*(?:图解|一图读懂|一图看懂|视频解读|图文解读|政策解读|H5)[ \t]*[:：｜|丨]")
RELATED_LABEL = lazy_compile(
    r"^[ \t\u3000|｜]*(?:(?:本文|文章)?(?:标签|关键词|关键字|热搜词|热门搜索|大家都在搜|tags|Tags|TAGS|Tag)"
    r"|" + RELATED_NAMED + r"|[☞👉➤►▸»➥➦⇒→][ \t\u3000]*(?:延伸|相关|往期|推荐)|(?:听友|读者|网友|用户|观众|粉丝|看过(?:这篇|本文|此文)的人)还在(?:看|读|听)|(?:你|您)?(?:或许|也许|可能)还想(?:看|读|听))[ \t]*[:：]"  # "| 相关消息： ‧X (113-02-01) ‧Y": a table cell of links; "听友还在听：《…》"
)


@dataclass(frozen=True)
class Vocab:
    strong_terms: dict[str, tuple[str, ...]]  # category → its strong terms
    any_term: ahocorasick.Automaton  # every term of every category: one pass over a lower-cased line, in C
    function_chars: re.Pattern

    @cached_property
    def strong(self) -> dict[str, re.Pattern]:
        """Category → its strong terms as one pattern (to find spliced spam inside a line); compiled
        when first asked, since most pages never ask (0.01 s of a small page's `zhtools clean`)."""
        return {c: p for c, s in self.strong_terms.items() if (p := _alternation(s)) is not None}


@cache
def vocab() -> Vocab:
    from zhtools.clean import terms as T  # the vocabularies, loaded with the first page

    words: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for category, name in SPAM_CATEGORIES + CHROME_CATEGORIES:
        s, w = T.VOCABULARIES[name]
        old_s, old_w = words.get(category, ((), ()))
        words[category] = (old_s + s, old_w + w)
    term_category: dict[str, tuple[str, bool]] = {}
    for is_strong in (True, False):  # a term strong in one category and weak in another counts as strong
        for category, pair in words.items():
            for term in pair[0 if is_strong else 1]:
                term_category.setdefault(term.lower(), (category, is_strong))
    any_term = ahocorasick.Automaton()
    for term, (category, is_strong) in term_category.items():
        any_term.add_word(term, (len(term), category, is_strong))
    any_term.make_automaton()
    return Vocab({c: s for c, (s, _) in words.items()}, any_term, re.compile("[" + re.escape("".join(T.FUNCTION_CHARS)) + "]"))


QUOTE_OPEN = re.compile(r"[“「『‘\"《]")
QUOTED = re.compile(r"“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|\"[^\"\n]*\"|《[^》\n]*》")
LEAD_BULLETS = " \t\u3000•·●■□▲◆-*【["
ENUMERATED = lazy_re(r"^[ \t\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是)")  # an item of the document's list
LABEL_END = lazy_compile(r"[ \t]*(?:[:：|丨]|$)")
LEAD_SLACK = 2  # a chrome term opening a line may follow a bullet or a bracket and a character or two


def _quoted(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(line)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


@dataclass(frozen=True)
class LineFeatures:
    n: int  # characters, spaces excluded
    han: int
    sentence: int  # 。！？；
    clauses: int  # ，、：
    function: int  # function characters
    latin_words: int
    dates: int
    times: int
    labels: int  # page labels followed by a colon
    counters: int
    separators: int
    strong: dict[str, int]  # category → hits of strong terms, quoted ones left out
    strong_chars: int  # characters covered by strong spam terms
    weak: dict[str, int]
    lead: str | None = None  # the category of a strong chrome term opening the line ("上一篇：", "版权所有")
    weak_labels: int = 0  # labels that documents use too: 时间, 日期, 文, 图

    @property
    def prose(self) -> bool:
        """A line of running text: enough Han characters, function words and punctuation."""
        if self.han >= PROSE_MIN_HAN:
            return self.function >= PROSE_MIN_FUNCTION * self.han and (self.sentence >= 1 or self.clauses >= 2)
        return self.latin_words >= 8 and self.sentence >= 1


def features(line: str) -> LineFeatures:
    """What a line holds. Spaces around it count for nothing, so the cache is keyed on the line
    without them: a line the next pass gets back without its indent is not read again."""
    return _features(line.strip(" \t\u3000"))


@lru_cache(maxsize=8192)  # cleaning runs to a fixed point: most lines come back unchanged in the next pass
def _features(line: str) -> LineFeatures:
    v = vocab()
    if "<" in line or "&" in line:
        line = HTML_TAG.sub("", line)  # markup is not layout: "</strong>" holds no separator
    strong: dict[str, int] = {}
    weak: dict[str, int] = {}
    strong_chars = 0
    lead = None
    quoted = _quoted(line) if QUOTE_OPEN.search(line) else None
    opening = len(line) - len(line.lstrip(LEAD_BULLETS))
    for end, (length, category, is_strong) in v.any_term.iter_long(line.lower()):
        start = end - length + 1
        if quoted is not None and _inside(quoted, start):
            continue  # a quoted term is named, not shown: “最新网址”, “订单查询异常”
        table = strong if is_strong else weak
        table[category] = table.get(category, 0) + 1
        if is_strong and category.startswith("spam:"):
            strong_chars += length
        if is_strong and start <= opening + LEAD_SLACK and lead is None and not category.startswith("spam:") and not ENUMERATED.match(line):
            if category != "chrome:related" or LABEL_END.match(line, end + 1):  # "上一篇：…", not "上一篇我们讲了…"
                lead = category
    has_digit = DIGIT.search(line) is not None
    n = len(line) - sum(map(line.count, " \t\u3000"))
    han = han_count(line)
    sentence = len(SENTENCE_PUNCT.findall(line))
    clauses = len(CLAUSE_PUNCT.findall(TIME.sub("", line) if has_digit else line))  # the colon of 08:30 joins no clauses
    function = len(v.function_chars.findall(line))
    if n > CHROME_LINE_MAX and han >= PROSE_MIN_HAN and function >= PROSE_MIN_FUNCTION * han and (sentence or clauses >= 2):
        # a long line of prose: no layout feature can make it chrome, so none is counted
        return LineFeatures(n, han, sentence, clauses, function, 0, 0, 0, 0, 0, 0, strong, strong_chars, weak, lead)
    # each layout count is looked for only when a character it needs is there (one C scan each;
    # building the set of a line's characters cost more than all of them)
    labels = LABEL.findall(line) if HAS_LABEL_MARK.search(line) else []
    return LineFeatures(
        n=n,
        han=han,
        sentence=sentence,
        clauses=clauses,
        function=function,
        latin_words=len(LATIN_WORD.findall(line)) if HAS_LATIN.search(line) else 0,
        dates=len(DATE.findall(line)) if has_digit else 0,
        times=len(TIME.findall(line)) if has_digit else 0,
        labels=len(labels),
        weak_labels=sum(1 for label in labels if label in WEAK_LABELS),
        counters=len(COUNTER.findall(line)) if has_digit and (COUNTER_WORDS.search(line) or HAS_SYMBOL.search(line)) else 0,
        separators=len(SEPARATOR.findall(line)) if HAS_SEPARATOR.search(line) else 0,
        strong=strong,
        strong_chars=strong_chars,
        weak=weak,
        lead=lead,
    )


# What every match of a pattern classify asks of many lines holds, asked first (tests/test_prefilters.py): the mark
# after a related label (RELATED_LINK), a digit (PAGE_MARKER, DECORATED_PAGE), and 分钟 or 字 (READING_TIME).
RELATED_LINK_MARK = re.compile("[:：｜|》>]")
ANY_DIGIT = lazy_compile(r"\d")  # (regex's digits, as the page markers read them)


def classify_line(line: str) -> str | None:
    """`classify` of a line without the spaces around it, cached like its features."""
    return _classify_stripped(line.strip(" \t\u3000"))


@lru_cache(maxsize=8192)
def _classify_stripped(line: str) -> str | None:
    return classify(line, _features(line))


def classify(line: str, f: LineFeatures) -> str | None:
    """The category of a whole line that is not the document's, or None (body, title, heading)."""
    if f.n == 0:  # nothing but spaces, or nothing but markup
        return "markup" if MARKUP_CHARS.search(line) and not MARKDOWN.sub("", HTML_TAG.sub("", line)).strip() else None
    spam = {c: k for c, k in f.strong.items() if c.startswith("spam:")}
    sentence_like = f.sentence > 0  # a sentence ends on the line
    if spam and (
        (not sentence_like and not WARNING.search(line) and (f.strong_chars >= SPAM_LINE_SHARE * f.n or sum(spam.values()) >= 2 or f.n <= SHORT))
        or f.strong_chars >= SPAM_PROSE_SHARE * f.n
    ):
        return max(spam, key=lambda c: (spam[c], c))
    if f.n <= DECLARING_TITLE_MAX and not CLAUSE_PUNCT.search(line) and _declaring_title(line):
        return None  # "反诈宣传工作总结范本3篇.docx", "…（精选19篇）": a title declaring its count, whatever words it holds
    if f.n <= CONTENT_LABEL_MAX and CONTENT_LABEL.fullmatch(line.strip(" \t\u3000")):
        return "chrome:nav"  # "正文", "【正文】": the site's label over the document's text
    if f.n <= SHORT * 2 and WELCOME.match(line.strip()) and (TODAY_FIELD.search(line) or (WEBSITE_WORD if sentence_like else SITE_WORD).search(line)):
        # "欢迎访问祝福范文网!", "您好，欢迎光临筼港二院！　今天是：2024年10月22日": the site's greeting, a sentence or not
        # (a guide's "欢迎来到城关镇反诈宣传服务站。" greets visitors of a place: a sentence names a website to be the site's)
        return "chrome:nav"
    chrome = {c: k for c, k in f.strong.items() if c.startswith("chrome:")}
    if sentence_like and chrome and "入口" in line and SPLICED_GAMBLING.search(line):
        # a story's sentences with a gambling brand spliced in: the brand's "官方入口" is its own, not the page's menu
        # (SPLICED_ENTRANCE: "…进行了集中约谈金沙彩乐园官方入口，逐一讲明…"; the run goes, the line stays)
        chrome = {c: k for c, k in _features(SPLICED_GAMBLING.sub("", line)).strong.items() if c.startswith("chrome:")}
    if sentence_like:  # in a sentence, a chrome word decides only when it opens the line ("版权所有…", "上一篇：…")
        # …or two of one kind stand in it ("《X.docx》由会员分享…（4页珍藏版）》请在…上搜索。")
        # (not of a paragraph running on, three sentences and a hundred characters at least: "…翻到上一页、下一页，内容都是假的。"
        # tells a story of a page, RUNNING_PROSE)
        chrome = {f.lead: 1} if f.lead else chrome if sum(chrome.values()) >= PROSE_CHROME_HITS and f.n <= CHROME_LINE_MAX and not (
            f.sentence >= RUNNING_PROSE_SENTENCES and f.n >= RUNNING_PROSE_MIN) else {}
    running = f.sentence >= RUNNING_PROSE_SENTENCES and f.n >= RUNNING_PROSE_MIN and f.strong_chars < RUNNING_CHROME_SHARE * f.n
    for category in PROSE_CHROME:
        hits = f.strong.get(category, 0)
        if f.n <= DISCLAIMER_MAX and (category in chrome or (hits >= PROSE_CHROME_HITS and not running) or (hits and f.n <= PROSE_CHROME_SHORT and not ENUMERATED.match(line))):
            # "温馨提示：本站文章均来自网络…，如有侵权请联系删除。": two of its terms, wherever they stand (not a story flattened onto
            # its line with the site's "Copyright © … All Rights Reserved" after it: a few words of many sentences, which go as a run)
            return category
    if not sentence_like and f.n <= SHORT * 2 and not WARNING.search(line):
        weak_spam = {c: k for c, k in f.weak.items() if c.startswith("spam:") and k >= WEAK_SPAM_LINE}
        if weak_spam:  # "午夜蜜语直播 美女主播在线一对一 私密福利 永久免费": an advert of weak words only
            return max(weak_spam, key=lambda c: (weak_spam[c], c))
    if RELATED_LINK_MARK.search(line) and (m := RELATED_LINK.match(line)) and len(line) - m.end() <= RELATED_TITLE_MAX and not READER_ASKED.search(line, m.end()) and not DOCUMENT_SELF.search(line):
        return "chrome:related"  # "➜ 相关链接：一周拦下17起！…为何总能打在关键处？"
    if f.n <= MORE_LINK_MAX + 6 and not sentence_like and GRAPHIC_LINK.match(line):
        return "chrome:related"  # "➤ 图解：一张图读懂“无诈乡村”怎么创": a link to the page's infographic, pointed at
    if f.n <= MORE_LINK_MAX and not sentence_like and MORE_LINK.fullmatch(line) and MORE_LINK_CALL.search(line):
        return "chrome:related"  # "▶ 更多教师心得请点这里": a link to the site's pages of a kind
    if (not sentence_like or (f.sentence == 1 and f.n <= RELATED_LINK_MAX and LINK_ARROW.match(line.lstrip(" \t\u3000")) and line.rstrip(" \t\u3000").endswith(("？", "?"))
                                and not READER_ASKED.search(line))) and RELATED_LABEL.match(line):
        return "chrome:related"  # "标签：倡议书 反诈 范文", "关键词：…", "➥ 延伸：“丢件赔三倍”的电话，接不接？" (a linked title asks)
    if f.n <= WIDGET_LINE_MAX and AUDIO.search(line) and not f.sentence:
        return "chrome:nav"  # "🔊 听新闻", "收听文章 · 04:31", "🎧 听全文 00:00 / 05:26"
    if f.n <= WIDGET_LINE_MAX and FONT_SIZE.fullmatch(line.strip(" \t\u3000")):
        return "chrome:nav"  # "阅读设置：标准字　大字　超大字", "字号：大 中 小": the page's text size
    if (f.n <= SEARCH_PROMPT_MAX and f.sentence <= 1 and ("搜" in line or "检索" in line or "查找" in line) and "。" not in line  # (every SEARCH_WORDS holds one)
            and SEARCH_PROMPT.match(line) and not PEOPLE.search(line) and not ENUMERATED.match(line)):
        return "chrome:nav"  # the site's search box
    if f.n <= SITE_OFFER_MAX and SITE_OFFER.search(line):
        return "chrome:nav"  # "▶ 写讲稿没头绪？试试本站的“讲稿提纲生成”"
    if f.n <= SIZE_LINE_MAX and SIZE_IN_WORDS.fullmatch(line):
        return "chrome:counter"  # "全篇六百来字", "本篇已被网友翻看一千四百余次"
    if f.n <= LIKES_LINE_MAX and LIKES_IN_WORDS.fullmatch(line):
        return "chrome:counter"  # "获赞两千三百多个"
    if f.n <= SEARCH_PROMPT_MAX and "右上" in line and MENU_SHARE.search(line) and not PEOPLE.search(line):
        return "chrome:share"  # "戳右上角“…”，发进家里的群"

    if f.n <= WIDGET_LINE_MAX and ANY_DIGIT.search(line) and (PAGE_MARKER.fullmatch(line.strip()) or (DECORATED_PAGE.fullmatch(line.strip()) and PAGE_DECOR_MARK.search(line))):
        return "chrome:download"
    if f.n <= WIDGET_LINE_MAX and END_MARKER.fullmatch(line.strip()):
        return "chrome:nav"  # "· 本期推送完 ·", "—— 全文完 ——": where the site's page ends
    if f.n <= CHROME_LINE_MAX and ATTACHMENT.search(line) and not f.sentence:
        return "chrome:download"  # "附件：1.冒充物流客服诈骗典型案例.pdf": a link to a file
    if f.n <= SHARE_ROW_MAX and SHARE_ROW.match(line):
        return "chrome:share"
    if not sentence_like and f.n <= ACCOUNT_CARD_MAX and CREDIT_BAR.fullmatch(line.strip(" \t\u3000")):
        return "credit"  # "供稿｜瓯岭镇综治中心": who sent the report above (not "投稿｜一名大学生的防骗经历", a title)
    if not sentence_like and f.n <= ACCOUNT_CARD_MAX and ACCOUNT_CARD.search(line):
        return "chrome:share"  # "2.6万粉丝 · 优质财经领域作者", "已有 4826 位邻居关注", "…的政务号 · 已发原创 986 篇"
    if not sentence_like and HASHTAGS.fullmatch(line.strip()):
        return "chrome:related"
    if f.n <= SHARE_LINE_MAX and POINT_HERE.search(line):
        return "chrome:nav"  # "发现错别字或内容有误？点此【纠错】"
    if f.n <= WIDGET_LINE_MAX and LONE_LABEL.fullmatch(line.strip()):
        return "chrome:download"  # "内容摘要", "文件预览": an aggregator's label over what follows
    if f.n <= WIDGET_LINE_MAX and (WIDGET_LINE.fullmatch(line.strip()) or SINGLE_WIDGET.fullmatch(line.strip())) and not LIKING_ONLY.fullmatch(line.strip()):
        return "chrome:nav"  # "收藏  纠错", "【打印】【关闭】", "上一题  下一题  交卷": buttons, wherever they stand
    if f.n <= WIDGET_LINE_MAX and ICON_BUTTON.fullmatch(line.strip(" \t\u3000")):
        return "chrome:download"  # "🖨 打印此份（A4一页排版）", "⧉ 复制这条": a button drawn with its icon
    if MARKUP_CHARS.search(line) and not MARKDOWN.sub("", HTML_TAG.sub("", line)).strip():
        return "markup"  # a line of tags or an empty image "![]()"
    if f.n <= CHROME_LINE_MAX:  # page lists, credit and caption lines are short
        if "页" in line and (PAGE_LIST_LINE.match(line) or INLINE_DOWNLOAD.fullmatch(line.strip()) or (not f.sentence and PAGES_SHOWN.match(line) and PAGES_LEFT.search(line))):
            return "chrome:download"  # "…_第2页", "本文档共4页", "10页预览", "前3页免费展示，后面还有4页，登录帐号即可续看"
        if not f.sentence and _writer_credit(line):
            return "credit"
        if not f.sentence and LEAD_CREDIT_WORDS.search(line) and (m := LEAD_CREDIT.match(line)) and not line[m.end() :].strip(" \t\u3000") and CREDIT_NEWS.search(m.group()):
            return "credit"  # "本报消息　穆青报道", "榉柳融媒10月16日消息　许晴川": a dateline and its writer, alone on the line
        if not f.sentence and (m := EDITOR_ROW.fullmatch(line)) and all(_names(n) for n in m.captures("name")):
            return "chrome:byline"  # "本版编辑　鞠望舒　　校对　岑又青": the page's editors, not the story's writers
        if not f.sentence and CREDIT_ROW.fullmatch(line):
            return "credit"  # "文／学生记者团 俞桐　图／保卫处　审／宣传部"
        if not f.sentence and (ROLE_CREDIT.fullmatch(line) or SENT_BY.fullmatch(line) or DATELINE_ALONE.fullmatch(line)) and not ENUMERATED.match(line):
            return "credit"  # "本期文案丨小满舟　　图片丨邗州网警宣传组", "报送单位：古楼支行", "（本条图文由…报来，…核发）"
        if (credit_words := CREDIT_WORDS.search(line) is not None) and not f.sentence and CREDIT_LINE_SURE.fullmatch(line):
            return "credit"  # (CREDIT_WORDS searched once for both: 4 µs a line, a tenth of what classify costs)
        if credit_words and CREDIT_LINE.match(line) and (SOURCE_NOTE.search(line) or _names(CREDIT_LINE_OUTLET.sub("", line.strip(" \t\u3000■□●▌▍|｜")))):
            return "credit"
        if CAPTION_WORDS.search(line) and CAPTION_LINE.match(line) and f.sentence <= 1 and not NEXT_PHRASE.found(line):
            return "caption"  # (not "▲ 回到页首": paging)
    if f.n <= ADVERT_LINE_MAX and f.sentence <= 2 and not WARNING.search(line) and not SMS.search(line) and (
        ADVERT_LABEL.match(line) or (PROMOTION_LABEL.match(line) and (ADVERT_LINK_END.search(line) or ARROW_END.search(line)))
        or (PITCH_LABEL.match(line) and PITCH_CALL.search(line) and SELLS.search(line) and not SENTENCE_STOP.search(line)) or ((not f.sentence or ADVERT_LINK_END.search(line)) and ADVERT_OFFER.search(line) and ADVERT_CALL.search(line) and not ENUMERATED.match(line)
                                     and not ADVERT_QUOTED.search(line) and len(STEP_ARROWS.findall(ADVERT_LINK_END.sub("", line))) <= 1 and not LABEL_OPENS.match(line))
    ):  # not "活动流程：扫码报名送环保袋 → 现场答题 → 领取奖品" (a procedure), not a slogan quoting a lure
        spam = [c for c, k in f.weak.items() if c.startswith("spam:") and k >= WEAK_SPAM_ADVERT]
        # "新人注册币穹交易所，领100 USDT体验金，合约手续费一折起 ›": an advert for a spam host's trade is its spam (its brand then goes wherever spliced)
        return max(spam, key=lambda c: (f.weak[c], c)) if spam else "chrome:nav"  # "〔赞助〕…季卡限时八折…〔马上开卡〕", "【萤窗好课】…首课0元　→": the site's advert
    if (f.n <= PUPIL_LINE_MAX and not f.sentence and (m := PUPIL_LINE.fullmatch(line)) and (m.group("school") or m.group("teacher"))
            and all(_names(n) for n in m.captures("name"))):
        return "credit"  # "溪山市第二中学　初二（5）班　陆明轩　　指导老师：顾晓岚": who wrote the essay above or below
    if f.n <= CHROME_LINE_MAX and (m := PREV_NEXT_LABEL.match(line)) and not CLAUSE_PUNCT.search(line, m.end()) and not PREV_NEXT_RECAP.search(line, m.end()):
        return "chrome:related"  # "前一则：…", "后一则：…": the page's neighbours, whatever their titles say
    if f.n <= LINK_WORD_MAX and LINK_WORD.fullmatch(line):
        return "chrome:nav"  # "返回目录 ›", "查看全部 »": a link of a word or two and its chevron
    if (f.n <= NEXT_LINE_MAX and not f.sentence and NEXT_PHRASE.found(line) and NEXT_MARK.search(line)
            and len(STEP_ARROWS.findall(line)) <= 1 and not HAS_LABEL_MARK.search(line) and not WARNING.search(line)):
        return "chrome:nav"  # "下一例 ↓", "↩ 返回一封信目录": paging between the page's articles
    if f.n <= PROMO_LINE_MAX and not WARNING.search(line):
        trade = _weak_spam(f)  # the spam trade the line's words name, if any
        plain = not sentence_like and not QUOTE_OPEN.search(line)
        if (plain or trade) and _promo_lures(line) >= 2:
            if plain:  # "币鑫宝交易所｜新用户注册送100USDT｜APP下载": an advert, whatever the brand is called (its trade's words say which)
                return _trade_by_words(line) or trade or "spam:seo"  # "…身份证就能借…当天放款": a loan's
            if (not QUOTE_OPEN.search(SEARCH_BRAND.sub("", line)) and not _tells_of_advert(line)
                    and _promo_lures(_without_inner_brackets(line)) >= 2  # (lures in brackets inside a sentence are that advert's, not the line's)
                    and _glued_promo(line) is None  # (nor those of one glued after its text: the text stays, the advert goes inline)
                    and not NARRATED.search(line) and not ADVERT_POINTED.search(line)):  # a story telling the advert it saw
                # an advert told in sentences, its lures and its trade's words: "【有钱花·极速贷】身份证就能借，最高20万，不看流水当天放款"
                # (never with a warning's words, its people or a quote: a police report tells these lures of the scam it reports)
                return trade
    if f.n <= SHARE_LINE_MAX and SHARE_PROMPT_CHARS.search(line) and SHARE_PROMPT.search(line):
        return "chrome:share"
    if not sentence_like and f.n <= CHROME_LINE_MAX and _search_queries(line, any(c.startswith("spam:") for c in f.strong)):
        return "spam:seo"
    if f.n <= SHORT * 2 and line.rstrip().endswith(("。", ".")) and SEO_KEYWORDS.fullmatch(line.strip()) and regex.search(r"[,，、]", line):  # (ends as SEO_KEYWORDS must: a cheap test first)
        return "spam:seo"  # "防范电信诈骗心得体会，反诈学习心得体会范文。": keywords, wherever they stand
    if f.n <= READING_LINE_MAX and not f.sentence and ("分钟" in line or "字" in line) and (m := READING_TIME.search(line)) and han_count(line[: m.start()] + line[m.end() :]) <= READING_LINE_REST:
        return "chrome:counter"  # "全文读完大约需要 6 分钟": how long the page takes, alone on its line
    if f.n <= CHROME_LINE_MAX and ("分钟" in line or "字" in line) and len(READING_TIME.findall(line)) >= 2:
        return "chrome:counter"  # "admin 分享 时间： 加入收藏 共计1536个字，预计阅读时长6分钟。"
    if f.n <= EPAPER_LINE_MAX and f.dates and not f.sentence and (EPAPER_PAGE.search(line) or (EPAPER_PAGE_NAMED.search(line) and EPAPER.search(line))) and (EPAPER.search(line) or "星期" in line or f.han <= SITE_LINE_MAX):
        return "chrome:byline"  # "《江城晚报》2024年7月19日 第A06版：平安江城": the e-paper's page
    if f.n <= DISCLAIMER_MAX and _takedown_notice(line):
        return "chrome:disclaimer"  # "菖蒲号文摘自动收录公开推文，文章归各账号作者，需撤下请发邮件。": a mirror on what it copies
    if set(chrome) == {"chrome:comment"} and f.dates and not f.sentence and f.n <= CHROME_LINE_MAX and THREAD_STARTER.search(line) and POSTED.search(line):
        return "chrome:byline"  # "楼主　竹林听雨　发表于 2024-10-14 21:37　｜　只看该作者": who posted the thread, and when
    if chrome and (f.n <= STRONG_PROSE_MAX or sum(chrome.values()) >= PROSE_CHROME_HITS):  # "点击上方蓝字关注…，每日获取最新资讯。" is a sentence, and chrome
        return max(chrome, key=lambda c: (chrome[c], c))
    if f.n <= SHORT * 2 and WEBSITE_GREETING.fullmatch(line.strip()):
        return "chrome:nav"  # "您好！这里是溆水县人民医院网上家园" (not a caller's "您好！这里是…客服平台")
    if f.counters >= 2 and f.n <= SHORT * 2 and RATING_ASK.search(line):
        return "chrome:counter"  # "这条解答对您有帮助吗？　有用 214　没用 3": the reader's rating, its question and its counts
    if f.n <= WIDGET_LINE_MAX and AUDIO_PLAYER.match(line.strip(" \t\u3000")):
        return "chrome:nav"  # "🔈 点此听这一条（0分58秒）": the page's audio player
    if f.dates and not f.sentence and f.n <= ITEM_BYLINE_MAX + 20 and POSTING_DATE.search(line):
        return "chrome:byline"  # "责任部门：学生工作处　网上发布 2025-08-26": when the site put it up, whatever the labels beside
    if f.n <= MEMBER_CARD_MAX and not f.sentence and not CLAUSE_MARK.search(line) and len(MEMBER_STAT.findall(line)) >= MEMBER_STATS_MIN:
        return "chrome:counter"  # "等级：秀才（Lv.4）　积分 1,288　帖子 236": a forum member's card
    if f.n > CHROME_LINE_MAX or (f.prose and f.sentence >= 1 and f.labels == 0):
        return None
    if f.counters and not f.prose and not f.labels:
        return "chrome:counter"
    if f.n <= WIDGET_LINE_MAX and BUTTONS.fullmatch(line.strip(" \t\u3000")) and not _parallel(BRACKETS.sub(" | ", line)):
        return "chrome:nav"  # "〔我来挑错〕　〔打印〕　〔关闭〕"; not "【不听】【不信】【不转账】", a slogan
    if not f.sentence and f.n <= CTA_LINE_MAX and CTA_MARK.search(line) and any(c in f.weak for c in CTA_CATEGORIES):
        return "chrome:download"  # "下载为Word（需1鉴言豆）　免费复制前500字", "完整版下载（含活动安排表） ›"
    if (f.n <= CTA_LINE_MAX and (not f.sentence or f.n <= CTA_SENTENCE_MAX) and _cta_kinds(line) >= CTA_KINDS
            and not ENUMERATED.match(line) and not PEOPLE.search(line)):
        return "chrome:download"  # "开通学习卡，本页4篇心得一键打包成Word ▸", "—— 本篇Word原稿兑换需2积分 ——"
    if not f.sentence and PUBLISHED_AT.fullmatch(line.strip(" \t\u3000")):
        return "chrome:byline"  # "发布：渫川农商银行消保中心　时间：2024年6月18日" (not a plan's "发布：社区微信公众号　时间：每周五")
    if not f.sentence and _page_fields(line):
        return "chrome:byline"  # "编校：杜衡　复核：柏青　签发：苗立群", "信息提供：…　上线时间：2024-05-22"
    if not f.sentence and f.separators >= 2 and FILE_USE_COUNT.search(line) and FILE_WORDS.search(line):
        return "chrome:download"  # "适用对象：学生家长　｜　纸张：A4竖版　｜　已下载9,820次": a file's card, its downloads counted
    if _counter_line(line, f):
        return "chrome:counter"  # "围观 1,356", "热议 1826　下载 94　收藏 21"
    if f.labels and f.sentence and (editor := TRAILING_EDITOR.search(line)) and han_count(line[: editor.start()]) >= PROSE_MIN_HAN:
        return None  # "…今后一定提高警惕。 责编：严望舒　审核：祁念秋": the text stays, its editors go as a run (`_inline_runs`)
    if f.labels and f.han >= PROSE_MIN_HAN and _prose_before_a_bracketed_credit(line):
        return None  # "…筑牢校园反诈防线。(撰稿:何嘉;审核:孙立)": the labels are a trailing credit's
    if f.labels and WORK_CREDITED.search(line):
        return None  # "二等奖：《多问一句》（摄影：方瑜）、…": the document lists works and who made them
    if f.labels == 1 and f.sentence and (m := LABEL.match(line)) and m.group("label") in TITLE_SOURCE_LABELS and (
            (f.sentence == 1 and QUOTED_TITLE_ONLY.fullmatch(line, m.end())) or (m.group("label") == "原标题" and f.n <= HEADLINE_MAX_CHARS and f.sentence <= ORIGINAL_TITLE_STOPS)):
        # "原标题：《显示“95”开头就一定是官方客服吗？》", "原标题：“航班取消可改签补偿”？假的！": a label and a title, its stops inside
        return "chrome:byline"
    if f.sentence and _byline_then_text(line):
        return None  # the byline opening the line goes as a run (`_inline_runs`), the text after it stays
    if f.labels and (not f.prose or f.dates or f.labels >= 2) and (
        f.labels > f.weak_labels or f.labels >= 2 or f.counters or ISO_DATE.search(line) or SECONDS.search(line)
    ) and not PLAN_ROW_FIELD.search(line):
        return "chrome:byline"  # "时间：2024年4月8日上午9:00" alone is a meeting's, not the page's (nor "时间：2024-05-10　地点：…", a plan's row)
    if (f.separators >= 1 or LOCATION_LABEL.match(line) or HAS_SPACED_SYMBOL.search(line) or ("》" in line and "《" not in line)) and f.n <= CRUMB_LINE_MAX and not f.prose and f.sentence == 0 and _breadcrumb(line):
        return "chrome:breadcrumb"
    if f.han == 0 and f.n <= NOISE_MAX and NOISE_LINE.match(line) and not SECTION_NUMBER.match(line) and not DATE_OR_TIME.fullmatch(line.strip()):
        return "chrome:counter" if regex.search(r"\d", line) else "chrome:nav"
    return None


ORIGINAL_TITLE_STOPS = 3  # sentence stops inside an original title ("“航班取消可改签补偿”？假的！")
TITLE_SOURCE_LABELS = frozenset({"原标题", "来源", "转自", "文章来源", "稿件来源", "本文来源"})  # labels whose value may be a title quoted whole (not "阅读：《…？》", a lesson's)
QUOTED_TITLE_ONLY = lazy_compile(r"(?:《[^《》\n]+》|【[^【】\n]+】)[ \t\u3000]*")  # (LABEL takes the spaces after the colon)
# Page fields in a site's own words. A line of `label：value` pairs is a byline when its labels
# are the page's (who published, edited, checked, when), not the document's own fields: a plan's
# "活动时间：5月1日　活动地点：社区广场" or a notice's "联系人：王老师　电话：…" stay. The genre's
# labels are few and stable; the site's are many and new on every site ("稿源：", "信息提供：",
# "编校：", "当班编辑："), so it is the document's that are listed.
DOCUMENT_LABEL = lazy_compile(
    r"(?:时间|日期|地点|对象|主题|人员|内容|形式|目标|要求|方式|电话|手机|地址|单位|负责人|联系人|口号|标语|背景|目的|意义|步骤|安排|"
    r"分工|措施|范围|名称|姓名|班级|学校|组长|副组长|成员|主持人|主持|主讲人|主讲|讲师|嘉宾|题目|原因|结果|金额|案情|提示|注意|答案|解析|问|答|例|注"
    r"|人|办|签名|签字|盖章|填报|单位|部门|抄送|抄报|主送|报送|附件|主题词|印发|发送|分送|下发"
    r"|年级|学段|执教|授课|课时|学科|课型|课题|教师|(?<!值)班主任|板书|板书设计|教具|教学准备|课前准备|教学目标|教学重点|教学难点|编印|印数|印制|承印|时长|编剧|导演|指导|主演|人物|角色|旁白)$"  # 汇报人, 宣讲人, 受害人, 承办, 协办…: a report's, a form's, a case's own fields; 适用年级, 执教: a lesson plan's
)
PHONE_FIELD = lazy_compile(r"(?:电话|手机|热线|专线)[ \t\u3000]*[:：][ \t\u3000]*[0-9０-９(（]")
CONTACT_SIGNED_WITHIN = 2


def _signed_contact(text: str, spans: list[tuple[int, int]], nonempty: list[int], i: int) -> bool:
    """A contact the document gives above its signature or date ("网格员：左春燕　联系电话：158xxxx3307" over
    "菱湖社区居民委员会"): a phone number in a letter or a notice (its salutation above), the signature within
    CONTACT_SIGNED_WITHIN lines under it. A site's footer gives its phone under a story too ("校址：…　电话：…"
    over the school's name), which addresses nobody."""
    if not PHONE_FIELD.search(text, *spans[i]):
        return False
    k = nonempty.index(i)
    addressed = any(SALUTATION_LINE.match(text[spans[j][0] : spans[j][1]]) for j in nonempty[:k])  # "尊敬的老年朋友们：", "各村（社区）："
    return addressed and any(_signature_or_date(text[spans[j][0] : spans[j][1]].strip(" \t\u3000")) for j in nonempty[k + 1 : k + 1 + CONTACT_SIGNED_WITHIN])
PAGE_VERB = lazy_compile(r"^(?:发布|上线|更新|生成|刊发|发表|录入|投稿|供稿|来稿|稿源|信息|编辑|审核|发文|收录|入库|上传|整理|采编|采写|归档|上架|分享|转载|推送)")
PAIR_LABEL = lazy_compile(r"^[ \t\u3000]*([^:：]+)[:：]")
# "✦ 推文时间｜2024-12-03 19:30", "校核｜谭悦": a label and its value around a bar (a value with
# no space in it, so a pipe title "平安柳川｜反诈宣传进社区" gives one pair at most)
PIPE_PAIR = lazy_compile(
    r"(?:^|(?<=[ \t\u3000✦◆●•·]))(?P<label>\p{Han}{2,6})[ \t]*[｜|][ \t]*(?P<value>[^ \t\u3000｜|]{1,20})(?=[ \t\u3000]|$)"
    # after a slash only a page field's own label: "编辑 / 澄淮小禾", not "城关小学/2025-03-15" (a schedule)
    r"|(?:^|(?<=[ \t\u3000✦◆●•·]))(?P<label>编辑|作者|责编|责任编辑|撰稿|撰文|审核|审校|校对|摄影|来源|出品|监制|策划|记者|通讯员|排版|美编)[ \t]*[／/][ \t]*(?P<value>[^ \t\u3000｜|／/]{1,20})(?=[ \t\u3000]|$)"
)
# An ISO date and the page's other fields between bars or dots: how a site dates a page under its headline.
DATED_PARTS = lazy_compile(r"[ \t\u3000][｜|·•][ \t\u3000]")
DATED_SPLIT = re.compile(r"[｜|·•]")
# A line opening on a person's label (who uploaded, shared or collected the page), not a document's own roles
# ("联系人：", "负责人：", "主讲人：").
PERSON_LABEL = lazy_compile(r"[ \t\u3000]*(?!联系|负责|责任|主持|讲话|发言|主讲|报告|申请|当事|受害|举报|经办|监护|签名|签字|参赛|获奖|指导|记录|审核|审批|批准|起草|拟稿|承办|填报|填表|统计|检查|值班|带班|参会|出席|列席|缺席)\p{Han}{1,3}[人者][ \t\u3000]*[:：]")
# "网络编辑 莫筱 ／ 二校 龙晓岚": a role and a name, between bars or slashes (the name is checked)
ROLE_NAME = lazy_compile(r"(?:^|(?<=[ \t\u3000／/｜|]))(?P<label>(?:本版|本期|本刊)?\p{Han}{2,4})[ \t\u3000]+(?P<value>\p{Han}{2,3})(?=[ \t\u3000]*(?:[／/｜|]|$)|[ \t\u3000]{2})")  # also "本版责任编辑　柯未央　　美术编辑　芮小山"
# A counter in a site's words: short words beside numbers and nothing else ("围观 1,356",
# "热议 1826　下载 94　收藏 21", "4.7万人读过", "好评 96%　·　1,204 人点了有用　·　约900字").
COUNTER_PART = lazy_compile(r"[\p{Han}]{0,6}[ \t]*[:：]?[ \t]*[约共近超]?[0-9][0-9,.]*[ \t]*(?:[万千wWkK]|%|％)?[ \t]*[\p{Han}]{0,6}")
COUNTER_LINE_SEPARATORS = lazy_compile(r"[ \t\u3000·•|｜/／,，、]+")
COUNTER_LINE_HAN = 16
# A quantity as a document reports it: "城东派出所 12场 350人", "宣传单 3000 份": a row of the
# document's table, never a site's counter (those count views, likes, downloads, characters).
DOCUMENT_QUANTITY = lazy_compile(r"\d[\d,.]*[ \t]*(?:场|份|张|户|起|名|条|元|册|幅|块|处|家|期|篇|万|余|人(?![次点读看赞收觉已]))")
LONE_COUNTER_HAN = 8  # "此文被打开 356 人次"
SPACED_NUMBER = lazy_compile(r"\p{Han}(?:[ \t\u3000]+|[ \t]*[:：][ \t]*)\d")  # a lone counter is spaced from its word: "围观 1,356", not "发放3000余份"
CALENDAR = lazy_compile(r"\d[ \t]*[年月日号时点]|[年月日][ \t]*\d|[:：]\d{2}(?!\d)|第[ \t]*\d|\d[ \t]*[-./][ \t]*\d{1,2}[-./]")


PAGE_FIELD_MARK = re.compile(r"[:：｜|／/ \t\u3000]")  # what LABEL_PAIR, PIPE_PAIR and ROLE_NAME each need between a label and its value


def _page_fields(line: str) -> bool:
    """Fields of the page in its own words: `label：value`, `label｜value` or `role name`
    pairs whose labels are the page's, two or more and none of them the document's, or one
    beside a date ("稿源：芦湾县融媒体中心　｜　2024-10-16 08:12", "校核｜谭悦　审签｜温启明",
    "网络编辑 莫筱 ／ 二校 龙晓岚", "贴出于 2024年12月2日（周一）　｜　栏目负责：德育处")."""
    if PAGE_FIELD_MARK.search(line) is None:
        return False  # no pair without its colon, bar, slash or space (most short lines of a document: 7 µs saved each)
    labels = ["".join(PAIR_LABEL.match(p).group(1).split()) for p in LABEL_PAIR.findall(line)]
    labels += [m.group("label") for m in PIPE_PAIR.finditer(line)] if not _parallel(line) else []  # "不听 | 不信 | 不转账": a slogan
    labels += [m.group("label") for m in ROLE_NAME.finditer(line) if _names(m.group("value"))]
    if not labels:
        return False
    page = [label for label in labels if not DOCUMENT_LABEL.search(label) or PAGE_VERB.match(label)]
    # one page field beside a date: an ISO date (sites write them; documents write 年月日), or any
    # date with a bar between the fields ("贴出于 2024年12月2日（周一）　｜　栏目负责：德育处")
    dated = ISO_DATE.search(line) is not None or (DATE.search(line) is not None and regex.search(r"[|｜]", line) is not None)
    return (len(page) >= 2 and len(page) == len(labels)) or (bool(page) and dated)


def _counter_line(line: str, f: LineFeatures) -> bool:
    """A line of short words beside numbers, and nothing else: a site's counters. A date, a
    time, a list item or an ordinal ("第3页") is no counter, nor a lone count written as
    documents write it ("3000余份", "发放3000余份")."""
    stripped = line.strip(" \t\u3000")
    if (
        f.sentence or f.han > COUNTER_LINE_HAN or not DIGIT.search(stripped) or CALENDAR.search(stripped) or ENUMERATED.match(stripped)
        or LIST_ITEM.match(stripped) or DOCUMENT_QUANTITY.search(stripped) or HOTLINE.search(stripped)
    ):
        return False
    parts = [p for p in COUNTER_LINE_SEPARATORS.split(stripped) if p]
    words = [p for p in parts if not DIGIT.search(p)]
    numbers = len(parts) - len(words)
    return all(COUNTER_PART.fullmatch(p) for p in parts if DIGIT.search(p)) and sum(map(len, words)) <= len(stripped) // 2 and (
        numbers >= 2 or (f.han <= LONE_COUNTER_HAN and SPACED_NUMBER.search(stripped) is not None)
    )


HOTLINE = lazy_compile(r"电话|热线|咨询|举报|报警|投诉|客服|服务号|专线|拨|致电|打[ \t]*\d|(?<!\d)(?:96110|12321|12381|12345|12315|110)(?!\d)")  # "报警电话：110　反诈咨询：96110", "遇到可疑拨96110，被骗立即打110": numbers to call, no counters
NOISE_MAX = 16
TRAILING_BRACKETS = lazy_compile(r"[(（][^()（）\n]{0,80}[)）][ \t]*$")


def _prose_before_a_bracketed_credit(line: str) -> bool:
    """A sentence of the text, then brackets holding every page label of the line."""
    core = TRAILING_BRACKETS.sub("", line)
    return core != line and not LABEL.search(core) and bool(SENTENCE_PUNCT.search(core)) and han_count(core) >= PROSE_MIN_HAN
# Search queries stuffed into a line for search engines: "网赌被骗怎么办 网赌被骗能追回吗 网络赌博诈骗案例…",
# "虚拟币诈骗,虚拟币诈骗案例,虚拟币诈骗怎么追回…": five or more short phrases between spaces or commas
# (never 、, which lists in a sentence), most sharing a word, or several asking what people search.
QUERY_SPLIT = re.compile(r"[ \t\u3000,，|｜]+")
QUERY_PART = lazy_compile(r"[\p{Han}0-9A-Za-z]{2,20}")
QUERY_WORD = re.compile(r"怎么办|怎么|吗$|是什么|什么意思|多少|几年|大全|简短|押韵|顺口溜|案例|套路|有用|图片|视频|最新")
# What a search asks in so many words (a shorter line of them is queries too: "征信有逾期能修复吗,征信修复
# 机构能信吗,网贷逾期怎么协商还款,征信黑了怎么洗白", "看完反诈片写点啥好 反诈片观影感想怎么写 …800字 …模板").
QUERY_ASKS = re.compile(r"怎么|咋|如何|吗$|写点啥|模板|范文|\d{3,4}字$|是真的|靠谱")
QUERY_MIN = 5
QUERY_WRITING = re.compile(r"咋写|怎么写|如何写|模板|范文")
QUERY_FEW = 3
QUERY_SHARED = 0.6


def _most_shared(parts: list[str], asking: bool = True) -> int:
    """In how many parts the most shared two-character word stands (without `asking`, no asking word counts)."""
    counts: dict[str, int] = {}
    for p in parts:
        for bigram in {p[k : k + 2] for k in range(len(p) - 1)}:
            if asking or not (QUERY_ASKS.search(bigram) or QUERY_WORD.search(bigram)):
                counts[bigram] = counts.get(bigram, 0) + 1
    return max(counts.values(), default=0)


def _shared_topic(parts: list[str]) -> bool:
    """Half the parts or more share a two-character word that is no asking word ("征信有逾期能修复吗，征信修复
    机构能信吗，…"; not "钱被骗了怎么办，如何报警，怎么追回")."""
    return _most_shared(parts, asking=False) * 2 >= len(parts) + 1


def _search_queries(line: str, spam: bool = False) -> bool:
    """Whether the line is search queries; `spam`: it holds a strong word of spam ("…总结模板2024,比特币行情今日,
    虚拟币怎么买入": queries a spam host stuffs, no text's questions)."""
    parts = [p for p in QUERY_SPLIT.split(line.strip()) if p]
    if len(parts) < QUERY_FEW or not all(QUERY_PART.fullmatch(p) for p in parts):
        return False
    if len(parts) < QUERY_MIN:  # three or four: nearly every one asks, and between commas (a text's questions too) they share a topic
        asks = sum(1 for p in parts if QUERY_ASKS.search(p))
        # "社区防骗月方案咋写　六月社区活动排期表　网格上门宣讲方案模板": between spaces, two asking how to write one
        writing = asks >= QUERY_FEW - 1 and sum(1 for p in parts if QUERY_WRITING.search(p)) >= QUERY_FEW - 1 and "，" not in line and "," not in line
        asking = asks >= max(QUERY_FEW, len(parts) - 1) or writing
        return asking and ("，" not in line and "," not in line or spam or _shared_topic(parts))
    if sum(1 for p in parts if QUERY_WORD.search(p)) >= 3:
        return True
    return _most_shared(parts) >= QUERY_SHARED * len(parts)

# Prompts to follow or share, in their sentence forms: "👆点击上方“平安枫林”，一键关注不迷路", "长按下方二维码，
# 关注…", "长按码图　警情提示第一时间送达", "扫描二维码，手机浏览本页", "喜欢本文就收藏分享给更多人吧", "分享至：微信 朋友圈 微博".
SHARE_PROMPT = lazy_re(
    r"^.{0,4}(?:点击上方|点上方|戳上方|长按|扫描|扫一扫|识别)[^。！？\n]{0,16}(?:二维码|关注|浏览本页)|^.{0,4}长按(?:下方|上方|图中|此)?(?:码图|小程序码)(?=[ \t\u3000]|$)|扫码[ \t\u3000]*(?:阅读|浏览|打开)本页"
    r"|(?:喜欢|觉得有用|觉得不错|如果觉得)[^。！？\n]{0,12}(?:分享|收藏|关注|点赞|在看)|^.{0,4}点个?[“\"]?在看|^.{0,2}点击?[^。！？\n]{0,6}?[“\"「]在看[”\"」]"
    r"|^.{0,4}(?:觉得|写得)[^。！？\n]{0,4}(?:好|不错|有用|实用|有帮助)[？?][ \t\u3000]*[⇗↗➚→👉☞]*[ \t\u3000]*(?:发给|转给|转发给|分享给)[^。！？\n]*$"  # "觉得写得好？⇗ 发给班级群里的同学看看"
    r"|^[ \t\u3000]*分享(?:至|到)(?:[:：]|[ \t]*(?:朋友圈|微信|微博|QQ|qq)(?=[ \t]|$))"
    # the page itself, passed on to someone: "顺手把本页发给也在写倡议书的同事 →",
    # "拿去给爸妈看 · 收藏备用 · 给小编点个赞", "换到手机上看：扫描右侧二维码"
    r"|(?:有收获|有用|有帮助|觉得好)[，,]?[ \t\u3000]*(?:顺手|随手|记得|不妨)?(?:转给|发给|分享给|转发给)[^。！？\n]{0,8}$"  # "读完有收获，顺手转给亲友"
    r"|本页[^。！？\n]{0,12}?(?:发给|转给|转发给|分享给|推荐给|拿给|拿去给)[^。！？\n]*$"  # not a sentence; not "把这篇文章转给…": the document says that too
    r"|(?:发给|转给|转发给|分享给|拿去给)[^。！？\n]{0,10}(?:看|吧)?[ \t\u3000]*(?:[·・|｜][^。！？\n]{0,10}(?:收藏|点赞|点个赞|在看)|→)"
    r"|(?:对准|扫描|扫一扫|扫)[^。！？\n]{0,6}(?:二维码|码图|小程序码)[，,]?[^。！？\n]{0,12}?(?:转给|发给|分享给|转发给|随身带)[^。！？\n]*$"  # "拿手机对准二维码，这组简报转给同事"; not a sentence
    r"|换到手机上?(?:看|阅读)[:：]?[ \t\u3000]*扫|手机上?(?:看|阅读)[:：][ \t\u3000]*扫描[^。！？\n]{0,4}二维码"
    # the account's own name at the top of a post, to be followed or starred: "🔵 点一下顶部的蓝色名字，加个“星标”…"
    r"|^.{0,4}(?:点一下|点击|点|戳)[^。！？\n]{0,4}(?:上方|顶部|顶上|标题下方?)[^。！？\n]{0,6}(?:蓝字|蓝色|名字|名称|公众号)"
    r"|^.{0,4}(?:点一下|点击|点|戳)[^。！？\n]{0,4}蓝字[^。！？\n]{0,16}?(?:关注|星标)|(?:加个?|点个?)关注[，,]?[ \t]*(?:不迷路|不错过|不漏看)"  # "戳蓝字“平安荇塘”，加个关注不迷路"
    # …or asked of who has not followed yet: "☝ 没关注的朋友，点标题下方的“平安柘塘”四个字即可订阅" (not "没关注反诈宣传的老人，点开链接…")
    r"|^.{0,4}(?:还没有?|没有?|未|尚未)关注[^。！？\n]{0,8}[，,][ \t\u3000]*(?:点一下|点击|点|戳|长按)[^。！？\n]{0,16}(?:订阅|关注)[^。！？\n]{0,4}$"
    r"|(?:加|设为?|设置|标为)[个一]?[“\"「]星标[”\"」]|(?:设为?|加)星标[，,]?[^。！？\n]{0,8}(?:不迷路|不错过|不漏看|第一时间)"  # not "设为星标联系人": advice
)
SHARE_PROMPT_CHARS = re.compile("[点戳长扫识喜觉如写分本发转拿对换手加设标]")  # one of them opens a word every branch of SHARE_PROMPT needs (its ^.{0,4} keeps regex from scanning for them)
SHARE_LINE_MAX = 40
# A tap on a name in quotes, at a line's start: "轻点蓝色“湝江公安”，…", "点一下上面的“滃口发布”，…", "↑↑ 戳一下“平安菘塘”，…"
TAP_NAME = lazy_compile(r"[ \t\u3000]*[^\p{Han}\s]{0,4}[ \t\u3000]*(?:轻点|点一下|点一点|点击|戳一下|戳|点)[^。！？\n“\"「]{0,6}[“\"「](?P<name>[^”\"」\n]{2,12})[”\"」]")
# The calls and lures of an advert; two different ones on a line that is no sentence make it an advert.
PROMO = lazy_compile(
    r"注册(?:即)?[送领]|[送领]\d+|首存|彩金|返水|秒到账|秒提现|app下载|APP下载|下载\p{Han}{0,4}(?:app|APP)|立即(?:注册|下载|领取|进入)|官网(?:入口|地址)|"
    r"新用户|新人专享|手续费\d*折|免费领取|点击领取|日赚|稳赚|高额返利|邀请码|一键(?:理财|投资|注册|下载)|冷钱包|老品牌|值得信赖|官方网址|点击进入|承兑商|商家直营|官方直营"
    # session 9 (dev29): the lures of loan, porn and gambling adverts ("身份证就能借，最高20万，不看流水当天放款", "视频裸聊不收定金，
    # 加Q…", "首充送88，提款三分钟到账", "新人领100USDT", "成人专区免登录直达", "新人免费看十分钟，戳我")
    # session 10 (dev30): "▶深夜寂寞？点这里找附近的她◀", "【私密直播】深夜档不收费，戳这里装…", "赤兔娱乐厅　开户就返288"
    r"|附近的(?:她|美女|妹子)|深夜寂寞|私密直播|深夜档|开户(?:就|即)?(?:送|返)|点这里找"
    # dev31: "▶ 点这里约同城寂寞姐姐视频陪聊，新人首夜免费", "易借花：刷脸即审2万额度，征信花了也能下款，当天到账"
    r"|点这里约|约同城|视频陪聊|首夜免费|刷脸即审|征信花了|也能下款|当天到账"
    r"|当天放款|秒放款|秒批|日息低至|月息低至|速借|不看流水|身份证就能借|凭身份证|最高\d+万|首充送?|提款\p{Han}{0,3}到账|在线约|不收定金|加[QqVv][ \t]*\d|加微[信]?|免登录|直达|戳我|新人(?:免费|领)|跟单"
    # dev35: "免审核秒到账，额度五千到二十万 >>", "U商秒收秒付 费率0.1%", "USDT秒兑", "身份证即可申请，不查负债…点此测额度", "加V：zs***66"
    r"|免审核|额度[\p{Han}\d]{1,4}到[\p{Han}\d]{1,4}万|秒收秒付|秒兑|费率\d|不查负债|测额度|身份证即可|点此|包过|学信网可查|档案可查|\d天出件|加[QqVv][ \t]*[:：][ \t]*[A-Za-z0-9]|咨询微信"
    # dev63: "橘信花·信用一般也能批 额度高至20万 五分钟出结果 今日放款", "…征信不好照样下款，私聊秒批", "…秒批2万，首借免息7天"
    r"|额度(?:高至|最高)|(?:今日|今天|当日)放款|[\d一二两三四五六七八九十]+分钟出(?:结果|额度)|征信不好|信用一般也能批|照样下款|首借免息|免息[\d一二三四五六七八九十]+天"
)
# The words a text uses to tell of an advert's lures, which the advert itself never says: "网络赌博平台常以小利引诱
# （如注册送彩金、首充返水等），最终让人血本无归", "（群里称新人领100USDT，稳赚不赔）".
ADVERT_TOLD = lazy_compile(
    r"赌博|赌徒|引诱|诱饵|诱导|谎称|声称|号称|自称|称|冒充|假冒|所谓|陷阱|套路|血本无归|上当|以[^）)】，。]{1,12}为|如[“「]|例如|比如|等[）)】，,。；;]|等$"
)
CRYPTO_WORD = lazy_compile(r"USDT|usdt|币|交易所|合约|钱包|区块链|BTC|btc|比特")
GAMBLING_WORD = lazy_compile(r"体育|娱乐|真人|棋牌|彩|博彩|百家乐|老虎机|赌")
PROMO_LINE_MAX = 60
def _promo_lures(text: str) -> int:
    """How many different lures of PROMO a text holds (two make an advert)."""
    return len(set(PROMO.findall(text, overlapped=True)))


def _trade_by_words(text: str) -> str | None:
    """The spam trade an advert's own words name: crypto before gambling ("交易所", "USDT"; "体育", "真人"), or None."""
    return "spam:crypto" if CRYPTO_WORD.search(text) else "spam:gambling" if GAMBLING_WORD.search(text) else None


def _tells_of_advert(text: str) -> bool:
    """Words that tell of an advert rather than make one: a warning's, people's, fraud's, or ADVERT_TOLD's (所谓, 称, 如…等)."""
    return bool(WARNING.search(text) or PEOPLE.search(text) or FRAUD_WORD.search(text) or ADVERT_TOLD.search(text))


def _weak_spam(f: LineFeatures) -> str | None:
    """The spam category a line's weak words name most, or None."""
    kinds = [c for c in f.weak if c.startswith("spam:")]
    return max(kinds, key=lambda c: (f.weak[c], c)) if kinds else None


SEARCH_BRAND = lazy_compile(r"(?:搜|下载|注册|安装|装)[ \t]*[“「][^”」\n]{1,12}[”」]")  # "搜“鸿发国际”", "下载「星环交易所」": the brand an advert asks for, no quotation
# A site's own advert between articles (chrome:nav, as the gold sets mark it): a line opening on an
# advert's label ("〔赞助〕", "【合作推广】", "广而告之｜", "— 广告 —"), or an offer (a discount, a first
# month's price, a free trial) beside the site's call or membership ("【萤窗好课】…首课0元　→",
# "…会员｜全站书信范文随心复制　首月仅需6元"). Never beside a warning: a scam's lure is told in one.
ADVERT_LABEL = lazy_compile(
    r"^[ \t\u3000]*(?:[〔【\[［][ \t]*(?:广告|赞助|合作推广|商业推广|推广告|广而告之)[ \t]*[〕】\]］]|[—–\-┈─～~]+[ \t\u3000]*(?:广告|赞助|商业合作|以下(?:内容)?为?(?:推广|广告|赞助)(?:内容|信息)(?:[，,][^—–\-┈─～~\n]{0,16})?)[ \t\u3000]*[—–\-┈─～~]+"
    r"|(?:广告|赞助|广而告之)[ \t\u3000]*[｜|丨])"
)  # not "赞助：中国银行xx支行", "（赞助）本次活动宣传品由…提供": a notice's own lines
SMS = lazy_re(r"尊敬的|退订|拒收|回[TtNn]|https?:|t\.cn|www\.")  # a text message an alert shows, advert label and all
ADVERT_OFFER = lazy_compile(
    r"限时\p{Han}{0,2}[一二三四五六七八九\d](?:\.\d)?折|首(?:月|课|单|年)\p{Han}{0,2}?[\d.]+元|仅需[\d.]+元|免费试用[\d一二三四五六七]*天?|[\d.]+元(?:抢|秒杀|起)|开卡|开通会员"
    r"|[\d.]+元[/／](?:月|年|季|套)|[一二三四五六七八九]折(?:抢购|优惠|起)|报名送|首月不收费|开通直降[ \t]*[\d.]+[ \t]*元"  # not 元/份, 元/本: a plan's budget
    r"|月租[ \t]*[\d.]+[ \t]*元|再送[半一二三四五六七八九十\d]+(?:个)?(?:月|年)"  # "暑期畅享卡：月租 29 元含 50G 流量，线上办理再送半年视频会员"
)  # not 低至…元, 立减…元: lures that warnings quote
ADVERT_CALL = lazy_compile(r"了解详情|马上|立即|点击|[→▶›»]|〔[^〕\n]{1,6}〕|^[ \t\u3000]*[【［\[][^】］\]\n]{1,6}[】］\]]|全站|会员|课程|名师|戳这里|进店|>>|〉〉")
ADVERT_LINK_END = lazy_compile(r"(?:[›»]|>>|〉〉)[ \t\u3000]*\p{Han}{0,4}[ \t\u3000]*$")  # "…首月不收费 ›", "…>>点此了解": a link, whatever it asks before
# 推广 in brackets opens an advert when a link ends it ("【推广】…暑期班报名立减300元　>>点此了解"), a plan's
# section otherwise ("【推广】利用微信公众号…推送宣传内容").
ADVERT_HEADER = lazy_compile(
    r"[ \t\u3000\-—–─━┄┈┉~～·•=＝*＊]*(?:以下(?:内容)?为|以下是)?(?:推广|广告|赞助|\p{Han}{0,4}(?:好店|好物)推荐)(?:内容|信息)?[ \t\u3000\-—–─━┄┈┉~～·•=＝*＊]*"
)  # "—— 本地好店推荐 ——"
ADVERT_BLOCK_MAX = 2  # lines of an advert under its label
SELLING = lazy_compile(r"立减|优惠|领取|[一二三四五六七八九]折|免费|预约|下单|到店|扫码|长按|识别|报名|咨询|领新客|首单|特价|包邮|上门")
ARROW_END = lazy_compile(r"[→➜➤][ \t\u3000]*$")  # "〔推广〕…首次体验免费 →": a labelled advert's link
# A pitch under the label of a recommendation, a promotion, an advert space or a service the site sells
# ("【贴心推荐】…戳这里咨询 >>", "广告位｜…扫码试听", "【横幅定制】…包邮到村 ›", "—— 推广 ——　…点此了解 ＞"),
# with the reader's call or a link's mark; never a sentence ("【推广】利用微信公众号…推送宣传内容。": a plan's).
PITCH_LABEL = lazy_compile(
    r"^[ \t\u3000]*(?:[〔【\[［][ \t]*(?:\p{Han}{0,2}推荐|推广|广告位?|会员专区|\p{Han}{1,4}定制)[ \t]*[〕】\]］]|(?:推广|广告位?)[ \t\u3000]*[｜|丨]"
    r"|[—–\-─]+[ \t\u3000]*推广[ \t\u3000]*[—–\-─]+)"
)
PITCH_CALL = lazy_compile(r"点此|点这里|戳这里|扫码(?:试听|咨询|了解|进群|领取|报名)|(?:立即|马上)\p{Han}{1,2}|(?:限时|免费)领|(?:[→›»>＞]|>>)[ \t\u3000]*$")
SENTENCE_STOP = lazy_compile(r"[。！!]")
SELLS = lazy_compile(r"课|营|会员|[0-9.]+元|[一二三四五六七八九]折|试听|包邮|定制|发货|购买|招募|优惠|名额|模板|素材|印制")  # what a pitch sells (not a plan's "扫码报名参加知识竞赛")
PROMOTION_LABEL = lazy_compile(r"[ \t\u3000]*[〔【\[［][ \t]*推广[ \t]*[〕】\]］]")
ADVERT_QUOTED = lazy_compile(r"[“”「」\"]")  # a slogan quoting a lure ("“一折抢购”点击前，多问一句") is no advert
ADVERT_LINE_MAX = 80
WEAK_SPAM_ADVERT = 2  # an advert holding this many weak words of one spam category advertises spam
# Next or back between the articles of a page: "下一例 ↓", "→ 点此跳到下一期简报", "— 下滑翻看第5篇 —",
# "▼ 其二就在下方，手指往上推继续看 ▼", "↩ 返回一封信目录", "继续往下看👇", "👇 下一类更常见": a phrase of paging with a link's mark.
NEXT_PHRASE = Trigger(
    r"[上下]一(?:篇|例|封|份|则|期|首|章|辑|类|招|种)|下滑|上推|往下(?:读|看|翻|滑)|往上推|继续(?:看|读|阅读)第|翻看第|就在下方"
    r"|返回\p{Han}{0,8}?(?:目录|列表|首页|上页|导读)|点此跳到|(?:回到|返回)(?:本页)?(?:开头|页首|顶部|页顶)|翻到第[ \t]*\d+[ \t]*页|^[ \t\u3000]*\W?[ \t\u3000]*顶部[ \t\u3000]*$"
    r"|点击展开|全部展开|展开全文|展开全部|展开阅读|已折叠|全部打开|接着看|向下继续|往下翻"  # a page's folded parts: "(点击展开本篇全部内容)", "后两例已折叠 · 轻点此处全部打开 ⌄"
    r"|(?<![\p{Han}\w])(?:收起|展开)(?:全文|全部|正文)?(?=[ \t\u3000]*(?:[^\p{Han}\w]|$))"  # "收起 △", "展开 ▽": the fold's own button, not "→ 收起手机…", "▶ 入户宣传全面展开"
    r"|没展开|未展开|点此展开|展开余下|余下内容|往下划|续读|本篇未完|(?<!\p{Han})回到\p{Han}{0,6}?(?:目录|列表|首页|跳转|导航)|展开其余|轻触展开|点按展开|滑动查看"  # not "设置完成后回到首页", "左右滑动完成“验证”"
    r"|(?:最后|下面)一(?:件|条|个|则)[^\n]{0,6}?看"  # "还没完，最后一件更要看 ↓", "↥ 回到页内跳转", "← 左右滑动查看完整表格 →"  # "﹀ 点此展开余下内容 ﹀", "往下划，最后一段…更好记 ↓", "‹ 回到栏目列表"
)  # not 跳转, 翻看, 下一页 alone: a scam's steps ("对方发来链接→跳转到仿冒网站") use them
NEXT_MARK = lazy_compile(r"[↑↓←→↩↪⇢⇣⇧↥➜➤▼▾▽⌄▲△▶►»›‹﹀︾👇👆⬇⬆]|^[ \t\u3000]*[—–\-]+|[—–\-]+[ \t\u3000]*$|点此|点击|点这里|轻触|轻点|(?:[·・•][ \t\u3000]*){3}$")  # also "· · · 本篇未完，轻触此处续读 · · ·"
NEXT_LINE_MAX = 30
STEP_ARROWS = re.compile("[→⇢➜➤>＞]")  # two or more: the steps of a procedure
LINK_WORD = lazy_compile(r"[ \t\u3000]*\p{Han}{2,8}[ \t\u3000]*[›»]+[ \t\u3000]*")  # not → (a step of a procedure)
LINK_WORD_MAX = 14
# A pupil's line under or over an essay: school, class, name, and a teacher who guided it.
PUPIL_LINE = lazy_compile(
    r"[ \t\u3000]*(?:(?P<school>\p{Han}{2,16}(?:学校|中学|小学|学院|大学|幼儿园))[ \t\u3000]*)?\p{Han}{0,4}[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?班"
    r"[ \t\u3000]+(?P<name>[\p{Han}·]{2,3})(?:[ \t\u3000]*[｜|／/]?[ \t\u3000]*(?P<teacher>指导(?:老师|教师)?)[:：][ \t\u3000]*(?P<name>[\p{Han}·]{1,3}(?:老师)?))?[ \t\u3000]*"  # "…初二（3）班　乔木　｜　指导：韦老师"
)
PUPIL_LINE_MAX = 60
PRIZE_LINE = lazy_compile(r"[ \t\u3000]*(?:[一二三四五六七八九]等奖|特等奖|优秀奖|鼓励奖|佳作奖|入围奖|金奖|银奖|铜奖)(?:[ \t]*[（(][^）)\n]{1,8}[）)])?[ \t\u3000：:]*")
CLASS_AND_NAME = lazy_compile(r"[ \t\u3000]*\p{Han}{0,4}[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?班[ \t\u3000]+(?P<name>(?!全体|全班)[\p{Han}·]{2,3}|xx|XX|××|xxx)[ \t\u3000]*")
UNIT_AND_NAME = lazy_compile(r"[ \t\u3000]*[□■●◆▌▍][ \t\u3000]*(?P<unit>\p{Han}{2,16})[ \t\u3000]+(?P<name>[\p{Han}·]{2,4})[ \t\u3000]*")  # a bullet first: not an honoree's or a speaker's line
CREDITED_NAME_AT = 12  # the text under a pupil's line opens on the pupil's name: it is about them
PREV_NEXT_RECAP = lazy_compile(r"我们|介绍了|讲了|说了")  # "上一期：我们介绍了…": a series recapping itself
PREV_NEXT_LABEL = lazy_compile(r"[ \t\u3000]*(?:[←→◀▶‹›«»][ \t\u3000]*)?(?:[上下前后]一(?:篇|则|条|期|页|章|封|份|例)|[上下前后](?:篇|则|条))[ \t]*[:：]")
WARNING = lazy_re(r"警惕|切勿|不要|谨防|小心|提防|防范|识别|谨慎|骗|诈|违法|犯罪|提醒|严禁|禁止|远离|举报")  # an advert never warns
# An e-paper's page line: a paper's name, a date and a page ("第A06版", "05版").
EPAPER = lazy_compile(r"[\p{Han}]{1,10}报[》)）]?")
EPAPER_PAGE = lazy_compile(r"(?<![\d.])[A-Z]?\d{1,3}[ \t]*版(?![本权])")
EPAPER_LINE_MAX = 60
EPAPER_PAGE_NAMED = lazy_compile(r"(?<![\d.A-Za-z])[A-Z]\d{1,3}[ \t]*\p{Han}{1,4}版(?![本权])")  # "A05城事版": a page and its section, on a line with the paper's name
MASTHEAD_LINES = 5
WEEKDAY = lazy_compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
# Words one of CREDIT_LINE's or CAPTION_LINE's forms needs: lines without any are not tried.
CREDIT_LINE_OUTLET = lazy_compile(r"^[(（]?[\p{Han}·]{1,10}?(?=记者|通讯员|实习生)")  # "半岛记者 …": the outlet is no name
SOURCE_NOTE = re.compile("选自|摘自")  # "〔本信选自：xx县第二幼儿园〕" names a unit or a paper, no person
DASH_SOURCE = lazy_compile(r"[ \t\u3000]*" + DASH_SOURCE_LABEL)  # a credit under a piece, when another piece or the end follows
CREDIT_WORDS = re.compile(r"记者|通讯员|实习生|撰|摄影|报送|供稿|供图|(?<=\s)摄$|[文图][ \t\u3000]*[:：/／|丨]|^[ \t]*[(（〔\[]|选自|摘自|^[ \t]*[—－\-]{1,2}[ \t]*(?:信息|稿件|资料)?来源[:：]|^[ \t]*" + GLYPH_SOURCE_LABEL)
CAPTION_WORDS = re.compile(r"▲|图|摄|供图|提供|照片|资料|现场|合影|剪影|掠影|漫画|放大|-")
# A short line of symbols, Latin and digits that is not a section number: "A+ A-", "|", ":::",
# "◆ ◆ ◆", "- END -", "1 / 41" (page furniture wherever it stands).
NOISE_LINE = lazy_compile(r"^(?=[^\n]*(?:[+|:：◆◇■□●•▲▼※=~#_/\\-]|\p{So}))[^\p{Han}\n]{1,16}$")  # \p{So}: emoji, symbols
DATE_OR_TIME = lazy_compile(r"[\d\s\-/.:年月日]+")  # "2023-5-1", "10:30": a letter's date, a time
SECTION_NUMBER = lazy_compile(r"^[ \t]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、．]?[ \t]*$|^[ \t]*[-•·*—…]+[ \t]*$")
# Words a title or heading of the genre holds; a short line at the top without any, next to
# chrome, is a site name, badge or widget ("海滨新闻网", "投诉建议", "通知公告").
TOPIC = lazy_compile(
    r"诈|骗|反诈|宣传|总结|方案|心得|体会|观后感|读后感|感想|简报|新闻稿|汇报|计划|报告|讲话|倡议|活动|工作|防范|警|安全|教育|案例|提醒|提示|指南|通知|意见|措施|"
    r"冒充|刷单|返利|验证码|征信|陷阱|套路|"  # a scam's own words: "🔴 高风险｜冒充“银行客服”称征信受损" heads a notice
    r"一封信|公开信|的信|倡议书|承诺书|告知书|责任书|建议书|申请书|策划书|告家长书|讲话稿|发言稿|演讲稿|篇|通报|通告|公告|建设|"
    r"培训|讲座|会议|专项|行动|整治|治理|守护|平安|法治|普法|知识|引言|前言|导语|摘要|结语|[0-9]|[一二三四五六七八九十]|x{2}|X{2}"
)
SITE_LINE_MAX = 12
# TOPIC without numbers: the words of the genre and of fraud, which a site's own lines lack.
TOPIC_WORD = lazy_re(TOPIC.pattern.replace("|[0-9]|[一二三四五六七八九十]|x{2}|X{2}", ""))
FOOTER_ROW_SEPARATORS = 3
BETWEEN_HAN_MAX = 24  # a layout line between the headline and the text holds at most this many Han characters…
BETWEEN_SIGNALS = 2  # …and at least this many kinds of page layout (separators, emoji, Latin, counters, times, labels, dates)
DECLARING_TITLE_MAX = 60
QUOTED_LINE = lazy_compile(r"“[^”\n]{2,}”|「[^」\n]{2,}」")  # a line the document quotes (a scam's advert) is the document's, whatever marks it holds
NAMING_CHROME = frozenset({"chrome:byline", "chrome:breadcrumb"})  # chrome lines that name the account or section above them
# A mirror's notice on what it copies, in its own words: it only keeps or copies (收录, 转存, 备份, 转录), the rights stay
# with the original (归/属…原号/作者/账号), and the original may have it taken down (撤, 删, 下架) by writing in.
# A library says the same of what its users upload ("文档来自网友自行投递，所得归上传者本人，…我们核实后下架").
COPIES_ONLY = lazy_compile(r"收录|转存|转录|备份|快照|镜像|存档|转载|留底|留存|抓取|存放|收集于公开|(?:网友|用户|会员)(?:自行)?(?:上传|上载|投递)")  # (上载: upload, as Taiwan and Hong Kong write it)
ORIGINAL_POSTER = lazy_compile(r"原号|原账号|原作者|原网站|原文|号主|各账号|公众号里|账号主体|上传者|上传人|上载者")
RIGHTS_STAY = lazy_compile(r"(?:归|属|属于|仍在)[^，。；;,\n]{0,8}(?:原|各|作者|账号|号主|网站|发文|上传)|(?:权利|版权|著作权)[^，。；;,\n]{0,4}(?:归|属|仍|在(?=发文|原|作者|各))")
TAKEN_DOWN = lazy_compile(r"撤下|撤稿|要撤|删稿|删文|即删|即撤|下架|下线|撤回|撤除|不愿被|不同意|联系删除|来信删除")
# A library on what its users upload, who may complain and how (USERS_UPLOADS, short): "书叶文档上的文件由注册会员自行上传，平台不审内容；
# 权利人可通过申诉入口要求下架。", "本站文檔均由註冊用戶上載，所得收益歸上載者；如您認為侵犯了您的權益，請通過申訴通道告知我們。"
# (not a bank's "账户被限制的权利人如有异议，可通过申诉渠道向我行提出申诉": no user uploads anything there)
USERS_UPLOAD = lazy_compile(r"(?:网友|用户|会员)(?:自行)?(?:上传|上载|投递)")
RIGHTS_HOLDER = lazy_compile(r"权利人|版权方|著作权人|上传者|上载者|侵犯|侵权")
COMPLAINT_ROUTE = lazy_compile(r"申诉|下架|删除|撤下")
USERS_UPLOADS_MAX = 100
# …a takedown proper, for SITE_TO_WRITE (not a platform's "如不同意本平台留存上述信息，请联系本平台客服")
TAKEDOWN_VERB = lazy_compile(r"撤下|撤稿|要撤|删稿|删文|删除|下架|撤回|撤除")
# …and a site's terms for using what it shows: free for public use, but ask before selling it ("本屋标语挂在公益场合尽管用；
# 做成商品或打广告，请先征得作者同意。", "公益张贴随便拿去用，不必打招呼；要印了去卖的，先跟本屋说一声。")
FREE_USE = lazy_re(r"尽管用|随便用|拿去用|随意使用|免费使用|自由使用|不必打招呼|无需授权")
SOLD_USE = lazy_compile(r"商品|去卖|出售|商用|商业|打广告|营利|盈利")
USE_NOTICE_MAX = 80
SITE_SELF = lazy_compile(r"本屋|本站|本网|本号|本平台|站务|作者同意|原作者")  # the site speaks of itself (not a county's own "各村可以随便用")


# …and a page on what it holds if that infringes ("如本文档侵犯您的权益，请点「申诉」递交材料，核实后将下架。"): the page
# names itself (not "发现有人侵犯您的权益，请向平台投诉，平台核实后将下架商品", advice on a shop)
PAGE_INFRINGES = lazy_re(r"(?:本文档|本文|本站内容|本页|此文|此页|该文档|本资料)[^，。；：:,\n]{0,4}(?:侵犯|侵害|侵权|涉及侵权|涉嫌侵权)")  # the page is what infringes (not "本文提醒：若发现商家…侵害")
COMPLAINT = lazy_compile(r"申诉|投诉|举报|联系|告知|来信|来函")


# …or, short, the site itself to write to for it ("推存集按公开推送原样存档，若需撤稿请与本站联络"; not a story's "平台存档后下架了
# 相关链接", no one to write to)
SITE_TO_WRITE = lazy_compile(r"(?:与|向|给|联系|联络)(?:本站|本网|本平台|本号|站长|站务|我站|小站)|(?:本站|本网|本平台|本号|站长)[^，。；;,\n]{0,4}?(?:联系|联络|反馈)")


def _takedown_notice(line: str) -> bool:
    return bool(COPIES_ONLY.search(line) and (RIGHTS_STAY.search(line) or ORIGINAL_POSTER.search(line)) and TAKEN_DOWN.search(line)) or (
        len(line) <= USE_NOTICE_MAX and bool(COPIES_ONLY.search(line)) and bool(SITE_TO_WRITE.search(line)) and bool(TAKEDOWN_VERB.search(line))) or (
        len(line) <= USERS_UPLOADS_MAX and bool(USERS_UPLOAD.search(line)) and bool(RIGHTS_HOLDER.search(line)) and bool(COMPLAINT_ROUTE.search(line))) or (
        len(line) <= USE_NOTICE_MAX and bool(FREE_USE.search(line)) and bool(SOLD_USE.search(line)) and bool(SITE_SELF.search(line))) or (
        len(line) <= USE_NOTICE_MAX and bool(PAGE_INFRINGES.search(line)) and bool(COMPLAINT.search(line)) and bool(TAKEN_DOWN.search(line)))


THREAD_STARTER = lazy_compile(r"楼主|发帖人|主题作者")  # a forum's word for whoever started the thread (the replies are comments)
POSTED = lazy_compile(r"(?m)^[ \t\u3000]*原创[ \t\u3000]|发表于|发布于")  # (?m): searched from a line's start inside the page  # a WeChat post's byline: "原创 作者 公众号 日期 时间 发表于江苏"
SITE_HEADER_MAX = 40
SITE_LINE_ABOVE_MAX = 80
LABEL_PAIR = lazy_compile(r"(?:^|(?<=[ \t\u3000]))\p{Han}[\p{Han} ]{1,5}[:：][ \t]*[^ \t\u3000:：]{1,40}")  # "主题分类：公安"
MENU_BAR = lazy_compile(  # a site's bar, never a headline ("…APP推广注册工作的通知" is one: the words stand alone on a bar)
    r"(?:^|(?<=[ \t\u3000|｜/／·\[【]))(?:会员|免费|用户|立即)?(?:登录|登入|注册|搜索)(?:[/／|｜]?(?:登录|登入|注册))?(?=$|[ \t\u3000|｜/／·\]】])"
    r"|首页[ \t\u3000|｜]"
)
KICKER = lazy_compile(r"[【\[][\p{Han}]{2,8}[】\]]")  # "【反诈进行时】": a column's name above the headline  # "北嵊职业技术学院　BEISHENG VOCATIONAL AND TECHNICAL COLLEGE"
# The sections of news, government and school sites, shown above the headline ("通知公告").
SECTION_NAME = lazy_compile(
    r"(?:通知公告|公示公告|新闻动态|新闻中心|工作动态|基层动态|部门动态|媒体聚焦|媒体报道|学院要闻|学校要闻|校园新闻|图片新闻|要闻|热点新闻|"
    r"综合新闻|本地新闻|社会新闻|政务公开|信息公开|政策解读|警务资讯|警方提示|平安动态|热点信息|头条|资讯)"
)
SYMBOL = lazy_compile(r"(?!№)\p{So}")  # emoji and pictographs: 📚, 🔍, 👍 (not №, which numbers)
# "共计1536个字，预计阅读时长6分钟", "[预计阅读时间：3分钟]": how long the page takes to read.
READING_TIME = lazy_compile(
    r"(?:预计)?(?:全文)?(?:阅读|读完|看完)(?:全文|本文)?(?:时长|约|大约)?(?:需|需要)?(?:大约|约)?[ \t]*(?:\d+|[一二三四五六七八九十两半]{1,3})[ \t]*分钟"
    r"|(?:预计|全文|本文)(?:阅读|读完|看完)(?:时间|用时)[：:]?[ \t]*(?:约|大约)?[ \t]*(?:\d+|[一二三四五六七八九十两半]{1,3})[ \t]*分钟"  # "[预计阅读时间：3分钟]" (not a lesson's "阅读时间：10分钟")
    r"|(?:约|大约|约莫)[ \t]*(?:\d+|[一二三四五六七八九十两半]{1,3})[ \t]*分钟(?:就能|即可)?(?:读完|看完)"  # "阅读本文约需2分钟", "约莫三分钟看完"
    r"|(?:这篇|本文|全文|本篇)[^。！？!?\n]{0,12}?(?:\d+|[一二三四五六七八九十两半]{1,3})[ \t]*分钟(?:就|便)?(?:能|可|可以)?(?:读完|看完)"  # "这篇一千来字，慢慢看三分钟能看完"
    r"|(?:(?:全文|本篇)(?:共计?|约)?|共计?)[ \t]*\d+[ \t]*个?字"
    r"|(?:篇幅|全文|本文|本篇)[^。！？!?\n]{0,6}?(?:约|大约|约莫|差不多)[ \t]*(?:\d+|[一二三四五六七八九十两半]{1,3})[ \t]*分钟"  # "篇幅短，约莫两分钟"
)
# What a site's own header lines say about it (above the headline, these lines are the site's).
SITE_WORDS = lazy_compile(r"(?<![护全天联系诈骗控])网(?=$|[ \t\u3000|｜·\-—_])|站(?=$|[ \t\u3000|｜·\-—_])|网站|门户|平台|(?:APP|App|app)(?=$|[ \t\u3000|｜·\-—_]|下载)|登录|登入|注册|搜索|客户端|会员|首页|主页|频道|官方|订阅|(?:存档|归档|文章库|微信文章|公众号文章)(?=$|[ \t\u3000|｜·\-—_])")  # "X网" ends a name, "网店" does not, nor "织密防护网", "天网", "反诈网" ("南渚政法网" does); a mirror keeps an archive of posts
# What a mirror of public accounts says it does for its reader, at the page's top: keeps posts to read again
MIRROR_MOTTO = lazy_compile(
    r"(?:推送|公众号文章|公众号|好文|文章)[^。！？!?\n]{0,8}?(?:攒|随手存|存起来|存下来|收藏|存档|留存)|(?:攒|收藏|存档|留存)[^。！？!?\n]{0,10}?(?:推送|公众号文章|好文)"
)
SPACED_SEPARATOR = lazy_compile(r"[ \t\u3000](?:-|–|—{1,2}|\||｜|·)[ \t\u3000]")
# the site's name may open it; items between spaces, bars or dots ("栟川公安 · 警讯　通报　网上办　防骗课堂")
# (not "不听 · 不信 · 不透露 · 不转账", "识骗/防骗/拒骗/反骗": a slogan's items between dots throughout)
MENU_HOTLINE_TAIL = lazy_compile(r"[ \t\u3000]{2,}(?:客服|服务|咨询)?(?:热线|电话)[ \t:：]*[0-9xX\-－]{3,}[ \t\u3000]*$")  # "…消保专区　　　客服热线 955xx": the site's number after its menu
# MENU_COUNTS: a menu's items may carry their counts ("综合新闻 (328)　|　院系动态 (1,046)", "公司要闻［412］　服务公告［96］")
# and end on the account's links ("…　|　账号登录　立即加入　忘了密码？"): read without them, the items are a menu's.
MENU_ITEM_COUNT = lazy_compile(r"[ \t]*[(（［\[〔【][ \t]*\d[\d,，]*[ \t]*[)）］\]〕】](?=[ \t\u3000|｜]|$)")
# …a column of the site among them (not "刷单返利（12）　冒充客服（8）　…", a bulletin's own count of cases by kind)
MENU_COLUMN = lazy_compile(r"新闻|要闻|公告|动态|专区|聚焦|通知|资讯|专题|视频|图片|首页|政务|服务|公开|头条|热点|快讯|栏目")
MENU_PASSWORD_END = lazy_compile(r"(?<=忘了密码|忘记密码|找回密码)[？?][ \t\u3000]*$")


def _menu_items(line: str) -> str:
    """A line read as a menu (MENU_LINE): a hotline after it, its items' counts and the question mark of its
    password link left out (MENU_COUNTS)."""
    line = MENU_HOTLINE_TAIL.sub("", line)
    return MENU_PASSWORD_END.sub("", MENU_ITEM_COUNT.sub("", line) if MENU_COLUMN.search(line) else line)


MENU_LINE = lazy_compile(r"[\p{Han}A-Za-z]{2,12}(?:[ \t\u3000]*[·•／/][ \t\u3000]*|[ \t\u3000|｜]+)[\p{Han}A-Za-z]{2,6}(?:[ \t\u3000|｜]+[\p{Han}A-Za-z]{2,6}){2,}")
# A line of genre keywords ending in a full stop: "X总结,Y总结。", "电信诈骗宣传防范工作总结。".
GENRE_END = r"(?:总结|方案|计划|报告|汇报|简报|心得体会|心得|体会|范文|大全|模板|策划|讲话稿|演讲稿)"  # (汇报, 简报: "…年度工作汇报。")
SEO_KEYWORDS = lazy_han(rf"[\p{{Han}}0-9]{{2,30}}{GENRE_END}(?:[,，、][\p{{Han}}0-9]{{2,30}}{GENRE_END})*[。.]")
# What people type into a search box for this genre: how to write it, a model text, a length, free, download, a set of them.
SEARCH_PHRASE = lazy_compile(r"怎么写|如何写|怎样写|写什么|范文|范本|模板|例文|大全|合集|下载|[一二三四五六七八九两]?[百千][一二三四五六七八九十]?字|\d{3,4}字")  # not 免费, 精选, 十字口诀
SEO_PHRASE = lazy_compile(r"\p{Han}{4,16}")
SEO_COMMA = lazy_compile(r"[ \t]*[,，][ \t]*")
SEARCHER_ASKS = lazy_compile(r"怎么(?:写|策划|搞)|如何(?:写|策划)|免费(?:拿|领|下|送)|白拿|白送|样子|样板|样式")  # a searcher's words for a sample (not 怎么办, 怎么做: a headline asks so)
SEO_PHRASES_MIN = 3  # phrases on the line
SEO_SEARCHED_MIN = 2  # of them in a searcher's words


def _seo_phrases(line: str) -> bool:
    """A line of search phrases between spaces, above the text: "教师防骗体会怎么写 反诈课后感想八百字
    免费防骗感想范本下载 感想大合集". Three or more phrases of Han alone, two of them in a searcher's
    words (SEARCH_PHRASE); not a slogan's parallel phrases ("防范电信诈骗　守护百姓钱袋　共建平安社区"),
    nor a title and its count ("2024年反诈工作总结 范文大全 (通用10篇)"), nor a menu's short items."""
    phrases = line.split()
    joined = [p for p in SEO_COMMA.split(line.strip().rstrip("。.")) if p]  # "防骗月方案样子免费拿,反诈宣传月怎么策划好。": joined by commas
    return (
        len(phrases) >= SEO_PHRASES_MIN and all(SEO_PHRASE.fullmatch(p) for p in phrases)
        and sum(bool(SEARCH_PHRASE.search(p)) for p in phrases) >= SEO_SEARCHED_MIN
    ) or (
        len(joined) >= 2 and all(SEO_PHRASE.fullmatch(p) and (SEARCH_PHRASE.search(p) or SEARCHER_ASKS.search(p)) for p in joined)
    )  # (every phrase a searcher's: not "反诈宣传怎么做，听听民警怎么说", a headline)


BREADCRUMB_PART_MAX = 20
ARROWS = lazy_compile(r">|＞|≫|›|»|→|▸|▶|►|》|❯|❱|⟫")  # (long and double arrows lead a scam's steps as often: "加好友 ⟶ 拉进群")
BREADCRUMB_WORD = lazy_compile(r"首页|主页|当前位置|位置|您在|你在|正文|栏目|频道|新闻|动态|资讯|中心|专题|范文|文库|列表|政务|专区|文档|资源|导航|所在|当前|正在看|全部分类|文集|大全")
CRUMB_LINE_MAX = 60
LOCATION_LABEL = lazy_compile(r"[ \t\u3000]*(?:(?:当前|所在|您所在|你所在|您的|你的|您现在的|当前所在)?(?:栏目|位置|页面|频道)|(?:您|你)(?:现在|当前|正|目前)?(?:所在|在|位于|处于|所处)(?:这里|此处|的位置|位置)?|(?:您|你)?正在(?:阅读|浏览|查看)|当前阅读)[:：][ \t\u3000]*")  # "您在这里：", "您正处于："
STEP_VERB = lazy_compile(r"下载|注册|开启|打开|点击|输入|填写|选择|登录|进入|扫码|扫描|关注|绑定|确认|提交|安装|认证|拨打|挂断|核实|加好友|拉进|转账|汇款|刷单|返利|充值|投资")  # a scam's steps: "加好友 — 拉进群 — 转账"
CRUMB_LABEL = lazy_compile(r"^[ \t\u3000]*\p{Han}{2,6}[:：][ \t\u3000]*(?=\S)")  # "所在栏目：", "你正在看：", a site's words for where the page is


BOOK_NAME = lazy_compile(r"《[^《》\n]{1,30}》")


def _steps(line: str) -> bool:
    """Steps of a procedure between arrows or bars: "下载APP ⟶ 注册 ⟶ 开启预警" (the page's layout has no verbs)."""
    parts = [p.strip() for p in SEPARATOR.split(line) if p.strip()]
    return len(parts) >= 2 and sum(1 for p in parts if STEP_VERB.match(p)) >= 2


UNPAIRED_ARROW = lazy_compile(r"[ \t\u3000]*》[ \t\u3000]*")


# a path whose separators the scrape lost, from the site's home or to the page's text: "首页 新闻中心 院内动态", "学工在线 通告栏 正文"
SPACED_PATH = lazy_compile(r"[ \t\u3000]*(?:(?:首页|主页|网站首页|本站首页)(?:[ \t\u3000]+\p{Han}{2,8}){2,}|\p{Han}{2,8}(?:[ \t\u3000]+\p{Han}{2,8})+[ \t\u3000]+正文)[ \t\u3000]*")


def _breadcrumb(line: str) -> bool:
    """Three or more short parts between separators: "首页 > 新闻中心 > 社区动态" (not "<script>…</script>");
    or two after a label ("所在栏目：工作总结 / 公安工作总结", "栏目导航：政务信息》公示公告"), or two
    joined by an arrow with a place word ("警务资讯 › 反诈专栏"); or a path from home or to the text
    between spaces alone (SPACED_PATH; "不听 不信 不转账" is a slogan)."""
    if "<" in line or DATE.search(line):
        return False  # a date makes it a byline ("由 X 审校 · 2024年9月11日 上架 · 活动方案")
    if SPACED_PATH.fullmatch(line):
        return True
    line = BOOK_NAME.sub("书", line)  # "《暗网迷途》观后感 · 读者来稿汇选": a work's name, its 》 no arrow
    if "》" in line and "《" not in line:  # "当前：院内动态 》科室新闻": a 》 no book title opened is an arrow, spaced or not
        line = UNPAIRED_ARROW.sub(" 》 ", line)
    label = CRUMB_LABEL.match(line)
    parts = [p.strip() for p in SEPARATOR.split(line[label.end() :] if label else line.strip())]
    doubled = "＞＞" in line  # "您所处的位置 ＞＞ 反诈专栏 ＞＞ 基层动态": each doubled arrow leaves an empty part
    if not ((sum(not p for p in parts) <= 1 or doubled) and all(len(p) <= BREADCRUMB_PART_MAX for p in parts)) or (
            label and _parallel(line[label.end() :]) and not LOCATION_LABEL.fullmatch(label.group())):
        return False  # "口诀：不听｜不信｜不转账" is a slogan under its label (not "位置：家校共育 / 家长课堂")
    if any(STEP_VERB.match(p) for p in parts):
        return False  # steps to follow, not places: "下载国家反诈中心APP → 注册 → 开启预警功能"
    if label and LOCATION_LABEL.fullmatch(label.group()) and len(parts) == 1 and parts[0] and not SENTENCE_PUNCT.search(parts[0]):
        return True  # "当前栏目：检察要闻": where the page is filed, one section after a label that says so
    if len(parts) == 2 and all(parts):  # "位置：家校共育 / 家长课堂": a label that says where the page is, or a place word
        return bool((label and LOCATION_LABEL.fullmatch(label.group())) or ((label or ARROWS.search(line)) and BREADCRUMB_WORD.search(line)))
    # arrows lead somewhere; slashes and pipes are a breadcrumb only with a place word ("不听 / 不信 / 不转账" is a slogan)
    located = label is not None and (LOCATION_LABEL.match(line) is not None or BREADCRUMB_WORD.search(label.group()) is not None)
    return len(parts) >= 3 and bool(ARROWS.search(line) or BREADCRUMB_WORD.search(line) or located or (label and HAS_SEPARATOR_CHAR.search(line)))


# Above the headline only: a site files the page under sections joined by arrows or dots, the last
# often a genre ("讲话稿 → 政务讲话 → 平安建设", "秋池文集 · 心得体会 · 培训心得"); the same shapes in
# a document are a scam's or a procedure's steps ("加好友 → 拉进群 → 无法提现"), never above it.
TOP_CRUMB_SPLIT = lazy_compile(r"[ \t\u3000]*(?:→|〉|⟩|›|>|》|·|・|•|/+|／+|▷|▶|►|＞|(?<=[ \t\u3000])(?:[" + ARROW_SYMBOLS + r"]|::|∷|⋯|❯|❱|⟫|—|–|‣|＼|\\)(?=[ \t\u3000])|" + SPACED_SYMBOL + r")[ \t\u3000]*")  # also " — ", " // "
TOP_ARROW = lazy_compile(r"(?<=[ \t\u3000])[" + ARROW_SYMBOLS + r"](?=[ \t\u3000])")
TOP_CRUMB_PART = lazy_compile(r"\p{Han}{2,8}")
TOP_CRUMB_LINES = 3
# a section's separator between spaces, the same each time (not a scam's sentence, nor a slogan's parts opening alike)
CRUMB_SEPARATOR = lazy_compile(r"^[^ \t\u3000]+(?:[ \t\u3000]+(?P<s>[/／|｜∷⋯⁄‣›»>＞⟩⊳➝⇨⇒→〉▸▷•·—–＼\\]+)[ \t\u3000]+[^ \t\u3000]+)(?:[ \t\u3000]+(?P=s)[ \t\u3000]+[^ \t\u3000]+)*$")
HEADLINE_MAX_CHARS = 60
# (any arrow: "志愿故事 ⟶ 暑期项目", "新闻 ⇀ 平安沬阳", "反诈课堂 ⪢ 所队故事", "服务公告 ⟩ 防诈提醒")
TWO_CRUMBS = lazy_compile(r"\p{Han}{2,6}[ \t\u3000]+(?:>|＞|›|»|〉|⟩|⪢|≫|⟫|❯|❱|[" + ARROW_SYMBOLS + r"])[ \t\u3000]+\p{Han}{2,6}")


def _top_breadcrumb(line: str, headline_below: bool = False) -> bool:
    if splitter.COUNTED_IN_TITLE.search(line):
        return False  # "梧岙小区公告栏 · 本月三则提醒": a title counting what it holds, no path
    if headline_below and TWO_CRUMBS.fullmatch(line.strip(" \t\u3000")):
        return True  # "平安蕨湾 ＞ 防骗课堂" over the headline: a site and its section (not the headline "刷单返利 ＞ 血本无归")
    parts = TOP_CRUMB_SPLIT.split(line.strip(" \t\u3000"))
    if len(parts) < 2 or not all(TOP_CRUMB_PART.fullmatch(p) for p in parts) or any(STEP_VERB.match(p) for p in parts):
        return False
    if headline_below and CRUMB_SEPARATOR.search(line) and len({p[0] for p in parts}) * 2 > len(parts):
        return True  # "策划安排 / 活动策划 / 物业社区", "潆川之窗 ⇒ 公开目录 ⇒ 公示栏" over the headline: one separator between spaces, any
        # (parts opening alike, most of them, are a slogan's: "不听 / 不信 / 不转账")
    return (
        len(parts) >= 3
        and (GENRE_WORD.search(parts[-1]) is not None or any(BREADCRUMB_WORD.search(p) for p in parts) or "→" in line or "〉" in line or "▷" in line
             or TOP_ARROW.search(line) is not None)
    )  # (any arrow above the text: "磬川融媒 ⟶ 乡镇台 ⟶ 楸坪"; in the text, "网络引流 ⟶ 小额返利 ⟶ …" are a scam's stages)


# A section's number alone on its line, as reposts number their pieces ("01", "02.", PHENOMENA.md §5): the document's
# layout, never a page number (those stand bare, "1", or framed, "- 1 -", "第1页")
BARE_SECTION_NUMBER = lazy_compile(r"[ \t\u3000]*(?:0[1-9]|[1-9][0-9]?[.．、])[ \t\u3000]*")


def _weak_chrome(line: str, f: LineFeatures) -> bool:
    """A line that is chrome when its neighbours are: short, no prose, and chrome-like layout."""
    if f.prose or f.n > SHORT:
        return False
    if f.weak and f.sentence == 0 and f.n <= WEAK_LINE_MAX and f.han <= WEAK_LINE_HAN:
        return True
    if f.han == 0:
        return True  # "53 0", "A+ A-", "|", "PAGE", "1 / 41"
    if (ISO_DATE.search(line) or f.times) and f.han <= 6 and not _document_fields(line):
        return True  # a bare date as sites write it, or a time ("2024年8月30日" under a signature is the document's)
    return False


FONT_SIZE = lazy_compile(
    r"(?:[【\[〖]?[ \t]*(?:阅读设置|字号|字体|文字大小|字体大小|调整字号|字体设置|放大阅读|文字))?[:：]?"
    r"(?:[ \t\u3000|｜/【】〖〗\[\]]*(?:标准字?|大字|中字|小字|超大字?|特大字?|较大|较小|默认|放大|缩小|还原|加大|减小|[大中小]号|[大中小](?=[ \t\u3000|｜/】〗\]]|$)|[AＡ][+＋\-－]{0,2}(?=[ \t\u3000|｜/】〗\]]|$))){2,}[ \t\u3000】〗\]]*"  # "放大阅读：A+ A A－", "文字大小：Ａ　Ａ＋　Ａ＋＋"
    r"(?:[【\[〔［〖][ \t]*[^】\]〕］〗\s]{1,6}[ \t]*[】\]〕］〗][ \t\u3000]*)*"  # …and buttons after: "【文字：放大 还原 缩小】【打印】"
)
BUTTONS = lazy_compile(r"(?:[【\[〔［〖][ \t]*[^】\]〕］〗\s]{1,6}[ \t]*[】\]〕］〗][ \t\u3000]*){2,}")  # "【大字】【标准】【小字】　【打印文章】", "[ 复制本篇 ]　[ 导出Word ]", "〖送打印机〗　〖关掉此页〗"
HASHTAG = lazy_compile(r"#[^\s#]{1,16}")  # "收录于合集 #毕业季防骗 6个"
BRACKETS = lazy_compile(r"[【\[〔［〖】\]〕］〗]+")
ARROW_MARKS = lazy_compile(r"[↑↓←→↪↩⇢⇠➜➤]")  # "↑↑↑ 戳蓝字", "↪ 打开原文"
LABEL_OPENS = lazy_compile(r"^[ \t\u3000]*\p{Han}{2,6}[:：]")
# A summary's label opening the first paragraph: the site's summary of the text, not the text
# (a document's own "内容摘要：" or "简介：" stays).
SUMMARY_LABEL = lazy_compile(
    r"[ \t\u3000]*(?:[\p{So}\p{Sm}][ \t\u3000]*)?[【\[]?(?:\p{Han}{0,4}(?:速览|导读|概要|要点|按语|的话|点睛|速读|提要|看懂|读懂|读完)|核心提示|内容说明|文档摘要|文档简介|简介|材料简介|资料说明|文档说明|资源说明)"
    r"(?:[（(][^）)\n]{1,30}[）)])?[】\]]?[:：]"
    r"|[ \t\u3000]*(?:核心提示|内容提要|本文导读|导读)\u3000"  # a paper sets its box's label off by a wide space: "核心提示　柜台前多问三句话…"
    r"|[ \t\u3000]*(?<![A-Za-z])(?:AI|ai)[ \t]*(?:导读|速读|摘要|总结|概要|速览)\u3000"  # "AI 总结　…": a summary a machine wrote, at the top (with a colon: INTRO_LABELS)
    # (not 导语: a news story's own lead, "导语：“我儿子在外地出事了…”一位老人的急切…", "【导语】最近，不少市民…")
)
SUMMARY_TOP = 4  # …among this many first lines the page keeps (title and subtitle included)
OWN_SUMMARY = lazy_compile(r"[ \t\u3000]*本(?:报告|调研|调查|课题|研究|论文)")  # a report naming itself under its own 提要: "内容提要：本报告通过走访…" (a site's "导读：本方案…" stays the site's)
OWN_SUMMARY_LABEL = lazy_compile(r"[ \t\u3000]*(?:内容)?(?:提要|摘要)")
# NEWS_ABSTRACT: a bare "摘要：" in the site's header (under its byline or counter), telling the story's news in the third person
# ("摘要：12路公交司机察觉乘车老人接电话时手发抖，停车报警…"): the site's; a report's own abstract stands under its title, or
# states its purpose and method ("摘要：为摸清农村老年人受骗的特点，课题组于…")
NEWS_ABSTRACT = lazy_compile(r"[ \t\u3000]*摘要[ \t]*[:：｜|丨][ \t\u3000]*(?=\S)")  # also "摘要｜…"
REPORT_ABSTRACT = lazy_compile(r"^[ \t\u3000]*为|调研|调查|课题|问卷|研究|分析|本文|文章|本报告|对策|建议|样本|访谈|统计|近年来|路径|同比|环比")
AUTHOR_FIELDS = lazy_compile(r"作者[ \t]*[:：][^\n]*(?:单位|学校|学院|大学)[ \t]*[:：]?")  # "作者：李明　单位：某某大学": a paper's own header
# A summary of the file in the third person, under a label ("摘要：这是一份…", "✦ 智能摘要" over "文章讲述了…");
# a document's own 摘要 (a paper's, a report's) speaks of its subject, not of "this file".
DESCRIBING = lazy_compile(r"[ \t\u3000]*(?:这是一(?:份|篇|则)|本文(?:档)?(?:主要)?(?:讲述|介绍|讲了|记录|回顾|总结)|(?:文章|该文|这篇文章|全文)(?:主要)?(?:讲述|介绍|讲了|记录|回顾|总结|围绕))")
ABSTRACT_LABEL = lazy_compile(r"[ \t\u3000]*(?:[✦◆●■▍★☆◇]|\p{So})?[ \t\u3000]*(?:智能|AI|ai|内容|文章|本文|文档)?(?:摘要|速览|导读|概要)[ \t\u3000]*[:：]?[ \t\u3000]*")
ABSTRACT = lazy_compile(r"[ \t\u3000]*(?:[✦◆●■▍★☆◇]|\p{So})?[ \t\u3000]*(?:(?:智能|AI|ai|文档)?摘要|文档(?:概述|简介|概要))[ \t\u3000]*[:：][ \t\u3000]*(?=(?:这是)?一(?:份|篇|则)|该文档|本文档)")  # "文档概述：一份县政协调研组写的报告…"  # not "内容摘要：本文介绍了…", a document's
# A summary box: a label alone on its line that sums up "this piece" ("◢ 三句话读懂本文", "［本文概要］",
# "【全文要点】"), then its points, each opening with a mark (①, ·, 1.), down to the first line without one.
SUMMARY_BOX = lazy_compile(
    r"(?:本文|全文|此文|一文|[一二三四五六七八九十\d]句话)\p{Han}{0,2}?(?:读懂|看懂|概要|要点|提要|速览|导读|摘要|梗概)"
    r"|(?:读懂|看懂|概要|要点|提要|速览|摘要)(?:本文|全文)"  # not 要点速览, 核心提示 alone: a document's own box
)
SUMMARY_BOX_LABEL_MAX = 16
SUMMARY_BOX_REST = 2  # Han characters the label holds besides its words ("本文" in "三句话读懂本文")
SUMMARY_POINT = lazy_compile(r"[ \t\u3000]*(?:[①-⑩❶-❿·•●▪◦\-–*]|\d{1,2}[.．、](?!\d))[ \t\u3000]*(?=\S)")
SUMMARY_POINTS = (2, 6)  # a box holds this many points
# What split takes for an article's heading or a collection's count: "第一篇：X", "【第1篇】X",
# "范文一：X", "X(3篇)"; and a numbered item of a list ("18 遇到可疑打96110 多问一句少受骗").
ARTICLE_HEADING = Trigger(
    r"篇|(?:范文|例文|范例|样本|范本|样文|样稿|例稿|模板|示例|样例)[一二三四五六七八九十0-9]|(?:Sample|SAMPLE|Example|EXAMPLE|Template|TEMPLATE)[ \t]*[0-9]|第[一二三四五六七八九十0-9]{1,3}[则例辑套]|^(?:[①-⑳]|[Ⅰ-Ⅻ]|其[一二三四五六七八九十])"
    r"|^(?:NO|No|no)[.．]?[ \t]*\d{1,2}[ \t\u3000]*[｜|丨:：]"  # "No.1｜X": an article's number, not a counter
    r"|^[0-9]{1,2}[/／][0-9]{1,2}[ \t\u3000]+(?=\S)"  # "1/5 X": the first of the page's five, not a date
    r"|^#[0-9]{1,2}[ \t\u3000]+(?=\S)"  # "#01 X": an article's number, not a hashtag
)
LIST_ITEM = lazy_compile(r"^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:[ \t\u3000、.．)）]|$)")
SALUTATION_LINE = lazy_compile(r"^[ \t\u3000]*[\p{Han}（）()、·]{2,30}[:：][ \t\u3000]*$")  # "各村（社区）：", "尊敬的家长朋友们："
DOCUMENT_DATE = lazy_compile(r"^[ \t\u3000]*[(（]?[ \t]*(?:\d{4}|[〇零一二三四五六七八九]{4})[ \t]*年[^\n]{0,10}[)）]?[ \t\u3000]*$")


# A call to download or copy, in a site's own words: a weak chrome word (下载, 复制, 获取…) with
# a mark of the site's widgets: a price in its tokens, a membership, a file format, a teaser's
# count of what is left, an arrow. A document's "下载国家反诈中心APP" has none of them.
CTA_MARK = lazy_compile(
    r"\d+[ \t]*个?(?:币|豆|积分|点券|金币|下载券)|需[ \t]*\d+[ \t]*\p{Han}{0,3}币|需(?:消耗|支付|扣除)|VIP|vip|会员|年卡|月卡|免费(?:复制|下载|阅读|查看)|前\d+字"
    r"|(?:余下|剩余|还剩)\d+页|[Ww]ord|PDF|pdf|docx?|[›»▼→][ \t\u3000]*$"  # an arrow ends a link, not a step ("下载APP → 注册 → 开启预警")
)
CTA_SENTENCE_MAX = 40  # a call of two kinds of marks may hold a sentence's punctuation when this short
CTA_MARK_KINDS = (  # the kinds of a site's widget marks, looked for together by CTA_ANY_KIND
    r"[Ww]ord|PDF|pdf|PPT|ppt|docx?|原稿|合订版|可编辑",  # a file
    r"[\d一二三四五六七八九十两]+[ \t]*个?(?:积分|知币|学习币|下载券|豆)|下载券"  # the site's tokens
    r"|\d+[ \t]*[张枚个点]?(?!优惠|消费|代金|礼品|购物|电子|纸质)\p{Han}{0,2}?(?:币|券)(?!商)|(?:币|券)[ \t]*\d+[ \t]*[张枚个点]"  # "消耗1张文书券", "（2鹭币）", "站内币12枚"
    r"|售价[ \t\u3000]*\d+[ \t]*\p{Han}{0,2}(?:豆|币|钿|贝)|\d+[ \t]*枚\p{Han}{0,2}(?:钿|贝|豆)",  # "售价　6 荚豆", "售3枚铜钿": a site's own currency
    r"学习卡|会员|VIP|vip|(?<!公交)[月年季周]卡|[一二三两\d]日卡|办\p{Han}?卡享",  # a membership ("需开通“学币月卡”", "再送一张三日卡", "办豆卡享 5 折"; not a bus pass)
    r"一键(?:打包|生成|导出|下载)|存为|解锁|兑换|前\d+字|[›»▼→▸][ \t\u3000]*$|(?:可|才能)(?:看|查看|阅读)(?:完整|全文|全部)"  # the site's actions and links
    r"|[【〔\[]取用[】〕\]]|存到本地|预览(?:完毕|结束)|免费(?:看|读)\d+次|今日还(?:可|能)"  # "【取用】", "今日还可免费看2次"
    r"|付费(?:区|部分|内容)|畅读|(?:可|能)?复制[ \t]*\d+[ \t]*字|导出为"  # "下方为付费区", "每次可复制 150 字", "合并导出为 Word"
    r"|游客|登录后|首次登录|其余需购买|需购买|免费展开|看完[^，。\n]{0,10}?广告|办卡后?|仅对会员",  # "游客可看…，登录后再送…，其余需购买"
    r"可看[ \t]*\d+[ \t]*页|再送[ \t]*\d+[ \t]*页|\d+[ \t]*页折叠|(?:后面|余下|剩下)[一二三四五六七八九十两\d]+[ \t]*(?:段|页)",  # a preview's pages counted
)
CTA_ANY_KIND = lazy_compile("|".join(f"(?P<k{n}>{p})" for n, p in enumerate(CTA_MARK_KINDS)))  # one named group a kind
CTA_KINDS = 2  # marks of two kinds make a call to download without a weak word
ACCOUNT_WIDGET = lazy_compile(r"登录|登入|注册|会员中心|个人中心")  # a site's account, with its saving or its search (above the text only)
SAVE_WIDGET = lazy_compile(r"我的收藏|收藏夹|存进|存到|加入书架|稍后读|加入收藏")
SEARCH_WIDGET = lazy_compile(r"🔍|搜号|搜文|站内搜索|搜索")
OWN_FORMS = lazy_compile(r"报名表|回执|附件|登记表|申请表|表格")  # "（报名表Word版请到协会会员专区下载）": a notice's own forms
TRAILING_CTA = lazy_compile(r"(?<=[。！？!?])[ \t\u3000]*[（(【〔［][^（()）【】〔〕［］\n]{4,40}[）)】〕］][ \t\u3000]*$")  # a site's call glued to a paragraph's end
PEOPLE = lazy_compile(r"民警|警方|骗子|诈骗|犯罪|群众|客户|受害人|居民|老人|学生")
# Where a library's preview stops, and how to get the rest: "可看部分到这里结束，存到本机能读全文", "免费试看就到这儿，全文请下载后翻阅"
PREVIEW_END = lazy_compile(
    r"(?:试看|试读|预览|可看|可读|免费)(?:部分|内容)?[^。！？!?\n]{0,6}?(?:到这里|到这儿|到此|结束|为止)[^。！？!?\n]{0,20}?(?:下载|获取|存到本机|本地|取回|保存|登录|开通|付费|购买|会员|(?i:vip)|才能(?:看|读|查看|阅读)|才可(?:以)?(?:看|读|查看|阅读))"
    r"|全文已(?:显示|展示)完毕[^。！？!?\n]{0,12}?(?:下载|登录|保存|原件)"
    r"|(?:可预览|能看|可看|可读|能读|试看)的?(?:全部内容|就这么多|就这些|到此为止)"  # "— 以上为本文档可预览的全部内容 —", "——能看的就这么多了——"
    r"|下载[^。！？!?\n]{0,6}?(?:后|即)?可(?:查看|阅读|看到)[^。！？!?\n]{0,4}?(?:余下|剩余|剩下|全部|完整)"  # "……下载原文档，可查看余下全部内容……"
    r"|(?:余下|剩余|剩下|其余)(?:内容|部分|页面|\d+页)?[ \t]*(?:需|请|要)(?:获取|下载|购买|付费|登录|开通)"  # "……余下内容需获取原文件"
)
PREVIEW_END_MAX = 40
# The site offering its own tool: "▶ 写讲稿没头绪？试试本站的“讲稿提纲生成”"
SITE_OFFER = lazy_compile(r"(?:试试|用用|体验一下|体验)(?:本站|本网|小编|我们)(?:的|推出的|新上线的)")
SITE_OFFER_MAX = 40
# A site's search box, in its prompt's words: "站内检索：键入警情或办事事项 [查找]", "搜索科室、医生、新闻", "想看什么？搜一搜本地新鲜事"
SEARCH_WORDS = r"搜索|检索|搜一搜|搜一下|搜文档|搜资料|搜号|搜文|站内搜|搜本站|查找"
SEARCH_PROMPT = lazy_compile(
    rf"(?=[^\n]*(?:{SEARCH_WORDS}))(?=[^\n]*(?:输入|键入|填写|关键字|关键词|试试|想看什么|想找什么|想查|🔍|[\[［【〔](?:查找|搜索|检索|搜)[\]］】〕]|[\[［][ \t\u3000]*[\]］]|(?:{SEARCH_WORDS})[^\n，,。！？]{{0,4}}、))"  # also an empty box: "站内查找［　　　］查找"
)
SEARCH_PROMPT_MAX = 40
# Likes counted in words beside a byline: "获赞两千三百多个", "已获187个点赞"
LIKES_LINE_MAX = 16
# A page's size or reads told in words: "全篇六百来字", "本篇已被网友翻看一千四百余次" (not a report's "宣传册共印三千余份")
SIZE_IN_WORDS = lazy_compile(
    r"[ \t\u3000]*(?:全篇|全文|本篇|这篇|本文)[^。！？!?\n]{0,4}?[0-9一二三四五六七八九十百千两]+[来余多]?字(?:左右)?[ \t\u3000]*"
    r"|[ \t\u3000]*(?:本篇|本文|这篇|全文)?已被[^。！？!?\n]{0,4}?(?:翻看|阅读|浏览|看过|查看)(?:了)?[0-9一二三四五六七八九十百千万两]+[余多]?次[ \t\u3000]*"
)
SIZE_LINE_MAX = 20
LIKES_IN_WORDS = lazy_compile(r"[ \t\u3000]*(?:获赞|已获|共获|累计获赞)[0-9一二三四五六七八九十百千万两.,]+[多余]?[个次]?(?:点赞|赞)?[ \t\u3000]*")
# The app's own menu pointed at for sharing: "戳右上角“…”，发进家里的群" (not a scammer's "让他点右上角共享屏幕")
MENU_SHARE = lazy_compile(r"(?:戳|点|点击|轻点|点开)(?:一下)?(?:右上角|右上方|屏幕右上方)[^。！？!?\n]{0,12}?(?:发|分享|转|收藏|星标|星号|置顶)")  # also "…点开右上角「···」把它标成星号"
CTA_CATEGORIES = ("chrome:download", "chrome:nav", "chrome:share")
CTA_LINE_MAX = 60
CAPTION_HAN_MAX = 60
HEADLINE_PROSE_MAX = 40  # a first line this short that reads as prose is a headline…
ZONE_LINES_MAX = 3  # …when at most this many short lines stand between it and the text
HEAD_PICTURE_WORDS = r"题图|头图|首图|封面图"
# What opens a picture's caption: a pointer or frame symbol, a short bracketed tag, "图丨".
CAPTION_MARK = lazy_han(
    # a picture's word in brackets of any kind, with its place in a set ("【组图1/3】", "〘图〙", "『海报』", "〖执法记录仪画面〗", "［画面］"),
    # a picture numbered ("图①", "图Ⅰ"), a video by its player's mark ("⏯ 视频：", "🎞 微视频｜", "⏵ 视频号同步：", "▶ 本条视频 02:05")
    r"^(?:[【〖〘［『「〔\[][ \t]*(?:(?:执法记录仪|记录仪|监控|航拍|无人机|直播)(?:画面|影像)|组图|附图|配图|图片|图|照片|海报|剧照|视频|微视频|短视频)[ \t]*(?:\d{1,2}[ \t]*[/／][ \t]*\d{1,2})?[ \t]*[】〗〙］』」〕\]]"  # not a script's 【画面】
    r"|图[ \t]*(?:[①-⑳]|[Ⅰ-Ⅻ])|[⏯⏵⏩🎞📺][\uFE0F]?[ \t]*\p{Han}{0,4}(?:视频|影像)\p{Han}{0,3}[:：｜|丨]?|[▶▷][ \t]*本条视频"
    r"|[◈▷△▽↑📸📷🖼📹🎬☞◎]+|[〈［](?![一二三四五六七八九十0-9]{1,3}[〉］])[\p{Han}]{1,4}[〉］]|[〖〔【\[](?:PICTURE)[〗〕】\]]|图[ \t]*[丨|｜]"
    r"|(?:配图|图片|照片|画面|影像)说明[:：]|图注[:：]|画面(?:来源)?[:：]|▼?[ \t]*视频[:：]"
    r"|[〔［\[【〖(（](?:HEAD_PICTURE)[:：｜|]|(?:HEAD_PICTURE)[｜|丨]"
    r"|[左右上下](?:图|圖)[:：]|图中(?=[^。！？\n]{0,8}为)|[［\[【](?:附件图片|附件图|附图)[］\]】]"  # "左图：…", "图中左一为…", "[附件图片] …"  # "〔题图：集市一角，…〕", "题图｜…": the picture heading the post (HEAD_PICTURE; not a plan's "头图：…" item)
    # a picture's word and its place in a set, then a separator: "〖截屏一〗…", "截图Ａ｜…", "图甲　…", "P1／…",
    # "◍ 监控录像截取：…", "☝ 截图里：…", "▹ 普法课件一页：…", "照片｜…", "镜头一：…", "⊙庭审瞬间：…"
    r"|(?:[▸▹◍⊙☝▪︎]\uFE0F?[ \t\u3000]*)?(?:[【〖〔［\[﹝][ \t]*(?:截屏|截图|截帧|照片|图|镜头)[甲乙丙丁戊一二三四五六七八九十\dＡ-ＺA-Z①-⑳]{0,3}[ \t]*[】〗〔〕］\]﹞]"
    r"|\p{Han}{0,4}?(?:截屏|截图|视频截帧|截帧|监控录像截取|录像截图|监控截图|照片|镜头|课件一页|定格画面)(?:里|中)?[甲乙丙丁戊一二三四五六七八九十\dＡ-ＺA-Z①-⑳]{0,3}[ \t]*[:：｜|丨/／]"
    r"|图[甲乙丙丁戊Ａ-Ｚ][ \t\u3000]+|P\d{1,2}[ \t]*[/／]|\p{Han}{0,4}(?:瞬间|一瞥|剪影)[:：])"
    r")[ \t\u3000]*".replace("HEAD_PICTURE", HEAD_PICTURE_WORDS).replace("PICTURE", "配图|图片|图|照片|视频|现场图|摄影|影音|动图|组图|剧照|音频|影像|海报|长图")  # not 【图解】, a graphic explainer's heading  # not 【画面】: a script's scene
)  # in 【…】〖…〗〔…〕 only a picture's word ("【篇一】" heads an article); not ▶ ● bullets of headings
HEAD_PICTURE = lazy_compile(HEAD_PICTURE_WORDS)  # the picture heading a post, above its text or its first headline
PICTURE_LABEL = lazy_compile(r"[〖〔【\[［〘](?:配图|图片|图|照片|现场图|组图|海报|长图|视频)[〗〕】\]］〙]")  # "【视频】X", "〖视频〗X": a video's caption
CAPTION_PHRASE_MIN = 8  # a caption describes: "▶ 强化宣传引导" is a heading…
PICTURE_WORDS = lazy_compile(r"[ \t\u3000／/][ \t]*摄(?:$|[ \t\u3000）)])|供图|摄影[:：／/]|图片来源")  # a photographer's credit: the page shows pictures (not "示意图" in prose)
# Who or what a picture shows: people at work, a scene.
SCENE = lazy_compile(
    r"民警|警官|群众|居民|市民|村民|老人|学生|同学|师生|家长|网格员|志愿者|工作人员|员工|职工|客户|摊主|商户|游客|老师|干警|队员|党员|"
    r"现场|一角|合影|掠影|剪影|瞬间|场景|座无虚席|络绎不绝|宣传角|宣传台|展板|咨询台"
)
# A whole line in one pair of brackets that tells a picture's scene: people at something somewhere, or a thing shown
# ("『颁奖现场，获奖同学与评委老师合影』", "「对方发给阿姨的所谓“冻结令”截图，…」"); never spoken to anyone (a quoted message:
# "「您的快递已丢失，请联系客服理赔」"), never a short tag ("【篇一】", "【活动现场】" count elsewhere).
BRACKETED_LINE = lazy_re(r"(?P<open>[〔『【〈「［\[〖（])(?P<inner>[^〔〕『』【】〈〉「」［］\[\]〖〗\n]{8,90})(?P<close>[〕』】〉」］\]〗）])")
BRACKET_PAIRS = {"〔": "〕", "『": "』", "【": "】", "〈": "〉", "「": "」", "［": "］", "[": "]", "〖": "〗", "（": "）"}
SPEECH_IDIOMS = lazy_compile(r"你来我往|你追我赶|你争我抢|你一言我一语|你问我答|你推我让")  # no one spoken to
SHOWN_THING = lazy_compile(r"截图|截屏|合影|现场|照片|画面|界面|海报|立牌|展板|横幅|课程表|宣传栏|展台|摊位|镜头|摄影|摄[ \t]*[/／]")
SCENE_ACTION = lazy_compile(r"在|正|举着|指着|拿着|围着|围坐|向|给|帮|教|弯腰|站在|坐在|排起|贴在|张贴")
ADDRESSED_TO = lazy_compile(r"您|你|我")
PICTURE_PLACE = lazy_compile(r"[左右上下](?:图|圖)[:：]|图中")  # which picture, or where in it
SHOWN_PEOPLE = lazy_compile(r"护士|医生|阿婆|阿姨|大爷|大妈|奶奶|爷爷|孩子|工人|小伙子|店主|柜员|营业员|司机|骑手|社工|村干部|干部|床边|台下|门口")


SCENE_RUN_HAN = 10
RUN_ACTION = lazy_compile(r"陪着|陪同|把|拍下|对照")  # "▲ 民警陪着郁阿姨把几张卡的密码一张张改掉": one of a picture set


def _scene_run(text: str, spans: list[tuple[int, int]], nonempty: list[int], k: int, mark: str) -> bool:
    """Whether the lines opening on a caption's triangle around line `nonempty[k]` all tell a scene (people at
    something, ten Han characters at least): a picture set's captions, not a leaflet's headings ("▲ 刷单返利")."""
    if mark.strip() not in ("▲", "△", "↑", "⬆"):
        return False
    run = [j for j in nonempty[max(0, k - 4) : k + 5] if text[spans[j][0] : spans[j][1]].lstrip(" \t\u3000").startswith(mark)]
    return all(han_count(line := text[spans[j][0] : spans[j][1]]) >= SCENE_RUN_HAN and _people_shown(line) and _scene_action(line) for j in run)


def _people_shown(words: str) -> bool:
    """Someone a picture shows, by the words for people at work (SCENE, SHOWN_PEOPLE)."""
    return (SCENE.search(words) or SHOWN_PEOPLE.search(words)) is not None


def _scene_action(words: str) -> bool:
    """Someone doing something somewhere in a caption's words ("举着", "站在", "挤在", "陪着")."""
    return (SCENE_ACTION.search(words) or SCENE_MOMENT.search(words) or RUN_ACTION.search(words)) is not None


def _bracketed_scene(line: str) -> bool:
    m = BRACKETED_LINE.fullmatch(line)
    if m is None or BRACKET_PAIRS[m.group("open")] != m.group("close") or han_count(m.group("inner")) < CAPTION_PHRASE_MIN:
        return False
    inner = m.group("inner")
    people_at_something = _people_shown(inner) and SCENE_ACTION.search(inner) is not None
    if m.group("open") == "（" and (inner.startswith(("图", "圖")) or inner.rstrip().endswith("。") or not people_at_something):
        # in round brackets only people at something: "（学生猜测，教师不急于给出答案。）", "（根据现场录音整理，有删节）" are
        # the document's notes (and "（图为…）" is CAPTION_INLINE's, within the line)
        return False
    return not ADDRESSED_TO.search(SPEECH_IDIOMS.sub("", inner)) and not inner.rstrip().endswith(("？", "?", "！")) and (
        SHOWN_THING.search(inner) is not None or people_at_something)


# What a picture shows, in words a subheading does not use ("志愿者走进菜市场", "民警温馨提醒" are headings):
# someone showing or explaining to someone, a scene's name at the end, a crowd
SHOWN = lazy_compile(
    r"[向为]\p{Han}{1,8}?(?:讲解|演示|介绍|发放|展示|了解|讲授|上课|宣讲)|(?:现场|一角|场景|情景|过程|合影|掠影)$|座无虚席|络绎不绝|宣传角|咨询台|上门"
)
PEOPLE_AT_WORK = lazy_compile(
    r"\p{Han}{0,4}?(?:民警|警官|辅警|群众|居民|市民|村民|老人|学生|同学|新生|师生|家长|网格员|志愿者|工作人员|员工|职工|客户经理|客户|摊主|商户|游客|老师|干警|队员|党员|柜员|医生|检察官|法官)们?"
    r"(?=\p{Han}{0,3}?(?:在|正在|正|认真|向|为|给|与|上门|参与|聆听|查看|讲解|演示|设点|回访|通报|观看|签订|填写|参加))"
)
SOMEWHERE_NOW = lazy_compile(r"在|正|认真")  # …a place or a moment, on a page that shows no other picture
# In a post of one clause a line, a caption sits between a sentence's end and the next clause line;
# long enough to be no piece of a sentence broken over lines ("民警正在" over "全力追查").
CLAUSE_CAPTION_MIN = 8
SENTENCE_GOES_ON = lazy_compile(r"(?:发现|表示|介绍|认为|得知|了解到|提醒|告诉|指出|强调|说|称|的|了|在|和|与|把|对|向|从|被|将|为|给|但|而|就|也|都|是|要|能|会|让|时|后)$")  # "民警在一次次回访中发现"
CLAUSE_LINE = re.compile(r"[，、；。！？!?…：:][”’」』）)]?$")


def _numbered_heading(line: str) -> bool:
    """An article's heading by its number in any of split's forms ("一｜那位老人攥着存折不肯走", "⒜ 校园反诈宣传标语")."""
    stripped = line.strip(" \t\u3000")
    # (the markers' one alternation first, as split's `_prefixed` asks it: most lines none opens are left after one match)
    return splitter._any_prefix_marker().match(stripped) is not None and any(marker.match(stripped) for _, marker in splitter._prefix_markers())


SERIES_STOP = lazy_compile(r"[ \t\u3000]*第[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ \t]*[站场期讲课回][ \t\u3000]*[｜|丨:：]")  # "第1站｜…", "第三场：…": a series' stop
ORDER_GIVEN = lazy_compile(r"请(?:各|相关|大家|广大|有关)")  # "…，请各单位相应调整安排": a notice's own correction, no site's note


def _ends_sentence(text: str, span: tuple[int, int]) -> bool:
    return ENDS_SENTENCE.search(text[span[0] : span[1]].rstrip(" \t\u3000")) is not None


def _clause_line(text: str, span: tuple[int, int]) -> bool:
    return CLAUSE_LINE.search(text[span[0] : span[1]].rstrip(" \t\u3000")) is not None


def _section_heading(text: str, span: tuple[int, int], f: LineFeatures) -> bool:
    """The document's next numbered section ("三、镇信用社成功劝阻一起诈骗"): a caption may close the section above."""
    return not f.prose and f.sentence == 0 and ENUMERATED.match(text[span[0] : span[1]]) is not None


RULE_LINE = lazy_compile(r"[ \t\u3000]*[—─━\-_=＿－]{6,}[ \t\u3000]*")
MEMBER_SIGNATURE = lazy_compile(r"[ \t\u3000]*(?:个性)?签名[ \t]*[:：][ \t\u3000]*\p{Han}")  # "签名：…" after the rule, not "承诺人（签名）："
MEMBER_SIGNATURE_MAX = 60
CIRCLED = lazy_compile(r"[ \t\u3000]*[①-⑩][ \t\u3000]*")
CIRCLED_ANY = re.compile("[①-⑩]")  # one test of the page: most pages hold none
CREDIT_PICTURES = lazy_compile(r"(?:图片|图|摄影|摄像|照片)[ \t]*[:：丨｜|/／]")  # "图片：项楚楚": the page shows pictures


PICTURE_SET_LABEL = lazy_compile(
    r"[ \t\u3000]*(?:[▍▌■●◆★☆▶►]+[ \t\u3000]*)?[【〖〔\[［]?(?:组图|图集|图组|组照|现场图集|图片集锦|精彩瞬间|\p{Han}{0,2}(?:剪影|掠影))[】〗〕\]］]?[ \t\u3000]*[:：]?[ \t\u3000]*"
)  # "组图：", "图片集锦", "▍本周剪影" alone over its captions
PICTURE_SET_LABEL_MAX = 8
PICTURE_SET_MAX = 6
BARE_CAPTION_MIN = 4
BARE_CAPTION_MAX = 30
BULLET_MARK = re.compile("[☞◎]")  # marks that open headings as often as captions
SCENE_END = lazy_compile(r"(?:现场|一角|合影|掠影|剪影|瞬间|场景)$")  # …or names a scene ("◎ 收网行动现场")
# A scene named by its place and moment, with at most a four-character idiom after it: "庭审现场",
# "讲座现场座无虚席", "活动现场气氛热烈" (not "现场宣传", "深入一线": tasks).
SCENE_EVENT = "活动|讲座|庭审|决赛|竞赛|班会|宣传|培训|会议|签约|颁奖|表彰|演练|启动|仪式|比赛|展演|劝阻|开幕|汇演|答题|宣讲|授课|义诊|集市|赶集"
SCENE_PLACE = "展厅|长廊|宣传栏|宣传角|阵地|会场|校园|社区|站点|大厅|网点|教室|课堂"
SCENE_IDIOM = "座无虚席|气氛热烈|人头攒动|热闹非凡|秩序井然"
SCENE_NAMED = lazy_han(
    rf"[\p{{Han}}“”《》]{{0,12}}(?:{SCENE_EVENT})(?:现场|会场)(?:全景|{SCENE_IDIOM})?|[\p{{Han}}“”《》]{{0,12}}(?:{SCENE_PLACE})一角|[\p{{Han}}“”《》]{{1,12}}(?:合影|掠影|剪影|剧照|留影)"
    r"|[\p{Han}“”《》]{2,14}(?:座无虚席|络绎不绝|人头攒动)"  # "宣传台前咨询的群众络绎不绝", "情景剧《兼职陷阱》表演剧照"
)
# A thing put up to be seen, where it stands: "张贴在村部公开栏的新条款", "园区食堂门口的反诈展板": a picture's caption
# on a page with pictures, when the page has one such line (a feature's subheadings name them so too: "家门口的反诈宣传栏")
OBJECT_SHOWN = lazy_compile(
    r"(?:张贴|悬挂|摆放|竖立|陈列)(?:在|于)\p{Han}{2,10}的[\p{Han}“”《》]{1,8}"
    r"|\p{Han}{1,8}(?:门口|门前|墙上|大厅|路口|广场|村口|街头|路边|旁|边|内|里|上|前|处)的[\p{Han}“”]{0,4}(?:展板|海报|横幅|条幅|宣传画|提示牌|警示牌|宣传栏|公开栏|电子屏|显示屏)"
)  # "讲座现场座无虚席", "反诈长廊一角", "表彰大会合影"; not "开展现场宣传", "冰山一角", "赶到现场"
SCENE_CAPTION_HAN = 18
IN_BRACKETS = lazy_compile(r"[（(]([^()（）]+)[)）]")  # a line wholly in brackets: what they hold
# Where a person stands in a picture, in brackets: "（右二）", "（左起第三人）", "（右一为…）", "（前排左二）", "（中为…）".
PICTURE_POSITION = lazy_compile(r"[（(](?:前排|后排|中排)?(?:左|右|中)(?:起?第?[一二三四五六七八九十1-9][人位个]?|为|起|边|侧)(?:[^()（）]|[（(][^()（）]{1,6}[)）]){0,24}[)）]")
SCENE_PHRASE_MIN = 8
SCENE_PHRASE_MAX = 40
# …people caught in a moment, not given a task ("志愿者走进菜市场", "多措并举，民警进村送平安" are subheadings)
SCENE_MOMENT = lazy_compile(r"正在|正(?![式常确规当义面好])|围着|围坐|坐在|站在|挤满|挤得|递上|摊开|举着|拿着|指着|满满当当|好几圈|问这问那|一左一右|排起|越聚越多|看完了")
SCENE_PLACE_LEAD = lazy_compile(r"\p{Han}{1,10}(?:上|边|旁|里|前|下|中|口|外)，")  # "晒谷场上，…", "田埂边，…"
SCENE_OBJECT_END = lazy_compile(r"的[\p{Han}“”]{0,12}(?:横幅|展板|展架|文化墙|承诺墙|宣传墙|宣传栏|海报|大喇叭|标语|卷宗)$")  # "…新挂起的红底白字防诈横幅"
# A photographer or source after the phrase: "…　柯远帆 摄", "…摄影／孟桐", "拍摄：保卫处宣传科", "(柏川 摄于学术报告厅)".
PHOTO_CREDIT_END = lazy_compile(
    r"(?:[ \t\u3000][\p{Han}·]{2,4}[ \t\u3000]*摄|(?<=[。\p{Han}])[ \t\u3000]*[\p{Han}·]{2,4}[ \t]*[／/][ \t]*摄|摄影[ \t]*[／/:：｜|][ \t]*[\p{Han}·]{2,4}|拍摄[:：][^\n]{2,12}|照片提供[:：][^\n]{2,12}"
    r"|[(（][\p{Han}·]{2,4}[ \t]*摄于[^()（）\n]{1,20}[)）]"
    r"|[(（]?(?:掌镜|拍摄人|摄像|镜头)[ \t]*[:：／/｜|丨][ \t]*[\p{Han}·]{2,4}[)）]?"  # "（掌镜：彭蔚）", "镜头/彭蔚"
    r"|(?<=\p{Han})[ \t]*——[ \t]*摄[ \t]*[／/][ \t]*[\p{Han}·]{2,4}"  # "村民们在夜校里举手抢答——摄/黎秋实"
    # the photographer in other words: "光影记录｜濮蔚然", "掌机：护士　龚小溪", "掌镜者：支局长　余定国", "📷 欧阳棣", "——拍于村部，…覃秀英"
    r"|[ \t\u3000｜|]*(?:光影记录|掌机|掌镜者|拍摄者|摄影人|随手拍)[ \t]*[:：／/｜|丨][^\n]{1,20}|📷[ \t]*[\p{Han}·]{2,4}|——[ \t]*拍于[^\n]{2,30})$"
)
# A bracketed note on a picture alone on its line: "（本报资料照片）", "（示意图，图中人物与本案无关）".
PICTURE_NOTE = lazy_compile(
    r"[(（](?![一二三四五六七八九十0-9])[^()（）\n]{0,20}(?:图|照片|旧照|摄于|画面|截图|已打码)[^()（）\n]{0,20}[)）]"
    r"|" + PICTURE_LABELLED.replace("WORDS", "照片|此图|截屏|截图|画面|图|视频")  # "（照片：老年病科护士在病床旁…）", "（截屏：…）", "（视频：…）"
    + r"|" + WHO_STANDS_WHERE + r"|[(（]请看下图[)）]"  # "（左为大堂经理邱婉）"
)
# A picture's or video's place held on the page, or its caption inside its own bracket: a caption
# whatever stands around it (a note in parentheses, "（流程图见附件）", needs prose beside it).
PICTURE_PLACEHOLDER = lazy_compile(
    r"[〔［〖【\[](?:图片|图|视频|配图|动图)[〕］〗】\]]|〔[^〔〕\n]{1,16}(?:供图|摄|图片|照片)〕|[\[［【〔]?(?:视频加载失败[^\n]{0,16}|(?:图片|视频|动图)(?:暂时)?(?:加载中|无法显示|无法播放|已失效)[^\n]{0,12})"
    r"|[〔［〖【\[](?:图|图片|照片|视频)[ \t\u3000]*[·・:：|｜丨][^〔〕［］〖〗【】\[\]\n]{2,40}[〕］〗】\]]"  # "〔图 · 民警在自助服务区与女子交谈〕"
    r"|[▶▷⏵][ \t]*本条视频[ \t\u3000]*\d{1,2}:\d{2}"  # "▶ 本条视频 02:05": the video's player
    r"|[〔［〖【〘『\[（(](?:附图|组图|配图|海报|现场图|快门下|镜头下|镜头里)[ \t\u3000]*[:：][^〔〕［］〖〗【】〘〙『』\[\]()（）\n]{2,40}[〕］〗】〙』\]）)]"  # "［附图：…］", "（快门下：…）"
)
FILE_TEXT_WITHIN = 3  # …its text within this many lines, page markers between
# a title of ten characters or more, its views glued on ("电动自行车登记上牌指南4382"; not a figure's
# label and its value, "挽回损失金额 1200")
RANKED_TITLE = lazy_compile(r"(?:[-•·●]|\d{1,2}[.、]?)?[ \t\u3000]*\p{Han}[^\n。！？ \t\u3000]{8,60}?[\p{Han}）)”」》]\d{3,7}")
RANKED_RUN = 3
FILE_TITLE = lazy_compile(r"(?P<stem>[^\s：:，。|｜/\\]{4,60})\.(?:docx?|pdf|wps)")  # "X实施方案.docx": a file's name alone
FILE_HEADING = lazy_compile(r"[ \t\u3000]*[0-9]{1,2}[ \t\u3000._、-]+[^\s]{2,60}\.(?:docx?|pdf|wps|txt)[ \t\u3000]*")
COMMENT_HEADER = lazy_compile(
    r"(?:网友|网民|读者|群众|用户|大家)?(?:评论|议论|看法|留言|跟帖|说两句|热评|点评)[^。！？：:\n]{0,12}(?:[（(][ \t]*\d+[ \t]*[)）]|\d+[ \t]*(?:条|位|名)|展开|登录|发表)[^：:\n]*$"
    r"|欢迎[^。！？：:\n]{0,6}?(?:说说|聊聊|留言|评论)[^。！？：:\n]{0,8}?[（(][ \t]*已有[ \t]*\d+[ \t]*条[ \t]*[)）][ \t]*$"  # "…？欢迎在下面说说（已有2条）"
    r"|(?<![^\n])[ \t\u3000]*(?:网友|读者|用户)?(?:评论区|留言区|留言|评论)[ \t]*(?:[（(]精选[)）])?[ \t]*$"  # "网友留言（精选）", "评论区" over the readers' lines
    r"|(?:已有|共)[ \t]*\d+[ \t]*(?:位|条|名)[^。！？\n]{0,8}(?:评论|议论|看法|留言|跟帖)[^：:\n]*$"
)  # a count or the widget's words, and no colon: "部分网友留言（截至3月5日）：" introduces quotes the story gives
PUBLISHED_AT = lazy_compile(r"发布[ \t]*[:：][^\n:：]{2,30}?[ \t\u3000]+(?:时间|日期)[ \t]*[:：][ \t]*(?:19|20)\d{2}(?:[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|[-./]\d{1,2}[-./]\d{1,2})(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?")
FILE_WORDS = lazy_compile(r"纸张|页数|格式|大小|字数|适用|版式|A4|Word|PDF|doc|排版", regex.IGNORECASE)  # …of a file, not a summary's figures
FILE_USE_COUNT = lazy_compile(r"(?:已下载|下载量|下载次数|已被下载)[ \t:：]*[\d,.]+[万wWkK]?|[\d,.]+[万wWkK]?[ \t]*(?:人下载|次下载|人已下载|人用过)")
# A site's footer in fields: who runs it, who keeps it, where it is ("主办：…　运维：…", "地点：…　值班电话：…"); below the text only
SITE_FOOTER_FIELD = lazy_compile(
    r"^(?:主办|承办|主管)[ \t]*[:：][^\n]{2,30}?[ \t\u3000|｜]+(?:运维|技术支持|网站维护|网站管理|网站托管|托管)[ \t]*[:：]|^(?:运维|技术支持|网站维护|网站托管)[ \t]*[:：]"  # (not a notice's 主办：… 承办：…)
    r"|^\p{Han}{2,16}[ \t\u3000]+(?:地点|地址)[ \t]*[:：][^\n]{2,30}?[ \t\u3000]+(?:值班电话|联系电话|电话)[ \t]*[:：]"  # a row: the unit, where, its phone (a letter signs on lines of their own)
)
OUTLET_SLOGAN = lazy_compile(r"[ \t\u3000]*\p{Han}{2,10}(?:融媒|日报|晚报|早报|时报|新闻网|网|电视台|客户端|发布|之声)[ \t\u3000]*[|｜丨][ \t\u3000]*(?P<slogan>[^\n，。！？,!?|｜丨0-9期]{2,16})[ \t\u3000]*")  # (not "蒲塘反诈周报｜第9期", an issue)
# A site's last line: its name, then who keeps it or what it asks of who reprints ("苕坪县公安局　版面由科信大队维护",
# "栎坪范文网　每篇都是读者投来的，改写转用请写明出处", "篁川公文站　稿子拿去参考可以，倒卖不行"); below the text only
SITE_SIGNOFF = lazy_compile(
    r"^\p{Han}{2,12}(?:网|站|局|院|校|学|办|中心|政府|文库|大队|论坛|范文|传媒|出品|融媒|银行|报社|电视台)(?:网站|编印|主办|出品|制作)?[ \t\u3000]+[^\n]{0,30}?"
    r"(?:维护|技术支持|运维|备案|出处|转载|转发本站|转用|倒卖|版面由|投来|自负|许可|取用|改写|转摘|摘用|挪用|函告"
    # …or what it says of its words and pictures: "文字图片归本院", "文图请勿私自挪用", "站内图文归本行"
    r"|(?:文字|图片|照片|图文|文图|稿件|作品)[^\n]{0,8}?(?:归|所有|引用|复制|使用)|主办|承办|运营"
    # …or where its texts come from and what they are for: "鹳鸣公文网　guanminggw.cn　文稿由网友整理提供，仅作参考"
    r"|(?:网友|用户|会员)(?:整理|提供|上传|投稿))"  # (not "县反诈中心　以上数据仅供参考", a table's own note)
    # …or an app and who runs it: "掌上澄滩　澄滩市新闻传媒中心运营"
    r"|^\p{Han}{2,8}[ \t\u3000]+由?\p{Han}{2,20}(?:中心|公司|集团|传媒|办公室|办)(?:运营|主办|承办|出品|制作|维护)[ \t\u3000]*$"
)
ITEM_BYLINE_MAX = 40
# A button drawn with its icon: a symbol, a widget's verb and what it acts on ("🖨 打印此份（A4一页排版）", "⧉ 复制这条",
# "⤓ 下载本篇"); not a list's "▶ 打印宣传单500份": a document's task names a number
ICON_BUTTON = lazy_compile(
    r"[\p{So}\p{Sm}][\uFE0F]?[ \t\u3000]*(?:一键)?(?:打印|复制|收藏|分享|下载|转发|导出|拷贝|拷走|带走)(?:此份|这份|这条|此条|本篇|本文|全文|此篇|这篇|本页|此页|本组|这组)?"
    r"(?:[ \t\u3000]*[（(][^（）()\n]{1,16}[）)]|(?<=本组|这组|全部|本页)[ \t\u3000]*\d{1,3}[ \t]*(?:条|句|篇|份))?"  # also "⧉ 一键拷走本组 10 条" (not "☑ 打印 300 份": a checklist)
)
LICENCE_NUMBER = lazy_compile(r"(?i)icp(?:备案号?|备|证|登记号?)[ \t]*[:：]?[ \t]*[\dxX*＊]{4,}|公?网安备[ \t]*[:：]?[ \t]*[\dxX*＊]{6,}")  # a site's numbers, masked or not
ATTACHMENTS_LABEL = lazy_compile(r"[ \t\u3000]*附(?:件|表)?[ \t]*[:：][ \t\u3000]*")  # "附件：" alone over its list
ATTACHMENT_LINE_MAX = 60
DISCLAIMER_TAIL = lazy_compile(r"仅供\p{Han}{0,4}参考[^。！？\n]{0,12}不作为\p{Han}{0,10}依据|不作为任何\p{Han}{0,8}依据")
SERIES_DATED = lazy_compile(r"[ \t\u3000]*(?P<name>\p{Han}{2,8})[ \t]*[｜|丨·][ \t]*\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?[ \t\u3000]*")
SERIES_MIN = 3
ITEM_BYLINE_SHARE = 0.8  # the line is its fields
PLAN_ROW_FIELD = lazy_compile(r"(?:活动)?(?:地点|对象|参加人员|参与人员)[ \t]*[:：]")  # what a plan's row names beside its day: no page's field
SCHEDULE_LABEL = lazy_compile(r"(?:活动)?(?:地点|对象|主题|形式|内容|人员|负责人|参加人员)")  # a plan's row under each activity: "时间：2024-05-10　地点：…" (a day alone is any item's)
DATED_FIELD = lazy_compile(r"(?:^|(?<=[ \t\u3000]))(?P<label>\p{Han}{2,4})[ \t\u3000]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")  # "录入 2024-03-06"
ITEM_BYLINES_MIN = 2  # …repeated under two items or more
# …or a day and the unit that posted the item, in brackets or not: "［2025-09-22　大队部］", "2025年9月13日　校办"
DATE_AND_UNIT = lazy_compile(r"[［\[【〔(（]?[ \t\u3000]*(?:(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}月\d{1,2}日)[ \t\u3000]+\p{Han}{2,12}[ \t\u3000]*[］\]】〕)）]?")
# (also a day without its year, the round-up's week: "2月9日　荠溪镇" under each item)
ISSUE_LINE_MAX = 24
HEADLINE_BETWEEN_MIN_HAN = 6  # "守住钱袋子　走稳大学路": a headline, longer than a section's label
SITE_TOP_LINES = 8  # a site's name or badge stands among the page's first lines, not far down a post of short lines
COMMENT_HEADER_MAX = 40  # "您在小区里遇到过可疑电话吗？欢迎在下面说说（已有2条）": a question may ask for them
COMMENT_SITE = lazy_re(r"网友|网民|读者|用户|登录|展开|评论区|热评|条评论|条留言|在(?:下面|下方)")  # the site's readers, not "共5名同志发表看法" in minutes
# "泖川网友0615：这种宣传形式好", "江滨老住户　03-19 09:12：网格员真负责": a reader's name (a date), a colon, their words
COMMENT_LINE = lazy_compile(r"(?:[◆◇●○•·▪■□★☆\-—][ \t\u3000]*)?[^\s：:。，！？]{2,12}(?:[ \t\u3000]+[\d\-/: ]{4,16})?[ \t\u3000]*[：:][^\n]{2,400}")
COMMENT_LINES_MIN = 2
# A reader's comment with its likes counted at its end: "- 风吹麦浪 手机支付一定要设密码，别让孩子知道。 赞 3" (two or more in a row)
LIKED_LINE = lazy_compile(r"[^\n]{4,400}?[ \t\u3000]+(?:赞|点赞|👍)[ \t]*\d{1,6}[ \t\u3000]*")
LINK_ARROW = lazy_compile(r"[←→◀▶◁▷☞👉➤►▸»«‹›➥➦⇒]")
BOTTOM_LABEL = lazy_compile(r"(?P<arrow>[←→◀▶◁▷☞👉➤►▸»«‹›➥➦⇒][ \t\u3000]*)?(?P<label>\p{Han}{2,6})[ \t]*[:：][ \t\u3000]*(?=\S)")
BOTTOM_ITEMS = lazy_compile(r"[ \t\u3000]*[|｜/／·、][ \t\u3000]*|[ \t\u3000]+")
BOTTOM_ITEM_MAX = 16
BOTTOM_LINK_MAX = 60
LISTED_TITLE_MIN = 8  # a title of another page listed below the text is at least this long
RELATED_HEADER_LEN = 16
# A document's own list below its text announces itself: "附：宣传月主题活动一览", "活动安排如下".
OWN_LIST_HEADER = lazy_compile(r"^附|一览|如下|安排|名单|清单|目录|日程|[表录]$")


MENU_ITEMS = lazy_compile(r"[ \t\u3000|｜·•/／]+")
MENU_ITEMS_MIN = 4
MENU_ITEM_MAX = 8


# A menu between any separators, its items in Han, pinyin or English ("SHOUYE 首页 ⦙ ZONGJIE 总结 ▾ ⦙ …",
# "DUZHOU DOCS　Home · Explore · Upload · Pricing · Help　[ Sign in ]"): four or more short items, one of them
# a site's own word (a slogan's "不听　不信　不转账　不透露" names none)
MENU_TOKENS = lazy_compile(r"[\s\u3000\p{P}\p{S}]+")
MENU_WORD = lazy_compile(
    r"^(?:首页|主页|登录|登入|注册|搜索|频道|专题|视频|直播|下载|上传|会员|帮助|关于我们|English|ENGLISH|Home|HOME|Explore|Upload|Pricing|Help|Login|Sign|Search|About)$"
)
MENU_TOKEN_MAX = 8
# …or the site's own name first, before a spaced symbol or a double bar ("荞麦心得网 ◇ 听课所得 ◇ …", "蘅皋文案　‖　号召类　‖ …")
# …or the site's or the unit's name, a wide space, then four items or more between one separator repeated
# ("葎川县妇联　组织建设 · 维权服务 · 家庭家教家风 · 巾帼风采", "泚水青年志愿者协会　协会简介 ⋮ 项目招募 ⋮ …")
MENU_ITEM = r"[\p{Han}A-Za-z]{2,8}"
MENU_AFTER_NAME = lazy_compile(
    r"[ \t\u3000]*[\p{Han}A-Za-z]{2,12}(?:[ \t]*[·・][ \t]*[\p{Han}A-Za-z]{2,8})?(?:\u3000|[ \t]{2,})[ \t\u3000]*"
    + MENU_ITEM + r"[ \t\u3000]*(?P<sep>[·•⋮∥‖|｜/／◇◆▪∙・⸱⁄])[ \t\u3000]*" + MENU_ITEM + r"(?:[ \t\u3000]*(?P=sep)[ \t\u3000]*" + MENU_ITEM + r"){2,}[ \t\u3000]*"
)
MENU_SITE_FIRST = lazy_compile(r"[ \t\u3000]*\p{Han}{2,8}(?:网|站|文库|文案|之家|书屋|号集|号存|号录)[ \t\u3000]*(?:[‖∥]|" + SPACED_SYMBOL + r")")


def _menu_after_name(line: str) -> bool:
    """MENU_AFTER_NAME, its items opening each its own way (a slogan's "不听 · 不信 · 不转账 · 不透露" open alike)."""
    m = MENU_AFTER_NAME.fullmatch(line)
    if m is None:
        return False
    items = [t.split()[-1] for t in line.split(m.group("sep")) if t.strip()]  # the first holds the name before the wide space
    return len({t[0] for t in items}) >= len(items) - 1


QUOTING = lazy_compile(r"[“”「」『』‘’《》\"]")


def _site_menu(line: str, f: LineFeatures) -> bool:
    if f.sentence or f.han > SITE_HEADER_MAX or QUOTING.search(line):
        return False  # (QUOTED_NOT_MENU: a menu quotes nothing; "搜索“官网”点进仿冒网站　男子…被骗" is a headline, not 搜索 | 官网 | …)
    items = [t for t in MENU_TOKENS.split(line) if t]
    short = sum(len(t) <= MENU_TOKEN_MAX for t in items)
    return len(items) >= MENU_ITEMS_MIN and short >= len(items) - 1 and (
        any(MENU_WORD.match(t) for t in items) or (MENU_SITE_FIRST.match(line) is not None and len({t[-2:] for t in items}) > 1)  # not "平安之家 ‖ 和谐之家 ‖ …", a banner
    )


def _menu_of_items(line: str) -> bool:
    """Four or more short items between spaces or bars: a site's menu ("栖文网 · 公文写作素材库
    方案　计划　总结　讲话"), never a headline, whatever topic words its items hold."""
    items = [t for t in MENU_ITEMS.split(line.strip()) if t]
    return len(items) >= MENU_ITEMS_MIN and sum(len(t) <= MENU_ITEM_MAX for t in items) >= len(items) - 1


def _between_mark(line: str, f: LineFeatures) -> bool:
    """A mark of the page's layout on a line between the headline and the text: a separator (not
    between the parts of a slogan), an emoji or arrow, buttons in brackets (not a slogan's parts), a counter, a number
    spaced from a short word ("约 5 min 看完"; not "发放3000余份", nor a date). Latin words and a
    label alone are not enough: documents name "APP" and open lines with "主讲人：" there too."""
    return bool(
        (f.separators and not _parallel(line)) or f.counters or SYMBOL.search(line) or ARROW_MARKS.search(line)
        or (BUTTONS.search(line) and not _parallel(BRACKETS.sub(" | ", line)))  # not "【不听】【不信】【不转账】", a slogan
        or HASHTAG.search(line)
        or (f.han and f.han <= 6 and not CALENDAR.search(line) and regex.search(r"\d[ \t]+\p{Han}|\p{Han}[ \t]+\d", line))
    )


def _parallel(line: str) -> bool:
    """Parts between separators that open alike: a slogan ("不听 | 不信 | 不转账", "口诀：不听 / 不信 / 不转账" after
    its label), not a row of links."""
    label = CRUMB_LABEL.match(line)
    parts = [p.strip(" \t\u3000") for p in SEPARATOR.split(line[label.end() :] if label else line) if p.strip(" \t\u3000")]
    return len(parts) >= 2 and len({p[0] for p in parts}) == 1


ROW_LABEL = lazy_compile(r"(?:时间|日期|地点|对象|主题|形式)$")  # DOCUMENT_LABEL's that a plan's row holds before a date
# What a schedule's row holds beside its date: a weekday, a venue ("2025-03-15 · 周六 · 社区广场").
ROW_SCHEDULE = lazy_compile(r"^(?:周[一二三四五六日天]|星期[一二三四五六日天])$")  # a weekday alone between bars


def _dated_rows(text: str, spans: list[tuple[int, int]], nonempty: list[int], k: int) -> bool:
    """The k-th non-empty line and a neighbour both carry a date: rows of a schedule, not a page's one dated byline."""
    return any(0 <= j < len(nonempty) and DATE_IN_ROW.search(text, *spans[nonempty[j]]) is not None for j in (k - 1, k + 1))


LABEL_COLON = re.compile(r"[:：]")
# "沅塘检察　2024年9月10日", "蘅阳农商银行　本行动态　2024年4月19日": who posted (and where), then the day, between spaces;
# a letter's signature and date stand under its text, a speech's date in brackets, a bulletin's masthead says who printed it
# ("浐川县反诈办编印　2024年8月20日")
ISSUE_MASTHEAD = lazy_compile(r"第[ \t]*[0-9一二三四五六七八九十]{1,4}[ \t]*期|简报|快报|周报|月报|通讯|动态|信息|专报|工作通报")  # a bulletin's name or issue, its masthead's office and day under it
NAME_THEN_DATE = lazy_compile(r"(?![^\n]*(?:长|书记|主任|委员|主席|经理|主管|干事|民警|警官|教师|老师|同志|网格员|社工|志愿者)[ \t\u3000])\p{Han}{2,14}(?:[ \t\u3000]+\p{Han}{2,8})?(?<!编|印|发|制)[ \t\u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*\d{1,2}[:：]\d{2})?")
DATE_IN_ROW = lazy_compile(r"(?<!\d)(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _document_fields(line: str) -> bool:
    """A row of the document's own fields or schedule between bars or dots ("活动时间 | 2024-12-27 |
    社区广场", "2025-03-15 · 周六 · 社区广场"; not "消费者权益保护部 · 2025/05/20 · 风险提示", a
    column's name)."""
    parts = [part.strip(" \t\u3000") for part in DATED_SPLIT.split(line)]
    return any(ROW_LABEL.search(part) or ROW_SCHEDULE.search(part) for part in parts)


def _document_line(line: str) -> bool:
    """Lines a document puts between its title and its text: a subtitle, a salutation, its
    number or date, a second line of the title (it names the topic)."""
    stripped = line.strip(" \t\u3000")
    return bool(
        stripped.startswith(("——", "--", "—")) or SALUTATION_LINE.match(line) or DOCUMENT_DATE.match(line)
        or ARTICLE_HEADING.found(stripped) or LIST_ITEM.match(stripped)
        or regex.search(r"[〔\[【(（][ \t]*(?:19|20)\d{2}[ \t]*[〕\]】)）][ \t]*\d{1,4}[ \t]*号", line)
        or (han_count(stripped) >= 6 and TOPIC_WORD.search(HASHTAG.sub("", stripped)) and not LABEL_OPENS.match(stripped))  # a tag's topic is the site's
    )


def _around(nonempty: list[int], k: int) -> list[int]:
    """The lines before and after the k-th non-empty line."""
    return [nonempty[j] for j in (k - 1, k + 1) if 0 <= j < len(nonempty)]


def _headline_between(line: str, f: LineFeatures, prev: str | None, nxt: str | None) -> bool:
    """A headline where news pages put it: under the site's path, over the byline that dates it
    ("校园新闻 // 综合报道 // 详情" / "守住钱袋子　走稳大学路" / "新闻中心　2024-09-12　来源：…").
    A badge or a site's name stands above the path, and an account's name over its byline is
    named by it; a short label between the two ("正文", "通知公告") is a section's, no headline."""
    return (
        prev == "chrome:breadcrumb" and nxt is not None and nxt.startswith("chrome:byline") and f.han >= HEADLINE_BETWEEN_MIN_HAN
        and not f.latin_words and not SITE_WORDS.search(line) and not SECTION_NAME.fullmatch(line) and not KICKER.fullmatch(line)
    )


DASHED_SUBTITLE = lazy_compile(r"[ \t\u3000]*(?:——|--|—|－－)[ \t\u3000]*(?:\p{Han}|[0-9A-Za-z“「《]+\p{Han})")  # also "——2024年…", "——XX社区…"


def _heads_own_line(text: str, spans: list[tuple[int, int]], nonempty: list[int], k: int) -> bool:
    """Whether the line under line `nonempty[k]` is one a headline carries under it: its subtitle after
    a dash ("——在全镇反诈工作半年推进会上的讲话") or its writer's class and name ("初二（3）班　宓语桐").
    A badge or a site's name stands over a headline, never over those: the short line is the headline
    ("织密防护网　守好“钱袋子”", "奶奶的“新手机”")."""
    if k + 1 >= len(nonempty):
        return False
    below = text[spans[nonempty[k + 1]][0] : spans[nonempty[k + 1]][1]]
    return bool(DASHED_SUBTITLE.match(below) or CLASS_AND_NAME.fullmatch(below))


def _kicker(text: str, spans: list[tuple[int, int]], nonempty: list[int], k: int) -> bool:
    """Whether line `nonempty[k]` is a paper's kicker (引题): over a headline that carries its subtitle after a dash
    ("守住老人“养老钱”" / "一场“健康讲座”背后的骗局被识破" / "——榆荫镇民警…"), in the words of the story, no site's
    symbol, Latin or site word in it."""
    if k + 2 >= len(nonempty):
        return False
    line = text[spans[nonempty[k]][0] : spans[nonempty[k]][1]]
    headline = text[spans[nonempty[k + 1]][0] : spans[nonempty[k + 1]][1]]
    return (_heads_own_line(text, spans, nonempty, k + 1) and not DASHED_SUBTITLE.match(headline) and not CLASS_AND_NAME.fullmatch(text, *spans[nonempty[k + 2]])
            and not SYMBOL.search(line) and not LATIN_WORD.search(line) and not SITE_WORDS.search(line) and not SECTION_NAME.fullmatch(line.strip()))


HALF_HEADLINE_MIN_HAN = 5  # "这支广场舞队": half a headline; a badge ("本地要闻", "最新动态") is shorter
HALF_HEADLINES_MAX = 40


def _headline_first_line(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None], nonempty: list[int], k: int) -> bool:
    """Whether line `nonempty[k]` is the first line of a headline set on two ("这支广场舞队" / "把反诈口诀跳进了千家万户"
    over the byline): the line under it titles the page, with the byline or the picture's credit under that, and this one
    reads as words of a sentence (a function character: 这, 的, 了), not a badge or a site's name ("青川农商银行", "热点信息")."""
    if k + 2 >= len(nonempty):
        return False
    i, j = nonempty[k], nonempty[k + 1]
    line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
    below = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
    f = feats[i]
    return (f.han >= HALF_HEADLINE_MIN_HAN and f.function >= 1 and not f.clauses and not f.latin_words and f.han == f.n
            and out[j] is None and not feats[j].sentence and len(line) + len(below) <= HALF_HEADLINES_MAX
            and (out[nonempty[k + 2]] or "").startswith(("chrome:byline", "credit"))
            and not SITE_WORDS.search(line) and not SECTION_NAME.fullmatch(line))  # (a unit's name may end it: "这支广场舞队")


PAPERS_REPORTER = lazy_compile(r"记者|通讯员|特约")


def _papers_kicker(text: str, spans: list[tuple[int, int]], out: list[str | None], nonempty: list[int], k: int) -> bool:
    """Whether line `nonempty[k]` is a kicker on a paper's page: under the edition's line ("茛溪晚报 2024年10月11日
    第A05版 社区"), over the headline and the reporters' credit under it ("农民工工资发放季" / "千余张“防骗明白卡”送进工地" /
    "本报记者 宗白"); in the story's words, no unit's or site's name, no symbol or Latin word."""
    if k < 1 or k + 2 >= len(nonempty):
        return False
    above, below = nonempty[k - 1], nonempty[k + 2]
    line = text[spans[nonempty[k]][0] : spans[nonempty[k]][1]].strip(" \t\u3000")
    return (out[above] == "chrome:byline" and EPAPER_PAGE.search(text, *spans[above]) is not None
            and out[below] == "credit" and PAPERS_REPORTER.search(text, *spans[below]) is not None
            and not line.endswith(UNIT_ENDINGS) and not SYMBOL.search(line) and not LATIN_WORD.search(line) and not SITE_WORDS.search(line)
            and not SECTION_NAME.fullmatch(line))


PIECE_TITLE_HAN_MIN = 6


def _piece_title(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None], nonempty: list[int], k: int) -> bool:
    """Whether line `nonempty[k]`, right over the first paragraph under the page's headline and its byline, is
    the document's own first title there, no badge: another title between paragraphs further down opens or
    ends as it does (a story's scenes: "📍 镇卫生院候诊厅" … "📍 集市口的修鞋摊"), or the headline says it
    gathers items and another title stands so (a round-up: "反诈宣传月里的几个镜头——…掠影", "小剧场里的笑声与
    思考", text, "一封写给爷爷奶奶的防骗信", text). A badge or a site's name has no such sibling ("蕤中新闻速递校园版"
    over one story and its subheading "现场互动环节精彩纷呈"); a section's label ("正文") is shorter."""
    i = nonempty[k]
    if feats[i].han < PIECE_TITLE_HAN_MIN or k + 1 >= len(nonempty) or not feats[nonempty[k + 1]].prose or SITE_WORDS.search(text, *spans[i]):
        return False
    own = "".join(HAN.findall(text, *spans[i]))
    above = ["".join(HAN.findall(text, *spans[j])) for j in nonempty[:k]]
    if any(own in a or a in own for a in above if a):
        return False  # the headline again, or a part of it ("守护钱袋子" under "守护钱袋子——…"): a repeat
    headline = next((j for j in nonempty[:k] if out[j] is None and not feats[j].sentence and feats[j].han >= PIECE_TITLE_HAN_MIN and FRAUD_WORD.search(text, *spans[j])), None)
    if headline is None:
        return False
    siblings = [
        text[spans[j][0] : spans[j][1]].strip(" \t\u3000") for a, j, b in zip(nonempty[k + 1 :], nonempty[k + 2 :], nonempty[k + 3 :])
        if out[j] is None and not feats[j].sentence and not feats[j].clauses and feats[j].han >= SUBHEADING_HAN_MIN and (feats[a].prose or feats[a].dates or _signature_or_date(text[spans[a][0] : spans[a][1]].strip(" \t\u3000"))) and feats[b].prose
    ]  # (the piece above may sign off with its day or its unit: "荷埂社区居委会" / "2024年6月3日" / "“养老项目”不是养老钱")
    line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
    if any(line[:1] == t[:1] and not HAN.match(line) or line[:2] == t[:2] or line[-2:] == t[-2:] for t in siblings):
        return True  # one of the document's own titles of one shape
    heading = text[spans[headline][0] : spans[headline][1]]
    return bool(siblings) and (splitter.names_items(heading) or splitter.gathered_title(heading) or (splitter.declared_count(heading.strip()) or splitter.told_count(heading) or 0) >= 2)


SUBHEADING_HAN_MIN = 4
NEXT_PIECE_HAN_MIN = 4
NEXT_ITEM = lazy_compile(r"下一(?:篇|条|则|例|期|首|封|份|章|辑)")


def _next_piece(text: str, spans: list[tuple[int, int]], nonempty: list[int], out: list[str | None], header: int | None, i: int) -> bool:
    """Under a divider to the next item ("—— 下一条 ——"), a title with its own byline or counter under
    it is the next piece of the page, not a link to another page (a list's titles carry no byline line)."""
    if header is None or not NEXT_ITEM.search(text, *spans[header]):
        return False
    k = nonempty.index(i)
    if not (k + 1 < len(nonempty) and out[nonempty[k + 1]] in ("chrome:byline", "chrome:counter")):
        return False
    below = [j for j in nonempty[k + 2 :] if out[j] is None]
    return bool(below) and han_count(text[spans[below[0]][0] : spans[below[0]][1]]) >= NEXT_PIECE_HAN_MIN  # the piece's text under its byline (a link card has none)


BRACKET_LABEL = lazy_compile(r"[〈［][ \t]*\p{Han}{1,4}[ \t]*[〉］]")


def _labels_alike(text: str, spans: list[tuple[int, int]], nonempty: list[int], i: int, mark: str) -> bool:
    """Whether another line of the page opens on another short label in the same bracket ("［低学段］" and
    "［高学段］": the page's parts); one label again and again ("［电视截屏］") is a picture's, however named."""
    for j in nonempty:
        m = BRACKET_LABEL.match(text[spans[j][0] : spans[j][1]].lstrip(" \t\u3000"))
        if j != i and m and m.group()[0] == mark[0] and m.group() != mark:
            return True
    return False


# A document's own section heading in brackets, its first under the headline: "【基本案情】", "【裁判结果】", "【活动背景】" (not the
# page's "【大】【标准】【小字】" buttons between the headline and the text)
SECTION_IN_BRACKETS = lazy_compile(
    r"[ \t\u3000]*【\p{Han}{0,4}(?:案情|结果|要旨|评析|意义|启示|背景|目标|要求|经过|过程|措施|做法|成效|亮点|主题|对象|理由|依据|简介|概况)】[ \t\u3000]*"
)


def revise(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> list[str | None]:
    """Settle the uncertain lines from their neighbours: outside the body (above the first prose
    line, below the last), a weak-chrome line touching chrome is chrome, and the short value
    under a bare label line goes with the label."""
    prose = [i for i, f in enumerate(feats) if f.prose and labels[i] is None]
    while prose and prose[0] < SITE_TOP_LINES and (_seo_phrases(top := text[spans[prose[0]][0] : spans[prose[0]][1]].strip()) or MENU_LINE.fullmatch(_menu_items(top))):
        prose.pop(0)  # search phrases between commas at the top read as prose, or a menu ending on "忘了密码？": the text begins below them
    if not prose:  # a page of short lines (WeChat reposts): the body is its lines of some Han text
        prose = [i for i, f in enumerate(feats) if f.han >= PROSE_MIN_HAN // 2 and labels[i] is None] or [len(feats)]
    first, last = prose[0], prose[-1]
    out = list(labels)
    nonempty = [i for i, f in enumerate(feats) if f.n]
    first_topic = next((i for i in nonempty if out[i] is None and TOPIC_WORD.search(text[spans[i][0] : spans[i][1]])), len(feats))
    for k, i in enumerate(nonempty):
        f = feats[i]
        line = text[spans[i][0] : spans[i][1]]
        if out[i] is not None or f.sentence or f.clauses or not f.dates or _document_fields(line) or _dated_rows(text, spans, nonempty, k):
            continue  # a schedule's rows ("城关小学/2025-03-15", "2025-03-15 · 周六 · 社区广场") are the document's
        if f.han <= SITE_LINE_MAX and ISO_DATE.search(line) and DATED_PARTS.search(line):
            out[i] = "chrome:byline"  # "防骗小筑编辑部　｜　2025-01-16", "2024-12-27　｜　公文写作 · 年终总结": a site dates its page between bars
        elif f.dates and (f.times or SYMBOL.search(text, *spans[i])) and (f.han <= SITE_LINE_MAX or POSTED.search(text, *spans[i])):
            out[i] = "chrome:byline"  # "平安清河 2024-03-15 08:30", "原创 小澜 平安青澜 2024-03-02 18:30 发表于江苏": who posted, when
    for i in nonempty:  # "传档人：檐角听蛩　　入档 2024-06-11", "收集人：鹿鸣书僮　　时间 2024-07-15 20:31": who put the page up, and when
        if (i < first and out[i] is None and feats[i].han <= SITE_LINE_MAX and not feats[i].sentence and feats[i].clauses <= 1
                and PERSON_LABEL.match(text, *spans[i]) and ISO_DATE.search(text, *spans[i])):
            out[i] = "chrome:byline"
    for k, i in enumerate(nonempty):  # "［报送｜湓川二中　2024-11-06］" over an item's headline: who sent it, and when, in brackets
        if out[i] is not None or feats[i].n > WIDGET_LINE_MAX:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if (BRACKETED_BYLINE.fullmatch(line) and (feats[i].dates or BRACKETED_DAY.search(line))
                and not (k and ENUMERATED.match(text[spans[nonempty[k - 1]][0] : spans[nonempty[k - 1]][1]].strip(" \t\u3000")))):
            out[i] = "chrome:byline"  # (not under "1．城关镇…", a notice's own list of the items it names)
    # a paper's masthead over the page's first lines: its name, the day (with its weekday) and the edition, one a line
    # ("蘧州日报" / "2024年3月14日（礼拜四）" / "本日A04版｜平安蘧州"), above the text
    for k, i in enumerate(nonempty[:MASTHEAD_LINES]):
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if i < first and out[i] is None and not feats[i].sentence and feats[i].n <= EPAPER_LINE_MAX and EPAPER_PAGE.search(line) and not feats[i].dates:
            block = [j for j in nonempty[max(0, k - 2) : k] if out[j] is None and not feats[j].sentence and feats[j].n <= EPAPER_LINE_MAX]
            lines_above = [text[spans[j][0] : spans[j][1]].strip(" \t\u3000") for j in block]
            if any(feats[j].dates and WEEKDAY.search(t) for j, t in zip(block, lines_above)) and any(EPAPER.fullmatch(t) for t in lines_above):
                for j in [*block, i]:
                    out[j] = "chrome:byline"
    for i in nonempty[:TOP_CRUMB_LINES]:  # the page's first lines, above its text: sections joined by arrows or dots
        below = next((j for j in nonempty if j > i), None)
        headline_below = below is not None and not feats[below].sentence and feats[below].n <= HEADLINE_MAX_CHARS
        if i < first and out[i] is None and _top_breadcrumb(text[spans[i][0] : spans[i][1]], headline_below):
            out[i] = "chrome:breadcrumb"
    for k, i in enumerate(nonempty):
        # "平安青澜" above "原创 小澜 平安青澜 2024-03-02", "通知公告" above "首页 -> 通知公告 -> 正文":
        # the account a byline names, the section a breadcrumb names
        if out[i] is not None or feats[i].sentence or feats[i].clauses:
            continue
        line = "".join(text[spans[i][0] : spans[i][1]].split())
        if 2 <= len(line) <= SITE_LINE_MAX:
            named = [j for j in _around(nonempty, k) if out[j] in NAMING_CHROME and line in text[spans[j][0] : spans[j][1]]]
            if named:
                out[i] = out[named[0]]
    for _ in range(2):  # twice: a chrome block may hold two weak lines in a row
        for k, i in enumerate(nonempty):
            if out[i] is not None or first <= i <= last:
                continue
            prev = out[nonempty[k - 1]] if k else None
            nxt = out[nonempty[k + 1]] if k + 1 < len(nonempty) else None
            line = text[spans[i][0] : spans[i][1]].strip()
            if prev and (line and prev.startswith("chrome:byline") and text[spans[nonempty[k - 1]][0] : spans[nonempty[k - 1]][1]].rstrip().endswith((":", "："))
                         and len(line) <= LABEL_VALUE_MAX and not feats[i].sentence and not line.endswith((":", "："))):  # not "居民朋友们：", a salutation
                out[i] = prev
            elif CONTENTS_LABEL.fullmatch(line) and k + 1 < len(nonempty) and CONTENTS_ENTRY.fullmatch(text, *spans[nonempty[k + 1]]):
                continue  # "目　录" over "一、指导思想 …… 1": the document's own contents, under the site's bar
            elif (prev or nxt) and _weak_chrome(line, feats[i]) and (i < first or i > last) and not SERIES_STOP.match(line) and not BARE_SECTION_NUMBER.fullmatch(line):
                out[i] = prev or nxt
            elif (
                i < first and k < SITE_TOP_LINES and len(line) <= SITE_LINE_MAX and not feats[i].sentence and not feats[i].clauses and not TOPIC.search(line)
                and not _numbered_heading(line) and not SERIES_STOP.match(line)  # "第1站｜榕荫集镇：…": a piece's numbered title, no badge
                and not _headline_between(line, feats[i], prev, nxt) and not _heads_own_line(text, spans, nonempty, k) and not _kicker(text, spans, nonempty, k)
                and not _papers_kicker(text, spans, out, nonempty, k) and not _headline_first_line(text, spans, feats, out, nonempty, k)
                and "“" not in line  # a badge or a site's name quotes nothing: "做清醒的“网上少年”" is a title
                and not _piece_title(text, spans, feats, out, nonempty, k) and not SECTION_IN_BRACKETS.fullmatch(line)  # (nor a document's "【基本案情】")
                and ((prev not in (None, "credit")) or (nxt not in (None, "credit")) or (i < first_topic and (any(c.startswith("chrome:") for c in feats[i].weak) or feats[i].latin_words)))
            ):  # (a writer's credit under a piece's title is no chrome that makes the title the site's)
                out[i] = "chrome:nav"  # "热点信息 Focus", "青川农商银行" above the headline: a badge or the site's name
            elif (i < first and len(line) <= SITE_HEADER_MAX and SPACED_SEPARATOR.search(line) and not feats[i].sentence
                  and ((i < first_topic and not TOPIC_WORD.search(line)) or all(SITE_WORDS.search(part) for part in SPACED_SEPARATOR.split(line)))):
                out[i] = "chrome:nav"  # "天天新聞 - 每日熱點資訊聚合", "微信文章阅读 | 公众号文章实时更新": the site and its slogan
                # (or the site and its channel, a genre named: "芸台范文站 - 演讲稿频道")
            elif i < first and (m := OUTLET_SLOGAN.fullmatch(line)) and not TOPIC_WORD.search(m.group("slogan")) and nxt is None and k + 1 < len(nonempty) and nonempty[k + 1] < first:
                out[i] = "chrome:nav"  # "滗川融媒｜讲好家门口的故事" over the headline: an outlet and its motto (not "平安x发布｜警惕冒充客服诈骗", a post's title)
            elif (i < first and k < SITE_TOP_LINES and feats[i].n <= SITE_HEADER_MAX and not feats[i].sentence and MIRROR_MOTTO.search(line)
                  and not FRAUD_WORD.search(line)):
                out[i] = "chrome:nav"  # "知了号存　把推送攒起来，想翻就翻", "鹤栖号阅｜公众号文章随手存": a mirror's name and what it offers
            elif i < first and (MENU_LINE.fullmatch(menu := _menu_items(line)) or _site_menu(line, feats[i]) or _menu_after_name(menu)):
                out[i] = "chrome:nav"  # "政务公开　政务服务　互动交流　走进临川": a menu above the headline
            elif (i < first and len(line) <= CTA_SENTENCE_MAX and ACCOUNT_WIDGET.search(line) and (SAVE_WIDGET.search(line) or SEARCH_WIDGET.search(line))
                  and not line.rstrip().endswith(("！", "!")) and not PEOPLE.search(line) and not FRAUD_WORD.search(line)):
                out[i] = "chrome:nav"  # "登录蜉蝣号录，把这篇存进「我的收藏」", "…　🔍 搜号／搜文　｜　登录": the site's account widgets above the text
            elif i < first and (SEO_KEYWORDS.fullmatch(line) or _seo_phrases(line)):
                out[i] = "spam:seo"  # "反诈宣传活动总结,防范电信诈骗宣传活动总结。": keywords for search engines, above the text
            elif (i < first and ((ISO_DATE.search(line) and feats[i].han <= SITE_LINE_MAX)
                                 or (NAME_THEN_DATE.fullmatch(line) and not any(ISSUE_MASTHEAD.search(text, *spans[j]) for j in [*nonempty[max(0, k - 2) : k], *[j for j in nonempty[:k] if out[j] is None][-2:]])))
                  and not feats[i].sentence and not feats[i].clauses and not _document_fields(line)):
                out[i] = "chrome:byline"  # "平安清河 2024-03-15 08:30", "沅塘检察　2024年9月10日": an account or site and a date, above the text
    def headline_like(i: int, words: regex.Pattern) -> bool:
        line = text[spans[i][0] : spans[i][1]].strip()
        return (
            bool(words.search(line)) and not SECTION_NAME.fullmatch(line) and not KICKER.fullmatch(line) and not MENU_BAR.search(line)
            and not line.startswith(("——", "--")) and not _menu_of_items(line)
        )

    # Above the text, three or more titles each with its view count glued on ("- 电动自行车登记上牌
    # 指南4382"): a site's ranking of its other pages (a sidebar an HTML extractor kept); below it,
    # such lines may be the document's own figures ("挽回损失金额 1200")
    run: list[int] = []
    for i in [*nonempty, len(feats)]:
        if i < first and out[i] is None and RANKED_TITLE.fullmatch(text[spans[i][0] : spans[i][1]].strip()):
            run.append(i)
            continue
        if len(run) >= RANKED_RUN:
            for j in run:
                out[j] = "chrome:related"
        run = []
    # A title declaring its count stays whatever words it holds (classify), but under the same title the file's
    # name ("X（5篇）" over "X（5篇）.docx") is the library's (FILE_UNDER_TITLE)
    for k, i in enumerate(nonempty[:TOP_CRUMB_LINES]):
        if out[i] is None and feats[i].latin_words and (m := FILE_TITLE.fullmatch(text[spans[i][0] : spans[i][1]].strip())):
            if any(out[j] is None and text[spans[j][0] : spans[j][1]].strip(" \t\u3000") == m["stem"] for j in nonempty[:k]):
                out[i] = "chrome:download"
    # A document library names a page after its file ("X实施方案.docx"): that line is the page's
    # title when the text gives no title of its own: the name without its extension stands nowhere
    # else on the page, and the next line kept is text, not a title (else the file's line is the
    # library's, above the document's own title).
    for i in nonempty[:TOP_CRUMB_LINES]:
        if out[i] == "chrome:download":
            m = FILE_TITLE.fullmatch(text[spans[i][0] : spans[i][1]].strip())
            below = next((j for j in nonempty if j > i and out[j] is None), None)
            if m and FRAUD_WORD.search(m["stem"]) and text.count(m["stem"]) == 1 and below is not None and (feats[below].sentence or feats[below].n > CHROME_LINE_MAX):
                out[i] = None
            break  # only the first file line the page shows
    # the headline: the first line about fraud, else the first about the genre's topics
    headline = next((i for i in nonempty if out[i] is None and headline_like(i, FRAUD_WORD)), None)
    if headline is None or headline >= first:
        headline = next((i for i in nonempty if out[i] is None and headline_like(i, TOPIC_WORD)), len(feats))
    above = [i for i in nonempty if i < min(first, headline) and out[i] is None]
    if above and headline >= first and splitter.SALUTATION.match(greeting := text[spans[above[-1]][0] : spans[above[-1]][1]].strip()) and SALUTATION_LINE.fullmatch(greeting):
        above = above[:-2]  # "【温馨提示】" over "各位居民朋友：" over the text: the document's title over its salutation (TITLE_OVER_SALUTATION)
    elif above and headline >= first and not MENU_BAR.search(text[spans[above[-1]][0] : spans[above[-1]][1]]):
        above = above[:-1]  # the last line above the text may be a headline without a topic word (never a site's bar)
    for i in above:
        line = text[spans[i][0] : spans[i][1]].strip()
        f = feats[i]
        if len(LABEL_PAIR.findall(line)) >= 2 and not f.sentence:
            out[i] = "chrome:byline"  # "索引 号：…　主题分类：…　发布机构：…": a table of the page's fields
            continue
        if len(line) <= SITE_LINE_ABOVE_MAX and not f.sentence and f.clauses <= 1 and not _heads_own_line(text, spans, nonempty, nonempty.index(i)) and (
            (f.latin_words and f.han and not (f.han >= HEADLINE_ACRONYM_HAN and ACRONYM_ONLY.fullmatch(LATIN_RUNS.sub(" ", line).strip()))) or SYMBOL.search(line) or SITE_WORDS.search(line) or SECTION_NAME.fullmatch(line) or KICKER.fullmatch(line)
        ):
            # "岚溪县人民政府　LANXI COUNTY…" (a name in two scripts; an English headline alone stays),
            # "📚 学习资料网　让学习更简单", "个人网银登录　手机银行下载", "通知公告"
            out[i] = "chrome:nav"
    for i in nonempty:  # below the text, a licence's number however written: "…承办：筠山县融媒体中心　ICP备案号：xxxxxxxx号"
        if i >= last and out[i] is None and not feats[i].sentence and feats[i].n <= CHROME_LINE_MAX and LICENCE_NUMBER.search(text, *spans[i]):
            out[i] = "chrome:copyright"
    for i in nonempty:  # below the text, the site's own fields: "主办：苕溪区政府办　　运维：区大数据中心", "…居委会　地点：…　值班电话：…"
        if i < last or out[i] is not None or feats[i].sentence or feats[i].n > CHROME_LINE_MAX:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if m := SITE_FOOTER_FIELD.search(line):
            k = nonempty.index(i)
            beside = [out[j] for j in nonempty[max(k - 1, 0) : k + 2] if j != i]
            if m.group().startswith(("主办", "承办", "主管", "运维", "技术支持", "网站维护")) or any(c and c.startswith("chrome:") for c in beside):
                out[i] = "chrome:copyright"  # (a row of a unit, its place and phone goes beside the page's chrome only: a letter lists help points so)
    for i in nonempty:  # below the text, a row of links: "客服热线：96588　|　网点查询　|　招贤纳士　|　网站声明"
        line = text[spans[i][0] : spans[i][1]]
        if (
            i > last and out[i] is None and feats[i].separators >= FOOTER_ROW_SEPARATORS and not feats[i].sentence and not feats[i].prose
            and (feats[i].weak or DIGIT.search(line) or SITE_WORDS.search(line) or "声明" in line)
        ):  # not "不听 | 不信 | 不转账 | 不汇款", a slogan closing the text
            out[i] = "chrome:nav"
    for k, i in enumerate(nonempty):  # pupils' lines one after another are a list (winners, a roster), not credits
        if out[i] == "credit" and PUPIL_LINE.fullmatch(text[spans[i][0] : spans[i][1]]):
            around = [nonempty[j] for j in (k - 1, k + 1) if 0 <= j < len(nonempty)]
            if any(PUPIL_LINE.fullmatch(text[spans[j][0] : spans[j][1]]) for j in around):
                out[i] = None
    def under_a_title(k: int, name: str) -> bool:
        """Whether the k-th non-empty line stands between a kept title and text that is not about `name` (not "五年级（2）班
        王小明" over "王小明同学在家中发现…": the text is about the pupil)."""
        above, below = nonempty[k - 1], nonempty[k + 1]
        return (out[above] is None and not feats[above].sentence and feats[above].n <= HEADLINE_MAX_CHARS
                and (feats[below].prose or splitter.ADDRESSED.fullmatch(text, *spans[below]) is not None)  # "亲爱的未来的我：": a letter's salutation
                and (name in NAME_PLACEHOLDERS or name not in text[spans[below][0] : spans[below][0] + CREDITED_NAME_AT]))

    # who sent or wrote a piece, between its title and its text: "□ 潆溪街道　宁可可" (a unit and a name after a bullet),
    # "三年级（2）班　xx" (a class and a name, not one of a list of them)
    for k, i in enumerate(nonempty[1:-1], 1):
        if out[i] is not None or feats[i].n > PUPIL_LINE_MAX:
            continue
        if (m := UNIT_AND_NAME.fullmatch(text, *spans[i])) and m.group("unit").endswith(UNIT_ENDINGS) and _names(m.group("name")) and under_a_title(k, m.group("name")):
            out[i] = "credit"
        elif ((m := CLASS_AND_NAME.fullmatch(text, *spans[i])) and under_a_title(k, m.group("name"))
              and not (k >= 2 and PRIZE_LINE.fullmatch(text, *spans[nonempty[k - 2]]))  # "一等奖" / "《X》" / "六年级（2）班　宋语杉": who won, the announcement's own
              and not CLASS_AND_NAME.fullmatch(text, *spans[nonempty[k + 1]]) and not CLASS_AND_NAME.fullmatch(text, *spans[nonempty[k - 1]])):
            out[i] = "credit"
    for k, i in enumerate(nonempty):  # "┄┄ 以下内容为推广 ┄┄", "—— 推广 ——": an advert's label alone, the advert's lines under it
        if out[i] in (None, "chrome:nav") and feats[i].n <= WIDGET_LINE_MAX and ADVERT_HEADER.fullmatch(text[spans[i][0] : spans[i][1]]):
            block = []
            for j in nonempty[k + 1 : k + 1 + ADVERT_BLOCK_MAX]:
                line = text[spans[j][0] : spans[j][1]]
                if (out[j] is not None or feats[j].n > ADVERT_LINE_MAX or regex.search(r"[。！!]", line) or ARTICLE_HEADING.found(line)  # (an advert asks: "写总结总卡壳？…")
                        or splitter.DECORATED.match(line.strip()) or _numbered_heading(line)):
                    break  # not "2️⃣ 七十岁，我学会了用反诈APP", the next article's heading
                block.append(j)
            if any(SELLING.search(text, *spans[j]) for j in block):  # a plan's "—— 推广 ——" over its own channels sells nothing
                for j in (i, *block):
                    out[j] = "chrome:nav"
    # the same fields under each item's title ("报送：苌溪镇平安办　时间：6月3日" under each of a county's items): a template's
    # byline, whatever its labels (a plan's "时间：…　地点：…" stand once, under no title)
    fielded: dict[tuple[str, ...], list[int]] = {}
    for k, i in enumerate(nonempty[1:-1], 1):  # (one of them may be a byline already, by its shape alone)
        if out[i] in (None, "chrome:byline") and feats[i].dates and not feats[i].sentence and feats[i].n <= ITEM_BYLINE_MAX:
            line = text[spans[i][0] : spans[i][1]]
            pairs = [(PAIR_LABEL.match(p).group(1).strip(), p) for p in LABEL_PAIR.findall(line)]
            pairs += [(m.group("label"), m.group()) for m in DATED_FIELD.finditer(line)]  # "报送：稆田乡　·　录入 2024-03-06": a label and its day after a space
            dated = DATE_AND_UNIT.fullmatch(line.strip(" \t\u3000"))  # "［2025-09-22　大队部］": a day and who posted it, no labels
            if dated or (len(pairs) >= 2 and sum(len(p) for _, p in pairs) >= ITEM_BYLINE_SHARE * feats[i].n and not any(SCHEDULE_LABEL.fullmatch(label) for label, _ in pairs)):
                above, below = nonempty[k - 1], nonempty[k + 1]
                if out[above] is None and not feats[above].sentence and feats[above].n <= HEADLINE_MAX_CHARS and (feats[below].prose or (feats[below].sentence and feats[below].han >= PROSE_MIN_HAN)):
                    fielded.setdefault(("day", "unit") if dated else tuple(sorted(label for label, _ in pairs)), []).append(i)
    for found in fielded.values():
        if len(found) >= ITEM_BYLINES_MIN:
            for i in found:
                out[i] = "chrome:byline"
    # a series' name and each piece's date over the piece, between pieces of text ("防骗日签｜6月3日　星期一",
    # "防骗日签｜6月4日　星期二"): the pieces' headings, not a byline, however like one each reads (a
    # byline stands under a title line, not between paragraphs)
    series: dict[str, list[tuple[int, bool]]] = {}
    for k, i in enumerate(nonempty[1:-1], 1):
        if out[i] == "chrome:byline" and feats[i].n <= ITEM_BYLINE_MAX and (m := SERIES_DATED.fullmatch(text, *spans[i])):
            above, below = nonempty[k - 1], nonempty[k + 1]
            titled = out[above] is None and not feats[above].sentence and not _clause_line(text, spans[above]) and feats[above].n <= HEADLINE_MAX_CHARS
            if out[below] is None:
                series.setdefault(m.group("name"), []).append((i, titled))
    series_heads: set[int] = set()
    quoted_lures: set[int] = set()
    for found in series.values():
        if len(found) >= SERIES_MIN and 2 * sum(titled for _, titled in found) < len(found):
            for i, _ in found:
                out[i] = None
                series_heads.add(i)
    # a document's own attachments listed under its 附件 label ("附件：" over "1．…任务分解表.xlsx"): the files it
    # comes with, not a library's download links
    for k, i in enumerate(nonempty[:-1]):
        if out[i] is None and ATTACHMENTS_LABEL.fullmatch(text, *spans[i]):
            for j in nonempty[k + 1 :]:
                line = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
                if out[j] not in (None, "chrome:download") or not (ENUMERATED.match(line) or LIST_ITEM.match(line)) or feats[j].n > ATTACHMENT_LINE_MAX:
                    break
                out[j] = None
    # the lures of a scam listed under the document's own line that introduces them ("常见的网贷广告话术有：" over
    # "不看征信、黑户可贷、秒下款"): weak spam words only, they are the document's quotation, not an advert
    for k, i in enumerate(nonempty[1:], 1):
        above = nonempty[k - 1]
        if (out[i] is not None and out[i].startswith("spam:") and not any(c.startswith("spam:") for c in feats[i].strong)
                and (out[above] is None and text[spans[above][0] : spans[above][1]].rstrip().endswith(("：", ":")) or above in quoted_lures)):
            out[i] = None
            quoted_lures.add(i)
    kept_top = [i for i in nonempty if out[i] is None]
    # decorations that open two or more title lines of the page head its articles ("▍X", "❖ X"): never layout
    marks = {i: mark for i in nonempty if not feats[i].sentence and (mark := splitter.heading_mark(text[spans[i][0] : spans[i][1]]))}
    decorations = Counter(marks.values())
    headings = {i for i, mark in marks.items() if decorations[mark] >= 2} | series_heads
    issues = [i for i in nonempty if feats[i].n <= ISSUE_LINE_MAX and splitter.ISSUE_LINE.fullmatch(text, *spans[i])]
    if len(issues) >= 2:
        headings.update(issues)  # "第5期　｜　2024年3月", "第6期　｜　2024年4月": the issues of a bound volume, never a byline
    # a headline that asks ("“快递丢件要理赔”？岚城一市民险些被骗3万元") reads as prose: the text begins after it
    text_start = first
    if kept_top and kept_top[0] == first and feats[first].n <= HEADLINE_PROSE_MAX and not text[spans[first][0] : spans[first][1]].rstrip().endswith(("。", "；", "…", "：")):
        text_start = next((i for i in kept_top[1:] if feats[i].prose), first)
        if sum(1 for i in kept_top[1:] if i < text_start) > ZONE_LINES_MAX:
            text_start = first  # a post of one clause a line: its short lines are the text, not a zone of chrome
    if kept_top and kept_top[0] < text_start:
        # between the headline and the text: a short line that carries page layout (a separator,
        # an emoji, Latin words, a counter, a time, a page label) and no sentence is the page's
        for i in kept_top[1:]:
            if i >= text_start:
                break
            if i in headings:
                continue
            f = feats[i]
            line = text[spans[i][0] : spans[i][1]]
            page_marks = sum(map(bool, (f.separators, f.latin_words, f.counters, f.labels > f.weak_labels, SYMBOL.search(line))))
            signals = page_marks + bool(f.dates) + bool(f.times)  # a date and a time alone may be a meeting's
            if (not f.sentence and f.han <= BETWEEN_HAN_MAX and not ENUMERATED.match(line) and page_marks and signals >= BETWEEN_SIGNALS
                    and not _titled_after_a_bar(line) and not _steps(line) and not SERIES_STOP.match(line)
                    and not ARTICLE_HEADING.found(line.strip()) and not _document_fields(line) and not _numbered_heading(line)):  # "Day 1｜…": a piece's
                out[i] = "chrome:byline" if (f.dates or f.times or f.labels) else "chrome:nav"
            elif (not f.sentence and f.han <= BETWEEN_HAN_MAX and _between_mark(line, f) and not _document_line(line) and not CREDIT_WORDS.search(line)
                  and not QUOTED_LINE.search(line) and not _document_fields(line) and not _numbered_heading(line) and not SERIES_STOP.match(line)
                  and not SECTION_IN_BRACKETS.fullmatch(line)):
                # one mark of the page's layout is enough where the words are not the document's: "围观 1,356",
                # "阅读字号：加大｜还原｜减小", "【大字】【标准】【小字】", "↑↑↑ 戳蓝字，常来看看", "约 5 min 看完"
                out[i] = "chrome:byline" if (f.dates or f.times or f.labels or LABEL_PAIR.search(line)) else "chrome:nav"
    # among the first lines the page keeps, a paragraph a summary's label opens, text after it:
    # "要点速览（由算法提炼，请以全文为准）：…", "核心提示：…", "编者导读：…", "文档摘要：…"
    kept = [i for i in nonempty if out[i] is None]
    for k, i in enumerate(nonempty):
        if k >= len(kept[:SUMMARY_TOP]) + SUMMARY_TOP:
            break
        line = text[spans[i][0] : spans[i][1]].strip()
        box = SUMMARY_BOX.search(line) if out[i] in (None, "chrome:nav") and not feats[i].sentence and len(line) <= SUMMARY_BOX_LABEL_MAX else None
        if box is None or han_count(line[: box.start()] + line[box.end() :]) > SUMMARY_BOX_REST:
            continue  # "一文读懂电信诈骗" names a topic: a headline
        points = list(itertools.takewhile(lambda j: out[j] is None and SUMMARY_POINT.match(text, *spans[j]) is not None, nonempty[k + 1 :]))
        below = nonempty[k + 1 + len(points) : k + 3 + len(points)]  # the text, maybe under a line of tags
        if SUMMARY_POINTS[0] <= len(points) <= SUMMARY_POINTS[1] and any(feats[j].prose for j in below):
            for j in (i, *points):
                out[j] = "intro"  # the site's summary of the text above the text ("◢ 三句话读懂本文", "① …", "② …")
    kept = [i for i in nonempty if out[i] is None]
    for k, i in enumerate(kept[:SUMMARY_TOP]):
        if ((m := SUMMARY_LABEL.match(text, *spans[i])) and feats[i].sentence and not ISSUES_OWN_LEAD.match(text, *spans[i])
                and not (OWN_SUMMARY_LABEL.match(text, *spans[i]) and OWN_SUMMARY.match(text, m.end(), spans[i][1])) and any(feats[j].prose for j in kept[k + 1 :])):
            out[i] = "intro"  # (not "本期导读：…", a bulletin's own lead, nor "内容提要：本报告通过…", a report's own)
        elif feats[i].sentence and COLUMN_NOTE.match(text, *spans[i]) and any(feats[j].prose for j in kept[k + 1 :]):
            out[i] = "intro"  # "栏目说明：…", "本栏目集中刊登本院发布的各类防骗提示…": the site on its column, at the top
        elif feats[i].sentence and ABSTRACT.match(text, *spans[i]) and any(feats[j].prose for j in kept[k + 1 :]):
            out[i] = "intro"  # "摘要：这是一份电力企业一年来防骗工作的回顾，共3页…": a library describing the file
            if k + 1 < len(kept) and KEYWORDS_LINE.fullmatch(text[spans[kept[k + 1]][0] : spans[kept[k + 1]][1]].strip()):
                out[kept[k + 1]] = "chrome:related"  # "关键词：供电服务；…" under it: the library's (a report's own 关键词 stays)
        elif (feats[i].sentence and (m := NEWS_ABSTRACT.match(text, *spans[i])) and not REPORT_ABSTRACT.search(text[m.end() : spans[i][1]])
              and (above := next((j for j in reversed(nonempty) if j < i), None)) is not None and out[above] in ("chrome:byline", "chrome:counter")
              and not AUTHOR_FIELDS.search(text, *spans[above])
              and any(feats[j].prose for j in kept[k + 1 :])):
            out[i] = "intro"  # NEWS_ABSTRACT (in the site's header: under its byline or counter, not right under the title)
    for k, i in enumerate(nonempty[:-1]):
        m = FIELD_VALUE.fullmatch(text, *spans[i]) if out[i] is None else None
        if m and m.group("value").strip() == text[spans[nonempty[k + 1]][0] : spans[nonempty[k + 1]][1]].strip():
            out[i] = "chrome:byline"  # "名　　称：关于开展…的通知" over the same title: a disclosure table's field
    for k, i in enumerate(nonempty[: len(nonempty) - 2]):
        below = nonempty[k + 1]
        if (k < SUMMARY_TOP * 2 and out[i] in (None, "chrome:nav") and out[below] is None and ABSTRACT_LABEL.fullmatch(text, *spans[i])
                and DESCRIBING.match(text, *spans[below]) and any(feats[j].prose and out[j] is None for j in nonempty[k + 2 :])):
            out[i] = out[below] = "intro"  # "✦ 智能摘要" over "文章讲述了…": a machine's summary of the text
    # readers' comments: a header that counts or opens them ("已有3位网友发表看法", "群众评论　共4条（登录后可发表）",
    # "读者议论（12）　展开全部 >"), then lines of "name：words" or "name　date：words", to the first line of another form
    for k, i in enumerate(nonempty):
        if out[i] not in (None, "chrome:comment") or feats[i].n > COMMENT_HEADER_MAX or not COMMENT_SITE.search(text, *spans[i]) or not COMMENT_HEADER.search(text, *spans[i]):
            continue
        block = []
        for j in nonempty[k + 1 :]:
            if out[j] not in (None, "chrome:comment") or not COMMENT_LINE.fullmatch(text[spans[j][0] : spans[j][1]].strip(" \t\u3000")):
                break
            block.append(j)
        if len(block) >= COMMENT_LINES_MIN:
            for j in (i, *block):
                out[j] = "chrome:comment"
    # a prompt to tap the account's name, quoted as a line the page's chrome already holds ("轻点蓝色“湝江公安”，和警察蜀黍
    # 做朋友" under "湝江公安　发布于 2025-09-12", "点一下上面的“滃口发布”，滃口的事儿一件不落"): the site's (TAP_NAME; not
    # "点击“退款链接”后，页面跳转…", a story's quoted button, which no chrome line names)
    chrome_text = None
    for i in nonempty:
        if out[i] is not None or feats[i].n > SHARE_LINE_MAX or feats[i].sentence > 1:
            continue
        m = TAP_NAME.match(text, *spans[i])
        if m is None:
            continue
        if chrome_text is None:
            chrome_text = "\n".join(text[spans[j][0] : spans[j][1]] for j in nonempty if out[j] is not None and out[j].startswith("chrome:"))
        if m.group("name") in chrome_text:
            out[i] = "chrome:share"
    # other posts with their summaries under a header naming them, below the text ("往期推荐", "相关新闻", "芷川要闻"): each
    # item a title, a summary, a day, in that order, one or two of them (OTHER_POSTS); two items or more, and no two
    # summaries in a row (a document's own paragraphs under a line of its own)
    for k, i in enumerate(nonempty):
        if out[i] is not None or k == 0 or feats[i].n > RELATED_HEADER_MAX or not OTHER_POSTS_HEADER.fullmatch(text[spans[i][0] : spans[i][1]].strip(" \t\u3000")):
            continue
        if not any(feats[j].prose and out[j] is None for j in nonempty[:k]):
            continue
        block, items, previous, ok = [], 0, "header", True
        for j in nonempty[k + 1 :]:
            line = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
            if out[j] is not None or OTHER_POSTS_HEADER.fullmatch(line):
                break
            if POST_DAY.fullmatch(line):
                kind = "day"
            elif LISTED_ITEM.match(line):
                kind = "item"  # "- 县委常委会召开扩大会议 研究部署… 会议传达学习了…": a title and its summary on one bulleted line
            elif feats[j].n <= RELATED_LINK_MAX and not line.endswith(("。", "…", "……")):
                kind = "title"  # (a title may ask or exclaim: "以案释法｜出租微信号赚“外快”？小心沦为诈骗帮凶")
            elif feats[j].sentence or feats[j].prose:
                kind = "summary"
            else:
                ok = False
                break
            if kind == "summary" and previous == "summary":
                ok = False  # two paragraphs in a row: the document's own text
                break
            items += kind in ("title", "item") or (kind == "day" and previous != "title")
            block.append(j)
            previous = kind
        if ok and items >= 2:
            for j in (i, *block):
                out[j] = "chrome:related"
    # readers' comments each with its likes counted at its end, two or more in a row, under the text (LIKED_LINE)
    def liked(k: int) -> bool:
        line = text[spans[nonempty[k]][0] : spans[nonempty[k]][1]]
        return out[nonempty[k]] is None and ("赞" in line or "👍" in line) and LIKED_LINE.fullmatch(line.strip(" \t\u3000")) is not None

    for is_liked, run in itertools.groupby(range(len(nonempty)), key=liked):
        block = list(run)
        if is_liked and len(block) >= COMMENT_LINES_MIN and block[0] > 0:
            for k in block:
                out[nonempty[k]] = "chrome:comment"
    # below the text, "相关题库" / "热门标语" heads a list of other pages' titles; a "header" with
    # no titles under it before a signature or a date is the document's own line ("更多骗局早知道")
    listing, run = False, []  # run: [the header if marked here, else None, then the lines marked here]
    header = None  # the line that opened the list
    for i in [*nonempty, None]:
        if i is not None and i <= last:
            continue
        line = "" if i is None else text[spans[i][0] : spans[i][1]].strip()
        # "ETC认证失效短信又来了，别点！": a headline, under a header naming other pages (not "最新提醒：" over a letter's slogans)
        headline = (i is not None and listing and feats[i].sentence == 1 and line.endswith(("！", "？", "!", "?")) and bool(run) and run[0] is not None
                    and DOCUMENT_LIST_HEADER.search(text, *spans[run[0]]) is None)
        if i is not None and listing and out[i] is None and len(line) <= SITE_HEADER_MAX and (not feats[i].sentence or headline) and not (run[0] is not None and _signature_or_date(line)) \
                and not _next_piece(text, spans, nonempty, out, header, i):
            out[i] = "chrome:related"
            run.append(i)
            continue
        if run and run[0] is not None and i is not None and _signature_or_date(line) and not any(feats[j].n >= LISTED_TITLE_MIN for j in run[1:]):
            for j in run:  # the list stops at a signature or a date: the "header" was the document's last line
                if j is not None:
                    out[j] = None
        run, listing = [], False
        if i is None:
            break
        if out[i] is None and len(line) <= RELATED_HEADER_MAX and RELATED_HEADER.fullmatch(line) and not (FRAUD_WORD.search(line) and not SITE_LIST_OPENING.match(line)):
            # "防骗这几招值得一看" is the document's tips; "更多骗局早知道", "相关专题：全民反诈在行动" open on the site's list word
            out[i], listing, run, header = "chrome:related", True, [i], i
        elif out[i] == "chrome:related":
            listing, run, header = True, [None], i
    for k, i in enumerate(nonempty):
        # who wrote or sent the text above, alone in brackets under it: "（青石镇综治中心）", "（读者　阿屿）",
        # "（社区通讯员　鲁一禾　采写）", "（初二（4）班　xx　一等奖）", "（来源：松兴县公安局刑侦大队）"
        if out[i] is None and k and feats[nonempty[k - 1]].sentence and out[nonempty[k - 1]] is None and _bracketed_credit(text[spans[i][0] : spans[i][1]]):
            out[i] = "credit"
    for k, i in enumerate(nonempty):
        # a photo's caption between paragraphs: a phrase after a picture's mark, or ending in
        # its photographer, or a bracketed note on a picture; never one of a run of such lines
        if out[i] is not None or feats[i].han > CAPTION_HAN_MAX or feats[i].sentence > 1:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if _bracketed_scene(line):
            out[i] = "caption"  # "〔柘汀街道丰水苑驿站，取件台边立起了一块防骗小立牌〕": a picture's scene, the whole line in brackets
            continue
        # "民警向受害人了解被骗经过。岑露／摄": a sentence, then its photographer
        credited = ("摄" in line or "提供" in line or "镜" in line or "拍" in line or "光影" in line or "掌机" in line or "📷" in line) and PHOTO_CREDIT_END.search(line) is not None
        mark = CAPTION_MARK.match(line)
        labelled = mark is not None and (PICTURE_LABEL.match(mark.group()) is not None or HEAD_PICTURE.search(mark.group()) is not None)  # "〔照片〕…": a picture's word in brackets, wherever it stands
        if feats[i].sentence and not credited and not (labelled and not line.rstrip().endswith(("。", "；"))) and not (mark and PICTURE_PLACE.match(mark.group())):
            continue  # (a picture's part named tells its scene in a sentence too: "图中左一为护士余小满，她正把…。")  # (a labelled video's title may ask: "【视频】“老板”来电要转账？会计一招识破")
        placeholder = PICTURE_PLACEHOLDER.fullmatch(line) is not None  # whatever stands around it
        around = _around(nonempty, k)
        if not placeholder and not credited and not labelled and not any(feats[j].prose or feats[j].sentence for j in around):
            continue
        if mark and any(text[spans[j][0] : spans[j][1]].lstrip(" \t\u3000").startswith(mark.group()) for j in around) and not _scene_run(text, spans, nonempty, k, mark.group()):
            continue  # a list of items opening alike (not "▲ 夜校开课前，教室门口排起了…" over "▲ 工人们在课堂上…": a picture set's captions)
        if mark and not labelled and mark.group()[0] in "〈［" and _labels_alike(text, spans, nonempty, i, mark.group()):
            continue  # "［低学段］…", "［高学段］…": the page's own parts under labels in one bracket, no picture's
        phrase = line[mark.end() :] if mark else ""
        if mark and not labelled and _numbered_heading(phrase):
            continue  # "▷案例1　“退费”电话打给了刚报名的家长": a mark before a numbered heading, a piece's, no picture's
        if mark and BULLET_MARK.match(mark.group()) and (not SCENE.search(phrase) or CLAUSE_PUNCT.search(phrase)):
            mark = None  # "◎ 强化宣传引导，营造浓厚氛围", "☞ 民警提醒：…": a bullet of a heading, not a picture's
        if (mark and (han_count(phrase) >= CAPTION_PHRASE_MIN or SCENE_END.search(phrase))) or credited or placeholder or PICTURE_NOTE.fullmatch(line):
            out[i] = "caption"
    # a picture set's label alone on its line ("组图：", "【组图】"), its captions one a line under it: short, no sentence
    for k, i in enumerate(nonempty):
        if out[i] is None and feats[i].n <= PICTURE_SET_LABEL_MAX and PICTURE_SET_LABEL.fullmatch(text[spans[i][0] : spans[i][1]]):
            under = []
            for j in nonempty[k + 1 : k + 1 + PICTURE_SET_MAX]:
                line = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
                if out[j] is not None or feats[j].han > CAPTION_HAN_MAX or ENDS_SENTENCE.search(line) or ENUMERATED.match(line) or feats[j].sentence > 1:
                    break
                under.append(j)
            if len(under) >= 2 or (under and CAPTION_MARK.match(text[spans[under[0]][0] : spans[under[0]][1]].strip(" \t\u3000"))):
                for j in [i, *under]:
                    out[j] = "caption"
    # a forum member's signature under its rule, after the post ("—————————————" over "签名：栖鹭湾住了十八年…")
    for k, i in enumerate(nonempty[:-1]):
        j = nonempty[k + 1]
        if out[i] is None and out[j] is None and RULE_LINE.fullmatch(text, *spans[i]) and MEMBER_SIGNATURE.match(text, *spans[j]) and feats[j].n <= MEMBER_SIGNATURE_MAX:
            out[i] = out[j] = "chrome:nav"
    # a picture set numbered in circles at the text's end or between paragraphs, on a page that shows pictures: every line
    # a scene (people at something, ten Han characters at least), none a sentence ("① 信工学院的“小林”举着手机，正要…",
    # "③ 十支队伍挤在台上，和评委…合了张影"); a document's own ① points end on a stop or name no one doing anything
    picture_words = PICTURE_WORDS.search(text) is not None  # a photographer's credit on the page (asked again below)
    if CIRCLED_ANY.search(text) and (any(label == "caption" for label in out) or picture_words or CREDIT_PICTURES.search(text) is not None):
        k = 0
        while k < len(nonempty):
            run = []
            while k + len(run) < len(nonempty) and CIRCLED.match(text, spans[nonempty[k + len(run)]][0]):
                run.append(nonempty[k + len(run)])
            lines_run = [CIRCLED.sub("", text[spans[j][0] : spans[j][1]], count=1).strip(" \t\u3000") for j in run]
            after = nonempty[k + len(run)] if k + len(run) < len(nonempty) else None
            if (len(run) >= 2 and all(out[j] is None and han_count(t) >= SCENE_RUN_HAN and not ENDS_SENTENCE.search(t) and _scene_action(t) for j, t in zip(run, lines_run))
                    and any(map(_people_shown, lines_run)) and (after is None or out[after] is not None)):
                # (each doing something, someone the words know among them; below the text's last paragraph, the page's
                # credit or chrome after them: a plan's own ① items stand between its paragraphs)
                for j in run:
                    out[j] = "caption"
            k += len(run) or 1
    # a page with pictures (a caption, a photographer's credit) captions them bare too: a short phrase
    # between two paragraphs that shows people or a scene ("民警向摊主演示收款码被调包的过程"); only one
    # on the page (two or more are subheadings), never a list item or a line with a colon or a clause
    pictured = any(label == "caption" for label in out) or picture_words
    bare: list[int] = []
    phrases = 0  # short phrases alone between two paragraphs, whatever they show ("上门送课", "对症支招": subheadings)
    if pictured:
        for k, i in enumerate(nonempty):
            f = feats[i]
            if out[i] is not None or f.sentence or f.clauses or not (BARE_CAPTION_MIN <= f.han <= BARE_CAPTION_MAX) or f.n > BARE_CAPTION_MAX + 4:
                continue
            line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
            if ENUMERATED.match(line) or not regex.fullmatch(r"[\p{Han}A-Za-z0-9“”（）()·]+", line):
                continue
            before, after = (nonempty[k - 1] if k else None), (nonempty[k + 1] if k + 1 < len(nonempty) else None)
            if before is None or after is None or not (feats[before].prose or out[before] == "caption") or not feats[after].prose:
                continue
            phrases += 1  # (under a caption too: "【…讲解“年报罚款”骗局】" over "对症支招")
            if out[before] is None and out[after] is None and feats[before].prose and (SHOWN.search(line) or OBJECT_SHOWN.fullmatch(line)):
                bare.append(i)
    if len(bare) == 1 and phrases == 1:  # two or more such phrases between paragraphs are the document's subheadings
        out[bare[0]] = "caption"
    # people doing something somewhere, alone between two paragraphs ("民警在车间门口设点宣传", "新生们认真聆听反诈专题课",
    # "客户经理在敬老院开展宣讲"): a picture's caption however many the page has (a subheading names a task: "加强宣传引导",
    # "志愿者走进菜市场", "法官说法"); without a place or a moment ("民警向摊主演示…"), only on a page with pictures
    for k, i in enumerate(nonempty[1:-1], 1):
        f = feats[i]
        if out[i] is not None or f.sentence or f.clauses or not (BARE_CAPTION_MIN <= f.han <= BARE_CAPTION_MAX) or f.n > BARE_CAPTION_MAX + 4:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" 	　")
        before, after = nonempty[k - 1], nonempty[k + 1]
        if (PEOPLE_AT_WORK.match(line) and (pictured or SOMEWHERE_NOW.search(line)) and not ENUMERATED.match(line) and not GENRE_WORD.search(line)
                and out[before] is None and out[after] is None
                and (feats[before].prose and (feats[after].prose or _section_heading(text, spans[after], feats[after]))
                     or pictured and f.han >= CLAUSE_CAPTION_MIN and _ends_sentence(text, spans[before]) and _clause_line(text, spans[after])
                     and not SENTENCE_GOES_ON.search(line))):
            out[i] = "caption"
    # on a page with pictures, a scene told in a phrase or two between two paragraphs that end their sentences, itself ending none
    # ("晒谷场上，村民们放下木耙围坐在民警身边", "村口老樟树上新挂起的红底白字防诈横幅", "报告厅坐得满满当当，不少同学站在过道上看完了全场"):
    # people or a place named, no label, no heading's shape (a post's clause lines stand between short lines, not paragraphs)
    if pictured:
        for k, i in enumerate(nonempty[1:-1], 1):
            f = feats[i]
            if out[i] is not None or f.sentence or not (SCENE_PHRASE_MIN <= f.han <= SCENE_PHRASE_MAX):
                continue
            line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
            before, after = nonempty[k - 1], nonempty[k + 1]
            if (out[before] is None and out[after] is None and feats[before].prose and feats[after].prose and _ends_sentence(text, spans[before])
                    and ((SCENE.search(line) and SCENE_MOMENT.search(line)) or SCENE_PLACE_LEAD.match(line) or SCENE_OBJECT_END.search(line)) and not ENUMERATED.match(line)
                    and not LABEL_COLON.search(line) and not GENRE_WORD.search(line) and not SENTENCE_GOES_ON.search(line) and not splitter.DECORATED.match(line)
                    and sum(text[spans[j][0] : spans[j][1]].lstrip(" \t\u3000").startswith(line[:1]) for j in nonempty if feats[j].han <= SCENE_PHRASE_MAX) < 2):
                out[i] = "caption"  # (not one of parallel subheadings: "当家中老人的“守门人”", "当资金流转的“把关人”")
    # a scene's name alone between two paragraphs ("庭审现场", "讲座现场座无虚席", "民警与银行工作人员劝阻现场"),
    # on any page and however many: a subheading names a task, not a place and a moment
    # …and in brackets ("（决赛现场全景）") under a paragraph, whatever stands below it (the page's credits, nothing)
    for k, i in enumerate(nonempty):
        f = feats[i]
        if out[i] is not None or f.sentence or f.clauses or not (2 <= f.han <= SCENE_CAPTION_HAN) or k == 0:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        bracketed = IN_BRACKETS.fullmatch(line)
        line = bracketed.group(1) if bracketed else line
        before, after = nonempty[k - 1], (nonempty[k + 1] if k + 1 < len(nonempty) else None)
        if (SCENE_NAMED.fullmatch(line) and not ENUMERATED.match(line) and feats[before].prose and out[before] is None
                and (bracketed or (after is not None and feats[after].prose and out[after] is None))):
            out[i] = "caption"
    # people in a picture placed by where they stand ("药剂科主任钱漱玉（右二）向患者家属辨认…", "…的平台通知（右一为县市监局
    # 分管负责人xx）", "老师带着孩子们读绘本（右为二（2）班班主任）"): a caption on any page, wherever it stands (PICTURE_POSITION);
    # not a sentence, a numbered item or a label's value
    for i in nonempty:
        f = feats[i]
        if out[i] is not None or f.sentence or not (BARE_CAPTION_MIN <= f.han <= CAPTION_HAN_MAX):
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if PICTURE_POSITION.search(line) and not ENUMERATED.match(line) and not LABEL_COLON.search(line):
            out[i] = "caption"
    # the page's last line, a sentence on what the page is not ("【本页说明】本页内容仅供宣传参考，不作为办理业务的依据。",
    # "本栏文字用于普及用卡常识，不作为任何业务办理依据…"): a disclaimer, under whatever label (a line that says so with
    # the story going on below it is the story's)
    kept_lines = [i for i in nonempty if out[i] is None]
    if kept_lines and len(kept_lines) >= 2 and feats[kept_lines[-1]].n <= DISCLAIMER_MAX and DISCLAIMER_TAIL.search(text, *spans[kept_lines[-1]]):
        out[kept_lines[-1]] = "chrome:disclaimer"
    # the last paragraph of the text: a listed title may be a sentence ("“帮你办理退保”？当心…"), not a paragraph
    body_end = max(
        (i for i in nonempty if feats[i].prose and out[i] is None and (feats[i].n > SITE_HEADER_MAX or text[spans[i][0] : spans[i][1]].rstrip().endswith(("。", "；")))),
        default=last,
    )
    for k, i in enumerate(nonempty):
        # below the text, at the end of the page, a header without the topic's words and two or
        # more titles about the topic ("看了本文的人还看了", "本栏最新"); a document's own list
        # is announced as one ("附：…一览"), a slogan list by its topic ("反诈口诀")
        if i <= body_end or out[i] not in (None, "chrome:related") or (k and out[nonempty[k - 1]] is None and nonempty[k - 1] != body_end):
            continue  # the header follows the text or a line of chrome, never a line of the list
        header = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        titles = []
        for j in nonempty[k + 1 :]:
            if out[j] not in (None, "chrome:related"):  # the list above may have taken its first titles
                break
            t = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
            if not (LISTED_TITLE_MIN <= len(t) <= SITE_HEADER_MAX and not t.endswith(("。", "；", ";"))):
                break
            titles.append(j)
        after = nonempty[k + 1 + len(titles) :]
        if (
            len(titles) >= 2 and len(header) <= RELATED_HEADER_LEN and not feats[i].sentence and not OWN_LIST_HEADER.search(header)
            and not TOPIC_WORD.search(header) and not ENUMERATED.match(header) and not _names(header) and not _signature_or_date(header)  # not a letter's signature
            and not any(_signature_or_date(text[spans[j][0] : spans[j][1]].strip(" \t\u3000")) for j in titles)  # nor its date ("1月13日清晨于市反诈中心")
            and all(out[j] is not None or not feats[j].prose for j in after)  # the list ends the text: chrome or short lines follow it
            and all(not ENUMERATED.match(text[spans[j][0] : spans[j][1]].strip()) and TOPIC_WORD.search(text[spans[j][0] : spans[j][1]]) for j in titles)
            and 2 * sum("，" in text[spans[j][0] : spans[j][1]] for j in titles) <= len(titles)  # slogans of two halves ("…警惕，谨防…") are the document's
        ):
            for j in (i, *titles):
                out[j] = "chrome:related"
    for i in nonempty:
        # below the text, a label over a row of short items ("相关搜索：校园贷　刷单　冒充客服",
        # "所属专题：平安校园 | 反诈宣传") or a link to another page with an arrow ("← 上一则：X",
        # "下一期：第9期 ▶", "☞ 延伸阅读：《X》"); never a label of the document's ("承诺人：", "联系电话：")
        if i <= body_end or out[i] is not None or feats[i].sentence or feats[i].n > BOTTOM_LINK_MAX:
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        m = BOTTOM_LABEL.match(line)
        if not m or DOCUMENT_LABEL.search(m.group("label")) or TOPIC_WORD.search(m.group("label")) or _parallel(line[m.end() :]) or _signed_contact(text, spans, nonempty, i):
            continue  # "反诈口诀：不听 / 不信": the document's slogan under its topic; "网格员：左春燕　联系电话：158xxxx3307": its contact
        items = [p for p in BOTTOM_ITEMS.split(line[m.end() :].strip(" \t\u3000")) if p]
        linked = m.group("arrow") is not None or LINK_ARROW.search(line[-2:]) is not None
        if items and (linked or (len(items) >= 2 and all(len(p) <= BOTTOM_ITEM_MAX for p in items))):
            out[i] = "chrome:related"
    # a bundle's files shown one after another: each numbered file's name over its text heads that text
    # ("01 X.docx", a page marker, the text); one link to a file above a paragraph stays a link
    headed = []
    for k, i in enumerate(nonempty):
        if out[i] == "chrome:download" and FILE_HEADING.fullmatch(text, *spans[i]):
            below = next((j for j in nonempty[k + 1 : k + 1 + FILE_TEXT_WITHIN] if out[j] is None), None)
            if below is not None and feats[below].han >= PROSE_MIN_HAN // 2 and not FILE_HEADING.fullmatch(text, *spans[below]):
                headed.append(i)  # its text follows: a salutation ("各网格、各居民小组：") or a paragraph
    if len(headed) >= 2:
        for i in headed:
            out[i] = None
    for k, i in enumerate(nonempty):  # lines opening with ▲ one after another are a list, not captions
        if out[i] != "caption":
            continue
        line = text[spans[i][0] : spans[i][1]].lstrip()
        if line.startswith("▲"):
            around = [nonempty[j] for j in (k - 1, k + 1) if 0 <= j < len(nonempty)]
            if any(text[spans[j][0] : spans[j][1]].lstrip().startswith("▲") for j in around) and not _scene_run(text, spans, nonempty, k, "▲"):
                out[i] = None  # (unless every one tells a scene: a picture set's captions)
            elif han_count(line) < CAPTION_PHRASE_MIN and not SCENE.search(line):
                out[i] = None  # "▲ 刷单返利": a leaflet's heading names a thing; a caption describes a scene ("▲ 活动现场")
    seen: str | None = None
    for top, i in enumerate(nonempty):  # a line repeated right below itself (a title shown twice) goes once
        if top > REPEAT_TOP:
            break  # (only the first lines are looked at)
        line = "".join(text[spans[i][0] : spans[i][1]].split())
        if out[i] is None and line == seen and len(line) <= REPEAT_MAX and top <= REPEAT_TOP:  # at the top: a slogan may be shouted twice
            out[i] = "title:repeat"
        seen = line if out[i] is None else seen
    _running_headers(text, spans, feats, nonempty, out)
    for k, i in enumerate(nonempty):  # "——来源：县反诈中心" over "请各所立即组织…": the document citing where its figures come from
        if out[i] == "credit" and k + 1 < len(nonempty) and DASH_SOURCE.match(text, *spans[i]):
            nxt = nonempty[k + 1]
            if out[nxt] is None and (feats[nxt].prose or ENUMERATED.match(text[spans[nxt][0] : spans[nxt][1]])):
                out[i] = None
    for k, i in enumerate(nonempty):  # "扫一扫背面二维码，关注“…”公众号，获取更多…提示。" over the leaflet's "…卫生院　印制" / "2025年5月"
        if out[i] == "chrome:share" and feats[i].sentence and text[spans[i][0] : spans[i][1]].rstrip(" \t\u3000").endswith("。") and any(
            out[j] is None and _signature_or_date(text[spans[j][0] : spans[j][1]].strip(" \t\u3000")) for j in nonempty[k + 1 : k + 1 + SIGNED_BELOW]
        ):
            out[i] = None  # a sentence of the document's above its own signature: its call to follow, not the site's
    _table_rows(text, spans, feats, nonempty, out)
    _title_shown_again(text, spans, feats, nonempty, out)
    _schedule_rows(text, spans, nonempty, out)
    return out


TABLE_ROWS_MIN = 3
TABLE_FIELDS_MIN = 3
TABLE_CELLS = lazy_compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t]{2,}|\u3000+|\t")  # also "入户走访｜42｜860"


HEADER_LINE_MIN = 40  # a header line flattened: the site's name, menu, crumbs, the headline, the byline
# A page flattened onto one line opening on the site's path (its menu's words before it), the headline and the byline's
# fields, then the text: "首页 >> 政务动态 >> 乡镇要闻 樟湾镇召开… 时间：2025-11-06 来源：樟湾镇人民政府 11月5日，…" (FLAT_PAGE_HEAD)
FLAT_PAGE_HEAD = lazy_compile(
    r"[ \t\u3000]*(?:[^\s。！？，,]{1,12}[ \t\u3000]+){0,8}?[^\s。！？，,]{1,12}(?:[ \t\u3000]*(?:>>|>|›|»|＞{1,2})[ \t\u3000]*[^\s。！？，,>›»＞]{1,12}){1,6}[ \t\u3000]+"
    r"(?P<title>[^\s。！？!?]{8,40}(?:[ \u3000](?![\d０-９])[^\s。！？!?：:]{4,30})?)[ \t\u3000]+"  # (a headline of two phrases: "…“楼道议事会” 居民代表为防骗支招"; not its date)
    r"(?P<byline>(?:(?:(?:信息|文章|稿件|新闻)?来源|时间|发布时间|发布日期|作者|编辑|责任编辑)[:：][ \t\u3000]*[^\s：:]{1,20}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+"
    r"|(?:浏览次数|浏览量|浏览|阅读次数|阅读量|阅读|点击数|点击量|点击)[:：][ \t\u3000]*(?:[\d,]+[ \t]*次?)?[ \t\u3000]+"  # (a counter the page fills in later: "浏览次数：" and no number)
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+){1,5})"  # (a bare date among them)
    r"(?=[\p{Han}“0-9])"
)
FLAT_PAGE_MIN = 200  # characters of a first line holding a whole page
HEADER_SEGMENT = lazy_compile(r"[^\u3000\t]+")
NARROW_SEGMENT = lazy_compile(r"[^ \u3000\t]+")


def _headline_in_header(line: str) -> tuple[int, int] | None:
    """Where the headline stands in a page header flattened onto one line (segments between wide spaces): the one
    segment of eight Han characters or more naming the genre's topics, with no label, no separator and no sentence
    (two such segments: none is kept, the line is not a header)."""
    segments = [m for m in HEADER_SEGMENT.finditer(line) if m.group().strip()]
    if _dated_list(segments):
        return None
    if len(segments) < HEADER_SEGMENTS_MIN:
        segments = list(NARROW_SEGMENT.finditer(line)) if "\u3000" not in line and "\t" not in line else []
        if len(segments) < HEADER_SEGMENTS_MIN:
            return None  # (no wide space at all: a header saved with narrow ones, "椹溪县人民政府网 首页 … 首页 > 乡镇动态 > 石门坎乡 X")
    titled = [
        m for m in segments
        if han_count(m.group()) >= BAR_TITLE_MIN and TOPIC_WORD.search(m.group()) and not SENTENCE_PUNCT.search(m.group())
        and not LABEL.search(m.group()) and not regex.search(r"[:：>＞›»⟩〉|｜/／·•]", m.group())
    ]
    if len(titled) != 1:
        return None
    m = titled[0]
    return m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip())


HEADER_SEGMENTS_MIN = 4
# DATED_LIST: a header holds one headline; a line of other pages' titles each after its date holds several, and keeps none
DATED_ITEM = lazy_compile(r"(?:[\p{So}\p{Sm}·•▪◦\-–—][ \t]*)?(?:(?:19|20)\d{2}[-/])?\d{1,2}[-/]\d{1,2}")  # (not "★ 4.8", a rating)
DATED_ITEM_TITLE = lazy_compile(r"[^:：\d]*\p{Han}[^:：]*")
DATED_TITLE_HAN = 6  # a listed title: no label, this many Han characters at least (not "星期日", "来源：…")
DATED_ITEMS_MIN = 2


def _dated_list(segments: list[regex.Match[str]]) -> bool:
    """DATED_LIST: whether a line's segments (between wide spaces) hold two dates alone, each followed by a title: other
    pages' titles listed by their dates ("◇ 10-13　图书馆…启动　◇ 10-11　…　◇ 10-09　新生军训总结表彰"), no title of the page's
    own (not a header's "2024-10-13　星期日　…　X推进会　2024-10-13　来源：…": its dates are the day's and the page's).

    >>> _dated_list(list(HEADER_SEGMENT.finditer("◇ 10-13　图书馆秋季读书月启动　◇ 10-11　秋季运动会在东区举行")))
    True
    >>> _dated_list(list(HEADER_SEGMENT.finditer("2024-10-13　星期日　首页　樟湾镇召开反诈宣传推进会　2024-10-13　来源：樟湾镇")))
    False
    """
    texts = [m.group().strip() for m in segments]
    titled = sum(1 for a, b in zip(texts, texts[1:]) if DATED_ITEM.fullmatch(a) and DATED_ITEM_TITLE.fullmatch(b) and han_count(b) >= DATED_TITLE_HAN)
    return titled >= DATED_ITEMS_MIN

BYLINE_AFTER_TITLE = lazy_compile(r"[\u3000\t]+[ \t\u3000]*(?=(?:19|20)\d{2}[-/.年]|(?:发布于|发布|来源|作者|时间|日期|编辑)[ \t]*[:：])")


# The site's path glued before a headline on its line: "首页 » 局办信息 » 市监" (to its last separator)
CRUMB_BEFORE = lazy_compile(r"^[ \t\u3000]*(?:首页|主页|网站首页|当前位置[:：]|您的位置[:：]|您现在的位置[:：]|所在位置[:：])[^\n]*[>＞›»][ \t\u3000]*")


def _headline_before_byline(line: str) -> tuple[int, int | None, int] | None:
    """Where the byline starts on a line that opens with the headline, the byline glued after it across a
    wide space ("xx镇“反诈夜市”开进美食街　2024-08-16 20:41　来源：榕屿融媒　编辑：潘禾"): the one segment before is
    a headline (eight Han characters or more about fraud, no label, no sentence; not "蘅阳农商银行　本行动态", a
    site's name and section), the rest opens on a date or a byline's label. With it, where a first paragraph
    glued after the byline starts ("…来源：榕屿融媒　8月16日晚，xx镇在美食街…"), or None; and where the headline
    starts, after the site's path glued before it (CRUMB_BEFORE: "首页 » 局办信息 » 市监县市场监管局把…　发布于：…";
    a crumb's last item glued to the headline stays with it: no mark tells where one ends). None otherwise."""
    m = BYLINE_AFTER_TITLE.search(line)
    if m is None:
        return None
    crumb = CRUMB_BEFORE.match(line, 0, m.start())
    at = crumb.end() if crumb else 0
    head = line[at : m.start()]
    if han_count(head) < BAR_TITLE_MIN or not FRAUD_WORD.search(head) or FURNITURE_GAP.search(head.strip()) or SENTENCE_PUNCT.search(head) or LABEL.search(head) or regex.search(r"[:：>＞›»⟩〉|｜/／]", head):
        return None
    for gap in FURNITURE_GAP.finditer(line, m.end()):
        rest = line[gap.end() :]
        if han_count(rest) >= PROSE_MIN_HAN and SENTENCE_PUNCT.search(rest) and not LABEL.match(rest):
            return m.start(), gap.end(), at
    return m.start(), None, at


def _headline_next(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], k: int) -> bool:
    """Whether the first line the rules keep below line `k` is a headline about fraud (no sentence): then a
    title glued before a byline on line `k` is a column's name ("榕屿融媒反诈宣传专题报道　2024-08-16…")."""
    j = next((j for j in range(k + 1, len(feats)) if feats[j].n and labels[j] is None), None)
    return j is not None and not feats[j].sentence and feats[j].han >= BAR_TITLE_MIN and FRAUD_WORD.search(text, *spans[j]) is not None


# Buttons glued after a line's own words, each a symbol and a word for what it does, in brackets or not
# ("　⤓ 存为Word", "　［⬇ 免费下载］［☆ 收藏］［⤴ 分享］", "　⎘ 复制全文　⤓ Word版").
BUTTONS_TAIL = lazy_compile(
    r"(?:[ \t\u3000]+|(?<=\S))(?:[［\[【〔(（]?[ \t]*[\p{So}\p{Sm}]\uFE0F?[ \t]*(?:免费|一键)?(?:下载|收藏|分享|复制全文|复制|存为Word|存为|打印|转发|举报|纠错|点赞|Word版|PDF版|Word|PDF)"
    r"[\p{Han}]{0,3}[ \t]*[］\]】〕)）]?[ \t\u3000]*)+$"
)


def _buttons_after_content(line: str) -> int | None:
    """Where buttons glued after a line's own words start (BUTTONS_TAIL): the words before them a title the rules
    keep (six Han characters or more, no chrome by itself) or a date a document signs with. None otherwise."""
    m = BUTTONS_TAIL.search(line)
    if m is None or not m.start():
        return None
    head = line[: m.start()].strip(" \t\u3000")
    if splitter.SIGNED_DATE.fullmatch(head) or (han_count(head) >= TITLE_AFTER_MIN_HAN and classify_line(head) is None and not features(head).weak
                                      and (splitter._is_title_like(head) or splitter._is_exclaimed_headline(head))):
        return m.start()
    return None


FURNITURE_GAP = lazy_compile(r"\u3000+[ \t]*|[ \t]{2,}")  # the wide space between a site's furniture and a title glued after it
TITLE_AFTER_MAX = 40


def _title_after_furniture(text: str, s: int, e: int, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], k: int) -> int | None:
    """Where a title glued after a line of the site's furniture starts, the furniture before a wide space
    ("这条有帮助吗？ 👍 129　👎 3　家里老人的手机，可以这样设置", "〔登录提示〕…扫码登录　让每一笔转账都多一道“保险”"):
    the last segment is a title the rules keep (or a section's numbered heading), the furniture before it is
    chrome by itself, and the document's text follows on the next line. None otherwise."""
    gaps = list(FURNITURE_GAP.finditer(text, s, e))
    if not gaps or gaps[-1].end() >= e:
        return None
    cut = gaps[-1].end()
    title = text[cut:e].strip()
    if not (TITLE_AFTER_MIN_HAN <= han_count(title) and len(title) <= TITLE_AFTER_MAX):
        return None
    head = text[s : gaps[-1].start()].rstrip(" \t\u3000")  # the cheap tests first: most lines with a wide gap are furniture throughout
    if DATED_ITEM.search(head) and _dated_list([m for m in HEADER_SEGMENT.finditer(text, s, e) if m.group().strip()]):
        return None  # the last of other pages' titles listed by their dates (DATED_LIST)
    if FIELD_MARK.search(title) or HEAD_BAR.fullmatch(head[-1:]) or FIELD_LABEL.match(title) or (WIDGET_NOUN.search(title) and han_count(title) <= TITLE_AFTER_HAN):
        return None  # a field after a bar ("2024-07-08　｜　茆坪镇平安办", "公文写作 · 年终总结"): the furniture's own
    if not (TITLE_OPENS.match(title) and (TOPIC_WORD.search(title) or splitter.SECTION_TAG.match(title) or han_count(title) >= TITLE_AFTER_HAN)) or COUNTED.search(title):
        return None  # a button in brackets ("【切换适老版】"), a count ("1386位同行参考过"): no title of the genre's topics
    if classify_line(title) is not None or features(title).weak:
        return None
    if not (splitter._is_title_like(title) or splitter._is_exclaimed_headline(title) or splitter.SECTION_TAG.match(title)):
        return None
    line = text[s:e]  # the labels' patterns open on ^: matched on the line itself
    if classify_line(text[s : gaps[-1].start()]) is None or ADVERT_LABEL.match(line) or PITCH_LABEL.match(line) or PROMOTION_LABEL.match(line):
        return None  # the part before is no chrome by itself (or an advert's label, the pitch after it its own)
    nxt = next((j for j in range(k + 1, len(spans)) if feats[j].n), None)
    if nxt is None or labels[nxt] is not None or not (
        feats[nxt].prose or (feats[nxt].han >= 4 and (feats[nxt].sentence or feats[nxt].clauses))  # a post's short lines too
        or SALUTATION_LINE.match(text[spans[nxt][0] : spans[nxt][1]].strip())
    ):
        return None
    return cut


TITLE_AFTER_MIN_HAN = 6
TITLE_AFTER_HAN = 8  # …and this many when it names none of the genre's topics
COUNTED = lazy_compile(r"\d[\d,.]*[ \t]*(?:位|人|次|票|条|分|万|w|k)")  # "1386位同行参考过": a counter, no title
FIELD_LABEL = lazy_compile(r"\p{Han}{0,4}(?:部门|单位|科室|处室|机构|时间|日期|来源|作者|编辑|责编|审核|人|者|方)[ \t]*[:：]|\p{Han}{1,5}[ \t]*[:：][^\n]{0,10}$")  # "来稿部门：…", "分类：公益警示语": a field
WIDGET_NOUN = lazy_compile(r"(?:行情|排行|排行榜|热榜|热搜|推荐|专区|频道|入口|中心|服务|广场|商城)$")  # "链橙钱包实时行情": a widget's name
HEAD_BAR = lazy_compile(r"[|｜丨·•/／]")  # a bar right before the gap: the title is the furniture's last field
FIELD_MARK = lazy_compile(r"[|｜丨·•/／>＞›»]")
TITLE_OPENS = lazy_compile(r"[\p{Han}“「《xX]")


def _titled_after_a_bar(line: str) -> bool:
    """"🔴 高风险｜冒充“银行客服”称征信受损": a label, a bar, then a title of the genre's topics (eight Han or more)."""
    parts = regex.split(r"[｜|丨]", line, maxsplit=1)
    return (len(parts) == 2 and han_count(parts[1]) >= BAR_TITLE_MIN and len(parts[1].strip()) <= BAR_TITLE_MAX and TOPIC_WORD.search(parts[1]) is not None
            and not LABEL.search(line) and not regex.search(r"[:：‧·•|｜丨]", parts[1]))  # not "| 相关消息： ‧X ‧Y", a list


BAR_TITLE_MIN = 8
BAR_TITLE_MAX = 40


def _table_rows(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], nonempty: list[int], out: list[str | None]) -> None:
    """Three or more lines in a row with as many fields each, three or more, digits in them, some taken for counters
    ("刷单返利　612　25.4%", "冒充电商物流客服　356　14.8%", …): a table of the document's saved as lines, not a
    site's counters (those stand one or two to a line: "阅读 12", "点赞 3")."""
    if "chrome:counter" not in out:
        return  # (no counter to give back: most pages)

    def fields(i: int) -> int:
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        return len(TABLE_CELLS.split(line)) if DIGIT.search(line) and out[i] in (None, "chrome:counter") else 0

    run: list[int] = []
    width = 0  # the fields of the run's rows
    for i in [*nonempty, -1]:
        n = fields(i) if i >= 0 else 0
        if n >= TABLE_FIELDS_MIN and (not run or n == width):
            run.append(i)
            width = n
            continue
        if len(run) >= TABLE_ROWS_MIN and any(out[j] == "chrome:counter" for j in run):
            for j in run:
                out[j] = None
        run, width = ([i], n) if n >= TABLE_FIELDS_MIN else ([], 0)


def _page_mark(text: str, span: tuple[int, int], label: str | None) -> bool:
    """Whether a line is a page's mark ("─── 第 2／5 页 ───", "［PDF 第 1 页］")."""
    return bool(DECORATED_PAGE.fullmatch(text, *span) or PAGE_MARKER.fullmatch(text, *span)
                or (label in ("chrome:download", "chrome:nav") and "页" in text[span[0] : span[1]] and span[1] - span[0] <= PAGE_MARK_MAX))


def _running_headers(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], nonempty: list[int], out: list[str | None]) -> None:
    """The page's title printed again under a page's mark ("［PDF 第 2 页］" / "X汇编·防骗班会卷") is a running
    header (`title:repeat`), wherever the page breaks: never a copy with no page mark above it (an article
    may bear the page's title)."""
    kept = [i for i in nonempty if out[i] is None]
    if not kept:
        return
    first = "".join(text[spans[kept[0]][0] : spans[kept[0]][1]].split())
    if han_count(first) < TITLE_AGAIN_MIN or len(first) > REPEAT_MAX or feats[kept[0]].sentence:
        return
    for k, i in enumerate(nonempty):
        if i > kept[0] and k and out[i] is None and "".join(text[spans[i][0] : spans[i][1]].split()) == first and _page_mark(text, spans[nonempty[k - 1]], out[nonempty[k - 1]]):
            out[i] = "title:repeat"


def _title_shown_again(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], nonempty: list[int], out: list[str | None]) -> None:
    """The page's first title shown again a few lines below, the site's paragraphs between ("X" / "写总结，说到底…" /
    "X" / text): what stands between is the site's talk about the document (`intro`), the copy `title:repeat`.
    A line between that is no sentence is left as it is (a subtitle, a date)."""
    kept = [i for i in nonempty if out[i] is None]
    if len(kept) < 3:
        return
    first = "".join(text[spans[kept[0]][0] : spans[kept[0]][1]].split())
    if han_count(first) < TITLE_AGAIN_MIN or len(first) > REPEAT_MAX or feats[kept[0]].sentence:
        return  # not a refrain ("不轻信"): a document's title
    for k in range(2, min(len(kept), REPEAT_TOP + 2)):
        j = kept[k]
        if "".join(text[spans[j][0] : spans[j][1]].split()) != first:
            continue
        between = kept[1:k]
        if any(feats[b].n > DISCLAIMER_MAX for b in between) or not any(feats[b].sentence for b in between):
            return
        above = nonempty[nonempty.index(j) - 1]
        if _page_mark(text, spans[above], out[above]):
            return  # a running header after a page's mark ("─── 第 1／5 页 ───" / "X"): the lines above are the document's
        if not any(INTRO_ANCHOR.search(text, *spans[b]) for b in between):
            return  # no word of the site's talk between: two documents under one title, the first one's text
        for b in between:
            if feats[b].sentence:
                out[b] = "intro"
        out[j] = "title:repeat"
        return


def _schedule_rows(text: str, spans: list[tuple[int, int]], nonempty: list[int], out: list[str | None]) -> None:
    """Two or more lines in a row, each a date and fields between bars or dots and no label's colon, are
    a schedule's rows ("2025-03-01 | 启动仪式 | 社区广场"), the document's whatever took them for bylines."""
    if "chrome:byline" not in out:
        return  # (no byline to give back)
    run: list[int] = []
    for i in [*nonempty, None]:
        line = "" if i is None else text[spans[i][0] : spans[i][1]]
        if i is not None and DATE_IN_ROW.search(line) and DATED_SPLIT.search(line) and not LABEL_COLON.search(line):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                if out[j] == "chrome:byline":
                    out[j] = None
        run = []


# --- a title shown again in another form -----------------------------------------------------
# Above the text, pages show their title again with a tag, without the year or without the
# declared count: "【推荐】2024年X总结", "X总结", "X总结（精选3篇）" under "X总结（精选3篇）".
TITLE_DECORATION = lazy_compile(
    r"^[ \t\u3000]*(?:[【\[][^】\]\n]{1,6}[】\]][ \t]*)?(?:(?:19|20)\d{2}(?:[-—~～至](?:19|20)?\d{2})?年?度?[ \t]*)?"
)
TITLE_COUNT = lazy_han(
    r"[ \t]*(?:[(（【\[][ \t]*(?:(?![第一二三四五六七八九十])\p{Han}){0,3}[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*篇[ \t]*(?:范文|精选|合集)?[ \t]*[)）】\]]"
    r"|(?<![0-9])[0-9一二三四五六七八九十]{1,3}篇)?[ \t:：]*$"
)
# What opens the text right after a title glued in front of it: "X总结为进一步增强…", "X计划：为深入…".
TEXT_OPENER = lazy_compile(r"[ \t]*[:：][ \t]*|[ \t]*(?=为了|为进一步|为深入|为切实|为全面|为有效|为认真|为贯彻|为落实|为加强|为提高|根据|按照|近年来|近期|今年|随着)")
# A tag or tagline after the title: "…心得体会【优秀范文】", "…怎么办(这三种骗局一定要当心)"; never a
# number ("X（一）", "X【篇一】" head article 1).
TITLE_TAG_AFTER = lazy_compile(r"[ \t]*[【\[(（](?!篇?[第一二三四五六七八九十0-9])[^】\]()（）\n]{1,16}[】\])）][ \t]*$")
# A library's preview page named after the document: "X_第1页", "X - 第2页", "X（第3页）".
PREVIEW_PAGE = lazy_compile(r"(?:[ \t]*[_\-－—|｜·/／][ \t]*第[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*页|[(（]第[ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*页[)）])[ \t]*$")
PIPE_PREFIX = lazy_compile(r"^[ \t\u3000]*(?P<brand>[^|｜丨\n]{2,12}?)[ \t\u3000]*[|｜丨]")  # "平安柳川| X", "反诈课堂丨X"
TITLE_TAG_AFTER_GLUED = lazy_compile(r"[(（](?![第一二三四五六七八九十0-9])[^)）\n]{1,8}[)）]")
BOOK_MARKS = lazy_re(r"^《([^《》\n]+)》$")
FONT_TAIL = lazy_compile(r"(?:[ \t\u3000]+(?:A[+＋\-－]|[【\[［〔](?:大|中|小)[】\]］〕])){2,}[ \t\u3000]*$")  # font buttons glued after a line
SQUARE_TITLE = lazy_re(r"^【([^【】\n]{6,})】$")  # "【警惕！“退款客服”的骗术又翻新了】": the title in square brackets (a tag is shorter)
TITLE_KEY_MIN = 6  # a shorter title ("工作总结") is no evidence that a line repeats it


def _declares(title: str) -> bool:
    """Whether a title declares a count of articles ("（精选3篇）", "…总结12篇", "（共收录3版）": split's count too)."""
    return TITLE_COUNT.search(title).start() < len(title.rstrip(" \t:：")) or splitter.declared_count(title) is not None


# A site's name after the title: "X_文秘家园网", "X-华文范文网", "X | 某某文库".
TITLE_SITE_SUFFIX = lazy_compile(r"[ \t]*[_\-－—|｜][ \t]*[\p{Han}A-Za-z0-9]{2,12}(?:网|站|文库|范文|在线)[ \t]*$")
# …or the unit whose site it is, after a spaced separator or an underscore: "X（图） - 蒗阳县第二人民医院", "X_城关镇人民政府"
TITLE_UNIT_SUFFIX = lazy_compile(
    r"(?:[ \t]+[\-－—|｜][ \t]+|[ \t]*_[ \t]*)\p{Han}{2,16}(?:医院|人民政府|政府|公安局|分局|派出所|学校|中学|小学|学院|大学|幼儿园|银行|支行|分行|法院|检察院|委员会|中心|街道|社区)[ \t]*$"
)


def title_key(line: str) -> str:
    """The words of a title without its decoration: tag, year, declared count, spaces, colon.

    >>> title_key("【推荐】2024年学院反诈宣传月活动总结")
    '学院反诈宣传月活动总结'
    >>> title_key("社区防范电信网络诈骗工作总结（精选3篇）")
    '社区防范电信网络诈骗工作总结'
    """
    line = SQUARE_TITLE.sub(r"\1", FONT_TAIL.sub("", line).strip())
    line = TITLE_DECORATION.sub("", line, count=1)
    line = BOOK_MARKS.sub(r"\1", line.strip())  # "《参加反诈培训心得体会》": the title in book marks
    line = TITLE_SITE_SUFFIX.sub("", line, count=1)
    line = TITLE_COUNT.sub("", line, count=1)
    return "".join(TITLE_TAG_AFTER.sub("", line, count=1).split())


# A preview's page image captioned with the document's title and a page number, one under each page (PHENOMENA §2.4, a
# library's "title+page-number captions"): zero-padded "X01", or after a mark "X_1", "X ▏P1", "X-p2", "X - 第2页". Bare "X1", "X2"
# head a collection's pieces, and so may "X-1".
PAGE_CAPTION = lazy_re(r"^(.{6,80}?)(?:[ \t]*(0[1-9]|[1-9][0-9]?0[1-9])|[ \t]*[_▏|｜][ \t]*[Pp]?([0-9]{1,3})|[ \t]*[-－—][ \t]*[Pp]([0-9]{1,3})"
                       r"|[ \t]*[_\-－—|｜·/／▏][ \t]*第[ \t]*([0-9]{1,3})[ \t]*页)$")
PAGE_CAPTIONS_MIN = 2
FILE_EXTENSION = lazy_compile(r"\.(?:docx?|pdf|wps|pptx?|txt)[ \t\u3000]*$", regex.IGNORECASE)


# What follows the page's own title in a library's line describing the file: its kind, then its pages ("…《X》教案,共2页。")
TITLE_THEN_PAGES = lazy_re(r"[^。！？!?\n]{0,6}?[，,][ \t]*(?:全文|全篇|正文)?共[ \t]*[0-9０-９一二三四五六七八九十百]+[ \t]*页")
LIBRARY_LINE_MAX = 240


def library_description(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None]) -> None:
    """Label, in place, `intro` a line above the text that names the page's own title (its headline's title_key) and then
    the file's pages ("这份《X》方案,共2页。主要内容有…"): a library describing what it offers, in any words of its own.
    A document's own "编印《反诈宣传手册》,共32页" names another title."""
    kept = [i for i, f in enumerate(feats) if f.n and out[i] is None]
    if len(kept) < 2:
        return
    key = title_key(text[spans[kept[0]][0] : spans[kept[0]][1]])
    if len(key) < TITLE_KEY_MIN:
        return
    for i in kept[1:]:
        line = "".join(text[spans[i][0] : spans[i][1]].split())
        at = line.find(key)
        if feats[i].n <= LIBRARY_LINE_MAX and at >= 0 and TITLE_THEN_PAGES.match(line, at + len(key)):
            out[i] = "intro"
        if feats[i].prose:
            break  # (above the text only: the line itself may read as prose)


# SITE_NAMED_INTRO: the site, by the name its own path or menu opens with ("故事窝 > 生活故事 > 安全故事"), saying at the top
# what it picked for whom ("故事窝为小朋友和家长挑了几个短小的防骗故事，讲一讲、记一记。"): the site's intro in its own
# name, whatever the name (SITE_AGENTS knows 小编, 本站…; a story's "社区为老人挑了几个…" names no chrome's site). The name is
# a website's (…网, 窝, 坊) or the line addresses a reader: a unit's site opens its path with the unit, whose news says "县公安局整理了…"
SITE_NAME_CRUMB = lazy_compile(r"[ \t\u3000]*(?P<name>\p{Han}{2,8})[ \t\u3000]*(?:[>＞›»/|｜·　]|$)")
NOT_A_SITE_NAME = lazy_compile(r"首页|主页|当前位置|您的位置|你的位置|所在位置|位置|您正在阅读|返回|网站首页")
SITE_PICKED = lazy_compile(
    r"[^。！？!?\n]{0,16}?(?:挑了|选了|挑出了?|选出了?|整理了|收集了|搜集了|精选了|汇编了|准备了|攒了|凑了|攒成|凑成|汇总了|收录了)"
    r"[^。！？!?\n]{0,8}?(?:[这那]些|一些|几|[0-9一二三四五六七八九十两]+)[ \t]*(?:个|篇|份|则|条|组|首|套|句|段|封)"
)
SITE_INTRO_LOOK = 6  # lines with words looked at from the page's top
SITE_LIKE_NAME = lazy_compile(r"(?:网|站|窝|坊|库|吧|屋|铺|馆|汇|集|号)$")  # a website's name, not a unit's ("县公安局 > 工作动态")
SITE_READER = lazy_compile(r"(?:为|给|帮)(?:你|您|大家|读者|小朋友|家长|朋友|同学)")


def site_named_intro(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None]) -> None:
    """Label, in place, `intro` a line near the top that opens on the site's own name, the first crumb of its path or
    menu, and says what it picked or gathered (SITE_PICKED), in a sentence or two."""
    names = set()
    for i, label in enumerate(out):
        if label in ("chrome:breadcrumb", "chrome:nav") and (m := SITE_NAME_CRUMB.match(text, *spans[i])) and not NOT_A_SITE_NAME.search(m.group("name")):
            names.add(m.group("name"))
    if not names:
        return
    seen = 0
    for i, f in enumerate(feats):
        if not f.n:
            continue
        seen += 1
        if seen > SITE_INTRO_LOOK:
            break
        if out[i] is not None or f.sentence > 2:
            continue
        line = text[spans[i][0] : spans[i][1]].lstrip(" \t\u3000")
        name = next((n for n in names if line.startswith(n)), None)
        if name is not None and SITE_PICKED.match(line, len(name)) and (SITE_LIKE_NAME.search(name) or SITE_READER.search(line)):
            out[i] = "intro"


def page_captions(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None]) -> None:
    """Label, in place, `caption` the lines that repeat a title of the page (title_key) with a zero-padded page number
    after it ("X01" … "X02" between a library's preview pages): two at least, under one title, numbered apart."""
    found: dict[str, list[tuple[int, str]]] = {}
    for i, f in enumerate(feats):
        if out[i] in (None, "chrome:download") and f.n and not f.sentence and f.n <= REPEAT_MAX and (m := PAGE_CAPTION.match(text[spans[i][0] : spans[i][1]].strip())):
            found.setdefault(title_key(m.group(1)), []).append((i, m.group(2) or m.group(3) or m.group(4) or m.group(5)))
    for key, lines_ in found.items():
        if len(key) < TITLE_KEY_MIN or len(lines_) < PAGE_CAPTIONS_MIN or len({n for _, n in lines_}) < len(lines_):
            continue
        first = lines_[0][0]
        if any(title_key(FILE_EXTENSION.sub("", text[spans[i][0] : spans[i][1]])) == key for i in range(first)):  # (or its file's name, "X.docx")
            for i, _ in lines_:
                out[i] = out[i] or "caption"  # (the first, over the text, title_variants may have named a preview page already)


def title_variants(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], out: list[str | None], intro: set[int]) -> None:
    """Above the text, a line that shows the headline again in another form is `title:repeat`.

    The headline is the first line that stays. A collection's page may head its first article
    with the bare title ("X总结（精选3篇）" … "X总结" then its text): there, a variant right above
    prose stays, as the title of article 1.
    """
    kept = [i for i, f in enumerate(feats) if f.n and out[i] is None and i not in intro]
    if len(kept) < 2:
        return
    headline = text[spans[kept[0]][0] : spans[kept[0]][1]]
    brand = PIPE_PREFIX.match(headline)
    if brand and "".join(text[spans[kept[1]][0] : spans[kept[1]][1]].split()) == "".join(brand.group("brand").split()):
        out[kept[1]] = "chrome:nav"  # "平安柳川" under "平安柳川| 快递“丢了”…": the account its title opens with
    if feats[kept[0]].prose and not EXCLAIMED_HEADLINE.fullmatch(headline.strip()):
        return  # (a headline may exclaim: "警惕！“退款客服”的骗术又翻新了")
    key = title_key(headline)
    if len(key) < TITLE_KEY_MIN or len(headline.strip()) > REPEAT_MAX:
        return
    # "X倡议书-缥帙范文" over "X倡议书": the page's title bar, the headline under it (or "X（图） - 蒗阳县第二人民医院",
    # whose unit title_key keeps)
    site_bar = TITLE_SITE_SUFFIX.search(headline)
    unit_bar = None if site_bar else _title_bar(headline)
    if site_bar or unit_bar:
        if unit_bar:
            key = title_key(headline[: unit_bar.start()])
        own = next((i for i in kept[1:TITLE_BAR_LOOK + 1] if (not feats[i].prose or EXCLAIMED_HEADLINE.fullmatch(text[spans[i][0] : spans[i][1]].strip()))  # (the headline may ask: "…？钟女士一万四打了水漂")
                    and not TITLE_SITE_SUFFIX.search(text, *spans[i]) and title_key(text[spans[i][0] : spans[i][1]]) == key), None)
        if own is not None:
            out[kept[0]] = "title:repeat"
            return
    else:
        # GLUED_SITE_NAME: the title bar with the site's name glued on, no bar between ("…几点体会掇英公文网", "…防骗班会课 柞塘中学网站"),
        # the headline it names among the lines under it
        for i in kept[1 : TITLE_BAR_LOOK + 1]:
            own_key = title_key(text[spans[i][0] : spans[i][1]])
            if (len(own_key) >= TITLE_KEY_MIN and key.startswith(own_key) and GLUED_SITE_NAME.fullmatch(key, len(own_key))
                    and (not feats[i].prose or EXCLAIMED_HEADLINE.fullmatch(text[spans[i][0] : spans[i][1]].strip()))):
                out[kept[0]] = "title:repeat"
                return
    collection = _declares(headline)
    for k, i in enumerate(kept[1:], 1):
        line = text[spans[i][0] : spans[i][1]]
        if feats[i].prose and not EXCLAIMED_HEADLINE.fullmatch(line.strip()):
            break
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if (paged := PREVIEW_PAGE.search(line)) and title_key(line[: paged.start()]) == key:
            out[i] = "chrome:download"  # "X（两份）_第1页": a library's preview page named after the title, never article 1's title
            continue
        line_key = title_key(line)
        if (nxt is not None and not collection and not feats[nxt].prose and line_key and key.startswith(line_key)
                and line_key + title_key(text[spans[nxt][0] : spans[nxt][1]]) == key):
            out[i] = out[nxt] = "title:repeat"  # "雁汀市第四中学" / "防范电信网络诈骗应急处置预案": the headline again on two lines
            continue
        unit = UNIT_BEFORE.fullmatch(line_key[: -len(key)]) if line_key.endswith(key) and len(line_key) > len(key) else None
        if unit and not collection:
            out[i] = "title:repeat"  # "白河县公安局2024年度…工作总结": the headline again after its unit's name
            continue
        if line_key != key and (bar := _title_bar(line)) and title_key(line[: bar.start()]) == key and not collection:
            out[i] = "title:repeat"  # "社区食堂里的“反诈菜单” - 澴州新闻" under the headline: the page's title bar, the site's name after it
            continue
        if line_key != key or (_declares(line) and not collection):
            continue  # a variant that declares the count the headline does not is the collection's title
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if collection and nxt is not None and feats[nxt].prose:
            continue  # the title of article 1
        out[i] = "title:repeat"


TITLE_BAR_LOOK = 4  # lines under the page's title bar looked at for the headline it names
GLUED_SITE_NAME = lazy_compile(r"[\p{Han}A-Za-z0-9]{2,10}(?:网站|(?<![护全天联系诈骗控法])网|文库|在线|门户)")  # a site's name (title_key took its spaces; not "…织密防护网")
# …or any short name after a spaced separator, the headline standing below without it (TITLE_NAME_SUFFIX): "警惕！X又来了 -
# 微文快照" over the account's name over "警惕！X又来了"
TITLE_NAME_SUFFIX = lazy_compile(r"[ \t]+[\-－—|｜_][ \t]+[\p{Han}A-Za-z0-9]{2,12}[ \t]*$")


def _title_bar(line: str) -> regex.Match[str] | None:
    """The unit's or the site's name after a title bar's separator ("X - 蒗阳县第二人民医院", "X - 澴州新闻"), or None."""
    return TITLE_UNIT_SUFFIX.search(line) or TITLE_NAME_SUFFIX.search(line)

EXCLAIMED_HEADLINE = lazy_compile(r"[^。，；,;\n]{4,40}")
UNIT_BEFORE = lazy_compile(r"\p{Han}{1,16}(?:局|分局|所|队|院|中心|街道|社区|办|委|站|部|处|科|公司|银行|支行|分行|学校|中学|小学|学院|政府|镇|乡|县|市|区)(?:\d{4}年度?)?")


# A view count glued to the end of the headline: "…承诺书》248", "…一场不容忽视的班会171" (never a year).
HEADLINE_COUNT = lazy_compile(r"(?<=[\p{Han}》」”）)])(?!(?:19|20)\d{2}$)\d{2,5}[ \t]*$")


def _headline_tail(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int],
                   pattern: regex.Pattern[str], rule: str) -> Replacement | None:
    """What `pattern` finds at the end of the headline (the first line that stays, neither a sentence nor prose), as `rule`,
    when the headline keeps TITLE_KEY_MIN Han characters before it."""
    kept = next((i for i, f in enumerate(feats) if f.n and labels[i] is None and i not in intro), None)
    if kept is None or feats[kept].sentence or feats[kept].prose:
        return None
    s, e = spans[kept]
    m = pattern.search(text, s, e)
    return Replacement(m.start(), m.end(), "", rule) if m and han_count(text[s : m.start()]) >= TITLE_KEY_MIN else None


def headline_count(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int]) -> Replacement | None:
    """The count glued to the headline (HEADLINE_COUNT), as `chrome:counter`."""
    return _headline_tail(text, spans, feats, labels, intro, HEADLINE_COUNT, "chrome:counter")


def headline_site_suffix(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int]) -> Replacement | None:
    """A writing site's name after the headline on its line ("2024年三里桥社区“反诈宣传月”收官总结 - 墨砚范文库", HEADLINE_SITE_SUFFIX),
    as `chrome:nav`: the headline stays. (A page with the headline again on a line of its own has its title bar taken whole by
    title_variants.)"""
    return _headline_tail(text, spans, feats, labels, intro, HEADLINE_SITE_SUFFIX, "chrome:nav")


# A writing site's name after the headline (not "… - 东湖街道站", "——织密校园防诈网", "| 城关镇首站": a headline's own second half)
HEADLINE_SITE_SUFFIX = lazy_compile(
    r"[ \t]*(?:[_\-－|｜]|—{1,2})[ \t]*[\p{Han}A-Za-z0-9]{1,10}?(?:范文网|写作网|文稿网|文秘网|公文网|资料网|文档网|作文网|美文网|范文库|文库|范文大全|范文站|文档)[ \t]*$"
)


def glued_title(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], intro: set[int]) -> Replacement | None:
    """The headline again, glued in front of the first line of text ("X总结为进一步增强…",
    "X计划：为深入…"), on a page that is not a collection: the copy goes as `title:repeat`."""
    kept = [i for i, f in enumerate(feats) if f.n and labels[i] is None and i not in intro]
    if len(kept) < 2 or feats[kept[0]].prose:
        return None
    headline = text[spans[kept[0]][0] : spans[kept[0]][1]]
    key = title_key(headline)
    if len(key) < TITLE_KEY_MIN or _declares(headline):
        return None
    body = next((i for i in kept[1:] if feats[i].han >= PROSE_MIN_HAN and (feats[i].sentence or feats[i].clauses >= 2)), None)
    if body is None:
        return None
    s, e = spans[body]
    line = text[s:e]
    lead = TITLE_DECORATION.match(line).end()
    at = lead
    for ch in key:  # the key's characters, spaces between them allowed
        while at < len(line) and line[at] in " \t\u3000":
            at += 1
        if at >= len(line) or line[at] != ch:
            return None
        at += 1
    tag = TITLE_TAG_AFTER_GLUED.match(line, at)  # "X（完整版）今年以来…"
    m = TEXT_OPENER.match(line, tag.end() if tag else at)
    if m is None:
        return None
    return Replacement(s, s + m.end(), "", "title:repeat")


# --- site intros ----------------------------------------------------------------------------
# The site talking about itself, in its formulas, wherever it stands (also inside article 1):
# an agent (小编, 本站, 网友, a site "…网") that collected (整理, 收集, 分享…) something for the reader.
# The site's labels over its own paragraph: "【导读】", "AI速读：", "【写作提示】", "内容简介：本资料…".
INTRO_LABELS = (
    r"(?:【导读】|文章导读[:：]|(?:文章|本文|文档)?导读[ \t]*[｜|丨]|[【\[](?:写作提示|写作指导|编者按语|编者按)[】\]]|(?:[\p{So}\p{Sm}]\uFE0F?[ \t]*)?(?:AI|ai)[ \t]*(?:导读|速读|摘要|总结|速览|概要)[ \t]*[:：｜|丨]|使用说明[:：]本(?:方案|文|篇|范文|模板)|内容简介[:：]本(?:资料|文档|文|篇)"
    # an editor's, a site's or a teacher's note in brackets, whatever its words: "【编选说明】", "【教师成长·编前】", "【阅读指引】",
    # "【速览】", "【用稿须知】", "【小编留言】", "【资料概述】", "【老师说】", "【编辑手记】"; "本站按：" (not "【温馨提示】", "【案例一】")
    r"|[【〔\[](?:[^】〕\]\n]{0,6}?(?:编者|编辑|编选|编前|编后|编按|小编|站长|本站|阅读指引|阅读提示|阅读导引|用稿须知|老师说)[^】〕\]\n]{0,4}"
    r"|(?:资料|内容|文档|本文|全文|编辑|小编)?(?:速览|概述|手记|点评|导读)|(?:资料|文档|本文|范文|模板|文件)亮点|(?:本页|本站)(?:提要|摘要|概要))[】〕\]]"  # "【本页提要】": the page's, not "【内容摘要】", a report's own  # not "【案情速览】", "【民警点评】", "【工作概述】", "【工作亮点】": the document's own
    r"|(?:本站|本网)按[ \t]*[:：]"
    # the site's tip in brackets, its label and its words inside: "【写法提示：开头交代缘起…】", "〔本站编辑提示：总结的开头宜短…〕"
    r"|[【〔\[]\p{Han}{0,4}?(?:写法|写作|编辑|小编|本站|站长)\p{Han}{0,2}?(?:提示|建议|点拨|小贴士)[:：]"
    # the site's persona on the piece, or its pitch under a label: "小编说：…", "文库君点评：…", "看点：…", "推荐理由：…"
    r"|(?:小编|编辑|站长|\p{Han}{1,3}君)(?:说|点评|推荐|推荐语|寄语|有话说|小注)[ \t]*[:：]|(?:看点|推荐理由|推荐语|一句话推荐|一句话点评|编辑推荐)[ \t]*[:：]"
    # …or in brackets, a word or two more: "【存档君说两句】", "〔小编碎碎念〕"
    r"|[【〔\[](?:小编|编辑|站长|\p{Han}{1,3}君)(?:说两句|说几句|唠两句|碎碎念|有话说|说|点评|推荐|寄语|小注)[】〕\]])"
)
# Who gathered what follows, when the document says so of itself: "以下是老师收集整理的三个案例，希望对大家有所帮助" (a lesson
# plan's, not a site's wish)
OWN_GATHERER = r"(?:由)?(?:老师|我们|我|本人|学校|我校|本校|班主任|辅导员|民警|警官|本单位|我单位|课题组)"
# A document library describing the file it offers, in any words: its kind and pages ("这是一份…总结，共3页"), what
# it holds ("文档主要包含了活动背景、…等内容"), who uploaded it and its format ("本篇由会员上传", "该资料为Word格式",
# "可在线预览"), or the site naming itself as its compiler with a wish ("以下内容为学习啦整理的…，欢迎参考"). A document's
# own "以下是我局整理的典型案例，请引以为戒", "本方案主要包括…" and "国家反诈中心APP…欢迎下载使用" say none of these.
LIBRARY_FILE = (
    r"|(?:本|该)(?:文档|资料|文件)是一(?:份|篇|套)[^。！？!?\n]{2,60}?[，,][^。！？!?\n]{0,40}?(?:可(?:直接)?下载|下载后|修改(?:后)?使用|直接使用|在线预览)"  # "…，可下载后修改使用"
    # "本文档系社区一年来反诈宣传的年度回顾，分…四部分，共4页，预览前3页…": the file, what it is, its pages, what the library shows
    # (not a notice's "本文件为内部资料，请妥善保管，共2页。")
    r"|(?:本|该)(?:文档|资料|文件)(?:系|为)[^。！？!?\n]{2,40}?[，,][^。！？!?\n]{0,40}?共[ \t]*[0-9０-９一二三四五六七八九十两]+[ \t]*页[^。！？!?\n]{0,20}?(?:预览|下载|在线|试读)"
    r"|(?:这|此|(?:本|该)(?:文档|资料|文件|材料))是[^。！？!?，,\n]{0,16}?一(?:份|篇|套|封)[^。！？!?\n]{2,40}?[，,][ \t]*(?:全文|正文)?(?:共|约)[ \t]*[0-9０-９一二三四五六七八九十百两]+[ \t]*页"  # "这是学校写给家长的一封…信，共两页"
    # "这份材料记述了…，全文3页，…", "这篇报告讲的是…，正文约四页，…"
    r"|(?:这|此|本|该)(?:份|篇|套|封)(?:材料|文档|资料|文件|范文|报告|总结|方案)?[^。！？!?\n]{2,60}?[，,][ \t]*(?:全文|全篇|正文|共)[ \t]*(?:共|约)?[ \t]*[0-9０-９一二三四五六七八九十百两]+[ \t]*页"
    r"|(?:文档|资料|教案|课件)(?:主要)?(?:包含|包括|介绍|讲述|讲解|涵盖)了[^。！？!?\n]{2,80}?等(?:内容|方面|部分|环节)"
    r"|(?:本篇|本文|文档|资料|该文|这篇|此文|文件)[^。！？!?，,\n]{0,16}?(?:由(?:会员|用户|网友|本站|小编)[^。！？!?\n]{0,12}?(?:上传|分享|投稿)"
    r"|为[ \t]*(?:[Ww][Oo][Rr][Dd]|PDF|pdf|[Dd][Oo][Cc][Xx]?|WPS|wps)[ \t]*(?:格式|文档|版)|可(?:免费)?在线(?:阅读|预览|浏览|查看))"
    r"|(?:以下|下面|下文)(?:内容)?(?:是|为)(?!" + OWN_GATHERER + r")[^。！？!?，,\n]{2,10}?(?:整理|收集|搜集|精选|汇编|选编)的[^。！？!?\n]{0,40}?[，,][ \t]*"
    r"(?:欢迎(?:大家|您)?(?:阅读|参考|借鉴|下载|收藏|分享)|希望(?:对|能|可以))"
)
# The site picking "this piece" for the reader needs no "for you": "本站精选了这篇…", "小编整理了以下几篇".
INTRO_PICKED = Trigger(
    r"(?:小编|本站|本网|站长|(?<=[\p{Han}0-9]{2})网(?=编辑|小编))(?:[^。！？!?，,；\n]{0,8}?(?:精选|整理|收集|搜集|汇编|汇总|挑选|搜罗|选编|挑了|挑出|选了|选出)了?|(?:为|给)?(?:大家|你|您)?把[^。！？!?，,；\n]{0,16}?(?:攒成|凑成|归成|分成|编成|整理成|归为|归作)了?)"  # "小编把…反诈句子攒成一份", "句集网编辑挑了三组…" (a site's name at its 网, its editor), "…小编把攒下的反诈标语按用得上的场合归成三组"
    r"(?:这|以下|下面|如下|几|一些|一篇|多篇|[0-9一二三四五六七八九十两]+(?:篇|份|组|套|则|首|条|封))"  # ("云杉写作网整理了几份…", "松露文苑汇总了四封…"); also "小编搜罗了三组…", "小编替老师们挑了几份…"
    r"|(?:本文|(?:本|该|此)(?:合集|资料|文档|文件|材料|材料包|资料包))(?:由|是|系)(?:网友|本站|小编|用户|会员)[^。！？!?\n]{0,12}?(?:投稿|上传|整理|提供|分享|收集|发布)"  # also "该合集由用户【X】上传"
    r"|(?:挑出|选出|挑了|选了|找来)了?这一?(?:篇|份|封)[^。！？!?\n]{0,30}?(?:给|供)(?:你|您|大家)"  # "橘窗挑出这篇来自志愿者的投稿，…正好给你当个参照"
    # a reader's submission handed on: "网友“夏至未至”往投稿箱里放了这篇心得", "读者李女士发来这封信"
    r"|(?:网友|读者|用户|会员)[^。！？!?，,\n]{0,16}?(?:投稿箱|投稿|来稿)[^。！？!?，,\n]{0,10}?(?:这|此)(?:篇|封|份|则)"  # not "读者王女士给本报寄来这封感谢信": the story's own
    # …or sent in, then put here for the reader (SITE_PUTS_HERE): "收到网友投来的这篇，放在这里供你对照着改"
    r"|(?:网友|读者|用户|会员)[^。！？!?，,\n]{0,6}?(?:投来|发来|传来)的(?:这|此)(?:篇|份|则)[，,][ \t]*(?:放在|贴在|挂在|搬到)(?:这里|这儿|本站|本页)"
    r"|从[^。！？!?\n]{0,16}?[0-9一二三四五六七八九十百几]+(?:篇|份|条|封)[^。！？!?\n]{0,10}?(?:只留下|留下|挑出|选出|挑了|选了)了?这一?(?:篇|份|条|封)"  # "本周值班编辑从62篇警务推文里只留下这一篇"
    r"|(?:这|此)一?(?:篇|封|份|则)(?:是|由)[^。！？!?\n]{0,16}?(?:网友|读者|用户|会员)[^。！？!?，,\n]{0,10}?(?:发来|寄来|投来|投的|传来|提供)(?=[^。！？!?\n]*(?:放了上来|放上来|贴出来|刊出|登出来|发出来|征得))"  # "这份是一位…的读者发来的，…我们征得同意后放了上来"
    r"|(?:我|小编)来(?:为|给|帮)(?:大家|你|您)(?:科普|介绍|讲解|解答|分享|盘点)"
    # SAMPLES_GATHERED: the site's samples, gathered and told apart by how they are written ("我们替你挑出几篇写法各异的",
    # "松露文苑汇总了四封写法不同的…家长信"), or gathered by the site, named, for one reader ("云杉写作网整理了几份…方案，供您借鉴参考");
    # not a school's or a bank's "学校整理了几份防诈骗小贴士，供您和家人参考", "我行整理了一份防骗指南，供您参考": no site names itself
    r"|(?:挑出|选出|挑了|选了|整理了|汇总了|收集了|搜集了|攒了|挑选了)(?:几|[0-9一二三四五六七八九十两]{1,3})(?:篇|份|封|则|首|套)"
    r"[^。！？!?\n]{0,24}?(?:写法|风格|角度|侧重点?|口吻|篇幅)(?:各异|不同|不一|各不相同|有别|不一样)"
    r"|(?:小编|本站|本网|站长|(?<=\p{Han})网|文苑|文库)[^。！？!?\n]{0,12}?(?:(?:替|为|给)(?:你|您)(?![们我]))?(?:挑出|选出|挑了|选了|整理了|汇总了|收集了|搜集了|攒了|挑选了)"
    r"(?:几|[0-9一二三四五六七八九十两]{1,3})(?:篇|份|封|则|首|套)[^。！？!?\n]{0,40}?(?:供|给|替|为)(?:您|你)(?![们我])"
    # …more of them below, between the pieces: "还有两篇写给职工和老年朋友的，接着往下看" (not a lesson's "还有两首，我们接着往下读")
    r"|还有(?:几|[0-9一二三四五六七八九十两]{1,3})(?:篇|份|封|则|套)[^。！？!?\n]{0,20}?(?:接着|继续)往下(?:看|翻|滑)"
    r"|(?:本文|本页|这里|这篇文章)(?:为|给)(?:您|大家|你)(?:整理|收集|精选|汇总|带来|准备|分享)|(?:本页|这里)(?:收录|整理|汇总|汇集|精选|收集)(?:了|的)|(?:本|这个|该|此)(?:合集|专辑|资料包|文集)(?:共|一共)?(?:收录|整理|汇集|收集|汇编)"
    r"|(?:本文档|本资料|本文)[^。！？\n]{0,20}?主要(?:介绍|讲述|讲解|包括)了?[^。！？\n]{0,60}?(?:的?相关内容|等内容)"  # a document library's summary of its file
    + LIBRARY_FILE +
    r"|(?:本文|本篇|本文档)是一篇[^。！？\n]{0,40}?(?:范文|范例|模板|样文)"  # "摘要：本文是一篇…活动方案范文，包含…"
    r"|^[ \t\u3000]*" + INTRO_LABELS +
    r"|(?:下面|以下|下文)(?:是|为)[^。！？!?，,\n]{1,12}?(?:为|给)(?:大家|您|你|同学们|朋友们|老师们)[^。！？!?\n]{0,8}?(?:整理|收集|搜集|精选|准备|分享|带来|推荐|汇编)"
)
# (A site's name is found at its 网, two characters of the name looked behind: written as the name then 网, the
# pattern was tried at every Han character of a line, 12 x the time over the bench crawl's and the chrome-free gold
# pages' distinct lines; asked only whether it matches, it finds the same: tests/test_prefilters.py.)
INTRO_FORMULA = lazy_compile(
    r"小编[^。！？!?\n]{0,24}?(?:整理|收集|搜集|精选|准备|分享|带来|推荐|汇编|汇总|挑选|搜罗)"
    r"|(?:本站|本网|网友|站长|(?<=[\p{Han}0-9]{2})网{1,2}(?=的|小编|编辑|为|给|帮|今天|特意|精心))(?:们)?[^。！？!?\n]{0,24}?"
    r"(?:为|给|帮)(?:大家|您|你|各位)[^。！？!?\n]{0,12}?(?:整理|收集|搜集|精选|准备|分享|带来|推荐|汇编|挑选|搜罗|(?<!网友[^。！？!?\n]{0,30})汇总)"  # also "…网为各位读者汇总的…" (not "有网友为大家汇总了…", a story's)
    r"|(?:下面|以下|下文)(?:是|为)(?!" + OWN_GATHERER + r")[^。！？!?\n]{0,40}?(?:供大家|欢迎(?:大家)?(?:阅读|参考|借鉴|收藏|使用)|仅供|希望(?:能|可以|能够)?(?:对|帮助|帮到)(?:大家|您|你))"
    # a site's user named as who gathered the page, a wish to the reader after it (INTRO_BY_USER): "X由用户整理,希望对大家
    # 有所帮助", "…由会员上传整理，欢迎参考" (not "这批线索由网友收集整理后报送派出所": no wish)
    r"|由(?:网友|用户|会员|本站|小编|编辑)[^。！？!?，,\n]{0,6}?(?:整理|收集|搜集|上传|投稿|分享|提供)[^。！？!?，,\n]{0,4}?[，,:：][ \t]*(?:希望|欢迎|供|仅供|谨供)"
)
# A formula addresses the reader: "小编在整理居民来信时发现…" is a WeChat post's own sentence.
INTRO_READER = lazy_compile(r"大家|您|你|同学们|朋友|(?:下面|以下|下文)(?:是|为)")
# "希望对大家有所帮助", "相信一定会对你有所帮助", "欢迎阅读": the site's wishes to the reader.
INTRO_WISH = lazy_compile(
    r"(?:希望|相信|但愿)[^。！？!?\n]{0,20}(?:对|帮|给)[^。！？!?\n]{0,6}(?:你|您|大家|同学们|朋友们)[^。！？!?\n]{0,20}(?:帮助|启发|喜欢|用处|参考)"
    r"|(?:欢迎|供)(?:大家|您)?(?:阅读|借鉴|参考|分享|收藏)|仅供[^。！？!?\n]{0,6}(?:参考|揣摩|借鉴)|可供[^。！？!?\n]{0,8}参考|感谢(?:您的)?(?:阅读|参阅)"
)
# "总结是…的书面材料", "方案，是一种计划性公文": a 范文 site defining the genre.
INTRO_DEFINITION = lazy_compile(
    r"^[ \t\u3000]*(?:工作|活动|宣传|学习)?(?:总结|方案|计划|心得体会|心得|体会|报告|建议书|倡议书|承诺书|演讲稿|策划书|策划|讲话稿|简报|通知|发言稿|标语|口号|宣传语|征文|主持词|致辞)"
    r"[，,]?(?:就|一般|通常)?是(?:指)?[^。！？!?\n]{2,120}?(?:书面材料|书面文字|应用文|文体|文书|公文|书信|书面计划|方法计划|思考总结|口号|体裁|短句|文章)"
    # "所谓心得，讲的就是把亲历的事想透…": the genre named, then what it is
    r"|^[ \t\u3000]*所谓\p{Han}{0,4}?(?:总结|方案|计划|心得体会|心得|体会|报告|倡议书|演讲稿|讲话稿|简报|发言稿|标语|征文)[，,][ \t]*(?:无非|其实|说白了|讲白了|说到底|简单说)?[，,]?[ \t]*(?:(?:讲的|说的|指的|写的)?就是|是(?:指)?)"  # "所谓倡议书，是某个组织…", "所谓年终总结，无非是…"
    # the genre asked about, then told: "简报是什么？一句话：把刚做完的一件事…告诉上级"
    r"|^[ \t\u3000]*(?:工作|活动|宣传)?(?:总结|方案|计划|心得体会|心得|倡议书|演讲稿|讲话稿|简报|发言稿|标语|征文|主持词|致辞)(?:到底)?是(?:什么|啥)[？?][^。！？!?\n]{0,6}?[:：]?"
)
# Above the headline only, the genre talked about as a thing to write: "方案这东西，讲穿了就是把一件事提前想透",
# "总结写的是已经做完的事" (a speech's "方案这东西，说白了就是一张施工图", a plan's "计划这东西…", an essay's
# "心得写的是自己的真实感受" say so under their own title)
GENRE_TALK = lazy_compile(
    r"^[ \t\u3000]*(?:总结|方案|计划|心得体会|心得|倡议书|承诺书|演讲稿|讲话稿|简报|发言稿|标语|主持词|致辞)"
    r"(?:(?:这东西|这种文体|这类文章|这玩意儿?)[，,]?(?:讲穿了|说穿了|说白了|其实)?[，,]?(?:就)?是|(?:要)?写的(?:是|就是))"
)
GENRE_TALK_HEADLINE_WITHIN = 4
# "你想知道总结怎么写吗？", "那么好的方案是什么样的呢？": a hook before the 范文.
INTRO_HOOK = lazy_compile(
    r"(?:你|您|大家|我们|很多人|许多人|同学们)[^。！？!?\n]{0,30}(?:怎么写|如何写|怎样写|写些什么|写什么|知道|了解过|很难写|苦恼|具备|注意哪些|制定|撰写)"
    r"[^。！？!?\n]{0,30}(?:(?:吗|呢|吧)[？?！!。]|[？?])"
    r"|(?:怎么|如何|怎样)(?:才能|才可以|去)?(?:写|制定|撰写|总结)[^。！？!?\n]{0,24}[？?]"
    r"|(?:该|要|应该|应当)?从哪些方面(?:入手|着手|下笔|写)[^。！？!?\n]{0,6}[？?]"
    # "是不是又对着空白文档发呆？", "不妨先看看别的乡镇是怎么写的": the writer stuck, then pointed at how others wrote
    r"|是不是[^。！？!?\n]{0,20}?(?:发呆|发过?愁|头疼|头大|犯过?难|无从下笔|卡壳|不知道从哪)[^。！？!?\n]{0,6}[？?]"
    r"|不妨(?:先)?(?:看看|参考|瞧瞧)[^。！？!?\n]{0,16}?(?:怎么|如何|是怎么|是如何)(?:写|做)的?"
    r"|(?:怎样|怎么|如何)的?(?:才能)?[^。！？!?\n]{0,6}?(?:标语|口号|宣传语|总结|方案|计划|心得体会|倡议书|演讲稿|范文)[^。！？!?\n]{0,16}[？?]"
)
# Above a headline only, a question on writing one, the genre named: "培训听了一整天，回来要交心得，写来写去只剩“受益匪浅”四个字？"
# (a pupil's own "老师让我们每人交一篇心得，我写来写去…？" stands under her essay's title)
WRITING_HOOK = lazy_re(
    r"(?=[^。！？!?\n]{0,40}?(?:要交|要写|让交|让写|交一篇|写一篇|交一份|写一份|写来写去|写不出|憋不出|凑不够))"  # "学校让交反诈心得，写什么？"
    r"(?=[^。！？!?\n]{0,50}?(?:心得|总结|方案|计划|体会|观后感|倡议书|演讲稿|讲话稿|发言稿|简报|致辞|讲话|主持词|新闻稿|承诺书))[^。！？!?\n]{4,70}?[？?]"  # "…交一篇开幕致辞，是不是…？"
)
INTRO_TOP = 3  # a paragraph of hooks and definitions alone is an intro among the first lines after the first
# The site talking about the genre as something to write or to pick ("年底写总结，最怕…", "这篇总结
# 好在哪儿？", "一篇好的反诈演讲稿，离不开…", "标语贵在短、顺、响：字数控制在…"): a genre word
# beside a word of writing advice or of pointing at the samples. A document names its own
# genre too ("制定本方案", "现将工作总结如下"), never with these.
GENRE_WORD = lazy_re(  # (总结 as a verb, "由班主任总结防骗要点", "总结经验", is no genre)
    r"总结(?![了出过着一]|经验|要点|得失|归纳|提炼|防骗|反诈|教训|成效|做法)|小结|方案|计划|心得体会|心得|体会|观后感|倡议书|承诺书|告知书|演讲稿|讲话稿|发言稿|述职报告|策划书|简报|标语|口号|宣传语|征文|主持词|致辞|范文|范本|例文|教案"
)
DIRECTED = r"(?<!(?:阅读|学习|参阅|查看|遵照|填写|签署|签订|印发|转发|将|把|按|请[^。！？!?\n]{0,6}看看?)(?:下面|以下|下边)?)"  # also "请大家看看下面这份…"  # a document sends its readers to its own attachments
WRITING_ADVICE = lazy_compile(
    r"(?<!本|此)(?:写作|写法|落笔|下笔|动笔|写好|写清|写出|写成|怎么写|如何写|写的时候|写时|写[^，。！？,!?\n]{0,4}(?:总结|方案|计划|心得|体会|观后感|读后感|倡议书|演讲稿|讲话稿|发言稿|述职报告|简报|新闻稿|标语|材料))"
    r"|字数|篇幅|开头|结尾|格式|技巧|诀窍|窍门|要点|最怕|最忌|毛病|好在哪|贵在|离不开|说白了|套用|模板"
    r"|这一份取自|" + DIRECTED + r"这几[篇份]|下文|本页|范本|例文"  # not "请认真阅读下面这几份材料"
)
# "下面这篇", "下面这份": one sample the site hands over; not a document sending its reader to its own
# attachment or form ("请认真阅读下面这份倡议书", "将下面这份承诺书打印后发给…").
HANDED = DIRECTED + r"(?:下面|以下|下边)的?这(?:一)?(?:篇|封|份|则|套)"
# The site pointing at the samples it offers: "下面三篇分别出自…", "本页按倡议对象收录了4则", "这里选了三篇…",
# "下面这篇是一位大学生投的稿", "下面这份结构完整".
SAMPLE_POINTING = lazy_compile(
    DIRECTED + r"(?:下面|以下|这里|本页|本站|下文)(?!的(?![一二三四五六七八九十两几0-9]))[^。！？!?\n]{0,12}?(?:[一二三四五六七八九十两几0-9]+[篇份则例套首条]|收录|选了|挑出|挑了|整理了|汇编了)"  # "下面三十条长短不一"
    # (not a place: "视频下面的评论区有一条留言", SAMPLE_NOT_A_PLACE; "下面的三篇" points)
    r"|(?:今天|今日|本期|这次|这回|这里|下面)[^。！？!?，,\n]{0,4}?(?:挑出|选出|挑了|选了|精选了?|选登)了?[一二三四五六七八九十两几0-9]{1,2}(?:篇|份|则|封)"
    r"(?![^。！？!?\n]*(?:优秀|典型|获奖|表扬|展出|评审|评选))"  # not a school's "这次选出了10篇优秀作品"  # "今天挑出三篇"
    r"|" + HANDED + r"(?!文章)"
    # SAMPLES_SUITED: the samples below as a group, and whom they suit: "下面这组标语适合社区使用", "以下这几篇可供学校参考"
    r"|(?:下面|以下|下边)的?这(?:组|套|批|些|几(?:篇|份|条|组|套|首|则))[^。！？!?，,\n]{0,10}?(?:(?:适合|适用于|可供)[^。！？!?，,\n]{0,8}?(?:使用|张贴|悬挂|挂出|套用)|拿去(?:就能)?用|直接(?:拿来)?用)(?![^。！？!?\n]*[：:])"
    r"|(?:这|下面这|本)一?(?:篇|份|封|则)(?:范文|样稿)?的(?:好处|长处|妙处|亮点|优点|特点)(?:是|在于)"  # "这一篇的好处是…": the site on its sample
    r"|(?:下面|以下)[^。！？!?\n]{0,10}?分成[一二三四五六七八九十两几0-9]{1,2}(?:组|类|套|部分)[^。！？!?\n]{0,12}?(?:挑|选用|拿去)"
    # "看看下面几家怎样把…写进去", "看看这一篇是怎么把案例嵌进…的": the reader sent to see how the samples do it
    r"|(?<!(?:请|要|让)[^。！？!?\n]{0,6})(?:看看|瞧瞧|来看看|一起看看)(?:下面|以下|这一?篇|这几篇|这份|这几份|这几家)[^。！？!?\n]{0,6}?(?:是)?(?:怎么|怎样|如何)"  # "下面按挂的地方分成四组，按场合挑就行" (not a plan's "以下按网格分成四组，每组…")
)
# A document pointing at its own items tells its readers what to do with them: a case list's "以下几则案例，
# 请大家务必引以为戒", a notice's "以下3份表格请各单位认真填写"; the site describes its samples
# ("本页收的三篇…", "这里按挂在哪儿分了几套，可用于横幅", "以下几篇在这点上处理得好").
DIRECTIVE = lazy_compile(r"请|务必|必须|要求|认真|引以为戒|贯彻|执行|填写|报送|遵照|牢记")
# The sample handed to the reader, with what to do with it (SITE_READER_USE): "下面这份结构完整，改一改校名就能报送".
SAMPLE_HANDED = lazy_compile(HANDED)
# What only a site tells its reader to do with a sample it hands over (not 打印后, 签名即可: a notice asks that of its own forms).
SITE_READER_USE = lazy_compile(r"拿去用|拿去改|(?:给|供)(?:你|您|大家)[^。！？!?\n]{0,4}?(?:一点|一些|几点)?(?:思路|启发|灵感)|用(?:正|最)合适|挑着看|按需选用|改一改|照搬|套用|照着(?:格式|样子|框架)?(?:填|改|写|抄)|填一填|拿来对照|对照着?修改|当个(?:参照|参考|样子)|改成(?:自己|你们|本单位|本校)|换(?:成|上)(?:自己|自家|你们|本社区|本单位|本校|本村)|仿着(?:它|这)|(?:整体|直接)借用|借来(?:看看|参考|用)|(?:稍加|稍作|略作)(?:调整|修改|改动)(?:就能|即可|就可以)|挑(?:一|几|两|三)(?:篇|条|句|份|封)|直接用|改改[^。！？!?\n]{0,6}就能|(?:比着|照着|对着|拿来)(?:改|用|写|抄)|(?:按|根据)[^。！？!?\n]{1,6}(?:增减|删减|取舍)|酌情(?:增减|删减)")
# "这一篇…仿着它的次序来就行": one sample the site shows, named at a sentence's start, with SITE_READER_USE.
THIS_SAMPLE = lazy_compile(r"^[ \t\u3000]*(?:\p{Han}{2,4}[：:][ \t\u3000]*)?(?:这|此)[一几]?(?:篇|份|封|则|套)(?!文章)")  # also "这几篇讲话…按学段挑一篇"
THIS_SAMPLE_CLAUSE = lazy_compile(r"(?:[，,][ \t\u3000]*|(?:看看|瞧瞧|参考|来看)[^。！？!?，,\n]{0,6}?)(?:这|此)[一几]?(?:篇|份|封|则|套)(?!文章)")  # also "不妨看看这份街道的做法…照着改就能用"  # "…要能落地，这份镇级文本的条目可以拿来比着改。": at a clause's start
THIS_SAMPLE_AFTER = r"[ \t\u3000]*(?:\p{Han}{2,4}[：:][ \t\u3000]*)?(?:这|此)[一几]?(?:篇|份|封|则|套)(?!文章)"
THIS_SAMPLE_IN = Trigger(THIS_SAMPLE_CLAUSE.pattern + r"|^" + THIS_SAMPLE_AFTER + r"|[。！？!?]" + THIS_SAMPLE_AFTER)  # also "温馨提示：此篇仅供揣摩结构…"  # …in a line, at a sentence's or a clause's start (one search)
# "读完这篇，下回再碰上…你就心里有数了": the site (or the post's writer) telling the reader what the piece gives
# them; not a reader's own "看了这篇文章，我深受启发".
READ_THIS = lazy_compile(r"(?:给|带|帮|为)(?:你|您|大家)[^。！？!?\n]{0,30}?(?:读完|看完)(?:这篇|本文|这一篇)(?:文章)?[^。！？!?\n]{0,30}?(?:你|您|大家)[^。！？!?\n]*[。！!]")  # the site showing the reader, in a sentence; not a headline, not a writer's "读完这篇文章，下次…大家就能…"
# What the site says of a sample it shows, beside its other talk: how to use it, what it hid.
SAMPLE_NOTE = lazy_compile(
    r"脱敏|以[×xX]{1,2}代替|均已隐去|(?:写|用)同类材料|借(?:它|其|这篇|这份)的?(?:思路|框架|结构|写法)|可以借鉴"
    # SITE_CALL: what to do with the samples, and the site's call to keep them ("复制即可使用，喜欢就点个收藏吧")
    r"|复制(?:即可|就能|就可以|后即可|后就能)(?:使用|用|张贴)|一键复制|(?:喜欢|觉得有用|有用)[^。！？!?\n]{0,6}?(?:点个|点一下|记得)收藏"
)
INTRO_SHARE = 2 / 3  # a paragraph at the top whose sentences are this much the site's talk is the site's
GENRE_TALK_MAX = 200  # a sentence of the site's talk is not longer than this…
GENRE_TALK_MIN = 8  # …nor shorter than this ("这篇总结好在哪儿？"), and it ends as a sentence does
SENTENCE = lazy_compile(r"[^。！？!?\n]*(?:[。！？!?]+[”」』]?|$)")
WRITING = lazy_compile(r"写|撰写|制定|范文|模板|标语|口号|宣传语")  # a hook about writing one, or about the genre itself


# A word one of the intro patterns above opens with: a line without any is no intro (one search
# instead of five on most lines). `regex`, not `re`: `regex` matches an alternation of this many words
# as a set, `re` tries each at every position (0.164 against 0.369 s over the 27,624 distinct lines
# of the 10 MB crawl and the dev gold pages, the same matches).
INTRO_ANCHOR = lazy_compile(
    r"小编|本站|本网|本文|本页|这里|这篇文章|导读|速读|写作|使用说明|网友|站长|网(?=们|的|小编|编辑|为|给|帮|今天|特意|精心)|我来|(?:下面|以下|下文)(?:是|为)|希望|相信|但愿|欢迎|供|感谢"
    r"|写|笔|字数|篇幅|开头|结尾|格式|技巧|诀窍|窍门|要点|最怕|最忌|毛病|好在|贵在|离不开|说白了|套用|借鉴|参照|模板|这一|这篇|这份|这几|下文|下面|以下|范本|例文|脱敏|代替|隐去"
    r"|挑出|选出|挑了|选了|精选|选登|读完|看完|往下|此篇|此份|捎来|带来|送上|奉上|分享|端上|献上|看点|推荐理由|推荐语|一句话|君点评|君说|君推荐|编辑说|编辑推荐|编辑寄语|所谓"
    r"|这是一|此是一|文档|资料|教案|课件|本篇|该文|此文|文件"  # LIBRARY_FILE's subjects
    r"|(?:AI|ai)[ \t]*(?:速览|概要|摘要|总结)"  # INTRO_LABELS' machine summaries ("✨ AI速览：…")
    r"|[【〔\[][^】〕\]\n]{0,6}?(?:编|阅读|速览|概述|须知|手记|老师说|点评|亮点)|按[ \t]*[:：]"  # INTRO_LABELS' notes in brackets, "本站按：", "【文档亮点】"
    r"|[？?]|[吗呢吧][！!。]"  # every hook asks
    r"|^[ \t\u3000]*(?:工作|活动|宣传|学习)?(?:总结|方案|计划|心得|体会|报告|建议书|倡议书|承诺书|演讲稿|策划|讲话稿|简报|通知|发言稿|标语|口号|宣传语|征文|主持词|致辞)"
)
INTRO_ANCHORED = Trigger(INTRO_ANCHOR.pattern)  # the same, its words searched apart (asked of every line: 2.2 x as fast)


SPEECH = re.compile(r"“[^”\n]*”|「[^」\n]*」")


def _mask_speech(line: str) -> str:
    """The line with the words inside “…” and 「…」 (someone the document quotes) masked, the
    marks and the offsets kept: the site's formulas are not looked for in them."""
    if "“" not in line and "「" not in line:
        return line
    return SPEECH.sub(lambda m: m.group()[0] + "○" * (len(m.group()) - 2) + m.group()[-1], line)


# EDITORS_NOTE_LEAD: "【编者按】" over a note that tells the story's own news ("【编者按】白天忙农活，晚上学反诈。今年入夏以来，
# X镇把反诈课堂搬到了…", "…发放《致村民的一封信》2000余份…") is the lead of the story it opens, and stays; the publisher's note
# presents the piece it carries ("…他给母亲写了一封信", "…我们把这封信刊登出来", "…共收到投稿216篇", "…特邀反诈民警撰文") or names
# the publisher (小编, 本站, 本报, 我们, 记者…), and goes.
EDITORS_NOTE_LABEL = lazy_compile(r"[ \t\u3000]*[【\[〔［][ \t\u3000]*编者按语?[ \t\u3000]*[】\]〕］]")
EDITORS_NOTE_PRESENTS = lazy_compile(
    r"刊发|刊登|刊出|登出|选登|摘登|转载|放出来|搬过来|分享给|来稿|投稿|撰文|特邀|约请"
    r"|(?:这|此|本|该)一?(?:篇|封|份|则|首)|写(?:了|下了?)?(?:一|几|两|三)?(?:篇|封)|供[^。！？\n]{0,8}?(?:参考|借鉴)"
)
SITE_AGENTS = r"小编|本站|本网|站长|网友|编辑部"  # the site naming itself or its users (INTRO_AGENT)
EDITORS_NOTE_AGENT = lazy_compile(SITE_AGENTS + r"|本报|本刊|本台|我们|记者")  # …and a paper or an account, the publisher of its note


@lru_cache(maxsize=8192)
def _intro_sentences(line: str) -> tuple[list[tuple[int, int]], bool, bool]:
    """The intro sentences of a line, whether one of them is a formula, and whether all are intro.
    Words inside “…” or 「…」 are someone the document quotes (a scammer's ad: “以下是小编为大家
    整理的兼职岗位…”), so they are masked before the formulas are looked for."""
    if not INTRO_ANCHORED.found(line):
        return [], False, False
    if EDITORS_NOTE_LABEL.match(line) and not EDITORS_NOTE_PRESENTS.search(line) and not EDITORS_NOTE_AGENT.search(line):
        return [], False, False  # EDITORS_NOTE_LEAD
    line = _mask_speech(line)
    if not (
        INTRO_FORMULA.search(line) or INTRO_PICKED.found(line) or INTRO_WISH.search(line) or INTRO_HOOK.search(line) or INTRO_DEFINITION.match(line)
        or _genre_talk_in(line) or SAMPLE_POINTING.search(line) or SAMPLE_HANDED.search(line) or READ_THIS.search(line) or THIS_SAMPLE_IN.found(line)
        or TODAYS_PIECE.search(line)
    ):
        return [], False, False
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(line) if line[m.start() : m.end()].strip()]
    found, formula, framing = [], False, False
    for k, (a, b) in enumerate(sentences):
        sentence = line[a:b]
        if (INTRO_FORMULA.search(sentence) and INTRO_READER.search(sentence)) or INTRO_PICKED.found(sentence) or _handed(sentence):
            found.append((a, b))
            formula = True
        elif (
            (k == 0 and INTRO_DEFINITION.match(sentence)) or (INTRO_HOOK.search(sentence) and (WRITING.search(sentence) or GENRE_WORD.search(sentence)))
            or _genre_talk(sentence)
            or SAMPLE_POINTING.search(sentence)
            or READ_THIS.search(sentence)
            or (found and THIS_SAMPLE.match(sentence) and WRITING_ADVICE.search(sentence))  # after the site's talk: "这篇摘自…，可以参考它的写法。"
            or (found and SAMPLE_NOTE.search(sentence))  # beside the site's talk: "写同类材料时可以借它的思路。", "文中…均已脱敏"
            or (framing and found[-1][1] == a and WRITING_ADVICE.search(sentence))  # the site's talk on writing goes on ("不妨对照下面三个篇幅的写法")
        ):
            found.append((a, b))
            framing = True  # a definition of the genre, or a hook about writing one: the 范文 site's framing
        elif INTRO_HOOK.search(sentence):
            found.append((a, b))
        elif INTRO_WISH.search(sentence):
            found.append((a, b))
        elif found and found[-1][1] == a and INTRO_DEFINITION.match(line[found[-1][0] : b]):
            found.append((a, b))
    if framing:  # a short question beside the site's framing asks for it ("…话该怎么说才听得进去？看看下面这几篇…")
        found = sorted({*found, *((a, b) for a, b in sentences if b - a <= HOOK_MAX and line[a:b].rstrip("”」』 \t\u3000").endswith(("？", "?")))})
    # a paragraph of wishes alone ("希望对大家有所帮助") may be the document's own closing words;
    # one of the site's talk may hold a sentence of no formula ("避开这三点，一篇总结就成了一大半。")
    mostly = len(found) == len(sentences) or (len(found) >= 2 and len(found) >= INTRO_SHARE * len(sentences))
    return found, formula, bool(sentences) and mostly and (formula or framing)


# "今天给大家捎来一篇…", "今天分享一篇…习作": the piece of the day the site brings its reader
TODAYS_PIECE = lazy_compile(r"(?:今天|今日|本期|这次|这回)[^。！？!?，,\n]{0,6}?(?:捎来|带来|送上|奉上|分享|端上|献上)了?一(?:篇|份|封|则|套)")


def _handed(sentence: str) -> bool:
    """A sample the site hands over, with what to do with it: "下面这封可以直接拿去用", "这一篇…仿着它的次序来就行",
    "今天分享一篇…习作，…可以借来看看怎样选事例"."""
    return (SAMPLE_HANDED.search(sentence) is not None or THIS_SAMPLE.match(sentence) is not None or TODAYS_PIECE.search(sentence) is not None
            or THIS_SAMPLE_CLAUSE.search(sentence) is not None) and SITE_READER_USE.search(sentence) is not None


def _genre_talk_in(line: str) -> bool:
    """Whether a sentence of the line is the site's talk about the genre (a cheap test first)."""
    return GENRE_WORD.search(line) is not None and WRITING_ADVICE.search(line) is not None and any(
        _genre_talk(m.group()) for m in SENTENCE.finditer(line)
    )


SELF_REFERENCE = lazy_compile(r"本(?:方案|总结|计划|倡议|通知|报告|办法|意见|制度)|这(?:篇|份)(?:总结|方案|报告|计划|简报)(?:的数据|的内容|中的|所列)|特制定|现将|如下|我(?:们|单位|校|行|局|所|社区)")  # "这篇总结的数据由各科室提供": the document on itself


def _genre_talk(sentence: str) -> bool:
    """The site talking about the genre it offers (see GENRE_TALK's patterns)."""
    return (
        GENRE_TALK_MIN <= len(sentence) <= GENRE_TALK_MAX
        and sentence.rstrip(" \t\u3000”」』").endswith(("。", "！", "？", "!", "?", "…"))  # a sentence, not a title or a heading ("例文一：…活动方案")
        and GENRE_WORD.search(sentence) is not None and WRITING_ADVICE.search(sentence) is not None
        and SELF_REFERENCE.search(sentence) is None  # "…参照市局方案，结合我校实际，特制定本方案。" is the document's
    )


INTRO_LABEL = lazy_compile(r"[ \t\u3000]*" + INTRO_LABELS)
SITE_TIP_GLUED = lazy_compile(r"[ \t\u3000]*[【〔\[][^】〕\]\n:：]{1,10}[:：][^】〕\]\n]{2,60}[】〕\]][ \t\u3000]*")  # the tip's label and words in brackets closed, the text after them (not "【写作提示】…", a label alone over the site's paragraph)
INTRO_LEAD_MAX = 80  # words of the site's before its formula, at most this long ("在日常生活中，大家都看到过…标语吧。")


def _framed_before(line: str, sentences: list[tuple[int, int]]) -> bool:
    """The line ends with its intro sentences, and what precedes them is short: the site leading
    into its formula, not the document's text."""
    return bool(sentences) and not line[sentences[-1][1] :].strip() and len(line) - sum(b - a for a, b in sentences) <= INTRO_LEAD_MAX


HOOK_MAX = 80  # a question the site opens with is short


def _asks_only(text: str, start: int, end: int) -> bool:
    """A short paragraph of questions and nothing else: a hook, when the site's talk follows it."""
    line = text[start:end].strip(" \t\u3000")
    sentences = [m.group() for m in SENTENCE.finditer(line) if m.group().strip()]
    return 0 < len(line) <= HOOK_MAX and bool(sentences) and all(x.rstrip("”」』").endswith(("？", "?")) for x in sentences)


def _declaring_title(line: str) -> bool:
    """A title that declares the page's count ("观看…观后感（本页收5篇）"): no sentence, a count."""
    return SENTENCE_PUNCT.search(line) is None and declared_count(line.strip()) is not None


INTRO_AGENT = lazy_compile(SITE_AGENTS)
GLUED_SALUTATION = lazy_compile(r"(?<=[。！？!?])[ \t\u3000]*[\p{Han}（）()、·]{2,20}" + splitter.ADDRESSEES + r"[：:][ \t\u3000]*$")


def site_intro(text: str, spans: list[tuple[int, int]], labels: list[str | None]) -> Iterator[Replacement]:
    """Intro sentences: a formula anywhere; wishes, hooks and definitions in a paragraph with a
    formula, next to one, or in a paragraph made only of them above the first prose of the page."""
    # a line declaring a count is the page's title ("观看…观后感（本页收5篇）"), never the site's intro
    found = [(_intro_sentences(text[s:e]) if labels[i] is None and not _declaring_title(text[s:e]) else ([], False, False))
             for i, (s, e) in enumerate(spans)]
    with_formula = {i for i, (_, formula, _) in enumerate(found) if formula}
    nonempty = [i for i, (s, e) in enumerate(spans) if text[s:e].strip() and labels[i] is None]  # the page's chrome does not count
    taken: set[int] = set()  # paragraphs with an intro edit
    for k, i in enumerate(nonempty):
        sentences, formula, whole = found[i]
        s, e = spans[i]
        if k <= INTRO_TOP and SITE_EDITORS_NOTE.match(text, s, e) and len(text[s:e]) <= DISCLAIMER_MAX:
            taken.add(i)
            yield Replacement(s, line_end(text, e), "", "intro")
            continue
        if ISSUES_OWN_LEAD.match(text, s, e) and not INTRO_AGENT.search(text, s, e):
            continue  # "本期导读：…本期刊发工作动态三则、案例警示一则。": the bulletin's own lead, not the site's
        if ENUMERATED.match(text[s:e].lstrip(" \t\u3000")) and not INTRO_AGENT.search(text, s, e):
            continue  # "一、征文要求：…体裁不限…字数不少于八百字。": a notice's own numbered point on the writing, no site's advice
        if k <= INTRO_TOP and (GENRE_TALK.match(text, s, e) or WRITING_HOOK.match(text, s, e)) and _headline_below(text, spans, nonempty, k):
            sentences, whole = sentences or [(0, e - s)], True  # the site on the genre above the document's headline
        if not sentences:
            continue
        if k and SALUTATION_LINE.fullmatch(text[spans[nonempty[k - 1]][0] : spans[nonempty[k - 1]][1]]) and not INTRO_AGENT.search(text, *spans[i]):
            continue  # "老师们、同学们：" over "…下面，我想和大家分享三篇…": the speaker's own words, not the site's
        if (k + 1 < len(nonempty) and text[s:e].rstrip(" \t\u3000").endswith(("：", ":")) and not INTRO_AGENT.search(text, s, e)
                and ENUMERATED.match(text[spans[nonempty[k + 1]][0] : spans[nonempty[k + 1]][1]].lstrip(" \t\u3000"))):
            continue  # "以下是近期辖区老人遇到最多的五种骗局，供大家参考：" over "一、…": the document's lead into its own list (OWN_LIST_LEAD)
        neighbours = {nonempty[k - 1] if k else -1, nonempty[k + 1] if k + 1 < len(nonempty) else -1}
        s, e = spans[i]
        near_formula = formula or bool(neighbours & with_formula)
        # at the top, a paragraph ending in the site's formula, or in its pointing at the samples, after a short
        # lead ("标语要做到一眼能看完…。这里按挂在哪儿分了几套，…"): the lead is the site's too
        last = text[s + sentences[-1][0] : s + sentences[-1][1]] if sentences else ""
        framed = k <= INTRO_TOP and _framed_before(text[s:e], sentences) and (
            formula or (SAMPLE_POINTING.search(last) is not None and DIRECTIVE.search(last) is None))
        if not near_formula and not (whole and k <= INTRO_TOP) and not framed:  # among the first lines, blank ones not counted
            continue
        labelled = INTRO_LABEL.match(text, s, e) is not None  # "【写作提示】…", "AI导读：…": the whole paragraph is the site's
        tip = SITE_TIP_GLUED.match(text, s, e) if labelled else None
        if tip is not None and han_count(text[tip.end() : e]) >= PROSE_MIN_HAN:
            taken.add(i)  # "【写法提示：开头交代缘起…】今年暑假，我…": the site's tip in its brackets, the text glued after it
            yield Replacement(s, tip.end(), "", "intro")
            continue
        if (whole or labelled or framed) and len(text[s:e]) <= DISCLAIMER_MAX:
            # a paragraph of the site's framing, or one with its formula at the top of the page,
            # goes whole ("在日常生活中，大家都看到过各种各样的标语吧…下面是网友整理的…，欢迎参考使用。")
            taken.add(i)
            glued = GLUED_SALUTATION.search(text, s, e)  # "…转发给同龄的伙伴。全县广大青年朋友：": the letter's salutation stays
            yield Replacement(s, glued.start() if glued else line_end(text, e), "", "intro")
            headline_below = k + 1 < len(nonempty) and not SENTENCE_PUNCT.search(text, *spans[nonempty[k + 1]])
            if k and k - 1 <= INTRO_TOP and (k > 1 or headline_below) and nonempty[k - 1] not in taken and _asks_only(text, *spans[nonempty[k - 1]]):
                taken.add(nonempty[k - 1])  # "爸妈一听…就往外跑，拦都拦不住？" right above the site's talk: its hook (the page's first
                # line only with a headline below the talk: "“95”开头的电话，到底能不能接？" over "✨ AI速览：…" over the text is the headline)
                yield Replacement(spans[nonempty[k - 1]][0], line_end(text, spans[nonempty[k - 1]][1]), "", "intro")
            continue
        for a, b in sentences:
            sentence = text[s + a : s + b]
            handed = _handed(sentence)
            if (INTRO_FORMULA.search(sentence) and INTRO_READER.search(sentence)) or INTRO_PICKED.found(sentence) or near_formula or handed:
                taken.add(i)
                yield Replacement(s + a, s + b, "", "intro")
    yield from _pointed_down(text, spans, labels, nonempty, taken)
    yield from _presenting_lead(text, spans, nonempty, taken)
    yield from _editors_inner_notes(text, spans, nonempty, taken)
    yield from _site_notes(text, spans, nonempty, taken)
    yield from collection_framing(text, spans, labels, taken)


# An editor's note the site wrote over a story it carries: "编者按：…即日起本网开设“反诈在身边”栏目…今天刊发…".
# The site names itself (本网, 本站) as the one who runs the column; a paper's own note names 本报 and stays.
SITE_EDITORS_NOTE = lazy_compile(
    r"[ \t\u3000]*[（(【〔\[]?编者按[】〕\]]?[ \t\u3000]*[:：][^\n]*?(?:(?:本网|本站|本平台)[^。！？\n]{0,16}?(?:开设|开辟|推出|刊发|推送|选登|刊登|专栏|栏目)"
    # …or where the aggregator took the post from: "这篇出自一所小学的推送，…我们一字未改搬过来"
    r"|(?:这篇|本文|此文|该文)(?:出自|转自|来自|选自|摘自)[^。！？\n]{0,16}?(?:推送|公众号|账号|官网|网站))"
)
# A bulletin's own lead under its label ("本期导读：11月，学校围绕…"): beside the site's note on the bulletin, it stays.
ISSUES_OWN_LEAD = lazy_compile(r"[ \t\u3000]*[【\[〔]?本期(?:导读|导语|要点|提要|概要|摘要|综述|内容)")


# A post's lead in short lines at the top, ending by pointing down at what follows: "你家门口这一周发生了哪些…？" /
# "本期周报都在这里，往下看👇", "…三到六年级同学交来作品486篇。" / "家长不妨陪孩子一块儿看看👇".
POINT_DOWN = lazy_compile(r"(?:👇|⬇️?|↓|往下看|往下翻|往下读|接着看|一起看看?|一块儿看看?)[ \t\u3000!！。～~]*$")
POINTED_CONTENT = lazy_compile(r"本期|今天|今日|这一?期|这一?周|这里|下面|挑了|都在|分[一二三四五六七八九十两]期|刊出|看看|几件事|[一二三四五六七八九十两几]件事")
POINTED_TOP = 12  # the lead stands among the page's first lines
POINTED_LINES = 8  # …in this many short lines at most
POINTED_LINE_MAX = 40


# A lead under the headline that presents the documents below and counts them: "居委会把三份倡议原文汇总
# 刊登在这里，…", "现将三份方案全文刊登，供其他社区参考". It is the site's when the page then holds as many.
PRESENTING = lazy_compile(
    r"(?:现将|现把|特将|把|将)[^。！？\n]{0,12}?(?P<n>[两二三四五六七八九十2-9])[ \t]*(?:份|篇|则|封|个)[^。！？\n]{0,8}?"
    r"(?:刊登|刊发|转发|发布|公布|汇总|附后|摘登|选登|转载|登出|推送|分享)"
)
PRESENTING_TOP = 2  # the first or second paragraph under the headline
ADDRESSED = lazy_compile(r"你们|各单位|各部门|各镇|各村|贵单位")
ORDERED = lazy_compile(r"落实|执行|遵照|贯彻|抓好|照办")  # a notice's order to its addressees (not "请各位居民读一读")


# The site's own notes by their labels, on any page: the page's revision ("本页内容更新于2024年12月2日：…", "本文
# 更新于2024年10月8日，…"), its assistant ("【助手小荞】…", "【琼枝AI速读】…", "▲ 写作助手：…"), its editors in
# brackets ("［编辑部补注：…］", "（小编在这儿多说两句：…）"; not "小编提醒：", a post's own warning, nor a paper's "编者按").
SITE_NOTE = lazy_han(
    r"[ \t\u3000]*(?:本页|本文|本篇|此文|本帖)(?:内容)?(?:最近|最后)?(?:更新|修订|修改|校订)(?:于|时间|日期)[:：]?[ \t]*(?:19|20)\d{2}"
    r"|[ \t\u3000]*(?:[▲△►▶●◆■☞][ \t\u3000]*)?[【〔\[［]\p{Han}{0,4}(?:AI|ai)(?:助手|速读|摘要|导读)\p{Han}{0,3}[】〕\]］]"  # not "【内容摘要】", a report's own
    # a machine's summary under its label, decorated or after a colon: "AI 摘要：…", "✧ AI 帮你读 ✧ …", "【智能速览】以下三点由系统自动提炼…"
    r"|[ \t\u3000]*(?:[✧✦◆◇★☆▍■□●○•·▲►▶][ \t\u3000]*)?(?:AI|ＡＩ|ai)[ \t\u3000]*(?:摘要|速览|速读|导读|帮你读|帮读|总结|解读|划重点|提炼)[ \t\u3000]*(?:[✧✦◆◇★☆]|[:：])"
    r"|[ \t\u3000]*[【〔\[［](?:智能|系统|机器)(?:速览|摘要|导读|提炼|总结)[】〕\]］]"
    r"|[ \t\u3000]*(?:[▲△►▶●◆■☞][ \t\u3000]*)?[【〔\[［](?:写作|智能)?助手\p{Han}{1,3}[】〕\]］]"  # the assistant by its name: not "【反诈小助手】", an account's column
    r"|[ \t\u3000]*(?:[▲△►▶●◆■☞][ \t\u3000]*)?\p{Han}{0,4}写作助手[:：]"  # not "AI助手：您好…", a scam's chat quoted
    r"|[ \t\u3000]*(?:小编|编辑|站长)(?:再|想|忍不住)?(?:多一嘴|多嘴一句|多说一句|多说两句|多说几句|插一句|插句话|多句嘴|碎碎念)[:：]"  # "编辑多一嘴：…" (not "编辑：王霞", a byline)
    r"|[ \t\u3000]*(?P<open>[（(【〔\[［])(?:小编|站长|编辑部)[^:：\n]{0,6}?(?:按|注|补注|说|多说两句|多说几句|插一句|补充|附记|附言)[:：]"  # not "（编辑部邮箱：…）", "（小编亲测：…）"
)
# …and a persona's note after a title on the title's line: "【倡议书·一】致…倡议书　←站长首推：三份里…"
SITE_PERSONA = r"(?:站长|小编)(?:首推|推荐|力荐|点评|说|按|注|小注|插一句|的话|碎碎念)"  # what the site's persona does: not "站长电话：", "站长职责："
SITE_NOTE_AFTER = lazy_compile(r"[ \t\u3000]+[←⬅<＜]?[ \t\u3000]*" + SITE_PERSONA + r"[:：]")
# Right under a site's note, a line of its own label telling the reader how to use the sample ("【谁能用】…改个日期就行。")
SITE_NOTE_MORE = lazy_compile(r"[ \t\u3000]*[【〔［\[]\p{Han}{2,6}[】〕］\]](?=[^\n]{0,60}(?:就行|即可|就能用|直接用|可直接|拿去用|改一改|换上))[^\n]{2,60}")
SIGNED_BELOW = 3  # lines looked at below a call to follow for the document's signature or date
NOTE_POINT = lazy_compile(r"[ \t\u3000]*[·•・‧∙\-–—][ \t\u3000]*\S")  # a point of a note's list, under its label
SITE_NOTE_LINES = 6  # a note in brackets closes within this many short lines ("（小编在这儿多说两句：" / … / "…全过程）")
CLOSING_BRACKETS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]", "［": "］"}


def _site_notes(text: str, spans: list[tuple[int, int]], nonempty: list[int], taken: set[int]) -> Iterator[Replacement]:
    """The site's notes by their labels (SITE_NOTE), whole lines, on any page; a bracketed one to the line that closes
    it; and a persona's note after a title on the same line (SITE_NOTE_AFTER), from the note to the line's end."""
    if SITE_NOTE_WORDS.search(text) is None:
        return  # (a page without any of the words a note's label needs: most pages)
    skip: set[int] = set()
    for k, i in enumerate(nonempty):
        if i in taken or i in skip:
            continue
        s, e = spans[i]
        if len(text[s:e]) > DISCLAIMER_MAX:
            continue
        m = SITE_NOTE.match(text, s, e)
        if m and not ORDER_GIVEN.search(text, s, e):
            end = e
            if m.group("open") and CLOSING_BRACKETS[m.group("open")] not in text[m.end() : e]:
                close = CLOSING_BRACKETS[m.group("open")]
                below = [j for j in nonempty[k + 1 : k + 1 + SITE_NOTE_LINES] if len(text[spans[j][0] : spans[j][1]]) <= DISCLAIMER_MAX]
                closing = next((j for j in below if close in text[spans[j][0] : spans[j][1]]), None)
                if closing is None or text[spans[closing][0] : spans[closing][1]].rstrip(" \t\u3000")[-1:] != close:
                    continue  # a bracket that never closes, or closes mid-line: not a note of its own
                skip.update(j for j in below if j <= closing)
                end = spans[closing][1]
            elif not m.group("open") and (stop := SENTENCE_PUNCT.search(text, m.end(), e)) and e - stop.end() > 2 * (stop.end() - s):
                taken.add(i)  # "【助手小荞】这四篇出自…，先看一位老教师的。暑假里，区教育局…": the note glued to a paragraph it opens
                yield Replacement(s, stop.end(), "", "intro")
                continue
            if text[s:end].rstrip(" \t\u3000").endswith(("：", ":")):  # "以下三点由系统自动提炼…：" over its points ("· …")
                for j in nonempty[k + 1 : k + 1 + SITE_NOTE_LINES]:
                    if not NOTE_POINT.match(text, *spans[j]):
                        break
                    skip.add(j)
                    end = spans[j][1]
            taken.add(i)
            yield Replacement(s, line_end(text, end), "", "intro")
            nxt = next((j for j in nonempty[k + 1 :] if j not in skip), None)
            if nxt is not None and nxt not in taken and (note := SITE_NOTE_MORE.match(text, *spans[nxt])) and note.end() == spans[nxt][1]:
                taken.add(nxt)  # "【谁能用】…换个网点名、改个日期就行。" under the site's note: the note's next label
                skip.add(nxt)
                yield Replacement(spans[nxt][0], line_end(text, spans[nxt][1]), "", "intro")
            continue
        m = SITE_NOTE_AFTER.search(text, s, e)
        if m and m.start() > s and not SENTENCE_PUNCT.search(text, s, m.start()):  # after a title, not after a sentence
            taken.add(i)
            yield Replacement(m.start(), e, "", "intro")


# What SITE_NOTE's or SITE_NOTE_AFTER's every branch needs (a revision's verb, AI, a machine, an assistant, the site's
# persona), and what EDITORS_INNER_NOTE's does: looked for once on a page before either is asked of each line (tests/test_prefilters.py)
SITE_NOTE_WORDS = lazy_re(r"更新|修订|修改|校订|AI|ai|ＡＩ|智能|系统|机器|助手|小编|编辑|站长")
EDITORS_WORDS = lazy_re(r"小编|站长|编辑部")
EDITORS_INNER_NOTE = lazy_compile(
    r"(?<=[。！？!?”」』：:])[ \t\u3000]*(?:[（(](?:小编注|小编按|站长注|站长按)[:：][^（）()\n]{4,120}[）)]"
    r"|［(?:小编|站长|编辑部)(?!提醒|提示)\p{Han}{0,4}[:：][^［］\n]{4,120}］|【(?:小编|站长|编辑部)(?!提醒|提示)\p{Han}{0,4}[:：][^【】\n]{4,120}】)"  # "［编辑部补注：…］"
)  # not a newspaper's own （编者注：…）


def _editors_inner_notes(text: str, spans: list[tuple[int, int]], nonempty: list[int], taken: set[int]) -> Iterator[Replacement]:
    """An editor's note in brackets inside a paragraph, on any page ("…骗局。（小编注：这一段是背景，换成本地的…）"):
    the site's, as its label says (on a collection's page collection_framing reads notes without labels too)."""
    if EDITORS_WORDS.search(text) is None:
        return  # (every note names 小编, 站长 or 编辑部: most pages name none)
    for i in nonempty:
        if i in taken:
            continue
        s, e = spans[i]
        for m in EDITORS_INNER_NOTE.finditer(text, s, e):
            taken.add(i)  # the paragraph is the document's but for its notes: no other intro rule reads it again
            yield Replacement(m.start(), m.end(), "", "intro")


def _presenting_lead(text: str, spans: list[tuple[int, int]], nonempty: list[int], taken: set[int]) -> Iterator[Replacement]:
    """A lead presenting the page's documents by their count (PRESENTING), when split finds that many titled below it."""
    for i in nonempty[1 : 1 + PRESENTING_TOP]:
        s, e = spans[i]
        if i in taken or len(text[s:e]) > DISCLAIMER_MAX or not (m := PRESENTING.search(text, s, e)):
            continue
        if ADDRESSED.search(text, s, e) or ORDERED.search(text, s, e):
            return  # "现将…两份方案转发给你们，请…落实": a notice's own body, to its addressees
        below = [a for a in split_articles(text).articles if a.title and a.start > e]
        if len(below) == parse_int(m.group("n")):
            taken.add(i)
            yield Replacement(s, line_end(text, e), "", "intro")
        return


def _headline_below(text: str, spans: list[tuple[int, int]], nonempty: list[int], k: int) -> bool:
    """Whether the headline (a short line ending in its genre) stands below the k-th line within a few lines, and none above it."""
    def headline(j: int) -> bool:
        line = text[spans[j][0] : spans[j][1]].strip(" \t\u3000")
        return len(line) <= HEADLINE_MAX_CHARS and not SENTENCE_PUNCT.search(line) and splitter.GENRE_END.search(TITLE_COUNT.sub("", line, count=1)) is not None  # "…心得体会四篇" too
    return not any(headline(j) for j in nonempty[:k]) and any(headline(j) for j in nonempty[k + 1 : k + 1 + GENRE_TALK_HEADLINE_WITHIN])


def _pointed_down(text: str, spans: list[tuple[int, int]], labels: list[str | None], nonempty: list[int], taken: set[int]) -> Iterator[Replacement]:
    """A post's lead: short lines under the headline, the last pointing down at the post (POINT_DOWN) and
    naming what it holds; it goes from the line under the headline (or the chrome above) to the pointing line."""
    if not nonempty:
        return
    # the pointing line itself may already be the site's paging (a lone "一起往下读👇" is chrome:nav)
    pointers = [i for i in range(nonempty[0] + 1, min(len(spans), nonempty[min(POINTED_TOP, len(nonempty)) - 1] + 1)) if labels[i] in (None, "chrome:nav")]
    for i in pointers:
        line = text[spans[i][0] : spans[i][1]]
        if i in taken or not line.strip() or len(line.strip()) > POINTED_LINE_MAX or not POINT_DOWN.search(line):
            continue
        k = sum(1 for j in nonempty if j < i)  # lines of the page above it
        block, reached = ([i] if labels[i] is None else []), k
        for m in range(k - 1, 0, -1):
            j = nonempty[m]
            above = text[spans[j][0] : spans[j][1]].strip()
            if j in taken or len(above) > POINTED_LINE_MAX or len(block) >= POINTED_LINES or splitter.DECORATED.match(above) or ARTICLE_HEADING.found(above):
                break
            block.insert(0, j)
            reached = m
        if reached != 1 or not any(POINTED_CONTENT.search(text, *spans[j]) for j in (*block, i)):
            return  # the lead reaches up to the headline and names what it holds; short lines pointing down further on are the post's own
        for j in block:
            taken.add(j)
            yield Replacement(spans[j][0], line_end(text, spans[j][1]), "", "intro")
        return


# --- the site framing a collection --------------------------------------------------------------
# On a page that declares a collection ("…心得体会（4篇）", "…倡议书（三则）"), the site talks
# between the samples in words no formula holds: it teaches the genre ("写好一篇培训心得，要注意
# 三点", "倡议书说到底是一封…公开邀请函", "活动简报不同于新闻稿"), points at the samples
# ("本页三篇分别用于…", "前两篇一篇按…写", "挑出三篇写得最扎实的"), asks the writer a question,
# or notes a sample ("适用：农村村民｜推荐理由：…", "编者按：这封信适合…", "（本篇投递人是…，文字略有删改）").
# A paragraph that points at the samples and names the genre, asks, or is a bracketed note; one
# that teaches the genre and asks; one opening on the genre that says how to write one or what it
# is (GENRE_DEFINING); or one opening with an editor's label, is the site's.
# Asked only whether it matches (a Trigger: its words with `re`, its branch anchored at the start apart), and the
# numeral before "篇都" looked behind rather than matched (a branch opening on a class is tried at every character):
# 2.5 x as fast over the bench crawl's pages, the same verdicts (tests/test_prefilters.py).
COLLECTION_POINTING = Trigger(
    r"[前后][两二三四五六七八九十几]篇|(?<=[一二三四五六七八九十两几\d])(?:篇|份|则|首)(?:分别|都|各|均)"
    r"|本页|本栏|本站|站内(?=的?(?:投稿|来稿|文章|范文|稿件|收录))|这里收|收的[一二三四五六七八九十两几\d]|本期(?:从|为|精选|挑|选|推送|收录|分享)"
    r"|(?:读者|网友)\p{Han}{0,6}?(?:投稿|投来|来稿)|从[^，。！？\n]{0,16}?(?:挑出|选出|挑了|选了)[一二三四五六七八九十两几\d]{1,2}(?:篇|份|则)"
    r"|改一改|稍加修改|照着改|(?:本|这)篇(?:适合|适用|投递|作者是|出自)"
    r"|^[ \t\u3000]*第[ \t]*[①-⑩0-9一二三四五六七八九十]{1,2}[ \t]*篇(?:是|为|属于|侧重|写的是)"  # "第③篇是讲座类，这类简报要写出…": a sample by its number
)
POINTING_CHARS = re.compile("[篇份则首本站收投稿挑选改]")  # every branch of COLLECTION_POINTING needs one of them: a third of a collection's lines
GENRE_TEACHING = lazy_compile(r"(?:写好|写出|写成|写得|写的时候|动笔|下笔)|说到底|说白了|讲穿了|说穿了|顾名思义|不同于|大致分|一般不超过|贵在|不必求全|写法上|大同小异")  # words of the genre's prose (最怕, 关键在, 挂出去) are the document's too
# Opening the paragraph: writing one ("写好一篇培训心得，", "给家长写信，最怕写成…") or what the genre is
# ("简报，顾名思义", "倡议书说到底是", "活动简报不同于新闻稿"): the genre word right before or after.
GENRE_DEFINING = lazy_han(
    r"^[ \t\u3000]*(?:写好|写出|写一(?:篇|份|封|条))\p{Han}{0,6}?(?:" + GENRE_WORD.pattern + r"|信)[，,]|^[ \t\u3000]*给\p{Han}{1,4}写(?:信|" + GENRE_WORD.pattern + r")[，,]"
    r"|^[ \t\u3000]*\p{Han}{0,4}?(?:" + GENRE_WORD.pattern + r")[，,]?(?:顾名思义|说到底是|不同于|大致分)"
    # the genre as the subject of a judgement: "讲话稿是写给耳朵听的", "简报是单位内部用来…的简短报道", "一份活动方案
    # 好不好，…", "新闻稿的第一句话叫导语", "一封信写给谁，口气就该…" (not "本方案是…": DOCUMENT_SELF; not "工作方案要于…报送")
    r"|^[ \t\u3000]*(?:一(?:份|篇|封|则))?\p{Han}{0,4}?(?:" + GENRE_WORD.pattern + r"|新闻稿|倡议书|一封信)(?:的\p{Han}{1,5})?[，,]?"
    r"(?:是(?!本|我|由|在|从|想|因为|为了)|叫|就该|好不好|写得好不好|写给谁|不必写成|不用写成|别写成)"
    r"|^[ \t\u3000]*\p{Han}{0,6}什么(?:叫|是)(?:[“「][^”」\n]{1,8}[”」]|" + GENRE_WORD.pattern + r"|消息|通讯|新闻稿|倡议书)"  # "先说清楚什么叫“消息”："
)
# …and right under a collection's title only, the genre opening the line in words a writer's own
# sentence uses too ("心得体会，其实是一篇…", "简报，说穿了就是…", "标语管不管用，就看…"; inside an
# article "我的体会，其实是四个字" is the writer's)
GENRE_DEFINING_TOP = lazy_compile(
    r"^[ \t\u3000]*(?:" + GENRE_WORD.pattern + r")(?:[，,](?:其实是|无非是|说穿了)|(?P<asked>\p{Han})不(?P=asked)\p{Han}?[，,])"
)
# A sample pointed at as one of the page's (on a collection's page): "以下两篇出自…", "后面两篇面向…", "这一篇出自…",
# "第二份是写给学生的", "三篇都是…", "社区、学校、银行三个场合各一篇", "挑了写得较完整的三份", "此信可在…发放".
# Not "这篇文章告诉我们" (a reader's essay): a deictic counts before what is said of a sample only.
SAMPLE_DEIXIS = lazy_compile(
    r"(?:这|本|下面|以下|后面|前面|上面)[一二三四五六七八九十两几\d]{0,2}(?:篇|份|则|封|例)(?=[，,、都均各分别是出自适合按面向篇幅更比覆盖写给用])"
    r"|(?:下面|以下)[一二三四五六七八九十两几\d]{1,2}(?:篇|份|则|封|例)|第[一二三四五六七八九十\d]{1,2}(?:篇|份|则|封|例)(?:是|写给|面向|出自|适合|的作者|按|用)"
    r"|(?:下面|下一)(?:这)?位(?:同事|作者|老师|同学|志愿者|网友|读者|民警|家长)[^。！？!?\n]{0,30}?(?:体会|心得|文章|故事|作品|读一读|看一看)"  # "▼ 下面这位同事…，她的体会…读一读": the next piece's writer
    r"|各一(?:篇|份|则|封)|各(?:配|附)了一(?:篇|份|则|封)|[一二三四五六七八九十两几\d]{1,2}(?:篇|份|则|封|例)(?:都|均|分别|出自|(?:就|先)?(?:分享|放|介绍|推荐|整理)到这里)"
    r"|这(?:里|儿)[一二三四五六七八九十两几\d]{1,2}(?:篇|份|则|封)"  # not "各选一篇" (a notice asks for one), not "这份文件" (a notice's own)
    r"|(?:挑|选)了[^，。！？\n]{0,10}?[一二三四五六七八九十两几]{1,2}(?:篇|份|则|封|例)(?=放|供|在|[，。：:])|此(?:信|篇|份|稿)可|此篇(?!文章)"
    # one sample by its place, and what the site says of it: "第四套用词更口语", "第③篇是讲座类", "后两份是给…的",
    # "下一篇作者在银行工作", "最后一篇来自…", "最后一条写的是晚间活动"
    r"|(?:第[一二三四五六七八九十\d①-⑳]{1,2}|下一|最后一|[前后][两二三])(?:篇|份|则|封|例|套|首)(?=是|写给|面向|出自|适合|的作者|作者|来自|用词|写的|写得|篇幅|更|比|带|讲|换|里|把)"
    r"|(?:下一|最后一)(?:期|组)(?=是|换|来自|写|讲)"  # "下一期换到城区", "最后一期是金融口的" (not a bulletin's own "下一期里，我们将…", a plan's "第一组是一至三年级学生")
    r"|最后一条(?=写)"
    # "接下来两份更“偏门”", "接下来这份家长版", "先看低年级这份 ↓", "套用这一则时", "这一组用到中学时", "三份里", "例1写活动"
    r"|接下来(?:这|的)?[一二三四两几\d]{0,2}(?:篇|份|则|封)(?!数据|资料|材料|表格|记录|图)|先看\p{Han}{0,6}?这一?(?:篇|份|则|封|期|组)(?=[ \t\u3000↓⬇👇▼，,。：:]|$)"
    r"|这一?(?:篇|份|则|封|期|组)(?=时|用到|里)"  # not "接下来这组数据", "先看大屏幕上这份聊天记录": a speech's and a lesson's own
    r"|[一二三四五六七八九十两几]{1,2}(?:篇|份|则|封)里|例[0-9一二三四五六七八九十]{1,2}(?=写)|(?:再|多)送[一两]?(?:篇|份|则|封)(?=[：:，,。]|$)"  # not a survey's "186份里，…", a lesson's "例1讲的是…", "再送一份防骗手册"
)
DEIXIS_WORDS = re.compile("[篇份则封例位信稿套首期组条]")  # every branch of SAMPLE_DEIXIS needs one of them (a sample's measure word, 位, 例, 信, 稿)
# …and, every branch, the character SAMPLE_DEIXIS puts right before that word (a numeral, 这, 本, 下面, 接下来的, 送, 此, 下一),
# or a number after 例: half the lines of a collection hold one of the words, 1 in 20 such a pair (tests/test_prefilters.py)
DEIXIS_PAIRS = lazy_compile(r"(?<=[一二三四五六七八九十两几\d①-⑳这本面下来的送])[篇份则封例套首]|(?<=[这一面])位|(?<=此)[信篇份稿]|(?<=[这一])[期组]|(?<=一)条|例(?=[0-9一二三四五六七八九十])")
# Whether a page holds SAMPLE_DEIXIS anywhere (collection_framing asks it of every page that is no collection): it is
# tried only within DEIXIS_LEAD characters before a pair, the furthest a branch puts its measure word from where it starts
# ("挑了" and ten characters of any kind, then two numerals, before 篇). A search of the whole page tries every position.
DEIXIS_LEAD = 14
DEIXIS_IN_PAGE = Keyed(SAMPLE_DEIXIS, DEIXIS_PAIRS.pattern, DEIXIS_LEAD, first=DEIXIS_WORDS.pattern)
# What the reader does with a sample: "改起来最省事", "换上自己的经历即可", "打印后直接填写", "供兄弟村居对照".
SAMPLE_USE = lazy_compile(
    r"改起来|改一改|换上|照着|套用|直接(?:填写|套用|使用|念)|打印后|供[^，。！？\n]{0,8}(?:参考|对照|借鉴)|适合[^，。！？\n]{0,10}(?:参考|使用|念|讲|套用)"
    r"|可以?(?:参考|借鉴)|能讲完|落款改为|改为本|签名即可|按需选用|挑着看|拿去用|可按[^，。！？\n]{0,8}增删|改成(?:自己|你们|本单位|本校)|别照搬|不要照搬|记得把"
)
SAMPLE_NOTE_MAX = 80  # a short paragraph that points at a sample is the site's whatever else it says
# The samples counted by their genre, with what the reader does with them: "六份承诺书对象各不相同，打印后直接填写签名即可"
# (a summary's "签订三份承诺书" says nothing of the reader's use).
READER_USE = lazy_compile(r"改起来|改一改|换上|照着|套用|直接(?:填写|套用|使用|念)|打印后|签名即可|按需选用|挑着看|拿去用|改成(?:自己|你们|本单位|本校)|换成(?:自己|你们)|别照搬|不要照搬")  # not "供…对照": a brief hands out copies too
COUNTED_SAMPLES = lazy_compile(
    r"(?<![一二三四五六七八九十])(?:[二三四五六七八九两几]|十[一二三四五六七八九]?)(?:篇|份|则|封)(?:[^，。！？；\n]{0,10}?(?:教学设计|教案|新闻稿|通讯稿|广播稿|信息稿|汇报|汇报材料|交流材料)|[^，。！？；\n]{0,6}?(?:" + GENRE_WORD.pattern + r"|倡议书|一封信|信))"
)  # "四则新闻稿", "两份初中防骗班会课的教学设计", "三篇反诈倡议书"
# A site's label describing the file it offers: "资源简介：两份…教学设计", "使用说明：四则新闻稿分别写…", "这份文件讲什么：…"
# (with a count of samples in its paragraph: "使用说明：下载国家反诈中心APP后…" is a document's own).
# An editor's reminder: the site's when it talks of the samples ("编辑提醒：第三份方案专门针对寄宿制学校…"),
# the post's own warning otherwise ("小编提醒：凡是自称客服要求转账的，都是诈骗！").
EDITOR_REMINDER = lazy_compile(r"[ \t\u3000]*(?:编辑|小编|站长)(?:提醒|提示)[ \t]*[:：]")
SITE_DESCRIPTION = lazy_compile(r"[ \t\u3000]*(?:资源简介|资料简介|内容简介|文件说明|资料说明|材料说明|使用说明|摘要|内容摘要|这份(?:文件|资料)讲(?:什么|了什么))[ \t]*[:：]")
# A site's note in brackets opening a paragraph of a sample: "（此信可在开学第一周随作业本发放，落款改为本校名称。）尊敬的…".
BRACKETED_NOTE = r"(?:[（(][^（）()\n]{4,80}[）)]|[【〔\[][^【】〔〕\[\]\n]{4,80}[】〕\]])"
POINTER_BEFORE = lazy_compile(r"[ \t\u3000]*[^。！？\n]{1,20}?[ \t\u3000]*(?:[↓⬇👇▼]\uFE0F?[ \t\u3000]*)+(?=\S)")  # "先看低年级这份 ↓ "
LEADING_NOTE = lazy_compile(r"[ \t\u3000]*" + BRACKETED_NOTE)  # "【编辑说：…】石门社区把…"
CLOSING_NOTE = lazy_compile(BRACKETED_NOTE + r"[ \t\u3000]*$")  # …one closing a paragraph
TRAILING_COUNT = lazy_compile(r"[ \t]*[(（【][ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*[)）】][ \t]*$")  # "…汇总(6)": the count after a collection word
COLLECTION_GENRE = lazy_compile(GENRE_WORD.pattern + r"|讲话|倡议|通知|(?:家长|公开|一封)信|写信|新闻稿|工作信息|政务信息|简讯")
EDITOR_LABEL = lazy_han(  # not 点评： nor 适用范围： alone: a case's commentary and a plan's field are the document's
    r"[ \t\u3000]*(?:【(?:编辑|小编|编者|站长)(?:点评|按语|推荐|按|插一句|的话)】|【编按】|(?:编辑|小编|站长)插一句[ \t]*[:：]|[【〔\[（(]?(?:编者按|编辑点评|小编点评|站长点评|编注|编按|编者注|编辑注|编辑说|编者说|小编说|站长说|站长小注|小编小注|编辑小注|小编注)[ \t]*[:：])"
    # a unit's note over what it publishes ("政教处按：", "编辑部按："), the notes of who picked them ("摘录说明：", "编后记：", "小编嘀咕一句：")
    r"|[ \t\u3000]*[（(【〔\[［]?\p{Han}{1,6}(?:处|科|办|部|室|中心|委|组|站|馆|队|院|社|编辑部)按[ \t]*[:：]|[ \t\u3000]*指导老师(?:说|手记|点评|寄语|短评)[ \t]*[:：]|[ \t\u3000]*\p{Han}{1,3}老师(?:说|手记|点评)[ \t]*[:：](?=[^。！？\n]{0,6}这一?(?:篇|份|则|封)[^。！？\n]{0,3}我)|[ \t\u3000]*" + SITE_PERSONA + r"[ \t]*[:：]|[ \t\u3000]*(?:摘录|摘编|选编|编选)说明[ \t]*[:：]"
    r"|[ \t\u3000]*(?:先说一句|先说两句|写在前头|开篇先说)[ \t]*[:：]"  # "先说一句：这三封倡议依次写给…": the site before its samples
    r"|[ \t\u3000]*编后(?:记|语|话)?[ \t]*[:：]|[ \t\u3000]*小编(?:嘀咕|唠叨|碎碎念|多说|多嘴|补充|絮叨)\p{Han}{0,3}[:：]"  # not "小编提醒：…", a post's own warning
    r"|[^\n]{0,16}[｜|][ \t]*推荐理由[ \t]*[:：]"  # "【编注：后两篇篇幅较短…】", "（编者按：…）"
)
# The site describing the column or the bundle the samples come in: "栏目说明：…", "资料包说明：…", "本栏目集中刊登本院…",
# "本栏目逢周一刊出…", "“桤川普法”栏目每周更新…" (a document says "本栏目" of its newspaper's column too, but not as
# what the column publishes and when)
INNER_NOTE = lazy_compile(r"(?<=[。！？!?”」』：:])[ \t\u3000]*[（(][^（）()\n]{6,80}[）)]")
PARAGRAPH_TALK = lazy_compile(r"这一?段|本段|此段|上一段|下一段|写[一两二三几][两三]?句|写清楚?|讲清楚?|换成本|改成本")  # a note on the sample's own parts
# The site asking its readers for pieces: "…发到站长邮箱，注明适用的人群", "欢迎私信跟小编说说", "欢迎投稿"
SUBMISSION_CALL = lazy_compile(r"(?:发到|发给|寄到|投到|发送到|投给)(?:站长|小编|本站|编辑部|我们)(?:的)?(?:邮箱|信箱|后台)?|欢迎(?:投稿|来稿|私信)(?:跟|给)?(?:小编|站长|我们)?")
# The site's advice on using or writing the samples, under its label, on a collection's page: "写作要点：", "注意事项：这类信
# 一般是张贴或群发的…", "使用时留意：承诺书要一式两份…", "提个醒：总结是要归档备查的…", "打印建议：…" — the genre the subject
# of what follows (not a plan's own "注意事项：活动期间注意安全…")
ADVICE_LABEL = lazy_compile(r"[ \t\u3000]*(?:写作要点|写作提示|写法提示|注意事项|使用时留意|使用提示|使用须知|打印建议|排版建议|提个醒|小贴士)[ \t]*[:：]")
PRINTING_LABEL = lazy_compile(r"[ \t\u3000]*(?:打印建议|排版建议)[ \t]*[:：]")
GENRE_AS_SUBJECT = Trigger(
    r"(?:这类|此类|这种|此种)(?:信|文书|材料|稿子|文章|" + GENRE_WORD.pattern + r")|^(?:" + GENRE_WORD.pattern + r"|信)(?:要|是|一般|通常|最好|务必|别|不要|得)"
)
ADVICE_SUBJECT_WITHIN = 16
ADVICE_POINTS_MAX = 8
WRITING_POINT = lazy_compile(r"称呼|落款|开头|结尾|日期|署名|标题|段|写|篇幅|字数|口气|语气")
COLUMN_NOTE = lazy_compile(
    r"[ \t\u3000]*(?:(?:栏目|专栏|专题|资料包|合集|合辑|本页)(?:说明|介绍|简介)[ \t]*[:：]|[【〔［\[](?:栏目|专栏|专题|合集|合辑)(?:说明|介绍|简介)[】〕］\]]"  # also "【栏目介绍】…"
    r"|本栏目?(?:集中|每周|每月|每日|逢|定期)?\p{Han}{0,6}?(?:刊登|刊出|收录|推送|更新|汇集|发布)"
    r"|[“「][^”」\n]{2,12}[”」](?:栏目|专栏)(?:每周|每月|每日|逢|定期))"
)
EDITOR_WORD = lazy_re(r"编者|编注|编按|编辑说|编辑点评|小编|站长|推荐理由|栏目说明|资料包说明|本栏目|栏目每|按[:：]|说明[:：]|编后")  # EDITOR_LABEL's words, looked for once on a page
DOCUMENT_SELF = lazy_compile(r"本(?:方案|总结|计划|倡议|通知|报告|办法|意见|制度|简报|讲话)(?!适合|适用|可)|特制定|现将|如下[:：]")
COLLECTION_TOP = 6  # a declared count stands among the first kept lines of a collection


def collection_framing(text: str, spans: list[tuple[int, int]], labels: list[str | None], taken: set[int]) -> Iterator[Replacement]:
    """The site framing a collection (see COLLECTION_POINTING and SAMPLE_DEIXIS): whole paragraphs, or
    the sentences and bracketed notes that open or close one, on a collection's page: one whose first
    lines declare a count of two or more, whose title gathers pieces of a genre, or which points at its
    samples and splits into two or more articles (split_articles, run on the page as it stands)."""
    kept = [i for i, (s, e) in enumerate(spans) if labels[i] is None and text[s:e].strip()]
    declared = first_declared(text[spans[i][0] : spans[i][1]].strip() for i in kept[:COLLECTION_TOP])
    heading = TRAILING_COUNT.sub("", text[spans[kept[0]][0] : spans[kept[0]][1]].strip()) if kept else ""
    # "…简报集锦", "…承诺书汇总(6)", "…作品选登"; not a single sample's "…范文", "…精选" (split.gathered_title)
    collection = (declared is not None and declared >= 2) or splitter.gathered_title(heading)
    # A collection needs no pointing: these searches of the whole page (half of what a page that is no
    # collection costs here) are made only for the others.
    pointed = not collection and (DEIXIS_IN_PAGE.search(text) or COLLECTION_POINTING.found(text) or EDITOR_WORD.search(text))
    if not collection and not (pointed or GENRE_TEACHING.search(text)):
        return
    teaching_only = not collection and not pointed  # a page let in by its talk on the genre alone: only its top is the site's
    # (split here reads no closings: a poster who parts the pieces it reposts only by their source lines, "——转自“…”",
    # frames them in its own words, "就这三篇，…有用就帮忙顶一下")
    if not collection and len(split_articles(text, closed=None).articles) < 2:
        return  # a page that points at its samples and shows two or more articles ("X [第1篇]") is a collection too
    advice: set[int] = set()  # the points of an advice list under its label ("写作要点：" / "1．称呼按收信人写…")
    for k, i in enumerate(kept):
        if i in taken or (teaching_only and not (0 < k < COLLECTION_TOP and all(SENTENCE_PUNCT.search(text, *spans[j]) for j in kept[1:k]))):
            continue  # above any heading only (a writer's own "这次培训心得说白了就一句话：…？" inside the second piece is theirs)
        s, e = spans[i]
        # right under the title, before any heading: the site's preface, if anyone's (inside article 1, a writer's own "说到底")
        top = 0 < k < COLLECTION_TOP and all(SENTENCE_PUNCT.search(text, *spans[j]) for j in kept[1:k])
        cuts = _framing_cuts(text[s:e], k <= 1, i in advice, top)
        if cuts is ADVICE_POINTS:  # "写作要点：" over its numbered points on writing the genre
            points = []
            for j in kept[k + 1 : k + 1 + ADVICE_POINTS_MAX]:
                point = text[spans[j][0] : spans[j][1]]
                if not (ENUMERATED.match(point) and WRITING_POINT.search(point)):
                    break
                points.append(j)
            if points:
                advice.update(points)
                yield Replacement(s, line_end(text, e), "", "intro")
            continue
        for a, b in cuts:
            yield Replacement(s + a, line_end(text, e) if b is None else s + b, "", "intro")


ADVICE_POINTS = ((-1, -1),)  # `_framing_cuts` of an advice label alone on its line: its points are read from the lines below


@lru_cache(maxsize=8192)  # a collection's lines come back in the fixed point's next pass, and on the pages built from the same samples
def _framing_cuts(line: str, early: bool, in_advice: bool, top: bool) -> tuple[tuple[int, int | None], ...]:
    """What collection_framing cuts from a kept line of a collection's page, read from the line alone and the
    little it needs of its place: `early`, among the first two kept lines; `in_advice`, a point of an advice list
    above it; `top`, under the title before any heading. (start, end) in the line, end None to the line's end with
    its line break; ADVICE_POINTS for an advice label alone on its line, whose points are below."""
    whole = ((0, None),)
    inner = [m for m in INNER_NOTE.finditer(line) if m.start() > 0 and (PARAGRAPH_TALK.search(m.group()) or SAMPLE_USE.search(m.group()))]
    if inner:
        return tuple((m.start(), m.end()) for m in inner)  # "…倡议。（这一段是倡议书的“由头”，…写两三句就够了。）这两年，…": the site's note inside a sample's paragraph
    if len(line) > DISCLAIMER_MAX:
        return ()
    scan = _mask_speech(line)
    # SAMPLE_DEIXIS (16 µs a line) is asked of `scan` up to four times below: once, and only of a line holding a word it needs
    deixis = DEIXIS_WORDS.search(scan) is not None and DEIXIS_PAIRS.search(scan) is not None and SAMPLE_DEIXIS.search(scan) is not None
    own = DOCUMENT_SELF.search(scan) is not None  # a paragraph naming itself is the document's, but for sentences glued to it
    pointer = POINTER_BEFORE.match(scan)
    if pointer and SAMPLE_DEIXIS.search(pointer.group()) and _numbered_heading(scan[pointer.end() :]):
        return ((0, pointer.end()),)  # "先看低年级这份 ↓ 教案一　我不做“小马虎”": the site's pointer before a heading
    note = LEADING_NOTE.match(scan)
    if note and len(note.group()) < len(scan.rstrip()) and (
        SAMPLE_DEIXIS.search(note.group()) or (SAMPLE_USE.search(note.group()) and COLLECTION_GENRE.search(note.group())) or EDITOR_LABEL.match(note.group(), 1)
    ):
        return ((0, note.end()),)  # "（此信可在开学第一周随作业本发放，落款改为本校名称。）尊敬的…"
    note = CLOSING_NOTE.search(scan)
    if note and note.start() > 0 and scan[: note.start()].rstrip()[-1:] in "。！？!?" and (
        EDITOR_LABEL.match(note.group().lstrip(" \t\u3000（(【〔[")) or SAMPLE_DEIXIS.search(note.group())
    ):
        return ((len(scan[: note.start()].rstrip(" \t\u3000")), len(line)),)  # "…吸引力。【编注：后两篇篇幅较短…】"
    # an editor's label opens the site's note; under the title, before the first sample, even a note
    # saying "现将…一并刊发" (words a document uses of itself) is the site's
    if EDITOR_LABEL.match(line) and (not own or early):
        return whole
    if COLUMN_NOTE.match(line):
        return whole  # "栏目说明：…", "本栏目集中刊登…", "“桤川普法”栏目每周更新…"
    if in_advice:
        return whole  # a point of the site's advice list under its label
    if (m := ADVICE_LABEL.match(line)) and not own:
        rest = line[m.end() :].strip(" \t\u3000")
        if not rest:
            return ADVICE_POINTS
        if GENRE_AS_SUBJECT.found(rest[:ADVICE_SUBJECT_WITHIN]) or SAMPLE_USE.search(rest) or PARAGRAPH_TALK.search(rest) or PRINTING_LABEL.match(line):
            return whole  # "注意事项：这类信一般是张贴或群发的…", "使用时留意：承诺书要一式两份…"
    if (SITE_DESCRIPTION.match(line) or EDITOR_REMINDER.match(line)) and (deixis or COUNTED_SAMPLES.search(scan)):
        return whole
    genre = COLLECTION_GENRE.search(scan) is not None
    pointing = POINTING_CHARS.search(scan) is not None and COLLECTION_POINTING.found(scan)
    teaching = genre and GENRE_TEACHING.search(scan) is not None
    asking = "？" in scan or "?" in scan
    bracketed = scan.strip(" \t\u3000")[:1] in "（(" and scan.rstrip(" \t\u3000")[-1:] in "）)"
    if not (bracketed or SENTENCE_PUNCT.search(scan) or ("，" in scan and deixis)):  # "▼ 下面这位同事…，但值得…读一读"
        return ()  # a heading or a title ("【第1篇】…总结"), not the site talking
    if bracketed and not own and (SAMPLE_USE.search(scan) or PARAGRAPH_TALK.search(scan)):
        # "（这一段是倡议书的“由头”，…写两三句就够了。）", "（以下百分比和场次都是编的，套用前务必换成…）": the site on writing the sample
        return whole
    defining = GENRE_DEFINING.search(scan) is not None or (top and GENRE_DEFINING_TOP.search(scan) is not None)
    if not own and ((pointing and (genre or asking or bracketed or top)) or (teaching and (asking or top or deixis)) or defining
                    or SUBMISSION_CALL.search(scan)):  # "倡议书的骨架大同小异…。下一份把对象换成了…": teaching, then pointing at the next
        return whole
    # sentences pointing at a sample (in a short paragraph, whatever it names): the whole paragraph
    # when they make it up or it is a short note, else only when they open or close a sample's
    # paragraph (measured: held4 articles F1 0.755 with whole removal for all-site paragraphs only,
    # 0.769 with short notes whole) (glued to a sample's first paragraph: "这一篇出自…。2024年以来，…")
    if not (deixis or COUNTED_SAMPLES.search(scan)):
        return ()  # no sentence of it points at a sample
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(scan) if scan[m.start() : m.end()].strip()]
    framing = genre or bracketed or len(line) <= SAMPLE_NOTE_MAX or SAMPLE_USE.search(scan) is not None
    site = [
        not DOCUMENT_SELF.search(scan, a, b)
        and ((framing and SAMPLE_DEIXIS.search(scan, a, b) is not None) or (COUNTED_SAMPLES.search(scan, a, b) is not None and READER_USE.search(scan, a, b) is not None))
        for a, b in sentences
    ]
    if not any(site):
        return ()
    if all(site) or (not own and len(line) <= SAMPLE_NOTE_MAX):
        return whole
    if site[0]:
        return ((0, sentences[site.index(False)][0]),)
    if site[-1]:
        cut = sentences[len(site) - site[::-1].index(False)][0]
        return ((len(scan[:cut].rstrip(" \t\u3000")), len(line)),)
    return ()


# Buttons glued to the end of a list item ("…多核实复制赞 16"): two or more, a count among them.
# A link to read a piece on, glued to its lead's last sentence ("…确保发案数持续下降。[详细]", "…提醒市民。查看详情>>"), and a
# list item's date after its headline ("市反诈联席会议部署下半年重点工作　［2025-07-11］": the headline ends on no stop)
TRAILING_READ_ON = lazy_compile(
    rf"(?<=[。！？!?”」』…])[ \t\u3000]*(?:[\[【〔［(（<＜][ \t]*(?:{READ_ON_WORDS})[ \t]*(?:>>|＞＞|»|›)?[ \t]*[\]】〕］)）>＞]"
    rf"|(?:{READ_ON_WORDS})[ \t]*(?:>{{1,2}}|＞{{1,2}}|»|›|→)+)[ \t\u3000]*$"
)
TITLE_DATE_HEADLINE_MAX = 50
TRAILING_LINK_ENDS = frozenset("]】〕］)）>＞»›→")
TITLE_DATE_TAIL = lazy_compile(r"(?<=[\p{Han}”」》）)])[ \t\u3000]+[［\[【〔(（][ \t]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]*[］\]】〕)）][ \t\u3000]*$")
TRAILING_WIDGETS = lazy_compile(r"(?<![。！？!?])(?:(?:复制|收藏|分享|转发|点赞|赞|举报)[ \t\u3000]*\d*[ \t\u3000]*){2,}$")
# What any run `_inline` looks for needs one of these: a line without any is left at once.
INLINE_TRIGGER = Trigger(r"[<&#*▲)）〕］〉\]】⌋◗⟫页]|首页|Home|登录|\d[ \t]*[/／][ \t]*\d|!\[|(?:新闻|电视台|广播|融媒|客户端|日报|晚报)[】\]]|体育|娱乐|真人|棋牌|电竞|视讯|交易所|USDT|usdt|钱包|影院|看片|入口|网址|图为|图说|摄|讯|记者|报[导道]|[，,、。][，,、。]|date|time|Date|Time|还剩|下载|文档|预览|阅读|资料篮|来源|撰稿|供稿|通讯员|时间|日期|编辑|作者|点击|浏览|赞|复制|A[+＋\-－]|责编|审核|校对", "re")  # (its words searched apart: 2.4 x as fast)


def _line_runs(text: str, start: int, end: int, f: LineFeatures) -> tuple[tuple[int, int, str], ...]:
    """`_inline_runs` of the line text[start:end], or none when it holds nothing any of them needs."""
    return _triggered_runs(text[start:end], any(c.startswith("spam:") for c in f.strong), f.n > CHROME_LINE_MAX, any(c.startswith("spam:") for c in f.weak))


@lru_cache(maxsize=8192)  # asked of every line by `spam_host` and `_inline`, in each of the fixed point's passes
def _triggered_runs(line: str, spam: bool, flattened: bool, weak_spam: bool = False) -> tuple[tuple[int, int, str], ...]:
    if spam or weak_spam or INLINE_TRIGGER.found(line):  # (a spam trade's weak words: an advert may be glued on)
        return _inline_runs(line, spam, flattened)
    return ()


def _inline(text: str, start: int, end: int, f: LineFeatures, host: SpamHost | None = None) -> Iterator[Replacement]:
    """Runs inside a line that stays (and on a spam host, the brands it splices in)."""
    runs = _line_runs(text, start, end, f)
    if host is not None:
        runs = tuple((_named_start(text[start:end], s, e, host), e, category) for s, e, category in runs)
        extra = [r for r in host_brands(text[start:end], host) if all(r[1] <= s or r[0] >= e for s, e, _ in runs)]
        if extra:
            merged, last = [], -1
            for s, e, category in sorted([*runs, *extra]):
                if s >= last:
                    merged.append((s, e, category))
                    last = e
            runs = tuple(merged)
    for s, e, category in runs:
        yield Replacement(start + s, start + e, "", category)


BRAND_MIN = 4  # a spliced brand keeps at least this many characters ("恒达娱乐")
NAMED_SLACK = 2  # characters of a sentence a spliced run's guessed name may take before the brand the page names


def _named_start(line: str, start: int, end: int, host: SpamHost) -> int:
    """Where a spliced run begins on a spam host that names its brand: at the brand when the run's guessed
    name took a character or two of the sentence before it ("反诈宣传点|金簋娱乐城注册送彩金": the page's
    header names "金簋娱乐城")."""
    for brand, _ in host.brands:
        at = line.find(brand, start, end)
        if 0 < at - start <= NAMED_SLACK:
            return at
    return start


def _brand_start(line: str, start: int, end: int) -> int:
    """Where a spliced brand begins: a brand's name length is a guess, so a first character that
    forms a common word with the one before it, and none with the next, is the sentence's
    ("记住了防骗要点|恒达娱乐网址")."""
    from zhtools.clean.base import common_words

    words = common_words()
    if start > 0 and end - start > BRAND_MIN and line[start - 1 : start + 1] in words and line[start : start + 2] not in words:
        return start + 1  # "要点|恒达娱乐", not "深夜|色撩人" ("夜色" is the brand's own word)
    return start


# A spam host: a page where the rules already found spam of a category (a promo line, a brand
# with its call to action) has more of it spliced into its sentences, in forms that would be
# prose on any other page. On such a page two more kinds of run go (rule `host_brands`):
# - every other mention of a brand the page's spam or copyright lines name ("鎏金娱乐｜首存即返",
#   "© 2024 MoonX比特港"), wherever it stands in a sentence;
# - a two-character name and a word of the category glued to the end of a clause
#   ("…骗局的套路威乐体育，", "…思想防线天鹰棋牌安卓版。"), with its call to action when it has one;
#   a word of the category that prose also uses (国际, 彩, 视频) only with a call to action.
# Never in quotes or where a warning names it (冒充…, 如…, …等).
HOST_WORDS = {
    "spam:gambling": ("体育|娱乐|棋牌|真人|电竞|视讯|彩票", "国际|彩|网|城"),
    "spam:crypto": ("交易所", "钱包|币|链|比特|资本|金融"),  # 钱包 needs a call to action: "捂紧钱包" is the genre's own metaphor
    "spam:porn": ("影院|影吧|小站|看片|影视", "视频|直播|福利"),
}
HOST_TAIL = "(?:安卓版|苹果版|极速版|手机版|网页版|直装版|客户端|最新版|在线看|在线|秒提现|提现|秒到账|永久|免费|投注|官网|入口|app|网址|登录|注册|下载|首页|全站)"  # calls to action, not 平台 or 官方: a warning's "虚假体育平台"
HOST_STRONG_CALL = lazy_compile("版|入口|官网|网址|投注|客户端")  # not app, 下载, 注册: "不要下载陌生彩票app"
HOST_CLAUSE_END = r"(?=[，,。；;、！？!?：:”]|[ \t\u3000]*$)"
HOST_BRAND = {
    category: lazy_compile(
        rf"(?<=[\p{{Han}}”」』])(?P<name>\p{{Han}}{{2}}|[A-Za-z0-9]{{2,6}})(?:{strong}|(?:{weak})(?={HOST_TAIL}))(?P<tail>{HOST_TAIL}*){HOST_CLAUSE_END}",
        flags=regex.IGNORECASE,
    )
    for category, (strong, weak) in HOST_WORDS.items()
}
HOST_WORD = {category: lazy_compile(strong) for category, (strong, _) in HOST_WORDS.items()}  # a brand's name holds a strong word
HOST_SPLICED_MIN = 2  # a brand of a category spliced in this many times makes the page a host
# A brand as a spam or copyright line names it: the first run of a line, or the one after ©
# and a year; a run of the category's words, or Latin and Han together ("MoonX比特港").
HOST_NAME = lazy_compile(r"(?:^[^\p{Han}A-Za-z0-9]{0,3}|©[ \t\u3000]*(?:\d{4}[ \t\u3000-]*)?(?:\d{4}[ \t\u3000]*)?)[ \t\u3000]*(?P<name>(?!\d)[\p{Han}A-Za-z0-9]{3,8})(?=[^\p{Han}A-Za-z0-9]|$)")
HOST_NAME_MIXED = lazy_compile(r"\p{Han}.*[A-Za-z0-9]|[A-Za-z0-9].*\p{Han}")


@dataclass(frozen=True)
class SpamHost:
    categories: frozenset[str]
    brands: tuple[tuple[str, str], ...]  # each brand the page names and its category, longest first


def spam_host(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> SpamHost | None:
    """The spam categories of this page — a whole line of spam the rules took, or a brand of the
    category spliced in twice or more (a news story naming one brand in its warning is no host) —
    and the brands its spam and copyright lines name."""
    categories = {label for label in labels if label in HOST_WORDS}
    if not categories and not HOST_SPLICE_WORDS.search(text) and not any(c.startswith("spam:") for f in feats for c in f.strong):
        return None  # no spam line, and nothing a spliced brand is made of: most pages
    spliced: Counter[str] = Counter()
    for (s, e), f, label in zip(spans, feats, labels):
        if label is None and f.n:
            spliced.update(c for _, _, c in _line_runs(text, s, e, f) if c in HOST_WORDS)
    categories.update(c for c, n in spliced.items() if n >= HOST_SPLICED_MIN)
    if not categories:
        return None
    brands = {}
    for (s, e), label in zip(spans, labels):
        if label and (label.startswith("spam:") or label == "chrome:copyright"):
            for m in HOST_NAME.finditer(text[s:e]):
                name = m.group("name")
                named = [c for c in HOST_WORDS if HOST_WORD[c].search(name)]  # "桃色小站" on a gambling host is porn; not "反诈网"
                promo = label.startswith("spam:") and m.start() == 0  # "【泰链宝】全球数字资产交易平台…": the advert's brand
                if named or HOST_NAME_MIXED.search(name) or promo:
                    brands.setdefault(name, named[0] if named else label if label in HOST_WORDS else min(categories))
    return SpamHost(frozenset(categories), tuple(sorted(brands.items(), key=lambda b: (-len(b[0]), b[0]))))


def host_brands(line: str, host: SpamHost) -> list[tuple[int, int, str]]:
    """The runs of `line` that a spam host splices into its sentences (see HOST_WORDS)."""
    from zhtools.clean.base import common_words

    quoted = _quoted(line)
    found = []
    for brand, category in host.brands:
        at = line.find(brand)
        while at >= 0:
            tail = SPAM_TAIL.match(line, at + len(brand))
            found.append((at, tail.end() if tail else at + len(brand), category))
            at = line.find(brand, at + len(brand))
    for c in sorted(host.categories):
        for m in HOST_BRAND[c].finditer(line):
            name = m.group("name")
            words = common_words()
            strong_call = HOST_STRONG_CALL.search(m.group("tail")) is not None  # "天鹰棋牌安卓版": a name and an app's version
            if vocab().function_chars.search(name) or (name in words and not strong_call) or line[m.start() - 1 : m.start() + 1] in words:
                continue  # "保护好自己的钱包", "看好钱包", "陌生彩票app", "虚|拟货币平台": words of the sentence, not a name
            found.append((m.start(), m.end(), c))
    runs = []
    for s, e, c in found:
        if _inside(quoted, s) or NAMED_BEFORE.search(line, 0, s) or NAMED_AFTER.match(line, e):
            continue  # named in a warning: “真人荷官”, 冒充某某钱包
        runs.append((s, e, c))
    return runs


# Each inline pattern is tried only on lines holding a word it needs, and there only within a few characters before one
# (a brand's name opens the match, its trade's word follows: 1-6 characters in for gambling's Latin names, 2-4 for porn's,
# 2-5 for crypto's in brackets). Each opens on a class after a lookbehind, which `regex` tries at every position of a line:
# the porn brands' over the bench crawl's lines holding one of its words (322 lines, 183,000 characters) took 0.15 s.
SPLICED_KEYS = (
    (SPLICED_GAMBLING, "spam:gambling", "体育|娱乐|真人|棋牌|电竞|视讯|国际|金沙|葡京|威尼斯人|太阳城|永利|美高梅|新濠", 6),  # (a casino's name opens its match)
    (SPLICED_CRYPTO, "spam:crypto", "交易所|USDT|usdt|钱包", 5),
    (SPLICED_PORN, "spam:porn", "影院|看片|视频|直播|福利", 4),
)
SPLICED = tuple((Keyed(pattern, words, lead), category, re.compile(words)) for pattern, category, words, lead in SPLICED_KEYS)
HOST_SPLICE_WORDS = re.compile("|".join(words.pattern for _, _, words in SPLICED))  # a page without any holds no spliced brand
CAPTION_INLINE_WORDS = re.compile(r"[图摄照]|资料|截图|截屏|画面|供图|作者单位|漫画|左为|右为|中为|排为|随手拍|光影|掌机|掌镜")


@lru_cache(maxsize=8192)
def _byline_then_text(line: str) -> int:
    """Where the text starts after a byline opening the line (LEADING_BYLINE), or 0: the rest must be
    prose, a sentence of PROSE_MIN_HAN Han characters or more."""
    m = LEADING_BYLINE.match(line)
    if m is None:
        return 0
    rest = line[m.end() :]
    return m.end() if han_count(rest) >= PROSE_MIN_HAN and SENTENCE_PUNCT.search(rest) else 0


MENU_SPACE = lazy_compile(r"[ \t\u3000]+")
MENU_MARKS = " \t\u3000▾▼≡｜|·•🔍"


def _leading_menu(line: str) -> int:
    """Where the text starts after a site's menu glued to the front of its first sentence ("≡ 首页　本地▾　乡镇▾
    视频　直播　专题　｜ 🔍 6月12日是…"): four or more short items with a site's word among them, then prose; else 0."""
    items, at = 0, 0
    named = False
    for m in MENU_SPACE.finditer(line):
        token = line[at : m.start()].strip(MENU_MARKS)
        if len(token) > MENU_TOKEN_MAX or SENTENCE_PUNCT.search(token) or "，" in token:
            break
        items += bool(token)
        named = named or bool(token and MENU_WORD.match(token))
        at = m.end()
    rest = line[at:]
    return at if items >= MENU_ITEMS_MIN and named and han_count(rest) >= PROSE_MIN_HAN and SENTENCE_PUNCT.search(rest) else 0


GLUED_ADVERT = lazy_compile(r"(?<=[。！？!?])[ \t\u3000]*(?P<ad>【[^】\n]{2,12}】[^。！？!?\n“”「」]{4,60})[ \t\u3000]*$")  # a brand in brackets and its offer, to the line's end


# An advert in brackets spliced into a sentence: "…就不会上当（币旺交易所·新人领100USDT），可案例里…".
BRACKETED_ADVERT = lazy_compile(r"[（(【](?P<ad>[^（）()【】\n“”「」\"]{4,50})[）)】](?=[ \t\u3000]*[\p{Han}，,；;。])")
DESCRIBED = lazy_compile(r"写得|写有|诱人|平台|APP|App|app|首页|界面|网站")
DESCRIBED_SPAN = 4
LOAN_WORD = lazy_compile(r"借|贷|秒批|放款|额度|日息|月息")


PICTURE_NOTE_TAIL = lazy_compile(r"(?<=[。！？!?”」』])[ \t\u3000]*[（(][^（）()\n]{0,16}(?:(?:点击|轻点|点按|单击|长按|可)放大|查看大图|看大图|查看原图)[^（）()\n]{0,6}[）)][ \t\u3000]*$")
NARRATED = lazy_compile(r"——|他|老\p{Han}(?!师)|就这样|于是|结果|一看|……$")  # a story goes on in the lure's words (not "戳我", an advert's)
ADVERT_POINTED = lazy_compile(r"广告|短信|链接|页面|弹窗|消息|写着|显示|推荐|宣称|号称|不陌生")  # the sentence before points at the advert it quotes
ADVERT_POINTED_SPAN = 20
GLUED_PROMO = lazy_re(r"(?<=[。！!])[ \t\u3000]*(?P<ad>[^。！!\n]{4,48})$")


def _glued_promo(line: str) -> tuple[int, int, str] | None:
    """An advert glued after the last sentence of a line: two lures of PROMO and a spam trade's words, none of a
    warning's, a people's or a report's (which tell these lures of the scams they report)."""
    m = GLUED_PROMO.search(line)
    if m is None or _promo_lures(m.group("ad")) < 2 or _promo_lures(line[: m.start()]):
        return None
    ad = m.group("ad")
    if _tells_of_advert(ad) or QUOTE_OPEN.search(SEARCH_BRAND.sub("", ad)):
        return None
    if NARRATED.search(ad) or ad.rstrip().endswith(("…", "，", ",", "。")) or ADVERT_POINTED.search(line, max(0, m.start() - ADVERT_POINTED_SPAN), m.start()):
        return None  # a story telling the lure: "…看到一条贷款广告。秒批秒放款，日息低至万分之二……", "…点这里找附近的她——老刘就这样点开…"
    trade = _weak_spam(features(ad))
    return (m.start("ad"), m.end("ad"), trade) if trade else None


def _without_inner_brackets(line: str) -> str:
    """The line without the bracketed runs inside it (not a label opening it: "【私密直播】深夜档…")."""
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    return BRACKETED_ADVERT.sub(lambda m: m.group() if m.start() == lead else "", line)


def _bracketed_adverts(line: str) -> Iterator[tuple[int, int, str]]:
    """Adverts in brackets inside a line: two different lures of PROMO and a trade's word (crypto or
    gambling), never a warning's or a people's words, nor a list of lures a warning gives
    ("（如注册送彩金、首充返水等）"). The brackets go with the advert; the sentence around stays."""
    for m in BRACKETED_ADVERT.finditer(line):
        ad = m.group("ad")
        if _promo_lures(ad) < 2 or _tells_of_advert(ad):
            continue
        before = line[max(0, m.start() - DESCRIBED_SPAN) : m.start()]  # the words right before the bracket
        if ADVERT_POINTED.search(ad) or ADVERT_POINTED.search(before) or DESCRIBED.search(before):
            continue  # "APP首页写得很诱人（凭身份证秒批…）", "推荐一个交易平台（页面显示新人领100USDT…）": a report describing what was shown
        kind = _trade_by_words(ad) or ("spam:loan" if LOAN_WORD.search(ad) else None) or _weak_spam(features(ad))  # "（急用钱？凭身份证秒批5万…速借热线…）": a loan's; forged papers
        if kind:
            yield m.start(), m.end(), kind


def _inline_runs(line: str, spam: bool, flattened: bool) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    if (m := FONT_TAIL.search(line)) and m.start() > 0 and not CLAUSE_PUNCT.search(line, 0, m.start()):  # after a title, not a sentence
        found.append((m.start(), m.end(), "chrome:nav"))  # "参加支行反诈专训后的几点体会　A+　A-": the page's font buttons after the headline
    if "首页" in line or "Home" in line or "登录" in line or "主页" in line:
        if cut := _leading_menu(line):
            found.append((0, cut, "chrome:nav"))  # "≡ 首页　本地▾　…　｜ 🔍 6月12日是…": the menu glued to the text
    if (cut := _byline_then_text(line)) and ("：" in line[:cut] or ":" in line[:cut] or "记者" in line[:cut] or "通讯员" in line[:cut]):  # (labelled, or BARE_BYLINE_LEAD)
        found.append((len(line) - len(line.lstrip(" \t\u3000")), cut, "chrome:byline"))
    v = vocab()
    quoted = _quoted(line)
    for category, _ in SPAM_CATEGORIES[1:3]:  # gambling and crypto brands are spliced into sentences; porn and loan words are not
        pattern = v.strong.get(category)
        if spam and pattern is not None:
            for m in pattern.finditer(line):
                listed = line.startswith("、", m.end()) and pattern.match(line, m.end() + 1)
                if _inside(quoted, m.start()) or NAMED_BEFORE.search(line, 0, m.start()) or NAMED_AFTER.match(line, m.end()) or listed:
                    continue  # named in a warning: “真人荷官”, 冒充币安、火币等
                tail = SPAM_TAIL.match(line, m.end())  # "ag真人" + "游戏官方", "澳门威尼斯" + "人线上官网"
                found.append((m.start(), tail.end() if tail else m.end(), category))
    for pattern, category, words in SPLICED:
        if words.search(line):
            found.extend((_brand_start(line, m.start(), m.end()), m.end(), category) for m in pattern.finditer(line) if not _inside(quoted, m.start()))
    if "【" in line and (m := GLUED_ADVERT.search(line)) and _promo_lures(m.group("ad")) >= 2 and not PEOPLE.search(m.group("ad")) \
            and not WARNING.search(m.group("ad")) and not FRAUD_WORD.search(m.group("ad")):
        # "…必须下大力气遏制。【有钱花·极速贷】身份证就能借，最高20万，不看流水当天放款": an advert glued to a paragraph's end
        ad_features = features(m.group("ad"))
        kinds = [c for c in (*ad_features.strong, *ad_features.weak) if c.startswith("spam:")]
        found.append((m.start("ad"), m.end("ad"), kinds[0] if kinds else "spam:seo"))
    if "）" in line or ")" in line or "】" in line:
        found.extend(_bracketed_adverts(line))
    if (glued := _glued_promo(line)) is not None:
        found.append(glued)  # "可能是号码被人冒名补卡了。▶深夜寂寞？点这里找附近的她◀"
    m = (LEAD_CREDIT.match(line) or REPORTER_LEAD.match(line)) if LEAD_CREDIT_WORDS.search(line) else None  # (REPORTER_LEAD holds 记者)
    if m and m.end() > m.start() and CREDIT_NEWS.search(m.group()):
        found.append((m.start(), m.end(), "credit"))
    if ("opyright" in line or "©" in line or "版权所有" in line) and (footer := COPYRIGHT_TAIL.search(line)):
        found.append((footer.start(), footer.end(), "chrome:copyright"))  # "…守护群众的钱袋子。 Copyright © 金沙彩乐园 All Rights Reserved"
        line = line[: footer.start()]  # (what stands before it ends the text: a credit, an editor)
    credited = line
    if ("编" in line or "审" in line or "校" in line) and (editor := TRAILING_EDITOR.search(line)):
        found.append((editor.start(), editor.end(), "chrome:byline"))  # "…走进田间地头。（文/图 …）　编辑：严望舒": the page's editor after the text
        credited = line[: editor.start()]  # (the credit before it ends the text)
    m = TRAILING_CREDIT.search(credited) if credited.rstrip(" \t\u3000。").endswith((")", "）", "〕", "］", "]")) else None
    if m is None and credited.rstrip(" \t\u3000").endswith((")", "）")) and not ENUMERATED.match(line.lstrip(" \t\u3000")):
        m = UNIT_AFTER_ITEM.search(credited)  # (not "1.开展反诈宣传进校园活动。（县教育体育局）": a plan's task and who does it)
    if m and not NOT_A_NAME.search(m.group().strip()) and not EACH_UNIT.search(m.group()) and (_names(m.group()) or UNIT_SUPPLIED.search(m.group())
                                                             or _names(CREDIT_LINE_OUTLET.sub("", m.group().strip()))  # 供稿, 报送, a class: a unit or a pupil's class; an outlet's reporter
                                                             or _reporters_bracketed(m.group().strip(" \t\u3000"))):
        found.append((m.start(), m.end(), "credit"))
    if "大" in line or "图" in line:
        found.extend((m.start(), m.end(), "caption") for m in PICTURE_NOTE_TAIL.finditer(line))  # "…支付限额。（海报见下，轻点可放大）"
    if CAPTION_INLINE_WORDS.search(line):
        found.extend((m.start(), m.end(), "caption") for m in CAPTION_INLINE.finditer(line))
    if line.count("▲") == 1:  # several ▲ on a line are bullets of a list, not a caption
        m = CAPTION_TAIL.search(line)
        if m and han_count(line[: m.start()]) < PROSE_MIN_HAN:
            found.append((m.start(), m.end(), "caption"))
    found.extend((m.start(), m.end(), "chrome:byline") for m in DATE_LABEL.finditer(line))
    if (line.rstrip(" \t\u3000").endswith(("）", ")", "】", "〕", "］")) and (m := TRAILING_CTA.search(line)) and _cta_kinds(m.group()) >= CTA_KINDS
            and not PEOPLE.search(m.group()) and not OWN_FORMS.search(m.group())):
        found.append((m.start(), m.end(), "chrome:download"))  # "…APP。（非会员每次可复制 150 字，升级会员不受限）"
    if "页" in line or "/" in line or "／" in line:
        found.extend((m.start(), m.end(), "chrome:download") for m in INLINE_PAGE_MARK.finditer(line)  # "…钓鱼链接。〈第 2 页 · 共 4 页〉三、…"
                     if regex.search(r"共|[-－—]", m.group())  # the older forms, wherever they stand
                     or (m.start() > 0 and m.end() < len(line.rstrip()) and (not m.group("page") or 0 < int(m.group("page")) <= int(m.group("pages")))))
    if "<" in line or "&" in line:
        found.extend((m.start(), m.end(), "markup") for m in HTML_TAG.finditer(line))
    if "#" in line or "*" in line or "![" in line:
        found.extend((m.start(), m.end(), "markup") for m in MARKDOWN.finditer(line))
    found.extend((m.start(), m.end(), "punct") for m in DOUBLED.finditer(line))
    if line.rstrip(" \t\u3000")[-1:] in TRAILING_LINK_ENDS:  # what both end on: a closing bracket or an arrow
        if m := TRAILING_READ_ON.search(line):
            found.append((m.start(), m.end(), "chrome:nav"))
        if (m := TITLE_DATE_TAIL.search(line)) and m.start() <= TITLE_DATE_HEADLINE_MAX and not SENTENCE_PUNCT.search(line, 0, m.start()):
            found.append((m.start(), m.end(), "chrome:byline"))
    m = TRAILING_WIDGETS.search(line) if "赞" in line or "复制" in line else None
    if m and m.start() > 0 and DIGIT.search(m.group()):
        found.append((m.start(), m.end(), "chrome:nav"))  # "1、陌生来电要警惕…复制赞 16": a list item's buttons glued to it
    if flattened:  # a flattened page: its chrome runs inside the line
        found.extend((m.start(), m.end(), "chrome:download") for m in INLINE_DOWNLOAD.finditer(line) if not _inside(quoted, m.start()))
        found.extend((m.start(), m.end(), "chrome:nav") for m in INLINE_BUTTONS.finditer(line))  # "[大字] [标准] [打印本页]"
        found.extend((m.start(), m.end(), "chrome:byline") for m in INLINE_BYLINE.finditer(line))
    found.sort()
    out, last = [], -1
    for s, e, category in found:
        if s >= last and e > s:
            out.append((s, e, category))
            last = e
    return tuple(out)


# A table of contents: an entry's title, dot leaders and a page or issue number ("一、xx社区…活动方案
# ………… 1", "开学第一课：反诈知识进课堂……第1期"), under an optional label (目录, 本页导读).
CONTENTS_ENTRY = lazy_compile(r"[ \t\u3000]*\S.{1,60}?[ \t\u3000]*(?:…{2,}|\.{4,}|·{4,}|-{4,})[ \t\u3000]*(?:第[ \t]*)?\d{1,3}[ \t]*(?:页|期|篇)?[ \t\u3000]*")
CONTENTS_LABEL = lazy_compile(r"[ \t\u3000]*(?:目[ \t\u3000]*录|本页导读|导读|本期目录|本页目录)[ \t\u3000]*[:：]?[ \t\u3000]*")
CONTENTS_MIN = 2
DIGITS = re.compile(r"\d+")


def collection_contents(text: str, spans: list[tuple[int, int]], labels: list[str | None]) -> None:
    """On a page that declares a collection of two or more, its table of contents (two entries or
    more, and the label above them) is the site's navigation: it lists the pages' articles. A
    single document's own 目录 (一、指导思想 …… 1) stays: it is the document's."""
    if "…" not in text and "...." not in text and "····" not in text and "----" not in text:
        return  # no dot leaders, no contents (most pages: one test of the page)
    kept = [i for i, (s, e) in enumerate(spans) if labels[i] is None and text[s:e].strip()]
    declared = first_declared(text[spans[i][0] : spans[i][1]].strip() for i in kept[:COLLECTION_TOP])
    if declared is None or declared < 2:
        return
    run: list[int] = []
    for i in [*kept, None]:
        if i is not None and CONTENTS_ENTRY.fullmatch(text, *spans[i]):
            run.append(i)
            continue
        numbers = [int(DIGITS.findall(text[spans[j][0] : spans[j][1]])[-1]) for j in run]
        if len(run) >= CONTENTS_MIN and numbers == sorted(numbers):  # pages go up; a table of quantities (500, 120, 300) does not
            above = kept[kept.index(run[0]) - 1] if kept.index(run[0]) else None
            if above is not None and CONTENTS_LABEL.fullmatch(text, *spans[above]):
                run.insert(0, above)
            for j in run:
                labels[j] = "chrome:nav"
        run = []


# --- the byline zone: the page's fields between the headline and the text --------------------------
# Sites lay the fields under a headline out in every way: labels after their values ("2025-05-20 10:12 发布
# ｜ 溱州晚报 来源", "碾盘镇人民政府〔来源〕"), between tabs ("作者\t校学生会新媒体中心\t审核\t向岚"), a
# label on one line and its value on the next ("发布机构" / "滏川区反诈联席办"), a table saved as text
# ("| 公告日期 | 2025-02-10 |"), English labels ("Author: 峄川公安"), a label in a site's own word
# ("挂出日：2025年2月27日", "撰发科室：保卫科"). Between the headline and the first line of text, a line
# with no sentence in it that holds a page's label as a field of its own, or a site's ISO date and time,
# is the page's; a document's own lines there (a speech's "（2024年3月15日）", its speaker, a plan's
# "活动时间：…") hold neither.
ZONE_LABEL = (
    r"发布|发布者|发布人|发布单位|发布机构|发布部门|发布日期|发布时间|来源|稿源|信息来源|文章来源|作者|撰稿|撰写|撰文|撰发|撰发科室|编辑|责编|"
    r"责任编辑|值班编辑|审核|审校|审签|签发|校对|供稿|供稿单位|投稿|投稿人|收录于|收录|挂网|挂网时间|挂出|挂出日|成文日期|公告日期|索引号|"
    r"Author|Authors|Published|Posted|Source|Editor|Updated|Date|By|IP"
)
ZONE_BOUND_BEFORE = r"(?:^|(?<=[ \t\u3000｜|¦┊╎·⸱⸰⁂•⋄◦〔\[【(（:：]))"
ZONE_BOUND_AFTER = r"(?=$|[ \t\u3000｜|¦┊╎·⸱⸰⁂•⋄◦〕\]】)）:：])"
ZONE_COUNTER = lazy_compile(ZONE_BOUND_BEFORE + r"(?:点击|浏览|阅读|访问量|字数|Views)[ \t:：]*[\d,]+(?![\d,]*[ \t]*(?:分钟|小时|天|遍|本|页|篇))")  # a counter with its number (not "阅读 · 思考 · 行动")
ZONE_FIELD = lazy_compile(ZONE_BOUND_BEFORE + r"(?:" + ZONE_LABEL + r")(?:于|日)?" + ZONE_BOUND_AFTER + r"|^(?:收录于|撰发|挂出|挂网)\p{Han}{0,4}[:：]?")
ZONE_LABEL_ONLY = lazy_compile(r"[ \t\u3000]*(?:" + ZONE_LABEL + r")(?:于|日)?[ \t\u3000]*[:：]?[ \t\u3000]*")  # "发布机构", "挂网于："
# a site's ISO date, or any date with its time; once on the line and once in the zone (a plan's schedule
# dates its rows: "2025-03-01 | 启动仪式 | 社区广场" over the next, "城关小学/2025-03-15　实验中学/2025-03-22")
ZONE_DATETIME = lazy_compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t]*\d{1,2}:\d{2}")
DATED_ROW = lazy_compile(r"[ \t\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)[ \t\u3000]*[|｜·•/／]")  # a row opening on its date
ZONE_ROW_LABEL = lazy_compile(r"[ \t\u3000]*(?P<label>\p{Han}{2,6})[ \t\u3000]*[|｜:：]")  # "活动时间 | 2024-12-27 | 社区广场": a plan's field
TABLE_RULE = lazy_compile(r"[ \t]*[+|][-=+| \t]{6,}")  # "+------------+-----+"
TABLE_ROW = lazy_compile(r"[ \t]*\|[^|\n]+\|[^|\n]+\|?[ \t]*")  # "| 公告日期 | 2025-02-10 |"
ZONE_READING = lazy_compile(r"(?:读|阅读|看完|读完)\p{Han}{0,2}?(?:约|≈|~|需|大约)[ \t]*\d+[ \t]*(?:分钟|min)|\d+[ \t]*(?:分钟|min)[ \t]*(?:读完|可读完)|共[ \t]*[\d,]+[\dx×]*[ \t]*字|[Rr]eading time")  # not a speech's "（约3分钟）"
ZONE_LINE_MAX = 80
# a label, its value and the day, nothing else ("出稿：芗口派出所　2025年6月6日"; not a notice's own "等级：特急　…明电〔2024〕3号　2024年1月26日")
ZONE_SITE_LABEL = lazy_compile(r"(?P<label>\p{Han}{2,4})[ \t\u3000]*[:：][ \t\u3000]*\p{Han}{2,16}[ \t\u3000]+(?=(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t]*\d{1,2}:\d{2})?[ \t\u3000]*$)")
ZONE_LINES = 10
DATED_TITLE = lazy_compile(r"\p{Han}{4}[”」》]?[(（][ \t]*(?:19|20)\d{2}[^()（）\n]{3,12}[)）][ \t]*$")  # "关于谨防…的提醒（2024-05-27）": a title
ZONE_HEAD_TOP = 6
ZONE_VALUE_MAX = 30  # a label's value under it: a unit, a date, a number (a headline is longer, or ends in its genre)
ZONE_HEADLINE_MAX = 60  # the headline is among the page's first lines that stay


def byline_zone(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """The page's fields between the headline and the text, in any layout (see ZONE_LABEL). The
    headline is the first of the page's top lines that stays and has such fields under it (a menu
    the rules missed may stand above it)."""
    kept = [i for i, f in enumerate(feats) if f.n and labels[i] is None]
    # above the first paragraph, a page label alone on its line and its value under it ("发布机构" over
    # "滏川区反诈联席办"), wherever the headline stands: never a headline, and never a label the headline is read as the value of
    top = next((i for i in kept if feats[i].prose), len(spans))
    for i in range(top):
        if feats[i].n and labels[i] in (None, "chrome:byline", "chrome:nav") and ZONE_LABEL_ONLY.fullmatch(text[spans[i][0] : spans[i][1]]):
            labels[i] = labels[i] or "chrome:byline"
            nxt = next((j for j in range(i + 1, len(spans)) if feats[j].n), None)
            if nxt is not None and labels[nxt] is None and feats[nxt].n <= ZONE_VALUE_MAX and not feats[nxt].sentence and not GENRE_WORD.search(text[spans[nxt][0] : spans[nxt][1]]):
                labels[nxt] = "chrome:byline"
    kept = [i for i in kept if labels[i] is None]
    for head in kept[:ZONE_HEAD_TOP]:
        line = text[spans[head][0] : spans[head][1]]
        if feats[head].prose and ("。" in line or "；" in line):
            return  # the text has begun above any headline: its own rows and dates are not the page's
        if feats[head].n > ZONE_HEADLINE_MAX:
            continue
        zone = _zone_under(text, spans, feats, labels, head)
        if zone is None:
            return
        if zone:
            for i in zone:
                labels[i] = "chrome:byline"
            return


# A news outlet and the day it ran the story, in 年月日, between the headline and the text ("湜岙台　2025年05月27日")
OUTLET_DAY = lazy_compile(r"\p{Han}{1,10}(?:台|网|报|融媒|新闻|发布|客户端|在线|频道|之声)[ \t\u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*\d{1,2}[:：]\d{2})?")


def _zone_under(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], head: int) -> list[int] | None:
    """The zone's lines under `head` ([] if none), or None when the lines under it are the document's own."""
    zone: list[int] = []
    value_next = dated = False
    for i in range(head + 1, min(len(spans), head + 1 + ZONE_LINES)):
        f = feats[i]
        if not f.n:
            continue
        if labels[i] is not None:
            value_next = False  # a label's value is the line right under it
            continue
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        if f.prose or f.sentence or f.n > ZONE_LINE_MAX or SALUTATION_LINE.match(line):
            break  # the text begins
        if value_next or TABLE_RULE.fullmatch(line) or TABLE_ROW.fullmatch(line) and ZONE_FIELD.search(line.replace("|", " | ")):
            zone.append(i)
            value_next = False
        elif ZONE_LABEL_ONLY.fullmatch(line):
            zone.append(i)  # "发布机构" over "滏川区反诈联席办"
            value_next = True
        elif ZONE_FIELD.search(line) or ZONE_COUNTER.search(line):
            zone.append(i)
        elif OUTLET_DAY.fullmatch(line):
            zone.append(i)  # "湜岙台　2025年05月27日": the outlet and its day (a document's issuer dates itself under its title too)
        elif (m := ZONE_SITE_LABEL.match(line)) and not DOCUMENT_LABEL.search(m.group("label")):
            zone.append(i)  # "出稿：芗口派出所　2025年6月6日": a label in the site's own word, its value and the day (not "报送单位：…", "主讲人：…")
        elif (ZONE_DATETIME.search(line) or ZONE_READING.search(line)) and not DATED_TITLE.search(line):
            row = ZONE_ROW_LABEL.match(line)
            leading = DATED_ROW.match(line) is not None
            if (dated and leading) or len(ZONE_DATETIME.findall(line)) > 1 or (row and DOCUMENT_LABEL.search(row.group("label")) and not ZONE_FIELD.search(line)):
                return None  # a schedule's rows ("2025-03-01 | 启动仪式 | 社区广场" over the next), a plan's field: the document's
            zone.append(i)
            dated = dated or leading
        else:
            break  # a line of the document's own (a subtitle, a speaker, a date in 年月日): the zone ends
    return zone


# A contents list a site builds from the headings below it, each entry a link: an arrow or a bullet before it
# ("本文目录［收起］" / "→ 宣传有声势" / "→ 劝阻有速度", "↘ 一名网格员的防骗手记").
LINK_ARROWS = "→↘↗➤➔➜▶▸►›»⇢"
LINK_BULLETS = "•●○◦▪■□◆◇"
LINK_MARK = lazy_re(f"[{LINK_ARROWS}{LINK_BULLETS}]")  # one scan of the page: most pages hold none
LINKED_ENTRY = lazy_compile(rf"[ \t\u3000]*(?P<mark>[{LINK_ARROWS}{LINK_BULLETS}])[ \t\u3000]*(?P<entry>\S.{{1,40}}?)[ \t\u3000]*")
SITE_CONTENTS_LABEL = lazy_compile(r"本文|文章|全文|本页|本篇|收起|展开|隐藏|显示")  # the contents a site builds say so, or fold
LINKED_LABEL = lazy_compile(r"[ \t\u3000]*(?:本文|文章|全文|本页|本篇)?目[ \t\u3000]*录[ \t\u3000]*(?:[［\[【(（〔](?:收起|展开|隐藏|显示)[］\]】)）〕])?[ \t\u3000]*[:：]?[ \t\u3000]*")


def linked_contents(text: str, spans: list[tuple[int, int]], labels: list[str | None]) -> None:
    """A site's contents list of the headings below it, under its label (two entries or more, every one shown
    again below as a whole line; each after an arrow, or after a bullet under a label only a site writes:
    "本文目录", "目录［收起］") is `chrome:nav`, with its label. A document's own contents ("目　录" / "一、总体要求",
    "目录" / "● 冒充客服退款诈骗") and a post's own steps after arrows under its sentence stay."""
    if not LINK_MARK.search(text):
        return  # most pages: one test of the page
    nonempty = [i for i, (s, e) in enumerate(spans) if text[s:e].strip()]
    keys = ["".join(text[spans[i][0] : spans[i][1]].split()) for i in nonempty]
    k = 0
    while k < len(nonempty):
        run = []
        while k + len(run) < len(nonempty) and (m := LINKED_ENTRY.fullmatch(text, *spans[nonempty[k + len(run)]])) and labels[nonempty[k + len(run)]] in (None, "chrome:nav"):
            run.append(("".join(m.group("entry").split()), m.group("mark")))
        end = k + len(run)
        label = k - 1 if k and labels[nonempty[k - 1]] is None and LINKED_LABEL.fullmatch(text, *spans[nonempty[k - 1]]) else None
        sites = label is not None and SITE_CONTENTS_LABEL.search(text, *spans[nonempty[label]]) is not None
        if (len(run) >= CONTENTS_MIN and all(entry in keys[end:] for entry, _ in run) and label is not None
                and (sites or all(mark in LINK_ARROWS for _, mark in run))):
            for j in range(label, end):
                labels[nonempty[j]] = "chrome:nav"
        k = end + 1 if run else k + 1


def _opens_an_article(line: str) -> bool:
    """A line the splitter may open an article on: the caption model never takes it."""
    return _numbered_heading(line) or ARTICLE_HEADING.found(line) or splitter.DECORATED.match(line.strip(" \t\u3000")) is not None


# The page's neighbours as a pair of links, one back and one on, each a verb of reading and a title: "往前翻：X" / "往后翻：Y",
# "回看：X" / "接着看：Y" (PREV_NEXT_LABEL knows "上一篇：" alone). A plan's "前期：…" / "后期：…" reads nothing.
PAGING_LABEL = lazy_compile(
    r"[ \t\u3000]*(?:[←→◀▶‹›«»⇠⇢][ \t\u3000]*)?(?:(?P<back>(?:往|向)?(?:前|上|回))|(?P<on>(?:往|向)?(?:后|下)|接着|继续|再))(?:翻|看|读|阅|浏览)(?:一篇|一则|一期|一条)?[ \t]*[:：][ \t\u3000]*(?=\S)"
)
PAGING_TITLE_MAX = 40


def paging_pair(text: str, spans: list[tuple[int, int]], labels: list[str | None]) -> None:
    """Label, in place, `chrome:related` two lines one above the other that link back and on (PAGING_LABEL)."""
    nonempty = [i for i, (s, e) in enumerate(spans) if text[s:e].strip()]
    for i, j in zip(nonempty, nonempty[1:]):
        if labels[i] is not None or labels[j] is not None:
            continue
        a, b = PAGING_LABEL.match(text, *spans[i]), PAGING_LABEL.match(text, *spans[j])
        if not a or not b or bool(a.group("back")) == bool(b.group("back")):
            continue
        if all(len(text[m.end() : e].strip()) <= PAGING_TITLE_MAX and not SENTENCE_PUNCT.search(text, m.end(), e) for m, (_, e) in ((a, spans[i]), (b, spans[j]))):
            labels[i] = labels[j] = "chrome:related"


# A site's menu saved one item a line, above the text: a run of STACKED_MENU_MIN lines or more of a word or two each
# (2 to STACKED_ITEM_MAX letters, no punctuation, no number), all different ("主页" / "时评" / "镇村" / "乡音" / "视听",
# "反诈宣传" / "心得体会" / "倡议书" / "工作总结"), wherever the genre's words make its items. The line right above
# the text may be the document's short title ("致家长"): the run ends before it.
STACKED_MENU_MIN = 4
STACKED_ITEM_MAX = 6
STACKED_ITEM = lazy_compile(rf"[\p{{Han}}A-Za-z]{{2,{STACKED_ITEM_MAX}}}")


# An advert framed between two labels of its own ("▼ 推广 ▼" … "▲ 推广 ▲", "—— 广告 ——"): the label alone between marks
AD_FRAME = lazy_compile(r"[ \t\u3000]*[^\p{Han}\w\s]{1,4}[ \t\u3000]*(?:推广|广告|赞助|商业推广|AD|Ad)[ \t\u3000]*[^\p{Han}\w\s]{0,4}[ \t\u3000]*")
AD_FRAMED_LINES = 3  # lines between the two labels


def ad_frame(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:nav` an advert between two frame labels ("▼ 推广 ▼" / "晚上辅导作业头疼？「题点通」…" /
    "▲ 推广 ▲"), frames and all. A label alone is a document's own section ("—— 推广 ——" over a plan's channels)."""
    frames = [i for i, f in enumerate(feats) if f.n and f.n <= 12 and AD_FRAME.fullmatch(text, *spans[i])]
    for a, b in zip(frames, frames[1:]):
        inside = [j for j in range(a + 1, b) if feats[j].n]
        if 0 < len(inside) <= AD_FRAMED_LINES and all(labels[j] is None or labels[j].startswith(("chrome:", "spam:")) for j in [a, b, *inside]):
            for j in [a, b, *inside]:
                labels[j] = "chrome:nav"


# Furniture in forms the line model was not trained on, labelled after it (furniture_lines): labelled before it, a retrain
# learned the lines around them anew and moved other pages.
# - asking to pass the page on: "觉得有用？顺手把它转进家族群吧", "觉得实用，就顺手推给班里其他爸妈吧"
SHARE_ASK = lazy_compile(
    r"[ \t\u3000]*[^\p{Han}\s]{0,3}[ \t\u3000]*(?:如果|要是)?觉得[^。！？!?，,\n]{0,6}?(?:有用|实用|不错|有帮助|有收获|好)[^。！？!?，,\n]{0,2}[？?，,！!　 ]*"
    r"(?:就|那就|请|记得|不妨)?(?:顺手|随手|动动手指)?(?:把它|把这篇|把本文|把文章)?(?:转进|转到|转给|推给|发给|发到|发进|分享给|分享到|转发给|转发到)[^。！？!?\n]{1,16}?[吧呀哦。！!]?[ \t\u3000]*"
)
# - a row of ways to pass it on: "推给爸妈瞧瞧　｜　拷贝网址　｜　做成长图"
SHARE_ITEM = lazy_compile(r"(?:推给|转给|发给|分享给|分享到|转到)\p{Han}{1,6}|(?:拷贝|复制)(?:网址|链接|本页)|(?:做成|生成|保存为?)(?:长图|海报|图片)")
SHARE_ITEMS_MIN = 2
SHARE_ITEMS_SPLIT = lazy_compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")  # (regex.split(pattern, line) looked the pattern up in regex's cache: 10 µs a line)
# - a read count alone in brackets: "（已阅 527）", "（阅 93）", "（已被浏览 296 次）"
READ_COUNT = lazy_compile(
    r"[（(][ \t]*(?:累计|本文|本篇|此文|该文|本页|文章|已有)?(?:已阅|阅|已读|阅读|阅览|浏览|已被浏览|被浏览|已被阅读|被阅读|已被点击|被点击|被查看|点阅|围观|点击|访问|查看)(?:过)?(?:人数|人次|次数|数|量)?[ \t]*[:：]?[ \t]*[\d,.]+[ \t]*[万wWkK]?[ \t]*(?:次|人)?[ \t]*[）)]"
    r"|(?:累计|本文|本页|文章)?(?:阅读|阅览|浏览|点击|访问|查看)(?:人数|人次|次数|数)[ \t]*[:：]?[ \t]*[\d,.]+[ \t]*[万wWkK]?[ \t]*(?:次|人)?"
    r"|(?:已阅|已读|已查阅|已浏览)[ \t]*[:：][ \t]*[\d,.]+[ \t]*[万wWkK]?[ \t]*(?:人次|人|次)"  # "已阅：312人": an intranet's readers
)  # also a count of readers in other words, bracketed or alone (COUNT_OF_READS): "（累计浏览人数 236 次）", "点击数：236次"
# …and above the text, any count in brackets alone that names reading ("（网友浏览数量 123 次）"; a report's own "（全年开展阅读
#   活动12次）" stands in its text, below the first sentence)
READ_COUNT_ANY = lazy_compile(r"[（(][ \t]*\p{Han}{0,4}?(?:阅读|浏览|点击|访问|查看|阅览)\p{Han}{0,3}?[ \t]*[:：]?[ \t]*[\d,.]+[ \t]*[万wWkK]?[ \t]*(?:人次|次|人)[ \t]*[）)]")  # (a count's word after the number: not a paper's "（阅读理解 2）")
# - where a repost was taken from, and its rights: "本文转自公众号“芎岭警民通”，版权仍属原号"
REPOST_NOTE = lazy_compile(
    r"[ \t\u3000]*(?:本文|本篇|此文|文章|原文)?(?:转自|转载自|转载于|来源于|原载于|摘自|选自)(?:微信)?(?:公众号|微信号|头条号|视频号)?[ \t]*[“\"「《]?[^，,。\n“”「」《》]{2,16}[”\"」》]?"
    r"(?:[，,；;][ \t]*[^。\n]{0,16}?(?:版权|著作权|权利)[^。\n]{0,12})?[。]?[ \t\u3000]*"
)
# - who runs or maintains the site: "本网由苘湾警方主管　运维：科信室", "网站运维：苈洲区政务信息科"
SITE_RUN_BY = lazy_compile(
    r"[ \t\u3000]*(?:(?:本网|本站|本网站)由[\p{Han}xX]{2,14}(?:主管|主办|运维|维护|承办)|(?:网站|本网|本站)?(?:运维|技术维护|运行维护|维护)(?:单位)?[ \t]*[:：][ \t]*\p{Han}{2,16})"
    r"(?:[ \t\u3000]+(?:主管|主办|运维|维护|承办|技术支持)(?:单位)?[ \t]*[:：]?[ \t]*\p{Han}{2,16})*[ \t\u3000]*"
)
# - a library's buttons each after a sign: "💾 下载这篇　⭐ 放进书架", "📥 整包下载"
LIBRARY_WIDGETS = r"下载这篇|下载本篇|下载此篇|整包下载|打包下载|放进书架|加入书架|放入书架|存入书架|收进书架|加入收藏|收藏这篇|存到网盘|另存为"
SIGNED_LIBRARY_WIDGETS = lazy_compile(rf"(?:[^\p{{Han}}\w\s]{{1,2}}[ \t]*(?:{LIBRARY_WIDGETS})[ \t\u3000|｜/·]*)+")
# - a preview telling what is left out and how to get it: "此处只展示两份教案的正文，完整排版请解压后查看"
#   …or that the download is what counts: "以下为文档在线预览，排版以下载后为准"; or that the free pages are used up, what is left
#   after: "试读额度已用尽，后面还有3页" (a story's "额度已用尽" has no 试读)
PREVIEW_NOTE = lazy_compile(
    r"[^。！？!?\n]{0,16}?(?:只|仅)(?:展示|显示|预览|呈现)[^。！？!?\n]{0,20}?[，,][^。！？!?\n]{0,12}?(?:完整|全部|全文|其余|剩下)[^。！？!?\n]{0,12}?(?:解压|下载|另存|打开附件)[^。！？!?\n]{0,8}"
    r"|[^。！？!?\n]{0,12}?(?:在线预览|文档预览|试读|试看|预览版)[^。！？!?\n]{0,10}?[，,；;][ \t]*(?:排版|格式|版式|内容|效果|页码)?[^。！？!?\n]{0,4}?以下载[^。！？!?\n]{0,8}?为准[。！]?"  # (not a notice's "报送表样式预览如下，格式以下载的附件为准")
    r"|(?:余下|剩下|剩余|其余|后面|后边)(?:的)?[ \t]*[0-9一二三四五六七八九十两]{1,3}[ \t]*页[^。！？!?\n]{0,6}?(?:请|需|须|可)?(?:下载|登录|购买)[^。！？!?\n]{0,4}?(?:阅读|查看|浏览|观看|全文|完整)[^。！？!?\n]{0,4}?[。！]?"  # "余下两页请下载后阅读" (not a notice's "其余2页请下载附件后填写")
    r"|[^。！？!?\n]{0,6}?(?:试读|试看|预览|免费阅读)(?:额度|次数|页数|部分)?(?:已经?|均已)(?:用尽|用完|结束|到头)(?:[，,；;][ \t]*(?:后面|剩余|余下|剩下|后边)(?:还有|共)?[ \t]*[0-9一二三四五六七八九十两]{1,3}[ \t]*页[^。！？!?\n]{0,10}?)?[。！]?"
)
# - the day the page is seen, at its top, as a site's bar shows it (DAY_BAR): "今天是2024年9月9日　星期一", "2024年10月13日　星期日　瑶汀
#   多云　16～24℃" (a diary's own "2024年9月9日　星期一　晴" says neither 今天是 nor a temperature)
DAY_BAR = lazy_compile(
    r"[ \t\u3000]*(?:今天是|今日|今天)[ \t]*[:：]?[ \t]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期|周)[一二三四五六日天](?:[ \t\u3000]+[^\n。！？!?，,]{1,16})?[ \t\u3000]*"
    r"|[ \t\u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期|周)[一二三四五六日天][ \t\u3000]+[^\n。！？!?，,]{0,16}?-?\d{1,2}[ \t]*(?:[～~\-—至到]|℃[ \t]*[～~\-—至到])[ \t]*-?\d{1,2}[ \t]*(?:℃|°C|度)[ \t\u3000]*"
)
# - the day bar at the page's first line, or with the day's temperature above the text (a pupil's diary opens "今天是…星期一　晴"
#   under its own title)
TEMPERATURE = lazy_compile(r"-?\d{1,2}[ \t]*(?:℃|°C|度)")
DAY_BAR_BARE = lazy_compile(r"[ \t\u3000]*(?:今天是|今日|今天)[ \t]*[:：]?[ \t]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期|周)[一二三四五六日天][ \t\u3000]*")  # the day alone, no weather
# - a question-and-answer site's furniture around its answers (QA_FURNITURE): how many answers ("3个回答", "共12条回答"), the label
#   over the chosen one ("最佳回答", "提问者采纳"), the others folded ("其他2个回答已折叠　展开"); a quiz's "参考答案" is its own
QA_PAGE = lazy_compile(r"\d{1,5}[ \t]*(?:个|条)回答|提问者|回答者|已采纳|采纳率|网友采纳|提问者采纳|提问于|回答于|问答")  # the page is a question site's (a quiz's own "最佳答案" is no label)
QA_COUNT = lazy_compile(r"[ \t\u3000]*(?:共|全部|查看全部)?[ \t]*\d{1,5}[ \t]*(?:个|条)(?:回答|答案)[ \t\u3000]*")
QA_LABEL = lazy_compile(
    r"[ \t\u3000]*(?:最佳回答|最佳答案|推荐答案|推荐回答|采纳答案|满意答案|精选回答|优质回答|提问者采纳|网友采纳|已采纳|专业回答|热心网友回答)[ \t\u3000]*"
    r"|[ \t\u3000]*(?:其他|其余|剩余|另外)[ \t]*\d{1,4}[ \t]*(?:个|条)(?:回答|答案)[^\n。！？!?]{0,6}?(?:折叠|收起|隐藏)(?:[ \t\u3000]*(?:展开|查看|点击展开))?[ \t\u3000]*"
)
# - a picker of the file's sheets or pages under a label: "翻看：第1张 · 第2张", "第1页 | 第2页 | 第3页"
SHEET_PICKER = lazy_compile(r"[ \t\u3000]*(?:(?:翻看|翻页|页码|跳转|切换|选择)[:：][ \t\u3000]*)?第[ \t]*\d{1,3}[ \t]*[张页幅](?:[ \t\u3000]*[·・•|｜/／][ \t\u3000]*第[ \t]*\d{1,3}[ \t]*[张页幅]){1,30}[ \t\u3000]*")  # (not a lesson's "课件：第1张、第2张、第3张")
# - a post's tags after a tag's sign: "🏷 防骗小课堂　护理部　住院部", "标签：反诈　校园"
TAG_ROW = lazy_compile(r"[ \t\u3000]*(?:🏷\uFE0F?|🔖|(?:标签|关键词|Tags|TAG|tags)[ \t]*[:：])[ \t\u3000]*\S{2,10}(?:[ \t\u3000,，、|｜/]+\S{2,10})*[ \t\u3000]*")
# SITE_FOOTER: below the text, the site's name (or its domain), then what a footer says of it: "桐梓县新闻网编辑部 维护　转载请联系编辑部",
# "桂畹社区网　地址：桂畹路16号　值班：0xxx-6612xxxx", "篁竹公文网 huangzhugw.com 稿源多为网友分享…", words only a footer
# says (a document signing off with its unit, "桂畹社区网格站", has none; a warning's "国家反诈中心网　举报电话：96110" and a
# notice's "平安桐梓网　投稿邮箱：…" end on a phone or a mailbox, which any document gives)
SITE_FOOTER = lazy_compile(
    r"(?![^\n]*?(?:诈骗|仿冒|举报))[ \t\u3000]*(?:\p{Han}{2,14}(?:网|网站|门户网|门户|在线)(?:编辑部|管理中心)?|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|cn|net|org))[ \t\u3000]+"
    r"(?=[^\n]*?(?:地址|维护|转载请|转用请|注明出处|写明本站|稿源|版权|备案|主办|承办|技术支持|ICP|网友分享|网友投稿|(?<![@\w.])[A-Za-z0-9\-]+\.(?:com|cn|net)\b))[^。！？!?\n]{2,60}"
)
# BARE_MENU_ROW: the page's first line, five items or more of four characters at most between wide spaces, ending in different
# words, over a headline of its own: the site's menu in any words ("桐川检察　检务透明　办案公开　检察新闻　控告申诉　12309"), after a
# welcome maybe ("欢迎来到樾亭县第二中学！　樾中概览　樾中新闻　…"); not a banner of one word's variants ("平安之家　和谐之家　…")
WELCOME_LEAD = lazy_compile(r"[ \t\u3000]*欢迎(?:您)?(?:来到|访问|光临|进入)[^！!。\n]{1,24}[！!。]?[ \t\u3000]*")
BARE_MENU_GAP = lazy_compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")
BARE_MENU_ITEMS_MIN = 5
BARE_MENU_ITEM_MAX = 4  # a menu's items are names of two to four characters (a slogan's five, "守住钱袋子", are phrases)…
BARE_MENU_LONG_MAX = 8  # …a third of them at most longer, up to this: the site's own name first, a long department
BARE_MENU_SHORT_SHARE = 2 / 3  # ("峤阳农商银行　个人业务　公司业务　电子银行　信息披露　消费者权益保护")


def _bare_menu_row(line: str) -> bool:
    """Whether a line is BARE_MENU_ROW's menu (its welcome left out): five short items or more, no sentence, not alike."""
    rest = line[m.end() :] if (m := WELCOME_LEAD.match(line)) else line
    if SENTENCE_PUNCT.search(rest) or CLAUSE_PUNCT.search(rest):
        return False
    items = [t for t in BARE_MENU_GAP.split(rest.strip()) if t]
    short = sum(1 for t in items if len(t) <= BARE_MENU_ITEM_MAX or t.isdigit())
    return (len(items) >= BARE_MENU_ITEMS_MIN and all((len(t) <= BARE_MENU_LONG_MAX or t.isdigit()) for t in items)
            and short >= BARE_MENU_SHORT_SHARE * len(items) and len({t[-2:] for t in items}) > len(items) // 2)


# EMBED_PLACEHOLDER: where a mirror could not carry what the post embedded, the reader sent to the app: "（此处已添加圈子卡片，请到阅点
# 客户端查看）", "此处已添加小程序，请到今日头条客户端查看"; in its brackets alone, what it was: "（此处已添加小程序：蓉溪农商掌上营业厅）",
# "【此处已插入视频】" (a notice's "此处请填写姓名" sends no one to an app; a story's "此处已加装护栏。" is no bracketed line)
EMBED_PLACEHOLDER = lazy_compile(
    r"[ \t\u3000]*[（(【\[〔]?[ \t]*此处(?:已|暂)(?:添加|插入|嵌入|放置)了?[^。！？!?\n]{1,12}?[，,][ \t]*请(?:到|在|前往|打开|用)[^。！？!?\n]{0,12}?(?:客户端|[Aa][Pp][Pp]|小程序)[^。！？!?\n]{0,4}?(?:查看|观看|收听|阅读|打开)[ \t]*[）)】\]〕]?[ \t\u3000]*"
    r"|[ \t\u3000]*[（(【\[〔][ \t]*此处(?:已|暂)(?:添加|插入|嵌入|放置)了?[^。！？!?\n（()）【】\[\]〔〕]{1,24}?[）)】\]〕][ \t\u3000]*"
)
# RELATED_LINK_LINE: another page's headline after a label that offers it, on a line of its own: "推荐阅读：汭阳区2025年为民办实事
# 项目征集结果公布" (its labels weak, "向学生推荐阅读反诈书籍": only at a line's start, a colon after, no sentence, no book in 《》)
RELATED_LINK_LINE = lazy_compile(
    r"[ \t\u3000]*(?:[【\[]?(?:推荐阅读|阅读推荐|推荐文章|推荐新闻|相关新闻|相关链接|相关报道|延伸阅读|相关阅读|热点推荐)[】\]]?[ \t]*[:：]"
    r"|[【\[](?:往期|往期回顾|往期推荐)[】\]])[ \t\u3000]*(?!《)[^。！？!?\n]{4,60}?(?:[ \t\u3000]*(?:>>|》》|›+|»+|→))?"  # also "【往期】雪天路滑，交警提醒… >>" (not "【推荐】…活动简报", a piece's tag)
)
# - a column or channel's label in brackets alone: "【家校频道】", "【倡议书·安全类】"
# (above the first prose only; a kind "…类" after a genre and a dot: "【横幅类】" heads a slogan list's own section)
COLUMN_LABEL = lazy_compile(r"[ \t\u3000]*[【〔\[](?:[^】〕\]\n]{1,10}?(?:频道|栏目|专栏|板块|版块|专区)|\p{Han}{2,6}[·・•]\p{Han}{1,4}类)[】〕\]][ \t\u3000]*")
# - a path parted by rare slashes or doubled chevrons, its label before: "警务公开 ∕ 预警提示", "位置导航：栖澜传媒 ›› 乡镇播报 ›› 稿件正文"
RARE_SLASH_PATH = lazy_compile(r"[ \t\u3000]*(?:\p{Han}{2,6}[:：][ \t\u3000]*)?\p{Han}{2,8}(?:[ \t\u3000]*(?:[∕⁄⧸╱]|››|»»|〉〉|>>>)[ \t\u3000]*\p{Han}{2,8}){1,4}[ \t\u3000]*")
# - a byline of brackets: "〔城南所供稿〕〔2024-05-09〕"; of a date and a unit: "2024-05-10　县局执法稽查队（阅 93）"
BYLINE_DATE = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2})?"
BRACKETED_BYLINE_ROW = lazy_compile(
    rf"[ \t\u3000]*(?:[〔【\[［(（][ \t]*(?:{BYLINE_DATE}|\p{{Han}}{{2,12}}(?:供稿|撰稿|提供|报送|来稿)|(?:来源|作者|日期|供稿|撰稿)[:：][^〕】\]］)）\n]{{1,16}})[ \t]*[〕】\]］)）][ \t\u3000]*){{2,4}}"
)
UNIT_END = r"(?:局|所|队|办|科|处|室|中心|站|院|部|委|组|社区|街道|镇|乡|村|公司|支行|分行)"
DATE_UNIT_BYLINE = lazy_compile(rf"[ \t\u3000]*{BYLINE_DATE}[ \t\u3000]+\p{{Han}}{{2,14}}{UNIT_END}[ \t\u3000]*(?:[（(][^）)\n]{{1,12}}[）)])?[ \t\u3000]*")
# - a name, then the posting day and time, then how long it reads, above the text: "蕖汀农商银行　2025-08-21 17:30　阅读时长约3分钟"
#   (a signature under a text gives no time of day)
NAME_DATETIME_BYLINE = lazy_compile(
    r"[ \t\u3000]*\p{Han}{2,16}[ \t\u3000]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t\u3000]+(?:阅读时长|阅读|约|预计)[^。！？!?\n]{0,12})?[ \t\u3000]*"
)


# - a row of counts, each a figure and what it counts, either way round: "1.2万阅读 · 356点赞 · 2024收藏", "阅读 3.1k｜在看 26"
COUNT_ITEM = r"(?:[0-9][0-9.,]*[万wWkK千]?[ \t]*(?:次|人|条)?[ \t]*(?:阅读|浏览|点赞|收藏|评论|转发|分享|在看|播放|赞)|(?:阅读|浏览|点赞|收藏|评论|转发|分享|在看|播放|赞)[ \t:：]*[0-9][0-9.,]*[万wWkK千]?)"
COUNT_ROW = lazy_compile(rf"[ \t\u3000]*{COUNT_ITEM}(?:[ \t\u3000]*[·•|｜/丨][ \t\u3000]*{COUNT_ITEM}|[ \t\u3000]+{COUNT_ITEM})+[ \t\u3000]*")
# - who made the post, role by role after a bar, in roles CREDIT_ROW (before the line model) does not know: "文案丨尤念青　核稿丨邵既明
#   推送丨茆山警方新媒体室" (ROLE_ROW; two roles at least, one of them in the production's words)
ROLE_ROW = lazy_compile(
    r"[ \t\u3000]*(?:(?P<role>文案|核稿|推送|初审|复审|一审|二审|三审|供稿|撰稿|撰文|设计|制作|主编|编审|审校|美工|海报|配音|责任编辑|本期编辑|值班编辑"
    r"|文|图|摄|审|编|校|文字|图片|摄影|审核|编辑|责编|美编|排版|校对|视频|剪辑|监制|出品|统筹|策划|终审)"
    r"[ \t]*[/／｜|丨][ \t]*[^\s/／｜|:：丨。，！？]{2,12}[ \t\u3000]*){2,6}"
)
# - a sample's rating widget: its question, then the buttons ("这篇范文对你有帮助吗？　有用　没用"; RATING_ROW)
RATING_ROW = lazy_compile(
    r"[ \t\u3000]*[^\n。！!]{0,16}?(?:有帮助|有用|有启发|满意)吗[？?][ \t\u3000]*"
    r"(?:(?:有用|没用|有帮助|没帮助|满意|不满意|一般|赞|踩|👍|👎)[ \t]*(?:[（(]\d+[)）])?[ \t\u3000|｜]*){2,4}"
)
# - the buttons that copy or export the sample: "复制本篇　｜　导出doc", "下载本文 / 存为PDF" (EXPORT_BUTTONS)
EXPORT_BUTTON = r"(?:复制本篇|复制全文|一键复制|导出(?:doc|docx|word|Word|WORD|pdf|PDF)|下载(?:本篇|本文|word|Word|PDF|pdf)|存为(?:word|Word|WORD|PDF|pdf)|打印本篇)"
EXPORT_BUTTONS = lazy_compile(rf"[ \t\u3000]*{EXPORT_BUTTON}(?:[ \t\u3000]*[|｜/／·][ \t\u3000]*{EXPORT_BUTTON}|[ \t\u3000]+{EXPORT_BUTTON})+[ \t\u3000]*")
# - the page's own buttons in any words, an action on the page or the piece: "打印全文　关掉页面", "加入收藏夹　打印这一篇"
#   (PAGE_ACTIONS; two different actions at least, nothing else on the line)
PAGE_ACTION = r"(?:打印|关闭|关掉|收藏|加入收藏夹?|分享|复制|导出|保存|存为|纠错|放大|缩小)(?:全文|本页|此页|这一?篇|本篇|本文|文章|窗口|页面|此文)?"
PAGE_ACTIONS = lazy_compile(rf"[ \t\u3000]*(?P<a>{PAGE_ACTION})(?:[ \t\u3000]*[|｜/／·][ \t\u3000]*|[ \t\u3000]+)(?!(?P=a)(?:[ \t\u3000]|$)){PAGE_ACTION}(?:(?:[ \t\u3000]*[|｜/／·][ \t\u3000]*|[ \t\u3000]+){PAGE_ACTION}){{0,4}}[ \t\u3000]*")
# - a greeting to the visitor, then the site's entries: "游客您好　[进入论坛账号]　[申请新账号]", "欢迎您　[市民入口]　读屏模式　繁體" (WELCOME_BAR)
WELCOME_BAR = lazy_compile(
    r"[ \t\u3000]*(?:游客|访客|用户|亲爱的用户|尊敬的用户)?(?:您好|你好|欢迎您|欢迎光临|欢迎访问|欢迎来到\p{Han}{0,8}|Hi|HI|Hello)[！!，,]?"
    r"(?:[ \t\u3000]+(?:[\[［【〔(（][^\]］】〕)）\n]{1,10}[\]］】〕)）]|[^\s\[［【〔(（。！？!?，,]{1,6})){2,8}[ \t\u3000]*"
    r"|[ \t\u3000]*\p{Han}{2,14}欢迎(?:您|你)[！!。]?(?:[ \t\u3000]+(?:[\[［【〔(（][^\]］】〕)）\n]{1,10}[\]］】〕)）]|[^\s\[［【〔(（。！？!?，,]{1,8})){2,8}[ \t\u3000]*"  # "枫林湾小学欢迎您！　设为主页　|　收藏本站"
    r"|[ \t\u3000]*(?:您好|你好|欢迎您)[，,][ \t]*(?!各位|大家|家长|同学|朋友|老师|居民|市民)\p{Han}{2,4}(?:[ \t\u3000]+(?:[\[［【〔(（][^\]］】〕)）\n]{1,10}[\]］】〕)）]|[^\s\[［【〔(（。！？!?，,]{1,6})){1,6}[ \t\u3000]*"  # "欢迎您，郁晨　退出": the user logged in by name
)
WELCOME_ENTRY = lazy_compile(r"入口|登录|登陆|注册|账号|帐号|密码|模式|繁體|繁体|English|会员|退出|个人中心|设为首页|收藏本站|无障碍|长者|手机版")  # one of its entries a site's
# - a search box's leftover words: "查本站：输入你想找的词　GO", "站内搜索　请输入关键词　🔍" (SEARCH_BOX)
SEARCH_BOX = lazy_compile(
    r"[ \t\u3000]*(?:🔍[ \t\u3000]*)?(?:(?P<search>(?:站内|全站|本站)?搜索|查本站|搜本站|站内检索|检索|搜一搜)[：:]?[ \t\u3000]*)?(?:请)?(?:输入|键入)"
    r"[^\n。！？!?，,]{0,10}?(?:关键词|关键字|词|内容|标题)[ \t\u3000]*(?P<button>GO|Go|go|搜索|搜|检索|查询|确定|🔍)?[ \t\u3000]*"
)  # (the box's word or its button: not a warning's "请勿输入银行卡密码等内容")
FURNITURE_LINE_MAX = 60
# A word or a mark every one of furniture_lines' patterns needs (asked first: most short lines hold none)
# - a button led by a downward arrow, whatever its words: "⤓ 拿走这篇范文（免费）", "⇩ 存为Word（本则）" (DOWNLOAD_GLYPH_LINE)
DOWNLOAD_GLYPH_LINE = lazy_compile(r"[ \t\u3000]*[⤓⬇📥⇩🔽]\uFE0F?[ \t\u3000]*[^\n。！？!?]{2,40}")
# - a picture's photographer and its scene after a wide space (PHOTO_CREDIT_SCENE): "摄影：初二（3）班宣传委员　　小组围坐，为“内部票”案例吵得不可开交"
PHOTO_CREDIT_SCENE = lazy_compile(r"[ \t\u3000]*(?:摄影|拍摄|图片|图)[ \t]*[:：][ \t]*[^\s：:]{2,16}(?:[ \t\u3000][^\s：:]{2,8})?(?:[ \t]{2,}|\u3000+)[^\s：:。！？!?][^\n。！？!?：:]{3,40}[ \t\u3000]*")  # (not a plan's "拍摄：5月10日　　地点：…")
# - a mirror's search tabs, its name before them (SEARCH_TABS): "微信文库　搜文章　搜公众号"
SEARCH_TABS = lazy_compile(r"[ \t\u3000]*(?:[^\s。，！？]{2,10}[ \t\u3000]+)?(?:搜(?:文章|公众号|号|视频|图片|作者|全网|本站|新闻|资讯|文档|范文)[ \t\u3000]*){2,}")
MORE_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:条|则|篇|个|封|份|例|招)"  # what is left below: "4条", "两则"
# - a prompt between a post's pieces that more wait below (MORE_BELOW): "往下滑，还有4条", "还有两则，继续往下看",
#   "看完这个，还有👇", "↓ 翻过这页，还有两招 ↓", "下滑查看更多": the call to scroll with nothing after it but a count or an
#   arrow, or what is left pointed at (not "往下看，满眼金黄", "向下滑动解锁屏幕共享", "常见的套路还有这些👇", "除了刷单，还有以下几种↓":
#   a text's own lines)
MORE_BELOW = lazy_compile(
    r"[ \t\u3000]*(?:[^\n。！？!?，,]{0,6}[，,][ \t]*)?(?:继续|接着)?(?:往下|向下)(?:看|滑|翻|划)(?:[，,][ \t]*还有" + MORE_COUNT + r")?[ \t\u3000]*[👇⬇↓⤵️]*[ \t\u3000]*"
    r"|[ \t\u3000]*还有" + MORE_COUNT + r"[，,]?[ \t]*(?:(?:继续|接着)?往下(?:看|滑|翻)|看下面)?[ \t\u3000]*[👇⬇↓⤵️]*[ \t\u3000]*"
    r"|[ \t\u3000]*(?:[^\n。！？!?，,]{0,8}[，,][ \t]*)?还有(?!以下|这些|如下|下面)[^\n。！？!?，,]{0,4}?[ \t]*[👇⬇↓⤵️]+[ \t\u3000]*|[ \t\u3000]*(?:下滑|上滑|往下滑)查看更多[ \t\u3000]*[👇⬇↓⤵️]*[ \t\u3000]*"
)
MORE_BELOW_MAX = 16  # characters: a prompt is short
# - the site greeting its visitor on the page's first line, over its own menu or path (SITE_GREETING): "您好，这里是棠西县中医医院!"
#   (a scam's call quoted in a story opens so too, but never above the site's chrome)
SITE_GREETING = lazy_compile(r"[ \t\u3000]*(?:您好|你好)[，,！!]?[ \t\u3000]*(?:这里是|欢迎(?:来到|访问|光临))[^\n。，,？?“”\"「」]{2,24}[！!。]?[ \t\u3000]*")  # (no name in quotes: a scam's)
# - a row of the site's buttons each in brackets, one of them to take, copy or keep the file (BRACKET_BUTTONS):
#   "【取 Word 稿】　【全文拷走】　【存进我的文件夹】" (not "【案例】　【点评】", a document's own labels)
BRACKET_BUTTONS = lazy_compile(r"[ \t\u3000]*(?:[【\[［][^】\]］\n。，！？]{2,8}[】\]］][ \t\u3000]*){2,5}")
BUTTON_VERB = lazy_compile(r"取|拷|存|下载|复制|收藏|打印|保存|导出|另存|转发|分享")
# - the day the page was published, under a label of the press's, a date alone after it (PUBLISHED_ON): "刊发：2024年05月20日"
#   (not a plan's "刊发：每周五在社区公众号", a summary's "刊发：市级媒体稿件5篇")
PUBLISHED_ON = lazy_compile(r"[ \t\u3000]*(?:刊发|刊发时间|刊发日期|见报日期|见报时间|刊登日期)[ \t]*[:：][ \t]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2})?[ \t\u3000]*")
# - below the text, the unit that keeps the site (SITE_KEPT_BY): "清漪街道党工委宣传办维护" (a unit's word right before 维护:
#   not "网络安全靠大家共同维护", "宣传栏由社区网格员定期更新维护", "道路设施由街道办负责维护", a text's last words)
SITE_KEPT_BY = lazy_compile(r"[ \t\u3000]*(?![^\n]*(?:负责|请|要|将|需|应|由))\p{Han}{2,18}(?:办|中心|部|局|科|处|室|公司|委员会|委|站|队|所)(?:维护|运维)[ \t\u3000]*")
# - a call to scan or press the page's code and follow, add or install the account (QR_ACT, QR_PURPOSE), at the page's top or
#   bottom: "◎ 指纹按住图中码，加“蔚蓝通信鄞阳”号，话费积分一键查", "▼指尖按一下下面的码，“平安橙岭”常来常往▼",
#   "【用手机相机对准此处，本页随身看】", "长按下图，把“白鹇通信澴州”服务号加进常用", "想收到预警？扫码添加“澴州反诈”";
#   or to open or install the site's app for more (APP_CALL): "打开“岚溪新闻”客户端，看更多本地资讯", "下载澴州新闻APP，看更多身边事"
#   (the account's name in quotes is read apart: names hold 反诈; the rest holds no warning's words nor its people)
# (QR_ACT and QR_PURPOSE both: a scan or a press, and what it is for)
QR_ACT = lazy_compile(r"扫码|扫一扫|扫描|扫[^。！？!?\n，,]{1,6}?码|(?:长按|按住|按一下|按一按|对准)[^。！？!?\n]{0,8}?(?:码|此处|这里|图)")  # also "扫下方二维码"
QR_PURPOSE = lazy_compile(r"关注|添加|加进|加入|加\p{Han}{0,2}号|装上|安装|下载|本页|此页|此文|本文|随身看|常来常往|看更多|早知道|浏览|订阅|一键查|置顶|星标")
APP_CALL = lazy_compile(
    r"[^\p{Han}]{0,3}(?:打开|下载|装上|安装)[“「\"]?[^”」\"\n，,。]{2,12}?[”」\"]?(?:客户端|App|APP|app)[，,、 \t\u3000]*(?:看|读|阅读|了解|获取|关注)[^。！？!?\n]{0,14}"
    # …or the app named first, more in it, the button after: "闪阅头条App里还有更多本地消息　去打开"
    r"|[^\p{Han}]{0,3}[“「\"]?[^”」\"\n，,。]{2,12}?[”」\"]?(?:客户端|App|APP|app)(?:里|上|内|中)(?:还有|有)更多[^。！？!?\n]{0,12}?(?:[ \t\u3000]*(?:去打开|打开看看|立即打开|去看看|打开))?"
)
# - the page's buttons to pass it on (SHARE_ACTIONS): "转微信　转朋友圈　存为长图", "分享到微博 | 复制链接" (two at least)
SHARE_ACTION = r"(?:转(?:发)?(?:到|给|至)?(?:微信|朋友圈|微博|QQ|好友|QQ空间)|分享(?:到|至|给)\p{Han}{1,4}|存为长图|生成海报|生成长图|复制链接)"
ITEM_GAP = r"(?:[ \t\u3000]*[|｜/／·][ \t\u3000]*|[ \t\u3000]+)"  # between a row's items: a bar or a dot, or spaces


def _row_of(item: str) -> str:
    """A row of two to six `item`s between ITEM_GAPs, nothing else on the line (SHARE_ACTIONS, LIBRARY_ACTIONS)."""
    return rf"[ \t\u3000]*{item}(?:{ITEM_GAP}{item}){{1,5}}[ \t\u3000]*"


SHARE_ACTIONS = lazy_compile(_row_of(SHARE_ACTION))
# - a library's buttons to take the file, no sign before them (LIBRARY_ACTIONS): "下载原文件　放入书架" (two at least)
LIBRARY_ACTION = r"(?:下载(?:原文件|原文档|文档|本文档|此文档|全文|源文件)|" + LIBRARY_WIDGETS + r")"
LIBRARY_ACTIONS = lazy_compile(_row_of(LIBRARY_ACTION))
# - below the text, the post's review chain one role a line (STACKED_REVIEW): "撰稿审核：龚雨汀" / "复核：郦振东" / "签发：局宣传中队"
#   (two such lines together at least; a notice's own "联系人：…" / "联系电话：…" names no review)
REVIEW_FIELD = lazy_compile(r"[ \t\u3000]*\p{Han}{0,2}(?:审核|复核|签发|初审|二审|三审|终审|审校|审签|编审|核稿|校对|监制|责编|责任编辑|值班编辑|编辑|撰稿)[ \t]*[:：][ \t]*(?P<who>[^\s:：。，,；;！？!?]{2,12})[ \t\u3000]*")
# …one of whom a person by name (a contest's stages, "初审：各班主任" / "复核：学校德育处" / "终审：校评审小组", name none)
REVIEWER_NAMED = lazy_compile(r"(?![各全校])[\p{Han}·]{2,4}(?<!处|科|部|室|组|局|所|队|办|委|会|站|中心|小组|评委|老师|班主任)")
# - an outlet's station or the unit that sent the item, in brackets alone under it (OUTLET_STATION): "【邺南融媒·金垣站】",
#   "【邺南融媒·县公安局】" (not a column's badge "【反诈前线·第3期】": no outlet's word before the dot)
OUTLET_STATION = lazy_compile(r"[ \t\u3000]*[【〔［\[]\p{Han}{2,8}(?:融媒|传媒|日报|晚报|报社|电视台|广播电视台|新闻网)[ \t]*[·・•|｜][ \t]*\p{Han}{2,12}[】〕］\]][ \t\u3000]*")
# - a link to the original post or the whole text, in any words (ORIGINAL_LINK): "轻触查看原文", "▶ 点击阅读原文"
ORIGINAL_LINK = lazy_compile(r"[ \t\u3000]*(?:[▶▷►>»→☞👉]+[ \t]*)?(?:轻触|轻点|点击|点此|点这里|戳这里|戳)?[ \t]*(?:查看|阅读|浏览)(?:原文|原推送|原帖)(?:链接)?[ \t\u3000]*(?:[>》→]+)?[ \t\u3000]*")
FOLLOW_NOT = lazy_compile(r"。[ \t\u3000]*$|送|领|免费|奖|红包|礼|了")  # a sentence, a lure, something done ("…扫码关注了“澄岚反诈”公众号")
QUOTED_NAME = lazy_compile(r"[“「\"][^”」\"\n]{2,12}[”」\"]")
STATE_APP = lazy_compile(r"国家反诈中心|反诈中心(?:APP|App|app)|全民反诈(?:APP|App|app)")
SCAN_PROMPT_MAX = 40  # characters: a prompt is one short line


def _scan_or_app_prompt(line: str) -> bool:
    """A call to scan or press the page's code (QR_ACT and QR_PURPOSE) or to open the site's app (APP_CALL); furniture_lines asks
    it of lines at the page's edges only."""
    bare = QUOTED_NAME.sub("", line).replace("客户端", "端")  # (PEOPLE's 客户 is no app's)
    if WARNING.search(bare) or PEOPLE.search(bare) or FOLLOW_NOT.search(bare) or STATE_APP.search(line) or ENUMERATED.match(line.lstrip(" \t\u3000")):
        return False  # (nor a story's line, "说扫码关注就送洗衣液。"; nor a plan's item, nor the state's app a text urges: "五、扫码安装“国家反诈中心”APP")
    return bool((QR_ACT.search(bare) and QR_PURPOSE.search(bare)) or APP_CALL.fullmatch(line.strip(" \t\u3000")))


FURNITURE_TRIGGER = re.compile("往下|向下|下滑|上滑|还有|码|对准|按|客户端|App|APP|app|推荐|相关|延伸|此处|地址|稿源|版权|电话|值班|备案|联系|邮箱|ICP|分享|投稿|\\.com|\\.cn|\\.net|搜|摄影|拍摄|››|»»|〉〉|>>>|觉得|[|｜丨（(〔【\\[［]|转|载|摘|选|来源|\\d|主管|主办|承办|运维|维护|下载|书架|您好|你好|欢迎|Hi|HI|Hello|输入|键入|有用|帮助|满意|启发|复制|导出|存为|打印|收藏|另存|网盘|展示|显示|预览|试读|试看|呈现|回答|答案|关闭|关掉|纠错|原文|原推送|原帖|长图|海报|采纳|审|签发|复核|核稿|校对|监制|编辑|撰稿|🏷|🔖|标签|关键词|[Tt][Aa][Gg]|[∕⁄⧸╱]|[⤓⬇📥⇩🔽]")


def _review_stack(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], i: int) -> bool:
    """Whether line `i` (REVIEW_FIELD) stands in a stack of review fields (or under or over a byline), one of them naming a person."""
    stack, named = [i], False
    for step in (-1, 1):
        m = _filled_near(feats, i, step)
        while m >= 0 and REVIEW_FIELD.fullmatch(text, *spans[m]):
            stack.append(m)
            m = _filled_near(feats, m, step)
        if m >= 0 and labels[m] == "chrome:byline":
            named = True  # beside the page's byline
    if len(stack) < 2 and not named:
        return False
    return named or any(REVIEWER_NAMED.fullmatch(f.group("who")) for m in stack if (f := REVIEW_FIELD.fullmatch(text, *spans[m])))


def _filled_near(feats: list[LineFeatures], i: int, step: int) -> int:
    """The next line from `i` in direction `step` (-1 up, 1 down) that holds anything; -1 when none."""
    m = i + step
    while 0 <= m < len(feats) and not feats[m].n:
        m += step
    return m if 0 <= m < len(feats) else -1


def _title_line_below(feats: list[LineFeatures], labels: list[str | None], i: int, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line of words that is not prose and not labelled stands below line `i`, above the first prose left below it
    (a headline that asks reads as prose: "栏目名｜“X”是真是假？记住这两点", no full stop in a headline's length, counts)."""
    for j in range(i + 1, len(feats)):
        if labels[j] is None and feats[j].prose:
            return feats[j].n <= BADGE_HEADLINE_MAX and "。" not in text[spans[j][0] : spans[j][1]] and any(
                labels[m] is None and feats[m].prose for m in range(j + 1, len(feats)))
        if labels[j] is None and feats[j].n:
            return True
    return False


def _after_prose(feats: list[LineFeatures], i: int) -> bool:
    """Whether the last line with words above line `i` is prose."""
    return next((f.prose for f in reversed(feats[:i]) if f.n), False)


def furniture_lines(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, lines of the page's furniture in forms the line model was not trained on (SHARE_ASK and rows of
    SHARE_ITEM `chrome:share`; READ_COUNT, COUNT_ROW, QA_COUNT, READ_COUNT_ANY above the text `chrome:counter`; QA_LABEL, DAY_BAR above the text, PAGE_ACTIONS, ORIGINAL_LINK `chrome:nav`; REPOST_NOTE, BRACKETED_BYLINE_ROW, DATE_UNIT_BYLINE, NAME_DATETIME_BYLINE, PUBLISHED_ON,
    STACKED_REVIEW below the text `chrome:byline`; OUTLET_STATION under the text's first sentence `credit`; SITE_RUN_BY, SITE_FOOTER, SITE_KEPT_BY `chrome:copyright`; QR_ACT with QR_PURPOSE, APP_CALL at the page's edges `chrome:share`; BRACKET_BUTTONS, SIGNED_LIBRARY_WIDGETS, LIBRARY_ACTIONS, PREVIEW_NOTE, DOWNLOAD_GLYPH_LINE `chrome:download`; SHARE_ACTIONS `chrome:share`; RELATED_LINK_LINE `chrome:related`; EMBED_PLACEHOLDER `caption`; BARE_MENU_ROW, TAG_ROW, SHEET_PICKER,
    COLUMN_LABEL, SITE_GREETING, MORE_BELOW `chrome:nav`; RARE_SLASH_PATH `chrome:breadcrumb`). Lines only, each one sentence at most: no paragraph of prose among them."""
    # the text's first sentence (a headline with clauses but no stop is not: "暑假来了，这份“防骗清单”请家长收好"); on a page
    # whose text never stops, its first prose line
    top = next((i for i, (f, label) in enumerate(zip(feats, labels)) if f.prose and f.sentence and label is None), None)
    if top is None:
        top = next((i for i, (f, label) in enumerate(zip(feats, labels)) if f.prose and label is None), len(feats))
    bottom = next((i for i in range(len(feats) - 1, -1, -1) if feats[i].sentence and labels[i] is None), -1)  # the text's last sentence
    first = next((i for i, f in enumerate(feats) if f.n), -1)
    last = next((i for i in range(len(feats) - 1, -1, -1) if feats[i].n), -1)
    for i, f in enumerate(feats):
        if labels[i] is not None or not f.n or f.n > FURNITURE_LINE_MAX or f.sentence > 1:
            continue  # (each is one short line of a sentence at most: a paragraph of prose is none of them)
        s, e = spans[i]
        line = text[s:e]
        if FURNITURE_TRIGGER.search(line) is None and not (i == first and BARE_MENU_GAP.search(line)):
            continue  # (a bare menu of the site's words, the page's first line, holds none of the trigger's: "峤阳农商银行　个人业务　…")
        if SHARE_ASK.fullmatch(line):
            labels[i] = "chrome:share"
        elif (len(parts := regex.split(r"[ \t\u3000]*[|｜][ \t\u3000]*", line.strip())) >= SHARE_ITEMS_MIN
              and sum(1 for p in parts if SHARE_ITEM.search(p)) >= SHARE_ITEMS_MIN and all(len(p) <= STACKED_ITEM_MAX + 2 for p in parts)):
            labels[i] = "chrome:share"
        elif READ_COUNT.fullmatch(line.strip()) or COUNT_ROW.fullmatch(line) or QA_COUNT.fullmatch(line) or (i < top and READ_COUNT_ANY.fullmatch(line.strip())):
            labels[i] = "chrome:counter"
        elif (QA_LABEL.fullmatch(line) and QA_PAGE.search(text)) or (i < top and DAY_BAR.fullmatch(line) and ((i == first and DAY_BAR_BARE.fullmatch(line)) or TEMPERATURE.search(line))) or ORIGINAL_LINK.fullmatch(line):
            labels[i] = "chrome:nav"  # QA_FURNITURE, DAY_BAR
        elif RATING_ROW.fullmatch(line):
            labels[i] = "chrome:share"
        elif (REPOST_NOTE.fullmatch(line) or BRACKETED_BYLINE_ROW.fullmatch(line) or ROLE_ROW.fullmatch(line) or PUBLISHED_ON.fullmatch(line)
              or ((DATE_UNIT_BYLINE.fullmatch(line) or NAME_DATETIME_BYLINE.fullmatch(line)) and not _after_prose(feats, i))):
            labels[i] = "chrome:byline"  # (a date and a unit under a text sign it off: "2025年9月26日　德育处")
        elif SITE_RUN_BY.fullmatch(line):
            labels[i] = "chrome:copyright"
        elif (BRACKET_BUTTONS.fullmatch(line) and not f.sentence and BUTTON_VERB.search(line)) or SIGNED_LIBRARY_WIDGETS.fullmatch(line) or PREVIEW_NOTE.fullmatch(line.strip()) or (DOWNLOAD_GLYPH_LINE.fullmatch(line) and not f.sentence) or EXPORT_BUTTONS.fullmatch(line):
            labels[i] = "chrome:download"
        elif i > bottom >= 0 and REVIEW_FIELD.fullmatch(line) and _review_stack(text, spans, feats, labels, i):
            labels[i] = "chrome:byline"  # STACKED_REVIEW
        elif i > top and OUTLET_STATION.fullmatch(line) and ((below := _filled_near(feats, i, 1)) < 0 or not feats[below].prose):  # (under an item, no text of its own below)
            labels[i] = "credit"  # OUTLET_STATION
        elif PAGE_ACTIONS.fullmatch(line) or (i == top and WELCOME_BAR.fullmatch(line) and WELCOME_ENTRY.search(line)):
            labels[i] = "chrome:nav"  # PAGE_ACTIONS; a welcome bar that reads as the first prose ("枫林湾小学欢迎您！　设为主页　|　收藏本站")
        elif SHARE_ACTIONS.fullmatch(line):
            labels[i] = "chrome:share"
        elif LIBRARY_ACTIONS.fullmatch(line):
            labels[i] = "chrome:download"
        elif TAG_ROW.fullmatch(line) or SHEET_PICKER.fullmatch(line) or (i < top and (COLUMN_LABEL.fullmatch(line) or (WELCOME_BAR.fullmatch(line) and WELCOME_ENTRY.search(line)) or ((m := SEARCH_BOX.fullmatch(line)) and (m.group("search") or m.group("button"))))):
            labels[i] = "chrome:nav"
        elif RARE_SLASH_PATH.fullmatch(line):
            labels[i] = "chrome:breadcrumb"
        elif f.sentence == 0 and PHOTO_CREDIT_SCENE.fullmatch(line):
            labels[i] = "caption"
        elif i < top and SEARCH_TABS.fullmatch(line):
            labels[i] = "chrome:nav"
        elif f.sentence == 0 and (i < top or i > bottom) and "《" not in line and RELATED_LINK_LINE.fullmatch(line):
            labels[i] = "chrome:related"
        elif EMBED_PLACEHOLDER.fullmatch(line):
            labels[i] = "caption"
        elif i > bottom >= 0 and (SITE_FOOTER.fullmatch(line) or SITE_KEPT_BY.fullmatch(line)):
            labels[i] = "chrome:copyright"
        elif (i < top or (i >= bottom if bottom >= 0 else i == last)) and i != first and f.n <= SCAN_PROMPT_MAX and _scan_or_app_prompt(line):
            labels[i] = "chrome:share"  # _scan_or_app_prompt (the last sentence too: "想收到预警？扫码添加“澴州反诈”" asks)
        elif f.n <= MORE_BELOW_MAX and not f.sentence and MORE_BELOW.fullmatch(line) and not WARNING.search(line):
            labels[i] = "chrome:nav"  # MORE_BELOW
        elif i == first and SITE_GREETING.fullmatch(line) and (below := _filled_near(feats, i, 1)) >= 0 \
                and labels[below] in ("chrome:nav", "chrome:breadcrumb"):
            labels[i] = "chrome:nav"  # SITE_GREETING, over the site's chrome
        elif i == first and _bare_menu_row(line) and _title_line_below(feats, labels, i, text, spans):
            labels[i] = "chrome:nav"  # BARE_MENU_ROW (over the headline, which stays)


# A site's date alone on its line, in the digits sites date pages with, under a headline and over its text: "2025-09-04"
# under each item of a list page, or under a story's headline (DATE_UNDER_HEADLINE; a letter dates itself in 年月日, under its text)
# …or its month and day in brackets with the weekday, as a list page dates its items: "［07-04 周五］" (the weekday after a
# space: what makes DATE read the day)
DATE_ALONE = lazy_compile(
    r"[ \t\u3000]*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|[［\[【〔(（]\d{1,2}[-/]\d{1,2}[ \t\u3000]+(?:周|星期)[一二三四五六日天][］\]】〕)）])[ \t\u3000]*"
)


def date_under_headline(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:byline` a line of a site's date alone (DATE_ALONE) between a title line (no sentence) and prose."""
    filled = [i for i, f in enumerate(feats) if f.n]
    for k in range(1, len(filled) - 1):
        i = filled[k]
        if labels[i] is not None or not feats[i].dates or not DATE_ALONE.fullmatch(text, *spans[i]):
            continue
        above, below = filled[k - 1], filled[k + 1]
        if labels[above] is None and not feats[above].sentence and not feats[above].prose and feats[below].prose and labels[below] is None:
            labels[i] = "chrome:byline"


# A column's badge alone over the headline: a few Han characters, no mark (BADGE_OVER_HEADLINE: "警情说案", "防诈进校园")
BADGE_LINE = lazy_compile(r"[ \t\u3000]*\p{Han}{2,6}[ \t\u3000]*")
# …or in brackets of any kind, a label then, whatever its word ("【反诈前线】", "[警方提示]", "『金融小课堂』", "（街道动态）")
BRACKETED_BADGE = lazy_compile(r"[ \t\u3000]*(?:【\p{Han}{2,8}】|\[\p{Han}{2,8}\]|［\p{Han}{2,8}］|〖\p{Han}{2,8}〗|「\p{Han}{2,8}」|『\p{Han}{2,8}』|（\p{Han}{2,8}）|〔\p{Han}{2,8}〕)[ \t\u3000]*")
BADGE_HEADLINE_MIN = 8  # the headline under it is longer than a badge
BADGE_UNDER_NOT_HEADLINE = Trigger(r"\d{1,2}[:：]\d{2}|\d{4}年\d{1,2}月|^\p{Han}{2,4}[:：][ \t]*\d|[/／]")  # a document's particulars, a slogan's parts
# "反诈口诀" over its lines: the title of a text of its kind ("反诈拍手谣", "防骗歌"; not "权威辟谣", a badge)
SLOGAN_KIND = lazy_compile(r"口诀|标语|口号|顺口溜|儿歌|三字经|快板|(?<!辟)谣(?!言)|三句半|打油诗|歌$")
BADGE_HEADLINE_MAX = 40


def badge_over_headline(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:nav` the page's first kept line when it is a column's badge (BADGE_LINE) over a headline (a
    title line of BADGE_HEADLINE_MIN to _MAX characters; a headline that asks, under a bracketed badge or over the page's byline)
    over the text (prose, a salutation, a long sentence of official prose: `_text_below`, a dashed subtitle between), removed
    lines aside; past a kicker or a headline's second line (no dates, no speaker's or writer's line: WHO_LINE); and the names
    alone over the badge (BADGE_RUN: the site's and its column's, `_name_alone`), only with it. Not a unit's name over its
    document's title ("xx镇司法所" / "告知书…"), nor a genre's title ("倡议书"), nor a headline's first half, nor a list page's
    title naming items ("校园动态", "乡镇反诈速递": ITEMS_NAMED), nor a series' name over its issue (SERIES_ISSUE)."""
    kept = [i for i, f in enumerate(feats) if f.n and labels[i] is None]
    if len(kept) < 3:
        return
    # BADGE_RUN: names alone over the badge, the page's first kept lines ("楮川融媒" / "平安建设" over the headline, "微文拾录" /
    # "平安萸城" over it): the site's name and its column, each a badge; a bulletin's masthead ("杞溪反诈简报") is its own
    run = 0
    while run + 3 < len(kept) and run < BADGE_RUN_MAX and _name_alone(text[spans[kept[run]][0] : spans[kept[run]][1]]) and _name_alone(text[spans[kept[run + 1]][0] : spans[kept[run + 1]][1]]):
        run += 1
    i, j, k = kept[run : run + 3]
    if len(kept) > run + 3 and text[spans[j][0] : spans[j][1]].rstrip(" \t\u3000").endswith(("——", "…")) and feats[j].n <= BADGE_HEADLINE_MAX:
        j, k = kept[run + 2], kept[run + 3]  # "从“要我防”到“我要防”——" over the headline: a kicker running into it, under the badge
    elif (len(kept) > run + 3 and not feats[j].sentence and not feats[j].prose and BADGE_HEADLINE_MIN <= feats[j].n <= BADGE_HEADLINE_MAX
          and not feats[k].sentence and not feats[k].prose and BADGE_HEADLINE_MIN <= feats[k].n <= BADGE_HEADLINE_MAX
          and not feats[j].dates and not feats[k].dates and not BADGE_UNDER_NOT_HEADLINE.found(text[spans[j][0] : spans[k][1]])
          and not WHO_LINE.search(text, *spans[k])
          and _text_below(text, spans, feats, labels, kept[run + 3])):
        j, k = kept[run + 2], kept[run + 3]  # a kicker over the headline, or a headline on two lines ("柜面多问一句　老人少损一笔")
    badge, headline = text[spans[i][0] : spans[i][1]], text[spans[j][0] : spans[j][1]].strip()
    bracketed = BRACKETED_BADGE.fullmatch(badge) is not None
    asks = feats[j].sentence and "。" not in headline  # "反诈课堂｜“刷脸认证”也能被骗？这些新套路要当心": a headline that asks
    bylined = any(labels[m] == "chrome:byline" for m in range(j + 1, k))  # …the page's byline under it ("网上买东西被“客服”说要退款…，这是真的吗？")
    if (not (BADGE_LINE.fullmatch(badge) or bracketed) or not _text_below(text, spans, feats, labels, k)
            or ((feats[j].prose or feats[j].sentence) and not ((bracketed or bylined) and asks))
            or not BADGE_HEADLINE_MIN <= feats[j].n <= BADGE_HEADLINE_MAX or headline[-1] in "，,：:" or headline.startswith(("—", "－"))):
        return
    dated = [m for m in kept[1:] if (b := next((n for n in range(m + 1, len(spans)) if feats[n].n), None)) is not None and labels[b] == "chrome:byline"]
    if len(dated) >= 2:
        return  # "平安枫泉" over headlines each over its byline ("2025-09-04"): a list page's title, over its items
    mark = splitter.heading_mark(headline)
    if mark and any(splitter.heading_mark(text[spans[m][0] : spans[m][1]]) == mark for m in kept[3:]):
        return  # "反诈一线观察" over "▶ X", another "▶ Y" below: the first of a run of pieces under the page's title
    word = badge.strip(" \t\u3000【】[]［］〖〗「」『』（）〔〕")
    if (splitter.UNIT_LINE.fullmatch(word) or (splitter.GENRE_IN.search(word) and not bracketed) or splitter.ONE_DOCUMENT_END.search(word) or splitter.HALF_WORDS.search(word)
            or (splitter.ITEMS_NAMED.search(word) and not bracketed) or SLOGAN_KIND.search(word) or BADGE_UNDER_NOT_HEADLINE.found(headline)
            or SERIES_ISSUE.match(headline)):
        return  # (not "会议纪要" over "时间：2024年4月8日上午9:00", a document's particulars; not a series' name over its issue, "反诈进行时" over "【第3期】…")
    for m in kept[:run]:
        labels[m] = "chrome:nav"  # (the names over it only with the badge: "筑牢防线" over a unit's name over its notice's title stays)
    labels[i] = "chrome:nav"


# A speaker's or writer's line under a title (not a headline's second line): "城关镇党委书记　李建国", "城南小学五年级二班", "…　王明"
WHO_LINE = lazy_compile(r"[ \t\u3000][\p{Han}·]{2,4}[ \t\u3000]*$|班[ \t\u3000]*$|年级|书记|局长|主任|校长|所长|队长|镇长|县长|部长|科长|处长|院长|行长|老师|同学|记者|通讯员")
BADGE_RUN_MAX = 1  # the site's name over its column's: two names in all (three short lines or more are no badge's run: "时评" / "镇村" / "乡音")
SERIES_ISSUE = lazy_compile(r"^[ \t\u3000]*[【\[［（(〔]?第[ \t]*[0-9一二三四五六七八九十百]{1,4}[ \t]*期")  # the issue opening the headline, its series above (not "反诈预警　2025年第23期", which names its own)
NAME_ALONE = lazy_compile(r"[ \t\u3000]*\p{Han}{4,8}[ \t\u3000]*")  # (four characters at least: a pupil's name, "李明轩", under an essay's title is none)
MASTHEAD_END = lazy_compile(r"(?:简报|快报|周报|月报|旬报|文件|专刊|周刊|月刊|通讯|情况|专报)$")


def _name_alone(line: str) -> bool:
    """A name alone on its line above a badge: a few Han characters, no function character, no bulletin's masthead, no
    word of a title's (a genre, a piece's kind, items named: "征文选登" over "一等奖" over an essay's title is the page's own)."""
    word = line.strip(" \t\u3000")
    return (NAME_ALONE.fullmatch(line) is not None and not splitter.HALF_WORDS.search(word) and not MASTHEAD_END.search(word)
            and not splitter.GENRE_IN.search(word) and not splitter.ITEMS_NAMED.search(word) and not SLOGAN_KIND.search(word) and not splitter.ONE_DOCUMENT_END.search(word))


def _text_below(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None], k: int) -> bool:
    """Whether line `k` opens the text under a headline: prose, or a letter's salutation ("亲爱的家长朋友们："), or a dashed
    subtitle over them ("——“断卡”行动查处开卡贩卡人员47名")."""
    if text[spans[k][0] : spans[k][1]].lstrip(" \t\u3000").startswith(("——", "──", "--")) and not feats[k].prose:
        k = next((m for m in range(k + 1, len(spans)) if feats[m].n and labels[m] is None), k)
    return feats[k].prose or (feats[k].sentence >= 1 and feats[k].han >= OPENING_HAN) or SALUTATION_LINE.fullmatch(text, *spans[k]) is not None


OPENING_HAN = 30  # a sentence this long opens the text, however few function words its official prose holds ("今年一季度，…推进，…")


# An account's profile card, wherever it stands: its name alone, "微信号：pacd_110", "功能介绍：发布…警务资讯。" (ACCOUNT_CARD)
ACCOUNT_ID_LINE = lazy_compile(r"[ \t\u3000]*(?:微信号|公众号ID|公众号|微信ID|WeChat ID|ID)[ \t]*[:：][ \t]*[A-Za-z][A-Za-z0-9_\-]{3,30}[ \t\u3000]*")
ACCOUNT_ABOUT_LINE = lazy_compile(r"[ \t\u3000]*(?:功能介绍|账号简介|账号介绍|简介)[ \t]*[:：][^\n]{2,80}")
ACCOUNT_NAME_MAX = 12


def account_card(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:share` an account's profile card: its ID line (ACCOUNT_ID_LINE), the line about it under
    that (ACCOUNT_ABOUT_LINE) and its name alone above (a short line of no sentence). A text's own "关注微信号：xx" asks
    in a sentence; a line naming an account's ID alone is the card's."""
    for i, (s, e) in enumerate(spans):
        if labels[i] is not None or text.find("：", s, e) < 0 and text.find(":", s, e) < 0 or not ACCOUNT_ID_LINE.fullmatch(text, s, e):
            continue
        labels[i] = "chrome:share"
        below = _filled_near(feats, i, 1)
        if below >= 0 and labels[below] is None and ACCOUNT_ABOUT_LINE.fullmatch(text, *spans[below]) and feats[below].sentence <= 1:
            labels[below] = "chrome:share"
        above = _filled_near(feats, i, -1)
        if above >= 0 and labels[above] is None and feats[above].n <= ACCOUNT_NAME_MAX and not feats[above].sentence and not feats[above].clauses:
            labels[above] = "chrome:share"


# …or on top of the page: the account's name, its pitch, and a prompt to follow it ("平安苈汀" / "苈汀公安官方发布，守护您身边的平安"
# / "▼ 点击名片，关注我们"; ACCOUNT_MASTHEAD)
FOLLOW_PROMPT = lazy_compile(r"[^\n。！？!?]{0,16}?(?:关注|星标|加进通讯录|收藏本号|订阅|设为常读|置顶本号)[^\n。！？!?]{0,12}")
FOLLOW_PROMPT_MAX = 30
ACCOUNT_PITCH_MAX = 30
PITCH_PARTS = lazy_compile(r"[，,、]")


def account_masthead(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:share` an account's masthead above the text: a prompt to follow it (FOLLOW_PROMPT) under its
    name (a short line, no mark) and its pitch (phrases parted by commas, no sentence, no quote). A headline and its deck
    over a prompt are no name and pitch: the deck opens on a dash, a headline quotes or asks."""
    top = next((i for i, (f, label) in enumerate(zip(feats, labels)) if f.prose and label is None and (f.sentence or f.n > ACCOUNT_PITCH_MAX)), len(feats))
    kept = [i for i in range(top) if feats[i].n]
    for n, i in enumerate(kept):
        if labels[i] not in (None, "caption", "chrome:share") or feats[i].n > FOLLOW_PROMPT_MAX or not FOLLOW_PROMPT.fullmatch(text, *spans[i]) or n < 2:
            continue
        name, pitch = kept[n - 2], kept[n - 1]
        a, b = text[spans[name][0] : spans[name][1]].strip(" \t\u3000"), text[spans[pitch][0] : spans[pitch][1]].strip(" \t\u3000")
        if (labels[name] is None and labels[pitch] is None and feats[name].n <= ACCOUNT_NAME_MAX and not feats[name].sentence and not feats[name].clauses
                and BADGE_LINE.fullmatch(a) and feats[pitch].n <= ACCOUNT_PITCH_MAX and not feats[pitch].sentence and PITCH_PARTS.search(b)
                and not QUOTE_OPEN.search(b) and not b.startswith(("—", "－"))):
            labels[name] = labels[pitch] = labels[i] = "chrome:share"


def account_named_below(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:nav` a name alone above the text that the byline under it names as a field (ACCOUNT_NAMED_BELOW):
    "苧溪公安" over the headline over "原创　苧溪公安　2025-10-21 18:00": the account's name its mirror shows first. A
    name the byline does not hold (a kicker, a column) stays."""
    top = next((i for i, (f, label) in enumerate(zip(feats, labels)) if f.prose and label is None and f.n > HEADLINE_MAX_CHARS), len(feats))
    filled = [i for i, f in enumerate(feats) if f.n]
    for n, i in enumerate(filled):
        if i >= top:
            break
        if labels[i] is not None or feats[i].n > ACCOUNT_NAME_MAX or feats[i].sentence or feats[i].clauses or feats[i].separators:
            continue
        name = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        for j in filled[n + 1 : n + 1 + NAMED_BELOW_LOOK]:
            if labels[j] == "chrome:byline" and name in FIELD_SPLIT.split(text[spans[j][0] : spans[j][1]].strip(" \t\u3000")):
                labels[i] = "chrome:nav"
                break


NAMED_BELOW_LOOK = 3  # lines under the name where its byline may stand (the headline, a deck between)
FIELD_SPLIT = lazy_compile(r"[ \t\u3000]+|[｜|·•]")


# LABELLED_LIST: lines opening on the same label one after another inside the text, prose above and below them, are the
# document's own list ("…评审组对作品所用案例的出处逐一进行了核实：" / "来源：泷潭派出所…通报（…类）" / "来源：镇综治办入户走访
# 记录（…类）" / "作品中涉及的当事人…"): a page names its source, its author once (after the line model, which reads the
# rules' labels as it was trained)
LIST_LABEL = lazy_compile(r"[ \t\u3000]*(?P<label>\p{Han}{2,6})[ \t]*[：:]")
LABELLED_LIST_MIN = 2


def labelled_list(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Give back to the document, in place, its own lists of lines under one label (LABELLED_LIST) that the rules read
    as the page's byline."""
    prose = [i for i, f in enumerate(feats) if f.prose and labels[i] is None]
    if len(prose) < 2:
        return
    nonempty = [i for i, f in enumerate(feats) if f.n]
    k = 0
    while k < len(nonempty):
        i = nonempty[k]
        m = LIST_LABEL.match(text, *spans[i]) if labels[i] == "chrome:byline" and prose[0] < i < prose[-1] else None
        run = [i]
        while m and k + len(run) < len(nonempty):
            j = nonempty[k + len(run)]
            n = LIST_LABEL.match(text, *spans[j]) if labels[j] == "chrome:byline" else None
            if n is None or n.group("label") != m.group("label"):
                break
            run.append(j)
        below = nonempty[k + len(run)] if k + len(run) < len(nonempty) else None
        if (m and len(run) >= LABELLED_LIST_MIN and k and labels[nonempty[k - 1]] is None and feats[nonempty[k - 1]].prose
                and below is not None and labels[below] is None and feats[below].prose):
            for j in run:
                labels[j] = None
        k += len(run)


# FILE_CARD: a library's card of a file, its size and its format or its price, between bars or spaces:
# "DOC｜24.1KB｜共3页｜下载积分：8", "PDF　1.2MB　12页" (after the line model, which reads cards by the rules' labels as it
# was trained: its vocabulary knew "docx", not "DOC")
FILE_SIZE = lazy_compile(r"(?<![0-9A-Za-z.])\d{1,4}(?:\.\d{1,2})?[ \t]*(?:KB|MB|kb|mb|Kb|Mb)(?![A-Za-z])")
# …and its format or its price (not pages alone: "防骗手册　24页　5.6MB" is a summary's list of its materials)
FILE_CARD_FIELD = lazy_compile(r"(?<![A-Za-z])(?:DOCX?|docx?|PDF|pdf|WPS|wps|PPTX?|pptx?|TXT|txt|XLSX?|xlsx?)(?![A-Za-z])|下载积分|下载券|金币|学贝|售价|免费下载")
FILE_CARD_MAX = 60
FILE_CARD_HAN = 8  # a card's words are its labels: "共3页", "下载积分" (not "全年推送反诈短视频36条　累计约800MB…", a report's figures)


def file_cards(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, a library's file cards (FILE_CARD) `chrome:download`: no sentence, few Han characters, a file
    size and another field of the card."""
    for i, (s, e) in enumerate(spans):
        f = feats[i]
        if labels[i] is None and f.n and f.n <= FILE_CARD_MAX and f.han <= FILE_CARD_HAN and not f.sentence and f.clauses <= 1:
            line = text[s:e]
            if (size := FILE_SIZE.search(line)) is not None and FILE_CARD_FIELD.search(line[: size.start()] + " " + line[size.end() :]):
                labels[i] = "chrome:download"


# A file's name numbered in a bundle: "1. 致家长的一封信（防范电信诈骗）.docx"
NUMBERED_FILE = lazy_compile(r"[ \t\u3000]*(?P<n>[0-9]{1,2})[ \t]*[.．、][ \t]*[^\s.．][^\n]{1,60}\.(?:docx?|pdf|wps|txt)[ \t\u3000]*")


def bundled_files(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Give back, in place, the names of a bundle's files numbered 1, 2, 3… each over the file's own text (BUNDLED_FILES):
    "1. 致家长的一封信（防范电信诈骗）.docx" over "尊敬的家长：": the documents' headings, not links to download (a
    file's name over nothing of its own, or alone, stays the library's)."""
    filled = [i for i, f in enumerate(feats) if f.n]
    named = []
    for n, i in enumerate(filled[:-1]):
        if labels[i] == "chrome:download" and feats[i].latin_words and (m := NUMBERED_FILE.fullmatch(text, *spans[i])):
            below = filled[n + 1]
            if labels[below] is None and not NUMBERED_FILE.fullmatch(text, *spans[below]):
                named.append((int(m.group("n")), i))
    if len(named) >= BUNDLED_FILES_MIN and [k for k, _ in named] == list(range(1, len(named) + 1)):
        for _, i in named:
            labels[i] = None


BUNDLED_FILES_MIN = 2


# A quote of a market's price: a symbol in capitals, a price, its change signed in percent ("BTC 67,234.5 +2.31%")
PRICE_QUOTE = lazy_re(r"(?<![A-Za-z])([A-Z]{2,6})(?:/[A-Z]{2,6})?[ \t:：]*[$¥￥]?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*[（(]?[+\-−＋－][0-9]+(?:\.[0-9]+)?[ \t]*[%％]")
PRICE_QUOTES_MIN = 2
COINS = frozenset({"BTC", "ETH", "USDT", "USDC", "BNB", "SOL", "XRP", "DOGE", "ADA", "TRX", "TON", "DOT", "LTC", "SHIB", "AVAX", "LINK", "OKB", "HT", "FIL", "ETC", "PEPE", "ARB", "OP", "SUI", "APT"})


def price_ticker(text: str, spans: list[tuple[int, int]], labels: list[str | None]) -> None:
    """Label, in place, a line quoting two prices or more with their changes (PRICE_QUOTE: "📈 BTC 67,234.5 +2.31%　ETH
    3,456.7 -0.82%"), a market's ticker: `spam:crypto` when a coin is quoted, else `chrome:nav`. A report's table quotes
    its own rows by Han labels ("接报涉诈警情（起）｜612｜-20.4%"), no symbols."""
    for i, (s, e) in enumerate(spans):
        if labels[i] is not None or text.find("%", s, e) < 0 and text.find("％", s, e) < 0:
            continue
        symbols = [m.group(1) for m in PRICE_QUOTE.finditer(text, s, e)]
        if len(symbols) >= PRICE_QUOTES_MIN:
            labels[i] = "spam:crypto" if COINS.intersection(symbols) else "chrome:nav"


def piece_closers(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, a line alone that closes a piece: a mark where it ends (PIECE_END_MARK: "— 完 —", "-END-",
    "（本期完）") and a link to read it on (READ_ON_LINK: "查看详情>>", "[详细]"), `chrome:nav`; its buttons, each
    after a sign (SIGNED_WIDGETS: "♡ 赞　☆ 收藏　⇪ 分享"), `chrome:share`; its source in brackets (SOURCE_BRACKETED:
    "（资料来源：xx派出所）", "【xx县融媒中心】") and reporters by role, each name after a space (REPORTERS_SPACED: "■本报记者　韦一舟　通讯员
    蒯小帆"), `credit`. After the line model: labelled before it, a retrain learned
    the lines around such marks (held2's line recall fell)."""
    for i, f in enumerate(feats):
        if labels[i] is not None or not f.n or f.n > WIDGET_LINE_MAX:
            continue
        s, e = spans[i]
        if PIECE_END_MARK.fullmatch(text, s, e) or READ_ON_LINK.fullmatch(text, s, e):
            labels[i] = "chrome:nav"
        elif SIGNED_WIDGETS.fullmatch(text, s, e):
            labels[i] = "chrome:share"
        elif SOURCE_BRACKETED.fullmatch(text, s, e):
            labels[i] = "credit"
        elif any(text.find(w, s, e) >= 0 for w in ("记者", "通讯员", "实习生")) and _reporters_spaced(text[s:e]):
            labels[i] = "credit"


def stacked_menu(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:nav` the lines of a menu stacked one item a line above the page's first prose."""
    nonempty = [i for i, f in enumerate(feats) if f.n]
    first = next((k for k, i in enumerate(nonempty) if feats[i].prose and labels[i] is None), len(nonempty))

    def item(i: int) -> bool:
        line = text[spans[i][0] : spans[i][1]].strip(" \t\u3000")
        return labels[i] in (None, "chrome:nav") and STACKED_ITEM.fullmatch(line) is not None and not ENUMERATED.match(line)

    k = 0
    while k < first:
        run = []
        while k < first and item(nonempty[k]):
            run.append(nonempty[k])
            k += 1
        if run and k < len(nonempty) and k == first:
            run.pop()  # the last short line right above the text may be its title
        words = [text[spans[i][0] : spans[i][1]].strip(" \t\u3000") for i in run]
        if len(run) >= STACKED_MENU_MIN and len(set(words)) == len(words):
            for i in run:
                labels[i] = labels[i] or "chrome:nav"
        k += 1


PATH_TOP_LINES = 6  # a site's path stands among the page's first lines


def above_the_path(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, `chrome:nav` what a page prints above its path when the headline stands under the path: the
    site's header (its name and motto, "蒲川公安　守望相助　警民一家", "明理　乐群　致远——…小学欢迎您"; its search box,
    "站内检索：键入警情或办事事项 [查找]"; its shop's banner). A line above the path that says what the headline says
    is the page's title shown again (its own rule's); a page whose text starts under its path keeps what is above."""
    nonempty = [i for i, f in enumerate(feats) if f.n]

    def is_path(i: int) -> bool:  # (a path the nav words took: "当前位置：局务信息 ＞ 发文通知")
        return labels[i] == "chrome:breadcrumb" or (labels[i] == "chrome:nav" and _breadcrumb(text[spans[i][0] : spans[i][1]].strip(" \t\u3000")))

    path = next((k for k, i in enumerate(nonempty[:PATH_TOP_LINES]) if is_path(i)), None)
    if not path or any(labels[i] is not None and not labels[i].startswith(("chrome:nav", "spam:")) for i in nonempty[:path]):
        return  # (a headline and its byline above a row of in-page links is the document's top, no site's header)
    headline = next((i for i in nonempty[path + 1 :] if labels[i] is None), None)
    if headline is None or feats[headline].sentence or feats[headline].n > SITE_HEADER_MAX:
        return
    key = title_key(text[spans[headline][0] : spans[headline][1]])
    for i in nonempty[:path]:
        line = text[spans[i][0] : spans[i][1]]
        if labels[i] is None and not feats[i].sentence and feats[i].n <= SITE_HEADER_MAX and not (key and key in title_key(line)):
            labels[i] = "chrome:nav"


def page_tail(text: str, spans: list[tuple[int, int]], feats: list[LineFeatures], labels: list[str | None]) -> None:
    """Label, in place, two kinds of the page's tail: where a library's preview stops and how to get the rest, `chrome:download`
    ("可看部分到这里结束，存到本机能读全文", "全文已显示完毕　登录即可存原件"), and the site's last line, its name and who keeps it or
    what it asks of who reprints, `chrome:copyright` (SITE_SIGNOFF: "苕坪县公安局　版面由科信大队维护"). Read after the line
    model, which reads the tail by the rules' labels as it was trained (labelled before it, these lines moved what it learned of
    pages' tails: held2 and held9 lost a line each)."""
    kept = [i for i, f in enumerate(feats) if f.n and labels[i] is None]
    prose = [i for i in kept if feats[i].prose]
    for i in kept:
        line = text[spans[i][0] : spans[i][1]]
        f = feats[i]
        if f.n <= PREVIEW_END_MAX and PREVIEW_END.search(line) and not PEOPLE.search(line):
            labels[i] = "chrome:download"
        elif (i > prose[-1] if prose else i == kept[-1]) and not f.sentence and f.n <= CHROME_LINE_MAX and SITE_SIGNOFF.search(line.strip()):
            # (a page of no prose, a list of slogans: its last line)
            labels[i] = "chrome:copyright"


def rule_lines(text: str) -> tuple[list[tuple[int, int]], list[LineFeatures], list[str | None], dict[int, Replacement], set[int]]:
    """What the rules decide for each line of `text`: its span, features and label (None: the
    document's), the site intros by where they start, and the lines an intro takes whole."""
    spans = list(lines(text))
    # One string a line, the key of both caches (`features` and `classify_line` would each cut
    # and strip their own): a line new to both is held once by them, not twice.
    bare = [text[s:e].strip(" \t\u3000") for s, e in spans]
    feats = [_features(line) for line in bare]
    labels = revise(text, spans, feats, [_classify_stripped(line) for line in bare])
    collection_contents(text, spans, labels)
    linked_contents(text, spans, labels)
    paging_pair(text, spans, labels)
    stacked_menu(text, spans, feats, labels)
    above_the_path(text, spans, feats, labels)
    intros = {r.start: r for r in site_intro(text, spans, labels)}
    intro_lines = {i for i, (s, e) in enumerate(spans) if s in intros and intros[s].end >= e}
    return spans, feats, labels, intros, intro_lines


def anatomy(text: str, options: CleanOptions) -> Iterator[Replacement]:
    """Lines and runs that are not the document's: spam, site chrome, credits, captions, markup,
    doubled punctuation (see the module's docstring). Each edit names its category.

    >>> apply_rule(anatomy, "人民网>>广西频道>>要闻\\n民警走进集市宣传反诈知识\\n本报讯（记者 王明）8月30日，民警走进集市开展宣传。\\n扫一扫在手机打开当前页")
    '民警走进集市宣传反诈知识\\n8月30日，民警走进集市开展宣传。'
    """
    spans, feats, labels, intros, intro_lines = rule_lines(text)
    if options.line_model:
        line_model.revise_by_model(text, spans, feats, labels, intro_lines, _documents_line)
        line_model.revise_captions(text, spans, feats, labels, intro_lines, _opens_an_article)
    byline_zone(text, spans, feats, labels)  # after the model, which reads the rules' labels as they were trained
    labelled_list(text, spans, feats, labels)
    page_tail(text, spans, feats, labels)
    piece_closers(text, spans, feats, labels)
    furniture_lines(text, spans, feats, labels)
    price_ticker(text, spans, labels)
    account_card(text, spans, feats, labels)
    account_masthead(text, spans, feats, labels)
    date_under_headline(text, spans, feats, labels)
    badge_over_headline(text, spans, feats, labels)
    account_named_below(text, spans, feats, labels)
    bundled_files(text, spans, feats, labels)
    file_cards(text, spans, feats, labels)
    ad_frame(text, spans, feats, labels)  # (after the model too: labelled before it, a retrain learned pages' tails otherwise)
    title_variants(text, spans, feats, labels, intro_lines)
    page_captions(text, spans, feats, labels)
    library_description(text, spans, feats, labels)
    site_named_intro(text, spans, feats, labels)
    host = spam_host(text, spans, feats, labels)
    glued = {r.start: r for r in (glued_title(text, spans, feats, labels, intro_lines), headline_count(text, spans, feats, labels, intro_lines),
                                                    headline_site_suffix(text, spans, feats, labels, intro_lines)) if r}
    # The last lines of a page, when they go, take the line break before them with them.
    tail = len(spans)
    while tail > 0 and labels[tail - 1] is not None:
        tail -= 1
    at_end = 0 < tail < len(spans)
    reached = 0  # where the edits yielded so far end: a last line takes the break before it only if no edit took it
    first = next((k for k, f in enumerate(feats) if f.n), -1)
    body_top = next((k for k, (f, label) in enumerate(zip(feats, labels)) if f.prose and label is None), len(spans))
    for k, ((s, e), f, label) in enumerate(zip(spans, feats, labels)):
        if label == "chrome:byline" and k < body_top and (cut := _headline_before_byline(text[s:e])) and (cut[1] is not None or not _headline_next(text, spans, feats, labels, k)):
            # "xx镇“反诈夜市”开进美食街　2024-08-16 20:41　来源：榕屿融媒…": the headline stays, and a first paragraph glued
            # after the byline goes to a line of its own; a column's name over the headline's own line goes with the byline
            if cut[2]:
                yield Replacement(s, s + cut[2], "", "chrome:breadcrumb")
            yield Replacement(s + cut[0], e if cut[1] is None else s + cut[1], "" if cut[1] is None else "\n", label)
            reached = e if cut[1] is None else s + cut[1]
            continue
        if label is not None and k == first and f.n > HEADER_LINE_MIN and (kept := _headline_in_header(text[s:e])):
            # "苔衣范文网　首页　…　位置：主持词 ⟩ 活动主持词　反诈主题活动主持词精选　作者：檀栾　发布：…": a page's
            # header flattened onto one line keeps the headline it holds
            a, b = kept
            if a:
                yield Replacement(s, s + a, "", label)
            if s + b < e:  # (a headline ending the line keeps its line break)
                yield Replacement(s + b, line_end(text, e), "\n" if line_end(text, e) > e else "", label)
            reached = line_end(text, e)
            continue
        if label is not None and label.startswith("chrome:") and (buttons := _buttons_after_content(text[s:e])):
            yield Replacement(s + buttons, e, "", label)  # "X（三篇可选）　⤓ 存为Word", "二〇二四年十二月十八日　⎘ 复制全文　⤓ Word版": the buttons go
            reached = e
            continue
        if label is not None and label.startswith("chrome:") and (cut := _title_after_furniture(text, s, e, spans, feats, labels, k)):
            yield Replacement(s, cut, "", label)  # "［⤓ 只下这一篇］　DOCX · 4页　xx县中医院…工作总结": the next piece's title stays
            reached = cut
            continue
        if label is not None:
            r = Replacement(s - 1, e, "", label) if at_end and k >= tail and s - 1 >= reached else Replacement(s, line_end(text, e), "", label)
            reached = r.end
            yield r
        elif s in intros and intros[s].end >= e:
            r = intros.pop(s)
            if s - 1 >= reached and s and not text[r.end :].strip() and not r.new:
                r = Replacement(s - 1, r.end, "", r.rule)  # the page's last lines, the site's note: with the break before them
            reached = r.end
            yield r
        elif f.n:
            line_intros = [r for r in intros.values() if s <= r.start < e]
            head = FLAT_PAGE_HEAD.match(text, s, e) if k == first and e - s >= FLAT_PAGE_MIN and not line_intros and s not in glued else None
            if head and TOPIC_WORD.search(head.group("title")):
                # a page flattened onto its first line: the site's path goes, the headline stays on a line of its own, its byline goes
                yield Replacement(s, head.start("title"), "", "chrome:breadcrumb")
                yield Replacement(head.end("title"), head.end("byline"), "\n", "chrome:byline")
                yield from (r for r in _inline(text, s, e, f, host) if r.start >= head.end("byline"))
            elif line_intros:
                yield from line_intros
            elif s in glued or any(s < r.start < e for r in glued.values()):
                own = sorted((r for r in glued.values() if s <= r.start < e), key=lambda r: r.start)
                yield from own
                yield from (r for r in _inline(text, s, e, f, host) if all(r.end <= g.start or r.start >= g.end for g in own))
            else:
                yield from _inline(text, s, e, f, host)
