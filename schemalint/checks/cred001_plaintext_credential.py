"""CRED001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.cred001`."""

from __future__ import annotations

from ..i18n import _
from ..rules.cred001 import CODE
from .protection import is_credential

#: the hash method a declaration names, by kind of credential
DECLARE = {"token": "sha256", "other": "bcrypt"}


def check(ctx):
    for table, column, _cls, cat in ctx.personal_columns():
        if not is_credential(cat):
            continue
        prot = ctx.protection(table, column)
        if prot.protected:
            continue
        token = cat.id.endswith(".token")
        ctype = str(column.type) if column.type else "untyped"
        advice = (_("store only a SHA-256 hash of the token, or encrypt it if it must be read back") if token
                  else _("store only a salted slow hash (argon2id, scrypt or bcrypt), never the value itself"))
        message = _("{table}.{column} stores {label} as it is ({type}); {advice}").format(
            table=table.ref, column=column.name, label=ctx.phrase(cat), type=ctype, advice=advice)
        why = f"{ctx.explain(table, column, cat)}; protection: {prot.evidence}"
        method = DECLARE["token" if token else "other"]
        yield ctx.finding(
            CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
            fix=_("hash it; if the application already stores only a {method} hash, declare it").format(
                method=method),
            annotate=(column, {"encrypted": method}))
