"""CodeIgniter migrations and OpenSID's schema helpers (PHP).

OpenSID (``donjo-app/models/migrations/``) writes CodeIgniter migration
classes that use three kinds of schema calls, often in one file:
CodeIgniter's ``$this->dbforge`` (``add_field``/``add_key``/``create_table``,
``add_column``, ``modify_column``...), ``$this->db->query(SQL)``, and the
helpers of its ``MY_Model`` base class (``tambahForeignKey``,
``tambahIndeks``, ``timestamps``, ``tambah_config_id``, ``hapus_indeks``...);
the same files use Laravel's schema builder too.  They are files of the
``laravel`` format (one history with the Laravel-style migrations beside
them), read by :class:`schemalint.frontends.laravel.analyzer.MigrationAnalyzer`,
which mixes in :class:`CodeIgniterCalls` for these calls.

``$this->dbforge->add_field()`` and ``add_key()`` only collect: the table
is created by the ``create_table()`` that follows, with what was collected.
``$this->db->query()`` SQL goes to the SQL frontend
(:meth:`schemalint.frontends.php.interpreter.Interpreter.sql_call`).
"""

from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

from ..model import (
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
    TableRef,
)
from ..types import column_type
from .php.interpreter import Interpreter
from .php.values import UNKNOWN, Array, lit_text, sql_default, str_list, table_ref

#: OpenSID ``MY_Model`` helpers without schema effect (data, caches, checks)
_OPENSID_DATA_HELPERS = frozenset({
    "tambah_modul", "ubah_modul", "tambah_setting", "tambah_surat_tinymce", "data_awal",
    "grupakses", "config_id", "config_id_exist", "cek_indeks", "paginasi", "autocomplete_str",
    "union", "hapus_modul", "tambah_menu", "tambah_widget", "hapus_setting",
})

#: CodeIgniter's existence checks (``$this->db->field_exists(...)``): an
#: ``if`` on them is a guard
GUARD_CALLS = frozenset({"field_exists", "table_exists"})

#: what :meth:`CodeIgniterCalls.opensid_helper` returns for a method that
#: is not one of OpenSID's helpers
NOT_HANDLED = object()


class CIDb:
    """CodeIgniter's ``$this->db``."""


class CIForge:
    """CodeIgniter's ``$this->dbforge``."""


def sql_type(raw_name: str, params: Tuple[str, ...] = ()) -> ColumnType:
    """A SQL type by name (CodeIgniter dbforge, OpenSID helpers)."""
    raw = f"{raw_name.upper()}({', '.join(params)})" if params else raw_name.upper()
    return column_type(raw_name.strip(), params, raw)



class CodeIgniterCalls(Interpreter):
    """The calls on ``$this->db``, ``$this->dbforge`` and OpenSID's helpers."""

    def __init__(self, path: str, text: str, options, sql_dialect: str):
        super().__init__(path, text, options, sql_dialect)
        # CodeIgniter dbforge pending add_field/add_key
        self.ci_fields: List[Tuple[str, Any, Any]] = []
        self.ci_keys: List[Tuple[Tuple[str, ...], bool, Any]] = []

    def framework_property(self, name: str) -> Any:
        low = name.lower()
        if low == "db":
            return CIDb()
        if low == "dbforge":
            return CIForge()
        return None

    def opensid_helper(self, low, method, args, node) -> Any:
        """OpenSID's ``MY_Model`` helpers called as ``$this->helper(...)``;
        :data:`NOT_HANDLED` for any other method."""
        vals = [a[0] for a in args]

        def s(i):
            return vals[i] if i < len(vals) and isinstance(vals[i], str) else None

        loc = self.loc(node)
        if low in ("tambahforeignkey", "tambah_foreign_key"):
            name, tbl, col, ref_tbl, ref_col = (s(i) for i in range(5))
            if None in (tbl, col, ref_tbl, ref_col):
                self.note(f"{method}() with values that are not literals: foreign key not "
                          f"recorded", node)
                return UNKNOWN
            self.changes.append(AddConstraint(table_ref(tbl), Constraint(
                "foreign", (col,), loc, name, ForeignKeyRef(table_ref(ref_tbl), (ref_col,)))))
            return UNKNOWN
        if low in ("tambahindeks", "tambah_indeks"):
            tbl, cols = s(0), s(1)
            kind_v = s(2) if len(vals) > 2 else "UNIQUE"
            if tbl is None or cols is None or kind_v is None:
                self.note(f"{method}() with values that are not literals: index not recorded", node)
                return UNKNOWN
            kind = "unique" if kind_v.strip().upper() == "UNIQUE" else "index"
            columns = tuple(c.strip().strip("`") for c in cols.split(",") if c.strip())
            # MY_Model names the index after $kolom with everything but [A-Za-z0-9_-] removed
            name = re.sub(r"[^a-zA-Z0-9_-]+", "", cols)
            self.changes.append(AddConstraint(table_ref(tbl), Constraint(kind, columns, loc, name)))
            return UNKNOWN
        if low == "timestamps":
            tbl = s(0)
            if tbl is None:
                self.note("timestamps() helper with a table name that is not a literal: not "
                          "followed", node)
                return UNKNOWN
            creator = len(vals) > 1 and vals[1] is True
            ref = table_ref(tbl)
            cols = [("created_at", sql_type("TIMESTAMP")), ("updated_at", sql_type("TIMESTAMP"))]
            if creator:
                cols[1:1] = [("created_by", sql_type("INT", ("11",)))]
                cols.append(("updated_by", sql_type("INT", ("11",))))
            for cname, ctype in cols:
                self.changes.append(AddColumn(ref, ColumnDef(
                    cname, ctype, loc, nullable=True, hints={"orm_type": "opensid:timestamps"}), loc))
            return UNKNOWN
        if low == "tambah_config_id":
            tbl = s(0)
            if tbl is None:
                self.note("tambah_config_id() with a table name that is not a literal: not "
                          "followed", node)
                return UNKNOWN
            ref = table_ref(tbl)
            self.changes.append(AddColumn(ref, ColumnDef(
                "config_id", sql_type("INT", ("11",)), loc, nullable=True,
                hints={"orm_type": "opensid:tambah_config_id"}), loc))
            self.changes.append(AddConstraint(ref, Constraint(
                "foreign", ("config_id",), loc, f"{tbl}_config_fk",
                ForeignKeyRef(TableRef("config"), ("id",)))))
            return UNKNOWN
        if low in ("hapus_foreign_key", "hapusforeignkey"):
            # hapus_foreign_key($tabel_referensi, $nama_constraint, $tabel): DROP FOREIGN KEY
            # on $tabel when INFORMATION_SCHEMA has it
            name, tbl = s(1), s(2)
            if name is None or tbl is None:
                self.note(f"{method}() with values that are not literals: foreign key drop not "
                          f"followed", node)
                return UNKNOWN
            self.changes.append(DropConstraint(table_ref(tbl), loc, name, "foreign", (), if_exists=True))
            return UNKNOWN
        if low in ("hapus_indeks", "hapusindeks"):
            # hapus_indeks($tabel, $indeks): DROP INDEX $indeks ON $tabel when it exists
            tbl, name = s(0), s(1)
            if tbl is None or name is None:
                self.note(f"{method}() with values that are not literals: index drop not followed", node)
                return UNKNOWN
            self.changes.append(DropConstraint(table_ref(tbl), loc, name, None, (), if_exists=True))
            return UNKNOWN
        if low == "buat_ulang_index":
            # buat_ulang_index($tabel, $nama, '(`a`, `b`)', $index = 'UNIQUE'): when index $nama
            # exists, DROP INDEX $nama, ADD $index INDEX ${nama}_config (a, b)
            tbl, name, cols = s(0), s(1), s(2)
            kind_v = s(3) if len(vals) > 3 else "UNIQUE"
            columns = tuple(c.strip().strip("`").strip() for c in (cols or "").strip().strip("()").split(","))
            if tbl is None or name is None or kind_v is None or not all(columns) or not columns:
                self.note(f"{method}() with values that are not literals: index rebuild not followed", node)
                return UNKNOWN
            kind = "unique" if kind_v.strip().upper() == "UNIQUE" else "index"
            self.changes.append(DropConstraint(table_ref(tbl), loc, name, None, (), if_exists=True))
            self.changes.append(AddConstraint(table_ref(tbl), Constraint(kind, columns, loc, f"{name}_config")))
            return UNKNOWN
        if low == "jalankan_migrasi":
            self.note(f"jalankan_migrasi({s(0) or '...'}) runs another migration file: it is "
                      f"analysed as its own file, not here", node, "noop")
            return UNKNOWN
        if low in _OPENSID_DATA_HELPERS:
            self.run_closures(args)
            return UNKNOWN
        return NOT_HANDLED


    # -- $this->db ---------------------------------------------------------
    def ci_db_call(self, low, args, node) -> Any:
        if low in ("query", "simple_query"):
            self.sql_call(args, node, f"$this->db->{low}")
        return UNKNOWN


    # -- CodeIgniter dbforge -----------------------------------------------
    def ci_forge_call(self, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        loc = self.loc(node)

        def tbl(i=0) -> Optional[TableRef]:
            v = vals[i] if i < len(vals) else None
            if isinstance(v, str):
                return table_ref(v)
            self.note(f"dbforge->{method}() with a table name that is not a literal: not followed",
                      node)
            return None

        if self.fail_if_broken(node, f"$this->dbforge->{method}()"):
            return UNKNOWN
        if low in ("add_column", "modify_column"):
            t = tbl()
            if t is None:
                return UNKNOWN
            fields = vals[1] if len(vals) > 1 else None
            if not isinstance(fields, Array):
                self.note(f"dbforge->{method}() with fields that are not a literal array", node)
                return UNKNOWN
            for k, spec, knode, vnode in fields.items:
                where = knode or vnode or node
                if isinstance(k, str) and isinstance(spec, Array):
                    if low == "add_column":
                        cd = self._ci_coldef(k, spec, where)
                        self.changes.append(AddColumn(t, cd, self.loc(where)))
                        if spec.get("unique") is True:
                            self.changes.append(AddConstraint(t, Constraint("unique", (k,), self.loc(where))))
                    else:
                        self._ci_modify(t, k, spec, where)
                    self.line_targets.setdefault(where.start_point[0] + 1, (t, k))
                elif isinstance(spec, str):
                    self.note(f"dbforge->{method}() with a raw SQL field definition "
                              f"({spec[:50]!r}): not analysed", where)
                else:
                    self.note(f"dbforge->{method}() with a field that is not a literal: not "
                              f"followed", where)
            return UNKNOWN
        if low == "drop_column":
            t = tbl()
            col = vals[1] if len(vals) > 1 else None
            if t is not None and isinstance(col, str):
                self.changes.append(DropColumn(t, col, loc))
            elif t is not None:
                self.note("dbforge->drop_column() with a column that is not a literal", node)
            return UNKNOWN
        if low == "add_field":
            fields = vals[0] if vals else None
            if isinstance(fields, Array):
                for k, spec, knode, vnode in fields.items:
                    if isinstance(k, str) and isinstance(spec, Array):
                        self.ci_fields.append((k, spec, knode or vnode or node))
                    elif spec == "id":
                        self.ci_fields.append(("id", "id", vnode or node))
                    else:
                        self.note("dbforge->add_field() with a raw or dynamic field: not analysed",
                                  vnode or node)
            elif fields == "id":
                self.ci_fields.append(("id", "id", node))
            else:
                self.note("dbforge->add_field() with fields that are not literals", node)
            return UNKNOWN
        if low == "add_key":
            cols = str_list(vals[0] if vals else None)
            if cols is None:
                self.note("dbforge->add_key() with columns that are not literals", node)
                return UNKNOWN
            self.ci_keys.append((tuple(cols), len(vals) > 1 and vals[1] is True, node))
            return UNKNOWN
        if low == "create_table":
            t = tbl()
            fields, keys = self.ci_fields, self.ci_keys
            self.ci_fields, self.ci_keys = [], []
            if t is None:
                return UNKNOWN
            col_defs: List[ColumnDef] = []
            cons: List[Constraint] = []
            for name, spec, where in fields:
                if spec == "id":
                    col_defs.append(ColumnDef("id", sql_type("INT", ("9",)), self.loc(where),
                                          nullable=False, primary_key=True,
                                          hints={"orm_type": "dbforge:id"}))
                    continue
                col_defs.append(self._ci_coldef(name, spec, where))
                self.line_targets.setdefault(where.start_point[0] + 1, (t, name))
            for kcols, primary, knode in keys:
                cons.append(Constraint("primary" if primary else "index", kcols, self.loc(knode)))
            if_not = len(vals) > 1 and vals[1] is True
            self.changes.append(CreateTable(t, tuple(col_defs), loc, None, tuple(cons), if_not))
            return UNKNOWN
        if low == "drop_table":
            t = tbl()
            if t is not None:
                self.changes.append(DropTable(t, loc))
            return UNKNOWN
        if low == "rename_table":
            if len(vals) >= 2 and isinstance(vals[0], str) and isinstance(vals[1], str):
                self.changes.append(RenameTable(table_ref(vals[0]), table_ref(vals[1]), loc))
            else:
                self.note("dbforge->rename_table() with names that are not literals", node)
            return UNKNOWN
        if low in ("create_database", "drop_database"):
            return UNKNOWN
        self.note(f"unknown dbforge method {method}(): not followed", node)
        return UNKNOWN

    def _ci_type(self, spec: Array) -> Optional[ColumnType]:
        tname = spec.get("type")
        if not isinstance(tname, str):
            return None
        con = spec.get("constraint")
        params: Tuple[str, ...] = ()
        if isinstance(con, (int, float)) and not isinstance(con, bool):
            params = (lit_text(con),)
        elif isinstance(con, str):
            params = tuple(p.strip() for p in con.split(",") if p.strip())
        elif isinstance(con, Array):
            params = tuple(lit_text(v) for v in con.values() if isinstance(v, (str, int, float)))
        ct = sql_type(tname, params)
        return ct

    def _ci_coldef(self, name: str, spec: Array, where) -> ColumnDef:
        nullv = spec.get("null", True)
        default = spec.get("default", UNKNOWN)
        comment = spec.get("comment")
        auto = spec.get("auto_increment") is True
        hints = {"orm_type": "dbforge"}
        if spec.get("unsigned") is True:
            hints["unsigned"] = "true"
        if auto:
            hints["auto_increment"] = "true"
        return ColumnDef(
            name, self._ci_type(spec), self.loc(where), nullable=nullv is not False,
            primary_key=auto, unique=spec.get("unique") is True,
            default=None if default is UNKNOWN else sql_default(default, where),
            comment=comment if isinstance(comment, str) else None, hints=hints)

    def _ci_modify(self, t: TableRef, name: str, spec: Array, where) -> None:
        loc = self.loc(where)
        new = spec.get("name")
        if isinstance(new, str) and new != name:
            self.changes.append(RenameColumn(t, name, new, loc))
            name = new
        comment = spec.get("comment", UNSET)
        nullv = spec.get("null", UNKNOWN)
        self.changes.append(AlterColumn(
            t, name, loc, type=self._ci_type(spec),
            nullable=None if nullv is UNKNOWN else nullv is not False,
            comment=comment if isinstance(comment, str) or comment is UNSET else UNSET,
            hints={"orm_type": "dbforge"}))
