"""Liquibase frontend: XML, YAML and JSON changelogs, ordering, safety."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schemalint.frontends import FrontendOptions, liquibase
from schemalint.model import (
    AddColumn,
    AddConstraint,
    AlterColumn,
    CreateTable,
    DropColumn,
    DropConstraint,
    ParseFailure,
    Skipped,
)
from schemalint.replay import replay
from schemalint.sources import SourceFile, discover

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OPTS = FrontendOptions()


def parse(text: str, path: str = "db/changelog.xml", options=OPTS):
    return liquibase.parse(SourceFile(path, "/" + path, "liquibase", "test", text=text), options)


def of(result, kind):
    return [c for c in result.changes if isinstance(c, kind)]


def xml(body: str, header: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + header +
            '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n' + body +
            "\n</databaseChangeLog>\n")


@pytest.fixture(scope="module")
def fixture_results():
    cwd = os.getcwd()
    os.chdir(FIXTURES)
    try:
        found = discover(["liquibase"])
        return {sf.path: liquibase.parse(sf, OPTS) for sf in found.files}
    finally:
        os.chdir(cwd)


# --------------------------------------------------------------------------
# XML changes
# --------------------------------------------------------------------------


def test_create_table_columns_constraints_remarks(fixture_results):
    r = fixture_results["liquibase/master.xml"]
    assert not of(r, ParseFailure)
    ct = of(r, CreateTable)[0]
    assert ct.table.name == "person"
    assert ct.comment == "People we serve. schemalint: purpose=care"
    assert (ct.location.line, ct.location.col) == (11, 9)
    cols = {c.name: c for c in ct.columns}
    assert list(cols) == ["id", "nik", "name", "org_id"]
    assert cols["id"].primary_key and cols["id"].nullable is False and cols["id"].hints["auto_increment"] == "true"
    assert cols["nik"].unique and cols["nik"].nullable is False
    assert (cols["nik"].type.name, cols["nik"].type.length, cols["nik"].type.family) == ("varchar", 16, "text")
    assert cols["nik"].comment == "NIK. schemalint: encrypted=app-aes-gcm"
    assert cols["name"].type.raw == "VARCHAR(255)"  # ${text.type} substituted from <property>
    # the foreign key is its own named constraint (a drop by fk_person_org finds it), not a column flag
    assert cols["org_id"].references is None
    fk = next(k for k in ct.constraints if k.kind == "foreign")
    assert fk.name == "fk_person_org" and fk.columns == ("org_id",)
    assert fk.references.table.name == "organization" and fk.references.columns == ("id",)
    assert (cols["nik"].location.line, cols["nik"].location.col) == (15, 13)


def test_master_changes_rollback_and_preconditions_ignored(fixture_results):
    r = fixture_results["liquibase/master.xml"]
    kinds = [type(c).__name__ for c in r.changes]
    # the changeSet's MARK_RAN precondition (not columnExists phone) waits for replay: Conditions
    assert kinds == ["CreateTable", "Conditions", "AddColumn", "RenameColumn", "AlterColumn", "SetComment",
                     "SetComment", "AddConstraint", "AlterColumn", "Skipped"]
    assert "DropTable" not in kinds  # the <rollback> block is not applied
    (note,) = of(r, Skipped)
    assert note.reason.startswith("sqlFile sql/extra.sql") and note.location.line == 47
    assert r.stats["noop"] == 1  # <insert>


def test_include_order_and_replay(fixture_results):
    results = list(fixture_results.values())
    ordered = liquibase.order(sorted(results, key=lambda r: r.path, reverse=True))
    paths = [r.path for r in ordered]
    assert paths == ["liquibase/master.xml", "liquibase/changes/002-b.xml", "liquibase/changes/001-a.yaml",
                     "liquibase/master.xml", "liquibase/more/changelog.json"]
    assert [type(c).__name__ for c in ordered[0].changes] == ["CreateTable"]
    assert ordered[3].stats == {}  # a split master counts its statements once
    schema = replay("liquibase", ordered)
    assert not schema.failures
    person = schema.tables["person"]
    assert set(person.columns) == {"id", "nik", "full_name", "org_id", "phone"}
    assert person.columns["nik"].type.family == "binary"  # modifyDataType
    assert person.columns["full_name"].nullable is False  # addNotNullConstraint after renameColumn
    assert person.columns["phone"].comment == "Phone. schemalint: retention=P1Y"  # setColumnRemarks
    assert person.columns["phone"].indexed  # createIndex
    assert person.comment == "Persons. schemalint: retention=P5Y"  # setTableRemarks
    org = schema.tables["org"]  # created in 002-b, renamed in 001-a (included after it)
    assert set(org.columns) == {"id", "npwp", "address"}
    assert org.columns["npwp"].unique  # addUniqueConstraint
    assert org.columns["address"].comment == "Head office. schemalint: retention=P10Y"
    ann = org.columns["address"].annotation_sources()[0].annotation
    assert ann.values == {"retention": "P10Y"}


def test_includes_are_listed_in_meta(fixture_results):
    incs = fixture_results["liquibase/master.xml"].meta["includes"]
    assert [(i["kind"], i["resolved"], i["at"], i["line"]) for i in incs] == [
        ("file", "liquibase/changes/002-b.xml", 1, 28),
        ("file", "liquibase/changes/001-a.yaml", 1, 29),
    ]


def test_include_all_missing_include_and_classpath():
    master = parse(xml('<include file="classpath:db/a.xml"/>\n<includeAll path="parts/" '
                       'relativeToChangelogFile="true"/>\n<include file="nowhere.xml"/>'), "db/master.xml")
    a = parse(xml('<changeSet id="1" author="x"><dropTable tableName="a"/></changeSet>'), "db/a.xml")
    p2 = parse(xml('<changeSet id="1" author="x"><dropTable tableName="p2"/></changeSet>'), "db/parts/p2.xml")
    p1 = parse(xml('<changeSet id="1" author="x"><dropTable tableName="p1"/></changeSet>'), "db/parts/p1.xml")
    ordered = liquibase.order([p2, p1, a, master])
    assert [r.path for r in ordered] == ["db/master.xml", "db/a.xml", "db/parts/p1.xml", "db/parts/p2.xml",
                                         "db/master.xml"]
    (note,) = of(ordered[-1], Skipped)
    assert "nowhere.xml" in note.reason and note.location.line == 5


def test_include_cycle_terminates():
    a = parse(xml('<include file="b.xml" relativeToChangelogFile="true"/>'), "d/a.xml")
    b = parse(xml('<include file="a.xml" relativeToChangelogFile="true"/>'), "d/b.xml")
    assert sorted(r.path for r in liquibase.order([a, b])) == ["d/a.xml", "d/b.xml"]


def test_other_change_types():
    r = parse(xml('''
<changeSet id="1" author="x">
  <dropColumn tableName="t"><column name="a"/><column name="b"/></dropColumn>
  <dropNotNullConstraint tableName="t" columnName="c"/>
  <mergeColumns tableName="t" column1Name="first" column2Name="last" finalColumnName="full" finalColumnType="TEXT" joinString=" "/>
  <addLookupTable existingTableName="t" existingColumnName="kota" newTableName="kota" newColumnName="nama" newColumnDataType="VARCHAR(50)"/>
  <ext:modifyColumn xmlns:ext="http://www.liquibase.org/xml/ns/dbchangelog-ext" tableName="t">
    <column name="c" type="VARCHAR(10)" remarks="changed"><constraints nullable="false"/></column>
  </ext:modifyColumn>
  <renameTable oldTableName="t" newTableName="u"/>
  <dropTable tableName="u"/>
</changeSet>
<changeSet id="2" author="x">
  <dropForeignKeyConstraint baseTableName="t" constraintName="fk"/>
  <customChange class="org.example.Migrate"/>
  <createView viewName="v">select 1</createView>
  <fancyNewChange tableName="t"/>
  <update tableName="t"><column name="a" value="1"/></update>
</changeSet>'''))
    assert [d.column for d in of(r, DropColumn)] == ["a", "b", "first", "last"]
    alters = of(r, AlterColumn)
    assert alters[0].nullable is True
    assert alters[1].type.length == 10 and alters[1].nullable is False and alters[1].comment == "changed"
    assert [a.column.name for a in of(r, AddColumn)] == ["full"]
    lookup = next(c for c in of(r, CreateTable) if c.table.name == "kota")
    assert lookup.columns[0].name == "nama"
    fk = [c.constraint for c in of(r, AddConstraint)][0]
    assert fk.kind == "foreign" and fk.references.table.name == "kota"
    (drop,) = of(r, DropConstraint)
    assert (drop.table.name, drop.name, drop.kind, drop.location.line) == ("t", "fk", "foreign", 16)
    reasons = [n.reason for n in of(r, Skipped)]
    assert not any(x.startswith("dropForeignKeyConstraint") for x in reasons)
    assert any("org.example.Migrate" in x for x in reasons)
    assert any(x.startswith("createView") for x in reasons)
    assert any("fancyNewChange" in x and "not understood" in x for x in reasons)
    assert r.stats["noop"] == 1


# --------------------------------------------------------------------------
# Dropped keys and indexes
# --------------------------------------------------------------------------

KEYED_TABLE = '''
<changeSet id="1" author="x">
  <createTable tableName="pasien">
    <column name="id" type="BIGINT"><constraints primaryKey="true" primaryKeyName="pk_pasien"/></column>
    <column name="nik" type="VARCHAR(16)"><constraints unique="true" uniqueConstraintName="uq_pasien_nik"/></column>
    <column name="no_bpjs" type="VARCHAR(13)"/>
    <column name="email" type="VARCHAR(100)"/>
    <column name="faskes_id" type="BIGINT">
      <constraints foreignKeyName="fk_pasien_faskes" referencedTableName="faskes" referencedColumnNames="id"/>
    </column>
    <column name="dokter_id" type="BIGINT"/>
  </createTable>
  <addUniqueConstraint tableName="pasien" columnNames="no_bpjs" constraintName="uq_pasien_bpjs"/>
  <createIndex tableName="pasien" indexName="ix_pasien_email"><column name="email"/></createIndex>
  <addForeignKeyConstraint baseTableName="pasien" baseColumnNames="dokter_id" constraintName="fk_pasien_dokter"
                           referencedTableName="dokter" referencedColumnNames="id"/>
</changeSet>'''


def test_add_keys_carry_their_names():
    r = parse(xml(KEYED_TABLE))
    (ct,) = of(r, CreateTable)
    assert {(k.kind, k.columns): k.name for k in ct.constraints} == {
        ("unique", ("nik",)): "uq_pasien_nik", ("foreign", ("faskes_id",)): "fk_pasien_faskes"}
    cols = {c.name: c for c in ct.columns}
    assert cols["id"].primary_key and not cols["nik"].unique and cols["faskes_id"].references is None
    assert [(c.constraint.kind, c.constraint.name) for c in of(r, AddConstraint)] == [
        ("unique", "uq_pasien_bpjs"), ("index", "ix_pasien_email"), ("foreign", "fk_pasien_dokter")]
    r = parse(xml('''<changeSet id="1" author="x">
  <addPrimaryKey tableName="t" columnNames="a, b" constraintName="pk_t"/>
  <createTable tableName="u">
    <column name="a" type="INT"><constraints primaryKey="true" primaryKeyName="pk_u"/></column>
    <column name="b" type="INT"><constraints primaryKey="true"/></column>
  </createTable>
</changeSet>'''))
    (pk,) = of(r, AddConstraint)
    assert (pk.constraint.kind, pk.constraint.columns, pk.constraint.name) == ("primary", ("a", "b"), "pk_t")
    assert [(k.kind, k.columns, k.name) for k in of(r, CreateTable)[0].constraints] == [
        ("primary", ("a", "b"), "pk_u")]


def test_drop_changes_become_drop_constraints():
    r = parse(xml('''<changeSet id="2" author="x">
  <dropPrimaryKey tableName="pasien"/>
  <dropUniqueConstraint tableName="pasien" constraintName="uq_pasien_nik"/>
  <dropUniqueConstraint tableName="pasien" uniqueColumns="no_bpjs"/>
  <dropForeignKeyConstraint baseTableName="pasien" baseTableSchemaName="rs" constraintName="fk_pasien_faskes"/>
  <dropIndex indexName="ix_pasien_email" tableName="pasien"/>
  <dropIndex indexName="ix_anywhere"/>
  <dropForeignKeyConstraint baseTableName="pasien"/>
</changeSet>'''))
    got = [(str(d.table) if d.table else None, d.name, d.kind, d.columns) for d in of(r, DropConstraint)]
    assert got == [
        ("pasien", None, "primary", ("*",)),
        ("pasien", "uq_pasien_nik", "unique", ()),
        ("pasien", None, "unique", ("no_bpjs",)),
        ("rs.pasien", "fk_pasien_faskes", "foreign", ()),
        ("pasien", "ix_pasien_email", None, ()),
        (None, "ix_anywhere", None, ()),
    ]
    assert of(r, DropConstraint)[0].location.line == 4
    (note,) = of(r, Skipped)
    assert note.reason == "dropForeignKeyConstraint without constraintName" and note.location.line == 10


def test_replayed_add_then_drop_unkeys_the_columns():
    drops = '''
<changeSet id="2" author="x">
  <dropPrimaryKey tableName="pasien" constraintName="pk_pasien"/>
  <dropUniqueConstraint tableName="pasien" constraintName="uq_pasien_nik"/>
  <dropUniqueConstraint tableName="pasien" constraintName="uq_pasien_bpjs"/>
  <dropIndex indexName="ix_pasien_email"/>
  <dropForeignKeyConstraint baseTableName="pasien" constraintName="fk_pasien_faskes"/>
  <dropForeignKeyConstraint baseTableName="pasien" constraintName="FK_PASIEN_DOKTER"/>
</changeSet>'''
    before = replay("lb", [parse(xml(KEYED_TABLE))]).tables["pasien"].columns
    assert before["id"].primary_key and before["nik"].unique and before["no_bpjs"].unique
    assert before["email"].indexed and before["faskes_id"].references.table.name == "faskes"
    assert before["dokter_id"].references.table.name == "dokter"
    schema = replay("lb", [parse(xml(KEYED_TABLE + drops))])
    assert not schema.notes
    for c in schema.tables["pasien"].columns.values():
        assert not (c.primary_key or c.unique or c.indexed or c.references or c.keys), c.name


def test_drop_of_a_name_replay_never_saw_is_a_note():
    r = parse(xml('''<changeSet id="1" author="x">
  <createTable tableName="t">
    <column name="nik" type="VARCHAR(16)"><constraints unique="true"/></column>
  </createTable>
  <dropUniqueConstraint tableName="t" constraintName="nik"/>
</changeSet>'''))
    schema = replay("lb", [r])
    assert [n.reason for n in schema.notes] == ["drop of unknown key or index nik of t"]
    assert schema.tables["t"].columns["nik"].unique  # the database named it: not followed, said so


def test_yaml_drop_index():
    text = """databaseChangeLog:
  - changeSet:
      id: 1
      author: x
      changes:
        - dropIndex:
            indexName: ix_nik
            tableName: pasien
"""
    (drop,) = of(parse(text, "db/changelog.yaml"), DropConstraint)
    assert (drop.table.name, drop.name, drop.location.line) == ("pasien", "ix_nik", 6)


def test_dbms_majority_and_dialect_override():
    body = '''
<changeSet id="1" author="x" dbms="mysql"><addColumn tableName="t"><column name="m1" type="INT"/></addColumn></changeSet>
<changeSet id="2" author="x" dbms="mysql"><addColumn tableName="t"><column name="m2" type="INT"/></addColumn></changeSet>
<changeSet id="3" author="x" dbms="postgresql"><addColumn tableName="t"><column name="p1" type="INT"/></addColumn></changeSet>
<changeSet id="4" author="x" dbms="!mysql"><addColumn tableName="t"><column name="notmy" type="INT"/></addColumn></changeSet>
<changeSet id="5" author="x"><addColumn tableName="t"><column name="all" type="INT"/></addColumn></changeSet>'''
    r = parse(xml(body))
    # the guess (mysql) is the changelog's word: what other databases' changeSets add is added where absent
    assert [(a.column.name, a.if_not_exists) for a in of(r, AddColumn)] == [
        ("m1", False), ("m2", False), ("p1", True), ("notmy", True), ("all", False)]
    assert r.meta["dbms"] == "mysql" and r.dialect == "mysql"
    *added, note = of(r, Skipped)
    assert [a.location.line for a in added] == [6, 7] and "added where absent" in added[0].reason
    assert "2 changeSet(s)" in note.reason and "mysql" in note.reason and note.location.line == 6
    assert "but for their additions" in note.reason
    r = parse(xml(body), options=FrontendOptions(dialect="postgres"))
    assert [a.column.name for a in of(r, AddColumn)] == ["p1", "notmy", "all"]
    assert r.dialect == "postgres"


def test_unknown_property_is_kept_and_noted():
    r = parse(xml('<changeSet id="1" author="x"><createTable tableName="t">'
                  '<column name="a" type="${uuid_type}"/></createTable></changeSet>'))
    (ct,) = of(r, CreateTable)
    assert ct.columns[0].type.raw == "${uuid_type}"
    (note,) = of(r, Skipped)
    assert "${uuid_type}" in note.reason


# --------------------------------------------------------------------------
# YAML and JSON
# --------------------------------------------------------------------------


def test_yaml_changelog_with_positions(fixture_results):
    r = fixture_results["liquibase/changes/001-a.yaml"]
    add = of(r, AddColumn)[0]
    assert add.table.name == "organization" and add.column.type.family == "text"
    assert add.column.location.line == 10
    assert r.meta["syntax"] == "yaml"


def test_json_changelog_with_positions(fixture_results):
    r = fixture_results["liquibase/more/changelog.json"]
    (ct,) = of(r, CreateTable)
    assert [c.name for c in ct.columns] == ["number", "holder_id"]
    assert ct.columns[0].comment == "PAN" and ct.columns[1].nullable is False
    assert ct.columns[0].location.line == 12
    fk, pk = [c.constraint for c in of(r, AddConstraint)]
    assert fk.kind == "foreign" and fk.name == "fk_card_holder" and fk.references.table.name == "person"
    assert pk.kind == "primary" and pk.columns == ("number",)
    assert of(r, DropColumn)[0].column == "holder_id"
    schema = replay("j", [r])
    assert set(schema.tables["card"].columns) == {"number"}


def test_yaml_sql_include_and_preconditions():
    text = """databaseChangeLog:
  - property:
      name: t
      value: pasien
  - include:
      file: other.yaml
      relativeToChangelogFile: true
  - changeSet:
      id: 1
      author: x
      preConditions:
        - onFail: MARK_RAN
      changes:
        - createTable:
            tableName: ${t}
            remarks: "schemalint: purpose=care"
            columns:
              - column:
                  name: nik
                  type: varchar(16)
                  constraints:
                    primaryKey: true
      rollback:
        - dropTable:
            tableName: pasien
"""
    r = parse(text, "db/changelog.yaml")
    (ct,) = of(r, CreateTable)
    assert ct.table.name == "pasien" and ct.comment == "schemalint: purpose=care"
    assert ct.columns[0].primary_key and ct.columns[0].location.line == 19
    assert r.meta["includes"][0]["resolved"] == "db/other.yaml"


def test_sql_change_goes_to_the_sql_frontend():
    r = parse(xml('''<changeSet id="1" author="x">
  <sql>
    CREATE TABLE ktp (
      nik VARCHAR(16) NOT NULL
    );
  </sql>
</changeSet>'''), options=FrontendOptions(dialect="postgres"))
    (ct,) = of(r, CreateTable)
    assert ct.table.name == "ktp" and ct.columns[0].name == "nik"
    assert ct.location.path == "db/changelog.xml"
    assert ct.location.line == 5
    assert ct.columns[0].location.line == 6


# --------------------------------------------------------------------------
# Safety and failures
# --------------------------------------------------------------------------


def test_xml_entity_bomb_is_refused():
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
            ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
            ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
            '<databaseChangeLog>&lol3;</databaseChangeLog>\n')
    r = parse(bomb)
    (fail,) = r.changes
    assert isinstance(fail, ParseFailure)
    assert "entity" in fail.message and fail.location.line == 3


def test_xml_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    doc = (f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
           '<databaseChangeLog><changeSet id="1" author="x"><createTable tableName="t">'
           '<column name="a" type="INT" remarks="&xxe;"/></createTable></changeSet></databaseChangeLog>\n')
    r = parse(doc)
    assert [type(c) for c in r.changes] == [ParseFailure]
    assert "TOP-SECRET-VALUE" not in repr(r)
    doc = ('<?xml version="1.0"?>\n<!DOCTYPE databaseChangeLog SYSTEM "http://127.0.0.1:9/x.dtd">\n'
           '<databaseChangeLog/>\n')
    (fail,) = parse(doc).changes
    assert isinstance(fail, ParseFailure) and "external" in fail.message


def test_yaml_python_object_is_refused_not_run(tmp_path):
    marker = tmp_path / "pwned"
    text = ("databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: x\n"
            f"      comment: !!python/object/apply:os.system [\"touch {marker}\"]\n")
    r = parse(text, "db/changelog.yaml")
    (fail,) = r.changes
    assert isinstance(fail, ParseFailure) and "python/object" in fail.message
    assert fail.location.line == 5
    assert not marker.exists()


def test_yaml_alias_bomb_is_refused():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines.append("databaseChangeLog: *a8")
    r = parse("\n".join(lines) + "\n", "db/bomb.yaml")
    (fail,) = r.changes
    assert isinstance(fail, ParseFailure) and "alias" in fail.message


@pytest.mark.parametrize("path,text,line", [
    ("a.xml", '<databaseChangeLog>\n  <changeSet id="1">\n</databaseChangeLog>\n', 3),
    ("a.yaml", "databaseChangeLog:\n  - changeSet: {id: 1\n", 3),
    ("a.json", '{"databaseChangeLog": [\n  {"changeSet": }\n]}\n', 2),
    ("a.xml", "<notAChangelog/>", 1),
    ("a.yaml", "just: text\n", 1),
])
def test_malformed_input_is_a_located_failure(path, text, line):
    r = parse(text, path)
    (fail,) = r.changes
    assert isinstance(fail, ParseFailure) and fail.location.line == line
    assert "internal error" not in fail.message


@pytest.mark.parametrize("text", ["", "<", "{}", "[]", "null", "databaseChangeLog: 3",
                                  "databaseChangeLog:\n  - changeSet: 5\n  - 7\n",
                                  '{"databaseChangeLog": [{"changeSet": {"changes": [1, {"a": 1, "b": 2}]}}]}',
                                  "<databaseChangeLog><changeSet><createTable/></changeSet></databaseChangeLog>"])
def test_never_raises(text):
    for path in ("x.xml", "x.yaml", "x.json"):
        r = parse(text, path)
        assert not any("internal error" in f.message for f in of(r, ParseFailure))


def test_random_structured_changelogs_never_raise():
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    keys = st.sampled_from(["databaseChangeLog", "changeSet", "changes", "createTable", "tableName", "columns",
                            "column", "name", "type", "constraints", "nullable", "include", "file", "sql",
                            "dbms", "addColumn", "dropColumn", "columnName", "remarks", "x"])
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from(["t", "VARCHAR(3)", "${p}", ""]))
    values = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(keys, inner, max_size=4)),
                          max_leaves=25)

    @settings(max_examples=150, deadline=None)
    @given(values)
    def check(v):
        text = json.dumps({"databaseChangeLog": v})
        for path in ("x.json", "x.yaml"):
            r = parse(text, path)
            assert not any("internal error" in f.message for f in of(r, ParseFailure))

    check()


def test_yaml_block_sql_keeps_positions():
    text = """databaseChangeLog:
  - changeSet:
      id: 1
      author: x
      changes:
        - sql:
            sql: |
              CREATE TABLE ktp (
                nik VARCHAR(16)
              );
"""
    r = parse(text, "db/c.yaml", FrontendOptions(dialect="postgres"))
    (ct,) = of(r, CreateTable)
    assert (ct.location.line, ct.location.col) == (8, 15)
    assert (ct.columns[0].location.line, ct.columns[0].location.col) == (9, 17)


def test_references_names_includes_and_sql_files():
    text = ('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            '<include file="classpath:/db/two.xml"/><include file="x.sql" relativeToChangelogFile="true"/>\n'
            '<include file="${p}/x.xml"/>\n'
            '<changeSet id="1" author="a"><sqlFile path="add.txt" relativeToChangelogFile="true"/></changeSet>\n'
            "</databaseChangeLog>\n")
    assert liquibase.references("db/master.xml", text) == [
        ("db/two.xml", False, "liquibase"), ("x.sql", True, "sql"), ("add.txt", True, "sql")]
    assert liquibase.references("db/master.xml", "<databaseChangeLog><include") == []  # unreadable
