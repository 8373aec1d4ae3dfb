import datetime as dt

import pytest

from organiser.domain.errors import UnsupportedLanguageError
from organiser.domain.languages import available_languages, phrasebook
from organiser.domain.templates import DateValue, OrdinalValue, render

DAY = dt.date(2024, 7, 25)


def test_the_seven_document_languages_have_phrasebooks():
    assert set(available_languages()) >= {"en", "ru", "tr", "az", "kk", "ky", "uz"}


@pytest.mark.parametrize("language, long, day_month_year", [
    ("en", "July 25, 2024", "25 July 2024"),
    ("ru", "25 июля 2024\u202fг.", "25 июля 2024\u202fг."),
    ("tr", "25 Temmuz 2024", "25 Temmuz 2024"),
    ("az", "25 iyul 2024", "25 iyul 2024"),
    ("kk", "2024\u202fж. 25 шілде", "2024\u202fж. 25 шілде"),
    ("ky", "2024-ж., 25-июль", "2024-ж., 25-июль"),
    ("uz", "25-iyul, 2024", "25-iyul, 2024"),
])
def test_dates_in_each_language(language, long, day_month_year):
    book = phrasebook(language)
    date = DateValue(DAY, book.date_patterns, book.cldr_locale)
    assert date.format("long") == long
    assert date.format("day_month_year") == day_month_year


def test_the_reference_closing_formula_and_its_several_language_form():
    book = phrasebook("en")
    values = {"city": "Bishkek", "date": DateValue(DAY, book.date_patterns, book.cldr_locale),
              "languages": "English"}
    assert render("Signed in {city}, on the {date:day} of {date:month} {date:year}, in {languages}.", values,
                  where="c", language="en") == "Signed in Bishkek, on the 25 of July 2024, in English."
    values["languages"] = "English, Azerbaijani and Russian"
    assert render("Done at {city}, on {date:day_month_year}, in the {languages} languages, all texts being "
                  "equally authentic.", values, where="c", language="en") == (
        "Done at Bishkek, on 25 July 2024, in the English, Azerbaijani and Russian languages, all texts being "
        "equally authentic.")


def test_russian_ordinal_forms_from_a_template():
    values = {"n": OrdinalValue(3, "ru")}
    assert render("{n:word_n} заседание, {n:word_f} встреча, {n:numeral_m} съезд", values, where="c",
                  language="ru") == "третье заседание, третья встреча, 3-й съезд"


def test_an_unknown_language_names_the_available_ones():
    with pytest.raises(UnsupportedLanguageError, match="available: az, en"):
        phrasebook("fr")


def test_every_supported_language_has_a_phrasebook_and_every_phrasebook_a_supported_language():
    from organiser import paths
    from organiser.domain.languages import LANGUAGE_NAMES, LANGUAGES

    assert {path.stem for path in paths.resource("languages").glob("*.json")} == set(LANGUAGES)
    for code in LANGUAGES:
        book = phrasebook(code)
        assert book.language == code and book.name == LANGUAGE_NAMES[code]
        # The English names of the table are CLDR's (babel's) English names of the languages.
        assert phrasebook("en").language_name(code) == LANGUAGE_NAMES[code]


@pytest.mark.parametrize("language, one, two, three", [
    ("en", "English", "English and Russian", "English, Russian and Kazakh"),
    ("ru", "английском языке", "английском и русском языках", "английском, русском и казахском языках"),
    ("tr", "İngiliz dilinde", "İngiliz ve Rus dillerinde", "İngiliz, Rus ve Kazak dillerinde"),
    ("az", "ingilis dilində", "ingilis və rus dillərində", "ingilis, rus və qazax dillərində"),
    ("kk", "ағылшын тілінде", "ағылшын және орыс тілдерінде", "ағылшын, орыс және қазақ тілдерінде"),
    ("ky", "англис тилинде", "англис жана орус тилдеринде", "англис, орус жана казак тилдеринде"),
    ("uz", "ingliz tilida", "ingliz va rus tillarida", "ingliz, rus va qozoq tillarida"),
])
def test_signed_languages_are_named_in_the_number_and_with_the_conjunction_of_each_language(language, one, two, three):
    book = phrasebook(language)
    assert book.languages(["en"]) == one
    assert book.languages(["en", "ru"]) == two
    assert book.languages(["en", "ru", "kk"]) == three


def test_every_phrasebook_names_every_supported_language():
    from organiser.domain.languages import LANGUAGES

    for language in LANGUAGES:
        book = phrasebook(language)
        assert set(book.language_names) == set(LANGUAGES), language
        assert book.languages(list(LANGUAGES)).count(f" {book.conjunction} ") == 1


def test_a_language_a_phrasebook_cannot_name_is_refused_not_guessed():
    with pytest.raises(UnsupportedLanguageError):
        phrasebook("kk").languages(["fr"])


def test_a_kazakh_list_of_participants_has_its_conjunction():
    # CLDR's Kazakh list pattern is "A, B, C"; a document needs "A, B және C".
    assert phrasebook("kk").join(["А", "Б", "В"]) == "А, Б және В"
    assert phrasebook("en").join(["A", "B", "C"]) == "A, B and C"  # en_GB's: no comma before "and"
