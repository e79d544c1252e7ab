"""Output of `schemalint classify`: JSON lists every column; text is a table."""

import json

from schemalint.classify import classify_schema, load_ruleset
from schemalint.classify.report import to_json, to_text

from .helpers import schema_from_sql

SQL = """
CREATE TABLE pasien (
  no_rkm_medis varchar(15) PRIMARY KEY,
  nm_pasien varchar(40),
  no_ktp varchar(20),
  tgl_lahir date,
  created_at timestamp
);
CREATE TABLE poliklinik (kd_poli char(5), nm_poli varchar(50));
"""


def _run():
    sch = schema_from_sql(SQL, path="db/schema.sql")
    return [sch], {sch.history: classify_schema(sch, load_ruleset())}


def test_json_lists_every_column_with_evidence_and_location():
    schemas, cls = _run()
    out = to_json(schemas, cls)
    json.dumps(out)  # serialisable
    cols = out["columns"]
    assert len(cols) == 7
    by = {(c["table"], c["column"]): c for c in cols}
    ktp = by[("pasien", "no_ktp")]
    assert ktp["category"] == "gov_id.nik" and ktp["group"] == "gov_id"
    assert ktp["type"].lower() == "varchar(20)" and 0.5 <= ktp["confidence"] <= 1
    assert ktp["evidence"] and isinstance(ktp["evidence"], list)
    assert ktp["location"] == {"path": "db/schema.sql", "line": 5, "col": ktp["location"]["col"]}
    assert ktp["history"] == "t" and ktp["label"] and ktp["tier"] == "high"
    poli = by[("poliklinik", "nm_poli")]
    assert poli["category"] is None and poli["group"] is None and poli["evidence"]
    assert out["summary"]["columns"] == 7 and out["summary"]["personal"] >= 3
    assert out["ruleset"]["name"] == "default"


def test_text_is_an_aligned_table():
    schemas, cls = _run()
    text = to_text(schemas, cls)
    lines = text.splitlines()
    assert lines[0].split()[:4] == ["COLUMN", "TYPE", "CATEGORY", "CONF"]
    assert any("pasien.no_ktp" in line and "gov_id.nik" in line for line in lines)
    assert any(line.strip().startswith("why: ") for line in lines)
    assert "poliklinik.nm_poli" not in text  # not personal: only with show_all
    assert "of 7 columns classified as personal data" in lines[-1]
    full = to_text(schemas, cls, show_all=True)
    assert "poliklinik.nm_poli" in full


def test_a_statement_that_cannot_be_read_is_reported_not_silently_left_out(tmp_path):
    """A CREATE TABLE sqlglot gives up on (Koha's library_groups did) was left out
    of classify's listing without a word."""
    import subprocess
    import sys

    f = tmp_path / "schema.sql"
    f.write_text("CREATE TABLE library_groups (\n  id INT NOT NULL,\n  title VARCHAR(100),\n"
                 "  UNIQUE KEY title ( title \n) ENGINE=InnoDB;\n"
                 "CREATE TABLE patrons (id int PRIMARY KEY, nik varchar(16));\n")
    text = subprocess.run([sys.executable, "-m", "schemalint", "classify", str(f), "--no-cache"],
                          capture_output=True, text=True)
    assert "patrons.nik" in text.stdout
    assert "1 statement(s) could not be read" in text.stdout and "library_groups" in text.stdout
    js = subprocess.run([sys.executable, "-m", "schemalint", "classify", str(f), "--format", "json",
                         "--no-cache"], capture_output=True, text=True)
    unread = json.loads(js.stdout)["unread"]
    assert len(unread) == 1 and unread[0]["location"]["line"] >= 1
    assert "library_groups" in unread[0]["message"]


def test_a_statement_read_but_not_followed_is_counted_and_listed_with_v(tmp_path):
    """Monica's password-reset table is created under a name read from the
    configuration: classify listed nothing and said nothing about it."""
    import subprocess
    import sys

    mig = tmp_path / "database" / "migrations"
    mig.mkdir(parents=True)
    (mig / "2014_10_12_100000_create_password_resets_table.php").write_text(
        "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\n"
        "class CreatePasswordResetsTable extends Migration {\n  public function up() {\n"
        "    Schema::create(config('auth.passwords.users.table'), function (Blueprint $table) {\n"
        "      $table->string('email')->index();\n      $table->string('token');\n    });\n"
        "    Schema::create('users', function (Blueprint $table) {\n      $table->id();\n"
        "      $table->string('email');\n    });\n  }\n}\n", encoding="utf-8")

    def classify(*extra):
        return subprocess.run([sys.executable, "-m", "schemalint", "classify", str(tmp_path), "--no-cache",
                               *extra], capture_output=True, text=True)

    plain = classify().stdout
    assert "users.email" in plain
    assert "1 statement(s) were read but not followed" in plain and "(-v lists them)" in plain
    assert "config('auth.passwords.users.table')" not in plain
    verbose = classify("-v").stdout
    assert "create_password_resets_table.php:5:" in verbose
    assert "config('auth.passwords.users.table')" in verbose
    got = json.loads(classify("--format", "json").stdout)["not_followed"]
    assert len(got) == 1 and got[0]["location"]["line"] == 5 and "not a literal" in got[0]["message"]


def test_nothing_unread_is_an_empty_list():
    schemas, cls = _run()
    assert to_json(schemas, cls)["unread"] == []
    assert to_json(schemas, cls)["not_followed"] == []
    assert "could not be read" not in to_text(schemas, cls)
    assert "not followed" not in to_text(schemas, cls)
