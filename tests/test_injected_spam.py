"""Injected spam of every kind: the page's own spam vocabulary, broken words, and forms.

Every vocabulary here is invented; host sentences are written for the test. A host
sentence marks with ``|`` the place inside a word where the spam goes.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
import govnews.injected as injected_mod
from govnews.injected import _LEGIT_AFTER, _LEGIT_BEFORE, SpamVocabulary, find_injected
from govnews.wordfreq import common_words, is_common_word

# ---------------------------------------------------------------------------------------
# invented spam vocabularies, six kinds

MACHINERY = [
    "液压剪板机", "离心风机叶轮", "不锈钢管件价格", "剪叉式升降机", "螺旋输送机厂家", "数控折弯机",
    "全自动封口机", "振动筛分机", "双轴撕碎机", "滚筒烘干机报价", "制砖机模具",
]
RENTALS = [
    "液压升降平台租赁", "挖掘机出租", "吊车租赁公司", "发电机租赁价格", "脚手架出租", "高空作业车租赁",
    "塔吊租赁", "叉车出租电话", "铲车租赁", "搅拌车出租", "压路机租赁",
]
EDUCATION = [
    "少儿编程培训班", "考研英语辅导班", "会计证培训招生", "驾校招生电话", "美术集训招生", "钢琴培训班",
    "小升初辅导班", "托福培训招生", "舞蹈培训班招生", "书法培训班", "学历提升招生",
]
CLINICS = [
    "【南宁白癜风医院】", "【柳州牛皮癣专科】", "【桂林癫痫医院】", "_白癜风医院哪家好_", "【玉林男科医院】",
    "【百色妇科医院】", "【钦州痔疮医院】", "_牛皮癣哪家医院好_", "【贺州不孕不育医院】", "【梧州前列腺医院】",
    "【北海狐臭医院】",
]
CASINOS = [
    "澳门金濠集团8866网站", "澳门银泰集团3712娱乐", "新濠集团5566体育", "凯发体育手机版", "金沙娱乐官网",
    "威尼斯人集团6688网站", "澳门永盛集团2299娱乐城", "博天堂体育手机", "鼎丰集团7788平台", "乐天娱乐官网",
    "澳门银河集团4455体育",
]
DOMAINS_HOTLINES = [
    "咨询热线0771-5512345", "服务热线400-800-1234", "热线电话13912345678", "咨询电话0371-6612345",
    "jxhg8866.com", "tujian.org", "www.abc-jx.cn", "zhaosheng99.net", "免费热线400-123-4567",
    "客服热线0551-3345678", "hyjx.com.cn",
]

# host sentences: ``|`` stands inside a word that a cut must join again
HOSTS = [
    "学校不断加强教师队|伍建设，提升办学水平。",
    "她考上了县里的普通高|中，成为全村的骄傲。",
    "全县新建高标准农|田五万亩，粮食产量稳步提高。",
    "工作人员逐户走访养殖|户，了解生产经营情况。",
    "社区组织志|愿者清理楼道杂物，美化居住环境。",
    "镇里加快建设电商直播基|地，带动农产品销售。",
    "推动农产品进|城入市，拓宽农民增收渠道。",
    "各村持续做好消费帮|扶工作，巩固脱贫成果。",
    "今年全镇群众人均收入稳定增|长，生活水平不断提高。",
    "县里召开乡村振|兴工作推进会，部署重点任务。",
    "医保部门简化报销流|程，方便群众办事。",
]
# the same words, intact, as the rest of the page says them
PAGE = (
    "教师队伍稳定。高中教育普及。农田水利完善。养殖户增加。志愿者服务。产业基地建设。"
    "进城务工。帮扶工作。收入增长。乡村振兴。办事流程简化。"
)

KINDS: dict[str, list[str]] = {
    "machinery": MACHINERY,
    "rentals": RENTALS,
    "education": EDUCATION,
    "clinics": CLINICS,
    "casinos": CASINOS,
    "domains_hotlines": DOMAINS_HOTLINES,
}
#: a spam area of the page for each vocabulary kind (a product or tag list)
AREAS = {kind: "热门推荐：" + " | ".join(words) for kind, words in KINDS.items()}



def _host_for(word: str, start: int) -> str:
    """The first host, from ``start`` on, whose word the spam word does not meet in a
    common word (a joint that is a word leaves the place in doubt, and it is kept)."""
    core = word.strip("【】_")
    for n in range(len(HOSTS)):
        host = HOSTS[(start + n) % len(HOSTS)]
        k = host.index("|")
        if not is_common_word(host[k - 1] + core[0]) and not is_common_word(core[-1] + host[k + 1]):
            return host
    raise AssertionError(word)


CASES = [
    (kind, word, _host_for(word, k + n))
    for n, (kind, words) in enumerate(KINDS.items())
    for k, word in enumerate(words)
]


def test_counts() -> None:
    assert len(CASES) >= 60 and len(KINDS) >= 6
    assert len(KEEP) >= 60


@pytest.mark.parametrize(("kind", "word", "host"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_injected_word_is_cut_exactly(kind: str, word: str, host: str) -> None:
    sentence = host.replace("|", word)
    clean = host.replace("|", "")
    hits = find_injected(sentence, PAGE + sentence, spam=[AREAS[kind]])
    assert [h.text.strip() for h in hits] == [word]
    assert hits[0].value == clean
    assert hits[0].rule.startswith("injected.")


FORM_KINDS = ("clinics", "casinos", "domains_hotlines")


@pytest.mark.parametrize(
    ("kind", "word", "host"), [c for c in CASES if c[0] in FORM_KINDS], ids=lambda x: str(x)[:12]
)
def test_form_injections_need_no_spam_area(kind: str, word: str, host: str) -> None:
    # casinos, clinic tags, domains and hotlines are known by their form alone
    sentence = host.replace("|", word)
    hits = find_injected(sentence, PAGE + sentence)
    assert [h.text.strip() for h in hits] == [word]
    assert hits[0].value == host.replace("|", "")


@pytest.mark.parametrize("word", MACHINERY[:4] + RENTALS[:4] + EDUCATION[:3])
def test_page_vocabulary_is_needed_for_unknown_products(word: str) -> None:
    # outside the built-in product list, a word is spam only when the page's spam areas say so
    host = HOSTS[0]
    sentence = host.replace("|", word)
    found = find_injected(sentence, PAGE + sentence)
    assert all(h.rule != "injected.page_vocabulary" for h in found)
    assert [h.text for h in find_injected(sentence, PAGE + sentence, spam=[AREAS["rentals"], AREAS["machinery"],
                                                                            AREAS["education"]])] == [word]


@pytest.mark.parametrize(
    ("sentence", "word", "clean"),
    [
        ("10月9日，澳门金濠集团8866网站县长李明深入企业调研。", "澳门金濠集团8866网站",
         "10月9日，县长李明深入企业调研。"),
        ("全县完成造林三万亩。 jxhg8866.com", " jxhg8866.com", "全县完成造林三万亩。"),
        ("会议强调，要抓好安全生产。 tujian.org", " tujian.org", "会议强调，要抓好安全生产。"),
        ("凯发体育手机版县里举办农民运动会。", "凯发体育手机版", "县里举办农民运动会。"),
        ("【南宁白癜风医院】县里开展义诊活动。", "【南宁白癜风医院】", "县里开展义诊活动。"),
        # a clinic keyword glued to a sentence's end, after words that make no word with it
        ("工作人员解答了就医等问题白癜风医院哪家好。", "白癜风医院哪家好", "工作人员解答了就医等问题。"),
        ("工作人员解答了就医等问题南宁白癜风医院哪家好。", "南宁白癜风医院哪家好", "工作人员解答了就医等问题。"),
    ],
)
def test_injection_at_a_clause_edge(sentence: str, word: str, clean: str) -> None:
    hits = find_injected(sentence, PAGE + sentence)
    assert [h.text for h in hits] == [word]
    assert hits[0].value == clean


# ---------------------------------------------------------------------------------------
# look-alike words used legitimately: they stay, with every spam area of the page in view

KEEP = [
    # machinery and materials
    "企业建成全自动化生产线，日产能提升三成。",
    "县里落实液压设备更新补贴，惠及企业二十家。",
    "合作社新购置收割机20台，秋收效率大幅提高。",
    "技术人员对破碎机进行了检修。",
    "校企合作班学生在车间操作数控机床，掌握实际技能。",
    "该厂生产的不锈钢管件远销海外。",
    "园区引进一家风机制造企业，总投资三亿元。",
    "新建的烘干中心日烘干能力达到700吨。",
    "企业对生产线进行智能化改造，效率提高两成。",
    "农机合作社拥有拖拉机、播种机等农机具一百余台。",
    "升降平台、脚手架等设施全部验收合格。",
    "工人们正在安装输送带，车间一片繁忙。",
    # rentals
    "村里将闲置厂房出租给企业，年增收十万元。",
    "公共租赁住房分配工作公开透明。",
    "县里规范房屋租赁市场，保障租户权益。",
    "施工单位租赁吊车完成了桥梁架设。",
    "农机租赁服务让小农户用上了大机械。",
    "土地流转和租赁合同统一使用示范文本。",
    "保障性租赁住房项目开工建设。",
    "设备租赁公司为企业提供融资服务。",
    "挖掘机、装载机等工程机械纷纷进场。",
    "镇里出租集体资产，收入全部用于公益事业。",
    # education
    "县教育局组织教师培训班，提升教学能力。",
    "职业学校今年计划招生1200人。",
    "镇里举办电商培训班三期，培训农民两百人。",
    "暑期辅导班治理专项行动取得成效。",
    "学校开设书法、美术、舞蹈等课后服务课程。",
    "高校招生录取工作平稳有序。",
    "老年大学开设钢琴和书法课程。",
    "成人学历教育报名工作即将开始。",
    "培训机构须取得办学许可证。",
    "全县招生考试工作会议召开。",
    # clinics
    "县人民医院开展白癜风义诊活动。",
    "妇科疾病免费筛查惠及一万名妇女。",
    "【县人民医院】专家团队下乡开展义诊。",
    "医院开通癫痫患者复诊绿色通道。",
    "市民可到社区卫生服务中心接种疫苗。",
    "县中医院皮肤科新增两名医生。",
    "【健康科普】夏季要注意预防中暑。",
    "男科、妇科等科室调整了门诊时间。",
    # casinos and brands
    "华润集团2024年营业收入增长一成。",
    "县体育局组织全民健身运动会。",
    "文化旅游集团举办国际音乐节。",
    "市场监管部门开展娱乐场所安全检查。",
    "中建集团承建的体育馆项目竣工。",
    "集团公司100余家企业参加招聘会。",
    "体育彩票公益金支持全民健身设施建设。",
    "国际友好城市代表团来访。",
    "县里严厉打击网络赌博违法犯罪。",
    # domains and hotlines the article gives readers
    "咨询热线：0771-5512345。",
    "市民可拨打12345热线反映问题。",
    "详情请登录www.example.gov.cn查询。",
    "如有疑问，请拨打咨询电话0371-6612345。",
    "报名网址：zhaosheng.example.cn，截止日期为6月30日。",
    "举报电话：0551-3345678，邮箱abc@example.cn。",
    "服务热线400-800-1234全天开通。",
    "更多信息请访问县政府网站www.example.gov.cn。",
    "来源：县融媒体中心 网址 www.example.cn",
    "群众可拨打热线电话13912345678预约。",
    # place names, numbers and specifications in ordinary prose
    "阿克苏地区教育局一行来我县考察交流。",
    "当天降雨量达50mm以上，部分路段积水。",
    "该生产线每小时产量可达500公斤。",
    "合作社日处理能力达到200吨以上。",
]


@pytest.mark.parametrize("sentence", KEEP)
def test_look_alikes_stay(sentence: str) -> None:
    page = "县里召开专题会议，研究部署相关工作。\n" + sentence
    assert find_injected(sentence, page, spam=list(AREAS.values())) == []
    assert find_injected(sentence, page) == []


@pytest.mark.parametrize("sentence", KEEP[::4])
def test_look_alikes_stay_in_a_parse(sentence: str) -> None:
    doc = govnews.parse("县里召开专题会议\n" + sentence)
    assert not [n for n in doc.noise if n.kind == "injected"]


# ---------------------------------------------------------------------------------------
# a whole page: the spam areas come from the pipeline's own noise

SPAM_PAGE = """设为首页 | 加入收藏 | 联系我们
宏达机械网——专业生产剪板机、折弯机、卷板机
网站首页　产品中心　新闻资讯　联系我们

县职业学校加强师资队伍建设

发布时间：2024-03-05 10:20　来源：未知

今年以来，县职业学校坚持把师资队伍建设作为重点工作，引进专业教师12名。

学校不断加强教师队液压剪板机伍建设，组织教师到企业实践锻炼。 hdjx8866.com

学校与企业共建实训基数控折弯机厂家地3个，学生实习就业率达到95%。

上一篇：剪板机的工作原理及维护方法
下一篇：折弯机价格一般多少钱一台
热销产品
液压剪板机 | 数控折弯机 | 卷板机 | 闸式剪板机
Copyright © 2024 宏达机械网 版权所有
"""


def test_page_with_spam_areas() -> None:
    doc = govnews.parse(SPAM_PAGE)
    paras = [p.text for a in doc.articles for p in a.paragraphs]
    assert "学校不断加强教师队伍建设，组织教师到企业实践锻炼。" in paras
    assert "学校与企业共建实训基地3个，学生实习就业率达到95%。" in paras
    inj = {n.text.strip(): n.rule for n in doc.noise if n.kind == "injected"}
    assert inj["液压剪板机"].startswith("injected.")
    assert inj["数控折弯机厂家"].startswith("injected.")
    assert inj["hdjx8866.com"] == "injected.domain"
    for n in doc.noise:
        assert "".join(n.span.slice(SPAM_PAGE).split()) == "".join(n.text.split())


def test_trailing_domain_parts_the_paragraphs_it_joined() -> None:
    doc = govnews.parse(SPAM_PAGE)
    paras = [p.text for a in doc.articles for p in a.paragraphs]
    assert not any("锻炼。学校" in p for p in paras)


def test_title_with_casino_prefix() -> None:
    page = "澳门金濠集团8866网站-县长调研春耕生产\n3月5日，县长李明深入乡镇调研春耕生产。\n"
    doc = govnews.parse(page)
    assert doc.articles[0].title is not None
    assert doc.articles[0].title.text == "县长调研春耕生产"


# ---------------------------------------------------------------------------------------
# the finder hides no failure

def test_a_rule_that_raises_fails_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: object) -> list[tuple[int, int, float, str]]:
        raise RuntimeError("a broken rule")

    monkeypatch.setattr(injected_mod, "_form_hits", broken)
    with pytest.raises(RuntimeError, match="a broken rule"):
        govnews.parse("县里召开专题会议\n各村要做好帮扶工作。")
    with pytest.raises(RuntimeError, match="a broken rule"):
        find_injected("各村要做好帮扶工作。")


def test_word_list() -> None:
    words = common_words()
    assert {"队伍", "高中", "基地", "进城"} <= words
    assert not is_common_word("队液") and not is_common_word("一二三四")
    assert all(2 <= len(w) <= 3 for w in words)


def test_vocabulary_ignores_lines_without_spam() -> None:
    assert not SpamVocabulary.from_lines(["网站首页 新闻资讯 联系我们", "版权所有 某某县人民政府"])
    v = SpamVocabulary.from_lines(["热销产品：剪板机 | 折弯机"])
    assert "剪板机" in v.items and "板机" in v.pairs
    # a list header alone on its line makes the lines under it spam areas
    v = SpamVocabulary.from_lines(["热销产品", "剪叉式升降平台 | 离心风机叶轮", "a", "b", "c", "关于我们 网站首页"])
    assert "离心风机叶轮" in v.items and "网站首页" not in v.items


# ---------------------------------------------------------------------------------------
# properties

_HAN = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400))
# spam words are invented from characters and a product or sales tail
_spam_word = st.builds(
    lambda head, tail: head + tail,
    st.text(alphabet="锈钢液压数控筛粉碎螺旋叶轮剪板折弯封口撕碎烘干", min_size=2, max_size=4),
    st.sampled_from(["机", "机厂家", "设备", "租赁", "培训班", "机价格"]),
)


_CLAUSE_MARKS = "，。、；：！？,.;:!? "


@given(_spam_word, st.sampled_from(HOSTS), st.data())
def test_inserted_page_spam_is_found_and_removed_exactly(word: str, host: str, data: st.DataObject) -> None:
    """A word of the page's spam list inserted at any position of a clean sentence (which
    stands nowhere else on the page, as on a real one) is cut exactly, and nothing else is.
    Three places are in doubt, and there the word may also be kept (never cut wrongly):
    where a joint with the word is a word itself (``高`` + ``中…``); at a clause edge (the
    sentence's ends, or next to punctuation), where nothing around the word says that it
    was put there (``…带动农产品销售数控机床。`` can be an article's own words on a machinery
    site whose product list names 数控机床); beside a character that stands next to a
    product name in plain prose (``购买…``, ``…的``); and, between two whole words, a short
    product name without a sales word (``落实液压设备更新补贴``)."""
    clean = host.replace("|", "")
    k = data.draw(st.integers(min_value=0, max_value=len(clean)))
    sentence = clean[:k] + word + clean[k:]
    a, b = clean[k - 1 : k], clean[k : k + 1]
    area = "热销产品：" + " | ".join([word, "离心风机", "剪叉式升降机"])
    page = PAGE + sentence  # as on a real page: the clean sentence stands nowhere else
    hits = find_injected(sentence, page, spam=[area])
    got = [(h.span.start, h.span.end) for h in hits]
    exact = [(k, k + len(word))]
    joint_is_word = (a != "" and is_common_word(a + word[0])) or (b != "" and is_common_word(word[-1] + b))
    clause_edge = a in ("", *_CLAUSE_MARKS) or b in ("", *_CLAUSE_MARKS)
    # a character that stands next to a product name in plain prose (购买…, …的, …等), or a
    # short product name without a sales word, which prose may use as a modifier
    prose_neighbour = a in _LEGIT_BEFORE or b in _LEGIT_AFTER
    splits_word = a != "" and b != "" and is_common_word(a + b)
    plain_name = len(word) < 6 and not word.endswith(("厂家", "租赁", "价格")) and not splits_word
    if joint_is_word or clause_edge or prose_neighbour or plain_name:
        assert got in ([], exact)
    else:
        assert got == exact
    if got:
        assert hits[0].value == clean


_plain = st.sampled_from([h.replace("|", "") for h in HOSTS] + KEEP)


@given(st.lists(_plain, min_size=1, max_size=8, unique=True))
def test_page_without_spam_areas_gets_no_injected_cuts(lines: list[str]) -> None:
    page = "县里召开专题会议\n" + "\n".join(lines)
    doc = govnews.parse(page)
    assert not [n for n in doc.noise if n.kind == "injected"]


@given(st.text(alphabet=_HAN + "，。、 |：0123456789abc.", max_size=80), st.lists(st.text(max_size=40), max_size=4))
def test_hits_are_spans_of_the_text(text: str, spam: list[str]) -> None:
    for h in find_injected(text, text, spam=spam):
        assert 0 <= h.span.start < h.span.end <= len(text)
        assert h.span.slice(text) == h.text
        assert h.value == text[: h.span.start] + text[h.span.end :]


@pytest.mark.parametrize(
    "sentence",
    ["镇上一家包装机械企业负责人说，订单排到了年底。", "园区里两家焊接设备企业扩大了生产规模。"],
)
def test_product_word_that_joins_no_word_stays(sentence: str) -> None:
    # nothing joins into a word where the product word stands: the sentence means it
    page = "企业用工缺口基本补上。企业负责人说。生产规模扩大。" + sentence
    assert find_injected(sentence, page) == []


@pytest.mark.parametrize(
    ("title", "spam"),
    [
        ("县长调研春耕生产-凯发体育手机", "-凯发体育手机"),
        ("县长调研春耕生产_白癜风医院哪家好_", "_白癜风医院哪家好_"),
        ("金濠集团8866网站_县长调研春耕生产", "金濠集团8866网站_"),
    ],
)
def test_title_spam_prefix_or_suffix(title: str, spam: str) -> None:
    page = title + "\n3月5日，县长李明深入乡镇调研春耕生产，察看小麦长势。\n"
    doc = govnews.parse(page)
    assert doc.articles[0].title is not None
    assert doc.articles[0].title.text == "县长调研春耕生产"
    assert [n.text for n in doc.noise if n.kind == "injected"] == [spam]


def test_run_reaching_past_the_word_is_narrowed_to_a_spam_item() -> None:
    # ``赁中`` is a pair of the menu's ``租赁中心``: the run of spam pairs reaches into ``中``
    spam = ["网站首页 租赁中心 新闻动态", "热门标签：剪叉式升降平台租赁 | 曲臂式高空车出租 | 吊车租赁"]
    sentence = "去年普通高剪叉式升降平台租赁中录取率达到92%。"
    hits = find_injected(sentence, "高中教育普及。" + sentence, spam=spam)
    assert [(h.text, h.value) for h in hits] == [("剪叉式升降平台租赁", "去年普通高中录取率达到92%。")]


def test_whole_spam_item_sharing_pairs_with_spam_left_in_the_text() -> None:
    # the page kept a stuffed headline with ``高空作业车租赁`` in its text: a whole item of
    # the spam list is still cut where it breaks a word
    spam = ["热门标签：剪叉式升降平台租赁 | 曲臂式高空车出租 | 挖掘机出租"]
    page = "某县召开教育工作会议高空作业车租赁挖掘机出租价格\n教师队伍稳定。\n"
    sentence = "各学校要加强教师队曲臂式高空车出租伍建设。"
    hits = find_injected(sentence, page + sentence, spam=spam)
    assert [h.value for h in hits] == ["各学校要加强教师队伍建设。"]
    # a piece of an item is held to the stricter test and kept
    assert find_injected("各学校要加强教师队高空车出租伍建设。", page + "各学校要加强教师队高空车出租伍建设。",
                         spam=spam) == []


def test_whole_spam_item_between_two_words_of_a_sentence() -> None:
    """A rentals site lists its items under its own label; one of them is injected between
    two words of a sentence (路 | 相通), where no word is broken: a whole item of the page's
    list, foreign to the rest of the page and reading with neither neighbour, is cut."""
    page = (
        "首页 | 产品中心 | 租赁服务 | 新闻资讯 | 联系我们\n\n全县高标准农田建设进展顺利\n\n"
        "发布时间：2025-08-20 作者：admin\n\n"
        "今年以来，全县新建高标准农田3.2万亩。项目区内田成方、渠相连、路剪叉式升降机租赁相通，灌溉条件明显改善。\n\n"
        "热门租赁：剪叉式升降机租赁 | 高空作业平台出租 | 曲臂式升降车 | 登高车租赁\n"
    )
    doc = govnews.parse(page)
    assert [n.text for n in doc.noise if n.kind == "injected"] == ["剪叉式升降机租赁"]
    assert "渠相连、路相通，灌溉条件明显改善。" in doc.articles[0].paragraphs[0].text
    assert any(n.text.startswith("热门租赁：") for n in doc.noise)


def test_whole_spam_item_named_in_prose_stays() -> None:
    """The same item after a word that names a product in plain prose (购买, 的) stays."""
    page = (
        "全县高标准农田建设进展顺利\n\n发布时间：2025-08-20\n\n"
        "合作社今年购买剪叉式升降机租赁服务用于果园管理，效果明显。\n\n"
        "热门租赁：剪叉式升降机租赁 | 高空作业平台出租 | 曲臂式升降车 | 登高车租赁\n"
    )
    doc = govnews.parse(page)
    assert not [n for n in doc.noise if n.kind == "injected"]
