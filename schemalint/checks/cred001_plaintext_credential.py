"""CRED001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.cred001`."""

from __future__ import annotations

from ..rules.cred001 import CODE
from .protection import is_credential

MESSAGE = "{table}.{column} stores {label} as it is ({type}); {advice}"
PASSWORD = "store only a salted slow hash (argon2id, scrypt or bcrypt), never the value itself"
TOKEN = "store only a SHA-256 hash of the token, or encrypt it if it must be read back"
#: the hash method a declaration names, by kind of credential
DECLARE = {"token": "sha256", "other": "bcrypt"}


def check(ctx):
    for table, column, cls, cat in ctx.personal_columns():
        if not is_credential(cat):
            continue
        prot = ctx.protection(table, column)
        if prot.protected:
            continue
        token = cat.id.endswith(".token")
        ctype = str(column.type) if column.type else "untyped"
        message = MESSAGE.format(table=table.ref, column=column.name, label=ctx.phrase(cat), type=ctype,
                                 advice=TOKEN if token else PASSWORD)
        why = f"{ctx.explain(table, column, cat)}; protection: {prot.evidence}"
        method = DECLARE["token" if token else "other"]
        yield ctx.finding(
            CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
            fix=f"hash it; if the application already stores only a {method} hash, declare it",
            annotate=(column, {"encrypted": method}))
