"""The ``govnews`` command line.

``govnews parse PATH... [-]`` parses pages (text, or HTML by their ``.html``/``.htm``
names) and prints them as a readable summary (``--format text``, the default), JSON
(one array of records), JSON Lines, an HTML view or a facts table (``facts-csv``,
``facts-parquet``). Directories are searched recursively (``--glob``); ``.jsonl`` files
(or any input with ``--jsonl``) hold one record per line (``--text-field body --id-field
url``, ``--keep-fields``, ``--date-field crawl_date``); ``-o DIR`` writes one file per
document, ``--tables DIR`` the flat tables; ``--jobs N`` parses on N processes. Output is
streamed in input order, a document that fails becomes an error record, and no input
at all is an error.

    govnews parse --jsonl corpus/ --text-field body --id-field url --format jsonl -j 4 > parsed.jsonl
    govnews parse pages/ --tables tables/          # documents, articles, facts, ... as Parquet
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
from pathlib import Path
from typing import Any, TextIO

from govnews.batch import DEFAULT_GLOBS, Item, Progress, Result, input_bytes, iter_files, iter_jsonl, parse_many
from govnews.document import Document
from govnews.tables import TableWriter

__all__ = ["main", "summary"]

_SURROGATE = re.compile("[\ud800-\udfff]")
FORMATS = ("text", "json", "jsonl", "html", "facts-csv", "facts-parquet")


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
    from govnews import __version__

    ap = argparse.ArgumentParser(prog="govnews", description="Structured records from Chinese news text.")
    ap.add_argument("--version", action="version", version=f"govnews {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse pages and print what was found",
        description="Parse pages (text or HTML files, directories searched recursively, or JSON Lines records) "
        "and print one record per document, in input order. A document that fails becomes an error record; "
        "the exit status is 1 when any input could not be read or parsed, 2 when there is no input at all.",
    )
    p.add_argument("files", nargs="+", metavar="PATH",
                   help="text or HTML files, .jsonl files, or directories to parse; - reads standard input")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="text (default), json (one array of records), jsonl, html (a view of the pages), "
                   "facts-csv or facts-parquet (one row per fact)")
    p.add_argument("-o", "--output-dir", default=None, metavar="DIR",
                   help="write one file per input document into DIR (facts-*: DIR/facts.csv|parquet) "
                   "instead of standard output")
    p.add_argument("--tables", default=None, metavar="DIR",
                   help="write the tables (documents, articles, facts, bylines, dates, noise) into DIR")
    p.add_argument("--tables-format", choices=("parquet", "csv"), default="parquet",
                   help="file format of --tables (parquet needs pyarrow: pip install 'govnews[tables]')")
    p.add_argument("--reference-date", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="resolves dates the page gives without a year")
    p.add_argument("--glob", action="append", default=None, metavar="PATTERN",
                   help="file names to take from directories, repeatable "
                   "(default *.txt, *.html and *.htm, or *.jsonl with --jsonl)")
    p.add_argument("--jsonl", action="store_true",
                   help="inputs are JSON Lines files with one document per record (.jsonl files are read "
                   "as such without it)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="record field holding the text (JSONL)")
    p.add_argument("--id-field", default=None, metavar="NAME",
                   help="record field naming the document (JSONL; default: path:line)")
    p.add_argument("--keep-fields", nargs="?", const="*", default=None, metavar="NAME,...",
                   help="keep the record's other fields (all, or the named ones) beside the result (JSONL)")
    p.add_argument("--date-field", default=None, metavar="NAME",
                   help="record field giving each page's reference date, e.g. a crawl date (JSONL)")
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
        # One shape whatever the number of inputs: an array of records, each with its source.
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


_UNSAFE = re.compile(r"[^\w.\-]+")


class _Names:
    """File names in the output folder: the input's name with the format's extension, never twice the same."""

    def __init__(self, directory: Path, ext: str) -> None:
        self.dir = directory
        self.ext = ext
        self.used: set[str] = set()

    def __call__(self, ident: str) -> Path:
        base = ident.rsplit("/", 1)[-1] if "://" not in ident else ident.split("://", 1)[1]
        stem = Path(base).stem if Path(base).suffix.lower() in _INPUT_SUFFIXES else base
        stem = _UNSAFE.sub("_", stem).strip("._")[:120] or "document"
        name, k = stem, 1
        while name in self.used:
            k += 1
            name = f"{stem}-{k}"
        self.used.add(name)
        return self.dir / f"{name}{self.ext}"


_INPUT_SUFFIXES = frozenset((".txt", ".html", ".htm", ".xhtml", ".shtml", ".json"))
_EXT = {"text": ".txt", "json": ".json", "jsonl": ".json", "html": ".html"}


def _write_files(results: Iterable[Result], fmt: str, names: _Names, texts: dict[str, str] | None) -> int:
    written = 0
    for r in results:
        if not r.ok:
            continue
        path = names(r.id)
        if fmt == "text":
            assert r.doc is not None
            body = summary(r.doc) + "\n"
        elif fmt == "html":
            from govnews.render import render_html

            assert r.doc is not None
            body = render_html([(r.id, r.doc, (texts or {}).get(r.id, ""))])
        else:
            body = json.dumps(r.record(), ensure_ascii=False, indent=1 if fmt == "json" else None) + "\n"
        path.write_text(_writable(body), encoding="utf-8")
        written += 1
    return written


def _no_input(args: argparse.Namespace, globs: Sequence[str]) -> str:
    dirs = [f for f in args.files if Path(f).is_dir()]
    where = f" under {', '.join(dirs)}" if dirs else ""
    return f"govnews: no input documents: no files matching {', '.join(globs)}{where} (see --glob)"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govnews`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    globs: tuple[str, ...] = tuple(args.glob) if args.glob else (("*.jsonl",) if args.jsonl else DEFAULT_GLOBS)
    fmt = args.format or ("text" if args.tables is None else None)
    keep: bool | list[str] = False
    if args.keep_fields is not None:
        keep = True if args.keep_fields == "*" else [k for k in args.keep_fields.split(",") if k]
    fields = {"text_field": args.text_field, "id_field": args.id_field, "keep_fields": keep,
              "date_field": args.date_field}
    items: Iterable[Item]
    items = iter_jsonl(args.files, glob=globs, **fields) if args.jsonl else iter_files(args.files, glob=globs, **fields)
    first = list(itertools.islice(iter(items), 1))
    if not first:
        print(_no_input(args, globs), file=sys.stderr)
        return 2
    items = itertools.chain(first, items)
    if fmt == "facts-parquet" and args.output_dir is None and sys.stdout.isatty():
        print("govnews: facts-parquet is binary: redirect standard output or give -o DIR", file=sys.stderr)
        return 2
    progress = Progress(sys.stderr, total_bytes=input_bytes(args.files, glob=globs), enabled=args.progress)
    run = _Run(sys.stdout, progress)
    said: list[str] = []
    try:
        texts: dict[str, str] | None = None
        if fmt == "html":
            listed = list(items)  # the HTML view holds every page: meant for a handful
            texts = {i.id: i.text or "" for i in listed}
            items = listed
        results: Iterator[Result] = run.results(parse_many(
            items, jobs=args.jobs, chunksize=args.chunksize, reference_date=args.reference_date,
            serialize=fmt in ("jsonl", "facts-csv", "facts-parquet") or (fmt is None),
        ))
        writer: TableWriter | None = None
        if args.tables is not None:
            writer = TableWriter(args.tables, format=args.tables_format)
            results = _tee(results, writer)
        out_dir = Path(args.output_dir) if args.output_dir is not None else None
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        if fmt is None:
            for _ in results:
                pass
        elif fmt in ("facts-csv", "facts-parquet"):
            kind = "csv" if fmt == "facts-csv" else "parquet"
            target: Any
            target = out_dir if out_dir is not None else sys.stdout if kind == "csv" else sys.stdout.buffer
            facts = TableWriter(target, names=("facts",), format=kind)
            for r in results:
                facts.add(r.record())
            facts.close()
            if out_dir is not None:
                said.append(f"{facts.counts['facts']} facts to {out_dir / f'facts.{kind}'}")
        elif out_dir is not None:
            n = _write_files(results, fmt, _Names(out_dir, _EXT[fmt]), texts)
            said.append(f"{n} files to {out_dir}")
        elif fmt == "html":
            from govnews.render import render_html

            docs = [(r.id, r.doc, (texts or {}).get(r.id, "")) for r in results if r.doc is not None]
            sys.stdout.write(render_html(docs))
        else:
            head, results = _peek(results, 2)
            _emit(results, fmt, sys.stdout, single=len(head) == 1 and not args.jsonl)
        if writer is not None:
            writer.close()
            counts = ", ".join(f"{writer.counts[n]} {n}" for n in writer.names)
            said.append(f"tables to {args.tables}: {counts}")
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
    if said:
        failed = f", {run.failed} failed" if run.failed else ""
        print(f"govnews: {progress.docs} documents{failed}; wrote {'; '.join(said)}", file=sys.stderr)
    return 1 if run.failed else 0


def _tee(results: Iterable[Result], writer: TableWriter) -> Iterator[Result]:
    for r in results:
        writer.add(r.record())
        yield r


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
