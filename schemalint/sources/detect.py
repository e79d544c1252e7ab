"""Decide each file's format from its path and a sniff of its content.

Detection is cheap (no frontend is imported) and explainable: it returns
the format and the evidence, or None and the reason the file is not an
input.  Config globs (``[tool.schemalint] formats = {"db/*.sql" = "sql"}``)
override it.
"""

from __future__ import annotations

import re
from typing import Optional, Tuple

from .. import lazyre

#: File endings that may hold schema or migration text.  In a directory
#: walk, other files are not inputs; named explicitly, they are reported.
CANDIDATE_SUFFIXES = (
    ".sql", ".ddl", ".py", ".php", ".rb", ".prisma", ".xml", ".yaml", ".yml", ".json",
)

# Line starts are followed by [ \t]*, not \s*: \s* would run over every
# following blank line from each line start (quadratic on a file of newlines).
# Detection reads the whole file (bounded by max-file-size, like every
# read): a migration padded with 70 KB of docstring is still one.
_ALEMBIC_RE = lazyre.compile(
    r"^[ \t\f]*(?:from\s+alembic\b|import\s+alembic\b)|^[ \t\f]*down_revision\s*[:=]"
    # dynamic imports: importlib.import_module("alembic.op"), __import__("alembic")
    r"|\b(?:import_module|__import__)\s*\(\s*[rbuRBU]?['\"]alembic\b",
    re.M,
)
_DJANGO_RE = lazyre.compile(r"class\s+\w+\s*\(\s*(?:migrations\.)?Migration\s*\)")
_DJANGO_IMPORT_RE = lazyre.compile(
    r"^[ \t\f]*(?:from\s+django\.db\s+import\b[^\n]*\bmigrations\b"
    # aliased: from django.db.migrations import Migration as Base; import django.db.migrations
    r"|from\s+django\.db\.migrations\b|import\s+django\.db\.migrations\b)"
    r"|\b(?:import_module|__import__)\s*\(\s*[rbuRBU]?['\"]django\.db\.migrations\b",
    re.M,
)
_LARAVEL_RE = lazyre.compile(
    r"\bSchema::|\bBlueprint\b|\$table->|DB::statement|DB::unprepared"
    # CodeIgniter migrations that embed Laravel-style builders (OpenSID)
    r"|\$this->dbforge->|\$this->db->query\s*\(|->tambah(?:ForeignKey|Indeks)\s*\("
    # a migration class that changes data only is still a migration (the
    # frontend reads it and says what it did not follow)
    r"|\bextends\s+(?:\\?Illuminate\\Database\\Migrations\\)?(?:Migration|CI_Migration|MY_model)\b"
)
_LARAVEL_MODEL_RE = lazyre.compile(r"\$casts\b|function\s+casts\s*\(|\$encryptable\b")
_RAILS_MIGRATION_RE = lazyre.compile(r"ActiveRecord::(?:Migration|Schema)\b")
_RAILS_MODEL_RE = lazyre.compile(r"^[ \t\f]*(?:encrypts|has_encrypted|attr_encrypted|blind_index)\b", re.M)
_LIQUIBASE_RE = lazyre.compile(r"databaseChangeLog")

Detection = Tuple[Optional[str], str]


def _first(text: str, rules, otherwise: str) -> Detection:
    """The format of the first ``(pattern, format, evidence)`` that matches
    ``text``, else ``(None, otherwise)``."""
    for pattern, fmt, evidence in rules:
        if pattern.search(text):
            return fmt, evidence
    return None, otherwise


# One small function per format family, so each can move into its
# format's declaration (FrontendSpec) as it is.
def _python(path: str, text: str) -> Detection:
    if _ALEMBIC_RE.search(text):
        return "alembic", "imports alembic / declares down_revision"
    if _DJANGO_RE.search(text) or (_DJANGO_IMPORT_RE.search(text) and "/migrations/" in "/" + path):
        return "django", "declares class Migration(migrations.Migration)"
    return None, "Python file with no Alembic or Django migration in it"


def _php(path: str, text: str) -> Detection:
    return _first(text, ((_LARAVEL_RE, "laravel", "uses Laravel's Schema builder"),
                         (_LARAVEL_MODEL_RE, "laravel-model", "Eloquent model with $casts (encryption evidence)")),
                  "PHP file with no Laravel schema builder call or model casts")


def _ruby(path: str, text: str) -> Detection:
    return _first(text, ((_RAILS_MIGRATION_RE, "rails", "ActiveRecord migration or schema"),
                         (_RAILS_MODEL_RE, "rails-model", "ActiveRecord model declaring encrypted attributes")),
                  "Ruby file with no ActiveRecord migration or encrypted attributes")


def _changelog(path: str, text: str) -> Detection:
    return _first(text, ((_LIQUIBASE_RE, "liquibase", "Liquibase databaseChangeLog"),),
                  f"{path.rsplit('.', 1)[-1].upper()} file that is not a Liquibase changelog")


#: file ending -> detection by content
_BY_SUFFIX = (
    ((".py",), _python),
    ((".php",), _php),
    ((".rb",), _ruby),
    ((".xml", ".yaml", ".yml", ".json"), _changelog),
)

#: directory names that hold migrations: a file directly in one that no
#: frontend recognises may hide schema changes (see :func:`expected_input`)
MIGRATION_DIRS = frozenset({"migrations", "migration", "migrate", "versions", "changelog", "changelogs"})
#: directories whose files are evidence only (models): not migrations
_EVIDENCE_DIRS = frozenset({"models"})


def detect(path: str, text: str) -> Detection:
    """Return ``(format, evidence)``; format None means "not an input",
    with the reason as evidence.  ``text`` is the decoded file, all of it."""
    lower = path.lower()
    if lower.endswith((".sql", ".ddl")):
        return "sql", "file ending .sql"
    if lower.endswith(".prisma"):
        return "prisma", "file ending .prisma"
    for suffixes, sniff in _BY_SUFFIX:
        if lower.endswith(suffixes):
            return sniff(lower, text)
    return None, "file type schemalint does not read"


def expected_input(path: str, size: int, explicit: bool) -> bool:
    """Should a file that no frontend recognises have been an input?  It
    sits in a migrations directory, or it was named on the command line
    (outside a models directory: the pre-commit hook names model files,
    which are inputs only when they carry encryption evidence).  Package
    markers (``__init__.py``) and empty files are not."""
    parts = path.lower().split("/")
    if parts[-1] == "__init__.py" or size == 0:
        return False
    if len(parts) > 1 and parts[-2] in MIGRATION_DIRS:  # directly in it (helpers live in subdirectories)
        return True
    return explicit and not any(p in _EVIDENCE_DIRS for p in parts[:-1])
