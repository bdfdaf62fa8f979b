"""Stub: to be implemented."""

from __future__ import annotations

from govnews.state import ParseState


class HeadingStage:
    """Stage 'headings' (not implemented yet)."""

    name = "headings"

    def run(self, state: ParseState) -> None:
        return None
