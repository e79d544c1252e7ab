"""How the CI gate runs safely: with ``--base-config``, the configuration,
the project ruleset and the baseline come from the diff base, so a pull
request cannot exclude, ignore, disable or accept its own findings."""

from __future__ import annotations

import json

import pytest

from .conftest import PESERTA

NEW = "CREATE TABLE pegawai (id int PRIMARY KEY, nik varchar(16));\n"
RULESET = "schemalint-ruleset: 1\nname: project\nextends: default\n"


@pytest.fixture
def base(repo):
    repo.write("db/V1__peserta.sql", PESERTA)
    repo.write(".schemalint.yaml", "ruleset: rules/project.yaml\nbaseline: schemalint-baseline.json\n")
    repo.write("rules/project.yaml", RULESET)
    repo.write("schemalint-baseline.json", '{"version": 2, "entries": []}\n')
    repo.commit("base")
    repo.write("db/V2__pegawai.sql", NEW)
    return repo


def _new(cli, repo, *extra):
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", *extra, cwd=repo.path)
    assert r.code in (0, 1), r.err
    return [(f["code"], f["table"]) for f in json.loads(r.out)["findings"]], r


@pytest.mark.parametrize("tamper", ["exclude", "ignore", "ruleset", "baseline", "no-config"])
def test_a_pull_request_cannot_configure_away_its_findings(base, cli, tamper):
    assert ("ENC001", "pegawai") in _new(cli, base)[0]
    if tamper == "exclude":
        base.write(".schemalint.yaml", "ruleset: rules/project.yaml\nexclude: ['db/*']\n")
    elif tamper == "ignore":
        base.write(".schemalint.yaml", "ruleset: rules/project.yaml\nignore: [ENC, MIN, RET]\n")
    elif tamper == "ruleset":
        base.write("rules/project.yaml", RULESET + "disable: [gov_id, identity, demographic]\n")
    elif tamper == "baseline":
        assert cli("baseline", "--no-cache", "--update", "--add-new", cwd=base.path).code == 0
    else:
        (base.path / ".schemalint.yaml").unlink()
        base.write("pyproject.toml", "[tool.schemalint]\nselect = ['SUP']\n")
    if tamper == "exclude":
        # excluding every file leaves nothing checked: that is exit 2, not a pass
        r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", cwd=base.path)
        assert r.code == 2 and "nothing was checked" in r.err
    else:
        hidden, _ = _new(cli, base)
        assert ("ENC001", "pegawai") not in hidden  # the attack, without --base-config
    found, r = _new(cli, base, "--base-config")
    assert ("ENC001", "pegawai") in found, r.err
    assert ("ENC001", "peserta") not in found  # still only what the change adds
    assert r.code == 1


def test_base_config_needs_the_diff_base(base, cli):
    r = cli("check", "--no-cache", "--base-config", cwd=base.path)
    assert r.code == 2 and "--diff-base" in r.err
    r = cli("check", "--no-cache", "--base-config", "--diff-base", "main", "--isolated", cwd=base.path)
    assert r.code == 2
