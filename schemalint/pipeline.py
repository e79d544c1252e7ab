"""The whole run: paths -> sources -> frontends -> replay -> classify ->
checks -> filter.  Reporters render what :func:`run` returns.

Every input file ends in exactly one of three states, and the summary
counts them: *analysed* (its frontend read it; notes may say what it
skipped inside), *not an input* (found by a walk but holding no schema,
with the reason), or *unparsable* (reported as PARSE001, fail closed).
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from . import formats, reconcile
from .config import Config, manifest_annotations
from .directives import LineSuppression, attach
from .frontends import FrontendOptions
from .frontends import load as load_frontend
from .model import Annotate, FileResult, FileStatus, Finding, Location, ParseFailure, Skipped, TableRef
from .record import dataclass, field
from .replay import Replayer, Schema, replay
from .sources import SourceFile, discover, history_key


@dataclass
class RunOptions:
    paths: Sequence[str] = (".",)
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    dialect: Optional[str] = None
    expand_history: bool = True
    #: run the checks (False: replay and classify only, for `classify`)
    checks: bool = True
    use_cache: bool = True
    jobs: int = 0  # 0: decide from the number of files
    #: called as ``progress(done, total)`` as files are read (see read_files)
    progress: Optional[Callable[[int, int], None]] = None
    #: with named files, report only findings located in them (False: all
    #: findings of their histories, as the --diff-base replay of REF needs)
    scope: bool = True
    #: answer an unchanged tree from the cache without replaying (``check``:
    #: its reports need findings and counts, not the schemas)
    result_cache: bool = False


@dataclass
class RunResult:
    files: List[FileStatus] = field(default_factory=list)
    schemas: List[Schema] = field(default_factory=list)
    classifications: Dict[str, dict] = field(default_factory=dict)  # history -> {(t, c): cls}
    findings: List[Finding] = field(default_factory=list)
    suppressed: List[Tuple[Finding, Location]] = field(default_factory=list)
    notes: List[Skipped] = field(default_factory=list)
    missing: List[Tuple[str, str]] = field(default_factory=list)
    explicit: List[str] = field(default_factory=list)
    ruleset: object = None
    #: what --diff-base and the baseline hid (:class:`schemalint.filter.GateResult`)
    gate: Optional[object] = None

    #: counts restored from the run cache (the schemas themselves are not
    #: kept there): {"tables", "columns", "personal_columns"}
    counts: Optional[Dict[str, int]] = None
    #: (history key, files) restored from the run cache
    cached_histories: Optional[List[Tuple[str, List[str]]]] = None

    @property
    def tables(self) -> int:
        if self.counts is not None:
            return self.counts["tables"]
        return sum(len(s.tables) for s in self.schemas)

    @property
    def columns(self) -> int:
        if self.counts is not None:
            return self.counts["columns"]
        return sum(len(t.columns) for s in self.schemas for t in s.tables.values())

    @property
    def personal_columns(self) -> int:
        if self.counts is not None:
            return self.counts["personal_columns"]
        return sum(1 for cls in self.classifications.values() for c in cls.values()
                   if getattr(c, "category", None))

    @property
    def histories(self) -> List[Tuple[str, List[str]]]:
        """(history key, the files replayed in it) for every history."""
        if self.cached_histories is not None:
            return self.cached_histories
        return [(s.history, list(s.files)) for s in self.schemas]


# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------


def _read_one(sf: SourceFile, options: FrontendOptions) -> FileResult:
    """Run a file's frontend; never raises.  Reading problems and internal
    errors become located failures that name the file."""
    failures = [m for m, is_failure in sf.problems if is_failure]
    if failures:
        return FileResult(sf.path, sf.format or "unknown",
                          tuple(ParseFailure(m, Location(sf.path, 1, 1)) for m in failures))
    notes = tuple(Skipped(m, Location(sf.path, 1, 1), "note") for m, f in sf.problems if not f)
    fmt = sf.format or "unknown"  # sources give every input file a format
    if not sf.text.strip():
        return FileResult(sf.path, fmt,
                          notes + (Skipped("empty file: nothing to analyse", Location(sf.path, 1, 1), "note"),))
    try:
        frontend = load_frontend(fmt)
        result = frontend.parse(sf, options)
    except RecursionError:
        result = FileResult(sf.path, fmt, (ParseFailure(
            "input nests too deeply to analyse", Location(sf.path, 1, 1)),))
    except Exception as exc:  # fail closed, name the file
        result = FileResult(sf.path, fmt, (ParseFailure(
            f"internal error in the {fmt} frontend while reading this file: "
            f"{type(exc).__name__}: {exc} (please report it)", Location(sf.path, 1, 1)),),
            meta={"internal_error": True})
    if notes:
        result = FileResult(result.path, result.format, notes + tuple(result.changes), result.meta,
                            result.dialect, result.stats)
    return result


def read_files(files: List[SourceFile], options: FrontendOptions, cache=None, jobs: int = 0,
               progress: Optional[Callable[[int, int], None]] = None) -> Dict[str, FileResult]:
    """Parse every file (through ``cache``, a :class:`schemalint.cache.Cache`
    or None, and for many files a process pool).  ``progress(done,
    total)``, when given, is called once before reading and after each file
    (cache hits included)."""
    from . import cache as cache_mod

    results: Dict[str, FileResult] = {}
    todo: List[SourceFile] = []
    total = len(files)
    if progress is not None:
        progress(0, total)
    for sf in files:
        hit = cache.get(sf) if cache is not None else None
        if hit is not None:
            results[sf.path] = hit
            if progress is not None:
                progress(len(results), total)
        else:
            todo.append(sf)
    for sf, res in cache_mod.parse_many(todo, options, jobs, _read_one):
        results[sf.path] = res
        if progress is not None:
            progress(len(results), total)
        if cache is not None and not res.meta.get("internal_error"):
            cache.put(sf, res)  # an internal error may be gone next run: never cache it
    return results


# --------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------


def build(options: RunOptions, config: Config, ruleset=None) -> RunResult:
    """Discover, read, replay and classify; run checks when asked."""
    fe_options = FrontendOptions(dialect=options.dialect or config.dialect,
                                 dialect_globs=dict(config.dialects),
                                 encrypted_types=tuple(config.encrypted_types))
    cache = None
    if options.use_cache:
        from .cache import open_cache

        cache = open_cache(config, fe_options)
    try:
        return _build(options, config, ruleset, fe_options, cache)
    finally:
        if cache is not None:
            cache.close()


def _build(options: RunOptions, config: Config, ruleset, fe_options: FrontendOptions, cache) -> RunResult:
    run = RunResult()
    disc = discover(
        options.paths, exclude=config.exclude, format_overrides=config.formats,
        max_bytes=config.max_file_size, follow_links=config.follow_links,
        expand_history=options.expand_history, index=cache,
    )
    if ruleset is None:
        from .classify.ruleset import default_ruleset, load_ruleset

        ruleset = load_ruleset(config.ruleset) if config.ruleset else default_ruleset()
    run.ruleset = ruleset
    run_key = None
    # a live database can change between two runs without a file changing: never answered from the cache
    if cache is not None and options.checks and options.result_cache and not disc.databases:
        run_key = _run_key(cache, disc, options, config, ruleset)
        hit = cache.get_run(run_key)
        if hit is not None:
            return _restore(hit, ruleset)
    run.missing = list(disc.missing)
    run.explicit = disc.explicit
    databases = _read_databases(disc.databases, run)
    for path, reason in disc.not_inputs:
        run.files.append(FileStatus(path, None, "not-input", reason))

    formats.prepare(disc.files, fe_options)
    results = read_files(disc.files, fe_options, cache, options.jobs, options.progress)

    # source-comment directives and file states
    texts = {sf.path: sf for sf in disc.files}
    attached: Dict[str, FileResult] = {}
    line_sups: Dict[str, List[LineSuppression]] = {}
    orphans: Dict[str, list] = {}
    for path, res in sorted(results.items()):
        sf = texts[path]
        att = attach(res, sf.text)
        attached[path] = att.result
        line_sups[path] = att.line_suppressions
        orphans[path] = att.orphans
        failed = [c for c in res.changes if isinstance(c, ParseFailure)]
        whole = bool(failed) and all(c.location.line == 1 for c in failed) and len(res.changes) == len(failed)
        reason = failed[0].message if whole else sf.evidence
        if res.meta.get("dialect_evidence") and not whole:
            reason += f"; {res.meta['dialect_evidence']}"
        run.files.append(FileStatus(path, sf.format, "unparsable" if whole else "analysed",
                                    reason, res.dialect, sf.explicit))

    # histories: group, order, add evidence files, replay
    groups: Dict[str, List[FileResult]] = {}
    for path, res in attached.items():
        groups.setdefault(texts[path].history or history_key(path, res.format), []).append(res)
    formats.join_histories(groups)
    # a snapshot (a dump, schema.rb) and the migrations it describes: one schema
    snapshots = reconcile.pair(groups)
    paired = {s for keys in snapshots.values() for s in keys}
    # siblings read for a named file's history but not part of it
    stray = {k for k, rs in groups.items() if k not in paired
             and all(texts[r.path].expanded for r in rs + [x for s in snapshots.get(k, ()) for x in groups[s]])
             # model files read as evidence for a history that is kept
             and not (formats.is_evidence(k) and any(formats.evidence_owner(k, h) for h in groups if h != k))}
    for k in stray:
        for r in groups.pop(k):
            run.files = [f for f in run.files if f.path != r.path]
        for s in snapshots.pop(k, ()):
            paired.discard(s)
            for r in groups.pop(s):
                run.files = [f for f in run.files if f.path != r.path]
    # a dump the migrations start from (they alter tables only it creates)
    based = reconcile.bases(groups, paired)
    paired |= {b for b, _ in based.values()}
    evidence = {k: v for k, v in groups.items() if formats.is_evidence(k)}
    for key in sorted(groups):
        if key in evidence or key in paired:
            continue
        ordered = formats.order(key, groups[key])
        extra = _evidence_for(key, evidence)
        replayer = Replayer(key)
        hist_paths = []
        if key in based:
            base, tables = based[key]
            base_results = formats.order(base, groups[base])
            replayer.apply_all(base_results)
            hist_paths += [r.path for r in base_results]
            if ordered:
                replayer.schema.notes.append(reconcile.base_note(
                    hist_paths, tables, Location(ordered[0].path, 1, 1)))
        replayer.apply_all(ordered)
        hist_paths += [r.path for r in ordered]
        for snap in snapshots.get(key, ()):
            snap_results = formats.order(snap, groups[snap])
            reconcile.reconcile(replayer.schema, replay(snap, snap_results))
            hist_paths += [r.path for r in snap_results]
        schema = replayer.apply_all(extra + _manifest_results(config, key))
        for p in hist_paths + [r.path for r in extra]:
            schema.orphan_annotations.extend(orphans.get(p, ()))
        run.schemas.append(schema)
        run.notes.extend(schema.notes)
    for res in databases:  # a live catalog is a history of its own, never joined to files
        key = res.path
        schema = Replayer(key).apply_all([res] + _manifest_results(config, key))
        run.schemas.append(schema)
        run.notes.extend(schema.notes)
    for key in sorted(evidence):
        if not any(formats.evidence_owner(key, s.history) for s in run.schemas):
            for res in evidence[key]:
                run.notes.append(Skipped(
                    "model file with encryption evidence, but no migrations of its project were read",
                    Location(res.path, 1, 1), "note"))

    # classify
    from . import startup
    from .classify import classify_schema

    with startup.paused():
        for schema in run.schemas:
            run.classifications[schema.history] = classify_schema(schema, ruleset)

    if options.checks:
        from .checks.context import Sources

        sources = Sources({**{path: res.format for path, res in results.items()},
                           **{res.path: res.format for res in databases}},
                          lambda path: texts[path].text if path in texts else "",
                          databases={res.path for res in databases})
        _check(run, options, config, line_sups, sources)
    if run_key is not None:
        cache.put_run(run_key, _snapshot(run))
    return run


def _read_databases(databases, run: RunResult) -> List[FileResult]:
    """Read the catalog of every database named by URL
    (:mod:`schemalint.sources.live`); one that cannot be read is a problem
    with the arguments (exit 2), like a path that does not exist."""
    if not databases:
        return []
    from .sources import live

    out = []
    for db in databases:
        try:
            res = live.read(db)
        except live.LiveError as exc:
            run.missing.append((db.display, str(exc)))
            continue
        run.files.append(FileStatus(res.path, res.format, "analysed", live.evidence(res), res.dialect, True))
        out.append(res)
    return out


def _run_key(cache, disc, options: RunOptions, config: Config, ruleset) -> str:
    """Everything a check run's outcome depends on: every input's path,
    content hash and role, the options, the configuration, the ruleset and
    the installed rules."""
    import json
    import os

    from . import i18n, plugins, record
    from .hashing import blake2b

    h = blake2b(digest_size=24)
    parts = [
        cache.salt, os.getcwd(), list(options.paths), list(options.select), list(options.ignore),
        options.dialect, options.expand_history, options.scope,
        json.dumps(record.asdict(config), sort_keys=True, default=str),
        getattr(ruleset, "fingerprint", repr(ruleset)), sorted(plugins.entry_points("schemalint.rules").items()),
        [(sf.path, sf.sha, sf.format, sf.explicit, sf.expanded, sf.history, sf.problems) for sf in disc.files],
        disc.not_inputs, disc.missing, disc.explicit,
        i18n.language(),  # messages and fix hints are written in it
    ]
    h.update(json.dumps(parts, default=str).encode("utf-8"))
    return h.hexdigest()


def _snapshot(run: RunResult) -> dict:
    return {
        "files": run.files, "findings": run.findings, "suppressed": [list(x) for x in run.suppressed],
        "notes": run.notes, "missing": [list(x) for x in run.missing], "explicit": run.explicit,
        "counts": {"tables": run.tables, "columns": run.columns, "personal_columns": run.personal_columns},
        "histories": [[k, list(files)] for k, files in run.histories],
    }


def _restore(value: dict, ruleset) -> RunResult:
    run = RunResult(
        files=list(value["files"]), findings=list(value["findings"]),
        suppressed=[tuple(x) for x in value["suppressed"]], notes=list(value["notes"]),
        missing=[tuple(x) for x in value["missing"]], explicit=list(value["explicit"]), ruleset=ruleset,
        counts=dict(value["counts"]), cached_histories=[(k, list(f)) for k, f in value["histories"]],
    )
    return run


def _evidence_for(history: str, evidence: Dict[str, List[FileResult]]) -> List[FileResult]:
    out: List[FileResult] = []
    for key in sorted(evidence):
        if formats.evidence_owner(key, history):
            out.extend(sorted(evidence[key], key=lambda r: r.path))
    return out


def _manifest_results(config: Config, history: str) -> List[FileResult]:
    entries = manifest_annotations(config)
    if not entries:
        return []
    where = config.path or "configuration"
    changes = []
    for table, column, text in entries:
        parts = table.split(".")
        ref = TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)
        changes.append(Annotate(ref, column, text, Location(where, 1, 1), "manifest"))
    return [FileResult(where, "manifest", tuple(changes))]


def _check(run: RunResult, options: RunOptions, config: Config,
           line_sups: Dict[str, List[LineSuppression]], sources=None) -> None:
    from .checks import all_checks
    from .checks.context import Context
    from .checks.fixes import finish
    from .filter import apply_suppressions, in_scope, select_rules
    from .rules import all_rules, matches

    select = list(options.select) or list(config.select)
    ignore = list(options.ignore) + list(config.ignore)
    checks = all_checks()
    rules = [r for r in all_rules().values() if r.code in checks
             and (not select or matches(r.code, r.name, select)) and not matches(r.code, r.name, ignore)]
    explicit = set(run.explicit) if run.explicit and options.scope else None
    for schema in run.schemas:
        classifications = run.classifications[schema.history]
        ctx = Context(schema, classifications, run.ruleset, config, sources)
        ctx.running = {r.code for r in rules}
        found: List[Finding] = []
        noted = len(schema.notes)
        for rule in rules:
            try:
                found.extend(checks[rule.code](ctx))
            except Exception:  # a rule bug must not hide the other rules' findings
                found.extend(_isolate(checks[rule.code], rule.code, schema, classifications, run.ruleset, config,
                                      sources))
        run.notes.extend(schema.notes[noted:])  # what a rule could not follow (a view's lineage)
        sups = [ls for p in schema.files for ls in line_sups.get(p, ())]
        res = apply_suppressions(found, schema, sups, select, ignore)
        kept = select_rules(res.kept, select, ignore)
        kept = finish(ctx, [f for f in kept if in_scope(f, explicit)])
        run.findings.extend(kept)
        run.suppressed.extend(res.suppressed)
    run.findings.sort(key=Finding.sort_key)


def gate(run: RunResult, spec) -> RunResult:
    """The filter stage's last step, after a run: hide findings present at
    the ``--diff-base`` ref and findings a baseline accepts
    (:class:`schemalint.filter.Gate`).  It comes after :func:`build`
    because the ref's replay follows the histories this run replayed."""
    from .filter import apply_gate

    run.findings, run.gate = apply_gate(run.findings, spec)
    run.findings.sort(key=Finding.sort_key)
    return run


def _isolate(check, code: str, schema: Schema, classifications, ruleset, config, sources) -> List[Finding]:
    """A rule raised on ``schema``: find the tables it fails on (each run
    alone), report an internal error on each of them, and keep the rule's
    findings on all the other tables (run together, so rules that compare
    tables still compare them).  When the rule fails without any table
    failing alone, or still fails on the others, one internal error stands
    for the whole history.  Costs one run per table, only after a crash."""
    from .checks.context import Context
    from .record import replace

    def attempt(tables, whole: bool):
        view = replace(schema, tables=tables) if whole else replace(
            schema, tables=tables, failures=[], orphan_annotations=[])
        try:
            return list(check(Context(view, classifications, ruleset, config, sources))), None
        except Exception as exc:  # noqa: BLE001 - this is the crash being located
            return None, exc

    bad: List[Tuple[object, Exception]] = []
    good = {}
    for key, table in schema.tables.items():
        _, exc = attempt({key: table}, False)
        if exc is None:
            good[key] = table
        else:
            bad.append((table, exc))
    found, exc = attempt(good, True) if bad else (None, None)
    if found is None:
        if exc is None:
            _, exc = attempt(schema.tables, True)
        return [_internal(code, schema, exc)]
    return found + [_internal(code, schema, e, table) for table, e in bad]


def _internal(code: str, schema: Schema, exc: Exception, table=None) -> Finding:
    """An internal error as a PARSE001 finding, on ``table`` when the crash
    was located there, else on the history's first file.  Its message
    starts with "internal error": the gate never hides such a finding
    (:func:`schemalint.filter.is_internal_error`)."""
    from .findings import make_finding

    if table is not None:
        name = table.ref.qualified
        return make_finding(
            "PARSE001", table.location,
            f"internal error in rule {code} while checking table {name}: {type(exc).__name__}: {exc} "
            f"(please report it); the rule's findings on the other tables are reported",
            table=name, identity=(table.origin or name, f"internal:{code}"), history=schema.history)
    where = Location(schema.files[0] if schema.files else schema.history, 1, 1)
    return make_finding(
        "PARSE001", where,
        f"internal error in rule {code} while checking {schema.history}: {type(exc).__name__}: {exc} "
        f"(please report it)", identity=(schema.history, f"internal:{code}"), history=schema.history)


def failing(findings: List[Finding], fail_on: str) -> bool:
    from .model import SEVERITY_RANK

    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK.get(f.severity, 2) >= threshold for f in findings)


__all__ = ["RunOptions", "RunResult", "FileStatus", "build", "gate", "failing", "read_files"]

