"""The message catalogues' tooling (docs/i18n.md), for maintainers and
tests, never for a run: a run only reads the compiled ``.mo`` files
through :mod:`schemalint.i18n`.

``python -m schemalint.translations extract`` writes the template
``schemalint/locale/schemalint.pot`` from

* every ``_("...")`` and ``ngettext("...", "...", n)`` in ``schemalint/``
  (read from the syntax tree: literal arguments only);
* the built-in rules' pages: summaries, headings and paragraphs
  (:func:`schemalint.rules.docs.messages`), which ``schemalint rule CODE``
  translates block by block;
* the default ruleset's category and purpose labels, which messages
  translate by their English text (:func:`schemalint.i18n.tr`).

``update LANG`` merges the template into ``locale/LANG/LC_MESSAGES/
schemalint.po`` (new messages arrive untranslated, removed ones go),
``compile [LANG...]`` writes the ``.mo`` next to each ``.po``, and
``check`` exits 1 when the template, a catalogue or a compiled file is
out of step (what ``tests/test_i18n.py`` asserts).  Babel is a
development dependency (``pip install -e '.[test]'``).
"""

from __future__ import annotations

import argparse
import ast
import datetime
import io
import os
import re
import sys
from typing import TYPE_CHECKING, Dict, List, Tuple, Union

from .i18n import DOMAIN, LOCALE_DIR

if TYPE_CHECKING:  # Babel is imported where a command needs it, never by a run
    from babel.messages.catalog import Message

#: a message in the code: a string, or (singular, plural)
CodeMessage = Union[str, Tuple[str, ...]]

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
POT = os.path.join(LOCALE_DIR, DOMAIN + ".pot")
KEYWORDS = ("_", "ngettext")
#: fixed, so that extracting twice writes the same file
DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def po_path(lang: str) -> str:
    return os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", DOMAIN + ".po")


def called(node: ast.Call) -> str:
    """The name a call calls: ``_`` for ``_(...)`` and ``i18n._(...)``
    (another object's method of that name is not a message)."""
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "i18n":
        return f.attr
    return ""


def code_messages() -> List[Tuple[str, CodeMessage]]:
    """(file, message) for every ``_()``/``ngettext()`` in the package, in
    file and line order; a message is a string, or a (singular, plural)
    tuple.  Read from the syntax tree, so a call inside an f-string is
    found on every Python version (a tokenizer-based extractor sees one
    only from Python 3.12 on); a call whose argument is not a literal is
    left out, and tests/test_i18n.py reports it."""
    out: List[Tuple[str, CodeMessage]] = []
    for root, dirs, files in os.walk(PACKAGE_DIR):
        dirs[:] = sorted(d for d in dirs if d not in ("locale", "__pycache__"))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read(), path)
            calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and called(n) in KEYWORDS]
            for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
                want = 2 if called(node) == "ngettext" else 1
                args = [a.value for a in node.args[:want] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if len(args) == want:
                    out.append((os.path.relpath(path, PACKAGE_DIR), args[0] if want == 1 else tuple(args)))
    return out


def data_messages() -> List[str]:
    """Texts translated as data: rule pages and ruleset labels."""
    from .audit.inventory import TIERS
    from .audit.risk import BANDS
    from .classify.ruleset import default_ruleset
    from .rules.docs import messages

    out = list(messages()) + list(BANDS) + list(TIERS)
    rs = default_ruleset()
    for cat in (getattr(rs, "categories", {}) or {}).values():
        if getattr(cat, "label", None):
            out.append(cat.label)
        coarser = getattr(cat, "coarser", None)
        if coarser and coarser not in rs.categories:  # a category id names a label; other text is itself
            out.append(coarser)
    for purpose in (getattr(rs, "purposes", {}) or {}).values():
        if getattr(purpose, "label", None):
            out.append(purpose.label)
    return out


def template():
    """The catalogue template, as Babel's Catalog."""
    from babel.messages.catalog import Catalog

    from . import __version__

    cat = Catalog(project="schemalint", version=__version__, domain=DOMAIN, creation_date=DATE,
                  revision_date=DATE, charset="utf-8", fuzzy=False)
    for _filename, message in code_messages():
        cat.add(message)
    for text in data_messages():
        if text not in cat:
            cat.add(text)
    return cat


def _po_bytes(catalog) -> bytes:
    from babel.messages.pofile import write_po

    buf = io.BytesIO()
    # no locations: a line moved in the code does not change the template
    write_po(buf, catalog, no_location=True, sort_output=True, width=100, omit_header=False)
    return buf.getvalue()


def read_po(path: str, locale=None):
    from babel.messages.pofile import read_po as _read

    with open(path, "rb") as fh:
        return _read(fh, locale=locale, domain=DOMAIN)


def compiled(po: str) -> bytes:
    """The ``.mo`` that compiling the ``.po`` at ``po`` gives."""
    from babel.messages.mofile import write_mo

    catalog = read_po(po)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def languages() -> List[str]:
    return sorted(d for d in os.listdir(LOCALE_DIR) if os.path.isfile(po_path(d)))


def extract() -> str:
    os.makedirs(LOCALE_DIR, exist_ok=True)
    with open(POT, "wb") as fh:
        fh.write(_po_bytes(template()))
    return POT


def update(lang: str) -> str:
    """Merge the template into ``lang``'s catalogue (created when new)."""
    from babel.messages.catalog import Catalog

    path = po_path(lang)
    if os.path.isfile(path):
        catalog = read_po(path, locale=lang)
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        catalog = Catalog(locale=lang, domain=DOMAIN, project="schemalint", creation_date=DATE,
                          revision_date=DATE, fuzzy=False)
    kept = {m.id: m.string for m in catalog.obsolete.values()}
    catalog.update(template(), no_fuzzy_matching=True)
    # as msgmerge does: a message that comes back (a merge, a reverted
    # edit) gets its obsolete translation back; the rest stay obsolete
    # (``#~`` entries, never compiled) until someone deletes them
    for msg in catalog:
        if msg.id and msg.id in kept and not translated(msg):
            msg.string = kept[msg.id]
            catalog.obsolete.pop(msg.id, None)
    from babel.messages.catalog import Message

    for mid, string in kept.items():
        if mid not in catalog and mid not in catalog.obsolete:
            catalog.obsolete[mid] = Message(mid, string)
    for mid in list(catalog.obsolete):
        if mid in catalog:
            del catalog.obsolete[mid]
    with open(path, "wb") as fh:
        fh.write(_po_bytes(catalog))
    return path


def compile_catalogues(langs: List[str]) -> List[str]:
    out = []
    for lang in langs or languages():
        mo = po_path(lang)[:-3] + ".mo"
        with open(mo, "wb") as fh:
            fh.write(compiled(po_path(lang)))
        out.append(mo)
    return out


def translated(msg) -> bool:
    """Does ``msg`` have a (non-empty) translation?"""
    s = msg.string
    return bool(s.strip()) if isinstance(s, str) else bool(s) and all(x and x.strip() for x in s)


def ids(catalog) -> Dict[str, Message]:
    """msgid (a string, or the singular of a plural) -> msgstr, header left out."""
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}


def placeholders(text: str) -> List[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems() -> List[str]:
    """Everything out of step: template vs code, catalogues vs template
    (missing, empty or placeholder-changing translations), ``.mo`` vs ``.po``."""
    out = []
    want = ids(template())
    try:
        have = ids(read_po(POT))
    except OSError:
        return [f"{POT}: missing: run python -m schemalint.translations extract"]
    for mid in sorted(set(want) - set(have), key=str):
        out.append(f"{POT}: not extracted: {mid!r}")
    for mid in sorted(set(have) - set(want), key=str):
        out.append(f"{POT}: no longer in the code: {mid!r}")
    for lang in languages():
        cat = ids(read_po(po_path(lang), locale=lang))
        for mid, msg in sorted(want.items(), key=lambda kv: str(kv[0])):
            got = cat.get(mid)
            strings = [] if got is None else ([got.string] if isinstance(got.string, str) else list(got.string or ()))
            if not strings or not all(s.strip() for s in strings):
                out.append(f"{po_path(lang)}: untranslated: {mid!r}")
                continue
            sources = [msg.id] if isinstance(msg.id, str) else list(msg.id)
            for s in strings:
                if placeholders(s) != placeholders(sources[0]) and placeholders(s) != placeholders(sources[-1]):
                    out.append(f"{po_path(lang)}: placeholders differ: {mid!r}")
        mo = po_path(lang)[:-3] + ".mo"
        try:
            with open(mo, "rb") as fh:
                if fh.read() != compiled(po_path(lang)):
                    out.append(f"{mo}: not compiled from its .po: run python -m schemalint.translations compile")
        except OSError:
            out.append(f"{mo}: missing")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m schemalint.translations",
                                description="Extract, update, compile and check the message catalogues.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="write schemalint/locale/schemalint.pot from the code")
    u = sub.add_parser("update", help="merge the template into a language's .po (creates it)")
    u.add_argument("lang")
    c = sub.add_parser("compile", help="compile .po files to .mo")
    c.add_argument("langs", nargs="*")
    sub.add_parser("check", help="exit 1 when a template, catalogue or .mo is out of step")
    args = p.parse_args(argv)
    if args.command == "extract":
        print(extract())
    elif args.command == "update":
        print(update(args.lang))
    elif args.command == "compile":
        for path in compile_catalogues(args.langs):
            print(path)
    else:
        bad = problems()
        for line in bad:
            print(line, file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
