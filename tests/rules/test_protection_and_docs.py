"""Encryption evidence that fixtures cannot express (ORM field classes a
frontend reports as hints) and the documentation generator."""

from __future__ import annotations

import pytest

from schemalint.checks.context import Context
from schemalint.checks.protection import protection
from schemalint.classify import classify_schema
from schemalint.classify.ruleset import default_ruleset
from schemalint.rules.docs import main as docs_main
from schemalint.rules.docs import stale, write
from tests.conftest import replay_sql


def _ctx(sql: str, config=None):
    schema = replay_sql(sql)
    rs = default_ruleset()
    return schema, Context(schema, classify_schema(schema, rs), rs, config)


@pytest.mark.parametrize("field_class,status", [
    ("EncryptedCharField", "encrypted"),                 # django-fernet-fields / encrypted-model-fields
    ("encrypted_model_fields.fields.EncryptedTextField", "encrypted"),
    ("TextPGPSymmetricKeyField", "encrypted"),           # django-pgcrypto-fields
    ("CharPGPPublicKeyField", "encrypted"),
    ("StringEncryptedType", "encrypted"),                # sqlalchemy-utils
    ("TextHMACField", "keyed-hash"),                      # django-pgcrypto-fields
    ("CharField", "plaintext"),
    ("BinaryField", "plaintext"),
])
def test_orm_field_classes(field_class, status):
    schema, ctx = _ctx("CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik VARCHAR(16));")
    t = schema.tables["peserta"]
    c = t.columns["nik"]
    c.hints["field_class"] = field_class
    assert protection(ctx, t, c).status == status


def test_the_rulesets_lookup_hash_suffixes_do_not_make_unkeyed_hashes_protected():
    # the default ruleset lists _hash/_digest among lookup-hash suffixes; the
    # keyed-hash policy (docs/annotations.md) still asks for proof of a key
    assert "_hash" in default_ruleset().encryption.keyed_hash_suffixes
    schema, ctx = _ctx("CREATE TABLE p (id INT, nik_hash CHAR(64), nik_digest CHAR(64), nik_blind_index CHAR(32));")
    t = schema.tables["p"]
    assert protection(ctx, t, t.columns["nik_hash"]).status == "unkeyed-hash"
    assert protection(ctx, t, t.columns["nik_digest"]).status == "unkeyed-hash"
    assert protection(ctx, t, t.columns["nik_blind_index"]).status == "keyed-hash"


def test_docs_generator_writes_and_detects_stale_pages(tmp_path):
    d = tmp_path / "rules"
    assert docs_main(["--dir", str(d), "--check"]) == 1  # nothing written yet
    write(str(d))
    assert stale(str(d)) == [] and docs_main(["--dir", str(d), "--check"]) == 0
    (d / "ENC001.md").write_text("edited by hand\n", encoding="utf-8")
    (d / "OLD001.md").write_text("a rule that no longer exists\n", encoding="utf-8")
    assert sorted(p.rsplit("/", 1)[1] for p in stale(str(d))) == ["ENC001.md", "OLD001.md"]
    index = (d / "README.md").read_text(encoding="utf-8")
    assert "[MIN003](MIN003.md) | `identity-kit` | error" in index
