"""Structural rules of issue 13 (third round): an image column of a person's
master record is the person's photo; a prefix that abbreviates the table's
name is left out before the rest of the name is read."""

import pytest

from schemalint.classify import classify_column, load_ruleset

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
