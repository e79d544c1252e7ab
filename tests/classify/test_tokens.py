"""Identifier splitting, glued words and abbreviations."""

import pytest

from schemalint.classify import tokens
from schemalint.classify.tokens import Tokenizer, split_identifier


@pytest.mark.parametrize("name,expected", [
    ("tgl_lahir", ["tgl", "lahir"]),
    ("tglLahirPasien", ["tgl", "lahir", "pasien"]),
    ("PhoneNumber", ["phone", "number"]),
    ("HTTPServerAddr", ["http", "server", "addr"]),
    ("first-name", ["first", "name"]),
    ("address1", ["address", "1"]),
    ("NIK", ["nik"]),
    ("public.users", ["public", "users"]),
])
def test_split_identifier(name, expected):
    assert split_identifier(name) == expected


@pytest.mark.parametrize("name,expected", [
    ("tempatlahir", "tempat lahir"),
    ("tanggallahir", "tanggal lahir"),
    ("nohp", "no hp"),
    ("noktp", "no ktp"),
    ("namakeluarga", "nama keluarga"),
    ("alamatpj", "alamat pj"),
    ("NomorIndukKependudukan", "no induk kependudukan"),
    ("kodepos", "kode pos"),
    ("tgl_lhr", "tanggal lahir"),
    ("nm_pasien", "nama pasien"),
    ("nmr_telp", "no telepon"),
    ("jk", "jenis kelamin"),
    ("stts_nikah", "status nikah"),
    ("no_rkm_medis", "no rekam medis"),
    ("gapok", "gaji pokok"),
    ("spo2", "spo2"),
    ("emails", "email"),
    ("addresses", "address"),
])
def test_normalised_tokens(name, expected):
    assert " ".join(tokens(name)) == expected


def test_unknown_words_are_not_split_into_nonsense():
    # every piece must be a known word of at least 3 letters (or a listed short word)
    for w in ("kandungan", "kapasitas", "whodunnit", "thumbnail", "nominal", "notes", "pinned"):
        assert tokens(w) == (w,) or w in ("notes",), tokens(w)


def test_segment_prefers_fewest_pieces():
    t = Tokenizer(["nama", "keluarga", "nam", "akel", "uarga"], {}, short_words=[])
    assert t.segment("namakeluarga") == ("nama", "keluarga")
    assert t.segment("xyz") is None


@pytest.mark.parametrize("name,expected", [
    # names run together, with a plural or possessive piece (issue 13 item 5)
    ("mothersname", "mother name"), ("guardiansname", "guardian name"),
    ("fathersname", "father name"),
    # legacy and HL7-style abbreviations
    ("nm_pasien", "nama pasien"), ("kd_pos", "kode pos"), ("tgl_lahir", "tanggal lahir"),
    ("almt_pasien", "alamat pasien"), ("phone_tp", "phone type"), ("addr_cd", "address kode"),
    ("rec_st", "rec status"), ("seqno", "sequence no"),
])
def test_run_together_names_and_abbreviations(name, expected):
    assert " ".join(tokens(name)) == expected


def test_a_plural_piece_needs_its_singular_to_be_a_word():
    t = Tokenizer(["mother", "name"], {}, short_words=[])
    assert t.segment("mothersname") == ("mother", "name")
    assert t.segment("othersname") is None          # 'other' is not a word here
    assert t.segment("msname") is None               # 'm' + 's' is no word


@pytest.mark.parametrize("name,expected", [
    ("emp_ssn_num", "emp ssn no"), ("phone_num", "phone no"),   # a trailing num is a number
    ("num_children", "num children"), ("num", "num"),           # a leading or lone num is not
])
def test_trailing_abbreviations_apply_to_the_last_word_only(name, expected):
    assert " ".join(tokens(name)) == expected


def test_a_trailing_abbreviation_is_ruleset_data():
    t = Tokenizer(["phone"], {}, trailing={"num": ("no",)})
    assert t.tokens("phone_num") == ("phone", "no")
    assert Tokenizer(["phone"], {}).tokens("phone_num") == ("phone", "num")
