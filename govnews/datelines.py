"""Datelines: the agency-style opening (or closing) of a report.

``本报聊城7月23日讯``, ``本报讯``, ``新华社北京12月31日电``, ``新华社电``, ``据新华社北京2月27日电``,
``中新网7月25日电``, ``楚天都市报9月23日讯``, and a closing ``（本报北京11月13日电）``; digits
half- or full-width or Chinese numerals (``十二月三十一日``), parentheses of either width.

>>> d = find_datelines("本报聊城7月23日讯(记者 张同建)")[0]
>>> d.outlet, d.place, d.month, d.day, d.kind, d.text
('本报', '聊城', 7, 23, '讯', '本报聊城7月23日讯')
>>> find_datelines("本报聊城7月23日讯", datetime.date(2020, 7, 24))[0].date
datetime.date(2020, 7, 23)
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator

import attrs
import regex

from govnews.core import Hit, Span
from govnews.dates import DAY, MONTH, YEAR, small_int
from govnews.document import Dateline

__all__ = [
    "KIND_TRIGGER", "KNOWN_OUTLETS", "DatelineParser", "cna_people", "find_datelines", "opens_with_dateline",
    "resolve_dateline",
]

#: outlets that may stand without a date (``新华社电``) or a place; longest first in the pattern
KNOWN_OUTLETS: tuple[str, ...] = (
    "本报", "本台", "本网", "本刊", "新华社", "中新社", "中新网", "中国新闻网", "人民网", "人民日报", "央广网",
    "央视网", "央视新闻", "央视新闻客户端", "国际在线", "中国网", "光明网", "光明日报", "经济日报", "中国经济网",
    "工人日报", "法治日报", "法制日报", "科技日报", "农民日报", "中国日报", "中国日报网", "中国青年报",
    "中国青年网", "中青网", "新京报", "澎湃新闻", "环球网", "环球时报", "海外网", "红网", "大众网", "齐鲁网",
    "东方网", "南方网", "北青网", "解放日报", "文汇报", "界面新闻", "封面新闻", "上观新闻", "极目新闻",
    "潮新闻", "红星新闻", "九派新闻", "新浪网", "第一财经", "每日经济新闻", "中国新闻社", "新华网",
    "解放军报", "中国军网", "学习强国", "健康报", "中国教育报", "中国教育新闻网",
)
_KNOWN = "|".join(sorted(KNOWN_OUTLETS, key=len, reverse=True))
# a known outlet's app or site: 中国青年报客户端, 人民日报新媒体
_APP = r"(?:新闻客户端|客户端|新媒体|APP|App)"
# An outlet not in the list: a short name ending like a newspaper, website, station, agency or
# county media centre (沂南融媒, 望江县融媒体中心), or an app named 云上… (云上巴东).
_GENERIC = (
    r"(?:云上\p{Han}{2,4}?|\p{Han}{1,8}?(?:日报|晚报|晨报|早报|都市报|商报|时报|导报|青年报|法制报|报|新闻网|网"
    r"|通讯社|社|广播电视台|电视台|手机台|新闻客户端|客户端|融媒体中心|融媒体|融媒|新闻中心|发布|在线|之声))"
)
_OPEN = r"[（(]"
_CLOSE = r"[）)]"
# 电 and 讯 as the kind, never the first character of a word (电梯, 电商, 讯息, 通讯员)
_KIND = (
    r"(?P<kind>专电|电(?![话视脑子力网器影台报气讯梯商费价量站池缆线机竞动信厂路源压流磁焊解工能表邮文脑])"
    r"|讯(?![息号问录员])|消息)"
)
#: every dateline, opening or closing, holds one of these (its kind: 讯, 电, 专电, 消息); a
#: stage finds the lines that may hold one with ``ParseState.lines_matching(KIND_TRIGGER)``
KIND_TRIGGER = regex.compile(r"[讯电]|消息")
# the month may go unsaid (本报合肥18日电): the page's date gives it
_DATE = rf"(?:(?:(?P<year>{YEAR})[ \u3000]?年)?(?P<month>{MONTH})[ \u3000]?月)?(?P<day>{DAY})[ \u3000]?日"
# a place: Han characters (never a kind word, a numeral, 年 or 月 at its end, or 专 of 专电), and the
# country in parentheses after a foreign city (达沃斯（瑞士）)
_PLACE = (
    r"(?:(?P<place>(?:(?![讯电])[\p{Han}·]){1,10}?(?<![〇零一二三四五六七八九十廿卅两专年月]))"
    r"(?:[（(](?P<country>\p{Han}{1,8})[）)])?)"
)
_BODY = regex.compile(
    rf"""
    (?P<ju>据)?
    (?:
      (?P<outlet>(?:{_KNOWN}){_APP}?){_PLACE}?[ \u3000]?{_DATE}[ \u3000]?{_KIND}
    | (?P<outlet2>(?:{_KNOWN}){_APP}?){_PLACE}?{_KIND}
    | (?P<outlet3>{_GENERIC})
      (?: {_PLACE}?[ \u3000]?{_DATE}[ \u3000]?{_KIND}
      | (?P<kind4>讯(?![息号问录员])|消息(?=[:：]))
      )
    )
    (?P<close>[ \u3000]*{_CLOSE})?
    """,
    regex.VERBOSE,
)
# the Taiwan agency's form, byline and dateline in one: （中央社记者王刚台北6日电）
_CNA = regex.compile(
    r"[（(](?P<outlet>\p{Han}{1,6}?社)记者(?P<names>\p{Han}{4,7}?)(?P<day>[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?"
    r"|[一二三四五六七八九])日(?P<kind>电)[）)]"
)
_FIRST = "".join(sorted({o[0] for o in KNOWN_OUTLETS} | {"据"}))
# Where a dateline may start: a line start, an opening parenthesis, or (known outlets only)
# after a space or the end of a sentence. Only these positions are tried.
_CANDIDATE = regex.compile(
    rf"(?P<line>^[ \t\u3000\u00a0■●◆▲★▼·•]*)(?=\S)|(?P<open>[（(][ \u3000]*)"
    rf"|(?P<other>(?<=[ \u3000。！？”」])(?=[{_FIRST}]))",
    regex.MULTILINE,
)
#: the furthest a dateline's kind word (讯, 电, 消息) stands from its start: an outlet of up
#: to 16 characters, a place of 10 and a country of 8 in parentheses, a date of 13
_REACH = 64
_BAD_PLACE = regex.compile(r"记者|通讯员|编辑|报道|消息|电话|获悉|了解|日讯|日电")


def resolve_dateline(dateline: Dateline, year: int | None) -> Dateline:
    """``dateline`` with ``date`` set from ``year`` when its month and day are known.

    >>> d = find_datelines("本报聊城7月23日讯")[0]
    >>> resolve_dateline(d, 2020).date, resolve_dateline(d, None).date
    (datetime.date(2020, 7, 23), None)
    """
    if year is None or dateline.month is None or dateline.day is None:
        return dateline
    try:
        return attrs.evolve(dateline, date=datetime.date(year, dateline.month, dateline.day))
    except ValueError:
        return dateline


def _year_for(month: int, day: int, reference_date: datetime.date | None) -> int | None:
    """The year of a report dated month/day, written on or before ``reference_date``."""
    if reference_date is None:
        return None
    year = reference_date.year
    return year - 1 if (month, day) > (reference_date.month, reference_date.day) else year


@attrs.frozen
class DatelineParser:
    """Scans a string for datelines; a dateline stands at a line start, after ``据`` or in parentheses.

    The hit's span covers the parentheses of a closing dateline; the :class:`Dateline`
    value covers the dateline itself.

    >>> [(h.value.outlet, h.value.place, h.value.month, h.value.day, h.value.kind, h.rule)
    ...  for h in DatelineParser().scan("（新华社北京２月２７日电）")]
    [('新华社', '北京', 2, 27, '电', 'dateline.closing')]
    >>> [h.value.text for h in DatelineParser().scan("据新华社北京十二月三十一日电 记者从国家统计局获悉")]
    ['据新华社北京十二月三十一日电']
    """

    reference_date: datetime.date | None = None
    name: str = "datelines"

    def scan(self, text: str) -> Iterator[Hit[Dateline]]:
        """Yield the datelines of ``text`` in order; ``reference_date`` supplies a missing year.

        >>> p = DatelineParser(reference_date=datetime.date(2022, 8, 1))
        >>> [(h.text, h.value.outlet, h.value.place, str(h.value.date))
        ...  for h in p.scan("本报聊城7月23日讯(记者 张同建)")]
        [('本报聊城7月23日讯', '本报', '聊城', '2022-07-23')]
        >>> list(p.scan("全县近2万人受益。"))
        []
        """
        if KIND_TRIGGER.search(text) is None:
            return  # every dateline holds a kind word (and the loop asks for one near each start)
        after = 0
        for c in _CANDIDATE.finditer(text):
            pos = c.end()
            if pos < after:
                continue
            if KIND_TRIGGER.search(text, pos, pos + _REACH) is None:
                continue  # no kind word within a dateline's length: nothing to match here
            if c.group("open") is not None:
                cna = _CNA.match(text, c.start())
                if cna is not None:
                    hit = _cna_hit(text, cna)
                    if hit is not None:
                        after = hit.span.end
                        yield hit
                        continue
            m = _BODY.match(text, pos)
            if m is None:
                continue
            hit = self._hit(text, m, opened=c.group("open") is not None, strong=c.group("other") is None)
            if hit is not None:
                after = hit.span.end
                yield hit

    def _hit(self, text: str, m: regex.Match[str], *, opened: bool, strong: bool) -> Hit[Dateline] | None:
        fields = _fields(m, opened=opened, strong=strong)
        if fields is None:
            return None
        outlet, place, month, day, year = fields
        closed = m.group("close") is not None
        kind = "电" if m.group("kind") in ("电", "专电") else "讯"
        s = m.start()
        e = m.start("close") if closed else m.end()
        dl = Dateline(text=text[s:e], span=Span(s, e), outlet=outlet, place=place or None,
                      month=month, day=day, kind=kind)
        if month is not None and day is not None:
            dl = resolve_dateline(dl, year if year is not None else _year_for(month, day, self.reference_date))
        if opened:
            hs = text.rfind("（", 0, s) if text.rfind("（", 0, s) > text.rfind("(", 0, s) else text.rfind("(", 0, s)
            return Hit(Span(hs, m.end()), text[hs : m.end()], dl, "dateline.closing")
        rule = "dateline.relayed" if m.group("ju") else "dateline.opening"
        return Hit(Span(s, e), text[s:e], dl, rule, 1.0 if not m.group("outlet3") else 0.9)


def _fields(
    m: regex.Match[str], *, opened: bool, strong: bool
) -> tuple[str, str | None, int | None, int | None, int | None] | None:
    """The outlet, place, month, day and year of a match of ``_BODY``, or ``None`` when it is
    no dateline (what :meth:`DatelineParser._hit` checks before it builds the record)."""
    if opened and m.group("close") is None:
        return None
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3") or ""
    place = m.group("place")
    if place is not None and _BAD_PLACE.search(place):
        return None
    if m.group("outlet3") and not strong:
        return None
    month = small_int(m.group("month")) if m.group("month") else None
    day = small_int(m.group("day")) if m.group("day") else None
    year = small_int(m.group("year")) if m.group("year") else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return outlet, place, month, day, year


def cna_people(content: str) -> tuple[str, str] | None:
    """The reporter and agency of a Taiwan-style dateline in parentheses (``中央社记者王刚台北6日电``).

    >>> cna_people("（中央社记者王刚台北6日电）")
    ('王刚', '中央社')
    """
    m = _CNA.fullmatch(content)
    if m is None:
        return None
    name, _ = _cna_split(m.group("names"))
    return name, m.group("outlet")


def _cna_split(run: str) -> tuple[str, str]:
    # the place is the last two characters (台北, 高雄, 台中, 新北); the name is the rest
    return run[:-2], run[-2:]


def _cna_hit(text: str, m: regex.Match[str]) -> Hit[Dateline] | None:
    name, place = _cna_split(m.group("names"))
    day = small_int(m.group("day"))
    if day is None or not 1 <= day <= 31 or not 2 <= len(name) <= 4:
        return None
    s, e = m.start(), m.end()
    dl = Dateline(text=text[s:e], span=Span(s, e), outlet=m.group("outlet"), place=place, month=None, day=day,
                  kind="电")
    return Hit(Span(s, e), text[s:e], dl, "dateline.opening", 0.9)


_LEAD = " \t\u3000\u00a0■●◆▲★▼·•"


@functools.lru_cache(maxsize=4096)
def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` starts with a dateline (after bullets or an opening parenthesis).

    >>> opens_with_dateline("本报聊城7月23日讯(记者 张同建)"), opens_with_dateline("（本报北京11月13日电）")
    (True, True)
    >>> opens_with_dateline("全市19所职业院校,每年向社会培养输送各类技术技能人才近2万人")
    False

    The answer depends on the line alone, and the layout, segment and byline stages ask it of
    the same lines: it is kept for the last 4096 lines asked.
    """
    lead = len(line) - len(line.lstrip(_LEAD))
    opened = line[lead : lead + 1] in ("（", "(")
    if opened and (cna := _CNA.match(line, lead)) is not None and _cna_hit(line, cna) is not None:
        return True
    start = len(line) - len(line[lead + 1 :].lstrip(" \u3000")) if opened else lead
    if KIND_TRIGGER.search(line, start, start + _REACH) is None:
        return False
    m = _BODY.match(line, start)  # only the line start is tried, not the whole line
    return m is not None and _fields(m, opened=opened, strong=True) is not None


def find_datelines(text: str, reference_date: datetime.date | None = None) -> list[Dateline]:
    """The datelines of ``text``; ``reference_date`` gives the year of those without one.

    >>> [(d.outlet, d.place, d.kind) for d in find_datelines("本报讯 两市教育局签订了《框架协议》")]
    [('本报', None, '讯')]
    >>> find_datelines("中新网7月25日电 据外交部网站消息", datetime.date(2005, 7, 25))[0].date
    datetime.date(2005, 7, 25)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_datelines() takes str, not {type(text).__name__}")
    return [h.value for h in DatelineParser(reference_date=reference_date).scan(text)]
