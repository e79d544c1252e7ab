"""Translations of what schemalint prints, through the standard gettext
machinery: one catalogue per language (``schemalint/locale/<lang>/
LC_MESSAGES/schemalint.mo``, compiled from its ``.po``), so another
language is a file, not code.

``_`` marks and translates a message; ``set_language`` chooses the
catalogue for the rest of the run ("en", the source language, needs none).
"""

from __future__ import annotations

import gettext
import os

DOMAIN = "schemalint"
LOCALE_DIR = os.path.join(os.path.dirname(__file__), "locale")

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(lang: str) -> None:
    """Translate into ``lang`` from now on (``en``: the messages as written)."""
    global _current, _language
    if lang in ("", "en"):
        _current, _language = gettext.NullTranslations(), "en"
        return
    _current = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])
    _language = lang


def language() -> str:
    return _language


def _(message: str) -> str:
    """``message`` in the current language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)
