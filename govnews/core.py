"""The shared core: spans, hits, the parser protocol and stitched text views.

Every parser in govnews scans a string and yields :class:`Hit` records. A hit
carries the :class:`Span` of what it matched (offsets into the string it was
given), the surface text, a typed value and the name of the rule that fired.

>>> span = Span(4, 8)
>>> span.slice("本报聊城7月23日讯")
'7月23'
>>> Hit(span=span, text="7月23", value=(7, 23), rule="month-day").span.to_list()
[4, 8]
"""

from __future__ import annotations

import bisect
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Generic, Protocol, TypeVar, runtime_checkable

import attrs

__all__ = ["Hit", "Parser", "Span", "Stitched", "merge_spans", "overlaps_merged", "subtract_spans", "with_span"]

T = TypeVar("T")


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets.

    >>> Span(2, 5).shift(10)
    Span(start=12, end=15)
    >>> len(Span(2, 5))
    3
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    ValueError: Span.end (2) must be >= start (5)
    >>> Span(-1, 2)
    Traceback (most recent call last):
    ...
    ValueError: Span.start must be >= 0, got -1
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # hand-written: a page makes 10^5 spans, and storing through the slot descriptors
        # costs half of what attrs' frozen ``__init__`` with validators does
        if start < 0:
            raise ValueError(f"Span.start must be >= 0, got {start}")
        if end < start:
            raise ValueError(f"Span.end ({end}) must be >= start ({start})")
        _SPAN_START(self, start)
        _SPAN_END(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers.

        >>> Span(0, 2).slice("本报讯")
        '本报'
        """
        return text[self.start : self.end]

    def shift(self, by: int) -> Span:
        """The same span moved ``by`` characters to the right.

        >>> Span(0, 2).shift(3)
        Span(start=3, end=5)
        """
        return Span(self.start + by, self.end + by)

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 3).overlaps(Span(2, 4)), Span(0, 2).overlaps(Span(2, 4))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span.

        >>> Span(0, 10).contains(Span(2, 4))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        """``[start, end]``, as the JSON schema writes spans.

        >>> Span(4, 8).to_list()
        [4, 8]
        """
        return [self.start, self.end]


_SPAN_START: Callable[[Span, int], None] = Span.__dict__["start"].__set__
_SPAN_END: Callable[[Span, int], None] = Span.__dict__["end"].__set__


def make_span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets valid by construction (``0 <= start <= end``), stored
    without the checks of its ``__init__``: for hot loops (a page can hold 10^6 lines).

    >>> make_span(3, 5) == Span(3, 5)
    True
    """
    span: Span = object.__new__(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span

_START_END = operator.attrgetter("start", "end")


def merge_spans(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """The union of ``spans`` as sorted, disjoint runs ``(starts, ends)``; spans that touch
    are merged.

    >>> merge_spans([Span(5, 7), Span(0, 2), Span(1, 3), Span(3, 4)])
    ([0, 5], [4, 7])
    """
    starts: list[int] = []
    ends: list[int] = []
    for sp in sorted(spans, key=_START_END):
        if ends and sp.start <= ends[-1]:
            if sp.end > ends[-1]:
                ends[-1] = sp.end
        else:
            starts.append(sp.start)
            ends.append(sp.end)
    return starts, ends


def subtract_spans(span: Span, holes: Iterable[Span]) -> list[Span]:
    """The parts of ``span`` that none of ``holes`` covers, in order.

    >>> subtract_spans(Span(0, 10), [Span(2, 4), Span(3, 6), Span(9, 12)])
    [Span(start=0, end=2), Span(start=6, end=9)]
    """
    # one walk over the holes in order of start (cutting each hole out of every piece made
    # so far took time in proportion to holes x pieces: 10^4 bylines on one line)
    inside = sorted((h for h in holes if h.overlaps(span)), key=_START_END)
    if not inside:
        return [span]
    out: list[Span] = []
    cursor = span.start
    for h in inside:
        if h.start > cursor:
            out.append(Span(cursor, h.start))
        cursor = max(cursor, h.end)
    if cursor < span.end:
        out.append(Span(cursor, span.end))
    return out


def overlaps_merged(span: Span, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether ``span`` shares a character with the runs of :func:`merge_spans` (one binary
    search, where testing each span would take time in proportion to their number).

    >>> starts, ends = merge_spans([Span(0, 2), Span(5, 7)])
    >>> overlaps_merged(Span(1, 3), starts, ends), overlaps_merged(Span(2, 5), starts, ends)
    (True, False)
    """
    k = bisect.bisect_right(ends, span.start)
    return k < len(starts) and starts[k] < span.end


R = TypeVar("R", bound=attrs.AttrsInstance)


def with_span(r: R, span: Span) -> R:
    """``attrs.evolve(r, span=span)`` for a frozen, slotted record with a ``span`` field,
    without re-running its initialiser on fields copied from a valid record (a page can
    hold 10^5 of them; ``evolve`` costs several times more).

    >>> h = Hit(Span(0, 2), "本报", "本报", "outlet")
    >>> with_span(h, Span(5, 7))
    Hit(span=Span(start=5, end=7), text='本报', value='本报', rule='outlet', confidence=1.0)
    """
    cls = type(r)
    new = object.__new__(cls)
    for name in _slot_names(cls):
        object.__setattr__(new, name, span if name == "span" else getattr(r, name))
    return new


_SLOTS: dict[type, tuple[str, ...]] = {}


def _slot_names(cls: type) -> tuple[str, ...]:
    got = _SLOTS.get(cls)
    if got is None:
        got = _SLOTS[cls] = tuple(f.name for f in attrs.fields(cls))
    return got


@attrs.frozen
class Hit(Generic[T]):
    """What a parser found: where, the surface text, a typed value, and which rule fired.

    ``confidence`` is 1.0 for a sure hit; heuristic rules report less, so that callers
    can trade recall for precision.

    >>> h = Hit(span=Span(0, 2), text="本报", value="本报", rule="outlet")
    >>> h.shift(5).span
    Span(start=5, end=7)
    """

    span: Span
    text: str
    value: T
    rule: str
    confidence: float = 1.0

    def shift(self, by: int) -> Hit[T]:
        """The same hit with its span moved ``by`` characters.

        >>> Hit(Span(0, 2), "本报", "本报", "outlet").shift(1).span.to_list()
        [1, 3]
        """
        return with_span(self, self.span.shift(by))


@runtime_checkable
class Parser(Protocol[T]):
    """One scanning interface for every parser family.

    A parser is any object with a ``name`` and a ``scan`` method that searches the
    whole string (it does not only try the start) and yields hits in order of their
    start offset. ``scan`` must accept any ``str`` and never raise.

    >>> import regex
    >>> class BookTitles:
    ...     name = "book_titles"
    ...     _pattern = regex.compile(r"《([^《》\\n]{1,60})》")
    ...     def scan(self, text):
    ...         for m in self._pattern.finditer(text):
    ...             yield Hit(Span(m.start(), m.end()), m.group(), m.group(1), "guillemets")
    >>> isinstance(BookTitles(), Parser)
    True
    >>> [h.value for h in BookTitles().scan("签订了《框架协议》和《实施方案》")]
    ['框架协议', '实施方案']
    """

    @property
    def name(self) -> str: ...

    def scan(self, text: str) -> Iterable[Hit[T]]: ...


#: a stitched text of more pieces than this keeps their offsets in arrays
_PACKED_PIECES = 64
#: pieces joined at a time (bounds the strings alive at once)
_JOIN_CHUNK = 4096


@attrs.frozen
class Stitched:
    """A string glued together from pieces of a base string, with the map back.

    Paragraphs are stitched: lines broken by layout are joined and injected spam is
    cut out, yet every offset in the paragraph maps back to the base text.

    >>> base = "实现集\\n\\n团化发展"
    >>> s = Stitched.from_spans(base, [Span(0, 3), Span(5, 9)])
    >>> s.text
    '实现集团化发展'
    >>> s.to_base_span(Span(2, 5))
    Span(start=2, end=7)
    >>> s.to_base_span(Span(2, 5)).slice(base)
    '集\\n\\n团化'
    """

    text: str
    #: offset of each piece in ``text`` (a tuple, or an ``array('q')`` beyond
    #: :data:`_PACKED_PIECES` pieces: a paragraph joined from 10^6 short lines keeps two arrays
    #: of machine integers instead of 2 x 10^6 integer objects)
    starts: Sequence[int] = attrs.field(hash=False)
    #: offset of each piece in the base text (stored as ``starts``)
    bases: Sequence[int] = attrs.field(hash=False)

    @classmethod
    def from_spans(cls, base: str, spans: Sequence[Span]) -> Stitched:
        """Join the parts of ``base`` covered by ``spans`` (in order, non-overlapping).

        >>> Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)]).text
        '帮扶'
        """
        bases: list[int] = []
        ends: list[int] = []
        for sp in spans:
            a, b = sp.start, sp.end
            if b > a:
                bases.append(a)
                ends.append(b)
        return cls.from_bounds(base, bases, ends)

    @classmethod
    def from_bounds(cls, base: str, bases: Sequence[int], ends: Sequence[int]) -> Stitched:
        """:meth:`from_spans` of the spans ``[bases[k], ends[k])``, which must be in order,
        non-overlapping and non-empty: for callers that keep a paragraph's pieces in arrays.

        >>> Stitched.from_bounds("帮塑料机扶", [0, 4], [1, 5]) == Stitched.from_spans(
        ...     "帮塑料机扶", [Span(0, 1), Span(4, 5)])
        True
        """
        n = len(bases)
        if n == 1:
            a = bases[0]
            return cls._make(base[a : ends[0]], (0,), (a,))
        if n <= _PACKED_PIECES:
            # a paragraph of a few lines (most): one loop, the offsets in tuples
            parts: list[str] = []
            starts: list[int] = []
            pos = 0
            for a, b in zip(bases, ends, strict=True):
                starts.append(pos)
                parts.append(base[a:b])
                pos += b - a
            return cls._make("".join(parts), tuple(starts), tuple(bases))
        # the text joined in bounded chunks: a paragraph of 10^6 pieces never holds 10^6
        # piece strings at once
        text = "".join([
            "".join([base[bases[k] : ends[k]] for k in range(i, min(i + _JOIN_CHUNK, n))])
            for i in range(0, n, _JOIN_CHUNK)
        ])
        packed = array("q", accumulate(map(operator.sub, ends, bases), initial=0))
        packed.pop()
        return cls._make(text, packed, bases if isinstance(bases, array) else array("q", bases))

    @classmethod
    def whole(cls, base: str, span: Span) -> Stitched:
        """A single piece: ``base[span]`` (no piece for an empty span, as :meth:`from_spans`).

        >>> Stitched.whole("标题 正文", Span(0, 2)).text
        '标题'
        >>> Stitched.whole("标题 正文", Span(2, 2)) == Stitched.from_spans("标题 正文", [])
        True
        """
        a, b = span.start, span.end
        if b <= a:
            return cls._make("", (), ())
        return cls._make(base[a:b], (0,), (a,))

    @classmethod
    def _make(cls, text: str, starts: Sequence[int], bases: Sequence[int]) -> Stitched:
        # the fields stored through the slot descriptors, as for Span: the paragraph and the
        # title stages make one of these per paragraph and per view of a title
        new: Stitched = object.__new__(cls)
        _STITCHED_TEXT(new, text)
        _STITCHED_STARTS(new, starts)
        _STITCHED_BASES(new, bases)
        return new

    def piece_spans(self) -> Iterator[Span]:
        """The spans of the base text that the pieces come from.

        >>> list(Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)]).piece_spans())
        [Span(start=0, end=1), Span(start=4, end=5)]
        """
        n = len(self.starts)
        for k in range(n):
            end = self.starts[k + 1] if k + 1 < n else len(self.text)
            yield Span(self.bases[k], self.bases[k] + end - self.starts[k])

    def to_base(self, i: int, *, end: bool = False) -> int:
        """Map offset ``i`` of :attr:`text` into the base text.

        With ``end=True`` an offset on a piece boundary maps to the end of the piece
        before it, so that an end offset never swallows the gap between pieces.

        >>> s = Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)])
        >>> s.to_base(1), s.to_base(1, end=True)
        (4, 1)
        """
        if not self.starts:
            return 0
        i = max(0, min(i, len(self.text)))
        k = bisect.bisect_left(self.starts, i) if end else bisect.bisect_right(self.starts, i)
        k = max(k - 1, 0)
        return self.bases[k] + i - self.starts[k]

    def to_base_span(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the base text.

        >>> Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)]).to_base_span(Span(0, 2))
        Span(start=0, end=5)
        """
        start = self.to_base(span.start)
        return Span(start, max(start, self.to_base(span.end, end=True)))

    def shift_within(self, start: int, end: int) -> int | None:
        """What to add to ``start`` and ``end`` to map them into the base text, when
        ``[start, end)`` (non-empty) lies inside one piece; else ``None``. Where it is not
        ``None``, :meth:`whole_base_span` gives that span shifted, at the cost of two
        binary searches and two spans.

        >>> s = Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)])
        >>> s.shift_within(1, 2), s.shift_within(0, 1), s.shift_within(0, 2)
        (3, 0, None)
        """
        starts = self.starts
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and (k + 1 == len(starts) or end <= starts[k + 1]):
            return self.bases[k] - starts[k]
        return None

    def whole_base_span(self, span: Span, base: str) -> Span | None:
        """:meth:`to_base_span` of ``span``, or ``None`` when the stretch of ``base`` it maps
        to does not hold the same text up to white space: it crosses cut-out content, so
        the mapped span would not point at what it claims.

        >>> base = "2024\\n\\n标题\\n年"
        >>> s = Stitched.from_spans(base, [Span(0, 4), Span(9, 10)])
        >>> s.text, s.whole_base_span(Span(0, 4), base), s.whole_base_span(Span(0, 5), base)
        ('2024年', Span(start=0, end=4), None)
        >>> Stitched.from_spans("3月\\n5日", [Span(0, 2), Span(3, 5)]).whole_base_span(Span(0, 4), "3月\\n5日")
        Span(start=0, end=5)
        """
        b = self.to_base_span(span)
        if len(b) == len(span):
            return b
        if "".join(base[b.start : b.end].split()) == "".join(self.text[span.start : span.end].split()):
            return b
        return None

    @property
    def base_span(self) -> Span | None:
        """The span of the base text from the first piece's start to the last piece's end.

        >>> Stitched.from_spans("帮塑料机扶", [Span(0, 1), Span(4, 5)]).base_span
        Span(start=0, end=5)
        """
        starts = self.starts
        if not starts:
            return None
        n = len(self.text)
        if starts[-1] < n:
            # the last piece is not empty (always so from from_spans): the text ends with it
            return Span(self.bases[0], self.bases[-1] + n - starts[-1])
        return Span(self.bases[0], self.to_base(n, end=True))


_STITCHED_TEXT: Callable[[Stitched, str], None] = Stitched.__dict__["text"].__set__
_STITCHED_STARTS: Callable[[Stitched, Sequence[int]], None] = Stitched.__dict__["starts"].__set__
_STITCHED_BASES: Callable[[Stitched, Sequence[int]], None] = Stitched.__dict__["bases"].__set__
