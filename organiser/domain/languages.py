"""The languages the organiser works in, and what each needs beyond babel.

``SUPPORTED_LANGUAGES`` is the one list of them: the command line's help, the window's language menus and
the checks of what is entered all read it (``LANGUAGES`` its codes, ``LANGUAGE_NAMES`` their English
names). Each has a phrasebook, kept as data in ``resources/languages/<code>.json``.

A phrasebook holds the named date patterns its clauses use, the patterns by which a person is named in a
participants paragraph (per kind of delegation) and under a signature, and the CLDR locale whose list
pattern joins names ("A, B and C": en_GB, not en's "A, B, and C").
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from organiser import paths
from organiser.domain.errors import UnsupportedLanguageError


@dataclass(frozen=True)
class SupportedLanguage:
    """A language the organiser works in: its code (BCP 47, as babel takes it), its name in English (as
    the window's language menus show it) and the ICU locale whose collation orders its alphabet."""

    code: str
    english_name: str
    collation_locale: str


# In the order the window lists them. A language is added here and with its phrasebook file.
SUPPORTED_LANGUAGES = (
    SupportedLanguage("en", "English", "en_GB"),
    SupportedLanguage("ru", "Russian", "ru_RU"),
    SupportedLanguage("tr", "Turkish", "tr_TR"),
    SupportedLanguage("az", "Azerbaijani", "az_AZ"),
    SupportedLanguage("kk", "Kazakh", "kk_KZ"),
    SupportedLanguage("ky", "Kyrgyz", "ky_KG"),
    SupportedLanguage("uz", "Uzbek", "uz_UZ"),
)
LANGUAGES: tuple[str, ...] = tuple(language.code for language in SUPPORTED_LANGUAGES)
LANGUAGE_NAMES: dict[str, str] = {language.code: language.english_name for language in SUPPORTED_LANGUAGES}


def english_name(code: str) -> str:
    """The English name of language ``code`` ("Azerbaijani"), or the code itself for one not supported."""
    return LANGUAGE_NAMES.get(code, code)


@dataclass(frozen=True)
class Phrasebook:
    language: str
    cldr_locale: str
    date_patterns: dict[str, str]
    participant: dict[str, str]
    signature_name: str

    @property
    def name(self) -> str:
        """This language's name in English."""
        return english_name(self.language)

    def language_name(self, code: str) -> str:
        """The name of language ``code`` as this language writes it ("English", "Azerbaijani")."""
        from babel import Locale  # babel's data is loaded when a name is asked for, not when the CLI starts

        name = Locale.parse(self.cldr_locale).languages.get(code)
        if not name:
            raise UnsupportedLanguageError(code, f"naming in {self.language}")
        return name


def available_languages() -> list[str]:
    """The supported languages' codes in alphabetical order, as the document screens list them."""
    return sorted(LANGUAGES)


@lru_cache(maxsize=None)
def phrasebook(language: str) -> Phrasebook:
    # Looked up among the phrasebooks there are, not by making a path of it: a code is a user's text
    # ("../en", or one too long for a file name, which the system refuses with an error).
    if not isinstance(language, str) or language not in available_languages():
        raise UnsupportedLanguageError(language, f"documents (no phrasebook; available: {', '.join(available_languages())})")
    data = json.loads(paths.resource("languages", f"{language}.json").read_text(encoding="utf-8"))
    return Phrasebook(**data)
