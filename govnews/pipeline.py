"""The parse pipeline: an ordered, immutable collection of named stages.

A *stage* is any object with a ``name`` and a ``run(state)`` method that reads and
fills in a :class:`~govnews.state.ParseState`. A *parser* (see
:class:`govnews.core.Parser`) added with :meth:`Pipeline.add` is wrapped in a stage
that scans each article's paragraphs and stores its hits in ``Article.extras``.

>>> import regex
>>> from govnews.core import Hit, Span
>>> class BookTitles:
...     name = "book_titles"
...     _pattern = regex.compile(r"《([^《》\\n]{1,60})》")
...     def scan(self, text):
...         for m in self._pattern.finditer(text):
...             yield Hit(Span(m.start(), m.end()), m.group(), m.group(1), "guillemets")
>>> pipeline = DEFAULT_PIPELINE.add(BookTitles())
>>> text = "两市签订协议\\n本报讯 两市教育局签订了《框架协议》。"
>>> doc = parse(text, pipeline=pipeline)
>>> [(x.value, x.span.slice(text)) for x in doc.articles[0].extras]
[('框架协议', '《框架协议》')]
>>> "book_titles" in pipeline.names and "book_titles" not in DEFAULT_PIPELINE.names
True
"""

from __future__ import annotations

import bisect
import datetime
import gc
import operator
import threading
import warnings
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeVar, runtime_checkable

import attrs

from govnews import lines as _lines
from govnews.core import Parser, Span, Stitched, with_span
from govnews.document import (
    Article,
    Byline,
    Dateline,
    DateMention,
    Document,
    Extra,
    Fact,
    Heading,
    Noise,
    Published,
    Repair,
    Text,
    make_repair,
)
from govnews.html import looks_like_html
from govnews.normalize import Normalized, normalize
from govnews.state import ArticleDraft, ParseState

__all__ = ["DEFAULT_PIPELINE", "ParserStage", "Pipeline", "Stage", "parse"]


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline: reads and fills in the parse state.

    Any object with a ``name`` and a ``run(state)`` method is a stage:

    >>> class DropMetaBylines:
    ...     name = "drop_meta_bylines"
    ...     def run(self, state):
    ...         state.meta_bylines.clear()
    >>> isinstance(DropMetaBylines(), Stage)
    True
    >>> p = DEFAULT_PIPELINE.add(DropMetaBylines(), after="publication")
    >>> p.names.index("drop_meta_bylines") == p.names.index("publication") + 1
    True
    """

    @property
    def name(self) -> str: ...

    def run(self, state: ParseState) -> None: ...


@attrs.frozen
class ParserStage:
    """Runs a :class:`~govnews.core.Parser` over each article's paragraphs into ``Article.extras``.

    :meth:`Pipeline.add` wraps a parser in one of these for you.

    >>> from govnews.bylines import BylineParser
    >>> stage = ParserStage(BylineParser())
    >>> stage.name, isinstance(stage, Stage)
    ('bylines', True)
    """

    parser: Parser[Any]

    @property
    def name(self) -> str:
        """The stage name: the wrapped parser's ``name``.

        >>> from govnews.facts import FactParser
        >>> ParserStage(FactParser()).name
        'facts'
        """
        return self.parser.name

    def run(self, state: ParseState) -> None:
        """Scan every paragraph of every article and append the hits to the article's ``extras``.

        A hit value that is not a plain scalar is stored as its ``str``.

        >>> from govnews.facts import FactParser
        >>> text = "本报聊城7月23日讯(记者 张同建)\\n全县近2万人受益,投入2.7亿元。"
        >>> state = ParseState(original=text, norm=normalize(text))
        >>> for stage in DEFAULT_PIPELINE.stages:
        ...     stage.run(state)
        >>> ParserStage(FactParser()).run(state)
        >>> [(x.parser, x.span.slice(state.text)) for x in state.articles[0].extras]
        [('facts', '近2万人'), ('facts', '2.7亿元')]
        """
        for art in state.articles:
            for para in art.paragraphs:
                for hit in self.parser.scan(para.text):
                    value = hit.value
                    if not isinstance(value, (str, int, float, bool, type(None))):
                        value = str(value)
                    span = para.to_base_span(hit.span)
                    art.extras.append(
                        Extra(parser=self.name, text=hit.text, span=span, value=value, rule=hit.rule)
                    )


@attrs.frozen
class Pipeline:
    """An ordered, immutable collection of named stages.

    Every method returns a new pipeline; the one it was called on is unchanged.

    >>> p = DEFAULT_PIPELINE.remove("facts")
    >>> "facts" in p.names, "facts" in DEFAULT_PIPELINE.names
    (False, True)
    """

    stages: tuple[Stage, ...] = ()

    def __attrs_post_init__(self) -> None:
        names = [s.name for s in self.stages]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"stage names must be unique, repeated: {dupes}")

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order.

        >>> names = DEFAULT_PIPELINE.names
        >>> names[0], "facts" in names
        ('lines', True)
        """
        return tuple(s.name for s in self.stages)

    def __getitem__(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(name)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no stage named {name!r}; stages are {list(self.names)}") from None

    @staticmethod
    def _as_stage(item: Stage | Parser[Any]) -> Stage:
        if isinstance(item, Stage):
            return item
        if isinstance(item, Parser):
            return ParserStage(item)
        raise TypeError(f"expected a Stage or a Parser, got {type(item).__name__}")

    def add(
        self, item: Stage | Parser[Any], *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A pipeline with ``item`` added (at the end, or ``before``/``after`` a named stage).

        A :class:`~govnews.core.Parser` is wrapped in a :class:`ParserStage`; names must stay unique.

        >>> from govnews.bylines import BylineParser
        >>> p = DEFAULT_PIPELINE.add(BylineParser(), after="facts")
        >>> p.names.index("bylines") == p.names.index("facts") + 1, type(p["bylines"]).__name__
        (True, 'ParserStage')
        >>> from govnews.facts import FactParser
        >>> DEFAULT_PIPELINE.add(FactParser())
        Traceback (most recent call last):
        ...
        ValueError: stage names must be unique, repeated: ['facts']
        """
        stage = self._as_stage(item)
        stages = list(self.stages)
        if before is not None:
            stages.insert(self._index(before), stage)
        elif after is not None:
            stages.insert(self._index(after) + 1, stage)
        else:
            stages.append(stage)
        return Pipeline(tuple(stages))

    def replace(self, name: str, item: Stage | Parser[Any]) -> Pipeline:
        """A pipeline with the stage ``name`` replaced by ``item``.

        Here the facts go to ``Article.extras`` instead of ``Article.facts``:

        >>> from govnews.facts import FactParser
        >>> p = DEFAULT_PIPELINE.replace("facts", FactParser())
        >>> art = parse("本报讯 全县投入2.7亿元。", pipeline=p).articles[0]
        >>> art.facts, [x.text for x in art.extras]
        ((), ['2.7亿元'])
        """
        stages = list(self.stages)
        stages[self._index(name)] = self._as_stage(item)
        return Pipeline(tuple(stages))

    def remove(self, *names: str) -> Pipeline:
        """A pipeline without the named stages (KeyError for a name it does not have).

        >>> p = DEFAULT_PIPELINE.remove("dates", "facts")
        >>> "dates" in p.names or "facts" in p.names
        False
        >>> parse("全县投入2.7亿元。", pipeline=p).articles[0].facts
        ()
        """
        for n in names:
            self._index(n)
        return Pipeline(tuple(s for s in self.stages if s.name not in names))

    def run(self, text: str, *, reference_date: datetime.date | None = None) -> Document:
        """Run every stage over ``text`` and assemble the :class:`Document`.

        >>> doc = DEFAULT_PIPELINE.run("本报聊城7月23日讯(记者 张同建)\\n全县近2万人受益。",
        ...                            reference_date=datetime.date(2022, 8, 1))
        >>> art = doc.articles[0]
        >>> str(art.dateline.date), [p.name for b in art.bylines for p in b.people], [f.text for f in art.facts]
        ('2022-07-23', ['张同建'], ['近2万人'])
        """
        # Pause the cyclic garbage collector while a page is parsed, in a process that runs
        # a single thread. A parse builds many small objects (lines, spans, records) and no
        # reference cycles (tests/test_pipeline.py checks that), so reference counting frees
        # everything it drops; the collector would only walk the growing heap again and
        # again, which costs up to a third of the time on pages of many short lines. With
        # other threads running it is left alone, since pausing it is process-wide.
        pause = gc.isenabled() and threading.active_count() == 1
        if pause:
            gc.disable()
        try:
            # the working state is freed when _run returns, before the collector is back:
            # it never walks the lines and drafts of a parse that has finished
            return self._run(text, reference_date)
        finally:
            if pause:
                gc.enable()

    def _run(self, text: str, reference_date: datetime.date | None) -> Document:
        state = ParseState(original=text, norm=normalize(text), reference_date=reference_date)
        for stage in self.stages:
            stage.run(state)
        return _assemble(state)


def parse(
    text: str,
    *,
    reference_date: datetime.date | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Parse one page of Chinese news text into a :class:`~govnews.document.Document`.

    ``reference_date`` resolves dates that the page gives without a year. Every span in
    the result is an offset into ``text``.

    >>> doc = parse("本报聊城7月23日讯(记者 张同建)\\n7月22日上午,发布会召开。")
    >>> len(doc.articles)
    1
    >>> parse(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: parse() takes str, not bytes; decode it first, e.g. govnews.parse(govnews.decode(data))
    """
    if not isinstance(text, str):
        hint = "; decode it first, e.g. govnews.parse(govnews.decode(data))" if isinstance(
            text, (bytes, bytearray, memoryview)
        ) else ""
        raise TypeError(f"parse() takes str, not {type(text).__name__}{hint}")
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if looks_like_html(text):
        warnings.warn(
            "parse() was given HTML: its tags are read as text; use govnews.parse_html(html) "
            "(pip install 'govnews[html]') for HTML pages",
            UserWarning,
            stacklevel=2,
        )
    return (pipeline or DEFAULT_PIPELINE).run(text, reference_date=reference_date)


# --------------------------------------------------------------------------- assembly

R = TypeVar("R", Byline, Dateline, DateMention, Extra, Fact, Heading, Published, Repair)


class _Mapper:
    """Maps working-text spans and records to the original text."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm

    def span(self, span: Span) -> Span:
        return self.norm.span_to_original(span)

    def text(self, s: Stitched | None) -> Text | None:
        if s is None:
            return None
        base = s.base_span
        if base is None:
            return None
        return Text(s.text, self.span(base))

    def record(self, r: R) -> R:
        span = self.span(r.span)
        return r if span is r.span else with_span(r, span)

    def records(self, rs: Iterable[R]) -> tuple[R, ...]:
        ordered = sorted(rs, key=_BY_START)
        if not self.norm.map.steps:
            return tuple(ordered)  # no offset moved
        return tuple(
            r if span is r.span else with_span(r, span)
            for r, span in zip(ordered, self.norm.spans_to_original([r.span for r in ordered]), strict=True)
        )


_BY_START = operator.attrgetter("span.start")


def _article(m: _Mapper, d: ArticleDraft) -> Article:
    paragraphs = tuple(t for t in (m.text(p) for p in d.paragraphs) if t is not None and t.text)
    return Article(
        span=m.span(d.span),
        title=m.text(d.title),
        subtitle=m.text(d.subtitle),
        columns=tuple(t for t in (m.text(c) for c in d.columns) if t is not None),
        dateline=m.record(d.dateline) if d.dateline else None,
        published=m.record(d.published) if d.published else None,
        bylines=m.records(d.bylines),
        headings=m.records(d.headings),
        paragraphs=paragraphs,
        facts=m.records(d.facts),
        dates=m.records(d.dates),
        extras=tuple(m.record(x) for x in d.extras),
    )


def _stage_repairs(state: ParseState, m: _Mapper) -> list[Repair]:
    """The repairs the stages made, mapped to the original; a repair whose ``before`` is the
    working text of its span gets the source text of its mapped span instead (a line join
    on a CRLF page says ``'\r\n\r\n'``, not ``'\n\n'``)."""
    work = sorted(state.repairs, key=_BY_START)
    if not state.norm.map.steps and state.norm.text == state.original:
        return list(work)
    text, original = state.text, state.original
    out: list[Repair] = []
    for r, mapped in zip(work, m.records(work), strict=True):
        ws = r.span
        if r.before and r.before == text[ws.start : ws.end]:
            source = original[mapped.span.start : mapped.span.end]
            if source != r.before:
                mapped = make_repair(r.kind, mapped.span, source, r.after, r.rule)
        out.append(mapped)
    return out


#: up to this many repairs of the stages are put in place one by one, more are sorted in
_FEW_REPAIRS = 64


def _assemble(state: ParseState) -> Document:
    m = _Mapper(state.norm)
    text = state.text
    noise = sorted(
        {(n.span.start, n.span.end, n.kind, n.rule, n.confidence) for n in state.noise}
    )
    mapped = state.norm.spans_to_original([Span(s, e) for s, e, _, _, _ in noise])
    noise_records = [
        Noise(kind=kind, text=text[s:e], span=span, rule=rule, confidence=conf)
        for (s, e, kind, rule, conf), span in zip(noise, mapped, strict=True)
    ]
    # by (start, end), as one int: ints compare faster than tuples (a page can hold 10^5 repairs)
    width = len(state.original) + 1

    def by_span(r: Repair) -> int:
        return r.span.start * width + r.span.end

    repairs = list(state.norm.repairs)
    stage = _stage_repairs(state, m)
    if len(stage) <= _FEW_REPAIRS:
        # normalize() gives its repairs sorted by span: the few the stages made are put in
        # place, each after those of the same span (what a stable sort of all of them does)
        for r in sorted(stage, key=by_span):
            bisect.insort_right(repairs, r, key=by_span)
    else:
        repairs += stage
        repairs.sort(key=by_span)
    return Document(
        articles=tuple(_article(m, a) for a in state.articles),
        noise=tuple(noise_records),
        repairs=tuple(repairs),
    )


def _default_stages() -> Iterator[Stage]:
    from govnews import bylines, dates, facts, headings, layout, noise, repeats, segment

    yield _lines.LinesStage()
    yield noise.LineNoiseStage()
    yield repeats.RepeatsStage()
    yield bylines.PublicationStage()
    yield layout.LayoutStage()
    yield segment.SegmentStage()
    yield bylines.DatelineBylineStage()
    yield segment.ParagraphStage()
    yield noise.InjectedStage()
    yield headings.HeadingStage()
    yield dates.DateStage()
    yield facts.FactStage()


DEFAULT_PIPELINE = Pipeline(tuple(_default_stages()))
