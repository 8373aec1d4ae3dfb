import datetime as dt

import pytest

from organiser.domain.errors import TemplateError
from organiser.domain.model import State, StateName, StateStatus
from organiser.domain.templates import DateValue, OrdinalValue, StateValue, parse, placeholders, render, upper

KG = State("KG", StateStatus.MEMBER, {"en": StateName("Kyrgyzstan", "Kyrgyz Republic", "the")})
PATTERNS = {"long": "MMMM d, y", "day": "d", "month": "MMMM", "year": "y"}


def test_placeholders_are_found_in_order_of_first_use():
    assert placeholders("{b} and {a:upper}, again {b}") == ["b", "a"]


def test_double_braces_are_literal():
    assert render("{{not a placeholder}} {x}", {"x": "yes"}, where="t", language="en") == "{not a placeholder} yes"


def test_values_are_formatted_by_type():
    values = {
        "date": DateValue(dt.date(2024, 7, 25), PATTERNS, "en_GB"),
        "n": OrdinalValue(4, "en"),
        "host": StateValue(KG, "en"),
    }
    text = "on {date:long}, the {date:day} of {date:month} {date:year}; the {n} or {n:word}; {host} / {host:bare} / {host:short}"
    assert render(text, values, where="t", language="en") == (
        "on July 25, 2024, the 25 of July 2024; the 4th or fourth; "
        "the Kyrgyz Republic / Kyrgyz Republic / Kyrgyzstan")


def test_unknown_placeholder_names_clause_and_placeholder():
    with pytest.raises(TemplateError) as error:
        render("Signed in {town}.", {"city": "Bishkek"}, where="clause closing", language="en")
    assert str(error.value) == "clause closing: placeholder {town} is unknown"
    assert error.value.placeholder == "town"


@pytest.mark.parametrize("empty", [None, ""])
def test_unfilled_placeholder_is_an_error(empty):
    with pytest.raises(TemplateError, match=r"clause next: placeholder \{year\} has no value"):
        render("in {year}", {"year": empty}, where="clause next", language="en")


def test_unknown_format_is_an_error_naming_the_choices():
    with pytest.raises(TemplateError, match="ordinal format 'roman' is not one of numeral, word"):
        render("{n:roman}", {"n": OrdinalValue(3, "en")}, where="c", language="en")


@pytest.mark.parametrize("template", [
    "{x.__class__}", "{x[0]}", "{x!r}", "{x.__init__.__globals__}", "{__import__('os')}", "{ x + 1 }",
    "{X}", "{0}", "{}", "unbalanced {", "unbalanced }",
])
def test_templates_cannot_reach_beyond_their_values(template):
    with pytest.raises(TemplateError):
        parse(template, "clause evil")


def test_turkish_and_azerbaijani_capitals_keep_the_dot():
    assert upper("Əliyev Şentürk ilkin ıslak", "az") == "ƏLİYEV ŞENTÜRK İLKİN ISLAK"
    assert upper("Aliyev", "en") == "ALIYEV"


def test_text_formats():
    values = {"p": "the Prosecutor General"}
    assert render("{p:capitalized}", values, where="c", language="en") == "The Prosecutor General"
    assert render("{p:upper}", values, where="c", language="en") == "THE PROSECUTOR GENERAL"
