import datetime as dt

import pytest

from organiser.domain.dates import DateTextError, parse_date

DAY = dt.date(2025, 9, 18)


@pytest.mark.parametrize("text, language", [
    ("18 September 2025", "en"), ("18 Sep 2025", "en"), ("September 18, 2025", "en"), ("18.09.2025", "en"),
    ("18/9/2025", "fr"), ("2025-09-18", "ru"), ("18 septembre 2025", "fr"), ("18. September 2025", "de"),
    ("18 сентября 2025", "ru"), ("18 Eylül 2025", "tr"), ("  18 SEPTEMBER 2025 ", "de"),
])
def test_usual_forms_are_read(text, language):
    assert parse_date(text, language) == DAY


@pytest.mark.parametrize("text", ["", "18 Septober 2025", "31.02.2025", "2025-13-01", "tomorrow", "18 2025"])
def test_other_text_is_refused_with_the_forms_understood(text):
    with pytest.raises(DateTextError):
        parse_date(text, "en")
