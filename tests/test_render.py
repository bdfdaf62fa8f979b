"""The HTML view: structure, one highlight per found item, escaping, no network, totality."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.cli import main
from govnews.core import Span
from govnews.document import (
    Article,
    Byline,
    Dateline,
    DateMention,
    Document,
    Extra,
    Fact,
    Heading,
    Noise,
    Person,
    Published,
    Repair,
    Text,
)
from govnews.render import KINDS, render_html

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class Page(HTMLParser):
    """Parses a rendered page, checks that tags nest, and collects highlights and links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.firsts: list[dict[str, str]] = []  # attrs of each highlight's first element
        self.mark_text: dict[str, list[str]] = {}  # data-m -> text pieces inside it
        self.ids: Counter[str] = Counter()
        self.hrefs: list[str] = []
        self.urls: list[str] = []  # every src/href/action attribute
        self.tags: Counter[str] = Counter()
        self.text_divs: list[list[str]] = []  # the source text of each page, as the DOM holds it
        self.legend: list[str] = []
        self.style = ""
        self._in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        if "id" in a:
            self.ids[a["id"]] += 1
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            if name in a:
                self.urls.append(a[name])
        if tag == "a":
            self.hrefs.append(a.get("href", ""))
        if "data-legend" in a:
            self.legend.append(a["data-legend"])
        classes = a.get("class", "").split()
        if "hl" in classes:
            if "hl-first" in classes:
                self.firsts.append(a)
            if "hl-empty" in classes:
                self.mark_text.setdefault(a["data-m"], [])
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if tag == "div" and "text" in classes:
            self.text_divs.append([])
            self._in_text = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        if len(self.stack) == self._in_text:
            self._in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "style":
            self.style += data
        if self._in_text:
            self.text_divs[-1].append(data)
            for _tag, a in self.stack:
                if "data-m" in a:
                    self.mark_text.setdefault(a["data-m"], []).append(data)


def check_page(page: str, docs: list[tuple[str, Document, str]]) -> Page:
    """Every structural invariant of a rendered page; returns the parsed page for more checks."""
    p = Page()
    p.feed(page)
    p.close()
    assert page.startswith("<!doctype html>")
    assert p.errors == [] and p.stack == [], (p.errors, p.stack[-3:])
    # Self-contained: no external resource, no script, every link points inside the page.
    assert all(u.startswith("#") for u in p.urls), [u for u in p.urls if not u.startswith("#")]
    assert not (p.tags["script"] or p.tags["link"] or p.tags["img"] or p.tags["iframe"])
    assert "url(" not in p.style and "@import" not in p.style
    assert p.tags["style"] == 1 and p.tags["html"] == p.tags["body"] == 1
    assert '<meta name="viewport"' in page and "@media" in p.style
    # Legend with every kind.
    assert p.legend == [kind for kind, _label in KINDS]
    # Ids unique, and every record link finds its highlight.
    assert [i for i, n in p.ids.items() if n > 1] == []
    assert all(h[1:] in p.ids for h in p.hrefs), [h for h in p.hrefs if h[1:] not in p.ids]
    # The text, as the browser would hold it, is the original text (escaped on the way).
    assert len(p.text_divs) == len(docs)
    for (_name, _doc, text), pieces in zip(docs, p.text_divs, strict=True):
        assert "".join(pieces) == BAD.sub("\ufffd", text)
    # One highlight per found item, of each kind.
    found = Counter(a["data-kind"] for a in p.firsts)
    assert found == expected_counts([d for _n, d, _t in docs])
    # Each highlight covers exactly its (clipped) span.
    for k, (_name, doc, text) in enumerate(docs):
        clean = BAD.sub("\ufffd", text)
        for ident, span in spans_by_id(doc, f"d{k}").items():
            s = max(0, min(span.start, len(text)))
            e = max(s, min(span.end, len(text)))
            assert "".join(p.mark_text.get(ident, [])) == clean[s:e], ident
    return p


def expected_counts(docs: list[Document]) -> Counter[str]:
    c: Counter[str] = Counter()
    for d in docs:
        c["noise"] += len(d.noise)
        c["repair"] += len(d.repairs)
        for a in d.articles:
            c["article"] += 1
            c["title"] += a.title is not None
            c["subtitle"] += a.subtitle is not None
            c["dateline"] += a.dateline is not None
            c["published"] += a.published is not None
            c["column"] += len(a.columns)
            c["byline"] += len(a.bylines)
            c["heading"] += len(a.headings)
            c["paragraph"] += len(a.paragraphs)
            c["fact"] += len(a.facts)
            c["date"] += len(a.dates)
            c["extra"] += len(a.extras)
    return +c


def spans_by_id(doc: Document, prefix: str) -> dict[str, Span]:
    out: dict[str, Span] = {}
    for i, a in enumerate(doc.articles):
        art = f"{prefix}-a{i}"
        out[art] = a.span
        if a.title:
            out[f"{art}-title"] = a.title.span
        if a.subtitle:
            out[f"{art}-subtitle"] = a.subtitle.span
        if a.dateline:
            out[f"{art}-dateline"] = a.dateline.span
        if a.published:
            out[f"{art}-published"] = a.published.span
        groups: list[tuple[str, Sequence[Any]]] = [
            ("column", a.columns), ("byline", a.bylines), ("heading", a.headings), ("paragraph", a.paragraphs),
            ("fact", a.facts), ("date", a.dates), ("extra", a.extras),
        ]
        for name, items in groups:
            for j, x in enumerate(items):
                out[f"{art}-{name}-{j}"] = x.span
    for j, n in enumerate(doc.noise):
        out[f"{prefix}-noise-{j}"] = n.span
    for j, r in enumerate(doc.repairs):
        out[f"{prefix}-repair-{j}"] = r.span
    return out


# --------------------------------------------------------------------------- a page with every kind

TEXT = (
    "决战决胜·脱贫攻坚\n"
    "校企合作互动推进\n"
    "——副标题<在这里>\n"
    "发布时间:2020-07-23 10:30:00\n"
    "本报聊城7月23日讯(记者 张同建)\n"
    "一、搭建平台\n"
    "7月22日上午,全县新增就业近2万人,投资2.7亿元。\n"
    "版权所有 <script>alert('x')</script> & 联系 \"我们\"\n"
)


def _sp(needle: str, extra: int = 0) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle) + extra)


def full_document() -> Document:
    """A hand-made document with every kind, overlapping and crossing spans, a zero-length repair."""
    para = _sp("7月22日上午,全县新增就业近2万人,投资2.7亿元。")
    art = Article(
        span=Span(0, TEXT.index("版权所有")),
        columns=(Text("决战决胜·脱贫攻坚", _sp("决战决胜·脱贫攻坚")),),
        title=Text("校企合作互动推进", _sp("校企合作互动推进")),
        subtitle=Text("副标题<在这里>", _sp("副标题<在这里>")),
        published=Published(date=datetime.date(2020, 7, 23), time=datetime.time(10, 30),
                            span=_sp("发布时间:2020-07-23 10:30:00")),
        dateline=Dateline(text="本报聊城7月23日讯", span=_sp("本报聊城7月23日讯"), outlet="本报", place="聊城",
                          month=7, day=23, kind="讯", date=datetime.date(2020, 7, 23)),
        bylines=(Byline(text="(记者 张同建)", span=_sp("(记者 张同建)"),
                        people=(Person(name="张同建", role="记者"),)),),
        headings=(Heading(text="搭建平台", span=_sp("一、搭建平台"), level=1, marker="一、"),
                  Heading(text="搭建", span=_sp("搭建"), level=7)),  # nested, odd level
        paragraphs=(Text("7月22日上午,全县新增就业近2万人,投资2.7亿元。", para),),
        facts=(Fact(text="近2万人", span=_sp("近2万人"), value=Decimal(20000), unit="人", qualifier="approx"),
               Fact(text="2.7亿元", span=_sp("2.7亿元"), value=Decimal("2.7e8"), unit="元",
                    object="投资")),
        dates=(DateMention(text="7月22日", span=_sp("7月22日"), year=2020, month=7, day=22),
               DateMention(text="7月23日", span=_sp("7月23日"), month=7, day=23)),
        extras=(Extra(parser="demo", text="全县", span=_sp("全县"), value="全县", rule="r"),),
    )
    crossing = Span(TEXT.index("投资"), TEXT.index("联系"))  # from inside the article into the footer
    return Document(
        articles=(art,),
        noise=(
            Noise(kind="footer", text="…", span=_sp("版权所有", 40), rule="footer.copyright"),
            Noise(kind="injected", text="…", span=crossing, rule="test.crossing"),
        ),
        repairs=(
            Repair(kind="width", span=_sp("2.7"), before="2.7", after="2.7", rule="width.fold"),
            Repair(kind="line_join", span=Span(para.end - 1, para.end + 2), before="。\n版", after="。版"),
            Repair(kind="censored", span=Span(3, 3), before="", after="*"),  # zero length
            Repair(kind="pinyin", span=Span(len(TEXT) - 2, len(TEXT) + 50), before="?", after=""),  # past the end
        ),
    )


def test_every_kind_is_highlighted_once() -> None:
    doc = full_document()
    page = render_html([("every<kind>.txt", doc, TEXT)])
    p = check_page(page, [("every<kind>.txt", doc, TEXT)])
    assert {a["data-kind"] for a in p.firsts} == {kind for kind, _label in KINDS}
    assert "every&lt;kind&gt;.txt" in page
    # Escaped, never live.
    assert "<script>" not in page and "<在这里>" not in page
    assert "&lt;script&gt;" in page and " &amp; " in page and "副标题&lt;在这里&gt;" in page
    by_kind: dict[str, dict[str, str]] = {}
    for a in p.firsts:
        by_kind.setdefault(a["data-kind"], a)
    assert by_kind["fact"]["title"].startswith("fact · 20000 人 · approx")
    footer = next(a for a in p.firsts if a.get("data-rule") == "footer.copyright")
    assert footer["data-noise-kind"] == "footer" and footer["title"] == "noise footer · rule footer.copyright"
    assert "hl-h1" in by_kind["heading"]["class"] and by_kind["heading"]["data-level"] == "1"
    assert "2020-07-23" in by_kind["dateline"]["title"]
    assert "hl-empty" in next(a["class"] for a in p.firsts if a.get("data-repair-kind") == "censored")


def test_levels_beyond_four_are_styled_as_four() -> None:
    page = render_html([("x", full_document(), TEXT)])
    assert 'class="hl hl-heading hl-h4 hl-first" data-kind="heading"' in page


def test_spans_outside_the_text_are_clipped() -> None:
    doc = Document(
        articles=(Article(span=Span(0, 999), title=Text("t", Span(500, 600)), facts=(
            Fact(text="x", span=Span(2, 900), value=Decimal(1), unit="个"),)),),
        noise=(Noise(kind="footer", text="x", span=Span(1000, 1001)),),
    )
    check_page(render_html([("short", doc, "短文本")]), [("short", doc, "短文本")])


def test_several_pages_get_distinct_ids_and_a_table_of_contents() -> None:
    docs = [("a.txt", full_document(), TEXT), ("b.txt", full_document(), TEXT)]
    page = render_html(docs)
    p = check_page(page, docs)
    assert '<nav class="toc">' in page and p.hrefs.count("#d1") == 1


def test_no_page() -> None:
    page = render_html([])
    assert "No page given" in page
    check_page(page, [])


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = govnews.parse(text)
    docs = [(path.name, doc, text)]
    p = check_page(render_html(docs), docs)
    assert len(p.firsts) == sum(expected_counts([doc]).values()) >= 1


def test_all_seeds_in_one_page_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, SEEDS), "--format", "html"]) == 0
    page = capsys.readouterr().out
    docs = [(str(p), govnews.parse(p.read_text(encoding="utf-8")), p.read_text(encoding="utf-8")) for p in SEEDS]
    check_page(page, docs)


# --------------------------------------------------------------------------- totality

@given(st.text(max_size=300))
def test_any_text_renders(text: str) -> None:
    docs = [("any", govnews.parse(text), text)]
    check_page(render_html(docs), docs)


@given(st.text(alphabet="<>&\"'本报讯\n\x00\ud800 7月日", max_size=120))
def test_hostile_characters_are_escaped(text: str) -> None:
    docs = [("<name>&\x01", govnews.parse(text), text)]
    page = render_html(docs)
    check_page(page, docs)
    page.encode("utf-8")  # writable: no lone surrogate left


span_pairs = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: Span(min(t), max(t)))


@given(
    text=st.text(alphabet="abc<&\n中", max_size=50),
    noise=st.lists(span_pairs, max_size=6),
    repairs=st.lists(span_pairs, max_size=6),
    paras=st.lists(span_pairs, max_size=4),
    facts=st.lists(span_pairs, max_size=6),
)
def test_arbitrary_overlaps_nest_correctly(
    text: str, noise: list[Span], repairs: list[Span], paras: list[Span], facts: list[Span]
) -> None:
    doc = Document(
        articles=(Article(
            span=Span(0, len(text)),
            paragraphs=tuple(Text("p", s) for s in paras),
            facts=tuple(Fact(text="f", span=s, value=Decimal(1), unit="个") for s in facts),
        ),),
        noise=tuple(Noise(kind="duplicate", text="n", span=s) for s in noise),
        repairs=tuple(Repair(kind="t2s", span=s, before="a", after="b") for s in repairs),
    )
    docs = [("overlaps", doc, text)]
    check_page(render_html(docs), docs)
