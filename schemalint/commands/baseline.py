"""``schemalint baseline``: create or update the baseline file of accepted
findings (docs/baseline.md).

Without ``--update`` it creates the file from every current finding and
refuses to overwrite an existing one.  ``--update`` prunes entries whose
finding is gone and keeps the rest; it adds current findings that are not
listed only with ``--add-new``, and drops expired entries only with
``--drop-expired``.  ``check`` never writes the file.
"""

from __future__ import annotations

import os
import sys

from . import EXIT_OK, UsageError, add_input_options, rule_selection, run_pipeline, setup

NAME = "baseline"


def add_parser(sub):
    p = sub.add_parser(
        "baseline", help="create or update the baseline file of accepted findings",
        description="Write the findings of PATH... to a baseline file that 'schemalint check' accepts: "
                    "a legacy schema adopts the check today and only new problems fail. Run it on the "
                    "same paths and configuration as check. Exit 0 on success, 2 on errors.")
    add_input_options(p, output=False)
    p.add_argument("--baseline", metavar="FILE",
                   help="the baseline file (default: the 'baseline' setting, else schemalint-baseline.json)")
    p.add_argument("--update", action="store_true",
                   help="update an existing baseline: prune entries whose finding is gone, keep the rest")
    p.add_argument("--add-new", action="store_true",
                   help="with --update: also accept current findings that are not listed yet")
    p.add_argument("--drop-expired", action="store_true",
                   help="with --update: remove expired entries (with --add-new they are re-added with "
                        "the new --reason/--expires)")
    p.add_argument("--reason", metavar="TEXT", help="reason recorded on the entries this run adds")
    p.add_argument("--expires", metavar="DATE",
                   help="expiry recorded on the entries this run adds: YYYY-MM-DD, or a time from today "
                        "such as 90d, 12w, 6m, 1y; after that date the finding fails again")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules (entries of other rules are kept as they are)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="skip these rules (their entries are kept as they are)")
    return p


def run(args) -> int:
    from ..baseline import DEFAULT_PATH, BaselineError, create, load, parse_date, save, update
    from ..escape import clean
    from ..rules import matches

    config, ruleset = setup(args)
    select, ignore = rule_selection(args)
    if (args.add_new or args.drop_expired) and not args.update:
        raise UsageError("--add-new and --drop-expired work with --update")
    if args.update and (args.reason or args.expires) and not args.add_new:
        raise UsageError("--reason and --expires describe the entries this run adds: use them with --add-new")
    if args.update and any(os.path.isfile(p) for p in args.paths):
        raise UsageError("--update prunes every entry whose finding this run does not report: name "
                         "directories (default: .), not single files")
    expires = None
    if args.expires:
        try:
            expires = parse_date(args.expires)
        except ValueError as exc:
            raise UsageError(f"--expires: {exc}") from None

    path = args.baseline
    if not path and config.baseline:
        path = config.baseline if os.path.isabs(config.baseline) or not config.path else os.path.relpath(
            os.path.join(config.root, config.baseline))
    path = path or DEFAULT_PATH

    run_ = run_pipeline(args, config, ruleset, True, select, ignore)
    sel = select or list(config.select)
    ign = ignore + list(config.ignore)

    def ran(code: str) -> bool:
        from ..rules import get_rule

        rule = get_rule(code)
        name = rule.name if rule is not None else code
        return (not sel or matches(code, name, sel)) and not matches(code, name, ign)

    try:
        up_problems = []
        if args.update:
            old = load(path)
            up = update(old, run_.findings, add_new=args.add_new, drop_expired=args.drop_expired,
                        reason=args.reason, expires=expires, ran=ran)
            up_problems = old.problems
        else:
            if os.path.exists(path):
                raise UsageError(f"{path} already exists: use --update to prune fixed entries "
                                 f"(and --add-new to accept new findings)")
            up = create(path, run_.findings, reason=args.reason, expires=expires)
        save(up.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None

    if not args.quiet:
        from ..i18n import _

        parts = [_("{n} entries").format(n=len(up.baseline))]
        if args.update:
            parts.append(_("{n} pruned (fixed)").format(n=len(up.pruned)))
        parts.append(_("{n} added").format(n=len(up.added)))
        if up.dropped_expired:
            parts.append(_("{n} expired dropped").format(n=len(up.dropped_expired)))
        msg = (_("schemalint: updated baseline {path}: {counts}") if args.update
               else _("schemalint: created baseline {path}: {counts}")).format(path=clean(path),
                                                                               counts=", ".join(parts))
        print(msg, file=sys.stderr)
        if args.verbose:
            for label, entries in (("pruned", up.pruned), ("added", up.added)):
                for e in entries:
                    print(clean(f"  {label}: {e.code} {e.table or ''}.{e.column or ''} [{e.category or '-'}]"),
                          file=sys.stderr)
        if args.update:
            for problem in up_problems:
                print(f"schemalint: {clean(problem)}", file=sys.stderr)
        if up.not_added:
            print(_("schemalint: {n} current findings are not in the baseline and were not added (use --add-new "
                    "to accept them)").format(n=len(up.not_added)), file=sys.stderr)
        if up.expired:
            print(_("schemalint: {n} entries have expired and fail again in check (fix them, or renew with "
                    "--drop-expired --add-new --expires DATE)").format(n=len(up.expired)), file=sys.stderr)
    return EXIT_OK
