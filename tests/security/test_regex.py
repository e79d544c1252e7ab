"""D12: no regular expression schemalint applies to input backtracks
catastrophically.  ``regex_audit.py`` finds every pattern (source,
module level, compiled during a run over every format) and runs each on
adversarial text in a subprocess; a pattern that runs longer than a
generous limit fails the test, named.  Not a speed assertion: linear
patterns finish in milliseconds, quadratic ones in minutes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from tests.conftest import REPO

#: seconds one pattern may take on all its adversarial strings
PER_PATTERN = 30


def test_no_pattern_backtracks_catastrophically():
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "tests.security.regex_audit"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    current = ["(start-up)"]

    def read():
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen = 0
    while reader.is_alive():
        reader.join(PER_PATTERN)
        if len(lines) == seen and reader.is_alive():
            proc.kill()
            raise AssertionError(f"pattern ran over {PER_PATTERN} s on adversarial input: {current[0]}")
        seen = len(lines)
        starts = [ln for ln in lines if ln.startswith("START ")]
        if starts:
            current[0] = starts[-1]
    proc.wait()
    assert proc.returncode == 0 and lines and lines[-1] == "OK", proc.stderr.read()[-3000:]
    count = int(next(ln for ln in lines if ln.startswith("PATTERNS ")).split()[1])
    assert count > 80  # the collection finds schemalint's patterns, not nothing
