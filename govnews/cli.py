"""The ``govnews`` command line.

``govnews parse PATH... [-]`` parses pages and prints them as a readable summary
(``--format text``, the default), JSON, JSON Lines or an HTML view. Directories are
searched recursively (``--glob``), ``--jsonl`` reads JSON Lines records
(``--text-field body --id-field url``), ``--jobs N`` parses on N processes; output
is streamed in input order, and a document that fails becomes an error record.

    govnews parse --jsonl corpus/ --text-field body --id-field url --format jsonl -j 4 > parsed.jsonl
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from govnews.batch import Item, Progress, Result, input_bytes, iter_files, iter_jsonl, parse_many
from govnews.document import Document

__all__ = ["main", "summary"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def summary(doc: Document, *, name: str = "") -> str:
    """A readable, plain-text summary of a parsed page.

    >>> from govnews import Article, Span, Text
    >>> doc = Document(articles=(Article(span=Span(0, 6), title=Text("标题", Span(0, 2)),
    ...                                  paragraphs=(Text("正文。", Span(3, 6)),)),))
    >>> print(summary(doc))
    1 article, 0 noise spans, 0 repairs
    <BLANKLINE>
    [1] 标题
        paragraphs: 1, 3 characters
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


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govnews", description="Structured records from Chinese news text.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse pages and print what was found",
        description="Parse pages (files, directories searched recursively, or JSON Lines records) and print "
        "one record per document, in input order. A document that fails becomes an error record; "
        "the exit status is 1 when any input could not be read or parsed.",
    )
    p.add_argument("files", nargs="+", metavar="PATH",
                   help="text files or directories to parse; - reads standard input")
    p.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    p.add_argument("--reference-date", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="resolves dates the page gives without a year")
    p.add_argument("--glob", default=None, metavar="PATTERN",
                   help="file names to take from directories (default *.txt, or *.jsonl with --jsonl)")
    p.add_argument("--jsonl", action="store_true",
                   help="inputs are JSON Lines files with one document per record")
    p.add_argument("--text-field", default="text", metavar="NAME", help="record field holding the text (--jsonl)")
    p.add_argument("--id-field", default=None, metavar="NAME",
                   help="record field naming the document (--jsonl; default: path:line)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="parse on N processes (0: one per CPU); output order is kept")
    p.add_argument("--chunksize", type=int, default=8, metavar="N", help="documents sent to a worker at a time")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on standard error (default: when it is a terminal)")
    return ap


def _peek(it: Iterator[Result], n: int) -> tuple[list[Result], Iterator[Result]]:
    head = list(itertools.islice(it, n))
    return head, itertools.chain(head, it)


class _Run:
    """Writes results as they come, reports failures on standard error, counts them."""

    def __init__(self, out: TextIO, progress: Progress) -> None:
        self.out = out
        self.progress = progress
        self.failed = 0

    def results(self, results: Iterable[Result]) -> Iterator[Result]:
        for r in results:
            if not r.ok:
                self.failed += 1
                if self.progress.enabled:
                    sys.stderr.write("\r\x1b[K")
                print(f"govnews: {r.id}: {r.error}", file=sys.stderr)
            self.progress.update(r.nbytes, error=not r.ok)
            yield r


def _writable(s: str) -> str:
    """``s`` with lone surrogates escaped, so that it can be written as UTF-8."""
    if _SURROGATE.search(s) is None:
        return s
    return s.encode("utf-8", "backslashreplace").decode("utf-8")


def _emit(results: Iterator[Result], fmt: str, out: TextIO, *, single: bool) -> None:
    if fmt == "jsonl":
        for r in results:
            out.write(r.to_json() + "\n")
    elif fmt == "json":
        if single:
            for r in results:
                if r.doc is not None:
                    out.write(_writable(json.dumps(r.doc.to_dict(), ensure_ascii=False, indent=1)) + "\n")
            return
        out.write("[")
        for i, r in enumerate(results):
            out.write(("," if i else "") + "\n" + _writable(json.dumps(r.record(), ensure_ascii=False, indent=1)))
        out.write("\n]\n")
    else:  # text
        first = True
        for r in results:
            if r.doc is None:
                continue
            out.write(_writable(("" if first else "\n\n") + summary(r.doc, name="" if single else r.id)))
            first = False
        if not first:
            out.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govnews`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    glob = args.glob or ("*.jsonl" if args.jsonl else "*.txt")
    items: Iterable[Item]
    if args.jsonl:
        items = iter_jsonl(args.files, text_field=args.text_field, id_field=args.id_field, glob=glob)
    else:
        items = iter_files(args.files, glob=glob)
    progress = Progress(sys.stderr, total_bytes=input_bytes(args.files, glob=glob), enabled=args.progress)
    run = _Run(sys.stdout, progress)
    try:
        if args.format == "html":
            from govnews.render import render_html

            listed = list(items)  # the HTML view holds every page: meant for a handful
            done = run.results(parse_many(listed, jobs=args.jobs, chunksize=args.chunksize,
                                          reference_date=args.reference_date))
            docs = [(r.id, r.doc, i.text or "") for i, r in zip(listed, done, strict=True) if r.doc is not None]
            sys.stdout.write(render_html(docs))
        else:
            results = run.results(parse_many(
                items, jobs=args.jobs, chunksize=args.chunksize, reference_date=args.reference_date,
                serialize=args.format == "jsonl",
            ))
            head, results = _peek(results, 2)
            _emit(results, args.format, sys.stdout, single=len(head) == 1 and not args.jsonl)
        sys.stdout.flush()
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1 if run.failed else 0
    except KeyboardInterrupt:  # pragma: no cover - interactive
        print("govnews: interrupted", file=sys.stderr)
        return 130
    finally:
        progress.close()
    return 1 if run.failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
