"""Reading one Django migration: :class:`_Reader` turns its operations
into JSON-compatible records (``meta["ops"]``), one reader per operation
class (``_OPS``).

Names with a leading underscore are private to the
:mod:`schemalint.frontends.django` package, shared by its modules.
"""

from __future__ import annotations

import ast
from contextlib import contextmanager
from typing import Dict, List, Optional, Tuple

from ...kinds import SkipKind
from ...model import Skipped
from ...types import family_of
from .. import pyast
from ..embedded import Embedded
from ..pyast import Env, Ref, Source, bind, call_name, dotted, evaluate
from .fields import (
    _FIELD_TYPES,
    _FK_CLASSES,
    _HASH_FIELDS,
    _M2M_CLASSES,
    _NOOP_OPS,
    _PGP_RE,
    _TRANSLATION,
    _field_base,
)
from .runpython import run_python


class _Reader:
    """Turns a migration's AST into JSON-compatible operation records and
    literal changes (``items``), in order."""

    def __init__(self, src: Source, options, app: str, module_env: Env):
        self.src = src
        self.path = src.path
        self.options = options
        self.app = app
        self.module_env = module_env
        self.env = module_env
        self.items: List[object] = []  # op dicts, or ("keep", [changes])
        self.statements = 0
        self.noop = 0
        self.embedded = Embedded(self.path, options)  # RunSQL text
        self.encrypted_types = {t.lower() for t in getattr(options, "encrypted_types", ()) or ()}
        #: where the operations being read act (see :meth:`side`): "top" (the database and
        #: the state), "db" (database_operations: the database, on a copy of the state),
        #: "state" (state_operations: the state only), "dbstate" (state_operations inside
        #: database_operations: the copy only), "none" (database_operations inside
        #: state_operations: nothing)
        self.mode = "top"
        #: functions of the module and the Migration class body (RunPython code), by name
        self.functions: Dict[str, ast.AST] = {}
        #: operation classes imported under another name (``from django.db.migrations import AddField as AF``)
        self.aliases: Dict[str, str] = {}
        self.group: Optional[str] = None  # the SeparateDatabaseAndState whose state copy "db" uses

    # -- output ----------------------------------------------------------
    def keep(self, changes: list) -> None:
        if self.mode == "none":
            return
        if self.mode in ("state", "dbstate"):  # the state only: no database change
            changes = [c for c in changes if isinstance(c, Skipped)]
        if changes:
            self.items.append(("keep", list(changes)))

    @contextmanager
    def side(self, side: str, node):
        """Read the operations of a ``SeparateDatabaseAndState`` (or
        ``RunSQL(state_operations=...)``) side: ``"db"`` or ``"state"``.
        Django applies ``state_operations`` to the project state and runs
        ``database_operations`` against the database, each computed on a
        copy of the state before the operation (the copy is discarded)."""
        saved = self.mode, self.group
        if side == "db":
            self.mode = {"top": "db", "db": "db"}.get(self.mode, "none")
            if saved[0] == "top":
                loc = self.src.loc(node)
                self.group = f"{loc.line}:{loc.col}"
        else:
            self.mode = {"top": "state", "db": "dbstate"}.get(self.mode, self.mode)
        try:
            yield
        finally:
            self.mode, self.group = saved

    def note(self, reason: str, node, kind: SkipKind = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
        else:
            self.keep([Skipped(reason, self.src.loc(node), kind)])

    def record(self, op: str, node, **fields) -> None:
        if self.mode == "none":
            self.noop += 1
            return
        loc = self.src.loc(node)
        fields.update(op=op, line=loc.line, col=loc.col)
        if self.mode in ("db", "dbstate"):
            fields["clone"] = self.group  # on a copy of the state
        if self.mode in ("state", "dbstate"):
            fields["emit"] = False  # the state only
        self.items.append(fields)

    def value(self, node, env: Optional[Env] = None):
        return evaluate(node, env or self.env, transparent=_TRANSLATION)

    def text(self, node, env=None) -> Optional[str]:
        v = self.value(node, env) if node is not None else None
        return v if isinstance(v, str) else None

    # -- header ----------------------------------------------------------
    def header(self, env: Env) -> Dict[str, object]:
        """``dependencies``, ``replaces``, ``run_before``, ``initial``."""
        out: Dict[str, object] = {}
        for key in ("dependencies", "replaces", "run_before"):
            node = env.lookup(key)
            out[key] = self._pairs(node, env, key) if node is not None else []
        initial = self.value(env.lookup("initial")) if env.lookup("initial") is not None else None
        out["initial"] = initial if isinstance(initial, bool) else False
        return out

    def _pairs(self, node, env: Env, key: str) -> List[List[str]]:
        v = self.value(node, env)
        if not isinstance(v, (list, tuple)):
            self.note(f"`{key}` is not a literal list ({pyast.describe(v)}): ignored", node)
            return []
        out = []
        for item in v:
            if isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(x, str) for x in item):
                out.append([item[0], item[1]])
            elif isinstance(item, ast.Call) and call_name(item) == "swappable_dependency" and item.args:
                target = self.value(item.args[0], env)
                if isinstance(target, str) and "." in target:
                    out.append([target.split(".", 1)[0], "__first__"])
                elif isinstance(target, Ref):
                    out.append(["__setting__", target.last])
                else:
                    self.note(f"swappable dependency {pyast.describe(target)} is not resolved", item)
            else:
                self.note(f"entry of `{key}` is not an (app, migration) pair "
                          f"({pyast.describe(item)}): ignored", node)
        return out

    # -- operations ------------------------------------------------------
    def operations(self, node, env: Env) -> None:
        v = self.value(node, env)
        if not isinstance(v, (list, tuple)):
            self.note(f"operations are built at run time ({pyast.describe(v)}): not followed", node, "unfollowed")
            return
        for item in v:
            if isinstance(item, ast.Call):
                self.operation(item, env)
            else:
                self.note(f"operation {pyast.describe(item)} is not a literal operation: "
                          f"not followed", getattr(item, "node", None) or node, "unfollowed")

    def operation(self, c: ast.Call, env: Env) -> None:
        self.statements += 1
        name = self.operation_name(c, env)
        if name is None:
            return
        handler = _OPS.get(name)
        if handler is not None:
            handler(self, c, env)
        elif name in _NOOP_OPS:
            self.noop += 1
        elif name == "RunPython":
            run_python(self, c, env, self.functions)
        elif name in self.functions or not name[:1].isupper():
            # a function that returns operations (operation classes are capitalised)
            self.note(f"operation built by calling `{dotted(c.func) or name}(...)`, a function: what it "
                      f"returns is decided when it runs; not followed", c, "unfollowed")
        else:
            self.note(f"operation `{dotted(c.func) or name}` is not a known Django operation: "
                      f"not analysed", c)

    def operation_name(self, c: ast.Call, env: Env) -> Optional[str]:
        """The operation class a call makes, followed through
        ``getattr(migrations, "AddField")``, names bound to a class
        (``Add = migrations.AddField``) and import aliases; None after an
        ``unfollowed`` note when it is chosen at run time."""
        func: ast.AST = c.func
        for _ in range(20):
            if isinstance(func, ast.Name) and func.id in self.aliases:
                return self.aliases[func.id]
            if isinstance(func, ast.Name) and isinstance(env.lookup(func.id), ast.expr) \
                    and env.lookup(func.id) is not func:
                func = env.lookup(func.id)  # type: ignore[assignment]
                continue
            if isinstance(func, ast.Call) and pyast.call_name(func) == "getattr" and len(func.args) >= 2:
                attr = self.value(func.args[1], env)
                if isinstance(attr, str):
                    return attr
                self.note(f"operation class chosen at run time (`{self.src.segment(func, 60)}`): "
                          f"not followed", c, "unfollowed")
                return None
            break
        if isinstance(func, (ast.Name, ast.Attribute)) and dotted(func):
            return (dotted(func) or "").rsplit(".", 1)[-1]
        self.note(f"operation class computed at run time (`{self.src.segment(c.func, 60)}`): not followed",
                  c, "unfollowed")
        return None

    # -- fields ----------------------------------------------------------
    def field(self, node, env: Env, model: str, what: str) -> Optional[dict]:
        """A JSON spec of a field expression, or None after a note."""
        call = self.value(node, env)
        if not isinstance(call, ast.Call):
            self.note(f"{what}: the field is not a literal field call ({pyast.describe(call)}); "
                      f"not analysed", node)
            return None
        encryption = None
        if call_name(call) == "encrypt" and call.args and isinstance(self.value(call.args[0], env), ast.Call):
            inner = self.value(call.args[0], env)
            encryption = f"field:encrypt({call_name(inner)})"
            call = inner
        cls = call_name(call) or "Field"
        if not cls[:1].isupper():
            self.note(f"{what}: the field is built by `{self.src.segment(call.func, 40)}(...)`, "
                      f"not a field class; not analysed", node)
            return None
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            self.note(f"{what}: `{cls}(*args/**kwargs)` is not a literal field; read in part", call)
        return self._spec(call, cls, env, model, encryption)

    def _spec(self, call: ast.Call, cls: str, env: Env, model: str, encryption: Optional[str]) -> dict:
        kw = {k.arg: k.value for k in call.keywords if k.arg}
        kind = "fk" if cls.endswith(_FK_CLASSES) else "m2m" if cls.endswith(_M2M_CLASSES) else "column"
        if kind == "column" and "to" in kw and "on_delete" in kw:
            # a project's own relation class (tendenci's UnsavedOneToOne(to=..., on_delete=...)):
            # the migration writer gives every relation its target and what a delete does
            kind = "fk"
        pos = [a for a in call.args if not isinstance(a, ast.Starred)]
        if kind == "column" and pos and "verbose_name" not in kw:
            kw["verbose_name"] = pos[0]
        def flag(key: str, default: bool) -> bool:
            v = self.value(kw[key], env) if key in kw else default
            return v if isinstance(v, bool) else default

        spec: dict = {"cls": cls, "kind": kind}
        base, enc = _encrypted_base(cls)
        if enc or cls.lower() in self.encrypted_types:
            encryption = encryption or f"field:{cls}"
        spec["type"] = self._type(cls, base or cls, kw, pos, env)
        if kind in ("fk", "m2m"):
            to = kw.get("to", pos[0] if pos else None)
            spec["to"] = self._target(to, env, model)
            spec["to_field"] = self.text(kw.get("to_field"), env)
            spec["through"] = "through" in kw
            if kind == "m2m":  # the join table's own name (ManyToManyField(db_table=...))
                spec["db_table"] = self.text(kw.get("db_table"), env)
        spec["db_column"] = self.text(kw.get("db_column"), env)
        pk = flag("primary_key", False)
        spec["pk"] = pk
        spec["null"] = flag("null", False) and not pk
        spec["unique"] = flag("unique", cls.endswith(("OneToOneField", "OneToOne")))
        spec["index"] = flag("db_index", kind == "fk" or cls.endswith("SlugField"))
        comment = self.value(kw["db_comment"], env) if "db_comment" in kw else None
        spec["comment"] = comment if isinstance(comment, str) else None
        default = None
        if "db_default" in kw:
            dv = self.value(kw["db_default"], env)
            default = str(dv) if pyast.is_literal(dv) else self.src.segment(kw["db_default"], 80)
        spec["default"] = default
        hints = {"field_class": cls}
        for key in ("verbose_name", "help_text"):
            v = self.text(kw.get(key), env)
            if v:
                hints[key] = v
        spec["hints"] = hints
        spec["encryption"] = encryption
        return spec

    def _type(self, cls: str, base: str, kw: dict, pos: list, env: Env) -> list:
        """``[name, family, [params], raw]`` of a field's column type."""
        known = _field_base(base)
        name, default_len = _FIELD_TYPES.get(known or "", (cls.lower(), None))
        params: List[str] = []
        if known in ("DecimalField", "MoneyField"):
            for key, i in (("max_digits", 2), ("decimal_places", 3)):
                v = self.value(kw.get(key, pos[i] if len(pos) > i else None), env)
                if isinstance(v, int) and not isinstance(v, bool):
                    params.append(str(v))
        elif known == "ArrayField":
            inner = self.value(kw.get("base_field", pos[0] if pos else None), env)
            if isinstance(inner, ast.Call):
                params.append(self._type(call_name(inner) or "", call_name(inner) or "",
                                         {k.arg: k.value for k in inner.keywords if k.arg},
                                         list(inner.args), env)[0])
        else:
            v = self.value(kw["max_length"], env) if "max_length" in kw else default_len
            if isinstance(v, int) and not isinstance(v, bool):
                params.append(str(v))
        raw = f"{cls}({', '.join(params)})" if params else cls
        return [name, family_of(name, params), params, raw]

    def _target(self, node, env: Env, model: str) -> Optional[str]:
        """``app.model`` (lower-case) of a relation's target."""
        v = self.value(node, env) if node is not None else None
        if isinstance(v, Ref):
            return "__setting__." + v.last if "settings" in v.dotted or v.last.isupper() else None
        if not isinstance(v, str):
            return None
        if v == "self":
            return f"{self.app}.{model.lower()}"
        if "." in v:
            app, m = v.rsplit(".", 1)
            return f"{app.rsplit('.', 1)[-1]}.{m.lower()}"
        return f"{self.app}.{v.lower()}"

    def sql(self, c: ast.Call, node, env: Env) -> None:
        """Literal SQL of ``RunSQL``: DDL to the SQL frontend."""
        for part in _sql_parts(node, env):
            st = pyast.sql_text(part, env)
            if st.text is None:
                if isinstance(part, ast.Attribute) and part.attr == "noop":
                    self.noop += 1
                elif st.is_data:
                    self.noop += 1
                else:
                    self.note(f"RunSQL: {st.reason}; it was not analysed", c)
                continue
            line, col = self.src.string_start(st.anchor)
            got = self.embedded.parse(st.text, line, col, self.src.loc(c), "RunSQL")
            if got is None:
                self.noop += 1
                continue
            self.keep(got)


def _encrypted_base(cls: str) -> Tuple[Optional[str], bool]:
    """``(base field class, is encrypted)`` for encrypted field classes."""
    m = _PGP_RE.match(cls)
    if m:
        return (m.group(1) or "Text") + "Field", True
    if cls in _HASH_FIELDS:
        return "TextField", True
    if "Encrypted" in cls:
        base = cls.replace("Encrypted", "")
        return (base if _field_base(base) else "TextField"), True
    return None, False


def _sql_parts(node, env: Env) -> List[ast.AST]:
    """The SQL strings of a RunSQL ``sql`` argument (a string, or a list
    of strings or ``(sql, params)`` pairs)."""
    for _ in range(20):
        if isinstance(node, ast.Name) and env.lookup(node.id) is not None:
            node = env.lookup(node.id)
            continue
        break
    if isinstance(node, (ast.List, ast.Tuple)):
        out: List[ast.AST] = []
        for e in node.elts:
            if isinstance(e, (ast.Tuple, ast.List)) and e.elts:
                out.append(e.elts[0])
            else:
                out.append(e)
        return out
    return [node] if node is not None else []


# --------------------------------------------------------------------------
# Operation readers: AST -> op records
# --------------------------------------------------------------------------


def _model_name(r: _Reader, node, env: Env, c, what: str) -> Optional[str]:
    v = r.value(node, env) if node is not None else None
    if isinstance(v, str):
        return v
    r.note(f"{what}: the model name is not a literal ({pyast.describe(v)}); not followed", c)
    return None


def _r_create_model(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "fields", "options", "bases", "managers"])
    model = _model_name(r, b.get("name"), env, c, "CreateModel")
    if model is None:
        return
    fields = []
    fnode = b.get("fields")
    items = r.value(fnode, env) if fnode is not None else []
    if not isinstance(items, (list, tuple)):
        r.note(f"CreateModel {model}: the field list is built at run time; not analysed", c)
        items = []
    elts = pyast.elements(fnode, env)
    for i, item in enumerate(items):
        where = elts[i] if elts and i < len(elts) else c
        if not (isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[0], str)):
            r.note(f"CreateModel {model}: field {pyast.describe(item)} is not a (name, field) "
                   f"pair; not analysed", where)
            continue
        field_node = where.elts[1] if isinstance(where, (ast.Tuple, ast.List)) else item[1]
        spec = r.field(field_node, env, model, f"CreateModel {model}.{item[0]}")
        if spec is not None:
            loc = r.src.loc(where)
            spec.update(line=loc.line, col=loc.col)
            fields.append([item[0], spec])
    options = r.value(b.get("options"), env) if b.has("options") else {}
    opts = _model_options(r, options if isinstance(options, dict) else {}, b.get("options"), env, model)
    _auth_user_password(r, b, fields)
    r.record("create_model", c, model=model, fields=fields, options=opts)


#: what the password column of a model built on django.contrib.auth's
#: AbstractBaseUser holds (read by schemalint.checks.protection)
AUTH_PASSWORD = ("Django's AbstractBaseUser stores only a salted hash of the password (set_password / "
                 "make_password: PBKDF2 by default)")
_AUTH_BASES = ("AbstractBaseUser", "AbstractUser", "BaseUserManager", "UserManager")


def _auth_user_password(r: _Reader, b, fields: list) -> None:
    """Mark the ``password`` of a custom user model built on
    ``AbstractBaseUser``: its migration names the base or its user manager,
    or carries the fields the base contributes (``password``
    ``CharField(max_length=128)`` beside ``last_login``)."""
    by_name = {name.lower(): spec for name, spec in fields}
    pw = by_name.get("password")
    if pw is None or not str(pw.get("cls", "")).endswith("CharField"):
        return
    declared = " ".join(r.src.segment(b.get(k), 2000) for k in ("bases", "managers") if b.has(k))
    signature = ("last_login" in by_name and list(pw.get("type", [None, None, []])[2]) == ["128"])
    if signature or any(base in declared for base in _AUTH_BASES):
        pw.setdefault("hints", {})["credential_protection"] = AUTH_PASSWORD


def _model_options(r: _Reader, options: dict, node, env: Env, model: str) -> dict:
    """The table-related options, JSON-encoded."""
    out: dict = {}
    for key in ("db_table", "db_table_comment"):
        if key in options:
            v = options[key]
            if isinstance(v, str) or v is None:
                out[key] = v
            else:
                r.note(f"CreateModel {model}: option {key} is not a literal "
                       f"({pyast.describe(v)}); Django's default is assumed", node)
    if isinstance(options.get("swappable"), str):
        out["swappable"] = options["swappable"]
    for key in ("abstract", "proxy", "managed"):
        if key in options:
            v = options[key]
            out[key] = v if isinstance(v, bool) else bool(v) if pyast.is_literal(v) else True
    together = {kind: _together(options.get(key))
                for key, kind in (("unique_together", "unique"), ("index_together", "index"))
                if _together(options.get(key))}
    if together:
        out["together"] = together
    keys = []
    for key in ("indexes", "constraints"):
        for item in options.get(key) or ():
            k = _key_record(r, item, env)
            if k is not None:
                keys.append(k)
    if keys:
        out["keys"] = keys
    return out


def _together(v) -> List[List[str]]:
    """``unique_together``: a tuple of tuples, or one flat tuple."""
    if not isinstance(v, (list, tuple, set)) or not v:
        return []
    v = list(v)
    if all(isinstance(x, str) for x in v):
        return [list(v)]
    return [list(x) for x in v if isinstance(x, (list, tuple)) and all(isinstance(y, str) for y in x)]


def _key_record(r: _Reader, item, env: Env) -> Optional[list]:
    """``models.Index(fields=[...], name=...)`` / ``UniqueConstraint(...)``
    -> ``[kind, [fields], name]``; None for keys on expressions or checks."""
    if not isinstance(item, ast.Call):
        return None
    cls = call_name(item) or ""
    kw = {k.arg: k.value for k in item.keywords if k.arg}
    fields = r.value(kw["fields"], env) if "fields" in kw else None
    if not isinstance(fields, (list, tuple)):
        return None
    names = [f.lstrip("-") for f in fields if isinstance(f, str)]
    name = r.text(kw.get("name"), env)
    if cls.endswith("UniqueConstraint"):
        return ["unique", names, name]
    if cls.endswith("Index"):
        return ["index", names, name]
    return None


def _r_model_op(op: str, params: List[str], value_key: Optional[str] = None):
    """Readers of operations on a model: DeleteModel, AlterModelTable..."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, params)
        model = _model_name(r, b.get(params[0]), env, c, op)
        if model is None:
            return
        rec: dict = {"model": model}
        if value_key is not None:
            v = r.value(b.get(value_key), env) if b.has(value_key) else None
            if not (isinstance(v, str) or v is None):
                r.note(f"{op} {model}: {value_key} is not a literal ({pyast.describe(v)}); "
                       f"not followed", c)
                return
            rec["value"] = v
        r.record(op, c, **rec)
    return reader


def _r_rename_model(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["old_name", "new_name"])
    old = _model_name(r, b.get("old_name"), env, c, "RenameModel")
    new = _model_name(r, b.get("new_name"), env, c, "RenameModel") if old else None
    if old and new:
        r.record("rename_model", c, model=old, new=new)


def _r_alter_options(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "options"])
    model = _model_name(r, b.get("name"), env, c, "AlterModelOptions")
    opts = r.value(b.get("options"), env)
    if model and isinstance(opts, dict) and isinstance(opts.get("managed"), bool):
        r.record("alter_model_options", c, model=model, managed=opts["managed"])
    else:
        r.noop += 1  # ordering, permissions, verbose names: no table change


def _r_field_op(op: str):
    """AddField / AlterField."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["model_name", "name", "field", "preserve_default"])
        model = _model_name(r, b.get("model_name"), env, c, op)
        name = r.text(b.get("name"), env)
        if model is None:
            return
        if name is None:
            r.note(f"{op} on {model}: the field name is not a literal; not followed", c)
            return
        spec = r.field(b.get("field"), env, model, f"{op} {model}.{name}")
        if spec is not None:
            r.record(op, c, model=model, name=name, field=spec)
    return reader


def _r_remove_field(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["model_name", "name"])
    model = _model_name(r, b.get("model_name"), env, c, "RemoveField")
    name = r.text(b.get("name"), env)
    if model and name:
        r.record("remove_field", c, model=model, name=name)
    elif model:
        r.note(f"RemoveField on {model}: the field name is not a literal; not followed", c)


def _r_rename_field(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["model_name", "old_name", "new_name"])
    model = _model_name(r, b.get("model_name"), env, c, "RenameField")
    old, new = r.text(b.get("old_name"), env), r.text(b.get("new_name"), env)
    if model and old and new:
        r.record("rename_field", c, model=model, old=old, new=new)
    elif model:
        r.note(f"RenameField on {model}: a field name is not a literal; not followed", c)


def _r_add_key(param: str):
    """AddIndex / AddConstraint."""
    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["model_name", param])
        model = _model_name(r, b.get("model_name"), env, c, "AddIndex")
        key = _key_record(r, r.value(b.get(param), env), env) if model else None
        if key is None:
            r.noop += 1  # check constraints, expression indexes
            return
        r.record("add_key", c, model=model, keys=[key])
    return reader


def _r_drop_key(r: _Reader, c: ast.Call, env: Env) -> None:
    """RemoveIndex / RemoveConstraint (by name)."""
    b = bind(c, ["model_name", "name"])
    model = _model_name(r, b.get("model_name"), env, c, call_name(c) or "RemoveIndex")
    name = r.text(b.get("name"), env)
    if model and name:
        r.record("drop_key", c, model=model, name=name)
    elif model:
        r.note(f"{call_name(c)} on {model}: the name is not a literal; not followed", c)


def _r_together(kind: str, param: str):
    """AlterUniqueTogether / AlterIndexTogether: the new set replaces the old."""
    op = "AlterUniqueTogether" if kind == "unique" else "AlterIndexTogether"

    def reader(r: _Reader, c: ast.Call, env: Env) -> None:
        b = bind(c, ["name", param])
        model = _model_name(r, b.get("name"), env, c, op)
        value = r.value(b.get(param), env) if model else None
        if model is None:
            return
        if not (value is None or isinstance(value, (list, tuple, set))):
            r.note(f"{op} on {model}: the value is not a literal; not followed", c)
            return
        r.record("together", c, model=model, kind=kind, sets=_together(value))
    return reader


def _r_order_wrt(r: _Reader, c: ast.Call, env: Env) -> None:
    b = bind(c, ["name", "order_with_respect_to"])
    model = _model_name(r, b.get("name"), env, c, "AlterOrderWithRespectTo")
    if model:
        r.record("order_wrt", c, model=model, on=r.value(b.get("order_with_respect_to"), env) is not None)


def _r_run_sql(r: _Reader, c: ast.Call, env: Env) -> None:
    """The SQL runs against the database; ``state_operations`` change the
    state only (Django's ``RunSQL.state_forwards``)."""
    b = bind(c, ["sql", "reverse_sql", "state_operations", "hints", "elidable"])
    r.sql(c, b.get("sql"), env)
    state = b.get("state_operations")
    if state is not None and r.value(state, env) not in (None, [], ()):
        with r.side("state", c):
            r.operations(state, env)


def _r_separate(r: _Reader, c: ast.Call, env: Env) -> None:
    """``database_operations`` change the database (on a copy of the state:
    the copy is dropped), ``state_operations`` only the state: a state-only
    ``RemoveField`` leaves the column in the database."""
    b = bind(c, ["database_operations", "state_operations"])
    if b.has("database_operations"):
        with r.side("db", c):
            r.operations(b.get("database_operations"), env)
    if b.has("state_operations"):
        with r.side("state", c):
            r.operations(b.get("state_operations"), env)


_OPS = {
    "CreateModel": _r_create_model,
    "DeleteModel": _r_model_op("delete_model", ["name"]),
    "RenameModel": _r_rename_model,
    "AlterModelTable": _r_model_op("alter_model_table", ["name", "table"], "table"),
    "AlterModelTableComment": _r_model_op("alter_model_table_comment", ["name", "table_comment"],
                                          "table_comment"),
    "AlterModelOptions": _r_alter_options,
    "AddField": _r_field_op("add_field"),
    "AlterField": _r_field_op("alter_field"),
    "RemoveField": _r_remove_field,
    "RenameField": _r_rename_field,
    "AddIndex": _r_add_key("index"),
    "AddIndexConcurrently": _r_add_key("index"),
    "AddConstraint": _r_add_key("constraint"),
    "AddConstraintNotValid": _r_add_key("constraint"),
    "RemoveIndex": _r_drop_key,
    "RemoveIndexConcurrently": _r_drop_key,
    "RemoveConstraint": _r_drop_key,
    "AlterUniqueTogether": _r_together("unique", "unique_together"),
    "AlterIndexTogether": _r_together("index", "index_together"),
    "AlterOrderWithRespectTo": _r_order_wrt,
    "RunSQL": _r_run_sql,
    "SeparateDatabaseAndState": _r_separate,
}
