"""Column lineage of views and functions: which base table columns each
output column comes from, and whether it comes unchanged.

A view's query is traced against the relations that existed when it was
created (the replay keeps them with the view), so ``SELECT *`` expands to
the columns the base table had then, as the database expands it.  The
tables are renamed to private names before sqlglot's ``qualify`` runs (one
flat schema, whatever their qualification), then every output column is
followed through derived tables, CTEs, unions and scalar subqueries down
to base columns.  On the way each column reference is judged by what is
applied to it, innermost first:

* ``copy``: passes unchanged -- a plain reference, a cast, ``COALESCE``,
  ``CASE ... THEN col``, concatenation, ``upper()``, arithmetic, and the
  aggregates that return one of the values (``min``, ``max``,
  ``string_agg``, ``array_agg``, ``json_agg``...);
* ``hashed``: ``md5``, ``sha*``, ``digest``, ``hmac``, ``crypt``, encryption
  functions;
* ``masked``: ``left``, ``right``, ``substr``, ``overlay``,
  ``regexp_replace``, ``replace``, ``lpad``, functions named ``mask*``,
  ``redact*``, ``anonymi*``, ``pseudonym*``, ``obfuscat*``;
* ``truncated``: ``date_trunc``, ``extract``, ``year()``..., ``round``,
  ``floor``, ``to_char(date, format)``;
* ``aggregated``: ``count``, ``sum``, ``avg``, ``stddev``...;
* ``derived``: anything else (a comparison, ``length()``, an unknown
  function): not the value itself.

A view column declared ``schemalint: masked=<how>`` is masked whatever its
expression.  What cannot be traced (a query sqlglot cannot parse, a star
over a relation the replay does not know) is reported in
:attr:`Traced.problems`, and the access rules turn it into a note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional, Tuple, Union

from .. import kinds, lazyre
from ..kinds import Exposure
from ..model import Location
from ..record import dataclass, field

if TYPE_CHECKING:  # replay imports this package: names for the type checker only
    from ..replay import Table
    from . import View

EXPOSURES = kinds.EXPOSURES


@dataclass(frozen=True)
class Source:
    """A base column an output column is made from."""

    relation: Union[Table, View]  # a view's for a view over a view
    column: str
    exposure: Exposure
    detail: str = ""  # the function that changed it, e.g. "md5()"


@dataclass
class TracedColumn:
    name: str
    location: Location
    sources: List[Source] = field(default_factory=list)


@dataclass
class Traced:
    columns: List[TracedColumn] = field(default_factory=list)
    #: why the lineage is incomplete (empty: fully traced)
    problems: List[str] = field(default_factory=list)
    #: relations the query reads that the replay does not know
    unknown: List[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Judging one column reference
# --------------------------------------------------------------------------

_HASH_NAMES = lazyre.compile(r"^(?:md5|sha\d*|sha_?\d+|digest|hmac|crypt|hash\w*|hashtext|hashbytes|"
                         r"pgp_\w*encrypt\w*|\w*encrypt\w*|blake\w*|xxhash\w*|murmur\w*|farm_fingerprint)$")
_MASK_NAMES = lazyre.compile(r"^(?:mask\w*|\w*_mask|redact\w*|anonymi\w*|pseudonymi\w*|obfuscat\w*|partial\w*|"
                         r"lpad|rpad|left|right|substr\w*|overlay|regexp_replace|replace|translate|repeat)$")
_TRUNC_NAMES = lazyre.compile(r"^(?:date_trunc|date_part|extract|year|month|quarter|week|round|floor|ceil\w*|"
                          r"trunc\w*|to_char|date_format|strftime|age)$")
_AGG_NAMES = lazyre.compile(r"^(?:count\w*|sum|avg|stddev\w*|variance|var_\w+|approx\w*|median|percentile\w*|"
                        r"corr|covar\w*|regr_\w+|bit_\w+|bool_\w+|every)$")
_PASS_NAMES = lazyre.compile(r"^(?:json\w*_build_\w+|jsonb?_agg|json_object\w*|row_to_json|to_jsonb?|array_agg|"
                         r"string_agg|group_concat|listagg|min|max|first\w*|last\w*|any_value|mode|nvl\w*|ifnull|"
                         r"isnull|coalesce|nullif|greatest|least|upper|lower|initcap|trim|ltrim|rtrim|btrim|"
                         r"concat\w*|format|cast|convert|unaccent|array|json_array|jsonb_array)$")


def _func_name(node) -> str:
    from sqlglot import exp

    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return getattr(node, "sql_name", lambda: type(node).__name__)().lower()


def _classes():
    from sqlglot import exp

    def some(*names):
        return tuple(getattr(exp, n) for n in names if hasattr(exp, n))

    return {
        "pass": some("Alias", "Paren", "Cast", "TryCast", "Coalesce", "Nullif", "Concat", "ConcatWs", "DPipe",
                     "Upper", "Lower", "Trim", "Initcap", "Max", "Min", "ArrayAgg", "GroupConcat", "FirstValue",
                     "LastValue", "AnyValue", "First", "Last", "Window", "JSONObject", "Array", "Struct",
                     "Tuple", "Add", "Sub", "Mul", "Div", "Neg", "Bracket", "JSONExtract", "JSONExtractScalar",
                     "JSONBExtract", "Distinct", "Greatest", "Least", "ArrayToString", "Unnest", "Explode",
                     "Dot", "PropertyEQ", "Slice"),
        "hashed": some("MD5", "MD5Digest", "SHA", "SHA2", "SHA1Digest", "SHA2Digest"),
        "masked": some("Left", "Right", "Substring", "RegexpReplace", "Pad", "Overlay", "Replace",
                       "Translate"),
        "truncated": some("DateTrunc", "TimestampTrunc", "DatetimeTrunc", "Extract", "Year", "Month", "Day",
                          "Quarter", "Week", "Round", "Floor", "Ceil", "TimeToStr"),
        "aggregated": some("Count", "Sum", "Avg", "Stddev", "StddevPop", "StddevSamp", "Variance",
                           "VariancePop", "ApproxDistinct", "CountIf", "Median", "Quantile"),
        "condition": some("Predicate", "Not", "And", "Or", "Exists", "Connector"),
    }


_CLS: Optional[dict] = None


def judge(node, root) -> Tuple[Exposure, str]:
    """(exposure, detail) of the column reference ``node`` in the
    projection expression ``root``: the innermost function that changes
    it decides."""
    from sqlglot import exp

    global _CLS
    if _CLS is None:
        _CLS = _classes()
    prev = node
    cur = node.parent
    while cur is not None:
        if isinstance(cur, (exp.If,)) and prev is cur.this:
            return "derived", "a condition"
        if isinstance(cur, exp.Case) and prev is cur.this:
            return "derived", "a CASE operand"
        if isinstance(cur, exp.Anonymous):
            name = _func_name(cur)
            got = _by_name(name)
            if got is not None:
                return got, f"{name}()"
        elif isinstance(cur, _CLS["hashed"]):
            return "hashed", f"{_func_name(cur)}()"
        elif isinstance(cur, _CLS["masked"]):
            return "masked", f"{_func_name(cur)}()"
        elif isinstance(cur, _CLS["truncated"]):
            return "truncated", f"{_func_name(cur)}()"
        elif isinstance(cur, _CLS["aggregated"]):
            return "aggregated", f"{_func_name(cur)}()"
        elif isinstance(cur, _CLS["condition"]):
            return "derived", "a condition"
        elif isinstance(cur, _CLS["pass"]) or isinstance(cur, (exp.If, exp.Case)):
            pass
        elif isinstance(cur, exp.Func):
            name = _func_name(cur)
            got = _by_name(name)
            return (got, f"{name}()") if got is not None else ("derived", f"{name}()")
        if cur is root:
            break
        prev, cur = cur, cur.parent
    return "copy", ""


def _by_name(name: str) -> Optional[Exposure]:
    if _PASS_NAMES.match(name):
        return None
    if _HASH_NAMES.match(name):
        return "hashed"
    if _MASK_NAMES.match(name):
        return "masked"
    if _TRUNC_NAMES.match(name):
        return "truncated"
    if _AGG_NAMES.match(name):
        return "aggregated"
    return "derived"


def combine(outer: Tuple[Exposure, str], inner: Source) -> Source:
    """A base source seen through one more level of the query."""
    if outer[0] == "copy" or inner.exposure != "copy":
        return inner
    return Source(inner.relation, inner.column, outer[0], outer[1])


# --------------------------------------------------------------------------
# Tracing a query
# --------------------------------------------------------------------------


def trace_view(view, files: List[str]) -> Traced:
    """The lineage of a view (computed once, kept on the view)."""
    if view.traced is None:
        view.traced = Traced(problems=["the view reads itself"])  # a guard while tracing
        names = view.column_names
        view.traced = trace_query(view.query, view.dialect, view.query_location or view.location,
                                  view.tables, view.views, files, view.location, names)
    return view.traced


def trace_query(query: str, dialect: str, at: Location, tables: Dict[str, object], views: Dict[str, object],
                files: List[str], when: Location, names: Tuple[str, ...] = ()) -> Traced:
    """Trace ``query`` (written at ``at``) against the relations of
    ``tables``/``views`` (by replay key) as they were at ``when``."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    out = Traced()
    try:
        tree = sqlglot.parse_one(query, read=dialect)
    except (SqlglotError, RecursionError, ValueError) as exc:
        out.problems.append(f"its query cannot be parsed as {dialect} SQL ({str(exc).splitlines()[0][:120]})")
        return out
    if not isinstance(tree, exp.Query):
        out.problems.append(f"its query is a {type(tree).__name__}, not a SELECT")
        return out
    offsets = _projection_offsets(tree)
    relations, mapping = _bind(tree, tables, views, files, when, out)
    try:
        from sqlglot.optimizer.qualify import qualify
        from sqlglot.optimizer.scope import build_scope

        tree = qualify(tree, schema=mapping, dialect=dialect, validate_qualify_columns=False,
                       quote_identifiers=False, identify=False)
        scope = build_scope(tree)
    except (SqlglotError, RecursionError, ValueError, KeyError, AttributeError, TypeError) as exc:
        out.problems.append(f"its columns cannot be resolved ({type(exc).__name__}: {str(exc)[:120]})")
        return out
    if scope is None:
        out.problems.append("its query has no SELECT to trace")
        return out
    try:
        _trace_outputs(out, scope, relations, names, query, at, offsets)
    except (SqlglotError, RecursionError, ValueError, KeyError, AttributeError, TypeError) as exc:
        out.columns.clear()  # a partial trace would under-report: all or nothing
        out.problems.append(f"its lineage cannot be followed ({type(exc).__name__}: {str(exc)[:120]})")
    return out


def _trace_outputs(out: Traced, scope, relations, names, query: str, at: Location, offsets) -> None:
    from sqlglot import exp

    selects = _selects(scope)
    for i, sel in enumerate(selects):
        name = names[i] if i < len(names) else (sel.alias_or_name or f"?column{i + 1}?")
        if isinstance(sel, exp.Star) or (isinstance(sel, exp.Column) and isinstance(sel.this, exp.Star)):
            out.problems.append("a * over a relation these files do not define cannot be expanded")
            continue
        loc = _locate(at, query, offsets[i]) if i < len(offsets) and offsets[i] is not None else at
        col = TracedColumn(name, loc)
        col.sources = _dedupe(_trace(scope, i, relations, out, 0))
        out.columns.append(col)


def _selects(scope):
    from sqlglot import exp

    e = scope.expression
    while isinstance(e, exp.SetOperation):
        e = e.this
    if isinstance(e, exp.Subquery):
        e = e.unnest()
    return list(getattr(e, "selects", []) or [])


def _projection_offsets(tree) -> List[Optional[int]]:
    """Where each projection of the outermost SELECT starts in the query
    text, before qualify rewrites it (None when unknown)."""
    from sqlglot import exp

    e = tree
    while isinstance(e, exp.SetOperation):
        e = e.this
    out = []
    for sel in getattr(e, "selects", []) or []:
        if isinstance(sel, exp.Star):
            return []  # star expansion changes the count: positions unknown
        best = None
        for ident in sel.find_all(exp.Identifier):
            meta = getattr(ident, "_meta", None) or {}
            if "start" in meta and (best is None or meta["start"] < best):
                best = meta["start"]
        out.append(best)
    return out


def _locate(at: Location, text: str, offset: int) -> Location:
    before = text[:offset]
    nl = before.count("\n")
    if nl:
        return Location(at.path, at.line + nl, offset - before.rfind("\n"))
    return Location(at.path, at.line, at.col + offset)


def _bind(tree, tables, views, files, when, out: Traced):
    """Give every base relation of the query a private name and collect
    the flat schema ``qualify`` needs."""
    from sqlglot import exp

    from . import _find

    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    relations: Dict[str, object] = {}
    mapping: Dict[str, Dict[str, str]] = {}
    by_obj: Dict[int, str] = {}
    table_set = _TableLookup(tables)
    for t in list(tree.find_all(exp.Table)):
        if not t.name:
            continue
        db = t.args.get("db")
        if db is None and t.name.lower() in ctes:
            continue
        from ..model import TableRef

        ref = TableRef(t.name, db.name if db is not None else None)
        rel = _find(views, ref) if views else None
        if rel is None:
            rel = table_set.find(ref)
        if rel is not None and hasattr(rel, "query") and trace_view(rel, files).problems:
            out.problems.append(f"it reads view {rel.ref.qualified}, whose own lineage is not traced")
            rel = None
        if rel is None:
            if ref.qualified not in out.unknown:
                out.unknown.append(ref.qualified)
            continue
        private = by_obj.get(id(rel))
        if private is None:
            private = by_obj[id(rel)] = f"__rel{len(by_obj)}"
            relations[private] = rel
            mapping[private] = {c: "TEXT" for c in _columns_of(rel, files, when)}
        alias = t.args.get("alias")
        if alias is None:
            t.set("alias", exp.TableAlias(this=exp.to_identifier(t.name)))
        t.set("this", exp.to_identifier(private))
        t.set("db", None)
        t.set("catalog", None)
    return relations, mapping


class _TableLookup:
    """Find a replayed table by name the way replay does (an unqualified
    name finds the one table of that name in any schema)."""

    def __init__(self, tables: Dict[str, Table]):
        self.tables = tables

    def find(self, ref):
        from ..replay import _table_key

        t = self.tables.get(_table_key(ref))
        if t is not None:
            return t
        name = ref.name.lower()
        matches = [t for t in self.tables.values() if t.ref.name.lower() == name]
        return matches[0] if len(matches) == 1 else None


def _columns_of(rel, files: List[str], when: Location) -> List[str]:
    """The columns a relation had at ``when``: a table's columns introduced
    before it, a view's traced output columns."""
    if hasattr(rel, "query"):  # a view over a view
        return [c.name for c in trace_view(rel, files).columns]
    index = {p: i for i, p in enumerate(files)}
    limit = (index.get(when.path, len(files)), when.line, when.col)
    out = []
    for c in rel.columns.values():
        loc = c.location
        if (index.get(loc.path, len(files)), loc.line, loc.col) <= limit:
            out.append(c.name)
    return out


def _trace(scope, which, relations, out: Traced, depth: int) -> List[Source]:
    """Base sources of projection ``which`` (an index or a name) of
    ``scope``."""
    from sqlglot import exp

    if depth > 50:
        out.problems.append("the query nests too deeply to trace")
        return []
    e = scope.expression
    if isinstance(e, exp.SetOperation):
        got: List[Source] = []
        index = which if isinstance(which, int) else next(
            (i for i, s in enumerate(_selects(scope)) if s.alias_or_name == which), None)
        if index is None:
            return []
        for s in scope.union_scopes if hasattr(scope, "union_scopes") else scope.set_operation_scopes:
            got += _trace(s, index, relations, out, depth + 1)
        return got
    selects = list(getattr(e, "selects", []) or [])
    if isinstance(which, int):
        if which >= len(selects):
            return []
        sel = selects[which]
    else:
        sel = next((s for s in selects if s.alias_or_name == which), None)
        if sel is None:
            if any(isinstance(s, exp.Star) for s in selects):
                out.problems.append("a * over a relation these files do not define cannot be expanded")
            return []
    sources: List[Source] = []
    subqueries = {id(s.expression): s for s in scope.subquery_scopes}
    for sub in sel.find_all(exp.Subquery, exp.Select):
        if sub is sel:
            continue
        child = subqueries.get(id(sub)) or subqueries.get(id(sub.this) if isinstance(sub, exp.Subquery) else 0)
        if child is None:
            continue
        outer = judge(sub, sel)
        for src in _trace(child, 0, relations, out, depth + 1):
            sources.append(combine(outer, src))
    for col in sel.find_all(exp.Column):
        if _inside_subquery(col, sel):
            continue
        if isinstance(col.this, exp.Star):
            out.problems.append("a * over a relation these files do not define cannot be expanded")
            continue
        outer = judge(col, sel)
        src_name = col.table
        source = scope.sources.get(src_name) if src_name else (
            next(iter(scope.sources.values())) if len(scope.sources) == 1 else None)
        if source is None:
            continue  # a column of an unknown relation, or an unresolvable name
        if isinstance(source, exp.Table):
            rel = relations.get(source.name)
            if rel is not None:
                sources.append(Source(rel, col.name, outer[0], outer[1]))
        else:  # a derived table or CTE: follow it
            for src in _trace(source, col.name, relations, out, depth + 1):
                sources.append(combine(outer, src))
    return sources


def _inside_subquery(node, root) -> bool:
    from sqlglot import exp

    cur = node.parent
    while cur is not None and cur is not root:
        if isinstance(cur, (exp.Subquery, exp.Select)):
            return True
        cur = cur.parent
    return False


def _dedupe(sources: List[Source]) -> List[Source]:
    seen = set()
    out = []
    for s in sources:
        key = (id(s.relation), s.column.lower(), s.exposure)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def base_sources(view, column: TracedColumn, files: List[str], depth: int = 0) -> List[Source]:
    """The base *table* columns of a view column, through views over
    views."""
    out: List[Source] = []
    for s in column.sources:
        rel = s.relation
        if hasattr(rel, "query") and depth < 20:
            inner = trace_view(rel, files)
            for c in inner.columns:
                if c.name.lower() == s.column.lower():
                    for b in base_sources(rel, c, files, depth + 1):
                        out.append(b if s.exposure == "copy" or b.exposure != "copy"
                                   else Source(b.relation, b.column, s.exposure, s.detail))
        else:
            out.append(s)
    return _dedupe(out)


__all__ = ["Source", "Traced", "TracedColumn", "trace_view", "trace_query", "base_sources", "judge", "EXPOSURES"]
