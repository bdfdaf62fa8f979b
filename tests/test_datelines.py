"""Datelines: a table of forms, negatives, and generated datelines that parse back."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.bylines import find_bylines
from govnews.datelines import DatelineParser, find_datelines

# (text, outlet, place, month, day, kind) — the first dateline found
POSITIVE = [
    ("本报讯", "本报", None, None, None, "讯"),
    ("本报讯（通讯员 王丽）近日,全县开展安全检查。", "本报", None, None, None, "讯"),
    ("本报青岛5月8日讯 (记者 刘强)", "本报", "青岛", 5, 8, "讯"),
    ("本报北京6月1日电", "本报", "北京", 6, 1, "电"),
    ("本报北京6月1日专电", "本报", "北京", 6, 1, "电"),
    ("新华社北京12月31日电（记者 李忠发、潘洁）", "新华社", "北京", 12, 31, "电"),
    ("新华社电 国家统计局今天发布数据", "新华社", None, None, None, "电"),
    ("新华社拉萨8月2日电", "新华社", "拉萨", 8, 2, "电"),
    ("新华社北京电", "新华社", "北京", None, None, "电"),
    ("据新华社北京2月27日电", "新华社", "北京", 2, 27, "电"),
    ("中新网7月25日电 据外交部网站消息", "中新网", None, 7, 25, "电"),
    ("人民网北京3月5日电", "人民网", "北京", 3, 5, "电"),
    ("央广网北京10月9日消息", "央广网", "北京", 10, 9, "讯"),
    ("央视网消息（新闻联播）", "央视网", None, None, None, "讯"),
    ("楚天都市报9月23日讯(记者 张三)", "楚天都市报", None, 9, 23, "讯"),
    ("齐鲁晚报济南9月2日讯", "齐鲁晚报", "济南", 9, 2, "讯"),
    ("光明日报北京3月1日电", "光明日报", "北京", 3, 1, "电"),
    ("经济日报北京1月5日讯", "经济日报", "北京", 1, 5, "讯"),
    ("澎湃新闻上海6月3日电", "澎湃新闻", "上海", 6, 3, "电"),
    ("本报墨西哥城1月28日电记者张金江报道:", "本报", "墨西哥城", 1, 28, "电"),
    ("全文完。（本报北京11月13日电）", "本报", "北京", 11, 13, "电"),
    ("（新华社北京2月27日电）", "新华社", "北京", 2, 27, "电"),
    ("(本报武汉4月2日电)", "本报", "武汉", 4, 2, "电"),
    ("新华社北京１２月３１日电", "新华社", "北京", 12, 31, "电"),
    ("本报济南１０月８日讯", "本报", "济南", 10, 8, "讯"),
    ("中新社北京九月二十七日电 题:访华记者团", "中新社", "北京", 9, 27, "电"),
    ("新华社北京十二月三十一日电", "新华社", "北京", 12, 31, "电"),
    ("本报聊城7月23日讯(记者 张同建)", "本报", "聊城", 7, 23, "讯"),
    ("　　本报讯 两市教育局签订了框架协议", "本报", None, None, None, "讯"),
]

NEGATIVE = [
    "本报记者 王五",
    "记者从市教育局获悉,7月3日召开会议",
    "本报电话:0538-1234567",
    "联系电话:12377",
    "新华社报道称,会议取得成功",
    "根据新华社消息,会议召开",
    "今年7月23日讯息传来",
    "我们看到本报讯息",
    "7月23日,本报召开读者座谈会",
    "本报7月举办活动",
    "澎湃新闻记者 张三",
    "新华社记者罗玉文摄",
    "县委书记在会上讲话",
]


@pytest.mark.parametrize(("text", "outlet", "place", "month", "day", "kind"), POSITIVE)
def test_dateline_forms(text: str, outlet: str, place: str | None, month: int | None, day: int | None,
                        kind: str) -> None:
    found = find_datelines(text)
    assert found, text
    d = found[0]
    assert (d.outlet, d.place, d.month, d.day, d.kind) == (outlet, place, month, day, kind)
    assert d.span.slice(text) == d.text
    assert d.date is None


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_datelines(text: str) -> None:
    assert find_datelines(text) == []


def test_relayed_and_closing_rules() -> None:
    rules = [h.rule for h in DatelineParser().scan("据新华社北京2月27日电\n正文。\n（新华社北京2月27日电）")]
    assert rules == ["dateline.relayed", "dateline.closing"]


def test_year_from_reference_date_rolls_back() -> None:
    assert find_datelines("新华社北京12月31日电", datetime.date(2021, 1, 2))[0].date == datetime.date(2020, 12, 31)
    assert find_datelines("本报聊城7月23日讯", datetime.date(2020, 7, 23))[0].date == datetime.date(2020, 7, 23)
    assert find_datelines("新华社北京2024年3月5日电")[0].date == datetime.date(2024, 3, 5)


@given(st.text(max_size=300))
def test_total_and_spans_valid(text: str) -> None:
    for hit in DatelineParser().scan(text):
        assert 0 <= hit.span.start <= hit.span.end <= len(text)
        assert hit.span.contains(hit.value.span)
        assert hit.value.span.slice(text) == hit.value.text


@given(st.text(alphabet="本报新华社讯电据（）()北京聊城7月23日十二１２ \n记者张", max_size=80))
def test_total_on_near_misses(text: str) -> None:
    for d in find_datelines(text):
        assert d.span.slice(text) == d.text


_OUTLETS = ["本报", "新华社", "人民网", "中新网", "央广网", "中新社", "楚天都市报", "大众日报"]
_PLACES = ["聊城", "北京", "济南", "拉萨", "乌鲁木齐", "墨西哥城", "泰安"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英萍红鹏飞玲慧"
_CN = "〇一二三四五六七八九"
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _cn(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


_name = st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES),
                  st.text(alphabet=_GIVEN, min_size=1, max_size=2))
_group = st.tuples(st.sampled_from(["记者", "通讯员", "本报记者", "实习生"]),
                   st.lists(_name, min_size=1, max_size=3, unique=True))


@given(
    outlet=st.sampled_from(_OUTLETS),
    place=st.one_of(st.none(), st.sampled_from(_PLACES)),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    kind=st.sampled_from(["讯", "电"]),
    groups=st.lists(_group, min_size=0, max_size=3),
    form=st.sampled_from(["half", "wide", "chinese"]),
    paren=st.sampled_from(["()", "（）"]),
    sep=st.sampled_from(["、", " "]),
)
def test_rendered_dateline_parses_back(
    outlet: str, place: str | None, month: int, day: int, kind: str,
    groups: list[tuple[str, list[str]]], form: str, paren: str, sep: str,
) -> None:
    if form == "chinese":
        md = f"{_cn(month)}月{_cn(day)}日"
    else:
        md = f"{month}月{day}日"
        if form == "wide":
            md = md.translate(_WIDE)
    text = f"{outlet}{place or ''}{md}{kind}"
    names_seen: set[str] = set()
    groups = [(r, [n for n in ns if n not in names_seen and not names_seen.add(n)]) for r, ns in groups]
    groups = [(r, ns) for r, ns in groups if ns]
    if groups:
        inner = " ".join(f"{role} {sep.join(names)}" for role, names in groups)
        text += f"{paren[0]}{inner}{paren[1]}"
    text += "\n正文第一段。"
    d = find_datelines(text)[0]
    assert (d.outlet, d.place, d.month, d.day, d.kind) == (outlet, place, month, day, kind)
    people = [(p.name, p.role) for b in find_bylines(text) for p in b.people]
    expected = [(n, "记者" if r == "本报记者" else r) for r, ns in groups for n in ns]
    assert people == expected
