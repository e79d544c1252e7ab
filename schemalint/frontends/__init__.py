"""Stage 2: frontends turn one file's text into changes.

A frontend is a module with::

    FORMAT = "alembic"                       # the format name detection gives
    def parse(source, options) -> FileResult # never executes the input
    def order(results) -> list[FileResult]   # optional: the framework's
                                             # migration order; default is
                                             # natural path order.  It may
                                             # return results whose changes
                                             # are re-derived from the whole
                                             # history (Django resolves model
                                             # and field names to tables and
                                             # columns only there)

``source`` is a :class:`schemalint.sources.SourceFile` (``path``,
``text``); ``options`` a :class:`FrontendOptions`.  ``parse`` must not
raise for any input text: constructs it does not understand become
``Skipped`` changes with a location, text it cannot parse becomes a
``ParseFailure`` (PARSE001).  The pipeline still guards every call and turns
an unexpected exception into an internal-error finding that names the
file.

Frontends are imported lazily, only when a file of their format is read:
a pre-commit run on one Django migration never imports sqlglot.
Third-party frontends register through the ``schemalint.frontends``
entry-point group (name = format, value = module).
"""

from __future__ import annotations

from typing import Callable, Dict, Optional

from ..record import dataclass, field


def _sql():
    from . import sql
    return sql


def _alembic():
    from . import alembic
    return alembic


def _django():
    from . import django
    return django


def _laravel():
    from . import laravel
    return laravel


def _rails():
    from . import rails
    return rails


def _prisma():
    from . import prisma
    return prisma


def _liquibase():
    from . import liquibase
    return liquibase


#: format name -> loader.  Only the module of a format that is actually
#: present is imported.
BUILTIN: Dict[str, Callable] = {
    "sql": _sql,
    "alembic": _alembic,
    "django": _django,
    "laravel": _laravel,
    "laravel-model": _laravel,
    "rails": _rails,
    "rails-model": _rails,
    "prisma": _prisma,
    "liquibase": _liquibase,
}


@dataclass(frozen=True)
class FrontendOptions:
    #: SQL dialect forced by --dialect or a config glob (None: sniff).
    dialect: Optional[str] = None
    #: per-glob dialects from config: {"db/oracle/*.sql": "oracle"}
    dialect_globs: Dict[str, str] = field(default_factory=dict)
    #: type names the user declares encrypted (config ``encrypted-types``).
    encrypted_types: tuple = ()


_loaded: Dict[str, object] = {}


def load(fmt: str):
    """Import and return the frontend module for ``fmt``."""
    mod = _loaded.get(fmt)
    if mod is None:
        if fmt in BUILTIN:
            mod = BUILTIN[fmt]()
        else:
            value = _plugins().get(fmt)
            if value is None:
                raise KeyError(fmt)
            from .. import plugins

            mod = plugins.load("schemalint.frontends", fmt, value)  # an installed plugin package
        _loaded[fmt] = mod
    return mod


def _plugins() -> Dict[str, str]:
    from .. import plugins

    return plugins.entry_points("schemalint.frontends")


def plugin_detect(path: str, head: str):
    """Ask installed plugin frontends whether they read this file:
    ``(format, evidence)`` or ``(None, None)``.  A plugin module may define
    ``SUFFIXES`` (file endings it reads) and ``detect(path, head) -> bool``."""
    for name in sorted(_plugins()):
        try:
            mod = load(name)
        except Exception:  # a broken plugin must not break discovery
            continue
        suffixes = tuple(getattr(mod, "SUFFIXES", ()) or ())
        if suffixes and not path.lower().endswith(suffixes):
            continue
        fn = getattr(mod, "detect", None)
        if fn is None or fn(path, head):
            return name, f"claimed by plugin frontend {name!r}"
    return None, None


def plugin_suffixes() -> tuple:
    out = []
    for name in sorted(_plugins()):
        try:
            out.extend(getattr(load(name), "SUFFIXES", ()) or ())
        except Exception:
            continue
    return tuple(s.lower() for s in out)


def order_results(fmt: str, results: list) -> list:
    """Order one history's file results the way its framework does."""
    mod = load(fmt)
    fn: Optional[Callable] = getattr(mod, "order", None)
    if fn is None:
        from ..sources import natural_key

        return sorted(results, key=lambda r: natural_key(r.path))
    return fn(results)
