"""Noise on a page: footers, site chrome, social prompts, recommendation lists, link farms.

:class:`LineNoiseStage` classifies lines, and parts of lines, right after the page is
split into lines; :class:`~govnews.injected.InjectedStage` (re-exported here) later
cuts keyword spam out of sentences. The rules are data (:mod:`govnews.noise_rules`):
pass your own to the stage to add patterns or switch a family off.

>>> page = "市政府召开常务会议\\n会议研究了有关事项。\\n版权所有:某某市人民政府 ICP备12345678号"
>>> [(n.kind, n.text, n.rule) for n in find_noise(page)]
[('footer', '版权所有:某某市人民政府 ICP备12345678号', 'footer.copyright+footer.icp')]

Switching a family off, adding a pattern:

>>> from govnews.noise_rules import DEFAULT_RULES
>>> find_noise(page, rules=DEFAULT_RULES.without("footer"))
[]
>>> rules = DEFAULT_RULES.with_pattern("site_chrome", "my.banner", r"欢迎访问本站", scope="line")
>>> [n.text for n in find_noise("欢迎访问本站!\\n正文。", rules=rules)]
['欢迎访问本站!']
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence

import regex

from govnews.core import Span, merge_spans
from govnews.document import Noise, NoiseKind
from govnews.injected import InjectedStage, find_injected
from govnews.lines import split_lines
from govnews.noise_rules import (
    DEFAULT_RULES,
    NoisePattern,
    NoiseRules,
    RuleFamily,
    compile_mode,
    pattern_hints,
    word_trie,
)
from govnews.normalize import normalize
from govnews.state import Line, ParseState, columns

__all__ = ["InjectedStage", "LineNoiseStage", "find_noise", "line_noise"]

_CORE = regex.compile(r"[\p{Han}A-Za-z0-9]")
_PROSE_END = regex.compile(r"[。；！？][”’」』)）]?(?=.)")
_SENTENCE = regex.compile(r"[。；！？]")
_PUNCT_IN = regex.compile(r"[，。；！？,;!?]")
_HAN = regex.compile(r"\p{Han}")
_LATIN_OPEN = regex.compile(r"(?i:copyright|©|\(c\)|all\s+rights)")
#: stdlib: a class of literal characters, searched on short lines (faster than ``regex``)
_SHORT_PUNCT = re.compile(r"[。，,；;！!？?：:、“”\"]")
_ITEM = regex.compile(r"^(?:[0-9]{1,2}(?:[.、)）]|\s)|[·•\-*■□●◆▶>]|\(?[0-9]{1,2}\))")
_MAX_BLOCK = 40
#: a credit left over when the markers are cut: the line is the article's, not chrome
_BYLINE_LEFT = regex.compile(r"(?:责任编辑|责编|编辑|记者|通讯员|作者|撰稿|摄影)\h*[:：／/]\h*\p{Han}{2,4}")

Found = tuple[NoiseKind, Span, str, float]


def _core_len(s: str) -> int:
    return len(_CORE.findall(s))


def _merge(spans: Sequence[Span]) -> list[Span]:
    return [Span(s, e) for s, e in zip(*merge_spans(spans), strict=True)]


def _is_prose(residue: str) -> bool:
    return len(_HAN.findall(residue)) >= 8 and bool(_SENTENCE.search(residue))


class _Hit:
    __slots__ = ("fam", "pat", "span")

    def __init__(self, fam: RuleFamily, pat: NoisePattern, span: Span) -> None:
        self.fam, self.pat, self.span = fam, pat, span


def _rule_names(hits: Sequence[_Hit]) -> str:
    names: list[str] = []
    for h in hits:
        if h.pat.rule not in names:
            names.append(h.pat.rule)
    return "+".join(names[:4])


def _classify_line(text: str, line: Line, hits: list[_Hit]) -> list[Found]:
    """Decide what of one line is noise, given the marker hits in it."""
    whole_hits = [h for h in hits if h.pat.scope == "line"]
    if whole_hits:
        h = whole_hits[0]
        conf = min(x.pat.confidence for x in whole_hits)
        return [(h.fam.kind, line.span, _rule_names(whole_hits), conf)]
    ls = line.span.start
    full = line.text
    covered = _merge([h.span for h in hits])
    residue_parts: list[str] = []
    pos = ls
    for sp in covered:
        residue_parts.append(text[pos : sp.start])
        pos = sp.end
    residue_parts.append(text[pos : line.span.end])
    residue = " ".join(residue_parts)
    res_core = _core_len(residue)
    line_core = max(_core_len(full), 1)
    first = min(hits, key=lambda h: h.span.start)
    latin_open = (first.span.start == ls and bool(_LATIN_OPEN.match(full)) and len(full) <= 160
                  and not _SENTENCE.search(full))
    opening = (first.span.start == ls and res_core <= 20 and not _PUNCT_IN.search(residue)
               and res_core <= line_core - _core_len(first.span.slice(text)))

    def dominant() -> _Hit:
        return max(hits, key=lambda h: len(h.span))

    # markers that leave (nearly) nothing over make the line noise even when it runs over
    # several sentences (a footer's disclaimers); a byline left over keeps the line
    bare = res_core <= max(2, int(0.1 * line_core))
    if (latin_open or bare or (
        (opening or res_core <= max(6, int(0.35 * line_core)))
        and not _is_prose(residue) and not _PROSE_END.search(full)
    )) and not _BYLINE_LEFT.search(residue):
        d = dominant()
        conf = min(h.pat.confidence for h in hits)
        if not latin_open and res_core > 0:
            conf *= 0.9
        return [(d.fam.kind, line.span, _rule_names(hits), round(conf, 3))]
    # a content line: cut only self-standing chrome; a tail of markers after the prose also goes
    out: list[Found] = []
    for h in hits:
        if h.pat.scope == "self":
            out.append((h.fam.kind, h.span, h.pat.rule, h.pat.confidence))
    tail = _noise_tail(text, line, hits)
    if tail is not None:
        out.append(tail)
    return out


def _noise_tail(text: str, line: Line, hits: list[_Hit]) -> Found | None:
    """A run of markers closing a content line after its last sentence (one-line pages)."""
    for h in sorted(hits, key=lambda h: h.span.start):
        if h.span.start == line.span.start:
            return None
        before = text[line.span.start : h.span.start].rstrip(" \t\u3000")
        if not before or before[-1] not in "。！？!?”)）】":
            continue
        seg = Span(h.span.start, line.span.end)
        inside = [x for x in hits if seg.contains(x.span)]
        covered = _merge([x.span for x in inside])
        res = seg.slice(text)
        for sp in reversed(covered):
            res = res[: sp.start - seg.start] + res[sp.end - seg.start :]
        if len(inside) >= 2 and _core_len(res) <= max(6, int(0.35 * _core_len(seg.slice(text)))) \
                and not _is_prose(res):
            d = max(inside, key=lambda x: len(x.span))
            return (d.fam.kind, seg, _rule_names(inside), 0.9)
        return None
    return None


def _gated_finditer(
    pattern: regex.Pattern[str], gate: re.Pattern[str] | None, text: str
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``; with a gate, only over the lines where the gate matches.

    Gated patterns never match across a line break, so a line at a time finds the same
    matches (lookbehinds see the text before ``pos``, and ``$`` holds at a line's end).
    """
    if gate is None:
        yield from pattern.finditer(text)
        return
    done = -1
    for g in gate.finditer(text):
        if g.start() < done:
            continue
        ls = text.rfind("\n", 0, g.start()) + 1
        le = text.find("\n", g.start())
        if le < 0:
            le = len(text)
        yield from pattern.finditer(text, ls, le)
        done = le


def _lines_finditer(
    pattern: regex.Pattern[str], gate: re.Pattern[str] | None, text: str, at: list[list[int]]
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer`` over the lines starting at the offsets in ``at`` (lists in text
    order), each line once; with a gate, only over the lines it matches in."""
    starts = at[0] if len(at) == 1 else sorted(set().union(*at))
    for ls in starts:
        le = text.find("\n", ls)
        if le < 0:
            le = len(text)
        if gate is not None and gate.search(text, ls, le) is None:
            continue
        yield from pattern.finditer(text, ls, le)


def _marker_noise(text: str, lines: Sequence[Line], rules: NoiseRules) -> tuple[list[Found], set[int]]:
    comp = compile_mode(rules, "marker")
    found: list[Found] = []
    whole: set[int] = set()
    if not comp.patterns:
        return found, whole
    starts = columns(lines)[1]
    raw: list[tuple[int, int, RuleFamily, NoisePattern]] = []
    where = comp.word_lines(text)
    gates = comp.line_gates or (None,) * len(comp.patterns)
    patterns, all_hints = comp.patterns, comp.hints
    # only the patterns whose hint words the page holds, and those without hints
    for k in comp.candidates(where):
        (pattern, fam, pat), hints, gate = patterns[k], all_hints[k], gates[k]
        if hints:
            # every match holds a hint word: only the lines that hold one are searched
            at = [where[h] for h in hints if h in where]
            if not at:
                continue  # the page holds none of the words every match needs
            matches: Iterable[regex.Match[str]] = _lines_finditer(pattern, gate, text, at)
        else:
            matches = pattern.finditer(text) if gate is None else _gated_finditer(pattern, gate, text)
        for m in matches:
            if m.end() > m.start():
                raw.append((m.start(), -m.end(), fam, pat))
    raw.sort(key=lambda r: (r[0], r[1]))
    per_line: dict[int, list[_Hit]] = {}
    last_end = -1
    for s, neg_e, fam, pat in raw:
        if s < last_end:  # overlaps a hit already taken (the leftmost, longest wins)
            continue
        k = bisect.bisect_right(starts, s) - 1
        if k < 0:
            continue
        ln = lines[k]
        if ln.blank or s >= ln.span.end:
            continue
        e = min(-neg_e, ln.span.end)
        last_end = e
        per_line.setdefault(k, []).append(_Hit(fam, pat, Span(s, e)))
    for k, hits in per_line.items():
        res = _classify_line(text, lines[k], hits)
        for f in res:
            if f[1] == lines[k].span:
                whole.add(k)
        found.extend(res)
    return found, whole


def _header_noise(text: str, lines: Sequence[Line], rules: NoiseRules, taken: set[int]) -> list[Found]:
    """Header lines (小编推荐, 友情链接 …) and the list items after them."""
    comp = compile_mode(rules, "header")
    out: list[Found] = []
    if comp.union is None:
        return out
    # every header line holds a hint word: a page that holds none has no header, and a
    # line that holds none is no header (one stdlib search, before the alternation)
    scan = comp.hint_scan.search if all(comp.hints) and comp.hint_scan is not None else None
    if scan is not None and scan(text) is None:
        return out
    k = 0
    texts = columns(lines)[0]
    n = len(texts)
    while k < n:
        t = texts[k]
        m = (None if not t or k in taken or len(t) > 40 or (scan is not None and scan(t) is None)
             else comp.union.fullmatch(t))
        if m is None or m.lastgroup is None:
            k += 1
            continue
        ln = lines[k]
        _, fam, pat = comp.patterns[int(m.lastgroup[1:])]
        end = ln.span.end
        j = k + 1
        items = 0
        marked_list = False
        limit = 60 if fam.kind == "recommendations" else 30
        while j < n and items < _MAX_BLOCK:
            nx = lines[j]
            if nx.blank:
                j += 1
                continue
            if j in taken and not _is_clickbait(nx.text):
                break
            t = nx.text
            marked = _ITEM.match(t) is not None
            if items and marked_list and not marked and not _is_clickbait(t):
                break  # a list of marked items ends at the first line without the mark
            if items == 0:
                marked_list = marked
            if _is_clickbait(t) or marked or (len(t) <= limit and not _SENTENCE.search(t)):
                end = nx.span.end
                items += 1
                j += 1
                continue
            break
        out.append((fam.kind, Span(ln.span.start, end), pat.rule, pat.confidence))
        for i in range(k, j):
            taken.add(i)
        k = j
    return out


_CLICKBAIT_RE = regex.compile(r"大家好[,，]?\s*小\p{Han}{1,2}今天来为大家|很多人还不知道[,，]?\s*现在让我们")


def _is_clickbait(t: str) -> bool:
    return bool(_CLICKBAIT_RE.search(t))


def _run_noise(text: str, lines: Sequence[Line], rules: NoiseRules, taken: set[int]) -> list[Found]:
    """Runs of short advertising lines (link farms)."""
    out: list[Found] = []
    for fam in rules.enabled():
        if fam.mode != "run" or not fam.patterns:
            continue
        pat, strong_pat, hints = _run_patterns(fam)
        if strong_pat is None or (hints is not None and hints.search(text) is None):
            continue  # a run needs a strong line, and no line here can be one
        rule = fam.patterns[0].rule
        run: list[tuple[int, bool]] = []

        def flush(run: list[tuple[int, bool]] = run, fam: RuleFamily = fam, rule: str = rule,
                  strong_pat: regex.Pattern[str] | None = strong_pat) -> None:
            ads = [i for i, ad in run if ad]
            distinct = {lines[i].text for i in ads}
            sure = strong_pat is not None and any(strong_pat.search(lines[i].text) for i in ads)
            if len(distinct) >= 2 and sure and 2 * len(ads) >= len(run):
                for i in range(ads[0], ads[-1] + 1):
                    if not lines[i].blank and i not in taken:
                        out.append((fam.kind, lines[i].span, rule, 0.9))
                        taken.add(i)
            run.clear()

        for i, t in enumerate(columns(lines)[0]):
            if not t:
                continue
            if i in taken or len(t) > 32 or _SHORT_PUNCT.search(t):
                if run:
                    flush()
                continue
            run.append((i, bool(pat.search(t))))
        flush()
    return out


@functools.lru_cache(maxsize=32)
def _run_patterns(
    fam: RuleFamily,
) -> tuple[regex.Pattern[str], regex.Pattern[str] | None, re.Pattern[str] | None]:
    """A run family's patterns as one alternation, its strong ones as another, and a scan
    for the hint words of which every strong line holds one (None when a strong pattern
    has no hint)."""
    strong = [p.pattern for p in fam.patterns if p.confidence >= 1.0]
    pat = regex.compile("|".join(f"(?:{p.pattern})" for p in fam.patterns))
    strong_pat = regex.compile("|".join(f"(?:{p})" for p in strong)) if strong else None
    hints = [pattern_hints(p) for p in strong]
    scan = re.compile(word_trie({w for ws in hints for w in ws})) if strong and all(hints) else None
    return pat, strong_pat, scan


_SEO_SQUEEZE = regex.compile(r"[^\p{Han}A-Za-z0-9]+")
# product words of a keyword-stuffed title line (machinery and materials sites)
_PRODUCT_WORDS = (
    "机", "泵", "阀", "螺栓", "螺母", "螺丝", "轴承", "钢球", "钢板", "钢管", "齿轮", "电机", "模具", "设备", "机械",
    "配件", "管件", "滤芯", "胶带", "型材", "板材", "钢材", "铸件", "锻件", "站", "机床", "车床", "铣床", "磨床",
)
_PRODUCTISH = regex.compile(r"\p{Han}{1,4}?(?:" + "|".join(_PRODUCT_WORDS) + ")")
# their last characters: two products need two of them (a cheap veto before the probes)
_PRODUCT_END = re.compile("[" + "".join(sorted({w[-1] for w in _PRODUCT_WORDS})) + "]")


def _seo_title_noise(text: str, lines: Sequence[Line], taken: set[int]) -> list[Found]:
    """A keyword-stuffed copy of the title glued to product words, on a line of its own."""
    out: list[Found] = []
    # a line under 14 characters cannot squeeze to 14
    texts = columns(lines)[0]
    cands = [i for i, t in enumerate(texts) if 14 <= len(t) <= 100 and i not in taken]
    if not cands:
        return out
    content = array("q", (i for i, t in enumerate(texts) if t))
    squeezed: dict[int, str] = {}

    def squeeze(i: int) -> str:
        got = squeezed.get(i)
        if got is None:
            t = lines[i].text
            # a line under 8 characters can neither be such a line nor hold an 8-character probe
            got = squeezed[i] = _SEO_SQUEEZE.sub("", t) if len(t) >= 8 else ""
        return got

    for i in cands:
        ln = lines[i]
        # the stdlib count first: few lines hold two product words
        if len(_PRODUCT_END.findall(ln.text)) < 2 or _SHORT_PUNCT.search(ln.text):
            continue
        sq = squeeze(i)
        if len(sq) < 14:
            continue
        idx = bisect.bisect_left(content, i)
        others = [j for j in content[max(0, idx - 8) : idx + 9] if j != i]
        shared = ""
        for off in range(5):
            probe = sq[off : off + 8]
            # the neighbours are squeezed as the probes reach them (most probes meet one early)
            if len(probe) == 8 and any(probe in squeeze(j) for j in others):
                shared = probe
                break
        if not shared:
            continue
        products = _PRODUCTISH.findall(sq[sq.find(shared) + 8 :])
        if len(products) >= 2:
            out.append(("injected", ln.span, "injected.seo_title", 0.9))
            taken.add(i)
    return out


def line_noise(text: str, lines: Sequence[Line], rules: NoiseRules = DEFAULT_RULES) -> list[Found]:
    """Noise found in ``lines`` of ``text``: ``(kind, span, rule, confidence)`` tuples.

    >>> t = "设为首页 收藏本站 English\\n标题\\n正文。"
    >>> line_noise(t, split_lines(t))
    [('site_chrome', Span(start=0, end=17), 'site_chrome.bookmark+site_chrome.language', 1.0)]
    """
    # no handler: a rule that fails must fail loudly (``parse`` stays total because the rules
    # are correct, which the fuzz harness and the Hypothesis properties check)
    found, taken = _marker_noise(text, lines, rules)
    found.extend(_header_noise(text, lines, rules, taken))
    found.extend(_run_noise(text, lines, rules, taken))
    if rules.is_enabled("seo_title"):
        found.extend(_seo_title_noise(text, lines, taken))
    found.sort(key=lambda f: (f[1].start, -f[1].end))
    out: list[Found] = []
    for f in found:  # drop what a larger record (a recommendation block) already holds
        if out and out[-1][1].contains(f[1]):
            continue
        out.append(f)
    return out


class LineNoiseStage:
    """Stage ``line_noise``: marks footers, chrome, social prompts, recommendations and link farms.

    >>> from govnews.pipeline import DEFAULT_PIPELINE
    >>> p = DEFAULT_PIPELINE.replace("line_noise", LineNoiseStage(rules=DEFAULT_RULES.without("footer")))
    >>> p.run("标题\\n正文。\\n版权所有 某某网").noise
    ()
    """

    name = "line_noise"

    def __init__(self, rules: NoiseRules = DEFAULT_RULES) -> None:
        self.rules = rules

    def run(self, state: ParseState) -> None:
        for kind, span, rule, conf in line_noise(state.text, state.lines, self.rules):
            state.add_noise(kind, span, rule, conf)


def find_noise(text: str, *, rules: NoiseRules = DEFAULT_RULES) -> list[Noise]:
    """The noise in a plain string, spans into ``text`` (line noise and injected spam).

    >>> [(n.kind, n.text) for n in find_noise("帮扶工作很重要。\\n大力做好帮塑料混合机扶工作。")]
    [('injected', '塑料混合机')]
    >>> find_noise("")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_noise() takes str, not {type(text).__name__}")
    norm = normalize(text)
    work = norm.text
    lines = split_lines(work)
    found = line_noise(work, lines, rules)
    covered = _merge([f[1] for f in found])
    content = [ln.span for ln in lines if not ln.blank and not any(c.contains(ln.span) for c in covered)]
    page = "\n".join(sp.slice(work) for sp in content)
    for sp in content:
        for inj in find_injected(sp.slice(work), page):
            found.append(("injected", inj.span.shift(sp.start), inj.rule, inj.confidence))
    out = [
        Noise(kind=k, text=work[s.start : s.end], span=norm.span_to_original(s), rule=r, confidence=c)
        for k, s, r, c in found
    ]
    return sorted(out, key=lambda n: (n.span.start, n.span.end))
