"""Real migration files through a real engine and through schemalint's
replay: the two catalogs must agree (issue 14).

For every corpus item (../shared/corpus) and SORMAS's migration script
(tests/db/data), the files of the replayed history are run, in the
replay's order, by ``psql``/``mariadb`` against a fresh database; the
engine's catalog (tables, columns, type family, nullability, comments,
primary/unique/foreign keys) is compared with the replay's schema.

What the engine refuses while running a file is listed per item
(``engine_errors``: a pattern of the error and why), and every difference
is either gone or a documented exception (``exceptions``: the difference
and why replay is right, or why the difference is accepted).  Both lists
are asserted exactly, so a new difference or a new refusal fails the
test.  ``replayed`` pins the replay's (tables, columns) for the no-server
test, so the figures stay checked where no server is installed.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Mapping, Tuple

import pytest

from schemalint.record import dataclass, field

from ..conftest import CORPUS
from . import catalog
from .conftest import new_database

DATA = Path(__file__).parent / "data"
SORMAS = DATA / "sormas_schema.sql"
#: the committed copy; its pinned figures hold for it only
SORMAS_SHA256 = "bed68a65287f4f72c527b0af9788bbc4eedd141fc443f4d1724255d443167137"

#: what SORMAS's own database setup (setup_sormas_db.sh) makes before it
#: runs the script: its role, contrib extensions, and the temporal-tables
#: ``versioning()`` trigger function.  That function (MIT, shipped beside
#: the script) keeps history rows; a trigger shapes no table, so this
#: stand-in only fills the period column the way it does.
SORMAS_SETUP = """
CREATE ROLE sormas_user;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION pgcrypto;
CREATE EXTENSION unaccent;
CREATE FUNCTION versioning() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], tstzrange(current_timestamp, NULL)));
END $$;
"""


@dataclass(frozen=True)
class Item:
    name: str
    engine: str  # postgres | mariadb
    paths: Tuple[str, ...]  # under the corpus item's directory
    replayed: Tuple[int, int]  # the replay's (tables, columns)
    setup: str = ""
    #: regular expression matching an error the engine reports -> why
    engine_errors: Mapping[str, str] = field(default_factory=dict)
    #: difference (catalog.differences) -> why
    exceptions: Mapping[str, str] = field(default_factory=dict)


_OSM_POSTGIS = "PostGIS (Debian package postgresql-15-postgis-3) is not installed on the test server"
_KHANZA_SCHEMA = ("key.sql names ref.{t}, the migration creates sik.{t}: PostgreSQL refuses the foreign key, "
                  "replay keeps the declared reference (a referenced table may live outside the replayed "
                  "files)")
_OPENSID_CONFLICT = "an unresolved merge-conflict block of the upstream dump (PARSE001 in schemalint)"

ITEMS = [
    Item("lago-pg", "postgres", ("db/structure.sql",), (139, 1691),
         engine_errors={r'^extension "pg_partman" is not available$':
                        "the pg_partman extension is not installed; the dump creates no table with it"}),
    Item("osm-rails", "postgres", ("db/structure.sql",), (57, 391),
         engine_errors={
             r'^extension "postgis" (is not available|does not exist)$': _OSM_POSTGIS,
             r'^type "public\.geometry" does not exist$': _OSM_POSTGIS + ": moderation_zones is not created",
             r'^relation "public\.moderation_zones" does not exist$': "its sequence, keys and indexes",
         },
         exceptions={"table invented: moderation_zones":
                     "the engine could not create it without PostGIS; replay reads its CREATE TABLE"}),
    Item("documenso-prisma", "postgres", ("packages/prisma/migrations",), (51, 489)),
    Item("khanza-ikti-pg", "postgres", ("app/Core/Database/Backup",), (72, 866),
         setup="CREATE ROLE postgres;",
         engine_errors={
             r'^relation "\w+\.\w+_structure" does not exist$':
                 "key.sql first keys the *_structure tables that the Encrypt/ scripts create (not replayed)",
             r'^relation "(ref\.(alasan_cuti|departemen|golongan_barang_medis|jenis_barang_medis)|sik\.(hari|'
             r'industri_farmasi|jabatan|kategori_barang_medis|organisasi|role|ruangan|satuan_barang_medis|'
             r'shift|status_aktif_pegawai|supplier_barang_medis))" does not exist$':
                 "key.sql qualifies these tables with the other schema than migration.sql creates them in",
             r'^function sik\.trigger_\w+\(\) does not exist$':
                 "the trigger functions are in function.sql, a history of its own",
         },
         exceptions={
             "references: sik.barang_medis.id_golongan: engine None, replay 'ref.golongan_barang_medis'":
                 _KHANZA_SCHEMA.format(t="golongan_barang_medis"),
             "references: sik.barang_medis.id_jenis: engine None, replay 'ref.jenis_barang_medis'":
                 _KHANZA_SCHEMA.format(t="jenis_barang_medis"),
             "references: sik.cuti.id_alasan_cuti: engine None, replay 'ref.alasan_cuti'":
                 _KHANZA_SCHEMA.format(t="alasan_cuti"),
             "references: sik.pegawai.id_departemen: engine None, replay 'ref.departemen'":
                 _KHANZA_SCHEMA.format(t="departemen"),
         }),
    Item("opensid-sqldump-2022", "mariadb", ("contoh_data_awal_20221101.sql",), (213, 1979),
         engine_errors={
             r"^1064: .* near '(<<<<<<<<|========|>>>>>>>>)": "the dump's 16 merge-conflict blocks: the "
                                                              "client runs their marker lines as SQL",
             r"^1146: Table '\w+\.(grup_akses|setting_modul|setting_aplikasi|setting_aplikasi_options|"
             r"tweb_surat_format|syarat_surat|migrasi|daftar_kontak)' doesn't exist$":
                 "rows for tables whose CREATE TABLE " + _OPENSID_CONFLICT + " spans",
             r'^1005: Can\'t create table `\w+`\.`syarat_surat` \(errno: 150 "Foreign key constraint is '
             r'incorrectly formed"\)$': "its foreign key references tweb_surat_format, which is not created",
         },
         exceptions={
             "table invented: hubung_warga": "its CREATE TABLE follows " + _OPENSID_CONFLICT + "; the client "
                 "runs the closing marker line into it and fails, replay reads it (either side of the "
                 "conflict keeps it)",
             "table invented: syarat_surat": "MariaDB refuses it because its foreign key's table "
                 "(tweb_surat_format) sits in " + _OPENSID_CONFLICT + "; replay keeps the table",
         }),
    Item("openmrs-liquibase", "mariadb", ("initial_test_db.sql",), (116, 1475)),
    Item("openemr-schema", "mariadb", ("Samples/OpenEMR/openemr.sql",), (184, 2276)),
    Item("mlite", "mariadb", ("mlite_db.sql",), (246, 2783)),
    # Before issue 14 the replay built 211 tables (10 invented by RENAME a TO b read as a table
    # rename) and 3,303 columns of the 201 tables and 5,302 columns PostgreSQL builds.
    Item("sormas", "postgres", ("sormas_schema.sql",), (201, 5302), setup=SORMAS_SETUP),
]


def _root(item: Item) -> Path:
    if item.name == "sormas":
        override = os.environ.get("SCHEMALINT_SORMAS_SQL")
        if override:
            if not Path(override).is_file():
                pytest.skip(f"SCHEMALINT_SORMAS_SQL={override} is not a file")
            return Path(override).parent
        return DATA
    if not CORPUS.is_dir():
        pytest.skip(f"real-schema corpus not found at {CORPUS} (it sits beside the repository in CI)")
    return CORPUS / item.name


def _paths(item: Item):
    root = _root(item)
    if item.name == "sormas" and os.environ.get("SCHEMALINT_SORMAS_SQL"):
        return [Path(os.environ["SCHEMALINT_SORMAS_SQL"])]
    return [root / p for p in item.paths]


def _pinned(item: Item) -> bool:
    """The item's pinned figures apply (always, but for another SORMAS)."""
    if item.name != "sormas":
        return True
    path = _paths(item)[0]
    return hashlib.sha256(path.read_bytes()).hexdigest() == SORMAS_SHA256


_replays: dict = {}


def _replay(item: Item):
    if item.name not in _replays:
        _replays[item.name] = catalog.replay(_paths(item))
    return _replays[item.name]


@pytest.mark.parametrize("item", ITEMS, ids=[i.name for i in ITEMS])
def test_replay_figures_without_a_server(item: Item):
    schema, run = _replay(item)
    if not _pinned(item):
        pytest.skip("SCHEMALINT_SORMAS_SQL names another version: its figures are not pinned")
    assert catalog.counts(catalog.from_replay(schema)) == item.replayed
    assert len(run.schemas) == (2 if item.name == "khanza-ikti-pg" else 1)  # function.sql is its own


@pytest.mark.slow
@pytest.mark.parametrize("item", ITEMS, ids=[i.name for i in ITEMS])
def test_replay_matches_engine(item: Item, request):
    schema, _run = _replay(item)
    server = request.getfixturevalue(item.engine)
    database = new_database(server, item.name)
    if item.setup:
        server.query(item.setup, database)
    errors = []
    assert all(p.endswith(".sql") for p in schema.files), schema.files
    for path in schema.files:  # the replay's files, in its order
        applied = server.apply(Path(path).read_text(encoding="utf-8", errors="replace"), database)
        errors.extend(message for _line, message in applied.errors)
    unexplained = [m for m in errors if not any(re.search(p, m) for p in item.engine_errors)]
    assert not unexplained, unexplained[:20]
    unused = [p for p in item.engine_errors if not any(re.search(p, m) for m in errors)]
    assert not unused, f"documented engine errors that no longer occur: {unused}"
    read = catalog.read_mariadb if item.engine == "mariadb" else catalog.read_postgres
    engine = read(server, database)
    replayed = catalog.from_replay(schema)
    report = (f"{item.name}: engine {catalog.counts(engine)} (tables, columns), "
              f"replay {catalog.counts(replayed)}")
    print(report)
    assert sorted(catalog.differences(engine, replayed)) == sorted(item.exceptions), report
    if _pinned(item):
        assert catalog.counts(replayed) == item.replayed


def test_sormas_copy_is_the_pinned_one():
    assert hashlib.sha256(SORMAS.read_bytes()).hexdigest() == SORMAS_SHA256

