"""Red-team: files the walk or the reader drops without a word.

Flyway scans its locations recursively, so ``db/migration/build/V2__x.sql``
runs; schemalint's walk never enters directories named in SKIP_DIRS
(build, dist, env, venv, vendor...) or starting with a dot
(schemalint/sources/__init__.py:35 and :242), and says nothing.  A Git LFS
pointer committed as a migration (the real SQL lives in LFS; CI checkouts
without ``lfs: true`` and ``git cat-file`` see the pointer) reads as an
empty SQL file."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate, known_bypasses

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
A = "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"
D = "src/main/resources/db/migration/"
LFS = ("version https://git-lfs.github.com/spec/v1\n"
       "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")

CASES = {
    "flyway-subdirectory-build": {D + "build/V2__nik.sql": A},
    "flyway-subdirectory-env": {D + "env/V2__nik.sql": A},
    "flyway-subdirectory-dist": {D + "dist/V2__nik.sql": A},
    "flyway-hidden-subdirectory": {D + ".hotfix/V2__nik.sql": A},
    "git-lfs-pointer-as-migration": {D + "V2__nik.sql": LFS},
}


@pytest.mark.parametrize("case", known_bypasses(CASES, "a migration Flyway runs is skipped silently; the gate passes",
                                                 ["git-lfs-pointer-as-migration", "flyway-subdirectory-build",
                                                  "flyway-subdirectory-dist", "flyway-subdirectory-env",
                                                  "flyway-hidden-subdirectory"]))
def test_a_migration_the_walk_drops_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {D + "V1__init.sql": C}, CASES[case])
    assert_caught(r, findings)


@pytest.mark.xfail(strict=True, reason="a linked directory inside the repository, under the Flyway location, "
                                       "is skipped without a note (follow-links is off) when its target is skipped too")
def test_a_linked_migration_directory_fails_the_gate(repo, cli):
    import os

    for k, v in {D + "V1__init.sql": C}.items():
        repo.write(k, v)
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "pr")
    repo.write(".private/V2__nik.sql", A)
    os.symlink("../../../../.private", repo.path / D / "extra")
    repo.commit("pr")
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", "--base-config", cwd=repo.path)
    import json

    assert_caught(r, json.loads(r.out)["findings"])


def test_control_flyway_subdirectory_is_read(repo, cli):
    r, findings = gate(repo, cli, {D + "V1__init.sql": C}, {D + "hotfix/V2__nik.sql": A})
    assert_caught(r, findings)
