"""Publication lines: a table of forms and negatives."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.pubinfo import PublicationParser, find_publication

D = datetime.date
T = datetime.time

# (text, date, time, source, [(name, role)])
POSITIVE = [
    ("发布日期:2024-04-05", D(2024, 4, 5), None, None, []),
    # a date written with slashes, and a note that the report was updated after it
    ("2025/04/18 17:32", D(2025, 4, 18), T(17, 32), None, []),
    ("2025/04/18 17:32（4/18 18:05 更新）", D(2025, 4, 18), T(17, 32), None, []),
    ("发布时间：2025-04-18 17:32（4/18 18:05 更新）", D(2025, 4, 18), T(17, 32), None, []),
    ("发布时间：2025/04/18 | 来源：某某社", D(2025, 4, 18), None, "某某社", []),
    # reporters named without a colon before the fields
    ("记者  王立新  陈晓        来源:某某网", None, None, "某某网", [("王立新", "记者"), ("陈晓", "记者")]),
    # fields glued without spaces, the first under a label of the site's own
    ("稿件编号:20230917发布日期:2023-09-17 08:05阅读:12来源:市政府办", D(2023, 9, 17), T(8, 5), "市政府办", []),
    # a bare view-count label closing the line (its number is filled in by a script)
    ("发表日期:2016-03-08 点击", D(2016, 3, 8), None, None, []),
    ("发布时间：2023-05-06 浏览次数", D(2023, 5, 6), None, None, []),
    # disclosure-table rows that carry only a signing or generation date, among other labels
    ("发文日期: 2021-05-12 生效时间: 2021-05-12", D(2021, 5, 12), None, None, []),
    ("生成日期: 2020-11-03 文号:", D(2020, 11, 3), None, None, []),
    ("索引号:1153/2020-01 公文目录:应急管理 发文日期:2020年03月18日 主题词: 成文日期:", D(2020, 3, 18), None, None, []),
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
    # labels in other orders and labels other CMSs print
    ("发稿时间：2023年08月01日 10:20:05  作者：赵敏  信息来源：城关街道办事处  阅读量：96  字号：【大】【中】【小】",
     D(2023, 8, 1), T(10, 20, 5), "城关街道办事处", [("赵敏", "作者")]),
    ("发布时间：2023-12-01 08:05　来源：县农业农村局　浏览次数：77　【字体：大 中 小】",
     D(2023, 12, 1), T(8, 5), "县农业农村局", []),
    ("点击数：15  时间：2022-09-09 14:00  来源：县统计局  【字号：大 中 小】", D(2022, 9, 9), T(14, 0), "县统计局", []),
    ("文章来源：市生态环境局  文章字数：980  发布时间：2020/08/08", D(2020, 8, 8), None, "市生态环境局", []),
    ("本文来源：新华社 作者：李华", None, None, "新华社", [("李华", "作者")]),
    ("访问量：1,024 次  发布时间：2021-02-03 11:11 分享至：微信 QQ空间", D(2021, 2, 3), T(11, 11), None, []),
    ("更新时间：2024-01-02 | 来源：区融媒体中心 | 【纠错】", D(2024, 1, 2), None, "区融媒体中心", []),
    ("发稿日期：2020年3月3日", D(2020, 3, 3), None, None, []),
    ("信息来源：镇政府  发布时间：2022-05-05 09:00  访问次数：88次", D(2022, 5, 5), T(9, 0), "镇政府", []),
    ("发布日期：2019-05-05　【打印】【关闭】", D(2019, 5, 5), None, None, []),
    ("来源：中小企业发展促进中心 发布日期：2022-01-04", D(2022, 1, 4), None, "中小企业发展促进中心", []),
    ("阅读量：10万+  发布时间：2023-06-06", D(2023, 6, 6), None, None, []),
    # an outlet or account name and a date with its time
    ("融媒宁阳 2024-02-11 07:45  浏览量：3.4万", D(2024, 2, 11), T(7, 45), None, []),
    ("原创 莒县发布 2024-11-02 20:15 发表于山东", D(2024, 11, 2), T(20, 15), None, []),
    ("阳谷融媒 阳谷融媒 2022-10-10 12:30", D(2022, 10, 10), T(12, 30), None, []),
    ("临沂日报 2023年05月06日 08:00 山东", D(2023, 5, 6), T(8, 0), None, []),
    ("2021年01月09日 06:40", D(2021, 1, 9), T(6, 40), None, []),
    # a date after names and counts
    ("来源：王五 赵六 阅读量：2300 2021-06-07 18:09:10", D(2021, 6, 7), T(18, 9, 10), "王五", []),
    # a press release's date line and the time line under it
    ("2024年2月5日（星期一）\n香港时间18时45分", D(2024, 2, 5), T(18, 45), None, []),
    ("2023年10月9日(星期一)\n北京时间9时05分", D(2023, 10, 9), T(9, 5), None, []),
    # an information-disclosure table: the publication date wins over the signing date
    ("发布机构：县人民政府办公室　　成文日期：2023年02月01日\n发布日期：2023年02月06日", D(2023, 2, 6), None,
     "县人民政府办公室", []),
    ("索 引 号：000000000/2023-00101　　组配分类：部门文件\n文　　号：某政发〔2023〕8号　　主题分类：城乡建设",
     None, None, None, []),
    ("成文日期：2022-11-30", D(2022, 11, 30), None, None, []),
    ("浏览次数：1027\n名　　称：某某县人民政府关于做好防汛工作的通知", None, None, None, []),
]

NEGATIVE = [
    "资金来源:财政拨款",
    "2025/04/18的会议纪要",
    "全年增长3.2%（4/18 18:05 更新）",
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
    "信息来源于群众的反映,核实后处理",
    "来源：据统计，全县去年完成投资120亿元，同比增长8%",
    "会议时间：2024年5月6日上午9时",
    "截至2024年3月5日，全县共有学校186所",
    "2024年3月5日，县委召开常委会",
    "张三 2024-01-05 在会上发言",
    "日期：2024年4月5日",
    "名称：某某农业专业合作社",
    "香港时间15时30分",
    "10时30分",
    "上午10时30分",
    "2024年4月5日 星期五",
    "县教育局 2024-02-26",
    "阅读量：很高",
    "字数：约五千",
    "本文来源于人民日报，转载请注明",
    "文号为某政发〔2023〕8号的文件已废止",
    "浏览：http://www.example.com",
    "发布时间：另行通知",
    "记者：你们是怎么做的？",
    "时间：2024年4月5日 地点：县会议中心",
    "分享到朋友圈,让更多人看到",
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


def _noise_texts(doc: govnews.Document) -> list[str]:
    return [n.text for n in doc.noise]


def test_bare_date_under_the_title_is_published() -> None:
    text = ("全县召开春季农业生产推进会\n2024年3月6日\n"
            "3月5日，全县春季农业生产推进会召开，会议安排部署了今年春耕备耕工作。")
    doc = govnews.parse(text)
    art = doc.articles[0]
    assert art.published is not None and art.published.date == D(2024, 3, 6)
    assert "2024年3月6日" in _noise_texts(doc)
    assert [d.date for d in art.dates if d.text == "3月5日"] == ["2024-03-05"]


def test_masthead_date_is_noise_not_published() -> None:
    text = ("某某日报数字报\n2025年6月18日 星期三\n第01版：要闻\n\n全市夏粮收购进度过半\n"
            "本报讯 6月17日，记者从市发展改革委获悉，全市夏粮收购进度已经过半，收购价格总体平稳。")
    doc = govnews.parse(text)
    assert all(a.published is None for a in doc.articles)
    assert any("2025年6月18日 星期三" in n for n in _noise_texts(doc))


def test_signing_date_of_a_notice_stays_content() -> None:
    text = ("关于做好秋季森林防火工作的通知\n各乡镇人民政府，县直各部门：\n"
            "为切实做好今年秋季森林防火工作，确保人民群众生命财产安全，现就有关事项通知如下。\n"
            "某某县人民政府办公室\n2025年9月5日")
    doc = govnews.parse(text)
    assert not any("2025年9月5日" in n for n in _noise_texts(doc))
    assert doc.articles[0].published is None


def test_account_header_gives_the_year() -> None:
    text = ("全市新签约项目32个\n\n原创 某市发布 2025-08-26 18:30 发表于山东\n\n"
            "截至8月20日，全市新签约亿元以上项目32个，总投资120亿元。今年以来，项目建设持续加快。")
    doc = govnews.parse(text)
    art = doc.articles[0]
    assert art.published is not None and (art.published.date, art.published.time) == (D(2025, 8, 26), T(18, 30))
    assert any("发表于山东" in n for n in _noise_texts(doc))
    assert [d.date for d in art.dates if d.text == "8月20日"] == ["2025-08-20"]


def test_content_mentioning_a_source_stays() -> None:
    text = "县里召开会议\n发布日期：2024-04-05\n据介绍，资金来源：县财政安排专项资金300万元，用于支持产业发展。"
    doc = govnews.parse(text)
    assert not any("资金来源" in n for n in _noise_texts(doc))
