"""What each document language needs beyond babel: its phrasebook, kept as data in
``resources/languages/<code>.json`` so that a language is added without code.

A phrasebook holds the named date patterns its clauses use, the patterns by which a person is named in a
participants paragraph (per kind of delegation) and under a signature, and the CLDR locale whose list
pattern joins names ("A, B and C": en_GB, not en's "A, B, and C").
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from organiser import paths
from organiser.domain.errors import UnsupportedLanguageError


@dataclass(frozen=True)
class Phrasebook:
    language: str
    name: str
    cldr_locale: str
    date_patterns: dict[str, str]
    participant: dict[str, str]
    signature_name: str

    def language_name(self, code: str) -> str:
        """The name of language ``code`` as this language writes it ("English", "Azerbaijani")."""
        name = Locale.parse(self.cldr_locale).languages.get(code)
        if not name:
            raise UnsupportedLanguageError(code, f"naming in {self.language}")
        return name


def available_languages() -> list[str]:
    return sorted(path.stem for path in paths.resource("languages").glob("*.json"))


@lru_cache(maxsize=None)
def phrasebook(language: str) -> Phrasebook:
    # Looked up among the phrasebooks there are, not by making a path of it: a code is a user's text
    # ("../en", or one too long for a file name, which the system refuses with an error).
    if not isinstance(language, str) or language not in available_languages():
        raise UnsupportedLanguageError(language, f"documents (no phrasebook; available: {', '.join(available_languages())})")
    data = json.loads(paths.resource("languages", f"{language}.json").read_text(encoding="utf-8"))
    return Phrasebook(**data)
