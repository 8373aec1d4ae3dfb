"""Checks of what a user enters, shared by the window and the command line. Each failure is a
ValidationError naming the field and the problem in plain words."""
from __future__ import annotations

import re
import unicodedata

from organiser.domain.declaration import check_placeholder_types
from organiser.domain.errors import ValidationError
from organiser.domain.keys import MAX_KEY
from organiser.domain.limits import MAX_CLAUSE_TEXT
from organiser.domain.model import (
    Clause, Event, Institution, Organisation, OrganisationName, Person, PersonName, State, StateName,
)
from organiser.domain.templates import parse

MAX_TEXT = 2000  # longer than any title, topic or name a protocol office writes
_KEY = re.compile(rf"^[a-z0-9][a-z0-9._-]{{0,{MAX_KEY - 1}}}$")


def check_text(field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """``value`` stripped; refused when required and empty, too long, or holding control characters."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be a text")
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "is required")
    if len(value) > limit:
        raise ValidationError(field, f"is too long ({len(value)} characters; at most {limit})")
    check_characters(field, value)
    return value


# Embeddings and overrides reorder what is shown without changing what is stored: a title could read
# otherwise on screen than in the file ("Trojan Source", CVE-2021-42574). Right-to-left text needs none of
# them; the marks (U+200E, U+200F) and isolates (U+2066–U+2069) stay allowed.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e")


# The characters check_characters refuses, as one class a regular expression finds at C speed (an exchange
# file of 100,000 delegations holds millions of characters): Unicode's Cc (U+0000–U+001F, U+007F–U+009F)
# but tab and line break, the bidirectional controls above, and the surrogates (Cs).
_REFUSED_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")


def has_refused_character(value: str) -> bool:
    """Whether check_characters would refuse ``value``."""
    return _REFUSED_CHARACTERS.search(value) is not None


def check_characters(field: str, value: str) -> str:
    """Refuse control characters other than line break and tab, bidirectional overrides, and lone
    surrogates (they cannot be stored as UTF-8; a JSON file can hold them as "\\ud800")."""
    found = _REFUSED_CHARACTERS.search(value)
    if found is not None:
        character = found.group()
        if unicodedata.category(character) == "Cs":
            raise ValidationError(field, f"contains an invalid character (a lone surrogate, U+{ord(character):04X})")
        raise ValidationError(field, f"contains a control character (U+{ord(character):04X})")
    return value


_QUOTED = re.compile(r"'([^']{61,})'")


def displayable(message: str, *, quoted_limit: int = 60) -> str:
    """An error message made safe to show or print: control characters, bidirectional overrides and the
    line and paragraph separators (U+2028, U+2029: a new line to whatever splits lines by Unicode) a value
    brought in are written as escapes (a terminal never runs them, a label never reorders, the message stays
    one line), and a quoted value longer than ``quoted_limit`` is cut with an ellipsis."""
    def escape(character: str) -> str:
        if (unicodedata.category(character) in ("Cc", "Cs", "Zl", "Zp") and character != "\n") \
                or character in _BIDI_CONTROLS:
            return f"\\u{ord(character):04x}" if ord(character) > 0xFF else f"\\x{ord(character):02x}"
        return character

    message = "".join(escape(c) for c in message).replace("\n", " ")
    return _QUOTED.sub(lambda m: f"'{m.group(1)[:quoted_limit - 1]}…'", message)


def check_key(field: str, value: str) -> str:
    if not isinstance(value, str) or not _KEY.match(value):
        raise ValidationError(field, f"must be 1–{MAX_KEY} lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
    return value


def check_names(field: str, names: dict[str, str], *, required: bool = False, limit: int = MAX_TEXT) -> dict[str, str]:
    cleaned = {language: check_text(f"{field} ({language})", text, limit=limit) for language, text in names.items()}
    cleaned = {language: text for language, text in cleaned.items() if text}
    if required and not cleaned:
        raise ValidationError(field, "is required in at least one language")
    return cleaned


def validate_event(event: Event) -> Event:
    event.title = check_names("title", event.title, required=True)
    event.topic = check_names("topic", event.topic)
    event.city = check_names("city", event.city)
    event.venue = check_names("venue", event.venue)
    if event.start_date is None:
        raise ValidationError("start date", "is required")
    if event.end_date is not None and event.end_date < event.start_date:
        raise ValidationError("end date", f"{event.end_date.isoformat()} is before the start date {event.start_date.isoformat()}")
    if event.ordinal is not None and (not isinstance(event.ordinal, int) or event.ordinal < 1 or event.ordinal > 999):
        raise ValidationError("number in the series", "must be a whole number from 1 to 999")
    return event


def validate_person(person: Person) -> Person:
    check_key("key", person.key)
    if not person.names:
        raise ValidationError("name", "is required in at least one language")
    cleaned = {}
    for language, name in person.names.items():
        cleaned[language] = PersonName(
            given_name=check_text(f"given name ({language})", name.given_name, required=True, limit=200),
            surname=check_text(f"surname ({language})", name.surname, required=True, limit=200),
            honorific=check_text(f"honorific ({language})", name.honorific, limit=50),
            rank=check_text(f"rank ({language})", name.rank, limit=100),
            position=check_text(f"position ({language})", name.position, limit=500))
    person.names = cleaned
    return person


def validate_clause(clause: Clause) -> Clause:
    check_key("key", clause.key)
    clause.texts = check_names("text", clause.texts, required=True, limit=MAX_CLAUSE_TEXT)
    for language, text in clause.texts.items():
        parse(text, f"clause {clause.key} ({language})")
    clause.tags = [check_text("tag", tag, required=True, limit=60) for tag in clause.tags]
    clause.note = check_text("note", clause.note)
    if clause.original_language and clause.original_language not in clause.texts:
        raise ValidationError("original language", f"'{clause.original_language}' is not one of the clause's languages")
    clause.placeholder_types = check_placeholder_types(clause.placeholder_types, "placeholder type")
    return clause


_STATE_CODE = re.compile(r"^[A-Z]{2}$")
_ORGANISATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")


def validate_state(state: State) -> State:
    if not isinstance(state.code, str) or not _STATE_CODE.match(state.code):
        raise ValidationError("code", f"'{state.code}' is not an ISO 3166 alpha-2 code (two capital letters, e.g. AZ)")
    if not state.names:
        raise ValidationError("name", "is required in at least one language")
    state.names = {language: StateName(
        short=check_text(f"short name ({language})", name.short, required=True, limit=200),
        official=check_text(f"official name ({language})", name.official, required=True, limit=300),
        article=check_text(f"article ({language})", name.article, limit=20)) for language, name in state.names.items()}
    return state


def validate_organisation(organisation: Organisation) -> Organisation:
    if not isinstance(organisation.code, str) or not _ORGANISATION_CODE.match(organisation.code):
        raise ValidationError("code", f"'{organisation.code}' must be 1–16 capital letters, digits or '-' (e.g. OTS)")
    if not organisation.names:
        raise ValidationError("name", "is required in at least one language")
    organisation.names = {language: OrganisationName(
        short=check_text(f"short name ({language})", name.short, required=True, limit=100),
        full=check_text(f"full name ({language})", name.full, required=True, limit=300),
        article=check_text(f"article ({language})", name.article, limit=20))
        for language, name in organisation.names.items()}
    return organisation


def validate_institution(institution: Institution) -> Institution:
    check_key("key", institution.key)
    institution.names = check_names("name", institution.names, required=True)
    if institution.state_code and institution.organisation_code:
        raise ValidationError("institution", "belongs to a state or to an organisation, not both")
    return institution


_RESERVED_WINDOWS = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def safe_file_name(text: str, *, suffix: str = "", limit: int = 120) -> str:
    """A file name made from a title ("3rd meeting — Declaration (en)"): letters of any script are kept,
    path separators, control and reserved characters are not, Windows' reserved names are avoided and
    the length is bounded, so an export can never land outside the folder the user chose."""
    cleaned = "".join(c if (c.isalnum() or c in " -_.,()'") and unicodedata.category(c) != "Cc" else " " for c in text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    if not cleaned or cleaned.lower().split(".")[0] in _RESERVED_WINDOWS:
        cleaned = f"document {cleaned}".strip()
    return cleaned[: max(1, limit - len(suffix))].rstrip(" .") + suffix
