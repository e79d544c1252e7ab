"""Every example on a rule's page does what the page says (squawk's
``docs_example_*`` habit): a page can never show an example that does not.

A rule's page is its docstring (``schemalint/rules/<code>.py``, written to
``docs/rules/<CODE>.md``).  Its SQL examples are fenced blocks marked
``sql fires`` (the rule reports it) or ``sql passes`` (it does not).  A
block is one file, ``example.sql``, unless comment lines naming ``.sql``
paths (``-- supabase/migrations/0001_profiles.sql``) split it into files
replayed in order under those paths.  A trailing ``-- CODE`` comment on a
line says that rule reports that line: for the page's own rule in a
``fires`` block, exactly the marked lines; for any other rule, at least
those.  Each block runs through the command line (``schemalint check
--isolated --no-cache``, the default ruleset) on a directory of its own.
"""

from __future__ import annotations

import json
import os
import re
from typing import Dict, List, Set, Tuple

import pytest

from schemalint.cli import main
from schemalint.rules import builtin_rules

FENCE_RE = re.compile(r"^```([^\n]*)\n(.*?)^```[ \t]*$", re.M | re.S)
#: a comment line that names the file the lines after it are in
FILE_RE = re.compile(r"^--\s+([\w./-]+\.sql)\s*$")
RULES = builtin_rules()
CODES = {r.code for r in RULES}
#: a comment that opens with a rule's code: ``-- ENC001: NIK in plaintext``
MARK_RE = re.compile(r"--\s*(" + "|".join(sorted(CODES, key=len, reverse=True)) + r")\b")
KINDS = ("fires", "passes")


def examples() -> List[Tuple[str, int, str, str]]:
    """(code, index on the page, kind, text) of every fenced block."""
    out = []
    for rule in RULES:
        for i, m in enumerate(FENCE_RE.finditer(rule.doc), 1):
            words = m.group(1).split()
            out.append((rule.code, i, " ".join(words[1:]) if words[:1] == ["sql"] else m.group(1), m.group(2)))
    return out


EXAMPLES = examples()


def split_files(text: str) -> List[Tuple[str, str]]:
    """The block's files: (relative path, text)."""
    files: List[Tuple[str, List[str]]] = []
    for line in text.split("\n"):
        m = FILE_RE.match(line)
        if m:
            files.append((m.group(1), [line]))
        elif files:
            files[-1][1].append(line)
        else:
            files.append(("example.sql", [line]))
    return [(path, "\n".join(lines).rstrip("\n") + "\n") for path, lines in files if "".join(lines).strip()]


def marks(files: List[Tuple[str, str]]) -> Dict[Tuple[str, int], Set[str]]:
    """(path, line) -> the rule codes a ``-- CODE`` comment names there."""
    out: Dict[Tuple[str, int], Set[str]] = {}
    for path, text in files:
        for n, line in enumerate(text.split("\n"), 1):
            codes = set(MARK_RE.findall(line))
            if codes:
                out[(path, n)] = codes
    return out


def run(tmp_path, files: List[Tuple[str, str]], capsys) -> Tuple[int, dict]:
    for path, text in files:
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        capsys.readouterr()
        code = main(["check", "--isolated", "--no-cache", "--format", "json", "--fail-on", "hint", "."])
        out = capsys.readouterr().out
    finally:
        os.chdir(cwd)
    return code, json.loads(out)


def test_every_page_has_examples_that_fire_and_that_pass():
    kinds: Dict[str, Set[str]] = {}
    for code, _, kind, _ in EXAMPLES:
        kinds.setdefault(code, set()).add(kind)
    for rule in RULES:
        assert "fires" in kinds.get(rule.code, set()), f"{rule.code}: no ```sql fires example"
        if rule.code != "PARSE001":  # a page cannot show input that is unparsable and parses
            assert "passes" in kinds.get(rule.code, set()), f"{rule.code}: no ```sql passes example"


@pytest.mark.parametrize("code,index,kind,text", EXAMPLES, ids=[f"{c}-{i}" for c, i, _, _ in EXAMPLES])
def test_rule_page_example(code, index, kind, text, tmp_path, capsys):
    assert kind in KINDS, (f"{code} example {index}: mark the block ```sql fires or ```sql passes "
                           f"(it is marked {kind!r})")
    files = split_files(text)
    exit_code, report = run(tmp_path, files, capsys)
    assert exit_code in (0, 1), report
    found: Dict[str, Set[Tuple[str, int]]] = {}
    for f in report["findings"]:
        found.setdefault(f["code"], set()).add((f["location"]["path"], f["location"]["line"]))
    shown = json.dumps(report["findings"], indent=1)[:3000]
    if code != "PARSE001":
        assert "PARSE001" not in found, f"{code} example {index} does not parse: {shown}"
        assert report["summary"]["files"]["analysed"] == len(files), report["summary"]
    marked = marks(files)
    for (path, line), codes in marked.items():
        for other in codes - {code}:
            assert (path, line) in found.get(other, set()), (
                f"{code} example {index}: {path}:{line} says {other}, which does not fire there: {shown}")
    own = {place for place, codes in marked.items() if code in codes}
    if kind == "passes":
        assert not own, f"{code} example {index} passes, yet marks {code} at {sorted(own)}"
        assert code not in found, f"{code} example {index} should pass, but {code} fires: {shown}"
        return
    assert code in found, f"{code} example {index} should fire {code}, but it does not: {shown}"
    if own:
        assert found[code] == own, (f"{code} example {index}: {code} fires at {sorted(found[code])}, "
                                    f"the page marks {sorted(own)}")


def test_a_block_splits_into_the_files_its_path_comments_name():
    text = "-- db/V1__a.sql\nCREATE TABLE a (id INT);\n-- db/V2__b.sql\nCREATE INDEX i ON a (id);  -- ENC002\n"
    files = split_files(text)
    assert [p for p, _ in files] == ["db/V1__a.sql", "db/V2__b.sql"]
    assert marks(files) == {("db/V2__b.sql", 2): {"ENC002"}}
    assert split_files("CREATE TABLE a (id INT);  -- MIN001: x\n") == [
        ("example.sql", "CREATE TABLE a (id INT);  -- MIN001: x\n")]
    assert marks([("example.sql", "CREATE TABLE a (id INT);  -- MIN0011\n-- ENC001x\n")]) == {}
