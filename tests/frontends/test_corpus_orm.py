"""Acceptance on real projects (issue 5): Netflix Dispatch (Alembic) and
Saleor (Django) replay into the expected histories, and reading every
Python file of both corpora raises nothing.  (That every labelled column
is replayed is checked for every labelled item alike, in
``tests/integration/test_corpus_labels.py``.)

The corpus lives outside the repository (``../shared`` from the repo
root); the tests skip when it is absent.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import pytest

from schemalint.frontends import alembic, django, order_results
from schemalint.model import FileResult, ParseFailure
from schemalint.replay import replay
from schemalint.sources import discover, read_source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "labels").is_dir(),
                       reason=f"the shared corpus is not at {CORPUS} (../shared/corpus from the repo root)"),
]

_PARSERS = {"alembic": alembic, "django": django}


def _replayed(name: str):
    """Every history of a corpus, parsed, ordered and replayed:
    ``({table: {columns}}, schemas)`` with lower-case names, no schema."""
    found = discover([str(CORPUS / name)])
    histories = defaultdict(list)
    for sf in found.files:
        assert sf.format in _PARSERS, (sf.path, sf.format)
        histories[(sf.format, sf.history)].append(_PARSERS[sf.format].parse(sf, None))
    tables = defaultdict(set)
    schemas = []
    for (fmt, history), results in sorted(histories.items()):
        schema = replay(history, order_results(fmt, results))
        schemas.append(schema)
        for t in schema.tables.values():
            tables[t.ref.name.lower()].update(c.name.lower() for c in t.columns.values())
    return tables, schemas, found.files


@pytest.fixture(scope="module")
def dispatch():
    return _replayed("dispatch-alembic")


@pytest.fixture(scope="module")
def saleor():
    return _replayed("saleor")


def test_dispatch_replays_two_chains(dispatch):
    tables, schemas, files = dispatch
    assert len(files) == 162 and len(schemas) == 2  # core and tenant chains
    assert {"case_cost", "signal_filter"} <= set(tables)


def test_saleor_replays_one_project_history(saleor):
    tables, schemas, files = saleor
    assert len(files) == 1417 and len(schemas) == 1  # one project: one history
    assert {"account_user", "order_orderline"} <= set(tables)


def test_no_python_parse_failures(dispatch, saleor):
    """Every migration is valid Python: a failure here would be ours.
    (Failures the SQL frontend reports for RunSQL text are its own.)"""
    for _, schemas, _ in (dispatch, saleor):
        for schema in schemas:
            assert not [f for f in schema.failures if f.message.startswith("Python")]


def test_every_python_file_of_both_corpora_is_read_without_error(dispatch, saleor):
    """Every ``.py`` file of both corpora is read without an exception: the
    migrations by their frontend (in the fixtures above), every other file
    (``__init__.py``, helper modules) by both frontends."""
    paths = sorted(p for name in ("dispatch-alembic", "saleor") for p in (CORPUS / name).rglob("*.py"))
    assert len(paths) >= 1600
    read = {os.path.abspath(sf.abspath) for _, _, files in (dispatch, saleor) for sf in files}
    rest = [p for p in paths if os.path.abspath(p) not in read]
    assert len(read) + len(rest) == len(paths)
    for p in rest:
        sf = read_source(str(p), os.path.relpath(p, ROOT))
        for mod in (alembic, django):
            r = mod.parse(sf, None)
            assert isinstance(r, FileResult)
            assert not any(isinstance(c, ParseFailure) for c in r.changes), p
