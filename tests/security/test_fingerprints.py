"""D6, D7: a finding's identity includes the project (migration history)
it belongs to, and a baseline entry is used only when its labels are
those its fingerprint was made from."""

from __future__ import annotations

import hashlib
import json

from .conftest import PESERTA


def _new(r):
    return sorted((f["location"]["path"], f["code"]) for f in json.loads(r.out)["findings"])


def test_a_copy_of_a_project_is_new_at_the_diff_base(repo, cli):
    repo.write("billing/db/migrations/001_init.sql", PESERTA)
    repo.commit("base")
    repo.write("hr/db/migrations/001_init.sql", PESERTA)
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", cwd=repo.path)
    assert r.code == 1, r.err
    new = _new(r)
    assert new and {p for p, _ in new} == {"hr/db/migrations/001_init.sql"}
    assert ("hr/db/migrations/001_init.sql", "ENC001") in new


def test_a_copy_of_a_project_is_not_baselined(project, cli):
    project.write("billing/db/migrations/001_init.sql", PESERTA)
    assert cli("baseline", "--no-cache").code == 0
    project.write("hr/db/migrations/001_init.sql", PESERTA)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 1
    assert {p for p, _ in _new(r)} == {"hr/db/migrations/001_init.sql"}
    fps = [f["fingerprint"] for f in json.loads(cli("check", "--no-cache", "--format", "json").out)["findings"]]
    assert len(fps) == len(set(fps))


def test_moving_a_migration_within_its_history_keeps_its_identity(repo, cli):
    repo.write("db/migrations/V1__a.sql", PESERTA)
    repo.commit("base")
    repo.git("mv", "db/migrations/V1__a.sql", "db/migrations/V1__renamed.sql")
    r = cli("check", "--no-cache", "--diff-base", "main", cwd=repo.path)
    assert r.code == 0 and "Found 0 findings" in r.out, r.out


def _entries(project):
    return json.loads((project / "schemalint-baseline.json").read_text())


def _write(project, doc):
    (project / "schemalint-baseline.json").write_text(json.dumps(doc, indent=2))


def test_an_edited_baseline_entry_is_rejected_with_a_message(project, cli):
    project.write("db/V1__a.sql", PESERTA)
    assert cli("baseline", "--no-cache").code == 0
    doc = _entries(project)
    enc = next(e for e in doc["entries"] if e["code"] == "ENC001")
    # the reviewer sees an innocuous entry; its fingerprint is ENC001 peserta.nik
    enc.update(code="MIN005", table="legacy_log", column="payload", category=None)
    _write(project, doc)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 1
    assert [f["code"] for f in json.loads(r.out)["findings"]] == ["ENC001"]
    assert "rejected" in r.err and "legacy_log" in r.err and "peserta.nik" in r.err  # what it really is


def test_a_baseline_entry_with_a_forged_history_is_rejected(project, cli):
    project.write("db/V1__a.sql", PESERTA)
    assert cli("baseline", "--no-cache").code == 0
    doc = _entries(project)
    for e in doc["entries"]:
        assert e["history"] == "db"
        e["history"] = "legacy"
    _write(project, doc)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 1 and len(json.loads(r.out)["findings"]) == len(doc["entries"])
    assert "rejected" in r.err


def _v1(code, table, column, category):
    key = "|".join((code, table.lower(), column.lower(), category or ""))
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _version_1_baseline(project, cli):
    """Write a version 1 baseline (no project in its fingerprints) of the
    current findings on tables, as schemalint wrote them before; its entries."""
    r = cli("check", "--no-cache", "--format", "json")
    entries = [{"fingerprint": _v1(f["code"], f["table"] or "", f["column"] or "", f["category"]),
                "code": f["code"], "table": f["table"], "column": f["column"], "category": f["category"]}
               for f in json.loads(r.out)["findings"] if f["table"]]
    _write(project, {"version": 1, "entries": entries})
    return entries


def test_an_honest_version_1_baseline_keeps_working(project, cli):
    project.write("db/V1__a.sql", PESERTA)
    entries = _version_1_baseline(project, cli)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 0 and json.loads(r.out)["findings"] == [], r.out + r.err
    # edited: the entry no longer matches the finding it would hide
    entries[0]["table"] = "legacy_log"
    _write(project, {"version": 1, "entries": entries})
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 1 and len(json.loads(r.out)["findings"]) == 1 and "rejected" in r.err
    # the update writes version 2, keeping what the entries said
    entries[0]["table"] = "peserta"
    _write(project, {"version": 1, "entries": entries})
    assert cli("baseline", "--no-cache", "--update").code == 0
    doc = _entries(project)
    assert doc["version"] == 2 and len(doc["entries"]) == len(entries)
    assert all(e["history"] == "db" for e in doc["entries"])
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 0 and json.loads(r.out)["findings"] == []
    project.write("hr/db/V1__a.sql", PESERTA)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert {f["location"]["path"] for f in json.loads(r.out)["findings"]} == {"hr/db/V1__a.sql"}


def test_a_version_1_entry_that_fits_two_projects_hides_neither(project, cli):
    project.write("billing/db/V1__a.sql", PESERTA)
    entries = _version_1_baseline(project, cli)
    project.write("hr/db/V1__a.sql", PESERTA)
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert r.code == 1
    assert len(json.loads(r.out)["findings"]) == 2 * len(entries)
    assert "schemalint baseline --update" in r.err
    assert cli("baseline", "--no-cache", "--update").code == 0  # ambiguous entries are not carried over
    assert _entries(project)["entries"] == []
