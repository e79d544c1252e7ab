"""Is a column's value protected at rest?  One answer for every rule and
report, with the evidence.

Protected (in order of strength of evidence):

1. storage-level encryption the frontend saw: an ORM encrypted type or
   field (sqlalchemy-utils ``StringEncryptedType``, django encrypted
   fields, Laravel ``encrypted`` casts, Rails ``encrypts``), a pgsodium
   ``SECURITY LABEL ... ENCRYPT WITH KEY``, or a type the project declares
   encrypted (config ``encrypted-types``, ruleset ``encryption.types``);
2. an ``encrypted=<method>`` annotation on the column or its table;
3. ciphertext naming: ``nik_encrypted``, ``nik_enc``, ``nik_ciphertext``,
   ``encrypted_nik`` (the ruleset's ``encryption`` conventions);
4. keyed-hash naming for lookups: ``*_hmac`` and ``*_bidx`` (a blind index
   is keyed by construction).  Plain ``*_hash`` / ``*_digest`` columns are
   **not** protected by their name alone: an unkeyed hash of a 16-digit
   NIK is reversed by enumeration in minutes.  Mark a keyed hash with
   ``encrypted=hmac-sha256`` (or any method name).

``BYTEA``/``BLOB`` alone is not encryption: binary storage says nothing
about who can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from ..model import Location

#: Defaults, used when the ruleset does not name its own conventions.
CIPHER_SUFFIXES = ("_encrypted", "_enc", "_ciphertext", "_cipher", "_crypt", "_crypted")
CIPHER_PREFIXES = ("encrypted_", "enc_", "cipher_")
KEYED_HASH_SUFFIXES = ("_hmac", "_bidx")
PLAIN_HASH_SUFFIXES = ("_hash", "_hashed", "_digest", "_sha256", "_sha1", "_md5")
ENCRYPTED_TYPES = ("stringencryptedtype", "encryptedtype", "pgp_sym_encrypt")


@dataclass(frozen=True)
class Protection:
    status: str  # "encrypted" | "keyed-hash" | "unkeyed-hash" | "plaintext"
    evidence: str
    location: Optional[Location] = None

    @property
    def protected(self) -> bool:
        return self.status in ("encrypted", "keyed-hash")


def _conventions(ruleset) -> Tuple[tuple, tuple, tuple, tuple, tuple]:
    enc = getattr(ruleset, "encryption", None)

    def get(name, default):
        v = getattr(enc, name, None) if enc is not None else None
        return tuple(x.lower() for x in v) if v else default

    return (get("ciphertext_suffixes", CIPHER_SUFFIXES), get("ciphertext_prefixes", CIPHER_PREFIXES),
            get("keyed_hash_suffixes", KEYED_HASH_SUFFIXES), get("hash_suffixes", PLAIN_HASH_SUFFIXES),
            get("types", ENCRYPTED_TYPES))


def protection(ctx, table, column) -> Protection:
    cipher_sfx, cipher_pfx, keyed_sfx, hash_sfx, enc_types = _conventions(ctx.ruleset)
    if column.encryption:
        how, loc = column.encryption[-1]
        return Protection("encrypted", f"storage encryption: {how}", loc)
    user_types = tuple(getattr(ctx.config, "encrypted_types", ()) or ())
    tname = (column.type.name if column.type else "").lower()
    raw = (column.type.raw if column.type else "").lower()
    for t in enc_types + user_types:
        if t and (tname == t or raw.startswith(t) or raw.split(".")[-1].startswith(t)):
            return Protection("encrypted", f"type {column.type} is an encrypted type", column.location)
    ann = ctx.annotations(table, column).get("encrypted")
    if ann is not None and ann.value.lower() not in ("no", "none", "false", "plaintext"):
        return Protection("encrypted", f"annotation encrypted={ann.value} ({ann.scope} {ann.source})",
                          ann.location)
    name = column.name.lower()
    if name.endswith(keyed_sfx):
        return Protection("keyed-hash", f"name '{column.name}' denotes a keyed hash (HMAC / blind index)",
                          column.location)
    if name.endswith(cipher_sfx) or name.startswith(cipher_pfx):
        return Protection("encrypted", f"name '{column.name}' denotes ciphertext", column.location)
    if name.endswith(hash_sfx):
        return Protection("unkeyed-hash", f"name '{column.name}' denotes a hash, not known to be keyed",
                          column.location)
    return Protection("plaintext", "no encryption evidence", None)
