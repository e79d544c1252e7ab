"""MIN005's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min005`."""

from __future__ import annotations

from ..i18n import _
from ..rules.min005 import CODE

#: used when the ruleset names none
DEFAULT_NAMES = ("data", "extra", "payload", "meta", "metadata", "catatan", "keterangan", "info",
                 "misc", "notes", "attributes", "properties", "details", "lainnya")
#: VARCHAR of this length or more is free-form text
FREE_TEXT_LENGTH = 255


def _names(ruleset):
    names = getattr(ruleset, "catch_all_names", None) or DEFAULT_NAMES
    phrases = {" ".join(n.lower().replace("_", " ").split()) for n in names}
    words = {p for p in phrases if " " not in p}
    return phrases, words


def _free_form(ctype) -> bool:
    if ctype is None:
        return False
    if ctype.family == "json":
        return True
    if ctype.family == "text":
        n = ctype.length
        return n is None or n >= FREE_TEXT_LENGTH
    return False


def catch_all(name: str, phrases, words) -> bool:
    from ..classify.tokens import split_identifier

    tokens = [t for t in split_identifier(name) if not t.isdigit()]
    if not tokens:
        return False
    return " ".join(tokens) in phrases or all(t in words for t in tokens)


def check(ctx):
    phrases, words = _names(ctx.ruleset)
    for table in ctx.schema.tables.values():
        personal = [(c, ctx.data_category(table, c)) for c in table.columns.values()]
        personal = [(c, cat) for c, cat in personal if cat is not None]
        if not personal:
            continue
        for column in table.columns.values():
            if not _free_form(column.type) or not catch_all(column.name, phrases, words):
                continue
            if "category" in ctx.annotations(table, column):
                continue  # its content is declared
            beside = [(c, cat) for c, cat in personal if c is not column]
            if not beside:
                continue
            shown = ", ".join(c.name for c, _cat in beside[:4]) + (
                _(" and {count} more").format(count=len(beside) - 4) if len(beside) > 4 else "")
            message = _("{table}.{column} is a free-form {type} column with a catch-all name beside personal data "
                        "({columns}); anything can land in it unchecked: replace it with typed, named columns, or "
                        "declare what it holds with 'schemalint: category=<id>' (or category=none)").format(
                table=table.ref, column=column.name, type=column.type, columns=shown)
            why = (f"type {column.type} is free-form ({column.type.family}); name '{column.name}' matches the "
                   f"ruleset's catch_all_names; personal data in {table.ref}: "
                   + ", ".join(f"{c.name}: {cat.id}" for c, cat in beside))
            own = ctx.category(table, column)
            fix = _("move what {column} holds into typed columns; if it holds no personal data, declare "
                    "it").format(column=column.name)
            yield ctx.finding(CODE, column.location, message, table=table, column=column,
                              category=getattr(own, "id", None), why=why, fix=fix,
                              annotate=(column, {"category": "none"}))
