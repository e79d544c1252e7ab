"""Building findings: their identity (fingerprint) and findings made
outside a rule's ``check`` (by the reader, the suppression filter, a rule
crash).  Depends on the rule registry's metadata only, never on a rule's
logic, so the filter and the reader can make findings."""

from __future__ import annotations

from typing import Optional

from .hashing import sha256
from .kinds import Severity
from .model import Finding


def fingerprint(code: str, history: Optional[str], table: Optional[str], column: Optional[str],
                category: Optional[str]) -> str:
    """Identity of a finding that survives moves, reformatting and (through
    replay's origin names) renames: rule code, the project it belongs to
    (:func:`history_root`), normalised table.column, category.  Never a
    line number.  The project is part of it so that a second project
    with the same tables (a copy of ``billing/`` as ``hr/``) has findings
    of its own, not ones a diff base or a baseline already knows."""
    return _hash("|".join(("v2", code, history or "", (table or "").lower(), (column or "").lower(),
                           category or "")))


def legacy_fingerprint(code: str, table: Optional[str], column: Optional[str], category: Optional[str]) -> str:
    """The fingerprint before version 2 (no project), which baselines of
    version 1 hold: :mod:`schemalint.baseline` still reads them."""
    return _hash("|".join((code, (table or "").lower(), (column or "").lower(), category or "")))


def _hash(key: str) -> str:
    # surrogatepass: a name may hold a lone surrogate (a Python or JSON
    # string escape in a migration); it must not crash the rule
    return sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def history_root(history: Optional[str]) -> str:
    """The project part of a history key: its directory
    (``sql:db/migrations`` -> ``db/migrations``, ``django:.`` -> ``.``),
    and for a history that is one file (a standalone ``schema.sql``, a
    ``schema.prisma``) the file's directory, so that moving a table
    between the schema files of one directory keeps its identity."""
    if not history:
        return ""
    from . import formats

    where = history.split(":", 1)[-1]
    head, _, last = where.rpartition("/")
    if last.lower().endswith(formats.suffixes()):
        return head or "."
    return where


def decision_key(code: str, history: str, table: Optional[str]) -> str:
    """The decision a finding about ``table`` belongs to: one per rule
    family (encryption, credentials, retention, minimisation...), history
    and table.  Declaring a table's retention, encrypting its columns,
    deciding what it may collect: each is one decision, however many
    columns it covers and however many findings report it."""
    family = code.rstrip("0123456789")
    return f"{family}|{history}|{(table or '').lower()}"


def decisions(findings) -> int:
    """How many decisions ``findings`` ask for (a finding with no decision
    key is one of its own)."""
    return len({f.decision or f"{f.code}|{f.fingerprint}" for f in findings})


def make_finding(code: str, location, message: str, *, table: Optional[str] = None,
                 column: Optional[str] = None, category: Optional[str] = None, why: str = "",
                 fix: str = "", related=(), severity: Optional[Severity] = None,
                 identity: Optional[tuple] = None, history: Optional[str] = None, columns=(), aliases=(),
                 decision: str = "") -> Finding:
    """Build a finding of rule ``code`` (in a rule's ``check`` through
    :meth:`schemalint.checks.context.Context.finding`, or outside one: the
    reader, the suppression filter, a rule crash).  ``identity`` is
    (table, column) for the fingerprint when it differs from the names
    shown; ``history`` the key of the history it belongs to (a project's
    findings are not another's)."""
    from .rules import get_rule

    rule = get_rule(code)
    if rule is None:
        raise KeyError(f"no rule {code!r}")
    t, c = identity if identity is not None else (table, column)
    if t is None and c is None:
        # file-level findings: the file and message identify them
        t, c = location.path, message
    root = history_root(history)
    return Finding(code=rule.code, name=rule.name, severity=severity or rule.severity,
                   message=message, location=location, table=table, column=column,
                   category=category, why=why, fix=fix, related=tuple(related),
                   fingerprint=fingerprint(rule.code, root, t, c, category),
                   identity=(root, t or "", c or ""), columns=tuple(columns),
                   aliases=tuple(aliases), decision=decision)
