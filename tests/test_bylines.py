"""Bylines: a table of forms, negatives, surname splitting, and the two stages on small pages."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.bylines import BylineParser, find_bylines, parse_people
from govnews.core import Span, Stitched
from govnews.pipeline import DEFAULT_PIPELINE
from govnews.state import ArticleDraft, Line, ParseState
from govnews.surnames import split_names

# (text, [(name, role, org)])
POSITIVE = [
    ("本报聊城7月23日讯(记者 张同建)", [("张同建", "记者", None)]),
    ("新华社北京12月31日电（记者 李忠发、潘洁）", [("李忠发", "记者", None), ("潘洁", "记者", None)]),
    ("本报武汉3月2日讯（记者陈倩 通讯员徐国山 朱勇）",
     [("陈倩", "记者", None), ("徐国山", "通讯员", None), ("朱勇", "通讯员", None)]),
    ("新华社北京5月1日电（解放军报记者陈大鹏、新华社记者罗玉文）",
     [("陈大鹏", "记者", "解放军报"), ("罗玉文", "记者", "新华社")]),
    ("【泰安日报社·最泰安全媒体记者 杨丽宁】", [("杨丽宁", "记者", "泰安日报社·最泰安全媒体")]),
    ("本报记者 王小明", [("王小明", "记者", "本报")]),
    ("文/图 李晓峰", [("李晓峰", "文/图", None)]),
    ("图/文 郑好", [("郑好", "图/文", None)]),
    ("记者张金江 通讯员刘洋报道:厄瓜多尔和秘鲁军队今天又发生冲突。",
     [("张金江", "记者", None), ("刘洋", "通讯员", None)]),
    ("本报墨西哥城1月28日电记者张金江报道:两国军队今天发生冲突。", [("张金江", "记者", None)]),
    ("新京报记者 苏季 校对 李铭", [("苏季", "记者", "新京报"), ("李铭", "校对", None)]),
    ("实现人生出彩。(孙希国刘泓)", [("孙希国", None, None), ("刘泓", None, None)]),
    ("(陈玉华)", [("陈玉华", None, None)]),
    ("(国瑞)", [("国瑞", None, None)]),
    ("翻建和修缮了房屋。\n\n(沙德顺)", [("沙德顺", None, None)]),
    ("作者:欧阳娜娜", [("欧阳娜娜", "作者", None)]),
    ("责任编辑:王 芳", [("王芳", "责任编辑", None)]),
    ("（记者 司马南 诸葛明亮）", [("司马南", "记者", None), ("诸葛明亮", "记者", None)]),
    ("（本报记者 赵敏 实习生 钱多多）", [("赵敏", "记者", "本报"), ("钱多多", "实习生", None)]),
    ("通讯员 周强 记者 吴磊", [("周强", "通讯员", None), ("吴磊", "记者", None)]),
    ("中新社记者 王辛莉 张蔚然", [("王辛莉", "记者", "中新社"), ("张蔚然", "记者", "中新社")]),
    ("(记者 买买提·艾力)", [("买买提·艾力", "记者", None)]),
    ("（本报通讯员 孙立）", [("孙立", "通讯员", "本报")]),
    ("记者 刘明 报道", [("刘明", "记者", None)]),
    ("更加美好!（黄海 刘畅）", [("黄海", None, None), ("刘畅", None, None)]),
    ("【记者 陈静】", [("陈静", "记者", None)]),
    ("编辑:胡杨", [("胡杨", "编辑", None)]),
    ("责编:钟南", [("钟南", "责任编辑", None)]),
    ("(王芳李强)", [("王芳", None, None), ("李强", None, None)]),
    ("（记者 上官婉儿）", [("上官婉儿", "记者", None)]),
]

NEGATIVE = [
    "迅速联系惠民县农业农村服务中心专家李东起到大棚教学",
    "社区党支部书记昭晖对前来调研的滨州市教育局刘春国局长说",
    "县职教中心党组书记蒋发永、职教中心校长谭刚参加会议",
    "支持职业教育集团(联盟)建设",
    "启动了2个市级共享性的大型智能(仿真)实习实训基地",
    "建设一批高水平专业(群),实现有机衔接",
    "【字体:大 中 小】",
    "免费接受水城县(市七中)美术特长学生就读",
    "记者从市教育局获悉,今年以来全市新建学校12所",
    "记者关注到,今年以来",
    "(待续)",
    "(完)",
    "(上)",
    "(图片来源:网络)",
    "（2024年4月5日）",
    "1 看点直播平台(网络直播平台)",
    "据记者了解,项目进展顺利",
    "记者在现场看到,工人们正在施工",
    "由乡镇(街道)统筹建设",
    "(江苏)",
    "记者近日从县教体局了解到",
    "作者认为,这项改革意义重大。",
]


@pytest.mark.parametrize(("text", "people"), POSITIVE)
def test_byline_forms(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    found = find_bylines(text)
    assert [(p.name, p.role, p.org) for b in found for p in b.people] == people
    for b in found:
        assert b.span.slice(text) == b.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_bylines(text: str) -> None:
    assert find_bylines(text) == []


@pytest.mark.parametrize(
    ("run", "names"),
    [("孙希国刘泓", ["孙希国", "刘泓"]), ("刘泓孙希国", ["刘泓", "孙希国"]), ("欧阳娜娜", ["欧阳娜娜"]),
     ("张三李四王五", ["张三", "李四", "王五"]), ("诸葛明亮赵敏", ["诸葛明亮", "赵敏"])],
)
def test_split_names(run: str, names: list[str]) -> None:
    assert split_names(run) == names


def test_parse_people_rejects_sentences() -> None:
    assert parse_people("记者从市里获悉") is None
    assert parse_people("联盟", strict=True) is None


@given(st.text(max_size=300))
def test_total_and_spans_valid(text: str) -> None:
    for hit in BylineParser().scan(text):
        assert 0 <= hit.span.start < hit.span.end <= len(text)
        assert hit.span.slice(text) == hit.text
        assert hit.value.people


@given(st.text(alphabet="记者通讯员(（)）【】本报张王李刘泓 、:：\n。文/图", max_size=60))
def test_total_on_near_misses(text: str) -> None:
    for b in find_bylines(text):
        assert b.span.slice(text) == b.text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), st.text(max_size=20))
def test_prefix_shifts_spans(prefix: str, body: str) -> None:
    prefix = prefix.replace("\n", "") + "\n"
    text = "(记者 张同建)" + body
    base = [h.span for h in BylineParser().scan(text)]
    shifted = [h.span for h in BylineParser().scan(prefix + text)]
    assert [s.shift(len(prefix)) for s in base] == shifted[len(shifted) - len(base):]


# --------------------------------------------------------------------------- stages on own pages

PAGE = """今日要闻

校企合作推进产教融合
发布时间:2021-07-24 08:30:00 来源:聊城日报 作者:王 芳
本报聊城7月23日讯(记者 张同建)
7月22日上午,全市职业教育工作会议召开。
会议部署了下一步工作。

第二篇报道的标题
近日,学校开展走访活动。
活动收到良好效果。
(陈玉华)
"""


class BlockSegmenter:
    """A stand-in segmenter for these tests: blocks between blank lines, first line the title."""

    name = "segment"

    def run(self, state: ParseState) -> None:
        covered = [n.span for n in state.noise]
        block: list[Line] = []
        for line in [*state.lines, Line(-1, Span(len(state.text), len(state.text)), "")]:
            if line.blank:
                body = [ln for ln in block if not any(c.contains(ln.span) for c in covered)]
                if len(body) >= 2:
                    art = ArticleDraft(span=Span(block[0].span.start, block[-1].span.end))
                    art.title = Stitched.whole(state.text, body[0].span)
                    art.body_lines = body[1:]
                    state.articles.append(art)
                block = []
            else:
                block.append(line)


PIPELINE = DEFAULT_PIPELINE.replace("segment", BlockSegmenter())


def test_publication_stage_marks_noise_and_bylines() -> None:
    doc = govnews.parse(PAGE, pipeline=PIPELINE)
    meta = [n for n in doc.noise if n.kind == "metadata"]
    assert len(meta) == 1 and meta[0].text.startswith("发布时间")
    assert len(doc.articles) == 2
    a = doc.articles[0]
    assert a.published is not None and a.published.date == datetime.date(2021, 7, 24)
    assert a.published.time == datetime.time(8, 30)
    people = {(p.name, p.role) for b in a.bylines for p in b.people}
    assert {("王芳", "作者"), ("张同建", "记者")} <= people
    assert a.dateline is not None and a.dateline.date == datetime.date(2021, 7, 23)
    assert not any("记者" in p.text or "发布时间" in p.text for p in a.paragraphs)


def test_closing_byline_claimed() -> None:
    doc = govnews.parse(PAGE, pipeline=PIPELINE)
    assert len(doc.articles) == 2
    last = doc.articles[-1]
    assert [p.name for b in last.bylines for p in b.people] == ["陈玉华"]
    assert all("陈玉华" not in p.text for p in last.paragraphs)


def test_empty_author_gives_no_byline() -> None:
    doc = govnews.parse("县委常委调度推进产教融合工作\n作者: 发布日期:2024-04-05\n4月3日,会议召开。", pipeline=PIPELINE)
    a = doc.articles[0]
    assert a.bylines == ()
    assert a.published is not None and a.published.to_dict()["date"] == "2024-04-05"
    assert [d.date for d in a.dates] == ["2024-04-03"]


def test_dateline_year_from_reference_date() -> None:
    doc = govnews.parse("两市签订协议\n新华社北京12月31日电 两市签订了协议。",
                        reference_date=datetime.date(2021, 1, 3), pipeline=PIPELINE)
    d = doc.articles[0].dateline
    assert d is not None and d.date == datetime.date(2020, 12, 31)


def test_dateline_without_year_has_no_date() -> None:
    doc = govnews.parse("两市签订协议\n新华社北京12月31日电 两市签订了协议。", pipeline=PIPELINE)
    d = doc.articles[0].dateline
    assert d is not None and d.date is None and d.month == 12


def test_closing_dateline_in_article() -> None:
    doc = govnews.parse("两国签署合作文件\n两国今天签署了合作文件。\n（新华社北京2月27日电）", pipeline=PIPELINE)
    a = doc.articles[0]
    assert a.dateline is not None and a.dateline.outlet == "新华社" and a.dateline.day == 27
    assert all("新华社" not in p.text for p in a.paragraphs)
