"""Collation vectors: each list is in its language's alphabetical order; sorting a shuffled copy must give it back."""
import random

import pytest

from organiser.domain.collation import sort_key
from organiser.domain.errors import UnsupportedLanguageError

VECTORS = {
    # Turkish: ç after c, ğ after g, ı before i, İ after I, ö after o, ş after s, ü after u.
    "tr": ["Cezayir", "Çad", "Gana", "Ğ", "Hırvatistan", "Hindistan", "Irak", "İran", "Oman", "Özbekistan",
           "Sudan", "Şili", "Tunus", "Türkiye", "Uganda", "Ürdün"],
    # Azerbaijani: ə after e, x after h, q after k, ı before i.
    "az": ["Efiopiya", "Əfqanıstan", "Hindistan", "Xorvatiya", "Irak", "İraq", "İran", "Keniya", "Qazaxıstan",
           "Qırğızıstan", "Latviya", "Özbəkistan", "Türkiyə"],
    # Kazakh: Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ Ү after У, Һ after Х, І after Ы.
    "kk": ["Ауған", "Әзірбайжан", "Грузия", "Ғана", "Кения", "Қазақстан", "Нигер", "Ңа", "Оман", "Өзбекстан",
           "Түркия", "Уганда", "Ұлыбритания", "Үндістан", "Хорватия", "Һонконг", "Шри-Ланка", "Ыс", "Іран", "Эстония"],
    # Kyrgyz: Ң after Н, Ө after О, Ү after У.
    "ky": ["Азербайжан", "Казакстан", "Кыргызстан", "Нигер", "Ң", "Оман", "Өзбекстан", "Түркия", "Уганда", "Үндістан"],
    # Uzbek (Latin): oʻ, gʻ, sh, ch come after z.
    "uz": ["Germaniya", "Ozarbayjon", "Qirgʻiziston", "Qozogʻiston", "Sudan", "Turkiya", "Xitoy", "Zambiya",
           "Oʻzbekiston", "Gʻana", "Shvetsiya", "Chexiya"],
    "ru": ["Азербайджан", "Ёмен", "Казахстан", "Кыргызстан", "Турция", "Узбекистан"],
    "en": ["Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Türkiye", "Uzbekistan"],
}


@pytest.mark.parametrize("language", VECTORS)
def test_alphabetical_order(language):
    expected = VECTORS[language]
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != expected
    assert sorted(shuffled, key=sort_key(language)) == expected


def test_an_unknown_language_is_refused():
    with pytest.raises(UnsupportedLanguageError):
        sort_key("xx")
