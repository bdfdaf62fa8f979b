"""The Dask recipe on a local ``distributed`` cluster with two workers (needs ``govnews[dask]``)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from govnews import Document, parse
from govnews.batch import parse_bag, write_parquet

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

PAGES = [
    "两市签订协议\n本报聊城7月23日讯(记者 张同建)两市教育局签订了框架协议,投入2.7亿元。",
    "县委调度产教融合工作\n作者: 发布日期:2024-04-05\n4月3日,会议召开。",
    "縣委常委出席會議\n正文發(fā)展。",
    "",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None, silence_logs=40
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    rows = [{"url": f"http://example.gov.cn/{i}", "body": PAGES[i % len(PAGES)] + f"\n第{i}段。"} for i in range(40)]
    rows.append({"url": "http://example.gov.cn/bad"})  # no text: an error record, not a failed job
    d = tmp_path / "in"
    d.mkdir()
    for k in range(3):
        part = rows[k::3]
        (d / f"part{k}.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in part) + "\n", "utf-8"
        )
    ordered = [r for k in range(3) for r in rows[k::3]]
    return d, ordered


def test_parse_bag_to_jsonl_on_two_workers(
    client: object, corpus: tuple[Path, list[dict[str, str]]], tmp_path: Path
) -> None:
    src, rows = corpus
    out_dir = tmp_path / "out"
    t = time.perf_counter()
    records = db.read_text(str(src / "*.jsonl")).map(json.loads)
    out = parse_bag(records, text_field="body", id_field="url")
    out.map(json.dumps, ensure_ascii=False).to_textfiles(str(out_dir / "*.jsonl"))
    took = time.perf_counter() - t
    got = [json.loads(line) for f in sorted(out_dir.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]
    assert [g["source"] for g in got] == [r["url"] for r in rows]
    for g, r in zip(got, rows, strict=True):
        if "body" not in r:
            assert g["schema"] == "govnews.error/1" and "body" in g["error"]
            continue
        g = dict(g)
        del g["source"]
        assert Document.from_dict(g) == parse(r["body"])
    chars = sum(len(r.get("body", "")) for r in rows)
    print(f"\ndask bag, 2 workers: {len(rows)} docs, {chars} chars in {took:.2f} s "
          f"({len(rows) / took:.0f} docs/s, {chars / took / 1e6:.2f} Mchars/s incl. scheduling)")


def test_parse_bag_of_strings_keeps_order(client: object) -> None:
    bag = db.from_sequence(PAGES * 3, npartitions=4)
    got = parse_bag(bag).compute()
    assert [Document.from_dict({k: v for k, v in g.items() if k != "source"}) for g in got] == [
        parse(p) for p in PAGES * 3
    ]


def test_parse_bag_to_parquet(client: object, corpus: tuple[Path, list[dict[str, str]]], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    src, rows = corpus
    out = parse_bag(db.read_text(str(src / "*.jsonl")).map(json.loads), text_field="body", id_field="url")
    n = write_parquet(out, tmp_path / "pq")
    assert n == len(rows)
    table = pq.read_table(str(tmp_path / "pq"))
    assert table.num_rows == len(rows)
    cols = table.to_pydict()
    assert sorted(cols["source"]) == sorted(r["url"] for r in rows)
    errors = [s for s, e in zip(cols["source"], cols["error"], strict=True) if e]
    assert errors == ["http://example.gov.cn/bad"]
    i = cols["source"].index(rows[0]["url"])
    doc = json.loads(cols["document"][i])
    del doc["source"]
    assert Document.from_dict(doc) == parse(rows[0]["body"])


def test_tables_with_dasks_to_parquet_parse_each_document_once(
    client: object, corpus: tuple[Path, list[dict[str, str]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import govnews.batch
    from govnews.tables import TABLES, tables, write_bag_tables

    calls: list[str] = []
    real = govnews.batch.parse

    def counting(text: str, **kw: object) -> Document:
        calls.append(text)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(govnews.batch, "parse", counting)  # the cluster runs threads of this process
    src, rows = corpus
    records = db.read_text(str(src / "*.jsonl")).map(json.loads)
    out = parse_bag(records, text_field="body", id_field="url", keep_fields=["url"])
    write_bag_tables(out, tmp_path / "tables")
    assert len(calls) == sum(1 for r in rows if "body" in r)  # once per document for all six tables
    monkeypatch.setattr(govnews.batch, "parse", real)
    want = tables(dict(parse(r["body"]).to_dict(), source=r["url"], fields={"url": r["url"]}) if "body" in r
                  else {"schema": "govnews.error/1", "source": r["url"], "error": "x", "fields": {"url": r["url"]}}
                  for r in rows)
    for name in TABLES:
        got = pq.read_table(str(tmp_path / "tables" / name)).to_pylist()
        assert len(got) == len(want[name]), name
        if name == "documents":
            got = [dict(g, error="x" if g["error"] else None) for g in got]
            want[name] = [dict(w, error="x" if w["error"] else None) for w in want[name]]
        key = sorted(want[name][0]) if want[name] else []
        assert sorted(repr(tuple(g[k] for k in key)) for g in got) == sorted(
            repr(tuple(w[k] for k in key)) for w in want[name]
        )
