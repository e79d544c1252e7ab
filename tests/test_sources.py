"""Sources: detection, decoding, histories and migration order."""

import pytest

from schemalint.formats.builtin import is_down_migration, sql_order_key
from schemalint.sources import decode, detect, discover, history_key, natural_key


def test_flyway_orders_by_version_and_repeatables_last():
    names = ["R__views.sql", "V10__x.sql", "V2__y.sql", "V1_1__z.sql", "V1__a.sql"]
    assert sorted(names, key=sql_order_key) == ["V1__a.sql", "V1_1__z.sql", "V2__y.sql", "V10__x.sql",
                                                "R__views.sql"]


def test_numbered_and_golang_migrate_names_order_numerically():
    names = ["10_c.up.sql", "2_b.up.sql", "0001_a.up.sql"]
    assert sorted(names, key=sql_order_key) == ["0001_a.up.sql", "2_b.up.sql", "10_c.up.sql"]
    assert sorted(["m10.sql", "m9.sql"], key=natural_key) == ["m9.sql", "m10.sql"]


def test_per_migration_directories_order_by_directory():
    paths = ["m/20240102_b/migration.sql", "m/20231231_a/migration.sql"]
    assert sorted(paths, key=sql_order_key) == ["m/20231231_a/migration.sql", "m/20240102_b/migration.sql"]
    assert history_key(paths[0], "sql") == history_key(paths[1], "sql") == "sql:m"


def test_down_migrations_are_recognised():
    assert is_down_migration("db/0002_x.down.sql")
    assert is_down_migration("db/U2__undo.sql")
    assert not is_down_migration("db/0002_x.up.sql")


def test_history_keys():
    assert history_key("db/migrations/V1__a.sql", "sql") == "sql:db/migrations"
    assert history_key("db/schema.sql", "sql") == "sql-file:db/schema.sql"
    assert history_key("proj/app1/migrations/0001_initial.py", "django") == "django:proj"
    assert history_key("alembic/versions/abc.py", "alembic") == "alembic:alembic/versions"


@pytest.mark.parametrize("path,head,fmt", [
    ("x.sql", "", "sql"),
    ("v/1.py", "from alembic import op\n", "alembic"),
    ("app/migrations/0001.py", "from django.db import migrations\nclass Migration(migrations.Migration):", "django"),
    ("database/migrations/x.php", "Schema::create('t', function (Blueprint $table) {", "laravel"),
    ("db/migrate/1_x.rb", "class X < ActiveRecord::Migration[7.0]", "rails"),
    ("schema.prisma", "model User {}", "prisma"),
    ("changelog.xml", "<databaseChangeLog>", "liquibase"),
    ("app/util.py", "import os", None),
    ("README.md", "# hi", None),
])
def test_detection(path, head, fmt):
    assert detect(path, head)[0] == fmt


def test_decoding_utf16_latin1_binary_crlf():
    assert decode("CREATE TABLE t (a int);".encode("utf-16"))[0] == "CREATE TABLE t (a int);"
    text, note = decode(b"-- caf\xe9\nCREATE TABLE t (a int);")
    assert "caf\u00e9" in text and "not valid UTF-8" in note and "line 1" in note
    assert decode(b"\x00\x01\x02binary")[0] is None
    assert decode(b"a\r\nb\rc")[0] == "a\nb\nc"


def test_discovery_accounts_for_every_file(tmp_path):
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "V1__a.sql").write_text("CREATE TABLE t (a int);")
    (tmp_path / "db" / "notes.txt").write_text("hello")
    (tmp_path / "db" / "helper.py").write_text("import os")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.sql").write_text("CREATE TABLE junk (a int);")
    d = discover([str(tmp_path)])
    assert [f.path.rsplit("/", 1)[-1] for f in d.files] == ["V1__a.sql"]
    assert [p.rsplit("/", 1)[-1] for p, _ in d.not_inputs] == ["helper.py"]


def test_named_migration_brings_its_history(tmp_path):
    mig = tmp_path / "migrations"
    mig.mkdir()
    for name in ("V1__a.sql", "V2__b.sql", "V3__c.sql"):
        (mig / name).write_text("SELECT 1;")
    d = discover([str(mig / "V2__b.sql")])
    assert sorted(f.path.rsplit("/", 1)[-1] for f in d.files) == ["V1__a.sql", "V2__b.sql", "V3__c.sql"]
    assert [f.explicit for f in sorted(d.files, key=lambda f: f.path)] == [False, True, False]
    d2 = discover([str(mig / "V2__b.sql")], expand_history=False)
    assert len(d2.files) == 1


def test_symlinks_outside_the_root_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.sql").write_text("CREATE TABLE s (a int);")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link.sql").symlink_to(outside / "secret.sql")
    assert discover([str(root)]).files == []
    # follow-links comes from the tree's configuration: it follows links
    # inside the root only (docs/security.md); the one leading out is reported
    d = discover([str(root)], follow_links=True)
    assert d.files == [] and "outside the repository" in d.not_inputs[0][1]


def test_a_file_named_migration_sql_outside_a_versioned_directory_is_standalone():
    # Prisma: migrations/<timestamp>_name/migration.sql is one history per
    # migrations/ directory; a Backup/migration.sql is just a schema file
    assert history_key("app/Database/Backup/migration.sql", "sql") == "sql-file:app/Database/Backup/migration.sql"
    assert history_key("prisma/migrations/20240101_init/migration.sql", "sql") == "sql:prisma/migrations"


def test_sql_files_numbered_after_one_word_are_one_history(tmp_path):
    """OpenHospital's sql/step_01_...sql to step_99_...: applied in order, so
    one history (and one dialect, sniffed over all of them: a file holding
    only a MySQL ALTER ... MODIFY is read as MySQL); two such files are not."""
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    d = tmp_path / "sql"
    d.mkdir()
    (d / "step_01_patient.sql").write_text(
        "CREATE TABLE `patient` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(50), PRIMARY KEY (`id`)) "
        "ENGINE=InnoDB;\n")
    (d / "step_02_nik.sql").write_text("ALTER TABLE patient ADD COLUMN nik varchar(16);\n")
    (d / "step_10_widen.sql").write_text("ALTER TABLE patient MODIFY COLUMN name varchar(100);\n")
    (d / "step_a110_ope_for.sql").write_text("ALTER TABLE patient ADD COLUMN ope_for varchar(10);\n")
    (d / "readme_1.sql").write_text("-- notes\n")
    assert {history_key(str(d / n), "sql") for n in ("step_01_patient.sql", "step_10_widen.sql")} == {f"sql:{d}"}
    assert history_key(str(d / "readme_1.sql"), "sql") == f"sql-file:{d / 'readme_1.sql'}"
    run = build(RunOptions(paths=[str(d)], checks=False, use_cache=False), Config())
    (schema,) = [s for s in run.schemas if s.tables]
    cols = schema.tables["patient"].columns
    assert list(cols) == ["id", "name", "nik", "ope_for"] and cols["name"].type.params == ("100",)
    assert not schema.failures


def test_two_numbered_sql_files_stay_standalone(tmp_path):
    for n in ("dump_1.sql", "dump_2.sql"):
        (tmp_path / n).write_text("CREATE TABLE t (a int);\n")
    assert history_key(str(tmp_path / "dump_1.sql"), "sql") == f"sql-file:{tmp_path / 'dump_1.sql'}"


LQ = ('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n{}'
      '</databaseChangeLog>\n')


def test_files_a_changelog_runs_by_name_are_read_wherever_they_are(tmp_path):
    # Liquibase runs an include in node_modules/ and a sqlFile with any suffix:
    # both are read, the first as a changelog, the second as SQL
    lq = tmp_path / "db" / "changelog"
    lq.mkdir(parents=True)
    (lq / "master.xml").write_text(LQ.format(
        '<include file="node_modules/two.xml"/>\n<changeSet id="1" author="a">'
        '<sqlFile path="add.txt" relativeToChangelogFile="true"/></changeSet>\n'))
    (lq / "add.txt").write_text("ALTER TABLE pasien ADD nik CHAR(16);\n")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "two.xml").write_text(LQ.format(
        '<include file="three.sql" relativeToChangelogFile="true"/>\n'))
    (tmp_path / "node_modules" / "three.sql").write_text("CREATE TABLE t (a int);\n")
    (tmp_path / "node_modules" / "other.xml").write_text(LQ.format(""))  # named by nobody: not read
    d = discover([str(tmp_path)])
    got = {f.path.split(str(tmp_path))[-1]: f.format for f in d.files}
    assert got == {"/db/changelog/master.xml": "liquibase", "/db/changelog/add.txt": "sql",
                   "/node_modules/two.xml": "liquibase", "/node_modules/three.sql": "sql"}


def test_a_named_file_outside_the_repository_is_not_read(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.sql").write_text("CREATE TABLE s (a int);")
    root = tmp_path / "root"
    (root / "db").mkdir(parents=True)
    (root / "db" / "master.xml").write_text(LQ.format(
        '<changeSet id="1" author="a"><sqlFile path="../../outside/x.sql" relativeToChangelogFile="true"/>'
        '<sqlFile path="link.sql" relativeToChangelogFile="true"/><sqlFile path="missing.sql"/></changeSet>\n'))
    (root / "db" / "link.sql").symlink_to(outside / "x.sql")
    d = discover([str(root)])
    assert [f.path.rsplit("/", 1)[-1] for f in d.files] == ["master.xml"]
    assert {p.rsplit("/", 1)[-1] for p, why in d.not_inputs if "outside the repository" in why} == {
        "x.sql", "link.sql"}
