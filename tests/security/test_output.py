"""D4, D14 (CSV): what the input names cannot do to the reader.

Table, column and file names come from the pull request.  No report may
carry a control character, a lone surrogate or a bidi override from them,
a line of the text or GitHub output may never start with a workflow
command (``::`` or ``##[``) that came from the input, and no CSV cell may
start a formula."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest

from schemalint.escape import UNSAFE, clean, safe_line_start

# a table name that is a GitHub workflow command, a column name that
# clears the terminal and sets its title, a bidi override, C1 controls, a
# line separator, and a comment that is a formula
HOSTILE = ('CREATE TABLE "peserta\n::add-mask::ENC001\n::stop-commands::tok\n##[add-mask]x" '
           '(id int PRIMARY KEY, "nik\x1b[2J\x1b]0;pwn\x07" varchar(16), "nama\u202e" varchar(100), '
           '"\x85npwp\u2028\x9b31m" varchar(20), "=HYPERLINK(1)" varchar(16), '
           '"-2+3" varchar(100), "@SUM(1)" date);\n'
           'COMMENT ON COLUMN "peserta\n::add-mask::ENC001\n::stop-commands::tok\n##[add-mask]x"."=HYPERLINK(1)" '
           "IS '=cmd|'' /C calc''!A0 schemalint: category=gov_id.nik';\n"
           'CREATE TABLE "::add-mask::y" (id int PRIMARY KEY, "##[add-mask]nik" varchar(16), '
           '"  ::set-env name=x::1" varchar(16));\n')

OURS = re.compile(r"^::(error|warning|notice) file=")


def _hostile_lines(text: str):
    """Lines a CI runner would take as workflow commands, not written by us."""
    return [ln for ln in text.split("\n")
            if ln.lstrip().startswith(("::", "##[", "##vso[")) and not OURS.match(ln)]


def _unsafe(text: str):
    return sorted({hex(ord(ch)) for ch in text if ch != "\n" and UNSAFE.match(ch)})


@pytest.fixture
def hostile(project):
    project.write("db/schema.sql", HOSTILE)
    return project


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif", "gitlab", "junit", "markdown"])
@pytest.mark.parametrize("extra", [(), ("-v", "--show-why", "--statistics")])
def test_check_reports_carry_no_control_character_or_command(hostile, cli, fmt, extra):
    r = cli("check", "--no-cache", "--dialect", "postgres", "--format", fmt, *extra)
    assert r.code == 1, r.err
    assert "ENC001" in r.out
    assert _unsafe(r.out) == []
    assert _hostile_lines(r.out) == []
    assert "\r" not in r.out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_classify_escapes_names(hostile, cli, fmt):
    r = cli("classify", "--no-cache", "--dialect", "postgres", "--all", "--format", fmt)
    assert r.code == 0, r.err
    assert "gov_id.nik" in r.out
    assert _unsafe(r.out) == [] and _hostile_lines(r.out) == []


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "markdown", "html", "fides"])
def test_audit_formats_escape_names(hostile, cli, fmt):
    r = cli("audit", "--no-cache", "--dialect", "postgres", "-v", "--format", fmt)
    assert r.code == 0, r.err
    assert _unsafe(r.out.replace("\r\n", "\n")) == []
    assert _hostile_lines(r.out) == []


def test_every_csv_cell_is_guarded_against_formulas(hostile, cli):
    """Labels and every other cell too: a project ruleset (from the tree)
    names its categories."""
    hostile.write("rules.yaml", "schemalint-ruleset: 1\nname: '=evil'\nextends: default\ncategories:\n"
                  "  gov_id.nik:\n    label: '=HYPERLINK(\"http://x\")'\n")
    r = cli("audit", "--no-cache", "--dialect", "postgres", "--format", "csv", "--ruleset", "rules.yaml")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert len(rows) > 2
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (cell, row)
    assert any(cell.startswith("'=") for row in rows for cell in row)  # shown, as text


def test_the_escaping_helper():
    assert clean("a\nb\r\x1b[2J\x07\x85\u202e\u2066\u2028\ud800") == (
        "a\\x0ab\\x0d\\x1b[2J\\x07\\x85\\u202e\\u2066\\u2028\\ud800")
    assert clean("caf\udce9.sql") == "caf\\xe9.sql"  # a file name that is not UTF-8: its byte
    assert clean("plain peserta.nik (NIK) 50% é ü 名前") == "plain peserta.nik (NIK) 50% é ü 名前"
    assert safe_line_start("::add-mask::x") == "\\x3a:add-mask::x"
    assert safe_line_start("  ::x") == "  \\x3a:x"
    assert safe_line_start("##[add-mask]x") == "\\x23#[add-mask]x"
    assert safe_line_start("db/a::b.sql") == "db/a::b.sql"


def test_a_file_named_like_a_command_cannot_start_a_line(project, cli):
    project.write("::add-mask::x.sql", "CREATE TABLE t (nik varchar(16));\n")
    for fmt in ("text", "github"):
        r = cli("check", "--no-cache", "--format", fmt, "-v")
        assert r.code == 1 and "ENC001" in r.out
        assert _hostile_lines(r.out) == [], r.out


def test_stderr_escapes_paths_from_configuration(project, cli):
    """A baseline path with a newline (from .schemalint.yaml) cannot write
    a workflow command or a terminal escape on stderr."""
    project.write("db/V1__a.sql", "CREATE TABLE t (nik varchar(16));\n")
    name = "b\n::add-mask::x\x1b[2J.json"
    project.write(".schemalint.yaml", json.dumps({"baseline": name}) + "\n")
    r = cli("check", "--no-cache")  # not found: an error that names the path
    assert r.code == 2 and "baseline" in r.err
    assert _unsafe(r.err) == [] and _hostile_lines(r.err) == []
    (project / name).write_text('{"version": 2, "entries": []}\n')
    r = cli("check", "--no-cache")  # found: the gate's summary names it
    assert r.code == 1 and "baseline" in r.err, r.err
    assert _unsafe(r.err) == [] and _hostile_lines(r.err) == []


def test_output_file_survives_lone_surrogates(project, cli):
    project.write("versions/a1.py", "from alembic import op\nimport sqlalchemy as sa\nrevision='a1'\n"
                  "down_revision=None\ndef upgrade():\n"
                  "    op.create_table('audit\\ud800', sa.Column('nik', sa.String(16)))\n")
    for fmt in ("text", "json", "sarif", "junit", "gitlab", "markdown", "github"):
        r = cli("check", "--no-cache", "--format", fmt, "-o", f"out.{fmt}")
        assert r.code == 1, (fmt, r.err)
        text = (project / f"out.{fmt}").read_text(encoding="utf-8")
        assert "audit" in text and _unsafe(text) == [], fmt
    assert os.path.getsize(project / "out.text") > 0
