"""Batch parsing: many documents, streamed in input order, on one core or many.

Inputs are *items*: an id and the text of one document, or the reason it could
not be read. :func:`iter_files` walks files and directories, :func:`iter_jsonl`
reads JSON Lines records; both read lazily, one document at a time.
:func:`parse_many` parses items in order, across processes with ``jobs > 1``,
keeping only a bounded window of documents in flight, so memory stays flat over
inputs of any size. A document that fails becomes an error :class:`Result`; the
run goes on.

>>> items = [Item("a", "本报讯(记者 张同建)正文。"), Item("b", error="not UTF-8")]
>>> [(r.id, r.ok) for r in parse_many(items)]
[('a', True), ('b', False)]
>>> parse_many([Item("c", "标题\\n正文。")], serialize=True).__next__().line[:30]
'{"schema": "govnews.document/1'

For Dask (``pip install 'govnews[dask]'``), :func:`parse_bag` maps a bag of
records or strings to output records; :func:`write_parquet` writes them with
pyarrow. The recipe::

    import dask.bag as db
    from distributed import Client
    from govnews.batch import parse_bag, write_parquet

    client = Client(n_workers=4, threads_per_worker=1)   # or the address of a cluster
    records = db.read_text("corpus/*.jsonl", blocksize="64MiB").map(json.loads)
    out = parse_bag(records, text_field="body", id_field="url")
    out.map(json.dumps, ensure_ascii=False).to_textfiles("parsed/*.jsonl")   # JSONL
    write_parquet(out, "parsed-parquet")                                    # or Parquet
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime
import importlib
import json
import os
import re
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from govnews.decode import DecodeError, decode_with_encoding
from govnews.document import Document
from govnews.pipeline import Pipeline, parse

__all__ = [
    "DEFAULT_GLOBS",
    "ERROR_SCHEMA",
    "HTML_SUFFIXES",
    "Item",
    "Progress",
    "Result",
    "iter_files",
    "iter_jsonl",
    "parse_bag",
    "parse_item",
    "parse_many",
    "record_item",
    "write_parquet",
]

ERROR_SCHEMA = "govnews.error/1"
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")  # files taken from directories by default
HTML_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".shtml"))  # files read as HTML

_SURROGATE = re.compile("[\ud800-\udfff]")


def _dumps(rec: dict[str, Any]) -> str:
    """One JSON line; readable UTF-8, or ASCII escapes when a lone surrogate would make it unwritable."""
    line = json.dumps(rec, ensure_ascii=False)
    return json.dumps(rec) if _SURROGATE.search(line) else line


@attrs.frozen
class Item:
    """One input document: its id and text, or the reason it could not be read.

    ``nbytes`` is the size it took in the input, for progress reports. ``html`` says
    the text is an HTML page (read with :func:`govnews.parse_html`); ``fields`` are input
    fields kept beside the result; ``reference_date`` is this item's own.

    >>> Item("a.txt", "正文").ok, Item("b.txt", error="missing").ok
    (True, False)
    """

    id: str
    text: str | None = None
    error: str | None = None
    nbytes: int = 0
    html: bool = False
    fields: dict[str, Any] | None = attrs.field(default=None, eq=False, hash=False)
    reference_date: datetime.date | None = None

    @property
    def ok(self) -> bool:
        """Whether the item holds a text to parse."""
        return self.error is None and self.text is not None


@attrs.frozen
class Result:
    """What became of one item: a document, or an error with its reason.

    ``line`` is the JSONL record, when the worker serialised it (``serialize=True``);
    ``doc`` is then ``None``, which saves shipping the document between processes.
    ``extra`` are keys added to the record: ``fields`` (input fields kept) and ``html``
    (an HTML page's metadata).

    >>> r = Result("x", error="ValueError: bad")
    >>> r.record()
    {'schema': 'govnews.error/1', 'source': 'x', 'error': 'ValueError: bad'}
    >>> Result("y", error="binary data", extra={"fields": {"url": "u"}}).record()["fields"]
    {'url': 'u'}
    """

    id: str
    doc: Document | None = None
    error: str | None = None
    line: str | None = None
    chars: int = 0
    nbytes: int = 0
    extra: dict[str, Any] | None = attrs.field(default=None, eq=False, hash=False)

    @property
    def ok(self) -> bool:
        """Whether parsing succeeded."""
        return self.error is None

    def record(self) -> dict[str, Any]:
        """The output record: the document's dict with ``source``, or an error record."""
        if self.error is not None:
            return {"schema": ERROR_SCHEMA, "source": self.id, "error": self.error, **(self.extra or {})}
        if self.line is not None:
            rec: dict[str, Any] = json.loads(self.line)
            return rec
        assert self.doc is not None
        return dict(self.doc.to_dict(), source=self.id, **(self.extra or {}))

    def to_json(self) -> str:
        """The record as one JSON line (without the line break)."""
        if self.line is not None:
            return self.line
        return _dumps(self.record())


# --------------------------------------------------------------------------- inputs


def _oserror(e: OSError) -> str:
    return e.strerror or str(e)


def _bytes_item(ident: str, data: bytes, *, html: bool = False) -> Item:
    try:
        text = decode_with_encoding(data, strict=True)[0]
    except DecodeError as e:
        return Item(ident, error=f"cannot decode: {e}", nbytes=len(data))
    return Item(ident, text, nbytes=len(data), html=html)


def _read_file(path: Path) -> Item:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Item(str(path), error=_oserror(e))
    item = _bytes_item(str(path), data, html=path.suffix.lower() in HTML_SUFFIXES)
    if not item.html and item.text is not None:
        from govnews.html import looks_like_html

        if looks_like_html(item.text):  # an HTML page saved under another name
            return attrs.evolve(item, html=True)
    return item


def _globs(glob: str | Sequence[str]) -> tuple[str, ...]:
    return (glob,) if isinstance(glob, str) else tuple(glob)


def _walk(path: Path, glob: str | Sequence[str]) -> list[Path]:
    return sorted({p for g in _globs(glob) for p in path.rglob(g) if p.is_file()})


def iter_files(
    paths: Iterable[str],
    *,
    glob: str | Sequence[str] = DEFAULT_GLOBS,
    stdin: TextIO | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    keep_fields: bool | Sequence[str] = False,
    date_field: str | None = None,
) -> Iterator[Item]:
    """Items for page files; directories are searched recursively for ``glob`` (one pattern or several).

    A file named explicitly is read whatever its name; ``-`` reads standard input.
    A missing or unreadable path gives an error item, and so do bytes that are not
    text (binary data, UTF-16 without a byte-order mark). ``.html``/``.htm`` files, and
    files whose text is clearly HTML, are read as HTML; a ``.jsonl`` file named explicitly is read as JSON Lines records
    (the field options are those of :func:`iter_jsonl`).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "sub").mkdir(), (d / "sub" / "a.txt").write_text("正文", "utf-8")
    >>> [(pathlib.Path(i.id).name, i.text) for i in iter_files([str(d), str(d / "nope.txt")])]
    [('a.txt', '正文'), ('nope.txt', None)]
    """
    for name in paths:
        if name == "-":
            data = (stdin.buffer if stdin is not None else sys.stdin.buffer).read()
            yield _bytes_item("-", data)
            continue
        p = Path(name)
        if p.is_dir():
            try:
                found = _walk(p, glob)
            except OSError as e:
                yield Item(name, error=_oserror(e))
                continue
        else:
            found = [p]
        for f in found:
            if f.suffix.lower() == ".jsonl":
                yield from iter_jsonl([str(f)], text_field=text_field, id_field=id_field,
                                      keep_fields=keep_fields, date_field=date_field)
            else:
                yield _read_file(f)


def _record_date(value: Any) -> datetime.date:
    """A record's reference date: ``YYYY-MM-DD``, optionally with a time after it."""
    if isinstance(value, str):
        m = re.match(r"\s*([0-9]{4})-?([0-9]{2})-?([0-9]{2})(?![0-9])", value)
        if m is not None:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def record_item(
    rec: Any,
    where: str,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    keep_fields: bool | Sequence[str] = False,
    date_field: str | None = None,
    nbytes: int = 0,
) -> Item:
    """The item of one input record (a dict): its text, id, kept fields and reference date.

    HTML in the text field (see :func:`govnews.looks_like_html`) is read as HTML.
    ``keep_fields`` keeps every field but the text (``True``) or the named ones.

    >>> i = record_item({"url": "u", "body": "正文", "crawl_date": "2019-05-02T08:00:00Z"}, "f:1",
    ...                 text_field="body", id_field="url", keep_fields=True, date_field="crawl_date")
    >>> i.id, i.fields, i.reference_date
    ('u', {'url': 'u', 'crawl_date': '2019-05-02T08:00:00Z'}, datetime.date(2019, 5, 2))
    >>> record_item({"text": "正文", "day": "soon"}, "f:2", date_field="day").error
    "field 'day': 'soon' is not a date (YYYY-MM-DD)"
    """
    if not isinstance(rec, dict):
        return Item(where, error=f"not a JSON object but {type(rec).__name__}", nbytes=nbytes)
    ident = where
    if id_field is not None and rec.get(id_field) is not None:
        ident = str(rec[id_field])
    fields: dict[str, Any] | None = None
    if keep_fields is True:
        fields = {k: v for k, v in rec.items() if k != text_field}
    elif keep_fields:
        fields = {k: rec.get(k) for k in keep_fields}
    text = rec.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Item(ident, error=f"field {text_field!r} is {what}", nbytes=nbytes, fields=fields)
    ref = None
    if date_field is not None and rec.get(date_field) is not None:
        try:
            ref = _record_date(rec[date_field])
        except ValueError as e:
            return Item(ident, error=f"field {date_field!r}: {e}", nbytes=nbytes, fields=fields)
    from govnews.html import looks_like_html

    return Item(ident, text, nbytes=nbytes, html=looks_like_html(text), fields=fields, reference_date=ref)


def _jsonl_item(
    raw: bytes, where: str, text_field: str, id_field: str | None,
    keep_fields: bool | Sequence[str] = False, date_field: str | None = None,
) -> Item:
    n = len(raw)
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        return Item(where, error=f"not UTF-8 at byte {e.start}", nbytes=n)
    except ValueError as e:
        return Item(where, error=f"invalid JSON: {e}", nbytes=n)
    return record_item(rec, where, text_field=text_field, id_field=id_field, keep_fields=keep_fields,
                       date_field=date_field, nbytes=n)


def iter_jsonl(
    paths: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    glob: str | Sequence[str] = "*.jsonl",
    stdin: TextIO | None = None,
    keep_fields: bool | Sequence[str] = False,
    date_field: str | None = None,
) -> Iterator[Item]:
    """Items from JSON Lines files, one per non-blank line, read lazily.

    The id is the record's ``id_field`` when given and present, else ``path:line``;
    ``keep_fields`` and ``date_field`` are those of :func:`record_item`.
    A line that is not UTF-8, not a JSON object or lacks a string ``text_field``
    gives an error item; directories are searched recursively for ``glob``.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = f.write_text('{"url": "u1", "body": "正文"}\\n\\n{"url": "u2"}\\nnot json\\n', "utf-8")
    >>> [(i.id.rsplit("/", 1)[-1], i.text, i.error) for i in iter_jsonl([str(f)], text_field="body", id_field="url")]
    [('u1', '正文', None), ('u2', None, "field 'body' is missing"), ('c.jsonl:4', None, 'invalid JSON: ...')]
    """
    for name in paths:
        if name == "-":
            stream = stdin.buffer if stdin is not None else sys.stdin.buffer
            for lineno, raw in enumerate(stream, 1):
                if raw.strip():
                    yield _jsonl_item(raw, f"-:{lineno}", text_field, id_field, keep_fields, date_field)
            continue
        p = Path(name)
        try:
            files = _walk(p, glob) if p.is_dir() else [p]
        except OSError as e:
            yield Item(name, error=_oserror(e))
            continue
        for f in files:
            try:
                fh = f.open("rb")
            except OSError as e:
                yield Item(str(f), error=_oserror(e))
                continue
            with fh:
                for lineno, raw in enumerate(fh, 1):
                    if raw.strip():
                        yield _jsonl_item(raw, f"{f}:{lineno}", text_field, id_field, keep_fields, date_field)


def input_bytes(paths: Iterable[str], *, glob: str | Sequence[str]) -> int | None:
    """Total size in bytes of the inputs (``None`` when reading standard input).

    >>> input_bytes([], glob="*.txt")
    0
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        p = Path(name)
        try:
            if p.is_dir():
                total += sum(f.stat().st_size for f in _walk(p, glob))
            elif p.is_file():
                total += p.stat().st_size
        except OSError:
            continue
    return total


# --------------------------------------------------------------------------- parsing


@attrs.frozen
class _Options:
    reference_date: datetime.date | None = None
    pipeline: Pipeline | None = None
    serialize: bool = False


def _reason(e: BaseException) -> str:
    msg = str(e).splitlines()[0] if str(e) else ""
    where = traceback.extract_tb(e.__traceback__)[-1:] if e.__traceback__ else []
    at = f" (at {Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return f"{type(e).__name__}: {msg}{at}" if msg else f"{type(e).__name__}{at}"


def _parse_one(item: Item, opts: _Options) -> Result:
    extra: dict[str, Any] | None = None if item.fields is None else {"fields": item.fields}
    if item.error is not None or item.text is None:
        return Result(item.id, error=item.error or "no text", nbytes=item.nbytes, extra=extra)
    ref = item.reference_date if item.reference_date is not None else opts.reference_date
    try:
        if item.html:
            try:
                from govnews.html import parse_html

                page = parse_html(item.text, reference_date=ref, pipeline=opts.pipeline)
            except ImportError as e:
                return Result(item.id, error=str(e), chars=len(item.text), nbytes=item.nbytes, extra=extra)
            doc = page.document_in_html()
            extra = dict(extra or {}, html=page.metadata())
        else:
            doc = parse(item.text, reference_date=ref, pipeline=opts.pipeline)
        if opts.serialize:
            line = _dumps(dict(doc.to_dict(), source=item.id, **(extra or {})))
            return Result(item.id, line=line, chars=len(item.text), nbytes=item.nbytes)
        return Result(item.id, doc=doc, chars=len(item.text), nbytes=item.nbytes, extra=extra)
    except Exception as e:  # a failing document must never end the run
        return Result(item.id, error=_reason(e), chars=len(item.text), nbytes=item.nbytes, extra=extra)


def parse_item(
    item: Item,
    *,
    reference_date: datetime.date | None = None,
    pipeline: Pipeline | None = None,
    serialize: bool = False,
) -> Result:
    """Parse one item; never raises: a failure becomes an error result with the reason.

    >>> parse_item(Item("a", "本报讯 正文。")).doc == parse("本报讯 正文。")
    True
    >>> parse_item(Item("b", error="No such file or directory")).record()["error"]
    'No such file or directory'
    """
    return _parse_one(item, _Options(reference_date, pipeline, serialize))


# Worker-process state, set once per process by the pool initialiser.
_WORKER_OPTIONS = _Options()


def _init_worker(opts: _Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = opts


def _parse_chunk(chunk: Sequence[Item]) -> list[Result]:
    return [_parse_one(item, _WORKER_OPTIONS) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse_many(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunksize: int = 8,
    reference_date: datetime.date | None = None,
    pipeline: Pipeline | None = None,
    serialize: bool = False,
    window: int | None = None,
) -> Iterator[Result]:
    """Parse items in input order, on ``jobs`` processes (``jobs <= 0``: one per CPU).

    Items go to the workers in chunks of ``chunksize``; at most ``window`` chunks
    (default ``4 * jobs``) are in flight, so memory stays flat however long ``items``
    is. A worker that dies turns its chunk into error results and the pool is
    restarted. ``pipeline`` must pickle when ``jobs > 1``.

    >>> [(r.id, r.doc == parse(t)) for r, t in zip(parse_many([Item("a", "甲"), Item("b", "乙")]), "甲乙")]
    [('a', True), ('b', True)]
    """
    opts = _Options(reference_date, pipeline, serialize)
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        for item in items:
            yield _parse_one(item, opts)
        return
    yield from _parallel(items, opts, jobs, max(1, chunksize), window or 4 * jobs)


def _parallel(items: Iterable[Item], opts: _Options, jobs: int, chunksize: int, window: int) -> Iterator[Result]:
    def pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(opts,))

    ex = pool()
    pending: deque[tuple[list[Item], cf.Future[list[Result]]]] = deque()
    chunks = _chunks(items, chunksize)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, ex.submit(_parse_chunk, chunk)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except cf.process.BrokenProcessPool:
                # The chunk that was running when a worker died; others are resubmitted.
                yield from (
                    Result(i.id, error="worker process died while parsing this chunk", nbytes=i.nbytes)
                    for i in chunk
                )
                ex.shutdown(wait=False, cancel_futures=True)
                ex = pool()
                pending = deque((c, ex.submit(_parse_chunk, c)) for c, _ in pending)
                continue
            yield from results
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress report on a terminal: documents, documents/s, MB and ETA.

    Silent unless ``stream`` is a terminal (or ``enabled=True``); redraws at most
    ten times a second.

    >>> import io
    >>> p = Progress(io.StringIO(), total_bytes=2_000_000)
    >>> p.enabled
    False
    >>> s = io.StringIO(); p = Progress(s, total_bytes=2_000_000, enabled=True, interval=0)
    >>> p.update(1_000_000); p.close()
    >>> "1 docs" in s.getvalue() and "ETA" in s.getvalue()
    True
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total_bytes: int | None = None,
        enabled: bool | None = None,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total_bytes = total_bytes
        self.enabled = bool(stream.isatty()) if enabled is None else enabled
        self.interval = interval
        self.clock = clock
        self.start = clock()
        self.last = -1e9
        self.docs = 0
        self.errors = 0
        self.bytes = 0

    def update(self, nbytes: int = 0, *, error: bool = False) -> None:
        """Count one finished document."""
        self.docs += 1
        self.errors += error
        self.bytes += nbytes
        if self.enabled and self.clock() - self.last >= self.interval:
            self._draw()

    def _draw(self) -> None:
        now = self.clock()
        self.last = now
        dt = max(now - self.start, 1e-9)
        parts = [f"{self.docs} docs", f"{self.docs / dt:.1f} docs/s", f"{self.bytes / 1e6:.1f} MB"]
        if self.errors:
            parts.append(f"{self.errors} errors")
        if self.total_bytes and self.bytes:
            left = max(self.total_bytes - self.bytes, 0) * dt / self.bytes
            pct = min(100.0, 100.0 * self.bytes / self.total_bytes)
            parts.append(f"{pct:.0f}%")
            parts.append(f"ETA {datetime.timedelta(seconds=round(left))}")
        self.stream.write("\r" + "  ".join(parts) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- Dask


def _bag_record(
    rec: Any, text_field: str, id_field: str | None, reference_date: datetime.date | None,
    pipeline: Pipeline | None, keep_fields: bool | Sequence[str] = False, date_field: str | None = None,
) -> dict[str, Any]:
    if isinstance(rec, str):
        from govnews.html import looks_like_html

        item = Item("", rec, html=looks_like_html(rec))
    elif isinstance(rec, dict):
        item = record_item(rec, "", text_field=text_field, id_field=id_field, keep_fields=keep_fields,
                           date_field=date_field)
    else:
        item = Item("", error=f"not a record but {type(rec).__name__}")
    return _parse_one(item, _Options(reference_date, pipeline)).record()


def parse_bag(
    bag: Any,
    *,
    text_field: str = "text",
    id_field: str | None = "id",
    reference_date: datetime.date | None = None,
    pipeline: Pipeline | None = None,
    keep_fields: bool | Sequence[str] = False,
    date_field: str | None = None,
) -> Any:
    """Map a ``dask.bag.Bag`` of records (dicts) or strings to output records.

    Each output is the document's dict with ``source`` (the record's ``id_field``),
    or an error record; the bag's order is kept. ``keep_fields`` and ``date_field``
    are those of :func:`record_item`; HTML texts are read as HTML. Needs ``govnews[dask]``.

    >>> db = __import__("pytest").importorskip("dask.bag")
    >>> out = parse_bag(db.from_sequence([{"id": "a", "text": "标题\\n正文。"}, {"id": "b"}]))
    >>> [(r["source"], r["schema"]) for r in out.compute(scheduler="sync")]
    [('a', 'govnews.document/1'), ('b', 'govnews.error/1')]
    """
    return bag.map(
        _bag_record, text_field=text_field, id_field=id_field, reference_date=reference_date, pipeline=pipeline,
        keep_fields=keep_fields, date_field=date_field,
    )


def _parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    arts = rec.get("articles") or []
    first = arts[0] if arts else {}
    title = (first.get("title") or {}).get("text") if first else None
    return {
        "source": rec.get("source"),
        "error": rec.get("error"),
        "articles": len(arts),
        "title": title,
        "document": None if "error" in rec else json.dumps(rec, ensure_ascii=False),
    }


def _write_partition(records: list[dict[str, Any]], path: str) -> int:
    pa: Any = importlib.import_module("pyarrow")
    pq: Any = importlib.import_module("pyarrow.parquet")

    schema = pa.schema(
        [("source", pa.string()), ("error", pa.string()), ("articles", pa.int64()),
         ("title", pa.string()), ("document", pa.string())]
    )
    table = pa.Table.from_pylist([_parquet_row(r) for r in records], schema=schema)
    pq.write_table(table, path)
    return len(records)


def write_parquet(bag: Any, directory: str | os.PathLike[str], *, compute: bool = True) -> Any:
    """Write a bag of output records as Parquet, one file per partition (needs pyarrow).

    Columns: ``source``, ``error``, ``articles`` (count), ``title`` (of the first
    article) and ``document`` (the whole record as JSON, ``null`` for errors). Returns
    the number of rows written, or the delayed values when ``compute=False``.
    """
    dask: Any = importlib.import_module("dask")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    parts = bag.to_delayed()
    width = len(str(len(parts)))
    tasks = [
        dask.delayed(_write_partition)(part, str(out / f"part-{i:0{width}d}.parquet"))
        for i, part in enumerate(parts)
    ]
    if not compute:
        return tasks
    total: int = sum(dask.compute(*tasks))
    return total
