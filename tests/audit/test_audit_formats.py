"""Every audit format: shape, agreement with the JSON document, and
escaping of names that come from untrusted input."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from schemalint.audit import FORMATS, AuditOptions, render
from schemalint.audit import fides as fides_mod
from schemalint.audit._fmt import pct
from tests.audit.conftest import assert_headline_matches

DOCS = Path(__file__).resolve().parents[2] / "docs"


def doc(inv) -> dict:
    return json.loads(render("json", inv))


# -- json ------------------------------------------------------------------------


def test_json_shape_and_version(bpjs):
    d = doc(bpjs)
    assert d["schemalint"]["report"] == "audit" and d["schemalint"]["format"] == 1
    assert d["schemalint"]["ruleset"] == "default"
    assert [t["table"] for t in d["tables"]] == ["peserta", "peserta_aman"]  # riskiest first
    t = d["tables"][0]
    assert set(t) >= {"history", "table", "location", "columns_total", "personal_columns", "groups",
                      "identity_kit", "identity_attributes", "risk", "columns", "findings"}
    c = next(c for c in t["columns"] if c["column"] == "nik")
    assert c["category"] == "gov_id.nik" and c["encryption"]["status"] == "plaintext"
    assert c["retention"]["status"] == "missing" and c["introduced"]["line"] == 4
    assert {f["code"] for f in c["findings"]} >= {"ENC001"}
    assert sum(x["points"] for x in t["risk"]["contributions"]) == t["risk"]["score"]


def test_json_matches_the_documented_schema(bpjs, hostile):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DOCS / "audit.schema.json").read_text(encoding="utf-8"))
    for inv in (bpjs, hostile):
        jsonschema.validate(doc(inv), schema)


def test_json_is_deterministic(bpjs):
    assert render("json", bpjs) == render("json", bpjs)


# -- text ------------------------------------------------------------------------


def test_text_summary(bpjs):
    out = render("text", bpjs)
    s = bpjs.summary
    assert "riskiest" in out and "peserta" in out
    assert f"encrypted or keyed hash   {pct(s['encrypted']['share'])}" in out
    assert f"retention declared        {pct(s['retention']['share'])}" in out
    assert f"identity-kit tables       {s['identity_kit_tables']}" in out
    assert "\033[" not in out  # no colour unless asked
    assert "\033[" in render("text", bpjs, AuditOptions(color=True))


def test_text_lists_at_most_top_tables(bpjs):
    out = render("text", bpjs, AuditOptions(top=1))
    assert "The 1 riskiest table" in out and "and 1 more" in out
    assert "riskiest" not in render("text", bpjs, AuditOptions(top=0))


def test_text_escapes_control_characters():
    from schemalint.audit._fmt import clean

    assert clean("users\x1b[2J\rX") == "users\\x1b[2J\\x0dX"


# -- csv -------------------------------------------------------------------------


def test_csv_one_row_per_personal_column(bpjs):
    from schemalint.audit.csvout import COLUMNS

    text = render("csv", bpjs)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == bpjs.summary["personal_columns"]
    assert tuple(rows[0]) == COLUMNS
    nik = next(r for r in rows if r["table"] == "peserta" and r["column"] == "nik")
    assert nik["category"] == "gov_id.nik" and nik["encrypted"] == "no" and nik["retention_status"] == "missing"
    assert nik["introduced_at"].endswith("V1__peserta.sql:4")
    assert "ENC001" in nik["findings"].split()
    aman = next(r for r in rows if r["column"] == "nik_encrypted")
    assert aman["encrypted"] == "yes" and aman["retention"] == "P5Y" and aman["purpose"] == "membership"


def test_csv_quotes_and_defuses_formulas(hostile):
    rows = list(csv.DictReader(io.StringIO(render("csv", hostile), newline="")))
    tables = {r["table"] for r in rows}
    assert "'=HYPERLINK(\"http://evil\")" in tables  # shown as text, not run as a formula
    assert "<script>alert(1)</script>" in tables
    assert any(r["column"] == "email|*bold*" for r in rows)
    for r in rows:
        for k, v in r.items():
            assert not v.startswith(("=", "+", "@")), (k, v)


# -- markdown --------------------------------------------------------------------


def test_markdown(bpjs):
    out = render("markdown", bpjs)
    s = bpjs.summary
    assert out.startswith("# Personal-data inventory")
    assert f"| Tables with personal data | {s['personal_tables']} of {s['tables']} |" in out
    assert f"| Encrypted (or keyed hash) | {pct(s['encrypted']['share'])}" in out
    assert "### peserta" in out and "identity kit" in out


def test_markdown_escapes(hostile):
    out = render("markdown", hostile)
    assert "<script>" not in out and "&lt;script>alert(1)&lt;/script>" in out
    assert "email\\|\\*bold\\*" in out  # cannot split a cell or start emphasis
    for line in out.splitlines():
        if line.startswith("| ") and "email" in line:
            assert line.count(" | ") == line.replace("\\|", "").count(" | ")


# -- html ------------------------------------------------------------------------


class Tags(HTMLParser):
    """Tags, attributes and the stylesheet of a page; ``errors`` lists
    end tags that close something else than the innermost open element."""

    VOID = {"meta", "br"}

    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.style = [], [], ""
        self.open, self.errors = [], []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v) for k, v in attrs)
        self._in_style = tag == "style"
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        self._in_style = False
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.errors.append((tag, self.getpos()))

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def test_html_headline_agrees_with_json(bpjs):
    assert_headline_matches(render("html", bpjs), bpjs.summary)


def test_html_is_self_contained(bpjs, hostile):
    for inv in (bpjs, hostile):
        p = Tags()
        p.feed(render("html", inv))
        assert not {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "source",
                    "image", "use", "base", "form"} & set(p.tags)
        assert not [a for a in p.attrs if a[1] in ("src", "srcset", "xlink:href", "action")]
        assert all(v.startswith("#") for tag, k, v in p.attrs if k == "href")  # in-page anchors only
        assert not [a for a in p.attrs if a[1].startswith("on")]  # no event handlers
        assert "url(" not in p.style and "@import" not in p.style
        assert "@media print" in p.style
        assert "svg" in p.tags and "style" in p.tags
        assert p.errors == [] and p.open == []  # well nested, everything closed


def test_html_escapes_untrusted_names(hostile):
    out = render("html", hostile)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "nama_lengkap&lt;img src=x onerror=alert(2)&gt;" in out
    p = Tags()
    p.feed(out)
    tables = {v for tag, k, v in p.attrs if k == "data-table"}
    assert "<script>alert(1)</script>" in tables  # round-trips as data, never as markup


def test_html_shows_every_column_with_evidence_and_fix(bpjs):
    out = render("html", bpjs)
    for t in bpjs.tables:
        for c in t.columns:
            assert f'data-column="{c.name}"' in out
    assert "heatmap" in out and 'data-group="gov_id"' in out
    # riskiest first, in the ranking and in the sections
    assert 'id="t-1" data-table="peserta"' in out and 'id="t-2" data-table="peserta_aman"' in out
    assert out.index('<tr data-table="peserta"') < out.index('<tr data-table="peserta_aman"')


# -- fides -----------------------------------------------------------------------


def test_fides_dataset_shape(bpjs):
    data = yaml.safe_load(render("fides", bpjs))
    assert list(data) == ["dataset"]
    (ds,) = data["dataset"]
    assert set(ds) >= {"fides_key", "name", "description", "collections"}
    assert all(ch.isalnum() or ch == "_" for ch in ds["fides_key"])
    cols = {c["name"]: c for c in ds["collections"]}
    assert set(cols) == {"peserta", "peserta_aman"}
    fields = {f["name"]: f for f in cols["peserta"]["fields"]}
    assert fields["nik"]["data_categories"] == ["user.government_id.national_identification_number"]
    assert fields["no_hp"]["data_categories"] == ["user.contact.phone_number"]
    assert fields["email"]["data_categories"] == ["user.contact.email"]
    assert fields["alamat"]["data_categories"] == ["user.contact.address"]
    assert fields["tanggal_lahir"]["data_categories"] == ["user.demographic.date_of_birth"]
    assert fields["nama_lengkap"]["data_categories"] == ["user.name"]
    assert fields["gaji"]["data_categories"] == ["user.financial"]  # financial.salary: the group's parent
    n = sum(len(c["fields"]) for d in data["dataset"] for c in d["collections"])
    assert n == bpjs.summary["personal_columns"]
    for f in fields.values():
        assert set(f) == {"name", "description", "data_categories"}


def test_fides_loads_with_hostile_names(hostile):
    data = yaml.safe_load(render("fides", hostile))
    names = {c["name"] for d in data["dataset"] for c in d["collections"]}
    assert names == {"<script>alert(1)</script>", '=HYPERLINK("http://evil")'}


def test_every_default_category_maps_to_a_fideslang_key():
    from schemalint.classify import default_ruleset

    for key in list(fides_mod.CATEGORY_MAP.values()):
        assert set(key) <= fides_mod.FIDESLANG_KEYS, key
    assert set(fides_mod.GROUP_FALLBACK.values()) <= fides_mod.FIDESLANG_KEYS
    rs = default_ruleset()
    for cat in rs.categories.values():
        keys = fides_mod.data_categories(cat.id, cat.group)
        assert keys and set(keys) <= fides_mod.FIDESLANG_KEYS, cat.id
        if cat.id not in fides_mod.CATEGORY_MAP:
            assert keys == [fides_mod.GROUP_FALLBACK[cat.group]], cat.id  # a documented parent
    assert fides_mod.data_categories("martian.antenna", "martian") == ["user"]


def test_fides_keys_are_unique_per_history():
    from types import SimpleNamespace as NS

    from schemalint.audit.fides import document

    def t(history, name):
        return NS(history=history, name=name, bare=name, schema=None, columns=[], columns_total=1,
                  risk=NS(score=0, band="low"), identity_kit=False)

    inv = NS(tables=[t("sql:a/b", "x"), t("sql:a-b", "y")])
    keys = [d["fides_key"] for d in document(inv)["dataset"]]
    assert len(set(keys)) == 2


# -- all formats ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_an_empty_inventory(fmt):
    from tests.audit.conftest import audit_run

    empty = Path(__file__).resolve().parent / "fixtures" / "empty"
    _, inv = audit_run(empty)
    out = render(fmt, inv)
    assert out.endswith("\n") and inv.summary["personal_columns"] == 0
    if fmt == "json":
        assert json.loads(out)["summary"]["encrypted"]["share"] is None
    if fmt == "html":
        assert_headline_matches(out, inv.summary)
