"""Term tables of the measure extractor (zhtools.extract.measures): action verbs, section titles,
slogan and fraudster words, problem and remedy nouns, openers of prose and conclusions. Data only;
the rules are in measures.py.
"""

# Verbs of the organisation's own work: a list with none of them is no list of measures. 防范 and
# 预防 are left out on purpose: slogans and advice to the public are full of them.
ACTION_VERBS = (
    "开展", "组织", "张贴", "粘贴", "发放", "派发", "分发", "加强", "建立", "成立", "召开", "制定", "落实",
    "推进", "推动", "深化", "强化", "加大", "完善", "健全", "提高", "提升", "部署", "宣传", "推广", "设立",
    "设置", "悬挂", "播放", "印制", "制作", "举办", "培训", "走访", "排查", "摸排", "整治", "打击", "劝阻",
    "劝止", "劝返", "联合", "配合", "协作", "联动", "构建", "搭建", "拓宽", "拓展", "扩大", "重视", "动员",
    "发动", "督导", "督查", "检查", "考核", "严把", "实行", "实施", "做好", "抓好", "坚持", "明确", "压实",
    "发挥", "整合", "引导", "普及", "创新", "深入", "集中", "邀请", "讲解", "宣讲", "发布", "推送", "组建",
    "升格", "开设", "管控", "治理", "核查", "核实", "核验", "验证", "查询", "询问", "保持", "规范", "总结",
    "表彰", "准备", "掌控", "营造", "依托", "利用", "结合", "聚焦", "紧盯", "筹谋", "覆盖", "学习", "自查",
    "提醒", "警示", "曝光", "通报", "协调", "监管", "监测", "预警", "拦截", "止付", "冻结", "筛查", "投放",
    "签订", "牵头", "保障", "夯实", "巡查", "严格", "严厉", "安装", "注册",
)
# Nouns that contain a verb of the table: 验证码 is a code, not a check.
VERB_LOOKALIKES = ("验证码",)
# The document's own section titles: no action of their own (their children may be measures).
SECTION_TITLES = (
    "指导思想", "总体要求", "工作目标", "目标任务", "组织领导", "组织机构", "工作措施", "主要措施", "具体措施",
    "保障措施", "工作要求", "工作任务", "任务分工", "职责分工", "责任分工", "工作步骤", "实施步骤", "方法步骤",
    "时间安排", "工作安排", "活动内容", "宣传内容", "主要内容", "活动时间", "活动地点", "活动对象", "活动形式",
    "活动主题", "活动名称", "活动背景", "活动目的", "活动意义", "活动总结", "活动主讲人", "基本情况",
    "工作情况", "主要做法", "工作成效", "存在问题", "下步打算", "工作打算", "工作思路", "基本原则",
    "工作原则", "经费预算", "宣传重点", "防范重点", "工作重点",
)
# A short title without a comma that ends in one of these nouns is a section title too
# (电信诈骗的特点, 反诈工作存在的问题和短板, 下步工作打算, 保教工作).
SECTION_NOUNS = (
    "目标", "思想", "要求", "措施", "任务", "分工", "步骤", "安排", "内容", "时间", "地点", "对象", "形式",
    "主题", "名称", "背景", "目的", "意义", "总结", "情况", "做法", "成效", "问题", "短板", "不足", "打算",
    "思路", "原则", "范围", "预算", "重点", "概念", "定义", "起源", "特点", "特征", "分类", "危害", "手法",
    "手段", "花样", "种类", "类型", "工作", "方向", "领导",
)
# A heading with these words introduces slogans (预防电信诈骗宣传语).
SLOGAN_WORDS = ("宣传语", "标语", "口号", "顺口溜", "口诀", "警示语", "提示语", "警句", "三字经")
# The criminal as the subject of an item: a fraudster's steps, not the organisation's.
FRAUDSTERS = ("犯罪分子", "犯罪份子", "诈骗分子", "不法分子", "不法份子", "骗子", "嫌疑人", "诈骗团伙", "犯罪团伙", "作案人")
# Problems or causes named by a heading, and the remedies that rescue it (PROBLEM_WORDS, REMEDY_WORDS).
PROBLEM_NOUNS = ("问题", "短板", "不足", "困难", "差距", "难题", "原因", "薄弱", "弊端")
REMEDY_NOUNS = ("措施", "对策", "建议", "打算", "方向", "做法", "举措", "整改", "办法", "经验")
# Paragraphs that open so are prose, not a heading: discourse words, time, the writer as subject.
SERIES_BAD_OPENERS = (
    "同时", "此外", "另外", "其中", "据", "目前", "近年来", "近期", "今年", "去年", "当前", "活动中", "期间",
    "会议", "会上", "对此", "因此", "所以", "但", "然而", "总之", "随着", "截至", "截止", "下一步", "今后",
    "如果", "一旦", "该", "我", "他", "她", "本次", "此次", "这", "那", "为", "在", "通过", "经过", "根据",
    "按照", "如", "例如", "比如", "首先", "其次", "最后",
)
# Paragraphs that open so conclude the article: no part of the last item before them.
CLOSING_OPENERS = (
    "下一步", "下步", "今后", "总之", "总而言之", "综上", "此次活动", "本次活动", "这次活动", "通过此次", "通过本次",
    "通过这次", "通过开展", "通过活动", "接下来", "在今后", "在接下来",
)
# What a list's introduction or enclosing heading names when its items are no measures of the
# body (issue 15): a procedure applied to each case (the bank's 开户 check: 第一步…第五步), tips
# to the public, and the principles of a plan.
PROCEDURE_NOUNS = ("步骤", "流程", "程序", "手续", "操作规程", "办理环节", "核验环节")
TIP_WORDS = ("提示", "小贴士", "贴士", "小提醒", "防骗技巧", "防范技巧", "识骗技巧", "注意事项", "防骗指南", "防范指南",
             "防骗秘籍", "防范要点", "防骗要点", "提醒大家", "建议大家", "请大家", "广大群众要", "市民朋友")
# Items that open as advice to the reader (不要轻信…, 切勿…): tips, however the list is introduced.
ADVICE_OPENERS = ("不要", "不轻信", "不随意", "切勿", "千万", "谨防", "警惕", "牢记", "凡是", "务必", "一定要", "请勿",
                  "不可", "不点击", "不透露", "不转账")  # not 接到/遇到/如遇: a bank's own procedure opens with them too
# What a procedure applied to each case names ("开户前需要进行5步的确认步骤"): a unit's own 实施步骤 names none.
PER_CASE_WORDS = ("开户", "客户", "办理", "每笔", "每位", "每名", "核验", "转账前", "汇款前", "用户")
PRINCIPLE_WORDS = ("原则",)
