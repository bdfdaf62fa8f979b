"""Stub: to be implemented."""

from __future__ import annotations

from govnews.state import ParseState


class PublicationStage:
    """Stage 'publication' (not implemented yet)."""

    name = "publication"

    def run(self, state: ParseState) -> None:
        return None


class DatelineBylineStage:
    """Stage 'datelines_bylines' (not implemented yet)."""

    name = "datelines_bylines"

    def run(self, state: ParseState) -> None:
        return None
