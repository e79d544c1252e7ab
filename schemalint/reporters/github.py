"""GitHub Actions workflow commands: one annotation per finding.

``::error file=PATH,line=N,col=N,title=CODE name::message``, with the
severity mapped to the command (error -> ``error``, warning ->
``warning``, hint -> ``notice``), then a summary line that is not a
command.  Escaping follows the runner's rules: in the message ``%``, CR
and LF become ``%25``, ``%0D``, ``%0A``; in properties ``:`` and ``,``
also become ``%3A`` and ``%2C``.  Paths are relative to the directory
schemalint ran in (run it from the repository root so annotations land
on the pull request's files).  Text from the input is first made safe by
:func:`schemalint.escape.clean` (no control character, bidi override or
lone surrogate reaches the log), so the only newlines in a command are
the ``%0A`` between its message, fix and link.
"""

from __future__ import annotations

from typing import List

from ..escape import clean

COMMANDS = {"error": "error", "warning": "warning", "hint": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f) -> str:
    cmd = COMMANDS.get(f.severity, "warning")
    loc = f.location
    title = clean(f"{f.code} {f.name}" + (f" [{f.category}]" if f.category else ""))
    props = [f"file={escape_property(clean(loc.path))}", f"line={max(1, loc.line)}", f"col={max(1, loc.col)}"]
    if loc.end_line and loc.end_line >= loc.line:
        props.append(f"endLine={loc.end_line}")
    props.append(f"title={escape_property(title)}")
    message = clean(f.message)
    if f.fix:
        message += f"\nFix: {clean(f.fix)}"
    from ..rules import get_rule

    rule = get_rule(f.code)
    if rule is not None:
        message += f"\nSee {rule.url}"
    return f"::{cmd} {','.join(props)}::{escape_data(message)}"


def render(run, options) -> str:
    lines: List[str] = [annotation(f) for f in run.findings]
    from .text import summary

    lines.append(summary(run))
    return "\n".join(lines) + "\n"
