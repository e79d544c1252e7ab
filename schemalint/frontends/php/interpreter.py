"""The PHP abstract interpreter (:mod:`schemalint.frontends.php`).

:class:`Interpreter` walks statements and evaluates expressions without
running PHP; a framework's reader (Laravel's, with CodeIgniter's calls)
subclasses it and handles the calls on its own objects.
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from ...kinds import SkipKind
from ...model import Location, ParseFailure, Skipped, TableRef
from .. import treesitter as ts
from ..embedded import Embedded
from .sql import EmbeddedSQL
from .values import (
    CLASS_NODES,
    UNKNOWN,
    Array,
    BoundMethod,
    ClassInfo,
    ClassName,
    Closure,
    Prop,
    This,
    heredoc_text,
    lit_text,
    mentions,
    named_children,
    unescape_double,
    unescape_single,
)

MAX_DEPTH = 40  # nested method calls / closures followed
MAX_UNROLL = 200  # foreach iterations over a literal array

STOP = object()
#: what :meth:`Interpreter.call_value` returns for a value that is no callable it knows
NOT_CALLED = object()

#: PHP functions that call the callable they are given
_CALL_USER_FUNC = frozenset({"call_user_func", "call_user_func_array", "forward_static_call",
                             "forward_static_call_array"})
_IDENTIFIER = re.compile(r"[A-Za-z_\x80-\uffff][A-Za-z0-9_\x80-\uffff]*")

#: PHP functions that change an array passed by reference
_BY_REF_FUNCTIONS = frozenset({
    "array_push", "array_unshift", "array_splice", "array_pop", "array_shift", "sort", "rsort",
    "usort", "uasort", "uksort", "ksort", "krsort", "asort", "arsort", "shuffle", "array_walk",
    "settype", "parse_str", "preg_match", "preg_match_all", "extract",
})

_IGNORED_STATEMENTS = frozenset({
    "comment", "php_tag", "text", "text_interpolation", "namespace_definition",
    "namespace_use_declaration", "const_declaration", "class_declaration", "function_definition",
    "interface_declaration", "trait_declaration", "enum_declaration", "declare_statement",
    "empty_statement", "break_statement", "continue_statement", "global_declaration",
    "static_variable_declaration", "echo_statement", "unset_statement", "exit_statement",
    "named_label_statement", "goto_statement", "ERROR",
})


class Interpreter(EmbeddedSQL):
    """Walks one PHP file's tree, evaluating literals and following calls
    (see the package docstring).  A framework's reader subclasses it and
    answers the hooks below: which objects its calls return (:meth:`apply`,
    :meth:`framework_property`, :meth:`function_value`, :meth:`static_scope`),
    which tokens may hide its calls (``SCHEMA_TOKENS``, ``SCHEMA_VARS``) and
    which calls guard a branch (``GUARD_CALLS``, ``GUARD_PREFIXES``)."""

    #: leaf texts and variable names that may belong to a schema call
    SCHEMA_TOKENS: FrozenSet[str] = frozenset()
    SCHEMA_VARS: FrozenSet[str] = frozenset()
    #: lower-case method names (and prefixes) that test whether a table or
    #: column exists: an ``if`` on them is a guard, not a choice
    GUARD_CALLS: FrozenSet[str] = frozenset()
    GUARD_PREFIXES: Tuple[str, ...] = ()

    def __init__(self, path: str, text: str, options, sql_dialect: str):
        self.path = path
        self.text = text
        self.options = options
        self.changes: List[Any] = []
        self.statements = 0
        self.noop = 0
        #: embedded SQL (``DB::statement``...), in the framework's default dialect
        self.embedded = Embedded(path, options, default=sql_dialect)
        self.depth = 0
        self.call_stack: List[Any] = []
        self.visited_methods: set = set()
        self.error_ranges: List[Tuple[int, int]] = []
        self.aliases: Dict[str, str] = {}
        self.functions: Dict[str, Any] = {}
        self.classes: List[ClassInfo] = []
        self.cls: Optional[ClassInfo] = None
        self.src: Any = None
        # line -> (table, column) for source-comment directives
        self.line_targets: Dict[int, Tuple[TableRef, Optional[str]]] = {}
        #: > 0 inside a framework callback whose statements are not counted
        #: (a Blueprint closure)
        self.in_callback = 0
        #: (branching node id, branch index) of the branches being followed
        self.branch: Tuple[Tuple[int, int], ...] = ()
        #: the branches that run only when a table or column does not exist yet
        #: (``if (!Schema::hasColumn(...))``): what they add is added if absent
        self.absent_guards: set = set()

    # -- helpers -----------------------------------------------------------
    def loc(self, node) -> Location:
        return ts.location(node, self.path, self.src)

    def note(self, reason: str, node, kind: SkipKind = "unsupported") -> None:
        self.changes.append(Skipped(reason, self.loc(node), kind))

    def fail_if_broken(self, node, what: str) -> bool:
        """A schema call whose text holds a syntax error cannot be read:
        report a ParseFailure at the error and do not follow it."""
        if not node.has_error:
            return False
        err = ts.first_error(node)
        where = err if err is not None else node
        self.changes.append(ParseFailure(
            f"{ts.describe_error(where, self.src)} inside {what}; it cannot be read "
            f"(PHP would refuse to run this file)", self.loc(where)))
        self.error_ranges.append((node.start_byte, node.end_byte))
        return True


    def collect_uses(self, root) -> None:
        for n in root.named_children:
            if n.type == "namespace_definition":
                body = n.child_by_field_name("body")
                if body is not None:
                    self.collect_uses(body)
            if n.type != "namespace_use_declaration":
                continue
            for cl in n.named_children:
                if cl.type != "namespace_use_clause":
                    continue
                alias = cl.child_by_field_name("alias")
                target = next((x for x in cl.named_children if x.type in ("qualified_name", "name")
                               and x != alias), None)
                if target is None:
                    continue
                full = ts.text(target).lstrip("\\")
                short = ts.text(alias) if alias is not None else full.rsplit("\\", 1)[-1]
                self.aliases[short] = full
        stack = [root]
        while stack:
            n = stack.pop()
            if n.type == "function_definition":
                fn = n.child_by_field_name("name")
                if fn is not None:
                    self.functions[ts.text(fn).lower()] = n
                continue
            if n.type in CLASS_NODES:
                continue
            stack.extend(n.named_children)

    # -- statements --------------------------------------------------------
    def block(self, node, env) -> Any:
        for st in node.named_children:
            if self.stmt(st, env) is STOP:
                return STOP
        return None

    def stmt(self, node, env) -> Any:
        t = node.type
        if t in ("expression_statement", "return_statement"):
            kids = named_children(node)
            if kids:
                top = not self.in_callback
                before = len(self.changes)
                self.ev(kids[0], env)
                if top:
                    self.statements += 1
                    if len(self.changes) == before:
                        self.noop += 1
            return STOP if t == "return_statement" else None
        if t in ("compound_statement", "colon_block", "program"):
            return self.block(node, env)
        if t == "if_statement":
            return self.if_stmt(node, env)
        if t == "foreach_statement":
            return self.foreach_stmt(node, env)
        if t in ("for_statement", "while_statement", "do_statement"):
            return self.loop_stmt(node, env)
        if t == "try_statement":
            return self.try_stmt(node, env)
        if t == "switch_statement":
            return self.switch_stmt(node, env)
        if t in _IGNORED_STATEMENTS:
            return None
        # other statements: evaluate their expressions for effects
        for c in named_children(node):
            if c.type.endswith("statement") or c.type in ("compound_statement", "colon_block"):
                self.stmt(c, env)
            else:
                self.ev(c, env)
        return None

    def _guard(self, cond) -> Optional[str]:
        """The guard call text when ``cond`` tests a table/column's existence."""
        stack = [cond]
        while stack:
            n = stack.pop()
            if n.type in ("scoped_call_expression", "member_call_expression"):
                nm = n.child_by_field_name("name")
                name = ts.text(nm).lower() if nm is not None else ""
                if name in self.GUARD_CALLS or name.startswith(self.GUARD_PREFIXES):
                    return ts.text(n)
            stack.extend(n.named_children)
        return None

    @staticmethod
    def _negated(cond) -> bool:
        """``!guard(...)`` or ``guard(...) === false`` / ``== false``."""
        n = cond
        while n.type == "parenthesized_expression" and n.named_children:
            n = n.named_children[0]
        if n.type == "unary_op_expression":
            op = n.child_by_field_name("operator")
            return (ts.text(op) if op is not None else ts.text(n).lstrip()[:1]) == "!"
        if n.type == "binary_expression":
            op = n.child_by_field_name("operator")
            right = n.child_by_field_name("right")
            return (op is not None and ts.text(op) in ("===", "==") and right is not None
                    and ts.text(right).strip().lower() == "false")
        return False

    def _branches(self, node, cond, bodies, env, what: str) -> Any:
        guard = self._guard(cond) if cond is not None else None
        if guard is not None and bodies and self._negated(cond):
            self.absent_guards.add((node.id, 0))
        if cond is not None:
            self.ev(cond, env)
        effects = 0
        total = 0
        saved = self.branch
        for i, b in enumerate(bodies):
            before = len(self.changes)
            pending = self.pending_count(env)
            self.branch = saved + ((node.id, i),)
            try:
                self.stmt(b, env)
            finally:
                self.branch = saved
            if self.pending_count(env) != pending or any(
                    not isinstance(c, Skipped) or c.kind != "noop" for c in self.changes[before:]):
                effects += 1
            total += 1
        if effects == 0:
            return None
        if guard is not None:
            self.note(f"guard {guard} is not evaluated: its body was followed as if the guard "
                      f"held", node, "noop")
        elif effects > 1:
            cond_text = ts.text(cond).strip() if cond is not None else what
            self.note(f"{what} on {cond_text[:80]} is not evaluated: all {total} branches were "
                      f"followed and {effects} change the schema (their changes may overlap)", node)
        else:
            cond_text = ts.text(cond).strip() if cond is not None else what
            self.note(f"{what} on {cond_text[:80]} is not evaluated: its branches were followed",
                      node, "noop")
        return None

    def if_stmt(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        alts = list(node.children_by_field_name("alternative"))
        if cond is not None and all(a.type == "else_clause" for a in alts):
            known = self.ev(cond, env)
            if isinstance(known, (bool, int)):  # `if (false)`, `if (0)`: only the branch it selects runs
                chosen = node.child_by_field_name("body") if known else (
                    alts[0].child_by_field_name("body") if alts else None)
                if chosen is not None:
                    self.stmt(chosen, env)
                return None
        bodies = []
        body = node.child_by_field_name("body")
        if body is not None:
            bodies.append(body)
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "else_if_clause":
                c2 = alt.child_by_field_name("condition")
                if c2 is not None:
                    self.ev(c2, env)
            b = alt.child_by_field_name("body")
            if b is not None:
                bodies.append(b)
        return self._branches(node, cond, bodies, env, "condition")

    def switch_stmt(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        cases = [c for c in (body.named_children if body is not None else [])
                 if c.type in ("case_statement", "default_statement")]
        return self._branches(node, cond, cases, env, "switch")

    def foreach_stmt(self, node, env) -> Any:
        kids = named_children(node)
        body = node.child_by_field_name("body") or (kids[-1] if kids else None)
        if body is None or len(kids) < 2:
            return None
        iterable = kids[0]
        target = kids[1]
        coll = self.ev(iterable, env)
        key_var = val_var = None
        if target.type == "pair":
            pk = named_children(target)
            if len(pk) == 2:
                key_var, val_var = pk
        else:
            val_var = target
        if isinstance(coll, Array) and 0 < len(coll.items) <= MAX_UNROLL and \
                (val_var is None or val_var.type == "variable_name"):
            for i, (k, v, _, _) in enumerate(coll.items):
                if key_var is not None and key_var.type == "variable_name":
                    env[ts.text(key_var).lstrip("$")] = k if k is not None else i
                if val_var is not None:
                    env[ts.text(val_var).lstrip("$")] = v
                self.stmt(body, env)
            return None
        for var in (key_var, val_var):
            if var is not None and var.type == "variable_name":
                env[ts.text(var).lstrip("$")] = UNKNOWN
        return self._loop_once(node, body, env)

    def loop_stmt(self, node, env) -> Any:
        body = node.child_by_field_name("body")
        for c in named_children(node):
            if (body is None or c != body) and not c.type.endswith("statement"):
                self.ev(c, env)
        if body is None:
            kids = [c for c in named_children(node) if c.type.endswith("statement")]
            body = kids[0] if kids else None
        if body is None:
            return None
        return self._loop_once(node, body, env)

    def _loop_once(self, node, body, env) -> None:
        before = len(self.changes)
        self.stmt(body, env)
        if any(not isinstance(c, Skipped) or c.kind != "noop" for c in self.changes[before:]):
            self.note("loop over values that are not literals: its body was followed once", node,
                      "noop")

    def try_stmt(self, node, env) -> Any:
        body = node.child_by_field_name("body")
        res = self.stmt(body, env) if body is not None else None
        for c in node.named_children:
            if c.type == "catch_clause":
                cb = c.child_by_field_name("body")
                if cb is not None and self.mentions_schema(cb):
                    self.note("catch block with schema calls: not followed (it runs only when the "
                              "try block fails)", c)
            elif c.type == "finally_clause":
                fb = c.child_by_field_name("body")
                if fb is not None:
                    self.stmt(fb, env)
        return res

    # -- expressions -------------------------------------------------------
    def ev(self, node, env) -> Any:
        if node is None:
            return UNKNOWN
        t = node.type
        if t == "string":
            raw = ts.text(node)
            if raw[:1] in ("b", "B"):
                raw = raw[1:]
            return unescape_single(raw[1:-1])
        if t == "encapsed_string":
            for c in node.named_children:
                if c.type not in ("string_content", "escape_sequence"):
                    for sub in node.named_children:  # interpolated calls may have effects
                        if sub.type not in ("string_content", "escape_sequence", "variable_name"):
                            self.ev(sub, env)
                    return UNKNOWN
            raw = ts.text(node)
            if raw[:1] in ("b", "B"):
                raw = raw[1:]
            return unescape_double(raw[1:-1])
        if t in ("heredoc", "nowdoc"):
            doc = heredoc_text(node)
            return UNKNOWN if doc is None else doc
        if t == "integer":
            try:
                return int(ts.text(node).replace("_", ""), 0)
            except ValueError:
                try:
                    return int(ts.text(node).replace("_", ""))
                except ValueError:
                    return UNKNOWN
        if t == "float":
            try:
                return float(ts.text(node).replace("_", ""))
            except ValueError:
                return UNKNOWN
        if t == "boolean":
            return ts.text(node).lower() == "true"
        if t == "null":
            return None
        if t == "variable_name":
            name = ts.text(node).lstrip("$")
            if name == "this":
                return This(self.cls) if self.cls is not None else UNKNOWN
            return env.get(name, UNKNOWN)
        if t == "parenthesized_expression":
            kids = named_children(node)
            return self.ev(kids[0], env) if kids else UNKNOWN
        if t == "array_creation_expression":
            return self.ev_array(node, env)
        if t == "binary_expression":
            return self.ev_binary(node, env)
        if t == "unary_op_expression":
            arg = node.child_by_field_name("argument")
            v = self.ev(arg, env)
            op = ts.text(node)[:1]
            if op == "-" and isinstance(v, (int, float)) and not isinstance(v, bool):
                return -v
            if op == "+" and isinstance(v, (int, float)):
                return v
            return UNKNOWN
        if t == "assignment_expression":
            return self.ev_assign(node, env)
        if t == "augmented_assignment_expression":
            left = node.child_by_field_name("left")
            self.ev(node.child_by_field_name("right"), env)
            if left is not None:
                self._forget_vars(left, env)
            return UNKNOWN
        if t == "conditional_expression":
            for c in named_children(node):
                self.ev(c, env)
            return UNKNOWN
        if t == "match_expression":
            return self.ev_match(node, env)
        if t == "class_constant_access_expression":
            return self.ev_class_constant(node)
        if t == "member_access_expression" or t == "nullsafe_member_access_expression":
            return self.ev_member_access(node, env)
        if t in ("member_call_expression", "nullsafe_member_call_expression",
                 "scoped_call_expression", "function_call_expression"):
            return self.ev_call(node, env)
        if t in ("anonymous_function", "arrow_function", "anonymous_function_creation_expression"):
            return Closure(node, env, self.cls)
        if t in ("include_expression", "include_once_expression", "require_expression",
                 "require_once_expression"):
            self.note(f"{ts.text(node)[:60]}: code from another file is not followed", node)
            return UNKNOWN
        if t == "cast_expression":
            kids = named_children(node)
            v = self.ev(kids[-1], env) if kids else UNKNOWN
            return v if isinstance(v, (str, int, float)) else UNKNOWN
        if t == "object_creation_expression":
            for c in named_children(node):
                if c.type == "arguments":
                    self.run_closures(self.eval_args(c, env))
            return UNKNOWN
        if t in ("name", "qualified_name"):
            return UNKNOWN
        # anything else: look inside for effects
        for c in named_children(node):
            self.ev(c, env)
        return UNKNOWN

    def ev_array(self, node, env) -> Array:
        arr = Array()
        auto = 0
        for el in named_children(node):
            if el.type != "array_element_initializer":
                continue
            kids = named_children(el)
            if not kids:
                continue
            if kids[0].type == "variadic_unpacking":
                self.ev(kids[0], env)
                arr.items.append((UNKNOWN, UNKNOWN, None, kids[0]))
                continue
            if len(kids) >= 2:
                k = self.ev(kids[0], env)
                v = self.ev(kids[-1], env)
                arr.items.append((k, v, kids[0], kids[-1]))
                if isinstance(k, int) and not isinstance(k, bool) and k >= auto:
                    auto = k + 1
            else:
                v = self.ev(kids[0], env)
                arr.items.append((auto, v, None, kids[0]))
                auto += 1
        return arr

    def ev_binary(self, node, env) -> Any:
        # concatenation chains are left-deep: walk them without recursion
        op_node = node.child_by_field_name("operator")
        op = ts.text(op_node) if op_node is not None else ""
        if op == ".":
            parts = []
            n = node
            while n.type == "binary_expression":
                o = n.child_by_field_name("operator")
                if o is None or ts.text(o) != ".":
                    break
                parts.append(n.child_by_field_name("right"))
                n = n.child_by_field_name("left")
            parts.append(n)
            values = [self.ev(p, env) for p in reversed(parts)]
            if all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values):
                return "".join(lit_text(v) for v in values)
            return UNKNOWN
        left = self.ev(node.child_by_field_name("left"), env)
        right = self.ev(node.child_by_field_name("right"), env)
        if op == "??":
            return left if left is not UNKNOWN and left is not None else right
        return UNKNOWN

    def ev_assign(self, node, env) -> Any:
        left = node.child_by_field_name("left")
        value = self.ev(node.child_by_field_name("right"), env)
        if left is None:
            return value
        if left.type == "variable_name":
            env[ts.text(left).lstrip("$")] = value
        elif left.type in ("list_literal", "array_creation_expression", "subscript_expression"):
            # destructuring and `$a['k'] = ...`: the variables involved are no
            # longer known literals
            self._forget_vars(left, env)
        elif left.type == "member_access_expression":
            obj = self.ev(left.child_by_field_name("object"), env)
            nm = left.child_by_field_name("name")
            if isinstance(obj, This) and nm is not None and nm.type == "name" and obj.cls:
                obj.cls.props[ts.text(nm)] = value
            elif nm is not None:
                self.set_property(obj, ts.text(nm), value)
        else:
            self.ev(left, env)
        return value

    @staticmethod
    def _forget_vars(node, env) -> None:
        """Variables written through ``node`` become unknown."""
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type == "variable_name":
                env[ts.text(n).lstrip("$")] = UNKNOWN
                continue
            stack.extend(n.named_children)

    def ev_match(self, node, env) -> Any:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        arms = [a for a in (body.named_children if body is not None else [])
                if a.type in ("match_conditional_expression", "match_default_expression")]
        if cond is not None:
            self.ev(cond, env)
        effects = 0
        saved = self.branch
        for i, arm in enumerate(arms):
            ret = arm.child_by_field_name("return_expression")
            before = len(self.changes)
            count_before = self.pending_count(env)
            self.branch = saved + ((node.id, i),)
            try:
                self.ev(ret, env)
            finally:
                self.branch = saved
            if len(self.changes) != before or self.pending_count(env) != count_before:
                effects += 1
        if effects > 1:
            self.note(f"match on {ts.text(cond)[:60] if cond is not None else '?'} is not "
                      f"evaluated: all {len(arms)} arms were followed (a column defined in several "
                      f"arms keeps the first arm's definition)", node)
        return UNKNOWN

    def pending_count(self, env) -> int:
        """How many changes the framework objects in ``env`` hold, not yet
        emitted (a branch that adds to them has an effect)."""
        return 0

    @staticmethod
    def _alternatives(a: Tuple[Tuple[int, int], ...], b: Tuple[Tuple[int, int], ...]) -> bool:
        """True when two branch paths diverge at the same branching node
        (``if``/``else``, ``match`` arms): only one of them runs."""
        for (na, ia), (nb, ib) in zip(a, b):
            if na != nb:
                return False
            if ia != ib:
                return True
        return False

    def ev_class_constant(self, node) -> Any:
        kids = named_children(node)
        if len(kids) < 2:
            return UNKNOWN
        scope, member = kids[0], kids[-1]
        mname = ts.text(member)
        if mname.lower() == "class":
            if scope.type == "relative_scope":
                return ClassName(self.cls.name) if self.cls else UNKNOWN
            return ClassName(self._resolve_name(ts.text(scope)))
        if scope.type == "relative_scope" and self.cls is not None:
            if mname in self.cls.consts:
                return self.cls.consts[mname]
        else:
            sname = ts.text(scope).lstrip("\\").rsplit("\\", 1)[-1]
            for c in self.classes:
                if c.name == sname and mname in c.consts:
                    return c.consts[mname]
        return UNKNOWN

    def ev_member_access(self, node, env) -> Any:
        obj = self.ev(node.child_by_field_name("object"), env)
        nm = node.child_by_field_name("name")
        if nm is None or nm.type != "name":
            return UNKNOWN
        name = ts.text(nm)
        if isinstance(obj, This):
            v = self.framework_property(name)
            if v is not None:
                return v
            if obj.cls is not None and name in obj.cls.props:
                v = obj.cls.props[name]
                return v if v is not None else UNKNOWN
            return Prop(name)
        return UNKNOWN

    def _resolve_name(self, name: str) -> str:
        name = name.lstrip("\\")
        head = name.split("\\", 1)[0]
        if head in self.aliases:
            rest = name[len(head):]
            return self.aliases[head] + rest
        return name

    # -- calls -------------------------------------------------------------
    def eval_args(self, args_node, env) -> List[Tuple[Any, Any, Optional[str]]]:
        out: List[Tuple[Any, Any, Optional[str]]] = []
        if args_node is None:
            return out
        for a in named_children(args_node):
            if a.type != "argument":
                if a.type == "variadic_placeholder":
                    continue
                out.append((self.ev(a, env), a, None))
                continue
            nm = a.child_by_field_name("name")
            kids = [k for k in named_children(a) if nm is None or k != nm]
            if not kids:
                continue
            val = self.ev(kids[-1], env)
            if ts.text(a).startswith("..."):
                val = UNKNOWN
            out.append((val, kids[-1], ts.text(nm) if nm is not None else None))
        return out

    def run_closures(self, args) -> None:
        for v, _, _ in args:
            if isinstance(v, Closure):
                self.run_closure(v, [])

    def run_closure(self, clo: Closure, bound: list) -> None:
        if self.depth >= MAX_DEPTH:
            self.note("closures nested too deeply: not followed", clo.node)
            return
        node = clo.node
        params = node.child_by_field_name("parameters")
        env: Dict[str, Any] = {}
        if node.type == "arrow_function":
            env.update(clo.env)
        else:
            for c in node.named_children:
                if c.type == "anonymous_function_use_clause":
                    for v in c.named_children:
                        var = v if v.type == "variable_name" else next(
                            (x for x in v.named_children if x.type == "variable_name"), None)
                        if var is not None:
                            name = ts.text(var).lstrip("$")
                            env[name] = clo.env.get(name, UNKNOWN)
        self._bind_params(params, bound, {}, env)
        saved = self.cls
        self.cls = clo.cls
        self.depth += 1
        try:
            body = node.child_by_field_name("body")
            if body is None:
                return
            if body.type in ("compound_statement", "colon_block"):
                self.block(body, env)
            else:
                self.ev(body, env)
        finally:
            self.depth -= 1
            self.cls = saved

    def _bind_params(self, params, positional: list, named: dict, env) -> None:
        if params is None:
            return
        i = 0
        for p in named_children(params):
            var = p.child_by_field_name("name")
            if var is None:
                continue
            name = ts.text(var).lstrip("$")
            if p.type == "variadic_parameter":
                env[name] = UNKNOWN
                continue
            if name in named:
                env[name] = named[name]
            elif i < len(positional):
                env[name] = positional[i]
            else:
                dv = p.child_by_field_name("default_value")
                env[name] = self.ev(dv, {}) if dv is not None else UNKNOWN
            i += 1

    def call_method(self, cls: ClassInfo, name: str, positional, named, node, entry=False) -> Any:
        m = cls.methods.get(name.lower())
        if m is None:
            return UNKNOWN
        key = (cls.node.id, name.lower())
        if key in self.call_stack or self.depth >= MAX_DEPTH:
            self.note(f"recursive or too deeply nested call to {name}(): not followed", node)
            return UNKNOWN
        self.visited_methods.add(key)
        self.call_stack.append(key)
        saved = self.cls
        self.cls = cls
        self.depth += 1
        try:
            env: Dict[str, Any] = {}
            self._bind_params(m.child_by_field_name("parameters"), positional, named, env)
            body = m.child_by_field_name("body")
            if body is not None:
                self.block(body, env)
        finally:
            self.depth -= 1
            self.cls = saved
            self.call_stack.pop()
        return UNKNOWN

    def ev_call(self, node, env) -> Any:
        t = node.type
        nm = node.child_by_field_name("name") if t != "function_call_expression" else None
        args_node = node.child_by_field_name("arguments")
        # f(...), $obj->m(...): PHP 8.1's first-class callable syntax makes a
        # Closure of the function or method; nothing is called yet
        first_class = args_node is not None and any(a.type == "variadic_placeholder"
                                                    for a in args_node.named_children)
        if t == "function_call_expression":
            fn = node.child_by_field_name("function")
            named = fn is not None and fn.type in ("name", "qualified_name")
            if first_class:
                return ts.text(fn).lstrip("\\") if named else self.ev(fn, env)
            args = self.eval_args(args_node, env)
            if named:
                return self.call_function(ts.text(fn).lstrip("\\").lower(), args, node, env)
            got = self.call_value(self.ev(fn, env), args, node, env)
            if got is NOT_CALLED:
                self.run_closures(args)
                return UNKNOWN
            return got
        if nm is None:
            return UNKNOWN
        if nm.type == "name":
            method: Optional[str] = ts.text(nm)
        else:
            # $obj->{'char'}(...), $obj->$m(...): the name is a value, followed when literal
            v = self.ev(nm, env)
            method = v if isinstance(v, str) and _IDENTIFIER.fullmatch(v) else None
        if t == "scoped_call_expression":
            target = self._static_target(node.child_by_field_name("scope"))
        else:
            target = self.ev(node.child_by_field_name("object"), env)
        if method is None:
            args = self.eval_args(args_node, env)
            if self.is_framework_object(target):
                self.note(f"dynamic method name in {ts.text(node)[:80]}: which method runs is decided at "
                          f"run time; not followed", node, "unfollowed")
            else:
                self.run_closures(args)
            return UNKNOWN
        if first_class:
            return BoundMethod(target, method)
        args = self.eval_args(args_node, env)
        return self.apply(target, method, args, node, env)

    def call_function(self, fname: str, args, node, env) -> Any:
        """A call of the global function ``fname`` (lower case)."""
        if fname in self.functions:
            fnode = self.functions[fname]
            key = ("fn", fname)
            if key not in self.call_stack and self.depth < MAX_DEPTH:
                self.call_stack.append(key)
                self.depth += 1
                try:
                    fenv: Dict[str, Any] = {}
                    self._bind_params(fnode.child_by_field_name("parameters"),
                                      [a[0] for a in args if a[2] is None],
                                      {a[2]: a[0] for a in args if a[2]}, fenv)
                    body = fnode.child_by_field_name("body")
                    if body is not None:
                        self.block(body, fenv)
                finally:
                    self.depth -= 1
                    self.call_stack.pop()
            return UNKNOWN
        if fname in _CALL_USER_FUNC:
            return self.call_user_func(fname, args, node, env)
        if fname in _BY_REF_FUNCTIONS:
            for _, anode, _ in args:
                if anode.type == "variable_name":
                    env[ts.text(anode).lstrip("$")] = UNKNOWN
        v = self.function_value(fname, args)
        if v is not None:
            return v
        self.run_closures(args)
        return UNKNOWN

    def call_user_func(self, fname: str, args, node, env) -> Any:
        """``call_user_func($callable, ...$args)`` (``_array``: the
        arguments in a literal array): the call the callable names when it
        is known; else an ``unfollowed`` note."""
        if not args:
            return UNKNOWN
        rest = list(args[1:])
        if fname.endswith("_array"):
            arr = rest[0][0] if rest else Array()
            if not isinstance(arr, Array) or any(k is UNKNOWN for k, _, _, _ in arr.items):
                self.note(f"{fname}() with arguments that are not a literal array: what it calls is not "
                          f"followed", node, "unfollowed")
                return UNKNOWN
            rest = [(v, vn if vn is not None else node, k if isinstance(k, str) else None)
                    for k, v, _, vn in arr.items]
        got = self.call_value(args[0][0], rest, node, env)
        if got is NOT_CALLED:
            self.note(f"{fname}() of a callable not known statically ({ts.text(args[0][1])[:60]}): what it "
                      f"calls is not followed", node, "unfollowed")
            self.run_closures(rest)
            return UNKNOWN
        return got

    def call_value(self, callee, args, node, env) -> Any:
        """Call a PHP callable value: a closure, ``$obj->m(...)``, ``[$obj,
        'm']``, ``[Foo::class, 'm']``, ``'Foo::m'`` or a function's name.
        :data:`NOT_CALLED` when it is none of those."""
        if isinstance(callee, Closure):
            self.run_closure(callee, [a[0] for a in args])
            return UNKNOWN
        if isinstance(callee, BoundMethod):
            return self.apply(callee.target, callee.method, args, node, env)
        target: Any = None
        method = None
        if isinstance(callee, Array) and [k for k, _, _, _ in callee.items] == [0, 1]:
            target, method = callee.items[0][1], callee.items[1][1]
        elif isinstance(callee, str) and "::" in callee:
            target, method = callee.split("::", 1)
        elif isinstance(callee, str) and _IDENTIFIER.fullmatch(callee.lstrip("\\").replace("\\", "_")):
            fname = callee.lstrip("\\").lower()
            if fname in self.functions or fname in _CALL_USER_FUNC:
                return self.call_function(fname, args, node, env)
            v = self.function_value(fname, args)
            return v if v is not None else NOT_CALLED
        if not isinstance(method, str) or not _IDENTIFIER.fullmatch(method):
            return NOT_CALLED
        if isinstance(target, str):  # a class named in a string: fully qualified
            target = ClassName(target.lstrip("\\"))
        if isinstance(target, ClassName):
            facade = self.static_scope(target.name, target.basename)
            if facade is not None:
                target = facade
        if target is UNKNOWN or target is None:
            return NOT_CALLED
        return self.apply(target, method, args, node, env)

    def _static_target(self, scope) -> Any:
        if scope is None:
            return UNKNOWN
        if scope.type == "relative_scope":
            if ts.text(scope).lower() == "parent" and self.cls is not None:
                parent = next((c for c in self.classes if c.name == self.cls.base), None)
                return This(parent) if parent is not None else ("parent", self.cls.base)
            return This(self.cls) if self.cls is not None else UNKNOWN
        if scope.type in ("name", "qualified_name"):
            full = self._resolve_name(ts.text(scope))
            base = full.rsplit("\\", 1)[-1]
            v = self.static_scope(full, base)
            return v if v is not None else ClassName(full)
        return UNKNOWN

    def apply(self, target, method: str, args, node, env) -> Any:
        """The call ``target->method(args)``; a framework's reader handles
        its own objects first and hands the rest here."""
        low = method.lower()
        if isinstance(target, This):
            return self.this_call(target, low, method, args, node)
        if isinstance(target, tuple) and target[:1] == ("parent",):
            if low not in ("__construct", "up", "down", "casts"):
                self.note(f"parent::{method}() is defined in {target[1] or 'a parent class'} outside "
                          f"this file: not followed", node)
            self.run_closures(args)
            return UNKNOWN
        if isinstance(target, ClassName):
            if self.cls is not None and target.basename == self.cls.name and low in self.cls.methods:
                return self.call_method(self.cls, low, [a[0] for a in args if a[2] is None],
                                        {a[2]: a[0] for a in args if a[2]}, node)
        self.run_closures(args)
        return UNKNOWN

    # -- $this->... --------------------------------------------------------
    def this_call(self, target: This, low, method, args, node) -> Any:
        cls = target.cls
        positional = [a[0] for a in args if a[2] is None]
        named = {a[2]: a[0] for a in args if a[2]}
        if cls is not None:
            if low in cls.methods:
                return self.call_method(cls, low, positional, named, node)
            # a parent class in the same file
            base = cls.base
            seen = set()
            while base and base not in seen:
                seen.add(base)
                parent = next((c for c in self.classes if c.name == base), None)
                if parent is None:
                    break
                if low in parent.methods:
                    return self.call_method(parent, low, positional, named, node)
                base = parent.base
        return self.outside_call(low, method, args, node)

    # -- hooks a framework's reader answers --------------------------------
    def mentions_schema(self, node) -> bool:
        """True when ``node`` may hold a schema call (a syntax error or an
        unreached method there may hide a schema change)."""
        return mentions(node, self.SCHEMA_TOKENS, self.SCHEMA_VARS)

    def framework_property(self, name: str) -> Any:
        """``$this->name`` when it is a framework service (else None)."""
        return None

    def function_value(self, fname: str, args) -> Any:
        """The value of a call to the global function ``fname`` (lower
        case) when the framework defines it (else None)."""
        return None

    def static_scope(self, full: str, base: str) -> Any:
        """The target of ``Name::method()`` for the class ``full`` (its
        basename ``base``) when it is a framework facade (else None)."""
        return None

    def is_framework_object(self, value) -> bool:
        """True for values whose methods change the schema."""
        return False

    def set_property(self, obj, name: str, value) -> None:
        """``$obj->name = value`` on an object that is not ``$this``."""

    def outside_call(self, low: str, method: str, args, node) -> Any:
        """``$this->method()`` defined neither in the class nor in a parent
        class of this file (the framework's base class may define it)."""
        self.note(f"$this->{method}() is defined outside this file: not followed", node)
        self.run_closures(args)
        return UNKNOWN
