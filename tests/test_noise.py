"""Line noise: footers, chrome, social prompts, recommendations, link farms — and content that stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.lines import split_lines
from govnews.noise import find_noise, line_noise
from govnews.noise_rules import DEFAULT_RULES, NoiseRules, RuleFamily

HOST = "县教育局召开暑期安全工作会议\n会议强调，各学校要做好学生暑期安全教育工作，确保学生平安度假。\n"

# (kind, line): a whole line that is noise when it stands on its own line below an article
NOISE_LINES: list[tuple[str, str]] = [
    ("footer", "主办单位：某某县人民政府办公室 承办单位：某某县大数据中心"),
    ("footer", "主办：清河市人民政府 承办：清河市政务服务数据管理局"),
    ("footer", "清河日报社主管 清河报业传媒集团主办"),
    ("footer", "地址：河西区中山路88号 邮编：300201 电话：022-12345678"),
    ("footer", "联系电话：0531-88888888 传真：0531-88888889"),
    ("footer", "通讯地址：东风大街12号政务中心3楼 邮政编码：450000"),
    ("footer", "电子邮箱：webmaster@example.gov.cn"),
    ("footer", "版权所有：某某市人民政府办公室"),
    ("footer", "版权所有 © 2023 某某区融媒体中心"),
    ("footer", "Copyright © 2019-2024 www.example.com All Rights Reserved"),
    ("footer", "Copyright(C)2020 某某新闻网 版权所有"),
    ("footer", "© 2024 清河在线"),
    ("footer", "京ICP备12345678号-2"),
    ("footer", "苏ICP备05012345号 苏公网安备 32010202000123号"),
    ("footer", "浙公网安备 33010602001234号"),
    ("footer", "网站标识码：3701000012 鲁ICP备05012345号"),
    ("footer", "违法和不良信息举报电话：12377"),
    ("footer", "举报电话：0371-12345678 举报邮箱：jubao@example.cn"),
    ("footer", "互联网新闻信息服务许可证编号：41120170001"),
    ("footer", "技术支持：某某网络科技有限公司"),
    ("footer", "我为政府网站找错"),
    ("footer", "【打印本页】 【关闭窗口】"),
    ("footer", "无障碍 适老化"),
    ("footer", "建议使用1920×1080分辨率 IE9以上浏览器浏览本站"),
    ("footer", "豫B2-20180123号 豫ICP备10001234号-1"),
    ("footer", "中国互联网违法和不良信息举报中心"),
    ("footer", "主管单位：中共某某县委宣传部 | 主办单位：某某县融媒体中心"),
    ("footer", "All Rights Reserved 某某市教育局"),
    ("footer", "版权所有：某某县人民政府 网站标识码：5101230001 蜀ICP备12345678号"),
    ("footer", "运维单位：某某市信息中心 技术支持：某某软件公司"),
    ("site_chrome", "设为首页 | 加入收藏"),
    ("site_chrome", "收藏本站 设为首页 English"),
    ("site_chrome", "【设为首页】【加入收藏】"),
    ("site_chrome", "当前位置：首页 > 新闻中心 > 工作动态"),
    ("site_chrome", "您的位置：首页 >> 政务公开 >> 部门动态"),
    ("site_chrome", "您现在的位置是：网站首页 » 教育新闻"),
    ("site_chrome", "当前位置: 某某机械网 >> 破碎机"),
    ("site_chrome", "首页 > 新闻 > 本地新闻"),
    ("site_chrome", "网站首页 | 产品中心 | 联系我们"),
    ("site_chrome", "首页 新闻中心 关于我们 联系我们 在线留言"),
    ("site_chrome", "上一篇：我市召开安全生产工作会议"),
    ("site_chrome", "下一篇：县长调研秋收工作"),
    ("site_chrome", "上一条：没有了"),
    ("site_chrome", "繁体 简体 English"),
    ("site_chrome", "网站首页 政务公开 办事服务 互动交流"),
    ("social_prompt", "某某发布微信号：mmfb2020"),
    ("social_prompt", "扫描二维码关注我们"),
    ("social_prompt", "长按识别二维码关注公众号"),
    ("social_prompt", "扫一扫在手机打开当前页"),
    ("social_prompt", "点击阅读原文"),
    ("social_prompt", "分享到：微信 微博 QQ空间"),
    ("social_prompt", "爱八卦，爱爆料。"),
    ("social_prompt", "微信扫一扫关注"),
    ("social_prompt", "扫码关注官方微信"),
    ("social_prompt", "官方微信：清河发布 官方微博：清河发布"),
    ("social_prompt", "扫一扫，在手机上阅读本文"),
    ("social_prompt", "长按识别下方二维码，即可关注"),
    ("social_prompt", "关注我们 分享到："),
    ("recommendations", "大家好，小丽今天来为大家解答新能源汽车补贴以下问题，很多人还不知道，现在让我们一起来看看吧！"),
    ("recommendations", "大家好,小王今天来为大家介绍养老保险怎么交"),
    ("recommendations", "空调制冷效果差的原因很多人还不知道，现在让我们一起来看看吧！"),
    ("recommendations", "大家好，小明今天来为大家解答考研分数线以下问题"),
    ("recommendations", "大家好，小红今天来为大家分享一些关于社保卡的知识"),
]

# (kind, header, items): a header line and the list after it form one noise block
BLOCKS: list[tuple[str, str, list[str]]] = [
    ("recommendations", "相关阅读", ["我市举办全民健身运动会", "县委书记调研乡村振兴工作", "全市春季植树活动启动"]),
    ("recommendations", "小编推荐", ["1. 1 如何申请公租房(公租房申请条件)", "2. 2 驾照到期怎么换证"]),
    ("recommendations", "【往期推荐】", ["· 我县召开防汛工作会议", "· 市长到社区调研"]),
    ("recommendations", "猜你喜欢", ["1、夏季养生吃什么好", "2、公积金提取流程"]),
    ("recommendations", "热门推荐：", ["手机怎么投屏到电视", "个税年度汇算怎么操作"]),
    ("recommendations", "推荐阅读", ["- 全省高考成绩今日公布", "- 我市新增三条公交线路"]),
    ("recommendations", "相关文章", ["县政协召开常委会议 2024-05-06", "县人大视察重点项目 2024-05-02"]),
    ("link_farm", "友情链接", ["中国政府网", "某某省人民政府", "某某市教育局"]),
    ("link_farm", "友情链接：", ["新华网", "人民网"]),
    ("link_farm", "合作伙伴", ["某某机械厂", "某某科技公司"]),
]

# runs of short advertising lines
FARMS: list[list[str]] = [
    ["北京治疗癫痫哪家医院好", "上海看男科哪个医院好", "广州不孕不育医院哪家好"],
    ["武汉白癜风医院", "长沙治疗牛皮癣多少钱", "南京儿童多动症怎么治疗"],
    ["成都哪里治疗痔疮比较好", "头痛头晕的原因", "西安鼻炎能治好吗"],
    ["小孩咳嗽怎么办", "杭州整形医院哪家好", "脱发的原因有哪些"],
]

# content lines that mention the same words in their own right: they must stay
CONTENT_LINES: list[str] = [
    "市版权局近日开展版权保护宣传周活动，普及版权所有人的合法权益。",
    "据了解，该市今年共查处侵犯版权案件12起，版权归属纠纷明显减少。",
    "版权所有人须在30日内提出申请，逾期视为放弃。",
    "县人民医院派出医疗队深入偏远乡村开展义诊活动。",
    "市中心医院新建的住院楼已投入使用，新增床位500张。",
    "该镇卫生院与县医院建立了医联体，群众在家门口就能看专家。",
    "哪家医院服务好，群众心里有杆秤。",
    "医院是守护群众健康的第一道防线。",
    "学校推荐3名优秀教师参加省级教学比赛。",
    "经村民推荐、组织考察，他被确定为村级后备干部人选。",
    "各地推荐的典型案例将汇编成册，供各地学习借鉴。",
    "市民可拨打举报电话12345反映问题。",
    "群众可拨打举报电话：0371-12345678反映问题，也可登录网站留言。",
    "请拨打服务热线电话咨询，工作人员将耐心解答。",
    "他拿起电话，向县里汇报了受灾情况。",
    "市民可扫描二维码关注“平安清河”公众号，及时了解路况信息。",
    "扫描二维码即可完成缴费，十分方便。",
    "每户门前都贴有二维码，扫码就能看到帮扶责任人和帮扶措施。",
    "为97户重度残疾人申请办理无障碍改造。",
    "全面推进公共服务适老化改造，方便老年人办事。",
    "公司地址由原来的工业园区迁至高新区。",
    "主办方介绍，本届博览会共吸引300余家企业参展。",
    "本次活动由市委宣传部主办，市文联承办。",
    "论坛由市政府主办，共有200余名代表参加。",
    "县里设立了当前位置最优的便民服务点。",
    "他的分享到位，大家听得很认真。",
    "下一篇章，我们将继续书写乡村振兴的新故事。",
    "他说，友情链接着两地人民的心。",
    "首页设计简洁大方，受到用户好评。",
    "我们要把群众的呼声设为首要议题。",
    "他把收藏的老照片捐给了县档案馆。",
    "通过网站首页的“我要留言”栏目，群众可以反映问题。",
    "英语（English）教学质量稳步提升。",
    "相关阅读材料已发放到每位学员手中。",
    "小编推荐的几本书受到读者欢迎。",
    "大家好才是真的好，邻里之间要互相帮助。",
    "很多人还不知道，社保卡还能乘坐公交。",
    "治疗费用由医保统筹基金支付大部分。",
    "近年来，县医院哪家科室都能开展微创手术。",
    "病因的原因分析报告已提交专家组。",
    "一、问题产生的原因",
    "二是强化医院管理",
    "三是完善推荐机制",
    "微信群里，大家纷纷点赞。",
    "通过微信公众号、抖音等平台，宣传防诈骗知识。",
    "关注民生，是政府工作的出发点。",
    "村民的版权意识越来越强。",
    "电话会议召开后，各地迅速行动。",
    "各地邮编、地址等信息统一录入系统。",
    "技术支持单位的工程师驻场服务。",
    "打印机、复印机等办公设备已配备到位。",
    "学校开设了English Corner，学生英语口语明显提高。",
    "关闭窗口期后，相关企业将无法申报。",
    "Copyright保护是文化产业的基础。",
    "县融媒体中心主办的“清河之声”栏目开播一周年。",
    "他说：“版权所有的东西，不能随便用。”",
    "这家医院好在服务周到、收费透明。",
    "市第一人民医院",
    "聚焦医院管理，提升服务质量",
    "上一篇文章我们讲到了垃圾分类。",
    "当前，全县秋收工作进展顺利。",
    "您的位置决定了您的视野。",
    "在“我为群众办实事”实践活动中，帮扶干部分享到村里的见闻。",
    "各村推荐了本村的致富带头人。",
    "县医院、中医院、妇幼保健院共同参与。",
    "网站首页改版后，访问量增长了一倍。",
    "通过扫二维码的方式，实现了“一码通办”。",
    "爱八卦的人往往忽视了真正重要的事。",
    "收藏家王先生向博物馆捐赠了藏品。",
    "联系我们的群众越来越多，说明工作得到认可。",
    "“关注我们的成长”，孩子们齐声说。",
    "电话：这是他最常用的联系方式。",
    "他的医院梦终于实现了。",
    "为什么医院排队时间长？原因有三。",
    "县医院日前开展“医院开放日”活动。",
    "全市已建成无障碍设施2000余处。",
    "企业技术支持人员24小时在线服务。",
    "区政府主办、区教育局承办的教师技能大赛落下帷幕。",
    "小王今天来为大家服务，热情周到。",
    "相关推荐名单将于近日公示。",
    "举报电话畅通，群众监督有渠道。",
    "今年以来，县市场监管局共受理投诉举报电话300余个。",
]


def _page(body_line: str) -> str:
    return HOST + body_line + "\n"


@pytest.mark.parametrize(("kind", "line"), NOISE_LINES)
def test_noise_line_is_found_whole(kind: str, line: str) -> None:
    page = _page(line)
    found = [n for n in find_noise(page) if n.kind == kind]
    assert found, f"{line!r} not flagged"
    assert any(line.strip("。") in n.text or n.text in line for n in found)
    doc = govnews.parse(page)
    body = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert line not in body


@pytest.mark.parametrize(("kind", "header", "items"), BLOCKS)
def test_header_blocks(kind: str, header: str, items: list[str]) -> None:
    page = _page("\n".join([header, *items]))
    found = [n for n in find_noise(page) if n.kind == kind]
    assert len(found) == 1
    for it in items:
        assert it in found[0].text


@pytest.mark.parametrize("lines", FARMS)
def test_link_farm_runs(lines: list[str]) -> None:
    page = _page("\n".join(lines))
    found = [n.text for n in find_noise(page) if n.kind == "link_farm"]
    assert found == lines


@pytest.mark.parametrize("line", CONTENT_LINES)
def test_content_lookalike_stays(line: str) -> None:
    page = _page(line)
    assert find_noise(page) == []
    doc = govnews.parse(page)
    body = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert line in body or line in (doc.articles[0].title.text if doc.articles[0].title else "")


def test_counts_of_own_examples() -> None:
    n_noise = len(NOISE_LINES) + sum(1 + len(b[2]) for b in BLOCKS) + sum(len(f) for f in FARMS)
    assert n_noise >= 80
    assert len(CONTENT_LINES) >= 80


def test_mixed_line_cuts_only_chrome() -> None:
    page = HOST + "会议要求抓好落实。 【打印本页】【关闭窗口】\n"
    found = find_noise(page)
    assert [n.text for n in found] == ["【打印本页】【关闭窗口】"]
    doc = govnews.parse(page)
    assert doc.articles[0].paragraphs[-1].text.startswith("会议要求抓好落实。")
    assert "打印" not in doc.articles[0].paragraphs[-1].text


def test_footer_tail_on_a_one_line_page() -> None:
    page = "县里召开会议。会议强调要抓好落实。 主办：某某县人民政府 版权所有 京ICP备12345678号"
    found = find_noise(page)
    assert len(found) == 1 and found[0].kind == "footer"
    assert found[0].text.startswith("主办")


def test_breadcrumb_before_title_on_one_line() -> None:
    page = "当前位置：首页 > 新闻中心 > 工作动态\n县长调研秋收工作\n县长一行到田间地头察看秋收进度。"
    assert [n.text for n in find_noise(page)] == ["当前位置：首页 > 新闻中心 > 工作动态"]


def test_rules_are_data() -> None:
    page = _page("本站由某某工作室制作维护")
    assert find_noise(page) == []
    rules = DEFAULT_RULES.with_pattern("footer", "footer.maker", r"本站由\S{2,20}制作维护", scope="line")
    assert [(n.kind, n.rule) for n in find_noise(page, rules=rules)] == [("footer", "footer.maker")]
    off = DEFAULT_RULES.without("footer", "social_prompt")
    assert find_noise(_page("版权所有：某某市人民政府"), rules=off) == []
    fam = RuleFamily("mine", "site_chrome", "marker", ())
    assert "mine" in DEFAULT_RULES.add_family(fam).enabled_names()
    with pytest.raises(KeyError):
        DEFAULT_RULES.family("nope")
    empty = NoiseRules()
    assert find_noise(_page("版权所有：某某市人民政府"), rules=empty) == []


def test_stage_takes_rules() -> None:
    from govnews.noise import LineNoiseStage
    from govnews.pipeline import DEFAULT_PIPELINE

    p = DEFAULT_PIPELINE.replace("line_noise", LineNoiseStage(rules=DEFAULT_RULES.with_only("site_chrome")))
    doc = p.run(_page("版权所有：某某市人民政府") + "设为首页 加入收藏\n")
    assert {n.kind for n in doc.noise} == {"site_chrome"}


def test_rule_names_are_reported() -> None:
    found = find_noise(_page("京ICP备12345678号-2"))
    assert found[0].rule == "footer.icp"


def test_spans_point_into_original() -> None:
    page = "縣政府召開會議\n會議強調要抓好落實。\n版權所有：某某縣人民政府"
    for n in find_noise(page):
        assert 0 <= n.span.start < n.span.end <= len(page)
        assert "版權所有" in n.span.slice(page)


# ------------------------------------------------------------------ properties

_content = st.sampled_from([
    *CONTENT_LINES,
    "县委召开常委会议，研究部署下半年重点工作。",
    "全县粮食播种面积稳定在120万亩以上。",
    "会议指出，要坚持以人民为中心的发展思想。",
])
_noise = st.sampled_from([x[1] for x in NOISE_LINES])


@given(st.lists(_content, min_size=1, max_size=8))
def test_page_without_noise_gains_none(lines: list[str]) -> None:
    page = HOST + "\n".join(lines)
    assert find_noise(page) == []


@given(st.lists(_content, min_size=1, max_size=6), st.lists(_noise, min_size=1, max_size=4))
def test_removing_noise_twice_equals_once(content: list[str], noise: list[str]) -> None:
    page = HOST + "\n".join(content + noise)
    once = _strip(page)
    assert _strip(once) == once


@given(st.lists(st.one_of(_content, _noise), min_size=1, max_size=10))
def test_paragraphs_and_noise_cover_the_text(lines: list[str]) -> None:
    page = HOST + "\n".join(lines)
    doc = govnews.parse(page)
    covered = [False] * len(page)
    spans = [n.span for n in doc.noise]
    for a in doc.articles:
        for t in (a.title, a.subtitle, *a.columns, *a.paragraphs):
            if t is not None:
                spans.append(t.span)
        spans.extend(b.span for b in a.bylines)
        spans.extend(h.span for h in a.headings)
        if a.dateline is not None:
            spans.append(a.dateline.span)
        if a.published is not None:
            spans.append(a.published.span)
    for sp in spans:
        for i in range(sp.start, sp.end):
            covered[i] = True
    missing = "".join(c for c, ok in zip(page, covered, strict=True) if not ok and not c.isspace())
    assert not missing.strip("，。、；：,.;:“”\"'（）()"), missing


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    for n in find_noise(text):
        assert 0 <= n.span.start <= n.span.end <= len(text)
    t = text + "\n版权所有"
    line_noise(t, split_lines(t))


def _strip(page: str) -> str:
    spans = sorted(n.span for n in find_noise(page))
    out, pos = [], 0
    for sp in spans:
        if sp.start < pos:
            continue
        out.append(page[pos : sp.start])
        pos = sp.end
    out.append(page[pos:])
    return "".join(out)
