"""Who counts as anonymous, when a project is Supabase or PostgREST, and
what views and functions hand out (schemalint/access/exposure.py)."""

from __future__ import annotations

from schemalint.config import Config

from .helpers import context, replay_sql


def access(files, dialect="postgres", config=None):
    if isinstance(files, str):
        files = {"a.sql": files}
    return context(replay_sql(files, dialect), config).access()


def test_anonymous_roles():
    acc = access("CREATE ROLE kiosk; COMMENT ON ROLE kiosk IS 'schemalint: audience=public';"
                 "CREATE ROLE analis; COMMENT ON ROLE analis IS 'schemalint: audience=reporting';")
    assert acc.anonymous("public").startswith("PUBLIC")
    assert acc.anonymous("anon") and acc.anonymous("authenticated") and acc.anonymous("web_anon")
    assert acc.anonymous("kiosk") == "annotated audience=public"
    assert acc.anonymous("analis") == "" and acc.reporting_roles == {"analis"}
    assert acc.anonymous("app") == ""


def test_configured_roles_add_to_the_defaults_and_cannot_remove_them(tmp_path):
    from schemalint.config import load_config

    p = tmp_path / ".schemalint.yaml"
    p.write_text("access:\n  anonymous-roles: [tamu]\n  exposed-schemas: [api]\n")
    acc = access("CREATE TABLE t (id int);", config=load_config(str(p)))
    assert acc.anonymous("tamu") and acc.anonymous("anon")
    assert acc.exposed == {"api"}


def test_mysql_accounts():
    acc = access("CREATE TABLE t (id int);", "mysql")
    assert acc.anonymous("@localhost") == "MySQL's anonymous account"
    assert acc.anonymous("web_anon@%")
    assert "any host" in acc.anonymous("laporan@%", "database")
    assert acc.anonymous("laporan@%", "grant") == ""  # one table to a named account: a decision, not an accident
    assert acc.anonymous("laporan@localhost", "database") == ""


def test_platform_detection():
    assert access({"supabase/migrations/1_a.sql": "CREATE TABLE t (id int);"}).platform.kind == "supabase"
    assert access("CREATE TABLE t (id int); GRANT SELECT ON t TO authenticated;").platform.kind == "supabase"
    assert access("CREATE TABLE t (id int); GRANT SELECT ON t TO web_anon;").platform.kind == "postgrest"
    assert access("CREATE ROLE authenticator LOGIN NOINHERIT;").platform.kind == "postgrest"
    plain = access("CREATE TABLE t (id int); GRANT SELECT ON t TO app;")
    assert plain.platform.kind is None and plain.exposed == set()


def test_supabase_default_grants_can_be_revoked():
    schema = replay_sql({"supabase/migrations/1_a.sql": """
        create table a (id int, nik char(16));
        create table b (id int, nik char(16));
        revoke select on b from anon;
        create table private.c (id int, nik char(16));
    """})
    acc = context(schema).access()
    roles = {k: {r.role for r in acc.table_readers(t)} for k, t in schema.tables.items()}
    assert roles == {"a": {"anon", "authenticated"}, "b": {"authenticated"}, "private.c": set()}


def test_view_exposure_and_declared_masking():
    acc = access("""
        CREATE TABLE p (id int, nik char(16), diagnosa text);
        CREATE VIEW v AS SELECT id, nik, diagnosa, md5(nik) AS h FROM p;
        COMMENT ON COLUMN v.diagnosa IS 'schemalint: masked=icd-chapter';
        CREATE VIEW w AS SELECT nik FROM p;
        COMMENT ON VIEW w IS 'schemalint: masked=tokenised';
    """)
    views = {v.ref.name: [(e.name, e.column.name) for e in acc.view_exposed(v)] for v in acc.views()}
    assert views == {"v": [("nik", "nik")], "w": []}


def test_a_view_whose_base_table_was_dropped_is_gone():
    acc = access("CREATE TABLE p (id int, nik char(16)); CREATE VIEW v AS SELECT nik FROM p; DROP TABLE p CASCADE;")
    assert acc.views() == []


def test_what_functions_return():
    acc = access("""
        CREATE TABLE p (id int, nik char(16), nama text);
        CREATE FUNCTION rows_of() RETURNS SETOF p LANGUAGE sql SECURITY DEFINER AS 'SELECT * FROM p';
        CREATE FUNCTION body() RETURNS TABLE(x text) LANGUAGE plpgsql SECURITY DEFINER AS $$
          DECLARE n int; BEGIN SELECT count(*) INTO n FROM p; RETURN QUERY SELECT upper(nik) FROM p; END $$;
        CREATE FUNCTION counted() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS 'SELECT count(nik) FROM p';
        CREATE FUNCTION opaque() RETURNS text LANGUAGE plpgsql SECURITY DEFINER AS $$
          BEGIN IF EXISTS (SELECT FROM p WHERE p.nik = '1') THEN RETURN (SELECT nik FROM p LIMIT 1); END IF; END $$;
        CREATE FUNCTION other() RETURNS text LANGUAGE plv8 SECURITY DEFINER AS $$ return plv8.execute('SELECT nik FROM p') $$;
    """)
    got = {name: sorted({e.column.name for e in acc.function_exposed(f)})
           for name, f in acc.state.functions.items()}
    assert got == {"rows_of": ["nik"], "body": ["nik"], "counted": [], "opaque": ["nik"], "other": ["nik"]}
    callers = {r.role for r in acc.function_callers(acc.state.functions["rows_of"])}
    assert callers == {"public"}
    notes = [n.reason for n in acc.schema.notes]
    assert any("function other" in n and "plv8" in n for n in notes)


def test_config_keys_are_validated(tmp_path):
    import pytest

    from schemalint.config import ConfigError, load_config

    p = tmp_path / ".schemalint.yaml"
    p.write_text("access:\n  anonymous-role: [x]\n")
    with pytest.raises(ConfigError, match="unknown setting access.anonymous-role"):
        load_config(str(p))
    p.write_text("access:\n  exposed-schemas: public\n")
    with pytest.raises(ConfigError, match="access.exposed-schemas must be a list"):
        load_config(str(p))
    p.write_text("[tool.schemalint.access]\napp-roles = ['app']\nmigration-role = 'app'\n")
    q = tmp_path / "pyproject.toml"
    p.rename(q)
    cfg = load_config(str(q))
    assert (cfg.app_roles, cfg.migration_role) == (["app"], "app")
    assert Config().anonymous_roles == []
