"""The command line: exit codes, output shapes, errors, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemalint.cli import main
from tests.conftest import run_cli

BAD = "CREATE TABLE peserta (\n  id BIGINT PRIMARY KEY,\n  nik VARCHAR(16) NOT NULL\n);\n"
CLEAN = "CREATE TABLE produk (\n  id BIGINT PRIMARY KEY,\n  harga INT\n);\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.sql").write_text(BAD)
    (tmp_path / "clean.sql").write_text(CLEAN)
    return tmp_path


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("schemalint ")
    r = run_cli("check", "--help")
    assert r.returncode == 0 and "--select" in r.stdout and "--format" in r.stdout


def test_no_command_is_a_usage_error(capsys):
    code, out, err = cli(capsys)
    assert code == 2 and "usage:" in err


def test_findings_exit_1_clean_exit_0(project, capsys):
    code, out, _ = cli(capsys, "check", "bad.sql", "--no-cache")
    assert code == 1
    assert "bad.sql:3:3: ENC001 [gov_id." in out
    assert out.rstrip().splitlines()[-1].startswith("Found ")
    code, out, _ = cli(capsys, "check", "clean.sql", "--no-cache")
    assert code == 0, out


def test_json_shape(project, capsys):
    code, out, _ = cli(capsys, "check", "bad.sql", "--format", "json", "--no-cache")
    doc = json.loads(out)
    assert code == 1
    assert set(doc) == {"schemalint", "summary", "findings", "files", "notes"}
    assert doc["schemalint"]["format"] == 1
    assert doc["summary"]["files"] == {"total": 1, "analysed": 1, "unparsable": 0, "not_input": 0}
    f = next(f for f in doc["findings"] if f["code"] == "ENC001")
    assert set(f) >= {"code", "name", "severity", "category", "table", "column", "message", "why", "fix",
                      "location", "related", "fingerprint", "url"}
    assert f["location"] == {"path": "bad.sql", "line": 3, "col": 3}
    assert (f["table"], f["column"]) == ("peserta", "nik")
    assert f["why"] and f["fix"] and len(f["fingerprint"]) >= 16


def test_output_is_deterministic(project, capsys):
    runs = [cli(capsys, "check", ".", "--format", "json", "--no-cache")[1] for _ in range(2)]
    assert runs[0] == runs[1]


def test_select_ignore_and_fail_on(project, capsys):
    assert cli(capsys, "check", "bad.sql", "--select", "RET", "--no-cache")[1].count("ENC001") == 0
    code, out, _ = cli(capsys, "check", "bad.sql", "--ignore", "ENC001,unencrypted-sensitive-column",
                       "--no-cache")
    assert "ENC001" not in out
    assert cli(capsys, "check", "bad.sql", "--fail-on", "never", "--no-cache")[0] == 0


def test_usage_errors_exit_2(project, capsys):
    code, _, err = cli(capsys, "check", "missing.sql")
    assert code == 2 and "missing.sql: no such file" in err
    code, _, err = cli(capsys, "check", "bad.sql", "--select", "NOPE999")
    assert code == 2 and "NOPE999" in err
    code, _, err = cli(capsys, "check", "bad.sql", "--dialect", "klingon")
    assert code == 2 and "klingon" in err
    (project / ".schemalint.yaml").write_text("fail-on: sometimes\n")
    code, _, err = cli(capsys, "check", "bad.sql")
    assert code == 2 and ".schemalint.yaml" in err and "fail-on" in err
    (project / ".schemalint.yaml").write_text("colour: blue\n")
    code, _, err = cli(capsys, "check", "bad.sql")
    assert code == 2 and "unknown setting 'colour'" in err


def test_a_directory_with_nothing_to_check_is_an_error_not_a_pass(project, capsys):
    (project / "empty").mkdir()
    (project / "empty" / "README.md").write_text("no schema here\n")
    code, out, err = cli(capsys, "check", "empty", "--no-cache")
    assert code == 2 and out == ""
    assert "no schema or migration file was found in empty" in err and "--allow-empty" in err
    code, out, err = cli(capsys, "check", "empty", "--no-cache", "--allow-empty")
    assert code == 0 and "warning: no schema or migration file was found in empty" in err
    assert out.startswith("Found 0 findings")
    # one empty directory among others is still an error: its path may be misspelt
    assert cli(capsys, "check", ".", "empty", "--no-cache")[0] == 2
    # a named file that is not a schema is not (pre-commit passes every staged file its pattern matches)
    code, out, _ = cli(capsys, "check", "empty/README.md", "--no-cache")
    assert code == 0 and "not schema input" in out


@pytest.mark.parametrize("config, key", [
    ('[tool.schemalint]\nignore = ["MIN066"]\n', "ignore"),
    ('[tool.schemalint]\nselect = ["ENC", "RET09"]\n', "select"),
    ('[tool.schemalint.tables.peserta]\nignore = ["ENC0001"]\nreason = "x"\n', "tables.peserta.ignore"),
    ('[tool.schemalint.tables.peserta.columns]\nnik = "ignore[NOPE1] -- x"\n', "tables.peserta.columns.nik"),
])
def test_an_unknown_rule_code_in_configuration_names_the_file_and_the_key(project, capsys, config, key):
    (project / "pyproject.toml").write_text(config)
    code, out, err = cli(capsys, "check", "bad.sql", "--no-cache")
    assert code == 2 and out == ""
    assert "pyproject.toml" in err and f"{key}" in err and "unknown rule code or name" in err


def test_a_wrong_flag_shows_the_commands_usage(project, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--selekt", "ENC", "bad.sql"])
    _, err = capsys.readouterr()
    assert exc.value.code == 2
    assert err.startswith("usage: schemalint check") and "unrecognized arguments: --selekt" in err
    assert "schemalint check: error:" in err


def test_classify_shows_every_evidence_line(project, capsys):
    (project / "pasien.sql").write_text("CREATE TABLE pasien (id BIGINT PRIMARY KEY, no_ktp CHAR(16));\n")
    code, out, _ = cli(capsys, "classify", "pasien.sql", "--no-cache")
    block = out.split("pasien.no_ktp", 1)[1].split("\n\n", 1)[0]
    whys = [line for line in block.splitlines() if line.startswith("    why: ")]
    assert code == 0 and len(whys) >= 2, out


def test_unparsable_file_fails_closed_and_the_rest_is_checked(project, capsys):
    (project / "broken.sql").write_text("CREATE TABLE x (a int, b int int int);\n")
    code, out, _ = cli(capsys, "check", ".", "--no-cache")
    assert code == 1
    assert "broken.sql:1:" in out and "PARSE001" in out
    assert "bad.sql:3:3: ENC001" in out


def test_binary_and_empty_files_are_reported(project, capsys):
    (project / "blob.sql").write_bytes(b"\x00\x01\x02\x03")
    (project / "empty.sql").write_text("")
    code, out, _ = cli(capsys, "check", "blob.sql", "empty.sql", "--no-cache", "-v")
    assert "blob.sql:1:1: PARSE001" in out and "binary" in out
    assert "empty.sql" in out and "empty file" in out


def test_quiet_and_output_file(project, capsys):
    code, out, _ = cli(capsys, "check", "bad.sql", "-q", "--no-cache")
    assert code == 1 and out == ""
    code, out, _ = cli(capsys, "check", "bad.sql", "--format", "json", "-o", "report.json", "--no-cache")
    assert out == "" and json.loads((project / "report.json").read_text())["findings"]


def test_show_why_explains(project, capsys):
    _, out, _ = cli(capsys, "check", "bad.sql", "--show-why", "--no-cache")
    assert "    why: classified as gov_id." in out
    assert "    fix: " in out and "ignore[ENC001]" in out


def test_rule_and_rules(capsys):
    code, out, _ = cli(capsys, "rules")
    assert code == 0 and "ENC001" in out and "PARSE001" in out
    code, out, _ = cli(capsys, "rule", "unencrypted-sensitive-column")
    assert code == 0 and out.startswith("# ENC001") and "## How to fix" in out
    assert cli(capsys, "rule", "XYZ")[0] == 2


def test_verbose_says_which_dialect_was_used(project, capsys):
    _, out, _ = cli(capsys, "check", "bad.sql", "-v", "--no-cache")
    assert "note: bad.sql: read as sql" in out and "dialect postgres" in out
    _, out, _ = cli(capsys, "check", "bad.sql", "-v", "--dialect", "mysql", "--no-cache")
    assert "set by --dialect" in out and "dialect mysql" in out


def test_cache_gives_the_same_answer(project, capsys):
    from schemalint.cache import DB_NAME, directory_for
    from schemalint.config import Config

    first = cli(capsys, "check", ".", "--format", "json")[1]
    assert not (project / ".schemalint_cache").exists()  # the user's cache directory, not the tree
    assert (Path(directory_for(Config())) / DB_NAME).is_file()
    second = cli(capsys, "check", ".", "--format", "json")[1]
    assert first == second


def test_in_process_main_leaves_the_garbage_collector_alone(project, capsys):
    """Only the console entry point pauses and freezes the collector
    (schemalint.startup); a caller's process keeps its own settings."""
    import gc

    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    assert cli(capsys, "check", "bad.sql")[0] == 1
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_console_pauses_the_collector_until_start_up_is_settled():
    import subprocess
    import sys

    code = ("import gc; from schemalint import startup; startup.begin(); assert not gc.isenabled(); "
            "startup.settled(); assert gc.isenabled() and gc.get_freeze_count() > 0; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_a_command_line_naming_a_command_builds_only_its_parser():
    from schemalint.cli import build_parser

    only = build_parser(["check", "x.sql"])
    everything = build_parser(["--help"])
    names = lambda p: sorted(next(a for a in p._actions if a.dest == "command").choices)  # noqa: E731
    assert names(only) == ["check"]
    assert names(everything) == ["audit", "baseline", "check", "classify", "rule", "rules"]
    assert only.parse_args(["check", "x.sql", "-q"]).quiet


def test_a_library_imported_later_is_built_with_the_collector_paused():
    import subprocess
    import sys

    code = ("import gc; from schemalint import startup; startup.begin(); startup.settled(); n = gc.get_freeze_count()\n"
            "with startup.building():\n    assert not gc.isenabled(); import sqlglot\n"
            "assert gc.isenabled() and gc.get_freeze_count() > n; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_classification_runs_with_the_collector_paused_and_on_again_after():
    """startup.paused: off inside (under the console), back to what it was
    after, what it made frozen (the next collections do not scan it); in a
    library caller, the collector is left alone."""
    import subprocess
    import sys

    code = ("import gc; from schemalint import startup; startup.begin(); startup.settled(); n = gc.get_freeze_count()\n"
            "with startup.paused():\n    assert not gc.isenabled(); made = [[i] for i in range(1000)]\n"
            "assert gc.isenabled() and gc.get_freeze_count() >= n + 1000\n"
            "gc.disable()\nwith startup.paused():\n    pass\nassert not gc.isenabled(); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
    import gc

    from schemalint import startup

    assert gc.isenabled()
    with startup.paused():
        assert gc.isenabled()  # not the console: untouched
    assert gc.isenabled()


def test_a_run_on_files_does_not_import_the_live_database_readers(tmp_path):
    import subprocess
    import sys

    (tmp_path / "V1__t.sql").write_text("CREATE TABLE t (id INT, nik CHAR(16));\n")
    code = ("import sys; from schemalint.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('schemalint.sources.live')))")
    on_files = subprocess.run([sys.executable, "-c", code, "check", str(tmp_path / "V1__t.sql"), "--no-cache", "-q"],
                              capture_output=True, text=True)
    assert on_files.stdout.strip() == "[]", on_files.stderr
    # a URL argument still goes to the URL parser (an unknown scheme is a usage error, exit 2)
    on_url = subprocess.run([sys.executable, "-c", code, "check", "xyz://host/db", "--no-cache", "-q"],
                            capture_output=True, text=True)
    assert "schemalint.sources.live.url" in on_url.stdout, on_url.stderr
