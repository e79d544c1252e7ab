"""Prisma frontend: the hand-written parser and the changes it emits."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemalint.frontends import FrontendOptions, prisma
from schemalint.model import CreateTable, ParseFailure, Skipped
from schemalint.replay import replay
from schemalint.sources import SourceFile

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "prisma" / "schema.prisma"


def parse(text: str, path: str = "prisma/schema.prisma"):
    return prisma.parse(SourceFile(path, "/" + path, "prisma", "test", text=text), FrontendOptions())


def of(result, kind):
    return [c for c in result.changes if isinstance(c, kind)]


@pytest.fixture(scope="module")
def fixture_schema():
    r = parse(FIXTURE.read_text(), "tests/fixtures/prisma/schema.prisma")
    return r, replay("prisma", [r])


def test_models_become_tables_with_mapped_names(fixture_schema):
    r, schema = fixture_schema
    assert not of(r, ParseFailure)
    assert set(schema.tables) == {"patients", "visit", "doctor", "_doctortopatient"}
    patients = schema.tables["patients"]
    assert set(patients.columns) == {"id", "nik", "full_name", "email", "emailhash", "birth_date", "roles",
                                     "notes", "photo", "weight", "createdat"}
    assert "visits" not in patients.columns and "doctors" not in patients.columns  # relation fields
    assert patients.columns["full_name"].hints["prisma_field"] == "fullName"


def test_types_native_and_default(fixture_schema):
    _, schema = fixture_schema
    cols = schema.tables["patients"].columns
    assert (cols["id"].type.name, cols["id"].type.family) == ("uuid", "uuid")
    assert (cols["nik"].type.name, cols["nik"].type.params, cols["nik"].type.length) == ("varchar", ("16",), 16)
    assert cols["nik"].type.raw == "String @db.VarChar(16)"
    assert (cols["full_name"].type.name, cols["full_name"].type.family) == ("text", "text")
    assert cols["birth_date"].type.family == "date"
    assert cols["roles"].type.family == "array" and cols["roles"].type.name == "user_role[]"
    assert cols["notes"].type.name == "jsonb" and cols["notes"].type.family == "json"
    assert cols["photo"].type.family == "binary"
    assert cols["weight"].type.params == ("5", "2") and cols["weight"].type.family == "decimal"
    assert cols["createdat"].type.family == "datetime"
    assert cols["id"].default == "uuid()" and cols["createdat"].default == "now()"
    assert cols["roles"].default == "[USER]"


def test_optional_keys_and_nullability(fixture_schema):
    _, schema = fixture_schema
    cols = schema.tables["patients"].columns
    assert cols["id"].primary_key and cols["id"].nullable is False
    assert cols["nik"].unique and cols["nik"].nullable is False
    assert cols["email"].nullable is True
    assert cols["full_name"].indexed and cols["birth_date"].indexed  # @@index with sort args, mapped names
    visit = schema.tables["visit"]
    assert visit.columns["patient_id"].primary_key and visit.columns["seq"].primary_key  # @@id
    assert visit.columns["diagnosis"].unique  # @@unique
    assert visit.columns["patient_id"].references.table.name == "patients"  # @relation(fields:)
    assert visit.columns["patient_id"].references.columns == ("id",)


def test_doc_comments_are_column_comments_and_encryption(fixture_schema):
    r, schema = fixture_schema
    cols = schema.tables["patients"].columns
    assert cols["nik"].comment == "Nomor Induk Kependudukan.\n@encrypted"
    assert [e for e, _ in cols["nik"].encryption] == ["prisma-field-encryption"]
    assert [e for e, _ in cols["email"].encryption] == ["prisma-field-encryption"]  # trailing, with ?mode
    assert [e for e, _ in cols["emailhash"].encryption] == ["prisma-field-encryption:hash"]
    assert cols["full_name"].comment is None and not cols["full_name"].encryption
    ann = schema.tables["visit"].columns["diagnosis"].annotation_sources()[0].annotation
    assert ann.values == {"category": "health.diagnosis"}
    table_ann = schema.tables["patients"].annotation_sources()[0].annotation
    assert table_ann.values == {"purpose": "care", "retention": "P10Y"}


def test_locations_are_field_names(fixture_schema):
    r, _ = fixture_schema
    patients = next(c for c in of(r, CreateTable) if c.table.name == "patients")
    nik = next(c for c in patients.columns if c.name == "nik")
    assert (nik.location.line, nik.location.col) == (24, 3)
    assert (patients.location.line, patients.location.col) == (20, 1)
    assert all(c.location.line > 0 and c.location.col > 0 for ct in of(r, CreateTable) for c in ct.columns)


def test_implicit_many_to_many_join_table(fixture_schema):
    _, schema = fixture_schema
    join = schema.tables["_doctortopatient"]
    assert set(join.columns) == {"a", "b"}
    assert join.columns["a"].references.table.name == "Doctor"
    assert join.columns["b"].references.table.name == "patients"
    assert join.columns["b"].type.family == "uuid"


def test_view_is_noted(fixture_schema):
    r, _ = fixture_schema
    (note,) = of(r, Skipped)
    assert "view PatientCount" in note.reason and note.location.line == 58


def test_provider_mapping_mysql():
    r = parse('datasource db {\n  provider = "mysql"\n  url = env("X")\n}\n'
              'model User {\n  id Int @id\n  name String\n  data Json\n}\n')
    (ct,) = of(r, CreateTable)
    cols = {c.name: c for c in ct.columns}
    assert (cols["name"].type.name, cols["name"].type.params) == ("varchar", ("191",))
    assert cols["data"].type.name == "json"
    assert r.dialect == "mysql"


def test_schema_and_map_and_unsupported():
    r = parse('model A {\n  id Int @id @map("a_id")\n  geom Unsupported("geometry(Point, 4326)")?\n'
              '  @@map("tbl_a")\n  @@schema("gis")\n}\n')
    (ct,) = of(r, CreateTable)
    assert (ct.table.name, ct.table.schema) == ("tbl_a", "gis")
    cols = {c.name: c for c in ct.columns}
    assert cols["a_id"].primary_key
    assert cols["geom"].type.family == "geo" and cols["geom"].nullable


def test_map_in_its_named_form_names_the_column_and_the_table():
    """``@map(name: "created_at")`` is ``@map("created_at")`` (formbricks
    writes it so for 85 columns): the database name, not the field name."""
    r = parse('enum Role {\n  owner @map(name: "OWNER")\n}\n'
              'model Person {\n  id String @id\n  createdAt DateTime @default(now()) @map(name: "created_at")\n'
              '  tokenHash String? @map(name: "token_hash")\n  role Role\n  @@map(name: "people")\n}\n')
    (ct,) = of(r, CreateTable)
    assert ct.table.name == "people"
    assert [c.name for c in ct.columns] == ["id", "created_at", "token_hash", "role"]
    assert dict(ct.columns[1].hints)["prisma_field"] == "createdAt"
    assert "prisma_field" not in dict(ct.columns[0].hints)


def test_unknown_type_is_noted_not_a_column():
    r = parse("model A {\n  id Int @id\n  other Elsewhere\n}\n")
    (ct,) = of(r, CreateTable)  # provisional: another file of the schema may declare the type
    assert [c.name for c in ct.columns] == ["id", "other"] and ct.columns[1].hints["prisma_elsewhere"] == "Elsewhere"
    assert not of(r, Skipped)
    (resolved,) = prisma.resolve([r])  # no file of its history declares it
    (ct,) = of(resolved, CreateTable)
    assert [c.name for c in ct.columns] == ["id"]
    (note,) = of(resolved, Skipped)
    assert "Elsewhere" in note.reason and note.location.line == 3


def test_syntax_error_is_located_and_the_rest_is_read():
    r = parse("model A {\n  id Int @id\n  name String @default(\n}\n\nmodel B {\n  id Int @id\n}\n")
    (fail,) = of(r, ParseFailure)
    assert fail.location.line == 3 or fail.location.line == 4
    assert [c.table.name for c in of(r, CreateTable)] == ["B"]


def test_unterminated_string_and_garbage():
    r = parse('model A {\n  id String @default("abc)\n}\n')
    (fail,) = of(r, ParseFailure)
    assert (fail.location.line, fail.location.col) == (2, 22)
    r = parse("this is not prisma\n")
    assert of(r, ParseFailure)[0].location.line == 1


def test_tokenizer_and_parser_details():
    toks = prisma.tokenize('a String[] @db.VarChar(10) /// doc\n// gone\n')
    kinds = [(t.kind, t.value) for t in toks]
    assert ("PUNCT", "[]") in kinds and ("DOC", "doc") in kinds
    assert not any(v == "gone" for _, v in kinds)
    blocks = prisma.Parser(prisma.tokenize(
        'model M {\n  a Int @default(dbgenerated("nextval(\'s\')"))\n'
        '  @@index([a(ops: raw("x"))], type: Hash)\n}\n')).parse()
    (m,) = blocks
    assert m.fields[0].attr("default").arg().text() == 'dbgenerated("nextval(\'s\')")'
    assert m.block_attrs[0].name == "index"


@pytest.mark.parametrize("text", ["", "{", "}", "model", "model A", "model A {", "enum E { A B }",
                                  "model A {\n id Int @id(\n", "@@@", "\x00", "datasource db {\n provider = \n}",
                                  "model A {\n a b c d\n}\n", "é" * 50])
def test_never_raises(text):
    r = parse(text)
    assert not any("internal error" in f.message for f in of(r, ParseFailure))


def test_random_text_never_raises():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list('model enum {}()[]@@?.,:="\n /// @id @db.VarChar(1) Int String abc'))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(alphabet, max_size=80).map("".join))
    def check(text):
        r = parse(text)
        assert not any("internal error" in f.message for f in of(r, ParseFailure))

    check()


# --------------------------------------------------------------------------
# Multi-file schemas (prismaSchemaFolder): one schema, references resolved
# --------------------------------------------------------------------------

MAIN = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'
PATIENT = """model Patient {
  id       String      @id
  nik      String
  blood    BloodGroup
  plan     Plan?
  address  Address
  visits   Visit[]
  doctors  Doctor[]
  @@map("patients")
}
"""
VISIT = """model Visit {
  id        Int     @id
  patientId String  @map("patient_id")
  patient   Patient @relation(fields: [patientId], references: [id])
  mood      Mood
}
enum BloodGroup {
  A
  B
  @@map("blood_group")
}
type Address {
  street String
}
"""
DOCTOR = """model Doctor {
  id       Int       @id
  patients Patient[]
}
enum Plan {
  BASIC
}
enum Mood {
  HAPPY
}
"""


def _schema_of(tmp_path, files):
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    run = build(RunOptions(paths=[str(tmp_path)], use_cache=False, checks=False), Config())
    return run


def test_a_schema_folder_is_one_schema_with_its_references_resolved(tmp_path):
    run = _schema_of(tmp_path, {"prisma/schema/schema.prisma": MAIN, "prisma/schema/patient.prisma": PATIENT,
                                "prisma/schema/visit.prisma": VISIT, "prisma/schema/doctor.prisma": DOCTOR})
    (sch,) = run.schemas
    patients = sch.tables["patients"]
    # an enum of another file stays a column, named after its mapped type; so does an optional one
    assert patients.columns["blood"].type.family == "enum" and patients.columns["blood"].type.name == "blood_group"
    assert patients.columns["plan"].type.family == "enum" and patients.columns["plan"].nullable
    assert patients.columns["address"].type.family == "json"  # a composite type: a document
    assert "visits" not in patients.columns and "doctors" not in patients.columns  # relations, not columns
    assert all("prisma_elsewhere" not in c.hints for c in patients.columns.values())
    # a foreign key to a model of another file, by its mapped table
    visit = sch.tables["visit"]
    assert "patient" not in visit.columns and visit.columns["mood"].type.family == "enum"
    fks = [c for c in visit.constraints.values() if c.kind == "foreign"]
    assert [(f.columns, f.references.table.name, f.references.columns) for f in fks] == \
        [(("patient_id",), "patients", ("id",))]
    # the implicit many-to-many table of two list fields in two files
    join = sch.tables["_doctortopatient"]
    assert [c.references.table.name for c in join.columns.values()] == ["Doctor", "patients"]


def test_a_type_no_file_declares_is_a_located_note_not_a_column(tmp_path):
    run = _schema_of(tmp_path, {"prisma/schema/schema.prisma": MAIN,
                                "prisma/schema/visit.prisma": VISIT.replace("  mood      Mood\n", "  mood      Mood\n  xs Mood2\n")})
    (sch,) = run.schemas
    visit = sch.tables["visit"]
    assert "xs" not in visit.columns
    text = " ".join(n.reason for n in sch.notes)
    assert "Visit.xs has type Mood2, which no file of this schema declares" in text
    assert "Patient, a model declared in no file of this schema" in text


def test_files_that_each_declare_a_datasource_stay_separate_schemas(tmp_path):
    run = _schema_of(tmp_path, {"prisma/a.prisma": MAIN + "model A {\n  id Int @id\n  b B\n}\n",
                                "prisma/b.prisma": MAIN + "model B {\n  id Int @id\n}\nenum E {\n  X\n}\n"})
    assert len(run.schemas) == 2
    a = next(s for s in run.schemas if "a" in s.tables)
    assert "b" not in a.tables["a"].columns  # B is not declared in a's schema
    assert "B, which no file of this schema declares" in " ".join(n.reason for n in a.notes)


def test_a_single_file_schema_reads_as_before(tmp_path):
    run = _schema_of(tmp_path, {"prisma/schema.prisma": MAIN + PATIENT})
    (sch,) = run.schemas
    assert set(sch.tables["patients"].columns) == {"id", "nik"}
    assert "BloodGroup, which no file of this schema declares" in " ".join(n.reason for n in sch.notes)
