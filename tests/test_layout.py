"""The layout judgement (govnews.layout): page heads, chrome-shaped rows and page tails.

Every page here is written for this file (no development page is copied); each stands for a
family of real pages: a county portal, an e-paper page, a WeChat repost, a portal repost, an
official notice. Content rows check that text which looks like chrome stays content.
"""

from __future__ import annotations

import pytest

import govnews
from govnews.layout import explain, line_features

BODY1 = "5月9日，县里召开春季农业生产推进会，安排部署当前重点工作。会议要求各乡镇抓好春播春管。"
BODY2 = "会议指出，今年全县计划播种粮食作物52万亩，要把任务分解到村、落实到地块，确保颗粒归仓。"


def _noise_texts(doc: govnews.Document) -> list[str]:
    return [n.text for n in doc.noise]


def _body(doc: govnews.Document) -> str:
    return "".join(p.text for a in doc.articles for p in a.paragraphs)


# (family, page, title, lines that must be noise, lines that must stay in the body)
HEADS = [
    (
        "county portal: site name, welcome banner, search box and nav row above the title",
        "临河县人民政府\n欢迎访问临河县人民政府网站 今天是2025年5月10日\n请输入关键词  搜索\n"
        "要闻  政务公开  办事服务  互动交流  走进临河\n临河县召开春季农业生产推进会\n" + BODY1 + "\n" + BODY2,
        "临河县召开春季农业生产推进会",
        ["临河县人民政府", "要闻  政务公开  办事服务  互动交流  走进临河"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "e-paper: masthead, page label and page nav above an overline, the title and a dash deck",
        "江城日报数字报\n2025年04月02日 星期三\n第A02版：综合新闻\nA01版：头版  A02版：综合  A03版：县区\n"
        "春耕时节看田间\n江城县千亩麦田喜迎春灌\n——全县春灌面积已达到28万亩\n" + BODY1 + "\n" + BODY2,
        "江城县千亩麦田喜迎春灌",
        ["第A02版：综合新闻", "A01版：头版  A02版：综合  A03版：县区"],
        [BODY1[:20]],
    ),
    (
        "portal repost: breadcrumb and channel row, a reading-time banner under the title",
        "某某网首页 > 新闻 > 国内\n国内  国际  财经  科技  体育  娱乐\n"
        "多地出台措施支持春耕生产 确保粮食稳产增产\n2025-04-02 09:15:20  来源：某某日报\n" + BODY1 + "\n" + BODY2,
        "多地出台措施支持春耕生产 确保粮食稳产增产",
        ["国内  国际  财经  科技  体育  娱乐"],
        [BODY1[:20]],
    ),
    (
        "WeChat repost: a column's tag leads the headline, blank lines between all lines",
        "点击蓝字 关注我们\n\n原创 河口融媒 河口发布 2025-04-02 19:02 发表于云南\n\n"
        "【春耕进行时】千亩麦田喜迎春灌 农机下田忙\n\n" + BODY1 + "\n\n" + BODY2,
        "【春耕进行时】千亩麦田喜迎春灌 农机下田忙",
        ["点击蓝字 关注我们"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "media-centre app: app name, headline, the outlet's name, the time and the view count on lines of their own",
        "打开APP，阅读体验更佳\n\n掌上临河\n\n临河：千亩麦田喜迎春灌\n\n"
        "临河县融媒体中心\n2025-04-02 16:20\n阅读 2.1万\n\n" + BODY1 + "\n\n" + BODY2,
        "临河：千亩麦田喜迎春灌",
        ["掌上临河", "临河县融媒体中心", "阅读 2.1万"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "SEO copy: the browser title (site name, the title, site name) above the breadcrumb and the title",
        "宏达重工网-临河县召开春季农业生产推进会_宏达重工网\n当前位置：首页 > 新闻资讯 > 行业动态\n\n"
        "临河县召开春季农业生产推进会\n\n发布者：admin 时间：2025-04-02 浏览：128次\n\n" + BODY1 + "\n\n" + BODY2,
        "临河县召开春季农业生产推进会",
        ["宏达重工网-临河县召开春季农业生产推进会_宏达重工网"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "disclosure table with each label and value on lines of their own above the notice",
        "索引号：\n11430923MB1234567X/2025-00088\n发布机构：\n临河县人力资源和社会保障局\n生成日期：\n2025-08-12\n"
        "文号：\n临人社发〔2025〕9号\n\n临河县关于城乡居民养老保险缴费的公告\n\n" + BODY1 + "\n\n" + BODY2,
        "临河县关于城乡居民养老保险缴费的公告",
        ["临人社发〔2025〕9号", "11430923MB1234567X/2025-00088"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "SEO copy: a browser title with a clinic tag and keyword around the title",
        "【南宁白癜风医院】临河县召开春季农业生产推进会_南宁白癜风医院哪家好\n\n临河县召开春季农业生产推进会\n\n"
        "2025-04-02 来源：本站原创\n\n" + BODY1 + "\n\n" + BODY2,
        "临河县召开春季农业生产推进会",
        ["【南宁白癜风医院】临河县召开春季农业生产推进会_南宁白癜风医院哪家好"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "WeChat repost: the source card (以下文章来源于…, the account's name, its description) under the date line",
        "临河：千亩麦田喜迎春灌\n\n原创 临河融媒 临河发布 2025年04月02日 19:02 湖北\n\n"
        "以下文章来源于临河融媒 ，作者临河融媒\n\n临河融媒.\n临河县融媒体中心官方账号\n\n" + BODY1 + "\n\n" + BODY2,
        "临河：千亩麦田喜迎春灌",
        ["以下文章来源于临河融媒 ，作者临河融媒", "临河融媒.", "临河县融媒体中心官方账号"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "e-paper: a box-led byline line under the title is no title",
        "□ 放大  □ 缩小  □ 默认\n第03版：经济新闻\n\n县域经济跑出“加速度”\n\n□ 本报记者 李文华\n\n"
        + BODY1 + "\n\n" + BODY2,
        "县域经济跑出“加速度”",
        ["第03版：经济新闻"],
        [BODY1[:20], BODY2[:20]],
    ),
    (
        "a headline that ends like an outlet's name, right above its date line, stays the title",
        "临河县新建便民服务中心\n2025-04-02 16:20\n\n" + BODY1 + "\n\n" + BODY2,
        "临河县新建便民服务中心",
        [],
        [BODY1[:20], BODY2[:20]],
    ),
]


@pytest.mark.parametrize(("why", "page", "title", "noise", "keep"), HEADS, ids=[h[0] for h in HEADS])
def test_page_head(why: str, page: str, title: str, noise: list[str], keep: list[str]) -> None:
    doc = govnews.parse(page)
    assert [a.title.text for a in doc.articles if a.title] == [title]
    found = _noise_texts(doc)
    for line in noise:
        assert any(line in n for n in found), (line, found)
    body = _body(doc)
    for s in keep:
        assert s in body


def test_overline_and_deck_line() -> None:
    page = HEADS[1][1]
    art = govnews.parse(page).articles[0]
    assert [c.text for c in art.columns] == ["春耕时节看田间"]
    assert art.subtitle is not None and art.subtitle.text == "全县春灌面积已达到28万亩"


def test_tail_between_chrome_is_noise() -> None:
    page = (
        "西岭镇推进人居环境整治\n" + BODY1 + "\n" + BODY2 + "\n【打印本页】【关闭窗口】\n"
        "热门文章\n这个小镇火了，游客挤爆\n春天最适合吃的三种野菜\n"
        "版权所有：西岭镇人民政府"
    )
    doc = govnews.parse(page)
    found = _noise_texts(doc)
    assert any("春天最适合吃的三种野菜" in n for n in found), found
    assert BODY2[:20] in _body(doc)


def test_notice_signature_and_annex_stay() -> None:
    page = (
        "西岭县人民政府办公室关于做好春季防火工作的通知\n各乡镇人民政府，县直各部门：\n"
        "为切实做好今年春季森林防火工作，现将有关事项通知如下。\n一、压实责任\n各乡镇要落实属地责任。\n"
        "附件：春季防火重点区域清单\n西岭县人民政府办公室\n2025年3月1日\n【打印本页】【关闭窗口】"
    )
    doc = govnews.parse(page)
    found = _noise_texts(doc)
    for line in ("附件：春季防火重点区域清单", "西岭县人民政府办公室", "2025年3月1日"):
        assert not any(line in n for n in found), (line, found)
    assert "附件" in _body(doc)


def test_text_above_the_title_is_kept() -> None:
    # a fragment of an earlier article above a headline: no page head is cut
    page = (
        "东山镇开展环境整治行动\n东山镇组织干部群众清理村庄垃圾,整治乱堆乱放\n"
        "南湖区启动老旧小区改造工程\n南湖区今年计划改造老旧小区,惠及居民众多。"
    )
    doc = govnews.parse(page)
    assert not [n for n in doc.noise if n.rule.startswith("layout.")]


def test_site_prefix_is_cut_from_the_title() -> None:
    doc = govnews.parse("某某娱乐8888网站-县委书记调研秋粮收购工作\n" + BODY1 + "\n" + BODY2)
    title = doc.articles[0].title
    assert title is not None and title.text == "县委书记调研秋粮收购工作"
    page = "某某娱乐8888网站-县委书记调研秋粮收购工作\n" + BODY1 + "\n" + BODY2
    assert page[title.span.start : title.span.end] == title.text


# line shape: (line, chrome_shape, prose, titleish); None: not asserted
SHAPES: list[tuple[str, bool, bool, bool | None]] = [
    ("首页 | 新闻中心 | 政务公开 | 互动交流", True, False, False),
    ("首页 > 政务公开 > 统计信息", True, False, False),
    ("首页 / 时政要闻 / 正文", True, False, False),
    ("新闻  体育  财经  汽车  房产", True, False, False),
    ("主要指标　　　总量　　　比上年增长", False, False, None),  # a table's header row: 3 items
    ("地区生产总值　　286.35亿元　　5.6%", False, False, None),  # a table row: digits
    ("本报记者 王明  通讯员 李华 张强", False, False, None),  # a byline, not a nav row
    ("县里召开春季农业生产推进会", False, False, True),
    ("【乡村振兴】茶园春管正当时 万亩茶山吐新绿", False, False, True),  # a column's tag, then the headline
    ("【图片新闻】县领导调研春耕备耕工作", False, False, True),
    ("【纠错】", False, False, False),  # a widget
    ("【字体：大 中 小】", False, False, False),
    ("【记者张三】县里召开春季农业生产推进会", False, False, False),  # a byline first
    ("【打印本页】　【关闭窗口】", False, False, False),
    ("2025年04月02日 星期三", False, False, False),
    ("发布时间：2025-04-02 09:15", False, False, False),
    (BODY1, False, True, False),
    ("前三季度，全县规模以上工业增加值同比增长6.9%，增速比上半年回落0.6个百分点，分行业看，木材加工业增长11.2%。",
     False, True, False),
]


@pytest.mark.parametrize(("line", "chrome", "prose", "titleish"), SHAPES, ids=[s[0][:16] for s in SHAPES])
def test_line_shape(line: str, chrome: bool, prose: bool, titleish: bool | None) -> None:
    f = line_features(line)
    assert (f.chrome_shape, f.prose) == (chrome, prose)
    if titleish is not None:
        assert f.titleish == titleish


def test_explain_lists_every_line() -> None:
    rows = explain("首页 | 要闻 | 专题\n\n县里召开会议\n")
    assert [line for line, _ in rows] == ["首页 | 要闻 | 专题", "县里召开会议"]


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from("首页新闻|> /　 。，、：:本报讯记者0123456789年月日星期一网站\n")


@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_layout_is_total_and_keeps_every_span_in_range(page: str) -> None:
    for line in page.splitlines():
        line_features(line)
    doc = govnews.parse(page)
    for n in doc.noise:
        assert 0 <= n.span.start <= n.span.end <= len(page)


def test_counter_between_widgets_is_chrome_but_section_number_stays() -> None:
    page = (
        "两地签订合作协议 共建产业园区\n2024-06-03 08:57:12　来源：某某网\n举报\n0\n分享至\n\n"
        "本报讯 昨日，两地签订合作协议，共建产业园区。\n\n点击蓝字关注我们\n01\n产业协作\n"
        "双方将在交通、产业等领域深化合作，共建共享。\n"
    )
    doc = govnews.parse(page)
    counters = [n.text for n in doc.noise if n.rule == "layout.counter"]
    assert counters == ["0"]
    body = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert "举报" not in body and not body.startswith("0")
