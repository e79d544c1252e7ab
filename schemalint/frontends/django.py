"""Django frontend: ``<app>/migrations/*.py`` read with :mod:`ast`, never
imported.

A migration is untrusted code: it is parsed, never imported, executed or
evaluated (see :mod:`.pyast`).  The class ``Migration(migrations.Migration)``
gives ``dependencies``, ``replaces``, ``run_before`` and ``operations``;
names bound at class or module level are resolved, so
``operations = STATE_OPS + [...]`` and ``SeparateDatabaseAndState(
state_operations=state_operations)`` are read like inline lists.

Names follow Django: the app label is the directory that holds
``migrations/``; a model's table is ``db_table`` or
``<app_label>_<model_name_lower>``; a field's column is ``db_column`` or
``<field>_id`` for ``ForeignKey``/``OneToOneField`` or the field name.  A
``ManyToManyField`` has no column on its model: its join table is not
modelled, and a note says so (an explicit ``through`` model is a model
like any other).  Django's truncation of names longer than the backend's
limit is not applied.

Operations followed: ``CreateModel`` (fields; options ``db_table``,
``db_table_comment``, ``unique_together``, ``index_together``,
``indexes``, ``constraints``; ``abstract`` and ``proxy`` models have no
table; ``managed=False`` models have no table Django creates: a note
says so and operations on them are no-ops), ``DeleteModel``,
``RenameModel`` (the table follows unless ``db_table`` is set),
``AlterModelTable``, ``AlterModelTableComment``, ``AlterModelOptions``
(only ``managed`` is tracked; other options do not touch tables),
``AddField``, ``AlterField`` (type, null, ``db_comment``, a changed column
name -> :class:`RenameColumn`), ``RemoveField``, ``RenameField``,
``AddIndex``, ``AddConstraint`` (unique), ``RemoveIndex`` and
``RemoveConstraint`` (by name), ``AlterUniqueTogether`` and
``AlterIndexTogether`` (the new set replaces the old one),
``AlterOrderWithRespectTo`` (``_order``), ``RunSQL`` (literal DDL handed to
the SQL frontend, located in this file) and ``SeparateDatabaseAndState``.
A model that is swappable (``options={"swappable": "AUTH_USER_MODEL"}``,
e.g. a copy of ``django.contrib.auth``) creates no table when the history
has its own ``User`` model (see ordering below).

A model moved between apps by state operations keeps its table: while
another model of the state uses the same table, deleting the old model or
removing its fields does not drop that table or those columns.

``SeparateDatabaseAndState`` and ``RunSQL(state_operations=...)``: the
*state* operations are applied and the database operations are counted as
no-ops.  The state is what Django believes the tables are and what every
later migration is written against (``AddField`` to a model created in a
state operation), so replaying the state keeps the history consistent; the
database operations normally realise the same change by hand (a RunSQL
``ALTER TABLE``, or nothing when a model moves between apps).

``RunPython`` and operations this frontend does not know become located
notes.

Evidence for the classifier: every column's ``hints`` carry
``field_class`` and, when given, ``verbose_name`` and ``help_text``
(``gettext_lazy``/``_`` wrappers are unwrapped); ``db_comment`` is the
column comment.  Encrypted field classes set ``ColumnDef.encryption``:
django-cryptography ``encrypt(models.CharField(...))`` ->
``"field:encrypt(CharField)"``; django-fernet-fields,
encrypted-model-fields, django-mirage-field and similar
``Encrypted<Base>Field`` -> ``"field:Encrypted<Base>Field"``;
django-pgcrypto-fields ``<Base>PGPSymmetricKeyField``,
``<Base>PGPPublicKeyField`` and the keyed-hash ``TextHMACField``/
``TextDigestField``; and class names listed in the ``encrypted-types``
option.

Cross-migration state.  A migration names models and fields, not tables and
columns, and the table of a model created elsewhere (``db_table``, a
``RenameModel``) or the column of a field declared elsewhere (a
``ForeignKey``'s ``_id``) is only known from earlier migrations.
:func:`parse` resolves names with what the file itself declares (Django's
defaults otherwise) and records its operations, JSON-encoded, in
``meta["ops"]``; :func:`order` then replays the model state across the
whole history in migration order and re-derives every file's changes
from it, so the replayed schema uses the names Django uses.

Ordering (:func:`order`): a topological order of ``dependencies`` across
apps, ties broken by app label then migration name.  ``__first__`` /
``__latest__`` are the app's first / last migration here; dependencies on
apps that are not in the history (``contenttypes``, ``auth``...) are
outside it and ignored; ``swappable_dependency(settings.AUTH_USER_MODEL)``
is resolved to the app that creates a model named ``User`` when exactly
one app does, else noted.  Squashed migrations follow Django's rule for a
new database: the squash is applied and the migrations it ``replaces``
that are present are not (they keep a no-op note); dependencies on a
replaced migration point to the squash.
"""

from __future__ import annotations

import ast
import re
from typing import Dict, List, Optional, Set, Tuple

from ..model import (
    UNSET, AddColumn, AddConstraint, AlterColumn, Annotate, ColumnDef, ColumnType, Constraint,
    CreateTable, DropColumn, DropConstraint, DropTable, FileResult, ForeignKeyRef, Location,
    ParseFailure, RenameColumn, RenameTable, SetComment, Skipped, TableRef,
)
from ..record import replace
from ..sources import natural_key
from ..types import family_of
from . import pyast
from .embedded import Embedded
from .pyast import Env, Ref, Source, bind, call_name, dotted, evaluate

FORMAT = "django"

# --------------------------------------------------------------------------
# Field classes
# --------------------------------------------------------------------------

#: Field class -> (SQL base type, default max_length or None); the family
#: comes from :func:`schemalint.types.family_of`.
#: Unknown classes are matched by suffix (``SanitizedJSONField`` ->
#: ``JSONField``), longest first.
_FIELD_TYPES: Dict[str, Tuple[str, Optional[int]]] = {
    "AutoField": ("integer", None), "BigAutoField": ("bigint", None),
    "SmallAutoField": ("smallint", None), "IntegerField": ("integer", None),
    "BigIntegerField": ("bigint", None), "SmallIntegerField": ("smallint", None),
    "PositiveIntegerField": ("integer", None),
    "PositiveBigIntegerField": ("bigint", None),
    "PositiveSmallIntegerField": ("smallint", None),
    "CharField": ("varchar", None), "SlugField": ("varchar", 50),
    "EmailField": ("varchar", 254), "URLField": ("varchar", 200),
    "FileField": ("varchar", 100), "ImageField": ("varchar", 100),
    "FilePathField": ("varchar", 100), "TextField": ("text", None),
    "CommaSeparatedIntegerField": ("varchar", None),
    "GenericIPAddressField": ("inet", None), "IPAddressField": ("inet", None),
    "CICharField": ("citext", None), "CIEmailField": ("citext", None),
    "CITextField": ("citext", None), "PhoneNumberField": ("varchar", 128),
    "CountryField": ("varchar", 2), "LanguageField": ("varchar", None),
    "DateField": ("date", None), "DateTimeField": ("timestamp", None),
    "TimeField": ("time", None), "DurationField": ("interval", None),
    "BooleanField": ("boolean", None), "NullBooleanField": ("boolean", None),
    "DecimalField": ("decimal", None), "MoneyField": ("decimal", None),
    "FloatField": ("double precision", None),
    "MeasurementField": ("double precision", None),
    "BinaryField": ("bytea", None), "JSONField": ("jsonb", None),
    "HStoreField": ("hstore", None), "UUIDField": ("uuid", None),
    "ArrayField": ("array", None), "SearchVectorField": ("tsvector", None),
    "PointField": ("geometry", None), "PolygonField": ("geometry", None),
    "MultiPolygonField": ("geometry", None), "GeometryField": ("geometry", None),
    "LineStringField": ("geometry", None), "MultiPointField": ("geometry", None),
    "MultiLineStringField": ("geometry", None), "RasterField": ("raster", None),
    "GeometryCollectionField": ("geometry", None),
}
_SUFFIXES = sorted(_FIELD_TYPES, key=len, reverse=True)

_FK_CLASSES = ("ForeignKey", "OneToOneField", "ParentalKey", "TreeForeignKey", "TreeOneToOneField")
_M2M_CLASSES = ("ManyToManyField", "ParentalManyToManyField", "TaggableManager",
                "TreeManyToManyField", "SortedManyToManyField")
_PGP_RE = re.compile(r"^(\w*?)PGP(?:Public|Symmetric)KeyField$")
_HASH_FIELDS = ("TextHMACField", "TextDigestField")

#: Calls that stand for their (last) argument: translation wrappers.
_TRANSLATION = ("_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "pgettext",
                "pgettext_lazy", "gettext_noop", "ugettext_noop", "_lazy")

#: Django operations with no effect on tables and columns.
_NOOP_OPS = {
    "AlterModelManagers", "RenameIndex", "ValidateConstraint", "CreateExtension", "BtreeGinExtension",
    "BtreeGistExtension", "CITextExtension", "CryptoExtension", "HStoreExtension",
    "TrigramExtension", "UnaccentExtension", "CreateCollation", "RemoveCollation",
}


def _field_base(cls: str) -> Optional[str]:
    if cls in _FIELD_TYPES:
        return cls
    return next((s for s in _SUFFIXES if cls.endswith(s)), None)


# --------------------------------------------------------------------------
# Parse
# --------------------------------------------------------------------------


def app_and_name(path: str) -> Tuple[str, str]:
    """``(app_label, migration name)`` from ``<app>/migrations/<name>.py``."""
    parts = path.replace("\\", "/").split("/")
    name = parts[-1][:-3] if parts[-1].endswith(".py") else parts[-1]
    if len(parts) >= 3 and parts[-2] == "migrations":
        return parts[-3], name
    return (parts[-2] if len(parts) >= 2 else "."), name


def parse(source, options=None) -> FileResult:
    """Read one migration: its operations as changes and its dependencies
    in ``meta``.  Never raises, never executes the file."""
    src = Source(source.path, source.text)
    app, name = app_and_name(source.path)
    tree = pyast.parse_module(src)
    if not isinstance(tree, ast.Module):
        return FileResult(source.path, FORMAT, (tree,), meta={"app_label": app, "name": name},
                          stats={"statements": 0, "noop": 0})
    try:
        return _analyse(src, tree, options, app, name)
    except RecursionError:  # pathological nesting the parser accepted
        return FileResult(source.path, FORMAT, (pyast.too_deep(src),),
                          meta={"app_label": app, "name": name}, stats={"statements": 0, "noop": 0})


def _analyse(src: Source, tree: ast.Module, options, app: str, name: str) -> FileResult:
    reader = _Reader(src, options, app, Env.from_body(tree.body))
    reader.embedded.declared = _declared_dialect(tree)
    cls = _migration_class(tree)
    meta: Dict[str, object] = {"app_label": app, "name": None}
    if cls is None:
        reader.noop += 1  # a helper module inside migrations/: not a migration
    else:
        env = Env.from_body(cls.body, reader.module_env)
        reader.env = env
        meta.update(name=name, **reader.header(env))
        ops = env.lookup("operations")
        if ops is not None:
            reader.operations(ops, env)
    changes, entries = _compile_items(reader.items, _State(), app, src.path)
    meta["ops"] = entries
    return FileResult(src.path, FORMAT, tuple(changes), meta=meta, dialect=reader.embedded.dialect,
                      stats={"statements": reader.statements, "noop": reader.noop})


def _declared_dialect(tree: ast.Module) -> Optional[str]:
    """The database a migration states it is for: ``django.contrib.postgres``
    (its fields, operations and extensions) exists only for PostgreSQL."""
    for stmt in tree.body:
        names = ([stmt.module or ""] if isinstance(stmt, ast.ImportFrom) else
                 [a.name for a in stmt.names] if isinstance(stmt, ast.Import) else [])
        if any(n == "django.contrib.postgres" or n.startswith("django.contrib.postgres.") for n in names):
            return "postgres"
    return None


def _migration_class(tree: ast.Module) -> Optional[ast.ClassDef]:
    # names Migration is imported under: from django.db.migrations import Migration as Base
    aliases = {"Migration"}
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and (stmt.module or "").startswith("django.db.migrations"):
            aliases.update(a.asname for a in stmt.names if a.name == "Migration" and a.asname)
    found = None
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef) and any(
                (dotted(b) or "").rsplit(".", 1)[-1] in aliases for b in stmt.bases):
            found = stmt  # the last definition wins, as in Python
    return found


class _Reader:
    """Turns a migration's AST into JSON-compatible operation records and
    literal changes (``items``), in order."""

    def __init__(self, src: Source, options, app: str, module_env: Env):
        self.src = src
        self.path = src.path
        self.options = options
        self.app = app
        self.module_env = module_env
        self.env = module_env
        self.items: List[object] = []  # op dicts, or ("keep", [changes])
        self.statements = 0
        self.noop = 0
        self.embedded = Embedded(self.path, options)  # RunSQL text
        self.encrypted_types = {t.lower() for t in getattr(options, "encrypted_types", ()) or ()}

    # -- output ----------------------------------------------------------
    def keep(self, changes: list) -> None:
        if changes:
            self.items.append(("keep", list(changes)))

    def note(self, reason: str, node, kind: str = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
        else:
            self.keep([Skipped(reason, self.src.loc(node), kind)])

    def record(self, op: str, node, **fields) -> None:
        loc = self.src.loc(node)
        fields.update(op=op, line=loc.line, col=loc.col)
        self.items.append(fields)

    def value(self, node, env: Optional[Env] = None):
        return evaluate(node, env or self.env, transparent=_TRANSLATION)

    def text(self, node, env=None) -> Optional[str]:
        v = self.value(node, env) if node is not None else None
        return v if isinstance(v, str) else None

    # -- header ----------------------------------------------------------
    def header(self, env: Env) -> Dict[str, object]:
        """``dependencies``, ``replaces``, ``run_before``, ``initial``."""
        out: Dict[str, object] = {}
        for key in ("dependencies", "replaces", "run_before"):
            node = env.lookup(key)
            out[key] = self._pairs(node, env, key) if node is not None else []
        initial = self.value(env.lookup("initial")) if env.lookup("initial") is not None else None
        out["initial"] = initial if isinstance(initial, bool) else False
        return out

    def _pairs(self, node, env: Env, key: str) -> List[List[str]]:
        v = self.value(node, env)
        if not isinstance(v, (list, tuple)):
            self.note(f"`{key}` is not a literal list ({pyast.describe(v)}): ignored", node)
            return []
        out = []
        for item in v:
            if isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(x, str) for x in item):
                out.append([item[0], item[1]])
            elif isinstance(item, ast.Call) and call_name(item) == "swappable_dependency" and item.args:
                target = self.value(item.args[0], env)
                if isinstance(target, str) and "." in target:
                    out.append([target.split(".", 1)[0], "__first__"])
                elif isinstance(target, Ref):
                    out.append(["__setting__", target.last])
                else:
                    self.note(f"swappable dependency {pyast.describe(target)} is not resolved", item)
            else:
                self.note(f"entry of `{key}` is not an (app, migration) pair "
                          f"({pyast.describe(item)}): ignored", node)
        return out

    # -- operations ------------------------------------------------------
    def operations(self, node, env: Env) -> None:
        v = self.value(node, env)
        if not isinstance(v, (list, tuple)):
            self.note(f"operations are built at run time ({pyast.describe(v)}): not analysed", node)
            return
        for item in v:
            if isinstance(item, ast.Call):
                self.operation(item, env)
            else:
                self.note(f"operation {pyast.describe(item)} is not a literal operation: "
                          f"not analysed", getattr(item, "node", None) or node)

    def operation(self, c: ast.Call, env: Env) -> None:
        self.statements += 1
        name = call_name(c) or ""
        handler = _OPS.get(name)
        if handler is not None:
            handler(self, c, env)
        elif name in _NOOP_OPS:
            self.noop += 1
        elif name == "RunPython":
            code = c.args[0] if c.args else next((k.value for k in c.keywords if k.arg == "code"), None)
            what = f" `{self.src.segment(code, 60)}`" if code is not None else ""
            self.note(f"RunPython{what}: Python data-migration code is not analysed", c)
        else:
            self.note(f"operation `{dotted(c.func) or name}` is not a known Django operation: "
                      f"not analysed", c)

    # -- fields ----------------------------------------------------------
    def field(self, node, env: Env, model: str, what: str) -> Optional[dict]:
        """A JSON spec of a field expression, or None after a note."""
        call = self.value(node, env)
        if not isinstance(call, ast.Call):
            self.note(f"{what}: the field is not a literal field call ({pyast.describe(call)}); "
                      f"not analysed", node)
            return None
        encryption = None
        if call_name(call) == "encrypt" and call.args and isinstance(self.value(call.args[0], env), ast.Call):
            inner = self.value(call.args[0], env)
            encryption = f"field:encrypt({call_name(inner)})"
            call = inner
        cls = call_name(call) or "Field"
        if not cls[:1].isupper():
            self.note(f"{what}: the field is built by `{self.src.segment(call.func, 40)}(...)`, "
                      f"not a field class; not analysed", node)
            return None
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            self.note(f"{what}: `{cls}(*args/**kwargs)` is not a literal field; read in part", call)
        return self._spec(call, cls, env, model, encryption)

    def _spec(self, call: ast.Call, cls: str, env: Env, model: str, encryption: Optional[str]) -> dict:
        kw = {k.arg: k.value for k in call.keywords if k.arg}
        kind = "fk" if cls.endswith(_FK_CLASSES) else "m2m" if cls.endswith(_M2M_CLASSES) else "column"
        pos = [a for a in call.args if not isinstance(a, ast.Starred)]
        if kind == "column" and pos and "verbose_name" not in kw:
            kw["verbose_name"] = pos[0]
        def flag(key: str, default: bool) -> bool:
            v = self.value(kw[key], env) if key in kw else default
            return v if isinstance(v, bool) else default

        spec: dict = {"cls": cls, "kind": kind}
        base, enc = _encrypted_base(cls)
        if enc or cls.lower() in self.encrypted_types:
            encryption = encryption or f"field:{cls}"
        spec["type"] = self._type(cls, base or cls, kw, pos, env)
        if kind in ("fk", "m2m"):
            to = kw.get("to", pos[0] if pos else None)
            spec["to"] = self._target(to, env, model)
            spec["to_field"] = self.text(kw.get("to_field"), env)
            spec["through"] = "through" in kw
        spec["db_column"] = self.text(kw.get("db_column"), env)
        pk = flag("primary_key", False)
        spec["pk"] = pk
        spec["null"] = flag("null", False) and not pk
        spec["unique"] = flag("unique", cls.endswith("OneToOneField"))
        spec["index"] = flag("db_index", kind == "fk" or cls.endswith("SlugField"))
        comment = self.value(kw["db_comment"], env) if "db_comment" in kw else None
        spec["comment"] = comment if isinstance(comment, str) else None
        default = None
        if "db_default" in kw:
            dv = self.value(kw["db_default"], env)
            default = str(dv) if pyast.is_literal(dv) else self.src.segment(kw["db_default"], 80)
        spec["default"] = default
        hints = {"field_class": cls}
        for key in ("verbose_name", "help_text"):
            v = self.text(kw.get(key), env)
            if v:
                hints[key] = v
        spec["hints"] = hints
        spec["encryption"] = encryption
        return spec

    def _type(self, cls: str, base: str, kw: dict, pos: list, env: Env) -> list:
        """``[name, family, [params], raw]`` of a field's column type."""
        known = _field_base(base)
        name, default_len = _FIELD_TYPES.get(known, (cls.lower(), None))
        params: List[str] = []
        if known in ("DecimalField", "MoneyField"):
            for key, i in (("max_digits", 2), ("decimal_places", 3)):
                v = self.value(kw.get(key, pos[i] if len(pos) > i else None), env)
                if isinstance(v, int) and not isinstance(v, bool):
                    params.append(str(v))
        elif known == "ArrayField":
            inner = self.value(kw.get("base_field", pos[0] if pos else None), env)
            if isinstance(inner, ast.Call):
                params.append(self._type(call_name(inner) or "", call_name(inner) or "",
                                         {k.arg: k.value for k in inner.keywords if k.arg},
                                         list(inner.args), env)[0])
        else:
            v = self.value(kw["max_length"], env) if "max_length" in kw else default_len
            if isinstance(v, int) and not isinstance(v, bool):
                params.append(str(v))
        raw = f"{cls}({', '.join(params)})" if params else cls
        return [name, family_of(name, params), params, raw]

    def _target(self, node, env: Env, model: str) -> Optional[str]:
        """``app.model`` (lower-case) of a relation's target."""
        v = self.value(node, env) if node is not None else None
        if isinstance(v, Ref):
            return "__setting__." + v.last if "settings" in v.dotted or v.last.isupper() else None
        if not isinstance(v, str):
            return None
        if v == "self":
            return f"{self.app}.{model.lower()}"
        if "." in v:
            app, m = v.rsplit(".", 1)
            return f"{app.rsplit('.', 1)[-1]}.{m.lower()}"
        return f"{self.app}.{v.lower()}"

    def sql(self, c: ast.Call, node, env: Env) -> None:
        """Literal SQL of ``RunSQL``: DDL to the SQL frontend."""
        for part in _sql_parts(node, env):
            st = pyast.sql_text(part, env)
            if st.text is None:
                if isinstance(part, ast.Attribute) and part.attr == "noop":
                    self.noop += 1
                elif st.is_data:
                    self.noop += 1
                else:
                    self.note(f"RunSQL: {st.reason}; it was not analysed", c)
                continue
            line, col = self.src.string_start(st.anchor)
            got = self.embedded.parse(st.text, line, col, self.src.loc(c), "RunSQL")
            if got is None:
                self.noop += 1
                continue
            self.keep(got)


def _encrypted_base(cls: str) -> Tuple[Optional[str], bool]:
    """``(base field class, is encrypted)`` for encrypted field classes."""
    m = _PGP_RE.match(cls)
    if m:
        return (m.group(1) or "Text") + "Field", True
    if cls in _HASH_FIELDS:
        return "TextField", True
    if "Encrypted" in cls:
        base = cls.replace("Encrypted", "")
        return (base if _field_base(base) else "TextField"), True
    return None, False


def _sql_parts(node, env: Env) -> List[ast.AST]:
    """The SQL strings of a RunSQL ``sql`` argument (a string, or a list
    of strings or ``(sql, params)`` pairs)."""
    for _ in range(20):
        if isinstance(node, ast.Name) and env.lookup(node.id) is not None:
            node = env.lookup(node.id)
            continue
        break
    if isinstance(node, (ast.List, ast.Tuple)):
        out = []
        for e in node.elts:
            if isinstance(e, (ast.Tuple, ast.List)) and e.elts:
                out.append(e.elts[0])
            else:
                out.append(e)
        return out
    return [node] if node is not None else []


# --------------------------------------------------------------------------
# Operation readers: AST -> op records
# --------------------------------------------------------------------------


def _model_name(r: _Reader, node, env: Env, c, what: str) -> Optional[str]:
    v = r.value(node, env) if node is not None else None
    if isinstance(v, str):
        return v
    r.note(f"{what}: the model name is not a literal ({pyast.describe(v)}); not followed", c)
    return None


def _r_create_model(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "fields", "options", "bases", "managers"])
    model = _model_name(r, b.get("name"), env, c, "CreateModel")
    if model is None:
        return
    fields = []
    fnode = b.get("fields")
    items = r.value(fnode, env) if fnode is not None else []
    if not isinstance(items, (list, tuple)):
        r.note(f"CreateModel {model}: the field list is built at run time; not analysed", c)
        items = []
    elts = _elements(fnode, env)
    for i, item in enumerate(items):
        where = elts[i] if elts and i < len(elts) else c
        if not (isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[0], str)):
            r.note(f"CreateModel {model}: field {pyast.describe(item)} is not a (name, field) "
                   f"pair; not analysed", where)
            continue
        field_node = where.elts[1] if isinstance(where, (ast.Tuple, ast.List)) else item[1]
        spec = r.field(field_node, env, model, f"CreateModel {model}.{item[0]}")
        if spec is not None:
            loc = r.src.loc(where)
            spec.update(line=loc.line, col=loc.col)
            fields.append([item[0], spec])
    options = r.value(b.get("options"), env) if b.has("options") else {}
    opts = _model_options(r, options if isinstance(options, dict) else {}, b.get("options"), env, model)
    _auth_user_password(r, b, fields)
    r.record("create_model", c, model=model, fields=fields, options=opts)


#: what the password column of a model built on django.contrib.auth's
#: AbstractBaseUser holds (read by schemalint.checks.protection)
AUTH_PASSWORD = ("Django's AbstractBaseUser stores only a salted hash of the password (set_password / "
                 "make_password: PBKDF2 by default)")
_AUTH_BASES = ("AbstractBaseUser", "AbstractUser", "BaseUserManager", "UserManager")


def _auth_user_password(r: _Reader, b, fields: list) -> None:
    """Mark the ``password`` of a custom user model built on
    ``AbstractBaseUser``: its migration names the base or its user manager,
    or carries the fields the base contributes (``password``
    ``CharField(max_length=128)`` beside ``last_login``)."""
    by_name = {name.lower(): spec for name, spec in fields}
    pw = by_name.get("password")
    if pw is None or not str(pw.get("cls", "")).endswith("CharField"):
        return
    declared = " ".join(r.src.segment(b.get(k), 2000) for k in ("bases", "managers") if b.has(k))
    signature = ("last_login" in by_name and list(pw.get("type", [None, None, []])[2]) == ["128"])
    if signature or any(base in declared for base in _AUTH_BASES):
        pw.setdefault("hints", {})["credential_protection"] = AUTH_PASSWORD


def _elements(node, env: Env) -> Optional[List[ast.AST]]:
    for _ in range(20):
        if isinstance(node, ast.Name) and env.lookup(node.id) is not None:
            node = env.lookup(node.id)
            continue
        break
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else None


def _model_options(r: _Reader, options: dict, node, env: Env, model: str) -> dict:
    """The table-related options, JSON-encoded."""
    out: dict = {}
    for key in ("db_table", "db_table_comment"):
        if key in options:
            v = options[key]
            if isinstance(v, str) or v is None:
                out[key] = v
            else:
                r.note(f"CreateModel {model}: option {key} is not a literal "
                       f"({pyast.describe(v)}); Django's default is assumed", node)
    if isinstance(options.get("swappable"), str):
        out["swappable"] = options["swappable"]
    for key in ("abstract", "proxy", "managed"):
        if key in options:
            v = options[key]
            out[key] = v if isinstance(v, bool) else bool(v) if pyast.is_literal(v) else True
    together = {kind: _together(options.get(key))
                for key, kind in (("unique_together", "unique"), ("index_together", "index"))
                if _together(options.get(key))}
    if together:
        out["together"] = together
    keys = []
    for key in ("indexes", "constraints"):
        for item in options.get(key) or ():
            k = _key_record(r, item, env)
            if k is not None:
                keys.append(k)
    if keys:
        out["keys"] = keys
    return out


def _together(v) -> List[List[str]]:
    """``unique_together``: a tuple of tuples, or one flat tuple."""
    if not isinstance(v, (list, tuple, set)) or not v:
        return []
    v = list(v)
    if all(isinstance(x, str) for x in v):
        return [list(v)]
    return [list(x) for x in v if isinstance(x, (list, tuple)) and all(isinstance(y, str) for y in x)]


def _key_record(r: _Reader, item, env: Env) -> Optional[list]:
    """``models.Index(fields=[...], name=...)`` / ``UniqueConstraint(...)``
    -> ``[kind, [fields], name]``; None for keys on expressions or checks."""
    if not isinstance(item, ast.Call):
        return None
    cls = call_name(item) or ""
    kw = {k.arg: k.value for k in item.keywords if k.arg}
    fields = r.value(kw["fields"], env) if "fields" in kw else None
    if not isinstance(fields, (list, tuple)):
        return None
    names = [f.lstrip("-") for f in fields if isinstance(f, str)]
    name = r.text(kw.get("name"), env)
    if cls.endswith("UniqueConstraint"):
        return ["unique", names, name]
    if cls.endswith("Index"):
        return ["index", names, name]
    return None


def _r_model_op(op: str, params: List[str], value_key: Optional[str] = None):
    """Readers of operations on a model: DeleteModel, AlterModelTable..."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, params)
        model = _model_name(r, b.get(params[0]), env, c, op)
        if model is None:
            return
        rec: dict = {"model": model}
        if value_key is not None:
            v = r.value(b.get(value_key), env) if b.has(value_key) else None
            if not (isinstance(v, str) or v is None):
                r.note(f"{op} {model}: {value_key} is not a literal ({pyast.describe(v)}); "
                       f"not followed", c)
                return
            rec["value"] = v
        r.record(op, c, **rec)
    return reader


def _r_rename_model(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["old_name", "new_name"])
    old = _model_name(r, b.get("old_name"), env, c, "RenameModel")
    new = _model_name(r, b.get("new_name"), env, c, "RenameModel") if old else None
    if old and new:
        r.record("rename_model", c, model=old, new=new)


def _r_alter_options(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "options"])
    model = _model_name(r, b.get("name"), env, c, "AlterModelOptions")
    opts = r.value(b.get("options"), env)
    if model and isinstance(opts, dict) and isinstance(opts.get("managed"), bool):
        r.record("alter_model_options", c, model=model, managed=opts["managed"])
    else:
        r.noop += 1  # ordering, permissions, verbose names: no table change


def _r_field_op(op: str):
    """AddField / AlterField."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["model_name", "name", "field", "preserve_default"])
        model = _model_name(r, b.get("model_name"), env, c, op)
        name = r.text(b.get("name"), env)
        if model is None:
            return
        if name is None:
            r.note(f"{op} on {model}: the field name is not a literal; not followed", c)
            return
        spec = r.field(b.get("field"), env, model, f"{op} {model}.{name}")
        if spec is not None:
            r.record(op, c, model=model, name=name, field=spec)
    return reader


def _r_remove_field(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["model_name", "name"])
    model = _model_name(r, b.get("model_name"), env, c, "RemoveField")
    name = r.text(b.get("name"), env)
    if model and name:
        r.record("remove_field", c, model=model, name=name)
    elif model:
        r.note(f"RemoveField on {model}: the field name is not a literal; not followed", c)


def _r_rename_field(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["model_name", "old_name", "new_name"])
    model = _model_name(r, b.get("model_name"), env, c, "RenameField")
    old, new = r.text(b.get("old_name"), env), r.text(b.get("new_name"), env)
    if model and old and new:
        r.record("rename_field", c, model=model, old=old, new=new)
    elif model:
        r.note(f"RenameField on {model}: a field name is not a literal; not followed", c)


def _r_add_key(param: str):
    """AddIndex / AddConstraint."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["model_name", param])
        model = _model_name(r, b.get("model_name"), env, c, "AddIndex")
        key = _key_record(r, r.value(b.get(param), env), env) if model else None
        if key is None:
            r.noop += 1  # check constraints, expression indexes
            return
        r.record("add_key", c, model=model, keys=[key])
    return reader


def _r_drop_key(r: _Reader, c: ast.Call, env: Env) -> None:
    """RemoveIndex / RemoveConstraint (by name)."""
    b = bind(c, ["model_name", "name"])
    model = _model_name(r, b.get("model_name"), env, c, call_name(c) or "RemoveIndex")
    name = r.text(b.get("name"), env)
    if model and name:
        r.record("drop_key", c, model=model, name=name)
    elif model:
        r.note(f"{call_name(c)} on {model}: the name is not a literal; not followed", c)


def _r_together(kind: str, param: str):
    """AlterUniqueTogether / AlterIndexTogether: the new set replaces the old."""
    op = "AlterUniqueTogether" if kind == "unique" else "AlterIndexTogether"

    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["name", param])
        model = _model_name(r, b.get("name"), env, c, op)
        value = r.value(b.get(param), env) if model else None
        if model is None:
            return
        if not (value is None or isinstance(value, (list, tuple, set))):
            r.note(f"{op} on {model}: the value is not a literal; not followed", c)
            return
        r.record("together", c, model=model, kind=kind, sets=_together(value))
    return reader


def _r_order_wrt(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "order_with_respect_to"])
    model = _model_name(r, b.get("name"), env, c, "AlterOrderWithRespectTo")
    if model:
        r.record("order_wrt", c, model=model, on=r.value(b.get("order_with_respect_to"), env) is not None)


def _r_run_sql(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["sql", "reverse_sql", "state_operations", "hints", "elidable"])
    state = b.get("state_operations")
    if state is not None and r.value(state, env) not in (None, [], ()):
        r.noop += 1  # the SQL realises the state operations, which are applied
        r.operations(state, env)
        return
    r.sql(c, b.get("sql"), env)


def _r_separate(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["database_operations", "state_operations"])
    db = r.value(b.get("database_operations"), env) if b.has("database_operations") else []
    if isinstance(db, (list, tuple)):
        r.noop += len(db)  # database side of the state change: see the module docstring
    if b.has("state_operations"):
        r.operations(b.get("state_operations"), env)


_OPS = {
    "CreateModel": _r_create_model,
    "DeleteModel": _r_model_op("delete_model", ["name"]),
    "RenameModel": _r_rename_model,
    "AlterModelTable": _r_model_op("alter_model_table", ["name", "table"], "table"),
    "AlterModelTableComment": _r_model_op("alter_model_table_comment", ["name", "table_comment"],
                                          "table_comment"),
    "AlterModelOptions": _r_alter_options,
    "AddField": _r_field_op("add_field"),
    "AlterField": _r_field_op("alter_field"),
    "RemoveField": _r_remove_field,
    "RenameField": _r_rename_field,
    "AddIndex": _r_add_key("index"),
    "AddIndexConcurrently": _r_add_key("index"),
    "AddConstraint": _r_add_key("constraint"),
    "AddConstraintNotValid": _r_add_key("constraint"),
    "RemoveIndex": _r_drop_key,
    "RemoveIndexConcurrently": _r_drop_key,
    "RemoveConstraint": _r_drop_key,
    "AlterUniqueTogether": _r_together("unique", "unique_together"),
    "AlterIndexTogether": _r_together("index", "index_together"),
    "AlterOrderWithRespectTo": _r_order_wrt,
    "RunSQL": _r_run_sql,
    "SeparateDatabaseAndState": _r_separate,
}


# --------------------------------------------------------------------------
# Model state and compilation: op records -> changes
# --------------------------------------------------------------------------


class _Model:
    __slots__ = ("name", "table", "explicit", "managed", "proxy", "fields", "together")

    def __init__(self, name: str, table: str, explicit: bool = False, managed: bool = True,
                 proxy: bool = False):
        self.name = name
        self.table = table
        self.explicit = explicit  # db_table set: renames keep the table
        self.managed = managed
        self.proxy = proxy
        self.fields: Dict[str, dict] = {}
        #: unique_together / index_together: kind -> list of field-name lists
        self.together: Dict[str, list] = {}

    @property
    def db_table(self) -> Optional[str]:
        """The table Django manages for this model, or None."""
        return None if self.proxy or not self.managed else self.table


class _State:
    """Django's model state, as far as tables and columns go."""

    def __init__(self):
        self.models: Dict[Tuple[str, str], _Model] = {}
        self.user_model: Optional[Tuple[str, str]] = None

    def get(self, app: str, model: str) -> _Model:
        """The model, or Django's defaults for one declared elsewhere."""
        key = (app, model.lower())
        m = self.models.get(key)
        if m is None:
            m = _Model(model, default_table(app, model))
            self.models[key] = m
        return m

    def target(self, to: Optional[str]) -> Optional[_Model]:
        if not to:
            return None
        if to.startswith("__setting__."):
            if self.user_model is None:
                return None
            return self.models.get(self.user_model)
        app, _, model = to.partition(".")
        return self.models.get((app, model))


def default_table(app: str, model: str) -> str:
    return f"{app}_{model.lower()}"


def column_name(spec: Optional[dict], name: str) -> Optional[str]:
    """The column Django gives field ``name``; None for many-to-many."""
    if spec is None:
        return name
    if spec.get("kind") == "m2m":
        return None
    if spec.get("db_column"):
        return spec["db_column"]
    return f"{name}_id" if spec.get("kind") == "fk" else name


class _Compiler:
    """Applies op records to a :class:`_State` and emits changes."""

    def __init__(self, state: _State, app: str, path: str):
        self.st = state
        self.app = app
        self.path = path
        self.out: List[object] = []

    def loc(self, rec: dict) -> Location:
        return Location(self.path, rec.get("line", 1), rec.get("col", 1))

    def note(self, text: str, rec: dict) -> None:
        self.out.append(Skipped(text, self.loc(rec)))

    def run(self, rec: dict) -> List[object]:
        self.out = []
        getattr(self, "_" + rec["op"])(rec)
        return self.out

    # -- columns ---------------------------------------------------------
    def coldef(self, name: str, spec: dict, loc: Location) -> ColumnDef:
        tname, family, params, raw = spec["type"]
        hints = dict(spec.get("hints") or {})
        ref = None
        if spec["kind"] == "fk":
            target = self.st.target(spec.get("to"))
            if target is not None:
                pk = _pk_spec(target, spec.get("to_field"))
                if pk is not None:  # the column has the type of the key it points to
                    tname, family, params = pk["type"][0], pk["type"][1], pk["type"][2]
                ref = ForeignKeyRef(TableRef(target.table),
                                    (spec["to_field"],) if spec.get("to_field") else ())
            else:  # declared outside the replayed files: Django's defaults
                tname, family, params = "integer", family_of("integer"), []
                to = spec.get("to") or ""
                if "." in to and not to.startswith("__setting__."):
                    ref = ForeignKeyRef(TableRef(default_table(*to.split(".", 1))),
                                        (spec["to_field"],) if spec.get("to_field") else ())
            raw = f"{spec['cls']}({spec.get('to') or '?'})"
        ctype = ColumnType(tname, family, tuple(params), raw)
        return ColumnDef(
            name=name, type=ctype, location=loc, nullable=spec["null"], primary_key=spec["pk"],
            unique=spec["unique"], default=spec.get("default"),  # a primary key is not a UNIQUE key
            comment=spec.get("comment"), references=ref, encryption=spec.get("encryption"),
            hints=hints,
        )

    def m2m_note(self, model: _Model, name: str, rec: dict) -> None:
        self.note(f"ManyToManyField {model.name}.{name}: no column on {model.table}; its join "
                  f"table is not modelled", rec)

    def columns(self, model: _Model, fields) -> Tuple[str, ...]:
        """Column names of model fields (many-to-many fields have none)."""
        cols = (column_name(model.fields.get(f.lower()), f) for f in fields)
        return tuple(c for c in cols if c)

    def keys(self, model: _Model, keys: list, loc: Location) -> List[Constraint]:
        """Constraints for ``[kind, [fields], name]`` records."""
        out = []
        for kind, fields, *name in keys:
            cols = self.columns(model, fields)
            if cols:
                out.append(Constraint(kind, cols, loc, name[0] if name else None))
        return out

    # -- model operations ------------------------------------------------
    def _create_model(self, rec: dict) -> None:
        opts = rec.get("options") or {}
        name = rec["model"]
        table = opts.get("db_table") or default_table(self.app, name)
        m = _Model(name, table, explicit=bool(opts.get("db_table")),
                   managed=opts.get("managed", True), proxy=opts.get("proxy", False))
        if opts.get("abstract"):
            return
        self.st.models[(self.app, name.lower())] = m
        loc = self.loc(rec)
        columns, constraints, m2m = [], [], []
        for fname, spec in rec["fields"]:
            m.fields[fname.lower()] = spec
            col = column_name(spec, fname)
            if col is None:
                m2m.append(fname)
                continue
            cd = self.coldef(col, spec, Location(self.path, spec.get("line", loc.line),
                                                 spec.get("col", loc.col)))
            columns.append(cd)
            if spec.get("index") and not (spec.get("unique") or spec.get("pk")):
                constraints.append(Constraint("index", (col,), cd.location))
        if m.proxy:
            return
        swapped = self.swapped(opts.get("swappable"), name)
        if swapped:
            m.managed = False
            self.note(f"model {self.app}.{name} is swappable ({opts['swappable']}) and swapped "
                      f"for {swapped} here: Django creates no table for it", rec)
            return
        if not m.managed:
            self.note(f"model {name} is unmanaged (managed=False): Django does not create its "
                      f"table {table}; its fields are not replayed", rec)
            return
        constraints += self.keys(m, opts.get("keys") or [], loc)
        for kind, sets in (opts.get("together") or {}).items():
            m.together[kind] = [list(x) for x in sets]
            constraints += [Constraint(kind, self.columns(m, x), loc) for x in sets
                            if self.columns(m, x)]
        self.out.append(CreateTable(TableRef(table), tuple(columns), loc,
                                    comment=opts.get("db_table_comment"),
                                    constraints=tuple(constraints)))
        for fname in m2m:
            self.m2m_note(m, fname, rec)

    def swapped(self, setting: Optional[str], name: str) -> Optional[str]:
        """``app.model`` that replaces a swappable model, or None."""
        user = self.st.user_model
        if setting != "AUTH_USER_MODEL" or user is None or user == (self.app, name.lower()):
            return None
        return f"{user[0]}.{user[1]}"

    def sharers(self, m: _Model) -> List[_Model]:
        """Other models whose table is this model's table (a model moved
        between apps by state operations keeps its table)."""
        table = (m.db_table or "").lower()
        return [o for o in self.st.models.values()
                if o is not m and table and (o.db_table or "").lower() == table]

    def _delete_model(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        self.st.models.pop((self.app, rec["model"].lower()), None)
        if m.db_table and not self.sharers(m):
            self.out.append(DropTable(TableRef(m.db_table), self.loc(rec)))

    def _rename_model(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        self.st.models.pop((self.app, rec["model"].lower()), None)
        self.st.models[(self.app, rec["new"].lower())] = m
        m.name = rec["new"]
        if m.explicit:
            return  # db_table is kept
        new = default_table(self.app, rec["new"])
        old, m.table = m.table, new
        if m.db_table and old != new:
            self.out.append(RenameTable(TableRef(old), TableRef(new), self.loc(rec)))

    def _alter_model_table(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        new = rec.get("value") or default_table(self.app, m.name)
        old, m.table, m.explicit = m.table, new, bool(rec.get("value"))
        if m.db_table and old != new:
            self.out.append(RenameTable(TableRef(old), TableRef(new), self.loc(rec)))

    def _alter_model_table_comment(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            self.out.append(SetComment(TableRef(m.db_table), None, rec.get("value"), self.loc(rec)))

    def _alter_model_options(self, rec: dict) -> None:
        self.st.get(self.app, rec["model"]).managed = rec["managed"]

    # -- field operations ------------------------------------------------
    def _add_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        name, spec = rec["name"], rec["field"]
        m.fields[name.lower()] = spec
        col = column_name(spec, name)
        if col is None:
            self.m2m_note(m, name, rec)
            return
        if not m.db_table:
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        self.out.append(AddColumn(table, self.coldef(col, spec, loc), loc))
        if spec.get("index") and not (spec.get("unique") or spec.get("pk")):
            self.out.append(AddConstraint(table, Constraint("index", (col,), loc)))

    def _remove_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        spec = m.fields.pop(rec["name"].lower(), None)
        col = column_name(spec, rec["name"])
        if col is None or not m.db_table:
            return
        if any(col.lower() in {(column_name(s, f) or "").lower() for f, s in o.fields.items()}
               for o in self.sharers(m)):
            return  # the column belongs to the model that now owns the table
        self.out.append(DropColumn(TableRef(m.db_table), col, self.loc(rec)))

    def _alter_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        name, spec = rec["name"], rec["field"]
        old = m.fields.get(name.lower())
        m.fields[name.lower()] = spec
        new_col = column_name(spec, name)
        old_col = column_name(old, name) if old is not None else new_col
        if not m.db_table or (new_col is None and old_col is None):
            return
        if new_col is None or old_col is None:
            self.note(f"AlterField {m.name}.{name} changes between a column and a many-to-many "
                      f"relation: not followed", rec)
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        if old_col != new_col:
            self.out.append(RenameColumn(table, old_col, new_col, loc))
        comment = spec.get("comment")
        if comment is None:
            comment = None if old is not None and old.get("comment") else UNSET
        cd = self.coldef(new_col, spec, loc)
        self.out.append(AlterColumn(table, new_col, loc, type=cd.type, nullable=cd.nullable,
                                    comment=comment, encryption=cd.encryption, hints=cd.hints))
        for kind, flag in (("unique", "unique"), ("index", "index"), ("primary", "pk")):
            if spec.get(flag) and not (old and old.get(flag)) and \
                    not (kind == "index" and (spec.get("unique") or spec.get("pk"))):
                self.out.append(AddConstraint(table, Constraint(kind, (new_col,), loc)))

    def _rename_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        spec = m.fields.pop(rec["old"].lower(), None)
        if spec is not None:
            m.fields[rec["new"].lower()] = spec
        old_col, new_col = column_name(spec, rec["old"]), column_name(spec, rec["new"])
        if m.db_table and old_col and new_col and old_col != new_col:
            self.out.append(RenameColumn(TableRef(m.db_table), old_col, new_col, self.loc(rec)))

    def _add_key(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            table = TableRef(m.db_table)
            for con in self.keys(m, rec["keys"], self.loc(rec)):
                self.out.append(AddConstraint(table, con))

    def _drop_key(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            self.out.append(DropConstraint(TableRef(m.db_table), self.loc(rec), name=rec["name"]))

    def _together(self, rec: dict) -> None:
        """The new set of ``*_together`` keys replaces the old one."""
        m = self.st.get(self.app, rec["model"])
        kind, loc = rec["kind"], self.loc(rec)
        old = [tuple(x) for x in m.together.get(kind, [])]
        new = [tuple(x) for x in rec["sets"]]
        m.together[kind] = [list(x) for x in new]
        if not m.db_table:
            return
        table = TableRef(m.db_table)
        for fields in old:
            if fields not in new and self.columns(m, fields):
                self.out.append(DropConstraint(table, loc, kind=kind, columns=self.columns(m, fields)))
        for fields in new:
            if fields not in old and self.columns(m, fields):
                self.out.append(AddConstraint(table, Constraint(kind, self.columns(m, fields), loc)))

    def _order_wrt(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if not m.db_table:
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        if rec["on"]:
            spec = {"type": ["integer", "integer", [], "IntegerField"], "kind": "column",
                    "null": False, "pk": False, "unique": False, "hints": {"field_class": "IntegerField"}}
            m.fields["_order"] = spec
            self.out.append(AddColumn(table, self.coldef("_order", spec, loc), loc))
        elif m.fields.pop("_order", None) is not None:
            self.out.append(DropColumn(table, "_order", loc))


def _pk_spec(model: _Model, to_field: Optional[str]) -> Optional[dict]:
    if to_field:
        return model.fields.get(to_field.lower())
    return next((s for s in model.fields.values() if s.get("pk")), None)


def _compile_items(items: list, state: _State, app: str, path: str):
    """Changes for a file's items and the JSON entries that let
    :func:`order` re-derive them: ``{op record, "n": count}`` or
    ``{"keep": count}``."""
    comp = _Compiler(state, app, path)
    changes: List[object] = []
    entries: List[dict] = []
    for item in items:
        if isinstance(item, tuple):
            changes.extend(item[1])
            entries.append({"keep": len(item[1])})
        else:
            out = comp.run(item)
            changes.extend(out)
            entries.append(dict(item, n=len(out)))
    return changes, entries


def _recompile(r: FileResult, state: _State) -> FileResult:
    """Re-derive a file's changes from its op records with the history's
    model state (see the module docstring).

    Changes another stage inserted after parsing (source-comment
    annotations, :class:`Annotate`, placed right after the change they
    target) stay after the operation they followed, re-targeted to the
    names the operation has now."""
    entries = r.meta.get("ops")
    if not entries:
        return r
    comp = _Compiler(state, r.meta.get("app_label") or "", r.path)
    old = list(r.changes)
    out: List[object] = []
    i = 0
    for e in entries:
        own: List[object] = []
        foreign: List[object] = []
        count = e["keep"] if "keep" in e else e.get("n", 0)
        while i < len(old) and (len(own) < count or isinstance(old[i], Annotate)):
            (foreign if isinstance(old[i], Annotate) else own).append(old[i])
            i += 1
        if "keep" in e:
            out.extend(own)
            out.extend(foreign)
        else:
            new = comp.run(e)
            out.extend(new)
            out.extend(_retarget(foreign, own, new))
    out.extend(old[i:])
    return replace(r, changes=tuple(out))


def _retarget(foreign: List[object], old: List[object], new: List[object]) -> List[object]:
    """Point annotations that targeted ``old`` changes at the same tables
    and columns under their ``new`` names (the lists correspond one to
    one: the same operation compiled with more knowledge)."""
    if not foreign:
        return []
    tables: Dict[str, TableRef] = {}
    columns: Dict[Tuple[str, str], str] = {}
    for o, n in zip(old, new):
        ot, nt = _table_of(o), _table_of(n)
        if ot is None or nt is None:
            continue
        tables[ot.key] = nt
        for oc, nc in zip(_columns_of(o), _columns_of(n)):
            columns[(ot.key, oc.lower())] = nc
    out = []
    for a in foreign:
        if isinstance(a, Annotate) and a.table.key in tables:
            col = columns.get((a.table.key, a.column.lower()), a.column) if a.column else None
            a = replace(a, table=tables[a.table.key], column=col)
        out.append(a)
    return out


def _table_of(change) -> Optional[TableRef]:
    if isinstance(change, RenameTable):
        return change.old
    return getattr(change, "table", None)


def _columns_of(change) -> List[str]:
    if isinstance(change, CreateTable):
        return [c.name for c in change.columns]
    if isinstance(change, AddColumn):
        return [change.column.name]
    if isinstance(change, (AlterColumn, DropColumn)):
        return [change.column]
    return []


# --------------------------------------------------------------------------
# Order: the dependency graph
# --------------------------------------------------------------------------


def order(results: List[FileResult]) -> List[FileResult]:
    """Order one project's migrations by their dependencies and re-derive
    their changes with the model state of the whole history (see the
    module docstring)."""
    notes: Dict[str, List[Skipped]] = {}

    def note(r: FileResult, text: str, kind: str = "unsupported") -> None:
        notes.setdefault(r.path, []).append(Skipped(text, Location(r.path, 1, 1), kind))

    nodes: Dict[Tuple[str, str], FileResult] = {}
    others: List[FileResult] = []
    for r in sorted(results, key=lambda r: r.path):
        app, name = r.meta.get("app_label"), r.meta.get("name")
        if not name or not app:
            others.append(r)
        elif (app, name) in nodes:
            note(r, f"migration {app}.{name} is also at {nodes[(app, name)].path}: this file is "
                    f"ordered after the other files")
            others.append(r)
        else:
            nodes[(app, name)] = r

    # squashed migrations (Django's rule for a new database: use the squash)
    alias: Dict[Tuple[str, str], Tuple[str, str]] = {}
    replaced: Dict[Tuple[str, str], Tuple[str, str]] = {}
    for key, r in nodes.items():
        for pair in r.meta.get("replaces") or ():
            alias[tuple(pair)] = key
            if tuple(pair) in nodes and tuple(pair) != key:
                replaced[tuple(pair)] = key
    for key, squash in replaced.items():
        nodes[key] = _replaced(nodes[key], squash)
    graph_nodes = {k: r for k, r in nodes.items() if k not in replaced}

    user_apps = _user_model_apps(graph_nodes)
    by_app: Dict[str, List[str]] = {}
    for app, name in graph_nodes:
        by_app.setdefault(app, []).append(name)

    parents: Dict[Tuple[str, str], Set[Tuple[str, str]]] = {k: set() for k in graph_nodes}
    for key, r in graph_nodes.items():
        for dep in r.meta.get("dependencies") or ():
            target = _resolve_dep(tuple(dep), key, graph_nodes, alias, by_app, user_apps,
                                  lambda text, r=r: note(r, text))
            if target is not None and target != key:
                parents[key].add(target)
        for dep in r.meta.get("run_before") or ():
            dep = alias.get(tuple(dep), tuple(dep))
            if dep in parents:
                parents[dep].add(key)
    _first_last(parents, graph_nodes, by_app)

    def sort_key(k):
        return (k[0], natural_key(k[1]))

    ordered = pyast.toposort(parents, sort_key, lambda k: note(
        graph_nodes[k], f"migration {k[0]}.{k[1]} is part of a dependency cycle: it was ordered "
                        f"before some of its dependencies"))
    state = _State()
    if len(user_apps) == 1:
        state.user_model = (user_apps[0], "user")
    out = [_recompile(graph_nodes[k], state) for k in ordered]
    out += [nodes[k] for k in sorted(replaced, key=sort_key)] + others
    return [replace(r, changes=tuple(r.changes) + tuple(notes[r.path])) if r.path in notes else r
            for r in out]


def _replaced(r: FileResult, squash: Tuple[str, str]) -> FileResult:
    """A migration a present squash replaces: not applied (Django uses the
    squash on a new database).  Its parse failures are kept: the file is
    still an input that could not be read."""
    kept = tuple(c for c in r.changes if isinstance(c, ParseFailure))
    text = (f"replaced by the squashed migration {squash[0]}.{squash[1]}: not applied on a "
            f"new database")
    return replace(r, changes=kept + (Skipped(text, Location(r.path, 1, 1), "noop"),))


def _user_model_apps(nodes: Dict[Tuple[str, str], FileResult]) -> List[str]:
    """Apps that create a model named ``User``: the likely targets of
    ``settings.AUTH_USER_MODEL``.  A project's own ``User`` wins over the
    swappable default (``options={"swappable": "AUTH_USER_MODEL"}``, e.g. a
    copy of ``django.contrib.auth``'s migrations)."""
    own, default = set(), set()
    for (app, _), r in nodes.items():
        for e in r.meta.get("ops") or ():
            if e.get("op") == "create_model" and str(e.get("model", "")).lower() == "user":
                swappable = (e.get("options") or {}).get("swappable")
                (default if swappable == "AUTH_USER_MODEL" else own).add(app)
    return sorted(own or default)


def _resolve_dep(dep, key, nodes, alias, by_app, user_apps, note):
    """The node a dependency names; None (with a note when it matters)."""
    if len(dep) != 2:
        return None
    app, name = dep
    if app == "__setting__":
        if len(user_apps) == 1:
            return (user_apps[0], "__first__")
        note(f"depends on the swappable model settings.{name}, which cannot be resolved "
             f"statically ({'no' if not user_apps else 'several'} app(s) here create a User "
             f"model): dependency ignored")
        return None
    if name in ("__first__", "__latest__"):
        return (app, name) if app in by_app else None
    target = alias.get((app, name), (app, name))
    if target in nodes:
        return target
    if app in by_app:
        note(f"depends on {app}.{name}, which is not among the migrations here: ignored")
    return None  # another project's app (contenttypes, auth...): outside this history


def _first_last(parents, nodes, by_app) -> None:
    """Replace ``(app, "__first__")`` / ``(app, "__latest__")`` parents by
    the app's root / leaf migration."""
    def root(app):
        names = sorted(by_app[app], key=_natural)
        roots = [n for n in names if not any(p[0] == app for p in parents[(app, n)])]
        return (app, (roots or names)[0])

    def leaf(app):
        names = sorted(by_app[app], key=_natural)
        has_child = {p for k, ps in parents.items() if k[0] == app for p in ps if p[0] == app}
        leaves = [n for n in names if (app, n) not in has_child]
        return (app, (leaves or names)[-1])

    for key, ps in parents.items():
        special = {p for p in ps if p[1] in ("__first__", "__latest__")}
        for p in special:
            ps.discard(p)
            target = root(p[0]) if p[1] == "__first__" else leaf(p[0])
            if target != key:
                ps.add(target)


def _natural(name: str):
    return natural_key(name)
