"""The shipped JSON Schema of ``govnews.document/1`` against ``to_dict()`` output."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govnews
from govnews import (
    Article,
    Byline,
    Dateline,
    DateMention,
    Document,
    Extra,
    Fact,
    Heading,
    Noise,
    Person,
    Published,
    Repair,
    Span,
    Text,
)
from govnews.cli import main
from govnews.document import json_schema

jsonschema = pytest.importorskip("jsonschema")

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def errors(d: dict[str, Any]) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in VALIDATOR.iter_errors(d)]


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem[:3] for s in SEEDS])
def test_seed_documents_validate(seed: Path) -> None:
    assert errors(govnews.parse(seed.read_text("utf-8")).to_dict()) == []


FULL = Document(
    articles=(Article(
        span=Span(0, 40), title=Text("标题", Span(0, 2)), subtitle=Text("副题", Span(3, 5)),
        columns=(Text("栏目", Span(6, 8)),),
        dateline=Dateline(text="本报聊城7月23日讯", span=Span(9, 19), outlet="本报", place="聊城", month=7, day=23,
                          date=datetime.date(2020, 7, 23)),
        published=Published(date=datetime.date(2020, 7, 23), time=datetime.time(9, 30), span=Span(20, 30)),
        bylines=(Byline(text="(记者 张同建)", span=Span(19, 27),
                        people=(Person(name="张同建", role="记者", org="本报"),)),),
        headings=(Heading(text="一、总体情况", span=Span(28, 34), level=1, marker="一、"),),
        paragraphs=(Text("正文。", Span(35, 38)),),
        facts=(Fact(text="3至5年", span=Span(35, 39), value=Decimal(3), value_max=Decimal(5), unit="年",
                    object="工作", qualifier="approx"),),
        dates=(DateMention(text="7月22日", span=Span(35, 40), month=7, day=22),),
        extras=(Extra(parser="mine", text="x", span=Span(1, 2), value=3, rule="r"),),
    ),),
    noise=(Noise(kind="footer", text="版权所有", span=Span(40, 44), rule="footer.copyright"),),
    repairs=(Repair(kind="t2s", span=Span(0, 1), before="標", after="标", rule="t2s"),),
)


def test_every_field_of_every_record_is_in_the_schema_and_required_as_written() -> None:
    d = FULL.to_dict()
    assert errors(d) == []
    defs = json_schema()["$defs"]
    art = d["articles"][0]
    pairs: list[tuple[str, dict[str, Any]]] = [
        ("article", art), ("text", art["title"]), ("dateline", art["dateline"]), ("published", art["published"]),
        ("byline", art["bylines"][0]), ("person", art["bylines"][0]["people"][0]), ("heading", art["headings"][0]),
        ("fact", art["facts"][0]), ("date_mention", art["dates"][0]), ("extra", art["extras"][0]),
        ("noise", d["noise"][0]), ("repair", d["repairs"][0]),
    ]
    for name, rec in pairs:
        assert set(defs[name]["properties"]) == set(rec), name
        assert set(defs[name]["required"]) <= set(rec), name


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("articles", 0, "facts", 0, "value"), 3.5),  # a float, not an exact decimal string
        (("articles", 0, "span"), [1]),
        (("noise", 0, "kind"), "advert"),
        (("articles", 0, "dateline", "date"), "2020/07/23"),
        (("articles", 0, "facts", 0, "qualifier"), "about"),
        (("schema",), "govnews.document/2"),
    ],
)
def test_malformed_documents_are_rejected(path: tuple[Any, ...], value: Any) -> None:
    d = json.loads(json.dumps(FULL.to_dict()))
    node = d
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value
    assert errors(d) != []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="本报聊城7月23日讯(记者 张同建)全市19所投入2.7亿元约3至5年。\n一、标题：版权縣", max_size=200))
def test_any_parse_validates(text: str) -> None:
    assert errors(govnews.parse(text).to_dict()) == []


def test_cli_records_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "a", "text": SEEDS[0].read_text("utf-8"), "site": "x"}, ensure_ascii=False) + "\n",
                 "utf-8")
    assert main(["parse", str(f), "--format", "json", "--id-field", "id", "--keep-fields"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert rec["fields"] == {"id": "a", "site": "x"}
    assert errors(rec) == []
