"""Term tables of the count extractor (zhtools.extract.counts): measure words, approximation words,
verbs, hotlines, idioms and the characters that bound a clause. Data only; the rules are in counts.py.
"""

from types import MappingProxyType

# Measure words. Longest first wins (人次 before 人, 个百分点 before 个). No time words here:
# that alone keeps dates, times, ages and durations out.
UNITS: tuple[str, ...] = (
    # people and households
    "人次", "人", "名", "位", "户次", "户",
    # organisations, places, generic things
    "家次", "家", "所", "处", "个",
    # events, occasions, cases
    "场次", "场", "次", "期", "轮", "批次", "批", "堂", "节", "遍", "起", "宗", "例", "件", "项", "笔",
    # printed and physical material
    "份", "张", "册", "本", "篇", "条", "幅", "块", "面", "套", "盒", "袋", "支", "辆", "部", "台", "座",
    "枚", "封", "页", "组", "种", "类",
    # money (a currency written as the unit: 1.2亿新台币, 50万港元), ratios, tenths (3成 = 30 %)
    "新台币", "台币", "港元", "港币", "澳门元", "澳门币", "日元", "韩元", "欧元", "英镑", "美金", "美元",
    "人民币", "泰铢", "元", "个百分点", "%", "％", "‰", "倍", "成",
    # no classifier: subscribers are counted by the noun (`1万余用户`, `10万微信用户`; unit 用户)
    "微信用户", "手机用户", "移动用户", "电信用户", "联通用户", "宽带用户", "电视用户", "用户",
)
USERS = "用户"
# Units of money; and the currency a word names (ISO 4217; USDT for the stablecoin scams use).
MONEY_UNITS = frozenset({"新台币", "台币", "港元", "港币", "澳门元", "澳门币", "日元", "韩元", "欧元", "英镑", "美金",
                         "美元", "人民币", "泰铢", "元"})
CURRENCIES = MappingProxyType({
    "新台币": "TWD", "台币": "TWD", "港元": "HKD", "港币": "HKD", "澳门元": "MOP", "澳门币": "MOP", "澳元": "AUD",
    "日元": "JPY", "韩元": "KRW", "欧元": "EUR", "英镑": "GBP", "美金": "USD", "美元": "USD", "人民币": "CNY",
    "泰铢": "THB", "泰达币": "USDT", "USDT": "USDT", "usdt": "USDT",
})
# A count whose unit is 成 is in tenths: `3成以上` → 30 %. Not after numbers above ten (`20成`).
TENTHS_UNIT = "成"
PERCENT_UNITS = frozenset({"%", "％", "‰"})

# Units whose noun usually follows them (`17个农村电信支局`, `3500余名师生`): only these look
# for an object after the unit. Not 人/元/%: what follows them is the next clause.
CLASSIFIER_UNITS = frozenset(u for u in UNITS if not u.endswith("用户")) - {"人", "人次", "户次", "家次", "场次", "批次", "个百分点", "倍", "成"} - PERCENT_UNITS - MONEY_UNITS

# Classifiers that also enumerate the text's own structure (`三个方面`, `四项举措`).
STRUCTURAL_UNITS = frozenset({"个", "项", "类", "种", "条", "家"})

# Words that begin with a unit character but are not a unit (`xx部门`, `110台`→ hotline rule).
UNIT_FALSE_STARTS: frozenset[str] = frozenset({
    "人民", "元旦", "元素", "元宵", "次日", "次年", "次月", "名单", "名义", "名称", "名字", "名誉", "名额",
    "家庭", "家长", "家属", "家人", "家园", "家里", "家中", "家乡", "户籍", "户口", "户外", "户主",
    "条例", "条件", "条款", "部门", "部署", "部分", "部队", "部长", "部位", "台湾", "台州", "台账", "台风",
    "所有", "所在", "所以", "所属", "所长", "所得", "所谓", "处罚", "处理", "处置", "处长", "处于",
    "面对", "面向", "面临", "面前", "面积", "面貌", "期间", "期限", "期待", "期望", "期末", "期中", "期初",
    "批示", "批准", "批评", "批发", "支付", "支持", "支行", "支队", "项目", "起诉", "起来", "起到", "起草",
    "起点", "场所", "场合", "场景", "场地", "组织", "组建", "组成", "节日", "节目", "节约", "套路",
    "本人", "本地", "本次", "本着", "本单位", "本职", "位于", "位列", "位置", "例如", "笔录", "张某",
    "座谈", "座位", "座席", "座机",
    "封停", "类型", "种类",
    "成员", "成立", "成功", "成为", "成绩", "成果", "成效", "成本", "成年", "成都", "成交", "成型", "成熟",
    "成人", "成长", "成品", "成就", "成才", "成风", "成瘾", "成群", "成家", "成套", "成片", "成批", "成文",
    "成形", "成真", "成灾", "成像", "成因", "成分", "成份", "成语", "成败", "成员单位", "成新",
})

# Durations written with 个: `6个月`, `3个小时`.
DURATION_AFTER_GE = ("月", "小时", "工作日", "星期", "季度", "钟头", "年头")

# Approximation words: before the number (longest first; None = a word that only looks like one).
APPROX_BEFORE: tuple[tuple[str, str | None], ...] = (
    ("不得超过", "at_most"), ("不得少于", "at_least"), ("不少于", "at_least"), ("不低于", "at_least"), ("不超过", "at_most"), ("不高于", "at_most"),
    ("将近", "nearly"), ("接近", "nearly"), ("大约", "about"), ("大概", "about"), ("约为", "about"),
    ("至少", "at_least"), ("最少", "at_least"), ("最多", "at_most"), ("至多", "at_most"),
    ("不足", "at_most"), ("不到", "at_most"), ("超过", "more_than"), ("多于", "more_than"),
    ("附近", None), ("最近", None), ("临近", None),
    ("近", "nearly"), ("约", "about"), ("逾", "more_than"), ("超", "more_than"),
)
APPROX_BEFORE = tuple(sorted(APPROX_BEFORE, key=lambda p: -len(p[0])))  # 不得超过 before 超过
APPROX_INSIDE = MappingProxyType({"余": "more_than", "多": "more_than"})  # 5000余份, 400余万个, 3000多万
# 以上 is inclusive, as the gold reads it (tests/gold/README.md: 知晓率达到90%以上 → at_least).
APPROX_AFTER = MappingProxyType({"以上": "at_least", "有余": "more_than", "之多": "more_than", "左右": "about",
                                 "上下": "about", "以下": "at_most", "以内": "at_most"})
APPROX_BARE_SCALE = MappingProxyType({"近": "nearly", "上": "at_least", "逾": "more_than"})  # 近万元, 上万条

# Verbs that govern a count. A verb run (`立案侦办`, `排查发现`) is one action.
VERBS: frozenset[str] = frozenset({
    "发放", "派发", "分发", "发送", "推送", "下发", "发布", "推出", "转发", "印发", "发出", "张贴", "粘贴",
    "悬挂", "设置", "投放", "播放", "制作", "印制", "摆放", "开展", "举办", "举行", "组织", "召开", "开设",
    "建立", "成立", "组建", "培训", "走访", "入户", "宣传", "讲解", "解答", "接受", "接待", "受理", "覆盖",
    "参与", "参加", "破获", "侦破", "破案", "立案", "侦办", "抓获", "抓捕", "打掉", "摧毁", "捣毁", "刑拘",
    "逮捕", "起诉", "提起公诉", "审查起诉", "判决", "审理", "追回", "挽回", "返还", "挽损", "止损", "冻结",
    "止付", "拦截", "劝阻", "劝返", "核减", "处罚", "查处", "查获", "检查", "排查", "核查", "发现", "整治",
    "完成", "清理", "关停", "封停", "处置", "约谈", "出动", "投入", "签订", "签署", "录制", "拍摄", "编写",
    "编印", "采取", "纳入", "涉及", "损失", "骗取", "被骗", "转账", "汇款", "办理", "移交", "交办", "转交",
    "处理", "摸排", "占据", "发案", "发生",
    "协调", "实施", "作出", "授课", "推动", "吸引", "服务", "帮助", "下降", "上升", "增长",
    "减少", "提升", "提高", "降低", "增加", "占", "避免",
    # issue 15: more of the genre's verbs of work done (a count's action was missed, and the verb
    # then opened its object: 收回回执, 触达客户, 我支行累计堵截可疑交易)
    "堵截", "拦阻", "阻断", "封堵", "触达", "收到", "收回", "回收", "收集", "征集", "接收", "接报", "接到", "接听",
    "学习", "观看", "安排", "印盖", "加盖", "挑选", "选派", "抽调", "提供", "赠送", "捐赠", "购置", "采购", "配备",
    "配发", "设立", "确定", "明确", "指导", "帮扶", "慰问", "回访", "登记", "录入", "采集", "招募", "吸纳", "发展",
    "动员", "邀请", "聘请", "评选", "表彰", "奖励", "开通", "上线", "下架", "封禁", "查封", "扣押", "缴获", "没收",
    "追缴", "退赔", "通报", "曝光", "公布", "张挂", "展出", "展播", "刊发", "刊登", "转载", "签收", "答复", "回复",
    "核实", "劝导", "带动", "培育", "参训", "研判", "推介", "制发", "寄送", "派送", "赠阅", "达到", "兑换", "回笼",
    "咨询", "派出",
})
# After these verbs the counted thing stands before the verb: `刑事警情总体下降32.6%`, `此类案件已发案10余起`.
SUBJECT_VERBS = frozenset({"下降", "上升", "增长", "减少", "提升", "提高", "降低", "增加", "发案", "发生", "达到"})
# Verbs that are as often nouns (`街面宣传`, `行政处罚`): the action only when no other verb is there.
WEAK_VERBS = frozenset({"宣传", "处罚", "培训", "服务", "整治", "检查", "覆盖", "完成", "处理", "处置",
                        "帮助", "推动", "协调", "损失", "汇款", "转账", "审理", "达到", "学习", "发展", "安排", "确定", "明确", "咨询", "登记"})
# Words that contain a verb but are none: `充分发挥` hides 分发; `宣传防范…手册` is a modifier.
NOT_VERBS = ("充分", "发挥", "宣传防范", "派出所", "线上线下", "学习强国")  # 派出所 holds 派出, 线上线下 上线
# A verb followed by one of these is a noun modifier: `宣传单`, `整治率`, `核减完成率`, `占比`.
NOMINAL_HEADS: tuple[str, ...] = (
    "单", "资料", "手册", "海报", "折页", "横幅", "展板", "品", "册", "页", "栏", "视频", "材料", "毛巾",
    "活动", "讲座", "片", "画", "码", "袋", "标语", "卡", "周", "月", "信息", "作品", "专栏", "牌", "员",
    "工作", "力度", "班", "会", "组", "队", "车", "板", "屏", "率", "量", "数", "比", "额", "金额", "日",
    "资金", "钱款", "款项", "财物",  # 追回|被骗资金
    "台", "表",  # 咨询台, 登记表
)
# After these the whole chain of verbs is a noun: `核减完成率`, `整治率`, `占比`, `点击量`.
RATE_HEADS = ("率", "比", "量", "数", "度")

# Stripped from the end of the text between verb and number: links, prepositions, particles.
TRAILING_LINKS: tuple[str, ...] = (
    "分别为", "分别是", "总数为", "数量为", "人数为", "共计", "合计", "总计", "累计", "共有", "达到", "已达",
    "高达", "多达", "分别", "总体", "同比", "环比", "以及", "共", "达", "约", "分", "已", "了", "的",
    "对", "向", "给", "将", "把", "从", "与", "和", "及", "有", "就",
)
# Stripped from the start of the object: scope, time, totals, determiners.
LEADING_SCOPE: tuple[str, ...] = (
    "今年以来", "上半年", "共计", "累计", "合计", "总计", "全市", "全国", "全省", "全区", "全县", "全镇",
    "全州", "全辖", "全行", "全校", "全体", "我市", "我县", "我区", "我省", "我镇", "我局", "我行", "我所",
    "我校", "我院", "其中", "目前", "今年", "同比", "环比", "日均", "月均", "平均", "总体", "各类", "共",
    "以及", "该", "此", "本", "这", "了", "过", "对", "向", "将", "把", "和", "及", "与", "等",
    # issue 15: time and place of the clause, and a goal's verb (本周辖区…, 力争全年…, 辖内…)
    "力争", "全年", "本周", "本月", "本季度", "本年度", "本年", "当天", "当日", "辖内", "期间",
)
LEADING_SCOPE = tuple(sorted(LEADING_SCOPE, key=lambda w: -len(w)))  # 本周 before 本

# Service numbers and hotlines; and the words that announce a number to dial.
HOTLINES: frozenset[str] = frozenset({
    "110", "119", "120", "122", "114", "12110", "12315", "12321", "12333", "12337", "12345", "12348",
    "12355", "12368", "12377", "12381", "12388", "96110", "10000", "10010", "10086", "95533", "95588",
    "95599", "95566", "95555", "95559", "95528", "95595", "95568", "95577", "95558", "95561",
})
# (a cue counts only before five digits or more: `诈骗电话300个` is a count)
DIAL_CUES = ("拨打", "拨通", "致电", "热线", "电话", "号码", "尾号", "账号", "卡号", "QQ", "微信号")

# Determiners that refer back to things already counted: `这四个省市`, `以下三类`.
DEMONSTRATIVES = ("上述", "以下", "下列", "如下", "这", "那", "该", "此")

# Fixed phrases whose numerals are not quantities (formulas are slogans, SPEC "Slogan").
IDIOMS: tuple[str, ...] = (
    "千家万户", "十二分", "一线", "千方百计", "三位一体", "十条信息九条骗", "一问二看三提醒", "三不一要",
    "一人一档", "一户一档", "一案一策", "不少一户", "不漏一人", "一系列", "一次性", "第一时间", "万无一失",
    "百分之百", "一五一十", "三令五申", "四面八方", "五花八门", "千变万化", "一传十", "十传百",
    "一成不变", "十成", "唯一", "统一", "逐一", "同一", "之一", "专一", "单一", "万一", "划一", "一一",
    # place names
    "五家渠", "三亚", "六盘水", "九江", "十堰", "七台河", "万宁",
)

# Where a clause starts: punctuation, brackets, quotes, whitespace.
CLAUSE_DELIMITERS = frozenset("，。；：！？、,;:!?\n\t （）()“”‘’\"'《》【】「」『』〔〕~～\u3000…▲●■◆")
COMMAS = frozenset("，,")
OPEN_QUOTES = frozenset("“‘「『\"'")
QUESTION_PARTICLES = frozenset("吗呢吧啊么嘛呀的了")
# The after-unit object stops at these (particles, prepositions) and at any verb.
OBJECT_STOPS = frozenset("的了和与及并等在对向于将把被到给以后时共均各每之或已都也还未不没")
# The noun after a classifier also stops at a word that jieba's dictionary tags as an adverb, an
# idiom, a conjunction or a preposition (`8个营业网点同步推进`, `xx个网点因地制宜`):
# `zhtools.extract.counts._non_nouns`. Not its verbs: it tags 快递, 包裹 and 回执 as verbs too.
NON_NOUN_TAGS = frozenset({"d", "i", "l", "c", "p", "ad", "u"})
OBJECT_STOP_WORDS = ("全部", "全都", "通过", "进行", "以来", "左右", "以上", "期间", "当中", "之中", "其中", "作为", "全面", "综合",
                     "共同", "统一", "集中", "分别", "主要", "正在", "逐步", "进一步")

# The base of a rate, before the number in its clause (`日均拦截2000余条` → day). Longest first.
PER_WORDS = MappingProxyType({
    "日均": "day", "每天": "day", "每日": "day", "天均": "day", "每周": "week", "周均": "week", "每星期": "week",
    "每个月": "month", "每月": "month", "月均": "month", "每季度": "quarter", "每季": "quarter", "季均": "quarter",
    "每年": "year", "年均": "year", "每年度": "year", "人均": "person", "每人": "person", "每名": "person",
    "户均": "household", "每户": "household",
})
# `每所学校`, `每个网点`: 每, a classifier, and the noun (as written) is the base.
PER_CLASSIFIERS = "个所家名位场次期间座处条张份"
PER_PLACE_ENDS = "所站局院校村点部室队"  # 每个派出所: the noun takes the place's last character

# What kind of quantity (SPEC "Count", issue 15): a ceiling a rule sets, a quantity to reach, or
# what happened. LIMIT_CUES and TARGET_CLAUSE_CUES stand in the clause before the number;
# TARGET_CUES anywhere in its sentence before it. An article that is a plan (its title names one and no report) states
# targets throughout, unless its sentence says it is done (DONE_CUES, or a date: the background
# cases a plan opens with), or it continues a reported count of the same paragraph.
LIMIT_CUES: tuple[str, ...] = ("不得超过", "不能超过", "不应超过", "不宜超过", "不超过", "不高于", "不得多于", "控制在",
                               "最多可", "最多不", "上限")  # not a bare 最多: "单笔被骗金额最多达80万元" is observed
# A goal governs the clauses after it in its sentence ("力争…下降10%以上，知晓率达到90%").
TARGET_CUES: tuple[str, ...] = ("力争", "争取", "目标是", "目标为", "目标：")  # not a bare 目标/计划/要求: nouns as often (`工作要求`)
# These govern their own clause only: a floor a rule sets (`每季度开展宣传不少于2次，3成以上群众知晓`), or
# a modal (`民警提醒，应当通过官方渠道核实，本月已有3名群众被骗` is reported). 拟 and 确保 are
# matched as words (`TARGET_CLAUSE_RE` in counts.py): not in 虚拟/模拟, nor in a purpose "为确保…".
TARGET_CLAUSE_CUES: tuple[str, ...] = ("不少于", "不低于", "不得少于", "达标", "计划于", "计划在", "计划开展", "务必", "必须", "应当")
PLAN_TITLE_WORDS: tuple[str, ...] = ("方案", "计划", "要点", "安排", "通知", "意见", "倡议", "措施")
REPORT_TITLE_WORDS: tuple[str, ...] = ("总结", "简报", "报告", "汇报", "情况", "成效", "回顾", "纪实", "新闻", "通报", "表彰", "决定")
DONE_CUES: tuple[str, ...] = ("已", "累计", "共计", "截至", "成功", "其中", "以来", "去年", "上年", "近年", "同比", "环比")  # not 实现/完成: goals say them too
