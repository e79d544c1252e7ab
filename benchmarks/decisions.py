"""Findings and decisions per analysed table, project by project.

    python benchmarks/decisions.py [PROJECT ...]   # default: every project of ../shared/corpus

For each project: the tables replayed, the findings, the decisions they
ask for (one per rule family and table: see schemalint.findings.decision_key),
findings per table, and the findings of each rule.  Issue 15 asked that
findings per table fall by at least half on khanza-ikti-pg,
opensid-migrations and lago-pg; run this on two revisions to compare
(``git stash``/``git checkout`` the other one, run it again).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> int:
    from corpora import shared_corpus

    from schemalint.config import Config
    from schemalint.findings import decisions
    from schemalint.pipeline import RunOptions, build

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("projects", nargs="*", help="project folders of the corpus (default: all)")
    args = ap.parse_args()
    corpus = shared_corpus()
    names = args.projects or sorted(p.name for p in corpus.iterdir() if p.is_dir() and p.name != "labels")
    print(f"{'project':24} {'tables':>6} {'findings':>8} {'decisions':>9} {'per table':>9}  by rule")
    for name in names:
        run = build(RunOptions(paths=[str(corpus / name)], use_cache=False), Config())
        n, d = len(run.findings), decisions(run.findings)
        rules = ", ".join(f"{c} {k}" for c, k in sorted(Counter(f.code for f in run.findings).items()))
        per = n / run.tables if run.tables else 0.0
        print(f"{name:24} {run.tables:6d} {n:8d} {d:9d} {per:9.2f}  {rules}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
