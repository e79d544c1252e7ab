"""ActiveRecord models (the ``rails-model`` format): encryption evidence
(``encrypts``, Lockbox, attr_encrypted) on the model's table.
"""

from __future__ import annotations

from typing import Optional

from ...model import Annotate, Location, Skipped, TableRef
from ..inflector import RAILS, underscore
from .files import _class_name, _iter_classes, _superclass_text
from .reader import _args, _call_name, _Ctx, _Env, _lit, _loc, _name, _table_ref, _text

# -- models --------------------------------------------------------------------

def table_name_for_class(class_name: str) -> str:
    """Rails' default table name for a model class: ``Admin::UserProfile``
    -> ``user_profiles``, ``Person`` -> ``people``."""
    return RAILS.pluralize(underscore(class_name.split("::")[-1]))


_BASE_CLASSES = ("ApplicationRecord", "ActiveRecord::Base", "::ActiveRecord::Base", "")


#: class-level calls that are evidence of encryption or hashing
_MODEL_EVIDENCE = ("encrypts", "has_encrypted", "lockbox_encrypts", "blind_index", "attr_encrypted",
                   "attr_encrypted_options", "encrypts_attribute", "has_secure_password")
#: statements whose bodies hold class-level declarations too: a declaration
#: inside a conditional (``encrypts :nik if ...``, ``if ... encrypts ...
#: end``) or a ``with_options`` / ``included do`` block still applies
_MODEL_NESTING = ("if", "unless", "then", "else", "elsif", "if_modifier", "unless_modifier", "begin",
                  "case", "when", "do_block", "block", "body_statement", "parenthesized_statements")


def _model_statements(body):
    """A model class body's statements, conditionals and blocks included
    (their conditions are not evaluated: every branch counts, the way a
    reviewer reads it); method definitions and nested classes are not
    entered."""
    stack = list(reversed(body.named_children))
    while stack:
        st = stack.pop()
        if st.type in ("method", "singleton_method", "class", "module"):
            continue
        yield st
        if st.type == "call":
            block = next((c for c in st.named_children if c.type in ("do_block", "block")), None)
            if block is not None and _call_name(st) in ("with_options", "included", "class_eval", "concerning"):
                stack.extend(reversed(block.named_children))
            continue
        if st.type in _MODEL_NESTING:
            kids = st.named_children
            if st.type in ("if_modifier", "unless_modifier") and kids:
                kids = kids[:1]  # the statement, not the condition
            stack.extend(reversed(kids))


def _parse_model(ctx: _Ctx, root) -> None:
    found = False
    for cls in _iter_classes(root):
        body = cls.child_by_field_name("body")
        if body is None:
            continue
        cname = _class_name(cls)
        superclass = _superclass_text(cls)
        table: Optional[str] = None
        abstract = False
        evidence = []
        for st in body.named_children:
            if st.type == "assignment":
                left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
                receiver = left.child_by_field_name("receiver") if left is not None else None
                if left is not None and left.type == "call" and _text(receiver or left) == "self":
                    attr = _call_name(left)
                    val = _lit(ctx, right, _Env())
                    if attr == "table_name":
                        if isinstance(val, str):
                            table = str(val)
                        else:
                            ctx.skip(f"table name of {cname} is computed at run time", st)
                            table = ""
                    elif attr == "abstract_class" and val is True:
                        abstract = True
        for st in _model_statements(body):
            if st.type == "identifier" and _text(st) == "has_secure_password":
                evidence.append(("has_secure_password", st))
            elif st.type == "call" and st.child_by_field_name("receiver") is None:
                name = _call_name(st)
                if name in _MODEL_EVIDENCE:
                    evidence.append((name, st))
        if not evidence:
            continue
        found = True
        if table == "":
            continue
        if abstract and table is None:
            for _name_, st in evidence:
                ctx.skip(f"`{_name_}` in abstract class {cname}: its table is not known", st)
            continue
        if table is None:
            base = superclass.split("::")[-1] if superclass not in _BASE_CLASSES else ""
            if base and not base.endswith("Record") and superclass not in _BASE_CLASSES:
                table = table_name_for_class(superclass)  # single-table inheritance
            else:
                table = table_name_for_class(cname)
        ref = _table_ref(table)
        for kind, st in evidence:
            _model_evidence(ctx, ref, kind, st)
    if not found:
        ctx.changes.append(Skipped("no encrypted attribute declared in a model class in this file",
                                   Location(ctx.path, 1, 1)))


def _model_evidence(ctx: _Ctx, table: TableRef, kind: str, st) -> None:
    env = _Env()
    pos, opts = _args(ctx, st, env) if st.type == "call" else ([], {})
    ctx.statements += 1
    if kind == "has_secure_password" and not pos:
        pos = [("password", st)]  # the default attribute
    for v, n in pos:
        attr = _name(v)
        if attr is None:
            ctx.skip(f"`{kind}` of an attribute named at run time; not read", n)
            continue
        loc = _loc(ctx, n)
        if kind == "encrypts":
            how = "rails-encrypts-deterministic" if opts.get("deterministic") is True else "rails-encrypts"
            targets = [(attr, how)]
        elif kind in ("has_encrypted", "lockbox_encrypts"):
            col = _name(opts.get("encrypted_attribute")) if len(pos) == 1 else None
            targets = [(col or f"{attr}_ciphertext", "lockbox")]
        elif kind == "blind_index":
            col = _name(opts.get("bidx_attribute")) if len(pos) == 1 else None
            targets = [(col or f"{attr}_bidx", "lockbox-blind-index")]
        elif kind == "has_secure_password":
            # bcrypt digest in <attr>_digest (ActiveModel::SecurePassword)
            targets = [(f"{attr}_digest", "bcrypt-has-secure-password")]
        elif kind == "attr_encrypted":
            prefix = opts.get("prefix", "encrypted_")
            suffix = opts.get("suffix", "")
            prefix = prefix if isinstance(prefix, str) else "encrypted_"
            suffix = suffix if isinstance(suffix, str) else ""
            col = _name(opts.get("attribute")) if len(pos) == 1 else None
            col = col or f"{prefix}{attr}{suffix}"
            targets = [(col, "attr-encrypted"), (f"{col}_iv", "attr-encrypted")]
        else:
            ctx.noop += 1
            return
        for col, how in targets:
            ctx.emit(Annotate(table, col, f"schemalint: encrypted={how}", loc, source="model"))
