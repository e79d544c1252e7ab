"""``schemalint check``: lint schemas and migrations (pre-commit hook, CI
gate)."""

from __future__ import annotations

import os
import sys

from . import (EXIT_FINDINGS, EXIT_OK, UsageError, add_input_options, run_pipeline, setup,
               split_codes, write_output)


def add_parser(sub):
    p = sub.add_parser("check", help="lint schemas and migrations (the pre-commit hook and CI gate)",
                       description="Replay schemas and migrations, classify every column and report "
                                   "findings. Exit 0 when clean, 1 with findings, 2 on usage errors.")
    add_input_options(p)
    p.add_argument("--format", "--output-format", dest="format", default="text",
                   choices=["text", "json"], help="report format (default: text)")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules: codes, prefixes (ENC) or names, comma separated")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="skip these rules: codes, prefixes or names, comma separated")
    p.add_argument("--fail-on", choices=["error", "warning", "hint", "never"],
                   help="lowest severity that makes the exit code 1 (default: warning)")
    p.add_argument("--show-why", action="store_true",
                   help="print why each finding fired and how to fix it")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    return p


def run(args) -> int:
    config, ruleset = setup(args)
    select, ignore = split_codes(args.select), split_codes(args.ignore)
    from ..checks import unknown_selectors

    bad = unknown_selectors(select + ignore)
    if bad:
        raise UsageError(f"unknown rule code or name: {', '.join(bad)} (see 'schemalint rules')")
    run_ = run_pipeline(args, config, ruleset, True, select, ignore)
    from ..reporters import ReportOptions, render

    color = (args.format == "text" and not args.output and sys.stdout.isatty()
             and "NO_COLOR" not in os.environ)
    if not args.quiet:
        write_output(render(args.format, run_, ReportOptions(
            show_why=args.show_why, verbose=args.verbose, statistics=args.statistics, color=color)),
            args.output)
    from ..pipeline import failing

    return EXIT_FINDINGS if failing(run_.findings, args.fail_on or config.fail_on) else EXIT_OK
