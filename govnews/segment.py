"""Page segmentation into articles, and paragraph building (minimal first version)."""

from __future__ import annotations

from govnews.core import Span, Stitched
from govnews.state import ArticleDraft, ParseState

__all__ = ["ParagraphStage", "SegmentStage"]


class SegmentStage:
    """Splits the content lines into articles (for now: one article, first line as title)."""

    name = "segment"

    def run(self, state: ParseState) -> None:
        lines = list(state.content_lines())
        if not lines:
            return
        art = ArticleDraft(span=Span(lines[0].span.start, lines[-1].span.end))
        art.title = Stitched.whole(state.text, lines[0].span)
        art.body_lines = lines[1:]
        state.articles.append(art)


def _subtract(span: Span, holes: list[Span]) -> list[Span]:
    out = [span]
    for h in holes:
        nxt: list[Span] = []
        for s in out:
            if not s.overlaps(h):
                nxt.append(s)
                continue
            if s.start < h.start:
                nxt.append(Span(s.start, h.start))
            if h.end < s.end:
                nxt.append(Span(h.end, s.end))
        out = nxt
    return out


class ParagraphStage:
    """Builds paragraphs from body lines, leaving out claimed and noise spans."""

    name = "paragraphs"

    def run(self, state: ParseState) -> None:
        for art in state.articles:
            holes = sorted(art.claimed + [n.span for n in state.noise])
            for line in art.body_lines:
                pieces = _subtract(line.span, [h for h in holes if h.overlaps(line.span)])
                para = Stitched.from_spans(state.text, pieces)
                if para.text.strip():
                    art.paragraphs.append(para)
