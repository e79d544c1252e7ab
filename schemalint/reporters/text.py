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
                lines.append(f"    why: {clean(f.why)}")
            if f.fix:
                lines.append(f"    fix: {clean(f.fix)}")
    if options.verbose:
        for st in run.files:
            if st.state == "analysed":
                extra = f", dialect {clean(st.dialect)}" if st.dialect else ""
                lines.append(f"note: {clean(st.path)}: read as {clean(st.format)} ({clean(st.reason)}{extra})")
            elif st.state == "not-input":
                lines.append(f"note: {clean(st.path)}: not an input: {clean(st.reason)}")
        for n in sorted(run.notes, key=lambda n: (n.location.path, n.location.line, n.location.col)):
            lines.append(f"note: {clean(n.location.path)}:{n.location.line}:{n.location.col}: skipped: "
                         f"{clean(n.reason)}")
        for f, where in run.suppressed:
            lines.append(f"note: {clean(f.location.path)}:{f.location.line}:{f.location.col}: {clean(f.code)} "
                         f"suppressed by {clean(where.path)}:{where.line}")
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
    out = [f"{'findings':>8}  {'decisions':>9}  rule"]
    for (code, name), fs in sorted(by_rule.items()):
        out.append(f"{len(fs):8d}  {decisions(fs):9d}  {clean(code)}  {clean(name)}")
    out.append(f"{len(findings):8d}  {decisions(findings):9d}  total")
    return out


def summary(run) -> str:
    from ..findings import decisions

    states = Counter(st.state for st in run.files)
    sev = Counter(f.severity for f in run.findings)
    personal = run.personal_columns
    n = len(run.findings)
    parts = [f"{sev[k]} {plural(sev[k], k)}" for k in ("error", "warning", "hint") if sev[k]]
    head = f"Found {n} {plural(n, 'finding')}" + (f" ({', '.join(parts)})" if parts else "")
    if n:
        d = decisions(run.findings)
        head += f" asking for {d} {plural(d, 'decision')}"
    files = sum(states.values())
    detail = [f"{states['analysed']} analysed"]
    if states["unparsable"]:
        detail.append(f"{states['unparsable']} unparsable")
    if states["not-input"]:
        detail.append(f"{states['not-input']} not schema inputs")
    extra = []
    if run.suppressed:
        extra.append(f"{len(run.suppressed)} suppressed")
    if run.notes:
        extra.append(f"{len(run.notes)} {plural(len(run.notes), 'note')} (-v to list)")
    tail = f"; {', '.join(extra)}" if extra else ""
    return (f"{head}. Checked {files} {plural(files, 'file')} ({', '.join(detail)}): "
            f"{run.tables} {plural(run.tables, 'table')}, {run.columns} {plural(run.columns, 'column')}, "
            f"{personal} with personal data{tail}.")


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"
