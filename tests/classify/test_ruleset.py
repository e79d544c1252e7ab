"""Loading, extending and validating rulesets."""

import os
import re
from pathlib import Path

import pytest

from schemalint.classify import GROUPS, classify_column, load_ruleset
from schemalint.classify.ruleset import (
    SNAPSHOT_SUFFIX,
    RulesetError,
    _default_path,
    _read_doc,
    _sha,
    default_ruleset,
)

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "rulesets"
BAD = FIX / "invalid"


# -- the default ruleset ------------------------------------------------------

def test_default_is_cached_and_complete(rs):
    assert default_ruleset() is rs
    assert load_ruleset(None) is rs and load_ruleset("default") is rs
    assert rs.identity_kit_threshold == 3
    assert 0 < rs.threshold < 1
    assert {c.group for c in rs.categories.values()} == set(GROUPS)
    for cid, c in rs.categories.items():
        assert cid.split(".")[0] in GROUPS and c.group == cid.split(".")[0]
        assert c.tier in ("high", "medium", "low") and c.pdp in ("specific", "general", "other")
        assert c.label and isinstance(c.requires_encryption, bool)
    assert rs.catch_all_names and "data" in rs.catch_all_names
    assert re.fullmatch(r"[0-9a-f]{16}", rs.fingerprint)


BPJS_FIELDS = {  # the fifteen fields of the leaked BPJS record
    "name": "identity.name", "NIK": "gov_id.nik", "phone": "contact.phone",
    "home address": "contact.address", "email": "contact.email", "NPWP": "gov_id.npwp",
    "place of birth": "demographic.birth_place", "date of birth": "demographic.birth_date",
    "gender": "demographic.gender", "photo": "biometric.photo",
    "number of family members": "family.size", "salary": "financial.salary",
    "BPJS card number": "gov_id.bpjs_number", "office code": "org.office_code",
    "family/dependant data": "family.dependants", "payment status": "financial.payment_status",
}


@pytest.mark.parametrize("field,cid", sorted(BPJS_FIELDS.items()))
def test_every_leaked_bpjs_field_is_a_category_citing_the_leak(rs, field, cid):
    c = rs.category(cid)
    assert c.source and "BPJS leak" in c.source


def test_uu_pdp_specific_data_present(rs):
    for cid in ("health.diagnosis", "biometric.template", "health.genetic",
                "demographic.criminal_record", "family.dependants", "financial.bank_account",
                "financial.card", "gov_id.no_kk", "family.mother_maiden_name", "gov_id.passport",
                "gov_id.driving_licence", "gov_id.nip", "credential.password",
                "demographic.religion", "demographic.marital_status", "demographic.nationality"):
        assert cid in rs.categories
    for cid in ("health.diagnosis", "biometric.template", "health.genetic",
                "demographic.criminal_record", "financial.bank_account"):
        assert rs.category(cid).pdp == "specific"


def test_requirements_and_purposes(rs):
    nik = rs.category("gov_id.nik")
    assert nik.requires_encryption and nik.requires_retention and nik.max_retention_days == 3650
    assert rs.category("demographic.birth_date").coarser
    assert rs.category("demographic.birth_date").identity_attribute
    claims = rs.purposes["claims"]
    assert claims.allows(rs.category("health.diagnosis")) and claims.allows("gov_id.nik")
    assert not rs.purposes["marketing"].allows("health.diagnosis")
    assert rs.purposes["billing"].allows("financial.card")


def test_encryption_conventions(rs):
    enc = rs.encryption
    assert enc.is_ciphertext_name("nik_encrypted") and enc.is_ciphertext_name("encrypted_email")
    assert enc.is_keyed_hash_name("nik_hmac") and enc.is_keyed_hash_name("email_bidx")
    assert not enc.is_ciphertext_name("nik")
    assert enc.is_encrypted_type("StringEncryptedType") and not enc.is_encrypted_type("varchar")
    assert enc.with_types(["MyVaultType"]).is_encrypted_type("myvaulttype")


def test_snapshot_matches_the_yaml():
    """rulesets/default.snapshot.json must be regenerated after editing
    default.yaml: python -m schemalint.classify snapshot rulesets/default.yaml"""
    path = Path(_default_path())
    snap = path.with_name(path.stem + SNAPSHOT_SUFFIX)
    import json
    blob = json.loads(snap.read_text(encoding="utf-8"))
    assert blob["sha256"] == _sha(path.read_text(encoding="utf-8")), __doc__
    assert blob["data"] == _read_doc(str(path), use_snapshot=False).data


def test_the_default_yaml_validates_without_its_snapshot():
    """A load from the shipped snapshot skips validation (this version
    validated it when writing it); the YAML itself must still pass."""
    from schemalint.classify.ruleset import _build

    doc = _read_doc(_default_path(), use_snapshot=False)
    assert not doc.validated
    fresh = _build([doc])
    snap = _read_doc(_default_path())
    assert snap.validated, "rulesets/default.snapshot.json is stale: " + test_snapshot_matches_the_yaml.__doc__
    assert _build([snap]).categories == fresh.categories


def test_a_snapshot_from_another_version_is_validated_again(tmp_path):
    """A snapshot not written by this schemalint is data to check, not to trust."""
    import json

    p = tmp_path / "r.yaml"
    p.write_text("schemalint-ruleset: 1\nname: r\ncategories: {}\n", encoding="utf-8")
    good = {"schemalint-ruleset": 1, "name": "r", "categories": {}}
    snap = tmp_path / ("r" + SNAPSHOT_SUFFIX)
    for by in ("0.0.0-other", None):
        blob = {"format": 1, "sha256": _sha(p.read_text(encoding="utf-8")), "data": good, "tokens": None}
        if by:
            blob["validated_by"] = by
        snap.write_text(json.dumps(blob), encoding="utf-8")
        with pytest.raises(RulesetError, match="non-empty mapping of categories"):
            load_ruleset(p)


# -- extension ---------------------------------------------------------------

def test_extends_default_adds_overrides_disables():
    rs = load_ruleset(FIX / "project.yaml")
    assert rs.paths[-1].endswith("project.yaml") and rs.paths[0].endswith("default.yaml")
    assert rs.identity_kit_threshold == 4
    assert rs.category("gov_id.nik").max_retention_days == 5 * 365
    assert rs.category("gov_id.nik").requires_encryption  # untouched keys stay
    assert "demographic.religion" not in rs.categories
    assert not any(c.group == "biometric" for c in rs.categories.values())
    assert "health.immunity_passport" in rs.categories
    assert rs.purposes["loyalty"].allows("contact.email") and "claims" in rs.purposes
    assert rs.fingerprint != default_ruleset().fingerprint
    # added vocabulary works, the default's vocabulary is kept
    assert classify_column("nomor_warga", ruleset=rs).category == "gov_id.nik"
    assert classify_column("no_ktp", ruleset=rs).category == "gov_id.nik"
    assert classify_column("paspor_imunitas", ruleset=rs).category == "health.immunity_passport"
    assert classify_column("kd_unit_layanan", table="peserta", ruleset=rs).category == "org.office_code"
    # disabled categories are never assigned
    assert classify_column("agama", table="pasien", ruleset=rs).category is None
    assert classify_column("foto_selfie", table="pegawai", ruleset=rs).category is None


def test_extends_chain_by_path():
    rs = load_ruleset(str(FIX / "child_of_project.yaml"))
    assert len(rs.paths) == 3
    assert rs.threshold == 0.6 and rs.identity_kit_threshold == 4


def test_fixture_used_by_rule_tests_loads():
    rs = load_ruleset(FIX / "kit_threshold_2.yaml")
    assert rs.identity_kit_threshold == 2 and "newsletter" in rs.purposes


# -- validation errors name file:line: key ---------------------------------------

@pytest.mark.parametrize("fname,line,key,text", [
    ("bad_tier.yaml", 5, "categories.gov_id.nik.tier", "expected one of high, medium, low"),
    ("bad_retention.yaml", 7, "categories.gov_id.nik.requires.max_retention", "does not parse"),
    ("unknown_group.yaml", 4, "categories.pets.name", "unknown group 'pets'"),
    ("unknown_key.yaml", 7, "categories.contact.email.vocabulary.sometimes", "unknown key"),
    ("missing_label.yaml", 4, "categories.contact.pager", "missing required key 'label'"),
    ("bad_purpose.yaml", 6, "purposes.research.allows.1", "'genomics.dna' is neither"),
    ("bad_disable.yaml", 3, "disable.0", "'contact.fax' is neither"),
    ("bad_boolean.yaml", 5, "words.abbreviations.nmr", "expected a non-empty string, got False"),
    ("bad_threshold.yaml", 4, "settings.threshold", "out of range"),
])
def test_validation_error_names_file_line_and_key(fname, line, key, text):
    with pytest.raises(RulesetError) as ei:
        load_ruleset(BAD / fname)
    msg = str(ei.value)
    assert msg.startswith(f"{_shown(BAD / fname)}:{line}: {key}: "), msg
    assert text in msg


def _shown(p: Path) -> str:
    rel = os.path.relpath(p)
    return rel if not rel.startswith("..") else str(p)


def test_python_object_tag_is_rejected_not_constructed(tmp_path, monkeypatch):
    marker = tmp_path / "pwned"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RulesetError) as ei:
        load_ruleset(BAD / "python_object.yaml")
    msg = str(ei.value)
    assert ":3: unsupported YAML tag !!python/object/apply:os.system" in msg
    assert "never constructed" in msg
    assert not marker.exists()


def test_invalid_yaml_reports_line():
    with pytest.raises(RulesetError) as ei:
        load_ruleset(BAD / "bad_yaml.yaml")
    assert re.search(r"bad_yaml\.yaml:\d+: invalid YAML", str(ei.value))


def test_extends_missing_file_and_cycles():
    with pytest.raises(RulesetError, match=r"extends_missing\.yaml:2: extends: ruleset file .* not found"):
        load_ruleset(BAD / "extends_missing.yaml")
    with pytest.raises(RulesetError, match="extends itself"):
        load_ruleset(BAD / "cycle_a.yaml")


def test_missing_file():
    with pytest.raises(RulesetError, match="ruleset file not found"):
        load_ruleset(FIX / "nope.yaml")


def test_error_in_derived_file_blames_the_derived_file(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text("extends: default\ncategories:\n  contact.email:\n    pdp: secret\n")
    with pytest.raises(RulesetError) as ei:
        load_ruleset(p)
    assert f"{_shown(p)}:4: categories.contact.email.pdp: expected one of specific" in str(ei.value)


def test_a_phrase_index_entry_survives_the_snapshots_quote_free_text():
    """The snapshot writes an index entry's JSON with single quotes (so that
    the snapshot's own JSON holds it with no escape): quotes and apostrophes
    inside the entry come back as they were."""
    from schemalint.classify.vocab import _entry_text, _SeedIndex

    entry = ((("c", "identity.name", "strong"),), ("contact.phone",), 3, "mother's \"maiden\" name")
    text = _entry_text(entry)
    assert '"' not in text
    assert _SeedIndex({"mother s maiden name": text}).get(("mother", "s", "maiden", "name")) == entry


def test_the_snapshot_compiles_to_the_same_engine():
    """The snapshot's compiled vocabulary must equal a fresh compile: a
    stale one would classify with yesterday's vocabulary."""
    from schemalint.classify.engine import Engine
    from schemalint.classify.ruleset import default_ruleset

    rs = default_ruleset()
    assert rs.token_seed and rs.token_seed["fingerprint"] == rs.fingerprint
    seeded = Engine(rs)
    seed, rs.token_seed = rs.token_seed, None
    try:
        fresh = Engine(rs)
    finally:
        rs.token_seed = seed
    assert seeded.index == fresh.index
    assert seeded.phrase_starts == fresh.phrase_starts and seeded.max_phrase == fresh.max_phrase
    assert seeded.table_index == fresh.table_index
    assert seeded.tokenizer.dictionary == fresh.tokenizer.dictionary
    # the common words that split glued names, stored as one string
    assert seeded.tokenizer.segment_words == fresh.tokenizer.segment_words
    assert seeded.tokenizer._segment_sets() == fresh.tokenizer._segment_sets()
    # which words are English (the lexicon's, dictionary words included)
    words = sorted(fresh.tokenizer.dictionary)
    assert [w for w in words if seeded.tokenizer.is_english(w)] == [w for w in words if fresh.tokenizer.is_english(w)]
    assert seeded.tokenizer.is_english("question") and not seeded.tokenizer.is_english("jaga")
    for name in ("tgl_lahir", "nm_ibu_kandung", "noktp", "tempatlahir", "first_name"):
        assert seeded.lex(name) == fresh.lex(name)


def test_a_common_word_is_read_without_building_the_common_word_sets():
    """A small run that meets one unknown common word ('canvas') finds it in
    the snapshot's word string; a glued name still builds the sets and splits."""
    from schemalint.classify.engine import Engine
    from schemalint.classify.ruleset import default_ruleset

    rs = default_ruleset()
    engine = Engine(rs)
    tok = engine.tokenizer
    assert "canvas" not in tok.dictionary and tok._segment_cache is None
    assert tok.tokens("canvas") == ("canvas",)
    assert tok._segment_cache is None  # found in the string
    assert tok.tokens("tempatlahir") == fresh_tokens(rs, "tempatlahir")
    assert tok._segment_cache is not None  # a glued name needs the sets


def fresh_tokens(rs, name):
    from schemalint.classify.engine import Engine

    seed, rs.token_seed = rs.token_seed, None
    try:
        return Engine(rs).tokenizer.tokens(name)
    finally:
        rs.token_seed = seed
