"""Splitting the working text into lines with trimmed spans.

>>> [(l.text, l.span.to_list()) for l in split_lines("  标题 \\n\\n正文。")]
[('标题', [2, 4]), ('', [6, 6]), ('正文。', [7, 10])]
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Iterator, Sequence

from govnews.state import Line, Lines, ParseState

__all__ = ["LinesStage", "display_width", "page_lines", "split_lines", "wrap_width", "wrapped"]

_WS = " \t\u3000\u00a0"


#: characters split at a time: a page of 10^6 tiny lines never holds 10^6 raw line strings at once
_SPLIT_CHUNK = 1 << 16


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, each with the span of its content, white space trimmed."""
    return list(page_lines(text))


def page_lines(text: str) -> Lines:
    """:func:`split_lines` as the stages keep them (see :class:`Lines`): a chunk of lines at
    a time, their offsets found in C (only a line with white space around it is looked at on
    its own); a page of ordinary length also gets its records.

    >>> [ln.text for ln in page_lines("标题\\n 正文。")]
    ['标题', '正文。']
    """
    texts: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    ws = _WS
    # one string per distinct line: a page of 10^6 one-character lines keeps a few dozen
    # strings instead of 10^6 (a line's text is never changed in place)
    distinct: dict[str, str] = {}
    pos = 0
    for chunk in _chunks(text):
        raws = chunk.split("\n")
        stripped = [raw.strip(ws) for raw in raws]
        lengths = list(map(len, raws))
        begins = array("q", itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=pos))
        begins.pop()
        first = len(starts)
        starts.extend(begins)
        ends.extend(map(operator.add, begins, map(len, stripped)))
        # ``strip`` gives the string itself back when there is nothing to strip
        for i in itertools.compress(range(len(raws)), map(operator.is_not, stripped, raws)):
            raw, line = raws[i], stripped[i]
            s = begins[i] + (len(raw) - len(raw.lstrip(ws)) if line else 0)
            starts[first + i] = s
            ends[first + i] = s + len(line)
        texts.extend(map(distinct.setdefault, stripped, stripped))
        pos = begins[-1] + lengths[-1] + 1
    return Lines(texts, starts, ends)


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`_SPLIT_CHUNK` characters, cut at line breaks (the
    breaks themselves left out)."""
    pos = 0
    while True:
        cut = text.find("\n", pos + _SPLIT_CHUNK)
        if cut < 0:
            yield text[pos:]
            return
        yield text[pos:cut]
        pos = cut + 1


def display_width(text: str) -> int:
    """The width of ``text`` in half-width cells, as a fixed-width layout sets it: a Chinese
    or full-width character takes two, an ASCII character one.

    >>> display_width("镇里引进企业8家")
    15
    """
    # the Latin-1 characters, counted in C: what an encoding that drops the rest keeps
    return 2 * len(text) - len(text.encode("latin-1", "ignore"))


# a line needs this width (twelve Chinese characters) to count towards a page's wrap width
_WRAP_MIN = 24
# how much narrower than the widest line a wrapped line may be (line-breaking rules keep a
# stop or a closing quote off a line's start, and move a character to the next line)
_WRAP_SLACK = 4
# the end of a sentence or of a quoted one: a hard-wrapped line that ends so may end a paragraph
_SENTENCE_END = frozenset("。！？；!?;…”’」』")


def wrap_width(texts: Sequence[str]) -> int | None:
    """The width at which a hard-wrapped page breaks its lines (text copied from a PDF or a
    fixed-width layout: every line of a paragraph but its last is as wide as the column), or
    ``None`` for a page whose lines are whole paragraphs.

    Four lines at least, and half of all the wide lines, reach within two characters (four
    cells) of the widest Chinese line; a table padded to one width (few Chinese characters) does not count.

    >>> col = ["今年以来，桃源镇坚持把发展产业作为乡村", "振兴的重中之重，全镇新增特色种植基地5个。",
    ...        "在杨家村的蓝莓基地，工人们正在采摘成熟的蓝", "莓。基地负责人介绍，今年蓝莓亩产达到800公",
    ...        "斤，每亩收益超过3万元。", "镇里引进来料加工企业8家，带动1200余名群众"]
    >>> wrap_width(col)
    42
    >>> wrap_width(["全县近2万人受益。", "会议要求各乡镇抓好春播春管，确保粮食丰收。"]) is None
    True
    """
    # lines of running text: wide enough, mostly Chinese (more than half of the characters
    # beyond Latin-1), and no table row (cells set apart by a tab or a run of spaces)
    widths = [
        w for t in texts
        if (w := display_width(t)) >= _WRAP_MIN
        and 2 * len(t.encode("latin-1", "ignore")) <= len(t)
        and "\t" not in t and "  " not in t and "\u3000\u3000" not in t
    ]
    if len(widths) < 4:
        return None
    top = max(widths)
    band = sum(1 for w in widths if w >= top - _WRAP_SLACK)
    return top if band >= 4 and 2 * band >= len(widths) else None


def wrapped(text: str, width: int | None) -> bool:
    """Whether ``text`` is a line of a hard-wrapped page (``width``: :func:`wrap_width`) that the
    next line carries on: as wide as the column, and not ending a sentence.

    >>> wrapped("今年以来，桃源镇坚持把发展产业作为乡村", 42)
    True
    >>> wrapped("振兴的重中之重，全镇新增特色种植基地5个。", 42)
    False
    >>> wrapped("特色种植鼓起钱袋子", 42), wrapped("今年以来，桃源镇坚持把发展产业作为乡村", None)
    (False, False)
    """
    if width is None or not text or text[-1] in _SENTENCE_END:
        return False
    return display_width(text) >= width - _WRAP_SLACK


class LinesStage:
    """Fills ``state.lines``."""

    name = "lines"

    def run(self, state: ParseState) -> None:
        state.lines = page_lines(state.text)
