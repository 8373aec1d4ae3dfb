"""Locale collation, the one place below the window where Qt is used: Qt's QCollator is ICU (the
PySide6 wheel bundles ICU 73), which orders Turkish ı/i/İ, Azerbaijani ə, q, x and the Kazakh
letters in their alphabets' places; the stdlib's locale module depends on the machine's locales."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from organiser.domain.errors import UnsupportedLanguageError
from organiser.domain.languages import SUPPORTED_LANGUAGES

# A language code → the ICU locale whose tailoring orders that language's alphabet.
COLLATION_LOCALES = {language.code: language.collation_locale for language in SUPPORTED_LANGUAGES}


@lru_cache(maxsize=None)
def sort_key(language: str) -> Callable[[str], object]:
    """A key function that sorts strings as ``language`` does (case and accents by ICU's rules)."""
    locale_name = COLLATION_LOCALES.get(language)
    if locale_name is None:
        raise UnsupportedLanguageError(language, "collation")
    from PySide6.QtCore import QCollator, QLocale  # Qt is imported only when an order is asked for

    collator = QCollator(QLocale(locale_name))
    return collator.sortKey
