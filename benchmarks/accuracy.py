#!/usr/bin/env python3
"""Classification accuracy against the labelled corpus.

Scores schemalint's classifier against every labelled item of every
corpus (``../shared/corpus`` and ``benchmarks/corpus``, see
``benchmarks/corpora.py``; format: ../shared/corpus/LABELING.md).  Rows
labelled ``?`` are left out.  For "is personal data" it reports precision
and recall; on the true positives, group accuracy (the predicted category's
group is one of the label's groups).  Figures are printed per item and
overall; ``-v`` lists false positives, false negatives and wrong groups
with the classifier's evidence.

Two ways to get the columns:

* ``--via pipeline`` (default when ``schemalint.pipeline`` exists): run the
  real pipeline over ``<corpus>/<item>`` and classify the replayed schemas,
  i.e. what ``schemalint classify`` gives users.  Labelled columns the
  pipeline did not produce are counted and listed (``missing``).
* ``--via labels``: build each labelled table from the label file's own
  (table, column, type) rows; a table's context is all its rows.

Usage::

    python benchmarks/accuracy.py                  # all items
    python benchmarks/accuracy.py -v --items khanza-ikti-pg
    python benchmarks/accuracy.py --via labels --json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import OrderedDict, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import corpus_roots, labelled_items  # noqa: E402
from schemalint.classify import classify_schema, load_ruleset  # noqa: E402
from schemalint.model import ColumnType, ForeignKeyRef, Location, TableRef  # noqa: E402
from schemalint.replay import Column, Schema, Table  # noqa: E402

TARGETS = {"recall": 0.95, "precision": 0.92, "group_accuracy": 0.92}


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------


def column_type(text: str) -> ColumnType:
    """A ColumnType from a label file's type string: SQL type text
    (``varchar(20)``), read by the type layer, or the ORM class a project's
    labels name (saleor's ``charfield(250)``, ``datetimefield``), mapped to
    its SQL base type by the frontend's own table as replay would map it.
    ``foreignkey->account.user`` is a reference: the caller gives the
    column its foreign key."""
    from schemalint import types

    raw = text.strip()
    parsed = types.parse_type(raw)
    if parsed.family == "other":
        base = _orm_bases().get(parsed.name)
        if base is None:
            base = next((b for suffix, b in _orm_suffixes() if parsed.name.endswith(suffix)), None)
        if base is not None:
            return types.column_type(base, parsed.params, raw)
    return ColumnType(parsed.name, parsed.family, parsed.params, raw)


_ORM_BASES: dict = {}


def _orm_bases() -> dict:
    """Lower-case ORM type class -> SQL base name, from the Django and
    Alembic frontends' tables."""
    if not _ORM_BASES:
        from schemalint.frontends import alembic, django

        _ORM_BASES.update({cls.lower(): base for cls, (base, _len) in django._FIELD_TYPES.items()})
        _ORM_BASES.update(alembic._ORM_TYPES)
        _ORM_BASES.update(alembic._SQL_TYPES)
    return _ORM_BASES


def _orm_suffixes():
    """Django matches a field class it does not know by suffix
    (``sanitizedjsonfield`` is a ``jsonfield``), longest first."""
    return sorted(((k, v) for k, v in _orm_bases().items() if k.endswith("field")),
                  key=lambda kv: len(kv[0]), reverse=True)


def schema_from_labels(item: str, rows) -> Schema:
    schema = Schema(history=item)
    for i, (table, column, typ, _label) in enumerate(rows):
        t = schema.tables.get(table)
        if t is None:
            t = Table(TableRef(table), Location(f"labels/{item}.tsv", i + 2))
            schema.tables[table] = t
        refs = None
        if typ.lower().startswith(("foreignkey->", "onetoonefield->")):
            target = typ.split("->", 1)[1].strip().replace(".", "_")
            refs = ForeignKeyRef(TableRef(target))
        col = Column(name=column, type=column_type(typ), location=Location(f"labels/{item}.tsv", i + 2),
                     table=t, references=refs)
        t.columns[column.lower()] = col
    return schema


def schemas_from_pipeline(path: Path, ruleset=None):
    """Replayed schemas for one corpus item's folder, via the real
    pipeline: what ``schemalint classify <corpus>/<item>`` sees."""
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(path)], checks=False, use_cache=False),
                Config(), ruleset)
    return run.schemas


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def score_item(item, rows, schemas, ruleset):
    """Counts and error lists for one item."""
    by_name = {}
    dup = set()
    results = {}
    for sch in schemas:
        cls = classify_schema(sch, ruleset)
        for tkey, table in sch.tables.items():
            name = table.ref.name.lower()
            if name in by_name:
                dup.add(name)
                continue
            by_name[name] = table
            for ckey in table.columns:
                results[(name, ckey)] = cls[(tkey, ckey)]
    s = dict(tp=0, fp=0, fn=0, tn=0, group_ok=0, skipped=0, missing=0)
    errors = defaultdict(list)
    for table, column, typ, label in rows:
        if label == "?":
            s["skipped"] += 1
            continue
        c = results.get((table.lower(), column.lower()))
        if c is None:
            s["missing"] += 1
            errors["missing"].append((table, column, typ, label, None))
            continue
        truth = label != "none"
        pred = c.category is not None
        if truth and pred:
            s["tp"] += 1
            if c.group in set(label.split("|")):
                s["group_ok"] += 1
            else:
                errors["group"].append((table, column, typ, label, c))
        elif pred:
            s["fp"] += 1
            errors["fp"].append((table, column, typ, label, c))
        elif truth:
            s["fn"] += 1
            errors["fn"].append((table, column, typ, label, c))
        else:
            s["tn"] += 1
    return s, errors


def ratios(s):
    tp, fp, fn = s["tp"], s["fp"], s["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    g = s["group_ok"] / tp if tp else 1.0
    return p, r, g


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", default=None,
                    help="corpus directory holding labels/ and the items; repeat for several "
                         "(default: ../shared/corpus and benchmarks/corpus)")
    ap.add_argument("--via", choices=("pipeline", "labels"), default=None,
                    help="where columns come from (default: pipeline if available, else labels)")
    ap.add_argument("--items", default="", help="comma-separated item names (default: all)")
    ap.add_argument("--ruleset", default=None, help="ruleset file (default: the packaged default)")
    ap.add_argument("-v", "--verbose", action="count", default=0,
                    help="list false positives/negatives and wrong groups (-vv: with evidence)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    via = args.via
    if via is None:
        try:
            import schemalint.pipeline  # noqa: F401
            via = "pipeline"
        except ImportError:
            via = "labels"
    items = {x.strip() for x in args.items.split(",") if x.strip()} or None
    roots = args.corpus if args.corpus else corpus_roots()
    found = labelled_items(roots, items)
    if not found:
        print(f"no labelled items found in {', '.join(str(r / 'labels') for r in roots) or 'any corpus'}",
              file=sys.stderr)
        return 2
    labels = OrderedDict((it.name, it.rows) for it in found)
    paths = {it.name: it.path for it in found}
    ruleset = load_ruleset(args.ruleset)
    total = dict(tp=0, fp=0, fn=0, tn=0, group_ok=0, skipped=0, missing=0)
    per_item = OrderedDict()
    all_errors = {}
    t0 = time.perf_counter()
    for item, rows in labels.items():
        if via == "labels":
            schemas = [schema_from_labels(item, rows)]
        else:
            schemas = schemas_from_pipeline(paths[item], ruleset)
        s, errors = score_item(item, rows, schemas, ruleset)
        per_item[item] = s
        all_errors[item] = errors
        for k in total:
            total[k] += s[k]
    elapsed = time.perf_counter() - t0

    if args.json:
        out = {"via": via, "ruleset": ruleset.name, "fingerprint": ruleset.fingerprint,
               "items": {}, "overall": {}}
        for item, s in list(per_item.items()) + [("overall", total)]:
            p, r, g = ratios(s)
            d = dict(s, precision=round(p, 4), recall=round(r, 4), group_accuracy=round(g, 4))
            if item == "overall":
                out["overall"] = d
            else:
                out["items"][item] = d
        print(json.dumps(out, indent=2))
        return 0

    print(f"classification accuracy via {via} (ruleset {ruleset.name} {ruleset.fingerprint}); "
          f"rows labelled '?' left out")
    hdr = f"{'item':<24} {'scored':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'miss':>4} " \
          f"{'precision':>9} {'recall':>7} {'group':>6}"
    print(hdr)
    print("-" * len(hdr))
    for item, s in list(per_item.items()) + [("OVERALL", total)]:
        p, r, g = ratios(s)
        scored = s["tp"] + s["fp"] + s["fn"] + s["tn"]
        if item == "OVERALL":
            print("-" * len(hdr))
        print(f"{item:<24} {scored:>6} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} {s['missing']:>4} "
              f"{p:>9.3f} {r:>7.3f} {g:>6.3f}")
    p, r, g = ratios(total)
    verdict = []
    for name, val in (("recall", r), ("precision", p), ("group_accuracy", g)):
        ok = val >= TARGETS[name]
        verdict.append(f"{name} {val:.3f} {'>=' if ok else '<'} {TARGETS[name]:.2f} "
                       f"{'ok' if ok else 'MISSED'}")
    print("targets: " + "; ".join(verdict))
    print(f"({elapsed:.2f}s)")

    if args.verbose:
        for item, errors in all_errors.items():
            for kind, title in (("fp", "false positives"), ("fn", "false negatives"),
                                ("group", "wrong group"), ("missing", "labelled but not produced")):
                lst = errors.get(kind) or []
                if not lst:
                    continue
                print(f"\n== {item}: {title} ({len(lst)})")
                for table, column, typ, label, c in lst:
                    got = f"{c.category} {c.confidence:.2f}" if c is not None else "-"
                    print(f"  {table}.{column} {typ} label={label} got={got}")
                    if args.verbose > 1 and c is not None:
                        for e in c.evidence:
                            print(f"      {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
