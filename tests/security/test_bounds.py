"""D9, D12: work grows with the input, never with its square.

No timing here (speed is measured in ``benchmarks/security.py``): the
tests count work, as function calls under a profiler and as the size of
what is produced, for an input and one twice as large.  Linear or
n log n work doubles; quadratic work quadruples."""

from __future__ import annotations

import cProfile
import pstats

import pytest

from schemalint import pipeline
from schemalint.config import Config
from schemalint.pipeline import RunOptions, build

_CHECK = pipeline._check  # what _work profiles (monkeypatch wraps it once per run)


def _tables_holding_nik(path, n: int) -> None:
    """``n`` tables holding ``nik``, each with a foreign key to the previous
    one by a schema-qualified name (resolved through the bare name)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f"CREATE TABLE t{i} (id int PRIMARY KEY, nik varchar(16), jumlah int, "
                     f"kode varchar(9) REFERENCES other.t{max(i - 1, 0)} (nik));\n")


def _work(tmp_path, monkeypatch, n: int, select=()):
    """(function calls, characters of findings) of the checks (rules and
    filter) of a run: reading and replay are linear and would hide them."""
    path = tmp_path / f"n{n}.sql"
    _tables_holding_nik(path, n)
    prof = cProfile.Profile()
    real = _CHECK

    def profiled(*args, **kwargs):
        prof.enable()
        try:
            return real(*args, **kwargs)
        finally:
            prof.disable()

    monkeypatch.setattr(pipeline, "_check", profiled)
    run = build(RunOptions(paths=[str(path)], use_cache=False, select=select, jobs=1), Config())
    calls = {f"{func[0]}:{func[1]}({func[2]})": nc for func, (_, nc, *_rest) in pstats.Stats(prof).stats.items()}
    size = sum(len(f.message) + len(f.why) + len(f.fix) + 40 * len(f.related) for f in run.findings)
    assert run.findings
    return calls, size


@pytest.mark.parametrize("select", [("MIN004",), ("ENC002",), ()], ids=["MIN004", "ENC002", "every-rule"])
def test_checks_are_linear_in_the_tables_holding_an_identifier(tmp_path, monkeypatch, select):
    """D9: 3,000 tables that each hold ``nik`` made MIN004 quadratic (each
    copy listed every other holder, in its message and related locations)."""
    n = 200
    calls1, size1 = _work(tmp_path, monkeypatch, n, select)
    calls2, size2 = _work(tmp_path, monkeypatch, 2 * n, select)
    assert size2 / size1 < 2.6, (size1, size2)
    assert sum(calls2.values()) / sum(calls1.values()) < 2.6
    # and no single function is called quadratically often
    growth = sorted((calls2[f] / calls1[f], f) for f in calls1 if f in calls2 and calls2[f] > 2 * n)
    assert growth and growth[-1][0] < 2.6, growth[-3:]


def test_min004_still_names_the_home_and_counts_the_copies(tmp_path):
    path = tmp_path / "s.sql"
    path.write_text("CREATE TABLE peserta (id int PRIMARY KEY, nik char(16), nama varchar(100), "
                    "tanggal_lahir date);\n"
                    + "".join(f"CREATE TABLE klaim{i} (id int PRIMARY KEY, nik char(16));\n" for i in range(8)))
    run = build(RunOptions(paths=[str(path)], use_cache=False, select=("MIN004",)), Config())
    assert len(run.findings) == 8
    f = run.findings[0]
    assert "already held by peserta.nik" in f.message and "and 4 more" in f.message
    assert "peserta" in f.why and "and 4 more" in f.why
    assert len(f.related) <= 6


def test_unclosed_comments_do_not_make_the_dialect_sniffer_quadratic(tmp_path):
    """D12: 63 KB of ``/*x`` in each of ten SQL files (150 s before the
    fix).  A generous subprocess timeout, not a speed assertion."""
    import subprocess
    import sys

    from tests.conftest import REPO

    for i in range(10):
        (tmp_path / f"schema{i}.sql").write_text("/*x" * 21_000 + "\nCREATE TABLE t (nik varchar(16));\n")
    env = dict(__import__("os").environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-m", "schemalint", "check", "--no-cache", "."], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode in (0, 1), r.stderr


def test_the_sniffer_still_ignores_comments():
    from schemalint.frontends.sql.sniff import sniff

    assert sniff("/* ENGINE=InnoDB `x` */ CREATE TABLE t (a SERIAL, b JSONB);")[0] == "postgres"
    assert sniff("-- ENGINE=InnoDB\nCREATE TABLE t (a SERIAL);")[0] == "postgres"
    assert sniff("/*!40101 SET NAMES utf8 */; CREATE TABLE `t` (a int) ENGINE=InnoDB;")[0] == "mysql"
    assert sniff("CREATE TABLE t (a SERIAL); /* unclosed ENGINE=InnoDB `x` `y`")[0] == "postgres"


@pytest.mark.parametrize("path, head", [
    ("database/migrations/2020_01_01_000000_x.php", "<?php\nSchema::create('t', function (Blueprint $table) {});\n"),
    ("db/migrate/20200101000000_x.rb", "class X < ActiveRecord::Migration[7.0]\nend\n"),
])
def test_a_pathological_file_cannot_keep_the_tree_sitter_parser_busy(tmp_path, path, head):
    """20 KB of ``/*!`` kept tree-sitter-php busy for two minutes (its error
    recovery is superlinear): the parse has a work budget, and the file
    fails closed.  A generous subprocess timeout, not a speed assertion."""
    import subprocess
    import sys

    from tests.conftest import REPO

    target = tmp_path / path
    target.parent.mkdir(parents=True)
    target.write_text(head + "/*!" * 20_000)
    env = dict(__import__("os").environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-m", "schemalint", "check", "--no-cache", path], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "PARSE001" in r.stdout, r.stdout + r.stderr


def test_the_parse_budget_leaves_real_files_alone(corpus):
    from schemalint.frontends import treesitter

    files = sorted(corpus.rglob("*.php"), key=lambda p: -p.stat().st_size)[:20]
    files += sorted(corpus.rglob("*.rb"), key=lambda p: -p.stat().st_size)[:20]
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        treesitter.parse("php" if f.suffix == ".php" else "ruby", text)  # no TooCostly
