"""View lineage: every output column traced to its base columns, and
judged: copied unchanged, or hashed, masked, truncated, aggregated,
derived."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemalint.access import state
from schemalint.access.lineage import base_sources, trace_view

from .helpers import access_of

BASE = """
CREATE TABLE peserta (id int PRIMARY KEY, nik varchar(16), nama text, tgl_lahir date, gaji numeric);
CREATE TABLE pasien (id int, peserta_id int, diagnosa text);
"""


def lineage(sql: str, view: str = "v", dialect: str = "postgres"):
    schema, st = access_of(BASE + sql, dialect)
    v = st.views[view]
    traced = trace_view(v, schema.files)
    return {c.name: sorted((s.relation.ref.name, s.column, s.exposure) for s in base_sources(v, c, schema.files))
            for c in traced.columns}, traced


@pytest.mark.parametrize("expr, exposure", [
    ("p.nik", "copy"), ("nik::text", "copy"), ("coalesce(nik, '-')", "copy"), ("upper(nik)", "copy"),
    ("'ID ' || nik", "copy"), ("concat(nama, nik)", "copy"), ("max(nik)", "copy"), ("string_agg(nik, ',')", "copy"),
    ("CASE WHEN gaji > 0 THEN nik END", "copy"), ("json_build_object('n', nik)", "copy"), ("gaji * 12", "copy"),
    ("md5(nik)", "hashed"), ("encode(digest(nik, 'sha256'), 'hex')", "hashed"), ("sha256(nik::bytea)", "hashed"),
    ("pgp_sym_encrypt(nik, 'k')", "hashed"),
    ("left(nik, 6)", "masked"), ("substr(nik, 1, 6)", "masked"), ("overlay(nik placing '****' from 7)", "masked"),
    ("regexp_replace(nik, '.', '*', 'g')", "masked"), ("mask_nik(nik)", "masked"),
    ("date_trunc('year', tgl_lahir)", "truncated"), ("extract(year from tgl_lahir)", "truncated"),
    ("round(gaji, -6)", "truncated"),
    ("count(nik)", "aggregated"), ("avg(gaji)", "aggregated"),
    ("length(nik)", "derived"), ("nik = '1'", "derived"), ("some_udf(nik)", "derived"),
])
def test_expressions_are_judged(expr, exposure):
    got, traced = lineage(f"CREATE VIEW v AS SELECT {expr} AS x FROM peserta p GROUP BY p.id;")
    assert not traced.problems
    col = "gaji" if "gaji" in expr and "nik" not in expr else "tgl_lahir" if "tgl_lahir" in expr else "nik"
    assert ("peserta", col, exposure) in got["x"]


def test_a_case_condition_is_not_the_value():
    got, _ = lineage("CREATE VIEW v AS SELECT CASE WHEN nik IS NULL THEN 'no' ELSE nama END AS x FROM peserta;")
    assert got["x"] == [("peserta", "nama", "copy"), ("peserta", "nik", "derived")]


def test_star_expands_to_the_columns_at_creation():
    got, _ = lineage("CREATE VIEW v AS SELECT * FROM peserta; ALTER TABLE peserta ADD COLUMN npwp text;")
    assert list(got) == ["id", "nik", "nama", "tgl_lahir", "gaji"]


def test_joins_ctes_unions_subqueries_and_views_over_views():
    got, _ = lineage("""
        CREATE VIEW inner_v AS SELECT p.id, p.nik AS no_induk, d.diagnosa FROM peserta p JOIN pasien d
          ON d.peserta_id = p.id;
        CREATE VIEW v (a, b, c) AS
          WITH x AS (SELECT no_induk, diagnosa FROM inner_v)
          SELECT x.no_induk, (SELECT max(nama) FROM peserta), left(x.diagnosa, 3) FROM x
          UNION SELECT nama, 'q', diagnosa FROM peserta, pasien;
    """)
    assert got["a"] == [("peserta", "nama", "copy"), ("peserta", "nik", "copy")]
    assert got["b"] == [("peserta", "nama", "copy")]
    assert got["c"] == [("pasien", "diagnosa", "copy"), ("pasien", "diagnosa", "masked")]


def test_columns_are_located_in_the_query():
    schema, st = access_of(BASE + "CREATE VIEW v AS\n  SELECT id,\n         nik FROM peserta;")
    cols = trace_view(st.views["v"], schema.files).columns
    assert [(c.name, c.location.line, c.location.col) for c in cols] == [("id", 5, 10), ("nik", 6, 10)]


def test_mysql_views():
    got, _ = lineage("CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v` AS "
                     "select `p`.`nik` AS `nik`, md5(`p`.`nama`) AS `h` from `peserta` `p`;", dialect="mysql")
    assert got == {"nik": [("peserta", "nik", "copy")], "h": [("peserta", "nama", "hashed")]}


def test_what_cannot_be_traced_is_said():
    _, traced = lineage("CREATE VIEW v AS SELECT x.* FROM auth.users x;")
    assert traced.unknown == ["auth.users"] and "cannot be expanded" in traced.problems[0]
    _, traced = lineage("CREATE VIEW v AS SELECT nik FROM peserta WHERE;")
    assert "cannot be parsed" in traced.problems[0]


def test_an_untraceable_view_someone_reads_becomes_a_note_in_a_run(tmp_path):
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    (tmp_path / "schema.sql").write_text(BASE + "CREATE VIEW v AS SELECT nik FROM peserta WHERE;\n"
                                         "GRANT SELECT ON v TO analyst;\n")
    run = build(RunOptions(paths=[str(tmp_path)], dialect="postgres", use_cache=False), Config())
    notes = [n for n in run.notes if "view v" in n.reason]
    assert len(notes) == 1 and notes[0].location.line == 4 and "not fully traced" in notes[0].reason


def test_a_view_only_its_owner_reads_is_not_traced_by_check_but_by_the_audit(tmp_path):
    """No access rule has a question about a view nobody but its owner
    reads, so ``check`` does not trace it (tracing imports sqlglot's
    optimizer); the audit, which lists every reader of every high-risk
    column, traces it and says what it cannot trace."""
    from schemalint.audit.inventory import build_inventory
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    (tmp_path / "schema.sql").write_text(BASE + "CREATE VIEW v AS SELECT nik FROM peserta WHERE;\n")
    run = build(RunOptions(paths=[str(tmp_path)], dialect="postgres", use_cache=False), Config())
    assert not [n for n in run.notes if "view v" in n.reason]
    assert all(v.traced is None for s in run.schemas for v in state(s).views.values())
    inv = build_inventory(run, Config())
    notes = [n for n in inv.notes if "view v" in n.reason]
    assert len(notes) == 1 and "not fully traced" in notes[0].reason and notes[0].location.line == 4
    assert inv.summary["notes"] == len(inv.notes)


QUERY_WORDS = st.sampled_from([
    "SELECT ", "*", "nik", "p.nik", "nama", " FROM ", "peserta", " p", " JOIN ", "pasien d", " ON ", "true",
    " UNION ", " WITH x AS (", ")", "(", ",", " AS ", "md5(", "left(", "count(", " WHERE ", "=", "'x'",
    "(SELECT ", " GROUP BY 1", " x", "x.", "v0", "CASE WHEN ", " THEN ", " END", " LATERAL "])


@given(st.lists(QUERY_WORDS, min_size=1, max_size=25).map("".join))
@settings(deadline=None, max_examples=60)
def test_tracing_any_view_never_raises(query):
    schema, st_ = access_of(BASE + "CREATE VIEW v0 AS SELECT nik FROM peserta;\nCREATE VIEW v AS " + query + ";")
    v = st_.views.get("v")
    if v is not None:
        traced = trace_view(v, schema.files)
        for c in traced.columns:
            base_sources(v, c, schema.files)
