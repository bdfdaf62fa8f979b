"""Bylines wherever they stand, and the two pipeline stages that place metadata on articles.

Forms: ``(记者 张同建)`` after a dateline, a closing ``(陈玉华)``, ``【泰安日报社·最泰安全媒体记者
杨丽宁】``, ``本报记者 X``, ``文/图 X``, ``记者X 通讯员Y报道:``, ``新京报记者 苏季 校对 李铭``,
``作者:X``, ``责任编辑:X``. Names joined by ``、`` or spaces are split there; a run of names
with no separator is split with the surname table (:mod:`govnews.surnames`). People merely
mentioned in a sentence (``专家李东起``, ``刘春国局长``) are never bylines.

>>> [(p.name, p.role, p.org) for b in find_bylines("【泰安日报社·最泰安全媒体记者 杨丽宁】") for p in b.people]
[('杨丽宁', '记者', '泰安日报社·最泰安全媒体')]
>>> [p.name for b in find_bylines("实现人生出彩。(孙希国刘泓)") for p in b.people]
['孙希国', '刘泓']
"""

from __future__ import annotations

import bisect
import contextlib
import datetime
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from govnews.core import Hit, Span, merge_spans, overlaps_merged, with_span
from govnews.datelines import KIND_TRIGGER, DatelineParser, cna_people, resolve_dateline
from govnews.document import Byline, Dateline, Person
from govnews.state import ArticleDraft, Line, ParseState, index_array
from govnews.surnames import COMPOUND_SURNAMES, split_names, surname_of

__all__ = [
    "ROLES",
    "BylineParser",
    "DatelineBylineStage",
    "PublicationStage",
    "find_bylines",
    "may_hold_byline",
    "parse_people",
]

#: role words, as written; :data:`ROLE_NORMAL` maps variants to one spelling
ROLES: tuple[str, ...] = (
    "本报记者", "本台记者", "本网记者", "本刊记者", "特约记者", "见习记者", "实习记者", "首席记者", "驻站记者",
    "记者", "特约通讯员", "通讯员", "实习生", "责任编辑", "责编", "主编", "编审", "编辑", "作者", "撰稿",
    "撰文", "审核", "审稿", "审校", "初审", "复审", "终审", "校对", "监制", "摄影", "摄像", "制图", "统筹",
    "图片", "策划", "出品", "美编", "视频", "排版", "一审", "二审", "三审", "校审", "图文",
)
#: normalised role and implied organisation of role words that carry one
ROLE_NORMAL: dict[str, tuple[str, str | None]] = {
    "本报记者": ("记者", "本报"),
    "本台记者": ("记者", "本台"),
    "本网记者": ("记者", "本网"),
    "本刊记者": ("记者", "本刊"),
    "责编": ("责任编辑", None),
    "图": ("摄影", None),
    "图片": ("摄影", None),
    "文／图": ("文/图", None),
    "图／文": ("图/文", None),
}
_ROLE_WORDS = "|".join(sorted(ROLES, key=len, reverse=True))
_CREDIT = r"文[/／]图|图[/／]文|文字|文(?=[:：/／ \u3000|｜丨])|图(?=[:：/／ \u3000|｜丨])"
_ROLE_RE = regex.compile(_ROLE_WORDS + rf"|(?<!\p{{Han}})(?:{_CREDIT})")
_SEP = regex.compile(r"[ \t\u3000\u00a0、，,;；/／|｜丨]+")
#: what a byline's content is stripped of at its ends: spaces, colons and bars (记者｜X)
_STRIP = " \t\u3000\u00a0:：|｜丨"
#: a portal's editor code after a name (肖尧_NN1234), and an intern's mark (龚玉(实习))
_CODE = regex.compile(r"(?<=\p{Han})_[A-Za-z]{1,6}[0-9]{0,8}|[（(]实习(?:生)?[）)]")
#: a photo credit at the end of a byline: 戴浩摄, 李想/摄, 张三 供图, 王五/图; the names before it
#: took the photographs
_PHOTO_END = regex.compile(r"(?:[/／][ \t\u3000]*(?:摄影?|图)|摄影?|拍摄|供图)[ \t\u3000]*$")
_ORG_LIKE = regex.compile(
    r"(?:^本[报台网刊]$)|·|(?:社|报|网|台|站|中心|媒体|客户端|新闻|局|委|办|厅|部|院|校|所|集团|公司|协会|学会"
    r"|县|市|区|省|镇|乡|街道|村|团|队|组|处|科|馆|园)$"
)
# what a name never ends with (narrower than _ORG_LIKE: 张科, 李园 are names)
_NOT_NAME_END = regex.compile(
    r"(?:社|报|网|台|站|中心|媒体|客户端|新闻|局|委|办|厅|部|集团|公司|协会|学会|县|市|区|省|镇|乡|街道)$"
)
_NAME_CHARS = regex.compile(r"\p{Han}{2,24}|\p{Han}{1,8}(?:·\p{Han}{1,8})+")
#: words that are never a person's name, though some start with a surname character
_NOT_NAMES_TEXT = (
    "今年 去年 近日 日前 目前 表示 介绍 获悉 了解 看到 发现 采访 报道 记者 通讯 本报 编辑 "
    "作者 来源 待续 原标题 综合 整理 编译 摘编 转载 图片 图文 视频 摄影 联盟 仿真 全国 "
    "全省 全市 全县 全区 国家 国际 中国 江苏 江西 浙江 安徽 山东 山西 广东 广西 云南 吉林 "
    "宁夏 宁波 温州 黄山 常州 高新 经开 万元 方面 单位 关于 计划 经济 文件 文化 安全 平安 "
    "和平 时间 常委 成都 武汉 包括 严格 高速 金融 林业 黄金 于是 何时 孔子 白银 石家庄 "
    "秦皇岛 任务 江北 完 续 上 下 中 群 图 文 摄 等 试行 暂行 草案 修订 节选 有删节 "
    "作者单位 成员 委员 "
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
#: characters of an editor's note (截图, 全文完, 下转第二版), never of a byline's name
_NEVER_IN_NAME = frozenset("图截完稿删续版页转")
_DROP_TOKENS = frozenset({"报道", "摄", "摄影", "等", "供稿", "供图", "整理", "采写", "发", "图"})
#: an organisation issuing a credit: 新华社发 (the 发 left out of the organisation)
_ISSUED = regex.compile(r"^(?P<org>.{2,20}?)发$")


def _role(word: str) -> tuple[str, str | None]:
    return ROLE_NORMAL.get(word, (word.replace("／", "/"), None))


def _org_like(token: str) -> bool:
    return bool(_ORG_LIKE.search(token))


def _names(token: str, strict: bool) -> list[str] | None:
    """The names in one separator-free token, or ``None`` if it is not names.

    A role word vouches for what follows it (``strict`` false): a name of two to four
    characters stands whatever it starts with (尕玛多吉, 阿依古丽, a name that is also a word,
    许诺), and a transliterated name joined with ``·`` stands whole. Without one, every
    name must start with a surname.
    """
    if token.endswith("报道") and len(token) >= 4:
        token = token[:-2]
    token = token.replace("•", "·").replace("・", "·")
    if not _NAME_CHARS.fullmatch(token) or token in _NOT_NAMES or _NOT_NAME_END.search(token):
        return None
    if any(c in _NEVER_IN_NAME for c in token):
        return None  # 视频截图, 全文完: a note, not a name
    if "·" in token:
        return [token]
    if len(token) <= 3 and not strict:
        return [token]
    if len(token) == 4 and not strict and token[:2] in COMPOUND_SURNAMES:
        return [token]
    pieces = split_names(token)
    if pieces is None:
        # a four-character name: a minority or transliterated one, or a three-character given name
        return [token] if len(token) == 4 and not strict else None
    if strict and any(surname_of(p) is None or p in _NOT_NAMES for p in pieces):
        return None
    return pieces


def _join_spaced(tokens: list[str]) -> list[str]:
    """Join a two-character name set out with a space (``王 芳``), as justified layouts do."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if len(t) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1 and surname_of(t) is not None:
            out.append(t + tokens[i + 1])
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def parse_people(content: str, *, strict: bool = False) -> list[Person] | None:
    """The people of a byline's content, or ``None`` if the content is not a byline.

    ``strict`` asks every name to start with a known surname (used where no role word
    vouches for the names).

    >>> [(p.name, p.role) for p in parse_people("记者陈倩 通讯员徐国山 朱勇")]
    [('陈倩', '记者'), ('徐国山', '通讯员'), ('朱勇', '通讯员')]
    >>> [(p.name, p.org) for p in parse_people("解放军报记者陈大鹏、新华社记者罗玉文")]
    [('陈大鹏', '解放军报'), ('罗玉文', '新华社')]
    >>> parse_people("仿真", strict=True) is None
    True
    """
    content = _CODE.sub("", content).strip(_STRIP)
    if not content or len(content) > 120:
        return None
    roles = list(_ROLE_RE.finditer(content))
    people: list[Person] = []
    # chunks: (role word or None, org, text of the names)
    chunks: list[tuple[str | None, str | None, str]] = []
    first = roles[0].start() if roles else len(content)
    prefix = content[:first].strip(" \t\u3000\u00a0、，,")
    next_org: str | None = None
    if prefix:
        if roles and _org_like(prefix):
            next_org = prefix
        else:
            chunks.append((None, None, prefix))
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(content)
        names_text = content[m.end() : end]
        org_for_next: str | None = None
        if i + 1 < len(roles):
            tokens = [t for t in _SEP.split(names_text) if t]
            if tokens and _org_token(tokens[-1]) and (len(tokens) > 1 or names_text.strip() == tokens[-1]):
                org_for_next = tokens[-1]
                cut = names_text.rfind(tokens[-1])
                names_text = names_text[:cut]
        chunks.append((m.group(), next_org, names_text))
        next_org = org_for_next
    for role_word, org, names_text in chunks:
        role, implied_org = _role(role_word) if role_word else (None, None)
        org = org or implied_org
        names_text = names_text.strip(_STRIP)
        photo = _PHOTO_END.search(names_text)
        if photo is not None and photo.start() > 0:
            names_text = names_text[: photo.start()]
            role = "摄影"
        tokens = [t for t in _SEP.split(names_text.strip(_STRIP)) if t]
        # an organisation before the names of a chunk: (县民政局 何剑), （新华社发 张三摄）
        while len(tokens) > 1 and (_org_token(tokens[0]) or _issued_by(tokens[0])):
            org = _issued_by(tokens[0]) or tokens[0]
            tokens = tokens[1:]
        tokens = _join_spaced([t for t in tokens if t not in _DROP_TOKENS])
        for token in tokens:
            names = _names(token.strip(_STRIP), strict or role is None)
            if names is None:
                return None
            people.extend(Person(name=n, role=role, org=org) for n in names)
    return people or None


def _org_token(token: str) -> bool:
    """Whether a token before names is an organisation (县民政局), not a name that ends like
    one (李园, 张科): a name never ends in 局, 社, 县 …; a longer token ending in 院, 园, 科 …
    is one only when it does not split into names."""
    return bool(_NOT_NAME_END.search(token)) or (len(token) >= 4 and _org_like(token) and split_names(token) is None)


def _issued_by(token: str) -> str | None:
    """The organisation of a credit token ``…发`` (新华社发), or ``None``."""
    m = _ISSUED.match(token)
    return m.group("org") if m is not None and _org_like(m.group("org")) else None


_BRACKET = regex.compile(r"[（(【\[［〔]([^（）()【】\[\]［］〔〕\n]{1,80})[）)】\]］〕]")
_DATELINES = DatelineParser()
# What every byline holds (a role word or a bracketed part), for skipping the other lines
# of a page in one scan per pattern: stdlib ``re`` skips to the possible first characters
# of a literal alternation, several times faster than the lookbehind alternation of
# ``_ROLE_RE``; kept apart from the brackets, whose class would stop that skipping (one
# joined pattern scanned 5x slower). Brackets, photo credits and box-led lines share one
# scan: the class of all their first characters comes first (so ``re`` skips to them), and a
# look-behind on it says which it was; a bracket is then read to its end as in ``_BRACKET``
# (the lines found are those of the two patterns ``_BRACKET`` and ``[摄供□■]``).
_ROLE_TRIGGER = re.compile(f"{_ROLE_WORDS}|{_CREDIT}")
_TRIGGERS = (
    _ROLE_TRIGGER,
    re.compile(
        r"[（(【\[［〔摄供□■](?:(?<=[摄供□■])|(?<=[（(【\[［〔])[^（）()【】\[\]［］〔〕\n]{1,80}[）)】\]］〕])"
    ),
)


def may_hold_byline(text: str) -> bool:
    """Whether ``text`` holds what every byline holds: a role or credit word, a bracket, a
    photo credit's 摄/供 or a box (the lines the byline stage reads; no other yields one).

    >>> may_hold_byline("本报记者 马立新"), may_hold_byline("（孙希国刘泓）"), may_hold_byline("全县新增学校")
    (True, True, False)
    """
    return any(t.search(text) is not None for t in _TRIGGERS)


_LEAD_CHARS = frozenset(" \t\u3000\u00a0■●◆▲★▼·•□")
# a photo credit closing a line, after a caption: "…采收芍药花苞。 本报记者 王一鸣 摄"
_PHOTO_TAIL = regex.compile(r"(?:[/／][ \t\u3000]*)?(?:摄影?|供图)[ \t\u3000]*$", regex.MULTILINE)
# a credit led by its role word closing a caption: "…走访独居老人　图片/张明辉"
_PHOTO_LED_TAIL = regex.compile(
    r"(?<=[ \t\u3000。！？])(?:图片|摄影|图)[/／:：][ \t\u3000]*\p{Han}{2,4}(?:[ \t\u3000、]+\p{Han}{2,4}){0,2}"
    r"(?=[ \t\u3000]*$)",
    regex.MULTILINE,
)
_CAPTION_END = frozenset("。！？!?；;，,：:”\n")
# a line that is a box-led byline: □ 艾文, □ 本报记者 张三
_BOX = regex.compile(r"^[ \t\u3000]*(?P<box>[□■])[ \t\u3000]*(?P<c>[^\n]{2,40}?)[ \t\u3000]*$", regex.MULTILINE)
# a reporter named at the start of the report's first sentence: 记者冉永平从国家统计局获悉
_NAME_THEN_VERB = regex.compile(
    r"[ \t\u3000]*(?P<name>\p{Han}{2,3}?)(?=从|在|近日|日前|获悉|了解|采访|走访|来到|深入|随|跟随|今天|昨天|今日|昨日"
    r"|[0-9０-９]{1,2}日|[一二三]?十?[一二三四五六七八九十]日)"
)
_CLOSING_BEFORE = set("。！？!?”\"」』…）)；;")
_COLON = re.compile("[:：]")
# the two colons one by one: ``re`` finds a literal by a fast search, a class char by char
_COLONS = (re.compile(":"), re.compile("："))
_REGION_END = regex.compile(r"[。，,；;！？!?（(【\[\n]")


@attrs.frozen
class BylineParser:
    """Scans a string for bylines: bracketed ones, closing names, and role-led lines.

    >>> [(h.text, h.rule) for h in BylineParser().scan("本报聊城7月23日讯(记者 张同建)")]
    [('(记者 张同建)', 'byline.bracket')]
    >>> [(p.name, p.role) for h in BylineParser().scan("新京报记者 苏季 校对 李铭") for p in h.value.people]
    [('苏季', '记者'), ('李铭', '校对')]
    >>> list(BylineParser().scan("迅速联系惠民县农业农村服务中心专家李东起到大棚教学"))
    []
    """

    name: str = "bylines"

    def scan(self, text: str) -> Iterator[Hit[Byline]]:
        """Yield the bylines of ``text``, in order of their start.

        >>> [(h.text, h.span.start, [p.name for p in h.value.people])
        ...  for h in BylineParser().scan("全县近2万人受益。(孙希国刘泓)")]
        [('(孙希国刘泓)', 9, ['孙希国', '刘泓'])]
        """
        hits = list(self._brackets(text))
        if "摄" in text or "供图" in text:
            hits = _merge_hits(hits, list(self._photo_tails(text)))
        if "图" in text or "摄影" in text:
            hits = _merge_hits(hits, list(self._photo_led_tails(text)))
        if "□" in text or "■" in text:
            hits = _merge_hits(hits, list(self._boxed(text)))
        starts = [h.span.start for h in hits]
        found: list[Hit[Byline]] = []
        for pos in self._anchors(text):
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and hits[k].span.end > pos:
                continue  # inside a bracketed byline
            if found and found[-1].span.end > pos:
                continue
            hit = self._role_led(text, pos)
            if hit is None:
                continue
            k = bisect.bisect_left(starts, hit.span.start)
            clash_next = k < len(hits) and hits[k].span.start < hit.span.end
            if clash_next or (k > 0 and hits[k - 1].span.end > hit.span.start):
                continue
            found.append(hit)
        yield from sorted(hits + found, key=lambda h: h.span.start)

    @staticmethod
    def _anchors(text: str) -> list[int]:
        """Where a role-led byline may start: the start of a line, or the end of a dateline,
        each within reach of a role word."""
        if _ROLE_TRIGGER.search(text) is None:
            return []  # no role word: the trigger matches wherever _ROLE_RE does (and more)
        out: set[int] = set()
        line_end = -1
        for m in _ROLE_RE.finditer(text):
            if m.start() < line_end:
                continue  # one anchor per line: the first role word decides
            ls = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            anchor = ls
            while anchor < m.start() and text[anchor] in _LEAD_CHARS:
                anchor += 1
            if m.start() - anchor <= 30:
                out.add(anchor)
            head = text[anchor : min(m.start(), anchor + 60)]
            if len(head) < 3:
                continue  # a dateline holds an outlet and 讯 or 电 at least (本报讯)
            for d in _DATELINES.scan(head):
                if d.rule != "dateline.closing":
                    out.add(anchor + d.span.end)
        return sorted(out)

    @staticmethod
    def _photo_tails(text: str) -> Iterator[Hit[Byline]]:
        """Photo credits closing a line after a caption (``…。 本报记者 王一鸣 摄``, ``…。　戴勇　摄``)."""
        for m in _PHOTO_TAIL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in " \t\u3000":
                end -= 1
            # back to the end of the caption's sentence or the line start, at most 40 characters
            b = m.start()
            floor = max(0, m.start() - 40)
            while b > floor and text[b - 1] not in _CAPTION_END:
                b -= 1
            region = text[b:end]
            # a cut inside a long caption leaves part of a word first: never a name
            lead = _next_word(region, 0) if b > 0 and text[b - 1] not in _CAPTION_END else 0
            # drop leading words until what is left reads as a credit: 图为村民采茶 张三 摄
            for _ in range(4):
                if lead < 0:
                    break
                stripped = region[lead:].lstrip(" \t\u3000")
                lead = len(region) - len(stripped)
                if len(stripped) > len(m.group().strip()):
                    people = parse_people(stripped, strict=True)
                    if people:
                        s = b + lead
                        span = Span(s, end)
                        yield Hit(span, text[s:end], Byline(text=text[s:end], span=span, people=tuple(people)),
                                  "byline.photo", 0.9)
                        break
                lead = _next_word(region, lead)

    @staticmethod
    def _photo_led_tails(text: str) -> Iterator[Hit[Byline]]:
        """Credits led by their role word closing a caption line: ``…独居老人　图片/张明辉``."""
        for m in _PHOTO_LED_TAIL.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            while ls < m.start() and text[ls] in _LEAD_CHARS:
                ls += 1
            if _ROLE_RE.match(text, ls) is not None:
                continue  # a line of credits (文/王卓  图/李敏), read whole by the role-led rule
            people = parse_people(m.group(), strict=True)
            if people:
                span = Span(m.start(), m.end())
                yield Hit(span, m.group(), Byline(text=m.group(), span=span, people=tuple(people)),
                          "byline.photo", 0.9)

    @staticmethod
    def _boxed(text: str) -> Iterator[Hit[Byline]]:
        """A line that is a byline led by a box: ``□ 艾文``, ``■ 本报记者 张三``."""
        for m in _BOX.finditer(text):
            people = parse_people(m.group("c"), strict=True)
            if people:
                span = Span(m.start("box"), m.end("c"))  # the box with it: no stray □ in the text
                t = text[span.start : span.end]
                yield Hit(span, t, Byline(text=t, span=span, people=tuple(people)), "byline.box", 0.9)

    def _brackets(self, text: str) -> Iterator[Hit[Byline]]:
        for m in _BRACKET.finditer(text):
            content = m.group(1)
            cna = cna_people(m.group())
            if cna is not None:
                span = Span(m.start(), m.end())
                person = Person(name=cna[0], role="记者", org=cna[1])
                yield Hit(span, m.group(), Byline(text=m.group(), span=span, people=(person,)), "byline.cna")
                continue
            if _ROLE_RE.search(content):
                if "：" in content or ":" in content:
                    head = content.split("：")[0].split(":")[0]
                    if not _ROLE_RE.fullmatch(head.strip()):
                        continue  # 【字体:大 中 小】, (来源:…) and the like
                people = parse_people(content)
                rule, conf = "byline.bracket", 1.0
            else:
                s, e = m.span()
                b = s - 1
                while b >= 0 and text[b] in " \t\u3000\u00a0":
                    b -= 1
                after = text[e : e + 8].lstrip(" \t\u3000\u00a0")
                at_start = b < 0 or text[b] == "\n"
                closing = (at_start or text[b] in _CLOSING_BEFORE) and not (after and after[0] != "\n")
                if closing:
                    rule = "byline.closing"
                elif b >= 0 and text[b] in "讯电息" and _ends_dateline(text, b + 1):
                    rule = "byline.after_dateline"  # 本报讯(边浩)11月17日…
                else:
                    continue
                people = parse_people(content, strict=True)
                conf = 0.8
            if people:
                span = Span(m.start(), m.end())
                yield Hit(span, m.group(), Byline(text=m.group(), span=span, people=tuple(people)), rule, conf)

    def _role_led(self, text: str, pos: int) -> Hit[Byline] | None:
        line_end = text.find("\n", pos)
        line = text[pos : line_end if line_end >= 0 else len(text)][:100]
        role = _ROLE_RE.search(line, 0, 30)
        if role is None:
            return None
        prefix = line[: role.start()].strip(" \t\u3000")
        if prefix and (not _org_like(prefix) or _KIND_IN.search(prefix)):
            return None  # a sentence, or a dateline glued to the byline (its end is an anchor)
        end = len(line)
        stop = _REGION_END.search(line, role.end())
        if stop is not None:
            end = stop.start()
        # a colon ends the byline unless it follows a role word (作者:X)
        for cm in _COLON.finditer(line, 0, end):
            if not any(r.end() == cm.start() for r in _ROLE_RE.finditer(line, 0, end)):
                end = cm.end()
                break
        region = line[:end]
        while region:
            people = parse_people(region.rstrip(":："), strict=True)
            if people:
                break
            # keep the longest prefix of whole tokens that reads as a byline
            cut = max(region.rstrip(" \t\u3000").rfind(c) for c in " \t\u3000")
            if cut <= role.end():
                # only right after a dateline: at a line start, 记者王芳在… is a sentence
                after_dateline = pos > 0 and text[pos - 1] in "讯电息"
                return self._name_then_verb(line, pos, role) if after_dateline else None
            region = region[:cut]
        else:
            return None
        if (not region.rstrip(" \t\u3000:：").endswith("报道") and region == line[:end] and stop is not None
                and stop.group() in "，,"):
            return None  # 记者关注到, … is a sentence, not a byline
        region = region.rstrip(" \t\u3000")
        span = Span(pos, pos + len(region))
        return Hit(span, region, Byline(text=region, span=span, people=tuple(people)), "byline.role")


    @staticmethod
    def _name_then_verb(line: str, pos: int, role: regex.Match[str]) -> Hit[Byline] | None:
        """A reporter named at the start of the first sentence: ``记者冉永平从国家统计局获悉``."""
        m = _NAME_THEN_VERB.match(line, role.end())
        if m is None or surname_of(m.group("name")) is None or m.group("name") in _NOT_NAMES:
            return None
        people = parse_people(line[: m.end()], strict=True)
        if not people:
            return None
        region = line[: m.end()]
        span = Span(pos, pos + len(region))
        return Hit(span, region, Byline(text=region, span=span, people=tuple(people)), "byline.lead", 0.8)


def _next_word(text: str, pos: int) -> int:
    """Where the word after the one at ``pos`` starts (past a space), or -1 if none follows."""
    cut = min((k for k in (text.find(c, pos) for c in " \t\u3000") if k > pos), default=-1)
    return cut


_KIND_IN = regex.compile(r"[0-9０-９]日[讯电]|[讯电](?![息号问录员])")


def _ends_dateline(text: str, end: int) -> bool:
    """Whether a dateline ends at ``end`` (the text before a bracket: ``本报讯``, ``本报北京5月3日电``)."""
    ls = text.rfind("\n", 0, end) + 1
    start = max(ls, end - 40)
    head = text[start:end]
    return any(d.span.end == len(head) for d in _DATELINES.scan(head))


def _merge_hits(a: list[Hit[Byline]], b: list[Hit[Byline]]) -> list[Hit[Byline]]:
    """The hits of ``a`` and those of ``b`` that overlap none of ``a``, in order of start."""
    if not b:
        return a
    starts, ends = merge_spans(h.span for h in a)
    return sorted(a + [h for h in b if not overlaps_merged(h.span, starts, ends)], key=_HIT_START)


def _HIT_START(h: Hit[Byline]) -> int:
    return h.span.start


def find_bylines(text: str) -> list[Byline]:
    """The bylines of ``text``.

    >>> [(p.name, p.role) for b in find_bylines("本报聊城7月23日讯(记者 张同建)") for p in b.people]
    [('张同建', '记者')]
    >>> find_bylines("支持职业教育集团(联盟)建设,专业(群)")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_bylines() takes str, not {type(text).__name__}")
    return [h.value for h in BylineParser().scan(text)]


# --------------------------------------------------------------------------- stages


class PublicationStage:
    """Stage ``publication``: finds publication lines, marks them as metadata noise,
    and keeps their date and named people for the articles.

    >>> import govnews
    >>> doc = govnews.parse("周发家调度推进产教融合工作\\n作者: 发布日期:2024-04-05\\n为加快推进工作,召开会议。")
    >>> doc.articles[0].published.date, doc.articles[0].bylines
    (datetime.date(2024, 4, 5), ())
    >>> [n.kind for n in doc.noise]
    ['metadata']
    """

    name = "publication"

    def run(self, state: ParseState) -> None:
        from govnews.pubinfo import PublicationParser, line_triggers

        parser = PublicationParser()
        # a publication line holds a field label or a date; a block of them is consecutive
        # non-blank lines, so each run of such lines is scanned on its own
        label, *others = line_triggers()
        # a label is followed by its colon on its line: the trie of the labels, whose first
        # characters are frequent ones, is tried on the lines with a colon only
        lines, text = state.lines, state.text
        labelled = {
            k for k in state.lines_matching(*_COLONS)
            if label.search(text, lines[k].span.start, lines[k].span.end) is not None
        }
        hot = sorted(state.lines_matching(*others) | labelled)
        runs: list[list[tuple[Span, str]]] = []
        last = -2
        for k in hot:
            if not runs or not all(state.lines[j].blank for j in range(last + 1, k)):
                runs.append([])
            runs[-1].append((state.lines[k].span, state.lines[k].text))
            last = k
        first_body: list[int] = []  # the first body line of the page, found when needed
        for hit in (h for run in runs for h in parser.scan_lines(run, bare=True)):
            info = hit.value
            rule = hit.rule
            if rule == "metadata.date_line":
                place = _date_line_place(state, hit.span, info.strength == "named", first_body)
                if place is None:
                    continue  # a date in the text (a notice's signing date) is content
                rule = f"metadata.{place}"
            elif info.date is not None and _closes(state, hit.span):
                rule = "metadata.publication.closing"
            state.add_noise("metadata", hit.span, rule, hit.confidence)
            published = info.published
            if published is not None:
                # a masthead's date is no article's publication date, but the page's date: it
                # gives the year of the datelines under it (kept with its rule)
                state.published.append(Hit(hit.span, hit.text, published, rule, hit.confidence))
            state.meta_bylines.extend(info.bylines)


#: a line of running text: long, with a sentence's punctuation
_BODY_MIN = 30


def _is_body(text: str) -> bool:
    # a full sentence, however short, or a longer line with a sentence's punctuation
    return (len(text) >= 10 and text.endswith(("。", "。”", "！", "？"))) or (
        len(text) >= _BODY_MIN and ("。" in text or "，" in text or "," in text))


def _is_title(text: str) -> bool:
    return 4 <= len(text) <= 60 and not _is_body(text) and not text.endswith((":", "：", "。")) and (
        _YEAR_MD.search(text) is None)


_YEAR_MD = regex.compile(r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}")
#: the end mark of a press release or report, after which its date line may stand
_END_MARK = regex.compile(r"[（(]?(?:完|全文完|结束)[）)]?|-{2,}完-{2,}|NNNN")


def _neighbours(state: ParseState, span: Span) -> tuple[int, int]:
    """Indexes of the non-blank lines before and after the lines of ``span`` (-1 if none)."""
    lines = state.lines
    k = state.line_at(span.start)
    prev = k - 1
    while prev >= 0 and lines[prev].blank:
        prev -= 1
    nxt = k
    while nxt < len(lines) and lines[nxt].span.end <= span.end:
        nxt += 1
    while nxt < len(lines) and lines[nxt].blank:
        nxt += 1
    return prev, (nxt if nxt < len(lines) else -1)


def _date_line_place(state: ParseState, span: Span, named: bool, first_body: list[int]) -> str | None:
    """Where a block of bare date lines stands: ``"publication"`` right under a headline
    and before the body, ``"masthead"`` at the top of the page before any body (a
    newspaper's date), ``None`` elsewhere (a date in the text, which stays content)."""
    prev, nxt = _neighbours(state, span)
    lines = state.lines
    if (not named and prev >= 0 and nxt >= 0 and _is_title(lines[prev].text) and _is_body(lines[nxt].text)):
        return "publication"
    if not first_body:
        # the first line of running text, or a sentence of the text (a short notice may hold
        # no long line): a date line under it is the text's, never a masthead
        first_body.append(next(
            (ln.index for ln in lines
             if _is_body(ln.text) or (len(ln.text) >= 6 and ln.text[-1] in "。！？" and not state.is_noise(ln.span))),
            len(lines),
        ))
    k = state.line_at(span.start)
    return "masthead" if k < first_body[0] else None


def _closes(state: ParseState, span: Span) -> bool:
    """Whether a dated block closes the report above it (a press release's date under its
    end mark ``完``) rather than heading the one below."""
    prev, _ = _neighbours(state, span)
    return prev >= 0 and _END_MARK.fullmatch(state.lines[prev].text) is not None


def _owner(arts: list[ArticleDraft], span: Span, header: bool) -> ArticleDraft | None:
    prev: ArticleDraft | None = None
    nxt: ArticleDraft | None = None
    for art in arts:
        if art.span.contains(span):
            return art
        if art.span.end <= span.start:
            prev = art
        elif art.span.start >= span.end and nxt is None:
            nxt = art
    if nxt is None or prev is None:
        return prev or nxt
    return nxt if header else prev


_YMD = regex.compile(r"((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日")


def _page_dates(state: ParseState) -> list[tuple[int, datetime.date]]:
    """The dates the page prints for itself, by position: publication lines, mastheads and
    page labels (``2025年07月10日 某某日报 第1版：要闻``)."""
    out = [(pub.span.start, pub.value.date) for pub in state.published]
    text = state.text
    for n in state.noise:
        if n.rule.startswith(_PAGE_LABEL_RULES):
            m = _YMD.search(text, n.span.start, n.span.end)
            if m is not None:
                with contextlib.suppress(ValueError):
                    out.append((n.span.start, datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    return sorted(out)


#: noise rules of lines that carry the page's own date
_PAGE_LABEL_RULES = ("layout.page_label", "metadata.masthead")


def _page_date(pages: list[tuple[int, datetime.date]], art: ArticleDraft) -> datetime.date | None:
    """The page date above an article: the last one before it, else the first on the page."""
    if not pages:
        return None
    k = bisect.bisect_right(pages, art.span.start, key=_FIRST) - 1
    return pages[max(k, 0)][1]


def _date_of_page(
    art: ArticleDraft, state: ParseState, pages: list[tuple[int, datetime.date]]
) -> datetime.date | None:
    """The date a dateline of ``art`` is read against: its published date, else the page's
    date above it, else the caller's reference date."""
    if art.published is not None:
        return art.published.date
    return _page_date(pages, art) or state.reference_date


def _FIRST(pair: tuple[int, datetime.date]) -> int:
    return pair[0]


def _dateline_year(
    dl: Dateline, art: ArticleDraft, state: ParseState, pages: list[tuple[int, datetime.date]]
) -> int | None:
    if dl.date is not None or dl.month is None or dl.day is None:
        return dl.date.year if dl.date is not None else None
    md = (dl.month, dl.day)
    page = _date_of_page(art, state, pages)
    if page is not None:
        return page.year - 1 if md > (page.month, page.day) else page.year
    for line in art.body_lines:
        for m in _YMD.finditer(line.text):
            if (int(m.group(2)), int(m.group(3))) == md:
                return int(m.group(1))
    return None


def _day_only(
    dl: Dateline, art: ArticleDraft, state: ParseState, pages: list[tuple[int, datetime.date]]
) -> Dateline:
    """A dateline that names the day alone (``本报合肥18日电``), dated in the month of the
    page's date on or before it (the page of the 20th: the 18th of that month; the page of
    the 2nd: the 30th of the month before); ``month`` stays as written (``None``)."""
    assert dl.day is not None
    page = _date_of_page(art, state, pages)
    if page is None:
        return dl
    year, month = page.year, page.month
    if dl.day > page.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return attrs.evolve(dl, date=datetime.date(year, month, dl.day))
    except ValueError:
        return dl


def _START(span: Span) -> int:
    return span.start


def _clashes(span: Span, claimed: list[Span], reach: list[int]) -> bool:
    """Whether ``span`` overlaps one of the ``claimed`` spans (sorted by start) without
    lying inside it; ``reach[k]`` is the furthest end of ``claimed[: k + 1]``, so the walk
    back stops at the first span that no earlier one reaches past."""
    k = bisect.bisect_left(claimed, span.end, key=_START) - 1
    while k >= 0 and reach[k] > span.start:
        c = claimed[k]
        if c.overlaps(span) and not c.contains(span):
            return True
        k -= 1
    return False


#: how many lines into an article its opening dateline may stand
_DATELINE_REACH = 6
#: a line of names alone: two to four Han characters each (a · inside), spaces or 、 between,
#: an intern's mark after one
_NAMES_LINE = regex.compile(
    r"\p{Han}{2,4}(?:[（(]实习生?[）)])?(?:[ \t\u3000、]+\p{Han}{2,4}(?:[（(]实习生?[）)])?){0,3}"
)


def _lead_in(text: str) -> bool:
    """Whether a line before a dateline can be what precedes a report's first line on a
    portal: a short line with no sentence in it, or a bracketed note (``（原标题：…）``)."""
    t = text.strip()
    return (len(t) <= 12 and "。" not in t) or (t[:1] in "（(【[" and t[-1:] in "）)】]")


def _shift(hit: Hit[Dateline], by: int) -> Hit[Dateline]:
    value = attrs.evolve(hit.value, span=hit.value.span.shift(by))
    return attrs.evolve(hit, span=hit.span.shift(by), value=value)


class DatelineBylineStage:
    """Stage ``datelines_bylines``: gives each article its publication line, dateline and bylines.

    >>> import govnews
    >>> doc = govnews.parse("校企合作互动推进产教深度融合\\n本报聊城7月23日讯(记者 张同建)\\n7月22日上午,发布会召开。")
    >>> a = doc.articles[0]
    >>> a.dateline.place, [(p.name, p.role) for b in a.bylines for p in b.people]
    ('聊城', [('张同建', '记者')])
    >>> [p.text for p in a.paragraphs]
    ['7月22日上午,发布会召开。']
    """

    name = "datelines_bylines"

    def run(self, state: ParseState) -> None:
        arts = state.articles
        if not arts:
            return
        for pub in sorted(state.published, key=lambda h: h.span.start):
            if pub.rule == "metadata.masthead":
                continue  # the page's date, not an article's (see _page_date)
            owner = _owner(arts, pub.span, header=not pub.rule.endswith(".closing"))
            if owner is not None and owner.published is None:
                owner.published = pub.value
        meta: dict[int, list[Byline]] = {}
        for b in state.meta_bylines:
            art = _owner(arts, b.span, header=any(h.span.contains(b.span) for h in state.published))
            if art is not None:
                meta.setdefault(id(art), []).append(b)
        bylines = BylineParser()
        # a byline holds a bracketed part or a role word: other lines are not scanned
        hot = state.lines_matching(*_TRIGGERS)
        # the lines that may hold a dateline, found once for the page (not once per article)
        kinds = state.lines_matching(KIND_TRIGGER)
        pages = _page_dates(state)
        for art in arts:
            self._dateline(art, state, _DATELINES, kinds, pages)
            # a byline lies inside its line: it can only clash with what was claimed before
            # this loop (the dateline, jump marks) or with the bylines before it on its line.
            # The scan yields them in order of start, so the one reaching furthest is the only
            # one to test (a page flattened to one line holds 10^5 bylines on it).
            before = sorted(art.claimed, key=_START)
            reach = list(itertools.accumulate((c.end for c in before), max))
            for k in index_array(art.body_lines):
                if k not in hot:
                    continue
                line = state.lines[k]
                last: Span | None = None
                for hit in bylines.scan(line.text):
                    shifted = hit.shift(line.span.start)
                    sp = shifted.span
                    if last is not None and sp.overlaps(last) and not last.contains(sp):
                        continue
                    if _clashes(sp, before, reach):
                        continue
                    art.bylines.append(with_span(shifted.value, sp))
                    art.claimed.append(sp)
                    if last is None or sp.end > last.end:
                        last = sp
            self._closing_names(art)
            # a publication line's 作者 who signs the report already is not a second person
            named = {p.name for b in art.bylines for p in b.people}
            for b in meta.get(id(art), ()):
                people = tuple(p for p in b.people if p.name not in named)
                if people:
                    art.bylines.append(b if len(people) == len(b.people) else attrs.evolve(b, people=people))

    @staticmethod
    def _closing_names(art: ArticleDraft) -> None:
        """A line of names alone closing a report, set right: ``吴昌松  龚玉(实习)``; two names
        at least (or one marked 实习), each starting with a surname."""
        seen = 0
        claimed = {(c.start, c.end) for c in art.claimed}
        for line in reversed(art.body_lines):
            if not line.text:
                continue
            seen += 1
            if seen > 2:
                break
            text = line.text.strip(" \t\u3000")
            if (line.span.start, line.span.end) in claimed or not _NAMES_LINE.fullmatch(text):
                continue
            people = parse_people(text, strict=True)
            if people and (len(people) >= 2 or "实习" in text):
                lead = len(line.text) - len(line.text.lstrip(" \t\u3000"))
                span = Span(line.span.start + lead, line.span.start + lead + len(text))
                art.bylines.append(Byline(text=text, span=span, people=tuple(people)))
                art.claimed.append(span)

    @staticmethod
    def _dateline(
        art: ArticleDraft, state: ParseState, parser: DatelineParser, kinds: set[int],
        pages: list[tuple[int, datetime.date]],
    ) -> None:
        """The article's dateline: opening on one of its first three lines or closing on one
        of its last three; ``kinds`` holds the lines with a dateline kind word (讯/电/消息),
        and no other line can hold a dateline."""
        lines: Sequence[Line] = art.body_lines
        found: Hit[Dateline] | None = None
        for k, line in enumerate(lines[:_DATELINE_REACH]):
            if k >= 3 and not all(_lead_in(ln.text) for ln in lines[:k]):
                break  # past the third line only after short lines (原标题, stray chrome)
            if line.index not in kinds:
                continue
            for hit in parser.scan(line.text):
                if hit.rule != "dateline.closing" and hit.span.start <= 2:
                    found = _shift(hit, line.span.start)
                break
            if found is not None:
                break
        if found is None:
            for line in reversed(lines[-3:]):
                if line.index not in kinds:
                    continue
                closing = [h for h in parser.scan(line.text) if h.rule == "dateline.closing"]
                if closing and line.text[closing[-1].span.end :].strip() == "":
                    found = _shift(closing[-1], line.span.start)
                    break
        if found is None:
            return
        dl = found.value
        if dl.month is None and dl.day is not None:
            art.dateline = _day_only(dl, art, state, pages)
        else:
            art.dateline = resolve_dateline(dl, _dateline_year(dl, art, state, pages))
        art.claimed.append(found.span)
