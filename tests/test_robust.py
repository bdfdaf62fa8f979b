"""What a crawler hands over: pages saved twice, page breaks and Unicode line separators,
invisible characters, CRLF joins, malformed records, failing rules (issue 18).

Every page here is invented for the test.
"""

from __future__ import annotations

import contextlib
import copy
import random
import re
import tracemalloc
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import govnews
import govnews.state
from govnews import Document, Repair, noise, normalize, parse
from govnews.lines import split_lines

# --------------------------------------------------------------------------- helpers


def view(doc: Document) -> list[tuple[Any, ...]]:
    """What a reader takes from each article: title, paragraphs, facts and dates (no spans)."""
    return [
        (
            a.title.text if a.title else None,
            tuple(p.text for p in a.paragraphs),
            tuple((f.text, str(f.value), f.unit) for f in a.facts),
            tuple((d.text, d.date) for d in a.dates),
        )
        for a in doc.articles
    ]


def assert_copies_kept_apart(page: str, sep: str) -> None:
    """``parse(page + sep + page)`` gives the articles of ``parse(page)`` twice, or once
    with the copy as ``duplicate`` noise; no paragraph of an article comes from the other copy."""
    single = view(parse(page))
    text = page + sep + page
    doc = parse(text)
    double = view(doc)
    if double == single:
        if single:
            assert any(n.kind == "duplicate" for n in doc.noise)
    else:
        assert double == single + single, (single, double)
    second = len(page) + len(sep)
    for art in doc.articles:
        copies = {p.span.start >= second for p in art.paragraphs if p.span.end > p.span.start}
        assert len(copies) <= 1, [p.text for p in art.paragraphs]


# --------------------------------------------------------------------------- invented pages

_BRIEFS = (
    "县农业农村局召开秋粮收购工作推进会\n"
    "本报讯 近日，县农业农村局召开秋粮收购工作推进会，全县12个乡镇分管负责人参加\n"
    "会议要求各乡镇做好仓容准备和资金保障，确保农民售粮不难\n"
    "今年全县秋粮播种面积达到3.6万亩，预计总产1.8万吨。\n"
    "（记者 王晓东）\n"
    "城区新建两处口袋公园投入使用\n"
    "本报讯 日前，城区新建的两处口袋公园正式向市民开放\n"
    "公园总面积约4200平方米，设有健身步道和儿童游乐区\n"
    "附近居民纷纷前来散步休闲。\n"
)


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\x0c", "\r\n", "\n\u3000\n"])
def test_a_page_saved_twice_gives_its_articles_once(sep: str) -> None:
    # lines that end without a stop invite the stitcher to continue them further down
    doc = parse(_BRIEFS + sep + _BRIEFS)
    assert view(doc) == view(parse(_BRIEFS))
    assert_copies_kept_apart(_BRIEFS, sep)
    rules = {n.rule for n in doc.noise if n.kind == "duplicate"}
    assert rules == {"structure.repeated_block"}


def test_a_page_repeated_many_times_grows_no_paragraph() -> None:
    doc = parse("\n".join([_BRIEFS] * 60))
    assert view(doc) == view(parse(_BRIEFS))
    longest = max(len(p.text) for a in doc.articles for p in a.paragraphs)
    assert longest < len(_BRIEFS)


def test_a_repeated_article_block_inside_a_page() -> None:
    head = "首页 > 新闻中心 > 本地要闻\n"
    article = _BRIEFS.split("城区新建")[0]
    doc = parse(head + article + article + "版权所有 某某县融媒体中心\n")
    assert view(doc) == view(parse(head + article + "版权所有 某某县融媒体中心\n"))


def test_short_repeats_are_left_alone() -> None:
    # a two-line slogan printed twice is not a repeated block: too short to be sure
    page = "不忘初心\n牢记使命\n本报讯 全县召开动员大会，部署下一阶段工作。\n不忘初心\n牢记使命\n"
    assert not [n for n in parse(page).noise if n.rule == "structure.repeated_block"]


# --------------------------------------------------------------------------- line separators


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_line_and_page_separators_break_lines(sep: str) -> None:
    page = f"两市签订职业教育合作协议{sep}本报讯 两市教育局日前签订了职业教育合作框架协议。"
    doc = parse(page)
    art = doc.articles[0]
    assert art.title is not None and art.title.text == "两市签订职业教育合作协议"
    assert art.dateline is not None and art.dateline.text == "本报讯"
    assert sep not in "".join(p.text for p in art.paragraphs)
    (rep,) = [r for r in doc.repairs if r.before == sep]
    assert rep.after == "\n" and rep.span.slice(page) == sep and rep.rule == "space.line_break"


def test_pdftotext_pages_are_separate_lines() -> None:
    page = "第一页的标题\n本报讯 第一页正文。\n\x0c第二页的标题\n本报讯 第二页正文。\n\x0c"
    n = normalize(page)
    assert [ln.text for ln in split_lines(n.text) if ln.text] == [
        "第一页的标题", "本报讯 第一页正文。", "第二页的标题", "本报讯 第二页正文。"
    ]


# --------------------------------------------------------------------------- tiny lines


def _joined(doc_repairs: Iterable[Repair]) -> list[Repair]:
    return [r for r in doc_repairs if r.kind == "line_join"]


@pytest.mark.parametrize("sep", ["\n", "\r\n"])
def test_a_column_of_one_character_lines_is_one_join(sep: str) -> None:
    # text set one character a line (vertical text copied from a PDF, a <br> after each character)
    body = "全县今年新建学校三所，改善了办学条件"
    page = "县里办学条件改善\n" + sep.join(body) + "。"
    doc = parse(page)
    assert [p.text for p in doc.articles[0].paragraphs] == [body + "。"]
    (join,) = _joined(doc.repairs)
    assert join.before == join.span.slice(page)
    assert join.after == join.before.replace(sep, "")
    assert page[join.span.start - 1] == body[0] and page[join.span.end] == body[-1]


def test_joins_of_lines_apart_are_a_repair_each() -> None:
    # lines of eight characters and more keep one repair per break, as before
    lines = ["今年以来，桃源镇坚持把发展产业作为乡村", "振兴的重中之重，全镇新增特色", "种植基地5个，带动群众增收。"]
    page = "桃源镇发展特色产业\n本报讯 " + "\n".join(lines)
    joins = _joined(parse(page).repairs)
    assert [(r.before, r.after) for r in joins] == [("\n", ""), ("\n", "")]


def test_a_short_line_between_long_ones_joins_its_neighbours_into_one_repair() -> None:
    page = (
        "桃源镇发展特色产业\n本报讯 今年以来，桃源镇坚持把发展产业作为乡村\n振兴\n"
        "的重中之重，全镇新增特色种植基地5个。"
    )
    (join,) = _joined(parse(page).repairs)
    assert (join.before, join.after) == ("\n振兴\n", "振兴")


# --------------------------------------------------------------------------- invisible characters

INVISIBLE = [
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
    "\u2068", "\u2069", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\u180e", "\u2061", "\ufe0f", "\U000e0041", "\u034f", "\U000e0000", "\U000e0002",
]


@pytest.mark.parametrize("ch", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_cut_with_a_repair(ch: str) -> None:
    page = f"全县投入{ch}资金2.7亿元{ch}，新建学校3所。"
    doc = parse(page)
    para = doc.articles[0].paragraphs[0]
    assert para.text == "全县投入资金2.7亿元，新建学校3所。"
    cut = [r for r in doc.repairs if r.before == ch]
    assert len(cut) == 2 and all(r.after == "" and r.span.slice(page) == ch for r in cut)
    assert [f.text for f in doc.articles[0].facts] == ["2.7亿元", "3所"]


def test_every_format_character_is_invisible_to_the_parsers() -> None:
    """The list in normalize.py holds every character of category Cf of this Python."""
    from govnews.normalize import _INVISIBLE

    cls = re.compile(f"[{_INVISIBLE}]")
    missing = [
        f"U+{c:04X}" for c in range(0x110000)
        if unicodedata.category(chr(c)) == "Cf" and not cls.match(chr(c))
    ]
    assert missing == []


def test_a_right_to_left_override_reaches_no_title() -> None:
    page = "\u202e两市签订协议\u202c\n本报讯 两市教育局\u2067签订了框架协议。"
    art = parse(page).articles[0]
    assert art.title is not None and art.title.text == "两市签订协议"
    assert art.title.span.slice(page).strip("\u202e\u202c") == "两市签订协议"
    assert all("\u2067" not in p.text for p in art.paragraphs)


def test_an_invisible_character_inside_a_crlf_adds_no_line() -> None:
    assert normalize("甲\r\u200b\n乙").text == "甲\n乙"


# --------------------------------------------------------------------------- CRLF joins


def test_line_join_before_is_the_source_of_its_span() -> None:
    # a line cut mid-sentence across a blank line (long enough to be prose, not a title)
    page = "两市签订协议\r\n本报讯 两市教育局昨日在市行政中心签订了职业教育\r\n\r\n合作框架协议。"
    doc = parse(page)
    joins = [r for r in doc.repairs if r.kind == "line_join"]
    assert joins
    for r in joins:
        assert r.before == r.span.slice(page) == "\r\n\r\n"


def test_every_repair_before_is_its_source() -> None:
    for page in ("标题\r\n本报讯 正文未完\r\n续写完毕。", "标题\x0c本报讯 正文未完\x0c续写完毕。"):
        for r in parse(page).repairs:
            if r.before:
                assert r.before == r.span.slice(page), r


# --------------------------------------------------------------------------- malformed dicts


def _dict() -> dict[str, Any]:
    return parse("两市签订协议\n本报聊城7月23日讯(记者 张同建)全市投入2.7亿元。").to_dict()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["articles"][0]["facts"][0].update(value="两亿"), "articles[0].facts[0].value"),
        (lambda d: d["articles"][0]["facts"][0].pop("unit"), "articles[0].facts[0].unit"),
        (lambda d: d["articles"][0].update(span="0-5"), "articles[0].span"),
        (lambda d: d["articles"][0]["title"].pop("text"), "articles[0].title.text"),
        (lambda d: d["articles"][0]["bylines"][0]["people"][0].update(name=None),
         "articles[0].bylines[0].people[0].name"),
        (lambda d: d["articles"][0]["dateline"].update(month="七"), "articles[0].dateline.month"),
        (lambda d: d["articles"][0].update(paragraphs={}), "articles[0].paragraphs"),
        (lambda d: d.update(noise=[None]), "noise[0]"),
        (lambda d: d.update(repairs=[{"kind": "space"}]), "repairs[0].span"),
        (lambda d: d["articles"][0]["facts"][0].update(span=[5, 2]), "articles[0].facts[0].span"),
    ],
)
def test_from_dict_names_the_malformed_field(change: Any, field: str) -> None:
    d = copy.deepcopy(_dict())
    change(d)
    with pytest.raises(ValueError, match="^" + re.escape(field) + ": "):
        Document.from_dict(d)


def test_from_dict_refuses_what_is_no_dict() -> None:
    with pytest.raises(ValueError, match=r"expected a govnews\.document/1 dict"):
        Document.from_dict([])  # type: ignore[arg-type]


# --------------------------------------------------------------------------- failing rules


def test_a_rule_that_raises_inside_line_noise_fails_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError("a broken noise rule")

    monkeypatch.setattr(noise, "_run_noise", broken)
    with pytest.raises(RuntimeError, match="a broken noise rule"):
        govnews.parse("标题\n正文。\n版权所有 某某网")


# --------------------------------------------------------------------------- properties

_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_words = st.text(_HAN, min_size=2, max_size=14)
_fact = st.builds(
    lambda q, n, u: f"{q}{n}{u}", st.sampled_from(["", "近", "约", "超过"]),
    st.one_of(st.integers(1, 99999).map(str), st.sampled_from(["2.7", "两", "三", "十二"])),
    st.sampled_from(["万元", "亿元", "人", "个", "亩", "所", "项"]),
)
_date = st.builds(lambda y, m, d: f"{y}年{m}月{d}日", st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28))
_sentence = st.builds(
    lambda parts, end: "".join(parts) + end,
    st.lists(st.one_of(_words, _fact, _date), min_size=1, max_size=5),
    st.sampled_from(["。", "。", "，", "", "；", "！"]),
)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map("".join)
_dateline = st.sampled_from(["本报讯 ", "本报聊城7月23日讯 ", "新华社北京12月31日电 ", ""])
_byline = st.sampled_from(["", "(记者 张同建)", "（通讯员 李华）"])
_article = st.builds(
    lambda title, dl, by, paras, close: "\n".join([title, dl + by + paras[0], *paras[1:], *close]),
    st.text(_HAN, min_size=6, max_size=20), _dateline, _byline,
    st.lists(_paragraph, min_size=1, max_size=5),
    st.sampled_from([[], ["（王小明）"], ["责任编辑：李四"]]),
)
news_page = st.builds(
    lambda head, arts, foot: "\n".join([*head, *arts, *foot]),
    st.sampled_from([[], ["首页 > 新闻中心"], ["设为首页 收藏本站"]]),
    st.lists(_article, min_size=1, max_size=3),
    st.sampled_from([[], ["版权所有 某某县人民政府"], ["主办：某某县融媒体中心 电话：0635-1234567"]]),
)
_seps = st.sampled_from(["\n", "\n\n", "\x0c", "\n\x0c", "\r\n", "\u2028", "\n \n"])


@given(news_page, _seps)
@example(_BRIEFS, "\n")
def test_a_doubled_page_gives_its_articles_twice_or_once(page: str, sep: str) -> None:
    # a page that already repeats its own lines is a repeated page itself (the repeats
    # stage sets its second block apart): the property is about copies of one page
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    assume(len(set(lines)) == len(lines))
    assert_copies_kept_apart(page, sep)


_invisible = st.sampled_from(
    sorted({chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"} | set(INVISIBLE))
)


@given(news_page, st.lists(st.tuples(st.integers(0, 10**6), _invisible), min_size=1, max_size=4))
def test_an_invisible_character_anywhere_changes_no_article(page: str, inserts: list[tuple[int, str]]) -> None:
    text = page
    for pos, ch in inserts:
        k = pos % (len(text) + 1)
        text = text[:k] + ch + text[k:]
    assert view(parse(text)) == view(parse(page))


# --------------------------------------------------------------------------- compact lines

_tiny = st.lists(st.sampled_from(["本", "报", "讯", "一", "年", "。", "", "|", "12", "记者 张三"]), max_size=60)


@contextlib.contextmanager
def _all_compact() -> Iterator[None]:
    """Every page keeps its lines compact, as a page of more than ``COMPACT_ABOVE`` lines does."""
    saved = govnews.state.COMPACT_ABOVE
    govnews.state.COMPACT_ABOVE = -1
    try:
        yield
    finally:
        govnews.state.COMPACT_ABOVE = saved


@given(st.one_of(news_page, _tiny.map("\n".join), st.builds(lambda p, t: p + "\n" + "\n".join(t), news_page, _tiny)))
@example(_BRIEFS)
def test_compact_lines_parse_as_line_records_do(page: str) -> None:
    # the stages read a long page's lines from its columns: the same document either way
    expected = parse(page).to_dict()
    with _all_compact():
        assert parse(page).to_dict() == expected


def test_compact_lines_make_no_record_per_line() -> None:
    # a page of 10^5 one-character lines: a record per line (a Line, its Span, three integers)
    # costs ~190 bytes, more than the whole parse may take at its peak
    n = 100_000
    text = "\n".join(random.Random(7).choices("本报讯记者一二三四五六七八九十亿万元人年月日", k=n))
    parse("标题\n正文。")
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        doc = parse(text)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(doc.articles) == 1 and len(doc.articles[0].paragraphs[0].text) == n
    assert peak / n < 130, peak / n
