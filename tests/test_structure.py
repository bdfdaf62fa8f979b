"""Page structure: articles, titles, headings, paragraphs, line joins and duplicates.

Every page here is written for these tests (none is copied from a real page).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews import Document, parse
from govnews.segment import clean_title, is_terminal, is_titleish


def titles(doc: Document) -> list[str | None]:
    return [a.title.text if a.title else None for a in doc.articles]


def bodies(doc: Document) -> list[str]:
    return ["¶".join(p.text for p in a.paragraphs) for a in doc.articles]


def heads(doc: Document, k: int = 0) -> list[tuple[str, int, str | None]]:
    return [(h.text, h.level, h.marker) for h in doc.articles[k].headings]


# --------------------------------------------------------------------------- several articles

MULTI: list[tuple[str, str, list[str]]] = [
    (
        "closing bylines separate articles",
        "城东街道开展夏季消防演练\n近日,城东街道组织辖区企业开展消防演练,提高了应急处置能力。\n(王晓明)\n"
        "南湖社区举办邻里文化节\n南湖社区日前举办第三届邻里文化节,居民踊跃参与。\n(李娜)",
        ["城东街道开展夏季消防演练", "南湖社区举办邻里文化节"],
    ),
    (
        "an article cut off before the next title",
        "西山镇推进农村道路改造\n西山镇今年投入资金改造农村道路,目前已完成主要路段的\n"
        "北河县加快建设智慧农业示范园\n北河县智慧农业示范园建设进展顺利,园区引进企业多家。",
        ["西山镇推进农村道路改造", "北河县加快建设智慧农业示范园"],
    ),
    (
        "two datelines",
        "全市召开安全生产工作会议\n本报讯 全市安全生产工作会议昨日召开。\n"
        "高新区新增三家科技企业\n本报讯(记者 周强)高新区新增三家科技企业。",
        ["全市召开安全生产工作会议", "高新区新增三家科技企业"],
    ),
    (
        "column banners before a title",
        "一篇报道的标题在这里\n本报讯 这是第一篇报道的正文内容。\n(张伟)\n乡村振兴·在行动\n"
        "东坡村发展特色种植产业\n东坡村结合本地实际发展特色种植,村民收入明显增加。",
        ["一篇报道的标题在这里", "东坡村发展特色种植产业"],
    ),
    (
        "title with a deck line",
        "河口镇打造生态旅游名片\n全镇接待游客同比增长两成,旅游收入再创新高\n"
        "本报河口5月2日讯 河口镇今年以来大力发展生态旅游。\n"
        "(刘洋)\n城南小学开展防溺水教育\n城南小学近日开展防溺水安全教育活动。",
        ["河口镇打造生态旅游名片", "城南小学开展防溺水教育"],
    ),
    (
        "a repeated title continues the article",
        "石桥镇开展环境整治行动\n石桥镇组织干部群众清理村庄垃圾,整治乱堆乱放\n"
        "青山区启动老旧小区改造工程\n青山区今年计划改造老旧小区,惠及居民众多。\n"
        "石桥镇开展环境整治行动\n问题,村容村貌明显改善。",
        ["石桥镇开展环境整治行动", "青山区启动老旧小区改造工程"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), MULTI, ids=[m[0] for m in MULTI])
def test_multi_article_pages(why: str, page: str, expected: list[str]) -> None:
    assert titles(parse(page)) == expected


def test_columns_and_deck() -> None:
    page = MULTI[3][1]
    doc = parse(page)
    assert [c.text for c in doc.articles[1].columns] == ["乡村振兴·在行动"]
    doc = parse(MULTI[4][1])
    assert doc.articles[0].subtitle is not None
    assert doc.articles[0].subtitle.text == "全镇接待游客同比增长两成,旅游收入再创新高"


def test_repeated_title_is_noise_and_stitches() -> None:
    doc = parse(MULTI[5][1])
    assert "整治乱堆乱放问题,村容村貌明显改善。" in bodies(doc)[0]
    assert "问题" not in bodies(doc)[1]
    assert any(n.kind == "duplicate" and n.text == "石桥镇开展环境整治行动" for n in doc.noise)


def test_headless_fragment_goes_to_the_article_it_continues() -> None:
    page = (
        "东湖街道推进垃圾分类工作\n东湖街道在各社区设置分类投放点,组织志愿者走进小区开展垃圾分类宣传,"
        "讲解分类知识,发放宣传资料,督促\n"
        "西岭镇扎实开展春季植树活动\n西岭镇组织机关干部和村民在荒山种植苗木,扩大绿化面积,提升生态环境质量,"
        "并安排专人负责\n"
        "居民正确投放垃圾,东湖街道垃圾分类参与率不断提高,社区环境持续改善。\n"
        "南坪村发展乡村旅游带动增收\n南坪村依托山水资源发展乡村旅游,村民收入明显提高。"
    )
    doc = parse(page)
    assert titles(doc) == ["东湖街道推进垃圾分类工作", "西岭镇扎实开展春季植树活动", "南坪村发展乡村旅游带动增收"]
    assert "督促居民正确投放垃圾" in bodies(doc)[0]
    assert "居民正确投放垃圾" not in bodies(doc)[1]


def test_cut_off_article_keeps_its_last_words_and_not_the_next_title() -> None:
    doc = parse(MULTI[1][1])
    assert bodies(doc)[0].endswith("目前已完成主要路段的")
    assert "北河县" not in bodies(doc)[0]


def test_closing_byline_is_not_a_paragraph_or_title() -> None:
    doc = parse(MULTI[0][1])
    assert "(王晓明)" not in bodies(doc)[0]
    assert all("王晓明" not in (t or "") for t in titles(doc))


# --------------------------------------------------------------------------- one article, headings

NOTICE = (
    "关于做好春季学期开学工作的通知\n各县区教育局:\n为做好春季学期开学工作,现将有关事项通知如下。\n"
    "一、总体要求\n坚持安全第一,确保平稳有序开学。\n"
    "（一）加强组织领导\n各地要成立工作专班,明确责任分工。\n"
    "1.细化工作方案\n制定开学工作方案,逐校落实。\n"
    "（1）排查安全隐患\n对校舍、食堂等开展全面排查。\n"
    "二、工作安排\n各校按照统一部署分批次返校。\n"
)


def test_numbered_notice_levels() -> None:
    doc = parse(NOTICE)
    assert len(doc.articles) == 1
    assert titles(doc) == ["关于做好春季学期开学工作的通知"]
    assert heads(doc) == [
        ("总体要求", 1, "一、"),
        ("加强组织领导", 2, "（一）"),
        ("细化工作方案", 3, "1."),
        ("排查安全隐患", 4, "（1）"),
        ("工作安排", 1, "二、"),
    ]


def test_numbered_heads_not_in_paragraphs() -> None:
    body = bodies(parse(NOTICE))[0]
    assert "总体要求" not in body and "坚持安全第一,确保平稳有序开学。" in body


PAIRS = (
    "区文旅局多措并举推动文旅融合发展\n今年以来,区文旅局围绕文旅融合目标,推出一系列举措,取得了积极成效。\n"
    "打造精品线路\n提升游客满意度\n区文旅局梳理全区景点资源,设计推出多条精品旅游线路。\n"
    "丰富文化活动\n激发消费新活力\n全区举办各类文化活动,吸引大量市民游客参与。\n"
)


def test_heading_pairs_are_levels_one_and_two() -> None:
    assert heads(parse(PAIRS)) == [
        ("打造精品线路", 1, None),
        ("提升游客满意度", 2, None),
        ("丰富文化活动", 1, None),
        ("激发消费新活力", 2, None),
    ]


RUN_IN = (
    "县医保局扎实推进医保服务提质增效\n县医保局今年以来着力提升医保经办服务水平。\n"
    "优化办事流程。县医保局全面梳理经办事项,压缩办理时限,群众办事更加便捷。\n"
    "推进数字赋能。县医保局推广医保电子凭证,实现多项业务网上办理。\n"
    "强化基金监管。县医保局开展专项检查,守牢基金安全底线。\n"
)


def test_run_in_heads_keep_the_paragraph_whole() -> None:
    doc = parse(RUN_IN)
    assert heads(doc) == [("优化办事流程", 1, None), ("推进数字赋能", 1, None), ("强化基金监管", 1, None)]
    assert "优化办事流程。县医保局全面梳理经办事项" in bodies(doc)[0]


def test_run_in_heads_below_line_headings() -> None:
    page = (
        "市农业农村局推动乡村全面振兴\n市农业农村局扎实推进各项工作。\n聚焦产业发展:培育壮大特色产业\n"
        "做强粮食产业。全市粮食生产保持稳定,播种面积稳中有增。\n做优特色产业。各地因地制宜发展特色种植和养殖。\n"
        "聚焦乡村建设:改善农村人居环境\n推进厕所革命。全市完成农村户厕改造任务。\n"
    )
    assert heads(parse(page)) == [
        ("聚焦产业发展:培育壮大特色产业", 1, None),
        ("做强粮食产业", 2, None),
        ("做优特色产业", 2, None),
        ("聚焦乡村建设:改善农村人居环境", 1, None),
        ("推进厕所革命", 2, None),
    ]


LOOKALIKES = [
    "会议由副县长主持。",
    "参观结束后,在会议室进行了座谈。",
    "活动取得圆满成功。",
    "大家纷纷表示受益匪浅。",
    "据了解,该项目总投资较大。",
    "他说:“我们一定干好。”",
    "这是一项民生工程。",
    "第一,要提高认识。第二,要狠抓落实。",
    "一是加强领导。二是完善机制。",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_short_sentences_stay_paragraphs(sentence: str) -> None:
    page = (
        f"街道召开工作推进会议\n街道召开工作推进会议,部署下一阶段重点任务。\n{sentence}\n会议还通报了近期工作情况。"
    )
    doc = parse(page)
    assert len(doc.articles) == 1
    assert heads(doc) == []
    assert sentence in bodies(doc)[0]


def test_list_items_are_not_headings() -> None:
    page = "办理须知\n办理业务需携带以下材料:\n1.身份证原件;\n2.户口簿原件;\n3.近期照片两张。\n咨询请到服务大厅。"
    doc = parse(page)
    assert all(h.marker is None or h.text not in {"身份证原件", "户口簿原件"} for h in doc.articles[0].headings)
    assert "1.身份证原件;" in bodies(doc)[0]


# --------------------------------------------------------------------------- broken lines and jump markers

BROKEN: list[tuple[str, str]] = [
    ("近年来,全市坚持推动产教融合、深化校企合作,努力实现集\n\n团化、集约化发展。", "努力实现集团化、集约化发展。"),
    ("由乡镇(街\n\n道)经管站登记。", "由乡镇(街道)经管站登记。"),
    ("设立公益岗位109\n\n个,帮助群众就业。", "设立公益岗位109个,帮助群众就业。"),
    ("老师们都会\n与孩子进行亲切交流。", "老师们都会与孩子进行亲切交流。"),
    ("全县共有中小学、幼儿园\n\n\n\n56所,在校生三万余人。", "全县共有中小学、幼儿园56所,在校生三万余人。"),
    ("项目总投资2.\n5亿元。", "项目总投资2.5亿元。"),
]


@pytest.mark.parametrize(("raw", "joined"), BROKEN)
def test_broken_lines_are_joined(raw: str, joined: str) -> None:
    page = "县里推进重点项目建设\n" + raw + "\n其他工作同步推进。"
    doc = parse(page)
    assert joined in bodies(doc)[0]
    assert any(r.kind == "line_join" for r in doc.repairs)


def test_complete_paragraphs_are_not_joined() -> None:
    doc = parse("县里推进重点项目建设\n第一段话结束了。\n第二段话也结束了。")
    assert [p.text for p in doc.articles[0].paragraphs] == ["第一段话结束了。", "第二段话也结束了。"]
    assert not any(r.kind == "line_join" for r in doc.repairs)


@pytest.mark.parametrize("marker", ["（下转第二版）", "(上接第一版)", "（转第3版）", "（下转第12版）"])
def test_jump_markers(marker: str) -> None:
    page = f"市政府召开常务会议\n会议研究部署了近期重点工作,要求各部门抓好落实。{marker}\n"
    doc = parse(page)
    assert marker not in bodies(doc)[0]
    assert any(n.text == marker for n in doc.noise)


# --------------------------------------------------------------------------- duplicates and titles

def test_duplicate_paragraphs_become_noise() -> None:
    para = "全市上下凝心聚力,推动经济社会高质量发展。"
    doc = parse(f"全市推动高质量发展\n{para}\n另一段不同的内容在这里。\n{para}")
    assert bodies(doc)[0].count(para) == 1
    assert [n.kind for n in doc.noise] == ["duplicate"]


def test_title_repeated_as_separator() -> None:
    title = "县教育局推进教育帮扶工作落到实处"
    page = (
        f"{title}\n县教育局深入开展帮扶工作。\n帮在企业\n{title}\n工作组深入企业开展服务。\n"
        f"扶在乡村\n{title}\n工作组走进乡村解决难题。"
    )
    doc = parse(page)
    assert len(doc.articles) == 1
    assert [h.text for h in doc.articles[0].headings] == ["帮在企业", "扶在乡村"]
    assert sum(1 for n in doc.noise if n.kind == "duplicate") == 2


@pytest.mark.parametrize(
    ("raw", "title", "subtitle"),
    [
        ("• 市教育局聚力推进强市建设", "市教育局聚力推进强市建设", None),
        ("■ 全区召开经济工作会议", "全区召开经济工作会议", None),
        ("◆ 县委理论学习中心组开展集体学习", "县委理论学习中心组开展集体学习", None),
        ("山海同心 携手共进 ——东西部协作工作纪实", "山海同心 携手共进", "东西部协作工作纪实"),
        ("全市召开脱贫攻坚推进会_新闻中心_某某市人民政府门户网站", "全市召开脱贫攻坚推进会", None),
    ],
)
def test_title_cleaning(raw: str, title: str, subtitle: str | None) -> None:
    doc = parse(raw + "\n正文内容在这里,写得很完整。")
    a = doc.articles[0]
    assert a.title is not None and a.title.text == title
    assert (a.subtitle.text if a.subtitle else None) == subtitle


def test_single_article_page_gains_no_articles() -> None:
    page = "区政府召开常务会议\n会议听取了有关工作汇报。\n会议强调,要压实责任。\n会议还研究了其他事项。"
    assert len(parse(page).articles) == 1


def test_page_without_title() -> None:
    doc = parse("会议听取了有关工作汇报。\n会议强调,要压实责任。")
    assert titles(doc) == [None]
    assert len(doc.articles[0].paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("加快了脱贫致富步伐。", True), ("重点考", False), ("他说:“好。”", True), ("真的吗?", True), ("2019", False)],
)
def test_is_terminal(text: str, expected: bool) -> None:
    assert is_terminal(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阳谷大布:“细微”之处抓扶贫", True),
        ("(陈玉华)", False),
        ("本报聊城7月23日讯(记者 张同建)", False),
        ("完善校企合作机制。近期聊城市教体", False),
        ("各县区教育局:", False),
        ("2019", False),
    ],
)
def test_is_titleish(text: str, expected: bool) -> None:
    assert is_titleish(text) is expected


def test_clean_title_idempotent() -> None:
    assert clean_title(clean_title("• 标题_新闻中心_某某网")) == clean_title("• 标题_新闻中心_某某网")


# --------------------------------------------------------------------------- properties

_SENT = st.sampled_from(
    ["全市新建学校12所。", "会议强调要压实责任。", "村民收入明显增加,生活越来越好。",
     "工作组深入一线调研,帮助企业解决难题。",
     "近年来,全区持续加大投入", "与孩子进行交流", "(记者 王明)", "(张三)", "本报讯 ", "一、总体要求", "（二）工作安排",
     "推进数字赋能。县里推广电子凭证,实现网上办理。"]
)
_TITLE = st.sampled_from(["城东街道开展消防演练", "南湖社区举办邻里文化节", "乡村振兴·在行动", "县教育局推进帮扶工作"])
_LINE = st.one_of(_SENT, _TITLE, st.text(alphabet="的一是在不了有和人这中大。,、\n 12", max_size=12))
pages = st.lists(_LINE, max_size=14).map("\n".join)


def _covered(doc: Document, n: int) -> tuple[list[int], list[int]]:
    owner = [-1] * n
    twice: list[int] = []

    def mark(start: int, end: int, k: int) -> None:
        for i in range(start, end):
            if owner[i] not in (-1, k):
                twice.append(i)
            owner[i] = k

    for k, a in enumerate(doc.articles):
        parts: list[Any] = [a.title, a.subtitle, *a.columns, a.dateline, *a.bylines, *a.headings, *a.paragraphs]
        for p in parts:
            if p is not None:
                mark(p.span.start, p.span.end, k)
    flat = [i for i in range(n) if owner[i] >= 0]
    for x in doc.noise:
        for i in range(x.span.start, x.span.end):
            owner[i] = max(owner[i], 10**6)
    for r in doc.repairs:
        for i in range(r.span.start, r.span.end):
            owner[i] = max(owner[i], 10**6)
    return [i for i in range(n) if owner[i] == -1], [i for i in twice if i in set(flat)]


@given(pages)
def test_nothing_lost_nothing_duplicated(page: str) -> None:
    doc = parse(page)
    lost, _ = _covered(doc, len(page))
    assert [page[i] for i in lost if not page[i].isspace()] == []
    # no character is counted in two articles, except where a fragment is stitched across another article
    if not any(r.kind == "stitch" for r in doc.repairs):
        _, twice = _covered(doc, len(page))
        assert twice == []


def test_official_notice_with_document_number_and_signature() -> None:
    page = (
        "某府发〔2024〕15号\n某市人民政府关于印发乡村振兴实施方案的通知\n各县区人民政府,市政府各部门:\n"
        "现将《乡村振兴实施方案》印发给你们,请认真贯彻执行。\n某市人民政府\n2024年3月8日\n"
        "乡村振兴实施方案\n为全面推进乡村振兴,制定本方案。\n一、总体目标\n到2025年,农村面貌明显改善。\n"
        "二、重点任务\n(一)发展乡村产业\n培育壮大特色产业。\n(二)建设美丽乡村\n持续改善人居环境。\n"
    )
    doc = parse(page)
    assert titles(doc) == ["某市人民政府关于印发乡村振兴实施方案的通知"]
    assert [(h.text, h.level) for h in doc.articles[0].headings if h.marker] == [
        ("总体目标", 1), ("重点任务", 1), ("发展乡村产业", 2), ("建设美丽乡村", 2)
    ]
    assert "某府发〔2024〕15号" in bodies(doc)[0]


@pytest.mark.parametrize("line", ["二○二四年四月八日", "2024年4月8日", "2024年4月"])
def test_date_lines_are_not_headings(line: str) -> None:
    page = f"区政府关于做好防汛工作的通知\n各街道:\n请做好防汛工作。\n区人民政府办公室\n{line}\n"
    doc = parse(page)
    assert all(h.text != line for h in doc.articles[0].headings)


def test_chapter_markers() -> None:
    page = "城市管理办法\n第一章 总则\n为加强城市管理,制定本办法。\n第二章 职责分工\n各部门按职责做好工作。\n"
    assert [(h.text, h.marker, h.level) for h in parse(page).articles[0].headings] == [
        ("总则", "第一章", 1), ("职责分工", "第二章", 1)
    ]


def test_a_word_left_alone_by_a_hard_wrap_neither_heads_nor_decks_the_report() -> None:
    # the body's first line runs on across a two-character fragment into a line that opens
    # with 的: no headline, no deck line, and the page's own headline stays the title
    page = (
        "桃源镇发展特色产业\n今年以来，桃源镇坚持把发展产业作为乡村\n振兴\n"
        "的重中之重，全镇新增特色种植基地5个。"
    )
    art = parse(page).articles[0]
    assert art.title is not None and art.title.text == "桃源镇发展特色产业"
    assert art.subtitle is None and not art.columns
    assert [p.text for p in art.paragraphs] == [
        "今年以来，桃源镇坚持把发展产业作为乡村振兴的重中之重，全镇新增特色种植基地5个。"
    ]


def test_a_line_opening_with_de_que_is_no_continuation() -> None:
    # 的确 opens sentences: the title above it stays a title
    page = "全县秋粮喜获丰收\n的确，今年全县秋粮产量创下新高，达到12万吨。"
    art = parse(page).articles[0]
    assert art.title is not None and art.title.text == "全县秋粮喜获丰收"
