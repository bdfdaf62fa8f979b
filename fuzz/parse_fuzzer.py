"""Fuzzing ``govnews.parse``: the properties every output must have, and an atheris harness.

:func:`check` asserts the properties on one input; ``tests/test_fuzz_parse.py`` runs
it under Hypothesis and this file runs it under atheris (coverage-guided, for hours)::

    pip install -e '.[fuzz]'
    python fuzz/parse_fuzzer.py fuzz/corpus -max_total_time=3600 -timeout=20 -rss_limit_mb=4096

Inputs are built from the fuzzer's bytes in two ways, chosen by the first byte: a
sequence of news-text fragments (:data:`FRAGMENTS`: datelines, bylines, numerals,
brackets, noise markers, traditional characters, pinyin annotations, full-width
forms, control characters, lone surrogates), or raw Unicode. See ``fuzz/README.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import govnews

__all__ = ["FRAGMENTS", "check", "check_document", "fold", "fold_source", "from_bytes"]

# --------------------------------------------------------------------------- fragments

FRAGMENTS: tuple[str, ...] = (
    # datelines and bylines
    "本报讯", "本报聊城7月23日讯", "新华社北京12月31日电", "人民网北京3月5日电", "本报济南", "讯", "电",
    "(记者 张同建)", "（记者 王小明 通讯员 李华）", "【泰安日报社·最泰安全媒体记者 杨丽宁】", "(孙希国刘泓)",
    "记者 ", "通讯员", "文/图 ", "作者:", "作者：", "责任编辑:", "编辑：", "来源：", "(陈玉华)",
    # dates and times
    "2024-04-05", "2022-07-18 21:35:23", "发布时间:", "发布日期：", "7月22日", "上午9时", "今年", "去年",
    "2018年6月", "二〇二三年十二月", "十月一日", "12月31日", "年", "月", "日",
    # numerals and quantities
    "2.7亿元", "近2万人", "98%以上", "200余亩", "3000多人", "三个方面", "两种", "3至5年", "近三年", "90天",
    "一亿", "一万二千三百", "1.23456万", "十三五", "一企一策", "1+X", "第一", "0", "12", "3.5", "100",
    "万", "亿", "元", "人", "个", "余", "多", "约", "超过", "不足", "以下", "%",
    # headings
    "一、", "二、", "（一）", "（二）", "1.", "2、", "（1）", "第一章", "搭建校企互动平台。",
    # brackets and punctuation
    "(", ")", "（", "）", "【", "】", "《", "》", "“", "”", "「", "」", "、", "，", "。", "：", ":", "；",
    "——", "·", "•", "…", "!", "？",
    # noise markers
    "设为首页 收藏本站", "当前位置: 首页 >> 新闻", " >> ", "版权所有", "Copyright © 2024", "鲁ICP备12345678号",
    "公网安备", "主办：", "地址：", "电话：0531-12345678", "邮编：250000", "扫描二维码关注公众号", "微信号：",
    "小编推荐", "友情链接", "哪家医院好", "相关阅读", "上一篇", "下一篇", "【打印】", "【关闭】",
    # traditional characters and pinyin annotations of broken converters
    "縣委常委", "發展", "產教融合", "聯盟", "會議", "調度", "為", "發(fā)", "調(diào)", "進(jìn)", "產(chǎn)", "(fā)",
    # full-width forms
    "２０２４", "１２３", "ＡＢＣ", "％", "．", "　", "（１）", "１．", "＋", "－",
    # control, invisible and broken characters
    "\x00", "\x07", "\x1b", "\x7f", "\r\n", "\r", "\t", "\u200b", "\ufeff", "\u00ad", "\u2028", "\u0085",
    "\u200e", "\u202e", "\u2067", "\u061c", "\x0c", "\x0b", "\u2029",
    "\ud800", "\udfff", "\udc80", "锟斤拷", "\ufffd", "??", "*终", "*大",
    # ordinary text
    "两市教育局签订了框架协议", "会议强调", "推进产教深度融合", "共有", "学生", "企业", "项目", "投入资金",
    "\n", "\n", "\n", "\n\n", " ", "  ",
)

# --------------------------------------------------------------------------- folding


@cache
def _t2s() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
# What normalisation deletes from the source: control and format characters, lone
# surrogates, mojibake; what it restores: censor stars. Only the *source* side of a
# comparison is folded so: a record's text is what users see, and an invisible character
# that reaches it must fail the check, not be folded away on both sides.
_DROP = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u2028-\u202f\u2060-\u206f"
                   r"\ufe00-\ufe0f\ufeff\ufffd\ud800-\udfff\U000e0000-\U000e01ef]+|(?:锟斤拷)+|\?{2,}[A-Za-z]?")
_WHITE = re.compile(r"\s+")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_TRIM = " \t\r\n\u3000。，,：:；;、！!？?•·…—-"
#: characters no text of an article may hold: controls (but tab and line feed) and format characters
_UNSEEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                     r"\u2060-\u2064\u2066-\u206f\ufeff\U000e0000-\U000e007f]")


def fold(s: str | None) -> str:
    """Width-fold, drop pinyin annotations, simplify, drop white space, trim punctuation: the
    comparison of ``score_gold.norm``, made total for junk. Nothing else is dropped, so a
    control or invisible character in a record's text stays visible to the checks.

    >>> fold("縣委發(fā)家 ２０２４。"), fold("县委发家2024")
    ('县委发家2024', '县委发家2024')
    >>> fold("标\u200b题")
    '标\u200b题'
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = _PINYIN.sub("", s)
    s = _WHITE.sub("", s)
    return _t2s()(s).strip(_TRIM)


def fold_source(s: str | None) -> str:
    """:func:`fold` of the source text a span covers, after what normalisation deletes
    there (control and format characters, mojibake) is dropped and censor stars restored.

    >>> fold_source("标\\u200b题\\x00"), fold_source("*终")
    ('标题', '最终')
    """
    if not s:
        return ""
    return fold(_DROP.sub("", s)).replace("*", "最")


# --------------------------------------------------------------------------- properties

_CLAIMS = ("title", "dateline", "headings", "facts", "dates")


def _spans(d: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict holding a ``span`` in a document dict, with its path."""
    if isinstance(d, dict):
        if "span" in d:
            yield path, d
        for k, v in d.items():
            yield from _spans(v, f"{path}.{k}" if path else k)
    elif isinstance(d, list):
        for i, v in enumerate(d):
            yield from _spans(v, f"{path}[{i}]")


def _require(ok: bool, msg: str | Callable[[], str]) -> None:
    """Raise ``AssertionError(msg)`` unless ``ok`` (kept under ``python -O``, unlike ``assert``)."""
    if not ok:
        raise AssertionError(msg if isinstance(msg, str) else msg())


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    """Where two JSON-like values first differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path or '.'}: {a!r} != {b!r}"


def check_document(text: str, doc: govnews.Document) -> None:
    """Assert the properties of ``doc``, the parse of ``text`` (all but determinism).

    >>> import govnews
    >>> good = govnews.Document(articles=(govnews.Article(span=govnews.Span(0, 2),
    ...     title=govnews.Text("标题", govnews.Span(0, 2))),))
    >>> check_document("标题", good)
    >>> check_document("标题", govnews.Document(articles=(govnews.Article(span=govnews.Span(0, 2),
    ...     title=govnews.Text("正文", govnews.Span(0, 2))),)))
    Traceback (most recent call last):
    AssertionError: articles[0].title: text '正文' but span [0, 2] covers '标题'
    """
    import govnews

    _require(isinstance(doc, govnews.Document), f"not a Document: {type(doc)}")
    d = doc.to_dict()
    n = len(text)
    for path, rec in _spans(d):
        s, e = rec["span"]
        inside = isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n
        _require(inside, f"{path}: span {[s, e]} outside 0..{n}")
        key = path.split(".")[-1].split("[")[0]
        if key in _CLAIMS and "text" in rec:
            # a star the censor repair left alone is compared as the 最 it may stand for
            claimed, covered = fold(rec["text"]).replace("*", "最"), fold_source(text[s:e])
            _require(claimed in covered, f"{path}: text {rec['text']!r} but span {[s, e]} covers {text[s:e]!r}")
        if path.startswith("articles") and isinstance(rec.get("text"), str):
            seen = _UNSEEN.search(rec["text"])
            if seen is not None:
                raise AssertionError(f"{path}: text {rec['text']!r} holds U+{ord(seen.group()):04X}")
    _require(govnews.Document.from_dict(d) == doc, "from_dict(to_dict()) differs")
    back = govnews.Document.from_dict(json.loads(json.dumps(d)))
    # JSON cannot tell a high+low pair of lone surrogates from the astral character they
    # encode (json.loads joins them), so text holding one cannot come back exactly.
    if _SURROGATE_PAIR.search(text) is None:
        _require(back == doc, lambda: f"JSON round trip differs: {_first_difference(back.to_dict(), d)}")


def check(text: str, **kwargs: Any) -> govnews.Document:
    """Parse ``text`` and assert every property of the output; returns the document.

    - ``parse`` returns a :class:`~govnews.Document` (it never raises on a ``str``);
    - it is deterministic: a second parse gives an equal document;
    - every span lies inside ``text``; a title, dateline, heading, fact or date covers
      what its ``text`` says, modulo width folding, simplification, pinyin removal and
      the other documented repairs (the check ``score_gold.check_spans`` scores);
    - ``Document.from_dict(doc.to_dict()) == doc``, also through ``json.dumps``/``loads``.

    >>> check("本报聊城7月23日讯(记者 张同建)\\n7月22日上午,发布会召开。").articles[0].dateline.outlet
    '本报'
    """
    import govnews  # here, so that the atheris harness can instrument it first

    doc = govnews.parse(text, **kwargs)
    _require(govnews.parse(text, **kwargs) == doc, "parse is not deterministic")
    check_document(text, doc)
    return doc


# --------------------------------------------------------------------------- atheris


def from_bytes(data: bytes) -> str:
    """The fuzz input for ``data``: fragments chosen by its bytes, or its bytes as Unicode.

    >>> from_bytes(bytes([0, 0, 1, 2]))[:5]
    '本报讯本报'
    >>> from_bytes(b"\\x01" + "縣委".encode("utf-16-le"))
    '縣委'
    """
    if not data:
        return ""
    mode, rest = data[0], data[1:]
    if mode % 2 == 0:
        return "".join(FRAGMENTS[b % len(FRAGMENTS)] for b in rest)
    # raw UTF-16 code units: reaches lone surrogates, controls and every plane-0 character
    units = [int.from_bytes(rest[i : i + 2], "little") for i in range(0, len(rest) - 1, 2)]
    return "".join(map(chr, units))


_SIGNATURE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\d+")
_seen: set[str] = set()


def signature(e: BaseException) -> str:
    """A failure's kind, without the particulars: the exception type and its message with
    quoted strings and numbers blanked, so that one bug is reported once.

    >>> signature(AssertionError("articles[0].dates[1]: text '12月' but span [14, 26] covers '12x月'"))
    "AssertionError: articles[#].dates[#]: text '…' but span [#, #] covers '…'"
    """
    msg = str(e).splitlines()[0] if str(e) else ""
    msg = _SIGNATURE.sub(lambda m: "#" if m.group()[0].isdigit() else m.group()[0] + "…" + m.group()[0], msg)
    return f"{type(e).__name__}: {msg}"


def one_input(data: bytes) -> None:
    """The atheris entry point: any failed property is a crash.

    With ``GOVNEWS_FUZZ_FINDINGS=DIR`` in the environment, a failure is written to
    ``DIR`` (the input and the message), once per :func:`signature`, and fuzzing goes on.
    """
    findings = os.environ.get("GOVNEWS_FUZZ_FINDINGS")
    if not findings:
        check(from_bytes(data))
        return
    try:
        check(from_bytes(data))
    except Exception as e:
        sig = signature(e)
        if sig in _seen:
            return
        _seen.add(sig)
        out = Path(findings)
        out.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()[:16]
        (out / f"finding-{name}").write_bytes(data)
        text = from_bytes(data)
        note = f"{sig}\n{e}\ninput: {text!r}\n"
        (out / f"finding-{name}.txt").write_text(note.encode("utf-8", "backslashreplace").decode("utf-8"), "utf-8")
        print(f"\nFINDING {name}: {sig}", file=sys.stderr)


def main(argv: list[str]) -> None:  # pragma: no cover - needs atheris
    import atheris

    with atheris.instrument_imports(include=["govnews"]):
        import govnews  # noqa: F401  (instrumented for coverage feedback)
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv)
