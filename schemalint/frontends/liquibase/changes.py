"""Liquibase change types: one handler per change (``_HANDLERS``:
``createTable``, ``addColumn``, ``renameColumn``...), and the type mapping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Tuple

from ...model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    ColumnDef,
    ColumnType,
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
from ...types import parse_type
from .tree import N

if TYPE_CHECKING:
    from .reader import _Reader


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

def column_type(raw: Optional[str]) -> Optional[ColumnType]:
    """Liquibase type text (``VARCHAR(255)``, ``java.sql.Types.VARCHAR(50)``,
    ``int(1)``, ``DECIMAL(10, 2)``, ``varchar(255) BINARY``) as a ColumnType:
    Liquibase's type names are SQL names, read by the type layer."""
    if raw is None:
        return None
    text = raw.strip()
    if not text:
        return None
    if text.lower().startswith("java.sql.types."):
        text = text[len("java.sql.types."):]
    parsed = parse_type(text)
    return ColumnType(parsed.name, parsed.family, parsed.params, raw)


def _truthy(v: Optional[str]) -> bool:
    return v is not None and v.strip().lower() in ("true", "1", "yes")


def _split_names(v: Optional[str]) -> Tuple[str, ...]:
    if not v:
        return ()
    return tuple(x.strip() for x in v.split(",") if x.strip())


# -- change handlers ---------------------------------------------------------------

def _create_table(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    cols: List[ColumnDef] = []
    cons: List[Constraint] = []
    pk_cols: List[str] = []
    pk_name: Optional[str] = None
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        cols.append(cd)
        cons.extend(r.column_constraints(cd, c))
        if cd.primary_key:
            pk_cols.append(cd.name)
            for k in c.kids("constraints"):
                pk_name = pk_name or r.a(k, "primaryKeyName")
    if len(pk_cols) > 1:  # a composite key declared column by column
        cons.append(Constraint("primary", tuple(pk_cols), r.loc(n), pk_name))
    r.changes.append(CreateTable(table, tuple(cols), r.loc(n), comment=r.a(n, "remarks"),
                                 constraints=tuple(cons), if_not_exists=_truthy(n.attrs.get("ifNotExists")),
                                 hints={"orm": "liquibase"}))


def _add_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        r.changes.append(AddColumn(table, cd, r.loc(c)))
        for con in r.column_constraints(cd, c):
            r.changes.append(AddConstraint(table, con))


def _drop_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    given = [r.a(n, "columnName")] if n.attrs.get("columnName") else [r.a(c, "name") for c in n.kids("column")]
    names = [name for name in given if name]
    if not names or len(names) != len(given):
        r.skip("dropColumn without a column name", n)
        return
    for name in names:
        r.changes.append(DropColumn(table, name, r.loc(n)))


def _rename_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    old, new = r.a(n, "oldColumnName"), r.a(n, "newColumnName")
    if table is None:
        return
    if not old or not new:
        r.skip("renameColumn without oldColumnName/newColumnName", n)
        return
    r.changes.append(RenameColumn(table, old, new, r.loc(n)))
    if n.attrs.get("remarks") is not None:
        r.changes.append(SetComment(table, new, r.a(n, "remarks"), r.loc(n)))


def _drop_table(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is not None:
        r.changes.append(DropTable(table, r.loc(n)))


def _rename_table(r: _Reader, n: N) -> None:
    old, new = r.a(n, "oldTableName"), r.a(n, "newTableName")
    if not old or not new:
        r.skip("renameTable without oldTableName/newTableName", n)
        return
    schema = r.a(n, "schemaName") or None
    r.changes.append(RenameTable(TableRef(old, schema), TableRef(new, schema), r.loc(n)))


def _modify_data_type(r: _Reader, n: N) -> None:
    table = r.table(n)
    col, typ = r.a(n, "columnName"), r.a(n, "newDataType")
    if table is None:
        return
    if not col or not typ:
        r.skip("modifyDataType without columnName/newDataType", n)
        return
    r.changes.append(AlterColumn(table, col, r.loc(n), type=column_type(typ)))


def _modify_column(r: _Reader, n: N) -> None:
    """liquibase-modify-column extension: ``MODIFY`` each column (MySQL
    semantics: the definition is replaced)."""
    table = r.table(n)
    if table is None:
        return
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        r.changes.append(AlterColumn(table, cd.name, r.loc(c), type=cd.type, nullable=cd.nullable,
                                     comment=cd.comment if "remarks" in c.attrs else UNSET))


def _set_column_remarks(r: _Reader, n: N) -> None:
    table = r.table(n)
    col = r.a(n, "columnName")
    if table is None:
        return
    if not col:
        r.skip("setColumnRemarks without columnName", n)
        return
    r.changes.append(SetComment(table, col, r.a(n, "remarks"), r.loc(n)))


def _set_table_remarks(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is not None:
        r.changes.append(SetComment(table, None, r.a(n, "remarks"), r.loc(n)))


def _create_index(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    cols = tuple(r.a(c, "name") or "" for c in n.kids("column"))
    if not cols or not all(cols):
        r.skip("createIndex without column names", n)
        return
    kind = "unique" if _truthy(n.attrs.get("unique")) else "index"
    r.changes.append(AddConstraint(table, Constraint(kind, cols, r.loc(n), r.a(n, "indexName"))))


def _add_key(kind: str):
    def handler(r: _Reader, n: N) -> None:
        table = r.table(n)
        cols = _split_names(r.a(n, "columnNames"))
        if table is None:
            return
        if not cols:
            r.skip(f"{n.tag} without columnNames", n)
            return
        r.changes.append(AddConstraint(table, Constraint(kind, cols, r.loc(n), r.a(n, "constraintName"))))
    return handler


def _add_foreign_key(r: _Reader, n: N) -> None:
    table = r.table(n, "baseTableName", "baseTableSchemaName")
    cols = _split_names(r.a(n, "baseColumnNames"))
    ref_table = r.a(n, "referencedTableName")
    if table is None:
        return
    if not cols or not ref_table:
        r.skip("addForeignKeyConstraint without baseColumnNames/referencedTableName", n)
        return
    ref = ForeignKeyRef(TableRef(ref_table, r.a(n, "referencedTableSchemaName") or None),
                        _split_names(r.a(n, "referencedColumnNames")))
    r.changes.append(AddConstraint(table, Constraint("foreign", cols, r.loc(n), r.a(n, "constraintName"), ref)))


def _drop_primary_key(r: _Reader, n: N) -> None:
    """``dropPrimaryKey``: the table's one primary key, whatever its
    ``constraintName`` (MySQL drops PRIMARY KEY by no name)."""
    table = r.table(n)
    if table is not None:
        r.changes.append(DropConstraint(table, r.loc(n), None, "primary", ("*",)))


def _drop_unique_constraint(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    name, cols = r.a(n, "constraintName"), _split_names(r.a(n, "uniqueColumns"))
    if not name and not cols:
        r.skip("dropUniqueConstraint without constraintName", n)
        return
    r.changes.append(DropConstraint(table, r.loc(n), name or None, "unique", () if name else cols))


def _drop_foreign_key(r: _Reader, n: N) -> None:
    table = r.table(n, "baseTableName", "baseTableSchemaName")
    if table is None:
        return
    name = r.a(n, "constraintName")
    if not name:
        r.skip("dropForeignKeyConstraint without constraintName", n)
        return
    r.changes.append(DropConstraint(table, r.loc(n), name, "foreign"))


def _drop_index(r: _Reader, n: N) -> None:
    """``dropIndex indexName=... [tableName=...]``: by name; without a
    table, replay looks the name up in every table."""
    name = r.a(n, "indexName")
    if not name:
        r.skip("dropIndex without indexName", n)
        return
    tname = r.a(n, "tableName")
    table = TableRef(tname, r.a(n, "schemaName") or None) if tname else None
    r.changes.append(DropConstraint(table, r.loc(n), name, None))


def _not_null(nullable: bool):
    def handler(r: _Reader, n: N) -> None:
        table = r.table(n)
        col = r.a(n, "columnName")
        if table is None:
            return
        if not col:
            r.skip(f"{n.tag} without columnName", n)
            return
        r.changes.append(AlterColumn(table, col, r.loc(n), nullable=nullable))
    return handler


def _merge_columns(r: _Reader, n: N) -> None:
    table = r.table(n)
    c1, c2, final = r.a(n, "column1Name"), r.a(n, "column2Name"), r.a(n, "finalColumnName")
    if table is None:
        return
    if not (c1 and c2 and final):
        r.skip("mergeColumns without column1Name/column2Name/finalColumnName", n)
        return
    r.changes.append(AddColumn(table, ColumnDef(final, column_type(r.a(n, "finalColumnType")), r.loc(n)), r.loc(n)))
    r.changes.append(DropColumn(table, c1, r.loc(n)))
    r.changes.append(DropColumn(table, c2, r.loc(n)))


def _add_lookup_table(r: _Reader, n: N) -> None:
    existing = r.table(n, "existingTableName", "existingTableSchemaName")
    new = r.table(n, "newTableName", "newTableSchemaName")
    ecol, ncol = r.a(n, "existingColumnName"), r.a(n, "newColumnName")
    if existing is None or new is None:
        return
    if not ecol or not ncol:
        r.skip("addLookupTable without existingColumnName/newColumnName", n)
        return
    r.changes.append(CreateTable(new, (ColumnDef(ncol, column_type(r.a(n, "newColumnDataType")), r.loc(n),
                                                 nullable=False, primary_key=True),),
                                 r.loc(n), hints={"orm": "liquibase"}))
    r.changes.append(AddConstraint(existing, Constraint("foreign", (ecol,), r.loc(n), r.a(n, "constraintName"),
                                                        ForeignKeyRef(new, (ncol,)))))


def _sql(r: _Reader, n: N) -> None:
    text, line, col = r.sql_text(n)
    if not text.strip():
        r.noop += 1
        return
    changes = r.embedded.parse(text, line, col, r.loc(n), "<sql>")
    if changes is None:
        r.noop += 1
        return
    r.changes.extend(changes)


def _sql_file(r: _Reader, n: N) -> None:
    path = r.a(n, "path") or "?"
    r.skip(f"sqlFile {path}: the file is read as SQL of its own when it is found in the repository (its "
           f"changes are replayed apart, not at this place of the changelog); one outside the repository or not "
           f"found is not analysed", n)




_HANDLERS = {
    "createTable": _create_table,
    "addColumn": _add_column,
    "dropColumn": _drop_column,
    "renameColumn": _rename_column,
    "dropTable": _drop_table,
    "renameTable": _rename_table,
    "modifyDataType": _modify_data_type,
    "modifyColumn": _modify_column,
    "setColumnRemarks": _set_column_remarks,
    "setTableRemarks": _set_table_remarks,
    "createIndex": _create_index,
    "addPrimaryKey": _add_key("primary"),
    "addUniqueConstraint": _add_key("unique"),
    "addForeignKeyConstraint": _add_foreign_key,
    "dropPrimaryKey": _drop_primary_key,
    "dropUniqueConstraint": _drop_unique_constraint,
    "dropForeignKeyConstraint": _drop_foreign_key,
    "dropIndex": _drop_index,
    "addNotNullConstraint": _not_null(False),
    "dropNotNullConstraint": _not_null(True),
    "mergeColumns": _merge_columns,
    "addLookupTable": _add_lookup_table,
    "sql": _sql,
    "sqlFile": _sql_file,
}
