"""Red-team: report injection through names the pull request chooses.

SARIF 2.1.0 (section 3.11.6, "Messages with embedded links"): in
``message.text`` the sequence ``[text](target)`` is an embedded link that
viewers render as a hyperlink (a relatedLocation id, or a URI); a literal
``[`` or ``]`` SHALL be escaped as ``\\[`` / ``\\]``.
schemalint/reporters/sarif.py passes table and column names through
``escape.clean`` only, so a table named ``pasien [details](https://e.vil/)``
puts an attacker's link into the code-scanning alert.  (The Markdown report
shows names in code spans; SARIF has no such protection.)"""

from __future__ import annotations

import json
import re

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
EVIL = 'CREATE TABLE "pasien [see the fix](https://e.vil/fix)" (id int PRIMARY KEY, nik CHAR(16));\n'
UNESCAPED_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")


def _gate_on_evil_name(repo, cli, fmt: str):
    """The PR that adds a table named like a Markdown link, checked by the gate in ``fmt``."""
    repo.write("db/V1__init.sql", C)
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "pr")
    repo.write("db/V2__x.sql", EVIL)
    repo.commit("pr")
    return cli("check", "--no-cache", "--format", fmt, "--diff-base", "main", "--base-config", cwd=repo.path)


def test_sarif_message_has_no_embedded_link_from_a_name(repo, cli):
    r = _gate_on_evil_name(repo, cli, "sarif")
    assert r.code == 1, r.err
    texts = [res["message"]["text"] for res in json.loads(r.out)["runs"][0]["results"]]
    assert texts
    assert not [t for t in texts if UNESCAPED_LINK.search(t)], texts[0][:300]


def test_control_markdown_escapes_the_bracket(repo, cli):
    r = _gate_on_evil_name(repo, cli, "markdown")
    # the name is shown in a code span (or escaped), never as a live link
    for m in re.finditer(r"\[see the fix\]\(https", r.out):
        line = r.out[:m.start()].rsplit("\n", 1)[-1]
        assert line.count("`") % 2 == 1, line
