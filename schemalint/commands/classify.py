"""``schemalint classify``: every column's classification with evidence."""

from __future__ import annotations

from . import EXIT_OK, add_input_options, run_pipeline, setup, write_output

NAME = "classify"


def add_parser(sub):
    p = sub.add_parser("classify", help="show how every column is classified, with evidence",
                       description="Replay and classify every column; the tool to reach for when you "
                                   "disagree with a finding.")
    add_input_options(p)
    p.add_argument("--format", default="text", choices=["text", "json"])
    p.add_argument("--all", action="store_true",
                   help="text format: list columns that are not personal data too")
    return p


def run(args) -> int:
    config, ruleset = setup(args)
    run_ = run_pipeline(args, config, ruleset, False)
    from ..classify import report

    if args.format == "json":
        import json

        text = json.dumps(report.to_json(run_.schemas, run_.classifications, notes=run_.notes),
                          indent=2, ensure_ascii=False) + "\n"
    else:
        # every evidence line: the command is where users look when they disagree
        # (to_text slices each column's evidence to its first ``evidence`` lines)
        text = report.to_text(run_.schemas, run_.classifications, show_all=args.all, evidence=None,
                              notes=run_.notes, list_notes=args.verbose)
    if not args.quiet:
        write_output(text, args.output)
    return EXIT_OK
