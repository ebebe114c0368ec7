"""The vocabularies of page anatomy: words that mark spam, site chrome and site intros.

Data only; `zhtools.clean.anatomy` turns the tables into patterns and counts hits per line.

How the tables are written, and why:

- **Script.** Page text reaches the classifier in simplified script (OpenCC `t2s`), so every
  term is written in simplified characters; `tests/test_terms.py` checks that `t2s` leaves
  each term as it is. Traditional chrome (`點閱數`, `張貼留言`) is listed as it reads after
  conversion (`点阅数`, `张贴留言`).
- **Case and width.** Latin is written in lower case; the classifier matches case-insensitively.
  Terms hold no punctuation that has a half-width and a full-width form (`:` `：`, `(` `（`,
  `,` `，` …): a label is listed without its colon (`来源`, not `来源：`), because pages write
  both forms (PHENOMENA §6.11). The few terms that need other signs keep them (`gate.io`,
  `a+a-`, `©`, the separators).
- **Matching.** A term matches as a substring (Chinese has no word boundaries): `首页` matches
  inside `网站首页`. So a term must be safe as a substring, not only as a word: `开云` is not
  listed because `拨开云雾` holds it, `亚博` is not because `东北亚博览会` holds it.
- **STRONG and WEAK.** A STRONG term never occurs in campaign prose: one hit is evidence that
  the line is spam or chrome. A WEAK term also occurs in prose (`下载`, `版权`, `赌博`, `色情`,
  `阅读量`): it is evidence only on a short line that has other chrome features (a label
  colon, a separator, a date, no function characters). A category with both kinds is split
  into `NAME_STRONG` and `NAME_WEAK`; a category of one kind keeps its bare name, and its
  comment says which kind it is. The tests check both sides: every STRONG term is absent from
  the articles of the corpus release and from a table of realistic prose sentences; every
  WEAK term occurs in that prose (which is why it is weak).
- **No needless containment.** Within one STRONG table no term contains another: the shorter
  one already matches wherever the longer one does (`无码` covers `高清无码`). A longer term is
  kept when the shorter one is WEAK (`三级` is prose, `三级片` is not) or belongs to another
  category (`app入口` as a call to action, `体育app` as gambling).

Sources: `shared/corpus/PHENOMENA.md` (what ~350 real pages of the genre carry; § numbers
below refer to it), the chrome removed from the corpus release (`corpus/processed/edits.jsonl`),
and the well-known furniture of Chinese CMS, 范文, document-aggregator, WeChat-mirror and
gambling/porn SEO pages.
"""

from __future__ import annotations

# --- spam: porn -------------------------------------------------------------------------------
# The porn SEO vocabulary injected into 范文 pages as a keyword header line (§1.1:
# `精品欧洲AV无码一区二区_人妻精品久久久久中文字幕一冢本_…`) and the wider genre: its title
# formulas (一区二区, 国产精品, 久久精品), site and studio brands, actress names, explicit words.
# STRONG: none of these occurs in anti-fraud prose, as a word or inside one. Left out because
# prose holds them as substrings: bare `av` (have, travel, java), `麻豆` (a district of Tainan,
# §6.11), `群交` (微信群交流), `足交` (满足交通), `无套` (无套路), `色播` (特色播报), `色综合` (特色综
# 合体), `亚洲色` (亚洲色彩), `三级黄` (三级黄色预警), `色片` (红色片区), `禁片` (严禁片面), `去码`
# (去码头).
SPAM_PORN_STRONG = (
    # title formulas of the §1.1 header lines
    "无码", "有码", "人妻精品", "人妻系列", "人妻av", "字幕在线", "一区二区", "二区三区", "三区四区", "国产精品", "精品国产", "久久精品",
    "精品久久", "久久久久", "久久综合", "久久热", "久久爱", "伊人久久", "伊人网", "欧美日韩", "日韩欧美", "亚洲欧美", "欧美亚洲",
    "欧美精品", "日韩精品", "亚洲精品", "亚洲av", "日韩av", "欧美av", "国产av", "欧洲av", "av在线", "av电影", "av视频", "av网站", "av天堂",
    "啊v", "日韩三级", "欧美三级", "香港三级", "三级片", "成人片", "毛片", "情色", "18禁", "十八禁", "限制级", "无遮挡", "无删减",
    "未删减", "不打码", "午夜福利", "深夜福利", "宅男福利", "福利姬", "自拍偷拍", "偷拍自拍", "国产自拍", "色欲",
    "色婷婷", "婷婷五月", "五月婷婷", "激情五月", "色中色", "色妹妹", "撸撸", "啪啪", "嘿咻", "狠狠干", "狠狠撸", "狠狠射", "狠狠爱",
    "狠狠操", "天天操", "天天射", "天天爽", "天天啪", "夜夜爽", "夜夜操", "日日操", "好爽",
    # body and act words of the genre
    "又大又粗", "又粗又硬", "又硬又粗", "又粗又大", "又黄又爽", "又爽又黄", "做受", "做爰", "做爱", "口交", "肛交", "颜射", "内射", "潮吹",
    "高潮喷水", "自慰", "手淫", "乱伦", "换妻", "车震", "娇喘", "巨乳", "爆乳", "美乳", "翘臀", "肥臀", "美穴", "嫩穴", "小穴", "骚货",
    "骚妇", "淫妇", "淫荡", "淫乱", "淫水", "淫妻", "淫娃", "娇妻", "熟女", "熟妇", "少妇高潮", "萝莉", "御姐", "女优", "丝袜", "美腿",
    "黑丝", "制服诱惑", "肉棒", "巨根", "大屌", "鸡巴", "操逼", "黄色小说", "成人小说", "成人影院", "成人影视", "成人抖音", "bt种子",
    "磁力链接",
    # dev20: private screenings, adults-only gates and same-city dating ("成年人的私密放映厅", "内含成人影像，未满十八岁请立即离开")
    "私密放映", "成人影像", "成人专区", "未满十八岁请", "同城真人", "同城美眉", "深夜同城",
    "福利房", "午夜专区",  # dev35: "夜蝶直播·午夜福利房免费看", "蜜桃影院高清午夜专区"
    # studios, apps and sites
    "一本道", "东京热", "麻豆传媒", "麻豆视频", "麻豆映画", "天美传媒", "蜜桃传媒", "果冻传媒", "精东影业", "皇家华人", "91制片厂", "杏吧",
    "草榴", "色花堂", "海角社区", "抖阴", "快猫视频", "草莓视频", "香蕉视频", "丝瓜视频", "榴莲视频", "芭乐视频", "向日葵视频", "小猪视频",
    "黄瓜视频", "porn", "hentai", "xvideos", "xnxx", "xhamster", "onlyfans", "brazzers", "chaturbate", "stripchat", "bongacams", "javhd",
    "javbus", "javlibrary", "missav", "jable", "nsfw", "milf",
    # actress names that the genre's titles carry
    "波多野", "苍井空", "天海翼", "三上悠亚", "桥本有菜", "深田咏美", "吉泽明步", "小泽玛利亚", "泷泽萝拉", "明日花绮罗", "大桥未久",
    "松岛枫", "河北彩花",
)
# WEAK: the header lines are built from words that anti-fraud prose uses too. 色情, 淫秽, 裸聊,
# 裸照, 黄片, 性爱 describe sextortion scams, 援交 and 楼凤 are scam types; 人妻 is inside 他人妻
# 子; 中文字幕 is "配有中文字幕的宣传片"; 高潮 is "掀起宣传高潮"; 久久 is "久久不能平静"; 三级 is
# "县乡村三级"; 欧美/日韩/亚洲 name regions; `a片` is inside `A片区`; `sex` is inside "sextortion".
# Not `xxx`: a template's placeholder (`XXX同志`, §6.7, "联系电话：xxxx-xxxxxxx") counted three times on one line.
SPAM_PORN_WEAK = (
    "色情", "淫秽", "黄色", "人妻", "少妇", "中文字幕", "性爱", "援交", "楼凤", "成人电影", "裸聊", "裸照", "裸体", "艳照", "黄片",
    "色情片", "色情视频", "色情直播", "成人视频", "激情视频", "约炮", "一夜情", "偷拍", "自拍", "美女", "女主播", "诱惑", "性感", "激情",
    "成人", "高潮", "久久", "三级", "精品", "国产", "欧美", "日韩", "亚洲", "高清", "在线观看", "免费观看", "在线视频", "在线播放",
    "免费看", "午夜", "福利", "福利视频", "上门服务", "a片", "sex",
    # dev30: "▶深夜寂寞？点这里找附近的她◀", "【私密直播】深夜档不收费…"
    "寂寞", "私密直播", "深夜档", "附近的她",
)

# --- spam: gambling ---------------------------------------------------------------------------
# Gambling brands and their calls to action, spliced into sentences (§1.2: `天博体育全站app入口`,
# `M6体育正规平台入口`), substituted for an institution's name (§1.3: `乐鱼官网`, `威尼斯官网`,
# `bwin必赢`), or carried by gambling-named hosts (§1.4: `开云体育`, `ag真人`, `澳门新葡萄`), plus
# the brands and game words the genre is known for. STRONG. A brand that is unsafe as a substring
# is listed with its suffixes only: `开云` (拨开云雾), `亚博` (东北亚博览会), `爱体育` (热爱体育),
# `申博` (申博 = applying for a doctorate), `立博` (建立博物馆), `金沙` (金沙江), `半岛` (半岛都市报),
# `亚游` (东南亚游), `必赢` (投资必赢, a lure that warnings quote); `南宫体育` is left out (南宫市).
SPAM_GAMBLING_STRONG = (
    # brands named in PHENOMENA and their usual suffixes
    "开云体育", "开云官网", "开云app", "开云平台", "开云登录", "开云入口", "开云电竞", "开云中国", "kaiyun", "乐鱼体育", "乐鱼官网",
    "乐鱼app", "乐鱼平台", "乐鱼登录", "乐鱼电竞", "leyu", "天博体育", "天博官网", "天博app", "天博平台", "天博登录", "天博电竞", "m6体育",
    "m6米乐", "m6官网", "米乐体育", "米乐官网", "米乐app", "ag真人", "ag亚游", "ag平台", "ag娱乐", "ag视讯", "ag旗舰厅", "ag国际", "ag凯时",
    "意昂体育", "yiangtiyu", "新葡萄京", "澳门新葡萄", "葡京", "威尼斯人", "澳门威尼斯", "威尼斯官网", "威尼斯娱乐", "威尼斯平台", "bwin",
    "必赢亚洲", "必赢国际", "必赢官网", "必赢娱乐", "未满18周岁网址",
    # other brands of the genre
    "亚博体育", "亚博官网", "亚博app", "亚博平台", "yabo", "半岛体育", "半岛电竞", "星空体育", "华体会", "九游会", "爱游戏体育",
    "爱游戏官网", "爱游戏app", "雷火电竞", "雷竞技", "raybet", "宝博体育", "bob体育", "沙巴体育", "金宝博", "188bet", "bet365", "365bet",
    "12bet", "1xbet", "betway", "sbobet", "betfair", "威廉希尔", "williamhill", "ladbrokes", "伟德国际", "伟德体育", "betvictor", "博天堂",
    "明升体育", "m88", "乐天堂", "fun88", "凯发娱乐", "k8凯发", "凯发k8", "凯发官网", "尊龙凯时", "凯时娱乐", "博亚体育", "亿博体育",
    "万博体育", "万博官网", "万博app", "manbetx", "金年会", "九州体育", "九州酷游", "酷游体育", "ku游", "亿万先生", "澳门金沙", "金沙娱乐",
    "金沙官网", "金沙国际", "澳门银河", "银河娱乐", "澳门永利", "永利皇宫", "永利娱乐", "太阳城集团", "太阳城娱乐", "申博太阳城",
    "皇冠体育", "皇冠足球", "皇冠娱乐", "皇冠新2", "新2网址", "新二网址", "hg0088", "大发快三", "大发彩票",
    # calls to action of gambling pages
    "全站app", "体育平台入口", "正规平台入口", "体育官方", "体育官网", "体育app", "体育登录", "体育入口", "体育下载", "体育网址",
    "体育注册", "娱乐官网", "娱乐城", "信誉平台", "备用网址", "最新网址", "永久网址", "网址导航", "线路检测", "立即投注",
    # games and betting words that prose does not use
    "真人视讯", "真人娱乐", "荷官", "电子游艺", "骰宝", "龙虎斗", "六开彩", "六合宝典", "新澳门", "澳门资料", "澳门精准", "天天彩",
    "一肖一码", "一码一肖", "精准资料", "开奖直播", "开奖记录", "滚球", "串关", "洗码", "首存", "casino", "baccarat", "jackpot",
)
# WEAK: anti-fraud prose warns against gambling by name: 网络赌博, 境外赌场, 博彩网站; police
# reports of 开设赌场 cases list the games (百家乐, 六合彩, 时时彩, PK10, 幸运飞艇, 老虎机, 抢庄牛牛)
# and the lures (彩金, 返水, 体验金); 正规平台 is in every investment warning.
SPAM_GAMBLING_WEAK = (
    "赌博", "网络赌博", "赌场", "赌球", "赌资", "博彩", "澳门赌场", "必赢", "百家乐", "六合彩", "时时彩", "分分彩", "pk10", "幸运飞艇",
    "极速赛车", "极速快三", "老虎机", "抢庄牛牛", "炸金花", "德州扑克", "棋牌", "捕鱼", "下注", "投注", "体育投注", "彩金", "返水",
    "体验金", "赔率", "盘口", "开奖结果", "正规平台", "平台入口", "娱乐平台", "北京赛车", "幸运28", "加拿大28", "计划群", "稳赚不赔",
    "娱乐厅",  # dev30: "赤兔娱乐厅　开户就返288"
    "国际体育",  # dev35: "银鲛国际体育" ("银鲛国际app下载": app下载 is a call to action)
)

# --- spam: crypto -----------------------------------------------------------------------------
# Exchange brands and exchange-promo vocabulary of the crypto-themed hosts that carry anti-fraud
# text (§1.4: Bitget support pages, `/Btc/` and `/bitcoin/` paths, exchange "安全评测" pages).
# STRONG: exchange names and trading jargon that warnings do not use. `抹茶` alone is matcha tea
# and `币安` is inside `货币安全`, so those exchanges are listed with suffixes; `派网` is inside
# `分派网格员` and is left out.
SPAM_CRYPTO_STRONG = (
    "bitget", "币安交易所", "币安app", "币安官网", "binance", "欧易", "okx", "okex", "火币", "huobi", "gate.io", "gateio", "抹茶交易所",
    "mexc", "bybit", "kucoin", "库币", "bitmart", "bingx", "coinbase", "kraken", "bitfinex", "bitmex", "lbank", "coinw", "phemex",
    "poloniex", "bitstamp", "deribit", "pionex", "币赢", "weex", "toobit", "bitunix", "十大交易所", "交易所排名", "交易所排行",
    "比特币行情", "以太坊行情", "永续合约", "交割合约", "u本位", "币本位",
)
# WEAK: fraud warnings name the coins and the lures of fake investment platforms: 虚拟货币,
# 比特币, USDT (跑分 and laundering reports), 合约交易, 注册送, 带单 and 跟单 "老师".
SPAM_CRYPTO_WEAK = (
    "虚拟货币", "虚拟币", "加密货币", "数字货币", "比特币", "以太坊", "狗狗币", "泰达币", "稳定币", "usdt", "trc20", "btc", "bitcoin",
    "区块链", "交易所", "币圈", "币价", "合约交易", "杠杆", "跟单", "带单", "量化交易", "空投", "挖矿", "矿机", "充币", "提币", "出金",
    "入金", "注册送", "邀请码", "返佣", "钱包地址", "助记词", "nft", "web3", "元宇宙", "高价回收", "秒结", "不问来源", "承兑",
    # dev35: "质押USDT 日收益1.2%", "币汇达OTC：U商秒收秒付", "链信宝USDT秒兑"
    "质押", "链上理财", "日收益", "otc", "u商", "秒兑", "秒收秒付",
)

# --- spam: loans ------------------------------------------------------------------------------
# Adverts for fast loans injected into hacked pages and footers (dev22: "急用钱找“速借宝”：凭身份证借
# 1～5 万，不看征信，30 分钟放款 → …"). WEAK only: loan-fraud warnings quote every lure by name
# ("所谓‘不看征信、当天放款’的网贷都是骗局"), so three of them on a short line that warns of nothing
# make the advert.
SPAM_LOAN = (
    "不看征信", "无视征信", "黑户可贷", "黑户贷款", "秒下款", "秒放款", "当天放款", "分钟放款", "分钟下款", "无抵押", "免抵押",
    "低息贷款", "快速放款", "凭身份证", "急用钱", "额度高", "随借随还",
    "下款", "刷脸即审",  # dev31: "易借花：刷脸即审2万额度，征信花了也能下款，当天到账"
    # dev35: "💸 手头周转不开？闪借通·身份证即可申请，不查负债，最快十分钟到账 ▶ 点此测额度", "…免审核秒到账…"
    "不查负债", "测额度", "免审核", "秒到账", "身份证即可", "周转不开", "黑白户",
)

# --- spam: forged papers ----------------------------------------------------------------------
# Adverts for forged certificates and records (dev35: "（各类证书代办 学信网可查 包过不收定金 加V：…）",
# "【速办】学位证、职称证、健康证，档案可查，三天出件，咨询微信：…"), which annotators file as `spam:seo`. WEAK only:
# warnings about fake papers name the same words ("花钱“办证”“包过”的都是骗局"), so three on a short line make the advert.
SPAM_FORGERY = (
    "证书代办", "代办证书", "学信网可查", "档案可查", "包过", "出件", "办证", "学位证", "毕业证", "职称证", "不收定金", "可查",
)

# --- calls to action --------------------------------------------------------------------------
# Buttons and links that ask the reader to enter, download or register: gambling and crypto
# pages (§1.2 `全站app入口`), document aggregators (§2.4 `立即下载`), app banners. STRONG:
# button words. `立即下载` and `立即注册` are button labels that a warning could in principle
# quote from a scam message; `安卓版`/`苹果版` are left out (inside `安卓版本`).
CALLS_TO_ACTION_STRONG = (
    "点击进入", "立即进入", "进入官网", "官网入口", "官方入口", "官方网站入口", "app入口", "下载入口", "网页版入口", "立即下载", "立即注册",
    "立即体验", "一键下载", "极速下载", "高速下载", "本地下载", "点此下载", "点我下载", "点此进入", "安卓下载", "苹果下载", "ios下载",
    "立即开户",
)
# WEAK: anti-fraud prose says `不要下载来历不明的APP`, `诱导受害人扫码下载`, `通过官方APP办理`,
# and quotes the lures it warns about (`扫码免费领取`, `注册即送`, `点击链接领取`).
CALLS_TO_ACTION_WEAK = (
    "下载", "下载app", "app下载", "下载安装", "扫码下载", "免费下载", "下载地址", "官方下载", "官方app", "官网", "官方网站", "入口",
    "登录入口", "注册即送", "免费领取", "立即领取", "点击领取", "扫码领取", "领取福利", "点击链接", "点击", "点击这里", "进入游戏",
    "在线咨询",
)

# --- chrome: navigation -----------------------------------------------------------------------
# Site navigation, account and page furniture at the top and bottom of pages (§2.1 breadcrumb
# labels, §2.5 account/order/nav lines, welcome lines, accessibility links, §7.11 the ad-break
# marker `我是廣告 請繼續往下閱讀`). STRONG: furniture words prose does not use. The breadcrumb
# labels `当前位置` and `您现在的位置` are strong; `您的位置` and `你的位置` are not (below).
CHROME_NAV_STRONG = (
    "当前位置", "您现在的位置", "你现在的位置", "网站导航", "设为首页", "加入收藏", "收藏本站", "收藏本页", "网站地图", "站点地图",
    "回顶部", "回到顶部", "跳到主要内容", "跳转到主要内容", "无障碍浏览", "无障碍阅读", "长者模式", "关怀版", "繁体版", "简体版",
    "繁体中文", "手机版", "电脑版", "订单查询", "我的订单", "会员中心", "用户中心", "会员登录", "用户登录", "我要投稿", "在线投稿",
    "关于我们", "帮助中心", "站内搜索", "热门搜索", "本站首页", "返回首页", "上一页", "下一页", "尾页", "末页", "打印本页", "关闭窗口",
    "关闭本页", "本站消息", "欢迎访问", "欢迎光临", "即时新闻", "专题库", "我是广告", "往下阅读", "site logo", "back to home",
    "skip to content",
)
# WEAK: the same words in prose: `登录网上银行`, `注册账号`, `冒充人工客服`, `在门户网站首页开设
# 专栏`, `APP获取您的位置`, `不要透露你的位置`, `如遇可疑情况请联系我们`, `畅通投诉建议渠道`,
# `投稿邮箱` (in the body of a 征文 notice), `阅读APP的隐私政策`, `通过手机阅读电子版手册`.
CHROME_NAV_WEAK = (
    "首页", "网站首页", "登录", "登陆", "注册", "搜索", "客服", "人工客服", "在线客服", "联系客服", "客服热线", "投诉建议", "意见反馈",
    "所在位置", "您的位置", "你的位置", "联系我们", "投稿邮箱", "个人中心", "购物车", "找回密码", "欢迎来到", "导航", "通知公告",
    "新闻中心", "新闻动态", "热点", "打印", "收藏", "返回", "网页版", "手机阅读", "隐私政策", "用户协议", "常见问题", "广告", "订阅",
)

# --- chrome: byline labels --------------------------------------------------------------------
# Labels of the date/source/author/editor lines, the commonest chrome (§2.2, ≈60 sites), and of
# the editor and review chains of footers (§4: `责任编辑`, `初审/复审/终审`, `一审/二审/三审`,
# `供稿/编辑/校对/审核`). STRONG: compound labels that only bylines use.
CHROME_BYLINE_LABELS_STRONG = (
    "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "更新日期", "发稿时间", "录入时间", "责任编辑", "责编", "流程编辑",
    "值班编辑", "实习编辑", "美编", "文章来源", "稿件来源", "资料来源", "图片来源", "本文转自", "原标题", "编者按", "作者简介", "所属栏目",
    "所属分类", "小字号", "文/图", "图/文", "a+a-", "a+ a-",
)
# WEAK: the bare labels are prose words: `资金来源`, `核实新闻来源`, `来自境外`, `编辑短信`,
# `记者了解到`, `一审判决`, `统筹指导`, `加强审核`, `老字号`, `大字号印刷` and `调大字体大小` (for
# the elderly), and `date` is inside `update`.
CHROME_BYLINE_LABELS_WEAK = (
    "时间", "日期", "来源", "新闻来源", "来自", "作者", "编辑", "主编", "记者", "通讯员", "摄影", "供稿", "撰稿", "审核", "初审", "复审",
    "终审", "一审", "二审", "三审", "校对", "统筹", "策划", "签发", "字号", "大字号", "字体", "字体大小", "栏目", "发布者", "发布人",
    "发布单位", "发布于", "推荐人", "访客", "date",
)

# --- chrome: counter labels -------------------------------------------------------------------
# Labels of view, click and comment counters (§2.3, ≈28 sites: `浏览次数:59`, `被阅读:719`,
# `人气:1.75W`, `0 人阅读  0 条评论`, `點閱數: 162`, `火326人看过`, `• 回答数`), and reading-time
# notes (`预计阅读时长7分钟`, `[Estimated Reading Time: 3 minutes]`). STRONG.
CHROME_COUNTER_LABELS_STRONG = (
    "浏览次数", "浏览数", "被阅读", "累计次数", "点阅数", "人看过", "回答数", "预计阅读", "reading time",
)
# WEAK: campaign reports count their reach in the same words: `点击量、阅读量达14620人次`,
# `吸引2万余人阅读`, `收到200多条评论`, `浏览量突破10万`, `累计点击次数`, `阅读次数`.
CHROME_COUNTER_LABELS_WEAK = (
    "浏览", "浏览量", "浏览人次", "次浏览", "阅读", "阅读量", "阅读数", "人阅读", "点击量", "点击数", "点击次数", "阅读次数", "点击率",
    "人气", "条评论", "访问量", "播放量", "点赞数", "评论数", "转发量", "下载量", "热度", "在看",
)

# --- chrome: download notices -----------------------------------------------------------------
# Upload, download, format and page-count furniture of document aggregators and their clones
# (§2.4, 14 sites: `下载本文档`, `还剩N页未读, 继续免费阅读`, `文档简介`, `版权说明`, `文本预览下载
# 声明`, `上传人`, `文件大小`, `加入资料篮`, `下载券`, `学贝`, `二次下载`; §3.3 `由会员分享, 可在线
# 阅读`, `(N页珍藏版)`; the corpus release's `文档之家`; 范文 sites' `复制全文 下载本文（Word版）`). STRONG.
CHROME_DOWNLOAD_STRONG = (
    "下载本文档", "下载此文档", "下载文档", "页未读", "篇未显示", "下载完整文档", "查看全部内容", "免费预览", "所需积分", "下载须知",
    "试读已结束", "开通vip", "下载后可直接编辑", "展开剩余", "会员投稿", "一键复制", "继续阅读", "继续免费阅读", "查看全文", "展开全文", "阅读全文", "文档简介",
    "文档介绍", "文档详情", "文档名称", "文档序号", "版权说明", "文本预览", "下载声明", "上传日期", "上传时间", "上传人", "文件大小",
    "资料篮", "下载券", "学贝", "下载后只包含", "二次下载", "合集下载", "页珍藏版", "由会员分享", "内容提供方", "收益归属", "docx",
    "文档之家", "第一文秘", "原创力文档", "道客巴巴", "豆丁网", "百度文库", "人人文库", "冰点文库", "淘豆网",
    "复制全文", "复制本文", "下载全文", "打印本文", "全文下载",
    # dev18: a library's bundle taken whole ("整包带走：9.9元／会员免费　［一键获取资料包］")
    "整包带走", "整包下载", "打包下载", "获取资料包", "下载资料包", "资料包下载",
    # dev17: a paywall half-way ("已看完一半，登录后接着看剩余内容")
    "登录后接着看", "登录后继续看",
    # dev19: what the full file costs ("完整版共9页，此处只放出了前面几页…", "…｜ 0.5元/篇", "开通…季卡…打包带走")
    "完整版共", "只放出了", "元/篇", "元／篇", "打包带走", "季卡福利", "月卡福利", "年卡福利",
    # dev15: copying limits, upgrades and getting the file ("普通用户每篇限复制200字　〔升级VIP〕", "…5课件豆　〔立即获取〕")
    "限复制", "升级vip", "网页预览模式",
    # dev25: what a guest may read, what logging in unlocks, a coupon spent ("游客仅可阅读前两部分，登了录才显示余下部分",
    # "🔐 登录芋禾号录，免费看完整篇", "🎫 本次已用新人券为你解锁 1 篇", "☆ 登录以后能把本篇放进书签")
    "游客仅可", "登了录才", "免费看完整篇", "新人券", "为你解锁", "放进书签",
    # dev33: the label over a library's summary of the file ("文档概述")
    "文档概述", "文档概要", "文档摘要", "资料简介", "资料概述",
)
# WEAK: `还剩三天`, `宣传材料统一格式`, `PDF版手册`, `Word版`, `PPT演示`, `手册可免费在线阅读`,
# `视频上传者`, `动动手指赚现金` (a 刷单 lure), `预览`.
CHROME_DOWNLOAD_WEAK = (
    "还剩", "格式", "页码", "页数", "预览", "在线阅读", "可在线阅读", "免费在线阅读", "上传者", "赚现金", "word版", "文档", "文库",
    "word文档", "pdf", "ppt", "上传资料", "展开", "收起", "下载次数",
)

# --- chrome: share / follow / QR --------------------------------------------------------------
# Share, QR and follow furniture (§2.5 app/social lines, §4 share lines: `扫一扫在手机打开当前
# 页`, `分享让更多人看到`, `点击上方蓝字关注…设置星标`, `打开网易新闻 查看精彩图片`, `加入Line好
# 友`, `使用“扫一扫”即可将网页分享至朋友圈`). STRONG.
CHROME_SHARE_STRONG = (
    "打开当前页", "分享让更多人看到", "上方蓝字", "蓝字关注", "星标", "打开网易新闻", "查看精彩图片", "阅读原文",
    "关注我们", "一键分享", "line好友", "将网页分享", "分享本页", "加颗星", "加个星", "标签不可点",
    # dev25: a share row's own words ("分享本条：发给好友 ∣ 转发群聊 ∣ 生成短链")
    "分享本条", "转发群聊", "生成短链",
)
# WEAK: campaign prose urges the same acts: `分享到朋友圈`, `扫码关注“xx反诈”公众号`, `不要随意
# 扫一扫陌生二维码`, `通过政务微博发布预警`, `骗子通过WhatsApp联系`.
CHROME_SHARE_WEAK = (
    "分享", "分享到", "分享至", "扫一扫", "微信扫一扫", "政务微信", "政务微博", "长按识别", "识别二维码", "二维码", "扫码关注",
    "关注公众号", "公众号", "微信公众号", "朋友圈", "微博", "qq空间", "复制链接", "转发", "点赞", "打开微信", "视频号", "抖音", "小红书",
    "facebook", "twitter", "whatsapp", "telegram",
)

# --- chrome: copyright and licences -----------------------------------------------------------
# The one-character abbreviations of the 31 provinces that open every ICP number
# (`京ICP备08103425号`, `皖ICP备07008681号-1`, `京ICP证030173号`).
PROVINCE_ABBREVIATIONS = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕吉闽贵黔粤青藏川蜀宁琼"  # both names where a province has two (贵/黔, 云/滇, 甘/陇, 川/蜀)

# Copyright, ICP and licence blocks of footers (§4: `版权所有`, `Copyright ©`, `All Rights
# Reserved`, `皖ICP备…`, `皖公网安备…`, `皖网宣备…`, `互联网出版许可证`, `广播电视节目制作经营许可
# 证`, `Power by`). STRONG: these decide even inside a sentence, so they must never be prose.
# ICP numbers are listed with the province that opens them (`京icp备`), because warnings tell
# readers to check a site's `ICP备案号`; `icp` alone is also inside `municipal`.
CHROME_COPYRIGHT_STRONG = (
    *(f"{p}icp备" for p in PROVINCE_ABBREVIATIONS),
    *(f"{p}icp证" for p in PROVINCE_ABBREVIATIONS),
    "版权所有", "all rights reserved", "copyright", "©", "公网安备", "网宣备", "网站标识码", "支持ipv6", "互联网出版许可证",
    "互联网新闻信息服务许可证", "广播电视节目制作经营许可证", "信息网络传播视听节目许可证", "网络文化经营许可证", "新出网证", "powered by",
    "power by", "请勿复制", "建立镜像", "全部内容著作权", "享有本数字报", "引用请联系本",
    # dev19: a bureau's footer in its own words ("站点代码：4311xx0031")
    "站点代码",
)
# WEAK: warnings give the reporting channels in full (`拨打12377违法和不良信息举报电话`), prose
# names organisers (`主办单位`, `技术支持`) and the licences illegal platforms lack
# (`未取得增值电信业务经营许可证`).
CHROME_COPYRIGHT_WEAK = (
    "版权", "违法和不良信息举报", "举报电话", "举报邮箱", "举报中心", "主办单位", "承办单位", "协办单位", "技术支持", "未经允许", "备案",
    "备案号", "许可证", "增值电信业务经营许可证", "联系电话", "电子邮件", "法律顾问", "邮编", "传真",
)

# --- chrome: disclaimers and take-down notices ------------------------------------------------
# Disclaimers and take-down notices (§4, 9 sites: `本站部分信息由…自行提供`, `版权归原作者所有,
# 如有侵权,请联系删除`, `本站部分转载文章…仅供参考`, `免责声明`, `本平臺僅提供信息存儲服務`,
# `(本条新闻版权归…所有,转载请注明出处。)`, `未经授权不得转载`, `广告合作`). STRONG: these
# decide even inside a sentence, so they must never be prose.
CHROME_DISCLAIMER_STRONG = (
    "免责声明", "版权声明", "本站部分", "本网部分", "转载文章", "如有侵权", "侵权请联系", "联系删除", "侵删", "不代表本站", "不代表本网",
    "代表本站观点", "版权归原作者", "禁止转载", "不得转载", "严禁转载", "转载请注明", "注明出处", "图片来源于网络", "文章来源于网络",
    "信息存储服务", "网易号", "本站不承担", "不承担任何保证责任", "索取稿酬", "不构成投资建议", "不构成任何投资建议",
    "仅代表该作者", "仅代表作者", "观点或立场", "联系客服删除", "请联系我们删除", "使用cookie", "隐私权政策", "本文转载自", "著作权归原作者", "本站仅作",
    # dev11: a site disclaiming what it carries in its own words
    "不构成对任何", "观点属于原作者", "版权方如有异议", "本站转来的", "存档副本", "以原公众号发布为准", "删稿请", "本栏目内容由",
    # dev18: a library on what its uploaders send ("文件内容由上传用户提供，…只做存储和展示")
    "上传用户提供", "上传者提供", "只做存储", "仅做存储", "只提供存储", "仅提供存储", "存储空间服务",
    # dev68: a reading voice's and a mirror's own words ("语音播报由系统自动合成，可能存在读音偏差…", "文章权利属于原账号"; not
    # "收益归原账号所有", a scam's rental terms, nor "以页面文字为准", a notice's own)
    "读音偏差", "权利属于原账号", "权利归原账号", "依旧归原账号", "文字归原账号", "内容归原账号", "著作权归原账号", "版权归原账号",
    "权益归原账号", "权益属于原账号", "权益属发布账号", "权益归发布账号",
    # dev71: a mirror's and a news site's ("以“平安橙岭”原推送为据，作者要撤下请留言", "转来的外稿文责由原作者自负"; not "文责自负",
    # a contest's own rule)
    "原推送为", "以原推送", "作者要撤下", "文责由原作者", "本网原创", "与本网签约",
)
# WEAK: `以上数据仅供参考`, `未经授权使用他人身份信息`, `收到诈骗短信第一时间删除`,
# `友情提示：…`, `银行特别声明…`, `内部消息大多来源于网络谣言`, `以“广告合作”为名` (a scam on shop
# owners), `投资有风险`, `广泛转载反诈知识`, `将典型案例摘编成册`.
CHROME_DISCLAIMER_WEAK = (
    "仅供参考", "未经授权", "侵权", "删除", "及时删除", "第一时间删除", "友情提示", "温馨提示", "声明", "特别声明", "来源于网络",
    "广告合作", "商务合作", "如有异议", "原创", "投资有风险", "转载", "摘编", "自媒体", "商业用途", "稿酬",
    # weak, not strong: fraud prose says them ("骗子通过虚假信息发布平台…", "视频由AI生成")
    "信息发布平台", "由ai生成",
)

# --- chrome: related lists --------------------------------------------------------------------
# Related-article and prev/next lists (§2.5 `• 相關推薦`, §4: `相关新闻`, `相關文章:`, `深度
# 阅读`, `上一篇:… 下一篇:没有了`, `新聞關鍵字`, `标签:`; the corpus release's `相关主题 / 文本预览
# / 相关文档 最新文档`). STRONG.
CHROME_RELATED_STRONG = (
    "相关文章", "相关阅读", "相关推荐", "相关文档", "相关主题", "相关范文", "相关论文", "相关搜索", "更多相关", "最新文档", "最新文章",
    "热门文章", "热门推荐", "热门阅读", "热门标签", "热门排行", "热点推荐", "精彩推荐", "编辑推荐", "上一篇", "下一篇", "延伸阅读",
    "深度阅读", "猜你喜欢", "可能感兴趣", "大家都在看", "新闻关键字", "往期回顾", "往期精彩", "阅读排行", "点击排行", "返回列表", "tags",
    "上一条", "下一条", "本文标签", "文章标签", "前一篇", "后一篇", "前一条", "后一条", "友情链接",
)
# WEAK: `相关新闻发布会`, `点击相关链接`, `贴上“标签”`, `输入关键词搜索`, `精彩回顾`,
# `向学生推荐阅读反诈书籍`.
CHROME_RELATED_WEAK = (
    "相关新闻", "相关链接", "标签", "关键词", "关键字", "更多", "没有了", "专题", "精彩回顾", "最新发布", "最新资讯", "排行榜", "推荐",
    "推荐阅读", "详细",
)

# --- chrome: comments and forum furniture -----------------------------------------------------
# Comment boxes and forum furniture (§4: `留言` / `張貼留言` / `留言勿涉及人身攻擊`, `評論`,
# `点赞 (1)` / `回复`, `Please enable JavaScript to view the` (Disqus), the Discuz profile
# sidebar `积分 / 威望 / 在线时间 / 注册时间`, `已采纳`). STRONG.
CHROME_COMMENT_STRONG = (
    "我要评论", "暂无评论", "全部评论", "热门评论", "最新评论", "张贴留言", "发表留言", "留言勿", "发表回复", "快速回复", "楼主",
    "只看该作者", "电梯直达", "倒序浏览", "阅读权限", "已采纳", "enable javascript", "disqus", "文档评论", "登录后发表评论", "登录后评论",
)
# WEAK: reports say `网友纷纷发表评论`, `在评论区留言`, `收到200多条评论`; 刷单 scams pay for
# `点赞`, `跟帖` and `写评论`; `威望`, `在线时间`, `注册时间` are prose words too.
CHROME_COMMENT_WEAK = (
    "评论", "发表评论", "写评论", "查看评论", "网友评论", "评论区", "条评论", "留言", "点赞", "回复", "跟帖", "积分", "金币", "威望",
    "在线时间", "注册时间", "精华", "举报", "人身攻击", "匿名", "游客", "验证码", "提交",
)

# --- intro: the site talking about itself -----------------------------------------------------
# Who speaks in a 范文 site's intro (§3.1: `以下是小编为大家收集的X`, `下面是本站小編為您分享的`,
# `<站名>小编今天就为您带来了`, `范文社小編`, `出國留學網的編輯`, `我的公文网网`, `工作總結之家
# 小編`, `以下是网友为您整理分享的`, the corpus release's `520作文网今天为大家…`). STRONG: the
# site's own names for itself.
INTRO_AGENTS_STRONG = (
    "小编", "范文网", "作文网", "汇报网", "公文网", "文秘网", "范文社", "总结之家", "出国留学网", "简历站",
)
# WEAK: `本站`, `本网` open credits too (`本网讯`, `本站讯`, §6.10) and `网友`, `编辑`, `笔者`,
# `站长` are prose words; `文书网` is inside `中国裁判文书网`. (`留学网` is listed as `出国留学网`:
# it is inside `留学网站`.)
INTRO_AGENTS_WEAK = (
    "本站", "本网", "网友", "编辑", "笔者", "站长", "文书网", "范文",
)
# What the intro says the site did for the reader (§3.1: `收集整理的`, `精心整理了`, `供大家参考
# 借鉴`, `希望对大家有所帮助`, `欢迎阅读`, `仅供参考`, `如果合你所需,不妨马上收藏本页`, `感谢您的
# 參閱`). STRONG: formulas that only intros use.
INTRO_VERBS_STRONG = (
    "欢迎阅读", "希望大家喜欢", "欢迎借鉴", "借鉴与参考", "您的参阅", "不妨收藏", "合你所需", "欢迎大家分享", "欢迎分享", "希望能够帮到你",
    "帮到你哟",
)
# WEAK: police posts and work reports use the same verbs (`民警精选了十个案例`, `现将典型案例整理
# 如下，供大家参考`, `希望对大家有所帮助`, `一起来看看`, `有需要的朋友可到社区领取`).
INTRO_VERBS_WEAK = (
    "整理", "收集", "搜集", "分享", "精选", "精心整理", "为大家", "给大家", "帮大家", "供大家参考", "仅供参考", "参考借鉴", "借鉴",
    "希望对大家有所帮助", "有所帮助", "有需要的朋友", "欢迎大家", "下面是", "以下是", "一起来看看", "科普一下",
)
# Question hooks and genre definitions that open 范文 intros (§3.2: `那么你有了解过X吗?`, `到底应
# 如何写心得体会呢?`, `总结是…的一种书面材料`, `方案,是一种计划性公文`, `建議書是…的一種常用書信`).
# STRONG: how-to-write questions and genre definitions are not campaign prose.
INTRO_HOOKS_STRONG = (
    "怎么写", "如何写", "怎样写", "写些什么", "很难写", "计划性公文", "常用书信", "书面计划",
)
# WEAK: `形成书面材料`, `想必`, `苦恼`.
INTRO_HOOKS_WEAK = (
    "书面材料", "应用文", "想必", "苦恼",
)
# The genres a 范文 intro defines (`总结是…`, `方案是…`, `心得体会是…`, `建议书是…`) and whose
# names titles carry (`X心得体会`, `X演讲稿`). WEAK (one kind, bare name): every one of them is
# also an ordinary word of the documents; the classifier uses them with a definition pattern
# (`<genre>是…材料`) or in titles, never alone.
GENRE_NOUNS = (
    "总结", "工作总结", "活动总结", "方案", "实施方案", "活动方案", "工作方案", "宣传方案", "应急预案", "计划", "工作计划", "心得体会",
    "心得", "体会", "报告", "自查报告", "述职报告", "调研报告", "调查报告", "实践报告", "建议书", "倡议书", "演讲稿", "讲话稿", "发言稿",
    "主持词", "致辞", "观后感", "读后感", "策划书", "承诺书", "申请书", "保证书", "责任书", "告知书", "公开信", "一封信", "征文", "作文",
    "手抄报", "黑板报", "教案", "说课稿", "简报", "通讯稿", "新闻稿", "广播稿", "宣传语", "标语", "口号", "主题班会", "班会", "事迹材料",
    "经验材料", "汇报材料", "感想", "反思", "教学反思", "随笔", "日记", "周记", "范文",
)

# --- line features ----------------------------------------------------------------------------
# The high-frequency function characters of Chinese prose: particles, prepositions, conjunctions,
# copulas, adverbs and pronouns. Running text is dense in them (about one character in four or
# five in casual prose, one in seven in the official prose of campaign reports); chrome
# (`发布时间 2023-05-01 来源 xx日报`), keyword lists and breadcrumbs have almost none. One character
# each. The locatives 上, 下, 中 are left out: chrome is full of them (`下载`, `上一篇`, `中文字幕`).
FUNCTION_CHARS = (
    "的", "了", "是", "在", "和", "与", "及", "或", "为", "对", "将", "把", "被", "从", "向", "以", "于", "由", "到", "让", "使", "给",
    "也", "都", "就", "要", "等", "而", "并", "但", "又", "还", "所", "着", "过", "地", "得", "其", "之", "这", "那", "不", "没", "会",
    "能", "可", "应", "如", "若", "因", "则", "即", "且", "才", "已", "再", "更", "很", "最", "各", "每", "此", "该", "至", "自", "己",
    "我", "你", "他", "她", "它", "们", "个", "些", "有", "吗", "呢", "吧",
)
# Separators of breadcrumbs and label rows (§2.1: `>`, ` > `, `>>`, ` / `, ` -> `, ` » `, ` - `,
# `›` in `文档之家›`; §2.5 `设为首页 | 加入收藏 | 网站导航`; `•` list bullets of nav blocks), each in
# the widths pages use (`|`/`丨`/`｜`, `/`/`／`, `>`/`＞`), and `→`. Longest first where one
# contains another, so an alternation tries `>>` before `>`.
SEPARATORS = (">>", "->", ">", "＞", "›", "»", "→", "|", "｜", "丨", "/", "／", "•", "-")

# --- the tables by category -------------------------------------------------------------------
# Every vocabulary as (strong, weak), by the base name the classifier reads
# (`NAME_STRONG`/`NAME_WEAK`, or a bare `NAME` of one kind). The tests walk this table, and
# check that every tuple of this module is in it.
VOCABULARIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SPAM_PORN": (SPAM_PORN_STRONG, SPAM_PORN_WEAK),
    "SPAM_GAMBLING": (SPAM_GAMBLING_STRONG, SPAM_GAMBLING_WEAK),
    "SPAM_CRYPTO": (SPAM_CRYPTO_STRONG, SPAM_CRYPTO_WEAK),
    "SPAM_LOAN": ((), SPAM_LOAN),
    "SPAM_FORGERY": ((), SPAM_FORGERY),
    "CALLS_TO_ACTION": (CALLS_TO_ACTION_STRONG, CALLS_TO_ACTION_WEAK),
    "CHROME_NAV": (CHROME_NAV_STRONG, CHROME_NAV_WEAK),
    "CHROME_BYLINE_LABELS": (CHROME_BYLINE_LABELS_STRONG, CHROME_BYLINE_LABELS_WEAK),
    "CHROME_COUNTER_LABELS": (CHROME_COUNTER_LABELS_STRONG, CHROME_COUNTER_LABELS_WEAK),
    "CHROME_DOWNLOAD": (CHROME_DOWNLOAD_STRONG, CHROME_DOWNLOAD_WEAK),
    "CHROME_SHARE": (CHROME_SHARE_STRONG, CHROME_SHARE_WEAK),
    "CHROME_COPYRIGHT": (CHROME_COPYRIGHT_STRONG, CHROME_COPYRIGHT_WEAK),
    "CHROME_DISCLAIMER": (CHROME_DISCLAIMER_STRONG, CHROME_DISCLAIMER_WEAK),
    "CHROME_RELATED": (CHROME_RELATED_STRONG, CHROME_RELATED_WEAK),
    "CHROME_COMMENT": (CHROME_COMMENT_STRONG, CHROME_COMMENT_WEAK),
    "INTRO_AGENTS": (INTRO_AGENTS_STRONG, INTRO_AGENTS_WEAK),
    "INTRO_VERBS": (INTRO_VERBS_STRONG, INTRO_VERBS_WEAK),
    "INTRO_HOOKS": (INTRO_HOOKS_STRONG, INTRO_HOOKS_WEAK),
    "GENRE_NOUNS": ((), GENRE_NOUNS),
}
