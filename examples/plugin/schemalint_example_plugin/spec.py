"""The plugin's format, declared once: a :class:`schemalint.formats.FrontendSpec`.

It shows every part of the spec a format may need:

* recognition: ``.tabledef`` files, claimed by a content sniff;
* a history: every ``.tabledef`` file below a project's ``schema/``
  folder is replayed together, in file-name order, into one schema (the
  key names the project folder), and a pre-commit run that names one of
  them reads the rest from ``history_dirs``;
* a join: a project's ``local.tabledef`` (site-specific additions, beside
  ``schema/``) is its own history by path, and joins its project's history,
  replayed after the shared files.
"""

from __future__ import annotations

import os

from schemalint.formats import FrontendSpec


def _load():
    from . import frontend

    return frontend


def _sniff(path: str, head: str):
    return "table.column: type lines" if ":" in head or not head.strip() else None


def _project(path: str) -> str:
    parts = path.split("/")
    if "schema" in parts[:-1]:
        i = len(parts) - 2 - parts[:-1][::-1].index("schema")
        return "/".join(parts[:i]) or "."
    return "/".join(parts[:-1]) or "."


def _history(path: str) -> str:
    if path.rsplit("/", 1)[-1] == "local.tabledef":
        return f"tabledef-local:{_project(path)}"
    return f"tabledef:{_project(path)}"


def _history_dirs(abspath: str, key: str):
    root = os.path.dirname(abspath)
    while os.path.basename(root) != "schema" and os.path.dirname(root) != root:
        root = os.path.dirname(root)
    return [(root, True)] if os.path.basename(root) == "schema" else [(os.path.dirname(abspath), False)]


def _join_local(groups):
    for key in [k for k in groups if k.startswith("tabledef-local:")]:
        target = "tabledef:" + key.split(":", 1)[1]
        if target in groups:
            groups[target].extend(groups.pop(key))


def _order(key, results):
    # shared files by name; the local additions (joined last) stay last
    return sorted(results, key=lambda r: (r.path.endswith("/local.tabledef"), r.path))


TABLEDEF = FrontendSpec(
    format="tabledef", load=_load, suffixes=(".tabledef",), sniff=_sniff, label="table definitions",
    history=_history, history_dirs=_history_dirs, extra_kinds=("tabledef-local",), joins=(_join_local,),
    order=_order,
)
