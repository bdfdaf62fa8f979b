"""The page scans of :class:`govnews.state.ParseState` against the per-line tests they stand for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from govnews.core import Span
from govnews.lines import split_lines
from govnews.normalize import normalize
from govnews.state import ParseState

_ALPHABET = list("2025年6月18日-/ \u3000\t\n日报第版标题正文某1９０")


def _state(text: str) -> ParseState:
    state = ParseState(original=text, norm=normalize(text))
    state.lines = split_lines(state.text)
    return state


@given(
    st.text(alphabet=st.sampled_from(_ALPHABET), max_size=300),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=6),
)
def test_noise_lines_matching_is_the_per_line_test(text: str, cuts: list[tuple[int, int]]) -> None:
    state = _state(text)
    n = len(state.text)
    for start, length in cuts:
        s = min(start, n)
        state.add_noise("metadata", Span(s, min(n, s + length)), "test")
    for pattern in (re.compile("20[0-9]{2}"), re.compile("[12１][09９][0-9]{2}(?:年|[-/])"), re.compile("版")):
        assert state.noise_lines_matching(pattern) == [
            k for k, ln in enumerate(state.lines) if state.overlaps_noise(ln.span) and pattern.search(ln.text)
        ]


def test_noise_lines_matching_without_noise() -> None:
    state = _state("某某日报 2025年6月18日\n标题")
    assert state.noise_lines_matching(re.compile("2025")) == []
    state.add_noise("metadata", state.lines[1].span, "test")
    assert state.noise_lines_matching(re.compile("2025")) == []
    assert state.noise_lines_matching(re.compile("标")) == [1]
