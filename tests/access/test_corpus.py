"""Access statements in the real-schema corpora (../shared/corpus and
benchmarks/corpus): every grant, revoke, policy, row-level-security switch
and default-privilege statement an item holds is replayed (counted per
item against an independent count of its files), every view is traced or
noted, and the ACC rules run on every item without an internal error."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from schemalint.access import state
from schemalint.access.lineage import trace_view
from schemalint.config import Config
from schemalint.pipeline import RunOptions, build
from tests.conftest import CORPUS, REPO

pytestmark = pytest.mark.slow

ROOTS = [CORPUS, REPO / "benchmarks" / "corpus"]

#: statement starts, found without the SQL frontend: at a line start or after ; " ' ` > (
_STMT = r"(?:^|[;\"'`>(])\s*"
PATTERNS = {
    "grants": re.compile(_STMT + r"(?:GRANT|REVOKE)\s+[\w(]", re.I | re.M),
    "policies": re.compile(_STMT + r"CREATE\s+POLICY\b", re.I | re.M),
    "row_security": re.compile(r"\b(?:ENABLE|DISABLE|FORCE)\s+ROW\s+LEVEL\s+SECURITY\b", re.I),
    "default_privileges": re.compile(_STMT + r"ALTER\s+DEFAULT\s+PRIVILEGES\b", re.I | re.M),
}
SUFFIXES = (".sql", ".py", ".php", ".rb", ".xml", ".yaml", ".yml", ".json", ".prisma")


def independent_counts(item: Path) -> Counter:
    out: Counter = Counter()
    for p in item.rglob("*"):
        if p.is_file() and p.name.lower().endswith(SUFFIXES):
            text = p.read_text(encoding="utf-8", errors="replace")
            for kind, rx in PATTERNS.items():
                out[kind] += len(rx.findall(text))
    return out


def replayed_counts(schemas) -> Counter:
    out: Counter = Counter()
    for s in schemas:
        c = state(s).counts
        out["grants"] += c["grants"] + c["revokes"] + c["role_grants"]
        out["policies"] += c["policies"]
        out["row_security"] += c["row_security"]
        out["default_privileges"] += c["default_privileges"]
        out["views"] += c["views"]
    return out


@pytest.fixture(scope="module", params=[str(r) for r in ROOTS], ids=["shared", "benchmarks"])
def corpus_run(request):
    root = Path(request.param)
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root} (../shared/corpus sits beside the repository in CI)")
    run = build(RunOptions(paths=[str(root)], use_cache=False), Config())
    items = {}
    for s in run.schemas:
        first = Path(s.files[0]).resolve() if s.files else None
        if first is None or root.resolve() not in first.parents:
            continue
        items.setdefault(first.relative_to(root.resolve()).parts[0], []).append(s)
    return root, run, items


def test_every_access_statement_is_replayed(corpus_run):
    root, _, items = corpus_run
    table = []
    for item in sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "labels"):
        want = independent_counts(root / item)
        got = replayed_counts(items.get(item, []))
        table.append((item, {k: got[k] for k in PATTERNS}, {k: want[k] for k in PATTERNS}, got["views"]))
    wrong = [row for row in table if row[1] != row[2]]
    assert not wrong, "replayed != counted in the files:\n" + "\n".join(
        f"  {i}: replayed {g}, in the files {w}" for i, g, w, _ in wrong)


def test_every_view_that_may_expose_high_risk_data_is_traced_or_noted(corpus_run):
    """``check`` traces (and notes when it cannot) every view that names a
    high-risk table and is read by anyone but its owner; a view only its
    owner reads is left to the audit, which lists every reader and so traces
    every such view (``Access.views``)."""
    from tests.access.helpers import context

    _, run, _ = corpus_run
    noted = {(n.location.path, n.location.line) for n in run.notes}
    for s in run.schemas:
        acc = context(s).access()
        acc.views()  # what the audit asks: notes for the views check left untraced go to the schema
        noted |= {(n.location.path, n.location.line) for n in s.notes}
        for v in state(s).views.values():
            if not acc._may_expose(v):
                continue
            traced = trace_view(v, s.files)
            if traced.problems:
                assert (v.location.path, v.location.line) in noted, f"{v.ref} at {v.location}: {traced.problems}"


def test_access_rules_run_without_internal_errors(corpus_run):
    _, run, _ = corpus_run
    assert not [f for f in run.findings if "internal error in rule ACC" in f.message]


def test_the_counting_itself_on_a_project_with_grants():
    """The comparison above can fail: on the Supabase fixture both counts
    see the grants, RLS switches and policy it holds."""
    project = REPO / "tests" / "access" / "fixtures" / "supabase"
    run = build(RunOptions(paths=[str(project)], use_cache=False), Config())
    want = independent_counts(project)
    got = replayed_counts(run.schemas)
    assert {k: want[k] for k in PATTERNS} == {k: got[k] for k in PATTERNS} == {
        "grants": 2, "policies": 1, "row_security": 2, "default_privileges": 0}
    assert got["views"] == 2
