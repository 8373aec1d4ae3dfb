import pytest

from organiser.domain.errors import TemplateError, UnsupportedLanguageError, ValidationError
from organiser.domain.ordinals import ordinal_numeral, ordinal_word


@pytest.mark.parametrize("number, numeral", [
    (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
    (21, "21st"), (22, "22nd"), (23, "23rd"), (100, "100th"), (101, "101st"), (111, "111th"), (112, "112th"),
])
def test_english_numerals(number, numeral):
    assert ordinal_numeral(number, "en") == numeral


@pytest.mark.parametrize("number, word", [
    (1, "first"), (2, "second"), (3, "third"), (4, "fourth"), (5, "fifth"), (8, "eighth"), (9, "ninth"),
    (12, "twelfth"), (20, "twentieth"), (21, "twenty-first"), (40, "fortieth"), (99, "ninety-ninth"),
    (100, "one hundredth"), (105, "one hundred and fifth"),
])
def test_english_words(number, word):
    assert ordinal_word(number, "en") == word


def test_every_english_word_up_to_100_is_distinct_and_ends_as_an_ordinal():
    words = [ordinal_word(n, "en") for n in range(1, 101)]
    assert len(set(words)) == 100
    assert all(w.endswith(("st", "nd", "rd", "th")) for w in words)


@pytest.mark.parametrize("bad", [0, -1, True, 2.5])
def test_bad_numbers_are_refused(bad):
    with pytest.raises(ValidationError):
        ordinal_numeral(bad, "en")


def test_a_language_without_ordinals_says_so():
    with pytest.raises(UnsupportedLanguageError, match="'fr'"):
        ordinal_word(3, "fr")


# Vectors checked against each language's grammar: 1-10, the tens, a compound, 100.
VECTORS = {
    "tr": {1: "birinci", 2: "ikinci", 3: "üçüncü", 4: "dördüncü", 5: "beşinci", 6: "altıncı", 7: "yedinci",
           8: "sekizinci", 9: "dokuzuncu", 10: "onuncu", 20: "yirminci", 21: "yirmi birinci", 40: "kırkıncı",
           60: "altmışıncı", 90: "doksanıncı", 100: "yüzüncü"},
    "az": {1: "birinci", 2: "ikinci", 3: "üçüncü", 4: "dördüncü", 6: "altıncı", 7: "yeddinci", 8: "səkkizinci",
           9: "doqquzuncu", 10: "onuncu", 20: "iyirminci", 25: "iyirmi beşinci", 40: "qırxıncı", 50: "əllinci",
           80: "səksəninci", 90: "doxsanıncı", 100: "yüzüncü"},
    "kk": {1: "бірінші", 2: "екінші", 3: "үшінші", 4: "төртінші", 6: "алтыншы", 7: "жетінші", 9: "тоғызыншы",
           10: "оныншы", 20: "жиырмасыншы", 21: "жиырма бірінші", 40: "қырқыншы", 50: "елуінші", 90: "тоқсаныншы",
           100: "жүзінші"},
    "ky": {1: "биринчи", 2: "экинчи", 3: "үчүнчү", 4: "төртүнчү", 6: "алтынчы", 9: "тогузунчу", 10: "онунчу",
           20: "жыйырманчы", 40: "кыркынчы", 50: "элүүнчү", 90: "токсонунчу", 100: "жүзүнчү"},
    "uz": {1: "birinchi", 2: "ikkinchi", 3: "uchinchi", 4: "toʻrtinchi", 6: "oltinchi", 7: "yettinchi",
           9: "toʻqqizinchi", 10: "oʻninchi", 20: "yigirmanchi", 50: "ellikinchi", 100: "yuzinchi"},
    "ru": {1: "первое", 2: "второе", 3: "третье", 4: "четвёртое", 7: "седьмое", 10: "десятое", 21: "двадцать первое",
           40: "сороковое", 99: "девяносто девятое", 100: "сотое"},
}


@pytest.mark.parametrize("language, number, word", [(l, n, w) for l, v in VECTORS.items() for n, w in v.items()])
def test_ordinal_words(language, number, word):
    assert ordinal_word(number, language) == word


NUMERALS = {
    "tr": {1: "1'inci", 2: "2'nci", 3: "3'üncü", 4: "4'üncü", 6: "6'ncı", 9: "9'uncu", 40: "40'ıncı", 100: "100'üncü"},
    "az": {1: "1-ci", 3: "3-cü", 6: "6-cı", 9: "9-cu", 10: "10-cu", 40: "40-cı", 2024: None},
    "kk": {1: "1-ші", 6: "6-шы", 9: "9-шы", 50: "50-ші"},
    "ky": {3: "3-", 25: "25-"},
    "uz": {3: "3-"},
    "ru": {3: "3-е"},
}


@pytest.mark.parametrize("language, number, numeral",
                         [(l, n, w) for l, v in NUMERALS.items() for n, w in v.items() if w])
def test_ordinal_numerals(language, number, numeral):
    assert ordinal_numeral(number, language) == numeral


@pytest.mark.parametrize("form, word, numeral", [
    ("m", "третий", "3-й"), ("f", "третья", "3-я"), ("n", "третье", "3-е"),
    ("gen_m", "третьего", "3-го"), ("gen_f", "третьей", "3-й"), ("gen_n", "третьего", "3-го"),
])
def test_russian_ordinals_agree_with_their_noun(form, word, numeral):
    assert ordinal_word(3, "ru", form) == word
    assert ordinal_numeral(3, "ru", form) == numeral
    assert ordinal_word(2, "ru", form).startswith("втор")


@pytest.mark.parametrize("language", ["en", "ru", "tr", "az", "kk", "ky", "uz"])
def test_one_to_a_hundred_in_every_language(language):
    words = [ordinal_word(n, language) for n in range(1, 101)]
    numerals = [ordinal_numeral(n, language) for n in range(1, 101)]
    assert len(set(words)) == 100  # no two numbers share a word
    assert all(numeral.startswith(str(n)) for n, numeral in zip(range(1, 101), numerals))
    # A compound ends in the ordinal of its last part: 21 ends as 1 does, 35 as 5 does.
    for n in range(21, 100):
        if n % 10:
            assert words[n - 1].endswith(words[n % 10 - 1].split()[-1]), (language, n)
    suffixes = {"tr": ("inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü"),
                "az": ("inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü"),
                "kk": ("ншы", "нші"), "ky": ("нчы", "нчи", "нчу", "нчү"), "uz": ("nchi",),
                "ru": ("ое", "ье"), "en": ("st", "nd", "rd", "th")}[language]
    assert all(word.endswith(suffixes) for word in words), [w for w in words if not w.endswith(suffixes)]


@pytest.mark.parametrize(("year", "azerbaijani"), [
    (2025, "2025-ci"), (2026, "2026-cı"), (2029, "2029-cu"), (2030, "2030-cu"), (2033, "2033-cü"),
    (2034, "2034-cü"), (2000, "2000-ci"), (2100, "2100-cü")])
def test_years_take_the_ending_of_their_last_spoken_word(year, azerbaijani):
    assert ordinal_numeral(year, "az") == azerbaijani


def test_a_year_as_an_ordinal_in_a_clause():
    from organiser.domain.templates import render

    text = "{year:ordinal} ildə"
    assert render(text, {"year": 2026}, where="clause", language="az") == "2026-cı ildə"
    assert render(text, {"year": 2000}, where="clause", language="kk") == "2000-шы ildə"
    with pytest.raises(TemplateError):
        render("{year:word}", {"year": 2026}, where="clause", language="az")
