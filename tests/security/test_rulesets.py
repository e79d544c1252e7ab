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
