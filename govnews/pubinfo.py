"""Publication lines: the metadata a site prints above or under an article.

``发布日期:2024-04-05``, ``发布时间:2022-07-18 21:35:23``, ``来源:市教育局``, ``作者:``,
``责任编辑:X``, ``浏览次数:123``, ``字号:[大 中 小]``, ``【字体:大 中 小】`` — on one line or on
several, in any order. A line is a publication line only when every part of it is such
a field (a sentence that merely contains ``来源:`` is not), so it can be cut as noise.

>>> info = find_publication("作者: 发布日期:2024-04-05")
>>> info.date, info.time, info.bylines
(datetime.date(2024, 4, 5), None, ())
>>> info = find_publication("来源:泰安日报 作者:杨丽宁 责任编辑:王 芳 浏览次数:1024")
>>> info.source, [(p.name, p.role) for b in info.bylines for p in b.people]
('泰安日报', [('杨丽宁', '作者'), ('王芳', '责任编辑')])
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator

import attrs
import regex

from govnews.bylines import find_bylines, parse_people
from govnews.core import Hit, Span
from govnews.document import Byline, Published
from govnews.noise_rules import word_trie

__all__ = ["Publication", "PublicationParser", "find_publication"]

_DATE_LABELS = ("发布日期", "发布时间", "发稿时间", "发稿日期", "发表时间", "发表日期", "上传时间", "上线时间",
                "刊发时间", "刊发日期", "出版日期", "见报日期", "添加时间", "创建时间", "时间", "日期")
#: dates that are not the publication's own (a notice's signing or effective date): used only
#: when a line gives no better one
_LATER_DATE_LABELS = ("更新时间", "更新日期", "修改时间", "录入时间", "成文日期", "生效日期", "公开日期",
                      "发文日期", "印发日期", "生成日期", "生效时间", "废止日期", "废止时间", "失效日期", "失效时间")
_SOURCE_LABELS = ("信息来源", "文章来源", "稿件来源", "新闻来源", "本文来源", "内容来源", "来源单位", "稿源", "来源",
                  "出处", "发布机构", "发布单位", "发文机关", "发文单位", "供稿单位", "供稿", "所属机构")
#: label → role of the people it names
_PEOPLE_LABELS = {
    "作者": "作者", "文章作者": "作者", "撰稿": "撰稿", "撰文": "撰文", "责任编辑": "责任编辑", "责编": "责任编辑",
    "编辑": "编辑", "审核": "审核", "审稿": "审稿", "初审": "初审", "复审": "复审", "终审": "终审", "校对": "校对",
    "签发": "签发", "记者": "记者", "通讯员": "通讯员", "摄影": "摄影",
}
_COUNT_LABELS = frozenset(
    {"浏览次数", "浏览量", "浏览人次", "浏览", "阅读次数", "阅读量", "阅读数", "阅读人次", "阅读", "点击数", "点击量",
     "点击次数", "点击", "访问量", "访问次数", "访问", "点击率", "字数", "文章字数", "本文字数", "评论数", "热度",
     "人气"}
)
#: the rows of an information-disclosure table (政府信息公开): any short value
_TABLE_LABELS = ("索引号", "文号", "发文字号", "组配分类", "主题分类", "体裁分类", "服务对象分类", "公文种类",
                 "信息分类", "有效性", "名称", "公文目录", "主题词", "关键词", "关键字", "内容概述", "摘要")
_OTHER_LABELS = (*_COUNT_LABELS, *_TABLE_LABELS, "字号", "字体", "录入", "发布人", "发布者", "分享到", "分享至", "分享")
#: labels too common in prose to make a line metadata alone
_WEAK = frozenset({"时间", "日期", "出处", "阅读", "点击", "访问", "分享", "录入", "记者", "通讯员", "摄影", "名称",
                   "热度", "人气", "字数", "供稿", "有效性"})
_ALL = sorted(set(_DATE_LABELS) | set(_LATER_DATE_LABELS) | set(_SOURCE_LABELS) | set(_PEOPLE_LABELS)
              | set(_OTHER_LABELS), key=len, reverse=True)
_SP = "[ \u3000]"


def _spaced(label: str) -> str:
    """A label as printed in a table, where its characters may stand apart (``文　　号``)."""
    return f"{_SP}*".join(label)


# stdlib ``re`` is several times faster than ``regex`` on these literal alternations
_LABEL = re.compile(rf"(?P<label>{'|'.join(_ALL)}){_SP}*(?P<colon>[:：]){_SP}*")
# the same with the characters of a label set apart, tried only where a spaced label may be
_LABEL_SPACED = re.compile(
    rf"(?P<label>{'|'.join(_spaced(x) for x in _ALL)}){_SP}*(?P<colon>[:：]){_SP}*"
)
_SPACED_HINT = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]{1,2}[ \u3000]*[:：]")
_COUNT_VALUE = regex.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?[ \u3000]*[万千wWkK]?\+?[ \u3000]*[次人%字]?")
# a count without a colon: 浏览 123 次, 阅读 88
_COUNT = re.compile(
    r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?(?:[ \u3000]*[0-9]+(?:\.[0-9]+)?[万]?\+?[ \u3000]*次?|[ \u3000]*$)"
)
# page widgets that may stand between fields: [打印] 【关闭窗口】 [大 中 小] 【字体:大 中 小】 字号:【大】【中】【小】
# 分享到:微信 微博 — masked (same length) before the labels are read
_SIZE = "[↑↓]?[大中小默认]"
_WIDGET = regex.compile(
    rf"[\[【〔(（]{_SP}*(?:字[号体]{_SP}*[:：]?{_SP}*)?(?:{_SIZE}{_SP}*){{2,4}}[\]】〕)）]"
    rf"|(?:字[号体]{_SP}*[:：]{_SP}*)?(?:[\[【]{_SIZE}[\]】]{_SP}*){{2,4}}"
    rf"|字[号体]{_SP}*[:：]?{_SP}*(?:{_SIZE}{_SP}*){{2,4}}"
    rf"|{_SIZE}(?:{_SP}+{_SIZE}){{2,3}}"
    r"|[大中小]字体"
    rf"|[\[【〔]{_SP}*(?:打印|关闭|收藏|返回|分享|纠错|我要纠错|发表评论|评论|推荐|保存|下载|复制|加入收藏)"
    rf"[\u4e00-\u9fff]{{0,4}}{_SP}*[\]】〕]"
    r"|打印本页|打印此页|关闭窗口|关闭本页|发表评论|我要纠错|加入收藏"
    rf"|分享[到至]?{_SP}*[:：]?(?:{_SP}*(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|今日头条|人人网))+"
)
# separators between fields (a slash between digits belongs to a date: 2025/04/18)
_SEPS = regex.compile(r"[|｜丨\\·•]+|(?<![0-9])/+|/+(?![0-9])")
# a note that the report was updated, after its date: （4/18 18:05 更新）
_UPDATED = regex.compile(
    r"[（(][ \u3000]*(?:[0-9]{1,4}[/\-.月][0-9]{1,2}日?[ \u3000]*)?[0-9]{1,2}[:：][0-9]{2}[ \u3000]*更新[ \u3000]*[）)]"
)
_WEEKDAY = rf"(?:{_SP}*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?)"
_TIME = (r"(?P<H>[01]?[0-9]|2[0-3])(?:[:：](?P<M>[0-5][0-9])(?:[:：](?P<S>[0-5][0-9]))?"
         r"|时(?P<M2>[0-5]?[0-9])分(?:(?P<S2>[0-5]?[0-9])秒)?)(?![0-9])")
_DATE = regex.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[ \u3000]*[-/.年][ \u3000]*(?P<m>[0-9]{1,2})[ \u3000]*[-/.月][ \u3000]*"
    rf"(?P<d>[0-9]{{1,2}})(?![0-9])[ \u3000]*日?{_WEEKDAY}?"
    rf"(?:{_SP}*(?:(?:香港|北京|澳门|台北)?时间)?{_SP}*{_TIME})?"
)
# a field under a label of the site's own before the known ones: 文档序号:32700526
_UNKNOWN_FIELD = regex.compile(r"[ \u3000]*\p{Han}{2,6}[:：][ \u3000]*[0-9A-Za-z\-_/]{1,30}[ \u3000|｜]*")
# a line that is only a time, the second line of a press release's date (香港时间15时30分)
_TIME_LINE = regex.compile(rf"(?:(?:香港|北京|澳门|台北)?时间)?{_SP}*{_TIME}")
# what may follow a date on an account's header line: 发表于山东, a province, the lunar date
_TAIL = regex.compile(
    r"(?:发表于|来自|IP属地[:：]?)[\u4e00-\u9fff]{2,8}|农历[\u4e00-\u9fff]{2,12}|[\u4e00-\u9fff]{2,3}"
)
# an account or outlet name before the date of a header line (原创 某某发布 某某发布 2025-08-26 18:30)
_NAME = regex.compile(r"[\u4e00-\u9fffA-Za-z0-9·_]{1,16}")
_WIDE = str.maketrans("０１２３４５６７８９：－／．", "0123456789:-/.")
_MAX_LINE = 200
_SENTENCE = re.compile("[。，；！？]")
_NO_SPACE = str.maketrans("", "", " \u3000")
_PAD = " \t\u3000\u00a0"


@attrs.frozen(kw_only=True)
class Publication:
    """What one publication line (or a block of them) says.

    >>> info = find_publication("发布时间:2022-07-18 21:35:23")
    >>> info.published.to_dict()
    {'date': '2022-07-18', 'time': '21:35:23', 'span': [0, 24]}
    """

    span: Span
    date: datetime.date | None = None
    time: datetime.time | None = None
    source: str | None = None
    bylines: tuple[Byline, ...] = ()
    #: every (label, value) read, in order; a bare date has the label ``""``
    fields: tuple[tuple[str, str], ...] = ()
    #: ``"line"`` — a publication line on its own; ``"weak"`` — one only beside another
    #: (``香港时间15时30分``, ``名称:…``); ``"bare"`` — a date alone, which only its place on
    #: the page makes a publication date; ``"named"`` — names and a date without a time
    #: (``某某日报 2025年6月18日 星期三``), a masthead rather than a publication line
    strength: str = "line"
    #: how good the date is: 0 a publication date, 1 another date of the page (成文日期,
    #: 更新时间), 2 a bare date line
    rank: int = 0

    @property
    def published(self) -> Published | None:
        """The :class:`~govnews.document.Published` record, when a date was read.

        >>> p = find_publication("发布时间:2022-07-18 21:35:23").published
        >>> str(p.date), str(p.time), p.span
        ('2022-07-18', '21:35:23', Span(start=0, end=24))
        >>> find_publication("来源:聊城日报").published is None
        True
        """
        if self.date is None:
            return None
        return Published(date=self.date, time=self.time, span=self.span)


_Stamp = tuple[datetime.date, datetime.time | None]


def _stamp(m: regex.Match[str]) -> _Stamp | None:
    """The date and time of a :data:`_DATE` match, ``None`` if the date does not exist."""
    try:
        d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return d, _clock(m)


def _clock(m: regex.Match[str]) -> datetime.time | None:
    if m.group("H") is None:
        return None
    minute = m.group("M") if m.group("M") is not None else m.group("M2")
    second = m.group("S") or m.group("S2") or 0
    if minute is None or int(minute) > 59 or int(second) > 59:
        return None
    return datetime.time(int(m.group("H")), int(minute), int(second))


def _read_date(value: str) -> _Stamp | None:
    m = _DATE.search(value.translate(_WIDE))
    return _stamp(m) if m is not None else None


def _leftover_ok(s: str) -> bool:
    """Whether text between fields is only separators, counts and white space."""
    s = _SEPS.sub("", _UPDATED.sub("", s))
    s = _COUNT.sub("", s)
    return not s.strip(" \t\u3000\u00a0【】[]()（）〔〕:：")


def line_triggers() -> tuple[re.Pattern[str], ...]:
    """Patterns of which every publication line of normalised text holds a match (a field
    label, the year of a date line, or the time of a press release's time line), for
    skipping the other lines of a page. The first, the labels', matches a label with its
    colon, on one line.

    >>> [bool(p.search("索 引 号：113713240")) for p in line_triggers()]
    [True, False, False, False]
    >>> [bool(p.search("2024-04-05")) for p in line_triggers()]
    [False, False, True, False]
    """
    return _TRIGGERS


# a prefix tree of the labels: stdlib ``re`` skips to their possible first characters, then
# tries each character once (a flat alternation tries the labels one by one); the year as
# two patterns, 19xx and 20xx: ``re`` finds a literal start by a fast search, where it tests
# each character of the page against a class of first characters
_TRIGGERS = (re.compile(f"{word_trie(list(_ALL), sep=f'{_SP}*')}{_SP}*[:：]"),
             re.compile(r"19[0-9]{2}"), re.compile(r"20[0-9]{2}"), re.compile(r"时间[ \u3000]*[0-9]"))


@attrs.frozen
class _Head:
    """What stands before the first label of a line (or makes up a line without one)."""

    stamp: _Stamp | None = None
    #: a time alone (香港时间15时30分)
    clock: datetime.time | None = None
    #: names stand before the date (an account's or a masthead's)
    named: bool = False
    #: a count or a 发表于 place follows the date
    extra: bool = False


def _read_head(head: str) -> _Head | None:
    """The date (or time) of a line's head, ``None`` when the head is not metadata.

    The head may be ``[names] date [weekday] [time] [tail]``: names are up to five short
    tokens set apart by white space (``原创 某某发布``); the tail a count, ``发表于``/``来自`` and
    a place, a place alone, or a lunar date.
    """
    s = _SEPS.sub(" ", _UPDATED.sub(" ", head)).strip(_PAD)
    if not s or _leftover_ok(s):
        return _Head()
    m = _DATE.search(s)
    if m is None:
        t = _TIME_LINE.fullmatch(s)
        clock = _clock(t) if t is not None else None
        return _Head(clock=clock) if clock is not None else None
    stamp = _stamp(m)
    if stamp is None:
        return None
    pre, post = s[: m.start()], s[m.end() :]
    if pre and pre[-1] not in _PAD:
        return None  # 会议于2024年4月5日: the date is part of a sentence
    names = [x for x in pre.split() if x != "原创"]
    if len(names) > 5 or not all(_NAME.fullmatch(x) for x in names):
        return None
    if post and post[0] not in _PAD and not post.startswith(("发表于", "来自")):
        return None
    rest = _COUNT.sub(" ", post)
    extra = rest != post
    tail = rest.split()
    if len(tail) > 2 or not all(_TAIL.fullmatch(x) for x in tail):
        return None
    extra = extra or any(x.startswith(("发表于", "来自", "IP属地")) for x in tail)
    return _Head(stamp=stamp, named=bool(names), extra=extra)


def _parse_line(text: str, offset: int) -> Publication | None:
    """A publication read from one line, or ``None`` if the line is not one."""
    if not text or len(text) > _MAX_LINE or _SENTENCE.search(text) is not None:
        return None  # no part of a publication line holds a sentence's punctuation
    plain = text.translate(_WIDE)
    if ":" not in plain and _DATE.search(plain) is None and _TIME_LINE.search(plain) is None:
        return None  # no label, no date, no time: a title or a sentence with a year
    # widgets become white space of their length, so the offsets hold
    t = _WIDGET.sub(lambda w: " " * len(w.group()), plain)
    widget = t != plain
    labels = list((_LABEL_SPACED if _SPACED_HINT.search(t) else _LABEL).finditer(t))
    head_text = t[: labels[0].start()] if labels else t
    head = _read_head(head_text)
    if head is None and labels and _UNKNOWN_FIELD.fullmatch(head_text) is not None and any(
        m.group("label").translate(_NO_SPACE) in _DATE_LABELS for m in labels
    ):
        # a field the table names in its own words (文档序号:32700526) before a known date label
        head = _Head()
    lead_people: Byline | None = None
    if head is None and labels:
        # reporters named without a colon before the fields (记者 张三 李四  来源:某某网)
        found = find_bylines(head_text)
        if len(found) != 1 or found[0].text != head_text.strip(_PAD):
            return None
        lead_people = attrs.evolve(found[0], span=found[0].span.shift(offset))
        head = _Head()
    if head is None:
        return None
    span = Span(offset, offset + len(text))
    date: datetime.date | None = None
    time: datetime.time | None = None
    rank = 3
    fields: list[tuple[str, str]] = []
    if head_text.strip(_PAD):
        fields.append(("", head_text.strip(_PAD)))
    if head.stamp is not None:
        date, time = head.stamp
        rank = 0 if time is not None or labels or head.extra else 2
    if not labels:
        if head.stamp is not None:
            strength = "line" if rank == 0 else "bare"
            return Publication(span=span, date=date, time=time, fields=tuple(fields),
                               strength=strength if not (strength == "bare" and head.named) else "named",
                               rank=rank)
        if head.clock is not None:
            return Publication(span=span, time=head.clock, fields=tuple(fields), strength="weak")
        if widget and not head_text.strip(_PAD):
            return Publication(span=span, fields=(("", text),))  # a row of widgets
        return None
    names = [m.group("label").translate(_NO_SPACE) for m in labels]
    strong = [n for n in names if n not in _WEAK]
    source: str | None = None
    bylines: list[Byline] = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(t)
        label = names[i]
        value = t[m.end() : end]
        dm = _DATE.search(value)
        if dm is not None and label not in _DATE_LABELS and label not in _LATER_DATE_LABELS:
            # a date after the value (来源:张三 阅读量:10000 2023-01-05 21:00): a field of its own
            got = _stamp(dm)
            glued = dm.start() > 0 and value[dm.start() - 1] not in _PAD
            if got is None or glued or not _leftover_ok(value[dm.end() :]):
                return None
            if rank > 0:
                (date, time), rank = got, 0
            value = value[: dm.start()]
            dm = None
        clean = _SEPS.sub(" ", _COUNT.sub(" ", value)).strip(" \t\u3000\u00a0【】[]")
        fields.append((label, clean))
        if len(clean) > (60 if label in _TABLE_LABELS else 40) or any(c in clean for c in ";!?"):
            return None  # a field's value is no sentence (来源：据统计，…)
        if label in _DATE_LABELS or label in _LATER_DATE_LABELS:
            if dm is None:
                if clean:
                    return None  # 时间:上午9时 in a notice is content
                continue
            got = _stamp(dm)
            if got is None or not _leftover_ok(value[dm.end() :]) or value[: dm.start()].strip(_PAD):
                return None
            r = 1 if label in _LATER_DATE_LABELS else 0
            if r < rank:
                (date, time), rank = got, r
        elif label in _SOURCE_LABELS:
            first = clean.split()[0] if clean.split() else ""
            if first and source is None:
                source = first
        elif label in _PEOPLE_LABELS:
            if not clean:
                continue  # an empty 作者: names nobody
            who = clean.lstrip("（(")
            if who.endswith(("）", ")")) and "（" not in who and "(" not in who:
                who = who[:-1]  # the bracket closing （编辑：刘佳）
            people = parse_people(who, strict=True)
            if people:
                role = _PEOPLE_LABELS[label]
                s = offset + m.start()
                v = value.rstrip(" \t\u3000\u00a0")
                if v.endswith(("）", ")")) and "（" not in v and "(" not in v:
                    v = v[:-1]  # the bracket closing （编辑：刘佳）, not the byline's
                e = offset + m.end() + len(v)
                bylines.append(Byline(text=text[m.start() : e - offset], span=Span(s, e),
                                      people=tuple(attrs.evolve(p, role=role) for p in people)))
        elif label in _COUNT_LABELS and clean and not _COUNT_VALUE.fullmatch(clean):
            return None
    if lead_people is not None:
        bylines.insert(0, lead_people)
    weak = not strong and len(names) < 2 and head.stamp is None
    return Publication(span=span, date=date, time=time, source=source, bylines=tuple(bylines),
                       fields=tuple(fields), strength="weak" if weak else "line", rank=min(rank, 2))


def _merge(infos: list[Publication]) -> Publication:
    """One publication from adjacent lines: the best date (a publication date before a
    notice's other dates, the first of equals), a time from a time line beside a date
    without one, the first source, every byline."""
    dated = sorted((i for i in infos if i.date is not None), key=lambda i: i.rank)
    best = dated[0] if dated else None
    time = best.time if best is not None else None
    if best is not None and time is None:
        time = next((i.time for i in infos if i.date is None and i.time is not None), None)
    strengths = {i.strength for i in infos}
    if "line" in strengths or (best is not None and time is not None):
        strength = "line"
    else:
        strength = "named" if "named" in strengths else "bare" if "bare" in strengths else "weak"
    return Publication(
        span=Span(infos[0].span.start, infos[-1].span.end),
        date=best.date if best is not None else None,
        time=time,
        source=next((i.source for i in infos if i.source), None),
        bylines=tuple(b for i in infos for b in i.bylines),
        fields=tuple(f for i in infos for f in i.fields),
        strength=strength,
        rank=best.rank if best is not None else 0,
    )


class PublicationParser:
    """Finds publication lines; adjacent ones (blank lines between) merge into one hit.

    >>> text = "聊城开发区扶贫资产所有权进一步明晰\\n发布时间:2022-07-18 21:35:23\\n来源:聊城日报\\n近年来,持续加力。"
    >>> [(h.text, h.value.source, str(h.value.date)) for h in PublicationParser().scan(text)]
    [('发布时间:2022-07-18 21:35:23\\n来源:聊城日报', '聊城日报', '2022-07-18')]
    """

    name = "publication"

    def scan(self, text: str) -> Iterator[Hit[Publication]]:
        """Yield the publication blocks of ``text``.

        >>> [(h.text, h.value.source, [p.name for b in h.value.bylines for p in b.people])
        ...  for h in PublicationParser().scan("近年来,持续加力。\\n来源:聊城日报 作者:张同建")]
        [('来源:聊城日报 作者:张同建', '聊城日报', ['张同建'])]
        """
        from govnews.lines import split_lines

        lines = [(ln.span, ln.text) for ln in split_lines(text) if ln.text]
        for hit in self.scan_lines(lines):
            yield attrs.evolve(hit, text=hit.span.slice(text))

    def scan_lines(self, lines: Iterable[tuple[Span, str]], *, bare: bool = False) -> Iterator[Hit[Publication]]:
        """Yield publication blocks from (span, text) lines (non-blank, in order).

        The hits' ``text`` is the lines' text joined by newlines; callers with the whole
        string slice it with the span instead. A block of lines that are only dates
        (``2025年3月5日 星期三``, strength ``"bare"`` or ``"named"``) is yielded only with
        ``bare=True``, with the rule ``metadata.date_line``: whether it is a publication
        date, a masthead or content depends on its place on the page.

        >>> lines = [(Span(18, 42), "发布时间:2022-07-18 21:35:23"), (Span(43, 50), "来源:聊城日报")]
        >>> [(h.span, h.value.source, str(h.value.date)) for h in PublicationParser().scan_lines(lines)]
        [(Span(start=18, end=50), '聊城日报', '2022-07-18')]
        >>> lines = [(Span(0, 14), "2025年3月5日(星期三)"), (Span(15, 26), "香港时间15时30分")]
        >>> [(str(h.value.date), str(h.value.time)) for h in PublicationParser().scan_lines(lines)]
        [('2025-03-05', '15:30:00')]
        >>> [(h.rule, h.value.strength) for h in PublicationParser().scan_lines(lines[:1], bare=True)]
        [('metadata.date_line', 'bare')]
        """
        block: list[Publication] = []
        texts: list[str] = []
        for span, line in lines:
            info = _parse_line(line, span.start)
            if info is not None:
                block.append(info)
                texts.append(line)
                continue
            if block:
                yield from self._finish(block, texts, bare)
                block, texts = [], []
        if block:
            yield from self._finish(block, texts, bare)

    @staticmethod
    def _finish(block: list[Publication], texts: list[str], bare: bool) -> Iterator[Hit[Publication]]:
        merged = _merge(block)
        if merged.strength == "line":
            yield Hit(merged.span, "\n".join(texts), merged, _rule(merged))
        elif bare and merged.strength in ("bare", "named"):
            yield Hit(merged.span, "\n".join(texts), merged, "metadata.date_line")


def _rule(info: Publication) -> str:
    return "metadata.publication" if info.date is not None else "metadata.fields"


def find_publication(text: str) -> Publication | None:
    """The first publication block of ``text`` that gives a date, else the first block, else ``None``.

    >>> find_publication("发布日期:2024/4/5 09:30 来源:临朐县教体局").published.to_dict()["time"]
    '09:30:00'
    >>> find_publication("资金来源:财政拨款") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"find_publication() takes str, not {type(text).__name__}")
    hits = [h.value for h in PublicationParser().scan(text)]
    dated = [h for h in hits if h.date is not None]
    pick = dated or hits
    return pick[0] if pick else None
