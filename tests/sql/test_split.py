"""The statement splitter: strings, comments and delimiters per dialect."""

import pytest

from schemalint.frontends.sql.split import Locator, split


def texts(sql, dialect):
    return [s.text.strip() for s in split(sql, dialect).statements]


def test_semicolons_inside_strings_and_comments_do_not_split():
    sql = "INSERT INTO t VALUES ('a;b', \"c;d\"); -- x; y\nSELECT 1 /* ; */;"
    assert texts(sql, "postgres") == ["INSERT INTO t VALUES ('a;b', \"c;d\")", "SELECT 1 /* ; */"]


def test_mysql_backslash_escapes_and_backticks():
    sql = "INSERT INTO `a;b` VALUES ('it\\'s; fine');\nSELECT 2;"
    assert texts(sql, "mysql") == ["INSERT INTO `a;b` VALUES ('it\\'s; fine')", "SELECT 2"]


def test_standard_strings_do_not_take_backslash_escapes():
    # in standard SQL 'C:\' is a complete string
    assert texts("SELECT 'C:\\'; SELECT 3;", "postgres") == ["SELECT 'C:\\'", "SELECT 3"]


def test_postgres_escape_strings_and_dollar_quotes():
    sql = "SELECT E'a\\';b'; CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql; DO $$ x; $$;"
    assert texts(sql, "postgres") == [
        "SELECT E'a\\';b'",
        "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
        "DO $$ x; $$",
    ]


def test_mysql_delimiter_command():
    sql = "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET a=1; END$$\nDELIMITER ;\nSELECT 1;"
    assert texts(sql, "mysql") == [
        "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET a=1; END",
        "SELECT 1",
    ]


def test_tsql_go_batches_and_brackets():
    sql = "CREATE TABLE [a;b] (x INT)\nGO\nSELECT 1\ngo\n"
    assert texts(sql, "tsql") == ["CREATE TABLE [a;b] (x INT)", "SELECT 1"]


def test_mysql_executable_comments_are_read_as_sql():
    sql = "/*!40101 SET NAMES utf8 */;\n/*!50001 CREATE TABLE v (a int) */;"
    stmts = split(sql, "mysql").statements
    assert [s.keywords.split()[0] for s in stmts] == ["SET", "CREATE"]
    # markers are blanked, offsets kept: the statement starts where CREATE is
    assert sql[stmts[1].start:stmts[1].start + 6] == "CREATE"


def test_copy_from_stdin_data_is_skipped():
    sql = "COPY t (a) FROM stdin;\n1;2\n3;4\n\\.\nCREATE TABLE u (b int);"
    res = split(sql, "postgres")
    assert [s.keywords for s in res.statements][-1].startswith("CREATE TABLE")
    assert res.data_blocks == 1
    assert len(res.statements) == 2


def test_merge_conflict_markers_are_located():
    sql = "CREATE TABLE a (x int\n<<<<<<<< HEAD\n);\n========\n, y int);\n>>>>>>>> other\nCREATE TABLE b (z int);"
    res = split(sql, "mysql")
    assert res.conflicts == [(2, 6)]
    first = res.statements[0]
    assert first.conflict_lines == (2,)
    assert res.statements[-1].keywords.startswith("CREATE TABLE")
    assert res.statements[-1].conflict_lines == ()


def test_unterminated_string_is_reported_not_swallowed_silently():
    res = split("SELECT 1; INSERT INTO t VALUES ('oops);\nSELECT 2;", "postgres")
    assert res.statements[-1].unterminated == "string"


def test_leading_comments_are_not_part_of_the_statement():
    sql = "-- header\n/* block */\n  CREATE TABLE t (a int);"
    (stmt,) = split(sql, "postgres").statements
    assert stmt.text.startswith("CREATE TABLE")
    assert Locator(sql)(stmt.start) == (3, 3)


def test_locator_with_a_base_for_embedded_snippets():
    loc = Locator("a\nbc", line_base=10, col_base=5)
    assert loc(0) == (10, 5)
    assert loc(3) == (11, 2)


def _check_skipping(text, dialect, skip):
    """Splitting with ``skip`` keeps a subset of the full split, position
    for position; what it leaves out starts with a skipped word, and is
    counted."""
    full = split(text, dialect)
    fast = split(text, dialect, skip)
    spans = {(s.start, s.end): s for s in full.statements}
    for s in fast.statements:
        assert spans.get((s.start, s.end)) is not None, s
        assert spans[(s.start, s.end)].text == s.text
    kept = {(s.start, s.end) for s in fast.statements}
    left = [s for s in full.statements if (s.start, s.end) not in kept]
    assert all(s.keywords.split(" ")[0] in skip and not s.unterminated for s in left)
    assert fast.skipped == len(left)
    assert fast.conflicts == full.conflicts
    return fast


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "tsql", "sqlite"])
def test_skipping_statements_by_first_word_keeps_everything_else(dialect):
    text = ("SET NAMES utf8;\n-- a comment; with a semicolon\ninsert into t values ('a;b', \"c\");;\n"
            "INSERT INTO t VALUES (1)\n;\nCREATE TABLE t (id int);\nINSERTED_AT_TABLE;\n"
            "/* c */ INSERT INTO t SELECT 1; SETTINGS x;\nINSERT INTO t VALUES ('unterminated")
    fast = _check_skipping(text, dialect, frozenset({"INSERT", "SET"}))
    assert fast.skipped == 4
    assert [s.keywords.split(" ")[0] for s in fast.statements] == [
        "CREATE", "INSERTED_AT_TABLE", "SETTINGS", "INSERT"]
    assert fast.statements[-1].unterminated == "string"


def test_skipping_follows_a_delimiter_change():
    text = ("INSERT INTO t VALUES (1);\nDELIMITER $$\nSET @a = 1; SET @b = 2$$\n"
            "CREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (2); END$$\nINSERT INTO t VALUES (3)$$\n"
            "DELIMITER ;\nINSERT INTO t VALUES (4);\n")
    fast = _check_skipping(text, "mysql", frozenset({"INSERT", "SET"}))
    assert fast.skipped == 4  # the SET pair is one statement while $$ delimits
    assert [s.keywords.split(" ")[0] for s in fast.statements] == ["CREATE"]


@pytest.mark.parametrize("rel, dialect", [
    ("opensid-sqldump-2022/contoh_data_awal_20221101.sql", "mysql"),
    ("lago-pg/db/structure.sql", "postgres"),
])
def test_skipping_on_real_dumps_keeps_everything_else(corpus, rel, dialect):
    from schemalint.frontends.sql.statements import SKIP_FIRST

    text = (corpus / rel).read_text(encoding="utf-8", errors="replace")
    fast = _check_skipping(text, dialect, SKIP_FIRST)
    assert fast.skipped > 0


def test_merge_conflict_markers_are_found_only_at_line_start():
    text = "a;\n-- ======= not a marker\n<<<<<<< HEAD\nb;\n=======\nc;\n>>>>>>>> theirs\nd;\n<<<<<<<\n"
    assert split(text, "postgres").conflicts == [(3, 7), (9, 9)]
