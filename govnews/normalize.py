"""Normalisation with an offset map back to the original text.

:func:`normalize` turns raw page text into the *working text* every parser scans:
traditional characters simplified, pinyin annotations of broken converters removed,
full-width digits and letters folded, odd spaces, zero-width and control characters
handled, mojibake runs cut out, and ad-law censor stars restored where the word is
sure. Each change is a :class:`~govnews.document.Repair` with its span in the
original, and :meth:`Normalized.to_original` maps any working offset back.

>>> n = normalize("縣委發(fā)家調(diào)度")
>>> n.text
'县委发家调度'
>>> sorted({r.kind for r in n.repairs})
['pinyin', 't2s']
>>> n.span_to_original(Span(2, 4)).slice(n.original)
'發(fā)家'

Text with nothing to repair comes back as it was:

>>> clean = normalize("本报聊城7月23日讯(记者 张同建)")
>>> clean.text == clean.original, clean.repairs
(True, ())
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from govnews.core import Span
from govnews.document import Repair, make_repair

__all__ = ["Normalized", "OffsetMap", "has_traditional", "normalize"]

_CJK = r"\p{Han}"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_SYLLABLE = rf"[bpmfdtnlgkhjqxrzcsyw]?h?[aeiouvü{_TONED}]{{1,4}}(?:ng|n|r)?"

# Full-width forms folded to ASCII: digits, Latin letters and the symbols that occur in
# numbers, identifiers and addresses. Chinese sentence punctuation (，。：；！？（）) keeps
# its full-width form, which is the house style of the text.
_FOLD_CHARS = "０１２３４５６７８９％＋－．／＝＠＃＆～＜＞＿｜＄" + "".join(
    chr(c) for c in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
)
_FOLD = {ord(c): chr(ord(c) - 0xFEE0) for c in _FOLD_CHARS}
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that show nothing: every Unicode format character (category Cf: zero-width
# characters, direction marks, embeddings, overrides and isolates, U+061C, the whole Tags
# block U+E0000–E007F with its unassigned code points, which no renderer shows), the
# variation selectors, the combining grapheme joiner and the Hangul fillers. They are cut
# out of the working text like zero-width spaces (``tests/test_normalize.py`` checks the
# list against ``unicodedata``).
_INVISIBLE_BMP = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb"
)
_INVISIBLE_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
_INVISIBLE = _INVISIBLE_BMP + _INVISIBLE_ASTRAL
# Line and page separators other than LF and CR: each becomes a line break (``\x0c`` is
# how pdftotext separates pages; U+2028/U+2029/U+0085 are Unicode's line breaks).
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"

# Words an ad-law filter turns into ``*X``; the first character is 最 in all of them.
_CENSORED_NEXT = "终大佳优高低新好早晚后初多少强快美具受近先"

_EDITS = regex.compile(
    rf"""
    (?P<pinyin>(?<={_CJK})\((?={_PINYIN_SYLLABLE}\))(?=[^)]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\))
  | (?P<mojibake>(?:锟斤拷)+|\ufffd+|(?<=[{_CJK}，。、])\?{{2,}}[A-Za-z]?(?={_CJK}))
  | (?P<censored>(?<![0-9A-Za-z*])\*(?=[{_CENSORED_NEXT}]))
  | (?P<crlf>\r(?:[{_INVISIBLE}]*\n)?)
  | (?P<linebreak>[{_LINE_BREAKS}])
  | (?P<invisible>[{_INVISIBLE}]+)
  | (?P<zero>[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\p{{Cs}}]+)
  | (?P<space>[{_SPACES}]+)
  | (?P<width>[{_FOLD_CHARS}]+)
    """,
    regex.VERBOSE,
)
# Every edit starts with one of these characters. Stdlib ``re`` finds them in a page many
# times faster than the engine tries ``_EDITS`` at every position, so ``_EDITS`` is only
# tried where one stands.
# Two forms: ``re`` tests a class of the Basic Multilingual Plane by one bitmap look-up per
# character, and one that holds characters beyond U+FFFF by a walk through its ranges,
# several times slower; a text without such characters is scanned with the first.
_EDIT_START_BMP_BODY = (
    re.escape("(锟\ufffd?*\r" + _SPACES + _FOLD_CHARS)
    + _INVISIBLE_BMP + _LINE_BREAKS + "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"
)
_EDIT_START = re.compile("[" + _EDIT_START_BMP_BODY + _INVISIBLE_ASTRAL + "]")
_EDIT_START_BMP = re.compile("[" + _EDIT_START_BMP_BODY + "]")
#: past this many candidates that did not start an edit, the rest is left to ``_EDITS.finditer``
_DENSE = 64


@attrs.frozen
class _Step:
    """One rewriting pass: sorted, merged edits in input (``o``) and output (``w``) offsets."""

    w_starts: tuple[int, ...]
    w_ends: tuple[int, ...]
    o_starts: tuple[int, ...]
    o_ends: tuple[int, ...]

    def back(self, i: int, end: bool) -> int:
        # A start offset belongs to the character at ``i``: the last edit starting at or
        # before it (after a deletion at ``i``). An end offset belongs to the character
        # before ``i``: the last edit starting strictly before it (before a deletion at ``i``).
        k = (bisect.bisect_left(self.w_starts, i) if end else bisect.bisect_right(self.w_starts, i)) - 1
        if k < 0:
            return i
        ws, we, os_, oe = self.w_starts[k], self.w_ends[k], self.o_starts[k], self.o_ends[k]
        if i < we:
            return os_ + min(i - ws, oe - os_)
        return oe + i - we

    def back_many(self, offsets: Sequence[int], end: bool) -> list[int]:
        """:meth:`back` of each offset (one loop instead of a call per offset)."""
        find = bisect.bisect_left if end else bisect.bisect_right
        w_starts, w_ends, o_starts, o_ends = self.w_starts, self.w_ends, self.o_starts, self.o_ends
        out = []
        for i in offsets:
            k = find(w_starts, i) - 1
            if k < 0:
                out.append(i)
            elif i < w_ends[k]:
                out.append(o_starts[k] + min(i - w_starts[k], o_ends[k] - o_starts[k]))
            else:
                out.append(o_ends[k] + i - w_ends[k])
        return out


@attrs.frozen
class OffsetMap:
    """Maps offsets of the working text back to the original, through each pass.

    >>> n = normalize("a\\r\\nb")
    >>> n.text, n.map.to_original(2)
    ('a\\nb', 3)
    """

    steps: tuple[_Step, ...] = ()

    def to_original(self, i: int, *, end: bool = False) -> int:
        """Original offset of working offset ``i``; ``end=True`` for the end of a span."""
        for step in reversed(self.steps):
            i = step.back(i, end)
        return i

    def to_original_many(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`to_original` of many span starts and ends, a loop per pass.

        >>> normalize("a\\r\\nb").map.to_original_many([0, 2], [1, 3])
        ([0, 3], [1, 4])
        """
        s, e = list(starts), list(ends)
        for step in reversed(self.steps):
            s = step.back_many(s, False)
            e = step.back_many(e, True)
        return s, e


@attrs.frozen
class Normalized:
    """The working text, the original it came from, the map between them and the repairs.

    >>> n = normalize("全县近２万人\\r\\n受益")
    >>> n.text
    '全县近2万人\\n受益'
    >>> [(r.rule, r.before, r.after) for r in n.repairs]
    [('width.fullwidth', '２', '2'), ('space', '\\r\\n', '\\n')]
    """

    text: str
    original: str
    map: OffsetMap
    repairs: tuple[Repair, ...]

    def to_original(self, i: int, *, end: bool = False) -> int:
        """Original offset of working offset ``i``; ``end=True`` for the end of a span.

        >>> n = normalize("全县近2万人\\r\\n受益")
        >>> n.text.index("受"), n.to_original(n.text.index("受"))
        (7, 8)
        """
        return self.map.to_original(i, end=end)

    def spans_to_original(self, spans: Sequence[Span]) -> list[Span]:
        """:meth:`span_to_original` of each span; a span the map leaves as it was is
        returned itself.

        >>> n = normalize("全县近２万人\\r\\n受益")
        >>> [s.slice(n.original) for s in n.spans_to_original([Span(2, 6), Span(7, 9)])]
        ['近２万人', '受益']
        """
        if not self.map.steps:
            return list(spans)
        starts, ends = self.map.to_original_many([s.start for s in spans], [s.end for s in spans])
        return [
            sp if (s == sp.start and e == sp.end) else Span(s, e if e > s else s)
            for sp, s, e in zip(spans, starts, ends, strict=True)
        ]

    def span_to_original(self, span: Span) -> Span:
        """The original span of a working-text span.

        >>> n = normalize("全县近２万人\\r\\n受益")
        >>> span = n.span_to_original(Span(2, 6))
        >>> span, span.slice(n.original)
        (Span(start=2, end=6), '近２万人')
        >>> n.span_to_original(Span(7, 9)).slice(n.original)
        '受益'
        """
        if not self.map.steps:
            return span  # nothing was rewritten: the offsets are the original ones
        start = self.map.to_original(span.start)
        return Span(start, max(start, self.map.to_original(span.end, end=True)))


@functools.cache
def _t2s() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


@functools.cache
def _conversions() -> tuple[frozenset[str], frozenset[str]]:
    """The Han characters OpenCC ``t2s`` changes on its own, and those among them whose
    converted form ``t2s`` changes again (薴 → 苧 → 苎; built once, lazily)."""
    chars = [chr(c) for c in range(0x3400, 0x9FFF + 1)] + [chr(c) for c in range(0xF900, 0xFAFF + 1)]
    convert = _t2s()
    converted = convert("\n".join(chars)).split("\n")
    changed = {c: s for c, s in zip(chars, converted, strict=False) if s != c}
    again = convert("\n".join(changed.values())).split("\n")
    unstable = frozenset(c for (c, s), t in zip(changed.items(), again, strict=False) if t != s)
    return frozenset(changed) - unstable, unstable


def _traditional_chars() -> frozenset[str]:
    """Every Han character that OpenCC ``t2s`` changes on its own into a stable form."""
    return _conversions()[0]


def _unstable_chars() -> frozenset[str]:
    """Characters that ``t2s`` converts into a form it converts again. They are left as
    they are: no single form is both idempotent and what one ``t2s`` call of the original
    gives (how scorers compare), so the original is kept.

    >>> sorted(_unstable_chars())
    ['薴']
    """
    return _conversions()[1]


@functools.cache
def _traditional_re() -> re.Pattern[str]:
    """One character class of :func:`_traditional_chars` (a bitmap scan, not a hash per character)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_traditional_chars())) + "]")


@functools.cache
def _scan_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One character class: every character an edit can start with and every traditional
    character, in the two forms of ``_EDIT_START`` (all of them; the Basic Multilingual
    Plane alone)."""
    traditional = re.escape("".join(sorted(_traditional_chars())))
    return (
        re.compile("[" + _EDIT_START_BMP_BODY + _INVISIBLE_ASTRAL + traditional + "]"),
        re.compile("[" + _EDIT_START_BMP_BODY + traditional + "]"),
    )


def _astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond U+FFFF (its UTF-16 form is then longer than
    two bytes a character).

    >>> _astral("正文"), _astral("正文\U000e0001")
    (False, True)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _classes(text: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scan class and the edit-start class ``text`` needs: the fast forms unless it holds
    a character beyond U+FFFF."""
    full, bmp = _scan_classes()
    return (full, _EDIT_START) if _astral(text) else (bmp, _EDIT_START_BMP)


_PINYIN_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzü" + _TONED)
_CENSORED_NEXT_SET = frozenset(_CENSORED_NEXT)


def _first_to_do(text: str) -> int:
    """Where the first repair of ``text`` may start, or -1: one scan of the scan class (:func:`_classes`)
    (a page with nothing to repair is returned as it is after this scan; the edit scan of
    any other starts where this one stopped).

    >>> _first_to_do("本报讯(记者 张三)"), _first_to_do("发(fā)展"), _first_to_do("县委縣")
    (-1, 1, 2)
    """
    for m in _classes(text)[0].finditer(text):
        if _may_start(text, m.start()):
            return m.start()
    return -1


def _may_start(text: str, i: int) -> bool:
    """Whether a repair may start at ``text[i]``, a character of the scan class:
    ``(``, ``?`` and ``*`` only when followed by a pinyin letter, a second ``?`` or a
    censored word; every other one may (a cheap test before the full pattern is tried)."""
    c = text[i]
    if c == "(":
        return text[i + 1 : i + 2] in _PINYIN_FIRST
    if c == "?":
        return text[i + 1 : i + 2] == "?"
    if c == "*":
        return text[i + 1 : i + 2] in _CENSORED_NEXT_SET
    return True


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character that traditional-to-simplified conversion changes.

    >>> has_traditional("县委"), has_traditional("縣委")
    (False, True)
    """
    return _traditional_re().search(text) is not None


def _apply(
    text: str, edits: Sequence[tuple[int, int, str]]
) -> tuple[str, _Step | None]:
    """Apply sorted, non-overlapping edits ``(start, end, replacement)``; the step that
    maps the new text's offsets back, or ``None`` when every edit keeps its length (then
    every offset stays where it was).

    Adjacent edits stay separate, so that each keeps its own exact map (a deletion next to
    a folded character must not become one window of uneven length).
    """
    if not edits:
        return text, None
    merged = edits
    parts: list[str] = []
    ws: list[int] = []
    we: list[int] = []
    os_: list[int] = []
    oe: list[int] = []
    pos = 0
    out_len = 0
    for s, e, r in merged:
        parts.append(text[pos:s])
        out_len += s - pos
        ws.append(out_len)
        parts.append(r)
        out_len += len(r)
        we.append(out_len)
        os_.append(s)
        oe.append(e)
        pos = e
    parts.append(text[pos:])
    if ws == os_ and we == oe:
        return "".join(parts), None
    return "".join(parts), _Step(tuple(ws), tuple(we), tuple(os_), tuple(oe))


def _edit_matches(text: str, start: int = 0) -> tuple[list[regex.Match[str]], bool]:
    """``_EDITS.finditer(text)``, trying the pattern only where an edit can start; and
    whether ``text`` may hold a traditional character, which the same scan finds. The scan
    begins at ``start``, before which the caller knows there is neither.

    Every edit is non-empty and starts with a character of ``_EDIT_START``; lookbehinds
    see the text before the position tried, so the matches are exactly those of
    ``finditer``. Where candidates that start no edit come thick (a page of brackets), the
    rest of the page goes to ``finditer`` in one call (and the text may then hold a
    traditional character the scan did not reach).
    """
    out: list[regex.Match[str]] = []
    pos = 0
    misses = 0
    traditional = _traditional_chars()
    found_traditional = False
    scan_class, edit_start = _classes(text)
    scan: Iterator[re.Match[str]] | None = scan_class.finditer(text, start)
    while scan is not None:
        rest, scan = scan, None
        for c in rest:
            i = c.start()
            if text[i] in traditional:
                # the first one is enough to know: the rest of the page is scanned for edit
                # starts only (a traditional page has a traditional character in every few)
                found_traditional = True
                scan = edit_start.finditer(text, i + 1)
                break
            if i < pos or not _may_start(text, i):
                continue
            m = _EDITS.match(text, i)
            if m is None:
                misses += 1
                if misses > _DENSE:
                    out.extend(_EDITS.finditer(text, i + 1))
                    return out, True
                continue
            out.append(m)
            pos = m.end()
    return out, found_traditional


def _edit_pass(
    text: str, start: int = 0
) -> tuple[list[tuple[int, int, str]], list[tuple[str, int, int, str, str]], bool]:
    """The character-level edits of one pass, the repairs they stand for, and whether the
    text may hold a traditional character (see :func:`_edit_matches`)."""
    edits: list[tuple[int, int, str]] = []
    repairs: list[tuple[str, int, int, str, str]] = []
    matches, traditional = _edit_matches(text, start)
    for m in matches:
        kind = m.lastgroup or ""
        s, e = m.span()
        before = m.group()
        if kind in ("pinyin", "mojibake", "zero", "invisible"):
            after = ""
        elif kind == "censored":
            after = "最"
        elif kind in ("crlf", "linebreak"):
            after = "\n"
        elif kind == "space":
            after = " " * len(before)
        else:
            after = before.translate(_FOLD)
        edits.append((s, e, after))
        repairs.append((kind, s, e, before, after))
    return edits, repairs, traditional


_BY_SPAN = operator.itemgetter(1, 2)
# the repair kind of each pass's group (a group not named here is its own kind)
_REPAIR_KIND = {"crlf": "space", "zero": "space", "linebreak": "space", "invisible": "space"}
_RULES = {
    "pinyin": "pinyin.annotation",
    "mojibake": "mojibake.run",
    "censored": "censored.zui",
    "space": "space",
    "crlf": "space",
    "zero": "space",
    "linebreak": "space.line_break",
    "invisible": "space.invisible",
    "width": "width.fullwidth",
    "t2s": "t2s.opencc",
}


def _t2s_pass(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[str, int, int, str, str]]]:
    """Convert traditional characters; char-level edits on lines whose length the conversion keeps.

    The text is converted in one call (OpenCC is fast; per-line calls are not) and
    compared line by line; a line whose length changed becomes one edit, so a length
    change can never shift the offsets of anything outside it.
    """
    convert = _t2s()
    converted = convert(text)
    edits: list[tuple[int, int, str]] = []
    repairs: list[tuple[str, int, int, str, str]] = []
    if converted == text:
        return edits, repairs
    src_lines = text.split("\n")
    dst_lines = converted.split("\n")
    if len(src_lines) != len(dst_lines):  # pragma: no cover - OpenCC keeps line breaks
        dst_lines = [convert(line) for line in src_lines]
    pos = 0
    unstable = _unstable_chars()
    for src, dst in zip(src_lines, dst_lines, strict=True):
        if src != dst and len(src) == len(dst) and not unstable.isdisjoint(src):
            dst = "".join(a if a in unstable else b for a, b in zip(src, dst, strict=True))
        if src != dst:
            if len(src) == len(dst):
                # the positions where the two differ, compared in C (a traditional page
                # differs in every few characters)
                diff = list(itertools.compress(range(len(src)), map(operator.ne, src, dst)))
                run_start = prev = diff[0]
                for i in [*diff[1:], -1]:
                    if i != prev + 1:
                        s, e = pos + run_start, pos + prev + 1
                        edits.append((s, e, dst[run_start : prev + 1]))
                        repairs.append(("t2s", s, e, src[run_start : prev + 1], dst[run_start : prev + 1]))
                        run_start = i
                    prev = i
            else:
                edits.append((pos, pos + len(src), dst))
                repairs.append(("t2s", pos, pos + len(src), src, dst))
        pos += len(src) + 1
    return edits, repairs


def normalize(text: str) -> Normalized:
    """Normalise ``text`` into the working text, with repairs and an offset map.

    Runs the character passes to a fixed point, then traditional-to-simplified
    conversion on the lines that need it, so ``normalize`` is idempotent.

    >>> n = normalize("投入２．７亿元，*终实现")
    >>> n.text
    '投入2.7亿元，最终实现'
    >>> [(r.kind, r.before, r.after) for r in n.repairs]
    [('width', '２．７', '2.7'), ('censored', '*', '最')]
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes str, not {type(text).__name__}")
    first = _first_to_do(text)
    if first < 0:
        return Normalized(text, text, OffsetMap(), ())
    return _normalize_passes(text, first)


def _normalize_passes(text: str, first: int = 0) -> Normalized:
    """:func:`normalize` without its one-scan shortcut for text with nothing to repair
    (``first``: no repair starts before it)."""
    steps: list[_Step] = []
    pending: list[tuple[str, int, int, str, str]] = []
    current = text
    # edits only remove characters or write ASCII, spaces and 最: once an edit scan finds no
    # traditional character, there is none later, and the t2s pass needs no scan of its own
    maybe_traditional = True
    # each pass runs to a fixed point (a removal can bring two parts of a pattern together)
    for run, limit in ((_edit_pass, 4), (_t2s_pass, 2)):
        for _ in range(limit):
            if run is _edit_pass:
                # only in the original does the scan skip what ``first`` says holds nothing
                edits, reps, traditional = _edit_pass(current, first)
                first = 0
                maybe_traditional = maybe_traditional and traditional
            elif maybe_traditional and has_traditional(current):
                edits, reps = _t2s_pass(current)
            else:
                break
            if not edits:
                break
            if steps:
                # map the repairs of this pass back through the earlier passes, all at once
                starts, ends = OffsetMap(tuple(steps)).to_original_many([r[1] for r in reps], [r[2] for r in reps])
                pending.extend(
                    (kind, os_, max(os_, oe), before, after)
                    for (kind, _, _, before, after), os_, oe in zip(reps, starts, ends, strict=True)
                )
            else:  # the first pass edits the original itself
                pending.extend(reps)
            current, step = _apply(current, edits)
            if step is not None:
                # a pass whose edits all keep their length (folded digits, single spaces)
                # moves no offset: the map needs no step for it
                steps.append(step)
            if run is _edit_pass and all(r for _, _, r in edits):
                # only a removal can bring two parts of a pattern together: without one, the
                # pass has reached its fixed point (replacements never start a new edit)
                break
    kinds, rules = _REPAIR_KIND, _RULES
    pending.sort(key=_BY_SPAN)
    repairs = tuple(
        make_repair(kinds.get(k, k), Span(s, e), b, a, rules.get(k, k)) for k, s, e, b, a in pending
    )
    return Normalized(current, text, OffsetMap(tuple(steps)), repairs)
