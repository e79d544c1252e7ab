"""Leave-one-project-out in benchmarks/accuracy.py: a term only its own
project supports is disabled when that project is scored."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import column_terms, term_support, without_terms  # noqa: E402
from schemalint.classify import classify_column, load_ruleset  # noqa: E402

LABELS = {
    "a": [("siswa", "nisn", "char(10)", "gov_id"), ("siswa", "email", "varchar(80)", "contact"),
          ("siswa", "kondisi", "varchar(10)", "none")],
    "b": [("users", "email", "varchar(80)", "contact"), ("users", "tgl_lahir", "date", "demographic"),
          ("users", "nisn", "char(10)", "none")],  # a match on a column labelled none is no support
}


def test_terms_name_vocabulary_abbreviations_and_lexicon_entries():
    rs = load_ruleset()
    assert ("vocabulary", "gov_id.student_number", "nisn") in column_terms(rs, "nisn")
    assert ("abbreviation", "tgl") in column_terms(rs, "tgl_lahir")
    assert ("lexicon", "fever") in column_terms(rs, "fever")


def test_support_and_what_is_disabled():
    rs = load_ruleset()
    support = term_support(rs, LABELS)
    assert support[("vocabulary", "gov_id.student_number", "nisn")] == {"a"}
    assert support[("vocabulary", "contact.email", "email")] == {"a", "b"}
    own_a = {t for t, p in support.items() if p == {"a"}}
    lopo = without_terms(rs, own_a)
    assert lopo.fingerprint != rs.fingerprint
    # the term only project a supports is gone; the shared one stays
    assert classify_column("nisn", "char(10)", table="siswa", ruleset=lopo).category is None
    assert classify_column("email", "varchar(80)", table="siswa", ruleset=lopo).category == "contact.email"
    # the full ruleset is untouched
    assert classify_column("nisn", "char(10)", table="siswa", ruleset=rs).category == "gov_id.student_number"


def test_disabled_abbreviations_and_lexicon_entries():
    rs = load_ruleset()
    lopo = without_terms(rs, {("abbreviation", "tgl"), ("lexicon", "fever")})
    assert lopo.engine.tokenizer.tokens("tgl_lahir") == ("tgl", "lahir")
    assert "fever" not in lopo.engine.lexicons()["clinical"]
    assert "fever" in rs.engine.lexicons()["clinical"]


def test_a_message_party_word_is_a_term_and_can_be_disabled():
    from schemalint.classify import classify_schema

    from .helpers import schema_from_sql

    rs = load_ruleset()
    assert ("party", "cc") in column_terms(rs, "cc")
    assert not any(t[0] == "party" for t in column_terms(rs, "cc_name"))
    sch = schema_from_sql("CREATE TABLE persons (id int PRIMARY KEY, name varchar(90));\n"
                          "CREATE TABLE emails (id int PRIMARY KEY, person_id int REFERENCES persons(id), "
                          "`from` json, cc json);", dialect="mysql")
    assert classify_schema(sch, rs)[("emails", "from")].category == "contact.email"
    lopo = without_terms(rs, {("party", "from")})
    got = classify_schema(sch, lopo)
    assert got[("emails", "from")].category is None
    assert got[("emails", "cc")].category == "contact.email"


def test_a_secret_purpose_word_is_a_term_and_can_be_disabled():
    rs = load_ruleset()
    assert ("purpose", "unlock") in column_terms(rs, "sms_unlock_code")
    assert not any(t[0] == "purpose" for t in column_terms(rs, "unlock_sent_at"))
    assert classify_column("sms_unlock_code", "varchar(20)", table="users",
                           ruleset=rs).category == "credential.token"
    lopo = without_terms(rs, {("purpose", "unlock")})
    assert classify_column("sms_unlock_code", "varchar(20)", table="users", ruleset=lopo).category is None
    # another purpose still makes a secret
    assert classify_column("sms_signing_code", "varchar(20)", table="users",
                           ruleset=lopo).category == "credential.token"
