"""Laravel (PHP) frontend: schema-builder migrations and Eloquent model casts.

Two formats share this module:

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
  assumed to let their body run (a ``noop`` note records the guard).  For
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
``Capsule::schema()`` and variables holding those builders.  Blueprint column
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
``DB::unprepared`` / ``$this->db->query`` with literal SQL go to the SQL
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
:func:`pluralize` implements the English rules of Laravel's pluralizer
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

import re
from typing import Any, Dict, List, Optional, Tuple

from ..model import (
    UNSET, AddColumn, AddConstraint, AlterColumn, Annotate, ColumnDef, ColumnType, Constraint,
    CreateTable, DropColumn, DropConstraint, DropTable, FileResult, ForeignKeyRef, Location,
    ParseFailure, RenameColumn, RenameTable, SetComment, Skipped, TableRef,
)
from ..record import dataclass, field
from ..types import column_type, parse_type
from . import treesitter as ts
from .embedded import Embedded

FORMAT = "laravel"
MODEL_FORMAT = "laravel-model"
FORMATS = (FORMAT, MODEL_FORMAT)

#: annotation text emitted for an encrypted Eloquent cast
CAST_ANNOTATION = "schemalint: encrypted=laravel-cast"
#: ... for a ``'hashed'`` cast (Laravel 10+: the framework stores a bcrypt or
#: argon2 hash) and for a mutator that stores ``Hash::make``/``bcrypt()``
HASHED_CAST_ANNOTATION = "schemalint: encrypted=hashed-laravel-cast"
HASHED_MUTATOR_ANNOTATION = "schemalint: encrypted=hashed-laravel-mutator"

#: ColumnDef hint that says how the framework protects a credential column
#: it manages (read by schemalint.checks.protection)
CREDENTIAL_HINT = "credential_protection"
REMEMBER_TOKEN = ("Laravel's rememberToken(): the framework accepts it only inside the remember-me cookie, "
                  "which is encrypted and signed with APP_KEY")
RESET_TOKEN = ("Laravel's password broker stores only a bcrypt hash of reset tokens "
               "(DatabaseTokenRepository)")
#: the password broker's tables (Laravel <= 10, Laravel 11)
RESET_TOKEN_TABLES = ("password_resets", "password_reset_tokens")

_MAX_DEPTH = 40  # nested method calls / closures followed
_MAX_UNROLL = 200  # foreach iterations over a literal array

# ==========================================================================
# Public API
# ==========================================================================


def parse(source, options=None) -> FileResult:
    """Analyse one PHP file (never raises, never runs PHP)."""
    path = getattr(source, "path", "<php>")
    fmt = getattr(source, "format", None) or FORMAT
    if fmt not in FORMATS:
        fmt = FORMAT
    text = getattr(source, "text", "") or ""
    try:
        if fmt == MODEL_FORMAT:
            return _ModelReader(path, text).run()
        return _Analyzer(path, text, options).run()
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
    from ..sources import natural_key

    return sorted(results, key=lambda r: (r.format == MODEL_FORMAT,
                                          natural_key(r.path.rsplit("/", 1)[-1]),
                                          natural_key(r.path)))


# ==========================================================================
# Laravel's pluralizer and snake case
# ==========================================================================

_UNCOUNTABLE = frozenset("""
adulthood advice agenda aid aircraft alcohol ammo analytics anime athletics audio bison blood
bream buffalo butter carp cash cattle chassis chess clothing cod commerce compensation
cooperation coreopsis corps data debris deer diabetes digestion education elk emoji energy
equipment evidence excretion expertise feedback firmware fish flounder fun furniture gallows
garbage gold graffiti hardware headquarters health herpes highjinks homework housework
information jeans jedi justice kin knowledge kudos labour literature love machinery mackerel
mail media metadata mews money moose mud music manga news nutrition offspring only personnel
pike plankton pliers pokemon police pollution premises rain recommended related research rice
salmon scissors series sewage shambles sheep shrimp software species staff swine tennis traffic
transportation trout tuna wealth welfare wheat whiting wildebeest wildlife you
""".split())

_UNCOUNTABLE_SUFFIX = re.compile(r"(?:[nrlm]ese|deer|fish|measles|ois|pox|sheep)$", re.I)

_IRREGULAR = {
    "atlas": "atlases", "axe": "axes", "beef": "beefs", "brother": "brothers", "cafe": "cafes",
    "chateau": "chateaux", "niveau": "niveaux", "child": "children", "canvas": "canvases",
    "cookie": "cookies", "corpus": "corpuses", "cow": "cows", "criterion": "criteria",
    "curriculum": "curricula", "demo": "demos", "domino": "dominoes", "echo": "echoes",
    "foot": "feet", "fungus": "fungi", "ganglion": "ganglions", "gas": "gases", "genie": "genies",
    "genus": "genera", "goose": "geese", "graffito": "graffiti", "hippopotamus": "hippopotami",
    "hoof": "hoofs", "human": "humans", "iris": "irises", "larva": "larvae", "leaf": "leaves",
    "lens": "lenses", "loaf": "loaves", "man": "men", "medium": "media",
    "memorandum": "memoranda", "mongoose": "mongooses", "motto": "mottoes",
    "move": "moves", "mythos": "mythoi", "niche": "niches", "nucleus": "nuclei",
    "numen": "numina", "occiput": "occiputs", "octopus": "octopuses", "opus": "opuses",
    "ox": "oxen", "passerby": "passersby", "penis": "penises", "person": "people",
    "plateau": "plateaux", "runner-up": "runners-up", "safe": "safes", "sex": "sexes",
    "sieve": "sieves", "soliloquy": "soliloquies", "son-in-law": "sons-in-law",
    "syllabus": "syllabi", "testis": "testes", "thief": "thieves", "tooth": "teeth",
    "tornado": "tornadoes", "trilby": "trilbys", "turf": "turfs", "valve": "valves",
    "wave": "waves", "wife": "wives", "zombie": "zombies",
}

# doctrine/inflector's English plural rules, first match wins.
_PLURAL_RULES = [(re.compile(p, re.I), r) for p, r in (
    (r"(s)tatus$", r"\1tatuses"),
    (r"(quiz)$", r"\1zes"),
    (r"^(ox)$", r"\1en"),
    (r"([ml])ouse$", r"\1ice"),
    (r"(matr|vert|ind)(ix|ex)$", r"\1ices"),
    (r"(x|ch|ss|sh)$", r"\1es"),
    (r"([^aeiouy]|qu)y$", r"\1ies"),
    (r"(hive|gulf)$", r"\1s"),
    (r"(?:([^f])fe|([lr])f)$", r"\1\2ves"),
    (r"sis$", "ses"),
    (r"([ti])um$", r"\1a"),
    (r"(tax)on$", r"\1a"),
    (r"(c)riterion$", r"\1riteria"),
    (r"(p)erson$", r"\1eople"),
    (r"(m)an$", r"\1en"),
    (r"(c)hild$", r"\1hildren"),
    (r"(f)oot$", r"\1eet"),
    (r"(buffal|her|potat|tomat|volcan)o$", r"\1oes"),
    (r"(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|vir)us$", r"\1i"),
    (r"us$", "uses"),
    (r"(alias)$", r"\1es"),
    (r"(analys|ax|cris|test|thes)is$", r"\1es"),
    (r"s$", "s"),
    (r"^$", ""),
    (r"$", "s"),
)]


def pluralize(word: str) -> str:
    """English plural of ``word`` as Laravel's ``Str::plural`` forms it
    (good enough for model names; see the module docstring)."""
    if not word:
        return word
    lower = word.lower()
    if lower in _UNCOUNTABLE or _UNCOUNTABLE_SUFFIX.search(lower):
        return word
    if lower in _IRREGULAR:
        out = _IRREGULAR[lower]
    else:
        out = word
        for rx, rep in _PLURAL_RULES:
            if rx.search(word):
                out = rx.sub(rep, word, count=1)
                break
    # Laravel's matchCase
    if word.isupper() and len(word) > 1:
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def snake(value: str) -> str:
    """Laravel's ``Str::snake``."""
    if value.islower() and " " not in value:
        return value
    value = "".join(w[:1].upper() + w[1:] for w in value.split())
    out = []
    for i, ch in enumerate(value):
        if i + 1 < len(value) and value[i + 1].isupper() and i >= 0:
            out.append(ch + "_")
        else:
            out.append(ch)
    return "".join(out).lower()


def plural_studly(value: str) -> str:
    """Laravel's ``Str::pluralStudly``: pluralise the last StudlyCase word."""
    cut = 0
    for i in range(1, len(value)):
        if value[i].isupper():
            cut = i
    return value[:cut] + pluralize(value[cut:])


def model_table(class_name: str, pivot: bool = False) -> str:
    """The table Laravel gives model ``class_name`` by default."""
    base = class_name.rsplit("\\", 1)[-1]
    if pivot:
        return snake(base)
    return snake(plural_studly(base))


# ==========================================================================
# Values of the abstract interpreter
# ==========================================================================


class _Unknown:
    __slots__ = ()

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


@dataclass(frozen=True)
class _ClassName:
    """``Foo::class`` (or a class named in a string)."""

    name: str

    @property
    def basename(self) -> str:
        return self.name.rsplit("\\", 1)[-1]


@dataclass(frozen=True)
class _Raw:
    """``DB::raw('...')``."""

    sql: Any


@dataclass
class _Array:
    """A PHP array literal: items are ``(key, value, key_node, value_node)``."""

    items: List[Tuple[Any, Any, Any, Any]] = field(default_factory=list)

    def values(self) -> list:
        return [v for _, v, _, _ in self.items]

    def get(self, key, default=None):
        for k, v, _, _ in self.items:
            if k == key:
                return v
        return default


@dataclass(eq=False)
class _This:
    cls: "_ClassInfo"


@dataclass(eq=False)
class _Prop:
    """``$this->load``, ``$this->cache`` ...: services of the host framework."""

    name: str


@dataclass(eq=False)
class _SchemaRef:
    connection: Optional[str] = None


@dataclass(eq=False)
class _DBRef:
    connection: Optional[str] = None


class _CIDb:
    """CodeIgniter's ``$this->db``."""


class _CIForge:
    """CodeIgniter's ``$this->dbforge``."""


@dataclass(eq=False)
class _Closure:
    node: Any
    env: Dict[str, Any]
    cls: Optional["_ClassInfo"]


@dataclass(eq=False)
class _ClassInfo:
    node: Any
    name: str
    base: str
    methods: Dict[str, Any] = field(default_factory=dict)
    props: Dict[str, Any] = field(default_factory=dict)
    prop_nodes: Dict[str, Any] = field(default_factory=dict)
    consts: Dict[str, Any] = field(default_factory=dict)
    abstract: bool = False
    kind: str = "class"  # class | trait | anonymous


# --------------------------------------------------------------------------
# Blueprint state
# --------------------------------------------------------------------------


@dataclass(eq=False)
class _Col:
    name: str
    node: Any
    method: str
    type: Optional[ColumnType]
    nullable: bool = False
    primary: bool = False
    unique: bool = False
    index: bool = False
    index_name: Optional[str] = None
    #: Laravel's word for the fluent index: index | fulltext | spatialindex
    index_type: str = "index"
    unique_name: Optional[str] = None
    #: ``constrained(indexName: ...)``
    foreign_name: Optional[str] = None
    default: Optional[str] = None
    comment: Optional[str] = None
    comment_set: bool = False
    nullable_set: bool = False
    references: Optional[ForeignKeyRef] = None
    ref_table: Optional[str] = None
    ref_cols: Tuple[str, ...] = ()
    change: bool = False
    hints: Dict[str, str] = field(default_factory=dict)
    #: for foreignId/foreignIdFor: (table Laravel would guess, column)
    constrain_guess: Optional[Tuple[str, str]] = None
    #: the conditional branches this column was declared in
    branch: Tuple[Tuple[int, int], ...] = ()


@dataclass(eq=False)
class _Index:
    kind: str  # primary | unique | index | foreign
    columns: Tuple[str, ...]
    node: Any
    name: Optional[str] = None
    ref_table: Optional[str] = None
    ref_cols: Tuple[str, ...] = ()


@dataclass(eq=False)
class _Blueprint:
    table: TableRef
    mode: str  # create | table
    node: Any
    connection: Optional[str] = None
    items: List[tuple] = field(default_factory=list)
    comment: Optional[str] = None
    hints: Dict[str, str] = field(default_factory=dict)


# ==========================================================================
# Type mapping
# ==========================================================================

#: Laravel column type (lower case, as used by ``addColumn``) -> SQL base
#: name (the family comes from :mod:`schemalint.types`).  MySQL names:
#: Laravel's default grammar.
_LARAVEL_TYPES: Dict[str, str] = {
    "string": "varchar", "char": "char", "text": "text",
    "tinytext": "tinytext", "mediumtext": "mediumtext",
    "longtext": "longtext",
    "integer": "int", "tinyinteger": "tinyint",
    "smallinteger": "smallint", "mediuminteger": "mediumint",
    "biginteger": "bigint",
    "float": "float", "double": "double", "decimal": "decimal",
    "boolean": "boolean",
    "enum": "enum", "set": "set",
    "json": "json", "jsonb": "jsonb",
    "date": "date", "datetime": "datetime",
    "datetimetz": "datetime", "time": "time",
    "timetz": "time", "timestamp": "timestamp",
    "timestamptz": "timestamp",
    "year": "year",
    "binary": "blob", "uuid": "uuid", "ulid": "char",
    "ipaddress": "varchar", "macaddress": "varchar",
    "geometry": "geometry", "geography": "geography", "point": "point",
    "linestring": "linestring", "polygon": "polygon",
    "geometrycollection": "geometrycollection", "multipoint": "multipoint",
    "multilinestring": "multilinestring", "multipolygon": "multipolygon",
    "multipolygonz": "multipolygon", "vector": "vector",
}


def _sql_type(raw_name: str, params: Tuple[str, ...] = ()) -> ColumnType:
    """A SQL type by name (CodeIgniter dbforge, OpenSID helpers)."""
    raw = f"{raw_name.upper()}({', '.join(params)})" if params else raw_name.upper()
    return column_type(raw_name.strip(), params, raw)


def _lit_text(v: Any) -> str:
    """A PHP literal as text (for params and defaults)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "NULL"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _sql_default(v: Any, node) -> str:
    if isinstance(v, _Raw):
        return v.sql if isinstance(v.sql, str) else ts.text(node)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, (bool, int, float)) or v is None:
        return _lit_text(v)
    return ts.text(node)


# ==========================================================================
# Literal decoding
# ==========================================================================

_DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f",
               "\\": "\\", "$": "$", '"': '"'}


def _unescape_single(body: str) -> str:
    out = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and i + 1 < n and body[i + 1] in ("'", "\\"):
            out.append(body[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _unescape_double(body: str) -> str:
    out = []
    i, n = 0, len(body)
    hexdigits = "0123456789abcdefABCDEF"
    while i < n:
        ch = body[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _DQ_ESCAPES:
            out.append(_DQ_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8) & 0xFF))
            i = j
        elif nxt == "x" and i + 2 < n and body[i + 2] in hexdigits:
            j = i + 2
            while j < n and j < i + 4 and body[j] in hexdigits:
                j += 1
            out.append(chr(int(body[i + 2:j], 16)))
            i = j
        elif nxt == "u" and i + 2 < n and body[i + 2] == "{":
            end = body.find("}", i + 3)
            try:
                out.append(chr(int(body[i + 3:end], 16)))
                i = end + 1
            except (ValueError, OverflowError):
                out.append(ch)
                i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _heredoc_text(node, dedent: bool = True) -> Optional[str]:
    """The value of a heredoc/nowdoc without interpolation, else None.
    ``dedent=False`` keeps the closing marker's indentation on every line
    (for embedded SQL: same statements, exact host-file columns)."""
    body = node.child_by_field_name("value")
    end = node.child_by_field_name("end_tag")
    if body is None:
        return ""
    if node.type == "heredoc":
        for c in body.named_children:
            if c.type not in ("string_content", "escape_sequence", "string_value"):
                return None
    raw = ts.text(body)
    indent = 0
    if end is not None:
        indent = end.start_point[1]
    lines = raw.split("\n")
    if lines and lines[0].strip() == "":
        lines = lines[1:]
    if indent and dedent:
        lines = [ln[indent:] if ln[:indent].strip() == "" else ln.lstrip() for ln in lines]
    while lines and lines[-1].strip() == "":
        lines.pop()
    value = "\n".join(lines)
    return _unescape_double(value) if node.type == "heredoc" else value


def _named(node) -> list:
    """Named children without comments."""
    return [c for c in node.named_children if c.type != "comment"]


_SCHEMA_TOKENS = frozenset({"Schema", "DB", "Blueprint", "dbforge", "Capsule", "tambahForeignKey",
                            "tambahIndeks", "tambah_foreign_key", "tambah_indeks"})
_SCHEMA_VARS = frozenset({"table", "blueprint"})


def _mentions_schema(node) -> bool:
    """True when the subtree holds a token of a schema call (``Schema``,
    ``DB``, ``Blueprint``, ``dbforge``, ``$table``): used to decide whether a
    syntax error or an unreached method may hide a schema change."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.child_count == 0:
            if ts.text(n) in _SCHEMA_TOKENS:
                return True
            continue
        if n.type == "variable_name":
            if ts.text(n).lstrip("$") in _SCHEMA_VARS:
                return True
            continue
        stack.extend(n.children)
    return False


# ==========================================================================
# Class collection (shared by migrations and models)
# ==========================================================================

_CLASS_NODES = ("class_declaration", "anonymous_class", "trait_declaration")


def _collect_classes(root, evaluator) -> List[_ClassInfo]:
    out: List[_ClassInfo] = []
    stack = [root]
    found = []
    while stack:
        n = stack.pop()
        if n.type in _CLASS_NODES:
            found.append(n)
        if n.type in ("method_declaration", "function_definition"):
            continue
        stack.extend(reversed(n.children))
    found.sort(key=lambda n: n.start_byte)
    for n in found:
        name_node = n.child_by_field_name("name")
        name = ts.text(name_node) if name_node is not None else "class@anonymous"
        base = ""
        abstract = False
        for c in n.children:
            if c.type == "base_clause":
                names = [x for x in c.named_children if x.type in ("name", "qualified_name")]
                if names:
                    base = ts.text(names[0]).rsplit("\\", 1)[-1]
            elif c.type == "abstract_modifier":
                abstract = True
        info = _ClassInfo(n, name, base, abstract=abstract,
                          kind="trait" if n.type == "trait_declaration" else
                          ("anonymous" if n.type == "anonymous_class" else "class"))
        body = n.child_by_field_name("body")
        if body is None:
            body = next((c for c in n.children if c.type == "declaration_list"), None)
        if body is not None:
            for member in body.named_children:
                if member.type == "method_declaration":
                    mn = member.child_by_field_name("name")
                    if mn is not None:
                        info.methods.setdefault(ts.text(mn).lower(), member)
                elif member.type == "property_declaration":
                    for el in member.named_children:
                        if el.type != "property_element":
                            continue
                        vn = el.child_by_field_name("name")
                        dv = el.child_by_field_name("default_value")
                        if vn is None:
                            continue
                        pname = ts.text(vn).lstrip("$")
                        info.props[pname] = evaluator(dv) if dv is not None else None
                        info.prop_nodes[pname] = dv if dv is not None else el
                elif member.type == "const_declaration":
                    for el in member.named_children:
                        if el.type != "const_element":
                            continue
                        kids = _named(el)
                        if len(kids) >= 2:
                            info.consts[ts.text(kids[0])] = evaluator(kids[-1])
        out.append(info)
    return out


# ==========================================================================
# The migration analyser
# ==========================================================================

_STOP = object()

#: OpenSID ``MY_Model`` helpers without schema effect (data, caches, checks)
_OPENSID_DATA_HELPERS = frozenset({
    "tambah_modul", "ubah_modul", "tambah_setting", "tambah_surat_tinymce", "data_awal",
    "grupakses", "config_id", "config_id_exist", "cek_indeks", "paginasi", "autocomplete_str",
    "union", "hapus_modul", "tambah_menu", "tambah_widget", "hapus_setting",
})
#: methods of Laravel's Migration base classes without schema effect
_BASE_NOOP_METHODS = frozenset({"getconnection", "shouldrun", "driver", "call", "command",
                                "withintransaction", "info", "line", "comment"})

_GUARD_SCHEMA = frozenset({"hastable", "hascolumn", "hascolumns", "hasindex", "hasview"})
_GUARD_CI = frozenset({"field_exists", "table_exists"})

#: PHP functions that change an array passed by reference
_BY_REF_FUNCTIONS = frozenset({
    "array_push", "array_unshift", "array_splice", "array_pop", "array_shift", "sort", "rsort",
    "usort", "uasort", "uksort", "ksort", "krsort", "asort", "arsort", "shuffle", "array_walk",
    "settype", "parse_str", "preg_match", "preg_match_all", "extract",
})

#: first words of SQL statements that only touch data
_DATA_SQL = frozenset({"insert", "update", "delete", "select", "replace", "truncate", "set", "with",
                       "call", "lock", "unlock"})

_IGNORED_STATEMENTS = frozenset({
    "comment", "php_tag", "text", "text_interpolation", "namespace_definition",
    "namespace_use_declaration", "const_declaration", "class_declaration", "function_definition",
    "interface_declaration", "trait_declaration", "enum_declaration", "declare_statement",
    "empty_statement", "break_statement", "continue_statement", "global_declaration",
    "static_variable_declaration", "echo_statement", "unset_statement", "exit_statement",
    "named_label_statement", "goto_statement", "ERROR",
})


class _Analyzer:
    def __init__(self, path: str, text: str, options):
        self.path = path
        self.text = text
        self.options = options
        self.changes: List[Any] = []
        self.statements = 0
        self.noop = 0
        #: DB::statement SQL; Laravel projects default to MySQL
        self.embedded = Embedded(path, options, default="mysql")
        self.depth = 0
        self.call_stack: List[Any] = []
        self.visited_methods: set = set()
        self.error_ranges: List[Tuple[int, int]] = []
        self.aliases: Dict[str, str] = {}
        self.functions: Dict[str, Any] = {}
        self.classes: List[_ClassInfo] = []
        self.cls: Optional[_ClassInfo] = None
        # CodeIgniter dbforge pending add_field/add_key
        self.ci_fields: List[Tuple[str, Any, Any]] = []
        self.ci_keys: List[Tuple[Tuple[str, ...], bool, Any]] = []
        # line -> (table, column) for source-comment directives
        self.line_targets: Dict[int, Tuple[TableRef, Optional[str]]] = {}
        self.in_blueprint = 0
        #: (branching node id, branch index) of the branches being followed
        self.branch: Tuple[Tuple[int, int], ...] = ()

    # -- helpers -----------------------------------------------------------
    def loc(self, node) -> Location:
        return ts.location(node, self.path, self.src)

    def note(self, reason: str, node, kind: str = "unsupported") -> None:
        self.changes.append(Skipped(reason, self.loc(node), kind))

    def fail_if_broken(self, node, what: str) -> bool:
        """A schema call whose text holds a syntax error cannot be read:
        report a ParseFailure at the error and do not follow it."""
        if not node.has_error:
            return False
        err = ts.first_error(node)
        where = err if err is not None else node
        self.changes.append(ParseFailure(
            f"{ts.describe_error(where, self.src)} inside {what}; it cannot be read "
            f"(PHP would refuse to run this file)", self.loc(where)))
        self.error_ranges.append((node.start_byte, node.end_byte))
        return True

    # -- driver ------------------------------------------------------------
    def run(self) -> FileResult:
        tree, self.src = ts.parse("php", self.text)
        root = tree.root_node
        self._collect_uses(root)
        self.classes = _collect_classes(root, lambda n: self.ev(n, {}))
        migrations = [c for c in self.classes if "up" in c.methods]
        meta: Dict[str, Any] = {"migration": self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]}
        if migrations:
            meta["class"] = migrations[0].name if len(migrations) == 1 else [c.name for c in migrations]
            for c in migrations:
                self.cls = c
                self.call_method(c, "up", [], {}, c.methods["up"], entry=True)
            self._report_unreached(migrations)
        else:
            self.cls = None
            self.block(root, {})
            analysed_any = False
            for c in self.classes:
                if c.kind == "trait":
                    continue
                self.cls = c
                for name, m in c.methods.items():
                    if name == "down":
                        continue
                    if (c.node.id, name) in self.visited_methods:
                        continue
                    if not _mentions_schema(m):
                        continue
                    analysed_any = True
                    self.call_method(c, name, [], {}, m, entry=True)
            if analysed_any:
                self.changes.append(Skipped(
                    "no migration up() method in this file: every method with schema calls "
                    "was analysed in declaration order", Location(self.path), "noop"))
            if any("casts" in c.props or "casts" in c.methods for c in self.classes):
                # an Eloquent model that detection took for a migration (it
                # calls ->create(...)): its casts are still evidence
                reader = _ModelReader(self.path, self.text)
                found = reader.read(self)
                self.changes.extend(reader.changes)
                if found:
                    meta["models"] = found
        self._errors(root)
        self._directives()
        stats = {"statements": self.statements, "noop": self.noop}
        return FileResult(self.path, FORMAT, tuple(self.changes), meta, self.embedded.dialect, stats)

    def _collect_uses(self, root) -> None:
        for n in root.named_children:
            if n.type == "namespace_definition":
                body = n.child_by_field_name("body")
                if body is not None:
                    self._collect_uses(body)
            if n.type != "namespace_use_declaration":
                continue
            for cl in n.named_children:
                if cl.type != "namespace_use_clause":
                    continue
                alias = cl.child_by_field_name("alias")
                target = next((x for x in cl.named_children if x.type in ("qualified_name", "name")
                               and x != alias), None)
                if target is None:
                    continue
                full = ts.text(target).lstrip("\\")
                short = ts.text(alias) if alias is not None else full.rsplit("\\", 1)[-1]
                self.aliases[short] = full
        stack = [root]
        while stack:
            n = stack.pop()
            if n.type == "function_definition":
                fn = n.child_by_field_name("name")
                if fn is not None:
                    self.functions[ts.text(fn).lower()] = n
                continue
            if n.type in _CLASS_NODES:
                continue
            stack.extend(n.named_children)

    def _report_unreached(self, migrations) -> None:
        for c in migrations:
            for name, m in c.methods.items():
                if name in ("up", "down", "__construct") or (c.node.id, name) in self.visited_methods:
                    continue
                body = m.child_by_field_name("body")
                if body is not None and _mentions_schema(body):
                    self.note(f"method {c.name}::{ts.text(m.child_by_field_name('name'))}() is not "
                              f"called from up(): not analysed", m)

    def _errors(self, root) -> None:
        for err in ts.iter_errors(root):
            b = err.start_byte
            if any(s <= b <= e for s, e in self.error_ranges):
                continue
            scope = err
            if err.is_missing or not err.named_children:
                # look at the statement around a MISSING token
                scope = err.parent or err
                while scope.parent is not None and not scope.type.endswith("statement") \
                        and scope.type not in ("method_declaration", "program"):
                    scope = scope.parent
            in_down = False
            p = err.parent
            while p is not None:
                if p.type == "method_declaration":
                    mn = p.child_by_field_name("name")
                    in_down = mn is not None and ts.text(mn).lower() == "down"
                    break
                p = p.parent
            msg = ts.describe_error(err, self.src)
            where = self.loc(err)
            if err.is_error and err.start_byte == 0:
                # the whole file is one ERROR node: point at its end, where
                # the unclosed construct gave up
                row, bcol = err.end_point
                where = Location(self.path, row + 1, bcol + 1)
                msg = "syntax error: the file does not parse to its end (unclosed bracket, brace " \
                      "or string?)"
            if _mentions_schema(scope if scope.type != "program" else err) and not in_down:
                self.changes.append(ParseFailure(
                    f"{msg}: the unreadable code may hold schema changes (PHP would refuse to run "
                    f"this file)", where))
            elif in_down:
                self.changes.append(Skipped(
                    f"{msg} in down(), which is not replayed; PHP would refuse to run this file",
                    where))
            else:
                self.changes.append(Skipped(
                    f"{msg} outside any schema call; PHP would refuse to run this file", where))
            self.error_ranges.append((err.start_byte, err.end_byte))

    def _directives(self) -> None:
        if "schemalint" not in self.text.lower():
            return
        from .. import annotations as ann_mod

        for d in ann_mod.scan_directives(self.text):
            if not d.annotation.values and not d.annotation.errors:
                continue  # suppressions only: the filter stage reads those
            target = self.line_targets.get(d.target_line)
            loc = Location(self.path, d.line, d.col)
            if target is None:
                self.changes.append(Skipped(
                    f"schemalint annotation on line {d.line} is not next to a column or table "
                    f"definition: not applied", loc))
                continue
            self.changes.append(Annotate(target[0], target[1], "schemalint: " + d.annotation.text,
                                         loc, "comment"))

    # -- statements --------------------------------------------------------
    def block(self, node, env) -> Any:
        for st in node.named_children:
            if self.stmt(st, env) is _STOP:
                return _STOP
        return None

    def stmt(self, node, env) -> Any:
        t = node.type
        if t in ("expression_statement", "return_statement"):
            kids = _named(node)
            if kids:
                top = not self.in_blueprint
                before = len(self.changes)
                self.ev(kids[0], env)
                if top:
                    self.statements += 1
                    if len(self.changes) == before:
                        self.noop += 1
            return _STOP if t == "return_statement" else None
        if t in ("compound_statement", "colon_block", "program"):
            return self.block(node, env)
        if t == "if_statement":
            return self.if_stmt(node, env)
        if t == "foreach_statement":
            return self.foreach_stmt(node, env)
        if t in ("for_statement", "while_statement", "do_statement"):
            return self.loop_stmt(node, env)
        if t == "try_statement":
            return self.try_stmt(node, env)
        if t == "switch_statement":
            return self.switch_stmt(node, env)
        if t in _IGNORED_STATEMENTS:
            return None
        # other statements: evaluate their expressions for effects
        for c in _named(node):
            if c.type.endswith("statement") or c.type in ("compound_statement", "colon_block"):
                self.stmt(c, env)
            else:
                self.ev(c, env)
        return None

    def _guard(self, cond) -> Optional[str]:
        """The guard call text when ``cond`` tests a table/column's existence."""
        stack = [cond]
        while stack:
            n = stack.pop()
            if n.type in ("scoped_call_expression", "member_call_expression"):
                nm = n.child_by_field_name("name")
                name = ts.text(nm).lower() if nm is not None else ""
                if name in _GUARD_SCHEMA or name in _GUARD_CI or name.startswith("whentable"):
                    return ts.text(n)
            stack.extend(n.named_children)
        return None

    def _branches(self, node, cond, bodies, env, what: str) -> Any:
        guard = self._guard(cond) if cond is not None else None
        if cond is not None:
            self.ev(cond, env)
        effects = 0
        total = 0
        saved = self.branch
        for i, b in enumerate(bodies):
            before = len(self.changes)
            pending = self._pending_count(env)
            self.branch = saved + ((node.id, i),)
            try:
                self.stmt(b, env)
            finally:
                self.branch = saved
            if self._pending_count(env) != pending or any(
                    not isinstance(c, Skipped) or c.kind != "noop" for c in self.changes[before:]):
                effects += 1
            total += 1
        if effects == 0:
            return None
        if guard is not None:
            self.note(f"guard {guard} is not evaluated: its body was followed as if the guard "
                      f"held", node, "noop")
        elif effects > 1:
            cond_text = ts.text(cond).strip() if cond is not None else what
            self.note(f"{what} on {cond_text[:80]} is not evaluated: all {total} branches were "
                      f"followed and {effects} change the schema (their changes may overlap)", node)
        else:
            cond_text = ts.text(cond).strip() if cond is not None else what
            self.note(f"{what} on {cond_text[:80]} is not evaluated: its branches were followed",
                      node, "noop")
        return None

    def if_stmt(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        bodies = []
        body = node.child_by_field_name("body")
        if body is not None:
            bodies.append(body)
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "else_if_clause":
                c2 = alt.child_by_field_name("condition")
                if c2 is not None:
                    self.ev(c2, env)
            b = alt.child_by_field_name("body")
            if b is not None:
                bodies.append(b)
        return self._branches(node, cond, bodies, env, "condition")

    def switch_stmt(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        cases = [c for c in (body.named_children if body is not None else [])
                 if c.type in ("case_statement", "default_statement")]
        return self._branches(node, cond, cases, env, "switch")

    def foreach_stmt(self, node, env) -> Any:
        kids = _named(node)
        body = node.child_by_field_name("body") or (kids[-1] if kids else None)
        if body is None or len(kids) < 2:
            return None
        iterable = kids[0]
        target = kids[1]
        coll = self.ev(iterable, env)
        key_var = val_var = None
        if target.type == "pair":
            pk = _named(target)
            if len(pk) == 2:
                key_var, val_var = pk
        else:
            val_var = target
        if isinstance(coll, _Array) and 0 < len(coll.items) <= _MAX_UNROLL and \
                (val_var is None or val_var.type == "variable_name"):
            for i, (k, v, _, _) in enumerate(coll.items):
                if key_var is not None and key_var.type == "variable_name":
                    env[ts.text(key_var).lstrip("$")] = k if k is not None else i
                if val_var is not None:
                    env[ts.text(val_var).lstrip("$")] = v
                self.stmt(body, env)
            return None
        for var in (key_var, val_var):
            if var is not None and var.type == "variable_name":
                env[ts.text(var).lstrip("$")] = UNKNOWN
        return self._loop_once(node, body, env)

    def loop_stmt(self, node, env) -> Any:
        body = node.child_by_field_name("body")
        for c in _named(node):
            if (body is None or c != body) and not c.type.endswith("statement"):
                self.ev(c, env)
        if body is None:
            kids = [c for c in _named(node) if c.type.endswith("statement")]
            body = kids[0] if kids else None
        if body is None:
            return None
        return self._loop_once(node, body, env)

    def _loop_once(self, node, body, env) -> None:
        before = len(self.changes)
        self.stmt(body, env)
        if any(not isinstance(c, Skipped) or c.kind != "noop" for c in self.changes[before:]):
            self.note("loop over values that are not literals: its body was followed once", node,
                      "noop")

    def try_stmt(self, node, env) -> Any:
        body = node.child_by_field_name("body")
        res = self.stmt(body, env) if body is not None else None
        for c in node.named_children:
            if c.type == "catch_clause":
                cb = c.child_by_field_name("body")
                if cb is not None and _mentions_schema(cb):
                    self.note("catch block with schema calls: not followed (it runs only when the "
                              "try block fails)", c)
            elif c.type == "finally_clause":
                fb = c.child_by_field_name("body")
                if fb is not None:
                    self.stmt(fb, env)
        return res

    # -- expressions -------------------------------------------------------
    def ev(self, node, env) -> Any:
        if node is None:
            return UNKNOWN
        t = node.type
        if t == "string":
            raw = ts.text(node)
            if raw[:1] in ("b", "B"):
                raw = raw[1:]
            return _unescape_single(raw[1:-1])
        if t == "encapsed_string":
            for c in node.named_children:
                if c.type not in ("string_content", "escape_sequence"):
                    for sub in node.named_children:  # interpolated calls may have effects
                        if sub.type not in ("string_content", "escape_sequence", "variable_name"):
                            self.ev(sub, env)
                    return UNKNOWN
            raw = ts.text(node)
            if raw[:1] in ("b", "B"):
                raw = raw[1:]
            return _unescape_double(raw[1:-1])
        if t in ("heredoc", "nowdoc"):
            v = _heredoc_text(node)
            return UNKNOWN if v is None else v
        if t == "integer":
            try:
                return int(ts.text(node).replace("_", ""), 0)
            except ValueError:
                try:
                    return int(ts.text(node).replace("_", ""))
                except ValueError:
                    return UNKNOWN
        if t == "float":
            try:
                return float(ts.text(node).replace("_", ""))
            except ValueError:
                return UNKNOWN
        if t == "boolean":
            return ts.text(node).lower() == "true"
        if t == "null":
            return None
        if t == "variable_name":
            name = ts.text(node).lstrip("$")
            if name == "this":
                return _This(self.cls) if self.cls is not None else UNKNOWN
            return env.get(name, UNKNOWN)
        if t == "parenthesized_expression":
            kids = _named(node)
            return self.ev(kids[0], env) if kids else UNKNOWN
        if t == "array_creation_expression":
            return self.ev_array(node, env)
        if t == "binary_expression":
            return self.ev_binary(node, env)
        if t == "unary_op_expression":
            arg = node.child_by_field_name("argument")
            v = self.ev(arg, env)
            op = ts.text(node)[:1]
            if op == "-" and isinstance(v, (int, float)) and not isinstance(v, bool):
                return -v
            if op == "+" and isinstance(v, (int, float)):
                return v
            return UNKNOWN
        if t == "assignment_expression":
            return self.ev_assign(node, env)
        if t == "augmented_assignment_expression":
            left = node.child_by_field_name("left")
            self.ev(node.child_by_field_name("right"), env)
            if left is not None:
                self._forget_vars(left, env)
            return UNKNOWN
        if t == "conditional_expression":
            for c in _named(node):
                self.ev(c, env)
            return UNKNOWN
        if t == "match_expression":
            return self.ev_match(node, env)
        if t == "class_constant_access_expression":
            return self.ev_class_constant(node)
        if t == "member_access_expression" or t == "nullsafe_member_access_expression":
            return self.ev_member_access(node, env)
        if t in ("member_call_expression", "nullsafe_member_call_expression",
                 "scoped_call_expression", "function_call_expression"):
            return self.ev_call(node, env)
        if t in ("anonymous_function", "arrow_function", "anonymous_function_creation_expression"):
            return _Closure(node, env, self.cls)
        if t in ("include_expression", "include_once_expression", "require_expression",
                 "require_once_expression"):
            self.note(f"{ts.text(node)[:60]}: code from another file is not followed", node)
            return UNKNOWN
        if t == "cast_expression":
            kids = _named(node)
            v = self.ev(kids[-1], env) if kids else UNKNOWN
            return v if isinstance(v, (str, int, float)) else UNKNOWN
        if t == "object_creation_expression":
            for c in _named(node):
                if c.type == "arguments":
                    self.run_closures(self.eval_args(c, env))
            return UNKNOWN
        if t in ("name", "qualified_name"):
            return UNKNOWN
        # anything else: look inside for effects
        for c in _named(node):
            self.ev(c, env)
        return UNKNOWN

    def ev_array(self, node, env) -> _Array:
        arr = _Array()
        auto = 0
        for el in _named(node):
            if el.type != "array_element_initializer":
                continue
            kids = _named(el)
            if not kids:
                continue
            if kids[0].type == "variadic_unpacking":
                self.ev(kids[0], env)
                arr.items.append((UNKNOWN, UNKNOWN, None, kids[0]))
                continue
            if len(kids) >= 2:
                k = self.ev(kids[0], env)
                v = self.ev(kids[-1], env)
                arr.items.append((k, v, kids[0], kids[-1]))
                if isinstance(k, int) and not isinstance(k, bool) and k >= auto:
                    auto = k + 1
            else:
                v = self.ev(kids[0], env)
                arr.items.append((auto, v, None, kids[0]))
                auto += 1
        return arr

    def ev_binary(self, node, env) -> Any:
        # concatenation chains are left-deep: walk them without recursion
        op_node = node.child_by_field_name("operator")
        op = ts.text(op_node) if op_node is not None else ""
        if op == ".":
            parts = []
            n = node
            while n.type == "binary_expression":
                o = n.child_by_field_name("operator")
                if o is None or ts.text(o) != ".":
                    break
                parts.append(n.child_by_field_name("right"))
                n = n.child_by_field_name("left")
            parts.append(n)
            values = [self.ev(p, env) for p in reversed(parts)]
            if all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values):
                return "".join(_lit_text(v) for v in values)
            return UNKNOWN
        left = self.ev(node.child_by_field_name("left"), env)
        right = self.ev(node.child_by_field_name("right"), env)
        if op == "??":
            return left if left is not UNKNOWN and left is not None else right
        return UNKNOWN

    def ev_assign(self, node, env) -> Any:
        left = node.child_by_field_name("left")
        value = self.ev(node.child_by_field_name("right"), env)
        if left is None:
            return value
        if left.type == "variable_name":
            env[ts.text(left).lstrip("$")] = value
        elif left.type in ("list_literal", "array_creation_expression", "subscript_expression"):
            # destructuring and `$a['k'] = ...`: the variables involved are no
            # longer known literals
            self._forget_vars(left, env)
        elif left.type == "member_access_expression":
            obj = self.ev(left.child_by_field_name("object"), env)
            nm = left.child_by_field_name("name")
            if isinstance(obj, _This) and nm is not None and nm.type == "name" and obj.cls:
                obj.cls.props[ts.text(nm)] = value
            elif isinstance(obj, _Blueprint) and nm is not None:
                prop = ts.text(nm).lower()
                if prop == "temporary":
                    obj.hints["temporary"] = "true"
                # engine, charset, collation: no effect on the model
        else:
            self.ev(left, env)
        return value

    @staticmethod
    def _forget_vars(node, env) -> None:
        """Variables written through ``node`` become unknown."""
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type == "variable_name":
                env[ts.text(n).lstrip("$")] = UNKNOWN
                continue
            stack.extend(n.named_children)

    def ev_match(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        arms = [a for a in (body.named_children if body is not None else [])
                if a.type in ("match_conditional_expression", "match_default_expression")]
        if cond is not None:
            self.ev(cond, env)
        effects = 0
        saved = self.branch
        for i, arm in enumerate(arms):
            ret = arm.child_by_field_name("return_expression")
            before = len(self.changes)
            count_before = self._pending_count(env)
            self.branch = saved + ((node.id, i),)
            try:
                self.ev(ret, env)
            finally:
                self.branch = saved
            if len(self.changes) != before or self._pending_count(env) != count_before:
                effects += 1
        if effects > 1:
            self.note(f"match on {ts.text(cond)[:60] if cond is not None else '?'} is not "
                      f"evaluated: all {len(arms)} arms were followed (a column defined in several "
                      f"arms keeps the first arm's definition)", node)
        return UNKNOWN

    def _pending_count(self, env) -> int:
        return sum(len(v.items) for v in env.values() if isinstance(v, _Blueprint))

    @staticmethod
    def _alternatives(a: Tuple[Tuple[int, int], ...], b: Tuple[Tuple[int, int], ...]) -> bool:
        """True when two branch paths diverge at the same branching node
        (``if``/``else``, ``match`` arms): only one of them runs."""
        for (na, ia), (nb, ib) in zip(a, b):
            if na != nb:
                return False
            if ia != ib:
                return True
        return False

    def ev_class_constant(self, node) -> Any:
        kids = _named(node)
        if len(kids) < 2:
            return UNKNOWN
        scope, member = kids[0], kids[-1]
        mname = ts.text(member)
        if mname.lower() == "class":
            if scope.type == "relative_scope":
                return _ClassName(self.cls.name) if self.cls else UNKNOWN
            return _ClassName(self._resolve_name(ts.text(scope)))
        if scope.type == "relative_scope" and self.cls is not None:
            if mname in self.cls.consts:
                return self.cls.consts[mname]
        else:
            sname = ts.text(scope).lstrip("\\").rsplit("\\", 1)[-1]
            for c in self.classes:
                if c.name == sname and mname in c.consts:
                    return c.consts[mname]
        return UNKNOWN

    def ev_member_access(self, node, env) -> Any:
        obj = self.ev(node.child_by_field_name("object"), env)
        nm = node.child_by_field_name("name")
        if nm is None or nm.type != "name":
            return UNKNOWN
        name = ts.text(nm)
        if isinstance(obj, _This):
            low = name.lower()
            if low == "db":
                return _CIDb()
            if low == "dbforge":
                return _CIForge()
            if obj.cls is not None and name in obj.cls.props:
                v = obj.cls.props[name]
                return v if v is not None else UNKNOWN
            return _Prop(name)
        return UNKNOWN

    def _resolve_name(self, name: str) -> str:
        name = name.lstrip("\\")
        head = name.split("\\", 1)[0]
        if head in self.aliases:
            rest = name[len(head):]
            return self.aliases[head] + rest
        return name

    # -- calls -------------------------------------------------------------
    def eval_args(self, args_node, env) -> List[Tuple[Any, Any, Optional[str]]]:
        out = []
        if args_node is None:
            return out
        for a in _named(args_node):
            if a.type != "argument":
                if a.type == "variadic_placeholder":
                    continue
                out.append((self.ev(a, env), a, None))
                continue
            nm = a.child_by_field_name("name")
            kids = [k for k in _named(a) if nm is None or k != nm]
            if not kids:
                continue
            val = self.ev(kids[-1], env)
            if ts.text(a).startswith("..."):
                val = UNKNOWN
            out.append((val, kids[-1], ts.text(nm) if nm is not None else None))
        return out

    def run_closures(self, args) -> None:
        for v, _, _ in args:
            if isinstance(v, _Closure):
                self.run_closure(v, [])

    def run_closure(self, clo: _Closure, bound: list) -> None:
        if self.depth >= _MAX_DEPTH:
            self.note("closures nested too deeply: not followed", clo.node)
            return
        node = clo.node
        params = node.child_by_field_name("parameters")
        env: Dict[str, Any] = {}
        if node.type == "arrow_function":
            env.update(clo.env)
        else:
            for c in node.named_children:
                if c.type == "anonymous_function_use_clause":
                    for v in c.named_children:
                        var = v if v.type == "variable_name" else next(
                            (x for x in v.named_children if x.type == "variable_name"), None)
                        if var is not None:
                            name = ts.text(var).lstrip("$")
                            env[name] = clo.env.get(name, UNKNOWN)
        self._bind_params(params, bound, {}, env)
        saved = self.cls
        self.cls = clo.cls
        self.depth += 1
        try:
            body = node.child_by_field_name("body")
            if body is None:
                return
            if body.type in ("compound_statement", "colon_block"):
                self.block(body, env)
            else:
                self.ev(body, env)
        finally:
            self.depth -= 1
            self.cls = saved

    def _bind_params(self, params, positional: list, named: dict, env) -> None:
        if params is None:
            return
        i = 0
        for p in _named(params):
            var = p.child_by_field_name("name")
            if var is None:
                continue
            name = ts.text(var).lstrip("$")
            if p.type == "variadic_parameter":
                env[name] = UNKNOWN
                continue
            if name in named:
                env[name] = named[name]
            elif i < len(positional):
                env[name] = positional[i]
            else:
                dv = p.child_by_field_name("default_value")
                env[name] = self.ev(dv, {}) if dv is not None else UNKNOWN
            i += 1

    def call_method(self, cls: _ClassInfo, name: str, positional, named, node, entry=False) -> Any:
        m = cls.methods.get(name.lower())
        if m is None:
            return UNKNOWN
        key = (cls.node.id, name.lower())
        if key in self.call_stack or self.depth >= _MAX_DEPTH:
            self.note(f"recursive or too deeply nested call to {name}(): not followed", node)
            return UNKNOWN
        self.visited_methods.add(key)
        self.call_stack.append(key)
        saved = self.cls
        self.cls = cls
        self.depth += 1
        try:
            env: Dict[str, Any] = {}
            self._bind_params(m.child_by_field_name("parameters"), positional, named, env)
            body = m.child_by_field_name("body")
            if body is not None:
                self.block(body, env)
        finally:
            self.depth -= 1
            self.cls = saved
            self.call_stack.pop()
        return UNKNOWN

    def ev_call(self, node, env) -> Any:
        t = node.type
        nm = node.child_by_field_name("name") if t != "function_call_expression" else None
        args_node = node.child_by_field_name("arguments")
        if t == "function_call_expression":
            fn = node.child_by_field_name("function")
            args = self.eval_args(args_node, env)
            if fn is not None and fn.type in ("name", "qualified_name"):
                fname = ts.text(fn).lstrip("\\").lower()
                if fname in self.functions:
                    fnode = self.functions[fname]
                    key = ("fn", fname)
                    if key not in self.call_stack and self.depth < _MAX_DEPTH:
                        self.call_stack.append(key)
                        self.depth += 1
                        try:
                            fenv: Dict[str, Any] = {}
                            self._bind_params(fnode.child_by_field_name("parameters"),
                                              [a[0] for a in args if a[2] is None],
                                              {a[2]: a[0] for a in args if a[2]}, fenv)
                            body = fnode.child_by_field_name("body")
                            if body is not None:
                                self.block(body, fenv)
                        finally:
                            self.depth -= 1
                            self.call_stack.pop()
                    return UNKNOWN
                if fname in _BY_REF_FUNCTIONS:
                    for _, anode, _ in args:
                        if anode.type == "variable_name":
                            env[ts.text(anode).lstrip("$")] = UNKNOWN
                if fname == "app" and args and args[0][0] == "db":
                    return _DBRef()
                if fname == "schema":
                    return _SchemaRef()
            else:
                callee = self.ev(fn, env)
                if isinstance(callee, _Closure):
                    self.run_closure(callee, [a[0] for a in args])
                    return UNKNOWN
            self.run_closures(args)
            return UNKNOWN
        if nm is None:
            return UNKNOWN
        if nm.type != "name":
            # $obj->$method(...): a dynamic method name
            obj = self.ev(node.child_by_field_name("object") or node.child_by_field_name("scope"), env)
            args = self.eval_args(args_node, env)
            if isinstance(obj, (_Blueprint, _SchemaRef, _DBRef, _CIForge, _CIDb)):
                self.note(f"dynamic method name in {ts.text(node)[:80]}: not followed", node)
            else:
                self.run_closures(args)
            return UNKNOWN
        method = ts.text(nm)
        if t == "scoped_call_expression":
            scope = node.child_by_field_name("scope")
            target = self._static_target(scope)
        else:
            target = self.ev(node.child_by_field_name("object"), env)
        args = self.eval_args(args_node, env)
        return self.apply(target, method, args, node, env)

    def _static_target(self, scope) -> Any:
        if scope is None:
            return UNKNOWN
        if scope.type == "relative_scope":
            if ts.text(scope).lower() == "parent" and self.cls is not None:
                parent = next((c for c in self.classes if c.name == self.cls.base), None)
                return _This(parent) if parent is not None else ("parent", self.cls.base)
            return _This(self.cls) if self.cls is not None else UNKNOWN
        if scope.type in ("name", "qualified_name"):
            full = self._resolve_name(ts.text(scope))
            base = full.rsplit("\\", 1)[-1]
            if base == "Schema" and (full == "Schema" or "Facades" in full or "\\" not in full):
                return _SchemaRef()
            if base == "DB" and (full == "DB" or "Facades" in full or "\\" not in full):
                return _DBRef()
            if base in ("Capsule", "Manager") and ("Capsule" in full):
                return ("capsule",)
            return _ClassName(full)
        return UNKNOWN

    def apply(self, target, method: str, args, node, env) -> Any:
        low = method.lower()
        if isinstance(target, _Blueprint):
            return self.bp_call(target, low, method, args, node, env)
        if isinstance(target, _Col):
            return self.col_mod(target, low, method, args, node)
        if isinstance(target, _Index):
            return self.idx_mod(target, low, method, args, node)
        if isinstance(target, _SchemaRef):
            return self.schema_call(target, low, method, args, node, env)
        if isinstance(target, _DBRef):
            return self.db_call(target, low, args, node)
        if isinstance(target, _CIDb):
            return self.ci_db_call(low, args, node)
        if isinstance(target, _CIForge):
            return self.ci_forge_call(low, method, args, node)
        if isinstance(target, _This):
            return self.this_call(target, low, method, args, node)
        if isinstance(target, tuple) and target[:1] == ("parent",):
            if low not in ("__construct", "up", "down", "casts"):
                self.note(f"parent::{method}() is defined in {target[1] or 'a parent class'} outside "
                          f"this file: not followed", node)
            self.run_closures(args)
            return UNKNOWN
        if isinstance(target, tuple) and target == ("capsule",):
            if low == "schema":
                return _SchemaRef(args[0][0] if args and isinstance(args[0][0], str) else None)
            if low == "connection":
                return _DBRef()
            return UNKNOWN
        if isinstance(target, _ClassName):
            if self.cls is not None and target.basename == self.cls.name and low in self.cls.methods:
                return self.call_method(self.cls, low, [a[0] for a in args if a[2] is None],
                                        {a[2]: a[0] for a in args if a[2]}, node)
        self.run_closures(args)
        return UNKNOWN

    # -- $this->... --------------------------------------------------------
    def this_call(self, target: _This, low, method, args, node) -> Any:
        cls = target.cls
        positional = [a[0] for a in args if a[2] is None]
        named = {a[2]: a[0] for a in args if a[2]}
        if cls is not None:
            if low in cls.methods:
                return self.call_method(cls, low, positional, named, node)
            # a parent class in the same file
            base = cls.base
            seen = set()
            while base and base not in seen:
                seen.add(base)
                parent = next((c for c in self.classes if c.name == base), None)
                if parent is None:
                    break
                if low in parent.methods:
                    return self.call_method(parent, low, positional, named, node)
                base = parent.base
        return self.opensid_helper(low, method, args, node)

    def opensid_helper(self, low, method, args, node) -> Any:
        vals = [a[0] for a in args]

        def s(i):
            return vals[i] if i < len(vals) and isinstance(vals[i], str) else None

        loc = self.loc(node)
        if low in ("tambahforeignkey", "tambah_foreign_key"):
            name, tbl, col, ref_tbl, ref_col = (s(i) for i in range(5))
            if None in (tbl, col, ref_tbl, ref_col):
                self.note(f"{method}() with values that are not literals: foreign key not "
                          f"recorded", node)
                return UNKNOWN
            self.changes.append(AddConstraint(_table_ref(tbl), Constraint(
                "foreign", (col,), loc, name, ForeignKeyRef(_table_ref(ref_tbl), (ref_col,)))))
            return UNKNOWN
        if low in ("tambahindeks", "tambah_indeks"):
            tbl, cols = s(0), s(1)
            kind_v = s(2) if len(vals) > 2 else "UNIQUE"
            if tbl is None or cols is None or kind_v is None:
                self.note(f"{method}() with values that are not literals: index not recorded", node)
                return UNKNOWN
            kind = "unique" if kind_v.strip().upper() == "UNIQUE" else "index"
            columns = tuple(c.strip().strip("`") for c in cols.split(",") if c.strip())
            # MY_Model names the index after $kolom with everything but [A-Za-z0-9_-] removed
            name = re.sub(r"[^a-zA-Z0-9_-]+", "", cols)
            self.changes.append(AddConstraint(_table_ref(tbl), Constraint(kind, columns, loc, name)))
            return UNKNOWN
        if low == "timestamps":
            tbl = s(0)
            if tbl is None:
                self.note("timestamps() helper with a table name that is not a literal: not "
                          "followed", node)
                return UNKNOWN
            creator = len(vals) > 1 and vals[1] is True
            ref = _table_ref(tbl)
            cols = [("created_at", _sql_type("TIMESTAMP")), ("updated_at", _sql_type("TIMESTAMP"))]
            if creator:
                cols[1:1] = [("created_by", _sql_type("INT", ("11",)))]
                cols.append(("updated_by", _sql_type("INT", ("11",))))
            for cname, ctype in cols:
                self.changes.append(AddColumn(ref, ColumnDef(
                    cname, ctype, loc, nullable=True, hints={"orm_type": "opensid:timestamps"}), loc))
            return UNKNOWN
        if low == "tambah_config_id":
            tbl = s(0)
            if tbl is None:
                self.note("tambah_config_id() with a table name that is not a literal: not "
                          "followed", node)
                return UNKNOWN
            ref = _table_ref(tbl)
            self.changes.append(AddColumn(ref, ColumnDef(
                "config_id", _sql_type("INT", ("11",)), loc, nullable=True,
                hints={"orm_type": "opensid:tambah_config_id"}), loc))
            self.changes.append(AddConstraint(ref, Constraint(
                "foreign", ("config_id",), loc, f"{tbl}_config_fk",
                ForeignKeyRef(TableRef("config"), ("id",)))))
            return UNKNOWN
        if low in ("hapus_foreign_key", "hapusforeignkey"):
            # hapus_foreign_key($tabel_referensi, $nama_constraint, $tabel): DROP FOREIGN KEY
            # on $tabel when INFORMATION_SCHEMA has it
            name, tbl = s(1), s(2)
            if name is None or tbl is None:
                self.note(f"{method}() with values that are not literals: foreign key drop not "
                          f"followed", node)
                return UNKNOWN
            self.changes.append(DropConstraint(_table_ref(tbl), loc, name, "foreign", (), if_exists=True))
            return UNKNOWN
        if low in ("hapus_indeks", "hapusindeks"):
            # hapus_indeks($tabel, $indeks): DROP INDEX $indeks ON $tabel when it exists
            tbl, name = s(0), s(1)
            if tbl is None or name is None:
                self.note(f"{method}() with values that are not literals: index drop not followed", node)
                return UNKNOWN
            self.changes.append(DropConstraint(_table_ref(tbl), loc, name, None, (), if_exists=True))
            return UNKNOWN
        if low == "buat_ulang_index":
            # buat_ulang_index($tabel, $nama, '(`a`, `b`)', $index = 'UNIQUE'): when index $nama
            # exists, DROP INDEX $nama, ADD $index INDEX ${nama}_config (a, b)
            tbl, name, cols = s(0), s(1), s(2)
            kind_v = s(3) if len(vals) > 3 else "UNIQUE"
            columns = tuple(c.strip().strip("`").strip() for c in (cols or "").strip().strip("()").split(","))
            if tbl is None or name is None or kind_v is None or not all(columns) or not columns:
                self.note(f"{method}() with values that are not literals: index rebuild not followed", node)
                return UNKNOWN
            kind = "unique" if kind_v.strip().upper() == "UNIQUE" else "index"
            self.changes.append(DropConstraint(_table_ref(tbl), loc, name, None, (), if_exists=True))
            self.changes.append(AddConstraint(_table_ref(tbl), Constraint(kind, columns, loc, f"{name}_config")))
            return UNKNOWN
        if low == "jalankan_migrasi":
            self.note(f"jalankan_migrasi({s(0) or '...'}) runs another migration file: it is "
                      f"analysed as its own file, not here", node, "noop")
            return UNKNOWN
        if low in _OPENSID_DATA_HELPERS or low in _BASE_NOOP_METHODS:
            self.run_closures(args)
            return UNKNOWN
        self.note(f"$this->{method}() is defined outside this file: not followed", node)
        self.run_closures(args)
        return UNKNOWN

    # -- Schema facade -----------------------------------------------------
    def schema_call(self, ref: _SchemaRef, low, method, args, node, env) -> Any:
        vals = [a[0] for a in args]
        if low == "connection":
            conn = vals[0] if vals and isinstance(vals[0], str) else None
            return _SchemaRef(conn)
        if low in ("create", "table"):
            return self.run_blueprint(ref, low, args, node, env)
        if low in ("whentablehascolumn", "whentabledoesnthavecolumn"):
            if len(args) >= 3:
                self.note(f"Schema::{method}() guard is not evaluated: its callback was followed",
                          node, "noop")
                return self.run_blueprint(ref, "table", [args[0], args[2]], node, env)
            return UNKNOWN
        if low in ("rename",):
            if self.fail_if_broken(node, f"Schema::{method}()"):
                return UNKNOWN
            if len(vals) >= 2 and isinstance(vals[0], str) and isinstance(vals[1], str):
                self.changes.append(RenameTable(_table_ref(vals[0]), _table_ref(vals[1]), self.loc(node)))
            else:
                self.note("Schema::rename() with table names that are not literals: not followed", node)
            return UNKNOWN
        if low in ("drop", "dropifexists"):
            if self.fail_if_broken(node, f"Schema::{method}()"):
                return UNKNOWN
            if vals and isinstance(vals[0], str):
                self.changes.append(DropTable(_table_ref(vals[0]), self.loc(node)))
            else:
                self.note(f"Schema::{method}() with a table name that is not a literal "
                          f"({ts.text(args[0][1])[:60] if args else ''}): not followed", node)
            return UNKNOWN
        if low == "dropcolumns":
            if len(vals) >= 2 and isinstance(vals[0], str):
                cols = _str_list(vals[1])
                if cols is None:
                    self.note("Schema::dropColumns() with column names that are not literals: not "
                              "followed", node)
                    return UNKNOWN
                for c in cols:
                    self.changes.append(DropColumn(_table_ref(vals[0]), c, self.loc(node)))
            else:
                self.note("Schema::dropColumns() with a table name that is not a literal: not "
                          "followed", node)
            return UNKNOWN
        if low in ("withoutforeignkeyconstraints",):
            self.run_closures(args)
            return UNKNOWN
        if low in ("dropalltables", "dropallviews", "dropalltypes"):
            self.note(f"Schema::{method}() drops every table: not modelled", node)
            return UNKNOWN
        if low in ("hastable", "hascolumn", "hascolumns", "hasindex", "hasview", "getcolumnlisting",
                   "getcolumntype", "getcolumns", "getindexes", "gettables", "getviews",
                   "getforeignkeys", "defaultstringlength", "enableforeignkeyconstraints",
                   "disableforeignkeyconstraints", "morphusinguuids", "morphusingulids",
                   "defaultmorphkeytype", "getconnection", "blueprintresolver", "getindexlisting",
                   "hasindexes", "gettablelisting"):
            if low == "defaultmorphkeytype" or low.startswith("morphusing"):
                self.note(f"Schema::{method}() changes the type of later morph columns: not "
                          f"modelled", node)
            if low == "getconnection":
                return _DBRef(ref.connection)
            return UNKNOWN
        self.note(f"unknown Schema method {method}(): not followed", node)
        self.run_closures(args)
        return UNKNOWN

    def run_blueprint(self, ref: _SchemaRef, mode: str, args, node, env) -> Any:
        what = f"Schema::{'create' if mode == 'create' else 'table'}()"
        if self.fail_if_broken(node, what):
            return UNKNOWN
        if not args:
            self.note(f"{what} without arguments: not followed", node)
            return UNKNOWN
        name = args[0][0]
        if not isinstance(name, str):
            self.note(f"{what} with a table name that is not a literal "
                      f"({ts.text(args[0][1])[:60]}): not followed", node)
            return UNKNOWN
        cb = args[1][0] if len(args) > 1 else None
        table = _table_ref(name)
        bp = _Blueprint(table, mode, node, ref.connection)
        if ref.connection:
            bp.hints["connection"] = ref.connection
        self.line_targets.setdefault(node.start_point[0] + 1, (table, None))
        if cb is None:
            if mode == "create":
                self.note(f"{what} without a callback creates a table without columns", node)
        elif not isinstance(cb, _Closure):
            self.note(f"{what} for {name} with a callback that is not a closure: its columns are "
                      f"not followed", node)
        else:
            self.in_blueprint += 1
            try:
                self.run_closure(cb, [bp])
            finally:
                self.in_blueprint -= 1
        self.finish_blueprint(bp)
        return UNKNOWN

    # -- Blueprint ---------------------------------------------------------
    def finish_blueprint(self, bp: _Blueprint) -> None:
        loc = self.loc(bp.node)
        out: List[Any] = []
        if bp.mode == "create":
            cols: List[ColumnDef] = []
            seen: Dict[str, _Col] = {}
            constraints: List[Constraint] = []
            rest: List[tuple] = []
            for item in bp.items:
                kind = item[0]
                if kind == "col" and not item[1].change:
                    c = item[1]
                    first = seen.get(c.name.lower())
                    if first is not None:
                        if self._alternatives(first.branch, c.branch):
                            self.note(f"column {c.name} of {bp.table} is also defined in another "
                                      f"branch (line {first.node.start_point[0] + 1}): that first "
                                      f"definition is kept", c.node, "noop")
                        else:
                            self.note(f"column {c.name} is declared twice in {bp.table} (first at "
                                      f"line {first.node.start_point[0] + 1}); the first definition "
                                      f"is kept, the migration would fail", c.node)
                        continue
                    seen[c.name.lower()] = c
                    cols.append(self.col_def(c, bp.table))
                    constraints.extend(self.col_constraints(bp, c, change=False))
                elif kind == "index":
                    constraints.append(self.idx_constraint(item[1]))
                elif kind == "comment":
                    bp.comment = item[1]
                else:
                    rest.append(item)
            out.append(CreateTable(bp.table, tuple(cols), loc, bp.comment, tuple(constraints),
                                   hints=dict(bp.hints)))
            items = rest
        else:
            items = bp.items
        for item in items:
            kind = item[0]
            if kind == "col":
                c = item[1]
                cloc = self.loc(c.node)
                if c.change:
                    out.append(AlterColumn(
                        bp.table, c.name, cloc, type=c.type,
                        nullable=c.nullable if c.nullable_set else None,
                        comment=c.comment if c.comment_set else UNSET, hints=dict(c.hints)))
                    for con in self.col_constraints(bp, c, change=True):
                        out.append(AddConstraint(bp.table, con))
                else:
                    out.append(AddColumn(bp.table, self.col_def(c, bp.table), cloc))
                    for con in self.col_constraints(bp, c, change=False):
                        out.append(AddConstraint(bp.table, con))
            elif kind == "index":
                out.append(AddConstraint(bp.table, self.idx_constraint(item[1])))
            elif kind == "drop":
                out.append(DropColumn(bp.table, item[1], self.loc(item[2])))
            elif kind == "drop_key":
                out.append(item[1])
            elif kind == "rename":
                out.append(RenameColumn(bp.table, item[1], item[2], self.loc(item[3])))
            elif kind == "comment":
                out.append(SetComment(bp.table, None, item[1], self.loc(item[2])))
            elif kind == "rename_table":
                out.append(RenameTable(bp.table, _table_ref(item[1]), self.loc(item[2])))
            elif kind == "drop_table":
                out.append(DropTable(bp.table, self.loc(item[1])))
        self.changes.extend(out)

    def col_def(self, c: _Col, table: Optional[TableRef] = None) -> ColumnDef:
        """The column; its ``->unique()`` and foreign key are not flags here
        but named constraints (:meth:`col_constraints`), as Laravel adds
        them: separate commands with a name a later drop refers to."""
        hints = dict(c.hints)
        if (table is not None and table.name.lower() in RESET_TOKEN_TABLES and c.name.lower() == "token"
                and c.type is not None and c.type.family == "text"):
            hints[CREDENTIAL_HINT] = RESET_TOKEN
        return ColumnDef(
            name=c.name, type=c.type, location=self.loc(c.node), nullable=c.nullable,
            primary_key=c.primary, unique=False, default=c.default, comment=c.comment,
            references=None, hints=hints)

    def col_constraints(self, bp: _Blueprint, c: _Col, change: bool) -> List[Constraint]:
        """Keys from column modifiers, with Laravel's names: ``->index()``,
        ``->unique()``, the foreign key of ``->constrained()`` /
        ``->references()->on()``, and (for ``->change()``) ``->primary()``."""
        out = []
        loc = self.loc(c.node)
        cols = (c.name,)
        if c.index:
            out.append(Constraint("index", cols, loc, c.index_name or index_name(bp.table, c.index_type, cols)))
        if change and c.primary:
            out.append(Constraint("primary", cols, loc, index_name(bp.table, "primary", cols)))
        if c.unique:
            out.append(Constraint("unique", cols, loc, c.unique_name or index_name(bp.table, "unique", cols)))
        refs = c.references
        if refs is None and c.ref_table:
            refs = ForeignKeyRef(_table_ref(c.ref_table), c.ref_cols or ("id",))
        if refs is not None:
            out.append(Constraint("foreign", cols, loc, c.foreign_name or index_name(bp.table, "foreign", cols),
                                  refs))
        return out

    def idx_constraint(self, ix: _Index) -> Constraint:
        refs = None
        if ix.kind == "foreign" and ix.ref_table:
            refs = ForeignKeyRef(_table_ref(ix.ref_table), ix.ref_cols or ("id",))
        return Constraint(ix.kind, ix.columns, self.loc(ix.node), ix.name, refs)

    def drop_key(self, bp: _Blueprint, low: str, method: str, arg, node) -> None:
        """``dropForeign``/``dropUnique``/``dropIndex``/``dropFullText``/
        ``dropSpatialIndex('name')`` drop that name; given an array of
        columns, Laravel's default name for them (``dropIndexCommand``).
        ``dropPrimary`` drops the primary key whatever it is given (MySQL
        ``DROP PRIMARY KEY``, PostgreSQL ``<table>_pkey``)."""
        loc = self.loc(node)
        if low == "dropprimary":
            bp.items.append(("drop_key", DropConstraint(bp.table, loc, None, "primary", ("*",))))
            return
        if low == "dropforeignidfor":  # dropForeign([$column ?: $model->getForeignKey()])
            model, cname = arg(0, "model"), arg(1, "column")
            if isinstance(model, str):
                model = _ClassName(model)
            if cname is None and isinstance(model, _ClassName):
                cname = snake(model.basename) + "_id"
            if not isinstance(cname, str):
                self.note(f"{method}() with a model or column that is not a literal: not followed", node)
                return
            bp.items.append(("drop_key", DropConstraint(
                bp.table, loc, index_name(bp.table, "foreign", (cname,)), "foreign", (cname,))))
            return
        type_, kind = {"dropforeign": ("foreign", "foreign"), "dropunique": ("unique", "unique"),
                       "dropindex": ("index", "index"), "dropindexifexists": ("index", "index"),
                       "dropfulltext": ("fulltext", "index"),
                       "dropspatialindex": ("spatialindex", "index")}[low]
        v = arg(0, "index")
        if isinstance(v, str):
            name, cols = v, ()
        else:
            cols = _str_list(v)
            if not cols:
                self.note(f"{method}() with an index name or columns that are not literals: not followed",
                          node)
                return
            name, cols = index_name(bp.table, type_, cols), tuple(cols)
        bp.items.append(("drop_key", DropConstraint(bp.table, loc, name, kind, cols,
                                                    if_exists=low == "dropindexifexists")))

    def new_col(self, bp: _Blueprint, name: str, node, method: str, type_key: str,
                params: Tuple[str, ...] = (), nullable: bool = False, primary: bool = False,
                raw_args: Optional[str] = None, name_override: Optional[str] = None) -> _Col:
        sql_name = _LARAVEL_TYPES.get(type_key, type_key)
        if type_key == "binary" and params:
            sql_name = "varbinary"
        if type_key == "ulid" and not params:
            params = ("26",)
        if type_key == "ipaddress" and not params:
            params = ("45",)
        if type_key == "macaddress" and not params:
            params = ("17",)
        raw = raw_args if raw_args is not None else (
            f"{method}({', '.join(params)})" if params else f"{method}()")
        ctype = column_type(name_override or sql_name, tuple(params), raw)
        col = _Col(name, node, method, ctype, nullable=nullable, primary=primary,
                   hints={"orm_type": method}, branch=self.branch)
        bp.items.append(("col", col))
        self.line_targets.setdefault(node.start_point[0] + 1, (bp.table, name))
        return col

    def bp_call(self, bp: _Blueprint, low, method, args, node, env) -> Any:
        named = {a[2]: a[0] for a in args if a[2]}

        def arg(i, pname=None, default=None):
            if pname and pname in named:
                return named[pname]
            pos = [a[0] for a in args if a[2] is None]
            return pos[i] if i < len(pos) else default

        def need_name(i=0, pname="column", default=None) -> Optional[str]:
            v = arg(i, pname, default)
            if isinstance(v, str):
                return v
            self.note(f"{method}() with a column name that is not a literal "
                      f"({ts.text(args[i][1])[:50] if i < len(args) else '?'}): not followed", node)
            return None

        def num_params(*idx_names) -> Tuple[str, ...]:
            out = []
            for i, pn in idx_names:
                v = arg(i, pn)
                if v is None or v is UNKNOWN or isinstance(v, bool):
                    break
                out.append(_lit_text(v))
            return tuple(out)

        # ---- column types with a length / precision ----
        if low in ("string", "char"):
            name = need_name()
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, low, num_params((1, "length")))
        if low in ("text", "tinytext", "mediumtext", "longtext", "boolean", "date", "year", "json",
                   "jsonb", "uuid", "geography", "geometry", "point", "linestring", "polygon",
                   "geometrycollection", "multipoint", "multilinestring", "multipolygon",
                   "multipolygonz"):
            default_name = "uuid" if low == "uuid" else None
            name = need_name(0, "column", default_name)
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, low)
        if low in ("datetime", "datetimetz", "time", "timetz", "timestamp", "timestamptz"):
            name = need_name()
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, low, num_params((1, "precision")))
        if low in ("integer", "tinyinteger", "smallinteger", "mediuminteger", "biginteger",
                   "unsignedinteger", "unsignedtinyinteger", "unsignedsmallinteger",
                   "unsignedmediuminteger", "unsignedbiginteger"):
            name = need_name()
            if name is None:
                return UNKNOWN
            unsigned = low.startswith("unsigned") or arg(2, "unsigned") is True
            base = low[len("unsigned"):] if low.startswith("unsigned") else low
            auto = arg(1, "autoIncrement") is True
            col = self.new_col(bp, name, node, method, base, primary=auto)
            if unsigned:
                col.hints["unsigned"] = "true"
            if auto:
                col.hints["auto_increment"] = "true"
            return col
        if low in ("id", "bigincrements", "increments", "integerincrements", "tinyincrements",
                   "smallincrements", "mediumincrements"):
            name = need_name(0, "column", "id" if low == "id" else None)
            if name is None:
                return UNKNOWN
            base = {"id": "biginteger", "bigincrements": "biginteger", "increments": "integer",
                    "integerincrements": "integer", "tinyincrements": "tinyinteger",
                    "smallincrements": "smallinteger", "mediumincrements": "mediuminteger"}[low]
            col = self.new_col(bp, name, node, method, base, primary=True)
            col.hints.update(unsigned="true", auto_increment="true")
            return col
        if low in ("decimal", "unsigneddecimal"):
            name = need_name()
            if name is None:
                return UNKNOWN
            total, places = arg(1, "total", 8), arg(2, "places", 2)
            params = tuple(_lit_text(v) for v in (total, places) if isinstance(v, (int, float)))
            return self.new_col(bp, name, node, method, "decimal", params)
        if low in ("float", "double", "unsignedfloat", "unsigneddouble"):
            name = need_name()
            if name is None:
                return UNKNOWN
            base = low.replace("unsigned", "")
            params = num_params((1, "total" if base == "double" else "precision"), (2, "places"))
            return self.new_col(bp, name, node, method, base, params)
        if low in ("enum", "set"):
            name = need_name()
            if name is None:
                return UNKNOWN
            allowed = arg(1, "allowed")
            values = _str_list(allowed)
            if values is None:
                self.note(f"{method}('{name}') with allowed values that are not literals", node,
                          "noop")
                values = []
            raw = f"{method}(" + ", ".join("'" + v + "'" for v in values) + ")"
            return self.new_col(bp, name, node, method, low, tuple(values), raw_args=raw)
        if low == "binary":
            name = need_name()
            if name is None:
                return UNKNOWN
            length = arg(1, "length")
            params = (_lit_text(length),) if isinstance(length, int) and not isinstance(length, bool) else ()
            return self.new_col(bp, name, node, method, "binary", params)
        if low in ("ulid",):
            name = need_name(0, "column", "ulid")
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, "ulid", num_params((1, "length")))
        if low in ("ipaddress", "macaddress"):
            name = need_name(0, "column", "ip_address" if low == "ipaddress" else "mac_address")
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, low)
        if low == "vector":
            name = need_name()
            if name is None:
                return UNKNOWN
            return self.new_col(bp, name, node, method, "vector", num_params((1, "dimensions")))
        if low in ("foreignid", "foreignuuid", "foreignulid"):
            name = need_name()
            if name is None:
                return UNKNOWN
            if low == "foreignid":
                col = self.new_col(bp, name, node, method, "biginteger")
                col.hints["unsigned"] = "true"
            elif low == "foreignuuid":
                col = self.new_col(bp, name, node, method, "uuid")
            else:
                col = self.new_col(bp, name, node, method, "ulid", num_params((1, "length")))
            guess = name[:-3] if name.endswith("_id") else name
            col.constrain_guess = (pluralize(guess), "id")
            return col
        if low == "foreignidfor":
            model = arg(0, "model")
            cname = arg(1, "column")
            if isinstance(model, str):
                model = _ClassName(model)
            if not isinstance(model, _ClassName):
                self.note("foreignIdFor() with a model that is not a literal class: not followed",
                          node)
                return UNKNOWN
            if cname is None:
                cname = snake(model.basename) + "_id"
            if not isinstance(cname, str):
                self.note("foreignIdFor() with a column name that is not a literal: not followed",
                          node)
                return UNKNOWN
            col = self.new_col(bp, cname, node, method, "biginteger",
                               raw_args=f"foreignIdFor({model.basename}::class)")
            col.hints.update(unsigned="true", model=model.name)
            col.constrain_guess = (model_table(model.name), "id")
            return col
        if low in ("morphs", "nullablemorphs", "numericmorphs", "nullablenumericmorphs",
                   "uuidmorphs", "nullableuuidmorphs", "ulidmorphs", "nullableulidmorphs"):
            name = need_name(0, "name")
            if name is None:
                return UNKNOWN
            nullable = low.startswith("nullable")
            kind = low.replace("nullable", "")
            c1 = self.new_col(bp, f"{name}_type", node, method, "string", nullable=nullable)
            id_type = {"uuidmorphs": "uuid", "ulidmorphs": "ulid"}.get(kind, "biginteger")
            c2 = self.new_col(bp, f"{name}_id", node, method, id_type, nullable=nullable)
            if id_type == "biginteger":
                c2.hints["unsigned"] = "true"
            iname = arg(1, "indexName")
            bp.items.append(("index", _Index("index", (c1.name, c2.name), node,
                                              iname if isinstance(iname, str)
                                              else index_name(bp.table, "index", (c1.name, c2.name)))))
            return UNKNOWN
        if low in ("timestamps", "nullabletimestamps", "timestampstz", "datetimes"):
            kind = "datetime" if low == "datetimes" else ("timestamptz" if low == "timestampstz" else "timestamp")
            p = num_params((0, "precision"))
            for cname in ("created_at", "updated_at"):
                self.new_col(bp, cname, node, method, kind, p, nullable=True)
            return UNKNOWN
        if low in ("softdeletes", "softdeletestz", "softdeletesdatetime"):
            name = arg(0, "column", "deleted_at")
            if not isinstance(name, str):
                return need_name()
            kind = {"softdeletes": "timestamp", "softdeletestz": "timestamptz",
                    "softdeletesdatetime": "datetime"}[low]
            return self.new_col(bp, name, node, method, kind, num_params((1, "precision")),
                                nullable=True)
        if low == "remembertoken":
            col = self.new_col(bp, "remember_token", node, method, "string", ("100",), nullable=True)
            if isinstance(col, _Col):
                col.hints[CREDENTIAL_HINT] = REMEMBER_TOKEN
            return col
        if low == "addcolumn":
            tname, cname = arg(0, "type"), arg(1, "name")
            if not isinstance(tname, str) or not isinstance(cname, str):
                self.note("addColumn() with a type or name that is not a literal: not followed", node)
                return UNKNOWN
            params = arg(2, "parameters")
            ps: Tuple[str, ...] = ()
            if isinstance(params, _Array):
                ps = tuple(_lit_text(v) for k, v, _, _ in params.items
                           if k in ("length", "total", "places", "precision") and
                           isinstance(v, (int, float)))
            key = tname.lower()
            if key not in _LARAVEL_TYPES:
                self.note(f"addColumn() with unknown type {tname!r}", node, "noop")
            return self.new_col(bp, cname, node, method, key, ps, raw_args=f"addColumn('{tname}')")
        if low == "rawcolumn":
            cname, definition = arg(0, "column"), arg(1, "definition")
            if not isinstance(cname, str) or not isinstance(definition, str):
                self.note("rawColumn() with values that are not literals: not followed", node)
                return UNKNOWN
            col = self.new_col(bp, cname, node, method, "other")
            col.type = parse_type(definition)
            return col
        if low == "computed":
            self.note("computed() columns are not modelled", node)
            return UNKNOWN
        # ---- table-level keys ----
        if low in ("primary", "unique", "index", "fulltext", "spatialindex", "rawindex"):
            cols = _str_list(arg(0, "columns"))
            if low == "rawindex":
                self.note("rawIndex() is not modelled", node, "noop")
                return UNKNOWN
            if cols is None:
                self.note(f"{method}() with columns that are not literals: not followed", node)
                return UNKNOWN
            iname = arg(1, "name")
            kind = low if low in ("primary", "unique") else "index"
            ix = _Index(kind, tuple(cols), node,
                        iname if isinstance(iname, str) else index_name(bp.table, low, cols))
            bp.items.append(("index", ix))
            return ix
        if low == "foreign":
            cols = _str_list(arg(0, "columns"))
            if cols is None:
                self.note("foreign() with columns that are not literals: not followed", node)
                return UNKNOWN
            iname = arg(1, "name")
            ix = _Index("foreign", tuple(cols), node,
                        iname if isinstance(iname, str) else index_name(bp.table, "foreign", cols))
            bp.items.append(("index", ix))
            return ix
        # ---- table-level changes ----
        if low == "comment":
            v = arg(0, "comment")
            if isinstance(v, str):
                bp.items.append(("comment", v, node))
            else:
                self.note("table comment that is not a literal: not recorded", node)
            return UNKNOWN
        if low == "renamecolumn":
            old, new = arg(0, "from"), arg(1, "to")
            if isinstance(old, str) and isinstance(new, str):
                bp.items.append(("rename", old, new, node))
            else:
                self.note("renameColumn() with names that are not literals: not followed", node)
            return UNKNOWN
        if low in ("dropcolumn", "dropcolumns"):
            cols: List[str] = []
            ok = bool(args)
            for v, _, _ in args:
                got = _str_list(v)
                if got is None:
                    ok = False
                    break
                cols.extend(got)
            if not ok:
                self.note(f"{method}() with column names that are not literals: not followed", node)
                return UNKNOWN
            for c in cols:
                bp.items.append(("drop", c, node))
            return UNKNOWN
        if low in ("droptimestamps", "droptimestampstz", "dropdatetimes"):
            bp.items.append(("drop", "created_at", node))
            bp.items.append(("drop", "updated_at", node))
            return UNKNOWN
        if low in ("dropsoftdeletes", "dropsoftdeletestz"):
            name = arg(0, "column", "deleted_at")
            if isinstance(name, str):
                bp.items.append(("drop", name, node))
            return UNKNOWN
        if low == "dropremembertoken":
            bp.items.append(("drop", "remember_token", node))
            return UNKNOWN
        if low == "dropmorphs":
            name = arg(0, "name")
            if isinstance(name, str):
                bp.items.append(("drop", f"{name}_type", node))
                bp.items.append(("drop", f"{name}_id", node))
            else:
                need_name(0, "name")
            return UNKNOWN
        if low in ("dropconstrainedforeignid", "dropconstrainedforeignidfor"):
            name = arg(0, "column" if low.endswith("id") else "model")
            if isinstance(name, _ClassName):
                name = snake(name.basename) + "_id"
            if isinstance(name, str):
                bp.items.append(("drop", name, node))
            else:
                self.note(f"{method}() with a column that is not a literal: not followed", node)
            return UNKNOWN
        if low in ("dropforeign", "dropunique", "dropindex", "dropprimary", "dropfulltext",
                   "dropspatialindex", "dropforeignidfor", "dropindexifexists"):
            self.drop_key(bp, low, method, arg, node)
            return UNKNOWN
        if low == "rename":
            new = arg(0, "to")
            if isinstance(new, str):
                bp.items.append(("rename_table", new, node))
            else:
                self.note("rename() with a table name that is not a literal: not followed", node)
            return UNKNOWN
        if low in ("drop", "dropifexists"):
            bp.items.append(("drop_table", node))
            return UNKNOWN
        if low == "after":
            # $table->after('col', function ($table) { ... })
            for v, _, _ in args:
                if isinstance(v, _Closure):
                    self.run_closure(v, [bp])
            return UNKNOWN
        if low in ("engine", "charset", "collation", "temporary", "renameindex", "create",
                   "innodb", "ifnotexists"):
            if low == "temporary":
                bp.hints["temporary"] = "true"
            return UNKNOWN
        self.note(f"unknown Blueprint method {method}(): not followed", node)
        return UNKNOWN

    def col_mod(self, c: _Col, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        v0 = vals[0] if vals else None
        if low == "nullable":
            c.nullable = v0 is not False if vals else True
            c.nullable_set = True
        elif low == "comment":
            if isinstance(v0, str):
                c.comment, c.comment_set = v0, True
            elif v0 is None and vals:
                c.comment, c.comment_set = None, True
            else:
                self.note(f"comment on {c.name} is not a literal: not recorded", node)
        elif low == "unique":
            c.unique = True
            if isinstance(v0, str):
                c.unique_name = v0
        elif low == "primary":
            c.primary = True
        elif low in ("index", "fulltext", "spatialindex"):
            c.index = True
            c.index_type = low
            if isinstance(v0, str):
                c.index_name = v0
        elif low == "default":
            c.default = _sql_default(v0, args[0][1]) if args else None
        elif low in ("usecurrent",):
            c.default = "CURRENT_TIMESTAMP"
        elif low == "autoincrement":
            c.primary = True
            c.hints["auto_increment"] = "true"
        elif low == "unsigned":
            c.hints["unsigned"] = "true"
        elif low == "change":
            c.change = True
        elif low == "constrained":
            pos = [a[0] for a in args if a[2] is None]
            named = {a[2]: a[0] for a in args if a[2]}
            table = named.get("table", pos[0] if pos else None)
            col = named.get("column", pos[1] if len(pos) > 1 else "id")
            iname = named.get("indexName", pos[2] if len(pos) > 2 else None)
            if isinstance(iname, str):
                c.foreign_name = iname
            table = table if isinstance(table, str) else None
            col = col if isinstance(col, str) else "id"
            if table is None and c.constrain_guess is not None:
                table = c.constrain_guess[0]
            if table is None:
                base = c.name[:-len("_" + col)] if c.name.endswith("_" + col) else c.name
                table = pluralize(base)
            c.references = ForeignKeyRef(_table_ref(table), (col,))
        elif low == "references":
            cols = _str_list(v0)
            c.ref_cols = tuple(cols) if cols else ("id",)
            if c.ref_table:
                c.references = ForeignKeyRef(_table_ref(c.ref_table), c.ref_cols)
        elif low == "on":
            if isinstance(v0, str):
                c.ref_table = v0
                c.references = ForeignKeyRef(_table_ref(v0), c.ref_cols or ("id",))
        elif low in ("virtualas", "storedas", "generatedas"):
            c.hints["generated"] = ts.text(args[0][1]) if args else "true"
        elif low in ("after", "first", "charset", "collation", "usecurrentonupdate", "invisible",
                     "always", "from", "startingvalue", "isgeometry", "projection", "srid",
                     "persisted", "type", "length", "total", "places", "precision",
                     "cascadeondelete", "cascadeonupdate", "restrictondelete", "restrictonupdate",
                     "nullondelete", "nullonupdate", "noactionondelete", "noactiononupdate",
                     "ondelete", "onupdate", "deferrable", "initiallyimmediate", "lock",
                     "instant", "online", "algorithm", "language", "fluent"):
            pass
        else:
            self.note(f"unknown column modifier {method}() on {c.name}: ignored", node)
        return c

    def idx_mod(self, ix: _Index, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        v0 = vals[0] if vals else None
        if low == "references":
            cols = _str_list(v0)
            ix.ref_cols = tuple(cols) if cols else ("id",)
        elif low == "on":
            if isinstance(v0, str):
                ix.ref_table = v0
            else:
                self.note("foreign key on a table that is not a literal", node, "noop")
        elif low == "constrained":
            if isinstance(v0, str):
                ix.ref_table = v0
        elif low in ("name",):
            if isinstance(v0, str):
                ix.name = v0
        return ix

    # -- DB facade and SQL -------------------------------------------------
    def db_call(self, ref: _DBRef, low, args, node) -> Any:
        if low == "connection":
            v = args[0][0] if args else None
            return _DBRef(v if isinstance(v, str) else None)
        if low == "getschemabuilder":
            return _SchemaRef(ref.connection)
        if low in ("statement", "unprepared", "affectingstatement"):
            self.sql_call(args, node, f"DB::{ts.text(node.child_by_field_name('name'))}")
            return UNKNOWN
        if low == "raw":
            return _Raw(args[0][0] if args else UNKNOWN)
        self.run_closures(args)
        return UNKNOWN

    def ci_db_call(self, low, args, node) -> Any:
        if low in ("query", "simple_query"):
            self.sql_call(args, node, f"$this->db->{low}")
        return UNKNOWN

    def sql_call(self, args, node, what: str) -> None:
        if self.fail_if_broken(node, f"{what}()"):
            return
        if not args:
            return
        value, vnode, _ = args[0]
        if isinstance(value, _Raw):
            value = value.sql
        if not isinstance(value, str):
            head = self._literal_head(vnode).lstrip(" \t\n(").split(None, 1)
            if head and head[0].lower() in _DATA_SQL:
                self.note(f"{what}() with a data statement ({head[0].upper()} ...) built at run "
                          f"time: no schema effect", node, "noop")
            else:
                self.note(f"{what}() with SQL that is not a literal: not analysed", node)
            return
        line, col = self._string_start(vnode)
        if vnode.type in ("heredoc", "nowdoc"):
            raw = _heredoc_text(vnode, dedent=False)
            if raw is not None:
                value = raw  # same SQL, with the indentation that locates it
        got = self.embedded.parse(value, line, col, self.loc(vnode), f"{what}()")
        if got is None:
            self.noop += 1
            return
        self.changes.extend(got)

    def _literal_head(self, node) -> str:
        """The literal text at the start of an interpolated string or a
        concatenation (to tell data statements from DDL)."""
        n = node
        while n is not None and n.type == "binary_expression":
            n = n.child_by_field_name("left")
        if n is None:
            return ""
        if n.type in ("encapsed_string", "heredoc"):
            body = n.child_by_field_name("value") if n.type == "heredoc" else n
            out = []
            for c in body.named_children:
                if c.type not in ("string_content", "escape_sequence"):
                    break
                out.append(ts.text(c))
            return "".join(out)
        if n.type == "string":
            return ts.text(n)[1:-1]
        return ""

    def _string_start(self, node) -> Tuple[int, int]:
        """Line and column where the text of a string literal starts."""
        loc = self.loc(node)
        if node.type in ("string", "encapsed_string"):
            prefix = 2 if ts.text(node)[:1] in ("b", "B") else 1
            return loc.line, loc.col + prefix
        if node.type in ("heredoc", "nowdoc"):
            body = node.child_by_field_name("value")
            if body is not None:
                bl = self.loc(body)
                if ts.text(body).startswith("\n"):
                    return bl.line + 1, 1
                return bl.line, bl.col
        if node.type == "binary_expression":
            n = node
            while n.type == "binary_expression" and n.child_by_field_name("left") is not None:
                n = n.child_by_field_name("left")
            return self._string_start(n)
        return loc.line, loc.col

    # -- CodeIgniter dbforge -----------------------------------------------
    def ci_forge_call(self, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        loc = self.loc(node)

        def tbl(i=0) -> Optional[TableRef]:
            v = vals[i] if i < len(vals) else None
            if isinstance(v, str):
                return _table_ref(v)
            self.note(f"dbforge->{method}() with a table name that is not a literal: not followed",
                      node)
            return None

        if self.fail_if_broken(node, f"$this->dbforge->{method}()"):
            return UNKNOWN
        if low in ("add_column", "modify_column"):
            t = tbl()
            if t is None:
                return UNKNOWN
            fields = vals[1] if len(vals) > 1 else None
            if not isinstance(fields, _Array):
                self.note(f"dbforge->{method}() with fields that are not a literal array", node)
                return UNKNOWN
            for k, spec, knode, vnode in fields.items:
                where = knode or vnode or node
                if isinstance(k, str) and isinstance(spec, _Array):
                    if low == "add_column":
                        cd = self._ci_coldef(k, spec, where)
                        self.changes.append(AddColumn(t, cd, self.loc(where)))
                        if spec.get("unique") is True:
                            self.changes.append(AddConstraint(t, Constraint("unique", (k,), self.loc(where))))
                    else:
                        self._ci_modify(t, k, spec, where)
                    self.line_targets.setdefault(where.start_point[0] + 1, (t, k))
                elif isinstance(spec, str):
                    self.note(f"dbforge->{method}() with a raw SQL field definition "
                              f"({spec[:50]!r}): not analysed", where)
                else:
                    self.note(f"dbforge->{method}() with a field that is not a literal: not "
                              f"followed", where)
            return UNKNOWN
        if low == "drop_column":
            t = tbl()
            col = vals[1] if len(vals) > 1 else None
            if t is not None and isinstance(col, str):
                self.changes.append(DropColumn(t, col, loc))
            elif t is not None:
                self.note("dbforge->drop_column() with a column that is not a literal", node)
            return UNKNOWN
        if low == "add_field":
            fields = vals[0] if vals else None
            if isinstance(fields, _Array):
                for k, spec, knode, vnode in fields.items:
                    if isinstance(k, str) and isinstance(spec, _Array):
                        self.ci_fields.append((k, spec, knode or vnode or node))
                    elif spec == "id":
                        self.ci_fields.append(("id", "id", vnode or node))
                    else:
                        self.note("dbforge->add_field() with a raw or dynamic field: not analysed",
                                  vnode or node)
            elif fields == "id":
                self.ci_fields.append(("id", "id", node))
            else:
                self.note("dbforge->add_field() with fields that are not literals", node)
            return UNKNOWN
        if low == "add_key":
            cols = _str_list(vals[0] if vals else None)
            if cols is None:
                self.note("dbforge->add_key() with columns that are not literals", node)
                return UNKNOWN
            self.ci_keys.append((tuple(cols), len(vals) > 1 and vals[1] is True, node))
            return UNKNOWN
        if low == "create_table":
            t = tbl()
            fields, keys = self.ci_fields, self.ci_keys
            self.ci_fields, self.ci_keys = [], []
            if t is None:
                return UNKNOWN
            cols: List[ColumnDef] = []
            cons: List[Constraint] = []
            for name, spec, where in fields:
                if spec == "id":
                    cols.append(ColumnDef("id", _sql_type("INT", ("9",)), self.loc(where),
                                          nullable=False, primary_key=True,
                                          hints={"orm_type": "dbforge:id"}))
                    continue
                cols.append(self._ci_coldef(name, spec, where))
                self.line_targets.setdefault(where.start_point[0] + 1, (t, name))
            for kcols, primary, knode in keys:
                cons.append(Constraint("primary" if primary else "index", kcols, self.loc(knode)))
            if_not = len(vals) > 1 and vals[1] is True
            self.changes.append(CreateTable(t, tuple(cols), loc, None, tuple(cons), if_not))
            return UNKNOWN
        if low == "drop_table":
            t = tbl()
            if t is not None:
                self.changes.append(DropTable(t, loc))
            return UNKNOWN
        if low == "rename_table":
            if len(vals) >= 2 and isinstance(vals[0], str) and isinstance(vals[1], str):
                self.changes.append(RenameTable(_table_ref(vals[0]), _table_ref(vals[1]), loc))
            else:
                self.note("dbforge->rename_table() with names that are not literals", node)
            return UNKNOWN
        if low in ("create_database", "drop_database"):
            return UNKNOWN
        self.note(f"unknown dbforge method {method}(): not followed", node)
        return UNKNOWN

    def _ci_type(self, spec: _Array) -> Optional[ColumnType]:
        tname = spec.get("type")
        if not isinstance(tname, str):
            return None
        con = spec.get("constraint")
        params: Tuple[str, ...] = ()
        if isinstance(con, (int, float)) and not isinstance(con, bool):
            params = (_lit_text(con),)
        elif isinstance(con, str):
            params = tuple(p.strip() for p in con.split(",") if p.strip())
        elif isinstance(con, _Array):
            params = tuple(_lit_text(v) for v in con.values() if isinstance(v, (str, int, float)))
        ct = _sql_type(tname, params)
        return ct

    def _ci_coldef(self, name: str, spec: _Array, where) -> ColumnDef:
        nullv = spec.get("null", True)
        default = spec.get("default", UNKNOWN)
        comment = spec.get("comment")
        auto = spec.get("auto_increment") is True
        hints = {"orm_type": "dbforge"}
        if spec.get("unsigned") is True:
            hints["unsigned"] = "true"
        if auto:
            hints["auto_increment"] = "true"
        return ColumnDef(
            name, self._ci_type(spec), self.loc(where), nullable=nullv is not False,
            primary_key=auto, unique=spec.get("unique") is True,
            default=None if default is UNKNOWN else _sql_default(default, where),
            comment=comment if isinstance(comment, str) else None, hints=hints)

    def _ci_modify(self, t: TableRef, name: str, spec: _Array, where) -> None:
        loc = self.loc(where)
        new = spec.get("name")
        if isinstance(new, str) and new != name:
            self.changes.append(RenameColumn(t, name, new, loc))
            name = new
        comment = spec.get("comment", UNSET)
        nullv = spec.get("null", UNKNOWN)
        self.changes.append(AlterColumn(
            t, name, loc, type=self._ci_type(spec),
            nullable=None if nullv is UNKNOWN else nullv is not False,
            comment=comment if isinstance(comment, str) or comment is UNSET else UNSET,
            hints={"orm_type": "dbforge"}))


def index_name(table: TableRef, type_: str, columns) -> str:
    """Laravel's default key name (``Blueprint::createIndexName``):
    ``<table>_<col>_<col>_<type>`` in lower case, ``-`` and ``.`` made
    ``_``; ``type_`` is ``primary``, ``unique``, ``index``, ``foreign``,
    ``fulltext`` or ``spatialindex``.  A table prefix configured in the
    application is not known (none is assumed)."""
    name = f"{table.qualified}_{'_'.join(columns)}_{type_}".lower()
    return name.replace("-", "_").replace(".", "_")


def _table_ref(name: str) -> TableRef:
    name = name.strip().strip("`\"")
    if "." in name:
        schema, _, table = name.rpartition(".")
        return TableRef(table.strip("`\""), schema.strip("`\"") or None)
    return TableRef(name)


def _str_list(v) -> Optional[List[str]]:
    """A column list: a string or an array of strings; None if not literal."""
    if isinstance(v, str):
        return [v]
    if isinstance(v, _Array):
        out = []
        for x in v.values():
            if not isinstance(x, str):
                return None
            out.append(x)
        return out
    return None


# ==========================================================================
# Eloquent models
# ==========================================================================

_ENCRYPTED_CAST_CLASSES = frozenset({"AsEncryptedArrayObject", "AsEncryptedCollection"})
_PIVOT_BASES = frozenset({"Pivot", "MorphPivot"})


def _is_hashed_cast(v) -> bool:
    """Laravel 10+'s ``'hashed'`` cast: the framework stores a bcrypt or
    argon2 hash of what is assigned."""
    return isinstance(v, str) and v.strip().lower() == "hashed"


#: calls that store a one-way password hash (Laravel's Hash facade and
#: helpers, PHP's own)
_HASH_FACADE_RE = re.compile(r"\bHash::make\s*\(|\bbcrypt\s*\(|\bpassword_hash\s*\(")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _is_encrypted_cast(v) -> bool:
    if isinstance(v, str):
        low = v.strip().lower()
        if low == "encrypted" or low.startswith("encrypted:"):
            return True
        base = v.split(":", 1)[0].rsplit("\\", 1)[-1]
        return base in _ENCRYPTED_CAST_CLASSES
    if isinstance(v, _ClassName):
        return v.basename in _ENCRYPTED_CAST_CLASSES
    return False


class _ModelReader:
    """Read encryption evidence from Eloquent model classes."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.changes: List[Any] = []

    def run(self) -> FileResult:
        tree, self.src = ts.parse("php", self.text)
        root = tree.root_node
        ana = _Analyzer(self.path, self.text, None)
        ana.src = self.src
        ana._collect_uses(root)
        ana.classes = _collect_classes(root, lambda n: ana.ev(n, {}))
        models = self.read(ana)
        for err in ts.iter_errors(root):
            self.changes.append(Skipped(
                f"{ts.describe_error(err, self.src)} in a model file; casts around it may be "
                f"missed", ts.location(err, self.path, self.src)))
        if not models and not self.changes:
            self.changes.append(Skipped("no Eloquent model with casts found in this file",
                                        Location(self.path), "noop"))
        return FileResult(self.path, MODEL_FORMAT, tuple(self.changes), {"models": models}, None,
                          {"statements": len(models), "noop": 0})

    def read(self, ana: "_Analyzer") -> List[dict]:
        """Emit annotations for the model classes ``ana`` collected; return
        the models found (class, table, where the table name came from)."""
        self.src = ana.src
        saved = ana.cls
        models: List[dict] = []
        for c in ana.classes:
            ana.cls = c
            casts = self._casts(ana, c)
            encryptable = c.props.get("encryptable")
            hashed = self._hashing_mutators(c)
            if not casts and not isinstance(encryptable, _Array) and not hashed:
                continue
            if c.kind == "trait" or c.abstract:
                if any(_is_encrypted_cast(v) for _, v, _, _ in casts):
                    self.changes.append(Skipped(
                        f"{'trait' if c.kind == 'trait' else 'abstract class'} {c.name} declares "
                        f"encrypted casts: they apply to the models using it, which are not "
                        f"resolved", ts.location(c.node, self.path, self.src)))
                continue
            table, how = self._table(ana, c)
            if table is None:
                self.changes.append(Skipped(
                    f"model {c.name}: its table name is not a literal; casts not applied",
                    ts.location(c.node, self.path, self.src)))
                continue
            models.append({"class": c.name, "table": table, "table_from": how})
            ref = _table_ref(table)
            for k, v, knode, vnode in casts:
                where = knode or vnode or c.node
                if not isinstance(k, str):
                    if _is_encrypted_cast(v):
                        self.changes.append(Skipped(
                            f"model {c.name}: encrypted cast for an attribute that is not a "
                            f"literal", ts.location(where, self.path, self.src)))
                    continue
                if _is_encrypted_cast(v):
                    self.changes.append(Annotate(ref, k, CAST_ANNOTATION,
                                                 ts.location(where, self.path, self.src), "model"))
                elif _is_hashed_cast(v):
                    self.changes.append(Annotate(ref, k, HASHED_CAST_ANNOTATION,
                                                 ts.location(where, self.path, self.src), "model"))
                elif v is UNKNOWN:
                    self.changes.append(Skipped(
                        f"model {c.name}: cast of {k} is not a literal; it may be an encrypted "
                        f"cast", ts.location(vnode or where, self.path, self.src)))
            for attr, node in hashed:
                self.changes.append(Annotate(ref, attr, HASHED_MUTATOR_ANNOTATION,
                                             ts.location(node, self.path, self.src), "model"))
            if isinstance(encryptable, _Array):
                for _, v, _, vnode in encryptable.items:
                    if isinstance(v, str):
                        self.changes.append(Annotate(
                            ref, v, "schemalint: encrypted=laravel-encryptable",
                            ts.location(vnode, self.path, self.src), "model"))
        ana.cls = saved
        return models

    def _hashing_mutators(self, c: _ClassInfo) -> List[tuple]:
        """(attribute, method) of mutators that store a password hash:
        ``setPasswordAttribute($v)`` assigning ``Hash::make($v)`` /
        ``bcrypt($v)`` / ``password_hash(...)``, and Laravel 9+ accessors
        ``password(): Attribute`` whose ``set:`` does."""
        out = []
        for low, node in c.methods.items():
            name_node = node.child_by_field_name("name")
            name = ts.text(name_node) if name_node is not None else low
            body = node.child_by_field_name("body")
            text = ts.text(body) if body is not None else ""
            if not _HASH_FACADE_RE.search(text):
                continue
            m = re.fullmatch(r"set(\w+)Attribute", name)
            if m:
                out.append((_snake(m.group(1)), node))
            elif re.search(r"Attribute::make\s*\(|new\s+Attribute\s*\(", text) and re.search(
                    r"\bset\s*:", text):
                out.append((_snake(name), node))
        return out

    def _casts(self, ana: _Analyzer, c: _ClassInfo) -> List[tuple]:
        out: List[tuple] = []
        prop = c.props.get("casts")
        if isinstance(prop, _Array):
            out.extend(prop.items)
        m = c.methods.get("casts")
        if m is not None:
            body = m.child_by_field_name("body")
            stack = [body] if body is not None else []
            while stack:
                n = stack.pop()
                if n.type == "return_statement":
                    for arr in self._arrays(n):
                        v = ana.ev(arr, {})
                        if isinstance(v, _Array):
                            out.extend(v.items)
                    continue
                if n.type in ("anonymous_function", "arrow_function"):
                    continue
                stack.extend(n.named_children)
        return out

    @staticmethod
    def _arrays(node) -> list:
        """Array literals in a return expression (``return [...]`` or
        ``return array_merge(parent::casts(), [...])``), outermost only."""
        found = []
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type == "array_creation_expression":
                found.append(n)
                continue
            stack.extend(n.named_children)
        return sorted(found, key=lambda n: n.start_byte)

    def _table(self, ana: _Analyzer, c: _ClassInfo) -> Tuple[Optional[str], str]:
        if "table" in c.props:
            v = c.props["table"]
            return (v, "$table") if isinstance(v, str) else (None, "$table")
        m = c.methods.get("gettable")
        if m is not None:
            body = m.child_by_field_name("body")
            ret = next((n for n in (body.named_children if body is not None else [])
                        if n.type == "return_statement"), None)
            kids = _named(ret) if ret is not None else []
            v = ana.ev(kids[0], {}) if kids else UNKNOWN
            return (v, "getTable()") if isinstance(v, str) else (None, "getTable()")
        pivot = c.base in _PIVOT_BASES
        if c.kind == "anonymous":
            return None, "anonymous class"
        return model_table(c.name, pivot=pivot), "default"
