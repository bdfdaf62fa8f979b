"""Fact-extraction throughput on a seed mix, against ``cn2an.transform`` on the same text.

Run from the repository root::

    .venv/bin/python benchmarks/facts.py [--mb 3]

The seeds are concatenated and repeated to about ``--mb`` megabytes (UTF-8).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def seed_mix(megabytes: float) -> str:
    """The seeds concatenated and repeated to about ``megabytes`` MB of UTF-8."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    size = len(seeds.encode("utf-8"))
    return "\n\n".join([seeds] * max(1, round(megabytes * 1e6 / size)))


def measure(name: str, fn: Callable[[str], object], text: str, repeat: int = 3) -> float:
    """Best of ``repeat`` runs; prints MB/s and chars/s of wall-clock and of CPU time, returns
    CPU chars/s (on a machine shared with other jobs the wall clock measures the others too)."""
    best = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    mb = len(text.encode("utf-8")) / 1e6
    cps, cpu_cps = len(text) / best, len(text) / cpu
    print(
        f"{name:<28} {mb / best:8.2f} MB/s  {cps / 1e6:8.2f} M chars/s  ({best:.3f} s wall)"
        f"  {cpu_cps / 1e6:8.2f} M chars/s CPU ({cpu:.3f} s)"
    )
    return cpu_cps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="size of the seed mix in MB")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import cn2an

    from govnews.facts import find_facts

    text = seed_mix(args.mb)
    print(f"seed mix: {len(text):,} chars, {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(find_facts(text)):,} facts")
    ours = measure("govnews.find_facts", find_facts, text, args.repeat)
    theirs = measure('cn2an.transform(.., "cn2an")', lambda t: cn2an.transform(t, "cn2an"), text, 1)
    print(f"ratio: {ours / theirs:.1f}x; target >= 5 M chars/s (CPU time): {'met' if ours >= 5e6 else 'NOT met'}")


if __name__ == "__main__":
    main()
