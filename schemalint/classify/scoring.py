"""Scoring a candidate category: the structural rules that drop it, the
adjustments that raise or lower it (type, qualifiers, the ruleset's
context rules), the evidence of comments and ORM hints, and the lexicon's
evidence.

A mixin of :class:`schemalint.classify.engine.Engine` (``self`` is the
engine, for its compiled ruleset ``self.cats``, ``self.A``, ``self.W``).
Each adjustment is a small function that returns an :class:`Adjustment`
(the score change and its evidence sentence) or None, testable alone;
the engine applies it.  Table context (``_context_adjust``) stays in the
engine beside the table context it reads.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    FrozenSet,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
)

from .facts import (
    Adjustment,
    ColumnFacts,
    Lex,
    TypeInfo,
    _Cand,
    _CatInfo,
    _short,
    apply,
)
from .tokens import DIGIT

if TYPE_CHECKING:  # pragma: no cover
    from .engine import TableContext


def type_adjustment(info: _CatInfo, t: TypeInfo, A: Mapping[str, float]) -> Optional[Adjustment]:
    """A type outside the category's plausible families lowers it; a length
    that fits exactly raises it; one shorter than the minimum lowers it, and
    one under half the minimum cannot hold the value at all (``kd_kk
    VARCHAR(2)`` is a code, not a 16-digit family-card number)."""
    fam = t.family
    if fam is None:
        return None
    if info.families and fam not in info.families and fam not in ("other",):
        return Adjustment(A["implausible_type"],
                          f"type {t.shown} is unusual for {info.label} ({A['implausible_type']:+.2f})")
    if t.length and fam in ("text", "decimal"):
        if info.fit_length and t.length == info.fit_length:
            return Adjustment(A["type_fit"],
                              f"type {t.shown} fits a {_short(info.label)} ({A['type_fit']:+.2f})")
        if info.min_length and 2 * t.length < info.min_length:
            return Adjustment(A["cannot_hold"],
                              f"type {t.shown} cannot hold a {info.min_length}-character "
                              f"{_short(info.label)} ({A['cannot_hold']:+.2f})")
        if info.min_length and t.length < info.min_length:
            return Adjustment(A["too_short"],
                              f"type {t.shown} is too short for a {info.min_length}-character "
                              f"{_short(info.label)} ({A['too_short']:+.2f})")
    return None


def qualifier_adjustment(info: _CatInfo, level: str, thing_tok: Optional[str],
                         person_tok: Optional[str], A: Mapping[str, float]) -> Optional[Adjustment]:
    """A thing's or an organisation's qualifier lowers a candidate; a person's
    or a role's raises one that is not already strong."""
    if thing_tok:
        return Adjustment(A["thing_qualifier"],
                          f"'{thing_tok}' says it belongs to an organisation or a thing "
                          f"({A['thing_qualifier']:+.2f})")
    if person_tok and level != "strong":
        adj = info.adjust.get("person_qualifier", A["person_qualifier"])
        return Adjustment(adj, f"'{person_tok}' says it is a person's ({adj:+.2f})")
    return None


class Scoring:
    """Structural rules, adjustments and text evidence (mixed into the engine)."""

    # set by the engine; declared here for the type checker
    A: Dict[str, float]
    W: Dict[str, float]
    I: Dict[str, float]  # noqa: E741 - the ruleset's name for the inferred weights
    T: Dict[str, Optional[str]]
    cats: Dict[str, _CatInfo]
    orm: Dict[str, str]
    closed_families: FrozenSet[str]
    card_words: FrozenSet[str]
    card_detail_words: FrozenSet[str]
    code_name_words: FrozenSet[str]
    code_text_words: FrozenSet[str]
    secret_purposes: Tuple[Tuple[str, ...], ...]
    secret_nouns: FrozenSet[str]
    change_words: FrozenSet[str]
    lexicon_evidence: Dict[str, str]
    _text_matches: Callable[[str], Tuple[Tuple[str, str, str], ...]]
    table_kinds: Callable[[str], Any]
    lexicons: Callable[[], Dict[str, Any]]
    table_index: Dict[Tuple[str, ...], FrozenSet[str]]

    def _structural(self, c, info, lex, t, is_ref, ref_tok, ts_tok, flag_tok, count_tok,
                    money_tok, meta_tok, col) -> Optional[str]:
        fam = t.family
        label = info.label.lower()
        # a reference keeps a field class's word (an EmailField named email_id holds an
        # address) and a comment on a name-only key (callerid, covin_id: an outside id);
        # a comment on a declared foreign key says what the key refers to
        if is_ref and (c.via not in ("hint", "comment") or c.via == "comment" and col.fk):
            if ref_tok:
                return f"'{ref_tok}' marks a key or a reference to another row, not the value"
            return f"a foreign key ({t.shown or 'reference'}): a reference is not the value"
        if fam == "boolean" or flag_tok:
            if "flag" not in info.accepts:
                what = f"type {t.shown}" if fam == "boolean" else f"'{flag_tok}'"
                return f"{what} marks a flag about {label}, not {label} itself"
        if (fam in ("date", "datetime", "time", "interval") or ts_tok) and "date" not in info.accepts:
            what = f"type {t.shown}" if fam in ("date", "datetime", "time", "interval") else f"'{ts_tok}'"
            return f"{what} marks when something happened, not {label}"
        if "date" in info.accepts and c.via == "name":
            # 'tgl_lahir_updated_at': when the birth date was changed, not the birth date
            changed = next((w for w in lex.tokens if w in self.change_words), None)
            if changed:
                return f"'{changed}' says when {label} was recorded or changed, not {label} itself"
        if count_tok and "count" not in info.accepts:
            return f"'{count_tok}' marks a count, not {label}"
        if money_tok and info.group != "financial" and c.via == "name":
            return f"'{money_tok}' marks a money amount, not {label}"
        if meta_tok and c.via == "name" and (c.matched != meta_tok or lex.unknown):
            # a describing word that is itself the matched term ('height') holds it,
            # unless it describes another noun ('screen_height')
            return f"'{meta_tok}' describes {label} (its kind or settings), it does not hold it"
        if fam in self.closed_families and info.families and fam not in info.families:
            return (f"type {t.shown} is a {fam}: it cannot hold {label} (the ruleset lists "
                    f"{', '.join(sorted(info.families))} for it)")
        if fam == "network" and "network" not in info.families:
            return f"type {t.shown} holds a network address (IP, MAC), not {label}"
        if fam == "uuid" and "uuid" not in info.families:
            return f"type {t.shown} is a surrogate key, not {label}"
        if info.digits and t.int32 and info.digits > 9:
            return (f"type {t.shown} cannot hold a {info.digits}-digit {_short(info.label)}: "
                    f"a reference or a code")
        negs = lex.negs.get(c.cat)
        if negs and c.via == "name":
            for text, _s, _e in negs:
                # a negative inside the candidate's own phrase does not count
                if not (c.matched and text in c.matched):
                    return f"'{text}' is a negative for {c.cat}"
        return None

    def _name_of_other(self, lex: Lex, c: _Cand) -> Optional[str]:
        """What a bare name names when it is not a person's, or None.  A person,
        family, guarantor or role word next to the name (neutral words such as
        ``first``, ``lengkap``, ``cached`` between them do not count) makes it
        a person's: ``attendee_name_cached``, ``nama_lengkap_pasien``; one
        further away does not (``candidate_vacancy_name``: the vacancy's)."""
        q = lex.quals
        owned = {i for k in ("person", "family", "guarantor", "role") for _t, s0, e0 in q.get(k, ())
                 for i in range(s0, e0)}
        if owned:
            neutral = {i for _t, s0, e0 in q.get("neutral", ()) for i in range(s0, e0)}
            n = len(lex.tokens)
            before, after = c.pos - 1, c.pos + max(1, len((c.matched or "").split()))
            while before >= 0 and before in neutral and before not in owned:
                before -= 1
            while after < n and after in neutral and after not in owned:
                after += 1
            if before in owned or after in owned:
                return None
        for cid, _level, text, _s, _e in lex.cats:
            if cid != c.cat:
                return text
        for kind in ("thing", "org"):
            if kind in q:
                return q[kind][0][0]
        for u in lex.unknown:
            return u
        return None

    def _type_adjust(self, c: _Cand, info: _CatInfo, t: TypeInfo) -> None:
        apply(c, type_adjustment(info, t, self.A))

    def _qualifier_adjust(self, c, info, thing_tok, person_tok) -> None:
        if info.subject != "any" and c.via == "name":
            apply(c, qualifier_adjustment(info, c.level, thing_tok, person_tok, self.A))

    def _unknown_noun(self, lex: Lex) -> Optional[str]:
        q = lex.quals
        if "person" in q or "family" in q or "guarantor" in q or "role" in q:
            return None
        for u in lex.unknown:
            return u
        return None

    def _identifier_of_other(self, lex: Lex, c: _Cand) -> bool:
        toks = lex.tokens
        if len(toks) < 3 or "identifier" not in lex.quals:
            return False
        if not any(s == 0 and e == 1 for _, s, e in lex.quals["identifier"]):
            return False
        covered = any(s <= 1 < e for sp in lex.spans for s, e in ((sp.start, sp.end),))
        return not covered and toks[1] != DIGIT

    def _rules(self, c: _Cand, info: _CatInfo, ctx: TableContext) -> Optional[_Cand]:
        alt_out = None
        for r in info.rules:
            w = r["when"]
            if "matched" in w and c.matched not in r["_matched"]:
                continue
            if "table" in w and not self._ctx_is(ctx, w["table"]):
                continue
            if "beside" in w and w["beside"] not in ctx.beside:
                continue
            adj = float(r.get("adjust", 0.0))
            where = (f"table '{{table}}' describes {'employees' if w.get('table') == 'employee' else w.get('table')}: "
                     if "table" in w else "")
            c.conf += adj
            c.ev.append(f"{where}{r['because']} ({adj:+.2f})")
            alt = r.get("alternative")
            if alt:
                acat = alt["category"]
                aconf = float(alt.get("confidence", 0.55))
                alt_out = _Cand(acat, aconf, c.matched,
                                [f"{where}{r['because']}: {acat} ({aconf:.2f})"], c.level, c.pos,
                                "rule")
        return alt_out

    @staticmethod
    def _ctx_is(ctx: TableContext, kind: str) -> bool:
        return {
            "person": ctx.subject == "person", "employee": ctx.employee, "family": ctx.family,
            "org": ctx.subject == "org", "lookup": ctx.subject == "lookup",
            "clinical": ctx.clinical, "payroll": ctx.payroll, "credential": ctx.credential,
            "linked": ctx.linked, "patient": ctx.patient,
        }.get(kind, False)

    def _best(self, cands: Iterable[_Cand]) -> Optional[_Cand]:
        best = None
        for c in cands:
            if best is None or c.conf > best.conf + 1e-9 or (
                    abs(c.conf - best.conf) <= 1e-9 and c.pos > best.pos):
                best = c
        return best

    def _text_evidence(self, col: ColumnFacts, cands: Dict[str, _Cand]) -> None:
        A, W = self.A, self.W
        sources: List[Tuple[str, str]] = []
        if col.comment:
            sources.append(("comment", col.comment))
        hints = dict(col.hints)
        for k in ("verbose_name", "help_text"):
            if hints.get(k):
                sources.append((k.replace("_", " "), hints[k]))
        for what, text in sources:
            for cid, level, phrase in self._text_matches(text):
                if cid not in self.cats:
                    continue
                # free text is noisy: alone, a comment or help text needs a strong term;
                # a verbose name (a field's label) may use ordinary terms too
                if cid not in cands and level != "strong" and what != "verbose name":
                    continue
                if cid in cands:
                    c = cands[cid]
                    if not any(e.startswith(what) for e in c.ev):
                        c.conf += A["comment_agrees"]
                        c.ev.append(f"{what} {text[:60]!r} agrees ('{phrase}') "
                                    f"({A['comment_agrees']:+.2f})")
                else:
                    conf = W[level] * A["comment_factor"]
                    cands[cid] = _Cand(cid, conf, phrase,
                                       [f"{what} {text[:60]!r} matches {cid} ('{phrase}', "
                                        f"{conf:.2f})"], level, 100, "comment")
        for k in ("field_class", "orm_type"):
            v = hints.get(k)
            if not v:
                continue
            orm_cid = self.orm.get(v.rsplit(".", 1)[-1].lower())
            if orm_cid and orm_cid in self.cats:
                cid = orm_cid
                # the field class says what the value is: it outranks name vocabulary
                if cid in cands:
                    cands[cid].conf = max(cands[cid].conf, W["strong"]) + 0.1
                    cands[cid].ev.append(f"{k.replace('_', ' ')} {v} agrees (+0.10)")
                else:
                    cands[cid] = _Cand(cid, W["strong"] + 0.05, v,
                                       [f"{k.replace('_', ' ')} {v} holds {cid} "
                                        f"({W['strong'] + 0.05:.2f})"],
                                       "strong", 100, "hint")

    def _lexicon_candidate(self, lex: Lex, t: TypeInfo, ctx: TableContext) -> Optional[_Cand]:
        """A lexicon entry in the name of a column of a patient's or a visit's
        table: evidence for the lexicon's category (a condition flag such as
        ``fever`` counts; a date, a key or a lookup's column does not)."""
        if not ctx.patient or ctx.subject in ("lookup", "org") or t.family in (
                "date", "datetime", "time", "interval", "uuid", "network", "search"):
            return None
        for name, lx in self.lexicons().items():
            hits = lx.hits(lex.tokens)
            if hits:
                conf = self.I["lexicon"]
                return _Cand(self.lexicon_evidence[name], conf, hits[0],
                             [f"'{hits[0]}' is in the {name} lexicon and table '{{table}}' is about "
                              f"a patient or a visit (inferred, {conf:.2f})"], "terms", 0, "inferred")
        return None

    def secret_purpose(self, tokens: Sequence[str]) -> Optional[str]:
        """The purpose a name gives the secret its last word names
        (``sms_confirmation_code`` -> ``confirmation``), or None."""
        if len(tokens) < 2 or tokens[-1] not in self.secret_nouns:
            return None
        head = tokens[:-1]
        for p in self.secret_purposes:
            n = len(p)
            if any(tuple(head[i:i + n]) == p for i in range(len(head) - n + 1)):
                return " ".join(p)
        return None

    def _purposed_secret(self, lex, col, fam, count_tok, meta_tok) -> Optional[_Cand]:
        """A text column named by what a secret is for and then the secret
        (``email_verification_token``, ``invitation_code``) holds a credential."""
        target = self.T.get("credential_store")
        if (not target or col.fk or col.primary_key or count_tok or meta_tok
                or fam not in (None, "text", "binary", "other")):
            return None
        purpose = self.secret_purpose(lex.tokens)
        if purpose is None:
            return None
        conf = self.I["credential_store"]
        return _Cand(target, conf, purpose,
                     [f"'{purpose}' says what the secret is for and '{lex.tokens[-1]}' names it: "
                      f"a one-time code or token (inferred, {conf:.2f})"], "terms", 0, "inferred")

    def _clinically_named(self, tokens: Sequence[str]) -> bool:
        """Whether what a code or name column is of (``kode_prognosa``,
        ``result_code``; nothing for a bare ``code``) is named by clinical
        words: a clinical-lexicon entry or a clinical table word."""
        rest = [t for t in tokens if t not in self.code_name_words and t != DIGIT
                and t not in self.code_text_words]
        if not rest:
            return True
        if any(lx.hits(tuple(rest)) for lx in self.lexicons().values()):
            return True
        tindex = self.table_index
        return all(tindex.get((t,), frozenset()) & {"clinical", "clinical_concept"} for t in rest)

    def _card_candidate(self, lex: Lex, col: ColumnFacts, ctx: "TableContext", fam,
                        count_tok, money_tok) -> Optional[_Cand]:
        """In a table of payment cards, a column named only by card words
        (``month``, ``year``, ``name``, ``last_digits``) is the card's data,
        and so is one that names a detail of a card word (``card_type``,
        ``expiry_date``: ``card_detail_words``, never alone)."""
        target = self.T.get("card")
        if (not target or not ctx.name or col.fk or count_tok or money_tok or not lex.tokens
                or fam not in (None, "text", "integer", "other", "date")):
            return None
        if "card" not in self.table_kinds(ctx.name).kinds:
            return None
        words = set(t for t in lex.tokens if t != DIGIT)
        values = words - self.card_detail_words
        if not values or not values <= self.card_words:
            return None
        if fam == "date" and values == words:  # a date column needs a date word: expiry_date
            return None
        conf = self.I["card"]
        return _Cand(target, conf, None,
                     [f"table '{{table}}' stores payment cards and '{col.name}' is one of a card's "
                      f"fields (inferred from the table, {conf:.2f})"], "terms", 0, "inferred")
