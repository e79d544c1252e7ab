"""Stage 5: checks.  One rule per module, its docstring is its page.

A rule module defines::

    CODE = "ENC001"
    NAME = "unencrypted-sensitive-column"
    SEVERITY = "error"            # error | warning | hint
    def check(ctx) -> Iterable[Finding]   # ctx: schemalint.checks.context.Context

and a module docstring with the sections *What it does*, *Why it matters*,
*Example*, *How to fix* and *Options*: ``schemalint rule CODE`` prints it
and ``docs/rules/CODE.md`` is generated from it (``python -m
schemalint.checks.docs``).  Every rule has fixture cases under
``tests/fixtures/rules/CODE/`` that must fire and must not.

Rules produced by other stages (PARSE001 by reading, SUP001/SUP002 by the
suppression filter, ANN001 by annotation parsing) still have their module
here, for their documentation and metadata.

Third-party rules register through the ``schemalint.rules`` entry-point
group (value: a module with the attributes above).
"""

from __future__ import annotations

from types import ModuleType
from typing import Dict, Iterable, List, Optional

from ..record import dataclass

FAMILIES = {
    "ENC": "encryption",
    "RET": "retention",
    "MIN": "minimization",
    "ANN": "annotations",
    "SUP": "suppressions",
    "PARSE": "input",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    doc: str
    module: ModuleType

    @property
    def family(self) -> str:
        prefix = self.code.rstrip("0123456789")
        return FAMILIES.get(prefix, prefix.lower())

    @property
    def url(self) -> str:
        return f"{DOCS_BASE}/{self.code}.md"


DOCS_BASE = "https://github.com/schemalint/schemalint/blob/main/docs/rules"

_rules: Optional[Dict[str, Rule]] = None


def _builtin_modules() -> List[ModuleType]:
    # explicit imports of our own modules: nothing here is imported by name
    # from input
    from . import (
        ann001_invalid_annotation,
        enc001_unencrypted_sensitive_column,
        enc002_plaintext_sensitive_key,
        min001_purpose_not_declared,
        min002_category_outside_purpose,
        min003_identity_kit,
        min004_duplicated_identifier,
        min005_catch_all_column,
        min006_coarser_would_do,
        parse001_unparsable_input,
        ret001_missing_retention,
        ret002_retention_too_long,
        ret003_invalid_retention,
        sup001_suppression_without_reason,
        sup002_unused_suppression,
    )

    return [
        enc001_unencrypted_sensitive_column,
        enc002_plaintext_sensitive_key,
        ret001_missing_retention,
        ret002_retention_too_long,
        ret003_invalid_retention,
        min001_purpose_not_declared,
        min002_category_outside_purpose,
        min003_identity_kit,
        min004_duplicated_identifier,
        min005_catch_all_column,
        min006_coarser_would_do,
        ann001_invalid_annotation,
        sup001_suppression_without_reason,
        sup002_unused_suppression,
        parse001_unparsable_input,
    ]


def _make(mod: ModuleType) -> Rule:
    doc = (mod.__doc__ or "").strip()
    summary = doc.split("\n", 1)[0]
    if ":" in summary:
        summary = summary.split(":", 1)[1].strip()
    return Rule(mod.CODE, mod.NAME, mod.SEVERITY, summary, doc, mod)


def all_rules() -> Dict[str, Rule]:
    """Every rule by code, built-in first, then plugins."""
    global _rules
    if _rules is None:
        rules: Dict[str, Rule] = {}
        for mod in _builtin_modules():
            r = _make(mod)
            rules[r.code] = r
        from .. import plugins

        for name, value in sorted(plugins.entry_points("schemalint.rules").items()):
            mod = plugins.load("schemalint.rules", name, value)  # an installed plugin package
            r = _make(mod)
            rules.setdefault(r.code, r)
        _rules = rules
    return _rules


def get_rule(code_or_name: str) -> Optional[Rule]:
    key = code_or_name.strip()
    rules = all_rules()
    if key.upper() in rules:
        return rules[key.upper()]
    for r in rules.values():
        if r.name == key.lower():
            return r
    return None


def matches(code: str, name: str, selectors: Iterable[str]) -> bool:
    """Does a rule match any selector: a code, a code prefix (``ENC``,
    ``MIN00``), a rule name, or ``ALL``?"""
    for s in selectors:
        s = s.strip()
        if not s:
            continue
        if s.upper() == "ALL" or code.startswith(s.upper()) or s.lower() == name:
            return True
    return False


def unknown_selectors(selectors: Iterable[str]) -> List[str]:
    rules = all_rules()
    out = []
    for s in selectors:
        s = s.strip()
        if not s or s.upper() == "ALL":
            continue
        if any(code.startswith(s.upper()) for code in rules) or any(r.name == s.lower() for r in rules.values()):
            continue
        out.append(s)
    return out


def make_finding(code: str, location, message: str, *, table: Optional[str] = None,
                 column: Optional[str] = None, category: Optional[str] = None, why: str = "",
                 fix: str = "", related=(), severity: Optional[str] = None,
                 identity: Optional[tuple] = None, history: Optional[str] = None):
    """Build a finding of rule ``code`` outside a rule's ``check`` (the
    suppression filter, the reader).  ``identity`` is (table, column) for
    the fingerprint when it differs from the names shown; ``history`` the
    key of the history it belongs to (a project's findings are not
    another's, :func:`schemalint.checks.context.fingerprint`)."""
    from ..model import Finding
    from .context import fingerprint, history_root

    rule = get_rule(code)
    t, c = identity if identity is not None else (table, column)
    if t is None and c is None:
        # file-level findings: the file and message identify them
        t, c = location.path, message
    root = history_root(history)
    return Finding(code=rule.code, name=rule.name, severity=severity or rule.severity,
                   message=message, location=location, table=table, column=column,
                   category=category, why=why, fix=fix, related=tuple(related),
                   fingerprint=fingerprint(rule.code, root, t, c, category),
                   identity=(root, t or "", c or ""))
