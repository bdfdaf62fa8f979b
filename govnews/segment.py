"""Page structure: articles, titles, columns, subtitles, stitched fragments and paragraphs.

A newspaper page holds several articles, often cut off mid-sentence and continued
further down; a government-site page holds one article with section headings. The
:class:`SegmentStage` decides which kind of page it reads from layout evidence
(closing bylines, articles cut off before a new title, several datelines), then
splits the content lines into articles. :class:`ParagraphStage` builds clean
paragraphs, joining lines broken mid-sentence and setting exact duplicates apart.

What the page's layout says is read first (:func:`_page_marks`): page labels and
mastheads start a new page, a press release's end mark (``完``) ends its release, a
dateline opening a paragraph after a report's text starts the next report, and jump lines
(``（下转第二版）`` … ``（上接第一版）``) join a continuation to the article it came from by
page number, whatever stands between them. Nothing joins across the start of a repeated
copy of the page.

>>> from govnews import parse
>>> page = ("第一篇新闻标题\\n本报讯 全市新建学校12所,新增学位3000个。\\n(张三)\\n"
...         "第二篇新闻的标题\\n近日,区里召开了会议。")
>>> [a.title.text for a in parse(page).articles]
['第一篇新闻标题', '第二篇新闻的标题']
>>> page = "新华社北京5月9日电 全国春播进度过半。\\n本报讯 全市新建学校12所,新增学位3000个。"
>>> [a.dateline.text for a in parse(page).articles]
['新华社北京5月9日电', '本报讯']
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, MutableSequence, Sequence

import attrs
import regex

from govnews.bylines import find_bylines, may_hold_byline
from govnews.core import Span, Stitched, merge_spans, subtract_spans
from govnews.datelines import KIND_TRIGGER, opens_with_dateline
from govnews.dates import find_dates
from govnews.document import Repair, make_repair
from govnews.headings import _MARKER_FIRST, CLOSING_BYLINE, heading_lines, split_marker
from govnews.state import ArticleDraft, Line, LineList, ParseState, columns, index_array, texts_of

__all__ = [
    "ParagraphStage",
    "SegmentStage",
    "clean_title",
    "is_terminal",
    "is_titleish",
    "looks_cut",
]

# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_ENDS = "。！？!?；;…"
_CLOSES = "”’」』）)]】》"
_BULLETS = "•·●○◆◇■□▲△▼▽★☆►▶➤→-—*#>"
_BULLET_PREFIX = regex.compile(rf"^[{regex.escape(_BULLETS)}\s]+(?=\S)")
_SEO_TAIL = regex.compile(
    r"\s*(?:[_|｜]| - | — |-{2,})\s*[^_|｜]*?(?:网|政府|门户|频道|首页|新闻|资讯|中心|在线|日报|晚报)\S*$"
)
_HAN = regex.compile(r"\p{Han}")
# the number of an official document: 沪府发〔2017〕92号
_DOC_NUMBER = regex.compile(r"[〔\[［(（【]\s*[0-9]{4}\s*[〕\]］)）】]\s*[0-9]+\s*号")
# the GB/T 9704 numbering of a notice's sections: 一、 （一） 1. （1）
_SECTION_NUMBER = regex.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9])|[（(][0-9]{1,2}[)）]"
)
_JUMP = regex.compile(r"[(（]\s*(?:下转|上接|转|接)\s*第?\s*[A-Za-z]?[0-9一二三四五六七八九十]{1,3}\s*版\s*[)）]")
# the parts of a jump: which way it points and the page (第二版, A02版, 第3版)
_JUMP_PARTS = regex.compile(r"(下转|上接|转|接)\s*第?\s*[A-Za-z]?([0-9一二三四五六七八九十]{1,3})\s*版")
# a page's number in a page label (第01版：要闻, A01 要闻, 03版：县域经济, 当前版:03版)
_PAGE_NO = regex.compile(r"(?:第\s*)?[A-Za-z]?\s*([0-9]{1,3})\s*版|^[A-Z]([0-9]{2})(?![0-9])")
# a press release's end mark standing on its own line
_END_MARK = regex.compile(r"[(（]?(?:完|全文完)[)）]?|-{1,3}\s*完\s*-{1,3}|NNNN")
# a newspaper's masthead: its name and the page's date (with the weekday), in either order
_PAPER = r"[^\s，。,:：]{2,12}(?:日报|晚报|时报|早报|商报|报)"
_FULL_DATE = r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日"
_WEEKDAY = r"[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?"
_MASTHEAD = regex.compile(
    rf"{_PAPER}\s*{_FULL_DATE}\s*(?:{_WEEKDAY})?|{_FULL_DATE}\s*(?:{_WEEKDAY})?\s*{_PAPER}|{_FULL_DATE}\s*{_WEEKDAY}"
)
# a caption or photo credit: never a title (图为会议现场, 本报记者 王一鸣 摄, 图/陆雪雯)
_CAPTION = regex.compile(r"^(?:图为|图片为|图\s*[:：/／]|[▲△])|(?:摄|供图)$")
_QUOTE_OPEN = "“‘「『《（("
_QUOTE_CLOSE = "”’」』》）)"


def is_terminal(text: str) -> bool:
    """Whether ``text`` ends a sentence.

    >>> is_terminal("加快了脱贫致富步伐。"), is_terminal("对于手册填写、自来水等重点考")
    (True, False)
    >>> is_terminal("他说:“一上来就把事办到了心坎里。”")
    True
    """
    t = text.rstrip()
    # every terminal line ends in one of these (a cheap veto for the common case)
    if not t or t[-1] not in _TERMINAL_LAST:
        return False
    # the pattern ``[_ENDS][_CLOSES\s]*$|[”’」』]$(?<=[。！？!?…][”’」』])``, read from the end
    # (a search for it tries every stop of a paragraph): a stop before the closing quotes,
    # brackets and spaces at the end, or a closing quote right after one of 。！？!?…
    u = t.rstrip(_CLOSES_OR_SPACE)
    if u and u[-1] in _ENDS:
        return True
    return t[-1] in "”’」』" and len(t) >= 2 and t[-2] in "。！？!?…"


_TERMINAL_LAST = frozenset(_ENDS + _CLOSES)

# a line a paragraph never runs on from across a blank line, besides a caption (``_CAPTION``)
# and a table row (``_TABLE_ROW``): a credit closing a line (图片/陆雪雯), a line wholly in
# brackets (``（原标题：…）``), a headline's decoration or its parts set apart by a bar
# (某某70年 | 25年前……******)
_UNIT_LINE = regex.compile(
    r"图片?\s*[/／:：]\s*\S{2,4}$|^[（(【][^（）()【】]*[）)】]$|[*＊#◆■●★☆]{2,}$|\S\s[|｜丨]\s\S"
)
_NEXT_ITEM = regex.compile(r"(?:注|附件|备注)[:：]")
# an item number opening a line: 2. 2、 (2) （2）
_ITEM_NUMBER = regex.compile(r"[（(]?([0-9]{1,2})[.、．)）](?![0-9])")
_ITEM_FIRST = frozenset("0123456789（(")
# the first characters of an item number and of a note (``_NEXT_ITEM``)
_ITEM_OR_NOTE_FIRST = _ITEM_FIRST | frozenset("注附备")
_ITEM_BEFORE = regex.compile(r"[（(]?([0-9]{1,2})[.、．)）]")


def _next_item(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` opens with the item number after the one ``prev`` opens with (after a
    short label such as ``附件：``): two items of one list, each on its line.

    >>> _next_item("附件：1.2025年度参保缴费明细表", "2.参保缴费工作联系人名单")
    True
    >>> _next_item("全县新增企业1", "2.5万家，同比增长3%"), _next_item("（1）倒伏。", "（3）干旱。")
    (False, False)
    """
    m = _ITEM_NUMBER.match(nxt)
    if m is None or m.group(1) == "0":
        return False
    # the item before may run on into digits (附件：1.2025年度…): its number is read alone
    p = _ITEM_BEFORE.match(prev, _label_end(prev))
    return p is not None and int(p.group(1)) + 1 == int(m.group(1)) and (p.group()[-1] == m.group()[-1])


def _signature_name(text: str, start: int, end: int) -> bool:
    """Whether the line at ``[start, end)`` is a signature's name: short, without
    punctuation, with a date line right under it (县防汛抗旱指挥部 / 2025年4月30日).

    >>> t = "值班电话：0745-7221234\\n县防汛抗旱指挥部\\n2025年4月30日"
    >>> _signature_name(t, 18, 26), _signature_name(t, 0, 17)
    (True, False)
    """
    # a date line holds 8 characters at least: a shorter line right under the name is no
    # date (one scan instead of reading the 40 characters after the name for every join)
    if _SHORT_LINE_BELOW.match(text, end) is not None:
        return False
    line_end = end
    end = text.find("\n", line_end)
    if end < 0 or _SIGNATURE_STOP.search(text, start, line_end) is not None:
        return False
    nxt = text[end + 1 : end + 40].lstrip(" \t\u3000\n").split("\n", 1)[0].strip(" \t\u3000")
    return bool(nxt) and _DATE_LINE.match(nxt) is not None and len(nxt) <= 20


_SIGNATURE_STOP = re.compile(r"[，,。；;：:！？!?、0-9]")
# the rest of a line, then a line that is not blank and holds fewer than 8 characters
# after its leading white space (possessive: no backtracking where none can match)
_SHORT_LINE_BELOW = re.compile(r"[^\n]*+\n[ \t\u3000]*+[^ \t\u3000\n][^\n]{0,6}\n")


def _label_end(text: str) -> int:
    """Where the text after a short label (``附件：``) starts; 0 without one."""
    for i, c in enumerate(text[:8]):
        if c in ":：":
            return i + 1
    return 0
# 图1: … 表 2 … — a numbered caption of a figure or table
_FIGURE_LINE = regex.compile(r"[图表]\s*[0-9一二三四五六七八九十]{1,3}\s*[:：.、．\s]")
# cells parted by a tab or a run of spaces
_TABLE_ROW = regex.compile(r"\t|\S(?:\s{3,}|\u3000{2,})\S|\S {2}\S[^\n]*\S {2}\S")
# any white space (stdlib ``re``: one fast scan; its ``\s`` holds every character of the
# ``regex`` module's): a line without it is no table row
_ANY_SPACE = re.compile(r"\s")


def _caption(line: str) -> bool:
    """``_CAPTION.search(line)``, tried only where it may match: a line that opens with 图,
    ▲ or △, or holds 摄 or 供图."""
    return (line[:1] in _CAPTION_FIRST or "摄" in line or "供图" in line) and _CAPTION.search(line) is not None


_CAPTION_FIRST = frozenset("图▲△")


def _table_row(line: str) -> bool:
    """``_TABLE_ROW.search(line)``, tried only on a line that holds white space."""
    return _ANY_SPACE.search(line) is not None and _TABLE_ROW.search(line) is not None


def _unit_line(line: str) -> bool:
    """``_UNIT_LINE.search(line)`` for a line without trailing white space, tried only where
    one of its parts may match: 图, an opening bracket first, decoration last, or a bar."""
    return (
        "图" in line
        or line[:1] in _UNIT_OPEN
        or line[-1:] in _UNIT_DECOR
        or "|" in line
        or "｜" in line
        or "丨" in line
    ) and _UNIT_LINE.search(line) is not None


_UNIT_OPEN = frozenset("（(【")
_UNIT_DECOR = frozenset("*＊#◆■●★☆")
# a clause mark: a short line that holds one is prose cut short, not a title or a signature
_CLAUSE = regex.compile(r"[，,、]")
# a line that is a full date and nothing else (a notice's signature date); unlike
# ``_is_date_line`` never a year or a month and day alone, and no date search per join
_DATE_LINE = regex.compile(
    r"\s*(?:[0-9〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日"
    r"|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s*$"
)
# what no sentence starts with
_RUNS_ON = frozenset("，,、。；;：:）)」』”’")


def may_join(text: str, last: Span, first: Span) -> bool:
    """Whether the line ending at ``last`` may run on into the line starting at ``first``
    (the caller has seen that ``last`` ends mid-sentence; both lie within a line).

    A break across a blank line is a paragraph break unless the line before it is a long
    line cut mid-word: never after a short line without a sentence stop, a caption, credit
    or table row, a text-free tail (`` example.cn``) or a colon; a numbered item or a note
    never continues the line before it.

    >>> t = "现就有关事项通知如下：\\n\\n一、压紧压实责任。"
    >>> may_join(t, Span(0, 11), Span(13, len(t)))
    False
    >>> t = "近年来，在政府的指导下，全市持续深化产教融合，建成了一批共享性实训\\n\\n基地。"
    >>> may_join(t, Span(0, 34), Span(36, len(t)))
    True
    """
    return _may_join(text, last.start, last.end, first.start, first.end)


def _may_join(text: str, ls: int, le: int, fs: int, fe: int) -> bool:
    """:func:`may_join` of the lines at ``[ls, le)`` and ``[fs, fe)``."""
    prev = text[ls:le].rstrip()
    if not prev:
        return False
    nxt = text[fs:fe]
    if prev[-1] in "：:" and (split_marker(nxt)[0] is not None or _SECTION_NUMBER.match(nxt)):
        return False
    # a date line holds 8 characters at least (2024-1-1, 2024年1月1日): shorter lines skip the pattern
    if (len(nxt) >= 8 and _DATE_LINE.match(nxt)) or (len(prev) >= 8 and _DATE_LINE.match(prev)):
        return False  # a signature's date
    # the common case in one scan (``_RUN_ON``) passes the next tests
    if fs != le + 1 or _RUN_ON.match(text, le) is None:
        lead = nxt[:1]
        if lead in _ITEM_OR_NOTE_FIRST:
            if lead in _ITEM_FIRST and _next_item(prev, nxt):
                return False  # the next item of a numbered list (附件：1.… / 2.…)
            if _NEXT_ITEM.match(nxt):
                return False  # an attachment or a note starts a block of its own (附件：…, 注：…)
        if len(nxt) <= 24 and _signature_name(text, fs, fe):
            return False  # a signature: the issuer's name above the date
        gap = text[le:fs]
        # text between the two (set apart as noise, or another article's, such as a jump's
        # continuation) or a blank line
        if gap != "\n" and (gap.strip() or gap.count("\n") > 1):
            return _joins_apart(prev, nxt)
    # a numbered figure or table caption, or a table row (two cells and space between them),
    # is a line of its own; a single character is neither
    return len(prev) < 2 or ((prev[0] not in "图表" or _FIGURE_LINE.match(prev) is None) and not _table_row(prev))


# one line break, a next line that opens with no item number or note (``_ITEM_OR_NOTE_FIRST``)
# and, under it, a line that is not blank and holds fewer than 8 characters after its
# leading white space (``_SHORT_LINE_BELOW``: no date, so the next line is no signature)
_RUN_ON = re.compile(
    rf"\n[^\n{re.escape(''.join(sorted(_ITEM_OR_NOTE_FIRST)))}][^\n]*+\n[ \t\u3000]*+[^ \t\u3000\n][^\n]{{0,6}}\n"
)


def _joins_apart(prev: str, nxt: str) -> bool:
    """``may_join`` for two lines with text set apart or a blank line between them."""
    if prev[-1] in "：:" or _caption(prev) or _table_row(prev) or _unit_line(prev):
        return False
    if _SECTION_NUMBER.match(nxt) or _NEXT_ITEM.match(nxt):
        return False
    last_stop = max(map(prev.rfind, _ENDS))
    stop = last_stop >= 0
    tail = prev[last_stop + 1 :]
    if _HAN.search(tail) is None and not prev[-1].isdigit():
        return False
    if stop or len(prev) >= 20 or _CLAUSE.search(prev) or prev[-1].isdigit() or nxt[:1] in _RUNS_ON:
        return True
    # a bracket left open
    return prev.count("（") + prev.count("(") > prev.count("）") + prev.count(")")


# every character ``str.isspace`` holds true for (a set test costs less than the call)
_WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
# what ``is_terminal`` strips from a sentence's end: the closing marks and what a pattern's
# ``\s`` matches (the ``regex`` module's ``\s`` is ``str.isspace`` without U+001C–U+001F)
_CLOSES_OR_SPACE = _CLOSES + "".join(sorted(_WHITESPACE - set("\x1c\x1d\x1e\x1f")))


# a site or brand name that spam copies glue before a title: 某某网站-…, 某某官网_…
_SITE_PREFIX = regex.compile(r"[^\s\-_|｜—–:：，,。]{2,24}?(?:网站|官网|官方网站|平台|网)\s*(?:[-_|｜–]|—{1,2})\s*")
# decoration that spam sites glue to the end of a title
_DECOR_CHARS = "*＊#◆■●★☆"
_DECOR_SUFFIX = regex.compile(rf"[{regex.escape(_DECOR_CHARS)}]{{2,}}$")
# what a bullet prefix opens with: a bullet or white space (``str.isspace`` holds for every
# character the pattern's ``\s`` matches)
_BULLET_FIRST = frozenset(_BULLETS) | _WHITESPACE


def clean_title(text: str) -> str:
    """A title without bullets, surrounding spaces and a site-name tail.

    >>> clean_title("• 市教育局聚力助推新型工业化强市建设")
    '市教育局聚力助推新型工业化强市建设'
    >>> clean_title("全市召开脱贫攻坚推进会_新闻中心_某某市人民政府门户网站")
    '全市召开脱贫攻坚推进会'
    >>> clean_title("外交部发言人回答记者提问******")
    '外交部发言人回答记者提问'
    >>> clean_title("某某娱乐8888网站-县委书记调研秋粮收购工作")
    '县委书记调研秋粮收购工作'
    """
    t = text.strip()
    # each pattern below is tried only where its first or last character can stand
    if t and t[0] in _BULLET_FIRST:
        t = _BULLET_PREFIX.sub("", t)
    if t and t[-1] in _DECOR_CHARS:
        t = _DECOR_SUFFIX.sub("", t)
    # a site prefix ends in 网 or 平台
    m = _SITE_PREFIX.match(t) if "网" in t or "平台" in t else None
    if m and _han_count(t[m.end() :]) >= 6:
        t = t[m.end() :]
    # every site-name tail starts at one of these separators: no search without one
    if "_" in t or "|" in t or "｜" in t or " - " in t or " — " in t or "--" in t:
        m = _SEO_TAIL.search(t)
        if m and _han_count(t[: m.start()]) >= 6:
            t = t[: m.start()]
    return t.strip()


def _bullet_lead(text: str) -> int:
    """How many characters of bullets and space open ``text`` (``_BULLET_PREFIX``)."""
    if not text or text[0] not in _BULLET_FIRST:
        return 0
    return len(text) - len(_BULLET_PREFIX.sub("", text))


def _han_count(text: str) -> int:
    """How many Chinese characters ``text`` holds (``len(findall(r"\\p{Han}"))``, faster)."""
    return len(_NON_HAN.sub("", text))


_INNER_HEADLINE = regex.compile(r"[。；;]")
# a column's tag before a headline (【乡村振兴】…): a few characters, no field label, space or
# credit inside, and the headline right after it
_COLUMN_TAG = regex.compile(r"【(?![^】]*(?:记者|通讯员|编辑|摄))[\p{Han}·]{2,10}】(?=[\p{Han}“\"《0-9])")
_INNER = regex.compile(r"[。！？!?；;]")
_LIST_COMMA = regex.compile(r"[,，、]")


def is_titleish(text: str, *, headline: bool = False) -> bool:
    """Whether a line could stand as a title or heading: short, no closing punctuation.

    >>> is_titleish("阳谷大布:“细微”之处抓扶贫"), is_titleish("参观结束后,在辰泰重钢会议室进行了座谈。")
    (True, False)
    >>> is_titleish("(陈玉华)"), is_titleish("本报聊城7月23日讯(记者 张同建)")
    (False, False)

    With ``headline=True`` (the first line of a page), a closing ``!`` or ``?`` is allowed:

    >>> is_titleish("全县贫困人口清零!"), is_titleish("全县贫困人口清零!", headline=True)
    (False, True)
    """
    if len(text) < 2:
        return False  # a title needs two Chinese characters at least
    key = (text, headline)
    got = _TITLEISH.get(key)
    if got is None:
        if len(_TITLEISH) > _MEMO_MAX:
            _TITLEISH.clear()
        got = _TITLEISH[key] = _titleish(text, headline)
    return got


# Line features are asked for several times per line while a page is segmented; they are
# memoised for the page (the segment stage clears the memos, so that a benchmark that
# parses the same text again measures the work, and memory stays bounded).
_MEMO_MAX = 20_000
_TITLEISH: dict[tuple[str, bool], bool] = {}
_KEYS: dict[str, str] = {}
_CLEANED: dict[str, str] = {}
_HANS: dict[str, str] = {}


def _clear_memos() -> None:
    _TITLEISH.clear()
    _KEYS.clear()
    _CLEANED.clear()
    _HANS.clear()


def _han_of(text: str) -> str:
    """The Chinese characters of a line, memoised like the line features: the lines under a
    title are read by the page-kind test, the title run and the fragments' vocabularies."""
    got = _HANS.get(text)
    if got is None:
        if len(_HANS) > _MEMO_MAX:
            _HANS.clear()
        got = _HANS[text] = _NON_HAN.sub("", text)
    return got


def _cleaned(text: str) -> str:
    """``clean_title(text)``, memoised like the line features: a title-like line is cleaned
    for its title test, its key and its title view."""
    got = _CLEANED.get(text)
    if got is None:
        if len(_CLEANED) > _MEMO_MAX:
            _CLEANED.clear()
        got = _CLEANED[text] = clean_title(text)
    return got


def _is_numbered(text: str) -> bool:
    return split_marker(text)[0] is not None


# the characters a date ``find_dates`` reports without a reference date can open with
_DATE_FIRST = frozenset("0123456789０１２３４５６７８９〇零○一二三四五六七八九十今去明前后")


def _is_date_line(text: str) -> bool:
    """A line that is only a date: a notice's signature date, a bare publication date."""
    t = text.strip()
    # a date opens with a digit, a Chinese numeral or a relative year (今年, 去年 …)
    if not t or t[0] not in _DATE_FIRST:
        return False
    dates = find_dates(t)
    return len(dates) == 1 and dates[0].span.start == 0 and dates[0].span.end >= len(t.rstrip("。."))


def _titleish(text: str, headline: bool) -> bool:
    # every test below is a pure veto: the cheap ones (length) go first; cleaning shortens a
    # line only at a separator (a site name, an SEO tail) or by its bullets and marker
    if len(text) > 42 and _TITLE_CUT.search(text) is None and (len(text) > 120 or _kept_whole(text)):
        return False
    t0 = _cleaned(text)
    marker, rest, _ = split_marker(t0)
    numbered = marker is not None
    t = rest.strip() or t0
    if headline and len(t) <= 32:
        # a headline may end with ! or ? (never with 。)
        t = t.rstrip("!！?？")
    if len(t) > 42 or _DOC_NUMBER.search(t0):
        return False
    # without a marker ``t`` is the cleaned line, whose Chinese characters are its key (kept
    # for the repeated-title tests of the title-like lines)
    han = _han_count(t) if numbered else len(_key(text))
    if han < (2 if numbered else 4) or is_terminal(t):
        return False
    inner = _INNER_HEADLINE if headline else _INNER
    if t[-1] in ":：,，、" or t[0] in "(（[" or inner.search(t):
        return False
    if t[0] == "【" and (_COLUMN_TAG.match(t) is None or _han_count(t[t.index("】") + 1 :]) < 4):
        return False  # a bracketed field, widget or byline; only a column's tag may lead a headline
    # a jump line holds 版, a caption opens with 图, ▲ or △ or holds 摄 or 供图, a dateline
    # holds its kind word (讯, 电, 消息): the patterns run only on lines that may match
    if ("版" in t and _JUMP.search(t)) or _caption(t):
        return False
    if ("讯" in t or "电" in t or "消息" in t) and opens_with_dateline(t):
        return False
    if _is_date_line(t):
        return False
    # more than two sentence-internal commas read as a sentence, not a headline
    return t.count(",") + t.count("，") <= 2


def _kept_whole(text: str) -> bool:
    """Whether cleaning and a marker's split leave ``text`` whole, given that it holds no
    ``_TITLE_CUT`` separator (no SEO tail): no white space, bullet or marker first, no white
    space or decoration last, and no site name (网, 平台) to cut from its front."""
    return (
        text[0] not in _MARKED_FIRST
        and text[-1] not in _DECORATED_LAST
        and "网" not in text
        and "平台" not in text
    )


_MARKED_FIRST = _BULLET_FIRST | _MARKER_FIRST
_DECORATED_LAST = frozenset(_DECOR_CHARS) | _WHITESPACE


# where clean_title may cut a long line short: a separator, or two decoration characters
# (``[-_|｜–—]|[*＊#◆■●★☆]{2}``, written to open with one set of characters, which lets
# ``re`` skip to the next candidate character instead of trying the pattern at each one)
_TITLE_CUT = re.compile(r"[-_|｜–—*＊#◆■●★☆](?:(?<=[-_|｜–—])|[*＊#◆■●★☆])")


_OPEN_CLOSE = {"(": ")", "（": "）", "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "[": "]", "【": "】"}
# a line ending on one of these (a digit, a point, a function word) stops mid-sentence
_CUT_END_CHARS = frozenset("0123456789.．的了和与及在对将把被从向为是而并或且等")
# a line starting like this carries on the line before it
_CONT_START = regex.compile(
    # closing punctuation, or a count cut from its number (never a date: 3月1日 opens paragraphs)
    # or the particle 的, which no sentence opens with (的确, 的士 aside)
    r"^(?:[)）”’」』》\]】,，、。；;：:!！?？]|[0-9]*(?:[个所名人户家台项处次亩%％岁])|的(?![确士哥]))"
)


_MEASURES = frozenset("个所名人户家台项处次亩%％岁")
_NUMERAL_END = frozenset("0123456789一二三四五六七八九十百千万亿两几多余")


def runs_on(line: str, next_line: str, after: str | None) -> bool:
    """Whether ``line`` is cut mid-sentence and carried on below: by ``next_line``
    (:func:`looks_cut`), or across a short fragment (``next_line``, four characters at most,
    no clause mark) by the line ``after`` it: a hard wrap that left a word alone.

    >>> runs_on("今年以来，全镇坚持把发展产业作为乡村", "振兴", "的重中之重，新增基地5个。")
    True
    >>> runs_on("桃源镇发展特色产业", "振兴乡村", "的确如此。"), runs_on("桃源镇发展特色产业", "振兴", None)
    (False, False)
    """
    if looks_cut(line, next_line):
        return True
    return (
        after is not None
        and 0 < len(next_line) <= 4
        and _CLAUSE.search(next_line) is None
        and looks_cut(line + next_line, after)
    )


def _unbalanced(text: str) -> bool:
    # most lines hold few of the brackets: count only the ones they hold
    return any(o in text and text.count(o) > text.count(c) for o, c in _OPEN_CLOSE.items())


def _cut_end(line: str) -> bool:
    """Whether ``line`` ends on one of ``_CUT_END_CHARS`` (before a final line break, as a
    pattern's ``$`` would read it).

    >>> _cut_end("设立公益岗位109"), _cut_end("加快推进的\\n"), _cut_end("推进会")
    (True, True, False)
    """
    return (line[-2:-1] if line[-1:] == "\n" else line[-1:]) in _CUT_END_CHARS


def looks_cut(line: str, next_line: str | None = None) -> bool:
    """Whether ``line`` stops mid-sentence (and ``next_line``, if given, carries it on).

    >>> looks_cut("由乡镇(街", "道)经管站登记。"), looks_cut("设立公益岗位109", "个,帮助群众就业。")
    (True, True)
    >>> looks_cut("实施产教融合“连心工程”", "优质服务产业扩规提质")
    False
    """
    if is_terminal(line):
        return False
    if _unbalanced(line) or _cut_end(line):
        return True
    if next_line is None or _CONT_START.match(next_line) is None:
        return False
    # a measure word alone carries on a number cut at the line's end (…岗位1.2万 / 个,…), not a
    # heading before a line that happens to open with 人 or 家
    return next_line[0] not in _MEASURES or line[-1] in _NUMERAL_END


def _key(text: str) -> str:
    """The Chinese characters of the cleaned line (how repeated titles are recognised)."""
    got = _KEYS.get(text)
    if got is None:
        if len(_KEYS) > _MEMO_MAX:
            _KEYS.clear()
        got = _KEYS[text] = _NON_HAN.sub("", _cleaned(text))
    return got


def _same_key(text: str, key: str) -> bool:
    """``_key(text) == key``, with cheap exact vetoes first (``key`` is not empty): the key is
    made of characters of the line, so a line lacking one of them is no repeat (a body line
    that holds the title's first and last characters seldom holds all of them)."""
    if len(text) < len(key) or key[-1] not in text or not all(map(text.__contains__, key)):
        return False
    return _key(text) == key


_NON_HAN = regex.compile(r"\P{Han}+")


def _bigrams(text: str) -> set[str]:
    return _han_bigrams(text)[1]


def _han_bigrams(text: str) -> tuple[str, set[str]]:
    """The Chinese characters of ``text`` and the set of their adjacent pairs."""
    han = _NON_HAN.sub("", text)
    return han, set(_PAIRS.findall(han))


# each pair of adjacent characters, overlapping (``re`` finds them faster than a slice per pair)
_PAIRS = re.compile(r"(?=(.{2}))", re.DOTALL)


def _han_pairs(text: str) -> tuple[str, set[int]]:
    """The Chinese characters of ``text`` and their adjacent pairs as numbers (``_pair_codes``)."""
    han = _han_of(text)
    return han, _pair_codes(han)


def _pair_codes(chars: str) -> set[int]:
    """The adjacent pairs of ``chars`` (``_bigrams`` of Chinese text), each as one number: the
    pair's two UTF-32 code units read as one 64-bit word. Equal pairs give equal numbers and
    different pairs different ones, so the sets intersect and count as the sets of pairs do;
    the words are read in C, without a string per pair (the vocabularies of whole paragraphs).

    >>> len(_pair_codes("县委书记")), _pair_codes("县委书记") > _pair_codes("委书"), _pair_codes("县")
    (3, True, set())
    """
    b = chars.encode("utf-32-le")
    n = len(b)
    out = set(memoryview(b)[: n - n % 8].cast("Q"))  # the pairs at even positions
    if n >= 12:  # the pairs at odd positions (three characters at least)
        out.update(memoryview(b)[4 : 4 + (n - 4) // 8 * 8].cast("Q"))
    return out


def _overlap(a: str, b: str) -> int:
    return len(_bigrams(a) & _bigrams(b))


def _shares(a: str, han: str, k: int) -> bool:
    """Whether ``a`` and ``han`` (Chinese characters only) share ``k`` adjacent pairs at least:
    ``_overlap(a, han) >= k``, with each pair of a short ``a`` looked up in ``han`` as a
    substring (``han`` may be a paragraph: its pairs are never built).

    >>> _shares("县委书记调研", "昨日县委书记到村里调研", 2), _shares("县委书记调研", "书记", 2)
    (True, False)
    """
    pairs = _bigrams(a)
    if len(pairs) > 64:
        return len(pairs & _bigrams(han)) >= k
    n = 0
    for pair in pairs:
        if pair in han:
            n += 1
            if n >= k:
                return True
    return n >= k


def _byline_line(text: str) -> bool:
    """Whether ``text`` is a byline and nothing else (``本报记者 马立新 通讯员 赵倩``): never a
    subtitle, whatever its shape.

    >>> _byline_line("本报记者 马立新 通讯员 赵倩"), _byline_line("全县新增订单农业4.6万亩")
    (True, False)
    """
    t = text.strip(" \t\u3000")
    if not may_hold_byline(t):
        return False
    return any(b.span.start == 0 and b.span.end >= len(t) - 1 for b in find_bylines(t))


def _split_subtitle(state: ParseState, line: Line) -> tuple[Stitched, Stitched | None]:
    """``标题 ——副标题`` → title and subtitle, each stitched over its own part of the line."""
    text = state.text
    raw = line.text
    lead = _bullet_lead(raw)
    m = _DASH.search(raw[lead:])
    if m and m.start() >= 4 and _han_count(raw[lead + m.end() :]) >= 4:
        t_end = line.span.start + lead + m.start()
        s_start = line.span.start + lead + m.end()
        title = Stitched.whole(text, Span(line.span.start + lead, t_end))
        sub = Stitched.whole(text, Span(s_start, line.span.end))
        return _trim(text, title), _trim(text, sub)
    return _title_view(text, line), None


_DASH = regex.compile(r"\s*(?:——|--|—)\s*")


def _trim(text: str, s: Stitched) -> Stitched:
    span = s.base_span
    assert span is not None
    start, end = span.start, span.end
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return Stitched.whole(text, Span(start, end))


# a brief's headline in brackets at the start of its line, the brief's text after it
_BRIEF_HEAD = regex.compile(r"【([^【】\n]{4,30})】(?=[^\s【])")
# how a brief's text opens: a date or a time word (5月10日，… 近日，…)
_BRIEF_OPEN = regex.compile(
    r"\s*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|近日|日前|近期|昨日|昨天|今天|今日|本周|上周|今年以来|[0-9]{4}年)"
)


def _bracket_briefs(texts: Sequence[str]) -> list[int]:
    """Positions in ``texts`` (of content lines) of the briefs of a column where each brief opens with its
    headline in brackets, or ``[]``: two briefs at least, each a headline and a sentence on
    one line, and at least half of them opening with a date or a time word (sections of one
    report under bracketed heads seldom do).

    >>> from govnews.lines import split_lines
    >>> page = "要闻简报\\n【我县召开安全生产会议】5月10日，县政府召开会议，部署重点工作。\\n"
    >>> page += "【城东新区项目集中开工】5月8日，城东新区12个重点项目集中开工。"
    >>> _bracket_briefs([ln.text for ln in split_lines(page) if ln.text])
    [1, 2]
    """
    items: list[int] = []
    dated = 0
    for k, t in enumerate(texts):
        if t[:1] != "【":
            continue
        m = _BRIEF_HEAD.match(t)
        if m is None:
            continue
        rest = t[m.end() :]
        if len(rest) < 10 or not is_terminal(rest) or not is_titleish(m.group(1), headline=True):
            continue
        items.append(k)
        dated += _BRIEF_OPEN.match(rest) is not None
    return items if len(items) >= 2 and 2 * dated >= len(items) else []


def _title_view(text: str, line: Line) -> Stitched:
    raw = line.text
    lead = _bullet_lead(raw)
    cleaned = _cleaned(raw)
    if cleaned and not raw.startswith(cleaned, lead):
        lead = max(lead, raw.find(cleaned))  # a site name cut from the front
    start = line.span.start + lead
    return Stitched.whole(text, Span(start, start + len(cleaned)))


def _dash_deck(text: str) -> bool:
    """A deck line led by a dash (``——今年以来新增订单农业面积4.6万亩``)."""
    return text.startswith(("——", "--")) and _han_count(text) >= 4 and not is_terminal(text)


def _head_position(state: ParseState, lines: Sequence[Line]) -> int | None:
    """Where among ``lines`` the layout's title line stands (``None``: no head was found)."""
    head = state.head_title
    if head is None:
        return None
    return next((k for k, i in enumerate(index_array(lines)) if i == head), None)


_CN_DIGIT = {c: k for k, c in enumerate("一二三四五六七八九", 1)}


def _page_number(token: str) -> int | None:
    """A page's number written either way: ``02`` → 2, ``二`` → 2, ``十二`` → 12.

    >>> _page_number("03"), _page_number("二"), _page_number("十二"), _page_number("二十")
    (3, 2, 12, 20)
    """
    if token.isascii() and token.isdigit():
        return int(token)
    tens, ten, ones = token.partition("十")
    if not ten:
        return _CN_DIGIT.get(token) if len(token) == 1 else None
    t = _CN_DIGIT.get(tens, 0) if tens else 1
    o = _CN_DIGIT.get(ones, 0) if ones else 0
    return t * 10 + o if t and (not ones or o) else None


def _label_page(text: str) -> int | None:
    """The page number a page label gives (``第A03版：要闻`` → 3, ``B02 县域`` → 2)."""
    m = _PAGE_NO.search(text)
    if m is None:
        return None
    return int(m.group(1) or m.group(2))


@attrs.define
class _Marks:
    """What the page's layout says about where articles start and continue, by position in
    the content lines: page breaks and release ends (``breaks``), the page each line stands
    on, jumps out (下转第二版: the page the article goes on) and in (上接第一版: the page
    it came from), the lines where a repeated copy of the page starts, and the lines that
    open with a dateline."""

    breaks: set[int] = attrs.Factory(set)
    page: list[int | None] = attrs.Factory(list)
    jump_out: dict[int, int | None] = attrs.Factory(dict)
    jump_in: dict[int, int | None] = attrs.Factory(dict)
    copies: set[int] = attrs.Factory(set)
    opens: list[bool] = attrs.Factory(list)

    def keep(self, mask: Sequence[bool]) -> None:
        """Keep the marks of the lines ``mask`` keeps, at their new positions (a mark on a
        dropped line moves to the next line kept)."""
        new: list[int] = []
        at = 0
        for m in mask:
            new.append(at)
            at += m
        n = at

        def moved(keys: Iterable[int]) -> set[int]:
            return {new[k] for k in keys if new[k] < n}

        self.breaks, self.copies = moved(self.breaks), moved(self.copies)
        self.jump_in = {new[k]: v for k, v in self.jump_in.items() if new[k] < n}
        self.jump_out = {new[k] - (not mask[k]): v for k, v in self.jump_out.items() if new[k] - (not mask[k]) >= 0}
        self.page = [p for p, m in zip(self.page, mask, strict=True) if m]
        self.opens = [o for o, m in zip(self.opens, mask, strict=True) if m]

    def several(self, start: int, end: int) -> bool:
        """Whether a page break, a release's end or a continued jump lies inside ``[start, end)``."""
        return any(start < k < end for k in self.breaks) or any(start <= k < end for k in self.jump_in)

    def stops(self, k: int) -> bool:
        """Whether a block of body text stops before ``lines[k]``."""
        return k in self.breaks or k in self.jump_in or k in self.copies or self.opens[k]


def _label_lines(state: ParseState) -> dict[int, int | None]:
    """The lines the noise stages judged page labels or mastheads (by ``Line.index``), each
    with the page number it gives (``None``: a masthead, no number)."""
    hits = [n for n in state.noise if "page_label" in n.rule or "masthead" in n.rule]
    if not hits:
        return {}
    out: dict[int, int | None] = {}
    for n in hits:
        k = state.line_at(n.span.start)
        if k >= 0 and (k not in out or out[k] is None):
            out[k] = _label_page(state.lines[k].text) if "page_label" in n.rule else None
    return out


def _page_marks(state: ParseState, lines: Sequence[Line]) -> tuple[MutableSequence[Line], _Marks]:
    """The content lines without jump markers and end marks (both made noise), and the
    page's :class:`_Marks` by position in them."""
    marks = _Marks()
    jumps = state.lines_matching(_JUMP)
    labels = _label_lines(state)
    kept: array[int] = array("q")
    page: int | None = None
    brk = False
    pend_in: list[int | None] = []  # a whole-line 上接 marker: the next line continues
    k = 0
    # the lines are read by index from the page's columns: a record is made for no line
    texts, starts, ends = columns(state.lines)
    content = index_array(lines)
    n = len(content)
    span = state.text_indexes()
    span = span[: bisect.bisect_right(span, content[-1])]
    span_texts = [texts[i] for i in span]
    copies = _copy_starts(span_texts, span)
    copy = False
    short: dict[str, str] = {}
    if len(span) == n:
        # every text line is a content line (no noise among them): only a jump marker, a
        # copy's start, a masthead or an end mark needs the walk, and the line after each;
        # the runs of plain lines between are taken in bulk
        short = {t: _line_mark(t) for t in set(span_texts)}
        events = sorted({
            *itertools.compress(range(n), map(short.__getitem__, span_texts)),
            *(bisect.bisect_left(span, i) for i in jumps if i <= content[-1]),
            *(bisect.bisect_left(span, i) for i in copies),
        })
        events.append(n)
    else:
        events = []
    e = 0  # the next event
    p = -1
    while p + 1 < len(span):
        p += 1
        if events and p > 0 and p < events[e] and not (pend_in or brk or copy):
            # a plain line after a plain line: the run up to the next event, in bulk
            stop = events[e]
            kept.extend(span[p:stop])
            marks.page.extend([page] * (stop - p))
            k += stop - p
            p = stop - 1
            continue
        if events and p == events[e]:
            e += 1
        i = span[p]
        copy = copy or i in copies
        t = texts[i]
        if k >= n or i != content[k]:
            if i in labels:  # a page label or masthead between content lines
                brk = brk or bool(kept)
                got = labels[i]
                page = got if got is not None else page
            elif len(t) <= 7 and _END_MARK.fullmatch(t):
                brk = brk or bool(kept)  # an end mark the noise rules took already
            continue
        k += 1
        if i in jumps:
            whole = _JUMP.fullmatch(t) is not None
            for m in _JUMP.finditer(t):
                state.add_noise("metadata", Span(starts[i] + m.start(), starts[i] + m.end()), "layout.jump_marker")
                parts = _JUMP_PARTS.search(m.group())
                assert parts is not None
                num = _page_number(parts.group(2))
                if parts.group(1) in ("下转", "转"):
                    if not whole:
                        marks.jump_out[len(kept)] = num
                    elif kept:
                        marks.jump_out[len(kept) - 1] = num
                elif whole:
                    pend_in = [num]
                else:
                    marks.jump_in[len(kept)] = num
            if whole:
                continue
        if len(t) <= 40:
            # a short line's kind, asked once per distinct text (a page of 10^6 one-character
            # lines holds a few dozen)
            kind = short.get(t)
            if kind is None:
                kind = short[t] = _line_mark(t)
            if kind:
                # a newspaper's masthead on a later page of the dump (a new page starts), or
                # the end mark of a release
                state.add_noise("metadata", Span(starts[i], ends[i]), kind)
                brk = brk or bool(kept)
                continue
        if pend_in:
            marks.jump_in[len(kept)] = pend_in.pop()
        if brk:
            marks.breaks.add(len(kept))
            brk = False
        if copy:
            marks.copies.add(len(kept))
            copy = False
        marks.page.append(page)
        kept.append(i)
    return state.select(kept), marks


def _line_mark(t: str) -> str:
    """The rule of a masthead (a new page of a dump) or an end mark (``完``) that ``t`` is,
    or ``""``."""
    if len(t) > 40:
        return ""
    if "年" in t and _MASTHEAD.fullmatch(t):
        return "structure.masthead"
    return "structure.end_mark" if len(t) <= 7 and _END_MARK.fullmatch(t) else ""


def _copy_starts(texts: Sequence[str], indexes: Sequence[int]) -> set[int]:
    """Where a repeated copy of earlier lines starts (the ``Line.index`` from ``indexes``):
    two lines in a row that stand in the same order further up (a page saved twice, a site
    repeating its article block). ``texts`` are the page's non-blank lines, noise included,
    as a copy of the page repeats its chrome too."""
    out: set[int] = set()
    n = len(texts)
    # each line's first occurrence, and the lines long enough with the next one, found in C:
    # the loop below looks only at repeated lines that are (a page of 10^6 one-character
    # lines repeats every line and holds no such pair)
    first: dict[str, int] = {}
    firsts = list(map(first.setdefault, texts, range(n)))
    lengths = list(map(len, texts))
    long_pair = map(operator.ge, map(operator.add, lengths, itertools.islice(lengths, 1, None)), itertools.repeat(20))
    repeated = map(operator.ne, firsts, range(n))
    for k in itertools.compress(range(n - 1), map(operator.and_, long_pair, repeated)):
        j = firsts[k]
        if j + 1 >= k:
            continue
        nxt = texts[k + 1]
        if texts[j + 1] != nxt:
            continue
        if j > 0 and texts[j - 1] == texts[k - 1]:
            continue  # inside a copy already found
        out.add(indexes[k])
    return out


# the header of a list of the page's other reports (本版其他新闻, 本版更多新闻：)
_OTHER_NEWS = regex.compile(r"(?:本版|本期|本报)(?:其他|其它|更多)(?:新闻|要闻|文章|稿件|报道)")


def _other_news(
    state: ParseState, lines: MutableSequence[Line], titleish: list[bool], marks: _Marks
) -> tuple[MutableSequence[Line], list[bool]]:
    """A list of the page's other reports (``本版其他新闻`` and the headlines under it) is
    ``recommendations`` noise: it starts no article, and the article it stands in goes on
    (the last headline of the list stays when a dateline opens the line after it)."""
    n = len(lines)
    mask = [True] * n
    k = 0
    while k < n:
        text = lines[k].text
        if len(text) <= 12 and _OTHER_NEWS.match(text):
            state.add_noise("recommendations", lines[k].span, "structure.other_news")
            mask[k] = False
            k += 1
            while k < n and titleish[k] and not (k + 1 < n and marks.opens[k + 1]) and k not in marks.breaks:
                state.add_noise("recommendations", lines[k].span, "structure.other_news")
                mask[k] = False
                k += 1
            continue
        k += 1
    if all(mask):
        return lines, titleish
    marks.keep(mask)
    return (
        state.select(itertools.compress(index_array(lines), mask)),
        [t for t, m in zip(titleish, mask, strict=True) if m],
    )


def _indented_heads(
    state: ParseState, lines: Sequence[Line], texts: Sequence[str], titleish: list[bool], opens: Sequence[bool]
) -> None:
    """On a page whose paragraphs are indented and whose headlines are not, an indented
    title-like line is a section head inside an article, not a new article's title
    (unless a dateline opens the line after it)."""
    text = state.text
    starts = columns(state.lines)[1]
    at = index_array(lines)

    def indented(k: int) -> bool:
        s = starts[at[k]]
        return s > 0 and text[s - 1] in " \t\u3000\u00a0"

    # the body lines: not title-like, 20 characters at least (found in C)
    long_lines = map(operator.ge, map(len, texts), itertools.repeat(20))
    body = [indented(k) for k in itertools.compress(range(len(texts)), map(operator.gt, long_lines, titleish))]
    if len(body) < 3 or sum(body) < 0.6 * len(body):
        return
    if sum(1 for k, t in enumerate(titleish) if t and not indented(k)) < 2:
        return
    n = len(texts)
    for k in range(1, n):
        if titleish[k] and indented(k) and not (k + 1 < n and opens[k + 1]):
            titleish[k] = False


class SegmentStage:
    """Splits the page's content lines into articles with titles, columns and subtitles."""

    name = "segment"

    def run(self, state: ParseState) -> None:
        # the memos hold what the layout stage asked of this page's lines (pure functions of
        # a line's text); they are cleared when the page is done, so the next page starts fresh
        try:
            self._run(state)
        finally:
            _clear_memos()

    def _run(self, state: ParseState) -> None:
        lines = state.content_lines()
        if not lines:
            return
        lines, marks = _page_marks(state, lines)
        if not lines:
            return
        dateline_lines = state.lines_matching(KIND_TRIGGER)
        # the texts by position, read from the page's columns (no line record is made)
        texts, at = texts_of(lines), index_array(lines)
        n = len(texts)
        # whether each line could be a title: asked once per distinct text (the first line's
        # own way), then whether it is cut off, only where it could
        like = {t: is_titleish(t) for t in set(texts)}
        titleish = list(map(like.__getitem__, texts))
        if n:
            titleish[0] = is_titleish(texts[0], headline=True)
        for k in itertools.compress(range(n), titleish):
            t = texts[k]
            titleish[k] = not (
                runs_on(t, texts[k + 1], texts[k + 2] if k + 2 < n else None) if k + 1 < n else looks_cut(t)
            )
        marks.opens = [
            i in dateline_lines and t[0] not in "(（" and opens_with_dateline(t)
            for i, t in zip(at, texts, strict=True)
        ]
        _indented_heads(state, lines, texts, titleish, marks.opens)
        if state.lines_matching(_OTHER_NEWS):
            lines, titleish = _other_news(state, lines, titleish, marks)
            if not lines:
                return
            texts, at = texts_of(lines), index_array(lines)
        briefs = _bracket_briefs(texts)
        if briefs:
            self._bracket_brief_articles(state, lines, titleish, briefs)
            return
        # what stands above the layout's title is the page's head, no evidence of page kind
        head = _head_position(state, lines) or 0
        if marks.several(head, len(lines)) or self._multi(
            at[head:], texts[head:], titleish[head:], dateline_lines
        ):
            self._multi_articles(state, lines, titleish, marks)
        else:
            self._single_article(state, lines, titleish)

    @staticmethod
    def _bracket_brief_articles(
        state: ParseState, lines: Sequence[Line], titleish: list[bool], briefs: list[int]
    ) -> None:
        """A column of briefs each led by its headline in brackets (``【我县召开…会议】5月10日，…``):
        an article per brief, its title the words in the brackets; title-like lines above the
        first brief name the column (``要闻简报``)."""
        text = state.text
        for i, k in enumerate(briefs):
            end = briefs[i + 1] if i + 1 < len(briefs) else len(lines)
            first = 0 if i == 0 else k
            line = lines[k]
            m = _BRIEF_HEAD.match(line.text)
            assert m is not None
            start = line.span.start
            art = ArticleDraft(span=Span(lines[first].span.start, lines[end - 1].span.end))
            art.title = Stitched.whole(text, Span(start + m.start(1), start + m.end(1)))
            art.claimed.append(Span(start, start + m.end()))
            if i == 0:
                art.columns = [_title_view(text, ln) for ln, t in zip(lines[:k], titleish[:k], strict=True) if t]
                for ln, t in zip(lines[:k], titleish[:k], strict=True):
                    if t:
                        continue
                    if _DATE_LINE.match(ln.text.strip("（）() \t\u3000")):
                        # the column's date (（2025年5月12日）): the page's date, which dates the briefs
                        state.add_noise("metadata", ln.span, "structure.column_date", 0.9)
                    else:
                        art.body_lines.append(ln)
            art.body_lines.extend(lines[k:end])
            state.articles.append(art)

    # ------------------------------------------------------------------ page kind
    @staticmethod
    def _multi(
        at: Sequence[int], texts: Sequence[str], titleish: Sequence[bool], dateline_lines: set[int]
    ) -> bool:
        """Layout evidence that the page holds several articles: ``texts`` are the content
        lines' texts, ``at`` their ``Line.index``, ``dateline_lines`` the indexes of the lines
        that may hold a dateline."""
        n = len(texts)
        datelines = sum(
            1 for t in itertools.compress(texts, map(dateline_lines.__contains__, at)) if opens_with_dateline(t)
        )
        if datelines >= 2:
            return True
        if not any(titleish):
            return False  # the evidence below needs a title-like line after body text
        seen: set[str] = set()
        repeat = []
        for line_text, t in zip(texts, titleish, strict=True):
            key = _key(line_text) if t else ""
            repeat.append(bool(key) and key in seen)
            seen.add(key)
        for i in range(n - 2):
            if repeat[i + 1]:
                continue  # a title repeated as a separator starts no article
            j = i + 1
            while j < n and titleish[j]:
                j += 1
            if j == i + 1 or j >= n:
                continue  # no title-like run followed by body text
            if _SECTION_NUMBER.match(texts[j - 1]):
                continue  # a numbered line before body text is a section heading (一、…)
            if CLOSING_BYLINE.match(texts[i]):
                return True
            text = texts[i]
            if len(text) < 10 or text[-1] in ":：" or is_terminal(text):
                continue  # no cut-off body, or a line introducing a list
            if _han_count(text) < 8 or _is_date_line(text):
                continue  # a signature or a date is no cut-off body
            k = j
            while k < min(n, j + 3) and not titleish[k]:
                k += 1
            body = "".join(_han_of(t) for t in texts[j:k])
            cut = not titleish[i] or (_LIST_COMMA.search(text) is not None and not _shares(text, body, 2))
            if cut and _shares(texts[j - 1], body, 2):
                return True
        return False

    # ------------------------------------------------------------------ one article
    def _single_article(self, state: ParseState, lines: MutableSequence[Line], titleish: list[bool]) -> None:
        text = state.text
        art = ArticleDraft(span=Span(lines[0].span.start, lines[-1].span.end))
        state.articles.append(art)
        pos = _head_position(state, lines)
        if pos is not None:
            # the layout found the head: its title first, its overlines as columns
            cols = state.head_columns
            art.columns = [_title_view(text, ln) for ln in lines[:pos] if ln.index in cols]
            above = [k for k in range(pos) if lines[k].index not in cols]
            lines = state.select(itertools.chain(
                [lines[pos].index], (lines[k].index for k in above), index_array(lines[pos + 1 :])
            ))
            titleish = [True, *(titleish[k] for k in above), *titleish[pos + 1 :]]
        # the title is the first title-like line, unless body text comes before it; short
        # lines above it (a document number, a date) stay in the body
        first = next(
            (k for k in range(min(3, len(lines))) if titleish[k] or len(lines[k].text) > 42), 0
        )
        if first and titleish[first]:
            lines = state.select(itertools.chain(
                [lines[first].index], index_array(lines[:first]), index_array(lines[first + 1 :])
            ))
            titleish = [True, *titleish[:first], *titleish[first + 1 :]]
        start = 0
        if titleish[0]:
            art.title, art.subtitle = _split_subtitle(state, lines[0])
            start = 1
            # a deck line right under the title, before the body
            if art.subtitle is None and len(lines) > 2 and (_dash_deck(lines[1].text) or (
                titleish[1]
                and not titleish[2]
                and _key(lines[1].text) != _key(lines[0].text)
                and not _is_numbered(lines[1].text)
                and _overlap(lines[1].text, lines[0].text) >= 1
                and not _byline_line(lines[1].text)
            )):
                art.subtitle = _title_view(text, lines[1])
                start = 2
        title_key = _key(lines[0].text) if art.title else ""
        body = lines[start:]
        if title_key:
            repeated = [_same_key(t, title_key) for t in texts_of(body)]
            for k, rep in enumerate(repeated):
                if rep:
                    state.add_noise("duplicate", body[k].span, "structure.repeated_title")
            body = state.select(k for k, rep in zip(index_array(body), repeated, strict=True) if not rep)
        art.body_lines = body
        art.heading_lines.extend(heading_lines(body))

    # ------------------------------------------------------------------ several articles
    def _multi_articles(
        self, state: ParseState, lines: MutableSequence[Line], titleish: list[bool], marks: _Marks
    ) -> None:
        n = len(lines)
        arts: list[ArticleDraft] = []
        keys: dict[str, ArticleDraft] = {}
        cache = _VocabCache()
        jumps = _Jumps(marks)
        current: ArticleDraft | None = None
        first = 0  # the first article of the current copy of the page: no join reaches before it
        i = 0
        while i < n:
            line = lines[i]
            if i in marks.copies:
                # a repeated copy of the page starts: nothing in it joins what came before
                current, keys, first = None, {}, len(arts)
                jumps.pending.clear()
            elif i in marks.breaks:
                current = None  # a new page, or the next release after one's end mark
            if i in marks.jump_in:
                found = jumps.target(lines, i, cache)
                if found is not None:
                    target, after = found
                    end = i + 1
                    while end < n and not titleish[end] and not marks.stops(end):
                        end += 1
                    jumps.extend(target, lines, i, end, after=after)
                    current = target
                    i = end
                    continue
            key = _key(line.text) if titleish[i] else ""
            if key and key in keys and i + 1 < n and not titleish[i + 1]:
                # a repeated title: what follows continues that article
                state.add_noise("duplicate", line.span, "structure.repeated_title")
                current = keys[key]
                i += 1
                continue
            if titleish[i]:
                j = i
                while j < n and titleish[j] and _key(lines[j].text) not in keys and (j == i or j not in marks.breaks):
                    j += 1
                if j < n and j > i and not titleish[j]:
                    k = j
                    while k < min(n, j + 3) and not titleish[k]:
                        k += 1
                    current = self._title_run(state, lines[i:j], lines[j:k], current, arts, keys)
                    jumps.place(arts, marks.page[i])
                    i = j
                    continue
            # a body line; a dateline opening it after a report's text starts the next report
            if current is not None and marks.opens[i] and jumps.has_text(current):
                current = None
            if current is None:
                current = ArticleDraft(span=line.span)
                arts.append(current)
                jumps.place(arts, marks.page[i])
            # a block runs to the next title or to a line cut off mid-sentence, after which
            # the text may continue another article
            block_end = i + 1
            while (
                block_end < n
                and not titleish[block_end]
                and is_terminal(lines[block_end - 1].text)
                and not marks.stops(block_end)
            ):
                block_end += 1
            target = current
            if (
                not marks.opens[i]
                and current.body_lines
                and not jumps.continues(current)
                and not is_terminal(current.body_lines[-1].text)
            ):
                target = self._continuation(lines[i:block_end], current, arts[first:], cache, jumps)
            jumps.extend(target, lines, i, block_end)
            i = block_end
        for art in arts:
            parts = [ln.span for ln in art.body_lines]
            for s in [art.title, art.subtitle, *art.columns]:
                if s is not None and s.base_span is not None:
                    parts.append(s.base_span)
            art.span = Span(min(p.start for p in parts), max(p.end for p in parts))
            # an article's own section heads: lines of its body, continuations included
            art.heading_lines.extend(heading_lines(art.body_lines))
        state.articles.extend(arts)

    def _title_run(
        self,
        state: ParseState,
        run: Sequence[Line],
        after: Sequence[Line],
        current: ArticleDraft | None,
        arts: list[ArticleDraft],
        keys: dict[str, ArticleDraft],
    ) -> ArticleDraft:
        """Split a run of title-like lines into what ends the article before and the new article's head."""
        body = "".join(_han_of(ln.text) for ln in after)
        t = next((k for k, ln in enumerate(run) if _shares(ln.text, body, 2)), 0)
        c = t
        while c > 0 and _han_count(run[c - 1].text) <= 10:
            c -= 1  # banners standing right before the title
        lead = list(run[:c])
        if len(lead) >= 2:
            # a title and its cut-off body, ahead of the next article
            prev = ArticleDraft(span=lead[0].span)
            prev.title, prev.subtitle = _split_subtitle(state, lead[0])
            prev.body_lines.extend(lead[1:])
            arts.append(prev)
            keys[_key(lead[0].text)] = prev
        elif lead:
            if current is None:
                current = ArticleDraft(span=lead[0].span)
                arts.append(current)
            current.body_lines.extend(lead)
        art = self._new_article(state, run[c:])
        arts.append(art)
        keys[_key(run[c + len(art.columns)].text)] = art
        return art

    @staticmethod
    def _new_article(state: ParseState, run: Sequence[Line]) -> ArticleDraft:
        """An article from a run of title-like lines: columns, title, subtitle."""
        text = state.text
        # a byline line under the title ends the head: it and what follows are the body's
        cut = next((i for i in range(1, len(run)) if _byline_line(run[i].text)), len(run))
        run, tail = run[:cut], run[cut:]
        k = 0
        # short banner lines before a longer title name a section of the paper
        while k < len(run) - 1 and _han_count(run[k].text) <= 10 and (
            len(run[k].text) < len(run[k + 1].text) or "·" in run[k].text
        ):
            k += 1
        if k == 0 and len(run) == 3 and not _DASH.match(run[1].text) and not _DASH.match(run[0].text):
            # a newspaper's three-line head: the kicker (引题), the main title, the subtitle
            k = 1
        art = ArticleDraft(span=run[k].span)
        art.columns = [_title_view(text, ln) for ln in run[:k]]
        art.title, art.subtitle = _split_subtitle(state, run[k])
        if art.subtitle is None and k + 1 < len(run):
            art.subtitle = _title_view(text, run[k + 1])
        art.body_lines.extend(run[k + 2 :])
        art.body_lines.extend(tail)
        return art

    @staticmethod
    def _continuation(
        block: Sequence[Line],
        current: ArticleDraft,
        arts: Sequence[ArticleDraft],
        cache: _VocabCache,
        jumps: _Jumps,
    ) -> ArticleDraft:
        """The cut-off article a headless block continues, chosen by shared vocabulary
        (an article whose jump line says where it goes on is no candidate)."""
        recent = [a for a in arts[-_MAX_OPEN:] if a is not current and a.body_lines and not jumps.continues(a)]
        vocab = [_vocab(a, cache) for a in recent]
        open_arts = [(a, v) for a, v in zip(recent, vocab, strict=True) if v.open]
        if not open_arts:
            return current
        open_arts.append((current, _vocab(current, cache)))
        frag = _fragment_bigrams(block, cache.parts)
        # only the fragment's bigrams count, so their document frequencies are all we need;
        # an article sharing none scores below 1 and cannot beat ``current``
        shared = [(a, v, frag & v.bigrams(cache.parts)) for a, v in open_arts]
        df: Counter[int] = Counter()
        for _, _, bg in shared:
            df.update(bg)

        weight = {b: 1.0 / n for b, n in df.items()}

        def score(v: _Vocab, bg: set[int]) -> float:
            return sum(map(weight.__getitem__, bg)) + 0.01 * math.log1p(len(v.bigrams(cache.parts)))

        s_current = score(*shared[-1][1:])
        best, s_best = current, s_current
        for a, v, bg in shared[:-1]:
            if bg:
                s = score(v, bg)
                if s > s_best:
                    best, s_best = a, s
        return best if s_best > s_current + 1.0 else current


_MAX_OPEN = 24  # how many recent articles a headless fragment may continue


class _Jumps:
    """The articles cut off by a jump line (下转第二版) that wait for their continuation,
    and the page each article starts on."""

    __slots__ = ("_jumped", "_text", "marks", "page", "pending")

    def __init__(self, marks: _Marks) -> None:
        self.marks = marks
        #: (article, the page it goes on, the page it stands on), in page order
        self.pending: list[tuple[ArticleDraft, int | None, int | None, Line]] = []
        self.page: dict[int, int | None] = {}
        self._jumped: set[int] = set()
        self._text: set[int] = set()

    def place(self, arts: Sequence[ArticleDraft], page: int | None) -> None:
        """Note the page of the article just started (the last of ``arts``)."""
        self.page.setdefault(id(arts[-1]), page)

    def continues(self, art: ArticleDraft) -> bool:
        """Whether ``art`` goes on elsewhere, where a jump line says (no fragment joins it by words)."""
        return id(art) in self._jumped

    def has_text(self, art: ArticleDraft) -> bool:
        """Whether ``art`` holds a line of report text (not only a byline or a short line)."""
        return id(art) in self._text

    def extend(
        self, art: ArticleDraft, lines: Sequence[Line], start: int, end: int, after: Line | None = None
    ) -> None:
        """Give ``lines[start:end]`` to ``art``, noting the jumps out among them; a continuation
        goes right ``after`` the line it was cut from (a caption under that line stays after it)."""
        block = lines[start:end]
        body = art.body_lines
        at = len(body)
        if after is not None:
            at = next((k + 1 for k in range(len(body) - 1, max(-1, len(body) - 1 - _MAX_OPEN), -1)
                       if body[k] is after), at)
        body[at:at] = block
        if id(art) not in self._text and any(len(ln.text) >= 20 for ln in block):
            self._text.add(id(art))
        out = self.marks.jump_out
        if out:
            for k in range(start, end):
                if k in out:
                    self.pending.append((art, out[k], self.page.get(id(art)), lines[k]))
                    self._jumped.add(id(art))
                    if len(self.pending) > _MAX_OPEN:
                        # a jump left waiting this long finds no continuation any more
                        gone = self.pending.pop(0)[0]
                        if all(a is not gone for a, *_ in self.pending):
                            self._jumped.discard(id(gone))

    def target(self, lines: Sequence[Line], i: int, cache: _VocabCache) -> tuple[ArticleDraft, Line] | None:
        """The article the continuation at ``lines[i]`` (上接第一版) came from: one cut off by a
        jump to this page from that page; among several, the one sharing most words."""
        if not self.pending:
            return None
        here = self.marks.page[i]
        source = self.marks.jump_in[i]
        cands = [
            (k, a) for k, (a, to, on, _) in enumerate(self.pending)
            if (to is None or here is None or to == here) and (source is None or on is None or on == source)
        ] or list(enumerate(a for a, *_ in self.pending))
        if len(cands) > 1:
            frag = _fragment_bigrams(lines[i : i + 3], cache.parts)
            best = max(cands, key=lambda c: (len(frag & _vocab(c[1], cache).bigrams(cache.parts)), -c[0]))
        else:
            best = cands[0]
        line = self.pending.pop(best[0])[3]
        art = best[1]
        if all(a is not art for a, *_ in self.pending):
            self._jumped.discard(id(art))
        return art, line


class _Vocab:
    """What a headless fragment is matched against, for one article at one length: whether
    it is cut off mid-sentence, and (on demand) the bigrams of its title, head and tail."""

    __slots__ = ("_bigrams", "article", "n", "open")

    def __init__(self, a: ArticleDraft) -> None:
        self.article = a
        self.n = len(a.body_lines)
        last = a.body_lines[-1].text if a.body_lines else ""
        self.open = not is_terminal(last) and not CLOSING_BYLINE.match(last)
        self._bigrams: set[int] | None = None

    def bigrams(self, parts_cache: dict[str, tuple[str, set[int]]]) -> set[int]:
        """``_bigrams`` of the title and the head and tail lines joined (as ``_pair_codes``),
        from each part's cached pairs and the pairs across the joins."""
        if self._bigrams is None:
            a = self.article
            lines = a.body_lines if len(a.body_lines) <= 5 else [*a.body_lines[:2], *a.body_lines[-3:]]
            self._bigrams = _joined_bigrams([a.title.text if a.title else "", *(ln.text for ln in lines)], parts_cache)
        return self._bigrams


def _joined_bigrams(parts: Sequence[str], cache: dict[str, tuple[str, set[int]]]) -> set[int]:
    """``_bigrams("".join(parts))`` as ``_pair_codes``, from each part's cached pairs and the
    pairs across the joins.

    >>> _joined_bigrams(["县委", "，书记"], {}) == _pair_codes("县委书记")
    True
    """
    got = []
    for p in parts:
        hit = cache.get(p)
        if hit is None:
            hit = cache[p] = _han_pairs(p)
        got.append(hit)
    out: set[int] = set().union(*(bg for _, bg in got))
    prev = ""
    for han, _ in got:
        if han:
            if prev:
                out |= _pair_codes(prev[-1] + han[0])
            prev = han
    return out


def _fragment_bigrams(lines: Sequence[Line], cache: dict[str, tuple[str, set[int]]]) -> set[int]:
    """``_bigrams("".join(ln.text for ln in lines[:3])[:400])`` as ``_pair_codes``: what a
    fragment is matched by, from the cached pairs of its lines (which later stand in an
    article's vocabulary)."""
    parts = []
    room = 400
    for ln in lines[:3]:
        if len(ln.text) > room:
            parts.append(ln.text[:room])
            break
        parts.append(ln.text)
        room -= len(ln.text)
    return _joined_bigrams(parts, cache)


class _VocabCache:
    """Per-article vocabularies, rebuilt when an article grows, and per-line bigrams."""

    __slots__ = ("parts", "vocab")

    def __init__(self) -> None:
        self.vocab: dict[int, _Vocab] = {}
        self.parts: dict[str, tuple[str, set[int]]] = {}


def _vocab(a: ArticleDraft, cache: _VocabCache) -> _Vocab:
    # an article grows by whole lines while segmenting: cache per article by its line count
    got = cache.vocab.get(id(a))
    if got is None or got.n != len(a.body_lines):
        got = cache.vocab[id(a)] = _Vocab(a)
    return got


def _holes_in(span: Span, starts: list[int], ends: list[int]) -> list[Span]:
    k = bisect.bisect_right(ends, span.start)
    out = []
    while k < len(starts) and starts[k] < span.end:
        out.append(Span(starts[k], ends[k]))
        k += 1
    return out


def _trim_spans(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for sp in spans:
        s, e = sp.start, sp.end
        while s < e and text[s] in " \t\u3000":
            s += 1
        while e > s and text[e - 1] in " \t\u3000":
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return out


#: consecutive line joins with less than this many characters between them are one repair,
#: as a diff makes one hunk of changes that stand close together (a page broken after every
#: character or two gets a repair per run of such lines, not one per line break)
_JOIN_HUNK = 8


#: pieces (and join hunks) a paragraph keeps in lists; past this many, in arrays of machine
#: integers (a paragraph can be joined from 10^6 lines)
_PACK_AT = 4096


class _Pieces:
    """The pieces of the paragraph being built and the line joins made in it, merged into
    hunks (the paragraph stage appends to the lists itself, in its loop)."""

    __slots__ = ("bases", "ends", "hunks", "length")

    def __init__(self) -> None:
        self.bases: list[int] | array[int] = []
        self.ends: list[int] | array[int] = []
        #: the paragraph's length so far
        self.length = 0
        #: the joins: span start, span end, and the stretch of the paragraph text between
        #: them (empty for a single break), four numbers a join
        self.hunks: list[int] | array[int] = []

    def pack(self) -> None:
        """Keep the offsets in arrays of machine integers from now on (a paragraph can be
        joined from 10^6 lines)."""
        self.bases, self.ends, self.hunks = array("q", self.bases), array("q", self.ends), array("q", self.hunks)

    def repairs(self, text: str, para: str) -> Iterable[Repair]:
        h = self.hunks
        for k in range(0, len(h), 4):
            s, e, a, b = h[k], h[k + 1], h[k + 2], h[k + 3]
            yield make_repair("line_join", Span(s, e), text[s:e], para[a:b], "structure.broken_line")


def _line_bounds(state: ParseState, body: Sequence[Line]) -> Iterator[tuple[int, int, int]]:
    """Each body line's index, start and end, read in C: a long page's from its columns,
    without a record."""
    if not isinstance(body, LineList):
        return map(_BOUNDS, body)
    _, starts, ends = columns(state.lines)
    at = body.indexes
    return zip(at, map(starts.__getitem__, at), map(ends.__getitem__, at), strict=True)


_BOUNDS = operator.attrgetter("index", "span.start", "span.end")


class ParagraphStage:
    """Builds paragraphs from body lines: claimed and noise spans left out, broken lines joined,
    exact duplicates set apart as noise."""

    name = "paragraphs"

    def run(self, state: ParseState) -> None:
        text = state.text
        # the noise as it stands before this stage sets duplicates apart, merged once for the
        # page (not once per article: a page can hold 10^3 articles and 10^4 noise spans)
        n_starts, n_ends = state.merged_noise()
        n_count = len(n_starts)
        seen: set[str] = set()
        repairs = state.repairs
        stop_or_space = _TERMINAL_LAST | _WHITESPACE
        flush = self._flush
        right = bisect.bisect_right
        for art in state.articles:
            heads = {ln.index for ln in art.heading_lines}
            c_starts, c_ends = merge_spans(art.claimed)
            c_count = len(c_starts)
            current = _Pieces()
            bases, ends, hunks = current.bases, current.ends, current.hunks
            # the last piece of the paragraph (``last_e`` < 0: none yet); offsets are ints
            # here, and a span is made only where one is kept (a page can hold 10^6 lines)
            last_s = last_e = -1
            for k, ls, le_ in _line_bounds(state, art.body_lines):
                if heads and k in heads:
                    flush(state, art, current, seen)
                    current, last_e = _Pieces(), -1
                    bases, ends, hunks = current.bases, current.ends, current.hunks
                    continue
                pieces: list[Span] | None = None
                # whether the line shares a character with the merged noise or the claims (one
                # binary search each: ``overlaps_merged``)
                if (n_count and (j := right(n_ends, ls)) < n_count and n_starts[j] < le_) or (
                    c_count and (j := right(c_ends, ls)) < c_count and c_starts[j] < le_
                ):
                    # a line's span is already trimmed: only a line with holes needs cutting
                    span = Span(ls, le_)
                    holes = _holes_in(span, n_starts, n_ends) + _holes_in(span, c_starts, c_ends)
                    pieces = _trim_spans(text, subtract_spans(span, holes))
                    if not pieces:
                        continue
                    fs, fe = pieces[0].start, pieces[0].end
                else:
                    fs, fe = ls, le_
                if last_e >= 0:
                    le = last_e
                    # a sentence ends in one of ``_TERMINAL_LAST`` or before trailing space:
                    # only then is the full test needed
                    c = text[le - 1] if le > last_s else " "
                    if (c in stop_or_space and is_terminal(text[last_s:le])) or not _may_join(
                        text, last_s, le, fs, fe
                    ):
                        flush(state, art, current, seen)
                        current = _Pieces()
                        bases, ends, hunks = current.bases, current.ends, current.hunks
                    else:
                        gap = text[le:fs]
                        if gap != "\n" and gap.strip():
                            # a fragment continued from further down the page
                            repairs.append(
                                Repair(kind="stitch", span=Span(fs, fe), before="", after="", rule="structure.fragment")
                            )
                        elif hunks and hunks[-3] == bases[-1] and le - hunks[-3] < _JOIN_HUNK and ends[-1] == le:
                            # the last piece runs from the last join's end to this one and is
                            # short: this join joins that hunk
                            hunks[-3] = fs
                            hunks[-1] = current.length
                        else:
                            hunks.extend((le, fs, current.length, current.length))
                # the line's pieces are the paragraph's next
                if pieces is None:
                    bases.append(ls)
                    ends.append(le_)
                    current.length += le_ - ls
                    last_s, last_e = ls, le_
                else:
                    for p in pieces:
                        bases.append(p.start)
                        ends.append(p.end)
                        current.length += p.end - p.start
                    last_s, last_e = pieces[-1].start, pieces[-1].end
                if len(bases) == _PACK_AT:
                    # hunks hold four numbers a join, at most a join a piece: packed with them
                    current.pack()
                    bases, ends, hunks = current.bases, current.ends, current.hunks
            flush(state, art, current, seen)

    @staticmethod
    def _flush(state: ParseState, art: ArticleDraft, pieces: _Pieces, seen: set[str]) -> None:
        if not pieces.bases:
            return
        para = Stitched.from_bounds(state.text, pieces.bases, pieces.ends)
        if pieces.hunks:
            state.repairs.extend(pieces.repairs(state.text, para.text))
        if not para.text.strip():
            return
        key = "".join(para.text.split())
        if len(key) >= 8 and key in seen:
            for a, b in zip(pieces.bases, pieces.ends, strict=True):
                state.add_noise("duplicate", Span(a, b), "structure.duplicate_paragraph")
            return
        seen.add(key)
        art.paragraphs.append(para)
