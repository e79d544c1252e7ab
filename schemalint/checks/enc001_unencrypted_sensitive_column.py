"""ENC001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.enc001`."""

from __future__ import annotations

from ..rules.enc001 import CODE

#: groups whose values are looked up by equality: a keyed hash serves the lookup
LOOKUP_GROUPS = ("gov_id",)
LOOKUP_CATEGORIES = ("family.member_id", "financial.card", "financial.bank_account", "contact.email",
                     "contact.phone", "health.medical_record_number")


def _advice(cat) -> str:
    group = getattr(cat, "group", None) or cat.id.split(".", 1)[0]
    if group == "credential":
        if cat.id == "credential.token":
            return ("store only a hash of the token (SHA-256 of a random token), or encrypt it if it must be "
                    "read back, and mark it 'schemalint: encrypted=<method>'")
        return ("store only a salted password hash (argon2id, scrypt or bcrypt) in a column named *_hash, "
                "never the value itself")
    base = ("encrypt it (e.g. pgcrypto, pgsodium or application-level AES-GCM with the key outside the "
            "database) and mark it 'schemalint: encrypted=<method>'")
    if group in LOOKUP_GROUPS or cat.id in LOOKUP_CATEGORIES:
        return base + ", with a keyed hash (HMAC) column for lookups"
    return base


def check(ctx):
    for table, column, cls, cat in ctx.personal_columns():
        if not getattr(cat, "requires_encryption", False):
            continue
        prot = ctx.protection(table, column)
        if prot.protected:
            continue
        ctype = str(column.type) if column.type else "untyped"
        if prot.status == "unkeyed-hash":
            state = f"as what looks like an unkeyed hash ({ctype})"
            fix = ("an unkeyed hash of a low-entropy identifier is reversed by enumerating the values; use an "
                   "HMAC with a secret key and mark it 'schemalint: encrypted=hmac-sha256'")
        else:
            binary = column.type is not None and column.type.family == "binary"
            state = f"in plaintext {ctype}" + (" (binary storage alone is not encryption)" if binary else "")
            fix = _advice(cat)
        label = ctx.label(cat)
        message = f"{table.ref}.{column.name} holds {label} {state}; {fix}"
        why = (f"{ctx.explain(table, column, cat)}; the ruleset requires encryption for {cat.id}; "
               f"protection: {prot.evidence}")
        yield ctx.finding(
            CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
            fix=f"{fix}; or suppress: '-- schemalint: ignore[ENC001] -- <reason>'",
        )
