"""Table roles (schemalint/classify/roles.py) and references (references.py):
each role has schemas that give it and schemas that must not."""

import pytest

from schemalint.classify import classify_schema, load_ruleset, table_roles
from schemalint.classify.references import build_graph, namespace_prefixes
from schemalint.classify.report import to_json, to_text
from schemalint.classify.roles import Role, assign_roles

from .helpers import schema_from_sql


@pytest.fixture(scope="module")
def rs():
    return load_ruleset()


def roles_of(sql, rs, dialect="mysql"):
    return table_roles(schema_from_sql(sql, dialect=dialect), rs)


# -- person ---------------------------------------------------------------------

def test_person_master_record_from_its_name(rs):
    r = roles_of("CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100));", rs)
    assert r["penduduk"].kind == "person"
    assert any("penduduk" in e for e in r["penduduk"].evidence)


def test_a_table_named_after_a_persons_role_lists_people(rs):
    r = roles_of("CREATE TABLE bendaharas (id int PRIMARY KEY, nama varchar(100), foto varchar(200));", rs)
    assert r["bendaharas"].kind == "person"


def test_a_list_of_kinds_of_people_is_a_lookup_not_a_person(rs):
    r = roles_of("CREATE TABLE contact_types (id int PRIMARY KEY, name varchar(50));", rs)
    assert r["contact_types"].kind == "lookup"
    cls = classify_schema(schema_from_sql("CREATE TABLE contact_types (id int PRIMARY KEY, name varchar(50));",
                                          dialect="mysql"), rs)
    assert cls[("contact_types", "name")].category is None


def test_an_english_name_whose_last_word_names_kinds_lists_kinds_not_people(rs):
    sql = """CREATE TABLE member_roles (id int PRIMARY KEY, name varchar(40), description text,
  sort int, created_at datetime, updated_at datetime, archived boolean);
CREATE TABLE customer_groups (id int PRIMARY KEY, name varchar(40), discount decimal(5,2),
  code varchar(10), created_at datetime, active boolean);"""
    r = roles_of(sql, rs)
    for table in ("member_roles", "customer_groups"):
        assert r[table].kind == "lookup", table
        assert any("the last word is the head" in e for e in r[table].evidence), r[table].evidence
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("member_roles", "name")].category is None


def test_a_person_word_last_stays_a_person(rs):
    sql = """CREATE TABLE role_members (id int PRIMARY KEY, full_name varchar(100), email varchar(100));
CREATE TABLE group_members (id int PRIMARY KEY, name varchar(100), phone varchar(20));"""
    r = roles_of(sql, rs)
    assert r["role_members"].kind == "person"
    assert r["group_members"].kind == "person"


# -- records about a person -----------------------------------------------------------

PATIENTS = """
CREATE TABLE patients (id int PRIMARY KEY, name varchar(100), birth_date date);
"""


def test_clinical_record_by_name_and_reference(rs):
    r = roles_of(PATIENTS + """
CREATE TABLE observation (id int PRIMARY KEY, patient_id int, temperature decimal(4,1));""", rs)
    o = r["observation"]
    assert o.kind == "record" and o.about == "clinical" and o.clinical
    assert o.via == "patient_id"
    assert any("patient_id" in e and "patients" in e for e in o.evidence)


def test_clinical_record_by_its_clinical_words(rs):
    # 'form_review' says nothing clinical: its columns do
    r = roles_of("""
CREATE TABLE patient_data (id int PRIMARY KEY, pid bigint UNIQUE, fname varchar(100));
CREATE TABLE form_review (id int PRIMARY KEY, pid bigint, fever varchar(5), chills varchar(5),
  headache varchar(5), insomnia varchar(5), notes text);""", rs)
    f = r["form_review"]
    assert f.kind == "record" and f.about == "clinical"
    assert any("clinical words" in e for e in f.evidence)
    assert any("'pid'" in e and "patient_data" in e for e in f.evidence)


def test_a_record_about_a_person_that_is_not_clinical(rs):
    r = roles_of("""
CREATE TABLE users (id int PRIMARY KEY, email varchar(100), password varchar(100));
CREATE TABLE login_history (id int PRIMARY KEY, user_id int, ip_address varchar(45),
  user_agent varchar(200), created_at timestamp);""", rs)
    h = r["login_history"]
    assert h.kind == "record" and h.about != "clinical" and not h.clinical


def test_a_record_that_details_a_clinical_record_is_clinical(rs):
    r = roles_of(PATIENTS + """
CREATE TABLE consultation (id int PRIMARY KEY, patient_id int, complaint text);
CREATE TABLE daily_notes (id int PRIMARY KEY, consultation_id int, pupil_size int);""", rs)
    assert r["consultation"].clinical
    d = r["daily_notes"]
    assert d.kind == "record" and d.clinical
    assert any("consultation" in e for e in d.evidence)


def test_the_prefix_a_family_of_records_shares_says_their_kind(rs):
    # 'student_medical_' is the prefix of three tables: the name without it says
    # 'visits', 'notes', 'alerts'; with it, medical records of a student
    r = roles_of("""
CREATE TABLE students (id int PRIMARY KEY, first_name varchar(50), birthdate date);
CREATE TABLE student_medical_visits (id int PRIMARY KEY, student_id int, reason text, result text);
CREATE TABLE student_medical_notes (id int PRIMARY KEY, student_id int, comments text);
CREATE TABLE student_medical_alerts (id int PRIMARY KEY, student_id int, title text);""", rs)
    v = r["student_medical_visits"]
    assert v.kind == "record" and v.clinical
    assert any("clinical ('medical')" in e for e in v.evidence)
    assert r["student_medical_notes"].clinical and r["student_medical_alerts"].clinical


def test_a_prefix_without_a_kind_word_says_nothing(rs):
    r = roles_of("""
CREATE TABLE students (id int PRIMARY KEY, first_name varchar(50), birthdate date);
CREATE TABLE student_club_visits (id int PRIMARY KEY, student_id int, reason text);
CREATE TABLE student_club_notes (id int PRIMARY KEY, student_id int, comments text);
CREATE TABLE student_club_badges (id int PRIMARY KEY, student_id int, title text);""", rs)
    v = r["student_club_visits"]
    assert v.kind == "record" and v.about == "other" and not v.clinical


def test_medical_goods_tied_to_no_person_are_no_clinical_record(rs):
    r = roles_of("""
CREATE TABLE medical_supplies (id int PRIMARY KEY, name varchar(100), stock int, price decimal(10,2));""", rs)
    assert not r["medical_supplies"].clinical


def test_financial_record(rs):
    r = roles_of("""
CREATE TABLE customers (id int PRIMARY KEY, name varchar(100));
CREATE TABLE payments (id int PRIMARY KEY, customer_id int, amount decimal(10,2));""", rs)
    assert r["payments"].kind == "record" and r["payments"].about == "financial"


# -- lookups ------------------------------------------------------------------------

def test_sensitive_lookup_names_its_category(rs):
    r = roles_of("CREATE TABLE agama (id int PRIMARY KEY, nama varchar(20));", rs)
    assert r["agama"].kind == "lookup" and r["agama"].lookup_of == "demographic.religion"
    assert "demographic.religion" in r["agama"].label


def test_a_person_table_is_never_a_sensitive_lookup(rs):
    # 'agama' in the name, but a person key: a record, not the list of religions
    r = roles_of("""
CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16));
CREATE TABLE riwayat_agama (id int PRIMARY KEY, penduduk_id int, agama varchar(20), sejak date);""", rs)
    assert r["riwayat_agama"].kind == "record"


def test_code_and_name_pair_is_a_list(rs):
    r = roles_of("CREATE TABLE bahan (kode_bahan varchar(10) PRIMARY KEY, nama_bahan varchar(50));", rs)
    assert r["bahan"].kind == "lookup"
    assert any("kode_bahan" in e for e in r["bahan"].evidence)


def test_code_and_name_with_many_values_is_not_a_list(rs):
    cols = ", ".join(f"v{i} varchar(10)" for i in range(8))
    r = roles_of(f"CREATE TABLE bahan (kode_bahan varchar(10), nama_bahan varchar(50), {cols});", rs)
    assert r["bahan"].kind != "lookup"


# -- not about people ---------------------------------------------------------------

def test_permission_matrix_of_true_false_flags_is_configuration(rs):
    flags = ", ".join(f"`{n}` enum('true','false')" for n in
                      ("diagnosis", "fingerprint", "penyakit", "obat", "pasien_baru", "billing",
                       "laporan", "rekam_medis"))
    sql = f"CREATE TABLE akses_user (id_user varchar(30) PRIMARY KEY, {flags});"
    r = roles_of(sql, rs)
    assert r["akses_user"].kind == "configuration"
    assert any("flags" in e or "akses" in e for e in r["akses_user"].evidence)
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("akses_user", "diagnosis")].category is None
    assert cls[("akses_user", "fingerprint")].category is None


def test_few_flags_do_not_make_configuration(rs):
    r = roles_of("""CREATE TABLE pasien (no_rkm_medis varchar(15) PRIMARY KEY, nm_pasien varchar(40),
      hamil enum('true','false'), alamat varchar(200), tgl_lahir date);""", rs)
    assert r["pasien"].kind == "person"


@pytest.mark.parametrize("name", ["migrations", "failed_jobs", "sessions", "cache"])
def test_system_tables(rs, name):
    r = roles_of(f"CREATE TABLE {name} (id int PRIMARY KEY, payload text, user_id int);", rs)
    assert r[name].kind == "system"


def test_settings_are_configuration_and_fire_nothing(rs):
    sql = "CREATE TABLE settings (id int PRIMARY KEY, email varchar(100), phone varchar(20));"
    assert roles_of(sql, rs)["settings"].kind == "configuration"
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("settings", "email")].category is None


def test_a_table_named_like_settings_that_holds_a_nik_is_about_people(rs):
    """Settings hold no NIK: 'akses (nama, nik, email, password)' is the
    staff's accounts (SIMRS-Core), whatever its name says; without the NIK
    the name still says configuration."""
    sql = ("CREATE TABLE akses (id int PRIMARY KEY, nama varchar(100), nik varchar(16), email varchar(100), "
           "kontak varchar(20), password text);")
    r = roles_of(sql, rs)
    assert r["akses"].kind != "configuration"
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("akses", "nik")].category == "gov_id.nik"
    assert cls[("akses", "email")].category == "contact.email"
    sql = "CREATE TABLE akses (id int PRIMARY KEY, nama varchar(100), email varchar(100), kontak varchar(20));"
    assert roles_of(sql, rs)["akses"].kind == "configuration"


def test_organisation_address_and_phone_are_not_personal(rs):
    sql = "CREATE TABLE suppliers (id int PRIMARY KEY, name varchar(100), address text, phone varchar(20));"
    r = roles_of(sql, rs)
    assert r["suppliers"].kind == "organisation"
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("suppliers", "address")].category is None
    assert cls[("suppliers", "phone")].category is None
    assert any("organisation" in e for e in cls[("suppliers", "phone")].evidence)


_EVENTS_APP = """
CREATE TABLE auth_user (id int PRIMARY KEY, username varchar(150), email varchar(254));
CREATE TABLE events_event (id int PRIMARY KEY, title varchar(200), start_dt datetime, place varchar(200));
CREATE TABLE events_registration (id int PRIMARY KEY, event_id int REFERENCES events_event(id),
  user_id int REFERENCES auth_user(id), amount decimal(10,2));
CREATE TABLE events_{table} (id int PRIMARY KEY, registration_id int REFERENCES events_registration(id),
  name varchar(100), address varchar(200), phone varchar(50), email varchar(254));"""


def test_an_organisation_word_in_the_namespace_prefix_only_does_not_make_a_record_about_things(rs):
    # Django's events_registrant: the app 'events' is about events, its rows are registrants
    # (a record tied to a user through events_registration)
    sql = _EVENTS_APP.format(table="registrant")
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls.roles["events_registrant"].kind == "record"
    for col, cat in (("address", "contact.address"), ("phone", "contact.phone"), ("email", "contact.email")):
        assert cls[("events_registrant", col)].category == cat, col


def test_an_organisation_word_in_the_rest_of_the_name_still_counts(rs):
    # events_office: its own name says what the rows are (an office), prefix or not
    sql = _EVENTS_APP.format(table="office")
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("events_office", "phone")].category is None


def test_a_contact_person_in_an_organisation_is_still_personal(rs):
    sql = "CREATE TABLE suppliers (id int PRIMARY KEY, contact_person_phone varchar(20));"
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("suppliers", "contact_person_phone")].category == "contact.phone"


def test_unknown_role_says_why(rs):
    r = roles_of("CREATE TABLE widgets_x (a int, b int);", rs)
    assert r["widgets_x"].kind in ("unknown", "configuration")
    r = roles_of("CREATE TABLE qwerty (a int, b varchar(10), c text);", rs)
    assert r["qwerty"] == Role("unknown", evidence=r["qwerty"].evidence) and r["qwerty"].evidence


# -- namespace prefixes and references --------------------------------------------------

def test_namespace_prefix_needs_three_tables_and_is_never_a_whole_name():
    names = [("mlite", "a"), ("mlite", "b"), ("mlite", "c"), ("pasien",), ("patient", "data"),
             ("patient", "x"), ("patient", "y"), ("patient",)]
    p = namespace_prefixes(names)
    assert ("mlite",) in p
    assert ("patient",) not in p  # 'patient' is a table of its own


def test_prefix_does_not_hide_the_lookup_word(rs):
    r = roles_of("""
CREATE TABLE users_user (id int PRIMARY KEY, name varchar(100));
CREATE TABLE users_state (id int PRIMARY KEY, name varchar(50));
CREATE TABLE users_district (id int PRIMARY KEY, name varchar(50), state_id int);
CREATE TABLE users_skill (id int PRIMARY KEY, name varchar(50));""", rs)
    assert r["users_district"].kind == "lookup" and r["users_district"].lookup_of == "contact.address"


def test_inferred_references(rs):
    sch = schema_from_sql("""
CREATE TABLE pasien (no_rkm_medis varchar(15) PRIMARY KEY, nm_pasien varchar(40));
CREATE TABLE reg_periksa (no_rawat varchar(17) PRIMARY KEY, no_rkm_medis varchar(15));
CREATE TABLE ref_agama (kd_agama char(2) PRIMARY KEY, nm_agama varchar(20));
CREATE TABLE religions (id int PRIMARY KEY, name varchar(20));
CREATE TABLE patient_data (id int PRIMARY KEY, pid bigint);
CREATE TABLE rujukan_keluar (id int PRIMARY KEY, no_rawat varchar(17), pid bigint);
CREATE TABLE stok_keluar (id int PRIMARY KEY, id_stok_keluar int, kd_agama char(2), religion_id int);
""", dialect="mysql")
    g = build_graph(sch, rs)
    assert g.of("reg_periksa", "no_rkm_medis").target == "pasien"
    assert "key of 'pasien'" in g.of("reg_periksa", "no_rkm_medis").why
    assert g.of("rujukan_keluar", "no_rawat").target == "reg_periksa"
    assert g.of("rujukan_keluar", "pid").target == "patient_data"
    assert g.of("stok_keluar", "kd_agama").target == "ref_agama"
    assert g.of("stok_keluar", "religion_id").target == "religions"
    # never a table's own key, never a last word shared by chance
    assert g.of("pasien", "no_rkm_medis") is None
    assert g.of("stok_keluar", "id_stok_keluar") is None
    assert all(r.how == "inferred" for r in g.refs)


def test_declared_references(rs):
    sch = schema_from_sql("""
CREATE TABLE villages (id int PRIMARY KEY, name varchar(50));
CREATE TABLE residents (id int PRIMARY KEY, home int REFERENCES villages(id));""")
    r = build_graph(sch, rs).of("residents", "home")
    assert r.target == "villages" and r.how == "declared" and "declared foreign key" in r.why


# -- output -------------------------------------------------------------------------

def test_classify_output_shows_roles_with_evidence(rs):
    sch = schema_from_sql("""
CREATE TABLE agama (id int PRIMARY KEY, nama varchar(20));
CREATE TABLE penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100), agama_id int);""",
                          dialect="mysql")
    cls = {sch.history: classify_schema(sch, rs)}
    text = to_text([sch], cls, show_all=True, evidence=None)
    assert "table agama: a lookup or master list of demographic.religion" in text
    assert "table penduduk: a person's master record" in text
    assert any(line.startswith("    role: ") and "'agama'" in line for line in text.splitlines())
    # every evidence line of a column is shown
    agama_id = cls[sch.history][("penduduk", "agama_id")]
    for e in agama_id.evidence:
        assert "    why: " + e in text
    js = to_json([sch], cls)
    tables = {t["table"]: t for t in js["tables"]}
    assert tables["agama"]["role"] == "lookup" and tables["agama"]["lookup_of"] == "demographic.religion"
    assert tables["penduduk"]["evidence"] and "{table}" not in tables["penduduk"]["evidence"][0]
    row = next(c for c in js["columns"] if c["column"] == "agama_id")
    assert row["table_role"] == "person"


def test_assign_roles_is_deterministic(rs):
    sql = PATIENTS + "CREATE TABLE observation (id int PRIMARY KEY, patient_id int, note text);"
    a = assign_roles(schema_from_sql(sql), rs).roles
    b = assign_roles(schema_from_sql(sql), rs).roles
    assert a == b


def test_lab_reference_ranges_by_sex_and_age_are_master_data(rs):
    sql = """CREATE TABLE lab_reference_ranges (id int PRIMARY KEY, test_code varchar(20),
      sex char(1), age_min int, age_max int, low decimal(8,2), high decimal(8,2));"""
    assert roles_of(sql, rs)["lab_reference_ranges"].kind == "lookup"
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("lab_reference_ranges", "sex")].category is None
    # the same column in a patient's table is the patient's gender
    cls = classify_schema(schema_from_sql(
        "CREATE TABLE patients (id int PRIMARY KEY, name varchar(100), sex char(1));", dialect="mysql"), rs)
    assert cls[("patients", "sex")].category == "demographic.gender"


def test_an_accounting_map_is_master_data(rs):
    sql = "CREATE TABLE coa_mapping (kd_rek varchar(15), nm_rek varchar(100), kategori varchar(20));"
    assert roles_of(sql, rs)["coa_mapping"].kind == "lookup"


def test_flags_about_the_row_a_table_refers_to_are_no_settings(rs):
    flags = ", ".join(f"{n} boolean" for n in ("periksa_kehamilan", "pil_fe", "periksa_nifas",
                                                "konseling_gizi", "kunjungan_rumah", "kepemilikan_jamban",
                                                "air_bersih"))
    r = roles_of(f"""
CREATE TABLE tweb_penduduk (id int PRIMARY KEY, nik char(16), nama varchar(100));
CREATE TABLE kia (id int PRIMARY KEY, ibu_id int REFERENCES tweb_penduduk(id));
CREATE TABLE ibu_hamil (id int PRIMARY KEY, kia_id int, {flags});""", rs)
    assert r["ibu_hamil"].kind in ("record", "person")


def test_a_sensitive_word_inside_a_longer_name_is_no_list(rs):
    r = roles_of("CREATE TABLE program_workflow_state (id int PRIMARY KEY, name varchar(50));", rs)
    assert r["program_workflow_state"].lookup_of is None


def test_who_created_or_retired_a_row_does_not_make_it_theirs(rs):
    r = roles_of("""
CREATE TABLE users (id int PRIMARY KEY, username varchar(50), password varchar(100));
CREATE TABLE encounter_role (id int PRIMARY KEY, name varchar(50), description text,
  creator int REFERENCES users(id), retired_by int REFERENCES users(id));""", rs, dialect="postgres")
    assert r["encounter_role"].kind != "record"


def test_a_list_named_so_that_refers_to_a_patients_record_is_a_record(rs):
    r = roles_of("""
CREATE TABLE patients (id int PRIMARY KEY, name varchar(100), birth_date date);
CREATE TABLE consultation (id int PRIMARY KEY, patient_id int REFERENCES patients(id), notes text);
CREATE TABLE diagnosis (id int PRIMARY KEY, consultation_id int REFERENCES consultation(id),
  icd_code varchar(10), verification_status varchar(20));
CREATE TABLE religions (id int PRIMARY KEY, name varchar(20), parent_id int REFERENCES religions(id));""",
                 rs, dialect="postgres")
    assert r["diagnosis"].kind == "record" and r["diagnosis"].clinical
    assert r["religions"].kind == "lookup"  # referring to itself keeps a list a list


def test_an_audit_users_key_ties_no_row_to_a_person():
    """openIMIS: every table has AuditUserID; tblLocations is a list of places,
    not a record about the user who last changed it."""
    from schemalint.classify import classify_schema, load_ruleset

    from .helpers import schema_from_sql

    c = classify_schema(schema_from_sql("""
CREATE TABLE tblUsers (UserID int PRIMARY KEY, LastName varchar(100), AuditUserID int);
CREATE TABLE tblLocations (LocationId int PRIMARY KEY, LocationCode varchar(8), LocationName varchar(50),
  AuditUserId int);
CREATE TABLE tblOther (Id int PRIMARY KEY, Val varchar(8), AuditUserId int);""", dialect="mysql"), load_ruleset())
    assert c.roles["tbllocations"].kind != "record"
    assert c.roles["tblother"].kind != "record"
    assert c[("tbllocations", "locationname")].category is None


def test_a_plural_in_es_is_read_as_its_word():
    """freescout's `mailboxes` (an organisation's shared inbox) is named by
    'mailbox'; 'boxes' is not 'boxe'."""
    from schemalint.classify import classify_schema, load_ruleset

    from .helpers import schema_from_sql

    c = classify_schema(schema_from_sql(
        "CREATE TABLE mailboxes (id int PRIMARY KEY, name varchar(40), email varchar(128), "
        "signature text, out_username varchar(100), out_password varchar(255));", dialect="mysql"),
        load_ruleset())
    assert c.roles["mailboxes"].kind == "organisation"
    for col in ("name", "email", "signature"):
        assert c[("mailboxes", col)].category is None, col
    assert c[("mailboxes", "out_password")].group == "credential"  # a secret wherever it is


def test_a_schema_without_tables_builds_no_roles():
    import subprocess
    import sys

    code = ("import sys\nfrom schemalint.classify import classify_schema\nfrom schemalint.replay import Schema\n"
            "out = classify_schema(Schema(history='merge'))\n"
            "print(dict(out), out.roles, 'schemalint.classify.roles' in sys.modules)")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert got.stdout.strip() == "{} {} False", got.stderr
    # with a table, roles are assigned as before
    schema = schema_from_sql("CREATE TABLE pasien (id INT PRIMARY KEY, nama VARCHAR(50), nik CHAR(16));")
    assert classify_schema(schema).roles["pasien"].kind == "person"


def test_a_table_holding_an_identifier_only_a_person_has_is_about_people_whatever_its_name(rs):
    sql = """CREATE TABLE pns_rw_golongan (id char(36) PRIMARY KEY, nipbaru varchar(18), golongan varchar(10),
  tmt_golongan date);
CREATE TABLE list_pensiun_instansi (id int PRIMARY KEY, nama varchar(100), nip varchar(18),
  tgllahir date);
CREATE TABLE ref_golongan (id int PRIMARY KEY, kode varchar(5), nama varchar(50));"""
    r = roles_of(sql, rs)
    assert r["pns_rw_golongan"].kind != "lookup"
    assert r["list_pensiun_instansi"].kind != "organisation"
    assert r["ref_golongan"].kind == "lookup"  # a list of ranks holds no one's NIP
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("pns_rw_golongan", "nipbaru")].category == "gov_id.nip"
    assert cls[("list_pensiun_instansi", "nama")].category == "identity.name"
    assert any("identifier only a person has" in e for e in cls[("list_pensiun_instansi", "nama")].evidence)
    assert cls[("ref_golongan", "nama")].category is None


def test_a_concept_word_is_clinical_only_in_a_record_tied_to_a_patient_or_a_visit(rs):
    sql = """CREATE TABLE users (id int PRIMARY KEY, name varchar(100), email varchar(100));
CREATE TABLE problems (id int PRIMARY KEY, users_id int REFERENCES users(id), content text,
  urgency int, impact int);
CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100), nik char(16));
CREATE TABLE pendaftaran (id int PRIMARY KEY, pasien_id int REFERENCES pasien(id), tanggal date);
CREATE TABLE pendaftaran_tindakan (id int PRIMARY KEY, pendaftaran_id int REFERENCES pendaftaran(id),
  tindakan varchar(100), catatan text);"""
    r = roles_of(sql, rs)
    assert not r["problems"].clinical  # an IT service desk's problems
    assert r["pendaftaran_tindakan"].clinical  # a visit's procedures, two references from the patient
    cls = classify_schema(schema_from_sql(sql, dialect="mysql"), rs)
    assert cls[("problems", "urgency")].category is None
    assert cls[("pendaftaran_tindakan", "catatan")].category is not None


def test_a_glued_english_name_ending_in_a_kind_head_lists_kinds(rs):
    r = roles_of("CREATE TABLE usercategories (id int PRIMARY KEY, name varchar(100), comment text);", rs)
    assert r["usercategories"].kind == "lookup"


def test_an_application_form_of_yes_no_questions_is_no_settings_matrix(rs):
    """A benefits application asks yes/no questions (anyone_pregnant, citizen,
    ...) and the applicant's e-mail or phone: not a permissions matrix; the
    same flags alone are one."""
    qs = ", ".join(f"{n} boolean" for n in ("anyone_disabled", "anyone_married", "anyone_pregnant",
                                            "everyone_citizen", "own_vehicles", "money_in_accounts",
                                            "applying_for_food", "income_pension"))
    r = roles_of(f"CREATE TABLE snap_applications (id int PRIMARY KEY, {qs}, email varchar(100), "
                 f"phone_number varchar(20), signature varchar(100));", rs)
    assert r["snap_applications"].kind != "configuration"
    c = classify_schema(schema_from_sql(f"CREATE TABLE medicaid_applications (id int PRIMARY KEY, {qs}, "
                                        f"email varchar(100));", dialect="mysql"), rs)
    assert c[("medicaid_applications", "email")].category == "contact.email"
    r = roles_of(f"CREATE TABLE feature_flags (id int PRIMARY KEY, {qs}, label varchar(100));", rs)
    assert r["feature_flags"].kind == "configuration"


# -- a record named by a modifier word, and a record that names its person itself

def _categories(sql, rs, table):
    schema = schema_from_sql(sql, dialect="postgres")
    cls = classify_schema(schema, rs)
    return {c: r.category for (t, c), r in cls.items() if t == table}


def test_an_organisation_word_before_the_head_does_not_make_a_persons_record_an_organisation(rs):
    # a person's application to a programme is an application: its name and e-mail are the applicant's
    sql = """
CREATE TABLE users (id int PRIMARY KEY, email varchar(100), password varchar(100));
CREATE TABLE program_applications (id int PRIMARY KEY, user_id int REFERENCES users (id),
  name varchar(100), email varchar(100), motivation text);"""
    r = roles_of(sql, rs, dialect="postgres")
    assert r["program_applications"].kind == "record" and "org" in r["program_applications"].prefix_kinds
    cats = _categories(sql, rs, "program_applications")
    assert cats["email"] == "contact.email" and cats["motivation"] is None


def test_an_organisation_word_as_the_head_keeps_its_rows_organisations(rs):
    # must not fire: 'application_programs' are programmes ('programs' is the head)
    sql = """
CREATE TABLE users (id int PRIMARY KEY, email varchar(100), password varchar(100));
CREATE TABLE application_programs (id int PRIMARY KEY, user_id int REFERENCES users (id),
  name varchar(100), email varchar(100));"""
    assert "org" not in roles_of(sql, rs, dialect="postgres")["application_programs"].prefix_kinds
    cats = _categories(sql, rs, "application_programs")
    assert cats["name"] is None and cats["email"] is None


TRIAGE = """
CREATE TABLE covid_triage (id int PRIMARY KEY, msisdn varchar(20), date_of_birth date,
  fever boolean, cough boolean, sore_throat boolean, diabetes boolean, hypertension boolean,
  source varchar(20), created_at timestamp);"""


def test_a_record_that_names_its_person_in_the_row_and_holds_clinical_words_is_clinical(rs):
    r = roles_of(TRIAGE, rs, dialect="postgres")["covid_triage"]
    assert r.kind == "record" and r.about == "clinical" and r.via == "date_of_birth"
    assert any("identifies the person" in e for e in r.evidence)
    cats = _categories(TRIAGE, rs, "covid_triage")
    assert (cats["fever"] or "").startswith("health.") and (cats["diabetes"] or "").startswith("health.")
    assert cats["source"] is None and cats["created_at"] is None


def test_clinical_words_without_a_person_in_the_row_make_no_record(rs):
    # must not fire: a symptom checklist template (no one's phone, NIK or birth date)
    sql = TRIAGE.replace("msisdn varchar(20), date_of_birth date,", "name varchar(20),")
    assert roles_of(sql, rs, dialect="postgres")["covid_triage"].kind != "record"
    # nor a person's row with one clinical word among many
    sql = ("CREATE TABLE members (id int PRIMARY KEY, email varchar(100), date_of_birth date, "
           "fever boolean, city varchar(50), job varchar(50), hobby varchar(50));")
    assert roles_of(sql, rs, dialect="postgres")["members"].about != "clinical"
