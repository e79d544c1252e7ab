"""Red-team: statements without a semicolon.

T-SQL needs no ``;`` between the statements of a batch, and Oracle
SQL*Plus scripts (which Flyway runs) end PL/SQL with ``/`` and carry
line-ended client commands (SET, PROMPT, REM, WHENEVER, SPOOL).  The
splitter (schemalint/frontends/sql/split.py) cuts only at ``;`` and GO,
and statements.py sorts the glued text by its first word: SELECT, SET,
BEGIN, PRINT, USE... (NOOP_FIRST, statements.py:24) make the whole
statement a silent no-op; IF, PROMPT, REM... make it a -v note.  The
ALTER that follows, which the database runs, vanishes."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate, known_bypasses

TSQL_BASE = "CREATE TABLE [dbo].[pasien] ([id] INT NOT NULL PRIMARY KEY, [nama] NVARCHAR(100))\nGO\n"
ALTER_T = "ALTER TABLE [dbo].[pasien] ADD [nik] CHAR(16)\nGO\n"
TSQL = {
    "set-option-first": "SET ANSI_NULLS ON\n" + ALTER_T,
    "begin-transaction-first": "BEGIN TRANSACTION\nALTER TABLE [dbo].[pasien] ADD [nik] CHAR(16)\nCOMMIT\nGO\n",
    "print-first": "PRINT 'adding nik'\n" + ALTER_T,
    "use-first": "USE [mydb]\n" + ALTER_T,
    "select-first": "SELECT 1\n" + ALTER_T,
    "if-not-exists-guard": "IF NOT EXISTS (SELECT * FROM sys.columns WHERE name = 'nik')\n    " + ALTER_T,
    "exec-literal": "EXEC('ALTER TABLE [dbo].[pasien] ADD [nik] CHAR(16)')\nGO\n",
}

ORA_BASE = "CREATE TABLE pasien (id NUMBER(10) PRIMARY KEY, nama VARCHAR2(100));\n"
ALTER_O = "ALTER TABLE pasien ADD nik CHAR(16);\n"
ORACLE = {
    "sqlplus-slash-terminator": "SELECT 1 FROM dual\n/\nALTER TABLE pasien ADD nik CHAR(16)\n/\n",
    "sqlplus-set-define-off": "SET DEFINE OFF\n" + ALTER_O,
    "sqlplus-prompt": "PROMPT adding column\n" + ALTER_O,
    "sqlplus-rem": "REM adding column\n" + ALTER_O,
    "sqlplus-whenever": "WHENEVER SQLERROR EXIT FAILURE\n" + ALTER_O,
    "plsql-execute-immediate-literal": "BEGIN\n  EXECUTE IMMEDIATE 'ALTER TABLE pasien ADD nik CHAR(16)';\nEND;\n/\n",
}


@pytest.mark.parametrize("case", known_bypasses(TSQL, "a T-SQL batch statement without ';' swallows the ALTER; "
                                                      "the gate passes", ["exec-literal", "set-option-first"]))
def test_tsql_batch_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {"db/V1__init.sql": TSQL_BASE}, {"db/V2__nik.sql": TSQL[case]})
    assert_caught(r, findings)


@pytest.mark.parametrize("case", known_bypasses(ORACLE, "an SQL*Plus command or PL/SQL block swallows the ALTER; "
                                                        "the gate passes", ["sqlplus-set-define-off"]))
def test_oracle_script_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {"db/V1__init.sql": ORA_BASE}, {"db/V2__nik.sql": ORACLE[case]})
    assert_caught(r, findings)


@pytest.mark.parametrize("text", ["ALTER TABLE pasien ADD (nik CHAR(16));\n",
                                  "ALTER TABLE pasien ADD (nik VARCHAR2(16), nama_ibu VARCHAR2(100));\n"])
def test_oracle_parenthesised_add_fails_the_gate(repo, cli, text):
    r, findings = gate(repo, cli, {"db/V1__init.sql": ORA_BASE}, {"db/V2__nik.sql": text})
    assert_caught(r, findings)


def test_control_plain_tsql_and_oracle_are_caught(repo, cli):
    r, findings = gate(repo, cli, {"db/V1__init.sql": TSQL_BASE, "ora/V1__init.sql": ORA_BASE},
                       {"db/V2__nik.sql": ALTER_T, "ora/V2__nik.sql": ALTER_O})
    assert_caught(r, findings)
    assert len([f for f in findings if f["code"] == "ENC001"]) == 2, findings
