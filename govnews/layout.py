"""Page layout: each line judged once, by its shape, and the head of the article found.

Text extractors for HTML judge blocks by length, stop-word density and link density,
then revise short blocks by their neighbours (jusText). Plain text has no links, but the
same idea holds with other signals, computed once per line in :func:`line_features`:

- **prose**: enough Chinese characters, sentence punctuation, and function words
  (的 了 在 是 和 …) at the density of running text;
- **chrome shape**: several short items set apart by separators (``|``, ``>``, ``»``,
  ``/``) or by runs of spaces, with no sentence punctuation — navigation rows,
  breadcrumbs, tool bars;
- **title-like**: short, no closing punctuation (:func:`govnews.segment.is_titleish`).

:class:`LayoutStage` then reads the page as a whole. The article's head is the
headline-like line nearest *before* its first run of prose (or its first publication
line): that is the title, an adjacent banner line above it is an overline
(``columns``), and the lines above that which are not prose are page chrome (site
names, navigation, search boxes, welcome banners). Chrome-shaped lines anywhere are
chrome too. Every verdict is a noise span whose rule says which judgement made it, and
:func:`explain` shows a line's features and verdict.

>>> from govnews import parse
>>> page = ("某某县人民政府\\n要闻 | 乡镇动态 | 部门动态 | 专题专栏\\n"
...         "县里召开秋粮收购工作会议\\n"
...         "10月14日，县里召开秋粮收购工作会议，部署今年的收购工作。会议要求，各乡镇要做好服务。\\n"
...         "会议指出，要严格执行国家收购政策，守住农民种粮卖得出的底线。")
>>> doc = parse(page)
>>> doc.articles[0].title.text
'县里召开秋粮收购工作会议'
>>> [(n.text, n.rule) for n in doc.noise]
[('某某县人民政府', 'layout.page_head'), ('要闻 | 乡镇动态 | 部门动态 | 专题专栏', 'layout.nav_row')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple, Protocol

import attrs
import regex

from govnews.bylines import ROLES
from govnews.core import Span
from govnews.datelines import opens_with_dateline
from govnews.lines import wrap_width, wrapped
from govnews.segment import clean_title, is_terminal, is_titleish, runs_on
from govnews.state import Line, NoiseDraft, ParseState, columns, index_array, texts_of

__all__ = ["LayoutStage", "LineFeatures", "explain", "line_features"]

#: the most frequent function words of running Chinese text (jusText's stop words)
FUNCTION_CHARS = frozenset("的了在是和与对为将把被也都就并等中着从向而及其这该以于由所要已")
_HAN = regex.compile(r"\p{Han}")
_INNER = regex.compile(r"[，,、；;。！？!?]")
# separators between the items of a navigation row or breadcrumb
_SEPARATOR = regex.compile(r"\s*(?:[|｜丨]|>>?|»|＞|›|→|(?<=\S)\s/\s(?=\S))\s*")
_SPACES = regex.compile(r"[ \t\u3000\u00a0]{2,}|(?<=\p{Han})[ \u3000](?=\p{Han})")
_SENTENCE = regex.compile(r"[。！？!?；;]")
# the same sets for the cheap tests of str methods
_HAN_RUN = regex.compile(r"\p{Han}+")
_FUNCTION_CHAR = re.compile("[" + "".join(sorted(FUNCTION_CHARS)) + "]")
_INNER_CHARS = "，,、；;。！？!?"
_SEPARATOR_CHARS = re.compile(r"[|｜丨>»＞›→/]")
_SPACE_CHARS = re.compile(r"[ \t\u3000\u00a0]")
# a line that opens with a role word or a credit (本报记者 X, 文/X 图/Y, 作者：X)
_BYLINE_LEAD = regex.compile(
    r"^[□■●◆▲★·•\s]*[（(【\[]?\s*(?:" + "|".join(sorted(ROLES, key=len, reverse=True))
    + r"|文[/／]图|图[/／]文|文字|文\s*[:：/／]|图\s*[:：/／]|来源\s*[:：]|原标题)"
)
# a caption under a picture: 图为…, ▲…, （资料图）
_CAPTION = regex.compile(r"^(?:图为|图片为|图[:：]|▲|△|（图|\(图)|(?:摄|供图|资料图[)）]?)$")
# a newspaper page label: 第A03版：要闻, 当前版:03版, A01 要闻, 04版　综合新闻
_PAGE_LABEL = regex.compile(
    r"^(?:当前版[:：]?\s*)?第?\s*[A-Za-z]?[0-9]{1,3}\s*版(?:\s*[:：]?\s*\p{Han}{0,8})?$"
    # the section in brackets, one level nested, or left empty: 第3版() 第5版(国内专页(教科文))
    r"|^第?\s*[A-Za-z]?[0-9]{1,3}\s*版\s*[(（][^()（）]{0,12}(?:[(（][^()（）]{0,8}[)）])?[^()（）]{0,4}[)）]$"
    r"|^[A-Z][0-9]{2}\s*(?:版\s*)?[:：]?\s*\p{Han}{2,8}$"
    # a label with the page's editors (04版　综合新闻　　责任编辑：田野　　版式设计：郑伟)
    r"|^(?:第\s*)?[A-Za-z]?[0-9]{1,3}\s*版\s*[:：]?\s*\p{Han}{0,8}(?:\s+\p{Han}{2,6}\s*[:：]\s*\p{Han}{2,4})+$"
    # a masthead ending in the label (2025年07月10日 某某日报 第2版：要闻)
    r"|^[^。，,；;！？]{2,40}\s第\s*[A-Za-z]?[0-9]{1,3}\s*版\s*[:：]?\s*\p{Han}{0,8}$"
)
# the number of an official document standing on its own line
_DOC_NUMBER_LINE = regex.compile(r"^\p{Han}{1,12}[〔\[［(（【]\s*[0-9]{4}\s*[〕\]］)）】]\s*[0-9]+\s*号$")
_PAGE_TOKEN = regex.compile(r"(?<![0-9A-Za-z])[A-Z]?[0-9]{1,3}\s*版")
# a full date with its weekday or lunar date: a masthead or a welcome banner, never a title
_DATE_WEEKDAY = regex.compile(r"[0-9]{1,2}\s*日\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]|农历")
# a label and a code or count (文章字数:1436, 编号：A-12): metadata, never a title
_LABEL_VALUE = regex.compile(r"^\p{Han}{2,6}\s*[:：]\s*[0-9A-Za-z.\-_/]+$")
# a date with its time, or a numeric date: a publication or page-date line, never a title
_DATE_TIME = regex.compile(
    r"(?:19|20)[0-9]{2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}|(?<![0-9])[0-2]?[0-9][:：][0-5][0-9](?![0-9])"
)
# a date-only line (a signature's date, a masthead date): 二〇二五年三月二十日, 2024年3月5日 星期二
_DATE_ONLY = regex.compile(
    r"^(?:[0-9〇零○一二三四五六七八九]{4}\s*年\s*)?[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日"
    r"\s*(?:[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?$"
)
# the end of an organisation's name (a notice's or bulletin's signature above its date)
_ORG_END = regex.compile(r"(?:局|队|办公室|政府|委员会|委|中心|办|厅|部|院|会|站|所|公司|集团)$")
# a dateline holds one of these (the cheap veto before the dateline parser)
_KIND = re.compile(r"[讯电]|消息")
# what a site or account name ends with (a name line above a title is chrome, not an overline)
_SITE_NAME = regex.compile(
    r"(?:网|网站|门户|频道|首页|客户端|APP|App|app|融媒|发布|政府|报|报刊|数字报|电子报|日报|晚报|新闻|在线|"
    r"中心|统计局|信息公开|专栏)$"
)

# the name of a column of briefs (要闻简报, 本地快讯, 新闻速递)
# a media-centre app's name (云上巴东, 掌上兴山, 指尖某某): a brand, never an overline
_APP_NAME = regex.compile(r"(?:云上|掌上|指尖|智慧)\p{Han}{2,3}")
_BRIEF_COLUMN = regex.compile(r"\p{Han}{0,6}(?:简报|简讯|快讯|速递|短波|集锦|速览)")
# a headline the layout picks holds this many Chinese characters at least
_TITLE_MIN_HAN = 6
# how many lines above the first content run are searched for the title
_MAX_HEAD = 8
# prose: at least this many Chinese characters, …
_PROSE_MIN_HAN = 15
# … and function words at least this share of them (running text is near 0.1 and above)
_PROSE_MIN_STOP = 0.04
# a navigation row: this many items at least, each at most this long
_NAV_MIN_ITEMS = 3
_NAV_MIN_SPACED_ITEMS = 4
_NAV_MAX_ITEM = 12


@attrs.frozen
class LineFeatures:
    """What the layout judgement reads of one line, computed once.

    >>> f = line_features("首页 | 政务公开 | 政务服务 | 互动交流")
    >>> f.chrome_shape, f.prose, f.items
    (True, False, 4)
    >>> line_features("会议指出，要严格执行国家收购政策，守住农民种粮卖得出的底线。").prose
    True
    """

    length: int
    han: int
    #: function words per Chinese character
    stop_share: float
    #: sentence-internal and final punctuation marks
    punct: int
    terminal: bool
    #: items a separator or a run of spaces sets apart (1: the line is one item)
    items: int
    prose: bool
    chrome_shape: bool
    titleish: bool
    byline_lead: bool
    caption: bool
    dateline: bool
    #: a page label (第A03版：要闻) or a date-only line
    page_label: bool
    date_only: bool


def _row_shape(text: str) -> tuple[int, bool]:
    """How many items a line holds, and whether it is shaped like a navigation row, a
    breadcrumb or a page navigation (the cheap part of :func:`line_features`)."""
    # a row under its own label (热门租赁：A | B | C, 友情链接：…) is judged by its items
    colon = max(text.find("：", 0, 9), text.find(":", 0, 9))
    if colon > 0 and _SEPARATOR_CHARS.search(text, colon) is not None:
        text = text[colon + 1 :].strip()
    # most lines hold no separator and no space: skip the splits
    parts = [p for p in _SEPARATOR.split(text) if p] if _SEPARATOR_CHARS.search(text) else [text]
    seps = len(parts)
    spaced = [p for p in _SPACES.split(text) if p] if _SPACE_CHARS.search(text) else [text]
    items = max(seps, len(spaced))
    if items < 2 and "版" not in text:
        return items, False
    short_items = all(len(p.strip()) <= _NAV_MAX_ITEM for p in (parts if seps >= len(spaced) else spaced))
    chrome_shape = short_items and _SENTENCE.search(text) is None and _BYLINE_LEAD.match(text) is None and (
        (seps >= _NAV_MIN_ITEMS and seps >= len(spaced))
        or (len(spaced) >= _NAV_MIN_SPACED_ITEMS and not any(c.isdigit() for c in text))
        # a page navigation row: several page labels (A01版：头版 A02版：要闻 …)
        or len(_PAGE_TOKEN.findall(text)) >= 2
        # a breadcrumb: two items or more set apart by > or »
        or (seps >= 2 and _CRUMB_SEP.search(text) is not None)
    )
    return items, chrome_shape


_CRUMB_SEP = regex.compile(r"[>»＞›→]")


def line_features(text: str) -> LineFeatures:
    """The features of one line (``text`` stripped of surrounding space).

    >>> f = line_features("本报讯（记者 张三）5月12日，全市新建学校12所，新增学位3000个。")
    >>> f.prose, f.dateline, f.titleish
    (True, True, False)
    >>> line_features("牡丹区特色种植带动3万余户增收").titleish
    True
    """
    return _features(text, _prose(text))


class _Prose(NamedTuple):
    """The features that say whether a line is running text: what the search for the first
    and the last line of text reads of most lines (the rest of :class:`LineFeatures` is
    computed only for the lines judged further)."""

    han: int
    stop: int
    punct: int
    terminal: bool
    dateline: bool
    prose: bool


class _ProseLike(Protocol):
    """What :class:`_Prose` and :class:`LineFeatures` both tell."""

    @property
    def han(self) -> int: ...
    @property
    def terminal(self) -> bool: ...
    @property
    def dateline(self) -> bool: ...
    @property
    def prose(self) -> bool: ...


def _prose(text: str) -> _Prose:
    han = sum(map(len, _HAN_RUN.findall(text)))
    stop = len(_FUNCTION_CHAR.findall(text))
    punct = sum(map(text.count, _INNER_CHARS))
    terminal = is_terminal(text)
    dateline = _KIND.search(text) is not None and opens_with_dateline(text)
    # running text: long, punctuated as sentences, and either dense in function words or
    # long and punctuated enough on its own (statistics and notices are sparse in them)
    prose = dateline or (
        han >= _PROSE_MIN_HAN
        and (terminal or punct >= 2)
        and (stop >= _PROSE_MIN_STOP * han or punct >= 3 or han >= 40)
    )
    return _Prose(han, stop, punct, terminal, dateline, prose)


def _features(text: str, p: _Prose) -> LineFeatures:
    """:func:`line_features` from the line's :class:`_Prose` part."""
    han = p.han
    items, chrome_shape = _row_shape(text)
    return LineFeatures(
        length=len(text),
        han=han,
        stop_share=round(p.stop / han, 3) if han else 0.0,
        punct=p.punct,
        terminal=p.terminal,
        items=items,
        prose=p.prose,
        chrome_shape=chrome_shape,
        titleish=(
            not chrome_shape
            # the length veto inside comes first: running text is never asked the rest
            and is_titleish(text, headline=True)
            and _LABEL_VALUE.match(text) is None
            and _DATE_TIME.search(text) is None
            and _DATE_WEEKDAY.search(text) is None
        ),
        byline_lead=_BYLINE_LEAD.match(text) is not None,
        caption=_CAPTION.search(text) is not None,
        dateline=p.dateline,
        page_label=_PAGE_LABEL.match(text) is not None,
        date_only=_DATE_ONLY.match(text) is not None,
    )


class LayoutStage:
    """Stage ``layout``: judges the content lines by their shape and finds the article head.

    Runs after the lexical noise rules and the publication lines, before segmentation,
    which takes the title and columns from ``state.head`` where it is set.
    """

    name = "layout"

    def run(self, state: ParseState) -> None:
        _contacts_inside(state)
        _card_names(state)
        lines = state.content_lines()
        if not lines:
            return
        feats = _LazyFeatures()
        # only a line holding a separator, inner space or 版 can be a row or a page label
        hot = state.lines_matching(_SHAPE_TRIGGER)
        keep: array[int] = array("q")
        # the noise as it stands now: the content lines are those it leaves (no set of them,
        # which costs on a page of 10^6 one-digit lines)
        n_starts, n_ends = state.merged_noise()
        # the trigger once matched from a line's end across the line break, so a label of a
        # letter and digits alone (A05要闻) was one only with text after it: kept so
        tail = len(state.text.rstrip())
        texts, starts, ends = columns(state.lines)
        # the lines are read by index from the page's columns: no record is made for a line
        # that no judgement takes (a page can hold 10^6 lines)
        # the shapes of short lines, each distinct text matched once (a page of 10^6
        # one-character lines holds a few dozen)
        short: dict[str, tuple[bool, bool]] = {}
        for k in index_array(lines):
            t = texts[k]
            if len(t) <= 16:
                shape = short.get(t)
                if shape is None:
                    shape = short[t] = (
                        len(t) <= 8 and _COUNTER.fullmatch(t) is not None, _VIEW_COUNT.fullmatch(t) is not None
                    )
                if shape[0] and _beside_noise(state.lines, k, n_starts, n_ends):
                    # a share or view counter standing beside its widget (举报 / 0 / 分享至)
                    state.add_noise("site_chrome", Span(starts[k], ends[k]), "layout.counter", 0.7)
                    continue
                if shape[1] and _under_noise(state.lines, k, n_starts, n_ends):
                    # a view count on a line of its own under the publication line (阅读 1.3万)
                    state.add_noise("metadata", Span(starts[k], ends[k]), "layout.view_count", 0.8)
                    continue
            if k in hot:
                items, chrome = _row_shape(t)
                if chrome and not _table_head(state.lines, state.lines[k], items):
                    state.add_noise("site_chrome", Span(starts[k], ends[k]), "layout.nav_row", 0.8)
                    continue
                if (
                    ("版" in t or ("A" <= t[0] <= "Z" and (ends[k] < tail or _IN_LINE.search(t))))
                    and _PAGE_LABEL.match(t)
                ):
                    state.add_noise("metadata", Span(starts[k], ends[k]), "layout.page_label", 0.9)
                    continue
            keep.append(k)
        lines = state.select(keep)
        listed = _headline_list(lines, feats)
        if listed:
            for k in listed:
                state.add_noise("site_chrome", lines[k].span, "layout.headline_list", 0.8)
            lines = state.select(k for i, k in enumerate(index_array(lines)) if i not in listed)
        at = _AtPosition(state, lines, feats)
        head = _find_head(state, lines, at)
        if head is not None:
            self._head(state, lines, at, *head)
        _tail_chrome(state, feats)

    @staticmethod
    def _head(state: ParseState, lines: Sequence[Line], feats: _AtPosition, t: int, cols: list[int]) -> None:
        state.head_title = lines[t].index
        state.head_columns = [lines[c].index for c in cols]
        first = cols[0] if cols else t
        if any(feats[k - 1].titleish and _near_content(lines[k].text, feats[k]) for k in range(1, t)) or any(
            _stronger_title(lines[k].text, feats[k], feats[t], lines[t].text) for k in range(first)
        ):
            # a title-like line and text under it stand above (another article comes first),
            # or a longer headline that is no site name: this is not the page's head; in doubt keep
            state.head_title, state.head_columns = None, []
            return
        for k in range(first):
            # a notice's own number above its title (某府发〔2024〕15号) is the notice's, unless it
            # is the value of a disclosure table's label on the line above (文号： / 某府发…)
            if not _DOC_NUMBER_LINE.match(lines[k].text) or _after_label(state.lines, lines[k]):
                state.add_noise("site_chrome", lines[k].span, "layout.page_head", 0.7)


# a bare count: what a share, like or view widget shows
_COUNTER = re.compile(r"[0-9]{1,6}(?:\.[0-9])?[万wW+]?")


_VIEW_COUNT = regex.compile(
    r"(?:阅读|浏览|点击|访问|播放|观看)(?:量|数|次数|人数)?[:：\s]*[（(]?[0-9]+(?:\.[0-9]+)?[万千wWkK]?\+?[次人]?[）)]?"
    r"|[0-9]+(?:\.[0-9]+)?[万千wWkK]?\+?\s*(?:次|人)?(?:阅读|浏览|播放|观看|看过)"
)


def _under_noise(lines: Sequence[Line], index: int, starts: list[int], ends: list[int]) -> bool:
    """Whether the nearest non-blank line above ``lines[index]`` is noise (``starts``/``ends``:
    the merged noise)."""
    above = _next_text_index(lines, index, -1)
    return above >= 0 and _covered_at(lines, above, starts, ends)


def _beside_noise(lines: Sequence[Line], index: int, starts: list[int], ends: list[int]) -> bool:
    """Whether the nearest non-blank lines above and below ``lines[index]`` are all noise
    (a section number ``01`` has its heading below it); ``starts``/``ends``: the merged noise
    (a line is content unless one noise span covers it wholly, as in ``content_lines``)."""
    return all(
        near < 0 or _covered_at(lines, near, starts, ends)
        for near in (_next_text_index(lines, index, -1), _next_text_index(lines, index, 1))
    )


def _covered_at(lines: Sequence[Line], k: int, starts: list[int], ends: list[int]) -> bool:
    """Whether one span of the merged noise ``starts``/``ends`` covers ``lines[k]`` wholly
    (read from the page's columns: no record is made)."""
    if not starts:
        return False
    _, l_starts, l_ends = columns(lines)
    j = bisect.bisect_right(starts, l_starts[k]) - 1
    return j >= 0 and l_ends[k] <= ends[j]


# what every chrome-shaped row or page label holds (stdlib ``re``: one fast scan of the page):
# a separator, 版, space between two characters of one line, or a label's letter and digits
# (A01 要闻); ``\s`` without the line break, or every line but the last would match. That is
# ``[|｜丨>»＞›→/版]|\S[^\S\n]+\S|[A-Z][0-9]``, written to open with one set of characters (the
# space match starting at the space, on the same line), so that ``re`` skips to the next
# candidate character instead of trying three alternatives at every character of the page
_SHAPE_TRIGGER = re.compile(
    r"[|｜丨>»＞›→/版A-Z\s](?:(?<=[|｜丨>»＞›→/版])|(?<=[A-Z])[0-9]|(?<=\S[^\S\n])[^\S\n]*\S)"
)
_IN_LINE = re.compile(r"[|｜丨>»＞›→/版]|\S\s+\S")


class _LazyFeatures:
    """Each line's features, computed when a judgement first asks for them (most lines of a
    long page lie between the head and the tail, where no judgement looks).

    Features depend on a line's text alone, so they are kept by text: lines that repeat
    (a page of 10^6 one-character lines holds a few dozen distinct ones) share one record.
    Where only the prose features are asked for (:meth:`prose`), only they are computed.

    >>> feats = _LazyFeatures()
    >>> from govnews.core import Span
    >>> feats("本") is feats("本"), len(feats)
    (True, 1)
    """

    __slots__ = ("_cache", "_prose")

    def __init__(self) -> None:
        self._cache: dict[str, LineFeatures] = {}
        self._prose: dict[str, _Prose] = {}

    def __call__(self, text: str) -> LineFeatures:
        got = self._cache.get(text)
        if got is None:
            p = self._prose.get(text)
            got = self._cache[text] = line_features(text) if p is None else _features(text, p)
        return got

    def prose(self, text: str) -> _ProseLike:
        """The prose features of a line's ``text`` (from its full record where that is known)."""
        got = self._cache.get(text)
        if got is not None:
            return got
        p = self._prose.get(text)
        if p is None:
            p = self._prose[text] = _prose(text)
        return p

    def __len__(self) -> int:
        return len(self._cache)


class _AtPosition:
    """The text and the features of ``lines[k]``, by position (read from the page's columns:
    no line record is made)."""

    __slots__ = ("_at", "_feats", "_texts")

    def __init__(self, state: ParseState, lines: Sequence[Line], feats: _LazyFeatures) -> None:
        self._at, self._texts, self._feats = index_array(lines), columns(state.lines)[0], feats

    def text(self, k: int) -> str:
        return self._texts[self._at[k]]

    def where(self, keep: Callable[[str], bool], *, backwards: bool = False) -> Iterator[int]:
        """The positions whose text ``keep`` is true of, in order (or from the end); ``keep``
        is asked once per distinct text (a page of 10^6 short lines holds few), and only as
        far as the caller reads."""
        texts, at = self._texts, self._at
        flags: dict[str, bool] = {}
        for k in range(len(at) - 1, -1, -1) if backwards else range(len(at)):
            t = texts[at[k]]
            flag = flags.get(t)
            if flag is None:
                flag = flags[t] = keep(t)
            if flag:
                yield k

    def __getitem__(self, k: int) -> LineFeatures:
        return self._feats(self._texts[self._at[k]])

    def prose(self, k: int) -> _ProseLike:
        return self._feats.prose(self._texts[self._at[k]])

    def prose_of(self, text: str) -> _ProseLike:
        return self._feats.prose(text)

    def __len__(self) -> int:
        return len(self._at)


def _tail_chrome(state: ParseState, feats: _LazyFeatures) -> None:
    """Below the page's last prose line, a run of lines with noise (or the page's end) on
    both sides is chrome too: link lists, comment widgets, app prompts between footers.

    In doubt keep: a run holding a date line (a signature), a byline or an attachment
    list stays, and so does everything above the last prose line.
    """
    content = state.content_lines()
    at = index_array(content)
    lines = state.lines
    # the last line of text, looked for from the page's end
    texts = columns(lines)[0]
    last_prose = next(
        _AtPosition(state, content, feats).where(lambda t: _is_text_line(t, feats), backwards=True), None
    )
    if last_prose is None:
        return
    # only the lines below the last prose line are judged (``Line.index`` is the position in
    # ``state.lines``): no set or scan of the whole page
    kept = set(at[last_prose + 1 :])
    nonblank = [lines[k] for k in range(at[last_prose] + 1, len(texts)) if texts[k]]
    run: list[Line] = []
    above_noise = False
    for ln in [*nonblank, None]:
        if ln is not None and ln.index in kept:
            run.append(ln)
            continue
        # ``ln`` is noise (or the page's end): a run with noise above it is chrome
        if run and above_noise and not any(_keeps_tail(r.text, feats(r.text)) for r in run):
            for r in run:
                state.add_noise("recommendations", r.span, "layout.tail_between_chrome", 0.7)
        above_noise = ln is not None or above_noise
        run = []
        if ln is not None:
            above_noise = True


# what keeps a run of tail lines: an attachment list, a contact line of a notice
_KEEP_TAIL = regex.compile(r"^(?:附件|联系人|联系电话|抄送|印发)")


def _keeps_tail(text: str, f: LineFeatures) -> bool:
    return _text_line(text, f) or f.date_only or f.byline_lead or _KEEP_TAIL.match(text) is not None


def _stronger_title(text: str, f: LineFeatures, title: LineFeatures, title_text: str) -> bool:
    """A line above the chosen title that reads as a better headline: longer, and no site name.
    A copy of the title between site names or tags (a browser title: ``某某网-标题_某某网``,
    ``【标签】标题_关键词``) is none."""
    if not (f.titleish and f.han >= 12 and f.han > title.han and _NOT_HEADLINE.search(text) is None):
        return False
    cleaned = clean_title(text)
    # a copy of the title with tags or a site name around it is no other headline
    return _SITE_NAME.search(cleaned) is None and clean_title(title_text) not in cleaned


# what a headline seldom holds but prompts and site slogans do: list commas, Latin words, ——
_NOT_HEADLINE = regex.compile(r"[，,、]|——|[A-Za-z]{2,}")


def _is_text_line(text: str, feats: _LazyFeatures) -> bool:
    """``_text_line`` of a line's text, with its full features computed only where a full
    sentence (``_sentence``) needs its title test."""
    p = feats.prose(text)
    if p.prose and (p.terminal or p.dateline):
        return True
    return p.han >= 8 and text.endswith(_STOPS) and _sentence(text, feats(text))


def _text_line(text: str, f: LineFeatures) -> bool:
    """Prose that ends a sentence, or a full sentence however short: what the tail of a page
    never takes (a click-bait headline is punctuated like prose but ends on no stop)."""
    return (f.prose and (f.terminal or f.dateline)) or _sentence(text, f)


def _near_content(text: str, f: LineFeatures) -> bool:
    """A line that reads as text, not chrome: prose, a full sentence, or a longer line with a
    comma or a full stop (a sentence cut off at a line break)."""
    return f.prose or _sentence(text, f) or (f.han >= 12 and _CLAUSE.search(text) is not None)


_CLAUSE = regex.compile(r"[，,；;。]")


def _anchor(lines: Sequence[Line], feats: _AtPosition) -> int | None:
    """The position (in ``lines``) of the first content run: the first dateline, the first
    prose line followed by more prose (or long on its own), or the first full sentence."""
    n = len(lines)

    def may_anchor(text: str) -> bool:
        p = feats.prose_of(text)
        return p.dateline or p.prose or (p.han >= 8 and text.endswith(_STOPS))

    # only a dateline, a prose line or a sentence can anchor the run
    for k in feats.where(may_anchor):
        p = feats.prose(k)
        if p.dateline or (p.prose and (p.han >= 40 or (k + 1 < n and feats.prose(k + 1).prose))):
            return k
        # a full sentence needs the title test: only a line ending with a stop is asked
        if p.han >= 8 and feats.text(k).endswith(_STOPS) and _sentence(feats.text(k), feats[k]):
            return k
    return None


def _sentence(text: str, f: LineFeatures) -> bool:
    """A line that is one full sentence of text (ends with 。), however short."""
    return f.han >= 8 and not f.titleish and text.endswith(_STOPS)


_STOPS = ("。", "。”", "。」")


def _find_head(state: ParseState, lines: Sequence[Line], feats: _AtPosition) -> tuple[int, list[int]] | None:
    """The title's and overline's positions in ``lines``: the title-like line nearest above
    the first content run, past bylines, captions, a subtitle and a signature."""
    anchor = _anchor(lines, feats)
    if anchor is None or anchor == 0:
        return None
    # a hard-wrapped page: a line as wide as the column that ends no sentence runs on into
    # the next one, and is never a headline (the width is measured when a candidate asks)
    width: list[int | None] = []
    candidates: list[int] = []
    signature = False
    for k in range(anchor - 1, max(-1, anchor - 1 - _MAX_HEAD), -1):
        f = feats[k]
        text = lines[k].text
        if f.prose:
            break  # body text above: the head is not above it
        if f.date_only:
            signature = True  # a signature's date: the names above it sign the text
            continue
        if signature and _ORG_END.search(text):
            continue
        signature = False
        if f.byline_lead or f.caption or text.startswith(("——", "--", "—")) or f.han < 2:
            continue
        if f.titleish and f.han >= _TITLE_MIN_HAN and not runs_on(
            text, lines[k + 1].text, lines[k + 2].text if k + 2 < len(lines) else None
        ):
            if not width:
                width.append(wrap_width([ln.text for ln in lines[anchor : anchor + 16]]))
            if wrapped(text, width[0]):
                continue
            if k > 0 and _source_line(state, lines[k], f) and feats[k - 1].titleish:
                # an account's or outlet's name between the headline and its date line
                # (兴山县融媒体中心 / 2025-07-08 16:20): the publication line's source
                state.add_noise("metadata", lines[k].span, "layout.source_line", 0.8)
                continue
            candidates.append(k)
    if not candidates:
        return None
    title = candidates[0]
    cols: list[int] = []
    if title > 0 and _overline(state, lines[title - 1], lines[title], feats[title - 1]):
        cols.append(title - 1)
    return title, cols


def _headline_list(lines: Sequence[Line], feats: _LazyFeatures) -> set[int]:
    """Positions in ``lines`` of a list of the page's headlines (an e-paper's 本版导航): two
    title-like lines in a row or more, each of which stands again further down the page, the
    copies apart from each other (each heads its own article). A page saved twice repeats
    its title and subtitle side by side, and is no such list.

    >>> from govnews.lines import split_lines
    >>> page = "本版导航\\n东城区秋收秋种两不误\\n西城区新建社区食堂12家\\n东城区秋收秋种两不误\\n"
    >>> page += "本报讯 眼下，全区玉米进入收获期。\\n西城区新建社区食堂12家\\n本报讯 社区食堂开业。"
    >>> sorted(_headline_list([ln for ln in split_lines(page) if ln.text], _LazyFeatures()))
    [1, 2]
    """
    # a headline holds four characters at least: shorter lines are not counted
    texts = texts_of(lines)
    counts = Counter(t for t in texts if 4 <= len(t) <= 42)
    repeated = {t for t, c in counts.items() if c >= 2}
    if not repeated:
        return set()
    where: dict[str, list[int]] = {}
    for k, t in enumerate(texts):
        if t in repeated:
            where.setdefault(t, []).append(k)
    # the next copy of each line that has one further down, if it reads as a title
    nxt: dict[int, int] = {}
    for ks in where.values():
        if feats(lines[ks[0]].text).titleish:
            for a, b in itertools.pairwise(ks):
                nxt[a] = b
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if k not in nxt:
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and j + 1 in nxt and abs(nxt[j + 1] - nxt[j]) > 1:
            j += 1
        if j > k and all(nxt[i] > j for i in range(k, j + 1)):
            out.update(range(k, j + 1))
        k = j + 1
    return out


def _contacts_inside(state: ParseState) -> None:
    """Contact lines that the lexicon took for a footer but that stand inside the text (a
    notice's ``联系人：… 联系电话：…`` above its attachments and signature) are content again:
    text stands right above them and text goes on below, down to a sentence, a signature's
    date or an attachment line.

    >>> import govnews
    >>> page = "关于开展参保缴费工作的通知\\n各乡镇：\\n现将有关事项通知如下，请认真贯彻落实。\\n"
    >>> page += "联系人：韦明亮  联系电话：0772-7212345\\n附件：参保缴费明细表\\n县医疗保障局\\n2025年8月29日"
    >>> [n.text for n in govnews.parse(page).noise]
    []
    >>> [n.rule for n in govnews.parse(page.replace("附件", "主办单位")).noise][:1]
    ['footer.contact']
    """
    lines = state.lines
    back = []
    for n, k in _whole_line_noise(state, "footer.contact"):
        above = _next_text_line(lines, k, -1)
        if above is None or state.overlaps_noise(above.span) or not _CLAUSE.search(above.text):
            continue
        j, seen = k, 0
        while seen < 4:
            nxt = _next_text_line(lines, j, 1)
            if nxt is None or state.overlaps_noise(nxt.span):
                break
            t = nxt.text
            if t.startswith("附件") or _DATE_ONLY.match(t) or (len(t) >= 8 and t[-1] in "。！？；"):
                back.append(n)
                break
            j, seen = nxt.index, seen + 1
    state.withdraw_noise(back)


def _table_head(lines: Sequence[Line], line: Line, items: int) -> bool:
    """Whether ``line``, shaped like a row of links, heads a table: the line under it holds
    as many cells set apart by spaces, and digits (序号  责任区域  责任人  联系电话 / 1  城关镇 …).

    >>> from govnews.lines import split_lines
    >>> ls = split_lines("序号  责任区域  责任人  联系电话\\n1  城关镇  王建国  13907451234")
    >>> nav = split_lines("首页  新闻  政务  服务")
    >>> _table_head(ls, ls[0], 4), _table_head(nav, nav[0], 4)
    (True, False)
    """
    nxt = _next_text_line(lines, line.index, 1)
    if nxt is None or not any(c.isdigit() for c in nxt.text):
        return False
    cells = [p for p in _SPACES.split(nxt.text) if p]
    return len(cells) >= items >= 3


def _after_label(lines: Sequence[Line], line: Line) -> bool:
    """Whether the line above ``line`` is a field's label alone (``文号：``): ``line`` is its value."""
    above = _next_text_line(lines, line.index, -1)
    return above is not None and len(above.text) <= 12 and above.text[-1] in ":："


def _card_names(state: ParseState) -> None:
    """The account's name on the line right above a source card's description (``宜都融媒.`` /
    ``宜都市融媒体中心官方账号``) is the card's too."""
    lines = state.lines
    for _, k in _whole_line_noise(state, "social_prompt.source_card"):
        if k == 0:
            continue
        above = lines[k - 1]  # right above: no blank line between
        t = above.text
        if t and len(t) <= 16 and not _CLAUSE.search(t) and not state.overlaps_noise(above.span):
            state.add_noise("social_prompt", above.span, "layout.card_name", 0.8)


def _whole_line_noise(state: ParseState, rule: str) -> list[tuple[NoiseDraft, int]]:
    """The noise records of ``rule`` that cover a whole line, each with that line's index."""
    out = []
    for n in state.noise:
        if n.rule == rule:
            k = state.line_at(n.span.start)
            if k >= 0 and state.lines[k].span == n.span:
                out.append((n, k))
    return out


def _next_text_line(lines: Sequence[Line], k: int, step: int) -> Line | None:
    """The nearest non-blank line above (``step=-1``) or below (``step=1``) ``lines[k]``."""
    k = _next_text_index(lines, k, step)
    return lines[k] if k >= 0 else None


def _next_text_index(lines: Sequence[Line], k: int, step: int) -> int:
    """The index of :func:`_next_text_line` (-1 for none), found without making records."""
    texts = columns(lines)[0]
    n = len(texts)
    k += step
    while 0 <= k < n and not texts[k]:
        k += step
    return k if 0 <= k < n else -1


def _source_line(state: ParseState, line: Line, f: LineFeatures) -> bool:
    """Whether ``line`` names an outlet or account (``某某县融媒体中心``, ``云上某某``) and
    stands right above a publication line (only blank lines between).

    >>> import govnews
    >>> doc = govnews.parse("县里“小网格”撬动基层治理“大能量”\\n兴山县融媒体中心\\n2025-07-08 16:20\\n"
    ...                     "近年来，兴山县把全县划分为412个网格，推动服务力量下沉一线。")
    >>> doc.articles[0].title.text, [n.text for n in doc.noise]
    ('县里“小网格”撬动基层治理“大能量”', ['兴山县融媒体中心', '2025-07-08 16:20'])
    """
    if f.han > 12 or f.punct or _SITE_NAME.search(clean_title(line.text)) is None:
        return False
    lines = state.lines
    k = line.index + 1
    while k < len(lines) and not lines[k].text:
        k += 1
    if k >= len(lines):
        return False
    nxt = lines[k].span
    return any(h.span.start <= nxt.start < h.span.end for h in state.published)


def _overline(state: ParseState, line: Line, title: Line, f: LineFeatures) -> bool:
    """Whether ``line``, right above the title, is an overline (引题) rather than chrome."""
    if not f.titleish or f.chrome_shape or f.byline_lead or f.caption or _near_content(line.text, f):
        return False
    if _BRIEF_COLUMN.fullmatch(clean_title(line.text)):
        return True  # a column of briefs names itself above its date line: 要闻简报, 本地快讯
    # physically adjacent: no other line (noise included) stands between
    between = state.text[line.span.end : title.span.start]
    if between.count("\n") > 1 and between.strip():
        return False
    if any(n.span.start >= line.span.end and n.span.end <= title.span.start for n in state.noise):
        return False
    t = clean_title(line.text)
    if _SITE_NAME.search(t) is None and _APP_NAME.fullmatch(t) is None and f.han <= 24:
        return True
    # a section banner that repeats its page label's section (04版　综合新闻 … 综合新闻)
    return any(n.rule == "layout.page_label" and t in state.text[n.span.start : n.span.end] for n in state.noise)


def explain(text: str) -> list[tuple[str, LineFeatures]]:
    """Each non-blank line of ``text`` with its features: why the layout judged it so.

    >>> for line, f in explain("首页 > 新闻中心 > 正文\\n县里召开会议"):
    ...     print(line, f.chrome_shape, f.titleish)
    首页 > 新闻中心 > 正文 True False
    县里召开会议 False True
    """
    out = []
    for raw in text.splitlines():
        t = raw.strip()
        if t:
            out.append((t, line_features(t)))
    return out

