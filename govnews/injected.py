"""Keyword spam injected into sentences by SEO-spam sites, found by how it breaks the text.

An injection is a piece ``X`` glued into a sentence: ``帮塑料混合机扶`` (``帮扶`` occurs
intact elsewhere on the page), ``措施化轴承钢球。`` (product words foreign to the page
before the full stop), ``合格县`` split by a specification clause. Candidates come from
compiled triggers (product vocabulary, specification and quality clauses); a candidate
is cut only when the text around it says it does not belong:

* ``X`` occurs nowhere else on the page, and most of its character pairs are foreign
  to the page;
* the joints (the character before ``X`` with its first, its last with the one after)
  occur nowhere else on the page, while what is left when ``X`` goes (``帮扶``) does;
* ``X`` is glued into running text (a Chinese character on its left).

Two more kinds of evidence, general for any vocabulary (see ``docs/noise.md``):

* the page's own spam vocabulary (:class:`SpamVocabulary`): words of its spam areas
  (stuffed titles, link farms, product, tag and recommendation lists) found in a sentence
  are cut where they break a word: the characters around them join into a common word
  (:mod:`govnews.wordfreq`) or one of the page, while the joints with them are none;
* forms: casino names, clinic tags, domains and hotlines glued into a sentence,
  production-rate clauses.

No rule here catches its own exceptions: a bug fails the parse, it does not turn the
stage off.

>>> page = "做好帮扶工作。帮扶责任人入户走访。"
>>> [(h.text, h.rule) for h in find_injected("各村要做好帮塑料混合机扶工作。", page + "各村要做好帮塑料混合机扶工作。")]
[('塑料混合机', 'injected.split_word')]
>>> find_injected("购置收割机20台。")
[]
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from govnews.core import Hit, Span, Stitched, subtract_spans
from govnews.noise_rules import word_trie
from govnews.state import ParseState
from govnews.wordfreq import is_common_word

__all__ = ["InjectedStage", "SpamVocabulary", "find_injected", "remove_spans"]

#: the spaces a piece is squeezed of (``_squeeze``)
_SPACES = " \t\u3000\u00a0"
_HAN1 = regex.compile(r"\p{Han}")
#: runs of Chinese characters: the pairs of two Chinese characters are those inside a run
_HAN_RUN = regex.compile(r"\p{Han}{2,}")

_MATERIAL = (
    r"塑料|金属|不锈钢|碳钢|合金|铸铁|橡胶|硅胶|玻璃钢|玻璃|陶瓷|树脂|尼龙|铝合金|镀锌|钢丝|钢带|钢制|铜|铝|钛|"
    r"聚乙烯|聚丙烯|亚克力|石墨|碳化硅|PVC|PE|PP|高压|液压|气动|数控|全自动|半自动|非标|高速|立式|卧式|工业"
)
_PART = (
    r"轴承|钢球|滚珠|螺栓|螺母|螺丝|螺钉|垫片|法兰|阀门|球阀|闸阀|蝶阀|阀|泵|齿轮|链条|弹簧|密封件|密封圈|"
    r"滤芯|滤网|喷嘴|刀具|刀片|模具|管件|接头|钢板|钢管|钢筋|钢材|板材|型材|铸件|锻件|配件|电机|马达|减速机|"
    r"轴|缸|罐|炉|塔|辊|筛|网带|输送带|传送带"
)
_MACHINE_STEM = (
    r"混合|搅拌|标记|打标|蚀刻|切片|细碎|粉碎|破碎|切割|包装|灌装|注塑|焊接|雕刻|清洗|烘干|分选|制粒|压缩|压滤|"
    r"研磨|抛光|喷涂|印刷|折弯|剪板|冲压|成型|封口|贴标|过滤|脱水|离心|输送|提升|筛分|造粒|挤出|吹膜|制砂|球磨|"
    r"磨粉|压片|裁断|分切|缠绕|打包|码垛|喷码|点胶|绕线|注胶|烫金|覆膜|开槽|弯管|卷板|滚丝|拉丝|制袋|热转印|"
    r"压路|起重|挖掘|装载|打桩|钻孔|发电|空压|制冷|真空|振动|螺旋"
)
_TERM = rf"(?:(?:{_MACHINE_STEM})(?:机械|设备|机)|{_PART}|(?:{_MATERIAL})(?=\p{{Han}}))"
_TERM_RE = regex.compile(_TERM)
_FINAL = rf"(?:{_MACHINE_STEM})(?:机械|设备|机)|{_PART}"
#: a chain of product terms ending in a machine or part
_PRODUCT = regex.compile(rf"(?:{_TERM}){{0,4}}(?:{_FINAL})(?:站)?")
#: the machines and parts: every product chain holds one
_PRODUCT_WORDS = sorted(
    {f"{stem}{tail}" for stem in _MACHINE_STEM.split("|") for tail in ("机械", "设备", "机")} | set(_PART.split("|")),
    key=lambda w: (-len(w), w),
)
#: a fast pre-check for a product chain: the product words as a prefix tree of literals,
#: which stdlib ``re`` scans several times faster than ``regex`` (it skips to the possible
#: first characters, and the tree tries each character once)
_PRODUCT_HINT = re.compile(word_trie(_PRODUCT_WORDS))
_UNIT = r"(?:mm|cm|μm|um|nm|m|毫米|厘米|微米|kg|g|t|MPa|Pa|℃|°C|kW|W|V|A|Hz|rpm|目|丝)"
_NUM = rf"[0-9]+(?:\.[0-9]+)?\s*{_UNIT}"
_SPEC_WORDS = (
    "厚度|长度|宽度|高度|直径|口径|重量|硬度|强度|精度|规格|尺寸|含量|密度|粒度|功率|转速|压力|温度|容量|"
    "孔径|壁厚|外径|内径|粗糙度"
)
_SPEC_VERB = "(?:一般|通常|分别)?(?:为|是|在|有|达|约)"
_SPEC_HEAD = f"(?:{_SPEC_WORDS}){_SPEC_VERB}"
_SPEC = regex.compile(
    rf"其?{_SPEC_HEAD}\s*{_NUM}"
    rf"(?:\s*(?:和|及|或|至|到|~|～|-|、)\s*{_NUM})*\s*(?:两种|三种|几种|多种|之间|以上|以下|左右|不等)?"
)
_QUALITY = regex.compile(
    r"(?:表面)?不(?:应|得|能|允许)有[^，。；;,\n]{1,24}?等|"
    r"(?:必须|需要|须|需)(?:要)?(?:经过|通过)[^，。；;,\n]{2,30}?(?:测试|检测|检验|试验|验证|认证)"
    r"(?:来|才能|后)?(?:实现|完成|确定|投入使用|出厂)?"
)
#: stdlib pre-checks: every specification clause holds a property word and its verb, every
#: quality clause a prohibition or a test requirement (``必须经过``, ``需要通过``). Each opens
#: with literals only (the words as a prefix tree), so the engine skips to their first characters
_SPEC_HINT = re.compile(word_trie(_SPEC_WORDS.split("|")) + _SPEC_VERB)
_QUALITY_HINT = re.compile(r"不(?:应|得|能|允许)有|须要?要?(?:经过|通过)|需要?要?(?:经过|通过)")
#: provinces and prefecture-level cities of China, without their suffixes (a gazetteer, not page words)
_PLACE_TEXT = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 "
    "湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 "
    "香港 澳门 石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 "
    "阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 "
    "呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 "
    "营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 四平 辽源 通化 白山 松原 白城 延边 哈尔滨 "
    "齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 南京 无锡 "
    "徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 "
    "绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 "
    "阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 "
    "景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 "
    "潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 "
    "新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 武汉 黄石 十堰 宜昌 "
    "襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 "
    "张家界 益阳 郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 "
    "肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 "
    "北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 "
    "攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "阿坝 甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南 昆明 曲靖 玉溪 "
    "保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨 日喀则 "
    "昌都 林芝 山南 那曲 阿里 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 "
    "嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 西宁 海东 海北 "
    "黄南 海南 果洛 玉树 海西 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 "
    "昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子 "
)
_PLACES = _PLACE_TEXT.split()
#: the longest term or final word (all are literal words)
_TERM_MAX = max(len(w) for w in (*_PRODUCT_WORDS, *_MATERIAL.split("|"), *_PART.split("|")))
#: the places as a plain literal alternation, longest first: what ``_place_matches`` finds
_PLACE = re.compile("|".join(sorted(set(_PLACES), key=len, reverse=True)))
#: the same places as a prefix tree (the longest place that starts at a position, as above)
_PLACE_TREE = re.compile(word_trie(_PLACES))
#: every place has two characters or more: where one starts, a first character of a place
#: stands before a second one. One class test a character, where the place alternation
#: tries hundreds of branches at each common character (大, 上, 中 …)
_PLACE_START = re.compile(
    "[" + "".join(sorted({p[0] for p in _PLACES})) + "][" + "".join(sorted({p[1] for p in _PLACES})) + "]"
)
if min(map(len, _PLACES)) < 2:  # pragma: no cover - a one-character place needs another gate
    raise RuntimeError("_PLACE_START assumes places of two characters or more")
_COUNT_BEFORE = regex.compile(r"[0-9一二三四五六七八九十百千两几多][个名所项家类种批位支条座]$")
_PLACE_AFTER = set("市县区州盟省的人籍等、和与及地镇乡村")
_PLACE_BEFORE = set("在到赴从至、和与及省往来自于向")
_CLAUSE_PUNCT = "。，；、！？,;!?"
#: characters that may stand before a product word in a sentence that means it
_LEGIT_BEFORE = set("的了批台套个种款些件只购买置用制产售把将和与及等、对该各类型条")


def _squeeze(s: str) -> str:
    """``s`` without the characters of ``_SPACES`` (four ``str.replace`` calls are many
    times faster than a regex substitution, on the short pieces the judges squeeze and
    on a whole page alike).

    >>> _squeeze("帮 扶\u3000工\t作\u00a0。")
    '帮扶工作。'
    """
    return s.replace(" ", "").replace("\t", "").replace("\u3000", "").replace("\u00a0", "")


class _Page:
    """The page with its spaces squeezed out, and the counts of substrings asked so far.

    A count scans the whole page: each distinct string is counted once per page, not
    once per paragraph that asks. Given a function instead of a string, the page is
    built on the first count (a page without a candidate is never built).
    """

    __slots__ = ("_counts", "_make", "_text")

    def __init__(self, page: str | Callable[[], str]) -> None:
        self._make = page if callable(page) else None
        self._text = None if callable(page) else _squeeze(page)
        self._counts: dict[str, int] = {}

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._make is not None
            self._text = _squeeze(self._make())
        return self._text

    def count(self, s: str) -> int:
        if not s:
            return 0
        n = self._counts.get(s)
        if n is None:
            n = self._counts[s] = self.text.count(s)
        return n


class _Ctx:
    __slots__ = ("count", "text")

    def __init__(self, text: str, page: _Page) -> None:
        self.text = text
        self.count = page.count

    def left(self, i: int, n: int) -> str:
        """Up to ``n`` non-space characters before ``i`` (within ``n + 4`` characters)."""
        text = self.text
        if n == 1 and i > 0 and text[i - 1] not in _SPACES:
            return text[i - 1]  # the common case, without building a squeezed copy
        return _squeeze(text[max(0, i - n - 4) : i])[-n:]

    def right(self, j: int, n: int) -> str:
        """Up to ``n`` non-space characters from ``j`` (within ``n + 4`` characters)."""
        text = self.text
        if n == 1 and j < len(text) and text[j] not in _SPACES:
            return text[j]
        return _squeeze(text[j : j + n + 4])[:n]

    def foreign(self, x: str) -> float:
        """Share of the Chinese character pairs of ``x`` that occur nowhere else on the page."""
        pairs = [run[k : k + 2] for run in _HAN_RUN.findall(x) for k in range(len(run) - 1)]
        if not pairs:
            return 1.0
        unseen = sum(1 for p in pairs if self.count(p) <= x.count(p))
        return unseen / len(pairs)


def _judge(ctx: _Ctx, i: int, j: int, strong_shape: bool, clause: bool = False) -> tuple[float, str] | None:
    """Confidence and rule for cutting ``text[i:j]``, or None to keep it."""
    text = ctx.text
    x = _squeeze(text[i:j])
    if len(x) < 2 or ctx.count(x) != 1:
        return None
    a, b = ctx.left(i, 1), ctx.right(j, 1)
    if not a or not _HAN1.match(a):
        return None
    if ctx.count(a + x[0]) != 1:
        return None
    if b and _HAN1.match(b):
        if ctx.count(x[-1] + b) != 1:
            return None
        a2, b2 = ctx.left(i, 2), ctx.right(j, 2)
        joined = [a + b, a2 + b, a + b2, a2 + b2]
        join = max((len(s) for s in joined if len(s) >= 2 and ctx.count(s) >= 1), default=0)
        fr = ctx.foreign(x)
        # a joint that spells a common word (``一家`` + ``起重…``) leaves the place in doubt
        # unless a longer word of the page joins across the piece (``城关`` + … + ``镇``)
        joint_word = is_common_word(a + x[0]) or is_common_word(x[-1] + b)
        if join and fr >= 0.5 and (join >= 3 or not joint_word):
            return (0.9 if join >= 3 or fr >= 0.75 else 0.8), "injected.split_word"
        if clause and strong_shape and fr >= 0.6 and (ctx.count(b2) >= 2 or ctx.count(a2) >= 2):
            # a specification or quality clause: a shape no sentence of a report has
            return 0.8, "injected.foreign_clause"
        # no word joins where a product word stands: the sentence may mean it
        # (``一家起重机械企业``): in doubt, keep
        return None
    if b and b in _CLAUSE_PUNCT and strong_shape and a not in _LEGIT_BEFORE and ctx.foreign(x) >= 0.75:
        return 0.8, "injected.clause_end"
    return None


def _judge_place(ctx: _Ctx, i: int, j: int) -> tuple[float, str] | None:
    """A place name wedged into a phrase: ``13个阿克苏专业`` (the page says ``13个`` ... ``专业``)."""
    text = ctx.text
    # the character after first: most places stand before a suffix (市, 县, 省 …)
    b = ctx.right(j, 1)
    if not b or b in _PLACE_AFTER or not _HAN1.match(b):
        return None
    a = ctx.left(i, 1)
    if not a or a in _PLACE_BEFORE:
        return None
    x = text[i:j]
    if ctx.count(x) != 1 or ctx.foreign(x) < 1.0:
        return None
    r = _judge(ctx, i, j, False)
    if r is not None:
        return r
    b2 = ctx.right(j, 2)
    if _COUNT_BEFORE.search(ctx.left(i, 2)) and len(b2) == 2 and ctx.count(b2) >= 2 \
            and ctx.count(a + x[0]) == 1 and ctx.count(x[-1] + b) == 1:
        return 0.75, "injected.place_in_phrase"
    return None


# ---------------------------------------------------------------------------------------
# form-based injections: casino brands, clinic keywords, glued domains and hotlines,
# production-rate clauses. Each has a cheap literal pre-check (stdlib ``re``).

_DISEASE = (
    "白癜风|牛皮癣|银屑病|癫痫|羊癫疯|男科|妇科|不孕不育|阳痿|早泄|前列腺|包皮|尖锐湿疣|性病|梅毒|痔疮|"
    "无痛人流|人流|狐臭|腋臭|灰指甲|鱼鳞病|湿疹|荨麻疹|肛肠|乳腺增生|子宫肌瘤|宫颈糜烂"
)
#: words that ask for a clinic: never said by the prose of a news report
_CLINIC_ASK = (
    "哪家医院好|医院哪家好|哪家好|去哪家医院|哪个医院好|医院排名|排名前十|哪里治疗好|哪里看好|怎么治疗好|"
    "能治好吗|治疗费用|专科医院|医院"
)
_CLINIC = regex.compile(
    rf"【[^【】\n]{{0,12}}(?:{_DISEASE})[^【】\n]{{0,12}}】"
    rf"|_?\p{{Han}}{{0,6}}?(?:{_DISEASE})\p{{Han}}{{0,6}}?(?:{_CLINIC_ASK})(?:_(?=\p{{Han}}))?"
)
_CLINIC_HINT = re.compile(_DISEASE)
# a verb of treating before the disease word of a clinic keyword (治疗白癜风哪家医院好)
_TREAT_END = regex.compile(r"(?:治疗|医治|根治|专治|治)$")
_PLACE_END = regex.compile(rf"(?:{'|'.join(sorted(set(_PLACES), key=len, reverse=True))})$")
_CLINIC_STRONG = regex.compile(r"哪家|哪个医院|排名|哪里|怎么治|能治好|治疗费用")
_CASINO_TAIL = r"(?:网站|娱乐城|娱乐|体育|官网|平台|国际|登录|入口|手机版|手机|app|APP|老玩家|彩票|棋牌|真人)"
#: the part of a casino name after its brand: ``集团9728网站``, ``体育手机版``; the brand
#: (two characters, or one to three, after an optional place name) is chosen by the cut
_CASINO = regex.compile(
    rf"集团[0-9]{{3,6}}{_CASINO_TAIL}*(?![0-9年月日号万亿元个家次%．.])"
    rf"|(?:体育|娱乐|棋牌|彩票|真人|国际)(?:手机版?|官网|平台|app|APP|登录|入口|下载|网址|在线)+"
)
_CASINO_WORD = regex.compile(
    r"(?:百家乐|真人视讯|体育投注|电子游艺|网上赌场|博彩)(?:\p{Han}{0,4}?(?:网站|平台|官网|入口|app|APP))?"
)
_CASINO_HINT = re.compile(r"集团[0-9]|体育|娱乐|棋牌|彩票|真人|国际|百家乐|投注|游艺|赌场|博彩")
#: a domain name: ``hengtaijx.cn``, ``www.xx-yy.com``
_DOMAIN = regex.compile(
    r"(?<![A-Za-z0-9./@:_\-])(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,40})*"
    r"\.(?:com|cn|net|org|cc|top|xyz|vip|info|biz|co|me|tv|shop|site|online|club|wang|ink|ltd|hk)"
    r"(?![A-Za-z0-9.\-/])",
)
#: a hotline or phone number with its label
_HOTLINE = regex.compile(
    r"(?:(?:咨询|服务|免费|预约|客服|招生|全国|24小时)?(?:热线电话|热线|电话|手机)(?:号码)?[：:]?\s*)?"
    r"(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4})"
)
_PRODUCTION = regex.compile(
    r"(?:每小时|每天|每日|每台|单机|日|小时|年)?(?:产量|产能|处理量|处理能力|生产能力|生产效率)"
    r"(?:可达|达到|最高可达|高达|达|为|约为|约)\s*[0-9]+(?:\.[0-9]+)?\s*"
    r"(?:公斤|千克|吨|kg|t|件|个|袋|只|立方米|立方|方|m³|平方米)(?:以上|左右)?"
)
#: stops after which a trailing domain is glued to the paragraph, not given by it
_STOPS = "。！？；!?;…”’」』）)"


def _is_word(ctx: _Ctx, s: str) -> bool:
    """``s`` is a word: common Chinese, or found elsewhere on the page."""
    return len(s) >= 2 and (is_common_word(s) or ctx.count(s) >= 1)


def _joint_is_word(ctx: _Ctx, s: str) -> bool:
    """A joint with the cut piece is a word: common Chinese, or repeated on the page."""
    return len(s) == 2 and bool(_HAN1.match(s[0])) and (is_common_word(s) or ctx.count(s) > 1)


def _breaks_word(ctx: _Ctx, i: int, j: int, *, whole_left: bool = False, whole_right: bool = False) -> bool:
    """``text[i:j]`` stands inside a word: the characters around it join into a word, and
    neither joint with the piece is one (``高`` + ``液压升降平台租赁`` + ``中`` → ``高中``).

    ``whole_left`` (``whole_right``): the piece begins (ends) with a whole word of the
    page's spam areas, so a joint there that spells a common word (``基`` + ``数控…``)
    is chance; a joint the page repeats still keeps the piece.
    """
    text = ctx.text
    x = _squeeze(text[i:j])
    a, b = ctx.left(i, 1), ctx.right(j, 1)
    if not x or not a or not b or not _HAN1.match(a) or not _HAN1.match(b):
        return False
    if _joint_is_word(ctx, a + x[0]) and (not whole_left or ctx.count(a + x[0]) > 1):
        return False
    if _joint_is_word(ctx, x[-1] + b) and (not whole_right or ctx.count(x[-1] + b) > 1):
        return False
    a2, b2 = ctx.left(i, 2), ctx.right(j, 2)
    return any(_is_word(ctx, w) for w in (a + b, a2 + b, a + b2) if _HAN1.match(w[0]) and _HAN1.match(w[-1]))


def _clean_edges(ctx: _Ctx, i: int, j: int) -> bool:
    """``text[i:j]`` may go without a trace: each side is a clause edge (start, end,
    punctuation) or a character that makes no word with the piece."""
    text = ctx.text
    x = _squeeze(text[i:j])
    a, b = ctx.left(i, 1), ctx.right(j, 1)
    if a and _HAN1.match(a) and _joint_is_word(ctx, a + x[0]):
        return False
    return not (b and _HAN1.match(b) and _joint_is_word(ctx, x[-1] + b))


def _clinic_starts(text: str, lo: int, d: int) -> list[int]:
    """Where a clinic keyword whose disease word starts at ``d`` may start, at ``lo`` or after:
    at a place name before the disease (``南宁`` + ``白癜风``), at a verb of treating
    (``治疗`` + ``白癜风``), then at the disease word.

    >>> t = "等问题南宁白癜风医院哪家好"
    >>> [t[i:5] for i in _clinic_starts(t, 0, 5)]
    ['南宁', '']
    >>> t = "问题治疗白癜风哪家医院好"
    >>> [t[i:4] for i in _clinic_starts(t, 0, 4)]
    ['治疗', '']
    """
    found = (_ending_at(_PLACE_END, text, d, max(lo, d - 4)), _ending_at(_TREAT_END, text, d, max(lo, d - 2)))
    return [*(i for i in found if i is not None), d]


def _ending_at(pattern: regex.Pattern[str], text: str, end: int, lo: int) -> int | None:
    """Where a word of ``pattern`` (anchored by ``$``) that ends right at ``end`` starts, looked
    for from ``lo``; ``None`` without one.

    >>> _ending_at(_PLACE_END, "，澳门鑫濠", 3, 0)
    1
    """
    m = pattern.search(text, lo, end)
    return m.start() if m is not None and m.end() == end else None


def _brand_starts(text: str, c: int) -> list[int]:
    """Where the brand before ``text[c:]`` may start: after a place name first
    (``澳门`` + ``鑫濠``), then two, three or one Chinese characters before ``c``.

    >>> t = "，澳门鑫濠集团"
    >>> [t[i:5] for i in _brand_starts(t, 5)]
    ['澳门鑫濠', '鑫濠', '门鑫濠', '濠']
    """
    brand = [c - n for n in (2, 3, 4, 1) if c - n >= 0 and all(_HAN1.match(ch) for ch in text[c - n : c])]
    placed = [
        p for i in sorted(brand) if c - i <= 3 and (p := _ending_at(_PLACE_END, text, i, max(0, i - 4))) is not None
    ]
    return list(dict.fromkeys(placed + brand))


def _form_hits(ctx: _Ctx) -> list[tuple[int, int, float, str]]:
    """Injections known by their form alone (see the module docs)."""
    text = ctx.text
    out: list[tuple[int, int, float, str]] = []
    if _FORM_GATE.search(text) is None and _DOMAIN_HINT.search(text) is None:
        return out
    if _CASINO_HINT.search(text) is not None:
        for m in _CASINO.finditer(text):
            starts = _brand_starts(text, m.start())
            # a brand that breaks a word where it stands first, then one at a clause edge
            i = next((i for i in starts if _breaks_word(ctx, i, m.end())), None)
            if i is None:
                i = next((i for i in starts if _clean_edges(ctx, i, m.end())), None)
            if i is not None:
                out.append((i, m.end(), 0.9, "injected.casino"))
        for m in _CASINO_WORD.finditer(text):
            i, j = m.span()
            if _clean_edges(ctx, i, j) or _breaks_word(ctx, i, j):
                out.append((i, j, 0.9, "injected.casino"))
    if _CLINIC_HINT.search(text) is not None:
        for m in _CLINIC.finditer(text):
            i, j = m.span()
            tagged = text[i] in "【_" or text[j - 1] in "】_"
            if tagged:
                out.append((i, j, 0.9, "injected.clinic"))
                continue
            asks = _CLINIC_STRONG.search(text, i, j) is not None
            # the match may reach back into the sentence before the keyword (…等问题白癜风医院哪家好):
            # the keyword starts at a place name or a verb of treating before the disease, or at
            # the disease itself
            d = _CLINIC_HINT.search(text, i, j)
            if d is None:  # pragma: no cover - every untagged match holds a disease word
                continue
            for s in _clinic_starts(text, i, d.start()):
                if _breaks_word(ctx, s, j) or (asks and _clean_edges(ctx, s, j)):
                    out.append((s, j, 0.9, "injected.clinic"))
                    break
    if _DOMAIN_HINT.search(text) is not None:
        for m in _DOMAIN.finditer(text):
            i, j = m.span()
            k = i
            while k > 0 and text[k - 1] in " \t\u3000":
                k -= 1
            rest = text[j:].lstrip(" \t\u3000")
            trailing = k > 0 and text[k - 1] in _STOPS and (not rest or rest[0] == "\n" or _HAN1.match(rest[0]))
            if trailing:
                out.append((k, j, 0.9, "injected.domain"))
            elif _breaks_word(ctx, i, j):
                out.append((i, j, 0.9, "injected.domain"))
    if _HOTLINE_HINT.search(text) is not None:
        for m in _HOTLINE.finditer(text):
            if _breaks_word(ctx, m.start(), m.end()):
                out.append((m.start(), m.end(), 0.9, "injected.hotline"))
    if _PRODUCTION_HINT.search(text) is not None:
        for m in _PRODUCTION.finditer(text):
            if _breaks_word(ctx, m.start(), m.end()):
                out.append((m.start(), m.end(), 0.85, "injected.spec_clause"))
    return out


#: pre-checks: a phone number, a production word, a dot before letters
_HOTLINE_HINT = regex.compile(r"[0-9]{3}-?[0-9]{3}")
_PRODUCTION_HINT = re.compile(r"产量|产能|处理量|处理能力|生产能力|生产效率")
_DOMAIN_HINT = re.compile(r"\.[A-Za-z]{2}")
#: every form but a domain holds one of these literal words (one fast stdlib pass);
#: a phone number counts only with a hyphen or a label
_FORM_GATE = re.compile(word_trie(
    f"集团|体育|娱乐|棋牌|彩票|真人|国际|百家乐|投注|游艺|赌场|博彩|{_DISEASE}|{_PRODUCTION_HINT.pattern}|热线|电话|手机|-"
    .split("|")
))

# ---------------------------------------------------------------------------------------
# the page's own spam vocabulary

#: a line of a spam area holds one of these: products, clinics, casinos, sales words
# stdlib ``re``: literal words as a prefix tree, which it scans several times faster
_SPAM_LINE = re.compile(word_trie([
    *_PRODUCT_WORDS, *_DISEASE.split("|"), "集团", "彩金", "投注", "真人", "棋牌", "彩票", "百家乐", "娱乐城", "哪家好",
    "价格表", "报价", "多少钱", "厂家", "批发", "租赁", "出租", "招生", "培训班", "辅导班", "代办", "加盟",
]))
#: the header of a product, tag or keyword list: the lines under it are spam areas
_SPAM_HEADER = re.compile(
    r"(?:热销|热门|推荐|相关|最新|精品|主营)(?:产品|商品|设备|标签|关键词|搜索|型号)|热门标签|TAG标签|[Tt]ags?[：:]"
)
_ITEM_SPLIT = regex.compile(r"[^\p{Han}A-Za-z0-9]+")
_WORDCH = regex.compile(r"[\p{Han}A-Za-z0-9]")
#: words that stand next to a keyword in a spam copy: kept with the keyword when cut
_SALES_WORD = (
    "价格表", "价格", "报价", "生产厂家", "厂家直销", "厂家", "直销", "批发", "多少钱", "哪家好", "供应商",
    "供应", "公司", "型号", "图片", "租赁", "出租", "定制", "排名", "电话", "最好", "优质", "专业", "正规",
)
_SALES_AFTER = regex.compile("|".join(sorted(_SALES_WORD, key=len, reverse=True)))
_SALES_BEFORE = regex.compile(f"(?:{_SALES_AFTER.pattern})$")
#: characters that may stand before (after) a keyword in a sentence that means it
_LEGIT_AFTER = set("的等和与及、或了")


_NO_RUNS = re.compile(r"(?!)")


@functools.lru_cache(maxsize=64)
def _runs_pattern(chars: str) -> re.Pattern[str]:
    """Runs of three or more of ``chars`` or ASCII letters and digits (a site's pages share
    the words of their spam areas; their numbers differ, and a class of hundreds of Chinese
    characters takes a quarter of a millisecond to compile).

    >>> _runs_pattern("机床").findall("数控机床A1 机床")
    ['机床A1']
    """
    body = "".join(re.escape(c) for c in chars)
    return re.compile(f"[{body}A-Za-z0-9]{{3,}}")


@attrs.frozen
class SpamVocabulary:
    """The words that stand in the page's spam areas (stuffed titles, link farms, product,
    tag and recommendation lists, site names): their character pairs and whole items.

    >>> v = SpamVocabulary.from_lines(["热销产品：液压升降平台租赁 | 离心风机叶轮", "联系我们"])
    >>> sorted(v.items)
    ['液压升降平台租赁', '热销产品', '离心风机叶轮']
    >>> bool(SpamVocabulary.from_lines(["联系我们", "网站首页"]))
    False
    """

    pairs: frozenset[str]
    items: frozenset[str]
    #: runs of three or more characters of the pairs (or ASCII letters and digits, which
    #: spam items hold): where a spelt piece can stand
    runs: re.Pattern[str] = attrs.field(eq=False, repr=False, default=None)

    def __attrs_post_init__(self) -> None:
        chars = "".join(sorted({c for p in self.pairs for c in p if not (c.isascii() and c.isalnum())}))
        object.__setattr__(self, "runs", _runs_pattern(chars) if self.pairs else _NO_RUNS)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> SpamVocabulary:
        """The vocabulary of those ``lines`` that hold a spam word (others are ignored)."""
        pairs: set[str] = set()
        items: set[str] = set()
        every = list(lines)
        blob = "\n".join(every)
        # most pages have no spam area: one pass over all the lines says so
        if _SPAM_LINE.search(blob) is None and _SPAM_HEADER.search(blob) is None:
            return _NO_SPAM
        armed = 0  # lines left under a product or tag list header
        for line in every:
            header = _SPAM_HEADER.search(line) is not None
            under, armed = armed > 0, (3 if header and len(line.strip()) <= 10 else max(0, armed - 1))
            if not header and not under and _SPAM_LINE.search(line) is None:
                continue
            for item in _ITEM_SPLIT.split(line):
                if len(item) < 2:
                    continue
                items.add(item)
                pairs.update(item[k : k + 2] for k in range(len(item) - 1))
        return cls(frozenset(pairs), frozenset(items))

    def __bool__(self) -> bool:
        return bool(self.pairs)


_NO_SPAM = SpamVocabulary(frozenset(), frozenset())


def _han_count(s: str) -> int:
    return len(_HAN1.findall(s))


#: two or more spam pairs in a row: a run of three characters or more
_RUN = re.compile(rb"\x01{2,}")


def _vocabulary_hits(ctx: _Ctx, spam: SpamVocabulary) -> list[tuple[int, int, float, str]]:
    """Pieces of ``ctx.text`` spelt by the page's spam vocabulary and cut by the evidence
    of :func:`_judge_vocabulary`: runs of character pairs of the spam areas, tried as they
    stand, widened by a sales word or up to two characters, or narrowed by one."""
    out: list[tuple[int, int, float, str]] = []
    for s, end in _spam_runs(ctx.text, spam):
        out.extend(_run_cut(ctx, spam, s, end))
    return out


def _spam_runs(text: str, spam: SpamVocabulary) -> Iterator[tuple[int, int]]:
    """The longest runs ``text[s:end]`` of two or more spam pairs in a row, in order.

    >>> v = SpamVocabulary.from_lines(["热销产品：液压升降平台"])
    >>> [(s, e) for s, e in _spam_runs("他买了液压升降机和产品", v)]
    [(3, 7)]
    """
    pairs = spam.pairs
    # stretches that may hold spam pairs (one stdlib pass), then within each, one byte a
    # position: 1 where the pair starting there is a pair of the spam areas
    for chunk in spam.runs.finditer(text):
        c0 = chunk.start()
        piece = chunk.group()
        mask = bytes(map(pairs.__contains__, map(operator.add, piece, piece[1:])))
        for run in _RUN.finditer(mask):
            yield c0 + run.start(), c0 + run.end() + 1


def _run_cut(ctx: _Ctx, spam: SpamVocabulary, s: int, end: int) -> list[tuple[int, int, float, str]]:
    """The cut for a run ``text[s:end]`` of spam pairs, if any."""
    text = ctx.text
    # an injected word is foreign to the page: a run none of whose pairs is found only
    # here (a word of the headline, repeated in a stuffed title) is no candidate
    if all(ctx.count(text[q : q + 2]) > 1 for q in range(s, end - 1)) or _han_count(text[s:end]) < 3:
        return []
    best = _best_cut(ctx, spam, s, end)
    return [] if best is None else [best]


def _best_cut(ctx: _Ctx, spam: SpamVocabulary, s: int, e: int) -> tuple[int, int, float, str] | None:
    text = ctx.text
    ends = [e]
    ends.extend(m.end() for m in _SALES_AFTER.finditer(text, e, e + 4, overlapped=True))
    if text[s:e] not in spam.items:
        # a run that stops short of its word's end; a whole item of the list needs no more
        ends.extend(e + d for d in (1, 2) if e + d <= len(text) and all(_HAN1.match(c) for c in text[e : e + d]))
    starts = [s]
    starts.extend(m.start() for m in _SALES_BEFORE.finditer(text, max(0, s - 4), s, overlapped=True))
    variants = [(s, j) for j in ends] + [(i, e) for i in starts[1:]]
    # a run may reach into the text beside the word (``赁`` + ``中`` is a pair of ``租赁中心``):
    # narrowed, it must spell a whole spam item
    variants.extend(
        (i, j) for i, j in ((s + 1, e), (s, e - 1), (s + 2, e), (s, e - 2), (s + 1, e - 1))
        if j - i >= 3 and text[i:j] in spam.items
    )
    # a variant whose cut leaves a word behind first; then a whole foreign spam item standing
    # between words (the weaker evidence)
    for whole in (False, True):
        for i, j in variants:
            if j - i >= 3 and _judge_vocabulary(ctx, spam, i, j, widened=(i, j) != (s, e), whole=whole):
                return i, j, 0.85, "injected.page_vocabulary"
    return None


def _judge_vocabulary(
    ctx: _Ctx, spam: SpamVocabulary, i: int, j: int, *, widened: bool, whole: bool = False
) -> bool:
    """Whether ``text[i:j]``, spelt by the spam vocabulary, was injected.

    It must occur once on the page, hold three Chinese characters, most of its pairs
    foreign to the rest of the page, and break a word where it stands; or, standing
    whole at a clause edge, be a whole spam item none of whose pairs the page uses.
    """
    text = ctx.text
    x = _squeeze(text[i:j])
    if not x or not _WORDCH.match(x[0]) or not _WORDCH.match(x[-1]):
        return False
    a, b = ctx.left(i, 1), ctx.right(j, 1)
    inside = bool(a) and bool(b) and _HAN1.match(a) is not None and _HAN1.match(b) is not None
    # cheap tests first: a piece inside running text must leave a word behind (a common
    # word or one of the page); one at a clause edge must be a whole spam item
    if inside:
        a2, b2 = ctx.left(i, 2), ctx.right(j, 2)
        joins = (a + b, a2 + b, a + b2)
        if not any(is_common_word(w) for w in joins) and not any(ctx.count(w) for w in joins if len(w) >= 2):
            # no word is left behind: only a whole item of the spam list, foreign to the page,
            # that reads with neither neighbour goes (…路剪叉式升降机租赁相通…), and only when
            # no variant of the run leaves a word behind (``whole``: the second round)
            return whole and _whole_foreign_item(ctx, spam, x, a, b, widened)
    elif widened or len(x) < 4 or x not in spam.items or a in _LEGIT_BEFORE or b in _LEGIT_AFTER:
        return False
    if _han_count(x) < 3 or ctx.count(x) != 1:
        return False
    fr = ctx.foreign(x)
    if inside:
        items = spam.items
        whole_left = any(x[:n] in items for n in range(3, len(x) + 1))
        whole_right = any(x[-n:] in items for n in range(3, len(x) + 1))
        # a whole item of a spam list may share pairs with spam the page left in its text
        # (a stuffed headline, a slogan); a piece of one must be foreign
        need = 0.5 if whole_left and whole_right else 0.75
        return fr >= need and _breaks_word(ctx, i, j, whole_left=whole_left, whole_right=whole_right)
    return fr >= 1.0 and _clean_edges(ctx, i, j)


def _whole_foreign_item(ctx: _Ctx, spam: SpamVocabulary, x: str, a: str, b: str, widened: bool) -> bool:
    """Whether ``x``, standing between the characters ``a`` and ``b`` inside a sentence, is
    a whole item of the page's spam list (six Chinese characters at least, or ending in a
    sales word: 租赁, 厂家, 价格 …) that occurs once
    on the page, none of whose pairs the rest of the page uses, and that makes a word with
    neither neighbour; a neighbour that a product name follows or precedes in prose (购买,
    的, 等) keeps it."""
    if widened or x not in spam.items or _han_count(x) < 3 or ctx.count(x) != 1:
        return False
    if _han_count(x) < 6 and _SALES_BEFORE.search(x) is None:
        return False  # a short product name may name the thing in prose (落实液压设备更新补贴)
    if a in _LEGIT_BEFORE or b in _LEGIT_AFTER:
        return False
    if _joint_is_word(ctx, a + x[0]) or _joint_is_word(ctx, x[-1] + b):
        return False
    return ctx.foreign(x) >= 1.0


def find_injected(
    text: str, page: str | None = None, spam: Iterable[str] | SpamVocabulary = ()
) -> list[Hit[str]]:
    """Injected spam in ``text`` (a paragraph or title); ``page`` is all text of the page;
    ``spam`` the lines of its spam areas (or their :class:`SpamVocabulary`).

    Each hit's ``value`` is the text with the piece cut out.

    >>> spam = ["热销产品：液压升降平台租赁 | 离心风机叶轮"]
    >>> [(h.text, h.rule) for h in find_injected("他考上了普通高液压升降平台租赁中。", spam=spam)]
    [('液压升降平台租赁', 'injected.page_vocabulary')]

    >>> page = "水城县教育局。水城县职校。中山区为水标记机城县举办了一期培训班。"
    >>> [(h.text, h.value) for h in find_injected("中山区为水标记机城县举办了一期培训班。", page)]
    [('标记机', '中山区为水城县举办了一期培训班。')]
    >>> find_injected("")
    []
    """
    if not text:
        return []
    vocab = spam if isinstance(spam, SpamVocabulary) else SpamVocabulary.from_lines(spam)
    return _find(text, _Page(page if page is not None else text), vocab)


def _product_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_PRODUCT.finditer(text)``, tried only near the product words that every match holds.

    A match is at most four terms and a final word, and its final word is a word of
    ``_PRODUCT_HINT``; so no match starts more than ``4 * _TERM_MAX`` characters before
    the next hint word, and ``regex`` need not try the positions in between.
    """
    pos = 0
    while True:
        h = _PRODUCT_HINT.search(text, pos)
        if h is None:
            return
        m = _PRODUCT.search(text, max(pos, h.start() - 4 * _TERM_MAX))
        if m is None or m.end() <= m.start():  # pragma: no cover - the hint word itself matches
            return
        yield m
        pos = m.end()


def _place_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PLACE.finditer(text)``, the place tree tried only where ``_PLACE_START`` holds.

    A place starts at a position only if the class test holds there, and the tree finds
    there the longest place, as the alternation (longest first) does; after a match the
    scan goes on from its end, as ``finditer`` does.

    >>> [m.group() for m in _place_matches("大庆市和大连、大理和内蒙古大兴安岭")]
    ['大庆', '大连', '大理', '内蒙古', '大兴安岭']
    """
    search, match = _PLACE_START.search, _PLACE_TREE.match
    pos = 0
    while (g := search(text, pos)) is not None:
        m = match(text, g.start())
        if m is None:
            pos = g.start() + 1
        else:
            yield m
            pos = m.end()


def _find(text: str, page: _Page, spam: SpamVocabulary | None = None) -> list[Hit[str]]:
    """:func:`find_injected` with the page prepared once for all its paragraphs."""
    if not text:
        return []
    ctx = _Ctx(text, page)
    found: list[tuple[int, int, float, str]] = []
    if _PRODUCT_HINT.search(text) is not None:
        for m in _product_matches(text):
            best: tuple[int, int, float, str] | None = None
            # a chain of product words: try dropping leading words (``帮`` + ``塑料混合机``)
            starts = sorted({m.start(), *(mm.end() for mm in _TERM_RE.finditer(m.group()))})
            for s in starts:
                i = m.start() if s == m.start() else m.start() + s
                if m.end() - i < 2:
                    continue
                shape = (m.end() - i) >= 4
                r = _judge(ctx, i, m.end(), shape)
                if r is not None and (best is None or r[0] > best[2]):
                    best = (i, m.end(), r[0], r[1])
            if best is not None:
                found.append(best)
    for pm in _place_matches(text):
        r = _judge_place(ctx, pm.start(), pm.end())
        if r is not None:
            found.append((pm.start(), pm.end(), r[0], r[1]))
    for hint, pat, rule in ((_SPEC_HINT, _SPEC, "injected.spec_clause"),
                            (_QUALITY_HINT, _QUALITY, "injected.quality_clause")):
        if hint.search(text) is None:
            continue
        for m in pat.finditer(text):
            i, j = m.start(), m.end()
            while j > i and text[j - 1] in " \t\u3000":
                j -= 1
            r = _judge(ctx, i, j, True, clause=True)
            if r is not None:
                found.append((i, j, r[0], rule if r[1] != "injected.split_word" else r[1]))
    found.extend(_form_hits(ctx))
    if spam is not None and spam:
        found.extend(_vocabulary_hits(ctx, spam))
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[Hit[str]] = []
    last = -1
    for i, j, conf, rule in found:
        if i < last:
            continue
        out.append(Hit(Span(i, j), text[i:j], "", rule, conf))
        last = j
    return [attrs.evolve(h, value=_cut(text, [h.span])) for h in out]


def _cut(text: str, spans: list[Span]) -> str:
    parts, pos = [], 0
    for sp in spans:
        parts.append(text[pos : sp.start])
        pos = sp.end
    parts.append(text[pos:])
    return "".join(parts)


def remove_spans(st: Stitched, base: str, spans: list[Span]) -> Stitched:
    """``st`` without the parts of its text covered by ``spans`` (offsets into ``st.text``).

    >>> base = "做好帮塑料混合机扶工作"
    >>> s = remove_spans(Stitched.whole(base, Span(0, 11)), base, [Span(3, 8)])
    >>> s.text, s.to_base_span(Span(2, 4)).slice(base)
    ('做好帮扶工作', '帮塑料混合机扶')
    """
    holes = sorted(st.to_base_span(sp) for sp in spans)
    pieces: list[Span] = []
    for ps in st.piece_spans():
        pieces.extend(subtract_spans(ps, holes))
    return Stitched.from_spans(base, pieces)


class InjectedStage:
    """Stage ``injected``: cuts keyword spam out of each article's title and paragraphs.

    >>> import govnews
    >>> t = "帮扶协作纪实\\n做好帮扶工作。\\n六盘水市就做好帮塑料混合机扶工作进行了安排。"
    >>> doc = govnews.parse(t)
    >>> [p.text for p in doc.articles[0].paragraphs][-1]
    '六盘水市就做好帮扶工作进行了安排。'
    >>> [(n.kind, n.text) for n in doc.noise]
    [('injected', '塑料混合机')]
    """

    name = "injected"

    def __init__(self, min_confidence: float = 0.0) -> None:
        self.min_confidence = min_confidence

    def run(self, state: ParseState) -> None:
        # the page: every line no noise span covers (titles, headings, paragraphs of all articles)
        # the lines as they stand before any cut; joined and squeezed only if a count asks
        lines = state.content_lines()
        page = _Page(lambda: "\n".join(line.text for line in lines))
        spam = SpamVocabulary.from_lines(_spam_area_lines(state))
        for art in state.articles:
            if art.title is not None:
                art.title = self._clean(state, art.title, page, spam, edges_only=True)
                _title_line_rest(state, art.title)
            art.paragraphs = [q for p in art.paragraphs for q in self._clean_paragraph(state, p, page, spam)]

    def _clean(
        self, state: ParseState, view: Stitched, page: _Page, spam: SpamVocabulary, *, edges_only: bool = False
    ) -> Stitched:
        hits = [h for h in _find(view.text, page, spam) if h.confidence >= self.min_confidence]
        if edges_only:
            # a title is one span of the page: spam is cut from its ends only, never from
            # its middle, which would leave a title its span does not spell
            hits = _at_edges(view.text, [_with_separator(view.text, h) for h in hits])
        if not hits:
            return view
        for h in hits:
            state.add_noise("injected", view.to_base_span(h.span), h.rule, h.confidence)
        return remove_spans(view, state.text, [h.span for h in hits])

    def _clean_paragraph(self, state: ParseState, view: Stitched, page: _Page, spam: SpamVocabulary) -> list[Stitched]:
        """:meth:`_clean` for a paragraph; a domain glued to the end of a line parted the
        paragraph's lines (they were joined because the line did not end on a stop), so the
        paragraph is parted there again."""
        n = len(state.noise)
        out = self._clean(state, view, page, spam)
        base = state.text
        cuts = []
        for d in state.noise[n:]:
            if d.rule == "injected.domain" and base[d.span.end :].lstrip(" \t\u3000")[:1] in ("\n", "\r"):
                cuts.append(d.span.end)
        return _split_at(out, base, cuts) if cuts else [out]


def _split_at(st: Stitched, base: str, cuts: list[int]) -> list[Stitched]:
    """``st`` parted before each base offset of ``cuts`` that falls between two of its pieces.

    >>> base = "甲。 a.cn\\n乙。"
    >>> st = Stitched.from_spans(base, [Span(0, 2), Span(8, 10)])
    >>> [x.text for x in _split_at(st, base, [7])]
    ['甲。', '乙。']
    """
    groups: list[list[Span]] = [[]]
    rest = sorted(cuts)
    k = 0
    for ps in st.piece_spans():
        while k < len(rest) and ps.start >= rest[k]:
            if groups[-1]:
                groups.append([])
            k += 1
        groups[-1].append(ps)
    return [Stitched.from_spans(base, g) for g in groups if g]


#: the noise kinds whose lines may be spam areas (breadcrumbs and metadata never are)
_SPAM_AREA_KINDS = frozenset({"injected", "link_farm", "recommendations", "site_chrome", "footer"})


def _spam_area_lines(state: ParseState) -> Iterator[str]:
    """The lines of the page's noise that may hold its spam vocabulary."""
    text = state.text
    for n in sorted(state.noise, key=lambda d: d.span.start):
        if n.kind in _SPAM_AREA_KINDS and "breadcrumb" not in n.rule:
            yield from n.span.slice(text).split("\n")


def _title_line_rest(state: ParseState, title: Stitched) -> None:
    """The rest of the title's line, when it is spam by its form: noise (``金濠集团8866网站_``
    before a headline the title rules already took without it)."""
    span = title.base_span
    if span is None:
        return
    text = state.text
    ls = text.rfind("\n", 0, span.start) + 1
    le = text.find("\n", span.end)
    le = len(text) if le < 0 else le
    for i, j in ((ls, span.start), (span.end, le)):
        rest = text[i:j]
        core = rest.strip(_TITLE_SEPARATOR)
        if not core or core == rest or state.overlaps_noise(Span(i, j)):
            continue  # nothing, or no separator between it and the title
        hits = _form_hits(_Ctx(core, _Page(core)))
        if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(core):
            state.add_noise("injected", Span(i, j), hits[0][3], hits[0][2])


_TITLE_SEPARATOR = " \t\u3000-_|—–－·:："


def _with_separator(text: str, h: Hit[str]) -> Hit[str]:
    """A hit at an end of a title, widened over the separator that joins it to the headline
    (``澳门某某集团1234网站-`` + headline).

    >>> _with_separator("某集团1234网站-县长调研", Hit(Span(0, 9), "", "", "x")).span
    Span(start=0, end=10)
    """
    i, j = h.span.start, h.span.end
    if not text[j:].strip(_TITLE_SEPARATOR):
        j = len(text)
    if not text[:i].strip(_TITLE_SEPARATOR):
        i = 0
    if i == 0:
        while j < len(text) and text[j] in _TITLE_SEPARATOR:
            j += 1
    if j == len(text):
        while i > 0 and text[i - 1] in _TITLE_SEPARATOR:
            i -= 1
    if (i, j) == (h.span.start, h.span.end) or (j >= len(text) and i <= 0):
        return h  # unchanged, or the whole title: leave it to the title rules
    return attrs.evolve(h, span=Span(i, j), text=text[i:j])


def _at_edges(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The hits that, cut out, leave one run of ``text``: those joined to its start or its
    end by other hits or white space.

    >>> h = lambda s, e: Hit(Span(s, e), "x", "x", "test")
    >>> [x.span.to_list() for x in _at_edges("甲乙丙丁戊", [h(0, 1), h(2, 3), h(4, 5)])]
    [[0, 1], [4, 5]]
    """
    ordered = sorted(hits, key=lambda h: h.span.start)
    out: list[Hit[str]] = []
    pos = 0
    for h in ordered:  # from the start
        if text[pos : h.span.start].strip():
            break
        out.append(h)
        pos = max(pos, h.span.end)
    end = len(text)
    for h in reversed(ordered[len(out) :]):  # from the end
        if text[h.span.end : end].strip():
            break
        out.append(h)
        end = min(end, h.span.start)
    return sorted(out, key=lambda h: h.span.start)
