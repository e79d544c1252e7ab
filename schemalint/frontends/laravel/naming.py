"""Laravel's default names: a model's table, a key's name."""

from __future__ import annotations

from ...model import TableRef
from ..inflector import plural_studly, snake


def model_table(class_name: str, pivot: bool = False) -> str:
    """The table Laravel gives model ``class_name`` by default
    (``Str::snake(Str::pluralStudly(class))``; a pivot model's is not
    pluralised)."""
    base = class_name.rsplit("\\", 1)[-1]
    if pivot:
        return snake(base)
    return snake(plural_studly(base))


def index_name(table: TableRef, type_: str, columns) -> str:
    """Laravel's default key name (``Blueprint::createIndexName``):
    ``<table>_<col>_<col>_<type>`` in lower case, ``-`` and ``.`` made
    ``_``; ``type_`` is ``primary``, ``unique``, ``index``, ``foreign``,
    ``fulltext`` or ``spatialindex``.  A table prefix configured in the
    application is not known (none is assumed)."""
    name = f"{table.qualified}_{'_'.join(columns)}_{type_}".lower()
    return name.replace("-", "_").replace(".", "_")
