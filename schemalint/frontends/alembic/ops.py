"""The Alembic operations: one handler per ``op.*`` method (``_OPS``).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, List, Optional

from ...model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    ColumnDef,
    Constraint,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    ForeignKeyRef,
    RenameColumn,
    RenameTable,
    SetComment,
    TableRef,
)
from .. import pyast
from ..pyast import Env, bind, call_name
from .columns import _bool, _fk_ref, column_def, column_type

if TYPE_CHECKING:
    from .context import _Ctx


# --------------------------------------------------------------------------
# Operation handlers
# --------------------------------------------------------------------------


def _flag(ctx: _Ctx, b, key: str, env: Env) -> bool:
    """An operation's ``if_exists=True``/``if_not_exists=True`` (Alembic 1.13+):
    the database skips what is already there or already gone."""
    return _bool(ctx.value(b.kwargs.get(key), env), False)


def _op_create_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["table_name"])
    table = ctx.table_ref(b, "table_name", "schema", env, c)
    if table is None:
        ctx.note(f"`create_table`: the table name is not a literal "
                 f"({pyast.describe(ctx.value(b.get('table_name'), env))}); not followed", c)
        return
    items: List[ast.AST] = []
    for a in b.extra:
        if isinstance(a, ast.Starred):
            v = ctx.value(a.value, env)
            if isinstance(v, (list, tuple)) and all(isinstance(x, ast.Call) for x in v):
                items.extend(v)
            else:
                ctx.note(f"`create_table({table}, *{ctx.src.segment(a.value, 40)})`: a column list "
                         f"built at run time is not analysed", a)
            continue
        v = ctx.value(a, env)
        items.append(v if isinstance(v, ast.Call) else a)
    columns: List[ColumnDef] = []
    constraints: List[Constraint] = []
    for item in items:
        _table_item(ctx, item, env, table, columns, constraints)
    comment = None
    if "comment" in b.kwargs:
        cv = ctx.value(b.kwargs["comment"], env)
        comment = cv if isinstance(cv, str) else None
    hints = {"info": ctx.src.segment(b.kwargs["info"], 300)} if "info" in b.kwargs else {}
    ctx.emit(CreateTable(table, tuple(columns), ctx.loc(c), comment=comment,
                         constraints=tuple(constraints), hints=hints,
                         if_not_exists=_flag(ctx, b, "if_not_exists", env)))


def _table_item(ctx: _Ctx, item, env: Env, table: TableRef, columns: list, constraints: list) -> None:
    """One positional item of ``create_table``."""
    cls = call_name(item) if isinstance(item, ast.Call) else None
    loc = ctx.loc(item)
    if cls == "Column":
        col, extra = column_def(ctx, item, env)
        if col is not None:
            columns.append(col)
            constraints.extend(extra)
    elif cls in ("PrimaryKeyConstraint", "UniqueConstraint"):
        b = bind(item, [])
        cols = tuple(x for x in (ctx.value(a, env) for a in b.extra) if isinstance(x, str))
        kind = "primary" if cls == "PrimaryKeyConstraint" else "unique"
        constraints.append(Constraint(kind, cols, loc, _name(ctx, b.kwargs.get("name"), env)))
    elif cls == "ForeignKeyConstraint":
        b = bind(item, ["columns", "refcolumns"])
        cols = ctx.names(b.get("columns"), env)
        refcols = [r for r in ctx.names(b.get("refcolumns"), env)]
        ref = None
        if refcols and "." in refcols[0]:
            target = _fk_ref(refcols[0])
            if target is not None:
                ref = ForeignKeyRef(target.table, tuple(r.rsplit(".", 1)[-1] for r in refcols))
        constraints.append(Constraint("foreign", cols, loc, _name(ctx, b.get("name"), env), ref))
    elif cls == "Index":
        b = bind(item, ["name"])
        cols = tuple(x for x in (ctx.value(a, env) for a in b.extra) if isinstance(x, str))
        unique = _bool(ctx.value(b.kwargs.get("unique"), env), False)
        constraints.append(Constraint("unique" if unique else "index", cols, loc,
                                      _name(ctx, b.get("name"), env)))
    elif cls in ("CheckConstraint", "ExcludeConstraint", "Computed", "Identity"):
        ctx.noop += 1
    else:
        ctx.note(f"`create_table({table}, ...)`: item `{ctx.src.segment(item, 60)}` is not a "
                 f"column or constraint this frontend reads", item)


def _name(ctx: _Ctx, node, env: Env) -> Optional[str]:
    if node is None:
        return None
    v = ctx.value(node, env)
    if isinstance(v, ast.Call) and call_name(v) == "f" and v.args:
        v = ctx.value(v.args[0], env)
    return v if isinstance(v, str) else None


def _op_add_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column"] if batch else ["table_name", "column"])
    table = ctx._table_or_note(b, batch, env, c, "add_column")
    if table is None:
        return
    node = b.get("column")
    col_call = ctx.value(node, env) if node is not None else None
    if not (isinstance(col_call, ast.Call) and call_name(col_call) == "Column"):
        ctx.note(f"`add_column` on {table}: the column is not a literal `Column(...)` "
                 f"({pyast.describe(col_call)}); not analysed", c)
        return
    col, extra = column_def(ctx, col_call, env)
    if col is None:
        return
    ctx.emit(AddColumn(table, col, ctx.loc(c), if_not_exists=_flag(ctx, b, "if_not_exists", env)))
    for con in extra:
        ctx.emit(AddConstraint(table, con))


def _op_drop_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column_name"] if batch else ["table_name", "column_name"])
    table = ctx._table_or_note(b, batch, env, c, "drop_column")
    if table is None:
        return
    name = ctx.string(b.get("column_name"), env, f"`drop_column` on {table}: the column name", c)
    if name is not None:
        ctx.emit(DropColumn(table, name, ctx.loc(c), if_exists=_flag(ctx, b, "if_exists", env)))


def _op_alter_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column_name"] if batch else ["table_name", "column_name"])
    table = ctx._table_or_note(b, batch, env, c, "alter_column")
    if table is None:
        return
    name = ctx.string(b.get("column_name"), env, f"`alter_column` on {table}: the column name", c)
    if name is None:
        return
    loc = ctx.loc(c)
    kw = b.kwargs
    ctype = encryption = None
    hints: Dict[str, str] = {}
    if "type_" in kw and ctx.value(kw["type_"], env) is not None:
        ctype, encryption, hints = column_type(ctx, kw["type_"], env)
    nullable = None
    if "nullable" in kw:
        v = ctx.value(kw["nullable"], env)
        if isinstance(v, bool):
            nullable = v
        elif v is not None:
            ctx.note(f"`alter_column` {table}.{name}: nullable is not a literal", kw["nullable"])
    comment: Optional[str] = UNSET
    if "comment" in kw:
        v = ctx.value(kw["comment"], env)
        if v is False:
            comment = UNSET  # Alembic's default: unchanged
        elif isinstance(v, str) or v is None:
            comment = v
        else:
            ctx.note(f"`alter_column` {table}.{name}: comment is not a literal ({pyast.describe(v)})",
                     kw["comment"])
    if ctype is not None or nullable is not None or comment != UNSET:
        ctx.emit(AlterColumn(table, name, loc, type=ctype, nullable=nullable, comment=comment,
                             encryption=encryption, hints=hints))
    new = kw.get("new_column_name")
    if new is not None:
        new_name = ctx.value(new, env)
        if isinstance(new_name, str):
            if new_name != name:
                ctx.emit(RenameColumn(table, name, new_name, loc))
        elif new_name is not None:
            ctx.note(f"`alter_column` {table}.{name}: new_column_name is not a literal "
                     f"({pyast.describe(new_name)}); the rename is not followed", new)
    elif ctype is None and nullable is None and comment == UNSET:
        ctx.noop += 1  # server_default / autoincrement only


def _op_rename_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["old_table_name", "new_table_name"])
    old = ctx._table_or_note(b, None, env, c, "rename_table", "old_table_name")
    new = ctx.string(b.get("new_table_name"), env, "`rename_table`: the new table name", c)
    if old is not None and new is not None:
        ctx.emit(RenameTable(old, TableRef(new, old.schema), ctx.loc(c)))


def _op_drop_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["table_name"])
    table = ctx._table_or_note(b, None, env, c, "drop_table")
    if table is not None:
        ctx.emit(DropTable(table, ctx.loc(c)))


def _op_create_index(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["index_name", "columns"] if batch else ["index_name", "table_name", "columns"])
    table = ctx._table_or_note(b, batch, env, c, "create_index")
    if table is None:
        return
    unique = _bool(ctx.value(b.kwargs.get("unique"), env), False)
    cols = ctx.names(b.get("columns"), env)
    ctx.emit(AddConstraint(table, Constraint("unique" if unique else "index", cols, ctx.loc(c),
                                             _name(ctx, b.get("index_name"), env))))


def _constraint_op(kind: str):
    def handler(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
        b = bind(c, ["constraint_name", "columns"] if batch else
                 ["constraint_name", "table_name", "columns"])
        table = ctx._table_or_note(b, batch, env, c, f"create_{kind}")
        if table is None:
            return
        cols = ctx.names(b.get("columns"), env)
        ctx.emit(AddConstraint(table, Constraint(kind, cols, ctx.loc(c),
                                                 _name(ctx, b.get("constraint_name"), env))))
    return handler


def _op_create_foreign_key(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    params = (["constraint_name", "referent_table", "local_cols", "remote_cols"] if batch else
              ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"])
    b = bind(c, params)
    table = ctx._table_or_note(b, batch, env, c, "create_foreign_key", "source_table", "source_schema")
    if table is None:
        return
    ref_table = ctx.value(b.get("referent_table"), env)
    ref_schema = ctx.value(b.kwargs.get("referent_schema"), env)
    ref = None
    if isinstance(ref_table, str):
        ref = ForeignKeyRef(TableRef(ref_table, ref_schema if isinstance(ref_schema, str) else None),
                            ctx.names(b.get("remote_cols"), env))
    ctx.emit(AddConstraint(table, Constraint("foreign", ctx.names(b.get("local_cols"), env),
                                             ctx.loc(c), _name(ctx, b.get("constraint_name"), env),
                                             ref)))


def _op_create_table_comment(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["comment"] if batch else ["table_name", "comment"])
    table = ctx._table_or_note(b, batch, env, c, "create_table_comment")
    if table is None:
        return
    v = ctx.value(b.get("comment"), env)
    if isinstance(v, str) or v is None:
        ctx.emit(SetComment(table, None, v, ctx.loc(c)))
    else:
        ctx.note(f"`create_table_comment` on {table}: the comment is not a literal", c)


def _op_drop_table_comment(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, [] if batch else ["table_name"])
    table = ctx._table_or_note(b, batch, env, c, "drop_table_comment")
    if table is not None:
        ctx.emit(SetComment(table, None, None, ctx.loc(c)))


#: ``type_`` of ``drop_constraint`` -> key kind (check constraints are not tracked).
_DROP_KINDS = {"foreignkey": "foreign", "primary": "primary", "unique": "unique"}


def _op_drop_constraint(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["constraint_name", "type_"] if batch else ["constraint_name", "table_name", "type_"])
    table = ctx._table_or_note(b, batch, env, c, "drop_constraint")
    if table is None:
        return
    kind = ctx.value(b.get("type_"), env)
    name = _name(ctx, b.get("constraint_name"), env)
    if kind == "check" or name is None:
        ctx.noop += 1  # check constraints are not tracked; an unnamed drop names nothing
        return
    ctx.emit(DropConstraint(table, ctx.loc(c), name=name, kind=_DROP_KINDS.get(kind),
                            if_exists=_flag(ctx, b, "if_exists", env)))


def _op_drop_index(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["index_name"] if batch else ["index_name", "table_name"])
    name = _name(ctx, b.get("index_name"), env)
    if name is None:
        ctx.note("`drop_index`: the index name is not a literal; not followed", c)
        return
    table = batch if batch is not None else ctx.table_ref(b, "table_name", "schema", env, c)
    ctx.emit(DropConstraint(table, ctx.loc(c), name=name, if_exists=_flag(ctx, b, "if_exists", env)))


def _op_execute(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["sqltext"])
    ctx.execute(c, b.get("sqltext"), env)


_OPS = {
    "create_table": _op_create_table,
    "add_column": _op_add_column,
    "drop_column": _op_drop_column,
    "alter_column": _op_alter_column,
    "rename_table": _op_rename_table,
    "drop_table": _op_drop_table,
    "create_index": _op_create_index,
    "create_unique_constraint": _constraint_op("unique"),
    "create_primary_key": _constraint_op("primary"),
    "create_foreign_key": _op_create_foreign_key,
    "create_table_comment": _op_create_table_comment,
    "drop_table_comment": _op_drop_table_comment,
    "drop_constraint": _op_drop_constraint,
    "drop_index": _op_drop_index,
    "execute": _op_execute,
}
