"""Flat tables: the seeds' facts to Parquet and back through pyarrow and DuckDB; rows match the documents."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govnews
from govnews.tables import COLUMNS, TABLES, TableWriter, record_rows, tables

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_docs() -> list[tuple[str, govnews.Document]]:
    return [(p.name, govnews.parse(p.read_text("utf-8"))) for p in SEEDS]


def test_seed_facts_to_parquet_and_back(seed_docs: list[tuple[str, govnews.Document]], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    want = [(name, i, f) for name, doc in seed_docs for i, a in enumerate(doc.articles) for f in a.facts]
    assert len(want) > 50
    with TableWriter(tmp_path, batch=17) as w:  # a small batch: several row groups
        for name, doc in seed_docs:
            w.add(dict(doc.to_dict(), source=name))
    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.num_rows == len(want) == w.counts["facts"]
    assert table.schema.names == [c for c, _ in COLUMNS["facts"]]
    rows = table.to_pylist()
    for row, (name, i, f) in zip(rows, want, strict=True):
        assert (row["source"], row["article"], row["text"], row["unit"]) == (name, i, f.text, f.unit)
        assert Decimal(row["value"]) == f.value and row["number"] == float(f.value)
        assert (row["start"], row["end"]) == (f.span.start, f.span.end)
        assert row["object"] == f.object and row["qualifier"] == f.qualifier
    # The same file, queried with DuckDB.
    con = duckdb.connect()
    path = str(tmp_path / "facts.parquet")
    (n,) = con.execute("SELECT count(*) FROM read_parquet(?)", [path]).fetchone()
    assert n == len(want)
    top = con.execute(
        "SELECT source, text, number FROM read_parquet(?) WHERE unit = '元' ORDER BY number DESC LIMIT 1", [path]
    ).fetchone()
    yuan = max((f for _, _, f in want if f.unit == "元"), key=lambda f: f.value)
    assert top[1:] == (yuan.text, float(yuan.value))
    per_doc = dict(con.execute("SELECT source, count(*) FROM read_parquet(?) GROUP BY source", [path]).fetchall())
    assert per_doc == {name: sum(len(a.facts) for a in doc.articles) for name, doc in seed_docs if any(
        a.facts for a in doc.articles)}
    # Every table was written, with its declared columns.
    for name in TABLES:
        assert pq.read_table(tmp_path / f"{name}.parquet").schema.names == [c for c, _ in COLUMNS[name]]
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == len(seed_docs)


def test_rows_count_what_the_documents_hold(seed_docs: list[tuple[str, govnews.Document]]) -> None:
    t = tables(seed_docs)
    docs = [d for _, d in seed_docs]
    assert len(t["articles"]) == sum(len(d.articles) for d in docs)
    assert len(t["dates"]) == sum(len(a.dates) for d in docs for a in d.articles)
    assert len(t["noise"]) == sum(len(d.noise) for d in docs)
    assert len(t["bylines"]) == sum(max(1, len(b.people)) for d in docs for a in d.articles for b in a.bylines)
    for name, rows in t.items():
        for row in rows:
            assert list(row) == [c for c, _ in COLUMNS[name]]
    name, doc = seed_docs[0]
    assert doc.to_rows(name) == record_rows(dict(doc.to_dict(), source=name))
    art = t["articles"][0]
    assert art["title"] == doc.articles[0].title.text if doc.articles[0].title else art["title"] is None
    assert art["text"] == "\n".join(p.text for p in doc.articles[0].paragraphs)


def test_csv_stream_has_a_header_and_one_line_per_fact() -> None:
    out = io.StringIO()
    with TableWriter(out, names=("facts",), format="csv") as w:
        w.add(dict(govnews.parse("全县有3至5万人受益，投入2.7亿元。").to_dict(), source="p"))
        w.add({"schema": "govnews.error/1", "source": "q", "error": "binary data"})
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(c for c, _ in COLUMNS["facts"])
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["source"], r["text"], r["value"], r["value_max"], r["number"]) for r in rows] == [
        ("p", "3至5万人", "30000", "50000", "30000.0"), ("p", "2.7亿元", "270000000", "", "270000000.0")
    ]


def test_writer_rejects_unknown_tables_and_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown tables"):
        TableWriter(tmp_path, names=("people",), format="csv")
    with pytest.raises(ValueError, match="format"):
        TableWriter(tmp_path, format="xlsx")
    with pytest.raises(ValueError, match="one table"):
        TableWriter(io.StringIO(), format="csv")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="本报讯(记者 张同建)全市19所投入2.7亿元约3至5年7月22日。\n版权所有", max_size=120))
def test_fact_rows_are_the_facts_with_their_spans(text: str) -> None:
    doc = govnews.parse(text)
    rows = doc.to_rows("x")["facts"]
    facts = [f for a in doc.articles for f in a.facts]
    assert [(r["text"], r["value"], r["start"], r["end"]) for r in rows] == [
        (f.text, govnews.document.decimal_str(f.value), f.span.start, f.span.end) for f in facts
    ]
    for r in rows:
        assert text[r["start"]:r["end"]]  # a span into the page
