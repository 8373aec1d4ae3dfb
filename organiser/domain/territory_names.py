"""Suggestions, from babel's CLDR data, for a state's name in a language our data lacks.

Our data is the authority: an official form often differs from CLDR's ("the Kyrgyz Republic", Russian
"Кыргызстан" where CLDR says "Киргизия"). So CLDR only *suggests* a short name for a person to accept
in the state's editor; a document never takes a name from here (a missing name stays an error).
"""
from __future__ import annotations

from collections.abc import Iterable

from organiser.domain.model import Language, State


def territory_name(code: str, language: Language) -> str | None:
    """CLDR's name of the territory ``code`` (ISO 3166 alpha-2) in ``language``, or None."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return None
    code = code.upper()
    if len(code) != 2 or not code.isalpha() or code == "ZZ":  # ZZ is CLDR's "Unknown Region"
        return None
    return locale.territories.get(code) or None


def name_suggestions(state: State, languages: Iterable[Language]) -> dict[Language, str]:
    """For each of ``languages`` in which ``state`` has no name: CLDR's short name, where CLDR has one."""
    suggestions = {}
    for language in languages:
        if language in state.names:
            continue
        name = territory_name(state.code, language)
        if name:
            suggestions[language] = name
    return suggestions
