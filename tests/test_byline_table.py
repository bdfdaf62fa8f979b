"""Bylines and credits as pages write them: a table of forms with the people, roles and
organisations each must give, and a table of look-alikes that must give nobody.

Every string is invented for this table. Each is normalised first (as ``parse`` does:
traditional to simplified, full-width folding), then scanned with ``find_bylines``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.bylines import find_bylines
from govnews.normalize import normalize

P = tuple[str, str | None, str | None]


def people(text: str) -> list[P]:
    return [(p.name, p.role, p.org) for b in find_bylines(normalize(text).text) for p in b.people]


J, T, B, E, S, X = "记者", "通讯员", "本报", "责任编辑", "摄影", None

#: (the text, the people it gives as (name, role, org)), grouped by form
TABLE: list[tuple[str, list[P]]] = [
    # --- role-led, in brackets after a dateline (half- and full-width)
    ("本报讯（记者 张同建）", [("张同建", J, X)]),
    ("本报讯(记者 张同建)", [("张同建", J, X)]),
    ("本报讯（记者　张同建）", [("张同建", J, X)]),
    ("本报讯（记者：张同建）", [("张同建", J, X)]),
    ("本报北京5月3日电（记者 王芳 李强）", [("王芳", J, X), ("李强", J, X)]),
    ("本报北京５月３日电（记者 王芳、李强）", [("王芳", J, X), ("李强", J, X)]),
    ("本报北京5月3日电（记者 王芳，李强）", [("王芳", J, X), ("李强", J, X)]),
    ("新华社北京1月4日电（记者 周鹏）", [("周鹏", J, X)]),
    ("本报讯（记者 刘晓彤 通讯员 孔德新）", [("刘晓彤", J, X), ("孔德新", T, X)]),
    ("本报讯(记者 刘晓彤 通讯员 孔德新 许志刚)", [("刘晓彤", J, X), ("孔德新", T, X), ("许志刚", T, X)]),
    ("本报讯（通讯员 钱程）", [("钱程", T, X)]),
    ("本报讯（本报记者 李慧敏）", [("李慧敏", J, B)]),
    ("本报讯（记者 陈曦 实习生 何雨桐）", [("陈曦", J, X), ("何雨桐", "实习生", X)]),
    ("本报讯（特约记者 张建国）", [("张建国", "特约记者", X)]),
    ("本报讯（首席记者 李卫东）", [("李卫东", "首席记者", X)]),
    ("本报讯（见习记者 孟雪）", [("孟雪", "见习记者", X)]),
    ("本报讯（特约通讯员 贺文）", [("贺文", "特约通讯员", X)]),
    ("本报讯（记者孙岚 通讯员邓新华）", [("孙岚", J, X), ("邓新华", T, X)]),
    ("（解放军报记者陈大鹏、新华社记者罗玉文）", [("陈大鹏", J, "解放军报"), ("罗玉文", J, "新华社")]),
    ("【泰安日报社·最泰安全媒体记者 杨丽宁】", [("杨丽宁", J, "泰安日报社·最泰安全媒体")]),
    ("【记者 赵明】", [("赵明", J, X)]),
    ("[记者 赵明]", [("赵明", J, X)]),
    ("［记者 赵明］", [("赵明", J, X)]),
    ("〔记者 赵明〕", [("赵明", J, X)]),
    ("【记者 孙岩 周晓】", [("孙岩", J, X), ("周晓", J, X)]),
    # --- names of any length and origin
    ("本报讯（记者 尕玛多吉）", [("尕玛多吉", J, X)]),
    ("本报讯（记者 阿依古丽）", [("阿依古丽", J, X)]),
    ("本报讯（记者 买买提·吐尔逊）", [("买买提·吐尔逊", J, X)]),
    ("本报讯（记者 买买提•吐尔逊）", [("买买提·吐尔逊", J, X)]),
    ("本报讯（记者 许诺）", [("许诺", J, X)]),
    ("本报讯（记者 方正）", [("方正", J, X)]),
    ("本报讯（记者 欧阳娜娜）", [("欧阳娜娜", J, X)]),
    ("本报讯（记者 司马南 通讯员 诸葛明亮）", [("司马南", J, X), ("诸葛明亮", T, X)]),
    ("本报讯（记者 王 芳）", [("王芳", J, X)]),
    ("本报讯（记者 向明）", [("向明", J, X)]),
    ("本报讯（记者 扎西次仁 通讯员 卓玛）", [("扎西次仁", J, X), ("卓玛", T, X)]),
    # --- photo credits: role 摄影, the credit word never in the name
    ("（新华社记者戴浩摄）", [("戴浩", S, "新华社")]),
    ("（新华社记者 戴浩 摄）", [("戴浩", S, "新华社")]),
    ("(新华社记者 戴浩 摄)", [("戴浩", S, "新华社")]),
    ("（中新社记者 王凯 摄）", [("王凯", S, "中新社")]),
    ("图为农民收割水稻。（宜宾日报全媒体记者 罗杰 摄）", [("罗杰", S, "宜宾日报全媒体")]),
    ("全县受益。（宋振平摄）", [("宋振平", S, X)]),
    ("宋振平摄", [("宋振平", S, X)]),
    ("本报记者 王一鸣 摄", [("王一鸣", S, B)]),
    ("图为村民采收花苞。 本报记者 王一鸣 摄", [("王一鸣", S, B)]),
    ("图为工人包装产品。　戴勇　摄", [("戴勇", S, X)]),
    ("图为嘉宾参观展区。新华社记者　连漪　摄", [("连漪", S, "新华社")]),
    ("图为市民在公园健身，秋意正浓。记者 韩雪 摄", [("韩雪", S, X)]),
    ("李想/摄", [("李想", S, X)]),
    ("李想／摄", [("李想", S, X)]),
    ("李想 / 摄", [("李想", S, X)]),
    ("图/陆雪雯", [("陆雪雯", S, X)]),
    ("图／陆雪雯", [("陆雪雯", S, X)]),
    ("图：陆雪雯", [("陆雪雯", S, X)]),
    ("图片：黄宗耀", [("黄宗耀", S, X)]),
    ("图为网格员入户走访独居老人　图片/张明辉", [("张明辉", S, X)]),
    ("图为网格员入户走访独居老人。摄影：张明辉", [("张明辉", S, X)]),
    ("摄影：张一帆", [("张一帆", S, X)]),
    ("摄影/张一帆", [("张一帆", S, X)]),
    ("全县受益。（张一帆供图）", [("张一帆", S, X)]),
    ("（新华社发 张一帆摄）", [("张一帆", S, "新华社")]),
    ("（记者 王芳 李强 摄）", [("王芳", S, X), ("李强", S, X)]),
    ("（记者 尕玛多吉 摄）", [("尕玛多吉", S, X)]),
    ("文/图 王卓", [("王卓", "文/图", X)]),
    ("文/王卓  图/李敏", [("王卓", "文", X), ("李敏", S, X)]),
    # --- editors, reviewers and credit blocks
    ("责任编辑：郭静", [("郭静", E, X)]),
    ("责任编辑:郭静", [("郭静", E, X)]),
    ("责任编辑 郭静", [("郭静", E, X)]),
    ("责编：郭静", [("郭静", E, X)]),
    ("（责任编辑：肖尧_NN1234）", [("肖尧", E, X)]),
    ("(责任编辑:肖尧)", [("肖尧", E, X)]),
    ("【责任编辑：许晴】", [("许晴", E, X)]),
    ("【编辑:郭晓】", [("郭晓", "编辑", X)]),
    ("（编辑：刘佳）", [("刘佳", "编辑", X)]),
    ("编辑：刘欣  审核：张伟  校对：孙丽", [("刘欣", "编辑", X), ("张伟", "审核", X), ("孙丽", "校对", X)]),
    ("编辑：刘欣 | 审核：张伟 | 监制：孙丽", [("刘欣", "编辑", X), ("张伟", "审核", X), ("孙丽", "监制", X)]),
    (
        "文字：记者 谭晓芳　通讯员 向明　图片：黄宗耀　编辑：邓丽君　审核：向立新　监制：李春华",
        [("谭晓芳", J, X), ("向明", T, X), ("黄宗耀", S, X), ("邓丽君", "编辑", X), ("向立新", "审核", X),
         ("李春华", "监制", X)],
    ),
    ("撰稿：孙明 统筹：李雯", [("孙明", "撰稿", X), ("李雯", "统筹", X)]),
    ("策划：周强 美编：唐雪", [("周强", "策划", X), ("唐雪", "美编", X)]),
    ("初审：王涛 复审：李明 终审：张磊", [("王涛", "初审", X), ("李明", "复审", X), ("张磊", "终审", X)]),
    ("主编：陈东 审稿：谢静", [("陈东", "主编", X), ("谢静", "审稿", X)]),
    ("摄像：高峰 制图：杜鹃", [("高峰", "摄像", X), ("杜鹃", "制图", X)]),
    ("视频：李冬梅", [("李冬梅", "视频", X)]),
    ("新华社北京十二月三十一日电（记者 高峰）", [("高峰", J, X)]),
    ("本报讯（记者 段晓誉 通讯员 王语嫣 乔峰）", [("段晓誉", J, X), ("王语嫣", T, X), ("乔峰", T, X)]),
    ("记者｜王芳", [("王芳", J, X)]),
    ("文丨王卓  图丨李敏", [("王卓", "文", X), ("李敏", S, X)]),
    ("文字 | 王卓  图片 | 李敏", [("王卓", "文字", X), ("李敏", S, X)]),
    ("一审：张建 二审：李明 三审：王强", [("张建", "一审", X), ("李明", "二审", X), ("王强", "三审", X)]),
    ("排版：赵雪", [("赵雪", "排版", X)]),
    ("记者丨王芳", [("王芳", J, X)]),
    ("记者|王芳", [("王芳", J, X)]),
    ("记者｜王芳 通讯员｜李强", [("王芳", J, X), ("李强", T, X)]),
    ("作者：张三丰", [("张三丰", "作者", X)]),
    ("新京报记者 苏季 校对 李铭", [("苏季", J, "新京报"), ("李铭", "校对", X)]),
    ("本报记者 曾凡  通讯员 谢永红 邓思远", [("曾凡", J, B), ("谢永红", T, X), ("邓思远", T, X)]),
    ("记者 陈倩 通讯员 徐国山 朱勇 报道：", [("陈倩", J, X), ("徐国山", T, X), ("朱勇", T, X)]),
    ("□ 艾文", [("艾文", X, X)]),
    ("□艾文", [("艾文", X, X)]),
    ("□ 本报记者 张三丰", [("张三丰", J, B)]),
    ("■ 记者 张三丰", [("张三丰", J, X)]),
    # --- role-less names in brackets: closing a report, or after a dateline
    ("全县近2万人受益。（江涛、曹斌）", [("江涛", X, X), ("曹斌", X, X)]),
    ("全县近2万人受益。(江涛、曹斌)", [("江涛", X, X), ("曹斌", X, X)]),
    ("全县近2万人受益。（江涛 曹斌）", [("江涛", X, X), ("曹斌", X, X)]),
    ("实现人生出彩。(孙希国刘泓)", [("孙希国", X, X), ("刘泓", X, X)]),
    ("实现人生出彩。（陈玉华）", [("陈玉华", X, X)]),
    ("（张嘉 陆一鸣）", [("张嘉", X, X), ("陆一鸣", X, X)]),
    ("本报讯(边浩)11月17日，全县召开会议。", [("边浩", X, X)]),
    ("本报讯（边浩）11月17日，全县召开会议。", [("边浩", X, X)]),
    ("本报北京5月3日电（孙岚 李明）近日，全县召开会议。", [("孙岚", X, X), ("李明", X, X)]),
    ("会议强调，要抓好落实。(县民政局  何剑)", [("何剑", X, "县民政局")]),
    ("会议强调，要抓好落实。（县民政局 何剑）", [("何剑", X, "县民政局")]),
    ("会议强调，要抓好落实。（县委宣传部 张一帆 李娜）", [("张一帆", X, "县委宣传部"), ("李娜", X, "县委宣传部")]),
    # --- datelines glued to bylines, and the Taiwan form
    ("本报北京１２月３１日讯新华社记者陈雁 本报记者王芳报道：", [("陈雁", J, "新华社"), ("王芳", J, B)]),
    ("本报讯记者冉永平从国家统计局获悉", [("冉永平", J, X)]),
    ("本报讯记者王平在采访中了解到", [("王平", J, X)]),
    ("本报讯（记者 李园 王芳）", [("李园", J, X), ("王芳", J, X)]),
    ("本报讯（记者 张科 通讯员 黄晓园）", [("张科", J, X), ("黄晓园", T, X)]),
    ("（中央社记者王刚台北6日电）", [("王刚", J, "中央社")]),
    ("（中央社记者王小刚高雄16日电）", [("王小刚", J, "中央社")]),
    # --- traditional characters
    ("本報訊（記者 張同建）", [("张同建", J, X)]),
    ("（新華社記者戴浩攝）", [("戴浩", S, "新华社")]),
    ("責任編輯：郭靜", [("郭静", E, X)]),
    ("望江融媒訊（記者 吳曉蓮 通訊員 方正）", [("吴晓莲", J, X), ("方正", T, X)]),
    ("本報訊（通訊員 李晨陽）", [("李晨阳", T, X)]),
    ("圖/陸雪雯", [("陆雪雯", S, X)]),
    ("（中央社記者王剛台北6日電）", [("王刚", J, "中央社")]),
    ("本報記者 王一鳴 攝", [("王一鸣", S, B)]),
    ("編輯：劉欣  審核：張偉", [("刘欣", "编辑", X), ("张伟", "审核", X)]),
    ("（記者 許諾）", [("许诺", J, X)]),
]

#: strings that look like bylines and name nobody
LOOK_ALIKES: list[str] = [
    "迅速联系县农业农村服务中心专家李东起到大棚教学",
    "全县受益。（仿真）",
    "全县受益。（下转第二版）",
    "（上接第一版）全县受益。",
    "全县受益。（视觉中国供图）",
    "全县受益。（东方IC供图）",
    "全县受益。（受访者供图）",
    "全县受益。（新华社发）",
    "全县受益。（完）",
    "全县受益。（全文完）",
    "全县受益。（待续）",
    "（此件公开发布）",
    "（此件主动公开）",
    "（原标题：全县近2万人受益）",
    "（来源：人民日报）",
    "全县受益。（有删节）",
    "全县受益。（节选）",
    "《条例》（试行）",
    "《办法》（草案）",
    "支持职业教育集团(联盟)建设,专业(群)",
    "全县受益。（资料图）",
    "全县受益。（视频截图）",
    "全县受益。（网络图片）",
    "全县受益。（图片来源：网络）",
    "（单位：万元）",
    "（一）",
    "（二）加强组织领导",
    "全县受益。（北京）",
    "全县受益。（上海市）",
    "全县受益。（2024年）",
    "（联系电话：12345678）",
    "刘春国局长表示，要抓好落实。",
    "记者了解到，全县近2万人受益。",
    "记者关注到，全县近2万人受益。",
    "据记者了解，全县近2万人受益。",
    "市民李四告诉记者，公园很美。",
    "摄影展开幕，张三丰说。",
    "责任编辑：",
    "作者：",
    "【字体：大 中 小】",
    "【打印本页】【关闭窗口】",
    "全县受益。（新华社记者摄）",
    "全县受益。（图文）",
    "全县受益。（见下图）",
    "全县受益。（图为活动现场）",
    "全县受益。（本报综合）",
    "新华社通讯员培训班开班",
    "全县受益。（記者站）",
    "如图/所示，全县受益。",
    "全县受益，见上图：流程图",
    "记者王芳在现场看到，村民正在收割水稻。",
    "工作人员正在拍摄",
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t for t, _ in TABLE])
def test_byline_forms(text: str, expected: list[P]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_name_nobody(text: str) -> None:
    assert people(text) == []


def test_table_sizes() -> None:
    assert len(TABLE) >= 120 and len(LOOK_ALIKES) >= 40
    assert len({t for t, _ in TABLE}) == len(TABLE) and len(set(LOOK_ALIKES)) == len(LOOK_ALIKES)


# --------------------------------------------------------------------------- in a page


def _article_people(page: str) -> list[P]:
    doc = govnews.parse(page)
    return [(p.name, p.role, p.org) for a in doc.articles for b in a.bylines for p in b.people]


def test_closing_name_line_is_a_byline_not_a_heading() -> None:
    page = (
        "全县召开秋粮收购工作会议\n"
        "本报讯 10月14日，全县召开秋粮收购工作会议，部署下一阶段工作。\n"
        "会议强调，要严格执行收购政策，守住农民种粮卖得出的底线。\n"
        "                         孙建平  龚玉(实习)\n"
    )
    doc = govnews.parse(page)
    art = doc.articles[0]
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == [("孙建平", None), ("龚玉", None)]
    assert not any("孙建平" in h.text for h in art.headings)
    assert not any("孙建平" in p.text for p in art.paragraphs)


def test_a_single_name_closing_a_report_stays_text() -> None:
    page = "全县召开会议\n本报讯 10月14日，全县召开秋粮收购工作会议。\n会议强调，要严格执行政策。\n王府井\n"
    assert _article_people(page) == []


def test_name_after_a_dateline_leaves_the_paragraph() -> None:
    page = "全县召开会议\n本报讯(边浩)11月17日，全县召开秋粮收购工作会议，部署下一阶段工作。\n"
    art = govnews.parse(page).articles[0]
    assert [p.name for b in art.bylines for p in b.people] == ["边浩"]
    assert art.paragraphs[0].text.startswith("11月17日")


def test_a_publication_line_author_who_signs_the_report_keeps_the_report_role() -> None:
    page = (
        "全县召开会议\n2024-06-03 08:57:12 来源：某某网\n"
        "本报北京6月2日电(记者 童一鸣)全县召开秋粮收购工作会议，部署下一阶段工作。\n"
        "会议强调，要严格执行政策。\n本文来源：某某网 作者：童一鸣\n"
    )
    got = _article_people(page)
    assert ("童一鸣", "记者", None) in got and all(r != "作者" for _, r, _ in got)


# --------------------------------------------------------------------------- property

_SURNAMES = [*"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘", "欧阳", "司马", "诸葛"]
_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞雪晨思远嘉怡")
_ROLES = ["记者", "通讯员", "编辑", "责任编辑", "审核", "校对", "监制", "实习生"]
_ORGS = ["新华社", "本报", "县融媒体中心", "某某日报社", "解放军报"]

_NAME = st.builds(
    lambda s, g: s + "".join(g), st.sampled_from(_SURNAMES), st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2)
)


@st.composite
def _credit(draw: st.DrawFn) -> tuple[str, list[P]]:
    """A byline rendered from generated people in one of the credit forms, and the people."""
    form = draw(st.sampled_from(["bracket", "role_line", "colon_block", "photo", "photo_tail", "roleless", "org",
                                 "slash_photo", "bar", "box"]))
    names = draw(st.lists(_NAME, min_size=1, max_size=3, unique=True))
    space = draw(st.sampled_from([" ", "\u3000"]))
    role = draw(st.sampled_from(_ROLES))
    org = draw(st.sampled_from(_ORGS))
    joined = space.join(names)
    if form == "bracket":
        open_, close = draw(st.sampled_from([("（", "）"), ("(", ")"), ("【", "】")]))
        return f"本报讯{open_}{role}{space}{joined}{close}", [(n, role, None) for n in names]
    if form == "role_line":
        return f"{org}{role}{space}{joined}", [(n, role, org) for n in names]
    if form == "colon_block":
        roles = draw(st.lists(st.sampled_from(["编辑", "审核", "校对", "监制"]), min_size=len(names),
                              max_size=len(names), unique=True))
        colon = draw(st.sampled_from(["：", ":"]))
        text = (space * 2).join(f"{r}{colon}{n}" for r, n in zip(roles, names, strict=True))
        return text, [(n, r, None) for r, n in zip(roles, names, strict=True)]
    if form == "photo":
        return f"（{org}记者{space}{joined}{space}摄）", [(n, "摄影", org) for n in names]
    if form == "photo_tail":
        return f"图为村民在田间收割水稻。{space}{org}记者{space}{joined}{space}摄", [(n, "摄影", org) for n in names]
    if form == "slash_photo":
        return f"{joined}/摄", [(n, "摄影", None) for n in names]
    if form == "bar":
        bar = draw(st.sampled_from(["｜", "丨", "|"]))
        return f"{role}{bar}{joined}", [(n, role, None) for n in names]
    if form == "box":
        return f"□{space}{org}{role}{space}{joined}", [(n, role, org) for n in names]
    if form == "roleless":
        return f"全县近2万人受益。（{'、'.join(names)}）", [(n, None, None) for n in names]
    return f"全县近2万人受益。（县民政局{space}{joined}）", [(n, None, "县民政局") for n in names]


@given(_credit())
def test_rendered_credit_parses_back_to_its_people(case: tuple[str, list[P]]) -> None:
    text, expected = case
    assert people(text) == expected


def test_box_led_byline_on_a_later_line_of_the_page() -> None:
    page = "全县召开秋粮收购工作会议\n□ 艾文\n10月14日，全县召开秋粮收购工作会议，部署下一阶段工作。\n"
    art = govnews.parse(page).articles[0]
    assert [p.name for b in art.bylines for p in b.people] == ["艾文"]
    assert all("艾文" not in p.text and "□" not in p.text for p in art.paragraphs)


def test_caption_credit_leaves_the_caption_in_the_text() -> None:
    page = (
        "全县召开秋粮收购工作会议\n本报讯 10月14日，全县召开秋粮收购工作会议，部署下一阶段工作。\n"
        "图为村民在田间收割水稻。 本报记者 王一鸣 摄\n会议强调，要严格执行政策。\n"
    )
    art = govnews.parse(page).articles[0]
    assert ("王一鸣", "摄影", "本报") in [(p.name, p.role, p.org) for b in art.bylines for p in b.people]
    assert any(p.text.startswith("图为村民") and "王一鸣" not in p.text for p in art.paragraphs)
