"""Ordinal numbers as numerals ("3rd", "3-cü", "3-е") and words ("third", "üçüncü", "третье"), per language.

babel (CLDR) has no spelled-out ordinals, and num2words is wrong where it matters here (Turkish
"yirmibir" for "yirmi bir", "3üncü" for "3'üncü"; no Kyrgyz or Uzbek), so they are written out here:
cardinal words per language, then each language's ordinal suffix by its own rule (Turkic vowel harmony;
Russian adjective endings by gender and case).

``form`` chooses the grammatical form where a language has several: Russian ordinals agree with their
noun ("m", "f", "n" for masculine, feminine, neuter; "gen_m", "gen_f", "gen_n" for the genitive) —
"третье заседание", "третья встреча". Languages without such agreement ignore it.
"""
from __future__ import annotations

from organiser.domain.errors import UnsupportedLanguageError, ValidationError

RUSSIAN_FORMS = ("m", "f", "n", "gen_m", "gen_f", "gen_n")


def _check(number: int, limit: int = 999) -> None:
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise ValidationError("ordinal", f"must be a whole number of 1 or more, not {number!r}")
    if number > limit:
        raise ValidationError("ordinal", f"{number} is beyond the ordinals written out (1 to {limit})")


# Numerals go as far as years: "2025-ci ildə" is how Azerbaijani writes "in 2025".
NUMERAL_LIMIT = 9999


# --- cardinals ----------------------------------------------------------------------------------------

_CARDINALS = {
    # units 1-9, tens 10-90, hundred
    "tr": (["bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
           ["on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"], "yüz"),
    "az": (["bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"],
           ["on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"], "yüz"),
    "kk": (["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"],
           ["он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"], "жүз"),
    "ky": (["бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"],
           ["он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"], "жүз"),
    "uz": (["bir", "ikki", "uch", "toʻrt", "besh", "olti", "yetti", "sakkiz", "toʻqqiz"],
           ["oʻn", "yigirma", "oʻttiz", "qirq", "ellik", "oltmish", "yetmish", "sakson", "toʻqson"], "yuz"),
}


def _turkic_cardinal_words(number: int, language: str) -> list[str]:
    units, tens, hundred = _CARDINALS[language]
    words = []
    hundreds, rest = divmod(number, 100)
    if hundreds:
        if hundreds > 1:  # "yüz", "жүз", "yuz" for a hundred, as in official texts; "bir yüz" is not written
            words.append(units[hundreds - 1])
        words.append(hundred)
    if rest >= 10:
        words.append(tens[rest // 10 - 1])
    if rest % 10:
        words.append(units[rest % 10 - 1])
    return words


# --- Turkic ordinal suffixes by vowel harmony ---------------------------------------------------------

_BACK_VOWELS = {"tr": "aıou", "az": "aıou", "kk": "аоұыя", "ky": "аоуыя", "uz": ""}
_ROUNDED = {"tr": "ouöü", "az": "ouöü", "ky": "оуөү"}
_VOWELS = {"tr": "aeıioöuü", "az": "aeəıioöuü", "kk": "аәеиоөұүыіэюяу", "ky": "аеёиоөуүыэюя",
           "uz": "aeiouʻ"}


def _last_vowel(word: str, language: str) -> str:
    for character in reversed(word.lower()):
        if character in _VOWELS[language] and character != "ʻ":
            return character
    return ""


def _harmony(word: str, language: str, options: str) -> str:
    """Pick one of four vowels (front unrounded, back unrounded, back rounded, front rounded) after ``word``."""
    vowel = _last_vowel(word, language)
    back = vowel in _BACK_VOWELS[language]
    rounded = vowel in _ROUNDED.get(language, "")
    front_plain, back_plain, back_round, front_round = options
    if rounded:
        return back_round if back else front_round
    return back_plain if back else front_plain


def _ends_in_vowel(word: str, language: str) -> bool:
    return word[-1].lower() in _VOWELS[language] and word[-1] != "ʻ"


def _tr_az_suffix(word: str, language: str) -> str:
    vowel = _harmony(word, language, "iıuü")
    return "nc" + vowel if _ends_in_vowel(word, language) else vowel + "nc" + vowel


def _turkic_ordinal_of(word: str, language: str) -> str:
    if language in ("tr", "az"):
        stem = "dörd" if language == "tr" and word == "dört" else word  # t softens to d before a vowel
        return stem + _tr_az_suffix(word, language)
    if language == "ky":
        vowel = _harmony(word, language, "иыуү")
        return word + ("нч" + vowel if _ends_in_vowel(word, language) else vowel + "нч" + vowel)
    if language == "kk":
        back = _last_vowel(word, language) in _BACK_VOWELS["kk"]
        if word == "жиырма":  # the one tens word written with -сыншы
            return "жиырмасыншы"
        if word == "қырық":  # its second vowel drops before the suffix
            return "қырқыншы"
        if word.endswith("у"):  # у after a vowel is a consonant (елу → елуінші)
            return word + "інші"
        if _ends_in_vowel(word, language):
            return word + ("ншы" if back else "нші")
        return word + ("ыншы" if back else "інші")
    if language == "uz":
        return word + ("nchi" if _ends_in_vowel(word, language) else "inchi")
    raise UnsupportedLanguageError(language, "ordinals")


def _turkic_ordinal_word(number: int, language: str) -> str:
    words = _turkic_cardinal_words(number, language)
    words[-1] = _turkic_ordinal_of(words[-1], language)
    return " ".join(words)


# "thousand", the last word spoken of a round thousand (2000: "iki min"), which the suffix follows.
_THOUSAND = {"tr": "bin", "az": "min", "kk": "мың", "ky": "миң", "uz": "ming"}


def _turkic_numeral(number: int, language: str) -> str:
    last = _turkic_cardinal_words(number % 1000, language)[-1] if number % 1000 else _THOUSAND[language]
    if language == "tr":
        # Turkish writes the suffix after an apostrophe: 1'inci, 3'üncü, 6'ncı (its own spelling rules).
        return f"{number}'{_tr_az_suffix(last, language)}"
    if language == "az":
        # Azerbaijani: 1-ci, 3-cü, 6-cı, 9-cu.
        return f"{number}-c{_harmony(last, language, 'iıuü')}"
    if language == "kk":
        back = _last_vowel(last, language) in _BACK_VOWELS["kk"]
        return f"{number}-{'шы' if back else 'ші'}"
    # Kyrgyz and Uzbek mark an ordinal numeral with a hyphen alone: 25-июль, 3-majlis.
    return f"{number}-"


# --- English -----------------------------------------------------------------------------------------

_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                 "nine": "ninth", "twelve": "twelfth"}


def _en_cardinal(number: int) -> str:
    if number < 20:
        return _EN_UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else "")
    hundreds, rest = divmod(number, 100)
    return f"{_EN_UNITS[hundreds]} hundred" + (f" and {_en_cardinal(rest)}" if rest else "")


def _en_ordinal_word(number: int) -> str:
    head, sep, last = _en_cardinal(number).rpartition(" ")
    stem, dash, final = last.rpartition("-")
    if final in _EN_IRREGULAR:
        final = _EN_IRREGULAR[final]
    elif final.endswith("y"):
        final = final[:-1] + "ieth"
    else:
        final += "th"
    return f"{head}{sep}{stem}{dash}{final}"


def _en_numeral(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


# --- Russian -----------------------------------------------------------------------------------------

# Ordinal stems with their declension: "hard" (-ый), "stressed" (-ой), "soft" (третий).
_RU_ORDINALS = {
    1: ("перв", "hard"), 2: ("втор", "stressed"), 3: ("трет", "soft"), 4: ("четвёрт", "hard"), 5: ("пят", "hard"),
    6: ("шест", "stressed"), 7: ("седьм", "stressed"), 8: ("восьм", "stressed"), 9: ("девят", "hard"),
    10: ("десят", "hard"), 11: ("одиннадцат", "hard"), 12: ("двенадцат", "hard"), 13: ("тринадцат", "hard"),
    14: ("четырнадцат", "hard"), 15: ("пятнадцат", "hard"), 16: ("шестнадцат", "hard"),
    17: ("семнадцат", "hard"), 18: ("восемнадцат", "hard"), 19: ("девятнадцат", "hard"),
    20: ("двадцат", "hard"), 30: ("тридцат", "hard"), 40: ("сороков", "stressed"), 50: ("пятидесят", "hard"),
    60: ("шестидесят", "hard"), 70: ("семидесят", "hard"), 80: ("восьмидесят", "hard"),
    90: ("девяност", "hard"), 100: ("сот", "hard"),
}
_RU_TENS = {20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят", 60: "шестьдесят", 70: "семьдесят",
            80: "восемьдесят", 90: "девяносто"}
_RU_HUNDREDS = {1: "сто", 2: "двести", 3: "триста", 4: "четыреста", 5: "пятьсот", 6: "шестьсот", 7: "семьсот",
                8: "восемьсот", 9: "девятьсот"}
_RU_ENDINGS = {
    "hard": {"m": "ый", "f": "ая", "n": "ое", "gen_m": "ого", "gen_f": "ой", "gen_n": "ого"},
    "stressed": {"m": "ой", "f": "ая", "n": "ое", "gen_m": "ого", "gen_f": "ой", "gen_n": "ого"},
    "soft": {"m": "ий", "f": "ья", "n": "ье", "gen_m": "ьего", "gen_f": "ьей", "gen_n": "ьего"},
}
# The numeral's ending is the word's last letters: 3-й, 3-я, 3-е, 3-го, 3-й.
_RU_NUMERAL_ENDINGS = {"m": "й", "f": "я", "n": "е", "gen_m": "го", "gen_f": "й", "gen_n": "го"}


def _ru_form(form: str | None) -> str:
    form = form or "n"
    if form not in RUSSIAN_FORMS:
        raise ValidationError("ordinal form", f"'{form}' is not one of {', '.join(RUSSIAN_FORMS)}")
    return form


def _ru_ordinal_word(number: int, form: str | None) -> str:
    form = _ru_form(form)
    hundreds, rest = divmod(number, 100)
    words = []
    if rest == 0:
        if hundreds > 1:
            raise ValidationError("ordinal", f"{number} in Russian words is not written out here (1 to 100, 101 to 999 but round hundreds)")
        stem, kind = _RU_ORDINALS[100]
        return stem + _RU_ENDINGS[kind][form]
    if hundreds:
        words.append(_RU_HUNDREDS[hundreds])
    if rest in _RU_ORDINALS:
        last = rest
    else:
        words.append(_RU_TENS[rest - rest % 10])
        last = rest % 10
    stem, kind = _RU_ORDINALS[last]
    words.append(stem + _RU_ENDINGS[kind][form])
    return " ".join(words)


# --- public ------------------------------------------------------------------------------------------

def ordinal_word(number: int, language: str, form: str | None = None) -> str:
    _check(number)
    if language == "en":
        return _en_ordinal_word(number)
    if language == "ru":
        return _ru_ordinal_word(number, form)
    if language in _CARDINALS:
        return _turkic_ordinal_word(number, language)
    raise UnsupportedLanguageError(language, "ordinals in words")


def ordinal_numeral(number: int, language: str, form: str | None = None) -> str:
    _check(number, NUMERAL_LIMIT)
    if language == "en":
        return _en_numeral(number)
    if language == "ru":
        return f"{number}-{_RU_NUMERAL_ENDINGS[_ru_form(form)]}"
    if language in _CARDINALS:
        return _turkic_numeral(number, language)
    raise UnsupportedLanguageError(language, "ordinal numerals")
