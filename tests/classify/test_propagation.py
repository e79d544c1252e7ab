"""Propagation along references (schemalint/classify/propagation.py): each
adjustment alone, and through classify_schema, with cases that must fire and
cases that must not."""

import pytest

from schemalint.classify import classify_schema, load_ruleset
from schemalint.classify.propagation import bookkeeping, clinical_word, message_party, sensitive_lookup
from schemalint.classify.references import Reference
from schemalint.classify.roles import Role
from schemalint.model import ColumnType, Location
from schemalint.replay import Column

from .helpers import schema_from_sql


@pytest.fixture(scope="module")
def rs():
    return load_ruleset()


def classify(sql, rs, dialect="mysql"):
    return classify_schema(schema_from_sql(sql, dialect=dialect), rs)


def col(name, typ="varchar(20)", pk=False):
    from schemalint.types import parse_type
    t = parse_type(typ)
    return Column(name=name, type=ColumnType(t.name, t.family, t.params, typ), location=Location("t.sql", 1),
                  primary_key=pk)


PERSON = Role("person", evidence=("table '{table}' is named 'penduduk'",))
CLINICAL = Role("record", about="clinical", evidence=("a clinical record",))
RELIGIONS = Role("lookup", lookup_of="demographic.religion", evidence=("named 'agama'",))
REF = Reference("penduduk", "agama_id", "agama", "inferred", "noun", "agama_id", "agama")


# -- sensitive lookups, alone ---------------------------------------------------------

def test_sensitive_lookup_fires_for_a_persons_reference():
    adj = sensitive_lookup(col("agama_id", "int"), PERSON, REF, RELIGIONS, "agama")
    assert adj.category == "demographic.religion" and 0.5 <= adj.confidence < 0.75
    assert any("agama_id" in e for e in adj.evidence) and any("religion" in e for e in adj.evidence)


@pytest.mark.parametrize("table_role,target_role", [
    (Role("lookup"), RELIGIONS),                   # a list referring to a list
    (Role("organisation"), RELIGIONS),             # an organisation's row
    (PERSON, Role("lookup")),                      # a list of no sensitive kind
    (PERSON, Role("person")),                      # a reference to a person is no value
    (PERSON, None),
])
def test_sensitive_lookup_does_not_fire(table_role, target_role):
    assert sensitive_lookup(col("agama_id", "int"), table_role, REF, target_role, "agama") is None


def test_sensitive_lookup_never_on_a_primary_key():
    assert sensitive_lookup(col("agama_id", "int", pk=True), PERSON, REF, RELIGIONS, "agama") is None


# -- clinical words, alone ------------------------------------------------------------

def lex(rs, name):
    return rs.engine.lex(name)


def test_clinical_word_in_a_clinical_record(rs):
    lx = rs.lexicon("clinical")
    for name, typ in (("fever", "varchar(5)"), ("hysterectomy", "datetime"), ("pain", "int")):
        adj = clinical_word(col(name, typ), CLINICAL, lx, lex(rs, name))
        assert adj is not None and adj.category == "health.clinical_record", name
        assert adj.confidence < 0.75 and "clinical lexicon" in adj.evidence[0]


def test_clinical_word_does_not_fire(rs):
    lx = rs.lexicon("clinical")
    assert clinical_word(col("fever", "varchar(5)"), Role("record", about="other"), lx, lex(rs, "fever")) is None
    assert clinical_word(col("fever", "varchar(5)"), PERSON, lx, lex(rs, "fever")) is None
    assert clinical_word(col("fever", "int", pk=True), CLINICAL, lx, lex(rs, "fever")) is None
    assert clinical_word(col("created_at", "timestamp"), CLINICAL, lx, lex(rs, "created_at")) is None
    assert clinical_word(col("patient_id", "int"), CLINICAL, lx, lex(rs, "patient_id")) is None


def test_clinical_flag_in_a_patients_own_record(rs):
    lx = rs.lexicon("clinical")
    patient = Role("person", about="patient")
    assert clinical_word(col("is_vaccinated", "boolean"), patient, lx,
                         lex(rs, "is_vaccinated")).category == "health.clinical_record"
    # not a flag: the patient's own record holds more than clinical words
    assert clinical_word(col("fever", "varchar(5)"), patient, lx, lex(rs, "fever")) is None
    assert clinical_word(col("is_active", "boolean"), patient, lx, lex(rs, "is_active")) is None


def test_bookkeeping_drops_only_an_inferred_clinical_number(rs):
    from schemalint.classify import Classification
    lx = rs.lexicon("clinical")
    inferred = Classification("health.clinical_record", 0.6, ("inferred",), None)
    common = {"activity": 30, "fever": 30}
    adj = bookkeeping(col("activity", "tinyint(4)"), inferred, common, lx, lex(rs, "activity"))
    assert adj is not None and adj.category is None and "30 tables" in adj.evidence[0]
    # a clinical word, a text column, a name few tables share, a vocabulary match: kept
    assert bookkeeping(col("fever", "tinyint(4)"), inferred, common, lx, lex(rs, "fever")) is None
    assert bookkeeping(col("activity", "text"), inferred, common, lx, lex(rs, "activity")) is None
    assert bookkeeping(col("activity", "int"), inferred, {}, lx, lex(rs, "activity")) is None
    matched = Classification("health.clinical_record", 0.6, ("x",), "activity")
    assert bookkeeping(col("activity", "int"), matched, common, lx, lex(rs, "activity")) is None


# -- message parties, alone -----------------------------------------------------------

MAIL = Role("record", about="correspondence", evidence=("named 'emails'",))
PARTIES = (("contact.email", frozenset({("from",), ("cc",), ("reply", "to"), ("penerima",)})),)


@pytest.mark.parametrize("name,typ", [("from", "json"), ("cc", "text"), ("reply_to", "varchar(255)"),
                                      ("penerima", "varchar(100)")])
def test_message_party_fires_in_a_correspondence_record(name, typ):
    adj = message_party(col(name, typ), MAIL, PARTIES, tuple(name.split("_")))
    assert adj.category == "contact.email" and adj.confidence < 0.75
    assert any(name in e and "party of the message" in e for e in adj.evidence)


@pytest.mark.parametrize("role,name,typ", [
    (Role("record", about="financial"), "from", "json"),   # a payment's 'from' is no address
    (PERSON, "from", "json"),
    (Role("organisation"), "cc", "text"),
    (MAIL, "from", "date"),                                # a date range's start
    (MAIL, "from", "int"),
    (MAIL, "subject", "text"),                             # not a party
    (MAIL, "from_name", "text"),                           # not the whole name
])
def test_message_party_does_not_fire(role, name, typ):
    assert message_party(col(name, typ), role, PARTIES, tuple(name.split("_"))) is None


# -- through classify_schema ---------------------------------------------------------

def test_religion_id_in_penduduk_is_religion_and_the_list_is_master_data(rs):
    c = classify("""
CREATE TABLE agama (id int PRIMARY KEY, nama varchar(20));
CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100), agama_id int);""", rs)
    a = c[("penduduk", "agama_id")]
    assert a.category == "demographic.religion"
    assert any("propagated" in e for e in a.evidence) and any("'agama'" in e for e in a.evidence)
    assert c[("agama", "nama")].category is None


def test_the_same_reference_from_a_thing_is_nothing(rs):
    c = classify("""
CREATE TABLE agama (id int PRIMARY KEY, nama varchar(20));
CREATE TABLE rumah_ibadah (id int PRIMARY KEY, nama varchar(100), agama_id int);""", rs)
    assert c[("rumah_ibadah", "agama_id")].category is None


def test_region_references_are_the_persons_address(rs):
    c = classify("""
CREATE TABLE provinsis (id bigint PRIMARY KEY, nama varchar(100));
CREATE TABLE kelurahans (id bigint PRIMARY KEY, nama varchar(100), kecamatan_id bigint);
CREATE TABLE calon_siswas (id bigint PRIMARY KEY, nama varchar(100),
  siswa_provinsi_id bigint REFERENCES provinsis(id), ibu_kelurahan_id bigint);""", rs)
    assert c[("calon_siswas", "siswa_provinsi_id")].category == "contact.address"
    assert c[("calon_siswas", "ibu_kelurahan_id")].category == "contact.address"
    assert c[("kelurahans", "nama")].category is None


def test_diagnosis_id_to_an_icd_list_is_health(rs):
    c = classify("""
CREATE TABLE patients (id int PRIMARY KEY, name varchar(100), birth_date date);
CREATE TABLE icd10 (code varchar(10) PRIMARY KEY, title varchar(200));
CREATE TABLE visits (id int PRIMARY KEY, patient_id int REFERENCES patients(id),
  diagnosis_code varchar(10) REFERENCES icd10(code));""", rs)
    assert c[("visits", "diagnosis_code")].group == "health"
    assert c[("icd10", "title")].category is None


def test_fever_in_a_table_keyed_by_patient_id_is_health_and_created_at_is_not(rs):
    c = classify("""
CREATE TABLE patients (id int PRIMARY KEY, name varchar(100), birth_date date);
CREATE TABLE examination (id int PRIMARY KEY, patient_id int, fever varchar(5),
  findings text, created_at timestamp, created_by int);""", rs)
    assert c[("examination", "fever")].group == "health"
    assert c[("examination", "findings")].group == "health"
    for name in ("created_at", "created_by", "patient_id", "id"):
        assert c[("examination", name)].category is None, name


def test_flags_in_a_patients_registration(rs):
    c = classify("""CREATE TABLE patient_registration (id int PRIMARY KEY, name varchar(100),
      birth_date date, is_vaccinated boolean, is_active boolean);""", rs)
    assert c[("patient_registration", "is_vaccinated")].group == "health"
    assert c[("patient_registration", "is_active")].category is None


def test_bookkeeping_columns_shared_by_many_forms_are_not_content(rs):
    forms = "\n".join(
        f"CREATE TABLE form_{n} (id int PRIMARY KEY, pid bigint, activity tinyint(4), "
        f"authorized tinyint(4), {n} varchar(5), headache varchar(5), insomnia varchar(5));"
        for n in ("fever", "chills", "cough", "nausea", "vomiting", "rash"))
    c = classify("CREATE TABLE patient_data (id int PRIMARY KEY, pid bigint, fname varchar(50));\n"
                 + forms, rs)
    assert c[("form_fever", "fever")].group == "health"
    assert c[("form_fever", "activity")].category is None
    assert any("bookkeeping" in e for e in c[("form_fever", "activity")].evidence)


def test_annotations_still_win_over_propagation(rs):
    c = classify("""
CREATE TABLE agama (id int PRIMARY KEY, nama varchar(20));
CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16),
  agama_id int COMMENT 'schemalint: category=none');""", rs)
    assert c[("penduduk", "agama_id")].category is None
    assert c[("penduduk", "agama_id")].confidence == 1.0


def test_an_email_tables_parties_are_addresses_and_cc_is_no_card(rs):
    c = classify("""
CREATE TABLE persons (id int PRIMARY KEY, name varchar(100), emails json);
CREATE TABLE emails (id int PRIMARY KEY, subject varchar(200), `from` json, `cc` json, `bcc` json,
  reply_to json, person_id int REFERENCES persons(id), created_at timestamp);""", rs)
    for name in ("from", "cc", "bcc", "reply_to"):
        got = c[("emails", name)]
        assert got.category == "contact.email", (name, got)
        assert any("party of the message" in e for e in got.evidence)
    for name in ("subject", "created_at", "person_id"):
        assert c[("emails", name)].category is None, name


def test_the_same_columns_outside_correspondence_are_left_alone(rs):
    c = classify("""
CREATE TABLE price_list (id int PRIMARY KEY, `from` date, `to` date, amount int);
CREATE TABLE cards (id int PRIMARY KEY, holder varchar(100), cc varchar(20));""", rs)
    assert c[("price_list", "from")].category is None
    assert c[("price_list", "to")].category is None
    assert c[("cards", "cc")].category != "contact.email"


def test_a_list_named_after_the_person_table_it_serves(rs):
    """OpenSID's shape: tweb_penduduk.agama_id -> tweb_penduduk_agama (id, nama)."""
    c = classify("""
CREATE TABLE tweb_penduduk (id int PRIMARY KEY, nik varchar(16), nama varchar(100), agama_id int,
  warganegara_id tinyint, sakit_menahun_id int, cara_kb_id tinyint);
CREATE TABLE tweb_penduduk_agama (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE tweb_penduduk_warganegara (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE tweb_sakit_menahun (id int PRIMARY KEY, nama varchar(255));
CREATE TABLE tweb_cara_kb (id int PRIMARY KEY, nama varchar(50), sex tinyint);""", rs)
    assert c.roles["tweb_penduduk_agama"].kind == "lookup"
    assert c.roles["tweb_penduduk_agama"].lookup_of == "demographic.religion"
    assert c[("tweb_penduduk", "agama_id")].category == "demographic.religion"
    assert any("tweb_penduduk_agama" in e for e in c[("tweb_penduduk", "agama_id")].evidence)
    assert c[("tweb_penduduk", "warganegara_id")].category == "demographic.nationality"
    assert c[("tweb_penduduk", "sakit_menahun_id")].category == "health.diagnosis"
    assert c[("tweb_penduduk", "cara_kb_id")].category == "health.pregnancy"
    for t in ("tweb_penduduk_agama", "tweb_penduduk_warganegara", "tweb_sakit_menahun", "tweb_cara_kb"):
        assert c[(t, "nama")].category is None, t  # the lists are master data
    assert c.roles["tweb_penduduk"].kind == "person"


def test_a_person_table_with_a_sensitive_word_in_its_name_stays_a_person_table(rs):
    c = classify("""
CREATE TABLE penduduk (id int PRIMARY KEY, nik varchar(16), nama varchar(100), agama_id int);
CREATE TABLE penduduk_agama (id int PRIMARY KEY, nik varchar(16), nama varchar(100),
  alamat varchar(200), no_hp varchar(20), tgl_lahir date, agama varchar(20));""", rs)
    # five value columns and more: a record of people, not a list
    assert c.roles["penduduk_agama"].kind != "lookup"
    assert c[("penduduk_agama", "nama")].category == "identity.name"


def test_a_table_named_after_a_thing_and_a_sensitive_word_is_no_persons_list(rs):
    c = classify("""
CREATE TABLE penduduk (id int PRIMARY KEY, nik varchar(16), nama varchar(100), agama_id int);
CREATE TABLE rumah_ibadah_agama (id int PRIMARY KEY, nama varchar(100));""", rs)
    # the noun after the table's own name: penduduk + agama, and no table penduduk_agama:
    # no reference to rumah_ibadah_agama; the key's own name still says religion
    got = c[("penduduk", "agama_id")]
    assert not any("rumah_ibadah_agama" in e for e in got.evidence)
    assert any("does not hold" in e for e in got.evidence)


def test_a_persons_key_to_a_sensitive_list_the_schema_does_not_hold(rs):
    """laravolt/indonesia's region tables live in a package, not in the project's
    migrations: kartu_keluarga.province_id still points at a region."""
    c = classify("""
CREATE TABLE penduduk (id int PRIMARY KEY, nik varchar(16), nama varchar(100),
  province_id bigint, village_id bigint, jk_id int, agama_id int, status_id int, created_by int);""", rs)
    for name, cat in (("province_id", "contact.address"), ("village_id", "contact.address"),
                      ("jk_id", "demographic.gender"), ("agama_id", "demographic.religion")):
        got = c[("penduduk", name)]
        assert got.category == cat, (name, got)
        assert any("does not hold" in e for e in got.evidence)
    for name in ("status_id", "created_by", "id"):
        assert c[("penduduk", name)].category is None, name


def test_a_key_to_a_sensitive_list_outside_a_persons_table_is_nothing(rs):
    c = classify("""
CREATE TABLE gudang (id int PRIMARY KEY, nama varchar(100), province_id bigint, village_id bigint);""", rs)
    assert c[("gudang", "province_id")].category is None
    assert c[("gudang", "village_id")].category is None


def test_a_clinical_records_reference_to_a_drug_or_procedure_list(rs):
    c = classify("""
CREATE TABLE pasien (no_rkm_medis varchar(15) PRIMARY KEY, nm_pasien varchar(40), tgl_lahir date);
CREATE TABLE barang (id int PRIMARY KEY, nama varchar(100), harga int);
CREATE TABLE tindakan (id int PRIMARY KEY, nama varchar(100), tarif int);
CREATE TABLE ruangan (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE procedure_providers (id int PRIMARY KEY, name varchar(100));
CREATE TABLE pemeriksaan (id int PRIMARY KEY, no_rkm_medis varchar(15), barang_id int, tindakan_id int,
  ruangan_id int, procedure_provider_id int, keluhan text);""", rs)
    assert c[("pemeriksaan", "barang_id")].category == "health.medication"
    assert c[("pemeriksaan", "tindakan_id")].category == "health.procedure"
    assert any("what was given, done or found" in e for e in c[("pemeriksaan", "tindakan_id")].evidence)
    assert c[("pemeriksaan", "ruangan_id")].category is None          # a room says nothing
    assert c[("pemeriksaan", "procedure_provider_id")].category is None  # lists providers
    assert c[("barang", "nama")].category is None                      # the catalogue itself


def test_the_same_reference_outside_a_clinical_record_is_nothing(rs):
    c = classify("""
CREATE TABLE barang (id int PRIMARY KEY, nama varchar(100), harga int);
CREATE TABLE pembelian (id int PRIMARY KEY, supplier varchar(100), barang_id int, jumlah int);""", rs)
    assert c[("pembelian", "barang_id")].category is None


def test_a_generic_value_column_of_a_table_named_after_a_category(rs):
    c = classify("""
CREATE TABLE patients (id int PRIMARY KEY, full_name varchar(100), birth_date date);
CREATE TABLE patient_phone_numbers (id int PRIMARY KEY, patient_id int REFERENCES patients(id),
  number varchar(20), phone_type varchar(10), active boolean);
CREATE TABLE entitlement_values (id int PRIMARY KEY, patient_id int REFERENCES patients(id), value text);
CREATE TABLE phone_models (id int PRIMARY KEY, number varchar(20));""", rs)
    got = c[("patient_phone_numbers", "number")]
    assert got.category == "contact.phone" and any("value column" in e for e in got.evidence)
    assert c[("patient_phone_numbers", "phone_type")].category is None
    assert c[("entitlement_values", "value")].category is None   # 'values' names no category
    assert c[("phone_models", "number")].category is None         # not about people


def test_the_data_column_of_a_persons_photo_table_is_the_photo(rs):
    """'profile_photos (user_id, data)': the bytes are what the table's name
    says it lists (alaveteli); a 'data' column of a table whose name says no
    category stays unclassified."""
    c = classify("""
CREATE TABLE users (id int PRIMARY KEY, name varchar(100), email varchar(100));
CREATE TABLE profile_photos (id int PRIMARY KEY, user_id int REFERENCES users(id), data bytea, draft boolean);
CREATE TABLE user_events (id int PRIMARY KEY, user_id int REFERENCES users(id), data text);""", rs)
    assert c[("profile_photos", "data")].category == "biometric.photo"
    assert c[("profile_photos", "draft")].category is None
    assert c[("user_events", "data")].category is None


def test_slugs_timezones_and_regions_are_no_clinical_content(rs):
    c = classify("""
CREATE TABLE patients (id int PRIMARY KEY, full_name varchar(100), birth_date date);
CREATE TABLE encounters (id int PRIMARY KEY, patient_id int REFERENCES patients(id), fever varchar(5),
  facility_slug varchar(50), timezone_offset int, assigned_region varchar(50), notes text);""", rs)
    assert c[("encounters", "fever")].group == "health"
    for name in ("facility_slug", "timezone_offset", "assigned_region"):
        assert c[("encounters", name)].category is None, name


# -- a person's key to a place ------------------------------------------------------------

def test_a_residents_key_to_a_villages_profile_table_is_the_residents_address(rs):
    c = classify("""CREATE TABLE das_profil (id int PRIMARY KEY, nama_camat varchar(100), alamat text);
CREATE TABLE das_data_desa (id int PRIMARY KEY, profil_id int, desa_id char(13), nama varchar(100),
  website varchar(100), luas_wilayah decimal(8,2), jumlah_penduduk int);
CREATE TABLE das_penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100),
  desa_id char(13) REFERENCES das_data_desa(id), pekerjaan_id int);
CREATE TABLE das_program (id int PRIMARY KEY, nama varchar(100), desa_id char(13) REFERENCES das_data_desa(id));""", rs)
    got = c[("das_penduduk", "desa_id")]
    assert got.category == "contact.address"
    assert any("names a place of an address" in e for e in got.evidence), got.evidence
    assert c[("das_program", "desa_id")].category is None  # a programme is not a person
    assert c[("das_penduduk", "pekerjaan_id")].category is None  # not a place


def test_a_key_named_after_something_else_or_to_a_persons_table_is_no_address(rs):
    c = classify("""CREATE TABLE clusters (id int PRIMARY KEY, nama varchar(100));
CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100),
  cluster_id int REFERENCES clusters(id), wali_id int REFERENCES penduduk(id));""", rs)
    assert c[("penduduk", "cluster_id")].category is None
    assert c[("penduduk", "wali_id")].category != "contact.address"


# -- audit actors shared by the schema's tables -----------------------------------------

def test_an_audit_actor_every_table_has_is_bookkeeping_not_a_name(rs):
    """openSIS keeps ``updated_by varchar(255)`` (a user id a trigger writes)
    in 89 of 98 tables: who changed a row is not a name the row is about."""
    tables = "\n".join(f"CREATE TABLE t{i} (id int PRIMARY KEY, kode varchar(10), updated_by varchar(255));"
                       for i in range(6))
    c = classify(tables + "\nCREATE TABLE students (id int PRIMARY KEY, first_name varchar(50), "
                 "updated_by varchar(255), verified_by varchar(100));", rs)
    assert c[("t0", "updated_by")].category is None
    assert any("bookkeeping" in e for e in c[("students", "updated_by")].evidence)
    assert c[("students", "first_name")].group == "identity"


def test_an_actor_of_one_table_keeps_its_name(rs):
    """A verifier's or an updater's name in one table (care's verified_by of a
    consultation, a form's updated_by) is still that person's name."""
    c = classify("CREATE TABLE consultation (id int PRIMARY KEY, patient_id int, verified_by varchar(100), "
                 "updated_by varchar(100));\nCREATE TABLE patient (id int PRIMARY KEY, name varchar(50));", rs)
    assert c[("consultation", "verified_by")].category == "identity.name"
    assert c[("consultation", "updated_by")].category == "identity.name"
    # a column many tables share that is no actor stays what it is
    tables = "\n".join(f"CREATE TABLE t{i} (id int PRIMARY KEY, email varchar(100), checked_by varchar(100));"
                       for i in range(6))
    c = classify(tables, rs)
    assert c[("t0", "email")].category == "contact.email"
    assert c[("t0", "checked_by")].category == "identity.name"  # no audit verb: a role's actor


def test_the_noun_of_a_key_is_its_name_less_every_key_word(rs):
    """Opal names a lookup key ``sex_fk_id``: the noun is 'sex', not 'sex fk'."""
    from schemalint.classify.references import key_noun

    assert key_noun(rs, "sex_fk_id") == ("sex",)
    assert key_noun(rs, "agama_id") == ("agama",)
    assert key_noun(rs, "fk_id") == ("fk",)  # nothing but key words: the last one stays the noun
    assert key_noun(rs, "nama") == ()
