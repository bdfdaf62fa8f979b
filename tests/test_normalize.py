"""Normalisation: repairs with original spans, the offset map, idempotence, totality."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews import Span, normalize
from govnews.normalize import has_traditional

_COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
)
SIMPLE = "".join(c for c in _COMMON if not has_traditional(c))
clean_text = st.text(alphabet=SIMPLE + "，。、：；“”《》 \n0123456789abcXYZ%.-", max_size=200)
any_text = st.lists(st.integers(0, 0x10FFFF), max_size=80).map(lambda cs: "".join(map(chr, cs)))
marked_text = st.lists(
    st.sampled_from(
        ["發(fā)", "調(diào)", "進(jìn)", "縣委", "??h", "锟斤拷", "\ufffd", "*终", "２．７", "ＡＢ", "\u3000",
         "\u00a0", "\r\n", "\r", "\u200b", "\x00", "(记者 张同建)", "(CPI)", "(联盟)", "本报讯", "\n", "，", "产教融合"]
    ),
    max_size=30,
).map("".join)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("發(fā)展", "发展"),
        ("調(diào)度推進(jìn)", "调度推进"),
        ("產(chǎn)教融合", "产教融合"),
        ("(记者 张同建)", "(记者 张同建)"),
        ("职业教育集团(联盟)", "职业教育集团(联盟)"),
        ("智能(仿真)实训", "智能(仿真)实训"),
        ("居民消费价格(CPI)上涨", "居民消费价格(CPI)上涨"),
        ("网址(www)", "网址(www)"),
        ("召开??h委常委", "召开委常委"),
        ("锟斤拷锟斤拷标题", "标题"),
        ("乱码\ufffd\ufffd文字", "乱码文字"),
        ("*终实现", "最终实现"),
        ("*佳效果", "最佳效果"),
        ("3*5=15", "3*5=15"),
        ("**重要**", "**重要**"),
        ("１２月３１日", "12月31日"),
        ("ＧＤＰ增长６．５％", "GDP增长6.5%"),
        ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
        ("\u3000\u3000正文", "  正文"),
        ("零\u200b宽\u200d字符\ufeff", "零宽字符"),
        ("控制\x00字符\x07", "控制字符"),
        ("縣委常委、副縣長", "县委常委、副县长"),
        ("臺灣", "台湾"),
        ("已经是简体的文字", "已经是简体的文字"),
        ("中文标点，保持全角：（一）", "中文标点，保持全角：（一）"),
    ],
)
def test_examples(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected
    if raw == expected:
        assert n.repairs == ()


def test_repair_spans_point_at_the_original() -> None:
    raw = "縣委發(fā)家召開??h委*终１２"
    n = normalize(raw)
    kinds = {r.kind: r for r in n.repairs}
    assert kinds["pinyin"].span.slice(raw) == "(fā)"
    assert kinds["mojibake"].span.slice(raw) == "??h"
    assert kinds["censored"].span.slice(raw) == "*"
    assert kinds["width"].span.slice(raw) == "１２"
    for r in n.repairs:
        if r.kind == "t2s":
            assert r.span.slice(raw) == r.before


def test_length_changing_conversion_keeps_offsets() -> None:
    # whatever OpenCC does to a line, spans after it still land on the same text
    raw = "電腦軟體\n本报讯 全市19所学校"
    n = normalize(raw)
    i = n.text.index("19")
    assert n.span_to_original(Span(i, i + 2)).slice(raw) == "19"


@given(any_text)
def test_total_and_idempotent(text: str) -> None:
    n = normalize(text)
    assert normalize(n.text).text == n.text


@given(marked_text)
def test_idempotent_on_marked_text(text: str) -> None:
    n = normalize(text)
    again = normalize(n.text)
    assert again.text == n.text
    assert again.repairs == ()


@given(marked_text | any_text)
def test_map_is_monotone_and_inside(text: str) -> None:
    n = normalize(text)
    prev = 0
    for i in range(len(n.text) + 1):
        o = n.to_original(i)
        assert 0 <= o <= len(text)
        assert o >= prev
        prev = o
        assert 0 <= n.to_original(i, end=True) <= len(text)
    for r in n.repairs:
        assert 0 <= r.span.start <= r.span.end <= len(text)


@given(clean_text)
def test_clean_text_unchanged(text: str) -> None:
    n = normalize(text)
    assert n.text == text
    assert n.repairs == ()


@given(marked_text)
def test_unchanged_characters_map_to_themselves(text: str) -> None:
    n = normalize(text)
    for i, ch in enumerate(n.text):
        if "\u4e00" <= ch <= "\u9fff" and ch in text:
            o = n.to_original(i)
            assert text[o] == ch or has_traditional(text[o]) or text[o] == "*"


def test_one_megabyte() -> None:
    text = ("縣委發(fā)展，本报讯\u3000１２月。\n" * 40000)[: 1 << 20]
    n = normalize(text)
    assert "發" not in n.text and "(fā)" not in n.text


def test_type_error() -> None:
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "working_span", "source"),
    [
        ("２０２２年\r\n７月", (6, 8), "７月"),
        ("一一\x00＃｜网", (0, 3), "一一\x00＃"),
        ("發(fā)\u200b(fā)家", (1, 2), "家"),
        ("發(fā)\u200b(fā)家", (0, 1), "發"),
    ],
)
def test_adjacent_edits_keep_exact_maps(raw: str, working_span: tuple[int, int], source: str) -> None:
    n = normalize(raw)
    assert n.span_to_original(Span(*working_span)).slice(raw) == source


@given(marked_text)
def test_each_working_character_maps_to_its_source(text: str) -> None:
    n = normalize(text)
    for i, ch in enumerate(n.text):
        src = text[n.to_original(i) : n.to_original(i + 1, end=True)]
        assert ch in normalize(src).text or ch == "最" or ch == "\n", (i, ch, src)


@given(marked_text | any_text | clean_text)
def test_shortcut_for_clean_text_is_exact(text: str) -> None:
    import sys

    module = sys.modules["govnews.normalize"]
    assert normalize(text) == module._normalize_passes(text)


@given(st.text(alphabet=st.sampled_from(list("(（)?*？a fāü终大县縣发發锟斤拷\u3000\r\n0２，。")), max_size=40))
def test_shortcut_on_brackets_questions_and_stars(text: str) -> None:
    # ``(``, ``?`` and ``*`` send a page to the passes only when an edit can start there
    import sys

    module = sys.modules["govnews.normalize"]
    assert normalize(text) == module._normalize_passes(text)


def test_a_character_t2s_converts_twice_is_kept() -> None:
    # OpenCC t2s: 薴 -> 苧, and 苧 -> 苎. Neither form is both idempotent and what one t2s
    # call of the original gives, so the original stays; 苧 itself converts once, to 苎.
    assert normalize("薴藥").text == "薴药"
    assert normalize("苧").text == "苎"
    assert normalize(normalize("薴藥").text).text == "薴药"
