"""Classifier behaviour: vocabulary, types, table context, the traps."""

import pytest

from schemalint.classify import Classification, classify_column, classify_schema

from .helpers import schema_from_sql


def cat(*a, **k):
    return classify_column(*a, **k).category


# -- vocabulary and phrases -------------------------------------------------------

def test_phrases_beat_words():
    assert cat("nama_ibu_kandung") == "family.mother_maiden_name"
    assert cat("nama_ibu", table="pasien") == "family.member_name"
    assert cat("tempat_lahir") == "demographic.birth_place"
    assert cat("tanggal_lahir", "date") == "demographic.birth_date"
    assert cat("tempat_tanggal_lahir", "varchar(100)") == "demographic.birth_date"


@pytest.mark.parametrize("name,expected", [
    ("nik", "gov_id.nik"), ("no_ktp", "gov_id.nik"), ("npwp", "gov_id.npwp"),
    ("noka", "gov_id.bpjs_number"), ("no_kk", "gov_id.no_kk"), ("no_paspor", "gov_id.passport"),
    ("email", "contact.email"), ("nohp", "contact.phone"), ("phone_number", "contact.phone"),
    ("dob", "demographic.birth_date"), ("ssn", "gov_id.ssn"), ("first_name", "identity.name"),
    ("jenis_kelamin", "demographic.gender"), ("gol_darah", "health.blood_type"),
    ("password", "credential.password"), ("remember_token", "credential.token"),
    ("no_rekening", "financial.bank_account"), ("sidik_jari", "biometric.template"),
])
def test_english_and_indonesian_vocabulary(name, expected):
    assert cat(name) == expected


def test_evidence_and_confidence():
    c = classify_column("nik", "char(16)", table="peserta")
    assert isinstance(c, Classification) and c.category == "gov_id.nik" and c.group == "gov_id"
    assert 0.5 <= c.confidence <= 1.0 and c.matched == "nik"
    assert any("token 'nik' matched gov_id.nik" in e for e in c.evidence)
    assert any("type CHAR(16) fits a NIK" in e and "(+0.10)" in e for e in c.evidence)
    assert any("table 'peserta' describes people" in e for e in c.evidence)


# -- the traps ------------------------------------------------------------------

def test_nik_in_employee_table_is_an_employee_number():
    c = classify_column("nik", "varchar(10)", table="pegawai")
    assert c.category == "org.employee_number"
    assert any("table 'pegawai' describes employees" in e and "employee number" in e
               for e in c.evidence)
    # a NIK-shaped column in an employee document table is still a NIK, with lower confidence
    d = classify_column("nik", "char(16)", table="berkas_pegawai")
    assert d.category == "gov_id.nik" and d.confidence < 0.9
    assert any("(-0.40)" in e for e in d.evidence)


def test_noka_beside_vehicle_columns_is_a_chassis_number():
    assert cat("noka", "varchar(20)", table="peserta") == "gov_id.bpjs_number"
    c = classify_column("noka", "varchar(30)", table="kendaraan", beside=["nopol", "nosin", "merk"])
    assert c.category is None
    assert any("chassis number" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ", [
    ("has_photo", "boolean"), ("is_email_verified", "boolean"), ("email_verified_at", "timestamp"),
    ("foto_updated_at", "timestamp"), ("created_at", "timestamp"), ("email_count", "integer"),
    ("jumlah_foto", "int"), ("email", "boolean"), ("phone_type", "varchar(10)"),
    ("password_changed_at", "timestamp"), ("tgl_bayar", "date"),
])
def test_flags_timestamps_counters_are_not_values(name, typ):
    assert cat(name, typ, table="users") is None


def test_flags_that_reveal_the_category_are_values():
    assert cat("hamil", "tinyint(1)", table="penduduk") == "health.pregnancy"
    assert cat("payment_overdue", "boolean", table="invoices") == "financial.payment_status"
    assert cat("jumlah_anak", "int", table="pegawai") == "family.size"


def test_references_are_not_values():
    assert cat("pasien_id", "int", table="rawat_inap") is None
    assert cat("id_pegawai", "uuid", table="presensi") is None
    assert cat("user_id", "bigint", table="orders") is None
    assert cat("no_pegawai", "uuid", table="penggajian") is None
    assert cat("nik_kepala", "int(11)", table="rumah_tangga") is None  # INT cannot hold a NIK
    c = classify_column("nik_kepala", "int(11)", table="rumah_tangga")
    assert any("cannot hold a 16-digit" in e for e in c.evidence)
    # a foreign key that copies the value itself is still the value
    assert cat("nik", "varchar(16)", table="klaim", references="peserta") == "gov_id.nik"


def test_ciphertext_and_hash_affixes_keep_the_category():
    for name in ("nik_encrypted", "nik_hash", "encrypted_email", "email_bidx", "nik_hmac"):
        c = classify_column(name, "bytea", table="peserta")
        assert c.category in ("gov_id.nik", "contact.email"), (name, c)
        assert any("ciphertext or keyed-hash naming" in e for e in c.evidence)


def test_table_subject_decides_for_contact_and_names():
    assert cat("alamat", table="pasien") == "contact.address"
    assert cat("alamat", table="organisasi") is None
    assert cat("no_telp", table="data_instansi") is None
    assert cat("email", table="setting") is None
    assert cat("name", table="users") == "identity.name"
    assert cat("name", table="products") is None
    assert cat("nama", table="poliklinik") is None
    assert cat("nama", table="mobil") is None
    assert cat("nama_poli", table="poliklinik") is None
    assert cat("nama_obat", table="databarang") is None


def test_family_tables_make_names_family_data():
    assert cat("nama", "varchar(100)", table="anggota_keluarga") == "family.member_name"
    assert cat("name", table="dependents", beside=["birth_date", "employee_id"]) == "family.member_name"
    assert cat("nm_ayah", table="pasien") == "family.member_name"
    assert cat("ayah_nik", "varchar(16)", table="penduduk") == "family.member_id"


def test_lookup_tables_are_not_personal():
    assert cat("nama", "varchar(50)", table="agama") is None
    assert cat("nama", table="tweb_keluarga_sejahtera") is None
    assert cat("sex", "tinyint", table="ref_cara_kb", beside=["nama"]) is None


# -- table inference ----------------------------------------------------------------

def test_clinical_table_inference_says_so():
    c = classify_column("barthel_bab", "varchar(5)", table="asesmen_keperawatan",
                        beside=["no_rawat", "tgl_perawatan"])
    assert c.category == "health.clinical_record" and c.confidence < 0.75
    assert any("records clinical encounters" in e and "inferred" in e for e in c.evidence)
    assert cat("tgl_perawatan", "date", table="asesmen_keperawatan", beside=["no_rawat"]) is None
    assert cat("status", table="asesmen_keperawatan", beside=["no_rawat"]) is None
    # the same column in a catalogue is not health data
    assert cat("barthel_bab", table="master_asesmen") is None


def test_payroll_table_inference():
    c = classify_column("nominal", "int", table="penggajian", beside=[("no_pegawai", "uuid")])
    assert c.category == "financial.salary"
    assert any("payroll table" in e for e in c.evidence)
    assert cat("bpjs", "int", table="penggajian", beside=[("no_pegawai", "uuid")]) == "financial.salary"
    assert cat("tahun", "int", table="penggajian", beside=[("no_pegawai", "uuid")]) is None


def test_health_needs_a_person():
    assert cat("diagnosa", table="rawat_inap", beside=["no_rawat", "nama_pasien"]) == "health.diagnosis"
    assert cat("kd_penyakit", "varchar(10)", table="penyakit", beside=["nm_penyakit"]) is None
    assert cat("td", "varchar(8)", table="pemeriksaan", beside=["no_rawat"]) == "health.vital_signs"
    assert cat("td", "varchar(8)", table="settings") is None


# -- comments, ORM hints, annotations ---------------------------------------------------

def test_comment_evidence():
    c = classify_column("nomor", "varchar(16)", table="warga", comment="Nomor Induk Kependudukan")
    assert c.category == "gov_id.nik"
    assert any(e.startswith("comment 'Nomor Induk Kependudukan'") for e in c.evidence)
    # a comment that only mentions a generic word does not decide alone
    assert cat("envelope_id", "text", comment="No FK relation on purpose") is None


def test_verbose_name_and_field_class_evidence():
    c = classify_column("dob_x", "date", table="member",
                        hints={"verbose_name": "Tanggal lahir"})
    assert c.category == "demographic.birth_date"
    assert any(e.startswith("verbose name 'Tanggal lahir'") for e in c.evidence)
    assert cat("kontak_utama", "varchar(254)", hints={"field_class": "EmailField"}) == "contact.email"
    assert cat("nomor_hp_x", hints={"orm_type": "PhoneNumberType"}) == "contact.phone"


def test_the_text_of_a_reference_describes_the_row_it_points_to_not_a_value():
    # "the user whom the HP action is for": 'hp' is a phone word, but user_id holds a key
    c = classify_column("user_id", "int", table="hpaction_details",
                        hints={"help_text": "The user whom the HP action is for."})
    assert c.category is None
    assert any("a reference to another row, describes that row" in e for e in c.evidence)
    c = classify_column("user_id", "int", table="rent_requests",
                        comment="User who was logged in: their home address is sent on")
    assert c.category is None


def test_the_text_of_a_value_column_still_counts():
    # must fire: a column named without a category word, described by its comment
    assert cat("kode_x", "char(16)", table="peserta", comment="Nomor Induk Kependudukan") == "gov_id.nik"
    assert cat("kolom_x", "char(16)", table="peserta", comment="Nomor Induk Kependudukan") == "gov_id.nik"


def test_annotation_overrides_classifier_in_schema():
    sch = schema_from_sql("""
        CREATE TABLE pasien (
          id serial PRIMARY KEY,
          nik varchar(16),
          kode_wilayah varchar(10),
          catatan text
        );
        COMMENT ON COLUMN pasien.nik IS 'NIK. schemalint: category=none';
        COMMENT ON COLUMN pasien.kode_wilayah IS 'schemalint: category=contact.address';
        CREATE TABLE arsip (a text, b text);
        COMMENT ON TABLE arsip IS 'schemalint: category=health.clinical_record';
    """)
    res = classify_schema(sch)
    assert set(res) == {("pasien", c) for c in ("id", "nik", "kode_wilayah", "catatan")} | {
        ("arsip", "a"), ("arsip", "b")}  # every column, personal or not
    assert res[("pasien", "nik")].category is None and res[("pasien", "nik")].confidence == 1.0
    assert "overrides the classifier" in res[("pasien", "nik")].evidence[0]
    assert res[("pasien", "kode_wilayah")].category == "contact.address"
    assert res[("arsip", "a")].category == "health.clinical_record"
    assert res[("arsip", "b")].confidence == 1.0
    assert res[("pasien", "id")].category is None


def test_annotation_override_with_classify_column_and_unknown_category():
    assert classify_column("x", comment="schemalint: category=gov_id.npwp").category == "gov_id.npwp"
    assert classify_column("x", comment="schemalint: category=health").group == "health"
    c = classify_column("nik", comment="schemalint: category=gov_id.nikk")
    assert c.category == "gov_id.nik"  # unknown id: the classifier decides; the checks report it


def test_classify_schema_uses_table_context_from_sql():
    sch = schema_from_sql("""
        CREATE TABLE pegawai (id uuid PRIMARY KEY, nik varchar(20), nama varchar(100),
                              tgl_lahir date, created_at timestamptz);
        CREATE TABLE kendaraan (id int, nopol varchar(10), nosin varchar(30), noka varchar(30));
    """)
    res = classify_schema(sch)
    assert res[("pegawai", "nik")].category == "org.employee_number"
    assert res[("pegawai", "nama")].category == "identity.name"
    assert res[("pegawai", "tgl_lahir")].category == "demographic.birth_date"
    assert res[("pegawai", "created_at")].category is None
    assert res[("kendaraan", "noka")].category is None


# -- types: what a flag or a number can hold (issue 13, item 4) -------------------

@pytest.mark.parametrize("name,typ", [
    ("kondisi_e_ktp", "enum('baik','rusak','hilang')"),  # an enum of conditions is not a NIK
    ("nama", "int"), ("first_name", "integer"),           # an integer is not a name
    ("no_hp", "enum('ada','tidak')"), ("alamat", "float"),
])
def test_closed_type_families_cannot_hold_text_categories(name, typ):
    c = classify_column(name, typ, table="penduduk")
    assert c.category is None
    assert any("cannot hold" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ,expected", [
    ("nik", "bigint", "gov_id.nik"),                            # a NIK fits a bigint
    ("jumlah_tanggungan", "int", "family.size"),                # a count of dependants
    ("number_of_aged_dependents", "integer", "family.dependants"),
    ("hamil", "boolean", "health.pregnancy"),                   # a flag can reveal a condition
    ("jenis_kelamin", "enum('L','P')", "demographic.gender"),
    ("gaji_pokok", "decimal(12,2)", "financial.salary"),
])
def test_flags_and_numbers_still_hold_what_they_can_reveal(name, typ, expected):
    assert cat(name, typ, table="penduduk") == expected


@pytest.mark.parametrize("name,typ", [
    ("kd_kk", "varchar(2)"),            # a code, not a 16-digit family-card number
    ("nik", "char(4)"),
    ("kd_telepon_rumah", "varchar(2)"), # a yes/no code for having a phone
    ("hipaa_mail", "varchar(3)"),       # YES/NO
])
def test_a_text_type_under_half_the_minimum_cannot_hold_the_value(name, typ):
    c = classify_column(name, typ, table="penduduk")
    assert c.category is None
    assert any("cannot hold a" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ,expected", [
    ("no_kk", "varchar(16)", "gov_id.no_kk"),
    ("nik", "varchar(12)", "gov_id.nik"),          # too short lowers, but a NIK is still meant
    ("email", "varchar(6)", "contact.email"),
    ("no_hp", "varchar(5)", "contact.phone"),
    ("email", "text", "contact.email"),            # no length: nothing to judge
])
def test_a_length_at_least_half_the_minimum_still_holds_it(name, typ, expected):
    assert cat(name, typ, table="penduduk") == expected


# -- concepts (issue 13 item 6) and run-together names (item 5) -------------------

@pytest.mark.parametrize("name,typ,table,expected", [
    ("nisn", "char(10)", "calon_siswa", "gov_id.student_number"),
    ("nomor_induk_siswa_nasional", "varchar(20)", "peserta_didik", "gov_id.student_number"),
    ("no_str", "varchar(30)", "dokter", "gov_id.professional_licence"),
    ("npi", "varchar(10)", "providers", "gov_id.professional_licence"),
    ("practitioner_id", "varchar(40)", "satu_sehat_mapping_praktisi", "gov_id.professional_licence"),
    ("nationality_code", "varchar(3)", "employees", "demographic.nationality"),
    ("signer_name", "varchar(255)", "esignatures", "identity.name"),
    ("signature_path", "varchar(255)", "esignatures", "biometric.signature"),
    ("berkas_foto", "varchar(255)", "calon_siswa", "biometric.photo"),
    ("mothersname", "varchar(255)", "patient_data", "family.member_name"),
    ("subscriber_ss", "varchar(255)", "insurance_data", "gov_id.ssn"),
])
def test_concepts_that_were_missing(name, typ, table, expected):
    assert cat(name, typ, table=table) == expected


@pytest.mark.parametrize("name,typ,table", [
    ("practitioner_id", "int", "encounters"),        # a key to a practitioner row
    ("nisn_verified", "boolean", "siswa"),           # a flag about it
    ("signature", "varchar(255)", "webhooks"),       # an HMAC, not a person's signature
    ("ss", "int", "timers"),                         # seconds, not a social security number
    ("image_path", "varchar(255)", "products"),      # a product's picture
])
def test_concepts_stay_out_where_they_do_not_belong(name, typ, table):
    assert cat(name, typ, table=table) is None



@pytest.mark.parametrize("name,typ", [("pupil_size", "int"), ("tingkat_nyeri", "varchar(10)"),
                                      ("glasgow_total", "int"), ("urine_frequency", "smallint")])
def test_a_measurement_in_a_clinical_record_is_health_data(name, typ):
    # a measurement word (size, level, total, frequency) names a finding about the patient
    c = classify_column(name, typ, table="asesmen_keperawatan", beside=["no_rawat", "tgl_perawatan"])
    assert c.category == "health.clinical_record"
    assert any("clinical" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ,table,beside", [
    ("size", "int", "asesmen_keperawatan", ["no_rawat"]),        # nothing named is measured
    ("file_size", "int", "asesmen_keperawatan", ["no_rawat"]),   # a thing's size
    ("total", "int", "asesmen_keperawatan", ["no_rawat"]),
    ("pupil_size", "int", "produk", ["nama", "harga"]),           # no clinical record
    ("log_level", "varchar(10)", "app_logs", ["message"]),
])
def test_a_measurement_word_elsewhere_is_no_health_data(name, typ, table, beside):
    assert cat(name, typ, table=table, beside=beside) is None



@pytest.mark.parametrize("name,typ,table", [("checked_by", "varchar(50)", "stock_take_item"),
                                            ("verified_by", "text", "consultation"),
                                            ("disetujui_oleh", "varchar(100)", "pengajuan_obat")])
def test_a_text_column_named_for_who_did_it_is_a_name(name, typ, table):
    c = classify_column(name, typ, table=table)
    assert c.category == "identity.name" and c.confidence < 0.75
    assert any("names who did something" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ", [("checked_by", "int"), ("created_by", "bigint"),
                                      ("grouped_by", "jsonb"), ("invited_by_type", "varchar(20)"),
                                      ("sort_by", None), ("updated_by_id", "varchar(36)"),
                                      ("order_by", "varchar(50)"), ("group_by", "varchar(50)")])
def test_an_actor_key_or_a_setting_is_no_name(name, typ):
    assert cat(name, typ, table="stock_take_item") is None


# -- the clinical lexicon as evidence (issue 13) -----------------------------------

@pytest.mark.parametrize("name,typ", [("fever", "varchar(10)"), ("diabetes", "varchar(20)"),
                                      ("fever", "boolean")])
def test_a_lexicon_entry_in_a_patients_table_is_health_data(name, typ):
    c = classify_column(name, typ, table="patient_history")
    assert c.category == "health.clinical_record"
    assert any("clinical lexicon" in e and "patient_history" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ,table", [
    ("diabetes", "varchar(20)", "feature_flags"),     # a lexicon hit alone outside a patient table
    ("diabetes", "varchar(20)", "articles"),
    ("fever", "date", "patient_history"),             # a date says when, not what
    ("fever_count", "int", "patient_history"),        # a counter
    ("diabetes_id", "int", "patient_history"),        # a reference
])
def test_a_lexicon_entry_alone_does_not_fire_elsewhere(name, typ, table):
    assert cat(name, typ, table=table) is None


# -- a table of payment cards (issue 13 item 6) -------------------------------------

@pytest.mark.parametrize("name,typ", [("month", "varchar(255)"), ("year", "varchar(255)"),
                                      ("name", "varchar(255)"), ("exp_month", "int")])
def test_the_fields_of_a_table_of_payment_cards_are_card_data(name, typ):
    c = classify_column(name, typ, table="spree_credit_cards")
    assert c.category == "financial.card"
    assert any("stores payment cards" in e for e in c.evidence)


@pytest.mark.parametrize("name,typ,table", [
    ("month", "varchar(255)", "cards"),               # a kanban board's cards
    ("month", "varchar(255)", "reports"),
    ("created_at", "datetime", "spree_credit_cards"),
    ("default", "boolean", "spree_credit_cards"),
    ("payment_method_id", "int", "spree_credit_cards"),
])
def test_card_fields_stay_out_elsewhere(name, typ, table):
    assert cat(name, typ, table=table) is None


def test_the_score_memo_keeps_a_card_table_apart_from_a_like_table():
    # same context key otherwise: the card kind is part of the memo key
    assert cat("month", "varchar(255)", table="cards") is None
    assert cat("month", "varchar(255)", table="credit_cards") == "financial.card"
    assert cat("month", "varchar(255)", table="cards") is None


@pytest.mark.parametrize("name,typ,table,expected", [
    ("tinggal_bersama", "enum('orang tua','saudara','panti asuhan')", "calon_siswa", "family.relationship"),
    ("payment_state", "varchar(255)", "orders", "financial.payment_status"),
    ("youth_name", "text", "fund_requests", "identity.name"),
    ("jumlah_saudara", "int", "calon_siswa", "family.size"),
    ("emp_ssn_num", "varchar(100)", "hs_hr_employee", "gov_id.ssn"),
    ("salt", "varchar(128)", "users", "credential.token"),
])
def test_more_concepts(name, typ, table, expected):
    assert cat(name, typ, table=table) == expected


@pytest.mark.parametrize("name,table", [("signer_role", "esignatures"), ("dokter_poli", "jadwal")])
def test_a_roles_thing_is_not_the_roles_name(name, table):
    assert cat(name, "varchar(50)", table=table) is None


# -- the vocabulary is ruleset data (issue 13) --------------------------------------

def _project(tmp_path, text):
    from schemalint.classify import load_ruleset

    p = tmp_path / "r.yaml"
    p.write_text("extends: default\n" + text)
    return load_ruleset(p)


def test_closed_families_are_ruleset_data(tmp_path):
    rs = _project(tmp_path, "settings:\n  closed_families: [boolean]\n")
    # no longer closed: an enum only lowers a NIK's score (-0.35) instead of ruling it out
    c = classify_column("kondisi_e_ktp", "enum('baik','rusak')", table="penduduk", ruleset=rs)
    assert c.category == "gov_id.nik" and any("unusual" in e for e in c.evidence)


def test_rule_targets_are_ruleset_data(tmp_path):
    # without a payroll target the payroll inference is off
    rs = _project(tmp_path, "settings:\n  rule_targets: {payroll: financial.debt}\n")
    from schemalint.classify import classify_schema

    from .helpers import schema_from_sql

    sch = schema_from_sql("CREATE TABLE penggajian (id int PRIMARY KEY, pegawai_id int, "
                          "komponen_a decimal(12,2));")
    assert classify_schema(sch, rs)[("penggajian", "komponen_a")].category == "financial.debt"
    assert classify_schema(sch)[("penggajian", "komponen_a")].category == "financial.salary"


@pytest.mark.parametrize("text,problem", [
    ("settings:\n  closed_families: [enumm]\n", "settings.closed_families.0: expected one of"),
    ("settings:\n  rule_targets: {payroll: financial.nope}\n", "unknown category 'financial.nope'"),
    ("settings:\n  rule_targets: {salary: financial.salary}\n", "settings.rule_targets"),
    ("settings:\n  lexicon_evidence: {clinical: health.nope}\n", "unknown category 'health.nope'"),
    ("words:\n  trailing_abbreviations: {Num: 'no'}\n", "one lower-case word"),
    ("context:\n  qualifiers: {containers: [berkas]}\n", "context.qualifiers"),
    ("roles:\n  message_parties: {contact.mail: [from]}\n", "'contact.mail' is not a category"),
    ("roles:\n  person_identifiers: [gov_id.nikk]\n", "'gov_id.nikk' is not a category"),
    ("roles:\n  kind_heads: role\n", "roles.kind_heads"),
    ("context:\n  secret_purposes: [verification, 3]\n", "context.secret_purposes"),
    ("settings:\n  lexicon_suffixes: {clinical: [ectomy, 7]}\n", "settings.lexicon_suffixes"),
])
def test_the_new_ruleset_keys_are_validated(tmp_path, text, problem):
    from schemalint.classify import RulesetError

    with pytest.raises(RulesetError) as ei:
        _project(tmp_path, text)
    assert problem in str(ei.value)


@pytest.mark.parametrize("name,typ,expected", [
    ("tanggal_perkawinan", "date", "demographic.marital_status"),   # a marriage date reveals it
    ("tanggalperceraian", "date", "demographic.marital_status"),
    ("is_masyarakat_miskin", "boolean", "financial.welfare_status"),
    ("home_child_count", "int", "family.size"),
])
def test_dates_flags_and_counts_that_reveal_a_category(name, typ, expected):
    assert cat(name, typ, table="penduduk") == expected


@pytest.mark.parametrize("name,typ", [
    ("tgl_lahir_updated_at", "timestamp"),        # when the birth date was changed
    ("status_kawin_updated_at", "timestamp"),
    ("birth_date_created", "datetime"),
])
def test_a_date_a_value_was_written_is_not_the_value(name, typ):
    c = classify_column(name, typ, table="penduduk")
    assert c.category is None
    assert any("recorded or changed" in e for e in c.evidence)


@pytest.mark.parametrize("name", ["penghasilan_per_bulan", "gaji_per_bulan", "income_per_month"])
def test_a_rate_per_period_is_an_amount_not_a_date(name):
    assert cat(name, "int", table="data_ayah") == "financial.salary"


def test_a_period_alone_is_still_a_date():
    assert cat("gaji_bulan", "date", table="pegawai") is None
