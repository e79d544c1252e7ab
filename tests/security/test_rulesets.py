"""D2, D10: rulesets and configuration from the tree are data to check:
a snapshot committed beside a project ruleset is never trusted, and YAML
aliases cannot make a small file expand without bound."""

from __future__ import annotations

import json

from schemalint.classify.ruleset import GROUPS, SNAPSHOT_SUFFIX, _sha

from .conftest import PESERTA

PROJECT_RULESET = "schemalint-ruleset: 1\nname: project\nextends: default\n"


def test_a_committed_snapshot_of_a_project_ruleset_is_not_trusted(project, cli):
    """D2: the snapshot carries the hash of the unchanged YAML and data
    that disables every group."""
    project.write("db/V1__a.sql", PESERTA)
    project.write("rules.yaml", PROJECT_RULESET)
    project.write(".schemalint.yaml", "ruleset: rules.yaml\n")
    truth = cli("check", "--no-cache")
    assert truth.code == 1 and "ENC001" in truth.out
    forged = {"schemalint-ruleset": 1, "name": "project", "extends": "default", "disable": list(GROUPS)}
    blob = {"format": 1, "sha256": _sha(PROJECT_RULESET), "data": forged, "tokens": None,
            "validated_by": __import__("schemalint").__version__}
    project.write("rules" + SNAPSHOT_SUFFIX, json.dumps(blob))
    for cache in (("--no-cache",), ()):
        r = cli("check", *cache)
        # the same findings (the summary counts one more file: the snapshot is no input)
        assert (r.code, r.out.splitlines()[:-1]) == (1, truth.out.splitlines()[:-1]), r.err


def _bomb(indent: str = "", levels: int = 9) -> str:
    """Billion laughs: ``levels`` mappings of ten aliases each (10**levels
    values), as entries ``c0: &a0 {...}``, ``c1: &a1 {k0: *a0, ...}``..."""
    lines = [f"{indent}c0: &a0 {{" + ", ".join(f"k{j}: x" for j in range(10)) + "}"]
    for i in range(1, levels + 1):
        lines.append(f"{indent}c{i}: &a{i} {{" + ", ".join(f"k{j}: *a{i - 1}" for j in range(10)) + "}")
    return "\n".join(lines) + "\n"


def _limited_run(args, cwd):
    """The CLI in a subprocess with 1 GB of address space and a generous
    timeout: an unbounded expansion fails the test instead of the machine."""
    import resource
    import subprocess
    import sys

    from tests.conftest import REPO

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = dict(__import__("os").environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "schemalint", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, preexec_fn=limit)


def test_an_alias_bomb_in_the_configuration_is_refused(project):
    """D10: refused with a message that names the file, not 'internal error'
    (the manifest's column entries are mappings nobody walks deeply until
    the run's cache key serialises the configuration)."""
    project.write("db/V1__a.sql", PESERTA)
    project.write(".schemalint.yaml", "tables:\n  peserta:\n    columns:\n" + _bomb("      "))
    for cache in ((), ("--no-cache",)):
        r = _limited_run(["check", *cache], project.path)
        assert r.returncode == 2, r.stderr
        assert ".schemalint.yaml" in r.stderr and "alias" in r.stderr and "internal error" not in r.stderr


def test_an_alias_bomb_in_a_ruleset_is_refused(project):
    project.write("db/V1__a.sql", PESERTA)
    project.write("rules.yaml", PROJECT_RULESET + "x-padding:\n" + _bomb("  "))
    r = _limited_run(["check", "--no-cache", "--ruleset", "rules.yaml"], project.path)
    assert r.returncode == 2, r.stderr
    assert "rules.yaml" in r.stderr and "alias" in r.stderr and "internal error" not in r.stderr


def test_the_budget_is_shared_with_the_liquibase_reader():
    from schemalint import yamlsafe
    from schemalint.frontends import liquibase

    assert liquibase.expansion_budget is yamlsafe.expansion_budget
    data = yamlsafe.load("a: &a [1, 2]\nb: [*a, *a]\n", "x.yaml")
    assert data == {"a": [1, 2], "b": [[1, 2], [1, 2]]}
