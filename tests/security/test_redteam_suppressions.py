"""Red-team: suppressions a pull request adds to its own migration.

security.md: ``ignore[...]`` in a change is the change's own declaration;
it must carry a reason (SUP001, a warning that fails the gate) so a
reviewer can judge it.  These cases suppress ENC001/MIN001 on a new
plaintext ``pasien.nik`` and pass the gate with no SUP001 and no finding."""

from __future__ import annotations

import pytest

from .test_redteam_sql import gate, known_bypasses

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
ADD = "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"

CASES = {
    # file-ignore[SUP] suppresses the SUP001 that reports the file-ignore's
    # own missing reason (ignore[ENC001,MIN001,SUP001] does not manage it)
    "file-ignore-suppresses-its-own-sup001": "-- schemalint: file-ignore[ENC,MIN,SUP]\n" + ADD,
    # the directive is read inside a SQL string literal: data, not a comment
    "directive-inside-a-string-literal": "INSERT INTO log VALUES ('\n-- schemalint: file-ignore[ENC,MIN] -- x\n');\n" + ADD,
    # a reason that is one zero-width space: invisible in every review UI
    "zero-width-space-reason": "-- schemalint: ignore[ENC001,MIN001] -- \u200b\n" + ADD,
    # category=none needs no reason and is not a suppression: it turns every
    # rule off for the column without SUP001
    "category-none-without-reason": "-- schemalint: category=none\n" + ADD,
}


@pytest.mark.parametrize("case", known_bypasses(
    CASES, "a PR-added suppression hides ENC001 on pasien.nik with no reason a reviewer can see, and the gate passes",
    ["file-ignore-suppresses-its-own-sup001", "zero-width-space-reason"]))
def test_a_suppression_without_a_visible_reason_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, {"db/V1__init.sql": C}, {"db/V2__nik.sql": CASES[case]})
    assert r.code == 1 and any(f["code"] in ("ENC001", "SUP001", "ANN001") for f in findings), findings


def test_control_ignore_without_reason_is_sup001(repo, cli):
    r, findings = gate(repo, cli, {"db/V1__init.sql": C},
                       {"db/V2__nik.sql": "-- schemalint: ignore[ENC001,MIN001,SUP001]\n" + ADD})
    assert r.code == 1 and [f["code"] for f in findings] == ["SUP001"], findings
