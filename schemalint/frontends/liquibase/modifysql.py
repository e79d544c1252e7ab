"""``<modifySql>``: a changeSet's rewrite of the SQL Liquibase generates.

``replace``, ``regExpReplace``, ``prepend`` and ``append`` edit the SQL
text of every change of the changeSet before it runs, so
``<addColumn><column name="zz"/></addColumn>`` with
``<replace replace="zz" with="nik"/>`` adds ``nik``.  schemalint does not
generate Liquibase's SQL, so it follows a rewrite only where its effect is
certain:

* an ``append`` of a MySQL column position (``FIRST``, ``AFTER c``) or of
  table options (``ENGINE=InnoDB``, ``DEFAULT CHARSET=utf8``): no column
  changes (OpenMRS appends `` FIRST`` to an ``addColumn``);
* a changeSet of data changes only (``update``, ``insert``, ``<sql>``
  without DDL...), where neither the inserted text nor the change's own
  text, after a ``replace``, holds a DDL keyword, and the inserted text
  cannot complete one at its edges: it stays data (OpenMRS's
  ``name-of-uuid-function`` to ``UUID()``);
* a ``replace`` in a changeSet of ``<sql>`` changes only: applied to
  their text, which the SQL frontend then reads;
* a ``modifySql`` for a database other than the one set (``--dialect``).

Anything else (a rewrite of the SQL of ``addColumn``, ``createTable``...;
``regExpReplace``, whose effect on a generated text is not known) is an
``unfollowed`` note: PARSE001 fails the CI gate closed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, List, Tuple

from ..embedded import DDL_RE
from .tree import N

if TYPE_CHECKING:
    from .reader import _Reader

#: table options an ``append`` may add without changing a column
_OPTIONS = frozenset({"ENGINE", "CHARSET", "COLLATE", "ROW_FORMAT"})


def _word(tok: str) -> bool:
    return bool(tok) and all(ch.isalnum() or ch == "_" for ch in tok)


def _inert_append(value: str) -> bool:
    """A MySQL column position (``FIRST``, ``AFTER c``) or table options
    (``ENGINE=InnoDB DEFAULT CHARSET=utf8``): read token by token (a
    regular expression for this backtracks)."""
    toks = [t for t in re.split(r"[\s=]+", value.strip().rstrip(";").upper()) if t]
    if toks == ["FIRST"]:
        return True
    if len(toks) == 2 and toks[0] == "AFTER":
        return _word(toks[1].strip("`\""))
    i = 0
    while i < len(toks):
        if toks[i] == "DEFAULT":
            i += 1
        if i + 1 < len(toks) and toks[i] == "CHARACTER" and toks[i + 1] == "SET":
            i += 1
            toks[i] = "CHARSET"
        if i + 1 >= len(toks) or toks[i] not in _OPTIONS or not _word(toks[i + 1]):
            return False
        i += 2
    return bool(toks)


_KEYWORDS = ("CREATE", "ALTER", "DROP", "COMMENT", "RENAME", "LABEL", "SP_RENAME", "EXEC", "GRANT", "REVOKE")
#: what text joined to a generated word may complete into a DDL keyword
_SUFFIXES = {k[i:] for k in _KEYWORDS for i in range(1, len(k))}
_PREFIXES = {k[:i] for k in _KEYWORDS for i in range(1, len(k))}


def _edge_word(text: str, at_start: bool) -> str:
    """The word characters at the start (or end) of ``text``."""
    i, j = 0, len(text)
    if at_start:
        while i < j and (text[i].isalnum() or text[i] == "_"):
            i += 1
        return text[:i].upper()
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return text[j:].upper()


def _inert_text(value: str, start: bool, end: bool) -> bool:
    """Text a rewrite puts in the SQL that cannot make it DDL: no DDL
    keyword, and no part of one at an edge that touches generated text."""
    if DDL_RE.search(value):
        return False
    if start and _edge_word(value, True) in _SUFFIXES:
        return False
    return not (end and _edge_word(value, False) in _PREFIXES)


def _texts(n: N) -> List[str]:
    out = [v for v in n.attrs.values()] + ([n.text] if n.text else [])
    for c in n.children:
        out.extend(_texts(c))
    return out


def _data_only(r: _Reader, changes: List[N], data: frozenset) -> bool:
    return all(ch.tag in data or (ch.tag == "sql" and not DDL_RE.search(ch.text or "")) for ch in changes)


def modify_sql(r: _Reader, cs: N, changes: List[N], data: frozenset) -> List[Tuple[str, str]]:
    """Read the changeSet's ``modifySql``: follow what is certain, note the
    rest (``unfollowed``).  Returns the ``replace`` pairs to apply to its
    ``<sql>`` texts."""
    rewrites: List[Tuple[str, str]] = []
    for m in cs.kids("modifySql"):
        if r.dbms_known and not r.applies(m):
            continue  # for another database than the one set
        for op in m.children:
            value = (r.a(op, "value") if op.tag in ("append", "prepend") else r.a(op, "with")) or ""
            if op.tag == "append" and _inert_append(value):
                continue
            if op.tag in ("append", "prepend", "replace") and _data_only(r, changes, data):
                old = r.a(op, "replace") or "" if op.tag == "replace" else ""
                after = [t.replace(old, value) if old else t for ch in changes for t in _texts(ch)]
                if (_inert_text(value, op.tag != "prepend", op.tag != "append")
                        and not any(DDL_RE.search(t) for t in after)):
                    continue
            if op.tag == "replace" and r.a(op, "replace") and changes and all(ch.tag == "sql" for ch in changes):
                rewrites.append((r.a(op, "replace") or "", value))
                continue
            r.skip(f"modifySql <{op.tag}> rewrites the SQL Liquibase generates for this changeSet; schemalint "
                   f"does not generate that SQL, so what runs is not known: not followed", op, "unfollowed")
    return rewrites
