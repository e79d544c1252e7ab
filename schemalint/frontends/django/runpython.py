"""``RunPython``: the Python a migration runs, read for what it does to
tables through the schema editor and raw SQL.

Django calls ``code(apps, schema_editor)``.  The function (a lambda, a
function of the module or of the ``Migration`` class body, followed
through names bound to it) is read, never run:

* ``<x>.execute(sql)`` (the schema editor's, or a cursor's) with literal
  SQL -- a string, a name bound to one in the function or the module, or
  each string of a literal list a ``for`` loop runs over -- is handed to the
  SQL frontend like ``RunSQL`` (:mod:`..embedded`): DDL is replayed, data
  SQL is a no-op;
* SQL built at run time (an f-string, ``%``/``format``, a parameter) is a
  no-op when it is visibly data (``UPDATE ...``), or when its literal
  parts, with a placeholder for each run-time part, change no table or
  column (``DROP INDEX "{name}"``); when they do, or when the schema
  editor runs it, it is an ``unfollowed`` note; SQL from elsewhere run on
  a cursor is a located note, as ``RunSQL`` of SQL that is not literal;
* ``schema_editor.alter_db_table(model, "old", "new")`` with literal table
  names is a table rename; every other schema-editor method (``add_field``,
  ``create_model``, ``remove_field``...) acts on model objects built at run
  time: an ``unfollowed`` note;
* the schema editor passed to another function of the module is followed
  into it (bounded depth); passed to a function defined elsewhere, or
  reached by ``getattr``, it is an ``unfollowed`` note.

The rest of the function (ORM data code) is not analysed: the note that
says so stays.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set, Union

from ...model import AddConstraint, DropConstraint, RenameTable, Skipped, TableRef
from .. import pyast
from ..pyast import Env, bind, dotted

Function = Union[ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda]

#: schema-editor methods that change tables (Django's BaseDatabaseSchemaEditor)
SCHEMA_METHODS = frozenset({
    "create_model", "delete_model", "add_field", "remove_field", "alter_field", "alter_db_table",
    "alter_db_table_comment", "alter_db_tablespace", "alter_unique_together", "alter_index_together",
    "add_index", "remove_index", "rename_index", "add_constraint", "remove_constraint",
})
_EXECUTE = frozenset({"execute", "executemany", "executescript"})
#: how deep functions that receive the schema editor are followed
_MAX_DEPTH = 6
#: stands for a run-time part of SQL when its literal parts are read
_PLACEHOLDER = "schemalint_runtime_value"


def run_python(r, c: ast.Call, env: Env, functions: Dict[str, ast.AST]) -> None:
    """Read ``RunPython(code, ...)``; ``functions``: the functions the
    module and the migration class define, by name."""
    b = bind(c, ["code", "reverse_code", "atomic", "hints", "elidable"])
    code = b.get("code")
    fn, bound_args = _resolve(code, env, functions)
    what = f" `{r.src.segment(code, 60)}`" if code is not None else ""
    if fn == "noop":
        r.noop += 1
        return
    r.note(f"RunPython{what}: Python data-migration code is not analysed", c)
    if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        _Walker(r, env, functions).function(fn, bound_args + 1, 0)


def _resolve(node, env: Env, functions: Dict[str, ast.AST]):
    """``(the function node names, how many leading positional arguments
    partial() binds)``; ``"noop"`` for ``RunPython.noop``; None if unknown."""
    bound_args = 0
    for _ in range(20):
        if isinstance(node, ast.Lambda):
            return node, bound_args
        if isinstance(node, ast.Attribute) and node.attr == "noop":
            return "noop", 0
        if isinstance(node, ast.Call) and pyast.call_name(node) == "partial" and node.args \
                and not any(isinstance(a, ast.Starred) for a in node.args):
            # functools.partial(f, a, b): Django's (apps, schema_editor) come after a and b
            bound_args += len(node.args) - 1
            node = node.args[0]
            continue
        if isinstance(node, ast.Name):
            if node.id in functions:
                return functions[node.id], bound_args
            bound = env.lookup(node.id)
            if bound is not None and bound is not node:
                node = bound
                continue
        return None, 0
    return None, 0


class _Walker:
    def __init__(self, r, env: Env, functions: Dict[str, ast.AST]):
        self.r = r
        self.module_env = env
        self.functions = functions
        self.seen: Set[int] = set()

    def function(self, fn: Function, editor_index: int, depth: int) -> None:
        """Read ``fn``, whose positional parameter ``editor_index`` is the
        schema editor."""
        if id(fn) in self.seen:
            return
        self.seen.add(id(fn))
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        editors = {params[editor_index]} if editor_index < len(params) else set()
        if fn.args.vararg is not None:
            editors.add(fn.args.vararg.arg)  # lambda *a: a[1]...
        body: List[ast.AST] = [fn.body] if isinstance(fn, ast.Lambda) else list(fn.body)
        env = Env(self.module_env)
        loops: Dict[str, ast.AST] = {}
        for stmt in body:
            for n in ast.walk(stmt):
                if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                    env.bind_statement(n)
                elif isinstance(n, (ast.For, ast.AsyncFor)) and isinstance(n.target, ast.Name):
                    loops[n.target.id] = n.iter
                elif isinstance(n, ast.NamedExpr):
                    env.bind(n.target.id, n.value)
        for _ in range(5):  # se = schema_editor
            for stmt in body:
                for n in ast.walk(stmt):
                    if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id in editors:
                        editors.update(t.id for t in n.targets if isinstance(t, ast.Name))
        for stmt in body:
            for n in ast.walk(stmt):
                if isinstance(n, ast.Call):
                    self.call(n, env, loops, editors, depth)

    def call(self, c: ast.Call, env: Env, loops, editors: Set[str], depth: int) -> None:
        r = self.r
        f = c.func
        on_editor = _root(f) in editors
        if isinstance(f, ast.Attribute) and f.attr in _EXECUTE:
            arg = c.args[0] if c.args else next((k.value for k in c.keywords if k.arg in ("sql", "query")), None)
            self.sql(c, arg, env, loops, on_editor and isinstance(f.value, ast.Name))
            return
        if isinstance(f, ast.Attribute) and f.attr in SCHEMA_METHODS and (on_editor or not editors):
            if f.attr == "alter_db_table" and len(c.args) == 3:
                old, new = (pyast.evaluate(a, env) for a in c.args[1:])
                if isinstance(old, str) and isinstance(new, str):
                    if old.lower() != new.lower():
                        r.keep([RenameTable(TableRef(old), TableRef(new), r.src.loc(c))])
                    return
            r.note(f"RunPython: `{dotted(f) or f.attr}(...)` changes the schema with model objects built "
                   f"at run time; not followed", c, "unfollowed")
            return
        if isinstance(f, ast.Name) and f.id == "getattr" and c.args and _root(c.args[0]) in editors:
            r.note("RunPython: a schema-editor method reached by `getattr` is not followed", c, "unfollowed")
            return
        passed = [i for i, a in enumerate(c.args) if isinstance(a, ast.Name) and a.id in editors]
        passed_kw = [k for k in c.keywords if isinstance(k.value, ast.Name) and k.value.id in editors]
        if not passed and not passed_kw:
            return
        target = self.functions.get(f.id) if isinstance(f, ast.Name) else None
        if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) and depth < _MAX_DEPTH and not passed_kw:
            for i in passed:
                self.function(target, i, depth + 1)
            return
        r.note(f"RunPython: the schema editor is passed to `{dotted(f) or r.src.segment(f, 40)}`, "
               f"which is not followed", c, "unfollowed")

    def sql(self, c: ast.Call, arg, env: Env, loops, editor: bool) -> None:
        r = self.r
        parts: List[ast.AST] = [arg] if arg is not None else []
        if isinstance(arg, ast.Name) and arg.id in loops and env.lookup(arg.id) is None:
            items = pyast.elements(loops[arg.id], env)
            parts = items if items is not None else parts
        for part in parts:
            st = pyast.sql_text(part, env)
            if st.text is not None:
                line, col = r.src.string_start(st.anchor)
                got = r.embedded.parse(st.text, line, col, r.src.loc(c), "RunPython execute")
                if got is None:
                    r.noop += 1
                else:
                    r.keep(got)
                continue
            changes = self.changes(part, env)
            if st.is_data or changes is False:
                r.noop += 1
            elif changes or editor:
                r.note(f"RunPython: `{r.src.segment(c.func, 40)}(...)`: {st.reason}, and it may change "
                       f"tables; not followed", c, "unfollowed")
            else:  # a cursor running SQL from elsewhere: as RunSQL with SQL that is not literal
                r.note(f"RunPython: `{r.src.segment(c.func, 40)}(...)`: {st.reason}; it was not analysed", c)

    def changes(self, node, env: Env) -> Optional[bool]:
        """Do the literal parts of run-time SQL (an f-string), with a
        placeholder for each run-time part, change a table or column?  None
        when the SQL has no literal form to read."""
        for _ in range(20):
            if isinstance(node, ast.Name) and isinstance(env.lookup(node.id), ast.AST):
                node = env.lookup(node.id)
                continue
            break
        if not isinstance(node, ast.JoinedStr):
            return None
        text = "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else _PLACEHOLDER
                       for v in node.values)
        got = self.r.embedded.parse(text, 1, 1, self.r.src.loc(node), "RunPython execute")
        return got is not None and not all(
            isinstance(ch, (AddConstraint, DropConstraint)) or (isinstance(ch, Skipped) and ch.kind != "unfollowed")
            for ch in got)


def _root(node) -> Optional[str]:
    """The name an attribute/call/subscript chain starts from."""
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


