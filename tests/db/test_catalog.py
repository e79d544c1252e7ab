"""The judge itself: the throw-away servers, the catalog readers and the
comparison.  A reader that misread the engine would make every
differential test pass for the wrong reason."""

from __future__ import annotations

import pytest

from . import catalog, servers
from .catalog import ColumnShape, TableShape

PG_TABLE = """
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE DOMAIN nik_t AS char(16);
CREATE SCHEMA sik;
CREATE TABLE sik.kantor (id int PRIMARY KEY);
CREATE TABLE peserta (
    id bigserial PRIMARY KEY,
    nik nik_t NOT NULL UNIQUE,
    nama varchar(100),
    lahir date, dibuat timestamptz, jam time, lama interval,
    gaji numeric(12, 2), skor double precision, aktif boolean, foto bytea,
    data jsonb, kode uuid, suasana mood, tag text[], lokasi point, ip inet,
    kantor_id int REFERENCES sik.kantor (id),
    a int, b int, UNIQUE (a, b)
);
COMMENT ON TABLE peserta IS 'peserta BPJS';
COMMENT ON COLUMN peserta.nama IS 'Nama lengkap';
CREATE TABLE wilayah (kode int NOT NULL);
CREATE UNIQUE INDEX ux_wilayah ON wilayah (kode);
CREATE TABLE alamat (kode int REFERENCES wilayah (kode));
"""

PG_EXPECTED = {
    "sik.kantor": TableShape("kantor", None, {"id": ColumnShape("id", "integer", False, None, True)}),
    "peserta": TableShape("peserta", "peserta BPJS", {
        "id": ColumnShape("id", "integer", False, None, True),
        "nik": ColumnShape("nik", "text", False, None, False, True),
        "nama": ColumnShape("nama", "text", True, "Nama lengkap"),
        "lahir": ColumnShape("lahir", "date", True), "dibuat": ColumnShape("dibuat", "datetime", True),
        "jam": ColumnShape("jam", "time", True), "lama": ColumnShape("lama", "interval", True),
        "gaji": ColumnShape("gaji", "decimal", True), "skor": ColumnShape("skor", "float", True),
        "aktif": ColumnShape("aktif", "boolean", True), "foto": ColumnShape("foto", "binary", True),
        "data": ColumnShape("data", "json", True), "kode": ColumnShape("kode", "uuid", True),
        "suasana": ColumnShape("suasana", "enum", True), "tag": ColumnShape("tag", "array", True),
        "lokasi": ColumnShape("lokasi", "geo", True), "ip": ColumnShape("ip", "network", True),
        "kantor_id": ColumnShape("kantor_id", "integer", True, None, False, False, "sik.kantor"),
        "a": ColumnShape("a", "integer", True, None, False, True),
        "b": ColumnShape("b", "integer", True, None, False, True),
    }),
    # a unique index a foreign key leans on is still a unique key
    "wilayah": TableShape("wilayah", None, {"kode": ColumnShape("kode", "integer", False, None, False, True)}),
    "alamat": TableShape("alamat", None, {"kode": ColumnShape("kode", "integer", True, None, False, False,
                                                              "wilayah")}),
}

MARIA_TABLE = """
CREATE TABLE kantor (id int PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE peserta (
  id bigint NOT NULL AUTO_INCREMENT,
  nik char(16) NOT NULL,
  nama varchar(100) DEFAULT NULL COMMENT 'Nama lengkap',
  aktif tinyint(1) DEFAULT NULL, umur tinyint(3) unsigned, flag bit(1), bits bit(8),
  lahir date, dibuat datetime, gaji decimal(12,2), skor double, foto longblob,
  data json, jenis enum('L','P'), kantor_id int,
  PRIMARY KEY (id), UNIQUE KEY uk_nik (nik), KEY ix_nama (nama),
  CONSTRAINT fk_kantor FOREIGN KEY (kantor_id) REFERENCES kantor (id)
) ENGINE=InnoDB COMMENT='peserta BPJS';
"""

MARIA_EXPECTED = {
    "kantor": TableShape("kantor", None, {"id": ColumnShape("id", "integer", False, None, True)}),
    "peserta": TableShape("peserta", "peserta BPJS", {
        "id": ColumnShape("id", "integer", False, None, True),
        "nik": ColumnShape("nik", "text", False, None, False, True),
        "nama": ColumnShape("nama", "text", True, "Nama lengkap"),
        "aktif": ColumnShape("aktif", "boolean", True), "umur": ColumnShape("umur", "integer", True),
        "flag": ColumnShape("flag", "boolean", True), "bits": ColumnShape("bits", "binary", True),
        "lahir": ColumnShape("lahir", "date", True), "dibuat": ColumnShape("dibuat", "datetime", True),
        "gaji": ColumnShape("gaji", "decimal", True), "skor": ColumnShape("skor", "float", True),
        "foto": ColumnShape("foto", "binary", True), "data": ColumnShape("data", "json", True),
        "jenis": ColumnShape("jenis", "enum", True),
        "kantor_id": ColumnShape("kantor_id", "integer", True, None, False, False, "kantor"),
    }),
}


def _plain(shape):
    return {k: (t.name, t.comment, dict(t.columns)) for k, t in shape.items()}


def test_postgres_catalog_reader(pg_database):
    server, database = pg_database
    assert server.apply(PG_TABLE, database).errors == []
    assert _plain(catalog.read_postgres(server, database)) == _plain(PG_EXPECTED)


def test_mariadb_catalog_reader(mariadb_database):
    server, database = mariadb_database
    assert server.apply(MARIA_TABLE, database).errors == []
    assert _plain(catalog.read_mariadb(server, database)) == _plain(MARIA_EXPECTED)


def test_apply_reports_each_error_with_its_line(pg_database, mariadb_database):
    for server, database in (pg_database, mariadb_database):
        got = server.apply("CREATE TABLE t (a int);\n\nCREATE TABLE t (a int);\nSELECT 1;\n", database)
        assert [line for line, _ in got.errors] == [3], got.stderr
        with pytest.raises(servers.ServerError):
            server.query("SELECT * FROM no_such_table", database)


def test_servers_listen_on_loopback_and_report_a_url(postgres, mariadb):
    assert postgres.url.startswith("postgresql://schemalint@127.0.0.1:")
    assert mariadb.url.startswith("mariadb://root@127.0.0.1:")
    assert postgres.query("SHOW listen_addresses").strip() == "127.0.0.1"
    assert mariadb.query("SELECT @@bind_address").strip() == "127.0.0.1"


def test_missing_servers_name_the_debian_package(monkeypatch):
    monkeypatch.setattr(servers.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(servers.shutil, "which", lambda name: None)
    monkeypatch.setattr(servers.os, "access", lambda path, mode: False)
    with pytest.raises(servers.Missing, match="install the Debian package 'postgresql'"):
        servers.start_postgres()
    with pytest.raises(servers.Missing, match="install the Debian package 'mariadb-server'"):
        servers.start_mariadb()


def test_differences_name_every_attribute():
    engine = {"t": TableShape("t", "c", {"a": ColumnShape("a", "text", False, "x", True, False, "u"),
                                          "b": ColumnShape("b", "integer", True)}),
              "gone": TableShape("gone")}
    replay = {"t": TableShape("t", None, {"a": ColumnShape("a", "other", True, None, False, True, None),
                                          "c": ColumnShape("c", "integer", True)}),
              "extra": TableShape("extra")}
    assert catalog.differences(engine, replay) == [
        "table invented: extra",
        "table missing: gone",
        "table comment: t: engine 'c', replay None",
        "family: t.a: engine 'text', replay 'other'",
        "nullable: t.a: engine False, replay True",
        "comment: t.a: engine 'x', replay None",
        "primary: t.a: engine True, replay False",
        "unique: t.a: engine False, replay True",
        "references: t.a: engine 'u', replay None",
        "column missing: t.b",
        "column invented: t.c",
    ]
    assert catalog.differences(engine, engine) == []
