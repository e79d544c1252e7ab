"""``--format html``: the inventory as one self-contained HTML page that a
person would rather look at than read.

- headline figures (tables and columns with personal data, the share
  encrypted, the share with a declared retention, identity-kit tables),
  each also carried in ``data-*`` attributes so tools (and our tests) can
  check them against ``--format json``;
- a table x category-group heat map as inline SVG;
- the riskiest tables first, each with its score explained, then every
  column with its category, evidence, encryption, retention, purpose, the
  migration that introduced it, its findings and the fix;
- prints well (``@media print``: A4 landscape, repeated table headers,
  colours kept).

Self-contained: inline CSS and SVG only; no script, font, image or link
to fetch, and a Content-Security-Policy of ``default-src 'none'`` that
forbids it anyway.  Every value from the input (schema, table and column
names, types, comments, annotation values, paths) goes through
:func:`html.escape`: a table named ``<script>`` is shown, never run.
"""

from __future__ import annotations

import html
from typing import List

from .. import __version__
from ..i18n import _, language, ngettext
from ._fmt import clean, loc, pct

#: heat-map rows: the riskiest tables; the rest are listed below it
HEATMAP_ROWS = 40

_CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#d9dde5; --bg:#f6f7f9; --card:#fff;
  --crit:#b3261e; --high:#e8710a; --med:#c99a06; --low:#5f8f4e; --ok:#2e7d32; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  color:var(--fg); background:var(--bg); overflow-wrap: anywhere; }
header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 6px; }
.meta, .muted { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(170px, 100%), 1fr)); gap: 12px;
  margin: 20px 0; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
  min-width: 0; }
.figure .value { display:block; font-size: 30px; font-weight: 700; line-height: 1.1; }
.figure .label { display:block; font-weight: 600; margin-top: 4px; }
.figure .sub { display:block; color: var(--muted); font-size: 12px; }
.figure.bad .value { color: var(--crit); }
.figure.warn .value { color: var(--high); }
.figure.good .value { color: var(--ok); }
.heatmap { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
.heatmap svg { display: block; }
.heatmap svg text { font: 11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif; fill: var(--fg); }
.scroll { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--card); table-layout: fixed; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; overflow-wrap: break-word; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size: 12px;
  overflow-wrap: anywhere; }
.band { display:inline-block; padding: 1px 8px; border-radius: 10px; color:#fff; font-size: 12px; font-weight: 600; }
.band-critical { background: var(--crit); } .band-high { background: var(--high); }
.band-medium { background: var(--med); } .band-low { background: var(--low); }
.tbl { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
  margin: 16px 0; }
.tbl ul.score { margin: 6px 0 10px; padding-left: 20px; }
.tbl table { font-size: 12.5px; }
.st-plaintext, .st-unkeyed-hash, .st-missing, .st-invalid { color: var(--crit); font-weight: 600; }
.st-encrypted, .st-keyed-hash, .st-declared { color: var(--ok); font-weight: 600; }
.over { color: var(--high); font-weight: 600; }
ul.plain { margin: 0; padding-left: 16px; }
details.more summary { cursor: pointer; color: var(--muted); }
details.more[open] summary { margin-bottom: 2px; }
.sev-error { color: var(--crit); font-weight: 600; } .sev-warning { color: var(--high); font-weight: 600; }
.sev-hint { color: var(--muted); font-weight: 600; }
.legend span { display:inline-block; margin-right: 14px; }
.sw { display:inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
footer { padding: 24px; color: var(--muted); font-size: 12px; }
@media screen and (max-width: 1000px) {
  header, main, footer { padding-left: 12px; padding-right: 12px; }
  .tbl { padding: 10px; }
  table.cards, table.cards tbody, table.cards td { display: block; width: auto; }
  table.cards { background: none; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  table.cards tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(140px, 100%), 1fr));
    background: var(--card); border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; }
  table.cards td { min-width: 0; border: 0; border-top: 1px solid var(--line); padding: 6px 8px; }
  table.cards td.wide { grid-column: 1 / -1; }
  table.cards td.num { text-align: left; }
  table.cards td[data-label]::before { content: attr(data-label); display: block; color: var(--muted);
    font-size: 11px; font-weight: 600; }
}
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff; font-size: 9pt; }
  header, main, footer { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  .figure, .tbl, .heatmap { border-color: #999; break-inside: avoid; }
  .tbl { break-inside: auto; }
  .tbl h3, h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  details.more summary { display: none; }
  details.more::details-content { content-visibility: visible; display: block; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


#: column widths (%) of the report's tables, in order: fixed, so no cell's
#: content can widen a table past its box (long texts wrap inside)
_WIDTHS = {
    "rank": (4, 17, 13, 6, 8, 8, 8, 8, 7, 21),  # #, table, history, score, band, columns, enc, ret, kit, why
    "cols": (10, 10, 12, 10, 8, 7, 8, 8, 15, 12),  # column ... readable by, findings, fix
}
_CSS += "".join(f"table.{name} th:nth-child({n}) {{ width: {w}%; }}\n"
                for name, widths in _WIDTHS.items() for n, w in enumerate(widths, 1))

#: heat-map cell states, worst first (the colour is the state's)
_CELL = (("exposed", "#b3261e"), ("gaps", "#e8710a"), ("covered", "#2e7d32"))

#: a list longer than this shows its first items and folds the rest in a
#: ``<details>`` (classifier evidence, readers)
FOLD_AFTER = 3


def h(value) -> str:
    """Escape untrusted text for HTML text and attribute values."""
    return html.escape(clean(value), quote=True)


def _word(value: str) -> str:
    """A status, band or state word from the inventory, in the reader's
    language; the value itself (escaped by the caller) when unknown."""
    words = {
        "encrypted": _("encrypted"), "keyed-hash": _("keyed hash"), "unkeyed-hash": _("unkeyed hash"),
        "plaintext": _("plaintext"), "declared": _("declared"), "invalid": _("invalid"),
        "missing": _("missing"), "critical": _("critical"), "high": _("high"), "medium": _("medium"),
        "low": _("low"), "exposed": _("exposed"), "gaps": _("gaps"), "covered": _("covered"),
        "column": _("column"), "table": _("table"), "error": _("error"), "warning": _("warning"),
        "hint": _("hint"),
    }
    return words.get(value, value)


def _meaning(state: str) -> str:
    return {"exposed": _("a column that must be encrypted is not"),
            "gaps": _("encrypted where required, but retention missing or invalid"),
            "covered": _("encrypted where required and retention declared")}[state]


def _items(texts, cls: str = "plain", limit: int = FOLD_AFTER) -> str:
    """Escaped ``texts`` as a list; past ``limit`` items the rest are
    folded in a ``<details>`` that says how many there are."""
    texts = list(texts)
    shown = "".join(f"<li>{h(t)}</li>" for t in texts[:limit])
    out = f'<ul class="{cls}">{shown}</ul>'
    rest = texts[limit:]
    if rest:
        more = h(ngettext("{n} more", "{n} more", len(rest))).format(n=len(rest))
        out += (f'<details class="more"><summary>{more}</summary><ul class="{cls}">'
                + "".join(f"<li>{h(t)}</li>" for t in rest) + "</ul></details>")
    return out


def _figure(key: str, value: str, label: str, sub: str, cls: str = "", **data) -> str:
    attrs = "".join(f' data-{k}="{h(v)}"' for k, v in data.items())
    return (f'<div class="figure {cls}" data-figure="{key}"{attrs}><span class="value">{h(value)}</span>'
            f'<span class="label">{h(label)}</span><span class="sub">{h(sub)}</span></div>')


def _share_cls(share) -> str:
    if share is None:
        return ""
    return "good" if share >= 0.9 else "warn" if share >= 0.5 else "bad"


def _headline(s: dict) -> str:
    enc, ret = s["encrypted"], s["retention"]
    req = s["encryption_required"]
    parts = [
        _figure("personal_tables", str(s["personal_tables"]), _("tables with personal data"),
                _("of {tables} tables").format(tables=s["tables"]), count=s["personal_tables"], of=s["tables"]),
        _figure("personal_columns", str(s["personal_columns"]), _("columns with personal data"),
                _("of {columns} columns; {specific} UU PDP specific").format(
                    columns=s["columns"], specific=s["specific_columns"]),
                count=s["personal_columns"], of=s["columns"]),
        _figure("encrypted", pct(enc["share"]), _("encrypted"),
                _("{count} of {of} personal-data columns; {required} of {required_of} that must be").format(
                    count=enc["count"], of=enc["of"], required=req["count"], required_of=req["of"]),
                _share_cls(enc["share"]), count=enc["count"], of=enc["of"],
                share="" if enc["share"] is None else enc["share"]),
        _figure("retention", pct(ret["share"]), _("with a declared retention"),
                _("{count} of {of} personal-data columns").format(count=ret["count"], of=ret["of"]),
                _share_cls(ret["share"]),
                count=ret["count"], of=ret["of"], share="" if ret["share"] is None else ret["share"]),
        _figure("identity_kit_tables", str(s["identity_kit_tables"]), _("identity-kit tables"),
                _("a government ID beside enough attributes to impersonate someone"),
                "bad" if s["identity_kit_tables"] else "good", count=s["identity_kit_tables"]),
    ]
    return '<section id="headline" class="figures">' + "".join(parts) + "</section>"


def _cell_state(cols) -> str:
    if any(c.encryption.required and not c.encryption.protected for c in cols):
        return "exposed"
    if any(c.retention.required and c.retention.status != "declared" for c in cols):
        return "gaps"
    return "covered"


def heatmap(inv) -> str:
    """Tables (riskiest first, at most :data:`HEATMAP_ROWS`) x category
    groups; a cell's number is the count of columns, its colour the worst
    state among them, its opacity grows with the count.  The SVG keeps
    its size (its text stays legible) and scrolls inside its box."""
    rows = inv.tables[:HEATMAP_ROWS]
    groups = list(inv.groups)
    if not rows or not groups:
        return f'<p class="muted">{h(_("No personal data found."))}</p>'
    colours = dict(_CELL)
    label_w = min(max(len(clean(t.name)) for t in rows) * 7 + 60, 360)
    cw, ch, head = 78, 22, 28
    width, height = label_w + cw * len(groups) + 8, head + ch * len(rows) + 4
    out: List[str] = [f'<svg role="img" width="{width}" height="{height}" '
                      f'viewBox="0 0 {width} {height}" aria-labelledby="hm-title">'
                      f'<title id="hm-title">{h(_("Personal-data columns per table and category group"))}</title>']
    for j, g in enumerate(groups):
        x = label_w + j * cw + cw / 2
        out.append(f'<text x="{x:.0f}" y="{head - 10}" text-anchor="middle" font-weight="600">{h(g)}</text>')
    for i, t in enumerate(rows):
        y = head + i * ch
        name = clean(t.name)
        if len(name) > 48:
            name = name[:47] + "…"
        tip = _("{table} ({history}): risk {score}").format(table=t.name, history=t.history, score=t.risk.score)
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{h(name)}'
                   f'<title>{h(tip)}</title></text>')
        for j, g in enumerate(groups):
            cols = [c for c in t.columns if c.group == g]
            x = label_w + j * cw
            if not cols:
                out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" fill="#eef0f4"/>')
                continue
            state = _cell_state(cols)
            opacity = 0.35 + 0.65 * min(len(cols), 5) / 5
            tip = ngettext("{table} ({history}) / {group}: {n} column ({state}): {names}",
                           "{table} ({history}) / {group}: {n} columns ({state}): {names}", len(cols)).format(
                table=t.name, history=t.history, group=g, n=len(cols), state=_word(state),
                names=", ".join(c.name for c in cols))
            out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" rx="3" '
                       f'fill="{colours[state]}" fill-opacity="{opacity:.2f}" data-table="{h(t.name)}" '
                       f'data-group="{h(g)}" data-count="{len(cols)}" data-state="{state}">'
                       f'<title>{h(tip)}</title></rect>')
            ink = "#fff" if opacity >= 0.6 else "#1d2330"  # readable on light and dark cells
            out.append(f'<text x="{x + cw / 2:.0f}" y="{y + 15}" text-anchor="middle" font-weight="600" '
                       f'style="fill:{ink}">{len(cols)}</text>')
    out.append("</svg>")
    legend = "".join(f'<span><i class="sw" style="background:{colour}"></i>{h(_word(name))}: '
                     f'{h(_meaning(name))}</span>' for name, colour in _CELL)
    more = ""
    if len(inv.tables) > len(rows):
        more = _("The {shown} riskiest of {total} tables with personal data; all are listed below.").format(
            shown=len(rows), total=len(inv.tables))
        more = f'<p class="muted">{h(more)}</p>'
    return (f'<div class="heatmap"><div class="scroll">{"".join(out)}</div>'
            f'<p class="legend">{legend}</p>{more}</div>')


def _head(columns) -> str:
    """``<thead>`` of a report table: ``columns`` is (header, class); the
    widths are in :data:`_WIDTHS`."""
    ths = "".join(f'<th class="{c}">{h(t)}</th>' if c else f"<th>{h(t)}</th>" for t, c in columns)
    return f"<thead><tr>{ths}</tr></thead>"


def _td(label: str, content: str, cls: str = "") -> str:
    """A cell; ``label`` names it where narrow screens show the row as a
    card, on which a ``wide`` cell takes a line of its own and the others
    sit side by side."""
    klass = f' class="{cls}"' if cls else ""
    return f'<td{klass} data-label="{h(label)}">{content}</td>'


def _ranking(inv) -> str:
    heads = ((_("#"), "num"), (_("Table"), ""), (_("History"), ""), (_("Score"), "num"), (_("Band"), ""),
             (_("Personal columns"), "num"), (_("Encrypted"), "num"), (_("Retention"), "num"),
             (_("Identity kit"), ""), (_("Why"), ""))
    label = [t for t, _c in heads]
    rows = ['<div class="scroll"><table class="rank cards">' + _head(heads) + "<tbody>"]
    for i, t in enumerate(inv.tables, 1):
        n = len(t.columns)
        enc = sum(1 for c in t.columns if c.encryption.protected)
        ret = sum(1 for c in t.columns if c.retention.declared)
        rows.append(
            f'<tr data-table="{h(t.name)}" data-score="{t.risk.score}">'
            + _td(label[0], str(i), "num")
            + _td(label[1], f'<a href="#t-{i}"><code>{h(t.name)}</code></a>', "wide")
            + _td(label[2], h(t.history), "mono wide")
            + _td(label[3], str(t.risk.score), "num")
            + _td(label[4], f'<span class="band band-{h(t.risk.band)}">{h(_word(t.risk.band))}</span>')
            + _td(label[5], f"{n} / {t.columns_total}", "num")
            + _td(label[6], pct(enc / n), "num")
            + _td(label[7], pct(ret / n), "num")
            + _td(label[8], h(_("yes")) if t.identity_kit else "")
            + _td(label[9], h(t.risk.explain()), "muted wide")
            + "</tr>")
    rows.append("</tbody></table></div>")
    return "".join(rows)


def _findings(findings) -> str:
    if not findings:
        return ""
    items = "".join(f'<li><span class="sev-{h(f.severity)}">{h(f.code)}</span> {h(f.message)}'
                    f' <span class="muted">({h(loc(f.location))})</span></li>' for f in findings)
    return f'<ul class="plain">{items}</ul>'


def _encryption(c) -> str:
    e = c.encryption
    need = _("required") if e.required else _("not required")
    where = f'<br><span class="muted">{h(loc(e.location))}</span>' if e.location else ""
    return (f'<span class="st-{h(e.status)}">{h(_word(e.status))}</span> <span class="muted">({h(need)})</span>'
            f'<br>{h(e.evidence)}{where}')


def _retention(c) -> str:
    r = c.retention
    if r.status == "declared":
        extra = f' <span class="over">{h(_("exceeds the maximum"))}</span>' if r.exceeds_max else ""
        where = _("{scope} {source}, {location}").format(scope=_word(r.scope or ""), source=r.source or "",
                                                         location=loc(r.location))
        return f'<span class="st-declared">{h(r.value)}</span>{extra}<br><span class="muted">{h(where)}</span>'
    if r.status == "invalid":
        return (f'<span class="st-invalid">{h(_word("invalid"))}</span> {h(r.value)}<br>'
                f'<span class="muted">{h(r.error)}</span>')
    if r.required:
        return f'<span class="st-missing">{h(_word("missing"))}</span>'
    return f'<span class="muted">{h(_("not required"))}</span>'


def _readers(c) -> str:
    """Who can read a high-risk column; anonymous readers of every row
    stand out (and come first, before any folded rest)."""
    if c.readers is None:
        return '<span class="muted">-</span>'
    if not c.readers:
        return f'<span class="muted">{h(_("no grant in the replayed files"))}</span>'
    ordered = sorted(c.readers, key=lambda r: not (r.anonymous and r.rows == "all"))
    def li(r):
        cls = ' class="over"' if r.anonymous and r.rows == "all" else ""
        return f"<li{cls}>{h(r.describe())}</li>"
    out = '<ul class="plain">' + "".join(li(r) for r in ordered[:FOLD_AFTER]) + "</ul>"
    rest = ordered[FOLD_AFTER:]
    if rest:
        more = h(ngettext("{n} more", "{n} more", len(rest))).format(n=len(rest))
        out += (f'<details class="more"><summary>{more}</summary><ul class="plain">'
                + "".join(li(r) for r in rest) + "</ul></details>")
    return out


def _table(i: int, t) -> str:
    kit = f' <span class="band band-critical">{h(_("identity kit"))}</span>' if t.identity_kit else ""
    intro = (_("History {history}; created at {location}; {n} of {total} columns hold personal data.")
             if t.created else
             _("History {history}; first altered (created outside the replayed files) at {location}; "
               "{n} of {total} columns hold personal data."))
    intro = h(intro).format(history=f'<span class="mono">{h(t.history)}</span>',
                            location=f'<span class="mono">{h(loc(t.location))}</span>',
                            n=len(t.columns), total=t.columns_total)
    parts = [f'<article class="tbl" id="t-{i}" data-table="{h(t.name)}">',
             f'<h3><code>{h(t.name)}</code> <span class="band band-{h(t.risk.band)}">{h(_word(t.risk.band))} '
             f'{t.risk.score}</span>{kit}</h3>',
             f'<p class="muted">{intro}</p>',
             '<ul class="score">']
    for c in t.risk.contributions:
        parts.append(f'<li><b>{h(c.factor)} +{c.points}</b>: {h(c.detail)}</li>')
    parts.append(f'<li><b>{h(_("score {score}").format(score=t.risk.score))}</b> ({h(t.risk.explain())})</li></ul>')
    heads = ((_("Column"), ""), (_("Category"), ""), (_("Evidence"), ""), (_("Encryption"), ""),
             (_("Retention"), ""), (_("Purpose"), ""), (_("Introduced"), ""), (_("Readable by"), ""),
             (_("Findings"), ""), (_("Fix"), ""))
    label = [x for x, _c in heads]
    parts.append('<div class="scroll"><table class="cols cards">' + _head(heads) + "<tbody>")
    for c in t.columns:
        category = _("{category}; {tier} tier; UU PDP {pdp}").format(category=c.category, tier=_word(c.tier),
                                                                   pdp=c.pdp)
        if c.confidence is not None:
            category += _(", confidence {confidence:.2f}").format(confidence=c.confidence)
        purpose = "-"
        if c.purpose is not None:
            unknown = f' <span class="over">{h(_("(not in the ruleset)"))}</span>' if not c.purpose.known else ""
            purpose = (f'{h(c.purpose.value)}{unknown}<br>'
                       f'<span class="muted">{h(_word(c.purpose.scope))}</span>')
        fix = "".join(f"<li>{h(x)}</li>" for x in c.fix)
        parts.append(
            f'<tr data-column="{h(c.name)}" data-category="{h(c.category)}">'
            + _td(label[0], f'<code>{h(c.name)}</code><br><span class="muted">{h(c.type) or h(_("untyped"))}</span>',
                  "wide")
            + _td(label[1], f'{h(c.label)}<br><span class="muted">{h(category)}</span>')
            + _td(label[2], _items(c.evidence or ["-"]), "wide")
            + _td(label[3], _encryption(c))
            + _td(label[4], _retention(c))
            + _td(label[5], purpose)
            + _td(label[6], h(loc(c.introduced)), "mono wide")
            + _td(label[7], _readers(c), "wide")
            + _td(label[8], _findings(c.findings) or "-", "wide")
            + _td(label[9], f'<ul class="plain">{fix}</ul>' if fix else "-", "wide")
            + "</tr>")
    parts.append("</tbody></table></div>")
    if t.findings:
        parts.append(f"<p><b>{h(_('Table findings'))}</b></p>" + _findings(t.findings))
    parts.append("</article>")
    return "".join(parts)


def _method(inv) -> str:
    from . import risk

    code = {name: f"<code>{name}</code>" for name in ("encrypted=", "retention=")}
    tiers = ", ".join(f"{h(_word(k))} {v}" for k, v in risk.TIER_POINTS.items())
    bands = ", ".join(f"{h(_word(b))} &ge; {floor}" for b, floor in risk.BAND_FLOORS if floor)
    return (
        f'<section id="method"><h2>{h(_("How to read this report"))}</h2><p>'
        + h(_("Encrypted: share of personal-data columns with encryption evidence (an encrypted type, an "
              "{encrypted} annotation, ciphertext naming) or stored as a keyed hash.")).format(
            encrypted=code["encrypted="]) + " "
        + h(_("Retention: share with a {retention} annotation that parses, on the column or its table.")).format(
            retention=code["retention="]) + " "
        + h(_("Identity kit: a government ID readable in plaintext beside at least {n} other identity "
              "attributes (MIN003).").format(n=inv.identity_kit_threshold))
        + "</p><p>"
        + h(_("Risk score: the sum of the contributions listed per table. Each column weighs its tier "
              "({tiers}) plus {specific} for UU PDP specific data; sensitivity sums the weights, unencrypted "
              "adds them again for columns that must be encrypted and are not, no-retention adds {no_retention} "
              "per column without a valid retention, over-retention {over_retention} per column kept longer "
              "than its category allows, linkage {linkage} per identity attribute beyond the first, "
              "identity-kit {identity_kit}.")).format(
            tiers=tiers, specific=risk.SPECIFIC_POINTS, no_retention=risk.NO_RETENTION_POINTS,
            over_retention=risk.OVER_RETENTION_POINTS, linkage=risk.LINKAGE_POINTS,
            identity_kit=risk.IDENTITY_KIT_POINTS) + " "
        + h(_("Bands: {bands}. Definition: docs/audit.md.")).format(bands=bands)
        + "</p></section>")


def _meta(inv, s) -> str:
    f, fs = s["files"], s["findings"]
    text = (ngettext("schemalint {version} audit; ruleset {ruleset}. Read {files} file ({analysed} analysed, "
                     "{unparsable} unparsable)",
                     "schemalint {version} audit; ruleset {ruleset}. Read {files} files ({analysed} analysed, "
                     "{unparsable} unparsable)", f["total"])
            .format(version=__version__, ruleset=inv.ruleset or "default", files=f["total"],
                    analysed=f["analysed"], unparsable=f["unparsable"])
            + " "
            + ngettext("in {n} history: {tables} tables, {columns} columns.",
                       "in {n} histories: {tables} tables, {columns} columns.", s["histories"])
            .format(n=s["histories"], tables=s["tables"], columns=s["columns"])
            + " "
            + _("Findings: {total} ({error} errors, {warning} warnings, {hint} hints).").format(**fs))
    out = h(text)
    if f["unparsable"] or s["notes"]:
        out += " " + h(_("Not fully read: {unparsable} unparsable files, {notes} notes (constructs read but not "
                         "followed; {command} lists them): the inventory may miss what they change.")).format(
            unparsable=f["unparsable"], notes=s["notes"], command="<code>schemalint check -v</code>")
    return f'<p class="meta">{out}</p>'


def render(inv, options=None) -> str:
    s = inv.summary
    nav = " · ".join(f'<a href="#{anchor}">{h(text)}</a>' for anchor, text in (
        ("heatmap", _("Heat map")), ("riskiest", _("Riskiest tables")), ("tables", _("Every table")),
        ("method", _("How to read this report"))))
    none = f'<p class="muted">{h(_("No personal data found."))}</p>'
    body: List[str] = [
        f"<header><h1>{h(_('Personal-data inventory'))}</h1>",
        _meta(inv, s),
        f"<nav>{nav}</nav></header><main>",
        _headline(s),
        f'<section id="heatmap"><h2>{h(_("Where the personal data is"))}</h2>', heatmap(inv), "</section>",
        f'<section id="riskiest"><h2>{h(_("Riskiest tables"))}</h2>',
        _ranking(inv) if inv.tables else none, "</section>",
        f'<section id="tables"><h2>{h(_("Every table with personal data, riskiest first"))}</h2>',
        "".join(_table(i, t) for i, t in enumerate(inv.tables, 1)), "</section>",
    ]
    if inv.other_findings:
        body.append(f'<section id="other"><h2>{h(_("Other findings"))}</h2>' + _findings(inv.other_findings)
                    + "</section>")
    body.append(_method(inv))
    footer = _("Generated by schemalint audit. This file is self-contained: it loads nothing from the network.")
    body.append(f"</main><footer>{h(footer)}</footer>")
    return (f"<!DOCTYPE html>\n<html lang=\"{h(language())}\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"generator\" content=\"schemalint {h(__version__)}\">"
            f"<title>{h(_('Personal-data inventory: schemalint audit'))}</title>"
            f"<style>{_CSS}</style></head><body>" + "\n".join(body) + "</body></html>\n")
