"""Ordinal numbers as numerals ("3rd") and words ("fourth"), per language.

babel (CLDR) has no spelled-out ordinals; English is written out here. Other languages answer with a
clear error until they are added (the seven-language issue adds them as data).
"""
from __future__ import annotations

from organiser.domain.errors import UnsupportedLanguageError, ValidationError

_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                 "nine": "ninth", "twelve": "twelfth"}


def _check(number: int) -> None:
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise ValidationError("ordinal", f"must be a whole number of 1 or more, not {number!r}")


def _en_cardinal(number: int) -> str:
    if number < 20:
        return _EN_UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_EN_UNITS[hundreds]} hundred" + (f" and {_en_cardinal(rest)}" if rest else "")
    raise ValidationError("ordinal", f"{number} is beyond the ordinals written in words (1 to 999)")


def _en_ordinal_of_cardinal(words: str) -> str:
    head, sep, last = words.rpartition(" ")
    stem, dash, final = last.rpartition("-")
    if final in _EN_IRREGULAR:
        final = _EN_IRREGULAR[final]
    elif final.endswith("y"):
        final = final[:-1] + "ieth"
    else:
        final += "th"
    return f"{head}{sep}{stem}{dash}{final}"


def ordinal_word(number: int, language: str) -> str:
    _check(number)
    if language == "en":
        return _en_ordinal_of_cardinal(_en_cardinal(number))
    raise UnsupportedLanguageError(language, "ordinals in words")


def ordinal_numeral(number: int, language: str) -> str:
    _check(number)
    if language == "en":
        if number % 100 in (11, 12, 13):
            return f"{number}th"
        return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
    raise UnsupportedLanguageError(language, "ordinal numerals")
