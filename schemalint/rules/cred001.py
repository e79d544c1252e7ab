"""CRED001 plaintext-credential: a password, PIN, security answer or secret token is stored as it is.

## What it does

Flags every column of a credential category (the ruleset's ``credential``
group: passwords, PINs, security question answers, API keys, session,
remember, reset and invite tokens, OTP secrets) when nothing shows that
only a hash of it, or ciphertext, is stored.  Evidence that counts, from
the migrations and from the models of the project, in every run
(a pre-commit run on one migration reads the project's models too):

- a hash by name: ``password_hash``, ``password_digest``, ``pin_hash``,
  ``encrypted_password`` (Devise), ``token_sha256``...;
- the framework's own hashing: Laravel's ``'hashed'`` cast (Laravel 10+,
  the default ``users.password`` of Laravel 11), a mutator or accessor
  that stores ``Hash::make()``/``bcrypt()``/``password_hash()``, Rails
  ``has_secure_password`` (``password_digest``), Django's
  ``AbstractBaseUser.password`` (``make_password``: salted PBKDF2 by
  default);
- what a framework does with the columns it defines: Laravel's
  ``rememberToken()`` is accepted only inside the remember-me cookie,
  encrypted and signed with ``APP_KEY``; its password broker's
  ``password_reset_tokens.token`` holds a bcrypt hash;
- encryption evidence as for ENC001 (an encrypted type or cast, Rails
  ``encrypts``, ``encrypted=<method>``);
- an annotation naming the hash: ``schemalint: encrypted=bcrypt`` (also
  ``argon2id``, ``scrypt``, ``pbkdf2``, ``hashed``; ``sha256`` for a random
  token).

Credentials are not ENC001's: who protects them (the authentication code)
and how (a one-way hash, not encryption) differ from personal data, so
``--select CRED`` and ``--ignore CRED`` choose them on their own.  A
credential in a key or an index is this rule's too, not ENC002's.

## Why it matters

A table of plaintext passwords turns one leak into a leak of every
account those people reuse the password for; a plaintext API or reset
token is a key to the account itself.  UU PDP (Law 27/2022) art. 35
requires technical measures that fit the risk; for a secret that is only
ever verified, the measure is not to keep the secret at all, only a
salted slow hash (passwords, PINs) or a hash of a random token.

## Example

```sql fires
CREATE TABLE pengguna (
  id BIGINT PRIMARY KEY,
  username VARCHAR(50),
  password VARCHAR(100),      -- CRED001: a password as it was typed
  api_token VARCHAR(80)       -- CRED001
);
```

## How to fix

Store a salted slow hash of passwords and PINs (argon2id, scrypt or
bcrypt: ``password_hash`` in PHP, Laravel's ``'hashed'`` cast,
``has_secure_password`` in Rails, Django's ``set_password``) and a
SHA-256 hash of random tokens; name the column for it (``password_hash``)
or declare what the application does:

```sql passes
COMMENT ON COLUMN pengguna.password IS 'schemalint: encrypted=bcrypt';
```

The fix hint gives that annotation in the syntax of the file (a Laravel
``->comment()``, a Django ``db_comment=``...); declare it only when it is
true.

## Options

- Ruleset: the categories of the ``credential`` group.
- ``--select CRED`` / ``--ignore CRED`` (or ``select``/``ignore`` in the
  configuration) choose the credential rules apart from ENC.
"""

CODE = "CRED001"
NAME = "plaintext-credential"
SEVERITY = "error"
