"""What Django reads from a migration module: the class bound to the name
``Migration`` and the names its body binds, read statically.

Django's loader imports ``<app>/migrations/<name>.py`` and uses the
module's attribute ``Migration``, whatever it is: the *last* binding of
that name at module level is the migration, whatever its base classes.

* a class whose bases are ``migrations.Migration`` (or the name it is
  imported under) is read from its body;
* a base that is a class defined earlier in the module is followed: its
  body gives what the migration's own body does not (``operations`` of a
  local base class), as Python's attribute lookup does;
* anything else cannot be followed statically and is an ``unfollowed``
  note (a PARSE001 warning, the gate fails closed): ``Migration = type(...)``,
  a ``Migration`` imported from another module, a base class imported
  from elsewhere, a metaclass or class decorator, a method that replaces
  what Django calls (``__init__``, ``apply``, ``mutate_state``...), a
  binding of ``Migration`` inside ``if``/``try``/``for``.

Code that runs when the module is imported and changes a list the
migration reads is followed when exact: ``operations.append(op)`` and
``operations.extend([...])`` on a name bound to a list (at class or module
level) are read as ``operations = operations + [op]``; any other statement
at class or module level that touches ``Migration``, ``operations`` or a
name they are built from (``operations.insert``, ``operations[0] = ...``,
``Migration.operations = ...``, a loop, ``globals()``/``setattr``) is an
``unfollowed`` note.
"""

from __future__ import annotations

import ast
from typing import Callable, Dict, List, Optional, Set, Tuple

from ..pyast import Env, dotted

#: a note callback: (reason, node)
Note = Callable[[str, ast.AST], None]

#: methods and attributes of Django's Migration that a class body must not
#: replace by code (Django calls them, or reads them as lists)
_DJANGO_MEMBERS = frozenset({
    "__init__", "__new__", "__init_subclass__", "__getattribute__", "__getattr__", "__class_getitem__",
    "apply", "unapply", "mutate_state", "suggest_name", "operations", "dependencies", "replaces",
    "run_before", "initial", "atomic",
})
#: calls that change names without binding them in the source
_DYNAMIC_CALLS = frozenset({"globals", "locals", "vars", "setattr", "delattr", "exec", "eval",
                            "__import__", "compile", "modules", "import_module"})
#: list methods followed exactly: ``x.append(v)`` -> ``x + [v]``, ``x.extend(v)`` -> ``x + v``
_FOLLOWED = ("append", "extend")
#: depth of local base classes followed
_MAX_BASES = 10


def migration_class(tree: ast.Module, note: Note) -> Tuple[Optional[ast.ClassDef], List[ast.ClassDef]]:
    """``(the Migration class, its local base classes in lookup order)``,
    or ``(None, [])`` when the module binds no ``Migration`` (a helper module)
    or binds it to something that is not followed (after a note)."""
    aliases = _django_aliases(tree)
    last: Optional[ast.stmt] = None
    for stmt in tree.body:
        if "Migration" in _bound_names(stmt):
            last = stmt
        elif not _simple(stmt) and "Migration" in _stored_names(stmt):
            note("`Migration` is bound inside a compound statement: which class Django uses is decided "
                 "when the module runs; not followed", stmt)
            return None, []
    if last is None:
        return None, []
    if isinstance(last, ast.ImportFrom) and _is_django(last.module):
        return None, []  # Django's own base class: a migration without operations
    if not isinstance(last, ast.ClassDef):
        what = (f"imported from `{getattr(last, 'module', None) or '?'}`"
                if isinstance(last, (ast.Import, ast.ImportFrom)) else "built by code")
        note(f"`Migration` is {what}, not a class written in this module: the migration Django runs "
             f"is not followed", last)
        return None, []
    classes = {s.name: s for s in tree.body if isinstance(s, ast.ClassDef) and s is not last}
    bases: List[ast.ClassDef] = []
    if not _class_ok(last, aliases, classes, bases, note, 0):
        return None, []
    return last, bases


def _class_ok(cls: ast.ClassDef, aliases: Set[str], classes: Dict[str, ast.ClassDef],
              out: List[ast.ClassDef], note: Note, depth: int) -> bool:
    """Check ``cls`` and collect its local bases (depth first, in order)."""
    if cls.decorator_list or cls.keywords:
        note(f"class `{cls.name}` has a decorator or a metaclass: what Django gets is decided when the "
             f"module runs; not followed", cls)
        return False
    for stmt in cls.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and stmt.name in _DJANGO_MEMBERS:
            note(f"class `{cls.name}` defines `{stmt.name}` as code: what Django runs is decided when "
                 f"the module runs; not followed", stmt)
            return False
    for base in cls.bases:
        name = dotted(base) or ""
        if name.rsplit(".", 1)[-1] in aliases and (name in aliases or name.split(".")[0] in ("migrations", "django")):
            continue
        local = classes.get(name)
        if local is not None and local is not cls and depth < _MAX_BASES and local not in out:
            out.append(local)
            if not _class_ok(local, aliases, classes, out, note, depth + 1):
                return False
            continue
        note(f"class `{cls.name}`: its base `{name or ast.unparse(base)}` is not Django's Migration nor "
             f"a class of this module: what the migration inherits is not followed", base)
        return False
    return True


def _django_aliases(tree: ast.Module) -> Set[str]:
    """Names Django's ``Migration`` base class has in this module."""
    aliases = {"Migration"}
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and _is_django(stmt.module):
            aliases.update(a.asname for a in stmt.names if a.name == "Migration" and a.asname)
    return aliases


def operation_aliases(tree: ast.Module) -> Dict[str, str]:
    """Operation classes imported from Django under another name."""
    out: Dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and _is_django(stmt.module):
            out.update((a.asname, a.name) for a in stmt.names if a.asname and a.name != "Migration")
    return out


def functions_of(body: List[ast.stmt]) -> Dict[str, ast.AST]:
    """The functions a body defines, by name (the last definition wins)."""
    return {s.name: s for s in body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _is_django(module: Optional[str]) -> bool:
    return (module or "").startswith("django.db.migrations")


def _bound_names(stmt: ast.stmt) -> Set[str]:
    """Names a simple module-level statement binds."""
    if isinstance(stmt, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
        return {stmt.name}
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split(".")[0] for a in stmt.names}
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return set()


def _stored_names(node: ast.AST) -> Set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del))} | \
        {n.name for n in ast.walk(node) if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))} | \
        {(a.asname or a.name).split(".")[0] for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))
         for a in n.names}


def _simple(stmt: ast.stmt) -> bool:
    """A statement that only binds names Env reads (or does nothing)."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                         ast.Pass)):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        return True  # a docstring
    if isinstance(stmt, ast.Assign):
        return all(_name_targets(t) for t in stmt.targets)
    if isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        return isinstance(stmt.target, ast.Name)
    return False


def _name_targets(t: ast.AST) -> bool:
    if isinstance(t, ast.Name):
        return True
    return isinstance(t, (ast.Tuple, ast.List)) and all(_name_targets(e) for e in t.elts)


# --------------------------------------------------------------------------
# Bodies: names bound, and code that changes them
# --------------------------------------------------------------------------


def body_env(body: List[ast.stmt], parent: Optional[Env]) -> Env:
    """An :class:`Env` of a module or class body, with ``x.append(v)`` /
    ``x.extend(v)`` statements read as ``x = x + [v]`` / ``x = x + v``."""
    env = Env(parent)
    for stmt in body:
        followed = _followed_mutation(stmt, env)
        if followed is not None:
            name, value = followed
            env.bind(name, value, stmt.lineno)
        else:
            env.bind_statement(stmt)
    return env


def _followed_mutation(stmt: ast.stmt, env: Env) -> Optional[Tuple[str, ast.expr]]:
    """``(name, new value)`` for ``name.append(v)`` / ``name.extend(v)``
    on a name bound to a list (through aliases ``a = b``: the list itself)."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return None
    c = stmt.value
    f = c.func
    if not (isinstance(f, ast.Attribute) and f.attr in _FOLLOWED and isinstance(f.value, ast.Name)
            and len(c.args) == 1 and not c.keywords and not isinstance(c.args[0], ast.Starred)):
        return None
    name = _root(f.value.id, env)
    prev = env.lookup(name) if name else None
    if name is None or not isinstance(prev, (ast.List, ast.BinOp, ast.ListComp)) and \
            not (isinstance(prev, ast.Call) and isinstance(prev.func, ast.Name) and prev.func.id == "list"):
        return None
    added = ast.List(elts=[c.args[0]], ctx=ast.Load()) if f.attr == "append" else c.args[0]
    value = ast.BinOp(left=prev, op=ast.Add(), right=added)
    return name, ast.copy_location(value, stmt)


def _root(name: str, env: Env) -> Optional[str]:
    """The name whose binding is the list ``name`` refers to (``ops = operations``)."""
    seen = set()
    while name not in seen:
        seen.add(name)
        bound = env.lookup(name)
        if isinstance(bound, ast.Name):
            name = bound.id
            continue
        return name if bound is not None else None
    return None


def import_time_code(tree: ast.Module, classes: List[ast.ClassDef], env: Env, note: Note) -> None:
    """Note statements at module level and in the migration's classes that
    change what Django reads and are not followed (see the module
    docstring)."""
    relevant = _relevant_names(env, {"Migration", "operations", "dependencies", "replaces", "run_before"})
    relevant.update(c.name for c in classes)
    for body in [tree.body] + [c.body for c in classes]:
        for stmt in body:
            if _simple(stmt) or _followed_mutation(stmt, env) is not None:
                continue
            names = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)} | \
                {n.attr for n in ast.walk(stmt) if isinstance(n, ast.Attribute)}
            if names & relevant or names & _DYNAMIC_CALLS:
                note(f"`{_head(stmt)}` runs when Django imports the migration and changes what it "
                     f"reads (`{', '.join(sorted((names & relevant) or (names & _DYNAMIC_CALLS)))}`): "
                     f"not followed", stmt)


def _relevant_names(env: Env, start: Set[str]) -> Set[str]:
    """``start`` and every name their bindings are built from, transitively."""
    out = set(start)
    todo = list(start)
    while todo:
        name = todo.pop()
        e: Optional[Env] = env
        while e is not None:
            for _, node in e.bindings.get(name, ()):
                for n in ast.walk(node):
                    if isinstance(n, ast.Name) and n.id not in out:
                        out.add(n.id)
                        todo.append(n.id)
            e = e.parent
    return out


def _head(stmt: ast.stmt) -> str:
    try:
        text = ast.unparse(stmt).split("\n", 1)[0]
    except Exception:  # pragma: no cover
        text = type(stmt).__name__
    return text if len(text) <= 60 else text[:57] + "..."
