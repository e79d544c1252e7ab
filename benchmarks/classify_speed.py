#!/usr/bin/env python3
"""How fast is classification?  Prints: default-ruleset load time, engine
build time, and the time to classify 100,000 columns.

The columns are real ones: every (table, column, type) row of the labelled
corpus (``../shared/corpus/labels/*.tsv``), its tables copied under new
names until there are 100,000 columns.  Two measurements:

* realistic: names repeat across tables as they do in real schemas (``id``,
  ``created_at``, ``nama``), so the per-name memo helps;
* all-unique: every column name made unique (``<name>_u<n>``), a fresh
  engine, nothing memoised: the worst case.

Usage: ``python benchmarks/classify_speed.py [--columns N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from schemalint.classify import classify_schema  # noqa: E402
from schemalint.classify.engine import Engine  # noqa: E402
from schemalint.classify.ruleset import _default_path, _load  # noqa: E402
from schemalint.model import Location, TableRef  # noqa: E402
from schemalint.replay import Column, Schema, Table  # noqa: E402

_FALLBACK = [
    ("pasien", [("no_rkm_medis", "varchar(15)"), ("nm_pasien", "varchar(40)"), ("no_ktp", "varchar(20)"),
                ("jk", "char(1)"), ("tgl_lahir", "date"), ("alamat", "varchar(200)"),
                ("no_tlp", "varchar(40)"), ("created_at", "timestamp")]),
    ("users", [("id", "bigint"), ("email", "varchar(255)"), ("password", "varchar(255)"),
               ("name", "varchar(255)"), ("remember_token", "varchar(100)"), ("created_at", "timestamp")]),
    ("products", [("id", "bigint"), ("name", "varchar(255)"), ("price", "decimal(10,2)"),
                  ("description", "text"), ("created_at", "timestamp")]),
]


def load_tables(corpus: Path):
    from accuracy import column_type  # same folder
    from corpora import labelled_items

    tables = {}
    labels = {it.name: it.rows for it in labelled_items([corpus])} if (corpus / "labels").is_dir() else {}
    for item, rows in labels.items():
        for table, column, typ, _ in rows:
            tables.setdefault(f"{item}:{table}", []).append((column, typ))
    if not tables:
        tables = {t: cols for t, cols in _FALLBACK}
    return [(k.split(":", 1)[-1], [(c, column_type(t)) for c, t in cols]) for k, cols in tables.items()]


def build_schema(tables, n_columns: int, unique: bool) -> Schema:
    schema = Schema(history="bench")
    loc = Location("bench.sql", 1)
    copy = 0
    count = 0
    while count < n_columns:
        for name, cols in tables:
            tname = f"{name}_{copy}" if copy else name
            t = Table(TableRef(tname), loc)
            for cname, ctype in cols:
                if count >= n_columns:
                    break
                cn = f"{cname}_u{count}" if unique else cname
                t.columns[cn.lower()] = Column(name=cn, type=ctype, location=loc, table=t)
                count += 1
            schema.tables[tname.lower()] = t
            if count >= n_columns:
                break
        copy += 1
    return schema


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--columns", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("SCHEMALINT_CORPUS", HERE.parent.parent / "shared" / "corpus")))
    args = ap.parse_args(argv)

    path = str(_default_path())
    loads, engines = [], []
    for _ in range(max(3, args.repeat)):
        t0 = time.perf_counter()
        rs = _load(path)
        t1 = time.perf_counter()
        Engine(rs)
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        engines.append(t2 - t1)
    print(f"default ruleset load:      {min(loads) * 1e3:7.1f} ms (best of {len(loads)}; "
          f"first {loads[0] * 1e3:.1f} ms)")
    print(f"engine build (first use):  {min(engines) * 1e3:7.1f} ms (best of {len(engines)})")

    tables = load_tables(args.corpus)
    for unique in (False, True):
        schema = build_schema(tables, args.columns, unique)
        n = sum(len(t.columns) for t in schema.tables.values())
        times = []
        for _ in range(args.repeat):
            rs = _load(path)  # a fresh engine: nothing memoised from the last run
            _ = rs.engine  # built (lazily) before the clock starts
            t0 = time.perf_counter()
            res = classify_schema(schema, rs)
            times.append(time.perf_counter() - t0)
        personal = sum(1 for c in res.values() if c.category)
        kind = "all-unique names, cold " if unique else "realistic names, cold  "
        print(f"classify {n:,} columns ({kind}): {min(times):.3f} s best of {len(times)} "
              f"({min(times) / n * 1e6:.1f} us/column; {len(schema.tables):,} tables; "
              f"{personal:,} personal)")
        if not unique:
            t0 = time.perf_counter()
            classify_schema(schema, rs)
            warm = time.perf_counter() - t0
            print(f"classify {n:,} columns (realistic names, warm  ): {warm:.3f} s "
                  f"(same engine again: memo hits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
