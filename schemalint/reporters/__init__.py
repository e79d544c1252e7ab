"""Stage 7: reporters render a run.  One module per format, each with
``render(run, options) -> str``; the CLI writes the text to stdout or
``-o FILE`` and nothing else goes there (logs go to stderr)."""

from __future__ import annotations

import importlib
from functools import partial
from types import ModuleType

from ..record import dataclass


@dataclass(frozen=True)
class ReportOptions:
    show_why: bool = False
    verbose: bool = False
    statistics: bool = False
    color: bool = False


#: output format -> the module (in this package) that renders it
_MODULES = {"text": "text", "json": "json_report", "sarif": "sarif", "github": "github", "gitlab": "gitlab",
            "junit": "junit", "markdown": "markdown"}


def _module(fmt: str) -> ModuleType:
    """The module that renders ``fmt``; only that one is imported (a
    pre-commit run loads the text reporter alone)."""
    if fmt not in _MODULES:
        raise KeyError(fmt)
    return importlib.import_module(f"{__name__}.{_MODULES[fmt]}")


#: format name -> loader of the module with ``render(run, options) -> str``
FORMATS = {fmt: partial(_module, fmt) for fmt in ("text", "json", "sarif", "github", "gitlab", "junit", "markdown")}


def render(fmt: str, run, options: ReportOptions) -> str:
    """The report; no line of it can start a CI workflow command that came
    from the input (GitHub's own annotations are built escaped)."""
    text = _module(fmt).render(run, options)
    if fmt == "github":
        return text
    from ..escape import safe_lines

    return safe_lines(text)
