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

Leave-one-project-out (LOPO).  The ruleset is built by hand, not fitted, so
"leaving a project out" means leaving out what that project alone could have
taught: every *term* is traced to the labelled projects whose personal
columns it matches, over all labelled corpora.  A term is a category
vocabulary phrase (the span the classifier chose in a column's name), an
abbreviation the tokenizer expanded in it, a clinical-lexicon entry that
matched it, a message-party word (``roles.message_parties``) that is its
whole name, or the purpose word (``context.secret_purposes``) that makes it a
one-time code or token.  When project P is scored, every term whose personal-column
matches all fall in P (its *support* is P alone) is disabled: a term only
its own project supports has not earned its place.  Terms that match no
labelled personal column stay (nothing labelled put them there), and so do
the structural words (qualifiers, non-value markers, table-kind lists),
which are not category evidence.  ``--no-lopo`` skips it.  Figures are
printed per project, pooled and per format (the most frequent input format
of a project's analysed files) for both the full ruleset and LOPO.

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
import copy
import hashlib
import json
import sys
import time
from collections import Counter, OrderedDict, defaultdict
from pathlib import Path
from typing import Dict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import corpus_roots, labelled_items  # noqa: E402
from schemalint.classify import classify_schema, load_ruleset  # noqa: E402
from schemalint.model import ColumnType, ForeignKeyRef, Location, TableRef  # noqa: E402
from schemalint.replay import Column, Schema, Table  # noqa: E402

TARGETS = {"recall": 0.95, "precision": 0.92, "group_accuracy": 0.92}
#: what leave-one-project-out must reach (issue 13)
LOPO_TARGETS = {"recall": 0.90, "precision": 0.92}
#: a frontend's format name -> the format family reported
FORMATS = {"sql": "sql", "sqldump": "sql", "django": "django", "laravel": "laravel",
           "rails": "rails", "prisma": "prisma", "liquibase": "liquibase", "alembic": "alembic"}


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


def schemas_from_pipeline(path: Path, ruleset=None, formats=None):
    """Replayed schemas for one corpus item's folder, via the real
    pipeline: what ``schemalint classify <corpus>/<item>`` sees.  When
    ``formats`` is a list, the analysed files' formats are appended."""
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(path)], checks=False, use_cache=False),
                Config(), ruleset)
    if formats is not None:
        formats.extend(f.format for f in run.files if f.state == "analysed" and f.format)
    return run.schemas


def format_of(formats, item: str) -> str:
    """The format family of a project: the one its name ends with
    (``rallly-prisma``: its SQL migration files outnumber the Prisma schema
    that is scored), else its most frequent analysed format."""
    named = item.rsplit("-", 1)[-1].lower() if "-" in item else ""
    if named in FORMATS or not formats:
        fmt = named or item
    else:
        fmt = Counter(formats).most_common(1)[0][0].lower()
    for key, fam in FORMATS.items():
        if fmt.startswith(key):
            return fam
    return "sql" if fmt in ("pg", "mysql", "schema", "sqldump", "dump") else fmt


# --------------------------------------------------------------------------
# Leave-one-project-out
# --------------------------------------------------------------------------


def column_terms(ruleset, name: str):
    """The terms a column name uses: ("vocabulary", category, phrase) for
    each chosen vocabulary span, ("abbreviation", word) for each expanded
    abbreviation, ("lexicon", entry) for each clinical-lexicon entry."""
    eng = ruleset.engine
    out = {("vocabulary", cid, text) for cid, _level, text, _s, _e in eng.lex(name).cats}
    abbrev = eng.tokenizer.abbreviations
    words = eng.tokenizer.words(name)
    out.update(("abbreviation", w) for w in words if w in abbrev)
    if len(words) > 1 and words[-1] in eng.tokenizer.trailing:
        out.add(("abbreviation", words[-1]))
    lexicon_terms = getattr(eng, "lexicon_terms", None)
    if lexicon_terms is not None:
        out.update(("lexicon", e) for e in lexicon_terms(name))
    for party in (ruleset.data.get("roles") or {}).get("message_parties", {}).values():
        out.update(("party", p) for p in party if eng.tokenizer.words(p) == words)
    secret_purpose = getattr(eng, "secret_purpose", None)
    purpose = secret_purpose(eng.tokenizer.tokens(name)) if secret_purpose else None
    if purpose:
        out.add(("purpose", purpose))
    return out


def term_support(ruleset, labels) -> Dict[tuple, set]:
    """term -> the projects whose personal-labelled columns it matches."""
    support: Dict[tuple, set] = defaultdict(set)
    for item, rows in labels.items():
        for _table, column, _typ, label in rows:
            if label in ("?", "none"):
                continue
            for term in column_terms(ruleset, column):
                support[term].add(item)
    return support


def without_terms(ruleset, terms):
    """A copy of ``ruleset`` with ``terms`` (see :func:`column_terms`)
    taken out of its vocabularies, abbreviations and lexicons."""
    if not terms:
        return ruleset
    eng = ruleset.engine
    vocab = {(t[1], t[2]) for t in terms if t[0] == "vocabulary"}
    abbrev = {t[1] for t in terms if t[0] == "abbreviation"}
    lexicon = {t[1] for t in terms if t[0] == "lexicon"}
    party = {t[1] for t in terms if t[0] == "party"}
    purpose = {t[1] for t in terms if t[0] == "purpose"}
    data = copy.deepcopy(ruleset.data)
    ctx = data.get("context") or {}
    if purpose and ctx.get("secret_purposes"):
        ctx["secret_purposes"] = [p for p in ctx["secret_purposes"]
                                  if " ".join(eng.tokenizer.tokens(p)) not in purpose]
    parties = (data.get("roles") or {}).get("message_parties") or {}
    for cid in parties:
        parties[cid] = [p for p in parties[cid] if p not in party]
    for cid, c in (data.get("categories") or {}).items():
        voc = c.get("vocabulary") or {}
        for level in ("strong", "terms", "weak"):
            if voc.get(level):
                voc[level] = [p for p in voc[level] if (cid, eng._norm(p)) not in vocab]
    for key in ("abbreviations", "trailing_abbreviations"):
        ab = (data.get("words") or {}).get(key) or {}
        for k in [k for k in ab if k.lower() in abbrev]:
            del ab[k]
    rs = copy.copy(ruleset)
    rs.data = data
    rs._engine = None
    rs._lexicons = {}
    rs.token_seed = None
    rs.lexicon_disabled = frozenset(lexicon)
    rs.fingerprint = ruleset.fingerprint + "-lopo-" + hashlib.sha256(
        repr(sorted(terms)).encode()).hexdigest()[:8]
    return rs


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
    ap.add_argument("--no-lopo", action="store_true", help="skip leave-one-project-out")
    ap.add_argument("--show-disabled", action="store_true",
                    help="list the terms leave-one-project-out disables per project")
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
    t0 = time.perf_counter()
    schemas_of, fmt_of = {}, {}
    for item, rows in labels.items():
        formats: list = []
        if via == "labels":
            schemas_of[item] = [schema_from_labels(item, rows)]
        else:
            schemas_of[item] = schemas_from_pipeline(paths[item], ruleset, formats)
        fmt_of[item] = format_of(formats, item)
    per_item, all_errors = OrderedDict(), {}
    for item, rows in labels.items():
        per_item[item], all_errors[item] = score_item(item, rows, schemas_of[item], ruleset)
    lopo, disabled = OrderedDict(), {}
    if not args.no_lopo:
        # support comes from every labelled item, also when --items scores a few:
        # a term is switched off only when no other labelled project supports it
        everything = labels if items is None else OrderedDict(
            (it.name, it.rows) for it in labelled_items(roots, None))
        support = term_support(ruleset, everything)
        for item, rows in labels.items():
            own = {t for t, projects in support.items() if projects == {item}}
            disabled[item] = own
            lopo[item], errs = score_item(item, rows, schemas_of[item], without_terms(ruleset, own))
            all_errors[item]["lopo-fn"] = [e for e in errs.get("fn", [])
                                           if e[:2] not in {x[:2] for x in all_errors[item].get("fn", [])}]
    elapsed = time.perf_counter() - t0

    def pooled(results, items):
        tot = dict(tp=0, fp=0, fn=0, tn=0, group_ok=0, skipped=0, missing=0)
        for it in items:
            for k in tot:
                tot[k] += results[it][k]
        return tot

    fams = sorted(set(fmt_of.values()))
    if args.json:
        out = {"via": via, "ruleset": ruleset.name, "fingerprint": ruleset.fingerprint,
               "items": {}, "overall": {}, "formats": {}, "lopo": {}}

        def figures(s):
            p, r, g = ratios(s)
            return dict(s, precision=round(p, 4), recall=round(r, 4), group_accuracy=round(g, 4))

        for item, s in per_item.items():
            out["items"][item] = dict(figures(s), format=fmt_of[item])
        out["overall"] = figures(pooled(per_item, per_item))
        out["formats"] = {f: figures(pooled(per_item, [i for i in per_item if fmt_of[i] == f]))
                          for f in fams}
        if lopo:
            out["lopo"] = {
                "items": {i: dict(figures(s), disabled_terms=len(disabled[i])) for i, s in lopo.items()},
                "overall": figures(pooled(lopo, lopo)),
                "formats": {f: figures(pooled(lopo, [i for i in lopo if fmt_of[i] == f])) for f in fams},
            }
        print(json.dumps(out, indent=2))
        return 0

    print(f"classification accuracy via {via} (ruleset {ruleset.name} {ruleset.fingerprint}); "
          f"rows labelled '?' left out")
    hdr = f"{'item':<24} {'format':<9} {'scored':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'miss':>4} " \
          f"{'precision':>9} {'recall':>7} {'group':>6}"
    lhdr = f" | {'off':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'group':>6}"
    if lopo:
        print(" " * 53 + "all terms" + " " * 22 + "| leave-one-project-out")
    print(hdr + (lhdr if lopo else ""))
    print("-" * (len(hdr) + (len(lhdr) if lopo else 0)))

    def line(label, fmt, s, lo, off=""):
        p, r, g = ratios(s)
        scored = s["tp"] + s["fp"] + s["fn"] + s["tn"]
        txt = (f"{label:<24} {fmt:<9} {scored:>6} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} "
               f"{s['missing']:>4} {p:>9.3f} {r:>7.3f} {g:>6.3f}")
        if lo is not None:
            lp, lr, lg = ratios(lo)
            txt += f" | {off:>4} {lo['tp']:>4} {lo['fp']:>4} {lo['fn']:>4} {lp:>9.3f} {lr:>7.3f} {lg:>6.3f}"
        print(txt)

    for item, s in per_item.items():
        line(item, fmt_of[item], s, lopo.get(item), len(disabled.get(item, ())))
    print("-" * (len(hdr) + (len(lhdr) if lopo else 0)))
    for f in fams:
        its = [i for i in per_item if fmt_of[i] == f]
        line(f"format {f} ({len(its)})", f, pooled(per_item, its), pooled(lopo, its) if lopo else None)
    total = pooled(per_item, per_item)
    line("OVERALL", "", total, pooled(lopo, lopo) if lopo else None)
    p, r, g = ratios(total)
    verdict = []
    for name, val in (("recall", r), ("precision", p), ("group_accuracy", g)):
        ok = val >= TARGETS[name]
        verdict.append(f"{name} {val:.3f} {'>=' if ok else '<'} {TARGETS[name]:.2f} "
                       f"{'ok' if ok else 'MISSED'}")
    print("targets: " + "; ".join(verdict))
    if lopo:
        lp, lr, _ = ratios(pooled(lopo, lopo))
        verdict = []
        for name, val in (("recall", lr), ("precision", lp)):
            ok = val >= LOPO_TARGETS[name]
            verdict.append(f"{name} {val:.3f} {'>=' if ok else '<'} {LOPO_TARGETS[name]:.2f} "
                           f"{'ok' if ok else 'MISSED'}")
        print("leave-one-project-out targets: " + "; ".join(verdict))
    print(f"({elapsed:.2f}s)")
    if args.show_disabled:
        for item, terms in disabled.items():
            print(f"\n== {item}: terms only this project supports ({len(terms)})")
            for t in sorted(terms):
                print("  " + " ".join(t))

    if args.verbose:
        for item, errors in all_errors.items():
            for kind, title in (("fp", "false positives"), ("fn", "false negatives"),
                                ("group", "wrong group"), ("missing", "labelled but not produced"),
                ("lopo-fn", "false negatives only in leave-one-project-out")):
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
