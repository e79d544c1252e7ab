"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
Azure Pipelines...).

One ``<testsuite>`` per input file that has findings, one ``<testcase>``
per finding (``classname`` the file, ``name`` the rule code and the
table.column or line), each with a ``<failure>`` (``type`` the rule code,
``message`` the finding's message, the body its location, why and fix).
A clean run is one suite with one passing test case, so the report is
never empty.  Text from the input goes through
:func:`schemalint.escape.clean` (control characters, which XML 1.0 cannot
carry anyway, arrive as ``\\xNN``); the XML writer escapes the rest.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Dict, List
from xml.etree import ElementTree as ET

from ..escape import clean

# characters not allowed in XML 1.0 documents that clean() leaves alone
_INVALID = re.compile("[\ufffe\uffff]")


def _clean(text) -> str:
    return _INVALID.sub("", clean(text))


def element(run) -> ET.Element:
    by_file: Dict[str, List] = OrderedDict()
    for f in run.findings:
        by_file.setdefault(f.location.path, []).append(f)
    root = ET.Element("testsuites", name="schemalint", tests=str(max(1, len(run.findings))),
                      failures=str(len(run.findings)), errors="0")
    if not by_file:
        suite = ET.SubElement(root, "testsuite", name="schemalint", tests="1", failures="0", errors="0",
                              skipped="0")
        ET.SubElement(suite, "testcase", name="no findings", classname="schemalint")
        return root
    for path, findings in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=_clean(path), tests=str(len(findings)),
                              failures=str(len(findings)), errors="0", skipped="0")
        for f in findings:
            where = ".".join(x for x in (f.table, f.column) if x) or f"line {f.location.line}"
            case = ET.SubElement(suite, "testcase", name=_clean(f"{f.code} {where}"),
                                 classname=_clean(path), file=_clean(path), line=str(f.location.line))
            body = [f"{f.location.path}:{f.location.line}:{f.location.col}: {f.code} {f.name}"
                    + (f" [{f.category}]" if f.category else ""), f.message]
            if f.why:
                body.append(f"why: {f.why}")
            if f.fix:
                body.append(f"fix: {f.fix}")
            fail = ET.SubElement(case, "failure", message=_clean(f.message), type=_clean(f.code))
            fail.text = "\n".join(_clean(b) for b in body)
    return root


def render(run, options) -> str:
    root = element(run)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
