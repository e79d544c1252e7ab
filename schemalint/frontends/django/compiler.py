"""Model state and compilation: the operation records of a history,
replayed in migration order, become changes on the tables and columns
Django uses (:class:`_State`, :class:`_Compiler`, :func:`_recompile`).
"""

from __future__ import annotations

import copy
from typing import Dict, List, Optional, Tuple

from ...model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    ColumnDef,
    ColumnType,
    Constraint,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    FileResult,
    ForeignKeyRef,
    Location,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
    TableRef,
)
from ...record import replace
from ...types import family_of
from .. import meta_of

# --------------------------------------------------------------------------
# Model state and compilation: op records -> changes
# --------------------------------------------------------------------------


class _Model:
    __slots__ = ("name", "table", "explicit", "managed", "proxy", "fields", "together")

    def __init__(self, name: str, table: str, explicit: bool = False, managed: bool = True,
                 proxy: bool = False):
        self.name = name
        self.table = table
        self.explicit = explicit  # db_table set: renames keep the table
        self.managed = managed
        self.proxy = proxy
        self.fields: Dict[str, dict] = {}
        #: unique_together / index_together: kind -> list of field-name lists
        self.together: Dict[str, list] = {}

    @property
    def db_table(self) -> Optional[str]:
        """The table Django manages for this model, or None."""
        return None if self.proxy or not self.managed else self.table


class _State:
    """Django's model state, as far as tables and columns go."""

    def __init__(self):
        self.models: Dict[Tuple[str, str], _Model] = {}
        self.user_model: Optional[Tuple[str, str]] = None

    def get(self, app: str, model: str) -> _Model:
        """The model, or Django's defaults for one declared elsewhere."""
        key = (app, model.lower())
        m = self.models.get(key)
        if m is None:
            m = _Model(model, default_table(app, model))
            self.models[key] = m
        return m

    def target(self, to: Optional[str]) -> Optional[_Model]:
        if not to:
            return None
        if to.startswith("__setting__."):
            if self.user_model is None:
                return None
            return self.models.get(self.user_model)
        app, _, model = to.partition(".")
        return self.models.get((app, model))


def default_table(app: str, model: str) -> str:
    return f"{app}_{model.lower()}"


def m2m_table(model: _Model, name: str, spec: dict) -> str:
    """The table of a many-to-many field's auto-created join model."""
    return spec.get("db_table") or f"{model.table}_{name.lower()}"


def column_name(spec: Optional[dict], name: str) -> Optional[str]:
    """The column Django gives field ``name``; None for many-to-many."""
    if spec is None:
        return name
    if spec.get("kind") == "m2m":
        return None
    if spec.get("db_column"):
        return spec["db_column"]
    return f"{name}_id" if spec.get("kind") == "fk" else name


class _Compiler:
    """Applies op records to a :class:`_State` and emits changes."""

    def __init__(self, state: _State, app: str, path: str):
        self.st = state
        self.app = app
        self.path = path
        self.out: List[object] = []
        #: (SeparateDatabaseAndState, its copy of the state) for database_operations
        self.copy: Optional[Tuple[str, _State]] = None

    def loc(self, rec: dict) -> Location:
        return Location(self.path, rec.get("line", 1), rec.get("col", 1))

    def note(self, text: str, rec: dict) -> None:
        self.out.append(Skipped(text, self.loc(rec)))

    def run(self, rec: dict) -> List[object]:
        """The changes of one op record.  ``clone``: a database operation of
        a ``SeparateDatabaseAndState``, applied to a copy of the state taken
        before the operation; ``emit`` false: a state operation, which
        changes the state and not the database."""
        self.out = []
        group = rec.get("clone")
        real = self.st
        if group is not None:
            if self.copy is None or self.copy[0] != group:
                self.copy = (group, copy.deepcopy(real))
            self.st = self.copy[1]
        else:
            self.copy = None
        try:
            getattr(self, "_" + rec["op"])(rec)
        finally:
            self.st = real
        if rec.get("emit", True) is False:
            self.out = _state_only(self.out)
        return self.out

    # -- columns ---------------------------------------------------------
    def coldef(self, name: str, spec: dict, loc: Location) -> ColumnDef:
        tname, family, params, raw = spec["type"]
        hints = dict(spec.get("hints") or {})
        ref = None
        if spec["kind"] == "fk":
            target = self.st.target(spec.get("to"))
            if target is not None:
                pk = _pk_spec(target, spec.get("to_field"))
                if pk is not None:  # the column has the type of the key it points to
                    tname, family, params = pk["type"][0], pk["type"][1], pk["type"][2]
                ref = ForeignKeyRef(TableRef(target.table),
                                    (spec["to_field"],) if spec.get("to_field") else ())
            else:  # declared outside the replayed files: Django's defaults
                tname, family, params = "integer", family_of("integer"), []
                to = spec.get("to") or ""
                if "." in to and not to.startswith("__setting__."):
                    ref = ForeignKeyRef(TableRef(default_table(*to.split(".", 1))),
                                        (spec["to_field"],) if spec.get("to_field") else ())
            to = spec.get("to") or "?"
            if target is not None and to.startswith("__setting__.") and self.st.user_model is not None:
                to = ".".join(self.st.user_model)  # settings.AUTH_USER_MODEL resolved: the model it names
            raw = f"{spec['cls']}({to})"
        ctype = ColumnType(tname, family, tuple(params), raw)
        return ColumnDef(
            name=name, type=ctype, location=loc, nullable=spec["null"], primary_key=spec["pk"],
            unique=spec["unique"], default=spec.get("default"),  # a primary key is not a UNIQUE key
            comment=spec.get("comment"), references=ref, encryption=spec.get("encryption"),
            hints=hints,
        )

    def m2m_join(self, model: _Model, name: str, spec: dict, rec: dict) -> None:
        """The join table Django creates for a ``ManyToManyField`` without a
        ``through`` model (an explicit one is a model like any other):
        ``<table>_<field>`` (or its ``db_table``) with ``id``, ``<model>_id``
        and ``<target>_id`` (``from_<model>_id``/``to_<model>_id`` when the
        model relates to itself), unique together."""
        if spec.get("through") or not model.db_table:
            return
        to = spec.get("to")
        if not to:
            self.note(f"ManyToManyField {model.name}.{name}: its target is not a literal model; "
                      f"its join table is not modelled", rec)
            return
        target = self.st.target(to)
        src = model.name.lower()
        # (a swappable user model not in these files: Django's default, auth.User)
        dst = target.name.lower() if target is not None else \
            "user" if to.startswith("__setting__.") else to.rsplit(".", 1)[-1]
        a, b = (f"from_{src}_id", f"to_{src}_id") if dst == src else (f"{src}_id", f"{dst}_id")
        loc = self.loc(rec)
        hints = {"field_class": "ManyToManyField", "m2m": f"{model.name}.{name}"}
        key = {"kind": "fk", "cls": "ForeignKey", "type": ["integer", family_of("integer"), [], "integer"],
               "null": False, "pk": False, "unique": False, "hints": hints}
        ident = ColumnDef("id", ColumnType("integer", family_of("integer"), (), "AutoField"), loc,
                          nullable=False, primary_key=True, hints={"m2m": f"{model.name}.{name}"})
        cols = (ident, self.coldef(a, dict(key, to=f"{self.app}.{src}"), loc), self.coldef(b, dict(key, to=to), loc))
        self.out.append(CreateTable(TableRef(m2m_table(model, name, spec)), cols, loc,
                                    constraints=(Constraint("unique", (a, b), loc),)))

    def columns(self, model: _Model, fields) -> Tuple[str, ...]:
        """Column names of model fields (many-to-many fields have none)."""
        cols = (column_name(model.fields.get(f.lower()), f) for f in fields)
        return tuple(c for c in cols if c)

    def keys(self, model: _Model, keys: list, loc: Location) -> List[Constraint]:
        """Constraints for ``[kind, [fields], name]`` records."""
        out = []
        for kind, fields, *name in keys:
            cols = self.columns(model, fields)
            if cols:
                out.append(Constraint(kind, cols, loc, name[0] if name else None))
        return out

    # -- model operations ------------------------------------------------
    def _create_model(self, rec: dict) -> None:
        opts = rec.get("options") or {}
        name = rec["model"]
        table = opts.get("db_table") or default_table(self.app, name)
        m = _Model(name, table, explicit=bool(opts.get("db_table")),
                   managed=opts.get("managed", True), proxy=opts.get("proxy", False))
        if opts.get("abstract"):
            return
        self.st.models[(self.app, name.lower())] = m
        loc = self.loc(rec)
        columns, constraints, m2m = [], [], []
        for fname, spec in rec["fields"]:
            m.fields[fname.lower()] = spec
            col = column_name(spec, fname)
            if col is None:
                m2m.append(fname)
                continue
            cd = self.coldef(col, spec, Location(self.path, spec.get("line", loc.line),
                                                 spec.get("col", loc.col)))
            columns.append(cd)
            if spec.get("index") and not (spec.get("unique") or spec.get("pk")):
                constraints.append(Constraint("index", (col,), cd.location))
        if m.proxy:
            return
        swapped = self.swapped(opts.get("swappable"), name)
        if swapped:
            m.managed = False
            self.note(f"model {self.app}.{name} is swappable ({opts['swappable']}) and swapped "
                      f"for {swapped} here: Django creates no table for it", rec)
            return
        if not m.managed:
            self.note(f"model {name} is unmanaged (managed=False): Django does not create its "
                      f"table {table}; its fields are not replayed", rec)
            return
        constraints += self.keys(m, opts.get("keys") or [], loc)
        for kind, sets in (opts.get("together") or {}).items():
            m.together[kind] = [list(x) for x in sets]
            constraints += [Constraint(kind, self.columns(m, x), loc) for x in sets
                            if self.columns(m, x)]
        self.out.append(CreateTable(TableRef(table), tuple(columns), loc,
                                    comment=opts.get("db_table_comment"),
                                    constraints=tuple(constraints)))
        for fname in m2m:
            self.m2m_join(m, fname, m.fields[fname.lower()], rec)

    def swapped(self, setting: Optional[str], name: str) -> Optional[str]:
        """``app.model`` that replaces a swappable model, or None."""
        user = self.st.user_model
        if setting != "AUTH_USER_MODEL" or user is None or user == (self.app, name.lower()):
            return None
        return f"{user[0]}.{user[1]}"

    def sharers(self, m: _Model) -> List[_Model]:
        """Other models whose table is this model's table (a model moved
        between apps by state operations keeps its table)."""
        table = (m.db_table or "").lower()
        return [o for o in self.st.models.values()
                if o is not m and table and (o.db_table or "").lower() == table]

    def _delete_model(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        self.st.models.pop((self.app, rec["model"].lower()), None)
        if m.db_table and not self.sharers(m):
            for fname, spec in m.fields.items():  # its join tables go with it
                if spec.get("kind") == "m2m" and not spec.get("through"):
                    self.out.append(DropTable(TableRef(m2m_table(m, fname, spec)), self.loc(rec)))
            self.out.append(DropTable(TableRef(m.db_table), self.loc(rec)))

    def _rename_model(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        self.st.models.pop((self.app, rec["model"].lower()), None)
        self.st.models[(self.app, rec["new"].lower())] = m
        old_name, m.name = m.name.lower(), rec["new"]
        joins_old = self._joins(m)
        if not m.explicit:
            new = default_table(self.app, rec["new"])
            old, m.table = m.table, new
            if m.db_table and old != new:
                self.move_table(m, old, new, rec)
        if not m.db_table:
            return
        # its auto-created join tables follow the table, and their key to it the model's name
        for fname, join in self._joins(m).items():
            spec = m.fields[fname]
            old_join = joins_old[fname]
            if old_join != join:
                self.out.append(RenameTable(TableRef(old_join), TableRef(join), self.loc(rec)))
            new_name = m.name.lower()
            target = self.st.target(spec.get("to"))
            self_ref = target is m or (spec.get("to") or "").endswith("." + old_name)
            pairs = ((f"from_{old_name}_id", f"from_{new_name}_id"), (f"to_{old_name}_id", f"to_{new_name}_id")) \
                if self_ref else ((f"{old_name}_id", f"{new_name}_id"),)
            for a, b in pairs:
                if a != b:
                    self.out.append(RenameColumn(TableRef(join), a, b, self.loc(rec)))

    def move_table(self, m: _Model, old: str, new: str, rec: dict) -> None:
        """Rename ``m``'s table.  When the state already gives the new name
        to another model (a model moved between apps: its state-only
        ``CreateModel`` was replayed first), the renamed table is that
        model's table: its columns join the ones the replay has there."""
        loc = self.loc(rec)
        if not self.sharers(m):
            self.out.append(RenameTable(TableRef(old), TableRef(new), loc))
            return
        for fname, spec in m.fields.items():
            col = column_name(spec, fname)
            if col is not None:
                self.out.append(AddColumn(TableRef(new), self.coldef(col, spec, loc), loc, if_not_exists=True))
        self.out.append(DropTable(TableRef(old), loc))

    def _alter_model_table(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        new = rec.get("value") or default_table(self.app, m.name)
        joins_old = self._joins(m)
        old, m.table, m.explicit = m.table, new, bool(rec.get("value"))
        if m.db_table and old != new:
            self.move_table(m, old, new, rec)
            for fname, join in self._joins(m).items():  # named after the table: renamed with it
                if joins_old[fname] != join:
                    self.out.append(RenameTable(TableRef(joins_old[fname]), TableRef(join), self.loc(rec)))

    def _joins(self, m: _Model) -> Dict[str, str]:
        """Field -> the table of each auto-created many-to-many join of ``m``."""
        return {f: m2m_table(m, f, sp) for f, sp in m.fields.items()
                if sp.get("kind") == "m2m" and not sp.get("through")}

    def _alter_model_table_comment(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            self.out.append(SetComment(TableRef(m.db_table), None, rec.get("value"), self.loc(rec)))

    def _alter_model_options(self, rec: dict) -> None:
        self.st.get(self.app, rec["model"]).managed = rec["managed"]

    # -- field operations ------------------------------------------------
    def _add_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        name, spec = rec["name"], rec["field"]
        m.fields[name.lower()] = spec
        col = column_name(spec, name)
        if col is None:
            self.m2m_join(m, name, spec, rec)
            return
        if not m.db_table:
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        self.out.append(AddColumn(table, self.coldef(col, spec, loc), loc))
        if spec.get("index") and not (spec.get("unique") or spec.get("pk")):
            self.out.append(AddConstraint(table, Constraint("index", (col,), loc)))

    def _remove_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        spec = m.fields.pop(rec["name"].lower(), None)
        col = column_name(spec, rec["name"])
        if col is None and spec is not None and not spec.get("through") and m.db_table:
            self.out.append(DropTable(TableRef(m2m_table(m, rec["name"], spec)), self.loc(rec)))
            return
        if col is None or not m.db_table:
            return
        if any(col.lower() in {(column_name(s, f) or "").lower() for f, s in o.fields.items()}
               for o in self.sharers(m)):
            return  # the column belongs to the model that now owns the table
        self.out.append(DropColumn(TableRef(m.db_table), col, self.loc(rec)))

    def _alter_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        name, spec = rec["name"], rec["field"]
        old = m.fields.get(name.lower())
        m.fields[name.lower()] = spec
        new_col = column_name(spec, name)
        old_col = column_name(old, name) if old is not None else new_col
        if not m.db_table or (new_col is None and old_col is None):
            return
        if new_col is None or old_col is None:
            self.note(f"AlterField {m.name}.{name} changes between a column and a many-to-many "
                      f"relation: not followed", rec)
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        if old_col != new_col:
            self.out.append(RenameColumn(table, old_col, new_col, loc))
        comment = spec.get("comment")
        if comment is None:
            comment = None if old is not None and old.get("comment") else UNSET
        cd = self.coldef(new_col, spec, loc)
        self.out.append(AlterColumn(table, new_col, loc, type=cd.type, nullable=cd.nullable,
                                    comment=comment, encryption=cd.encryption, hints=cd.hints))
        for kind, flag in (("unique", "unique"), ("index", "index"), ("primary", "pk")):
            if spec.get(flag) and not (old and old.get(flag)) and \
                    not (kind == "index" and (spec.get("unique") or spec.get("pk"))):
                self.out.append(AddConstraint(table, Constraint(kind, (new_col,), loc)))

    def _rename_field(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        spec = m.fields.pop(rec["old"].lower(), None)
        if spec is not None:
            m.fields[rec["new"].lower()] = spec
        old_col, new_col = column_name(spec, rec["old"]), column_name(spec, rec["new"])
        if m.db_table and old_col and new_col and old_col != new_col:
            self.out.append(RenameColumn(TableRef(m.db_table), old_col, new_col, self.loc(rec)))

    def _add_key(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            table = TableRef(m.db_table)
            for con in self.keys(m, rec["keys"], self.loc(rec)):
                self.out.append(AddConstraint(table, con))

    def _drop_key(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if m.db_table:
            self.out.append(DropConstraint(TableRef(m.db_table), self.loc(rec), name=rec["name"]))

    def _together(self, rec: dict) -> None:
        """The new set of ``*_together`` keys replaces the old one."""
        m = self.st.get(self.app, rec["model"])
        kind, loc = rec["kind"], self.loc(rec)
        old = [tuple(x) for x in m.together.get(kind, [])]
        new = [tuple(x) for x in rec["sets"]]
        m.together[kind] = [list(x) for x in new]
        if not m.db_table:
            return
        table = TableRef(m.db_table)
        for fields in old:
            if fields not in new and self.columns(m, fields):
                self.out.append(DropConstraint(table, loc, kind=kind, columns=self.columns(m, fields)))
        for fields in new:
            if fields not in old and self.columns(m, fields):
                self.out.append(AddConstraint(table, Constraint(kind, self.columns(m, fields), loc)))

    def _order_wrt(self, rec: dict) -> None:
        m = self.st.get(self.app, rec["model"])
        if not m.db_table:
            return
        table, loc = TableRef(m.db_table), self.loc(rec)
        if rec["on"]:
            spec = {"type": ["integer", "integer", [], "IntegerField"], "kind": "column",
                    "null": False, "pk": False, "unique": False, "hints": {"field_class": "IntegerField"}}
            m.fields["_order"] = spec
            self.out.append(AddColumn(table, self.coldef("_order", spec, loc), loc))
        elif m.fields.pop("_order", None) is not None:
            self.out.append(DropColumn(table, "_order", loc))


def _state_only(changes: List[object]) -> List[object]:
    """What a state operation leaves of its changes: the database is not
    changed, so nothing is dropped or renamed.  A model or field the state
    gains names a table or column the database has (made by the database
    side, by an app outside this history, or a model moved from another
    app): it is added only if the replay lacks it (``IF NOT EXISTS``), and
    the state's description of its columns (field class, hints, type) is
    applied to what is there, never replacing or removing a column."""
    if any(isinstance(ch, (RenameColumn, RenameTable)) for ch in changes):
        return [ch for ch in changes if isinstance(ch, Skipped)]
    out: List[object] = []
    for ch in changes:
        if isinstance(ch, CreateTable):
            out.append(replace(ch, if_not_exists=True))
            for cd in ch.columns:
                out.extend(_describe(ch.table, cd))
        elif isinstance(ch, AddColumn):
            out.extend(_describe(ch.table, ch.column))
        elif isinstance(ch, (AlterColumn, Skipped)):
            out.append(ch)
    return out


def _describe(table: TableRef, cd: ColumnDef) -> List[object]:
    """The column if it is missing, then the state's description of it."""
    return [AddColumn(table, cd, cd.location, if_not_exists=True),
            AlterColumn(table, cd.name, cd.location, type=cd.type, nullable=cd.nullable,
                        comment=UNSET if cd.comment is None else cd.comment, encryption=cd.encryption,
                        hints=cd.hints)]


def _pk_spec(model: _Model, to_field: Optional[str]) -> Optional[dict]:
    if to_field:
        return model.fields.get(to_field.lower())
    return next((s for s in model.fields.values() if s.get("pk")), None)


def _compile_items(items: list, state: _State, app: str, path: str):
    """Changes for a file's items and the JSON entries that let
    :func:`order` re-derive them: ``{op record, "n": count}`` or
    ``{"keep": count}``."""
    comp = _Compiler(state, app, path)
    changes: List[object] = []
    entries: List[dict] = []
    for item in items:
        if isinstance(item, tuple):
            changes.extend(item[1])
            entries.append({"keep": len(item[1])})
        else:
            out = comp.run(item)
            changes.extend(out)
            entries.append(dict(item, n=len(out)))
    return changes, entries


def _recompile(r: FileResult, state: _State) -> FileResult:
    """Re-derive a file's changes from its op records with the history's
    model state (see the module docstring).

    Changes another stage inserted after parsing (source-comment
    annotations, :class:`Annotate`, placed right after the change they
    target) stay after the operation they followed, re-targeted to the
    names the operation has now."""
    entries = meta_of(r).get("ops")
    if not entries:
        return r
    comp = _Compiler(state, meta_of(r).get("app_label") or "", r.path)
    old = list(r.changes)
    out: List[object] = []
    i = 0
    for e in entries:
        own: List[object] = []
        foreign: List[object] = []
        count = e["keep"] if "keep" in e else e.get("n", 0)
        while i < len(old) and (len(own) < count or isinstance(old[i], Annotate)):
            (foreign if isinstance(old[i], Annotate) else own).append(old[i])
            i += 1
        if "keep" in e:
            out.extend(own)
            out.extend(foreign)
        else:
            new = comp.run(e)
            out.extend(new)
            out.extend(_retarget(foreign, own, new))
    out.extend(old[i:])
    return replace(r, changes=tuple(out))


def _retarget(foreign: List[object], old: List[object], new: List[object]) -> List[object]:
    """Point annotations that targeted ``old`` changes at the same tables
    and columns under their ``new`` names (the lists correspond one to
    one: the same operation compiled with more knowledge)."""
    if not foreign:
        return []
    tables: Dict[str, TableRef] = {}
    columns: Dict[Tuple[str, str], str] = {}
    for o, n in zip(old, new):
        ot, nt = _table_of(o), _table_of(n)
        if ot is None or nt is None:
            continue
        tables[ot.key] = nt
        for oc, nc in zip(_columns_of(o), _columns_of(n)):
            columns[(ot.key, oc.lower())] = nc
    out = []
    for a in foreign:
        if isinstance(a, Annotate) and a.table.key in tables:
            col = columns.get((a.table.key, a.column.lower()), a.column) if a.column else None
            a = replace(a, table=tables[a.table.key], column=col)
        out.append(a)
    return out


def _table_of(change) -> Optional[TableRef]:
    if isinstance(change, RenameTable):
        return change.old
    return getattr(change, "table", None)


def _columns_of(change) -> List[str]:
    if isinstance(change, CreateTable):
        return [c.name for c in change.columns]
    if isinstance(change, AddColumn):
        return [change.column.name]
    if isinstance(change, (AlterColumn, DropColumn)):
        return [change.column]
    return []
