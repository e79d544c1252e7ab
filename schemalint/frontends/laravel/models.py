"""Eloquent models (the ``laravel-model`` format): encryption and hashing
evidence for the columns of the models' tables.

``protected $casts = [...]`` and ``casts()`` methods: ``'encrypted'``,
``'encrypted:array'``, ``AsEncryptedArrayObject::class`` ... become
``Annotate(table, column, "schemalint: encrypted=laravel-cast",
source="model")``; the ``'hashed'`` cast and mutators that store
``Hash::make()``/``bcrypt()`` become ``encrypted=hashed-laravel-cast`` /
``hashed-laravel-mutator``; a ``$encryptable`` list (a common trait's)
``encrypted=laravel-encryptable``.  The table is ``$table``, a literal
``getTable()``, or Laravel's default for the class name
(:func:`schemalint.frontends.laravel.naming.model_table`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, List, Optional, Tuple

from ...model import Annotate, FileResult, Location, Skipped
from .. import treesitter as ts
from ..inflector import attribute_snake
from ..php.values import UNKNOWN, Array, ClassInfo, ClassName, collect_classes, named_children, table_ref
from .naming import model_table

if TYPE_CHECKING:
    from .analyzer import MigrationAnalyzer

MODEL_FORMAT = "laravel-model"

#: annotation text emitted for an encrypted Eloquent cast
CAST_ANNOTATION = "schemalint: encrypted=laravel-cast"
#: ... for a ``'hashed'`` cast (Laravel 10+: the framework stores a bcrypt or
#: argon2 hash) and for a mutator that stores ``Hash::make``/``bcrypt()``
HASHED_CAST_ANNOTATION = "schemalint: encrypted=hashed-laravel-cast"
HASHED_MUTATOR_ANNOTATION = "schemalint: encrypted=hashed-laravel-mutator"

_ENCRYPTED_CAST_CLASSES = frozenset({"AsEncryptedArrayObject", "AsEncryptedCollection"})
_PIVOT_BASES = frozenset({"Pivot", "MorphPivot"})


def _is_hashed_cast(v) -> bool:
    """Laravel 10+'s ``'hashed'`` cast: the framework stores a bcrypt or
    argon2 hash of what is assigned."""
    return isinstance(v, str) and v.strip().lower() == "hashed"


#: calls that store a one-way password hash (Laravel's Hash facade and
#: helpers, PHP's own)
_HASH_FACADE_RE = re.compile(r"\bHash::make\s*\(|\bbcrypt\s*\(|\bpassword_hash\s*\(")


def _is_encrypted_cast(v) -> bool:
    if isinstance(v, str):
        low = v.strip().lower()
        if low == "encrypted" or low.startswith("encrypted:"):
            return True
        base = v.split(":", 1)[0].rsplit("\\", 1)[-1]
        return base in _ENCRYPTED_CAST_CLASSES
    if isinstance(v, ClassName):
        return v.basename in _ENCRYPTED_CAST_CLASSES
    return False


class ModelReader:
    """Read encryption evidence from Eloquent model classes."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.changes: List[Any] = []

    def run(self) -> FileResult:
        tree, self.src = ts.parse("php", self.text)
        root = tree.root_node
        from .analyzer import MigrationAnalyzer

        ana = MigrationAnalyzer(self.path, self.text, None)
        ana.src = self.src
        ana.collect_uses(root)
        ana.classes = collect_classes(root, lambda n: ana.ev(n, {}))
        models = self.read(ana)
        for err in ts.iter_errors(root):
            self.changes.append(Skipped(
                f"{ts.describe_error(err, self.src)} in a model file; casts around it may be "
                f"missed", ts.location(err, self.path, self.src)))
        if not models and not self.changes:
            self.changes.append(Skipped("no Eloquent model with casts found in this file",
                                        Location(self.path), "noop"))
        return FileResult(self.path, MODEL_FORMAT, tuple(self.changes), {"models": models}, None,
                          {"statements": len(models), "noop": 0})

    def read(self, ana: "MigrationAnalyzer") -> List[dict]:
        """Emit annotations for the model classes ``ana`` collected; return
        the models found (class, table, where the table name came from)."""
        self.src = ana.src
        saved = ana.cls
        models: List[dict] = []
        for c in ana.classes:
            ana.cls = c
            casts = self._casts(ana, c)
            encryptable = c.props.get("encryptable")
            hashed = self._hashing_mutators(c)
            if not casts and not isinstance(encryptable, Array) and not hashed:
                continue
            if c.kind == "trait" or c.abstract:
                if any(_is_encrypted_cast(v) for _, v, _, _ in casts):
                    self.changes.append(Skipped(
                        f"{'trait' if c.kind == 'trait' else 'abstract class'} {c.name} declares "
                        f"encrypted casts: they apply to the models using it, which are not "
                        f"resolved", ts.location(c.node, self.path, self.src)))
                continue
            table, how = self._table(ana, c)
            if table is None:
                self.changes.append(Skipped(
                    f"model {c.name}: its table name is not a literal; casts not applied",
                    ts.location(c.node, self.path, self.src)))
                continue
            models.append({"class": c.name, "table": table, "table_from": how})
            ref = table_ref(table)
            for k, v, knode, vnode in casts:
                where = knode or vnode or c.node
                if not isinstance(k, str):
                    if _is_encrypted_cast(v):
                        self.changes.append(Skipped(
                            f"model {c.name}: encrypted cast for an attribute that is not a "
                            f"literal", ts.location(where, self.path, self.src)))
                    continue
                if _is_encrypted_cast(v):
                    self.changes.append(Annotate(ref, k, CAST_ANNOTATION,
                                                 ts.location(where, self.path, self.src), "model"))
                elif _is_hashed_cast(v):
                    self.changes.append(Annotate(ref, k, HASHED_CAST_ANNOTATION,
                                                 ts.location(where, self.path, self.src), "model"))
                elif v is UNKNOWN:
                    self.changes.append(Skipped(
                        f"model {c.name}: cast of {k} is not a literal; it may be an encrypted "
                        f"cast", ts.location(vnode or where, self.path, self.src)))
            for attr, node in hashed:
                self.changes.append(Annotate(ref, attr, HASHED_MUTATOR_ANNOTATION,
                                             ts.location(node, self.path, self.src), "model"))
            if isinstance(encryptable, Array):
                for _, v, _, vnode in encryptable.items:
                    if isinstance(v, str):
                        self.changes.append(Annotate(
                            ref, v, "schemalint: encrypted=laravel-encryptable",
                            ts.location(vnode, self.path, self.src), "model"))
        ana.cls = saved
        return models

    def _hashing_mutators(self, c: ClassInfo) -> List[tuple]:
        """(attribute, method) of mutators that store a password hash:
        ``setPasswordAttribute($v)`` assigning ``Hash::make($v)`` /
        ``bcrypt($v)`` / ``password_hash(...)``, and Laravel 9+ accessors
        ``password(): Attribute`` whose ``set:`` does."""
        out = []
        for low, node in c.methods.items():
            name_node = node.child_by_field_name("name")
            name = ts.text(name_node) if name_node is not None else low
            body = node.child_by_field_name("body")
            text = ts.text(body) if body is not None else ""
            if not _HASH_FACADE_RE.search(text):
                continue
            m = re.fullmatch(r"set(\w+)Attribute", name)
            if m:
                out.append((attribute_snake(m.group(1)), node))
            elif re.search(r"Attribute::make\s*\(|new\s+Attribute\s*\(", text) and re.search(
                    r"\bset\s*:", text):
                out.append((attribute_snake(name), node))
        return out

    def _casts(self, ana: "MigrationAnalyzer", c: ClassInfo) -> List[tuple]:
        out: List[tuple] = []
        prop = c.props.get("casts")
        if isinstance(prop, Array):
            out.extend(prop.items)
        m = c.methods.get("casts")
        if m is not None:
            body = m.child_by_field_name("body")
            stack = [body] if body is not None else []
            while stack:
                n = stack.pop()
                if n.type == "return_statement":
                    for arr in self._arrays(n):
                        v = ana.ev(arr, {})
                        if isinstance(v, Array):
                            out.extend(v.items)
                    continue
                if n.type in ("anonymous_function", "arrow_function"):
                    continue
                stack.extend(n.named_children)
        return out

    @staticmethod
    def _arrays(node) -> list:
        """Array literals in a return expression (``return [...]`` or
        ``return array_merge(parent::casts(), [...])``), outermost only."""
        found = []
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type == "array_creation_expression":
                found.append(n)
                continue
            stack.extend(n.named_children)
        return sorted(found, key=lambda n: n.start_byte)

    def _table(self, ana: "MigrationAnalyzer", c: ClassInfo) -> Tuple[Optional[str], str]:
        if "table" in c.props:
            v = c.props["table"]
            return (v, "$table") if isinstance(v, str) else (None, "$table")
        m = c.methods.get("gettable")
        if m is not None:
            body = m.child_by_field_name("body")
            ret = next((n for n in (body.named_children if body is not None else [])
                        if n.type == "return_statement"), None)
            kids = named_children(ret) if ret is not None else []
            v = ana.ev(kids[0], {}) if kids else UNKNOWN
            return (v, "getTable()") if isinstance(v, str) else (None, "getTable()")
        pivot = c.base in _PIVOT_BASES
        if c.kind == "anonymous":
            return None, "anonymous class"
        return model_table(c.name, pivot=pivot), "default"
