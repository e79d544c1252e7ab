#!/usr/bin/env python3
"""List the replayed tables and columns of a path, without classifying.

For labelling (``../shared/corpus/LABELING.md``): the labeller sees every
(table, column, type) exactly as schemalint replays it, but no category,
so labels stay blind to the classifier.  Output is TSV with the label
files' header and an empty ``label`` column::

    python benchmarks/list_columns.py benchmarks/corpus/<item> --item <item> [--tables a,b]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from schemalint.config import Config  # noqa: E402
from schemalint.pipeline import RunOptions, build  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--item", default="", help="value of the item column (default: the folder name)")
    ap.add_argument("--tables", default="", help="comma-separated table names to list (default: all)")
    ap.add_argument("--names-only", action="store_true", help="print the sorted table names only")
    args = ap.parse_args(argv)
    item = args.item or Path(args.path).resolve().name
    run = build(RunOptions(paths=[args.path], checks=False, use_cache=False), Config())
    wanted = {t.strip().lower() for t in args.tables.split(",") if t.strip()}
    tables = {}
    for schema in run.schemas:
        for t in schema.tables.values():
            tables.setdefault(t.ref.name.lower(), t)
    if args.names_only:
        print("\n".join(sorted(tables)))
        return 0
    for schema in run.schemas:  # what could not be read is missing below: say so
        for f in schema.failures:
            print(f"{f.location.path}:{f.location.line}:{f.location.col}: not listed: {f.message}",
                  file=sys.stderr)
    print("item\ttable\tcolumn\ttype\tlabel")
    for name in sorted(tables):
        if wanted and name not in wanted:
            continue
        for col in tables[name].columns.values():
            typ = str(col.type).lower() if col.type is not None else ""
            print(f"{item}\t{name}\t{col.name.lower()}\t{typ}\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
