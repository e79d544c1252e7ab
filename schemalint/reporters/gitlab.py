"""GitLab Code Quality report (a JSON array of issues).

Each finding becomes ``{"description", "check_name", "fingerprint",
"severity", "location": {"path", "lines": {"begin"}}}`` plus
``categories`` and ``content`` (the rule's page link).  ``fingerprint``
is the finding's fingerprint (rule code, table.column by origin name,
category; never a line number), so GitLab's comparison of the merge
request's report with the target branch's report sees moved code as
unchanged.  GitLab needs fingerprints unique within a report: a second
finding with the same fingerprint gets ``-2``, ``-3``... appended.

Severity: error -> ``major``, warning -> ``minor``, hint -> ``info``.
Text from the input goes through :func:`schemalint.escape.clean`.
"""

from __future__ import annotations

import json
from typing import Dict, List

from ..escape import clean, clean_data

SEVERITIES = {"error": "major", "warning": "minor", "hint": "info"}


def document(run) -> List[dict]:
    from ..rules import get_rule

    seen: Dict[str, int] = {}
    out: List[dict] = []
    for f in run.findings:
        fp = f.fingerprint or f"{f.code}:{f.location.path}:{f.table}:{f.column}"
        n = seen.get(fp, 0) + 1
        seen[fp] = n
        if n > 1:
            fp = f"{fp}-{n}"
        rule = get_rule(f.code)
        where = ".".join(x for x in (f.table, f.column) if x)
        desc = f"{f.code} " + (f"[{f.category}] " if f.category else "") + f.message
        issue = clean_data({
            "type": "issue",
            "description": desc,
            "check_name": f"{f.code} {f.name}",
            "fingerprint": fp,
            "severity": SEVERITIES.get(f.severity, "minor"),
            "categories": ["Security"],
            "location": {"path": f.location.path, "lines": {"begin": max(1, f.location.line)}},
        })
        body = []
        if where:
            body.append(f"Column: `{clean(where)}`" + (f", category `{clean(f.category)}`" if f.category else ""))
        if f.why:
            body.append(f"Why: {clean(f.why)}")
        if f.fix:
            body.append(f"Fix: {clean(f.fix)}")
        if rule is not None:
            body.append(f"Rule: [{rule.code} {rule.name}]({rule.url})")
        if body:
            issue["content"] = {"body": "\n\n".join(body)}
        out.append(issue)
    return out


def render(run, options) -> str:
    return json.dumps(document(run), indent=2, ensure_ascii=False) + "\n"
