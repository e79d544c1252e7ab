"""Laravel frontend: schema-builder migrations, OpenSID's CodeIgniter
migrations and Eloquent model casts (schemalint.frontends.laravel)."""

from __future__ import annotations

import os
import random
import textwrap
from pathlib import Path

import pytest

from schemalint.frontends import FrontendOptions, laravel
from schemalint.model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    FileResult,
    ParseFailure,
    RenameTable,
    Skipped,
)
from schemalint.replay import replay
from schemalint.sources import SourceFile, discover, history_key
from schemalint.types import FAMILIES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "laravel"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def php(body: str, path: str = "database/migrations/2024_01_01_000000_test.php",
        fmt: str = "laravel") -> FileResult:
    """Parse ``body`` (dedented); a body without ``<?php`` is wrapped in a
    migration class's up() method."""
    text = textwrap.dedent(body).strip("\n") + "\n"
    if not text.startswith("<?php"):
        inner = textwrap.indent(text, " " * 8)
        text = ("<?php\n\nreturn new class extends Migration\n{\n    public function up(): void\n"
                "    {\n" + inner + "    }\n};\n")
    sf = SourceFile(path, path, fmt, "test", text=text)
    return laravel.parse(sf, FrontendOptions())


def of(result: FileResult, kind):
    return [c for c in result.changes if isinstance(c, kind)]


def one(result: FileResult, kind):
    found = of(result, kind)
    assert len(found) == 1, result.changes
    return found[0]


def col(ct: CreateTable, name: str):
    for c in ct.columns:
        if c.name == name:
            return c
    raise AssertionError(f"no column {name} in {[c.name for c in ct.columns]}")


def key(ct: CreateTable, kind: str, *columns: str):
    """The table-level constraint of ``kind`` on exactly ``columns``."""
    found = [k for k in ct.constraints if k.kind == kind and k.columns == columns]
    assert len(found) == 1, ct.constraints
    return found[0]


def notes(result: FileResult, kind: str = "unsupported"):
    return [c for c in result.changes if isinstance(c, Skipped) and c.kind == kind]


def schema(*results: FileResult):
    return replay("test", laravel.order(list(results)))


# --------------------------------------------------------------------------
# Schema::create and column types
# --------------------------------------------------------------------------


def test_create_table_columns_types_and_locations():
    r = php("""
        Schema::create('penduduk', function (Blueprint $table) {
            $table->id();
            $table->string('nik', 16);
            $table->string('nama');
        });
    """)
    ct = one(r, CreateTable)
    assert ct.table.name == "penduduk"
    assert (ct.location.line, ct.location.col) == (7, 9)
    assert [c.name for c in ct.columns] == ["id", "nik", "nama"]
    nik = col(ct, "nik")
    assert (nik.type.name, nik.type.family, nik.type.params, nik.type.length) == ("varchar", "text", ("16",), 16)
    assert nik.type.raw == "string(16)"
    assert (nik.location.line, nik.location.col) == (9, 13)  # where `$table->string('nik'...` starts
    assert nik.nullable is False  # Laravel columns are NOT NULL unless ->nullable()
    assert col(ct, "nama").type.params == ()  # no length given: the app default is unknown
    ident = col(ct, "id")
    assert ident.primary_key and ident.type.name == "bigint" and ident.hints["auto_increment"] == "true"


COLUMN_CASES = [
    # (call, column, type name, family, params, nullable, primary)
    ("$table->id();", "id", "bigint", "integer", (), False, True),
    ("$table->id('kode');", "kode", "bigint", "integer", (), False, True),
    ("$table->bigIncrements('id');", "id", "bigint", "integer", (), False, True),
    ("$table->increments('id');", "id", "int", "integer", (), False, True),
    ("$table->integer('id', true);", "id", "int", "integer", (), False, True),
    ("$table->integer('umur');", "umur", "int", "integer", (), False, False),
    ("$table->tinyInteger('sex');", "sex", "tinyint", "integer", (), False, False),
    ("$table->unsignedTinyInteger('sex');", "sex", "tinyint", "integer", (), False, False),
    ("$table->smallInteger('n');", "n", "smallint", "integer", (), False, False),
    ("$table->mediumInteger('n');", "n", "mediumint", "integer", (), False, False),
    ("$table->bigInteger('n');", "n", "bigint", "integer", (), False, False),
    ("$table->unsignedBigInteger('n');", "n", "bigint", "integer", (), False, False),
    ("$table->boolean('aktif');", "aktif", "boolean", "boolean", (), False, False),
    ("$table->string('nik', 16);", "nik", "varchar", "text", ("16",), False, False),
    ("$table->char('kode', 2);", "kode", "char", "text", ("2",), False, False),
    ("$table->text('alamat');", "alamat", "text", "text", (), False, False),
    ("$table->tinyText('ket');", "ket", "tinytext", "text", (), False, False),
    ("$table->mediumText('isi');", "isi", "mediumtext", "text", (), False, False),
    ("$table->longText('isi');", "isi", "longtext", "text", (), False, False),
    ("$table->date('tanggallahir');", "tanggallahir", "date", "date", (), False, False),
    ("$table->dateTime('waktu');", "waktu", "datetime", "datetime", (), False, False),
    ("$table->datetime('waktu');", "waktu", "datetime", "datetime", (), False, False),  # PHP is case-insensitive
    ("$table->timestamp('waktu', 6);", "waktu", "timestamp", "datetime", ("6",), False, False),
    ("$table->timestampTz('waktu');", "waktu", "timestamp", "datetime", (), False, False),
    ("$table->time('jam');", "jam", "time", "time", (), False, False),
    ("$table->year('tahun_lahir');", "tahun_lahir", "year", "integer", (), False, False),
    ("$table->json('data');", "data", "json", "json", (), False, False),
    ("$table->jsonb('data');", "data", "jsonb", "json", (), False, False),
    ("$table->binary('foto');", "foto", "blob", "binary", (), False, False),
    ("$table->binary('iv', 16);", "iv", "varbinary", "binary", ("16",), False, False),
    ("$table->decimal('gaji', 15, 2);", "gaji", "decimal", "decimal", ("15", "2"), False, False),
    ("$table->decimal('gaji');", "gaji", "decimal", "decimal", ("8", "2"), False, False),
    ("$table->float('berat');", "berat", "float", "float", (), False, False),
    ("$table->double('luas', 10, 2);", "luas", "double", "float", ("10", "2"), False, False),
    ("$table->enum('jk', ['L', 'P']);", "jk", "enum", "enum", ("L", "P"), False, False),
    ("$table->set('hari', ['sen', 'sel']);", "hari", "set", "enum", ("sen", "sel"), False, False),
    ("$table->uuid();", "uuid", "uuid", "uuid", (), False, False),
    ("$table->uuid('id')->primary();", "id", "uuid", "uuid", (), False, True),
    ("$table->ulid('kode');", "kode", "char", "text", ("26",), False, False),
    ("$table->foreignId('user_id');", "user_id", "bigint", "integer", (), False, False),
    ("$table->foreignUuid('user_id');", "user_id", "uuid", "uuid", (), False, False),
    ("$table->ipAddress();", "ip_address", "varchar", "text", ("45",), False, False),
    ("$table->ipAddress('ip');", "ip", "varchar", "text", ("45",), False, False),
    ("$table->macAddress('mac');", "mac", "varchar", "text", ("17",), False, False),
    ("$table->point('lokasi');", "lokasi", "point", "geo", (), False, False),
    ("$table->geometry('area');", "area", "geometry", "geo", (), False, False),
    ("$table->rememberToken();", "remember_token", "varchar", "text", ("100",), True, False),
    ("$table->softDeletes();", "deleted_at", "timestamp", "datetime", (), True, False),
    ("$table->softDeletesTz('dihapus');", "dihapus", "timestamp", "datetime", (), True, False),
    ("$table->addColumn('date', 'tanggal_terbit');", "tanggal_terbit", "date", "date", (), False, False),
    ("$table->Char('desa_id', 13);", "desa_id", "char", "text", ("13",), False, False),
]


@pytest.mark.parametrize("call,name,tname,family,params,nullable,primary", COLUMN_CASES)
def test_column_methods_map_to_types(call, name, tname, family, params, nullable, primary):
    r = php(f"""
        Schema::create('t', function (Blueprint $table) {{
            {call}
        }});
    """)
    c = col(one(r, CreateTable), name)
    assert (c.type.name, c.type.family, c.type.params) == (tname, family, params)
    assert c.nullable is nullable
    assert c.primary_key is primary
    assert c.type.family in FAMILIES
    assert not notes(r)


def test_multi_column_helpers():
    r = php("""
        Schema::create('t', function (Blueprint $table) {
            $table->timestamps();
            $table->morphs('taggable');
            $table->nullableMorphs('owner');
            $table->uuidMorphs('subject');
            $table->foreignIdFor(User::class);
            $table->foreignIdFor(\\App\\Models\\Person::class, 'penulis_id')->constrained();
        });
    """)
    ct = one(r, CreateTable)
    names = [c.name for c in ct.columns]
    assert names == ["created_at", "updated_at", "taggable_type", "taggable_id", "owner_type",
                     "owner_id", "subject_type", "subject_id", "user_id", "penulis_id"]
    assert col(ct, "created_at").nullable and col(ct, "updated_at").type.family == "datetime"
    assert not col(ct, "taggable_id").nullable and col(ct, "taggable_id").type.name == "bigint"
    assert col(ct, "owner_type").nullable and col(ct, "owner_id").nullable
    assert col(ct, "subject_id").type.family == "uuid"
    assert col(ct, "user_id").type.name == "bigint"
    ref = key(ct, "foreign", "penulis_id").references  # a named key, not a flag of the column
    assert ref.table.name == "people" and ref.columns == ("id",)  # Person -> people
    assert key(ct, "index", "taggable_type", "taggable_id").name == "t_taggable_type_taggable_id_index"


# --------------------------------------------------------------------------
# modifiers
# --------------------------------------------------------------------------


def test_column_modifiers():
    r = php("""
        Schema::create('penduduk', function (Blueprint $table) {
            $table->string('nik', 16)->nullable()->unique()->comment('Nomor Induk Kependudukan');
            $table->string('nama')->nullable(false)->default('tanpa nama');
            $table->integer('status')->default(1);
            $table->boolean('aktif')->default(true);
            $table->timestamp('dibuat')->useCurrent();
            $table->string('kode')->primary();
            $table->char('nik_hash', 64)->index('nik_hash_idx');
            $table->foreignId('keluarga_id')->constrained();
            $table->foreignId('ibu_id')->constrained('penduduk');
            $table->unsignedInteger('desa_id')->references('id')->on('desa');
            $table->string('key_hash')->virtualAs('md5(nik)');
        });
    """)
    ct = one(r, CreateTable)
    nik = col(ct, "nik")
    assert nik.nullable and nik.comment == "Nomor Induk Kependudukan"
    # ->unique() is Laravel's separate, named unique index
    assert not nik.unique and key(ct, "unique", "nik").name == "penduduk_nik_unique"
    nama = col(ct, "nama")
    assert nama.nullable is False and nama.default == "'tanpa nama'"
    assert col(ct, "status").default == "1"
    assert col(ct, "aktif").default == "true"
    assert col(ct, "dibuat").default == "CURRENT_TIMESTAMP"
    assert col(ct, "kode").primary_key
    assert any(k.kind == "index" and k.columns == ("nik_hash",) and k.name == "nik_hash_idx"
               for k in ct.constraints)
    assert key(ct, "foreign", "keluarga_id").references.table.name == "keluargas"  # Laravel's guess
    assert key(ct, "foreign", "keluarga_id").name == "penduduk_keluarga_id_foreign"
    assert key(ct, "foreign", "ibu_id").references.table.name == "penduduk"
    assert key(ct, "foreign", "desa_id").references.table.name == "desa"
    assert not any(c.references for c in ct.columns)
    assert col(ct, "key_hash").hints["generated"] == "'md5(nik)'"
    assert not notes(r)


def test_change_becomes_alter_column():
    r = php("""
        Schema::table('penduduk', function (Blueprint $table) {
            $table->text('nama')->change();
            $table->string('nik', 16)->nullable()->comment('terenkripsi')->change();
        });
    """)
    alters = of(r, AlterColumn)
    assert [a.column for a in alters] == ["nama", "nik"]
    assert alters[0].type.name == "text" and alters[0].nullable is None and alters[0].comment == UNSET
    assert alters[1].nullable is True and alters[1].comment == "terenkripsi"
    assert (alters[0].location.line, alters[0].location.col) == (8, 13)
    assert not of(r, AddColumn)


def test_unknown_modifier_and_method_are_noted_with_location():
    r = php("""
        Schema::create('t', function (Blueprint $table) {
            $table->string('a')->sparkle();
            $table->magicColumn('b');
        });
    """)
    assert [c.name for c in one(r, CreateTable).columns] == ["a"]
    reasons = {(n.location.line, n.location.col): n.reason for n in notes(r)}
    assert "sparkle" in reasons[(8, 13)]
    assert "magicColumn" in reasons[(9, 13)]


# --------------------------------------------------------------------------
# table-level commands
# --------------------------------------------------------------------------


def test_table_level_keys_in_create():
    r = php("""
        Schema::create('anggota', function (Blueprint $table) {
            $table->integer('config_id');
            $table->string('nik', 16);
            $table->integer('kelompok_id');
            $table->primary(['config_id', 'nik']);
            $table->unique(['config_id', 'nik'], 'nik_config');
            $table->index('kelompok_id');
            $table->foreign('kelompok_id', 'anggota_kelompok_fk')->references('id')->on('kelompok')->onDelete('cascade');
            $table->comment('Anggota kelompok');
        });
    """)
    ct = one(r, CreateTable)
    kinds = {(k.kind, k.columns) for k in ct.constraints}
    assert ("primary", ("config_id", "nik")) in kinds
    assert ("unique", ("config_id", "nik")) in kinds
    assert ("index", ("kelompok_id",)) in kinds
    fk = next(k for k in ct.constraints if k.kind == "foreign")
    assert fk.name == "anggota_kelompok_fk" and fk.references.table.name == "kelompok"
    assert fk.references.columns == ("id",)
    assert ct.comment == "Anggota kelompok"
    s = schema(r)
    t = s.tables["anggota"]
    assert t.columns["nik"].primary_key and t.columns["nik"].unique
    assert t.columns["kelompok_id"].indexed
    assert t.columns["kelompok_id"].references.table.name == "kelompok"


# --------------------------------------------------------------------------
# key names and dropped keys
# --------------------------------------------------------------------------


def test_keys_carry_laravels_default_names():
    r = php("""
        Schema::create('das_penduduk', function (Blueprint $table) {
            $table->id();
            $table->string('nik', 16)->unique();
            $table->string('no_kk')->unique('kk_unik');
            $table->string('nama')->index();
            $table->text('alamat')->fullText();
            $table->foreignId('desa_id')->constrained('das_desa');
            $table->foreignId('user_id')->constrained(indexName: 'penduduk_user_fk');
            $table->integer('a');
            $table->integer('b');
            $table->primary(['a', 'b']);
            $table->index(['a', 'b']);
            $table->unique(['a', 'b']);
            $table->foreign('a')->references('id')->on('x');
            $table->spatialIndex('b');
            $table->morphs('pemilik');
        });
    """)
    ct = one(r, CreateTable)
    names = {(k.kind, k.columns): k.name for k in ct.constraints}
    assert names == {
        ("unique", ("nik",)): "das_penduduk_nik_unique",
        ("unique", ("no_kk",)): "kk_unik",
        ("index", ("nama",)): "das_penduduk_nama_index",
        ("index", ("alamat",)): "das_penduduk_alamat_fulltext",
        ("foreign", ("desa_id",)): "das_penduduk_desa_id_foreign",
        ("foreign", ("user_id",)): "penduduk_user_fk",
        ("primary", ("a", "b")): "das_penduduk_a_b_primary",
        ("index", ("a", "b")): "das_penduduk_a_b_index",
        ("unique", ("a", "b")): "das_penduduk_a_b_unique",
        ("foreign", ("a",)): "das_penduduk_a_foreign",
        ("index", ("b",)): "das_penduduk_b_spatialindex",
        ("index", ("pemilik_type", "pemilik_id")): "das_penduduk_pemilik_type_pemilik_id_index",
    }
    assert laravel.index_name(laravel._table_ref("app.user-logs"), "index", ["ip"]) == "app_user_logs_ip_index"


def test_add_column_keys_are_named_constraints():
    r = php("""
        Schema::table('users', function (Blueprint $table) {
            $table->string('mobile')->nullable()->unique();
            $table->foreignId('pengurus_id')->nullable()->constrained('das_pengurus');
            $table->string('kode')->unique()->change();
        });
    """)
    mobile, pengurus = (a.column for a in of(r, AddColumn))
    assert not mobile.unique and pengurus.references is None
    names = [(c.constraint.kind, c.constraint.columns, c.constraint.name) for c in of(r, AddConstraint)]
    assert names == [("unique", ("mobile",), "users_mobile_unique"),
                     ("foreign", ("pengurus_id",), "users_pengurus_id_foreign"),
                     ("unique", ("kode",), "users_kode_unique")]


def test_drop_key_methods_become_drop_constraints():
    r = php("""
        Schema::table('das_penduduk', function (Blueprint $table) {
            $table->dropUnique('das_penduduk_nik_unique');
            $table->dropUnique(['id', 'desa_id']);
            $table->dropForeign(['kategori_id']);
            $table->dropForeign('das_pesan_das_data_desa_id_foreign');
            $table->dropIndex(['uuid']);
            $table->dropIndex('idx_nama');
            $table->dropFullText(['alamat']);
            $table->dropSpatialIndex(['lokasi']);
            $table->dropPrimary('id');
            $table->dropForeignIdFor(User::class);
            $table->dropForeignIdFor(User::class, 'penulis_id');
        });
    """)
    assert not notes(r)
    got = [(d.table.name, d.name, d.kind, d.columns) for d in of(r, DropConstraint)]
    assert got == [
        ("das_penduduk", "das_penduduk_nik_unique", "unique", ()),
        ("das_penduduk", "das_penduduk_id_desa_id_unique", "unique", ("id", "desa_id")),
        ("das_penduduk", "das_penduduk_kategori_id_foreign", "foreign", ("kategori_id",)),
        ("das_penduduk", "das_pesan_das_data_desa_id_foreign", "foreign", ()),
        ("das_penduduk", "das_penduduk_uuid_index", "index", ("uuid",)),
        ("das_penduduk", "idx_nama", "index", ()),
        ("das_penduduk", "das_penduduk_alamat_fulltext", "index", ("alamat",)),
        ("das_penduduk", "das_penduduk_lokasi_spatialindex", "index", ("lokasi",)),
        ("das_penduduk", None, "primary", ("*",)),  # whatever it is given: MySQL drops PRIMARY
        ("das_penduduk", "das_penduduk_user_id_foreign", "foreign", ("user_id",)),
        ("das_penduduk", "das_penduduk_penulis_id_foreign", "foreign", ("penulis_id",)),
    ]
    first = of(r, DropConstraint)[0]
    assert (first.location.line, first.location.col) == (8, 13)


def test_drop_key_with_a_computed_name_is_a_note():
    r = php("""
        Schema::table('t', function (Blueprint $table) {
            $table->dropForeign($this->namaKunci());
            $table->dropIndex([$kolom]);
        });
    """)
    assert not of(r, DropConstraint)
    assert len([n for n in notes(r) if "not literals" in n.reason]) == 2


def test_replayed_add_then_drop_unkeys_the_column():
    create = php("""
        Schema::create('das_penduduk', function (Blueprint $table) {
            $table->increments('id');
            $table->string('nik', 16)->unique();
            $table->string('nama')->index();
            $table->unsignedInteger('desa_id');
            $table->foreign('desa_id')->references('id')->on('das_desa');
            $table->foreignId('user_id')->constrained();
            $table->string('email')->unique('email_unik');
        });
    """, path="database/migrations/2019_01_01_000000_create.php")
    drop = php("""
        Schema::table('das_penduduk', function (Blueprint $table) {
            $table->dropUnique('das_penduduk_nik_unique');
            $table->dropIndex(['nama']);
            $table->dropForeign(['desa_id']);
            $table->dropForeign('das_penduduk_user_id_foreign');
            $table->dropUnique('email_unik');
            $table->dropPrimary();
        });
    """, path="database/migrations/2019_05_29_000000_drop.php")
    before = schema(create).tables["das_penduduk"].columns
    assert before["nik"].unique and before["nama"].indexed and before["id"].primary_key
    assert before["desa_id"].references.table.name == "das_desa"
    assert before["user_id"].references.table.name == "users"
    s = schema(drop, create)
    assert not s.notes
    cols = s.tables["das_penduduk"].columns
    for name in ("id", "nik", "nama", "desa_id", "user_id", "email"):
        c = cols[name]
        assert not (c.unique or c.indexed or c.primary_key or c.references or c.keys), name


def test_drop_of_an_unknown_key_is_a_replay_note():
    create = php("""
        Schema::create('t', function (Blueprint $table) {
            $table->string('nik')->unique('nik_unik');
        });
    """, path="database/migrations/2019_01_01_000000_create.php")
    drop = php("""
        Schema::table('t', function (Blueprint $table) {
            $table->dropUnique(['nik']);
        });
    """, path="database/migrations/2019_05_29_000000_drop.php")
    s = schema(create, drop)
    assert [n.reason for n in s.notes] == ["drop of unknown key or index t_nik_unique of t"]
    assert s.tables["t"].columns["nik"].unique  # Laravel would fail: the key keeps its name


def test_schema_table_commands_replay():
    create = php("""
        Schema::create('penduduk', function (Blueprint $table) {
            $table->id();
            $table->string('nama');
            $table->string('alamat');
            $table->string('a');
            $table->string('b');
            $table->string('c');
            $table->timestamps();
            $table->softDeletes();
            $table->rememberToken();
        });
    """, path="m/2024_01_01_000000_a.php")
    alter = php("""
        Schema::table('penduduk', function (Blueprint $table) {
            $table->string('telepon', 20)->nullable();
            $table->renameColumn('alamat', 'alamat_lengkap');
            $table->dropColumn('a');
            $table->dropColumn(['b']);
            $table->dropColumns('c');
            $table->dropTimestamps();
            $table->dropSoftDeletes();
            $table->dropRememberToken();
            $table->index('nama');
            $table->comment('schemalint: purpose=layanan');
        });
    """, path="m/2024_01_02_000000_b.php")
    assert [type(c).__name__ for c in alter.changes] == [
        "AddColumn", "RenameColumn", "DropColumn", "DropColumn", "DropColumn", "DropColumn",
        "DropColumn", "DropColumn", "DropColumn", "AddConstraint", "SetComment"]
    s = schema(create, alter)
    t = s.tables["penduduk"]
    assert set(t.columns) == {"id", "nama", "alamat_lengkap", "telepon"}
    assert t.columns["nama"].indexed
    assert t.comment == "schemalint: purpose=layanan"
    assert not s.notes


def test_schema_rename_drop_and_connection():
    r = php("""
        Schema::connection('pgsql')->create('arsip', function (Blueprint $table) {
            $table->id();
        });
        Schema::create('tmp', fn (Blueprint $t) => $t->id());
        Schema::create('lama', function ($table) { $table->id(); });
        Schema::rename('arsip', 'arsip_lama');
        Schema::drop('tmp');
        Schema::dropIfExists('lama');
        Schema::dropIfExists('tidak_pernah_ada');
    """)
    cts = of(r, CreateTable)
    assert [c.table.name for c in cts] == ["arsip", "tmp", "lama"]
    assert cts[0].hints["connection"] == "pgsql"
    assert one(r, RenameTable).new.name == "arsip_lama"
    assert [d.table.name for d in of(r, DropTable)] == ["tmp", "lama", "tidak_pernah_ada"]
    assert list(schema(r).tables) == ["arsip_lama"]


def test_blueprint_rename_and_drop_and_facade_aliases():
    r = php("""<?php
        use Illuminate\\Support\\Facades\\Schema as S;

        return new class extends Migration {
            public function up() {
                S::create('a', function ($t) { $t->id(); });
                \\Illuminate\\Support\\Facades\\Schema::table('a', function ($t) { $t->rename('b'); });
            }
        };
    """)
    assert one(r, CreateTable).table.name == "a"
    assert one(r, RenameTable).new.name == "b"


def test_down_is_never_replayed():
    r = php("""<?php
        return new class extends Migration {
            public function up(): void
            {
                Schema::create('t', function (Blueprint $table) { $table->id(); });
            }
            public function down(): void
            {
                Schema::dropIfExists('t');
            }
        };
    """)
    assert not of(r, DropTable)
    assert "t" in schema(r).tables


def test_guards_are_followed_and_noted():
    r = php("""
        if (! Schema::hasTable('pemilihan')) {
            Schema::create('pemilihan', function (Blueprint $table) {
                $table->uuid('uuid')->primary();
            });
        }
        if (Schema::hasColumn('program', 'userid')) {
            Schema::table('program', function ($table) {
                $table->dropColumn('userid');
            });
        }
    """)
    assert one(r, CreateTable).table.name == "pemilihan"
    assert one(r, CreateTable).if_not_exists  # created only when absent
    assert one(r, DropColumn).column == "userid"
    guard_notes = notes(r, "noop")
    assert len(guard_notes) == 2
    assert "Schema::hasTable('pemilihan')" in guard_notes[0].reason
    assert guard_notes[0].location.line == 7


def test_a_column_added_under_a_has_column_guard_is_added_only_when_absent():
    """buku-masjid re-adds existing columns behind ``if (! Schema::hasColumn(...))``:
    the replay replaced them (a note, another type, another location)."""
    create = php("""
        Schema::create('settings', function (Blueprint $table) {
            $table->id();
            $table->unsignedInteger('model_id');
            $table->string('model_type', 30);
        });
    """, path="database/migrations/2023_01_01_000000_a.php")
    later = php("""
        Schema::table('settings', function (Blueprint $table) {
            if (! Schema::hasColumn('settings', 'model_id')) {
                $table->string('model_id', 60);
            }
            if (Schema::hasColumn('settings', 'model_type') === false) {
                $table->string('model_type', 60);
            }
            if (Schema::hasColumn('settings', 'other')) {
                $table->string('extra', 60);
            }
            $table->string('plain');
        });
    """, path="database/migrations/2024_01_01_000000_b.php")
    assert not one(create, CreateTable).if_not_exists  # no guard: created whatever exists
    adds = {a.column.name: a.if_not_exists for a in of(later, AddColumn)}
    assert adds == {"model_id": True, "model_type": True, "extra": False, "plain": False}
    t = schema(create, later).tables["settings"]
    assert t.columns["model_id"].type.family == "integer"  # the created column is kept
    assert t.columns["model_type"].location.line == create.changes[0].columns[2].location.line
    assert "extra" in t.columns and "plain" in t.columns


def test_if_else_branches_all_followed_and_noted():
    r = php("""
        if (DB::getDriverName() === 'sqlite') {
            Schema::create('a', function ($t) { $t->id(); });
        } else {
            Schema::create('b', function ($t) { $t->id(); });
        }
    """)
    assert [c.table.name for c in of(r, CreateTable)] == ["a", "b"]
    assert any("all 2 branches" in n.reason for n in notes(r))


def test_match_arms_keep_first_definition():
    r = php("""
        Schema::create('pulse_values', function (Blueprint $table) {
            match ($this->driver()) {
                'mariadb', 'mysql' => $table->char('key_hash', 16)->charset('binary'),
                'pgsql' => $table->uuid('key_hash'),
            };
        });
    """)
    c = col(one(r, CreateTable), "key_hash")
    assert c.type.name == "char"
    assert any("match" in n.reason for n in notes(r))
    assert any("another branch" in n.reason for n in notes(r, "noop"))


def test_dynamic_names_become_skipped_with_location():
    r = php("""
        $tableNames = config('permission.table_names');
        Schema::create($tableNames['roles'], function (Blueprint $table) {
            $table->id();
        });
        Schema::create('t', function (Blueprint $table) use ($kolom) {
            $table->string($kolom);
            $table->string('ok');
        });
    """)
    assert [c.table.name for c in of(r, CreateTable)] == ["t"]
    assert [c.name for c in one(r, CreateTable).columns] == ["ok"]
    ns = notes(r)
    assert (ns[0].location.line, ns[0].location.col) == (8, 9)
    assert "$tableNames['roles']" in ns[0].reason
    assert (ns[1].location.line, ns[1].location.col) == (12, 13)
    assert "$kolom" in ns[1].reason


def test_literal_values_are_propagated():
    r = php("""<?php
        return new class extends Migration {
            private const TABEL = 'log_akses';
            protected $kolom = 'ip';

            public function up(): void
            {
                $nama = 'pengguna';
                Schema::create($nama, function (Blueprint $table) {
                    foreach (['nik', 'email'] as $kolom) {
                        $table->string($kolom)->nullable();
                    }
                });
                Schema::create(self::TABEL, function (Blueprint $table) {
                    $table->string($this->kolom);
                });
            }
        };
    """)
    cts = of(r, CreateTable)
    assert [c.table.name for c in cts] == ["pengguna", "log_akses"]
    assert [c.name for c in cts[0].columns] == ["nik", "email"]
    assert [c.name for c in cts[1].columns] == ["ip"]
    assert not notes(r)


def test_loops_over_unknown_values_are_noted():
    r = php("""
        foreach (DB::table('x')->pluck('nama') as $nama) {
            Schema::table($nama, function (Blueprint $table) {
                $table->string('kolom');
            });
        }
    """)
    assert not of(r, AddColumn)
    ns = notes(r)
    assert any("not a literal ($nama)" in n.reason for n in ns)
    assert any("loop" in n.reason for n in r.changes if isinstance(n, Skipped))


def test_helper_methods_and_closures_are_followed():
    r = php("""<?php
        return new class extends Migration {
            public function up(): void
            {
                DB::transaction(function () {
                    Schema::create('a', function (Blueprint $table) {
                        $this->kolomUmum($table, 'dibuat_oleh');
                    });
                });
            }

            private function kolomUmum(Blueprint $table, string $oleh): void
            {
                $table->id();
                $table->integer($oleh)->nullable();
            }
        };
    """)
    assert [c.name for c in one(r, CreateTable).columns] == ["id", "dibuat_oleh"]


# --------------------------------------------------------------------------
# DB::statement -> SQL frontend
# --------------------------------------------------------------------------


def test_db_statement_goes_to_the_sql_frontend_with_host_locations():
    r = php("""
        Schema::create('penduduk', function (Blueprint $table) {
            $table->id();
        });
        DB::statement('ALTER TABLE penduduk ADD COLUMN nik_hash CHAR(64) NULL');
        DB::unprepared("ALTER TABLE `penduduk` ADD `telepon` VARCHAR(20) NULL COMMENT 'HP'");
        DB::statement('UPDATE penduduk SET nik_hash = NULL');
    """)
    adds = of(r, AddColumn)
    assert [a.column.name for a in adds] == ["nik_hash", "telepon"]
    assert adds[0].column.type.name == "char" and adds[0].column.type.params == ("64",)
    assert adds[1].column.comment == "HP"
    # the SQL starts after the quote on line 10; locations are in the PHP file
    assert all(a.location.path == r.path for a in adds)
    assert adds[0].location.line == 10 and adds[0].location.col > 23
    assert adds[1].location.line == 11
    assert r.dialect == "mysql"
    s = schema(r)
    assert set(s.tables["penduduk"].columns) == {"id", "nik_hash", "telepon"}


def test_db_statement_with_dynamic_sql_is_noted():
    r = php("""
        DB::statement("ALTER TABLE {$tabel} ADD x INT");
        DB::statement("INSERT INTO log VALUES ({$id})");
    """)
    assert any("not a literal" in n.reason for n in notes(r))
    assert any("data statement" in n.reason for n in notes(r, "noop"))


# --------------------------------------------------------------------------
# comments and annotations
# --------------------------------------------------------------------------


def test_comments_carry_annotations_into_replay():
    r = php("""
        Schema::create('peserta', function (Blueprint $table) {
            $table->string('nik', 16)->comment('NIK peserta. schemalint: encrypted=app-aes-gcm retention=P10Y');
            $table->string('nama'); // schemalint: retention=P5Y
            // schemalint: category=none -- kode internal
            $table->string('kode');
            $table->comment('schemalint: purpose=klaim');
        });
    """)
    s = schema(r)
    t = s.tables["peserta"]
    nik = t.columns["nik"]
    assert nik.comment.startswith("NIK peserta.")
    (src,) = nik.annotation_sources()
    assert src.annotation.values == {"encrypted": "app-aes-gcm", "retention": "P10Y"}
    (nama_src,) = t.columns["nama"].annotation_sources()
    assert nama_src.annotation.values == {"retention": "P5Y"} and nama_src.source == "comment"
    assert nama_src.location.line == 9
    (kode_src,) = t.columns["kode"].annotation_sources()
    assert kode_src.annotation.values == {"category": "none"}
    assert t.comment == "schemalint: purpose=klaim"


# --------------------------------------------------------------------------
# OpenSID: CodeIgniter migrations with the Illuminate builder
# --------------------------------------------------------------------------

OPENSID = FIXTURES / "opensid" / "donjo-app" / "models" / "migrations"


def parse_file(path: Path, fmt: str = "laravel") -> FileResult:
    text = path.read_text(encoding="utf-8")
    shown = str(path)
    return laravel.parse(SourceFile(shown, shown, fmt, "test", text=text), FrontendOptions())


def test_opensid_ci_migration_follows_up_call_graph():
    r = parse_file(OPENSID / "Migrasi_2024010171.php")
    kinds = [type(c).__name__ for c in r.changes if not isinstance(c, Skipped)]
    # migrasi_tabel -> 2023120351 (index, FK, dbforge add/modify) -> 2023121971 (SQL, drop)
    assert kinds == ["AddConstraint", "AddConstraint", "AddColumn", "AlterColumn", "AddColumn",
                     "DropColumn", "DropColumn"]
    idx, fk = of(r, AddConstraint)
    assert (idx.constraint.kind, idx.constraint.columns) == ("unique", ("config_id", "nama"))
    assert fk.constraint.kind == "foreign" and fk.constraint.references.table.name == "config"
    email = of(r, AddColumn)[0].column
    assert (email.name, email.type.name, email.type.params, email.nullable, email.comment) == (
        "email", "varchar", ("100",), True, "Surel warga")
    alter = one(r, AlterColumn)
    assert (alter.table.name, alter.column, alter.type.name, alter.nullable) == ("config", "path", "text", False)
    assert of(r, AddColumn)[1].column.name == "nik_hash"
    assert [(d.table.name, d.column) for d in of(r, DropColumn)] == [("tweb_penduduk", "id_rtm"),
                                                                    ("config", "nama_desa")]
    # a method never called from up() is reported, its DROP is not applied
    assert not of(r, DropTable)
    assert any("tidak_dipanggil" in n.reason for n in notes(r))
    assert r.stats["statements"] > 0 and r.stats["noop"] > 0


def test_opensid_key_helpers():
    r = php("""
        $hasil = $hasil && $this->tambahIndeks('tweb_penduduk', 'nik');
        $hasil = $hasil && $this->tambahIndeks('analisis', '`config_id`, `kode`', 'UNIQUE', true);
        $hasil = $hasil && $this->tambahForeignKey('suplemen_terdata_suplemen_fk', 'suplemen_terdata', 'id_suplemen', 'suplemen', 'id');
        $hasil = $hasil && $this->hapus_foreign_key('suplemen', 'suplemen_terdata_suplemen_fk', 'suplemen_terdata');
        $hasil = $hasil && $this->hapus_indeks('tweb_penduduk', 'nik');
        $hasil = $hasil && $this->buat_ulang_index('tweb_keluarga', 'no_kk', '(`config_id`, `no_kk`)');
        $hasil = $hasil && $this->hapus_indeks($tabel, 'nik');
    """)
    adds = [(c.table.name, c.constraint.kind, c.constraint.columns, c.constraint.name) for c in of(r, AddConstraint)]
    assert adds == [("tweb_penduduk", "unique", ("nik",), "nik"),
                    ("analisis", "unique", ("config_id", "kode"), "config_idkode"),
                    ("suplemen_terdata", "foreign", ("id_suplemen",), "suplemen_terdata_suplemen_fk"),
                    ("tweb_keluarga", "unique", ("config_id", "no_kk"), "no_kk_config")]
    drops = [(d.table.name, d.name, d.kind, d.if_exists) for d in of(r, DropConstraint)]
    assert drops == [("suplemen_terdata", "suplemen_terdata_suplemen_fk", "foreign", True),
                     ("tweb_penduduk", "nik", None, True),
                     ("tweb_keluarga", "no_kk", None, True)]
    (note,) = notes(r)  # hapus_indeks($tabel, ...): which table is not known
    assert "hapus_indeks" in note.reason and note.location.line == 13


def test_opensid_helpers_replay_add_then_drop():
    create = php("""
        Schema::create('suplemen_terdata', function (Blueprint $table) {
            $table->integer('id_suplemen');
            $table->string('nik', 16);
        });
    """, path="struktur_tabel/2023_12_22_015242_create_suplemen_terdata_table.php")
    migrasi = php("""
        $hasil = $hasil && $this->tambahForeignKey('suplemen_terdata_suplemen_fk', 'suplemen_terdata', 'id_suplemen', 'suplemen', 'id');
        $hasil = $hasil && $this->tambahIndeks('suplemen_terdata', 'nik');
        $hasil = $hasil && $this->hapus_foreign_key('suplemen', 'suplemen_terdata_suplemen_fk', 'suplemen_terdata');
        $hasil = $hasil && $this->hapus_indeks('suplemen_terdata', 'nik');
        $hasil = $hasil && $this->hapus_indeks('suplemen_terdata', 'tidak_ada');
    """, path="Migrasi_2024032051.php")
    s = schema(create, migrasi)
    assert not s.notes  # the helpers check INFORMATION_SCHEMA first: an absent key is no surprise
    cols = s.tables["suplemen_terdata"].columns
    assert not cols["id_suplemen"].references and not cols["id_suplemen"].keys
    assert not cols["nik"].unique and not cols["nik"].keys


def test_opensid_history_replays_struktur_tabel_first():
    results = [parse_file(p) for p in sorted(OPENSID.rglob("*.php"))]
    ordered = laravel.order(results)
    names = [r.path.rsplit("/", 1)[-1] for r in ordered]
    assert names == ["2023_12_22_015242_create_config_table.php",
                     "2023_12_22_015242_create_tweb_penduduk_table.php",
                     "Data_awal.php", "Migrasi_2024010171.php", "Migrasi_dev.php"]
    s = replay("opensid", ordered)
    pend = s.tables["tweb_penduduk"]
    assert set(pend.columns) == {"id", "config_id", "nama", "nik", "email", "nik_hash", "agama"}
    assert pend.columns["nik"].unique and pend.columns["config_id"].references.table.name == "config"
    assert set(s.tables["config"].columns) == {"id", "path"}
    assert s.tables["config"].columns["path"].type.name == "text"
    assert not s.failures


def test_order_is_by_migration_file_name():
    paths = ["db/b/2024_03_01_000000_c.php", "db/a/2024_01_01_000000_a.php",
             "db/2024_02_01_000000_b.php", "db/2024_02_01_000000_a.php"]
    results = [FileResult(p, "laravel") for p in paths]
    assert [r.path for r in laravel.order(results)] == [
        "db/a/2024_01_01_000000_a.php", "db/2024_02_01_000000_a.php", "db/2024_02_01_000000_b.php",
        "db/b/2024_03_01_000000_c.php"]


# --------------------------------------------------------------------------
# Eloquent models: encrypted casts
# --------------------------------------------------------------------------


def test_model_casts_become_encryption_annotations():
    r = parse_file(FIXTURES / "app" / "app" / "Models" / "Penduduk.php", "laravel-model")
    assert r.format == "laravel-model"
    anns = of(r, Annotate)
    assert [(a.table.name, a.column) for a in anns] == [("penduduk", "nik"), ("penduduk", "alamat_lengkap")]
    assert all(a.text == "schemalint: encrypted=laravel-cast" and a.source == "model" for a in anns)
    assert (anns[0].location.line, anns[0].location.col) == (13, 9)
    assert r.meta["models"] == [{"class": "Penduduk", "table": "penduduk", "table_from": "$table"}]


def test_model_casts_method_and_default_table_name():
    r = parse_file(FIXTURES / "app" / "app" / "Models" / "KartuKeluarga.php", "laravel-model")
    anns = of(r, Annotate)
    assert [(a.table.name, a.column) for a in anns] == [("kartu_keluargas", "no_kk"),
                                                        ("kartu_keluargas", "anggota")]


def test_model_variants():
    r = php("""<?php
        namespace App\\Models;

        class Person extends Model {
            protected $casts = ['nik' => 'encrypted:object', 'nama' => 'string'];
        }
        class RoleUser extends Pivot {
            protected $casts = ['rahasia' => 'encrypted'];
        }
        class Arsip extends Model {
            public function getTable() { return 'arsip_lama'; }
            protected function casts(): array {
                return array_merge(parent::casts(), ['isi' => AsEncryptedArrayObject::class]);
            }
        }
        abstract class Dasar extends Model {
            protected $casts = ['x' => 'encrypted'];
        }
        class Dinamis extends Model {
            protected $casts = ['y' => self::CAST];
        }
    """, path="app/Models/Person.php", fmt="laravel-model")
    got = [(a.table.name, a.column) for a in of(r, Annotate)]
    assert got == [("people", "nik"), ("role_user", "rahasia"), ("arsip_lama", "isi")]
    reasons = " | ".join(n.reason for n in notes(r))
    assert "abstract class Dasar" in reasons
    assert "cast of y is not a literal" in reasons


def test_models_and_migrations_replay_together():
    disc = discover([str(FIXTURES / "app")])
    results = [laravel.parse(sf, FrontendOptions()) for sf in disc.files]
    assert {r.format for r in results} == {"laravel", "laravel-model"}
    migrations = laravel.order([r for r in results if r.format == "laravel"])
    models = [r for r in results if r.format == "laravel-model"]
    s = replay("app", migrations + models)
    pend = s.tables["penduduk"]
    assert set(pend.columns) == {"id", "keluarga_id", "nik", "nik_hash", "nama", "tanggal_lahir",
                                 "alamat_lengkap", "created_at", "updated_at", "deleted_at",
                                 "telepon"}
    assert pend.columns["nama"].type.name == "text"  # ->change()
    assert "arsip_penduduk" in s.tables and "kartu_keluargas" in s.tables
    nik_sources = pend.columns["nik"].annotation_sources()
    assert {tuple(sorted(a.annotation.values.items())) for a in nik_sources} == {
        (("retention", "P10Y"),), (("encrypted", "laravel-cast"),)}
    assert [a.source for a in pend.columns["alamat_lengkap"].annotation_sources()] == ["model"]
    kk = s.tables["kartu_keluargas"].columns["no_kk"]
    assert kk.unique and [a.annotation.values for a in kk.annotation_sources()][-1] == {
        "encrypted": "laravel-cast"}
    assert not s.failures


# --------------------------------------------------------------------------
# Laravel's pluralizer
# --------------------------------------------------------------------------


@pytest.mark.parametrize("cls,table", [
    ("User", "users"), ("Person", "people"), ("Category", "categories"), ("Address", "addresses"),
    ("Box", "boxes"), ("Church", "churches"), ("Wife", "wives"), ("Leaf", "leaves"),
    ("Status", "statuses"), ("Analysis", "analyses"), ("Child", "children"),
    ("Equipment", "equipment"), ("Sheep", "sheep"), ("Penduduk", "penduduks"),
    ("KartuKeluarga", "kartu_keluargas"), ("UserProfile", "user_profiles"),
    ("FlightHistory", "flight_histories"), ("Medium", "media"), ("Agenda", "agenda"),
    ("Day", "days"), ("Quiz", "quizzes"), ("Mouse", "mice"), ("Criterion", "criteria"),
    ("Hero", "heroes"), ("Bus", "buses"), ("App\\Models\\Post", "posts"),
])
def test_model_default_table_names(cls, table):
    assert laravel.model_table(cls) == table


def test_snake_case():
    assert laravel.snake("PendudukMandiri") == "penduduk_mandiri"
    assert laravel.snake("fooBar") == "foo_bar"
    assert laravel.snake("already_snake") == "already_snake"


# --------------------------------------------------------------------------
# never run PHP, never raise
# --------------------------------------------------------------------------


def test_php_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    r = php(f"""<?php
        system('touch {marker}');
        exec('touch {marker}');
        shell_exec('touch {marker}');
        `touch {marker}`;
        file_put_contents('{marker}', 'x');
        include '{tmp_path}/other.php';
        exit;

        return new class extends Migration {{
            public function up(): void
            {{
                passthru('touch {marker}');
                Schema::create('aman', function (Blueprint $table) {{
                    $table->id();
                }});
            }}
        }};
    """)
    assert one(r, CreateTable).table.name == "aman"
    assert not marker.exists()
    assert not os.path.exists(tmp_path / "other.php")
    # without a migration class, top-level code is read (still never run)
    r2 = php(f"""<?php
        system('touch {marker}');
        include '{tmp_path}/other.php';
        Schema::create('skrip', function ($t) {{ $t->id(); }});
        exit(1);
    """)
    assert one(r2, CreateTable).table.name == "skrip"
    assert any("another file" in n.reason for n in notes(r2))
    assert not marker.exists()


def test_syntax_error_inside_a_schema_call_is_a_parse_failure():
    r = php("""<?php
        return new class extends Migration {
            public function up(): void
            {
                Schema::create('rusak', function (Blueprint $table) {
                    $table->string('nik', 16
                    $table->string('nama');
                });
                Schema::create('utuh', function (Blueprint $table) {
                    $table->id();
                });
            }
        };
    """)
    fail = one(r, ParseFailure)
    assert fail.location.line == 6 and "Schema::create()" in fail.message
    assert [c.table.name for c in of(r, CreateTable)] == ["utuh"]  # the rest is still read


def test_syntax_error_outside_schema_calls_is_a_located_note():
    r = php("""<?php
        return new class extends Migration {
            public function up(): void
            {
                $x = [1, 2;
                Schema::create('utuh', function (Blueprint $table) {
                    $table->id();
                });
            }
            public function down(): void
            {
                Schema::dropIfExists('utuh')
            }
        };
    """)
    assert not of(r, ParseFailure)
    assert one(r, CreateTable).table.name == "utuh"
    lines = sorted(n.location.line for n in notes(r) if "syntax error" in n.reason)
    assert lines == [5, 12]


def test_unclosed_file_that_may_hide_schema_calls_fails_closed():
    r = php("""<?php
        Schema::create('a', function ($table) {
            $table->string('x');
    """)
    fail = one(r, ParseFailure)
    assert fail.location.path == r.path and fail.location.line >= 2


def test_model_file_with_syntax_error_still_reads_casts():
    r = php("""<?php
        class Penduduk extends Model {
            protected $table = 'penduduk';
            protected $casts = ['nik' => 'encrypted'];
            public function x() { return [1, 2; }
        }
    """, path="app/Models/Penduduk.php", fmt="laravel-model")
    assert [(a.table.name, a.column) for a in of(r, Annotate)] == [("penduduk", "nik")]
    assert any("syntax error" in n.reason for n in notes(r))


def test_non_ascii_text_before_a_column_gives_character_columns():
    r = php("""
        Schema::create('t', function (Blueprint $table) { /* é€ */ $table->string('nik');
        });
    """)
    nik = col(one(r, CreateTable), "nik")
    line = r.changes[0].location.line
    assert nik.location.line == line
    assert nik.location.col == len("        Schema::create('t', function (Blueprint $table) { /* é€ */ ") + 1


def test_empty_and_garbage_inputs_never_raise():
    for text in ["", "<?php", "not php at all", "<?php }}}}{{{{ Schema::create(", "\x00\x01",
                 "<?php " + "(" * 3000, "<?php $x = " + " . ".join(["'a'"] * 3000) + ";"]:
        for fmt in ("laravel", "laravel-model"):
            r = laravel.parse(SourceFile("x.php", "x.php", fmt, "t", text=text), FrontendOptions())
            assert isinstance(r, FileResult)
            assert not any(isinstance(c, ParseFailure) and "internal error" in c.message
                           for c in r.changes)


def test_random_truncations_of_a_real_migration_never_raise():
    text = (FIXTURES / "app" / "database" / "migrations"
            / "2024_01_01_000000_create_penduduk_table.php").read_text()
    rng = random.Random(9)
    for _ in range(150):
        a = rng.randrange(len(text))
        b = min(len(text), a + rng.randrange(1, 80))
        mutated = text[:a] + text[b:]
        r = laravel.parse(SourceFile("m.php", "m.php", "laravel", "t", text=mutated), None)
        assert isinstance(r, FileResult)
        assert not any(isinstance(c, ParseFailure) and "internal error" in c.message
                       for c in r.changes)


def test_history_key_and_detection_of_fixture_migrations():
    disc = discover([str(FIXTURES / "app" / "database")])
    migrations = [sf for sf in disc.files if not sf.expanded]
    assert {sf.format for sf in migrations} == {"laravel"}
    assert len({history_key(sf.path, sf.format) for sf in migrations}) == 1
    # the project's models are read as evidence even when only database/ is named
    models = [sf for sf in disc.files if sf.expanded]
    assert models and {sf.format for sf in models} == {"laravel-model"}
    assert all("/app/" in sf.path for sf in models)


def test_model_taken_for_a_migration_still_yields_cast_evidence():
    # detection sees `->create(` and says "laravel": the casts are not lost
    r = php("""<?php
        class Pasien extends Model {
            protected $casts = ['nik' => 'encrypted'];
            public function catat() { return $this->riwayat()->create(['x' => 1]); }
        }
    """, path="app/Models/Pasien.php", fmt="laravel")
    assert [(a.table.name, a.column, a.source) for a in of(r, Annotate)] == [("pasiens", "nik", "model")]
    assert not of(r, CreateTable)


def test_order_puts_models_after_migrations():
    results = [FileResult("app/Models/Anggota.php", "laravel-model"),
               FileResult("database/migrations/2024_01_01_000000_a.php", "laravel")]
    assert [r.format for r in laravel.order(results)] == ["laravel", "laravel-model"]


def test_named_arguments():
    r = php("""
        Schema::create('t', function (Blueprint $table) {
            $table->string(column: 'nik', length: 16);
            $table->foreignId('ibu_id')->constrained(table: 'penduduk', column: 'kode');
        });
    """)
    ct = one(r, CreateTable)
    assert col(ct, "nik").type.params == ("16",)
    ref = key(ct, "foreign", "ibu_id").references
    assert (ref.table.name, ref.columns) == ("penduduk", ("kode",))


def test_variables_changed_at_run_time_are_not_trusted():
    r = php("""
        $kolom = ['nik'];
        $kolom[] = $lain;
        Schema::create('t', function (Blueprint $table) use ($kolom) {
            foreach ($kolom as $k) {
                $table->string($k);
            }
        });
    """)
    assert one(r, CreateTable).columns == ()
    assert any("not a literal ($k)" in n.reason for n in notes(r))


def test_codeigniter_dbforge_create_table():
    r = php("""<?php
        class Migration_Warga extends CI_Migration {
            public function up() {
                $this->dbforge->add_field('id');
                $this->dbforge->add_field([
                    'nik' => ['type' => 'VARCHAR', 'constraint' => '16', 'null' => FALSE],
                    'jk' => ['type' => 'ENUM', 'constraint' => ['L', 'P']],
                    'aktif' => ['type' => 'TINYINT', 'constraint' => 1, 'default' => 1],
                ]);
                $this->dbforge->add_key('nik');
                $this->dbforge->create_table('warga', TRUE);
                $this->dbforge->rename_table('warga', 'penduduk');
            }
            public function down() { $this->dbforge->drop_table('penduduk'); }
        }
    """)
    ct = one(r, CreateTable)
    assert ct.table.name == "warga" and ct.if_not_exists
    assert [c.name for c in ct.columns] == ["id", "nik", "jk", "aktif"]
    assert col(ct, "id").primary_key
    nik = col(ct, "nik")
    assert (nik.type.name, nik.type.params, nik.nullable) == ("varchar", ("16",), False)
    assert col(ct, "jk").type.family == "enum" and col(ct, "jk").nullable
    assert col(ct, "aktif").type.family == "boolean" and col(ct, "aktif").default == "1"
    assert [(k.kind, k.columns) for k in ct.constraints] == [("index", ("nik",))]
    assert one(r, RenameTable).new.name == "penduduk"
    assert not of(r, DropTable)


def test_blueprint_after_morph_drops_and_when_table_has_column():
    r = php("""
        Schema::whenTableHasColumn('penduduk', 'nik', function (Blueprint $table) {
            $table->after('nik', function ($table) {
                $table->string('nama');
                $table->morphs('pemilik');
            });
            $table->dropMorphs('pemilik');
            $table->dropConstrainedForeignId('user_id');
        });
    """)
    assert [a.column.name for a in of(r, AddColumn)] == ["nama", "pemilik_type", "pemilik_id"]
    assert [d.column for d in of(r, DropColumn)] == ["pemilik_type", "pemilik_id", "user_id"]
    assert any("whenTableHasColumn" in n.reason for n in notes(r, "noop"))


def test_heredoc_sql_keeps_host_columns():
    r = php("""
        DB::connection('mysql')->statement(<<<SQL
            ALTER TABLE penduduk
              ADD COLUMN telepon VARCHAR(20) NULL
            SQL);
    """)
    add = one(r, AddColumn)
    assert add.column.name == "telepon"
    # line 9 of the file holds "              ADD COLUMN telepon"
    assert add.location.line == 9
    # host columns: "ADD" is at column 15 and "telepon" at 26 (the closing
    # marker's indentation is kept so that columns stay exact)
    assert add.location.col in (15, 26)


def test_schema_builder_held_in_a_variable():
    r = php("""
        $schema = Schema::connection('arsip');
        $schema->create('dokumen', function (Blueprint $table) {
            $table->id();
        });
        DB::connection('arsip')->getSchemaBuilder()->table('dokumen', function ($table) {
            $table->string('judul');
        });
    """)
    ct = one(r, CreateTable)
    assert ct.table.name == "dokumen" and ct.hints["connection"] == "arsip"
    assert one(r, AddColumn).column.name == "judul"


def test_auto_increment_false_keeps_an_ordinary_column_and_a_computed_argument_is_a_note():
    """SIASN's pegawai table has agama_id ...->autoIncrement(false): read as
    autoIncrement(), seven ordinary columns became the primary key."""
    r = php("""
        Schema::create('pegawai', function (Blueprint $table) {
            $table->string('pns_id')->primary();
            $table->unsignedTinyInteger('agama_id')->nullable()->autoIncrement(false);
            $table->unsignedInteger('nomor')->autoIncrement();
            $table->unsignedInteger('urut')->autoIncrement($flag);
        });
    """)
    ct = one(r, CreateTable)
    assert col(ct, "pns_id").primary_key
    assert not col(ct, "agama_id").primary_key and "auto_increment" not in col(ct, "agama_id").hints
    assert col(ct, "nomor").primary_key and col(ct, "nomor").hints["auto_increment"] == "true"
    assert not col(ct, "urut").primary_key
    assert any("autoIncrement() on urut" in s.reason for s in r.changes if hasattr(s, "reason"))
