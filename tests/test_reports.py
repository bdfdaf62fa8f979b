"""Pages that hold several reports: brief columns, e-paper dumps with page labels and jumps,
press-release pages, and documents of reports without headlines (issue 14).

Every page here is assembled from short invented reports; each test asserts the article
count, each title, each dateline and each byline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews import Document


@dataclass(frozen=True)
class Report:
    """One invented report and what a parse must find of it."""

    title: str | None
    dateline: str | None
    body: tuple[str, ...]
    #: the reporters in parentheses right after the dateline
    byline: str | None = None
    #: a closing name line: （本报记者 孟凡超）
    closing: str | None = None
    #: lines under the body: a caption, a photo credit
    extra: tuple[str, ...] = ()
    #: the people's names its bylines give
    names: tuple[str, ...] = field(default=())

    def lines(self, indent: str = "") -> list[str]:
        out = [self.title] if self.title else []
        first = self.body[0]
        if self.dateline:
            first = f"{self.dateline}{'（' + self.byline + '）' if self.byline else ' '}{first}"
        out.append(indent + first)
        out.extend(indent + s for s in self.body[1:])
        out.extend(indent + s for s in self.extra)
        if self.closing:
            out.append(indent + self.closing)
        return out


R = [
    Report("临河县新建乡村公路八十公里", "本报讯", ("今年以来，临河县新建乡村公路80公里，惠及群众3万余人。",
           "县交通局表示，明年将继续推进农村公路提档升级。"), byline="记者 周启明", names=("周启明",)),
    Report("东湖区春季招聘会提供岗位三千个", "本报东湖3月6日讯", ("3月5日，东湖区春季招聘会在区体育馆举行。",
           "共有120家企业进场招聘，提供岗位3000余个。"), byline="通讯员 林晓雨", names=("林晓雨",)),
    Report("全国铁路货运量稳步增长", "新华社北京4月2日电", ("记者2日从铁路部门获悉，一季度全国铁路货运量保持增长。",
           "其中煤炭运量同比增长百分之五。"), byline="记者 吴海峰", names=("吴海峰",)),
    Report("西山镇举办农民丰收节", "本报讯", ("9月20日，西山镇农民丰收节在镇文化广场开幕。",
           "活动展销特色农产品200余种，吸引游客上万人次。"), closing="（本报记者 孟凡超）", names=("孟凡超",)),
    Report("海港区开通两条夜间公交线路", "人民网天津5月8日电", ("5月7日，海港区两条夜间公交线路正式开通。",
           "线路每晚运行至23时，方便市民夜间出行。"), byline="记者 许嘉宁", names=("许嘉宁",)),
    Report("市图书馆推出暑期阅读活动", "本报讯", ("市图书馆暑期将推出亲子阅读、科普讲座等活动60余场。",
           "活动全部免费，市民可通过公众号预约。"), closing="（赵一鸣）", names=("赵一鸣",)),
    Report("南河水库除险加固工程完工", "本报南河6月1日讯", ("5月31日，南河水库除险加固工程通过竣工验收。",
           "工程总投资1.2亿元，新建溢洪道一座。"), byline="记者 马骁 通讯员 陈露", names=("马骁", "陈露")),
    Report("高新区新增科技型企业五十家", "本报讯", ("今年上半年，高新区新增科技型中小企业50家。",
           "园区研发投入同比增长百分之十二。"), byline="记者 宋雨桐", names=("宋雨桐",)),
    Report("全省中小学开展防溺水教育", "新华社济南7月3日电", (
           "记者3日从省教育厅获悉，全省中小学近日集中开展防溺水安全教育。",
           "各地组织家长会和安全演练2万余场。"), byline="记者 冯远", names=("冯远",)),
    Report("北塘街道建成社区食堂六家", "本报讯", ("北塘街道今年已建成社区食堂6家，每天为老人供餐800余份。",
           "食堂实行老人用餐补贴，每餐最低只需5元。"), byline="通讯员 钱多多", names=("钱多多",)),
    Report("城南片区雨污分流改造启动", "本报城南8月9日讯", ("8月8日，城南片区雨污分流改造工程开工。",
           "工程计划改造管网26公里，年底前完工。"), closing="（本报记者 郑思齐）", names=("郑思齐",)),
    Report("县里召开秋粮收购工作会议", "本报讯", ("10月14日，县里召开秋粮收购工作会议，部署今年的收购工作。",
           "会议要求，各乡镇要做好售粮服务，守住农民种粮卖得出的底线。"), byline="记者 黄伟", names=("黄伟",)),
]


def page(reports: list[Report], *, sep: str = "\n\n", indent: str = "", head: str = "", bullet: str = "") -> str:
    blocks = []
    for r in reports:
        lines = r.lines(indent)
        if bullet and r.title:
            lines[0] = bullet + lines[0]
        blocks.append("\n".join(lines))
    return head + sep.join(blocks)


def names(doc: Document) -> list[tuple[str, ...]]:
    return [tuple(p.name for b in a.bylines for p in b.people) for a in doc.articles]


def check(doc: Document, reports: list[Report]) -> None:
    assert len(doc.articles) == len(reports), [a.title.text if a.title else None for a in doc.articles]
    assert [a.title.text if a.title else None for a in doc.articles] == [r.title for r in reports]
    assert [a.dateline.text if a.dateline else None for a in doc.articles] == [r.dateline for r in reports]
    assert names(doc) == [r.names for r in reports]


# ---------------------------------------------------------------------------- brief columns
@pytest.mark.parametrize("n", [2, 3, 5, 8, 12])
def test_brief_column_of_n_reports(n: int) -> None:
    reports = R[:n]
    check(govnews.parse(page(reports)), reports)


def test_brief_column_without_blank_lines() -> None:
    reports = R[2:7]
    check(govnews.parse(page(reports, sep="\n")), reports)


def test_brief_column_with_bullets_and_indented_paragraphs() -> None:
    reports = R[:6]
    doc = govnews.parse(page(reports, indent="\u3000\u3000", bullet="■"))
    check(doc, reports)


def test_brief_column_under_a_column_name_and_page_label() -> None:
    reports = R[4:9]
    text = page(reports, head="06版\u3000综合新闻\u3000\u3000责任编辑：田野\n\n综合新闻\n\n", indent="\u3000\u3000")
    doc = govnews.parse(text)
    check(doc, reports)
    assert [c.text for c in doc.articles[0].columns] == ["综合新闻"]
    assert any(n.text.startswith("06版") for n in doc.noise)


def test_captions_and_credits_stay_inside_their_report() -> None:
    with_photo = [
        Report(r.title, r.dateline, r.body, byline=r.byline, closing=r.closing, names=r.names,
               extra=("图为会议现场",) if k % 2 else ("图为工人在车间生产。（本报记者 王一鸣 摄）",))
        for k, r in enumerate(R[:4])
    ]
    doc = govnews.parse(page(with_photo))
    assert [a.title.text for a in doc.articles] == [r.title for r in R[:4]]
    assert [a.dateline.text for a in doc.articles] == [r.dateline for r in R[:4]]
    assert ("王一鸣" in {p.name for b in doc.articles[0].bylines for p in b.people})
    assert any("会议现场" in p.text for p in doc.articles[1].paragraphs)


def test_closing_byline_belongs_to_the_report_it_closes() -> None:
    reports = [R[3], R[5], R[10], R[0]]
    doc = govnews.parse(page(reports))
    check(doc, reports)
    assert [b.text for b in doc.articles[0].bylines] == ["（本报记者 孟凡超）"]


# ---------------------------------------------------------------------------- reports without headlines
def test_reports_without_headlines_one_article_each() -> None:
    """The PFR-style case: reports that each open with 新华社X地X月X日电 or 本报讯."""
    reports = [Report(None, r.dateline, r.body, byline=r.byline, names=r.names) for r in R[:6] if not r.closing]
    text = "\n".join("\n".join(r.lines()) for r in reports)
    check(govnews.parse(text), reports)


def test_headline_only_where_there_is_one() -> None:
    reports = [R[0], Report(None, R[2].dateline, R[2].body, byline=R[2].byline, names=R[2].names), R[4]]
    check(govnews.parse(page(reports, sep="\n")), reports)


def test_a_dateline_quoted_inside_a_paragraph_starts_nothing() -> None:
    text = ("县里召开秋粮收购工作会议\n本报讯 10月14日，县里召开会议。会上通报了新华社北京10月13日电的有关内容。\n"
            "会议要求做好服务。")
    doc = govnews.parse(text)
    assert len(doc.articles) == 1


# ---------------------------------------------------------------------------- newspaper pages and jumps
def _epaper(first_jump: str, second_jump: str, label1: str, label2: str, label3: str | None = None) -> str:
    parts = [
        "某某日报\u3000\u30002025年6月18日\u3000星期三",
        label1,
        "全市新能源汽车产业链加速成型",
        "本报讯（记者 李晓东）今年以来，我市新能源汽车产业链加快集聚，整车产能达到30万辆。",
        f"在零部件领域，全市已有配套企业86家，其中规模以上企业41家，产业链本地配套率不断提升，{first_jump}",
        "西城区启动老旧小区改造",
        "本报讯（通讯员 孙可）6月17日，西城区今年首批老旧小区改造项目开工，涉及居民2100户。",
        label2,
        "南湖公园完成提升改造",
        "本报南湖6月17日讯 南湖公园提升改造工程日前完工，新增绿地面积1.5万平方米。（朱小雨）",
        f"{second_jump}达到百分之六十以上。下一步，我市将引进电池、电机等关键零部件项目。",
        "（本报记者 李晓东）",
    ]
    if label3:
        parts += [label3, "北郊镇葡萄喜获丰收", "本报讯 北郊镇3000亩葡萄进入采摘期，预计产量4500吨。（记者 王芳）"]
    return "\n\n".join(parts)


_TITLES = ["全市新能源汽车产业链加速成型", "西城区启动老旧小区改造", "南湖公园完成提升改造"]


@pytest.mark.parametrize(
    ("out", "back", "l1", "l2"),
    [
        ("（下转第二版）", "（上接第一版）", "第01版：要闻", "第02版：要闻"),
        ("（下转A02版）", "（上接A01版）", "A01 要闻", "A02 要闻"),
        ("（转第2版）", "（上接第1版）", "01版：要闻", "02版：综合新闻"),
        ("（下转第2版）", "（上接第一版）", "第1版：要闻", "第2版：要闻"),
    ],
)
def test_jump_joins_its_continuation_across_other_articles(out: str, back: str, l1: str, l2: str) -> None:
    doc = govnews.parse(_epaper(out, back, l1, l2))
    assert [a.title.text for a in doc.articles] == _TITLES
    assert [a.dateline.text if a.dateline else None for a in doc.articles] == ["本报讯", "本报讯", "本报南湖6月17日讯"]
    assert names(doc) == [("李晓东", "李晓东"), ("孙可",), ("朱小雨",)]
    paras = [p.text for p in doc.articles[0].paragraphs]
    # the joined paragraph reads as one sentence, without the jump lines
    assert any("本地配套率不断提升，达到百分之六十以上。" in p for p in paras), paras
    assert not any("版" in p for a in doc.articles for p in (x.text for x in a.paragraphs))
    assert {n.text for n in doc.noise} >= {l1, l2, out, back}


def test_jump_lines_standing_alone() -> None:
    text = _epaper("", "", "第01版：要闻", "第02版：要闻").replace(
        "不断提升，\n", "不断提升，\n\n（下转第2版）\n").replace("\n\n达到", "\n\n（上接第1版）\n达到")
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == _TITLES
    assert any("不断提升，达到百分之六十以上" in p.text for p in doc.articles[0].paragraphs)


def test_third_page_starts_new_articles_and_masthead_is_noise() -> None:
    doc = govnews.parse(_epaper("（下转第二版）", "（上接第一版）", "第01版：要闻", "第02版：要闻", "第03版：县域经济"))
    assert [a.title.text for a in doc.articles] == [*_TITLES, "北郊镇葡萄喜获丰收"]
    assert names(doc)[-1] == ("王芳",)
    assert any("某某日报" in n.text for n in doc.noise)
    assert "第03版：县域经济" in {n.text for n in doc.noise}


def test_short_brief_between_jump_and_continuation_stays_its_own() -> None:
    doc = govnews.parse(_epaper("（下转第二版）", "（上接第一版）", "第01版：要闻", "第02版：要闻"))
    brief = doc.articles[2]
    assert [p.text for p in brief.paragraphs] == ["南湖公园提升改造工程日前完工，新增绿地面积1.5万平方米。"]


def test_overline_and_dash_subtitle_stay_with_their_article() -> None:
    text = "\n\n".join([
        "第01版：要闻",
        "聚焦项目建设",
        "全市重点项目开工率超过九成",
        "——前五个月完成投资420亿元",
        "本报讯（记者 何平）今年以来，全市重点项目建设加快推进，前五个月完成投资420亿元。",
        "记者从市发改委获悉，全市212个重点项目已开工193个。",
        "东岭村建起共享菜园",
        "本报讯（通讯员 田甜）东岭村利用闲置土地建起共享菜园，认领村民达到120户。",
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == ["全市重点项目开工率超过九成", "东岭村建起共享菜园"]
    assert [c.text for c in doc.articles[0].columns] == ["聚焦项目建设"]
    assert doc.articles[0].subtitle is not None and doc.articles[0].subtitle.text == "前五个月完成投资420亿元"
    assert names(doc) == [("何平",), ("田甜",)]


def test_indented_section_heads_stay_inside_the_report() -> None:
    ind = "\u3000\u3000"
    text = "\n".join([
        "第01版：要闻",
        "全市文旅消费持续升温",
        f"{ind}本报讯（记者 罗兰）今年以来，全市文旅市场持续回暖，接待游客数量同比增长两成。",
        f"{ind}夜间经济点亮城市消费",
        f"{ind}入夏以来，全市各大夜市人气火爆，夜间消费额占全天消费的三成以上。",
        f"{ind}乡村旅游带动农民增收",
        f"{ind}全市乡村旅游点接待游客超过百万人次，带动农民户均增收四千元。",
        "市区新增公共停车位两千个",
        f"{ind}本报讯（通讯员 白露）今年以来，市区新增公共停车位2000个，缓解了老城区停车难。",
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == ["全市文旅消费持续升温", "市区新增公共停车位两千个"]
    assert [h.text for h in doc.articles[0].headings] == ["夜间经济点亮城市消费", "乡村旅游带动农民增收"]
    assert names(doc) == [("罗兰",), ("白露",)]


# ---------------------------------------------------------------------------- press-release pages
def _release(title: str, body: list[str], time: str) -> str:
    return "\n\n".join([title, *("\u3000\u3000" + b for b in body), "完", f"2025年3月5日（星期三）\n香港时间{time}"])


def test_press_release_page_one_article_per_release_with_its_own_published() -> None:
    text = "\n\n".join([
        _release("运输署公布新巴士路线安排", ["运输署今日公布三条新巴士路线安排，下月起生效。",
                                     "发言人表示，新路线可缩短乘客行车时间。"], "10时15分"),
        _release("康文署举办春季花卉展览", ["康乐及文化事务署将于下周在公园举办春季花卉展览。",
                                    "展览免费开放，预计吸引市民十万人次。"], "11时40分"),
        _release("水务署提醒市民节约用水", ["水务署今日提醒市民在旱季期间节约用水。"], "14时05分"),
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == [
        "运输署公布新巴士路线安排", "康文署举办春季花卉展览", "水务署提醒市民节约用水"]
    assert [str(a.published.time) if a.published and a.published.time else None for a in doc.articles] == [
        "10:15:00", "11:40:00", "14:05:00"]
    assert [a.dateline for a in doc.articles] == [None, None, None]
    assert names(doc) == [(), (), ()]
    assert not any(p.text == "完" for a in doc.articles for p in a.paragraphs)


# ---------------------------------------------------------------------------- a page repeated
def test_page_repeated_never_mixes_its_copies() -> None:
    p = _epaper("（下转第二版）", "（上接第一版）", "第01版：要闻", "第02版：要闻")
    text = p + "\n" + p
    doc = govnews.parse(text)
    half = len(p) + 1
    for a in doc.articles:
        sides = {p.span.start >= half for p in a.paragraphs} | {p.span.end > half for p in a.paragraphs}
        assert len(sides) <= 1, (a.title, [p.text for p in a.paragraphs])
    titles = [a.title.text for a in doc.articles if a.title]
    # the copy gives its articles again, or is set apart whole as a duplicate (never mixed)
    assert titles == _TITLES * 2 or (
        titles == _TITLES and any(n.kind == "duplicate" and n.span.start >= half for n in doc.noise)
    ), titles


# ---------------------------------------------------------------------------- property
_PLACES = ["东城区", "西湖镇", "北山县", "南港市", "青石乡", "白沙街道", "红旗村", "金水区"]
_ACTS = ["新建", "启动", "完成", "开展", "推进", "举办"]
_THINGS = ["乡村道路改造", "春季植树活动", "社区养老服务", "河道清淤工程", "农产品展销会", "夜间图书借阅",
           "校园安全检查"]
_DATELINES = ["本报讯", "本报{p}5月9日讯", "新华社{p}5月9日电", "人民网{p}5月9日电", "本报专电"]
_SENTENCES = ["这项工作惠及群众两千余人。", "相关负责人表示，将持续做好后续服务。", "活动吸引了周边居民踊跃参与。",
              "项目总投资约三千万元，预计年底完成。", "当地干部群众对此反响热烈。"]

_report = st.tuples(
    st.sampled_from(_PLACES), st.sampled_from(_ACTS), st.sampled_from(_THINGS),
    st.sampled_from(_DATELINES), st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=3),
)


_CLOSINGS = ["", "（本报记者 孟凡超）", "（赵一鸣）", "图为活动现场", "图为工人在车间生产。（本报记者 王一鸣 摄）"]
_layout = st.tuples(st.sampled_from(["\n", "\n\n"]), st.sampled_from(["", "\u3000\u3000"]), st.sampled_from(["", "■"]))


@given(st.lists(_report, min_size=1, max_size=8, unique_by=lambda r: (r[0], r[2])), _layout,
       st.lists(st.sampled_from(_CLOSINGS), min_size=8, max_size=8))
def test_page_of_n_generated_reports_gives_n_articles(
    reports: list[tuple[str, str, str, str, list[str]]], layout: tuple[str, str, str], closings: list[str]
) -> None:
    """A page of N reports (headline + dateline + body, a closing byline or a caption under
    some) parses into N articles with those headlines in order."""
    sep, indent, bullet = layout
    lines = []
    titles = []
    for (place, act, thing, dateline, body), closing in zip(reports, closings, strict=False):
        title = f"{place}{act}{thing}"
        titles.append(title)
        lines.append(bullet + title)
        lines.append(f"{indent}{dateline.format(p=place[:2])} 近日，{place}{act}{thing}。{''.join(body)}")
        if closing:
            lines.append(indent + closing)
    doc = govnews.parse(sep.join(lines))
    assert [a.title.text if a.title else None for a in doc.articles] == titles


def test_list_of_other_reports_on_the_page_is_noise_inside_its_article() -> None:
    text = "\n".join([
        "第01版：要闻",
        "全市召开安全生产工作会议",
        "本报讯（记者 张华）6月3日，全市召开安全生产工作会议，部署当前安全生产重点工作，（下转第2版）",
        "本版其他新闻：",
        "县里举办农民夜校培训班",
        "西湖镇开展环境整治行动",
        "东城区启动消夏文化活动",
        "本报讯（通讯员 李明）近日，东城区启动消夏文化活动，将持续至八月底。",
        "第02版：要闻",
        "（上接第1版）确保全年安全形势稳定。",
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == ["全市召开安全生产工作会议", "东城区启动消夏文化活动"]
    assert names(doc) == [("张华",), ("李明",)]
    assert doc.articles[0].paragraphs[-1].text.endswith("重点工作，确保全年安全形势稳定。")
    assert [n.text for n in doc.noise if n.kind == "recommendations"] == [
        "本版其他新闻：", "县里举办农民夜校培训班", "西湖镇开展环境整治行动"]


def test_masthead_of_a_later_page_and_a_caption_under_the_jump_line() -> None:
    ind = "\u3000\u3000"
    masthead = "某某日报\u30002025年6月18日\u3000星期三"
    text = "\n".join([
        masthead, "第1版：要闻", "全市夏粮收购进度过半",
        f"{ind}本报讯（记者 王强）截至6月17日，全市已收购小麦42万吨，收购进度过半。",
        f"{ind}各收购点延长营业时间，方便农民就近售粮，（下转第二版）",
        "图为农民在收购点排队售粮。本报记者 刘洋 摄",
        "德城区开展消防安全大检查",
        f"{ind}本报讯（通讯员 齐飞）6月16日起，德城区对辖区商场、学校开展消防安全大检查。",
        masthead, "第2版：要闻",
        "（上接第一版）粮食部门还组织技术人员上门检测，帮助农民卖上好价钱。",
        f"{ind}（本报记者 王强）",
        "陵城区葡萄采摘节开幕",
        f"{ind}本报陵城6月17日讯（记者 赵敏）6月17日，陵城区葡萄采摘节开幕，吸引游客上万人。",
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == [
        "全市夏粮收购进度过半", "德城区开展消防安全大检查", "陵城区葡萄采摘节开幕"]
    assert [a.dateline.text for a in doc.articles] == ["本报讯", "本报讯", "本报陵城6月17日讯"]
    assert names(doc)[1:] == [("齐飞",), ("赵敏",)]
    assert names(doc)[0][:1] == ("王强",) and names(doc)[0][-1] == "王强"
    paras = [p.text for p in doc.articles[0].paragraphs]
    assert paras[1].endswith("方便农民就近售粮，粮食部门还组织技术人员上门检测，帮助农民卖上好价钱。")
    assert paras[2].startswith("图为农民在收购点排队售粮")
    noise = [n.text.replace("\u3000", " ") for n in doc.noise]
    assert noise.count(masthead.replace("\u3000", " ")) == 2


@pytest.mark.parametrize("copies", [2, 5])
def test_seed_page_repeated_gives_articles_of_one_copy_each(seed_texts: dict[str, str], copies: int) -> None:
    """Issue 18, item 2: the stitcher joined text of a second copy onto the first copy's articles."""
    p = seed_texts["000_664648941909724b.txt"]
    one = govnews.parse(p)
    doc = govnews.parse("\n".join([p] * copies))
    size = len(p) + 1
    for a in doc.articles:
        sides = {s // size for para in a.paragraphs for s in (para.span.start, para.span.end - 1)}
        assert len(sides) <= 1, a.title
    longest = max(len(x.text) for a in one.articles for x in a.paragraphs)
    assert max(len(x.text) for a in doc.articles for x in a.paragraphs) == longest
    first = [a.title.text for a in doc.articles if a.title][: len(one.articles)]
    assert first == [a.title.text for a in one.articles if a.title]


def test_releases_closed_by_end_marks_alone() -> None:
    text = "\n".join([
        "运输署公布新巴士路线安排",
        "运输署今日公布三条新巴士路线安排，下月起生效。发言人表示，新路线可缩短乘客行车时间。",
        "完", "NNNN",
        "康文署举办春季花卉展览",
        "康乐及文化事务署将于下周在公园举办春季花卉展览。展览免费开放，预计吸引市民十万人次。",
        "（完）",
    ])
    doc = govnews.parse(text)
    assert [a.title.text for a in doc.articles] == ["运输署公布新巴士路线安排", "康文署举办春季花卉展览"]
    assert [len(a.paragraphs) for a in doc.articles] == [1, 1]
    assert names(doc) == [(), ()]


def test_brief_column_name_above_its_date_line_is_a_column() -> None:
    reports = R[:3]
    head = "某某网首页 > 新闻 > 本地新闻 > 正文\n\n本地快讯\n\n2024-03-06 08:10:00　　来源：某某日报\n\n"
    doc = govnews.parse(page(reports, head=head, indent="\u3000\u3000"))
    check(doc, reports)
    assert [c.text for c in doc.articles[0].columns] == ["本地快讯"]
    assert [len(a.columns) for a in doc.articles[1:]] == [0, 0]


def test_archive_page_of_day_only_datelines_and_three_line_heads() -> None:
    """An archive dump of a newspaper page: a label with the section in brackets (empty or
    nested) and an empty 专栏: line before each report, datelines that name the day alone
    (dated in the page's month), and a head of kicker / main title / subtitle."""
    page = (
        "2003年5月20日某某日报 第4版\n\n"
        "第4版(经济(综合))\n专栏:\n\n"
        "北山县发现大型铁矿\n"
        "本报太原18日电 地质队员日前在北山县发现一处大型铁矿，初步探明储量约三亿吨。\n"
        "勘探工作还将持续到年底，矿区开发方案正在论证之中。\n\n\n"
        "第4版()\n专栏:\n\n"
        "抢工期 保质量 建设者昼夜奋战\n"
        "沿江大桥将在十月通车\n"
        "两岸引桥和连接线同步开始铺设路面\n"
        "新华社武汉19日电 沿江大桥的建设者正在紧张地进行收尾工程，全桥检查验收工作已开始筹备。\n"
        "目前钢梁铆合工作已基本结束，建设者正忙于最后的检查。\n"
    )
    doc = govnews.parse(page)
    arts = doc.articles
    assert [a.title.text for a in arts if a.title] == ["北山县发现大型铁矿", "沿江大桥将在十月通车"]
    assert [a.dateline.text for a in arts if a.dateline] == ["本报太原18日电", "新华社武汉19日电"]
    assert [str(a.dateline.date) for a in arts if a.dateline] == ["2003-05-18", "2003-05-19"]
    assert [c.text for c in arts[1].columns] == ["抢工期 保质量 建设者昼夜奋战"]
    assert arts[1].subtitle is not None and arts[1].subtitle.text == "两岸引桥和连接线同步开始铺设路面"
    body = "".join(p.text for a in arts for p in a.paragraphs)
    assert "第4版" not in body and "专栏" not in body


def test_epaper_headline_index_is_chrome_and_byline_lines_stay_bylines() -> None:
    """An e-paper page lists its headlines (本版导航) above the reports; each entry stands again
    as a report's title further down. The list is chrome, never a kicker; a byline line under
    a title is the report's byline, never its subtitle."""
    page = (
        "江城日报\n2025年09月12日 星期五\n第03版：区县新闻\n\n本版导航\n"
        "东湖区：秋收秋种两不误\n西湖区新建社区食堂12家\n\n"
        "东湖区：秋收秋种两不误\n本报记者 马立新 通讯员 赵倩\n\n"
        "本报讯 眼下，东湖区120万亩玉米进入收获期，全区投入收割机械1800余台。\n\n"
        "“今年玉米亩产预计能达到650公斤。”种粮大户刘德胜说。\n\n"
        "西湖区新建社区食堂12家\n本报讯（记者 孙晓明）9月10日，西湖区第12家社区食堂开业。\n\n"
        "据了解，今年西湖区计划建成社区食堂20家，日均服务老人3000余人次。\n"
    )
    doc = govnews.parse(page)
    assert [a.title.text for a in doc.articles if a.title] == ["东湖区：秋收秋种两不误", "西湖区新建社区食堂12家"]
    assert [a.columns for a in doc.articles] == [(), ()]
    assert [a.subtitle for a in doc.articles] == [None, None]
    assert [[(p.name, p.role) for b in a.bylines for p in b.people] for a in doc.articles] == [
        [("马立新", "记者"), ("赵倩", "通讯员")],
        [("孙晓明", "记者")],
    ]
    listed = [n.text for n in doc.noise if n.rule == "layout.headline_list"]
    assert listed == ["东湖区：秋收秋种两不误", "西湖区新建社区食堂12家"]


def test_title_and_subtitle_of_a_page_saved_twice_are_no_headline_index() -> None:
    report = "东湖区秋收秋种两不误\n全区玉米收获进度过半\n本报讯 眼下，东湖区120万亩玉米进入收获期。\n"
    one, twice = govnews.parse(report), govnews.parse(report + "\n" + report)
    assert not [n for n in twice.noise if n.rule == "layout.headline_list"]
    assert [a.title for a in twice.articles][:1] == [a.title for a in one.articles]
    assert [a.columns for a in twice.articles][:1] == [a.columns for a in one.articles]


def test_brief_column_of_bracketed_headlines() -> None:
    """A government brief column: each brief is one line, its headline in brackets, its text
    opening with the date; the column's name and date above the first brief."""
    page = (
        "要闻简报\n\n（2025年5月12日）\n\n"
        "【我县召开安全生产工作会议】5月10日，县政府召开全县安全生产工作会议，安排部署近期重点工作。\n\n"
        "【县人大常委会开展执法检查】5月9日，县人大常委会执法检查组深入企业开展检查。\n\n"
        "【城东新区项目集中开工】近日，城东新区12个重点项目集中开工，总投资58.6亿元。\n"
    )
    doc = govnews.parse(page)
    assert [a.title.text for a in doc.articles if a.title] == [
        "我县召开安全生产工作会议", "县人大常委会开展执法检查", "城东新区项目集中开工",
    ]
    assert [c.text for c in doc.articles[0].columns] == ["要闻简报"]
    assert [p.text for p in doc.articles[1].paragraphs] == ["5月9日，县人大常委会执法检查组深入企业开展检查。"]
    # the column's date dates the briefs' yearless dates
    assert [d.date for d in doc.articles[0].dates] == ["2025-05-10"]


def test_one_report_under_bracketed_heads_stays_one_article() -> None:
    page = (
        "县里扎实推进民生实事\n\n本报讯 今年以来，县里扎实推进十项民生实事。\n\n"
        "【教育提质】全县新建改建学校6所，新增学位3200个。\n\n"
        "【医疗扩容】县人民医院新住院大楼投入使用，新增床位500张。\n"
    )
    doc = govnews.parse(page)
    assert len(doc.articles) == 1
    assert doc.articles[0].title is not None and doc.articles[0].title.text == "县里扎实推进民生实事"
