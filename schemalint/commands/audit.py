"""``schemalint audit``: a personal-data inventory of a whole codebase, as a
report people read (docs/audit.md)."""

from __future__ import annotations

import os
import sys

from .. import record
from ..audit import FORMATS
from . import EXIT_FINDINGS, EXIT_OK, UsageError, add_input_options, run_options, setup, write_output

NAME = "audit"


def add_parser(sub):
    p = sub.add_parser(
        "audit", help="inventory of personal data: where, how protected, how long kept, how risky",
        description="Replay every schema and migration found, and report the personal data they hold: "
                    "per table, each personal-data column with its category, tier, encryption status and "
                    "evidence, retention, purpose, the migration that introduced it and its findings, and "
                    "a risk score per table. Exit 0 unless --fail-on is given and findings at or above it "
                    "exist.")
    add_input_options(p)
    p.add_argument("--format", default="text", choices=FORMATS,
                   help="text (terminal summary), json (documented, versioned), csv (one row per "
                        "personal-data column), markdown, html (one self-contained file), fides (a Fides "
                        "dataset YAML); default: text")
    p.add_argument("--fail-on", choices=["error", "warning", "hint", "never"], default="never",
                   help="exit 1 when findings at or above this severity exist (default: never)")
    p.add_argument("--top", type=int, default=10, metavar="N",
                   help="text format: how many of the riskiest tables to list (default: 10)")
    return p


def run(args) -> int:
    config, ruleset = setup(args)
    from ..audit import AuditOptions, build_inventory, render
    from ..audit.progress import reporter
    from ..pipeline import build, failing

    progress = reporter(sys.stderr, quiet=args.quiet)
    # scope=False: an audit reports every finding of the histories it
    # replays, also when PATHS names single migrations
    options = record.replace(run_options(args, True), progress=progress, scope=False)
    try:
        run_ = build(options, config, ruleset)
    finally:
        if progress is not None:
            progress.close()
    if run_.missing:
        raise UsageError("; ".join(f"{p}: {m}" for p, m in run_.missing))
    inventory = build_inventory(run_, config)
    if not args.quiet:
        color = (args.format == "text" and not args.output and sys.stdout.isatty()
                 and "NO_COLOR" not in os.environ)
        write_output(render(args.format, inventory, AuditOptions(color=color, top=max(args.top, 0),
                                                                 verbose=args.verbose)), args.output)
    return EXIT_FINDINGS if failing(run_.findings, args.fail_on) else EXIT_OK
