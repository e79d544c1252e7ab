"""Generate the rule documentation from the rules' docstrings
(:mod:`schemalint.rules`).

``python -m schemalint.rules.docs`` writes ``docs/rules/<CODE>.md`` for
every built-in rule and ``docs/rules/README.md``, an index by family.
``python -m schemalint.rules.docs --check`` writes nothing and exits 1
when a committed page differs from its docstring (a test runs it).

A page holds what ``schemalint rule CODE`` prints (title, summary,
severity and family, then the docstring's sections) after a one-line
"generated" comment.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Dict, List

from . import FAMILIES, Rule, builtin_rules

HEADER = "<!-- Generated from the rule's docstring by `python -m schemalint.rules.docs`; do not edit. -->\n"


def body(rule: Rule) -> str:
    """The page's sections: the docstring after its first line."""
    return rule.doc.split("\n", 1)[1].strip() if "\n" in rule.doc else ""


def page(rule: Rule) -> str:
    """The English page ``docs/rules/<CODE>.md`` holds."""
    return f"{HEADER}\n{text(rule, translate=False)}"


def text(rule: Rule, translate: bool = True) -> str:
    """What ``schemalint rule CODE`` prints: title, summary, severity and
    family, then the sections, in the current language (``translate``):
    every heading and paragraph is looked up in the catalogue by its
    English text (:func:`blocks`), code blocks are kept as written."""
    from ..i18n import _, tr

    if not translate:
        return (f"# {rule.code} {rule.name}\n\n{rule.summary}\n\n"
                f"Severity: {rule.severity}. Family: {rule.family}.\n\n{body(rule)}\n")
    sections = "".join(tr(b) if translatable else b for b, translatable in blocks(body(rule)))
    facts = _("Severity: {severity}. Family: {family}.").format(severity=tr(rule.severity), family=tr(rule.family))
    return f"# {rule.code} {rule.name}\n\n{tr(rule.summary)}\n\n{facts}\n\n{sections}\n"


def blocks(markdown: str):
    """``markdown`` cut into (text, translatable) pieces whose concatenation
    is ``markdown``: headings, paragraphs and lists (blocks between blank
    lines) are message ids of the catalogue; fenced code blocks and the
    blank lines between blocks are not."""
    out = []
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            out.append(("\n" if i < len(lines) - 1 else "", False))
            i += 1
            continue
        j = i
        if line.lstrip().startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].lstrip().startswith("```"):
                j += 1
            j = min(j + 1, len(lines))
            translatable = False
        else:
            while j < len(lines) and lines[j].strip() and not lines[j].lstrip().startswith("```"):
                j += 1
            translatable = True
        chunk = "\n".join(lines[i:j])
        out.append((chunk + ("\n" if j < len(lines) else ""), False) if not translatable else (chunk, True))
        if translatable and j < len(lines):
            out.append(("\n", False))
        i = j
    return out


def messages():
    """Every text of the built-in rules' pages the catalogue translates:
    summaries, the severity and family words, headings and paragraphs."""
    from . import FAMILIES

    out = []
    for rule in builtin_rules():
        out.append(rule.summary)
        out += [b for b, translatable in blocks(body(rule)) if translatable]
    out += ["error", "warning", "hint"] + list(FAMILIES.values())
    return out


def index(rules: List[Rule]) -> str:
    lines = [HEADER, "# Rules", "",
             "Every rule has a code (its family prefix and a number) and a name; both work in",
             "`--select`, `--ignore`, configuration and suppressions (`schemalint: ignore[ENC001]`",
             "or `schemalint: ignore[unencrypted-sensitive-column]`). `schemalint rule CODE` prints",
             "a page; `--fail-on` decides which severities fail the run (default: warning).",
             "Annotations and suppressions are described in [../annotations.md](../annotations.md).", "",
             "Every example on a page is run by the tests (`tests/rules/test_rule_examples.py`): a block",
             "marked `sql fires` must make its rule fire (on the lines a `-- CODE` comment marks, when it",
             "marks any), one marked `sql passes` must not; comment lines naming `.sql` paths split a",
             "block into the migration files they name.", ""]
    order = list(FAMILIES)
    by_family: Dict[str, List[Rule]] = {}
    for r in rules:
        by_family.setdefault(r.code.rstrip("0123456789"), []).append(r)
    for prefix in sorted(by_family, key=lambda p: order.index(p) if p in order else len(order)):
        lines += [f"## {FAMILIES.get(prefix, prefix.lower()).capitalize()} ({prefix})", "",
                  "| code | name | severity | what it reports |", "|---|---|---|---|"]
        for r in sorted(by_family[prefix], key=lambda r: r.code):
            summary = r.summary.replace("|", "\\|")
            lines.append(f"| [{r.code}]({r.code}.md) | `{r.name}` | {r.severity} | {summary} |")
        lines.append("")
    return "\n".join(lines)


def expected(directory: str) -> Dict[str, str]:
    rules = builtin_rules()
    out = {os.path.join(directory, f"{r.code}.md"): page(r) for r in rules}
    out[os.path.join(directory, "README.md")] = index(rules)
    return out


def default_directory() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "docs", "rules")


def stale(directory: str) -> List[str]:
    """Pages that are missing or differ from the docstrings, and generated
    pages of rules that no longer exist."""
    want = expected(directory)
    out = []
    for path, text in want.items():
        try:
            with open(path, encoding="utf-8") as fh:
                if fh.read() != text:
                    out.append(path)
        except OSError:
            out.append(path)
    if os.path.isdir(directory):
        for name in sorted(os.listdir(directory)):
            p = os.path.join(directory, name)
            if name.endswith(".md") and p not in want:
                out.append(p)
    return out


def write(directory: str) -> List[str]:
    os.makedirs(directory, exist_ok=True)
    written = []
    for path, text in expected(directory).items():
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        written.append(path)
    return written


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m schemalint.rules.docs",
                                description="Write docs/rules/ from the rules' docstrings.")
    p.add_argument("--dir", default=default_directory(), help="output directory (default: docs/rules)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if the docs are stale")
    args = p.parse_args(argv)
    if args.check:
        bad = stale(args.dir)
        for path in bad:
            print(f"stale: {path}", file=sys.stderr)
        if bad:
            print("run: python -m schemalint.rules.docs", file=sys.stderr)
        return 1 if bad else 0
    for path in write(args.dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
