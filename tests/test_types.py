"""The type layer (schemalint/types.py): one family per type name, decided
once, for every frontend and for the classifier."""

from __future__ import annotations

import subprocess
import sys

import pytest

from schemalint import types
from schemalint.classify import classify_column, ruleset
from schemalint.classify.engine import type_info
from schemalint.model import ColumnType
from tests.conftest import REPO


@pytest.mark.parametrize("base,params,family", [
    # the contested names the issue lists, decided once (module docstring)
    ("xml", (), "json"), ("xmltype", (), "json"),
    ("bit", (), "boolean"), ("bit", ("1",), "boolean"), ("bit", ("8",), "binary"),
    ("varbit", (), "binary"), ("bit varying", ("5",), "binary"),
    ("inet", (), "network"), ("cidr", (), "network"), ("macaddr", (), "network"),
    ("number", (), "decimal"), ("number", ("10",), "decimal"), ("number", ("10", "2"), "decimal"),
    ("tsvector", (), "search"), ("tsquery", (), "search"),
    # and the ordinary ones
    ("varchar", ("16",), "text"), ("character varying", (), "text"), ("citext", (), "text"),
    ("tinyint", ("1",), "boolean"), ("tinyint", ("4",), "integer"), ("tinyint", (), "integer"),
    ("year", (), "integer"), ("double precision", (), "float"), ("money", (), "decimal"),
    ("timestamp with time zone", (), "datetime"), ("timetz", (), "time"), ("interval", (), "interval"),
    ("bytea", (), "binary"), ("long raw", (), "binary"), ("jsonb", (), "json"), ("hstore", (), "json"),
    ("uniqueidentifier", (), "uuid"), ("set", (), "enum"), ("int[]", (), "array"), ("vector", ("3",), "array"),
    ("geography", (), "geo"),
])
def test_family_of_decides_each_name_once(base, params, family):
    assert types.family_of(base, params) == family
    assert types.family_of(base.upper(), params) == family  # case does not matter


def test_unknown_and_user_defined_names_are_other():
    assert types.family_of("member_status") == "other"
    assert types.family_of("ltree") == "other"
    assert types.family_of("") == "other"


def test_qualified_and_modified_names_are_looked_up_by_their_type():
    assert types.family_of("public.geometry") == "geo"
    assert types.family_of('"pg_catalog"."int4"') == "integer"
    assert types.family_of("int unsigned") == "integer"
    assert types.family_of("varchar binary") == "text"
    assert types.family_of("myschema.mystatus") == "other"


@pytest.mark.parametrize("text,name,family,params", [
    ("varchar(20)", "varchar", "text", ("20",)),
    ("DECIMAL(10, 2)", "decimal", "decimal", ("10", "2")),
    ("timestamp(6) with time zone", "timestamp with time zone", "datetime", ("6",)),
    ("int(10) unsigned", "int", "integer", ("10",)),
    ("varchar(255) BINARY", "varchar", "text", ("255",)),
    ("text[]", "text[]", "array", ()),
    ("array<string>", "array", "array", ("string",)),
    ("enum('a,b', 'c')", "enum", "enum", ("'a,b'", "'c'")),
    ("numeric(precision=10, scale=2)", "numeric", "decimal", ("10", "2")),
    ("geometry(Point, 4326)", "geometry", "geo", ("Point", "4326")),
    ("bit(8)", "bit", "binary", ("8",)),
    ("xml", "xml", "json", ()),
    ("", "unknown", "other", ()),
])
def test_parse_type_reads_type_text(text, name, family, params):
    ct = types.parse_type(text)
    assert (ct.name, ct.family, ct.params, ct.raw) == (name, family, params, text.strip())


def test_column_type_takes_the_family_from_the_layer():
    assert types.column_type("VarChar", ("16",), "String(16)") == ColumnType("varchar", "text", ("16",), "String(16)")
    assert types.column_type("bit", ("1",)).family == "boolean"


def test_one_family_list_and_every_family_is_reachable():
    assert ruleset.FAMILIES is types.FAMILIES  # rulesets validate against the same list
    reached = {fam for fam in types._FAMILY.values()} | {"other"}
    assert reached == set(types.FAMILIES)


def test_the_classifier_trusts_the_column_types_family():
    # a frontend's family is taken as it is; the name is not re-derived
    assert type_info(ColumnType("strange", "json", (), "strange")).family == "json"
    assert type_info(ColumnType("varchar", "other", ("16",), "x")).family == "other"
    assert type_info("varchar(16)").family == "text"
    assert type_info("inet").family == "network"
    assert type_info(ColumnType("int", "integer")).int32 and not type_info(ColumnType("bigint", "integer")).int32


def test_search_and_network_families_keep_their_meaning_for_the_classifier():
    assert classify_column("nik", "tsvector", table="peserta").category is None
    assert classify_column("nik", ColumnType("tsv", "search"), table="peserta").category is None
    assert classify_column("nik", "char(16)", table="peserta").category == "gov_id.nik"


def test_importing_the_type_layer_imports_no_parser():
    code = ("import sys, schemalint.types; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlglot', 'yaml', 'tree_sitter')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_ruleset_docs_name_every_family():
    row = next(line for line in (REPO / "docs" / "rulesets.md").read_text().splitlines()
               if line.startswith("| `types` |"))
    named = row.split("schemalint/types.py`:", 1)[1].split(")", 1)[0]
    assert tuple(w.strip(" `") for w in named.split(",")) == types.FAMILIES
