"""ACC003 unmasked-view-of-personal-data: a view copies high-risk columns unmasked to more readers than its base table has.

## What it does

Flags a view or materialised view that selects high-risk personal data
(``gov_id``, ``health``, ``biometric``, ``financial``, ``family``,
``credential``) *unchanged* -- not hashed, masked, truncated or aggregated
-- when

- it is granted more broadly than its base table: a role reads the view
  but cannot read the base column itself, or reads only some rows of it
  because row-level security limits it (a view runs with its owner's
  rights, so the base table's RLS does not apply to its readers unless it
  is created ``WITH (security_invoker = true)``, PostgreSQL 15+; MySQL
  ``SQL SECURITY INVOKER``; a materialised view never applies it); or
- it lives in a schema the configuration declares as a reporting or
  analytics schema, or is granted to a role annotated
  ``audience=reporting``.

The view's columns are traced to their base columns through joins,
subqueries, CTEs and unions (sqlglot's ``qualify``), against the base
tables as they were when the view was created, and each step is judged:
a cast, ``COALESCE``, concatenation, ``CASE ... THEN nik``, ``max()`` or
``string_agg()`` pass the value unchanged; ``md5``/``digest``/``hmac``,
``left``/``substr``/``overlay``/``regexp_replace``, ``date_trunc``/
``extract``, ``count``/``sum``/``avg`` do not.  A view column annotated
``schemalint: masked=<how>`` (or the whole view) is taken as masked.  The
finding points at the ``CREATE VIEW``; the grants and base columns are
related locations.

## Why it matters

The quickest way to give analysts "read-only" access is a view in a
reporting schema granted to every analyst.  If it copies ``nik`` and
``diagnosa`` as they are, every analyst account now holds the most
sensitive columns of the system, outside the controls the base table
has -- and in Supabase a view in ``public`` bypasses the row-level
security of the table under it, the classic leak through a "safe"
table.  UU PDP (Law 27/2022) art. 16(2) limits processing to what the
purpose needs; a report rarely needs the identifier itself.

## Example

```sql fires
CREATE TABLE pasien (id BIGINT PRIMARY KEY, nik CHAR(16), diagnosa TEXT);
CREATE VIEW laporan_pasien AS SELECT id, nik, diagnosa FROM pasien;   -- ACC003
GRANT SELECT ON laporan_pasien TO analis;
```

## How to fix

Mask what the report does not need, and declare it:

```sql passes
CREATE VIEW laporan_pasien AS
  SELECT id, encode(hmac(nik, 'k', 'sha256'), 'hex') AS nik_hmac, diagnosa_kode
  FROM pasien;
COMMENT ON COLUMN laporan_pasien.nik_hmac IS 'schemalint: masked=hmac';
```

Or, PostgreSQL 15+, ``CREATE VIEW ... WITH (security_invoker = true)``
so readers need their own rights on the base table (and its RLS
applies).  Or suppress with a reason:
``-- schemalint: ignore[ACC003] -- case managers, same audience as the table``.

## Options

- Config ``[tool.schemalint.access] reporting-schemas = ["reporting",
  "analytics"]``.
- Annotations: ``masked=<how>`` on a view or view column (``COMMENT ON
  COLUMN v.c IS 'schemalint: masked=hash'``); ``audience=reporting`` on a
  role (``COMMENT ON ROLE analis IS 'schemalint: audience=reporting'``).
"""

CODE = "ACC003"
NAME = "unmasked-view-of-personal-data"
SEVERITY = "warning"
