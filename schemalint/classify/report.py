"""Output of ``schemalint classify``: every column's classification.

``to_json`` returns one object whose ``columns`` lists every column of the
final schema(s)::

    {"schemalint_classify": 1, "ruleset": {...}, "summary": {...},
     "columns": [{"history": ..., "table": "pasien", "column": "no_ktp",
                  "type": "VARCHAR(20)", "category": "gov_id.nik", "group": "gov_id",
                  "label": "NIK (national ID number)", "tier": "high",
                  "confidence": 0.99, "matched": "no ktp",
                  "evidence": ["phrase 'no ktp' matched gov_id.nik vocabulary ...", ...],
                  "location": {"path": "db/migration.sql", "line": 12, "col": 5}}, ...]}

Each table's role (:mod:`schemalint.classify.roles`) is in ``tables``
(``{"history", "table", "role", "about", "lookup_of", "label", "evidence"}``)
and each column row names it (``table_role``).

``to_text`` renders an aligned table (personal columns only unless
``show_all``), the debugging view users reach for when they disagree: each
table's role with its evidence, then its columns with theirs.
Names, types, paths and evidence from the input are escaped by
:func:`schemalint.escape.clean` in both (a column name cannot move the
cursor or start a CI workflow command).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ..escape import clean, clean_data, safe_line_start

FORMAT_VERSION = 1


def _rows(schemas, classifications_by_history: Mapping[str, Mapping]) -> Iterable[Tuple]:
    for schema in schemas:
        cls = classifications_by_history.get(schema.history) or {}
        for tkey, table in schema.tables.items():
            for ckey, col in table.columns.items():
                yield schema, table, col, cls.get((tkey, ckey))


def _ruleset_of(classifications_by_history) -> Optional[Any]:
    from .ruleset import default_ruleset
    try:
        return default_ruleset()
    except Exception:  # noqa: BLE001 - labels are optional decoration
        return None


def _type_text(col) -> Optional[str]:
    return str(col.type) if col.type is not None else None


def _role_of(classifications_by_history, schema, tkey):
    cls = classifications_by_history.get(schema.history)
    return (getattr(cls, "roles", None) or {}).get(tkey)


def _role_evidence(role, table) -> List[str]:
    return [e.replace("{table}", table.name) for e in role.evidence]


def to_json(schemas, classifications_by_history: Mapping[str, Mapping],
            ruleset=None, notes: Sequence[Any] = ()) -> Dict[str, Any]:
    """One JSON-ready object: ``columns`` lists every column of the schemas;
    ``notes``: the run's statements not followed (:class:`schemalint.model.Skipped`)."""
    rs = ruleset or _ruleset_of(classifications_by_history)
    columns: List[Dict[str, Any]] = []
    by_group: Dict[str, int] = {}
    personal = 0
    tables: List[Dict[str, Any]] = []
    for schema in schemas:
        for tkey, table in schema.tables.items():
            role = _role_of(classifications_by_history, schema, tkey)
            if role is not None:
                tables.append(dict(role.to_dict(), history=schema.history, table=table.ref.qualified,
                                   evidence=_role_evidence(role, table)))
    for schema, table, col, c in _rows(schemas, classifications_by_history):
        cat = c.category if c is not None else None
        info = rs.categories.get(cat) if (rs is not None and cat) else None
        loc = col.location
        role = _role_of(classifications_by_history, schema, table.key)
        row = {
            "history": schema.history,
            "table": table.ref.qualified,
            "column": col.name,
            "type": _type_text(col),
            "category": cat,
            "group": cat.split(".", 1)[0] if cat else None,
            "label": info.label if info else None,
            "tier": info.tier if info else None,
            "confidence": c.confidence if c is not None else 0.0,
            "matched": c.matched if c is not None else None,
            "evidence": list(c.evidence) if c is not None else ["not classified"],
            "location": {"path": loc.path, "line": loc.line, "col": loc.col},
            "table_role": role.kind if role is not None else None,
        }
        columns.append(row)
        if cat:
            personal += 1
            g = row["group"]
            by_group[g] = by_group.get(g, 0) + 1
    out: Dict[str, Any] = {"schemalint_classify": FORMAT_VERSION}
    if rs is not None:
        out["ruleset"] = {"name": rs.name, "paths": list(rs.paths), "fingerprint": rs.fingerprint,
                          "threshold": rs.threshold}
    out["summary"] = {"histories": len(list(schemas)) if not isinstance(schemas, list) else len(schemas),
                      "columns": len(columns), "personal": personal,
                      "by_group": dict(sorted(by_group.items()))}
    out["tables"] = tables
    out["columns"] = columns
    # what could not be read: its tables are missing above (never a silent gap)
    out["unread"] = [{"history": schema.history, "message": f.message,
                      "location": {"path": f.location.path, "line": f.location.line, "col": f.location.col}}
                     for schema in schemas for f in getattr(schema, "failures", ())]
    # statements read but not followed with certainty (a table named by a function call)
    out["not_followed"] = [{"message": n.reason, "location": {"path": n.location.path,
                                                              "line": n.location.line,
                                                              "col": n.location.col}}
                           for n in _unsupported(notes)]
    return clean_data(out)


def _unsupported(notes: Sequence[Any]) -> List[Any]:
    return sorted((n for n in notes if getattr(n, "kind", "unsupported") in ("unsupported", "unfollowed")),
                  key=lambda n: (n.location.path, n.location.line, n.location.col, n.reason))


#: a table's role: (heading, evidence lines)
_RoleRow = Tuple[str, List[str]]
#: a column: (column, type, category, confidence, location, evidence lines)
_ColumnRow = Tuple[str, str, str, str, str, List[str]]


def to_text(schemas, classifications_by_history: Mapping[str, Mapping], show_all: bool = False,
            evidence: Optional[int] = 1, ruleset=None, notes: Sequence[Any] = (),
            list_notes: bool = False) -> str:
    """An aligned table; ``evidence`` = how many evidence lines per column
    (None: every one); ``notes``: the run's statements not followed, counted
    (listed with ``list_notes``)."""
    rows: List[Union[_RoleRow, _ColumnRow]] = []
    total = personal = 0
    shown_table = None
    for schema, table, col, c in _rows(schemas, classifications_by_history):
        total += 1
        cat = c.category if c is not None else None
        if cat:
            personal += 1
        if not cat and not show_all:
            continue
        if shown_table is not table:  # the table's role, before its first column
            shown_table = table
            role = _role_of(classifications_by_history, schema, table.key)
            if role is not None:
                rows.append((clean(f"table {table.ref.qualified}: {role.label}"),
                             [clean(e) for e in _role_evidence(role, table)]))
        loc = col.location
        ev = list(c.evidence[:evidence]) if c is not None else []
        rows.append((clean(f"{table.ref.qualified}.{col.name}"), clean(_type_text(col) or "-"), clean(cat or "-"),
                     f"{c.confidence:.2f}" if c is not None and cat else "",
                     f"{clean(loc.path)}:{loc.line}:{loc.col}", [clean(e) for e in ev]))
    head = ("COLUMN", "TYPE", "CATEGORY", "CONF", "LOCATION")
    caps = (56, 22, 30, 4, 10_000)
    widths = [len(h) for h in head]
    for r in rows:
        if len(r) == 2:
            continue
        for i in range(5):
            widths[i] = min(max(widths[i], len(r[i])), caps[i])
    lines = []
    fmt = "  ".join("{:<%d}" % w for w in widths)
    lines.append(fmt.format(*head).rstrip())
    for r in rows:
        if len(r) == 2:  # a table's role
            lines.append(safe_line_start(r[0]))
            for e in r[1]:
                lines.append("    role: " + e)
            continue
        cells = [(v if len(v) <= widths[i] else v[: widths[i] - 1] + "\u2026")
                 for i, v in enumerate(r[:5])]
        lines.append(safe_line_start(fmt.format(*cells).rstrip()))
        for e in r[5]:
            lines.append("    why: " + e)
    lines.append("")
    lines.append(f"{personal} of {total} columns classified as personal data"
                 + ("" if show_all else " (--all lists every column)"))
    # what could not be read: its tables are missing above (never a silent gap)
    unread = [f for schema in schemas for f in getattr(schema, "failures", ())]
    if unread:
        lines.append(f"{len(unread)} statement(s) could not be read, so their tables are not listed:")
        for f in unread:
            loc = f.location
            lines.append(f"    {clean(loc.path)}:{loc.line}:{loc.col}: {clean(f.message)}")
    skipped = _unsupported(notes)
    if skipped:
        lines.append(f"{len(skipped)} statement(s) were read but not followed, so the tables above "
                     f"may miss what they do" + (":" if list_notes else " (-v lists them)"))
        if list_notes:
            for n in skipped:
                loc = n.location
                lines.append(f"    {clean(loc.path)}:{loc.line}:{loc.col}: {clean(n.reason)}")
    return "\n".join(lines) + "\n"
