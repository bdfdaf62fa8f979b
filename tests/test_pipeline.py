"""The pipeline: composition, input handling, spans back to the original."""

from __future__ import annotations

import datetime
import pickle
import unicodedata
from collections.abc import Iterator
from typing import ClassVar

import pytest
import regex

import govnews
from govnews import DEFAULT_PIPELINE, Hit, Pipeline, Span, parse
from govnews.state import ParseState


class BookTitles:
    name = "book_titles"
    _pattern = regex.compile(r"《([^《》\n]{1,60})》")

    def scan(self, text: str) -> Iterator[Hit[str]]:
        for m in self._pattern.finditer(text):
            yield Hit(Span(m.start(), m.end()), m.group(), m.group(1), "guillemets")


class CountArticles:
    name = "count"
    seen: ClassVar[list[int]] = []

    def run(self, state: ParseState) -> None:
        self.seen.append(len(state.articles))


def test_type_errors() -> None:
    for bad in (b"x", 3, None, ["x"]):
        with pytest.raises(TypeError):
            parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode"):
        parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse("x", reference_date="2020-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\x00", "\ud800", "(", "本报", "。", "一亿" * 50])
def test_odd_inputs(text: str) -> None:
    d = parse(text).to_dict()
    assert d["schema"] == "govnews.document/1"


def test_user_parser_hits_in_extras() -> None:
    text = "两市签订协议\n本报讯 签订了《框架协议》和《实施方案》。"
    doc = parse(text, pipeline=DEFAULT_PIPELINE.add(BookTitles()))
    assert [x.span.slice(text) for x in doc.articles[0].extras] == ["《框架协议》", "《实施方案》"]
    assert doc.to_dict()["articles"][0]["extras"][0]["parser"] == "book_titles"
    assert govnews.Document.from_dict(doc.to_dict()) == doc


def test_add_replace_remove() -> None:
    p = DEFAULT_PIPELINE.add(CountArticles(), after="segment")
    assert p.names[p.names.index("segment") + 1] == "count"
    p2 = p.replace("count", BookTitles())
    assert "book_titles" in p2.names and "count" not in p2.names
    assert "facts" not in DEFAULT_PIPELINE.remove("facts").names
    with pytest.raises(KeyError):
        DEFAULT_PIPELINE.remove("nope")
    with pytest.raises(ValueError):
        DEFAULT_PIPELINE.add(BookTitles()).add(BookTitles())
    with pytest.raises(TypeError):
        DEFAULT_PIPELINE.add(object())  # type: ignore[arg-type]
    CountArticles.seen.clear()
    parse("标题一二三\n正文第一段。", pipeline=p)
    assert CountArticles.seen == [1]


def test_switching_a_family_off() -> None:
    text = "新建学校的消息\n全市新建学校12所。"
    assert parse(text, pipeline=DEFAULT_PIPELINE.remove("facts")).articles[0].facts == ()


def test_pipeline_pickles() -> None:
    p = pickle.loads(pickle.dumps(DEFAULT_PIPELINE))
    assert isinstance(p, Pipeline) and p.names == DEFAULT_PIPELINE.names


def _norm(s: str) -> str:
    from govnews.normalize import normalize

    s = unicodedata.normalize("NFKC", s)
    return "".join(normalize(s).text.split())


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def test_spans_slice_the_original(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        doc = parse(text)
        for a in doc.articles:
            for para in a.paragraphs:
                # a paragraph may be stitched from pieces (broken lines, a fragment continued
                # further down, injected spam cut out): its text is a subsequence of its source
                assert _subsequence(_norm(para.text), _norm(para.span.slice(text))), (name, para.text)
            items = [a.title, a.subtitle, *a.columns, *a.headings, *a.facts, *a.dates]
            if a.dateline:
                items.append(a.dateline)
            for it in items:
                if it is None:
                    continue
                assert 0 <= it.span.start <= it.span.end <= len(text), (name, it)
                src = _norm(it.span.slice(text))
                for piece in regex.split(r"\s+", it.text):
                    assert _norm(piece) in src, (name, it.text, it.span.slice(text))
        for n in doc.noise:
            assert _norm(n.text) == _norm(n.span.slice(text)), (name, n)


def test_seed_003_is_simplified_without_pinyin(seed_texts: dict[str, str]) -> None:
    text = seed_texts["003_b3f544f4ad3f5c05.txt"]
    doc = parse(text)
    body = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert "(fā)" not in body and "發" not in body and "??h" not in body
    assert doc.articles[0].title is not None
    assert doc.articles[0].title.text == "县委常委、副县长周发家调度推进产教融合工作"
    assert doc.articles[0].title.span.slice(text).startswith("縣委常委")


def test_reference_date_is_accepted() -> None:
    doc = parse("标题标题标题\n7月22日上午,会议召开。", reference_date=datetime.date(2020, 7, 23))
    assert doc.articles


def test_parse_makes_no_reference_cycles(seed_texts: dict[str, str]) -> None:
    """``parse`` pauses the cyclic collector (single-threaded processes): that is only
    safe while a parse leaves no cycles for it to find."""
    import gc

    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text in [*seed_texts.values(), "本报讯(记者 张三)\n正文。\n" * 50]:
            govnews.parse(text).to_dict()
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


_GC_PROBE = """
import gc, threading
import govnews
from govnews.pipeline import DEFAULT_PIPELINE, Pipeline
seen = []
class Probe:
    name = "probe"
    def run(self, state):
        seen.append(gc.isenabled())
probed = Pipeline((*DEFAULT_PIPELINE.stages, Probe()))
probed.run("标题\\n正文。")  # the only thread: paused
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
probed.run("标题\\n正文。")  # another thread runs: left alone
stop.set()
t.join()
gc.disable()
govnews.parse("标题\\n正文。")
kept = gc.isenabled()
gc.enable()
govnews.parse("标题\\n正文。")
print(seen, kept, gc.isenabled())
"""


def test_gc_pause_and_restore() -> None:
    """In a fresh interpreter (a test run may hold other threads): the collector is paused
    during a parse only while one thread runs, and its state is restored afterwards."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _GC_PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[False,", "True]", "False", "True"]
