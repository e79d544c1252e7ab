"""ACC004 security-definer-without-search-path: a SECURITY DEFINER function returns high-risk data and does not fix its search_path.

## What it does

PostgreSQL only.  Flags a function or procedure that runs with its
owner's rights (``SECURITY DEFINER``, set on creation or by ``ALTER
FUNCTION``), returns high-risk personal data (``gov_id``, ``health``,
``biometric``, ``financial``, ``family``, ``credential``), and has no
``SET search_path`` clause (or had it reset).  What it returns is traced:
``RETURNS SETOF t`` (every column of ``t``), else the ``SELECT``s of its
body (SQL or PL/pgSQL, including ``RETURN QUERY``) through the same
lineage as views; a body that cannot be traced counts when it names a
high-risk column of a table it names.  The message says who may call it:
PostgreSQL grants ``EXECUTE`` on a new function to ``PUBLIC`` unless
default privileges or a ``REVOKE`` say otherwise.  The finding points at
the statement that left it without a search_path.

Views are not reported here: a view's names are bound when it is created,
so no search_path can redirect them; a view that exposes data with its
owner's rights is ACC003's and ACC001's.  MySQL and MariaDB routines
resolve names in their own database and have no search_path.

## Why it matters

A ``SECURITY DEFINER`` function resolves the unqualified names in its
body through the *caller's* search_path.  A caller who can create a
function, operator or table in any schema on that path (``pg_temp``
always qualifies) can make the function run their code with the owner's
rights -- the owner who can read every NIK.  Supabase exposes such
functions as ``/rpc`` endpoints, so the caller is anyone with the public
API key.  This is CVE-2018-1058's class of attack; PostgreSQL's manual
("Writing SECURITY DEFINER Functions Safely") requires a fixed
search_path.

## Example

```sql fires
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik CHAR(16), nama TEXT);
CREATE FUNCTION cari_peserta(p_nik text) RETURNS SETOF peserta    -- ACC004
  LANGUAGE sql SECURITY DEFINER
  AS $$ SELECT * FROM peserta WHERE nik = p_nik $$;
```

## How to fix

Fix the search_path, qualify the names, and limit who may call it:

```sql passes
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik CHAR(16), nama TEXT);
CREATE FUNCTION cari_peserta(p_nik text) RETURNS SETOF public.peserta
  LANGUAGE sql SECURITY DEFINER SET search_path = ''
  AS $$ SELECT * FROM public.peserta WHERE nik = p_nik $$;
REVOKE EXECUTE ON FUNCTION cari_peserta(text) FROM PUBLIC;
```

Or make it ``SECURITY INVOKER`` if the caller's own rights suffice.  Or
suppress with a reason: ``-- schemalint: ignore[ACC004] -- <why>``.

## Options

None: a ``SET search_path`` clause (any value; ``''`` with qualified
names is the safe one) clears it.
"""

CODE = "ACC004"
NAME = "security-definer-without-search-path"
SEVERITY = "warning"
