"""Red-team (fixed: frontends/sql.up_sections): single-file up/down SQL migrations (goose, dbmate,
sql-migrate).  schemalint knows down migrations only as separate files
(``U2__x.sql``, ``*.down.sql``: schemalint/frontends/sql/__init__.py:76)
and replays the *down* section of a single file as if it ran: every
goose/dbmate migration that adds a column and drops it in its Down section
passes the gate, honest or not."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
A = "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"
DROP = "ALTER TABLE pasien DROP COLUMN nik;\n"

CASES = {
    "goose": ({"migrations/00001_init.sql": "-- +goose Up\n" + C},
              {"migrations/00002_nik.sql": "-- +goose Up\n" + A + "\n-- +goose Down\n" + DROP}),
    "goose-statement-begin": ({"migrations/00001_init.sql": "-- +goose Up\n" + C},
                              {"migrations/00002_nik.sql": "-- +goose Up\n-- +goose StatementBegin\n" + A
                               + "-- +goose StatementEnd\n\n-- +goose Down\n-- +goose StatementBegin\n" + DROP
                               + "-- +goose StatementEnd\n"}),
    "goose-create-table": ({"migrations/00001_x.sql": "-- +goose Up\nCREATE TABLE x (id int);\n"},
                           {"migrations/00002_pasien.sql": "-- +goose Up\nCREATE TABLE pasien (id int PRIMARY KEY, "
                            "nik CHAR(16));\n\n-- +goose Down\nDROP TABLE pasien;\n"}),
    "dbmate": ({"db/migrations/20200101000000_init.sql": "-- migrate:up\n" + C},
               {"db/migrations/20200102000000_nik.sql": "-- migrate:up\n" + A + "\n-- migrate:down\n" + DROP}),
    "sql-migrate": ({"migrations/1_init.sql": "-- +migrate Up\n" + C},
                    {"migrations/2_nik.sql": "-- +migrate Up\n" + A + "\n-- +migrate Down\n" + DROP}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_single_file_up_down_migration_adding_nik_fails_the_gate(repo, cli, case):
    base, pr = CASES[case]
    r, findings = gate(repo, cli, base, pr)
    assert_caught(r, findings)


def test_control_separate_down_files_are_not_applied(repo, cli):
    r, findings = gate(repo, cli, {"migrations/1_init.up.sql": C},
                       {"migrations/2_nik.up.sql": A, "migrations/2_nik.down.sql": DROP})
    assert_caught(r, findings)
