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
from ..i18n import _, ngettext, tr

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
    new = gate is not None and gate.diff_base
    words = {"error": lambda k: ngettext("{n} error", "{n} errors", k),
             "warning": lambda k: ngettext("{n} warning", "{n} warnings", k),
             "hint": lambda k: ngettext("{n} hint", "{n} hints", k)}
    parts = [words[k](sev[k]).format(n=sev[k]) for k in ("error", "warning", "hint") if sev[k]]
    if n:
        count = (ngettext("{n} new finding", "{n} new findings", n) if new
                 else ngettext("{n} finding", "{n} findings", n)).format(n=n)
        head = f"❌ **{count}**" + (f" ({', '.join(parts)})" if parts else "")
    else:
        head = "✅ **" + (_("No new findings") if new else _("No findings")) + "**"
    extra: List[str] = []
    if gate is not None and gate.diff_base:
        head += _(" relative to {ref}").format(ref=code(gate.diff_base))
        if gate.diff_base_commit:
            head += f" ({code(gate.diff_base_commit[:12])})"
        if gate.known:
            k = len(gate.known)
            extra.append(ngettext("{n} finding already present there not shown",
                                  "{n} findings already present there not shown", k).format(n=k))
    if gate is not None and gate.baseline_path:
        if gate.baselined:
            b = len(gate.baselined)
            extra.append(_("{n} accepted by the baseline {path}").format(n=b, path=code(gate.baseline_path)))
        if gate.expired:
            e = len(gate.expired)
            extra.append(_("{n} with an expired baseline entry (reported)").format(n=e))
    if run.suppressed:
        extra.append(_("{n} suppressed inline").format(n=len(run.suppressed)))
    lines = ["## schemalint", "", head + "." + (" " + "; ".join(extra) + "." if extra else ""), ""]
    lines.append(_("Checked {files}: {tables}, {columns}.").format(
        files=ngettext("{n} file", "{n} files", len(run.files)).format(n=len(run.files)),
        tables=ngettext("{n} table", "{n} tables", run.tables).format(n=run.tables),
        columns=ngettext("{n} column", "{n} columns", run.columns).format(n=run.columns)))
    if not findings:
        return "\n".join(lines) + "\n"

    lines += ["", _("### By table and category"), "",
              "| " + " | ".join((_("Table"), _("Category"), _("Findings"), _("Rules"))) + " |",
              "| --- | --- | ---: | --- |"]
    groups = Counter((f.table or "", f.category or "") for f in findings)
    rules_of: Dict[Tuple[str, str], Set[str]] = {}
    for f in findings:
        rules_of.setdefault((f.table or "", f.category or ""), set()).add(f.code)
    for (table, cat), n_findings in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        cells = [code(table, True) if table else _("(file)"), code(cat, True) if cat else "-", str(n_findings),
                 escape(", ".join(sorted(rules_of[(table, cat)])))]
        lines.append("| " + " | ".join(cells) + " |")

    lines += ["", _("### Findings"), ""]
    for f in findings[:MAX_DETAILS]:
        loc = f.location
        rule = get_rule(f.code)
        name = f"[{f.code}]({rule.url})" if rule is not None else escape(f.code)
        where = ".".join(x for x in (f.table, f.column) if x)
        head = _("- **{severity}** {rule} {name} at {location}").format(
            severity=tr(f.severity), rule=name, name=escape(f.name), location=code(f"{loc.path}:{loc.line}:{loc.col}"))
        if where:
            head += _(", column {column}").format(column=code(where))
        if f.category:
            head += f" ({code(f.category)})"
        body = [head, escape(f.message)]
        if f.fix and f.fix not in f.message:
            body.append(_("Fix: {fix}").format(fix=escape(f.fix)))
        # a backslash at the end of a line is a hard line break
        lines.append("\\\n  ".join(body))
    if len(findings) > MAX_DETAILS:
        lines.append(_("- … and {n} more (see the full report)").format(n=len(findings) - MAX_DETAILS))
    return "\n".join(lines) + "\n"
