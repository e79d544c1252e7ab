"""Markdown for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

A summary line (how many findings; with ``--diff-base``, relative to
which ref and how many older ones are not shown; with a baseline, how
many it accepts), a table of findings by table and category, then one
entry per finding with its location, message, fix and rule link.  Plain
GitHub-flavoured Markdown: no ANSI codes, no HTML beyond ``<details>``;
user text is escaped (``|`` cannot break a table, ``*``/``_``/``<`` cannot
change formatting).  Details stop after :data:`MAX_DETAILS` findings so
the comment stays under GitHub's size limit.  Control characters, bidi
overrides and lone surrogates are escaped first
(:func:`schemalint.escape.clean`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, List, Set, Tuple

from ..escape import clean

MAX_DETAILS = 200
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING = re.compile(r"^([#+=-])")


def escape(text) -> str:
    """Escape text for Markdown, on one line (safe in table cells)."""
    text = " ".join(clean(text).split())
    return _LEADING.sub(r"\\\1", _SPECIAL.sub(r"\\\1", text))


def code(text, cell: bool = False) -> str:
    """Inline code, or escaped text when the value holds a backtick.  In a
    table ``cell`` a ``|`` is escaped so it cannot split the cell."""
    text = " ".join(clean(text).split())
    if "`" in text or not text:
        return escape(text)
    return "`" + (text.replace("|", "\\|") if cell else text) + "`"


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def render(run, options) -> str:
    from ..rules import get_rule

    findings = run.findings
    gate = getattr(run, "gate", None)
    sev = Counter(f.severity for f in findings)
    n = len(findings)
    newword = "new " if gate is not None and gate.diff_base else ""
    parts = [f"{sev[k]} {plural(sev[k], k)}" for k in ("error", "warning", "hint") if sev[k]]
    if n:
        head = f"❌ **{n} {newword}{plural(n, 'finding')}**" + (f" ({', '.join(parts)})" if parts else "")
    else:
        head = f"✅ **No {newword}findings**"
    extra: List[str] = []
    if gate is not None and gate.diff_base:
        head += f" relative to {code(gate.diff_base)}"
        if gate.diff_base_commit:
            head += f" ({code(gate.diff_base_commit[:12])})"
        if gate.known:
            k = len(gate.known)
            extra.append(f"{k} {plural(k, 'finding')} already present there not shown")
    if gate is not None and gate.baseline_path:
        if gate.baselined:
            b = len(gate.baselined)
            extra.append(f"{b} accepted by the baseline {code(gate.baseline_path)}")
        if gate.expired:
            e = len(gate.expired)
            extra.append(f"{e} with an expired baseline entry (reported)")
    if run.suppressed:
        extra.append(f"{len(run.suppressed)} suppressed inline")
    lines = ["## schemalint", "", head + "." + (" " + "; ".join(extra) + "." if extra else ""), ""]
    lines.append(f"Checked {len(run.files)} {plural(len(run.files), 'file')}: {run.tables} "
                 f"{plural(run.tables, 'table')}, {run.columns} {plural(run.columns, 'column')}.")
    if not findings:
        return "\n".join(lines) + "\n"

    lines += ["", "### By table and category", "", "| Table | Category | Findings | Rules |",
              "| --- | --- | ---: | --- |"]
    groups = Counter((f.table or "", f.category or "") for f in findings)
    rules_of: Dict[Tuple[str, str], Set[str]] = {}
    for f in findings:
        rules_of.setdefault((f.table or "", f.category or ""), set()).add(f.code)
    for (table, cat), count in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        cells = [code(table, True) if table else "(file)", code(cat, True) if cat else "-", str(count),
                 escape(", ".join(sorted(rules_of[(table, cat)])))]
        lines.append("| " + " | ".join(cells) + " |")

    lines += ["", "### Findings", ""]
    for f in findings[:MAX_DETAILS]:
        loc = f.location
        rule = get_rule(f.code)
        name = f"[{f.code}]({rule.url})" if rule is not None else escape(f.code)
        where = ".".join(x for x in (f.table, f.column) if x)
        head = f"- **{f.severity}** {name} {escape(f.name)} at {code(f'{loc.path}:{loc.line}:{loc.col}')}"
        if where:
            head += f", column {code(where)}"
        if f.category:
            head += f" ({code(f.category)})"
        body = [head, escape(f.message)]
        if f.fix and f.fix not in f.message:
            body.append(f"Fix: {escape(f.fix)}")
        # a backslash at the end of a line is a hard line break
        lines.append("\\\n  ".join(body))
    if len(findings) > MAX_DETAILS:
        lines.append(f"- … and {len(findings) - MAX_DETAILS} more (see the full report)")
    return "\n".join(lines) + "\n"
