"""Every category's examples in the default ruleset: ``match`` examples must
classify as that category, ``no_match`` examples must not."""

import pytest

from schemalint.classify import classify_column, load_ruleset

_RS = load_ruleset()
_CASES = [
    pytest.param(cid, kind, ex, id=f"{cid}-{kind}-{ex.get('table', '')}.{ex['column']}")
    for cid, kind, ex in _RS.examples()
]


def run_example(rs, ex):
    return classify_column(
        ex["column"], ex.get("type"), table=ex.get("table"), comment=ex.get("comment"),
        hints=ex.get("hints"), beside=ex.get("beside", ()), ruleset=rs)


@pytest.mark.parametrize("cid,kind,ex", _CASES)
def test_example(rs, cid, kind, ex):
    got = run_example(rs, ex)
    if kind == "match":
        assert got.category == cid, f"{ex} -> {got.category}: {got.evidence}"
    else:
        assert got.category != cid, f"{ex} -> {got.category}: {got.evidence}"


def test_every_category_has_examples(rs):
    have = {(cid, kind) for cid, kind, _ in rs.examples()}
    for cid in rs.categories:
        assert (cid, "match") in have, f"{cid} has no match example"
        assert (cid, "no_match") in have, f"{cid} has no no_match example"
