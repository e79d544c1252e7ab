"""Is a column's value protected at rest?  One answer for every rule and
report, with the evidence.

Protected (in order of strength of evidence):

1. storage-level encryption the frontend saw (``ColumnDef.encryption``):
   prisma-field-encryption ``/// @encrypted``, Laravel ``encrypted`` casts,
   Rails ``encrypts`` / Lockbox, a pgsodium ``SECURITY LABEL ... ENCRYPT
   WITH KEY``;
2. an encrypted type or ORM field class: sqlalchemy-utils
   ``StringEncryptedType``/``EncryptedType``, django-fernet-fields and
   django-encrypted-model-fields ``Encrypted*Field``, django-pgcrypto-fields
   ``*PGPSymmetricKeyField``/``*PGPPublicKeyField``, the ruleset's
   ``encryption.encrypted_types``, and types the project declares encrypted
   in configuration (``encrypted-types``); ``*HMACField`` types are keyed
   hashes;
3. an ``encrypted=<method>`` annotation on the column or its table
   (``encrypted=no`` says the opposite; a method starting with ``hmac``,
   ``keyed`` or ``blind-index`` names a keyed hash);
4. keyed-hash naming for lookups: suffixes that are keyed by construction
   (``*_hmac``, ``*_bidx``, ``*_blind_index``);
5. ciphertext naming: ``nik_encrypted``, ``nik_enc``, ``nik_ciphertext``,
   ``encrypted_nik`` (the ruleset's ``encryption`` conventions).

Keyed-hash policy: plain ``*_hash`` / ``*_hashed`` / ``*_digest`` columns
are **not** protected by their name alone, even where a ruleset lists them
as lookup-hash suffixes: an unkeyed hash of a 16-digit NIK is reversed by
enumerating the numbers in minutes.  Mark a keyed hash with
``encrypted=hmac-sha256`` (or any method name starting with ``hmac``).  The
exception is the ``credential`` group (passwords, PINs, security answers,
tokens): those are only ever verified, so a hash (``password_hash``,
``password_digest``) is their proper storage.

``BYTEA``/``BLOB`` alone is not encryption: binary storage says nothing
about who can read it.
"""

from __future__ import annotations

from typing import Optional, Tuple

from .. import lazyre
from ..model import Location
from ..record import dataclass

#: Defaults, used when the ruleset does not name its own conventions.
CIPHER_SUFFIXES = ("_encrypted", "_enc", "_ciphertext", "_cipher", "_crypt", "_crypted")
CIPHER_PREFIXES = ("encrypted_", "enc_", "cipher_")
KEYED_HASH_SUFFIXES = ("_hmac", "_bidx")
PLAIN_HASH_SUFFIXES = ("_hash", "_hashed", "_digest", "_sha256", "_sha1", "_md5")
#: encrypted column types and ORM field classes, lower case, compared with
#: the type name, the last dotted part of the type as written, and the ORM
#: field class a frontend reports.
ENCRYPTED_TYPES = (
    "stringencryptedtype", "encryptedtype", "pgp_sym_encrypt",
    # sqlalchemy-utils, django-cryptography's encrypt(...) wrapper
    "encrypt",
)
#: patterns for ORM field families (django-fernet-fields and
#: encrypted-model-fields ``EncryptedCharField``..., django-pgcrypto-fields
#: ``TextPGPSymmetricKeyField``..., django-searchable-encrypted-fields).
ENCRYPTED_TYPE_PATTERNS = (
    lazyre.compile(r"^encrypted[a-z0-9_]*$"),          # EncryptedCharField, EncryptedTextField, EncryptedType
    lazyre.compile(r"^[a-z0-9_]*encrypted(type|field)$"),  # StringEncryptedType, BinaryEncryptedField
    lazyre.compile(r"^[a-z0-9_]*pgp(symmetric|public)keyfield$"),  # django-pgcrypto-fields
)
#: keyed-hash ORM fields (django-pgcrypto-fields ``TextHMACField``,
#: django-searchable-encrypted-fields ``SearchField``).
KEYED_HASH_TYPE_PATTERNS = (
    lazyre.compile(r"^[a-z0-9_]*hmacfield$"),
)
#: category groups whose values are only ever verified, never read back
#: (passwords, PINs, security answers, tokens): a hash is their protection.
ONE_WAY_GROUPS = ("credential",)
#: annotation values that say "not encrypted".
NOT_ENCRYPTED = ("no", "none", "false", "plaintext", "plain")
#: annotation values (prefixes) that name a keyed hash rather than encryption.
KEYED_HASH_METHODS = ("hmac", "keyed", "blind-index", "blind_index", "bidx")
#: annotation values (prefixes) that name a slow, salted one-way hash, the
#: storage for a secret that is only ever verified: Laravel's ``'hashed'``
#: cast and ``Hash::make``, Rails ``has_secure_password``, Django's
#: ``make_password``, PHP ``password_hash``
SLOW_HASH_METHODS = ("bcrypt", "argon", "scrypt", "pbkdf2", "hashed", "password-hash", "password_hash",
                     "yescrypt")
#: annotation values (prefixes) that name a fast unkeyed hash: enough for a
#: random token, not for a guessable value
FAST_HASH_METHODS = ("sha", "md5", "blake", "hash")
#: the ColumnDef hint a frontend sets when the framework protects a
#: credential column it manages (Laravel's remember token, its password
#: broker's reset tokens, Django's AbstractBaseUser password)
CREDENTIAL_HINT = "credential_protection"


@dataclass(frozen=True)
class Protection:
    #: "encrypted" | "keyed-hash" | "one-way-hash" | "managed" (a framework
    #: protects it) | "unkeyed-hash" | "plaintext"
    status: str
    evidence: str
    location: Optional[Location] = None

    @property
    def protected(self) -> bool:
        return self.status in ("encrypted", "keyed-hash", "one-way-hash", "managed")


def _first(obj, names, default):
    for name in names:
        v = getattr(obj, name, None) if obj is not None else None
        if v is None and isinstance(obj, dict):
            v = obj.get(name)
        if v:
            return tuple(str(x).lower() for x in v)
    return default


#: keyed-hash suffixes that are keyed by construction: an HMAC or a blind
#: index cannot be computed without the key.  Other hash suffixes the
#: ruleset lists (``_hash``, ``_digest``) name a lookup hash whose keying
#: is unknown: they count only with an ``encrypted=hmac-...`` annotation.
KEYED_BY_NAME = ("hmac", "bidx", "blind")


def _conventions(ruleset) -> Tuple[tuple, tuple, tuple, tuple, tuple]:
    """Naming conventions and encrypted types: the ruleset's ``encryption``
    section where it names them, the defaults above otherwise.  Returns
    (ciphertext suffixes, ciphertext prefixes, keyed-hash suffixes,
    hash suffixes not known to be keyed, encrypted types)."""
    enc = getattr(ruleset, "encryption", None)
    lookup = _first(enc, ("keyed_hash_suffixes",), ()) + KEYED_HASH_SUFFIXES
    hashes = _first(enc, ("hash_suffixes", "unkeyed_hash_suffixes", "plain_hash_suffixes"), ()) + PLAIN_HASH_SUFFIXES
    keyed = tuple(dict.fromkeys(x for x in lookup if any(k in x for k in KEYED_BY_NAME)))
    unkeyed = tuple(dict.fromkeys(x for x in lookup + hashes if x not in keyed))
    return (
        _first(enc, ("ciphertext_suffixes", "cipher_suffixes"), CIPHER_SUFFIXES),
        _first(enc, ("ciphertext_prefixes", "cipher_prefixes"), CIPHER_PREFIXES),
        keyed,
        unkeyed,
        tuple(dict.fromkeys(_first(enc, ("encrypted_types", "types"), ()) + ENCRYPTED_TYPES)),
    )


def _group(cat) -> str:
    return getattr(cat, "group", None) or cat.id.split(".", 1)[0]


def type_names(column) -> Tuple[str, ...]:
    """Names a column's type goes by: the normalised type name, the last
    dotted part of the type as written (``sqlalchemy_utils.StringEncryptedType(...)``),
    and the ORM field class or type a frontend reported."""
    out = []
    if column.type is not None:
        out.append((column.type.name or "").lower())
        raw = (column.type.raw or "").split("(", 1)[0].strip().lower()
        if raw:
            out.append(raw.split(".")[-1])
    for key in ("field_class", "orm_type"):
        v = (column.hints or {}).get(key)
        if v:
            out.append(str(v).split("(", 1)[0].strip().lower().split(".")[-1])
    return tuple(n for n in out if n)


def is_credential(cat) -> bool:
    """Is the category a credential (password, PIN, token, security
    answer): a secret that is verified, never read back?  Credentials are
    the CRED rules' decision, not ENC's."""
    return cat is not None and _group(cat) in ONE_WAY_GROUPS


def protection(ctx, table, column) -> Protection:
    cipher_sfx, cipher_pfx, keyed_sfx, hash_sfx, enc_types = _conventions(ctx.ruleset)
    managed = (column.hints or {}).get(CREDENTIAL_HINT)
    if managed and is_credential(ctx.category(table, column)):
        return Protection("managed", managed, column.location)
    if column.encryption:
        how, loc = column.encryption[-1]
        if "hash" in how.lower() or "hmac" in how.lower():
            return Protection("keyed-hash", f"keyed hash: {how}", loc)
        return Protection("encrypted", f"storage encryption: {how}", loc)
    user_types = tuple(getattr(ctx.config, "encrypted_types", ()) or ())
    names = type_names(column)
    for n in names:
        if n in user_types:
            return Protection("encrypted", f"type {n} is declared encrypted in configuration (encrypted-types)",
                              column.location)
        if n in enc_types or any(p.match(n) for p in ENCRYPTED_TYPE_PATTERNS):
            return Protection("encrypted", f"type {n} is an encrypted type", column.location)
        if any(p.match(n) for p in KEYED_HASH_TYPE_PATTERNS):
            return Protection("keyed-hash", f"type {n} stores a keyed hash", column.location)
    ann = ctx.annotations(table, column).get("encrypted")
    if ann is not None and ann.value.strip():  # an empty method is no evidence (ANN001 reports it)
        value = ann.value.strip().lower()
        where = f"{ann.scope} {ann.source} at {ann.location}"
        if value in NOT_ENCRYPTED:
            return Protection("plaintext", f"annotation encrypted={ann.value} ({where}) says it is not encrypted",
                              ann.location)
        if value.startswith(KEYED_HASH_METHODS):
            return Protection("keyed-hash", f"annotation encrypted={ann.value} ({where})", ann.location)
        if value.startswith(SLOW_HASH_METHODS):
            return Protection("one-way-hash", f"annotation encrypted={ann.value} ({where}): a salted one-way "
                                              f"hash", ann.location)
        if value.startswith(FAST_HASH_METHODS):
            if is_credential(ctx.category(table, column)):
                return Protection("one-way-hash", f"annotation encrypted={ann.value} ({where}): a hash, the "
                                                  f"right storage for a secret that is only verified",
                                  ann.location)
            return Protection("unkeyed-hash", f"annotation encrypted={ann.value} ({where}) names an unkeyed "
                                              f"hash (mark a keyed hash with encrypted=hmac-sha256)", ann.location)
        return Protection("encrypted", f"annotation encrypted={ann.value} ({where})", ann.location)
    name = column.name.lower()
    if name.endswith(keyed_sfx):
        return Protection("keyed-hash", f"name '{column.name}' denotes a keyed hash (HMAC / blind index)",
                          column.location)
    if name.endswith(cipher_sfx) or name.startswith(cipher_pfx):
        return Protection("encrypted", f"name '{column.name}' denotes ciphertext", column.location)
    if name.endswith(hash_sfx):
        cat = ctx.category(table, column)
        if cat is not None and _group(cat) in ONE_WAY_GROUPS:
            return Protection("one-way-hash", f"name '{column.name}' denotes a hash, the right storage for a "
                                              f"secret that is only ever verified", column.location)
        return Protection("unkeyed-hash", f"name '{column.name}' denotes a hash, not known to be keyed "
                                          f"(mark a keyed hash with 'schemalint: encrypted=hmac-sha256')",
                          column.location)
    if column.type is not None and column.type.family == "binary":
        return Protection("plaintext", f"no encryption evidence ({column.type} alone is not encryption)", None)
    return Protection("plaintext", "no encryption evidence", None)
