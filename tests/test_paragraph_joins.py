"""Line joins only mid-sentence: which breaks a paragraph runs on across, and which it never does."""

from __future__ import annotations

import pytest

import govnews

# (page, the paragraphs it must give)
CASES = [
    # a long line cut mid-word across a blank line (an e-paper column break) runs on
    (
        "两县共建产业园\n\n本报讯 近年来，两县坚持优势互补，推动产业协作，共同建设了一批共享性实训\n\n基地和物流园区。",
        ["近年来，两县坚持优势互补，推动产业协作，共同建设了一批共享性实训基地和物流园区。"],
    ),
    # a line cut after a sentence stop, mid-clause, runs on too
    (
        "两县共建产业园\n\n本报讯 两县签订协议。近期市发展改革\n\n委协调有关部门出台了配套政策。",
        ["两县签订协议。近期市发展改革委协调有关部门出台了配套政策。"],
    ),
    # a colon before a numbered item: the list starts a paragraph of its own
    (
        "某县关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n现就有关事项通知如下：\n\n一、压实防汛责任。各乡镇要落实包保责任。\n\n（1）暴雨。要及时转移群众。",
        ["各乡镇人民政府：", "现就有关事项通知如下：", "（1）暴雨。要及时转移群众。"],
    ),
    # a colon followed by a numbered item on the very next line
    (
        "某县关于做好防汛工作的通知\n\n重点防范以下灾害：\n（1）暴雨。要及时转移群众。",
        ["重点防范以下灾害：", "（1）暴雨。要及时转移群众。"],
    ),
    # a caption, a photo credit and a bracketed line stand alone
    (
        "两县共建产业园\n\n本报讯 两县签订协议。\n\n图为签约现场\n\n据介绍，产业园占地500亩。",
        ["两县签订协议。", "图为签约现场", "据介绍，产业园占地500亩。"],
    ),
    (
        "两县共建产业园\n\n本报讯 两县签订协议。\n\n工人在园区内装运货物。本报记者　王明　摄\n\n"
        "据介绍，产业园占地500亩。",
        ["两县签订协议。", "据介绍，产业园占地500亩。"],
    ),
    # a short line without a sentence stop (a signature, a date) never runs on across a blank line
    (
        "两县共建产业园\n\n本报讯 两县签订协议。\n\n某县人民政府办公室\n\n2025年3月3日\n\n据介绍，产业园占地500亩。",
        ["两县签订协议。", "据介绍，产业园占地500亩。"],
    ),
    # nor does a signature run on into its date on the next line
    (
        "某县关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n请遵照执行。\n某县人民政府\n2019年1月17日\n",
        ["请遵照执行。"],
    ),
    # a table row (cells parted by runs of spaces) is its own line
    (
        "某县经济运行情况\n\n本报讯 一季度全县经济平稳运行。\n\n工业增加值　　　　　6.2%\n\n全县固定资产投资增长5.1%。",
        ["一季度全县经济平稳运行。", "工业增加值　　　　　6.2%", "全县固定资产投资增长5.1%。"],
    ),
    # a headline with a decoration or a bar never runs on into the text under it
    (
        "两县共建产业园\n\n本报讯 两县签订协议。\n\n某某社70年 | 回望那一年，有这样一群人******\n\n"
        "这是多年前的一张照片。",
        ["某某社70年 | 回望那一年，有这样一群人******", "这是多年前的一张照片。"],
    ),
    # a note starts a paragraph
    (
        "某县经济运行情况\n\n本报讯 一季度全县经济平稳运行，主要指标如下\n\n注：本文数据为初步统计数。",
        ["一季度全县经济平稳运行，主要指标如下", "注：本文数据为初步统计数。"],
    ),
    # the items of a numbered list, each on its line without a blank line between
    (
        "关于做好参保缴费工作的通知\n\n现将有关事项通知如下。\n\n"
        "附件：1.2025年度参保缴费明细表\n      2.参保缴费工作联系人名单",
        ["附件：1.2025年度参保缴费明细表", "2.参保缴费工作联系人名单"],
    ),
    (
        "关于做好参保缴费工作的通知\n\n现将有关事项通知如下。\n\n（1）参保缴费明细表\n（2）参保缴费工作联系人名单",
        ["（1）参保缴费明细表", "（2）参保缴费工作联系人名单"],
    ),
    # a number cut by the line break runs on: 1 / 2.5 is no list
    (
        "两县共建产业园\n\n本报讯 园区今年新增企业1\n2.5万家，同比增长3%。",
        ["园区今年新增企业12.5万家，同比增长3%。"],
    ),
    # a hard-wrapped paragraph whose short lines hold commas: never headings, one paragraph
    (
        "绿水青山间的“共富工坊”\n本报记者 吴晓东\n走进杨家村的“共富工坊”，20多名村民\n正在赶制一批手工编织篮。\n"
        "近年来，桃源镇引进来料加工企业8家，建成“共\n富工坊”23个，带动1200余名群众就近就业，人\n均年增收2.6万元。",
        ["近年来，桃源镇引进来料加工企业8家，建成“共富工坊”23个，带动1200余名群众就近就业，人均年增收2.6万元。"],
    ),
    # a table whose cells are set apart by two spaces: its header and rows stay lines of their own
    (
        "关于公布防汛责任人名单的通知\n\n现将名单予以公布。\n\n序号  责任区域  责任人  联系电话\n"
        "1  城关镇  王建国  13907451234\n2  石门镇  李红梅  13807452345\n\n"
        "县防指办公室值班电话：0745-7221234\n附件：防汛责任人通讯录\n县防汛抗旱指挥部\n2025年4月30日",
        ["序号  责任区域  责任人  联系电话", "1  城关镇  王建国  13907451234", "2  石门镇  李红梅  13807452345",
         "县防指办公室值班电话：0745-7221234", "附件：防汛责任人通讯录", "县防汛抗旱指挥部", "2025年4月30日"],
    ),
    # a contact line inside a notice, above its attachment and signature, is the notice's text
    (
        "关于做好参保缴费工作的通知\n\n各乡镇：\n\n现将有关事项通知如下，请认真贯彻落实。\n\n"
        "联系人：韦明亮  联系电话：0772-7212345\n\n附件：参保缴费明细表\n\n县医疗保障局\n\n2025年8月29日",
        ["联系人：韦明亮  联系电话：0772-7212345", "附件：参保缴费明细表"],
    ),
]


@pytest.mark.parametrize(("page", "expected"), CASES)
def test_paragraph_breaks(page: str, expected: list[str]) -> None:
    paragraphs = [p.text for a in govnews.parse(page).articles for p in a.paragraphs]
    for want in expected:
        if want in ("图为签约现场",) or "　　" in want or want.endswith("：") or want.startswith("（1）"):
            # lines that must stand alone (they may or may not be body text, but never glued)
            assert not any(want in p and p != want for p in paragraphs), paragraphs
        else:
            assert want in paragraphs, paragraphs


def test_signature_block_not_glued_to_prose() -> None:
    page = "两县共建产业园\n\n本报讯 两县签订协议。\n\n某县人民政府办公室\n\n2025年3月3日\n\n据介绍，产业园占地500亩。"
    paragraphs = [p.text for a in govnews.parse(page).articles for p in a.paragraphs]
    assert not any("办公室2025年" in p or "日据介绍" in p for p in paragraphs), paragraphs


def test_photo_source_is_cut_and_caption_stands_alone() -> None:
    page = "两县共建产业园\n\n本报讯 两县签订协议。\n\n▲ 产业园区建设现场（资料图）\n\n据介绍，产业园占地500亩。"
    doc = govnews.parse(page)
    paragraphs = [p.text for a in doc.articles for p in a.paragraphs]
    assert "据介绍，产业园占地500亩。" in paragraphs, paragraphs
    assert not any("资料图" in p for p in paragraphs), paragraphs
    assert any(n.rule == "metadata.photo_source" and n.text == "（资料图）" for n in doc.noise)


def test_signature_and_date_stay_apart() -> None:
    page = "某县关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n请遵照执行。\n某县人民政府\n2019年1月17日\n"
    paragraphs = [p.text for a in govnews.parse(page).articles for p in a.paragraphs]
    assert "某县人民政府2019年1月17日" not in paragraphs, paragraphs


def test_numbered_figure_caption_and_table_row_stand_alone_without_a_blank_line() -> None:
    page = (
        "某县经济运行情况\n\n本报讯 全县地区生产总值比上年增长6.1%。\n"
        "图1：2019-2023年全县地区生产总值及增长速度\n"
        "三次产业结构持续优化，服务业比重上升\n到百分之五十。\n"
        "工业增加值\t6.2%\n全县固定资产投资增长5.1%。"
    )
    paragraphs = [p.text for a in govnews.parse(page).articles for p in a.paragraphs]
    assert "图1：2019-2023年全县地区生产总值及增长速度" in paragraphs, paragraphs
    # a hard-wrapped sentence still runs on
    assert "三次产业结构持续优化，服务业比重上升到百分之五十。" in paragraphs, paragraphs
    assert not any(p.startswith("工业增加值") and p.endswith("5.1%。") for p in paragraphs), paragraphs


def test_hard_wrapped_page_title_byline_heads_and_paragraphs() -> None:
    """Text copied from a fixed-width column (a PDF of a newspaper page): every line of a
    paragraph but its last is as wide as the column. A wide line that ends no sentence runs on
    into the next and is never a title or a head; a short line without a stop between two
    paragraphs is a head."""
    page = (
        "产业兴旺 乡村振兴有底气\n本报记者 吴晓东 通讯员 周敏\n"
        "今年以来，桃源镇坚持把发展产业作为乡村\n振兴的重中之重，全镇新增特色种植基地5个。\n"
        "特色种植鼓起钱袋子\n在杨家村的蓝莓基地，工人们正在采摘成熟的蓝\n莓。基地负责人介绍，今年蓝莓亩产达到800公\n"
        "斤，每亩收益超过3万元。\n来料加工稳住就业岗\n镇里引进来料加工企业8家，带动1200余名群众\n"
        "就近就业，人均年增收2.6万元。"
    )
    (art,) = govnews.parse(page).articles
    assert art.title is not None and art.title.text == "产业兴旺 乡村振兴有底气"
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == [("吴晓东", "记者"), ("周敏", "通讯员")]
    assert [h.text for h in art.headings] == ["特色种植鼓起钱袋子", "来料加工稳住就业岗"]
    assert [p.text for p in art.paragraphs] == [
        "今年以来，桃源镇坚持把发展产业作为乡村振兴的重中之重，全镇新增特色种植基地5个。",
        "在杨家村的蓝莓基地，工人们正在采摘成熟的蓝莓。基地负责人介绍，今年蓝莓亩产达到800公斤，每亩收益超过3万元。",
        "镇里引进来料加工企业8家，带动1200余名群众就近就业，人均年增收2.6万元。",
    ]


def test_page_of_whole_paragraph_lines_has_no_wrap_width() -> None:
    from govnews.lines import wrap_width

    lines = [ln for ln in _SEEDLIKE.split("\n") if ln]
    assert wrap_width(lines) is None


_SEEDLIKE = (
    "全县召开春季农业生产推进会\n"
    "5月9日，县里召开春季农业生产推进会，安排部署当前重点工作。\n"
    "会议指出，今年全县计划播种粮食作物52万亩，要把任务分解到村、落实到地块，确保颗粒归仓。\n"
    "会议要求，各乡镇要抓好春播春管，加强农资供应和技术服务。\n"
    "县农业农村局负责同志就春播备耕工作作了具体安排，各乡镇主要负责同志参加会议。\n"
)
