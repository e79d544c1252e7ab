"""Stage 7: reporters render a run.  One module per format, each with
``render(run, options) -> str``; the CLI writes the text to stdout or
``-o FILE`` and nothing else goes there (logs go to stderr)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict


@dataclass(frozen=True)
class ReportOptions:
    show_why: bool = False
    verbose: bool = False
    statistics: bool = False
    color: bool = False


def _text():
    from . import text
    return text


def _json():
    from . import json_report
    return json_report


def _loader(name: str) -> Callable:
    def load():
        import importlib

        return importlib.import_module(f"{__name__}.{name}")

    return load


#: format name -> loader of a module with ``render(run, options)``
FORMATS: Dict[str, Callable] = {
    "text": _text,
    "json": _json,
    "sarif": _loader("sarif"),
    "github": _loader("github"),
    "gitlab": _loader("gitlab"),
    "junit": _loader("junit"),
    "markdown": _loader("markdown"),
}


def render(fmt: str, run, options: ReportOptions) -> str:
    return FORMATS[fmt]().render(run, options)
