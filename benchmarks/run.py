"""Throughput of govnews, stage by stage, against peers and on hostile input.

Run from the repository root (peers come with ``pip install -e '.[bench]'``)::

    python benchmarks/run.py                    # seeds + a 5 MB mix, peers, hostile inputs, 20 MB page
    python benchmarks/run.py --size 50MB        # the full run
    python benchmarks/run.py --quick            # a smoke run: 1 MB mix, 256 KB hostile inputs, no big page

Every figure is single core (no parallelism), the median of ``--repeat`` runs.
Throughput is given in characters per second (Python ``str`` length) and in MB/s of
UTF-8. Peers run on the same text in the same process; each peer's column is how
many times faster govnews is (above 1: govnews is faster). Hostile inputs are timed
per character and per MB against the seed mix (target: at most 3x), each in a child process
with a time limit, at a quarter and at the full size (the median of 3 parses of each), so
the growth exponent shows quadratic behaviour (1.0 is linear). The big page is parsed in a child process that
reports its peak RSS. Where a target is missed, a cProfile summary says what dominates.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import math
import multiprocessing as mp
import os
import platform
import pstats
import random
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regex
from corpus import build_mix, hostile_inputs, parse_size, seed_texts, utf8_len

import govnews
from govnews.normalize import has_traditional, normalize
from govnews.pipeline import DEFAULT_PIPELINE, Pipeline
from govnews.state import ParseState

TARGET_PARSE = 2_000_000  # chars/s, whole parse
TARGET_FACTS = 5_000_000  # chars/s, fact extraction alone
TARGET_HOSTILE = 3.0  # x the seed mix, per character and per MB
TARGET_NORMALISE = 2.0  # normalising simplified text: at most this many times the baseline pass


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _fmt_rate(chars: float, seconds: float) -> str:
    if seconds <= 0:
        return "-"
    return f"{chars / seconds / 1e6:8.2f}"


# --------------------------------------------------------------------------- timing


class _Timed:
    """A stage wrapper that adds the time of each ``run`` to a shared dict."""

    def __init__(self, stage: Any, acc: dict[str, float]) -> None:
        self.stage = stage
        self.acc = acc
        self.name = stage.name

    def run(self, state: ParseState) -> None:
        t = _clock()
        self.stage.run(state)
        self.acc[self.name] = self.acc.get(self.name, 0.0) + _clock() - t


#: the clock of every figure: wall time, or with ``--cpu`` the process's CPU time (steadier on
#: a loaded machine; the children are forked, so they read the clock set here)
_clock: Callable[[], float] = time.perf_counter


def _median_time(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t = _clock()
        fn()
        times.append(_clock() - t)
    return statistics.median(times)


def time_corpus(docs: Sequence[str], repeat: int) -> dict[str, float]:
    """Median seconds per step over ``docs``: ``parse`` (whole), ``normalise``, each stage, assembly."""
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        acc: dict[str, float] = {}
        timed = Pipeline(tuple(_Timed(s, acc) for s in DEFAULT_PIPELINE.stages))  # type: ignore[arg-type]
        gc.collect()
        t = _clock()
        for d in docs:
            govnews.parse(d)
        acc["parse"] = _clock() - t
        t = _clock()
        for d in docs:
            normalize(d)
        acc["normalise"] = _clock() - t
        t = _clock()
        for d in docs:
            timed.run(d)
        timed_total = _clock() - t
        stage_sum = sum(acc.get(s.name, 0.0) for s in DEFAULT_PIPELINE.stages)
        acc["assembly+other"] = max(0.0, timed_total - stage_sum - acc["normalise"])
        acc["timed total"] = timed_total
        runs.append(acc)
    keys = runs[0].keys()
    return {k: statistics.median(r.get(k, 0.0) for r in runs) for k in keys}


# --------------------------------------------------------------------------- peers


def _peers() -> tuple[dict[str, Callable[[str], Any]], list[str]]:
    """The peer functions that import, each taking one page; and notes on those skipped."""
    peers: dict[str, Callable[[str], Any]] = {}
    notes: list[str] = []
    finder = regex.compile(r"[0-9]+")

    def baseline(text: str) -> int:
        return sum(1 for _ in finder.finditer(text))

    peers["regex [0-9]+ pass (baseline)"] = baseline
    try:
        import opencc

        cc = opencc.OpenCC("t2s")
        peers["opencc t2s convert"] = cc.convert
    except Exception as e:  # pragma: no cover - depends on the environment
        notes.append(f"opencc skipped: {type(e).__name__}: {e}")
    try:
        import cn2an

        def cn2an_transform(text: str) -> Any:
            try:
                return cn2an.transform(text, "cn2an")
            except Exception:
                return None

        peers["cn2an.transform(text, 'cn2an')"] = cn2an_transform
    except Exception as e:  # pragma: no cover
        notes.append(f"cn2an skipped: {type(e).__name__}: {e}")
    try:
        with warnings.catch_warnings(), _quiet():
            warnings.simplefilter("ignore")
            import jionlp as jio

        def per_line(fn: Callable[[str], Any]) -> Callable[[str], Any]:
            def run(text: str) -> Any:
                out = []
                for line in text.split("\n"):
                    if line.strip():
                        try:
                            out.append(fn(line))
                        except Exception:
                            out.append(None)
                return out

            return run

        ner = getattr(jio, "ner", jio)  # jionlp >= 1.5 keeps the extractors in jionlp.ner
        money = getattr(jio, "extract_money", None) or ner.extract_money
        when = getattr(jio, "extract_time", None) or ner.extract_time
        peers["jionlp.extract_money per line"] = per_line(money)
        peers["jionlp.extract_time per line"] = per_line(when)
    except Exception as e:  # pragma: no cover
        notes.append(f"jionlp skipped ({type(e).__name__}: {e}); pip install -e '.[bench]'")
    return peers, notes


class _quiet:
    """Silence stdout (jionlp prints a banner on import)."""

    def __enter__(self) -> None:
        self._old = sys.stdout
        sys.stdout = io.StringIO()

    def __exit__(self, *exc: object) -> None:
        sys.stdout = self._old


def time_peers(docs: Sequence[str], repeat: int, budget: float) -> tuple[list[tuple[str, float, int]], list[str]]:
    """(name, median chars/s, chars timed) for govnews and each peer on ``docs``.

    A slow peer is stopped after ``budget`` seconds per run; its rate is over the
    pages it finished.
    """
    import logging

    logging.disable(logging.CRITICAL)  # jionlp logs a traceback for every time string it cannot parse
    peers, notes = _peers()
    fns: dict[str, Callable[[str], Any]] = {"govnews.parse": govnews.parse, **peers}
    rows = []
    for name, fn in fns.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(docs[0][:2000])  # warm up: lazy imports, dictionaries, caches
            rates = []
            timed_chars = 0
            for _ in range(repeat):
                gc.collect()
                chars = 0
                t0 = _clock()
                for d in docs:
                    fn(d)
                    chars += len(d)
                    if _clock() - t0 > budget:
                        break
                rates.append(chars / (_clock() - t0))
                timed_chars = chars
        rows.append((name, statistics.median(rates), timed_chars))
    return rows, notes


# --------------------------------------------------------------------------- child processes


def _child_hostile(text: str, q: Any, runs: int = 3) -> None:
    """Median of ``runs`` parses of a quarter of ``text`` and of all of it."""
    quarter = text[: len(text) // 4]
    govnews.parse(quarter[:1000])

    def median_time(t_in: str) -> float:
        times = []
        for _ in range(runs):
            t = _clock()
            govnews.parse(t_in)
            times.append(_clock() - t)
        return statistics.median(times)

    t_quarter = median_time(quarter)
    t_full = median_time(text)
    # one put at the end: a queue's first put starts a feeder thread, and a process with a
    # second thread parses without the garbage-collector pause (see govnews.pipeline)
    q.put(("quarter", len(quarter), t_quarter))
    q.put(("full", len(text), t_full))


def _child_hostile_threaded(text: str, q: Any) -> None:
    import threading

    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()
    _child_hostile(text, q)
    stop.set()


def _child_big(text: str, q: Any) -> None:
    before = _peak_rss_mb()
    t = _clock()
    doc = govnews.parse(text)
    took = _clock() - t
    q.put((before, _peak_rss_mb(), took, len(doc.articles)))


def _in_child(target: Callable[..., None], text: str, timeout: float) -> list[Any] | None:
    """Run ``target(text, queue)`` in a forked child; its messages, or ``None`` after a timeout/crash."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(text, q))
    p.start()
    out: list[Any] = []
    deadline = time.monotonic() + timeout
    while p.is_alive() or not q.empty():
        with contextlib.suppress(Exception):
            out.append(q.get(timeout=0.2))
        if time.monotonic() > deadline:
            p.kill()
            p.join()
            return out or None
    p.join()
    return out if p.exitcode == 0 else (out or None)


# --------------------------------------------------------------------------- crawler inputs (issue 18)

#: one-character lines of the memory row (10^6 in a full run)
CRAWLER_LINES = 1_000_000
TARGET_LINES_RSS = 40.0  # peak RSS growth of the one-character-line page, x its UTF-8 size


def _child_hostile_once(text: str, q: Any) -> None:
    _child_hostile(text, q, runs=1)


def crawler_inputs(size: int, lines: int = CRAWLER_LINES) -> dict[str, str]:
    """What crawlers hand over, each about ``size`` bytes of UTF-8: a page saved twice, a
    seed page saved 500 times, pages joined by form feeds as pdftotext writes them, a repeated
    year, and ``lines`` one-character lines (CJK, as in issue 18)."""
    mix = build_mix(size, seed=5)
    big: list[str] = []
    total = 0
    for d in mix:  # one long page of half the size: saved twice, it is the whole size
        if total >= size // 2:
            break
        big.append(d)
        total += utf8_len(d)
    one = min(seed_texts(), key=len)
    alphabet = "本报讯记者一二三四五六七八九十亿万元人年月日"
    rng = random.Random(17)
    return {
        "page ×2": "\n".join(big) + "\n" + "\n".join(big),
        "seed page ×500": "\n".join([one] * 500),
        "\\x0c pages": "\x0c".join(mix),
        "2024年 ×": "2024年" * max(1, size // utf8_len("2024年")),
        f"{lines:.0e} 1-char lines".replace("e+0", "e"): "\n".join(rng.choices(alphabet, k=lines)),
    }


def run_crawler_rows(size: int, lines: int, per_char_mix: float, per_mb_mix: float, timeout: float,
                     missed: list[str]) -> dict[str, Any]:
    """The rows of :func:`crawler_inputs`: time per character and per MB against the seed mix,
    growth exponent (quarter to full size), and the peak RSS of the one-character-line page."""
    print(f"\n## crawler inputs (issue 18), median of 3 parses (1 of the line page); "
          f"target <= {TARGET_HOSTILE:g}x the seed mix, growth exponent ~1")
    print(f"  {'input':<20}{'chars':>11}{'seconds':>9}{'s/MB':>8}{'/char':>8}{'/MB':>8}{'growth':>8}")
    report: dict[str, Any] = {}
    inputs = crawler_inputs(size, lines)
    for name, text in inputs.items():
        lines_row = "1-char lines" in name  # one parse of each size: a parse takes about a minute
        out = _in_child(_child_hostile_once if lines_row else _child_hostile, text,
                        max(timeout, 600.0) if lines_row else timeout)
        got = {m[0]: m for m in out or []}
        if "full" not in got or "quarter" not in got:
            print(f"  {name:<20}{len(text):>11,}  TIMEOUT after {timeout:g} s  MISSED")
            missed.append(f"crawler {name}")
            report[name] = None
            continue
        _, n, t = got["full"]
        _, nq, tq = got["quarter"]
        growth = math.log(max(t, 1e-9) / max(tq, 1e-9)) / math.log(n / nq) if nq and n > nq else float("nan")
        mb = utf8_len(text) / 1e6
        ratio, ratio_mb = (t / n) / per_char_mix, (t / mb) / per_mb_mix
        flag = "" if max(ratio, ratio_mb) <= TARGET_HOSTILE and growth < 1.3 else "  MISSED"
        print(f"  {name:<20}{n:>11,}{t:9.3f}{t / mb:8.3f}{ratio:7.2f}x{ratio_mb:7.2f}x{growth:8.2f}{flag}")
        report[name] = {"chars": n, "seconds": t, "ratio": ratio, "ratio_mb": ratio_mb, "growth": growth}
        if flag:
            missed.append(f"crawler {name}")
    text = next(v for k, v in inputs.items() if "1-char lines" in k)
    out = _in_child(_child_big, text, max(timeout, 600.0))
    mb = utf8_len(text) / 1e6
    if out:
        before, peak, took, _ = out[0]
        growth_rss = (peak - before) / mb
        ok = growth_rss <= TARGET_LINES_RSS
        print(f"  peak RSS of {lines:,} one-character lines ({mb:.1f} MB, {took:.1f} s): "
              f"{before:.0f}M -> {peak:.0f}M, "
              f"{growth_rss:.1f}x the input (target <= {TARGET_LINES_RSS:g}x)  {'met' if ok else 'MISSED'}")
        report["lines_rss"] = {"mb": mb, "rss_before": before, "rss_peak": peak, "growth": growth_rss}
        if not ok:
            missed.append("crawler lines RSS")
    else:
        print("  peak RSS of the one-character lines: failed or timed out  MISSED")
        missed.append("crawler lines RSS")
    return report


# --------------------------------------------------------------------------- profile


def profile(docs: Sequence[str], what: str, limit: int = 12) -> str:
    """The cProfile summary (top functions by own time) of parsing ``docs``."""
    pr = cProfile.Profile()
    pr.enable()
    for d in docs:
        govnews.parse(d)
    pr.disable()
    s = io.StringIO()
    stats = pstats.Stats(pr, stream=s)
    stats.sort_stats("tottime").print_stats(limit)
    body = [ln for ln in s.getvalue().splitlines() if ln.strip()]
    start = next((i for i, ln in enumerate(body) if "ncalls" in ln), 0)
    return f"  profile of {what} (top {limit} by own time):\n" + "\n".join("    " + ln for ln in body[start:])


# --------------------------------------------------------------------------- main


def _rows(
    title: str, docs: Sequence[str], repeat: int
) -> tuple[list[tuple[str, float]], int, int, dict[str, float]]:
    chars = sum(len(d) for d in docs)
    nbytes = sum(utf8_len(d) for d in docs)
    times = time_corpus(docs, repeat)
    order = ["parse", "normalise", *[s.name for s in DEFAULT_PIPELINE.stages], "assembly+other"]
    print(f"\n## {title}: {len(docs)} pages, {chars:,} chars, {nbytes / 1e6:.2f} MB (median of {repeat})")
    print(f"  {'step':<22}{'seconds':>10}{'Mchars/s':>10}{'MB/s':>9}{'share':>8}   (share of a timed pass)")
    rows = []
    for k in order:
        if k not in times:
            continue
        t = times[k]
        share = f"{100 * t / times['timed total']:6.1f}%" if k != "parse" else ""
        print(f"  {k:<22}{t:10.3f}{_fmt_rate(chars, t):>10}{_fmt_rate(nbytes, t):>9}{share:>8}")
        rows.append((k, t))
    return rows, chars, nbytes, times


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="5MB", help="size of the seed mix (default 5MB; 50MB for the full run)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is reported")
    ap.add_argument("--peer-size", default="1MB", help="text the peers run on (a prefix of the mix)")
    ap.add_argument("--peer-budget", type=float, default=8.0, help="seconds per peer run before it is cut short")
    ap.add_argument("--hostile-size", default="1MB", help="size of each hostile input")
    ap.add_argument("--hostile-timeout", type=float, default=120.0, help="seconds before a hostile input is killed")
    ap.add_argument("--big", default="20MB", help="size of the one big page for the memory check (0: skip)")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-hostile", action="store_true")
    ap.add_argument("--no-profile", action="store_true", help="no cProfile summaries when a target is missed")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1MB mix, 256KB hostile, 3 runs, no big page")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    ap.add_argument("--cpu", action="store_true",
                    help="time in CPU seconds of the process (time.process_time), not wall time")
    ap.add_argument("--crawler-only", action="store_true",
                    help="only the seed mix and the crawler-input rows (issue 18)")
    args = ap.parse_args(argv)
    if args.quick:
        args.size, args.hostile_size, args.big, args.repeat, args.peer_size = "1MB", "256KB", "0", 3, "256KB"
    global _clock
    if args.cpu:
        _clock = time.process_time

    report: dict[str, Any] = {
        "govnews": govnews.__version__,
        "python": platform.python_version(),
        "machine": platform.platform(),
        "cpu": _cpu_name(),
    }
    print(f"# govnews {govnews.__version__} benchmark — Python {report['python']}, {report['cpu']}, "
          f"{os.cpu_count()} CPUs visible, single core used, "
          f"{'CPU time (process_time)' if args.cpu else 'wall time'}")
    report["clock"] = "cpu" if args.cpu else "wall"
    print(f"# stages: {', '.join(DEFAULT_PIPELINE.names)}")
    missed: list[str] = []

    seeds = seed_texts()
    mix = build_mix(parse_size(args.size))
    for d in seeds[:2]:
        govnews.parse(d)  # warm up: lazy OpenCC/cn2an, pattern caches
    _, _, _, seed_times = _rows("seeds", seeds, args.repeat)
    _, mix_chars, mix_bytes, mix_times = _rows("seed mix", mix, args.repeat)
    report["seeds"] = seed_times
    report["mix"] = {"chars": mix_chars, "bytes": mix_bytes, "seconds": mix_times}
    if args.crawler_only:
        report["crawler"] = run_crawler_rows(
            parse_size(args.hostile_size), CRAWLER_LINES if not args.quick else CRAWLER_LINES // 4,
            mix_times["parse"] / mix_chars, mix_times["parse"] / (mix_bytes / 1e6), args.hostile_timeout, missed,
        )
        print(f"\n## targets missed: {', '.join(missed) if missed else 'none'}")
        return 0

    parse_cps = mix_chars / mix_times["parse"]
    facts_t = mix_times.get("facts", 0.0)
    facts_cps = mix_chars / facts_t if facts_t else math.inf
    simplified = [d for d in mix if not has_traditional(d)]
    s_chars = sum(len(d) for d in simplified)
    norm_t = _median_time(lambda: [normalize(d) for d in simplified], args.repeat)
    finder = regex.compile(r"[0-9]+")
    base_t = _median_time(lambda: [sum(1 for _ in finder.finditer(d)) for d in simplified], args.repeat)
    norm_ratio = norm_t / base_t if base_t else math.inf
    print("\n## targets")
    ok = parse_cps >= TARGET_PARSE
    print(f"  whole parse        {parse_cps / 1e6:6.2f} Mchars/s  (target >= {TARGET_PARSE / 1e6:.0f})  "
          f"{'met' if ok else 'MISSED'}")
    if not ok:
        missed.append("whole parse")
    ok = facts_cps >= TARGET_FACTS
    print(f"  facts stage        {facts_cps / 1e6:6.2f} Mchars/s  (target >= {TARGET_FACTS / 1e6:.0f})  "
          f"{'met' if ok else 'MISSED'}")
    if not ok:
        missed.append("facts")
    ok = norm_ratio <= TARGET_NORMALISE
    print(f"  normalise (simplified pages) {s_chars / norm_t / 1e6:6.2f} Mchars/s = {norm_ratio:.2f}x the time of "
          f"the regex baseline pass ({s_chars / base_t / 1e6:.1f} Mchars/s; target <= {TARGET_NORMALISE:.0f}x)  "
          f"{'met' if ok else 'MISSED'}")
    if not ok:
        missed.append("normalise")
    report["targets"] = {"parse_cps": parse_cps, "facts_cps": facts_cps, "normalise_vs_baseline": norm_ratio}

    if not args.no_peers:
        sample: list[str] = []
        need = parse_size(args.peer_size)
        for d in mix:
            if sum(utf8_len(x) for x in sample) >= need:
                break
            sample.append(d)
        rows_p, notes = time_peers(sample, max(1, min(args.repeat, 3)), args.peer_budget)
        gov = rows_p[0][1]
        print(f"\n## peers on the same {sum(len(d) for d in sample):,} chars ({len(sample)} pages), median of "
              f"{max(1, min(args.repeat, 3))}; each peer cut after {args.peer_budget:g} s per run")
        print(f"  {'tool':<34}{'Mchars/s':>10}{'govnews is':>12}")
        for name, cps, timed in rows_p:
            part = "" if timed >= sum(len(d) for d in sample) else f"  (over the first {timed:,} chars)"
            ratio = "" if name == "govnews.parse" else f"{gov / cps:.3g}x"
            print(f"  {name:<34}{cps / 1e6:10.3f}{ratio:>12}{part}")
        for n in notes:
            print(f"  note: {n}")
        report["peers"] = {name: cps for name, cps, _ in rows_p}

    if not args.no_hostile:
        size = parse_size(args.hostile_size)
        per_char_mix = mix_times["parse"] / mix_chars
        per_mb_mix = mix_times["parse"] / (mix_bytes / 1e6)
        print(f"\n## hostile inputs, {size / 1e6:g} MB each, median of 3 parses "
              f"(seed mix: {per_char_mix * 1e6:.3f} s/Mchar, "
              f"{per_mb_mix:.3f} s/MB); ratios per character and per MB of UTF-8, target <= {TARGET_HOSTILE:g}x "
              f"for both; growth exponent from a quarter to the full size (1 = linear)")
        print(f"  {'input':<20}{'chars':>10}{'seconds':>9}{'s/MB':>8}{'s/Mchar':>9}{'/char':>8}{'/MB':>8}"
              f"{'growth':>8}")
        report["hostile"] = {}
        for name, text in hostile_inputs(size).items():
            out = _in_child(_child_hostile, text, args.hostile_timeout)
            got = {m[0]: m for m in out or []}
            if "full" not in got:
                q = got.get("quarter")
                extra = f" (a quarter took {q[2]:.1f} s)" if q else ""
                print(f"  {name:<20}{len(text):>10,}  TIMEOUT after {args.hostile_timeout:g} s{extra}  MISSED")
                missed.append(f"hostile {name}")
                report["hostile"][name] = None
                continue
            _, n, t = got["full"]
            _, nq, tq = got["quarter"]
            growth = math.log(max(t, 1e-9) / max(tq, 1e-9)) / math.log(n / nq) if nq and n > nq else float("nan")
            ratio = (t / n) / per_char_mix
            mb = utf8_len(text) / 1e6
            ratio_mb = (t / mb) / per_mb_mix
            flag = "" if max(ratio, ratio_mb) <= TARGET_HOSTILE else "  MISSED"
            print(f"  {name:<20}{n:>10,}{t:9.3f}{t / mb:8.3f}{t / n * 1e6:9.3f}{ratio:7.2f}x{ratio_mb:7.2f}x"
                  f"{growth:8.2f}{flag}")
            report["hostile"][name] = {"chars": n, "seconds": t, "ratio": ratio, "ratio_mb": ratio_mb,
                                       "growth": growth}
            if flag:
                missed.append(f"hostile {name}")
                if not args.no_profile:
                    print(profile([text[: len(text) // 4]], f"'{name}' (a quarter)", 8))

        # the same worst case in a process that runs a second thread: parse then leaves the
        # garbage collector running (informational; the rows above are single-threaded)
        text = hostile_inputs(size)["one-char lines"]
        out = _in_child(_child_hostile_threaded, text, args.hostile_timeout)
        got = {m[0]: m for m in out or []}
        if "full" in got:
            _, n, t = got["full"]
            print(f"  (one-char lines with a second thread running, no GC pause: {t / n * 1e6:.3f} s/Mchar, "
                  f"{(t / n) / per_char_mix:.2f}x the single-threaded seed mix)")
        report["crawler"] = run_crawler_rows(
            size, CRAWLER_LINES if not args.quick else CRAWLER_LINES // 4, per_char_mix, per_mb_mix,
            args.hostile_timeout, missed,
        )

    big = parse_size(args.big)
    if big:
        page_parts: list[str] = []
        total = 0
        for d in build_mix(big, seed=3):
            page_parts.append(d)
            total += utf8_len(d)
        page = "\n".join(page_parts)
        print("\n## one big page: memory against input size (child process, peak RSS)")
        print(f"  {'input MB':>9}{'chars':>12}{'seconds':>9}{'Mchars/s':>9}{'RSS before':>11}{'peak RSS':>10}"
              f"{'growth/MB in':>13}")
        report["big"] = []
        for frac in (4, 1):
            text = page[: len(page) // frac]
            out = _in_child(_child_big, text, max(args.hostile_timeout, 600.0))
            mb = utf8_len(text) / 1e6
            if not out:
                print(f"  {mb:9.1f}  failed or timed out")
                missed.append("big page")
                continue
            before, peak, took, _ = out[0]
            print(f"  {mb:9.1f}{len(text):>12,}{took:9.2f}{len(text) / took / 1e6:9.2f}{before:10.0f}M"
                  f"{peak:9.0f}M{(peak - before) / mb:12.1f}x")
            report["big"].append({"mb": mb, "seconds": took, "rss_before": before, "rss_peak": peak})

    if missed and not args.no_profile and ("whole parse" in missed or "facts" in missed):
        sample = mix[: max(1, len(mix) // 5)]
        print()
        print(profile(sample, f"the whole parse over {len(sample)} mix pages"))

    print(f"\n## peak RSS of this process: {_peak_rss_mb():.0f} MB")
    print(f"## targets missed: {', '.join(missed) if missed else 'none'}")
    report["missed"] = missed
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
