"""Building findings: their identity (fingerprint) and findings made
outside a rule's ``check`` (by the reader, the suppression filter, a rule
crash).  Depends on the rule registry's metadata only, never on a rule's
logic, so the filter and the reader can make findings."""

from __future__ import annotations

from typing import Optional

from .hashing import sha256
from .model import Finding


def fingerprint(code: str, table: Optional[str], column: Optional[str], category: Optional[str]) -> str:
    """Identity of a finding that survives moves, reformatting and (through
    replay's origin names) renames: rule code, normalised table.column,
    category.  Never a line number."""
    key = "|".join((code, (table or "").lower(), (column or "").lower(), category or ""))
    return sha256(key.encode("utf-8")).hexdigest()[:20]


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
                 fix: str = "", related=(), severity: Optional[str] = None,
                 identity: Optional[tuple] = None, columns=(), aliases=(), decision: str = "") -> Finding:
    """Build a finding of rule ``code`` outside a rule's ``check``.
    ``identity`` is (table, column) for the fingerprint when it differs
    from the names shown."""
    from .rules import get_rule

    rule = get_rule(code)
    if rule is None:
        raise KeyError(f"no rule {code!r}")
    t, c = identity if identity is not None else (table, column)
    if t is None and c is None:
        # file-level findings: the file and message identify them
        t, c = location.path, message
    return Finding(code=rule.code, name=rule.name, severity=severity or rule.severity,
                   message=message, location=location, table=table, column=column,
                   category=category, why=why, fix=fix, related=tuple(related),
                   fingerprint=fingerprint(rule.code, t, c, category), columns=tuple(columns),
                   aliases=tuple(aliases), decision=decision)
