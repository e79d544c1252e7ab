"""The whole shared corpus: nothing crashes, nothing is silently lost.

Every file under ../shared/corpus ends in exactly one state (analysed,
not an input with a reason, or unparsable with a PARSE001 finding), the
states add up to the number of files, and no frontend or rule reports an
internal error."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from schemalint.config import Config
from schemalint.pipeline import RunOptions, build
from schemalint.reporters.text import summary
from schemalint.sources.detect import candidate_suffixes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_run(request):
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip(f"real-schema corpus not found at {CORPUS} (it sits beside the repository in CI)")
    return CORPUS, build(RunOptions(paths=[str(CORPUS)], use_cache=False), Config())


def test_every_file_is_accounted_for(corpus_run):
    corpus, run = corpus_run
    on_disk = sorted(p for p in corpus.rglob("*") if p.is_file())
    candidates = {str(p) for p in on_disk if p.name.lower().endswith(candidate_suffixes())}
    seen = Counter(st.path for st in run.files)
    assert all(n == 1 for n in seen.values()), [p for p, n in seen.items() if n > 1]
    import os

    shown = {os.path.abspath(p) for p in seen}
    assert {os.path.abspath(p) for p in candidates} == shown
    states = Counter(st.state for st in run.files)
    assert set(states) <= {"analysed", "not-input", "unparsable"}
    assert sum(states.values()) == len(candidates)
    for st in run.files:
        if st.state != "analysed":
            assert st.reason, st  # every file not analysed says why


def test_no_internal_errors_and_failures_are_located(corpus_run):
    _, run = corpus_run
    internal = [f for f in run.findings if "internal error" in f.message]
    assert internal == []
    for f in run.findings:
        assert f.location.line >= 1 and f.location.col >= 1 and f.location.path
        assert f.why and f.fix, f
    # the known quirks of the corpus are reported, located, not swallowed
    conflicts = [f for f in run.findings if f.code == "PARSE001" and "merge-conflict block" in f.message]
    assert len(conflicts) == 16
    assert {f.location.path.rsplit("/", 1)[-1] for f in conflicts} == {"contoh_data_awal_20221101.sql"}


def test_summary_counts_files_tables_columns_findings(corpus_run):
    _, run = corpus_run
    line = summary(run)
    m = re.match(r"Found (\d+) findings? .*Checked (\d+) files \((\d+) analysed.*\): (\d+) tables, (\d+) columns",
                 line)
    assert m, line
    found, files, analysed, tables, columns = map(int, m.groups())
    assert found == len(run.findings)
    assert files == len(run.files)
    assert analysed == sum(1 for f in run.files if f.state == "analysed")
    assert (tables, columns) == (run.tables, run.columns)
    assert tables > 1500 and columns > 15000
