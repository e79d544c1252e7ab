"""Column type families: the one place that says what kind of value a
column type holds.

Every frontend maps its framework's type names to a base SQL type name
(and parameters) -- ``sa.String(16)`` to ``varchar(16)``, Laravel's
``$table->ipAddress()`` to ``varchar(45)``, Rails' ``:datetime`` to
``timestamp`` -- and takes the family from :func:`family_of`, so the same
column has the same family whichever format declared it, and checks and
the classifier read ``ColumnType.family`` without re-deriving it.
:func:`parse_type` reads type text (``"varchar(20)"``, ``"timestamp(6)
with time zone"``, ``"int[]"``) for frontends whose input is type text
(Liquibase, CodeIgniter dbforge, Prisma ``Unsupported("...")``) and for
the classifier's string API.

The families (:data:`FAMILIES`), and the decisions behind the contested
names:

``text``
    character data: char, varchar, text and their national, large-object
    and dialect variants (``clob``, ``string``, ``citext``, ``bpchar``,
    Oracle ``long``).
``integer``
    whole numbers, serials, ``oid``; ``year`` too (a coarse value, kept out
    of ``date`` on purpose).
``decimal``
    exact numbers: ``decimal``, ``numeric``, ``money``, and Oracle
    ``number`` whatever its scale -- ``number`` is Oracle's ``numeric``, and
    ``numeric(10, 0)`` is not an integer type either (Liquibase used to
    call ``number`` an integer, every other reader a decimal).
``float``
    approximate numbers (``real``, ``double precision``, ``binary_double``).
``boolean``
    ``boolean``, ``bool``; ``bit`` and ``bit(1)`` (MySQL's and T-SQL's flag
    type, and PostgreSQL's ``bit`` is ``bit(1)``); MySQL's ``tinyint(1)``
    (what ``BOOLEAN`` means there, and what frameworks write for it).
``binary``
    byte strings and bit strings: ``bytea``, ``blob``, ``varbinary``,
    Oracle ``raw``; ``bit(n)`` with n > 1 and ``varbit``/``bit varying``
    (a bit string holds bits, not one flag -- before, ``bit`` was
    ``boolean``, ``other`` or ``binary`` depending on the reader).
``date``, ``datetime``, ``time``, ``interval``
    calendar values; ``datetime`` is every timestamp type, with or
    without a time zone.
``json``
    structured documents: JSON, ``jsonb``, ``hstore``, semi-structured
    types (``variant``, ``super``, ``object``, ``map``, ``struct``) and
    **XML** (``xml``, Oracle ``xmltype``): a document of any shape, a
    catch-all like JSON (before, XML was ``json`` through SQL and ``text``
    through Rails, Liquibase and Prisma).
``uuid``
    ``uuid``, ``uniqueidentifier``.
``enum``
    ``enum``, ``set``; a framework enum (Prisma, ChoiceType) maps to
    ``enum`` as its base name.  A user-defined type (``CREATE TYPE ... AS
    ENUM``) is ``other``: its name says nothing.
``array``
    any ``[]`` type, ``array``, and vectors (pgvector ``vector(n)``).
``geo``
    geometric and geographic types (PostGIS, MySQL spatial, PostgreSQL's
    ``point``/``box``/``polygon``...).
``network``
    **network addresses**: ``inet``, ``cidr``, ``macaddr``, ``macaddr8``.
    An address is its own kind of value -- not free text, and not a
    person's name or number -- and the classifier needs to know it
    (before, ``inet`` was ``text`` through Alembic and Django, ``other``
    through SQL, Rails and Prisma).  A framework that stores an address in
    ``varchar`` (Laravel's ``ipAddress()`` on MySQL) maps to ``varchar``:
    the family says what the column is, and the ORM type stays in the
    column's hints.
``search``
    **full-text search documents**: ``tsvector``, ``tsquery``.  A search
    vector is derived from other columns and holds no value of its own
    (before, ``other`` in every frontend and a pseudo-family of the
    classifier's).
``other``
    anything else (user-defined types and domains, ranges, ``ltree``...).

Names are compared lower-case with spaces collapsed; a schema-qualified
name (``public.geometry``) is looked up by its last part when the whole
is unknown, and a multi-word name by its first word (``int unsigned``,
``varchar binary``).  This module is on the start-up path of every run:
it imports nothing beyond the model.
"""

from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

from .model import ColumnType

#: Type families that checks and the classifier reason about.
FAMILIES: Tuple[str, ...] = (
    "text", "integer", "decimal", "float", "boolean", "date", "datetime", "time", "interval",
    "binary", "json", "uuid", "enum", "array", "geo", "network", "search", "other",
)

#: family -> its names: single words, then "|"-separated names of several words
_NAMES = (
    ("text", "char character nchar bpchar varchar varchar2 nvarchar nvarchar2 text tinytext mediumtext "
             "longtext ntext clob nclob dbclob string citext name sysname long longvarchar longnvarchar "
             "graphic vargraphic|character varying|char varying|national character|national char|"
             "national character varying|national char varying|nchar varying|long varchar|"
             "character large object"),
    ("integer", "tinyint smallint mediumint int integer bigint int1 int2 int3 int4 int8 int64 byteint "
                "serial serial2 serial4 serial8 smallserial bigserial oid year hugeint"),
    ("decimal", "decimal dec numeric number money smallmoney decfloat bignumeric bigdecimal currency"),
    ("float", "float float4 float8 float64 real double binary_float binary_double|double precision"),
    ("boolean", "boolean bool bit"),
    ("date", "date"),
    ("datetime", "datetime datetime2 smalldatetime datetimeoffset timestamp timestamptz timestampltz "
                 "timestampntz timestamp_tz timestamp_ltz timestamp_ntz|timestamp with time zone|"
                 "timestamp without time zone|timestamp with local time zone"),
    ("time", "time timetz|time with time zone|time without time zone"),
    ("interval", "interval"),
    ("binary", "binary varbinary blob tinyblob mediumblob longblob bytea bytes image raw varbit "
               "longvarbinary bindata|long raw|bit varying|binary varying|binary large object"),
    ("json", "json jsonb hstore xml xmltype variant super object map struct dynamic"),
    ("uuid", "uuid uniqueidentifier"),
    ("enum", "enum set"),
    ("array", "array list vector"),
    ("geo", "geometry geography point line lseg box path polygon circle linestring multipoint "
            "multilinestring multipolygon geometrycollection raster"),
    ("network", "inet cidr macaddr macaddr8"),
    ("search", "tsvector tsquery"),
)
_FAMILY: Dict[str, str] = {}
for _family, _spec in _NAMES:
    _words, *_phrases = _spec.split("|")
    for _n in _words.split() + _phrases:
        _FAMILY[_n] = _family

#: Integer types that hold no more than 32 bits: a 10-digit number does
#: not always fit (the classifier drops a 16-digit ID stored in one).
INT32: frozenset = frozenset(
    "int integer int1 int2 int3 int4 mediumint smallint tinyint serial serial2 serial4 smallserial "
    "year".split())

_MEMO: Dict[str, Tuple[str, str]] = {}


def normalise(name: str) -> str:
    """A type name as this module compares it: lower case, identifier
    quotes removed, whitespace collapsed."""
    return " ".join(name.replace('"', "").replace("`", "").lower().split())


def base_of(name: str) -> Tuple[str, str]:
    """``(key, family)`` for a base type name: the name this module knows
    it by (``public.geometry`` -> ``geometry``, ``int unsigned`` ->
    ``int``), and its family before parameters are considered."""
    hit = _MEMO.get(name)
    if hit is not None:
        return hit
    key = normalise(name)
    if key.endswith("[]"):
        hit = (key, "array")
    else:
        fam = _FAMILY.get(key)
        if fam is None and "." in key:
            tail = key.rsplit(".", 1)[1]
            fam = _FAMILY.get(tail)
            if fam is not None:
                key = tail
        if fam is None and " " in key:
            first = key.split(" ", 1)[0]
            fam = _FAMILY.get(first)
            if fam is not None:
                key = first
        hit = (key, fam or "other")
    if len(_MEMO) < 10_000:
        _MEMO[name] = hit
    return hit


def family_of(base: str, params: Sequence[str] = ()) -> str:
    """The family of a base type name with its parameters:
    ``family_of("varchar", ("16",))`` is ``"text"``, ``family_of("bit",
    ("8",))`` ``"binary"``, ``family_of("tinyint", ("1",))`` ``"boolean"``."""
    key, fam = base_of(base)
    if params and key in ("bit", "tinyint"):
        first = str(params[0]).strip()
        if key == "bit":
            return "boolean" if first == "1" else "binary"
        if first == "1":
            return "boolean"
    return fam


def column_type(base: str, params: Sequence[str] = (), raw: str = "") -> ColumnType:
    """A :class:`ColumnType` for a base SQL type name: the name lower-cased,
    the family from :func:`family_of`."""
    params = tuple(params)
    return ColumnType(" ".join(base.lower().split()), family_of(base, params), params, raw)


# --------------------------------------------------------------------------
# Type text
# --------------------------------------------------------------------------

_KW_PARAMS = ("length", "precision", "scale", "size")


def split_params(text: str) -> Tuple[str, ...]:
    """``"10, 2"`` -> ``("10", "2")``; commas inside quotes or brackets do
    not split (``enum('a,b', 'c')``); ``length=16`` is ``16``."""
    out = []
    depth, quote, cur = 0, "", []
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            cur.append(ch)
        elif ch in "(<[":
            depth += 1
            cur.append(ch)
        elif ch in ")>]":
            depth -= 1
            cur.append(ch)
        elif ch == "," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    params = []
    for p in out:
        p = p.strip()
        if not p:
            continue
        key, eq, value = p.partition("=")
        params.append(value.strip() if eq and key.strip().lower() in _KW_PARAMS and value.strip() else p)
    return tuple(params)


def _pieces(text: str) -> Tuple[str, Optional[str], str]:
    """``(name, params text or None, tail)`` of type text: ``"timestamp(6)
    with time zone"`` -> ``("timestamp", "6", "with time zone")``."""
    start = next((i for i, ch in enumerate(text) if ch in "(<"), -1)
    if start < 0:
        cut = text.find("[")
        return (text, None, "") if cut < 0 else (text[:cut], None, text[cut:])
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "(<":
            depth += 1
        elif ch in ")>":
            depth -= 1
            if depth == 0:
                return text[:start], text[start + 1:i], text[i + 1:]
    return text[:start], text[start + 1:], ""


def parse_type(text: str) -> ColumnType:
    """A :class:`ColumnType` from type text as a schema writes it:
    ``"varchar(20)"``, ``"DECIMAL(10, 2)"``, ``"timestamp(6) with time
    zone"``, ``"int(10) unsigned"``, ``"text[]"``, ``"array<string>"``.
    The name keeps the words that name the type (``character varying``,
    ``timestamp with time zone``) and drops modifiers (``unsigned``,
    ``binary``); ``raw`` is the text as given."""
    raw = text.strip()
    name, params_text, tail = _pieces(raw)
    name = " ".join(name.lower().split())
    if not name:
        return ColumnType(raw.lower() or "unknown", "other", (), raw)
    params = split_params(params_text) if params_text is not None else ()
    tail = " ".join(tail.lower().split())
    if tail.endswith("[]") or name.endswith("[]") or (name == "array" and raw.rstrip().endswith(">")):
        base = name if name.endswith("[]") or name == "array" else name + "[]"
        return ColumnType(base, "array", params, raw)
    if tail:
        joined = f"{name} {tail}"
        key, fam = base_of(joined)
        if fam != "other" and key == normalise(joined):
            name = joined
    if " " in name and name not in _FAMILY:
        key, fam = base_of(name)
        if fam != "other":
            name = key  # "int unsigned" -> "int"
    return ColumnType(name, family_of(name, params), params, raw)

