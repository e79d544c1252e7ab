"""``--format json``: the inventory as a stable, documented JSON document
(docs/audit.md, "JSON").

Within one ``schemalint.format`` version keys are never removed or
renamed; new keys may be added.  Tables are riskiest first (ties by
history, then name); columns in table order; findings in the order of
``schemalint check``.
"""

from __future__ import annotations

import json

from .. import __version__
from ..escape import clean_data

#: the audit document's format version (independent of `check --format json`)
FORMAT_VERSION = 1


def location(loc):
    return None if loc is None else {"path": loc.path, "line": loc.line, "col": loc.col}


def finding(f) -> dict:
    from ..reporters.json_report import finding as check_finding

    return check_finding(f)


def reader(r) -> dict:
    """One way a role reads a high-risk column (docs/audit.md, "Who can read it")."""
    return {"role": r.role, "via": r.via, "through": r.through or None, "rows": r.rows,
            "policy": r.policy or None, "anonymous": bool(r.anonymous), "why_anonymous": r.anonymous or None,
            "location": location(r.location), "related": [location(x) for x in r.chain]}


def column(c) -> dict:
    e, r, p = c.encryption, c.retention, c.purpose
    return {
        "column": c.name,
        "type": c.type or None,
        "category": c.category,
        "label": c.label,
        "group": c.group,
        "tier": c.tier,
        "pdp": c.pdp,
        "identity_attribute": c.identity_attribute,
        "confidence": c.confidence,
        "evidence": list(c.evidence),
        "encryption": {"required": e.required, "status": e.status, "protected": e.protected,
                       "evidence": e.evidence, "location": location(e.location)},
        "retention": {"required": r.required, "status": r.status, "value": r.value, "days": r.days,
                      "indefinite": r.indefinite, "max_days": r.max_days, "exceeds_max": r.exceeds_max,
                      "scope": r.scope, "source": r.source, "location": location(r.location),
                      "error": r.error},
        "purpose": None if p is None else {"value": p.value, "known": p.known, "scope": p.scope,
                                           "location": location(p.location)},
        "introduced": location(c.introduced),
        "coarser": c.coarser,
        "readers": None if c.readers is None else [reader(r) for r in c.readers],
        "fix": list(c.fix),
        "findings": [finding(f) for f in c.findings],
    }


def table(t) -> dict:
    return {
        "history": t.history,
        "table": t.name,
        "schema": t.schema,
        "location": location(t.location),
        "created": t.created,
        "columns_total": t.columns_total,
        "personal_columns": len(t.columns),
        "groups": t.groups,
        "identity_kit": t.identity_kit,
        "identity_attributes": list(t.identity_attributes),
        "risk": {"score": t.risk.score, "band": t.risk.band,
                 "contributions": [{"factor": c.factor, "points": c.points, "detail": c.detail}
                                   for c in t.risk.contributions]},
        "columns": [column(c) for c in t.columns],
        "findings": [finding(f) for f in t.findings],
    }


def document(inv) -> dict:
    return {
        "schemalint": {"version": __version__, "report": "audit", "format": FORMAT_VERSION,
                       "ruleset": inv.ruleset, "identity_kit_threshold": inv.identity_kit_threshold},
        "summary": inv.summary,
        "tables": [table(t) for t in inv.tables],
        "other_findings": [finding(f) for f in inv.other_findings],
        "files": [{"path": st.path, "format": st.format, "state": st.state, "reason": st.reason,
                   "dialect": st.dialect} for st in sorted(inv.files, key=lambda s: s.path)],
    }


def render(inv, options=None) -> str:
    return json.dumps(clean_data(document(inv)), indent=2, ensure_ascii=False) + "\n"
