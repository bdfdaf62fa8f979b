"""The typed core: spans, stitched views, the model's JSON round trip."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews import (
    Article,
    Byline,
    Dateline,
    DateMention,
    Document,
    Fact,
    Heading,
    Noise,
    Person,
    Published,
    Repair,
    Span,
    Stitched,
    Text,
    core,
)


def test_span_validation() -> None:
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(ValueError):
        Span(3, 2)
    assert Span(2, 2).slice("abc") == ""


@given(st.text(max_size=60), st.data())
def test_stitched_maps_back(base: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(base)), max_size=6)))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    s = Stitched.from_spans(base, spans)
    assert s.text == "".join(sp.slice(base) for sp in spans)
    for i in range(len(s.text)):
        assert base[s.to_base(i)] == s.text[i]



@given(st.text(min_size=1, max_size=400), st.data())
def test_packed_pieces_map_as_a_tuple_of_pieces_does(base: str, data: st.DataObject) -> None:
    # beyond _PACKED_PIECES pieces the offsets are kept in arrays: the same text, the same map
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(base)), min_size=140, max_size=300))))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    s = Stitched.from_spans(base, spans)
    few = [Stitched.from_spans(base, spans[k : k + 8]) for k in range(0, len(spans), 8)]
    assert s.text == "".join(f.text for f in few)
    if len(s.starts) > core._PACKED_PIECES:
        assert not isinstance(s.starts, tuple)
    for i in range(len(s.text)):
        assert base[s.to_base(i)] == s.text[i]
    whole = [sp for sp in spans if sp]
    assert s == Stitched.from_bounds(base, [sp.start for sp in whole], [sp.end for sp in whole])
    assert hash(s) == hash(Stitched.from_spans(base, spans))

spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, 10**6), st.integers(0, 10**6))
texts = st.text(max_size=20)
small = st.integers(1, 31) | st.none()
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=0, max_value=10**12)
facts = st.builds(
    Fact,
    text=texts,
    span=spans,
    value=decimals,
    unit=texts,
    value_max=decimals | st.none(),
    object=texts | st.none(),
    qualifier=st.sampled_from(["approx", "over", "at_least", "at_most", "under", None]),
)
people = st.builds(Person, name=texts, role=texts | st.none(), org=texts | st.none())
articles = st.builds(
    Article,
    span=spans,
    title=st.builds(Text, texts, spans) | st.none(),
    subtitle=st.builds(Text, texts, spans) | st.none(),
    columns=st.lists(st.builds(Text, texts, spans), max_size=2).map(tuple),
    dateline=st.builds(
        Dateline,
        text=texts,
        span=spans,
        outlet=texts,
        place=texts | st.none(),
        month=small,
        day=small,
        kind=st.sampled_from(["讯", "电"]),
        date=st.dates() | st.none(),
    )
    | st.none(),
    published=st.builds(Published, date=st.dates(), time=st.times() | st.none(), span=spans) | st.none(),
    bylines=st.lists(
        st.builds(Byline, text=texts, span=spans, people=st.lists(people, max_size=3).map(tuple)), max_size=2
    ).map(tuple),
    headings=st.lists(
        st.builds(Heading, text=texts, span=spans, level=st.integers(1, 4), marker=texts | st.none()),
        max_size=3,
    ).map(tuple),
    paragraphs=st.lists(st.builds(Text, texts, spans), max_size=3).map(tuple),
    facts=st.lists(facts, max_size=3).map(tuple),
    dates=st.lists(
        st.builds(
            DateMention,
            text=texts,
            span=spans,
            year=st.integers(1900, 2100) | st.none(),
            month=st.integers(1, 12) | st.none(),
            day=small,
        ),
        max_size=3,
    ).map(tuple),
)
documents = st.builds(
    Document,
    articles=st.lists(articles, max_size=2).map(tuple),
    noise=st.lists(
        st.builds(
            Noise,
            kind=st.sampled_from(["footer", "injected", "metadata"]),
            text=texts,
            span=spans,
            rule=texts,
        ),
        max_size=3,
    ).map(tuple),
    repairs=st.lists(st.builds(Repair, kind=texts, span=spans, before=texts, after=texts), max_size=3).map(
        tuple
    ),
)


@given(documents)
def test_round_trip_is_identity(doc: Document) -> None:
    d = doc.to_dict()
    json.dumps(d)
    assert Document.from_dict(json.loads(json.dumps(d))) == doc


def test_schema_keys() -> None:
    a = Article(span=Span(0, 1), published=Published(date=datetime.date(2024, 4, 5), span=Span(0, 1)))
    d = Document(articles=(a,)).to_dict()
    assert list(d) == ["schema", "articles", "noise", "repairs"]
    assert set(d["articles"][0]) == {
        "span",
        "title",
        "subtitle",
        "columns",
        "dateline",
        "published",
        "bylines",
        "headings",
        "paragraphs",
        "facts",
        "dates",
    }
    assert (
        Fact(text="x", span=Span(0, 1), value=Decimal("2.7E+8"), unit="元").to_dict()["value"] == "270000000"
    )


def test_from_dict_rejects_other_schema() -> None:
    with pytest.raises(ValueError):
        Document.from_dict({"schema": "other"})
