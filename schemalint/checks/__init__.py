"""Stage 5: checks.  One rule's logic per module: ``check(ctx)`` yields
findings (``ctx``: :class:`schemalint.checks.context.Context`).

What a rule *is* (code, name, severity, documentation page) is its
metadata module in :mod:`schemalint.rules`; a check module imports its
``CODE`` from there.  Every rule has fixture cases under
``tests/fixtures/rules/CODE/`` that must fire and must not.  Rules whose
findings another stage produces (PARSE001 while reading, SUP001/SUP002 in
the suppression filter, ANN001 from annotation parsing) have metadata only,
or a check that turns what that stage recorded into findings.

Third-party rules (entry-point group ``schemalint.rules``) are one module
with both their metadata and ``check``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Dict, Iterable, Optional

if TYPE_CHECKING:
    from ..model import Finding
    from .context import Context

#: a rule's logic: findings of one replayed schema
CheckFn = Callable[["Context"], Iterable["Finding"]]

_checks: Optional[Dict[str, CheckFn]] = None


def _builtin() -> Dict[str, CheckFn]:
    # explicit imports of our own modules: nothing here is imported by name
    # from input
    from . import (
        acc001_personal_data_granted_to_public,
        acc002_row_level_security_missing,
        acc003_unmasked_view,
        acc004_security_definer_search_path,
        ann001_invalid_annotation,
        cred001_plaintext_credential,
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
    )

    mods = (enc001_unencrypted_sensitive_column, enc002_plaintext_sensitive_key, cred001_plaintext_credential,
            ret001_missing_retention,
            ret002_retention_too_long, ret003_invalid_retention, min001_purpose_not_declared,
            min002_category_outside_purpose, min003_identity_kit, min004_duplicated_identifier,
            min005_catch_all_column, min006_coarser_would_do, acc001_personal_data_granted_to_public,
            acc002_row_level_security_missing, acc003_unmasked_view, acc004_security_definer_search_path,
            ann001_invalid_annotation, parse001_unparsable_input)
    return {m.CODE: m.check for m in mods}


def all_checks() -> Dict[str, CheckFn]:
    """``code -> check(ctx)`` for every rule that has logic of its own:
    built-in first, then plugins."""
    global _checks
    if _checks is None:
        checks = _builtin()
        from .. import plugins

        for mod in plugins.rule_modules():
            checks.setdefault(mod.CODE, mod.check)
        _checks = checks
    return _checks
