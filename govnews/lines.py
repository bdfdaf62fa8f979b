"""Splitting the working text into lines with trimmed spans.

>>> [(l.text, l.span.to_list()) for l in split_lines("  标题 \\n\\n正文。")]
[('标题', [2, 4]), ('', [6, 6]), ('正文。', [7, 10])]
"""

from __future__ import annotations

import regex

from govnews.core import Span
from govnews.state import Line, ParseState

__all__ = ["LinesStage", "split_lines"]

_LINE = regex.compile(r"[^\n]*")
_WS = " \t\u3000\u00a0"


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, each with the span of its content, white space trimmed."""
    out: list[Line] = []
    pos = 0
    n = len(text)
    index = 0
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip(_WS)
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip(_WS)))
            out.append(Line(index, Span(s, s + len(stripped)), stripped))
        else:
            out.append(Line(index, Span(pos, pos), ""))
        index += 1
        if nl < 0:
            break
        pos = nl + 1
    return out


class LinesStage:
    """Fills ``state.lines``."""

    name = "lines"

    def run(self, state: ParseState) -> None:
        state.lines = split_lines(state.text)
