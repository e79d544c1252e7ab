"""Embedded SQL of the PHP abstract interpreter: a call's literal SQL
(``DB::statement('...')``, ``$this->db->query('...')``) handed to the SQL
frontend with the host file's locations; SQL built at run time is a note
(none for a data statement).  Mixed into
:class:`~schemalint.frontends.php.interpreter.Interpreter`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Tuple

from .. import treesitter as ts
from .values import Raw, heredoc_text

if TYPE_CHECKING:
    from ...kinds import SkipKind
    from ...model import Location

#: first words of SQL statements that only touch data
_DATA_SQL = frozenset({"insert", "update", "delete", "select", "replace", "truncate", "set", "with",
                       "call", "lock", "unlock"})


class EmbeddedSQL:
    """``sql_call``: the SQL of a call's first argument, replayed."""

    embedded: Any
    noop: int
    changes: list

    if TYPE_CHECKING:  # the interpreter's own helpers
        def loc(self, node) -> Location: ...
        def note(self, reason: str, node, kind: SkipKind = "unsupported") -> None: ...
        def fail_if_broken(self, node, what: str) -> bool: ...

    def sql_call(self, args, node, what: str) -> None:
        if self.fail_if_broken(node, f"{what}()"):
            return
        if not args:
            return
        value, vnode, _ = args[0]
        if isinstance(value, Raw):
            value = value.sql
        if not isinstance(value, str):
            head = self._literal_head(vnode).lstrip(" \t\n(").split(None, 1)
            if head and head[0].lower() in _DATA_SQL:
                self.note(f"{what}() with a data statement ({head[0].upper()} ...) built at run "
                          f"time: no schema effect", node, "noop")
            else:
                self.note(f"{what}() with SQL that is not a literal: not analysed", node)
            return
        line, col = self._string_start(vnode)
        if vnode.type in ("heredoc", "nowdoc"):
            raw = heredoc_text(vnode, dedent=False)
            if raw is not None:
                value = raw  # same SQL, with the indentation that locates it
        got = self.embedded.parse(value, line, col, self.loc(vnode), f"{what}()")
        if got is None:
            self.noop += 1
            return
        self.changes.extend(got)

    def _literal_head(self, node) -> str:
        """The literal text at the start of an interpolated string or a
        concatenation (to tell data statements from DDL)."""
        n = node
        while n is not None and n.type == "binary_expression":
            n = n.child_by_field_name("left")
        if n is None:
            return ""
        if n.type in ("encapsed_string", "heredoc"):
            body = n.child_by_field_name("value") if n.type == "heredoc" else n
            out = []
            for c in body.named_children:
                if c.type not in ("string_content", "escape_sequence"):
                    break
                out.append(ts.text(c))
            return "".join(out)
        if n.type == "string":
            return ts.text(n)[1:-1]
        return ""

    def _string_start(self, node) -> Tuple[int, int]:
        """Line and column where the text of a string literal starts."""
        loc = self.loc(node)
        if node.type in ("string", "encapsed_string"):
            prefix = 2 if ts.text(node)[:1] in ("b", "B") else 1
            return loc.line, loc.col + prefix
        if node.type in ("heredoc", "nowdoc"):
            body = node.child_by_field_name("value")
            if body is not None:
                bl = self.loc(body)
                if ts.text(body).startswith("\n"):
                    return bl.line + 1, 1
                return bl.line, bl.col
        if node.type == "binary_expression":
            n = node
            while n.type == "binary_expression" and n.child_by_field_name("left") is not None:
                n = n.child_by_field_name("left")
            return self._string_start(n)
        return loc.line, loc.col
