"""Stage 7: reporters render a run.  One module per format, each with
``render(run, options) -> str``; the CLI writes the text to stdout or
``-o FILE`` and nothing else goes there (logs go to stderr)."""

from __future__ import annotations

from functools import partial

from ..record import dataclass


@dataclass(frozen=True)
class ReportOptions:
    show_why: bool = False
    verbose: bool = False
    statistics: bool = False
    color: bool = False


def _module(fmt: str):
    """The module that renders ``fmt``; only that one is imported (a
    pre-commit run loads the text reporter alone)."""
    if fmt == "text":
        from . import text as mod
    elif fmt == "json":
        from . import json_report as mod
    elif fmt == "sarif":
        from . import sarif as mod
    elif fmt == "github":
        from . import github as mod
    elif fmt == "gitlab":
        from . import gitlab as mod
    elif fmt == "junit":
        from . import junit as mod
    elif fmt == "markdown":
        from . import markdown as mod
    else:
        raise KeyError(fmt)
    return mod


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
