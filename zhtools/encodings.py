"""Bytes → text for files of any encoding, tuned for Chinese; `decode` records the codec used.

Encoding detection is deterministic (same bytes, same answer) and tuned for
Chinese. Steps, first match wins:

1. Known binary signatures (PNG, JPEG, GIF, PDF, ZIP, gzip, ...) -> rejected.
2. Byte-order marks: UTF-8 -> ``'utf-8-sig'``; UTF-16 -> ``'utf-16'``;
   UTF-32 -> ``'utf-32'``. These codec names strip the BOM themselves, so the
   round trip ``data.decode(encoding) == text`` holds exactly (the byte order
   is in the BOM, Python reads it).
3. NUL bytes: BOM-less UTF-16 is recognised by its NULs falling mostly on odd
   (``'utf-16-le'``) or mostly on even (``'utf-16-be'``) positions (much ASCII), or,
   for mostly Chinese text with few NULs on both sides, by the byte order that reads
   as plausible Chinese; any other NULs -> ``binary file: NUL bytes``. BOM-less
   UTF-16 text holding no NUL byte at all is not recognised.
4. Strict UTF-8 -> ``'utf-8'`` (pure ASCII is reported as ``'utf-8'``).
5. Truncated UTF-8 (see below).
6. For HTML only: a ``<meta charset>`` / ``http-equiv`` / XML ``encoding``
   declaration, when it names a known codec that decodes the bytes strictly.
   UTF-8 validity (step 4) beats a declaration that disagrees with it, and a
   declared single-byte codec (latin-1, windows-1252, koi8-r...), which decodes
   any bytes, only wins when the Chinese detector below is not confident: old
   Chinese sites often declare iso-8859-1 over GBK bytes.
7. GB18030 vs Big5 (also cp950 and big5hkscs, for bytes plain Big5 lacks):
   each candidate that decodes strictly is scored character by character --
   very frequent Han characters and CJK punctuation score high, other common
   Han characters (GB2312 level 1, Big5 "frequent" block) a little less,
   rarer ones little, and private-use, unassigned, control characters, kana,
   Hangul or Bopomofo in the middle of Han text are penalised. The highest
   total wins; ties go to GB18030, then Big5. GBK (and GB2312) files are
   reported as ``'gb18030'``, their superset.
8. When no Chinese reading is confident, charset-normalizer's guess (Shift-JIS,
   cp1252, ...) is used if it decodes the bytes strictly; failing that, the
   best Chinese reading that decodes at all.
9. Nothing decodes strictly -> ``undecodable: ...``.

After decoding: more than 5 % control characters -> ``binary file: control
characters``; nothing but whitespace -> ``no text: file holds only whitespace``.

**Truncated UTF-8.** A file that is valid UTF-8 except for an incomplete
multibyte sequence at its very end (a download or a crawler's byte limit cut a
character in half) is *kept*: encoding ``'utf-8'``, and the cut character is
replaced by a single U+FFFD at the end of ``text``, which marks the loss in the
text itself. Rejecting the file would throw away the whole document for one
character. This is the only case where the strict round trip does not hold;
the invariant that holds for *every* text :class:`Source` is::

    data.decode(source.encoding, errors="replace") == source.text

(and ``data.decode(source.encoding) == source.text`` whenever ``text`` does not
end with U+FFFD). The prefix must already contain non-ASCII UTF-8, otherwise a
single stray high byte at the end of an ASCII file is no evidence of UTF-8 and
the normal detection continues.

Known limits: a UTF-8 file with a broken byte *inside* is not repaired (it
goes through steps 6-9 like any non-UTF-8 file, usually ending as
``undecodable``); BOM-less UTF-16 with very few NULs is accepted only when its
reading is convincingly Chinese; EUC-KR and EUC-JP text can be mistaken for
GB18030/Big5 (same byte layout; not expected in this corpus); one or two Han
characters alone can be genuinely ambiguous between GBK and Big5 (GB18030
wins the tie). ``'utf-16'``/``'utf-32'`` do not say the byte order: it is in
the BOM that the codec reads.

Text is returned as decoded: no newline normalisation (CRLF stays CRLF), no
Unicode normalisation, no mojibake repair -- those are the cleaner's job.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter

from zhtools.errors import IngestError

__all__ = ["decode", "decode_with_declared"]


# --------------------------------------------------------------------------
# binary signatures

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (old MS Office)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"OggS\x00", "Ogg media"),
    (b"\x00asm", "WebAssembly module"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)


def _binary_kind(data: bytes) -> str | None:
    """Name of the binary format `data` starts with, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:16]
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media (WebP/WAV/AVI)"
    if head[4:8] == b"ftyp":
        return "MP4/ISO media"
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if head[:3] == b"ID3" and head[3:4] in (b"\x02", b"\x03", b"\x04"):
        return "MP3 audio"
    if head[:4] == b"fLaC" and head[4:5] in (b"\x00", b"\x80"):
        return "FLAC audio"
    return None


# --------------------------------------------------------------------------
# plausibility of a Chinese reading

# The ~1500 most frequent characters of running Chinese text (simplified, and
# the same list in traditional script); only their membership matters.
_FREQUENT_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于"
    "着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还"
    "进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情"
    "明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或"
    "新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
    "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基"
    "眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交"
    "规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济"
    "车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历"
    "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维"
    "革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧"
    "黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印"
    "晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财"
    "环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担"
    "州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养"
    "伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮"
    "露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移"
    "娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶"
    "春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣"
    "择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
    "玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌"
    "店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞"
    "努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱"
    "埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁"
    "伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽"
    "烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻"
    "刊丈爆乌役描洗玛患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹"
    "狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启"
    "尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁"
    "偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆"
    "诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪"
    "矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑"
    "券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊粉泥氏彭拔骗"
)
_FREQUENT_TRADITIONAL = (
    "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於"
    "著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還"
    "進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情"
    "明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或"
    "新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員"
    "解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太"
    "量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基"
    "眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交"
    "規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根乾造言聯持組每濟"
    "車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調"
    "深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越"
    "器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷"
    "首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維"
    "革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊"
    "黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千值"
    "仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印"
    "晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財"
    "環排福納歡雷警獲模充負雲停木游龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔"
    "州靜退既衣您宗積餘痛檢差富靈協角佔配徵修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養"
    "伊懷執副亂抗犯追幫宣佛歲航優怪香著田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島託央"
    "戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮"
    "露永呼味野架域沙掉括艦魚雜誤灣吉減編楚肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移"
    "娘朋畫班智亦耳恩短掌恐遺固席松秘謝魯遇康慮幸均銷鐘詩藏趕劇票損忽巨炮舊端探湖錄葉"
    "春鄉附吸予禮港雨呀板庭婦歸睛飯額含順輸搖招婚脫補謂督毒油療旅澤材滅逐莫筆亡鮮詞聖"
    "擇尋廠睡博勒煙授諾倫岸奧唐賣俄炸載洛健堂旁宮喝借君禁陰園謀宋避抓榮姑孫逃牙束跳頂"
    "玉鎮雪午練迫爺篇肉嘴館遍凡礎洞卷坦牛寧紙諸訓私莊祖絲翻暴森塔默握戲隱熟骨訪弱蒙歌"
    "店鬼軟典欲薩伙遭盤爸擴蓋弄雄穩忘億刺擁徒姆楊齊賽趣曲刀床迎冰虛玩析窗醒妻透購替塞"
    "努休虎揚途侵刑綠兄迅套貿畢唯谷輪庫跡尤競街促延震棄甲偉麻川申緩潛閃售燈針哲絡抵朱"
    "埃抱鼓植純夏忍頁傑築折鄭貝尊吳秀混臣雅振染盛怒舞圓搞狂措姓殘秋培迷誠寬宇猛擺梅毀"
    "伸摩盟末乃悲拍丁趙硬麥蔣操耶阻訂彩抽贊魔紛沿喊違妹浪匯幣豐藍殊獻桌啦瓦萊援譯奪汽"
    "燒距裁偏符勇觸課敬哭懂牆襲召罰俠廳拜巧側韓冒債曼融慣享戴童猶乘掛獎紹厚縱障訊涉徹"
    "刊丈爆烏役描洗瑪患妙鏡唱煩簽仙彼弗症仿傾牌陷鳥轟咱菜閉奮慶撤淚茶疾緣播朗杜奶季丹"
    "狗尾儀偷奔珠蟲駐孔宜艾橋淡翼恨繁寒伴嘆旦愈潮糧縮罷聚徑恰挑袋灰捕徐珍幕映裂泰隔啟"
    "尖忠累炎暫估泛荒償橫拒瑞憶孤鼻鬧羊呆厲衡胞零窮舍碼赫婆魂災洪腿膽津俗辯胸曉勁貧仁"
    "偶輯邦恢賴圈摸仰潤堆碰艇稍遲輛廢淨兇署壁御奉旋冬礦抬蛋晨伏吹雞倍糊秦盾杯租騎乏隆"
    "診奴攝喪污渡旗甘耐憑扎搶緒粗肩梁幻菲皆碎宙叔岩蕩綜爬荷悉蒂返井壯薄悄掃敏礙殖詳迪"
    "矛霍允幅撒剩凱顆罵賞液番箱貼漫酸郎腰舒眉憂浮辛戀餐嚇挺勵辭艘鍵伍峰尺昨黎輩貫偵滑"
    "券崇擾憲繞趨慈喬閱汗枝拖墨脅插箭臘粉泥氏彭拔騙"
)


def _two_byte_chars(codec: str, leads: range, trails: list[int]) -> frozenset[str]:
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                out.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(out)


@functools.cache
def _han_tiers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(frequent, common, known) Han characters, built from the codecs' layout.

    GB2312 level 1 (0xB0A1-0xD7FE) and the Big5 "frequently used" block
    (0xA440-0xC67E) are ordered collections of common characters; GB2312 level 2
    and the Big5 "less frequently used" block (0xC940-0xF9D5) are real but
    rarer characters. Everything else in the CJK blocks is rare in running text.
    """
    gb_trails = list(range(0xA1, 0xFF))
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]

    def han(chars: frozenset[str]) -> frozenset[str]:
        return frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff")

    frequent = frozenset(_FREQUENT_SIMPLIFIED) | frozenset(_FREQUENT_TRADITIONAL)
    common = (
        han(_two_byte_chars("gb2312", range(0xB0, 0xD8), gb_trails))
        | han(_two_byte_chars("big5", range(0xA4, 0xC7), big5_trails))
    ) - frequent
    known = (
        han(_two_byte_chars("gb2312", range(0xD8, 0xF8), gb_trails))
        | han(_two_byte_chars("big5", range(0xC9, 0xFA), big5_trails))
    ) - frequent - common
    return frequent, common, known


# punctuation that ordinary Chinese prose uses all the time
_CJK_PUNCTUATION = frozenset(
    "，。、；：？！…—·‘’“”「」『』《》〈〉【】〔〕（）［］｛｝～－／％＋＝＜＞"
    "０１２３４５６７８９\u3000"
)


def _char_weight(ch: str, frequent: frozenset[str], common: frozenset[str],
                 known: frozenset[str]) -> float:
    o = ord(ch)
    if o < 0x80:
        return 0.0 if (ch.isspace() or 0x20 <= o < 0x7F) else -3.0
    if ch in frequent or ch in _CJK_PUNCTUATION:
        return 1.0
    if ch in common:
        return 0.6
    if ch in known:
        return 0.2
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF:
        return -0.5  # rare Han
    if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
        return -3.0  # control, unassigned, private use, surrogate
    if 0x3040 <= o <= 0x30FF or 0x3100 <= o <= 0x312F or 0xAC00 <= o <= 0xD7A3:
        return -1.0  # kana, bopomofo, hangul between Han: a wrong reading
    if 0xFF01 <= o <= 0xFF5E or 0x3000 <= o <= 0x303F or 0x2010 <= o <= 0x2027:
        return 0.2  # other full-width forms and CJK symbols
    return -0.5


# A character's weight in tenths (weights are multiples of 0.1: integer sums are exact), cached.
_weight_tenths: dict[str, int] = {}


def _chinese_score(text: str) -> tuple[float, int]:
    """(total plausibility, number of non-ASCII characters) of a reading.

    Counted per distinct character (a C-level Counter), not per character: a page has a few
    thousand distinct characters among tens of thousands.
    """
    frequent, common, known = _han_tiers()
    total = 0
    non_ascii = 0
    for ch, n in Counter(text).items():
        w = _weight_tenths.get(ch)
        if w is None:
            w = _weight_tenths[ch] = round(_char_weight(ch, frequent, common, known) * 10)
        total += w * n
        if ord(ch) >= 0x80:
            non_ascii += n
    return total / 10, non_ascii


# Tried in this order; on a tie the earlier one wins.
_CHINESE_CODECS = ("gb18030", "big5", "cp950", "big5hkscs")
# mean plausibility per non-ASCII character above which a reading is trusted
_CONFIDENT = 0.5
# a prefix this long decides as well as the whole text, and keeps big files fast
_SCORED_CHARS = 50_000


def _best_chinese(data: bytes) -> tuple[str, str, bool] | None:
    """(text, codec, confident) of the most plausible Chinese reading, or None."""
    best: tuple[float, str, str, int] | None = None
    for codec in _CHINESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score, non_ascii = _chinese_score(text[:_SCORED_CHARS])
        if best is None or score > best[0]:
            best = (score, codec, text, non_ascii)
    if best is None:
        return None
    score, codec, text, non_ascii = best
    confident = non_ascii > 0 and score / non_ascii >= _CONFIDENT
    return text, codec, confident


# --------------------------------------------------------------------------
# decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_MAX_CONTROL_SHARE = 0.05


# Category Cc is exactly U+0000-001F and U+007F-009F; tab, line feed, VT, FF and CR are allowed.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _junk_share(text: str) -> float:
    """Share of control (except whitespace), unassigned, private-use chars."""
    if not text:
        return 1.0
    n = sum(
        1 for ch in text
        if ch not in _ALLOWED_CONTROLS
        and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    return n / len(text)


def _sniff_utf16(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16 recognised by where its NUL bytes fall, or by a Chinese reading, or None."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    # ASCII in UTF-16-LE is "x\0": NULs at odd offsets; BE the reverse. Many NULs on one side
    # means much ASCII: convincing.
    if odd > 4 * even and odd * 4 >= len(data) // 2:
        order = ["utf-16-le"]
    elif even > 4 * odd and even * 4 >= len(data) // 2:
        order = ["utf-16-be"]
    else:
        # Mostly Chinese: few NULs (a newline, a digit), and Han characters put some on the
        # other side too (U+4E00 一 is "\0N" in LE). Both byte orders are read; the one with a
        # plausible Chinese reading wins.
        order = []
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        return (text, codec) if _junk_share(text) <= _MAX_CONTROL_SHARE else None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _junk_share(text) > _MAX_CONTROL_SHARE:
            continue
        score, non_ascii = _chinese_score(text)
        if non_ascii and score / non_ascii >= _CONFIDENT and (best is None or score / non_ascii > best[0]):
            best = (score / non_ascii, text, codec)
    return (best[1], best[2]) if best else None


def _truncated_utf8(data: bytes) -> str | None:
    """Text of UTF-8 `data` whose only defect is a cut final character."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.reason != "unexpected end of data" or err.end != len(data):
            return None
        if data[: err.start].isascii():
            return None  # no evidence that the file is UTF-8 at all
        return data.decode("utf-8", errors="replace")
    return None


# WHATWG labels Python does not know, and supersets we decode with instead.
_DECLARED_ALIASES = {
    "x-gbk": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
    "gb_2312-80": "gb18030", "gb_2312": "gb18030", "csgb2312": "gb18030",
    "chinese": "gb18030", "iso-ir-58": "gb18030", "cp936": "gb18030",
    "x-x-big5": "big5", "cn-big5": "big5", "csbig5": "big5",
    "big5-hkscs": "big5hkscs",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
    "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252",
}


@functools.cache
def _is_single_byte(codec: str) -> bool:
    """True for codecs mapping every byte to one character (latin-1, koi8-r...)."""
    if codec.startswith("utf"):
        return False  # UTF-8 also replaces each stray byte by one character
    try:
        return len(bytes(range(0x80, 0x100)).decode(codec, errors="replace")) == 0x80
    except LookupError:
        return False


def _declared_codecs(label: str) -> list[str]:
    """Python codecs to try for a declared charset label ([] if unusable)."""
    label = label.strip().lower()
    name = _DECLARED_ALIASES.get(label, label)
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return []
    if name in ("gbk", "gb2312"):
        name = "gb18030"
    if name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        return []  # an ASCII-readable declaration cannot be right about these
    if name == "big5":
        return ["big5", "cp950", "big5hkscs"]
    return [name]


def _decode_declared(data: bytes, label: str | None) -> tuple[str, str] | None:
    if not label:
        return None
    for codec in _declared_codecs(label):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer  # here: a page that decodes as UTF-8 or by its BOM never needs it

    match = charset_normalizer.from_bytes(data).best()
    if match is None or not match.encoding:
        return None
    try:
        codec = codecs.lookup(match.encoding).name
        return data.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, declared: str | None) -> tuple[str, str]:
    """Steps 3-9 of the module docstring (signatures and BOMs done)."""
    if b"\x00" in data:
        found = _sniff_utf16(data)
        if found is None:
            raise IngestError("binary file: NUL bytes")
        return found

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        by_declaration = _decode_declared(data, declared)
        if by_declaration is not None and by_declaration[0] == text:
            return by_declaration  # pure ASCII under an ASCII-compatible label
        return text, "utf-8"

    text = _truncated_utf8(data)
    if text is not None:
        return text, "utf-8"

    by_declaration = _decode_declared(data, declared)
    if by_declaration is not None and not _is_single_byte(by_declaration[1]):
        return by_declaration  # a multibyte declaration (GBK, Big5, Shift-JIS...)

    chinese = _best_chinese(data)
    if chinese is not None and chinese[2]:
        return chinese[0], chinese[1]
    if by_declaration is not None:
        return by_declaration
    guess = _charset_normalizer_guess(data)
    if guess is not None and (chinese is None or guess[1] not in _CHINESE_CODECS):
        return guess
    if chinese is not None:
        return chinese[0], chinese[1]
    raise IngestError(
        "undecodable: not valid UTF-8, GB18030 or Big5, and no other encoding fits"
    )


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    data = bytes(data)
    if not data:
        raise IngestError("empty file")
    kind = _binary_kind(data)
    if kind is not None:
        raise IngestError(f"binary file: {kind}")

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise IngestError(
                    f"undecodable: {codec} byte-order mark but invalid data at byte"
                    f" {err.start}"
                ) from None
            encoding = codec
            break
    else:
        text, encoding = _detect(data, declared)

    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise IngestError("binary file: control characters")
    if not text.strip():
        raise IngestError("no text: file holds only whitespace")
    return text, encoding


def decode(data: bytes) -> tuple[str, str]:
    """bytes -> (text, encoding); see the module docstring for the steps.

    ``data.decode(encoding, errors="replace") == text`` always holds, and the
    strict ``data.decode(encoding) == text`` too except for truncated UTF-8
    (text then ends with U+FFFD).

    Raises IngestError (one-line ``reason``) for empty input, whitespace-only
    input, binary input (known signatures, NUL bytes outside UTF-16/32, more
    than 5 % control characters) and input that nothing decodes strictly.
    """
    return _decode(data)


def decode_with_declared(data: bytes, declared: str | None) -> tuple[str, str]:
    """`decode`, also honouring a charset the file declares (an HTML <meta charset>)."""
    return _decode(data, declared)
