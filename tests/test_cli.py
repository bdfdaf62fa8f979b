"""The ``govnews`` command: formats, directories, JSONL input, jobs, errors, progress."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from govnews import Document, parse
from govnews.cli import main

PAGE_A = "两市签订协议\n本报聊城7月23日讯(记者 张同建)两市教育局签订了框架协议。"
PAGE_B = "县委调度产教融合工作\n4月3日,会议召开,投入2.7亿元。"
PAGE_C = "縣委常委出席會議\n正文發(fā)展。"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(PAGE_A, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(PAGE_B, "utf-8")
    (tmp_path / "sub" / "c.txt").write_bytes(PAGE_C.encode("big5", "replace"))
    (tmp_path / "notes.md").write_text("不是新闻", "utf-8")
    return tmp_path


def test_text_format_single_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", str(tree / "a.txt"))
    assert status == 0 and err == ""
    assert out.startswith("1 article, ")
    assert "[1] " in out


def one(out: str) -> dict[str, object]:
    """The single record of a ``--format json`` array."""
    recs = json.loads(out)
    assert isinstance(recs, list) and len(recs) == 1
    rec: dict[str, object] = recs[0]
    return rec


def test_json_single_file_is_an_array_of_one_record(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", str(tree / "a.txt"))
    assert status == 0
    rec = one(out)
    assert rec["source"] == str(tree / "a.txt")
    assert Document.from_dict(rec) == parse(PAGE_A)


def test_json_many_files_is_a_list_with_sources(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", str(tree))
    assert status == 0
    recs = json.loads(out)
    assert [Path(r["source"]).name for r in recs] == ["a.txt", "b.txt", "c.txt"]


def test_directory_recursive_jsonl_in_order(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(tree))
    assert status == 0 and err == ""
    recs = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["source"]).relative_to(tree).as_posix() for r in recs] == ["a.txt", "sub/b.txt", "sub/c.txt"]
    first = dict(recs[0])
    del first["source"]
    assert Document.from_dict(first) == parse(PAGE_A)


def test_glob_selects_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "jsonl", "--glob", "*.md", str(tree))
    assert status == 0
    assert [Path(json.loads(x)["source"]).name for x in out.splitlines()] == ["notes.md"]


def test_jobs_give_the_same_output(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(12):
        (tree / "sub" / f"m{i:02d}.txt").write_text(f"标题{i}\n本报讯 正文{i},投入{i}万元。", "utf-8")
    _, one, _ = run(capsys, "parse", "--format", "jsonl", str(tree))
    status, two, _ = run(capsys, "parse", "--format", "jsonl", "--jobs", "2", "--chunksize", "3", str(tree))
    assert status == 0 and two == one and len(two.splitlines()) == 15


def test_jsonl_input_fields_and_error_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "corpus.jsonl"
    rows = [
        json.dumps({"url": "http://x/1", "body": PAGE_A}, ensure_ascii=False),
        json.dumps({"url": "http://x/2"}),
        "{broken",
        json.dumps({"url": "http://x/4", "body": PAGE_B}, ensure_ascii=False),
    ]
    f.write_text("\n".join(rows) + "\n", "utf-8")
    status, out, err = run(
        capsys, "parse", "--jsonl", "--text-field", "body", "--id-field", "url", "--format", "jsonl", str(f)
    )
    assert status == 1  # some documents failed; the run still finished
    recs = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in recs] == ["http://x/1", "http://x/2", f"{f}:3", "http://x/4"]
    assert [("error" in r) for r in recs] == [False, True, True, False]
    assert recs[1]["schema"] == "govnews.error/1" and "body" in recs[1]["error"]
    assert len(err.splitlines()) == 2 and "Traceback" not in err
    assert err.splitlines()[0].startswith("govnews: http://x/2: ")


def test_jsonl_input_from_a_directory_with_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "p1.jsonl").write_text(json.dumps({"text": PAGE_A}, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "p2.jsonl").write_text(json.dumps({"text": PAGE_B}, ensure_ascii=False) + "\n", "utf-8")
    status, out, _ = run(capsys, "parse", "--jsonl", "--format", "jsonl", "-j", "2", str(tmp_path))
    assert status == 0
    assert [json.loads(x)["source"].rsplit("/", 1)[-1] for x in out.splitlines()] == ["p1.jsonl:1", "p2.jsonl:1"]


def test_missing_file_is_one_line_and_nonzero(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", str(tree / "nope.txt"), str(tree / "a.txt"))
    assert status == 1
    assert err == f"govnews: {tree / 'nope.txt'}: No such file or directory\n"
    assert "[1] " in out  # the good file is still parsed


def test_missing_file_in_jsonl_output_is_an_error_record(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "jsonl", str(tree / "a.txt"), str(tree / "nope.txt"))
    assert status == 1
    recs = [json.loads(x) for x in out.splitlines()]
    assert "error" not in recs[0] and recs[1]["error"] == "No such file or directory"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class Stdin:
        buffer = io.BytesIO(PAGE_B.encode("gb18030"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    status, out, _ = run(capsys, "parse", "--format", "json", "-")
    assert status == 0
    assert Document.from_dict(one(out)) == parse(PAGE_B)


def test_reference_date_is_passed(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", "--reference-date", "2020-07-23", str(tree / "a.txt"))
    import datetime

    assert status == 0
    assert Document.from_dict(one(out)) == parse(PAGE_A, reference_date=datetime.date(2020, 7, 23))


def test_bad_reference_date_is_a_usage_error(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["parse", "--reference-date", "July", str(tree / "a.txt")])
    assert e.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_html_format(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "html", "-j", "2", str(tree))
    assert status == 0
    assert out.startswith("<!doctype html>") and out.count("<h2>") == 3


def test_progress_is_silent_off_a_terminal_and_forced_on(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "parse", "--format", "jsonl", str(tree))
    assert err == ""
    _, _, err = run(capsys, "parse", "--format", "jsonl", "--progress", str(tree))
    assert "3 docs" in err and "docs/s" in err and "ETA" in err


def test_surrogates_in_jsonl_input_do_not_break_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "s.jsonl"
    f.write_text('{"id": "s\\ud800", "text": "标题\\ud800\\n正文\\udfff。"}\n', "utf-8")
    for fmt in ("jsonl", "json", "text"):
        status, out, _ = run(capsys, "parse", "--jsonl", "--id-field", "id", "--format", fmt, str(f))
        assert status == 0, fmt
        out.encode("utf-8")


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "govnews", "parse", str(tmp_path / "missing.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- issue 18/19: inputs and outputs


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import govnews

    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"govnews {govnews.__version__}"


def test_folder_without_pages_is_an_error_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "readme.md").write_text("不是新闻", "utf-8")
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(tmp_path))
    assert status == 2 and out == ""
    assert "no input documents" in err and "*.txt" in err and str(tmp_path) in err


def test_utf16_without_bom_and_binary_files_are_error_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(PAGE_A.encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(PAGE_B.encode("utf-16-be"))
    (tmp_path / "c.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (tmp_path / "d.txt").write_text(PAGE_A, "utf-8")
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(tmp_path))
    assert status == 1
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["schema"] for r in recs] == ["govnews.error/1"] * 3 + ["govnews.document/1"]
    assert "UTF-16 (utf-16-le) without a byte-order mark" in recs[0]["error"]
    assert "UTF-16 (utf-16-be) without a byte-order mark" in recs[1]["error"]
    assert "binary data" in recs[2]["error"]
    assert err.count("\n") == 3


def test_real_binary_file_is_an_error_record(capsys: pytest.CaptureFixture[str]) -> None:
    exe = Path(sys.executable).resolve()
    status, out, _ = run(capsys, "parse", "--format", "jsonl", str(exe))
    assert status == 1
    (rec,) = [json.loads(x) for x in out.splitlines()]
    assert rec["schema"] == "govnews.error/1" and "binary data" in rec["error"]


def test_jsonl_file_is_recognised_by_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "crawl.jsonl"
    f.write_text("\n".join(json.dumps({"id": k, "text": t}, ensure_ascii=False)
                           for k, t in (("p1", PAGE_A), ("p2", PAGE_B))) + "\n", "utf-8")
    status, out, _ = run(capsys, "parse", "--format", "jsonl", "--id-field", "id", str(f))
    assert status == 0
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["source"] for r in recs] == ["p1", "p2"]
    assert Document.from_dict(recs[1]) == parse(PAGE_B)


def test_keep_fields_and_date_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime

    f = tmp_path / "crawl.jsonl"
    rows = [
        {"url": "http://x.gov.cn/1", "body": PAGE_A, "crawl_date": "2019-07-30T08:00:00Z", "site": "x"},
        {"url": "http://x.gov.cn/2", "body": PAGE_A, "crawl_date": "2021-07-30", "site": "x"},
        {"url": "http://x.gov.cn/3", "body": PAGE_A, "crawl_date": "last week", "site": "y"},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    status, out, _ = run(capsys, "parse", str(f), "--format", "jsonl", "--text-field", "body", "--id-field", "url",
                         "--keep-fields", "--date-field", "crawl_date")
    assert status == 1
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["fields"] for r in recs] == [{k: v for k, v in r.items() if k != "body"} for r in rows]
    assert recs[0]["articles"][0]["dateline"]["date"] == "2019-07-23"
    assert recs[1]["articles"][0]["dateline"]["date"] == "2021-07-23"
    assert Document.from_dict(recs[0]) == parse(PAGE_A, reference_date=datetime.date(2019, 7, 30))
    assert recs[2]["schema"] == "govnews.error/1" and "crawl_date" in recs[2]["error"]
    status, out, _ = run(capsys, "parse", str(f), "--format", "jsonl", "--text-field", "body",
                         "--keep-fields", "site")
    assert [json.loads(x)["fields"] for x in out.splitlines()] == [{"site": "x"}, {"site": "x"}, {"site": "y"}]


def test_output_dir_one_file_per_input(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    status, out, err = run(capsys, "parse", str(tree), "--format", "json", "-o", str(out_dir))
    assert status == 0 and out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.json", "b.json", "c.json"]
    rec = json.loads((out_dir / "b.json").read_text("utf-8"))
    assert Document.from_dict(rec) == parse(PAGE_B)
    assert "3 documents" in err and "3 files" in err
    status, _, _ = run(capsys, "parse", str(tree / "a.txt"), str(tree / "a.txt"), "-o", str(tmp_path / "t"))
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == ["a-2.txt", "a.txt"]


def test_facts_csv_and_tables(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    status, out, _ = run(capsys, "parse", str(tree), "--format", "facts-csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(Path(r["source"]).name, r["text"], r["value"], r["unit"]) for r in rows] == [
        ("b.txt", "2.7亿元", "270000000", "元")
    ]
    status, out, err = run(capsys, "parse", str(tree), "--tables", str(tmp_path / "tables"), "--tables-format", "csv")
    assert status == 0 and out == ""
    names = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert names == ["articles.csv", "bylines.csv", "dates.csv", "documents.csv", "facts.csv", "noise.csv"]
    people = list(csv.DictReader((tmp_path / "tables" / "bylines.csv").open(encoding="utf-8")))
    assert [(p["name"], p["role"]) for p in people] == [("张同建", "记者")]
    assert "3 documents" in err and "1 facts" in err


def test_facts_parquet_to_a_folder(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    status, _, _ = run(capsys, "parse", str(tree), "--format", "facts-parquet", "-o", str(tmp_path / "o"))
    assert status == 0
    t = pq.read_table(tmp_path / "o" / "facts.parquet")
    assert t.num_rows == 1 and t.column("number").to_pylist() == [270000000.0]


def test_html_file_is_read_as_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("lxml")
    page = ("<html><head><meta name='PubDate' content='2020-07-30'></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/x'>政务公开</a></div>"
            f"<h1>两市签订协议</h1><p>{PAGE_A.splitlines()[1]}</p><div class='footer'>版权所有</div></body></html>")
    f = tmp_path / "p.html"
    f.write_text(page, "utf-8")
    status, out, _ = run(capsys, "parse", str(tmp_path), "--format", "json")
    assert status == 0
    rec = one(out)
    art = rec["articles"][0]  # type: ignore[index]
    assert art["title"]["text"] == "两市签订协议"
    s, e = art["dateline"]["span"]
    assert page[s:e] == "本报聊城7月23日讯"
    assert art["dateline"]["date"] == "2020-07-23"
    assert rec["html"] == {"title": None, "published": "2020-07-30", "published_time": None, "dropped": 2}


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("lxml")
    page = ("<!DOCTYPE html><html><body><ul class='menu'><li><a href='/'>首页</a></li></ul>"
            f"<p>{PAGE_A.splitlines()[0]}</p><p>{PAGE_A.splitlines()[1]}</p></body></html>")
    (tmp_path / "saved.txt").write_text(page, "utf-8")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # parse() is not given the HTML
        status, out, _ = run(capsys, "parse", str(tmp_path), "--format", "json")
    assert status == 0
    art = one(out)["articles"][0]  # type: ignore[index]
    assert art["title"]["text"] == "两市签订协议" and art["dateline"]["text"] == "本报聊城7月23日讯"
