"""Noise rules as data: named families of patterns that users can extend or switch off.

A :class:`NoiseRules` holds :class:`RuleFamily` records. Each family has a name, the
noise kind it reports, a *mode* that says how its patterns are used, and its
patterns, each a :class:`NoisePattern` with its own rule name (which every
:class:`~govnews.document.Noise` carries, so users can audit what fired):

``marker``
    Patterns found anywhere in a line. A line whose text is (nearly) all markers is
    noise as a whole; otherwise only markers whose ``scope`` is ``"self"`` are cut,
    and markers whose ``scope`` is ``"line"`` claim their whole line.
``header``
    A line that opens a block (``小编推荐``, ``友情链接``): the header and the list
    items after it are one noise span.
``run``
    Short lines (medical advertising and the like) that are noise when two or more
    come together.

>>> rules = DEFAULT_RULES.without("link_farm").with_pattern("footer", "my-site", r"本网编辑部制作")
>>> "link_farm" in rules.enabled_names(), rules.family("footer").patterns[-1].rule
(False, 'my-site')
>>> DEFAULT_RULES.family("footer").kind
'footer'
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs
import regex

from govnews.document import NoiseKind

__all__ = ["DEFAULT_RULES", "NoisePattern", "NoiseRules", "RuleFamily"]

Mode = Literal["marker", "header", "run"]
Scope = Literal["field", "self", "line"]

#: a field boundary before a marker: line start or a separator
B0 = r"(?:^|(?<=[\s|｜丨【\[]))"
#: a field boundary after a marker
B1 = r"(?=[\s|｜丨】\]]|$)"
_SEP = r"(?:>>|>|»|＞|→|›|-&gt;)"
_CRUMB1 = rf"(?:[^\s>»＞→›\n]{{1,20}}\h*{_SEP}\h*)+[^\s>»＞→›\n]{{1,20}}"
_CRUMB = rf"(?:[^\s>»＞→›\n]{{1,20}}\h*{_SEP}\h*)*[^\s>»＞→›\n]{{1,20}}"


@attrs.frozen
class NoisePattern:
    """One pattern and the rule name it reports.

    ``scope`` (for marker families): ``"field"`` marks only count towards a line being
    noise as a whole, ``"self"`` marks are cut even inside a content line, ``"line"``
    marks make their whole line noise.

    >>> NoisePattern("footer.icp", r"ICP备[0-9]+号").scope
    'field'
    """

    rule: str
    pattern: str
    scope: Scope = "field"
    confidence: float = 1.0


@attrs.frozen
class RuleFamily:
    """A named family of noise patterns reporting one kind.

    >>> fam = RuleFamily("mine", "footer", "marker", (NoisePattern("mine.x", "本站制作"),))
    >>> fam.name, len(fam.patterns)
    ('mine', 1)
    """

    name: str
    kind: NoiseKind
    mode: Mode
    patterns: tuple[NoisePattern, ...] = ()


@attrs.frozen(cache_hash=True)
class NoiseRules:
    """The rule families a :class:`~govnews.noise.LineNoiseStage` applies.

    Every method returns a new object; the rules are hashable, so that their compiled
    form is cached.

    >>> r = DEFAULT_RULES.without("social_prompt")
    >>> "social_prompt" in DEFAULT_RULES.enabled_names(), "social_prompt" in r.enabled_names()
    (True, False)
    >>> r.with_only("footer").enabled_names()
    ('footer',)
    """

    families: tuple[RuleFamily, ...] = ()
    disabled: frozenset[str] = frozenset()

    def family(self, name: str) -> RuleFamily:
        """The family called ``name`` (KeyError if there is none).

        >>> fam = DEFAULT_RULES.family("footer")
        >>> fam.kind, fam.mode
        ('footer', 'marker')
        """
        for f in self.families:
            if f.name == name:
                return f
        raise KeyError(f"no noise rule family {name!r}; families are {[f.name for f in self.families]}")

    def enabled(self) -> tuple[RuleFamily, ...]:
        """The families that are switched on, in order.

        >>> fams = DEFAULT_RULES.without("footer").enabled()
        >>> "footer" in [f.name for f in fams], len(fams) == len(DEFAULT_RULES.enabled()) - 1
        (False, True)
        """
        return tuple(f for f in self.families if f.name not in self.disabled)

    def enabled_names(self) -> tuple[str, ...]:
        """The names of the families that are switched on.

        >>> DEFAULT_RULES.enabled_names()[0]
        'footer'
        >>> DEFAULT_RULES.with_only("footer", "clickbait").enabled_names()
        ('footer', 'clickbait')
        """
        return tuple(f.name for f in self.enabled())

    def is_enabled(self, name: str) -> bool:
        """Whether the family (or built-in pass) ``name`` is switched on.

        >>> DEFAULT_RULES.without("seo_title").is_enabled("seo_title")
        False
        """
        return name not in self.disabled

    def without(self, *names: str) -> NoiseRules:
        """The same rules with the named families (or passes such as ``seo_title``) switched off.

        >>> r = DEFAULT_RULES.without("link_farm", "seo_title")
        >>> "link_farm" in r.enabled_names(), r.is_enabled("seo_title"), DEFAULT_RULES.is_enabled("seo_title")
        (False, False, True)
        """
        return attrs.evolve(self, disabled=self.disabled | frozenset(names))

    def with_only(self, *names: str) -> NoiseRules:
        """Only the named families switched on (built-in passes not named are switched off too).

        >>> r = DEFAULT_RULES.with_only("footer")
        >>> r.enabled_names(), r.is_enabled("seo_title")
        (('footer',), False)
        """
        return attrs.evolve(self, disabled=frozenset(f.name for f in self.families if f.name not in names)
                            | (frozenset(BUILTIN_PASSES) - frozenset(names)))

    def add_family(self, family: RuleFamily) -> NoiseRules:
        """The same rules with ``family`` added (replacing one of the same name).

        >>> mine = RuleFamily("mine", "footer", "marker", (NoisePattern("mine.made_by", "本站制作", "line"),))
        >>> r = DEFAULT_RULES.add_family(mine)
        >>> r.enabled_names()[-1], r.family("mine").patterns[0].rule
        ('mine', 'mine.made_by')
        >>> len(r.add_family(mine).families) == len(r.families)
        True
        """
        fams = (*tuple(f for f in self.families if f.name != family.name), family)
        return attrs.evolve(self, families=fams)

    def with_pattern(self, family: str, rule: str, pattern: str, scope: Scope = "field",
                     confidence: float = 1.0) -> NoiseRules:
        """The same rules with one more pattern in ``family``; a bad pattern fails here.

        >>> from govnews.noise import LineNoiseStage
        >>> from govnews.pipeline import DEFAULT_PIPELINE
        >>> r = DEFAULT_RULES.with_pattern("footer", "footer.made_by", r"本网编辑部制作", scope="line")
        >>> p = DEFAULT_PIPELINE.replace("line_noise", LineNoiseStage(rules=r))
        >>> [(n.rule, n.kind) for n in p.run("全县近2万人受益。\\n本网编辑部制作").noise]
        [('footer.made_by', 'footer')]
        """
        regex.compile(pattern)  # fail early on a bad pattern
        fam = self.family(family)
        new = attrs.evolve(fam, patterns=(*fam.patterns, NoisePattern(rule, pattern, scope, confidence)))
        return attrs.evolve(self, families=tuple(new if f.name == family else f for f in self.families))


#: passes of the line stage that are not pattern families but can be switched off by name
BUILTIN_PASSES = ("seo_title",)


def _p(rule: str, pattern: str, scope: Scope = "field", confidence: float = 1.0) -> NoisePattern:
    return NoisePattern(rule, pattern, scope, confidence)


_FOOTER = RuleFamily("footer", "footer", "marker", (
    _p("footer.copyright", r"(?i:copyright)\h*(?:©|\([cC]\)|（[cC]）)?\h*(?:[0-9]{4}(?:\h*[-–—]\h*[0-9]{4})?)?"),
    _p("footer.copyright", r"©\h*(?:[0-9]{4}(?:\h*[-–—]\h*[0-9]{4})?)?"),
    _p("footer.copyright", r"(?i:all\h+rights\h+reserved)\.?"),
    _p("footer.copyright", r"版权所有(?![人者方权])\h*[:：]?\h*(?:©\h*)?(?:[^\s|｜丨，。,;；]{0,20}" + B1 + ")?"),
    _p("footer.copyright", B0 + r"版权(?:归[^\s，。]{1,20}所有|声明)" + B1),
    _p("footer.icp", r"\p{Han}{0,2}ICP\h*(?:备案号?)?(?:备|证)\h*[:：]?\h*[0-9]{4,12}号?(?:\h*-\h*[0-9]{1,3})?"),
    _p("footer.police", r"\p{Han}{0,2}公网安备\h*[:：]?\h*[0-9]{6,20}号?"),
    _p("footer.license", r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]B2\h*-\h*[0-9]{6,10}号?"),
    _p("footer.license", r"互联网新闻信息服务许可证\h*(?:编?号)?\h*[:：]?\h*[0-9]*"),
    _p("footer.site_id", r"网站标识码\h*[:：]?\h*[0-9A-Za-z]*"),
    _p("footer.report", r"(?:中国)?互联网违法和不良信息举报中心"),
    _p("footer.report", r"违法和不良信息举报(?:电话|中心|邮箱)?\h*[:：]?\h*[0-9\-]*"),
    _p("footer.report", r"举报(?:电话|邮箱|方式)\h*[:：]\h*[0-9A-Za-z@._\-]{3,40}"),
    _p("footer.sponsor", B0 + r"(?:主管|主办|承办|协办|运维|维护)(?:单位)?\h*[:：]\h*[^\s|｜丨，。,;；]{2,40}"),
    _p("footer.sponsor", B0 + r"[^\s|｜丨，。,、:：;；由和与]{2,30}(?:主管|主办|承办|协办)" + B1),
    _p("footer.support", B0 + r"技术支持\h*[:：]\h*[^\s|｜丨，。,;；]{2,40}"),
    _p("footer.contact", B0 + r"(?:通讯|联系|单位)?地址\h*[:：]\h*[^\s|｜丨，。;；]{2,50}"),
    _p("footer.contact", B0 + r"(?:联系|咨询|值班|服务|办公|热线)?电话\h*[:：]\h*[0-9(（][0-9()（）+\-—– ]{4,30}[0-9]"),
    _p("footer.contact", B0 + r"(?:邮编|邮政编码)\h*[:：]?\h*[0-9]{6}"),
    _p("footer.contact", B0 + r"传真\h*[:：]\h*[0-9(（][0-9()（）+\-—– ]{4,30}[0-9]"),
    _p("footer.contact", B0 + r"(?:电子)?(?:邮箱|信箱|(?i:e-?mail))\h*[:：]\h*[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+"),
    _p("footer.tools", r"我为政府网站找错"),
    _p("footer.tools", r"[【\[](?:打印本页|关闭窗口|打印文章|关闭本页|返回顶部)[】\]]", "self"),
    _p("footer.tools", B0 + r"(?:打印本页|关闭窗口|打印文章|关闭本页|返回顶部)" + B1),
    _p("footer.tools", r"[【\[](?:打印|关闭|返回|收藏|字号)[】\]]", "self"),
    _p("footer.tools", B0 + r"(?:无障碍(?:浏览|阅读|模式)?|适老化(?:版|模式)?|长者模式|网站地图)" + B1),
    _p("footer.tools", r"建议使用[^\n。]{0,30}浏览器[^\n。]{0,20}"),
))

_CHROME = RuleFamily("site_chrome", "site_chrome", "marker", (
    _p("site_chrome.bookmark", r"[【\[]?(?:设为首页|加入收藏|收藏本站|收藏本页)[】\]]?", "self"),
    _p("site_chrome.language", B0 + r"(?:English|ENGLISH|繁體|繁体(?:中文|版)?|简体(?:中文|版)?)" + B1),
    _p("site_chrome.breadcrumb",
       r"(?:当前位置|您的位置|你的位置|您现在的位置|现在的位置|所在位置|当前的位置)\h*(?:是)?\h*"
       r"(?:[:：]\h*" + _CRUMB + "|" + _CRUMB1 + ")",
       "self"),
    _p("site_chrome.breadcrumb", B0 + r"首页\h*" + _SEP + r"\h*" + _CRUMB, "self"),
    _p("site_chrome.nav", B0 + r"(?:网站首页|首页|联系我们|关于我们|网站导航|产品中心|产品展示|新闻中心|新闻动态|"
       r"在线留言|返回首页|登录|注册|会员中心|企业简介|公司简介|客户案例|人才招聘|政务公开|办事服务|互动交流)" + B1),
    _p("site_chrome.prev_next", B0 + r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\h*[:：][^\n]{0,80}", "line"),
    _p("site_chrome.prev_next", B0 + r"(?:上一篇|下一篇|上一条|下一条)" + B1),
    _p("site_chrome.breadcrumb", r"(?:本页位置|页面位置|正在阅读|当前栏目|所在栏目)\h*[:：]\h*" + _CRUMB, "self"),
))

_PLAT = r"(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|人人网|豆瓣)"
_SOCIAL = RuleFamily("social_prompt", "social_prompt", "marker", (
    _p("social_prompt.wechat",
       r"(?:" + B0 + r"[^\s，。,、；;：:]{0,15})?微信(?:公众)?号\h*[:：]\h*[A-Za-z0-9_\-\p{Han}]{1,20}"),
    _p("social_prompt.qrcode",
       r"(?:微信)?(?:扫描|扫一扫|扫码|长按(?:识别)?|识别)(?:下方|上方|左侧|右侧|页面|图中)?(?:二维码|小程序码)?"
       r"[,，]?(?:即可)?(?:关注|订阅)(?:我们|本站|本网|公众号|微信公众号|官方微信|微信号)?"),
    _p("social_prompt.mobile", r"扫一扫[,，]?\h*在手机(?:上)?(?:打开|阅读|查看|浏览)(?:当前页|本页|此页|本文)?"),
    _p("social_prompt.original", r"点击(?:阅读|查看)原文|" + B0 + r"阅读原文" + B1),
    _p("social_prompt.share",
       r"分享到\h*(?:[:：](?:\h*" + _PLAT + r")*|(?:\h*" + _PLAT + r")+|" + B1 + ")", "self"),
    _p("social_prompt.gossip", r"爱八卦[,，]?\h*爱爆料", "line"),
    _p("social_prompt.follow", B0 + r"(?:关注我们|官方微博|官方微信)" + B1),
    _p("social_prompt.follow", B0 + r"(?:官方微博|官方微信|微信公众号|抖音号|视频号)\h*[:：]\h*[^\s，。,；;]{1,20}"),
    _p("social_prompt.share", r"点击右上角\h*(?:分享(?:到|给)?)?\h*(?:微信好友|朋友圈|好友)?", "self"),
    _p("social_prompt.share", r"请使用浏览器(?:的)?分享功能(?:进行分享)?", "self"),
    _p("social_prompt.share", B0 + r"(?:微信好友|微信朋友圈|朋友圈|QQ好友)" + B1),
))

_CLICKBAIT = RuleFamily("clickbait", "recommendations", "marker", (
    _p("recommendations.clickbait", r"大家好[,，]?\h*小\p{Han}{1,2}今天来为大家(?:解答|介绍|分享|讲解|盘点)", "line"),
    _p("recommendations.clickbait", r"很多人还不知道[,，]?\h*现在让我们一起来看看吧", "line"),
))

_RECOMMEND_HEADS = (
    r"小编推荐|相关阅读|相关推荐|往期推荐|往期回顾|往期精彩|相关文章|相关新闻|相关链接|热门推荐|热门文章|热点推荐|"
    r"精彩推荐|推荐阅读|延伸阅读|猜你喜欢|为你推荐|为您推荐|你可能感兴趣(?:的文章)?|大家都在看|最新文章|热门资讯|"
    r"更多精彩|精彩图文|今日推荐|看了本文的人还看了|热门标签|最新资讯|推荐文章"
)

_RECOMMEND = RuleFamily("recommendations", "recommendations", "header", (
    _p("recommendations.header",
       r"[【\[〔■●◆▶>#]?\h*(?:" + _RECOMMEND_HEADS + r")\h*[】\]〕]?\h*[:：]?\h*(?:>>|》|更多)?"),
))

_LINK_HEAD = RuleFamily("friend_links", "link_farm", "header", (
    _p("link_farm.friend_links", r"[【\[]?(?:友情链接|友情连接|合作伙伴|相关网站|网站链接)[】\]]?\h*[:：]?"),
))

_LINK_FARM = RuleFamily("link_farm", "link_farm", "run", (
    _p("link_farm.medical",
       r"(?:哪家|哪个|哪里|什么)\p{Han}{0,8}?(?:好|最好|比较好|靠谱|专业|正规)$|医院哪家(?:好|强)|"
       r"(?:出现|引起|导致|产生|发生)?的(?:原因|症状|危害|表现)(?:有哪些|是什么)?$|"
       r"怎么(?:治|治疗|办|调理|回事)|(?:如何|怎样)(?:治疗|治好|调理)|能治好吗|多少钱|(?:治疗|根治)(?:方法|费用)"),
    # weak: counts towards a run only beside strong ones
    _p("link_farm.medical", r"(?:医院|诊所|门诊部|专科)$", confidence=0.5),
))

DEFAULT_RULES = NoiseRules(families=(_FOOTER, _CHROME, _SOCIAL, _CLICKBAIT, _RECOMMEND, _LINK_HEAD, _LINK_FARM))
"""The rules the default pipeline uses."""


def _words(alternation: str) -> tuple[str, ...]:
    return tuple(alternation.split("|"))


_SPONSOR_WORDS = _words("主管|主办|承办|协办")
_TOOL_WORDS = _words("打印本页|关闭窗口|打印文章|关闭本页|返回顶部")
_PREV_NEXT_WORDS = _words("上一篇|下一篇|上一条|下一条|上一页|下一页")
_FOLLOW_WORDS = _words("关注我们|官方微博|官方微信|微信公众号|抖音号|视频号")
#: For built-in patterns that the engine cannot skip through fast (they open with a
#: lookbehind or an alternation): words of which every match holds at least one, so that a
#: page holding none of them is not searched (``word in page`` is a fast scan). Keyed by
#: the pattern text: a user's pattern never takes a hint; the rule name guards the index.
_HINTS: dict[str, tuple[str, ...]] = {}
for _fam, _i, _rule, _hint in (
    (_FOOTER, 13, "footer.sponsor", (*_SPONSOR_WORDS, "运维", "维护")),
    (_FOOTER, 14, "footer.sponsor", _SPONSOR_WORDS),
    (_FOOTER, 22, "footer.tools", _TOOL_WORDS),
    (_FOOTER, 23, "footer.tools", _TOOL_WORDS),
    (_FOOTER, 24, "footer.tools", _words("打印|关闭|返回|收藏|字号")),
    (_FOOTER, 25, "footer.tools", _words("无障碍|适老化|长者模式|网站地图")),
    (_CHROME, 0, "site_chrome.bookmark", _words("设为首页|加入收藏|收藏本站|收藏本页")),
    (_CHROME, 1, "site_chrome.language", _words("English|ENGLISH|繁體|繁体|简体")),
    (_CHROME, 2, "site_chrome.breadcrumb", _words("当前位置|您的位置|你的位置|现在的位置|所在位置|当前的位置")),
    (_CHROME, 4, "site_chrome.nav", _words(
        "首页|联系我们|关于我们|网站导航|产品中心|产品展示|新闻中心|新闻动态|在线留言|"
        "登录|注册|会员中心|企业简介|公司简介|客户案例|人才招聘|政务公开|办事服务|互动交流")),
    (_CHROME, 5, "site_chrome.prev_next", _PREV_NEXT_WORDS),
    (_CHROME, 6, "site_chrome.prev_next", _PREV_NEXT_WORDS),
    (_SOCIAL, 1, "social_prompt.qrcode", _words("扫描|扫一扫|扫码|长按|识别")),
    (_SOCIAL, 3, "social_prompt.original", ("原文",)),
    (_SOCIAL, 6, "social_prompt.follow", _FOLLOW_WORDS),
    (_SOCIAL, 7, "social_prompt.follow", _FOLLOW_WORDS),
    (_RECOMMEND, 0, "recommendations.header", _words(_RECOMMEND_HEADS.replace("(?:的文章)?", ""))),
    (_LINK_HEAD, 0, "link_farm.friend_links", _words("友情链接|友情连接|合作伙伴|相关网站|网站链接")),
    (_LINK_FARM, 0, "link_farm.medical", _words(
        "哪家|哪个|哪里|什么|原因|症状|危害|表现|怎么|如何|怎样|能治好吗|多少钱|治疗|根治")),
    (_LINK_FARM, 1, "link_farm.medical", _words("医院|诊所|门诊部|专科")),
):
    if _fam.patterns[_i].rule != _rule:  # pragma: no cover - a pattern was moved: fix the index
        raise RuntimeError(f"noise hint {_rule} points at {_fam.patterns[_i].rule}")
    _HINTS[_fam.patterns[_i].pattern] = _hint


def pattern_hints(pattern: str) -> tuple[str, ...]:
    """Words of which every match of a built-in ``pattern`` holds one (empty: no such hint).

    >>> pattern_hints(DEFAULT_RULES.families[-1].patterns[1].pattern)
    ('医院', '诊所', '门诊部', '专科')
    """
    return _HINTS.get(pattern, ())


# Patterns whose matches never cross a line break and that are slow to try at every
# position: a stdlib ``re`` *gate* finds what every match must hold, and the pattern is
# run only over the lines where the gate matched. A gate may match more than the pattern
# (its classes are supersets: ``re``'s ``\s`` holds ``regex``'s ``\s`` and ``\h``).
_LINE_GATES: dict[str, re.Pattern[str]] = {
    _FOOTER.patterns[13].pattern: re.compile(r"(?:主管|主办|承办|协办|运维|维护)(?:单位)?[\s\u180e]*[:：]"),
    _FOOTER.patterns[14].pattern: re.compile(r"(?:主管|主办|承办|协办)(?=[\s|｜丨】\]]|$)", re.M),
}
if not (_FOOTER.patterns[13].pattern.startswith(B0 + "(?:主管|主办|承办|协办|运维|维护)(?:单位)?\\h*[:：]")
        and _FOOTER.patterns[14].pattern.endswith("(?:主管|主办|承办|协办)" + B1)):  # pragma: no cover
    raise RuntimeError("a gated footer.sponsor pattern was moved or changed: fix _LINE_GATES")


@attrs.frozen
class Compiled:
    """The compiled patterns of one mode of a :class:`NoiseRules`, each with its family."""

    patterns: tuple[tuple[regex.Pattern[str], RuleFamily, NoisePattern], ...]
    #: one alternation of them all (group ``gN`` for pattern N), for matching a single line
    union: regex.Pattern[str] | None
    #: per pattern: words of which every match holds one (empty: no such hint)
    hints: tuple[tuple[str, ...], ...] = ()
    #: finds the hint words on a page in one pass (see :meth:`words_in`)
    hint_scan: re.Pattern[str] | None = None
    #: each word the scan can report, with the hint words it contains
    hint_closure: dict[str, frozenset[str]] = attrs.field(factory=dict, eq=False)
    #: per pattern: a stdlib gate; the pattern runs only on the lines where it matches
    line_gates: tuple[re.Pattern[str] | None, ...] = ()

    def words_in(self, text: str) -> frozenset[str]:
        """The hint words that occur in ``text``.

        The scan finds, at every position where a hint word starts, the longest one; the
        words inside it (its prefixes among them) occur as well.

        >>> sorted(compile_mode(DEFAULT_RULES, "marker").words_in("加入收藏本站"))
        ['加入收藏', '收藏', '收藏本站']
        """
        found: set[str] = set()
        if self.hint_scan is None:
            return frozenset(found)
        search = self.hint_scan.search
        m = search(text)
        while m is not None:
            found |= self.hint_closure[m.group()]
            m = search(text, m.start() + 1)
        return frozenset(found)


@functools.lru_cache(maxsize=32)
def compile_mode(rules: NoiseRules, mode: Mode) -> Compiled:
    """Compile the enabled patterns of ``mode``.

    Each pattern is searched on its own over a page (an alternation of dozens of patterns
    loses the regex engine's literal-prefix scan and is many times slower).

    >>> c = compile_mode(DEFAULT_RULES, "marker")
    >>> [p.rule for r, f, p in c.patterns if r.search("鲁ICP备08005495号-1")]
    ['footer.icp']
    """
    out: list[tuple[regex.Pattern[str], RuleFamily, NoisePattern]] = []
    for fam in rules.enabled():
        if fam.mode != mode:
            continue
        for pat in fam.patterns:
            out.append((regex.compile(pat.pattern, regex.M | regex.V0), fam, pat))
    union = regex.compile("|".join(f"(?P<g{k}>{p.pattern})" for k, (_, _, p) in enumerate(out)),
                          regex.M | regex.V0) if out else None
    hints = tuple(_HINTS.get(p.pattern, ()) for _, _, p in out)
    words = sorted({w for ws in hints for w in ws}, key=lambda w: (-len(w), w))
    scan: re.Pattern[str] | None = None
    closure: dict[str, frozenset[str]] = {}
    if words:
        # a flat alternation of literals, longest first: stdlib ``re`` skips to the possible
        # first characters, many times faster than a search per word or per pattern
        scan = re.compile("|".join(re.escape(w) for w in words))
        closure = {w: frozenset(v for v in words if v in w) for w in words}
    gates = tuple(_LINE_GATES.get(p.pattern) for _, _, p in out)
    return Compiled(tuple(out), union, hints, scan, closure, gates)
