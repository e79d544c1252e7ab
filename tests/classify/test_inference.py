"""Inferred categories of the engine (classify/engine.py ``_infer`` and
classify/scoring.py): a payment card's details, a person's name behind an
English role noun, the code or name of a clinical value, and a describing
word that is itself the matched term.  Each has cases that must fire and
cases that must not."""

import pytest

from schemalint.classify import classify_schema, load_ruleset

from .helpers import schema_from_sql


@pytest.fixture(scope="module")
def rs():
    return load_ruleset()


def classify(sql, rs):
    return classify_schema(schema_from_sql(sql, dialect="mysql"), rs)


def cat(result, table, column):
    return result[(table, column)].category


USERS = "CREATE TABLE users (id int PRIMARY KEY, email varchar(100));"


# -- a payment card's details ---------------------------------------------------------

def test_a_cards_type_and_expiry_date_are_card_data(rs):
    c = classify(USERS + """
CREATE TABLE payment_bankcard (id int PRIMARY KEY, user_id int REFERENCES users(id),
  card_type varchar(128), expiry_date date, cc_type varchar(20));""", rs)
    for column in ("card_type", "expiry_date", "cc_type"):
        assert cat(c, "payment_bankcard", column) == "financial.card", column
    assert any("one of a card's fields" in e for e in c[("payment_bankcard", "expiry_date")].evidence)


def test_a_detail_word_alone_or_outside_a_card_table_is_no_card_data(rs):
    c = classify(USERS + """
CREATE TABLE credit_cards (id int PRIMARY KEY, user_id int REFERENCES users(id),
  type varchar(40), created_date date, date date);
CREATE TABLE products (id int PRIMARY KEY, card_type varchar(20), expiry_date date);""", rs)
    for column in ("type", "created_date", "date"):  # a bare `type` is the row's class
        assert cat(c, "credit_cards", column) is None, column
    assert cat(c, "products", "card_type") is None  # a gift-card product's kind
    assert cat(c, "products", "expiry_date") is None


# -- English role nouns ---------------------------------------------------------------

def test_a_text_column_named_by_an_english_role_holds_that_persons_name(rs):
    c = classify("""CREATE TABLE partner_profiles (id int PRIMARY KEY, case_manager varchar(100),
  reporting_manager varchar(100), executive_director_name varchar(100), supervisor varchar(80));""", rs)
    for column in ("case_manager", "reporting_manager", "executive_director_name", "supervisor"):
        assert cat(c, "partner_profiles", column) == "identity.name", column


def test_an_english_word_after_the_role_names_what_the_column_holds(rs):
    c = classify("""CREATE TABLE forms (id int PRIMARY KEY, attorney_questions varchar(255),
  attorney_analysis varchar(255), manager_comments text, dokter_jaga varchar(100),
  patient_info text);""", rs)
    assert cat(c, "forms", "attorney_questions") is None
    assert cat(c, "forms", "attorney_analysis") is None
    assert cat(c, "forms", "manager_comments") is None
    # Indonesian puts a role's own qualifier after it: the doctor on duty's name
    assert cat(c, "forms", "dokter_jaga") == "identity.name"
    # a generic head ('info', 'detail') is the record of the role before it
    assert cat(c, "forms", "patient_info") is not None


# -- the code or name of a clinical value ---------------------------------------------

CLINICAL = """CREATE TABLE pemeriksaan_ralan (no_rawat varchar(17), kode_prognosa varchar(10),
  nama_prognosa varchar(100), code varchar(30), codetext text, result_code varchar(30),
  kode_ppk varchar(10), nama_sarana varchar(100), kode_dokter varchar(20),
  assigned_facility_name varchar(100));"""


def test_the_code_or_name_of_a_clinical_value_in_a_clinical_record_is_health_data(rs):
    c = classify(CLINICAL, rs)
    for column in ("kode_prognosa", "nama_prognosa", "code", "codetext", "result_code"):
        assert cat(c, "pemeriksaan_ralan", column) == "health.clinical_record", column


def test_the_code_of_something_not_named_clinically_stays_administrative(rs):
    c = classify(CLINICAL + """
CREATE TABLE master_prognosa (kode_prognosa varchar(10) PRIMARY KEY, nama_prognosa varchar(100));""", rs)
    # a facility's or an unknown thing's code, a doctor's code: not a clinical value
    for column in ("kode_ppk", "nama_sarana", "assigned_facility_name"):
        assert cat(c, "pemeriksaan_ralan", column) is None, column
    assert cat(c, "pemeriksaan_ralan", "kode_dokter") != "health.clinical_record"
    # the list of prognoses itself is master data
    assert cat(c, "master_prognosa", "kode_prognosa") is None
    assert cat(c, "master_prognosa", "nama_prognosa") is None


# -- a describing word that is the matched term ----------------------------------------

def test_height_alone_in_a_patients_record_is_a_measurement(rs):
    c = classify("""CREATE TABLE patients (id int PRIMARY KEY, full_name varchar(100));
CREATE TABLE patient_attributes (id int PRIMARY KEY, patient_id int REFERENCES patients(id),
  height decimal(5,2), height_unit varchar(5));""", rs)
    assert cat(c, "patient_attributes", "height") == "health.vital_signs"
    assert cat(c, "patient_attributes", "height_unit") is None  # describes the height


def test_height_of_an_image_or_a_widget_is_not_personal(rs):
    c = classify("""CREATE TABLE banners (id int PRIMARY KEY, url text, width int, height int);
CREATE TABLE t1 (height int);""", rs)
    assert cat(c, "banners", "height") is None
    assert cat(c, "t1", "height") is None


# -- medical word formation -------------------------------------------------------------

def test_a_surgical_or_inflammation_word_in_a_patients_history_is_health_data(rs):
    c = classify("""CREATE TABLE patient_data (pid int PRIMARY KEY, fname varchar(100));
CREATE TABLE history_data (id int PRIMARY KEY, pid int, appendectomy datetime,
  tonsillectomy datetime, colitis varchar(10));""", rs)
    for column in ("appendectomy", "tonsillectomy", "colitis"):
        assert cat(c, "history_data", column) is not None and \
            cat(c, "history_data", column).startswith("health."), column


def test_the_same_words_in_a_table_not_about_a_patient_are_not_personal(rs):
    c = classify("""CREATE TABLE procedure_catalogue (id int PRIMARY KEY, appendectomy_fee decimal(8,2),
  tonsillectomy varchar(40));""", rs)
    assert cat(c, "procedure_catalogue", "appendectomy_fee") is None
    assert cat(c, "procedure_catalogue", "tonsillectomy") is None


# -- what a secret is for ----------------------------------------------------------------

def test_a_code_or_token_named_by_its_purpose_is_a_credential(rs):
    c = classify("""CREATE TABLE users (id int PRIMARY KEY, sms_confirmation_code varchar(20),
  email_verification_token varchar(64), letter_verification_code varchar(30), invitation_code varchar(40),
  unlock_key varchar(64));""", rs)
    for column in ("sms_confirmation_code", "email_verification_token", "letter_verification_code",
                   "invitation_code", "unlock_key"):
        assert cat(c, "users", column) == "credential.token", column
    ev = c[("users", "unlock_key")].evidence
    assert any("'unlock' says what the secret is for" in e for e in ev), ev


def test_a_purpose_without_a_secret_noun_last_or_on_a_key_date_or_count_is_no_credential(rs):
    c = classify("""CREATE TABLE users (id int PRIMARY KEY, verification_status varchar(20),
  confirmation_code_sent_at datetime, verification_code_length int, verification_code_id int,
  promo_code varchar(20), verified_by varchar(36), activation_token_count int);""", rs)
    for column in ("verification_status", "confirmation_code_sent_at", "verification_code_length",
                   "verification_code_id", "promo_code", "activation_token_count"):
        assert cat(c, "users", column) != "credential.token", column


def test_an_actor_column_of_a_keys_width_is_a_key_not_a_name(rs):
    c = classify("""CREATE TABLE m_pasien (id char(32) PRIMARY KEY, created_by char(32),
  deleted_by varchar(36), verified_by varchar(100));""", rs)
    assert cat(c, "m_pasien", "created_by") is None
    assert cat(c, "m_pasien", "deleted_by") is None
    assert cat(c, "m_pasien", "verified_by") == "identity.name"


# -- types and describing words --------------------------------------------------------

def test_a_decimal_cannot_hold_a_name_or_an_address_but_can_hold_an_amount(rs):
    c = classify("""CREATE TABLE patients (id int PRIMARY KEY, nama_pasien varchar(100), gaji decimal(12,2),
  alamat_confidence decimal(3,2), nama_ibu_confidence decimal(3,2), umur_confidence decimal(3,2),
  berat_badan decimal(5,2));""", rs)
    assert cat(c, "patients", "nama_pasien") == "identity.name"
    assert cat(c, "patients", "gaji") == "financial.salary"
    assert cat(c, "patients", "berat_badan") == "health.vital_signs"
    for column in ("alamat_confidence", "nama_ibu_confidence", "umur_confidence"):
        assert cat(c, "patients", column) is None, column


# -- measurements and health posts -----------------------------------------------------

def test_a_childs_measurements_are_a_clinical_record_and_a_health_post_is_an_organisation(rs):
    c = classify("""CREATE TABLE children (id int PRIMARY KEY, nama varchar(100), tanggal_lahir date);
CREATE TABLE posyandu (id int PRIMARY KEY, nama varchar(100), alamat text);
CREATE TABLE measurements (id int PRIMARY KEY, child_id int REFERENCES children(id),
  posyandu_id int REFERENCES posyandu(id), zscore_bb_u decimal(5,2), status_bb_u varchar(20),
  has_edema boolean, created_at datetime);""", rs)
    assert cat(c, "measurements", "zscore_bb_u") == "health.clinical_record"
    assert cat(c, "measurements", "status_bb_u") is not None
    assert cat(c, "measurements", "has_edema") == "health.clinical_record"
    assert cat(c, "measurements", "created_at") is None
    assert cat(c, "posyandu", "alamat") is None  # the health post's own address


def test_measurements_of_a_thing_are_not_health_data(rs):
    c = classify("""CREATE TABLE sensors (id int PRIMARY KEY, name varchar(50));
CREATE TABLE measurements (id int PRIMARY KEY, sensor_id int REFERENCES sensors(id),
  value decimal(8,2), status varchar(20));""", rs)
    assert cat(c, "measurements", "value") is None
    assert cat(c, "measurements", "status") is None


# -- whose name ----------------------------------------------------------------------------

def test_a_name_next_to_a_person_word_or_in_a_stored_form_is_a_persons_name(rs):
    c = classify("""CREATE TABLE orderposition (id int PRIMARY KEY, attendee_name_cached varchar(255),
  attendee_name_parts json, name_cached varchar(255), nama_normalized varchar(200),
  nama_lengkap_pasien varchar(100));""", rs)
    for column in ("attendee_name_cached", "attendee_name_parts", "name_cached", "nama_normalized",
                   "nama_lengkap_pasien"):
        assert cat(c, "orderposition", column) is not None, column


def test_a_name_with_a_thing_between_it_and_the_person_word_is_the_things(rs):
    c = classify("""CREATE TABLE job_candidate_history (id int PRIMARY KEY, candidate_vacancy_name varchar(255),
  patient_insurance_name varchar(100), nama_tempat_kerja_ayah varchar(100));""", rs)
    for column in ("candidate_vacancy_name", "patient_insurance_name", "nama_tempat_kerja_ayah"):
        assert cat(c, "job_candidate_history", column) is None, column


def test_name_parts_in_a_persons_table_are_names_and_elsewhere_are_not(rs):
    c = classify("""CREATE TABLE contacts (id int PRIMARY KEY, first_name varchar(100), suffix varchar(20),
  initials varchar(10), family_name_prefix varchar(50));
CREATE TABLE attachments (id int PRIMARY KEY, path varchar(200), suffix varchar(10));
CREATE TABLE invoices (id int PRIMARY KEY, prefix varchar(10), number int);""", rs)
    for column in ("suffix", "initials", "family_name_prefix"):
        assert cat(c, "contacts", column) == "identity.name", column
    assert cat(c, "attachments", "suffix") is None
    assert cat(c, "invoices", "prefix") is None


def test_a_document_number_is_a_persons_id_document_only_in_a_persons_table(rs):
    c = classify("""CREATE TABLE users (id int PRIMARY KEY, email varchar(100), document_number varchar(30));
CREATE TABLE journal_entries (id int PRIMARY KEY, document_number varchar(30), amount decimal(10,2));""", rs)
    assert cat(c, "users", "document_number") == "gov_id.nik"
    assert cat(c, "journal_entries", "document_number") is None


# -- organisations and things with a key to the user who keeps them -----------------------

USERS_T = "CREATE TABLE users (id int PRIMARY KEY, name varchar(100), email varchar(100));"


def test_an_organisations_or_places_row_with_a_user_key_is_the_organisations(rs):
    c = classify(USERS_T + """
CREATE TABLE locations (id int PRIMARY KEY, user_id int REFERENCES users(id), name varchar(100),
  address varchar(200), city varchar(100), phone varchar(20), image varchar(200));
CREATE TABLE bank_accounts (id int PRIMARY KEY, user_id int REFERENCES users(id), iban varchar(34),
  account_number varchar(30));""", rs)
    for column in ("address", "city", "phone", "image"):
        assert cat(c, "locations", column) is None, column
    # the organisation word must be the name's head: these are a person's accounts at a bank
    assert cat(c, "bank_accounts", "iban") == "financial.bank_account"


def test_a_things_image_is_no_photo_but_an_attendance_photo_is(rs):
    c = classify("""CREATE TABLE pegawai (id int PRIMARY KEY, nama varchar(100), nip varchar(18));
CREATE TABLE accessories (id int PRIMARY KEY, pegawai_id int REFERENCES pegawai(id), image varchar(200));
CREATE TABLE presensi (id int PRIMARY KEY, pegawai_id int REFERENCES pegawai(id), jam_datang datetime,
  foto varchar(200));""", rs)
    assert cat(c, "accessories", "image") is None
    assert cat(c, "presensi", "foto") == "biometric.photo"


def test_a_sites_shipping_address_and_a_mac_address_table_are_not_peoples_addresses(rs):
    c = classify("""CREATE TABLE sites (id int PRIMARY KEY, name varchar(100), shipping_address varchar(200));
CREATE TABLE mac_addresses (id int PRIMARY KEY, mac_address varchar(18), description varchar(200));
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, shipping_address varchar(200));""", rs)
    assert cat(c, "sites", "shipping_address") is None
    assert cat(c, "mac_addresses", "mac_address") is None
    assert cat(c, "mac_addresses", "description") is None
    assert cat(c, "orders", "shipping_address") == "contact.address"


def test_a_social_profiles_url_or_handle_is_the_persons_and_a_products_image_url_is_not(rs):
    c = classify("""CREATE TABLE users (id int PRIMARY KEY, email varchar(100), facebook_url varchar(200),
  linkedin_url varchar(200), instagram_handle varchar(50));
CREATE TABLE products (id int PRIMARY KEY, name varchar(100), image_url varchar(200), facebook_url varchar(200));""", rs)
    for column in ("facebook_url", "linkedin_url", "instagram_handle"):
        assert cat(c, "users", column) == "contact.social_media", column
    assert cat(c, "products", "image_url") is None
    assert cat(c, "products", "facebook_url") is None


def test_a_describing_word_of_another_noun_stays_a_description(rs):
    c = classify("""CREATE TABLE patients (id int PRIMARY KEY, full_name varchar(100));
CREATE TABLE patient_visits (id int PRIMARY KEY, patient_id int REFERENCES patients(id),
  screen_height int, height decimal(5,2));""", rs)
    assert cat(c, "patient_visits", "screen_height") is None


def test_a_comment_on_a_declared_foreign_key_says_what_it_refers_to_not_what_it_holds(rs):
    c = classify("""CREATE TABLE carts (id int PRIMARY KEY);
CREATE TABLE addresses (id int PRIMARY KEY, customer_id int, address1 varchar(200),
  cart_id int REFERENCES carts(id) COMMENT 'only for cart_addresses',
  callerid varchar(20) COMMENT 'phone number of the caller');""", rs)
    assert cat(c, "addresses", "cart_id") is None
    assert cat(c, "addresses", "callerid") == "contact.phone"  # an outside id, no key: the comment counts


def test_a_whole_number_decimal_holds_what_an_integer_holds(rs):
    c = classify("""CREATE TABLE penduduk (id int PRIMARY KEY, nama varchar(100), rt decimal(3,0), rw decimal(3),
  nama_confidence decimal(3,2));""", rs)
    assert cat(c, "penduduk", "rt") == "contact.address"
    assert cat(c, "penduduk", "rw") == "contact.address"
    assert cat(c, "penduduk", "nama_confidence") is None


def test_a_birth_a_platform_profile_and_a_key_to_a_birth_place_in_a_persons_table(rs):
    c = classify("""CREATE TABLE members (id int PRIMARY KEY, firstname varchar(50), birth date,
  gitlab_url varchar(200), twitch_url varchar(200), tempat_lahir_id varchar(10));
CREATE TABLE repos (id int PRIMARY KEY, gitlab_url varchar(200), birth date);""", rs)
    assert cat(c, "members", "birth") == "demographic.birth_date"
    assert cat(c, "members", "gitlab_url") == "contact.social_media"
    assert cat(c, "members", "twitch_url") == "contact.social_media"
    assert cat(c, "members", "tempat_lahir_id") == "demographic.birth_place"
    assert cat(c, "repos", "gitlab_url") is None
    assert cat(c, "repos", "birth") is None
