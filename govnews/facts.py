"""Stub: to be implemented."""

from __future__ import annotations

from govnews.state import ParseState


class FactStage:
    """Stage 'facts' (not implemented yet)."""

    name = "facts"

    def run(self, state: ParseState) -> None:
        return None
