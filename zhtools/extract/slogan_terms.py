"""Term tables of the slogan extractor (zhtools.extract.slogans): quote marks, scam types, campaign,
name, motto and advice words, formula numerals and verbs. Data only; the rules are in slogans.py.
"""

# Opening → closing quote marks. Chinese ones first; ASCII quotes pair left to right.
QUOTE_MARKS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'"}
# Named frauds; the suffixes and prefixes below catch the rest of the family.
SCAM_TYPES = (
    "杀猪盘", "杀鱼盘", "套路贷", "校园贷", "裸贷", "注销校园贷", "刷单", "刷单返利", "网络刷单", "冒充客服", "冒充公检法",
    "冒充熟人", "冒充领导", "冒充电商客服", "冒充电商物流客服", "虚假投资理财", "虚假贷款", "虚假征信", "虚假购物",
    "网络贷款", "网上贷款", "校园分期", "网贷", "裸聊", "裸聊敲诈", "仙人跳", "猜猜我是谁",
    "养老诈骗", "中奖诈骗", "退税诈骗", "网络交友", "网恋", "荐股", "不合理低价游", "游戏币交易", "游戏装备交易", "代办信用卡",
    # the classic list of telephone frauds that leaflets still print ("十种常见电信诈骗")
    "电话欠费", "医保卡欠费", "破财消灾", "购车退税", "刷卡消费", "低价购物", "招聘公关", "引诱汇款", "呼通即停", "绑架", "中奖",
    # frauds named by the 2022 campaign against pension fraud (打击整治养老诈骗专项行动)
    "以房养老", "保健品",
)
SCAM_SUFFIXES = ("诈骗", "骗局", "骗术", "盘", "贷", "贷款", "分期")
# The endings that make a key a fraud by its own words (slogan_kinds.named_fraud): not 贷款 or 分期,
# which name loans ("助学贷款"; a review) unless the fraud is listed ("网络贷款", "校园分期").
FRAUD_KEY_SUFFIXES = ("诈骗", "骗局", "骗术", "盘", "贷")
SCAM_PREFIXES = ("冒充", "假冒")
# A key opening with one of these names a fake thing: "虚假网络贷款", "虚假投资理财" (by its key alone).
FAKE_PREFIXES = ("虚假", "假冒", "冒充")
# Fraud as a category, not a named fraud (SPEC: scam_type is "a named fraud"): a quoted one is a term.
GENERIC_FRAUD_WORDS = ("诈骗", "电信诈骗", "网络诈骗", "电信网络诈骗", "通讯网络诈骗", "电诈", "网诈", "新型诈骗",
                       "电信网络新型违法犯罪", "通讯网络新型违法犯罪", "新型网络犯罪")
# Words that open a name that fights fraud ("反诈", "防骗"): whatever it ends with, not a fraud.
ANTI_PREFIXES = ("反", "防", "拒", "抗")
# Words that make a name an action or activity: "“断卡”行动", "“长风会战”".
CAMPAIGN_WORDS = (
    "行动", "专项行动", "攻坚行动", "百日行动", "会战", "战役", "集群战役", "活动", "专项活动", "宣传活动", "主题活动",
    "实践活动", "创建活动", "宣传月", "宣传周", "宣传日", "宣传年", "攻坚月", "专项整治",
)
# A campaign by its key alone (slogan_kinds.py): the key ends with one of CAMPAIGN_WORDS or of these
# activity nouns ("预防电信诈骗宣传教育", "长风系列") ...
CAMPAIGN_KEY_ENDINGS = ("宣传教育", "系列", "专项", "大会战", "攻坚战役", "开放日", "主题日", "活动日", "教育日", "征集", "有奖征集",
                        "大赛", "竞赛", "知识竞赛", "评选")
# ... or is the name of a national operation against fraud, alone or with a campaign word, a
# series or a number ("断卡", "长风会战", "长风4号") ...
OPERATION_NAMES = ("断卡", "断流", "拔钉", "长风", "云剑", "净网", "猎狐", "砺剑", "昆仑", "清源", "断链")
# ... or names a visiting campaign, X进+place ("反诈进校园", "反诈宣传进万家") ...
VISIT_PLACES = ("社区", "校园", "学校", "课堂", "农村", "乡村", "村居", "村组", "企业", "单位", "机关", "家庭", "万家", "千家万户",
                "商户", "商铺", "网点", "医院", "工地", "园区", "楼宇", "市场", "军营", "景区", "车站", "厂矿", "寺庙", "小区", "家门")
# ... or a place to be made free of fraud, 无诈+place ("无诈社区", "无诈校园"): a creation campaign ...
CREATION_PREFIXES = ("无诈", "无诈骗")
# ... or the authorities' own action against crime (打击治理电信网络诈骗): not advice to the public.
AUTHORITY_ACTIONS = ("打击治理", "打击整治", "打击", "整治", "治理", "严打", "打防", "打防管控", "清理整治", "严厉打击")
CRIME_OBJECTS = ("诈骗", "犯罪", "违法犯罪", "诈骗犯罪", "诈骗活动", "骗局")
# A key whose last word is one of these, after 在 ("守护钱袋子，反诈在行动"), is a sentence, not a name.
PROGRESSIVE = "在"
# A key ending in one of these names a column, a venue or a team: a catchword however long
# ("反诈宣传在线课堂", "文旅执法周课堂").
VENUE_ENDINGS = ("课堂", "讲堂", "大讲堂", "栏目", "专栏", "专区", "驿站", "基地", "工作室", "服务站", "服务队", "志愿队", "宣传队",
                 "联盟", "小组", "专班", "展厅", "长廊", "小分队", "分队", "宣讲团", "突击队", "必修课", "公开课", "第一课",
                 # a role people are given ("反诈能手", "反诈达人"): a catchword, not a motto
                 "能手", "达人", "标兵", "先锋", "卫士", "宣传员", "明白人")
# The name of an app or an account ("国家反诈中心APP"): a catchword however long.
APP_ENDINGS = ("app", "APP", "App", "客户端", "小程序", "公众号")
# A crime by its name in the law ("帮助信息网络犯罪活动罪"): a catchword, not a motto.
CRIME_ENDING = "罪"
# Before 活动, words that make it a crime, not a campaign ("帮助信息网络犯罪活动").
CRIME_ACTIVITY = ("犯罪", "违法", "诈骗", "赌博", "洗钱")
# Modal words of a statement ("电诈可防", "违法必究"): a subject, a modal and a verb make a sentence.
MODALS = ("可", "能", "要", "必", "须", "应", "莫", "勿", "别", "不可", "不能", "不要")
# Words that end a campaign name before its campaign word (see CAMPAIGN_TAIL in slogans.py).
CAMPAIGN_TAIL_BREAKS = ("的", "为主题", "为题", "为指引", "为目标", "为宗旨", "为抓手", "为载体", "为契机", "为重点", "开展", "举办", "组织")
# After or before a quote, a word that makes it the name of an app, account or organisation.
NAME_TAILS = ("APP", "App", "app", "客户端", "小程序", "公众号", "微信公众号", "平台", "系统", "微信群", "工作群", "微信工作群", "网站", "热线", "专线")
NAME_HEADS = ("公众号", "微信号", "抖音号", "平台", "网站", "APP", "App", "app")
ORG_SUFFIXES = ("公安", "公安局", "派出所", "反诈中心", "中心", "银行", "支行", "公司", "法院", "检察院")
# Not slogans (issue 15): names that are quoted but are neither mottos nor catchwords of the campaign.
# An account or outlet: the word before or after the quote, or the name's own ending (“x发布”).
ACCOUNT_HEADS = ("公众号", "微信号", "抖音号", "视频号", "快手号", "头条号", "微博", "官微", "账号")
ACCOUNT_TAILS = ("公众号", "微信公众号", "微信号", "抖音号", "视频号", "快手号", "头条号", "官方微博", "微博", "官微", "账号",
                 "政务号", "新媒体矩阵")
ACCOUNT_ENDINGS = ("发布", "微警务", "警民通", "网警", "融媒", "公安微博", "微发布")
# A letter or notice by its title: “致##区居民的一封信”, “反诈倡议书”.
LETTER_OPENING = "致"  # with a recipient: 致全体…, 致…的一封信; not 致富, 致敬
LETTER_RECIPIENTS = ("全体", "全市", "全区", "全县", "全镇", "全校", "广大", "各位", "辖区", "家长", "居民", "市民", "村民", "师生", "老年", "青年")
LETTER_ENDINGS = ("一封信", "公开信", "倡议书", "告知书", "承诺书", "告家长书", "通知书", "提示函", "警示函", "慰问信", "感谢信")
# Institutions, offices and schemes named in quotes: neither motto nor catchword. 国家反诈中心 is
# the campaign's app and stays a term (tests/gold/README.md).
INSTITUTIONS = ("两办", "存款保险", "人民银行", "人行", "银保监会", "银保监局", "金融监管总局", "网信办", "工信部", "公安部",
                "工信局", "市场监管局", "通管局", "反诈联席办", "联席办", "综治办", "打击治理办", "打诈办", "反诈办")
INSTITUTION_SUFFIXES = ("公安局", "派出所", "分局", "支队", "大队", "中队", "银行", "支行", "分行", "公司", "法院", "检察院",
                        "办公室", "委员会", "领导小组", "联席会议", "工作专班", "管理局", "监管局")
INSTITUTION_EXCEPTIONS = ("反诈中心",)
# Words around a quote that make it a motto: a theme, a principle, a target, advice.
SLOGAN_TAILS = (
    "为主题", "主题", "的理念", "理念", "的口号", "口号", "标语", "宣传语", "为指引", "为宗旨", "为目标", "的目标", "目标",
    "的良好态势", "良好态势", "态势", "的工作原则", "工作原则", "原则", "的工作格局", "工作格局", "格局", "的方式",
    "方针", "的号召", "号召", "氛围", "浓厚氛围", "的防诈目标", "的宣传理念",
)
SLOGAN_HEADS = ("主题为", "主题是", "口号", "标语", "宣传语", "提出", "倡导", "理念", "牢记", "谨记", "记住", "切记", "做到", "警示大家", "提醒大家", "呼吁", "喊出")
# A phrase that opens with one of these is advice or a motto: "防范电信网络诈骗", "捂紧钱袋子".
ADVICE_STARTS = (
    "防范", "谨防", "预防", "严防", "提防", "警惕", "拒绝", "远离", "抵制", "反对", "打击", "守护", "守好", "捂紧", "筑牢",
    "共建", "共筑", "共创", "全民", "人人", "争做", "争当", "切勿", "不要", "请勿", "莫", "勿", "别",
)
# Heads of the items of an advice series; the negative ones make it public advice.
ADVICE_NEG_HEADS = ("切勿", "不", "勿", "莫", "别")  # 不 covers 不要; two readings of one item would backtrack
ADVICE_POS_HEADS = ("要", "多", "早", "及时", "先", "慎")
# Verbs after which even two negative items are advice: "做到不贪婪、不轻信".
ADVICE_VERBS = ("做到", "牢记", "谨记", "记住", "切记", "提醒", "叮嘱", "告诫", "警示", "倡导")
# Numerals of a formula: "三不一要", "两摸排", "双高", "1听、2挂、3查证".
FORMULA_NUMERALS = "一二两三四五六七八九十双"
# Measure words between a formula's numeral and its noun: "两张明白纸", "六大长效机制".
FORMULA_MEASURE_WORDS = "个大项条张类份种"
# Verbs that introduce an unquoted formula: "严格做到一问二看三提醒".
FORMULA_VERBS = ("做到", "牢记", "坚持", "落实", "按照", "推行", "实行", "执行", "开展", "推进", "记住", "谨记", "严格", "实施", "遵循", "强化")
# What may follow an unquoted formula: "…标准流程", "…原则", or punctuation.
FORMULA_FOLLOWERS = ("的", "标准", "原则", "要求", "工作", "制度", "机制", "活动", "宣传", "行动", "战法", "流程", "模式")
# Bodies that make "1人、2人" a count, not a formula.
COUNT_UNITS = "人名次个份件起元条家所户场期天年月日号"
# Words that open the first item of a series before a formula; not part of the item.
LEAD_WORDS = (
    "开展", "坚持", "落实", "紧盯", "实行", "推进", "做好", "加强", "按照", "围绕", "实现", "包括", "做到", "强化",
    "深入开展", "依托", "聚焦", "及", "和", "并", "以及", "以",
)
LEAD_WORDS_LONGEST_FIRST = tuple(sorted(LEAD_WORDS, key=len, reverse=True))
# Fraudster and victim: a quote in their clause is the fraudster's word, not the campaign's.
# (Not 受骗人: it is also part of 易受骗人群, the public the campaign addresses.)
FRAUD_ACTORS = ("犯罪分子", "犯罪份子", "诈骗分子", "不法分子", "不法份子", "骗子", "嫌疑人", "受害人", "被害人")
# A fraudster's payment demand in quotes: "“手续费”", "“风险抵押金”".
FEE_ENDINGS = ("费", "费用", "税", "金", "款")
# A lecture topic in quotes: "就“电信诈骗的特点”…进行宣传".
TOPIC_HEADS = ("特点", "种类", "危害", "危害性", "手段", "方法", "原因", "意义", "功能", "作用", "表现", "类型", "特征", "流程")
# Headings of slogan lists.
LIST_HEADINGS = ("宣传语", "标语", "口号", "警示语", "顺口溜", "提示语")
# Items opening with these are measures ("加强组织领导，明确责任分工"), not slogans.
MEASURE_OPENERS = ("加强", "开展", "建立", "组织", "落实", "做好", "提高", "强化", "召开", "成立", "制定", "完善", "加大", "深入", "明确", "坚持")
