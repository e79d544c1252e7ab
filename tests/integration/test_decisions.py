"""On real projects, one finding per decision and no column left out: at
most one RET001 per table unless a column needs its own period, every
column without a retention in exactly one RET001, MIN006 never on a part
already as coarse as the alternative, and the summary's decisions no more
than its findings."""

from __future__ import annotations

from collections import Counter

import pytest

from schemalint.checks.context import Context
from schemalint.checks.min006_coarser_would_do import already_coarse
from schemalint.config import Config
from schemalint.pipeline import RunOptions, build

pytestmark = pytest.mark.slow

PROJECTS = ("khanza-ikti-pg", "opensid-migrations", "lago-pg")


@pytest.fixture(scope="module", params=PROJECTS)
def project_run(request):
    from tests.conftest import CORPUS

    path = CORPUS / request.param
    if not path.is_dir():
        pytest.skip(f"real-schema corpus project not found at {path}")
    return build(RunOptions(paths=[str(path)], use_cache=False), Config())


def _contexts(run):
    for schema in run.schemas:
        yield schema, Context(schema, run.classifications[schema.history], run.ruleset)


def test_at_most_one_retention_finding_per_table_unless_a_column_needs_its_own(project_run):
    run = project_run
    # the decision key names the history too (lago-pg holds its migrations and its dump)
    tables = Counter(f.decision for f in run.findings if f.code == "RET001" and f.column is None)
    assert all(n == 1 for n in tables.values())
    for schema, ctx in _contexts(run):
        for table in schema.tables.values():
            mine = [f for f in run.findings if f.code == "RET001" and f.table == table.ref.qualified
                    and f.location.path in schema.files]
            column_level = [f for f in mine if f.column is not None]
            if column_level:
                # a column of its own: the table is annotated column by column, or the column suppresses
                declared = [c for c in table.columns.values() if "retention" in ctx.annotations(table, c)]
                assert declared or all(ctx.suppresses(table, table.columns[f.column.lower()], "RET001")
                                       for f in column_level), [f.message for f in column_level]


def test_every_column_without_a_retention_is_in_exactly_one_finding(project_run):
    run = project_run
    for schema, ctx in _contexts(run):
        covered = Counter()
        for f in run.findings:
            if f.code != "RET001" or f.location.path not in schema.files:
                continue
            for col in (f.columns or (f.column,)):
                covered[(f.table.lower(), col.lower())] += 1
        for table, column, _, cat in ctx.personal_data():
            if not getattr(cat, "requires_retention", True) or "retention" in ctx.annotations(table, column):
                continue
            assert covered[(table.ref.qualified.lower(), column.name.lower())] == 1, (table.ref, column.name)


def test_coarse_parts_are_never_coarser_would_do(project_run):
    run = project_run
    findings = [f for f in run.findings if f.code == "MIN006"]
    assert findings  # each of these projects stores some exact address, birth date or coordinates
    for f in findings:
        cat = run.ruleset.categories[f.category]
        for name in f.columns or (f.column,):
            assert not already_coarse(name, cat.coarser), (f.table, name)
    # the parts the issue named are never reported
    reported = {c.lower() for f in findings for c in f.columns}
    assert not reported & {"country", "city", "zipcode", "postal_code", "kd_kec", "kd_kab", "kd_prop", "line4"}


def test_decisions_are_counted_and_fewer_than_findings(project_run):
    from schemalint.findings import decisions
    from schemalint.reporters.text import summary

    run = project_run
    n, d = len(run.findings), decisions(run.findings)
    assert 0 < d <= n
    assert f"Found {n} findings" in summary(run) and f"asking for {d} decisions" in summary(run)
