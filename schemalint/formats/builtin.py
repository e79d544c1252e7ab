"""The built-in formats' specs (registered as entry points in
``pyproject.toml``, like any plugin's).

Each spec declares how its files are recognised, which history a file
belongs to and how histories join; the frontend module that reads the
files is named, not imported.  Everything here is cheap: regular
expressions compile on first use, and the joins import the model only
when they run.
"""

from __future__ import annotations

import os
import re
from typing import Dict, List, Optional, Tuple

from .. import lazyre
from ..sources import natural_key
from . import FrontendSpec, HistoryDirs, join_dependents, same_directory

# --------------------------------------------------------------------------
# The frontend modules, imported when a file of their format is read
# --------------------------------------------------------------------------


def _sql():
    from ..frontends import sql
    return sql


def _alembic():
    from ..frontends import alembic
    return alembic


def _django():
    from ..frontends import django
    return django


def _laravel():
    from ..frontends import laravel
    return laravel


def _rails():
    from ..frontends import rails
    return rails


def _prisma():
    from ..frontends import prisma
    return prisma


def _liquibase():
    from ..frontends import liquibase
    return liquibase


# --------------------------------------------------------------------------
# SQL: migration file names and histories
# --------------------------------------------------------------------------

_VERSION_DIR_RE = lazyre.compile(r"^(?:v?\d[\d_.]*\w*|\d{8,}.*)$", re.I)
_FLYWAY_RE = lazyre.compile(r"^(?P<kind>[VUR])(?P<ver>[\d._]*)__", re.I)
_VERSIONED_RE = lazyre.compile(r"^(?:[VUR]\d[\d._]*__|\d+[._\-]|\d{4,})", re.I)


def sql_order_key(path: str) -> Tuple:
    """Order SQL migrations as their tools do: Flyway ``V1_2__x.sql`` by
    version (repeatable ``R__`` after all versioned), golang-migrate and
    numbered prefixes by number, per-migration directories by directory
    name; otherwise natural path order."""
    parts = path.split("/")
    name = parts[-1]
    if name.lower() in ("migration.sql", "up.sql") and len(parts) >= 2:
        name = parts[-2]
    m = _FLYWAY_RE.match(name)
    if m:
        ver = tuple(int(x) for x in re.split(r"[._]", m.group("ver")) if x.isdigit())
        rank = 2 if m.group("kind").upper() == "R" else 1
        return (rank, ver, natural_key(name))
    return (0, (), natural_key("/".join(parts[:-1]) + "/" + name))


def is_versioned_sql(name: str) -> bool:
    """Does a SQL file name carry a migration order (Flyway ``V2__``,
    golang-migrate ``0002_``, a timestamp)?  Such files form one history
    per directory; unversioned files are standalone schemas."""
    return bool(_VERSIONED_RE.match(name))


def is_down_migration(path: str) -> bool:
    name = path.rsplit("/", 1)[-1].lower()
    return name.endswith((".down.sql", "_down.sql")) or name == "down.sql" or name.startswith("u") and bool(
        re.match(r"^u\d[\d._]*__", name))


def _sql_history(path: str) -> str:
    parts = path.split("/")
    parent = "/".join(parts[:-1]) or "."
    # Prisma / per-migration directories: migrations/<timestamp>_name/migration.sql
    if len(parts) >= 3 and _VERSION_DIR_RE.match(parts[-2]):
        return f"sql:{'/'.join(parts[:-2]) or '.'}"
    if is_versioned_sql(parts[-1]):
        return f"sql:{parent}"
    # a standalone schema file (schema.sql, a dump) is its own history; a
    # file that only alters its tables joins it (_join_alter_only)
    return f"sql-file:{path}"


#: where migrations live beside a snapshot (``db/schema.rb`` and ``db/migrate``)
_MIGRATION_DIRS = ("migrate", "migrations", "migration", "versions", "changelog", "changelogs", "db")


def _snapshot_dirs(abspath: str, key: str) -> HistoryDirs:
    """A named snapshot's history: the files beside it (which may alter
    it) and the migration directories below its directory (which it may be
    a snapshot of), not the whole tree: a pre-commit run on a staged dump
    stays quick."""
    d = os.path.dirname(abspath)
    out: HistoryDirs = [(d, False)]
    try:
        subs = sorted(os.listdir(d))
    except OSError:
        return out
    return out + [(os.path.join(d, sub), True) for sub in subs
                  if sub.lower() in _MIGRATION_DIRS and os.path.isdir(os.path.join(d, sub))]


def _any_sibling(named: str, other: str) -> bool:
    return True


def _sql_history_dirs(abspath: str, key: str) -> HistoryDirs:
    if key.startswith("sql-file:"):
        return _snapshot_dirs(abspath, key)
    return same_directory(abspath, key)


def _sql_order(key: str, results: list) -> list:
    if key.startswith("sql-file:"):  # a standalone file, then what joined it, in join order
        return results
    return sorted(results, key=lambda r: sql_order_key(r.path))


def _sql_prepare(files: list, options) -> None:
    """One dialect per SQL migration directory, sniffed over all its files
    (a short migration alone often carries no marker); ``--dialect`` and
    configuration globs still win, in the frontend."""
    if getattr(options, "dialect", None) or len(files) < 2 or not files[0].history.startswith("sql:"):
        return
    texts = [sf.text for sf in files if sf.text]
    if not texts:
        return
    from ..frontends.sql import history_dialect

    hint = history_dialect(texts)
    for sf in files:
        sf.dialect_hint = hint


def _join_alter_only(groups: Dict[str, list]) -> None:
    """A standalone SQL file that creates no table but keys, comments or
    alters tables another standalone file of its directory creates (a
    ``keys.sql`` beside a ``tables.sql``) is replayed after that file."""
    from ..model import AddColumn, AddConstraint, AlterColumn, CreateTable, SetComment

    by_dir: Dict[str, List[str]] = {}
    for key in groups:
        if key.startswith("sql-file:"):
            by_dir.setdefault(key.rsplit("/", 1)[0], []).append(key)
    for keys in by_dir.values():
        if len(keys) < 2:
            continue
        creators: Dict[str, str] = {}
        for k in sorted(keys):
            for r in groups[k]:
                for ch in r.changes:
                    if isinstance(ch, CreateTable):
                        creators.setdefault(ch.table.name.lower(), k)
        for k in sorted(keys):
            changes = [ch for r in groups[k] for ch in r.changes]
            if any(isinstance(ch, CreateTable) for ch in changes):
                continue
            refs = {ch.table.name.lower() for ch in changes
                    if isinstance(ch, (AddConstraint, AddColumn, AlterColumn, SetComment))}
            targets = sorted({creators[t] for t in refs if t in creators})
            if targets:
                groups[targets[0]].extend(groups.pop(k))


def _sql_siblings(named: str, other: str) -> bool:
    """A standalone SQL file (a snapshot) may join files that alter it, and
    pair with the migrations it is a snapshot of."""
    return named.startswith("sql-file:")


SQL = FrontendSpec(
    format="sql", load=_sql, suffixes=(".sql", ".ddl"), label="SQL",
    history=_sql_history, history_dirs=_sql_history_dirs, extra_kinds=("sql-file",),
    joins=(_join_alter_only,), prepare=_sql_prepare, order=_sql_order, may_join=_sql_siblings,
    snapshot=lambda key: key.startswith("sql-file:"),
)

# --------------------------------------------------------------------------
# Python: Alembic and Django
# --------------------------------------------------------------------------

_ALEMBIC_RE = lazyre.compile(
    r"^\s*(?:from\s+alembic\s+import\b|import\s+alembic\b)|^\s*down_revision\s*[:=]", re.M
)
_DJANGO_RE = lazyre.compile(r"class\s+\w+\s*\(\s*(?:migrations\.)?Migration\s*\)")
_DJANGO_IMPORT_RE = lazyre.compile(r"^\s*from\s+django\.db\s+import\b[^\n]*\bmigrations\b", re.M)


def _alembic_sniff(path: str, head: str) -> Optional[str]:
    if _ALEMBIC_RE.search(head):
        return "imports alembic / declares down_revision"
    return None


def _django_sniff(path: str, head: str) -> Optional[str]:
    if _DJANGO_RE.search(head) or (_DJANGO_IMPORT_RE.search(head) and "/migrations/" in path.lower()):
        return "declares class Migration(migrations.Migration)"
    return None


def _django_history(path: str) -> str:
    # <project>/<app>/migrations/0001_x.py: one history per project
    parts = path.split("/")
    if len(parts) >= 3 and parts[-2] == "migrations":
        return f"django:{'/'.join(parts[:-3]) or '.'}"
    return f"django:{'/'.join(parts[:-1]) or '.'}"


def _django_history_dirs(abspath: str, key: str) -> HistoryDirs:
    return [(os.path.dirname(os.path.dirname(os.path.dirname(abspath))), True)]


ALEMBIC = FrontendSpec(
    format="alembic", load=_alembic, suffixes=(".py",), sniff=_alembic_sniff,
    rank=10, label="Alembic", kind="Python file",
)

DJANGO = FrontendSpec(
    format="django", load=_django, suffixes=(".py",), sniff=_django_sniff,
    rank=20, label="Django migration", kind="Python file",
    history=_django_history, history_dirs=_django_history_dirs,
)

# --------------------------------------------------------------------------
# PHP: Laravel migrations (and OpenSID's CodeIgniter ones), Eloquent models
# --------------------------------------------------------------------------

_LARAVEL_RE = lazyre.compile(
    r"\bSchema::|\bBlueprint\b|\$table->|DB::statement|DB::unprepared"
    # CodeIgniter migrations that embed Laravel-style builders (OpenSID)
    r"|\$this->dbforge->|\$this->db->query\s*\(|->tambah(?:ForeignKey|Indeks)\s*\("
)
_LARAVEL_MODEL_RE = lazyre.compile(r"\$casts\b|function\s+casts\s*\(|\$encryptable\b")


def _laravel_sniff(path: str, head: str) -> Optional[str]:
    return "uses Laravel's Schema builder" if _LARAVEL_RE.search(head) else None


def _laravel_model_sniff(path: str, head: str) -> Optional[str]:
    return "Eloquent model with $casts (encryption evidence)" if _LARAVEL_MODEL_RE.search(head) else None


def _laravel_history(path: str) -> str:
    parts = path.split("/")
    if len(parts) >= 3 and parts[-2] == "struktur_tabel":
        # OpenSID: base structure in migrations/struktur_tabel/, later
        # CodeIgniter migrations beside it: one history
        return f"laravel:{'/'.join(parts[:-2])}"
    return f"laravel:{'/'.join(parts[:-1]) or '.'}"


def _project_root(path: str) -> str:
    """A model file's project: the directory above its ``app``/``src``."""
    parts = path.split("/")
    for marker in ("app", "src"):
        if marker in parts[:-1]:
            i = len(parts) - 2 - parts[:-1][::-1].index(marker)
            return "/".join(parts[:i]) or "."
    return "/".join(parts[:-1]) or "."


def _no_dirs(abspath: str, key: str) -> HistoryDirs:
    return []


LARAVEL = FrontendSpec(
    format="laravel", load=_laravel, suffixes=(".php",), sniff=_laravel_sniff,
    rank=10, label="Laravel schema builder call", kind="PHP file", history=_laravel_history,
    # Laravel runs the migrations of every registered path (packages
    # included) as one sequence, ordered by file name
    joins=(join_dependents("laravel"),),
)

LARAVEL_MODEL = FrontendSpec(
    format="laravel-model", load=_laravel, suffixes=(".php",),
    sniff=_laravel_model_sniff, rank=20, label="model casts", kind="PHP file",
    history=lambda path: f"laravel-model:{_project_root(path)}", history_dirs=_no_dirs,
    evidence_for="laravel",
)

# --------------------------------------------------------------------------
# Ruby: Rails migrations and schema.rb, ActiveRecord models
# --------------------------------------------------------------------------

_RAILS_MIGRATION_RE = lazyre.compile(r"ActiveRecord::(?:Migration|Schema)\b")
_RAILS_MODEL_RE = lazyre.compile(r"^\s*(?:encrypts|has_encrypted|attr_encrypted|blind_index)\b", re.M)


def _rails_sniff(path: str, head: str) -> Optional[str]:
    return "ActiveRecord migration or schema" if _RAILS_MIGRATION_RE.search(head) else None


def _rails_model_sniff(path: str, head: str) -> Optional[str]:
    return "ActiveRecord model declaring encrypted attributes" if _RAILS_MODEL_RE.search(head) else None


def _rails_history(path: str) -> str:
    if path.rsplit("/", 1)[-1].endswith("schema.rb"):  # db/schema.rb, db/<name>_schema.rb: a snapshot
        return f"rails-schema:{path}"
    return f"rails:{path.rsplit('/', 1)[0] if '/' in path else '.'}"


def _rails_history_dirs(abspath: str, key: str) -> HistoryDirs:
    if key.startswith("rails-schema:"):
        return _snapshot_dirs(abspath, key)
    return same_directory(abspath, key)


RAILS = FrontendSpec(
    format="rails", load=_rails, suffixes=(".rb",), sniff=_rails_sniff, rank=10,
    label="ActiveRecord migration", kind="Ruby file", history=_rails_history,
    history_dirs=_rails_history_dirs, extra_kinds=("rails-schema",),
    snapshot=lambda key: key.startswith("rails-schema:"),
    may_join=lambda named, other: named.startswith("rails-schema:"),
    # engines' migrations are installed into the host app and run as one
    # sequence, by version
    joins=(join_dependents("rails"),),
)

RAILS_MODEL = FrontendSpec(
    format="rails-model", load=_rails, suffixes=(".rb",), sniff=_rails_model_sniff,
    rank=20, label="encrypted attributes", kind="Ruby file",
    history=lambda path: f"rails-model:{_project_root(path)}", history_dirs=_no_dirs, evidence_for="rails",
)

# --------------------------------------------------------------------------
# Prisma
# --------------------------------------------------------------------------

PRISMA = FrontendSpec(
    format="prisma", load=_prisma, suffixes=(".prisma",), label="Prisma",
    history=lambda path: f"prisma:{path}", history_dirs=_snapshot_dirs, snapshot=lambda key: True,
    may_join=_any_sibling,
)

# --------------------------------------------------------------------------
# Liquibase changelogs
# --------------------------------------------------------------------------

_LIQUIBASE_RE = lazyre.compile(r"databaseChangeLog")


def _liquibase_sniff(path: str, head: str) -> Optional[str]:
    return "Liquibase databaseChangeLog" if _LIQUIBASE_RE.search(head) else None


def _join_liquibase_includes(groups: Dict[str, list]) -> None:
    """Changelogs included by a master in another directory replay in the
    master's history (the frontend's ``order`` places them)."""
    keys = [k for k in groups if k.startswith("liquibase:")]
    if len(keys) < 2:
        return
    owner = {r.path: k for k in keys for r in groups[k]}
    changed = True
    while changed:
        changed = False
        for k in list(groups):
            if not k.startswith("liquibase:") or k not in groups:
                continue
            for r in groups[k]:
                for inc in r.meta.get("includes", ()) or ():
                    resolved = str(inc.get("resolved") or "").rstrip("/")
                    name = str(inc.get("file") or "").lstrip("./").rstrip("/")
                    for path, other in list(owner.items()):
                        if other == k or other not in groups:
                            continue
                        hit = (path == resolved or (resolved and path.startswith(resolved + "/"))
                               or (name and (path.endswith("/" + name) or ("/" + name + "/") in "/" + path)))
                        if hit:
                            for moved in groups.pop(other):
                                owner[moved.path] = k
                                groups[k].append(moved)
                            changed = True


LIQUIBASE = FrontendSpec(
    format="liquibase", load=_liquibase, suffixes=(".xml", ".yaml", ".yml", ".json"),
    sniff=_liquibase_sniff, label="Liquibase changelog", joins=(_join_liquibase_includes,),
)
