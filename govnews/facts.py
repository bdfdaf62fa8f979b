"""Numeric facts: every quantity in a text, its exact value, unit, qualifier and object.

:class:`FactParser` finds quantities with one compiled pattern (a numeral in Arabic,
Chinese or mixed form, a sign, an optional range in any range mark, a measure word of
the open vocabulary in :mod:`govnews.measures`, qualifiers before and after, a currency
before the number), reads the value with :func:`govnews.numerals.parse_number`, and then
drops what only looks like a quantity, judged by structure: dates and years, ordinals
(``第一``), the indefinite ``一个``, idioms and slogans of two numerals (``五花八门``,
``一企一策``, ``三早、二申、一扶``), numerals in short quoted names, a numeral after
"numeral + 个/届/次" (``第十四个五年规划``, ``十届二十一次``), page counters (``阅读386次``),
places (``五台县``), codes glued to letters or symbols (``5g``, ``1+X``), two table cells
a line break apart. The ``object`` is the noun phrase the measure word counts, read after
it (``19所职业院校``) or, in lists, before the number (``公益岗位109个``).

>>> for f in find_facts("全市19所职业院校,每年输送技术技能人才近2万人,就业率保持在98%以上。"):
...     print(f.text, f.value, f.unit, f.qualifier, f.object)
19所 19 所 None 职业院校
近2万人 20000 人 approx 技术技能人才
98%以上 98 % at_least None
>>> find_facts("实施“一企一策”,7月22日上午,第一次会议")
[]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from govnews import measures
from govnews.core import Hit, Span, Stitched
from govnews.document import Fact, Qualifier, make_fact
from govnews.numerals import CN_DIGITS, canonical, parse_number
from govnews.state import ParseState

__all__ = ["FactParser", "FactStage", "find_facts"]

# ----------------------------------------------------------------------------- vocabulary

# Traditional variants, so that the parser also reads unconverted text (兩個階段).
_TRAD = {
    "个": "個", "万": "萬", "亿": "億", "两": "兩", "项": "項", "台": "臺", "吨": "噸", "亩": "畝",
    "岁": "歲", "处": "處", "场": "場", "条": "條", "张": "張", "间": "間", "头": "頭", "只": "隻",
    "辆": "輛", "门": "門", "组": "組", "队": "隊", "对": "對", "双": "雙", "时": "時", "钟": "鐘",
    "周": "週", "类": "類", "种": "種", "届": "屆", "栋": "棟", "册": "冊", "户": "戶", "盏": "盞",
    "币": "幣", "欧": "歐", "镑": "鎊", "顷": "頃", "点": "點", "约": "約", "余": "餘", "过": "過",
    "于": "於", "车": "車", "笔": "筆", "园": "園", "块": "塊",
    "圆": "圓", "标": "標", "级": "級", "颗": "顆", "节": "節", "坝": "壩", "页": "頁", "盘": "盤", "壶": "壺",
    "轮": "輪", "层": "層", "单": "單", "载": "載", "桥": "橋", "湾": "灣", "栏": "欄", "员": "員", "顶": "頂",
    "桩": "樁", "纳": "納", "贝": "貝", "摄": "攝", "华": "華", "马": "馬", "卢": "盧", "铢": "銖", "兰": "蘭",
    "鲁": "魯", "亚": "亞", "罗": "羅", "尔": "爾", "韩": "韓", "荡": "蕩", "烧": "燒", "钱": "錢", "宝": "寶",
    "专": "專", "业": "業", "务": "務", "积": "積", "长": "長", "发": "發", "电": "電", "热": "熱", "气": "氣",
    "压": "壓", "广": "廣", "铺": "鋪", "团": "團", "转": "轉", "货": "貨", "邮": "郵", "线": "線", "网": "網",
}  # fmt: skip
_SIMP = {v: k for k, v in _TRAD.items()}


def _tr(word: str) -> str:
    """A regex for ``word`` that also accepts the traditional form of each character."""
    return "".join(f"[{c}{_TRAD[c]}]" if c in _TRAD else re.escape(c) for c in word)


def _alt(words: list[str]) -> str:
    return "|".join(_tr(w) for w in sorted(set(words), key=len, reverse=True))


#: measure words that count things: the fact may name what it counts (its object)
CLASSIFIERS = list(measures.CLASSIFIERS + measures.COMPOUNDS)
#: weights and volumes: they take an object too (``2万斤甜瓜``)
WEIGHTS = list(measures.WEIGHTS)
#: units of time: durations (``近`` before them means "the last …", not "nearly")
DURATIONS = list(measures.DURATIONS)
MONEY = list(measures.CURRENCIES)
OTHER = list(measures.UNITS)
#: units that follow Arabic digits (or 万/亿 after them) only: after a Chinese numeral they
#: form words (十分, 一米阳光, 三口之家, 一起, 长三角, 四级书记)
_ARABIC_ONLY = frozenset(
    [
        "分", "度", "克", "米", "期", "头", "本", "口", "起", "单", "例", "级", "眼", "节", "列", "块", "层", "首",
        "出", "则", "曲", "帖", "轴", "帧", "页", "卷", "集", "章", "科", "基", "杆", "塔", "泵", "井", "渠", "塘",
        "坝", "湾", "栏", "棚", "圃", "园", "角", "员", "床", "宅", "串", "束", "捆", "碗", "筐", "朵", "枝", "穗",
        "截", "顶", "盘", "壶", "桌", "罐", "群", "列", "班", "轮", "尾", "羽", "折", "瓦", "方", "伏",
    ]
)
_COUNTING = frozenset(CLASSIFIERS + WEIGHTS)
_DURATION = frozenset(DURATIONS)
_CURRENCY = frozenset(MONEY)

_UNITS_ALL = CLASSIFIERS + WEIGHTS + DURATIONS + MONEY + OTHER
_TRAD_CLASS = {c: f"[{c}{t}]" for c, t in _TRAD.items()}
# the most frequent measure words, whose branches of the trie are tried first
_FREQUENT = "个年元人名日所台户家批次亩项万亿平位天处岁斤部周份里吨公条件成篇场分种"
_UNIT_ALT = measures.trie_pattern(
    [u for u in _UNITS_ALL if u not in _ARABIC_ONLY], _TRAD_CLASS, first=_FREQUENT
)
_UNIT_ARABIC_ALT = measures.trie_pattern(sorted(_ARABIC_ONLY), _TRAD_CLASS, first=_FREQUENT)
_CUR_PREFIX = measures.trie_pattern(measures.CURRENCY_PREFIXES, _TRAD_CLASS)

_PRE_QUAL: dict[str, Qualifier] = {
    "突破": "over", "低于": "under",
    "近": "approx", "约": "approx", "大约": "approx", "大概": "approx", "将近": "approx", "接近": "approx",
    "约合": "approx", "超": "over", "超过": "over", "逾": "over", "超出": "over", "多达": "over",
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "不超过": "at_most",
    "不高于": "at_most", "最多": "at_most", "至多": "at_most", "不到": "under", "不足": "under",
    "未满": "under", "不满": "under",
}  # fmt: skip
_POST_QUAL: dict[str, Qualifier] = {
    "以上": "at_least", "以下": "at_most", "及以上": "at_least", "及以下": "at_most", "以内": "at_most",
    "左右": "approx", "上下": "approx", "之多": "over", "多": "over",
}  # fmt: skip
_MID_QUAL: dict[str, Qualifier] = {"余": "over", "多": "over", "来": "over"}

# ----------------------------------------------------------------------------- the pattern

_D = "0-9０-９"
_CN_DIG = "".join(CN_DIGITS)
_CN_ALL = _CN_DIG + "十拾百佰千仟廿卅几幾"
_CN_START = _CN_DIG + "十拾廿卅"
_BIGU = "万萬亿億"


def _opt(part: str) -> str:
    """``part`` made optional as ``(?:part)?`` makes it, written as a branch with an empty
    second alternative: the same matches, tried in the same order, but where ``re`` (CPython
    3.11) enters a repeat for an optional group at each try (an allocation, and a copy of
    the group marks), it tries a branch. The scan tries a dozen of them at every numeral.

    >>> re.fullmatch(f"a{_opt('bc')}d", "ad") is not None, re.fullmatch(f"a{_opt('bc')}d", "abcd") is not None
    (True, True)
    """
    return f"(?:{part}|)"


# Nothing that may follow a number starts with a digit, so a digit run is never given back:
# the lookaheads say so, and the engine does not retry the rest of the pattern at every digit
# of a long run it backs out of (a 10^6-digit line cost 0.7 s without them, 0.08 s with).
# (The thousands groups are entered only where a comma follows: ``(?=,)x+`` or nothing is ``x*``.)
_ARABIC = (
    rf"[{_D}]+(?![{_D}])" + _opt(rf"(?=,)(?:,[{_D}]{{3}}(?![{_D}]))+") + _opt(rf"[.．·][{_D}]+(?![{_D}])")
)
_AR_CORE = _ARABIC + _opt(rf"[千百](?![瓦米克伏帕卡焦])(?:零?[{_D}](?![{_D}])[百十]?){{0,2}}")
_CN_CORE = (
    rf"(?:[{_CN_START}]|[几幾数數](?=[十拾百佰千仟万萬亿億])|(?<![以之])上(?=[百千万萬亿億]))[{_CN_ALL}]*"
    + _opt(rf"[点點][{_CN_DIG}]+")
)
_BARE = r"[百千万萬](?=[余餘多])"
_CORE = rf"(?:{_AR_CORE}|{_CN_CORE})"
# 万/亿 after the first part, a space allowed between digits and them (177.1 亿元); the
# repeat is entered only where one of them (or the space) follows: ``(?=…)x{1,3}`` or
# nothing is ``x{0,3}``
_SPACE_BIG = _opt(rf"(?<=[{_D}])[ \u3000]") + rf"[{_BIGU}]{{1,2}}" + _opt(rf"{_CORE}|零{_CORE}")
_NUMTOK_TAIL = _opt(rf"(?=[ \u3000{_BIGU}])(?:{_SPACE_BIG}){{1,3}}")
# a number may not start inside another number or a run of Latin letters
_AR_START = rf"(?<![{_D}A-Za-z{_BIGU}])(?<![{_D}][.,．·])"
# nor a Chinese numeral inside another numeral; Arabic digits may follow a Chinese numeral
# character: a word ending in one (队伍, 大陆, 收拾, 统一) makes no number of the digits after it
_NUM_START = rf"(?<![{_CN_ALL}]){_AR_START}"
_NUMTOK = rf"(?:(?:{_AR_START}{_AR_CORE}|{_NUM_START}(?:{_CN_CORE}|{_BARE})){_NUMTOK_TAIL})"
_NUMTOK2 = rf"(?:(?:{_AR_CORE}|{_CN_CORE}){_NUMTOK_TAIL})"
# range marks, the longest first (behind a lookahead on their first characters: the engine
# tries them after every number)
_SEP_FIRST = "-—－~至到～〜–"
_SEP = rf"(?=[{_SEP_FIRST}])(?:--|——|－－|~~|至|到|-|~|～|〜|—|－|–)"


def _first_chars(words: list[str]) -> str:
    """A character class of what ``words`` start with, traditional forms included.

    >>> _first_chars(["个", "人次", "%"])
    '[%个人個]'
    """
    chars = {w[0] for w in words} | {_TRAD[w[0]] for w in words if w[0] in _TRAD}
    return "[" + "".join(sorted("\\" + c if c in "\\]^-[" else c for c in chars)) + "]"


# A number is tried against the measure words twice (before a range mark and at the end),
# and after every numeral that is no fact at all: the lookahead on their first characters
# fails at once where the trie would try each of its branches in turn.
_UNIT = (
    rf"(?={_first_chars(_UNITS_ALL)})"
    rf"(?:{_UNIT_ALT}"
    rf"|(?:(?<=[{_D}{_BIGU}])|(?<=[{_D}{_BIGU}][余餘多]))(?:{_UNIT_ARABIC_ALT})(?![钟鐘]))"
)
# a minus sign or 负 (not after a digit, a letter or another mark: 0538-6272000, A-3)
_SIGN = r"(?<![0-9０-９A-Za-z\-－—–~～.．_/])(?:(?<![正胜勝])[负負]|[-－−](?=[0-9０-９]))"

# every character a fact can start with: a lookahead on it lets the engine skip the rest fast
_FIRST = "".join(sorted({w[0] for w in _PRE_QUAL} | {_TRAD.get(w[0], w[0]) for w in _PRE_QUAL}))
# A range (``3至5年``, ``3年至5年``) is tried after every number, and its optional measure word
# before the range mark is the whole trie of them, tried again when no mark follows it: a
# lookahead that a range mark stands within the longest measure word's reach skips it at once.
_RANGE_AHEAD = rf"(?=.{{0,{max(map(len, _UNITS_ALL))}}}[{_SEP_FIRST}])"
# A year and 年 (``2024年``, ``二〇二四年``) is a date, never a fact (``_interpret`` drops it):
# where nothing after 年 can continue the match (a range mark, 半, 整, 角, a qualifier),
# the match would be exactly that and dropped, and the scan would go on after it; no fact
# starts inside it (a number never starts after a digit or a Chinese numeral, nor at 年),
# so refusing it at its first digit finds the same facts without reading it.
_YEAR_NIAN = (
    rf"(?:[12１２][{_D}]{{3}}|[一二][{_CN_DIG}]{{3}})年"
    rf"(?![{_SEP_FIRST}半整{''.join(sorted({q[0] for q in _POST_QUAL}))}]|[{_D}一二三四五六七八九两兩]角)"
)
# No number starts right after a digit, a letter or 万/亿, nor a Chinese one right after a
# Chinese numeral (the look-behinds of ``_NUMTOK``), and nothing else that a fact can start
# with is a digit or a Chinese numeral: in a run of numerals the scan rejects every position
# after the first at one test instead of trying the qualifiers, the sign and both numerals.
_CN_LEAD = f"{_CN_START}几幾数數上万萬"
_NOT_INSIDE = rf"(?!(?<=[{_D}A-Za-z{_BIGU}])[{_D}{_CN_LEAD}]|(?<=[{_CN_ALL}])[{_CN_LEAD}])"
_PCT_WORD = f"{_tr('百分之')}|千分之"
_PCT_RANGE = _opt(f"(?:{_SEP})" + _opt(_PCT_WORD) + f"(?P<pnum2>{_AR_CORE}|{_CN_CORE})")
_RANGE = _opt(_RANGE_AHEAD + _opt(f"(?P<u1>{_UNIT})") + f"(?P<sep>{_SEP})(?P<num2>{_NUMTOK2})")
_MID = _opt("(?P<q1>[余餘多来])") + _opt(f"(?P<m2>[{_BIGU}]{{1,2}})") + _opt("(?P<q2>[余餘多])")
_JIAO = _opt(f"(?P<jiao>[{_D}一二三四五六七八九两兩])[角]" + _opt(f"(?P<fen>[{_D}一二三四五六七八九])分"))
_POST = _alt([q for q in _POST_QUAL if q != "多"]) + "|多(?![个種种次位名人家项項])"
_PATTERN = re.compile(
    rf"""
    (?=[{_FIRST}{_D}{_CN_START}几幾数數上百千万萬负負\-－−])
    {_NOT_INSIDE}
    (?!{_YEAR_NIAN})
    {_opt(f"(?P<pre>{measures.trie_pattern(list(_PRE_QUAL), _TRAD_CLASS)})")}
    {_opt(f"(?P<sign>{_SIGN})")}
    (?:
        (?P<pct>{_PCT_WORD})(?P<pnum>{_AR_CORE}|{_CN_CORE}|百(?![分]))
        {_PCT_RANGE}
      |
        (?P<num>{_NUMTOK})
        {_RANGE}
        {_MID}
        [ \u3000]?
        (?P<unit>{_UNIT})
        {_opt("(?P<half>半(?![年月日天小个個价價数數径徑岛島导導场場拉]))")}
        {_JIAO}
        {_opt(f"(?P<whole>整(?![体體个個改治合顿頓理洁潔齐齊])(?=[^{_CN_ALL}]|$))")}
    )
    {_opt(f"(?P<post>{_POST})")}
    """,
    re.VERBOSE,
)

# ----------------------------------------------------------------------------- filters

# what stands right before a numeral that is not a count: ordinals, rates, grades, weekdays
_BLOCK_BEFORE = re.compile(r"(?:第|每|之|[年月]首|No\.?|NO\.?|#|＃)$")
# what each of them ends with (or a line break, before which ``$`` matches too)
_BLOCK_BEFORE_LAST = frozenset("第每之首oO.#＃\n")
# before a Chinese numeral only: grades, weekdays, lunar days (高二, 周三, 初一, 大一)
_BLOCK_BEFORE_CN = re.compile(r"(?:(?<![提升抬拔增])高|初|周|週|星期|礼拜|禮拜|(?<![扩擴加增放])大)$")
_BLOCK_BEFORE_CN_LAST = frozenset("高初周週期拜大\n")
# what stands before a bare 一 that makes it part of a word (统一, 唯一, 这一, 同一天)
_BLOCK_BEFORE_ONE = set("统統唯单單同任其另某逐划劃专專如合归歸万萬这這那此哪均整全第每之")
_YEAR_UNITS = {"年"}
# words a numeral and measure word form (place names, fixed terms, slogans of the Party)
_FIXED_WORDS = [
    "七台河", "五台山", "三台县", "九台区", "九台市", "五家渠", "三门峡", "三里屯", "三元里", "八里庄",
    "十里铺",
    "十里河", "五里墩", "一成不变", "三部曲", "三个代表", "四个全面", "四个意识", "四个自信", "两个维护",
    "两个确立", "两个一百年", "五位一体", "三位一体", "两个务必", "三个臭皮匠", "一条龙", "一把手",
    "一份子", "三家村", "四个现代化", "一国两制", "两岸三地", "五个一", "两节", "四周", "四处", "四面八方",
    "十足", "三天两头", "三番五次", "三三两两", "千家万户",
]
_FIXED = re.compile("|".join(_tr(w) for w in _FIXED_WORDS))
# their second characters: the candidate's numeral is one character of them
_FIXED_SECOND = frozenset(c for w in _FIXED_WORDS for c in (w[1], _TRAD.get(w[1], w[1])))
# a name set off by spaces between Chinese words: the space is matched before the look-behind
# on the character before it, once for each kind of space, so that every alternative starts
# with a literal character, which ``re`` skips to (a look-behind first made it try them all
# at every position)
_SPACED = r"(?<=[\u4e00-\u9fff]{s})[ \u3000]*[^\s。！？；;!?]{{2,24}}?(?=[ \u3000]+[\u4e00-\u9fff])"
_QUOTED = re.compile(
    r"“[^“”\n]{1,24}”|‘[^‘’\n]{1,24}’|「[^「」\n]{1,24}」|\"[^\"\n]{1,24}\"|《[^《》\n]{1,100}》"
    rf"| {_SPACED.format(s=' ')}|\u3000{_SPACED.format(s=chr(0x3000))}"
)
_CLAUSE_MARK = r"[,，、;；:：。！？!?\s“”\"‘’「」()（）]"
_CLAUSE_SEP = re.compile(_CLAUSE_MARK)
# the last mark of a stretch: one that only other characters follow to its end
_LAST_CLAUSE_SEP = re.compile(rf"{_CLAUSE_MARK}{_CLAUSE_MARK.replace('[', '[^', 1)}*\Z")
_CN_NUM_CHAR = re.compile(f"[{_CN_DIG}十]")
_LATIN_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+/=@&")
_CN_DIGIT_SET = frozenset(CN_DIGITS)
_ARABIC_DIGIT = re.compile(f"[{_D}]")

# ----------------------------------------------------------------------------- objects

_HAN = "\u4e00-\u9fff"
_AFTER = re.compile(
    rf"[{_HAN}](?:[{_HAN}]|(?<=[{_HAN}])[ \u3000](?=[{_HAN}])"
    rf"|(?<=[{_HAN}])[(（][^()（）\n]{{1,10}}[)）]|(?<=[{_HAN}])、(?=[{_HAN}])){{0,23}}"
)
# (every word comes first in its alternative, which lets ``re`` skip to their first characters:
# 工作 after another character is matched before the look-behind says so)
_AFTER_STOP = re.compile(
    r"形成|进行|实现|成为|参加|参与|开展|完成|获得|得到|通过|提供|受益|覆盖|达到|分别|全部|全面|共同|累计|正在|"
    r"先后|相继|陆续|同比|申请|办理|进入|纳入|入选|受到|接受|签订|建成|新建|改扩建|投入|优先|深入|走访|分布|位于|"
    r"进驻|入驻|来自|参训|组成|构成|就业|上市|工作(?<=.工作)(?![组站室队日])|共计|合计|总计|其中|以及|共(?=[0-9一二两三四五六七八九十计有])|均(?!衡)|都(?!市)|已|将(?!军)|"
    r"还(?!款)|也|又|再(?![生就])|被(?![子服])|在(?![校职读岗建编])|于|从(?!业)|到(?!位)|向(?!日)|对(?![口象])|"
    r"为|给(?!水)|由|是|有(?![限机线效])|了|着(?!装)|过(?!程)|等(?!级)|与"
)
_BEFORE = re.compile(rf"[{_HAN}、“”‘’「」]{{1,20}}$")
_BEFORE_TRAIL = re.compile(r"(?:共计|合计|累计|总计|总共|共有|共|达到|达|计|有|为|是|约|近|等)+$")
_BEFORE_STOP = re.compile(
    r"培训|招收|招生|资助|援建|新增|增加|增至|设立|设置|捐赠|捐助|捐资|打造|帮助|输送|培养|吸纳|带动|选派|派遣|"
    r"派出|组织|建成|建设|新建|完成|投入|涉及|覆盖|走访|慰问|安置|录取|招聘|引进|转移|提供|开设|开办|举办|"
    r"创建|认定|评选|获评|获得|拥有|现有|共有|惠及|受益|接收|接待|发放|落实|解决|实现|达到|包括|包含|吸引|培育|"
    r"购置|购买|采购|梳理|架设|硬化|栽植|种植|养殖|开展|收集|征集|编印|印发|拍摄|选树|生产|修建|新修|铺设|安装|"
    r"改建|扩建|整治|清理|投放|开发|收购|储备|推出|制作|制定|出台|建起|聘任|救治|打通|新建|明确|"
    r"扶持|支持|救助|参加|参与|出动|动员|排查|检查|发现|查处|处理|抽调|配备|聘请|聘用|改造|建立|成立|组建|签约|"
    r"签订|对接|累计|共计|合计|总计|其中|分别|以及|向|对(?![象口])|为|给|让|把|将|从(?!业)|到(?![场位会])|于|的|是|有|在(?![校职读岗建编])"
)
_BEFORE_LEAD = re.compile(
    r"^(?:其中|各类|各种|各级|所有|全部|广大|全市|全县|全区|全省|全国|全镇|全乡|全校|目前|现有|共有|还有|另有|此外|"
    r"今年|去年|当年|同时|已)+"
)
_NOT_OBJECT = frozenset(
    [
        "时间", "期间", "今年", "去年", "目前", "其中", "总计", "人均", "每年", "累计", "同比", "当年", "全年",
        "以来", "以上", "以下", "总数", "数量", "人数", "规模", "面积", "总量", "总额", "金额", "合计", "共计",
        "分别", "年均", "平均", "总价值", "价值",
    ]
)


class _Raw(NamedTuple):
    """A fact before its object is known."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: Qualifier | None
    rule: str
    chinese: bool = False


_TO_SIMP = str.maketrans(_SIMP)


def _unit_norm(u: str) -> str:
    u = u.translate(_TO_SIMP)
    if u == "％":
        return "%"
    if u in ("个多月", "个半月"):
        return "个月"
    if u == "个半小时":
        return "个小时"
    if u == "圆":
        return "元"
    return u


def _split_mult(tok: str) -> tuple[str, int]:
    """``5万`` → (``5``, 10000): a trailing 万/亿 run of a token that has no other."""
    if not tok or tok[-1] not in _BIGU:
        return tok, 1  # no such run (most tokens)
    i = len(tok)
    while i > 0 and tok[i - 1] in _BIGU:
        i -= 1
    core, tail = tok[:i], tok[i:]
    if not tail or any(c in _BIGU for c in core):
        return tok, 1
    mult = 1
    for c in tail:
        mult *= 10**4 if c in "万萬" else 10**8
    return core, mult


_ADJACENT = re.compile(rf"([{_CN_DIG}])([{_CN_DIG}])([十拾百佰千仟]?)")
_PAIRS = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}
_BARE_VALUES = {"百": 100, "千": 1000, "万": 10**4, "萬": 10**4}
# characters before a one-character qualifier that make it part of a word (签约, 附近, 赶超)
_PRE_WORDS = {"约": "签預预节節制违違履邀特契条條公相", "近": "最附接将將邻鄰靠贴貼临臨亲親", "超": "高赶趕"}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "": 1}


def _is_pair(tok: str) -> bool:
    """Whether ``tok`` is two neighbouring digits read as a range (两三, 七八, 一两 but not
    一二, which lists ordinals: 一二类苗, 一二线城市)."""
    m = _ADJACENT.fullmatch(tok)
    return bool(m) and (CN_DIGITS[tok[0]], CN_DIGITS[tok[1]]) in _PAIRS and tok[:2] not in ("一二", "壹贰")


# the values of the one-character numerals, as the reader gives them
_ONE_CHAR = {c: parse_number(c) for c in [*CN_DIGITS, "十", "拾"]}


def _number(tok: str) -> tuple[Decimal, Decimal | None, bool]:
    """(value, value_max, vague) of a numeral token: ranges like 两三 and 三四十, 十几."""
    if tok.isascii() and tok.isdigit():
        return Decimal(tok), None, False  # the common case: Arabic digits alone
    one = _ONE_CHAR.get(tok)
    if one is not None:
        return one, None, False  # the next most common: one Chinese digit (三, 十)
    if tok in _BARE_VALUES:
        return Decimal(_BARE_VALUES[tok]), None, False
    core, mult = _split_mult(tok)
    if mult > 1 and core and core != tok:
        v, vmax, vague = _number(core)
        return v * mult, None if vmax is None else vmax * mult, vague
    m = _ADJACENT.fullmatch(tok)
    if m and tok[0] not in "零〇○" and tok[1] not in "零〇○" and _is_pair(tok):
        a, b = CN_DIGITS[m.group(1)], CN_DIGITS[m.group(2)]
        if (a, b) in _PAIRS:
            k = _SMALL[m.group(3)]
            return Decimal(a * k), Decimal(b * k), False
    if tok[0] in "数數上":
        # 数十, 上千, 数百万: at least the round number the word names
        rest = tok[1:]
        return parse_number(rest if rest[:1] == "十" else "一" + rest), None, True
    if "几" in tok or "幾" in tok:
        t = tok.replace("幾", "几")
        t = "一" + t[1:] if t.startswith("几") else t
        t = t.replace("几", "")
        return parse_number(t), None, True
    return parse_number(tok), None, False


_FOLD = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．"}


def _is_year(tok: str) -> bool:
    if len(tok) != 4:
        return False  # what both tests below ask first (folding keeps the length)
    t = tok.translate(_FOLD)
    if t.isdigit() and len(t) == 4 and t[0] in "12":
        return True
    return len(t) == 4 and all(c in CN_DIGITS for c in t) and t[0] in "一二"


_VAGUE_FIRST = frozenset("数數上")


def _may_be_vague(tok: str) -> bool:
    """Whether :func:`_number` may call ``tok`` vague: it does so only of a token that starts
    with 数 or 上 or holds 几 (数十, 上千, 十几), before and after a 万/亿 is split off.

    >>> _may_be_vague("十几"), _may_be_vague("数万"), _may_be_vague("十三")
    (True, True, False)
    """
    return tok[:1] in _VAGUE_FIRST or "几" in tok or "幾" in tok


def _hopeless(num: str, unit_s: str) -> bool:
    """Whether :meth:`FactParser._interpret` drops a candidate of this numeral and measure
    word whatever stands around it: a day of the month (15日, 十三日) or a string of Chinese
    digits (一一, 二〇一八). The scan asks before it cuts out and reads the candidate's window.

    >>> _hopeless("15", "日"), _hopeless("七二", "人"), _hopeless("两三", "人"), _hopeless("15", "人")
    (True, True, False, False)
    """
    if unit_s == "日" and "两" not in num and "兩" not in num and not _may_be_vague(num):
        return True
    if len(num) > 1 and num[0] in _CN_DIGIT_SET and _ARABIC_DIGIT.search(num) is None:
        core, _ = _split_mult(num)
        return len(core) > 1 and _CN_DIGIT_SET.issuperset(core) and not _is_pair(core)
    return False


def _blocked_before(text: str, before: str, pre: str | None, num_start: int) -> bool:
    """Whether what stands before a candidate makes it no count: an ordinal or a rate (第, 每),
    a page's counter (阅读386次), a numeral inside a name (第十四个五年规划), a code glued to
    letters (A-3, x5). ``before`` is the three characters before the candidate, ``pre`` its
    qualifier; each regex runs only where a character it needs is there.

    >>> _blocked_before("第三", "第", None, 1), _blocked_before("阅读386次", "阅读", None, 2)
    (True, True)
    >>> _blocked_before("建成3个", "建成", None, 2)
    False
    """
    last = before[-1:]
    if last in _BLOCK_BEFORE_LAST and _BLOCK_BEFORE.search(before):
        return True
    if not _COUNTER_FIRST.isdisjoint(text[:num_start]) and _COUNTER_BEFORE.search(text, 0, num_start):
        return True  # 阅读386次, 浏览量：2.1万: a page's counter, not a fact
    if num_start >= 2 and text[num_start - 1] in _SERIAL_UNITS and text[num_start - 2] in _NUMERAL_CHARS:
        return True  # 第十四个五年规划, 十届二十一次, 四个100%: a numeral inside a name
    if not pre and last in _LATIN_GLUE:
        return True
    return last == "-" and len(before) >= 2 and (before[-2].isdigit() or before[-2].isalpha())


class FactParser:
    """Finds numeric facts in any string: ``scan`` yields ``Hit[Fact]`` in text order.

    ``hit.value`` is the :class:`~govnews.document.Fact`; its span equals the hit span.

    >>> parser = FactParser()
    >>> [(h.text, h.rule) for h in parser.scan("建成2个基地、1.2万至1.5万元")]
    [('2个', 'arabic'), ('1.2万至1.5万元', 'range')]
    >>> next(iter(parser.scan("两三个方面"))).value.value_max
    Decimal('3')
    """

    name = "facts"

    def scan(self, text: str) -> Iterator[Hit[Fact]]:
        """Every fact in ``text``, in order; never raises on a ``str``.

        >>> [(h.text, str(h.value.value), h.value.unit, h.value.qualifier)
        ...  for h in FactParser().scan("全县近2万人受益,投入2.7亿元")]
        [('近2万人', '20000', '人', 'approx'), ('2.7亿元', '270000000', '元', None)]
        >>> list(FactParser().scan(""))
        []
        """
        if not isinstance(text, str) or not text:
            return
        for r, obj in self._facts(text):
            span = Span(r.start, r.end)
            fact = make_fact(text[r.start : r.end], span, r.value, r.unit, r.value_max, obj, r.qualifier)
            yield Hit(span=span, text=fact.text, value=fact, rule=r.rule)

    def _facts(self, text: str) -> Iterator[tuple[_Raw, str | None]]:
        """What :meth:`scan` yields, before it is made records: each fact and its object
        (the fact stage makes one record per fact, at its final span)."""
        raws = self._candidates(text)
        if not raws:
            return
        prev_end = 0
        last = len(raws) - 1
        for i, r in enumerate(raws):
            limit = raws[i + 1].start if i < last else len(text)
            yield r, _object(text, r, prev_end, limit)
            prev_end = r.end

    # ------------------------------------------------------------------ candidates

    def _candidates(self, text: str) -> list[_Raw]:
        out: list[_Raw] = []
        quoted: _Cover | None = None  # over the whole text, for long lines only
        line_quotes: dict[int, _Cover] = {}
        for m in _PATTERN.finditer(text):
            num, unit_s = m.group("num", "unit")
            if num is not None and (unit_s == "日" or num[0] in _CN_DIGIT_SET) and _hopeless(num, unit_s):
                continue
            s, e = m.span()
            lo = s - 6 if s > 6 else 0
            raw = _interpret_window(text[lo : e + 6], s - lo)
            if raw is None:
                continue
            if lo:
                raw = _Raw(raw.start + lo, raw.end + lo, raw.value, raw.value_max, raw.unit, raw.qualifier, raw.rule,
                           raw.chinese)
            if raw.chinese:
                # quotes never cross a line: read them on the fact's line only
                # (looked for within a bounded stretch: a long line costs one scan of the text)
                lo = text.rfind("\n", max(0, raw.start - _LONG_LINE), raw.start) + 1
                if lo == 0 and raw.start > _LONG_LINE:
                    lo = -_LONG_LINE
                hi = text.find("\n", raw.end, raw.end + _LONG_LINE)
                hi = len(text) if hi < 0 and raw.end + _LONG_LINE >= len(text) else hi
                if lo >= 0 and hi >= 0 and hi - lo <= _LONG_LINE:
                    cover = line_quotes.get(lo)
                    if cover is None:
                        cover = _Cover([(q.start(), q.end()) for q in _QUOTED.finditer(text, lo, hi)])
                        line_quotes[lo] = cover
                else:
                    if quoted is None:
                        quoted = _Cover([(q.start(), q.end()) for q in _QUOTED.finditer(text)])
                    cover = quoted
                if cover.contains(raw.start, raw.end) or _parallel_slogan(text, raw.start):
                    continue
            out.append(raw)
        return out

    @staticmethod
    def _interpret(text: str, m: re.Match[str]) -> _Raw | None:
        start, end = m.span()
        pre, sign, num, post = m.group("pre", "sign", "num", "post")
        num_start = m.start("num") if num is not None else m.start("pnum")
        if pre and len(pre) == 1 and start > 0 and text[start - 1] in _PRE_WORDS.get(_simp(pre), ""):
            start, pre = start + 1, None  # 签约1.5亿, 附近3个: the character belongs to a word
        before = text[max(0, start - 3) : start]
        qualifier: Qualifier | None = _PRE_QUAL.get(_simp(pre)) if pre else None
        if num is None:  # 百分之三
            if _blocked_before(text, before, pre, num_start):
                return None
            return FactParser._percent(text, m, start, end, qualifier, post)

        # Every test below that returns None drops the candidate whatever the others say, so
        # they come cheapest and most often decisive first: the character tests, then the
        # regexes (each behind a test of a character it needs), then the numeral reader.
        num2, unit_s = m.group("num2", "unit")
        unit = _unit_norm(unit_s)
        if post == "多" and unit not in _DURATION:
            end -= 1
            post = None
        chinese = _ARABIC_DIGIT.search(num) is None  # the only digits a numeral token can hold
        pre_before = pre  # the qualifier as the tests of what stands before read it
        if not pre and unit in _CURRENCY:
            cur = _CUR_BEFORE.search(text, 0, start)
            if cur:  # 港币一百亿元, 约人民币3000元: the currency written before the number
                start = cur.start()
                q = _PRE_BEFORE.search(text, 0, start)
                if q and q.group() not in _PRE_WORDS.get(text[q.start() - 1 : q.start()], ""):
                    start, pre = q.start(), q.group()
                    qualifier = _PRE_QUAL.get(_simp(pre))
        after = text[end : end + 2]
        a0 = after[:1]
        if a0 and ((a0.isascii() and a0.isalpha()) or a0 in "+/" or a0 in _AFTER_GUARD.get(unit, "")):
            return None
        # reduplication and 又: 一次次, 一个个, 一批又一批
        if a0 == unit_s[-1:] or a0 == "又":
            return None
        if unit == "个" and a0 and a0 in _BIGU:
            return None  # 两个亿: the unit is left unsaid
        if chinese:
            core, _ = _split_mult(num)
            if len(core) > 1 and _CN_DIGIT_SET.issuperset(core) and not _is_pair(core):
                return None  # 一一, 二〇一八: a digit string, not a count
            if len(core) == 1 and core in _FINANCIAL and unit not in _CURRENCY:
                return None  # 陆家嘴, 伍: a financial digit alone is a name, not a count
            if len(unit_s) == 1 and unit not in _PLACE_OK and a0 and a0 in _PLACE_SUFFIX:
                return None  # 五台县, 七台河, 三门峡: a place named with a numeral
            if num in ("一", "壹"):
                if unit in _DURATION and not pre and text[num_start - 1 : num_start] not in _ONE_SPAN_BEFORE:
                    return None  # 新的一年, 关键一年, 过去一年: a year named, not a span counted
                if num2 is None and (unit in _COUNTING or before[-1:] in _BLOCK_BEFORE_ONE):
                    return None  # 一个, 一种: the indefinite article, not a count (统一, 唯一)
            if num in ("零", "〇"):
                return None
            if len(num) == 1:
                if text[num_start + 2 : num_start + 3] == num:
                    return None  # 一X一Y: 一企一策, 一年一度
                if _parallel_numeral(text, num_start, end):
                    return None  # 五花八门, 四面八方, 三心二意: an idiom of two numerals
        elif (digits := num.translate(_FOLD))[:1] == "0" and len(digits) > 1 and digits[1:2] != ".":
            return None  # codes and leading zeros: 0538, 08005495
        if unit == "日" and "两" not in num and "兩" not in num and not _may_be_vague(num):
            return None  # 15日, 十三日: a day of the month, not two days (the reader says it of 几日 below)
        if (_is_year(num) or (num2 is not None and _is_year(num2))) and (unit == "年" or m.group("u1") == "年"):
            return None  # 2016至2020年: years
        if _blocked_before(text, before, pre_before, num_start):
            return None
        if chinese and not pre and before[-1:] in _BLOCK_BEFORE_CN_LAST and _BLOCK_BEFORE_CN.search(before):
            return None  # 高二, 周三, 初一
        if unit in _DURATION and (
            ("圈" in text[end : end + 4] and _ZONE_AFTER.match(text, end))
            or (not _PROGRAMME_FIRST.isdisjoint(text[end : end + 3]) and _PROGRAMME_AFTER.match(text, end))
        ):
            return None  # 15分钟生活圈, 三年攻坚行动: a span of time that names something
        if unit in ("分", "秒") and _BLOCK_TIME.search(text[max(0, num_start - 4) : num_start]):
            return None
        if chinese and text[num_start + 1 : num_start + 2] in _FIXED_SECOND and _FIXED.match(text, num_start):
            return None
        value, value_max, vague = _number(num)
        if unit == "日" and not vague and not any(c in "两兩" for c in num):
            return None  # 15日, 十三日: a day of the month, not two days
        if "多" in unit_s and vague is False and qualifier is None:
            qualifier = "over"  # 三个多月
        if "半" in unit_s or m.group("half"):
            value += Decimal("0.5")  # 三个半月, 三成半, 两斤半
        if m.group("jiao") and unit == "元":
            value += _digit(m.group("jiao")) / 10 + (_digit(m.group("fen")) / 100 if m.group("fen") else 0)
        if vague and qualifier is None:
            qualifier = "over"
        rule = "count"
        if num2 is not None:
            u1 = m.group("u1")
            if u1 is not None and _unit_norm(u1) != unit:
                return None
            v2, _, _ = _number(num2)
            _, mult1 = _split_mult(num)
            core2, mult2 = _split_mult(num2)
            if mult1 == 1 and mult2 > 1:
                c2, _, _ = _number(core2)
                if value < c2:
                    value = value * mult2
            elif mult1 == 1 and len(num2) > 1 and num2[-1] in _SMALL and not any(c in _SMALL_UNIT_CHARS for c in num):
                # 三至五百人, 两~3百: the unit of the upper end counts the lower end too
                c2, _, _ = _number(num2[:-1])
                if value < c2:
                    value = value * _SMALL[num2[-1]]
            if v2 <= value:
                return None
            value_max = v2
            rule = "range"
        mult = 1
        if m.group("m2"):
            for c in m.group("m2"):
                mult *= 10**4 if c in "万萬" else 10**8
        value = value * mult
        if value_max is not None:
            value_max = value_max * mult
        if sign and sign not in "+＋":
            if value_max is not None:
                return None  # -3至5: a sign on one end of a range is not read
            value = -value
        mid = m.group("q1") or m.group("q2")
        if qualifier is None and mid:
            qualifier = _MID_QUAL[_simp(mid)]
        if qualifier is None and post:
            qualifier = _POST_QUAL[post]
        if pre and _simp(pre) == "近" and unit in _DURATION:
            qualifier = None  # 近三年: the last three years
        if unit == "里" and value < 100:
            return None  # 三里屯, 十里铺: small counts of 里 are place names
        if value_max is None and rule == "count":
            if "万" in num or "亿" in num or "萬" in num or "億" in num or m.group("m2"):
                rule = "mixed" if not chinese else "chinese"
            else:
                rule = "chinese" if chinese else "arabic"
        return _Raw(
            start,
            end,
            canonical(value),
            None if value_max is None else canonical(value_max),
            unit,
            qualifier,
            rule,
            chinese,
        )

    @staticmethod
    def _percent(
        text: str, m: re.Match[str], start: int, end: int, qualifier: Qualifier | None, post: str | None
    ) -> _Raw | None:
        unit = "%" if _simp(m.group("pct")) == "百分之" else "‰"
        pnum = m.group("pnum")
        value = Decimal(100) if pnum == "百" else parse_number(pnum)
        if m.group("sign") and m.group("sign") not in "+＋":
            value = -value
        vmax = parse_number(m.group("pnum2")) if m.group("pnum2") else None
        if vmax is not None and vmax <= value:
            return None
        if post == "多":
            end -= 1
            post = None
        if qualifier is None and post:
            qualifier = _POST_QUAL[post]
        return _Raw(start, end, canonical(value), None if vmax is None else canonical(vmax), unit, qualifier, "percent")


@functools.lru_cache(maxsize=16384)
def _interpret_window(window: str, offset: int) -> _Raw | None:
    """The candidate at ``offset`` of a window of text (6 characters of context either side).

    Everything a candidate's reading depends on lies in that window, so readings are cached
    per window: the same surface in the same context is read once.
    """
    m = _PATTERN.match(window, offset)
    if m is None:  # cannot happen: the window holds the whole match and its context
        return None
    try:
        return FactParser._interpret(window, m)
    except (ValueError, ArithmeticError):
        return None


_BLOCK_TIME = re.compile(rf"[{_D}{_CN_ALL}][时時点點:分][{_D}{_CN_ALL}]*$")
# a character after the unit that makes it part of a word (一成不变, 二元结构, 两年级, 两位数,
# 三次产业, 15分钟生活圈)
_AFTER_GUARD = {
    "成": "不为為立本果效功绩績员員长長就熟型交品都年人",
    "元": "结結论論化次素旦宵老首帅帥月朝代年",
    "年": "级級度代初底末龄齡轻輕份",
    "位": "数數置于於",
    "次": "产產元性创創分",
    "分钟": "圈",
    "个": "性0123456789０１２３４５６７８９",
}
# a duration that names a zone (15分钟生活圈, 一小时经济圈)
_ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}圈")  # 圈 within four characters
_FINANCIAL = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")
_SMALL_UNIT_CHARS = frozenset("十拾百佰千仟万萬亿億")
# a span of years that names a programme (三年攻坚行动, 五年行动计划)
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:行动|计划|規劃|规划|攻坚|攻堅|纲要|綱要|大会战)")
_PROGRAMME_FIRST = frozenset("行计規规攻纲綱大")  # one of them within three characters
# measure words that number things in a series: a numeral right after "numeral + one of these"
# is part of a name (第十四个五年规划, 十届二十一次, 四个100%)
_SERIAL_UNITS = frozenset("个個届屆次期批轮輪")
_NUMERAL_CHARS = frozenset(_CN_ALL + _BIGU + "0123456789０１２３４５６７８９")
# what makes a numeral and a one-character measure word a place name (五台县, 七台河)
_PLACE_SUFFIX = frozenset("县縣市区區镇鎮乡鄉村山峡峽嘴河湖岛島庄莊屯堡寨桥橋街巷湾灣坪坝壩沟溝")
_PLACE_OK = frozenset("个名位所座处项条批类种户家")  # 两个县, 三所乡镇, 五户村民: counts of places
# what stands before a bare 一 of a duration that makes it a span counted (为期一年, 延长一年)
_ONE_SPAN_BEFORE = frozenset("期长長了用时時达達仅僅只延再历歷耗花需要满滿足近约約")
_COUNTER_WORDS = (
    "阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊", "访问", "訪問",
    "播放", "观看", "點贊", "点赞", "评论", "評論", "转发", "轉發",
)  # fmt: skip
_COUNTER_BEFORE = re.compile(rf"(?:{'|'.join(_COUNTER_WORDS)})(?:量|数|數|次数|次數|人数|人數)?[:：\s]*$")
_COUNTER_FIRST = frozenset(w[0] for w in _COUNTER_WORDS)
_CUR_BEFORE = re.compile(rf"(?:{_CUR_PREFIX})[ \u3000]?$")
_PRE_BEFORE = re.compile(rf"(?:{_alt(list(_PRE_QUAL))})$")


def _digit(s: str) -> Decimal:
    """One digit, Arabic (either width) or Chinese."""
    return Decimal(CN_DIGITS[s]) if s in CN_DIGITS else Decimal(int(s.translate(_FOLD)))


def _parallel_numeral(text: str, pos: int, end: int) -> bool:
    """Whether the one-character numeral at ``pos`` pairs with another two characters away,
    each followed by a word character (五花八门, 四面八方, 一企一策): an idiom or a slogan."""
    for other in (pos - 2, pos + 2):
        if (other >= end and 0 <= other < len(text) and text[other] in _IDIOM_NUMERALS) or (
            0 <= other < pos and text[other] in _IDIOM_NUMERALS
        ):
            mid = text[min(pos, other) + 1]
            outer = text[max(pos, other) + 1 : max(pos, other) + 2]
            if (
                mid not in _NUMERAL_CHARS
                and mid not in measures.ALL_UNITS  # 两家三甲医院, 一年两次: two counts, not an idiom
                and "\u4e00" <= mid <= "\u9fff"
                and outer
                and outer not in _NUMERAL_CHARS
            ):
                return True
    return False


_IDIOM_NUMERALS = frozenset("一二两三四五六七八九十百千万萬")


def _simp(s: str | None) -> str:
    return (s or "").translate(_TO_SIMP)


class _Cover:
    """Sorted spans with a running maximum of their ends: containment and overlap queries in O(log n).

    >>> c = _Cover([(0, 10), (4, 6)])
    >>> c.contains(5, 8), c.overlaps(10, 12), c.overlaps(9, 12)
    (True, False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []
        best = -1
        for _, b in spans:
            best = max(best, b)
            self.max_end.append(best)

    def contains(self, s: int, e: int) -> bool:
        """Whether one span covers ``[s, e)``."""
        i = bisect.bisect_right(self.starts, s)
        return i > 0 and self.max_end[i - 1] >= e

    def overlaps(self, s: int, e: int) -> bool:
        """Whether one span shares a character with ``[s, e)``."""
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.max_end[i - 1] > s


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: bounded by punctuation, quotes or white space."""
    lo = max(0, pos - 12)
    m = _LAST_CLAUSE_SEP.search(text, lo, pos)
    if m:
        lo = m.start() + 1
    m = _CLAUSE_SEP.search(text, pos, pos + 12)
    return lo, m.start() if m else min(len(text), pos + 12)


def _parallel_slogan(text: str, pos: int) -> bool:
    """Whether ``pos`` sits in a run of short parallel clauses with a Chinese numeral at the
    same place in each (三早、二申、一扶; 一个团队示范,三项具体引领,四项要点参谋)."""
    lo, hi = _clause(text, pos)
    length, at = hi - lo, pos - lo
    if not 2 <= length <= 6:
        return False
    count = 1
    for direction in (-1, 1):
        a, b = lo, hi
        for _ in range(3):
            if direction < 0:
                if a < 2:
                    break
                a2, b2 = _clause(text, a - 2)
                if b2 != a - 1:
                    break
            else:
                if b + 1 >= len(text):
                    break
                a2, b2 = _clause(text, b + 1)
                if a2 != b + 1:
                    break
            if b2 - a2 != length or not _CN_NUM_CHAR.match(text[a2 + at]):
                break
            count += 1
            a, b = a2, b2
    return count >= 3


def _object(text: str, r: _Raw, prev_end: int, limit: int) -> str | None:
    """What the fact counts: after the measure word, else (in lists) before the number."""
    if r.unit not in _COUNTING:
        return None
    obj = _after_object(text, r.end, limit)
    if obj is None and r.unit != "次":
        obj = _before_object(text, r.start, prev_end)
    return obj


def _after_object(text: str, pos: int, limit: int) -> str | None:
    m = _AFTER.match(text, pos, max(pos, limit))
    if not m:
        return None
    s = m.group()
    stop = _AFTER_STOP.search(s)
    if stop:
        s = s[: stop.start()]
    if s.startswith("的"):
        return None
    if "的" in s:
        head, tail = s.split("的", 1)[0], s.rsplit("的", 1)[1]
        if 2 <= len(head) <= 4 and len(tail) >= 3 and not _MODIFIER.search(head):
            s = head  # 23个部门的数据资源, 150家中国企业的负责人: the departments, the firms
        elif len(tail) >= 2:
            s = tail  # 5家规模以上的企业, 两个具有代表性的项目: the firms, the projects
    s = _tidy(s)
    return s or None


# what makes the words before 的 a modifier, not the thing counted (规模以上的企业, 新建的学校)
_MODIFIER = re.compile(r"以上|以下|左右|[多余来]|特色|重点(?=.)|具有|新建|新增|现有|所有|优秀|典型|先进|困难|贫困")


def _before_object(text: str, start: int, prev_end: int) -> str | None:
    lo = max(prev_end, start - 20, 0)
    m = _BEFORE.search(text, lo, start)
    if not m or m.group().endswith(("前", "后", "後", "第")):
        return None  # 前20名: a rank, not a list item
    s = _BEFORE_TRAIL.sub("", m.group())
    # cut after the last verb or list mark, unless it leaves one character (生产 in 清洁化生产线)
    cut = max((m.end() for m in _BEFORE_STOP.finditer(s) if len(s) - m.end() != 1), default=0)
    s = s[cut:]
    if "等" in s[:-2]:
        k = s.rindex("等", 0, len(s) - 2) + 1
        if not s.startswith(("领域", "方面", "行业", "地区", "类", "多"), k):
            s = s[k:]  # 收割机、烘干机等农机具400余台: the machines (but 农业、电商等领域人才)
    s = _BEFORE_LEAD.sub("", s)
    s = _tidy(s)
    if len(s) < 2 or s in _NOT_OBJECT:
        return None
    return s



_UNTIDY = re.compile(r"[ \u3000“”‘’「」]")


def _tidy(s: str) -> str:
    s = _UNTIDY.sub("", s)
    return s.strip("、和与及等").strip()


def find_facts(text: str) -> list[Fact]:
    """Every numeric fact in ``text``, in order (offsets into ``text``).

    >>> [(f.text, str(f.value), str(f.value_max), f.unit) for f in find_facts("3至5年内建成两三个")]
    [('3至5年', '3', '5', '年'), ('两三个', '2', '3', '个')]
    >>> find_facts(None)
    Traceback (most recent call last):
    ...
    TypeError: find_facts() takes str, not NoneType
    """
    if not isinstance(text, str):
        raise TypeError(f"find_facts() takes str, not {type(text).__name__}")
    return [h.value for h in _PARSER.scan(text)]


_PARSER = FactParser()
_LONG_LINE = 4000
# a line break between two digits of what was read as one number
_GLUED = re.compile(rf"[{_D}{_CN_ALL}.．,，][ \t\u3000\r]*\n\s*[{_D}{_CN_ALL}]")


class FactStage:
    """Stage ``facts``: the facts of each article's title, subtitle and paragraphs.

    Spans are working-text spans; a fact that overlaps a noise span is left out.

    >>> import govnews
    >>> doc = govnews.parse("建设成效明显\\n本报讯 全市建成19所职业院校。")
    >>> [(f.text, f.object) for a in doc.articles for f in a.facts]
    [('19所', '职业院校')]
    """

    name = "facts"

    def run(self, state: ParseState) -> None:
        text = state.text
        noise_starts, noise_ends = state.merged_noise()
        for art in state.articles:
            views: list[Stitched] = [v for v in (art.title, art.subtitle) if v is not None]
            views.extend(art.paragraphs)
            for view in views:
                vt = view.text
                for r, obj in _PARSER._facts(vt):
                    shift = view.shift_within(r.start, r.end)
                    if shift is not None:
                        start, end = r.start + shift, r.end + shift  # the common case: inside one piece
                    else:
                        span = view.whole_base_span(Span(r.start, r.end), text)
                        if span is None:
                            continue  # stitched across cut-out content (a byline, spam): not one quantity
                        start, end = span.start, span.end
                    if "\n" in text[start:end] and _GLUED.search(text, start, end):
                        continue  # ３５２６⏎１９８２年: two cells of a table, not one number
                    k = bisect.bisect_right(noise_ends, start)
                    if end > start and k < len(noise_starts) and noise_starts[k] < end:
                        continue  # it overlaps noise (what state.overlaps_noise says)
                    art.facts.append(
                        make_fact(vt[r.start : r.end], Span(start, end), r.value, r.unit, r.value_max, obj, r.qualifier)
                    )
