"""Section headings: numbered (GB/T 9704), unnumbered heading lines, and run-in heads.

Levels follow GB/T 9704: ``一、`` = 1, ``（一）`` = 2, ``1.`` = 3, ``（1）`` = 4. A heading
under a section number standing on its own line (``01``, ``NO.1``, ``壹``) is level 1 with the
number as its marker. An unnumbered heading line is level 1 (one below the numbered section it
stands in, for a bullet-led head), a second heading line right under it one deeper, and a
``——`` subhead one below the heading above it. A run-in head — a short lead sentence ending in
``。`` that opens a paragraph and names its topic — is one level below the line heading above it
(level 1 where there is none); a numbered one takes its number's level.

>>> split_marker("（二）加强组织领导")
('（二）', '加强组织领导', 2)
>>> heads = find_run_in_heads(["搭建校企互动平台。按照原则推进。", "完善校企合作机制。近期出台文件。"])
>>> [(h.text, h.level) for h in heads]
[('搭建校企互动平台', 1), ('完善校企合作机制', 1)]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence

import regex

from govnews.core import Span, Stitched, merge_spans, overlaps_merged
from govnews.document import Heading
from govnews.lines import wrap_width, wrapped
from govnews.state import ArticleDraft, Line, ParseState, texts_of
from govnews.wordfreq import is_common_word

__all__ = [
    "HeadingStage",
    "find_run_in_heads",
    "head_parts",
    "heading_lines",
    "section_number",
    "split_marker",
]

_CN = "一二三四五六七八九十"
_MARKERS: tuple[tuple[regex.Pattern[str], int], ...] = (
    (regex.compile(rf"^第[{_CN}百0-9]{{1,4}}[章编篇部]\s*"), 1),
    (regex.compile(rf"^[{_CN}]{{1,3}}[、.．]\s*"), 1),
    (regex.compile(rf"^[(（][{_CN}]{{1,3}}[)）]\s*"), 2),
    (regex.compile(r"^[0-9]{1,2}[.．、](?![0-9])\s*"), 3),
    (regex.compile(r"^[(（][0-9]{1,2}[)）]\s*"), 4),
)
_MARKER_FIRST = frozenset(f"第{_CN}(（0123456789")
# a lead sentence: no clause punctuation inside, closed by 。
_RUN_IN = regex.compile(r"^([^，,、：:；;。！？!?“”\"（）()\n]{4,24})。")
# after a number marker, a head may hold one comma: （一）强化宣传发动，营造浓厚参保氛围。
_RUN_IN_NUMBERED = regex.compile(
    r"^([^，,、：:；;。！？!?“”\"（）()\n]{2,16}(?:[，,][^，,、：:；;。！？!?“”\"（）()\n]{2,16})?)。"
)
_HAN = regex.compile(r"\p{Han}")


def split_marker(text: str) -> tuple[str | None, str, int | None]:
    """Split a GB/T 9704 number marker off a heading: ``(marker, rest, level)``.

    >>> split_marker("一、总体要求")
    ('一、', '总体要求', 1)
    >>> split_marker("实施产教融合“连心工程”")
    (None, '实施产教融合“连心工程”', None)
    """
    if not text or text[0] not in _MARKER_FIRST:
        return None, text, None
    for pattern, level in _MARKERS:
        m = pattern.match(text)
        if m:
            return m.group().strip(), text[m.end() :], level
    return None, text, None


# ---------------------------------------------------------------------------- heading lines
# A WeChat section number standing on a line of its own: 01, NO.1, Part 1, 壹
SECTION_NUMBER = regex.compile(
    r"(?i)(?:0?[1-9]|[1-9][0-9]|no\.?\s?[0-9]{1,2}|part\s?[0-9]{1,2}|[壹贰叁肆伍陆柒捌玖拾]{1,2})"
)
# bullets that lead a section head (a series of them); other bullets lead list items and links
_HEAD_BULLETS = "◆◇■□●○★☆▶►▲"
_LIST_BULLETS = "·•-*>→↓↑▼👉"
_BRACKETED = regex.compile(r"【([^【】]{2,30})】")
_DASH = regex.compile(r"^(?:——|--|—)\s*")
# what marks a line as page chrome, a caption, a credit or a hot link, never a section head
# (the standard library compiles this alternation of literals to a faster matcher)
_NOT_HEAD = re.compile(
    r"点击|扫一扫|扫码|二维码|关注我们|关注该|关注公众号|阅读原文|原文链接|下载|登录|注册|搜索|客户端|公众号|小程序"
    r"|首页|上一[篇版页条期]|下一[篇版页条期]|前一篇|后一篇|返回|打印|关闭|分享|收藏|点赞|在看|跟贴|评论|浏览"
    r"|阅读量|阅读体验|字体|欢迎|网站|版权|转载|责任编辑|编辑[:：]|审核|校对|来源|原创|作者|记者|通讯员|摄影"
    r"|供图|图片|资料图|视频|星期|农历|数字报|电子报|版面|当前版|当前位置|您的位置|推荐|热门|热点|相关新闻"
    r"|相关阅读|相关链接|读完|滑动|轻触|知道了|联系人|联系电话|附件|附表|索引号|发布日期|发布机构|成文日期|主题分类"
    r"|(?i:app)|第[A-Z0-9]{1,4}版|^[图表][0-9一二三四五六七八九十为：:]|^[上下左右组]图|摄[)）]?$"
    r"|^[一二三四五六七八九十]是|[，,；;][二三四五六七八九十]是"
    r"|[0-9]{4}[-/.年][0-9]{1,2}|[0-9]{1,2}[:：][0-9]{2}|[0-9]{1,2}时[0-9]{1,2}分|[|｜>＞»/\\\t]"
)
# the name of an office or an account: 某县统计局, 国家统计局某调查队, 某某发布
_ORG = regex.compile(r"(?:局|队|办公室|委员会|政府|中心|集团|公司|报社|电视台|融媒|发布|厅)$")
_ORG_PLACE = regex.compile(r"[省市县区镇乡]|国家|街道")
_GAP = regex.compile(r"\s+")
#: a closing name line in brackets: (张三) or (张三 李四); segmentation shares it
CLOSING_BYLINE = regex.compile(r"^[(（]\s*\p{Han}{2,4}(?:[\s、,，]+\p{Han}{2,4}){0,3}\s*[)）]$")
# words of a running sentence: a lead sentence holding one is no run-in head
_SENTENCE_WORD = regex.compile(r"[是了也让着过这那我你他她它们已都就还又很被把比说吗呢]")
# words of two function characters' kind that still make a sentence (这个, 已经 …)
_GRAMMAR_WORDS = frozenset((
    "这个", "那个", "这些", "那些", "这样", "那样", "这里", "那里", "已经", "还有", "就是", "还是", "也是", "都是",
    "比较", "我们", "你们", "他们", "她们", "它们",
))


def reads_as_sentence(text: str) -> bool:
    """Whether a short lead sentence reads as running text: it holds a function word
    (是, 了, 也, 就 …) that is not part of a common word (就业, 比赛, 还原 are words).

    >>> reads_as_sentence("劳务协作稳岗就业"), reads_as_sentence("大家都很满意"), reads_as_sentence("工作已经完成")
    (False, True, True)
    """
    for m in _SENTENCE_WORD.finditer(text):
        i = m.start()
        pairs = (text[i - 1 : i + 1] if i else "", text[i : i + 2])
        if not any(
            len(w) == 2 and w not in _GRAMMAR_WORDS and not _SENTENCE_WORD.fullmatch(w[1 - w.index(m.group())])
            and is_common_word(w)
            for w in pairs
        ):
            return True
    return False


_DIGIT = regex.compile(r"[0-9０-９]")
_JUMP_TAIL = regex.compile(r"\s*[(（]\s*(?:下转|转)[^()（）]{1,8}版\s*[)）]$")


def section_number(text: str) -> bool:
    """Whether ``text`` is a section number standing on its own line (``01``, ``NO.2``, ``壹``).

    >>> section_number("01"), section_number("Part 2"), section_number("2024")
    (True, True, False)
    """
    return len(text) <= 7 and SECTION_NUMBER.fullmatch(text) is not None


def head_parts(text: str) -> tuple[str | None, str, int | None, str]:
    """``(marker, text, level, kind)`` of a heading line; ``kind`` is ``"number"`` (GB/T
    9704 numbering, with its level), ``"bullet"``, ``"dash"`` or ``"plain"``.

    >>> head_parts("（二）加强组织领导。")
    ('（二）', '加强组织领导', 2, 'number')
    >>> head_parts("◆ 教育医疗提质扩容"), head_parts("【聚焦项目建设】")
    ((None, '教育医疗提质扩容', None, 'bullet'), (None, '聚焦项目建设', None, 'bullet'))
    >>> head_parts("——打造特色品牌")
    (None, '打造特色品牌', None, 'dash')
    """
    marker, rest, level = split_marker(text)
    if marker is not None:
        return marker, rest.strip().rstrip("。.;；"), level, "number"
    t = text.strip()
    if t and t[0] in _HEAD_BULLETS:
        return None, t.lstrip(_HEAD_BULLETS + " \u3000"), None, "bullet"
    m = _BRACKETED.fullmatch(t) if t[:1] == "【" else None
    if m:
        return None, m.group(1).strip(), None, "bullet"
    m = _DASH.match(t)
    if m and m.end() < len(t):
        return None, t[m.end() :], None, "dash"
    return None, t, None, "plain"


def _chrome(text: str) -> bool:
    """A line of page chrome, a caption, a credit or a table row (never a section head)."""
    if _NOT_HEAD.search(text):
        return True
    if _ORG.search(text) and (len(text) <= 6 or _ORG_PLACE.search(text)):
        return True
    parts = _GAP.split(text)
    # navigation and table rows: short items with gaps between them
    return len(parts) > 1 and (len(parts) > 3 or min(len(p) for p in parts) < 3 or "  " in text)


def _candidate(text: str) -> tuple[str, str | None, int | None] | None:
    """``(kind, bullet, level)`` of a line that may be a heading, or None."""
    from govnews.segment import is_titleish  # segment imports this module

    if len(text) > 48 or text[0] in _LIST_BULLETS:
        return None
    # the whole line first: the segment stage has asked this already (a memo hit)
    titleish = is_titleish(text)
    if not titleish and text[-1] not in "。】":
        return None
    marker, rest, level, kind = head_parts(text)
    if kind == "number":
        # a numbered head may close with 。: "（二）防范自然灾害。"
        if not rest or not (titleish or is_titleish(f"{marker}{rest}")):
            return None
    elif CLOSING_BYLINE.match(text) or not (titleish or (kind == "bullet" and is_titleish(rest))) or _chrome(rest):
        return None
    return kind, (text[0] if kind == "bullet" else None), level


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_IS_SOME = functools.partial(operator.is_not, None)


def heading_lines(body: Sequence[Line]) -> list[Line]:
    """The lines of an article's body that are section headings (and section numbers).

    A short line is a heading only when content follows it: a run of at most two head
    lines (a heading and a second short line, or numbered heads each one level deeper,
    optionally after a section number line) right before a sentence. Unnumbered heads
    must come in a series: two lines at least, and a bullet-led head shares its bullet with
    another head.

    >>> from govnews.lines import split_lines
    >>> page = "前言正文在这里结束。\\n01\\n链条招商精准发力\\n全县绘制产业链图谱，明确链主企业。"
    >>> page += "\\n02\\n要素保障持续加力\\n全县盘活闲置低效用地，缩短拿地时间。"
    >>> [ln.text for ln in heading_lines(split_lines(page))]
    ['01', '链条招商精准发力', '02', '要素保障持续加力']
    >>> page = "正文。\\n图为工人在车间生产\\n全县工业经济稳中有进，产值持续增长。"
    >>> heading_lines(split_lines(page))
    []
    """
    from govnews.segment import is_terminal, looks_cut

    texts = texts_of(body)
    if all(texts):
        lines: Sequence[Line] = body
    else:
        keep = [k for k, t in enumerate(texts) if t]
        lines, texts = [body[k] for k in keep], [texts[k] for k in keep]
    n = len(lines)
    # a hard-wrapped body: a line as wide as the column that ends no sentence runs on (never a
    # head), and a line that wide comes after a head as a paragraph's first line does; the
    # width is measured only for a body with head candidates
    width: int | None = None
    # each distinct short line is judged once (a page of 10^6 one-character lines holds a few
    # dozen distinct ones); the judgement depends on the line's text alone
    seen: dict[str, tuple[bool, tuple[str, str | None, int | None] | None]] = {}
    for t in set(texts):
        if len(t) <= 48:
            number = section_number(t)
            seen[t] = (number, None if number else _candidate(t))
        else:
            seen[t] = (False, None)
    judged = list(map(seen.__getitem__, texts))
    numbers: list[bool] = list(map(_FIRST, judged))
    cands: list[tuple[str, str | None, int | None] | None] = list(map(_SECOND, judged))
    if any(c is not None for c in cands):
        width = wrap_width(texts[:24])
        if width is not None:
            cands = [None if c is not None and wrapped(t, width) else c for c, t in zip(cands, texts, strict=True)]
    found: list[tuple[int, int, str]] = []  # (first, end, kind of the run's first head)
    # only a head candidate or a section number starts a run: the loop goes from one to the
    # next (found in C) instead of line by line
    hot = list(itertools.compress(range(n), map(operator.or_, numbers, map(_IS_SOME, cands))))
    h = 0
    k = 0
    while k < n:
        while h < len(hot) and hot[h] < k:
            h += 1
        if h == len(hot):
            break
        k = hot[h]
        start = k
        if numbers[k] and k + 1 < n and cands[k + 1] is not None:
            k += 1
        if cands[k] is None:
            k = start + 1
            continue
        j = k
        while j < n and cands[j] is not None:
            j += 1
        run = cands[k:j]
        numbered = numbers[start] or all(c is not None and c[0] == "number" for c in run)
        nxt = texts[j] if j < n else ""
        prev = texts[start - 1] if start else ""
        ok = (
            j < n
            and not numbers[j]
            and (is_terminal(nxt) or len(nxt) >= 25 or wrapped(nxt, width))
            and (not start or _after(prev, texts[start], numbered, looks_cut, is_terminal))
            and not looks_cut(texts[j - 1], nxt)
            # a line cut mid-sentence that the next line carries on is no head (a hard-wrapped
            # paragraph: …建成“共 / 富工坊”23个…)
            and not any(looks_cut(texts[i], texts[i + 1]) for i in range(k, j - 1))
            and _run_shape(run)
        )
        if ok:
            found.append((start, j, run[0][0] if run[0] else "plain"))
        k = j
    # unnumbered heads come in a series; a bullet leads heads only where it leads two
    plain = sum(e - s for s, e, kind in found if kind in ("plain", "dash") and not numbers[s])
    bullets: dict[str | None, int] = {}
    for s, _, kind in found:
        if kind == "bullet":
            b = cands[s + numbers[s]]
            key = b[1] if b else None
            bullets[key] = bullets.get(key, 0) + 1
    sections = sum(1 for s, _, _ in found if numbers[s])
    out: list[Line] = []
    for s, e, kind in found:
        if numbers[s] and sections < 2:
            continue  # section numbers come in a series too: a lone "1" may be a page number
        if not numbers[s]:
            if kind in ("plain", "dash") and plain < 2:
                continue
            if kind == "bullet":
                b = cands[s]
                if bullets.get(b[1] if b else None, 0) < 2:
                    continue
        out.extend(lines[s:e])
    return out


def _after(
    prev: str, first: str, numbered: bool, looks_cut: Callable[[str, str], bool], is_terminal: Callable[[str], bool]
) -> bool:
    """Whether a head line may follow ``prev``: a sentence's end, a lead-in (``如下：``), or a
    short line that ``first`` does not carry on (a numbered head starts a block anyway)."""
    prev = _JUMP_TAIL.sub("", prev) or prev  # a sentence ended before its jump line (下转第2版)
    if is_terminal(prev) or prev[-1] in ":：":
        return True
    return len(prev) <= 42 and (numbered or not looks_cut(prev, first))


def _run_shape(run: Sequence[tuple[str, str | None, int | None] | None]) -> bool:
    """Whether consecutive head lines read as nested heads, not as a list."""
    kinds = [c[0] for c in run if c is not None]
    if all(kind == "number" for kind in kinds):
        levels = [c[2] or 0 for c in run if c is not None]
        return all(a < b for a, b in itertools.pairwise(levels))
    # a heading and a second short line under it
    return len(kinds) <= 2 and all(kind != "number" for kind in kinds) and kinds[1:] in ([], ["plain"], ["dash"])


def _run_in(text: str) -> tuple[str | None, int, int, int | None] | None:
    """``(marker, start, end, marker_level)`` of a run-in head at the start of ``text``."""
    marker, rest, level = split_marker(text)
    offset = len(text) - len(rest)
    # the lead sentence's 。 stands at 4–24 (2–33 after a marker): no match is tried without it
    if marker is None:
        m = _RUN_IN.match(rest) if "。" in rest[4:25] else None
        # a lead sentence that reads as running text (是, 了, 也 …) names no section
        if not m or len(_HAN.findall(m.group(1))) < 4 or reads_as_sentence(m.group(1)):
            return None
    else:
        m = _RUN_IN_NUMBERED.match(rest) if "。" in rest[2:34] else None
        if not m or len(_HAN.findall(m.group(1))) < 2:
            return None
        if ("，" in m.group(1) or "," in m.group(1)) and reads_as_sentence(m.group(1)):
            return None
    if len(rest) - m.end() < 5:  # the whole paragraph is one short sentence
        return None
    return marker, offset, offset + len(m.group(1).rstrip()), level


def find_run_in_heads(paragraphs: Sequence[str], *, level: int = 1) -> list[Heading]:
    """Run-in heads of a run of paragraphs (spans are offsets into each paragraph).

    At least two paragraphs must open with one — a lone short first sentence is an
    ordinary sentence — unless the head carries a number marker.

    >>> find_run_in_heads(["参观结束后,在会议室进行了座谈。会议由他主持。"])
    []
    """
    return [h for _, h in _run_in_heads(paragraphs, level)]


def _run_in_heads(paragraphs: Sequence[str], level: int) -> list[tuple[int, Heading]]:
    found: list[tuple[int, tuple[str | None, int, int, int | None]]] = []
    for k, p in enumerate(paragraphs):
        r = _run_in(p)
        if r is not None:
            found.append((k, r))
    if len(found) < 2:
        found = [(k, r) for k, r in found if r[0] is not None]
    out: list[tuple[int, Heading]] = []
    for k, (marker, start, end, mlevel) in found:
        text = paragraphs[k][start:end].strip()
        out.append((k, Heading(text=text, span=Span(0, end), level=mlevel or level, marker=marker)))
    return out


class HeadingStage:
    """Fills ``art.headings`` from heading lines and run-in heads."""

    name = "headings"

    def run(self, state: ParseState) -> None:
        for art in state.articles:
            self._article(state, art)

    @staticmethod
    def _article(state: ParseState, art: ArticleDraft) -> None:
        text = state.text
        # the positions of the body lines, only where heading lines need them
        order = {ln.index: k for k, ln in enumerate(art.body_lines)} if art.heading_lines else {}
        heads: list[Heading] = []
        prev_pos = -2
        prev_level = 0
        main_level = 0  # the level of the last heading that is no ——-led subhead
        numbered_level = 0  # the level of the last GB/T or section-numbered line heading
        section: tuple[int, str, int] | None = None  # a section number line just above
        c_starts, c_ends = merge_spans(art.claimed) if art.heading_lines else ([], [])
        for ln in art.heading_lines:
            if state.overlaps_noise(ln.span) or overlaps_merged(ln.span, c_starts, c_ends):
                continue  # a byline, a dateline or noise standing on a line of its own
            pos = order.get(ln.index, -10)
            if section_number(ln.text):
                section = (pos, ln.text, ln.span.start)
                continue
            marker, rest, level, kind = head_parts(ln.text)
            span = ln.span
            if section is not None and section[0] == pos - 1 and marker is None:
                # a WeChat section number: the head under it opens a section (and its span
                # covers the number, as a GB/T head's covers its marker)
                marker, level, kind = section[1], 1, "number"
                span = Span(section[2], span.end)
            section = None
            if level is None:
                if heads and pos == prev_pos + 1:
                    level = prev_level + 1  # a heading followed directly by a second short line
                elif kind == "dash":
                    level = main_level + 1 if main_level else 1
                else:
                    level = numbered_level + 1 if numbered_level else 1  # one below a numbered section
            elif kind == "number":
                numbered_level = level
            if kind != "dash":
                main_level = level
            heads.append(Heading(text=rest.strip(), span=span, level=level, marker=marker))
            prev_pos, prev_level = pos, level
        # a run-in head is one level below the line heading above it
        line_starts = [h.span.start for h in heads]
        fallback = max((h.level for h in heads), default=0) + 1
        paras: list[Stitched] = art.paragraphs
        run_ins: list[tuple[int, bool, Heading]] = []  # (the line heading above, opens its section, head)
        for k, h in _run_in_heads([p.text for p in paras], 1):
            hspan = paras[k].whole_base_span(h.span, text)
            if hspan is None:
                continue  # a head across cut-out content (a byline, noise): its span would not cover it
            above = bisect.bisect_right(line_starts, hspan.start) - 1
            level = h.level
            if h.marker is None:
                level = heads[above].level + 1 if above >= 0 else fallback
            first = k == 0 or bisect.bisect_right(line_starts, paras[k - 1].bases[0]) - 1 != above
            run_ins.append((above, first, Heading(text=h.text, span=hspan, level=level, marker=h.marker)))
        # unnumbered run-in heads come in a series within their section, or open it: a lone
        # lead sentence further down (a closing summary) is an ordinary sentence
        if run_ins:
            per_section = Counter(above for above, _, h in run_ins if h.marker is None)
            heads.extend(
                h
                for above, first, h in run_ins
                if h.marker is not None or per_section[above] >= 2 or (first and not _DIGIT.search(h.text))
            )
        seen: set[tuple[int, int]] = set()
        for h in sorted(heads, key=lambda h: h.span.start):
            if (h.span.start, h.span.end) not in seen and h.span.slice(text):
                seen.add((h.span.start, h.span.end))
                art.headings.append(h)
