"""The clause template language on any text and any values: parse and render raise only TemplateError,
a placeholder can never reach an attribute, an index, a call or an import, and text without braces
comes out as it went in."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from organiser.domain.errors import TemplateError
from organiser.domain.templates import DateValue, OrdinalValue, Placeholder, parse, placeholders, render

from strategies import hostile_text

# Text built from the pieces that matter to the parser, so that braces meet names, formats and junk.
pieces = st.sampled_from(["{", "}", "{{", "}}", "name", "x", ":", ".", "[0]", "()", "__class__", "upper", "word",
                          "long", " ", "!r", "__import__('os')", "{0}", "{}", "مؤتمر", "\x00", "\u202e"])
template_text = st.one_of(hostile_text, st.lists(st.one_of(pieces, hostile_text), max_size=12).map("".join))
value = st.one_of(st.none(), st.just(""), hostile_text, st.integers(),
                  st.builds(OrdinalValue, st.integers(-5, 2000), st.sampled_from(["en", "ru", "tr", "az", "kk", "ky", "uz", "xx"])),
                  st.builds(DateValue, st.dates(), st.just({"long": "d MMMM y", "day": "d"}), st.sampled_from(["en", "ru", "tr"])))
values = st.dictionaries(st.sampled_from(["name", "x", "__class__", "date", "number"]), value, max_size=5)

FORBIDDEN = ("__class__", "__import__", "__globals__", "__builtins__", "<class", "<function", "<module")


@given(template_text)
def test_parse_raises_only_template_errors(text):
    try:
        parts = parse(text, "clause x (en)")
    except TemplateError as error:
        assert error.where == "clause x (en)"
        return
    for part in parts:
        assert isinstance(part, str) or (isinstance(part, Placeholder) and part.name.isidentifier()
                                          and part.name == part.name.lower() and "." not in part.name)
    assert placeholders(text) == list(dict.fromkeys(p.name for p in parts if isinstance(p, Placeholder)))


@given(template_text, values, st.sampled_from(["en", "ru", "tr", "az", "kk", "ky", "uz"]))
def test_render_raises_only_template_errors_and_reaches_nothing_else(text, given_values, language):
    try:
        out = render(text, given_values, where="clause x", language=language)
    except TemplateError as error:
        assert error.where == "clause x"
        return
    for word in FORBIDDEN:
        if word in out:  # only if the template's own literal text or a value said it
            assert word in text.replace("{{", "{").replace("}}", "}") or any(
                isinstance(v, str) and word in v for v in given_values.values())


@given(hostile_text.filter(lambda t: "{" not in t and "}" not in t))
def test_text_without_braces_is_itself(text):
    assert render(text, {}, where="x", language="en") == text


@given(st.sampled_from(["{name.__class__}", "{name.__class__.__mro__}", "{name[0]}", "{name()}",
                        "{__import__('os').system('true')}", "{name!r}", "{name.__globals__}",
                        "{0.__class__}", "{name:{x}}", "{ name . upper }"]), values)
def test_known_escapes_are_refused(text, given_values):
    given_values = {"name": "Bakı", **given_values}
    try:
        out = render(text, given_values, where="x", language="en")
    except TemplateError:
        return
    raise AssertionError(f"{text!r} rendered as {out!r}")


def test_a_date_value_renders_with_its_pattern():
    assert render("{d:day}", {"d": DateValue(dt.date(2024, 7, 25), {"day": "d"}, "en")}, where="x",
                  language="en") == "25"
