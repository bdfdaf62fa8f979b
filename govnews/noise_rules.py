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
from collections.abc import Iterable
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


#: hints of the patterns written with ``_h``, registered where each pattern is written (see ``_HINTS``)
_LEX_HINTS: dict[str, tuple[str, ...]] = {}
#: and their line gates (see ``_LINE_GATES``): a stdlib pattern every match's line holds
_LEX_GATES: dict[str, re.Pattern[str]] = {}
#: the end of a field, as a stdlib lookahead (``B1`` for ``re`` with ``re.M``)
_G1 = r"(?=[\s|｜丨】\]]|$)"


#: the letters besides its two cases that an ASCII letter matches in a case-blind ``regex`` pattern
_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def _cased(word: str) -> list[str]:
    """Every spelling of an ASCII ``word`` that ``(?i:word)`` matches in ``regex``: hint
    words for a case-blind word (hint words are literal).

    >>> _cased("id")
    ['ID', 'Id', 'iD', 'id', 'İD', 'İd']
    """
    out = [""]
    for c in word:
        out = [w + v for w in out for v in (c.upper(), c.lower(), *_FOLDS.get(c.lower(), ""))]
    return out


# one item of a row of page links
_PAGE_TOKEN = (
    r"(?:第\h*[0-9]{1,4}\h*页|共\h*[0-9]{1,4}\h*页|[上下前后]一?页|首页|尾页|末页|[0-9]{1,3}|[\[【][0-9]{1,3}[\]】]"
    r"|跳转|转到|GO|Go)"
)


def _h(rule: str, pattern: str, hints: str, scope: Scope = "field", gate: str | None = None) -> NoisePattern:
    """A built-in pattern with its hint words (``|``-separated: every match holds one; empty
    for none: a gated pattern needs no hint, and one-character hints slow the page scan) and,
    for patterns that are slow to try at every position, a line gate."""
    _LEX_HINTS[pattern] = tuple(hints.split("|")) if hints else ()
    if gate is not None:
        _LEX_GATES[pattern] = re.compile(gate, re.M)
    return NoisePattern(rule, pattern, scope)


_FOOTER = RuleFamily("footer", "footer", "marker", (
    _p("footer.copyright", r"(?i:copyright)\h*(?:©|\([cC]\)|（[cC]）)?\h*(?:[0-9]{4}(?:\h*[-–—]\h*[0-9]{4})?)?"),
    _h("footer.copyright", r"©\h*(?:[0-9]{4}(?:\h*[-–—]\h*[0-9]{4})?)?", "©"),
    _p("footer.copyright", r"(?i:all\h+rights\h+reserved)\.?"),
    _h("footer.copyright", r"版权所有(?![人者方权])\h*[:：]?\h*(?:©\h*)?(?:[^\s|｜丨，。,;；]{0,20}" + B1 + ")?",
       "版权"),
    _h("footer.copyright", B0 + r"版权(?:归[^\s，。]{1,20}所有|声明)" + B1, "版权"),
    _h("footer.icp", r"\p{Han}{0,2}ICP\h*(?:备案号?)?(?:备|证)\h*[:：]?\h*[0-9]{4,12}号?(?:\h*-\h*[0-9]{1,3})?", "ICP"),
    _h("footer.police", r"\p{Han}{0,2}公网安备\h*[:：]?\h*[0-9]{6,20}号?", "公网安备"),
    _h("footer.license", r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]B2\h*-\h*[0-9]{6,10}号?",
       "B2"),
    _h("footer.license", r"互联网新闻信息服务许可证\h*(?:编?号)?\h*[:：]?\h*[0-9]*", "许可证"),
    _h("footer.site_id", r"网站标识码\h*[:：]?\h*[0-9A-Za-z]*", "网站标识码"),
    _h("footer.report", r"(?:中国)?互联网违法和不良信息举报中心", "举报"),
    _h("footer.report", r"违法和不良信息举报(?:电话|中心|邮箱)?\h*[:：]?\h*[0-9\-]*", "举报"),
    _h("footer.report", r"举报(?:电话|邮箱|方式)\h*[:：]\h*[0-9A-Za-z@._\-]{3,40}", "举报"),
    _p("footer.sponsor", B0 + r"(?:主管|主办|承办|协办|运维|维护)(?:单位)?\h*[:：]\h*[^\s|｜丨，。,;；]{2,40}"),
    _p("footer.sponsor", B0 + r"[^\s|｜丨，。,、:：;；由和与]{2,30}(?:主管|主办|承办|协办)" + B1),
    _h("footer.support", B0 + r"技术支持\h*[:：]\h*[^\s|｜丨，。,;；]{2,40}", "技术支持"),
    _h("footer.contact", B0 + r"(?:通讯|联系|单位)?地址\h*[:：]\h*[^\s|｜丨，。;；]{2,50}", "地址"),
    _h("footer.contact", B0 + r"(?:联系|咨询|值班|服务|办公|热线)?电话\h*[:：]\h*[0-9(（][0-9()（）+\-—– ]{4,30}[0-9]",
       "电话"),
    _h("footer.contact", B0 + r"(?:邮编|邮政编码)\h*[:：]?\h*[0-9]{6}", "邮编|邮政编码"),
    _h("footer.contact", B0 + r"传真\h*[:：]\h*[0-9(（][0-9()（）+\-—– ]{4,30}[0-9]", "传真"),
    _h("footer.contact", B0 + r"(?:电子)?(?:邮箱|信箱|(?i:e-?mail))\h*[:：]\h*[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+",
       "|".join(("邮箱", "信箱", *_cased("mail")))),
    _h("footer.tools", r"我为政府网站找错", "找错"),
    _p("footer.tools", r"[【\[](?:打印本页|关闭窗口|打印文章|关闭本页|返回顶部)[】\]]", "self"),
    _p("footer.tools", B0 + r"(?:打印本页|关闭窗口|打印文章|关闭本页|返回顶部)" + B1),
    _p("footer.tools", r"[【\[](?:打印|关闭|返回|收藏|字号)[】\]]", "self"),
    _p("footer.tools", B0 + r"(?:无障碍(?:浏览|阅读|模式)?|适老化(?:版|模式)?|长者模式|网站地图)" + B1),
    _h("footer.tools", r"建议使用[^\n。]{0,30}浏览器[^\n。]{0,20}", "浏览器"),
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
    # a row of page links: 第 1 页  共 2 页  下一页  尾页 / 首页 上一页 1 2 3 下一页
    _h("site_chrome.pagination", r"^\h*(?=[^\n]*页)" + _PAGE_TOKEN + r"(?:\h*[|｜]?\h*" + _PAGE_TOKEN + r"){1,14}\h*$",
       "页", "line"),
    _p("site_chrome.breadcrumb", r"(?:本页位置|页面位置|正在阅读|当前栏目|所在栏目)\h*[:：]\h*" + _CRUMB, "self"),
))

_PLAT = r"(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|人人网|豆瓣)"
_SOCIAL = RuleFamily("social_prompt", "social_prompt", "marker", (
    _h("social_prompt.wechat",
       r"(?:" + B0 + r"[^\s，。,、；;：:]{0,15})?微信(?:公众)?号\h*[:：]\h*[A-Za-z0-9_\-\p{Han}]{1,20}", "微信"),
    _p("social_prompt.qrcode",
       r"(?:微信)?(?:扫描|扫一扫|扫码|长按(?:识别)?|识别)(?:下方|上方|左侧|右侧|页面|图中)?(?:二维码|小程序码)?"
       r"[,，]?(?:即可)?(?:关注|订阅)(?:我们|本站|本网|公众号|微信公众号|官方微信|微信号)?"),
    _h("social_prompt.mobile", r"扫一扫[,，]?\h*在手机(?:上)?(?:打开|阅读|查看|浏览)(?:当前页|本页|此页|本文)?",
       "扫一扫"),
    _p("social_prompt.original", r"点击(?:阅读|查看)原文|" + B0 + r"阅读原文" + B1),
    _h("social_prompt.share",
       r"分享到\h*(?:[:：](?:\h*" + _PLAT + r")*|(?:\h*" + _PLAT + r")+|" + B1 + ")", "分享", "self"),
    _h("social_prompt.gossip", r"爱八卦[,，]?\h*爱爆料", "爱八卦", "line"),
    _p("social_prompt.follow", B0 + r"(?:关注我们|官方微博|官方微信)" + B1),
    _p("social_prompt.follow", B0 + r"(?:官方微博|官方微信|微信公众号|抖音号|视频号)\h*[:：]\h*[^\s，。,；;]{1,20}"),
    _h("social_prompt.share", r"点击右上角\h*(?:分享(?:到|给)?)?\h*(?:微信好友|朋友圈|好友)?", "点击右上角", "self"),
    _h("social_prompt.share", r"请使用浏览器(?:的)?分享功能(?:进行分享)?", "浏览器", "self"),
    _p("social_prompt.share", B0 + r"(?:微信好友|微信朋友圈|朋友圈|QQ好友)" + B1),
))

_CLICKBAIT = RuleFamily("clickbait", "recommendations", "marker", (
    _h("recommendations.clickbait", r"大家好[,，]?\h*小\p{Han}{1,2}今天来为大家(?:解答|介绍|分享|讲解|盘点)",
       "来为大家", "line"),
    _h("recommendations.clickbait", r"很多人还不知道[,，]?\h*现在让我们一起来看看吧", "来看看吧", "line"),
))

_RECOMMEND_HEADS = (
    r"小编推荐|相关阅读|相关推荐|往期推荐|往期回顾|往期精彩|相关文章|相关新闻|相关链接|热门推荐|热门文章|热点推荐|"
    r"精彩推荐|推荐阅读|延伸阅读|猜你喜欢|为你推荐|为您推荐|你可能感兴趣(?:的文章)?|大家都在看|最新文章|热门资讯|"
    r"更多精彩|精彩图文|今日推荐|看了本文的人还看了|热门标签|最新资讯|推荐文章|"
    r"相关信息|热点新闻|热门新闻|热点资讯|热门阅读|精选推荐|相关专题|热点关注"
)

_RECOMMEND = RuleFamily("recommendations", "recommendations", "header", (
    _p("recommendations.header",
       r"[【\[〔■●◆▶>#]?\h*(?:" + _RECOMMEND_HEADS + r")\h*[】\]〕]?\h*[:：]?\h*(?:>>|》|更多)?"),
    _h("recommendations.header",
       r"[【\[〔■●◆▶>#]?\h*\p{Han}{0,4}(?:新闻|资讯|图片|视频|图文|要闻)精选\h*[】\]〕]?\h*[:：]?\h*(?:>>|》|更多)?", "精选"),  # noqa: E501
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

# ------------------------------------------------------------------ the chrome lexicon
# Classes of page chrome that hold across sites. Each pattern describes the class, not one
# site; ``field`` patterns only make a line noise when they are (nearly) all of it, so a
# sentence that mentions the same words stays content.
_SP = r"[\s|｜丨/]*"
_APP = r"(?:APP|App|app|客户端)"
_NUM = r"[0-9]+(?:\.[0-9]+)?"
#: a portal's channel names: three or more of them in a row are a navigation row
_NAV_WORD = ("首页|新闻|视频|直播|政务|服务|体育|汽车|国内|国际|军事|财经|娱乐|科技|教育|健康|房产|旅游|时政|社会|"
             "文化|图片|专题|数读|要闻|民生|本地|热点|问政|便民|互动|党建|理论|文旅|时尚|游戏|历史|数码|家居|读书|"
             "公益|原创|评论|图集|快讯|县区|乡镇|部门|法治|文娱|农业|经济|商业|生活|美食|母婴|女人|星座|彩票|股票|基金|"
             "理财|楼市|招聘|政策|解读|通知|公告")
_NAV_SEP = r"[ \t|｜丨]"
#: a line holding three channel names joined by separators: ``N(?:S+N){2,}`` where ``N`` is
#: a channel name and ``S`` a space, tab or bar. Every name has two characters, so the gate
#: is written to open with the separator after the first name, found by a class scan (the
#: names are found in a lookbehind): the stdlib engine then skips to the few separators of a
#: page, instead of trying the names at every common character
_NAV_ROW_GATE = (rf"{_NAV_SEP}(?<=[{''.join(sorted({w[1] for w in _NAV_WORD.split('|')}))}]{_NAV_SEP})"
                 rf"(?<=(?:{_NAV_WORD}){_NAV_SEP}){_NAV_SEP}*(?:{_NAV_WORD}){_NAV_SEP}+(?:{_NAV_WORD})")
if {len(w) for w in _NAV_WORD.split("|")} != {2}:  # pragma: no cover - the lookbehind needs one width
    raise RuntimeError("_NAV_ROW_GATE assumes channel names of two characters")

_FOOTER_LEX = (
    _h("footer.tipoff",
       B0 + r"(?:新闻|报料|爆料|线索|投稿|读者|值班|广告|发行|订报|订阅|服务|监督)(?:热线|电话|邮箱|信箱|QQ|微信)"
       r"\h*[:：]?\h*(?:[0-9A-Za-z@._\-—()（）]{3,40}(?:\h+[0-9][0-9\-]{4,20})*)?" + B1,
       "热线|电话|邮箱|信箱|QQ|微信",
       gate=r"(?:新闻|报料|爆料|线索|投稿|读者|值班|广告|发行|订报|订阅|服务|监督)(?:热线|电话|邮箱|信箱|QQ|微信)"),
    _h("footer.tipoff", B0 + r"(?:我要)?(?:报料|爆料|投稿|纠错)(?:平台|入口|方式)?" + B1, "报料|爆料|投稿|纠错"),
    _h("footer.tipoff", r"(?:广告|新闻|报料)热线\h*[:：]\h*[0-9][0-9\-—()（） ]{4,30}[0-9]", "热线"),
    _h("footer.rights",
       r"(?:未经[^\n，。；]{0,12}?(?:授权|许可|同意)[，,]?\h*)?(?:任何(?:单位|媒体|网站|组织)(?:和|或|及|与)?(?:个人)?\h*)?"
       r"(?:均?不得|严禁|禁止|请勿)(?:擅自|以任何形式)?(?:转载|复制|镜像|摘编|转帖|转发|使用)"
       r"(?:[、或和及]?(?:转载|复制|镜像|摘编|转帖|转发|使用|传播))*",
       "转载|复制|镜像|摘编|转帖|转发|使用",
       gate=r"(?:不得|严禁|禁止|请勿)(?:擅自|以任何形式)?(?:转载|复制|镜像|摘编|转帖|转发|使用)"),
    _h("footer.rights",
       r"(?:如需|如要|欢迎)?转载(?:请|须|需)(?:注明|标明|联系|保留|取得)[^\n。]{0,24}?(?:出处|来源|作者|原文(?:网址|链接|地址)?|授权|本站|本网)"
       r"(?:\h*[:：]\h*(?:https?://)?[A-Za-z0-9./_\-]*)?", "转载"),
    _h("footer.rights", r"本文(?:为|系)[^\s，。；]{2,20}原创(?:作品|稿件|内容)?", "本文"),
    # a statement under its own label: the whole line is the site's, never the article's
    _h("footer.rights",
       r"^\h*[【\[]?(?:版权声明|免责声明|版权说明|特别声明|平台声明)[】\]]?\h*[:：][^\n]*$",
       "版权声明|免责声明|版权说明|特别声明|平台声明", "line"),
    # a portal's way back to its front page: 返回搜狐，查看更多
    _h("footer.tools", r"^\h*返回\p{Han}{1,6}[，,]?\h*查看更多\h*$", "查看更多", "line"),
    # a platform's note on a repost: where it came from, and that the platform only hosts it
    _h("footer.rights",
       r"^\h*本文(?:来自|来源于|转载自|转自)[^\n，。；]{1,30}[，,]\h*[^\n]{0,40}(?:立场|观点)[^\n]{0,10}$",
       "本文", "line"),
    _h("footer.rights",
       r"(?:仅|只)提供信息(?:存储|发布)(?:空间)?服务|如(?:有|涉及|发现)侵权[^\n。]{0,16}?(?:联系|删除)",
       "提供信息|侵权"),
    _h("footer.rights",
       r"(?:本站|本网|本文|文章|稿件)?[^\s，。；]{0,16}(?:仅代表|不代表|并不代表)[^\n，。；]{0,20}?(?:观点|立场)"
       r"|与[^\s，。；]{1,12}立场无关", "代表|立场",
       gate="立场|观点"),
    _h("footer.rights", r"(?:本站|本网|本报|我们)(?:将|保留|有权)?(?:依法)?追究[^\n。]{0,12}?(?:法律)?责任", "追究"),
    _h("footer.rights", r"(?:凡|如有)?擅自(?:转载|复制|摘编|使用|链接)[^\n，。；]{0,16}?者", "擅自"),
    _h("footer.rights",
       r"(?:如需|如要|若需)(?:转载|使用|引用)[^\n。]{0,10}?(?:请|须|需)?(?:联系|取得|获得|经)[^\n。]{0,8}?(?:授权|许可|本站|本网|同意)"
       r"|(?:转载|使用|复制|引用)(?:或|和|及|、)?(?:转载|使用|复制|引用)?(?:本站|本网|本报)(?:稿件|内容|作品|文章|图片)"
       r"[^\n。]{0,6}?[，,]?\h*(?:须|需|请|应)(?:事先)?(?:取得|获得|经过?|联系)[^\n。]{0,10}?(?:许可|授权|同意)",
       "如需|如要|若需|本站|本网|本报"),
    _h("footer.rights", r"(?:本站|本网|本报)(?:所有|刊发|登载|刊登|发布)的?(?:稿件|图片|信息|内容|文章)[^\n。]{0,30}?版权", "版权"),  # noqa: E501
    _h("footer.legal", B0 + r"(?:本网|本站|本报|常年)?法律顾问(?:\h*[:：]\h*[^\s|｜]{2,30})?" + B1, "法律顾问"),
    _h("footer.license",
       r"[\[【(（]?(?:互联网出版|网络出版服务|网上传播视听节目|信息网络传播视听节目|互联网宗教信息服务|"
       r"广播电视节目制作经营|增值电信业务经营|互联网药品信息服务|出版物经营)许可证"
       r"(?:\h*(?:编?号)?\h*[:：]?\h*[(（]?[0-9A-Za-z\-]*[)）]?号?)?[\]】)）]?",
       "许可证"),
    _h("footer.license", r"公网监备\h*[:：]?\h*[0-9]*号?", "公网监备"),
    _h("footer.license", r"[\[【]?\p{Han}{0,2}ICP证\h*[:：]?\h*[0-9]{4,12}号?[\]】]?", "ICP"),
    _h("footer.report", B0 + r"(?:廉正|廉政|违纪|监督|违法|不良信息|有害信息)举报(?:中心|电话|邮箱|专区|入口)?"
       r"(?:\h*[:：]\h*[0-9A-Za-z@._\-]{3,40})?" + B1, "举报"),
    _h("footer.report", B0 + r"(?:Complaint|Report)\h+Cent(?:er|re)" + B1, "Complaint|Report"),
    _h("footer.report", B0 + r"(?:总机|客服|服务)\h*[:：]\h*[0-9(（][0-9()（）+\-—– ]{4,30}[0-9]", "总机|客服|服务",
       gate=r"(?:总机|客服|服务)\s*[:：]"),
    _h("footer.sponsor", B0 + r"(?:制作|出品|编辑|监制|出版)(?:单位|机构)\h*[:：]\h*[^\s|｜丨，。,;；]{2,40}", "单位|机构",  # noqa: E501
       gate=r"(?:制作|出品|编辑|监制|出版)(?:单位|机构)\s*[:：]"),
    _h("footer.sponsor", B0 + r"[^\s|｜丨，。,、:：;；]{2,20}社出版" + B1, "社出版"),
    _h("footer.about", B0 + r"(?:(?:About|ABOUT|Contact|CONTACT|Join|JOIN)\h+(?:Us|US|us)|Privacy\h+Policy|"
       r"Terms\h+of\h+(?:Use|Service)|Site\h*[Mm]ap|SITEMAP|Help|HELP)" + B1,
       "About|ABOUT|Contact|CONTACT|Join|JOIN|Privacy|Terms|Site|SITEMAP|Help|HELP"),
    _h("footer.tools", r"[〔【\[(（](?:打印此文|打印此页|打印全文|打印正文|打印|关闭此页|关闭本文|关闭|收藏此文|返回顶部|返回列表)"  # noqa: E501
       r"[〕】\])）]", "打印|关闭|收藏|返回", "self"),
    _h("footer.tools", r"[【\[〔]?字(?:体|号)\h*[:：]\h*(?:[【\[〔]?\h*[大中小]\h*[】\]〕]?\h*){2,3}[】\]〕]?",
       "字体|字号", "self"),
    # a lone font-size switch: 小字号, 大字号 A+ A-
    _h("footer.tools", B0 + r"(?:[大中小]字号|默认字号|[大中小]字体)(?:\h+(?:[大中小]字号|A\+|A-|A－))*" + B1,
       "字号|字体"),
    _h("footer.wire_tail", r"[【\[〔]纠错[】\]〕]", "纠错", "self"),
    _h("footer.wire_tail", r"[（(]完[）)](?=\h*$)", "完", "self", gate=r"[（(]完[）)]\s*$"),
    _h("footer.wire_tail", r"^\h*(?:N{4}|[（(]?\h*完\h*[）)]?|[—\-]{1,4}\h*完\h*[—\-]{1,4})\h*$", "完|NNNN",
       gate=r"^\s*(?:N{4}|[（(]?\s*完\s*[）)]?|[—\-]{1,4}\s*完\s*[—\-]{1,4})\s*$"),
    # a WeChat post's end mark on its own line: END, - END -, —END—
    _h("footer.wire_tail", r"^\h*(?:[—\-－·•]{1,4}\h*)?(?:END|End)(?:\h*[—\-－·•]{1,4})?\h*$", "END|End", "line"),
    _h("footer.wire_tail", r"^\h*(?:[＊*※]\h*){3,}$", "＊|*|※", gate=r"^\s*(?:[＊*※]\s*){3,}$"),
    _h("footer.separator", r"[-—─=＝_~～*＊·.…]{2,}\h*分\h*隔\h*线\h*[-—─=＝_~～*＊·.…]{2,}", "", "line",
       gate="分\\s*隔\\s*线"),
)

_CHROME_LEX = (
    _h("site_chrome.app_prompt",
       r"(?:(?:扫一扫|扫码|扫描二维码|长按识别二维码)\h*)?(?:下载|打开|查看|安装|进入|使用)\h*[“\"「]?"
       r"[\p{Han}A-Za-z]{0,10}?[”\"」]?\h*" + _APP + r"(?:\h*(?:阅读|查看|观看)(?:全文|更多|原文)?)?",
       "APP|App|app|客户端"),
    _h("site_chrome.app_prompt", r"[\p{Han}A-Za-z]{0,8}?" + _APP + r"\h*下载", "下载", gate=r"(?:APP|App|app|客户端)\s*下载"),  # noqa: E501
    _h("site_chrome.app_prompt", r"(?:阅读|查看|获取|发现|浏览)更多(?:精彩|热门|最新)(?:内容|资讯|新闻|视频)?", "更多",
       gate="更多(?:精彩|热门|最新)"),
    _h("site_chrome.app_prompt", r"(?:阅读|浏览|观看)?体验更佳|" + B0 + r"(?:立即打开|立即下载|马上打开|打开看看|"
       r"前往下载|下载客户端|客户端|移动客户端|手机版|移动版|电脑版|PC版|触屏版)" + B1,
       "体验更佳|立即打开|立即下载|马上打开|打开看看|前往下载|客户端|手机版|移动版|电脑版|PC版|触屏版"),
    _h("site_chrome.app_prompt", B0 + r"手机(?:看|上|浏览|访问)[\p{Han}A-Za-z]{1,10}?(?:网|新闻|客户端)" + B1, "手机",
       gate="手机(?:看|上|浏览|访问)"),
    _h("site_chrome.login", B0 + r"(?:用户|会员|账号|帐号|个人|法人|企业|单位)?(?:登录|登陆|注册|退出|注销)"
       r"(?:\h*[/|｜]?\h*(?:登录|登陆|注册|退出))?" + B1, "登录|登陆|注册|退出|注销",
       gate="(?:登录|登陆|注册|退出|注销)" + _G1),
    _h("site_chrome.login", r"请输入(?:[^\s，。]{0,4}?)(?:验证码|密码|用户名|手机号码?|账号|帐号|关键字|关键词|搜索(?:内容|关键词|词)?|"  # noqa: E501
       r"检索词|内容)|(?:获取|发送|重新获取)(?:短信)?验证码|" + B0 + r"(?:验证码|忘记密码|找回密码|记住密码|免费注册|"
       r"立即注册|没有账号\S{0,6}|短信登录|密码登录)" + B1,
       "请输入|验证码|忘记密码|找回密码|记住密码|免费注册|立即注册|没有账号|短信登录|密码登录"),
    _h("site_chrome.search", B0 + r"(?:高级搜索|高级检索|站内搜索|全站搜索|全文检索|搜\h*索|检\h*索|搜索一下|Search|SEARCH|搜全站)" + B1,  # noqa: E501
       "搜|检|Search|SEARCH",
       gate=r"(?:搜\s*索|检\s*索|搜索一下|Search|SEARCH|搜全站)" + _G1),
    _h("site_chrome.language", B0 + r"(?:EN|En|中文|中文版|英文版|Eng|ENG|日本語|한국어|Русский|Français)" + B1,
       "EN|En|中文|英文版|Eng|ENG|日本語|한국어|Русский|Français",
       gate="(?:EN|En|中文|中文版|英文版|Eng|ENG|日本語|한국어|Русский|Français)" + _G1),
    _h("site_chrome.widget",
       B0 + r"(?:举报|纠错|我要纠错|收藏|点赞|评论|写评论|我要评论|打印|复制链接|申请入驻)(?:\h*[0-9]{1,6})?" + B1,
       "举报|纠错|收藏|点赞|评论|打印|复制链接|申请入驻"),
    _h("site_chrome.share", B0 + r"分享(?:至|给)?(?!到)\h*[:：]?(?:\h*" + _PLAT + r")*" + B1, "分享", gate="分享"),
    _h("site_chrome.url",
       B0 + r"(?:(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,30})*"
       r"\.(?:com|cn|net|org|gov|edu|info|cc|tv|top|xyz)(?:\.cn)?(?::[0-9]{2,5})?(?:/[A-Za-z0-9._~%/?#=&\-]*)?)" + B1,
       ".com|.cn|.net|.org|.gov|.edu|.info|.cc|.tv|.top|.xyz",
       gate=r"\.(?:com|cn|net|org|gov|edu|info|cc|tv|top|xyz)"),
    _h("site_chrome.welcome", r"欢迎(?:您)?(?:光临|访问|登录|进入)[^\s，。；！!]{0,24}|欢迎来到[^\s，。；！!]{1,20}(?:网站|官网|门户|平台|网)",  # noqa: E501
       "欢迎"),
    _h("site_chrome.welcome",
       r"今天是\h*(?:[:：]\h*[0-9]{4}\h*[年\-/.][0-9]{1,2}\h*[月\-/.][0-9]{1,2}日?(?:\h*星期[一二三四五六日天])?"
       r"|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\h*星期[一二三四五六日天])", "今天是"),
    _h("site_chrome.welcome", B0 + r"(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
       r"(?:[正一二三四五六七八九十冬腊]{1,2}月)?(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)?" + B1,  # noqa: E501
       # the year character first: the engine skips to it, then looks behind for the cycle
       "", gate="年(?<=[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)"),
    _h("site_chrome.reading",
       r"本(?:篇|文)(?:文章)?(?:共|约|全文)?\h*" + _NUM + r"\h*字|读完(?:全文)?(?:约|大约|需要?|仅需|只需)\h*"
       + _NUM + r"\h*分钟|阅读(?:本文|全文)?(?:约需|需要?|约|大约|仅需|时长[:：]?)\h*" + _NUM + r"\h*分钟|"
       r"(?:文章|全文|正文)字数\h*[:：]\h*[0-9]+|预计阅读时间\h*[:：]?\h*" + _NUM + r"\h*分钟",
       "本篇|本文|读完|阅读|字数", gate=r"[0-9]\s*(?:字|分钟)|字数\s*[:：]"),
    _h("site_chrome.epaper",
       r"\p{Han}{2,8}?(?:日报|晚报|时报|商报|早报|周报|报)(?:社)?(?:数字(?:报|版|报刊|报纸)|电子(?:报|版|报刊)|手机报)",
       "数字|电子|手机", gate="报社?(?:数字(?:报|版|报刊|报纸)|电子(?:报|版|报刊)|手机报)"),
    _h("site_chrome.epaper", B0 + r"(?:数字报|数字版|电子版|电子报|数字报刊|数字报首页|电子报首页|报纸首页|"
       r"上一期|下一期|往期查询|往期检索|过往期刊|PDF下载|下载PDF|PDF版|查看PDF|返回目录|本版目录|版面目录|"
       r"上一版|下一版|前一版|后一版|放大|缩小|默认|通版阅读(?:请点击)?\h*[:：]?|展开通版|收缩通版|查看通版|"
       r"报纸订阅|订阅报纸|网上订阅|(?:报纸|报刊)?订阅(?:热线|电话)(?:\h*[:：]\h*[0-9\-]{5,20})?)" + B1,
       "数字|电子|报纸|上一|下一|往期|过往|PDF|目录|前一版|后一版|放大|缩小|默认|通版|订阅",
       gate="数字报|数字版|电子版|电子报|报纸首页|上一期|下一期|往期|过往期刊|PDF|目录|上一版|下一版|前一版|后一版|"
       "放大|缩小|默认|通版|订阅"),
    _h("site_chrome.epaper", r"版面导航\h*[:：]?(?:\h*[A-Z]?[0-9]{1,3}\h*版\h*[:：]?\h*\p{Han}{0,8})*", "版面导航"),
    _h("site_chrome.epaper", r"本期共\h*[0-9一二三四五六七八九十]{1,3}\h*(?:版|个版面)", "本期"),
    _h("site_chrome.epaper", r"邮发代号\h*[:：]?\h*[0-9]{1,2}\h*[-—–]\h*[0-9]{1,4}", "邮发代号"),
    _h("site_chrome.epaper", r"(?:(?:国内统一连续出版物号|国内统一刊号|国内刊号|统一刊号|刊号|CN号)\h*[:：]?\h*)?"
       r"(?<![A-Za-z0-9])CN\h*[0-9]{2}\h*[-—–]\h*[0-9]{4}(?:\h*/\h*[A-Z]{1,4})?(?![0-9])", "CN"),
    _h("site_chrome.epaper", B0 + r"本版(?:责任)?(?:编辑|责编|主编|校对|美编|组版|审读|统筹|设计|策划)\h*[:：]\h*\p{Han}{2,4}"  # noqa: E501
       r"(?:[、,，]\p{Han}{2,4})*", "本版"),
    _h("site_chrome.epaper", r"[（(]?本版(?:图片|照片|稿件)(?:除署名外|除注明外|除注明者外|除标注外)[^\n。)）]{0,30}[)）]?", "本版"),  # noqa: E501
    _h("site_chrome.portal_crumb",
       B0 + r"[^\s>»＞→›\n，。]{1,10}(?:首页|网|频道|新闻|公开|中心|栏目)\h*" + _SEP + r"\h*" + _CRUMB,
       ">|»|＞|→|›", gate="[>»＞→›]"),
    _h("site_chrome.portal_crumb", B0 + r"(?:[^\s>»＞→›\n，。]{1,12}\h*" + _SEP + r"\h*){2,}[^\s>»＞→›\n，。]{1,12}" + B1,  # noqa: E501
       ">|»|＞|→|›", gate="[>»＞→›]"),
    _h("site_chrome.site_name", B0 + r"\p{Han}{1,8}(?:首页|网站|新闻网|在线|门户网)(?:首页)?" + B1,
       "首页|网站|新闻网|在线|门户网", gate="(?:首页|网站|新闻网|在线|门户网)" + _G1),
    # no hints: channel names are common words (most lines of a page hold one), and a row is
    # found faster by its separators (see ``_NAV_ROW_GATE``)
    _h("site_chrome.nav_row", B0 + "(?:" + _NAV_WORD + r")(?:[\h|｜丨]+(?:" + _NAV_WORD + r")){2,}" + B1,
       "", gate=_NAV_ROW_GATE),
    _h("site_chrome.comments",
       r"我来说两句|(?:快来|赶紧|快)?抢沙发(?:吧|哦)?|文明上网[,，]?\h*理性发言|去跟贴广场看看|跟贴广场|设为辩论话题|"
       r"(?:还没有人?|暂无|目前没有|已有\h*[0-9]+\h*条)(?:人)?(?:发表)?(?:评论|跟贴|留言)|(?:请)?遵守[^\n，。]{0,12}?(?:服务|用户|评论|跟贴)协议|"
           r"" + B0 + r"(?:[\p{Han}]{0,4}跟贴|网友评论|发表评论|查看评论|全部评论|"
       r"评论|排行榜|(?:跟贴|评论)?\h*[0-9]+\h*(?:人参与|条评论|条跟贴|人评论))" + B1,
       "说两句|沙发|文明上网|跟贴|辩论话题|评论|排行榜|参与|留言|协议",
       # each branch by what it must hold: a prose line that mentions 评论 or 协议 is not tried
       gate=r"说两句|抢沙发|文明上网|跟贴广场|设为辩论话题|(?:没有|暂无|条)人{0,2}(?:发表)?(?:评论|跟贴|留言)|"
       r"遵守[^\n，。]{0,12}?(?:服务|用户|评论|跟贴)协议|(?:跟贴|评论|排行榜|人参与)" + _G1),
    _h("site_chrome.cms", r"<!--|-->|(?:[A-Za-z0-9_./\-]*/)?(?:content|article|info|news|"
        r"art)_[0-9]+\.s?html?", "<!--|-->|.htm|.shtm",
       gate=r"<!--|-->|_[0-9]+\.s?html?"),
    _h("site_chrome.prev_next", B0 + r"(?:前一篇|后一篇|上一期|下一期|上篇|下篇)\h*[:：][^\n]{0,80}", "前一篇|后一篇|上一期|下一期|上篇|下篇",  # noqa: E501
       "line"),
    _h("site_chrome.disclosure_nav", B0 + r"(?:政府)?信息公开(?:专栏|目录|指南|平台|年报|制度|规定)" + B1, "信息公开"),
)

_SOCIAL_LEX = (
    _h("social_prompt.wechat_chrome",
       r"(?:点击|点|戳|轻触)(?:上方|下方|顶部|标题下(?:方)?)?\h*[“\"「]?\h*\p{Han}{0,2}?蓝字\h*[”\"」]?\h*"
       r"(?:[“\"「][^”\"」\n]{1,20}[”\"」])?\h*[,，]?\h*(?:一键|免费)?(?:关注|订阅)(?:我们|我)?(?:哦|吧|呀|哟)?[!！~～]*",
       "蓝字", "line"),
    _h("social_prompt.wechat_chrome",
       r"预览时标签不可点|(?:继续|向上|向下)滑动看下一个|微信扫一扫可打开此内容|使用完整服务|轻触阅读原文",
       "预览时|滑动看下一个|微信扫一扫可打开|使用完整服务|轻触阅读原文", "line"),
    _h("social_prompt.wechat_chrome",
       r"(?:微信扫一扫\h*)?关注该公众号|" + B0 + r"(?:使用小程序|小程序|知道了|取消\h*允许|允许|视频\h*小程序\h*赞|"
       r"轻点两下取消赞|轻点两下取消在看|写留言|留言|收藏|点赞|在看|赞|转发|分享|喜欢此内容的人还喜欢|"
       r"人划线|个人观点，仅供参考)" + B1,
       # hints too: most pages hold none of these words, and the gate alone scanned every page
       "关注该公众号|小程序|知道了|允许|赞|在看|留言|收藏|转发|分享|喜欢此内容|划线|仅供参考",
       # a flat alternation of literal-led branches: the stdlib engine then skips to their first characters
       gate="关注该公众号|" + "|".join(w + _G1 for w in ["小程序", "知道了", "允许", "赞", "在看", "留言", "收藏", "转发", "分享", "喜欢此内容的人还喜欢", "人划线", "仅供参考"])),  # noqa: E501
    _h("social_prompt.wechat_chrome", B0 + r"点(?:个|一下|亮)?\h*[“\"「]?(?:在看|赞|"
        r"再看)[”\"」]?(?:[,，]?\h*\p{Han}{0,8})?[!！~～]*" + B1,
       "", gate="点(?:个|一下|亮)?\\s*[“\"「]?(?:在看|赞|再看)"),
    # a reposted post's source card: 以下文章来源于某某融媒，作者某某 / 某某融媒 / 某某官方账号
    _h("social_prompt.source_card", r"^\h*以下文章来源于[^\n]{1,40}$", "以下文章来源于", "line"),
    _h("social_prompt.source_card",
       r"^\h*[^\n，。！？,]{2,30}(?:官方(?:微信)?(?:账号|公众号|微信号)|微信公众号|官方平台)\h*$",
       "账号|公众号|微信号|官方平台", "line"),
    # a closing line that asks for the 在看 button: 你点的每个“在看”，我都认真当成了喜欢
    _h("social_prompt.wechat_chrome",
       r"^\h*[^\n，。,]{0,10}点[^\n，。,]{0,6}[“\"「]在看[”\"」][^\n]{0,20}$", "在看", "line"),
    _h("social_prompt.wechat_chrome", B0 + r"(?:微信)?ID\h*[:：]\h*[A-Za-z][A-Za-z0-9_\-]{3,30}" + B1, "ID"),
    _h("social_prompt.wechat_chrome", B0 + r"发表于\p{Han}{2,3}(?=\h*$)", "发表于", "self"),
    _h("social_prompt.original",
       r"(?:[↓↑⬇👇▼]+\h*)?点击(?:左下角|下方|底部)?[“\"]?(?:阅读|查看)原文[”\"]?(?:[，,]?\h*(?:即可)?(?:查看|了解|获取|进入|下载|报名|参与|阅读)"
       r"[^\n。！]{0,30})?", "原文"),
)

_DISCLOSURE = RuleFamily("disclosure", "metadata", "marker", (
    _h("metadata.disclosure",
       B0 + r"(?:索\h*引\h*号|组\h*配\h*分\h*类|主\h*题\h*分\h*类|体\h*裁\h*分\h*类|服务对象分类|发\h*文\h*机\h*关|"
       r"发\h*布\h*机\h*构|成\h*文\h*日\h*期|发\h*文\h*日\h*期|生\h*效\h*日\h*期|失\h*效\h*日\h*期|废\h*止\h*日\h*期|"
       r"有\h*效\h*性|文\h*号|发\h*文\h*字\h*号|名\h{1,6}称|公开方式|公开范围|公开时限|公开形式|所属主题|主\h*题\h*词|"
       r"信息分类|内容分类|统一编号|文件编号)\h*[:：]\h*[^\s|｜]{0,60}",
       "", gate=r"(?:号|类|关|构|期|性|称|式|围|限|题|词)[\s\u180e]*[:：]"),
    # an empty page-section label of an archive dump (专栏: with nothing after it)
    _h("metadata.empty_label", r"^\h*(?:专栏|栏目|版面|版名|版次)\h*[:：]\h*$", "专栏|栏目|版面|版名|版次", "line"),
    # the place a post was sent from, on a line of its own: 发布于：湖南省, IP属地：山东
    _h("metadata.location", r"^\h*(?:发布于|发表于|IP属地)\h*[:：]?\h*\p{Han}{2,6}\h*$",
       "发布于|发表于|IP属地", "line"),
    # a repost's note of the headline it first ran under: neither a title nor a paragraph
    _h("metadata.original_title", r"^\h*[（(]?\h*原标题\h*[:：][^\n]{2,120}$", "原标题", "line"),
    # where a photo came from, in brackets after its caption: （资料图） （图片来源：网络）
    _h("metadata.photo_source",
       r"[（(](?:资料图片?|资料照片|网络图片|示意图|(?:图片|图)来源\h*[:：][^（）()\n]{1,20}|图源\h*[:：][^（）()\n]{1,20}"
       r"|(?:本文)?(?:图片|照片|配图)(?:均)?由[^（）()\n，。]{2,20}提供)[）)]",
       "资料图|资料照片|网络图片|示意图|来源|图源|提供", "self"),
    # a credit line that names who supplied the pictures, not a person: 图片 | 学校提供
    _h("metadata.photo_source", r"^\h*(?:图片|照片|配图|图)\h*[|｜丨/:：]\h*[^\n|｜丨]{2,20}(?:提供|供图)\h*$",
       "提供|供图", "line"),
))

_FOOTER = attrs.evolve(_FOOTER, patterns=(*_FOOTER.patterns, *_FOOTER_LEX))
_CHROME = attrs.evolve(_CHROME, patterns=(*_CHROME.patterns, *_CHROME_LEX))
_SOCIAL = attrs.evolve(_SOCIAL, patterns=(*_SOCIAL.patterns, *_SOCIAL_LEX))

DEFAULT_RULES = NoiseRules(families=(_FOOTER, _CHROME, _SOCIAL, _DISCLOSURE, _CLICKBAIT, _RECOMMEND, _LINK_HEAD, _LINK_FARM))  # noqa: E501
"""The rules the default pipeline uses."""


def _words(alternation: str) -> tuple[str, ...]:
    return tuple(alternation.split("|"))


_SPONSOR_WORDS = _words("主管|主办|承办|协办")
_TOOL_WORDS = _words("打印本页|关闭窗口|打印文章|关闭本页|返回顶部")
_PREV_NEXT_WORDS = _words("上一篇|下一篇|上一条|下一条|上一页|下一页")
_FOLLOW_WORDS = _words("关注我们|官方微博|官方微信|微信公众号|抖音号|视频号")
#: For built-in patterns: words of which every match holds at least one, so that a page
#: holding none of them is not searched, and one that does only on the lines that hold
#: them. Patterns the engine cannot skip through fast (they open with a lookbehind or an
#: alternation) gain most; a literal-led pattern still costs a call and a scan a page, where
#: its hint costs a word of the one page scan (``Compiled.word_lines``). Keyed by the
#: pattern text: a user's pattern never takes a hint; the rule name guards the index.
_HINTS: dict[str, tuple[str, ...]] = {}


def _at(fam: RuleFamily, rule: str, piece: str) -> int:
    """The index in ``fam`` of the one pattern of ``rule`` that holds ``piece``."""
    (k,) = [k for k, p in enumerate(fam.patterns) if p.rule == rule and piece in p.pattern]
    return k


for _fam, _i, _rule, _hint in (
    (_CHROME, _at(_CHROME, "site_chrome.breadcrumb", "本页位置"), "site_chrome.breadcrumb",
     _words("本页位置|页面位置|正在阅读|当前栏目|所在栏目")),
    (_CHROME, _at(_CHROME, "site_chrome.breadcrumb", "首页\\h*"), "site_chrome.breadcrumb", ("首页",)),
    (_SOCIAL, _at(_SOCIAL, "social_prompt.share", "QQ好友)"), "social_prompt.share", ("好友", "朋友圈")),
    (_FOOTER, 13, "footer.sponsor", (*_SPONSOR_WORDS, "运维", "维护")),
    (_FOOTER, 14, "footer.sponsor", _SPONSOR_WORDS),
    (_FOOTER, 22, "footer.tools", _TOOL_WORDS),
    (_FOOTER, 23, "footer.tools", _TOOL_WORDS),
    (_FOOTER, 24, "footer.tools", _words("打印|关闭|返回|收藏|字号")),
    (_FOOTER, 25, "footer.tools", _words("无障碍|适老化|长者模式|网站地图")),
    (_CHROME, 0, "site_chrome.bookmark", _words("设为首页|加入收藏|收藏本站|收藏本页")),
    (_CHROME, 1, "site_chrome.language", _words("English|ENGLISH|繁體|繁体|简体")),
    (_CHROME, 2, "site_chrome.breadcrumb", _words("当前位置|您的位置|你的位置|现在的位置|所在位置|当前的位置")),
    # 简介 and 招聘 stand for 企业简介, 公司简介 and 人才招聘: words that open with a common
    # character (企业, 人才) make the page scan try many more places
    (_CHROME, 4, "site_chrome.nav", _words(
        "首页|联系我们|关于我们|网站导航|产品中心|产品展示|新闻中心|新闻动态|在线留言|"
        "登录|注册|会员中心|简介|客户案例|招聘|政务公开|办事服务|互动交流")),
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
_HINTS.update(_LEX_HINTS)


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
_LINE_GATES.update(_LEX_GATES)


@attrs.frozen
class Compiled:
    """The compiled patterns of one mode of a :class:`NoiseRules`, each with its family."""

    patterns: tuple[tuple[regex.Pattern[str], RuleFamily, NoisePattern], ...]
    #: one alternation of them all (group ``gN`` for pattern N), for matching a single line;
    #: built for the header and run families only (the marker scan searches each pattern
    #: on its own, and compiling 120 of them into one costs 60 ms a process)
    union: regex.Pattern[str] | None
    #: per pattern: words of which every match holds one (empty: no such hint)
    hints: tuple[tuple[str, ...], ...] = ()
    #: finds the hint words on a page in one pass (see :meth:`words_in`)
    hint_scan: re.Pattern[str] | None = None
    #: each word the scan can report, with the hint words it contains
    hint_closure: dict[str, frozenset[str]] = attrs.field(factory=dict, eq=False)
    #: per pattern: a stdlib gate; the pattern runs only on the lines where it matches
    line_gates: tuple[re.Pattern[str] | None, ...] = ()
    #: each hint word with the patterns (their indexes) that name it
    by_word: dict[str, tuple[int, ...]] = attrs.field(factory=dict, eq=False)
    #: the patterns that have no hint: tried on every page
    unhinted: tuple[int, ...] = ()
    #: where a hint word may start: a first character of one, then a second one (or a
    #: word of one character); see :meth:`word_lines`
    hint_starts: re.Pattern[str] | None = None
    #: the hint words of two characters or more by their first two, as prefix trees
    by_pair: dict[str, re.Pattern[str]] = attrs.field(factory=dict, eq=False)
    #: the hint words of one character
    singles: frozenset[str] = frozenset()

    def candidates(self, words: Iterable[str]) -> list[int]:
        """The indexes, in order, of the patterns a page holding ``words`` may match.

        >>> c = compile_mode(DEFAULT_RULES, "marker")
        >>> set(c.unhinted) <= set(c.candidates([])) and len(c.candidates(["收藏本站"])) > len(c.unhinted)
        True
        """
        got = set(self.unhinted)
        by_word = self.by_word
        for w in words:
            got.update(by_word.get(w, ()))
        return sorted(got)

    def word_lines(self, text: str) -> dict[str, list[int]]:
        """Where the hint words occur in ``text``: each word with the start offsets of the
        lines that hold it (in order, without repeats).

        >>> c = compile_mode(DEFAULT_RULES, "marker")
        >>> c.word_lines("正文\\n加入收藏本站")["收藏"]
        [3]
        """
        out: dict[str, list[int]] = {}
        if self.hint_starts is None:
            return out
        closure = self.hint_closure
        pair, singles = self.by_pair.get, self.singles
        line_start, line_end = -1, -1
        # at each position where a word may start (one class test a character, where the
        # tree of hundreds of words tries its branches at every common character), the
        # longest word that starts there: of those that share its first two characters, or
        # a word of one
        for g in self.hint_starts.finditer(text):
            s = g.start()
            tree = pair(text[s : s + 2])
            m = tree.match(text, s) if tree is not None else None
            if m is not None:
                word = m.group()
            elif text[s] in singles:
                word = text[s]
            else:
                continue
            if s >= line_end:
                line_start = text.rfind("\n", 0, s) + 1
                line_end = text.find("\n", s)
                if line_end < 0:
                    line_end = len(text)
            for w in closure[word]:
                got = out.get(w)
                if got is None:
                    out[w] = [line_start]
                elif got[-1] != line_start:
                    got.append(line_start)
        return out

    def words_in(self, text: str) -> frozenset[str]:
        """The hint words that occur in ``text``.

        The scan finds, at every position where a hint word starts, the longest one; the
        words inside it (its prefixes among them) occur as well.

        >>> sorted(compile_mode(DEFAULT_RULES, "marker").words_in("加入收藏本站"))
        ['加入收藏', '收藏', '收藏本站', '本站']
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


def word_trie(words: Iterable[str], sep: str = "") -> str:
    """One stdlib pattern for a set of literal words, as a prefix tree: at each position it
    finds the longest word that starts there, and tries each character once (a flat
    alternation of hundreds of words tries them one by one).

    >>> p = re.compile(word_trie(["收藏", "收藏本站", "首页"]))
    >>> p.pattern, [m.group() for m in p.finditer("加入收藏本站 首页 收藏")]
    ('(?:收藏(?:本站)?|首页)', ['收藏本站', '首页', '收藏'])

    ``sep`` is a pattern allowed between any two characters of a word (spaces in ``文　号``):

    >>> re.compile(word_trie(["文号", "文种"], sep=" *")).pattern
    '文 *(?:号|种)'
    """
    tree: dict[str, dict[str, object]] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, dict[str, object]]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            child: dict[str, dict[str, object]] = node[ch]  # type: ignore[assignment]
            rest = sep + build(child) if any(child) else ""
            if rest and "" in child:
                rest = f"(?:{rest})?"
            alts.append(re.escape(ch) + rest)
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # a word followed only by its end needs no group: ``收藏`` then ``(?:本站)?``
    return build(tree)


def _word_starts(words: Iterable[str]) -> str:
    """A stdlib pattern that matches one character at every position where one of ``words``
    may start: a first character of a word followed by a second character of one, or a
    word of one character. It opens with a class, so the engine skips through the text.

    >>> p = re.compile(_word_starts(["收藏", "首页", "完"]))
    >>> [m.start() for m in p.finditer("加入收藏 首页完成 收")]
    [2, 5, 7]
    """
    ws = set(words)

    def cls(chars: Iterable[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"

    one = [w for w in ws if len(w) == 1]
    more = [w for w in ws if len(w) >= 2]
    ends = [f"(?<={cls(one)})"] if one else []
    if more:
        ends.append(f"(?={cls(w[1] for w in more)})")
    return cls(w[0] for w in ws) + "(?:" + "|".join(ends) + ")"


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
                          regex.M | regex.V0) if out and mode != "marker" else None
    hints = tuple(_HINTS.get(p.pattern, ()) for _, _, p in out)
    words = sorted({w for ws in hints for w in ws}, key=lambda w: (-len(w), w))
    scan: re.Pattern[str] | None = None
    closure: dict[str, frozenset[str]] = {}
    starts: re.Pattern[str] | None = None
    by_pair: dict[str, re.Pattern[str]] = {}
    singles = frozenset(w for w in words if len(w) == 1)
    if words:
        # a prefix tree of literals: stdlib ``re`` skips to the possible first characters,
        # many times faster than a search per word or per pattern
        scan = re.compile(word_trie(words))
        closure = {w: frozenset(v for v in words if v in w) for w in words}
        starts = re.compile(_word_starts(words))
        pairs: dict[str, list[str]] = {}
        for w in words:
            if len(w) >= 2:
                pairs.setdefault(w[:2], []).append(w)
        by_pair = {p: re.compile(word_trie(ws)) for p, ws in pairs.items()}
    gates = tuple(_LINE_GATES.get(p.pattern) for _, _, p in out)
    by_word: dict[str, list[int]] = {}
    for k, ws in enumerate(hints):
        for w in ws:
            by_word.setdefault(w, []).append(k)
    unhinted = tuple(k for k, ws in enumerate(hints) if not ws)
    return Compiled(tuple(out), union, hints, scan, closure, gates,
                    {w: tuple(ks) for w, ks in by_word.items()}, unhinted, starts, by_pair, singles)
