"""Hostile input: the only acceptable outcomes are changes, located notes
and failures (never an exception), and for whole runs exit codes 0 or 1.

Every frontend is driven through the same entry the pipeline uses
(``pipeline._read_one``), so an exception anywhere below it would surface
here as a PARSE001 "internal error" and fail these tests."""

from __future__ import annotations

import random
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemalint import annotations, model
from schemalint.frontends import FrontendOptions
from schemalint.model import CreateTable, ParseFailure
from schemalint.pipeline import _read_one
from schemalint.sources import SourceFile, decode, detect

#: every change a frontend may emit, as the model declares them (not a
#: hand-kept list that a new change type would make wrong)
CHANGE_TYPES = typing.get_args(model.Change)

SQL_ALPHABET = st.sampled_from(list("abcnik_ ();,'\"`$-/*#\n\t[]=.0123456789") + [
    "CREATE TABLE ", "ALTER TABLE ", " ADD COLUMN ", "COMMENT ON COLUMN ", " IS ", "INSERT INTO ",
    " VARCHAR(16)", " NOT NULL", "DROP TABLE ", "RENAME TABLE ", "$$", "E'", "/*!50001 ", "*/",
    "DELIMITER $$\n", "\nGO\n", "\n<<<<<<< HEAD\n", "\n=======\n", "\n>>>>>>> x\n", "CREATE INDEX i ON ",
    "-- schemalint: ignore[ENC001]\n", "schemalint: retention=P5Y", "COPY t FROM stdin;\n",
])
sql_text = st.lists(SQL_ALPHABET, max_size=60).map("".join)

SAMPLES = {
    "x.sql": "CREATE TABLE peserta (id int PRIMARY KEY, nik varchar(16) NOT NULL COMMENT 'NIK');",
    "versions/a1.py": "from alembic import op\nimport sqlalchemy as sa\nrevision='a1'\ndown_revision=None\n"
                      "def upgrade():\n    op.create_table('p', sa.Column('nik', sa.String(16)))\n",
    "app/migrations/0001_initial.py": "from django.db import migrations, models\nclass Migration(migrations.Migration):\n"
                                      "    operations = [migrations.CreateModel(name='P', fields=[('nik', models.CharField(max_length=16))])]\n",
    "database/migrations/2020_01_01_000000_p.php": "<?php\nSchema::create('p', function (Blueprint $table) {\n"
                                                  "    $table->string('nik', 16)->comment('NIK');\n});\n",
    "db/migrate/20200101000000_p.rb": "class P < ActiveRecord::Migration[7.0]\n  def change\n"
                                      "    create_table :p do |t|\n      t.string :nik\n    end\n  end\nend\n",
    "schema.prisma": "model P {\n  id Int @id\n  nik String @db.VarChar(16)\n}\n",
    "changelog.xml": "<databaseChangeLog><changeSet id='1' author='a'><createTable tableName='p'>"
                     "<column name='nik' type='varchar(16)'/></createTable></changeSet></databaseChangeLog>",
}


def read(path: str, text: str):
    fmt, evidence = detect(path, text[:65536])
    if fmt is None:
        return None
    sf = SourceFile(path, "/nonexistent/" + path, fmt, evidence, text=text)
    return _read_one(sf, FrontendOptions())


def assert_sane(result):
    if result is None:
        return
    for ch in result.changes:
        assert isinstance(ch, CHANGE_TYPES), ch
        if isinstance(ch, ParseFailure):
            assert "internal error" not in ch.message, ch.message
            assert ch.location.line >= 1


@given(sql_text, st.sampled_from(["postgres", "mysql", "tsql", "sqlite", "oracle", "bigquery", "snowflake"]))
def test_sql_frontend_never_raises(text, dialect):
    from schemalint.frontends.sql import analyse

    changes, stats = analyse(text, "f.sql", dialect)
    assert all(isinstance(c, CHANGE_TYPES) for c in changes)
    assert stats["statements"] >= stats["noop"]


@pytest.mark.parametrize("path", sorted(SAMPLES))
@given(data=st.data())
def test_every_frontend_survives_mutations(path, data):
    text = SAMPLES[path]
    op = data.draw(st.sampled_from(["truncate", "flip", "insert", "nul", "duplicate"]))
    i = data.draw(st.integers(0, len(text)))
    if op == "truncate":
        text = text[:i]
    elif op == "flip":
        ch = data.draw(st.characters(blacklist_categories=("Cs",)))
        text = text[:i] + ch + text[i + 1:]
    elif op == "insert":
        text = text[:i] + data.draw(st.text(max_size=30)) + text[i:]
    elif op == "nul":
        text = text[:i] + "\x00" + text[i:]
    else:
        text = text[:i] + text[i:] * 3
    assert_sane(read(path, text))


@given(st.binary(max_size=400))
def test_decoding_any_bytes_is_total(data):
    text, note = decode(data)
    if text is not None:
        assert "\r" not in text
        assert_sane(read("x.sql", text))


@given(st.text(max_size=200))
def test_annotation_parser_is_total(text):
    a = annotations.parse("schemalint: " + text)
    assert a is not None
    assert isinstance(a.errors, list)
    annotations.scan_directives(text)


@given(st.text(max_size=40))
def test_retention_parser_raises_only_its_error(text):
    try:
        r = annotations.parse_retention(text)
    except annotations.RetentionError:
        return
    assert r.days is None or r.days > 0


def test_deep_nesting_and_huge_identifiers_are_bounded():
    deep = "CREATE TABLE t (a int CHECK (" + "(" * 10000 + "1" + ")" * 10000 + "));"
    assert_sane(read("deep.sql", deep))
    huge = "CREATE TABLE t (" + "n" * 200_000 + " int);"
    res = read("huge.sql", huge)
    assert_sane(res)
    py = "from alembic import op\n" + "x = " + "[" * 5000 + "]" * 5000 + "\n"
    assert_sane(read("versions/deep.py", py))


def test_encodings_and_line_endings():
    text = "CREATE TABLE t (\r\n  nik varchar(16)\r\n);\r\n"
    for data in (text.encode("utf-16"), text.encode("utf-8-sig"), text.encode("latin-1")):
        decoded, _ = decode(data)
        res = read("enc.sql", decoded)
        (ct,) = [c for c in res.changes if isinstance(c, CreateTable)]
        assert ct.columns[0].location.line == 2


def test_corpus_file_mutations(corpus):
    rng = random.Random(883)
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".sql", ".py", ".php", ".rb", ".xml", ".prisma"})
    for p in rng.sample(files, 12):
        text = p.read_text(encoding="utf-8", errors="replace")[:200_000]
        rel = str(p.relative_to(corpus))
        for _ in range(3):
            i = rng.randrange(len(text) + 1)
            mutated = rng.choice([text[:i], text[:i] + "'" + text[i:], text[:i] + "\x00(" + text[i:]])
            assert_sane(read(rel, mutated))


def test_a_50_mb_single_line_file_is_read_in_bounded_time(tmp_path):
    """No line-based or backtracking step may go quadratic on one huge
    line.  The run happens in a subprocess with a hang guard (minutes, not
    a speed target: it takes about a second here; quadratic would be hours)."""
    import subprocess
    import sys

    from tests.conftest import REPO

    big = tmp_path / "dump.sql"
    with open(big, "w") as fh:
        fh.write("INSERT INTO t VALUES ('" + "x" * 25_000_000 + "'); ")
        fh.write("CREATE TABLE peserta (nik CHAR(16)); ")
        fh.write("-- " + "y" * 25_000_000)
    env = dict(__import__("os").environ, PYTHONPATH=str(REPO))
    res = subprocess.run([sys.executable, "-m", "schemalint", "check", str(big), "--no-cache", "--format", "json"],
                         capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    assert res.returncode in (0, 1), res.stderr
    import json

    doc = json.loads(res.stdout)
    assert doc["summary"]["tables"] == 1 and doc["summary"]["files"]["analysed"] == 1


# -- the ruleset parser: a RulesetError naming the file, or a ruleset ------------

_YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False),
                          st.text(max_size=12), st.sampled_from(["P5Y", "default", "gov_id.nik", "high",
                                                                 "specific", "(a+)+$", "gov_id.*"]))
_YAML_KEYS = st.one_of(st.text(max_size=10), st.sampled_from([
    "schemalint-ruleset", "name", "extends", "settings", "categories", "purposes", "disable", "words",
    "context", "encryption", "vocabulary", "strong", "terms", "label", "tier", "pdp", "requires",
    "max_retention", "allows", "threshold", "gov_id.nik", "contact.email", "abbreviations"]))
_YAML_DATA = st.recursive(_YAML_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_YAML_KEYS, inner, max_size=5)), max_leaves=25)


def _load_or_error(root, text: str):
    """Load ``text`` as a ruleset file: a Ruleset, or a RulesetError whose
    message starts with the file's name; nothing else may escape."""
    from schemalint.classify.ruleset import Ruleset, RulesetError, load_ruleset

    path = root / "fuzzed.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        rs = load_ruleset(str(path))
    except RulesetError as e:
        assert "fuzzed.yaml" in str(e).split(":", 1)[0], str(e)
        return None
    assert isinstance(rs, Ruleset)
    return rs


@given(st.text(max_size=300))
def test_the_ruleset_parser_on_random_text(tmp_path_factory, text):
    _load_or_error(tmp_path_factory.mktemp("rs"), text)


@given(_YAML_DATA, st.booleans())
def test_the_ruleset_parser_on_random_yaml_data(tmp_path_factory, data, extend):
    import yaml

    if extend and isinstance(data, dict):
        data = dict(data, extends="default")
    _load_or_error(tmp_path_factory.mktemp("rs"), yaml.safe_dump(data, allow_unicode=True))


@given(data=st.data())
def test_the_ruleset_parser_on_mutations_of_a_real_ruleset(tmp_path_factory, data):
    from pathlib import Path

    base = (Path(__file__).resolve().parents[1] / "fixtures" / "rulesets" / "project.yaml")
    text = base.read_text(encoding="utf-8") if base.is_file() else (
        "schemalint-ruleset: 1\nname: p\nextends: default\npurposes:\n  billing:\n    allows: [financial]\n")
    lines = text.split("\n")
    op = data.draw(st.sampled_from(["truncate", "drop_line", "dup_line", "indent", "insert", "flip"]))
    i = data.draw(st.integers(0, max(0, len(lines) - 1)))
    if op == "truncate":
        text = text[:data.draw(st.integers(0, len(text)))]
    elif op == "drop_line":
        text = "\n".join(lines[:i] + lines[i + 1:])
    elif op == "dup_line":
        text = "\n".join(lines[:i + 1] + lines[i:])
    elif op == "indent":
        text = "\n".join(lines[:i] + ["   " + lines[i]] + lines[i + 1:])
    elif op == "insert":
        text = "\n".join(lines[:i] + [data.draw(st.text(max_size=30))] + lines[i:])
    else:
        j = data.draw(st.integers(0, max(0, len(text) - 1)))
        text = text[:j] + data.draw(st.characters(blacklist_categories=("Cs",))) + text[j + 1:]
    _load_or_error(tmp_path_factory.mktemp("rs"), text)


def test_rulesets_cannot_carry_regular_expressions(tmp_path):
    """Rulesets match tokens and phrases, never user regexes, so no ruleset
    can make matching backtrack catastrophically: a pattern is an unknown
    key and the ruleset is rejected with its file, line and key."""
    from schemalint.classify.ruleset import RulesetError, load_ruleset

    bad = tmp_path / "evil.yaml"
    bad.write_text("schemalint-ruleset: 1\nname: evil\nextends: default\ncategories:\n"
                   "  gov_id.nik:\n    pattern: '(a+)+$'\n")
    with pytest.raises(RulesetError) as err:
        load_ruleset(str(bad))
    assert "evil.yaml:6" in str(err.value) and "pattern" in str(err.value)


@given(st.binary(max_size=300), st.sampled_from(["x.sql", "versions/a.py", "db/migrate/1_a.rb",
                                                  "database/migrations/a.php", "s.prisma", "changelog.xml"]))
def test_the_cli_exits_0_or_1_on_any_input_file(tmp_path_factory, data, name):
    """Whatever an input file holds, `check` reports (exit 0 or 1); exit 2
    is for usage and configuration errors only."""
    import contextlib
    import io
    import os

    from schemalint.cli import main

    root = tmp_path_factory.mktemp("cli")
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = {"versions/a.py": b"from alembic import op\n", "db/migrate/1_a.rb": b"class A < ActiveRecord::Migration[7.0]\n",
              "database/migrations/a.php": b"<?php Schema::create(", "changelog.xml": b"<databaseChangeLog>"}.get(name, b"")
    target.write_bytes(prefix + data)
    out = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(root)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = main(["check", name, "--no-cache", "--isolated"])
    finally:
        os.chdir(cwd)
    assert code in (0, 1), out.getvalue()
    assert "internal error" not in out.getvalue()


# --------------------------------------------------------------------------
# Hostile names and file names (issue 16): control characters, lone
# surrogates, bidi overrides, file names that are not UTF-8
# --------------------------------------------------------------------------

#: characters a name from a pull request may hold to attack the reader
HOSTILE_CHARS = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x1f),  # C0: newline, CR, ESC, BEL...
    st.characters(min_codepoint=0x7f, max_codepoint=0x9f),  # DEL, C1 (CSI 0x9b, NEL 0x85)
    st.sampled_from(["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u061c", "\u2028", "\u2029"]),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
    st.sampled_from(list("#[%,:=+-@|`<&*\\ ")),
    st.characters(codec="utf-8"),
)
#: names that may start with a workflow command marker (``::``, ``##[``)
hostile_names = st.tuples(st.sampled_from(["", "::", "##[", "  ::", "##vso["]),
                          st.text(HOSTILE_CHARS, min_size=1, max_size=24)).map("".join)


def _hostile_run(table: str, column: str, path: str):
    from schemalint.model import FileStatus, Finding, Location, Skipped
    from schemalint.pipeline import RunResult

    loc = Location(path, 3, 5)
    run = RunResult()
    run.findings = [Finding("ENC001", "unencrypted-sensitive-column", "error",
                            f"{table}.{column} holds NIK in plaintext", loc, table=table, column=column,
                            category="gov_id.nik", why=f"token {column!r} matched", fix=f"encrypt {column}",
                            related=(Location(path, 9, 1),), fingerprint="f" * 20)]
    run.files = [FileStatus(path, "sql", "analysed", f"read {table}", "postgres")]
    run.notes = [Skipped(f"statement on {table} not understood", loc)]
    return run


@given(hostile_names, hostile_names, hostile_names)
def test_every_report_escapes_hostile_names(table, column, name):
    """No control character, bidi override or lone surrogate from a name
    reaches any report, and no line can start a CI workflow command."""
    from schemalint.escape import UNSAFE
    from schemalint.reporters import FORMATS, ReportOptions, render

    run = _hostile_run(table, column, f"db/{name}.sql")
    for fmt in FORMATS:
        out = render(fmt, run, ReportOptions(show_why=True, verbose=True, statistics=True))
        out.encode("utf-8")  # no lone surrogate left
        for line in out.split("\n"):
            assert not any(UNSAFE.match(ch) for ch in line), (fmt, line)
            if line.lstrip().startswith(("::", "##[", "##vso[")):
                assert fmt == "github" and line.startswith(("::error ", "::warning ", "::notice ")), (fmt, line)


@given(st.binary(min_size=1, max_size=20).filter(lambda b: b"/" not in b and b"\0" not in b
                                                  and b not in (b".", b"..")))
def test_any_file_name_bytes_are_read_and_reported(tmp_path_factory, raw):
    """A file whose name is any bytes (not UTF-8 included) is read, cached
    and reported; every output file survives its name."""
    import contextlib
    import io
    import json
    import os

    from schemalint.cli import main

    if os.name == "nt":
        pytest.skip("file names are UTF-16 on Windows")
    root = tmp_path_factory.mktemp("names")
    d = os.path.join(os.fsencode(root), b"db")
    os.makedirs(d)
    try:
        with open(os.path.join(d, raw + b".sql"), "w", encoding="utf-8") as fh:
            fh.write("CREATE TABLE peserta (nik varchar(16));\n")
    except OSError:  # a name this file system refuses
        return
    cwd = os.getcwd()
    try:
        os.chdir(root)
        for cache in ([], ["--no-cache"]):
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = main(["check", ".", "--isolated", "--format", "json", "-o", "r.json",
                             "--sarif-output", "r.sarif", *cache])
            assert code == 1
            doc = json.loads((root / "r.json").read_text(encoding="utf-8"))
            assert [f["code"] for f in doc["findings"]].count("ENC001") == 1
            json.loads((root / "r.sarif").read_text(encoding="utf-8"))
    finally:
        os.chdir(cwd)
