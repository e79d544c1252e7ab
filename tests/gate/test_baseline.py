"""The baseline file: accept legacy findings, fail on new and expired
ones, prune fixed ones; ``check`` never writes it."""

from __future__ import annotations

import json

import pytest

LEGACY = """CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16) NOT NULL,
  nama VARCHAR(100)
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=membership retention=P5Y';
"""

# the same schema, the nik column on other lines
MOVED = """-- moved around

CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nama VARCHAR(100),


  nik VARCHAR(16) NOT NULL
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=membership retention=P5Y';
"""

FIXED = LEGACY.replace("nik VARCHAR(16) NOT NULL", "nik_encrypted BYTEA NOT NULL")

NEW_NPWP = "ALTER TABLE peserta ADD COLUMN npwp VARCHAR(20);\n"


@pytest.fixture
def project(tmp_path):
    d = tmp_path / "project"
    (d / "migrations").mkdir(parents=True)
    (d / "migrations" / "V1__peserta.sql").write_text(LEGACY)
    return d


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def enc_columns(result):
    return sorted(f["column"] for f in result.json()["findings"] if f["code"] == "ENC001")


def test_create_accepts_current_findings(project, cli):
    r = cli("baseline", "--reason", "legacy, JIRA-12", cwd=project)
    assert r.code == 0, r.err
    assert r.out == ""
    assert "created baseline schemalint-baseline.json" in r.err
    doc = read(project / "schemalint-baseline.json")
    assert doc["version"] == 2
    entries = doc["entries"]
    nik = [e for e in entries if e["code"] == "ENC001" and e["column"] == "nik"]
    assert len(nik) == 1
    assert set(nik[0]) == {"fingerprint", "code", "history", "table", "column", "category", "reason"}
    assert nik[0]["table"] == "peserta" and nik[0]["category"] == "gov_id.nik"
    assert nik[0]["history"] == "migrations"  # the project, not a file
    assert nik[0]["reason"] == "legacy, JIRA-12"
    assert "path" not in json.dumps(doc) and "line" not in nik[0]  # identity never holds a location

    r = cli("check", "--baseline", "schemalint-baseline.json", cwd=project)
    assert r.code == 0, r.out
    assert r.out.startswith("Found 0 findings")
    assert "accepted" in r.err

    # without the baseline, the legacy findings are there
    assert cli("check", cwd=project).code == 1


def test_new_findings_still_fail(project, cli):
    cli("baseline", cwd=project)
    (project / "migrations" / "V2__npwp.sql").write_text(NEW_NPWP)
    r = cli("check", "--baseline", "schemalint-baseline.json", "--output-format", "json", cwd=project)
    assert r.code == 1
    assert enc_columns(r) == ["npwp"]


def test_finding_moved_to_another_line_stays_baselined(project, cli):
    cli("baseline", cwd=project)
    before = cli("check", "--output-format", "json", cwd=project).json()["findings"]
    (project / "migrations" / "V1__peserta.sql").write_text(MOVED)
    after = cli("check", "--output-format", "json", cwd=project).json()["findings"]
    line = {f["column"]: f["location"]["line"] for f in before if f["code"] == "ENC001"}
    moved = {f["column"]: f["location"]["line"] for f in after if f["code"] == "ENC001"}
    assert line["nik"] != moved["nik"]  # really moved
    r = cli("check", "--baseline", "schemalint-baseline.json", cwd=project)
    assert r.code == 0, r.out


def test_finding_moved_to_another_file_stays_baselined(project, cli):
    cli("baseline", cwd=project)
    (project / "migrations" / "V1__peserta.sql").write_text(
        LEGACY.replace("  nik VARCHAR(16) NOT NULL,\n", ""))
    (project / "migrations" / "V2__nik.sql").write_text("ALTER TABLE peserta ADD COLUMN nik VARCHAR(16);\n")
    r = cli("check", "--baseline", "schemalint-baseline.json", cwd=project)
    assert r.code == 0, r.out


def test_expired_entries_fail_again_and_say_so(project, cli):
    r = cli("baseline", "--expires", "2000-01-31", "--reason", "until the migration project", cwd=project)
    assert r.code == 0
    assert all(e["expires"] == "2000-01-31" for e in read(project / "schemalint-baseline.json")["entries"])
    r = cli("check", "--baseline", "schemalint-baseline.json", "--output-format", "json", cwd=project)
    assert r.code == 1
    nik = [f for f in r.json()["findings"] if f["column"] == "nik" and f["code"] == "ENC001"]
    assert len(nik) == 1
    assert "baseline entry expired on 2000-01-31" in nik[0]["message"]
    assert "until the migration project" in nik[0]["message"]
    assert "expired (reported again)" in r.err


def test_future_expiry_is_honoured(project, cli):
    assert cli("baseline", "--expires", "2999-12-31", cwd=project).code == 0
    assert cli("check", "--baseline", "schemalint-baseline.json", cwd=project).code == 0
    (project / "schemalint-baseline.json").unlink()
    assert cli("baseline", "--expires", "90d", cwd=project).code == 0
    assert cli("check", "--baseline", "schemalint-baseline.json", cwd=project).code == 0


def test_update_prunes_fixed_entries_and_adds_only_when_asked(project, cli):
    cli("baseline", cwd=project)
    bl = project / "schemalint-baseline.json"
    n_before = len(read(bl)["entries"])
    assert any(e["column"] == "nik" for e in read(bl)["entries"])
    (project / "migrations" / "V1__peserta.sql").write_text(FIXED)
    (project / "migrations" / "V2__npwp.sql").write_text(NEW_NPWP)

    r = cli("baseline", "--update", cwd=project)
    assert r.code == 0, r.err
    assert "pruned (fixed)" in r.err and "not added (use --add-new" in r.err
    entries = read(bl)["entries"]
    assert not any(e["column"] == "nik" for e in entries)  # pruned
    assert not any(e["column"] == "npwp" for e in entries)  # not added
    assert len(entries) < n_before
    assert cli("check", "--baseline", str(bl), cwd=project).code == 1  # npwp still fails

    r = cli("baseline", "--update", "--add-new", "--reason", "accepted in review", cwd=project)
    assert r.code == 0
    npwp = [e for e in read(bl)["entries"] if e["column"] == "npwp"]
    assert npwp and all(e["reason"] == "accepted in review" for e in npwp)
    assert cli("check", "--baseline", str(bl), cwd=project).code == 0


def test_update_renews_expired_entries_only_when_asked(project, cli):
    cli("baseline", "--expires", "2000-01-01", cwd=project)
    bl = project / "schemalint-baseline.json"
    r = cli("baseline", "--update", cwd=project)
    assert "expired" in r.err
    assert all(e["expires"] == "2000-01-01" for e in read(bl)["entries"])  # kept, still failing
    r = cli("baseline", "--update", "--drop-expired", "--add-new", "--expires", "2999-01-01", cwd=project)
    assert r.code == 0
    assert all(e["expires"] == "2999-01-01" for e in read(bl)["entries"])
    assert cli("check", "--baseline", str(bl), cwd=project).code == 0


def test_update_keeps_entries_of_rules_that_did_not_run(project, cli):
    cli("baseline", cwd=project)
    bl = project / "schemalint-baseline.json"
    before = read(bl)
    (project / "migrations" / "V1__peserta.sql").write_text(FIXED)
    cli("baseline", "--update", "--select", "RET", cwd=project)
    assert [e for e in read(bl)["entries"] if e["code"] == "ENC001"] == [
        e for e in before["entries"] if e["code"] == "ENC001"]


def test_update_without_changes_is_byte_identical(project, cli):
    cli("baseline", cwd=project)
    bl = project / "schemalint-baseline.json"
    first = bl.read_bytes()
    cli("baseline", "--update", cwd=project)
    assert bl.read_bytes() == first
    doc = read(bl)
    doc["comment"] = "accepted in the 2026 adoption, see ADR-9"
    bl.write_text(json.dumps(doc, indent=2) + "\n")
    cli("baseline", "--update", cwd=project)
    assert read(bl)["comment"] == "accepted in the 2026 adoption, see ADR-9"  # kept on rewrite


def test_check_never_writes_the_baseline(project, cli):
    cli("baseline", "--expires", "2000-01-01", cwd=project)
    bl = project / "schemalint-baseline.json"
    (project / "migrations" / "V2__npwp.sql").write_text(NEW_NPWP)
    (project / "migrations" / "V1__peserta.sql").write_text(FIXED)
    before, mtime = bl.read_bytes(), bl.stat().st_mtime_ns
    for args in (["check", "--baseline", str(bl)], ["check"], ["check", "migrations/V2__npwp.sql"]):
        cli(*args, cwd=project)
    (project / ".schemalint.yaml").write_text(f"baseline: {bl.name}\n")
    r = cli("check", "migrations/V2__npwp.sql", cwd=project)  # the pre-commit hook's command line
    assert r.code == 1
    assert bl.read_bytes() == before and bl.stat().st_mtime_ns == mtime


def test_configured_baseline_and_no_baseline(project, cli):
    (project / "config").mkdir()
    (project / "config" / "schemalint.yaml").write_text("baseline: accepted.json\n")
    r = cli("baseline", "--config", "config/schemalint.yaml", cwd=project)
    assert r.code == 0, r.err
    assert (project / "config" / "accepted.json").is_file()  # relative to the configuration file
    assert cli("check", "--config", "config/schemalint.yaml", cwd=project).code == 0
    r = cli("check", "--config", "config/schemalint.yaml", "--no-baseline", cwd=project)
    assert r.code == 1


def test_baseline_refuses_to_overwrite(project, cli):
    assert cli("baseline", cwd=project).code == 0
    r = cli("baseline", cwd=project)
    assert r.code == 2
    assert "already exists" in r.err and "--update" in r.err


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('{"version": 3, "entries": []}', "unsupported baseline version 3"),
    ('{"version": 2, "entries": [{"fingerprint": "a", "code": "ENC001"}]}', "entries[0]: 'history'"),
    ('{"version": 1, "entries": [{"code": "ENC001"}]}', "entries[0]: 'fingerprint'"),
    ('{"version": 1, "entries": [{"fingerprint": "a", "code": "ENC001", "line": 3}]}', "unknown key 'line'"),
    ('{"version": 1, "entries": [{"fingerprint": "a", "code": "ENC001", "expires": "soon"}]}', "not a date"),
    ('[]', "a baseline is a JSON object"),
])
def test_invalid_baseline_exits_2(project, cli, content, message):
    (project / "bl.json").write_text(content)
    r = cli("check", "--baseline", "bl.json", cwd=project)
    assert r.code == 2
    assert "bl.json" in r.err and message in r.err, r.err
    assert r.out == ""


def test_missing_baseline_exits_2(project, cli):
    r = cli("check", "--baseline", "nope.json", cwd=project)
    assert r.code == 2
    assert "nope.json: baseline file not found" in r.err


def test_usage_errors(project, cli):
    assert cli("baseline", "--add-new", cwd=project).code == 2
    assert cli("baseline", "--expires", "tomorrowish", cwd=project).code == 2
    cli("baseline", cwd=project)
    r = cli("baseline", "--update", "--reason", "x", cwd=project)
    assert r.code == 2 and "--add-new" in r.err
    r = cli("baseline", "--update", "migrations/V1__peserta.sql", cwd=project)
    assert r.code == 2 and "not single files" in r.err


def test_diff_base_and_expired_baseline(repo, cli):
    """An expired entry fails even when the diff base had the finding."""
    repo.write("migrations/V1__peserta.sql", LEGACY)
    repo.commit()
    assert cli("baseline", "--expires", "2000-01-01", cwd=repo.path).code == 0
    r = cli("check", "--diff-base", "main", "--baseline", "schemalint-baseline.json",
            "--output-format", "json", cwd=repo.path)
    assert r.code == 1
    assert all("expired on 2000-01-01" in f["message"] for f in r.json()["findings"])
    assert cli("check", "--diff-base", "main", cwd=repo.path).code == 0
    sarif = cli("check", "--diff-base", "main", "--baseline", "schemalint-baseline.json",
                "--output-format", "sarif", cwd=repo.path).json()
    results = sarif["runs"][0]["results"]
    assert results and all(r["baselineState"] == "unchanged" for r in results)
    props = sarif["runs"][0]["invocations"][0]["properties"]
    assert props["diffBase"] == "main" and props["baselineExpired"] == len(results)


# --------------------------------------------------------------------------
# A baseline written when RET001 was one finding per column
# --------------------------------------------------------------------------

NO_RETENTION = """CREATE TABLE pasien (
  id BIGINT PRIMARY KEY,
  nama_lengkap VARCHAR(100),
  no_hp VARCHAR(20)
);
"""


def _per_column_baseline(path, columns):
    """What ``schemalint baseline`` wrote for RET001 before it grouped a
    table's columns into one finding: one entry per column."""
    from schemalint.findings import legacy_fingerprint

    entries = [{"fingerprint": legacy_fingerprint("RET001", "pasien", col, cat), "code": "RET001", "table": "pasien",
                "column": col, "category": cat, "reason": "legacy", "expires": "2999-01-01"}
               for col, cat in columns]
    path.write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")


def test_old_per_column_retention_entries_accept_the_tables_finding(tmp_path, cli):
    d = tmp_path / "p"
    (d / "migrations").mkdir(parents=True)
    (d / "migrations" / "V1__pasien.sql").write_text(NO_RETENTION)
    _per_column_baseline(d / "b.json", [("nama_lengkap", "identity.name"), ("no_hp", "contact.phone")])
    r = cli("check", "--select", "RET001", "--baseline", "b.json", "--output-format", "json", cwd=d)
    assert r.code == 0, r.out
    assert r.json()["findings"] == []  # the grouped finding does not resurrect

    # a personal column the baseline never accepted makes the table's decision new
    (d / "migrations" / "V2__email.sql").write_text("ALTER TABLE pasien ADD COLUMN email VARCHAR(100);\n")
    r = cli("check", "--select", "RET001", "--baseline", "b.json", "--output-format", "json", cwd=d)
    assert r.code == 1
    (f,) = r.json()["findings"]
    assert f["table"] == "pasien" and set(f["columns"]) == {"nama_lengkap", "no_hp", "email"}


def test_update_replaces_the_per_column_entries_by_the_tables(tmp_path, cli):
    d = tmp_path / "p"
    (d / "migrations").mkdir(parents=True)
    (d / "migrations" / "V1__pasien.sql").write_text(NO_RETENTION)
    _per_column_baseline(d / "b.json", [("nama_lengkap", "identity.name"), ("no_hp", "contact.phone")])
    r = cli("baseline", "--update", "--select", "RET001", "--baseline", "b.json", cwd=d)
    assert r.code == 0, r.err
    entries = read(d / "b.json")["entries"]
    assert [(e["code"], e["table"], e["column"]) for e in entries] == [("RET001", "pasien", None)]
    assert entries[0]["reason"] == "legacy" and entries[0]["expires"] == "2999-01-01"
    r = cli("check", "--select", "RET001", "--baseline", "b.json", cwd=d)
    assert r.code == 0, r.out
