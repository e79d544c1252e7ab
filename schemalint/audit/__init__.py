"""``schemalint audit``: a personal-data inventory of a whole codebase,
as a report people read.

:func:`~.inventory.build_inventory` turns a pipeline run into plain data
(tables, personal-data columns, encryption, retention, purpose, where each
column was introduced, findings, a risk score per table, see
:mod:`.risk`); one module per format renders it with ``render(inventory,
options) -> str``.  Documented in docs/audit.md.
"""

from __future__ import annotations

from ..record import dataclass

#: the audit formats, each a module of this package with ``render(inventory, options)``
FORMATS = ("text", "json", "csv", "markdown", "html", "fides")


@dataclass(frozen=True)
class AuditOptions:
    color: bool = False  # text: ANSI colours (a terminal)
    top: int = 10  # text: how many of the riskiest tables to list
    verbose: bool = False  # text: list the notes (constructs read but not followed)


def _module(fmt: str):
    """The module that renders ``fmt``; only that one is imported."""
    if fmt == "text":
        from . import text

        return text
    if fmt == "json":
        from . import jsondoc

        return jsondoc
    if fmt == "csv":
        from . import csvout

        return csvout
    if fmt == "markdown":
        from . import markdown

        return markdown
    if fmt == "html":
        from . import htmlreport

        return htmlreport
    if fmt == "fides":
        from . import fides

        return fides
    raise KeyError(fmt)


#: the options of a render that names none (frozen: one shared instance)
DEFAULT_OPTIONS = AuditOptions()


def render(fmt: str, inventory, options: AuditOptions = DEFAULT_OPTIONS) -> str:
    """The inventory in ``fmt``; no line of it can start a CI workflow
    command that came from the input (:func:`schemalint.escape.safe_lines`)."""
    from ..escape import safe_lines

    return safe_lines(_render(fmt, inventory, options))


def _render(fmt: str, inventory, options: AuditOptions) -> str:
    return _module(fmt).render(inventory, options)


def build_inventory(run, config=None):
    from .inventory import build_inventory as build

    return build(run, config)
