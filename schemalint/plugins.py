"""Plugin discovery through entry points, cheaply.

Third parties extend schemalint without forking it by declaring entry
points in their package metadata::

    [project.entry-points."schemalint.frontends"]
    hcl = "schemalint_hcl.frontend"          # a module: FORMAT, SUFFIXES, detect(), parse()
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


@lru_cache(maxsize=1)
def _scan() -> Dict[str, Dict[str, str]]:
    found: Dict[str, Dict[str, str]] = {g: {} for g in GROUPS}
    found[_DISTS] = {}
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
            found[_DISTS][dist] = os.path.join(entry, name)
            for group, key, value in _parse(text):
                if group in found:
                    found[group].setdefault(key, value)
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
    return sorted(_scan()[_DISTS].values())


def entry_points(group: str) -> Dict[str, str]:
    """``name -> "module:attr"`` for one group."""
    return dict(_scan().get(group, {}))


def load(group: str, name: str, value: str):
    """Import an installed plugin's object."""
    from importlib.metadata import EntryPoint

    return EntryPoint(name=name, value=value, group=group).load()

