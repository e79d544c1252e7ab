"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run, tool ``schemalint``; ``tool.driver.rules`` lists every rule
(its page as help text, its documentation link as ``helpUri``) and each
result points at its rule by ``ruleId`` and ``ruleIndex``.  Paths are
relative to the directory schemalint ran in, which ``originalUriBaseIds``
names as ``%SRCROOT%``: run it from the repository root for code
scanning.  ``partialFingerprints["schemalint/v2"]`` is the finding's
fingerprint (rule code, project, table.column by origin name, category;
never a line number), so an alert keeps its identity when code moves.  The
finding's category, table and column are in the result's ``properties``.

The output validates against the OASIS SARIF 2.1.0 JSON schema (tested).
Text from the input (messages, names) goes through
:func:`schemalint.escape.clean`; a path that is not UTF-8 (a file name
with other bytes) becomes a URI of its own bytes.
"""

from __future__ import annotations

import json
import os
import re
from typing import Dict, List

from .. import __version__
from ..escape import clean, clean_data

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/schemalint/schemalint"
FINGERPRINT_KEY = "schemalint/v2"

LEVELS = {"error": "error", "warning": "warning", "hint": "note"}


def _level(severity: str) -> str:
    return LEVELS.get(severity, "warning")


def _uri(path: str) -> str:
    """A relative URI reference for a path as shown in findings."""
    from urllib.parse import quote

    return quote(_bytes(path.replace(os.sep, "/")), safe="/._-~")


def _bytes(path: str) -> bytes:
    """A path's bytes: those of the file name when :func:`os.fsdecode` made
    surrogates of bytes that are not UTF-8."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no byte: keep it visible
        return path.encode("utf-8", "backslashreplace")


def _artifact(path: str) -> dict:
    if os.path.isabs(path):  # not below the run's directory (another drive): an absolute file URI
        from urllib.parse import quote

        return {"uri": "file://" + quote(_bytes(path.replace(os.sep, "/")), safe="/:._-~")}
    return {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}


def _location(loc) -> dict:
    region = {"startLine": max(1, int(loc.line or 1)), "startColumn": max(1, int(loc.col or 1))}
    if loc.end_line and loc.end_line >= region["startLine"]:
        region["endLine"] = int(loc.end_line)
    return {"physicalLocation": {"artifactLocation": _artifact(loc.path), "region": region}}


def _rule_descriptor(rule) -> dict:
    doc = rule.doc.strip()
    body = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
    help_md = f"# {rule.code} {rule.name}\n\n{rule.summary}\n\n{body}".rstrip() + "\n"
    props = {"tags": [rule.family], "family": rule.family}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": body or rule.summary or rule.name},
        "help": {"text": help_md, "markdown": help_md},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": _level(rule.severity)},
        "properties": props,
    }


def document(run) -> dict:
    from ..rules import all_rules

    rules = list(all_rules().values())
    index: Dict[str, int] = {r.code: i for i, r in enumerate(rules)}
    descriptors = [_rule_descriptor(r) for r in rules]
    gate = getattr(run, "gate", None)
    expired = {id(f) for f, _ in gate.expired} if gate is not None else set()
    results: List[dict] = []
    for f in run.findings:
        if f.code not in index:  # a finding of a rule that is not registered: describe it anyway
            index[f.code] = len(descriptors)
            descriptors.append(clean_data({"id": f.code, "name": f.name, "shortDescription": {"text": f.name},
                                           "defaultConfiguration": {"level": _level(f.severity)}}))
        text = clean(f.message)
        if f.why:
            text += f" (why: {clean(f.why)})"
        if f.fix:
            text += f" Fix: {clean(f.fix)}"
        props = {k: v for k, v in (("category", f.category), ("table", f.table), ("column", f.column))
                 if v is not None}
        props["severity"] = f.severity
        if f.category:
            props["tags"] = [f.category]
        res = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _level(f.severity),
            "message": {"text": _plain_text(text)},
            "locations": [_location(f.location)],
            "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint} if f.fingerprint else {},
            "properties": clean_data(props),
        }
        if f.related:
            res["relatedLocations"] = [dict(_location(r), id=i) for i, r in enumerate(f.related, 1)]
        if gate is not None and (gate.diff_base or gate.baseline_path):
            # relative to the diff base / baseline: new, or listed but expired
            res["baselineState"] = "unchanged" if id(f) in expired else "new"
        results.append(res)

    root = os.getcwd().replace(os.sep, "/")
    if not root.endswith("/"):
        root += "/"
    if not root.startswith("/"):  # a Windows drive path
        root = "/" + root
    from urllib.parse import quote

    invocation = {"executionSuccessful": True}
    if gate is not None:
        props = {}
        if gate.diff_base:
            props["diffBase"] = gate.diff_base
            props["diffBaseCommit"] = gate.diff_base_commit
            props["presentAtDiffBase"] = len(gate.known)
        if gate.baseline_path:
            props["baseline"] = gate.baseline_path
            props["baselined"] = len(gate.baselined)
            props["baselineExpired"] = len(gate.expired)
        if props:
            invocation["properties"] = clean_data(props)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "schemalint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + quote(_bytes(root), safe="/:._-~")}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(run, options) -> str:
    return json.dumps(document(run), indent=2, ensure_ascii=False) + "\n"


_BRACKET_RE = re.compile(r"[\[\]]|\\(?=[\[\]])")


def _plain_text(text: str) -> str:
    """SARIF message text with its brackets escaped (SARIF 2.1.0 3.11.6): a
    table name such as ``x[see the fix](https://...)`` must not become an
    embedded link a viewer renders."""
    # (a backslash is escaped only before a bracket, where a viewer would read it as an escape)
    return _BRACKET_RE.sub(lambda m: "\\" + m.group(0), text)
