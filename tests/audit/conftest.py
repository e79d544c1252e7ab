"""Shared set-up for the audit tests: one pipeline run per fixture
directory (module scope keeps the suite fast), and a parser for the HTML
report's headline figures."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BPJS = HERE / "fixtures" / "bpjs"
HOSTILE = HERE / "fixtures" / "hostile"


def audit_run(path: Path, **options):
    """(run, inventory) for one directory, with the real default ruleset."""
    from schemalint.audit import build_inventory
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(path)], use_cache=False, **options), Config())
    return run, build_inventory(run)


@pytest.fixture(scope="module")
def bpjs():
    return audit_run(BPJS)[1]


@pytest.fixture(scope="module")
def hostile():
    return audit_run(HOSTILE)[1]


class Headline(HTMLParser):
    """Collects ``data-figure`` elements: their data attributes and the
    text of their ``.value`` span."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.figures = {}
        self._fig = None
        self._in_value = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-figure" in a:
            self._fig = a["data-figure"]
            self.figures[self._fig] = {"attrs": a, "value": ""}
        elif self._fig and tag == "span" and a.get("class") == "value":
            self._in_value = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_value = False
        elif tag == "div":
            self._fig = None

    def handle_data(self, data):
        if self._fig and self._in_value:
            self.figures[self._fig]["value"] += data


def headline(html_text: str) -> dict:
    p = Headline()
    p.feed(html_text)
    return p.figures


def assert_headline_matches(html_text: str, summary: dict) -> None:
    """The HTML headline figures, as shown and as data attributes, are the
    JSON summary's."""
    from schemalint.audit._fmt import pct

    figs = headline(html_text)
    assert set(figs) == {"personal_tables", "personal_columns", "encrypted", "retention", "identity_kit_tables"}
    for key in ("personal_tables", "personal_columns", "identity_kit_tables"):
        assert figs[key]["value"] == str(summary[key]), key
        assert int(figs[key]["attrs"]["data-count"]) == summary[key], key
    assert int(figs["personal_tables"]["attrs"]["data-of"]) == summary["tables"]
    assert int(figs["personal_columns"]["attrs"]["data-of"]) == summary["columns"]
    for key in ("encrypted", "retention"):
        s = summary[key]
        assert figs[key]["value"] == pct(s["share"]), key
        assert int(figs[key]["attrs"]["data-count"]) == s["count"], key
        assert int(figs[key]["attrs"]["data-of"]) == s["of"], key
        shown = figs[key]["attrs"]["data-share"]
        assert (float(shown) if shown else None) == s["share"], key
