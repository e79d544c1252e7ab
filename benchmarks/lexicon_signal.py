#!/usr/bin/env python3
"""How much a clinical-lexicon hit says about a column: figures per labelled item.

For every labelled item (``benchmarks/corpora.py``), every labelled column
whose name's tokens hit the ruleset's ``clinical`` lexicon is counted by its
label: ``health`` (the label names the health group), ``none``, ``other``
(another personal group) or ``?`` (unlabelled), separately for

* **clinical tables**: tables with a column that names a patient or a visit
  (a ``patient_links`` phrase of the ruleset, such as ``no_rawat``,
  ``patient_id``, ``encounter``, or one of the names issue 13 lists beside
  them: ``pid``, ``registration_id``), and
* **other tables**.

``P(health|hit)`` is the share of hits labelled health among the labelled
hits (``?`` left out); ``recall`` is the share of the health-labelled
columns that hit.  Together they say how much weight a hit deserves in a
clinical table, and outside one.  ``-v`` lists, per item, the entries that
hit columns labelled none or another group (where the lexicon misfires:
permission matrices, lookup lists, configuration), and the health columns
that no entry hits.

Columns are read from the label files (table, column, type), not replayed:
the figures are about names, which is what the lexicon sees.

Usage::

    python benchmarks/lexicon_signal.py            # a table of figures per item
    python benchmarks/lexicon_signal.py -v         # and the misfiring entries
    python benchmarks/lexicon_signal.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import labelled_items  # noqa: E402
from schemalint.classify import load_ruleset  # noqa: E402
from schemalint.classify.lexicon import Lexicon, normalise  # noqa: E402

LEXICON = "clinical"
#: names of a patient or visit reference that issue 13 lists beside the
#: ruleset's patient_links (OpenEMR's ``pid``, SIMRS ``registration_id``)
EXTRA_PATIENT_LINKS = ("pid", "registration id")
CLASSES = ("health", "none", "other", "?")


def label_class(label: str) -> str:
    if label == "?":
        return "?"
    groups = {g.strip() for g in label.split("|")}
    if "health" in groups:
        return "health"
    return "none" if groups <= {"none", ""} else "other"


def patient_links(ruleset) -> Lexicon:
    tok = ruleset.engine.tokenizer.tokens
    words = list((ruleset.data.get("context") or {}).get("patient_links") or ()) + list(EXTRA_PATIENT_LINKS)
    return Lexicon("patient_links", normalise(words, tok)[0])


def is_clinical(columns: Iterable[Tuple[str, str]], links: Lexicon, tok) -> bool:
    """A table with a column that names a patient or a visit (by its name,
    or by the target of a Django-style ``foreignkey->app.model`` type)."""
    for column, typ in columns:
        if links.hits(tok(column)):
            return True
        if "->" in typ and links.hits(tok(typ.split("->", 1)[1].rsplit(".", 1)[-1])):
            return True
    return False


def measure(item, ruleset, lexicon: Lexicon, sources: Dict[str, Lexicon], links: Lexicon) -> Dict:
    tok = ruleset.engine.tokenizer.tokens
    tables: "OrderedDict[str, List[Tuple[str, str, str]]]" = OrderedDict()
    for table, column, typ, label in item.rows:
        tables.setdefault(table, []).append((column, typ, label))
    out: Dict = {"item": item.name, "tables": {"clinical": 0, "other": 0}}
    for split in ("clinical", "other"):
        out[split] = {"columns": 0, "health": 0, "hits": dict.fromkeys(CLASSES, 0), "health_hit": 0,
                      "misfires": Counter(), "missed": [], "by_source": Counter()}
    for table, cols in tables.items():
        split = "clinical" if is_clinical(((c, t) for c, t, _ in cols), links, tok) else "other"
        out["tables"][split] += 1
        s = out[split]
        for column, _typ, label in cols:
            cls = label_class(label)
            s["columns"] += 1
            s["health"] += cls == "health"
            hits = lexicon.hits(tok(column))
            if hits:
                s["hits"][cls] += 1
                s["health_hit"] += cls == "health"
                src = "+".join(name for name, lx in sources.items() if any(h in lx for h in hits))
                s["by_source"][src] += 1
                if cls in ("none", "other"):
                    s["misfires"].update(hits)
            elif cls == "health":
                s["missed"].append(f"{table}.{column}")
    for split in ("clinical", "other"):
        s = out[split]
        labelled = s["hits"]["health"] + s["hits"]["none"] + s["hits"]["other"]
        s["p_health_given_hit"] = round(s["hits"]["health"] / labelled, 3) if labelled else None
        s["recall"] = round(s["health_hit"] / s["health"], 3) if s["health"] else None
        s["misfires"] = dict(s["misfires"].most_common())
        s["by_source"] = dict(sorted(s["by_source"].items()))
    return out


def _pct(x) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def report(results: List[Dict], verbose: bool) -> None:
    head = (f"{'item':24} {'tables':>9} | {'clinical tables: cols':>21} {'hits':>5} {'hlth':>5} {'none':>5} "
            f"{'othr':>5} {'?':>4} {'P(h|hit)':>8} {'recall':>6} | {'other tables: cols':>18} {'hits':>5} "
            f"{'hlth':>5} {'none':>5} {'othr':>5} {'?':>4} {'P(h|hit)':>8} {'recall':>6}")
    print(head)
    print("-" * len(head))
    total: Dict[str, Dict] = {}
    for r in results:
        cells = [f"{r['item']:24} {r['tables']['clinical']:>4}/{r['tables']['other']:<4}"]
        for split in ("clinical", "other"):
            s = r[split]
            h = s["hits"]
            width = 21 if split == "clinical" else 18
            cells.append(f"{s['columns']:>{width}} {sum(h.values()):>5} {h['health']:>5} {h['none']:>5} "
                         f"{h['other']:>5} {h['?']:>4} {_pct(s['p_health_given_hit']):>8} "
                         f"{_pct(s['recall']):>6}")
            t = total.setdefault(split, {"columns": 0, "health": 0, "health_hit": 0, "hits": Counter()})
            t["columns"] += s["columns"]
            t["health"] += s["health"]
            t["health_hit"] += s["health_hit"]
            t["hits"].update(h)
        print(" | ".join(cells))
    print("-" * len(head))
    cells = [f"{'all items':24} {sum(r['tables']['clinical'] for r in results):>4}/"
             f"{sum(r['tables']['other'] for r in results):<4}"]
    for split in ("clinical", "other"):
        t = total[split]
        h = t["hits"]
        labelled = h["health"] + h["none"] + h["other"]
        width = 21 if split == "clinical" else 18
        cells.append(f"{t['columns']:>{width}} {sum(h.values()):>5} {h['health']:>5} {h['none']:>5} "
                     f"{h['other']:>5} {h['?']:>4} "
                     f"{_pct(h['health'] / labelled if labelled else None):>8} "
                     f"{_pct(t['health_hit'] / t['health'] if t['health'] else None):>6}")
    print(" | ".join(cells))
    if not verbose:
        return
    for r in results:
        for split in ("clinical", "other"):
            s = r[split]
            if s["misfires"]:
                words = ", ".join(f"{w} {n}" for w, n in list(s["misfires"].items())[:25])
                print(f"\n{r['item']} ({split} tables) entries hitting none/other columns: {words}")
            if s["by_source"]:
                print(f"{r['item']} ({split} tables) hits by lexicon file: "
                      + ", ".join(f"{k} {v}" for k, v in s["by_source"].items()))
            if s["missed"]:
                print(f"{r['item']} ({split} tables) health columns without a hit ({len(s['missed'])}): "
                      + ", ".join(s["missed"][:30]) + (" ..." if len(s["missed"]) > 30 else ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--ruleset", default=None, help="a ruleset file (default: the packaged default)")
    ap.add_argument("--items", nargs="*", help="only these items")
    args = ap.parse_args(argv)
    ruleset = load_ruleset(args.ruleset)
    lexicon = ruleset.lexicon(LEXICON)
    if not lexicon:
        print(f"error: the ruleset has no {LEXICON!r} lexicon", file=sys.stderr)
        return 2
    tok = ruleset.engine.tokenizer.tokens
    sources = {Path(f.shown).stem: Lexicon(f.shown, *normalise(f.entries, tok))
               for f in ruleset.lexicon_files[LEXICON]}
    items = labelled_items(names=args.items)
    if not items:
        print("error: no labelled items found (is ../shared/corpus there?)", file=sys.stderr)
        return 2
    links = patient_links(ruleset)
    results = [measure(item, ruleset, lexicon, sources, links) for item in items]
    if args.json:
        json.dump({"lexicon": LEXICON, "entries": len(lexicon),
                   "files": [f.shown for f in ruleset.lexicon_files[LEXICON]], "items": results},
                  sys.stdout, indent=1)
        print()
    else:
        print(f"lexicon {LEXICON!r}: {len(lexicon)} entries from "
              + ", ".join(f.shown for f in ruleset.lexicon_files[LEXICON]) + "\n")
        report(results, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
