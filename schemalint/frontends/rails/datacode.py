"""Data code in a migration: calls that read or write rows (``User.where(...)``,
``Model.find_each``, a relation's ``update_all``), which change no schema,
and the connection receiver (``connection``, ``ActiveRecord::Base.connection``)
whose schema methods are the migration's own.
"""

from __future__ import annotations

from .reader import _call_name, _text


def _receiver_is_connection(recv) -> bool:
    txt = _text(recv)
    return txt == "connection" or txt.endswith(".connection") or txt.endswith("connection()")


def _is_data_stmt(node) -> bool:
    if node is None or node.type != "call":
        return False
    recv = node.child_by_field_name("receiver")
    return recv is not None and _is_data_code(recv, _call_name(node))


#: ActiveRecord query and persistence methods: a call chain that uses them
#: reads or writes rows, not the schema.
_DATA_METHODS = frozenset({
    "where", "all", "find", "find_by", "find_each", "find_in_batches", "in_batches", "each",
    "pluck", "update_all", "delete_all", "destroy_all", "update", "update!", "update_column",
    "update_columns", "save", "save!", "create", "create!", "insert_all", "upsert_all", "insert",
    "upsert", "destroy", "delete", "includes", "joins", "group", "order", "limit", "select",
    "not", "unscoped", "reset_column_information", "reset_counters", "update_counters", "touch",
    "each_batch", "find_or_create_by", "find_or_create_by!", "first", "last", "count", "exists?",
    "any?", "none?", "classify", "constantize", "lock", "reload", "map", "sum",
})


def _chain_root(node):
    while node is not None and node.type == "call" and node.child_by_field_name("receiver") is not None:
        node = node.child_by_field_name("receiver")
    return node


def _chain_methods(node):
    out = []
    while node is not None and node.type == "call":
        out.append(_call_name(node))
        node = node.child_by_field_name("receiver")
    return out


#: methods that only exist on relations / models: a call to one is data code
#: whatever its receiver
_ROW_METHODS = frozenset({
    "find_each", "find_in_batches", "in_batches", "update_all", "delete_all", "destroy_all",
    "insert_all", "upsert_all", "update_columns", "update_column", "pluck", "each_batch",
    "reset_column_information", "update_counters", "reset_counters",
})


def _is_data_code(recv, name: str) -> bool:
    """A call on a model class or on a query chain (``User.where(...)``,
    ``Model.find_each``, ``tbl.classify.constantize.update_all``)."""
    root = _chain_root(recv)
    if root is not None and root.type in ("constant", "scope_resolution"):
        return True
    if name in _ROW_METHODS:
        return True
    return name in _DATA_METHODS and any(m in _DATA_METHODS for m in _chain_methods(recv))
