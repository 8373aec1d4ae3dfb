"""Every validator of domain/validation.py on hostile values: it returns a clean value or raises the
documented ValidationError (a TemplateError for a clause text that is not a template), never another
exception; what it returns keeps the promises the rest of the program builds on."""
from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

from hypothesis import given
from hypothesis import strategies as st

from organiser.domain.errors import TemplateError, ValidationError
from organiser.domain.model import Clause, ClauseKind, Event, EventKind, Person, PersonName
from organiser.domain import validation
from organiser.domain.keys import slug
from organiser.domain.validation import (
    check_characters, check_key, check_names, check_text, safe_file_name, validate_clause, validate_event,
    validate_person,
)

from strategies import hostile_text

anything = st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=10), hostile_text,
                     st.lists(hostile_text, max_size=2))
names = st.dictionaries(st.one_of(st.sampled_from(["en", "ru", "tr", "az", "kk", "ky", "uz"]), hostile_text),
                        st.one_of(hostile_text, anything), max_size=4)
dates = st.one_of(st.none(), st.dates())


def _clean(text: str) -> bool:
    return all(unicodedata.category(c) not in ("Cs",) and (unicodedata.category(c) != "Cc" or c in "\n\t")
               and c not in "\u202a\u202b\u202c\u202d\u202e" for c in text)


@given(anything, st.booleans(), st.integers(0, 3000))
def test_check_text(value, required, limit):
    try:
        result = check_text("title", value, required=required, limit=limit)
    except ValidationError as error:
        assert error.field == "title" and error.problem
        return
    assert result == value.strip() and len(result) <= limit and _clean(result)
    assert result or not required


@given(hostile_text)
def test_check_characters(value):
    try:
        assert check_characters("venue", value) == value and _clean(value)
    except ValidationError as error:
        assert error.field == "venue" and not _clean(value)


@given(anything)
def test_check_key(value):
    try:
        assert check_key("key", value) == value
    except ValidationError as error:
        assert error.field == "key"
        return
    assert value.isascii() and value == value.lower() and 1 <= len(value) <= 80


@given(names, st.booleans())
def test_check_names(value, required):
    try:
        result = check_names("title", value, required=required)
    except ValidationError as error:
        assert error.field.startswith("title")
        return
    assert all(isinstance(text, str) and text and _clean(text) for text in result.values())
    assert result or not required


@given(names, names, names, names, dates, dates, st.one_of(st.none(), st.integers(), st.booleans()))
def test_validate_event(title, topic, city, venue, start, end, ordinal):
    event = Event(EventKind.SEMINAR, start, title=title, topic=topic, city=city, venue=venue, end_date=end,
                  ordinal=ordinal)
    try:
        validate_event(event)
    except ValidationError:
        return
    assert event.title and event.start_date is not None
    assert event.end_date is None or event.end_date >= event.start_date


person_names = st.builds(PersonName, given_name=hostile_text, surname=hostile_text, honorific=hostile_text,
                         rank=hostile_text, position=hostile_text)


@given(st.one_of(hostile_text, anything), st.dictionaries(st.sampled_from(["en", "ru", "az"]), person_names, max_size=3))
def test_validate_person(key, person_names_):
    person = Person(key, person_names_)
    try:
        validate_person(person)
    except ValidationError:
        return
    for name in person.names.values():
        assert name.given_name and name.surname and all(_clean(v) for v in vars(name).values())


@given(st.one_of(hostile_text, st.just("a-clause")), names,
       st.lists(st.one_of(hostile_text, anything), max_size=3), st.one_of(hostile_text, anything))
def test_validate_clause(key, texts, tags, note):
    clause = Clause(key, ClauseKind.OPERATIVE, texts, tags, note)
    try:
        validate_clause(clause)
    except (ValidationError, TemplateError):
        return
    assert clause.texts and all(_clean(text) for text in clause.texts.values())


@given(hostile_text)
def test_slug(text):
    result = slug(text)
    assert result and result.isascii() and all(c.isalnum() or c == "-" for c in result) and len(result) <= 60


@given(hostile_text, st.sampled_from(["", ".docx", ".pdf", ".json"]), st.integers(10, 200))
def test_safe_file_name_stays_in_its_folder(title, suffix, limit):
    name = safe_file_name(title, suffix=suffix, limit=limit)
    assert name and len(name) <= max(limit, len(suffix) + 1) and name.endswith(suffix)
    assert name not in (".", "..") and "/" not in name and "\\" not in name and ":" not in name
    assert _clean(name) and "\x00" not in name
    for pure in (PurePosixPath, PureWindowsPath):
        assert pure("folder", name).parent == pure("folder")
    stem = name.split(".")[0].strip().lower()
    assert stem not in validation._RESERVED_WINDOWS


def test_a_date_range_backwards_names_the_end_date():
    event = Event(EventKind.SEMINAR, dt.date(2025, 5, 2), title={"en": "x"}, end_date=dt.date(2025, 5, 1))
    try:
        validate_event(event)
    except ValidationError as error:
        assert error.field == "end date"
    else:
        raise AssertionError("an end date before the start date was accepted")
