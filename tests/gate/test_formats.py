"""Every CI output format: its structure, its escaping, and several
formats from one run."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import pytest

from .conftest import REPO, SHARED, assert_valid_sarif

SCHEMA = """CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16) NOT NULL,
  nama VARCHAR(100),
  npwp VARCHAR(20)
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=membership retention=P5Y';
"""

# names that need escaping in every format: quoted identifiers with
# |, %, :, ,, <, &, *, a backtick and a newline
NASTY = '''CREATE TABLE "a|b%c:d,e<f>&*" (
  id INT PRIMARY KEY,
  "x|y:z,%`w" VARCHAR(16)
);
COMMENT ON COLUMN "a|b%c:d,e<f>&*"."x|y:z,%`w" IS 'schemalint: category=gov_id.nik';
COMMENT ON TABLE "a|b%c:d,e<f>&*" IS 'schemalint: purpose=membership retention=P5Y';
'''


@pytest.fixture
def project(tmp_path):
    d = tmp_path / "p"
    (d / "db").mkdir(parents=True)
    (d / "db" / "schema.sql").write_text(SCHEMA)
    return d


@pytest.fixture
def nasty(tmp_path):
    d = tmp_path / "n"
    (d / "db,x:y%z").mkdir(parents=True)
    (d / "db,x:y%z" / "schema.sql").write_text(NASTY)
    return d


def run_fmt(cli, cwd, fmt, *extra):
    r = cli("check", "--output-format", fmt, "--no-cache", *extra, cwd=cwd)
    assert r.code in (0, 1), r.err
    return r


# --------------------------------------------------------------------------
# SARIF
# --------------------------------------------------------------------------


def test_sarif_structure_and_schema(project, cli, sarif_validator):
    r = run_fmt(cli, project, "sarif")
    doc = r.json()
    assert_valid_sarif(sarif_validator, doc)
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "schemalint" and driver["version"] and driver["informationUri"]
    rules = driver["rules"]
    ids = [x["id"] for x in rules]
    enc = rules[ids.index("ENC001")]
    assert enc["helpUri"].endswith("/ENC001.md")
    assert enc["shortDescription"]["text"] and enc["fullDescription"]["text"]
    assert "## How to fix" in enc["help"]["markdown"]
    assert enc["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert results
    json_findings = cli("check", "--output-format", "json", "--no-cache", cwd=project).json()["findings"]
    assert len(results) == len(json_findings)
    for res, f in zip(results, json_findings):
        assert res["ruleId"] == f["code"]
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["partialFingerprints"]["schemalint/v2"] == f["fingerprint"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "db/schema.sql"
        assert loc["region"]["startLine"] == f["location"]["line"]
        assert loc["region"]["startColumn"] == f["location"]["col"]
        assert res["properties"].get("category") == f["category"]
        assert res["properties"].get("table") == f["table"]
    nik = [x for x in results if x["properties"].get("column") == "nik" and x["ruleId"] == "ENC001"]
    assert nik and nik[0]["level"] == "error" and nik[0]["properties"]["category"] == "gov_id.nik"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")


def test_sarif_escaping_and_uris(nasty, cli, sarif_validator):
    doc = run_fmt(cli, nasty, "sarif", "--dialect", "postgres").json()
    assert_valid_sarif(sarif_validator, doc)
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in doc["runs"][0]["results"]}
    assert uris == {"db%2Cx%3Ay%25z/schema.sql"}


def test_sarif_clean_run_is_valid(tmp_path, cli, sarif_validator):
    (tmp_path / "ok.sql").write_text("CREATE TABLE barang (id INT PRIMARY KEY, harga INT);\n")
    r = run_fmt(cli, tmp_path, "sarif")
    assert r.code == 0
    doc = r.json()
    assert_valid_sarif(sarif_validator, doc)
    assert doc["runs"][0]["results"] == []


def _examples():
    ex = REPO / "examples"
    return sorted(p for p in ex.rglob("*") if p.is_file()) if ex.is_dir() else []


def test_sarif_for_the_bundled_examples(cli, sarif_validator):
    if not _examples():
        pytest.skip("examples/ holds no files yet")
    r = cli("check", "--output-format", "sarif", "--no-cache", "examples", cwd=REPO)
    assert r.code in (0, 1), r.err
    doc = r.json()
    assert_valid_sarif(sarif_validator, doc)
    assert doc["runs"][0]["results"], "the examples exist to show findings"


def test_sarif_for_the_khanza_corpus(cli, sarif_validator):
    corpus = SHARED / "corpus" / "khanza-ikti-pg"
    if not corpus.is_dir():
        pytest.skip(f"corpus not found at {corpus} (it sits beside the repository in CI)")
    r = cli("check", "--output-format", "sarif", "--no-cache", str(corpus), cwd=REPO)
    assert r.code in (0, 1), r.err
    doc = r.json()
    assert_valid_sarif(sarif_validator, doc)
    results = doc["runs"][0]["results"]
    assert results
    for res in results:
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "khanza-ikti-pg/" in uri


# --------------------------------------------------------------------------
# GitHub workflow commands
# --------------------------------------------------------------------------

_CMD = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def _props(text):
    return dict(p.split("=", 1) for p in text.split(","))


def test_github_commands(project, cli):
    r = run_fmt(cli, project, "github")
    lines = r.out.splitlines()
    cmds = [ln for ln in lines if ln.startswith("::")]
    findings = cli("check", "--output-format", "json", "--no-cache", cwd=project).json()["findings"]
    assert len(cmds) == len(findings)
    assert lines[-1].startswith("Found ")  # the summary is not a command
    for ln, f in zip(cmds, findings):
        m = _CMD.match(ln)
        assert m, ln
        want = {"error": "error", "warning": "warning", "hint": "notice"}[f["severity"]]
        assert m.group(1) == want
        props = _props(m.group("props"))
        assert props["file"] == "db/schema.sql"
        assert props["line"] == str(f["location"]["line"]) and props["col"] == str(f["location"]["col"])
        assert props["title"].startswith(f["code"] + " ")
        assert "\n" not in m.group("msg") and "%0A" in m.group("msg")  # message, fix and link


def test_github_escaping(nasty, cli):
    from schemalint.reporters.github import escape_data, escape_property

    assert escape_data("50% a\r\nb:c,d") == "50%25 a%0D%0Ab:c,d"
    assert escape_property("50% a\r\nb:c,d") == "50%25 a%0D%0Ab%3Ac%2Cd"
    r = run_fmt(cli, nasty, "github", "--dialect", "postgres")
    cmds = [ln for ln in r.out.splitlines() if ln.startswith("::")]
    assert cmds
    for ln in cmds:
        m = _CMD.match(ln)
        assert m, ln
        props = _props(m.group("props"))  # no stray , or : inside a property
        assert props["file"] == "db%2Cx%3Ay%25z/schema.sql"
        assert "%" not in m.group("msg").replace("%25", "").replace("%0A", "").replace("%0D", "")


# --------------------------------------------------------------------------
# GitLab Code Quality
# --------------------------------------------------------------------------


def test_gitlab_code_quality(project, cli):
    r = run_fmt(cli, project, "gitlab")
    issues = r.json()
    findings = cli("check", "--output-format", "json", "--no-cache", cwd=project).json()["findings"]
    assert isinstance(issues, list) and len(issues) == len(findings)
    for issue, f in zip(issues, findings):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"].startswith(f["code"])
        assert issue["fingerprint"] == f["fingerprint"]
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"] == {"path": "db/schema.sql", "lines": {"begin": f["location"]["line"]}}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_unique(tmp_path):
    from schemalint.model import Finding, Location
    from schemalint.pipeline import RunResult
    from schemalint.reporters.gitlab import document

    run = RunResult()
    run.findings = [Finding("PARSE001", "unparsable-input", "error", "m", Location("a.sql", i), fingerprint="fp")
                    for i in (1, 2)]
    assert [i["fingerprint"] for i in document(run)] == ["fp", "fp-2"]


# --------------------------------------------------------------------------
# JUnit
# --------------------------------------------------------------------------


def test_junit(project, cli):
    r = run_fmt(cli, project, "junit")
    root = ET.fromstring(r.out)
    findings = cli("check", "--output-format", "json", "--no-cache", cwd=project).json()["findings"]
    assert root.tag == "testsuites"
    assert root.get("failures") == str(len(findings))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(findings)
    suite = root.find("testsuite")
    assert suite.get("name") == "db/schema.sql"
    for case, f in zip(cases, findings):
        fail = case.find("failure")
        assert fail.get("type") == f["code"]
        assert fail.get("message") == f["message"]
        assert case.get("classname") == "db/schema.sql"


def test_junit_escaping_and_clean_run(nasty, cli, tmp_path):
    r = run_fmt(cli, nasty, "junit", "--dialect", "postgres")
    root = ET.fromstring(r.out)  # well-formed despite <, &, quotes
    assert any('a|b%c:d,e<f>&*' in (c.get("name") or "") for c in root.iter("testcase"))
    from schemalint.model import Finding, Location
    from schemalint.pipeline import RunResult
    from schemalint.reporters import ReportOptions, render

    run = RunResult()
    run.findings = [Finding("PARSE001", "unparsable-input", "error", "bad \x00\x1b[31m byte & <x>",
                            Location("a.sql"), fingerprint="f")]
    root = ET.fromstring(render("junit", run, ReportOptions()))
    # control characters are shown escaped (schemalint.escape), as in every format
    assert root.find(".//failure").get("message") == "bad \\x00\\x1b[31m byte & <x>"
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "ok.sql").write_text("CREATE TABLE barang (id INT PRIMARY KEY);\n")
    root = ET.fromstring(run_fmt(cli, clean, "junit").out)
    assert root.get("failures") == "0" and len(root.findall(".//testcase")) == 1


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------


def test_markdown(project, cli):
    r = run_fmt(cli, project, "markdown")
    md = r.out
    assert "\x1b" not in md
    findings = cli("check", "--output-format", "json", "--no-cache", cwd=project).json()["findings"]
    assert f"**{len(findings)} findings**" in md
    assert "| Table | Category | Findings | Rules |" in md
    rows = [ln for ln in md.splitlines() if ln.startswith("| `peserta`")]
    assert any("`gov_id.nik`" in row and "ENC001" in row for row in rows)
    assert md.count("\n- **") == len(findings)
    assert "(https://github.com/schemalint/schemalint/blob/main/docs/rules/ENC001.md)" in md


def test_markdown_escaping(nasty, cli):
    md = run_fmt(cli, nasty, "markdown", "--dialect", "postgres").out
    table = [ln for ln in md.splitlines() if ln.startswith("| ") and "gov_id.nik" in ln]
    assert table
    for row in table:
        # exactly the 5 cell separators: every | inside a cell is escaped
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    assert "\x1b" not in md


def test_markdown_with_diff_base_summary(repo, cli):
    repo.write("m/V1__a.sql", SCHEMA)
    repo.commit()
    repo.write("m/V2__b.sql", "ALTER TABLE peserta ADD COLUMN no_paspor VARCHAR(20);\n")
    r = cli("check", "--diff-base", "main", "--output-format", "markdown", "--no-cache", cwd=repo.path)
    assert "new finding" in r.out and "relative to `main`" in r.out
    assert "already present there not shown" in r.out
    sarif = cli("check", "--diff-base", "main", "--output-format", "sarif", "--no-cache", cwd=repo.path).json()
    assert [x["baselineState"] for x in sarif["runs"][0]["results"]] == ["new"] * len(sarif["runs"][0]["results"])


# --------------------------------------------------------------------------
# Several formats at once; stdout carries only the report
# --------------------------------------------------------------------------


def test_several_formats_in_one_run(project, cli, sarif_validator):
    r = cli("check", "--output-format", "text", "--no-cache", "--sarif-output", "out.sarif",
            "--report", "junit=out.xml", "--json-output", "out.json", "--gitlab-output", "gl.json",
            "--markdown-output", "out.md", cwd=project)
    assert r.code == 1
    assert r.out.splitlines()[-1].startswith("Found ")
    n = len(json.loads((project / "out.json").read_text())["findings"])
    sarif = json.loads((project / "out.sarif").read_text())
    assert_valid_sarif(sarif_validator, sarif)
    assert len(sarif["runs"][0]["results"]) == n
    assert len(ET.parse(project / "out.xml").getroot().findall(".//testcase")) == n
    assert len(json.loads((project / "gl.json").read_text())) == n
    assert "## schemalint" in (project / "out.md").read_text()
    # text lines on stdout: one per finding plus the summary
    assert len(r.out.splitlines()) == n + 1


def test_machine_format_to_file_keeps_stdout_empty(project, cli):
    r = cli("check", "--output-format", "sarif", "-o", "r.sarif", "--no-cache", "--report",
            "github=gh.txt", cwd=project)
    assert r.code == 1
    assert r.out == ""
    json.loads((project / "r.sarif").read_text())
    assert (project / "gh.txt").read_text().startswith("::")


def test_quiet_still_writes_reports(project, cli):
    r = cli("check", "-q", "--sarif-output", "q.sarif", "--no-cache", cwd=project)
    assert r.code == 1 and r.out == "" and (project / "q.sarif").is_file()


def test_bad_report_spec_exits_2(project, cli):
    for spec in ("sarif", "xml=out.xml", "=x"):
        r = cli("check", "--report", spec, cwd=project)
        assert r.code == 2, spec
        assert "--report" in r.err
    r = cli("check", "-o", "a.json", "--json-output", "a.json", cwd=project)
    assert r.code == 2


def test_formats_are_registered():
    from schemalint.reporters import FORMATS

    assert {"text", "json", "sarif", "github", "gitlab", "junit", "markdown"} <= set(FORMATS)
    for name, load in FORMATS.items():
        assert callable(load().render), name
