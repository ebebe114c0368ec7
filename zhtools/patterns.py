"""Every regex and term table the cleaner uses, each named, with one comment saying why.

Patterns run on page text of any size, so they are written to match in linear time: bounded
repetitions, no nested quantifiers over overlapping classes. Rules live in `zhtools/clean/`; this
module is data.
"""

from __future__ import annotations

import re

import regex

from zhtools.lazyre import lazy_compile, lazy_re

HAN = r"\p{Han}"
# Chinese punctuation (full-width forms and CJK symbols) — a neighbour that makes text "Chinese".
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～"
CJK = rf"[{HAN}{CJK_PUNCT}]"


def alt(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal words, longest first; refuses an empty list (it would match anything)."""
    if not words:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


# --- conversion leftovers -------------------------------------------------------------------
# OpenCC t2s keeps 著 everywhere: right where it means "write, prominent" (著名, 显著, 著作),
# wrong where it is the aspect particle or 着 of a verb (随著, 帮著, 意味著, 著手, 著急), which
# simplified script writes 着. 著 stays when it is part of a word of the first kind: after one
# of ZHU_BEFORE (显著, 卓著, 名著…) or before one of ZHU_AFTER (著名, 著作, 著称…). Otherwise it
# is 着 after a Han character (a verb or preposition: 随著, 沿著, 有著) or at the start of a
# ZHE_WORD_START word (著手, 著急, 著力…). Characters left out on purpose, because the particle
# before them is commoner in the genre than the 著-word: 合 (配合著 vs 合著), 大 (壮大著), 新
# (更新著), 论 (讨论著), 文/书/有 (随著文化, 看著书, 随著有关部门).
# Each table holds both scripts: the rule runs before t2s, on the page as it came.
ZHU_BEFORE = "显顯卓昭编編专專名原土巨遗遺译譯撰所拙彰"
ZHU_AFTER = "名作称稱述者录錄"
ZHE_WORD_START = "手急想力重眼装裝陆陸迷落实實色火凉涼魔墨意"
ZHE_PARTICLE = lazy_compile(
    rf"(?<![{ZHU_BEFORE}])著(?![{ZHU_AFTER}《])(?:(?<=\p{{Han}}著)|(?=[{ZHE_WORD_START}]))"
)

# --- spam -------------------------------------------------------------------------------------
# Porn/SEO keywords injected at the top of 范文 pages ("精品欧洲AV无码一区二区_人妻…"). They
# never occur in campaign prose, so two of them close together mark spam, not text.
SPAM_STRONG = (
    "无码", "有码", "人妻", "中文字幕", "一区二区", "二区三区", "三区四区", "欧美精品", "日韩精品", "亚洲精品",
    "欧美日韩", "日韩欧美", "亚洲欧美", "高潮", "AV", "av", "毛片", "黄片", "乱伦", "丝袜", "熟女", "少妇", "偷拍", "做受", "又大又粗",
    "又粗又硬", "又硬又粗", "巨乳", "无遮挡", "国产精品", "在线观看", "免费观看", "午夜", "伊人",
    "麻豆", "三级片", "成人片", "波多野", "久久精品", "精品久久", "久久久久", "亚洲精品", "欧美精品",
    "一本道", "天天操", "高清无码", "成人网", "色综合", "色播", "爽爽",
    "精品视频", "精品一区", "无码专区", "女优", "好爽", "疯狂做",
)
# The stdlib `re` scans a list of literal words four times faster than `regex`, same matches.
SPAM_MARKER = re.compile(alt(SPAM_STRONG))
# A spam line is a keyword list: few sentence marks, and several strong markers.
SPAM_LINE_MIN_MARKERS = 3
# Markers within this many characters of each other form one injected spam phrase.
SPAM_PHRASE_GAP = 4
SENTENCE_PUNCT = lazy_compile(r"[，。；！？,;!?]")
SENTENCE_STOP = lazy_compile(r"[。！？!?]")
# Between two spam keywords, any of these means they are not one injected phrase.
PHRASE_BREAK = lazy_compile(r"[，。；！？,;!?、：:“”‘’《》()（）\n]")

# --- site chrome ------------------------------------------------------------------------------
# Whole lines that belong to the site, not to the document (after conversion to simplified).
CHROME_LINE = lazy_compile(
    r"(?m)^[ \t\u3000]*(?:"
    r"(?:当前位置|您的位置|你的位置|所在位置|当前的位置)[:：].{0,200}"  # breadcrumb
    r"|首页[ \t]*[>›»/＞](?![^\n]*(?:发布于|发布时间|发布日期|来源|作者|点击)[:：]).{0,200}"  # breadcrumb "首页 > 范文 > …" (not with the headline and its byline glued on: anatomy's)
    r"|(?:更新|发布)?时间[:：][ \t]*\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}:\d{2})?"  # a bare page timestamp
    r"|.{0,60}我要投稿"
    r"|[•·●▪][ \t]*相关推荐"
    r"|相关推荐|相关主题|文本预览|相关文档|最新文档|相关文档[ \t]*最新文档|热门推荐|推荐阅读|延伸阅读|相关阅读"
    r"|猜你喜欢(?:的文章)?|点击蓝字[ \t]*关注我们|点击上方蓝字(?:[ \t]*关注我们)?|长按(?:识别)?二维码(?:关注)?"
    r"|扫码关注|点击阅读原文|阅读原文"
    r"|(?:上一篇|下一篇)[:：].{0,60}"
    r"|(?:(?:阅读|浏览|阅读量|点赞|在看|分享|收藏|评论)[ \t]*[:：]?[ \t]*\d+[ \t]*){1,6}"  # page counters
    r"|(?:(?:阅读|浏览|点赞|在看|分享|收藏|评论)[ \t]*){2,6}"  # their buttons
    r"|第[ \t]*\d{1,4}[ \t]*页[ \t]*共[ \t]*\d{1,4}[ \t]*页"
    r"|(?:发布时间|发布日期|更新时间|时间)[:：].{0,80}?(?:浏览|点击|阅读)(?:次数|量)?[ \t]*[:：]?[ \t]*\d+(?:次)?"  # "发布时间：… 来源：… 浏览次数：1268"
    r"|(?:【(?:打印本页|打印|关闭窗口|关闭|收藏本页|加入收藏|返回顶部|字体[:：]?[大中小 ]{1,5})】[ \t]*){1,6}"
    r")[ \t\u3000]*$(?:\n|\Z)"
)
# Chrome embedded in a line of text (aggregator pages flatten everything into one line).
CHROME_INLINE = lazy_compile(
    r"[ \t]*Final approval draft on [A-Z][a-z]{2,8} \d{1,2}, \d{4}"
    r"|[ \t]*集团文件发布号[:：][ \t]*[(（]?[0-9A-Za-z\-]{0,60}[)）]?"
    r"|[ \t]*【-{1,3}[^】\n]{1,20}】"  # "【--工作计划范文】"
    r"|[ \t]*第\d{1,4}页共\d{1,4}页"
)
# "【电信诈骗工作总结】相关文章:" and the list of dated links under it.
RELATED_HEADER = lazy_compile(r"(?m)^[ \t\u3000]*(?:【[^】\n]{1,60}】[ \t]*)?相关(?:文章|范文|阅读)[:：]?[ \t]*$")
RELATED_LINK = lazy_compile(r"[ \t\u3000]*[^\n]{2,60}?(?:\d{4}-)?\d{1,2}-\d{1,2}[ \t]*|[ \t\u3000]*")

# --- 范文 intro -------------------------------------------------------------------------------
# The site's own words: "下面是小编为大家整理的…", "希望对大家有所帮助". They are never the
# document's.
INTRO_MARKER = lazy_compile(
    # 小编 collecting something for the reader; a WeChat post's own 小编 ("小编提醒大家…", "小编亲测") is its author
    r"小编(?=[^。！？!?\n]{0,24}?(?:整理|收集|搜集|精选|准备|分享|带来|推荐|汇编|挑选|奉上|为大家|为您|给大家|帮大家))"
    r"|(?:下面|以下)是(?:小编|我|本站)?(?:为|给|帮)大家(?:精心)?(?:整理|收集|带来|准备|搜集|推荐|分享)"
    r"|为大家精心(?:整理|准备|收集|挑选|编辑|搜集)"
    r"|(?:本站|网)(?:今天)?(?:为|给|帮)大家(?:精心)?(?:整理|准备|收集|带来|搜集|推荐)"
    r"|希望(?:对)?大家(?:能够|可以)?(?:有所帮助|喜欢)|希望(?:能|可以)?(?:对你有所帮助|帮助到大家|帮到大家)"
    r"|(?:欢迎|供)大家(?:阅读|借鉴|参考|分享)"
    r"|仅供参考|(?:我们)?一起来看看吧"
)
# Markers that are the site's words wherever they stand; the others ("希望对大家有所帮助",
# "供大家参考") also occur in prose and only count towards a whole intro paragraph.
INTRO_STRONG = lazy_compile(r"小编(?=[^。！？!?\n]{0,24}?(?:整理|收集|搜集|精选|准备|分享|带来|推荐|汇编|挑选|奉上|为大家|为您|给大家|帮大家))|为大家精心|(?:下面|以下)是|(?:本站|网)(?:今天)?(?:为|给|帮)大家")
# An intro paragraph is removed whole when it is at most this long.
INTRO_PARAGRAPH_MAX = 320

# --- anti-scrape marks ------------------------------------------------------------------------
# Marks injected after 的 to defeat copying: "的'常见", "的.责任心", "的`便利性", "的’宣传".
SCRAPE_MARK = lazy_compile(r"(?<=的)['`’.](?=[\p{Han}“‘《0-9A-Za-z])")
# A stray full stop after 的 that is followed by a short clause ("乐意接受的。幽默方式，") is an
# injected mark too, but only on pages that carry the other marks.
SCRAPE_STOP = lazy_compile(r"(?<=的)。(?=\p{Han}{1,6}[，、,])")
# Words that may start a real clause after "…的。": not injected.
CLAUSE_OPENERS = (
    "特别", "但", "同时", "因此", "所以", "而", "并", "另外", "此外", "如果", "虽然", "这", "那", "我", "他", "她", "它",
    "你", "其", "目前", "为此", "此次", "今后", "近年", "随后", "最后", "首先", "其次", "然后", "对此", "总之",
)

# --- PDF artefacts ----------------------------------------------------------------------------
# Characters that end a paragraph; a line ending otherwise may have been broken mid-sentence.
PARAGRAPH_END = "。！？!?；;：:…”’」』)）】》"
# Words (single characters) that cannot end a sentence: a line ending with one was broken.
DANGLING = "的地得和与及或对把将被从向在为让使由于其之并而但"
# A line this long that ends mid-sentence is a page of flattened text, not a paragraph.
PDF_PAGE_LINE = 100
HEADLINE_MAX = 40  # the first line of a page this short, stopping on no comma, is its headline: never joined to the text
# Punctuation inside a sentence: a line holding some is prose, not a heading.
CLAUSE_PUNCT = lazy_compile(r"[，、：；,:;]")
# A line that opens with an enumeration or heading marker starts a paragraph of its own.
ENUM_START = lazy_compile(
    r"[ \t\u3000]*(?:[(（]?[一二三四五六七八九十百\d]{1,3}[)）、.．,，]|[一二三四五六七八九十]是|第[一二三四五六七八九十\d]{1,3}[步条章节部分篇]|篇[一二三四五六七八九十\d]|[•·●▪\-—])"
)
# An article heading that opens with its number ("范文三：…", "篇二：…", "第一篇：…", "【篇1】…"): a
# heading keeps its own line even with a colon in it.
ARTICLE_HEADING_PREFIX = lazy_compile(
    r"^[ \t\u3000]*(?:(?:参考|优秀|精选)?(?:范文|范例|样本|例文|范本)|篇|第)[一二三四五六七八九十\d①-⑳]{1,3}[篇套]?[：:]|^[ \t\u3000]*[【\[]篇[一二三四五六七八九十\d]{1,3}[】\]]"
    r"|^[ \t\u3000]*第[一二三四五六七八九十\d]{1,3}[份篇则起][·・•：:]"  # "第一份·一堂反诈课，让我重新认识了手机", "【第1起】…" below
    r"|^[ \t\u3000]*[〔【\[［(（]\p{Han}{0,4}[ \t]*\d{1,2}[ \t]*[/／][ \t]*\d{1,2}[〕】\]］)）]"  # "〔推文 2/3〕孩子说要…，千万别信": a numbered piece's title
    r"|^[ \t\u3000]*\p{Han}{2,4}[一二三四五六七八九十]{1,2}[：:](?=[^。！？\n]{2,}$)"  # "经验三：沙汀街道——“三色预警”让劝阻快人一步": a word's ordinal and its title
)
# A quotation in full-width marks: commas inside it are the quotation's, not the line's ("“你好，我是你领导”——…").
QUOTED_RUN = lazy_compile(r"“[^”\n]*”|「[^」\n]*」")
# `~` between Chinese characters stands for a comma in converted PDFs ("8月份~我行按照").
TILDE_COMMA = lazy_compile(r"(?<=[\p{Han}”）])[ \t]*~[ \t]*(?=[\p{Han}“（])")
# Both sides of a range: "周一~周五", "一~三年级" keep their tilde.
RANGE_SIDE = "一二三四五六七八九十百千万零两周"
# A single space between two Han characters, a candidate for a word broken by line wrapping.
WRAP_SPACE = lazy_compile(r"(?<=\p{Han}) (?=\p{Han})")

# --- punctuation width ------------------------------------------------------------------------
# ASCII punctuation that becomes full-width in Chinese context (a table, not NFKC).
TO_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
ASCII_PUNCT_IN_CJK = lazy_compile(
    r"(?<=[\p{Han}“”（）《》【】、，。；：？！])[,:;?!]|[,:;?!](?=[\p{Han}“（《【])"
)
# A digit on both sides keeps ASCII: "5,846", "10:30".
BETWEEN_DIGITS = lazy_compile(r"(?<=\d)[,:](?=\d)")
# Parenthesised text with Chinese inside or around it gets full-width brackets.
ASCII_PARENS = lazy_compile(r"\(([^()\n]{0,80})\)")
# Straight double quotes around Chinese become curly.
ASCII_QUOTES = lazy_compile(r'"([^"\n]{1,80})"')
# A full stop typed as ASCII at the end of a Chinese sentence.
ASCII_STOP = lazy_compile(r"(?<=\p{Han})\.(?=[ \t]*(?:\n|\Z|\p{Han}))")
# "一." at the start of a line (searched up to the dot): a list marker, not a full stop.
NUMERAL_MARKER = lazy_compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}\Z")
# Full-width letters, digits and signs become ASCII ("２０２２" → "2022"). Scanned for over every page in each pass and
# found on few: `re` scans for a class of characters in a quarter of the time `regex` takes (0.115 -> 0.03 s over the bench crawl).
FULLWIDTH_ALNUM = lazy_re(r"[０-９Ａ-Ｚａ-ｚ％＃＋＝＠＆]")

# --- whitespace -------------------------------------------------------------------------------
INDENT = lazy_compile(r"(?m)^[ \t\u3000\xa0]+")
TRAILING_SPACE = lazy_compile(r"(?m)[ \t\u3000\xa0]+$")
SPACE_BEFORE_CJK_PUNCT = lazy_compile(r"(?<=[\p{Han}”’）》])[ \t\u3000]+(?=[，。、；：？！])")
BLANK_LINES = lazy_compile(r"\n{2,}")
EDGE_NEWLINES = lazy_compile(r"\A\n+|\n+\Z")
NEWLINES = lazy_compile(r"\r\n?|[\u2028\u2029\f\v\x85]")
# Zero-width and bidi control characters; a zero-width joiner only outside emoji sequences.
INVISIBLE = lazy_compile(r"(?:[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]|(?<![\p{So}\p{Sk}\ufe0f])\u200d)+")
NBSP = lazy_compile(r"\xa0")

# --- character classes used by several rules -------------------------------------------------
HAN_RE = lazy_compile(r"\p{Han}")  # .match(ch): is it Han; .search(s): does s hold Han; .findall: the Han characters
WORD_CHAR = lazy_compile(r"[\p{Han}0-9A-Za-z]")  # .match(ch): a character inside a word or number
CJK_CHAR = lazy_compile(CJK)  # .match(ch): Han or Chinese punctuation
