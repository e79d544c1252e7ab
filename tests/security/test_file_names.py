"""D8: a file whose name is not valid UTF-8 is read and reported like
any other (its name shown with the byte escaped); the cache, SARIF, JSON
and ``-o`` files survive it."""

from __future__ import annotations

import json
import os

import pytest

from .conftest import PESERTA

pytestmark = pytest.mark.skipif(os.name == "nt", reason="file names are UTF-16 on Windows")


@pytest.fixture
def latin1_name(project):
    d = os.fsencode(project.path / "db")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, b"caf\xe9.sql"), "w", encoding="utf-8") as fh:
        fh.write(PESERTA)
    return project


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_a_file_name_that_is_not_utf8_is_reported(latin1_name, cli, cache):
    for _ in range(2):  # cold and warm
        r = cli("check", *cache)
        assert r.code == 1, r.err
        assert "db/caf\\xe9.sql:1:" in r.out and "ENC001" in r.out


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_every_report_file_survives_it(latin1_name, cli, cache, sarif_validator):
    from tests.gate.conftest import assert_valid_sarif

    r = cli("check", *cache, "--format", "json", "-o", "out.json", "--sarif-output", "out.sarif",
            "--junit-output", "out.xml", "--gitlab-output", "gl.json", "--markdown-output", "out.md")
    assert r.code == 1, r.err
    doc = json.loads((latin1_name / "out.json").read_text(encoding="utf-8"))
    assert {f["location"]["path"] for f in doc["findings"]} == {"db/caf\\xe9.sql"}
    sarif = json.loads((latin1_name / "out.sarif").read_text(encoding="utf-8"))
    assert_valid_sarif(sarif_validator, sarif)
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for res in sarif["runs"][0]["results"]}
    assert uris == {"db/caf%E9.sql"}  # the file's own bytes
    for name in ("out.xml", "out.md"):
        assert "caf\\xe9.sql" in (latin1_name / name).read_text(encoding="utf-8")
    issues = json.loads((latin1_name / "gl.json").read_text(encoding="utf-8"))
    assert {i["location"]["path"] for i in issues} == {"db/caf\\xe9.sql"}
    r = cli("audit", *cache, "--format", "html", "-o", "audit.html")
    assert r.code == 0, r.err


def test_diff_base_reads_it_at_the_ref(repo, cli):
    with open(os.path.join(os.fsencode(repo.path), b"caf\xe9.sql"), "w", encoding="utf-8") as fh:
        fh.write(PESERTA)
    repo.commit("base")
    r = cli("check", "--diff-base", "main", cwd=repo.path)
    assert r.code == 0 and "Found 0 findings" in r.out, r.out + r.err
    repo.write("V2__x.sql", "CREATE TABLE pegawai (id int PRIMARY KEY, nik varchar(16));\n")
    r = cli("check", "--diff-base", "main", cwd=repo.path)
    assert r.code == 1 and "pegawai.nik" in r.out and "caf" not in r.out.split("Found")[0], r.out
