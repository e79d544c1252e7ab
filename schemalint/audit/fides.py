"""``--format fides``: the inventory as a Fides dataset manifest (YAML),
so it can feed an existing privacy platform::

    dataset:
    - fides_key: schemalint_<history>
      name: ...
      description: ...
      collections:
      - name: <table>
        description: ...
        fields:
        - name: <column>
          description: ...
          data_categories: [user.government_id.national_identification_number]

One dataset per replayed history, one collection per table with personal
data, one field per personal-data column (columns that are not personal
data are left out: this is a personal-data inventory).  Our categories
map to keys of the fideslang 2.x default data-category taxonomy
(:data:`CATEGORY_MAP`); a category with no key of its own falls back to
its group's parent key (:data:`GROUP_FALLBACK`), and an unknown group to
``user``.  The table is in docs/audit.md.  Written with
``yaml.safe_dump``: loadable by ``yaml.safe_load``.
"""

from __future__ import annotations

import re
from typing import Dict, List, Tuple

#: fideslang 2.x default data categories (``user.*``) this module may emit.
FIDESLANG_KEYS = frozenset((
    "user", "user.account", "user.account.username",
    "user.authorization", "user.authorization.credentials", "user.authorization.biometric",
    "user.authorization.password",
    "user.biometric", "user.biometric.fingerprint", "user.biometric.retinal", "user.biometric.voice",
    "user.biometric.health",
    "user.childrens",
    "user.contact", "user.contact.address", "user.contact.address.city", "user.contact.address.country",
    "user.contact.address.postal_code", "user.contact.address.state", "user.contact.address.street",
    "user.contact.email", "user.contact.phone_number", "user.contact.url", "user.contact.fax_number",
    "user.contact.organization",
    "user.content.self_image",
    "user.criminal_history",
    "user.demographic", "user.demographic.age_range", "user.demographic.date_of_birth",
    "user.demographic.gender", "user.demographic.language", "user.demographic.marital_status",
    "user.demographic.political_opinion", "user.demographic.profile", "user.demographic.race_ethnicity",
    "user.demographic.religious_belief", "user.demographic.sexual_orientation",
    "user.financial", "user.financial.bank_account", "user.financial.credit_card",
    "user.government_id", "user.government_id.birth_certificate",
    "user.government_id.drivers_license_number", "user.government_id.immigration",
    "user.government_id.national_identification_number", "user.government_id.passport_number",
    "user.government_id.vehicle_registration",
    "user.health_and_medical", "user.health_and_medical.genetic",
    "user.health_and_medical.insurance_beneficiary_id", "user.health_and_medical.record_id",
    "user.job_title", "user.location", "user.location.imprecise", "user.location.precise",
    "user.name", "user.name.first", "user.name.last", "user.payment", "user.unique_id", "user.workplace",
))

#: our category id -> fideslang keys, where the taxonomy has a fitting key
CATEGORY_MAP: Dict[str, Tuple[str, ...]] = {
    "identity.name": ("user.name",),
    "identity.username": ("user.account.username",),
    "gov_id.nik": ("user.government_id.national_identification_number",),
    "gov_id.ssn": ("user.government_id.national_identification_number",),
    "gov_id.passport": ("user.government_id.passport_number",),
    "gov_id.driving_licence": ("user.government_id.drivers_license_number",),
    "gov_id.birth_certificate": ("user.government_id.birth_certificate",),
    "gov_id.bpjs_number": ("user.government_id", "user.health_and_medical.insurance_beneficiary_id"),
    "gov_id.insurance_number": ("user.health_and_medical.insurance_beneficiary_id",),
    "contact.phone": ("user.contact.phone_number",),
    "contact.email": ("user.contact.email",),
    "contact.address": ("user.contact.address",),
    "contact.geolocation": ("user.location.precise",),
    "contact.social_media": ("user.contact.url",),
    "demographic.birth_date": ("user.demographic.date_of_birth",),
    "demographic.birth_year": ("user.demographic.age_range",),
    "demographic.age": ("user.demographic.age_range",),
    "demographic.gender": ("user.demographic.gender",),
    "demographic.religion": ("user.demographic.religious_belief",),
    "demographic.marital_status": ("user.demographic.marital_status",),
    "demographic.ethnicity": ("user.demographic.race_ethnicity",),
    "demographic.criminal_record": ("user.criminal_history",),
    "biometric.photo": ("user.biometric", "user.content.self_image"),
    "family.member_name": ("user.name",),
    "family.mother_maiden_name": ("user.name",),
    "family.dependants": ("user.demographic", "user.childrens"),
    "financial.payment_status": ("user.payment",),
    "financial.bank_account": ("user.financial.bank_account",),
    "financial.card": ("user.financial.credit_card",),
    "health.medical_record_number": ("user.health_and_medical.record_id",),
    "health.genetic": ("user.health_and_medical.genetic",),
    "credential.password": ("user.authorization.password",),
    "credential.pin": ("user.authorization.credentials",),
    "credential.token": ("user.authorization.credentials",),
    "credential.security_answer": ("user.authorization.credentials",),
    "org.employee_number": ("user.unique_id",),
    "org.member_number": ("user.unique_id",),
    "org.occupation": ("user.job_title",),
}

#: group -> the parent key used for a category without its own mapping
GROUP_FALLBACK: Dict[str, str] = {
    "identity": "user",
    "gov_id": "user.government_id",
    "contact": "user.contact",
    "demographic": "user.demographic",
    "biometric": "user.biometric",
    "family": "user.demographic",
    "financial": "user.financial",
    "health": "user.health_and_medical",
    "credential": "user.authorization.credentials",
    "org": "user",
}
DEFAULT_FALLBACK = "user"


def data_categories(category: str, group: str) -> List[str]:
    """The fideslang keys for one of our categories."""
    keys = CATEGORY_MAP.get(category)
    if keys:
        return list(keys)
    return [GROUP_FALLBACK.get(group, DEFAULT_FALLBACK)]


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return s or "schema"


def document(inv) -> dict:
    by_history: Dict[str, list] = {}
    for t in sorted(inv.tables, key=lambda t: (t.history, t.name.lower())):
        by_history.setdefault(t.history, []).append(t)
    datasets, used = [], set()
    for history, tables in by_history.items():
        key = "schemalint_" + _slug(history)
        base, i = key, 2
        while key in used:
            key, i = f"{base}_{i}", i + 1
        used.add(key)
        short = _collection_names(tables)
        collections = []
        for t in tables:
            fields = []
            for c in t.columns:
                ret = c.retention.value if c.retention.declared else (
                    f"invalid ({c.retention.value})" if c.retention.status == "invalid" else "none declared")
                fields.append({
                    "name": c.name,
                    "description": (f"{c.label} ({c.category}; {c.tier} tier; UU PDP {c.pdp}). "
                                    f"Encryption: {c.encryption.status}. Retention: {ret}. "
                                    f"Introduced at {c.introduced.path}:{c.introduced.line}."),
                    "data_categories": data_categories(c.category, c.group),
                })
            collections.append({
                "name": short[t.name],
                "description": (f"{t.name}: {len(t.columns)} of {t.columns_total} columns hold personal data; "
                                f"risk {t.risk.score} ({t.risk.band})"
                                + ("; identity kit" if t.identity_kit else "") + "."),
                "fields": fields,
            })
        datasets.append({
            "fides_key": key,
            "name": history,
            "description": (f"Personal-data inventory of {history} by schemalint audit: "
                            f"{len(tables)} tables, {sum(len(t.columns) for t in tables)} personal-data columns."),
            "collections": collections,
        })
    return {"dataset": datasets}


def _collection_names(tables) -> Dict[str, str]:
    """Collection names: the table name without its schema, unless two
    tables of the history share it (then ``schema_table``)."""
    counts: Dict[str, int] = {}
    for t in tables:
        counts[t.bare.lower()] = counts.get(t.bare.lower(), 0) + 1
    return {t.name: t.bare if counts[t.bare.lower()] == 1 else f"{t.schema}_{t.bare}" for t in tables}


def render(inv, options=None) -> str:
    import yaml

    from ..escape import clean_data

    return yaml.safe_dump(clean_data(document(inv)), sort_keys=False, allow_unicode=True, width=100)
