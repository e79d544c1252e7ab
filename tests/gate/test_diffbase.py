"""``check --diff-base REF``: only what the change introduces fails.

Every test builds a throw-away git repository in a temporary directory.
"""

from __future__ import annotations

import tempfile

import pytest

BASE_V1 = """CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16) NOT NULL,
  nama VARCHAR(100)
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=membership retention=P5Y';
"""

# the same migration, reformatted: other lines, case and layout
REFORMATTED_V1 = """-- Peserta BPJS (reformatted by the change)

create table peserta
(
    id    bigint       primary key,

    nik   varchar(16)  not null,
    nama  varchar(100)
);

comment on table peserta is 'schemalint: purpose=membership retention=P5Y';
"""

NPWP_PLAIN = """ALTER TABLE peserta ADD COLUMN npwp VARCHAR(20);
"""

NPWP_ANNOTATED_ENCRYPTED = """ALTER TABLE peserta ADD COLUMN npwp VARCHAR(64);
COMMENT ON COLUMN peserta.npwp IS 'NPWP peserta. schemalint: encrypted=app-aes-gcm';
"""

NPWP_CIPHERTEXT = """ALTER TABLE peserta ADD COLUMN npwp_encrypted BYTEA;
"""


def scenario(repo):
    """Base commit: a legacy table with an unencrypted nik.  Working tree:
    the old file reformatted and a new migration with an unencrypted npwp."""
    repo.write("migrations/V1__create_peserta.sql", BASE_V1)
    base = repo.commit("legacy schema")
    repo.write("migrations/V1__create_peserta.sql", REFORMATTED_V1)
    repo.write("migrations/V2__add_npwp.sql", NPWP_PLAIN)
    return base


def enc(findings):
    return sorted((f["code"], f["table"], f["column"], f["category"]) for f in findings
                  if f["code"].startswith("ENC"))


def test_issue_scenario_reports_exactly_the_new_npwp_finding(repo, cli):
    scenario(repo)
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 1, r.err
    findings = r.json()["findings"]
    assert [(f["code"], f["table"], f["column"], f["category"]) for f in findings] == [
        ("ENC001", "peserta", "npwp", "gov_id.npwp")], findings
    assert findings[0]["location"]["path"] == "migrations/V2__add_npwp.sql"
    # stderr says what was left out; stdout is only the JSON document
    assert "already present there not reported" in r.err
    assert "--diff-base main" in r.err


def test_legacy_finding_stays_visible_in_plain_check(repo, cli):
    scenario(repo)
    r = cli("check", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 1
    got = enc(r.json()["findings"])
    assert ("ENC001", "peserta", "nik", "gov_id.nik") in got
    assert ("ENC001", "peserta", "npwp", "gov_id.npwp") in got


@pytest.mark.parametrize("migration", [NPWP_ANNOTATED_ENCRYPTED, NPWP_CIPHERTEXT],
                         ids=["annotated-encrypted", "ciphertext-column"])
def test_new_column_encrypted_passes(repo, cli, migration):
    scenario(repo)
    repo.write("migrations/V2__add_npwp.sql", migration)
    r = cli("check", "--diff-base", "main", "--no-cache", cwd=repo.path)
    assert r.code == 0, r.out
    assert r.out.startswith("Found 0 findings")
    # ... while the legacy finding is still there without --diff-base
    plain = cli("check", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert ("ENC001", "peserta", "nik", "gov_id.nik") in enc(plain.json()["findings"])


def test_category_annotation_scenario(repo, cli):
    """The same gate with the category declared, independent of the
    classifier's vocabulary."""
    repo.write("db/V1__t.sql", "CREATE TABLE t (id INT PRIMARY KEY, legacy_ref VARCHAR(16));\n"
               "COMMENT ON COLUMN t.legacy_ref IS 'schemalint: category=gov_id.nik';\n"
               "COMMENT ON TABLE t IS 'schemalint: purpose=membership retention=P5Y';\n")
    repo.commit()
    repo.write("db/V2__t.sql", "ALTER TABLE t ADD COLUMN tax_ref VARCHAR(20);\n"
               "COMMENT ON COLUMN t.tax_ref IS 'schemalint: category=gov_id.npwp';\n")
    r = cli("check", "--diff-base", "HEAD", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 1
    assert enc(r.json()["findings"]) == [("ENC001", "t", "tax_ref", "gov_id.npwp")]
    assert all(f["column"] == "tax_ref" for f in r.json()["findings"])


def test_renamed_column_keeps_its_identity(repo, cli):
    repo.write("migrations/V1__create_peserta.sql", BASE_V1)
    repo.commit()
    repo.write("migrations/V2__rename.sql", "ALTER TABLE peserta RENAME COLUMN nik TO nik_peserta;\n")
    plain = cli("check", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert ("ENC001", "peserta", "nik_peserta", "gov_id.nik") in enc(plain.json()["findings"])
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 0, r.out
    assert r.json()["findings"] == []


def test_rename_by_editing_the_old_file_is_a_new_column(repo, cli):
    """Replay cannot tell an in-place edit from drop + add: documented."""
    repo.write("migrations/V1__create_peserta.sql", BASE_V1)
    repo.commit()
    repo.write("migrations/V1__create_peserta.sql", BASE_V1.replace("nik VARCHAR", "nik_peserta VARCHAR"))
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert ("ENC001", "peserta", "nik_peserta", "gov_id.nik") in enc(r.json()["findings"])


def test_named_files_compare_whole_histories(repo, cli):
    """pre-commit style: only changed files named.  The new migration is
    compared with its history at REF; the reformatted legacy file alone
    reports nothing new."""
    scenario(repo)
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache",
            "migrations/V2__add_npwp.sql", cwd=repo.path)
    assert r.code == 1
    assert [(f["code"], f["column"]) for f in r.json()["findings"]] == [("ENC001", "npwp")]
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache",
            "migrations/V1__create_peserta.sql", cwd=repo.path)
    assert r.code == 0, r.out
    assert r.json()["findings"] == []


def test_runs_from_a_subdirectory(repo, cli):
    scenario(repo)
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", ".",
            cwd=repo.path / "migrations")
    assert r.code == 1
    assert [(f["column"], f["location"]["path"]) for f in r.json()["findings"]] == [
        ("npwp", "V2__add_npwp.sql")]


def test_reads_ref_without_touching_the_working_tree(repo, cli, tmp_path, monkeypatch):
    base = scenario(repo)
    repo.write("migrations/V3__staged.sql", "ALTER TABLE peserta ADD COLUMN email VARCHAR(100);\n")
    repo.git("add", "migrations/V3__staged.sql")
    status = repo.git("status", "--porcelain", "--untracked-files=all")
    index = (repo.path / ".git" / "index").read_bytes()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    r = cli("check", "--diff-base", "main", "--no-cache", cwd=repo.path)
    assert r.code == 1
    assert repo.git("status", "--porcelain", "--untracked-files=all") == status
    assert (repo.path / ".git" / "index").read_bytes() == index
    assert repo.head() == base
    assert list(scratch.iterdir()) == []  # the temporary copy of REF is gone


def test_unparsable_file_is_new_only_when_the_change_touched_it(repo, cli):
    broken = "CREATE TABLE x (a int, b foo bar baz);\n"
    repo.write("schema/broken.sql", broken)
    repo.write("migrations/V1__create_peserta.sql", BASE_V1)
    repo.commit()
    plain = cli("check", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert any(f["code"] == "PARSE001" for f in plain.json()["findings"]), plain.out
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 0 and r.json()["findings"] == []
    repo.write("schema/broken.sql", "-- touched\n" + broken)
    r = cli("check", "--diff-base", "main", "--output-format", "json", "--no-cache", cwd=repo.path)
    assert r.code == 1
    assert [f["code"] for f in r.json()["findings"]] == ["PARSE001"]


def test_file_deleted_by_the_change(repo, cli):
    scenario(repo)
    repo.commit("npwp")
    repo.git("rm", "-q", "migrations/V2__add_npwp.sql")
    r = cli("check", "--diff-base", "HEAD", "--no-cache", cwd=repo.path)
    assert r.code == 0, r.out


def test_unknown_ref_exits_2(repo, cli):
    scenario(repo)
    r = cli("check", "--diff-base", "no-such-branch", cwd=repo.path)
    assert r.code == 2
    assert r.out == ""
    assert "unknown git revision 'no-such-branch'" in r.err
    assert "fetch-depth" in r.err  # the hint for shallow CI clones
    r = cli("check", "--diff-base=--output=x", cwd=repo.path)
    assert r.code == 2
    assert "is not a git revision" in r.err


def test_not_a_git_repository_exits_2(tmp_path, cli, monkeypatch):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "schema.sql").write_text(BASE_V1)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    r = cli("check", "--diff-base", "main", cwd=plain)
    assert r.code == 2
    assert "not inside a git repository" in r.err
    assert r.out == ""


def test_path_outside_the_repository_exits_2(repo, cli, tmp_path):
    scenario(repo)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.sql").write_text(BASE_V1)
    r = cli("check", "--diff-base", "main", str(outside), cwd=repo.path)
    assert r.code == 2
    assert "outside the git repository" in r.err
