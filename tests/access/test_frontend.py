"""Access statements read by the SQL frontend (frontends/sql/access.py):
each form becomes the change that says what it grants, in PostgreSQL and
MySQL syntax; what cannot be read is a located note, never silence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemalint.model import (
    PUBLIC,
    UNSET,
    AlterFunction,
    AlterPolicy,
    AlterView,
    CommentOn,
    CreateFunction,
    CreatePolicy,
    CreateRole,
    CreateView,
    DefaultPrivileges,
    DropFunction,
    DropPolicy,
    DropView,
    Grant,
    GrantRole,
    SetOwner,
    SetRowSecurity,
    Skipped,
    TableRef,
)
from tests.conftest import sql_changes


def one(sql, dialect="postgres"):
    got = [c for c in sql_changes(sql, dialect) if not (isinstance(c, Skipped) and c.kind == "noop")]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("sql, want", [
    ("GRANT SELECT ON peserta TO PUBLIC",
     Grant(("SELECT",), (PUBLIC,), None, "objects", (TableRef("peserta"),))),
    ('GRANT SELECT (nik, nama) ON TABLE public.peserta TO anon, "Web" WITH GRANT OPTION',
     Grant(("SELECT",), ("anon", "Web"), None, "objects", (TableRef("peserta", "public"),), (), ("nik", "nama"),
           False, True)),
    ("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public, api TO web_anon",
     Grant(("ALL",), ("web_anon",), None, "schema", (), ("public", "api"))),
    ("REVOKE GRANT OPTION FOR SELECT ON peserta FROM anon CASCADE",
     Grant(("SELECT",), ("anon",), None, "objects", (TableRef("peserta"),), (), (), True, True)),
    ("REVOKE ALL ON peserta FROM GROUP staff, CURRENT_USER",
     Grant(("ALL",), ("staff", "current_user"), None, "objects", (TableRef("peserta"),), revoke=True)),
    ("GRANT EXECUTE ON FUNCTION cari(text), public.f(int) TO anon",
     Grant(("EXECUTE",), ("anon",), None, "functions", (TableRef("cari"), TableRef("f", "public")))),
    ("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
     Grant(("EXECUTE",), (PUBLIC,), None, "all_functions", (), ("public",), revoke=True)),
    ("GRANT USAGE ON SCHEMA public TO anon", Grant(("USAGE",), ("anon",), None, "other")),
])
def test_postgres_grants(sql, want):
    got = one(sql)
    assert got == Grant(want.privileges, want.grantees, got.location, want.scope, want.objects, want.schemas,
                        want.columns, want.revoke, want.grant_option)
    assert got.location.line == 1


@pytest.mark.parametrize("sql, scope, schemas, grantees, columns", [
    ("GRANT SELECT ON opensid.* TO 'web'@'%' IDENTIFIED BY 'x'", "database", ("opensid",), ("web@%",), ()),
    ("GRANT ALL ON *.* TO ''@'localhost'", "global", (), ("@localhost",), ()),
    ("GRANT SELECT ON * TO PUBLIC", "database", (), (PUBLIC,), ()),
    ("GRANT SELECT (`nik`) ON `penduduk` TO web@localhost, `b`@`%`", "objects", (), ("web@localhost", "b@%"),
     ("nik",)),
    ("GRANT SELECT ON opensid.penduduk TO 'u'", "objects", (), ("u@%",), ()),
])
def test_mysql_grants(sql, scope, schemas, grantees, columns):
    got = one(sql, "mysql")
    assert (got.scope, got.schemas, got.grantees, got.columns) == (scope, schemas, grantees, columns)


def test_mysql_revoke_all_and_roles():
    revoke, role = [c for c in sql_changes(
        "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'x'@'%'; GRANT 'r1' TO 'u'@'%';", "mysql")]
    assert (revoke.scope, revoke.revoke, revoke.grantees) == ("global", True, ("x@%",))
    assert role == GrantRole(("r1@%",), ("u@%",), role.location)


def test_role_membership_and_roles():
    assert one("GRANT reader, writer TO anon, bob").roles == ("reader", "writer")
    assert one("REVOKE reader FROM anon").revoke
    role, members = sql_changes("CREATE ROLE web_anon NOLOGIN BYPASSRLS IN ROLE a, b ROLE carol")
    assert (role.name, role.login, role.bypass_rls, role.member_of) == ("web_anon", False, True, ("a", "b"))
    assert members == GrantRole(("web_anon",), ("carol",), members.location)
    user = one("CREATE USER IF NOT EXISTS 'web'@'%' IDENTIFIED BY 'x' COMMENT 'schemalint: audience=public'",
               "mysql")
    assert user == CreateRole("web@%", user.location, True, comment="schemalint: audience=public")


def test_default_privileges():
    d = one("ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT ON TABLES TO anon")
    assert d == DefaultPrivileges(("SELECT",), ("anon",), "tables", d.location, ("public",), ("postgres",))
    r = one("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
    assert (r.kind, r.revoke, r.grantees) == ("functions", True, (PUBLIC,))


def test_row_level_security_and_owners():
    a, b, c = sql_changes("ALTER TABLE ONLY public.t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY, "
                          "OWNER TO app")
    assert a == SetRowSecurity(TableRef("t", "public"), a.location, True, None)
    assert b == SetRowSecurity(TableRef("t", "public"), b.location, None, True)
    assert c == SetOwner("table", TableRef("t", "public"), "app", c.location)
    assert one("ALTER TABLE t NO FORCE ROW LEVEL SECURITY").forced is False
    assert one("ALTER TABLE t DISABLE ROW LEVEL SECURITY").enabled is False
    # an ALTER TABLE that also changes columns is not an access statement
    assert not any(isinstance(x, SetRowSecurity) for x in sql_changes(
        "CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b int, OWNER TO app"))


def test_policies():
    p = one("CREATE POLICY \"own rows\" ON public.profiles AS RESTRICTIVE FOR SELECT TO authenticated, anon "
            "USING (auth.uid() = id) WITH CHECK (true)")
    assert p == CreatePolicy(TableRef("profiles", "public"), "own rows", p.location, "SELECT",
                             ("authenticated", "anon"), False, "auth.uid() = id", "true")
    d = one("CREATE POLICY p ON t USING (x = current_setting('a.b')::int)")
    assert (d.command, d.roles, d.permissive, d.using, d.check) == ("ALL", (PUBLIC,), True,
                                                                    "x = current_setting('a.b')::int", None)
    a = one("ALTER POLICY p ON t TO anon USING (true)")
    assert (a.roles, a.using, a.check) == (("anon",), "true", UNSET)
    assert one("ALTER POLICY p ON t RENAME TO q") == AlterPolicy(TableRef("t"), "p", a.location, rename="q")
    assert one("DROP POLICY IF EXISTS p ON t") == DropPolicy(TableRef("t"), "p", a.location, True)


def test_views():
    v = one("CREATE OR REPLACE VIEW v (a, b) WITH (security_invoker = true, security_barrier) AS\n"
            "  SELECT id, nik FROM peserta WITH LOCAL CHECK OPTION")
    assert (v.view, v.columns, v.replace, v.security_invoker, v.security_barrier) == (
        TableRef("v"), ("a", "b"), True, True, True)
    assert v.query == "SELECT id, nik FROM peserta"
    assert (v.query_location.line, v.query_location.col) == (2, 3)
    m = one("CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT nik FROM peserta WITH NO DATA")
    assert (m.materialized, m.if_not_exists, m.query) == (True, True, "SELECT nik FROM peserta")
    my = one("/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 DEFINER=`root`@`localhost` SQL SECURITY INVOKER */"
             " /*!50001 VIEW `v` AS select `p`.`nik` AS `nik` from `p` */", "mysql")
    assert (my.security_invoker, my.definer, my.query) == (True, "root@localhost", "select `p`.`nik` AS `nik` from `p`")
    (temp,) = sql_changes("CREATE TEMP VIEW t AS SELECT 1")  # lasts one session: counted, not replayed
    assert isinstance(temp, Skipped) and temp.kind == "noop"
    assert one("ALTER VIEW v SET (security_invoker = on)") == AlterView(TableRef("v"), v.location, True)
    assert one("ALTER VIEW v RESET (security_invoker)").security_invoker is False
    assert one("ALTER VIEW v RENAME TO w").rename == TableRef("w")
    assert one("ALTER VIEW v OWNER TO app") == SetOwner("view", TableRef("v"), "app", v.location)
    assert one("DROP VIEW IF EXISTS a, s.b CASCADE") == DropView((TableRef("a"), TableRef("b", "s")), v.location,
                                                                 True)
    redefined = one("ALTER SQL SECURITY DEFINER VIEW v AS SELECT 1", "mysql")
    assert isinstance(redefined, CreateView) and redefined.replace


def test_functions():
    f = one("CREATE FUNCTION f(a int) RETURNS SETOF peserta LANGUAGE sql SECURITY DEFINER "
            "SET search_path = '' AS $$ SELECT * FROM public.peserta $$")
    assert (f.name, f.arguments, f.returns, f.language, f.security_definer, f.search_path) == (
        TableRef("f"), "a int", "SETOF peserta", "sql", True, "''")
    assert f.body == " SELECT * FROM public.peserta " and f.body_location.col == 104
    g = one("CREATE OR REPLACE FUNCTION public.g() RETURNS TABLE(nik text) LANGUAGE plpgsql "
            "SECURITY DEFINER AS $fn$ BEGIN RETURN QUERY SELECT nik FROM p; END $fn$")
    assert (g.returns, g.search_path, g.replace) == ("TABLE(nik text)", None, True)
    m = one("CREATE DEFINER=`root`@`%` FUNCTION f(x int) RETURNS varchar(16) DETERMINISTIC SQL SECURITY INVOKER "
            "RETURN (SELECT nik FROM p LIMIT 1)", "mysql")
    assert (m.security_definer, m.dialect) == (False, "mysql")
    assert one("ALTER FUNCTION f(int) SET search_path TO pg_catalog, public") == AlterFunction(
        TableRef("f"), f.location, None, "pg_catalog, public")
    assert one("ALTER FUNCTION f RESET search_path").search_path is None
    assert one("ALTER FUNCTION f(int) SECURITY DEFINER").security_definer is True
    assert one("DROP FUNCTION IF EXISTS f(int), g") == DropFunction((TableRef("f"), TableRef("g")), f.location, True)
    dynamic = sql_changes("CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                          "EXECUTE 'CREATE TABLE x (a int)'; END $$")
    assert isinstance(dynamic[0], CreateFunction) and "dynamic SQL" in dynamic[1].reason


def test_comments_on_access_objects():
    c = one("COMMENT ON VIEW v IS 'x'")
    assert c == CommentOn("view", TableRef("v"), "x", c.location)
    assert one("COMMENT ON ROLE anon IS 'schemalint: audience=public'").target == TableRef("anon")
    assert one("COMMENT ON FUNCTION f(int) IS NULL").text is None
    assert one("COMMENT ON MATERIALIZED VIEW s.mv IS 'y'").target == TableRef("mv", "s")


@pytest.mark.parametrize("sql", [
    "GRANT SELECT ON TO anon",
    "GRANT SELECT ON peserta anon",
    "CREATE POLICY p ON t FOR SOMETHING",
    "ALTER DEFAULT PRIVILEGES GRANT",
])
def test_unreadable_access_statements_are_located_notes(sql):
    (note,) = sql_changes("\n" + sql)
    assert isinstance(note, Skipped) and note.kind == "unsupported"
    assert "access it gives is not replayed" in note.reason and note.location.line == 2


ACCESS_WORDS = st.sampled_from([
    "GRANT ", "REVOKE ", "SELECT", " ON ", " TO ", " FROM ", "ALL ", "TABLES IN SCHEMA ", "(", ")", ",", "'",
    "\"", "@", "%", "*", ".", "anon", "PUBLIC", "CREATE POLICY ", "USING ", "WITH CHECK ", "CREATE VIEW ", " AS ",
    "ALTER TABLE t ", "ENABLE ROW LEVEL SECURITY", "CREATE FUNCTION ", "RETURNS ", "SECURITY DEFINER ",
    "SET search_path = ", "$$", "ALTER DEFAULT PRIVILEGES ", "FOR ROLE ", "DROP VIEW ", "COMMENT ON ROLE ",
    " IS ", "x", ";", "\n"])


@given(st.lists(ACCESS_WORDS, max_size=30).map("".join), st.sampled_from(["postgres", "mysql"]))
def test_access_statements_never_raise(text, dialect):
    import typing

    from schemalint import model
    from schemalint.frontends.sql import analyse

    changes, stats = analyse(text, "f.sql", dialect)
    assert all(isinstance(c, typing.get_args(model.Change)) for c in changes)
    assert stats["statements"] >= stats["noop"]
