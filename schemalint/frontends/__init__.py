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
a pre-commit run on one Django migration never imports sqlglot.  What
else schemalint knows of a format (detection, histories, joins) is its
:class:`schemalint.formats.FrontendSpec`; built-in and third-party
formats register alike, through the ``schemalint.frontends`` entry-point
group.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .. import formats
from ..record import dataclass, field


@dataclass(frozen=True)
class FrontendOptions:
    #: SQL dialect forced by --dialect or a config glob (None: sniff).
    dialect: Optional[str] = None
    #: per-glob dialects from config: {"db/oracle/*.sql": "oracle"}
    dialect_globs: Dict[str, str] = field(default_factory=dict)
    #: type names the user declares encrypted (config ``encrypted-types``).
    encrypted_types: tuple = ()


def load(fmt: str):
    """Import and return the frontend module for ``fmt`` (KeyError when
    no installed frontend reads it)."""
    return formats.spec(fmt).frontend()


def order_results(fmt: str, results: list) -> list:
    """Order one history of format ``fmt`` the way its framework does."""
    return formats.order(f"{fmt}:", results)


def meta_of(result) -> Mapping[str, Any]:
    """A result's ``meta``: the JSON values its frontend's ``parse`` wrote
    there, read back by the same frontend's ``order``."""
    return result.meta
