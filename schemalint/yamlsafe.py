"""YAML from the checked-out tree, read with a size and an alias budget.

``yaml.safe_load`` never constructs objects from tags, but aliases let a
few hundred bytes stand for billions of values ("billion laughs"): the
loader shares the aliased objects, so loading is cheap, and the first
walk over the data (validation, a cache key's serialisation) expands them
and runs out of time or memory.  Everything schemalint reads as YAML from
the tree goes through one budget, :func:`expansion_budget`: configuration
and rulesets through :func:`load` (which walks the loaded data once,
counting every value an alias stands for, and stops at the budget), and
Liquibase changelogs through their own node reader, which counts the
same way.
"""

from __future__ import annotations

from typing import Any, Optional

#: the largest YAML file read as configuration or ruleset (bytes)
MAX_BYTES = 16 * 1024 * 1024
#: nesting deeper than this is refused (no legitimate file comes close)
MAX_DEPTH = 200


class YAMLBudgetError(ValueError):
    """A YAML document over the size, expansion or depth budget; the
    message says which (the caller adds the file)."""

    def __init__(self, message: str, line: Optional[int] = None):
        super().__init__(message)
        self.line = line


def expansion_budget(size: int) -> int:
    """How many values (scalars, mappings and sequences, each alias
    counted for everything it stands for) a document of ``size``
    characters may hold: far more than any real file, far less than a
    bomb."""
    return max(200_000, 8 * size)


def loader_class():
    """PyYAML's safe loader: the C ``CSafeLoader`` when libyaml is there."""
    import yaml

    try:
        return yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - PyYAML without libyaml
        return yaml.SafeLoader


def load(text: str, shown: str = "") -> Any:
    """``yaml.safe_load`` of ``text``, refused (:class:`YAMLBudgetError`)
    when it is larger than :data:`MAX_BYTES`, nests deeper than
    :data:`MAX_DEPTH` or expands beyond :func:`expansion_budget`.  PyYAML's
    own errors (syntax, a tag that is not plain data) propagate."""
    if len(text) > MAX_BYTES:
        raise YAMLBudgetError(f"{len(text) / 1e6:.1f} MB of YAML is more than the "
                              f"{MAX_BYTES // (1024 * 1024)} MB read")
    loader = loader_class()(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    check_expansion(data, expansion_budget(len(text)))
    return data


def check_expansion(data: Any, budget: int) -> None:
    """Walk ``data`` as its consumers will, counting every value (an
    aliased object once per reference); stop with :class:`YAMLBudgetError`
    as soon as ``budget`` values or :data:`MAX_DEPTH` levels are passed.
    The walk costs at most ``budget`` steps, whatever the document."""
    left = budget
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        left -= 1
        if left < 0:
            raise YAMLBudgetError(f"YAML aliases expand to more than {budget:,} values (an alias bomb?); "
                                  f"refused")
        if depth > MAX_DEPTH:
            raise YAMLBudgetError(f"YAML nests deeper than {MAX_DEPTH} levels; refused")
        if isinstance(value, dict):
            for k, v in value.items():
                stack.append((k, depth + 1))
                stack.append((v, depth + 1))
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
