"""Memory and throughput of ``govnews parse`` over large JSONL inputs.

Builds JSONL corpora of the given sizes from the seed mix, runs the command line on
each (``--jsonl --format jsonl``, output to /dev/null) and prints the peak RSS of
the largest process and the documents per second. Flat memory means the peak RSS
does not grow with the input::

    python benchmarks/batch_memory.py                          # 10 MB and 40 MB, --jobs 1 and 2
    python benchmarks/batch_memory.py --sizes 100MB,1GB --jobs 1,4
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_mix, parse_size, utf8_len


def write_corpus(path: Path, size: int) -> tuple[int, int]:
    """Write about ``size`` bytes of JSONL records ``{"url", "body"}``; (records, bytes)."""
    n = 0
    total = 0
    unit = build_mix(min(size, 5_000_000), seed=5)
    with path.open("w", encoding="utf-8") as f:
        while total < size:
            for page in unit:
                line = json.dumps({"url": f"http://example.gov.cn/{n}", "body": page}, ensure_ascii=False) + "\n"
                f.write(line)
                n += 1
                total += utf8_len(line)
                if total >= size:
                    break
    return n, total


def _child(cmd: Sequence[str]) -> int:
    """Run ``cmd`` and print its wall time and the peak RSS of its largest process, as JSON."""
    t = time.perf_counter()
    with open(os.devnull, "w") as out:
        code = subprocess.run(list(cmd), stdout=out, check=False).returncode
    took = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": took, "peak_rss_mb": rss, "status": code}))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10MB,40MB")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child)
    print(f"{'input':>10}{'docs':>9}{'jobs':>6}{'seconds':>9}{'docs/s':>9}{'MB/s':>7}{'peak RSS':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size_s in args.sizes.split(","):
            size = parse_size(size_s)
            path = Path(tmp) / f"corpus-{size}.jsonl"
            docs, nbytes = write_corpus(path, size)
            for jobs in (int(j) for j in args.jobs.split(",")):
                cmd = [sys.executable, "-m", "govnews", "parse", "--jsonl", "--text-field", "body", "--id-field",
                       "url", "--format", "jsonl", "--jobs", str(jobs), str(path)]
                out = subprocess.run([sys.executable, __file__, "--child", *cmd], capture_output=True, text=True,
                                     check=True)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                t = r["seconds"]
                print(f"{nbytes / 1e6:9.1f}M{docs:>9}{jobs:>6}{t:9.1f}{docs / t:9.1f}{nbytes / t / 1e6:7.2f}"
                      f"{r['peak_rss_mb']:9.0f}M" + ("" if r["status"] == 0 else f"  exit {r['status']}"))
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
