"""Dates in running text: ``2018年6月``, ``7月22日``, ``今年3月10日``, ``2016-2020年``, ``2024-04-05``.

:class:`DateParser` finds them with one compiled trigger pattern and resolves the year
from the page (``year``), a ``reference_date``, or ``今年/去年/明年`` relative to those;
when nothing gives the year it stays ``None`` (ISO ``--MM-DD``). It never takes the
year from the machine clock, and never reads a version, phone or ID number as a date.

>>> [(d.text, d.date) for d in find_dates("4月3日,产教融合发展联盟调度推进工作会议召开", year=2024)]
[('4月3日', '2024-04-03')]
>>> [(d.text, d.date) for d in find_dates("联系电话:0538-6272000 版本2.1.3")]
[]
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator

import attrs
import regex

from govnews.core import Hit, Span, make_span, merge_spans, overlaps_merged
from govnews.document import Dateline, DateMention
from govnews.state import ParseState

__all__ = ["DateParser", "DateStage", "find_dates", "page_dates", "small_int"]

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")

#: a month: 1–2 digits (half- or full-width) or a Chinese numeral up to 十二
MONTH = r"(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])"
#: a day of the month in the same forms, up to 三十一
DAY = r"(?:[0-9０-９]{1,2}|[二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
#: a four-digit year, Arabic or Chinese digits
YEAR = r"(?:(?:1[89]|20|１[８９]|２０)[0-9０-９]{2}|[〇零○一二三四五六七八九]{4})"


def small_int(token: str) -> int | None:
    """The value of a short numeral token: Arabic (either width) or Chinese, up to 99 or four digits.

    >>> small_int("１２"), small_int("十二"), small_int("三十一"), small_int("廿三"), small_int("二〇一八")
    (12, 12, 31, 23, 2018)
    >>> small_int("x") is None
    True
    """
    t = token.strip().translate(_WIDE)
    if not t:
        return None
    if t.isascii() and t.isdigit():
        return int(t)
    if all(c in _CN_DIGITS for c in t):
        if len(t) == 1:
            return _CN_DIGITS[t]
        if len(t) == 4:  # a year written digit by digit
            return int("".join(str(_CN_DIGITS[c]) for c in t))
        return None
    t = t.replace("廿", "二十").replace("卅", "三十")
    if t.count("十") != 1 or len(t) > 3:
        return None
    tens, _, ones = t.partition("十")
    if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


_NOT_BEFORE_DIGIT = r"(?<![0-9０-９.．A-Za-z\-－/／])"
_NOT_BEFORE_CN = r"(?<![〇零○一二三四五六七八九十百千万两第个])"
_Y4 = r"(?:1[89]|20|１[８９]|２０)[0-9０-９]{2}"
#: a day of the month standing alone (17日, 十三日): Arabic 1–31 or a Chinese numeral from 十
DAY_ONLY = r"(?:[0-9０-９]{1,2}|[二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?)"
# (an optional part is written ``(?:…|)``, not ``(?:…)?``: the same matches, but ``re`` tries
# a branch where it would enter a repeat, with an allocation, after every year)
_DATE = regex.compile(
    rf"""
    (?P<range>{_NOT_BEFORE_DIGIT}(?P<ry1>{_Y4})[ \u3000]?(?:[-－—–~～至到])[ \u3000]?
        (?P<ry2>{_Y4})[ \u3000]?年)
  | (?P<num>{_NOT_BEFORE_DIGIT}(?P<ny>{_Y4})(?P<sep>[-/.－／．])(?P<nm>[0-9０-９]{{1,2}})(?P=sep)
        (?P<nd>[0-9０-９]{{1,2}})(?![0-9０-９]|[-/.－／．][0-9０-９]))
  | (?P<ymd>
        (?:(?P<rel>今年|去年|明年|前年|后年)|{_NOT_BEFORE_DIGIT}{_NOT_BEFORE_CN}(?P<y>{YEAR})[ \u3000]?年
          |{_NOT_BEFORE_DIGIT}(?P<y2>[0-9０-９]{{2}})年(?=[ \u3000]?[0-9０-９]{{1,2}}[ \u3000]?月))
        (?:[ \u3000]?(?P<m>{MONTH})[ \u3000]?月(?:[ \u3000]?(?P<d>{DAY})[ \u3000]?[日号]|份|)|)
      | {_NOT_BEFORE_DIGIT}{_NOT_BEFORE_CN}(?P<m2>{MONTH})[ \u3000]?月(?:[ \u3000]?(?P<d2>{DAY})[ \u3000]?[日号]|份|)
    )
  | (?P<relm>(?:上个?|本|下个?)月(?![份底初末中]?[0-9０-９一二三四五六七八九十]))
  | (?P<dayonly>{_NOT_BEFORE_DIGIT}(?<![月第每逢初周前近数几余多廿卅十〇零○一二三四五六七八九两])(?P<dd>{DAY_ONLY})日
        (?![元游内之以左余多来间])(?!前后))
    """,
    regex.VERBOSE,
)
#: every character a match of ``_DATE`` can start with (a digit, a Chinese numeral, the
#: first character of 今年/去年/明年/前年/后年 and of 上月/本月/下月)
_DATE_FIRST = "0-9０-９〇零○一二三四五六七八九十廿卅今去明前后上本下"
# The pattern that scans: ``_DATE`` compiled by stdlib ``re`` behind a lookahead on the
# characters a date can start with. ``re`` rejects every other position at that one test,
# where ``regex`` tries the alternatives (and their look-behinds) at every numeral and ``re``
# without the lookahead at every position: it scans prose and numeral-dense text (statistics
# tables, pages of one-character lines) about 3x faster than ``regex``, and dense text 1.5-2x
# faster than ``re`` without it. tests/test_dates.py checks that the two find the same matches.
# A date that starts with a Chinese numeral (a year in Chinese digits, a month, a day) never
# starts right after a Chinese numeral or 第 (the look-behinds of those alternatives) and holds
# 年, 月 or 日 within its first six characters: a page of numerals is mostly rejected there,
# and any other first character passes at its first test.
_CN_DATE_GATE = r"(?![〇零○一二三四五六七八九十廿卅](?:(?<=[〇零○一二三四五六七八九十两第].)|(?!.{0,4}[年月日])))"
_DATE_SCAN = re.compile(rf"(?=[{_DATE_FIRST}]){_CN_DATE_GATE}(?:{_DATE.pattern})", re.VERBOSE)


def _may_hold_date(text: str) -> bool:
    """Whether ``text`` holds a character of which every match of ``_DATE`` holds one: 年, 月
    or 日, or a separator of a numeric date (``2024-04-05``). Most paragraphs hold none; the
    test costs a fraction of the scan.

    >>> _may_hold_date("全县召开推进会"), _may_hold_date("7月22日"), _may_hold_date("2024.04.05")
    (False, True, True)
    """
    return (
        "年" in text or "月" in text or "日" in text or "-" in text or "/" in text or "." in text
        or "－" in text or "／" in text or "．" in text
    )


def _nearest_year(two_digits: int, anchor: int | None) -> int | None:
    """The year ending in ``two_digits`` nearest ``anchor`` (``None`` without an anchor).

    >>> _nearest_year(15, 2016), _nearest_year(98, 2016), _nearest_year(3, 1999)
    (2015, 1998, 2003)
    """
    if anchor is None:
        return None
    base = anchor - anchor % 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda y: (abs(y - anchor), y))


_REL_OFFSET = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or not 1 <= day <= 31:
            return False
        try:
            datetime.date(year if year is not None else 2000, month, day)  # 2000: a leap year
        except ValueError:
            return False
    return year is None or 1800 <= year <= 2099


@attrs.frozen
class DateParser:
    """Finds dates in a string; ``year`` (or else ``reference_date``'s year) anchors yearless ones.

    >>> p = DateParser(year=2022)
    >>> [(h.text, h.value.date, h.rule) for h in p.scan("2018年6月大连市与六盘水市举行对口帮扶会议,今年7月")]
    [('2018年6月', '2018-06', 'date.ymd'), ('今年7月', '2022-07', 'date.relative')]
    >>> [h.value.date for h in DateParser().scan("认真做好2016-2020年“雨露计划”工作")]
    ['2016', '2020']
    """

    reference_date: datetime.date | None = None
    year: int | None = None
    #: the month that day-only dates (``17日``) and ``上月``/``本月`` count from: the dateline's,
    #: the published line's or the page's; else ``reference_date``'s
    month: int | None = None
    name: str = "dates"

    @property
    def anchor(self) -> int | None:
        """The year that yearless dates and ``今年`` resolve to: ``year``, else ``reference_date``'s year.

        >>> DateParser(year=2021, reference_date=datetime.date(2022, 8, 1)).anchor
        2021
        >>> DateParser(reference_date=datetime.date(2022, 8, 1)).anchor
        2022
        >>> DateParser().anchor is None
        True
        """
        if self.year is not None:
            return self.year
        return self.reference_date.year if self.reference_date is not None else None

    def scan(self, text: str) -> Iterator[Hit[DateMention]]:
        """Yield every date mention in ``text``, in order.

        >>> [(h.text, h.value.date, h.rule) for h in DateParser(year=2022).scan("发布时间:2022-07-18,7月22日上午")]
        [('2022-07-18', '2022-07-18', 'date.numeric'), ('7月22日', '2022-07-22', 'date.md')]
        >>> [h.value.date for h in DateParser().scan("7月22日上午")]
        ['--07-22']
        """
        for s, e, y, mo, d, rule in self._mentions(text):
            span = Span(s, e)
            surface = text[s:e]
            yield Hit(span, surface, DateMention(text=surface, span=span, year=y, month=mo, day=d), rule)

    def _mentions(self, text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None, str]]:
        """What :meth:`scan` yields as plain tuples ``(start, end, year, month, day, rule)``:
        the date stage builds one record per mention, at its final span (a page can hold a
        date every few characters)."""
        if not _may_hold_date(text):
            return
        anchor = self.anchor
        month_ctx = self.month
        if month_ctx is None and self.reference_date is not None and self.year in (None, self.reference_date.year):
            month_ctx = self.reference_date.month
        # A match is read from its surface and its alternative alone (the anchor and month are
        # the parser's): a surface met again (a page can repeat 2024年 or 5月 many times) is
        # not read again. The memo lives for one call and holds a bounded number of surfaces.
        memo: dict[tuple[str, str | None], tuple[_Reading, ...]] = {}
        for m in _DATE_SCAN.finditer(text):
            # the alternative that matched is the outermost group, the last to close: one
            # look-up instead of a group() call per alternative
            key = (m.group(), m.lastgroup)
            readings = memo.get(key)
            if readings is None:
                readings = _read(m, anchor, month_ctx)
                if len(memo) < _MEMO_SIZE:
                    memo[key] = readings
            if readings:
                at = m.start()
                for s, e, y, mo, d, rule in readings:
                    yield at + s, at + e, y, mo, d, rule


#: a reading of a date match: (start, end) relative to the match, year, month, day, rule
_Reading = tuple[int, int, int | None, int | None, int | None, str]
_MEMO_SIZE = 4096


def _read(m: re.Match[str], anchor: int | None, month_ctx: int | None) -> tuple[_Reading, ...]:
    """What a match of ``_DATE_SCAN`` says, as :meth:`DateParser._mentions` yields it, with
    offsets relative to the match: none (not a valid date), one, or two (a range of years)."""
    kind = m.lastgroup
    at = m.start()
    length = m.end() - at
    if kind == "relm":
        if anchor is None or month_ctx is None:
            return ()
        word = m.group("relm")
        offset = -1 if word[0] == "上" else 1 if word[0] == "下" else 0
        y, mo = divmod((anchor * 12 + month_ctx - 1) + offset, 12)
        return ((0, length, y, mo + 1, None, "date.relative_month"),)
    if kind == "dayonly":
        day = small_int(m.group("dd"))
        if month_ctx is None or day is None or not _valid(anchor, month_ctx, day):
            return ()
        return ((0, length, anchor, month_ctx, day, "date.day"),)
    if kind == "range":
        s1, e1 = m.span("ry1")
        s2 = m.start("ry2")
        return (
            (s1 - at, e1 - at, int(m.group("ry1").translate(_WIDE)), None, None, "date.range"),
            (s2 - at, length, int(m.group("ry2").translate(_WIDE)), None, None, "date.range"),
        )
    if kind == "num":
        y, mo, d = (int(m.group(g).translate(_WIDE)) for g in ("ny", "nm", "nd"))
        return ((0, length, y, mo, d, "date.numeric"),) if _valid(y, mo, d) else ()
    rel, ys, y2, ms, m2, ds, d2 = m.group("rel", "y", "y2", "m", "m2", "d", "d2")
    ms, ds = ms or m2, ds or d2
    # a year in ASCII digits (the common case) needs no numeral reader
    year = (int(ys) if ys.isascii() else small_int(ys)) if ys else None
    if y2:
        # 15年3月2日: a two-digit year, the one of its century nearest the page's year
        ys = y2
        year = _nearest_year(int(ys.translate(_WIDE)), anchor)
        if year is None:
            ys = None
    month = small_int(ms) if ms else None
    day = small_int(ds) if ds else None
    if (ys and year is None) or (ms and month is None) or (ds and day is None):
        return ()
    rule = "date.ymd" if ys else "date.md"
    if rel is not None:
        rule = "date.relative"
        if anchor is None:
            if month is None:
                return ()  # a bare 今年 with nothing to anchor it says nothing
        else:
            year = anchor + _REL_OFFSET[rel]
    elif year is None:
        year = anchor
    if not _valid(year, month, day):
        return ()
    return ((0, length, year, month, day, rule),)


def find_dates(
    text: str, reference_date: datetime.date | None = None, *, year: int | None = None
) -> list[DateMention]:
    """The date mentions of ``text``; yearless ones take ``year`` or ``reference_date``'s year.

    >>> [(d.text, d.date) for d in find_dates("7月22日上午,在聊城市新闻发布会上")]
    [('7月22日', '--07-22')]
    >>> [d.date for d in find_dates("今年5月30日前全部确权到村", datetime.date(2020, 7, 23))]
    ['2020-05-30']
    >>> [d.date for d in find_dates("二〇一八年十二月启动建设, １２月３１日")]
    ['2018-12', '--12-31']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes str, not {type(text).__name__}")
    return [h.value for h in DateParser(reference_date=reference_date, year=year).scan(text)]


class DateStage:
    """Stage ``dates``: fills ``Article.dates`` from the title, subtitle and paragraphs.

    Yearless dates take the year of the article's published line or dateline, else of
    the page date (a masthead ``XX日报 2025年6月18日 星期三`` or a page label with a date,
    which the noise stage has judged chrome), else of ``reference_date``; day-only dates
    (``17日``) take the month of the dateline, the published line or the page date.

    >>> import govnews
    >>> doc = govnews.parse("标题\\n发布日期:2024-04-05\\n4月3日,会议在辰泰重钢召开。")
    >>> [(d.text, d.date) for d in doc.articles[0].dates]
    [('4月3日', '2024-04-03')]
    """

    name = "dates"

    def run(self, state: ParseState) -> None:
        pages = page_dates(state)
        page_starts = [start for start, _ in pages]
        for art in state.articles:
            k = bisect.bisect_right(page_starts, art.span.start) - 1
            page = pages[k][1] if k >= 0 else (pages[0][1] if pages else None)
            dl = art.dateline
            if dl is not None and dl.date is None and dl.month is not None and page is not None:
                # 本报上海1月4日讯 under a page of 2024-01-05: the page gives the dateline its year
                art.dateline = _dated(dl, page.year - (1 if dl.month > page.month + 1 else 0))
            year, month = _context(art.published.date if art.published else None, art.dateline, page,
                                   state.reference_date)
            parser = DateParser(year=year, month=month)
            views = [v for v in (art.title, art.subtitle) if v is not None] + list(art.paragraphs)
            # the spans already taken, each as one integer (start * stride + end): no tuple
            # per mention for the collector to count
            seen: set[int] = set()
            stride = len(state.text) + 1
            for i, view in enumerate(views):
                vt, starts, bases = view.text, view.starts, view.bases
                n = len(starts)
                if n == 1 and starts[0] == 0:
                    # one piece (a line): every mention is in it, at one shift, and no two of
                    # them share a span: only an earlier view can have taken one, and only a
                    # later view needs to know this one's
                    shift = bases[0]
                    check, record = bool(seen), i + 1 < len(views)
                    for s, e, y, mo, d, _ in parser._mentions(vt):
                        if check or record:
                            key = (s + shift) * stride + e + shift
                            if check and key in seen:
                                continue
                            if record:
                                seen.add(key)
                        art.dates.append(_mention(vt[s:e], make_span(s + shift, e + shift), y, mo, d))
                    continue
                for s, e, y, mo, d, _ in parser._mentions(vt):
                    k = bisect.bisect_right(starts, s) - 1
                    if k >= 0 and (k + 1 == n or e <= starts[k + 1]):
                        # inside one piece (the common case): a shift, what whole_base_span gives
                        shift = bases[k] - starts[k]
                        key = (s + shift) * stride + e + shift
                        if key in seen:
                            continue
                        span = make_span(s + shift, e + shift)
                    else:
                        whole = view.whole_base_span(Span(s, e), state.text)
                        if whole is None:
                            continue  # a match across cut-out content (a byline, noise, a title): not one date
                        span = whole
                        key = span.start * stride + span.end
                        if key in seen:
                            continue
                    seen.add(key)
                    art.dates.append(_mention(vt[s:e], span, y, mo, d))


def _mention(text: str, span: Span, year: int | None, month: int | None, day: int | None) -> DateMention:
    """``DateMention(text=text, span=span, year=year, month=month, day=day)`` for the hot loop
    (keywords cost; the fields come from :meth:`DateParser._mentions`, valid by construction).

    >>> _mention("5月", Span(7, 9), None, 5, None) == DateMention(text="5月", span=Span(7, 9), month=5)
    True
    """
    new: DateMention = _NEW(DateMention)
    _DM_TEXT(new, text)
    _DM_SPAN(new, span)
    _DM_YEAR(new, year)
    _DM_MONTH(new, month)
    _DM_DAY(new, day)
    return new


_NEW = object.__new__
# the slots' own setters: what object.__setattr__ finds by name on each call
_DM_TEXT: Callable[[DateMention, str], None] = DateMention.__dict__["text"].__set__
_DM_SPAN: Callable[[DateMention, Span], None] = DateMention.__dict__["span"].__set__
_DM_YEAR: Callable[[DateMention, int | None], None] = DateMention.__dict__["year"].__set__
_DM_MONTH: Callable[[DateMention, int | None], None] = DateMention.__dict__["month"].__set__
_DM_DAY: Callable[[DateMention, int | None], None] = DateMention.__dict__["day"].__set__


def _dated(dateline: Dateline, year: int) -> Dateline:
    """``dateline`` with its ``date`` in ``year`` (unchanged when month and day make no date)."""
    if dateline.month is None or dateline.day is None or not _valid(year, dateline.month, dateline.day):
        return dateline
    return attrs.evolve(dateline, date=datetime.date(year, dateline.month, dateline.day))


def _context(
    published: datetime.date | None,
    dateline: Dateline | None,
    page: datetime.date | None,
    reference: datetime.date | None,
) -> tuple[int | None, int | None]:
    """(year, month) that an article's yearless and day-only dates count from.

    >>> d = Dateline(text="", span=Span(0, 0), outlet="新华社", month=1, day=21)
    >>> _context(None, d, datetime.date(2025, 1, 22), None)
    (2025, 1)
    >>> _context(datetime.date(2024, 5, 16), None, None, None), _context(None, None, None, None)
    ((2024, 5), (None, None))
    """
    year = month = None
    for source in (published, dateline.date if dateline is not None else None, page, reference):
        if source is not None:
            year, month = source.year, source.month
            break
    if dateline is not None and dateline.month is not None:
        if dateline.date is None and year is not None and month is not None and dateline.month > month + 1:
            year -= 1  # a December dateline on a January page
        month = dateline.month
    return year, month


#: a date on a chrome line: a masthead (``德州日报 2025年6月18日 星期三``) or a page label
_PAGE_DATE = re.compile(
    r"(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})(?:[ \u3000]?年[ \u3000]?|[-/.－／．])"
    r"([0-9０-９]{1,2})(?:[ \u3000]?月[ \u3000]?|[-/.－／．])([0-9０-９]{1,2})(?![0-9０-９])"
)
#: what every match of ``_PAGE_DATE`` starts with, as a pattern ``re`` finds fast (its first
#: character is a class, which ``re`` skips to; the look-behind of ``_PAGE_DATE`` makes it
#: try every position): it finds the lines worth a look
_PAGE_DATE_GATE = re.compile(r"[12１２][09０９][0-9０-９]{2}(?:[ \u3000]?年|[-/.－／．])")


_FOREIGN_KINDS = frozenset({"duplicate", "injected", "recommendations", "link_farm"})


def page_dates(state: ParseState) -> list[tuple[int, datetime.date]]:
    """The page dates of ``state``: (working-text offset, date) of every chrome line (noise,
    outside the articles' text) that carries a full date, in page order.

    Such a line is the masthead or the page label of the articles under it; it is never
    their ``published`` date, but it gives the year and month to their yearless dates.
    """
    out: list[tuple[int, datetime.date]] = []
    # a copy of the page, spam or a list of other articles carries no date of this page
    foreign: tuple[list[int], list[int]] | None = None
    # only the chrome lines are read, and of them only those a full date may start in (the
    # gate never crosses a line break): a page of 10^6 one-character lines is not walked
    lines = state.lines
    for k in state.noise_lines_matching(_PAGE_DATE_GATE):
        line = lines[k]
        if len(line.text) > 80:
            continue
        m = _PAGE_DATE.search(line.text)
        if m is None:
            continue
        if foreign is None:
            foreign = merge_spans(n.span for n in state.noise if n.kind in _FOREIGN_KINDS)
        if foreign[0] and overlaps_merged(line.span, *foreign):
            continue
        y, mo, d = (int(g.translate(_WIDE)) for g in m.groups())
        if not _valid(y, mo, d):
            continue
        out.append((line.span.start, datetime.date(y, mo, d)))
    return out
