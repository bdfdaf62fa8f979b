"""Publication lines: a table of forms and negatives."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.pubinfo import PublicationParser, find_publication

D = datetime.date
T = datetime.time

# (text, date, time, source, [(name, role)])
POSITIVE = [
    ("发布日期:2024-04-05", D(2024, 4, 5), None, None, []),
    ("发布时间:2022-07-18 21:35:23", D(2022, 7, 18), T(21, 35, 23), None, []),
    ("作者: 发布日期:2024-04-05", D(2024, 4, 5), None, None, []),
    ("来源:市教育局 作者:张三", None, None, "市教育局", [("张三", "作者")]),
    ("时间:2024年4月5日 来源:新华网", D(2024, 4, 5), None, "新华网", []),
    ("日期:2024/4/5 浏览次数:120", D(2024, 4, 5), None, None, []),
    ("发布时间:2024.04.05 09:30 字号:[大 中 小]", D(2024, 4, 5), T(9, 30), None, []),
    ("【字体:大 中 小】 发布日期:2023-11-02", D(2023, 11, 2), None, None, []),
    ("来源:临朐县融媒体中心 | 编辑:李梅 | 审核:王刚", None, None, "临朐县融媒体中心",
     [("李梅", "编辑"), ("王刚", "审核")]),
    ("2009年09月27日 22:24 来源:中国新闻网 【字体:大 中 小】", D(2009, 9, 27), T(22, 24), "中国新闻网", []),
    ("文章来源:区政府办 发布时间:2021-3-8 点击:358次", D(2021, 3, 8), None, "区政府办", []),
    ("责任编辑:刘洋", None, None, None, [("刘洋", "责任编辑")]),
    ("浏览:1234次 发布日期:2020年12月1日", D(2020, 12, 1), None, None, []),
    ("发布时间：２０２４－０４－０５", D(2024, 4, 5), None, None, []),
    ("校对:周敏 审核:郑华", None, None, None, [("周敏", "校对"), ("郑华", "审核")]),
    ("发布日期:2024-04-05\n来源:本站", D(2024, 4, 5), None, "本站", []),
    ("信息来源:县教体局 发布人:admin 发布时间:2020-01-02 [打印] [关闭]", D(2020, 1, 2), None, "县教体局", []),
    ("2022-07-18 21:35", D(2022, 7, 18), T(21, 35), None, []),
    ("作者:王 芳 来源:泰安日报 日期:2021-05-06", D(2021, 5, 6), None, "泰安日报", [("王芳", "作者")]),
]

NEGATIVE = [
    "资金来源:财政拨款",
    "时间:上午9时 地点:县政府三楼会议室",
    "会议时间:2024年4月5日",
    "作者认为,这项改革意义重大。",
    "来源于群众,服务于群众",
    "编辑部的同志们",
    "日期和时间",
    "本文来源于网络,版权归原作者所有。",
    "浏览器:Chrome",
    "点击这里查看详情",
    "2024年4月5日",
    "时间:2024年4月5日上午在县政府召开全县产教融合工作推进会议,要求各单位主要负责同志参加",
]


@pytest.mark.parametrize(("text", "date", "time", "source", "people"), POSITIVE)
def test_publication_forms(text: str, date: D | None, time: T | None, source: str | None,
                           people: list[tuple[str, str]]) -> None:
    info = find_publication(text)
    assert info is not None, text
    assert (info.date, info.time, info.source) == (date, time, source)
    assert [(p.name, p.role) for b in info.bylines for p in b.people] == people
    assert info.span.slice(text).strip() == text.strip()
    for b in info.bylines:
        assert b.span.slice(text) == b.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_publication_lines(text: str) -> None:
    assert find_publication(text) is None


def test_lines_apart_are_separate_hits() -> None:
    text = "发布日期:2024-04-05\n正文一段。\n责任编辑:刘洋"
    hits = list(PublicationParser().scan(text))
    assert [h.text for h in hits] == ["发布日期:2024-04-05", "责任编辑:刘洋"]


@given(st.text(max_size=300))
def test_total_and_spans_valid(text: str) -> None:
    for hit in PublicationParser().scan(text):
        assert 0 <= hit.span.start < hit.span.end <= len(text)
        assert hit.span.slice(text) == hit.text
        for b in hit.value.bylines:
            assert hit.span.contains(b.span)


@given(st.text(alphabet="发布日期时间来源作者编辑:：2024-04-05 12:30 \n大中小【】[]张王", max_size=60))
def test_total_on_near_misses(text: str) -> None:
    for hit in PublicationParser().scan(text):
        assert hit.span.slice(text) == hit.text
