"""Tables of cases for page anatomy (`zhtools.clean.anatomy`): what goes, under which category,
and what must stay.

Each row is a small page (simplified, as the rule sees it after conversion) and the page
expected after the rule alone, once (`apply_rule`). Rows built with `keep()` must come back
untouched: prose that mentions 下载, 版权, 关注, 色情 or 赌博, plan fields (`活动时间：`), list
bullets, WeChat clause lines, a letter's signature and date. `syn-` rows are constructed in the
forms ../shared/corpus/PHENOMENA.md catalogues (the section is in the id).
"""

from __future__ import annotations

import pytest

from zhtools.clean import CleanOptions, clean_and_explain
from zhtools.clean.anatomy import anatomy
from zhtools.clean.base import apply_rule
from zhtools.clean.describe import page_metadata, quality
from zhtools.edits import Trace, replay

BODY = "为提高群众防范意识，社区联合派出所开展了防范电信网络诈骗宣传活动，民警向群众讲解了常见诈骗手法。"
BODY2 = "活动中，民警提醒大家做到不轻信、不透露、不转账，共发放宣传资料500余份。"
TITLE = "社区开展反诈宣传活动"


def page(*lines: str) -> str:
    return "\n".join(lines)


def keep(id: str, text: str) -> tuple[str, str, str]:
    return (id, text, text)


ANATOMY = [
    # --- chrome (§2) -----------------------------------------------------------------------
    ("syn-2.1-breadcrumb-gt", page("首页 > 新闻中心 > 社区动态", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.1-breadcrumb-double-gt", page("人民网>>广西频道>>要闻", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.1-breadcrumb-slash", page("当前位置: 首页 / 新闻动态 / 网信动态", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.2-byline-date-source-counter", page(TITLE, "发布时间：2023-05-01 09:30  来源：xx日报  浏览次数：128", BODY), page(TITLE, BODY)),
    ("syn-2.2-byline-half-width-pipe", page(TITLE, "2022年08月31日15:53 | 来源:人民网", BODY), page(TITLE, BODY)),
    ("syn-2.2-byline-split-label-value", page(TITLE, BODY, BODY2, "责编：", "王霞"), page(TITLE, BODY, BODY2)),
    ("syn-2.2-epaper-page", page("《江城晚报》2024年7月19日 第A06版：平安江城", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.2-epaper-page-2", page("张家口日报 07版法治 2024年06月03日", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.5-menu-line", page("政务公开\u3000政务服务\u3000互动交流\u3000走进临川", TITLE, BODY), page(TITLE, BODY)),
    ("syn-6.10-lead-credit-rongmei", "桐溪融媒讯（全媒体记者 钟晓岚/文 陶然/图）9月12日是桐溪镇的集日。", "9月12日是桐溪镇的集日。"),
    ("syn-2.2-wechat-account-and-time", page(TITLE, "平安清河 2024-03-15 08:30", BODY), page(TITLE, BODY)),
    ("syn-2.3-counter", page(TITLE, "0 人阅读  0 条评论", BODY), page(TITLE, BODY)),
    ("syn-2.4-download-notice", page(TITLE, BODY, "已阅读5页，还剩10页未读，继续免费阅读", BODY2), page(TITLE, BODY, BODY2)),
    ("syn-2.4-page-count-lines", page(TITLE, "本文档共4页", "10页预览", BODY), page(TITLE, BODY)),
    ("syn-2.4-page-list", page("防范电信网络诈骗工作方案_第1页", "防范电信网络诈骗工作方案_第2页", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.5-nav-line", page("设为首页 | 加入收藏 | 网站导航", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.5-font-widget-noise", page(TITLE, "A+ A-", BODY), page(TITLE, BODY)),
    ("syn-1.5-seo-keyword-line", page("反诈宣传活动总结,防范电信诈骗宣传活动总结。", TITLE, BODY), page(TITLE, BODY)),
    ("syn-1.2-emoji-line", page("🎰🍀📮", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.5-badge-above-headline", page("热点信息 Focus", TITLE, BODY), page(TITLE, BODY)),
    ("syn-4-copyright-icp", page(TITLE, BODY, "版权所有 xx日报社 京ICP备12345678号"), page(TITLE, BODY)),
    ("syn-4-disclaimer", page(TITLE, BODY, "免责声明：本站部分文章来源于网络，如有侵权，请联系删除。"), page(TITLE, BODY)),
    ("syn-4-share-qr", page(TITLE, BODY, "扫一扫在手机打开当前页"), page(TITLE, BODY)),
    ("syn-4-prev-next", page(TITLE, BODY, "上一篇：市公安局召开工作会议", "下一篇：没有了"), page(TITLE, BODY)),
    ("syn-2.5-follow-prompt-sentence", page(TITLE, "点击上方蓝字关注我们，每日获取最新鲜的本地资讯。", BODY), page(TITLE, BODY)),
    # --- spam (§1) --------------------------------------------------------------------------
    ("syn-1.1-porn-header-line", page("精品欧洲AV无码一区二区_人妻精品久久久久中文字幕", TITLE, BODY), page(TITLE, BODY)),
    ("syn-1.2-gambling-brand-spliced", "活动现场，很多群众被吸引乐鱼体育、逗乐，纷纷驻足观看。", "活动现场，很多群众被吸引、逗乐，纷纷驻足观看。"),
    ("syn-1.2-gambling-brand-and-tail", "近年来，诈骗案件持续高发ag真人游戏官方，群众损失惨重。", "近年来，诈骗案件持续高发，群众损失惨重。"),
    ("syn-1.2-unknown-brand-by-its-form", "不少群众被所谓的高额返利吸引星河体育全站app入口，最终血本无归。", "不少群众被所谓的高额返利吸引，最终血本无归。"),
    ("syn-1.2-unknown-crypto-brand", "骗子诱导受害人下载所谓的投资软件币鑫宝交易所注册，最终血本无归。", "骗子诱导受害人下载所谓的投资软件，最终血本无归。"),
    ("syn-1.1-unknown-porn-anchor", "影片中民警的一句话让我印象特别深夜色撩人影院免费入口，所有骗局的开头都是甜头。", "影片中民警的一句话让我印象特别深，所有骗局的开头都是甜头。"),
    ("syn-1.4-advert-line", page("币鑫宝交易所｜新用户注册送100USDT｜APP下载", TITLE, BODY), page(TITLE, BODY)),
    ("syn-4-share-prompt-sentence", page(TITLE, BODY, "喜欢本文就收藏分享给更多人吧"), page(TITLE, BODY)),
    ("syn-4-share-to-list", page(TITLE, BODY, "分享至：微信\u3000朋友圈\u3000微博"), page(TITLE, BODY)),
    ("syn-4-follow-account", page("👆点击上方“平安枫林”，一键关注不迷路", TITLE, BODY), page(TITLE, BODY)),
    # --- credits and captions (§4, §6.9, §6.10) ------------------------------------------
    ("syn-6.10-credit-ideographic-space", page(BODY, "文/李思涵\u3000图/王博"), BODY),
    ("syn-6.10-credit-pipe", page(TITLE, "文 | 苏遥", "图 | 网络", BODY), page(TITLE, BODY)),
    ("syn-6.10-credit-bracketed-outlet", "【临江台讯 记者 韦嘉 林涛】7月3日下午，市民张先生险些被骗。", "7月3日下午，市民张先生险些被骗。"),
    ("syn-6.10-credit-spaced-name", BODY + "(林 涛)", BODY),
    ("syn-6.9-image-placeholder-bracketed", page(BODY, "【图片】", BODY2), page(BODY, BODY2)),
    ("syn-6.9-photo-line", page(BODY, "活动现场", BODY2), page(BODY, BODY2)),
    ("syn-6.9-caption-glued-photographer", BODY + "邵凯 摄", BODY),
    ("syn-6.10-lead-credit-benbaoxun", "本报讯（记者 王明 通讯员 李华）8月30日，派出所民警走进集市开展宣传。", "8月30日，派出所民警走进集市开展宣传。"),
    ("syn-6.10-lead-credit-site", "华龙网讯(通讯员 张三)为提高群众防骗意识，社区开展宣传。", "为提高群众防骗意识，社区开展宣传。"),
    ("syn-6.10-lead-credit-taiwan", "记者林冠宇／台北报导 台北市一名妇人险遭投资诈骗。", "台北市一名妇人险遭投资诈骗。"),
    ("syn-4-trailing-credit-name", BODY + "（王明）", BODY),
    ("syn-4-trailing-credit-editor", BODY + "（责编：郑洁）", BODY),
    ("syn-4-trailing-end-mark", BODY + "(完)", BODY),
    ("syn-6.9-caption-supplied", page(BODY, "活动现场。保卫处供图", BODY2), page(BODY, BODY2)),
    ("syn-6.9-caption-photographer", page(BODY, "民警在集市讲解防骗知识。记者 林晓 摄", BODY2), page(BODY, BODY2)),
    ("syn-6.9-caption-inline", "民警向群众讲解防骗知识（图/王明 摄），现场气氛热烈。", "民警向群众讲解防骗知识，现场气氛热烈。"),
    ("syn-6.9-caption-provided", page(BODY, "中和警分局提供", BODY2), page(BODY, BODY2)),
    ("syn-6.9-caption-tu-colon", page(BODY, "图：民警在社区讲解防骗知识", BODY2), page(BODY, BODY2)),
    ("syn-6.10-credit-line-outlet", page(TITLE, "半岛记者 王明 通讯员 李华", BODY), page(TITLE, BODY)),
    ("syn-6.10-name-alone-in-brackets", page(TITLE, BODY, "(王海洋)"), page(TITLE, BODY)),
    ("syn-6.9-placeholder-line", page(BODY, "(相关资料图)", BODY2), page(BODY, BODY2)),
    # --- markup and punctuation (§6.3, §6.5) ------------------------------------------------
    ("syn-6.5-html-tags", '<p style="font-size:16px;">' + BODY + "<br/></p>", BODY),
    ("syn-6.5-markdown-heading-and-bold", page("## 引言", "**隐蔽性**：骗子的手段越来越隐蔽。"), page("引言", "隐蔽性：骗子的手段越来越隐蔽。")),
    ("syn-6.5-markdown-image", page(BODY, "![]()", BODY2), page(BODY, BODY2)),
    ("syn-6.3-doubled-comma", "民警提醒，，不要轻信陌生来电，。", "民警提醒，不要轻信陌生来电。"),
    ("syn-6.3-run-of-full-stops-before-a-comma", "每季度召开一次联席会议。。。。。。。。。，", "每季度召开一次联席会议，"),  # found by test_fuzz
    keep("syn-6.3-ellipsis-of-full-stops", "骗子说“马上到账。。。”，结果一分钱也没有。"),
    # --- intros (§3) ------------------------------------------------------------------------
    ("syn-3.1-xiaobian-paragraph", page(TITLE, "以下是小编精心整理的社区反诈工作总结，希望对大家有所帮助。", BODY), page(TITLE, BODY)),
    ("syn-3.1-site-named", page(TITLE, "下面是我的公文网为大家整理的反诈宣传方案，供大家参考选择。", BODY), page(TITLE, BODY)),
    ("syn-3.2-definition-and-hook", page(TITLE, "总结是对过去一定时期的工作进行回顾、分析的书面材料。你想知道总结怎么写吗？", BODY),
     page(TITLE, BODY)),
    ("syn-3.1-intro-inside-article", page(TITLE, "以下是小编为大家收集的工作总结，欢迎阅读。" + BODY), page(TITLE, BODY)),
    # --- repeated lines (§5) ----------------------------------------------------------------
    ("syn-5-title-shown-twice", page("反诈宣传 | 暑期将至，这几类骗局要当心！", "反诈宣传 | 暑期将至，这几类骗局要当心！", BODY),
     page("反诈宣传 | 暑期将至，这几类骗局要当心！", BODY)),
    # --- must stay ----------------------------------------------------------------------------
    keep("syn-prose-download", page(TITLE, "提醒群众不要下载来历不明的APP，不要点击陌生链接，关注“国家反诈中心”公众号。")),
    keep("syn-prose-gambling-porn", page(TITLE, "警惕以“网络赌博”“色情直播”为诱饵的诈骗，不要点击陌生人发来的链接。")),
    keep("syn-prose-copyright-word", page(TITLE, "民警提醒，购买正版软件、尊重版权，不要在不明网站下载破解软件。")),
    keep("syn-prose-customer-service", page(TITLE, "骗子冒充电商客服，以退款为由诱导受害人下载会议软件并开启屏幕共享。")),
    keep("syn-plan-fields", page("防范电信网络诈骗宣传活动方案", "一、活动时间：2023年10月1日至10月31日", "二、活动地点：xx社区广场", BODY)),
    keep("syn-letter-signature", page(TITLE, BODY, "xx派出所", "2023年5月1日")),
    keep("syn-wechat-clause-lines", page("接到这种电话，请立即挂断！", "最近一段时间", "不少市民反映", "接到自称“快递客服”的电话", "这是骗子！")),
    keep("syn-section-numbers", page(TITLE, "01.", "虚假投资平台", "02.", "冒充客服退款")),
    keep("syn-bullets-of-a-list", "▲案例一：犯罪分子冒充公司负责人骗取转账。▲案例二：犯罪分子冒充客服诱导退款。"),
    keep("syn-closing-wish", page(TITLE, BODY, "希望大家提高警惕，守好自己的钱袋子。")),
    keep("syn-word-tongxun", "为有效遏制当前通讯网络诈骗犯罪高发势头，学校开展了宣传月活动。"),
    keep("syn-placeholder-stars", "**市**派出所联合社区开展宣传活动。"),
    keep("syn-trailing-numeral-bracket", BODY + "（试行）"),
    keep("syn-title-only", TITLE),
    keep("syn-warning-list-of-lures", page(TITLE, "切勿相信日赚百元、注册送钱、首存返利", BODY)),
    keep("syn-prose-edition", page(TITLE, "本报2024年1月起推出反诈专栏，今年第3版修订了宣传手册。")),
    keep("syn-slogans-spaced-in-body", page(TITLE, BODY, "不听 不信 不转账 不透露", BODY2)),
    keep("syn-word-tongxun-xun", "学校通讯员在简讯中报道了此次活动。"),
    keep("syn-prose-exchange-account", "骗子诱导受害人在境外交易所注册账户，再一步步加大投入。"),
    keep("syn-prose-share-to-family", "请把这些防骗知识分享给身边的老人，提醒他们提高警惕。"),
    keep("syn-prose-sports-word", "学校加强体育锻炼，同时开展防范电信网络诈骗教育，提醒学生不要下载陌生APP。"),
    keep("syn-prose-fake-lottery-platform", "骗子诱导受害人在虚假彩票平台充值，一旦投入大额资金便无法提现。"),
    ("syn-wechat-clause-with-weak-words-stays", page("骗子会伪装成正规平台", "通过官网或官方APP办理", "图片", "02.", "冒充客服退款"),
     page("骗子会伪装成正规平台", "通过官网或官方APP办理", "02.", "冒充客服退款")),
    keep("syn-section-heading-above-text", page("引言", BODY)),
    keep("syn-document-number-above-title", page("汇通物流〔2024〕12号", "关于开展防范电信网络诈骗宣传月活动的实施方案", BODY)),
    keep("syn-word-wen-tu", page(TITLE, BODY, "文艺汇演", BODY2, "图片展览", BODY)),  # 文, 图 + a name are credits only with their separator (文/张三)
    keep("empty", ""),
    # --- found by an adversarial review: document text in the shapes chrome and spam also take ----
    keep("review-quoted-gambling-words", page("遇到这种情况", "犯罪团伙还不断发布“最新网址”“备用网址”以逃避打击。", "民警提醒大家提高警惕。")),
    keep("review-brands-named-in-a-warning", "诈骗分子冒充币安、火币、欧易等境外交易所客服，诱导投资者转账。"),
    keep("review-download-a-chess-app", "民警提醒：不要下载棋牌APP，远离网络赌博。"),
    keep("review-quoted-nav-words", "骗子常冒充购物平台客服，谎称“订单查询异常”需要退款。"),
    keep("review-nav-word-mid-sentence", "子女可以帮助父母在手机上开启长者模式，并关闭陌生来电。"),
    keep("review-related-word-opening-prose", "上一篇我们讲了冒充客服类诈骗，这一篇讲刷单返利类诈骗。"),
    keep("review-quoted-copyright", "不少自媒体作者收到“版权所有方”发来的邮件，称其文章侵犯版权，要求私了赔偿。"),
    keep("review-enumerated-disclaimer-words", "三、如有侵权，请立即停止，否则后果自负。"),
    keep("review-triangle-bullets", page("反诈知识", "▲“刷单返利”：先给小甜头，再让你大额垫付。", "▲“冒充客服”：以退款为由，让你下载会议软件。")),
    keep("review-figure-reference", "图1显示，刷单返利类案件数量最多，占全部案件的34.8%。"),
    keep("review-provided-by-a-unit", page(TITLE, BODY, "三、宣传车辆由县公安局交警大队提供")),
    keep("review-heading-with-credit-word", page(TITLE, "开展反诈摄影作品征集", BODY)),
    keep("review-heading-journalists-forum", page(TITLE, BODY, "组织新闻记者座谈会", BODY2)),
    keep("review-heading-correspondents", page("加强通讯员队伍建设", BODY)),
    keep("review-headline-gambling-case-report", page("网络赌博案件通报", BODY)),
    keep("review-answer-in-brackets", "刷单返利都是诈骗。（正确）"),
    keep("review-minutes-time", page("会议纪要", "时间：2024年4月8日上午9:00", "会议听取了公安分局关于一季度电信网络诈骗发案情况的汇报。")),
    keep("review-question-headline", page("民警答疑：你知道这些诈骗套路吗？", "答：“杀猪盘”是指诈骗分子通过婚恋交友平台实施的诈骗。")),
    keep("review-we-made-a-plan", page("反诈活动方案", "为切实提高居民防范意识，我们制定了本方案。", "一、指导思想")),
    keep("review-summary-is-for", page("反诈工作总结", "总结是为了更好地前进，现将今年以来反诈工作总结如下。", "一、基本情况")),
    keep("review-below-is-the-schedule", "开展反诈教育周。以下是具体安排，希望各班认真落实。"),
    keep("review-slogan-with-slashes", page("反诈口诀", "不听 / 不信 / 不转账", "牢记反诈口诀，守好自己的钱袋子。")),
    keep("review-headline-without-topic-word", page("天上不会掉馅饼", "近日，家住城南的赵大爷接到一个陌生电话，对方称他中了一等奖。")),
    keep("review-salutation", page("各位居民：", "近期冒充燃气公司工作人员上门推销的情况时有发生，请大家提高警惕。")),
    keep("review-letter-date-on-top", page("2024年1月10日", "春节将至，村委会特别提醒大家注意防范电信网络诈骗。")),
    keep("review-welcome-to-a-class", page("欢迎来到今天的反诈课堂！", "同学们，今天我们请来了派出所的李警官，为大家讲解常见诈骗手法。")),
    keep("review-continue-reading-a-chapter", "看完这一章，请继续阅读第二章“以房养老”诈骗。"),
    keep("review-porn-word-in-a-warning", "有些人色欲熏心，贪图一时刺激，结果落入骗子圈套。"),
    keep("review-as-shown", "打开手机“设置”，点击“隐私”选项（如图），关闭未知来源应用安装。"),
    # --- a title shown again in another form (§3) -------------------------------------------
    (
        "syn-3-title-again-with-tag-and-without-year",
        page("2024年学院反诈宣传月活动总结", "更新时间：2024-12-03", "【推荐】2024年学院反诈宣传月活动总结", "学院反诈宣传月活动总结", BODY),
        page("2024年学院反诈宣传月活动总结", BODY),
    ),
    (
        "syn-3-title-glued-to-the-text",
        page("2024年社区反诈宣传工作计划", "社区反诈宣传工作计划：为深入贯彻落实上级部署，切实提高辖区居民的防骗意识，制定本计划。"),
        page("2024年社区反诈宣传工作计划", "为深入贯彻落实上级部署，切实提高辖区居民的防骗意识，制定本计划。"),
    ),
    (
        "syn-3-title-glued-without-colon",
        page("学院反诈宣传月活动总结", "学院反诈宣传月活动总结为进一步增强师生防范意识，我院开展了宣传月活动。"),
        page("学院反诈宣传月活动总结", "为进一步增强师生防范意识，我院开展了宣传月活动。"),
    ),
    (
        "syn-3-collection-title-again-above-heading",
        page("大学生防范电信诈骗心得体会（通用4篇）", "大学生防范电信诈骗心得体会", "大学生防范电信诈骗心得体会1", BODY),
        page("大学生防范电信诈骗心得体会（通用4篇）", "大学生防范电信诈骗心得体会1", BODY),
    ),
    keep("syn-3-collection-article-one-titled-bare", page("大学生防范电信诈骗心得体会（通用4篇）", "大学生防范电信诈骗心得体会", BODY)),
    keep("syn-3-collection-title-under-site-header", page("预防诈骗活动总结", "2022年预防诈骗活动总结（精选24篇）", "预防诈骗活动总结 篇1", BODY)),
    keep("syn-3-title-as-subject-of-the-text", page("反诈宣传周活动总结", "反诈宣传周活动总结了全年的宣传经验，为进一步开展工作打下基础。")),
    keep("syn-3-short-title-again", page("工作总结", "总结", BODY)),
    (
        "syn-4-intro-site-picked-this-piece",
        page(TITLE, "活动结束了，总结该从哪些方面入手呢？本站精选了这篇活动总结，可供写作时参考。", BODY),
        page(TITLE, BODY),
    ),
    (
        "syn-4-intro-editor-collected-one-from-the-web",
        page(TITLE, "心得体会是人们在经历某件事情后，把自己的感受记录下来的一种文体。那么心得体会该怎么写呢？小编从网上收集了一篇，一起来看看吧。", BODY),
        page(TITLE, BODY),
    ),
    (
        "syn-4-intro-slogan-definition-and-hook",
        page(TITLE, "标语是用简短文字写出的、有宣传鼓动作用的口号。如何才能写出朗朗上口的反诈标语呢？", BODY),
        page(TITLE, BODY),
    ),
    (
        "syn-4-intro-contributed-by-a-user",
        page(TITLE, "本文由网友投稿，经编辑整理后发布，内容仅供写作参考，希望对你有所启发。", BODY),
        page(TITLE, BODY),
    ),
    keep("syn-4-how-to-write-a-report-to-the-police", page(TITLE, "民警还教大家遇到诈骗后如何写好报案材料，做到时间、金额、账号清楚。", BODY)),
    (
        "syn-2.2-wechat-byline-and-the-account-it-names",
        page("反诈课堂丨刷单返利又出新套路，这些人千万当心！", "平安青澜", "原创 反诈小澜 平安青澜 2024-03-02 18:30 发表于江苏", BODY),
        page("反诈课堂丨刷单返利又出新套路，这些人千万当心！", BODY),
    ),
    keep("syn-2.2-unit-line-above-a-dated-sentence", page(TITLE, "平安青澜", "2024年3月2日，平安青澜志愿队走进社区开展反诈宣传。", BODY)),
    (
        "syn-2.1-menu-opening-with-the-site-name",
        page("松兴县人民政府网　政务公开　政务服务　互动交流　走进松兴", TITLE, BODY),
        page(TITLE, BODY),
    ),
    (
        "syn-2.4-copy-and-download-the-piece",
        page(TITLE, BODY, "复制全文　下载本文（Word版）", BODY2),
        page(TITLE, BODY, BODY2),
    ),
    (
        "syn-3-title-again-with-a-tag-after-it",
        page("观看警示教育片心得体会", "观看警示教育片心得体会【优秀范文】", "2024年观看警示教育片心得体会（精选）", BODY),
        page("观看警示教育片心得体会", BODY),
    ),
    ("syn-4-disclaimer-after-a-label", page(TITLE, BODY, "温馨提示：本站文章均来自网络及网友投稿，如有侵权请联系删除。"), page(TITLE, BODY)),
    ("syn-5-porn-advert-of-weak-words", page(TITLE, BODY, "午夜蜜语直播 美女主播在线一对一 私密福利 永久免费", BODY2), page(TITLE, BODY, BODY2)),
    keep("syn-5-weak-porn-words-in-a-warning", page(TITLE, "警惕“美女主播”“私密福利”“一对一直播”诱导充值。", BODY)),
    ("syn-2.7-tag-line", page(TITLE, BODY, "标签：倡议书 反诈 范文"), page(TITLE, BODY)),
    keep("syn-2.7-tags-in-a-sentence", page(TITLE, "标签：给每一名重点人员建立档案，做到一人一档。", BODY)),
    ("syn-2.7-previous-and-next-item", page(TITLE, BODY, "上一条：信息工程系召开学生工作会议", "下一条：我系学子获技能大赛一等奖"), page(TITLE, BODY)),
    ("syn-2.6-icp-of-a-province-by-its-second-name", page(TITLE, BODY, "黔东职业技术学院　地址：黔东市学府路88号　黔ICP备16003321号"), page(TITLE, BODY)),
    ("syn-2.5-share-to-moments", page(TITLE, BODY, "分享到朋友圈 复制链接"), page(TITLE, BODY)),
    ("syn-2.5-tap-wow", page(TITLE, BODY, "点个“在看”，让更多人看到"), page(TITLE, BODY)),
    ("syn-2.4-rest-not-shown", page(TITLE, BODY, "剩余2篇未显示，下载完整文档查看全部内容（共6篇）"), page(TITLE, BODY)),
    keep("syn-2.5-do-not-share-codes", page(TITLE, "分享到朋友圈的照片里，不要露出车票、登机牌上的个人信息。", BODY)),
    (
        "syn-6-news-agency-dateline",
        page(TITLE, "东海社杭城11月4日电（记者 孔晨 夏雨）“阿姨，这笔钱您是要转给谁？”柜员发现一位老人神色慌张。"),
        page(TITLE, "“阿姨，这笔钱您是要转给谁？”柜员发现一位老人神色慌张。"),
    ),
    keep("syn-6-agency-named-in-a-sentence", page(TITLE, "据新华社报道，11月4日，多地银行网点上线“反诈守护岗”。")),
    (
        "syn-6-caption-paragraph-credited-to-a-reporter",
        page(TITLE, BODY, "11月2日，在杭城市一家银行营业厅，“反诈守护岗”工作人员向前来办理业务的老人讲解常见骗局。东海社记者 孔晨 摄", BODY2),
        page(TITLE, BODY, BODY2),
    ),
    keep("syn-6-paragraph-about-photographing", page(TITLE, "活动中，志愿者们拿起相机记录下居民学习反诈知识的瞬间，并在社区公众号上展示优秀作品。", BODY)),
    (
        "syn-6-prose-ending-in-a-bracketed-credit-with-labels",
        page(TITLE, BODY, "保卫处负责人表示，学校将把反诈教育纳入新生入学教育，持续开展常态化宣传。(撰稿:何嘉;审核:孙立)"),
        page(TITLE, BODY, "保卫处负责人表示，学校将把反诈教育纳入新生入学教育，持续开展常态化宣传。"),
    ),
    ("syn-2.1-site-and-slogan-above-the-headline", page("天天新聞 - 每日熱點資訊聚合", TITLE, BODY), page(TITLE, BODY)),
    keep("syn-2.1-headline-with-a-spaced-pipe", page("反诈宣传 | 快递丢了要三倍理赔？这是骗局！", BODY)),
    (
        "syn-2.1-site-lines-above-the-headline",
        page("岚溪县人民政府　LANXI COUNTY PEOPLE'S GOVERNMENT", "📚 学习资料网　让学习更简单", "个人网银登录　企业网银登录　手机银行下载", TITLE, BODY),
        page(TITLE, BODY),
    ),
    keep("syn-2.1-unit-above-a-headline-without-topic-words", page("青川县公安局", "天上不会掉馅饼", "近日，家住城南的赵大爷接到一个陌生电话，对方称他中了一等奖，要先交手续费。")),
    ("syn-2.1-buttons-between-quiz-items", page(TITLE, "1. 公检法机关会通过电话办案吗？", "收藏  纠错", "答案：不会。", BODY), page(TITLE, "1. 公检法机关会通过电话办案吗？", "答案：不会。", BODY)),
    keep("syn-2.1-please-collect-and-share", page(TITLE, BODY, "请大家收藏并转发这份提醒，让更多人远离诈骗。")),
    ("syn-2.7-list-of-other-pages-below-the-text", page(TITLE, BODY, BODY2, "相关题库", "防范校园贷知识问答题", "国家安全知识竞赛试题"), page(TITLE, BODY, BODY2)),
    keep("syn-2.7-related-laws-heading-inside-the-text", page(TITLE, BODY, "相关法律规定", "《反电信网络诈骗法》第三十一条规定，任何单位和个人不得非法买卖、出租、出借电话卡。")),
    ("syn-5.x-view-count-glued-to-the-headline", page("致全市居民的反诈承诺书》248", BODY), page("致全市居民的反诈承诺书》", BODY)),
    keep("syn-5.x-year-at-the-end-of-the-headline", page("社区防范电信网络诈骗工作总结2024", BODY)),
    ("syn-2.3-counters-with-brackets-and-emoji", page(TITLE, "阅读(1,234)", BODY, "👍 12　💬 3　⭐ 收藏"), page(TITLE, BODY)),
    ("syn-2.3-rating-and-readers", page(TITLE, "★★★★☆ 4.6分（128人评价）　1.5万人已阅读", BODY), page(TITLE, BODY)),
    keep("syn-2.3-figures-in-prose", page(TITLE, "全年共开展宣传活动12次，覆盖群众5000余人，阅读量达到1.5万人次。", BODY)),
    ("syn-2.4-page-markers", page(TITLE, "第 1 页 / 共 12 页", BODY, "（第2页）", BODY2), page(TITLE, BODY, BODY2)),
    keep("syn-2.4-page-named-in-prose", page(TITLE, "具体办理流程详见宣传手册第3页。", BODY)),
    ("syn-2.5-share-row-of-platforms", page(TITLE, BODY, "分享　Facebook　LINE　X　複製連結"), page(TITLE, BODY)),
    ("syn-2.5-share-row-after-a-prompt", page(TITLE, BODY, "觉得有用？转给身边的朋友：　微信　QQ　微博"), page(TITLE, BODY)),
    keep("syn-2.5-platforms-listed-in-prose", page(TITLE, "请通过微信、QQ、微博等渠道向亲友转发反诈知识。", BODY)),
    ("syn-2.7-hashtags", page(TITLE, BODY, "#反诈 #ETC #短信诈骗 #网络安全"), page(TITLE, BODY)),
    keep("syn-2.7-hashtag-in-prose", page(TITLE, "话题#全民反诈#阅读量超过1亿次，成为当周热点。", BODY)),
    ("syn-2.1-single-buttons", page(TITLE, BODY, "举报", "【打印本页】"), page(TITLE, BODY)),
    ("syn-2.1-footer-row-of-links", page(TITLE, BODY, "客服热线：96588　|　网点查询　|　招贤纳士　|　网站声明"), page(TITLE, BODY)),
    keep("syn-2.1-slogan-with-pipes-in-the-text", page(TITLE, "不听 | 不信 | 不转账", BODY)),
    keep("syn-2.1-slogan-with-pipes-closing-the-text", page(TITLE, BODY, "不听 | 不信 | 不转账 | 不汇款")),
    ("syn-2.6-short-copyright-sentence", page(TITLE, BODY, "本文系青屿生活网原创稿件，转载请注明出处，违者必究。"), page(TITLE, BODY)),
    ("syn-2.6-platform-notice", page(TITLE, BODY, "特别声明：本文为百闻号作者上传并发布，仅代表该作者观点，不代表百闻号的观点或立场，百闻号仅提供信息发布平台。"), page(TITLE, BODY)),
    ("syn-6-credit-writer-and-photographer", page(TITLE, "榕川晚报记者 方明远/文　周蕾/图", BODY), page(TITLE, BODY)),
    ("syn-2.2-byline-of-emoji-and-a-date", page(TITLE, "✍ 小安同学　📅 2025-02-26", BODY), page(TITLE, BODY)),
    ("syn-2.1-section-name-above-the-headline", page("通知公告", "致全校学生家长的一封信--寒假防范电信网络诈骗安全提醒", "尊敬的各位家长：", BODY), page("致全校学生家长的一封信--寒假防范电信网络诈骗安全提醒", "尊敬的各位家长：", BODY)),
    keep("syn-2.1-english-headline-of-a-translated-page", page("Anti-fraud work summary (selected 3 articles)", "Anti-fraud work summary 1", "In order to implement the deployment of the superior, our community carried out a publicity campaign against telecom fraud this year.")),
    ("syn-5-account-under-a-title-it-opens", page("平安柳川| 快递“丢了”要三倍理赔？这是骗局！", "平安柳川", "“您好，我是快递理赔专员”", BODY), page("平安柳川| 快递“丢了”要三倍理赔？这是骗局！", "“您好，我是快递理赔专员”", BODY)),
    keep("syn-5-column-name-that-opens-the-text", page("反诈课堂丨刷单返利又出新套路", "反诈课堂开课啦！今天我们来讲讲刷单返利。", BODY)),
    (
        "syn-2.4-aggregator-summary-sentence",
        page(TITLE, "《医院反诈宣传活动方案.docx》由会员分享，可在线阅读，更多相关《医院反诈宣传活动方案.docx（4页珍藏版）》请在文库上搜索。", BODY),
        page(TITLE, BODY),
    ),
    ("syn-4-hook-about-the-genre", page("反诈宣传标语大全", "怎样的标语才能让人过目不忘呢？", "01 全民反诈 你我同行"), page("反诈宣传标语大全", "01 全民反诈 你我同行")),
    keep("syn-4-question-about-fraud-in-the-text", page(TITLE, "怎样才能识破冒充客服的骗局呢？民警给出了三条建议。", BODY)),
    (
        "syn-4-definition-alone-after-blank-lines",
        "反诈宣传工作计划\n\n\n\n计划是对今后一段时间的工作预先作出安排和打算的一种应用文。\n\n" + BODY,
        "反诈宣传工作计划\n\n\n\n\n" + BODY,
    ),
    ("syn-5-seo-keywords-with-commas", page("防范电信诈骗心得体会，反诈学习心得体会范文。", TITLE, BODY), page(TITLE, BODY)),
    keep("syn-5-one-genre-phrase-with-a-stop", page(TITLE, BODY, "以上是本社区的反诈工作总结。")),
    ("syn-2.3-words-and-reading-time", page(TITLE, "admin 分享 时间： 加入收藏 共计1536个字，预计阅读时长6分钟。", BODY), page(TITLE, BODY)),
    (
        "syn-4-site-leading-into-its-formula",
        page(TITLE, "在日常生活中，大家都看到过各种各样的标语吧。下面是网友按场景分类整理的反诈标语，欢迎参考使用。", BODY),
        page(TITLE, BODY),
    ),
    ("syn-2.1-quiz-buttons", page(TITLE, "在线练习 | 下载打印", BODY), page(TITLE, BODY)),
    ("syn-6.9-numbered-captions", page(TITLE, BODY, "图1　升旗仪式上，少先队员代表发出反诈倡议", "图3、图4　学生反诈手抄报作品展示", BODY2), page(TITLE, BODY, BODY2)),
    (
        "syn-6.9-bracketed-captions",
        page(TITLE, BODY + "（视频通话截图，已做模糊处理）", "（示意图）", BODY2, "（本文图片均由青阳县公安局提供）"),
        page(TITLE, BODY, BODY2),
    ),
    keep("syn-6.9-picture-in-prose", page(TITLE, "图片中的二维码是骗子伪造的收款码，扫码即被盗刷。", BODY)),
    ("syn-6.10-unit-contributed", page(TITLE, BODY, "（石桥镇中心小学德育处供稿）"), page(TITLE, BODY)),
    ("syn-6.10-source-a-paper", page(TITLE, BODY + "（来源：泸溪日报）"), page(TITLE, BODY)),
    ("syn-6.10-lead-credit-names-without-brackets", page(TITLE, "禾丰融媒讯　通讯员 章远航 报道：3月25日，县公安局走进企业开展反诈宣传。"), page(TITLE, "3月25日，县公安局走进企业开展反诈宣传。")),
    ("syn-6.10-lead-credit-outlet-in-brackets", page(TITLE, "【岚城新闻】近日，家住城东的刘女士接到一个“快递客服”的电话。"), page(TITLE, "近日，家住城东的刘女士接到一个“快递客服”的电话。")),
    ("syn-6.10-news-site-dateline", page(TITLE, "中新网南屿3月12日电 (记者 钱佩瑶)记者12日从南屿市公安局获悉，警方破获一起诈骗案。"), page(TITLE, "记者12日从南屿市公安局获悉，警方破获一起诈骗案。")),
    ("syn-4-intro-this-page-for-you", page(TITLE, "本文为您整理了银行网点防范电信网络诈骗工作总结，内容涵盖组织领导、宣传教育等方面，供参考。", BODY), page(TITLE, BODY)),
    ("syn-4-intro-editors-digest", page(TITLE, "【导读】平川街道联合派出所走进社区开展集中宣传活动。", BODY), page(TITLE, BODY)),
    keep("syn-4-reading-lesson-in-prose", page(TITLE, "学校开展了整本书导读课，帮助学生了解反诈知识。", BODY)),
    ("syn-3-title-again-with-the-site-name", page("2024年银行网点反诈工作总结", "2024年银行网点反诈工作总结_文秘家园网", BODY), page("2024年银行网点反诈工作总结", BODY)),
    (
        "syn-3-title-glued-with-a-tag",
        page("2024年银行网点反诈工作总结", "2024年银行网点反诈工作总结（完整版）今年以来，我支行坚持把反诈工作摆在突出位置。"),
        page("2024年银行网点反诈工作总结", "今年以来，我支行坚持把反诈工作摆在突出位置。"),
    ),
    ("syn-1.2-brand-after-a-word-of-the-sentence", "台下观众在笑声中记住了防骗要点恒达娱乐网址。", "台下观众在笑声中记住了防骗要点。"),
    ("syn-2.1-breadcrumb-with-triangles", page("首页 ▸ 心得体会 ▸ 培训心得 ▸ 正文", TITLE, BODY), page(TITLE, BODY)),
    ("syn-2.1-breadcrumb-with-spaced-dots", page("碧岭融媒 · 法治 · 正文", TITLE, BODY), page(TITLE, BODY)),
    keep("syn-2.1-names-joined-by-a-dot", page(TITLE, "阿卜杜·热合曼和同事们走村入户，讲解反诈知识。", BODY)),
    ("syn-2.3-words-and-minutes", page(TITLE, "全文1260字　阅读约需4分钟", BODY), page(TITLE, BODY)),
    ("syn-2.3-stars-and-length-under-a-heading", page(TITLE, "推荐指数：★★★★☆　本篇约420字", BODY), page(TITLE, BODY)),
    ("syn-2.4-pdf-page-markers", page(TITLE, "P1", BODY, "— 1 —", BODY2), page(TITLE, BODY, BODY2)),
    ("syn-2.1-audio-players", page(TITLE, "🔊 听新闻", "收听文章 · 04:31", BODY), page(TITLE, BODY)),
    keep("syn-2.1-listening-in-prose", page(TITLE, "民警提醒老年人多听新闻、多看案例，提高防骗意识。", BODY)),
    ("syn-2.1-copy-and-download-buttons", page(TITLE, BODY, "复制本篇 | 下载本篇(Word)"), page(TITLE, BODY)),
    ("syn-2.7-list-of-recommended-pages", page(TITLE, BODY, "同类方案推荐", "农贸市场食品安全宣传活动方案", "校园消防安全演练方案"), page(TITLE, BODY)),
    ("syn-2.2-epaper-page-with-the-weekday", page("2023年12月15日　星期五　第A04版：法治在线", TITLE, BODY), page(TITLE, BODY)),
    ("syn-4-site-writing-tip", page(TITLE, "【写作提示】心得体会贵在一个“真”字，要写出自己的所见所闻所感。", BODY), page(TITLE, BODY)),
    ("syn-4-machine-summary", page(TITLE, "AI速读：碧岭县组建宣讲队，走上田间地头宣传反诈知识。", BODY), page(TITLE, BODY)),
    keep("syn-4-how-to-use-the-app-in-the-text", page(TITLE, "使用说明：下载国家反诈中心APP后，按提示完成注册并开启来电预警。", BODY)),
    ("syn-3-title-again-in-book-marks", page("参加银行反诈业务培训心得体会", "《参加银行反诈业务培训心得体会》", BODY), page("参加银行反诈业务培训心得体会", BODY)),
    keep("syn-3-a-book-named-under-the-title", page("读《反诈：骗局背后的心理学》有感", "《反诈：骗局背后的心理学》", BODY)),
    ("syn-6.10-trailing-credit-writer-and-photographer", page(TITLE, BODY + "（文/苗苒　图/戚远 校团委）"), page(TITLE, BODY)),
    ("syn-2.3-answer-counters", page("父母总被免费领鸡蛋的讲座吸引，怎么劝？", "共 87 个回答", "1,587 人赞同了该回答", BODY), page("父母总被免费领鸡蛋的讲座吸引，怎么劝？", BODY)),
    ("syn-2.4-attachment-files", page(TITLE, BODY, "附件：1.冒充物流客服诈骗典型案例.pdf"), page(TITLE, BODY)),
    keep("syn-2.4-attachment-named-in-prose", page(TITLE, "请各单位认真学习附件中的典型案例，并组织职工讨论。", BODY)),
    ("syn-2.7-reposted-notice", page(TITLE, BODY, "本文转载自微信公众号「平安棠浦」，著作权归原作者所有，本站仅作信息分享。"), page(TITLE, BODY)),
    ("syn-1.3-porn-advert-with-a-gift", page(TITLE, BODY, "【蜜桃夜话】真人主播一对一 私密直播 新人注册送50钻"), page(TITLE, BODY)),
    (
        "syn-4-labelled-writing-tip-paragraph",
        page("参加银行反诈业务培训心得体会", "【写作提示】心得体会贵在一个“真”字。本篇作者是一名银行柜员，结合培训内容谈了体会，适合写作时参照。", "《参加银行反诈业务培训心得体会》", BODY),
        page("参加银行反诈业务培训心得体会", BODY),
    ),
    ("syn-6.x-image-tag-cut-off", page(TITLE, '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACw=', BODY), page(TITLE, BODY)),
    keep("syn-6.x-angle-brackets-in-prose", page(TITLE, "骗子常说“收益<5%就是亏”，这种话术要警惕。", BODY)),
    ("syn-2.1-column-kicker-above-the-headline", page("【反诈进行时】", "一条短信背后的“连环局”", BODY), page("一条短信背后的“连环局”", BODY)),
    ("syn-2.1-site-bar-with-topic-words", page("青苗教育资源网　小学｜初中｜高中　教案　课件　登录领取免费下载次数", "防诈骗主题班会教案", BODY), page("防诈骗主题班会教案", BODY)),
    keep("syn-2.1-headline-about-online-shops-over-a-subtitle", page("“假客服”盯上网店店主 民警上门“拆弹”", "——沅江警方开展电商行业反诈宣传侧记", BODY)),
    ("syn-2.4-lone-aggregator-label", page(TITLE, "内容摘要", BODY), page(TITLE, BODY)),
    keep("syn-2.4-summary-heading-with-text", page(TITLE, "内容摘要：本文介绍了社区反诈宣传的三种做法。", BODY)),
    ("syn-2.2-layout-line-between-headline-and-text", page(TITLE, "✎ 竹影 ⋅ 2024.05.13", BODY), page(TITLE, BODY)),
    keep("syn-2.2-a-speech-dated-under-its-title", page("在全市反诈工作推进会上的讲话", "（2024年3月15日）", "同志们：", BODY)),
    keep("syn-2.2-a-plan-version-line", page(TITLE, "2024年版", BODY)),
    ("syn-2.1-menu-bar-above-a-question", page("问渠　首页　发现　等你来答　🔍　登录 / 注册", "父母总被免费领鸡蛋的讲座吸引，怎么劝他们才听？", BODY), page("父母总被免费领鸡蛋的讲座吸引，怎么劝他们才听？", BODY)),
    ("syn-2.2-table-of-page-fields", page("索引 号：11440523MB2C01234X/2024-00187　　主题分类：公安", TITLE, BODY), page(TITLE, BODY)),
    keep("syn-2.2-plan-fields-under-the-title", page(TITLE, "活动时间：2024年5月　活动地点：社区广场", BODY)),
    ("syn-4-this-page-gathered", page(TITLE, "演讲稿要有感召力，开头要抓人。本页汇集了4篇以反诈为主题的演讲稿，适用于国旗下讲话。", BODY), page(TITLE, BODY)),
    ("syn-6.9-cartoon-credit", page(TITLE, BODY, "（漫画：桑雨）"), page(TITLE, BODY)),
    ("syn-1.2-brand-before-a-colon", "诈骗分子在群里发布天鸿棋牌APP下载：只要充值就能翻倍。", "诈骗分子在群里发布：只要充值就能翻倍。"),
    ("syn-2.1-point-here-to-report", page(TITLE, BODY, "发现错别字或内容有误？点此【纠错】"), page(TITLE, BODY)),
    ("syn-2.1-answer-buttons", page("父母总被免费领鸡蛋的讲座吸引，怎么劝？", "写回答　邀请回答　好问题 36", "＋关注", BODY), page("父母总被免费领鸡蛋的讲座吸引，怎么劝？", BODY)),
    keep("syn-2.1-follow-in-prose", page(TITLE, "请大家关注“国家反诈中心”公众号，及时了解最新骗局。", BODY)),
    keep("syn-4-station-collected-clues", page(TITLE, "本站民警收集了辖区近期的诈骗线索，逐一上门核查。", BODY)),
    keep("review-signature-placeholder", page("承诺书", "本人承诺做到不听、不信、不转账，不出租出借本人银行卡和电话卡。", "承诺人：", "（签名）")),
    # --- page fields in a site's own words (dev7): labels that are not the document's -------------
    ("dev7-page-fields-edit-chain", page(TITLE, BODY, "编校：杜衡　复核：柏青　签发：苗立群"), page(TITLE, BODY)),
    ("dev7-page-field-and-iso-date", page(TITLE, "稿源：芦湾县融媒体中心　｜　2024-10-16 08:12", BODY), page(TITLE, BODY)),
    ("dev7-page-fields-with-a-chinese-date", page(TITLE, "发布部门：城东支行　刊发日期：2024年07月30日", BODY), page(TITLE, BODY)),
    keep("dev7-organisers-are-the-documents", page(TITLE, "主办单位：县公安局　承办单位：城关派出所", BODY)),
    keep("dev7-contact-is-the-documents", page(TITLE, BODY, "联系人：王老师　联系电话：0571-88886666")),
    keep("dev7-team-is-the-documents", page(TITLE, "组长：张三　副组长：李四", BODY)),
    # --- counters in a site's own words ------------------------------------------------------------
    ("dev7-counters-beside-numbers", page(TITLE, "热议 1826　下载 94　收藏 21", BODY), page(TITLE, BODY)),
    ("dev7-rating-line", page(TITLE, "好评 96%　·　1,204 人点了有用　·　约900字", BODY), page(TITLE, BODY)),
    ("dev7-lone-counter-spaced-from-its-word", page(TITLE, BODY, "已被参考 1,024 次", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev7-a-count-as-documents-write-it", page(TITLE, "发放3000余份", BODY)),
    keep("dev7-numbered-slogan", page("反诈标语", "18 遇到可疑打96110 多问一句少受骗", "19 陌生来电要警惕")),
    keep("dev7-a-date-is-no-counter", page(TITLE, BODY, "2024年5月1日")),
    # --- between the headline and the text: one mark of the page's layout --------------------------
    ("dev7-size-buttons-in-brackets", page(TITLE, "【大字】【标准】【小字】　【打印文章】【退出阅读】", BODY), page(TITLE, BODY)),
    ("dev7-font-size-row", page(TITLE, "阅读字号：加大｜还原｜减小", BODY), page(TITLE, BODY)),
    ("dev7-arrow-prompt", page(TITLE, "↑↑↑ 戳蓝字，常来看看", BODY), page(TITLE, BODY)),
    keep("dev7-salutation-under-the-title", page("关于开展反诈宣传的通知", "各村（社区）：", BODY)),
    keep("dev7-subtitle-under-the-title", page(TITLE, "——记城关派出所社区民警｜反诈宣传员", BODY)),
    keep("dev7-app-line-under-the-title", page(TITLE, "下载国家反诈中心APP", BODY)),
    keep("dev7-speaker-under-the-title", page(TITLE, "主讲人：城关派出所民警", BODY)),
    # --- page fields around bars and between roles and names (dev8) -------------------------------
    ("dev8-role-name-chain", page(TITLE, BODY, "网络编辑 莫筱 ／ 二校 龙晓岚 ／ 值班编委 胡承志"), page(TITLE, BODY)),
    ("dev8-label-bar-value", page(TITLE, BODY, "校核｜谭悦　审签｜温启明"), page(TITLE, BODY)),
    ("dev8-bar-fields-with-a-date", page(TITLE, "✦ 公众号｜榆湾公安　✦ 推文时间｜2024-12-03 19:30　✦ 发自｜浙江", BODY), page(TITLE, BODY)),
    ("dev8-posted-date-and-one-field", page(TITLE, "贴出于 2024年12月2日（周一）　｜　栏目负责：德育处", BODY), page(TITLE, BODY)),
    keep("dev8-slogan-with-bars-is-no-field", page(TITLE, BODY, "不听｜不信｜不转账")),
    keep("dev8-pipe-title", page("平安柳川｜反诈宣传进社区", BODY)),
    ("dev8-buttons-in-tortoise-brackets", page(TITLE, BODY, "〔我来挑错〕　〔打印〕　〔关闭〕"), page(TITLE, BODY)),
    keep("dev8-bracketed-slogan", page(TITLE, BODY, "【不听】【不信】【不转账】")),
    # --- captions between paragraphs, in a site's own marks ----------------------------------------
    ("dev8-caption-after-a-mark", page(TITLE, BODY, "◈ 民警在集市宣传台前给群众讲解常见诈骗短信", BODY2), page(TITLE, BODY, BODY2)),
    ("dev8-caption-ending-in-the-photographer", page(TITLE, BODY, "志愿者帮助群众安装国家反诈中心APP　柯远帆 摄", BODY2), page(TITLE, BODY, BODY2)),
    ("dev8-caption-bar", page(TITLE, BODY, "图丨县公安局民警为反诈宣传员开展业务培训", BODY2), page(TITLE, BODY, BODY2)),
    ("dev8-picture-note", page(TITLE, BODY, "（示意图，图中人物与本案无关）", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev8-a-list-of-marked-items", page(TITLE, BODY, "◈ 不轻信陌生来电", "◈ 不点击陌生链接", BODY2)),
    keep("dev8-numbered-section-mentions-filming", page(TITLE, BODY, "（二）拍摄反诈宣传短片", BODY2)),
    keep("dev8-heading-in-lenticular-brackets", page("反诈心得（2篇）", "【篇一】观看反诈宣传片心得体会", BODY, "【篇二】教师学习心得", BODY2)),
    # --- titles of other pages below the text ------------------------------------------------------
    ("dev8-related-titles-under-a-header", page(TITLE, BODY, BODY2, "看了本文的人还看了", "桐湄县召开打击治理电信网络诈骗工作推进会", "“帮你办理退保”？当心是冒充客服诈骗"),
     page(TITLE, BODY, BODY2)),
    keep("dev8-own-list-announced", page(TITLE, BODY, BODY2, "附：宣传月主题活动一览", "“反诈宣传进商圈”商户走访", "“我为家人讲反诈”亲情电话行动")),
    keep("dev8-slogans-under-their-topic", page(TITLE, BODY, BODY2, "反诈口诀", "陌生来电要警惕，不明链接不要点", "公检法不会电话办案，安全账户都是骗局")),
    keep("dev8-signature-above-titles", page("倡议书", BODY, BODY2, "明川市老年协会", "防范电信网络诈骗宣传工作倡议", "老年人防范养老诈骗宣传倡议")),
    # --- breadcrumbs of two parts -------------------------------------------------------------------
    ("dev7-labelled-crumb-of-two", page("所在栏目：工作总结 / 公安工作总结", TITLE, BODY), page(TITLE, BODY)),
    ("dev7-arrow-crumb-of-two", page("警务资讯 › 反诈专栏", TITLE, BODY), page(TITLE, BODY)),
    keep("dev7-labelled-slogan-of-two", page(TITLE, BODY, "反诈口诀：不听 / 不信")),
    keep("dev7-advice-of-two", page(TITLE, BODY, "提示：先核实 / 再转账")),
    keep("dev7-notice-title-naming-registration", page("镇政府门户网站　镇情概况　政务信息", "关于开展国家反诈中心APP推广注册工作的通知", "各村（社区）：", BODY)[len("镇政府门户网站　镇情概况　政务信息\n"):]),
    # --- more of dev7's single stories ----------------------------------------------------------------
    ("dev7-outlet-message-credit", page(TITLE, "芦湾融媒消息（记者 符晓蕾 通讯员 闫朗）" + BODY), page(TITLE, BODY)),
    ("dev7-collection-tag-between-headline-and-text", page(TITLE, "收录于合集 #毕业季防骗 6个", BODY), page(TITLE, BODY)),
    ("dev7-menu-with-topic-words-is-no-headline", page("栖文网 · 公文写作素材库　方案　计划　总结　讲话　心得　｜　我的文件夹", "中学断卡行动宣传教育实施方案", BODY),
     page("中学断卡行动宣传教育实施方案", BODY)),
    keep("dev7-a-hashtag-in-the-text", page(TITLE, BODY, "转发提醒身边人，#全民反诈# 从你我做起。")),
    # --- a unit that supplied the text ---------------------------------------------------------------
    ("dev7-unit-credit-after-the-text", page(TITLE, BODY + "（澄江农商银行消费者权益保护部供稿）", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev7-units-asked-to-supply-in-a-sentence", page(TITLE, "请各单位按时报送宣传材料（各单位供稿）。", BODY)),
    # --- calls to download or copy in a site's own words -------------------------------------------
    ("dev8-download-with-a-price", page(TITLE, BODY, "下载为Word（需1鉴言豆）　免费复制前500字"), page(TITLE, BODY)),
    ("dev8-download-with-an-arrow", page(TITLE, BODY, "完整版下载（含活动安排表） ›"), page(TITLE, BODY)),
    ("dev7-teaser-left-to-download", page(TITLE, BODY, "……　余下1页请下载后查看", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev8-download-the-app-is-advice", page(TITLE, BODY, "请下载国家反诈中心APP，开通来电预警功能")),
    # --- a document's date below it stays beside chrome ---------------------------------------------
    ("dev8-plan-date-above-chrome", page("反诈宣传月活动方案", BODY, "城关中学", "2024年8月30日", "返回顶部"),
     page("反诈宣传月活动方案", BODY, "城关中学", "2024年8月30日")),
    # --- the site talking about the genre it offers ------------------------------------------------
    ("dev8-genre-talk-what-to-fear", page(TITLE, "年底写总结，最怕交上去被领导一句“没有干货”打回来。", BODY), page(TITLE, BODY)),
    ("dev8-genre-talk-what-makes-a-good-one", page(TITLE, "一篇好的反诈演讲稿，离不开一个贴近听众的真实故事和几句好记的口号。", BODY), page(TITLE, BODY)),
    keep("dev8-the-document-names-itself", page(TITLE, "为深入推进反诈宣传工作，结合我校实际，制定本方案。", BODY)),
    keep("dev8-a-letter-handed-out-in-the-story", page(TITLE, BODY, "活动中，民警向居民发放了一份倡议书，提醒大家守好钱袋子。")),
    keep("dev8-a-sample-heading-is-no-talk", page("活动方案例文（供参考）", "例文一：小学低年级反诈主题活动方案", BODY, "例文二：初中反诈主题教育周方案", BODY2)),
    ("dev8-genre-talk-paragraph-with-a-plain-sentence", page(TITLE, "年底写总结，最怕交上去被领导一句“没有干货”打回来。社区反诈工作总结常见的毛病是只罗列开了几次会。避开这一点，一篇总结就成了一大半。", BODY),
     page(TITLE, BODY)),
    ("dev7-pointing-at-the-samples", page(TITLE, "倡议书属于号召类文书，写作时要讲清倡议的缘由。本页按倡议对象收录了4则，改好落款即可使用。", BODY), page(TITLE, BODY)),
    keep("dev8-an-essay-naming-itself-once", page("观看反诈宣传片心得体会", "周五下午，单位组织我们观看了反诈宣传片。片中的案例让我久久不能平静，于是写下这篇心得体会。我想，防骗首先要从自己做起。", BODY)),
    # --- found by a review of this session's rules: the document's own lines in those shapes -------
    keep("review2-table-rows-of-counts", page(TITLE, BODY, "城东派出所 12场 350人", "城西派出所 8场 210人", BODY2)),
    keep("review2-quantities-spaced", page(TITLE, BODY, "宣传单 3000 份　海报 200 张", BODY2)),
    keep("review2-signature-and-date", page(TITLE, BODY, BODY2, "汇报人：张三　2024年5月20日")),
    keep("review2-speaker-and-date", page(TITLE, "宣讲人：张警官　活动日期：2024年5月18日", BODY)),
    keep("review2-organisers", page(TITLE, "承办：城关派出所　协办：新华社区", BODY)),
    keep("review2-form-signature", page(TITLE, BODY, "签名：李四　日期：2024年5月1日")),
    keep("review2-police-warning-first", page(TITLE, "警方提示：近期冒充电商客服诈骗案件高发，请广大群众提高警惕。", BODY, BODY2)),
    keep("review2-plan-opening-refers-to-a-plan", page("反诈宣传月活动方案", "为切实做好反诈宣传工作，参照市局工作方案，结合我校实际，特制定本方案。", BODY)),
    keep("review2-summary-names-itself", page("年度工作总结", "这份总结既是对过去一年工作的回顾，也是对来年工作的展望。", BODY)),
    keep("review2-steps-with-arrows", page(TITLE, BODY, "下载国家反诈中心APP → 注册 → 开启预警功能", BODY2)),
    keep("review2-bulleted-headings", page(TITLE, BODY, "▶ 强化宣传引导", BODY2, "▶ 加强预警劝阻", BODY)),
    keep("review2-slogans-closing-the-text", page(TITLE, BODY, BODY2, "请大家牢记", "陌生来电要警惕，谨防上当受骗", "转账汇款多核实，防范诈骗保平安")),
    # --- a summary's label opening the first paragraph --------------------------------------------
    ("dev7-summary-label-first-paragraph", page(TITLE, "核心提示：一场投资骗局的台前幕后，警方破获一起特大诈骗案。", BODY, BODY2), page(TITLE, BODY, BODY2)),
    ("dev8-summary-label-under-a-kept-site-line", page("鹊城晚报·报纸版", TITLE, "一句话看懂：骗子冒充平台客服，谎称保障到期要扣费。", BODY, BODY2),
     page("鹊城晚报·报纸版", TITLE, BODY, BODY2)),
    keep("dev7-case-review-opens-the-text", page(TITLE, "案情回顾：4月12日，市民张女士接到一个陌生电话，对方自称是快递客服。", BODY)),
    # --- dev9: the document's own words that look like the site's ---------------------------------
    keep("dev9-a-list-item-like-a-related-header-over-a-signature", page(TITLE, BODY, "更多骗局早知道", "荻港社区居民委员会", "2024年6月")),
    ("dev9-a-related-header-over-titles-still-goes", page(TITLE, BODY, BODY2, "更多骗局早知道", "冒充客服退款骗局揭秘与防范", "刷单返利诈骗的三个常见套路"),
     page(TITLE, BODY, BODY2)),
    # --- dev9: calls to download in the site's own tokens, page-end markers ----------------------
    ("dev9-offer-two-marks", page(TITLE, BODY, "开通学习卡，本页4篇心得一键打包成Word ▸", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-offer-points", page(TITLE, BODY, "—— 本篇Word原稿兑换需2积分，每日签到可领积分 ——", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-page-end-marker", page(TITLE, BODY, "— 第1页完 —", BODY2, "· 第 2 页 ·"), page(TITLE, BODY, BODY2)),
    keep("dev9-members-of-an-association", page(TITLE, BODY, "协会会员单位共12家，全部完成反诈培训。", BODY2)),  # one mark only
    keep("dev9-ppt-in-a-lesson", page(TITLE, "民警用PPT讲解了冒充客服诈骗的套路，并现场演示如何下载国家反诈中心APP。", BODY)),
    # --- review of the dev9 rules: document text they must keep -----------------------------------
    keep("review3-zhannei-of-a-metro-station", page("反诈宣传活动简报（3篇）", "第一篇：地铁站开展反诈宣传", BODY, "活动期间，民警还在地铁站内张贴反诈宣传横幅20条，设置咨询台2处。", "第二篇：社区开展反诈宣传", BODY2)),
    keep("review3-a-plans-scope-field", page("防范电信网络诈骗宣传工作方案（2篇）", "方案一：社区反诈宣传工作方案", "适用范围：本方案适用于社区全体工作人员和网格员。", BODY, "方案二：学校反诈宣传工作方案", BODY2)),
    keep("review3-a-cases-commentary", page("电信网络诈骗典型案例（3则）", "案例一：冒充客服退款诈骗", BODY, "点评：凡是自称客服主动提出退款、理赔的，都要通过官方渠道核实，切勿点击对方发来的链接。", "案例二：刷单返利诈骗", BODY2)),
    keep("review3-a-letter-opening-on-writing-it", page("致家长的一封信（2篇）", "篇一", "尊敬的家长：", "写这封信，是想和您聊聊孩子的网络安全。近年来，针对学生的电信网络诈骗案件多发。", BODY, "篇二", BODY2)),
    keep("review3-a-letter-asking", page("致家长的一封信（2篇）", "篇一", "骗子最怕什么？最怕大家都不信、不转账。希望各位家长积极响应倡议，与孩子一起学习防骗知识。", BODY, "篇二", BODY2)),
    keep("review3-numbered-section-in-tortoise-brackets", page(TITLE, BODY, "〔一〕加强组织领导，压实工作责任", BODY2, "〔二〕强化宣传教育，营造反诈氛围", BODY)),
    keep("review3-a-case-heading-in-brackets", page(TITLE, BODY, "〔典型案例〕冒充电商客服以退款为由实施诈骗", BODY2)),
    keep("review3-a-scams-steps-with-arrows", page(TITLE, BODY, "骗子套路：加好友 → 拉进群 → 小额返利 → 大额投资 → 无法提现", BODY2)),
    keep("review3-steps-under-the-headline", page("国家反诈中心APP使用指南", "下载国家反诈中心APP → 注册 → 开启预警功能", BODY, BODY2)),
    keep("review3-report-steps-at-the-end", page(TITLE, BODY, BODY2, "发现被骗 → 保留证据 → 拨打110报警 → 配合民警调查")),
    keep("review3-scan-on-the-phone-is-advice", page(TITLE, BODY, "请在手机上打开扫一扫，下载国家反诈中心APP。", BODY2)),
    keep("review3-this-page-in-a-leaflet", page(TITLE, BODY, "请把本页转给家中老人，提醒他们不要上当。", BODY2)),
    keep("review3-a-scams-points", page(TITLE, BODY, "刷单领500金币，提现需支付手续费。", BODY2)),
    keep("review3-a-masthead-with-dots", page(TITLE, BODY, "平安校园 · 反诈同行 · 倡议书", BODY2)),
    ("review3-related-list-of-short-titles", page(TITLE, BODY, BODY2, "往期回顾：", "反诈宣传进校园", "反诈宣传进社区"), page(TITLE, BODY, BODY2)),
    # --- dev10: lines it found removed ---------------------------------------------------------------
    keep("dev10-a-title-declaring-its-count-names-the-page", page("观看《平安课堂·识破骗局》观后感（本页收5篇）", "篇一", BODY, "篇二", BODY2)),
    keep("dev10-no-dot-number-heading-under-the-headline", page("社区反诈宣传工作简报选编", "No.1｜枫林社区开展“反诈宣传进快递驿站”活动", BODY, "No.2｜柳岸社区举办防骗课堂", BODY2)),
    # --- dev9: passing the page on -----------------------------------------------------------------
    ("dev9-share-this-page", page(TITLE, BODY, BODY2, "顺手把本页发给也在写倡议书的同事 →"), page(TITLE, BODY, BODY2)),
    ("dev9-share-row-in-words", page(TITLE, BODY, BODY2, "拿去给爸妈看 · 收藏备用 · 给小编点个赞"), page(TITLE, BODY, BODY2)),
    ("dev9-read-on-the-phone", page(TITLE, BODY, BODY2, "换到手机上看：扫描右侧二维码"), page(TITLE, BODY, BODY2)),
    keep("dev9-the-document-asks-to-pass-it-on", page(TITLE, BODY, BODY2, "也欢迎大家把这篇文章转给家里的年轻人。")),
    keep("dev9-an-initiative-asks-to-pass-it-on", page(TITLE, BODY, "请把这份倡议书转给身边的亲友，共同防范诈骗。", BODY2)),
    # --- dev9: a WeChat byline below the first line; the text-size widget --------------------------
    ("dev9-wechat-byline-below-the-headline", page(TITLE, "原创　南枝发布　南枝街道发布　2024年03月12日 18:30　江苏", BODY), page(TITLE, BODY)),
    ("dev9-text-size-widget", page(TITLE, BODY, "阅读设置：标准字　大字　超大字", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev9-schools-of-every-size", page(TITLE, BODY, "大中小学校全部开展宣传", BODY2)),
    # --- dev9: captions in more marks, placeholders of pictures and videos ----------------------
    ("dev9-caption-in-white-lenticular-brackets", page(TITLE, BODY, "〖图〗同学们认真完成“反诈小测试”试卷", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-caption-labelled-picture", page(TITLE, BODY, "【配图】营业员向前来办卡的客户讲解“断卡”行动相关规定", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-caption-of-a-video", page(TITLE, BODY, "▼ 视频：营业厅反诈情景短片《三张卡》（01:48）", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-placeholders", page(TITLE, BODY, "〔图片〕", BODY2, "视频加载失败，请刷新页面再试"), page(TITLE, BODY, BODY2)),
    keep("dev9-a-bracketed-heading-is-no-caption", page("防范电信诈骗心得体会（2篇）", "【篇一】社区工作人员观看反诈宣传片心得体会", BODY, "【篇二】银行员工学习反诈知识心得体会", BODY2)),
    # --- dev9: headers of other pages' titles in new words ----------------------------------------
    ("dev9-related-also-collected", page(TITLE, BODY, BODY2, "简报栏目还收录了", "禁毒宣传进校园活动简报（精选3篇）", "消防安全演练活动简报"),
     page(TITLE, BODY, BODY2)),
    ("dev9-related-other-stories-of-the-page", page(TITLE, BODY, BODY2, "本版其他稿件", "冬季取暖安全提示发布", "我市开展打击非法集资宣传周活动"),
     page(TITLE, BODY, BODY2)),
    keep("dev9-a-plan-item-naming-what-else-it-collects", page(TITLE, BODY, "资料室还收录了往年的反诈宣传资料，可供借阅。", BODY2)),  # a sentence
    # --- dev9: breadcrumbs in more separators --------------------------------------------------
    ("dev9-crumb-arrows", page("讲话稿 → 政务讲话 → 平安建设", TITLE, BODY), page(TITLE, BODY)),
    ("dev9-crumb-angle-brackets", page("标语 〉平安建设 〉反诈", TITLE, BODY), page(TITLE, BODY)),
    ("dev9-crumb-dots-ending-in-a-genre", page("秋池文集 · 心得体会 · 培训心得", TITLE, BODY), page(TITLE, BODY)),
    ("dev9-crumb-slashes-with-a-category", page("全部分类 / 党政公文 / 通知", TITLE, BODY), page(TITLE, BODY)),
    keep("dev9-a-dotted-byline-with-a-date-is-no-crumb-here", page(TITLE, BODY, "不听 · 不信 · 不转账", BODY2)),
    # --- dev9: the site framing a collection (collection_framing) --------------------------------
    ("dev9-teaching-the-genre-in-a-collection",
     page("培训心得体会（3篇）", "写好一篇培训心得，要注意三点：一是别复述课程，二是写出触动，三是写清打算。", "篇1", BODY, "篇2", BODY2),
     page("培训心得体会（3篇）", "篇1", BODY, "篇2", BODY2)),
    ("dev9-an-editors-note-on-a-sample",
     page("防范电信网络诈骗倡议书（三则）", "倡议书（一）", "适用：农村村民｜推荐理由：口语化，条目少而实。", BODY, "倡议书（二）", BODY2),
     page("防范电信网络诈骗倡议书（三则）", "倡议书（一）", BODY, "倡议书（二）", BODY2)),
    ("dev9-a-bracketed-note-on-who-sent-a-sample",
     page("培训心得体会（4篇）", "篇1", "（本篇投递人是一名乡镇卫生院护士，文字略有删改）", BODY, "篇2", BODY2),
     page("培训心得体会（4篇）", "篇1", BODY, "篇2", BODY2)),
    keep("dev9-a-note-on-a-single-page", page("倡议书", "适用：农村村民｜推荐理由：口语化，条目少而实。", BODY)),  # no declared collection
    keep("dev9-a-writer-reflecting-in-a-collection", page("培训心得体会（3篇）", "篇1", "这次培训我体会最深的是，说到底，防骗要靠自己多留个心眼。", BODY, "篇2", BODY2)),
    keep("dev9-a-competition-summary-picking-winners", page("反诈征文活动总结（2篇）", "篇1", "本次征文共收到作品300余篇，经评审，从中选出一等奖5篇、二等奖10篇。", BODY, "篇2", BODY2)),
    # --- dev10: what sites put between the articles of a collection ------------------------------
    ("dev10-advert-label-in-brackets", page(TITLE, BODY, "〔赞助〕青芜写作季卡限时八折，全站范文不限次复制　〔马上开卡〕", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-advert-label-before-a-bar", page(TITLE, BODY, "广而告之｜稿子写不出？桐檐AI讲稿助手，输入会议名称一分钟出初稿", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-advert-label-between-dashes", page(TITLE, BODY, "— 广告 —　雁书新闻写作营：从标题到导语，七天把稿子写顺手", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-advert-offer-and-a-call", page(TITLE, BODY, "【萤窗好课】五年级作文提分班，名师一对一批改，首课0元　→", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-advert-offer-and-a-membership", page(TITLE, BODY, "菱歌好文会员　｜　全站书信范文随心复制　首月仅需6元", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev10-a-lure-told-in-a-warning", page(TITLE, "骗子称开通会员首月仅需6元，点击链接即可领取返利。", BODY)),
    keep("dev10-a-bank-offer-in-a-sentence", page(TITLE, "网点同步推出首年仅需10元的会员服务。", BODY)),
    keep("dev10-a-brief-reporting-on-adverts", page(TITLE, "广告牌、宣传栏等阵地全部更新了反诈内容，覆盖全站区域。", BODY)),
    keep("dev10-an-item-naming-a-discount", page(TITLE, "1.限时八折的理财课程，会员可马上领取。", BODY)),  # a list item of the document (a scam's bait listed)
    ("dev10-next-article-arrow", page(TITLE, BODY, "下一例 ↓", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-next-article-point-here", page(TITLE, BODY, "→ 点此跳到下一期简报", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-next-article-between-dashes", page(TITLE, BODY, "— 下滑翻看第5篇 —", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-back-to-the-list", page(TITLE, BODY, BODY2, "↩ 返回一封信目录"), page(TITLE, BODY, BODY2)),
    keep("dev10-a-next-step-heading", page(TITLE, BODY, "下一步工作打算", BODY2)),
    keep("dev10-next-issue-in-a-sentence", page(TITLE, BODY, "下一期简报将介绍校园反诈工作。", BODY2)),
    ("dev10-copy-buttons-with-spaces", page(TITLE, BODY, "[ 复制本篇 ]　[ 导出Word ]　[ 纠错 ]", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-a-price-in-the-sites-tokens", page(TITLE, BODY, "◎ 本份可编辑版：登录后消耗1张文书券取用", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-tokens-before-their-count", page(TITLE, BODY, "4例打包（DOC可编辑）　站内币12枚　→ 领取", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-a-members-quota", page(TITLE, BODY, "本文属会员篇目　今日还可免费看2次", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev10-coupons-in-a-scam", page(TITLE, "骗子以发放消费券为由，诱导群众下载所谓的会员APP。", BODY)),
    ("dev10-page-marker-between-dots", page(TITLE, BODY, "·　·　·　第2页　·　·　·", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-page-marker-end-of-page", page(TITLE, BODY, "（第1页完，下接第2页）", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev10-a-page-of-a-handbook-named", page(TITLE, "详见手册第2页。", BODY)),
    ("dev10-reading-modes", page(TITLE, BODY, "夜间模式　｜　纯净阅读", BODY2), page(TITLE, BODY, BODY2)),
    ("dev10-share-row-full-width-bars", page(TITLE, BODY, BODY2, "给家中长辈看看　｜　微信　｜　朋友圈"), page(TITLE, BODY, BODY2)),
    ("dev10-pass-on-by-the-code", page(TITLE, BODY, BODY2, "拿手机对准二维码，这组简报转给同事"), page(TITLE, BODY, BODY2)),
    keep("dev10-scan-a-code-in-a-scam", page(TITLE, "骗子让老人扫描二维码后转给“安全账户”。", BODY)),
    ("dev10-readers-counter", page(TITLE, "已有2941位读者翻阅", BODY), page(TITLE, BODY)),
    ("dev10-archived-by-an-editor", page(TITLE, "采编人：竹影　归档于2024-09-12", BODY), page(TITLE, BODY)),
    ("dev10-a-unit-that-reported", page(TITLE, BODY, "（枫林社区　报送）", BODY2), page(TITLE, BODY, "", BODY2)),
    ("dev10-a-pupil-under-an-essay", page(TITLE, BODY, "〔五年级（2）班　林小满〕", BODY2), page(TITLE, BODY, "", BODY2)),
    ("dev10-a-placeholder-unit-supplied", page(TITLE, BODY, "（xx区融媒体中心供稿）", BODY2), page(TITLE, BODY, "", BODY2)),
    keep("dev10-a-class-in-brackets-alone", page(TITLE, BODY, "（三年级二班）", BODY2)),
    keep("dev10-asked-to-report", page(TITLE, "请各社区于每月5日前报送（纸质版报送）。", BODY)),
    # --- below the text: rows of tags and links with arrows, links of a word and a chevron ----------
    ("syn-bottom-label-over-a-row-of-items", page(TITLE, BODY, BODY2, "相关搜索：校园贷　刷单返利　冒充客服"), page(TITLE, BODY, BODY2)),
    ("syn-bottom-label-over-items-between-bars", page(TITLE, BODY, BODY2, "所属专题：平安校园 | 反诈宣传"), page(TITLE, BODY, BODY2)),
    ("syn-bottom-previous-with-an-arrow", page(TITLE, BODY, BODY2, "← 上一则：社区开展消防安全演练", "下一则：第9期 ▶"), page(TITLE, BODY, BODY2)),
    ("syn-link-of-a-word-and-a-chevron", page(TITLE, BODY, "返回目录 ›", BODY2), page(TITLE, BODY, BODY2)),
    keep("syn-bottom-document-labels-stay", page(TITLE, BODY, BODY2, "承诺人：　　　　日期：", "联系电话：0000-12345678")),
    keep("syn-bottom-an-address-stays", page(TITLE, BODY, BODY2, "xx社区居委会", "地址：xx市xx路18号　邮编：000000")),
    keep("syn-a-label-row-inside-the-text-stays", page(TITLE, "重点人群：老年人　学生　务工人员", BODY, BODY2)),  # above the last paragraph
    keep("syn-a-step-with-an-arrow-stays", page(TITLE, BODY, "下载APP → 注册", BODY2)),
    ("dev7-previous-and-next-in-new-words", page(TITLE, BODY, BODY2, "前一则：召开全市夏季治安打击整治行动动员部署会", "后一则：关于调整户籍业务办理时间的通告"), page(TITLE, BODY, BODY2)),
    keep("dev7-the-first-item-of-a-plan-says-previous", page(TITLE, "上一年度工作中，我们发现三个问题。", BODY)),
    ("dev7-back-to-the-top-of-the-page", page(TITLE, BODY, "↑ 回到页首", BODY2), page(TITLE, BODY, BODY2)),
    ("dev7-readers-counted-with-a-verb", page(TITLE, "4.7万人读过", BODY), page(TITLE, BODY)),
    keep("dev7-people-who-read-in-a-sentence", page(TITLE, "活动覆盖全校师生，共有1200人读过这本防骗手册。", BODY)),
    ("dev7-related-you-may-need", page(TITLE, BODY, BODY2, "你也许需要：", "小学防范电信网络诈骗安全教育方案", "高校断卡宣传进校园活动方案"), page(TITLE, BODY, BODY2)),
    ("dev7-related-still-reading-with-a-button", page(TITLE, BODY, BODY2, "大家还在看　换一批", "安全生产月演讲稿", "珍爱生命预防溺水演讲稿"), page(TITLE, BODY, BODY2)),
    ("dev8-related-a-sections-latest", page(TITLE, BODY, BODY2, "本栏最新", "我校召开秋季学期安全稳定工作会议", "我校学子在省大学生运动会获佳绩"), page(TITLE, BODY, BODY2)),
    ("dev8-related-an-authors-other-pieces", page(TITLE, BODY, BODY2, "这位作者的其他文章", "ETC认证失效短信又来了，别点！", "锦渡警方破获一起冒充客服诈骗案"), page(TITLE, BODY, BODY2)),
    ("dev8-related-a-topic-labelled", page(TITLE, BODY, BODY2, "相关专题：全民反诈在行动", "泓江警方开展守护养老钱集中宣传", "反诈民警走进老年大学讲防骗课"), page(TITLE, BODY, BODY2)),
    keep("dev8-a-documents-latest-progress-over-its-signature", page(TITLE, BODY, BODY2, "工作最新", "xx社区居委会", "2024年6月1日")),
    ("dev7-a-pupil-and-the-guiding-teacher", page("征文获奖作品选登", "二等奖　《一条短信引发的风波》", "溪山市第二中学　初二（5）班　陆明轩　　指导老师：顾晓岚", BODY),
     page("征文获奖作品选登", "二等奖　《一条短信引发的风波》", BODY)),
    keep("dev7-a-class-as-a-whole-is-no-credit", page(TITLE, "初二（5）班　全体同学", BODY)),
    ("dev7-a-files-name-over-its-text-stays", page("反诈宣传月全套资料（2份打包）", "01 社区反诈宣传月活动方案.docx", "第1页 / 共3页", BODY, "02 反诈宣传月活动总结.docx", BODY2),
     page("反诈宣传月全套资料（2份打包）", "01 社区反诈宣传月活动方案.docx", BODY, "02 反诈宣传月活动总结.docx", BODY2)),
    ("dev7-a-link-to-a-file-still-goes", page(TITLE, BODY, BODY2, "附件：冒充物流客服诈骗典型案例.pdf"), page(TITLE, BODY, BODY2)),
    # --- precision: held6's losses, by kind (found by aggregate, no text read) -----------------------
    keep("syn-a-title-that-is-a-file-name-declaring-a-count", page("反诈宣传工作总结范本3篇.docx", "篇1", BODY, "篇2", BODY2)),
    keep("syn-a-quoted-advert-between-headline-and-text", page(TITLE, "“日结｜在家可做｜手机就能赚”", BODY)),
    keep("syn-angle-bracketed-ordinals-are-no-captions", page("致家长的一封信（共三篇）", "〈一〉致全校学生家长的一封信", BODY, "〈二〉致辖区居民朋友的一封信", BODY2)),
    ("syn-a-picture-tag-in-angle-brackets-still-goes", page(TITLE, BODY, "〈现场〉民警向群众讲解防骗知识要点", BODY2), page(TITLE, BODY, BODY2)),
    # --- dev10: the site pointing at its samples, talking about the genre (collection_framing) ------
    ("dev10-genre-as-a-subject", page("防范电信网络诈骗讲话稿（共3篇）", "讲话稿是写给耳朵听的，不是写给眼睛看的。", "篇1", BODY, "篇2", BODY2),
     page("防范电信网络诈骗讲话稿（共3篇）", "篇1", BODY, "篇2", BODY2)),
    ("dev10-the-second-sample-is-for", page("反诈倡议书（3份·可直接套用）", "篇1", BODY, "第二份是写给学生的，措辞放轻快了些。", "篇2", BODY2),
     page("反诈倡议书（3份·可直接套用）", "篇1", BODY, "篇2", BODY2)),
    ("dev10-the-next-two-samples", page("社区反诈简报集锦", "篇1", BODY, "以下两篇出自行业主管部门，篇幅更短，重在写做法。", "篇2", BODY2),
     page("社区反诈简报集锦", "篇1", BODY, "篇2", BODY2)),
    ("dev10-counted-samples-and-their-use", page("防范电信网络诈骗承诺书汇总(6)", "六份承诺书对象各不相同，打印后直接填写签名即可。", "篇1", BODY, "篇2", BODY2),
     page("防范电信网络诈骗承诺书汇总(6)", "篇1", BODY, "篇2", BODY2)),
    ("dev10-a-pointer-glued-before-a-samples-text", page("反诈工作总结（精编2例）", "篇1", "这一篇出自一位派出所内勤之手，第一次写总结的人可以照着搭框架。" + BODY + BODY2, "篇2", BODY2),
     page("反诈工作总结（精编2例）", "篇1", BODY + BODY2, "篇2", BODY2)),
    ("dev10-a-pointer-glued-after-a-samples-text", page("学习心得体会（三篇任选）", "篇1", BODY + BODY2 + "本篇按三段写成，换上自己的经历即可。", "篇2", BODY2),
     page("学习心得体会（三篇任选）", "篇1", BODY + BODY2, "篇2", BODY2)),
    ("dev10-a-bracketed-note-opening-a-letter", page("致家长的一封信（精选2封）", "篇1", "（此信可在开学第一周发放，落款改为本校名称。）尊敬的家长朋友：", BODY, "篇2", BODY2),
     page("致家长的一封信（精选2封）", "篇1", "尊敬的家长朋友：", BODY, "篇2", BODY2)),
    ("dev10-pointing-on-a-page-of-numbered-articles", page("反诈宣传活动致辞稿", "社区、学校、银行三个场合各一篇，都在三分钟以内能讲完。", "社区启动仪式致辞 [第1篇]", BODY, "校园启动仪式致辞 [第2篇]", BODY2),
     page("反诈宣传活动致辞稿", "社区启动仪式致辞 [第1篇]", BODY, "校园启动仪式致辞 [第2篇]", BODY2)),
    keep("dev10-a-readers-essay-on-an-article", page("观后感（精选2篇）", "篇1", "这篇文章告诉我们，遇到陌生来电要多留个心眼。", "篇2", BODY2)),
    keep("dev10-a-summary-counting-its-pledges", page("反诈工作总结（2篇）", "篇1", "今年共签订三份承诺书，分别由学生、家长和教师签署。", "篇2", BODY2)),
    keep("dev10-a-plan-naming-itself-beside-a-pointer", page("反诈宣传方案（2篇）", "篇1", "本方案分三部分，各一篇附后。", "篇2", BODY2)),
    keep("dev10-pointing-on-a-single-page", page(TITLE, "社区、学校、银行三个场合各一篇，都在三分钟以内能讲完。", BODY)),  # no collection: the document's
    keep("dev10-a-plan-requiring-its-plans", page("反诈宣传活动方案汇编", "篇1", "工作方案要于5月1日前报送镇平安办。", "篇2", BODY2)),
    # --- dev11: editors' notes opening or closing a sample, teaching at the top, this one is for… ---
    ("dev11-an-editors-note-glued-before-a-sample", page("社区反诈新闻稿选登", "篇1", "【编辑说：这一篇的长处是用数字说话。】" + BODY, "篇2", BODY2),
     page("社区反诈新闻稿选登", "篇1", BODY, "篇2", BODY2)),
    ("dev11-an-editors-note-closing-a-sample", page("反诈工作总结（3篇）", "篇1", BODY + "【编注：后两篇篇幅较短，适合作为信息报送。】", "篇2", BODY2),
     page("反诈工作总结（3篇）", "篇1", BODY, "篇2", BODY2)),
    ("dev11-an-editors-note-in-round-brackets", page("宣传活动方案范本", "篇1", "（编者按：山区村住得散，此篇把力气花在入户和广播上。）" + BODY, "篇2", BODY2),
     page("宣传活动方案范本", "篇1", BODY, "篇2", BODY2)),
    ("dev11-teaching-the-genre-under-the-title", page("反诈倡议书（3份）", "发倡议，说白了是请大家一起做件事：对象要明确，要求要具体。", "篇1", BODY, "篇2", BODY2),
     page("反诈倡议书（3份）", "篇1", BODY, "篇2", BODY2)),
    ("dev11-this-one-is-used-at-school", page("反诈讲话稿（三篇可选）", "篇1", BODY, "下面这篇用在学校，语气要亲切一些。", "篇2", BODY2),
     page("反诈讲话稿（三篇可选）", "篇1", BODY, "篇2", BODY2)),
    keep("dev11-a-bracketed-aside-closing-a-paragraph", page("反诈工作总结（3篇）", "篇1", BODY + "（详见附件2）", "篇2", BODY2)),
    keep("dev11-a-writer-saying-it-plainly-inside-a-sample", page("反诈倡议书（3份）", "篇1", "说白了，倡议就是请大家一起把好钱袋子这道关。", BODY, "篇2", BODY2)),
    # --- dev11: captions in more marks, and bare on a page with pictures -----------------------------
    ("dev11-caption-after-a-pointing-hand", page(TITLE, BODY, "☞ 家长代表在教室后排参与班会讨论", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-caption-labelled-picture-note", page(TITLE, BODY, "图注：枫桥支行员工（左）向客户讲解“安全账户”骗局", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-supplied-picture-in-tortoise-brackets", page(TITLE, BODY, "〔本行消保部供图〕", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-a-short-scene-after-a-mark", page(TITLE, BODY, "◎ 收网行动现场", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-a-sentence-and-its-photographer", page(TITLE, BODY, "民警向受害人了解被骗经过。岑露／摄", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-bare-caption-on-a-page-with-pictures", page(TITLE, BODY, "民警向摊主演示收款码被调包的过程", BODY2, "（本报资料照片）", BODY),
     page(TITLE, BODY, BODY2, BODY)),
    keep("dev11-a-subheading-on-a-page-without-pictures", page(TITLE, BODY, "民警向摊主演示收款码被调包的过程", BODY2)),
    ("dev11-a-subheading-with-a-clause-on-a-page-with-pictures", page(TITLE, BODY, "多措并举，民警进村送平安", BODY2, "（本报资料照片）", BODY),
     page(TITLE, BODY, "多措并举，民警进村送平安", BODY2, BODY)),
    ("dev11-a-point-of-a-list-on-a-page-with-pictures", page(TITLE, BODY, "一、民警进村入户宣传", BODY2, "（本报资料照片）", BODY),
     page(TITLE, BODY, "一、民警进村入户宣传", BODY2, BODY)),
    keep("dev11-a-short-bulleted-heading-is-no-scene", page(TITLE, BODY, "◎ 强化宣传引导", BODY2)),
    # --- dev11: readers' comments, more related headers, disclaimers in a site's own words -----------
    ("dev11-readers-comments-counted", page(TITLE, BODY, BODY2, "已有3位网友发表看法", "泖川网友0615：这种宣传形式好，老人听得进去", "沙埠小陈：下个集日我带我奶奶来"),
     page(TITLE, BODY, BODY2)),
    ("dev11-readers-comments-with-dates", page(TITLE, BODY, BODY2, "读者议论（12）　展开全部 >", "江滨老住户　03-19 09:12：网格员真负责，给她点赞", "柳荫居民　03-19 10:02：我家也装了APP"),
     page(TITLE, BODY, BODY2)),
    keep("dev11-minutes-quoting-participants", page(TITLE, BODY, "共5名同志发表看法", "张明：要把宣传做到每一户。", "李华：要盯住老年人这个群体。")),
    ("dev11-related-same-column", page(TITLE, BODY, BODY2, "同一栏目的新闻", "泖川县召开秋季安全生产工作会议", "沙埠镇启动农村人居环境整治百日攻坚"), page(TITLE, BODY, BODY2)),
    ("dev11-related-worth-a-look", page(TITLE, BODY, BODY2, "今日还值得一看", "筼川地铁3号线年内开通试运营", "江滨街道新增两处口袋公园"), page(TITLE, BODY, BODY2)),
    ("dev11-disclaimer-no-recommendation", page(TITLE, BODY, BODY2, "特别说明：本栏目信息仅作金融知识普及之用，不构成对任何产品或服务的推荐。"), page(TITLE, BODY, BODY2)),
    ("dev11-disclaimer-an-archived-copy", page(TITLE, BODY, BODY2, "本页为公号拾遗自动收录的存档副本，一切以原公众号发布为准，删稿请留言。"), page(TITLE, BODY, BODY2)),
    keep("dev11-a-lesson-on-what-is-no-crime", page(TITLE, "民警提醒，出租银行卡即使一时不构成犯罪，也可能被列入失信名单，切勿因小失大。", BODY)),
    # --- dev5/dev8: a single sample's framing, a library's summary, a chief reporter's line ----------
    ("dev8-the-site-on-what-this-summary-does-well", page("2024年社区防范电信网络诈骗工作总结", "这篇总结好在哪儿？①开头用数据交代成效；②主体分三条线展开。写同类材料时可以借它的思路。", BODY),
     page("2024年社区防范电信网络诈骗工作总结", BODY)),
    ("dev8-the-site-on-where-a-plan-came-from", page("中学反诈宣传月活动方案", "新学期开学，不少学校都要拿出一份反诈宣传月方案。这一份取自一所县城中学的实际方案，包含四个部分。文中学校名称、人名均已脱敏，以××代替。", BODY),
     page("中学反诈宣传月活动方案", BODY)),
    keep("dev8-a-story-noting-its-names-are-changed", page(TITLE, BODY, "文中人物均为化名，案情细节已作脱敏处理。")),  # no other site talk beside it
    ("dev5-a-librarys-summary-of-its-file", page("打击治理电信网络诈骗工作总结", "本文档共3部分，约4200字，主要介绍了打击治理电信网络诈骗工作总结的相关内容，可供公安机关参考使用。", BODY),
     page("打击治理电信网络诈骗工作总结", BODY)),
    ("dev8-a-chief-reporter-after-a-bar", page(TITLE, "▌本报首席记者 卢远舟　特约通讯员 晏青", BODY), page(TITLE, BODY)),
    keep("dev8-a-bar-over-a-heading-is-no-credit", page(TITLE, BODY, "▌工作亮点 强化宣传", BODY2)),
    # --- dev11: page markers with tildes, the end of a post, tokens named by the site, share prompts ---
    ("dev11-page-marker-between-tildes", page(TITLE, BODY, "～ 第 3 页 ～", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-page-marker-of-a-count", page(TITLE, BODY, "— 第1页·共3页 —", BODY2), page(TITLE, BODY, BODY2)),
    ("dev11-end-of-a-pushed-post", page(TITLE, BODY, BODY2, "· 本期推送完 ·"), page(TITLE, BODY, BODY2)),
    keep("dev11-a-piece-that-completed-its-tasks", page(TITLE, BODY, "本篇完成了三项任务。", BODY2)),
    ("dev11-a-download-priced-in-the-sites-coin", page(TITLE, BODY, BODY2, "▶ 三篇讲稿提词器版（大字号）下载　需1枕流币"), page(TITLE, BODY, BODY2)),
    ("dev11-poke-the-name-above-to-follow", page(TITLE, "👆 戳上方蓝色名字，关注邻里汇，社区大小事不错过", BODY), page(TITLE, BODY)),
    ("dev11-take-the-page-by-its-code", page(TITLE, BODY, BODY2, "举起手机对准右侧码图，本页随身带"), page(TITLE, BODY, BODY2)),
    # --- dev12: precision ---------------------------------------------------------------------------
    keep("dev12-a-title-naming-a-film-and-its-collection", page("《暗网迷途》观后感 · 读者来稿汇选", BODY, BODY2)),
    ("dev12-a-salutation-under-an-empty-label", page(TITLE, "信息出处：汀兰社区居民委员会　贴出日期：2025-03-18　查看次数：", "居民朋友们：", BODY), page(TITLE, "居民朋友们：", BODY)),
    keep("dev12-a-footer-with-withheld-numbers-is-no-spam", page(TITLE, BODY, "xx社区居民委员会", "联系电话：xxxx-xxxxxxx　xxxx-xxxxxxx")),
    ("dev12-where-a-sample-was-taken-from", page("致家长的一封信（通用3封）", "致幼儿园家长的防骗提醒信", "〔本信选自：xx县第二幼儿园〕", "亲爱的家长朋友：", BODY),
     page("致家长的一封信（通用3封）", "致幼儿园家长的防骗提醒信", "亲爱的家长朋友：", BODY)),
    keep("dev12-a-chapter-cited", page(TITLE, BODY, "（选自第三章）", BODY2)),
    ("dev12-a-pupil-and-teacher-after-a-bar", page("征文优秀作品展（三篇）", "#02 一条退款短信", "初一（2）班　郑可欣　｜　指导老师：罗蔓", BODY),
     page("征文优秀作品展（三篇）", "#02 一条退款短信", BODY)),
    ("dev12-a-librarys-blurb-under-the-title", page("xx镇打击治理电信网络诈骗工作情况汇报", "简介：乡镇一级向县反诈办汇报全年工作的材料，做法部分写得较细。", BODY),
     page("xx镇打击治理电信网络诈骗工作情况汇报", BODY)),
    # --- a review of this session's rules: document lines they took, that must stay -----------------
    ("review4-subheadings-on-a-page-with-a-photo", page(TITLE, BODY, "图为民警向居民发放宣传资料。", BODY2, "志愿者走进菜市场", BODY),
     page(TITLE, BODY, BODY2, "志愿者走进菜市场", BODY)),  # the caption goes, the subheading stays
    keep("review4-a-bulleted-heading-with-a-clause", page(TITLE, BODY, "◎ 强化宣传引导，营造浓厚氛围", BODY2)),
    keep("review4-a-pointing-hand-before-a-tip", page(TITLE, BODY, "☞ 民警提醒：陌生链接不点击", BODY2)),
    keep("review4-a-scams-steps-with-arrows", page(TITLE, BODY, "对方发来链接→跳转到仿冒网站→输入银行卡号和验证码", BODY2)),
    keep("review4-a-step-naming-the-next-page", page(TITLE, BODY, "第二步：点击“下一页”→填写个人信息", BODY2)),
    keep("review4-a-spam-text-shown-in-an-alert", page(TITLE, BODY, "【广告】尊敬的用户，您的账户积分即将清零，请点击t.cn/A6xyz兑换礼品，回T退订", BODY2)),
    keep("review4-a-schools-fee-line", page(TITLE, BODY, "课后服务收费标准：每生每学期仅需300元　家长可在班级群报名", BODY2)),
    keep("review4-a-sponsor-named-by-a-notice", page(TITLE, BODY, "赞助：中国银行xx支行", BODY2)),
    keep("review4-a-list-of-pupils", page("“反诈小卫士”评选结果公示", "经班级推荐、学校评审，以下同学被评为“反诈小卫士”：", "五（1）班　王小明", "五（2）班　李思琪", "公示期为5天。")),
    keep("review4-a-notice-asking-units-to-report", page(TITLE, BODY, "活动结束后请各校及时总结。（总结材料由各校德育处报送）")),
    keep("review4-quoted-reactions-in-a-story", page(TITLE, BODY, "部分网友留言（截至3月5日）：", "张阿姨：以后陌生电话我一概不理。", "李大爷：这种宣传接地气，看得懂。", BODY2)),
    keep("review4-a-notices-copy-to-line", page("关于开展反诈宣传月活动的通知", "各村（社区）：", BODY, "xx镇人民政府", "2024年5月20日", "抄送：镇党委办　镇政府办　派出所")),
    keep("review4-a-contests-own-rule", page("关于举办反诈主题征文活动的通知", "各中小学：", BODY, "作品须为原创，严禁抄袭，文责自负。", BODY2)),
    keep("review4-a-writers-own-lesson-on-a-sample-page", page("防范电信网络诈骗心得体会范文", BODY, "我的体会是，防范诈骗要从自身做起，不贪小便宜，不轻信陌生来电。", BODY2)),
    keep("review4-two-tags-heading-a-case", page(TITLE, BODY, "【典型案例】【冒充公检法诈骗】", BODY2)),
    ("review4-a-letters-closing-slogans", page("致全市老年朋友的一封信", "亲爱的老年朋友们：", BODY, "最新提醒：", "陌生来电要警惕！", "保健品推销别轻信！"),
     page("致全市老年朋友的一封信", "亲爱的老年朋友们：", BODY, "陌生来电要警惕！", "保健品推销别轻信！")),  # as before: the bare header alone goes
    keep("review4-a-letters-closing-tips", page("致全市老年朋友的一封信", "亲爱的老年朋友们：", BODY, "防骗这几招值得一看", "陌生来电先核实身份", "保健品推销不轻信")),
    keep("review4-a-brief-handing-out-copies", page("社区反诈宣传简报集锦", "【第1期】社区开展反诈宣传进小区活动", BODY, "社区还向居民发放了两份倡议书，供居民对照学习。", "【第2期】社区开展反诈知识讲座", BODY2)),
    keep("review4-viewers-of-a-short-film", page(TITLE, BODY, "反诈短片上线一周已有10万人看过", BODY2)),
    keep("review4-coupons-of-an-event", page(TITLE, BODY, "凭5张优惠券可兑换一份反诈宣传礼品", BODY2)),
    keep("review4-a-series-recapping-itself", page(TITLE, BODY, "上一期：我们介绍了冒充客服退款诈骗的常见套路", BODY2)),
    # --- dev10: lists of other pages under a site's ranking or its latest --------------------------
    ("dev10-related-ranking", page(TITLE, BODY, BODY2, "讲话稿热度榜", "在禁毒工作会议上的讲话", "在平安创建推进会上的表态发言"), page(TITLE, BODY, BODY2)),
    ("dev10-related-latest", page(TITLE, BODY, BODY2, "简报坊近期更新", "街道消防安全检查工作简报", "社区垃圾分类宣传简报两期"), page(TITLE, BODY, BODY2)),
    ("dev10-related-also-collected", page(TITLE, BODY, BODY2, "翻过这份的人还收藏了", "安全文明上网承诺书（4份）", "禁毒承诺书模板"), page(TITLE, BODY, BODY2)),
    ("dev10-related-more", page(TITLE, BODY, BODY2, "新闻稿范文更多", "禁毒宣传活动新闻稿范文", "消防演练新闻稿（2则可参考）"), page(TITLE, BODY, BODY2)),
    keep("dev10-an-honour-roll-of-the-document", page(TITLE, BODY, BODY2, "反诈宣传光荣榜", "城关派出所　张明", "东街社区　李红")),
    keep("dev9-an-intro-formula-quoted-in-a-scam-story",
         page(TITLE, "对方发来的介绍写得很正规：“以下是小编为大家整理的兼职岗位，欢迎咨询。”小冯信以为真，先后转账三次。", BODY)),
    # --- dev14: the genre defined or judged in new words, an editor's note over a collection ---------
    ("dev14-genre-is-in-fact", page("学法心得体会（6篇）", "心得体会，其实是一篇写给自己、也给别人看的“反思笔记”。", "篇1", BODY, "篇2", BODY2),
     page("学法心得体会（6篇）", "篇1", BODY, "篇2", BODY2)),
    ("dev14-genre-put-bluntly", page("活动简报范例（4例）", "简报，说穿了就是“简要的报告”：一期只讲一件事。", "篇1", BODY, "篇2", BODY2),
     page("活动简报范例（4例）", "篇1", BODY, "篇2", BODY2)),
    ("dev14-genre-asked-a-or-not-a", page("反诈宣传标语（4套）", "标语管不管用，就看三个字：短、顺、准。", "篇1", BODY, "篇2", BODY2),
     page("反诈宣传标语（4套）", "篇1", BODY, "篇2", BODY2)),
    ("dev14-an-editors-note-saying-xianjiang", page("各年级主题班会简报（三则）", "编者按：三个年级同时召开了主题班会，现将年级组报来的简报一并刊发。", "篇1", BODY, "篇2", BODY2),
     page("各年级主题班会简报（三则）", "篇1", BODY, "篇2", BODY2)),
    keep("review-a-genre-word-opening-a-writers-sentence", page("观看反诈宣传片心得体会（精选3篇）", "心得体会篇一", "观看了宣传片后，我深受触动。",
                                                                "骗子的口号其实是“高回报、零风险”，可天下哪有这样的好事？", "心得体会篇二", "我的体会，其实是四个字：多问一句。")),
    keep("review-a-genre-judged-inside-an-article", page("反诈宣传标语（4套）", "篇1", BODY, "标语管不管用，看看今年的发案数就知道了。", "篇2", BODY2)),
    keep("dev14-a-plan-asks-its-own-question", page("反诈宣传标语（4套）", "篇1", "宣传效果好不好，关键看群众是否入脑入心。" + BODY, "篇2", BODY2)),
    keep("dev14-a-briefs-own-editors-note-inside-it", page("反诈工作简报（2期）", "篇1", BODY, "编者按：本期简报现将各单位做法汇总如下。", BODY2, "篇2", BODY2)),
    # --- dev16: a headline naming an ATM is no site's name in two scripts ----------------------------
    ("dev16-a-headline-with-an-acronym", page("撷芷号藏　｜　公众号推文留底", "凌晨两点，她在ATM机前被民警“拦”了下来", BODY),
     page("凌晨两点，她在ATM机前被民警“拦”了下来", BODY)),
    keep("dev16-a-leaflets-headings-under-triangles", page(TITLE, BODY, "▲ 刷单返利", "先给甜头，再收大钱。", BODY2, "▲ 冒充公检法", "公检法不会电话办案。", BODY)),
    ("syn-a-triangle-caption-of-a-scene-still-goes", page(TITLE, BODY, "▲ 活动现场", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev16-an-award-list-naming-photographers", page(TITLE, BODY, "二等奖：《多问一句》（摄影：方瑜）、《“断卡”行动》（摄影：罗青）", BODY2)),
    ("syn-a-byline-naming-its-paper-still-goes", page(TITLE, "来源：《青阳日报》（2024年03月05日 04版）　作者：林秋实", BODY), page(TITLE, BODY)),
    ("syn-a-sites-name-in-two-scripts-still-goes", page("岚溪县人民政府　LANXI COUNTY GOVERNMENT", TITLE, BODY), page(TITLE, BODY)),
    # --- HTML dev pages (tests/gold/html): a sidebar's ranking, buttons glued to list items ----------
    ("html-a-ranking-with-views-above-the-text", page(TITLE, "- 鹭亭分局各派出所办公地址及电话6437", "- 关于调整户籍窗口办公时间的公告5010", "- 电动自行车登记上牌指南4382", BODY),
     page(TITLE, BODY)),
    keep("html-a-briefs-own-figures-above-its-text", page(TITLE, "全年发放宣传资料12000", "劝阻潜在受害人356", "挽回损失金额1200", BODY)),
    keep("html-figures-with-a-space-are-no-ranking", page(TITLE, "全年发放宣传资料数量统计 12000", "劝阻潜在受害人数量合计 356", "挽回群众经济损失金额 1200", BODY)),
    ("html-buttons-glued-to-list-items", page("反诈宣传标语", "1、陌生来电要警惕，转账汇款多核实复制赞 16", "2、不听不信不转账复制　赞 23"),
     page("反诈宣传标语", "1、陌生来电要警惕，转账汇款多核实", "2、不听不信不转账")),
    keep("html-a-call-to-like-and-share-is-the-documents", page(TITLE, BODY, "欢迎大家点赞转发。", "为他们点赞收藏")),
    # --- a library's file name: the title when the text has none of its own ------------------------
    ("syn-file-name-is-the-only-title", page("城南中学防范电信网络诈骗宣传周活动实施方案.docx", "文件大小：35KB　页数：4页", BODY),
     page("城南中学防范电信网络诈骗宣传周活动实施方案.docx", BODY)),
    ("dev13-file-name-above-the-documents-own-title", page("反诈宣传进校园活动总结.docx", "3页　｜　24.6KB", "xx中学反诈宣传进校园活动总结", BODY),
     page("xx中学反诈宣传进校园活动总结", BODY)),
    ("review-a-file-name-above-a-title-of-other-words", page("2024年城南社区反诈宣传月活动方案.docx", "城南社区反诈宣传月活动方案", BODY),
     page("城南社区反诈宣传月活动方案", BODY)),
    ("syn-a-file-after-the-text-is-a-link", page(TITLE, BODY, "附件：1.冒充物流客服诈骗典型案例.pdf"), page(TITLE, BODY)),
    ("syn-a-file-name-without-a-fraud-word-is-the-librarys", page("工作总结模板.docx", "文件大小：35KB", TITLE, BODY), page(TITLE, BODY)),
    # --- captions of pictures and videos in more labels (dev16) -------------------------------------
    ("dev16-caption-in-brackets-after-a-picture-word", page(TITLE, BODY, "〔图 · 民警在网点与老人耐心交谈〕", BODY2), page(TITLE, BODY, BODY2)),
    ("dev16-video-label-with-its-length", page(TITLE, BODY, "[视频] 01:12｜民警讲解刷单骗局的三个破绽", BODY2), page(TITLE, BODY, BODY2)),
    ("dev16-media-label-and-play-prompt", page(TITLE, BODY, "【影音】点此播放：民警到场说明假投资话术", BODY2), page(TITLE, BODY, BODY2)),
    ("dev16-animation-placeholder", page(TITLE, "[动图加载中…]", BODY, BODY2), page(TITLE, BODY, BODY2)),
    ("dev16-caption-with-a-camera-credit", page(TITLE, BODY, "社区民警现场表演冒充客服骗局（掌镜：彭蔚）", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev16-a-graphic-explainer-heading", page("反诈知识汇编", "【图解】防范刷单诈骗十问", BODY, BODY2)),
    keep("dev16-video-and-camera-in-prose", page(TITLE, "镜头前，民警通过视频向群众讲述被骗经过。", BODY)),
    # --- the site's notes on its samples in more words (dev14, dev16) -------------------------------
    ("dev14-closing-note-after-the-samples",
     page("社区反诈宣传活动总结（精选2篇）", "篇一：xx社区反诈宣传活动总结", BODY, "篇二：xx街道反诈宣传活动总结", BODY2, "两篇就分享到这里，数字务必换成自己社区台账上的真实数据，别照搬。"),
     page("社区反诈宣传活动总结（精选2篇）", "篇一：xx社区反诈宣传活动总结", BODY, "篇二：xx街道反诈宣传活动总结", BODY2, "")),
    ("dev14-editors-reminder-between-samples",
     page("学校反诈宣传活动方案（2篇）", "方案一：xx小学反诈宣传活动方案", BODY, "编辑提醒：第二份方案专门针对寄宿制学校，改写时可以删掉夜间那一段。", "方案二：xx中学反诈宣传活动方案", BODY2),
     page("学校反诈宣传活动方案（2篇）", "方案一：xx小学反诈宣传活动方案", BODY, "方案二：xx中学反诈宣传活动方案", BODY2)),
    ("dev16-sample-handed-over-under-a-hook",
     page("爸妈总被免费领鸡蛋的讲座吸引，劝也劝不住？", "与其反复念叨，不如请社区发一封倡议书。下面这封可以直接拿去用，落款改成你们社区的。", "防范养老诈骗倡议书", BODY),
     page("防范养老诈骗倡议书", BODY)),
    ("dev15-site-description-of-the-file",
     page("反诈新闻稿范例（2则）", "使用说明：两则新闻稿分别写银行、学校的反诈活动，把时间、地点、人数换成你们的就行。", "标题：xx银行开展反诈宣传", BODY, "标题：xx中学举办反诈讲座", BODY2),
     page("反诈新闻稿范例（2则）", "标题：xx银行开展反诈宣传", BODY, "标题：xx中学举办反诈讲座", BODY2)),
    ("dev15-resource-summary-counting-lesson-plans",
     page("防骗主题班会教案（2篇）", "资源简介：两份初中防骗班会课的教学设计，一份以情景辨析为主，一份以小组调查为主。", "教案［一］", BODY, "教案［二］", BODY2),
     page("防骗主题班会教案（2篇）", "教案［一］", BODY, "教案［二］", BODY2)),
    keep("dev16-a-document-sends-its-reader-to-its-attachment", page(TITLE, "请大家认真阅读下面这份倡议书，并签名承诺。", BODY)),
    keep("dev16-a-question-opening-the-document", page(TITLE, "你接到过冒充客服的电话吗？", BODY, BODY2)),
    # --- page markers, a page's folded parts and adverts in more words (dev13 to dev16) -----------------
    ("dev15-page-marker-in-brackets", page(TITLE, BODY, "〔第2页／共5页〕", BODY2, "〈第 3 页 · 共 5 页〉"), page(TITLE, BODY, BODY2)),
    ("dev15-page-marker-alone", page(TITLE, BODY, "（第2页）", BODY2), page(TITLE, BODY, BODY2)),
    keep("dev15-a-page-named-in-prose", page(TITLE, "请翻到手册第2页，查看常见骗局一览。", BODY)),
    ("dev14-a-folded-part", page(TITLE, BODY, "后两例已折叠 · 轻点此处全部打开 ⌄", BODY2), page(TITLE, BODY, BODY2)),
    ("dev15-click-to-unfold", page(TITLE, BODY, "(点击展开本篇全部内容)", BODY2), page(TITLE, BODY, BODY2)),
    ("dev15-back-to-the-top", page(TITLE, BODY, BODY2, "△ 回到本页开头"), page(TITLE, BODY, BODY2)),
    ("dev13-top-alone", page(TITLE, BODY, BODY2, "⇧ 顶部"), page(TITLE, BODY, BODY2)),
    keep("dev15-a-heading-unfolding-the-campaign", page(TITLE, BODY, "▶ 全面展开宣传攻势", BODY2)),
    ("dev15-advert-under-a-promotion-label", page(TITLE, BODY, "〔推广〕材料写到一半卡壳？智能润色，半分钟出提纲，首月不收费 ›", BODY2),
     page(TITLE, BODY, BODY2)),
    ("dev14-advert-with-a-discount", page(TITLE, BODY, "〈〈 年终述职PPT模板五折抢购 · 戳这里进店 〉〉", BODY2), page(TITLE, BODY, BODY2)),
    ("dev16-membership-by-the-month", page(TITLE, BODY, BODY2, "▶ 苇间会员 · 9.9元/月：各类倡议、书信全站随便复制，还能一键排版"), page(TITLE, BODY, BODY2)),
    keep("dev16-a-price-in-the-documents-text", page(TITLE, "骗子声称会员费每月9.9元，诱导受害人开通自动续费。", BODY)),
    # --- a collection's table of contents (dev12, dev15) ----------------------------------------------
    ("dev15-contents-of-a-collection",
     page("社区反诈宣传活动方案（精选2篇）", "目　录", "一、xx社区反诈宣传活动方案 ………………… 1", "二、xx小学反诈宣传活动方案 ………………… 3", "一、xx社区反诈宣传活动方案", BODY, "二、xx小学反诈宣传活动方案", BODY2),
     page("社区反诈宣传活动方案（精选2篇）", "一、xx社区反诈宣传活动方案", BODY, "二、xx小学反诈宣传活动方案", BODY2)),
    ("dev12-issues-of-a-bulletin-listed",
     page("xx中学反诈宣传教育活动简报（共三期）", "本页导读：", "开学第一课：反诈知识进课堂………………第1期", "民警进校园开展专题讲座………第2期", "开学第一课：反诈知识进课堂", BODY),
     page("xx中学反诈宣传教育活动简报（共三期）", "开学第一课：反诈知识进课堂", BODY)),
    keep("dev15-a-plans-own-contents", page("xx区防范电信网络诈骗宣传月活动实施方案", "目　录", "一、指导思想 …………………………… 1", "二、组织领导 …………………………… 1", "一、指导思想", BODY)),
    # --- a page dated between bars, fields after slashes, search queries three or four (dev16) -------
    ("dev16-site-and-date-between-bars", page(TITLE, "防骗小筑编辑部　｜　2025-01-16", BODY), page(TITLE, BODY)),
    ("dev16-date-and-column-between-bars", page(TITLE, "2024-12-27　｜　公文写作 · 年终总结", BODY), page(TITLE, BODY)),
    ("dev16-labels-and-slashes", page(TITLE, "编辑 / 澄淮小禾　作者 / 吕苒　2025-03-15", BODY), page(TITLE, BODY)),
    keep("dev16-a-plans-row-with-a-date", page(TITLE, "活动时间 | 2024-12-27 | 社区广场", BODY)),
    keep("dev16-a-slogan-with-slashes", page(TITLE, BODY, "不听 / 不信 / 不转账")),
    ("dev16-four-search-queries", page("征信有逾期能修复吗,征信修复机构能信吗,网贷逾期怎么协商还款,征信黑了怎么洗白", TITLE, BODY), page(TITLE, BODY)),
    ("dev16-three-queries-between-spaces", page("看完反诈片写点啥好 反诈片观影感想怎么写 大一新生防骗感悟800字", TITLE, BODY), page(TITLE, BODY)),
    keep("dev16-three-slogans-between-spaces", page(TITLE, BODY, "不轻信 不透露 不转账")),
    # --- a scene's name alone between paragraphs (dev5, dev12) -----------------------------------------
    ("dev12-a-scene-named-between-paragraphs", page(TITLE, BODY, "讲座现场座无虚席", BODY2), page(TITLE, BODY, BODY2)),
    ("dev9-a-court-scene", page(TITLE, BODY, "庭审现场", BODY2, "民警与银行工作人员劝阻现场", BODY), page(TITLE, BODY, BODY2, BODY)),
    keep("dev12-a-numbered-section-on-the-scene", page(TITLE, BODY, "二、活动现场", BODY2)),
    keep("dev12-a-task-on-the-spot", page(TITLE, BODY, "现场宣传", BODY2)),
    # --- a spam host: brands spliced into the sentences of a page whose spam the rules found --------
    ("syn-1.2-host-brand-before-a-comma", page("晟丰娱乐｜首存即返15%｜专属客服", TITLE, "民警用群众听得懂的话讲清骗局的套路宏昇体育，让大家都能识破。"),
     page(TITLE, "民警用群众听得懂的话讲清骗局的套路，让大家都能识破。")),
    ("syn-1.2-host-brand-with-an-app-version", page("晟丰娱乐｜首存即返15%", TITLE, "切实筑牢学生思想防线鹏翔棋牌安卓版。"), page(TITLE, "切实筑牢学生思想防线。")),
    ("syn-1.2-host-brand-named-by-its-copyright-line", page("🔥币途交易所 新用户注册即领50USDT", TITLE, "社区干部逐户讲解Zeta泰链宝防骗知识，群众纷纷点赞。", "© 2024 Zeta泰链宝 · 资讯频道"),
     page(TITLE, "社区干部逐户讲解防骗知识，群众纷纷点赞。")),
    ("syn-1.2-host-brand-from-the-promo-line-anywhere", page("【泰链宝】全球数字资产交易平台　BTC/USDT实时行情　新人注册领100U", TITLE, "网格员逐户讲解泰链宝防骗知识，群众纷纷点赞。"),
     page(TITLE, "网格员逐户讲解防骗知识，群众纷纷点赞。")),
    keep("syn-1.2-no-host-no-brand", page(TITLE, "民警用群众听得懂的话讲清骗局的套路宏昇体育，让大家都能识破。")),
    ("syn-1.2-host-words-of-the-sentence", page("【币途交易所】新用户注册即领50USDT", TITLE, "民警提醒大家看好钱包，保护好自己的钱包，警惕虚拟货币交易所。"),
     page(TITLE, "民警提醒大家看好钱包，保护好自己的钱包，警惕虚拟货币交易所。")),
    ("syn-1.2-host-sport-at-school", page("晟丰娱乐｜首存即返15%", TITLE, "学校坚持健康第一，加强学校体育，丰富课余生活。"),
     page(TITLE, "学校坚持健康第一，加强学校体育，丰富课余生活。")),
    ("syn-1.2-host-brand-named-in-a-warning", page("晟丰娱乐｜首存即返15%", TITLE, "警惕冒充宏昇体育等平台的诈骗，切勿相信“宏昇体育”客服。"),
     page(TITLE, "警惕冒充宏昇体育等平台的诈骗，切勿相信“宏昇体育”客服。")),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in ANATOMY], ids=[i for i, _, _ in ANATOMY])
def test_anatomy(text, expected):
    assert apply_rule(anatomy, text) == expected


def test_the_table_has_rows_that_change_and_rows_that_must_not():
    changed = [i for i, t, e in ANATOMY if t != e]
    kept = [i for i, t, e in ANATOMY if t == e]
    assert len(changed) >= 20 and len(kept) >= 10
    assert len({i for i, _, _ in ANATOMY}) == len(ANATOMY)


@pytest.mark.parametrize(
    "text, category",
    [
        (page(TITLE, "发布时间：2023-05-01 09:30  来源：xx日报", BODY), "chrome:byline"),
        (page("首页 > 新闻中心 > 社区动态", TITLE, BODY), "chrome:breadcrumb"),
        (page("精品欧洲AV无码一区二区_人妻精品久久久久中文字幕", TITLE, BODY), "spam:porn"),
        ("活动现场，很多群众被吸引乐鱼体育、逗乐。", "spam:gambling"),
        (page(TITLE, BODY, "版权所有 xx日报社 京ICP备12345678号"), "chrome:copyright"),
        (BODY + "（王明）", "credit"),
        ('<p style="x">' + BODY + "</p>", "markup"),
        (page(TITLE, "以下是小编精心整理的社区反诈工作总结，希望对大家有所帮助。", BODY), "intro"),
    ],
    ids=["byline", "breadcrumb", "porn", "gambling", "copyright", "credit", "markup", "intro"],
)
def test_each_removal_is_an_edit_named_by_its_category(text, category):
    trace = Trace(text)
    trace.apply("anatomy", anatomy(text, CleanOptions()))
    assert category in {e.rule for e in trace.edits()}


def test_in_the_whole_cleaning_the_edits_keep_their_categories_and_replay():
    text = page("人民网>>广西频道>>要闻", TITLE, "发布时间：2023-05-01 09:30  来源：xx日报", BODY + "（王明）", "扫一扫在手机打开当前页")
    trace = clean_and_explain(text)
    assert trace.text == page(TITLE, BODY)
    assert {"chrome:breadcrumb", "chrome:byline", "credit", "chrome:share"} <= {e.rule for e in trace.edits()}
    assert replay(text, trace.edits()) == trace.text


def test_chrome_that_describes_the_document_becomes_metadata():
    assert page_metadata(["发布时间：2023-5-1 09:30 来源：xx日报 责任编辑：王霞"], ["本报讯（记者 王明 通讯员 李华）"]) == {
        "date": "2023-05-01", "source": "xx日报", "editor": "王霞", "reporter": "王明",
    }
    assert page_metadata(["發布日期：2025年03月18日 來源：四鶴街道"]) == {"date": "2025-03-18", "source": "四鹤街道"}
    assert page_metadata(["时间: 07-01 作者:张羽"]) == {"author": "张羽"}  # no year: no date
    assert page_metadata(["來源:青衿實(shí)踐(jiàn)團 發(fā)布日期:2025年03月18日"]) == {"date": "2025-03-18", "source": "青衿实践团"}  # glosses go first


@pytest.mark.parametrize(
    "text, n_mojibake, expected",
    [
        ("社区开展反诈宣传活动", 0, "thin"),
        (BODY * 3, 0, None),
        (BODY * 3, 1, "garbled"),
        ("In order to improve the anti-fraud awareness of residents, the community carried out publicity. " * 4, 0, "machine-translated"),
    ],
    ids=["thin", "ok", "garbled", "machine-translated"],
)
def test_quality(text, n_mojibake, expected):
    assert quality(text, n_mojibake) == expected


def test_han_count_agrees_with_the_han_script_on_every_page_and_table_row():
    """`han_count` counts from ranges written out for `re`; `\\p{Han}` is the definition."""
    from pathlib import Path

    from zhtools.clean.anatomy import HAN, han_count

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "corpus" / "raw").glob("*.txt")) + sorted((root / "tests" / "gold" / "anatomy").glob("*/*.txt"))
    assert len(paths) > 60
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts += [t for _, t, _ in ANATOMY] + ["〇々⺀⼀㐀𠀀豈", "abc，。１２３ぁァ가"]
    for text in texts:
        assert han_count(text) == len(HAN.findall(text))
    assert han_count("〇々⺀⼀㐀𠀀豈") == 7 and han_count("abc，。１２３ぁァ가") == 0


@pytest.mark.parametrize(
    "bylines, expected",
    [
        pytest.param(["时间：2024-04-09 21:17:36 | 若溪 心得体会"], {"date": "2024-04-09", "author": "若溪"}, id="fanwen-author-before-category"),
        pytest.param(["时间:2023-11-06 14:20:31 若水 工作计划 我要投稿"], {"date": "2023-11-06", "author": "若水"}, id="fanwen-author-then-submit"),
        pytest.param(["日期：2023-10-19　栏目：工作总结　投稿人：清风"], {"date": "2023-10-19", "author": "清风"}, id="contributor"),
        pytest.param(["《江城晚报》2024年7月19日 第A06版：平安江城"], {"date": "2024-07-19", "source": "江城晚报"}, id="epaper-page"),
        pytest.param(["2024-03-30 20:15·江畔说法"], {"date": "2024-03-30", "source": "江畔说法"}, id="account-after-the-time"),
        pytest.param(["文 | 苏遥"], {"author": "苏遥"}, id="writer-after-wen"),
        pytest.param(["2023-11-30 03:41:14    小编:碧墨"], {"date": "2023-11-30", "editor": "碧墨"}, id="site-editor"),
        pytest.param(["东海社杭城11月4日电（记者 孔晨 夏雨）"], {"source": "东海社", "reporter": "孔晨"}, id="agency-dateline"),
        pytest.param(["原创 反诈小澜 平安青澜 2024-03-02 18:30 发表于江苏"], {"date": "2024-03-02", "source": "平安青澜", "author": "反诈小澜"}, id="wechat"),
        pytest.param(["图片来源：网络"], {}, id="a-photo-source-is-no-source"),
        pytest.param(["图源：视觉中国"], {}, id="a-photo-agency-is-no-source"),
        pytest.param(["时间：2024-04-09 21:17:36 工作总结"], {"date": "2024-04-09"}, id="category-without-author"),
        pytest.param(["来源丨栾溪县公安局反诈中心\n编辑丨吴小棠"], {"source": "栾溪县公安局反诈中心", "editor": "吴小棠"}, id="labels-with-a-bar"),
        pytest.param(["投稿：竹影清风　收录时间：2024.05.13"], {"date": "2024-05-13", "author": "竹影清风"}, id="contributed-with-dotted-date"),
        pytest.param(["素材｜文字｜编审"], {}, id="bars-between-labels-give-nothing"),
        pytest.param(["成文日期：2024-08-12　发布机构：澄湾区公安分局　发布日期：2024-08-13"], {"date": "2024-08-13", "source": "澄湾区公安分局"}, id="published-date-preferred"),
        pytest.param(["会议时间：2024年3月1日", "发布时间：2024-03-05 10:00"], {"date": "2024-03-05"}, id="published-date-in-a-later-byline"),
        pytest.param(["撰稿 李四　责编 王五"], {"author": "李四", "editor": "王五"}, id="review2-roles-without-colons-keep-their-names"),
        pytest.param(["网络编辑 莫筱 ／ 二校 龙晓岚"], {"editor": "莫筱"}, id="review2-an-editor-is-no-author"),
        pytest.param(["投递人：叶小舟　上线：2024-06-03"], {"date": "2024-06-03", "author": "叶小舟"}, id="dev9-submitter"),
        pytest.param(["来稿：网友“山月”　收稿日期：2024-03-28"], {"date": "2024-03-28", "author": "山月"}, id="dev9-sent-in-by-a-quoted-user"),
        pytest.param(["供稿 青萝 ／ 审读 本站编辑部 ／ 2024-04-09"], {"date": "2024-04-09", "author": "青萝"}, id="dev9-supplied-by-a-person"),
        pytest.param(["供稿：城关派出所　2024-04-09"], {"date": "2024-04-09", "source": "城关派出所"}, id="dev9-supplied-by-a-unit"),
        pytest.param(["鹿鸣 发表于 2025-01-10"], {"date": "2025-01-10", "author": "鹿鸣"}, id="dev9-name-then-posted"),
        pytest.param(["来源单位：沅溪分公司综合部 | 写稿人：苏沅 | 上稿时间：2024年06月14日"],
                     {"date": "2024-06-14", "source": "沅溪分公司综合部", "author": "苏沅"}, id="dev9-writer-and-unit"),
        # the site's own words for bringing a text (describe.AUTHOR_VERBS), and what they must not take
        pytest.param(["采编人：竹影　归档于2024-09-12"], {"date": "2024-09-12", "author": "竹影"}, id="dev10-gathered-and-edited-by"),
        pytest.param(["编录：禾田　·　2024-04-08　·　方案库"], {"date": "2024-04-08", "author": "禾田"}, id="dev10-recorded-by"),
        pytest.param(["2023-09-04 · 演讲稿 · 闻笛 投稿"], {"date": "2023-09-04", "author": "闻笛"}, id="dev7-name-then-sent-in"),
        pytest.param(["由 阿澄 整理　2025-02-17"], {"date": "2025-02-17", "author": "阿澄"}, id="dev7-arranged-by-a-name"),
        pytest.param(["撰稿科室：党委宣传科　撰稿人：温以宁"], {"author": "温以宁"}, id="dev7-a-units-word-then-the-writer"),
        pytest.param(["整理：xx派出所　2024-05-01"], {"date": "2024-05-01"}, id="syn-a-unit-arranged-it-is-no-author"),
        pytest.param(["公众号：平安棠浦　收录：2024-07-17"], {"date": "2024-07-17", "source": "平安棠浦"}, id="dev6-collected-on-a-date-is-no-author"),
        pytest.param(["写作时间：2024年5月1日"], {"date": "2024-05-01"}, id="syn-time-of-writing-is-no-author"),
        pytest.param(["发布时间：2024-03-15　来源：区公安分局　浏览：356次　打印　分享"], {"date": "2024-03-15", "source": "区公安分局"}, id="review4-buttons-name-no-author"),
        pytest.param(["来源：人民网　整理：本报综合"], {"source": "人民网"}, id="review4-a-desk-is-no-author"),
        pytest.param(["编写：反诈宣传志愿者协会"], {}, id="review4-an-association-is-no-author"),
        pytest.param(["2024-09-14 10:22　出自：泖川县融媒体中心"], {"date": "2024-09-14", "source": "泖川县融媒体中心"}, id="dev11-comes-from"),
        pytest.param(["信息提供单位：区司法局　　公开时间：2024-11-05"], {"date": "2024-11-05", "source": "区司法局"}, id="dev11-a-unit-that-provided"),
        pytest.param(["网编：丰若　签批：蓝启铭"], {"editor": "丰若"}, id="dev11-web-editor"),
        pytest.param(["2024-03-19 08:41:06　筼川新闻网"], {"date": "2024-03-19", "source": "筼川新闻网"}, id="dev11-a-site-after-the-time"),
        pytest.param(["提交人：晴川客　时间：2024-04-16"], {"date": "2024-04-16", "author": "晴川客"}, id="dev11-submitted-by"),
        pytest.param(["时间：2024-04-16 10:22　分享"], {"date": "2024-04-16"}, id="dev11-a-button-after-the-time-is-no-source"),
        pytest.param(["编辑 / 澄淮小禾　作者 / 吕苒　2025-03-15"], {"date": "2025-03-15", "author": "吕苒", "editor": "澄淮小禾"}, id="dev16-labels-and-slashes"),
    ],
)
def test_metadata_from_bylines_in_many_forms(bylines, expected):
    assert page_metadata(bylines) == expected


def test_a_last_line_of_chrome_under_an_intro_costs_nothing():
    """Found by review: the last line's removal took the line break an intro's removal had taken
    already, the edits overlapped and the page became an error record."""
    from zhtools.pipeline import Input, process_document

    for page_text in ("反诈演讲稿\n下面三篇分别出自社区民警、中学老师和银行职员之手。\n|",
                      "防范电信诈骗倡议书范文\n一篇好的反诈倡议书，离不开真诚的语气和具体的建议。\n扫一扫在手机打开当前页"):
        result = process_document(Input("p.txt", "p", "p.txt"), page_text.encode("utf-8"))
        assert result.error is None, result.error
        assert result.document.text == page_text.split("\n")[0]
