"""Untrusted text made safe to show: the one escaping helper every
reporter, the audit formats and the command line's messages use.

Table, column and file names, comments and annotation values come from
the checked-out tree, that is from whoever wrote the pull request.  Shown
raw they could clear or retitle the reader's terminal (ESC and C1
sequences), hide text behind a bidi override, split one finding into
several lines, or write a line that a CI runner executes as a workflow
command (GitHub's ``::add-mask::``/``::stop-commands::``, the legacy
``##[...]`` form, Azure's ``##vso[...]``).  So:

* :func:`clean` escapes every C0 and C1 control character (newline, tab,
  carriage return and ESC included), DEL, lone surrogates, bidi controls
  and the Unicode line and paragraph separators, as ``\\xNN`` or
  ``\\uNNNN``.  A surrogate that :data:`os.fsdecode` made from a byte of a
  file name that is not UTF-8 shows that byte (``caf\\xe9.sql``).  Other
  text is unchanged, and text without such a character is returned as is
  (the common case costs one regex search).
* :func:`safe_line_start` escapes the first character of a line that
  would start (after blanks) with a workflow command marker; reporters
  apply it where input text can begin a line (the text output's paths,
  ``classify``'s column names), and :func:`safe_lines` to every line of
  every rendered report but GitHub's (whose command lines are its own).
* :func:`clean_data` applies :func:`clean` to every string of a JSON-like
  document (keys included), for the machine-readable formats.
* :func:`encodable` is the last guard of an output stream: any lone
  surrogate left becomes a backslash escape instead of an
  ``UnicodeEncodeError`` that would end the run without a report.
"""

from __future__ import annotations

import re

#: one character that must never reach a reader unescaped
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

#: markers that make a CI runner take a log line as a command
_COMMAND_START = ("::", "##[", "##vso[")


def _escape_char(m: "re.Match[str]") -> str:
    cp = ord(m.group())
    if 0xDC80 <= cp <= 0xDCFF:  # os.fsdecode's stand-in for a byte that is not UTF-8
        return f"\\x{cp - 0xDC00:02x}"
    if cp < 0x100:
        return f"\\x{cp:02x}"
    return f"\\u{cp:04x}"


def clean(text) -> str:
    """``text`` (anything: it is passed through ``str``) on one line, with
    every control, bidi and lone-surrogate character escaped."""
    text = text if isinstance(text, str) else str(text)
    if UNSAFE.search(text) is None:
        return text
    return UNSAFE.sub(_escape_char, text)


def safe_line_start(line: str) -> str:
    """``line`` with a leading workflow-command marker (``::``, ``##[``,
    ``##vso[``, after any blanks) defused by escaping its first character."""
    stripped = line.lstrip()
    if not stripped.startswith(_COMMAND_START):
        return line
    i = len(line) - len(stripped)
    return f"{line[:i]}\\x{ord(line[i]):02x}{line[i + 1:]}"


def safe_lines(text: str) -> str:
    """:func:`safe_line_start` on every line of a rendered report: the last
    guard of formats where input text may begin a continuation line (an
    XML body, a Markdown hard break, a CSV row)."""
    if "::" not in text and "##" not in text:
        return text
    return "\n".join(safe_line_start(line) for line in text.split("\n"))


def clean_data(value):
    """A JSON-like value with :func:`clean` applied to every string in it."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(v) for v in value]
    return value


def encodable(text: str) -> str:
    """``text`` that UTF-8 can encode: a lone surrogate that escaped
    :func:`clean` becomes ``\\udXXX`` text rather than an encoding error."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text
