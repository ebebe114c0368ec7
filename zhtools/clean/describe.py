"""What the removed chrome says about the document, and what is wrong with a page.

`page_metadata` reads the text that page anatomy removed as bylines and credits
(`发布时间：2023-05-01 来源：xx日报 责任编辑：王霞`, `本报讯（记者 王明）`) and keeps what
describes the document: `date` (YYYY-MM-DD), `source`, `author`, `editor`, `reporter`. It
works the same for .txt and HTML pages; metadata an HTML page declares itself wins.

`quality` says what is wrong with a page a researcher may want to leave out: `garbled`
(a mojibake run that could not be read back was removed), `machine-translated` (the text is
mostly Latin-script words), `thin` (almost no text once the chrome is gone). Nothing is dropped: the flag is for filtering.

>>> page_metadata(["发布时间：2023-5-1 09:30 来源：xx日报 责任编辑：王霞\\n"], ["本报讯（记者 王明 通讯员 李华）"])
{'date': '2023-05-01', 'source': 'xx日报', 'editor': '王霞', 'reporter': '王明'}
>>> page_metadata(["平安青澜\\n原创 反诈小澜 平安青澜 2024-03-02 18:30 发表于江苏"])
{'date': '2024-03-02', 'source': '平安青澜', 'author': '反诈小澜'}
>>> quality("社区开展反诈宣传活动", n_mojibake=0)
'thin'
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from zhtools.lazyre import lazy_compile

TODAY = lazy_compile(
    r"(?:今天是|今日|今天|当前日期[:：]?|现在是)[ \t\u3000]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?[ \t\u3000]*(?:星期|周)[一二三四五六日天]"
)
DATE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
VALUE = r"[ \t]*(?:[:：]|[|丨｜／/┊┆▸](?=[ \t]*[^\s|丨｜／/┊┆▸]))[ \t]*(?P<v>[^\s|丨｜／/┊┆▸:：,，。;；()（）\[\]【】]{1,30})"  # "来源：X", "编辑丨X", "作者 / X", "责编 ┊ X"
VALUE_OR_DOT = r"[ \t]*(?:[:：]|[|丨｜／/·・](?=[ \t]*[^\s|丨｜／/·・]))[ \t]*(?P<v>[^\s|丨｜／/:：,，。;；()（）\[\]【】·・]{1,30})"  # …and "整理者 · 松间煮茶"
# "网络编辑 莫筱 ／ 二校 …", "执笔 林朔　影像 …": a role, a space and a name (two to four characters)
AUTHOR_AFTER_SPACE = r"|(?<=执笔|作者|撰稿|撰文|供稿|供稿人|编选|投递人|投稿人|整理人|写稿人|上传人|分享人)[ \t\u3000]+(?P<v>[\p{Han}·]{2,6})(?=[ \t\u3000／/｜|◦·]|$)"
EDITOR_AFTER_SPACE = r"|(?<=编辑|责编)[ \t\u3000]+(?P<v>[\p{Han}·]{2,4})(?=[ \t\u3000／/｜|]|$)"
# A category a 范文 site prints after the author: "时间:2023-11-06 14:20:31 若水 工作计划 我要投稿".
CATEGORY = r"(?:工作总结|工作计划|心得体会|活动方案|活动总结|工作方案|策划书|演讲稿|讲话稿|发言稿|倡议书|承诺书|申请书|报告|范文|方案|总结|计划|作文|观后感|读后感|安全教育)"
AUTHOR_VERBS = r"提交|收集|搜集|传档|传稿|整编|撰稿|采编|编录|编写|编撰|录入|撰写|收录|初稿|整理|分享|投稿|投递|供稿|上传|执笔|写作|创作|署名|经手|贡献|上架|收稿|辑录|投来|发稿"
AUTHOR_VERB = lazy_compile(AUTHOR_VERBS)
HAN_OR_LETTER = lazy_compile(r"[\p{Han}A-Za-z]")
UNIT_WORDS = r"局|所|队|院|中心|街道|社区|办|委|站|部|处|科|公司|银行|学校"  # the words a unit's name ends on (法院, 检察院 end on 院)
UNIT_END = lazy_compile(r"(?:" + UNIT_WORDS + r"|报|台|组|室|网|社|会|行|新闻|综合|平台)$")  # a unit's name is no author
WIDGET_WORDS = frozenset({"打印", "收藏", "点赞", "评论", "举报", "关闭", "分享", "复制", "转发", "在看", "纠错"})  # a row of buttons names no one
# After 供稿, a unit's name makes the line a source, a person's an author.
A_DESK = r"[ \t]*[:：|丨｜][ \t]*\p{Han}{0,12}编辑(?:部|组|室)"  # "来稿：檀溪编辑部": a site's editorial desk
A_UNIT = r"[ \t]*[:：|丨｜][ \t]*[\p{Han}]{0,16}(?:" + UNIT_WORDS + r"|报|台)"
FIELDS = {
    "source": regex.compile(
        r"(?<!图片|图)(?:来源单位|来稿单位|供稿单位|来源|来自|出处|稿源|供稿(?=" + A_UNIT + r")|(?<!\p{Han})发布(?=" + A_UNIT + r")(?![^\n]*来源)"  # not before a 来源 field on its line
        r"|发布机构|发布单位|发布部门|发布媒体|发布渠道|首发平台|首发|信息报送|信息提供|投稿单位|供稿部门|信息来源单位|公众号"
        r"|出自|\p{Han}{0,4}(?:提供|发文|报送|来稿|主办)单位"
        # a label for the kind of unit that sent the text: 发稿科室, 发文处室, 撰发科室, 来稿部门, 公开主体, 发文机关, 所属部门
        r"|(?<!\p{Han})(?!监督|主管|指导|协办|承办|审批|联系|责任)(?:(?![审核签校])\p{Han}){1,4}(?:科室|处室|部门|单位|机关|主体|机构)|(?:发布|发文|发稿|来稿)方"  # not 监督部门：, 主管单位：
        r"|转自|转载自|转录自|栏目维护|栏目负责|编印|稿件归属"
        # a unit that edited, gathered or sent the text out (the gold sets read it as the source): "编发：党政办公室",
        # "材料汇总：县委政法委基层科", "汇编：杼山政务网编辑部", "稿件提供：德育处", "发出：蓊郁居委", "来稿：院党委宣传部"
        r"|材料汇总|汇编|(?:稿件|材料|资料)提供|发出|(?:编发|出稿)(?=" + A_UNIT + r")|来稿(?=" + A_UNIT + r")(?!" + A_DESK + r")"
        r"|(?:撰发|发文|挂网|稿件|发稿)(?=[ \t]*[:：|丨｜／/][ \t]*\p{Han}))" + VALUE  # "撰发／医务科", "挂网：漳泖公安·反诈专班", "稿件：浠源邮政分公司" (not "发文：2025-03-20")
        + r"|(?:稿源|来自)[ \t\u3000]*(?P<v>\p{Han}{2,16}(?:" + UNIT_WORDS + r"|政府|融媒|报|台))(?=[ \t\u3000]|$)"  # "稿源 泖滨区人民法院", "来自学生工作处"
        + r"|由(?P<v>\p{Han}{2,16}(?:" + UNIT_WORDS + r"|政府))提供"  # "由蓠湾镇平安办提供"
        + r"|^[ \t\u3000]*(?P<v>[\p{Han}]{1,8}社)[\p{Han}]{0,10}?\d{1,2}月\d{1,2}日电"  # 新华社北京3月5日电
        + r"|^[ \t\u3000]*《?(?P<v>[\p{Han}]{2,10}报)》?[ \t\u3000·•|｜]*(?:19|20)\d{2}(?:年|[.\-/]\d{1,2}[.\-/]\d{1,2})"  # 《江城晚报》2024年7月19日 第A06版, 枨川日报　2024.09.12（周四）
        # an outlet's name opening its byline, its edition or section between it and the day: "湜江日报 · 县域版 · 06　　2025-03-18",
        # "潋江报　第3版　平安潋江　　2025年8月5日", "榧岭融媒　2025-04-22 19:06" (never beside a 来源 of its own)
        + r"|^[ \t\u3000]*《?(?P<v>\p{Han}{2,10}(?:报|融媒|融媒体|新闻网|电视台|客户端))》?(?:[ \t\u3000]*[·•|｜][ \t\u3000]*|[ \t\u3000]+)(?![^\n]*来源)(?=[^\n]*(?:19|20)\d{2}(?:年|[.\-/]\d{1,2}))"
        + r"|\d{1,2}:\d{2}[ \t\u3000]*[·•][ \t\u3000]*(?P<v>[^\s·•]{2,20})[ \t\u3000]*$"  # 2024-03-30 20:15·江畔说法
        + r"|\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+(?P<v>\p{Han}{2,12}(?:网|报|台|融媒|客户端|新闻))[ \t\u3000]*$",  # 2024-03-19 08:41:06　筼川新闻网
        regex.M,
    ),
    "author": regex.compile(
        r"(?:作者|撰稿|撰文|执笔|供稿)[ \t]*[:：][ \t]*[^\s:：]{1,16}?(?:局|所|队|院|中心|部|处|科|庭|团|组|室|委|办)[ \t\u3000]+(?P<v>[\p{Han}·]{2,4})(?=[ \t\u3000）)｜|/]|$)|"
        r"(?:作者|撰稿|撰文|执笔人|执笔|发布者|发布人|投稿人|投稿者|投稿|文字|供稿会员|本文作者|编选|投递人|整理人|整理者|写稿人|来稿人|上传者|贡献者|(?<!\p{Han})(?:来自)?网友(?=[ \t]*[:：])|(?<!\p{Han})编(?=[ \t]*[:：])"
        r"|供稿(?!" + A_UNIT + r")|来稿(?![ \t]*单位)(?:(?!" + A_UNIT + r")|(?=" + A_DESK + r")))" + VALUE + AUTHOR_AFTER_SPACE  # (an editorial desk that sent it wrote it: "来稿：檀溪编辑部")
        + r"|^[ \t\u3000]*(?:楼主|发帖人)?[ \t\u3000]*(?P<v>[\p{Han}·]{2,6})[ \t\u3000]+(?:发表于|发布于|发于)"  # 鹿鸣 发表于 2025-01-10, 楼主　竹林听雨　发表于 …, 漻州公安　发于 2024-09-29
        + r"|^[ \t\u3000]*文[ \t]*[|｜丨/／:：][ \t]*(?P<v>[\p{Han}·]{2,4})(?![\p{Han}])"  # 文 | 苏遥
        + rf"|\d{{1,2}}:\d{{2}}:\d{{2}}[ \t\u3000|]+(?P<v>[^\s\d|:：]{{1,12}})[ \t\u3000]+{CATEGORY}(?:[ \t\u3000]|$)"  # …14:20:31 若水 工作计划
        # a site's own word for who wrote or brought the text, built of the words for doing so:
        # 采编人, 编录, 录入, 撰写, 收录人, 分享, 初稿 (not 编辑 or 审…: an editor's; not 撰稿科室: a unit's)
        + rf"|(?<![\p{{Han}}])\p{{Han}}{{0,1}}(?:{AUTHOR_VERBS})(?:人|者|网友|会员)?" + VALUE
        + rf"|(?<![\p{{Han}}])\p{{Han}}{{0,1}}(?:{AUTHOR_VERBS})(?:人|者)" + VALUE_OR_DOT  # "整理者 · 松间煮茶" (not "分享 · 微信", a share bar)
        + r"|(?:^|由|[ \t\u3000·•|｜])[ \t\u3000]*(?P<v>[\p{Han}·]{2,6})[ \t\u3000]+(?:投稿|整理|供稿|撰写|编写|执笔|上传|分享)于?(?=[ \t\u3000]|$)",  # "闻笛 投稿", "由 阿澄 整理", "由 芦花浅 上传于" (not "打印　分享": buttons)
        regex.M,
    ),
    "editor": regex.compile(r"(?:责任编辑|责编|编辑|小编|网编|值班编辑|编校|值编|排版)" + VALUE + EDITOR_AFTER_SPACE),
    "reporter": regex.compile(r"记者[ \t\u3000:：]*(?P<v>[\p{Han}·]{2,4})(?![\p{Han}])"),
}
# Roles read only when a page names no editor otherwise: "编审：龚未　责编：温如意" — the 责编 is the editor.
FALLBACK_FIELDS = {
    "editor": regex.compile(r"(?:编审|校核|编发(?!" + A_UNIT + r"))" + VALUE),  # "编发：程小禾" (a unit after 编发 is the source)
    # an account's name, then the day it posted (a WeChat post, a mirror, a blog), when no field names the author:
    # "滃江公安　2024-08-09 12:00", "知否小站 · 2024-10-30 · 1.3k 阅读", "原创　濉浦移动　2024年10月30日 12:06"
    # (the gold sets read the account as the author four times as often as the source); not a paper's or a site's
    # name, nor a label ("刊登于", "收稿")
    "author": regex.compile(
        r"^[ \t\u3000]*(?:原创[ \t\u3000]+)?(?P<v>(?!原创|站长|收稿|收录|date|由)[\p{Han}A-Za-z0-9·_]{2,12}(?<!报|报社|网|台|新闻|融媒|客户端|频道|首页|发布|于|范文|资讯|提供|整理|供稿))"
        r"[ \t\u3000]*(?:[·•▪◦｜|][ \t\u3000]*)?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?![^\n]*(?:来源|作者|编辑))",
        regex.M,
    ),
    # 平安清河 2024-03-15 08:30, 蘅阳农商银行　本行动态　2024年4月19日: the account or the unit that posts, then its day (a
    # labelled 来源 on the page wins; "鹿鸣 发表于 2025-01-10" names its author)
    "source": regex.compile(
        r"^[ \t\u3000]*(?P<v>\p{Han}{2,14}(?<!者|人))(?:[ \t\u3000]+|[ \t\u3000]*[·•][ \t\u3000]*)(?:\p{Han}{2,8}(?<!于)[ \t\u3000]+|(?:挂网|挂出|发布|刊发)于?[ \t]*[:：]?[ \t\u3000]*)?"
        r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})"  # "碛埠镇党政办　挂网：2024/06/04", "洑垭县融媒体中心 · 2024-09-26 17:40"
        r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?::\d{2})?)?[ \t\u3000]*$",
        regex.M,
    ),
}
NAME_WRAPPING = lazy_compile(r"^(?:网友|读者|会员|用户)(?=[“\"「])|[“”‘’\"「」]")  # a name as sites wrap it: 网友“山月” (not 用户中心)
PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)  # "… 18:30 · 四川": where the account posted from (IP属地), no source
NOT_A_SOURCE = frozenset({"网络", "网图", "互联网", "资料图", "网络图片", "视觉中国"}) | PROVINCES  # where a photo came from
# A value that is itself a label: "素材｜文字｜编审" names no one.
LABEL_WORDS = frozenset({"作者", "编辑", "编审", "审核", "审稿", "来源", "素材", "文字", "校对", "摄影", "图片", "责编", "撰稿", "供稿", "记者", "通讯员", "设计", "美编", "视觉"})
# A date labelled as the page's publication, preferred to any other date of the bylines.
PUBLISHED = lazy_compile(r"(?:(?:发布|发表|公开|更新|上传)(?:时间|日期|于)|(?:推送|挂网|刊发|刊出|上网|挂出)(?:时间|日期|于)?)[ \t]*[:：]?[ \t]*(?P<d>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")
# A forum member's own dates beside a post: when they joined or last came, never the page's date.
MEMBER_DATE = lazy_compile(r"(?:注册|最后登录|上次登录)(?:时间|日期|于)?[ \t]*[:：]?[ \t]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
# A WeChat post's byline: "原创 反诈小澜 平安青澜 2024-03-02 18:30 发表于江苏" (author, then account).
WECHAT = lazy_compile(r"(?:^|\n)[ \t\u3000]*原创[ \t\u3000]+(?P<author>[^\s\d]{1,16})[ \t\u3000]+(?P<source>[^\s\d]{1,24})[ \t\u3000]+(?:19|20)\d{2}")
THIN_HAN = 40  # a page with fewer Han characters than this, once cleaned, is thin
THIN_OPENING = 400  # characters looked at first for THIN_HAN Han characters (quality)
LATIN_SHARE = 0.6  # a page whose letters are mostly Latin is a machine translation of a Chinese page
LATIN = lazy_compile(r"[A-Za-z]")


def _iso_date(m: regex.Match | None) -> str | None:
    """A DATE match as YYYY-MM-DD, or None when it names no day of a calendar."""
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _a_name(value: str) -> bool:
    """Whether a value after a site's own word for bringing a text names someone: not a unit
    ("整理：xx派出所"), not a date ("收录：2024-07-17")."""
    return bool(HAN_OR_LETTER.match(value)) and not UNIT_END.search(value) and value not in WIDGET_WORDS and value not in NOT_A_SOURCE


def _generic_author(m: regex.Match) -> bool:
    """Whether an author match came from the words for bringing a text (AUTHOR_VERBS), not a listed label."""
    return AUTHOR_VERB.search(m.group()) is not None


def without_todays_date(text: str) -> str:
    """`text` without the day a site's bar shows ("今天是2025年3月1日　星期六"): the day the page
    was seen, never the document's.

    >>> without_todays_date("今天是2025年3月1日　星期六　【责任编辑：王霞】")
    '　【责任编辑：王霞】'
    >>> without_todays_date("2024-03-13　来源：幸福社区")
    '2024-03-13　来源：幸福社区'
    """
    return TODAY.sub("", text)


# Bylines in layouts other than "label：value" (dev22), rewritten to it before the fields are read:
# English labels ("Author: 峄川公安"), fields between tabs ("作者\t校学生会新媒体中心\t审核\t向岚"), a label
# alone over its value ("发布机构" / "滏川区反诈联席办"), a label after its value ("溱州晚报 来源",
# "碾盘镇人民政府〔来源〕").
PAIR_LABELS = (
    "发布机构|发布单位|发布部门|发布日期|发布时间|成文日期|公告日期|信息来源|文章来源|来源|稿源|作者|撰稿|撰文|供稿|投稿人|编辑|责编|责任编辑|值班编辑|审核|终审|"
    "日期|时间|发布|挂网|挂出"
)
ENGLISH_LABELS = {"author": "作者", "authors": "作者", "by": "作者", "published": "发布时间", "posted": "发布时间", "date": "日期",
                  "updated": "更新时间", "source": "来源", "editor": "编辑"}
ENGLISH_LABEL = lazy_compile(r"(?<![A-Za-z])(?P<l>Authors?|By|Published|Posted|Date|Updated|Source|Editor)[ \t]*[:：][ \t]*", regex.IGNORECASE)
LABEL_LINE = lazy_compile(r"^[ \t\u3000]*(?P<l>" + PAIR_LABELS + r")(?:于|日)?[ \t\u3000]*[:：]?[ \t\u3000]*\n[ \t\u3000]*(?=\S)", regex.M)  # "信息来源：" over "郯岭县市监局"
TAB_PAIR = lazy_compile(r"(?:^|(?<=\t))[ \u3000]*(?P<l>" + PAIR_LABELS + r")[ \u3000]*\t[ \u3000]*(?P<v>[^\t\n]+?)[ \u3000]*(?=\t|$)", regex.M)
LABEL_AFTER = lazy_compile(
    r"(?:^|(?<=[｜|·⸱⸰⁂•\t\u3000]))(?P<pre>[ \t\u3000]*)(?P<v>[^\s｜|·⸱⸰⁂•〔〕\[\]：]{2,24}?|(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2})[ \t\u3000]*"
    r"(?:〔(?P<l>" + PAIR_LABELS + r")〕|[ \t\u3000]+(?P<l>" + PAIR_LABELS + r"))(?=$|[｜|·⸱⸰⁂•\t\u3000])",
    regex.M,
)
LABELLED = lazy_compile(r"：|(?<!\d):(?!\d)|\p{Han}[｜|丨/／]\S")  # a label's colon (not a time's, 10:12), a label and its value around a bar ("文｜雨巷")


def _as_pairs(text: str) -> str:
    r"""`text` with its fields in other layouts written as "label：value" (see PAIR_LABELS).

    >>> _as_pairs("2025-05-20 10:12 发布　｜　溱州晚报 来源　｜　骆知夏 责编")
    '发布：2025-05-20 10:12\u3000｜\u3000来源：溱州晚报\u3000｜\u3000责编：骆知夏'
    >>> _as_pairs("发布机构\n滏川区反诈联席办"), _as_pairs("作者\t校学生会新媒体中心\t审核\t向岚"), _as_pairs("Author: 峄川公安")
    ('发布机构：滏川区反诈联席办', '作者：校学生会新媒体中心\t审核：向岚', '作者：峄川公安')
    """
    text = ENGLISH_LABEL.sub(lambda m: ENGLISH_LABELS[m.group("l").lower()] + "：", text)
    text = LABEL_LINE.sub(lambda m: m.group("l") + "：", text)
    text = TAB_PAIR.sub(lambda m: m.group("l") + "：" + m.group("v"), text)
    if LABELLED.search(text):
        return text  # its fields are labelled already (a value after a label is no label after a value)
    return LABEL_AFTER.sub(lambda m: m.group("pre") + m.group("l") + "：" + m.group("v"), text)


def page_metadata(bylines: Iterable[str], credits: Iterable[str] = ()) -> dict[str, str]:
    """`date`, `source`, `author`, `editor`, `reporter` from removed bylines and credits (first found wins)."""
    from zhtools.convert import to_simplified
    from zhtools.pinyin import strip_glosses

    found: dict[str, str] = {}
    texts = [_as_pairs(to_simplified(strip_glosses(t))) for t in (*bylines, *credits)]  # 來源:青衿實(shí)踐團: the glosses go first
    published = next((m for m in (PUBLISHED.search(t) for t in texts) if m), None)
    date = published and _iso_date(DATE.match(published.group("d")))  # "成文日期 … 发布日期": the page's date is when it was published
    if date:
        found["date"] = date
    for text in texts:
        date = _iso_date(DATE.search(MEMBER_DATE.sub("", text))) if "date" not in found else None
        if date:
            found["date"] = date
        for key, pattern in FIELDS.items():
            # "撰稿科室：党委宣传科　撰稿人：温以宁": a unit that brought the text is no author, the next match may be
            m = next((m for m in pattern.finditer(text) if not (key == "author" and _generic_author(m) and not _a_name(m.group("v") or ""))), None)
            value = m.group("v") if m else ""
            value = NAME_WRAPPING.sub("", value)  # 来稿：网友“山月” → 山月
            if m and key not in found and value.strip("xX") != "" and value not in LABEL_WORDS and not (key == "source" and value in NOT_A_SOURCE):
                found[key] = value
        m = WECHAT.search(text)
        if m:
            found.setdefault("author", m.group("author"))
            found.setdefault("source", m.group("source"))
    for key, pattern in FALLBACK_FIELDS.items():
        m = next((m for m in map(pattern.search, texts) if m), None) if key not in found else None
        if m and m.group("v") not in LABEL_WORDS:
            found[key] = m.group("v")
    return {k: found[k] for k in ("date", "source", "author", "editor", "reporter") if k in found}


def quality(text: str, n_mojibake: int) -> str | None:
    """The first of `garbled`, `machine-translated`, `thin` that holds, else None."""
    if n_mojibake:
        return "garbled"
    from zhtools.clean.anatomy import han_count

    latin = len(LATIN.findall(text))
    if latin >= 200:
        return "machine-translated" if latin >= LATIN_SHARE * (latin + han_count(text)) else None
    # thin or not: THIN_HAN Han characters in the page's opening settle it without counting the whole page
    return "thin" if han_count(text[:THIN_OPENING]) < THIN_HAN and han_count(text) < THIN_HAN else None
