"""The ``govnews`` command line.

``govnews parse FILE... [-]`` parses pages and prints them as a readable summary
(``--format text``, the default), JSON, JSON Lines or an HTML view.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from govnews.decode import decode_with_encoding
from govnews.document import Document
from govnews.pipeline import parse

__all__ = ["main", "summary"]


def summary(doc: Document, *, name: str = "") -> str:
    """A readable, plain-text summary of a parsed page.

    >>> from govnews import parse
    >>> print(summary(parse("标题\\n本报讯(记者 张同建)正文。")).splitlines()[0])
    1 article, 0 noise spans, 0 repairs
    """
    out: list[str] = []
    n = len(doc.articles)
    head = f"{n} article{'s' if n != 1 else ''}, {len(doc.noise)} noise spans, {len(doc.repairs)} repairs"
    out.append(f"{name}: {head}" if name else head)
    for i, a in enumerate(doc.articles, 1):
        out.append("")
        out.append(f"[{i}] {a.title.text if a.title else '(untitled)'}")
        if a.subtitle:
            out.append(f"    subtitle:  {a.subtitle.text}")
        if a.columns:
            out.append(f"    columns:   {' / '.join(c.text for c in a.columns)}")
        if a.dateline:
            out.append(f"    dateline:  {a.dateline.text}")
        if a.published:
            t = f" {a.published.time.isoformat()}" if a.published.time else ""
            out.append(f"    published: {a.published.date.isoformat()}{t}")
        for b in a.bylines:
            people = ", ".join(
                p.name + (f" ({p.role})" if p.role else "") + (f" [{p.org}]" if p.org else "")
                for p in b.people
            )
            out.append(f"    byline:    {people}")
        for h in a.headings:
            out.append(f"    {'  ' * (h.level - 1)}heading {h.level}: {h.marker or ''}{h.text}")
        out.append(f"    paragraphs: {len(a.paragraphs)}, {sum(len(p.text) for p in a.paragraphs)} characters")
        if a.facts:
            shown = ", ".join(f.text for f in a.facts[:12])
            more = f" … (+{len(a.facts) - 12})" if len(a.facts) > 12 else ""
            out.append(f"    facts ({len(a.facts)}): {shown}{more}")
        if a.dates:
            out.append(f"    dates: {', '.join(f'{d.text}={d.date}' for d in a.dates[:12])}")
    if doc.noise:
        out.append("")
        out.append("noise:")
        for x in doc.noise:
            text = x.text.replace("\n", " ⏎ ")
            out.append(f"    {x.kind:15} {text[:60]}{'…' if len(text) > 60 else ''}")
    return "\n".join(out)


def _read(path: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return decode_with_encoding(data)[0]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govnews", description="Structured records from Chinese news text.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse pages and print what was found")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to parse; - reads standard input")
    p.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    p.add_argument("--reference-date", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="resolves dates the page gives without a year")
    return ap


def _emit(docs: Sequence[tuple[str, Document, str]], fmt: str, out: TextIO) -> None:
    if fmt == "text":
        out.write("\n\n".join(summary(d, name=n if len(docs) > 1 else "") for n, d, _ in docs) + "\n")
    elif fmt == "json":
        if len(docs) == 1:
            payload: object = docs[0][1].to_dict()
        else:
            payload = [dict(d.to_dict(), source=n) for n, d, _ in docs]
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for n, d, _ in docs:
            out.write(json.dumps(dict(d.to_dict(), source=n), ensure_ascii=False) + "\n")
    else:
        from govnews.render import render_html

        out.write(render_html([(n, d, t) for n, d, t in docs]))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govnews`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    docs: list[tuple[str, Document, str]] = []
    status = 0
    for path in args.files:
        try:
            text = _read(path)
        except OSError as e:
            print(f"govnews: {path}: {e.strerror or e}", file=sys.stderr)
            status = 1
            continue
        docs.append((path, parse(text, reference_date=args.reference_date), text))
    try:
        _emit(docs, args.format, sys.stdout)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return status
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
