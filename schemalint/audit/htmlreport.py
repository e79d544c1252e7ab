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
from ._fmt import clean, loc, pct, plural

#: heat-map rows: the riskiest tables; the rest are listed below it
HEATMAP_ROWS = 40

_CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#d9dde5; --bg:#f6f7f9; --card:#fff;
  --crit:#b3261e; --high:#e8710a; --med:#c99a06; --low:#5f8f4e; --ok:#2e7d32; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  color:var(--fg); background:var(--bg); }
header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 6px; word-break: break-all; }
.meta, .muted { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 20px 0; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.figure .value { display:block; font-size: 30px; font-weight: 700; line-height: 1.1; }
.figure .label { display:block; font-weight: 600; margin-top: 4px; }
.figure .sub { display:block; color: var(--muted); font-size: 12px; }
.figure.bad .value { color: var(--crit); }
.figure.warn .value { color: var(--high); }
.figure.good .value { color: var(--ok); }
.heatmap { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px;
  overflow-x: auto; }
.heatmap svg text { font: 11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif; fill: var(--fg); }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size: 12px;
  word-break: break-all; }
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
.sev-error { color: var(--crit); font-weight: 600; } .sev-warning { color: var(--high); font-weight: 600; }
.sev-hint { color: var(--muted); font-weight: 600; }
.legend span { display:inline-block; margin-right: 14px; }
.sw { display:inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
footer { padding: 24px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff; font-size: 9pt; }
  header, main, footer { max-width: none; padding: 0; }
  .figure, .tbl, .heatmap { border-color: #999; break-inside: avoid; }
  .tbl { break-inside: auto; }
  .tbl h3, h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

#: heat-map colours: (name, colour, meaning)
_CELL = (
    ("exposed", "#b3261e", "a column that must be encrypted is not"),
    ("gaps", "#e8710a", "encrypted where required, but retention missing or invalid"),
    ("covered", "#2e7d32", "encrypted where required and retention declared"),
)


def h(value) -> str:
    """Escape untrusted text for HTML text and attribute values."""
    return html.escape(clean(value), quote=True)


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
        _figure("personal_tables", str(s["personal_tables"]), "tables with personal data",
                f"of {s['tables']} tables", count=s["personal_tables"], of=s["tables"]),
        _figure("personal_columns", str(s["personal_columns"]), "columns with personal data",
                f"of {s['columns']} columns; {s['specific_columns']} UU PDP specific", count=s["personal_columns"],
                of=s["columns"]),
        _figure("encrypted", pct(enc["share"]), "encrypted",
                f"{enc['count']} of {enc['of']} personal-data columns; {req['count']} of {req['of']} that must be",
                _share_cls(enc["share"]), count=enc["count"], of=enc["of"],
                share="" if enc["share"] is None else enc["share"]),
        _figure("retention", pct(ret["share"]), "with a declared retention",
                f"{ret['count']} of {ret['of']} personal-data columns", _share_cls(ret["share"]),
                count=ret["count"], of=ret["of"], share="" if ret["share"] is None else ret["share"]),
        _figure("identity_kit_tables", str(s["identity_kit_tables"]), "identity-kit tables",
                "a government ID beside enough attributes to impersonate someone",
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
    state among them, its opacity grows with the count."""
    rows = inv.tables[:HEATMAP_ROWS]
    groups = list(inv.groups)
    if not rows or not groups:
        return '<p class="muted">No personal data found.</p>'
    colours = {name: colour for name, colour, _ in _CELL}
    label_w = min(max(len(clean(t.name)) for t in rows) * 7 + 60, 360)
    cw, ch, head = 78, 22, 28
    width, height = label_w + cw * len(groups) + 8, head + ch * len(rows) + 4
    out: List[str] = [f'<svg role="img" width="{width}" height="{height}" '
                      f'viewBox="0 0 {width} {height}" aria-labelledby="hm-title">'
                      f'<title id="hm-title">Personal-data columns per table and category group</title>']
    for j, g in enumerate(groups):
        x = label_w + j * cw + cw / 2
        out.append(f'<text x="{x:.0f}" y="{head - 10}" text-anchor="middle" font-weight="600">{h(g)}</text>')
    for i, t in enumerate(rows):
        y = head + i * ch
        name = clean(t.name)
        if len(name) > 48:
            name = name[:47] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{h(name)}'
                   f'<title>{h(t.name)} ({h(t.history)}): risk {t.risk.score}</title></text>')
        for j, g in enumerate(groups):
            cols = [c for c in t.columns if c.group == g]
            x = label_w + j * cw
            if not cols:
                out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" fill="#eef0f4"/>')
                continue
            state = _cell_state(cols)
            opacity = 0.35 + 0.65 * min(len(cols), 5) / 5
            names = ", ".join(c.name for c in cols)
            out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" rx="3" '
                       f'fill="{colours[state]}" fill-opacity="{opacity:.2f}" data-table="{h(t.name)}" '
                       f'data-group="{h(g)}" data-count="{len(cols)}" data-state="{state}">'
                       f'<title>{h(t.name)} ({h(t.history)}) / {h(g)}: {len(cols)} '
                       f'{plural(len(cols), "column")} ({h(state)}): '
                       f'{h(names)}</title></rect>')
            ink = "#fff" if opacity >= 0.6 else "#1d2330"  # readable on light and dark cells
            out.append(f'<text x="{x + cw / 2:.0f}" y="{y + 15}" text-anchor="middle" font-weight="600" '
                       f'style="fill:{ink}">{len(cols)}</text>')
    out.append("</svg>")
    legend = "".join(f'<span><i class="sw" style="background:{colour}"></i>{h(name)}: {h(meaning)}</span>'
                     for name, colour, meaning in _CELL)
    more = ""
    if len(inv.tables) > len(rows):
        more = (f'<p class="muted">The {len(rows)} riskiest of {len(inv.tables)} tables with personal data; '
                f'all are listed below.</p>')
    return f'<div class="heatmap">{"".join(out)}<p class="legend">{legend}</p>{more}</div>'


def _ranking(inv) -> str:
    rows = ['<table class="rank"><thead><tr><th class="num">#</th><th>Table</th><th>History</th>'
            '<th class="num">Score</th><th>Band</th><th class="num">Personal columns</th>'
            '<th class="num">Encrypted</th><th class="num">Retention</th><th>Identity kit</th>'
            '<th>Why</th></tr></thead><tbody>']
    for i, t in enumerate(inv.tables, 1):
        n = len(t.columns)
        enc = sum(1 for c in t.columns if c.encryption.protected)
        ret = sum(1 for c in t.columns if c.retention.declared)
        rows.append(
            f'<tr data-table="{h(t.name)}" data-score="{t.risk.score}"><td class="num">{i}</td>'
            f'<td><a href="#t-{i}"><code>{h(t.name)}</code></a></td><td class="mono">{h(t.history)}</td>'
            f'<td class="num">{t.risk.score}</td>'
            f'<td><span class="band band-{h(t.risk.band)}">{h(t.risk.band)}</span></td>'
            f'<td class="num">{n} / {t.columns_total}</td><td class="num">{pct(enc / n)}</td>'
            f'<td class="num">{pct(ret / n)}</td><td>{"yes" if t.identity_kit else ""}</td>'
            f'<td class="muted">{h(t.risk.explain())}</td></tr>')
    rows.append("</tbody></table>")
    return "".join(rows)


def _findings(findings) -> str:
    if not findings:
        return ""
    items = "".join(f'<li><span class="sev-{h(f.severity)}">{h(f.code)}</span> {h(f.message)}'
                    f' <span class="muted">({h(loc(f.location))})</span></li>' for f in findings)
    return f'<ul class="plain">{items}</ul>'


def _encryption(c) -> str:
    e = c.encryption
    need = "required" if e.required else "not required"
    where = f'<br><span class="muted">{h(loc(e.location))}</span>' if e.location else ""
    return (f'<span class="st-{h(e.status)}">{h(e.status)}</span> <span class="muted">({need})</span>'
            f'<br>{h(e.evidence)}{where}')


def _retention(c) -> str:
    r = c.retention
    if r.status == "declared":
        extra = ' <span class="over">exceeds the maximum</span>' if r.exceeds_max else ""
        return (f'<span class="st-declared">{h(r.value)}</span>{extra}<br><span class="muted">{h(r.scope)} '
                f'{h(r.source)}, {h(loc(r.location))}</span>')
    if r.status == "invalid":
        return (f'<span class="st-invalid">invalid</span> {h(r.value)}<br>'
                f'<span class="muted">{h(r.error)}</span>')
    return '<span class="st-missing">missing</span>' if r.required else '<span class="muted">not required</span>'


def _readers(c) -> str:
    """Who can read a high-risk column; anonymous readers of every row stand out."""
    if c.readers is None:
        return '<span class="muted">-</span>'
    if not c.readers:
        return '<span class="muted">no grant in the replayed files</span>'
    items = []
    for r in c.readers:
        cls = ' class="over"' if r.anonymous and r.rows == "all" else ""
        items.append(f"<li{cls}>{h(r.describe())}</li>")
    return '<ul class="plain">' + "".join(items) + "</ul>"


def _table(i: int, t) -> str:
    kit = ' <span class="band band-critical">identity kit</span>' if t.identity_kit else ""
    created = "created" if t.created else "first altered (created outside the replayed files)"
    parts = [f'<article class="tbl" id="t-{i}" data-table="{h(t.name)}">',
             f'<h3><code>{h(t.name)}</code> <span class="band band-{h(t.risk.band)}">{h(t.risk.band)} '
             f'{t.risk.score}</span>{kit}</h3>',
             f'<p class="muted">History <span class="mono">{h(t.history)}</span>; {created} at '
             f'<span class="mono">{h(loc(t.location))}</span>; {len(t.columns)} of {t.columns_total} columns '
             f'hold personal data.</p>',
             '<ul class="score">']
    for c in t.risk.contributions:
        parts.append(f'<li><b>{h(c.factor)} +{c.points}</b>: {h(c.detail)}</li>')
    parts.append(f'<li><b>score {t.risk.score}</b> ({h(t.risk.explain())})</li></ul>')
    parts.append('<table class="cols"><thead><tr><th>Column</th><th>Category</th><th>Evidence</th>'
                 '<th>Encryption</th><th>Retention</th><th>Purpose</th><th>Introduced</th><th>Readable by</th>'
                 '<th>Findings</th><th>Fix</th></tr></thead><tbody>')
    for c in t.columns:
        conf = f", confidence {c.confidence:.2f}" if c.confidence is not None else ""
        evidence = "".join(f"<li>{h(e)}</li>" for e in c.evidence) or "<li>-</li>"
        purpose = "-"
        if c.purpose is not None:
            unknown = "" if c.purpose.known else ' <span class="over">(not in the ruleset)</span>'
            purpose = f'{h(c.purpose.value)}{unknown}<br><span class="muted">{h(c.purpose.scope)}</span>'
        fix = "".join(f"<li>{h(x)}</li>" for x in c.fix)
        parts.append(
            f'<tr data-column="{h(c.name)}" data-category="{h(c.category)}">'
            f'<td><code>{h(c.name)}</code><br><span class="muted">{h(c.type) or "untyped"}</span></td>'
            f'<td>{h(c.label)}<br><span class="muted"><code>{h(c.category)}</code>; {h(c.tier)} tier; '
            f'UU PDP {h(c.pdp)}{h(conf)}</span></td>'
            f'<td><ul class="plain">{evidence}</ul></td>'
            f'<td>{_encryption(c)}</td><td>{_retention(c)}</td><td>{purpose}</td>'
            f'<td class="mono">{h(loc(c.introduced))}</td>'
            f'<td>{_readers(c)}</td>'
            f'<td>{_findings(c.findings) or "-"}</td>'
            f'<td>{"<ul class=plain>" + fix + "</ul>" if fix else "-"}</td></tr>')
    parts.append("</tbody></table>")
    if t.findings:
        parts.append("<p><b>Table findings</b></p>" + _findings(t.findings))
    parts.append("</article>")
    return "".join(parts)


def _method(inv) -> str:
    from . import risk

    return (
        '<section id="method"><h2>How to read this report</h2>'
        '<p><b>Encrypted</b>: share of personal-data columns with encryption evidence (an encrypted type, an '
        '<code>encrypted=</code> annotation, ciphertext naming) or stored as a keyed hash. '
        '<b>Retention</b>: share with a <code>retention=</code> annotation that parses, on the column or its '
        'table. <b>Identity kit</b>: a government ID readable in plaintext beside at least '
        f'{inv.identity_kit_threshold} other identity attributes (MIN003).</p>'
        '<p><b>Risk score</b>: the sum of the contributions listed per table. Each column weighs its tier '
        f'({", ".join(f"{k} {v}" for k, v in risk.TIER_POINTS.items())}) plus {risk.SPECIFIC_POINTS} for UU PDP '
        'specific data; <i>sensitivity</i> sums the weights, <i>unencrypted</i> adds them again for columns '
        f'that must be encrypted and are not, <i>no-retention</i> adds {risk.NO_RETENTION_POINTS} per column '
        f'without a valid retention, <i>over-retention</i> {risk.OVER_RETENTION_POINTS} per column kept longer '
        f'than its category allows, <i>linkage</i> {risk.LINKAGE_POINTS} per identity attribute beyond the '
        f'first, <i>identity-kit</i> {risk.IDENTITY_KIT_POINTS}. Bands: '
        + ", ".join(f"{b} &ge; {floor}" for b, floor in risk.BAND_FLOORS if floor)
        + ". Definition: docs/audit.md.</p></section>")


def render(inv, options=None) -> str:
    s = inv.summary
    f = s["files"]
    fs = s["findings"]
    body: List[str] = [
        "<header><h1>Personal-data inventory</h1>",
        f'<p class="meta">schemalint {h(__version__)} audit; ruleset {h(inv.ruleset or "default")}. '
        f'Read {f["total"]} {plural(f["total"], "file")} ({f["analysed"]} analysed, {f["unparsable"]} unparsable) '
        f'in {s["histories"]} {"history" if s["histories"] == 1 else "histories"}: {s["tables"]} tables, '
        f'{s["columns"]} columns. Findings: {fs["total"]} ({fs["error"]} errors, {fs["warning"]} warnings, '
        f'{fs["hint"]} hints).'
        + (f' Not fully read: {f["unparsable"]} unparsable {plural(f["unparsable"], "file")}, {s["notes"]} '
           f'{plural(s["notes"], "note")} (constructs read but not followed; <code>schemalint check -v</code> '
           f'lists them): the inventory may miss what they change.'
           if f["unparsable"] or s["notes"] else "") + '</p>',
        '<nav><a href="#heatmap">Heat map</a> · <a href="#riskiest">Riskiest tables</a> · '
        '<a href="#tables">Every table</a> · <a href="#method">How to read this report</a></nav></header><main>',
        _headline(s),
        '<section id="heatmap"><h2>Where the personal data is</h2>', heatmap(inv), "</section>",
        '<section id="riskiest"><h2>Riskiest tables</h2>',
        _ranking(inv) if inv.tables else '<p class="muted">No personal data found.</p>', "</section>",
        '<section id="tables"><h2>Every table with personal data, riskiest first</h2>',
        "".join(_table(i, t) for i, t in enumerate(inv.tables, 1)), "</section>",
    ]
    if inv.other_findings:
        body.append('<section id="other"><h2>Other findings</h2>' + _findings(inv.other_findings) + "</section>")
    body.append(_method(inv))
    body.append('</main><footer>Generated by schemalint audit. This file is self-contained: it loads '
                'nothing from the network.</footer>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"generator\" content=\"schemalint {h(__version__)}\">"
            "<title>Personal-data inventory: schemalint audit</title>"
            f"<style>{_CSS}</style></head><body>" + "\n".join(body) + "</body></html>\n")
