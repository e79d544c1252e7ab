"""``schemalint rule CODE`` prints a rule's page; ``schemalint rules``
lists them."""

from __future__ import annotations

import sys

from . import EXIT_OK, UsageError


class RuleCommand:
    NAME = "rule"

    @staticmethod
    def add_parser(sub):
        p = sub.add_parser("rule", help="print a rule's documentation",
                           description="Print a rule's documentation page.")
        p.add_argument("code", metavar="CODE", help="rule code or name, e.g. ENC001")
        return p

    @staticmethod
    def run(args) -> int:
        from ..rules import get_rule

        rule = get_rule(args.code)
        if rule is None:
            raise UsageError(f"unknown rule {args.code!r} (see 'schemalint rules')")
        body = rule.doc.split("\n", 1)[1].strip() if "\n" in rule.doc else ""
        sys.stdout.write(f"# {rule.code} {rule.name}\n\n{rule.summary}\n\n"
                         f"Severity: {rule.severity}. Family: {rule.family}.\n\n{body}\n")
        return EXIT_OK


class RulesCommand:
    NAME = "rules"

    @staticmethod
    def add_parser(sub):
        p = sub.add_parser("rules", help="list all rules", description="List every rule.")
        return p

    @staticmethod
    def run(args) -> int:
        from ..rules import all_rules

        for rule in all_rules().values():
            sys.stdout.write(f"{rule.code:9s} {rule.name:34s} {rule.severity:8s} {rule.summary}\n")
        return EXIT_OK
