"""Replaying access statements: what each grant reaches, in the order the
migrations run, with PostgreSQL's own semantics (ALL TABLES IN SCHEMA is a
snapshot, default privileges apply to later objects, grants follow a table
through renames and die with it)."""

from __future__ import annotations

from schemalint.model import PUBLIC

from .helpers import access_of, readers, replay_sql


def test_all_tables_in_schema_reaches_existing_tables_only():
    schema, _ = access_of("""
        CREATE TABLE a (id int);
        CREATE TABLE api.b (id int);
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO web;
        CREATE TABLE c (id int);
    """)
    assert readers(schema, "a") == {("web", "schema", "all")}
    assert readers(schema, "api.b") == set()  # another schema
    assert readers(schema, "c") == set()  # created afterwards


def test_default_privileges_reach_later_tables_only_until_revoked():
    schema, _ = access_of("""
        CREATE TABLE a (id int);
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader;
        CREATE TABLE b (id int);
        CREATE TABLE api.x (id int);
        ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM reader;
        CREATE TABLE c (id int);
    """)
    assert readers(schema, "a") == set()
    assert readers(schema, "b") == {("reader", "default", "all")}
    assert readers(schema, "api.x") == set()
    assert readers(schema, "c") == set()


def test_default_privileges_at_the_end_of_the_files_still_apply_to_tables_after_them():
    schema = replay_sql({
        "V1.sql": "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;",
        "V2.sql": "CREATE TABLE t (id int);",  # no access statement after it
    })
    assert readers(schema, "t") == {(PUBLIC, "default", "all")}


def test_grants_follow_renames_and_die_with_the_table():
    schema, _ = access_of("""
        CREATE TABLE a (id int);
        GRANT SELECT ON a TO web;
        ALTER TABLE a RENAME TO b;
        CREATE TABLE c (id int);
        GRANT SELECT ON c TO web;
        DROP TABLE c;
        CREATE TABLE c (id int);
    """)
    assert readers(schema, "b") == {("web", "grant", "all")}
    assert readers(schema, "c") == set()


def test_revokes_table_and_column_level():
    schema, st = access_of("""
        CREATE TABLE t (a int, b int, nik char(16));
        GRANT SELECT (a, nik) ON t TO x;
        GRANT ALL ON t TO y;
        REVOKE SELECT (nik) ON t FROM x;
        REVOKE SELECT ON t FROM y;
        GRANT SELECT (b) ON t TO z;
        REVOKE SELECT ON t FROM z;
    """)
    assert readers(schema, "t", "a") == {("x", "grant", "all")}
    assert readers(schema, "t", "nik") == set()
    entries = {(e.grantee, e.privilege) for e in st.table(schema.tables["t"]).acl.entries}
    assert ("y", "INSERT") in entries and ("y", "SELECT") not in entries and ("y", "ALL") not in entries
    assert not any(g == "z" for g, _ in entries)  # a table-level revoke takes the column grants too


def test_membership_is_inherited_transitively():
    schema, st = access_of("""
        CREATE TABLE t (id int);
        GRANT SELECT ON t TO base;
        GRANT base TO middle;
        GRANT middle TO anon;
        GRANT base TO gone;
        REVOKE base FROM gone;
    """)
    got = readers(schema, "t")
    assert ("anon", "member", "all") in got and ("middle", "member", "all") in got
    assert not any(r[0] == "gone" for r in got)
    assert set(st.member_of("anon")) == {"middle", "base"}


def test_row_level_security_decides_the_rows():
    schema, _ = access_of("""
        CREATE TABLE t (id int, owner_id int);
        GRANT SELECT ON t TO a, b, c, d;
        ALTER TABLE t OWNER TO d;
        CREATE ROLE c BYPASSRLS;
        ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON t FOR SELECT TO a USING (owner_id = 1);
        CREATE POLICY open ON t FOR ALL TO b USING (true);
        CREATE POLICY writes ON t FOR INSERT TO a WITH CHECK (true);
    """)
    got = {r[0]: r[2] for r in readers(schema, "t") if r[1] == "grant"}
    assert got == {"a": "some", "b": "all", "c": "all", "d": "all"}


def test_restrictive_policies_and_force():
    schema, _ = access_of("""
        CREATE TABLE t (id int);
        GRANT SELECT ON t TO a, o;
        ALTER TABLE t OWNER TO o;
        ALTER TABLE t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
        CREATE POLICY open ON t FOR SELECT USING (true);
        CREATE POLICY tenant ON t AS RESTRICTIVE FOR SELECT TO a USING (id = 1);
    """)
    got = {r[0]: r[2] for r in readers(schema, "t") if r[1] == "grant"}
    assert got == {"a": "some", "o": "all"}  # o: the open policy, and forced RLS applies to it too


def test_policy_changes_are_replayed():
    schema, st = access_of("""
        CREATE TABLE t (id int);
        ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON t USING (id = 1);
        ALTER POLICY p ON t RENAME TO q;
        ALTER POLICY q ON t TO anon USING (true);
        CREATE POLICY r ON t USING (true);
        DROP POLICY r ON t;
        DROP POLICY IF EXISTS nothing ON t;
    """)
    ta = st.table(schema.tables["t"])
    assert list(ta.policies) == ["q"]
    assert ta.policies["q"].roles == ("anon",) and ta.policies["q"].open
    assert not schema.notes


def test_views_keep_grants_on_replace_and_lose_them_on_drop():
    schema, st = access_of("""
        CREATE TABLE t (id int, nik char(16));
        CREATE VIEW v AS SELECT id FROM t;
        GRANT SELECT ON v TO anon;
        CREATE OR REPLACE VIEW v AS SELECT id, nik FROM t;
        CREATE VIEW w AS SELECT id FROM t;
        GRANT SELECT ON w TO anon;
        DROP VIEW w;
        CREATE VIEW w AS SELECT id FROM t;
        ALTER TABLE v RENAME TO v2;
    """)
    assert [p.grantee for p in st.views["v2"].acl.entries] == ["anon"]
    assert st.views["v2"].query == "SELECT id, nik FROM t"
    assert st.views["w"].acl.entries == []


def test_functions_are_executable_by_public_unless_default_privileges_say_otherwise():
    _, st = access_of("""
        CREATE FUNCTION a() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
        ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
        CREATE FUNCTION b() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
        REVOKE EXECUTE ON FUNCTION a() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION a() TO app;
    """)
    assert [(p.grantee, p.privilege) for p in st.functions["a"].acl.entries] == [("app", "EXECUTE")]
    assert st.functions["b"].acl.entries == []


def test_mysql_database_grants_reach_tables_created_later():
    schema, st = access_of("""
        GRANT SELECT ON opensid.* TO 'web'@'%';
        CREATE TABLE penduduk (id int, nik char(16));
        CREATE TABLE other.x (id int);
        GRANT ALL ON *.* TO 'dba'@'localhost';
        REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'dba'@'localhost';
    """, "mysql")
    assert readers(schema, "penduduk") == {("web@%", "database", "all")}
    assert readers(schema, "other.x") == set()


def test_unknown_objects_are_located_notes():
    schema, _ = access_of("""
        GRANT SELECT ON nowhere TO anon;
        ALTER TABLE nowhere ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON nowhere USING (true);
        DROP VIEW nothing;
        ALTER DEFAULT PRIVILEGES FOR ROLE admin GRANT SELECT ON TABLES TO anon;
    """)
    reasons = [(n.location.line, n.reason) for n in schema.notes]
    assert [line for line, _ in reasons] == [2, 5, 6]  # one note per unknown table
    assert "never create" in reasons[0][1] and "FOR ROLE admin" in reasons[-1][1]


def test_counts_by_kind():
    _, st = access_of("""
        CREATE TABLE t (id int);
        GRANT SELECT ON t TO a; REVOKE SELECT ON t FROM a; GRANT a TO b;
        ALTER TABLE t ENABLE ROW LEVEL SECURITY; CREATE POLICY p ON t USING (true);
        CREATE VIEW v AS SELECT 1; CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        CREATE ROLE r; ALTER TABLE t OWNER TO r;
        ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO a;
    """)
    assert st.counts == {"grants": 1, "revokes": 1, "role_grants": 1, "default_privileges": 1, "row_security": 1,
                         "policies": 1, "views": 1, "functions": 1, "security_definer": 1, "roles": 1,
                         "owners": 1}


def test_access_changes_survive_the_cache():
    from schemalint import cache
    from schemalint.frontends.sql import analyse

    sql = ("GRANT SELECT (a) ON t TO anon; CREATE POLICY p ON t USING (true); "
           "CREATE VIEW v WITH (security_invoker) AS SELECT 1; ALTER POLICY p ON t RENAME TO q; "
           "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE ROLE r IN ROLE s;")
    changes, _ = analyse(sql, "a.sql", "postgres")
    import json

    assert list(cache.decode(json.loads(json.dumps(cache.encode(changes))))) == changes
