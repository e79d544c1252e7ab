"""Human text, like ruff: ``path:line:col: CODE [category] message``, one
finding a line, in a stable order, then a summary."""

from __future__ import annotations

from collections import Counter
from typing import List

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "hint": "\033[36m"}
_BOLD, _RESET, _DIM = "\033[1m", "\033[0m", "\033[2m"


def render(run, options) -> str:
    lines: List[str] = []
    for f in run.findings:
        loc = f.location
        cat = f" [{f.category}]" if f.category else ""
        code = f.code
        if options.color:
            code = f"{_COLORS.get(f.severity, '')}{_BOLD}{f.code}{_RESET}"
        lines.append(f"{loc.path}:{loc.line}:{loc.col}: {code}{cat} {f.message}")
        if options.show_why:
            if f.why:
                lines.append(f"    why: {f.why}")
            if f.fix:
                lines.append(f"    fix: {f.fix}")
    if options.verbose:
        for st in run.files:
            if st.state == "analysed":
                extra = f", dialect {st.dialect}" if st.dialect else ""
                lines.append(f"note: {st.path}: read as {st.format} ({st.reason}{extra})")
            elif st.state == "not-input":
                lines.append(f"note: {st.path}: not an input: {st.reason}")
        for n in sorted(run.notes, key=lambda n: (n.location.path, n.location.line, n.location.col)):
            lines.append(f"note: {n.location.path}:{n.location.line}:{n.location.col}: skipped: {n.reason}")
        for f, where in run.suppressed:
            lines.append(f"note: {f.location.path}:{f.location.line}:{f.location.col}: {f.code} suppressed "
                         f"by {where.path}:{where.line}")
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

    by_rule = {}
    for f in findings:
        by_rule.setdefault((f.code, f.name), []).append(f)
    out = [f"{'findings':>8}  {'decisions':>9}  rule"]
    for (code, name), fs in sorted(by_rule.items()):
        out.append(f"{len(fs):8d}  {decisions(fs):9d}  {code}  {name}")
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
