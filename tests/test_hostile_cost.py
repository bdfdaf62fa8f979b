"""What a page of many tiny lines or of dense dates costs, counted (issue 18).

No timing here: the tests count calls and traced allocations, so that they fail on the
old per-line and per-mention paths however loaded the machine is, and check that the
cheaper paths give what the plain ones give.
"""

from __future__ import annotations

import random
import re
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews import dates, layout
from govnews.core import Stitched, with_span
from govnews.lines import split_lines
from govnews.normalize import normalize
from govnews.pipeline import DEFAULT_PIPELINE
from govnews.state import ParseState

# a page a crawler cut into one character per line (CJK and digits)
_TINY = "政务公开通知会议县乡镇村年月日号元亿万人0123456789"


def _tiny_lines(n: int, seed: int = 5) -> str:
    return "\n".join(random.Random(seed).choices(_TINY, k=n))


def _state_before(text: str, stage: str) -> ParseState:
    """The parse state of ``text`` with every stage before ``stage`` run."""
    state = ParseState(original=text, norm=normalize(text))
    for s in DEFAULT_PIPELINE.stages:
        if s.name == stage:
            return state
        s.run(state)
    raise AssertionError(stage)


def test_layout_judges_each_distinct_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line's features depend on its text alone: 3000 lines of a few dozen distinct
    characters are judged a few dozen times, not 3000 (nor twice that, head and tail)."""
    calls = 0
    plain = layout.line_features

    def counting(text: str) -> layout.LineFeatures:
        nonlocal calls
        calls += 1
        return plain(text)

    monkeypatch.setattr(layout, "line_features", counting)
    doc = govnews.parse(_tiny_lines(3000))
    assert doc.articles  # the page still parses to its one run of text
    assert calls <= len(set(_TINY)), calls


def test_layout_row_shape_only_on_lines_that_can_be_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Space between two lines is no space inside a line: one-character lines are never
    tested as navigation rows (the trigger once matched across every line break)."""
    calls = 0
    plain = layout._row_shape

    def counting(text: str) -> tuple[int, bool]:
        nonlocal calls
        calls += 1
        return plain(text)

    monkeypatch.setattr(layout, "_row_shape", counting)
    state = _state_before(_tiny_lines(2000), "layout")
    layout.LayoutStage().run(state)
    # line_features asks too, once per distinct line: not once per line
    assert calls <= len(set(_TINY)), calls


_ROW_ALPHABET = list("首页要闻|｜丨>»＞›→/ 　\t版第A0123:：新闻中心。，BZ")


@given(st.text(alphabet=st.sampled_from(_ROW_ALPHABET), min_size=1, max_size=30))
def test_shape_trigger_holds_every_row_and_page_label(raw: str) -> None:
    """Whatever the layout would take as a row or a page label holds the trigger inside the
    line itself, so skipping the other lines changes no verdict."""
    text = raw.strip(" \t\u3000\u00a0")
    if not text:
        return
    row = layout._row_shape(text)[1]
    label = ("版" in text or "A" <= text[0] <= "Z") and layout._PAGE_LABEL.match(text) is not None
    if row or label:
        assert layout._SHAPE_TRIGGER.search(text) is not None, text


def test_layout_peak_memory_per_line_is_small() -> None:
    """The layout stage of a page of 20 000 one-character lines allocates a few bytes per
    line at its peak (a feature record and a set entry per line once took ~370)."""
    state = _state_before(_tiny_lines(20_000), "layout")
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        layout.LayoutStage().run(state)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert peak / 20_000 < 80, peak / 20_000


def test_dense_years_take_no_numeral_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """``2024年`` repeated: an ASCII year is read by ``int``, and a mention inside one piece
    of its paragraph is shifted, not mapped through the generic stitched-span check."""
    counts = {"small_int": 0, "whole": 0}
    plain_small, plain_whole = dates.small_int, Stitched.whole_base_span

    def small(token: str) -> int | None:
        counts["small_int"] += 1
        return plain_small(token)

    def whole(self: Stitched, span: govnews.Span, base: str) -> govnews.Span | None:
        counts["whole"] += 1
        return plain_whole(self, span, base)

    monkeypatch.setattr(dates, "small_int", small)
    monkeypatch.setattr(Stitched, "whole_base_span", whole)
    doc = govnews.parse("2024年" * 2000)
    found = [d for a in doc.articles for d in a.dates]
    assert len(found) == 2000 and {d.date for d in found} == {"2024"}
    assert counts == {"small_int": 0, "whole": 0}


_DATE_ALPHABET = list("2024年1月5日号份今去明上下本个至-/.０１２一二三十廿〇\n。，会议")


@given(st.text(alphabet=st.sampled_from(_DATE_ALPHABET), max_size=80))
def test_date_stage_fast_path_gives_the_generic_mapping(body: str) -> None:
    """The stage keeps the dates the generic path keeps (every hit mapped by
    ``whole_base_span``, repeats dropped), in the same order, with the same fields."""
    text = "会议召开\n本报讯 " + body + "\n" + body
    state = _state_before(text, "dates")
    calls: list[dates.DateParser] = []
    plain = dates.DateParser.scan
    mentions = dates.DateParser._mentions

    def recording(self: dates.DateParser, t: str) -> object:
        calls.append(self)
        return mentions(self, t)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates.DateParser, "_mentions", recording)
        dates.DateStage().run(state)
    k = 0
    for art in state.articles:
        views = [v for v in (art.title, art.subtitle) if v is not None] + list(art.paragraphs)
        expected = []
        seen: set[tuple[int, int]] = set()
        for view in views:
            for hit in plain(calls[k], view.text):
                span = view.whole_base_span(hit.span, state.text)
                if span is not None and (span.start, span.end) not in seen:
                    seen.add((span.start, span.end))
                    expected.append(with_span(hit.value, span))
            k += 1
        assert art.dates == expected
        assert all(d.span.slice(state.text).replace("\n", "") == d.text for d in art.dates)


def test_split_lines_keeps_one_string_per_tiny_line() -> None:
    lines = split_lines("县\n县\n 县 \n乡")
    assert [ln.text for ln in lines] == ["县", "县", "县", "乡"]
    assert lines[0].text is lines[1].text is lines[2].text


def test_trigger_is_a_per_line_search() -> None:
    # the trigger finds a line by what it holds, never by its line break
    assert layout._SHAPE_TRIGGER.search("本\n报") is None
    assert layout._SHAPE_TRIGGER.search("本 报") is not None
    assert re.search(layout._SHAPE_TRIGGER.pattern, "A01要闻") is not None


_DATE_LINE_ALPHABET = list("0123456789〇零○Ｏ一二三四五六七八九十年月日号-/. \u3000\t")


@given(st.text(alphabet=st.sampled_from(_DATE_LINE_ALPHABET), max_size=7))
def test_date_line_needs_eight_characters(text: str) -> None:
    """``may_join`` skips the date-line pattern on lines shorter than 8 characters: none of
    them is a date line (2024-1-1 and 2024年1月1日 are the shortest)."""
    from govnews import segment

    assert segment._DATE_LINE.match(text) is None
    assert segment._DATE_LINE.match("2024-1-1") and segment._DATE_LINE.match("2024年1月1日")


class _CountingPattern:
    """A compiled pattern that counts its searches (``re.Pattern`` cannot be patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(text, pos)


def test_page_dates_scan_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of tiny lines, many holding 年: the page-date pattern runs once over the page,
    not once per line that holds a date character."""
    counting = _CountingPattern(dates._PAGE_DATE)
    monkeypatch.setattr(dates, "_PAGE_DATE", counting)
    state = _state_before(_tiny_lines(3000), "dates")
    assert dates.page_dates(state) == []
    assert counting.calls <= 2, counting.calls


_PAGE_DATE_ALPHABET = list("2019０２年月日-/.．－／ \u3000\n报A")


@given(st.text(alphabet=st.sampled_from(_PAGE_DATE_ALPHABET), max_size=120))
def test_page_date_lines_are_the_per_line_search(text: str) -> None:
    state = ParseState(original=text, norm=normalize(text))
    state.lines = split_lines(state.text)
    per_line = {ln.index for ln in state.lines if ln.text and dates._PAGE_DATE.search(ln.text)}
    assert state.lines_matching(dates._PAGE_DATE) == per_line
