"""The HTML view of parsed pages: ``govnews parse FILE --format html > page.html``.

:func:`render_html` writes one self-contained HTML file (inline CSS, no script, no
network) that shows, for each page, the original text with every found item
highlighted by kind beside the structured record of each article, with a legend.
Wide screens get the text and the record side by side; phones get them stacked.

Every highlight is a ``<span class="hl hl-KIND" data-kind="KIND" data-m="ID">``.
Highlights may overlap or nest (a fact inside a paragraph inside an article); an item
that crosses the edge of another is split into several elements with the same
``data-m``, and only the first of them carries the class ``hl-first`` and the ``id``
the record links to, so counting ``hl-first`` elements of a kind counts the items of
that kind.

>>> from govnews import parse
>>> text = "本报讯 全县新增就业2000余人。"
>>> page = render_html([("demo.txt", parse(text), text)])
>>> page.startswith("<!doctype html>")
True
>>> page.count('class="hl hl-article hl-first"')
1
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version

import attrs

from govnews.core import Span
from govnews.document import Article, Dateline, Document, Fact, Noise, Person, Repair, decimal_str

__all__ = ["KINDS", "render_html"]

#: Every highlight kind, from the outermost to the innermost, with its legend label.
KINDS: tuple[tuple[str, str], ...] = (
    ("article", "article"),
    ("noise", "noise (struck through: kind, rule)"),
    ("paragraph", "paragraph"),
    ("column", "column / banner"),
    ("title", "title"),
    ("subtitle", "subtitle"),
    ("heading", "heading (level 1–4)"),
    ("dateline", "dateline"),
    ("published", "published"),
    ("byline", "byline"),
    ("date", "date"),
    ("fact", "fact (hover: value, unit)"),
    ("extra", "user parser hit"),
    ("repair", "repair (hover: before → after)"),
)
_DEPTH = {kind: i for i, (kind, _label) in enumerate(KINDS)}

# Characters that cannot stand in an HTML document (C0 controls other than tab/newline/CR,
# DEL, lone surrogates) are shown as U+FFFD; the replacement keeps every offset.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@attrs.frozen
class _Mark:
    """One highlight: where, what kind, its hover text and extra attributes."""

    start: int
    end: int
    kind: str
    ident: str
    title: str
    attrs: tuple[tuple[str, str], ...] = ()
    css: str = ""

    def open_tag(self, *, first: bool) -> str:
        classes = f"hl hl-{self.kind}"
        if self.css:
            classes += f" {self.css}"
        classes += " hl-first" if first else " hl-cont"
        if first and self.end == self.start:
            classes += " hl-empty"
        parts = [f'<span class="{classes}" data-kind="{self.kind}" data-m="{self.ident}"']
        if first:
            parts.append(f' id="{self.ident}"')
        parts.extend(f' {name}="{_attr(value)}"' for name, value in self.attrs)
        parts.append(f' title="{_attr(self.title)}">')
        return "".join(parts)


def _clean(s: str) -> str:
    return _BAD_CHARS.sub("\ufffd", s)


def _esc(s: str) -> str:
    return html.escape(_clean(s), quote=False)


def _attr(s: str) -> str:
    return html.escape(_clean(s), quote=True)


def _short(s: str, n: int = 80) -> str:
    s = s.replace("\n", " ⏎ ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _clip(span: Span, n: int) -> tuple[int, int]:
    start = max(0, min(span.start, n))
    return start, max(start, min(span.end, n))


def _article_marks(i: int, a: Article) -> Iterable[tuple[Span, str, str, str, tuple[tuple[str, str], ...]]]:
    """(span, kind, local id, hover text, attributes) for everything found in one article."""
    art = f"a{i}"
    title = a.title.text if a.title else "(untitled)"
    yield a.span, "article", art, f"article {i + 1}: {title}", (("data-article", str(i + 1)),)
    for j, c in enumerate(a.columns):
        yield c.span, "column", f"{art}-column-{j}", f"column: {c.text}", ()
    if a.title:
        yield a.title.span, "title", f"{art}-title", f"title: {a.title.text}", ()
    if a.subtitle:
        yield a.subtitle.span, "subtitle", f"{art}-subtitle", f"subtitle: {a.subtitle.text}", ()
    if a.dateline:
        d = a.dateline
        bits = _dateline_bits(d, str)
        yield d.span, "dateline", f"{art}-dateline", "dateline · " + " · ".join(bits), ()
    if a.published:
        p = a.published
        when = p.date.isoformat() + (f" {p.time.isoformat()}" if p.time else "")
        yield p.span, "published", f"{art}-published", f"published {when}", ()
    for j, b in enumerate(a.bylines):
        yield b.span, "byline", f"{art}-byline-{j}", "byline · " + _people(b.people), ()
    for j, h in enumerate(a.headings):
        level = str(h.level)
        marker = f" · marker {h.marker}" if h.marker else ""
        yield h.span, "heading", f"{art}-heading-{j}", f"heading level {level}{marker}: {h.text}", (
            ("data-level", level),
        )
    for j, para in enumerate(a.paragraphs):
        yield para.span, "paragraph", f"{art}-paragraph-{j}", f"paragraph {j + 1}", ()
    for j, f in enumerate(a.facts):
        yield f.span, "fact", f"{art}-fact-{j}", "fact · " + _fact_value(f), ()
    for j, m in enumerate(a.dates):
        yield m.span, "date", f"{art}-date-{j}", f"date → {m.date or '?'}", ()
    for j, x in enumerate(a.extras):
        yield x.span, "extra", f"{art}-extra-{j}", f"{x.parser} ({x.rule}): {x.value}", (("data-parser", x.parser),)


def _dateline_bits(d: Dateline, value: Callable[[str], str]) -> list[str]:
    """The fields of a dateline as ``label value`` strings; ``value`` formats the main values."""
    bits = [f"outlet {value(d.outlet)}"]
    if d.place:
        bits.append(f"place {value(d.place)}")
    if d.month or d.day:
        bits.append(f"{d.month or '?'}月{d.day or '?'}日")
    bits.append(f"kind {d.kind}")
    if d.date:
        bits.append(f"date {value(d.date.isoformat())}")
    return bits


def _people(people: Iterable[Person]) -> str:
    out = [p.name + (f" ({p.role})" if p.role else "") + (f" [{p.org}]" if p.org else "") for p in people]
    return ", ".join(out) or "(nobody)"


def _fact_value(f: Fact) -> str:
    value = decimal_str(f.value)
    if f.value_max is not None:
        value += f"–{decimal_str(f.value_max)}"
    out = f"{value} {f.unit}"
    if f.qualifier:
        out += f" · {f.qualifier}"
    if f.object:
        out += f" · object {f.object}"
    return out


def _noise_title(x: Noise) -> str:
    return f"noise {x.kind} · rule {x.rule or '?'}"


def _repair_title(r: Repair) -> str:
    return f"repair {r.kind} ({r.rule or '?'}): {_short(r.before, 40)!r} → {_short(r.after, 40)!r}"


def _marks(doc: Document, n: int, prefix: str) -> list[_Mark]:
    out: list[_Mark] = []
    for i, a in enumerate(doc.articles):
        for span, kind, local, title, extra in _article_marks(i, a):
            s, e = _clip(span, n)
            css = ""
            if kind == "heading":
                level = dict(extra).get("data-level", "1")
                css = f"hl-h{min(max(int(level), 1), 4)}"
            out.append(_Mark(s, e, kind, f"{prefix}-{local}", title, extra, css))
    for j, x in enumerate(doc.noise):
        s, e = _clip(x.span, n)
        extra = (("data-noise-kind", x.kind), ("data-rule", x.rule))
        out.append(_Mark(s, e, "noise", f"{prefix}-noise-{j}", _noise_title(x), extra))
    for j, r in enumerate(doc.repairs):
        s, e = _clip(r.span, n)
        extra = (("data-repair-kind", r.kind),)
        out.append(_Mark(s, e, "repair", f"{prefix}-repair-{j}", _repair_title(r), extra))
    return out


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped text with every mark wrapped in spans: a boundary sweep over a stack.

    At each boundary the marks ending there are closed; marks above them on the stack
    that go on are closed too and reopened as continuation fragments, so the output
    always nests correctly however the spans overlap.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    empties: dict[int, list[int]] = {}
    for k, m in enumerate(marks):
        if m.end > m.start:
            starts.setdefault(m.start, []).append(k)
            ends.setdefault(m.end, []).append(k)
        else:
            empties.setdefault(m.start, []).append(k)

    def order(k: int) -> tuple[int, int, int]:
        m = marks[k]
        return (-m.end, _DEPTH.get(m.kind, len(_DEPTH)), k)

    out: list[str] = []
    stack: list[int] = []
    pos = 0
    for p in sorted(starts.keys() | ends.keys() | empties.keys()):
        if p > pos:
            out.append(_esc(text[pos:p]))
            pos = p
        closing = set(ends.get(p, ()))
        reopen: list[int] = []
        if closing:
            cut = min(i for i, k in enumerate(stack) if k in closing)
            reopen = [k for k in stack[cut:] if k not in closing]
            out.append("</span>" * (len(stack) - cut))
            del stack[cut:]
        for k in sorted(empties.get(p, ()), key=order):
            out.append(marks[k].open_tag(first=True) + "</span>")
        fresh = set(starts.get(p, ()))
        for k in sorted(reopen + sorted(fresh), key=order):
            out.append(marks[k].open_tag(first=k in fresh))
            stack.append(k)
    out.append(_esc(text[pos:]))
    out.append("</span>" * len(stack))
    return "".join(out)


# --------------------------------------------------------------------------- the record


def _link(ident: str, label: str) -> str:
    return f'<a href="#{ident}">{_esc(label)}</a>'


def _record(i: int, a: Article, prefix: str) -> str:
    art = f"{prefix}-a{i}"
    rows: list[str] = []

    def row(name: str, value: str) -> None:
        rows.append(f"<tr><th>{name}</th><td>{value}</td></tr>")

    title = _link(f"{art}-title", a.title.text) if a.title else '<span class="none">(untitled)</span>'
    if a.subtitle:
        row("subtitle", _link(f"{art}-subtitle", a.subtitle.text))
    if a.columns:
        row("columns", " · ".join(_link(f"{art}-column-{j}", c.text) for j, c in enumerate(a.columns)))
    if a.dateline:
        d = a.dateline
        bits = _dateline_bits(d, lambda v: f"<b>{_esc(v)}</b>")
        row("dateline", _link(f"{art}-dateline", d.text) + "<br>" + " · ".join(bits))
    if a.published:
        p = a.published
        when = p.date.isoformat() + (f" {p.time.isoformat()}" if p.time else "")
        row("published", _link(f"{art}-published", when))
    if a.bylines:
        items = "".join(
            f"<li>{_link(f'{art}-byline-{j}', b.text)}: {_esc(_people(b.people))}</li>" for j, b in enumerate(a.bylines)
        )
        row("bylines", f"<ul>{items}</ul>")
    if a.headings:
        items = "".join(
            f'<li class="lvl lvl{min(max(h.level, 1), 4)}"><span class="badge">{h.level}</span> '
            f"{_esc(h.marker or '')}{_link(f'{art}-heading-{j}', h.text)}</li>"
            for j, h in enumerate(a.headings)
        )
        row("headings", f"<ul>{items}</ul>")
    if a.paragraphs:
        chars = sum(len(p.text) for p in a.paragraphs)
        items = "".join(
            f"<li>{_link(f'{art}-paragraph-{j}', _short(p.text, 200))}</li>" for j, p in enumerate(a.paragraphs)
        )
        row("paragraphs", f"<details><summary>{len(a.paragraphs)} paragraphs, {chars} characters</summary>"
                          f"<ol>{items}</ol></details>")
    if a.facts:
        body = "".join(
            f"<tr><td>{_link(f'{art}-fact-{j}', f.text)}</td><td>{_esc(_fact_value(f))}</td></tr>"
            for j, f in enumerate(a.facts)
        )
        row("facts", f'<table class="inner"><tbody>{body}</tbody></table>')
    if a.dates:
        items = "".join(
            f"<li>{_link(f'{art}-date-{j}', m.text)} → <code>{_esc(m.date or '?')}</code></li>"
            for j, m in enumerate(a.dates)
        )
        row("dates", f"<ul>{items}</ul>")
    if a.extras:
        items = "".join(
            f"<li>{_esc(x.parser)}: {_link(f'{art}-extra-{j}', x.text)}</li>" for j, x in enumerate(a.extras)
        )
        row("extras", f"<ul>{items}</ul>")
    table = f'<table class="fields"><tbody>{"".join(rows)}</tbody></table>' if rows else ""
    return (f'<article class="record" id="{art}-record"><h3><a class="num" href="#{art}">{i + 1}</a> {title}</h3>'
            f"{table}</article>")


def _page_lists(doc: Document, prefix: str) -> str:
    out: list[str] = []
    if doc.noise:
        items = "".join(
            f'<li><span class="tag">{_esc(x.kind)}</span> <code>{_esc(x.rule or "?")}</code> '
            f"{_link(f'{prefix}-noise-{j}', _short(x.text))}</li>"
            for j, x in enumerate(doc.noise)
        )
        out.append(f"<details><summary>{len(doc.noise)} noise spans</summary><ul>{items}</ul></details>")
    if doc.repairs:
        counts: dict[str, int] = {}
        for r in doc.repairs:
            counts[r.kind] = counts.get(r.kind, 0) + 1
        kinds = ", ".join(f"{_esc(k)} {v}" for k, v in sorted(counts.items()))
        items = "".join(
            f"<li>{_link(f'{prefix}-repair-{j}', _short(r.before, 40) or '∅')} → {_esc(_short(r.after, 40) or '∅')} "
            f'<span class="tag">{_esc(r.kind)}</span></li>'
            for j, r in enumerate(doc.repairs)
        )
        out.append(f"<details><summary>{len(doc.repairs)} repairs ({kinds})</summary><ul>{items}</ul></details>")
    return f'<div class="page-lists">{"".join(out)}</div>' if out else ""


def _section(k: int, name: str, doc: Document, text: str) -> str:
    prefix = f"d{k}"
    n = len(text)
    marks = _marks(doc, n, prefix)
    counts: dict[str, int] = {}
    for m in marks:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    summary = " · ".join(
        f'<span class="sw hl-{kind}">{kind}</span> {counts[kind]}' for kind, _label in KINDS if counts.get(kind)
    )
    records = "".join(_record(i, a, prefix) for i, a in enumerate(doc.articles))
    if not doc.articles:
        records = '<p class="none">No article found.</p>'
    return (
        f'<section class="doc" id="{prefix}" data-name="{_attr(name)}">'
        f"<h2>{_esc(name)}</h2>"
        f'<p class="counts">{n} characters · {len(doc.articles)} articles · {summary or "nothing found"}</p>'
        '<div class="cols">'
        f'<div class="src" lang="zh"><div class="text">{_highlight(text, marks)}</div></div>'
        f'<div class="rec">{records}{_page_lists(doc, prefix)}</div>'
        "</div></section>"
    )


_CSS = """
:root{color-scheme:light;--fg:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--bg:#fff;--panel:#f6f6f8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",
"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
header h1{font-size:1.15rem;margin:0 0 .3rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .5rem;margin:0;padding:0;list-style:none;font-size:.85rem}
.legend li{white-space:nowrap}
nav.toc{display:flex;flex-wrap:wrap;gap:.1rem .8rem;font-size:.85rem;margin-top:.3rem}
nav.toc a{overflow-wrap:anywhere;min-width:0}
section.doc{padding:.6rem 1rem 1.5rem;border-bottom:2px solid var(--line)}
section.doc h2{font-size:1.05rem;margin:.2rem 0;overflow-wrap:anywhere}
.counts{color:var(--muted);font-size:.85rem;margin:.2rem 0 .6rem}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
.src .text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;font-size:1rem;padding:.6rem .8rem;
border:1px solid var(--line);border-radius:6px;background:#fff}
.rec{position:sticky;top:0;max-height:100vh;overflow:auto;font-size:.9rem}
@media (max-width:820px){.cols{grid-template-columns:minmax(0,1fr)}.rec{position:static;max-height:none}
body{font-size:14px}section.doc{padding:.5rem .6rem 1rem}}
.record{border:1px solid var(--line);border-radius:6px;margin:0 0 .7rem;padding:.4rem .6rem;background:var(--panel)}
.record h3{font-size:1rem;margin:.1rem 0 .3rem}
.record a{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
.num{display:inline-block;min-width:1.5em;text-align:center;border-radius:4px;background:#444;color:#fff!important;
border:0!important;font-size:.8rem}
table.fields{border-collapse:collapse;width:100%}
table.fields th{text-align:left;vertical-align:top;color:var(--muted);font-weight:500;padding:.15rem .5rem .15rem 0;
width:6.5em}
table.fields td{padding:.15rem 0;overflow-wrap:anywhere}
table.inner td{padding:0 .6rem 0 0;vertical-align:top}
ul,ol{margin:0;padding-left:1.2rem}
.lvl2{margin-left:.8rem}.lvl3{margin-left:1.6rem}.lvl4{margin-left:2.4rem}
.badge,.tag{display:inline-block;font-size:.72rem;padding:0 .3em;border-radius:3px;background:#e4e4ea;color:#333}
.none{color:var(--muted);font-style:italic}
details summary{cursor:pointer}
.page-lists{font-size:.85rem}
.hl{border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl:target,.hl:hover{outline:2px solid #e8590c}
.hl-article.hl-first::before{content:"▶ " attr(data-article);font-size:.72rem;font-weight:700;color:#fff;
background:#444;border-radius:3px;padding:0 .3em;margin-right:.2em}
.hl-paragraph{background:#fbfbfd;border-bottom:1px solid #eceef3}
.hl-column{background:#efe4ff;color:#4b2a80}
.hl-title{background:#ffe1cc;font-weight:700}
.hl-subtitle{background:#fff0e3;font-style:italic}
.hl-heading{font-weight:700;border-bottom:3px solid #d9480f}
.hl-h2{border-bottom-width:2px;border-bottom-color:#f08c00}
.hl-h3{border-bottom:2px dashed #f59f00;font-weight:600}
.hl-h4{border-bottom:1px dashed #fab005;font-weight:600}
.hl-dateline{background:#cfe8ff;color:#0b4f8a}
.hl-published{background:#d8f3ff;border:1px solid #74c0fc}
.hl-byline{background:#d3f9d8;color:#1f6b32}
.hl-date{background:#e5dbff;border-bottom:2px solid #7048e8}
.hl-fact{background:#fff3a3;border-bottom:2px solid #e0a800;cursor:help}
.hl-extra{background:#c3fae8}
.hl-repair{text-decoration:underline wavy #e03131;text-underline-offset:3px}
.hl-repair.hl-empty::after{content:"‸";color:#e03131}
.hl-noise{text-decoration:line-through #868e96;color:#868e96;background:#f1f3f5}
.hl-noise.hl-first::before{content:attr(data-noise-kind);font-size:.68rem;color:#fff;background:#868e96;
border-radius:3px;padding:0 .3em;margin-right:.2em;text-decoration:none;display:inline-block}
.sw{display:inline-block;padding:0 .35em;border-radius:3px}
.legend .sw::before,.counts .sw::before{content:none}
"""


def _legend() -> str:
    items = "".join(
        f'<li><span class="sw hl-{kind}" data-legend="{kind}">{_esc(label)}</span></li>' for kind, label in KINDS
    )
    return f'<ul class="legend" aria-label="legend">{items}</ul>'


def _version() -> str:
    try:
        return version("govnews")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def render_html(docs: Sequence[tuple[str, Document, str]]) -> str:
    """One self-contained HTML page showing each parsed page beside its records.

    ``docs`` holds ``(name, document, original_text)`` triples, as the command line
    makes them. Spans that reach outside the text are clipped; nothing raises.

    >>> from govnews import parse
    >>> text = "标题\\n正文<b>。"
    >>> page = render_html([("x.txt", parse(text), text)])
    >>> "正文&lt;b&gt;。" in page and "<b>" not in page
    True
    >>> 'class="legend"' in page and "http" not in page
    True
    """
    sections = "".join(_section(k, name, doc, text) for k, (name, doc, text) in enumerate(docs))
    if not docs:
        sections = '<p class="none">No page given.</p>'
    toc = ""
    if len(docs) > 1:
        toc = '<nav class="toc">' + "".join(
            f'<a href="#d{k}">{_esc(name)}</a>' for k, (name, _doc, _text) in enumerate(docs)
        ) + "</nav>"
    title = "govnews" if len(docs) != 1 else f"govnews · {docs[0][0]}"
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="generator" content="govnews {_attr(_version())}">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>govnews · {len(docs)} page{'s' if len(docs) != 1 else ''}</h1>{_legend()}{toc}</header>"
        f"<main>{sections}</main></body></html>\n"
    )
