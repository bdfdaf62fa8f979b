"""The measure words and units of Chinese: an open vocabulary, matched longest first.

Facts are numbers followed by one of these. The vocabulary is grouped by what the
word does, because that decides how a fact is read:

* :data:`CLASSIFIERS` count things (``19所职业院校``): the fact may name its object;
* :data:`COMPOUNDS` count events of things (``人次``, ``辆次``, ``亩次``, ``架次``);
* :data:`WEIGHTS` measure an amount of a thing (``2万斤甜瓜``): they take an object too;
* :data:`DURATIONS` are spans of time (``近`` before them means "the last …");
* :data:`CURRENCIES` are money, written after the number (``3亿美元``) or before it
  (``港币一百億元``); a currency is never a counting word (``4人民币`` is not 4 人);
* :data:`UNITS` are metric, market and technical units, ratios and shares.

:func:`trie_pattern` turns a list of words into one regex that matches the longest word
at a position without trying the alternatives one by one (a trie of the words), so
that a vocabulary of several hundred words costs no more to scan than a dozen.

>>> import re
>>> rx = re.compile(trie_pattern(["辆", "辆次", "里", "里拉"]))
>>> [rx.match(s).group() for s in ("辆次多", "辆", "里拉", "里程")]
['辆次', '辆', '里拉', '里']
>>> len(ALL_UNITS) > 300
True
"""

from __future__ import annotations

import re

__all__ = [
    "ALL_UNITS", "CLASSIFIERS", "COMPOUNDS", "CURRENCIES", "CURRENCY_PREFIXES", "DURATIONS", "UNITS", "WEIGHTS",
    "trie_pattern",
]

#: measure words that count things (个体量词 and 集体量词)
CLASSIFIERS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            "个", "所", "名", "位", "户", "家", "台", "项", "处", "种", "类", "件", "条", "座", "套", "辆", "架",
            "艘", "头", "只", "株", "棵", "间", "栋", "幢", "张", "本", "册", "篇", "部", "门", "支", "场", "期",
            "份", "批", "组", "队", "对", "双", "片", "根", "枚", "包", "箱", "袋", "盒", "瓶", "桶", "盏", "笔",
            "人", "次", "节", "堂", "口", "起", "块", "颗", "粒", "匹", "尾", "羽", "群", "列", "班", "趟", "轮",
            "层", "宗", "单", "例", "桩", "封", "首", "幅", "卷", "集", "章", "款", "科", "户", "顶", "盘", "碗",
            "杯", "壶", "桌", "罐", "筐", "朵", "枝", "穗", "截", "眼", "宅", "床", "盆", "具", "尊", "副", "串",
            "束", "捆", "圃", "园", "场", "棚", "栏", "湾", "坝", "塘", "渠", "井", "泵", "塔", "桥", "杆", "基",
            "位", "员", "帧", "轴", "帖", "曲", "则", "出", "折", "封", "页", "份", "例", "宗", "笔", "单",
        ]
    )
)
#: counts of events: a person, vehicle, field … counted once per time
COMPOUNDS: tuple[str, ...] = (
    "人次", "批次", "场次", "架次", "车次", "户次", "辆次", "台次", "艘次", "亩次", "班次", "航次", "频次",
    "人天", "人日", "人年", "工日", "家次", "件次", "次数", "篇次", "期次", "轮次", "组次", "队次", "项次",
    "列次", "趟次", "人/次", "标箱", "万标箱", "载重吨", "标准箱", "标准间", "床位", "课时", "学时", "学分",
)  # fmt: skip
#: amounts of a thing, weighed or measured out
WEIGHTS: tuple[str, ...] = (
    "斤", "公斤", "千克", "克", "毫克", "微克", "吨", "万吨", "两", "担", "市斤", "公担", "磅", "盎司", "克拉",
    "立方米", "立方", "方", "升", "毫升", "公升", "立方厘米", "立方公里", "立方千米", "加仑", "桶",
    "标准煤", "吨标准煤", "吨标煤", "标方",
)  # fmt: skip
#: spans of time
DURATIONS: tuple[str, ...] = (
    "年", "个年头", "个月", "个多月", "个半月", "周", "个星期", "天", "日", "小时", "个小时", "个半小时",
    "分钟", "秒", "秒钟", "周年", "个工作日", "工作日", "个学期", "个季度", "昼夜", "毫秒", "微秒",
)  # fmt: skip
#: currencies written after the number (元 and its traditional 圆 first)
CURRENCIES: tuple[str, ...] = (
    "元", "圆", "块钱", "角", "人民币", "人民币元", "美元", "美金", "港元", "港币", "港圆", "澳门元", "澳门币", "澳元",
    "澳币", "欧元", "日元", "日圆", "英镑", "韩元", "韩圆", "新台币", "台币", "新台币元", "加元", "加币", "新加坡元",
    "新元", "新币", "马克", "法郎", "瑞士法郎", "里拉", "卢布", "卢比", "比索", "泰铢", "铢", "林吉特", "令吉", "盾",
    "越南盾", "印尼盾", "兰特", "雷亚尔", "第纳尔", "里亚尔", "迪拉姆", "克朗", "福林", "兹罗提", "比特币", "美分",
    "欧分", "便士", "先令", "新西兰元", "纽元", "菲律宾比索", "澳门元", "文莱元", "索尔", "披索",
)  # fmt: skip
#: currencies that may stand before the number (港币一百亿元, 人民币3000元)
CURRENCY_PREFIXES: tuple[str, ...] = (
    "人民币", "港币", "港元", "美元", "美金", "澳门币", "澳门元", "新台币", "台币", "欧元", "日元", "英镑", "澳元",
    "加元", "韩元", "新加坡元",
)  # fmt: skip
#: metric, market and technical units, ratios and shares
UNITS: tuple[str, ...] = (
    # length
    "米", "公里", "千米", "厘米", "毫米", "微米", "纳米", "分米", "里", "公尺", "英里", "海里", "英尺", "英寸",
    "延米", "光年", "米长", "公里长",
    # area
    "平方米", "平米", "平方公里", "平方千米", "平方厘米", "公顷", "亩", "万亩", "平方英里", "标准亩", "顷",
    # energy, power, pressure, data
    "千瓦时", "度", "千瓦", "兆瓦", "吉瓦", "吉瓦时", "太瓦时", "兆瓦时", "瓦", "瓦时", "千伏", "千伏安", "兆伏安",
    "毫安时", "千焦", "千卡", "大卡", "马力", "赫兹", "兆赫", "吉字节", "兆字节", "字节", "蒸吨", "千帕", "兆帕",
    "分贝", "流明", "千瓦时电", "万千瓦", "万千瓦时",
    # temperature, speed
    "摄氏度", "华氏度", "℃", "公里/小时", "千米/小时", "米/秒", "公里每小时",
    # shares, ratios, ages, scores and grades
    "%", "％", "‰", "个百分点", "百分点", "倍", "成", "岁", "周岁", "虚岁", "分", "折", "级", "星级", "档次",
    "枚金牌", "枚银牌", "枚铜牌", "项冠军", "个点", "个基点", "基点",
)  # fmt: skip

ALL_UNITS: frozenset[str] = frozenset(CLASSIFIERS + COMPOUNDS + WEIGHTS + DURATIONS + CURRENCIES + UNITS)


def trie_pattern(
    words: list[str] | tuple[str, ...] | frozenset[str],
    char_class: dict[str, str] | None = None,
    *,
    first: str = "",
) -> str:
    """A regex (no groups) matching any of ``words``, the longest first, built as a trie.

    ``char_class`` maps a character to a character class to use for it instead
    (``{"个": "[个個]"}``), so that one pattern reads traditional forms too.

    ``first`` lists characters whose branches come first at the top of the trie, in that
    order (the frequent ones: the engine tries the branches one by one). The order of the
    branches changes nothing that matches as long as no two of them accept the same first
    character (no ``char_class`` of one word's first character holds another's).

    >>> trie_pattern(["人", "人次", "人民币"])
    '人(?:民币|次|)'
    >>> trie_pattern(["个"], {"个": "[个個]"})
    '[个個]'
    >>> trie_pattern(["元", "人", "人次"]), trie_pattern(["元", "人", "人次"], first="元")
    ('(?:人次?|元)', '(?:元|人次?)')
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    cls = char_class or {}

    def emit(node: dict[str, dict], top: bool = False) -> str:  # type: ignore[type-arg]
        alts = []
        keys = sorted((k for k in node if k), key=lambda k: (-_depth(node[k]), k))
        if top and first:
            keys.sort(key=lambda k: first.index(k) if k in first else len(first))  # stable: the rest keep their order
        for c in keys:
            alts.append((cls.get(c) or re.escape(c)) + emit(node[c]))
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            # one character (or class) made optional is a cheap single-character repeat; a
            # longer part is a branch with an empty last alternative, the same as ``(?:…)?``
            # but without the repeat ``re`` would enter for it at every try
            return body + "?" if len(alts) == 1 and _one_char(body) else "(?:" + "|".join(alts) + "|)"
        return body

    return emit(trie, top=True)


def _depth(node: dict[str, dict]) -> int:  # type: ignore[type-arg]
    return 1 + max((_depth(v) for k, v in node.items() if k), default=0)


def _one_char(s: str) -> bool:
    """Whether ``s`` matches one character: a character, an escaped one or a class.

    >>> _one_char("个"), _one_char(re.escape(".")), _one_char("[个個]"), _one_char("人次"), _one_char("(?:次|数)")
    (True, True, True, False, False)
    """
    return (
        len(s) == 1
        or (len(s) == 2 and s[0] == "\\")
        or (s.startswith("[") and s.endswith("]") and s.count("[") == 1 and s.count("]") == 1)
    )
