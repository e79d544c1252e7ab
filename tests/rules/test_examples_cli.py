"""The bundled BPJS example and its fixed version, through the CLI."""

from __future__ import annotations

import json
import re

from tests.conftest import REPO, run_cli

LEAKED = "examples/bpjs_peserta.sql"
FIXED = "examples/fixed/bpjs_peserta.sql"


def _line_of(path: str, pattern: str) -> int:
    lines = (REPO / path).read_text(encoding="utf-8").split("\n")
    hits = [i + 1 for i, line in enumerate(lines) if re.search(pattern, line)]
    assert len(hits) == 1, f"{pattern!r} in {path}: {hits}"
    return hits[0]


def test_the_leaked_record_fires_with_located_explained_findings():
    r = run_cli("check", "--isolated", "--no-cache", "--format", "json", LEAKED, cwd=REPO)
    assert r.returncode == 1, r.stderr
    findings = json.loads(r.stdout)["findings"]
    by_code = {}
    for f in findings:
        by_code.setdefault(f["code"], []).append(f)
    for code in ("ENC001", "RET001", "MIN001", "MIN003"):
        assert code in by_code, f"{code} missing: {sorted(by_code)}"
        for f in by_code[code]:
            assert f["why"] and f["fix"] and f["message"]
            assert f["location"]["path"] == LEAKED
    create = _line_of(LEAKED, r"^CREATE TABLE peserta \(")
    nik = _line_of(LEAKED, r"^\s+nik\s+CHAR\(16\) NOT NULL")
    gaji = _line_of(LEAKED, r"^\s+gaji\s")
    (kit,) = by_code["MIN003"]
    assert (kit["location"]["line"], kit["location"]["col"]) == (create, 1)
    assert len(kit["related"]) >= 4
    assert kit["category"] == "gov_id.nik" and "shape of the leaked BPJS record" in kit["message"]
    enc = {(f["location"]["line"], f["category"]) for f in by_code["ENC001"]}
    assert (nik, "gov_id.nik") in enc and (gaji, "financial.salary") in enc
    assert any(f["location"]["line"] == create for f in by_code["MIN001"])
    # one retention decision for the table, at its creation, naming every column it covers
    (ret,) = [f for f in by_code["RET001"] if f["table"] == "peserta"]
    assert (ret["location"]["line"], ret["location"]["col"]) == (create, 1)
    assert {"nik", "gaji", "nama"} <= set(ret["columns"]) and "retention=P" in ret["message"]
    # README.md and docs/json-format.md quote this finding at examples/bpjs_peserta.sql:12:3
    assert nik == 12 and any(f["location"]["line"] == 12 and f["location"]["col"] == 3
                             for f in by_code["ENC001"])


def test_the_text_report_says_where_and_what_to_do():
    r = run_cli("check", "--isolated", "--no-cache", "--show-why", "--select", "ENC001", LEAKED, cwd=REPO)
    assert r.returncode == 1
    nik = _line_of(LEAKED, r"^\s+nik\s+CHAR\(16\) NOT NULL")
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith(f"{LEAKED}:{nik}:"))
    assert "ENC001 [gov_id.nik] peserta.nik holds NIK (national ID number) in plaintext CHAR(16)" in line
    assert "schemalint: encrypted=<method>" in line and "keyed hash" in line
    assert "    why: classified as gov_id.nik" in r.stdout and "    fix: " in r.stdout


def test_the_fixed_version_exits_zero_on_its_own():
    r = run_cli("check", "--isolated", "--no-cache", "--fail-on", "hint", FIXED, cwd=REPO)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Found 0 findings" in r.stdout


def test_rule_names_work_on_the_command_line():
    r = run_cli("check", "--isolated", "--no-cache", "--select", "identity-kit,purpose-not-declared",
                "--format", "json", LEAKED, cwd=REPO)
    codes = {f["code"] for f in json.loads(r.stdout)["findings"]}
    assert codes == {"MIN003", "MIN001"}
    r = run_cli("check", "--isolated", "--no-cache", "--ignore", "MIN,missing-retention",
                "--format", "json", LEAKED, cwd=REPO)
    codes = {f["code"] for f in json.loads(r.stdout)["findings"]}
    assert codes == {"ENC001"}  # the UNIQUE noka is declared with it: one finding (ENC001) says both
    r = run_cli("check", "--isolated", "--no-cache", "--select", "ENC002", "--format", "json", LEAKED, cwd=REPO)
    assert {f["code"] for f in json.loads(r.stdout)["findings"]} == {"ENC002"}


def test_rule_pages_print_by_code_and_name():
    by_code = run_cli("rule", "ENC002", cwd=REPO)
    by_name = run_cli("rule", "plaintext-sensitive-key", cwd=REPO)
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert by_code.stdout.startswith("# ENC002 plaintext-sensitive-key")
    assert "## Why it matters" in by_code.stdout
