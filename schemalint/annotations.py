"""The annotation grammar: one syntax for every input.

An annotation is the part of a comment that follows the marker
``schemalint:``.  It may sit in a database comment (``COMMENT ON``, MySQL
``COMMENT '...'``, ORM ``comment=``/``db_comment=``), in a source comment
next to a column or table (``-- schemalint: ...``, ``# schemalint: ...``,
``// schemalint: ...``), or in a sidecar manifest::

    COMMENT ON COLUMN peserta.nik IS 'NIK peserta. schemalint: encrypted=app-aes-gcm retention=P10Y';
    -- schemalint: ignore[ENC001] -- hashed upstream, see ADR-12
    -- schemalint: file-ignore[MIN005] -- legacy dump

Grammar (whitespace separates items; the directive runs to the end of the
line)::

    annotation := "schemalint:" item* [ "--" reason ]
    item       := key "=" value            (value: bare word, "double" or 'single' quoted)
                | "ignore[" CODES "]"      (CODES: codes or rule names, comma separated)
                | "file-ignore[" CODES "]"
                | "after" word             (only after retention=..., see below)
    key        := retention | purpose | encrypted | category | ignore | reason
                | masked (a view or view column: how its values are masked)
                | audience (a role: public | authenticated | reporting | internal)

``retention`` takes an ISO 8601 duration (``P5Y``, ``P18M``, ``P90D``,
``P1Y6M``, ``P2W``), a shorthand (``5y``, ``18mo``/``18m`` = months, ``90d``,
``2w``), or ``indefinite``; an event may follow: ``retention=P5Y after
account_closed``.  ``ignore=ENC001,RET001`` is the key=value spelling of
``ignore[ENC001,RET001]``; the reason is the text after ``--`` or
``reason="..."``.

Anything else is an error, reported (ANN001), never ignored.
This module has no third-party imports: it runs for every file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import lazyre
from .record import dataclass, field

MARKER = "schemalint:"
KEYS = ("retention", "purpose", "encrypted", "category", "ignore", "reason", "masked", "audience")

_MARKER_RE = lazyre.compile(r"schemalint\s*:", re.IGNORECASE)
_ITEM_RE = lazyre.compile(
    r"""
    \s*(?:
      (?P<bracket>(?:file-)?ignore)\[(?P<codes>[^\]]*)\]
    | (?P<key>[A-Za-z_][\w-]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"']+))
    | (?P<reason>--+)\s*(?P<reason_text>.*)
    | (?P<word>\S+)
    )""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Suppression:
    codes: Tuple[str, ...]
    reason: str
    file_scope: bool = False


@dataclass
class Annotation:
    """The parsed content of one ``schemalint:`` directive."""

    values: Dict[str, str] = field(default_factory=dict)
    suppressions: List[Suppression] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)
    text: str = ""

    def __bool__(self) -> bool:  # an annotation with only errors is still "present"
        return True


def find_marker(text: Optional[str]) -> int:
    """Offset of the annotation marker in ``text``, or -1."""
    if not text or "schemalint" not in text.lower():
        return -1
    m = _MARKER_RE.search(text)
    return m.start() if m else -1


@lru_cache(maxsize=8192)
def parse_cached(text: str) -> Optional[Annotation]:
    """:func:`parse` for texts read many times (database comments); the
    result is shared: treat it as read-only."""
    return parse(text)


def parse(text: Optional[str]) -> Optional[Annotation]:
    """Parse the annotation in ``text`` (a comment); None if it has none."""
    pos = find_marker(text)
    if text is None or pos < 0:
        return None
    m = _MARKER_RE.match(text, pos)
    assert m is not None  # find_marker found the marker at pos
    body = text[m.end():]
    # A directive ends at the end of its line: free text may follow in a
    # multi-line comment.
    body = body.split("\n", 1)[0].strip()
    # Comment closers that belong to the host syntax, not to the directive.
    for closer in ("*/", "-->", "%}"):
        if body.endswith(closer):
            body = body[: -len(closer)].rstrip()
    return parse_body(body)


def parse_body(body: str) -> Annotation:
    ann = Annotation(text=body)
    pending_ignores: List[Tuple[Tuple[str, ...], bool]] = []
    reason: Optional[str] = None
    last_key: Optional[str] = None
    pos = 0
    n = len(body)
    while pos < n:
        m = _ITEM_RE.match(body, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group("bracket"):
            codes = _split_codes(m.group("codes"))
            if not codes:
                ann.errors.append(f"{m.group('bracket')}[] names no rule code")
            pending_ignores.append((codes, m.group("bracket") == "file-ignore"))
            last_key = None
        elif m.group("key"):
            key = m.group("key").lower()
            value = next(v for v in (m.group("dq"), m.group("sq"), m.group("bare")) if v is not None)
            value = value.rstrip(".,;") if m.group("bare") is not None else value
            if key not in KEYS:
                ann.errors.append(
                    f"unknown annotation key {key!r} (known keys: {', '.join(KEYS)})"
                )
                last_key = None
                continue
            if key == "ignore":
                pending_ignores.append((_split_codes(value), False))
            elif key == "reason":
                reason = value.strip()
            else:
                if key in ann.values:
                    ann.errors.append(f"annotation key {key!r} given twice")
                ann.values[key] = value
            last_key = key
        elif m.group("reason"):
            reason = m.group("reason_text").strip()
            break
        else:
            word = m.group("word")
            if word.lower() == "after" and last_key == "retention":
                em = re.match(r"\s*(\S+)", body[pos:])
                if em:
                    ann.values["retention"] += " after " + em.group(1).rstrip(".,;")
                    pos += em.end()
                else:
                    ann.errors.append("'after' needs an event name: retention=P5Y after account_closed")
                last_key = None
            else:
                ann.errors.append(
                    f"unexpected {word!r} in annotation: items are key=value, ignore[CODES] "
                    f"or file-ignore[CODES]; put free text before 'schemalint:' or after '--'"
                )
                break
    for codes, file_scope in pending_ignores:
        ann.suppressions.append(Suppression(codes, (reason or "").strip(), file_scope))
    return ann


def _split_codes(text: str) -> Tuple[str, ...]:
    return tuple(c.strip() for c in re.split(r"[,\s]+", text) if c.strip())


# --------------------------------------------------------------------------
# Retention values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Retention:
    """A parsed retention period.  ``days`` is None for ``indefinite``."""

    text: str
    days: Optional[int]
    event: Optional[str] = None

    @property
    def indefinite(self) -> bool:
        return self.days is None


_ISO_RE = lazyre.compile(
    r"^P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?$", re.IGNORECASE
)
_SHORT_RE = lazyre.compile(
    r"^(?P<n>\d+)\s*(?P<u>y|yr|yrs|year|years|tahun|mo|m|month|months|bulan|w|week|weeks|minggu|d|day|days|hari)$",
    re.IGNORECASE,
)
_UNIT_DAYS = {"y": 365, "mo": 30, "w": 7, "d": 1}
_UNIT_ALIASES = {
    "y": "y", "yr": "y", "yrs": "y", "year": "y", "years": "y", "tahun": "y",
    "mo": "mo", "m": "mo", "month": "mo", "months": "mo", "bulan": "mo",
    "w": "w", "week": "w", "weeks": "w", "minggu": "w",
    "d": "d", "day": "d", "days": "d", "hari": "d",
}
INDEFINITE_WORDS = ("indefinite", "forever", "permanent")


class RetentionError(ValueError):
    pass


def parse_retention(text: str) -> Retention:
    """Parse a retention value; raise :class:`RetentionError` with a
    message that says what is accepted."""
    raw = text.strip()
    event = None
    # (?<!\s): tried once per run of blanks, not from each blank (quadratic)
    parts = re.split(r"(?<!\s)\s+after\s+", raw, maxsplit=1, flags=re.IGNORECASE)
    period = parts[0].strip()
    if len(parts) == 2:
        event = parts[1].strip() or None
    if period.lower() in INDEFINITE_WORDS:
        return Retention(raw, None, event)
    m = _ISO_RE.match(period)
    if m and any(m.group(g) for g in ("y", "mo", "w", "d")):
        days = (
            int(m.group("y") or 0) * 365
            + int(m.group("mo") or 0) * 30
            + int(m.group("w") or 0) * 7
            + int(m.group("d") or 0)
        )
        if days == 0:
            raise RetentionError(f"retention {raw!r} is zero: declare how long the data is kept")
        return Retention(raw, days, event)
    m = _SHORT_RE.match(period)
    if m:
        days = int(m.group("n")) * _UNIT_DAYS[_UNIT_ALIASES[m.group("u").lower()]]
        if days == 0:
            raise RetentionError(f"retention {raw!r} is zero: declare how long the data is kept")
        return Retention(raw, days, event)
    raise RetentionError(
        f"retention {raw!r} does not parse: use an ISO 8601 duration (P5Y, P18M, P90D), "
        f"a shorthand (5y, 18mo, 90d) or 'indefinite', optionally followed by 'after <event>'"
    )


def format_days(days: Optional[int]) -> str:
    if days is None:
        return "indefinite"
    if days % 365 == 0:
        return f"P{days // 365}Y"
    if days % 30 == 0:
        return f"P{days // 30}M"
    return f"P{days}D"


# --------------------------------------------------------------------------
# Directives in source comments
# --------------------------------------------------------------------------

#: What may precede the marker on its line for it to count as a comment.
_COMMENT_OPENERS = ("--", "#", "//", "/*", "*", "<!--", "///", "{{--")


@dataclass(frozen=True)
class Directive:
    """An annotation found in a source comment.

    ``target_line`` is the line it applies to: its own line when it trails
    code, otherwise the next line that holds code.  ``file_scope`` holds
    for ``file-ignore``.
    """

    line: int
    col: int
    target_line: int
    annotation: Annotation


def scan_directives(text: str) -> List[Directive]:
    """Find ``schemalint:`` directives in the comments of a source file.

    Works on any comment syntax (SQL, Python, PHP, Ruby, XML, Prisma): the
    marker counts when the text before it on its line ends inside a comment
    opener.  Markers inside database comment strings are *not* directives
    (they are read by the frontends as column/table comments).
    """
    if "schemalint" not in text and "SCHEMALINT" not in text.upper():
        return []
    lines = text.split("\n")
    out: List[Directive] = []
    for idx, line in enumerate(lines):
        m = _MARKER_RE.search(line)
        if not m:
            continue
        before = line[: m.start()]
        opener_at = _comment_opener(before)
        if opener_at is None:
            continue
        ann = parse(line[m.start():])
        if ann is None:
            continue
        code_before = before[:opener_at].strip()
        if code_before:
            target = idx + 1
        else:
            target = _next_code_line(lines, idx + 1)
        out.append(Directive(idx + 1, m.start() + 1, target, ann))
    return out


def _comment_opener(before: str) -> Optional[int]:
    """Index where the comment that holds the marker starts, or None."""
    best = None
    for opener in _COMMENT_OPENERS:
        i = before.find(opener)
        if i >= 0 and (best is None or i < best):
            best = i
    if best is None:
        return None
    # Quotes before the opener: the marker may be inside a string literal.
    prefix = before[:best]
    if prefix.count("'") % 2 or prefix.count('"') % 2:
        return None
    return best


def _next_code_line(lines: List[str], start: int) -> int:
    for j in range(start, len(lines)):
        s = lines[j].strip()
        if not s:
            continue
        if s.startswith(_COMMENT_OPENERS):  # "*" covers block-comment continuations and "*/"
            continue
        return j + 1
    return start + 1
