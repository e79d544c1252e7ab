"""References between the tables of one replayed schema: declared and inferred.

A column refers to another table when a foreign key says so (DDL
``REFERENCES``, an ORM ``ForeignKey``), or when its name does, read against
the whole schema:

* the column is named like the single-column primary key of another table
  (``no_rawat`` is the key of ``reg_periksa``, ``no_rkm_medis`` of ``pasien``);
* the ruleset's ``roles.key_aliases`` say which table a short key names
  (``pid`` -> a table named ``patient``);
* the column is ``<noun>_id`` / ``id_<noun>`` / ``kd_<noun>`` / ``<noun>_uuid``
  and a table is named by that noun or by the noun's last words, with the namespace
  prefix of the schema's tables (``mlite_``, ``facility_``), a plural ``s``
  and generic words (``tbl``, ``master``, ``data``) left out:
  ``agama_id`` -> ``agama``, ``religion_id`` -> ``religions``,
  ``siswa_provinsi_id`` -> ``provinsis``, ``kd_agama`` -> ``ref_agama``; or by
  the referring table's own name and the noun (``tweb_penduduk.agama_id`` ->
  ``tweb_penduduk_agama``, the list of residents' religions).

Each :class:`Reference` carries the sentence that explains it.  The graph is
built in one pass over the columns (a dictionary lookup per column, no pass
over pairs of tables), once per schema.
"""

from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from ..record import NamedTuple
from .tokens import DIGIT

#: words of a column name that make the rest of it name another table's row
_KEY_TAIL = frozenset(("id", "uuid", "fk", "key", "pk"))
_KEY_HEAD = frozenset(("id", "kode", "fk"))
#: primary-key names too common to say which table they belong to
_GENERIC_KEYS = frozenset(("id", "uuid", "kode", "code", "key", "pk", "no", "nomor", "guid", "oid"))
#: column types that cannot hold a key of another row
_NON_KEY_FAMILIES = frozenset(("boolean", "date", "datetime", "time", "interval", "float", "json",
                               "binary", "search", "network"))


class Reference(NamedTuple):
    """``table.column`` refers to a row of ``target``; ``how``: declared |
    inferred; ``reason``: key | alias | noun for an inferred one; the
    names as written, for :attr:`why`."""

    table: str
    column: str
    target: str
    how: str
    reason: str = ""
    column_name: str = ""
    target_name: str = ""

    @property
    def why(self) -> str:
        """The sentence that explains the reference."""
        c, t = self.column_name or self.column, self.target_name or self.target
        if self.how == "declared":
            return f"'{c}' is a declared foreign key to '{t}'"
        if self.reason == "key":
            return f"'{c}' is named like the key of '{t}'"
        if self.reason == "alias":
            return f"'{c}' is the ruleset's short key for '{t}'"
        return f"'{c}' names '{t}' (inferred from the names)"


class TableNames(NamedTuple):
    """How a table's name reads once the schema's namespace prefix is left out."""

    tokens: Tuple[str, ...]  # the name's tokens (digits left out)
    core: Tuple[str, ...]  # without the namespace prefix and generic words
    prefix: Tuple[str, ...]  # the namespace prefix left out ('mlite',), ('facility',)


def _singular(tok: str) -> str:
    if len(tok) > 3 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
        return tok[:-1]
    return tok


def namespace_prefixes(token_lists: Iterable[Tuple[str, ...]], min_tables: int = 3) -> FrozenSet[Tuple[str, ...]]:
    """Leading words that at least ``min_tables`` table names share and that
    never make up a whole name alone: a project's or app's namespace
    (``mlite_``, ``hs_hr_``, Django's ``facility_``).  Linear in the tables."""
    counts: Dict[Tuple[str, ...], int] = {}
    whole = set()
    for toks in token_lists:
        whole.add(toks)
        for n in (1, 2):
            if len(toks) > n:
                counts[toks[:n]] = counts.get(toks[:n], 0) + 1
    return frozenset(p for p, c in counts.items() if c >= min_tables and p not in whole)


def table_names(toks: Tuple[str, ...], prefixes: FrozenSet[Tuple[str, ...]],
                generic: FrozenSet[str]) -> TableNames:
    """A table's :class:`TableNames` from its tokens (digits left out)."""
    prefix: Tuple[str, ...] = ()
    for n in (2, 1):
        if len(toks) > n and toks[:n] in prefixes:
            prefix = toks[:n]
            break
    rest = toks[len(prefix):]
    core = tuple(t for t in rest if t not in generic)
    if prefix and not core:  # 'patient_data' among 'patient_*' tables: the prefix is the noun
        prefix, rest = (), toks
        core = tuple(t for t in rest if t not in generic)
    core = core or rest
    return TableNames(toks, core, prefix)


class ReferenceGraph:
    """Every reference of a schema, by referring table and by target."""

    def __init__(self, refs: Sequence[Reference]):
        self.refs = tuple(refs)
        self.out: Dict[str, Tuple[Reference, ...]] = {}
        self.into: Dict[str, Tuple[Reference, ...]] = {}
        out: Dict[str, List[Reference]] = {}
        into: Dict[str, List[Reference]] = {}
        for r in self.refs:
            out.setdefault(r.table, []).append(r)
            into.setdefault(r.target, []).append(r)
        self.out = {k: tuple(v) for k, v in out.items()}
        self.into = {k: tuple(v) for k, v in into.items()}
        self._by_column = {(r.table, r.column): r for r in self.refs}

    def of(self, table: str, column: str) -> Optional[Reference]:
        return self._by_column.get((table, column))

    def __len__(self) -> int:
        return len(self.refs)


def build_graph(schema, ruleset, names: Optional[Dict[str, TableNames]] = None) -> ReferenceGraph:
    """The declared and inferred references of ``schema`` (a replayed Schema)."""
    if names is None:
        names = schema_table_names(schema, ruleset)
    # noun forms -> table keys: each table under its core words (and their singular);
    # the two best candidates per form, so that a table never refers to itself
    index: Dict[Tuple[str, ...], List[str]] = {}
    for tkey in names:
        core = names[tkey].core
        for form in {core, tuple(_singular(t) for t in core)}:
            if form:
                index.setdefault(form, []).append(tkey)
    top: Dict[Tuple[str, ...], Tuple[str, ...]] = {
        form: tuple(sorted(cands, key=lambda c: (len(c), c))[:2]) for form, cands in index.items()}
    # a table's own key name -> the tables whose single-column primary key it is
    owners: Dict[str, List[str]] = {}
    for tkey, table in schema.tables.items():
        pks = [c for c in table.columns.values() if c.primary_key]
        if len(pks) == 1 and pks[0].name.lower() not in _GENERIC_KEYS:
            owners.setdefault(pks[0].name.lower(), []).append(tkey)
    owner_top = {k: tuple(sorted(v, key=lambda c: (len(c), c))[:2]) for k, v in owners.items()}

    def best(cands: Optional[Tuple[str, ...]], tkey: str) -> Optional[str]:
        if cands:
            for c in cands:
                if c != tkey:
                    return c
        return None

    refs: List[Reference] = []
    for tkey, table in schema.tables.items():
        for ckey, col in table.columns.items():
            fk = col.references
            if fk is not None and fk.table is not None:
                target = fk.table.key
                if target in schema.tables:
                    refs.append(Reference(tkey, ckey, target, "declared", "", col.name, fk.table.name))
                    continue
            kf = _key_forms(ruleset, col.name)
            own = owner_top.get(ckey)
            if kf is None and own is None:
                continue
            if col.type is not None and col.type.family in _NON_KEY_FAMILIES:
                continue
            # named like another table's own key
            if own and not col.primary_key:
                target = best(own, tkey)
                if target:
                    refs.append(Reference(tkey, ckey, target, "inferred", "key", col.name,
                                          schema.tables[target].name))
                    continue
            if col.primary_key or kf is None:
                continue
            alias, forms = kf
            # a short key the ruleset explains
            for f in alias:
                target = best(top.get(f), tkey)
                if target:
                    refs.append(Reference(tkey, ckey, target, "inferred", "alias", col.name,
                                          schema.tables[target].name))
                    break
            else:
                # <noun>_id, id_<noun>, kd_<noun>: the noun, then its last words, then the
                # noun after the table's own name (tweb_penduduk.agama_id -> tweb_penduduk_agama)
                own_core = names[tkey].core
                for f in tuple(forms) + tuple(own_core + f for f in forms[:1]):
                    target = best(top.get(f), tkey)
                    if target:
                        refs.append(Reference(tkey, ckey, target, "inferred", "noun", col.name,
                                              schema.tables[target].name))
                        break
    return ReferenceGraph(refs)


@functools.lru_cache(maxsize=16)
def _aliases(ruleset) -> Dict[str, Tuple[Tuple[str, ...], ...]]:
    tokens = ruleset.engine.tokenizer.tokens
    roles = ruleset.data.get("roles") or {}
    return {" ".join(tokens(k)): tuple(tuple(t for t in tokens(f) if t != DIGIT) for f in forms)
            for k, forms in (roles.get("key_aliases") or {}).items()}


def key_noun(ruleset, name: str) -> Tuple[str, ...]:
    """The noun a key column names (``agama_id`` -> ``('agama',)``, ``kd_kel`` ->
    ``('kelurahan',)``), or () for a name that is no key of another row."""
    kf = _key_forms(ruleset, name)
    return kf[1][0] if kf and kf[1] else ()


@functools.lru_cache(maxsize=200_000)
def _key_forms(ruleset, name: str) -> Optional[Tuple[Tuple[Tuple[str, ...], ...], Tuple[Tuple[str, ...], ...]]]:
    """(the table forms the ruleset's key aliases give the name, the noun forms
    it may name, longest first), or None when the name names no table."""
    toks = tuple(t for t in ruleset.engine.tokenizer.tokens(name) if t != DIGIT)
    if not toks:
        return None
    alias = _aliases(ruleset).get(" ".join(toks), ())
    noun: Tuple[str, ...] = ()
    if len(toks) > 1 and toks[-1] in _KEY_TAIL:
        noun = toks[:-1]
        while len(noun) > 1 and noun[-1] in _KEY_TAIL:
            noun = noun[:-1]  # 'sex_fk_id': the noun is 'sex'
    elif len(toks) > 1 and toks[0] in _KEY_HEAD:
        noun = toks[1:]
    forms: List[Tuple[str, ...]] = []
    for form in (noun, tuple(_singular(t) for t in noun)):
        for i in range(len(form)):
            if form[i:] not in forms:
                forms.append(form[i:])
    return (alias, tuple(forms)) if alias or forms else None


def schema_table_names(schema, ruleset) -> Dict[str, TableNames]:
    """Every table's :class:`TableNames` (namespace prefixes found across the schema).
    The tokens are the engine's own reading of table names (memoised there)."""
    kinds = ruleset.engine.table_kinds
    generic = _generic_words(ruleset)
    toks = {tkey: kinds(t_.name)[2] for tkey, t_ in schema.tables.items()}
    prefixes = namespace_prefixes(toks.values())
    return {tkey: table_names(t, prefixes, generic) for tkey, t in toks.items()}


@functools.lru_cache(maxsize=16)
def _generic_words(ruleset) -> FrozenSet[str]:
    tokens = ruleset.engine.tokenizer.tokens
    return frozenset(" ".join(tokens(w)) for w in (ruleset.data.get("roles") or {}).get("generic_words") or ())
