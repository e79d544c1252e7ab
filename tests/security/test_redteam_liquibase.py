"""Red-team: Liquibase changelogs a pull request changes so that
``liquibase update`` adds ``pasien.nik``,
yet the CI gate passes (exit 0, no ENC001/PARSE001)."""

from __future__ import annotations

import zlib

import pytest

from .test_redteam_sql import assert_caught, gate, known_bypasses

X = ('<?xml version="1.0" encoding="UTF-8"?>\n'
     '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n')
E = "</databaseChangeLog>\n"
CT = ('  <changeSet id="1" author="a">\n    <createTable tableName="pasien">\n'
      '      <column name="id" type="int"/>\n      <column name="nama" type="varchar(100)"/>\n'
      '    </createTable>\n  </changeSet>\n')
ADD = ('  <changeSet id="2" author="a">\n    <addColumn tableName="pasien">\n'
       '      <column name="nik" type="char(16)"/>\n    </addColumn>\n  </changeSet>\n')
M = "db/changelog/db.changelog-master.xml"
SQL = "ALTER TABLE pasien ADD nik CHAR(16);\n"


def sqlfile(path: str) -> str:
    return (X + CT + f'  <changeSet id="2" author="a">\n    <sqlFile path="{path}" relativeToChangelogFile="true"/>\n'
            "  </changeSet>\n" + E)


LIQUIBASE = {
    # silent: <modifySql> rewrites the generated SQL; the column created is nik
    "silent-modifysql-replace": {M: X + CT + (
        '  <changeSet id="2" author="a">\n    <addColumn tableName="pasien">\n'
        '      <column name="zz" type="char(16)"/>\n    </addColumn>\n'
        '    <modifySql><replace replace="zz" with="nik"/></modifySql>\n  </changeSet>\n') + E},
    # -v note only: an <include> naming a file the walk skips (hidden
    # directory, node_modules) is "not among the files of this history"
    "note-include-in-hidden-directory": {M: X + CT + '  <include file="db/changelog/.x/two.xml"/>\n' + E,
                                         "db/changelog/.x/two.xml": X + ADD + E},
    "note-include-in-node-modules": {M: X + CT + '  <include file="node_modules/two.xml"/>\n' + E,
                                     "node_modules/two.xml": X + ADD + E},
    # -v note only: <sqlFile> is never read from the changelog; a .sql file
    # is caught only because the walk finds it on its own
    "note-sqlfile-with-txt-extension": {M: sqlfile("add.txt"), "db/changelog/add.txt": SQL},
    "note-sqlfile-in-hidden-directory": {M: sqlfile(".x/add.sql"), "db/changelog/.x/add.sql": SQL},
}

@pytest.mark.parametrize("case", known_bypasses(LIQUIBASE, "liquibase update adds pasien.nik; the gate passes",
                                                 ["note-include-in-hidden-directory",
                                                  "note-sqlfile-in-hidden-directory",
                                                  "silent-modifysql-replace", "note-include-in-node-modules",
                                                  "note-sqlfile-with-txt-extension"]))
def test_liquibase_change_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {M: X + CT + E}, LIQUIBASE[case])
    assert_caught(r, findings)


def test_control_plain_liquibase_add_column_is_caught(repo, cli):
    r, findings = gate(repo, cli, {M: X + CT + E}, {M: X + CT + ADD + E})
    assert_caught(r, findings)


# --------------------------------------------------------------------------
# Conditional changeSets (context, labels, preconditions that skip, a dbms
# other than the guessed one) that rename or retype the new nik, or add it
# --------------------------------------------------------------------------

def _cs(attrs: str, body: str, pre: str = "") -> str:
    return f'  <changeSet id="{zlib.crc32((attrs + body).encode())}" author="b"{attrs}>\n{pre}    {body}\n  </changeSet>\n'


_RENAME = '<renameColumn tableName="pasien" oldColumnName="nik" newColumnName="zz" columnDataType="char(16)"/>'
_RETYPE = '<modifyDataType tableName="pasien" columnName="nik" newDataType="BOOLEAN"/>'
_SKIP = ('    <preConditions onFail="MARK_RAN"><sqlCheck expectedResult="0">SELECT COUNT(*) FROM pasien'
         '</sqlCheck></preConditions>\n')
_H2 = '<createTable tableName="h2_only"><column name="id" type="int"/></createTable>'
_ADD_NIK = '<addColumn tableName="pasien"><column name="nik" type="char(16)"/></addColumn>'
CONDITIONAL = {
    # renamed away under a context/label/precondition that production never meets
    "context-rename-column": X + CT + ADD + _cs(' context="test"', _RENAME) + E,
    "labels-rename-column": X + CT + ADD + _cs(' labels="dev"', _RENAME) + E,
    "precondition-mark-ran-rename-column": X + CT + ADD + _cs("", _RENAME, _SKIP) + E,
    "context-rename-table": X + CT + ADD + _cs(' context="test"', '<renameTable oldTableName="pasien" '
                                                              'newTableName="old_pasien"/>') + E,
    # retyped to a flag (not personal data) under a context
    "context-modify-data-type-boolean": X + CT + ADD + _cs(' context="test"', _RETYPE) + E,
    "precondition-continue-modify-data-type": X + CT + ADD + _cs("", _RETYPE, _SKIP.replace("MARK_RAN", "CONTINUE"))
    + E,
    # the dbms guess is the changelog's own word: two h2 changeSets make the
    # guess h2, and the addition for postgresql was not applied
    "dbms-guess-steered-away": X + CT + _cs(' dbms="h2"', _H2) + _cs(' dbms="h2"', _H2.replace("h2_only", "h2_b"))
    + _cs(' dbms="postgresql"', _ADD_NIK) + E,
    "dbms-guess-steered-away-change-level": X + CT + _cs(' dbms="h2"', _H2) + _cs(' dbms="h2"', _H2.replace(
        "h2_only", "h2_b")) + _cs("", _ADD_NIK.replace("<addColumn ", '<addColumn dbms="postgresql" ')) + E,
}


@pytest.mark.parametrize("case", sorted(CONDITIONAL))
def test_conditional_rename_retype_or_dbms_addition_cannot_hide_nik(repo, cli, case):
    r, findings = gate(repo, cli, {M: X + CT + E}, {M: CONDITIONAL[case]})
    assert_caught(r, findings)


def test_control_unconditional_rename_of_nik_is_followed(repo, cli):
    # an unconditional rename is exact: zz is not nik (must not fire on nik)
    r, findings = gate(repo, cli, {M: X + CT + E}, {M: X + CT + ADD + _cs("", _RENAME) + E})
    assert not [f for f in findings if f.get("column") == "nik" or f["code"] == "PARSE001"], findings
