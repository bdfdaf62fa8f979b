"""The Dask recipe, runnable: parse a JSONL corpus with ``dask.bag``, write JSONL and the Parquet tables.

Needs ``pip install -e '.[dask]'``. On a cluster, pass its scheduler address; by
default a local cluster of ``--workers`` processes is started. Prints the throughput::

    python benchmarks/dask_recipe.py                      # builds a 5 MB corpus, 2 local workers
    python benchmarks/dask_recipe.py --size 50MB --workers 4
    python benchmarks/dask_recipe.py --input 'corpus/*.jsonl' --scheduler tcp://10.0.0.5:8786 --out parsed

The recipe itself is five lines (see :mod:`govnews.batch` and :mod:`govnews.tables`);
the tables (documents, articles, facts, bylines, dates, noise) are written by Dask's own
``to_parquet``, and JSONL and tables are computed together, so each document is parsed once::

    records = db.read_text("corpus/*.jsonl", blocksize="64MiB").map(json.loads)
    out = parse_bag(records, text_field="body", id_field="url", keep_fields=["url"])
    jsonl = out.map(json.dumps, ensure_ascii=False).to_textfiles("parsed/jsonl/*.jsonl", compute=False)
    tables = write_bag_tables(out, "parsed/tables", compute=False)
    dask.compute(*jsonl, *tables)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_memory import write_corpus
from corpus import parse_size

from govnews.batch import parse_bag
from govnews.tables import write_bag_tables


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", help="JSONL files (a glob); default: build a corpus of --size")
    ap.add_argument("--size", default="5MB")
    ap.add_argument("--text-field", default="body")
    ap.add_argument("--id-field", default="url")
    ap.add_argument("--scheduler", help="address of a running scheduler; default: a local cluster")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--blocksize", default="4MiB", help="bytes of JSONL per partition")
    ap.add_argument("--out", help="output directory (default: a temporary one)")
    ap.add_argument("--no-parquet", action="store_true")
    args = ap.parse_args(argv)

    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        src = args.input
        nbytes = None
        if src is None:
            path = Path(tmp) / "corpus.jsonl"
            docs, nbytes = write_corpus(path, parse_size(args.size))
            src = str(path)
            print(f"corpus: {docs} records, {nbytes / 1e6:.1f} MB")
        out = Path(args.out or Path(tmp) / "out")
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None))
        with client:
            records = db.read_text(src, blocksize=args.blocksize).map(json.loads)
            parsed = parse_bag(records, text_field=args.text_field, id_field=args.id_field,
                               keep_fields=[args.id_field])
            t = time.perf_counter()
            tasks = list(parsed.map(json.dumps, ensure_ascii=False).to_textfiles(
                str(out / "jsonl" / "*.jsonl"), compute=False))
            if not args.no_parquet:
                tasks += write_bag_tables(parsed, out / "tables", compute=False)
            dask.compute(*tasks)
            took = time.perf_counter() - t
            n = sum(1 for f in (out / "jsonl").glob("*.jsonl") for _ in f.open(encoding="utf-8"))
            size = f", {nbytes / took / 1e6:.2f} MB/s of input" if nbytes else ""
            what = "JSONL" if args.no_parquet else "JSONL and tables (each document parsed once)"
            print(f"{what}: {n} records in {took:.1f} s on {len(client.scheduler_info()['workers'])} workers: "
                  f"{n / took:.1f} docs/s{size}")
            if not args.no_parquet:
                import pyarrow.parquet as pq

                counts = {p.name: pq.read_table(str(p)).num_rows for p in sorted((out / "tables").iterdir())}
                print("tables:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
