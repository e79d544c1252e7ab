"""The pre-commit round trip, for real: a throw-away project installs the
hook from this checkout, a commit adding an unencrypted NIK is refused,
the fixed migration is accepted.

pre-commit installs hooks from a git repository at a revision, so the
test snapshots this checkout's working tree (tracked and untracked,
not ignored files) into a temporary repository first: what is tested is
the code on disk, including uncommitted changes.  Installing the hook
environment needs the package index (pip), as pre-commit always does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def git(*args, cwd, env=None, check=True):
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=check, capture_output=True, text=True)


def snapshot_checkout(dest: Path) -> str:
    files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=REPO).stdout.split("\0")
    for rel in filter(None, files):
        src = REPO / rel
        if not src.is_file():
            continue  # deleted in the working tree
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    git("init", "-q", "-b", "main", cwd=dest)
    git("add", "-A", cwd=dest)
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "snapshot", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest).stdout.strip()


V1 = """CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nomor_urut INT
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=membership retention=P5Y';
"""

V2_BAD = """ALTER TABLE peserta ADD COLUMN nik VARCHAR(16);
"""

V2_FIXED = """ALTER TABLE peserta ADD COLUMN nik_encrypted BYTEA;
COMMENT ON COLUMN peserta.nik_encrypted IS 'NIK peserta. schemalint: encrypted=app-aes-gcm';
"""


def hook_and_project(tmp_path, *dirs: str):
    """A hook repository snapshotting this checkout, its revision, and an
    empty git project with ``dirs``, with the environment to run git and
    pre-commit in it."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hook_repo = tmp_path / "hook"
    hook_repo.mkdir()
    rev = snapshot_checkout(hook_repo)
    project = tmp_path / "project"
    for d in dirs:
        (project / d).mkdir(parents=True)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pc-home"), GIT_AUTHOR_NAME="t",
               GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    env.pop("PYTHONPATH", None)
    git("init", "-q", cwd=project, env=env)
    return hook_repo, rev, project, env


def test_commit_with_unencrypted_nik_is_refused_and_fixed_one_accepted(tmp_path):
    hook_repo, rev, project, env = hook_and_project(tmp_path, "db/migrations")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: schemalint\n")
    (project / "db" / "migrations" / "V1__peserta.sql").write_text(V1)
    git("add", "-A", cwd=project, env=env)
    git("commit", "-qm", "base", cwd=project, env=env)  # before the hook: the legacy history

    pc = [sys.executable, "-m", "pre_commit"]
    subprocess.run(pc + ["install"], cwd=project, env=env, check=True, capture_output=True, text=True)

    migration = project / "db" / "migrations" / "V2__nik.sql"
    migration.write_text(V2_BAD)
    git("add", "-A", cwd=project, env=env)
    refused = git("commit", "-m", "add nik", cwd=project, env=env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "ENC001" in output and "V2__nik.sql:1:" in output, output
    assert "V1__peserta.sql" not in output.split("ENC001")[0].split("\n")[-1]
    head = git("log", "--oneline", cwd=project, env=env).stdout.strip().splitlines()
    assert len(head) == 1  # nothing was committed

    migration.write_text(V2_FIXED)
    git("add", "-A", cwd=project, env=env)
    accepted = git("commit", "-m", "add encrypted nik", cwd=project, env=env, check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert len(git("log", "--oneline", cwd=project, env=env).stdout.strip().splitlines()) == 2


LARAVEL_USERS = """<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('users', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('email')->unique();
            $table->timestamp('email_verified_at')->nullable();
            $table->string('password');
            $table->rememberToken();
            $table->timestamps();
        });
    }
};
"""

LARAVEL_USER_MODEL = """<?php
namespace App\\Models;

use Illuminate\\Foundation\\Auth\\User as Authenticatable;

class User extends Authenticatable
{
    protected $hidden = ['password', 'remember_token'];

    protected function casts(): array
    {
        return [
            'email_verified_at' => 'datetime',
            'password' => 'hashed',
        ];
    }
}
"""

LARAVEL_PIN = """<?php
return new class extends Migration
{
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $table->string('pin', 6)->nullable();
        });
    }
};
"""


def test_the_hook_on_a_staged_laravel_migration_honours_the_models_casts(tmp_path):
    """The README's instruction (rev: main, then autoupdate --bleeding-edge
    pins the commit) and a Laravel 11 project: the staged users migration
    passes because the committed model casts the password 'hashed'; a
    later migration adding a plaintext PIN is refused."""
    hook_repo, rev, project, env = hook_and_project(tmp_path, "database/migrations", "app/Models")
    config = project / ".pre-commit-config.yaml"
    config.write_text(f"repos:\n  - repo: {hook_repo}\n    rev: main\n    hooks:\n      - id: schemalint\n"
                      f"        args: [--select, 'ENC,CRED']\n")
    pc = [sys.executable, "-m", "pre_commit"]
    up = subprocess.run(pc + ["autoupdate", "--bleeding-edge"], cwd=project, env=env, capture_output=True,
                        text=True)
    assert up.returncode == 0, up.stdout + up.stderr
    assert f"rev: {rev}" in config.read_text()  # the branch became the commit it points at

    (project / "app" / "Models" / "User.php").write_text(LARAVEL_USER_MODEL)
    git("add", "-A", cwd=project, env=env)
    git("commit", "-qm", "base", cwd=project, env=env)
    subprocess.run(pc + ["install"], cwd=project, env=env, check=True, capture_output=True, text=True)

    users = project / "database" / "migrations" / "0001_01_01_000000_create_users_table.php"
    users.write_text(LARAVEL_USERS)
    git("add", str(users), cwd=project, env=env)
    accepted = git("commit", "-m", "users", cwd=project, env=env, check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr

    pin = project / "database" / "migrations" / "2024_01_01_000000_add_pin_to_users.php"
    pin.write_text(LARAVEL_PIN)
    git("add", str(pin), cwd=project, env=env)
    refused = git("commit", "-m", "pin", cwd=project, env=env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "CRED001" in output and "users.pin" in output and "add_pin_to_users.php:7:" in output, output
    assert "users.password" not in output, output
