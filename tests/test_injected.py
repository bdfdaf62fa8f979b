"""Keyword spam injected into sentences: cut by how it breaks the text, never by a word list of pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.core import Span, Stitched
from govnews.injected import find_injected, remove_spans

# (context that uses the split word intact, sentence with the injection, injected piece, clean sentence)
CASES: list[tuple[str, str, str, str]] = [
    ("全镇养殖户达300户。养殖户收入稳步增长。", "技术员逐户走访养粉碎机殖户，了解生产情况。",
     "粉碎机", "技术员逐户走访养殖户，了解生产情况。"),
    ("党员志愿者开展服务。志愿者深入社区。", "社区组织志不锈钢球阀愿者清理楼道杂物。",
     "不锈钢球阀", "社区组织志愿者清理楼道杂物。"),
    ("乡村振兴是重点。全力推进乡村振兴。", "会议研究部署了乡村振包装机兴重点任务。",
     "包装机", "会议研究部署了乡村振兴重点任务。"),
    ("城关镇党委书记讲话。城关镇共有12个村。", "城关注塑机镇组织干部入户宣传政策。",
     "注塑机", "城关镇组织干部入户宣传政策。"),
    ("高标准农田建设加快。农田水利设施完善。", "今年新建高标准农液压螺栓田5万亩。",
     "液压螺栓", "今年新建高标准农田5万亩。"),
    ("医保报销比例提高。医保政策宣传到户。", "工作人员讲解医烘干机保报销流程。",
     "烘干机", "工作人员讲解医保报销流程。"),
    ("各校加强师资培训。师资队伍不断壮大。", "学校通过多种方式充实师资力量，规范化、制度化、常态化齿轮减速机。",
     "齿轮减速机", "学校通过多种方式充实师资力量，规范化、制度化、常态化。"),
    ("全县森林覆盖率提高。青山绿水是宝贵财富。", "护林员每天巡山两次，守护青山绿其直径为20mm 和25mm 两种水。",
     "其直径为20mm 和25mm 两种", "护林员每天巡山两次，守护青山绿水。"),
    ("群众满意度提升。群众办事更方便。", "政务大厅推行一窗受理，群表面不应有划痕、裂纹和毛刺等众办事少跑腿。",
     "表面不应有划痕、裂纹和毛刺等", "政务大厅推行一窗受理，群众办事少跑腿。"),
    ("消防安全检查深入开展。安全隐患及时整改。",
     "各企业落实安全主体责任，排查隐患必须经过第三方实验室的多次检验才能投入使用问题。",
     "必须经过第三方实验室的多次检验才能投入使用", "各企业落实安全主体责任，排查隐患问题。"),
    ("全市开设8个专业。专业建设成效明显。", "职业学校开设了数控、电商等8个喀什专业课程。",
     "喀什", "职业学校开设了数控、电商等8个专业课程。"),
    ("垃圾分类工作推进。分类投放点覆盖全村。", "村里设立垃圾分切割机类投放点20处。",
     "切割机", "村里设立垃圾分类投放点20处。"),
]

# legitimate mentions of machines, parts, specs and places: they must stay
KEEP: list[str] = [
    "合作社新购置收割机20台，秋收效率大幅提高。",
    "援建设备11台（数控车床5台，加工中心6台），总价值325万元。",
    "企业引进了全自动包装机生产线，日产能提升三成。",
    "技术人员对破碎机进行了检修。",
    "当天降雨量达50mm以上，部分路段积水。",
    "阿克苏地区教育局一行来我县考察交流。",
    "来自喀什的学生在这里学习汽车维修。",
    "郑州、洛阳、开封三地联合举办文化节。",
    "表面看起来平静，实则暗流涌动。",
    "该产品必须经过质检部门检测合格后方可出厂。",
    "螺栓、螺母等零部件全部实现本地配套。",
    "校企合作班学生在车间操作注塑机，掌握实际技能。",
]


@pytest.mark.parametrize(("context", "sentence", "piece", "clean"), CASES)
def test_injected_is_cut(context: str, sentence: str, piece: str, clean: str) -> None:
    hits = find_injected(sentence, context + sentence)
    assert [h.text for h in hits] == [piece]
    assert hits[0].value == clean
    assert 0 < hits[0].confidence <= 1


@pytest.mark.parametrize(("context", "sentence", "piece", "clean"), CASES)
def test_parse_cleans_the_paragraph(context: str, sentence: str, piece: str, clean: str) -> None:
    page = "县里召开专题会议\n" + "\n".join(context.split("。")[:-1]) + "\n" + sentence
    doc = govnews.parse(page)
    texts = [p.text for p in doc.articles[0].paragraphs]
    assert clean in texts
    inj = [n for n in doc.noise if n.kind == "injected"]
    assert [n.text for n in inj] == [piece]
    assert inj[0].span.slice(page) == piece


@pytest.mark.parametrize("sentence", KEEP)
def test_legitimate_mentions_stay(sentence: str) -> None:
    page = "县里召开专题会议，研究部署相关工作。\n" + sentence
    assert find_injected(sentence, page) == []
    doc = govnews.parse("县里召开专题会议\n" + sentence)
    assert not [n for n in doc.noise if n.kind == "injected"]


def test_counts() -> None:
    assert len(CASES) >= 10


def test_remove_spans_maps_back() -> None:
    base = "甲乙\n\n丙丁塑料混合机戊"
    st_ = Stitched.from_spans(base, [Span(0, 2), Span(4, 12)])
    assert st_.text == "甲乙丙丁塑料混合机戊"
    out = remove_spans(st_, base, [Span(4, 9)])
    assert out.text == "甲乙丙丁戊"
    assert out.to_base_span(Span(3, 5)).slice(base) == "丁塑料混合机戊"


_plain = st.sampled_from([
    "县委召开常委会议，研究部署下半年重点工作。",
    "全县粮食播种面积稳定在120万亩以上。",
    "会议指出，要坚持以人民为中心的发展思想。",
    "各乡镇要压实责任，确保各项任务落到实处。",
    "学校组织教师开展暑期家访活动。",
    *KEEP,
])


@given(st.lists(_plain, min_size=1, max_size=8))
def test_text_without_spam_is_unchanged(lines: list[str]) -> None:
    page = "县里召开专题会议\n" + "\n".join(lines)
    doc = govnews.parse(page)
    assert not [n for n in doc.noise if n.kind == "injected"]
    for line in lines:
        assert find_injected(line, page) == []


@given(st.text(max_size=200), st.text(max_size=200))
def test_never_raises(text: str, page: str) -> None:
    for h in find_injected(text, page + text):
        assert 0 <= h.span.start < h.span.end <= len(text)
        assert h.span.slice(text) == h.text


@given(st.sampled_from(CASES))
def test_cutting_twice_equals_once(case: tuple[str, str, str, str]) -> None:
    context, _sentence, _piece, clean = case
    assert find_injected(clean, context + clean) == []
