"""The rule registry, the rules' documentation and their fixture coverage."""

from __future__ import annotations

import re

import pytest

from schemalint.model import SEVERITIES
from schemalint.rules import all_rules, builtin_rules, get_rule, matches, unknown_selectors
from schemalint.rules.docs import default_directory, stale

from .fixtures import load_cases

ISSUE_TABLE = {
    "ENC001": ("unencrypted-sensitive-column", "error"),
    "ENC002": ("plaintext-sensitive-key", "error"),
    "CRED001": ("plaintext-credential", "error"),
    "RET001": ("missing-retention", "warning"),
    "RET002": ("retention-too-long", "warning"),
    "RET003": ("invalid-retention", "warning"),
    "MIN001": ("purpose-not-declared", "warning"),
    "MIN002": ("category-outside-purpose", "warning"),
    "MIN003": ("identity-kit", "error"),
    "MIN004": ("duplicated-identifier", "warning"),
    "MIN005": ("catch-all-column", "warning"),
    "MIN006": ("coarser-would-do", "hint"),
    "ACC001": ("personal-data-granted-to-public", "error"),
    "ACC002": ("row-level-security-missing", "error"),
    "ACC003": ("unmasked-view-of-personal-data", "warning"),
    "ACC004": ("security-definer-without-search-path", "warning"),
    "ANN001": ("invalid-annotation", "warning"),
    "SUP001": ("suppression-without-reason", "warning"),
    "SUP002": ("unused-suppression", "warning"),
    "PARSE001": ("unparsable-input", "error"),
}
SECTIONS = ["## What it does", "## Why it matters", "## Example", "## How to fix", "## Options"]
RULES = builtin_rules()


def test_codes_names_and_severities():
    got = {r.code: (r.name, r.severity) for r in RULES}
    assert got == ISSUE_TABLE
    assert all(r.severity in SEVERITIES for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_docstring_is_a_documentation_page(rule):
    first = rule.doc.split("\n", 1)[0]
    assert re.match(rf"^{rule.code} {re.escape(rule.name)}: \S", first), first
    positions = [rule.doc.find(s) for s in SECTIONS]
    assert all(p > 0 for p in positions), f"{rule.code}: missing sections {SECTIONS}"
    assert positions == sorted(positions), f"{rule.code}: sections out of order"
    assert "```" in rule.doc.split("## Example", 1)[1].split("## How to fix", 1)[0]


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_code_and_name_select_the_rule(rule):
    assert get_rule(rule.code) is all_rules()[rule.code]
    assert get_rule(rule.name) is all_rules()[rule.code]
    assert matches(rule.code, rule.name, [rule.name])
    assert matches(rule.code, rule.name, [rule.code.lower()])
    assert not unknown_selectors([rule.code, rule.name])
    others = [r for r in RULES if r.code != rule.code]
    assert not any(matches(o.code, o.name, [rule.name]) for o in others)


def test_unknown_selectors_are_named():
    assert unknown_selectors(["ENC999", "no-such-rule", "ENC"]) == ["ENC999", "no-such-rule"]


CASES = load_cases()
#: rules whose concept MySQL/MariaDB lack: row-level security, search_path
POSTGRES_ONLY = ("ACC002", "ACC004")


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_has_firing_and_silent_cases_in_two_dialects(rule):
    cases = [c for c in CASES if c.rule == rule.code]
    firing = [c for c in cases if c.fires]
    silent = [c for c in cases if not c.fires]
    assert firing and silent, f"{rule.code}: needs cases that fire and cases that must not"
    if rule.code in POSTGRES_ONLY:
        # the concept exists in PostgreSQL only: it fires there (and in ORM inputs, dialect None),
        # and the same shape in MySQL must not
        assert {c.dialect for c in firing} - {None} == {"postgres"}, f"{rule.code}: fires outside PostgreSQL"
        assert any(c.dialect == "mysql" for c in silent), f"{rule.code}: no MySQL case that must not fire"
        return
    assert len({c.dialect for c in firing if c.dialect}) >= 2, f"{rule.code}: firing cases in one dialect"
    assert len({c.dialect for c in cases if c.dialect}) >= 2


def test_docs_agree_with_docstrings():
    bad = stale(default_directory())
    assert not bad, f"stale rule docs, run 'python -m schemalint.rules.docs': {bad}"


def test_every_check_has_metadata_and_only_filter_rules_have_no_check():
    from schemalint.checks import all_checks

    codes = {r.code for r in builtin_rules()}
    checks = set(all_checks())
    assert checks <= codes
    # SUP001/SUP002 are produced by the suppression filter, not by a check
    assert codes - checks == {"SUP001", "SUP002"}


def test_reporters_filter_and_commands_read_metadata_not_rule_logic():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "schemalint"
    offenders = []
    for path in [*sorted((root / "reporters").glob("*.py")), root / "filter.py", root / "baseline.py",
                 *sorted((root / "commands").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.lstrip(".").startswith("checks") \
                    and not node.module.lstrip(".").startswith("checks.context"):
                offenders.append((path.name, node.module))
    assert offenders == []
