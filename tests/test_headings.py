"""Section headings: which short lines are headings, their levels and markers.

Every line here is written for these tests (none is copied from a real page).
"""

from __future__ import annotations

import pytest

from govnews import parse
from govnews.headings import find_run_in_heads, head_parts, heading_lines, section_number, split_marker
from govnews.lines import split_lines

TITLE = "区里召开专题会议部署下半年重点工作\n"
INTRO = "今年以来，区里统筹推进各项重点工作，经济社会发展保持稳中向好态势。\n"
P1 = "全区新落地重点项目二十个，完成投资比上年增长一成以上。"
P2 = "各部门要加强协作配合，形成推动工作落实的强大合力。"
P3 = "相关街道已完成前期摸底，下一步将分批次组织实施。"


def heads(body: str) -> list[tuple[str, int, str | None]]:
    doc = parse(TITLE + INTRO + body)
    assert len(doc.articles) == 1
    return [(h.text, h.level, h.marker) for h in doc.articles[0].headings]


def body_text(body: str) -> str:
    return "¶".join(p.text for p in parse(TITLE + INTRO + body).articles[0].paragraphs)


# ------------------------------------------------------------------------------ headings
HEADING_CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    (
        "gbt line heads",
        f"一、目标任务\n{P1}\n二、保障措施\n{P2}\n",
        [("目标任务", 1, "一、"), ("保障措施", 1, "二、")],
    ),
    (
        "gbt nested line heads",
        f"一、总体安排\n{P1}\n（一）摸清底数\n{P2}\n1.建立台账\n{P3}\n（1）逐户登记\n{P1}\n",
        [("总体安排", 1, "一、"), ("摸清底数", 2, "（一）"), ("建立台账", 3, "1."), ("逐户登记", 4, "（1）")],
    ),
    (
        "gbt head after a lead-in colon",
        "现将有关事项通知如下：\n一、工作目标\n" + P1 + "\n二、工作步骤\n" + P2 + "\n",
        [("工作目标", 1, "一、"), ("工作步骤", 1, "二、")],
    ),
    (
        "numbered run-in heads with a comma",
        "（一）强化组织保障，压实工作责任。各街道要成立工作专班，明确责任分工。\n"
        "（二）加大资金投入，保障项目落地。区财政安排专项资金予以支持。\n",
        [("强化组织保障，压实工作责任", 2, "（一）"), ("加大资金投入，保障项目落地", 2, "（二）")],
    ),
    (
        "gbt run-in head with a comma at level one",
        "一、夯实工作基础，提升服务能力。各单位要完善制度，规范服务流程。\n"
        "二、强化督导检查，确保取得实效。区里将定期通报各单位进展情况。\n",
        [("夯实工作基础，提升服务能力", 1, "一、"), ("强化督导检查，确保取得实效", 1, "二、")],
    ),
    (
        "arabic run-in heads",
        "1.优化办理流程。全面推行一窗受理，压缩办理时限。\n2、拓展办理渠道。群众可通过手机随时提交申请。\n",
        [("优化办理流程", 3, "1."), ("拓展办理渠道", 3, "2、")],
    ),
    (
        "short level-four run-in heads",
        "（1）倒伏。遇大风天气要及时扶正植株，减少产量损失。\n（2）冻害。低温来临前要及时灌水，做好防冻准备。\n",
        [("倒伏", 4, "（1）"), ("冻害", 4, "（2）")],
    ),
    (
        "numbered line head closing with a full stop",
        f"（二）做好防汛准备。\n{P2}\n（三）加强值班值守。\n{P3}\n",
        [("做好防汛准备", 2, "（二）"), ("加强值班值守", 2, "（三）")],
    ),
    (
        "wechat section numbers",
        f"01\n产业发展提速增效\n{P1}\n02\n民生事业全面进步\n{P2}\n",
        [("产业发展提速增效", 1, "01"), ("民生事业全面进步", 1, "02")],
    ),
    (
        "NO. and Part section numbers",
        f"NO.1\n城市面貌焕然一新\n{P1}\nNO.2\n乡村振兴多点开花\n{P2}\n",
        [("城市面貌焕然一新", 1, "NO.1"), ("乡村振兴多点开花", 1, "NO.2")],
    ),
    (
        "Part section numbers",
        f"Part 1\n科技创新动能强劲\n{P1}\nPart 2\n开放合作持续深化\n{P2}\n",
        [("科技创新动能强劲", 1, "Part 1"), ("开放合作持续深化", 1, "Part 2")],
    ),
    (
        "capital numeral section numbers",
        f"壹\n营商环境持续优化\n{P1}\n贰\n公共服务提质扩面\n{P3}\n",
        [("营商环境持续优化", 1, "壹"), ("公共服务提质扩面", 1, "贰")],
    ),
    (
        "run-in heads under a numbered section",
        "01\n就业服务更加精准\n强化技能培训。全区开展各类培训五十余期，覆盖三千人次。\n"
        "强化岗位对接。人社部门组织专场招聘会十余场。\n02\n社会保障更有力度\n" + P2 + "\n",
        [
            ("就业服务更加精准", 1, "01"),
            ("强化技能培训", 2, None),
            ("强化岗位对接", 2, None),
            ("社会保障更有力度", 1, "02"),
        ],
    ),
    (
        "a second short line under a numbered section",
        f"01\n产业发展提速增效\n重点项目跑出加速度\n{P1}\n02\n民生事业全面进步\n{P2}\n",
        [("产业发展提速增效", 1, "01"), ("重点项目跑出加速度", 2, None), ("民生事业全面进步", 1, "02")],
    ),
    (
        "diamond bullet heads",
        f"◆ 教学质量稳步提升\n{P1}\n◆ 校园环境持续优化\n{P2}\n",
        [("教学质量稳步提升", 1, None), ("校园环境持续优化", 1, None)],
    ),
    (
        "square bullet heads",
        f"■党建引领凝聚合力\n{P1}\n■服务群众走深走实\n{P3}\n",
        [("党建引领凝聚合力", 1, None), ("服务群众走深走实", 1, None)],
    ),
    (
        "bracketed heads",
        f"【聚焦产业发展】\n{P1}\n【聚焦民生改善】\n{P2}\n",
        [("聚焦产业发展", 1, None), ("聚焦民生改善", 1, None)],
    ),
    (
        "bullet heads under a numbered section",
        f"一、总体运行情况\n{P1}\n● 农业生产平稳\n{P2}\n● 工业生产回升\n{P3}\n",
        [("总体运行情况", 1, "一、"), ("农业生产平稳", 2, None), ("工业生产回升", 2, None)],
    ),
    (
        "dash subheads under a heading",
        f"推动产业转型升级\n{P1}\n——做强主导产业\n{P2}\n——培育新兴产业\n{P3}\n",
        [("推动产业转型升级", 1, None), ("做强主导产业", 2, None), ("培育新兴产业", 2, None)],
    ),
    (
        "heading pairs",
        f"打造精品旅游线路\n提升游客满意程度\n{P1}\n丰富群众文化活动\n激发文旅消费活力\n{P2}\n",
        [("打造精品旅游线路", 1, None), ("提升游客满意程度", 2, None),
         ("丰富群众文化活动", 1, None), ("激发文旅消费活力", 2, None)],
    ),
    (
        "run-in heads below line heads",
        "聚焦产业发展：培育壮大特色产业\n做强粮食产业。全区粮食播种面积稳中有增。\n做优特色产业。各镇因地制宜发展特色种植。\n"
        "聚焦乡村建设：改善农村人居环境\n推进厕所改造。全区完成农村户厕改造任务。\n",
        [("聚焦产业发展：培育壮大特色产业", 1, None), ("做强粮食产业", 2, None), ("做优特色产业", 2, None),
         ("聚焦乡村建设：改善农村人居环境", 1, None), ("推进厕所改造", 2, None)],
    ),
    (
        "unnumbered run-in heads alone",
        "优化审批服务。区里全面梳理审批事项，压缩办理时限。\n推进数字赋能。区里推广电子证照，实现网上办理。\n",
        [("优化审批服务", 1, None), ("推进数字赋能", 1, None)],
    ),
    (
        "a caption between sections does not shift levels",
        f"◆ 基础设施加快完善\n{P1}\n▲ 新建成的城市公园（资料图）\n◆ 生态环境持续改善\n{P2}\n",
        [("基础设施加快完善", 1, None), ("生态环境持续改善", 1, None)],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), HEADING_CASES, ids=[c[0] for c in HEADING_CASES])
def test_headings(name: str, body: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert heads(body) == expected


def test_heading_lines_leave_the_paragraphs() -> None:
    text = body_text(f"01\n产业发展提速增效\n{P1}\n02\n民生事业全面进步\n{P2}\n")
    assert "01" not in text and "产业发展提速增效" not in text and P1 in text


def test_run_in_heads_keep_their_paragraph() -> None:
    body = "（一）强化组织保障，压实工作责任。各街道要成立工作专班，明确责任分工。\n"
    assert "（一）强化组织保障，压实工作责任。各街道" in body_text(body + f"{P2}\n")


def test_section_number_span_covers_the_number() -> None:
    page = TITLE + INTRO + f"01\n产业发展提速增效\n{P1}\n02\n民生事业全面进步\n{P2}\n"
    h = parse(page).articles[0].headings[0]
    assert page[h.span.start : h.span.end] == "01\n产业发展提速增效"


# ------------------------------------------------------------------------------ look-alikes
# Each line stands twice on a page, with content after it, so that no series rule saves it:
# only what the line is keeps it out of the headings.
NOT_HEADINGS = [
    "图为工人在车间检修设备",
    "上图：新建成的社区服务中心",
    "（图片来源：区融媒体中心）",
    "▲ 新建成的社区服务中心（资料图）",
    "（张伟 李娜）",
    "（王晓明）",
    "文/图 王磊",
    "本报记者 赵刚 摄",
    "责任编辑：刘洋",
    "点击上方蓝字关注我们",
    "首页 新闻 政务 服务 互动",
    "当前位置：首页 > 新闻中心 > 本地要闻",
    "上一篇 下一篇 返回列表",
    "· 多地公布夏季用电新政策",
    "↓↓点击阅读原文查看全文",
    "微信扫一扫关注该公众号",
    "长按识别二维码 获取更多资讯",
    "2025年06月12日 10:30 来源：区融媒体中心",
    "区融媒体中心 2025-06-12 浏览量：1.2万",
    "欢迎访问区人民政府网站",
    "请输入关键字  搜索",
    "县统计局",
    "国家统计局某某调查队",
    "表2 主要经济指标完成情况",
    "指标名称  单位  数值",
    "附件：重点项目任务分解表",
    "一是加强组织领导，二是完善工作机制",
    "全区累计投入资金3000",
    "本篇文章1200字，读完约3分钟",
    "分享到：微信 微博",
]


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_lookalikes_are_not_heading_lines(line: str) -> None:
    page = f"{INTRO}{line}\n{P1}\n{P2}\n{line}\n{P3}\n"
    assert [ln.text for ln in heading_lines(split_lines(page))] == []


@pytest.mark.parametrize(
    "body",
    [
        # list items: siblings with nothing between them
        f"办理需要以下材料：\n1.身份证原件\n2.户口簿原件\n3.近期免冠照片\n{P1}\n",
        f"重点帮扶以下人员：\n（1）困难家庭子女\n（2）残疾人家庭成员\n{P2}\n",
        # a hot-link list led by the same bullet
        f"{P1}\n◆ 多地公布夏季用电新政策\n◆ 这些新规下月起施行\n{P2}\n",
        # a lone unnumbered short line is a caption or a broken line
        f"{P1}\n城市更新步伐加快\n{P2}\n",
        # a lone bullet-led line
        f"{P1}\n▲ 工人在车间检修设备\n{P2}\n",
        # enumerations inside sentences
        "一是加强组织领导，二是完善工作机制，三是强化督导检查。各部门要抓好落实。\n" + P2 + "\n",
        # a cut-off sentence carried on by the next line
        f"{P1}\n全区共投入专项资金\n3000万元，用于改善办学条件。\n{P2}\n",
        # sentence-like lead sentences are no run-in heads
        "这里是全省重要的粮食产区。近年来，全区粮食产量稳定增长。\n"
        "城区改造也在加快推进。今年计划改造老旧小区二十个。\n",
        # short content lines
        f"会议由副区长主持。\n{P1}\n活动取得圆满成功。\n{P2}\n",
        # a closing summary sentence under the last section is no run-in head
        f"01\n产业发展提速增效\n{P1}\n项目建设带动经济回升。全区工业增加值增长较快，高于全市平均水平。\n",
    ],
)
def test_lookalikes_are_not_headings(body: str) -> None:
    got = heads(body)
    assert all(text in {"产业发展提速增效"} for text, _, _ in got), got


# ------------------------------------------------------------------------------ helpers
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（二）加强组织领导", ("（二）", "加强组织领导", 2, "number")),
        ("三、工作要求", ("三、", "工作要求", 1, "number")),
        ("2.严格项目管理。", ("2.", "严格项目管理", 3, "number")),
        ("（4）干旱", ("（4）", "干旱", 4, "number")),
        ("◆ 教育医疗提质扩容", (None, "教育医疗提质扩容", None, "bullet")),
        ("【聚焦项目建设】", (None, "聚焦项目建设", None, "bullet")),
        ("——打造特色品牌", (None, "打造特色品牌", None, "dash")),
        ("实施产教融合工程", (None, "实施产教融合工程", None, "plain")),
    ],
)
def test_head_parts(line: str, expected: tuple[str | None, str, int | None, str]) -> None:
    assert head_parts(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("01", True), ("12", True), ("NO.3", True), ("No.3", True), ("PART 2", True), ("壹", True),
     ("2025", False), ("100", False), ("一", False), ("01版", False)],
)
def test_section_number(line: str, expected: bool) -> None:
    assert section_number(line) is expected


def test_split_marker_levels() -> None:
    assert [split_marker(t)[2] for t in ("一、甲", "（一）乙", "1.丙", "1、丁", "（1）戊", "第二章 己")] == [
        1, 2, 3, 3, 4, 1
    ]


@pytest.mark.parametrize(
    ("lead", "head"),
    [
        ("稳岗就业", True),          # 就 inside 就业
        ("赛事比赛有序", True),      # 比 inside 比赛
        ("成就人才梦想", True),      # 就 inside 成就
        ("大家都很满意", False),     # 都 and 很 stand alone: a sentence
        ("工作已经完成", False),     # 已经 is grammar
        ("他们积极参与", False),
    ],
)
def test_run_in_head_with_a_function_character_inside_a_word(lead: str, head: bool) -> None:
    paras = [f"{lead}。今年以来，全县各部门协同推进，取得积极成效。", "产业协作延伸链条。两地企业合作项目落地见效。"]
    heads = [h.text for h in find_run_in_heads(paras)]
    assert (lead in heads) is head, heads
