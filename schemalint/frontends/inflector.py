"""English inflection for the frameworks that derive table names from
class names: one engine, each framework's own rules.

Laravel (doctrine/inflector, ``Str::plural``/``Str::snake``) and Rails
(ActiveSupport's default inflections, ``String#pluralize``/``underscore``)
pluralise differently (``data``, ``goose``, ``status``...), and a table name
is right only when it is the one *that* framework forms.  So both use the
same :class:`Inflector` with their own rule tables: :data:`LARAVEL` and
:data:`RAILS`.  Projects' custom inflections are not known.

Snake case differs too: :func:`snake` is Laravel's ``Str::snake`` (class
names to table names), :func:`attribute_snake` the plain camelCase split
Laravel applies to accessor names, :func:`underscore` ActiveSupport's.
"""

from __future__ import annotations

import re
from typing import Iterable, List, Mapping, Optional, Pattern, Sequence, Tuple

Rule = Tuple[Pattern[str], str]


class Inflector:
    """Plural and singular of English words by a framework's rules.

    A word is returned unchanged when it is empty or uncountable (in
    ``uncountable`` as a whole lower-case word, or matched by
    ``uncountable_re``); an irregular word (``irregular``, keyed by its
    lower-case singular) takes its listed plural; otherwise the first rule
    whose pattern matches rewrites it once.  ``match_case`` gives the
    result the case of the word (Laravel's ``matchCase``: all upper case,
    or a capital first letter)."""

    def __init__(self, plural: Sequence[Rule], singular: Sequence[Rule] = (), *,
                 uncountable: Iterable[str] = (), uncountable_re: Optional[Pattern[str]] = None,
                 irregular: Optional[Mapping[str, str]] = None, match_case: bool = False) -> None:
        self.plural_rules = list(plural)
        self.singular_rules = list(singular)
        self.uncountable = frozenset(uncountable)
        self.uncountable_re = uncountable_re
        self.irregular = dict(irregular or {})
        self.match_case = match_case

    def _is_uncountable(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.uncountable:
            return True
        return self.uncountable_re is not None and self.uncountable_re.search(lower) is not None

    def _inflect(self, word: str, rules: Sequence[Rule], irregular: Mapping[str, str]) -> str:
        if not word or self._is_uncountable(word):
            return word
        out = word
        lower = word.lower()
        if lower in irregular:
            out = irregular[lower]
        else:
            for rx, rep in rules:
                if rx.search(word):
                    out = rx.sub(rep, word, count=1)
                    break
        if not self.match_case:
            return out
        if word.isupper() and len(word) > 1:
            return out.upper()
        if word[:1].isupper():
            return out[:1].upper() + out[1:]
        return out

    def pluralize(self, word: str) -> str:
        return self._inflect(word, self.plural_rules, self.irregular)

    def singularize(self, word: str) -> str:
        return self._inflect(word, self.singular_rules, {})


def _compile(rules: Iterable[Tuple[str, str]]) -> List[Rule]:
    return [(re.compile(p, re.I), r) for p, r in rules]


# --------------------------------------------------------------------------
# Laravel: doctrine/inflector's English rules, as Str::plural applies them
# --------------------------------------------------------------------------

_LARAVEL_UNCOUNTABLE = """
adulthood advice agenda aid aircraft alcohol ammo analytics anime athletics audio bison blood
bream buffalo butter carp cash cattle chassis chess clothing cod commerce compensation
cooperation coreopsis corps data debris deer diabetes digestion education elk emoji energy
equipment evidence excretion expertise feedback firmware fish flounder fun furniture gallows
garbage gold graffiti hardware headquarters health herpes highjinks homework housework
information jeans jedi justice kin knowledge kudos labour literature love machinery mackerel
mail media metadata mews money moose mud music manga news nutrition offspring only personnel
pike plankton pliers pokemon police pollution premises rain recommended related research rice
salmon scissors series sewage shambles sheep shrimp software species staff swine tennis traffic
transportation trout tuna wealth welfare wheat whiting wildebeest wildlife you
""".split()

_LARAVEL_UNCOUNTABLE_SUFFIX = re.compile(r"(?:[nrlm]ese|deer|fish|measles|ois|pox|sheep)$", re.I)

_LARAVEL_IRREGULAR = {
    "atlas": "atlases", "axe": "axes", "beef": "beefs", "brother": "brothers", "cafe": "cafes",
    "chateau": "chateaux", "niveau": "niveaux", "child": "children", "canvas": "canvases",
    "cookie": "cookies", "corpus": "corpuses", "cow": "cows", "criterion": "criteria",
    "curriculum": "curricula", "demo": "demos", "domino": "dominoes", "echo": "echoes",
    "foot": "feet", "fungus": "fungi", "ganglion": "ganglions", "gas": "gases", "genie": "genies",
    "genus": "genera", "goose": "geese", "graffito": "graffiti", "hippopotamus": "hippopotami",
    "hoof": "hoofs", "human": "humans", "iris": "irises", "larva": "larvae", "leaf": "leaves",
    "lens": "lenses", "loaf": "loaves", "man": "men", "medium": "media",
    "memorandum": "memoranda", "mongoose": "mongooses", "motto": "mottoes",
    "move": "moves", "mythos": "mythoi", "niche": "niches", "nucleus": "nuclei",
    "numen": "numina", "occiput": "occiputs", "octopus": "octopuses", "opus": "opuses",
    "ox": "oxen", "passerby": "passersby", "penis": "penises", "person": "people",
    "plateau": "plateaux", "runner-up": "runners-up", "safe": "safes", "sex": "sexes",
    "sieve": "sieves", "soliloquy": "soliloquies", "son-in-law": "sons-in-law",
    "syllabus": "syllabi", "testis": "testes", "thief": "thieves", "tooth": "teeth",
    "tornado": "tornadoes", "trilby": "trilbys", "turf": "turfs", "valve": "valves",
    "wave": "waves", "wife": "wives", "zombie": "zombies",
}

# first match wins
_LARAVEL_PLURAL = _compile((
    (r"(s)tatus$", r"\1tatuses"),
    (r"(quiz)$", r"\1zes"),
    (r"^(ox)$", r"\1en"),
    (r"([ml])ouse$", r"\1ice"),
    (r"(matr|vert|ind)(ix|ex)$", r"\1ices"),
    (r"(x|ch|ss|sh)$", r"\1es"),
    (r"([^aeiouy]|qu)y$", r"\1ies"),
    (r"(hive|gulf)$", r"\1s"),
    (r"(?:([^f])fe|([lr])f)$", r"\1\2ves"),
    (r"sis$", "ses"),
    (r"([ti])um$", r"\1a"),
    (r"(tax)on$", r"\1a"),
    (r"(c)riterion$", r"\1riteria"),
    (r"(p)erson$", r"\1eople"),
    (r"(m)an$", r"\1en"),
    (r"(c)hild$", r"\1hildren"),
    (r"(f)oot$", r"\1eet"),
    (r"(buffal|her|potat|tomat|volcan)o$", r"\1oes"),
    (r"(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|vir)us$", r"\1i"),
    (r"us$", "uses"),
    (r"(alias)$", r"\1es"),
    (r"(analys|ax|cris|test|thes)is$", r"\1es"),
    (r"s$", "s"),
    (r"^$", ""),
    (r"$", "s"),
))

#: Laravel's pluralizer (singular forms are not needed: Laravel guesses
#: tables from plurals only)
LARAVEL = Inflector(_LARAVEL_PLURAL, uncountable=_LARAVEL_UNCOUNTABLE,
                    uncountable_re=_LARAVEL_UNCOUNTABLE_SUFFIX, irregular=_LARAVEL_IRREGULAR,
                    match_case=True)


def snake(value: str) -> str:
    """Laravel's ``Str::snake``."""
    if value.islower() and " " not in value:
        return value
    value = "".join(w[:1].upper() + w[1:] for w in value.split())
    out = []
    for i, ch in enumerate(value):
        if i + 1 < len(value) and value[i + 1].isupper() and i >= 0:
            out.append(ch + "_")
        else:
            out.append(ch)
    return "".join(out).lower()


def attribute_snake(name: str) -> str:
    """An accessor's camelCase name as its attribute (``PasswordHash`` ->
    ``password_hash``): an underscore before each capital that follows a
    lower-case letter or digit."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def plural_studly(value: str) -> str:
    """Laravel's ``Str::pluralStudly``: pluralise the last StudlyCase word."""
    cut = 0
    for i in range(1, len(value)):
        if value[i].isupper():
            cut = i
    return value[:cut] + LARAVEL.pluralize(value[cut:])


# --------------------------------------------------------------------------
# Rails: ActiveSupport's default English inflections
# --------------------------------------------------------------------------

_RAILS_PLURALS = [  # (pattern, replacement); later rules win, as in ActiveSupport
    (r"$", "s"), (r"s$", "s"), (r"^(ax|test)is$", r"\1es"), (r"(octop|vir)us$", r"\1i"),
    (r"(octop|vir)i$", r"\1i"), (r"(alias|status)$", r"\1es"), (r"(bu)s$", r"\1ses"),
    (r"(buffal|tomat)o$", r"\1oes"), (r"([ti])um$", r"\1a"), (r"([ti])a$", r"\1a"),
    (r"sis$", "ses"), (r"(?:([^f])fe|([lr])f)$", r"\1\2ves"), (r"(hive)$", r"\1s"),
    (r"([^aeiouy]|qu)y$", r"\1ies"), (r"(x|ch|ss|sh)$", r"\1es"),
    (r"(matr|vert|ind)(?:ix|ex)$", r"\1ices"), (r"^(m|l)ouse$", r"\1ice"),
    (r"^(m|l)ice$", r"\1ice"), (r"^(ox)$", r"\1en"), (r"^(oxen)$", r"\1"), (r"(quiz)$", r"\1zes"),
]
_RAILS_SINGULARS = [
    (r"s$", ""), (r"(ss)$", r"\1"), (r"(n)ews$", r"\1ews"), (r"([ti])a$", r"\1um"),
    (r"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", r"\1sis"),
    (r"(^analy)(sis|ses)$", r"\1sis"), (r"([^f])ves$", r"\1fe"), (r"(hive)s$", r"\1"),
    (r"(tive)s$", r"\1"), (r"([lr])ves$", r"\1f"), (r"([^aeiouy]|qu)ies$", r"\1y"),
    (r"(s)eries$", r"\1eries"), (r"(m)ovies$", r"\1ovie"), (r"(x|ch|ss|sh)es$", r"\1"),
    (r"^(m|l)ice$", r"\1ouse"), (r"(bus)(es)?$", r"\1"), (r"(o)es$", r"\1"), (r"(shoe)s$", r"\1"),
    (r"(cris|test)(is|es)$", r"\1is"), (r"^(a)x[ie]s$", r"\1xis"), (r"(octop|vir)(us|i)$", r"\1us"),
    (r"(alias|status)(es)?$", r"\1"), (r"^(ox)en", r"\1"), (r"(vert|ind)ices$", r"\1ex"),
    (r"(matr)ices$", r"\1ix"), (r"(quiz)zes$", r"\1"), (r"(database)s$", r"\1"),
]
_RAILS_IRREGULARS = [("person", "people"), ("man", "men"), ("child", "children"), ("sex", "sexes"),
                     ("move", "moves"), ("zombie", "zombies")]
_RAILS_UNCOUNTABLE = ("equipment", "information", "rice", "money", "species", "series", "fish",
                      "sheep", "jeans", "police")


def _rails_irregular_rules(plural: bool) -> List[Tuple[str, str]]:
    """ActiveSupport's ``irregular(singular, plural)``: two rules each way,
    matching the end of the word and keeping the case of its first letter."""
    rules = []
    for singular, plur in _RAILS_IRREGULARS:
        target = plur[1:] if plural else singular[1:]
        rules.append((f"({singular[0]}){singular[1:]}$", "\\1" + target))
        rules.append((f"({plur[0]}){plur[1:]}$", "\\1" + target))
    return rules


#: ActiveSupport's inflector: irregulars are rules, later rules win (so the
#: lists are tried in reverse), uncountables match at the end of a word
RAILS = Inflector(
    _compile(reversed(_RAILS_PLURALS + _rails_irregular_rules(True))),
    _compile(reversed(_RAILS_SINGULARS + _rails_irregular_rules(False))),
    uncountable_re=re.compile(r"(?<![A-Za-z0-9_])(?:" + "|".join(_RAILS_UNCOUNTABLE) + r")$", re.I))


def underscore(name: str) -> str:
    """``ActiveSupport::Inflector.underscore`` of a demodulized name."""
    # one character before the boundary, not the run: the same result, and
    # no retry of a long capital run from each of its letters (quadratic)
    name = re.sub(r"([A-Z\d])([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()
