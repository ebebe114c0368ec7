"""Split a cleaned page into its articles (篇).

A page is one of three shapes:

- a **collection** (范文 pages): a collection title, often with a declared count
  (`(精选24篇)`), then articles under numbered headings (`…篇一`, `… 篇1`, `…【篇2】`,
  `…范文（篇1）`, `电信诈骗工作总结1`, `电信诈骗工作总结（一）`, `篇一：…`, `第一篇：…`,
  `【篇1】…`, `范文一：…`, a bare `第一篇` or `范文一` line, a heading glued to its first
  sentence);
- an **aggregator** page (文档之家 and kin): a main document, then the title line and
  flattened preview of each related document, some previews holding 篇 markers of their own
  (`…典型经验材料4篇1 为进一步…`);
- a **single story**: one article titled with the headline.

Headings are accepted only as a run: candidates that share a stem and count 1, 2, 3… (a
stray line ending in a number is not a heading); one heading alone is enough only in the
forms that always were (`…篇一`, `篇一：title`, `第一篇：title`). Section headings inside an
article (`一、工作目标`, `（一）领导重视`) and sentences that mention a number of 篇
(`推出专题稿件338篇`) never match.

>>> page = "防范工作总结（通用2篇）\\n防范工作总结篇一\\n第一篇正文。\\n防范工作总结篇二\\n第二篇正文。"
>>> s = split_articles(page)
>>> [(a.ordinal, a.title, page[a.start:a.end]) for a in s.articles], s.declared, s.warning
([(1, '防范工作总结篇一', '第一篇正文。'), (2, '防范工作总结篇二', '第二篇正文。')], 2, None)
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import attrgetter

import regex

from zhtools import patterns as P
from zhtools.lazyre import LazyPattern, lazy_compile
from zhtools.numerals import parse_int

NUM_CHAR = r"[一二三四五六七八九十百零〇两壹贰叁參参肆伍陆柒捌玖拾]"
NUM = rf"(?:[0-9]{{1,3}}|{NUM_CHAR}{{1,4}})"
# "…篇一", "… 篇1", "…【篇2】", "…(篇3)": a heading line ending in a 篇 number.
HEADING_PIAN = lazy_compile(rf"^(?P<stem>.{{0,60}}?)[ \t]?(?:篇|【篇|\[篇|（篇|\(篇|范文)(?P<num>{NUM})[】\]）)]?$")
# The title after a number-first marker (PREFIX_FORMS): a run of non-spaces that ends the line
# or is followed by a space (the article's text may go on after it).
SAMPLE_WORDS = "范例|样本|例文|范本|样文|范文"  # the words for a sample a heading numbers
# …and words a document numbers its own examples with too ("示例1：【xx银行】…", "模板1：不听不信不转账…"): a run needs support
DRAFT_WORDS = "样稿|例稿|模板|示例|样例|样张"
SAMPLE_MARK = lazy_compile(r"范本|范文|样本|范例|例文")  # "校园反诈宣传标语（范本一）"
TITLE_THEN_STOP = lazy_compile(r"[ \t]*(?P<title>[^。！？，,\n]{4,40})。(?=\S)")
BOOK_TITLE = lazy_compile(r"《[^《》\n]{2,60}》")
TITLE_AFTER_MARKER = lazy_compile(r"[ \t]*(?P<title>[^ \t]{1,60})(?:[ \t]+|$)")
# "电信诈骗工作总结1", "工作方案 1": a title followed by a number (validated as a run).
HEADING_NUMBERED = lazy_compile(r"^(?P<stem>.{2,60}?[^\d\s\-－—_])[ \t\u3000]?(?P<num>[0-9]{1,2})$")  # "…简报　01"
# "X活动方案-01", "Y宣传方案-02": a file's documents numbered after a hyphen, whatever their titles; with support
HEADING_HYPHENED = lazy_compile(r"^(?P<stem>.{2,60}?[^\d\s])[ \t]?[-－—_][ \t]?(?P<num>[0-9]{1,2})$")
# "…工作总结①", "…工作总结②": the same title told apart by a circled number; with support
HEADING_CIRCLED = lazy_compile(r"^(?P<stem>.{2,60}?[^\s])[ \t\u3000]?(?P<circled>[①-⑳])$")
# "反诈宣传活动方案A", "…方案 B": a title followed by a version letter; documents name their own options
# so too ("方案A：集中宣传"), so a run of them needs support (PrefixForm.needs_support).
HEADING_LETTERED = lazy_compile(r"^(?P<stem>[^：:，,。；\n]{2,60}?\p{Han})[ \t\u3000]?(?P<letter>[A-H])$")  # not a field's value ("形式：方案A")
# "电信诈骗工作总结（一）", "工作方案(2)": a title followed by a bracketed number (validated as a
# run, like HEADING_NUMBERED). "（一）领导重视" opens with its number: a section, never this.
HEADING_BRACKETED = lazy_compile(rf"^(?P<stem>.{{2,60}}?[^\s（(〔])[ \t]?[（(〔](?:第[ \t]?|其|范本|范文|样本|范例|例文)?(?P<num>{NUM})(?:[ \t]?[篇期])?[）)〕]$")  # also "X（其一）", "X〔二〕"
# "防范电信诈骗心得体会之二", "防范电信网络诈骗倡议书【3】", "…演讲稿【篇二】": a title with its number after 之 or in
# lenticular brackets (validated as a run, like HEADING_NUMBERED).
EXPLICIT_SERIES = lazy_compile(rf"之{NUM}[：:]")
HEADING_SUFFIXED = lazy_compile(
    rf"^(?P<stem>.{{2,60}}?[^\s])(?:之(?P<num>{NUM})|[ \t]?[【\[［](?:第)?篇?(?P<num>{NUM})篇?[】\]］])$"  # "X之二", "X【3】", "X [第1篇]"
    rf"|^(?P<stem>.{{2,30}}?)之(?P<num>{NUM})[：:][^：:]{{2,40}}$"  # "反诈倡议书之一：致辖区老年朋友"
)
# "法条背后，是一个个家庭·壹": a financial numeral after a dot ends each title; a run of them needs support
HEADING_DOT_NUMERAL = lazy_compile(r"^(?P<stem>.{2,60}?[^\s·・])[ \t]*[·・][ \t]*(?P<num>[壹贰貳叁參参肆伍陆陸柒捌玖拾])$")
# "砚川反诈简报·2024年第1期（总第25期）": a bulletin's masthead, its issue number after its name
ISSUE_HEADING = lazy_compile(
    rf"^(?P<stem>.{{0,30}}?(?:简报|快报|周报|月报|专报|通讯|动态|信息|工作通报))[ \t\u3000·・]*(?:(?:19|20)\d{{2}}年)?[ \t]*第(?P<num>{NUM})期(?:[（(]总第[ \t]*\d+[ \t]*期[）)])?$"
)
# "第5期　｜　2024年3月" over "“3·15”反诈宣传走进万象商圈": an issue's line alone (its date after a bar), the issue's
# title under it; issues one after another in a bound volume
ISSUE_LINE = lazy_compile(
    rf"[ \t\u3000]*第(?P<num>{NUM})期(?:[ \t\u3000]*[｜|丨·•—–\-][ \t\u3000]*(?:(?:19|20)\d{{2}}[ \t]*年(?:[ \t]*\d{{1,2}}[ \t]*月(?:[ \t]*\d{{1,2}}[ \t]*日)?)?|(?:19|20)\d{{2}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}})?))?[ \t\u3000]*"
)
# "观看反诈宣传片心得体会——第一篇", "反诈宣传标语 · 第二辑": the ordinal of a counted item after the
# title and a separator (an explicit count word: a heading in a run, whatever the stem).
HEADING_ORDINAL_AFTER = lazy_compile(
    rf"^(?P<stem>.{{2,60}}?[^\s])(?:[ \t\u3000]*(?:——|--|[·・•|｜:：—－-])[ \t\u3000]*|[ \t\u3000]+)第(?P<num>{NUM})(?P<counter>[篇则辑例])$"
)  # (or a space alone before it: "反诈横幅标语 第一篇")
# "▍X", "❖ X", "◆ X": a decoration opening every heading of a page; numbered by position, one run a mark.
# Documents decorate their own section headings so, so a run needs support (PrefixForm.needs_support).
DECORATED = lazy_compile(r"^(?P<mark>[▍▌▎▏█■□◆◇◈❖★☆●○◎◉►▶▷▸▹▻❯➢➣➜➔✦✧✪❀✿❁☞➤♦♢〓✎✐✑✒→]|[📌📍🔹🔸🔶🔷▪◾✅💡⭐🌟📢]\uFE0F?)[ \t\u3000]*(?=\S)")
# "🔴 高风险｜X", "🟠 中风险｜Y": any pictograph opening each heading, the marks of one run free to differ (a colour a level)
COLOUR_CIRCLES = "🔴🟠🟡🟢🔵🟣🟤⚫⚪"
COLOUR_SQUARES = "🟥🟧🟨🟩🟦🟪🟫⬛⬜"
PICTOGRAPH = lazy_compile(r"^\p{Extended_Pictographic}\uFE0F?[ \t\u3000]*(?=\S)")


def heading_mark(line: str) -> str | None:
    """The mark a decorated heading opens on, as a run of them shares it: its glyph (DECORATED), or a pictograph,
    colours of one shape one mark ("🔴 X", "🟠 Y": ●); None for a line opening on neither."""
    t = line.strip(" \t\u3000")
    if m := DECORATED.match(t):
        return m.group("mark")
    if PICTOGRAPH.match(t):
        return "●" if t[0] in COLOUR_CIRCLES else "■" if t[0] in COLOUR_SQUARES else t[0]
    return None


# An ordinal alone on its line, above the title ("—— 二 ——", "（二）", "第二篇") or under it (the same title
# repeated, "（二）" below): the title is the title line. Decorated, bracketed or in Chinese numerals: a bare
# "2" is a page number. A run needs support.
# A short label alone in brackets on its line ("【社区版】"): the heading of a part when the page holds
# several sharing their last word (版, 篇, 类…) and declares as many (needs support).
# a unit or a place in the label: not a tag ("【推荐】", "【原创】")
LABELLED_TITLE = lazy_compile(
    r"[【⦅〔［〖](?P<label>\p{Han}{1,8}(?:镇|乡|村|县|市|区|街道|社区|局|分局|派出所|所|队|院|中心|办|委|站|公司|银行|支行|分行|学校|中学|小学|学院|幼儿园|[一二三四五六七八九十]中|年级))[】⦆〕］〗]"
    r"[ \t\u3000]*(?P<title>\S.{3,60})"
)
BARE_LABEL = lazy_compile(r"[【\[〔［](?P<label>\p{Han}{2,6})[】\]〕］]")
# Headings in forms documents rarely give their own parts, each of a run needing support: a work's
# title alone in 《》 ("《一通电话的距离》" over each speech of a 选登), a label naming the title
# ("标题：xx镇…"), a number in brackets of a kind sections do not use ("X〖二〗", "X［二］"), a
# length ("X300字", "X500字": samples of one genre by their length); numbered by position.
# A section's name, not a piece's title: "会议通报的主要情况", "下一步工作部署安排", "活动主要做法", "下一步打算"
SECTION_WORDS = "情况|安排|做法|打算|成效|问题|措施|要求|目标|背景|意义|经验|体会|思路|部署"  # the words a section's name ends in
SECTION_NAMED = r"[^\n】〗◆◇■□★☆●○◎〓]{0,14}(?:" + SECTION_WORDS + r")[ \t\u3000]*[】〗◆◇■□★☆●○◎〓]"
CREDIT_START = r"(?:供稿|来源|作者|编辑|撰稿|撰文|摄影|通讯员|记者|审核|责编|报送)"
PAGE_HEADING = lazy_compile(
    rf"(?P<book>《(?P<title>[^《》\n]{{2,40}})》)|(?P<label>标题[：:][ \t\u3000]*(?P<title>\S.{{1,60}}))"
    # a whole title in brackets ("〖xx社区…活动方案〗", "【网格员上门，拦下一笔“解冻费”】"; not "【案例一】", a label)
    rf"|(?P<wrapped>〖(?!{SECTION_NAMED})(?P<title>[^〖〗\n]{{6,60}})〗|【(?!{CREDIT_START}|[^【】\n]*[·•]|{SECTION_NAMED})(?P<title>[^【】\n]{{6,60}})】)"  # not "【供稿部门·学生处】", a credit
    # a title between one decoration repeated on both sides ("◆◇ 我家的“反诈暗号” ◇◆", "〓 “退费”电话又来了 〓")
    rf"|(?P<framed>(?P<frame>[◆◇■□★☆●○◎〓▲△♦♢❖✦✧])[◆◇■□★☆●○◎〓▲△♦♢❖✦✧]*[ \t\u3000]+(?!{SECTION_NAMED})(?P<title>[^◆◇■□★☆●○◎〓▲△♦♢❖✦✧\n]{{2,60}}?)[ \t\u3000]+[◆◇■□★☆●○◎〓▲△♦♢❖✦✧]*(?P=frame))"
    # the unit that reports it after a title ("外卖骑手变身“流动宣传员”【县市场监管局】")
    rf"|(?P<unit_after>(?P<title>[^【】\n]{{4,60}}?)[ \t\u3000]*【\p{{Han}}{{2,12}}】)"
    rf"|(?P<title>.{{2,60}}?)[ \t]?(?:(?P<lenticular>〖{NUM}〗)|(?P<square>［{NUM}］)|(?P<length>[0-9]{{2,4}}字))"
)
# A unit alone on the line under a title, its text below: the papers of an exchange meeting, each
# by its unit ("xx县公安局", "xx农商银行", "xx镇人民政府"); numbered by position, a run needs support.
UNIT_LINE = lazy_compile(r"[\p{Han}xX×＊*]{1,20}(?:局|分局|所|队|大队|院|中心|街道|社区|办|办公室|委|委员会|委会|协会|联合会|工会|商会|站|部|处|科|公司|银行|支行|分行|学校|中学|小学|学院|政府|镇|乡)")
PROSE_LINE = lazy_compile(r"^(?=(?:[^\n]*?\p{Han}){10})[^\n]*[，。；！？]")  # ten Han characters and a sentence's mark
OWN_TITLE_MIN = 6  # the first article's own title above a separator run: a site's label ("范文参考", "正文") is shorter
SEPARATOR_LINE = lazy_compile(r"[ \t\u3000]*(?:[＊*・·•～~][ \t\u3000]*){3,}")  # "＊　＊　＊", "・・・・・・" between articles
# "初一年级｜认识骗局，从身边的案例开始", "城关派出所：“反诈夜校”开进工业园" under a decoration: a short
# label and a bar before the title, the labels of a run sharing their last character (年级, 所), numbered
# by position. Documents label their own steps so ("第一步｜下载"), so a run needs support.
BAR_LABEL = lazy_compile(r"(?P<label>\p{Han}{2,8})[ \t\u3000]*[｜|丨][ \t\u3000]*(?P<title>\S.{1,60})")
# "石堨镇｜…", "县中医院｜…", "古楼支行：…": the unit each item of a round-up comes from, before a bar or a colon; the
# units of one run end in different words, so they share one key (a plan's "县公安局：牵头抓总" has no piece under it)
UNIT_LABEL = lazy_compile(
    r"(?P<label>(?=\p{Han}{2})\p{Han}{0,10}(?:局|分局|所|队|大队|院|医院|中心|街道|社区|办|委|委会|站|公司|银行|支行|分行|营业部|营业厅|信用社|学校|中学|小学|[一二三四五六七八九十]中|学院|幼儿园|政府|镇|乡|村|警务室|办公室))"
    r"[ \t\u3000]*(?:[｜|丨]|[：:])[ \t\u3000]*(?P<title>\S.{5,60})"
)
DASHES = r"[—–\-=~·•*＊]+"
LONE_ORDINAL = lazy_compile(
    rf"^[ \t\u3000]*(?:{DASHES}[ \t\u3000]*(?P<num>{NUM})[ \t\u3000]*{DASHES}|[(（〔【\[](?:第|其)?(?P<num>{NUM})(?:篇)?[)）〕】\]]|第?(?P<num>{NUM_CHAR}{{1,3}})篇?"
    rf"|第(?P<num>{NUM})[篇份则封例][\p{{Han}}]{{0,2}}|(?:Part|PART|part)[ \t]*(?P<num>[0-9]{{1,2}}))[ \t\u3000]*$"  # "第一份材料", "Part 02"
)
# An ordinal alone between decorations, with the word for what it numbers ("— 案例一 —", "✦ 第一篇 ✦", "· 其一 ·",
# "★ 故事二 ★"), or a bare section number ("01", "02.", PHENOMENA.md §5): the title line under it heads the piece
FRAME_CHARS = "—–\\-=~·•*＊✦✧★☆◆◇❖♦■□●○◎▪▫❀✿〓"
FRAMED_ORDINAL = lazy_compile(
    rf"[ \t\u3000]*(?:[{FRAME_CHARS}]{{1,4}}[ \t\u3000]*(?:第|其|案例|故事|事例|例|篇|提示|镜头|Part|PART|NO\.?|No\.?)?[ \t]*(?P<num>{NUM})[ \t]*(?:篇|份|则|封|例|个)?[ \t\u3000]*[{FRAME_CHARS}]{{1,4}}"
    rf"|(?P<num>0[1-9]|[1-9][0-9]?)[.．、]?)[ \t\u3000]*"
)
# "(精选24篇)", "（集合3篇）", "（十五篇）", "…总结12篇": a declared count in a collection title
# (any word of one to three characters before the number but 第: "（第2篇）" numbers an article).
# Other count words only in brackets and below 100 ("（收录4则）", "（范本三份）", "（5份打包）",
# "（分三辑）", "（3则可参考）", "（合辑·3篇）"; not "（500份）" of leaflets), or after a genre word ("…演讲稿三例").
# Every form of DECLARED holds a numeral (its last digit or numeral character) right before its count word,
# spaces or tabs between: a line without one is left at once (a line of a page holds a count word 4 times in 10,
# this 1 time in 10, and DECLARED takes 0.1 ms a line to find nothing).
NUMBER_BEFORE_COUNT_WORD = re.compile(rf"[0-9{NUM_CHAR[1:-1]}][ \t]*[篇则例份辑套封类期首个组版]")
# Beyond that, every form of DECLARED stands in a bracket or beside a bar (DECLARED_FRAME), or ends the title on one
# of DECLARED_ENDS (its count word, or 合订/合集/汇编/打包 after 篇): "一个" and "3个" of a line of prose hold no count
# without them (one line of a page in seven holds a numeral before a count word, and DECLARED took 48 µs on each).
DECLARED_FRAME = re.compile(r"[(（【〔［\[〖｜|丨]")
DECLARED_ENDS = tuple("篇则例份封首组订集编包")

# Genre words a collection's title ends in, and so do the headings of its articles when they
# have no number of their own ("【推荐】城南中学…活动简报", "一、致全市老年朋友的反诈倡议书").
GENRE = (
    r"(?:倡议书|承诺书|告知书|建议书|策划书|一封信|公开信|提醒信|告知信|倡议信|慰问信|感谢信|家书|心得体会|心得|体会|感想|观后感|总结|小结|方案|计划|简报|报告|汇报|讲话稿|讲话|发言稿|"
    r"演讲稿|广播稿|致辞|主持词|征文|作文|教案|标语|口号|宣传语|顺口溜|新闻稿|通讯|信息|材料|提示|提醒|通知|问答|家长书)"
)
FILE_EXTENSION = lazy_compile(r"\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$", regex.IGNORECASE)
SMALL_NUM = rf"(?:[0-9]{{1,2}}|{NUM_CHAR}{{1,3}})"
DECLARED = lazy_compile(
    rf"[(（【][ \t]*(?:(?!第|{NUM_CHAR})\p{{Han}}){{0,4}}[ \t]*[·・]?[ \t]*(?P<n>{NUM})[ \t]*篇[ \t]*(?:[·・，,][ \t]*)?\p{{Han}}{{0,6}}[ \t]*[)）】]"  # also "（3篇，任选其一）", "（本合集含3篇）"
    rf"|[(（【][ \t]*(?:(?!第|附件|附表|{NUM_CHAR})\p{{Han}}){{0,3}}[ \t]*[·・]?[ \t]*(?<![0-9])(?P<n>{SMALL_NUM})[ \t]*[则例份辑套封版][ \t]*(?:[·・][ \t]*)?\p{{Han}}{{0,6}}[ \t]*[)）】]"  # also "（共收录3版）"
    rf"|(?<=标语|口号|宣传语|警句|顺口溜|金句)[ \t]*[(（【][ \t]*(?:共|精选)?[ \t]*(?P<n>{SMALL_NUM})[ \t]*组[ \t]*[)）】]"  # "…宣传标语（三组）": slogans in groups (not "演练方案（分3组）", people)
    rf"|[(（【][ \t]*共[ \t]*(?P<n>{SMALL_NUM})[ \t]*期[ \t]*[)）】]"
    rf"|[(（【][ \t]*(?:内含|共含|共收|收录|节目|作品|文件|材料)[ \t]*(?P<n>{SMALL_NUM})[ \t]*个[ \t]*[)）】]"  # "（内含3个）": a file's documents counted, "（节目3个）"  # "（共三期）": a bulletin's issues; not an estate's "（二期）"
    rf"|[(（【][ \t]*(?:(?!第|{NUM_CHAR})\p{{Han}}){{0,1}}(?<![0-9])(?P<n>{SMALL_NUM})[ \t]*类[ \t]*[)）】]"  # "（分三类）", not "（聚焦三类重点人群）"
    rf"|(?<![0-9]|第{NUM_CHAR}{{0,3}})(?P<m>{NUM})篇(?:合订|合集|汇编|打包)?$"  # "…讲话3篇合订"
    rf"|(?<=稿|书|词|体会|心得|总结|方案|计划|简报|标语|范文|范本|问答|材料|汇报|报告|倡议|提示|提醒|故事|案例|快讯)(?P<m>{SMALL_NUM})[则例份首组]$"  # "…宣传标语三组", "…工作汇报三则"
    rf"|[(（][ \t]*\p{{Han}}{{1,6}}(?:[、，,]\p{{Han}}{{1,6}}){{1,5}}[ \t]*(?<![0-9]|各)(?P<n>{SMALL_NUM})[ \t]*[篇则例份封][ \t]*[)）]"  # "（学生、家长、教师3份）": one for each party named
    # a count in other brackets, after a dot or a bar at the title's end, or before a bar: "〔四例〕", "…总结优选·3例",
    # "…心得｜3篇", "本周防骗提醒4则｜积分、宽带…" (not "第3则｜", an ordinal)
    rf"|(?<=\S)[〔［\[〖][ \t]*(?:共|计|含|收)?[ \t]*(?P<n>{SMALL_NUM})[ \t]*[篇则例份封][ \t]*[〕］\]〗][ \t]*$"  # (not "〔一则〕X", a heading)
    rf"|[·・｜|丨][ \t\u3000]*(?:共|计)?(?P<m>{SMALL_NUM})[ \t]*[篇则例份封]$"
    rf"|(?<=稿|书|词|体会|心得|总结|方案|计划|简报|标语|范文|范本|问答|材料|汇报|报告|倡议|提示|提醒|故事|案例|快讯)(?P<m>{SMALL_NUM})[ \t]*[篇则例份](?=[ \t\u3000]*[｜|丨])"
    # a count leading a title of the genre (LEADING_DECLARED): "5篇防诈骗安全教育观后感", "精选3篇…工作总结范文"
    rf"|^[ \t]*(?:精选|最新|优秀|经典|热门)?(?P<m>{SMALL_NUM})[ \t]*篇(?=[^\s，。,；;：:！？!?]{{2,40}}?(?:{GENRE}|范文|范本|模板|稿)[ \t]*$)"
)
# DECLARED's form a count leads, asked before declared_count's gate on how a title ends
LEADING_DECLARED = lazy_compile(rf"^[ \t]*(?:精选|最新|优秀|经典|热门)?{SMALL_NUM}[ \t]*篇\p{{Han}}")
# Text after a line that is a heading line: ends a sentence, or a list marker that opens a section.
SENTENCE_END = "。！？!?；;…”」』"
TITLE_MAX = 60
# An inline heading in flattened preview text: "典型经验材料4篇1 为进一步…".
INLINE_PIAN = lazy_compile(r"(?P<stem>[^\s。，；：！？、]{2,40}?)(?P<count>[0-9]{1,2})篇(?P<num>[0-9]{1,2})(?=[ \t])")
# Enumeration markers: a line that opens with one is a section of an article, not a title.
ENUM = lazy_compile(r"^(?:[(（]?[一二三四五六七八九十0-9]{1,3}(?:[)）、]|[.．](?!\d))|[一二三四五六七八九十]是|第[一二三四五六七八九十0-9]{1,3}[步条章节])")  # not "12.09 X", a date
# A flattened preview: a long line whose paragraphs were joined with spaces.
FLAT_SPACE = lazy_compile(r"(?<=[\p{Han}。，；：！？”）])[ \t](?=[\p{Han}“（0-9一二三四五六七八九十])")
PREVIEW_MIN = 150
PRIZE_AFTER_GRADES = 4  # 优秀奖, 鼓励奖…: the grade after 三等奖
# Headings may skip this many numbers (a scrape lost an article) and still be one run.
MAX_GAP = 3
PREVIEW_SPACES = 2


# The genres a piece of a collection is written in, by itself: not those a document's own parts are named by
# ("【提醒一】", "【方案一】", "【问答一】": one post's tips, one plan's parts, one leaflet's questions)
PIECE_GENRE = (
    r"(?:倡议书|承诺书|告知书|建议书|一封信|公开信|感谢信|心得体会|心得|体会|观后感|总结|小结|简报|讲话稿|发言稿|演讲稿|广播稿|致辞|主持词|征文|作文|教案|新闻稿)"
)


@dataclass(frozen=True)
class PrefixForm:
    """A heading that opens with its number (`篇一：title`, `【篇1】title`, a bare `第一篇`)."""

    name: str
    marker: LazyPattern  # the number marker at the start of the line, with group `num` (compiled by _prefix_markers)
    key: str  # the headings of one run share this key
    keeps_marker: bool  # the title is the heading as written (【篇1】title), or only the words after the colon
    alone: bool  # one heading is enough; otherwise only a run of two or more counts
    # An ordinal that documents also number their own points with (①, Ⅰ．, 其一): a run of them
    # heads articles only when the page declares that many or every title ends in a genre word.
    needs_support: bool = False


# Number-first headings, tried in order on the stripped line. Only `篇一：` and `第一篇：` stand
# alone, as they did before the others were added; a `[篇1]` may be an inner label or chrome
# (PHENOMENA §5), a `范文一：` or a bare `第一篇` a line of prose, so they count only in a run.
PREFIX_FORMS = (
    # "篇1：X", "第一篇：X", and the same with a bar or a dot after the number ("第一篇丨X", "篇二｜X")
    PrefixForm("pian_colon", lazy_compile(rf"篇(?P<num>{NUM})[ \t\u3000]*(?:[：:丨｜|·・•]|——)"), "篇", False, True),
    PrefixForm("di_pian_colon", lazy_compile(rf"第(?:(?P<num>{NUM})|(?P<circled>[①-⑳])|(?P<roman>[Ⅰ-Ⅻ]))篇[ \t\u3000]*(?:[：:丨｜|·・•]|——)"), "篇", False, True),  # also "第①篇：", "第Ⅱ篇："
    PrefixForm("di_pian_line", lazy_compile(rf"第(?:(?P<num>{NUM})|(?P<roman>[Ⅰ-Ⅻ]))篇(?=[ \t]*$)"), "篇", True, False),
    PrefixForm("di_feng_line", lazy_compile(rf"第(?P<num>{NUM})封(?=[ \t]*$)"), "封", True, False, True),  # "第一封" alone over a letter (support: a count)
    PrefixForm("di_pian_space", lazy_compile(rf"第(?:(?P<num>{NUM})|(?P<roman>[Ⅰ-Ⅻ]))篇(?=[ \t\u3000]+\S)"), "篇", True, False),  # also "第Ⅰ篇　X"
    PrefixForm("di_tao_colon", lazy_compile(rf"第(?P<num>{NUM})套[：:]"), "套", True, False),  # a quiz of a collection of quizzes
    PrefixForm("no_number", lazy_compile(r"(?:NO|No|no)[.．]?[ \t]*(?P<num>[0-9]{1,2})(?:(?=[ \t\u3000]+\S)|[ \t\u3000]*[｜|丨:：](?=[ \t\u3000]*\S))"), "NO", True, False),
    # "№1　X", "Part 1｜X": a WeChat post numbers its own parts so too, so a run needs support
    PrefixForm("part_number", lazy_compile(r"(?:№|Part|PART|part|Day|DAY|day|TIPS|Tips|tips|TIP|Tip)[.．]?[ \t]*(?P<num>[0-9]{1,2})(?:(?=[ \t\u3000]+\S)|[ \t\u3000]*[｜|丨:：▏▎▍](?=[ \t\u3000]*\S))"), "Part", True, False, True),  # also "TIPS 1 ▏X"
    # "1/5 X": the number of the article out of the page's count, in a run; "〔推文 1/3〕X", "【1/3】X": in brackets, a word before it
    PrefixForm("of_count", lazy_compile(r"(?P<num>[0-9]{1,2})[/／][0-9]{1,2}[ \t\u3000]+(?=\S)"), "/", True, False),
    PrefixForm("of_count_bracketed", lazy_compile(r"[〔【\[［(（](?!图)\p{Han}{0,4}[ \t]*(?P<num>[0-9]{1,2})[ \t]*[/／][ \t]*[0-9]{1,2}[〕】\]］)）][ \t\u3000]*(?=\S)"), "[/]", True, False, True),  # a thread's parts number so too: support
    # "【精选范文1】X", "［1］X", "壹　X": a numbered sample in brackets, a bracketed number, a financial numeral, in a run
    PrefixForm("sample_bracketed", lazy_compile(rf"[【\[［（(〔](?:精选|优秀|参考)?(?:{SAMPLE_WORDS})(?P<num>{NUM})[】\]］）)〕][ \t\u3000]*(?=\S)"), "【范文】", True, False),  # also "（范本一）X"
    PrefixForm("draft_numbered", lazy_compile(rf"[【\[［（(〔]?(?:{DRAFT_WORDS})(?:(?P<num>{NUM})|(?P<letter>[A-H]))(?:[】\]］）)〕][ \t\u3000]*|[：:、.．｜|丨]|[ \t\u3000]+)(?=\S)"), "样稿", True, False, True),  # "样稿1　X", "模板1：X", "样张B｜X"
    # "一号作品　X", "2号稿件：X": a piece by its number
    PrefixForm("number_piece", lazy_compile(rf"(?P<num>{NUM})号(?:作品|稿件|文章|选手)(?:[：:、]|[ \t\u3000]+)(?=\S)"), "号作品", True, False, True),
    # "Sample 1 · X", "Example 2：X": a sample numbered in English, in a run
    PrefixForm("sample_latin", lazy_compile(r"(?:Sample|SAMPLE|Example|EXAMPLE|Template|TEMPLATE)[ \t]*(?P<num>[0-9]{1,2})(?:[ \t\u3000]*[·・•:：｜|丨.．—–\-]+[ \t\u3000]*|[ \t\u3000]+)(?=\S)"), "Sample", True, False),
    PrefixForm("number_bracketed", lazy_compile(r"［(?P<num>[0-9]{1,2})］[ \t\u3000]*(?=\S)"), "［］", True, False, True),
    PrefixForm("financial_numeral", lazy_compile(r"(?P<num>[壹贰叁肆伍陆柒捌玖拾])[ \t\u3000]+(?=\S)"), "壹", True, False, True),
    PrefixForm("pian_bracketed", lazy_compile(rf"[【\[]篇(?P<num>{NUM})[】\]][：:]?"), "【篇】", True, False),
    PrefixForm("fanwen_colon", lazy_compile(rf"范文(?P<num>{NUM})[：:]"), "范文", False, False),
    PrefixForm("fanwen_line", lazy_compile(rf"范文(?P<num>{NUM})(?=[ \t]*$)"), "范文", True, False),
    # "范文一教学目标：让学生…": the sample's number glued to its first words, the marker alone its heading (GLUED_SAMPLE_FORMS);
    # in a run, with support (not "范文一篇…", "范例一则…": a count; nor "范文一和范文二都…", "范例一中，作者…": a guide on them)
    PrefixForm("fanwen_glued", lazy_compile(rf"(?:范文|范例|例文|样文)(?P<num>{NUM})(?=[\p{{Han}}“「])(?![篇则份个些封的和与及中里是也都])"), "范文", True, False, True),
    # "范例一：X", "样本1 X", "参考范文1：X", "范例①：X": a numbered sample, in a run
    PrefixForm(
        "sample_numbered",
        lazy_compile(rf"(?:参考|优秀|精选)?(?:{SAMPLE_WORDS})(?:(?:(?P<num>{NUM})|(?P<circled>[①-⑳])|(?P<stem>[甲乙丙丁戊己庚辛壬癸]))(?:[：:、.．]|[ \t\u3000]+(?=\S))|[（(](?P<num>{NUM})[）)][ \t\u3000]*(?=\S))"),  # also "范文甲：X"
        "范例", True, False,
    ),
    # "第一则：致全体市民的…倡议书", "第二例 X", "第三辑：X": the ordinal of a counted item, in a run
    # (a release may list its cases as 第一例：…, so these need support too, like ①)
    # "第一场　村文化礼堂：…", "第2站｜石窑村：…": the stops of a tour, each its own report or speech (support too)
    *(PrefixForm(f"di_{c}", lazy_compile(rf"第(?:(?P<num>{NUM})|(?P<circled>[①-⑳])){c}(?:[：:]|[ \t\u3000]*[｜|丨][ \t\u3000]*|[ \t\u3000]+)(?=\S)(?![ \t\u3000｜|丨]*(?:(?:19|20)\d{{2}}|\d{{1,2}}月))"), f"第{c}", True, False, True) for c in "则例辑首场站期组"),  # also "第①组　X", "第一期　X"; not "第5期　｜　2024年3月"
    # "一则：菜场摊主的“二维码”被换了": a story counted by 则 before its title (support)
    PrefixForm("num_ze", lazy_compile(rf"(?P<num>{NUM_CHAR}{{1,3}})则(?:[：:]|[ \t\u3000]*[｜|丨][ \t\u3000]*|[ \t\u3000]+)(?=\S)"), "一则", True, False, True),  # also "一则　X"
    # "A. 冒充“医保中心”…", "B．“银行卡年审”…": a capital letter and a stop; a quiz's options are lettered so, so a run of
    # them heads pieces only when the pieces are shaped as pieces (_supported reads the key)
    PrefixForm("latin_letter", lazy_compile(r"(?:(?P<letter>[A-H])|(?P<wletter>[Ａ-Ｈ]))[.．、：:][ \t\u3000]*(?=[\p{Han}“「《])|[(（](?P<letter>[A-H])[)）][ \t\u3000]*(?=[\p{Han}“「《])"), "A.", True, False, True),  # also "A：X", "（A）X", "Ａ．X"
    # "预警第31号｜X", "反诈小课堂 · 第12课｜X": a series' numbers, from wherever the page starts, the title after a bar
    PrefixForm("series_numbered", lazy_compile(rf"(?P<word>\p{{Han}}{{2,8}}?)[ \t\u3000]*[·•・]?[ \t\u3000]*第(?P<num>[0-9]{{1,3}}|{NUM_CHAR}{{1,3}})(?:号|期|课|讲|集|回)[ \t\u3000]*[｜|丨:：][ \t\u3000]*(?=\S)"), "第号", True, False, True),
    # "其一　守好我们的“钱袋子”", "①X", "Ⅰ．X", "A版　X": ordinals that number a page's articles
    # as often as a document's own points, so a run of them needs support (PrefixForm.needs_support)
    PrefixForm("qi_number", lazy_compile(rf"其(?P<num>{NUM_CHAR}{{1,3}})(?:[：:、]|[ \t\u3000]+(?=\S))"), "其", True, False, True),
    PrefixForm("circled", lazy_compile(r"(?P<circled>[①-⑳])[ \t\u3000]*(?=\S)"), "①", True, False, True),
    # "㈠ X", "⑴X", "1️⃣ X": numerals a font draws in brackets or keycaps, and "【甲】X", "〈二〉X", "「三」X":
    # an ordinal (Chinese, Arabic, or a heavenly stem 甲乙丙丁…) in brackets of any kind but （）,
    # which documents number their own sections with; in a run, with support
    PrefixForm("enclosed", lazy_compile(r"(?:(?P<pideo>[㈠-㈩])|(?P<pnum>[⑴-⒇])|(?P<num>[0-9])\uFE0F?\u20E3|(?P<neg>[❶-❿])|(?P<neg2>[➊-➓])|(?P<plet>[⒜-⒵]))[ \t\u3000]*(?=\S)"), "㈠", True, False, True),  # also "⒜ X"
    # "(i) X", "（iii）X": a small roman numeral in brackets, in a run with support
    PrefixForm("small_roman", lazy_compile(r"[(（](?P<sroman>i{1,3}|iv|vi{0,3}|ix|x)[)）][ \t\u3000]*(?=\S)"), "(i)", True, False, True),
    # "一｜X", "三 | X": a Chinese numeral before a bar, in a run with support (a post numbers its parts so too)
    PrefixForm("numeral_bar", lazy_compile(rf"(?P<num>{NUM_CHAR}{{1,2}})[ \t]*[｜|丨][ \t\u3000]*(?=\S)"), "一｜", True, False, True),
    # "【第1弹】X", "〔第二集〕X": an episode of a series in brackets, in a run with support
    PrefixForm("episode", lazy_compile(rf"[【〔［\[](?:第)?(?P<num>{NUM})[ \t]*(?:弹|集|话|回|站|则|起|例|期|课|讲|篇)[】〕］\]][ \t\u3000]*(?=\S)"), "【第1弹】", True, False, True),  # also "〔一则〕X", "【第2期】X"
    # "［EP07］X", "【Vol.3】X": an episode numbered in Latin letters, a series from wherever the page starts (support)
    PrefixForm("episode_latin", lazy_compile(r"(?:[【〔［\[](?:EP|Ep|ep|Vol|VOL|vol)[.．]?[ \t]*(?P<num>[0-9]{1,3})[】〕］\]]|(?:EP|Ep|Vol|VOL)[.．]?[ \t]*(?P<num>[0-9]{1,3})[ \t]*[｜|丨:：])[ \t\u3000]*(?=\S)"), "［EP］", True, False, True),  # also "EP07｜X"
    # "(a) X", "（b）X": a small letter in brackets; "甲、X": a heavenly stem before a comma of enumeration (support)
    PrefixForm("paren_letter", lazy_compile(r"[(（](?P<sletter>[a-h])[)）][ \t\u3000]*(?=[\p{Han}“「《])"), "(a)", True, False, True),
    PrefixForm("stem_comma", lazy_compile(r"(?P<stem>[甲乙丙丁戊己庚辛壬癸])[、：:][ \t\u3000]*(?=\S)"), "甲、", True, False, True),  # also "甲：X"
    # "甲本　致社区中老年朋友的一封反诈倡议书", "乙稿：X": a version or a draft by its heavenly stem (support)
    PrefixForm("stem_version", lazy_compile(r"(?P<stem>[甲乙丙丁戊己庚辛壬癸])(?:本|稿|版|篇|式)(?:[：:]|[ \t\u3000]+)(?=\S)"), "甲本", True, False, True),
    # "#01 X", "（Ⅱ）X": a hash and a number, a roman numeral in any brackets
    PrefixForm("hash_number", lazy_compile(r"#(?P<num>[0-9]{1,2})[ \t\u3000]+(?=\S)"), "#", True, False, True),
    PrefixForm("bracketed_roman", lazy_compile(r"[（(【〔［「『〈\[](?P<roman>[Ⅰ-Ⅻ])[)）】〕］」』〉\]][ \t\u3000]*(?=\S)"), "（Ⅰ）", True, False, True),
    # "【倡议书·一】X", "【范文·2】X": a genre's or a sample's word and an ordinal in brackets, in a run; "「来稿 · 一」X",
    # "【案例1】X": any other word so (a release numbers its cases so), in a run with support
    # "【周一】菖溪镇：…", "〔周四〕X": a week's days in brackets, a digest's items by the day (in a run, with support)
    PrefixForm("weekday_bracketed", lazy_compile(r"[【〔［\[](?:周|星期)(?P<wday>[一二三四五六日天])[】〕］\]][ \t\u3000]*(?=\S)"), "【周一】", True, False, True),
    PrefixForm("bracketed_genre_ordinal", lazy_compile(rf"[【〔［「『〈\[](?P<word>{PIECE_GENRE}|{SAMPLE_WORDS}|{DRAFT_WORDS})[ \t]*[·・•]?[ \t]*(?P<num>{NUM})[】〕］」』〉\]][ \t\u3000]*(?=\S)"), "【词·一】", True, False),
    PrefixForm("bracketed_word_ordinal", lazy_compile(rf"[【〔［「『〈\[](?P<word>\p{{Han}}{{1,6}}?)[ \t]*[·・•]?[ \t]*(?P<num>{NUM})[】〕］」』〉\]][ \t\u3000]*(?=\S)"), "【词·一】", True, False, True),
    PrefixForm("bracketed_ordinal", lazy_compile(rf"(?:[【〔［「『〈\[](?:(?P<num>{NUM})|(?P<stem>[甲乙丙丁戊己庚辛壬癸]))[】〕］」』〉\]]|＜(?:(?P<num>{NUM})|(?P<stem>[甲乙丙丁戊己庚辛壬癸]))＞)[ \t\u3000]*(?=\S)"), "【甲】", True, False, True),  # also "＜一＞X"
    PrefixForm("roman", lazy_compile(r"(?P<roman>[Ⅰ-Ⅻ])(?:[．.、:：][ \t\u3000]*|[ \t\u3000]+)(?=\S)"), "Ⅰ", True, False, True),
    PrefixForm("letter_version", lazy_compile(r"(?P<letter>[A-H])[版卷套](?:[：:][ \t\u3000]*|[ \t\u3000]+)(?=\S)"), "A版", True, False, True),
    # "（1）《xx小学开展“反诈小课堂”活动》9月20日下午，…": a bracketed number and a book title glued to the text
    PrefixForm("number_book", lazy_compile(r"[(（](?P<num>[0-9]{1,2})[)）][ \t\u3000]*(?=《[^》\n]{2,60}》)"), "（1）《》", True, False, True),
    # "01 社区反诈宣传月活动方案.docx": a bundle's files shown one after another, in a run
    PrefixForm("file_name", lazy_compile(r"(?P<num>[0-9]{1,2})[ \t\u3000._、-]+(?=[^\s]{2,60}\.(?:docx?|pdf|wps|txt)(?:[ \t\u3000]|$))"), "file", True, False, True),
    # "一等奖　《我家的“反诈小喇叭”》": prize-winning pieces by their grade (优秀奖 after 三等奖)
    PrefixForm("prize", lazy_compile(r"(?P<prize>[一二三四五六七八九]等奖|优秀奖|鼓励奖|佳作奖|入围奖)[ \t\u3000]*(?=《)"), "奖", True, False, True),
    # "案例一：X", "心得二　X", "作品3：X", "案例①：X": any short word and an ordinal, the word shared by the run (the
    # key is the form's and the word's); a release numbers its cases so and a handbook its chapters
    # ("篇章一　识骗"), so a run needs support; a dot may part the word from its ordinal ("案例·二　X"). Not 第 (the document's "第一：…"), nor the forms above.
    PrefixForm("word_ordinal", lazy_compile(rf"(?P<word>(?!第|问答|问题|提问)\p{{Han}}{{1,4}}?)(?:[ \t]*[·・•][ \t]*|(?<=\p{{Han}}{{2}})[ \t]+(?=[0-9]{{1,3}}[ \t]*[｜|丨‖▏：:]))?(?:(?P<num>{NUM_CHAR}{{1,3}}|[0-9]{{1,3}})|(?P<circled>[①-⑳]))(?:[：:]|[ \t]*[｜|丨‖▏][ \t\u3000]*|[ \t\u3000]+)(?=\S)"), "词", True, False, True),  # also "简报18｜X", "陷阱 01 ‖ X"
)


# Ordinals written as one character of a run of the script: the group that holds it, and the first of its run.
ORDINAL_RUNS = {"circled": "①", "roman": "Ⅰ", "letter": "A", "wletter": "Ａ", "neg": "❶", "neg2": "➊", "pideo": "㈠", "pnum": "⑴", "plet": "⒜"}
SMALL_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _ordinal(m: regex.Match[str]) -> int:
    """The number a heading marker gives: 一 / 1 in group `num`, ①, Ⅰ, A, ❶, ㈠, ⑴ (ORDINAL_RUNS), 甲, a prize grade."""
    groups = m.groupdict()
    for group, first in ORDINAL_RUNS.items():
        if groups.get(group):
            return ord(groups[group]) - ord(first) + 1
    if groups.get("stem"):
        return HEAVENLY_STEMS.index(groups["stem"]) + 1
    if groups.get("sletter"):
        return ord(groups["sletter"]) - ord("a") + 1
    if groups.get("sroman"):
        return SMALL_ROMAN[groups["sroman"]]
    if groups.get("prize"):
        return parse_int(groups["prize"][0]) or PRIZE_AFTER_GRADES
    if groups.get("wday"):
        return "一二三四五六日".index(groups["wday"].replace("天", "日")) + 1  # 周一 … 周日
    return parse_int(groups["num"]) or 0


@dataclass(frozen=True)
class Found:
    """An article found in the page text: `text[start:end]` is its text, title excluded."""

    ordinal: int
    title: str | None
    collection_title: str | None
    start: int
    end: int
    preview: bool = False
    heading_number: int | None = None
    subtitle: str | None = None  # "——记…" under the title: part of the heading, not of the text
    # the heading's lines that open the text (a 副题 without a dash; the document's issuer, writer or occasion
    # under its title): kept there, with their facts
    heading_lines: str | None = None


@dataclass(frozen=True)
class Split:
    articles: list[Found]
    collection_title: str | None
    declared: int | None
    warning: str | None


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Heading:
    line: int  # index into the lines
    stem: str  # comparison key: spaces removed
    number: int
    title: str  # the heading as written
    body_start: int  # where the article text begins (after the heading)
    strong: bool  # an explicit 篇 marker
    alone: bool  # a run of this one heading counts
    needs_support: bool = False  # PrefixForm.needs_support
    at: int | None = None  # where a heading glued to the end of the line above begins (the article above ends there)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(_Line(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _key(s: str) -> str:
    return "".join(s.split())


def _words_start(ln: _Line) -> int:
    """Where a line's words begin in the page (its leading spaces aside)."""
    return ln.start + len(ln.text) - len(ln.text.lstrip())


def _next_text(lines: list[_Line], start: int, end: int | None = None) -> str:
    """The first line from `start` (to `end`) with words on it, stripped, or ""."""
    return next((ln.text.strip() for ln in lines[start:end] if ln.text.strip()), "")


CLOSING_QUOTES = "”」』"
OPENING_QUOTES = "“「『"


TRANSLATED = lazy_compile(r"[ \t\u3000]*[(（][A-Za-z][A-Za-z0-9 ,.'&:\-–]{2,80}[)）]$")  # a title's English beside it


def _is_title_like(line: str) -> bool:
    """Short, not ending a sentence, not a list item. A closing quote may end a headline
    (`民警支招守好“钱袋子”`) unless a sentence ends inside it (`…他说：“快报警。”`)."""
    line = line.strip()
    if line.startswith("《") and BOOK_TITLE_LINE.fullmatch(line):
        return len(line) <= TITLE_MAX  # "《网恋对象让你投资？快跑！》": a title in book marks, whatever ends inside them
    quoted = line.endswith(tuple(CLOSING_QUOTES)) and any(o in line for o in OPENING_QUOTES)
    last = line.rstrip(CLOSING_QUOTES) if quoted else line
    length = (len(TRANSLATED.sub("", line)) or len(line)) if line.endswith((")", "）")) else len(line)  # "致国际学生的…提示（Anti-Fraud Reminder for International Students）"
    return 0 < length <= TITLE_MAX and bool(last) and last[-1] not in SENTENCE_END + "，,：:" and not ENUM.match(line)


# A headline may be one sentence with its stop ("听完那场反诈讲座，我把手机里的三个“理财群”都退了。", "反诈宣传进社区，守护
# 群众钱袋子！"): a page's first line of one sentence, this long at most, over a paragraph of two sentences or more, or
# of one sentence longer than it, among the next lines (a slogan list's short one-sentence lines, an untitled page's
# first paragraph of several, head nothing)
SENTENCE_HEADLINE_MAX = 40
SENTENCE_HEADLINE_BELOW = 3  # the next lines read for that paragraph (the pipeline's document title reads as many)
SENTENCE_STOPS = re.compile(r"[。！？!?；;]")


def sentence_headline(first: str, below: Iterable[str]) -> bool:
    """Whether `first`, a page's first line, is a headline written as one sentence over `below`, the next lines
    (SENTENCE_HEADLINE)."""
    first = first.strip()
    if not first or len(first) > SENTENCE_HEADLINE_MAX or first[-1] not in "。！" or SENTENCE_STOPS.search(first, 0, len(first) - 1):
        return False
    below = [line.strip() for line in below if line.strip()]
    if below and _is_title_like(below[0]) and not FRAUD_WORD.search(first):
        return False  # a title-like line under it may be the headline ("本站提供最新资讯，每日更新。" over one): a deck's has the topic
    return any(SENTENCE_STOPS.search(line.rstrip("。！？!?；;”")) or (len(line) > len(first) and line[-1] in "。！？!?") for line in below)


BOOK_TITLE_LINE = lazy_compile(r"《[^《》\n]{2,}》")


CLAUSE_MARK = lazy_compile(r"[，。；！？,;]")
YEAR_PREFIX = lazy_compile(r"^\d{4}年(?:度)?")
GLUED_NUMBER = lazy_compile(
    r"(?|[ \t]?(?:篇)?([0-9]{1,2})(?:(?=[\p{Han}“xX])|(?<=\p{Han}{4}[ \t][0-9]{1,2})[ \t](?=[\p{Han}“]))"
    r"|[ \t]?[（(]([0-9]{1,2})[）)](?=[\p{Han}“]))"  # also "…心得体会（2）作为一名班主任，…"
)
# (also "X 1 我校把…", PHENOMENA.md §5's "X 1": a title of Han words, a narrow space on either side of its number; not
# "Case 1　X", a number's wide space before its title)


HEADLINE_MAX = 40
# The number of an official document, on the line above its title: "xx〔2024〕12号", "x发[2023]5号".
DOCUMENT_NUMBER = lazy_compile(r"^[^\n]{0,20}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号\s*$")
INNER_STOP = lazy_compile(r"[。；;]|[！？!?](?=.)")
ASKED_THEN_TOLD = lazy_compile(r"[^。；;！？!?\n]{2,16}[？?！!][^。；;！？!?\n]{2,16}[。！!？?]?")  # one question or cry inside a headline, then its answer
HEADLINE_BREAKS = lazy_compile(r"[，。；：,;:]")


def _is_exclaimed_headline(line: str) -> bool:
    """A short headline that ends in ！, ？ or …… (`暑期将至，这几类骗局要当心！`, `接到这种电话，请立即挂断！`):
    no other sentence ends inside it."""
    line = line.strip()
    if len(line) > 2 and line[0] in OPENING_QUOTES and line[-1] in CLOSING_QUOTES and not any(q in line[1:-1] for q in OPENING_QUOTES + CLOSING_QUOTES):
        line = line[1:-1]  # "“钱回来了！”": a headline that is one exclamation quoted
    inner = INNER_STOP.search(line[:-1])
    if inner and inner.group() in "？?" and not HEADLINE_BREAKS.search(P.QUOTED_RUN.sub("", line)):  # commas inside quotes are the quote's
        inner = None  # "快递“丢了”要三倍理赔？这是骗局！": a question and an exclamation, no clause between
    return 0 < len(line) <= HEADLINE_MAX and (line[-1] in "！？!?" or line.endswith("……")) and not inner and not ENUM.match(line)  # also "…借给了网友……"


STOPPED_HEADLINE_MAX = 30


def _is_stopped_headline(line: str) -> bool:
    """A headline that ends on a full stop or an ellipsis (`我差一点就信了那位“警官”。`, `听完一堂课，我改了三个习惯……`):
    short, one sentence. Paragraphs of one sentence look so too: only under a count that says as many."""
    line = line.strip()
    body = line.rstrip("。…")
    return 0 < len(line) <= STOPPED_HEADLINE_MAX and body != line and bool(body) and not INNER_STOP.search(body) and not ENUM.match(line)


# A subtitle under a headline: "——记临川区公安局反诈中心民警周文斌", "--江城警方预警劝阻工作见闻".
SUBTITLE = lazy_compile(r"^[ \t\u3000]*(?:——|--|—|－－)[ \t]*(?P<sub>[^\n]{2,40})$")


def _subtitle(lines: list[_Line], i: int) -> str | None:
    """The subtitle on line `i`, under a headline, or None."""
    if i >= len(lines):
        return None
    m = SUBTITLE.match(lines[i].text)
    if m and _is_title_like(m.group("sub")):
        return lines[i].text.strip()
    return None


# A deck under a headline without a dash (a 副题: "全县发放宣传资料2万余份，劝阻潜在受害群众300余人"): a line of a headline's
# length that ends no sentence and names no section, right above the story's first paragraph.
DECK_MIN, DECK_LINES_MAX = 8, 2
DECK_PARAGRAPH_MIN = 20  # the first paragraph under a deck: a slogan or a verse line is shorter
FIELD_LABEL = lazy_compile(r"^\p{Han}{1,4}[：:｜|]")  # "述职人：xx", "主讲人：xx", "适用对象｜中小学": the document's own particulars
ASKED_INSIDE = lazy_compile(r"[？?](?=.)")
# "…工作总结（一）", "法条背后，是一个个家庭·壹", "预警第31号｜X": a part's or an issue's heading
NUMBERED_END = lazy_compile(r"(?:[(（［\[][一二三四五六七八九十0-9]{1,3}[)）］\]]|[·•・．\s\u3000][一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾0-9]{1,3})$|第[ \t]*[0-9一二三四五六七八九十]{1,4}[ \t]*[号期]")
PART_OPENING = lazy_compile(r"(?:\p{Han}{1,4}?[一二三四五六七八九十0-9]{1,3}|第[一二三四五六七八九十0-9]{1,3}\p{Han}?)[：:、．.\s\u3000]")  # "案例一：X"
COUNTED = lazy_compile(r"[0-9一二三四五六七八九十百千万两][个名余多]")  # "走遍全县十二个乡镇" ends on a unit's word, names none


def _unit_alone(own: str) -> bool:
    """Whether a keyed line is a unit's name alone ("xx县公安局城关派出所"), not a phrase ending on a unit's
    word ("走遍全县十二个乡镇", "走进城关派出所")."""
    return bool(UNIT_LINE.fullmatch(own)) and not COUNTED.search(own) and not TITLE_VERB.search(own)


def _deck(lines: list[_Line], i: int, headline: str) -> int:
    """How many lines from `i` on are the headline's deck (0 to DECK_LINES_MAX): each a headline's
    words (DECK_MIN to HEADLINE_MAX characters, ending no sentence, no list item, no section's
    name, no salutation, no credit, no question inside: "养老金“升级”？柜台从没这回事" is a headline of
    its own, not a unit's name alone: "xx县公安局反诈中心" signs it, not a quotation alone: a post's
    own words, not the headline again nor a numbered line: a part's heading, "案例一：X" either), the last right above a
    paragraph of prose, not a field of the document's own particulars ("述职人：xx"). A line of the story's own
    short clauses ("“年化收益20%，保本保息”", then more of them) has no prose under it. A deck sums the story up in
    more words than its subheadings further down, and in other words: a line no longer than they are ("社区民警
    老周的三百个电话" over "银行柜员多问一句拦下二十万"), opening or ending as one of them does ("冒充客服退款骗局的应对",
    "刷单返利骗局的应对"), or one of a title over each paragraph (`_one_paragraph_each`) is the first of them."""
    n = 0
    while n < DECK_LINES_MAX and i + n + 1 < len(lines):
        t = lines[i + n].text.strip()
        own = _key(t)
        if (
            not DECK_MIN <= len(own) <= HEADLINE_MAX or not _is_title_like(t) or not HEADLINE_OPENING.match(t)
            or SECTION_WORD_END.search(own) or SALUTATION.match(t) or (CREDIT_WORD.search(t) and not REPORTER_AT_WORK.match(t)) or SIGNED_DATE.search(t) or ASKED_INSIDE.search(t)
            or NUMBERED_END.search(t) or PART_OPENING.match(t) or FIELD_LABEL.match(t) or own.startswith(_key(headline))
            or _unit_alone(own) or (t[0] in OPENING_QUOTES and t[-1] in CLOSING_QUOTES)
        ):
            break
        n += 1
        below = lines[i + n].text
        if PROSE_LINE.search(below) and len(_key(below)) >= DECK_PARAGRAPH_MIN:
            deck = [_key(ln.text) for ln in lines[i : i + n]]
            at = _subheading_lines(lines, i + n)
            subheadings = [_key(lines[k].text) for k in at]
            if max(map(len, deck)) > max(map(len, subheadings), default=0) and not any(
                d[:2] == h[:2] or d[-2:] == h[-2:] for d in deck for h in subheadings
            ) and not _one_paragraph_each(lines, i + n, at):
                return n
            return 0
    return 0


def _one_paragraph_each(lines: list[_Line], body: int, at: list[int]) -> bool:
    """Whether two subheadings or more below `body` each head one paragraph, as the line above `body`
    does: a page's rhythm of a title line over each paragraph, the first of them no deck ("一通电话挽回了
    独居老人的二十万养老钱", a paragraph, "柜台前的“多问一句”", a paragraph, …)."""
    if len(at) < 2:
        return False
    bounds = [body - 1, *at, len(lines)]
    return all(sum(1 for ln in lines[a + 1 : b] if ln.text.strip()) == 1 for a, b in zip(bounds, bounds[1:]))


def _subheading_lines(lines: list[_Line], body: int) -> list[int]:
    """The lines of a headline's shape between paragraphs below `body`."""
    found = []
    for k in range(body + 1, len(lines) - 1):
        t = lines[k].text.strip()
        if t and (_is_title_like(t) or _is_exclaimed_headline(t)) and PROSE_LINE.search(lines[k + 1].text):
            found.append(k)
    return found


# The document's own particulars under its title, which its heading holds (PARTICULAR): its issuer
# ("萩浦街道桐荫社区居民委员会"), its number ("澥政办发〔2024〕23号"), its occasion ("（2024年3月21日在全市…会议上）"),
# its speaker or writer ("市委常委、政法委书记　郜明远", "初一（6）班　闵子衿"), a bulletin's issue ("第6期（总第41期）")
# and its editors and date ("萩浦镇平安办　编印　　2024年6月28日").
PARTICULAR = lazy_compile(
    r"\p{Han}{1,10}[〔\[【(（][ \t]*(?:19|20)\d{2}[ \t]*[〕\]】)）][ \t]*\d{1,4}[ \t]*号"
    r"|[（(][^（）()\n]{0,24}在[^（）()\n]{2,40}[)）]"
    r"|第[ \t]*\d{1,4}[ \t]*期(?:[ \t\u3000]*[（(]总第[ \t]*\d{1,5}[ \t]*期[)）])?"
    # an issue or a lecture of a series in brackets: "（2024年第5期）", "[xx中学安全教育简讯：第3期]", "［家长学校·2024年秋季第1讲］"
    r"|[（(〔【\[［][^（）()〔〕【】\[\]［］\n]{0,24}?第[ \t]*(?:\d{1,4}|[一二三四五六七八九十]{1,3})[ \t]*(?:期|讲|课)[)）〕】\]］]"
    r"|[\p{Han}xX]{2,20}[ \t\u3000]+(?:编印|编|印发|主办|编发)[ \t\u3000]*(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?)?"
    r"|[\p{Han}xX]{2,20}(?:编印|编|印发|编发)[ \t\u3000]+(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?"  # "青苇街道平安办编　　2024年6月3日"
    r"|(?:指导|辅导)(?:教师|老师)[ \t]*[:：][ \t\u3000]*(?:xx|XX|\p{Han}{2,4})"  # a pupil's essay: "指导教师：邬晓岚" under the class and name
    # the day it was signed or issued, labelled or not, and who signed it: "签发日期：2025年1月15日", "2025年5月9日", "签发人：卢明"
    r"|(?:(?:签发|印发|发文|成文)(?:日期|时间)[ \t]*[:：][ \t\u3000]*)?(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"  # also "2025-05-09", "二〇二五年五月九日"
    r"|签发人[ \t]*[:：][ \t\u3000]*\p{Han}{2,4}"
)
# A speaker's line names an office before the name ("县委副书记　xx", "市委常委、政法委书记　郜明远"); two runs between a
# wide space that name none are a subheading or a lead-in ("镜头一　课堂上", "第一站　城关镇", "反诈口诀　请收好").
SPEAKER_NOT_NAMED = lazy_compile(
    r"(?![^\n]*(?:书记|主任|局长|所长|校长|院长|行长|部长|县长|市长|镇长|区长|乡长|主席|委员|常委|经理|队长|组长|科长|处长|站长|馆长|"
    r"社长|总编|教授|老师|教师|民警|警官|同志|代表|班主任|辅导员|宣传员|网格员|志愿者|主持人|负责人|专干|干部|村医|医生|护士|[（(][0-9一二三四五六七八九十]{1,2}[)）]班|班)[ \t\u3000])"
    r"(?![(（])"  # (a date in brackets is no speaker)
)
PARTICULARS_MAX = 3
ISSUER_MAX = 24


def _particulars(lines: list[_Line], i: int) -> int:
    """How many lines from `i` on are the document's particulars under its title (0 to
    PARTICULARS_MAX), with the document's first line (its salutation or text) under them."""
    n = 0
    while n < PARTICULARS_MAX and i + n + 1 < len(lines):
        t = lines[i + n].text.strip()
        own = _key(t)
        if PART_OPENING.match(t) or not (PARTICULAR.fullmatch(t) or (OCCASION_LINE.fullmatch(t) and not SPEAKER_NOT_NAMED.match(t)) or (len(own) <= ISSUER_MAX and _unit_alone(own))):
            break
        n += 1
    below = lines[i + n].text.strip() if i + n < len(lines) else ""
    after = lines[i + n + 1].text.strip() if i + n + 1 < len(lines) else ""
    return n if below and (ADDRESSED.fullmatch(below) or ADDRESSEE_LINE.fullmatch(below) or SALUTATION.match(below) or PROSE_LINE.search(below)
                           or (n and _is_title_like(below) and PROSE_LINE.search(after))) else 0  # (an issue's first item under its headline)


KICKER_INTO = lazy_compile(r"\p{Han}[^\n]{3,40}(?:——|—|……|…)[ \t\u3000]*$")  # a kicker whose words run on into the headline under it


def _kicker_over_headline(lines: list[_Line], head: int) -> bool:
    """Whether line `head` is a kicker (引题) over the headline: a paper prints a kicker, the headline, then
    the subtitle after a dash; the subtitle belongs under the headline, so of two title lines over it the
    first is the kicker. The subtitle may come without its dash, as a deck over the text (`_deck`): then of three
    title lines the first, no longer than the second, is the kicker ("守护群众钱袋子" / "民警深夜敲门 拦下一笔“投资款”" /
    "瓴山派出所半小时劝阻一起虚假投资诈骗" / the text)."""
    if head + 2 < len(lines) and KICKER_INTO.search(lines[head].text) and _is_title_like(lines[head + 1].text) and not SUBTITLE.match(lines[head + 1].text):
        return True  # "全民国家安全教育日前夕，一堂特别的班会课上——" / "民警进课堂讲案例　初二学子学会说“不”": it runs into the headline
    if head + 3 >= len(lines) or not _is_title_like(lines[head + 1].text) or SUBTITLE.match(lines[head + 1].text) or PARTICULAR.fullmatch(lines[head + 1].text.strip()):
        return False
    if _subtitle(lines, head + 2) is not None:
        return True
    kicker, headline = lines[head].text.strip(), lines[head + 1].text.strip()
    return (
        len(_key(kicker)) <= len(_key(headline)) and GENRE_END.search(kicker) is None and not SUBTITLE.match(kicker)
        and REPORT_END.search(headline) is None and _deck(lines, head + 2, headline) == 1
    )  # (not over "我县反诈宣传月活动综述": a summary of its genre is the headline's deck, on two lines with the next)


FLAT_TITLE = lazy_compile(r"[ \t\u3000]*(?P<title>[^ \t\u3000，。；：！？]{6,40})[ \t\u3000]+(?=\S)")  # a flattened page's title, up to its first space


# A kicker in a couplet's two halves ("乡村喇叭天天响　反诈知识进农家") over a news headline that names who did what
# ("沚阳县“反诈大篷车”驶进二十一个行政村"), the text right under them.
COUPLET = lazy_compile(r"[ \t\u3000]*(?P<a>[\p{Han}“”]{4,10})[ \t\u3000]+(?P<b>[\p{Han}“”]{4,10})[ \t\u3000]*")
NEWS_SUBJECT = lazy_compile(r"(?:我|本)[省市县区镇乡村校院行局所]|\p{Han}{1,8}?(?:省|市|县|区|镇|乡|村|街道|社区|公安局|分局|派出所|银行|支行|学校|中学|小学|医院)")


REPORT_END = lazy_compile(r"(?:综述|纪实|侧记|扫描|速览|回眸|巡礼|掠影|见闻|一览)$")  # a story's summary under its headline
# …or a news headline in two halves with a figure in the first, whoever its subject ("七旬老人要给“养老项目”转账12万元　柜员一句
# 追问拦了下来" under "柜面多问一句　老人少损一笔")
NEWS_DOUBLE = lazy_compile(r"[^\s　]*\d[^\s　]*[ \t\u3000]+[^\s　]{4,}")


def _couplet(text: str) -> bool:
    m = COUPLET.fullmatch(text)
    return m is not None and abs(len(m.group("a")) - len(m.group("b"))) <= 1


def _couplet_over_headline(lines: list[_Line], head: int) -> bool:
    """Whether line `head` is a kicker in a couplet over the news headline under it, the text under that; a couplet
    under a headline is its deck (`_deck`), and a headline over a summary of its genre ("…活动综述") keeps its place."""
    if head + 2 >= len(lines):
        return False
    kicker, headline = lines[head].text, lines[head + 1].text.strip()
    return (
        _couplet(kicker) and _is_title_like(headline) and not _couplet(headline) and not SUBTITLE.match(headline)
        and len(_key(headline)) > len(_key(kicker)) and (NEWS_SUBJECT.match(headline) is not None or NEWS_DOUBLE.fullmatch(headline) is not None)
        and GENRE_END.search(headline) is None and REPORT_END.search(headline) is None and PROSE_LINE.search(lines[head + 2].text) is not None
        and not any(_is_title_like(ln.text) and NEWS_SUBJECT.match(ln.text.strip()) for ln in lines[head + 3 :])
    )  # (not over the first of its parts' headlines, "茈湖镇…走进渔港码头" … "茈湖农商银行推出…": the couplet is the topic's title)


# A word a title cannot end on: the line after it holds the rest ("…行动暨", "…关于开展").
TITLE_CONTINUES = lazy_compile(r"(?:暨|和|及|与|的|关于|关于开展|开展|做好|进一步|加强|之|、)$")


GENRE_TAIL_MAX = 8  # "活动实施方案", "工作总结": a line that is only the genre a headline above names
GENRE_ANYWHERE = lazy_compile(GENRE)  # (a headline naming its genre already, "…活动方案公布", heads a section line)


# OFFICIAL_GENRE: the kinds of an official document a title ends on besides GENRE's ("关于近期冒充“医保局”实施诈骗的" /
# "警情通报", "…的决定", "…的实施意见"): a headline's second half when the first stops on a word a title cannot end on
# (not "冒充医保局诈骗案件高发" / "警方发布紧急通告": a kicker over its headline)
OFFICIAL_GENRE_END = lazy_compile(r"(?:通报|通告|公告|公报|决定|意见|批复|请示|纪要|公示)[ \t\u3000]*$")


def _title_goes_on(first: str, second: str) -> bool:
    """Whether a headline is cut in two lines: the first stops on a word a title cannot end on, or the
    second is only the genre ("棹河县鹭渚镇2024年“反诈宣传进万家”" / "活动实施方案"); the second is a title line that
    ends in a genre word (…的通知, …工作方案) and the first does not; or the first stops on a word a title cannot end
    on and the second ends in an official document's kind (OFFICIAL_GENRE)."""
    if not _is_title_like(second) or len(first) + len(second) > TITLE_MAX + 20 or PARTICULAR.fullmatch(second.strip()):
        return False
    if GENRE_END.search(first) is not None or OFFICIAL_GENRE_END.search(first) is not None:
        return False
    continues = bool(TITLE_CONTINUES.search(first))
    return (GENRE_END.search(second) is not None and (continues or (len(_key(second)) <= GENRE_TAIL_MAX and GENRE_ANYWHERE.search(first) is None))) or (
        continues and OFFICIAL_GENRE_END.search(second) is not None)


# A word of fraud: the headline of a story of the genre holds one; a short line above it that holds
# none is something the page put there (a site's line cleaning kept, a kicker), not the title.
FRAUD_WORD = regex.compile(r"诈|骗|防范|防骗")  # compiled now: anatomy imports it by name (a lazy stand-in there would stay one)
BADGE_MAX = 6  # "热点", "原创首发": a badge is this short
PAGE_LINE_MARK = lazy_compile(r"[ \t\u3000|｜/·•>»A-Za-z0-9]|\p{So}")  # "学习强国　平安频道": a site's line has spaces, separators, Latin…
LEAD_LINES_MAX = 2  # lines looked past to find the headline
LEAD_LINE_MAX = 40  # …each at most this long


# "文案馆 ⋯ 倡议书 ⋯ 防骗反诈", "领导讲话 — 企业讲话 — 通信行业": a site's path, short segments between two separators or more
PATH_LINE = lazy_compile(r"[^\s/／>＞»›|｜⋯·•—–]{1,10}(?:[ \t\u3000]*(?:[/／>＞»›|｜⋯·•]|—|–|→)[ \t\u3000]*[^\s/／>＞»›|｜⋯·•—–]{1,10}){2,}")
SITE_SEPARATOR = lazy_compile(r"[ \t\u3000]+(?:[|｜/／·•>＞»›⋯]|—|–)[ \t\u3000]+")  # "公众号文章转载 · 法治频道": between spaces
HEADLINE_UNDER_SITE_MIN = 8
UNIT_NAME_MAX = 12
GENRE_IN = lazy_compile(GENRE)
TITLE_VERB = lazy_compile(r"写给|致|给|进|走进|来到|关于|开展|守护|远离|共建|携手")  # a title's verb before the unit it ends on
CREDIT_WORD = lazy_compile(r"记者|通讯员|作者|编辑|来源|摄影|撰稿|供稿")  # a headline under a site's line: longer than a label
# A deck may tell what the reporter did, the reporter its subject (REPORTER_AT_WORK): "记者蹲点石臼村卫生室，看一位乡村医生的
# “反诈经”" is no credit ("记者　郗晓岚", "本报记者 张三 通讯员 李四" are)
REPORTER_AT_WORK = lazy_compile(r"(?:本报|本台|本网)?记者(?:近日|日前|连日来|近期)?(?:蹲点|走访|探访|调查|实地|跟随|深入|来到|走进|暗访|跟访|跟踪)")


def _headline_under_site_line(lines: list[_Line], head: int) -> int | None:
    """The headline right under a line of the site's (its path, its name and motto, the unit that posts it:
    "安心知识站 | 让每个人都懂一点网络安全", "槭城法院") with the text under it, whatever it names."""
    above = lines[head].text.strip()
    if head + 2 >= len(lines) or not (PATH_LINE.fullmatch(above) or (len(above) <= LEAD_LINE_MAX and SITE_SEPARATOR.search(above) and _is_title_like(above))
                                      or (UNIT_LINE.fullmatch(above) and len(above) <= UNIT_NAME_MAX and not TITLE_VERB.search(above))):
        return None  # (not "写给反诈中心", "反诈宣传进社区": a poem's, a 快板's title ending in a unit)
    path = PATH_LINE.fullmatch(above) is not None  # a path names its sections, genres among them ("文案馆 ⋯ 倡议书 ⋯ 防骗反诈")
    if (declared_count(above) is not None or told_count(above) is not None or gathered_title(above) or TOLD_PIECES.search(above)
            or (not path and GENRE_IN.search(above)) or CLAUSE_MARK.search(above)):
        return None  # "本周防骗提醒｜这四种说法，听到就挂", "反诈宣传标语 | 简短好记", "以案说法 | 冒充子女借钱，骗子又出新招": titles
    t, below = lines[head + 1].text.strip(), lines[head + 2].text.strip()
    if (len(_key(t)) >= HEADLINE_UNDER_SITE_MIN and (_is_title_like(t) or _is_exclaimed_headline(t)) and not SUBTITLE.match(t) and not ENUM.match(t)
            and not P.QUOTED_RUN.fullmatch(t) and not CREDIT_WORD.search(t)  # a quotation alone opens the text; a byline is no headline
            and not PAGE_LINE_MARK.search(t.replace(" ", "").replace("\u3000", "")) and (PROSE_LINE.search(below) or SALUTATION.match(below))):
        return head + 1
    return None


ISSUED_TITLE = lazy_compile(r"(?:\p{Han}{2,30}?)?关于[^\n]{2,60}的[^\n]{0,4}$")  # "（X办公室）关于开展…集中行动的通知": what an issuer's document is titled
ISSUER_LINE_MAX = 30


# DOCUMENT_HEAD: an official document's own fields above its masthead and title ("公开方式：主动公开", "密级：内部",
# "紧急程度：特急"), as a PDF saved as text keeps them: no headline
DOCUMENT_FIELD = lazy_compile(r"(?:公开方式|公开属性|公开类型|密级|紧急程度|保密期限)[ \t]*[:：][ \t\u3000]*\p{Han}{1,8}")
DOCUMENT_FIELDS_MAX = 3
MASTHEAD_FILE = lazy_compile(r"(?P<unit>\p{Han}{2,30}?)[ \t\u3000]*文件")  # "淯溪县人民政府办公室文件": the issuer's masthead


def _document_head(lines: list[_Line]) -> int:
    """How many of the first lines are an official document's own fields above its title (DOCUMENT_HEAD)."""
    n = 0
    while n < DOCUMENT_FIELDS_MAX and n + 2 < len(lines) and DOCUMENT_FIELD.fullmatch(lines[n].text.strip()):
        n += 1
    return n


def _title_under_issuer(lines: list[_Line], head: int) -> int:
    """The line of a document's title under its issuer's name ("蕖阳市反电信网络诈骗联席会议办公室" over "关于开展…的通知"),
    past a 文号 between them ("蘼教办〔2025〕19号") (TITLE_UNDER_ISSUER): the title begins 关于 and ends a genre, the
    issuer is a unit's name alone. Else `head`."""
    if head + 2 >= len(lines):
        return head
    issuer = lines[head].text.strip()
    if (masthead := MASTHEAD_FILE.fullmatch(issuer)) is not None:
        issuer = masthead.group("unit")  # the issuer's masthead: its name and 文件
    if len(issuer) > ISSUER_LINE_MAX or not UNIT_LINE.fullmatch(issuer) or GENRE_END.search(issuer):
        return head
    k = head + 1 + bool(DOCUMENT_NUMBER.search(lines[head + 1].text))
    title = lines[k].text.strip() if k < len(lines) - 1 else ""
    return k if ISSUED_TITLE.fullmatch(title) and GENRE_END.search(title) and _is_title_like(title) else head


SITE_BAR = lazy_compile(r"[|｜丨]")  # "微文藏｜收录公号文章": a site's line over the headline, no headline over its deck


def _deck_over_byline(lines: list[_Line], body: int, bylines: frozenset[int]) -> int:
    """1 when line `body`, under the headline, is its deck over a byline cleaning removed, prose under that
    (DECK_OVER_BYLINE: "《反电信网络诈骗法》走进早市菜摊" / "芗口派出所把普法课开进菜市场" / [byline] / text): a title line, no
    list item, no credit; else 0."""
    if body + 1 >= len(lines) or lines[body + 1].start not in bylines:
        return 0
    t = lines[body].text.strip()
    return int(len(_key(t)) >= HEADLINE_UNDER_SITE_MIN and _is_title_like(t) and not ENUM.match(t) and not CREDIT_WORD.search(t)
               and PROSE_LINE.search(lines[body + 1].text) is not None)


ISSUE_OR_DATE = lazy_compile(rf"第[ \t]*{NUM}[ \t]*期|(?:19|20)\d{{2}}[年.\-/]\d{{1,2}}[月.\-/]|\d{{1,2}}月\d{{1,2}}日")  # an issue line's, a date bar's


def _headline_over_byline(lines: list[_Line], head: int, bylines: frozenset[int]) -> int | None:
    """The headline right over a byline cleaning removed, prose under it (HEADLINE_OVER_BYLINE), when the lines from
    `head` above it (two at most) are no headline: a sentence of the site's ("…资讯平台，每日更新。"), a badge ("警情说案";
    not a genre's "倡议书"), an issue line or a date bar ("反诈预警　2025年第23期　6月9日"). Not past a headline's first
    half, a kicker or a headline over its deck; a subtitle, a list item, a byline kept are no headline."""
    if not bylines or head >= len(lines):
        return None
    for k in range(head + 1, min(head + 1 + LEAD_LINES_MAX, len(lines) - 1)):
        above = lines[k - 1].text.strip()
        if _is_title_like(above):
            if not ((len(_key(above)) <= BADGE_MAX and not GENRE_IN.search(above)) or (len(above) <= LEAD_LINE_MAX and ISSUE_OR_DATE.search(above))):
                return None  # a headline's first half, a kicker, a title ("倡议书"): no badge, no issue line
        elif len(above) > LEAD_LINE_MAX or len(SENTENCE_STOP.findall(above)) > 1:
            return None  # (a page's first paragraph)
        t, below = lines[k].text.strip(), lines[k + 1].text.strip()
        if (lines[k + 1].start in bylines and len(_key(t)) >= HEADLINE_UNDER_SITE_MIN and (_is_title_like(t) or _is_exclaimed_headline(t))
                and not SUBTITLE.match(t) and not ENUM.match(t) and not CREDIT_WORD.search(t) and PROSE_LINE.search(below)):
            return k
    return None


HALF_WORDS = lazy_compile(r"[的了这那把被让在着过给向从对是有]")  # function characters: a sentence's words, not a badge's or a site's name
HALF_HEADLINE_MIN = 5  # "这支广场舞队": half a headline; a badge ("本地要闻", "最新动态") is shorter


def _first_half(above: str, headline: str) -> bool:
    """Whether `above` is the first line of a headline set on two ("这支广场舞队" / "把反诈口诀跳进了千家万户"): words
    of a sentence (a function character), no badge's or site's marks, the two lines no longer than a headline."""
    return (len(_key(above)) >= HALF_HEADLINE_MIN and HALF_WORDS.search(above) is not None and PAGE_LINE_MARK.search(above) is None
            and _is_title_like(above) and len(above) + len(headline) <= HEADLINE_MAX)


def _headline_below(lines: list[_Line], head: int) -> int:
    """The line of the headline: `head`, or a title line about fraud at most two short lines below
    it when `head` and the lines between name no fraud and end no sentence."""
    if head < len(lines) and (under := _headline_under_site_line(lines, head)) is not None:
        return under
    if head >= len(lines) or FRAUD_WORD.search(lines[head].text):
        return head
    for k in range(head + 1, min(head + 1 + LEAD_LINES_MAX, len(lines) - 1)):
        t = lines[k].text.strip()
        above = lines[k - 1].text.strip()
        if (
            not above or len(above) > LEAD_LINE_MAX or not _is_title_like(above) or FRAUD_WORD.search(above) or _title_goes_on(above, t)
            or (len(above) > BADGE_MAX and not PAGE_LINE_MARK.search(above))
        ):
            return head  # a headline without a fraud word is longer than a badge and holds no page marks
        if t and (_is_title_like(t) or _is_exclaimed_headline(t)) and FRAUD_WORD.search(t) and not SUBTITLE.match(t) and not ENUM.match(t) and not PARTICULAR.fullmatch(t):
            return k  # (not "（…在全市打击治理电信网络诈骗工作会议上）", the speech's occasion under its title)
    return head


@lru_cache(maxsize=1024)  # page anatomy asks it of a page's lines from several rules, within a page (1,024 lines hold as many hits as 8,192)
def declared_count(text: str) -> int | None:
    """The count a collection title declares: "(精选24篇)" → 24, "…总结12篇" → 12."""
    if not NUMBER_BEFORE_COUNT_WORD.search(text):
        return None  # no numeral before a count word, no count: most lines of a page are left at once
    text = text.strip()
    if not text.endswith(DECLARED_ENDS) and "." not in text and not DECLARED_FRAME.search(text) and not LEADING_DECLARED.match(text):
        return None  # (a "." may start a file's extension, which the count word then ends before)
    text = FILE_EXTENSION.sub("", text)  # "…范本3篇.docx": a document library titles a page by its file
    m = DECLARED.search(text)
    if not m or (m.group("m") and CLAUSE_MARK.search(text)):
        return None  # "今年以来，推出专题稿件338篇" counts, it does not declare
    return parse_int(m.group("n") or m.group("m"))


def without_declared(text: str) -> str:
    """`text` without the counts it declares (`DECLARED.sub("", text)`): a text without a numeral right before a count
    word holds none, and is given back at once (DECLARED takes 20 µs on a title without one, and a page's header
    titles are asked of it again and again)."""
    return DECLARED.sub("", text) if NUMBER_BEFORE_COUNT_WORD.search(text) else text


def first_declared(texts: Iterable[str]) -> int | None:
    """The count the first title that declares one declares (`declared_count`), or None."""
    return next((d for d in map(declared_count, texts) if d is not None), None)


def _collection_stems(header: list[str]) -> set[str]:
    """Stems a numbered heading may repeat: the header titles without year and count, and without the word
    that gathers them ("合集", "范文")."""
    stems = set()
    for line in header:
        t = without_declared(line).strip()
        bare = YEAR_PREFIX.sub("", t)
        for candidate in (t, bare, COLLECTION_WORD.sub("", bare)):  # "…工作简报合集" over "…工作简报1为落实…"
            for part in candidate.split():
                if len(part) >= 4:
                    stems.add(_key(part))
    return stems


# The characters a line (stripped) can end on for each heading form anchored at the line's end (`…$`, or a
# fullmatch): asked before the pattern, whose stem of up to 60 characters is tried from every length (most lines
# end on none of them). tests/test_prefilters.py holds every match of each pattern to its set.
DIGITS = "0123456789"
NUM_ENDS = DIGITS + NUM_CHAR[1:-1]  # NUM's last character
PIAN_ENDS = NUM_ENDS + "】]）)"
ISSUE_ENDS = "期）)"
DOT_NUMERALS = "壹贰貳叁參参肆伍陆陸柒捌玖拾"
SUFFIXED_ENDS = NUM_ENDS + "】]］"  # (or a "之" in the line: "X之一：Y")
PAGE_HEADING_ENDS = "》〗】］字◆◇■□★☆●○◎〓▲△♦♢❖✦✧"  # (or "标题" in the line)
# …and the same for forms anchored at its start or needing a mark: what a framed ordinal starts on, what a unit's
# name ends on, the bar or colon after a label
FRAMED_STARTS = FRAME_CHARS.replace("\\", "") + DIGITS
UNIT_ENDS = "局所队院心道区办室委会站部处科司行校学府镇乡"
BAR_OR_COLON = re.compile("[｜|丨：:]")


def _candidates(lines: list[_Line], stems: set[str]) -> list[_Heading]:
    found: list[_Heading] = []
    seen: set[str] = set()  # the lines so far, for a heading continued
    marks: dict[str, int] = {}  # headings numbered by their place in their run, seen so far, by key

    def by_position(i: int, key: str, title: str, start: int) -> _Heading:
        """The next heading of the forms that carry no number of their own (a decoration, a label,
        a work's title…): numbered by its place in its run, which needs support."""
        marks[key] = marks.get(key, 0) + 1
        return _Heading(i, key, marks[key], title, start, True, False, True)

    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if ("续" in t or "接上" in t) and CONTINUED.search(t) and _key(CONTINUED.sub("", t)) in seen:
            continue  # "【1/3】xx镇…工作情况汇报（续）" under "【1/3】xx镇…工作情况汇报": the same article after a page break (a sequel has its own)
        seen.add(_key(t))
        m = FRAMED_ORDINAL.fullmatch(t) if t and t[0] in FRAMED_STARTS else None
        if m and (lone := _lone_ordinal(lines, i, parse_int(m.group("num")) or 0)):
            found.append(lone)  # "✦ 第一篇 ✦", "— 案例一 —", "01" over the title: the title line is the heading
            continue
        heading = _prefixed(i, ln) if t else None
        if heading:
            found.append(heading)
            continue
        if (tail := _glued_prefixed(i, ln)) is not None:
            found.append(tail)  # (the line itself is the text of the piece above)
            continue
        if not t or len(t) > TITLE_MAX + 6:
            glued = _glued(i, ln, stems)
            if glued:
                found.append(glued)
            continue
        m = DECORATED.match(t)
        if m and _is_title_like(t[m.end() :]):
            found.append(by_position(i, "deco" + m.group("mark"), t, ln.end + 1))
            continue
        m = PICTOGRAPH.match(t)
        if m and _is_title_like(t[m.end() :]):
            mark = t[0]  # one run a pictograph, but colours of one shape are one run (a colour a level: 🔴 高风险, 🟠 中风险)
            found.append(by_position(i, "deco-colour" + ("●" if mark in COLOUR_CIRCLES else "■") if mark in COLOUR_CIRCLES + COLOUR_SQUARES else "deco" + mark, t, ln.end + 1))
            continue
        m = PAGE_HEADING.fullmatch(t) if t[-1] in PAGE_HEADING_ENDS or "标题" in t else None  # 《X》 alone, 标题：X, X〖一〗, X300字: forms a run needs support for
        if m and (_is_title_like(m.group("title")) or (m.group("book") and _is_title_like(t))):  # (also "《网恋对象让你投资？快跑！》")
            found.append(by_position(i, next(name for name, value in m.groupdict().items() if value and name != "title"), t, ln.end + 1))
            continue
        if SEPARATOR_LINE.fullmatch(t) and i + 2 < len(lines) and _is_title_like(lines[i + 1].text) and lines[i + 2].text.strip():
            # "＊　＊　＊" then the next article's title: the title heads it
            found.append(by_position(i, "sep", lines[i + 1].text.strip(), lines[i + 1].end + 1))
            continue
        if (i + 2 < len(lines) and (unit := lines[i + 1].text.strip()) and unit[-1] in UNIT_ENDS and UNIT_LINE.fullmatch(unit) and _is_title_like(t)
                and PROSE_LINE.search(lines[i + 2].text)):
            # "织密“三张网”　推动反诈宣传入脑入心" over "xx县公安局" over the text: a paper's title and its unit
            found.append(by_position(i, "unit", t, ln.end + 1))
            continue
        m = UNIT_LABEL.fullmatch(t) if BAR_OR_COLON.search(t) else None
        if m and _is_title_like(m.group("title")) and i + 1 < len(lines) and PROSE_LINE.search(lines[i + 1].text):
            found.append(by_position(i, "bar-unit", t, ln.end + 1))
            continue
        m = BAR_LABEL.fullmatch(t) if BAR_OR_COLON.search(t) else None
        if m and _is_title_like(m.group("title")):
            found.append(by_position(i, "bar" + m.group("label")[-1], t, ln.end + 1))
            continue
        m = LABELLED_TITLE.fullmatch(t)
        if m and _is_title_like(m.group("title")) and i + 1 < len(lines) and lines[i + 1].text.strip():
            # "【瓯岭镇】“反诈夜市”点亮步行街", "【县一中】…": who did it, then what, over each report of a gathering
            found.append(by_position(i, "【】", t, ln.end + 1))
            continue
        m = BARE_LABEL.fullmatch(t)
        if m:  # "【社区版】", "【校园版】": labels alone on their lines sharing their last word, numbered by position
            found.append(by_position(i, "label" + m.group("label")[-1], t, ln.end + 1))
            continue
        m = ISSUE_LINE.fullmatch(t) if t[0] == "第" else None
        if m and i + 2 < len(lines) and _is_title_like(lines[i + 1].text) and lines[i + 2].text.strip() and not ISSUE_LINE.fullmatch(lines[i + 1].text):
            found.append(_Heading(i, "issue_line", parse_int(m.group("num")) or 0, lines[i + 1].text.strip(), lines[i + 1].end + 1, True, False, True))
            continue
        m = LONE_ORDINAL.match(t)
        if m:
            lone = _lone_ordinal(lines, i, parse_int(m.group("num")) or 0)
            if lone:
                found.append(lone)
                continue
        m = HEADING_ORDINAL_AFTER.match(t)
        if m and _is_title_like(m.group("stem")):
            found.append(_Heading(i, _key(m.group("stem")) + m.group("counter"), parse_int(m.group("num")) or 0, t, ln.end + 1, True, False,
                                  m.group("counter") != "篇"))  # "X · 第一辑" needs support; "X——第一篇" says 篇
            continue
        m = HEADING_PIAN.match(t) if t[-1] in PIAN_ENDS else None
        if m and len(_key(m.group("stem"))) != 1:
            stem = _key(m.group("stem"))  # empty: a bare "篇一" line, a heading only in a run
            found.append(_Heading(i, stem, parse_int(m.group("num")) or 0, t, ln.end + 1, True, bool(stem)))
            continue
        m = ISSUE_HEADING.match(t) if t[-1] in ISSUE_ENDS else None
        if m:  # a masthead numbers its issue: explicit, one run by the bulletin's name
            found.append(_Heading(i, "期" + _key(m.group("stem")), parse_int(m.group("num")) or 0, t, ln.end + 1, True, False))
            continue
        m = HEADING_DOT_NUMERAL.match(t) if t[-1] in DOT_NUMERALS else None
        if m and _is_title_like(m.group("stem")):
            found.append(_Heading(i, "·壹", parse_int(m.group("num")) or 0, t, ln.end + 1, True, False, True))
            continue
        m = HEADING_NUMBERED.match(t) if t[-1] in DIGITS else None
        if m and _is_title_like(m.group("stem")):
            found.append(_Heading(i, _key(m.group("stem")), int(m.group("num")), t, ln.end + 1, False, False))
            continue
        m = HEADING_HYPHENED.match(t) if t[-1] in DIGITS else None
        if m and _is_title_like(m.group("stem")):
            stem = _key(m.group("stem"))
            own = stem in stems or any(stem in s or s in stem for s in stems)  # "反诈宣传活动方案-1" under "…方案范文": the collection's own stem
            found.append(_Heading(i, "-01", int(m.group("num")), t, ln.end + 1, True, False, not own))  # one run whatever the titles
            continue
        m = HEADING_CIRCLED.match(t) if "①" <= t[-1] <= "⑳" else None
        if m and _is_title_like(m.group("stem")):
            found.append(_Heading(i, _key(m.group("stem")) + "①", _ordinal(m), t, ln.end + 1, True, False, True))
            continue
        m = HEADING_LETTERED.match(t) if "A" <= t[-1] <= "H" else None
        if m and _is_title_like(m.group("stem")):  # one run whatever the stems, as ① is: it needs support
            found.append(_Heading(i, "[A]", ord(m.group("letter")) - ord("A") + 1, t, ln.end + 1, True, False, True))
            continue
        m = (HEADING_BRACKETED.match(t) if t[-1] in "）)〕" else None) or (HEADING_SUFFIXED.match(t) if t[-1] in SUFFIXED_ENDS or "之" in t else None)
        if m and _is_title_like(m.group("stem")):
            # "X [第1篇]" says 篇, "X之一：Y" numbers a series under a subtitle: explicit, whatever the stem
            pian = "篇" in t[m.end("stem") :] or SAMPLE_MARK.search(t, m.end("stem")) is not None  # titles differ, the 篇 (or 范本) numbers them: one run whatever the stems
            explicit = pian or EXPLICIT_SERIES.search(t, m.end("stem")) is not None
            found.append(_Heading(i, "[篇]" if pian else _key(m.group("stem")), parse_int(m.group("num")) or 0, t, ln.end + 1, explicit, False))
            continue
        glued = _glued(i, ln, stems)
        if glued:
            found.append(glued)
    return found


def _lone_ordinal(lines: list[_Line], i: int, number: int) -> _Heading | None:
    """The heading an ordinal alone on line `i` numbers: the title line right above it or right
    below it, with text (no title line) on the other side."""
    def text_at(k: int) -> bool:
        return 0 <= k < len(lines) and bool(lines[k].text.strip()) and not _is_title_like(lines[k].text)

    def title_at(k: int) -> bool:  # (a headline may ask: "社保卡“被冻结”了？")
        return 0 <= k < len(lines) and (_is_title_like(lines[k].text) or _is_exclaimed_headline(lines[k].text)) and not LONE_ORDINAL.match(lines[k].text)

    if title_at(i + 1) and text_at(i + 2):  # "—— 二 ——", then the title, then its text
        return _Heading(i, "lone", number, lines[i + 1].text.strip(), lines[i + 1].end + 1, True, False, True)
    if title_at(i - 1) and text_at(i + 1):  # the title, then "（二）", then the text
        return _Heading(i - 1, "lone_below", number, lines[i - 1].text.strip(), lines[i].end + 1, True, False, True)
    return None


_MARKERS: list[tuple[PrefixForm, regex.Pattern[str]]] = []


def _prefix_markers() -> list[tuple[PrefixForm, regex.Pattern[str]]]:
    """PREFIX_FORMS with their markers compiled (lazy stand-ins in a tuple stay stand-ins: resolved once here)."""
    if not _MARKERS:
        _MARKERS.extend((form, form.marker.compile()) for form in PREFIX_FORMS)
    return _MARKERS


@cache
def _any_prefix_marker() -> regex.Pattern[str]:
    """All the markers in one alternation: it matches where any of them does, so a line none can open is left after one
    match instead of one a form (most lines of a page: the forms were tried 1.49 M times on the 10 MB bench crawl)."""
    return regex.compile("|".join(f"(?:{marker.pattern})" for _, marker in _prefix_markers()))


WIDE_SPACE = lazy_compile(r"\u3000+")


def _title_then_text(t: str, at: int) -> tuple[int, int] | None:
    """Where a heading's title ends and its text begins after a wide space: the last wide space with a title before it and
    prose or a salutation after it ("【篇一】守住钱袋子　走稳大学路　亲爱的新同学们：…" keeps the title's own space)."""
    for w in reversed(list(WIDE_SPACE.finditer(t, at))):
        title, rest = t[at : w.start()].strip(), t[w.end() :]
        if 4 <= len(title) <= TITLE_MAX and rest.strip() and _is_title_like(title) and (PROSE_LINE.search(rest) or SALUTATION.match(rest)):
            return w.start(), w.end()
    return None
BOOK_TITLE_MIN = 6  # "《挂断，是最勇敢的回答》": a piece's own title in book marks, with its marks
LAW_NAME = lazy_compile(r"(?:法|条例|规定|办法|决定|意见|通知|解释)》$")  # "案例一：《刑法》第266条…": a law the text cites


GLUED_SAMPLE_FORMS = frozenset({"fanwen_glued"})  # forms whose marker alone is the heading, the piece's text glued after it


def _prefixed(i: int, ln: _Line) -> _Heading | None:
    """A heading that opens with its number: "篇一：策划书", "【篇1】工作总结 为落实…", "第一篇"."""
    lead = len(ln.text) - len(ln.text.lstrip())
    t = ln.text[lead:]
    deco = DECORATED.match(t)  # "■ 例文一　X": a decoration before the number
    at = deco.end() if deco else 0
    if _any_prefix_marker().match(t, at) is None:
        return None
    hit = next(((f, found) for f, marker in _prefix_markers() if (found := marker.match(t, at))), None)
    if hit is None:
        return None
    form, m = hit
    if form.name in GLUED_SAMPLE_FORMS:  # the marker is the whole heading, the text glued after it
        return _Heading(i, form.key, _ordinal(m), m.group(), ln.start + lead + m.end(), True, form.alone, form.needs_support)
    after = TITLE_AFTER_MARKER.match(t, m.end())
    rest = t[m.end() :].strip()
    book = BOOK_TITLE.match(t, m.end())
    after_book = t[book.end() :].strip() if book else ""
    if book and book.end() < len(t.rstrip()) and (form.name == "number_book" or (
            len(book.group()) >= BOOK_TITLE_MIN and not LAW_NAME.search(book.group()) and (SALUTATION.match(after_book) or PROSE_LINE.search(after_book)))):
        # (not "篇一：《孤注一掷》观后感": the genre after the book marks is the title's)
        # "（1）《X》9月20日…", "演讲稿一：《挂断，是最勇敢的回答》尊敬的老师…": the title ends with its book marks
        title, cut = (t[: book.end()] if form.keeps_marker or form.name == "number_book" else book.group()), book.end()
    elif (spaced := _title_then_text(t, m.end())) is not None:
        # "【例·一】xx支行2024年反诈工作小结　2024年，支行在…": the title, a wide space, the text
        title = t[: spaced[0]] if form.keeps_marker else t[m.end() : spaced[0]].strip()
        cut = spaced[1]
    elif rest and " " in rest and _is_title_like(rest) and not CLAUSE_MARK.search(rest):
        # "NO.1 远离电信诈骗 守护美好生活": a title with a space in it, the whole line
        title = t.rstrip() if form.keeps_marker else rest
        cut = len(t)
    elif after and (_is_title_like(after.group("title")) or (form.keeps_marker and after.end() >= len(t.rstrip()) and _is_exclaimed_headline(after.group("title")))):
        title = t[: after.end("title")] if form.keeps_marker else after.group("title")
        cut = after.end()  # "篇一：策划书 活动主题为…": the text may go on after the title; "〔推文 1/3〕“…”？挂！" ends on its exclamation
    elif (dot := TITLE_THEN_STOP.match(t, m.end())) and _is_title_like(dot.group("title")) and form.keeps_marker:
        title, cut = t[: dot.end("title")], dot.end()  # "❶xx社区开展…活动。6月12日上午…": the title ends at its full stop
    else:  # "【篇1】为落实上级部署，…": the marker is the whole heading
        title = m.group().rstrip("：:")
        cut = len(t) - len(t[m.end() :].lstrip(" \t"))
    body = ln.start + lead + cut
    if body >= ln.end:
        body = ln.end + 1
    return _Heading(i, form.key + (m.groupdict().get("word") or ""), _ordinal(m), title, body, True, form.alone, form.needs_support)


GLUED_TAIL = lazy_compile(r"(?<=[。！？!?”」）)])[ \t\u3000]*(?=\S[^。！？!?\n]{3,60}$)")
GLUED_TAIL_REACH = 62  # GLUED_TAIL's lookahead: \S, at most 60 more, a newline before the end
GLUED_TAIL_STOPS = frozenset("。！？!?\n")  # what its lookahead's last three characters at least cannot be
GLUED_TAIL_FORMS = frozenset({"enclosed", "circled", "bracketed_ordinal", "bracketed_word_ordinal", "bracketed_genre_ordinal", "qi_number", "pian_colon", "di_pian_colon"})


def _glued_prefixed(i: int, ln: _Line) -> _Heading | None:
    """A numbered heading glued to the end of the line above, after its last sentence: "…已印制10万份。➋ 区人民
    医院把防骗提示印上了药袋" (a credit between them gone). The heading heads the lines below; the piece above
    ends where it begins. Only ordinals that stand for nothing but a number (➋, ②, 【二】, 其二, 篇二：) so."""
    if len(ln.text) <= TITLE_MAX or not set(ln.text.removesuffix("\n")[-3:]).isdisjoint(GLUED_TAIL_STOPS):
        return None  # (a title after a match holds no stop and runs three characters past it: most lines end on a stop)
    # A match ends at most GLUED_TAIL_REACH characters before the line's end, the spaces it takes before
    # that aside: the scan starts there, not at every sentence of a long line (tests/test_split_prefilters.py)
    at = max(0, len(ln.text) - GLUED_TAIL_REACH)
    while at and ln.text[at - 1] in " \t\u3000":
        at -= 1
    ends = list(GLUED_TAIL.finditer(ln.text, at))  # the last sentence's end with a title after it
    if not ends or ends[-1].end() == 0:
        return None
    m = ends[-1]
    at = m.end()
    tail = _Line(ln.start + at, ln.end, ln.text[at:])
    form = next((f for f, marker in _prefix_markers() if marker.match(tail.text)), None)
    heading = _prefixed(i, tail) if form is not None and form.name in GLUED_TAIL_FORMS else None
    if heading is None or heading.body_start <= ln.end or not _is_title_like(heading.title.strip()):
        return None  # the title must be the whole tail, the piece's text on the lines below
    return replace(heading, at=ln.start + at)


def _glued(i: int, ln: _Line, stems: set[str]) -> _Heading | None:
    """A heading glued to its first sentence: "工作总结1为落实此次…".

    Stems are tried longest first, so that the heading found never depends on the order of a set.
    """
    for stem in sorted(stems, key=lambda s: (-len(s), s)):
        if ln.text.startswith(stem):
            m = GLUED_NUMBER.match(ln.text, len(stem))
            if m:
                cut = m.end()
                return _Heading(i, stem, int(m.group(1)), ln.text[:cut].rstrip(" \t\u3000"), ln.start + cut, False, False)
    return None


def _run(candidates: list[_Heading], stems: set[str]) -> list[_Heading]:
    """The best run of candidates with one stem numbered 1, 2, 3… (small gaps allowed).

    Explicit 篇 headings win over numbered titles; numbered titles count only when their stem
    is the collection's (so `典型案例1`, `典型案例2` inside a story never split it); a run whose
    headings have text under them wins over a table of contents. Only a run of two or more
    counts, or one heading of a form that may stand alone (`_Heading.alone`).
    """
    heading_lines = {c.line for c in candidates}
    by_stem: dict[str, list[_Heading]] = {}
    for c in candidates:
        if c.strong or c.stem in stems or any(c.stem in s or s in c.stem for s in stems):
            by_stem.setdefault(c.stem, []).append(c)

    def score(run: list[_Heading]) -> tuple[bool, bool, int, int]:
        with_text = sum(1 for h in run if h.line + 1 not in heading_lines)
        return (run[0].strong and not run[0].needs_support, run[0].strong, with_text, len(run))  # 篇一 over ① points inside it

    best: list[_Heading] = []
    for group in by_stem.values():
        run: list[_Heading] = []
        for c in group:
            if run and run[-1].number < c.number <= run[-1].number + MAX_GAP:
                run.append(c)
            elif run and c.number == run[-1].number and c.strong and not c.needs_support and c.line >= run[-1].line + REPEAT_BODY_LINES:
                run.append(c)  # REPEATED_NUMBER: "范文二" twice, each over its own piece (a site's slip), not a table of contents' line
            else:
                run = [c]
            if (len(run) >= 2 or run[0].alone) and (not best or score(run) > score(best)):
                best = list(run)
    # explicit piece markers of several forms numbered 1, 2, 3… down the page ("篇一：", "第2篇", "范文3：", "【篇四】"):
    # one run, a site's pieces pasted from several sources
    explicit = [c for c in candidates if c.strong and not c.needs_support and declared_count(c.title) is None]  # not "…心得体会（三篇）", a count
    if (len(explicit) >= MIXED_RUN_MIN and len(explicit) > len(best) and len({c.stem for c in explicit}) > 1
            and [c.number for c in explicit] == list(range(1, len(explicit) + 1))):
        return explicit
    return best


MIXED_RUN_MIN = 3
REPEAT_BODY_LINES = 2  # a heading repeating the number above it heads a piece when this many lines below the other (text between)


# A title announcing documents of several sources: "各社区“反诈宣传月”活动方案公布", "三个小区反诈倡议书选登"
# (a plural of units, the genre word, the verb that announces them).
PLURAL_SOURCES = lazy_compile(
    r"[各分](?:社区|村|校|学校|单位|部门|小区|街道|镇|乡|年级|班级|学段|所队|派出所|支行|网点|科室)"  # "…发言稿（分年级）"
    r"|[两三四五六七八九十几多]+(?:个|家|所)(?:社区|小区|村|学校|单位|部门|街道|网点|年级|班级|科室|支行)"
)
SOURCE_COUNTER = lazy_compile(r"^(?:[各分]|[两三四五六七八九十几多]+(?:个|家|所))")  # "各年级" -> "年级": the unit each heading names
UNIT_NOTE = lazy_compile(r"[ \t\u3000]*[(（][^()（）\n]{1,8}[)）][ \t\u3000]*$")
UNIT_SUBTITLE = lazy_compile(r"[ \t\u3000]*(?:[：:]|——|--)[^\n]*$")  # "七年级主题班会方案：别让“免费”骗了你": the name before its subtitle
SIGNED_DATE = lazy_compile(r"(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:二〇|二零)[〇零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
ANNOUNCED = lazy_compile(r"(?:公布|发布|出炉|刊发|展示|一览|选登)$")
# Genre words that name one genre: a collection of 总结 holds a 小结, of 讲话稿 a 发言稿.
GENRE_FAMILIES = ({"总结", "小结"}, {"倡议书", "倡议信"}, {"报告", "汇报"}, {"心得体会", "心得", "体会", "感想"}, {"讲话稿", "讲话", "发言稿", "致辞"}, {"标语", "口号", "宣传语"})


def same_genre(a: str, b: str) -> bool:
    """Whether two genre words name one genre.

    >>> same_genre("总结", "小结"), same_genre("总结", "方案")
    (True, False)
    """
    return a == b or any(a in family and b in family for family in GENRE_FAMILIES)


COLLECTION_WORD = lazy_compile(r"(?:范文|大全|汇编|合集|汇总|集锦|精选|选编|荟萃|集)+$")
SAMPLE_WORD = lazy_compile(r"(?:范文|范本|模板|范例|大全|精选)+$")  # "…活动方案范本": the genre before the word for a sample
GATHERED_OF = lazy_compile(r"(?:作品|稿件|文章|范文|材料|来稿|活动|动态|简讯|资讯|案例|故事|贴士|提示|提醒)$")  # "…工作动态汇编": a county's items  # "获奖作品选登": pieces, whatever their genre
GATHERED_NOTE = lazy_compile(r"[ \t]*[(（]\p{Han}{0,4}(?:汇编|合集|汇总|集锦|选编|选登)[)）]$")  # not （摘编）, （选摘）: an excerpt of one document
GATHERED = lazy_compile(r"(?:汇编|合集|合辑|汇总|集锦|选编|荟萃|选登|选摘|展播|汇选|展|展评|(?<=案例|作品|故事|范文)选)$")  # "…案例选"  # not 摘编: one document excerpted  # "…征文优秀作品展"
REPORTED = lazy_compile(r"举办|举行|开展|开幕|亮相|启动|走进|组织|参观")
SERIES_PART = lazy_compile(r"[ \t]*[(（][一二三四五六七八九十]{1,2}[)）][ \t]*$")
GATHERED_TAG = lazy_compile(r"^[ \t\u3000]*[【\[](?:合集|合辑|汇编|集锦)[】\]]")  # "【合集】反诈快板、三句半…都在这儿了"  # not 范文, 大全, 精选: a single sample's page says them too
VERSION = r"[(（]\p{Han}{1,6}版[)）]"  # "（学生版）", "（家长版）": one document in versions for its readers
GENRE_END = lazy_compile(rf"{GENRE}(?=[ \t\u3000]*(?:[(（〔]{NUM}[)）〕]|{NUM}|{VERSION})?$)")
VERSIONED = lazy_compile(rf"{VERSION}[ \t\u3000]*$")
# Genre words that support a run of ordinals (PrefixForm.needs_support): not those a single alert's or notice's
# own points end in (提醒, 提示, 信息, 通知), nor a version letter ("宣传方案A" supports nothing)
SUPPORTING_GENRE_END = lazy_compile(rf"(?!提醒|提示|信息|通知){GENRE}(?=[ \t\u3000]*(?:[(（〔]{NUM}[)）〕]|{NUM})?$)")
ARTICLE_TAG = lazy_compile(rf"^[ \t\u3000]*[(（【\[]?第?{NUM}篇[)）】\]]?")  # "（第3篇）", "【篇3】", "第三篇": a number of articles, not of sections
SECTION_NUMBER = r"(?:(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、.．]|[(（](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）])"  # "一、", "2．", "（三）"
SECTION_TAG = lazy_compile(rf"^[ \t\u3000]*{SECTION_NUMBER}")
HEADING_TAG = lazy_compile(rf"^[ \t\u3000]*(?:[【\[][\p{{Han}}]{{1,4}}[】\]]|{SECTION_NUMBER})[ \t]*")  # a section's number, or a tag such as 【推荐】
GENRE_RUN_MIN = 2
# How a document of the genre opens on itself: "…结合本村实际，制定本方案。", "现将有关情况报告如下".
# A unit's report opening on its period and itself: "上半年，我镇把反诈工作…", "今年上半年，我所在县局…"
REPORT_OPENING = lazy_compile(r"(?:今年|去年|本年度|上半年|下半年|今年上半年|今年以来|一季度|二季度|三季度|前三季度|20\d{2}年(?:上半年|下半年|以来)?)[，,]?[ \t]*我(?:所|镇|乡|村|局|校|院|行|社区|单位|县|区|市|街道|公司|支行|中心|队|站|科|处)")
REPORT_GENRES = frozenset({"汇报", "总结", "工作总结", "报告", "情况报告", "工作汇报"})
SELF_OPENING = lazy_compile(r"(?:制定|特制定|形成|拟定)本(?:方案|计划|办法|制度)|本(?:方案|计划)(?:所称|适用)")  # not "特制定如下措施", "现将…如下": a section's
# A speech's or letter's salutation: a numbered line above one heads an article of a collection.
ADDRESSEES = r"(?:们|同志|朋友|老师|同学|家长|居民|市民|村民|员工|职工|乡亲|父老|客户|用户|储户|会员|患者|商户|车主)"  # "尊敬的客户：", "亲爱的用户："  # whom a salutation names (anatomy reads a glued one too)
SALUTATION = lazy_compile(r"^(?:尊敬的|亲爱的|敬爱的|各位|全体|广大)?[\p{Han}、]{0,12}?" + ADDRESSEES + r"(?:们)?(?:好)?[：:！!，,]")
GENRE_RUN_LEAD_MAX = 300  # more text than this above the first heading: the lines are sections of it
# Genres of notices and letters a collection mixes ("温馨提示范文" holds a 提醒 and a 告知书).
LETTER_GENRES = frozenset({"提示", "提醒", "告知书", "通知", "倡议书", "一封信", "公开信", "承诺书", "建议书"})


TRAILING_NOTE = lazy_compile(r"[ \t]*[(（](?=[^()（）\n]*(?:\d|年|季度|期|月))[^()（）\n]{1,20}[)）][ \t]*$")  # a period: "（2024年第二季度）"
# A heading glued to its first sentence in a collection of one genre: up to GLUED_GENRE_MAX
# characters ending in the genre word, then words a text of the genre opens with.
GLUED_GENRE_MAX = 40
# How a document of the genre opens: a date, "今年以来", "为了…", "根据…", "近日"
DOCUMENT_OPENING = lazy_compile(r"(?:\d{1,2}月|(?:19|20)\d{2}年|为了?|今年|去年|近日|近期|近年来|根据|按照|随着|日前|本周|上周|本月|上月|半年来|一年来|本学期|本学年|本年度|本季度|上半年|下半年|开学以来)")
CLOSING_WORDS = lazy_compile(r"以上|此|这|特此")  # "…。以上是城南社区上半年反诈工作总结": the document's last words
# A document naming itself before its headings: "编写了本问答", "本手册", "本方案"
SELF_NAMED = lazy_compile(r"本(?:问答|手册|汇编|指南|方案|总结|计划|简报|材料)")
# A section's topic, not a document's title: a kind of fraud ("一、刷单返利类诈骗问答"), what is common, what to mind
TOPIC_OF_ONE = lazy_compile(r"类(?:诈骗|骗局|案件|问题)|常见|注意事项")
GLUED_TO_END = lazy_compile(rf"(?<=[。！？!?])[^。！？!?，,；;：:\n]{{6,{GLUED_GENRE_MAX}}}$")  # a title after a line's last sentence
# …and opening on any words, when a page declares as many ("…心得体会上个月，分行组织…"): a clause follows the title
GLUED_GENRE_MIN = 4
GLUED_TEXT = lazy_compile(r"\p{Han}[^。！？!?，,\n]{1,30}[，。,]")
GLUED_GENRE_OPENING = lazy_compile(
    rf"(?P<title>.{{6,{GLUED_GENRE_MAX}}}?)(?=\d{{1,2}}月|(?:19|20)\d{{2}}年|为了?|今年|去年|近日|近期|近年来|根据|按照|随着|日前|自|本周|上周|本月|上月|本学期|本学年|本年度|本季度|上半年|下半年|开学以来)"
)


# Genres whose documents open on their readers ("同志们：", "各位网格员同志："): under a title of the genre that does not say
# it gathers them, each heading of the genre whose text opens so heads one
SALUTED_GENRES = frozenset({"讲话", "讲话稿", "发言稿", "演讲稿", "致辞", "倡议书", "倡议信", "一封信", "公开信", "慰问信", "感谢信", "家长书", "告知书"})
MATERIALS_OF = lazy_compile(rf"(?<={GENRE})材料$")  # "反诈工作会议讲话材料": the genre is the speeches'


def _glued_any_heading(lines: list[_Line], i: int, t: str, genre: str) -> _Heading | None:
    """Line `i` (`t`, stripped) opening on a title of the genre glued to its first sentence, whatever its first words:
    "银行网点员工参加反诈培训心得体会上个月，分行…" (a run of them counts only as many as the page declares)."""
    tag = HEADING_TAG.match(t)
    bare = t[tag.end() :] if tag else t
    if genre not in bare[GLUED_GENRE_MIN : GLUED_GENRE_MAX + len(genre)]:
        return None
    cut = bare.find(genre, GLUED_GENRE_MIN) + len(genre)
    if not GLUED_TEXT.match(bare, cut) or not _is_title_like(bare[:cut]):
        return None
    title = t[: (tag.end() if tag else 0) + cut]
    return _Heading(i, _key(title), 1, title, _words_start(lines[i]) + len(title), False, False)


# A bundle's title naming its documents' genres, one after another ("…宣传月资料（通知+倡议书+简报）", "…材料：方案、倡议书和简报"):
# as many documents, each titled in its genre, in that order (BUNDLE_RUN)
BUNDLE_GENRES = lazy_compile(rf"(?P<g>{GENRE}(?:[ \t]*[+＋、/／和与及][ \t]*{GENRE}){{1,5}})[）)】\]]?[ \t\u3000]*$")
BUNDLE_PARTS = lazy_compile(GENRE)
BUNDLE_TITLE_NOTE = lazy_compile(rf"[ \t\u3000]*(?:[(（〔【\[][^()（）〔〕【】\[\]\n]{{1,12}}[)）〕】\]]|{NUM})$")  # "…工作简报（第1期）"


def _bundle_run(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """The documents a bundle's title names by their genres (BUNDLE_GENRES), each heading a title line (no sentence) ending in
    its genre, in the title's order, with text under it; all of them or none."""
    if not header or (m := BUNDLE_GENRES.search(header[0].text.strip())) is None:
        return []
    genres = BUNDLE_PARTS.findall(m.group("g"))
    found: list[_Heading] = []
    for i in range(lines.index(header[0]) + 1, len(lines) - 1):
        if len(found) == len(genres):
            break
        t = lines[i].text.strip()
        if not t or not lines[i + 1].text.strip() or not _is_title_like(t) or len(t) > HEADLINE_MAX:
            continue
        if BUNDLE_TITLE_NOTE.sub("", t).endswith(genres[len(found)]):
            found.append(_Heading(i, _key(t), len(found) + 1, t, lines[i].end + 1, False, False))
    return found if len(found) == len(genres) else []


def _genre_run(lines: list[_Line], header: list[_Line], title: str | None) -> list[_Heading]:
    """Headings without numbers of their own in a collection: title lines that end in the
    collection's genre word, each with text under it.

    The page must say it is a collection (a declared count, or 范文/大全/汇编… after the genre
    word of its title): a single plan's sections ("五、工作总结") never count.
    """
    titles = [(ln.text.strip(), k) for k, ln in enumerate(header)] + ([(title, -1)] if title else [])
    genre, first, self_opening, announced, unit = None, 0, False, False, None
    for t, k in titles:
        named = TRAILING_NOTE.sub("", without_declared(t).strip())  # "…简报汇编（2024年第二季度）": the period is no part of the name (a note such as "（分类整理）" is)
        bare = SAMPLE_WORD.sub("", COLLECTION_WORD.sub("", YEAR_PREFIX.sub("", named)).strip()).strip().strip("“”「」\"")  # "…“致家长书”汇总", "…承诺书模板"
        m = GENRE_END.search(bare)
        if m and (declared_count(t) is not None or COLLECTION_WORD.search(named)):
            genre = m.group()
            first = lines.index(header[k]) + 1 if k >= 0 else 0  # headings come under the collection's title
            keys = {_key(without_declared(t)), _key(t)}  # …and repeat it only as a title shown again
            break
    else:
        # a title that does not say it is a collection ("xx镇各村（社区）…活动方案"): its genre heads
        # articles only where each heading's text opens as a document of the genre does ("…制定本方案")
        m = next((m for t, _ in titles[:1] if (m := GENRE_END.search(MATERIALS_OF.sub("", SAMPLE_WORD.sub("", TRAILING_NOTE.sub("", t)).strip())))), None)
        # "各社区“反诈宣传月”活动方案公布", "辖区三个小区相继发出反诈倡议书": documents of several sources,
        # announced; each heading's text then opens as a document does, on itself or on its readers
        announced = m is None and bool(titles) and PLURAL_SOURCES.search(titles[0][0]) is not None and ANNOUNCED.search(titles[0][0]) is not None
        if announced:
            m = GENRE_END.search(ANNOUNCED.sub("", titles[0][0]).strip())
        if m and header and header[0].text.strip() == titles[0][0]:
            genre, first, self_opening = m.group(), lines.index(header[0]) + 1, True
            keys = {_key(titles[0][0])}
            sources = PLURAL_SOURCES.search(titles[0][0]) if not announced else None
            if sources:
                # "各年级…主题班会方案" over "七年级主题班会方案：别让…", "八年级…": the documents of the units the
                # title names, each heading naming its unit and the genre (its sections need not open as a document does)
                unit = SOURCE_COUNTER.sub("", sources.group())
    if genre is None:
        return []
    declared = first_declared(t for t, _ in titles)
    found: list[_Heading] = []
    alone: list[_Heading] = []  # headings of the genre word alone
    glued_any: list[_Heading] = []  # headings of the genre glued to a first sentence that opens on any words
    # the page's title over a report of the genre that opens on its period and itself: the text under it is that report's
    report_first = bool(self_opening and genre in REPORT_GENRES and first < len(lines) and REPORT_OPENING.match(lines[first].text.strip()))
    before = 0  # characters of text above the first heading (an intro cleaning left)
    for i in range(first, len(lines) - 1):
        t = lines[i].text.strip()
        if not t or not lines[i + 1].text.strip():
            continue
        if _key(t) in keys:
            below = lines[i + 1].text.strip()
            if not found and not alone and not before and (SALUTATION.match(below) or ADDRESSEE.fullmatch(below) or SELF_OPENING.search(below) or REPORT_OPENING.match(below)):
                # "…倡议书3篇" / "…倡议书" / "广大市民朋友：…": the first document bears the collection's name
                found.append(_Heading(i, _key(t), 1, t, lines[i].end + 1, False, False))
            continue  # else the collection's title shown again
        tag = HEADING_TAG.match(t)
        bare = t[tag.end() :] if tag else t
        glued = GLUED_GENRE_OPENING.match(bare) if genre in bare[:GLUED_GENRE_MAX + len(genre)] else None
        if glued and glued.group("title").endswith(genre) and _is_title_like(glued.group("title")):
            # "建设银行…“反诈宣传进集市”活动简报5月18日是…": the heading glued to its first sentence
            title = t[: (tag.end() if tag else 0) + glued.end("title")]
            found.append(_Heading(i, _key(title), len(found) + 1, title, _words_start(lines[i]) + len(title), False, False))
            glued_any.append(replace(found[-1], number=len(glued_any) + 1))
            continue
        if h := _glued_any_heading(lines, i, t, genre):
            glued_any.append(replace(h, number=len(glued_any) + 1))  # counted below
            continue
        glued_end = GLUED_TO_END.search(t) if found else None
        glued_tag = HEADING_TAG.match(glued_end.group()) if glued_end else None  # "…“零发生”。（二）xx社区…工作总结"
        glued_bare = glued_end.group()[glued_tag.end() :] if glued_tag else glued_end.group() if glued_end else ""
        below = lines[i + 1].text.strip()
        if glued_end and _is_title_like(glued_bare) and not CLOSING_WORDS.match(glued_bare) and (g := GENRE_END.search(glued_bare)) and same_genre(g.group(), genre) and (
            SALUTATION.match(below) or SELF_OPENING.search(below) or (DOCUMENT_OPENING.match(below) and PROSE_LINE.search(below) and not SIGNED_DATE.fullmatch(below))
        ):
            # "…谢谢大家！在全镇村（社区）反诈专干培训班开班式上的讲话" over "同志们：": the next document's
            # title glued to the last sentence of the one above
            title = glued_end.group()
            at = _words_start(lines[i]) + glued_end.start()
            found.append(_Heading(i, _key(title), len(found) + 1, title, lines[i].end + 1, False, False, at=at))
            continue
        if unit is not None:
            named = UNIT_SUBTITLE.sub("", bare)
            note = UNIT_NOTE.search(named)  # "家长会反诈提醒发言稿（一年级）": the unit in brackets after the genre
            g = GENRE_END.search(named[: note.start()] if note and unit in note.group() else named)
            if unit in named and g and same_genre(g.group(), genre) and tag is None and _is_title_like(t) and _key(named) not in keys:
                found.append(_Heading(i, _key(t), len(found) + 1, t, lines[i].end + 1, False, False))
                continue
        if not _is_title_like(bare):
            if not found and not alone and not glued_any and not report_first and not _is_title_like(t):
                if SELF_NAMED.search(t):
                    return []  # "县反诈中心编写了本问答": the text above the headings names one document
                before += len(t)
                if before > GENRE_RUN_LEAD_MAX:
                    return []  # text before the first heading: these are its sections, not articles
            continue
        lone = GENRE_END.fullmatch(_key(bare))
        if lone and tag is None and same_genre(lone.group(), genre) and not _is_title_like(lines[i + 1].text):
            # "承　诺　书" over each of "…承诺书（学生、家长、教师3份）": the genre word alone heads each document
            alone.append(_Heading(i, _key(t), len(alone) + 1, t, lines[i].end + 1, False, False))
            continue
        m = GENRE_END.search(bare)
        # a heading may name its genre by another word of the family ("（第3篇）…工作小结" among 总结), unless it
        # is numbered as a section ("一、上半年工作小结", "二、几点体会" inside one summary or one 心得)
        family = same_genre(m.group(), genre) and (ARTICLE_TAG.match(t) is not None or SECTION_TAG.match(t) is None) if m else False
        # numbered as a section, a heading in the genre itself names a document ("（一）xx村2024年…工作总结"), unless
        # it names a topic of one ("一、刷单返利类诈骗问答" in a Q&A handbook) and the page counts nothing
        titled = SECTION_TAG.match(t) is None or TOPIC_OF_ONE.search(bare) is None or declared is not None
        genre_line = m and titled and (m.group() == genre or m.group() in LETTER_GENRES or family) and len(_key(bare)) > len(m.group()) + 1
        addressed = tag is not None and SALUTATION.match(lines[i + 1].text.strip())  # "1、X" then "亲爱的同学们："
        opens = (SELF_OPENING.search(lines[i + 1].text) or ((announced or genre in SALUTED_GENRES) and SALUTATION.match(lines[i + 1].text.strip()))
                 or (genre in REPORT_GENRES and REPORT_OPENING.match(lines[i + 1].text.strip())))
        if announced and not opens:
            # documents announced together: the first may open as any text does; each next one follows
            # the previous one's date, as documents end ("…居民委员会" / "2024年4月22日")
            above = next((lines[j].text.strip() for j in range(i - 1, first - 1, -1) if lines[j].text.strip()), "")
            opens = not found or SIGNED_DATE.fullmatch(above) is not None
        if self_opening and not (genre_line and opens):
            if not found and SELF_OPENING.search(t):
                return []  # the page's own opening says "制定本方案": its sections follow, not documents
            continue
        if (genre_line or addressed) and (not _is_title_like(lines[i + 1].text) or SALUTATION.match(lines[i + 1].text.strip())) or addressed:
            # (a salutation alone under the title, "各位网格员同志：", is no second title)
            above = lines[i - 1].text.strip() if i > first else ""
            if SUBTITLE.match(t) and above and _is_title_like(above) and not (found and found[-1].line == i - 1):
                # "把反诈课上到群众心坎上" over "——在全县反诈宣传工作推进会上的讲话": the speech's title, then the occasion
                found.append(_Heading(i - 1, _key(above), len(found) + 1, above, lines[i].end + 1, False, False))
                continue
            found.append(_Heading(i, _key(t), len(found) + 1, t, lines[i].end + 1, False, False))
    if report_first and found and first > 0 and found[0].line > first and _key(lines[first - 1].text) in keys:
        # the page's title heads the first report, which opens as the others do ("今年上半年，我所…" / "xx镇…汇报" / "上半年，我镇…")
        found = [_Heading(first - 1, _key(lines[first - 1].text), 1, lines[first - 1].text.strip(), lines[first - 1].end + 1, False, False),
                 *(replace(h, number=n) for n, h in enumerate(found, 2))]
    if not found and declared is not None and len(alone) == declared:
        found = alone  # as many as the page declares: one heading a document, each the genre word alone
    last = lines[-1].text.strip() if lines and len(lines) - 1 >= first else ""
    if declared is not None and len(glued_any) == declared - 1 and (h := _glued_any_heading(lines, len(lines) - 1, last, genre)):
        glued_any.append(replace(h, number=declared))  # the page's last line: a title glued to a one-line text
    if declared is not None and len(glued_any) == declared and len(found) < declared and {h.line for h in found} <= {h.line for h in glued_any}:
        found = glued_any  # as many as the page declares: each document's title glued to its first sentence, on any words
    versions = len({VERSIONED.sub("", h.stem) for h in found}) == 1 and all(VERSIONED.search(h.title) for h in found)
    if declared is not None and len(found) > declared and not versions:
        return []  # more "headings" than the page declares: sections, not articles (not versions of one document)
    return found if len(found) >= GENRE_RUN_MIN else []


SIGNED_TAIL_MAX = 2
SIGNED_TAIL_LINE_MAX = 40
ADDRESSEE = lazy_compile(r"[^\n，。；！？,;!?]{2,30}[：:]")  # "xx市公安局反诈中心：": a letter to a unit opens so
# A document's title: it ends in a genre's word, or it opens on whom it is for or what it is about ("关于谨防…的提醒",
# "致…", "写给“深夜敲门”的民警同志"); not a form's own parts ("家长意见", "家长回执", "…活动安排表")
DOCUMENT_TITLE = lazy_compile(rf"{GENRE}[ \t\u3000]*$|(?:声明|公告|通告|感谢信|倡议)[ \t\u3000]*$|^[ \t\u3000]*(?:关于|致|给|写给)")
ENCLOSURE = lazy_compile(r"^(?:附件|附表|附[：:]|回执)")  # what a notice carries after its date, not a next document


SIGNED_MONTH = lazy_compile(r"[ \t\u3000]*(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t\u3000]*")


def _unit_signed_run(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Documents signed off with the same unit's name, and no date or the same date under it ("…请到网点核实。" / "黄栌村村委会" / "别把银行卡借给别人"):
    the page ends on the unit alone, and each document above ends on it too, the next one's title right under it,
    with text under that title; the page's title heads the first."""
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if len(filled) < 6 or not header:
        return []
    # …or with the unit's name and the month or day under it, the same on every document ("茛湾农商银行西关支行" / "2024年9月")
    last = lines[filled[-1]].text.strip()
    dated = 1 if SIGNED_DATE.fullmatch(last) or SIGNED_MONTH.fullmatch(last) else 0
    unit = _key(lines[filled[-1 - dated]].text)
    if len(unit) > ISSUER_MAX or not _unit_alone(unit) or not PROSE_LINE.search(lines[filled[-2 - dated]].text):
        return []
    heads: list[int] = []
    for k, i in enumerate(filled[: -3 - dated]):
        if _key(lines[i].text) != unit or not PROSE_LINE.search(lines[filled[k - 1]].text):
            continue
        if dated and lines[filled[k + 1]].text.strip() != last:
            continue
        title, below = lines[filled[k + 1 + dated]].text.strip(), lines[filled[k + 2 + dated]].text
        if _is_title_like(title) and not SECTION_TAG.match(title) and not ENCLOSURE.match(title) and PROSE_LINE.search(below):
            heads.append(filled[k + 1 + dated])
    top = lines.index(header[-1])
    if not heads or top >= heads[0] or declared_count(header[-1].text) is not None or COLLECTION_WORD.search(header[-1].text.strip()):
        return []
    addressed = [bool(SALUTATION.match(_next_text(lines, h + 1))) for h in [top, *heads]]
    if addressed[0] and not all(addressed):
        return []  # a letter addressed to its readers, then its own postscript signed again ("防骗口诀请牢记"): one document
    heads.insert(0, top)
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


def _signed_run(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Documents signed off one after another: the next one's title right under the date that ends
    the one above ("…医院" / "2024年3月12日" / "关于谨防…的提醒"), with text under it.

    Every document must end so, the page's last among them (a notice's 附件 or 回执 after its date
    is none), and each date must close text: a date above a headline dates the story below it.
    """
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    last = next((k for k in range(len(filled) - 1, max(len(filled) - 2 - SIGNED_TAIL_MAX, -1), -1) if SIGNED_DATE.fullmatch(lines[filled[k]].text.strip())), None)
    if last is None or any(len(lines[i].text.strip()) > SIGNED_TAIL_LINE_MAX for i in filled[last + 1 :]):
        return []  # the last document signs off too, a short line or two below it at most (a prompt cleaning left)
    filled = filled[: last + 1]
    heads: list[int] = []
    prose = False  # text since the last heading, which a date closes
    for k, i in enumerate(filled[:-2]):
        t = lines[i].text.strip()
        if PROSE_LINE.search(t):
            prose = True
        if not (prose and (SIGNED_DATE.fullmatch(t) or SIGNED_MONTH.fullmatch(t))):
            continue  # (a letter may sign off with its month: "2024年9月")
        title, below = lines[filled[k + 1]].text.strip(), lines[filled[k + 2]].text.strip()
        if _is_title_like(title) and not SECTION_TAG.match(title) and not ENCLOSURE.match(title) and not SIGNED_DATE.fullmatch(title) and (
            (DOCUMENT_TITLE.search(TRAILING_NOTE.sub("", title)) and (SALUTATION.match(below) or ADDRESSEE.fullmatch(below) or PROSE_LINE.search(below)))
            or _issued_and_addressed(lines, filled[k + 2]) or SALUTATION.match(below) or ADDRESSEE.fullmatch(below)
        ):  # a title of the genre over its text, or any title over its salutation, its issuer between or not ("萩浦街道…居民委员会", "各位居民朋友：")
            heads.append(filled[k + 1])
            prose = False
    if not heads:
        return []
    # the first document's own title: the title line over its salutation (under the page's title and any
    # intro left above it), else the last of the page's title lines when there are two
    addressed = next((i for i, j in zip(filled, filled[1:]) if j <= heads[0] and _is_title_like(lines[i].text) and not SECTION_TAG.match(lines[i].text.strip())
                      and ((i > 0 and (SALUTATION.match(lines[j].text.strip()) or ADDRESSEE.fullmatch(lines[j].text.strip()))) or _issued_and_addressed(lines, j))), None)
    top = header[-1] if header and lines.index(header[-1]) < heads[0] else None
    if addressed is not None and addressed < heads[0]:
        heads.insert(0, addressed)
    elif top is not None and (len(header) > 1 or (declared_count(top.text) is None and not COLLECTION_WORD.search(top.text.strip()))):
        heads.insert(0, lines.index(top))
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


OCCASION_LINE = lazy_compile(
    r"[\p{Han}xX、]{2,24}[ \t\u3000]+(?:xx|XX|\p{Han}{2,3})|[(（](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]"  # a speaker, a date in brackets
    r"|\p{Han}{0,4}[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?班[ \t\u3000]+(?:xx|XX|\p{Han}{2,3})"  # a pupil's class and name: "初一（6）班　闵子衿"
)
OCCASION_LINES_MAX = 2
ADDRESSED = lazy_compile(r"(?:亲爱的|尊敬的|敬爱的)?[\p{Han}、，,]{1,16}[：:]")  # "同志们：", "亲爱的未来的我：" under a speaker's or a writer's line
SIGNED_NAME = lazy_compile(r"[ \t\u3000]*\p{Han}{2,10}[ \t\u3000]+(?:xx|XX|××|某某|\p{Han}{2,3})[ \t\u3000]*")  # "退休职工　xx": who wrote the piece above
PAIRED_SUBHEAD = lazy_compile(r"[ \t\u3000]*\p{Han}{4}[ \t\u3000]+\p{Han}{4}[ \t\u3000]*")  # "精心组织　广泛发动": a story's subheading
CONTINUED = lazy_compile(r"[(（]续(?:前|上)?[)）][ \t\u3000]*$|[(（]接上[页期]?[)）][ \t\u3000]*$")
# A title that tells how many pieces follow in words, or that it gathers a period's items: "本周这三件事，
# 和你的钱包有关", "这四件事，刚刚发生在我们身边", "泠江反诈一周动态（2024年6月上旬）".
TOLD = lazy_compile(
    rf"(?<![0-9第])(?P<n>{SMALL_NUM})[ \t]*(?:件事|个故事|个(?:典型|真实|身边|常见|最新|近期)?的?案例|起(?:典型|真实|身边|常见|最新|近期)?的?案例|起(?:典型)?案件|条消息|条快讯|条提醒|则消息|条(?=[ \t，,。！!｜|]|$))"  # also "本周5条，建议收藏", "三起典型案例"
    rf"|(?<![0-9第])(?P<n>{SMALL_NUM})[ \t]*起(?:警情|骗局|诈骗案?|电诈案?|案子)"  # "本周两起警情，提醒大家注意", "这三起骗局，就发生在身边": a post's cases
    rf"|这(?P<n>{SMALL_NUM})(?:种说法|句话|个节目)"  # "这四种说法，听到就挂", "骗子的这四句话" (not 这3招, 这几个提醒: one post's tips)
    rf"|这(?P<n>{SMALL_NUM})(?:份|篇|封)"  # "这三份反诈倡议书，请转给家里人": documents, counted
    rf"|(?<![0-9第])(?P<n>{SMALL_NUM})个(?:乡镇|镇|社区|村|街道|单位|学校|部门|网点|派出所)"  # "三个乡镇各出新招": each unit's piece
)
TOLD_PIECES = lazy_compile(r"(?:一周|本周|每周|上周|近期|本月|一月|半月)(?:动态|快讯|速递|要闻|简讯|资讯|警情)")


# A lead-in presenting the pieces under it, counted: "今天，我们选了三个乡镇的做法", "现选取三起典型案例", "下面整理了4则提醒"
PRESENTED = lazy_compile(rf"(?:选取|选了|挑了|挑选了?|精选了?|整理了|收录了?|梳理了?|摘录了?)[^。！？!?\n]{{0,6}}?(?<![0-9第])(?P<n>{SMALL_NUM})[ \t]*(?:个|起|则|篇|位|件|种|家|所|条)")


# A lead-in under the page's title presenting the documents that follow, counted: "本期推送两篇同学来稿", "今天刊发三封家长来信"
# (documents, not kinds of scam or places: "梳理了三种骗局" leads into one post's own cases)
LEAD_PRESENTS = lazy_compile(
    rf"(?:推送|刊发|刊登|分享|带来|送上|刊出|登出|选登|选取|选了|挑了|精选|整理了|收录)了?[^。！？!?\n]{{0,4}}?(?<![0-9第])(?P<n>{SMALL_NUM})[ \t]*(?:篇|封|份)"
)


COUNTED_IN_TITLE = lazy_compile(rf"(?<![0-9第])(?P<n>{SMALL_NUM})[ \t]*(?:个|种|起|则|位|件|家|所|条)")  # "三个乡镇"
# RELEASE_COUNT: a unit releasing so many cases ("…检察院发布3起…典型案例", "…公安局通报六起…"): one release, its cases
# its own (a post's "本周警情通报｜这3类骗局又冒头了" counts its items after the separator)
RELEASE_COUNT = lazy_compile(rf"(?:发布|通报|公布|曝光|披露|连发)[了出]?[ \t]*{SMALL_NUM}[ \t]*(?:个|种|起|则|件|类|条|批)")


def presented_count(text: str) -> int | None:
    """How many pieces a lead-in says it presents ("选了三个乡镇的做法" -> 3), or None."""
    m = PRESENTED.search(text)
    return parse_int(m.group("n")) if m else None


def told_count(text: str) -> int | None:
    """How many pieces a title tells in words ("这三件事" -> 3), or None."""
    m = TOLD.search(text)
    return parse_int(m.group("n")) if m else None


NUMBERED_LABEL = lazy_compile(r"[【\[〔［(（]?\p{Han}{1,4}[ \t]*[0-9０-９]{1,2}[】\]〕］)）]?")  # "【案例1】": a story's own point, no piece's title
PIECE_TITLE_MEAN = 9  # a piece's own title under a title that only counts them: a headline, not a subheading of advice
BARE_TITLE_MIN = 4  # "那条没点开的链接": a piece's own title, not a label ("正文")
BARE_BODY_MIN = 80  # characters of prose under each: a piece, not a paragraph's lead-in


DAY_LINE = lazy_compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[ \t\u3000]*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?(?:[ \t\u3000]*\p{Han}{1,4}(?:转\p{Han}{1,3})?)?")


DOCUMENTS_TOLD = lazy_compile(rf"这{SMALL_NUM}(?:份|篇|封)")
CLASS_SIGNED = lazy_compile(r"[ \t\u3000]*\p{Han}{0,12}[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?班[ \t\u3000]+(?:[\p{Han}·]{2,4}|xx|XX)[ \t\u3000]*")  # a pupil's class and name under the piece
SPEECH_CLOSE = lazy_compile(r"(?:谢谢|感谢)(?:大家|各位|您|你们)?(?:的(?:聆听|倾听))?[！!。.]*")  # "谢谢大家！" ends a speech


def _no_bare_headline(t: str) -> bool:
    """A title-like line that heads no piece of its own: a section's number or tag ("一、", "【做法】"), a story's paired
    subheading ("精心组织　广泛发动"), a numbered label ("【案例1】"), a writer's signature ("退休职工　xx"), a speech's
    last words ("谢谢大家！")."""
    return bool(SECTION_TAG.match(t) or HEADING_TAG.match(t) or PAIRED_SUBHEAD.fullmatch(t) or NUMBERED_LABEL.fullmatch(t) or SIGNED_NAME.fullmatch(t)
                or SPEECH_CLOSE.fullmatch(t))


QUESTION_HEAD = lazy_compile(r"[^。！!？?\n]{4,40}[？?]”?")  # one question, whatever its commas


def _bare_titles(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Pieces under a title that says it gathers them ("…征文获奖作品选登", "…简报集锦"), each under its own
    title line and nothing else: a title line between prose, with at least BARE_BODY_MIN characters of prose
    under it to the next. The gathering title must say so: a story's own subheadings stand so too."""
    gathering = next((ln for ln in header if gathered_title(ln.text)), None)
    count, weak = None, gathering is None
    if gathering is None:  # a title that counts its pieces ("…简报（共三期）", "这四件事") must have as many
        gathering = next((ln for ln in header if (told_count(ln.text) or 0) >= 2 or (declared_count(ln.text) or 0) >= 2 or TOLD_PIECES.search(ln.text)), None)
        if gathering is None:  # …or the lead-in under it that presents them, counted ("本期推送两篇同学来稿…"): the pieces start under it
            after = lines.index(header[-1]) + 1 if header else 0
            lead = next((ln for ln in lines[after:] if ln.text.strip()), None)
            m = LEAD_PRESENTS.search(lead.text) if lead is not None and PROSE_LINE.search(lead.text) else None
            if m is None or (parse_int(m.group("n")) or 0) < 2:
                return []
            gathering, count = lead, parse_int(m.group("n"))
        else:
            count = declared_count(gathering.text) or told_count(gathering.text)
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    top = lines.index(gathering)
    declared = declared_count(gathering.text)
    heads: list[int] = []
    stops: list[bool] = []  # a head that ends on a full stop or an ellipsis
    for k, i in enumerate(filled[:-1]):
        t = lines[i].text.strip()
        stopped = declared is not None and (_is_stopped_headline(t) or QUESTION_HEAD.fullmatch(t) is not None)  # "我差一点就信了那位“警官”。" under "…心得（四篇）"
        # (and a question a Q&A answers, "积分快到期了，短信让点链接兑换，能点吗？" under "本周防骗提醒4则｜…")
        if (i <= top or not (_is_title_like(t) or _is_exclaimed_headline(t) or stopped) or len(_key(t)) < BARE_TITLE_MIN or _no_bare_headline(t)
                or t.startswith(("——", "--")) or SIGNED_MONTH.fullmatch(t)):
            continue  # (nor "——河西营业厅提醒", a piece's sign-off, nor "2024年4月" under its unit)
        above = lines[filled[k - 1]].text
        below = k + 1
        while below < len(filled) - 1 and below - k <= OCCASION_LINES_MAX and OCCASION_LINE.fullmatch(lines[filled[below]].text.strip()):
            below += 1  # a speech's speaker and date under its title ("xx县人民政府副县长　xx", "（2024年4月16日）")
        if not (PROSE_LINE.search(lines[filled[below]].text) or ((below > k + 1 or declared is not None) and ADDRESSED.fullmatch(lines[filled[below]].text.strip()))) or (
                filled[k - 1] > top and not (PROSE_LINE.search(above) or above.rstrip()[-1:] in "。！？!?" or SIGNED_DATE.search(above) or SIGNED_NAME.fullmatch(above)
                                             or CLASS_SIGNED.fullmatch(above) or _unit_alone(_key(above)) or above.lstrip(" \t\u3000").startswith(("——", "--")))):
            continue  # (the piece above ends on a sentence, "谢谢大家！", its date, its writer: "退休职工　xx", "四（2）班　许沐阳", its unit: "苍棂县反诈中心",
            # or its sign-off: "——河西营业厅提醒")
        heads.append(i)
        stops.append(stopped and not (_is_title_like(t) or _is_exclaimed_headline(t)))
    asked = [h for h in heads if QUESTION_HEAD.fullmatch(lines[h].text.strip())]
    if declared is not None and len(heads) != declared and len(asked) == declared:
        heads, stops = asked, [False] * len(asked)  # a Q&A's questions, as many as declared, among short lines that looked like titles
    if any(stops) and len(heads) != declared:  # headlines that end on a stop only as many as the title declares; else
        heads = [h for h, stop in zip(heads, stops) if not stop]  # they were one-sentence paragraphs ("那一刻，我真的慌了。")
        stops = [False] * len(heads)
    bodies = [sum(len(lines[j].text) for j in filled if a < j < b) for a, b in zip(heads, [*heads[1:], len(lines)])]
    while len(heads) > 2 and bodies[-1] < BARE_BODY_MIN and min(bodies[:-1]) >= BARE_BODY_MIN:
        heads, stops, bodies = heads[:-1], stops[:-1], bodies[:-1]  # the page's closing line under the last piece's sign-off heads no piece
    if len(heads) < 2 or min(bodies) < BARE_BODY_MIN:
        return []
    titles = [_key(lines[i].text) for i in heads]
    mean = sum(map(len, titles)) / len(titles)
    parallel = mean < PIECE_TITLE_MEAN or (len({t[0] for t in titles}) == 1 and regex.match(r"\p{Han}", titles[0]) is not None and mean < PIECE_TITLE_MEAN + 3)  # "不轻信…", "不点击…": one post's advice
    told = count is not None and declared_count(gathering.text) is None  # counted in words ("这四件事"), not declared ("（节目3个）")
    if told and DOCUMENTS_TOLD.search(gathering.text):
        parallel = False  # documents counted ("这三份反诈倡议书…"): letters to their readers may open alike ("写给老年朋友", "写给青年朋友")
    # speeches or letters as many as declared, each title over its salutation ("同志们：", "各位居民朋友："): a lead-in
    # above them is the site's, not a post's leading into its cases
    addressed = count == len(heads) and not told and all(ADDRESSED.fullmatch(_next_text(lines, h + 1)) for h in heads)
    if weak and (count is not None and len(heads) != count or (parallel and (told or count is None))
                 or (not addressed and any(PROSE_LINE.search(lines[j].text) for j in filled if top < j < heads[0]))):
        return []  # a title that only counts: as many, the first right under it (a post that leads in, then lists its cases, is one post)
    # "3月4日　星期一　小雨": a diary's day opens its entry, no title (the entry's text begins with it)
    return [_Heading(i, _key(lines[i].text), n, "", lines[i].start, False, False) if DAY_LINE.fullmatch(lines[i].text.strip())
            else _Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


# the readers one notice is written for, each version under its label ("小学版", "家长篇"): school levels and people
AUDIENCE = r"(?:小学|中学|初中|高中|大学|高校|幼儿园|小学生|中学生|大学生|学生|家长|教师|老师|老年人?|长辈|青少年|儿童|职工|员工|居民|村民|商户|市民|群众)"
VERSION_LABEL = lazy_compile(rf"[ \t\u3000]*[【\[（(]?{AUDIENCE}(?:版|篇)[】\]）)]?[ \t\u3000]*")


def _versions(lines: list[_Line]) -> list[_Heading]:
    """One notice's versions for its readers, each under its label alone on a line and opening on the readers it
    addresses ("小学版" over "亲爱的小朋友们：", "家长篇" over "各位家长：…"): each version is an article. A part of
    one report labelled so ("教师篇" over "本学期，我校组织教师…") addresses nobody, and stays a part."""
    heads = [i for i, ln in enumerate(lines) if VERSION_LABEL.fullmatch(ln.text)]
    if len(heads) < 2 or len({_key(lines[i].text) for i in heads}) < len(heads):
        return []
    for a, b in zip(heads, [*heads[1:], len(lines)]):
        body = [ln.text for ln in lines[a + 1 : b] if ln.text.strip()]
        if not body or not (SALUTATION.match(body[0].strip()) or ADDRESSED.fullmatch(body[0].strip())) or sum(map(len, body)) < BARE_BODY_MIN:
            return []
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


SALUTATION_LINE_MAX = 30


def _saluted_pieces(lines: list[_Line]) -> list[_Heading]:
    """Speeches or letters one after another, each under its own title line with its salutation right under it
    ("做清醒的“网上少年”" / "老师们、同学们：", …, "把防骗的“暗号”带回家" / "尊敬的老师，亲爱的同学们："), the first at the
    page's top or under a title that gathers or counts them: a speech or a letter greets its listeners once, at its start. Each piece ends on a sentence, its
    date or its writer, and is a piece's length."""
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    top = lines[filled[0]].text if filled else ""
    opens = filled[:2] if gathered_title(top) or (declared_count(top) or told_count(top) or 0) >= 2 else filled[:1]
    heads: list[int] = []
    for k, i in enumerate(filled[:-1]):
        t = lines[i].text.strip()
        below = lines[filled[k + 1]].text.strip()
        if not (SALUTATION.match(below) and below.endswith(("：", ":")) and len(below) <= SALUTATION_LINE_MAX) or not (_is_title_like(t) or _is_exclaimed_headline(t)):
            continue
        if len(_key(t)) < BARE_TITLE_MIN or _no_bare_headline(t) or ADDRESSED.fullmatch(t) or SIGNED_DATE.search(t) or _unit_alone(_key(t)):
            continue  # (not the piece above's date or unit: "2024年5月20日" over the next piece's "亲爱的…：" when it has no title)
        above = lines[filled[k - 1]].text.strip() if k else ""
        if i not in opens and not (above[-1:] in "。！？!?”」" or SIGNED_DATE.search(above) or SIGN_OFF_DATE.fullmatch(above) or SIGNED_NAME.fullmatch(above) or _unit_alone(_key(above))):
            continue
        heads.append(i)
    if len(heads) < 2 or heads[0] not in opens:
        return []  # (the first at the page's top, or under a title that gathers or counts them: "…讲话稿选登")
    # among them, a document of a genre that greets no one ("员工反诈守法承诺书" after the letter above signed off): its
    # title names its genre, right under the piece above's date or writer, over its text
    for k, i in enumerate(filled[1:-1], 1):
        t, above = lines[i].text.strip(), lines[filled[k - 1]].text.strip()
        if (i > heads[0] and i not in heads and _is_title_like(t) and GENRE_END.search(t) and len(_key(t)) >= BARE_TITLE_MIN
                and (SIGNED_DATE.search(above) or SIGN_OFF_DATE.fullmatch(above)) and PROSE_LINE.search(lines[filled[k + 1]].text)):
            heads.append(i)
    heads.sort()
    bodies = [sum(len(lines[j].text) for j in filled if a < j < b) for a, b in zip(heads, [*heads[1:], len(lines)])]
    if min(bodies) < BARE_BODY_MIN:
        return []
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


# "2024年4月", "2024年4月18日", "2024-04-18": the date a piece signs off with, alone on its line or after its writer
# ("xx社区网格员　xx　2024年4月18日")
SIGN_OFF_DATE = lazy_compile(r"[ \t\u3000]*(?:[\p{Han}xX]{2,20}[ \t\u3000]+(?:(?:xx|XX|\p{Han}{2,4})[ \t\u3000]+)?)?(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?|(?:二〇|二零)[〇零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)[ \t\u3000]*")


def _signed_off_run(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Pieces without titles, each signed off with its date (and its writer) and the next beginning on the line
    after it, on its salutation or straight on its text: "…心得体会（计4篇）", "倡议书（3份样稿）". Only under a
    title that declares the count, and only when the sign-offs cut the page into exactly that many pieces."""
    declared = first_declared(ln.text for ln in header)
    if declared is None or declared < 2 or not header:
        return []
    top = lines.index(header[-1]) + 1
    filled = [i for i in range(top, len(lines)) if lines[i].text.strip()]
    starts: list[int] = []
    prose = False
    for k, i in enumerate(filled):
        t = lines[i].text.strip()
        if SIGN_OFF_DATE.fullmatch(t) and prose and k + 1 < len(filled):
            nxt = lines[filled[k + 1]].text.strip()
            if SALUTATION.match(nxt) or PROSE_LINE.search(nxt):
                starts.append(filled[k + 1])
                prose = False
        elif PROSE_LINE.search(t):
            prose = True
    if len(starts) + 1 != declared:
        return []
    # the first piece opens on its salutation when the others do (a note of the site's may stand above it), else on the first text
    saluted = all(SALUTATION.match(lines[i].text.strip()) for i in starts)
    first = next((i for i in filled if i < starts[0] and (SALUTATION.match(lines[i].text.strip()) if saluted else PROSE_LINE.search(lines[i].text))), None)
    if first is None:
        return []
    return [_Heading(i, "signed-off", n, "", lines[i].start, False, False) for n, i in enumerate([first, *starts], 1)]


# What cleaning removed after a piece, whole lines of it: a read-more link ("更多>>" reads as related), an end mark, a
# credit, a like/share row, the piece's source or its download link (CLOSING_RULES); a stretch longer than CLOSING_LINES_MAX lines or CLOSING_LINE_MAX
# characters a line is more than a piece's closing (a menu, a page's footer)
CLOSING_RULES = frozenset({"chrome:nav", "chrome:share", "chrome:byline", "chrome:download", "chrome:related", "credit"})
CLOSING_LINES_MAX = 3
CLOSING_LINE_MAX = 40
WORDED = lazy_compile(r"[\p{Han}A-Za-z]")
BRACKETED_LABEL = lazy_compile(r"^[【〔［\[][^】〕］\]]{1,8}[】〕］\]][ \t\u3000]*")
# …and a piece's source line the page keeps: "——转自“稗川发布”", "—— 摘自《xx晚报》"
REPOSTED_FROM = lazy_compile(r"[ \t\u3000]*[—–\-]{1,2}[ \t\u3000]*(?:转自|转载自|摘自|选自|来源[:：]|来自)[ \t\u3000]*\S{2,24}[ \t\u3000]*")


def closing_stretches(deletions: Iterable[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """Of a trace's deletions (`Trace.deletions`: offset, rules, source text), those that may close a piece: whole
    lines (each at most CLOSING_LINE_MAX characters, at most CLOSING_LINES_MAX of them) of CLOSING_RULES only (a photo's
    caption may come before them), with words (a row of marks, "◆◆◆", parts one document's sections as often as
    pieces). The kind of a closing is the rule of its last line: "（作者：…）" is a credit or a byline, "— 本篇完 —" after it."""
    out = []
    for at, rules, old in deletions:
        kinds = rules.split()
        while len(kinds) > 1 and kinds[0] == "caption":
            kinds.pop(0)
        if not CLOSING_RULES.issuperset(kinds):
            continue  # asked first: most deletions are a rule's glosses, marks and spaces (thousands a page), never a line's
        parts = old.strip("\n").split("\n")
        if len(parts) <= CLOSING_LINES_MAX and all(0 < len(t.strip()) <= CLOSING_LINE_MAX for t in parts) and WORDED.search(old):
            out.append((at, kinds[-1]))
    return out


BYLINE_KINDS = frozenset({"chrome:byline", "chrome_line", "chrome:counter", "credit"})


def removed_bylines(deletions: Iterable[tuple[int, str, str]]) -> list[int]:
    """Of a trace's deletions (`Trace.deletions`: offset, rules, source text), where whole lines of a byline went (date,
    source, writer, counters: BYLINE_KINDS, whatever their length): a headline stands right above one."""
    return [at for at, rules, old in deletions if old.endswith("\n") and set(rules.split()) <= BYLINE_KINDS]


def _closed_pieces(lines: list[_Line], header: list[_Line], closed: Iterable[tuple[int, str]] | None) -> list[_Heading]:
    """Pieces each closed alike: a list page's items, each a headline over its lead and a removed read-more link
    ("查看详情>>"); reposted pieces each over a removed credit or like row, or a kept source line ("——转自“…”"). Each
    closing stands between the end of a piece's prose and the next piece's headline, a title line over prose; the
    pieces' closings are of one kind (the same rule removed their last lines, or the page kept each), two at least.
    The first piece's headline is the last line above the first closing with the ordinal lead the other headlines share
    ("（一）", "02｜"), or else the last title line above the first prose that runs to the first closing (a page title or
    a lead-in above it is no piece of its own; a document with a piece's worth of prose above is one). A story's one
    ad between two parts, its credit at the end, close no pieces. `closed` None: no closings, kept ones neither."""
    if closed is None:
        return []
    starts = [ln.start for ln in lines]
    by_kind: dict[str, list[int]] = {}
    text_end = lines[-1].end if lines else 0
    for at, kind in closed:
        k = bisect_left(starts, at)  # the first line at or after where the stretch was
        if 0 < k < len(lines) and at != lines[k].start and at != lines[k - 1].end:
            continue  # inside a line: no piece's closing (a whole line, or a link glued to a lead's end, is)
        if k == len(lines) and at < text_end:
            continue
        by_kind.setdefault(kind, []).append(k)
    kept = [k + 1 for k, ln in enumerate(lines) if REPOSTED_FROM.fullmatch(ln.text)]
    if len(kept) >= 2:
        by_kind["kept"] = kept
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    best: list[_Heading] = []

    def closes_prose(k: int) -> bool:  # (a menu removed above the first piece closes nothing)
        prev = _filled_before(filled, k)
        return prev is not None and (PROSE_LINE.search(lines[prev].text) is not None or REPOSTED_FROM.fullmatch(lines[prev].text) is not None)

    for all_ks in by_kind.values():
        ks = [k for k in all_ks if closes_prose(k)]
        if len(ks) < 2:
            continue
        heads: list[int] = []
        for n, k in enumerate(ks, 1):
            nxt = _filled_from(filled, k)
            if nxt is not None and _closed_head(lines, nxt, filled):
                heads.append(nxt)
            elif n < len(ks):
                break  # every closing but the last stands over the next piece's headline (the last may close the page's list)
        else:
            if not heads:
                continue
            body = filled[: bisect_left(filled, ks[0])]  # the lines with words above the first closing
            k = len(body)
            sigs = {_ordinal_sig(lines[h].text) for h in heads}
            if len(sigs) == 1 and (sig := sigs.pop()):
                # the pieces' headlines share an ordinal lead ("（二）…", "02｜…", "◉ …"): the first piece's is the last line
                # above the first closing that has it (its words may read as prose: "（一）守住钱袋子，先守住…的心")
                k = next((j + 1 for j in range(len(body) - 1, -1, -1) if _ordinal_sig(lines[body[j]].text) == sig), 0)
            else:
                while k > 0 and (PROSE_LINE.search(lines[body[k - 1]].text) or REPOSTED_FROM.fullmatch(lines[body[k - 1]].text)):
                    k -= 1
            if k == 0 or k == len(body):
                continue
            heads.insert(0, body[k - 1])
            if not _closed_head(lines, heads[0], filled):
                continue
            # a document of its own above the first closed piece (an aggregator's document over its related pieces): its
            # title over a piece's worth of prose, no lead-in's few words
            above = body[: k - 1]
            m = len(above)
            while m > 0 and PROSE_LINE.search(lines[above[m - 1]].text):
                m -= 1
            if 0 < m < len(above) and _closed_head(lines, above[m - 1], filled) and _piece_sized("".join(lines[i].text for i in above[m:])):
                heads.insert(0, above[m - 1])
            if len(heads) > len(best):
                best = [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]
    return best


SECTION_NAME_MAX = 8
# An ordinal or a sign before a piece's headline: "（二）", "02｜", "◉ " (its numbers read as N: the pieces share it)
ORDINAL_LEAD = lazy_compile(r"^[ \t\u3000]*(?:[（(〔【\[][一二三四五六七八九十0-9]{1,3}[)）〕】\]][ \t\u3000]*|[0-9]{1,2}[ \t]*[｜|丨.．、][ \t\u3000]*|[^\p{Han}\w\s“「『《（(【〔\[]{1,2}[ \t\u3000]*)")


def _ordinal_sig(line: str) -> str:
    m = ORDINAL_LEAD.match(line)
    return regex.sub(r"[一二三四五六七八九十0-9]+", "N", m.group().strip()) if m else ""


def _closed_head(lines: list[_Line], head: int, filled: list[int]) -> bool:
    """Whether line `head` is a piece's headline over its prose: title-like (after its ordinal lead), a headline's
    length, no section's name."""
    t = lines[head].text.strip()
    own = _own_words(BRACKETED_LABEL.sub("", t))  # "【周一】启动仪式": a day's item, no piece's headline
    bare = t[m.end() :] if (m := ORDINAL_LEAD.match(t)) else t
    if (not (_is_title_like(t) or _is_title_like(bare) or _is_exclaimed_headline(t)) or len(t) > HEADLINE_MAX or len(own) < PIECE_HEADLINE_MIN
            or (len(own) <= SECTION_NAME_MAX and SECTION_WORD_END.search(own))):
        return False  # (a section's name is short: "主要做法", "工作体会"; not "从“旁观者”到“宣传员”：我的反诈志愿服务体会")
    below = _filled_from(filled, head + 1)
    return below is not None and PROSE_LINE.search(lines[below].text) is not None


def _filled_from(filled: list[int], k: int) -> int | None:
    """The first of the lines with words (`filled`, ascending) at or after line `k`."""
    at = bisect_left(filled, k)
    return filled[at] if at < len(filled) else None


def _filled_before(filled: list[int], k: int) -> int | None:
    """The last of the lines with words (`filled`, ascending) before line `k`."""
    at = bisect_left(filled, k)
    return filled[at - 1] if at else None


def _flattened(line: str) -> bool:
    return len(line) >= PREVIEW_MIN and len(FLAT_SPACE.findall(line)) >= PREVIEW_SPACES


def _preview_blocks(lines: list[_Line]) -> list[int]:
    """Indices of title lines that open a related-document preview on an aggregator page."""
    blocks = []
    for i in range(1, len(lines) - 1):
        if _is_title_like(lines[i].text) and _flattened(lines[i + 1].text):
            blocks.append(i)
    return blocks if len(blocks) >= 2 else []


def _cut_short(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] not in SENTENCE_END + "）)】"


RUNS_TRIED_MAX = 4


def split_articles(text: str, title: str | None = None, closed: Iterable[tuple[int, str]] | None = (), bylines: Iterable[int] = ()) -> Split:
    """The articles of a cleaned page `text` (one paragraph a line). `closed`: where cleaning removed lines
    that may close a piece (`closing_stretches` of the trace's deletions), as (offset in `text`, their kind);
    None: no closings at all, not even the source lines a page keeps after each piece ("——转自“…”"). `bylines`:
    where cleaning removed a byline's whole lines (`removed_bylines`), offsets in `text`."""
    lines = _lines(text)
    bylines = frozenset(bylines)  # asked of a line's start by the headline's and the deck's rules
    first_body = next((i for i, ln in enumerate(lines) if ln.text and not _is_title_like(ln.text)), len(lines))
    header = [ln for ln in lines[:first_body] if ln.text]
    # the page title passed in names the collection too, with its year and count ("…（精选3篇）")
    titles = [ln.text for ln in header] + ([title] if title else [])
    stems = _collection_stems(titles) | ({_key(title)} if title and len(_key(title)) >= 4 else set())
    candidates = _candidates(lines, stems)
    run = _run(candidates, stems)
    tried: set[str] = set()
    while run and run[0].needs_support and not _supported(run, header, lines) and len(tried) < RUNS_TRIED_MAX:
        # a run of another key may be the supported one: "第一站…第三站" inside the first of "其一/其二" under a count
        tried.add(run[0].stem)
        run = _run([c for c in candidates if c.stem not in tried], stems)
    if run and run[0].needs_support and not _supported(run, header, lines):
        # an unsupported run of ①/其一/第一例 must not hide the page's real headings ("篇一：" over "①…")
        run = _run([c for c in candidates if not c.needs_support], stems)
    genre = None  # the documents' titles of the genre, computed once
    if run and run[0].needs_support:
        genre = _genre_run(lines, header, title)
        if len(genre) >= GENRE_RUN_MIN and genre[-1].line > run[-1].line:
            run = []  # "【骗局就在我们身边】" inside the first of "…心得体会3篇", the next documents under their genre titles below
    if len(run) == 1 and len(flat := _flattened_numbered(text, lines, header)) > 1 and flat[0].line == run[0].line:
        run = flat  # "第1篇：X 一、…" opening a flattened line, "第2篇：Y" further along it
    if run and _quoting(lines, header, run, title):
        return _split_collection(text, lines, header, [], title, bylines=bylines)
    by_genre = not run
    run = run or (genre if genre is not None else _genre_run(lines, header, title))
    signed = (_signed_run(lines, header) or _unit_signed_run(lines, header)) if by_genre else []
    if len(signed) > len(run) and {h.line for h in run} <= {h.line for h in signed}:
        run = signed  # documents signed off one after another: all of them, those a genre run found among them
    if by_genre and not run:
        run = _bundle_run(lines, header) or _bare_titles(lines, header) or _versions(lines) or _signed_off_run(lines, header) or _saluted_pieces(lines) or _subtitled_pieces(text, lines, header) or _headline_pieces(lines, header) or _closed_pieces(lines, header, closed) or _flattened_numbered(text, lines, header) or _flattened_headlines(text, lines, header)
    blocks = _preview_blocks(lines)
    # a preview's block is a title over a flattened text; a run of documents' titles heading every such block is
    # a collection whose documents were flattened (their titles of the genre, signed off one after another)
    if blocks and not (len(run) >= 2 and (run[0].strong or set(blocks) <= {h.line for h in run})):
        return _split_aggregator(text, lines, blocks)
    return _split_collection(text, lines, header, run, title, by_genre and bool(run), bylines)


def _quoting(lines: list[_Line], header: list[_Line], run: list[_Heading], title: str | None) -> bool:
    """Whether the headings are pieces one document quotes: a speech or a letter that opens on its
    salutation above the first of them ("老师们、同学们：" … "第一篇：《奶奶的“神秘包裹”》"), under a
    title that declares no collection (no count, no collection word, no gathering)."""
    titles = [ln.text.strip() for ln in header] + ([title] if title else [])
    if any(declared_count(t) is not None or COLLECTION_WORD.search(TRAILING_NOTE.sub("", t)) or gathered_title(t) for t in titles):
        return False
    top = lines.index(header[-1]) + 1 if header else 0
    opening = _next_text(lines, top, run[0].line)
    # pieces a speech quotes open on their own text; documents of a collection each open on their own salutation
    addressed = any(SALUTATION.match(_next_text(lines, h.line + 1)) for h in run)
    return bool(SALUTATION.match(opening)) and not addressed


def gathered_title(text: str) -> bool:
    """A title saying it gathers pieces of a genre ("…活动简报集锦", "…方案汇编"; not "…工作情况汇总", one report)."""
    if GATHERED_TAG.match(text):
        return True
    title = SERIES_PART.sub("", TRAILING_NOTE.sub("", text.strip()))  # "…优秀作品展（一）": the first part of a series
    if title.endswith(("展", "展评")) and REPORTED.search(title):
        return False  # "我校举办…书画作品展": a story of the exhibition, not the works shown
    m = GATHERED.search(title)
    if m is None and (note := GATHERED_NOTE.search(text.strip())):  # "…工作总结（村级选登）": the gathering said in a note
        title, m = text.strip()[: note.start()], note
    return m is not None and (GENRE_END.search(title[: m.start()]) is not None or GATHERED_OF.search(title[: m.start()]) is not None)


POSTS_COUNTED = lazy_compile(r"[〔【\[［(（][ \t]*(?:推文|文章|篇|稿件|作品|期)[ \t]*\d{1,2}[ \t]*[/／]")
BOUND_ISSUES = lazy_compile(r"合订|第[ \t]*\d{1,3}[ \t]*[—\-–~～至到][ \t]*\d{1,3}[ \t]*期")
BULLETIN_ISSUE = lazy_compile(rf"(?:简报|快报|周报|月报|旬报|专报|动态|速递|资讯)[ \t\u3000·•｜|丨]*(?:(?:19|20)\d{{2}}年)?[ \t]*第[ \t]*{NUM}[ \t]*期")


SAMPLE_KEY = lazy_compile(rf"词(?:例|{SAMPLE_WORDS}|{DRAFT_WORDS})")  # word_ordinal's key for numbered samples ("例1　X", "范例一：X")


DECORATED_ORDINAL = lazy_compile(r"[^\p{Han}0-9]*(?:其|第)?[一二三四五六七八九十0-9]{1,3}")  # "★其二★　X": a decoration around an ordinal numbers it


def _supported(run: list[_Heading], header: list[_Line], lines: list[_Line]) -> bool:
    """Whether a run of ordinals that documents use for their own points (①, Ⅰ．, 其一, A版)
    heads articles: the page declares as many or more and the run counts from 1, or every
    heading's title ends in a genre word."""
    declared = first_declared(ln.text for ln in header)
    top = lines.index(header[-1]) + 1 if header else 0  # the first line under the page's title lines
    if run[0].stem == "A.":  # a quiz's options are lettered so: only pieces shaped as pieces
        return _pieces_shaped(run, header, lines)
    if run[0].stem.startswith("第号") and run[0].number > 1:
        return True  # "预警第31号…第35号": a page of a series from its middle (one document's own 第1讲, 第2讲 start at 1)
    if (declared is not None and len(run) <= declared and [h.number for h in run] == list(range(1, len(run) + 1))
            and (len(run) == declared or not run[0].stem.startswith("deco") or all(DECORATED_ORDINAL.match(h.title) for h in run)
                 or run[0].line <= top)):
        return True  # "（共5篇）" over 一 to 三: a page that shows the first articles of its count (the rest behind a login);
        # decorations number nothing: two "▸ …" lines inside the pieces under "（附教案3篇）" are no first two of three (two
        # "📌 …" right under "…汇编（3篇）" are)
    if (declared is not None and len(run) == declared + 1 and [h.number for h in run] == list(range(1, len(run) + 1))
            and SAMPLE_KEY.fullmatch(run[0].stem)):
        return True  # "（3篇）" over 例1 … 例4: "说好三篇，再多送一篇", a sample given over the count (split warns)
    told = next((n for n in (told_count(ln.text) for ln in header) if n), None)
    if run[0].stem == "【周一】" and len(run) == (declared or told) and all(a.number < b.number for a, b in zip(run, run[1:])):
        return True  # "本周平安快讯两条" over "【周一】…", "【周四】…": the week's items by their days, as many as counted
    if (declared is None and told is not None and len(run) == told and [h.number for h in run] == list(range(1, len(run) + 1))
            and all(_is_title_like(lines[h.line].text) and len(lines[h.line].text.strip()) <= HEADLINE_MAX for h in run)):
        return True  # "本周5条，建议收藏" over five pieces titled as pieces (a story's "①　6月3日，…" cases are its own sentences)
    if declared is None and (any(gathered_title(ln.text) for ln in header) or (lines and GATHERED_TAG.match(lines[0].text))):  # "【合集】…直接用！" is no title line
        return True  # "…活动简报集锦": a title that says it gathers pieces of a genre, and no count to check against
    if run[0].stem == "[/]" and all(POSTS_COUNTED.match(h.title) for h in run):
        return True  # "〔推文 1/3〕…": posts counted out of the page's (a thread's bare "（1/3）", a quiz's "【每日一练 1/3】" are no posts)
    lead = [ln.text for ln in lines[top : run[0].line] if PROSE_LINE.search(ln.text)]
    if declared is None and any(BULLETIN_ISSUE.search(ln.text) for ln in header) and (not lead or any(told_count(t) == len(run) for t in lead)):
        return True  # "蒲塘反诈周报｜第9期" over its items: an issue holds its week's items (one story's sections come under its text,
        # unless that text presents as many: "…现选取三起典型案例，提醒广大群众…" over 案例一 to 案例三)
    if any(BOUND_ISSUES.search(ln.text) for ln in header) and run[0].stem == "issue_line":
        return True  # "…简报（第5—7期合订）": issues bound in one volume
    if declared is None and _pieces_shaped(run, header, lines):
        return True  # "A. 冒充“医保中心”称医保卡被盗刷", "其二：教会父亲开“来电预警”": pieces under headlines, no lead-in
    genres = [SUPPORTING_GENRE_END.search(h.title.strip()) for h in run]  # the title ("第一份材料" stands above "致…倡议书")
    if not all(genres):
        return False
    # points of one summary end in its own genre ("xx县反诈工作总结" over "亮点一：乡镇宣传工作总结"): without a
    # count or a collection word, headings in the title's own genre do not support themselves
    title = next((ln.text.strip() for ln in header), "")
    own = GENRE_END.search(TRAILING_NOTE.sub("", title))
    return declared is not None or COLLECTION_WORD.search(title) is not None or not own or any(not same_genre(g.group(), own.group()) for g in genres)


# The marker before a piece's own title ("A. ", "其二：", "📌 ", "第2站｜", "一则："): what PIECE_SHAPED measures is after it
HEADING_LEAD = lazy_compile(r"^[^\p{Han}“「『《A-Za-z0-9]*(?:[^：:｜|丨\s]{1,6}?(?:[：:｜|丨]|[.．、](?=\S)|[ \t\u3000]+))?")
EDITORS_NOTE = lazy_compile(r"[【\[〔]?(?:编者按|编者的话|编者注|编后|编者|栏目说明|栏目介绍|栏目简介|本栏说明|导读)[】\]〕]?[ \t\u3000]*[：:]?")
ISSUE_NUMBER = lazy_compile(rf"第[ \t]*{NUM}[ \t]*期")
PIECE_HEADLINE_MIN = 6  # a piece's own headline: "从被骗者到宣讲员", not a section's "主要做法"
PIECE_HEADLINE_MEAN = 9
PIECE_BODY_MIN = 100  # characters under each heading: a piece, not a point
PIECE_SENTENCES_MIN = 3
SENTENCE_STOP = lazy_compile(r"[。！？!?]")


def _piece_sized(text: str) -> bool:
    """Whether the text under a heading is a piece's: PIECE_BODY_MIN characters (spaces aside) and PIECE_SENTENCES_MIN sentences."""
    return len(_key(text)) >= PIECE_BODY_MIN and len(SENTENCE_STOP.findall(text)) >= PIECE_SENTENCES_MIN
SECTION_WORD_END = lazy_compile(r"(?:" + SECTION_WORDS + r"|步骤|内容|方式|时间|地点|对象|主题|原则|分工|保障|流程|方法|建议)$")


# Words of a page's title that name several items: a round-up ("动态", "快讯"), a kind of piece gathered ("故事",
# "小记", "体会"), a site's samples ("范文", "模板"), a span of time ("本周", "近期"); a title that asks covers its answers
ITEMS_NAMED = lazy_compile(
    r"范文|范本|范例|参考|材料|模板|精选|汇编|合集|合辑|连载|系列|专栏|栏目|动态|快讯|简讯|速递|资讯|要闻|提示|提醒|预警|故事|案例|心得|体会|感想|纪实|"
    r"日记|小记|手记|随笔|征文|作品|来稿|上新|一周|本周|这周|每周|近期|本月|周报|快报|月报|旬报|周刊|月刊|专刊|播报|[两三四五六七八九几多]版|说法|套路|骗局|[？?]|[两三四五六七八九几多]个镜头|掠影|剪影"
    r"|摘登|选登|这些(?:话|故事|心声|留言|来信|作品)|周讯|月讯|各(?:年级|班级|学段|校区|村居|网点)|几(?:件事|个提醒|条提醒|个故事|个案例)"  # "这几件事要和孩子聊一聊"  # "德育周讯：各年级反诈教育活动"
)
# …and the genres of one document, ending its title ("…活动方案", "…工作总结", "…会议记录"): its parts are its own
ONE_DOCUMENT_END = lazy_compile(r"(?:方案|计划|总结|小结|讲话|讲话稿|发言稿|致辞|记录|纪要|主持词|通知|报告|汇报|实施细则|讲稿|演讲稿)[ \t\u3000]*$")


def names_items(title: str) -> bool:
    """Whether a page's title says it holds items ("…快讯", "…几个镜头", "本周这三件事"), not one document's."""
    return bool(ITEMS_NAMED.search(title)) and not ONE_DOCUMENT_END.search(title) or told_count(title) is not None


def _own_words(title: str) -> str:
    """A heading's own words, its marker aside (HEADING_LEAD: "A. ", "其二：", "📌 "), spaces removed."""
    lead = HEADING_LEAD.match(title)
    return _key(title[lead.end() :] if lead and lead.end() < len(title) else title)


# Items of the genre a run's own word may name: "故事①｜X", "【提醒 1】X", "◆ 警示一 ◆ X", "陷阱 01 ‖ X", "套路1｜X"
ITEM_WORD = lazy_compile(r"故事|案例|个案|提醒|警示|骗局|套路|陷阱|快讯|经历|提示|预警|警情|以案说法|真实案例|典型案例")
PART_WORD = lazy_compile(SECTION_WORDS + r"|举措|招|步|阶段|环节|方面|部分|亮点|特点|原因|建议|办法|方法|途径|层面|关|条")  # a document's own parts: "举措一："


GLYPHS_BEFORE = lazy_compile(r"^[^\p{Han}“「『《A-Za-z0-9]+")  # the marks before a heading's words ("▌", "📌 ")
FIRST_PERSON = lazy_compile(r"我|咱")  # a title in the writer's own voice: one writer's piece ("我想说的几句心里话")
CLAUSE_BREAK = lazy_compile(r"[，,。；;！？!?](?=.)")  # a title of two clauses tells one story ("扫码“理赔”，三万八千元没了")
ANNOUNCED_END = lazy_compile(r"(?:通报|通告|公告|公示|纪要|情况|说明)[ \t\u3000]*$")  # one document announcing what it lists
ITEM_BODY_MIN = 80  # an item under a title that counts as many, or under its own word: shorter than a piece may be
ITEM_SENTENCES_MIN = 2


def _brief_sized(text: str) -> bool:
    """Whether the text under a round-up's headline is a brief's: BRIEF_MIN characters (spaces aside) and a sentence."""
    return len(_key(text)) >= BRIEF_MIN and SENTENCE_STOP.search(text) is not None


def _item_sized(text: str) -> bool:
    """Whether the text under an item's heading is an item's: ITEM_BODY_MIN characters and ITEM_SENTENCES_MIN sentences."""
    return len(_key(text)) >= ITEM_BODY_MIN and len(SENTENCE_STOP.findall(text)) >= ITEM_SENTENCES_MIN


def _pieces_shaped(run: list[_Heading], header: list[_Line], lines: list[_Line]) -> bool:
    """Whether a run of ordinals or decorations that documents use for their own points heads pieces
    all the same, with nothing on the page counting them: every heading a headline of its own (long
    enough, no section's name such as 主要做法 or 工作措施), every piece long, several sentences, and
    nothing of a document's own above the first heading (a document leads into its points: "今年以来，
    我所…现将情况总结如下：" over "①…"). Pieces gathered on one page stand one under another from the top."""
    if len(run) < 2 or [h.number for h in run] != list(range(run[0].number, run[0].number + len(run))):
        return False  # 1, 2, 3… (a series' episodes from wherever the page starts: ［EP07］, ［EP08］…)
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), 0)
    # the page's title lines are those above the first heading (a piece's own headline, title-like, is no title of the
    # page's: "▶ 冒充客服“理赔”骗局又来了" names no items of "xx县反诈宣传工作总结")
    above = [ln for ln in header if ln.start < lines[run[0].line].start]
    titles = [ln.text.strip() for ln in above] or [lines[first].text.strip()]
    top = lines.index(header[-1]) + 1 if header else 0
    if top <= first and len(lines[first].text.strip()) <= HEADLINE_MAX:
        top = first + 1  # "反诈动态｜10月，各所队都干了些啥？": a headline that asks is the page's title all the same
    # a lead-in that presents as many pieces as the run heads, under a title that counts as many ("三个乡镇，三种“打开方式”"
    # over "今天，我们选了三个乡镇的做法，一起来看看。"), names them (a release's "选取三起典型案例予以发布" under "…发布…典型案例"
    # is one document's lead-in to its cases)
    released = any(RELEASE_COUNT.search(t) for t in titles)  # a release's count is of its own cases, no pieces'
    counted = not released and any(parse_int(m.group("n")) == len(run) for t in titles for m in COUNTED_IN_TITLE.finditer(t))
    lead_presents = any(presented_count(ln.text) == len(run) for ln in lines[top : run[0].line])
    presented = counted and lead_presents
    # …or a title that counts as many things as the run heads, lead-in or not ("梧岙小区公告栏 · 本月三则提醒" over three ▸ reminders)
    # …or the run's own word names items of the genre ("故事①｜X", "警示一 X", "套路1｜X": ITEM_WORD), under a title of no
    # genre ("…工作总结" over its "案例一：" sections is one document, and so is "近期典型案例通报")
    no_genre = not released and not any(ONE_DOCUMENT_END.search(t) or GENRE_END.search(t) or ANNOUNCED_END.search(t) for t in titles)
    item_word = run[0].stem.startswith("词") and ITEM_WORD.fullmatch(run[0].stem[1:]) is not None and no_genre
    # …or a lead-in presents as many as a run of one word heads ("…这三个镜头：" over 镜头·一 to 镜头·三), under a title of no genre
    word_presented = run[0].stem.startswith("词") and lead_presents and no_genre and not PART_WORD.search(run[0].stem[1:])
    # …or headlines under the same glyph, under a column's title: of no genre, one phrase, not in the writer's own voice
    # ("反诈一线观察" over "▶ X", "▶ Y", "▶ Z"; not a story's "扫码“理赔”，三万八千元没了" over its "▍" parts, nor
    # "…我想说的几句心里话" over its "❀" parts): what follows asks the rest (no lead-in, piece-sized headlines and pieces)
    glyph_led = run[0].stem.startswith("deco")
    glyph_run = (glyph_led and no_genre
                 and not any(FIRST_PERSON.search(t) or CLAUSE_BREAK.search(t) for t in titles))
    items_named = any(names_items(t) for t in titles)
    if not counted and not item_word and not word_presented and not glyph_run and not items_named:
        return False  # "扫码“理赔”，三万八千元没了" over ▍ parts and a lead-in: one story's headline, its parts under it
    # items of the run's own word, counted by the title and presented by the lead-in as many: short as they may be ("5个套路"
    # over "下面整理了五个最常见的套路" over 套路1｜X … 套路5｜X, two sentences each)
    told_twice = presented and item_word
    presented = presented or ((item_word or word_presented) and lead_presents)  # "今天整理了三个…真实故事" over 故事① to 故事③
    # what stands above the first heading: an editor's note on the pieces ("编者按：", "【栏目说明】") or a headline that
    # asks is no document's lead-in to its points
    issue = any(ISSUE_NUMBER.search(ln.text) for ln in lines[:top])  # a bulletin's 编者按 is its own, over its own items
    if not presented and any(PROSE_LINE.search(ln.text) and (issue or not EDITORS_NOTE.match(ln.text.strip())) and not _is_exclaimed_headline(ln.text) for ln in lines[top : run[0].line]):
        return False
    # each headline led by its own unit ("▌菰湾镇：…", "▌县人民医院：…"): a round-up of places, whose items may be short
    units = [m.group("unit") if (m := UNIT_LED.match(GLYPHS_BEFORE.sub("", h.title.strip()))) else None for h in run] if glyph_run else []
    unit_led = glyph_run and all(units) and len(set(units)) == len(units)
    heads = []
    for h in run:
        own = _own_words(h.title.strip())
        if len(own) < PIECE_HEADLINE_MIN and not told_twice or SECTION_WORD_END.search(own) or (INNER_STOP.search(own.rstrip("。！？!?…")) and not ASKED_THEN_TOLD.fullmatch(own)):
            return False  # (a headline may ask, then answer: "子女“换号”了？先打旧号问问")
        heads.append(own)
    # a round-up's briefs under one glyph: four or more under a title naming items ("一周反诈动态" over "■X：Y" and a sentence
    # or two each, GLYPH_BRIEFS), their headlines and texts as short as briefs are (BRIEF_MIN)
    briefs = glyph_run and items_named and len(run) >= HEADLINE_PIECES_UNNAMED
    if sum(map(len, heads)) / len(heads) < PIECE_HEADLINE_MEAN and not told_twice and not briefs:  # (told twice: "套路4｜机票退改签")
        return False
    # (under a title naming items, a glyph's items may be item-sized too: "预警！这几种新骗局正在冒头" over 🔴 X)
    for h, after in zip(run, [*run[1:], None]):
        nxt = len(lines) if after is None else after.line + (after.at is not None)  # a heading glued to a line's end: that line is this piece's, to it
        body = "".join(_key(ln.text if after is None or after.at is None or k != after.line else ln.text[: after.at - ln.start])
                       for k, ln in enumerate(lines[h.line : nxt], h.line) if ln.end >= h.body_start)
        if h.body_start <= lines[h.line].end:
            body = body[len(_key(lines[h.line].text[: h.body_start - lines[h.line].start])) :]  # the text goes on after the heading
        if not (_piece_sized(body) or (counted or item_word or unit_led or items_named and glyph_led) and _item_sized(body) or told_twice and len(SENTENCE_STOP.findall(body)) >= ITEM_SENTENCES_MIN
                or briefs and _brief_sized(body)):
            return False
    return True


HEADLINE_PIECES_UNNAMED = 4  # under a title naming no items, this many news items, each opening as news does
# …or items each headed by its own unit before a colon, as many as this: a round-up of places ("沙岙村：村晚舞台演起了反诈小品")
UNIT_LED = lazy_compile(r"(?P<unit>" + NEWS_SUBJECT.pattern + r")[：:]")
UNIT_LED_MIN = 3
LONG_PIECE_MIN = 150  # characters: a piece, however few its sentences
BRIEF_MIN = 30  # characters of a round-up's brief under its headline ("溧川反诈速递" over six headlines and their sentences)
HEADLINE_OPENING = lazy_compile(r"[\p{Han}“「『《]")  # a headline opens on its words; a decorated one is a prefix form's ("❀ 老濮的那二十万")


def _headline_of_a_piece(lines: list[_Line], title: _Line, below: int) -> bool:
    """Whether the page's only title line is the first of its items' headlines ("椹涧镇组织“反诈夜校”第一课" over
    "3月4日晚，…", the next item's headline below): a headline by the items' measure, that names no items nor
    counts any, over text that opens as a story does."""
    t = title.text.strip()
    top = lines.index(title)
    body = _next_text(lines, top + 1, below)
    return (
        HEADLINE_OPENING.match(t) is not None and not _no_bare_headline(t) and len(_key(t)) >= PIECE_HEADLINE_MIN
        and not SECTION_WORD_END.search(_key(t)) and not names_items(t) and declared_count(t) is None
        and DOCUMENT_OPENING.match(body) is not None
    )


def _subtitled_pieces(text: str, lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Pieces each under its own headline and a dashed subtitle ("把预警电话打到第二遍、第三遍" over "——记…组长温若岚"
    over its text), two of them at least, each a piece's length: one document has one subtitle, under its headline."""
    if not header:
        return []
    top = lines.index(header[0])
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    heads: list[tuple[int, int]] = []  # the headline's line, the text's first line
    for k, i in enumerate(filled[:-2]):
        t = lines[i].text.strip()
        if (i > top and (_is_title_like(t) or _is_exclaimed_headline(t)) and not SUBTITLE.match(t) and len(_key(t)) >= PIECE_HEADLINE_MIN
                and _subtitle(lines, filled[k + 1]) is not None and PROSE_LINE.search(lines[filled[k + 2]].text)):
            heads.append((i, filled[k + 2]))
    if len(heads) < 2:
        return []
    for (_, body), nxt in zip(heads, [h for h, _ in heads[1:]] + [len(lines)]):
        piece = text[lines[body].start : lines[nxt].start if nxt < len(lines) else len(text)]
        if not _piece_sized(piece):
            return []
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[body].start, False, False) for n, (i, body) in enumerate(heads, 1)]


PARALLEL_MIN = 2  # characters every subheading opens or ends on: "反诈宣传进社区" / "反诈宣传进校园" are one story's parts


def _parallel_heads(titles: list[str]) -> bool:
    keys = [_key(t) for t in titles]
    return len(os.path.commonprefix(keys)) >= PARALLEL_MIN or len(os.path.commonprefix([k[::-1] for k in keys])) >= PARALLEL_MIN


def _headline_pieces(lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Pieces under bare headlines with nothing on the page announcing them: a page of news items
    ("茈湖镇反诈宣传队走进渔港码头", "县实验小学：暑假前的最后一课讲防骗"…) under a topic's title.
    Each headline stands between the end of a sentence (or the page's title) and prose, is a
    headline of its own (PIECE_HEADLINE_MIN characters, no section's name, PIECE_HEADLINE_MEAN on
    average), and heads a piece of PIECE_BODY_MIN characters and PIECE_SENTENCES_MIN sentences;
    nothing of a document's own stands above the first (a story leads into its subheadings). The
    page's title names items, or half the pieces open as a story or a document does ("7月9日清晨",
    "近日，"): one document's parts open on their point."""
    if not header:
        return []
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    top = lines.index(header[0])
    heads: list[int] = []
    for k, i in enumerate(filled[:-1]):
        t = lines[i].text.strip()
        if i <= top or not (_is_title_like(t) or _is_exclaimed_headline(t)) or not HEADLINE_OPENING.match(t) or _no_bare_headline(t):
            continue
        own = _key(t)
        if len(own) < PIECE_HEADLINE_MIN or SECTION_WORD_END.search(own) or INNER_STOP.search(own.rstrip("。！？!?…")):
            continue
        above = lines[filled[k - 1]].text.rstrip()
        if not PROSE_LINE.search(lines[filled[k + 1]].text) or (filled[k - 1] > top and not (above[-1:] in "。！？!?”」" or SIGNED_DATE.search(above))):
            continue
        heads.append(i)
    units = {h: m.group("unit") for h in heads if (m := UNIT_LED.match(lines[h].text.strip()))}
    unit_led = len(units) >= UNIT_LED_MIN and len(set(units.values())) == len(units) and 3 * len(units) >= 2 * len(heads)
    if unit_led:
        heads = sorted(units)  # "沙岙村：…", "东泾街道：…", "县实验中学：…": other lines between them are the items' own (a caption, a subheading)
    if len(heads) < 2 or sum(len(_key(lines[i].text)) for i in heads) / len(heads) < PIECE_HEADLINE_MEAN:
        return []
    if len(header) == 1 and _headline_of_a_piece(lines, header[0], heads[0]) and not _parallel_heads([lines[i].text for i in heads]):
        heads.insert(0, top)  # no page title: the first item's headline tops the page, its text under it
    if any(PROSE_LINE.search(ln.text) and not EDITORS_NOTE.match(ln.text.strip()) for ln in lines[top + 1 : heads[0]]):
        return []
    if any(CREDIT_WORD.search(ln.text) and len(ln.text.strip()) <= UNIT_NAME_MAX * 2 for ln in lines[top + 1 : heads[0]]):
        return []  # "本报记者　张晓" under the title: one reporter's story, its subheadings its own
    opens = 0
    # a round-up's briefs: under a title naming items, HEADLINE_PIECES_UNNAMED headlines or more over a sentence or a few each
    briefs = len(heads) >= HEADLINE_PIECES_UNNAMED and names_items(header[0].text)
    for h, end in zip(heads, [*heads[1:], len(lines)]):
        body = [ln.text for ln in lines[h + 1 : end] if ln.text.strip()]
        size = len(_key("".join(body)))
        brief = briefs and _brief_sized("".join(body))
        if not brief and (size < PIECE_BODY_MIN or (len(SENTENCE_STOP.findall("".join(body))) < PIECE_SENTENCES_MIN and size < LONG_PIECE_MIN)):
            return []  # (a news item of two long sentences is a piece all the same)
        opens += bool(DOCUMENT_OPENING.match(body[0].strip()))
    if heads[0] == top and (opens < len(heads) or not all(NEWS_SUBJECT.match(lines[h].text.strip()) for h in heads)):
        return []  # with no page title over them, every item opens as a story does, its headline naming who (not "夜校课堂上的一堂防骗课", a story's part)
    if not names_items(header[0].text) and not unit_led and (opens * 2 < len(heads) or len(heads) < HEADLINE_PIECES_UNNAMED):
        return []  # (a feature's three dated vignettes under its headline are one story: "守护钱袋子的平凡人")
    return [_Heading(i, _key(lines[i].text), n, lines[i].text.strip(), lines[i].end + 1, False, False) for n, i in enumerate(heads, 1)]


# A headline inside a flattened line, between the last sentence of the item above (or the line's start) and
# its own text, a space on either side: "…随时在群里问。 区人社局提醒求职者谨防招聘陷阱 近期，区人社局…"
FLAT_HEADLINE = lazy_compile(r"(?:^|(?<=[。！？!?”」』][ \t\u3000]))(?P<title>[\p{Han}“「《][^ \t\u3000，。；：！？、,.;:!?]{5,29})[ \t\u3000]+(?=[\p{Han}“0-9])")
FLAT_PIECES_MIN = 3  # items on flattened lines: two subheadings of one post are as likely


def _flattened_headlines(text: str, lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Items of a round-up flattened onto a few long lines (a bulletin's "基层反诈动态（2024年第9期）"), each
    a headline glued before its text with a space (FLAT_HEADLINE), the next after the last sentence of the
    one above: FLAT_PIECES_MIN of them at least, of PIECE_BODY_MIN characters and PIECE_SENTENCES_MIN
    sentences each, under a title that names items or with half of them opening as news does ("9月5日晚，",
    "近期，"); never under a title of one document ("…工作总结"), whose sections stand so when flattened."""
    if not header:
        return []
    top = lines.index(header[0])
    found: list[tuple[int, int, int, str]] = []  # line, where the headline starts, where its text starts, the headline
    for i, ln in enumerate(lines[top + 1 :], top + 1):
        if not _flattened(ln.text):
            continue
        for m in FLAT_HEADLINE.finditer(ln.text):
            t = m.group("title")
            if _is_title_like(t) and not _no_bare_headline(t) and len(_key(t)) >= PIECE_HEADLINE_MIN and not DOCUMENT_OPENING.match(t):
                gap = len(ln.text[: m.start("title")]) - len(ln.text[: m.start("title")].rstrip(" \t\u3000"))
                found.append((i, ln.start + m.start("title") - gap, ln.start + m.end(), t))  # the item above ends before the space
    title = header[0].text.strip()
    if len(found) < FLAT_PIECES_MIN or not any(at == lines[i].start for i, at, _, _ in found[:1]) or ONE_DOCUMENT_END.search(title):
        return []  # (the first item opens its line: nothing of a document's own stands before it; "…工作总结": one document's sections)
    ends = [at for _, at, _, _ in found[1:]] + [lines[-1].end]
    opens = 0
    for (_, _, body, _), end in zip(found, ends):
        piece = text[body:end]
        if not _piece_sized(piece):
            return []
        opens += bool(DOCUMENT_OPENING.match(piece))
    if not names_items(title) and opens * 2 < len(found):
        return []  # one story's subheadings ("活动现场气氛热烈", "民警现场答疑解惑"): its items open as news do, dated
    return [_Heading(i, _key(t), n, t, body, False, False, at=None if at == lines[i].start else at) for n, (i, at, body, t) in enumerate(found, 1)]


# A numbered piece's heading inside a flattened line: "… 例稿二：高二年级…班会方案 设计背景：…", "… 【篇2】X …", "… 第三篇：X …".
FLAT_NUMBERED = lazy_compile(
    rf"(?:^|(?<=[ \t\u3000]))(?:(?:参考|优秀|精选)?(?P<word>{SAMPLE_WORDS}|{DRAFT_WORDS}|篇)(?P<num>{NUM})[：:、]|[【\[]篇(?P<num>{NUM})[】\]]|第(?P<num>{NUM})篇[：:]?)"
    rf"[ \t\u3000]*(?P<title>[^ \t\u3000。！？!?]{{4,40}})[ \t\u3000]+(?=\S)"
)


def _flattened_numbered(text: str, lines: list[_Line], header: list[_Line]) -> list[_Heading]:
    """Numbered pieces of a collection flattened onto one or a few long lines ("例稿一：X 一、班会目标 … 例稿二：Y …"):
    a heading of one form (FLAT_NUMBERED) numbered 1, 2, 3… at a line's start or after a space, its title up to the
    next space, two of them at least, each over PIECE_BODY_MIN characters and PIECE_SENTENCES_MIN sentences."""
    if not header:
        return []
    top = lines.index(header[0])
    found: list[tuple[int, int, int, str, str]] = []  # line, where the heading starts, where its text starts, the heading, its form
    for i, ln in enumerate(lines[top + 1 :], top + 1):
        if not _flattened(ln.text):
            continue
        for m in FLAT_NUMBERED.finditer(ln.text):
            form = m.group("word") or m.group()[0]
            if parse_int(m.group("num")) == len(found) + 1 and (not found or found[0][4] == form):
                heading = ln.text[m.start() : m.end("title")]
                alone = _candidates(_lines(heading), set())  # the title as the same heading on a line of its own gives it
                found.append((i, ln.start + m.start(), ln.start + m.end(), alone[0].title if alone and alone[0].title else heading, form))
    if len(found) < 2:
        return []
    ends = [at for _, at, _, _, _ in found[1:]] + [lines[-1].end]
    for (_, _, body, _, _), end in zip(found, ends):
        piece = text[body:end]
        if not _piece_sized(piece):
            return []
    return [_Heading(i, _key(t), n, t, body, True, False, at=None if at == lines[i].start else at) for n, (i, at, body, t, _) in enumerate(found, 1)]


def _split_collection(text: str, lines: list[_Line], header: list[_Line], run: list[_Heading], title: str | None, by_genre: bool = False,
                      bylines: frozenset[int] = frozenset()) -> Split:
    declared = first_declared(ln.text for ln in header)
    if not run:
        # a single story: the headline, then its text
        head = _document_head(lines)
        head += 1 if len(lines) > head + 2 and DOCUMENT_NUMBER.search(lines[head].text) else 0  # "汇通物流〔2024〕12号" above the title
        head = _title_under_issuer(lines, head)
        over = _headline_over_byline(lines, head, bylines)
        top, head = head, (over if over is not None else _headline_below(lines, head))
        if lines and (_is_title_like(lines[head].text) or _is_exclaimed_headline(lines[head].text)
                      or (head == 0 and sentence_headline(lines[0].text, [ln.text for ln in lines[1 : 1 + SENTENCE_HEADLINE_BELOW]]))) and len(lines) > head + 1:
            headline = lines[head].text.strip()
            if head > top and _first_half(lines[head - 1].text.strip(), headline):
                headline = lines[head - 1].text.strip() + "\u3000" + headline  # the line looked past is the headline's first half
            elif len(lines) > head + 2 and _title_goes_on(headline, lines[head + 1].text.strip()):
                headline += lines[head + 1].text.strip()  # "…行动暨" / "防范…宣传月活动的通知": one title on two lines
                head += 1
            elif _kicker_over_headline(lines, head) or _couplet_over_headline(lines, head):
                head += 1  # "一场跨越两省的追赃" over "七旬老人被骗的十二万元回来了" over "——…侧记": a kicker, the headline, its subtitle
                headline = lines[head].text.strip()
            sub = _subtitle(lines, head + 1)
            body = head + 2 if sub is not None and len(lines) > head + 2 else head + 1
            deck = (_deck(lines, body, headline) or _particulars(lines, body) or (not SITE_BAR.search(headline) and _deck_over_byline(lines, body, bylines))) if declared is None else 0
            found = Found(1, headline, None, lines[body].start, len(text), subtitle=sub if body > head + 1 else None,
                          heading_lines=_joined(lines[body : body + deck]))
        elif lines and (m := FLAT_TITLE.match(lines[head].text)) and _is_title_like(m.group("title")) and GENRE_END.search(m.group("title")) and _flattened(lines[head].text):
            # a page flattened onto one line, its title before the first space ("湄塘镇关于开展…活动的通知 各村（社区），…")
            found = Found(1, m.group("title"), None, lines[head].start + m.end(), len(text))
        else:
            found = Found(1, title, None, 0, len(text))
        warning = f"declared {declared} articles, found 1" if declared not in (None, 1) else None
        return Split([found], None, declared, warning)
    first = run[0].line
    before = lines[:first]
    prose_at = next((i for i, ln in enumerate(before) if ln.text and not _is_title_like(ln.text) and not (i == 0 and _is_exclaimed_headline(ln.text))), len(before))
    titles = [ln for ln in before[:prose_at] if ln.text]  # title lines above any prose
    with_count = [ln for ln in titles if declared_count(ln.text) is not None]
    collection = (with_count or titles or [None])[-1]
    collection_title = collection.text.strip() if collection else title
    articles: list[Found] = []
    numbers = [h.number for h in run]
    prose = [ln for ln in before[prose_at:] if ln.text]
    # under a title that declares the count, one more title line right above the text heads the first
    # article, whose heading the run does not reach ("…心得体会（5篇）", "法条背后是千家万户", text, "＊＊＊", …)
    # …and so does a title line right above the text when the headings are the documents' own titles (a genre run:
    # "…“致家长书”汇总", "寒假安全提醒：请和孩子一起守好“钱袋子”", text, "关于预防…的告家长书", …)
    own = (titles[-1].text.strip() if len(titles) >= 2 and ((with_count and titles[-2] is with_count[-1] and run[0].stem == "sep") or by_genre)
           and not SUBTITLE.match(titles[-1].text) and len(_key(titles[-1].text)) >= OWN_TITLE_MIN else None)  # not a site's label ("范文参考")
    lead_in = bool(prose) and _lead_in(text, before, prose, lines[first].start, own, numbers, run[0].stem, declared, all(h.strong for h in run))
    if prose and not lead_in:  # the first article lost its heading: keep it, untitled (or under its own title line), before the others
        articles.append(Found(max(min(numbers) - 1, 0), own, collection_title, prose[0].start, lines[first].start - 1))
    # …but a short lead-in above pieces numbered from the first ("又到每周的警情时间，…讲给大家听。" over 案例一 to
    # 案例三) is no piece: it stays in the document's text and heads no article (PRE_HEADING_LEAD_IN)
    for h, nxt in zip(run, [*run[1:], None]):
        end = (nxt.at if nxt.at is not None else lines[nxt.line].start - 1) if nxt else len(text)
        start = min(h.body_start, end)
        sub = _subtitle(lines, h.line + 1) if h.line + 1 < len(lines) and h.body_start > lines[h.line + 1].start else None  # "——记…" under the piece's headline
        if sub is None and h.title and (below := _subtitle_opening(lines, start, end)) is not None:
            sub, start = below  # "第一篇 凝心聚力…" over "——在全区…推进会上的讲话" over "同志们：": the subtitle is the heading's
        articles.append(Found(h.number, h.title or None, collection_title, start, max(start, end), heading_number=h.number, subtitle=sub))  # "": a piece without a title
    # numbering repeats, or separators with the first article above the first one (titled, or one short of the
    # count: a separator above every titled article leaves a preface above them): number by position
    first_above = prose and ((run[0].stem == "sep" and (own is not None or (declared is not None and len(run) + 1 == declared))) or (by_genre and own is not None))
    series = run[0].stem.startswith("第号") or run[0].stem == "［EP］"  # "预警第31号…", "［EP07］": a series' numbers are not the page's
    if first_above or series or len({a.ordinal for a in articles}) != len(articles):
        articles = [replace(a, ordinal=i) for i, a in enumerate(articles, 1)]
    articles = [_with_particulars(a, lines) for a in articles]
    # an untitled first article counts when it stands for a lost 篇1, not when it is a preface
    found = sum(1 for a in articles if a.title is not None or a.ordinal >= 1)
    warning = None
    if declared is not None and declared != found:
        warning = f"declared {declared} articles, found {found}"
    return Split(articles, collection_title, declared, warning)


ADDRESSEE_LINE = lazy_compile(r"(?:亲爱的|尊敬的|敬爱的)?[\p{Han}（）()、，,·]{2,30}[:：]")  # "各镇（街道）、县直各单位：": a notice's addressees


LEAD_IN_MAX = 100  # a lead-in's one paragraph longer than a title: at most this long (a piece's least, PIECE_BODY_MIN)


def _lead_in(text: str, before: list[_Line], prose: list[_Line], end: int, own: str | None, numbers: list[int], stem: str, declared: int | None, counted: bool = False) -> bool:
    """Whether the prose above a collection's first heading is a lead-in that heads no article (PRE_HEADING_LEAD_IN):
    a sentence or two in lines no longer than a title but one at most (not a piece's size: "年底用钱的地方多…下面这几篇…"
    in one paragraph), untitled, above pieces numbered from the first. Not a document that opens on its addressees or a
    salutation (a forwarding notice's own body, a letter or speech without a title), nor the first piece above separators
    or one short of the page's count (the run does not reach it) — unless the run is `counted`, 篇 markers from 1 under a
    larger count: the first pieces of more, the rest behind a login."""
    if own is not None or min(numbers) > 1 or stem == "sep" or (declared is not None and declared > len(numbers) and not counted):
        return False
    if any(SALUTATION.match(ln.text.strip()) or ADDRESSEE_LINE.fullmatch(ln.text.strip()) for ln in before if ln.text):
        return False
    # each of its lines no longer than a title: what lies outside every article is titles and heading-sized lines only
    longer = [len(ln.text.strip()) for ln in prose if len(ln.text.strip()) > TITLE_MAX]
    return len(longer) <= 1 and all(n <= LEAD_IN_MAX for n in longer) and not _piece_sized(text[prose[0].start : end])


def _line_at(lines: list[_Line], start: int) -> int | None:
    """The index of the line that starts at `start`, or None."""
    k = bisect_left(lines, start, key=attrgetter("start"))
    return k if k < len(lines) and lines[k].start == start else None


def _subtitle_opening(lines: list[_Line], start: int, end: int) -> tuple[str, int] | None:
    """A titled piece's text that opens on a dashed subtitle ("——在全区反诈工作一季度推进会上的讲话") with more of the
    piece under it: the subtitle, and where the text starts below it. None otherwise."""
    k = _line_at(lines, start)
    if k is None or (sub := _subtitle(lines, k)) is None:
        return None
    body = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)
    if body is None or lines[body].start >= end:
        return None
    return sub, lines[body].start


def _issued_and_addressed(lines: list[_Line], i: int) -> bool:
    """Whether line `i` begins the particulars of a letter under its title (its issuer, its number),
    its salutation right under them."""
    n = _particulars(lines, i)
    return n > 0 and i + n < len(lines) and bool(SALUTATION.match(lines[i + n].text.strip()) or ADDRESSED.fullmatch(lines[i + n].text.strip()))


def _with_particulars(article: Found, lines: list[_Line]) -> Found:
    """A titled piece of a collection with its particulars under its title named (`_particulars`)."""
    first = _line_at(lines, article.start)
    if article.title is None or first is None or (n := _particulars(lines, first)) == 0 or lines[first + n].start >= article.end:
        return article
    return replace(article, heading_lines=_joined(lines[first : first + n]))


def _joined(lines: list[_Line]) -> str | None:
    """Lines as written, one a line (None for none): an article's `heading_lines`."""
    return "\n".join(ln.text.strip() for ln in lines) or None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` shrunk past spaces and line breaks at both ends (empty stays at `start`)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_aggregator(text: str, lines: list[_Line], blocks: list[int]) -> Split:
    articles: list[Found] = []
    page_title = lines[0].text.strip() if _is_title_like(lines[0].text) else None
    main_start, main_end = _trim(text, lines[1].start if page_title else 0, lines[blocks[0]].start - 1)
    if main_end > main_start:
        articles.append(Found(1, page_title, None, main_start, main_end))
    for b, nxt in zip(blocks, [*blocks[1:], None]):
        block_title = lines[b].text.strip()
        start, end = _trim(text, lines[b + 1].start, lines[nxt].start - 1 if nxt else len(text))
        body = text[start:end]
        inline = [m for m in INLINE_PIAN.finditer(body)]
        stems = {_key(m.group("stem")) for m in inline}
        numbers = [int(m.group("num")) for m in inline]
        if len(inline) >= 2 and len(stems) == 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            # a marker may open a line of the block: the text before it then ends in "\n",
            # which belongs to no article
            lead_start, lead_end = _trim(text, start, start + inline[0].start())
            if lead_end > lead_start:  # the preview's own opening, before its first 篇 marker
                articles.append(Found(0, block_title, None, lead_start, lead_end, False))
            for m, after in zip(inline, [*inline[1:], None]):
                s, e = _trim(text, start + m.end(), start + after.start() if after else end)
                articles.append(Found(0, m.group(), block_title, s, e, _cut_short(text[s:e]), int(m.group("num"))))
        else:
            articles.append(Found(0, block_title, None, start, end, _cut_short(body)))
    articles = [replace(a, ordinal=i) for i, a in enumerate(articles, 1)]
    return Split(articles, page_title, None, None)
