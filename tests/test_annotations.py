"""The annotation grammar, retention values and source-comment directives."""

import pytest

from schemalint.annotations import (
    RetentionError,
    parse,
    parse_retention,
    scan_directives,
)


def test_key_values_and_free_text_before_the_marker():
    a = parse("NIK peserta. schemalint: encrypted=app-aes-gcm retention=P10Y purpose=claims")
    assert a.values == {"encrypted": "app-aes-gcm", "retention": "P10Y", "purpose": "claims"}
    assert a.errors == [] and a.suppressions == []


def test_no_marker_is_no_annotation():
    assert parse("Nomor Induk Kependudukan") is None
    assert parse(None) is None


def test_suppressions_with_and_without_reason():
    a = parse("schemalint: ignore[ENC001, RET001] -- masked copy, ADR-12")
    (s,) = a.suppressions
    assert s.codes == ("ENC001", "RET001") and s.reason == "masked copy, ADR-12" and not s.file_scope
    b = parse("schemalint: file-ignore[MIN005]")
    assert b.suppressions[0].file_scope and b.suppressions[0].reason == ""
    c = parse('schemalint: ignore=ENC001 reason="hashed upstream"')
    assert c.suppressions[0].codes == ("ENC001",) and c.suppressions[0].reason == "hashed upstream"


def test_quoted_values_and_event_relative_retention():
    a = parse("schemalint: retention=P5Y after account_closed purpose='claims'")
    assert a.values["retention"] == "P5Y after account_closed"
    assert a.values["purpose"] == "claims"


def test_unknown_keys_and_stray_words_are_errors():
    a = parse("schemalint: encrypt=aes retention=P1Y")
    assert any("unknown annotation key 'encrypt'" in e for e in a.errors)
    assert a.values == {"retention": "P1Y"}
    b = parse("schemalint: retention=P1Y please")
    assert any("unexpected 'please'" in e for e in b.errors)


def test_directive_ends_at_line_end_and_comment_closers():
    a = parse("/* schemalint: retention=P1Y */")
    assert a.values == {"retention": "P1Y"} and not a.errors
    b = parse("schemalint: retention=P1Y\nmore human text here")
    assert not b.errors


@pytest.mark.parametrize("text,days", [
    ("P5Y", 1825), ("P18M", 540), ("P90D", 90), ("P1Y6M", 545), ("P2W", 14),
    ("5y", 1825), ("18mo", 540), ("18m", 540), ("90d", 90), ("2 tahun", 730), ("6 bulan", 180),
])
def test_retention_forms(text, days):
    assert parse_retention(text).days == days


def test_retention_indefinite_and_events():
    r = parse_retention("indefinite")
    assert r.indefinite and r.days is None
    r = parse_retention("P5Y after account_closed")
    assert (r.days, r.event) == (1825, "account_closed")


@pytest.mark.parametrize("bad", ["five years", "P", "P0D", "5", "P5X", "-1y"])
def test_retention_errors_say_what_is_accepted(bad):
    with pytest.raises(RetentionError, match="ISO 8601|zero"):
        parse_retention(bad)


def test_directives_in_every_comment_syntax():
    text = """-- schemalint: retention=P1Y
CREATE TABLE t (
  nik varchar(16), -- schemalint: ignore[ENC001] -- masked
  # schemalint: purpose=claims
  // schemalint: category=none
  a int
);
x = "schemalint: not a comment"
"""
    ds = scan_directives(text)
    assert [(d.line, d.target_line) for d in ds] == [(1, 2), (3, 3), (4, 6), (5, 6)]


def test_marker_inside_a_string_is_not_a_directive():
    assert scan_directives("COMMENT ON COLUMN t.a IS 'x -- schemalint: retention=P1Y';") == []
