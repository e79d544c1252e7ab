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
``<field>_id`` for ``ForeignKey``/``OneToOneField`` (and for a project's own
field class that the migration gives ``to=`` and ``on_delete=``, as it does
every relation) or the field name.  A
``ManyToManyField`` has no column on its model; without a ``through`` model
Django creates its join table ``<table>_<field>`` (or the field's
``db_table``) with ``id``, ``<model>_id`` and ``<target>_id``
(``from_<model>_id``/``to_<model>_id`` to itself), and so does the replay:
created with the field, renamed with its model's table (and its key with
the model), dropped with the field or the model.  An explicit ``through``
model is a model like any other.  Django's truncation of names longer than
the backend's limit is not applied.

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
the SQL frontend, located in this file), ``SeparateDatabaseAndState`` and
``RunPython`` (below).
A model that is swappable (``options={"swappable": "AUTH_USER_MODEL"}``,
e.g. a copy of ``django.contrib.auth``) creates no table when the history
has its own user model (see ordering below).

A model moved between apps by state operations keeps its table: while
another model of the state uses the same table, deleting the old model or
removing its fields does not drop that table or those columns.

``SeparateDatabaseAndState`` and ``RunSQL(state_operations=...)``, as
Django runs them: the *database* operations (and RunSQL's SQL) change the
database, computed on a copy of the model state taken before the
operation (the copy is then dropped); the *state* operations change only
the state, which every later migration is written against (``AddField`` to
a model created in a state operation).  The replay models the database:
a state-only ``RemoveField``/``DeleteModel``/rename leaves the column or
table where it is; a state-only ``CreateModel``/``AddField`` names a table
or column the database has (made by the database side, an app outside
this history, or a model moved between apps): it is added only if the
replay lacks it (``IF NOT EXISTS``) and the state's description of its
columns (field class, hints, type) is applied to what is there, never
replacing or removing a column.  A database-side rename of a model's
table to a table the state already gave another model (the moved model's
state-only ``CreateModel`` replayed first) merges the two.

The migration is what the module binds to ``Migration`` (see
:mod:`.module`): a class deriving from ``migrations.Migration`` directly or
through classes of the module; ``operations.append``/``extend`` in the
class body are followed; ``Migration`` built by code or imported, and code
at import time that changes what Django reads, are ``unfollowed`` notes
(PARSE001 warnings).  The operation class of a call is followed through
``getattr(migrations, "AddField")``, names bound to it and import aliases;
chosen at run time, it is an ``unfollowed`` note, and so are operations
made by calling a function (``[add_nik()]``, ``operations = make_ops()``).
A capitalised class this frontend does not know (a project's own
operation) is a located note.

``RunPython`` code of the module is read for what it does through the
schema editor and raw SQL (see :mod:`.runpython`): literal SQL is replayed
as ``RunSQL``'s is, schema changes it cannot follow are ``unfollowed``
notes; the rest of it, and operations this frontend does not know, are
located notes.

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
(and a ``ForeignKey`` to it) is resolved to the project's user model when
one model is it (:func:`_user_models`: built on ``AbstractBaseUser``, e.g.
justfix's ``users.JustfixUser``, else named ``User``), else noted.  Squashed migrations follow Django's rule for a
new database: the squash is applied and the migrations it ``replaces``
that are present are not (they keep a no-op note); dependencies on a
replaced migration point to the squash.

Modules: :mod:`.fields` (field classes and their types), :mod:`.module`
(what the module binds to ``Migration``, code run at import),
:mod:`.reader` (a migration's operations to records, a reader per
operation), :mod:`.runpython` (RunPython code), :mod:`.compiler` (the
model state across a history: records to changes).
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set, Tuple

from ...kinds import SkipKind
from ...model import FileResult, Location, ParseFailure, Skipped
from ...record import replace
from ...sources import natural_key
from .. import meta_of, pyast
from ..pyast import Source
from .compiler import _compile_items, _recompile, _State, column_name, default_table
from .fields import _FIELD_TYPES
from .module import body_env, functions_of, import_time_code, migration_class, operation_aliases
from .reader import AUTH_PASSWORD, _Reader

FORMAT = "django"

__all__ = ["AUTH_PASSWORD", "FORMAT", "_FIELD_TYPES", "app_and_name", "column_name", "default_table",
           "order", "parse"]


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
    reader = _Reader(src, options, app, body_env(tree.body, None))
    reader.embedded.declared = _declared_dialect(tree)
    reader.aliases = operation_aliases(tree)
    reader.functions = functions_of(tree.body)

    def unfollowed(reason: str, node) -> None:
        reader.note(reason, node, "unfollowed")

    cls, bases = migration_class(tree, unfollowed)
    meta: Dict[str, object] = {"app_label": app, "name": None}
    if cls is None:
        if not any(isinstance(c, Skipped) and c.kind == "unfollowed" for i in reader.items
                   if isinstance(i, tuple) for c in i[1]):
            reader.noop += 1  # a helper module inside migrations/: not a migration
        import_time_code(tree, [], reader.module_env, unfollowed)
    else:
        env = reader.module_env
        for base in reversed(bases):  # attribute lookup: the class, then its bases in order
            env = body_env(base.body, env)
        env = body_env(cls.body, env)
        reader.env = env
        reader.functions.update(functions_of(cls.body))
        import_time_code(tree, [cls, *bases], env, unfollowed)
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


# --------------------------------------------------------------------------
# Order: the dependency graph
# --------------------------------------------------------------------------


def _relabelled(results: List[FileResult]) -> List[FileResult]:
    """The app label each migrations folder really has.  A folder's name is
    its app's label unless the app's ``AppConfig`` says otherwise (pretix's
    ``base/migrations`` is ``pretixbase``): its own migrations then depend on
    each other under that label.  A folder is relabelled when at least two
    of its own migrations are named, under one label that no folder has, by
    its migrations' dependencies (``('pretixbase', '0001_initial')`` in
    ``base/migrations/0002_...py``)."""
    names: Dict[str, Set[str]] = {}
    for r in results:
        app, name = meta_of(r).get("app_label"), meta_of(r).get("name")
        if app and name:
            names.setdefault(app, set()).add(name)
    named: Dict[str, Dict[str, Set[str]]] = {}  # folder -> label -> its migrations named so
    for r in results:
        app = meta_of(r).get("app_label")
        for dep in meta_of(r).get("dependencies") or ():
            if not (isinstance(dep, (list, tuple)) and len(dep) == 2):
                continue
            label, target = dep
            if (app in names and isinstance(label, str) and label != app and label not in names
                    and target in names[app]):
                named.setdefault(app, {}).setdefault(label, set()).add(target)
    relabel = {}
    for app, labels in named.items():
        strong = [label for label, targets in labels.items() if len(targets) >= 2]
        if len(strong) == 1:
            relabel[app] = strong[0]
    if not relabel:
        return results
    return [replace(r, meta={**meta_of(r), "app_label": relabel[meta_of(r)["app_label"]]})
            if meta_of(r).get("app_label") in relabel else r for r in results]


def order(results: List[FileResult]) -> List[FileResult]:
    """Order one project's migrations by their dependencies and re-derive
    their changes with the model state of the whole history (see the
    module docstring)."""
    notes: Dict[str, List[Skipped]] = {}

    def note(r: FileResult, text: str, kind: SkipKind = "unsupported") -> None:
        notes.setdefault(r.path, []).append(Skipped(text, Location(r.path, 1, 1), kind))

    results = _relabelled(results)
    nodes: Dict[Tuple[str, str], FileResult] = {}
    others: List[FileResult] = []
    for r in sorted(results, key=lambda r: r.path):
        app, name = meta_of(r).get("app_label"), meta_of(r).get("name")
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
        for pair in meta_of(r).get("replaces") or ():
            alias[tuple(pair)] = key
            if tuple(pair) in nodes and tuple(pair) != key:
                replaced[tuple(pair)] = key
    for key, squash in replaced.items():
        nodes[key] = _replaced(nodes[key], squash)
    graph_nodes = {k: r for k, r in nodes.items() if k not in replaced}

    user_apps = _user_models(graph_nodes)
    by_app: Dict[str, List[str]] = {}
    for app, name in graph_nodes:
        by_app.setdefault(app, []).append(name)

    parents: Dict[Tuple[str, str], Set[Tuple[str, str]]] = {k: set() for k in graph_nodes}
    for key, r in graph_nodes.items():
        for dep in meta_of(r).get("dependencies") or ():
            target = _resolve_dep(tuple(dep), key, graph_nodes, alias, by_app, user_apps,
                                  lambda text, r=r: note(r, text))
            if target is not None and target != key:
                parents[key].add(target)
        for dep in meta_of(r).get("run_before") or ():
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
        state.user_model = user_apps[0]
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


def _user_models(nodes: Dict[Tuple[str, str], FileResult]) -> List[Tuple[str, str]]:
    """The models here that may be ``settings.AUTH_USER_MODEL`` (settings
    are not read), as (app, model in lower case): a model built on
    ``django.contrib.auth``'s ``AbstractBaseUser`` (its migration names the
    base or a user manager, or has ``password`` beside ``last_login``:
    ``reader._auth_user_password``), preferring one named like ``*user*``
    when there are several; else a model named ``User``.  A project's own
    model wins over the swappable default (``options={"swappable":
    "AUTH_USER_MODEL"}``, e.g. a copy of ``django.contrib.auth``'s
    migrations).  One is the target; none or several are noted."""
    auth: Set[Tuple[str, str]] = set()
    own: Set[Tuple[str, str]] = set()
    default: Set[Tuple[str, str]] = set()
    for (app, _), r in nodes.items():
        for e in meta_of(r).get("ops") or ():
            if e.get("op") != "create_model":
                continue
            model = str(e.get("model", "")).lower()
            options = e.get("options") or {}
            if any(options.get(k) is v for k, v in (("managed", False), ("proxy", True), ("abstract", True))):
                continue  # no table of its own (horilla's LegacyUser mirrors auth_user)
            fields = {str(f[0]).lower(): f[1] for f in e.get("fields") or () if isinstance(f, (list, tuple))
                      and len(f) == 2 and isinstance(f[1], dict)}
            pw = fields.get("password") or {}
            signature = "last_login" in fields and bool((pw.get("hints") or {}).get("credential_protection"))
            if options.get("swappable") == "AUTH_USER_MODEL":
                if model == "user" or signature:  # auth.User's own copy, or one written like it (horilla)
                    default.add((app, model))
                continue
            if model == "user":
                own.add((app, model))
            if signature:
                auth.add((app, model))
    named = {k for k in auth if "user" in k[1]}
    for found in (auth, named, own, default):
        if len(found) == 1:
            return sorted(found)
    return sorted(auth or own or default)


def _resolve_dep(dep, key, nodes, alias, by_app, user_apps, note):
    """The node a dependency names; None (with a note when it matters)."""
    if len(dep) != 2:
        return None
    app, name = dep
    if app == "__setting__":
        if len(user_apps) == 1:
            return (user_apps[0][0], "__first__")
        found = ("no model here is named User or built on AbstractBaseUser" if not user_apps else
                 "several models here may be the user model: " + ", ".join(".".join(m) for m in user_apps))
        note(f"depends on the swappable model settings.{name}, which cannot be resolved "
             f"statically (settings are not read, and {found}): dependency ignored")
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
