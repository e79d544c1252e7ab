"""The inventory and the risk score: what the audit says about a
BPJS-like schema (tests/audit/fixtures/bpjs), on the real default ruleset."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from schemalint.audit import risk
from schemalint.audit.inventory import Encryption, Retention


def table(inv, name):
    return next(t for t in inv.tables if t.name == name)


def column(t, name):
    return next(c for c in t.columns if c.name == name)


def test_only_tables_with_personal_data_are_listed(bpjs):
    names = {t.name for t in bpjs.tables}
    assert names == {"peserta", "peserta_aman"}  # produk (price, stock) holds none
    s = bpjs.summary
    assert (s["tables"], s["personal_tables"]) == (3, 2)
    assert s["personal_columns"] == sum(len(t.columns) for t in bpjs.tables) == 11
    assert s["columns"] == 16


def test_column_facts(bpjs):
    p = table(bpjs, "peserta")
    nik = column(p, "nik")
    assert (nik.category, nik.group, nik.tier) == ("gov_id.nik", "gov_id", "high")
    assert nik.encryption.required and not nik.encryption.protected and nik.encryption.status == "plaintext"
    assert nik.retention.status == "missing" and nik.retention.required
    assert nik.introduced.path.endswith("V1__peserta.sql") and nik.introduced.line == 4
    assert nik.evidence, "the classifier's evidence is carried"
    assert {f.code for f in nik.findings} >= {"ENC001", "RET001"}
    # a column added by a later migration points at that migration
    npwp = column(p, "npwp")
    assert npwp.introduced.path.endswith("V2__npwp.sql") and npwp.introduced.line == 1
    # a retention that does not parse is reported as invalid, with the reason
    hp = column(p, "no_hp")
    assert hp.retention.status == "invalid" and hp.retention.value == "lama" and hp.retention.error
    assert hp.retention.scope == "column"


def test_protected_copy(bpjs):
    a = table(bpjs, "peserta_aman")
    enc, hmac, nama = column(a, "nik_encrypted"), column(a, "nik_hmac"), column(a, "nama_lengkap")
    assert enc.encryption.status == "encrypted" and enc.encryption.protected
    assert hmac.encryption.status == "keyed-hash" and hmac.encryption.protected
    # table-level retention and purpose apply to every column; the column's own wins
    assert enc.retention.status == "declared" and enc.retention.value == "P5Y" and enc.retention.scope == "table"
    assert enc.retention.days == 5 * 365 and not enc.retention.exceeds_max
    assert nama.retention.indefinite and nama.retention.scope == "column" and nama.retention.exceeds_max
    assert enc.purpose.value == "membership" and enc.purpose.known and enc.purpose.scope == "table"
    assert enc.retention.location.path.endswith("V1__peserta.sql") and enc.retention.location.line == 19
    assert not a.identity_kit


def test_findings_are_attached_to_their_table_and_column(bpjs):
    p = table(bpjs, "peserta")
    assert {f.code for f in p.findings} >= {"MIN003"}  # table-level: the identity kit
    attached = sum(len(t.all_findings) for t in bpjs.tables) + len(bpjs.other_findings)
    assert attached == bpjs.summary["findings"]["total"]
    for t in bpjs.tables:
        for c in t.columns:
            assert all(f.column == c.name and f.table == t.name for f in c.findings)


def test_fix_uses_the_finding_and_fills_gaps(bpjs):
    p = table(bpjs, "peserta")
    nik = column(p, "nik")
    enc001 = next(f for f in nik.findings if f.code == "ENC001")
    assert nik.fix[0] == enc001.fix  # the finding's own fix, not a second wording
    assert len(nik.fix) == len(set(nik.fix))
    hp = column(p, "no_hp")
    ret003 = next(f for f in hp.findings if f.code == "RET003")
    assert ret003.fix in hp.fix


def test_fix_without_a_finding_is_written_by_the_audit():
    """A gap whose rule did not run (or was suppressed) still gets a fix."""
    from tests.audit.conftest import BPJS, audit_run

    _, inv = audit_run(BPJS, ignore=["ENC001", "RET"])
    nik = column(table(inv, "peserta"), "nik")
    assert not nik.findings or all(f.code not in ("ENC001", "RET001") for f in nik.findings)
    assert any(x.startswith("encrypt nik") and "encrypted=<method>" in x for x in nik.fix)
    assert any("retention=P10Y" in x for x in nik.fix)  # the category's maximum as the example


def test_identity_kit_and_ranking(bpjs):
    p, a = table(bpjs, "peserta"), table(bpjs, "peserta_aman")
    assert p.identity_kit and "gov_id.nik" in p.identity_attributes
    assert bpjs.summary["identity_kit_tables"] == 1
    assert bpjs.tables[0] is p and p.risk.score > a.risk.score
    assert [t.risk.score for t in bpjs.tables] == sorted((t.risk.score for t in bpjs.tables), reverse=True)


def test_every_score_is_the_sum_of_its_explained_contributions(bpjs):
    for t in bpjs.tables:
        assert t.risk.score == sum(c.points for c in t.risk.contributions)
        assert all(c.detail for c in t.risk.contributions)
        assert t.risk.band == risk.band(t.risk.score)
        assert t.risk.explain().startswith(f"{t.risk.score} = ")


# -- the risk score on synthetic tables ---------------------------------------


def col(name, category, tier="high", pdp="general", enc_required=True, protected=False, retention="missing",
        identity=True, exceeds=False):
    group = category.split(".", 1)[0]
    ret = Retention(True, retention, "P99Y" if exceeds else ("P1Y" if retention == "declared" else None),
                    days=99 * 365 if exceeds else 365, max_days=3650)
    return SimpleNamespace(name=name, category=category, group=group, tier=tier, pdp=pdp,
                           identity_attribute=identity,
                           encryption=Encryption(enc_required, "encrypted" if protected else "plaintext",
                                                 protected, ""),
                           retention=ret)


def entry(*cols, threshold=3):
    t = SimpleNamespace(columns=list(cols))
    t.identity_kit, t.identity_attributes = risk.identity_kit(t, threshold)
    return t


def points(t):
    return {c.factor: c.points for c in risk.score(t).contributions}


def test_score_arithmetic():
    t = entry(col("nik", "gov_id.nik"),
              col("diagnosa", "health.diagnosis", pdp="specific", identity=False),
              col("nama", "identity.name", tier="medium", enc_required=False))
    p = points(t)
    assert p["sensitivity"] == 5 + (5 + 3) + 3
    assert p["unencrypted"] == 5 + 8  # nama does not require encryption
    assert p["no-retention"] == 3 * 2
    assert p["linkage"] == 3 * (2 - 1)  # nik and nama are identity attributes
    assert "identity-kit" not in p and "over-retention" not in p
    assert risk.score(t).score == sum(p.values())


def test_columns_of_one_category_count_once():
    one = entry(col("alamat", "contact.address", tier="medium", enc_required=False))
    many = entry(*(col(n, "contact.address", tier="medium", enc_required=False)
                   for n in ("alamat", "kelurahan", "kecamatan", "kabupaten")))
    assert risk.score(one).score == risk.score(many).score


@pytest.mark.parametrize("change", ["encrypt", "retain", "fewer-attributes"])
def test_protection_and_minimisation_lower_the_score(change):
    def build(encrypt=False, retain=False, attrs=("identity.name", "contact.phone", "contact.address",
                                                  "demographic.birth_date")):
        cols = [col("nik", "gov_id.nik", protected=encrypt, retention="declared" if retain else "missing")]
        cols += [col(a.split(".")[1], a, tier="medium", enc_required=False,
                     retention="declared" if retain else "missing") for a in attrs]
        return risk.score(entry(*cols))

    base = build()
    changed = {"encrypt": build(encrypt=True), "retain": build(retain=True),
               "fewer-attributes": build(attrs=("identity.name",))}[change]
    assert changed.score < base.score


def test_identity_kit_needs_a_plaintext_government_id_and_enough_attributes():
    attrs = [col(a.split(".")[1], a, tier="medium", enc_required=False)
             for a in ("identity.name", "contact.phone", "demographic.birth_date")]
    assert entry(col("nik", "gov_id.nik"), *attrs).identity_kit
    assert not entry(col("nik", "gov_id.nik"), *attrs[:2]).identity_kit  # 2 < threshold 3
    assert not entry(col("nik", "gov_id.nik", protected=True), *attrs).identity_kit
    assert not entry(*attrs, col("x", "contact.email", tier="medium", enc_required=False)).identity_kit
    kit = entry(col("nik", "gov_id.nik"), *attrs)
    assert points(kit)["identity-kit"] == risk.IDENTITY_KIT_POINTS


def test_over_retention_and_bands():
    t = entry(col("nama", "identity.name", tier="low", enc_required=False, retention="declared", exceeds=True,
                  identity=False))
    assert points(t) == {"sensitivity": 1, "over-retention": 1}
    assert risk.band(0) == "low" and risk.band(15) == "medium" and risk.band(40) == "high"
    assert risk.band(80) == "critical" and risk.band(79) == "high"
