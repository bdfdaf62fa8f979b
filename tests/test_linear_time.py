"""The fast paths of the hot stages give exactly what the plain scans give (no timing here)."""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from govnews import injected, segment
from govnews.noise_rules import DEFAULT_RULES, compile_mode

normalize = importlib.import_module("govnews.normalize")  # the package exports a function of that name

# characters that start or end the patterns the fast paths skip to
_ALPHABET = list(
    "(（)）锟斤拷\ufffd?*\r\n \u3000\u200b０Ａ文县縣發fāǎ一二本报讯记者"
    "主办承首页收藏加入本站扫一描识别原文_|-—网机械设备轴承泵阀北京海南"
)
_TEXT = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60)


@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=400))
def test_edit_matches_are_those_of_finditer(text: str) -> None:
    # long texts with many brackets also take the path that hands the rest to finditer
    fast = [(m.span(), m.lastgroup) for m in normalize._edit_matches(text)[0]]
    assert fast == [(m.span(), m.lastgroup) for m in normalize._EDITS.finditer(text)]


@given(_TEXT)
def test_noise_hint_words_are_exact(text: str) -> None:
    comp = compile_mode(DEFAULT_RULES, "marker")
    words = {w for ws in comp.hints for w in ws}
    assert comp.words_in(text) == {w for w in words if w in text}


_HINT_PIECES = [*sorted({w for ws in compile_mode(DEFAULT_RULES, "marker").hints for w in ws}), "\n", " ", "页", "收"]


@given(_TEXT | st.lists(st.sampled_from(_HINT_PIECES), max_size=12).map("".join))
def test_noise_word_lines_are_exact(text: str) -> None:
    comp = compile_mode(DEFAULT_RULES, "marker")
    words = {w for ws in comp.hints for w in ws}
    starts = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]
    lines = [(ls, text[ls:].split("\n", 1)[0]) for ls in starts]
    expected = {w: [ls for ls, line in lines if w in line] for w in words}
    assert comp.word_lines(text) == {w: at for w, at in expected.items() if at}


@given(_TEXT)
def test_product_hint_finds_every_product(text: str) -> None:
    if injected._PRODUCT.search(text) is not None:
        assert injected._PRODUCT_HINT.search(text) is not None


@given(_TEXT, st.booleans())
def test_titleish_memo_is_pure(text: str, headline: bool) -> None:
    segment._clear_memos()
    first = segment.is_titleish(text, headline=headline)
    assert segment.is_titleish(text, headline=headline) == first == segment._titleish(text, headline)
    assert segment._key(text) == "".join(segment._HAN.findall(segment.clean_title(text)))


# the gated footer.sponsor patterns: separators, colons, line breaks and field words
_SPONSOR_ALPHABET = list("主管办承协运维护单位:：| ｜丨【】[]\n\t\u3000，。由和与某市局网")


@given(st.text(alphabet=st.sampled_from(_SPONSOR_ALPHABET), max_size=120))
def test_gated_noise_patterns_find_what_finditer_finds(text: str) -> None:
    from govnews.noise import _gated_finditer

    comp = compile_mode(DEFAULT_RULES, "marker")
    gated = [(p, g) for (p, _, _), g in zip(comp.patterns, comp.line_gates, strict=True) if g is not None]
    assert len(gated) >= 2
    for pattern, gate in gated:
        fast = [m.span() for m in _gated_finditer(pattern, gate, text)]
        assert fast == [m.span() for m in pattern.finditer(text)]


# the channel-name rows and the comment widgets: names, separators, counts, prose around them
_CHROME_PIECES = [
    "首页", "新闻", "视频", "评论", "跟贴", "留言", "协议", "人参与", "排行榜", "条", "没有", "人", "发表", "遵守",
    "用户", "暂无", "说两句", "沙发", "抢", "快来", "文明上网", "理性发言", " ", "\t", "|", "｜", "丨", "】", "\n",
    "12", "，", "我来", "的", "页",
]


_NAV_PIECES = ["首页", "新闻", "视频", "评论", " ", "\t", "|", "｜", "丨", "\n", "的", "页", "新", "】"]


@given(st.lists(st.sampled_from(_CHROME_PIECES), max_size=40).map("".join)
       | st.lists(st.sampled_from(_NAV_PIECES), max_size=30).map("".join))
def test_chrome_gates_find_what_finditer_finds(text: str) -> None:
    from govnews.noise import _gated_finditer

    comp = compile_mode(DEFAULT_RULES, "marker")
    for (pattern, _, pat), gate in zip(comp.patterns, comp.line_gates, strict=True):
        if gate is not None and pat.rule in ("site_chrome.nav_row", "site_chrome.comments"):
            fast = [m.span() for m in _gated_finditer(pattern, gate, text)]
            assert fast == [m.span() for m in pattern.finditer(text)]


_PRODUCT_ALPHABET = list("混合机械设备轴承泵阀塑料不锈钢站标记打包装帮扶工作的了，。 \n")


@given(st.text(alphabet=st.sampled_from(_PRODUCT_ALPHABET), max_size=120))
def test_product_matches_are_those_of_finditer(text: str) -> None:
    fast = [m.span() for m in injected._product_matches(text)]
    assert fast == [m.span() for m in injected._PRODUCT.finditer(text)]


_PLACE_ALPHABET = list("北京海南大庆连理兴安岭内蒙古市县江西山东阳泉长治的在，。 \n")


@given(st.text(alphabet=st.sampled_from(_PLACE_ALPHABET), max_size=120))
def test_place_matches_are_those_of_finditer(text: str) -> None:
    fast = [m.span() for m in injected._place_matches(text)]
    assert fast == [m.span() for m in injected._PLACE.finditer(text)]


_CLAUSE_PIECES = ["厚度", "其", "一般", "为", "在", "5", ".5", "mm", " ", "不", "应", "允许", "有", "等", "必",
                  "须", "需", "要", "经过", "通过", "检测", "才能", "表面", "，", "。", "\n", "和"]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=30).map("".join))
def test_clause_hints_find_every_clause(text: str) -> None:
    if injected._SPEC.search(text) is not None:
        assert injected._SPEC_HINT.search(text) is not None
    if injected._QUALITY.search(text) is not None:
        assert injected._QUALITY_HINT.search(text) is not None


_SPAM_ALPHABET = list("液压升降平台机床数控A1b2，。 \n的和")


@given(st.lists(st.text(alphabet=st.sampled_from(_SPAM_ALPHABET), max_size=12), max_size=4),
       st.text(alphabet=st.sampled_from(_SPAM_ALPHABET), max_size=60))
def test_spam_runs_are_the_runs_of_spam_pairs(lines: list[str], text: str) -> None:
    spam = injected.SpamVocabulary.from_lines(["热销产品：" + ln for ln in lines])
    spam_at = [text[q : q + 2] in spam.pairs for q in range(len(text) - 1)] + [False]
    runs, q = [], 0
    while q < len(spam_at):
        if spam_at[q]:
            e = q
            while spam_at[e]:
                e += 1
            if e - q >= 2:
                runs.append((q, e + 1))
            q = e
        q += 1
    assert list(injected._spam_runs(text, spam)) == runs


# ---------------------------------------------------------------- whole-text trigger gates

_LINE_ALPHABET = list(
    "(（)）【】[]\n \u3000\t记者通讯员编辑文图/／:：字责任来源发布时间日期作者2019020-0712讯电消息"
    "本报新华社北京据下转第二版上接一张三李四。，哪家医院好怎么治小编推荐友情链接"
    "□■摄影供图片丨｜融媒云上中央社台北6"
)


def _state(text: str):  # type: ignore[no-untyped-def]
    from govnews.lines import split_lines
    from govnews.state import ParseState

    st_ = ParseState(original=text, norm=normalize.normalize(text))
    st_.lines = split_lines(st_.text)
    return st_


@given(st.text(alphabet=st.sampled_from(_LINE_ALPHABET), max_size=300))
def test_trigger_gates_hold_every_line_the_parsers_would_take(text: str) -> None:
    """A stage skips lines its trigger scan did not find: every line on which the parser
    itself finds something must be among them."""
    from govnews import bylines, pubinfo
    from govnews.datelines import KIND_TRIGGER, DatelineParser, opens_with_dateline

    state = _state(text)
    by_hot = state.lines_matching(*bylines._TRIGGERS)
    pub_hot = state.lines_matching(*pubinfo.line_triggers())
    dl_hot = state.lines_matching(KIND_TRIGGER)
    jump_hot = state.lines_matching(segment._JUMP)
    for k, line in enumerate(state.lines):
        if any(True for _ in bylines.BylineParser().scan(line.text)):
            assert k in by_hot, line.text
        if pubinfo._parse_line(line.text, line.span.start) is not None:
            assert k in pub_hot, line.text
        if opens_with_dateline(line.text) or any(True for _ in DatelineParser().scan(line.text)):
            assert k in dl_hot, line.text  # opening and closing datelines alike
        if segment._JUMP.search(line.text):
            assert k in jump_hot, line.text


@given(st.text(alphabet=st.sampled_from(_LINE_ALPHABET), max_size=300))
def test_lines_matching_is_a_per_line_search(text: str) -> None:
    import re

    state = _state(text)
    for pattern in (re.compile("记者|通讯员"), re.compile(r"[0-9]{2}"), segment._JUMP):
        assert state.lines_matching(pattern) == {
            k for k, ln in enumerate(state.lines) if pattern.search(ln.text)
        }


@given(st.text(alphabet=st.sampled_from(_LINE_ALPHABET), max_size=300))
def test_content_lines_walk_is_the_per_line_test(text: str) -> None:
    from govnews.core import Span

    state = _state(text)
    # some noise: every third non-blank line, and a span across two lines
    for k, ln in enumerate(state.lines):
        if ln.text and k % 3 == 0:
            state.add_noise("metadata", ln.span, "test")
    if len(state.text) > 4:
        state.add_noise("metadata", Span(1, len(state.text) // 2), "test")
    assert list(state.content_lines()) == [
        ln for ln in state.lines if ln.text and not state.is_noise(ln.span)
    ]


def _unhinted(rules):  # type: ignore[no-untyped-def]
    import attrs

    from govnews.noise_rules import NoisePattern

    # a pattern text with a no-op group added takes no hint and no gate
    fams = tuple(
        attrs.evolve(f, patterns=tuple(
            NoisePattern(p.rule, "(?:)" + p.pattern, p.scope, p.confidence) for p in f.patterns
        ))
        for f in rules.families
    )
    return attrs.evolve(rules, families=fams)


@given(st.text(alphabet=st.sampled_from(_LINE_ALPHABET), max_size=300))
def test_noise_families_skipped_by_hints_find_nothing(text: str) -> None:
    """Header and link-farm families are skipped on pages without their hint words; run
    without the skip (a copy of the rules, whose patterns take no hints) they find the same."""
    from govnews.lines import split_lines
    from govnews.noise import line_noise

    lines = split_lines(text)
    assert line_noise(text, lines) == line_noise(text, lines, _unhinted(DEFAULT_RULES))


# pieces of footers, share prompts and page chrome, with the words their patterns are hinted by
_MARKER_PIECES = [
    "版权所有", "版权声明", "版权归", "所有", "©", "2024", "-", "ICP备", "ICP证", "12345678号", "公网安备", "公网监备",
    "京B2", "电话", "：", ":", "010-12345678", "地址", "邮编", "100000", "传真", "举报", "违法和不良信息举报中心",
    "微信", "公众号", "号", "分享到", "微博", "扫一扫", "在手机打开", "技术支持", "建议使用", "浏览器", "大家好",
    "小编今天来为大家介绍", "小明今天来为大家", "很多人还不知道", "现在让我们一起来看看吧", "企业简介", "人才招聘",
    "8人参与", "本文为", "原创", "辛丑年", "甲子", "年",
    "农历", "正月", "初一", "数字报", "日报社", "电子版", "手机报", "我为政府网站找错", "点击右上角", "请使用",
    "分享功能", "关注该公众号", "使用小程序", "知道了", "取消允许", "点赞", "在看", "写留言", "转发", "人划线",
    "个人观点，仅供参考",
    "网站标识码", "互联网新闻信息服务许可证", "热线", "广告", " ", "\n", "|", "，", "。", "某市", "ab", "E-mail",
    "EMAIL", "e-MA\u0130L", "电子邮箱", "：a@b.cn",
]


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=30).map("".join))
def test_every_marker_match_holds_a_hint_word(text: str) -> None:
    comp = compile_mode(DEFAULT_RULES, "marker")
    for (pattern, _, pat), hints in zip(comp.patterns, comp.hints, strict=True):
        if hints:
            for m in pattern.finditer(text):
                assert any(w in m.group() for w in hints), (pat.rule, m.group())


def test_every_marker_match_of_two_pieces_holds_a_hint_word() -> None:
    comp = compile_mode(DEFAULT_RULES, "marker")
    hinted = [(pattern, pat.rule, hints) for (pattern, _, pat), hints in zip(comp.patterns, comp.hints, strict=True)
              if hints]
    text = "\n".join(a + b for a in _MARKER_PIECES for b in _MARKER_PIECES)
    for pattern, rule, hints in hinted:
        for m in pattern.finditer(text):
            assert any(w in m.group() for w in hints), (rule, m.group())


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=30).map("".join))
def test_marker_hints_and_gates_change_nothing(text: str) -> None:
    from govnews.lines import split_lines
    from govnews.noise import line_noise

    lines = split_lines(text)
    assert line_noise(text, lines) == line_noise(text, lines, _unhinted(DEFAULT_RULES))


def _count_overlaps(monkeypatch: object) -> list[int]:
    """Counts the calls of ``Span.overlaps`` from now on, in the one item of the list returned."""
    import pytest

    from govnews.core import Span

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    calls = [0]
    plain = Span.overlaps

    def counting(self: Span, other: Span) -> bool:
        calls[0] += 1
        return plain(self, other)

    monkeypatch.setattr(Span, "overlaps", counting)
    return calls


def test_overlap_checks_grow_linearly_with_bylines(monkeypatch: object) -> None:
    """Bylines and dates test spans against what an article claimed; a page of 10^4 byline
    lines once cost 10^8 span comparisons. Count the comparisons, not the time."""
    import govnews

    calls = _count_overlaps(monkeypatch)
    counts = []
    for n in (300, 1200):
        calls[0] = 0
        body = "".join(f"全县召开第{k}次会议。(记者 张三)\n{2000 + k % 20}年3月5日召开会议。\n" for k in range(n))
        doc = govnews.parse("本报北京7月23日讯 正文开始。\n" + body)
        assert [len(a.bylines) for a in doc.articles] == [n]
        counts.append(calls[0])
    assert counts[1] <= 5 * max(counts[0], 1)  # 4x the input: linear, where quadratic gives 16x


def test_lines_matching_scans_a_pattern_once_per_lines() -> None:
    """Stages ask per article; the page is scanned once per pattern until the lines change."""
    import re

    from govnews.lines import split_lines

    state = _state("标题\n(记者 张三)\n正文")
    calls = 0

    class Counting:
        def __init__(self, pattern: str) -> None:
            self.pattern = re.compile(pattern)

        def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
            nonlocal calls
            calls += 1
            return self.pattern.search(text, pos)

    p = Counting("记者")
    assert state.lines_matching(p) == state.lines_matching(p) == {1}  # type: ignore[arg-type]
    assert calls == 2  # one hit, one search past it: a single scan
    state.lines = split_lines(state.text)[:1]  # other lines: scanned again
    assert state.lines_matching(p) == set()  # type: ignore[arg-type]
    assert calls == 4


def test_bylines_on_one_line_grow_linearly(monkeypatch: object) -> None:
    """A page flattened to one line by a crawler holds all its bylines on that line; each
    was once tested against every byline before it (and cut out of the paragraph one hole
    at a time): 1 MB took a minute. Count span comparisons at n and 4n bylines, not time."""
    import govnews

    calls = _count_overlaps(monkeypatch)
    # bare (a line of bylines alone is chrome) and with text between them (then they are bylines)
    units = {"（记者 张三 李四）": 0, "(记者 王五)会议指出，要抓好落实。": 1, "（通讯员 赵六）全县召开会议。": 1,
             "【记者 孙七 周八】当天，会议召开。": 2}
    for unit, people in units.items():
        counts = []
        for n in (200, 800):
            calls[0] = 0
            doc = govnews.parse("本报讯" + unit * n)
            assert sum(len(b.people) for a in doc.articles for b in a.bylines) >= people * n
            counts.append(calls[0])
        assert counts[1] <= 5 * max(counts[0], 1), (unit, counts)  # quadratic gives 16x


def test_repeated_block_scan_grows_linearly(monkeypatch: object) -> None:
    """A page saved many times, and pages of lines that all repeat one another: the line
    comparisons of the repeats stage grow with the page, not with its square."""
    import pytest

    from govnews import repeats
    from govnews.lines import split_lines

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    steps = 0
    plain = repeats._run

    def counting(keys: list[str], j: int, i: int) -> int:
        nonlocal steps
        t = plain(keys, j, i)
        steps += t + 1
        return t

    monkeypatch.setattr(repeats, "_run", counting)
    page = "全县召开秋季农业生产会议\n本报讯 会议部署了秋收秋种工作，\n要求各乡镇抓好落实\n"
    for unit in (page, "本报\n", "甲\n乙\n", "一二三四五六七八九十\n"):
        counts = []
        for n in (200, 800):
            steps = 0
            repeats.repeated_block_lines(split_lines(unit * n))
            counts.append(steps)
        assert counts[1] <= 5 * max(counts[0], 1), (unit, counts)  # linear: 4x; quadratic: 16x
