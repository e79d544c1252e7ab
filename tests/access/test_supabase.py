"""The Supabase-shaped project of issue 17 (tests/access/fixtures/supabase):
an exposed ``public`` schema, a ``profiles`` table with ``nik`` and no RLS,
a table with RLS and no policy, a view over it granted to ``anon``, and
things that must stay silent.  It yields exactly the ACC findings expected,
in ``check``, in SARIF, and in the audit (which shows who can read each
high-risk column)."""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import REPO
from tests.gate.conftest import assert_valid_sarif, sarif_validator  # noqa: F401 - a fixture

PROJECT = REPO / "tests" / "access" / "fixtures" / "supabase"
PROFILES = "supabase/migrations/20240101000000_profiles.sql"
REKAM = "supabase/migrations/20240102000000_rekam_medis.sql"

#: (file, line, rule, severity): every ACC finding, exactly
EXPECTED = {
    (PROFILES, 3, "ACC002", "error"),  # profiles: personal data, exposed schema, no RLS
    (REKAM, 8, "ACC002", "hint"),  # rekam_medis: RLS without a policy denies all: only a hint
    (REKAM, 11, "ACC001", "error"),  # the view hands diagnosa to anon
    (REKAM, 11, "ACC003", "warning"),  # ... unmasked, past the base table's RLS
}


def cli(capsys, *args):
    from schemalint.cli import main

    cwd = os.getcwd()
    os.chdir(PROJECT)
    try:
        code = main(list(args))
    finally:
        os.chdir(cwd)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_finds_exactly_the_expected(capsys):
    code, out, _ = cli(capsys, "check", ".", "--no-cache", "--output-format", "json", "--select", "ACC")
    assert code == 1
    doc = json.loads(out)
    got = {(f["location"]["path"], f["location"]["line"], f["code"], f["severity"]) for f in doc["findings"]}
    assert got == EXPECTED
    by_code = {f["code"]: f for f in doc["findings"] if f["severity"] != "hint"}
    assert "nik" in by_code["ACC002"]["message"] and "anon, authenticated" in by_code["ACC002"]["message"]
    assert "supabase/ directory" in by_code["ACC002"]["why"]
    assert "rekam_medis_ringkas" in by_code["ACC001"]["message"]
    assert "rekam_medis.diagnosa" in by_code["ACC003"]["message"]
    assert "security_invoker" in by_code["ACC003"]["fix"]


def test_text_output_names_the_rules(capsys):
    code, out, _ = cli(capsys, "check", ".", "--no-cache", "--select", "ACC")
    assert code == 1
    lines = [x for x in out.splitlines() if ": ACC" in x]
    assert [x.split(": ", 1)[1].split(" ", 1)[0] for x in lines] == ["ACC002", "ACC002", "ACC001", "ACC003"]


def test_sarif_carries_the_rules_and_results(capsys, sarif_validator):  # noqa: F811
    code, out, _ = cli(capsys, "check", ".", "--no-cache", "--output-format", "sarif", "--select", "ACC")
    doc = json.loads(out)
    assert_valid_sarif(sarif_validator, doc)
    run = doc["runs"][0]
    results = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"], r["level"])
               for r in run["results"]}
    level = {"error": "error", "warning": "warning", "hint": "note"}
    assert results == {(p, line, c, level[s]) for p, line, c, s in EXPECTED}
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"ACC001", "ACC002", "ACC003"} <= set(rules)
    assert rules["ACC001"]["helpUri"].endswith("docs/rules/ACC001.md")


@pytest.fixture(scope="module")
def audit_doc():
    import contextlib
    import io

    from schemalint.cli import main

    cwd = os.getcwd()
    os.chdir(PROJECT)
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            main(["audit", ".", "--no-cache", "--format", "json"])
    finally:
        os.chdir(cwd)
    return json.loads(buf.getvalue())


def _column(doc, table, column):
    t = next(t for t in doc["tables"] if t["table"] == table)
    return next(c for c in t["columns"] if c["column"] == column)


def test_audit_shows_who_can_read_each_high_risk_column(audit_doc):
    nik = _column(audit_doc, "profiles", "nik")
    assert {(r["role"], r["via"], r["rows"], r["anonymous"]) for r in nik["readers"]} == {
        ("anon", "platform", "all", True), ("authenticated", "platform", "all", True)}
    diagnosa = _column(audit_doc, "rekam_medis", "diagnosa")
    got = {(r["role"], r["via"], r["through"], r["rows"]) for r in diagnosa["readers"]}
    # directly: no row (RLS, no policy); through the view: every row
    assert ("anon", "platform", None, "none") in got
    assert ("anon", "view", "rekam_medis_ringkas", "all") in got
    grant = next(r for r in diagnosa["readers"] if r["via"] == "view" and r["role"] == "anon"
                 and r["location"] is not None)
    assert grant["location"]["line"] == 15
    assert _column(audit_doc, "profiles", "nama_lengkap")["readers"] is None  # not a high-risk column
    a = audit_doc["summary"]["access"]
    assert a["platforms"] == ["supabase"]
    assert (a["high_risk_columns"], a["anonymous"]["count"]) == (3, 3)


def test_audit_json_matches_the_documented_schema(audit_doc):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "docs" / "audit.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(audit_doc, schema)


def test_audit_text_and_html_show_the_readers(capsys):
    code, out, _ = cli(capsys, "audit", ".", "--no-cache")
    assert "Who can read the high-risk columns" in out
    assert "rekam_medis.diagnosa: anon (through view rekam_medis_ringkas" in out
    code, out, _ = cli(capsys, "audit", ".", "--no-cache", "--format", "html")
    assert "<th>Readable by</th>" in out and "through view rekam_medis_ringkas" in out
