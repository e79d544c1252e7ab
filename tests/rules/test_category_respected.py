"""The checks judge a column by the category the classifier gives it,
and by nothing else: no rule re-reads a column's name to decide that it
is personal data."""

from __future__ import annotations

import pytest

from schemalint.config import Config
from schemalint.pipeline import RunOptions, build

NIK = """CREATE TABLE `penduduk` (
  `id` int NOT NULL,
  `nik` char(16) DEFAULT NULL
);
"""

ENUM = """CREATE TABLE `penduduk` (
  `id` int NOT NULL,
  `kondisi_e_ktp` enum('baik','rusak','hilang') DEFAULT NULL
);
"""


def _run(tmp_path, text, classify=None):
    (tmp_path / "s.sql").write_text(text)
    run = build(RunOptions(paths=[str(tmp_path)], dialect="mysql", use_cache=False, checks=False), Config())
    if classify is not None:
        for cls in run.classifications.values():
            for key in list(cls):
                cls[key] = classify(cls[key])
    from schemalint.pipeline import _check

    _check(run, RunOptions(), Config(), {})
    return run


def test_no_finding_on_a_column_the_classifier_leaves_unclassified(tmp_path):
    from schemalint.record import replace

    # classified as a NIK, the column is reported by every rule that applies ...
    assert {f.code for f in _run(tmp_path, NIK).findings} >= {"ENC001", "RET001"}
    # ... the same column without a category, named as it is, by none
    run = _run(tmp_path, NIK, classify=lambda c: replace(c, category=None) if c is not None else c)
    assert run.findings == []


def test_an_enum_of_conditions_is_not_a_nik(tmp_path):
    run = _run(tmp_path, ENUM)
    assert not [f for f in run.findings if f.category == "gov_id.nik" or "kondisi_e_ktp" in f.columns]
    assert run.classifications and all(
        c is None or c.category != "gov_id.nik" for cls in run.classifications.values() for c in cls.values())


@pytest.mark.parametrize("typ", ["char(16)", "varchar(20)", "bigint"])
def test_a_nik_in_a_type_that_can_hold_one_is_still_reported(tmp_path, typ):
    run = _run(tmp_path, NIK.replace("char(16)", typ))
    assert any(f.category == "gov_id.nik" for f in run.findings)
