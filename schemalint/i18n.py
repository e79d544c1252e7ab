"""Translations of what schemalint prints, through the standard gettext
machinery: one catalogue per language (``schemalint/locale/<lang>/
LC_MESSAGES/schemalint.mo``, compiled from its ``.po``), so another
language is a file, not code (docs/i18n.md).

``_`` marks and translates a message written in the code (always with a
literal argument, so that extraction finds it: ``_("{table} ...").format(
table=...)``); ``tr`` translates a text that is data rather than code (a
ruleset's category label, a paragraph of a rule's page), looked up in the
same catalogue by its English text.  ``set_language`` chooses the
catalogue for the rest of the run ("en", the source language, needs none);
:func:`choose` decides which: ``--lang``, else the configuration's
``lang``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else
English.

Machine formats (JSON, SARIF, GitLab, JUnit, CSV, Fides) are written in
English whatever the language: the commands set it only for the formats
people read (:data:`HUMAN_FORMATS`).  Codes, rule names, category ids,
fingerprints and keys are never translated.
"""

from __future__ import annotations

import gettext
import os
from typing import List, Mapping, Optional

DOMAIN = "schemalint"
LOCALE_DIR = os.path.join(os.path.dirname(__file__), "locale")
#: the language the messages are written in (no catalogue)
SOURCE = "en"
#: output formats that are read by people, and so are translated
HUMAN_FORMATS = ("text", "markdown", "github", "html")
#: the locale variables that name the user's language, in POSIX precedence
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE


class UnknownLanguage(ValueError):
    """A language with no catalogue; the message lists the available ones."""


def available() -> List[str]:
    """The languages schemalint speaks: English and every compiled catalogue."""
    out = [SOURCE]
    try:
        names = sorted(os.listdir(LOCALE_DIR))
    except OSError:
        names = []
    for name in names:
        if os.path.isfile(os.path.join(LOCALE_DIR, name, "LC_MESSAGES", DOMAIN + ".mo")):
            out.append(name)
    return out


def set_language(lang: str) -> None:
    """Translate into ``lang`` from now on (``en``: the messages as written);
    :class:`UnknownLanguage` when there is no catalogue for it."""
    global _current, _language
    lang = (lang or SOURCE).strip()
    if lang == SOURCE:
        _current, _language = gettext.NullTranslations(), SOURCE
        return
    if lang not in available():
        raise UnknownLanguage(_("unknown language {lang!r} (available: {languages})").format(
            lang=lang, languages=", ".join(available())))
    # fallback=False: a catalogue that cannot be read is an error, never English in disguise
    _current = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])
    _language = lang


def language() -> str:
    return _language


def from_locale(environ: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The language the user's locale names, when schemalint speaks it:
    the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set
    (``id_ID.UTF-8`` -> ``id``); None for ``C``, ``POSIX``, an unset locale
    or a language with no catalogue (English, then)."""
    env = os.environ if environ is None else environ
    for var in LOCALE_VARIABLES:
        value = (env.get(var) or "").strip()
        if not value:
            continue
        code = value.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
        return code if code in available() else None
    return None


def choose(cli: Optional[str], configured: Optional[str], environ: Optional[Mapping[str, str]] = None) -> str:
    """The run's language: ``--lang``, else the configuration's ``lang``,
    else the locale's, else English."""
    return cli or configured or from_locale(environ) or SOURCE


def _(message: str) -> str:
    """``message`` in the current language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)


def tr(text: str) -> str:
    """A text that is data (a category label from the ruleset, a block of
    a rule's documentation page) in the current language: its English
    text is the message id; text no catalogue holds (a project ruleset's
    own label, a plugin's page) stays as written."""
    return _current.gettext(text) if text else text


__all__ = ["DOMAIN", "LOCALE_DIR", "HUMAN_FORMATS", "UnknownLanguage", "available", "set_language", "language",
           "from_locale", "choose", "_", "ngettext", "tr"]
