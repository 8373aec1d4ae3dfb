import pytest

from organiser.domain.errors import UnsupportedLanguageError, ValidationError
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
    with pytest.raises(UnsupportedLanguageError, match="'kk'"):
        ordinal_word(3, "kk")
