"""Red-team: a stale baseline entry accepts a new column.

The base branch baselined the legacy plaintext ``pasien.nik`` and later
dropped the column (without ``baseline --update``: nothing reports the
now-unmatched entries).  A pull request re-adds ``nik CHAR(16)``: a new
column, new plaintext data, but its fingerprint (code, project, table,
column name, category) equals the dropped column's, so the base branch's
baseline (taken with --base-config, as docs/ci.md says) accepts it and the
gate passes."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught


@pytest.mark.xfail(strict=True, reason="a baseline entry for a dropped column accepts a re-added plaintext nik")
def test_a_stale_baseline_entry_does_not_accept_a_readded_column(repo, cli):
    import json

    repo.write("db/V1__init.sql", "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100), nik char(16));\n")
    repo.write(".schemalint.yaml", "baseline: schemalint-baseline.json\n")
    assert cli("baseline", "--no-cache", "--reason", "legacy", cwd=repo.path).code == 0
    repo.write("db/V2__drop_nik.sql", "ALTER TABLE pasien DROP COLUMN nik;\n")
    repo.commit("base: nik dropped, baseline left as is")
    repo.git("checkout", "-q", "-b", "pr")
    repo.write("db/V3__nik.sql", "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n")
    repo.commit("pr")
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", "--base-config", cwd=repo.path)
    assert_caught(r, json.loads(r.out)["findings"])
