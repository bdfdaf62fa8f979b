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

from govnews.bylines import parse_people
from govnews.core import Hit, Span
from govnews.document import Byline, Published

__all__ = ["Publication", "PublicationParser", "find_publication"]

_DATE_LABELS = ("发布日期", "发布时间", "发表时间", "发表日期", "更新时间", "更新日期", "上传时间", "录入时间",
                "发文日期", "成文日期", "公开日期", "时间", "日期")
_SOURCE_LABELS = ("信息来源", "文章来源", "稿件来源", "新闻来源", "来源", "出处", "发布机构", "发布单位")
#: label → role of the people it names
_PEOPLE_LABELS = {
    "作者": "作者", "撰稿": "撰稿", "责任编辑": "责任编辑", "责编": "责任编辑", "编辑": "编辑", "审核": "审核",
    "审稿": "审稿", "初审": "初审", "复审": "复审", "终审": "终审", "校对": "校对", "签发": "签发",
    "记者": "记者", "通讯员": "通讯员", "摄影": "摄影",
}
_OTHER_LABELS = ("浏览次数", "浏览量", "浏览", "阅读次数", "阅读量", "阅读数", "阅读", "点击数", "点击量", "点击率",
                 "点击", "访问量", "访问次数", "字号", "字体", "录入", "发布人", "发布者", "分享到", "分享")
_COUNT_LABELS = frozenset(
    {"浏览次数", "浏览量", "浏览", "阅读次数", "阅读量", "阅读数", "阅读", "点击数", "点击量", "点击", "访问量",
     "访问次数", "点击率"}
)
_COUNT_VALUE = regex.compile(r"[0-9,]+[ \u3000]*[次人%]?")
_WEAK = frozenset({"时间", "日期", "出处", "阅读", "点击", "分享", "录入", "记者", "通讯员", "摄影"})
_ALL = sorted(set(_DATE_LABELS) | set(_SOURCE_LABELS) | set(_PEOPLE_LABELS) | set(_OTHER_LABELS),
              key=len, reverse=True)
_LABEL = regex.compile(rf"(?P<label>{'|'.join(_ALL)})[ \u3000]*(?P<colon>[:：])[ \u3000]*")
# a count without a colon: 浏览 123 次, 阅读 88
_COUNT = regex.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量)?[ \u3000]*[0-9]+[ \u3000]*次?")
# chrome that may stand between fields: [打印] 【关闭窗口】 [大 中 小] 【字体:大 中 小】 | 丨
_CHROME = regex.compile(
    r"[\[【(（]?[ \u3000]*(?:字[号体][:：]?[ \u3000]*)?(?:[↑↓]?[大中小默认][ \u3000]*){2,4}[\]】)）]?"
    r"|[\[【][ \u3000]*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部)?|发表评论|我要纠错"
    r"|加入收藏|分享)[ \u3000]*[\]】]"
    r"|(?:打印本页|关闭窗口|发表评论|我要纠错|加入收藏)"
    r"|[|｜丨/\\·•]+"
)
_DATE = regex.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[ \u3000]*[-/.年][ \u3000]*(?P<m>[0-9]{1,2})[ \u3000]*[-/.月][ \u3000]*"
    r"(?P<d>[0-9]{1,2})(?![0-9])[ \u3000]*日?"
    r"(?:[ \u3000]*(?P<H>[01]?[0-9]|2[0-3])[:：时](?P<M>[0-5][0-9])(?:[:：分](?P<S>[0-5][0-9])秒?)?(?![0-9]))?"
)
_WIDE = str.maketrans("０１２３４５６７８９：－／．", "0123456789:-/.")
_MAX_LINE = 200


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


def _read_date(value: str) -> tuple[datetime.date, datetime.time | None] | None:
    m = _DATE.search(value.translate(_WIDE))
    if m is None:
        return None
    try:
        d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    t = None
    if m.group("H") is not None:
        t = datetime.time(int(m.group("H")), int(m.group("M")), int(m.group("S") or 0))
    return d, t


def _leftover_ok(s: str) -> bool:
    """Whether text between fields is only chrome, counts and white space."""
    s = _CHROME.sub("", s)
    s = _COUNT.sub("", s)
    return not s.strip(" \t\u3000\u00a0【】[]()（）")


def line_triggers() -> tuple[re.Pattern[str], ...]:
    """Patterns of which every publication line of normalised text holds a match (a field
    label, or the year of a bare date line), for skipping the other lines of a page."""
    return _TRIGGERS


# stdlib ``re`` skips to the possible first characters of a literal alternation
_TRIGGERS = (re.compile("(?:" + "|".join(_ALL) + r")[ \u3000]*[:：]"), re.compile(r"(?:19|20)[0-9]{2}"))


def _parse_line(text: str, offset: int) -> Publication | None:
    """A publication read from one line, or ``None`` if the line is not one."""
    if not text or len(text) > _MAX_LINE or "。" in text:
        return None
    labels = list(_LABEL.finditer(text))
    bare = _DATE.match(text.translate(_WIDE).lstrip(" \u3000"))
    if not labels:
        # a line that is only a date and time (or a count) is metadata as well
        if bare is not None and bare.group("H") is not None and _leftover_ok(text[bare.end() + (len(text) - len(
                text.lstrip(" \u3000"))):]):
            got = _read_date(text)
            if got is not None:
                return Publication(span=Span(offset, offset + len(text)), date=got[0], time=got[1],
                                   fields=(("", text[: bare.end()].strip()),))
        return None
    head = text[: labels[0].start()]
    head_date = _read_date(head) if head.strip() else None
    if head.strip() and head_date is None and not _leftover_ok(head):
        return None
    names = [m.group("label") for m in labels]
    strong = [n for n in names if n not in _WEAK]
    if not strong and not (len(names) >= 2 or head_date is not None):
        return None
    date: datetime.date | None = None
    time: datetime.time | None = None
    if head_date is not None:
        date, time = head_date
    source: str | None = None
    bylines: list[Byline] = []
    fields: list[tuple[str, str]] = []
    if head.strip():
        fields.append(("", head.strip()))
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        label = m.group("label")
        value = text[m.end() : end]
        clean = _CHROME.sub(" ", _COUNT.sub(" ", value)).strip(" \t\u3000\u00a0")
        fields.append((label, clean))
        if len(clean) > 40:
            return None
        if label in _DATE_LABELS:
            got = _read_date(value)
            if got is None:
                if clean and label not in ("时间", "日期"):
                    return None
                if clean:
                    return None  # 时间:上午9时 in a notice is content
            elif date is None:
                date, time = got
        elif label in _SOURCE_LABELS:
            first = clean.split()[0] if clean.split() else ""
            if first and source is None:
                source = first
        elif label in _PEOPLE_LABELS:
            if not clean:
                continue  # an empty 作者: names nobody
            people = parse_people(_DATE.sub(" ", clean), strict=True)
            if people:
                role = _PEOPLE_LABELS[label]
                s = offset + m.start()
                e = offset + m.end() + len(value.rstrip(" \t\u3000\u00a0"))
                bylines.append(Byline(text=text[m.start() : e - offset], span=Span(s, e),
                                      people=tuple(attrs.evolve(p, role=role) for p in people)))
        elif label in _COUNT_LABELS and clean and not _COUNT_VALUE.fullmatch(clean):
            return None
    return Publication(span=Span(offset, offset + len(text)), date=date, time=time, source=source,
                       bylines=tuple(bylines), fields=tuple(fields))


def _merge(infos: list[Publication]) -> Publication:
    """One publication from adjacent lines: the first date, the first source, every byline."""
    dated = [i for i in infos if i.date is not None]
    return Publication(
        span=Span(infos[0].span.start, infos[-1].span.end),
        date=dated[0].date if dated else None,
        time=dated[0].time if dated else None,
        source=next((i.source for i in infos if i.source), None),
        bylines=tuple(b for i in infos for b in i.bylines),
        fields=tuple(f for i in infos for f in i.fields),
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

    def scan_lines(self, lines: Iterable[tuple[Span, str]]) -> Iterator[Hit[Publication]]:
        """Yield publication blocks from (span, text) lines (non-blank, in order).

        The hits' ``text`` is the lines' text joined by newlines; callers with the whole
        string slice it with the span instead.

        >>> lines = [(Span(18, 42), "发布时间:2022-07-18 21:35:23"), (Span(43, 50), "来源:聊城日报")]
        >>> [(h.span, h.value.source, str(h.value.date)) for h in PublicationParser().scan_lines(lines)]
        [(Span(start=18, end=50), '聊城日报', '2022-07-18')]
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
                merged = _merge(block)
                yield Hit(merged.span, "\n".join(texts), merged, _rule(merged))
                block, texts = [], []
        if block:
            merged = _merge(block)
            yield Hit(merged.span, "\n".join(texts), merged, _rule(merged))


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
