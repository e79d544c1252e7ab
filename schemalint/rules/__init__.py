"""The rule registry: what every rule *is* (code, name, severity, family,
summary, documentation page), apart from what it *does*.

One module per built-in rule (``schemalint/rules/enc001.py``) holds its
metadata: ``CODE``, ``NAME``, ``SEVERITY`` and a docstring that is its
documentation page, with the sections *What it does*, *Why it matters*,
*Example*, *How to fix* and *Options*; its SQL examples are fenced blocks
marked ``sql fires`` or ``sql passes``, and ``tests/rules/test_rule_examples.py``
runs every one.  ``schemalint rule CODE`` prints the
page and ``python -m schemalint.rules.docs`` writes ``docs/rules/``.  The
logic lives in :mod:`schemalint.checks` (``checks/enc001_*.py``), or in the
stage that produces the finding (PARSE001 reading, SUP001/SUP002 the
suppression filter).  Reporters, the filter and the command line read this
registry and never import a rule's logic.

Third-party rules register through the ``schemalint.rules`` entry-point
group: a module with the metadata above and a ``check(ctx)`` function.
"""

from __future__ import annotations

from types import ModuleType
from typing import Dict, Iterable, List, Optional

from ..kinds import Severity
from ..record import dataclass

FAMILIES = {
    "ENC": "encryption",
    "CRED": "credentials",
    "RET": "retention",
    "MIN": "minimization",
    "ACC": "access",
    "ANN": "annotations",
    "SUP": "suppressions",
    "PARSE": "input",
}

DOCS_BASE = "https://github.com/schemalint/schemalint/blob/main/docs/rules"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    #: True for a plugin's rule (its module holds its logic too)
    plugin: bool = False

    @property
    def family(self) -> str:
        prefix = self.code.rstrip("0123456789")
        return FAMILIES.get(prefix, prefix.lower())

    @property
    def url(self) -> str:
        return f"{DOCS_BASE}/{self.code}.md"


def _builtin_modules() -> List[ModuleType]:
    # explicit imports of our own modules: nothing here is imported by name
    # from input
    from . import (
        acc001,
        acc002,
        acc003,
        acc004,
        ann001,
        cred001,
        enc001,
        enc002,
        min001,
        min002,
        min003,
        min004,
        min005,
        min006,
        parse001,
        ret001,
        ret002,
        ret003,
        sup001,
        sup002,
    )

    return [enc001, enc002, cred001, ret001, ret002, ret003, min001, min002, min003, min004, min005, min006,
            acc001, acc002, acc003, acc004, ann001, sup001, sup002, parse001]


def from_module(mod: ModuleType, plugin: bool = False) -> Rule:
    """A rule's metadata from its module (built-in metadata module, or a
    plugin's rule module)."""
    doc = (mod.__doc__ or "").strip()
    summary = doc.split("\n", 1)[0]
    if ":" in summary:
        summary = summary.split(":", 1)[1].strip()
    return Rule(mod.CODE, mod.NAME, mod.SEVERITY, summary, doc, plugin)


def builtin_rules() -> List[Rule]:
    """Built-in rules only (installed plugins never change the repository's docs)."""
    return [from_module(m) for m in _builtin_modules()]


_rules: Optional[Dict[str, Rule]] = None


def all_rules() -> Dict[str, Rule]:
    """Every rule by code, built-in first, then plugins."""
    global _rules
    if _rules is None:
        rules: Dict[str, Rule] = {r.code: r for r in builtin_rules()}
        from .. import plugins

        for mod in plugins.rule_modules():
            r = from_module(mod, plugin=True)
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


__all__ = ["Rule", "FAMILIES", "DOCS_BASE", "all_rules", "get_rule", "matches", "unknown_selectors",
           "builtin_rules", "from_module"]
