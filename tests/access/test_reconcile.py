"""A snapshot (structure.sql, a dump) beside the migrations it describes is
one schema: the grants, row-level security, views and functions written
only in the snapshot count, on the tables the migrations created."""

from __future__ import annotations

from schemalint.access import state
from schemalint.config import Config
from schemalint.pipeline import RunOptions, build
from tests.test_reconcile import RAILS_MIGRATION as MIGRATION

STRUCTURE = """SET search_path = public;
CREATE TABLE public.pasien (
    id bigint NOT NULL,
    nama character varying,
    nik character varying(16)
);
ALTER TABLE public.pasien OWNER TO app;
GRANT SELECT ON TABLE public.pasien TO PUBLIC;
ALTER TABLE public.pasien ENABLE ROW LEVEL SECURITY;
CREATE POLICY semua ON public.pasien FOR SELECT USING (true);
CREATE VIEW public.pasien_v AS SELECT pasien.id, pasien.nik FROM public.pasien;
GRANT SELECT ON TABLE public.pasien_v TO anon;
"""


def test_snapshot_access_facts_join_the_migrations(tmp_path, monkeypatch):
    for rel, text in {"db/migrate/20240101000000_create_pasien.rb": MIGRATION,
                      "db/structure.sql": STRUCTURE}.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = build(RunOptions(paths=["."], use_cache=False), Config())
    (schema,) = run.schemas
    st = state(schema)
    table = schema.tables["pasien"]
    assert table.location.path.startswith("db/migrate/")  # the migrations' table ...
    ta = st.table_access(table)  # ... carries the snapshot's access facts
    assert ta.owner == "app" and ta.rls and list(ta.policies) == ["semua"]
    assert [(p.grantee, p.privilege) for p in ta.acl.entries] == [("public", "SELECT")]
    assert list(st.views) == ["pasien_v"]
    acc001 = sorted((f.table, f.location.path, f.location.line) for f in run.findings if f.code == "ACC001")
    assert acc001 == [("pasien", "db/structure.sql", 10), ("pasien_v", "db/structure.sql", 11)]
