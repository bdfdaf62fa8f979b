"""Flat tables of parsed documents: one row per document, article, fact, byline person, date and noise span.

:func:`tables` turns output records (``Document.to_dict()`` with ``source``, as the CLI
and :func:`govnews.batch.parse_bag` write them, or error records) or documents into
plain rows, ready for pandas, DuckDB or Arrow; :class:`TableWriter` streams them to
Parquet (``pip install 'govnews[tables]'``, pyarrow) or CSV (no extra needed).

>>> import govnews
>>> doc = govnews.parse("两市签订协议\\n本报聊城7月23日讯(记者 张同建)两市投入2.7亿元。")
>>> t = tables([("p1", doc)])
>>> [(r["source"], r["article"], r["text"], r["value"], r["unit"]) for r in t["facts"]]
[('p1', 0, '2.7亿元', '270000000', '元')]
>>> [(r["name"], r["role"]) for r in t["bylines"]]
[('张同建', '记者')]
>>> sorted(t)
['articles', 'bylines', 'dates', 'documents', 'facts', 'noise']
"""

from __future__ import annotations

import csv
import importlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from govnews.document import Document

__all__ = [
    "COLUMNS", "TABLES", "TableWriter", "arrow_schema", "bag_tables", "record_rows", "tables", "write_bag_tables",
]

# Column names and types (Arrow type names) of each table, in order.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("source", "string"), ("error", "string"), ("articles", "int64"), ("noise", "int64"),
        ("repairs", "int64"), ("fields", "string"),
    ),
    "articles": (
        ("source", "string"), ("article", "int64"), ("title", "string"), ("subtitle", "string"),
        ("columns", "string"), ("dateline", "string"), ("outlet", "string"), ("place", "string"),
        ("dateline_date", "string"), ("published", "string"), ("published_time", "string"),
        ("bylines", "string"), ("paragraphs", "int64"), ("chars", "int64"), ("text", "string"),
        ("start", "int64"), ("end", "int64"),
    ),
    "facts": (
        ("source", "string"), ("article", "int64"), ("fact", "int64"), ("text", "string"), ("value", "string"),
        ("value_max", "string"), ("number", "float64"), ("unit", "string"), ("object", "string"),
        ("qualifier", "string"), ("start", "int64"), ("end", "int64"),
    ),
    "bylines": (
        ("source", "string"), ("article", "int64"), ("byline", "int64"), ("text", "string"), ("name", "string"),
        ("role", "string"), ("org", "string"), ("start", "int64"), ("end", "int64"),
    ),
    "dates": (
        ("source", "string"), ("article", "int64"), ("text", "string"), ("date", "string"), ("year", "int64"),
        ("month", "int64"), ("day", "int64"), ("start", "int64"), ("end", "int64"),
    ),
    "noise": (
        ("source", "string"), ("kind", "string"), ("text", "string"), ("rule", "string"), ("start", "int64"),
        ("end", "int64"),
    ),
}
TABLES = tuple(COLUMNS)

Row = dict[str, Any]


def _text(x: Mapping[str, Any] | None) -> str | None:
    return None if not x else str(x.get("text"))


def record_rows(rec: Mapping[str, Any]) -> dict[str, list[Row]]:
    """The rows of each table for one output record (a document's dict with ``source``, or an error record).

    >>> r = record_rows({"schema": "govnews.error/1", "source": "x", "error": "binary data"})
    >>> r["documents"], r["facts"]
    ([{'source': 'x', 'error': 'binary data', 'articles': 0, 'noise': 0, 'repairs': 0, 'fields': None}], [])
    """
    source = rec.get("source")
    src = None if source is None else str(source)
    fields = rec.get("fields")
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    arts = rec.get("articles") or []
    out["documents"].append({
        "source": src,
        "error": rec.get("error"),
        "articles": len(arts),
        "noise": len(rec.get("noise") or []),
        "repairs": len(rec.get("repairs") or []),
        "fields": None if fields is None else json.dumps(fields, ensure_ascii=False, default=str),
    })
    for i, a in enumerate(arts):
        dl = a.get("dateline") or {}
        pub = a.get("published") or {}
        paras = [p["text"] for p in a.get("paragraphs") or []]
        span = a.get("span") or [None, None]
        out["articles"].append({
            "source": src, "article": i, "title": _text(a.get("title")), "subtitle": _text(a.get("subtitle")),
            "columns": " / ".join(c["text"] for c in a.get("columns") or []) or None,
            "dateline": dl.get("text"), "outlet": dl.get("outlet"), "place": dl.get("place"),
            "dateline_date": dl.get("date"), "published": pub.get("date"), "published_time": pub.get("time"),
            "bylines": "、".join(p["name"] for b in a.get("bylines") or [] for p in b.get("people") or []) or None,
            "paragraphs": len(paras), "chars": sum(map(len, paras)), "text": "\n".join(paras),
            "start": span[0], "end": span[1],
        })
        for k, f in enumerate(a.get("facts") or []):
            out["facts"].append({
                "source": src, "article": i, "fact": k, "text": f["text"], "value": f["value"],
                "value_max": f.get("value_max"), "number": float(f["value"]), "unit": f["unit"],
                "object": f.get("object"), "qualifier": f.get("qualifier"),
                "start": f["span"][0], "end": f["span"][1],
            })
        for k, b in enumerate(a.get("bylines") or []):
            for p in b.get("people") or [{"name": None, "role": None, "org": None}]:
                out["bylines"].append({
                    "source": src, "article": i, "byline": k, "text": b["text"], "name": p.get("name"),
                    "role": p.get("role"), "org": p.get("org"), "start": b["span"][0], "end": b["span"][1],
                })
        for d in a.get("dates") or []:
            out["dates"].append({
                "source": src, "article": i, "text": d["text"], "date": d.get("date"), "year": d.get("year"),
                "month": d.get("month"), "day": d.get("day"), "start": d["span"][0], "end": d["span"][1],
            })
    for n in rec.get("noise") or []:
        out["noise"].append({
            "source": src, "kind": n["kind"], "text": n["text"], "rule": n.get("rule"),
            "start": n["span"][0], "end": n["span"][1],
        })
    return out


def tables(docs: Iterable[Document | tuple[str, Document] | Mapping[str, Any]]) -> dict[str, list[Row]]:
    """All rows of all tables for ``docs``: documents, ``(source, document)`` pairs or output records.

    A bare document's ``source`` is its position in ``docs``.

    >>> import govnews
    >>> t = tables([govnews.parse("全县新建道路12公里。"), {"schema": "govnews.error/1", "source": "b", "error": "x"}])
    >>> [(r["source"], r["articles"], r["error"]) for r in t["documents"]]
    [('0', 1, None), ('b', 0, 'x')]
    >>> [(r["text"], r["number"]) for r in t["facts"]]
    [('12公里', 12.0)]
    """
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    for i, d in enumerate(docs):
        if isinstance(d, Document):
            rec: Mapping[str, Any] = dict(d.to_dict(), source=str(i))
        elif isinstance(d, tuple):
            rec = dict(d[1].to_dict(), source=d[0])
        else:
            rec = d
        for name, rows in record_rows(rec).items():
            out[name].extend(rows)
    return out


def _arrow() -> tuple[Any, Any]:
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ImportError("Parquet tables need pyarrow: pip install 'govnews[tables]'") from e


def arrow_schema(name: str) -> Any:
    """The pyarrow schema of table ``name`` (needs pyarrow).

    >>> arrow_schema("facts").field("number").type  # doctest: +SKIP
    DataType(double)
    """
    pa, _ = _arrow()
    return pa.schema([(col, getattr(pa, typ)()) for col, typ in COLUMNS[name]])


class TableWriter:
    """Streams records into tables: one Parquet or CSV file per table, written in batches.

    ``target`` is a directory (one ``<table>.parquet``/``<table>.csv`` per name in
    ``names``) or, for a single table, an open binary or text stream. Rows are written
    every ``batch`` rows, so memory stays flat however many records come.

    >>> import io, govnews
    >>> out = io.StringIO()
    >>> with TableWriter(out, names=("facts",), format="csv") as w:
    ...     w.add(dict(govnews.parse("全县投入2.7亿元。").to_dict(), source="a"))
    >>> print(out.getvalue().splitlines()[1])
    a,0,0,2.7亿元,270000000,,270000000.0,元,,,4,9
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | IO[Any],
        *,
        names: Iterable[str] = TABLES,
        format: str = "parquet",
        batch: int = 50_000,
    ) -> None:
        if format not in ("parquet", "csv"):
            raise ValueError(f"format must be 'parquet' or 'csv', not {format!r}")
        self.names = tuple(names)
        unknown = [n for n in self.names if n not in COLUMNS]
        if unknown:
            raise ValueError(f"unknown tables {unknown}; known: {', '.join(TABLES)}")
        self.format = format
        self.batch = batch
        self.rows: dict[str, list[Row]] = {n: [] for n in self.names}
        self.counts: dict[str, int] = dict.fromkeys(self.names, 0)
        self._writers: dict[str, Any] = {}
        self._files: list[IO[Any]] = []
        self._stream: IO[Any] | None = None
        self._dir: Path | None = None
        self._closed = False
        if isinstance(target, (str, os.PathLike)):
            self._dir = Path(target)
            self._dir.mkdir(parents=True, exist_ok=True)
        else:
            if len(self.names) != 1:
                raise ValueError("a stream takes one table")
            self._stream = target
        if format == "parquet":
            _arrow()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, rec: Mapping[str, Any]) -> None:
        """Add the rows of one output record."""
        for name, rows in record_rows(rec).items():
            if name in self.rows:
                self.rows[name].extend(rows)
                if len(self.rows[name]) >= self.batch:
                    self._flush(name)

    def _open(self, name: str, binary: bool) -> IO[Any]:
        if self._stream is not None:
            return self._stream
        assert self._dir is not None
        path = self._dir / f"{name}.{self.format}"
        f = path.open("wb") if binary else path.open("w", encoding="utf-8", newline="")
        self._files.append(f)
        return f

    def _flush(self, name: str) -> None:
        rows = self.rows[name]
        first = name not in self._writers
        if not rows and not first:
            return
        self.counts[name] += len(rows)
        if self.format == "csv":
            if first:
                w = csv.DictWriter(self._open(name, False), fieldnames=[c for c, _ in COLUMNS[name]])
                w.writeheader()
                self._writers[name] = w
            self._writers[name].writerows(rows)
        else:
            pa, pq = _arrow()
            schema = arrow_schema(name)
            if first:
                self._writers[name] = pq.ParquetWriter(self._open(name, True), schema)
            self._writers[name].write_table(pa.Table.from_pylist(rows, schema=schema))
        self.rows[name] = []

    def close(self) -> None:
        """Write what is left and close the files (a table with no rows is written empty)."""
        if self._closed:
            return
        self._closed = True
        for name in self.names:
            self._flush(name)
        if self.format == "parquet":
            for w in self._writers.values():
                w.close()
        for f in self._files:
            f.close()
        if self._stream is not None:
            self._stream.flush()
        self._writers = {}
        self._files = []


# --------------------------------------------------------------------------- Dask

_PANDAS = {"string": "string", "int64": "Int64", "float64": "float64"}


def _frame(rows: list[Row], name: str) -> Any:
    pd: Any = importlib.import_module("pandas")
    cols = COLUMNS[name]
    return pd.DataFrame(rows, columns=[c for c, _ in cols]).astype({c: _PANDAS[t] for c, t in cols})


def _part_frame(part: list[dict[str, list[Row]]], name: str) -> Any:
    return _frame([row for rows in part for row in rows[name]], name)


def bag_tables(records: Any, names: Iterable[str] = TABLES) -> dict[str, Any]:
    """Dask DataFrames of the tables, from a ``dask.bag`` of output records (see :func:`govnews.batch.parse_bag`).

    The rows of each record are made once and shared by every table's graph: computing
    the tables together (:func:`write_bag_tables`, or ``dask.compute``) parses each
    document once. Needs ``govnews[dask]``.

    >>> db = __import__("pytest").importorskip("dask.bag")
    >>> from govnews.batch import parse_bag
    >>> bag = parse_bag(db.from_sequence([{"id": "a", "text": "投入2.7亿元。"}]))
    >>> bag_tables(bag)["facts"][["source", "text", "number"]].compute(scheduler="sync").values.tolist()
    [['a', '2.7亿元', 270000000.0]]
    """
    dask: Any = importlib.import_module("dask")
    dd: Any = importlib.import_module("dask.dataframe")
    parts = records.map(record_rows).to_delayed()
    out: dict[str, Any] = {}
    for name in names:
        frames = [dask.delayed(_part_frame)(p, name) for p in parts]
        out[name] = dd.from_delayed(frames, meta=_frame([], name), verify_meta=False)
    return out


def write_bag_tables(
    records: Any, directory: str | os.PathLike[str], *, names: Iterable[str] = TABLES, compute: bool = True
) -> Any:
    """Write the tables of a bag of output records with Dask's ``to_parquet``, one folder per table.

    All tables are computed together, so each document is parsed once. Returns the
    tasks when ``compute=False``. Needs ``govnews[dask]``.

    >>> db = __import__("pytest").importorskip("dask.bag")
    >>> import tempfile, pathlib, pyarrow.parquet as pq
    >>> from govnews.batch import parse_bag
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_bag_tables(parse_bag(db.from_sequence([{"id": "a", "text": "投入2.7亿元。"}])), out,
    ...                      names=("facts",), compute=False)
    >>> _ = __import__("dask").compute(*_, scheduler="sync")
    >>> pq.read_table(out / "facts").column("text").to_pylist()
    ['2.7亿元']
    """
    dask: Any = importlib.import_module("dask")
    base = Path(directory)
    tasks = [
        df.to_parquet(str(base / name), write_index=False, compute=False, schema=arrow_schema(name))
        for name, df in bag_tables(records, names).items()
    ]
    if not compute:
        return tasks
    return dask.compute(*tasks)
