"""Splitting the working text into lines with trimmed spans.

>>> [(l.text, l.span.to_list()) for l in split_lines("  标题 \\n\\n正文。")]
[('标题', [2, 4]), ('', [6, 6]), ('正文。', [7, 10])]
"""

from __future__ import annotations

import regex

from govnews.core import _SPAN_END, _SPAN_START, Span
from govnews.state import _LINE_INDEX, _LINE_SPAN, _LINE_TEXT, Line, ParseState

__all__ = ["LinesStage", "split_lines"]

_LINE = regex.compile(r"[^\n]*")
_WS = " \t\u3000\u00a0"


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, each with the span of its content, white space trimmed."""
    out: list[Line] = []
    append = out.append
    pos = 0
    ws = _WS
    # one string per distinct one-character line: a page of 10^6 such lines keeps a few
    # dozen strings instead of 10^6 (a line's text is never changed in place)
    short: dict[str, str] = {}
    # the records are filled through their slots, without a call to their initialisers:
    # the offsets are valid by construction (0 <= start <= end), and a page can hold 10^6 lines
    new = object.__new__
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip(ws)
        span = new(Span)
        line = new(Line)
        if stripped:
            n = len(stripped)
            if n == 1:
                stripped = short.setdefault(stripped, stripped)
            s = pos if n == len(raw) else pos + len(raw) - len(raw.lstrip(ws))
            _SPAN_START(span, s)
            _SPAN_END(span, s + n)
        else:
            _SPAN_START(span, pos)
            _SPAN_END(span, pos)
        _LINE_INDEX(line, index)
        _LINE_SPAN(line, span)
        _LINE_TEXT(line, stripped)
        append(line)
        pos += len(raw) + 1
    return out


class LinesStage:
    """Fills ``state.lines``."""

    name = "lines"

    def run(self, state: ParseState) -> None:
        state.lines = split_lines(state.text)
