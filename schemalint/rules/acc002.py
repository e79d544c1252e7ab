"""ACC002 row-level-security-missing: personal data in an exposed schema without row-level security.

## What it does

PostgreSQL only (MySQL and MariaDB have no row-level security). Flags a
table that holds personal data and lives in a schema an API exposes,
when row-level security (RLS) is not enabled on it: through Supabase or
PostgREST every row is then readable by whoever the API serves.  A
schema is exposed when the configuration lists it in ``exposed-schemas``,
and ``public`` is exposed when the project is a Supabase or PostgREST
one: its migrations are under a ``supabase/`` directory, or they grant to
``anon``, ``authenticated`` or ``web_anon``, or create the
``authenticator`` role.  The finding points at the statement that gave
the table its first personal-data column, or at the ``DISABLE ROW LEVEL
SECURITY`` that switched it off.  A Supabase table from which the
migrations revoke ``SELECT`` for both ``anon`` and ``authenticated`` is
not reachable through the API and is not reported.

Two more cases, with their own severity:

- RLS is enabled but the table has **no policy**: PostgreSQL then denies
  every row to every role except the table's owner (and ``BYPASSRLS``
  roles).  That is safe for privacy, so it is only a *hint* that the API
  cannot use the table.
- RLS is enabled with policies but not **forced**, and the table's owner
  (``ALTER TABLE ... OWNER TO``, else the configured ``migration-role``)
  is one of the configured ``app-roles``: the owner is exempt from its
  table's policies unless ``FORCE ROW LEVEL SECURITY`` is set, so the
  application's own queries see every row (a *warning*; any schema).

## Why it matters

Supabase and PostgREST turn every table of the exposed schema into an
HTTP endpoint, and Supabase grants its ``anon`` and ``authenticated``
roles every such table.  Without RLS, the project's public API key reads
every row: a ``profiles`` table with a ``nik`` column is a published
list of national ID numbers.  Supabase's own advisor flags tables
without RLS but cannot say which of them hold personal data; this rule
reports exactly those.  UU PDP (Law 27/2022) art. 35 requires technical
measures against unauthorised access.

## Example

```sql fires
-- supabase/migrations/20240101000000_profiles.sql
CREATE TABLE public.profiles (    -- ACC002: no RLS, exposed through the API
  id UUID PRIMARY KEY REFERENCES auth.users,
  nama TEXT,
  nik CHAR(16)
);
```

## How to fix

Enable RLS and say who may read which rows:

```sql passes
-- supabase/migrations/20240101000000_profiles.sql
CREATE TABLE public.profiles (
  id UUID PRIMARY KEY REFERENCES auth.users,
  nama TEXT,
  nik CHAR(16)
);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own profile" ON public.profiles FOR SELECT
  TO authenticated USING (auth.uid() = id);
```

Or keep the table in a schema the API does not expose.  If the whole
table is meant to be public, suppress with a reason:
``-- schemalint: ignore[ACC002] -- directory of public officials``.

## Options

- Config ``[tool.schemalint.access] exposed-schemas = ["api"]`` declares
  the schemas an API serves (added to ``public`` when a Supabase or
  PostgREST project is detected).
- ``app-roles = ["app"]`` names the roles the application connects as,
  and ``migration-role = "app"`` the role that runs the migrations (and so
  owns the tables they create without ``OWNER TO``): both drive the FORCE
  check.
"""

CODE = "ACC002"
NAME = "row-level-security-missing"
SEVERITY = "error"
