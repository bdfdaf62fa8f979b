"""Chinese surnames, compound ones included, and splitting runs of names.

Bylines often run two names together, ``(孙希国刘泓)``; :func:`split_names` cuts such a
run at surname boundaries, preferring common surnames and two- or three-character
names:

>>> split_names("孙希国刘泓")
['孙希国', '刘泓']
>>> split_names("欧阳娜娜")
['欧阳娜娜']
>>> surname_of("诸葛亮"), surname_of("张同建"), surname_of("仿真")
('诸葛', '张', None)
"""

from __future__ import annotations

import functools

__all__ = [
    "COMMON_SURNAMES",
    "COMPOUND_SURNAMES",
    "SURNAMES",
    "is_common_surname",
    "split_names",
    "surname_of",
]

#: the most frequent single-character surnames of the mainland (roughly the top 200)
COMMON_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝萧"
)

# The Hundred Family Surnames and later additions. Characters that are far more often
# words than surnames (有, 第, 能, 都 …) are left out on purpose.
_RARE = (
    "水窦云奚昌凤花酆廉乐傅皮元平湛禹狄贝计伏谈茅强危支昝经干宣贲郁杭洪诸钮嵇滑荀羊於惠家封芮羿储汲邴"
    "糜松井富乌巴弓牧隗山蓬郗班仰秋伊暴钭厉戎祖束幸韶郜蓟薄印宿怀邰从鄂索咸籍赖蔺屠阴胥苍双闻莘贡劳逄"
    "扶堵宰郦雍璩濮寿扈燕冀郏浦别慕茹习宦鱼容慎戈庾暨居衡步耿弘匡国寇广禄阙东殳沃利蔚越夔隆厍晁勾融訾"
    "阚那毋乜鞠丰巢蒯荆红竺权逯盖益桓晋楚鄢钦帅缑亢况郈琴佴伯赏墨哈谯笪言福揭"
)

#: two-character surnames; a name starting with one is never split after its first character
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    {
        "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊",
        "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐",
        "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司徒", "司空", "亓官", "司寇", "子车", "颛孙",
        "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干",
        "百里", "东郭", "南门", "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五",
    }
)

#: every single-character surname the splitter knows
SURNAMES: frozenset[str] = COMMON_SURNAMES | frozenset(_RARE)


def surname_of(name: str) -> str | None:
    """The surname a name starts with (compound first), or ``None``.

    >>> surname_of("欧阳修"), surname_of("国瑞"), surname_of("联盟")
    ('欧阳', '国', None)
    """
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    if name[:1] and name[0] in SURNAMES:
        return name[0]
    return None


def is_common_surname(name: str) -> bool:
    """Whether ``name`` starts with a common (or compound) surname.

    >>> is_common_surname("刘泓"), is_common_surname("国瑞")
    (True, False)
    """
    return (len(name) >= 3 and name[:2] in COMPOUND_SURNAMES) or (name[:1] in COMMON_SURNAMES and name != "")


def _piece_score(piece: str) -> int | None:
    sur = surname_of(piece)
    if sur is None or (len(sur) == 1 and piece[:2] in COMPOUND_SURNAMES):
        return None
    given = len(piece) - len(sur)
    if not 1 <= given <= 2:
        return None
    score = 6 if len(sur) == 2 else 4 if is_common_surname(piece) else 2
    return score + (1 if len(piece) == 3 else 0)


@functools.lru_cache(maxsize=4096)
def _split(run: str) -> tuple[int, tuple[str, ...]] | None:
    if not run:
        return (0, ())
    best: tuple[int, tuple[str, ...]] | None = None
    for size in (2, 3, 4):
        if size > len(run):
            break
        score = _piece_score(run[:size])
        if score is None:
            continue
        rest = _split(run[size:])
        if rest is None:
            continue
        total = (score + rest[0], (run[:size],) + rest[1])
        if best is None or total[0] > best[0]:
            best = total
    return best


def split_names(run: str) -> list[str] | None:
    """Split a run of Chinese names written without separators, or ``None`` if it is not one.

    A run of two or three characters is one name. Longer runs are cut so that every
    piece starts with a surname and has a one- or two-character given name; a
    four-character run stays whole when it starts with a compound surname.

    >>> split_names("孙希国刘泓"), split_names("陈玉华")
    (['孙希国', '刘泓'], ['陈玉华'])
    >>> split_names("王芳李强"), split_names("从市教育局获悉") is None
    (['王芳', '李强'], True)
    """
    if len(run) < 2 or len(run) > 24:
        return None
    if len(run) <= 3:
        return [run]
    if len(run) == 4 and run[:2] in COMPOUND_SURNAMES:
        return [run]
    found = _split(run)
    return None if found is None else list(found[1])
