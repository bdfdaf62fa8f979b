"""The working state that pipeline stages read and fill in.

Stages work in *working-text* coordinates: offsets into ``state.text``, the
normalised text. :func:`govnews.pipeline.parse` maps every span back to the
original text once, when it assembles the :class:`~govnews.document.Document`.

This module is for people who write stages; users of :func:`govnews.parse` never
see it.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableSequence, Sequence
from re import Pattern
from typing import overload

import attrs
import regex

from govnews.core import Hit, Span, Stitched, make_span, merge_spans, overlaps_merged
from govnews.document import (
    Byline,
    Dateline,
    DateMention,
    Extra,
    Fact,
    Heading,
    NoiseKind,
    Published,
    Repair,
)
from govnews.normalize import Normalized

__all__ = [
    "COMPACT_ABOVE",
    "ArticleDraft",
    "Line",
    "LineList",
    "Lines",
    "NoiseDraft",
    "ParseState",
    "columns",
    "index_array",
    "texts_of",
]


@attrs.frozen(init=False)
class Line:
    """One line of the working text, without its line break.

    ``span`` covers the line's content with surrounding white space trimmed; a blank
    line has an empty span and ``blank`` is true.

    >>> Line(0, Span(2, 4), "标题").blank, Line(1, Span(6, 6), "").blank
    (False, True)
    """

    index: int
    span: Span
    text: str

    def __init__(self, index: int, span: Span, text: str) -> None:
        # hand-written for speed, like Span's: a page can have 10^5 lines
        _LINE_INDEX(self, index)
        _LINE_SPAN(self, span)
        _LINE_TEXT(self, text)

    @property
    def blank(self) -> bool:
        return not self.text


_LINE_INDEX: Callable[[Line, int], None] = Line.__dict__["index"].__set__
_LINE_SPAN: Callable[[Line, Span], None] = Line.__dict__["span"].__set__
_LINE_TEXT: Callable[[Line, str], None] = Line.__dict__["text"].__set__


#: a page of more lines than this keeps them compact (:class:`Lines`): each ``Line`` record is
#: made when asked for instead of once for the page
COMPACT_ABOVE = 1 << 15


class Lines(Sequence[Line]):
    """The lines of a page: their texts in a list and their trimmed spans in two arrays of
    offsets.

    A page of ordinary length (:data:`COMPACT_ABOVE` lines or fewer) also keeps its
    :class:`Line` records, made once and shared by every stage. A longer page makes each
    record when it is asked for, and a slice or a selection of its lines is a
    :class:`LineList` of indexes: 10^6 one-character lines cost about 24 bytes each instead of
    about 190 (a record, its span and three integers).

    >>> ls = Lines(["标题", "", "正文。"], [2, 6, 7], [4, 6, 10])
    >>> [(ln.index, ln.text, ln.span.to_list()) for ln in ls]
    [(0, '标题', [2, 4]), (1, '', [6, 6]), (2, '正文。', [7, 10])]
    >>> ls[-1].text, len(ls), [ln.index for ln in ls.select([2, 0])]
    ('正文。', 3, [2, 0])
    """

    __slots__ = ("ends", "records", "starts", "texts")

    def __init__(self, texts: list[str], starts: Sequence[int], ends: Sequence[int]) -> None:
        self.texts = texts
        self.starts: array[int] = starts if isinstance(starts, array) else array("q", starts)
        self.ends: array[int] = ends if isinstance(ends, array) else array("q", ends)
        #: the records, when the page is short enough to keep them
        self.records: list[Line] | None = None
        if len(texts) <= COMPACT_ABOVE:
            self.records = list(map(make_line, range(len(texts)), self.starts, self.ends, texts))

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, k: int) -> Line: ...

    @overload
    def __getitem__(self, k: slice) -> MutableSequence[Line]: ...

    def __getitem__(self, k: int | slice) -> Line | MutableSequence[Line]:
        records = self.records
        if records is not None:
            return records[k]
        if isinstance(k, slice):
            return LineList(self, array("q", range(*k.indices(len(self.texts)))))
        if k < 0:
            k += len(self.texts)
        return make_line(k, self.starts[k], self.ends[k], self.texts[k])

    def __iter__(self) -> Iterator[Line]:
        if self.records is not None:
            return iter(self.records)
        return map(make_line, itertools.count(), self.starts, self.ends, self.texts)

    def select(self, indexes: Iterable[int]) -> MutableSequence[Line]:
        """The lines at ``indexes`` (in the order given): a list, or on a long page a :class:`LineList`."""
        if self.records is not None:
            return [self.records[k] for k in indexes]
        return LineList(self, array("q", indexes))

class LineList(MutableSequence[Line]):
    """Lines of one :class:`Lines`, kept as their indexes: what a long page's stages hold
    where a short page's hold a list of records (an article's body lines, the page's content
    lines).

    >>> ls = Lines(["甲", "乙", "丙"], [0, 2, 4], [1, 3, 5])
    >>> body = LineList(ls, [0])
    >>> body.extend(ls[1:]); body.append(ls[0])
    >>> [ln.text for ln in body], [ln.text for ln in body[1:3]], body[-1].index
    (['甲', '乙', '丙', '甲'], ['乙', '丙'], 0)
    """

    __slots__ = ("indexes", "lines")

    def __init__(self, lines: Lines, indexes: Iterable[int]) -> None:
        self.lines = lines
        self.indexes: array[int] = indexes if isinstance(indexes, array) else array("q", indexes)

    def __len__(self) -> int:
        return len(self.indexes)

    @overload
    def __getitem__(self, k: int) -> Line: ...

    @overload
    def __getitem__(self, k: slice) -> LineList: ...

    def __getitem__(self, k: int | slice) -> Line | LineList:
        if isinstance(k, slice):
            return LineList(self.lines, self.indexes[k])
        return self.lines[self.indexes[k]]

    def __iter__(self) -> Iterator[Line]:
        return map(self.lines.__getitem__, self.indexes)

    def __reversed__(self) -> Iterator[Line]:
        return map(self.lines.__getitem__, reversed(self.indexes))

    @overload
    def __setitem__(self, k: int, line: Line) -> None: ...

    @overload
    def __setitem__(self, k: slice, line: Iterable[Line]) -> None: ...

    def __setitem__(self, k: int | slice, line: Line | Iterable[Line]) -> None:
        if isinstance(k, slice):
            assert not isinstance(line, Line)
            self.indexes[k] = array("q", (ln.index for ln in line))
        else:
            assert isinstance(line, Line)
            self.indexes[k] = line.index

    def __delitem__(self, k: int | slice) -> None:
        del self.indexes[k]

    def insert(self, k: int, line: Line) -> None:
        self.indexes.insert(k, line.index)

    def append(self, line: Line) -> None:
        self.indexes.append(line.index)

    def extend(self, lines: Iterable[Line]) -> None:
        if isinstance(lines, LineList) and lines.lines is self.lines:
            self.indexes.extend(lines.indexes)
        else:
            self.indexes.extend(ln.index for ln in lines)


def columns(lines: Sequence[Line]) -> tuple[Sequence[str], Sequence[int], Sequence[int]]:
    """The texts, starts and ends of ``lines`` as three sequences (a :class:`Lines`' own:
    a loop over them makes no records).

    >>> columns(Lines(["甲", ""], [0, 2], [1, 2]))
    (['甲', ''], array('q', [0, 2]), array('q', [1, 2]))
    """
    if isinstance(lines, Lines):
        return lines.texts, lines.starts, lines.ends
    return [ln.text for ln in lines], [ln.span.start for ln in lines], [ln.span.end for ln in lines]


def texts_of(lines: Sequence[Line]) -> list[str]:
    """The texts of ``lines``, in order (read from the page's columns for a :class:`LineList`).

    >>> texts_of(LineList(Lines(["甲", "乙"], [0, 2], [1, 3]), [1, 0]))
    ['乙', '甲']
    """
    if isinstance(lines, LineList):
        texts = lines.lines.texts
        return [texts[k] for k in lines.indexes]
    if isinstance(lines, Lines):
        return list(lines.texts)
    return [ln.text for ln in lines]


def index_array(lines: Sequence[Line]) -> Sequence[int]:
    """The indexes of ``lines`` as a sequence (a :class:`LineList`'s own array: no record is
    made).

    >>> ls = Lines(["甲", "乙", "丙"], [0, 2, 4], [1, 3, 5])
    >>> list(index_array(ls)), list(index_array(LineList(ls, [2, 0])))
    ([0, 1, 2], [2, 0])
    """
    if isinstance(lines, LineList):
        return lines.indexes
    if isinstance(lines, Lines):
        return range(len(lines))
    return [ln.index for ln in lines]


def make_line(index: int, start: int, end: int, text: str) -> Line:
    """``Line(index, Span(start, end), text)`` for offsets valid by construction, filled
    through the slots (a page can hold 10^6 lines).

    >>> make_line(1, 3, 5, "正文") == Line(1, Span(3, 5), "正文")
    True
    """
    line = _NEW(Line)
    _LINE_INDEX(line, index)
    _LINE_SPAN(line, make_span(start, end))
    _LINE_TEXT(line, text)
    return line


_NEW = object.__new__


@attrs.frozen(kw_only=True)
class NoiseDraft:
    """A noise span in working-text coordinates (see :class:`govnews.document.Noise`)."""

    kind: NoiseKind
    span: Span
    rule: str
    confidence: float = 1.0


@attrs.define(kw_only=True)
class ArticleDraft:
    """An article while the stages fill it in (working-text coordinates throughout)."""

    span: Span
    title: Stitched | None = None
    subtitle: Stitched | None = None
    columns: list[Stitched] = attrs.Factory(list)
    #: the lines of the body, in reading order (a stitched fragment may come from further down)
    body_lines: MutableSequence[Line] = attrs.Factory(list)
    #: body lines that stand alone as section headings (not paragraph text)
    heading_lines: MutableSequence[Line] = attrs.Factory(list)
    dateline: Dateline | None = None
    published: Published | None = None
    bylines: list[Byline] = attrs.Factory(list)
    #: spans of the body that are not paragraph text (dateline, bylines, jump markers …)
    claimed: list[Span] = attrs.Factory(list)
    paragraphs: list[Stitched] = attrs.Factory(list)
    headings: list[Heading] = attrs.Factory(list)
    facts: list[Fact] = attrs.Factory(list)
    dates: list[DateMention] = attrs.Factory(list)
    extras: list[Extra] = attrs.Factory(list)

    @property
    def year(self) -> int | None:
        """The year the article's own metadata gives (published line, then dateline)."""
        if self.published is not None:
            return self.published.date.year
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date.year
        return None


@attrs.define(kw_only=True)
class ParseState:
    """Everything known about one page while the pipeline runs."""

    original: str
    norm: Normalized
    reference_date: datetime.date | None = None
    #: the page's lines (:class:`Lines` once the ``lines`` stage has run; a stage's test may set
    #: a list)
    lines: Sequence[Line] = attrs.Factory(list)
    noise: list[NoiseDraft] = attrs.Factory(list)
    #: repairs found by stages after normalisation, in working-text coordinates
    repairs: list[Repair] = attrs.Factory(list)
    #: publication lines found on the page, before they are given to articles
    published: list[Hit[Published]] = attrs.Factory(list)
    #: bylines found in publication lines (作者/编辑 …), before they are given to articles
    meta_bylines: list[Byline] = attrs.Factory(list)
    articles: list[ArticleDraft] = attrs.Factory(list)
    #: the line the layout judged the title of the page's first article (``Line.index``)
    head_title: int | None = None
    #: the overline(s) above that title (``Line.index``), taken as ``columns``
    head_columns: list[int] = attrs.Factory(list)
    _noise_cache: tuple[int, list[int], list[int]] | None = attrs.field(default=None, init=False, repr=False)
    _starts_cache: tuple[Sequence[Line], int, Sequence[int]] | None = attrs.field(default=None, init=False, repr=False)
    _matching_cache: dict[object, set[int]] = attrs.field(factory=dict, init=False, repr=False)
    _text_cache: tuple[Sequence[Line], int, Sequence[int]] | None = attrs.field(
        default=None, init=False, repr=False
    )

    @property
    def text(self) -> str:
        """The working (normalised) text."""
        return self.norm.text

    def add_noise(self, kind: NoiseKind, span: Span, rule: str, confidence: float = 1.0) -> None:
        """Record a noise span (working-text coordinates)."""
        if span.end > span.start:
            self.noise.append(NoiseDraft(kind=kind, span=span, rule=rule, confidence=confidence))

    def withdraw_noise(self, drafts: Iterable[NoiseDraft]) -> None:
        """Take back noise a later, wider judgement finds to be content (by identity).

        >>> from govnews.normalize import normalize
        >>> st = ParseState(original="标题\\n正文", norm=normalize("标题\\n正文"))
        >>> st.add_noise("footer", Span(3, 5), "test")
        >>> st.withdraw_noise(list(st.noise)); st.overlaps_noise(Span(3, 5))
        False
        """
        gone = {id(d) for d in drafts}
        if gone:
            self.noise = [n for n in self.noise if id(n) not in gone]
            self._noise_cache = None  # the count alone no longer tells the merge is current

    def is_noise(self, span: Span) -> bool:
        """Whether ``span`` lies wholly inside the recorded noise (adjacent noise spans count as one)."""
        starts, ends = self.merged_noise()
        k = bisect.bisect_right(starts, span.start) - 1
        return k >= 0 and span.end <= ends[k]

    def overlaps_noise(self, span: Span) -> bool:
        """Whether ``span`` shares a character with the recorded noise (one binary search;
        an empty span shares none).

        >>> from govnews.normalize import normalize
        >>> st = ParseState(original="标题\\n正文", norm=normalize("标题\\n正文"))
        >>> st.add_noise("footer", Span(3, 5), "test")
        >>> st.overlaps_noise(Span(4, 6)), st.overlaps_noise(Span(0, 3))
        (True, False)
        """
        starts, ends = self.merged_noise()
        return span.end > span.start and overlaps_merged(span, starts, ends)

    def merged_noise(self) -> tuple[list[int], list[int]]:
        """The noise spans merged into sorted, disjoint ``(starts, ends)`` (spans that touch
        are merged); cached until noise is added, so the lists must not be changed."""
        # noise is append-only while stages run: the merge is cached by its length
        cached = self._noise_cache
        if cached is not None and cached[0] == len(self.noise):
            return cached[1], cached[2]
        starts, ends = merge_spans(n.span for n in self.noise)
        self._noise_cache = (len(self.noise), starts, ends)
        return starts, ends

    def lines_matching(self, *patterns: Pattern[str] | regex.Pattern[str]) -> set[int]:
        """Indexes of the lines in which one of ``patterns`` matches, found by one scan of
        the whole working text per pattern.

        A stage that looks only at lines holding some trigger uses this to skip every
        other line without touching it. It finds each line in which a match *starts*, so
        it stands for a per-line search only for patterns whose matches never cross a line
        break and that match in the whole text wherever they match in a lone line (no
        ``^``/``$``; lookarounds that a neighbouring space or line break satisfies as well).

        >>> import re
        >>> from govnews.normalize import normalize
        >>> from govnews.lines import split_lines
        >>> st = ParseState(original="标题\\n(记者 张三)\\n正文", norm=normalize("标题\\n(记者 张三)\\n正文"))
        >>> st.lines = split_lines(st.text)
        >>> st.lines_matching(re.compile("记者"), re.compile("题"))
        {0, 1}

        Each pattern's lines are kept until ``state.lines`` changes, so a stage may ask once
        per article without scanning the page again each time.
        """
        starts = self._line_starts()
        out: set[int] = set()
        for pattern in patterns:
            got = self._matching_cache.get(pattern)
            if got is None:
                got = self._matching_cache[pattern] = self._scan_lines(pattern, starts)
            out |= got
        return out

    def _scan_lines(self, pattern: Pattern[str] | regex.Pattern[str], starts: Sequence[int]) -> set[int]:
        ends = columns(self.lines)[2]
        out: set[int] = set()
        text = self.text
        search = pattern.search
        m = search(text)
        while m is not None:
            pos = m.start()
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and pos < ends[k]:
                out.add(k)
                pos = ends[k]  # this line is in: go on from its end
            m = search(text, pos + 1)
        return out

    def line_at(self, pos: int) -> int:
        """The index of the line that holds working-text offset ``pos`` (the last line that
        starts at or before it; -1 before the first).

        >>> from govnews.normalize import normalize
        >>> from govnews.lines import split_lines
        >>> st = ParseState(original="标题\\n正文", norm=normalize("标题\\n正文"))
        >>> st.lines = split_lines(st.text)
        >>> st.line_at(0), st.line_at(3), st.line_at(4)
        (0, 1, 1)
        """
        return bisect.bisect_right(self._line_starts(), pos) - 1

    def noise_lines_matching(self, pattern: Pattern[str] | regex.Pattern[str]) -> list[int]:
        """The indexes, in order, of the lines that share a character with the noise and in
        which a match of ``pattern`` starts (a pattern that never crosses a line break, as
        for :meth:`lines_matching`). Only the stretches of the page that noise touches are
        scanned: the chrome lines of a long page are few.

        >>> import re
        >>> from govnews.normalize import normalize
        >>> from govnews.lines import split_lines
        >>> t = "某某日报 2025年6月18日\\n标题\\n正文写于2025年6月17日"
        >>> st = ParseState(original=t, norm=normalize(t))
        >>> st.lines = split_lines(st.text)
        >>> st.add_noise("metadata", st.lines[0].span, "test")
        >>> st.noise_lines_matching(re.compile("2025"))
        [0]
        """
        n_starts, n_ends = self.merged_noise()
        if not n_starts:
            return []
        starts = self._line_starts()
        lines = self.lines
        text = self.text
        out: list[int] = []
        search = pattern.search
        for s, e in zip(n_starts, n_ends, strict=True):
            # from the first line that reaches into the noise to the last that starts in it
            first = max(0, bisect.bisect_right(starts, s) - 1)
            if first < len(lines) and lines[first].span.end <= s:
                first += 1
            last = bisect.bisect_left(starts, e) - 1
            if first > last:
                continue
            lo, hi = lines[first].span.start, lines[last].span.end
            m = search(text, lo, hi)
            while m is not None:
                k = bisect.bisect_right(starts, m.start()) - 1
                line = lines[k]
                # the lines between the first and the last all reach into [s, e)
                if m.start() < line.span.end and line.span.end > line.span.start and (not out or out[-1] != k):
                    out.append(k)
                m = search(text, max(m.start() + 1, line.span.end), hi)
        return out

    def _line_starts(self) -> Sequence[int]:
        cached = self._starts_cache
        lines = self.lines
        if cached is None or cached[0] is not lines or cached[1] != len(lines):
            cached = self._starts_cache = (lines, len(lines), columns(lines)[1])
            self._matching_cache.clear()  # other lines: other matches
        return cached[2]

    def select(self, indexes: Iterable[int]) -> MutableSequence[Line]:
        """The page's lines at ``indexes`` (see :meth:`Lines.select`)."""
        lines = self.lines
        if isinstance(lines, Lines):
            return lines.select(indexes)
        return [lines[k] for k in indexes]

    def text_indexes(self) -> Sequence[int]:
        """The indexes of the non-blank lines (found in C, kept until ``lines`` changes)."""
        lines = self.lines
        cached = self._text_cache
        if cached is None or cached[0] is not lines or cached[1] != len(lines):
            texts = columns(lines)[0]
            found = array("q", itertools.compress(range(len(texts)), texts))
            cached = self._text_cache = (lines, len(lines), found)
        return cached[2]

    def content_lines(self) -> MutableSequence[Line]:
        """Non-blank lines that no noise span covers wholly, in order."""
        starts, ends = self.merged_noise()
        text_at = self.text_indexes()
        if not starts:
            return self.select(text_at)
        # a line is covered when it lies inside one merged noise span: only the lines that
        # start inside a span are looked at (a binary search per span)
        l_starts, l_ends = self._line_starts(), columns(self.lines)[2]
        covered = bytearray(len(l_starts))  # a byte a line
        for s, e in zip(starts, ends, strict=True):
            a, b = bisect.bisect_left(l_starts, s), bisect.bisect_right(l_starts, e)
            # the lines that start inside the span lie inside it, but the last may reach past
            if b > a and l_ends[b - 1] > e:
                b -= 1
            covered[a:b] = b"\x01" * (b - a)
        return self.select(itertools.filterfalse(covered.__getitem__, text_at))
