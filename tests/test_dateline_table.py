"""Datelines as pages write them: a table of forms with the outlet, place, month, day and kind
each must give, and strings that hold no dateline (or no place) though they look close.

Every string is invented for this table; each is normalised first, as ``parse`` does.
"""

from __future__ import annotations

import datetime

import pytest

import govnews
from govnews.datelines import find_datelines, opens_with_dateline
from govnews.normalize import normalize

Row = tuple[str, str, str | None, int | None, int | None, str]

#: (text, outlet, place, month, day, kind)
TABLE: list[Row] = [
    # the paper's own and the national agencies
    ("本报讯 全县召开会议。", "本报", None, None, None, "讯"),
    ("本报讯（记者 张同建）全县召开会议。", "本报", None, None, None, "讯"),
    ("本报聊城7月23日讯(记者 张同建)", "本报", "聊城", 7, 23, "讯"),
    ("本报聊城７月２３日讯", "本报", "聊城", 7, 23, "讯"),
    ("本报北京１２月３１日讯新华社记者陈雁", "本报", "北京", 12, 31, "讯"),
    ("本报北京十二月三十一日讯", "本报", "北京", 12, 31, "讯"),
    ("本报专电 全县召开会议。", "本报", None, None, None, "电"),
    ("本报北京专电 全县召开会议。", "本报", "北京", None, None, "电"),
    ("本报电 全县召开会议。", "本报", None, None, None, "电"),
    ("本报讯上海三菱电梯公司日前宣布", "本报", None, None, None, "讯"),
    ("本报讯记者冉永平从国家统计局获悉", "本报", None, None, None, "讯"),
    ("本台消息：全县召开会议。", "本台", None, None, None, "讯"),
    ("本网讯 全县召开会议。", "本网", None, None, None, "讯"),
    ("新华社北京12月31日电", "新华社", "北京", 12, 31, "电"),
    ("新华社北京十二月三十一日电（记者 高峰）", "新华社", "北京", 12, 31, "电"),
    ("新华社北京1月4日电（记者 周鹏）", "新华社", "北京", 1, 4, "电"),
    ("新华社电 全县召开会议。", "新华社", None, None, None, "电"),
    ("据新华社电 全县召开会议。", "新华社", None, None, None, "电"),
    ("据新华社北京2月27日电", "新华社", "北京", 2, 27, "电"),
    ("新华社达沃斯（瑞士）1月21日电（记者 孙一凡）", "新华社", "达沃斯", 1, 21, "电"),
    ("新华社日内瓦(瑞士)3月5日电", "新华社", "日内瓦", 3, 5, "电"),
    ("新华社布宜诺斯艾利斯5月1日电", "新华社", "布宜诺斯艾利斯", 5, 1, "电"),
    ("新华社乌鲁木齐8月2日电", "新华社", "乌鲁木齐", 8, 2, "电"),
    ("新华社北京五月十五日专电", "新华社", "北京", 5, 15, "电"),
    ("中新社北京五月十五日电 （记者 程若曦）", "中新社", "北京", 5, 15, "电"),
    ("中新网杭州6月2日电(记者 童笑雨)", "中新网", "杭州", 6, 2, "电"),
    ("中新网7月25日电 据外交部网站消息", "中新网", None, 7, 25, "电"),
    ("人民网北京3月5日电", "人民网", "北京", 3, 5, "电"),
    ("央视网消息：全县召开会议。", "央视网", None, None, None, "讯"),
    ("央视网消息（新闻联播）：全县召开会议。", "央视网", None, None, None, "讯"),
    ("中国青年报客户端北京8月14日电", "中国青年报客户端", "北京", 8, 14, "电"),
    ("人民日报客户端北京8月14日电", "人民日报客户端", "北京", 8, 14, "电"),
    ("光明日报北京3月2日电", "光明日报", "北京", 3, 2, "电"),
    ("经济日报北京2024年3月2日讯", "经济日报", "北京", 3, 2, "讯"),
    # papers, sites, apps and media centres not in any list
    ("楚天都市报9月23日讯", "楚天都市报", None, 9, 23, "讯"),
    ("湖北日报讯 全县召开会议。", "湖北日报", None, None, None, "讯"),
    ("三峡晚报讯 全县召开会议。", "三峡晚报", None, None, None, "讯"),
    ("齐鲁晚报讯（记者 王芳）", "齐鲁晚报", None, None, None, "讯"),
    ("大河新闻网讯 全县召开会议。", "大河新闻网", None, None, None, "讯"),
    ("荆州新闻网讯（记者 李强）", "荆州新闻网", None, None, None, "讯"),
    ("沂南融媒讯（记者 高晓燕 通讯员 李振华）", "沂南融媒", None, None, None, "讯"),
    ("望江融媒讯（记者 吴晓莲）", "望江融媒", None, None, None, "讯"),
    ("望江融媒訊（記者 吳曉蓮）", "望江融媒", None, None, None, "讯"),
    ("望江县融媒体中心讯 全县召开会议。", "望江县融媒体中心", None, None, None, "讯"),
    ("云上巴东讯　3月27日，全县召开会议。", "云上巴东", None, None, None, "讯"),
    ("云上恩施讯（记者 向明）", "云上恩施", None, None, None, "讯"),
    ("泰州日报9月25日讯", "泰州日报", None, 9, 25, "讯"),
    ("泰州日报靖江9月25日讯", "泰州日报", "靖江", 9, 25, "讯"),
    ("某某县融媒体中心3月2日讯", "某某县融媒体中心", None, 3, 2, "讯"),
    ("潇湘晨报长沙3月2日讯", "潇湘晨报", "长沙", 3, 2, "讯"),
    ("沂水发布讯 全县召开会议。", "沂水发布", None, None, None, "讯"),
    ("恩施手机台讯（记者 向明）", "恩施手机台", None, None, None, "讯"),
    # traditional and full-width forms
    ("本報訊 全縣召開會議。", "本报", None, None, None, "讯"),
    ("新華社北京12月31日電", "新华社", "北京", 12, 31, "电"),
    ("本報北京１２月３１日訊", "本报", "北京", 12, 31, "讯"),
    ("（中央社記者王剛台北6日電）台灣召開會議。", "中央社", "台北", None, 6, "电"),
    ("（中央社记者王刚台北6日电）台湾召开会议。", "中央社", "台北", None, 6, "电"),
    ("（中央社记者王小刚高雄16日电）", "中央社", "高雄", None, 16, "电"),
    # closing datelines, in parentheses
    ("（本报北京11月13日电）", "本报", "北京", 11, 13, "电"),
    # the day alone: the month comes from the page's date
    ("本报合肥18日电 勘探队员又发现一处煤田。", "本报", "合肥", None, 18, "电"),
    ("新华社北京十七日电 记者从有关部门获悉", "新华社", "北京", None, 17, "电"),
    ("（新华社北京２月２７日电）", "新华社", "北京", 2, 27, "电"),
    ("(新华社北京2月27日电)", "新华社", "北京", 2, 27, "电"),
    ("（据新华社电）", "新华社", None, None, None, "电"),
    # after bullets
    ("■本报讯 全县召开会议。", "本报", None, None, None, "讯"),
    ("●新华社北京12月31日电", "新华社", "北京", 12, 31, "电"),
]

#: no dateline at all
NOT_DATELINES: list[str] = [
    "新华社通讯员培训班开班",
    "本报通讯员张三报道",
    "本报上海三菱电梯公司日前宣布",
    "本报北京电视台联合举办",
    "全县近2万人受益。",
    "他说，通讯录已更新。",
    "全市电网负荷创新高",
    "本报记者张三",
    "国家统计局消息灵通人士说",
    "该公司讯息服务平台上线",
]


def _first(text: str) -> tuple[str, str | None, int | None, int | None, str]:
    found = find_datelines(normalize(text).text)
    assert found, text
    d = found[0]
    return d.outlet, d.place, d.month, d.day, d.kind


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_dateline_forms(row: Row) -> None:
    text, *expected = row
    assert _first(text) == tuple(expected)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    assert find_datelines(normalize(text).text) == []


@pytest.mark.parametrize("row", [r for r in TABLE if not r[0].startswith(("（", "("))], ids=lambda r: r[0])
def test_opening_forms_open_a_line(row: Row) -> None:
    assert opens_with_dateline(normalize(row[0]).text)


def test_table_size() -> None:
    assert len(TABLE) >= 60 and len({r[0] for r in TABLE}) == len(TABLE)


def test_place_is_never_a_fragment_of_the_next_word() -> None:
    for text in ("本报讯上海三菱电梯公司日前宣布", "本报专电 全县", "新华社通讯员张三报道", "本报北京电视台"):
        for d in find_datelines(text):
            assert d.place in (None, "北京"), (text, d.place)


def test_a_page_date_gives_the_year_of_a_dateline_under_it() -> None:
    page = (
        "某某日报 2024年9月26日 星期四\n第01版：要闻\n"
        "船舶订单排到2027年\n本报靖江9月25日讯 今年以来，船舶产业保持向好态势，新接订单增长。\n"
    )
    doc = govnews.parse(page)
    dl = [a.dateline for a in doc.articles if a.dateline is not None]
    assert dl and dl[0].date == datetime.date(2024, 9, 25)


def test_a_dateline_after_a_repost_note_still_opens_the_report() -> None:
    page = (
        "全省新增普惠托位2万个\n2024-06-03 08:57:12 来源：某某网\n"
        "（原标题：全省出台托育服务实施意见）\n"
        "中新网杭州6月2日电(记者 童一鸣)全省近日出台实施意见，提出今年新增普惠性托位2万个。\n"
        "全省共有各类托育机构3800余家。\n"
    )
    art = govnews.parse(page).articles[0]
    assert art.dateline is not None and (art.dateline.outlet, art.dateline.place) == ("中新网", "杭州")
    assert art.dateline.date == datetime.date(2024, 6, 2)
