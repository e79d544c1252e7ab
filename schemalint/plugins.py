"""Plugin discovery through entry points, cheaply.

Third parties extend schemalint without forking it by declaring entry
points in their package metadata::

    [project.entry-points."schemalint.frontends"]
    hcl = "schemalint_hcl.spec:HCL"          # a FrontendSpec (schemalint.formats), or a
                                             # module: FORMAT, SUFFIXES, detect(), parse()
    [project.entry-points."schemalint.rules"]
    acme001 = "schemalint_acme.acme001"      # a rule module: CODE, NAME, SEVERITY, check()
    [project.entry-points."schemalint.rulesets"]
    acme = "schemalint_acme:RULESET_PATH"    # a path (str) to a ruleset YAML, or a callable returning one

``importlib.metadata.entry_points()`` parses the metadata of every
installed distribution (about 0.15 s in a full environment), too slow for
a pre-commit hook that must feel instant.  This module reads only the
``entry_points.txt`` files on ``sys.path`` and only imports
``importlib.metadata`` when a schemalint plugin is actually installed.
Plugins are installed packages chosen by the user; input files are never
imported.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Dict, List

GROUPS = ("schemalint.frontends", "schemalint.rules", "schemalint.rulesets")


#: schemalint's own distribution: its entry points register the built-ins
OWN = "schemalint"


@lru_cache(maxsize=1)
def _scan() -> Dict[str, Dict[str, Dict[str, str]]]:
    """``{"own" | "plugins": {group: {name: value}}, "distributions": {"": {dist: path}}}``."""
    found: Dict[str, Dict[str, Dict[str, str]]] = {
        "own": {g: {} for g in GROUPS}, "plugins": {g: {} for g in GROUPS}, _DISTS: {"": {}}}
    seen = set()
    for entry in sys.path:
        if not entry or not os.path.isdir(entry):
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in sorted(names):
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            path = os.path.join(entry, name, "entry_points.txt")
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if "[schemalint." not in text:
                continue
            dist = name.split("-", 1)[0].lower()
            if dist in seen:  # the first on sys.path wins, as for imports
                continue
            seen.add(dist)
            found[_DISTS][""][dist] = os.path.join(entry, name)
            where = found["own" if dist == OWN else "plugins"]
            for group, key, value in _parse(text):
                if group in where:
                    where[group].setdefault(key, value)
    return found


def _parse(text: str):
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            continue
        if group and "=" in line:
            key, value = line.split("=", 1)
            yield group, key.strip(), value.strip()


_DISTS = "distributions"


def distributions() -> List[str]:
    """The metadata directories (``*.dist-info``) of the installed
    distributions that declare schemalint entry points: what the cache's
    key knows of plugins (:func:`schemalint.cache.code_fingerprint`)."""
    return sorted(_scan()[_DISTS][""].values())


def entry_points(group: str) -> Dict[str, str]:
    """``name -> "module:attr"`` for one group, of installed plugins (not
    schemalint's own)."""
    return dict(_scan()["plugins"].get(group, {}))


def own_entry_points(group: str) -> Dict[str, str]:
    """schemalint's own entries of a group (the built-ins), empty when it
    runs without its package metadata (a source checkout on PYTHONPATH)."""
    return dict(_scan()["own"].get(group, {}))


def load(group: str, name: str, value: str):
    """Import an installed plugin's object."""
    from importlib.metadata import EntryPoint

    return EntryPoint(name=name, value=value, group=group).load()


_rule_modules: list = []


def rule_modules() -> list:
    """Installed plugins' rule modules (each holds a rule's metadata and its
    ``check``), imported once."""
    if not _rule_modules:
        _rule_modules.append([load("schemalint.rules", name, value)  # an installed plugin package
                              for name, value in sorted(entry_points("schemalint.rules").items())])
    return _rule_modules[0]
