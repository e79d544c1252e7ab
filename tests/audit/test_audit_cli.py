"""``schemalint audit`` on the command line: formats, output file, exit
codes, progress on stderr only for a terminal, and the acceptance run
over the Khanza corpus item."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
import yaml

from tests.audit.conftest import BPJS, assert_headline_matches
from tests.conftest import REPO, run_cli


def test_default_text_and_exit_zero_despite_findings():
    r = run_cli("audit", str(BPJS), "--no-cache")
    assert r.returncode == 0, r.stderr
    assert "personal-data inventory" in r.stdout and "riskiest" in r.stdout
    assert r.stderr == ""  # stderr is a pipe here: no progress, nothing else


def main(capsys, *args):
    """Run the CLI in this process (faster than a subprocess); returns
    (exit code, stdout, stderr)."""
    from schemalint.cli import main as cli_main

    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fail_on,code", [("error", 1), ("warning", 1), ("hint", 1), ("never", 0)])
def test_fail_on(capsys, fail_on, code):
    rc, out, err = main(capsys, "audit", str(BPJS), "--no-cache", "--format", "json", "--fail-on", fail_on)
    assert rc == code, err
    assert json.loads(out)["summary"]["findings"]["error"] > 0


def test_fail_on_without_findings_at_that_level(capsys):
    rc, out, err = main(capsys, "audit", str(BPJS.parent / "empty"), "--no-cache", "--fail-on", "hint")
    assert rc == 0, out + err


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "markdown", "html", "fides"])
def test_every_format_to_a_file(capsys, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    rc, stdout, err = main(capsys, "audit", str(BPJS), "--no-cache", "--format", fmt, "-o", str(out))
    assert rc == 0, err
    assert stdout == "" and err == "" and out.stat().st_size > 0
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["summary"]["personal_columns"] == 11
    elif fmt == "fides":
        assert yaml.safe_load(text)["dataset"][0]["collections"]


def test_a_named_migration_audits_its_whole_history():
    whole = json.loads(run_cli("audit", str(BPJS), "--no-cache", "--format", "json").stdout)
    named = run_cli("audit", str(BPJS / "V2__npwp.sql"), "--no-cache", "--format", "json")
    assert named.returncode == 0, named.stderr
    doc = json.loads(named.stdout)
    assert doc["summary"]["personal_tables"] == whole["summary"]["personal_tables"] == 2
    # every finding of the replayed history, not only those in V2__npwp.sql
    assert doc["summary"]["findings"] == whole["summary"]["findings"]


def test_verbose_lists_notes(tmp_path):
    sql = tmp_path / "schema.sql"
    sql.write_text("CREATE TABLE peserta (nik VARCHAR(16), nama_lengkap VARCHAR(100));\n"
                   "DO $$ BEGIN EXECUTE 'CREATE TABLE x (a int)'; END $$;\n", encoding="utf-8")
    quiet = run_cli("audit", str(sql), "--no-cache")
    loud = run_cli("audit", str(sql), "--no-cache", "-v")
    assert quiet.returncode == loud.returncode == 0
    notes = json.loads(run_cli("audit", str(sql), "--no-cache", "--format", "json").stdout)["summary"]["notes"]
    assert notes >= 1  # the dynamic SQL in the DO block
    assert loud.stdout.count("\nnote: ") == notes and "\nnote: " not in quiet.stdout
    assert "dynamic SQL" in loud.stdout


def test_usage_errors():
    assert run_cli("audit", "--format", "pdf", str(BPJS)).returncode == 2
    r = run_cli("audit", str(BPJS / "does-not-exist"), "--no-cache")
    assert r.returncode == 2 and "does-not-exist" in r.stderr


def test_quiet_prints_nothing_but_keeps_the_exit_code():
    r = run_cli("audit", str(BPJS), "--no-cache", "-q", "--fail-on", "error")
    assert (r.returncode, r.stdout, r.stderr) == (1, "", "")


# -- progress ----------------------------------------------------------------------


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


def test_progress_only_for_a_terminal():
    from schemalint.audit.progress import Progress, reporter

    assert reporter(io.StringIO()) is None
    assert reporter(FakeTTY(), quiet=True) is None
    p = reporter(FakeTTY())
    assert isinstance(p, Progress)


def test_progress_draws_throttles_and_erases():
    from schemalint.audit.progress import Progress

    now = [0.0]
    tty = FakeTTY()
    p = Progress(tty, delay=0.5, interval=0.1, clock=lambda: now[0])
    p(1, 10)  # before the delay: a short run shows nothing
    assert tty.getvalue() == ""
    now[0] = 0.6
    p(2, 10)
    now[0] = 0.65
    p(3, 10)  # throttled
    p(10, 10)  # the last update always shows
    assert tty.getvalue() == "\rreading files: 2/10\rreading files: 10/10"
    p.close()
    assert tty.getvalue().endswith("\r" + " " * len("reading files: 10/10") + "\r")


def test_pipeline_reports_files_read():
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    calls = []
    build(RunOptions(paths=[str(BPJS)], use_cache=False, checks=False,
                     progress=lambda done, total: calls.append((done, total))), Config())
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.skipif(not hasattr(os, "openpty") or sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_real_terminal_and_report_untouched():
    """stderr is a pty: progress is drawn there; stdout (a pipe) holds only
    the report."""
    master, slave = os.openpty()
    code = ("import schemalint.audit.progress as p; p.DELAY = 0\n"
            "from schemalint.cli import main\n"
            f"raise SystemExit(main(['audit', {str(BPJS)!r}, '--no-cache', '--format', 'json']))\n")
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=120)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, err
    assert "reading files: 2/2" in err
    assert json.loads(out)["summary"]["personal_columns"] == 11


# -- acceptance: a real schema ------------------------------------------------------


@pytest.mark.corpus
def test_khanza_html_headline_matches_json(corpus, tmp_path):
    """`schemalint audit ../shared/corpus/khanza-ikti-pg --format html -o
    report.html`: its headline figures are the JSON output's."""
    khanza = corpus / "khanza-ikti-pg"
    report = tmp_path / "report.html"
    r = run_cli("audit", str(khanza), "--no-cache", "--format", "html", "-o", str(report))
    assert r.returncode == 0, r.stderr
    j = run_cli("audit", str(khanza), "--no-cache", "--format", "json")
    assert j.returncode == 0, j.stderr
    doc = json.loads(j.stdout)
    summary = doc["summary"]
    html_text = report.read_text(encoding="utf-8")
    assert_headline_matches(html_text, summary)
    # the patient master table is an identity kit and among the riskiest
    top = [t["table"] for t in doc["tables"][:5]]
    assert "sik.pasien" in top
    pasien = next(t for t in doc["tables"] if t["table"] == "sik.pasien")
    assert pasien["identity_kit"] and summary["identity_kit_tables"] >= 1
    assert summary["personal_tables"] > 0 and summary["personal_columns"] > 100


@pytest.mark.corpus
@pytest.mark.slow
def test_whole_corpus_html_headline_matches_json(corpus):
    """The same agreement over every corpus item at once (one run, both
    renderers; the CLI path is covered by the Khanza test)."""
    from schemalint.audit import build_inventory, render
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(corpus)], use_cache=False), Config())
    inv = build_inventory(run)
    summary = json.loads(render("json", inv))["summary"]
    assert summary["histories"] > 5 and summary["personal_tables"] > 100
    assert_headline_matches(render("html", inv), summary)
