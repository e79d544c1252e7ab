"""Laravel (PHP) frontend: schema-builder migrations and Eloquent model casts.

Modules: :mod:`.analyzer` (the migration reader and the ``Schema``/``DB``
facades), :mod:`.blueprint` (Blueprint callbacks: a handler per method),
:mod:`.models` (Eloquent casts), :mod:`.naming` (Laravel's default table and
key names); the PHP interpreter is :mod:`schemalint.frontends.php`,
CodeIgniter/OpenSID's calls :mod:`schemalint.frontends.codeigniter`, the
pluralizer :mod:`schemalint.frontends.inflector`.

Two formats share this package:

``laravel``
    Migrations written with Laravel's schema builder
    (``database/migrations/*.php``) and the same builder embedded elsewhere,
    such as OpenSID's CodeIgniter migration classes
    (``donjo-app/models/migrations/``).
``laravel-model``
    Eloquent models: encryption evidence from ``protected $casts = [...]``
    and ``casts()`` methods (``'encrypted'``, ``'encrypted:array'``,
    ``AsEncryptedArrayObject::class`` ...), emitted as
    ``Annotate(table, column, "schemalint: encrypted=laravel-cast",
    source="model")``; one-way hashing evidence from the ``'hashed'`` cast
    and from mutators that store ``Hash::make()``/``bcrypt()``
    (``encrypted=hashed-laravel-cast`` / ``hashed-laravel-mutator``).
    Migrations add what the framework does to the columns it defines: the
    ``rememberToken()`` column is accepted only inside the encrypted
    remember-me cookie, and the password broker's ``token`` column holds a
    bcrypt hash (a ``credential_protection`` hint on the column).

How it reads PHP
================
Files are parsed once with tree-sitter (``tree-sitter-php``); the tree is
walked by a small *abstract interpreter* that never runs PHP: it only
recognises the calls that change a schema and the literal values they are
given.  It keeps literal variables (``$name = 'users'``), class properties
and constants (``$this->table``, ``self::TABLE``), follows ``$this->method()``
calls into methods of the same file (binding literal arguments), unrolls
``foreach`` over literal arrays, and follows closures handed to other calls
(``DB::transaction(fn)``, ``Schema::withoutForeignKeyConstraints(fn)``) as if
called once.  Everything else is an unknown value: a schema call whose table
or column name is unknown becomes a located ``Skipped`` note, never a guess.

* Migration classes (named or ``return new class extends Migration``): only
  ``up()`` and the methods it calls are analysed, in call order; ``down()``
  is never replayed.  Methods that are not reached from ``up()`` but contain
  schema calls are reported.  A file without any ``up()`` method is analysed
  top-level code first, then every method of every class in declaration
  order (noted).
* Conditions are not evaluated.  ``Schema::hasTable``/``hasColumn``/
  ``hasIndex`` and CodeIgniter ``field_exists``/``table_exists`` guards are
  assumed to let their body run (a ``noop`` note records the guard); a
  column added or a table created under a negated guard (``if (!
  Schema::hasColumn(...))``, ``... === false``) is added only if absent
  (``IF NOT EXISTS``), so an existing one keeps its definition.  For
  other conditions (``if``/``else``, ``match``, ``switch``) every branch is
  followed; when more than one branch changes the schema a note says so.
  Inside one ``Schema::create`` a column declared again (typically in another
  ``match`` arm, e.g. Laravel Pulse's ``key_hash``) keeps its first
  definition, with a note.
* Loops over unknown values run their body once (noted when it changes the
  schema); ``try`` bodies and ``finally`` are followed, ``catch`` blocks are
  not (noted when they contain schema calls).

Schema builder coverage
=======================
``Schema::create``/``table``/``rename``/``drop``/``dropIfExists``/
``dropColumns``/``whenTableHasColumn``/``whenTableDoesntHaveColumn``, also
through ``Schema::connection(...)``, ``DB::connection(...)->getSchemaBuilder()``,
``Capsule::schema()``, the container (``app('db.schema')``, ``resolve(...)``,
``app()->make(...)``, ``App::make(...)``) and variables holding those
builders.  The callback may be any callable the interpreter can resolve
(``[$this, 'cols']``, ``$this->cols(...)``, ``'Foo::cols'``); so may
``call_user_func``'s.  A callable it cannot resolve, or a dynamic method
name on a schema object that is not a literal, is an ``unfollowed`` note.  Blueprint column
methods (``id``, ``increments`` family, ``integer`` family and ``unsigned*``,
``string``, ``char``, ``*text``, ``boolean``, ``date``/``dateTime``/``time``/
``timestamp`` (+``Tz``), ``year``, ``json``/``jsonb``, ``binary``, ``decimal``/
``float``/``double``, ``enum``/``set``, ``uuid``/``ulid``, ``foreignId``/
``foreignIdFor``/``foreignUuid``/``foreignUlid``, ``*morphs``, ``ipAddress``,
``macAddress``, geometry types, ``vector``, ``timestamps``/``softDeletes``/
``rememberToken`` and their variants, ``addColumn(type, name)``) map to
:class:`~schemalint.model.ColumnType` with MySQL-flavoured base names
(Laravel's default grammar).  Column modifiers (``nullable``, ``comment``,
``unique``, ``index``, ``primary``, ``default``/``useCurrent``,
``autoIncrement``, ``change`` -> ``AlterColumn``, ``constrained``,
``references()->on()``, generated columns) and table commands (``primary``,
``unique``, ``index``, ``fullText``, ``spatialIndex``, ``foreign``,
``comment``, ``renameColumn``, ``dropColumn``/``dropColumns``,
``dropTimestamps``, ``dropSoftDeletes``, ``dropRememberToken``,
``dropMorphs``, ``dropConstrainedForeignId``, ``rename``, ``drop``) are
followed.  ``DB::statement`` /
``DB::unprepared`` / ``DB::getPdo()->exec``/``query`` (and a prepared
statement's ``execute``) / ``$this->db->query`` with literal SQL go to the SQL
frontend through :mod:`schemalint.frontends.embedded` (its dialect policy;
MySQL is the default when nothing says otherwise) with host-file
locations.

Laravel semantics worth knowing: builder columns are ``NOT NULL`` unless
``->nullable()`` (``timestamps``, ``softDeletes``, ``rememberToken`` and
``nullable*`` helpers are nullable); ``->change()`` changes the type, and the
nullability and comment only when they are given again (older Laravel
versions kept unspecified attributes); ``string()`` without a length records
no length (the application's ``Schema::defaultStringLength`` is unknown);
``foreignIdFor(Model::class)`` assumes an integer key named ``id``.

Keys and their names
====================
Keys carry the name Laravel gives them, so a later drop finds them: the
name passed (``unique('nik', 'nik_unik')``, ``->index('ix')``,
``->unique('ux')``, ``constrained(indexName: 'fk')``), else
``Blueprint::createIndexName``'s ``<table>_<columns>_<type>`` in lower case
(``penduduk_nik_unique``, ``penduduk_config_id_foreign``,
``penduduk_a_b_index``, ``..._primary``, ``..._fulltext``,
``..._spatialindex``; the application's table prefix is not known).
``->unique()`` and a column's foreign key (``->constrained()``,
``->references()->on()``) are therefore named constraints, not flags of the
column definition.  ``dropForeign``/``dropUnique``/``dropIndex``/
``dropFullText``/``dropSpatialIndex``(/``dropIndexIfExists``) take a name,
or an array of columns whose default name is dropped; ``dropForeignIdFor``
drops ``<table>_<model>_id_foreign``; ``dropPrimary`` drops the primary key
whatever it is given (MySQL ignores the name).  They become
:class:`~schemalint.model.DropConstraint`; replay notes a drop of a name it
never saw.

OpenSID (CodeIgniter + Illuminate)
==================================
OpenSID's migration classes extend ``MY_Model`` and mix the Illuminate
builder with CodeIgniter: ``$this->db->query('ALTER ...')`` (SQL frontend),
``$this->dbforge->add_column/modify_column/drop_column/add_field/add_key/
create_table/drop_table/rename_table`` (field arrays with ``type``,
``constraint``, ``null``, ``default``, ``unsigned``, ``auto_increment``,
``unique``, ``comment``, ``name``), and ``MY_Model`` helpers defined outside
the file: ``tambahForeignKey``/``tambah_foreign_key`` (foreign key),
``tambahIndeks``/``tambah_indeks`` (index or unique key, named after
``$kolom`` stripped to ``[A-Za-z0-9_-]``), ``timestamps``
(``created_at``/``updated_at`` and, with ``true``, ``created_by``/
``updated_by``), ``tambah_config_id`` (``config_id`` with its foreign key
``<tabel>_config_fk``), ``hapus_foreign_key($tabel_referensi, $nama,
$tabel)`` (drops foreign key ``$nama`` of ``$tabel`` if it exists),
``hapus_indeks($tabel, $nama)`` (drops index ``$nama`` if it exists) and
``buat_ulang_index($tabel, $nama, '(a, b)', $jenis)`` (drops index
``$nama`` if it exists and adds ``${nama}_config`` on the columns); data
helpers (``tambah_modul``, ``ubah_modul``, ``tambah_setting``,
``data_awal`` ...) have no schema effect.
``$hasil = $hasil && ...`` chains are followed like statements.

Ordering
========
Laravel's migrator sorts migrations by file *name* across all migration
paths (the ``YYYY_MM_DD_HHMMSS_`` prefix), so :func:`order` sorts by the
natural order of the base name, then of the path.  For OpenSID this puts the
base structure ``struktur_tabel/2023_12_22_*.php`` first, then
``Data_awal.php`` (seed data), then ``Migrasi_<version>.php`` by version, and
``Migrasi_dev.php`` last, which is the order a fresh OpenSID install runs
them in.  (Grouping into histories is done by
:func:`schemalint.sources.history_key`, which today puts ``struktur_tabel/``
and its parent directory in two histories.)

Model table names
=================
``protected $table = '...'`` (or a ``getTable()`` returning a literal) wins;
otherwise Laravel's default ``Str::snake(Str::pluralStudly(class))``:
``inflector.LARAVEL`` implements the English rules of Laravel's pluralizer
(doctrine/inflector: irregular words, uncountable words, ``-y`` -> ``-ies``,
``-s/-x/-ch/-sh`` -> ``-es``, ``-f(e)`` -> ``-ves``, Latin ``-um``/``-us``/
``-is`` endings ...), applied to the last word of the StudlyCase name.
Indonesian class names get the same English ``s`` Laravel gives them
(``Penduduk`` -> ``penduduks``), which is why such projects set ``$table``.
Pivot models use the snake_case class name.

Results
=======
``meta`` holds ``migration`` (the file's base name) and ``class``; model
files (and models found in a file detected as a migration) list
``models``: ``{"class", "table", "table_from"}``.  ``stats["statements"]``
counts the PHP statements analysed outside Blueprint callbacks (those of
followed methods included), ``stats["noop"]`` those that changed nothing.
Source-comment directives (``// schemalint: retention=P5Y``) on or above a
column or ``Schema::create`` line become ``Annotate(source="comment")``.

Never raises: text tree-sitter cannot parse becomes a ``ParseFailure`` when
the error is inside (or may hide) a schema call, a note otherwise; an
unexpected internal error becomes a ``ParseFailure`` naming it.
"""

from __future__ import annotations

from ...model import FileResult, Location, ParseFailure
from ..inflector import snake
from ..php.values import table_ref as _table_ref
from .analyzer import FORMAT, MigrationAnalyzer
from .blueprint import CREDENTIAL_HINT, REMEMBER_TOKEN, RESET_TOKEN, RESET_TOKEN_TABLES
from .models import (
    CAST_ANNOTATION,
    HASHED_CAST_ANNOTATION,
    HASHED_MUTATOR_ANNOTATION,
    MODEL_FORMAT,
    ModelReader,
)
from .naming import index_name, model_table

FORMATS = (FORMAT, MODEL_FORMAT)


__all__ = [
    "CAST_ANNOTATION", "CREDENTIAL_HINT", "FORMAT", "FORMATS", "HASHED_CAST_ANNOTATION",
    "HASHED_MUTATOR_ANNOTATION", "MODEL_FORMAT", "REMEMBER_TOKEN", "RESET_TOKEN",
    "RESET_TOKEN_TABLES", "_table_ref", "index_name", "model_table", "order", "parse", "snake",
]

def parse(source, options=None) -> FileResult:
    """Analyse one PHP file (never raises, never runs PHP)."""
    path = getattr(source, "path", "<php>")
    fmt = getattr(source, "format", None) or FORMAT
    if fmt not in FORMATS:
        fmt = FORMAT
    text = getattr(source, "text", "") or ""
    try:
        if fmt == MODEL_FORMAT:
            return ModelReader(path, text).run()
        return MigrationAnalyzer(path, text, options).run()
    except RecursionError:
        return FileResult(path, fmt, (ParseFailure(
            "PHP code nested too deeply for the Laravel frontend; file not analysed",
            Location(path)),))
    except Exception as exc:  # pragma: no cover - a bug here must not stop a run
        return FileResult(path, fmt, (ParseFailure(
            f"internal error in the Laravel frontend ({type(exc).__name__}: {exc}); "
            f"file not analysed", Location(path)),))


def order(results: list) -> list:
    """Laravel's order: by migration file name, then path (see module doc).
    Model results (``laravel-model``) come after every migration, so in a
    history that mixes both their annotations land on the final tables."""
    from ...sources import natural_key

    return sorted(results, key=lambda r: (r.format == MODEL_FORMAT,
                                          natural_key(r.path.rsplit("/", 1)[-1]),
                                          natural_key(r.path)))


