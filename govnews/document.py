"""The document model: typed, frozen records for everything ``parse`` returns.

All spans here are offsets into the *original* text given to :func:`govnews.parse`.
``Document.to_dict()`` writes schema ``govnews.document/1`` (see ``docs/schema.md``)
and ``Document.from_dict()`` reads it back.

>>> fact = Fact(text="近2万人", span=Span(0, 4), value=Decimal("20000"), unit="人",
...             object="技术技能人才", qualifier="approx")
>>> fact.to_dict()["value"]
'20000'
>>> Fact.from_dict(fact.to_dict()) == fact
True
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, get_args

import attrs

from govnews.core import Span

__all__ = [
    "SCHEMA",
    "Article",
    "Byline",
    "DateMention",
    "Dateline",
    "Document",
    "Extra",
    "Fact",
    "Heading",
    "Noise",
    "NoiseKind",
    "Person",
    "Published",
    "Qualifier",
    "Repair",
    "Text",
    "decimal_str",
    "json_schema",
]

SCHEMA = "govnews.document/1"

Qualifier = Literal["approx", "over", "at_least", "at_most", "under"]
NoiseKind = Literal[
    "footer",
    "recommendations",
    "link_farm",
    "site_chrome",
    "social_prompt",
    "injected",
    "duplicate",
    "metadata",
]
JSONScalar = str | int | float | bool | None

R = TypeVar("R")


def decimal_str(value: Decimal) -> str:
    """An exact decimal string without exponent or trailing zeros.

    >>> decimal_str(Decimal("2.7") * 10**8), decimal_str(Decimal("14978.060"))
    ('270000000', '14978.06')
    """
    s = format(value.normalize(), "f")
    return "0" if s in ("-0", "0") else s


class _BadField(ValueError):
    """A malformed field in a dict given to ``from_dict``: ``path`` says where."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem

    def under(self, prefix: str) -> _BadField:
        sep = "" if self.path.startswith("[") else "."
        return _BadField(f"{prefix}{sep}{self.path}", self.problem)


def _as_span(v: Any) -> Span:
    if not isinstance(v, (list, tuple)) or len(v) != 2 or not all(_is_int(x) for x in v):
        raise ValueError(f"expected [start, end] of two integers, got {v!r}")
    return Span(v[0], v[1])


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _as_int(v: Any) -> int:
    if not _is_int(v):
        raise ValueError(f"expected an integer, got {v!r}")
    return int(v)


def _as_str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError(f"expected a string, got {v!r}")
    return v


def _as_decimal(v: Any) -> Decimal:
    if not isinstance(v, (str, int)) or isinstance(v, bool):
        raise ValueError(f"expected a decimal string, got {v!r}")
    try:
        value = Decimal(v)
    except ArithmeticError:
        raise ValueError(f"expected a decimal string, got {v!r}") from None
    if not value.is_finite():
        raise ValueError(f"expected a finite decimal, got {v!r}")
    return value


def _as_float(v: Any) -> float:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError(f"expected a number, got {v!r}")
    return float(v)


def _as_date(v: Any) -> datetime.date:
    return datetime.date.fromisoformat(_as_str(v))


def _as_time(v: Any) -> datetime.time:
    return datetime.time.fromisoformat(_as_str(v))


def _as_scalar(v: Any) -> JSONScalar:
    if not isinstance(v, (str, int, float, bool)):
        raise ValueError(f"expected a JSON scalar, got {type(v).__name__}")
    return v


def _one_of(*allowed: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in allowed:
            raise ValueError(f"expected one of {', '.join(allowed)}, got {v!r}")
        return str(v)

    return check


def _get(d: Mapping[str, Any], key: str, conv: Callable[[Any], R]) -> R:
    """``conv(d[key])``; a missing key or a value ``conv`` refuses is a ``ValueError`` naming ``key``."""
    if key not in d:
        raise _BadField(key, "missing")
    try:
        return conv(d[key])
    except _BadField as e:
        raise e.under(key) from None
    except (TypeError, ValueError, ArithmeticError) as e:
        raise _BadField(key, str(e) or type(e).__name__) from None


def _opt_get(d: Mapping[str, Any], key: str, conv: Callable[[Any], R]) -> R | None:
    """Like :func:`_get`, but a missing key or ``None`` gives ``None``."""
    return None if d.get(key) is None else _get(d, key, conv)


def _get_or(d: Mapping[str, Any], key: str, conv: Callable[[Any], R], default: R) -> R:
    """Like :func:`_get`, but a missing key or ``None`` gives ``default``."""
    return default if d.get(key) is None else _get(d, key, conv)


def _span(d: Mapping[str, Any]) -> Span:
    return _get(d, "span", _as_span)


def _record(cls: type[R]) -> Callable[[Any], R]:
    """A converter that reads a nested record with ``cls.from_dict``."""

    def read(v: Any) -> R:
        if not isinstance(v, Mapping):
            raise ValueError(f"expected an object, got {type(v).__name__}")
        out: R = cls.from_dict(v)  # type: ignore[attr-defined]
        return out

    return read


def _records(cls: type[R]) -> Callable[[Any], tuple[R, ...]]:
    """A converter that reads a list of records, naming the index of a malformed one."""
    read = _record(cls)

    def read_all(v: Any) -> tuple[R, ...]:
        if not isinstance(v, (list, tuple)):
            raise ValueError(f"expected a list, got {type(v).__name__}")
        out = []
        for i, x in enumerate(v):
            try:
                out.append(read(x))
            except _BadField as e:
                raise e.under(f"[{i}]") from None
            except ValueError as e:
                raise _BadField(f"[{i}]", str(e)) from None
        return tuple(out)

    return read_all


def _list(d: Mapping[str, Any], key: str, cls: type[R]) -> tuple[R, ...]:
    out = _opt_get(d, key, _records(cls))
    return () if out is None else out


def _opt(d: Mapping[str, Any], key: str, cls: type[R]) -> R | None:
    return _opt_get(d, key, _record(cls))


@attrs.frozen
class Text:
    """A cleaned piece of text and the span of its source.

    >>> Text("校企合作", Span(4, 8)).to_dict()
    {'text': '校企合作', 'span': [4, 8]}
    """

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Text("校企合作", Span(4, 8)).to_dict()
        >>> sorted(d)[:3]
        ['span', 'text']
        """
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Text:
        """Inverse of :meth:`to_dict`.

        >>> x = Text("校企合作", Span(4, 8))
        >>> Text.from_dict(x.to_dict()) == x
        True
        """
        return cls(_get(d, "text", _as_str), _span(d))


@attrs.frozen(kw_only=True)
class Dateline:
    """The agency-style opening of a report, such as ``本报聊城7月23日讯``.

    >>> Dateline(text="本报聊城7月23日讯", span=Span(0, 10), outlet="本报", place="聊城",
    ...          month=7, day=23, kind="讯").to_dict()["date"] is None
    True
    """

    text: str
    span: Span
    outlet: str
    place: str | None = None
    month: int | None = None
    day: int | None = None
    kind: str = "讯"
    date: datetime.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Dateline(text="本报聊城7月23日讯", span=Span(0, 10), outlet="本报", place="聊城",
        ...              month=7, day=23).to_dict()
        >>> sorted(d)[:3]
        ['date', 'day', 'kind']
        """
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "outlet": self.outlet,
            "place": self.place,
            "month": self.month,
            "day": self.day,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Dateline:
        """Inverse of :meth:`to_dict`.

        >>> x = Dateline(text="本报聊城7月23日讯", span=Span(0, 10), outlet="本报", place="聊城",
        ...              month=7, day=23)
        >>> Dateline.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            text=_get(d, "text", _as_str),
            span=_span(d),
            outlet=_get(d, "outlet", _as_str),
            place=_opt_get(d, "place", _as_str),
            month=_opt_get(d, "month", _as_int),
            day=_opt_get(d, "day", _as_int),
            kind=_get_or(d, "kind", _as_str, "讯"),
            date=_opt_get(d, "date", _as_date),
        )


@attrs.frozen(kw_only=True)
class Published:
    """When the page says it was published.

    >>> Published(date=datetime.date(2022, 7, 18), time=datetime.time(21, 35, 23),
    ...           span=Span(0, 24)).to_dict()
    {'date': '2022-07-18', 'time': '21:35:23', 'span': [0, 24]}
    """

    date: datetime.date
    time: datetime.time | None = None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Published(date=datetime.date(2024, 4, 5), span=Span(22, 37)).to_dict()
        >>> sorted(d)[:3]
        ['date', 'span', 'time']
        """
        return {
            "date": self.date.isoformat(),
            "time": self.time.isoformat() if self.time else None,
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Published:
        """Inverse of :meth:`to_dict`.

        >>> x = Published(date=datetime.date(2024, 4, 5), span=Span(22, 37))
        >>> Published.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            date=_get(d, "date", _as_date),
            time=_opt_get(d, "time", _as_time),
            span=_span(d),
        )


@attrs.frozen(kw_only=True)
class Person:
    """A named person in a byline, with role (``记者``, ``通讯员``, ``责任编辑`` …) and organisation.

    >>> Person(name="杨丽宁", role="记者", org="泰安日报社").to_dict()
    {'name': '杨丽宁', 'role': '记者', 'org': '泰安日报社'}
    """

    name: str
    role: str | None = None
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Person(name="张同建", role="记者").to_dict()
        >>> sorted(d)[:3]
        ['name', 'org', 'role']
        """
        return {"name": self.name, "role": self.role, "org": self.org}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Person:
        """Inverse of :meth:`to_dict`.

        >>> x = Person(name="张同建", role="记者")
        >>> Person.from_dict(x.to_dict()) == x
        True
        """
        return cls(name=_get(d, "name", _as_str), role=_opt_get(d, "role", _as_str), org=_opt_get(d, "org", _as_str))


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote or edited the article.

    >>> b = Byline(text="(孙希国刘泓)", span=Span(0, 7),
    ...            people=(Person(name="孙希国"), Person(name="刘泓")))
    >>> [p.name for p in b.people]
    ['孙希国', '刘泓']
    """

    text: str
    span: Span
    people: tuple[Person, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Byline(text="(记者 张同建)", span=Span(10, 18), people=(Person(name="张同建", role="记者"),)).to_dict()
        >>> sorted(d)[:3]
        ['people', 'span', 'text']
        """
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Byline:
        """Inverse of :meth:`to_dict`.

        >>> x = Byline(text="(记者 张同建)", span=Span(10, 18), people=(Person(name="张同建", role="记者"),))
        >>> Byline.from_dict(x.to_dict()) == x
        True
        """
        return cls(text=_get(d, "text", _as_str), span=_span(d), people=_list(d, "people", Person))


@attrs.frozen(kw_only=True)
class Heading:
    """A section heading inside an article.

    >>> Heading(text="搭建校企互动平台", span=Span(0, 9), level=1).to_dict()["marker"] is None
    True
    """

    text: str
    span: Span
    level: int
    marker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Heading(text="总体要求", span=Span(0, 6), level=1, marker="一、").to_dict()
        >>> sorted(d)[:3]
        ['level', 'marker', 'span']
        """
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "level": self.level,
            "marker": self.marker,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Heading:
        """Inverse of :meth:`to_dict`.

        >>> x = Heading(text="总体要求", span=Span(0, 6), level=1, marker="一、")
        >>> Heading.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            text=_get(d, "text", _as_str),
            span=_span(d),
            level=_get(d, "level", _as_int),
            marker=_opt_get(d, "marker", _as_str),
        )


@attrs.frozen(kw_only=True)
class Fact:
    """A quantity: exact value (``Decimal``), unit or measure word, qualifier, and what it counts.

    >>> Fact(text="3至5年", span=Span(0, 4), value=Decimal(3), value_max=Decimal(5),
    ...      unit="年").to_dict()["value_max"]
    '5'
    """

    text: str
    span: Span
    value: Decimal
    unit: str
    value_max: Decimal | None = None
    object: str | None = None
    qualifier: Qualifier | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Fact(text="2.7亿元", span=Span(0, 5), value=Decimal("270000000"), unit="元").to_dict()
        >>> sorted(d)[:3]
        ['object', 'qualifier', 'span']
        """
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "value": decimal_str(self.value),
            "value_max": None if self.value_max is None else decimal_str(self.value_max),
            "unit": self.unit,
            "object": self.object,
            "qualifier": self.qualifier,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Fact:
        """Inverse of :meth:`to_dict`.

        >>> x = Fact(text="2.7亿元", span=Span(0, 5), value=Decimal("270000000"), unit="元")
        >>> Fact.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            text=_get(d, "text", _as_str),
            span=_span(d),
            value=_get(d, "value", _as_decimal),
            value_max=_opt_get(d, "value_max", _as_decimal),
            unit=_get(d, "unit", _as_str),
            object=_opt_get(d, "object", _as_str),
            qualifier=_opt_get(d, "qualifier", _one_of(*get_args(Qualifier))),  # type: ignore[arg-type]
        )


def make_fact(
    text: str,
    span: Span,
    value: Decimal,
    unit: str,
    value_max: Decimal | None,
    obj: str | None,
    qualifier: Qualifier | None,
) -> Fact:
    """``Fact(text=text, span=span, value=value, unit=unit, value_max=value_max,
    object=obj, qualifier=qualifier)`` for the fact stage's hot loop: the fields come
    from the fact parser, valid by construction, and are stored without keywords.

    >>> make_fact("2万人", Span(0, 3), Decimal(20000), "人", None, None, "approx") == Fact(
    ...     text="2万人", span=Span(0, 3), value=Decimal(20000), unit="人", qualifier="approx")
    True
    """
    f: Fact = _NEW(Fact)
    _FACT_TEXT(f, text)
    _FACT_SPAN(f, span)
    _FACT_VALUE(f, value)
    _FACT_UNIT(f, unit)
    _FACT_VALUE_MAX(f, value_max)
    _FACT_OBJECT(f, obj)
    _FACT_QUALIFIER(f, qualifier)
    return f


_FACT_TEXT: Callable[[Fact, str], None] = Fact.__dict__["text"].__set__
_FACT_SPAN: Callable[[Fact, Span], None] = Fact.__dict__["span"].__set__
_FACT_VALUE: Callable[[Fact, Decimal], None] = Fact.__dict__["value"].__set__
_FACT_UNIT: Callable[[Fact, str], None] = Fact.__dict__["unit"].__set__
_FACT_VALUE_MAX: Callable[[Fact, Decimal | None], None] = Fact.__dict__["value_max"].__set__
_FACT_OBJECT: Callable[[Fact, str | None], None] = Fact.__dict__["object"].__set__
_FACT_QUALIFIER: Callable[[Fact, Qualifier | None], None] = Fact.__dict__["qualifier"].__set__


@attrs.frozen(kw_only=True)
class DateMention:
    """A date in the running text; ``year`` is ``None`` when nothing on the page gives it.

    >>> DateMention(text="7月22日", span=Span(0, 5), month=7, day=22).date
    '--07-22'
    >>> DateMention(text="2018年6月", span=Span(0, 7), year=2018, month=6).date
    '2018-06'
    """

    text: str
    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> str | None:
        """ISO-8601 form, partial where parts are unknown: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD``.

        >>> DateMention(text="今年3月10日", span=Span(0, 7), year=2024, month=3, day=10).date
        '2024-03-10'
        """
        y, m, d = self.year, self.month, self.day
        if y is not None:
            if m is None:
                return f"{y:04d}"
            return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"
        if m is not None and d is not None:
            return f"--{m:02d}-{d:02d}"
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form; the parts are kept too, so that a month without a year survives.

        >>> DateMention(text="2018年6月", span=Span(0, 7), year=2018, month=6).to_dict()["date"]
        '2018-06'
        """
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "date": self.date,
            "year": self.year,
            "month": self.month,
            "day": self.day,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DateMention:
        """Inverse of :meth:`to_dict`.

        >>> x = DateMention(text="2018年6月", span=Span(0, 7), year=2018, month=6)
        >>> DateMention.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            text=_get(d, "text", _as_str),
            span=_span(d),
            year=_opt_get(d, "year", _as_int),
            month=_opt_get(d, "month", _as_int),
            day=_opt_get(d, "day", _as_int),
        )


@attrs.frozen(kw_only=True)
class Noise:
    """A span judged not to be article content, with the rule that judged it.

    >>> Noise(kind="footer", text="版权所有", span=Span(0, 4), rule="footer.copyright").to_dict()["kind"]
    'footer'
    """

    kind: NoiseKind
    text: str
    span: Span
    rule: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Noise(kind="footer", text="版权所有", span=Span(0, 4), rule="footer.copyright").to_dict()
        >>> sorted(d)[:3]
        ['confidence', 'kind', 'rule']
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "span": self.span.to_list(),
            "rule": self.rule,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Noise:
        """Inverse of :meth:`to_dict`.

        >>> x = Noise(kind="footer", text="版权所有", span=Span(0, 4), rule="footer.copyright")
        >>> Noise.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            kind=_get(d, "kind", _one_of(*get_args(NoiseKind))),  # type: ignore[arg-type]
            text=_get(d, "text", _as_str),
            span=_span(d),
            rule=_get_or(d, "rule", _as_str, ""),
            confidence=_get_or(d, "confidence", _as_float, 1.0),
        )


@attrs.frozen(kw_only=True, init=False)
class Repair:
    """One change normalisation made: what stood at ``span`` (``before``) and what it became.

    >>> Repair(kind="pinyin", span=Span(1, 5), before="(fā)", after="").to_dict()["kind"]
    'pinyin'
    """

    kind: str
    span: Span
    before: str
    after: str
    rule: str = ""

    def __init__(self, *, kind: str, span: Span, before: str, after: str, rule: str = "") -> None:
        # hand-written for speed: a page of broken lines has a repair per line break
        _fill_repair(self, kind, span, before, after, rule)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Repair(kind="censored", span=Span(3, 4), before="*", after="最").to_dict()
        >>> sorted(d)[:3]
        ['after', 'before', 'kind']
        """
        return {
            "kind": self.kind,
            "span": self.span.to_list(),
            "before": self.before,
            "after": self.after,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Repair:
        """Inverse of :meth:`to_dict`.

        >>> x = Repair(kind="censored", span=Span(3, 4), before="*", after="最")
        >>> Repair.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            kind=_get(d, "kind", _as_str),
            span=_span(d),
            before=_get(d, "before", _as_str),
            after=_get(d, "after", _as_str),
            rule=_get_or(d, "rule", _as_str, ""),
        )


def make_repair(kind: str, span: Span, before: str, after: str, rule: str) -> Repair:
    """``Repair(kind=kind, span=span, before=before, after=after, rule=rule)``, for hot
    loops: positional arguments cost less than keywords (a page can hold 10^5 repairs).

    >>> make_repair("line_join", Span(3, 4), "\\n", "", "structure.broken_line") == Repair(
    ...     kind="line_join", span=Span(3, 4), before="\\n", after="", rule="structure.broken_line")
    True
    """
    r: Repair = _NEW(Repair)
    _fill_repair(r, kind, span, before, after, rule)
    return r


def _fill_repair(r: Repair, kind: str, span: Span, before: str, after: str, rule: str) -> None:
    # the fields stored through the slot descriptors: a frozen record's own ``__setattr__`` refuses
    _REPAIR_KIND(r, kind)
    _REPAIR_SPAN(r, span)
    _REPAIR_BEFORE(r, before)
    _REPAIR_AFTER(r, after)
    _REPAIR_RULE(r, rule)


_NEW = object.__new__
_REPAIR_KIND: Callable[[Repair, str], None] = Repair.__dict__["kind"].__set__
_REPAIR_SPAN: Callable[[Repair, Span], None] = Repair.__dict__["span"].__set__
_REPAIR_BEFORE: Callable[[Repair, str], None] = Repair.__dict__["before"].__set__
_REPAIR_AFTER: Callable[[Repair, str], None] = Repair.__dict__["after"].__set__
_REPAIR_RULE: Callable[[Repair, str], None] = Repair.__dict__["rule"].__set__


@attrs.frozen(kw_only=True)
class Extra:
    """A hit of a user-added parser, as stored in :attr:`Article.extras`.

    ``value`` is kept when it is a JSON scalar and written as ``str(value)`` otherwise.

    >>> Extra(parser="book_titles", text="《框架协议》", span=Span(0, 6), value="框架协议",
    ...       rule="guillemets").to_dict()["parser"]
    'book_titles'
    """

    parser: str
    text: str
    span: Span
    value: JSONScalar = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form.

        >>> d = Extra(parser="book_titles", text="《框架协议》", span=Span(0, 6), value="框架协议").to_dict()
        >>> sorted(d)[:3]
        ['parser', 'rule', 'span']
        """
        return {
            "parser": self.parser,
            "text": self.text,
            "span": self.span.to_list(),
            "value": self.value,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Extra:
        """Inverse of :meth:`to_dict`.

        >>> x = Extra(parser="book_titles", text="《框架协议》", span=Span(0, 6), value="框架协议")
        >>> Extra.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            parser=_get(d, "parser", _as_str),
            text=_get(d, "text", _as_str),
            span=_span(d),
            value=_opt_get(d, "value", _as_scalar),
            rule=_get_or(d, "rule", _as_str, ""),
        )


@attrs.frozen(kw_only=True)
class Article:
    """One article of a page, with every part the parsers found.

    >>> a = Article(span=Span(0, 10), title=Text("标题", Span(0, 2)))
    >>> sorted(a.to_dict())[:4]
    ['bylines', 'columns', 'dateline', 'dates']
    """

    span: Span
    title: Text | None = None
    subtitle: Text | None = None
    columns: tuple[Text, ...] = ()
    dateline: Dateline | None = None
    published: Published | None = None
    bylines: tuple[Byline, ...] = ()
    headings: tuple[Heading, ...] = ()
    paragraphs: tuple[Text, ...] = ()
    facts: tuple[Fact, ...] = ()
    dates: tuple[DateMention, ...] = ()
    extras: tuple[Extra, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form; ``extras`` appears only when a user parser found something.

        >>> "extras" in Article(span=Span(0, 20), title=Text("标题", Span(0, 2))).to_dict()
        False
        """
        d: dict[str, Any] = {
            "span": self.span.to_list(),
            "title": self.title.to_dict() if self.title else None,
            "subtitle": self.subtitle.to_dict() if self.subtitle else None,
            "columns": [c.to_dict() for c in self.columns],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": self.published.to_dict() if self.published else None,
            "bylines": [b.to_dict() for b in self.bylines],
            "headings": [h.to_dict() for h in self.headings],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "facts": [f.to_dict() for f in self.facts],
            "dates": [x.to_dict() for x in self.dates],
        }
        if self.extras:
            d["extras"] = [x.to_dict() for x in self.extras]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`.

        >>> x = Article(span=Span(0, 20), title=Text("标题", Span(0, 2)))
        >>> Article.from_dict(x.to_dict()) == x
        True
        """
        return cls(
            span=_span(d),
            title=_opt(d, "title", Text),
            subtitle=_opt(d, "subtitle", Text),
            columns=_list(d, "columns", Text),
            dateline=_opt(d, "dateline", Dateline),
            published=_opt(d, "published", Published),
            bylines=_list(d, "bylines", Byline),
            headings=_list(d, "headings", Heading),
            paragraphs=_list(d, "paragraphs", Text),
            facts=_list(d, "facts", Fact),
            dates=_list(d, "dates", DateMention),
            extras=_list(d, "extras", Extra),
        )


@attrs.frozen(kw_only=True)
class Document:
    """The result of :func:`govnews.parse`: articles, noise and repairs.

    >>> doc = Document(articles=(), noise=(), repairs=())
    >>> doc.to_dict()
    {'schema': 'govnews.document/1', 'articles': [], 'noise': [], 'repairs': []}
    >>> Document.from_dict(doc.to_dict()) == doc
    True
    """

    articles: tuple[Article, ...] = ()
    noise: tuple[Noise, ...] = ()
    repairs: tuple[Repair, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The plain, JSON-able dict of schema ``govnews.document/1``.

        >>> Document(articles=(Article(span=Span(0, 2)),)).to_dict()["schema"]
        'govnews.document/1'
        """
        return {
            "schema": SCHEMA,
            "articles": [a.to_dict() for a in self.articles],
            "noise": [n.to_dict() for n in self.noise],
            "repairs": [r.to_dict() for r in self.repairs],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Read a dict written by :meth:`to_dict` back into records.

        Raises ``ValueError`` for another schema, and for a malformed dict a ``ValueError``
        that names the field:

        >>> x = Document(articles=(Article(span=Span(0, 2)),))
        >>> Document.from_dict(x.to_dict()) == x
        True
        >>> d = x.to_dict()
        >>> d["articles"][0]["facts"] = [{"text": "2万人", "span": [0, 3], "unit": "人"}]
        >>> Document.from_dict(d)
        Traceback (most recent call last):
        ...
        ValueError: articles[0].facts[0].value: missing
        """
        if not isinstance(d, Mapping):
            raise ValueError(f"expected a {SCHEMA} dict, got {type(d).__name__}")
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} dict: schema={d.get('schema')!r}")
        try:
            return cls(
                articles=_list(d, "articles", Article),
                noise=_list(d, "noise", Noise),
                repairs=_list(d, "repairs", Repair),
            )
        except _BadField as e:
            raise ValueError(str(e)) from None

    def to_rows(self, source: str = "") -> dict[str, list[dict[str, Any]]]:
        """Flat rows per table (documents, articles, facts, bylines, dates, noise); see :mod:`govnews.tables`.

        >>> Document(articles=(Article(span=Span(0, 2)),)).to_rows("a")["articles"][0]["source"]
        'a'
        """
        from govnews.tables import record_rows

        return record_rows(dict(self.to_dict(), source=source))


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``govnews.document/1``, shipped as ``govnews/schema/document-1.json``.

    >>> json_schema()["title"]
    'govnews.document/1'
    """
    import importlib.resources
    import json

    text = importlib.resources.files("govnews").joinpath("schema/document-1.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
