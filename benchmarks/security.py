"""Bounded work on hostile input, run by hand: ``python benchmarks/security.py``.

The bounds of issue 16 ("What it must show"), each measured as the best
wall time of whole processes (interpreter start included), beside the
time of a plain ``python -c pass`` start in the same run:

| what | bound |
|---|---|
| 3,000 tables that each hold ``nik`` (MIN004 and every cross-table rule) | <= 5 s |
| a YAML alias bomb in ``.schemalint.yaml``: refused, naming the file | at once (<= 1 s) |
| 63 KB of unclosed ``/*`` comments in one SQL file (the dialect sniffer) | <= 1 s |
| 20 KB of ``/*!`` in a PHP migration (tree-sitter's error recovery) | <= 2 s |

The tests (tests/security/test_bounds.py, test_rulesets.py) assert the
algorithmic property (work counted, not timed); this script shows the
seconds.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PY, REPO, wall  # noqa: E402 - the speed benchmarks' own measuring


def row(name, seconds, bound, ok, detail=""):
    print(f"| {name} | {seconds:.2f} s{detail} | <= {bound:g} s | {'ok' if ok else 'MISSED'} |", flush=True)


def schemalint(*args):
    return [PY, "-m", "schemalint", *args]


def main() -> int:
    start, _ = wall([PY, "-c", "pass"], cwd=REPO)
    print(f"(interpreter start: {start * 1000:.0f} ms)\n")
    print("| what | time | bound | |\n|---|---|---|---|")
    ok = True
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)

        tables = root / "tables"
        tables.mkdir()
        (tables / "schema.sql").write_text("".join(
            f"CREATE TABLE t{i} (id int PRIMARY KEY, nik varchar(16), jumlah int);\n" for i in range(3000)))
        t, res = wall(schemalint("check", "--no-cache", "-q", "schema.sql"), cwd=tables)
        good = res.returncode == 1 and t <= 5
        row("3,000 tables holding nik", t, 5, good)
        ok &= good

        bomb = root / "bomb"
        bomb.mkdir()
        (bomb / "a.sql").write_text("CREATE TABLE t (nik varchar(16));\n")
        lines = ["tables:", "  peserta:", "    columns:",
                 "      c0: &a0 {" + ", ".join(f"k{j}: x" for j in range(10)) + "}"]
        lines += [f"      c{i}: &a{i} {{" + ", ".join(f"k{j}: *a{i - 1}" for j in range(10)) + "}"
                  for i in range(1, 10)]
        (bomb / ".schemalint.yaml").write_text("\n".join(lines) + "\n")
        t, res = wall(schemalint("check", "a.sql"), cwd=bomb)
        good = res.returncode == 2 and ".schemalint.yaml" in res.stderr and t <= 1
        row("alias bomb in .schemalint.yaml, refused", t, 1, good)
        ok &= good

        comments = root / "comments"
        comments.mkdir()
        (comments / "schema.sql").write_text("/*x" * 21_000 + "\nCREATE TABLE t (nik varchar(16));\n")
        t, res = wall(schemalint("check", "--no-cache", "-q", "schema.sql"), cwd=comments)
        good = res.returncode in (0, 1) and t <= 1
        row("63 KB of unclosed /* comments", t, 1, good)
        ok &= good

        php = root / "php" / "database" / "migrations"
        php.mkdir(parents=True)
        (php / "2020_01_01_000000_x.php").write_text("<?php\nSchema::create('t', function ($t) {});\n" + "/*!" * 7000)
        t, res = wall(schemalint("check", "--no-cache", "-q", "."), cwd=root / "php")
        good = res.returncode == 1 and t <= 2
        row("20 KB of /*! in a PHP migration", t, 2, good)
        ok &= good
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
