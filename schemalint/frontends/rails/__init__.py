"""Rails (ActiveRecord) frontend: migrations, ``db/schema.rb`` and models.

Ruby is read with tree-sitter (``tree-sitter-ruby``), never executed and
never matched with regular expressions: every construct is recognised from
the syntax tree.  Three kinds of file arrive here:

``rails`` (``db/migrate/*.rb``)
    A migration class (``class X < ActiveRecord::Migration[7.1]``).  Only
    ``change``, ``up`` and ``self.up`` are applied; ``down`` is ignored.
    Inside them: ``create_table`` (with its ``t.*`` block), ``change_table``,
    ``create_join_table``, ``add_column``, ``remove_column(s)``,
    ``rename_column``, ``change_column``, ``change_column_null``,
    ``change_column_comment``, ``change_table_comment``, ``rename_table``,
    ``drop_table``, ``add_index``, ``remove_index``,
    ``add_reference``/``add_belongs_to``, ``remove_reference``,
    ``add_foreign_key``, ``remove_foreign_key``, ``add_timestamps``,
    ``remove_timestamps`` and ``execute`` with literal SQL (handed to the
    SQL frontend, located in this file).

    Keys carry the names Rails gives them, so a later drop finds them:
    ``name:`` when given, else ``index_<table>_on_<a>_and_<b>`` for an
    index (from 7.1, ``idx_on_<a>_<b>_<hash>`` when that is longer than 62
    bytes; a polymorphic reference's index is ``index_<table>_on_<ref>``
    from 6.1) and ``fk_rails_<hash>`` for a foreign key (SHA-256 of
    ``<table>_<column>_fk``).  ``remove_index`` (also ``t.remove_index``
    in ``change_table``) drops by ``name:`` or by the default name of its
    columns -- an index added under a custom name and removed by column,
    or one Rails renamed with its table or column (``rename_table``,
    ``rename_column``, ``rename_index``: names are not followed through
    renames), is reported by replay as an unknown key.
    ``remove_foreign_key`` (and ``t.remove_foreign_key``) drops by
    ``name:``, else by kind and column (``column:``, or the referenced
    table singularized + ``_id``), which is how Rails looks the key up.
    ``if_exists: true`` is honoured.

    Static evaluation only: literals (symbols, strings, heredocs without
    interpolation, ``%w[]``, arrays, hashes, ``'a' + 'b'``), local
    variables and class constants assigned a literal, ``LITERAL.each do
    |x|`` loops over a literal array (unrolled), and helper methods of the
    same class called without dynamic arguments (inlined).  The class's
    methods are what Ruby ends up with: every body of the class in the file
    (a class reopened later), the last ``def`` of a name, ``alias``/
    ``alias_method``, ``define_method(:name) { ... }``.  ``send(:add_column,
    ...)`` (``public_send``, ``__send__``) and ``method(:add_column).call``
    with a literal name are that call.  ``revert`` replays Rails' inverse of
    each change, a removal that names its type (``remove_column :t, :c,
    :string``, ``drop_table`` with a block, ``remove_reference``) included.
    Dispatch that is decided at run time (a computed method name, a
    ``class_eval``, what ``revert`` cannot undo) is an ``unfollowed`` note,
    a PARSE001 warning.  Wrappers whose block runs once
    (``safety_assured``, ``up_only``, ``with_lock_retries``,
    ``transaction``, ``say_with_time``, ``reversible``'s ``dir.up``) are
    followed.  ``if``/``unless`` bodies are followed as if the condition
    held, with a note; ``if column_exists?(:t, :c)`` with an ``else`` that
    alters ``t.c`` in one branch and adds it in the other takes the branch the
    replayed schema selects.  Inside any block ``self`` is still the
    migration: a model call's block that runs once (``Model.unscoped``,
    ``transaction``, ``with_lock``, ``with_connection``) and reaches a schema
    method is followed; one that iterates rows (``find_each``, ``each`` on a
    query) is ``unfollowed``.  A call on a constant that is no known query,
    persistence, job or logger method is a note (``unfollowed`` when handed
    ``self`` or named like a schema method); Globalize's
    ``create_translation_table!``/``add_translation_fields!``/
    ``drop_translation_table!`` with literal arguments are replayed
    (:mod:`.globalize`).  Everything else becomes a located ``Skipped``.

``rails`` (``db/schema.rb``)
    The body of ``ActiveRecord::Schema.define`` / ``Schema[7.1].define``
    is read with the same statement handlers; it is its own history.

``rails-model`` (``app/models/*.rb``)
    Encryption evidence: Active Record Encryption ``encrypts :a, :b``,
    Lockbox ``has_encrypted :a`` (column ``a_ciphertext``) and
    ``blind_index :a`` (``a_bidx``), attr_encrypted ``attr_encrypted :a``
    (``encrypted_a`` and ``encrypted_a_iv``).  Each becomes an
    :class:`~schemalint.model.Annotate` (``source="model"``) on the model's
    table: ``self.table_name = "..."`` or Rails' default, the class name
    demodulized, underscored and pluralized with ActiveSupport's default
    English inflections (``schemalint.frontends.inflector.RAILS``).  A
    model that inherits from another model (not ``ApplicationRecord``/``ActiveRecord::Base``)
    uses its parent's table (single-table inheritance).

Modules: :mod:`.reader` (static evaluation, the per-file context),
:mod:`.columns` (types, column definitions, key names), :mod:`.migration`
(the migration DSL: a handler per method), :mod:`.blocks` (blocks of model
calls, unknown class methods), :mod:`.guards` (existence guards),
:mod:`.globalize` (translation tables), :mod:`.execute` (``execute``'s
literal SQL), :mod:`.revert` (``revert`` blocks: Rails' inverses), :mod:`.datacode` (row-level code, no schema effect),
:mod:`.files` (migration classes, ``schema.rb``), :mod:`.models` (model
evidence).
"""

from __future__ import annotations

import re
from typing import List, Optional

from ...model import FileResult, Location, ParseFailure
from .. import treesitter
from ..inflector import RAILS, underscore
from .columns import foreign_key_name, index_name, rails_type
from .files import _parse_migration
from .models import _parse_model, table_name_for_class
from .reader import _Ctx, _index_heredocs

FORMAT = "rails"
FORMATS = ("rails", "rails-model")

#: ActiveSupport's ``String#pluralize``/``singularize`` with its default
#: English rules (projects' custom inflections are not known)
pluralize = RAILS.pluralize
singularize = RAILS.singularize

__all__ = [
    "FORMAT", "FORMATS", "foreign_key_name", "index_name", "order", "parse", "pluralize",
    "rails_type", "singularize", "table_name_for_class", "underscore",
]


# -- entry points ----------------------------------------------------------------


def parse(source, options=None) -> FileResult:
    """Read one Ruby file (never executes it)."""
    path = source.path
    fmt = getattr(source, "format", None) or FORMAT
    if fmt not in FORMATS:
        fmt = FORMAT
    try:
        return _parse(source, options, fmt)
    except Exception as exc:  # parse must never raise: fail closed, naming the file
        return FileResult(path, fmt, (ParseFailure(
            f"internal error in the Rails frontend ({type(exc).__name__}: {exc}); "
            f"the file was not analysed", Location(path, 1, 1)),))


def _parse(source, options, fmt: str) -> FileResult:
    tree, src = treesitter.parse("ruby", source.text)
    ctx = _Ctx(source.path, src, options, fmt)
    root = tree.root_node
    for err in treesitter.iter_errors(root):
        ctx.changes.append(ParseFailure(
            f"Ruby {treesitter.describe_error(err, src)}; the rest of the file was read",
            treesitter.location(err, source.path, src)))
        break
    _index_heredocs(ctx, root)
    if fmt == "rails-model":
        _parse_model(ctx, root)
    else:
        _parse_migration(ctx, root)
    return FileResult(
        path=source.path, format=fmt, changes=tuple(ctx.changes),
        meta={"version": _version_of(source.path)} if fmt == "rails" else {},
        dialect=ctx.sql.dialect,
        stats={"statements": ctx.statements, "noop": ctx.noop},
    )


_VERSION_RE = re.compile(r"^(\d+)_")


def _version_of(path: str) -> Optional[str]:
    m = _VERSION_RE.match(path.rsplit("/", 1)[-1])
    return m.group(1) if m else None


def order(results: List[FileResult]) -> List[FileResult]:
    """Rails runs migrations by their numeric version prefix
    (``20240101120000_x.rb``, or ``001_x.rb`` in old projects); files
    without one (``schema.rb``) come after, in natural path order."""
    from ...sources import natural_key

    def key(r: FileResult):
        v = _version_of(r.path)
        return (0, int(v), natural_key(r.path)) if v else (1, 0, natural_key(r.path))

    return sorted(results, key=key)
