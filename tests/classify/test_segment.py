"""Glued names split with the `segment` lexicon (rulesets/lexicon/words-en.txt):
its build, and what the tokenizer and the classifier make of it."""

import importlib.util
from importlib import metadata
from pathlib import Path

import pytest

from schemalint.classify import classify_column, load_ruleset
from schemalint.classify.tokens import Tokenizer

LEXDIR = Path(__file__).resolve().parents[2] / "rulesets" / "lexicon"


def _build_words():
    spec = importlib.util.spec_from_file_location("build_words", LEXDIR / "build_words.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rs():
    return load_ruleset()


def test_the_word_list_rebuilds_byte_for_byte_from_its_recorded_source():
    build = _build_words()
    recorded = build.recorded_version()
    try:
        installed = metadata.version(build.SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{build.SOURCE_PACKAGE} is not installed (pip install "
                    f"'{build.SOURCE_PACKAGE}=={recorded}'): cannot rebuild words-en.txt")
    if installed != recorded:
        pytest.skip(f"{build.SOURCE_PACKAGE} {installed} is installed, words-en.txt records {recorded}")
    assert build.build().encode("utf-8") == (LEXDIR / "words-en.txt").read_bytes(), (
        "rulesets/lexicon/words-en.txt differs from a rebuild: python rulesets/lexicon/build_words.py")


def test_top_words_keeps_the_most_frequent_plain_words_sorted():
    build = _build_words()
    unigrams = b"the\t900\nof\t800\nbirth\t700\nx86\t600\ndate\t500\nrare\t1\n"
    assert build.top_words(unigrams, top=5) == ["birth", "date", "the"]  # no 'of' (2 letters), no digits


def _tok(segment=("alt", "birth", "alert", "filename", "population", "tor", "tran")):
    return Tokenizer(["date", "of", "name", "phone", "contact", "first", "signa", "saksi", "pop", "ulation"], {},
                     short_words=["no", "of", "alt"], segment_words=segment)


def test_glued_names_split_into_dictionary_and_common_words():
    tk = _tok()
    assert tk.tokens("dateofbirth") == ("date", "of", "birth")
    assert tk.tokens("altcontactfirstname") == ("alt", "contact", "first", "name")
    # without the common words the same names stay whole
    bare = _tok(segment=())
    assert bare.tokens("dateofbirth") == ("dateofbirth",)


def test_a_common_word_stays_whole_and_short_common_words_split_nothing():
    tk = _tok()
    assert tk.tokens("population") == ("population",)       # not pop + ulation
    assert tk.tokens("signator") == ("signator",)           # not signa + tor
    assert tk.tokens("transaksi") == ("transaksi",)         # not tran + saksi


def test_the_default_ruleset_reads_koha_style_names(rs):
    beside = ["surname", "firstname", "address", "email"]
    assert classify_column("dateofbirth", "date", table="borrowers", beside=beside,
                           ruleset=rs).category == "demographic.birth_date"
    assert classify_column("altcontactphone", "varchar(50)", table="borrowers", beside=beside,
                           ruleset=rs).group == "contact"


def test_common_words_are_never_evidence(rs):
    # 'population' and 'alert' are segment words, not vocabulary: nothing fires
    for name in ("population", "alert", "filename"):
        assert classify_column(name, "varchar(50)", table="borrowers", ruleset=rs).category is None, name


def test_clinical_lexicon_words_stay_whole(rs):
    tk = rs.engine.tokenizer
    for word in ("hematemesis", "diastole", "signator"):
        assert tk.tokens(word) == (word,), word
