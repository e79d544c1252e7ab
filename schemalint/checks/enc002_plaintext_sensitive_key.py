"""ENC002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.enc002`.

A sensitive value that is a key from the start is ENC001's finding (see
:func:`with_the_column`); ENC002 reports keys added later, keys on a
value whose plaintext is accepted, and columns that hold another table's
sensitive value through a foreign key."""

from __future__ import annotations

from ..i18n import _
from ..rules.enc002 import CODE


def _kind_text(kind: str) -> str:
    return {"primary": _("in the PRIMARY KEY"), "unique": _("in a UNIQUE key"), "index": _("indexed"),
            "foreign": _("a FOREIGN KEY")}.get(kind, kind)


def with_the_column(ctx, table, column):
    """The keys ENC001 reports with the plaintext column instead of this
    rule: those declared in the file that created the column (a ``UNIQUE``
    in the ``CREATE TABLE``, the constraints at the end of a dump), when
    ENC001 runs and the column does not suppress it.  Encrypting the value,
    with a keyed hash for lookups, is then one decision; a key added by a
    later migration is a decision of its own, and stays ENC002's."""
    if not ctx.runs("ENC001") or ctx.suppresses(table, column, "ENC001"):
        return []
    return [(k, loc) for k, loc in ctx.keys(column) if loc.path == column.location.path]


def _sensitive(ctx, table, column):
    cat = ctx.data_category(table, column)  # a credential in plaintext is CRED001's, keyed or not
    if cat is None or not getattr(cat, "requires_encryption", False):
        return None
    if ctx.protection(table, column).protected:
        return None
    return cat


def _referenced(ctx, column):
    """The column a foreign key points at, with its table, or (None, None)."""
    ref = column.references
    if ref is None:
        return None, None
    target = ctx.find_table(ref.table)
    if target is None:
        return None, None
    if ref.columns:
        col = target.columns.get(ref.columns[0].lower())
    else:  # REFERENCES t: the primary key of t
        pks = [c for c in target.columns.values() if c.primary_key]
        col = pks[0] if len(pks) == 1 else None
    return target, col


def check(ctx):
    for table in ctx.schema.tables.values():
        for column in table.columns.values():
            keys = ctx.keys(column)
            if not keys:
                continue
            cat = _sensitive(ctx, table, column)
            via = None
            if cat is not None:
                folded = with_the_column(ctx, table, column)
                keys = [k for k in keys if k not in folded]
                if not keys:
                    continue
            if cat is None and column.references is not None:
                # a column that holds another table's sensitive value under another name
                rtable, rcol = _referenced(ctx, column)
                if rcol is not None:
                    cat = _sensitive(ctx, rtable, rcol)
                    if cat is not None:
                        via = (rtable, rcol)
                        keys = [(k, loc) for k, loc in keys if k == "foreign"] or keys
            if cat is None:
                continue
            keys.sort(key=lambda kl: ctx.order(kl[1]))
            kind, where = keys[0]
            kinds = []
            for k, _loc in keys:
                if _kind_text(k) not in kinds:
                    kinds.append(_kind_text(k))
            label = ctx.label(cat)
            ctype = str(column.type) if column.type else "untyped"
            what = _(" and ").join(kinds)
            if via is not None:
                rtable, rcol = via
                message = _("{table}.{column} references {rtable}.{rcolumn} and so holds {label} in plaintext "
                            "{type}, copied into every row of {table}; reference a surrogate id of {rtable} "
                            "instead").format(table=table.ref, column=column.name, rtable=rtable.ref,
                                              rcolumn=rcol.name, label=label, type=ctype)
                why = (f"{table.ref}.{column.name} is {what} to {rtable.ref}.{rcol.name}, "
                       f"{ctx.explain(rtable, rcol, cat)}; the ruleset requires encryption for {cat.id}; "
                       f"protection of {rtable.ref}.{rcol.name}: {ctx.protection(rtable, rcol).evidence}")
            else:
                if any(k in ("primary", "foreign") for k, _ in keys):
                    todo = _("key the table on a surrogate id (identity or UUID) and look the value up through "
                             "a keyed-hash column (e.g. {column}_hmac) instead").format(column=column.name)
                else:
                    todo = _("put the unique key or index on a keyed-hash column (e.g. {column}_hmac) "
                             "instead").format(column=column.name)
                message = _("{table}.{column} holds {label} in plaintext {type} and is {keys}, so every index "
                            "and referencing table copies it; {todo}").format(
                    table=table.ref, column=column.name, label=label, type=ctype, keys=what, todo=todo)
                why = (f"{ctx.explain(table, column, cat)}; the ruleset requires encryption for {cat.id}; "
                       f"{what} declared at {', '.join(str(loc) for _, loc in keys)}; "
                       f"protection: {ctx.protection(table, column).evidence}")
            related = tuple(dict.fromkeys(
                [loc for _, loc in keys[1:] if loc != where]
                + ([column.location] if column.location != where else [])
                + ([via[1].location] if via is not None else [])))
            yield ctx.finding(
                CODE, where, message, table=table, column=column, category=cat.id, why=why,
                fix=_("use a surrogate key (BIGINT identity or UUID) for primary and foreign keys; index a "
                      "keyed hash (HMAC-SHA256 with a secret key, named *_hmac or marked "
                      "'schemalint: encrypted=hmac-sha256') for lookups"),
                related=related,
            )
