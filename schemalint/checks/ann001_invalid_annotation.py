"""ANN001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ann001`."""

from __future__ import annotations

from ..rules.ann001 import CODE


def _problems(ctx, annotation):
    yield from annotation.errors
    values = annotation.values
    for key, value in values.items():
        if not value.strip() and key != "retention":  # an empty retention is RET003's
            yield f"{key}= has an empty value"
    cat = values.get("category")
    if cat and cat.lower() not in ("none", "no") and cat not in getattr(ctx.ruleset, "categories", {}):
        yield f"category={cat} is not a category of the ruleset"
    purpose = values.get("purpose")
    purposes = getattr(ctx.ruleset, "purposes", None)
    if purpose and purposes is not None and purpose not in purposes:
        known = ", ".join(sorted(purposes)) or "none"
        yield f"purpose={purpose} is not a purpose the ruleset knows (known: {known})"


def check(ctx):
    for table in ctx.schema.tables.values():
        owners = [(table, None)] + [(table, c) for c in table.columns.values()]
        for t, c in owners:
            obj = c if c is not None else t
            for src in obj.annotation_sources():
                where = f"{t.ref}.{c.name}" if c is not None else str(t.ref)
                for problem in _problems(ctx, src.annotation):
                    yield ctx.finding(
                        CODE, src.location, f"annotation on {where}: {problem}", table=t, column=c,
                        why=f"annotation text: {src.annotation.text!r} ({src.source})",
                        fix="see docs/annotations.md for the grammar and keys", suppress=False,
                    )
    for ann, location, reason in getattr(ctx.schema, "orphan_annotations", ()):
        yield ctx.finding(
            CODE, location, f"annotation applies to nothing: {reason}",
            why=f"annotation text: {ann.text!r}",
            fix="put the comment on the line above a column or table definition, or on the same line",
            suppress=False,
        )
