"""Stage 6: filter findings: suppressions, rule selection, and scope.

Suppressions come from three places and behave the same:

* annotations on a column or table (database comments, manifest entries,
  and source comments attached to a definition): ``ignore[ENC001]``
  applies to that column's / table's findings (a column's, also to
  table-level findings located at the column's definition);
* source comments that precede no definition: ``ignore[...]`` applies to
  findings on the line it precedes (or trails), ``file-ignore[...]`` to
  the whole file.

Every suppression needs a reason (SUP001); one that suppresses nothing is
reported (SUP002), unless it names only rules that did not run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Protocol, Sequence, Tuple

from .annotations import Suppression
from .directives import LineSuppression
from .findings import make_finding
from .model import Finding, Location
from .record import dataclass, field
from .replay import Schema
from .rules import matches

if TYPE_CHECKING:  # imported by the commands that build a gate, not by every run
    import datetime as _dt

    from .baseline import Baseline


class KnownFindings(Protocol):
    """What the gate asks of a diff base (:class:`schemalint.diffbase.Base`,
    which runs the whole pipeline at another commit, a stage above this
    one): its name, its commit, and whether a finding was already there."""

    ref: str
    commit: str

    def has(self, f: Finding) -> bool: ...


@dataclass
class _Sup:
    suppression: Suppression
    location: Location
    used: bool = False


@dataclass
class FilterResult:
    kept: List[Finding] = field(default_factory=list)
    suppressed: List[Tuple[Finding, Location]] = field(default_factory=list)


def _rule_selected(code: str, name: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    if select and not matches(code, name, select):
        return False
    return not matches(code, name, ignore)


def apply_suppressions(findings: Iterable[Finding], schema: Schema, line_sups: List[LineSuppression],
                       select: Sequence[str], ignore: Sequence[str]) -> FilterResult:
    out = FilterResult()
    tables = {t.ref.qualified: t for t in schema.tables.values()}
    for obj in _access_objects(schema):  # views, functions, roles: findings name them like tables
        tables.setdefault(obj.ref.qualified, obj)
    by_object: Dict[int, List[_Sup]] = {}
    all_sups: List[_Sup] = []

    def sups_of(obj) -> List[_Sup]:
        got = by_object.get(id(obj))
        if got is None:
            got = []
            for src in obj.annotation_sources():
                for s in src.annotation.suppressions:
                    got.append(_Sup(s, src.location))
            by_object[id(obj)] = got
            all_sups.extend(got)
        return got

    # every suppression on the schema takes part (for SUP001/SUP002)
    for t in [*schema.tables.values(), *_access_objects(schema)]:
        sups_of(t)
        for c in t.columns.values():
            sups_of(c)
    lines = [_Sup(ls.suppression, ls.location) for ls in line_sups]
    line_index: Dict[Tuple[str, Optional[int]], List[_Sup]] = {}
    for ls, sup in zip(line_sups, lines):
        line_index.setdefault((ls.path, ls.line), []).append(sup)
    all_sups.extend(lines)

    def line_candidates(f: Finding) -> List[_Sup]:
        got = list(line_index.get((f.location.path, None), ()))
        got += line_index.get((f.location.path, f.location.line), ())
        for r in f.related:
            got += line_index.get((r.path, r.line), ())
        return got

    for f in findings:
        cands: List[_Sup] = []
        t = tables.get(f.table) if f.table else None
        if t is not None:
            cands += sups_of(t)
            if f.column:
                c = t.columns.get(f.column.lower())
                if c is not None:
                    cands += sups_of(c)
            else:
                # a table-level finding located at a column's definition (the
                # column that completed an identity kit): that column's own
                # suppressions apply too
                for c in t.columns.values():
                    if c.location == f.location:
                        cands += sups_of(c)
        cands += line_candidates(f)
        hit = None
        for sup in cands:
            if matches(f.code, f.name, sup.suppression.codes):
                sup.used = True
                hit = hit or sup
        if hit is not None:
            out.suppressed.append((f, hit.location))
        else:
            out.kept.append(f)

    from .i18n import _

    seen = set()
    meta: List[Finding] = []
    for sup in all_sups:
        key = (sup.location, sup.suppression.codes)
        if key in seen:
            continue
        seen.add(key)
        raw = ", ".join(sup.suppression.codes) or "nothing"  # the identity, in any language
        codes = raw if sup.suppression.codes else _("nothing")
        if not has_reason(sup.suppression.reason):
            meta.append(make_finding(
                "SUP001", sup.location, _("suppression of {codes} gives no reason").format(codes=codes),
                why="every suppression must say why the finding does not apply",
                fix=_("add the reason after '--': 'schemalint: ignore[CODE] -- why it is acceptable'"),
                identity=(sup.location.path, f"SUP001:{raw}"), history=schema.history))
        if not sup.used and any(_suppression_selected(code, select, ignore) for code in sup.suppression.codes):
            unknown = [c for c in sup.suppression.codes if not _rules_named(c)]
            if unknown:
                message = (_("suppression of {codes} suppresses nothing: {unknown} is not a rule code or name")
                           if len(unknown) == 1 else
                           _("suppression of {codes} suppresses nothing: {unknown} are not a rule code or name")
                           ).format(codes=codes, unknown=", ".join(unknown))
            else:
                message = _("suppression of {codes} suppresses nothing").format(codes=codes)
            meta.append(make_finding(
                "SUP002", sup.location, message,
                why=("no finding of those rules was reported at this place in this run"
                     + (f"; unknown rule {', '.join(unknown)} (see 'schemalint rules')" if unknown else "")),
                fix=_("remove the suppression or move it to the column or statement it is meant for"),
                identity=(sup.location.path, f"SUP002:{raw}"), history=schema.history))
    for f in meta:
        # SUP findings can themselves be silenced by file/line suppressions that give a
        # reason: one without (file-ignore[ENC,MIN,SUP]) cannot silence the SUP001 it earns
        if any(matches(f.code, f.name, s.suppression.codes) and has_reason(s.suppression.reason)
               for s in line_candidates(f)):
            out.suppressed.append((f, f.location))
        else:
            out.kept.append(f)
    return out


def has_reason(reason: Optional[str]) -> bool:
    """Does a suppression give a reason a reviewer can read: a letter or a
    digit, not only spaces, punctuation or invisible characters (a lone
    zero-width space shows as nothing in every review tool)?"""
    return reason is not None and any(ch.isalnum() for ch in reason)


def _access_objects(schema) -> list:
    """Views, functions and roles that carry annotations (their own and
    their columns')."""
    if getattr(schema, "access", None) is None:
        return []
    return schema.access.annotated()


def _rules_named(selector: str):
    """Rules a suppression's code selects: a code, a code prefix or a name."""
    from .rules import all_rules

    return [r for r in all_rules().values() if matches(r.code, r.name, [selector])]


def _suppression_selected(selector: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Did any rule the suppression names run?  A name that is no rule
    counts as selected, so the useless suppression is reported."""
    rules = _rules_named(selector)
    if not rules:
        return True
    return any(_rule_selected(r.code, r.name, select, ignore) for r in rules)


def select_rules(findings: Iterable[Finding], select: Sequence[str], ignore: Sequence[str]) -> List[Finding]:
    return [f for f in findings if _rule_selected(f.code, f.name, select, ignore)]


def in_scope(f: Finding, paths: Optional[set]) -> bool:
    """With named files (pre-commit, ``check some.sql``), report findings
    located in them, or related to a location in them."""
    if paths is None:
        return True
    if f.location.path in paths:
        return True
    return any(r.path in paths for r in f.related)


# --------------------------------------------------------------------------
# The CI gate: --diff-base and the baseline
# --------------------------------------------------------------------------


@dataclass
class Gate:
    """What the gate filters against.  ``base`` holds the fingerprints of
    the findings at the diff base (:class:`schemalint.diffbase.Base`);
    ``baseline`` the accepted findings (:class:`schemalint.baseline.Baseline`);
    ``today`` decides baseline expiry."""

    base: Optional[KnownFindings] = None
    baseline: Optional[Baseline] = None
    today: Optional[_dt.date] = None


@dataclass
class GateResult:
    diff_base: Optional[str] = None
    diff_base_commit: Optional[str] = None
    baseline_path: Optional[str] = None
    #: findings already present at the diff base (not reported)
    known: List[Finding] = field(default_factory=list)
    #: findings accepted by a baseline entry (not reported): (finding, entry)
    baselined: List[Tuple[Finding, object]] = field(default_factory=list)
    #: findings whose baseline entry expired (reported again): (finding, entry)
    expired: List[Tuple[Finding, object]] = field(default_factory=list)
    #: why baseline entries were not used (rejected, ambiguous): for stderr
    baseline_problems: List[str] = field(default_factory=list)


def is_internal_error(f: Finding) -> bool:
    """An internal error (a frontend or rule crash, reported as PARSE001
    whose message starts "internal error"): whatever it hides is unknown,
    so neither the diff base nor a baseline can make it "already known"."""
    return f.code == "PARSE001" and f.message.startswith("internal error")


def apply_gate(findings: Iterable[Finding], gate: Gate) -> Tuple[List[Finding], GateResult]:
    """Split findings into reported ones and the ones the gate hides.

    Internal errors are always reported (:func:`is_internal_error`).

    A finding whose baseline entry has expired is reported, with the
    expiry in its message, even when the diff base had it too (an expiry
    is a deadline for the whole project).  Otherwise a finding whose
    fingerprint the diff base had is not new and is hidden, and so is one
    with a baseline entry.
    """
    import datetime as _dt

    from .record import replace

    today = gate.today or _dt.date.today()
    base, baseline = gate.base, gate.baseline
    res = GateResult(
        diff_base=getattr(base, "ref", None), diff_base_commit=getattr(base, "commit", None),
        baseline_path=getattr(baseline, "path", None))
    kept: List[Finding] = []
    findings = list(findings)
    accepted = baseline.match(findings) if baseline is not None else {}
    if baseline is not None:
        res.baseline_problems = list(baseline.problems)
    for f in findings:
        if is_internal_error(f):
            kept.append(f)
            continue
        entry = accepted.get(id(f))
        if entry is not None and entry.expired(today):
            why = f"; it was accepted because: {entry.reason}" if entry.reason else ""
            f = replace(f, message=f"{f.message} (its baseline entry expired on "
                                   f"{entry.expires}{why})")  # str(date): its ISO form
            res.expired.append((f, entry))
            kept.append(f)
        elif base is not None and base.has(f):
            res.known.append(f)
        elif entry is not None:
            res.baselined.append((f, entry))
        else:
            kept.append(f)
    return kept, res
