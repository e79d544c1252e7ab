"""JSON output: a stable, documented shape (docs/json-format.md).

Keys are never removed within a major ``format`` version; new keys may be
added.  Findings are in the same order as the text output.  Every string
goes through :func:`schemalint.escape.clean`: control characters, bidi
overrides and lone surrogates from input names arrive escaped (``\\x1b``),
never raw.
"""

from __future__ import annotations

import json
from collections import Counter

from .. import __version__
from ..escape import clean_data

FORMAT_VERSION = 1


def location(loc) -> dict:
    return {"path": loc.path, "line": loc.line, "col": loc.col}


def finding(f) -> dict:
    from ..rules import get_rule

    rule = get_rule(f.code)
    return clean_data({
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "category": f.category,
        "table": f.table,
        "column": f.column,
        "message": f.message,
        "why": f.why,
        "fix": f.fix,
        "location": location(f.location),
        "related": [location(r) for r in f.related],
        "fingerprint": f.fingerprint,
        "url": rule.url if rule else None,
        "columns": list(f.columns),
        "decision": f.decision or None,
        "edits": [{"path": e.path, "line": e.line, "col": e.col, "text": e.text} for e in f.edits],
    })


def document(run) -> dict:
    from ..findings import decisions

    states = Counter(st.state for st in run.files)
    sev = Counter(f.severity for f in run.findings)
    personal = run.personal_columns
    return clean_data({
        "schemalint": {"version": __version__, "format": FORMAT_VERSION,
                       "ruleset": getattr(run.ruleset, "name", None)},
        "summary": {
            "files": {"total": sum(states.values()), "analysed": states["analysed"],
                      "unparsable": states["unparsable"], "not_input": states["not-input"]},
            "histories": len(run.histories),
            "tables": run.tables,
            "columns": run.columns,
            "personal_columns": personal,
            "findings": {"total": len(run.findings), "error": sev["error"], "warning": sev["warning"],
                         "hint": sev["hint"]},
            "decisions": decisions(run.findings),
            "suppressed": len(run.suppressed),
            "notes": len(run.notes),
        },
        "findings": [finding(f) for f in run.findings],
        "files": [{"path": st.path, "format": st.format, "state": st.state, "reason": st.reason,
                   "dialect": st.dialect} for st in sorted(run.files, key=lambda s: s.path)],
        "notes": [{**location(n.location), "reason": n.reason}
                  for n in sorted(run.notes, key=lambda n: (n.location.path, n.location.line, n.location.col))],
    })


def render(run, options) -> str:
    return json.dumps(document(run), indent=2, ensure_ascii=False) + "\n"
