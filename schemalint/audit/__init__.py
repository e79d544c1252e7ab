"""``schemalint audit``: a personal-data inventory of a whole codebase,
as a report people read.

:func:`~.inventory.build_inventory` turns a pipeline run into plain data
(tables, personal-data columns, encryption, retention, purpose, where each
column was introduced, findings, a risk score per table, see
:mod:`.risk`); one module per format renders it with ``render(inventory,
options) -> str``.  Documented in docs/audit.md.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

#: format name -> module (in this package) with ``render(inventory, options)``
FORMATS = {
    "text": "text",
    "json": "jsondoc",
    "csv": "csvout",
    "markdown": "markdown",
    "html": "htmlreport",
    "fides": "fides",
}


@dataclass(frozen=True)
class AuditOptions:
    color: bool = False  # text: ANSI colours (a terminal)
    top: int = 10  # text: how many of the riskiest tables to list
    verbose: bool = False  # text: list the notes (constructs read but not followed)


def render(fmt: str, inventory, options: AuditOptions = AuditOptions()) -> str:
    return importlib.import_module(f"{__name__}.{FORMATS[fmt]}").render(inventory, options)


def build_inventory(run, config=None):
    from .inventory import build_inventory as build

    return build(run, config)
