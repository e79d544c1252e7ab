"""Rulesets: loading, validation, ``extends`` and the objects checks use.

A ruleset is a YAML file (format: docs/rulesets.md).  It is data: it is read
with ``yaml.safe_load`` semantics (the C ``CSafeLoader`` when libyaml is
available), so a ``!!python/object`` tag is rejected.  Every problem is a
:class:`RulesetError` whose message names the file, the line and the key
path::

    rulesets/x.yaml:12: categories.gov_id.nik.requires.max_retention: ...

A project ruleset can ``extends: default`` (or a path, relative to the file)
and add vocabulary, override fields, ``disable`` categories or whole groups
and add purposes.  Merge rules: ``settings`` values replace; in ``words``,
``context`` and ``encryption`` lists are extended and mappings merged; a
category that exists already is merged field by field (vocabulary, examples
and context rules are extended unless ``replace_vocabulary: true``); a
purpose with the same name replaces the parent's; ``lexicons`` lists files
per lexicon name, each resolved against the file that names it, and a derived
file adds its files to the parent's (:mod:`.lexicon`).
"""

from __future__ import annotations

import json
import os
import re
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from .. import __version__, lazyre
from ..annotations import parse_retention
from ..hashing import sha256
from ..record import dataclass, field
from ..types import FAMILIES  # noqa: F401  (re-exported: rulesets validate against the types' list)
from .lexicon import (
    SEGMENT_LEXICON,
    Lexicon,
    LexiconError,
    LexiconFile,
    normalise,
    read_file,
    resolve,
)

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine


def _yaml():
    """PyYAML and its safe loader (the C ``CSafeLoader`` when libyaml is
    there), imported only when a ruleset is parsed from YAML: the default
    ruleset loads from its JSON snapshot, so a pre-commit run never pays
    for the import."""
    import yaml

    from ..yamlsafe import loader_class

    return yaml, loader_class()


#: the first segment of every category id
GROUPS = ("identity", "gov_id", "contact", "demographic", "biometric", "family", "financial",
          "health", "credential", "org")
TIERS = ("high", "medium", "low")
PDP_CLASSES = ("specific", "general", "other")
SUBJECTS = ("person", "patient", "any")
ACCEPTS = ("flag", "count", "date")
LEVELS = ("strong", "terms", "weak")
TABLE_KINDS = ("person", "employee", "family", "org", "lookup", "clinical", "payroll",
               "credential", "linked", "patient")
BESIDE_KINDS = ("vehicle", "address")
FORMAT_VERSION = 1
#: the layout of ``<file>.snapshot.json`` (2: phrase-index entries and token
#: lists kept as text until a run asks for them, phrase starts precomputed;
#: 3: that text and the word lists written with no JSON escape in them)
SNAPSHOT_FORMAT = 3
#: bump when the engine's behaviour changes: part of the fingerprint
ENGINE_VERSION = "1"

_ID_RE = lazyre.compile(r"^([a-z_]+)\.([a-z0-9_]+)$")
_PURPOSE_RE = lazyre.compile(r"^[a-z0-9][a-z0-9_-]*$")


class RulesetError(Exception):
    """An invalid ruleset: the message names file, line and key path."""


# --------------------------------------------------------------------------
# Public objects
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    id: str
    group: str
    label: str
    tier: str
    pdp: str
    requires_encryption: bool
    requires_retention: bool
    max_retention_days: Optional[int]
    source: Optional[str]
    coarser: Optional[str]
    identity_attribute: bool
    description: str
    #: who the value must describe: "person" (default), "patient" (health
    #: data: needs a patient or clinical context), "any" (credentials)
    subject: str = "person"
    accepts: Tuple[str, ...] = ()
    person_signal: bool = False
    max_retention: Optional[str] = None  # as written, e.g. "P10Y"


@dataclass(frozen=True)
class Purpose:
    name: str
    label: str
    ids: FrozenSet[str] = frozenset()
    groups: FrozenSet[str] = frozenset()

    def allows(self, category: "Category | str") -> bool:
        cid = category if isinstance(category, str) else category.id
        if cid in self.ids:
            return True
        return cid.split(".", 1)[0] in self.groups


@dataclass(frozen=True)
class EncryptionConventions:
    """How encrypted storage shows in a schema: ciphertext naming, keyed
    hashes for lookup, and encrypted column types."""

    ciphertext_suffixes: Tuple[str, ...] = ()
    ciphertext_prefixes: Tuple[str, ...] = ()
    keyed_hash_suffixes: Tuple[str, ...] = ()
    encrypted_types: FrozenSet[str] = frozenset()

    def is_ciphertext_name(self, name: str) -> bool:
        n = name.lower()
        return n.endswith(self.ciphertext_suffixes) or n.startswith(self.ciphertext_prefixes)

    def is_keyed_hash_name(self, name: str) -> bool:
        return name.lower().endswith(self.keyed_hash_suffixes)

    def is_encrypted_type(self, type_name: Optional[str]) -> bool:
        if not type_name:
            return False
        t = type_name.lower().rsplit(".", 1)[-1].split("(", 1)[0].strip()
        return t in self.encrypted_types

    def with_types(self, extra: Sequence[str]) -> "EncryptionConventions":
        """The same conventions plus user-configured encrypted types."""
        more = frozenset(t.lower().rsplit(".", 1)[-1] for t in extra)
        return EncryptionConventions(self.ciphertext_suffixes, self.ciphertext_prefixes,
                                     self.keyed_hash_suffixes, self.encrypted_types | more)

    @property
    def affix_words(self) -> FrozenSet[str]:
        """The words of all affixes (``encrypted``, ``hmac``...)."""
        out: Set[str] = set()
        for a in self.ciphertext_suffixes + self.ciphertext_prefixes + self.keyed_hash_suffixes:
            out.update(w for w in re.split(r"[^a-z0-9]+", a.lower()) if w)
        return frozenset(out)


class Ruleset:
    """An effective ruleset (after ``extends`` and ``disable``)."""

    def __init__(self, name: str, paths: Tuple[str, ...], data: Dict[str, Any],
                 categories: Dict[str, Category], purposes: Dict[str, Purpose],
                 identity_kit_threshold: int, catch_all_names: Tuple[str, ...],
                 encryption: EncryptionConventions, threshold: float, fingerprint: str,
                 description: str = "", disabled: Tuple[str, ...] = (),
                 lexicon_files: Optional[Dict[str, Tuple[LexiconFile, ...]]] = None):
        self.name = name
        self.paths = paths
        self.data = data  # the merged, validated document (engine input)
        self.categories = categories
        self.purposes = purposes
        self.identity_kit_threshold = identity_kit_threshold
        self.catch_all_names = catch_all_names
        self.encryption = encryption
        self.threshold = threshold
        self.fingerprint = fingerprint
        self.description = description
        self.disabled = disabled
        #: lexicon name -> its files, base ruleset's first (``lexicons:``)
        self.lexicon_files: Dict[str, Tuple[LexiconFile, ...]] = dict(lexicon_files or {})
        self._lexicons: Dict[str, Lexicon] = {}
        self._engine: Optional["Engine"] = None
        #: the compiled vocabulary from a snapshot (Engine.compiled), used
        #: only when its fingerprint is this ruleset's (the engine checks)
        self.token_seed: Optional[Dict[str, Any]] = None

    def category(self, id: str) -> Category:
        try:
            return self.categories[id]
        except KeyError:
            raise KeyError(f"no category {id!r} in ruleset {self.name!r}") from None

    def groups(self) -> Tuple[str, ...]:
        return GROUPS

    def examples(self) -> List[Tuple[str, str, Dict[str, Any]]]:
        """(category id, "match"|"no_match", example) for every example."""
        out = []
        for cid, c in self.data.get("categories", {}).items():
            if cid not in self.categories:
                continue
            ex = c.get("examples") or {}
            for kind in ("match", "no_match"):
                for e in ex.get(kind) or ():
                    out.append((cid, kind, {"column": e} if isinstance(e, str) else dict(e)))
        return out

    @property
    def lexicon_names(self) -> Tuple[str, ...]:
        return tuple(sorted(self.lexicon_files))

    def lexicon(self, name: str) -> Lexicon:
        """The entries of lexicon ``name`` normalised by this ruleset's
        tokenizer (empty when the ruleset names no such lexicon).  Taken
        from the snapshot when it was compiled for exactly this ruleset and
        these lexicon files (the fingerprint covers both)."""
        hit = self._lexicons.get(name)
        if hit is not None:
            return hit
        files = self.lexicon_files.get(name, ())
        seed = self.token_seed
        suffixes = tuple(((self.data.get("settings") or {}).get("lexicon_suffixes") or {}).get(name) or ())
        if not files:
            lex = Lexicon(name, suffixes=suffixes)
        elif seed and seed.get("fingerprint") == self.fingerprint and name in (seed.get("lexicons") or {}):
            compiled = seed["lexicons"][name]
            lex = Lexicon(name, compiled["entries"], compiled["left_out"], suffixes)
        else:
            tokens = self.engine.tokenizer.tokens
            lex = Lexicon(name, *normalise((e for f in files for e in f.entries), tokens), suffixes=suffixes)
        self._lexicons[name] = lex
        return lex

    @property
    def engine(self) -> "Engine":
        """The compiled classifier for this ruleset (built on first use)."""
        if self._engine is None:
            from .engine import Engine
            self._engine = Engine(self)
        return self._engine

    def __repr__(self) -> str:
        return f"Ruleset({self.name!r}, {len(self.categories)} categories, paths={self.paths})"


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


@dataclass
class _Doc:
    path: str  # as shown in messages
    text: str
    data: Dict[str, Any]
    sha: str = ""
    #: the file's absolute path (lexicon paths are relative to its directory)
    real: str = ""
    _lines: Optional[Dict[Tuple, int]] = field(default=None, repr=False)
    #: precomputed tokens of the vocabulary (see write_snapshot)
    seed: Optional[Dict[str, Any]] = field(default=None, repr=False)
    #: read from a snapshot that this version of schemalint wrote, after
    #: validating exactly this text: validating it again is skipped
    validated: bool = False

    def line_of(self, key_path: Sequence) -> Optional[int]:
        """Line of the longest prefix of ``key_path`` present in this file."""
        if self._lines is None:
            self._lines = _positions(self.text)
        kp = tuple(key_path)
        while kp:
            if kp in self._lines:
                return self._lines[kp]
            kp = kp[:-1]
        return None

    def has(self, key_path: Sequence) -> bool:
        cur: Any = self.data
        for k in key_path:
            if isinstance(cur, dict) and k in cur:
                cur = cur[k]
            elif isinstance(cur, list) and isinstance(k, int) and 0 <= k < len(cur):
                cur = cur[k]
            else:
                return False
        return True


def _positions(text: str) -> Dict[Tuple, int]:
    """Map key paths to 1-based lines by walking the YAML node tree."""
    out: Dict[Tuple, int] = {}
    yaml, _Loader = _yaml()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return out

    def walk(n, path):
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
                p = path + (key,)
                out[p] = k.start_mark.line + 1
                walk(v, p)
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                p = path + (i,)
                out[p] = v.start_mark.line + 1
                walk(v, p)

    if node is not None:
        out[()] = node.start_mark.line + 1
        walk(node, ())
    return out


def _show_path(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return rel if not rel.startswith("..") else path


SNAPSHOT_SUFFIX = ".snapshot.json"


def _sha(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


def _trusted_snapshot(path: str) -> bool:
    """Is ``path`` the embedded default ruleset, whose snapshot ships with
    schemalint itself?  Only that snapshot is read.  A snapshot beside any
    other ruleset (a project's, from the checked-out tree) could carry the
    hash of the unchanged YAML and data of its own (every group disabled):
    its hash proves nothing, so it is never used and the YAML is parsed."""
    try:
        return os.path.realpath(path) == os.path.realpath(_default_path())
    except RulesetError:
        return False


def _read_snapshot(path: str, sha: str) -> Optional[Dict[str, Any]]:
    """Parsed data from ``<file>.snapshot.json`` when it was made from
    exactly this text (same SHA-256); None otherwise.  The YAML stays the
    source of truth: a stale or missing snapshot only costs parse time.
    Only the embedded default's snapshot is read (:func:`_trusted_snapshot`)."""
    if not _trusted_snapshot(path):
        return None
    snap = os.path.splitext(path)[0] + SNAPSHOT_SUFFIX
    try:
        with open(snap, "r", encoding="utf-8") as fh:
            blob = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(blob, dict) or blob.get("sha256") != sha or blob.get("format") != SNAPSHOT_FORMAT:
        return None
    data = blob.get("data")
    if not isinstance(data, dict):
        return None
    seed = blob.get("tokens")
    return {"data": data, "seed": seed if isinstance(seed, dict) else None,
            "validated": blob.get("validated_by") == __version__}


def write_snapshot(path: str) -> str:
    """Write ``<file>.snapshot.json`` for a ruleset file (after validating
    it); returns the snapshot's path.  ``python -m schemalint.classify
    snapshot rulesets/default.yaml`` runs this."""
    doc = _read_doc(path, use_snapshot=False)
    ruleset = _build([doc]) if doc.data.get("extends") is None else _load(path)
    # the compiled vocabulary (tokens, phrase indexes): building it is most
    # of an engine build; valid only for this exact ruleset (fingerprint,
    # which covers the lexicon files too)
    ruleset.token_seed = None
    engine = ruleset.engine
    # the word lists of the roles and context sections are tokenized by every
    # run that classifies a table (table roles, generic words...): their tokens
    # go into the snapshot's memo too, so such a run needs no glued-word
    # splitting (and no common-word set) for them
    for word in _strings((ruleset.data.get("roles"), ruleset.data.get("context"))):
        engine.tokenizer.tokens(word)
    seed = engine.compiled()
    # the common words that split glued names, less the dictionary: one string,
    # by length (the last is the longest)
    # (a run that meets a new name splits it into a set, instead of reading
    # and filtering every lexicon file); not as lexicon entries below
    # (separated by spaces, not newlines: a JSON string with no escape in it parses 4x faster)
    seed["segment_words"] = " ".join(sorted(engine.tokenizer.segment_words, key=lambda w: (len(w), w)))
    # ... and the lexicon's words that are dictionary words too (is the word English?)
    seed["segment_shared"] = " ".join(sorted(w for w in engine.tokenizer.dictionary
                                              if engine.tokenizer.is_english(w)
                                              and w not in engine.tokenizer.segment_words))
    seed["lexicons"] = {name: {"entries": sorted(lex), "left_out": list(lex.left_out)}
                        for name, lex in ((n, ruleset.lexicon(n)) for n in ruleset.lexicon_names
                                          if n != SEGMENT_LEXICON)}
    # checked just now: a load that finds the same files need not check them
    seed["lexicon_sha256"] = sorted({f.sha256 for files in ruleset.lexicon_files.values() for f in files})
    snap = os.path.splitext(path)[0] + SNAPSHOT_SUFFIX
    with open(snap, "w", encoding="utf-8") as fh:
        json.dump({"format": SNAPSHOT_FORMAT, "sha256": _sha(doc.text), "data": doc.data, "tokens": seed,
                   "validated_by": __version__}, fh,
                  ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    return snap


def _strings(node) -> Iterator[str]:
    """Every string in a section of ruleset data, keys of mappings included."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _strings(v)


def _read_doc(path: str, use_snapshot: bool = True) -> _Doc:
    shown = _show_path(path)
    try:
        with open(path, "r", encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise RulesetError(f"{shown}: ruleset file not found") from None
    except IsADirectoryError:
        raise RulesetError(f"{shown}: is a directory, not a ruleset file") from None
    except OSError as e:
        raise RulesetError(f"{shown}: cannot read ruleset: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise RulesetError(f"{shown}: ruleset is not UTF-8 text ({e.reason})") from None
    sha = _sha(text)
    if use_snapshot:
        snap = _read_snapshot(path, sha)
        if snap is not None:
            return _Doc(shown, text, snap["data"], sha, os.path.abspath(path), seed=snap["seed"],
                        validated=snap["validated"])
    yaml, _ = _yaml()
    from ..yamlsafe import YAMLBudgetError, load

    try:
        data = load(text, shown)  # a *safe* loader, with the size and alias budget
    except YAMLBudgetError as e:
        raise RulesetError(f"{shown}:1: {e}") from None
    except yaml.constructor.ConstructorError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else 1
        tag = ""
        m = re.search(r"tag '([^']+)'", str(e.problem or ""))
        if m:
            tag = m.group(1).replace("tag:yaml.org,2002:", "!!")
        raise RulesetError(
            f"{shown}:{line}: unsupported YAML tag {tag or '(unknown)'}: rulesets are plain data "
            f"(mappings, lists, strings, numbers, booleans); tags such as !!python/object are "
            f"never constructed") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(e, "problem", None) or str(e)
        raise RulesetError(f"{shown}:{line}: invalid YAML: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesetError(f"{shown}:1: a ruleset must be a mapping of keys "
                           f"(schemalint-ruleset, name, categories, ...), not {type(data).__name__}")
    return _Doc(shown, text, _sorted_keys(data), sha, os.path.abspath(path))


def _sorted_keys(value: Any) -> Any:
    """Mappings in key order, as the JSON snapshot stores them: a ruleset
    classifies the same whether it was read from YAML or from its snapshot
    (ties between categories are broken in one order)."""
    if isinstance(value, dict):
        return {k: _sorted_keys(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list):
        return [_sorted_keys(v) for v in value]
    return value


def _default_path() -> str:
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the schemalint package
    cands = [os.path.join(d, "rulesets") for d in (here, os.path.dirname(here))]
    for cand in cands:
        if os.path.isfile(os.path.join(cand, "default.yaml")):
            return os.path.join(cand, "default.yaml")
    raise RulesetError(f"default ruleset not found (looked in {cands[0]} and {cands[1]})")


_DEFAULT: Optional[Ruleset] = None


def default_ruleset() -> Ruleset:
    """The packaged default ruleset, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = _load(_default_path())
    return _DEFAULT


def load_ruleset(path: "str | os.PathLike | None" = None) -> Ruleset:
    """Load and validate a ruleset.

    ``path``: None or ``"default"`` (the packaged default), a file path, or the
    name of a ruleset an installed plugin registers in the ``schemalint.rulesets``
    entry-point group (its value: a path, or a callable returning one)."""
    if path is None or str(path) == "default":
        return default_ruleset()
    p = os.fspath(path)
    if not os.path.exists(p):
        plugin = plugin_ruleset_path(p)
        if plugin is not None:
            return _load(plugin)
    return _load(p)


_PLUGIN_NAME_RE = lazyre.compile(r"^[A-Za-z0-9][\w.-]*$")


def plugin_ruleset_path(name: str) -> Optional[str]:
    """The file of a plugin-provided ruleset named ``name``, or None."""
    if not _PLUGIN_NAME_RE.match(name) or name.endswith((".yaml", ".yml", ".json")):
        return None
    from .. import plugins

    value = plugins.entry_points("schemalint.rulesets").get(name)
    if value is None:
        return None
    try:
        obj = plugins.load("schemalint.rulesets", name, value)
        target = obj() if callable(obj) else obj
    except Exception as e:  # noqa: BLE001 - a broken plugin is a ruleset error, not a crash
        raise RulesetError(f"{name}: ruleset plugin {value!r} failed to load: {e}") from None
    if not isinstance(target, (str, os.PathLike)):
        raise RulesetError(f"{name}: ruleset plugin {value!r} must give a path to a ruleset "
                           f"file, got {type(target).__name__}")
    return os.fspath(target)


def _load(path: str) -> Ruleset:
    chain = _read_chain(path)
    return _build(chain)


def _read_chain(path: str) -> List[_Doc]:
    """The extends chain, base first."""
    chain: List[_Doc] = []
    seen: List[str] = []
    cur: Optional[str] = path
    while cur is not None:
        real = os.path.realpath(cur)
        if real in seen:
            names = " -> ".join(_show_path(p) for p in seen + [real])
            raise RulesetError(f"{_show_path(cur)}:1: extends: ruleset extends itself ({names})")
        seen.append(real)
        doc = _read_doc(cur)
        chain.append(doc)
        ext = doc.data.get("extends")
        if ext is None:
            cur = None
        elif not isinstance(ext, str) or not ext.strip():
            raise RulesetError(f"{doc.path}:{doc.line_of(('extends',)) or 1}: extends: expected "
                               f"'default' or a path to a ruleset file, got {ext!r}")
        elif ext.strip() == "default":
            cur = _default_path()
        else:
            base = os.path.dirname(os.path.abspath(cur))
            target = os.path.join(base, os.path.expanduser(ext.strip()))
            if not os.path.isfile(target):
                target = plugin_ruleset_path(ext.strip()) or target
            cur = target
            if not os.path.isfile(cur):
                raise RulesetError(f"{doc.path}:{doc.line_of(('extends',)) or 1}: extends: "
                                   f"ruleset file {_show_path(cur)} not found")
    chain.reverse()
    return chain


# --------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------

_LIST_EXTEND_SECTIONS = ("words", "context", "encryption", "roles")
_CATEGORY_EXTEND = ("examples", "context")


def _merge_extend(base: Any, over: Any) -> Any:
    import copy

    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge_extend(base[k], v) if k in base else copy.deepcopy(v)
        return out
    if isinstance(base, list) and isinstance(over, list):
        return list(base) + [x for x in over if x not in base]
    return copy.deepcopy(over)


def _merge_replace(base: Any, over: Any) -> Any:
    import copy

    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge_replace(base[k], v) if k in base else copy.deepcopy(v)
        return out
    return copy.deepcopy(over)


def _merge_category(base: Dict[str, Any], over: Dict[str, Any]) -> Dict[str, Any]:
    import copy

    if not isinstance(base, dict) or not isinstance(over, dict):
        return copy.deepcopy(over)
    out = dict(base)
    replace_vocab = bool(over.get("replace_vocabulary"))
    for k, v in over.items():
        if k == "replace_vocabulary":
            continue
        if k == "vocabulary" and not replace_vocab and isinstance(base.get(k), dict):
            out[k] = _merge_extend(base[k], v)
        elif k in _CATEGORY_EXTEND and k in base:
            out[k] = _merge_extend(base[k], v)
        elif k in ("requires", "types", "adjust") and isinstance(base.get(k), dict):
            out[k] = _merge_replace(base[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def _merge(base: Dict[str, Any], over: Dict[str, Any]) -> Dict[str, Any]:
    import copy

    out = dict(base)
    for k, v in over.items():
        if k == "extends":
            continue
        if k in _LIST_EXTEND_SECTIONS and k in base:
            out[k] = _merge_extend(base[k], v)
        elif k == "settings" and k in base:
            out[k] = _merge_replace(base[k], v)
        elif k == "categories" and isinstance(base.get(k), dict) and isinstance(v, dict):
            cats = dict(base[k])
            for cid, c in v.items():
                cats[cid] = _merge_category(cats[cid], c) if cid in cats else copy.deepcopy(c)
            out[k] = cats
        elif k == "purposes" and isinstance(base.get(k), dict) and isinstance(v, dict):
            ps = dict(base[k])
            ps.update(copy.deepcopy(v))
            out[k] = ps
        elif k == "disable":
            out[k] = list(base.get("disable") or []) + list(v or []) if isinstance(v, list) else v
        else:
            out[k] = copy.deepcopy(v)
    return out


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------


def _validator(chain: List[_Doc]):
    """A validator of ``chain`` (imported on first need: a load of the shipped
    snapshot, validated when it was written, validates nothing)."""
    from .validate import _Validator

    return _Validator(chain)


def _build(chain: List[_Doc]) -> Ruleset:
    # validate each derived file's own shape first, so errors point at the right file
    for i, doc in enumerate(chain[1:], 1):  # a derived file: sections are partial, check what it has
        from .validate import _tname

        sub = _validator(chain[: i + 1])
        d = doc.data
        sub.mapping(d, (), ("schemalint-ruleset", "name", "description", "extends",
                            "settings", "encryption", "words", "context", "categories",
                            "purposes", "disable", "lexicons", "roles"))
        for k in ("categories", "purposes", "settings", "encryption", "words", "context"):
            if k in d and d[k] is not None and not isinstance(d[k], dict):
                sub.fail((k,), f"expected a mapping, got {_tname(d[k])}")
        if "disable" in d and d["disable"] is not None:
            sub.strlist(d["disable"], ("disable",))
    lexicon_files = _lexicon_files(chain)
    # the base document is ours (freshly parsed): no copy; derived ones are merged
    merged: Dict[str, Any] = {k: val for k, val in chain[0].data.items() if k not in ("extends", "lexicons")}
    for doc in chain[1:]:
        merged = _merge(merged, {k: val for k, val in doc.data.items() if k != "lexicons"})
    if not (len(chain) == 1 and chain[0].validated):
        _validator(chain).document(merged)

    disabled = tuple(merged.get("disable") or ())
    dis_ids = {x for x in disabled if "." in x}
    dis_groups = {x for x in disabled if "." not in x}
    settings = merged.get("settings") or {}
    categories: Dict[str, Category] = {}
    for cid, c in merged["categories"].items():
        group = cid.split(".", 1)[0]
        if cid in dis_ids or group in dis_groups:
            continue
        req = c.get("requires") or {}
        mr = req.get("max_retention")
        categories[cid] = Category(
            id=cid, group=group, label=c["label"], tier=c["tier"], pdp=c["pdp"],
            requires_encryption=bool(req.get("encryption", False)),
            requires_retention=bool(req.get("retention", True)),
            max_retention_days=parse_retention(mr).days if mr else None,
            source=c.get("source"), coarser=c.get("coarser"),
            identity_attribute=bool(c.get("identity_attribute", False)),
            description=(c.get("description") or "").strip(),
            subject=c.get("subject", "person"),
            accepts=tuple(c.get("accepts") or ()),
            person_signal=bool(c.get("person_signal", False)),
            max_retention=mr,
        )
    # alternatives named by context rules must survive disabling
    for cid, c in merged["categories"].items():
        if cid not in categories:
            continue
        for i, r in enumerate(c.get("context") or ()):
            alt = (r.get("alternative") or {}).get("category")
            if alt and alt not in categories:
                _validator(chain).fail(("categories", cid, "context", i, "alternative", "category"),
                       f"category {alt!r} is disabled")
    purposes: Dict[str, Purpose] = {}
    for name, p in (merged.get("purposes") or {}).items():
        ids: Set[str] = set()
        groups: Set[str] = set()
        for a in p["allows"]:
            a2 = a[:-2] if a.endswith(".*") else a
            (groups if a2 in GROUPS else ids).add(a2)
        purposes[name] = Purpose(name, p.get("label") or name, frozenset(ids), frozenset(groups))
    enc = merged.get("encryption") or {}
    encryption = EncryptionConventions(
        ciphertext_suffixes=tuple(s.lower() for s in enc.get("ciphertext_suffixes") or ()),
        ciphertext_prefixes=tuple(s.lower() for s in enc.get("ciphertext_prefixes") or ()),
        keyed_hash_suffixes=tuple(s.lower() for s in enc.get("keyed_hash_suffixes") or ()),
        encrypted_types=frozenset(s.lower() for s in enc.get("encrypted_types") or ()),
    )
    # the files' contents (in extends order) determine the effective ruleset,
    # and so do the lexicon files they name
    fp = sha256("\0".join([ENGINE_VERSION] + [d.sha for d in chain] +
                          [f"{name}:{f.sha256}" for name, files in sorted(lexicon_files.items())
                           for f in files]).encode()).hexdigest()[:16]
    rs = Ruleset(
        name=str(merged.get("name") or os.path.splitext(os.path.basename(chain[-1].path))[0]),
        paths=tuple(d.path for d in chain),
        data=merged,
        categories=categories,
        purposes=purposes,
        identity_kit_threshold=int(settings.get("identity_kit_threshold", 3)),
        catch_all_names=tuple(settings.get("catch_all_names") or ()),
        encryption=encryption,
        threshold=float(settings.get("threshold", 0.5)),
        fingerprint=fp,
        description=str(merged.get("description") or ""),
        disabled=disabled,
        lexicon_files=lexicon_files,
    )
    rs.token_seed = chain[-1].seed
    return rs


def _lexicon_files(chain: List[_Doc]) -> Dict[str, Tuple[LexiconFile, ...]]:
    """Each file's ``lexicons:`` resolved against that file's directory and
    read, base first; a file named twice is read once.  Errors name the
    ruleset file, line and key (and the lexicon file's line)."""
    out: Dict[str, List[LexiconFile]] = {}
    seen: Dict[str, LexiconFile] = {}
    top = chain[-1]
    trusted = frozenset((top.seed or {}).get("lexicon_sha256") or ()) if top.validated else frozenset()
    for i, doc in enumerate(chain):
        section = doc.data.get("lexicons")
        if section is None:
            continue
        if not doc.validated:  # (a snapshot this version wrote was validated then)
            _validator(chain[: i + 1]).lexicons(section)
        base = os.path.dirname(doc.real or os.path.abspath(doc.path))
        for name, paths in section.items():
            files = out.setdefault(name, [])
            for j, rel in enumerate(paths):
                try:
                    real = resolve(base, rel)
                    lf = seen.get(real) or read_file(real, rel, trusted)
                except LexiconError as e:
                    _validator(chain[: i + 1]).fail(("lexicons", name, j), str(e))
                seen[real] = lf
                if lf not in files:
                    files.append(lf)
    return {name: tuple(files) for name, files in out.items()}

