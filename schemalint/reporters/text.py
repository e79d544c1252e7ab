"""Human text, like ruff: ``path:line:col: CODE [category] message``, one
finding a line, in a stable order, then a summary.

Text from the input (paths, names in messages, reasons) goes through
:func:`schemalint.escape.clean`, and a line that starts with a path
through :func:`~schemalint.escape.safe_line_start`: a table name cannot
move the cursor, split a finding or write a CI workflow command."""

from __future__ import annotations

from collections import Counter
from typing import List

from ..escape import clean, safe_line_start

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
        for (code, name), n in sorted(Counter((f.code, f.name) for f in run.findings).items()):
            lines.append(f"{n:6d}  {clean(code)}  {clean(name)}")
    lines.append(summary(run))
    return "\n".join(lines) + "\n"


def summary(run) -> str:
    states = Counter(st.state for st in run.files)
    sev = Counter(f.severity for f in run.findings)
    personal = run.personal_columns
    n = len(run.findings)
    parts = [f"{sev[k]} {plural(sev[k], k)}" for k in ("error", "warning", "hint") if sev[k]]
    head = f"Found {n} {plural(n, 'finding')}" + (f" ({', '.join(parts)})" if parts else "")
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
