"""``--format text``: a summary for the terminal: totals, coverage
percentages, the ten riskiest tables with the reasons for their scores,
and findings by rule.  Names from the input are printed with control
characters escaped (a table name cannot move the cursor)."""

from __future__ import annotations

from collections import Counter
from typing import List

from ..i18n import _, ngettext, tr
from ._fmt import clean, figure, pct, readers

_BAND_COLORS = {"critical": "\033[1;31m", "high": "\033[31m", "medium": "\033[33m", "low": "\033[2m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def render(inv, options) -> str:
    s = inv.summary
    color = getattr(options, "color", False)
    top = getattr(options, "top", 10)

    def bold(t: str) -> str:
        return f"{_BOLD}{t}{_RESET}" if color else t

    f = s["files"]
    lines: List[str] = [bold(_("schemalint audit: personal-data inventory")), ""]
    read = ngettext("{n} file", "{n} files", f["total"]).format(n=f["total"])
    detail = _("{n} analysed").format(n=f["analysed"])
    if f["unparsable"]:
        detail += ", " + _("{n} unparsable").format(n=f["unparsable"])
    if f["not_input"]:
        detail += ", " + _("{n} not schema inputs").format(n=f["not_input"])
    lines.append(_("Read {files} ({detail}) in {histories}: {tables}, {columns}.").format(
        files=read, detail=detail,
        histories=ngettext("{n} history", "{n} histories", s["histories"]).format(n=s["histories"]),
        tables=ngettext("{n} table", "{n} tables", s["tables"]).format(n=s["tables"]),
        columns=ngettext("{n} column", "{n} columns", s["columns"]).format(n=s["columns"])))
    if f["unparsable"] or s["notes"]:
        lines.append(_("Not fully read: {files}, {notes} (constructs read but not followed; 'schemalint check -v' "
                       "lists them): the inventory may miss what they change.").format(
            files=ngettext("{n} unparsable file", "{n} unparsable files", f["unparsable"]).format(n=f["unparsable"]),
            notes=ngettext("{n} note", "{n} notes", s["notes"]).format(n=s["notes"])))
    pc, pt = s["personal_columns"], s["personal_tables"]
    lines.append(_("Personal data: {columns} in {tables}; {specific} of UU PDP specific data.").format(
        columns=ngettext("{n} column", "{n} columns", pc).format(n=pc),
        tables=ngettext("{n} table", "{n} tables", pt).format(n=pt), specific=s["specific_columns"]))
    lines += [
        "",
        bold(_("Coverage (share of personal-data columns)")),
        _("  encrypted or keyed hash   {figure}").format(figure=figure(s["encrypted"])),
        _("    of those that must be   {figure}").format(figure=figure(s["encryption_required"])),
        _("  retention declared        {figure}").format(figure=figure(s["retention"])),
        _("    within the maximum      {figure}").format(figure=figure(s["retention_within_max"])),
        _("  purpose declared          {figure}").format(figure=figure(s["purpose"])),
        _("  identity-kit tables       {count}").format(count=s["identity_kit_tables"]),
    ]
    a = s["access"]
    if a["high_risk_columns"]:
        lines += ["", bold(_("Who can read the high-risk columns (gov_id, health, biometric, financial, family, "
                             "credential)")),
                  _("  anonymous roles, every row  {figure}").format(figure=figure(a["anonymous"])),
                  _("  other roles granted         {figure}").format(figure=figure(a["granted"])),
                  _("  no grant in these files     {figure}").format(figure=figure(a["no_grant"]))]
        exposed = [(t, c) for t in inv.tables for c in t.columns if c.anonymous_readers]
        for t, c in exposed[:top]:
            lines.append(f"  {clean(t.name)}.{clean(c.name)}: {clean(readers(c, limit=3))}")
        if len(exposed) > top:
            lines.append(_("  ... and {count} more (--format html or json for all)").format(count=len(exposed) - top))
    if s["groups"]:
        lines += ["", bold(_("By category group (columns / tables)"))]
        lines.append("  " + ", ".join(f"{g} {v['columns']}/{v['tables']}" for g, v in s["groups"].items()))
    bands = ", ".join(f"{n} {tr(b)}" for b, n in s["risk"].items() if n)
    if bands:
        lines.append(_("  risk bands: {bands}").format(bands=bands))

    if inv.tables and top > 0:
        shown = inv.tables[:top]
        several = len({t.history for t in inv.tables}) > 1
        lines += ["", bold(ngettext("The {n} riskiest table", "The {n} riskiest tables", len(shown)).format(
            n=len(shown)))]
        width = min(max(len(clean(t.name)) for t in shown), 40)
        heads = (_("score"), _("band"), _("table"), _("personal"), _("encrypted"), _("retention"), _("kit"))
        lines.append(f"  {heads[0]:>5}  {heads[1]:8}  {heads[2]:{width}}  {heads[3]:>8}  {heads[4]:>9}  "
                     f"{heads[5]:>9}  {heads[6]}")
        yes = _("yes")
        for t in shown:
            n = len(t.columns)
            enc = sum(1 for c in t.columns if c.encryption.protected)
            ret = sum(1 for c in t.columns if c.retention.declared)
            name = clean(t.name)
            if len(name) > width:
                name = name[: width - 1] + "…"
            b = f"{tr(t.risk.band):8}"
            if color:
                b = f"{_BAND_COLORS.get(t.risk.band, '')}{b}{_RESET}"
            lines.append(f"  {t.risk.score:>5}  {b}  {name:{width}}  {f'{n}/{t.columns_total}':>8}  "
                         f"{pct(enc / n):>9}  {pct(ret / n):>9}  {yes if t.identity_kit else '-'}")
            if several:  # the same table name may exist in several histories
                lines.append(_("         in {history}").format(history=clean(t.history)))
            lines.append(f"         {clean(t.risk.explain())}")
        if len(inv.tables) > top:
            lines.append(_("  ... and {count} more (--format html or json for all)").format(
                count=len(inv.tables) - top))

    fs = s["findings"]
    if fs["total"]:
        words = {"error": lambda k: ngettext("{n} error", "{n} errors", k),
                 "warning": lambda k: ngettext("{n} warning", "{n} warnings", k),
                 "hint": lambda k: ngettext("{n} hint", "{n} hints", k)}
        lines += ["", bold(_("Findings: {n}").format(n=fs["total"])) + " ("
                  + ", ".join(words[k](fs[k]).format(n=fs[k]) for k in ("error", "warning", "hint") if fs[k]) + ")"]
        counts = Counter((f.code, f.name) for t in inv.tables for f in t.all_findings)
        counts.update((f.code, f.name) for f in inv.other_findings)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:6d}  {code:9} {name}")
    else:
        lines += ["", _("Findings: none")]
    if getattr(options, "verbose", False) and inv.notes:
        lines += ["", bold(_("Notes"))]
        for n in sorted(inv.notes, key=lambda n: (n.location.path, n.location.line, n.location.col)):
            lines.append(_("note: {location}: skipped: {reason}").format(location=clean(n.location),
                                                                        reason=clean(n.reason)))
    lines += ["", _("Risk score: see docs/audit.md. Every column with its evidence and fix: --format html.")]
    return "\n".join(lines) + "\n"
