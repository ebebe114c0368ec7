"""Chinese and Arabic integers as they appear in headings and counts: "24", "２４", "二十四", "两百".

>>> [parse_int(s) for s in ("24", "２４", "六", "十五", "二十四", "一百零八", "两千", "壹拾贰", "一亿五千万", "三万")]
[24, 24, 6, 15, 24, 108, 2000, 12, 150000000, 30000]
"""

from __future__ import annotations

DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3, "参": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def parse_int(text: str) -> int | None:
    """The integer written in `text` (Arabic, full-width or Chinese numerals), or None."""
    text = text.strip().translate({0xFF10 + i: 0x30 + i for i in range(10)})
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    total = section = digit = 0
    seen = False
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
            seen = True
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]  # "十五": a bare 十 means 一十
            digit = 0
            seen = True
        elif ch in BIG_UNITS:
            unit = BIG_UNITS[ch]
            if unit > 10_000:  # 亿 scales everything before it: "三亿" , "一万亿"
                total = (total + section + digit) * unit
            else:  # 万 scales only its own section: "一亿五千万"
                total += (section + digit) * unit
            section = digit = 0
            seen = True
        else:
            return None
    return total + section + digit if seen else None
