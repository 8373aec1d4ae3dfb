"""The languages the organiser works in, and what each needs beyond babel.

``SUPPORTED_LANGUAGES`` is the one list of them: the command line's help, the window's language menus and
the checks of what is entered all read it (``LANGUAGES`` its codes, ``LANGUAGE_NAMES`` their English
names). Each has a phrasebook, kept as data in ``resources/languages/<code>.json``.

A phrasebook holds the named date patterns its clauses use, the patterns by which a person is named in a
participants paragraph (per kind of delegation) and under a signature, the CLDR locale whose date
patterns use, the conjunction that joins the last item of a list, and the names of languages as its running
text writes them (see Phrasebook).
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
    """What a language's documents need besides its clause texts, read from its data file.

    ``language_names`` are the names of languages as running text writes them before the word for
    "language" ("ingilis", "английском", "ағылшын"), not CLDR's display names, which in several of these
    languages are adverbs ("İngilizce", "inglizcha") or the wrong case; ``languages_phrase`` puts them
    with that word in the number a coordinated list takes: ``one`` for a single language, ``several``
    for two or more ("на английском и русском языках"). The noun's number follows how many languages
    are listed, not a count's plural category: "21 languages" never occurs, "A и B языках" always does.
    ``conjunction`` joins the last item of a list ("A, B and C"; kk "A, B және C"), which CLDR's list
    patterns leave out in some of these languages (kk gives "A, B, C")."""

    language: str
    cldr_locale: str
    date_patterns: dict[str, str]
    participant: dict[str, str]
    signature_name: str
    conjunction: str
    language_names: dict[str, str]
    languages_phrase: dict[str, str]

    @property
    def name(self) -> str:
        """This language's name in English."""
        return english_name(self.language)

    def language_name(self, code: str) -> str:
        """The name of language ``code`` as this language's running text writes it ("ingilis")."""
        name = self.language_names.get(code)
        if not name:
            raise UnsupportedLanguageError(code, f"naming in {self.language}")
        return name

    def join(self, items: list[str]) -> str:
        """``items`` as this language lists them: "A", "A and B", "A, B and C"."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.conjunction} {items[-1]}"

    def languages(self, codes: list[str]) -> str:
        """The languages ``codes`` as a text names them: "English and Russian", "английском и русском
        языках", "ingilis dilində"."""
        if not codes:
            raise UnsupportedLanguageError("", f"naming in {self.language}: no language given")
        pattern = self.languages_phrase["one" if len(codes) == 1 else "several"]
        return pattern.replace("{names}", self.join([self.language_name(code) for code in codes]))


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
