"""Structural rules of issue 13 (third round): an image column of a person's
master record is the person's photo; a prefix that abbreviates the table's
name is left out before the rest of the name is read."""

import pytest

from schemalint.classify import classify_column, classify_schema, load_ruleset
from schemalint.classify.prefix import abbreviates, strip_prefix, table_prefix

from .helpers import schema_from_sql

IMAGE = {"field_class": "ImageField"}


@pytest.fixture(scope="module")
def rs():
    return load_ruleset()


# -- an image in a person's master record is the person's photo ---------------------------

@pytest.mark.parametrize("name, table", [
    ("profile", "employee"),
    ("employee_profile", "employees"),
    ("profil", "pegawai"),
])
def test_image_field_in_a_persons_table_is_a_photo(rs, name, table):
    c = classify_column(name, "imagefield(100)", table=table, hints=IMAGE, ruleset=rs,
                        beside=["first_name", ("birth_date", "date")])
    assert c.category == "biometric.photo"
    assert any("holds an image" in e and "master record" in e for e in c.evidence)


def test_image_type_without_orm_hint_counts_too(rs):
    c = classify_column("profile", "imagefield(100)", table="users", ruleset=rs,
                        beside=["first_name", "email"])
    assert c.category == "biometric.photo"


@pytest.mark.parametrize("name, table, beside", [
    ("image", "products", ["name", "price"]),           # a product's image
    ("logo", "organisations", ["name", "address"]),      # an organisation's
    ("icon", "ref_agama", ["kode", "nama"]),            # a list of kinds
    ("scan", "documents", ["title", "body"]),           # a document's
    ("logo", "users", ["first_name", "email"]),        # a negative of photo: the company logo
    ("product_image", "users", ["first_name", "email"]),  # a thing's image
])
def test_image_field_elsewhere_is_not_a_photo(rs, name, table, beside):
    c = classify_column(name, "imagefield(100)", table=table, hints=IMAGE, ruleset=rs,
                        beside=beside)
    assert c.category != "biometric.photo"


def test_a_text_column_in_a_persons_table_is_not_a_photo(rs):
    c = classify_column("profile", "varchar(100)", table="employee", ruleset=rs,
                        beside=["first_name", ("birth_date", "date")])
    assert c.category is None


# -- a prefix that abbreviates the table's name ---------------------------------------------

@pytest.mark.parametrize("prefix, table", [
    ("eec", "hs_hr_emp_emergency_contacts"),   # initials of emp emergency contacts
    ("ed", "hs_hr_emp_dependents"),
    ("emp", "hs_hr_employee"),                 # a short form of one word
    ("usr", "users"),
    ("cst", "customers"),
    ("pgw", "pegawai"),
])
def test_abbreviates(prefix, table):
    assert abbreviates(prefix, table)


@pytest.mark.parametrize("prefix, table", [
    ("section", "module_acl_sections"),  # the word itself (a plural's singular), not a short form
    ("emp", "hs_hr_emp_passport"),       # the whole word 'emp'
    ("xq", "customers"),
    ("sc", "customers"),                 # letters of the word, but not its first
    ("c", "customers"),                  # one letter says nothing
])
def test_does_not_abbreviate(prefix, table):
    assert not abbreviates(prefix, table)


def test_table_prefix_needs_most_columns_and_a_meaningless_word():
    cols = ["cst_id", "cst_name", "cst_phone", "created_at"]
    assert table_prefix("customers", cols) == "cst"
    assert table_prefix("customers", ["cst_name", "phone", "email", "created_at"]) is None
    assert table_prefix("customers", cols, meaningful=lambda w: True) is None
    assert table_prefix("temporary", ["temp1", "temp2", "temp3"]) is None
    assert strip_prefix("eecHomeNo", "eec") == "HomeNo"
    assert strip_prefix("eec_name", "eec") == "name"
    assert strip_prefix("eec", "eec") is None


PREFIXED = """
CREATE TABLE customers (cst_id INT PRIMARY KEY, cst_name VARCHAR(100), cst_phone VARCHAR(20),
  cst_email VARCHAR(100), cst_alamat TEXT);
CREATE TABLE pegawai (pgw_id INT PRIMARY KEY, pgw_nama VARCHAR(100), pgw_alamat TEXT,
  pgw_tgl_lahir DATE);
CREATE TABLE hs_hr_emp_emergency_contacts (emp_number INT, eec_seqno INT, eec_name VARCHAR(100),
  eec_relationship VARCHAR(100), eec_mobile_no VARCHAR(100));
CREATE TABLE widgets (wdg_id INT PRIMARY KEY, eec_name VARCHAR(100), eec_phone VARCHAR(20),
  eec_code VARCHAR(10));
"""


def test_prefixed_columns_are_read_without_the_prefix(rs):
    res = classify_schema(schema_from_sql(PREFIXED), rs)
    got = {k: v.category for k, v in res.items()}
    assert got[("customers", "cst_phone")] == "contact.phone"
    assert got[("customers", "cst_name")] == "identity.name"
    assert got[("pegawai", "pgw_nama")] == "identity.name"
    assert got[("pegawai", "pgw_tgl_lahir")] == "demographic.birth_date"
    c = res[("hs_hr_emp_emergency_contacts", "eec_name")]
    assert c.group in ("identity", "family")
    assert any("prefix 'eec'" in e and "abbreviates the table name" in e for e in c.evidence)


def test_a_prefix_that_abbreviates_nothing_is_kept(rs):
    # the same column names as the contacts table: 'eec' says nothing about 'widgets', and
    # the result cached for the stripped name must not leak into this table
    res = classify_schema(schema_from_sql(PREFIXED), rs)
    c = res[("widgets", "eec_name")]
    assert c.category is None
    assert not any("prefix" in e for e in c.evidence)
    assert res[("widgets", "eec_phone")].category is None


# -- whose name: a person's name in an organisation's row ---------------------------------

@pytest.mark.parametrize("name, table, beside", [
    ("contact_name", "vendors", ["business_name", "phone"]),        # the phrase names a person
    ("contact_name", "donation_sites", ["name", "address"]),
    ("first_name", "partner_partneraddress", ["line1", "city"]),     # only a person has one
    ("last_name", "supplier_addresses", ["line1", "postcode"]),
])
def test_a_persons_name_in_an_organisations_row(rs, name, table, beside):
    c = classify_column(name, "varchar(100)", table=table, beside=beside, ruleset=rs)
    assert c.category == "identity.name", c.evidence


@pytest.mark.parametrize("name, table, beside", [
    ("name", "vendors", ["business_name", "phone"]),                  # the vendor's own name
    ("company_name", "partner_partneraddress", ["line1", "city"]),
])
def test_an_organisations_own_name_stays_out(rs, name, table, beside):
    assert classify_column(name, "varchar(100)", table=table, beside=beside,
                           ruleset=rs).category is None


# -- a PIN code beside an address is a postal code -----------------------------------------

def test_pin_beside_address_columns_is_a_postal_code(rs):
    for name in ("pin", "pincode"):
        c = classify_column(name, "varchar(10)", table="addresses", ruleset=rs,
                            beside=["street", "city", "state", "district"])
        assert c.category == "contact.address", (name, c.evidence)
        assert any("Postal Index Number" in e for e in c.evidence)


def test_pin_elsewhere_is_still_a_secret(rs):
    for name in ("pin", "pincode"):
        c = classify_column(name, "varchar(10)", table="users", ruleset=rs, beside=["username", "password"])
        assert c.category == "credential.pin", name


# -- an organisation's profile and a help desk's threads -----------------------------------

def test_a_partners_profile_is_an_organisations_row(rs):
    c = classify_schema(schema_from_sql("""
CREATE TABLE partner_profiles (id int PRIMARY KEY, partner_id int, name varchar(100),
  address1 varchar(200), city varchar(50), zip_code varchar(10), twitter varchar(50));
CREATE TABLE employee_bank_details (id int PRIMARY KEY, employee_id int, bank_name varchar(50),
  account_number varchar(30), address varchar(200));""", dialect="mysql"), rs)
    assert c.roles["partner_profiles"].kind == "organisation"
    for col in ("name", "address1", "city", "zip_code", "twitter"):
        assert c[("partner_profiles", col)].category is None, col
    # a person's word before the head: an employee's bank details stay personal
    assert c.roles["employee_bank_details"].kind != "organisation"
    assert c[("employee_bank_details", "account_number")].group == "financial"


def test_a_help_desk_threads_parties_are_addresses(rs):
    c = classify_schema(schema_from_sql("""
CREATE TABLE customers (id int PRIMARY KEY, first_name varchar(50), email varchar(100));
CREATE TABLE threads (id int PRIMARY KEY, customer_id int REFERENCES customers(id), body text,
  `from` varchar(191), `to` text, cc text, bcc text);""", dialect="mysql"), rs)
    for col in ("from", "to", "cc", "bcc"):
        assert c[("threads", col)].category == "contact.email", col
    assert c[("threads", "body")].category is None
