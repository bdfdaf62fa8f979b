"""Gold-score floors: fail when any scored row falls below the floor kept in ``floors.json``.

Run from the repository root, in the environment where govnews is installed::

    python benchmarks/check_floors.py            # score seeds and the development set, compare
    python benchmarks/check_floors.py --update   # raise every floor to the rate measured now

The scorer and the gold files live beside the project (``../shared``); where they are
absent (a clone on its own) the check says so and passes. A floor is a pass rate in
percent, per set and per row; ``--update`` only ever raises floors (lowering one is an
edit by hand, with the reason in the commit message).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_gold.py"
FLOORS = Path(__file__).resolve().parent / "floors.json"
SETS = {
    "seeds": [],
    "dev": ["--gold", str(SHARED / "dev" / "gold"), "--pages", str(SHARED / "dev" / "pages")],
}


def score(args: list[str]) -> dict[str, float]:
    """Pass rate in percent per row, from the scorer's ``--json`` line."""
    out = subprocess.run([sys.executable, str(SCORER), "--json", *args], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    line = next(ln for ln in reversed(out.splitlines()) if ln.startswith("{"))
    rows = json.loads(line)
    return {k: round(100.0 * v["pass"] / max(1, v["pass"] + v["fail"]), 1) for k, v in rows.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="raise floors to the rates measured now")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"floors: {SCORER} not found; nothing to check")
        return 0
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    failed = []
    for name, extra in SETS.items():
        if name != "seeds" and not Path(extra[1]).exists():
            continue
        got = score(extra)
        want = floors.setdefault(name, {})
        for row, rate in sorted(got.items()):
            floor = want.get(row)
            mark = ""
            if floor is not None and rate < floor:
                failed.append(f"{name}.{row}: {rate}% < floor {floor}%")
                mark = "  BELOW FLOOR"
            elif args.update and (floor is None or rate > floor):
                want[row] = rate
            print(f"{name:6} {row:16} {rate:6.1f}%  floor {want.get(row, floor)}{mark}")
        for row in sorted(set(want) - set(got)):
            failed.append(f"{name}.{row}: row no longer scored (floor {want[row]}%)")
    if args.update:
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    if failed:
        print("\n".join(["floors: FAILED", *failed]))
        return 1
    print("floors: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
