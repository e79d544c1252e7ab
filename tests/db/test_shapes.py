"""One fixture per statement shape (tests/db/fixtures/): the replay must
build what the database builds.

Each shape is checked twice: without a server, the replay's tables and
columns (and its notes) are compared with what they must be; with the
server, the database's catalog is compared with the replay, attribute by
attribute (:func:`tests.db.catalog.differences`).  A difference is either
gone or listed in the shape's ``exceptions`` with the reason, and the
list is asserted exactly, so a new difference fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Mapping, Tuple

import pytest

from schemalint.record import dataclass, field

from . import catalog

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class ShapeCase:
    file: str
    #: table -> its columns, as the replay must build them
    tables: Mapping[str, Tuple[str, ...]]
    #: (line, words the note contains) for every located note
    notes: Tuple[Tuple[int, str], ...] = ()
    #: what the engine refuses while running the file: (line, words of its error)
    engine_errors: Tuple[Tuple[int, str], ...] = ()
    #: difference (catalog.differences) -> why it is right
    exceptions: Mapping[str, str] = field(default_factory=dict)
    #: (table, column, attribute, value) the replay must hold
    facts: Tuple[Tuple[str, str, str, object], ...] = ()

    @property
    def engine(self) -> str:
        return "mariadb" if self.file.startswith("mariadb") else "postgres"


CASES: List[ShapeCase] = [
    ShapeCase(
        "sormas_rename_column.sql",
        {"symptoms": ("chills", "id", "otherhemorrhagicsymptoms", "otherhemorrhagicsymptomstext",
                      "othernonhemorrhagicsymptoms", "othernonhemorrhagicsymptomstext", "vomiting"),
         "person": ("approximateagetype", "first_name", "id"),
         "person_versions": ("approximateagetype", "firstname", "id")},
        facts=(("person", "approximateagetype", "family", "text"),
               ("person_versions", "approximateagetype", "family", "text"),
               ("symptoms", "vomiting", "family", "text")),
    ),
    ShapeCase(
        "sormas_like_history.sql",
        {"users": ("id", "username"),
         "users_userroles": ("user_id", "userrole_id"),
         "userroles": ("caption", "id"),
         "userroles_userrights": ("sys_period", "userright", "userrole_id"),
         "userroles_userrights_history": ("sys_period", "userright", "userrole_id")},
        facts=(
            # the foreign key made before `userrolesconfig RENAME TO userroles` follows the table
            ("userroles_userrights", "userrole_id", "references", "userroles"),
            ("users_userroles", "userrole_id", "references", "userroles"),
            # DROP COLUMN userrole dropped unq_userroles_0 (user_id, userrole)
            ("users_userroles", "user_id", "unique", False),
            ("users_userroles", "user_id", "references", "users"),
            # LIKE copies NOT NULL, not keys
            ("userroles_userrights_history", "userrole_id", "nullable", False),
            ("userroles_userrights_history", "userright", "unique", False),
            ("userroles_userrights", "userright", "unique", True),
        ),
    ),
    ShapeCase(
        "sormas_do_blocks.sql",
        {"immunization": ("id", "numberofdoses_details"),
         "immunization_history": ("id", "numberofdoses_details"),
         "cases": ("diseasevariantdetails", "id"),
         "cases_history": ("diseasevariantdetails", "id")},
        facts=(
            # the re-run raises duplicate_column, its handler runs, the column stays as it was
            ("immunization", "numberofdoses_details", "comment", "set between the two runs"),
            ("cases_history", "diseasevariantdetails", "family", "text"),
        ),
    ),
    ShapeCase(
        "do_block_uncertain.sql",
        {"pegawai": ("id", "nama", "nip")},
        notes=((13, "runs only under IF"), (22, "EXECUTE in the DO block at line 17"),
               (24, "EXECUTE in the DO block at line 17"),
               (31, "the column already exists (duplicate_column) and no EXCEPTION handler catches it")),
        engine_errors=((32, 'column "nama" of relation "pegawai" already exists'),),
        exceptions={
            "column missing: pegawai.npwp": "added under IF, which replay cannot decide: a located note (line 13)",
            "column missing: pegawai.created_at": "added by EXECUTE format(...) in a loop: dynamic SQL, "
                                                   "a located note (line 22)",
            "column missing: pegawai.updated_at": "added by EXECUTE: dynamic SQL, a located note (line 24)",
        },
        facts=(("pegawai", "nama", "family", "text"),),
    ),
    ShapeCase(
        "like_including.sql",
        {t: ("id", "kelas_id", "nama", "nik") for t in
         ("peserta", "peserta_copy", "peserta_all", "peserta_comments")}
        | {"peserta_no_comments": ("catatan", "id", "kelas_id", "nama", "nik")},
        facts=(
            ("peserta_copy", "nik", "nullable", False),
            ("peserta_copy", "id", "primary", False),
            ("peserta_copy", "nik", "comment", None),
            ("peserta_all", "id", "primary", True),
            ("peserta_all", "nik", "unique", True),
            ("peserta_all", "kelas_id", "references", None),
            ("peserta_all", "nik", "comment", "NIK peserta. schemalint: encrypted=app-aes-gcm"),
            ("peserta_no_comments", "nik", "comment", None),
            ("peserta_no_comments", "nik", "unique", True),
            ("peserta_comments", "nik", "comment", "NIK peserta. schemalint: encrypted=app-aes-gcm"),
            ("peserta_comments", "nik", "unique", False),
        ),
    ),
    ShapeCase(
        "alter_if_exists_only.sql",
        {"pasien": ("email", "id", "no_telp")},
        facts=(("pasien", "no_telp", "nullable", False),
               ("pasien", "no_telp", "comment", "nomor telepon"),
               ("pasien", "email", "family", "text")),
    ),
    ShapeCase(
        "named_types.sql",
        {"penduduk": ("id", "jenis_kelamin", "nik", "riwayat", "status_kawin", "tanggal_lahir")},
        facts=(("penduduk", "jenis_kelamin", "family", "enum"),
               ("penduduk", "status_kawin", "family", "enum"),
               ("penduduk", "nik", "family", "text"),
               ("penduduk", "tanggal_lahir", "family", "date"),
               ("penduduk", "riwayat", "family", "array")),
    ),
    ShapeCase(
        "qualified_names.sql",
        {"sik.golongan_barang_medis": ("id", "nama"), "ref.hari": ("id", "nama"),
         "sik.barang_medis": ("id", "id_golongan")},
        notes=((13, "key or index on unknown table ref.golongan_barang_medis"),
               (14, "comment on unknown table ref.golongan_barang_medis")),
        engine_errors=((13, 'relation "ref.golongan_barang_medis" does not exist'),
                       (14, 'relation "ref.golongan_barang_medis" does not exist')),
        facts=(("sik.golongan_barang_medis", "nama", "unique", False),
               ("sik.golongan_barang_medis", "nama", "comment", None)),
    ),
    ShapeCase(
        "mariadb_rename_like_keys.sql",
        {"warga": ("id", "nama_lengkap", "nik", "no_kk"),
         "warga_2021": ("id", "nama", "nik", "no_kk")},
        notes=((19, "MariaDB refuses to drop it"),),
        engine_errors=((19, "Key column 'no_kk' doesn't exist in table"),),
        facts=(("warga_2021", "nik", "comment", "NIK warga"),
               ("warga_2021", "nik", "unique", True),
               ("warga_2021", "id", "primary", True)),
    ),
]

_IDS = [c.file for c in CASES]


def _replayed(case: ShapeCase):
    dialect = "mariadb" if case.engine == "mariadb" else None
    schema, _run = catalog.replay([FIXTURES / case.file], dialect=dialect)
    return schema


def test_every_fixture_has_a_case():
    assert sorted(p.name for p in FIXTURES.glob("*.sql")) == sorted(_IDS)


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_replay_builds_the_shape(case: ShapeCase):
    schema = _replayed(case)
    shape = catalog.from_replay(schema)
    assert {k: tuple(sorted(t.columns)) for k, t in shape.items()} == {
        k: tuple(sorted(v)) for k, v in case.tables.items()}
    for table, column, attr, value in case.facts:
        assert getattr(shape[table].columns[column], attr) == value, (table, column, attr)
    notes = [(n.location.line, n.reason) for n in schema.notes]
    assert len(notes) == len(case.notes), notes
    for (line, words), (got_line, reason) in zip(case.notes, sorted(notes)):
        assert (got_line, words in reason) == (line, True), (got_line, reason)
    assert not schema.failures


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_engine_builds_what_replay_builds(case: ShapeCase, request):
    server, database = request.getfixturevalue(
        "mariadb_database" if case.engine == "mariadb" else "pg_database")
    applied = server.apply((FIXTURES / case.file).read_text(), database)
    assert len(applied.errors) == len(case.engine_errors), applied.errors
    for (line, words), (got_line, message) in zip(case.engine_errors, applied.errors):
        assert got_line == line and words in message, (got_line, message)
    engine = (catalog.read_mariadb if case.engine == "mariadb" else catalog.read_postgres)(server, database)
    assert sorted(catalog.differences(engine, catalog.from_replay(_replayed(case)))) == sorted(case.exceptions)

