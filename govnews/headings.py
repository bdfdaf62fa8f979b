"""Section headings: numbered (GB/T 9704), unnumbered heading lines, and run-in heads.

Levels follow GB/T 9704: ``一、`` = 1, ``（一）`` = 2, ``1.`` = 3, ``（1）`` = 4. An
unnumbered heading line is level 1, and a second heading line right under it level 2.
A run-in head — a short lead sentence ending in ``。`` that opens a paragraph and names
its topic — is one level below the article's line headings (level 1 where there are none).

>>> split_marker("（二）加强组织领导")
('（二）', '加强组织领导', 2)
>>> heads = find_run_in_heads(["搭建校企互动平台。按照原则推进。", "完善校企合作机制。近期出台文件。"])
>>> [(h.text, h.level) for h in heads]
[('搭建校企互动平台', 1), ('完善校企合作机制', 1)]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govnews.core import Span, Stitched, merge_spans, overlaps_merged
from govnews.document import Heading
from govnews.state import ArticleDraft, ParseState

__all__ = ["HeadingStage", "find_run_in_heads", "split_marker"]

_CN = "一二三四五六七八九十"
_MARKERS: tuple[tuple[regex.Pattern[str], int], ...] = (
    (regex.compile(rf"^第[{_CN}百0-9]{{1,4}}[章编篇部]\s*"), 1),
    (regex.compile(rf"^[{_CN}]{{1,3}}[、.．]\s*"), 1),
    (regex.compile(rf"^[(（][{_CN}]{{1,3}}[)）]\s*"), 2),
    (regex.compile(r"^[0-9]{1,2}[.．、](?![0-9])\s*"), 3),
    (regex.compile(r"^[(（][0-9]{1,2}[)）]\s*"), 4),
)
# a lead sentence: no clause punctuation inside, closed by 。
_RUN_IN = regex.compile(r"^([^，,、：:；;。！？!?“”\"（）()\n]{4,24})。")
_HAN = regex.compile(r"\p{Han}")


def split_marker(text: str) -> tuple[str | None, str, int | None]:
    """Split a GB/T 9704 number marker off a heading: ``(marker, rest, level)``.

    >>> split_marker("一、总体要求")
    ('一、', '总体要求', 1)
    >>> split_marker("实施产教融合“连心工程”")
    (None, '实施产教融合“连心工程”', None)
    """
    for pattern, level in _MARKERS:
        m = pattern.match(text)
        if m:
            return m.group().strip(), text[m.end() :], level
    return None, text, None


def _run_in(text: str) -> tuple[str | None, int, int, int | None] | None:
    """``(marker, start, end, marker_level)`` of a run-in head at the start of ``text``."""
    marker, rest, level = split_marker(text)
    offset = len(text) - len(rest)
    m = _RUN_IN.match(rest)
    if not m or len(_HAN.findall(m.group(1))) < 4:
        return None
    if len(rest) - m.end() < 5:  # the whole paragraph is one short sentence
        return None
    return marker, offset, offset + len(m.group(1).rstrip()), level


def find_run_in_heads(paragraphs: Sequence[str], *, level: int = 1) -> list[Heading]:
    """Run-in heads of a run of paragraphs (spans are offsets into each paragraph).

    At least two paragraphs must open with one — a lone short first sentence is an
    ordinary sentence — unless the head carries a number marker.

    >>> find_run_in_heads(["参观结束后,在会议室进行了座谈。会议由他主持。"])
    []
    """
    return [h for _, h in _run_in_heads(paragraphs, level)]


def _run_in_heads(paragraphs: Sequence[str], level: int) -> list[tuple[int, Heading]]:
    found: list[tuple[int, tuple[str | None, int, int, int | None]]] = []
    for k, p in enumerate(paragraphs):
        r = _run_in(p)
        if r is not None:
            found.append((k, r))
    if len(found) < 2:
        found = [(k, r) for k, r in found if r[0] is not None]
    out: list[tuple[int, Heading]] = []
    for k, (marker, start, end, mlevel) in found:
        text = paragraphs[k][start:end].strip()
        out.append((k, Heading(text=text, span=Span(0, end), level=mlevel or level, marker=marker)))
    return out


class HeadingStage:
    """Fills ``art.headings`` from heading lines and run-in heads."""

    name = "headings"

    def run(self, state: ParseState) -> None:
        for art in state.articles:
            self._article(state, art)

    @staticmethod
    def _article(state: ParseState, art: ArticleDraft) -> None:
        text = state.text
        order = {ln.index: k for k, ln in enumerate(art.body_lines)}
        heads: list[Heading] = []
        prev_pos = -2
        prev_level = 0
        c_starts, c_ends = merge_spans(art.claimed)
        for ln in art.heading_lines:
            if state.overlaps_noise(ln.span) or overlaps_merged(ln.span, c_starts, c_ends):
                continue  # a byline, a dateline or noise standing on a line of its own
            marker, rest, level = split_marker(ln.text)
            pos = order.get(ln.index, -10)
            if level is None:
                level = 2 if (pos == prev_pos + 1 and prev_level == 1 and marker is None) else 1
            heads.append(Heading(text=rest.strip(), span=ln.span, level=level, marker=marker))
            prev_pos, prev_level = pos, level
        line_levels = [h.level for h in heads if h.marker is None]
        run_level = (max(line_levels) + 1) if line_levels else 1
        paras: list[Stitched] = art.paragraphs
        for k, h in _run_in_heads([p.text for p in paras], run_level):
            span = paras[k].whole_base_span(h.span, text)
            if span is None:
                continue  # a head across cut-out content (a byline, noise): its span would not cover it
            heads.append(Heading(text=h.text, span=span, level=h.level, marker=h.marker))
        seen: set[tuple[int, int]] = set()
        for h in sorted(heads, key=lambda h: h.span.start):
            if (h.span.start, h.span.end) not in seen and h.span.slice(text):
                seen.add((h.span.start, h.span.end))
                art.headings.append(h)
