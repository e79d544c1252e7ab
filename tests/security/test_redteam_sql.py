"""Red-team: SQL a pull request adds that the CI gate (``check --diff-base
main --base-config``) lets through with exit 0 and no finding on the new
personal-data column.  Each case is a real statement the database runs and
that adds ``pasien.nik CHAR(16)`` (plaintext NIK); the gate must fail
(ENC001 on it, or a PARSE001 where it cannot tell)."""

from __future__ import annotations

import json

import pytest

BASE_PG = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
BASE_MY = ("CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100)) ENGINE=InnoDB "
           "DEFAULT CHARSET=utf8mb4;\n")


def known_bypasses(cases, reason, fixed=()):
    """The cases as pytest parameters: each one not in ``fixed`` is a known
    bypass, a strict xfail (fixing it makes the test fail until it is listed)."""
    assert set(fixed) <= set(cases), set(fixed) - set(cases)
    return [c if c in fixed else pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=reason))
            for c in sorted(cases)]


def gate(repo, cli, base_files, pr_files):
    for k, v in base_files.items():
        repo.write(k, v)
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "pr")
    for k, v in pr_files.items():
        repo.write(k, v)
    repo.commit("pr")
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", "--base-config", cwd=repo.path)
    assert r.code in (0, 1), r.err
    return r, json.loads(r.out)["findings"]


def assert_caught(r, findings):
    hit = [f for f in findings if (f["code"] == "ENC001" and f["column"] == "nik")
           or f["code"] == "PARSE001"]
    assert r.code == 1 and hit, (r.code, findings)


SILENT = {
    # statements.py:48 _ALTER_NOOP_RE is matched at the start only and not
    # anchored: a no-op first action hides every later action of the list
    "alter-set-storage-param-then-add": (BASE_PG, "ALTER TABLE pasien SET (fillfactor = 70), ADD nik CHAR(16);\n"),
    "alter-owner-then-add": (BASE_PG, "ALTER TABLE pasien OWNER TO postgres, ADD COLUMN nik CHAR(16);\n"),
    "alter-disable-trigger-then-add": (BASE_PG, "ALTER TABLE pasien DISABLE TRIGGER ALL, ADD COLUMN nik CHAR(16);\n"),
    "alter-replica-identity-then-add": (BASE_PG, "ALTER TABLE pasien REPLICA IDENTITY FULL, ADD COLUMN nik CHAR(16);\n"),
    "mysql-rename-index-then-add": (BASE_MY, "ALTER TABLE pasien RENAME INDEX a TO b, ADD COLUMN nik CHAR(16);\n"),
    # statements.py:46/125 _DDL_INSIDE_RE: a DO block whose DDL string is
    # concatenated is a silent no-op (not even the "dynamic SQL" note)
    "pg-do-execute-concatenated": (BASE_PG, "DO $$ BEGIN EXECUTE 'ALTER ' || 'TABLE pasien ADD nik CHAR(16)'; END $$;\n"),
    "pg-function-then-select": (BASE_PG, "CREATE FUNCTION f() RETURNS void AS $$ BEGIN EXECUTE 'ALTER ' || "
                                         "'TABLE pasien ADD nik CHAR(16)'; END $$ LANGUAGE plpgsql;\nSELECT f();\n"),
    # statements.py:24 NOOP_FIRST has PREPARE/SET/DECLARE: MySQL prepared DDL
    # and T-SQL sp_executesql vanish without a note
    "mysql-prepare-from-literal": (BASE_MY, "PREPARE st FROM 'ALTER TABLE pasien ADD nik CHAR(16)';\nEXECUTE st;\n"),
    "mysql-prepare-from-variable": (BASE_MY, "SET @s = 'ALTER TABLE pasien ADD nik CHAR(16)';\nPREPARE st FROM @s;\n"
                                             "EXECUTE st;\nDEALLOCATE PREPARE st;\n"),
    "tsql-sp-executesql": (BASE_PG.replace("varchar(100)", "nvarchar(max)"),
                           "DECLARE @s nvarchar(max) = N'ALTER TABLE pasien ADD nik CHAR(16)';\nEXEC sp_executesql @s;\n"),
    # split.py: MariaDB's executable comment /*M! ... */ runs on MariaDB but
    # is read as a comment (only /*! is unwrapped); no note at all
    "mariadb-executable-comment": (BASE_MY, "/*M!100100 ALTER TABLE pasien ADD COLUMN nik CHAR(16) */;\n"),
    # split.py:109 reads "--" as a comment in every family; MySQL needs a
    # space after it ("--1" is minus minus one), so the ALTER runs
    "mysql-double-dash-without-space": (BASE_MY, "SELECT 1 --1; ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"),
    # psql meta-commands end at the newline; the splitter glues the next
    # statement to them and the whole is a -v note "statement not understood"
    "psql-set-meta-command": (BASE_PG, "\\set ON_ERROR_STOP on\nALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"),
    "psql-connect-meta-command": (BASE_PG, "\\connect mydb\nALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"),
    # DELIMITER in a file sniffed as postgres (no MySQL marker in it):
    # swallowed with the next statement as a note
    "delimiter-without-mysql-markers": (BASE_PG, "DELIMITER //\nALTER TABLE pasien ADD COLUMN nik CHAR(16)//\n"
                                                 "DELIMITER ;\n"),
}


#: fixed: no-op-looking first ALTER actions, concatenated/prepared/variable dynamic DDL
#: (PARSE001), MariaDB executable comments, psql meta-commands, MySQL "--" before no space,
#: DELIMITER in a file sniffed as PostgreSQL
SILENT_FIXED = sorted(SILENT)


@pytest.mark.parametrize("case", known_bypasses(SILENT, "SQL the database runs adds pasien.nik, the gate passes "
                                                        "with exit 0", SILENT_FIXED))
def test_sql_that_adds_nik_fails_the_gate(repo, cli, case):
    base, pr = SILENT[case]
    r, findings = gate(repo, cli, {"db/V1__init.sql": base}, {"db/V2__nik.sql": pr})
    assert_caught(r, findings)


def test_control_plain_alter_is_caught(repo, cli):
    r, findings = gate(repo, cli, {"db/V1__init.sql": BASE_PG},
                       {"db/V2__nik.sql": "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"})
    assert_caught(r, findings)


# --------------------------------------------------------------------------
# Copies: a new table (or materialized view) filled with the plaintext NIK
# of a table that already has it (a legacy finding present at the base)
# --------------------------------------------------------------------------

BASE_WITH_NIK = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100), nik char(16));\n"
COPIES = {
    # statements.py:24 SELECT is in NOOP_FIRST: no note at all
    "select-into-new-table": "SELECT * INTO pasien_export FROM pasien;\n",
    # a -v note "takes its columns from a query": the copy has no finding
    "create-table-as-select": "CREATE TABLE pasien_export AS SELECT * FROM pasien;\n",
    "mysql-create-table-select": "CREATE TABLE pasien_export SELECT * FROM pasien;\n",
    "materialized-view": "CREATE MATERIALIZED VIEW pasien_mv AS SELECT nik FROM pasien;\n",
}


@pytest.mark.parametrize("case", known_bypasses(COPIES, "a new plaintext copy of pasien.nik is created; the gate "
                                                        "passes", ["create-table-as-select", "mysql-create-table-select",
                                                                   "select-into-new-table"]))
def test_a_new_copy_of_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {"db/V1__init.sql": BASE_WITH_NIK}, {"db/V2__export.sql": COPIES[case]})
    assert r.code == 1 and any(f["code"] in ("ENC001", "PARSE001", "ACC001", "ACC003") for f in findings), findings


def test_control_create_table_like_is_caught(repo, cli):
    r, findings = gate(repo, cli, {"db/V1__init.sql": BASE_WITH_NIK},
                       {"db/V2__export.sql": "CREATE TABLE pasien_export (LIKE pasien INCLUDING ALL);\n"})
    assert r.code == 1 and ("ENC001", "pasien_export") in [(f["code"], f["table"]) for f in findings]
