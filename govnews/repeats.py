"""Repeated blocks of a page: a crawler that saved a page twice, a site that printed its
article block again.

:class:`RepeatsStage` runs right after line noise. It looks for runs of consecutive
non-blank lines that repeat, line for line, a run earlier on the page, and marks the
later copy ``duplicate`` noise (rule ``structure.repeated_block``), so that every later
stage sees each article once: a copy can never be stitched onto the articles of the other.

>>> from govnews.lines import split_lines
>>> page = "两市签订协议\\n本报讯 两市教育局签订了职业教育合作框架协议，\\n双方将共建实训基地，联合培养人才。\\n"
>>> [s.slice(page + "\\n" + page)[:12] for s in repeated_blocks(split_lines(page + "\\n" + page))]
['两市签订协议\\n本报讯 两']

A run counts when it has at least :data:`MIN_LINES` lines, and :data:`MIN_CHARS`
characters or a line that ends a sentence, or when the page from it on repeats the
page from its first line (a page saved twice, however short); other repeats (a slogan, a
menu, a title used as a separator, a single paragraph) are left to the rules that know
them:

>>> repeated_blocks(split_lines("首页\\n新闻\\n正文一段。\\n首页\\n新闻"))
[]

The scan is linear: each line is compared with at most two earlier lines of the same
text (its first and its latest occurrence), a run that counts is skipped as a whole, and
one that does not count is at most :data:`MIN_CHARS` lines long.
"""

from __future__ import annotations

from collections.abc import Sequence

from govnews.core import Span
from govnews.state import Line, ParseState, columns, index_array

__all__ = ["MIN_CHARS", "MIN_LINES", "RepeatsStage", "repeated_blocks"]

#: the fewest lines a repeated block has
MIN_LINES = 2
#: the fewest characters (of its lines' trimmed text) a repeated block without prose has
MIN_CHARS = 40
_STOPS = frozenset("。！？!?")


def _run(keys: list[str], j: int, i: int) -> int:
    """How many lines from ``i`` repeat the lines from ``j`` (``j < i``), one for one."""
    n = len(keys)
    t = 0
    while i + t < n and keys[j + t] == keys[i + t]:
        t += 1
    return t


def _counts(keys: Sequence[str], start: int, stop: int) -> bool:
    """Whether the run ``keys[start:stop]`` (texts of non-blank lines) is a repeated block:
    :data:`MIN_LINES` lines or more, and :data:`MIN_CHARS` characters or a line that ends a
    sentence (a short page of prose printed twice is one; a two-line slogan or menu is not)."""
    if stop - start < MIN_LINES:
        return False
    chars = 0
    for k in range(start, stop):
        text = keys[k]
        chars += len(text)
        if chars >= MIN_CHARS or text[-1] in _STOPS:
            return True
    return False


def repeated_block_lines(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The repeated blocks among the non-blank ``lines``, as ``(first, stop)`` positions in
    the list of non-blank lines (each the later copy; earlier text stays).

    >>> from govnews.lines import split_lines
    >>> page = "标题\\n甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉。\\n正文又一段，说了别的事，也说了更多的事。\\n"
    >>> ls = split_lines(page * 2)
    >>> repeated_block_lines(ls)
    [(3, 6)]
    """
    keys = [t for t in columns(lines)[0] if t]
    n = len(keys)
    if len(set(keys)) == n:
        return []  # no line repeats another (most pages): one set, not the walk below
    first: dict[str, int] = {}
    latest: dict[str, int] = {}
    out: list[tuple[int, int]] = []
    done = 0  # lines before this belong to a block already found
    # a line followed by neither line that followed its earlier copies starts a run of one
    # line: no block (that needs MIN_LINES >= 2) and, on a page of three lines or more, no
    # copy of the whole page either
    quick = MIN_LINES >= 2 and n > 2
    i = 0
    while i < n:
        key = keys[i]
        j = first.get(key)
        if j is None:
            first[key] = latest[key] = i
            i += 1
            continue
        if quick and i + 1 < n and keys[j + 1] != keys[i + 1] and keys[latest[key] + 1] != keys[i + 1]:
            latest[key] = i
            i += 1
            continue
        best, partner = 0, -1
        for j in (first.get(key), latest.get(key)):
            if j is not None and j != partner:
                # most repeated lines are not followed by the line that followed them before
                t = 1 if i + 1 < n and keys[j + 1] != keys[i + 1] else _run(keys, j, i)
                if t > best:
                    best, partner = t, j
        # the page from ``i`` on repeats the page from its first line: a page saved twice,
        # however short
        whole = partner == 0 and i + best == n and best >= i
        if best and (whole or _counts(keys, i, i + best)):
            start, j = i, partner
            # the lines just before may belong to the copy too (a line that occurs twice
            # in the first copy sent the match to its other occurrence)
            while start > done and j > 0 and keys[start - 1] == keys[j - 1]:
                start -= 1
                j -= 1
            stop = i + best
            out.append((start, stop))
            for k in range(i, stop):
                first.setdefault(keys[k], k)
                latest[keys[k]] = k
            done = i = stop
            continue
        first.setdefault(key, i)
        latest[key] = i
        i += 1
    return out


def repeated_blocks(lines: Sequence[Line]) -> list[Span]:
    """The spans of the repeated blocks among ``lines`` (see :func:`repeated_block_lines`)."""
    texts, starts, ends = columns(lines)
    content = [k for k, t in enumerate(texts) if t]
    return [Span(starts[content[s]], ends[content[e - 1]]) for s, e in repeated_block_lines(lines)]


class RepeatsStage:
    """Stage ``repeats``: the later copy of a repeated block of lines is ``duplicate`` noise.

    Lines that are noise already (a footer in each copy) keep their own record; every
    other line of the copy is one ``duplicate`` record.

    >>> from govnews.pipeline import parse
    >>> page = "两市签订协议\\n本报讯 两市教育局签订了职业教育合作框架协议，\\n双方将共建实训基地，联合培养人才。"
    >>> doc = parse(page + "\\n" + page)
    >>> [a.title.text for a in doc.articles]
    ['两市签订协议']
    >>> [(n.kind, n.rule, n.text[:6]) for n in doc.noise]  # doctest: +NORMALIZE_WHITESPACE
    [('duplicate', 'structure.repeated_block', '两市签订协议'),
     ('duplicate', 'structure.repeated_block', '本报讯 两市'),
     ('duplicate', 'structure.repeated_block', '双方将共建实')]
    """

    name = "repeats"

    def run(self, state: ParseState) -> None:
        blocks = repeated_block_lines(state.lines)
        if not blocks:
            return
        texts, starts, ends = columns(state.lines)
        content = [k for k, t in enumerate(texts) if t]
        kept = set(index_array(state.content_lines()))
        # one record per line, as for a duplicate paragraph: noise records follow lines
        spans = [
            Span(starts[k], ends[k]) for first, stop in blocks for k in content[first:stop] if k in kept
        ]
        for sp in spans:
            state.add_noise("duplicate", sp, "structure.repeated_block")
