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


def test_json_single_file_is_the_document(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", str(tree / "a.txt"))
    assert status == 0
    assert Document.from_dict(json.loads(out)) == parse(PAGE_A)


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
    assert Document.from_dict(json.loads(out)) == parse(PAGE_B)


def test_reference_date_is_passed(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--format", "json", "--reference-date", "2020-07-23", str(tree / "a.txt"))
    import datetime

    assert status == 0
    assert Document.from_dict(json.loads(out)) == parse(PAGE_A, reference_date=datetime.date(2020, 7, 23))


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
