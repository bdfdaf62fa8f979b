"""Page shapes met on real sites after the first release candidate (strings written for these tests)."""

from __future__ import annotations

import pytest

from govnews import parse


def _title(page: str) -> str | None:
    a = parse(page).articles[0]
    return a.title.text if a.title else None


def test_share_prompts_and_reading_crumb_before_the_title() -> None:
    page = (
        "点击右上角微信好友\n\n朋友圈\n\n请使用浏览器分享功能进行分享\n\n正在阅读:某某网-某某网\n"
        "首页>新闻频道>要闻>正文\n\n商务部:今年外贸运行总体平稳******\n\n"
        "新华社北京3月2日电(记者 李明)商务部新闻发言人2日表示,今年以来外贸运行总体平稳。\n"
    )
    doc = parse(page)
    a = doc.articles[0]
    assert a.title is not None and a.title.text == "商务部:今年外贸运行总体平稳"
    assert a.dateline is not None and a.dateline.outlet == "新华社"
    kinds = {n.text: n.kind for n in doc.noise}
    assert kinds.get("点击右上角微信好友") == "social_prompt"
    assert kinds.get("请使用浏览器分享功能进行分享") == "social_prompt"


def test_page_position_crumb() -> None:
    page = "本页位置: 首页新闻中心国内新闻\n  记者团走进社区 居民热情相迎\n  来自多地的记者昨天走进社区采访。\n"
    assert _title(page) == "记者团走进社区 居民热情相迎"


@pytest.mark.parametrize("opening", ["3月1日,", "2月28日上午,", "12月,", "1日,"])
def test_a_paragraph_opening_with_a_date_does_not_glue_to_the_title(opening: str) -> None:
    page = f"全市两会新闻中心启用 记者排队领证\n\n{opening}参加会议采访的记者排队依次领取采访证件。\n"
    assert _title(page) == "全市两会新闻中心启用 记者排队领证"


def test_headline_with_digits_and_ascii_quotes() -> None:
    page = '2024年度"最美家庭"评选揭晓 十户家庭获表彰\n\n近日,区妇联公布了评选结果。\n'
    assert _title(page) == '2024年度"最美家庭"评选揭晓 十户家庭获表彰'


def test_byline_lines_are_not_headings() -> None:
    page = (
        "山区小村走出致富路\n某村位于山区,全村有户籍779户。\n村里发展特色产业,收入逐年提高。\n"
        "本报记者:王明\n特约记者:李强\n编辑:赵亮\n"
    )
    a = parse(page).articles[0]
    assert a.headings == ()
    assert [p.name for b in a.bylines for p in b.people] == ["王明", "李强", "赵亮"]
