"""A data-only inventory of personal data, built from a pipeline run.

For every history and table: the personal-data columns with their
category, group, tier, UU PDP class, encryption status and evidence,
retention (declared value and where, or missing), purpose, the migration
that introduced the column, and the findings attached to the table or
column; the table's risk score (:mod:`.risk`).  Every output format
renders this one structure, so the figures of the text, JSON, CSV,
Markdown, HTML and Fides outputs agree by construction.

The inventory is plain data: nothing here formats text for a reader.
"""

from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional, Tuple

from ..annotations import RetentionError, format_days, parse_retention
from ..model import SEVERITIES, Finding, Location
from ..record import dataclass, field
from .risk import UNSCORED, Risk

#: Category groups in the order reports show them; groups a ruleset adds
#: come after, alphabetically.
GROUP_ORDER = ("gov_id", "identity", "contact", "demographic", "biometric", "family", "financial",
               "health", "credential", "org")
TIERS = ("high", "medium", "low")
PDP_CLASSES = ("specific", "general", "other")


@dataclass(frozen=True)
class Encryption:
    required: bool  # the category requires encryption
    status: str  # encrypted | keyed-hash | unkeyed-hash | plaintext
    protected: bool  # encrypted or keyed-hash
    evidence: str
    location: Optional[Location] = None


@dataclass(frozen=True)
class Retention:
    required: bool  # the category requires a declared retention
    status: str  # declared | invalid | missing
    value: Optional[str] = None  # as written
    days: Optional[int] = None  # None: missing, invalid or indefinite
    indefinite: bool = False
    scope: Optional[str] = None  # column | table
    source: Optional[str] = None  # comment | directive | manifest | model | label
    location: Optional[Location] = None
    max_days: Optional[int] = None  # the category's maximum
    error: Optional[str] = None

    @property
    def declared(self) -> bool:
        return self.status == "declared"

    @property
    def exceeds_max(self) -> bool:
        """A declared retention longer than the category allows
        (``indefinite`` exceeds any maximum)."""
        if not self.declared or self.max_days is None:
            return False
        return self.indefinite or (self.days is not None and self.days > self.max_days)


@dataclass(frozen=True)
class Purpose:
    value: str
    scope: str
    location: Location
    known: bool  # the ruleset knows this purpose


@dataclass
class ColumnEntry:
    name: str
    type: str
    category: str
    label: str
    group: str
    tier: str
    pdp: str
    confidence: Optional[float]
    evidence: Tuple[str, ...]
    identity_attribute: bool
    encryption: Encryption
    retention: Retention
    purpose: Optional[Purpose]
    introduced: Location
    coarser: Optional[str] = None  # a coarser value that would serve, from the ruleset
    findings: List[Finding] = field(default_factory=list)
    fix: List[str] = field(default_factory=list)
    #: who can read it (schemalint.access.exposure.Reader), for high-risk columns; None for the others
    readers: Optional[list] = None

    @property
    def anonymous_readers(self) -> list:
        """Readers that count as anonymous and read every row."""
        return [r for r in self.readers or () if r.anonymous and r.rows == "all"]


@dataclass
class TableEntry:
    history: str
    name: str  # qualified, as written
    schema: Optional[str]
    bare: str  # the name without its schema
    location: Location  # where the table was created (or first altered)
    created: bool
    columns_total: int
    columns: List[ColumnEntry] = field(default_factory=list)
    #: findings on the table, or on columns that are not personal data
    findings: List[Finding] = field(default_factory=list)
    identity_kit: bool = False
    identity_attributes: Tuple[str, ...] = ()
    risk: Risk = UNSCORED

    @property
    def groups(self) -> Dict[str, int]:
        return dict(Counter(c.group for c in self.columns))

    @property
    def all_findings(self) -> List[Finding]:
        return self.findings + [f for c in self.columns for f in c.findings]


@dataclass
class Inventory:
    tables: List[TableEntry]  # tables with personal data, riskiest first
    summary: dict
    groups: Tuple[str, ...]  # groups present, in report order
    files: list  # pipeline FileStatus
    other_findings: List[Finding]  # findings not on a table with personal data
    ruleset: Optional[str] = None
    identity_kit_threshold: int = 3
    notes: list = field(default_factory=list)  # pipeline notes (model.Skipped), for -v


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------


def build_inventory(run, config=None) -> Inventory:
    """The inventory of a :class:`~schemalint.pipeline.RunResult` (run with
    checks, so findings can be attached)."""
    from ..checks.context import Context
    from . import risk

    ruleset = run.ruleset
    threshold = risk.identity_kit_threshold(ruleset)
    purposes = set(getattr(ruleset, "purposes", None) or ())
    tables: List[TableEntry] = []
    from ..access.exposure import is_high_risk

    platforms = set()
    for schema in run.schemas:
        ctx = Context(schema, run.classifications.get(schema.history, {}), ruleset, config)
        acc = ctx.access()
        noted = len(schema.notes)
        if acc.platform.kind:
            platforms.add(acc.platform.kind)
        for table in schema.tables.values():
            cols = []
            for column in table.columns.values():
                cat = ctx.category(table, column)
                if cat is not None:
                    entry = _column(ctx, table, column, cat, ctx.classification(table, column), purposes)
                    if is_high_risk(cat):
                        entry.readers = acc.column_readers(table, column)
                    cols.append(entry)
            if not cols:
                continue
            table_entry = TableEntry(history=schema.history, name=table.ref.qualified, schema=table.ref.schema,
                                     bare=table.ref.name, location=table.location, created=table.created,
                                     columns_total=len(table.columns), columns=cols)
            table_entry.identity_kit, table_entry.identity_attributes = risk.identity_kit(table_entry, threshold)
            tables.append(table_entry)
        # what tracing a view for its readers could not follow (check traces only the views
        # someone but their owner reads): listed with the run's other notes
        run.notes.extend(schema.notes[noted:])

    other = _attach(run, tables)
    for t in tables:
        for c in t.columns:
            c.fix = _fixes(t, c)
        t.risk = risk.score(t)
    tables.sort(key=lambda t: (-t.risk.score, t.history, t.name.lower()))
    groups = _group_order({c.group for t in tables for c in t.columns})
    inv = Inventory(tables=tables, summary={}, groups=groups, files=list(run.files),
                    other_findings=other, ruleset=getattr(ruleset, "name", None),
                    identity_kit_threshold=threshold, notes=list(run.notes))
    inv.summary = summarize(run, inv)
    inv.summary["access"]["platforms"] = sorted(platforms)
    return inv


def _column(ctx, table, column, cat, cls, purposes) -> ColumnEntry:
    prot = ctx.protection(table, column)
    ann = ctx.annotations(table, column)
    purpose = None
    if "purpose" in ann:
        v = ann["purpose"]
        purpose = Purpose(v.value, v.scope, v.location, v.value in purposes)
    conf = getattr(cls, "confidence", None)
    return ColumnEntry(
        name=column.name,
        type=str(column.type) if column.type is not None else "",
        category=cat.id,
        label=getattr(cat, "label", None) or cat.id,
        group=getattr(cat, "group", None) or cat.id.split(".", 1)[0],
        tier=getattr(cat, "tier", None) or "medium",
        pdp=getattr(cat, "pdp", None) or "general",
        confidence=float(conf) if isinstance(conf, (int, float)) else None,
        evidence=tuple(str(e) for e in (getattr(cls, "evidence", None) or ())) or _declared(ann, cat),
        identity_attribute=bool(getattr(cat, "identity_attribute", False)),
        encryption=Encryption(bool(getattr(cat, "requires_encryption", False)), prot.status, prot.protected,
                              prot.evidence, prot.location),
        retention=_retention(ann.get("retention"), cat),
        purpose=purpose,
        introduced=column.location,
        coarser=getattr(cat, "coarser", None) or None,
    )


def _declared(ann, cat) -> Tuple[str, ...]:
    v = ann.get("category")
    if v is not None:
        return (f"declared category={v.value} ({v.scope} {v.source} at {v.location})",)
    return ()


def _retention(value, cat) -> Retention:
    required = bool(getattr(cat, "requires_retention", True))
    max_days = getattr(cat, "max_retention_days", None)
    if value is None:
        return Retention(required, "missing", max_days=max_days)
    common = dict(value=value.value, scope=value.scope, source=value.source, location=value.location,
                  max_days=max_days)
    try:
        r = parse_retention(value.value)
    except RetentionError as exc:
        return Retention(required, "invalid", error=str(exc), **common)
    return Retention(required, "declared", days=r.days, indefinite=r.indefinite, **common)


def _attach(run, tables: List[TableEntry]) -> List[Finding]:
    """Attach each finding to its column or table; return the rest.  A
    table name found in several histories is resolved by the finding's
    location (or a related one) being a file of that history."""
    files = {s.history: set(s.files) for s in run.schemas}
    by_name: Dict[str, List[TableEntry]] = {}
    for t in tables:
        by_name.setdefault(t.name.lower(), []).append(t)
    other: List[Finding] = []
    for f in run.findings:
        entry = None
        if f.table:
            cands = by_name.get(f.table.lower(), [])
            paths = {f.location.path, *(r.path for r in f.related)}
            entry = next((t for t in cands if paths & files.get(t.history, set())), None)
            if entry is None and len(cands) == 1:
                entry = cands[0]
        if entry is None:
            other.append(f)
            continue
        col = None
        if f.column:
            col = next((c for c in entry.columns if c.name.lower() == f.column.lower()), None)
        (col.findings if col is not None else entry.findings).append(f)
    return other


def _fixes(table: TableEntry, c: ColumnEntry) -> List[str]:
    """What would close the column's gaps, in order: encryption, retention,
    a coarser value.  A gap with a finding of its rule takes the finding's
    fix; a gap without one (rule not selected, finding suppressed) gets a
    fix written here.  Then the fixes of the column's other findings."""
    ref = f"{table.name}.{c.name}"
    by_code = {f.code: f for f in c.findings}
    gaps: List[Tuple[str, str]] = []
    if c.encryption.required and not c.encryption.protected:
        if c.encryption.status == "unkeyed-hash":
            gaps.append(("ENC001", f"replace the unkeyed hash with an HMAC under a secret key and mark it: "
                                   f"COMMENT ON COLUMN {ref} IS 'schemalint: encrypted=hmac-sha256'"))
        else:
            gaps.append(("ENC001", f"encrypt {c.name} (pgcrypto, pgsodium or application-level AES-GCM, key "
                                   f"outside the database; a keyed hash column for lookups) and declare it: "
                                   f"COMMENT ON COLUMN {ref} IS 'schemalint: encrypted=<method>'"))
    example = format_days(c.retention.max_days) if c.retention.max_days else "P5Y"
    if c.retention.status == "missing" and c.retention.required:
        gaps.append(("RET001", f"declare how long it is kept: COMMENT ON TABLE {table.name} IS "
                               f"'schemalint: retention={example} after <event>' (or on the column), and run a "
                               f"deletion job that implements it"))
    elif c.retention.status == "invalid":
        gaps.append(("RET003", f"fix the retention value {c.retention.value!r}: {c.retention.error}"))
    elif c.retention.exceeds_max:
        gaps.append(("RET002", f"shorten the retention {c.retention.value} to at most "
                               f"{format_days(c.retention.max_days)} for {c.category}"))
    if c.coarser:
        gaps.append(("MIN006", f"store a coarser value if the purpose allows: {c.coarser}"))
    out: List[str] = []
    used = set()
    for code, text in gaps:
        f = by_code.get(code)
        fix = f.fix if f is not None and f.fix else text
        used.add(code)
        if fix not in out:
            out.append(fix)
    for f in c.findings:
        if f.code not in used and f.fix and f.fix not in out:
            out.append(f.fix)
    return out


def _group_order(groups) -> Tuple[str, ...]:
    known = [g for g in GROUP_ORDER if g in groups]
    return tuple(known + sorted(g for g in groups if g not in GROUP_ORDER))


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------


def ratio(count: int, of: int) -> Optional[float]:
    """A share rounded to 4 decimals, or None when there is nothing to
    count (``of`` is 0)."""
    return round(count / of, 4) if of else None


def share(count: int, of: int) -> dict:
    return {"count": count, "of": of, "share": ratio(count, of)}


def _access_summary(cols: List[ColumnEntry]) -> dict:
    high = [c for c in cols if c.readers is not None]
    anonymous = [c for c in high if c.anonymous_readers]
    granted = [c for c in high if not c.anonymous_readers and any(r.via != "owner" for r in c.readers or ())]
    return {"high_risk_columns": len(high), "anonymous": share(len(anonymous), len(high)),
            "granted": share(len(granted), len(high)),
            "no_grant": share(len(high) - len(anonymous) - len(granted), len(high))}


def summarize(run, inv: Inventory) -> dict:
    """The figures every format shows.  Shares are of personal-data
    columns; see docs/audit.md."""
    from . import risk

    states = Counter(st.state for st in run.files)
    cols = [c for t in inv.tables for c in t.columns]
    n = len(cols)
    required = [c for c in cols if c.encryption.required]
    sev = Counter(f.severity for f in run.findings)
    groups = {}
    for g in inv.groups:
        groups[g] = {"columns": sum(1 for c in cols if c.group == g),
                     "tables": sum(1 for t in inv.tables if any(c.group == g for c in t.columns))}
    return {
        "files": {"total": sum(states.values()), "analysed": states["analysed"],
                  "unparsable": states["unparsable"], "not_input": states["not-input"]},
        "histories": len(run.schemas),
        "tables": run.tables,
        "columns": run.columns,
        "personal_tables": len(inv.tables),
        "personal_columns": n,
        "specific_columns": sum(1 for c in cols if c.pdp == "specific"),
        "encrypted": share(sum(1 for c in cols if c.encryption.protected), n),
        "encryption_required": share(sum(1 for c in required if c.encryption.protected), len(required)),
        "retention": share(sum(1 for c in cols if c.retention.declared), n),
        "retention_within_max": share(sum(1 for c in cols if c.retention.declared
                                          and not c.retention.exceeds_max), n),
        "purpose": share(sum(1 for c in cols if c.purpose is not None), n),
        "identity_kit_tables": sum(1 for t in inv.tables if t.identity_kit),
        "risk": {b: sum(1 for t in inv.tables if t.risk.band == b) for b in risk.BANDS},
        "groups": groups,
        "tiers": {k: sum(1 for c in cols if c.tier == k) for k in TIERS},
        "pdp": {k: sum(1 for c in cols if c.pdp == k) for k in PDP_CLASSES},
        "findings": {"total": len(run.findings), **{s: sev[s] for s in SEVERITIES}},
        #: who can read the high-risk columns (gov_id, health, biometric, financial, family,
        #: credential): by anonymous roles (every row), by other roles granted, by no grant in the files
        "access": _access_summary(cols),
        #: constructs read but not followed (dynamic SQL, RunPython...): the
        #: inventory may miss what they do; `schemalint check -v` lists them
        "notes": len(run.notes),
    }
