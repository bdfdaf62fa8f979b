"""HTML pages: the page's text, line by line, with the DOM as evidence, and spans back into the HTML.

:func:`parse_html` reads a page with lxml (``pip install 'govnews[html]'``), turns block
elements into lines, drops scripts, styles and forms' widgets, and sets aside the page's
chrome by what the DOM says about it: ``<nav>``, ``<aside>``, a ``<header>`` or ``<footer>``
outside the article, class and id words (``nav``, ``menu``, ``footer``, ``breadcrumb``,
``share`` …) and lines whose characters are mostly inside links (jusText's strongest
signal). The remaining text goes through :func:`govnews.parse`; every span of the result
maps back to the HTML (:meth:`HtmlPage.html_span`, :meth:`HtmlPage.document_in_html`).
The page's metadata (``<title>``, ``ArticleTitle``, ``PubDate`` and kindred ``<meta>``
tags) gives a title line when the body has none, and the page date.

>>> page = parse_html(
...     "<html><head><title>两市签订协议_某市政府网</title></head><body>"
...     "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
...     "<h1>两市签订协议</h1><p>本报聊城7月23日讯(记者 张同建)两市签订了协议。</p>"
...     "<footer>版权所有 某市政府</footer></body></html>")
>>> print(page.text)
两市签订协议
本报聊城7月23日讯(记者 张同建)两市签订了协议。
>>> [n.text for n in page.dropped]
['首页 新闻', '版权所有 某市政府']

Why lxml: libxml2's HTML parser is fast (C), tolerant of the broken markup government
portals serve, ships wheels for every supported Python and platform, and gives a tree
with ``text``/``tail`` in document order; selectolax is as fast but its lexbor tree gives
no tail texts, and html5-parser builds on lxml anyway. No HTML parser reports source
offsets, so the text nodes are aligned, in order, with the text runs of a linear scan
of the source: that alignment is the map back to the HTML.
"""

from __future__ import annotations

import datetime
import html as _html
import importlib
import re
from array import array
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from govnews.core import Span
from govnews.document import Document, Noise

__all__ = ["HtmlPage", "HtmlText", "html_to_text", "looks_like_html", "parse_html"]

# --------------------------------------------------------------------------- detection

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|td|tr|li|ul|table|h[1-6]|script|style|meta|link|img|font)\b[^<>]{0,400}>",
                  re.I)
_TAGS_FOR_HTML = 6  # this many tags in the head of a text: it is HTML
_SNIFF = 4096


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is clearly an HTML page (a doctype or ``<html>``, or many tags in its head).

    Looks at the first few kilobytes only, so it costs the same for any length.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>正文</p></body></html>")
    True
    >>> looks_like_html("本报讯 正文<p>里有一个尖括号。")
    False
    """
    head = text[:_SNIFF]
    if _HTML_START.match(head):
        return True
    return any(n >= _TAGS_FOR_HTML for n, _ in enumerate(_TAG.finditer(head), 1))


# --------------------------------------------------------------------------- source runs

# Markup that holds no page text, in one linear scan of the source: comments, raw-text
# elements with their content, doctypes, processing instructions and tags.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|noscript|template|textarea|xmp)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<![^>]*>|<\?[^>]*>|</?[A-Za-z][^>]*>",
    re.S | re.I,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_LOOKAHEAD = 64  # characters searched ahead for a character the scan and the parser read differently
_WINDOW = 4096  # characters searched ahead for a whole text node


class _Source:
    """The text runs of the source in order, entities decoded, each character with its source start and end."""

    def __init__(self, html: str) -> None:
        parts: list[str] = []
        starts = array("q")
        ends = array("q")
        pos = 0
        for m in _MARKUP.finditer(html):
            if m.start() > pos:
                self._run(html, pos, m.start(), parts, starts, ends)
            pos = m.end()
        if pos < len(html):
            self._run(html, pos, len(html), parts, starts, ends)
        self.text = "".join(parts)
        self.starts = starts
        self.ends = ends
        self.cursor = 0

    @staticmethod
    def _run(html: str, a: int, b: int, parts: list[str], starts: array[int], ends: array[int]) -> None:
        pos = a
        if "&" in html[a:b]:
            for m in _ENTITY.finditer(html, a, b):
                if m.start() > pos:
                    parts.append(html[pos:m.start()])
                    starts.extend(range(pos, m.start()))
                    ends.extend(range(pos + 1, m.start() + 1))
                dec = _html.unescape(m.group())
                parts.append(dec)
                starts.extend([m.start()] * len(dec))
                ends.extend([m.end()] * len(dec))
                pos = m.end()
        if pos < b:
            parts.append(html[pos:b])
            starts.extend(range(pos, b))
            ends.extend(range(pos + 1, b + 1))

    def align(self, node: str) -> tuple[array[int], array[int]]:
        """Source starts and ends of the characters of ``node``, the next text node in document order."""
        c = self.cursor
        n = len(node)
        text = self.text
        if text.startswith(node, c):
            self.cursor = c + n
            return self.starts[c:c + n], self.ends[c:c + n]
        pos = text.find(node, c, c + n + _WINDOW)
        if pos >= 0:
            self.cursor = pos + n
            return self.starts[pos:pos + n], self.ends[pos:pos + n]
        # Character by character: the parser decoded or normalised something the scan did not.
        starts = array("q")
        ends = array("q")
        last = self.starts[c] if c < len(self.starts) else (self.ends[-1] if self.ends else 0)
        for ch in node:
            k = text.find(ch, c, c + _LOOKAHEAD)
            if k >= 0:
                starts.append(self.starts[k])
                ends.append(self.ends[k])
                last = self.ends[k]
                c = k + 1
            else:
                starts.append(last)
                ends.append(last)
        self.cursor = c
        return starts, ends


# --------------------------------------------------------------------------- the DOM walk


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_BLOCK = _names(
    "address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre "
    "section summary table tbody tfoot thead tr ul"
)
_CELL = frozenset(("td", "th"))
_SKIP = _names(
    "head script style noscript template textarea select option button input iframe object embed svg canvas map "
    "audio video"
)
# Elements that are page chrome wherever they stand, and those that are chrome outside an article.
_CHROME_TAG = frozenset(("nav", "aside"))
_CHROME_OUTSIDE_ARTICLE = frozenset(("header", "footer"))
_ARTICLE_TAG = frozenset(("article", "main"))
# Class and id words of chrome, and of content (a content word overrides: "article-header").
_CHROME_WORDS = _names(
    "nav navbar navigation menu menus submenu footer foot header topbar toolbar breadcrumb breadcrumbs crumb "
    "crumbs position location weizhi share sharing bdshare social sidebar side copyright login search "
    "friendlink friendlinks links related recommend ad ads advert banner"
)
_CONTENT_WORDS = frozenset(
    ["article", "content", "main", "detail", "details", "text", "body", "post", "story", "zoom", "artibody"]
)
_LAYOUT_WORDS = frozenset(("relative", "absolute", "fixed", "sticky", "static"))
_CHROME_MAX_CHARS = 1000  # chrome by its markup holds at most this much text
_WORD = re.compile(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])")
_LINK_SHARE = 0.5  # a line with at least this share of its characters inside links is a link list
_LABEL_END = re.compile(r"[：:]\s*$")  # "附件：" before a link: the link is content


def _words(el: Any) -> set[str]:
    words: set[str] = set()
    for attr in ("class", "id"):
        v = el.get(attr)
        if v:
            words.update(w.lower() for w in _WORD.findall(v))
    return words


def _chrome(el: Any, in_article: int) -> str | None:
    """The noise kind an element's DOM evidence gives, or ``None``.

    Markup is evidence, not proof: an element whose words or tag say chrome but that holds
    more text than chrome does (a template that wraps the article in ``class="menu-box"``)
    is judged line by line instead.
    """
    kind = _chrome_kind(el, in_article)
    if kind is not None and el.tag != "nav" and _holds_text(el, _CHROME_MAX_CHARS):
        return None
    return kind


def _chrome_kind(el: Any, in_article: int) -> str | None:
    tag = el.tag
    if tag in _CHROME_TAG:
        return "site_chrome"
    if tag in _CHROME_OUTSIDE_ARTICLE and not in_article:
        return "footer" if tag == "footer" else "site_chrome"
    words = _words(el)
    if words and not words & _CONTENT_WORDS:
        hit = words & _CHROME_WORDS
        if words & _LAYOUT_WORDS:  # position-relative, sticky-top: CSS utilities, not a breadcrumb
            hit -= {"position", "location"}
        if hit:
            if hit & {"footer", "foot", "copyright"}:
                return "footer"
            if hit & {"share", "sharing", "bdshare", "social"}:
                return "social_prompt"
            if hit & {"related", "recommend", "friendlink", "friendlinks", "links"}:
                return "recommendations"
            return "site_chrome"
    return None


def _holds_text(el: Any, limit: int) -> bool:
    """Whether the element's text runs past ``limit`` characters (stops reading there)."""
    n = 0
    for t in el.itertext():
        n += len(t.strip())
        if n > limit:
            return True
    return False


@attrs.frozen
class _Line:
    text: str
    starts: array[int]
    ends: array[int]
    chrome: str | None


class _Builder:
    """Collects the characters of one line and, at a block boundary, ends it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        self.link = 0
        self.chrome_chars = 0
        self.chrome_kind: str | None = None
        self.lines: list[_Line] = []

    def add(self, s: str, starts: array[int], ends: array[int], *, link: bool, chrome: str | None) -> None:
        self.parts.append(s)
        self.starts.extend(starts)
        self.ends.extend(ends)
        visible = len(s) - s.count(" ")
        if link:
            self.link += visible
        if chrome is not None:
            self.chrome_chars += visible
            self.chrome_kind = chrome

    def end(self) -> None:
        if not self.parts:
            return
        text = "".join(self.parts)
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if stripped:
            size = len(stripped) - stripped.count(" ")
            kind: str | None = None
            if self.chrome_chars * 2 > size:
                kind = self.chrome_kind
            elif self.link >= _LINK_SHARE * size and not _LABEL_END.search(self.parts[0]):
                kind = "link_farm" if self.link > 40 else "site_chrome"
            a, b = lead, lead + len(stripped)
            self.lines.append(_Line(stripped, self.starts[a:b], self.ends[a:b], kind))
        self.parts = []
        self.starts = array("q")
        self.ends = array("q")
        self.link = 0
        self.chrome_chars = 0
        self.chrome_kind = None

_SPACE = re.compile(r"[ \t\n\r\f]+")


def _collapse(s: str, starts: array[int], ends: array[int], pre: bool) -> Iterator[tuple[str, array[int], array[int]]]:
    """HTML white-space: runs of spaces become one space (in ``<pre>``, line breaks stay)."""
    if pre:
        yield s, starts, ends
        return
    pos = 0
    for m in _SPACE.finditer(s):
        if m.start() > pos:
            yield s[pos:m.start()], starts[pos:m.start()], ends[pos:m.start()]
        yield " ", starts[m.start():m.start() + 1], ends[m.start():m.start() + 1]
        pos = m.end()
    if pos < len(s):
        yield s[pos:], starts[pos:], ends[pos:]


# --------------------------------------------------------------------------- metadata

_TITLE_METAS = ("articletitle", "og:title", "twitter:title", "title", "headline")
_DATE_METAS = (
    "pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "article:published_time",
    "og:release_date", "datepublished", "date", "dc.date", "dc.date.issued",
)
_META_DATE = re.compile(
    r"((?:19|20)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?"
    r"(?:[T\s]*([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
)
_TITLE_SEP = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——|--)\s*")


def _meta_date(value: str) -> tuple[datetime.date, datetime.time | None] | None:
    m = _META_DATE.search(value)
    if m is None:
        return None
    try:
        day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        t = datetime.time(int(m[4]), int(m[5]), int(m[6] or 0)) if m[4] else None
    except ValueError:
        return None
    return day, t


def _title_of(head_title: str) -> str:
    """The article's part of a ``<title>`` (before ``_site name``)."""
    parts = [p for p in _TITLE_SEP.split(head_title.strip()) if p]
    return parts[0] if parts else ""


# --------------------------------------------------------------------------- results


@attrs.frozen
class HtmlText:
    """The text of an HTML page, one line per block, with each character's place in the HTML.

    ``starts[i]``/``ends[i]`` are the HTML offsets of character ``i`` of ``text`` (an
    entity maps to its whole source; a line break to the end of the line before it).
    ``dropped`` are the lines the DOM marks as chrome, as :class:`~govnews.Noise` with
    spans into the HTML. ``title`` and ``published`` come from the page's metadata.
    """

    html: str
    text: str
    starts: Sequence[int] = attrs.field(repr=False, eq=False)
    ends: Sequence[int] = attrs.field(repr=False, eq=False)
    dropped: tuple[Noise, ...] = ()
    title: str | None = None
    published: datetime.date | None = None
    published_time: datetime.time | None = None

    def html_span(self, span: Span) -> Span:
        """The HTML source of a span of :attr:`text`.

        >>> t = html_to_text("<p>甲&amp;乙</p>")
        >>> s = t.html_span(Span(0, 3))
        >>> t.html[s.start:s.end]
        '甲&amp;乙'
        """
        n = len(self.starts)
        if n == 0:
            return Span(0, 0)
        if span.end <= span.start:
            at = self.starts[span.start] if span.start < n else self.ends[n - 1]
            return Span(at, at)
        start = self.starts[min(span.start, n - 1)]
        return Span(start, max(start, self.ends[min(span.end, n) - 1]))


def _lxml() -> tuple[Any, Any]:
    try:
        html_mod = importlib.import_module("lxml.html")
        etree = importlib.import_module("lxml.etree")
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ImportError("parse_html needs lxml: pip install 'govnews[html]'") from e
    return html_mod, etree


def html_to_text(html: str | bytes) -> HtmlText:
    """The page's text lines and chrome, with the map back to the HTML (needs lxml).

    Bytes are decoded with :func:`govnews.decode` first (offsets are then into the decoded text).

    >>> t = html_to_text("<div class='menu'><a href='/'>首页</a></div><p>正文一段。<br>第二行</p>")
    >>> t.text.splitlines(), [(n.kind, n.text) for n in t.dropped]
    (['正文一段。', '第二行'], [('site_chrome', '首页')])
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        from govnews.decode import decode

        html = decode(bytes(html))
    if not isinstance(html, str):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    lxml_html, etree = _lxml()
    source = _Source(html)
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return HtmlText(html, "", array("q"), array("q"))
    title, published = _metadata(root)
    lines = _lines(root, source, etree)
    kept = [ln for ln in lines if ln.chrome is None]
    dropped: list[Noise] = []
    for ln in lines:
        if ln.chrome is not None and ln.starts:
            dropped.append(Noise(kind=ln.chrome, text=ln.text, span=Span(ln.starts[0], ln.ends[-1]),  # type: ignore[arg-type]
                                 rule="html.dom"))
    if title and not any(title in ln.text for ln in kept[:20]):
        at = max(html.find(_html.escape(title, quote=False)), html.find(title), 0)
        width = len(title)
        head = _Line(title, array("q", [at] * width), array("q", [at + width] * width), None)
        kept.insert(0, head)
    parts: list[str] = []
    starts = array("q")
    ends = array("q")
    for i, ln in enumerate(kept):
        if i:
            parts.append("\n")
            prev = kept[i - 1].ends[-1]
            starts.append(prev)
            ends.append(prev)
        parts.append(ln.text)
        starts.extend(ln.starts)
        ends.extend(ln.ends)
    day, time = published if published else (None, None)
    return HtmlText(html, "".join(parts), starts, ends, tuple(dropped), title or None, day, time)


def _metadata(root: Any) -> tuple[str, tuple[datetime.date, datetime.time | None] | None]:
    title = ""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    for key in _TITLE_METAS:
        if key in found:
            title = _title_of(found[key]) if key == "title" else found[key]
            break
    if not title:
        t = root.find(".//title")
        if t is not None and t.text:
            title = _title_of(t.text)
    published = None
    for key in _DATE_METAS:
        if key in found and (published := _meta_date(found[key])) is not None:
            break
    return title.strip(), published


def _lines(root: Any, source: _Source, etree: Any) -> list[_Line]:
    b = _Builder()
    chrome: list[str | None] = []  # per open element: the chrome kind it set, if any
    kind: str | None = None
    in_article = 0
    in_link = 0
    in_pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))

    def text(s: str | None) -> None:
        if not s:
            return
        starts, ends = source.align(s)
        for piece, ps, pe in _collapse(s, starts, ends, in_pre > 0):
            if in_pre and "\n" in piece:
                k = 0
                for j, seg in enumerate(piece.split("\n")):
                    if j:
                        b.end()
                    b.add(seg, ps[k:k + len(seg)], pe[k:k + len(seg)], link=in_link > 0, chrome=kind)
                    k += len(seg) + 1
            else:
                b.add(piece, ps, pe, link=in_link > 0, chrome=kind)

    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                chrome.append(None)
                continue
            if tag in _BLOCK:
                b.end()
            c = _chrome(el, in_article) if kind is None else None
            chrome.append(c)
            if c is not None:
                kind = c
            in_article += tag in _ARTICLE_TAG
            in_link += tag == "a"
            in_pre += tag == "pre"
            text(el.text)
        else:
            c = chrome.pop() if chrome else None
            if tag not in _SKIP:
                in_article -= tag in _ARTICLE_TAG
                in_link -= tag == "a"
                in_pre -= tag == "pre"
                if tag in _BLOCK:
                    b.end()
                elif tag in _CELL and b.parts and not b.parts[-1].endswith(" "):
                    pos = b.ends[-1] if b.ends else 0
                    b.add(" ", array("q", [pos]), array("q", [pos]), link=False, chrome=None)
                if c is not None:
                    b.end()
                    kind = None
            text(el.tail)
    b.end()
    return b.lines


@attrs.frozen
class HtmlPage:
    """A parsed HTML page: its text, the :class:`~govnews.Document` of that text, and the map to the HTML.

    Spans in :attr:`document` are offsets into :attr:`text`; :meth:`html_span` and
    :meth:`document_in_html` give them in the HTML. ``dropped`` is the chrome set aside
    by DOM evidence; ``title`` and ``published`` come from the page's metadata.

    >>> page = parse_html(_EXAMPLE)
    >>> page.document.articles[0].title.text
    '两市签订协议'
    """

    source: HtmlText
    document: Document

    @property
    def html(self) -> str:
        """The HTML given.

        >>> parse_html("<p>正文。</p>").html
        '<p>正文。</p>'
        """
        return self.source.html

    @property
    def text(self) -> str:
        """The page's text, one line per block, chrome left out: what was parsed.

        >>> print(parse_html(_EXAMPLE).text)
        两市签订协议
        本报聊城7月23日讯(记者 张同建)投入2.7亿元。
        """
        return self.source.text

    @property
    def dropped(self) -> tuple[Noise, ...]:
        """Chrome lines set aside by DOM evidence, with spans into the HTML.

        >>> [(n.kind, n.text) for n in parse_html(_EXAMPLE).dropped]
        [('site_chrome', '首页'), ('footer', '版权所有')]
        """
        return self.source.dropped

    @property
    def title(self) -> str | None:
        """The title the page's metadata gives (``ArticleTitle``, ``og:title`` or ``<title>``).

        >>> parse_html(_EXAMPLE).title
        '两市签订协议'
        """
        return self.source.title

    @property
    def published(self) -> datetime.date | None:
        """The publication date the page's metadata gives (``PubDate``, ``publishdate`` …).

        >>> parse_html(_EXAMPLE).published
        datetime.date(2020, 7, 23)
        """
        return self.source.published

    def html_span(self, span: Span) -> Span:
        """The HTML source of a span of :attr:`text`.

        >>> page = parse_html(_EXAMPLE)
        >>> s = page.html_span(page.document.articles[0].facts[0].span)
        >>> page.html[s.start:s.end]
        '2.7亿元'
        """
        return self.source.html_span(span)

    def document_in_html(self) -> Document:
        """The document with every span an offset into the HTML, the dropped chrome among its noise.

        ``Repair.before`` stays the text the repair saw (the page's text, not the HTML).

        >>> page = parse_html(_EXAMPLE)
        >>> doc = page.document_in_html()
        >>> s = doc.articles[0].bylines[0].span
        >>> page.html[s.start:s.end], [n.kind for n in doc.noise]
        ('(记者 张同建)', ['site_chrome', 'footer'])
        """
        d = self.document.to_dict()
        _remap(d, self.source.html_span)
        d["noise"] = sorted(
            [*d["noise"], *(n.to_dict() for n in self.source.dropped)], key=lambda n: tuple(n["span"])
        )
        return Document.from_dict(d)

    def metadata(self) -> dict[str, Any]:
        """The page's metadata as a JSON-able dict: ``title``, ``published`` and the dropped chrome count.

        >>> parse_html(_EXAMPLE).metadata()
        {'title': '两市签订协议', 'published': '2020-07-23', 'published_time': None, 'dropped': 2}
        """
        t = self.source.published_time
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_time": t.isoformat() if t else None,
            "dropped": len(self.dropped),
        }


_EXAMPLE = (
    "<html><head><meta name='PubDate' content='2020-07-23'><title>两市签订协议_某市</title></head>"
    "<body><ul class='nav'><li><a href='/'>首页</a></li></ul><h1>两市签订协议</h1>"
    "<p>本报聊城7月23日讯(记者 张同建)投入2.7亿元。</p><div id='footer'>版权所有</div></body></html>"
)


def _remap(node: Any, span_of: Any) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "span" and isinstance(v, list) and len(v) == 2:
                s = span_of(Span(v[0], v[1]))
                node[k] = [s.start, s.end]
            else:
                _remap(v, span_of)
    elif isinstance(node, list):
        for v in node:
            _remap(v, span_of)


def parse_html(
    html: str | bytes,
    *,
    reference_date: datetime.date | None = None,
    pipeline: Any = None,
) -> HtmlPage:
    """Parse an HTML page: its text without chrome, then :func:`govnews.parse` on that text.

    Needs ``pip install 'govnews[html]'`` (lxml). When the page's metadata gives a
    publication date and no ``reference_date`` is given, that date resolves yearless dates.

    >>> parse_html(_EXAMPLE).document.articles[0].dateline.date
    datetime.date(2020, 7, 23)
    """
    from govnews.pipeline import parse

    src = html_to_text(html)
    ref = reference_date if reference_date is not None else src.published
    return HtmlPage(src, parse(src.text, reference_date=ref, pipeline=pipeline))
