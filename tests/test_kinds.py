"""schemalint.kinds: the closed vocabularies are Literal aliases, and the
tuples code iterates are exactly their values, in a fixed order."""

from __future__ import annotations

import typing

from schemalint import kinds, model
from schemalint.access import lineage
from schemalint.rules import builtin_rules


def test_every_tuple_is_its_alias():
    assert kinds.SEVERITIES == typing.get_args(kinds.Severity)
    assert kinds.FILE_STATES == typing.get_args(kinds.FileState)
    assert kinds.EXPOSURES == typing.get_args(kinds.Exposure)
    assert set(kinds.SEVERITY_RANK) == set(kinds.SEVERITIES)
    assert set(typing.get_args(kinds.FailOn)) == set(kinds.SEVERITIES) | {"never"}


def test_severities_rank_from_hint_to_error():
    ranked = sorted(kinds.SEVERITIES, key=kinds.SEVERITY_RANK.__getitem__)
    assert ranked == ["hint", "warning", "error"]


def test_the_model_and_the_lineage_use_the_one_vocabulary():
    assert model.SEVERITIES is kinds.SEVERITIES and model.SEVERITY_RANK is kinds.SEVERITY_RANK
    assert lineage.EXPOSURES is kinds.EXPOSURES


def test_every_builtin_rule_has_a_known_severity():
    for rule in builtin_rules():
        assert rule.severity in kinds.SEVERITIES, rule.code


def test_values_stay_plain_strings():
    """JSON, SARIF and the cache see the strings they always saw."""
    f = model.Skipped("x", model.Location("a.sql", 1, 1), "noop")
    assert type(f.kind) is str and f.kind == "noop"
    assert all(type(s) is str for s in kinds.SEVERITIES + kinds.FILE_STATES + kinds.EXPOSURES)
