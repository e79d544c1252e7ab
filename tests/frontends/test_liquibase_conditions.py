"""Liquibase: a drop whose changeSet may not run (context, labels, dbms,
preconditions that skip it) does not take the column out of the replay."""

from __future__ import annotations

import pytest

from schemalint.frontends import FrontendOptions, liquibase
from schemalint.model import Conditions, DropColumn, DropTable, Skipped
from schemalint.replay import replay
from schemalint.sources import SourceFile

OPTS = FrontendOptions()
CT = ('<changeSet id="1" author="a"><createTable tableName="pasien"><column name="id" type="int"/>'
      '<column name="nik" type="char(16)"/><column name="nama" type="varchar(50)"/></createTable></changeSet>\n')


def parse(text: str, path: str = "db/changelog.xml", options=OPTS):
    return liquibase.parse(SourceFile(path, "/" + path, "liquibase", "test", text=text), options)


def xml(body: str) -> str:
    return ('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            + body + "</databaseChangeLog>\n")


def drop(attrs: str = "", inner: str = "", what: str = '<dropColumn tableName="pasien" columnName="nik"/>') -> str:
    return f'<changeSet id="2" author="a" {attrs}>{inner}{what}</changeSet>\n'


def columns(*results):
    schema = replay("liquibase", list(results))
    t = schema.tables.get("pasien")
    return (set(t.columns) if t is not None else None), schema


def kept_notes(r):
    return [c for c in r.changes if isinstance(c, Skipped) and "is kept" in c.reason]


@pytest.mark.parametrize("attrs, why", [
    ('context="test"', 'context "test"'),
    ('contexts="!prod"', 'context "!prod"'),
    ('labels="never"', 'labels "never"'),
    ('dbms="h2"', 'dbms "h2"'),
    ('dbms="!postgresql"', 'dbms "!postgresql"'),
])
def test_a_drop_limited_by_the_changeset_is_not_applied(attrs, why):
    r = parse(xml(CT + drop(attrs)))
    assert not [c for c in r.changes if isinstance(c, DropColumn)]
    (note,) = kept_notes(r)
    assert why in note.reason and note.kind == "unsupported" and note.location.line == 4
    cols, _ = columns(r)
    assert "nik" in cols


def test_a_drop_with_no_condition_is_applied():
    cols, _ = columns(parse(xml(CT + drop())))
    assert cols == {"id", "nama"}


def test_a_set_dialect_decides_dbms_exactly():
    text = xml(CT + drop('dbms="h2"'))
    cols, _ = columns(parse(text, options=FrontendOptions(dialect="h2")))
    assert cols == {"id", "nama"}  # the database is h2: the drop runs
    r = parse(text, options=FrontendOptions(dialect="postgres"))
    cols, _ = columns(r)
    assert "nik" in cols and not kept_notes(r)  # never on PostgreSQL
    cols, _ = columns(parse(xml(CT + drop('dbms="!postgresql"')), options=FrontendOptions(dialect="mysql")))
    assert cols == {"id", "nama"}


def test_a_dialects_glob_sets_the_database():
    opts = FrontendOptions(dialect_globs={"db/*.xml": "h2"})
    cols, _ = columns(parse(xml(CT + drop('dbms="h2"')), options=opts))
    assert cols == {"id", "nama"}


def test_the_guessed_database_still_picks_variants_but_not_drops():
    # mysql is named most: the mysql variant is read, the h2 one is not; the
    # mysql-only drop may not run (the guess is the changelog's own word)
    body = (CT + '<changeSet id="3" author="a" dbms="mysql"><sql>SELECT 1</sql></changeSet>\n'
            + drop('dbms="mysql"'))
    r = parse(xml(body))
    assert r.meta["dbms"] == "mysql"
    cols, _ = columns(r)
    assert "nik" in cols and "set --dialect" in kept_notes(r)[0].reason


@pytest.mark.parametrize("on_fail", ["MARK_RAN", "CONTINUE"])
def test_a_drop_behind_a_precondition_decided_at_run_time_is_not_applied(on_fail):
    for cond in ('<dbms type="oracle"/>', '<sqlCheck expectedResult="0">select count(*) from pasien</sqlCheck>',
                 '<changeSetExecuted id="x" author="y" changeLogFile="z"/>',
                 '<or><columnExists tableName="pasien" columnName="x"/><sqlCheck expectedResult="1">x</sqlCheck></or>'):
        r = parse(xml(CT + drop("", f'<preConditions onFail="{on_fail}">{cond}</preConditions>')))
        cols, _ = columns(r)
        assert "nik" in cols, cond
        assert "preConditions" in kept_notes(r)[0].reason


@pytest.mark.parametrize("attrs", ['', 'onFail="HALT"', 'onFail="WARN"'])
def test_a_precondition_that_halts_or_warns_keeps_the_drop(attrs):
    r = parse(xml(CT + drop("", f'<preConditions {attrs}><sqlCheck expectedResult="0">x</sqlCheck></preConditions>')))
    cols, _ = columns(r)
    assert cols == {"id", "nama"}


def test_a_precondition_on_the_dropped_column_is_its_if_exists():
    for cond in ('<columnExists tableName="pasien" columnName="nik"/>', '<tableExists tableName="pasien"/>',
                 '<or><tableExists tableName="x"/><columnExists tableName="pasien" columnName="nik"/></or>'):
        r = parse(xml(CT + drop("", f'<preConditions onFail="MARK_RAN">{cond}</preConditions>')))
        assert not kept_notes(r) and not [c for c in r.changes if isinstance(c, Conditions)]
        cols, _ = columns(r)
        assert cols == {"id", "nama"}, cond


def test_a_set_database_decides_a_dbms_precondition():
    text = xml(CT + drop("", '<preConditions onFail="MARK_RAN"><not><dbms type="hsql"/></not></preConditions>'))
    cols, _ = columns(parse(text, options=FrontendOptions(dialect="mysql")))
    assert cols == {"id", "nama"}
    cols, _ = columns(parse(text))
    assert "nik" in cols


def test_existence_preconditions_are_decided_by_replay_where_the_changeset_begins():
    # a ghost column: the changeSet is skipped, nik stays
    pc = ('<preConditions onFail="MARK_RAN"><columnExists tableName="pasien" columnName="nik"/>'
          '<columnExists tableName="pasien" columnName="ghost"/></preConditions>')
    r = parse(xml(CT + drop("", pc, '<dropColumn tableName="pasien" columnName="nik"/>'
                                    '<dropColumn tableName="pasien" columnName="ghost"/>')))
    assert [type(c).__name__ for c in r.changes] == ["CreateTable", "Conditions", "DropColumn", "DropColumn"]
    cols, schema = columns(r)
    assert "nik" in cols
    assert any("ghost does not exist here" in n.reason for n in schema.notes)
    # both exist: both go (decided once, before the first drop)
    pc = pc.replace("ghost", "nama")
    cols, _ = columns(parse(xml(CT + drop("", pc, '<dropColumn tableName="pasien" columnName="nik"/>'
                                                  '<dropColumn tableName="pasien" columnName="nama"/>'))))
    assert cols == {"id"}
    # "not exists" read before the changeSet adds it (OpenELIS's storage_box)
    pc = ('<preConditions onFail="MARK_RAN"><columnExists tableName="pasien" columnName="nik"/>'
          '<not><columnExists tableName="pasien" columnName="code"/></not></preConditions>')
    cols, _ = columns(parse(xml(CT + drop("", pc, '<addColumn tableName="pasien"><column name="code" type="int"/>'
                                                  '</addColumn><dropColumn tableName="pasien" columnName="nik"/>'))))
    assert cols == {"id", "nama", "code"}


def test_a_drop_in_sql_and_a_drop_table_are_kept_too():
    r = parse(xml(CT + drop('context="test"', "", "<sql>ALTER TABLE pasien DROP COLUMN nik</sql>")))
    cols, _ = columns(r)
    assert "nik" in cols
    r = parse(xml(CT + drop('labels="x"', "", '<dropTable tableName="pasien"/>')))
    assert not [c for c in r.changes if isinstance(c, DropTable)]
    cols, _ = columns(r)
    assert cols == {"id", "nik", "nama"}


def test_an_ignored_changeset_never_runs():
    r = parse(xml(CT + drop('ignore="true"', "", '<addColumn tableName="pasien"><column name="x" type="int"/>'
                                                 '</addColumn><dropColumn tableName="pasien" columnName="nik"/>')))
    cols, _ = columns(r)
    assert cols == {"id", "nik", "nama"}


def test_changelog_preconditions_that_skip_it():
    text = xml('<preConditions onFail="CONTINUE"><runningAs username="liquibase"/></preConditions>\n' + CT + drop())
    cols, _ = columns(parse(text))
    assert "nik" in cols


def test_an_include_that_may_not_run_keeps_its_drops():
    master = liquibase.parse(SourceFile("db/master.xml", "/db/master.xml", "liquibase", "t", text=xml(
        CT + '<include file="db/two.xml" context="test"/>\n')), OPTS)
    two = liquibase.parse(SourceFile("db/two.xml", "/db/two.xml", "liquibase", "t", text=xml(drop())), OPTS)
    ordered = liquibase.order([two, master])
    cols, _ = columns(*ordered)
    assert "nik" in cols
    assert any("included by an include where" in c.reason for r in ordered for c in r.changes
               if isinstance(c, Skipped))
    ordered = liquibase.order([two, liquibase.parse(SourceFile("db/master.xml", "/db/master.xml", "liquibase", "t",
                                                               text=xml(CT + '<include file="db/two.xml"/>\n')), OPTS)])
    cols, _ = columns(*ordered)
    assert cols == {"id", "nama"}


def test_yaml_preconditions_are_read():
    text = """databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      changes:
        - createTable:
            tableName: pasien
            columns:
              - column: {name: id, type: int}
              - column: {name: nik, type: char(16)}
  - changeSet:
      id: 2
      author: a
      preConditions:
        - onFail: MARK_RAN
        - sqlCheck:
            expectedResult: 0
            sql: select 1
      changes:
        - dropColumn: {tableName: pasien, columnName: nik}
"""
    r = parse(text, "db/changelog.yaml")
    cols, _ = columns(r)
    assert "nik" in cols and kept_notes(r)[0].location.line == 20
    r = parse(text.replace("        - sqlCheck:\n            expectedResult: 0\n            sql: select 1\n",
                           "        - columnExists: {tableName: pasien, columnName: nik}\n"), "db/changelog.yaml")
    cols, _ = columns(r)
    assert cols == {"id"}


# --------------------------------------------------------------------------
# Renames and type changes that may not run; additions for another dbms
# --------------------------------------------------------------------------

RENAME = '<renameColumn tableName="pasien" oldColumnName="nik" newColumnName="zz" columnDataType="char(16)"/>'


@pytest.mark.parametrize("attrs, inner", [
    ('context="test"', ""),
    ('labels="dev"', ""),
    ('dbms="h2"', ""),
    ("", '<preConditions onFail="MARK_RAN"><sqlCheck expectedResult="0">SELECT 1</sqlCheck></preConditions>'),
])
def test_a_rename_that_may_not_run_keeps_the_old_column_beside_the_new(attrs, inner):
    cols, schema = columns(parse(xml(CT + drop(attrs, inner, RENAME))))
    assert cols == {"id", "nik", "nama", "zz"}
    t = schema.tables["pasien"]
    assert t.columns["zz"].type == t.columns["nik"].type
    assert any("kept beside zz" in n.reason and n.kind == "note" for n in schema.notes)


def test_an_unconditional_or_self_guarded_rename_is_exact():
    assert columns(parse(xml(CT + drop("", "", RENAME))))[0] == {"id", "zz", "nama"}
    guard = '<preConditions onFail="MARK_RAN"><columnExists tableName="pasien" columnName="nik"/></preConditions>'
    assert columns(parse(xml(CT + drop("", guard, RENAME))))[0] == {"id", "zz", "nama"}


def test_a_rename_waiting_for_existence_preconditions_is_decided_by_replay():
    absent = '<preConditions onFail="MARK_RAN"><not><columnExists tableName="pasien" columnName="zz"/></not></preConditions>'
    assert columns(parse(xml(CT + drop("", absent, RENAME))))[0] == {"id", "zz", "nama"}  # holds: renamed
    present = absent.replace("<not>", "").replace("</not>", "")
    cols, schema = columns(parse(xml(CT + drop("", present, RENAME))))
    assert cols == {"id", "nik", "nama"}  # zz does not exist: the changeSet is skipped, exactly
    assert any("is not applied" in n.reason for n in schema.notes)


def test_a_table_rename_that_may_not_run_keeps_both_tables():
    schema = replay("liquibase", [parse(xml(CT + drop('context="test"', "", '<renameTable oldTableName="pasien" '
                                                                           'newTableName="old_pasien"/>')))])
    assert set(schema.tables) == {"pasien", "old_pasien"} and "nik" in schema.tables["old_pasien"].columns


def test_a_type_change_that_may_not_run_is_applied_and_the_old_type_kept_as_possible():
    retype = '<modifyDataType tableName="pasien" columnName="nik" newDataType="BOOLEAN"/>'
    _, schema = columns(parse(xml(CT + drop('context="test"', "", retype))))
    nik = schema.tables["pasien"].columns["nik"]
    assert nik.type.family == "boolean" and [str(t) for t, _, _ in nik.maybe_types] == ["char(16)"]
    widen = '<modifyDataType tableName="pasien" columnName="nama" newDataType="varchar(200)"/>'
    _, schema = columns(parse(xml(CT + drop('context="test"', "", widen))))
    assert not schema.tables["pasien"].columns["nama"].maybe_types  # same family: nothing to compare


def test_an_addition_for_a_database_other_than_the_guess_is_added_where_absent():
    add = ('<changeSet id="9" author="a" dbms="h2"><createTable tableName="h2_only"><column name="id" type="int"/>'
           '</createTable></changeSet>\n')
    nik = ('<changeSet id="3" author="a" dbms="postgresql"><addColumn tableName="pasien"><column name="nik2" '
           'type="char(16)" remarks="schemalint: encrypted=aes"/></addColumn><dropColumn tableName="pasien" '
           'columnName="nama"/></changeSet>\n')
    r = parse(xml(CT + add + add.replace('id="9"', 'id="8"').replace("h2_only", "h2_b") + nik))
    cols, schema = columns(r)
    assert cols == {"id", "nik", "nama", "nik2"}  # the addition only: its drop is not applied
    assert schema.tables["pasien"].columns["nik2"].comment is None  # an annotation for another database
    # a set database decides exactly
    cols, _ = columns(parse(xml(CT + add + nik), options=FrontendOptions(dialect="mysql")))
    assert cols == {"id", "nik", "nama"}


def test_a_modifysql_in_a_changeset_for_another_database_still_fails_closed():
    steer = ('<changeSet id="9" author="a" dbms="h2"><createTable tableName="h2_only"><column name="id" type="int"/>'
             '</createTable></changeSet>\n')
    hidden = ('<changeSet id="3" author="a" dbms="postgresql"><addColumn tableName="pasien"><column name="zz" '
              'type="char(16)"/></addColumn><modifySql><replace replace="zz" with="nik2"/></modifySql></changeSet>\n')
    r = parse(xml(CT + steer + steer.replace('id="9"', 'id="8"').replace("h2_only", "h2_b") + hidden))
    assert [c for c in r.changes if isinstance(c, Skipped) and c.kind == "unfollowed"]
