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
_ALEMBIC_RE = lazyre.compile(
    r"^[ \t\f]*(?:from\s+alembic\s+import\b|import\s+alembic\b)|^[ \t\f]*down_revision\s*[:=]", re.M
)
_DJANGO_RE = lazyre.compile(r"class\s+\w+\s*\(\s*(?:migrations\.)?Migration\s*\)")
_DJANGO_IMPORT_RE = lazyre.compile(r"^[ \t\f]*from\s+django\.db\s+import\b[^\n]*\bmigrations\b", re.M)
_LARAVEL_RE = lazyre.compile(
    r"\bSchema::|\bBlueprint\b|\$table->|DB::statement|DB::unprepared"
    # CodeIgniter migrations that embed Laravel-style builders (OpenSID)
    r"|\$this->dbforge->|\$this->db->query\s*\(|->tambah(?:ForeignKey|Indeks)\s*\("
)
_LARAVEL_MODEL_RE = lazyre.compile(r"\$casts\b|function\s+casts\s*\(|\$encryptable\b")
_RAILS_MIGRATION_RE = lazyre.compile(r"ActiveRecord::(?:Migration|Schema)\b")
_RAILS_MODEL_RE = lazyre.compile(r"^[ \t\f]*(?:encrypts|has_encrypted|attr_encrypted|blind_index)\b", re.M)
_LIQUIBASE_RE = lazyre.compile(r"databaseChangeLog")


def detect(path: str, head: str) -> Tuple[Optional[str], str]:
    """Return ``(format, evidence)``; format None means "not an input",
    with the reason as evidence.  ``head`` is the decoded start of the
    file (detection never needs more than 64 KiB)."""
    lower = path.lower()
    name = lower.rsplit("/", 1)[-1]
    if lower.endswith((".sql", ".ddl")):
        return "sql", "file ending .sql"
    if lower.endswith(".prisma"):
        return "prisma", "file ending .prisma"
    if lower.endswith(".py"):
        if _ALEMBIC_RE.search(head):
            return "alembic", "imports alembic / declares down_revision"
        if _DJANGO_RE.search(head) or (_DJANGO_IMPORT_RE.search(head) and "/migrations/" in lower):
            return "django", "declares class Migration(migrations.Migration)"
        return None, "Python file with no Alembic or Django migration in it"
    if lower.endswith(".php"):
        if _LARAVEL_RE.search(head):
            return "laravel", "uses Laravel's Schema builder"
        if _LARAVEL_MODEL_RE.search(head):
            return "laravel-model", "Eloquent model with $casts (encryption evidence)"
        return None, "PHP file with no Laravel schema builder call or model casts"
    if lower.endswith(".rb"):
        if _RAILS_MIGRATION_RE.search(head):
            return "rails", "ActiveRecord migration or schema"
        if _RAILS_MODEL_RE.search(head):
            return "rails-model", "ActiveRecord model declaring encrypted attributes"
        return None, "Ruby file with no ActiveRecord migration or encrypted attributes"
    if lower.endswith((".xml", ".yaml", ".yml", ".json")):
        if _LIQUIBASE_RE.search(head):
            return "liquibase", "Liquibase databaseChangeLog"
        return None, f"{name.rsplit('.', 1)[-1].upper()} file that is not a Liquibase changelog"
    return None, "file type schemalint does not read"
