"""``schemalint rule CODE`` prints a rule's page; ``schemalint rules``
lists them."""

from __future__ import annotations

import sys

from . import EXIT_OK, UsageError, add_language_option, apply_language


def _language(args) -> None:
    """``--lang``, else the configuration's ``lang`` (when one is found),
    else the locale's."""
    from ..config import ConfigError, load_config

    apply_language(args)
    try:
        config = load_config(None)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    apply_language(args, config)


class RuleCommand:
    NAME = "rule"

    @staticmethod
    def add_parser(sub):
        p = sub.add_parser("rule", help="print a rule's documentation",
                           description="Print a rule's documentation page.")
        p.add_argument("code", metavar="CODE", help="rule code or name, e.g. ENC001")
        add_language_option(p)
        return p

    @staticmethod
    def run(args) -> int:
        from ..i18n import _
        from ..rules import get_rule
        from ..rules.docs import text

        _language(args)
        rule = get_rule(args.code)
        if rule is None:
            raise UsageError(_("unknown rule {code!r} (see 'schemalint rules')").format(code=args.code))
        sys.stdout.write(text(rule))
        return EXIT_OK


class RulesCommand:
    NAME = "rules"

    @staticmethod
    def add_parser(sub):
        p = sub.add_parser("rules", help="list all rules", description="List every rule.")
        add_language_option(p)
        return p

    @staticmethod
    def run(args) -> int:
        from ..i18n import tr
        from ..rules import all_rules

        _language(args)
        for rule in all_rules().values():
            sys.stdout.write(f"{rule.code:9s} {rule.name:34s} {rule.severity:8s} {tr(rule.summary)}\n")
        return EXIT_OK
