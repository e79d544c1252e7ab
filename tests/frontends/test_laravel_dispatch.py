"""Laravel frontend: schema changes reached indirectly that schemalint follows
exactly (a callable for a Blueprint callback, call_user_func of a literal
callable, a literal dynamic method name, the container's schema builder, the
PDO's exec), and what it cannot follow (an ``unfollowed`` note, a PARSE001
warning).  Red-team cases: tests/security/test_redteam_php_ruby.py."""

from __future__ import annotations

from schemalint.model import AddColumn, Skipped

from .test_laravel import php

MIGRATION = """<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
use Illuminate\\Support\\Facades\\DB;

return new class extends Migration {
%s    public function up(): void
    {
%s    }
};
"""


def mig(up: str, members: str = ""):
    return php(MIGRATION % (members, up))


def added(r):
    return [(c.table.name, c.column.name) for c in r.changes if isinstance(c, AddColumn)]


def notes(r, kind=None):
    return [c for c in r.changes if isinstance(c, Skipped) and (kind is None or c.kind == kind)]


COLS = "    public function cols(Blueprint $t) { $t->char('nik', 16); }\n"
CLOSURE = "function (Blueprint $table) { $table->char('nik', 16); }"


def test_a_method_as_the_blueprint_callback_is_called_with_the_blueprint():
    for cb in ("[$this, 'cols']", "$this->cols(...)", "[self::class, 'cols']"):
        r = mig(f"        Schema::table('p', {cb});\n", COLS)
        assert added(r) == [("p", "nik")], cb
        assert not notes(r, "unfollowed") and not notes(r, "unsupported"), (cb, r.changes)


def test_a_blueprint_callback_not_known_statically_is_an_unfollowed_note():
    r = mig("        Schema::table('p', $this->callback);\n        Schema::table('q', 'no_such_function');\n")
    assert not added(r)
    assert [(n.location.line, n.kind) for n in notes(r) if "callback" in n.reason] == [
        (10, "unfollowed"), (11, "unfollowed")]


def test_call_user_func_of_a_literal_callable_is_that_call():
    r = mig(f"        call_user_func([Schema::class, 'table'], 'p', {CLOSURE});\n"
            f"        call_user_func_array('Illuminate\\\\Support\\\\Facades\\\\Schema::table', ['q', {CLOSURE}]);\n"
            f"        call_user_func([$this, 'helper'], 'r');\n",
            "    public function helper($t) { Schema::table($t, function (Blueprint $b) { $b->char('nik'); }); }\n")
    assert added(r) == [("p", "nik"), ("q", "nik"), ("r", "nik")]
    assert not notes(r, "unfollowed")


def test_call_user_func_of_a_callable_not_known_statically_is_an_unfollowed_note():
    r = mig(f"        call_user_func($f, 'p', {CLOSURE});\n        call_user_func_array([Schema::class, 'table'], $a);\n")
    # (the Blueprint closure handed to the unknown callable is noted too)
    assert [(n.location.line, n.kind) for n in notes(r, "unfollowed")] == [
        (10, "unfollowed"), (10, "unfollowed"), (11, "unfollowed")]


def test_a_literal_dynamic_method_name_is_that_method():
    r = mig("        $m = 'string';\n        Schema::table('p', function (Blueprint $table) use ($m) {\n"
            "            $table->{'char'}('nik', 16);\n            $table->$m('nama');\n        });\n")
    assert added(r) == [("p", "nik"), ("p", "nama")]
    r = mig("        Schema::table('p', function (Blueprint $table) {\n            $table->$type('nik');\n        });\n")
    assert not added(r) and [n.kind for n in notes(r)] == ["unfollowed"]


def test_the_containers_schema_builder_is_the_schema_facade():
    for expr in ("app('db.schema')", "resolve('db.schema')", "app()->make('db.schema')", "App::make('db.schema')",
                 "Schema::getFacadeRoot()", "app('db')->connection()->getSchemaBuilder()"):
        r = mig(f"        {expr}->table('p', {CLOSURE});\n")
        assert added(r) == [("p", "nik")], expr


def test_sql_run_through_the_pdo_is_replayed():
    r = mig("        DB::getPdo()->exec('ALTER TABLE p ADD nik CHAR(16)');\n"
            "        $pdo = DB::connection()->getPdo();\n        $pdo->query('ALTER TABLE p ADD a INT');\n"
            "        $pdo->prepare('ALTER TABLE p ADD b INT')->execute();\n"
            "        $pdo->prepare('ALTER TABLE p ADD c INT');\n"
            "        DB::getPdo()->exec('UPDATE p SET a = 1');\n")
    assert added(r) == [("p", "nik"), ("p", "a"), ("p", "b")]  # c is prepared, never executed
    assert r.changes[0].location.line == 10
    assert not notes(r, "unfollowed")


def test_a_blueprint_callback_handed_to_a_call_not_followed_is_an_unfollowed_note():
    for up in ("(new Builder($c))->table('p', function (Blueprint $table) { $table->char('nik'); });",
               "$this->schema->table('p', function (\\Illuminate\\Database\\Schema\\Blueprint $t) { $t->char('nik'); });",
               "helper('p', fn (?Blueprint $t) => $t->char('nik'));"):
        r = mig(f"        {up}\n")
        assert [(n.location.line, n.kind) for n in notes(r, "unfollowed")] == [(10, "unfollowed")], up
    # must not fire: a closure without a Blueprint, or one the builder is given
    r = mig("        DB::transaction(function () {\n"
            f"            Schema::table('p', {CLOSURE});\n        }});\n")
    assert added(r) == [("p", "nik")] and not notes(r)
