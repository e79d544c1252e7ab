"""``--format csv``: one row per personal-data column, for spreadsheets.

Written with the :mod:`csv` module (RFC 4180 quoting, ``\\r\\n`` line
ends).  Every cell is escaped by :func:`schemalint.escape.clean` and, when
it would start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, gets a leading apostrophe, so a spreadsheet shows it as text
instead of running it as a formula (CSV injection).  Every cell, not
only the ones that hold names: labels, categories and purposes come from
a project ruleset in the tree.
"""

from __future__ import annotations

import csv
import io

from ._fmt import clean, loc, readers

COLUMNS = (
    "history", "table", "column", "type", "category", "label", "group", "tier", "pdp",
    "identity_attribute", "confidence", "encryption_required", "encryption_status", "encrypted",
    "encryption_evidence", "encryption_at", "retention_required", "retention_status", "retention",
    "retention_days", "retention_max_days", "retention_exceeds_max", "retention_scope", "retention_at",
    "purpose", "purpose_at", "introduced_at", "table_risk", "table_risk_band", "identity_kit",
    "findings", "evidence", "fix", "readable_by_anonymous", "readers",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guard(value) -> str:
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def rows(inv):
    for t in inv.tables:
        for c in t.columns:
            e, r, p = c.encryption, c.retention, c.purpose
            row = {
                "history": t.history, "table": t.name, "column": c.name, "type": c.type,
                "category": c.category, "label": c.label, "group": c.group, "tier": c.tier, "pdp": c.pdp,
                "identity_attribute": _bool(c.identity_attribute),
                "confidence": "" if c.confidence is None else f"{c.confidence:.2f}",
                "encryption_required": _bool(e.required), "encryption_status": e.status,
                "encrypted": _bool(e.protected), "encryption_evidence": e.evidence,
                "encryption_at": loc(e.location),
                "retention_required": _bool(r.required), "retention_status": r.status,
                "retention": r.value or "", "retention_days": "" if r.days is None else r.days,
                "retention_max_days": "" if r.max_days is None else r.max_days,
                "retention_exceeds_max": _bool(r.exceeds_max), "retention_scope": r.scope or "",
                "retention_at": loc(r.location),
                "purpose": p.value if p else "", "purpose_at": loc(p.location) if p else "",
                "introduced_at": loc(c.introduced),
                "table_risk": t.risk.score, "table_risk_band": t.risk.band,
                "identity_kit": _bool(t.identity_kit),
                "findings": " ".join(f.code for f in c.findings),
                "evidence": "; ".join(c.evidence),
                "fix": " | ".join(c.fix),
                "readable_by_anonymous": "" if c.readers is None else _bool(bool(c.anonymous_readers)),
                "readers": readers(c),
            }
            yield {k: _guard(v) for k, v in row.items()}


def _bool(v: bool) -> str:
    return "yes" if v else "no"


def render(inv, options=None) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS)
    w.writeheader()
    for row in rows(inv):
        w.writerow(row)
    return buf.getvalue()
