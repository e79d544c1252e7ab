"""Human text, like ruff: ``path:line:col: CODE [category] message``, one
finding a line, in a stable order, then a summary.

Text from the input (paths, names in messages, reasons) goes through
:func:`schemalint.escape.clean`, and a line that starts with a path
through :func:`~schemalint.escape.safe_line_start`: a table name cannot
move the cursor, split a finding or write a CI workflow command."""

from __future__ import annotations

from collections import Counter
from typing import Dict, List, Tuple

from ..escape import clean, safe_line_start
from ..i18n import _, ngettext
from ..model import Finding

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "hint": "\033[36m"}
_BOLD, _RESET, _DIM = "\033[1m", "\033[0m", "\033[2m"


def render(run, options) -> str:
    lines: List[str] = []
    for f in run.findings:
        loc = f.location
        cat = f" [{clean(f.category)}]" if f.category else ""
        code = clean(f.code)
        if options.color:
            code = f"{_COLORS.get(f.severity, '')}{_BOLD}{code}{_RESET}"
        lines.append(safe_line_start(f"{clean(loc.path)}:{loc.line}:{loc.col}: {code}{cat} {clean(f.message)}"))
        if options.show_why:
            if f.why:
                lines.append(_("    why: {why}").format(why=clean(f.why)))
            if f.fix:
                lines.append(_("    fix: {fix}").format(fix=clean(f.fix)))
    if options.verbose:
        for st in run.files:
            if st.state == "analysed":
                extra = f", dialect {clean(st.dialect)}" if st.dialect else ""
                extra = _(", dialect {dialect}").format(dialect=clean(st.dialect)) if st.dialect else ""
                lines.append(_("note: {path}: read as {format} ({reason}{extra})").format(
                    path=clean(st.path), format=clean(st.format), reason=clean(st.reason), extra=extra))
            elif st.state == "not-input":
                lines.append(_("note: {path}: not an input: {reason}").format(path=clean(st.path),
                                                                              reason=clean(st.reason)))
        for n in sorted(run.notes, key=lambda n: (n.location.path, n.location.line, n.location.col)):
            lines.append(_("note: {location}: skipped: {reason}").format(
                location=f"{clean(n.location.path)}:{n.location.line}:{n.location.col}", reason=clean(n.reason)))
        for f, where in run.suppressed:
            lines.append(_("note: {location}: {code} suppressed by {where}").format(
                location=f"{clean(f.location.path)}:{f.location.line}:{f.location.col}", code=clean(f.code),
                where=f"{clean(where.path)}:{where.line}"))
    if options.statistics and run.findings:
        lines.append("")
        lines.extend(statistics(run.findings))
    lines.append(summary(run))
    return "\n".join(lines) + "\n"


def statistics(findings) -> List[str]:
    """Findings and decisions per rule (``--statistics``): a decision is
    what one person settles once, e.g. one table's retention (see
    :func:`schemalint.findings.decision_key`)."""
    from ..findings import decisions

    by_rule: Dict[Tuple[str, str], List[Finding]] = {}
    for f in findings:
        by_rule.setdefault((f.code, f.name), []).append(f)
    heads = (_("findings"), _("decisions"), _("rule"))
    out = [f"{heads[0]:>8}  {heads[1]:>9}  {heads[2]}"]
    for (code, name), fs in sorted(by_rule.items()):
        out.append(f"{len(fs):8d}  {decisions(fs):9d}  {clean(code)}  {clean(name)}")
    total = _("total")
    out.append(f"{len(findings):8d}  {decisions(findings):9d}  {total}")
    return out


def summary(run) -> str:
    """The last line: findings by severity and the decisions they ask for,
    what was read, what was suppressed; one sentence per language, with
    its own plural forms (ngettext)."""
    from ..findings import decisions

    states = Counter(st.state for st in run.files)
    sev = Counter(f.severity for f in run.findings)
    personal = run.personal_columns
    n = len(run.findings)
    words = {"error": lambda k: ngettext("{n} error", "{n} errors", k),
             "warning": lambda k: ngettext("{n} warning", "{n} warnings", k),
             "hint": lambda k: ngettext("{n} hint", "{n} hints", k)}
    parts = [words[k](sev[k]).format(n=sev[k]) for k in ("error", "warning", "hint") if sev[k]]
    head = ngettext("Found {n} finding", "Found {n} findings", n).format(n=n) + (
        f" ({', '.join(parts)})" if parts else "")
    if n:
        d = decisions(run.findings)
        head += ngettext(" asking for {n} decision", " asking for {n} decisions", d).format(n=d)
    files = sum(states.values())
    detail = [_("{n} analysed").format(n=states["analysed"])]
    if states["unparsable"]:
        detail.append(_("{n} unparsable").format(n=states["unparsable"]))
    if states["not-input"]:
        detail.append(_("{n} not schema inputs").format(n=states["not-input"]))
    extra = []
    if run.suppressed:
        extra.append(_("{n} suppressed").format(n=len(run.suppressed)))
    if run.notes:
        k = len(run.notes)
        extra.append(ngettext("{n} note (-v to list)", "{n} notes (-v to list)", k).format(n=k))
    tail = f"; {', '.join(extra)}" if extra else ""
    return _("{found}. Checked {files} ({detail}): {tables}, {columns}, {personal} with personal data{tail}.").format(
        found=head, files=ngettext("{n} file", "{n} files", files).format(n=files), detail=", ".join(detail),
        tables=ngettext("{n} table", "{n} tables", run.tables).format(n=run.tables),
        columns=ngettext("{n} column", "{n} columns", run.columns).format(n=run.columns), personal=personal,
        tail=tail)


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"
