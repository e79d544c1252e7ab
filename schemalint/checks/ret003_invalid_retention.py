"""RET003's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ret003`."""

from __future__ import annotations

from ..i18n import _
from ..rules.ret003 import CODE


def check(ctx):
    from ..annotations import RetentionError, parse_retention

    for table in ctx.schema.tables.values():
        owners = [(None, table)] + [(c, c) for c in table.columns.values()]
        for column, obj in owners:
            for src in obj.annotation_sources():
                value = src.annotation.values.get("retention")
                if value is None:
                    continue
                try:
                    parse_retention(value)
                except RetentionError as exc:
                    where = (f"{table.ref}.{column.name}" if column is not None
                             else _("table {table}").format(table=table.ref))
                    cat = ctx.category(table, column) if column is not None else None
                    yield ctx.finding(
                        CODE, src.location, f"{where}: {exc}", table=table, column=column,
                        category=getattr(cat, "id", None),
                        why=f"annotation {src.annotation.text!r} ({src.source}) declares retention={value!r}",
                        fix=_("write the period as P5Y, P18M, P90D, 5y, 90d or 'indefinite', optionally "
                              "followed by 'after <event>', e.g. 'schemalint: retention=P5Y after "
                              "account_closed'"), suppress=False,
                    )
