"""``--format text``: a summary for the terminal: totals, coverage
percentages, the ten riskiest tables with the reasons for their scores,
and findings by rule.  Names from the input are printed with control
characters escaped (a table name cannot move the cursor)."""

from __future__ import annotations

from collections import Counter
from typing import List

from ._fmt import clean, figure, pct, plural, readers

_BAND_COLORS = {"critical": "\033[1;31m", "high": "\033[31m", "medium": "\033[33m", "low": "\033[2m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def render(inv, options) -> str:
    s = inv.summary
    color = getattr(options, "color", False)
    top = getattr(options, "top", 10)

    def bold(t: str) -> str:
        return f"{_BOLD}{t}{_RESET}" if color else t

    f = s["files"]
    lines: List[str] = [bold("schemalint audit: personal-data inventory"), ""]
    lines.append(f"Read {f['total']} {plural(f['total'], 'file')} ({f['analysed']} analysed"
                 + (f", {f['unparsable']} unparsable" if f["unparsable"] else "")
                 + (f", {f['not_input']} not schema inputs" if f["not_input"] else "")
                 + f") in {s['histories']} {'history' if s['histories'] == 1 else 'histories'}: "
                 f"{s['tables']} {plural(s['tables'], 'table')}, {s['columns']} {plural(s['columns'], 'column')}.")
    if f["unparsable"] or s["notes"]:
        lines.append(f"Not fully read: {f['unparsable']} unparsable {plural(f['unparsable'], 'file')}, "
                     f"{s['notes']} {plural(s['notes'], 'note')} (constructs read but not followed; "
                     f"'schemalint check -v' lists them): the inventory may miss what they change.")
    pc, pt = s["personal_columns"], s["personal_tables"]
    lines.append(f"Personal data: {pc} {plural(pc, 'column')} in {pt} {plural(pt, 'table')}; "
                 f"{s['specific_columns']} of UU PDP specific data.")
    lines += [
        "",
        bold("Coverage (share of personal-data columns)"),
        f"  encrypted or keyed hash   {figure(s['encrypted'])}",
        f"    of those that must be   {figure(s['encryption_required'])}",
        f"  retention declared        {figure(s['retention'])}",
        f"    within the maximum      {figure(s['retention_within_max'])}",
        f"  purpose declared          {figure(s['purpose'])}",
        f"  identity-kit tables       {s['identity_kit_tables']}",
    ]
    a = s["access"]
    if a["high_risk_columns"]:
        lines += ["", bold("Who can read the high-risk columns (gov_id, health, biometric, financial, family, "
                           "credential)"),
                  f"  anonymous roles, every row  {figure(a['anonymous'])}",
                  f"  other roles granted         {figure(a['granted'])}",
                  f"  no grant in these files     {figure(a['no_grant'])}"]
        exposed = [(t, c) for t in inv.tables for c in t.columns if c.anonymous_readers]
        for t, c in exposed[:top]:
            lines.append(f"  {clean(t.name)}.{clean(c.name)}: {clean(readers(c, limit=3))}")
        if len(exposed) > top:
            lines.append(f"  ... and {len(exposed) - top} more (--format html or json for all)")
    if s["groups"]:
        lines += ["", bold("By category group (columns / tables)")]
        lines.append("  " + ", ".join(f"{g} {v['columns']}/{v['tables']}" for g, v in s["groups"].items()))
    bands = ", ".join(f"{n} {b}" for b, n in s["risk"].items() if n)
    if bands:
        lines.append(f"  risk bands: {bands}")

    if inv.tables and top > 0:
        shown = inv.tables[:top]
        several = len({t.history for t in inv.tables}) > 1
        lines += ["", bold(f"The {len(shown)} riskiest {plural(len(shown), 'table')}")]
        width = min(max(len(clean(t.name)) for t in shown), 40)
        lines.append(f"  {'score':>5}  {'band':8}  {'table':{width}}  {'personal':>8}  {'encrypted':>9}  "
                     f"{'retention':>9}  kit")
        for t in shown:
            n = len(t.columns)
            enc = sum(1 for c in t.columns if c.encryption.protected)
            ret = sum(1 for c in t.columns if c.retention.declared)
            name = clean(t.name)
            if len(name) > width:
                name = name[: width - 1] + "…"
            b = f"{t.risk.band:8}"
            if color:
                b = f"{_BAND_COLORS.get(t.risk.band, '')}{b}{_RESET}"
            lines.append(f"  {t.risk.score:>5}  {b}  {name:{width}}  {f'{n}/{t.columns_total}':>8}  "
                         f"{pct(enc / n):>9}  {pct(ret / n):>9}  {'yes' if t.identity_kit else '-'}")
            if several:  # the same table name may exist in several histories
                lines.append(f"         in {clean(t.history)}")
            lines.append(f"         {clean(t.risk.explain())}")
        if len(inv.tables) > top:
            lines.append(f"  ... and {len(inv.tables) - top} more (--format html or json for all)")

    fs = s["findings"]
    if fs["total"]:
        lines += ["", bold(f"Findings: {fs['total']}") + " ("
                  + ", ".join(f"{fs[k]} {plural(fs[k], k)}" for k in ("error", "warning", "hint") if fs[k]) + ")"]
        counts = Counter((f.code, f.name) for t in inv.tables for f in t.all_findings)
        counts.update((f.code, f.name) for f in inv.other_findings)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:6d}  {code:9} {name}")
    else:
        lines += ["", "Findings: none"]
    if getattr(options, "verbose", False) and inv.notes:
        lines += ["", bold("Notes")]
        for n in sorted(inv.notes, key=lambda n: (n.location.path, n.location.line, n.location.col)):
            lines.append(f"note: {clean(n.location)}: skipped: {clean(n.reason)}")
    lines += ["", "Risk score: see docs/audit.md. Every column with its evidence and fix: --format html."]
    return "\n".join(lines) + "\n"
