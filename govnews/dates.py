"""Stub: to be implemented."""

from __future__ import annotations

from govnews.state import ParseState


class DateStage:
    """Stage 'dates' (not implemented yet)."""

    name = "dates"

    def run(self, state: ParseState) -> None:
        return None
