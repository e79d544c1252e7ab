"""Liquibase ``<modifySql>``: a rewrite of the generated SQL is followed
where its effect is certain, else an ``unfollowed`` note (PARSE001)."""

from __future__ import annotations

import pytest

from schemalint.frontends import FrontendOptions, liquibase
from schemalint.model import AddColumn, Skipped
from schemalint.sources import SourceFile

OPTS = FrontendOptions()
ADD = '<addColumn tableName="pasien"><column name="zz" type="char(16)"/></addColumn>'
UPD = '<update tableName="pasien"><column name="uuid" valueComputed="name-of-uuid-function"/></update>'


def parse(text: str, path: str = "db/changelog.xml", options=OPTS):
    return liquibase.parse(SourceFile(path, "/" + path, "liquibase", "test", text=text), options)


def cs(body: str, modify: str, attrs: str = "") -> str:
    return ('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            f'<changeSet id="1" author="a">{body}\n<modifySql {attrs}>{modify}</modifySql></changeSet>\n'
            "</databaseChangeLog>\n")


def unfollowed(r):
    return [c for c in r.changes if isinstance(c, Skipped) and c.kind == "unfollowed"]


@pytest.mark.parametrize("body, modify", [
    (ADD, '<replace replace="zz" with="nik"/>'),
    (ADD, '<regExpReplace replace="z+" with="nik"/>'),
    (ADD, '<append value=", ADD nik char(16)"/>'),
    (UPD, '<regExpReplace replace="name-of-uuid-function" with="UUID()"/>'),
    (UPD, '<replace replace="name-of-uuid-function" with="UUID(); ALTER TABLE pasien ADD nik char(16)"/>'),
    # the change's own text holds DDL that a replace may let out of its quotes
    ('<update tableName="t"><column name="c" value="x\'; ALTER TABLE pasien ADD nik char(16); --"/></update>',
     '<replace replace="\'\'" with="\'"/>'),
    # text that completes a keyword at its edge: "AL" + "TER ..."
    (UPD, '<replace replace="x" with="TER TABLE pasien ADD nik char(16)"/>'),
    (UPD, '<prepend value="SELECT 1; AL"/>'),
])
def test_a_rewrite_whose_effect_is_not_known_is_unfollowed(body, modify):
    r = parse(cs(body, modify))
    (note,) = unfollowed(r)
    assert "modifySql" in note.reason and note.location.line == 4


@pytest.mark.parametrize("body, modify, attrs", [
    (ADD, '<append value=" FIRST"/>', 'dbms="mysql"'),
    (ADD, '<append value=" AFTER `nama`"/>', ""),
    ('<createTable tableName="t"><column name="id" type="int"/></createTable>',
     '<append value=" ENGINE=InnoDB DEFAULT CHARSET=utf8"/>', ""),
    (UPD, '<replace replace="name-of-uuid-function" with="UUID()"/>', 'dbms="mysql"'),
    (UPD, '<replace replace="name-of-uuid-function" with="current_timestamp * 99999999999999"/>', ""),
    ('<sql>UPDATE t SET a = b || c</sql>', '<replace replace="||" with="+"/>', 'dbms="mssql"'),
    ('<insert tableName="r"><column name="n" value="x"/></insert>',
     "<prepend value=\"SELECT setval('s', (SELECT MAX(id) FROM r)+1);\"/>", 'dbms="postgresql"'),
])
def test_a_rewrite_that_keeps_columns_as_they_are_is_followed(body, modify, attrs):
    r = parse(cs(body, modify, attrs))
    assert not unfollowed(r)


def test_a_replace_in_sql_is_applied_to_its_text():
    r = parse(cs("<sql>ALTER TABLE pasien ADD zz CHAR(16)</sql>", '<replace replace="zz" with="nik"/>'))
    assert not unfollowed(r)
    assert [a.column.name for a in r.changes if isinstance(a, AddColumn)] == ["nik"]


def test_a_rewrite_for_another_database_than_the_one_set_does_not_run():
    text = cs(ADD, '<replace replace="zz" with="nik"/>', 'dbms="oracle"')
    assert not unfollowed(parse(text, options=FrontendOptions(dialect="mysql")))
    assert unfollowed(parse(text))  # the database is not set: it may be Oracle


def test_yaml_modify_sql():
    text = """databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      changes:
        - addColumn:
            tableName: pasien
            columns:
              - column: {name: zz, type: char(16)}
      modifySql:
        - replace:
            replace: zz
            with: nik
"""
    (note,) = unfollowed(parse(text, "db/changelog.yaml"))
    assert note.location.line == 12  # the replace it names
