"""Batch parsing: inputs, ordered parallel parsing, error records, pickling."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from govnews import DEFAULT_PIPELINE, Document, Hit, Span, parse
from govnews.batch import (
    ERROR_SCHEMA,
    Item,
    Progress,
    Result,
    input_bytes,
    iter_files,
    iter_jsonl,
    parse_item,
    parse_many,
)

PAGES = [
    "两市签订协议\n本报聊城7月23日讯(记者 张同建)两市教育局签订了《框架协议》。",
    "县委调度产教融合工作\n作者: 发布日期:2024-04-05\n4月3日,会议召开,投入2.7亿元。",
    "標題\n縣委發(fā)家出席會議。",
    "",
    "\ud800\x00本报",
]


class BookTitles:
    """A user parser defined at module level, so that a pipeline holding it pickles."""

    name = "book_titles"
    _pattern = regex.compile(r"《([^《》\n]{1,60})》")

    def scan(self, text: str) -> Iterator[Hit[str]]:
        for m in self._pattern.finditer(text):
            yield Hit(Span(m.start(), m.end()), m.group(), m.group(1), "guillemets")


class Exploding:
    """A stage that fails on pages holding a marker."""

    name = "exploding"

    def run(self, state: object) -> None:
        if "BOOM" in getattr(state, "original", ""):
            raise RuntimeError("stage exploded")


# --------------------------------------------------------------------------- pickling


def test_documents_pickle() -> None:
    for text in PAGES:
        doc = parse(text)
        assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize("stage", DEFAULT_PIPELINE.stages, ids=DEFAULT_PIPELINE.names)
def test_every_default_stage_pickles(stage: object) -> None:
    back = pickle.loads(pickle.dumps(stage))
    assert type(back) is type(stage) and back.name == stage.name  # type: ignore[attr-defined]


def test_pipelines_pickle_and_parse_the_same() -> None:
    for pipeline in (DEFAULT_PIPELINE, DEFAULT_PIPELINE.add(BookTitles()), DEFAULT_PIPELINE.remove("facts")):
        back = pickle.loads(pickle.dumps(pipeline))
        assert back.names == pipeline.names
        for text in PAGES:
            assert parse(text, pipeline=back) == parse(text, pipeline=pipeline)


def test_results_pickle() -> None:
    r = parse_item(Item("a", PAGES[0]))
    assert pickle.loads(pickle.dumps(r)) == r


# --------------------------------------------------------------------------- inputs


def test_iter_files_recursive_sorted_and_glob(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("乙", "utf-8")
    (tmp_path / "1.txt").write_text("甲", "utf-8")
    (tmp_path / "skip.md").write_text("丙", "utf-8")
    (tmp_path / "gbk.txt").write_bytes("本报讯".encode("gbk"))
    got = [(Path(i.id).relative_to(tmp_path).as_posix(), i.text) for i in iter_files([str(tmp_path)])]
    assert got == [("1.txt", "甲"), ("b/2.txt", "乙"), ("gbk.txt", "本报讯")]
    md = [i.text for i in iter_files([str(tmp_path)], glob="*.md")]
    assert md == ["丙"]
    # a file named explicitly is read whatever its name
    assert [i.text for i in iter_files([str(tmp_path / "skip.md")])] == ["丙"]


def test_iter_files_missing_is_an_error_item(tmp_path: Path) -> None:
    (item,) = iter_files([str(tmp_path / "nope.txt")])
    assert not item.ok and item.error == "No such file or directory"


def test_iter_jsonl_fields_ids_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"url": "u1", "body": "正文"}, ensure_ascii=False),
        "",
        json.dumps({"body": "无编号"}),
        json.dumps({"url": "u3", "body": 42}),
        "[1, 2]",
        "{not json",
    ]
    f.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"url": "u7", "body": "\xff"}\n')
    items = list(iter_jsonl([str(f)], text_field="body", id_field="url"))
    assert [i.id.replace(str(f), "F") for i in items] == ["u1", "F:3", "u3", "F:5", "F:6", "F:7"]
    assert [i.text for i in items[:2]] == ["正文", "无编号"]
    errors = [i.error for i in items[2:]]
    assert errors[0] == "field 'body' is a int, not a string"
    assert errors[1] == "not a JSON object but list"
    assert errors[2] is not None and errors[2].startswith("invalid JSON")
    assert errors[3] is not None and errors[3].startswith("not UTF-8")


def test_iter_jsonl_is_lazy(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text("\n".join(json.dumps({"text": f"第{i}篇"}, ensure_ascii=False) for i in range(1000)), "utf-8")
    it = iter_jsonl([str(f)])
    first = next(it)
    assert first.text == "第0篇"
    f.unlink()  # already open; the rest still streams from the open handle
    assert sum(1 for _ in it) == 999


def test_input_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 10)
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "b.txt").write_bytes(b"y" * 5)
    assert input_bytes([str(tmp_path)], glob="*.txt") == 15
    assert input_bytes([str(tmp_path / "a.txt"), "-"], glob="*.txt") is None


# --------------------------------------------------------------------------- parsing


def test_parse_item_never_raises_and_reports_why() -> None:
    bad = parse_item(Item("x", "BOOM 正文"), pipeline=DEFAULT_PIPELINE.add(Exploding()))
    assert not bad.ok and bad.error is not None
    assert bad.error.startswith("RuntimeError: stage exploded")
    rec = bad.record()
    assert rec["schema"] == ERROR_SCHEMA and rec["source"] == "x"
    assert json.loads(bad.to_json()) == rec


def test_serialized_results_equal_documents() -> None:
    for text in PAGES:
        plain = parse_item(Item("p", text))
        ser = parse_item(Item("p", text), serialize=True)
        assert ser.doc is None and ser.line is not None
        assert ser.record() == plain.record()
        rec = json.loads(ser.to_json())
        assert rec["source"] == "p"
        del rec["source"]
        assert Document.from_dict(rec) == plain.doc


def test_records_with_lone_surrogates_still_serialise() -> None:
    r = parse_item(Item("s", "\ud800正文\udfff"), serialize=True)
    assert r.line is not None
    r.line.encode("utf-8")  # must be writable to a UTF-8 stream
    assert json.loads(r.line)["source"] == "s"


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_keeps_order_and_turns_failures_into_records(jobs: int) -> None:
    pipeline = DEFAULT_PIPELINE.add(Exploding())
    texts = [f"标题{i}\n正文{i}。" + ("BOOM" if i % 7 == 3 else "") for i in range(40)]
    items = [Item(f"d{i}", t) for i, t in enumerate(texts)] + [Item("missing", error="No such file or directory")]
    results = list(parse_many(iter(items), jobs=jobs, chunksize=3, pipeline=pipeline, window=2))
    assert [r.id for r in results] == [i.id for i in items]
    for i, r in enumerate(results[:-1]):
        assert r.ok == (i % 7 != 3), (i, r.error)
        if r.ok:
            assert r.doc == parse(texts[i], pipeline=pipeline)
    assert results[-1].error == "No such file or directory"


def test_parse_many_parallel_equals_serial() -> None:
    items = [Item(str(i), p) for i, p in enumerate(PAGES * 3)]
    serial = [r.to_json() for r in parse_many(items, serialize=True)]
    parallel = [r.to_json() for r in parse_many(items, jobs=2, chunksize=2, serialize=True)]
    assert parallel == serial


def test_parse_many_bounded_window_pulls_input_lazily() -> None:
    pulled = 0

    def items() -> Iterator[Item]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Item(str(i), "标题\n正文。")

    it = parse_many(items(), jobs=2, chunksize=4, window=3)
    next(it)
    assert pulled <= 4 * 3 + 4  # never the whole input
    it.close()


def test_parse_many_passes_reference_date() -> None:
    import datetime

    text = "标题\n本报讯 7月22日上午,会议召开。"
    ref = datetime.date(2020, 7, 23)
    (r,) = parse_many([Item("a", text)], jobs=2, reference_date=ref)
    assert r.doc == parse(text, reference_date=ref)


# --------------------------------------------------------------------------- progress


class FakeTTY:
    def __init__(self) -> None:
        self.buf: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.buf.append(s)
        return len(s)

    def flush(self) -> None:
        pass


def test_progress_draws_on_a_terminal_only() -> None:
    clock = iter([0.0, 0.5, 1.0, 2.0, 2.0, 3.0]).__next__
    tty = FakeTTY()
    p = Progress(tty, total_bytes=4_000_000, clock=clock, interval=0.0)  # type: ignore[arg-type]
    assert p.enabled
    p.update(1_000_000)
    p.update(1_000_000, error=True)
    p.close()
    out = "".join(tty.buf)
    assert "2 docs" in out and "docs/s" in out and "ETA" in out and "1 errors" in out
    assert out.endswith("\n")

    import io

    quiet = io.StringIO()
    q = Progress(quiet, total_bytes=10)
    q.update(5)
    q.close()
    assert quiet.getvalue() == ""


def test_result_record_shapes() -> None:
    assert Result("x", error="boom").record() == {"schema": ERROR_SCHEMA, "source": "x", "error": "boom"}
    ok = parse_item(Item("y", PAGES[0]))
    assert ok.record()["source"] == "y" and ok.record()["schema"] == "govnews.document/1"
