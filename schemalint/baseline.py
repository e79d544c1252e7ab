"""The baseline file: findings a project has accepted for now.

A baseline lets a codebase with legacy findings adopt schemalint today:
``schemalint check --baseline FILE`` (or the ``baseline`` setting) does
not fail on findings listed in it, and still fails on every other one.
It is data only (JSON), reviewed like code, and written only by the
``schemalint baseline`` command, never by ``check`` (so the pre-commit
hook never rewrites it).  See docs/baseline.md.

Shape (``version`` 2)::

    {
      "version": 2,
      "entries": [
        {"fingerprint": "3f1c...", "code": "ENC001", "history": "db/migrations",
         "table": "peserta", "column": "nik", "category": "gov_id.nik",
         "reason": "legacy table, encryption planned in JIRA-12",
         "expires": "2026-06-30"}
      ]
    }

An entry matches findings by ``fingerprint`` (rule code, project,
table.column by the names the column was created with, category; never a
path or a line), so moving or reformatting code keeps a finding
baselined.  ``history``, ``table`` and ``column`` are exactly what the
fingerprint was made from: an entry whose fingerprint is not that of its
own labels (an entry edited so that a reviewer reads ``legacy_log``
where it accepts ``peserta.nik``) is rejected with a message and accepts
nothing.  ``reason`` and ``expires`` are optional; an entry is honoured
through its ``expires`` date and fails again from the day after.

Version 1 files (no ``history``; fingerprints without the project) are
still read: an entry is used only for a finding whose code, table,
column and category it names, and not at all when such findings come
from more than one project (version 1 cannot tell them apart).
``schemalint baseline --update`` rewrites a version 1 file as version 2.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from typing import Dict, Iterable, List, Optional, Tuple

from .model import Finding
from .record import dataclass, field

FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
DEFAULT_PATH = "schemalint-baseline.json"

_ENTRY_KEYS = ("fingerprint", "code", "history", "table", "column", "category", "reason", "expires")


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    code: str
    table: Optional[str] = None
    column: Optional[str] = None
    category: Optional[str] = None
    reason: Optional[str] = None
    expires: Optional[_dt.date] = None
    #: the project (history root) the fingerprint was made from; None in
    #: version 1 entries
    history: Optional[str] = None
    #: where the entry is in its file, for messages
    index: int = -1

    @property
    def legacy(self) -> bool:
        """A version 1 entry (its fingerprint has no project)."""
        return self.history is None

    def expired(self, today: _dt.date) -> bool:
        return self.expires is not None and today > self.expires

    def label(self) -> str:
        return f"{self.code} {self.table or ''}.{self.column or ''} [{self.category or '-'}]"

    def to_json(self) -> dict:
        d = {"fingerprint": self.fingerprint, "code": self.code, "history": self.history or "",
             "table": self.table, "column": self.column, "category": self.category}
        if self.reason:
            d["reason"] = self.reason
        if self.expires is not None:
            d["expires"] = self.expires.isoformat()
        return d


@dataclass
class Baseline:
    path: str
    entries: Dict[str, Entry] = field(default_factory=dict)  # by fingerprint
    comment: Optional[str] = None  # free text for readers, kept on rewrite
    version: int = FORMAT_VERSION
    #: entries whose fingerprint is not that of their labels: never used
    invalid: List[Entry] = field(default_factory=list)
    #: why entries were not used in the last :meth:`match` (for stderr)
    problems: List[str] = field(default_factory=list)

    def get(self, fingerprint: str) -> Optional[Entry]:
        return self.entries.get(fingerprint)

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, findings: Iterable) -> Dict[int, Entry]:
        """The entry that accepts each finding: ``{id(finding): entry}``.
        Sets :attr:`problems` to the reasons entries were not used."""
        findings = list(findings)
        self.problems = []
        where = f"baseline {self.path}"
        for bad in self.invalid:
            hit = next((f for f in findings if finding_fingerprint(f) == bad.fingerprint), None)
            what = (f"it is the fingerprint of {f_label(hit)} at {hit.location.path}:{hit.location.line}"
                    if hit is not None else "it matches no finding of this run")
            self.problems.append(f"{where}: entries[{bad.index}] ({bad.label()}) rejected: its fingerprint was not "
                                 f"made from its own labels (edited by hand?); {what}. It accepts nothing.")
        out: Dict[int, Entry] = {}
        if self.version >= 2:
            for f in findings:
                e = self.entries.get(finding_fingerprint(f))
                if e is not None:
                    out[id(f)] = e
            return out
        by_entry: Dict[str, List] = {}
        grouped: Dict[str, Entry] = {}  # entries made for grouped findings (not the file's)
        for f in findings:
            e = self.entries.get(_legacy_fingerprint(f))
            if e is None:
                e = accepting(self, f)  # a grouped finding: through the per-column entries it replaced
                if e is not None:
                    by_entry.setdefault(e.fingerprint, []).append(f)
                    grouped[e.fingerprint] = e
                continue
            if not _same_labels(e, f):
                self.problems.append(
                    f"{where}: entries[{e.index}] ({e.label()}) rejected: its fingerprint is that of "
                    f"{f_label(f)} at {f.location.path}:{f.location.line}, not of its own labels. "
                    f"It accepts nothing.")
                continue
            by_entry.setdefault(e.fingerprint, []).append(f)
        for fp, fs in by_entry.items():
            e = grouped.get(fp) or self.entries[fp]
            projects = sorted({(f.identity or ("",))[0] for f in fs})
            if len(projects) > 1:
                self.problems.append(
                    f"{where}: entries[{e.index}] ({e.label()}) fits findings of several projects "
                    f"({', '.join(p or '.' for p in projects)}); a version 1 entry cannot tell them apart, so "
                    f"it accepts none: review them and run 'schemalint baseline --update' to write version 2")
                continue
            for f in fs:
                out[id(f)] = e
        return out


def f_label(f) -> str:
    return f"{f.code} {f.table or ''}.{f.column or ''} [{f.category or '-'}]"


def _same_labels(e: Entry, f) -> bool:
    return (e.code == f.code and (e.category or None) == (f.category or None)
            and (e.table or "").lower() == (f.table or "").lower()
            and (e.column or "").lower() == (f.column or "").lower())


def finding_identity(f) -> Tuple[str, str, str]:
    """(project, table, column) a finding's fingerprint was made from (a
    two-part identity, e.g. a SUP001's (path, key), has no column)."""
    if f.identity:
        history, table, column = (tuple(f.identity) + ("", ""))[:3]
        return history, table, column
    return ("", f.table or "", f.column or "")


def finding_fingerprint(f) -> str:
    if f.fingerprint:
        return f.fingerprint
    from .findings import fingerprint

    return fingerprint(f.code, *finding_identity(f), f.category)


def _legacy_fingerprint(f) -> str:
    from .findings import legacy_fingerprint

    _, table, column = finding_identity(f)
    return legacy_fingerprint(f.code, table, column, f.category)


def accepting(baseline: "Baseline", f) -> Optional[Entry]:
    """The entry that accepts finding ``f``: its own, or, for a finding
    that groups what used to be one finding per column (a table's RET001),
    the entries of all the per-column fingerprints it keeps as
    ``aliases`` (version 1 fingerprints: baselines of that time are
    version 1), combined (the earliest expiry, the first reason).  A
    grouped finding with a column that had no entry is new."""
    own = baseline.get(finding_fingerprint(f))
    if own is not None or not getattr(f, "aliases", ()):
        return own
    found = [baseline.get(a) for a in f.aliases]
    olds = [e for e in found if e is not None]
    if len(olds) != len(found):
        return None
    expiring = [e for e in olds if e.expires is not None]
    first = min(expiring, key=lambda e: e.expires or _dt.date.max) if expiring else olds[0]
    reason = next((e.reason for e in olds if e.reason), None)
    return entry_for(f, reason, first.expires)


def entry_for(f, reason: Optional[str] = None, expires: Optional[_dt.date] = None) -> Entry:
    history, table, column = finding_identity(f)
    return Entry(finding_fingerprint(f), f.code, table or None, column or None, f.category, reason or None,
                 expires, history=history)


# --------------------------------------------------------------------------
# Reading and writing
# --------------------------------------------------------------------------


def parse_date(text: str, today: Optional[_dt.date] = None) -> _dt.date:
    """An ISO date (``2026-06-30``) or a time from today: ``90d``, ``12w``,
    ``6m`` (months of 30 days), ``1y`` (365 days).  ValueError otherwise."""
    text = text.strip()
    m = re.fullmatch(r"(\d+)\s*([dwmy])", text.lower())
    if m:
        days = int(m.group(1)) * {"d": 1, "w": 7, "m": 30, "y": 365}[m.group(2)]
        return (today or _dt.date.today()) + _dt.timedelta(days=days)
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD) or a time from today "
                         f"(90d, 12w, 6m, 1y)") from None


def load(path: str) -> Baseline:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found "
                            f"(create it with 'schemalint baseline')") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror}") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: the baseline is not UTF-8") from None
    except ValueError as exc:
        raise BaselineError(f"{path}: the baseline is not valid JSON: {exc}") from None
    return from_json(path, doc)


def from_json(path: str, doc) -> Baseline:
    if not isinstance(doc, dict):
        raise BaselineError(f"{path}: a baseline is a JSON object with 'version' and 'entries'")
    version = doc.get("version")
    if version not in READ_VERSIONS or isinstance(version, bool):
        raise BaselineError(f"{path}: unsupported baseline version {version!r} (this schemalint reads "
                            f"versions {', '.join(map(str, READ_VERSIONS))})")
    unknown = sorted(set(doc) - {"version", "entries", "comment"})
    if unknown:
        raise BaselineError(f"{path}: unknown key {unknown[0]!r} (known: version, entries, comment)")
    entries = doc.get("entries", [])
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: 'entries' must be a list")
    comment = doc.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise BaselineError(f"{path}: 'comment' must be a string")
    out = Baseline(path, comment=comment, version=version)
    from .findings import fingerprint

    for i, e in enumerate(entries):
        where = f"{path}: entries[{i}]"
        if not isinstance(e, dict):
            raise BaselineError(f"{where} must be an object")
        bad = sorted(set(e) - set(_ENTRY_KEYS))
        if bad:
            raise BaselineError(f"{where}: unknown key {bad[0]!r} (known: {', '.join(_ENTRY_KEYS)})")
        for key in ("fingerprint", "code"):
            if not isinstance(e.get(key), str) or not e[key]:
                raise BaselineError(f"{where}: {key!r} must be a non-empty string")
        for key in ("table", "column", "category", "reason"):
            if e.get(key) is not None and not isinstance(e[key], str):
                raise BaselineError(f"{where}: {key!r} must be a string or null")
        if version >= 2 and not isinstance(e.get("history"), str):
            raise BaselineError(f"{where}: 'history' must be a string (the project the finding belongs to)")
        if version < 2 and "history" in e:
            raise BaselineError(f"{where}: 'history' is a key of version 2 baselines")
        expires = None
        if e.get("expires") is not None:
            if not isinstance(e["expires"], str):
                raise BaselineError(f"{where}: 'expires' must be a date string YYYY-MM-DD")
            try:
                expires = _dt.date.fromisoformat(e["expires"])
            except ValueError:
                raise BaselineError(f"{where}: 'expires' {e['expires']!r} is not a date YYYY-MM-DD") from None
        entry = Entry(e["fingerprint"], e["code"], e.get("table"), e.get("column"), e.get("category"),
                      e.get("reason") or None, expires, history=e.get("history"), index=i)
        if not entry.legacy and entry.fingerprint != fingerprint(
                entry.code, entry.history, entry.table, entry.column, entry.category):
            out.invalid.append(entry)  # reported by match(), never used
            continue
        old = out.entries.get(entry.fingerprint)
        if old is not None:  # a duplicate (e.g. after a merge): the stricter entry wins
            if old.expires is not None and (entry.expires is None or old.expires <= entry.expires):
                continue
        out.entries[entry.fingerprint] = entry
    return out


def _sort_key(e: Entry):
    return ((e.history or "").lower(), (e.table or "").lower(), (e.column or "").lower(), e.code,
            e.category or "", e.fingerprint)


def dumps(baseline: Baseline) -> str:
    """The file's text: entries in a stable order (table, column, code), no
    timestamps, so an unchanged baseline rewrites to identical bytes."""
    doc: dict = {"version": FORMAT_VERSION}
    if baseline.comment is not None:
        doc["comment"] = baseline.comment
    doc["entries"] = [e.to_json() for e in sorted(baseline.entries.values(), key=_sort_key)]
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def save(baseline: Baseline) -> None:
    """Write atomically (a temporary file beside it, then rename)."""
    text = dumps(baseline)
    directory = os.path.dirname(os.path.abspath(baseline.path))
    tmp = os.path.join(directory, f".{os.path.basename(baseline.path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, baseline.path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise BaselineError(f"{baseline.path}: cannot write the baseline: {exc.strerror}") from None


# --------------------------------------------------------------------------
# Updating
# --------------------------------------------------------------------------


@dataclass
class Update:
    baseline: Baseline
    kept: List[Entry] = field(default_factory=list)
    pruned: List[Entry] = field(default_factory=list)  # their finding is gone (fixed)
    added: List[Entry] = field(default_factory=list)
    not_added: List[Entry] = field(default_factory=list)  # new findings left out (no --add-new)
    expired: List[Entry] = field(default_factory=list)  # expired entries still listed
    dropped_expired: List[Entry] = field(default_factory=list)
    #: entries kept only because their rule did not run in this invocation
    untouched: List[Entry] = field(default_factory=list)


def create(path: str, findings: Iterable, reason: Optional[str] = None,
           expires: Optional[_dt.date] = None) -> Update:
    b = Baseline(path)
    up = Update(b)
    for f in findings:
        e = entry_for(f, reason, expires)
        if e.fingerprint not in b.entries:
            b.entries[e.fingerprint] = e
            up.added.append(e)
    return up


def update(old: Baseline, findings: Iterable[Finding], *, add_new: bool = False, drop_expired: bool = False,
           reason: Optional[str] = None, expires: Optional[_dt.date] = None,
           ran=lambda code: True, today: Optional[_dt.date] = None) -> Update:
    """Prune entries whose finding is gone; keep the others; add current
    findings that are not listed only with ``add_new``; drop expired
    entries only with ``drop_expired`` (with ``add_new`` too, that renews
    them with the new ``reason``/``expires``).  Entries of rules that did
    not run (``ran(code)`` false, e.g. under ``--select``) are kept as they
    are: nothing is known about them.

    The result is always version 2: a kept entry is written again from the
    finding it accepts (its reason and expiry kept).  Entries that accept
    nothing (rejected, or a version 1 entry that fits several projects)
    are pruned; :attr:`Baseline.problems` of ``old`` says why."""
    today = today or _dt.date.today()
    findings = list(findings)
    current: Dict[str, Finding] = {}
    for f in findings:
        current.setdefault(finding_fingerprint(f), f)
    accepted: Dict[str, List] = {}  # old entry's fingerprint -> the findings it accepts
    matched = old.match(findings)
    for f in findings:
        e = matched.get(id(f))
        if e is not None:
            accepted.setdefault(e.fingerprint, []).append(f)
    new = Baseline(old.path, comment=old.comment)
    up = Update(new)
    # grouped findings accepted through the per-column entries they replace:
    # one entry for the group takes their place (those become unused)
    for fp, f in current.items():
        if fp not in old.entries and f.aliases:
            e = accepting(old, f)
            if e is not None and ran(f.code):
                new.entries[fp] = e
                up.kept.append(e)
    for fp, e in old.entries.items():
        if not ran(e.code):
            if e.legacy:
                raise BaselineError(
                    f"{old.path}: entries[{e.index}] ({e.label()}) is a version 1 entry of a rule that did not "
                    f"run: it cannot be rewritten as version 2; run 'schemalint baseline --update' without "
                    f"--select/--ignore once")
            new.entries[fp] = e
            up.untouched.append(e)
            continue
        fs = accepted.get(fp)
        if not fs:
            up.pruned.append(e)
            continue
        if e.expired(today):
            if drop_expired:
                up.dropped_expired.append(e)
                continue
            up.expired.append(e)
        for f in fs:
            renewed = entry_for(f, e.reason, e.expires)
            new.entries[renewed.fingerprint] = renewed
        up.kept.append(e)
    for fp, f in current.items():
        if fp in new.entries:
            continue
        e = entry_for(f, reason, expires)
        if add_new:
            new.entries[fp] = e
            up.added.append(e)
        else:
            up.not_added.append(e)
    return up
