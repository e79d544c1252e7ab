"""``schemalint check``: lint schemas and migrations (pre-commit hook, CI
gate)."""

from __future__ import annotations

import os
import sys

from . import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_input_options,
    rule_selection,
    run_options,
    run_pipeline,
    setup,
    write_output,
)

#: formats that have a ``--FORMAT-output FILE`` shorthand for ``--report FORMAT=FILE``
REPORT_SHORTHANDS = ("sarif", "json", "junit", "gitlab", "markdown")


NAME = "check"


def add_parser(sub):
    from ..reporters import FORMATS

    p = sub.add_parser("check", help="lint schemas and migrations (the pre-commit hook and CI gate)",
                       description="Replay schemas and migrations, classify every column and report "
                                   "findings. Exit 0 when clean, 1 with findings, 2 on usage errors.")
    add_input_options(p)
    p.add_argument("--format", "--output-format", dest="format", default="text",
                   choices=list(FORMATS), help="report format on stdout or -o FILE (default: text)")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules: codes, prefixes (ENC) or names, comma separated")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="skip these rules: codes, prefixes or names, comma separated")
    p.add_argument("--fail-on", choices=["error", "warning", "hint", "never"],
                   help="lowest severity that makes the exit code 1 (default: warning)")
    p.add_argument("--show-why", action="store_true",
                   help="print why each finding fired and how to fix it")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    g = p.add_argument_group("CI gate (docs/ci.md, docs/baseline.md)")
    g.add_argument("--diff-base", metavar="REF",
                   help="report only findings that are new relative to the git revision REF (e.g. "
                        "origin/main): REF's files are read from git and replayed the same way; "
                        "findings are matched by fingerprint, never by line")
    g.add_argument("--base-config", action="store_true",
                   help="with --diff-base: read the configuration, and the ruleset and baseline it names, "
                        "from REF, not from the working tree, so a change cannot exclude, ignore, disable or "
                        "accept its own findings (docs/security.md)")
    g.add_argument("--baseline", metavar="FILE",
                   help="do not fail on findings listed in this baseline file (default: the 'baseline' "
                        "setting); expired entries fail again. check never writes it: see "
                        "'schemalint baseline'")
    g.add_argument("--no-baseline", action="store_true", help="ignore the configured baseline")
    g.add_argument("--report", action="append", default=[], metavar="FORMAT=FILE",
                   help=f"also write the report in FORMAT ({', '.join(FORMATS)}) to FILE; repeatable")
    for fmt in REPORT_SHORTHANDS:
        g.add_argument(f"--{fmt}-output", metavar="FILE", dest=f"{fmt}_output",
                       help=f"same as --report {fmt}=FILE")
    return p


def reports(args):
    """The extra reports asked for: [(format, file)]."""
    from ..reporters import FORMATS

    out = []
    for spec in args.report:
        fmt, sep, path = spec.partition("=")
        fmt = fmt.strip().lower()
        if not sep or not path:
            raise UsageError(f"--report {spec!r}: expected FORMAT=FILE, e.g. sarif=schemalint.sarif")
        if fmt not in FORMATS:
            raise UsageError(f"--report {spec!r}: unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        out.append((fmt, path))
    for fmt in REPORT_SHORTHANDS:
        path = getattr(args, f"{fmt}_output", None)
        if path:
            out.append((fmt, path))
    if args.output and any(os.path.abspath(p) == os.path.abspath(args.output) for _, p in out):
        raise UsageError(f"{args.output} is both -o and a --report target")
    return out


def baseline_path(args, config):
    if args.no_baseline:
        return None
    if args.baseline:
        return args.baseline
    if config.baseline:
        if os.path.isabs(config.baseline) or not config.path:
            return config.baseline
        return os.path.relpath(os.path.join(config.root, config.baseline))
    return None


def run(args) -> int:
    from . import database_urls

    urls = database_urls(args.paths)
    if urls and args.diff_base:
        raise UsageError(f"--diff-base compares with a git revision's files; {urls[0]} is a live database, "
                         f"which has no revisions: check it without --diff-base (a baseline works)")
    if args.base_config:
        _use_base_config(args)
    config, ruleset = setup(args)
    select, ignore = rule_selection(args)
    extra = reports(args)
    if args.baseline and args.no_baseline:
        raise UsageError("--baseline and --no-baseline contradict each other")
    baseline = None
    bpath = baseline_path(args, config)
    if bpath:
        from ..baseline import BaselineError, load

        try:
            baseline = load(bpath)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None

    run_ = run_pipeline(args, config, ruleset, True, select, ignore)

    if args.diff_base or baseline is not None:
        from ..filter import Gate
        from ..pipeline import gate

        base = None
        if args.diff_base:
            from ..diffbase import DiffBaseError, load_base

            try:
                base = load_base(args.diff_base, run_options(args, True, select, ignore), config, ruleset,
                                 run=run_)
            except DiffBaseError as exc:
                raise UsageError(str(exc)) from None
        gate(run_, Gate(base=base, baseline=baseline))
        if not args.quiet:
            _log_gate(run_.gate, base)

    from ..reporters import ReportOptions, render

    color = (args.format == "text" and not args.output and sys.stdout.isatty()
             and "NO_COLOR" not in os.environ)
    if not args.quiet:
        write_output(render(args.format, run_, ReportOptions(
            show_why=args.show_why, verbose=args.verbose, statistics=args.statistics, color=color)),
            args.output)
    for fmt, path in extra:
        write_output(render(fmt, run_, ReportOptions(show_why=args.show_why, verbose=args.verbose,
                                                     statistics=args.statistics)), path)
    from ..pipeline import failing

    return EXIT_FINDINGS if failing(run_.findings, args.fail_on or config.fail_on) else EXIT_OK


def _use_base_config(args) -> None:
    """--base-config: point --config at REF's configuration (or --isolated)."""
    if not args.diff_base:
        raise UsageError("--base-config reads the configuration of the --diff-base REF: give --diff-base")
    if args.config or args.isolated:
        raise UsageError("--base-config chooses the configuration: it does not combine with --config or "
                         "--isolated")
    from ..diffbase import DiffBaseError, base_configuration

    try:
        path = base_configuration(args.diff_base)
    except DiffBaseError as exc:
        raise UsageError(str(exc)) from None
    if path is None:
        args.isolated = True
    else:
        args.config = path


def _log_gate(g, base) -> None:
    from ..escape import clean
    from ..i18n import _, ngettext

    def findings(k: int) -> str:
        return ngettext("{n} finding", "{n} findings", k).format(n=k)

    if g.diff_base:
        print(_("schemalint: --diff-base {ref} ({commit}): {known} already present there not reported ({base} at "
                "the base)").format(ref=clean(g.diff_base), commit=clean(g.diff_base_commit or "")[:12],
                                    known=findings(len(g.known)), base=findings(base.findings)), file=sys.stderr)
    if g.baseline_path:
        msg = _("schemalint: baseline {path}: {accepted} accepted").format(path=clean(g.baseline_path),
                                                                           accepted=findings(len(g.baselined)))
        if g.expired:
            k = len(g.expired)
            msg += ngettext(", {n} entry expired (reported again)", ", {n} entries expired (reported again)",
                            k).format(n=k)
        print(msg, file=sys.stderr)
        for problem in g.baseline_problems:
            print(f"schemalint: {clean(problem)}", file=sys.stderr)
