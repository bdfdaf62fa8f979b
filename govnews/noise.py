"""Stub: to be implemented."""

from __future__ import annotations

from govnews.state import ParseState


class LineNoiseStage:
    """Stage 'line_noise' (not implemented yet)."""

    name = "line_noise"

    def run(self, state: ParseState) -> None:
        return None


class InjectedStage:
    """Stage 'injected' (not implemented yet)."""

    name = "injected"

    def run(self, state: ParseState) -> None:
        return None
