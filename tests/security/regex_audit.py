"""Run every regular expression schemalint applies to input on adversarial
text, the way schemalint applies it (used by test_regex.py in a
subprocess).

The patterns are found systematically, not listed by hand:

* every call ``re.compile/match/search/fullmatch/sub/subn/split/findall/
  finditer`` or ``lazyre.compile`` in schemalint's source whose pattern is
  a string literal (or a concatenation of literals), found by reading the
  source's syntax tree;
* every compiled pattern held at module level, directly or in a list,
  tuple or dict, once every module is imported;
* every pattern schemalint's code compiles (``re._compile`` called from a
  frame in the package) while the pipeline reads a sample of every input
  format, so patterns built at run time (the SQL splitter's per-dialect
  bodies) are found too.

While the samples are read, every compiled pattern is a recording proxy,
so the harness knows how schemalint *uses* each one: scanning (``search``,
``findall``, ``finditer``, ``sub``, ``split``: a search from every
position, where backtracking turns quadratic) or anchored only (``match``,
``fullmatch`` at a position the caller advances past what matched).  A
scanning pattern, or one never used while the samples were read, runs
``finditer`` to exhaustion; an anchored one runs ``match`` at
:data:`POSITIONS` positions.  The texts (60,000 characters to scan, 20,000 to match) are made by
repeating fragments of the pattern itself (its literal runs and a member
of each character class, alone, combined and followed by a character that
breaks a match).  The harness prints ``START <n> <mode> <pattern>`` before
each pattern and ``OK`` after all of them: the parent kills it when a
pattern runs too long, and names the pattern.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import re
import sys
from re import _constants as C  # noqa: N812 - the stdlib's own names
from re import _parser as P

import schemalint
from schemalint import lazyre

#: characters of each adversarial text: scanning patterns, anchored ones
LENGTH = 60_000
ANCHORED_LENGTH = 20_000
#: positions an anchored pattern is matched at, spread over the text
POSITIONS = 16
_CALLS = {"compile", "match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
_PKG = os.path.dirname(os.path.abspath(schemalint.__file__))


def _literal(node):
    """The string a pattern expression stands for, when it is built from
    literals only; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _literal(node.left), _literal(node.right)
        return None if a is None or b is None else a + b
    return None


def _flags(node) -> int:
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return int(getattr(re, node.attr, 0))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


#: where each function takes its flags positionally
_FLAGS_AT = {"compile": 1, "match": 2, "search": 2, "fullmatch": 2, "findall": 2, "finditer": 2, "split": 3,
             "sub": 4, "subn": 4}


def from_source(calls: dict):
    """Literal patterns of calls in the source; ``calls`` gets, per
    pattern, the functions it is called with (``match``, ``search``...)."""
    found = set()
    for dirpath, _, names in os.walk(_PKG):
        for name in names:
            if not name.endswith(".py"):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8") as fh:
                tree = ast.parse(fh.read())
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and isinstance(node.func.value, ast.Name) and node.args):
                    continue
                mod, fn = node.func.value.id, node.func.attr
                if not ((mod == "re" and fn in _CALLS) or (mod == "lazyre" and fn == "compile")):
                    continue
                pattern = _literal(node.args[0])
                if pattern is None:
                    continue
                flags = next((k.value for k in node.keywords if k.arg == "flags"), None)
                if flags is None and len(node.args) > _FLAGS_AT[fn]:
                    flags = node.args[_FLAGS_AT[fn]]
                try:  # the flags compiled patterns report (re.UNICODE added for str)
                    key = (pattern, re.compile(pattern, _flags(flags)).flags)
                except re.error:
                    continue
                found.add(key)
                if mod == "re" and fn != "compile":
                    calls.setdefault(key, set()).add(fn)
    return found


def _modules():
    for info in pkgutil.walk_packages([_PKG], "schemalint."):
        if info.name.endswith("__main__"):  # runs a command when imported
            continue
        try:
            yield importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a module needing an absent optional dependency
            continue


#: (pattern, flags) -> the methods schemalint called on it while reading the samples
USAGE: dict = {}
_SCANNING = {"search", "findall", "finditer", "sub", "subn", "split", "scanner"}


class _Recorder:
    """A compiled pattern that notes which of its methods are called."""

    __slots__ = ("_p",)

    def __init__(self, compiled):
        object.__setattr__(self, "_p", compiled)

    def __getattr__(self, name):
        value = getattr(self._p, name)
        if callable(value):
            USAGE.setdefault((self._p.pattern, self._p.flags), set()).add(name)
        return value

    def __eq__(self, other):
        return self._p == getattr(other, "_p", other)

    def __hash__(self):
        return hash(self._p)


def install_spy():
    """From now on, patterns compiled by schemalint's code are recorders."""
    real = re._compile
    re_dir = os.path.dirname(re.__file__)
    lazy = os.path.abspath(lazyre.__file__)

    def spy(pattern, flags):
        compiled = real(pattern, flags)
        frame = sys._getframe(1)  # the first caller outside re (and lazyre) must be schemalint's code
        while frame is not None and (frame.f_code.co_filename.startswith(re_dir)
                                     or os.path.abspath(frame.f_code.co_filename) == lazy):
            frame = frame.f_back
        if frame is None or not frame.f_code.co_filename.startswith(_PKG) or not isinstance(pattern, str):
            return compiled
        USAGE.setdefault((compiled.pattern, compiled.flags), set())
        return _Recorder(compiled)

    re._compile = spy


def _held(value, depth=0):
    if isinstance(value, (re.Pattern, _Recorder)):
        yield value.pattern, value.flags
    elif isinstance(value, lazyre.LazyPattern):  # not compiled here: the run compiles (and records) it
        yield value.pattern, re.compile(*value._args).flags
    elif depth < 2 and isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _held(v, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for v in value.values():
            yield from _held(v, depth + 1)


def from_modules():
    found = set()
    for mod in list(_modules()):
        for value in list(vars(mod).values()):
            for pattern, flags in _held(value):
                if isinstance(pattern, str):
                    found.add((pattern, flags))
    return found


SAMPLES = {
    "db/V1__a.sql": ("-- x\n/* y */ CREATE TABLE `a` (nik varchar(16) COMMENT 'NIK schemalint: retention=P5Y') "
                     "ENGINE=InnoDB;\nDELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN END$$\n"
                     "DELIMITER ;\nALTER TABLE a ADD COLUMN b int;\nINSERT INTO a VALUES (1);\n"),
    "pg/V1__a.sql": "CREATE TABLE a (id serial, b jsonb, c text[], alamat text);\nCOMMENT ON COLUMN a.b IS $$x$$;\n"
                    "DO $$ DECLARE n int; BEGIN n := 1; ALTER TABLE a ADD COLUMN IF NOT EXISTS d int; END $$;\nCOMMENT ON COLUMN a.c IS E'it\\'s schemalint: retention=P5Y after closed';\n",
    "ms/V1__a.sql": "CREATE TABLE [dbo].[a] ([id] int IDENTITY(1,1), nik nvarchar(max))\nGO\n",
    "versions/a1.py": "from alembic import op\nimport sqlalchemy as sa\nrevision='a1'\ndown_revision=None\n"
                      "def upgrade():\n    op.create_table('p', sa.Column('nik', sa.String(16), comment='x'))\n"
                      "    op.execute('ALTER TABLE p ADD COLUMN x int')\n",
    "proj/app/migrations/0001_initial.py": "from django.db import migrations, models\n"
                                           "class Migration(migrations.Migration):\n    operations = [migrations."
                                           "CreateModel(name='Person', fields=[('nik', models.CharField(max_length=16)"
                                           ")]), migrations.RunSQL('CREATE INDEX i ON app_person (nik)')]\n",
    "database/migrations/2020_01_01_000000_p.php": "<?php\nSchema::create('people', function (Blueprint $table) {\n"
                                                   "    $table->string('nik', 16)->comment('NIK');\n});\n"
                                                   "DB::statement('ALTER TABLE people ADD x int');\n",
    "app/Models/Person.php": "<?php\nclass Person extends Model { protected $casts = ['nik' => 'encrypted']; }\n",
    "db/migrate/20200101000000_p.rb": "class P < ActiveRecord::Migration[7.0]\n  def change\n"
                                      "    create_table :people do |t|\n      t.string :nik\n    end\n"
                                      "    execute 'ALTER TABLE people ADD x int'\n  end\nend\n",
    "app/models/person.rb": "class Person < ApplicationRecord\n  encrypts :nik\nend\n",
    "schema.prisma": "model Person {\n  id Int @id\n  /// schemalint: retention=P5Y\n  nik String @db.VarChar(16)\n}\n",
    "changelog.xml": "<databaseChangeLog><changeSet id='1' author='a'><createTable tableName='p'>"
                     "<column name='nik' type='varchar(16)' remarks='NIK'/></createTable><sql>ALTER TABLE p ADD x int"
                     "</sql></changeSet></databaseChangeLog>",
    "changelog.yaml": "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n      changes:\n"
                      "        - createTable:\n            tableName: q\n            columns:\n"
                      "              - column: {name: nik, type: varchar(16)}\n",
    # a project ruleset with its own lexicon: the lexicon checks run as they do on
    # an untrusted file (anchored), so they are audited the way they are used
    "pyproject.toml": "[tool.schemalint]\nruleset = \"schemalint-ruleset.yaml\"\n",
    "schemalint-ruleset.yaml": "schemalint-ruleset: 1\nname: p\nextends: default\n"
                               "lexicons:\n  clinical: [lex/klinik.txt]\n",
    "lex/klinik.txt": "# ours\nskor nyeri\nkeloidectomy\n",
}


def read_samples():
    """Read a sample of every format with every dialect, through the CLI."""
    import tempfile

    from schemalint.cli import main

    with tempfile.TemporaryDirectory() as d:
        for rel, text in SAMPLES.items():
            path = os.path.join(d, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        old, out = os.getcwd(), sys.stdout
        os.chdir(d)
        sys.stdout = open(os.devnull, "w")
        try:
            for dialect in ("postgres", "mysql", "tsql", "sqlite", "oracle", "bigquery", "snowflake", None):
                main(["check", "--no-cache", "-v", "--show-why"] + (["--dialect", dialect] if dialect else []))
            main(["audit", "--no-cache", "--format", "html"])
            main(["classify", "--no-cache", "--all"])
        finally:
            sys.stdout.close()
            sys.stdout = out
            os.chdir(old)


def fragments(pattern: str, flags: int):
    """Literal runs of the pattern and one member of each character class."""
    out = []

    def walk(items):
        run = []
        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                out.append("".join(run))
                run = []
            if op is C.IN:
                for kind, val in av:
                    if kind is C.LITERAL:
                        out.append(chr(val))
                        break
                    if kind is C.RANGE:
                        out.append(chr(val[0]))
                        break
                    if kind is C.CATEGORY:
                        out.append({C.CATEGORY_DIGIT: "1", C.CATEGORY_SPACE: " "}.get(val, "a"))
                        break
            elif op is C.NOT_LITERAL:
                out.append("a" if av != ord("a") else "b")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op is C.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
            elif op is C.ATOMIC_GROUP:
                walk(av)
            elif op is C.ANY:
                out.append("a")
        if run:
            out.append("".join(run))

    try:
        walk(P.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - a pattern the parser of this Python reads differently
        pass
    seen = []
    for f in out:
        if f and f not in seen:
            seen.append(f)
    return seen[:10]


def adversarial(pattern: str, flags: int, length: int = 0):
    length = length or LENGTH
    frags = fragments(pattern, flags)
    base = ["a", " ", "\n", "a_", "1.", "'", '"', "`", "(", "\\", "/*", "--", "$$", "<", "::"]
    pieces = []
    for f in frags + base:
        pieces += [f, f + "a", f + " ", f + "\n"]
    for a, b in zip(frags, frags[1:]):
        pieces.append(a + b)
    for f in frags[:6]:
        pieces.append(f * 3 + "!")
    done = set()
    for piece in pieces:
        if piece in done:
            continue
        done.add(piece)
        yield (piece * (length // len(piece) + 1))[:length]


def mode(pattern: str, flags: int, literal_calls) -> str:
    used = set(USAGE.get((pattern, flags), ())) | set(literal_calls.get((pattern, flags), ()))
    if used & _SCANNING or not used & {"match", "fullmatch"}:
        return "scan"
    return "anchored"


def main() -> int:
    install_spy()
    held = from_modules()
    read_samples()
    literal_calls: dict = {}
    source = from_source(literal_calls)
    patterns = sorted(source | held | set(USAGE), key=lambda pf: (pf[0], pf[1]))
    print(f"PATTERNS {len(patterns)}", flush=True)
    for i, (pattern, flags) in enumerate(patterns):
        how = mode(pattern, flags, literal_calls)
        print(f"START {i} {how} {pattern!r} flags={flags}", flush=True)
        try:
            compiled = re.compile(pattern, flags)
        except re.error:
            continue
        compiled = getattr(compiled, "_p", compiled)
        for text in adversarial(pattern, flags, LENGTH if how == "scan" else ANCHORED_LENGTH):
            if how == "scan":
                for _ in compiled.finditer(text):
                    pass
            else:
                for pos in range(0, len(text), max(1, len(text) // POSITIONS)):
                    compiled.match(text, pos)
    print("OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
