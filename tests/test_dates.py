"""Dates in running text: forms, resolution of the year, negatives, and the stage."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.dates import DateParser, find_dates, small_int

REF = datetime.date(2020, 7, 23)

# (text, year anchor, [(text, date)])
POSITIVE = [
    ("2018年6月大连市与六盘水市举行会议", None, [("2018年6月", "2018-06")]),
    ("7月22日上午,发布会召开", None, [("7月22日", "--07-22")]),
    ("7月22日上午,发布会召开", 2020, [("7月22日", "2020-07-22")]),
    ("今年3月10日,订单班开课", None, [("今年3月10日", "--03-10")]),
    ("今年3月10日,订单班开课", 2023, [("今年3月10日", "2023-03-10")]),
    ("去年10月以来", 2023, [("去年10月", "2022-10")]),
    ("明年起实施", 2023, [("明年", "2024")]),
    ("4月3日召开会议", 2024, [("4月3日", "2024-04-03")]),
    ("2019年培训中心计划招收学生", None, [("2019年", "2019")]),
    ("认真做好2016-2020年雨露计划", None, [("2016", "2016"), ("2020年", "2020")]),
    ("2018年至2020年每年捐资", None, [("2018年", "2018"), ("2020年", "2020")]),
    ("２０１８年１２月启动建设", None, [("２０１８年１２月", "2018-12")]),
    ("二〇一八年十二月三十一日", None, [("二〇一八年十二月三十一日", "2018-12-31")]),
    ("十二月三十一日", None, [("十二月三十一日", "--12-31")]),
    ("于2024-04-05发布", None, [("2024-04-05", "2024-04-05")]),
    ("于2024/4/5发布", None, [("2024/4/5", "2024-04-05")]),
    ("于2024.04.05发布", None, [("2024.04.05", "2024-04-05")]),
    ("5月30日前全部确权", None, [("5月30日", "--05-30")]),
    ("2月29日", 2024, [("2月29日", "2024-02-29")]),
    ("10月1日号召", None, [("10月1日", "--10-01")]),
]

NEGATIVE = [
    "联系电话:0538-6272000",
    "版本v2.10.1发布",
    "鲁ICP备08005495号-1",
    "三代试管婴儿费用明细121219982311.431.179867987",
    "身份证号370902199001011234",
    "近3个月以来",
    "十三五规划",
    "第一批",
    "13月5日",
    "2月30日",
    "投入2.7亿元",
    "举报电话:12377",
    "今年以来",
    "2020-13-01",
    "2023/2/29",
    "鲁公网安备 37090202000001号",
    "版本号1.2.2019",
]


@pytest.mark.parametrize(("text", "year", "expected"), POSITIVE)
def test_date_forms(text: str, year: int | None, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, year=year)
    assert [(d.text, d.date) for d in found] == expected
    for d in found:
        assert d.span.slice(text) == d.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_reference_date_anchors_and_clock_is_never_used() -> None:
    assert [d.date for d in find_dates("7月22日", REF)] == ["2020-07-22"]
    assert [d.date for d in find_dates("去年10月")] == [None]
    assert DateParser().anchor is None


def test_small_int() -> None:
    assert [small_int(x) for x in ["7", "１２", "十", "二十三", "廿", "三十一", "九"]] == [7, 12, 10, 23, 20, 31, 9]
    assert small_int("十十") is None and small_int("") is None


@given(st.text(max_size=300))
def test_total_and_spans_valid(text: str) -> None:
    for hit in DateParser(reference_date=REF).scan(text):
        assert 0 <= hit.span.start < hit.span.end <= len(text)
        assert hit.span.slice(text) == hit.text == hit.value.text


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["half", "wide", "cn"]))
def test_generated_dates_parse_back(year: int, month: int, day: int, form: str) -> None:
    cn = "〇一二三四五六七八九"

    def c(n: int) -> str:
        tens, ones = divmod(n, 10)
        return cn[n] if n < 10 else ("" if tens == 1 else cn[tens]) + "十" + (cn[ones] if ones else "")

    if form == "cn":
        text = "".join(cn[int(x)] for x in str(year)) + f"年{c(month)}月{c(day)}日"
    else:
        text = f"{year}年{month}月{day}日"
        if form == "wide":
            text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    found = find_dates("会议于" + text + "召开")
    assert [d.date for d in found] == [f"{year:04d}-{month:02d}-{day:02d}"]


def test_stage_uses_published_year_and_title() -> None:
    doc = govnews.parse("标题\n发布日期:2024-04-05\n4月3日,会议召开。今年5月,活动开展。")
    assert [(d.text, d.date) for d in doc.articles[0].dates] == [("4月3日", "2024-04-03"), ("今年5月", "2024-05")]


def test_stage_reference_date() -> None:
    doc = govnews.parse("标题\n7月22日上午,发布会召开。", reference_date=REF)
    assert [d.date for d in doc.articles[0].dates] == ["2020-07-22"]


def test_stage_spans_map_to_original() -> None:
    text = "标题\n会议于２０１８年１２月召开。"
    doc = govnews.parse(text)
    (d,) = doc.articles[0].dates
    assert d.date == "2018-12" and text[d.span.start : d.span.end] == "２０１８年１２月"


def test_stage_never_matches_across_a_removed_byline() -> None:
    doc = govnews.parse("标题\n共投入资金2018(记者 张三)年建设。")
    assert all("记者" not in d.text for d in doc.articles[0].dates)
    assert all(len(d.span.slice("标题\n共投入资金2018(记者 张三)年建设。")) <= 8 for d in doc.articles[0].dates)


# ------------------------------------------------------------- two engines, one pattern

_DATE_CHARS = (
    "0123456789０１２３４５６７８９〇零○一二三四五六七八九十廿卅两今去明前后年月日号"
    " \u3000-－—–~～至到/／.．Aa\n第个上本下份底初末中"
)


def _matches(pattern: object, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@given(st.text(alphabet=_DATE_CHARS, max_size=60) | st.text(max_size=60))
def test_scan_engine_finds_the_same_matches(text: str) -> None:
    # the stdlib ``re`` form behind its lookahead scans; it must agree with ``regex`` everywhere
    from govnews.dates import _DATE, _DATE_SCAN

    assert _matches(_DATE_SCAN, text) == _matches(_DATE, text)
    # the quick test before the scan never skips a text that holds a date
    from govnews.dates import _may_hold_date

    assert _may_hold_date(text) or not _matches(_DATE, text)


def test_dense_text_keeps_the_dates() -> None:
    from govnews.dates import _DATE

    table = "，".join(f"{1990 + k % 30}年{1 + k % 12}月{1 + k % 28}日产值{k}万元" for k in range(300))
    expected = [(m.start(), m.end()) for m in _DATE.finditer(table)]
    assert [(h.span.start, h.span.end) for h in DateParser().scan(table)] == expected
    assert len(expected) == 300


# ------------------------------------------------------------- the page date (issue 16)

MASTHEAD_PAGE = (
    "江城日报 2023年12月02日 星期六\n\n第A02版：要闻\n\n湿地公园对外开放\n\n"
    "本报江城12月1日讯 30日，湿地公园完成改造。今年以来，全市新增绿地，上月启动二期，去年同期为一期。\n\n"
    "冬季供暖启动\n\n本报讯 记者1日获悉，全市供暖于十一月十五日启动。\n"
)


def test_page_date_anchors_articles_without_being_published() -> None:
    doc = govnews.parse(MASTHEAD_PAGE)
    first, second = doc.articles
    assert first.published is None and second.published is None
    assert [(d.text, d.date) for d in first.dates] == [
        ("30日", "2023-12-30"),
        ("今年", "2023"),
        ("上月", "2023-11"),
        ("去年", "2022"),
    ]
    assert str(first.dateline.date) == "2023-12-01"
    assert [(d.text, d.date) for d in second.dates] == [("1日", "2023-12-01"), ("十一月十五日", "2023-11-15")]


def test_page_date_is_read_from_chrome_lines_only() -> None:
    # a date in the body is content, not a page date: the yearless 1日 stays without a month
    doc = govnews.parse("标题\n\n会议回顾了2023年12月02日的活动。记者1日获悉，工作推进。")
    assert [(d.text, d.date) for d in doc.articles[0].dates] == [("2023年12月02日", "2023-12-02")]


def test_december_dateline_on_a_january_page() -> None:
    # a dateline is never later than its page: December on a January page is the year before
    doc = govnews.parse("江城日报 2024年1月2日 星期二\n\n年终盘点\n\n本报江城12月31日讯 全市举行年终总结会。")
    assert str(doc.articles[0].dateline.date) == "2023-12-31"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("15年3月2日", 2016, "2015-03-02"),
        ("98年3月2日", 2016, "1998-03-02"),
        ("03年5月", 1999, "2003-05"),
        ("15年3月2日", None, "--03-02"),
    ],
)
def test_two_digit_years_take_the_nearest_century(text: str, year: int | None, expected: str) -> None:
    assert [d.date for d in find_dates(text, year=year)] == [expected]


@pytest.mark.parametrize(
    "text", ["创建４０年来", "诞辰９０周年", "建厂30年", "每月5日", "5日内办结", "一日三餐", "数日后"]
)
def test_counts_of_years_and_days_are_not_dates(text: str) -> None:
    assert [h.text for h in DateParser(year=1998, month=1).scan(text)] == []
