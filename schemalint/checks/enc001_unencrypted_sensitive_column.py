"""ENC001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.enc001`.

Credentials (passwords, PINs, tokens) are CRED001's, not ENC001's
(:meth:`Context.personal_data` leaves them out)."""

from __future__ import annotations

from ..i18n import _
from ..rules.enc001 import CODE
from .enc002_plaintext_sensitive_key import with_the_column

#: groups whose values are looked up by equality: a keyed hash serves the lookup
LOOKUP_GROUPS = ("gov_id",)
LOOKUP_CATEGORIES = ("family.member_id", "financial.card", "financial.bank_account", "contact.email",
                     "contact.phone", "health.medical_record_number")


def _key_text(kind: str) -> str:
    return {"primary": _("in the PRIMARY KEY"), "unique": _("in a UNIQUE key"), "index": _("indexed"),
            "foreign": _("a FOREIGN KEY")}.get(kind, kind)


def _encrypt(lookup: bool) -> str:
    if lookup:
        return _("encrypt it (e.g. pgcrypto, pgsodium or application-level AES-GCM with the key outside the "
                 "database) and mark it 'schemalint: encrypted=<method>', with a keyed hash (HMAC) column for "
                 "lookups")
    return _("encrypt it (e.g. pgcrypto, pgsodium or application-level AES-GCM with the key outside the "
             "database) and mark it 'schemalint: encrypted=<method>'")


def _advice(cat) -> str:
    group = getattr(cat, "group", None) or cat.id.split(".", 1)[0]
    return _encrypt(group in LOOKUP_GROUPS or cat.id in LOOKUP_CATEGORIES)


def check(ctx):
    for table, column, _cls, cat in ctx.personal_data():
        if not getattr(cat, "requires_encryption", False):
            continue
        prot = ctx.protection(table, column)
        if prot.protected:
            continue
        ctype = str(column.type) if column.type else "untyped"
        if prot.status == "unkeyed-hash":
            state = _("as what looks like an unkeyed hash ({type})").format(type=ctype)
            advice = _("an unkeyed hash of a low-entropy identifier is reversed by enumerating the values; use an "
                       "HMAC with a secret key and mark it 'schemalint: encrypted=hmac-sha256'")
        else:
            binary = column.type is not None and column.type.family == "binary"
            state = (_("in plaintext {type} (binary storage alone is not encryption)") if binary
                     else _("in plaintext {type}")).format(type=ctype)
            advice = _advice(cat)
        # keys declared with the column are part of this decision (ENC002 leaves them here)
        keys = sorted(with_the_column(ctx, table, column), key=lambda kl: ctx.order(kl[1]))
        if keys:
            advice += _("; key the table on a surrogate id and look the value up through a keyed-hash column "
                        "({column}_hmac)").format(column=column.name)
            kinds = _(" and ").join(dict.fromkeys(_key_text(k) for k, _loc in keys))
            message = _("{table}.{column} holds {label} {state} and is {keys}, so every index and referencing "
                        "table copies it; {advice}").format(
                table=table.ref, column=column.name, label=ctx.label(cat), state=state, keys=kinds, advice=advice)
        else:
            message = _("{table}.{column} holds {label} {state}; {advice}").format(
                table=table.ref, column=column.name, label=ctx.label(cat), state=state, advice=advice)
        why = (f"{ctx.explain(table, column, cat)}; the ruleset requires encryption for {cat.id}; "
               f"protection: {prot.evidence}"
               + (f"; keys declared at {', '.join(str(loc) for _, loc in keys)}" if keys else ""))
        related = tuple(dict.fromkeys(loc for _, loc in keys if loc != column.location))
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
                          fix=advice, related=related)
