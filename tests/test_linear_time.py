"""The fast paths of the hot stages give exactly what the plain scans give (no timing here)."""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from govnews import injected, segment
from govnews.noise_rules import DEFAULT_RULES, compile_mode

normalize = importlib.import_module("govnews.normalize")  # the package exports a function of that name

# characters that start or end the patterns the fast paths skip to
_ALPHABET = list(
    "(（)）锟斤拷\ufffd?*\r\n \u3000\u200b０Ａ文县縣發fāǎ一二本报讯记者"
    "主办承首页收藏加入本站扫一描识别原文_|-—网机械设备轴承泵阀北京海南"
)
_TEXT = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60)


@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=400))
def test_edit_matches_are_those_of_finditer(text: str) -> None:
    # long texts with many brackets also take the path that hands the rest to finditer
    fast = [(m.span(), m.lastgroup) for m in normalize._edit_matches(text)]
    assert fast == [(m.span(), m.lastgroup) for m in normalize._EDITS.finditer(text)]


@given(_TEXT)
def test_noise_hint_words_are_exact(text: str) -> None:
    comp = compile_mode(DEFAULT_RULES, "marker")
    words = {w for ws in comp.hints for w in ws}
    assert comp.words_in(text) == {w for w in words if w in text}


@given(_TEXT)
def test_product_hint_finds_every_product(text: str) -> None:
    if injected._PRODUCT.search(text) is not None:
        assert injected._PRODUCT_HINT.search(text) is not None


@given(_TEXT, st.booleans())
def test_titleish_memo_is_pure(text: str, headline: bool) -> None:
    segment._clear_memos()
    first = segment.is_titleish(text, headline=headline)
    assert segment.is_titleish(text, headline=headline) == first == segment._titleish(text, headline)
    assert segment._key(text) == "".join(segment._HAN.findall(segment.clean_title(text)))


# the gated footer.sponsor patterns: separators, colons, line breaks and field words
_SPONSOR_ALPHABET = list("主管办承协运维护单位:：| ｜丨【】[]\n\t\u3000，。由和与某市局网")


@given(st.text(alphabet=st.sampled_from(_SPONSOR_ALPHABET), max_size=120))
def test_gated_noise_patterns_find_what_finditer_finds(text: str) -> None:
    from govnews.noise import _gated_finditer

    comp = compile_mode(DEFAULT_RULES, "marker")
    gated = [(p, g) for (p, _, _), g in zip(comp.patterns, comp.line_gates, strict=True) if g is not None]
    assert len(gated) == 2
    for pattern, gate in gated:
        fast = [m.span() for m in _gated_finditer(pattern, gate, text)]
        assert fast == [m.span() for m in pattern.finditer(text)]


_PRODUCT_ALPHABET = list("混合机械设备轴承泵阀塑料不锈钢站标记打包装帮扶工作的了，。 \n")


@given(st.text(alphabet=st.sampled_from(_PRODUCT_ALPHABET), max_size=120))
def test_product_matches_are_those_of_finditer(text: str) -> None:
    fast = [m.span() for m in injected._product_matches(text)]
    assert fast == [m.span() for m in injected._PRODUCT.finditer(text)]
