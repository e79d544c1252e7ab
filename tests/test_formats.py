"""Format specs (schemalint.formats): one declaration per format, the only
place that knows it.  The pipeline and sources ask the registry; the
built-ins are registered through schemalint's own entry points, exactly
like a plugin's."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from schemalint import formats
from schemalint.formats import builtin
from schemalint.sources import discover, history_key

REPO = Path(__file__).resolve().parents[1]


def _format_names():
    return {s.format for s in formats.specs()} | {k for s in formats.specs() for k in s.kinds}


def _string_literals(path: Path):
    """Every string constant of a module that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("module", ["schemalint/pipeline.py", *sorted(
    str(p.relative_to(REPO)) for p in (REPO / "schemalint" / "sources").glob("*.py"))])
def test_pipeline_and_sources_name_no_format(module):
    names = _format_names()
    pattern = re.compile(r"^(%s)(:|$)" % "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    hits = [(line, text) for line, text in _string_literals(REPO / module) if pattern.match(text)]
    assert hits == [], f"{module} names a format: {hits}"


def test_the_grep_would_see_a_format_name(tmp_path):
    bad = tmp_path / "m.py"
    bad.write_text('"""doc: sql is fine here"""\nKEY = "sql-file:" + "x"\n', encoding="utf-8")
    assert [t for _, t in _string_literals(bad)] == ["sql-file:", "x"]


def test_builtins_are_registered_through_schemalint_entry_points():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split('[project.entry-points."schemalint.frontends"]', 1)[1].split("\n\n", 1)[0]
    entries = dict(line.split(" = ", 1) for line in section.strip().splitlines())
    declared = {name: getattr(builtin, value.strip('"').split(":", 1)[1]) for name, value in entries.items()}
    defined = {v.format: v for v in vars(builtin).values() if isinstance(v, formats.FrontendSpec)}
    assert set(declared) == set(defined)
    assert all(declared[k] is defined[k] for k in defined)
    assert set(formats.registry()) >= set(defined)


@pytest.mark.parametrize("path, text, fmt", [
    ("db/V1__init.sql", "", "sql"),
    ("alembic/versions/a1.py", "from alembic import op\n", "alembic"),
    ("app/migrations/0001_initial.py", "class Migration(migrations.Migration):\n", "django"),
    ("database/migrations/2020_01_01_x.php", "<?php Schema::create('t', function ($table) {});", "laravel"),
    ("app/Models/User.php", "<?php class User { protected $casts = ['nik' => 'encrypted']; }", "laravel-model"),
    ("db/migrate/1_x.rb", "class X < ActiveRecord::Migration[7.0]\nend\n", "rails"),
    ("app/models/user.rb", "class User\n  encrypts :nik\nend\n", "rails-model"),
    ("prisma/schema.prisma", "", "prisma"),
    ("db/changelog.xml", "<databaseChangeLog/>", "liquibase"),
])
def test_detection_comes_from_the_specs(path, text, fmt):
    assert formats.detect(path, text)[0] == fmt


@pytest.mark.parametrize("path, text, reason", [
    ("tools/helper.py", "print(1)\n", "Python file with no Alembic or Django migration in it"),
    ("app/Http/Kernel.php", "<?php class Kernel {}", "PHP file with no Laravel schema builder call or model casts in it"),
    ("config/app.xml", "<x/>", "XML file with no Liquibase changelog in it"),
    ("README.md", "# x", "file type schemalint does not read"),
])
def test_files_no_spec_claims_say_why(path, text, reason):
    assert formats.detect(path, text) == (None, reason)


def test_history_keys_come_from_the_specs():
    assert history_key("db/migrations/V1__a.sql", "sql") == "sql:db/migrations"
    assert history_key("db/schema.sql", "sql") == "sql-file:db/schema.sql"
    assert history_key("proj/app1/migrations/0001_initial.py", "django") == "django:proj"
    assert history_key("donjo-app/models/migrations/struktur_tabel/a.php", "laravel") == \
        "laravel:donjo-app/models/migrations"
    assert history_key("shop/app/Models/User.php", "laravel-model") == "laravel-model:shop"
    assert history_key("db/migrate/1_x.rb", "rails") == "rails:db/migrate"


def test_model_evidence_feeds_only_its_own_format_under_its_root():
    assert formats.evidence_owner("laravel-model:shop", "laravel:shop/database/migrations")
    assert not formats.evidence_owner("laravel-model:shop", "laravel:other/database/migrations")
    assert not formats.evidence_owner("laravel-model:shop", "rails:shop/db/migrate")
    assert formats.evidence_owner("rails-model:.", "rails:db/migrate")
    assert not formats.is_evidence("sql:db")


def test_a_plugin_module_of_the_older_contract_is_wrapped_in_a_spec():
    class Mod:
        FORMAT = "toy"
        SUFFIXES = (".TOY",)

        @staticmethod
        def detect(path, head):
            return head.startswith("toy")

    spec = formats._from_plugin("toy", Mod)
    assert spec.suffixes == (".toy",) and spec.frontend() is Mod
    assert spec.sniff("a.toy", "toy 1") and spec.sniff("a.toy", "nope") is None
    assert spec.history_key("x/a.toy") == "toy:x"


def test_a_standalone_sql_file_joins_a_named_siblings_history(tmp_path):
    (tmp_path / "tables.sql").write_text("CREATE TABLE p (nik varchar(16));\n", encoding="utf-8")
    (tmp_path / "keys.sql").write_text("ALTER TABLE p ADD PRIMARY KEY (nik);\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    found = discover([str(tmp_path / "keys.sql")])
    assert sorted(sf.path.rsplit("/", 1)[-1] for sf in found.files) == ["keys.sql", "tables.sql"]
