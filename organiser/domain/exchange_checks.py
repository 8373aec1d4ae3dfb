"""An exchange file's records checked as the window checks what a user types (issue 15: an event imported
in language 'xx' could not be exported; a clause of 2,800,000 characters could be imported but not
exported again): the same validators (validation.py), the languages organiser supports, the lengths the
window allows, and no duplicates the window refuses (a state's second delegation at an event, a person
twice in one delegation, a second head). Each problem is a ValidationError naming its place in the file.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from organiser.domain.collation import COLLATION_LOCALES
from organiser.domain.errors import ValidationError
from organiser.domain.languages import available_languages
from organiser.domain.model import Role
from organiser.domain.validation import (
    check_key, check_names, check_text, validate_clause, validate_institution, validate_organisation,
    validate_person, validate_state,
)

if TYPE_CHECKING:  # a cycle otherwise: exchange.py calls check_package
    from organiser.domain.exchange import EventRecord, Package

T = TypeVar("T")
LEADING_ROLES = (Role.HEAD, Role.ORGANISATION_REPRESENTATIVE)  # a delegation has one of them (services.delegations)


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """The languages a name or text may be in: those the window offers (each has a phrasebook)."""
    return tuple(available_languages())


def check_languages(where: str, languages: Iterable[str], known: Iterable[str] | None = None) -> None:
    """Refuse a language code that is not one of ``known`` (default: the supported languages)."""
    known = tuple(known) if known is not None else supported_languages()
    for language in languages:
        if language not in known:
            raise ValidationError(f"{where}.{language}" if where else language,
                                  f"'{language}' is not a language organiser supports ({', '.join(known)})")


def as_in_the_window(where: str, check: Callable[[T], T], record: T) -> T:
    """``check(record)`` (a validator of validation.py), its refusal prefixed with the record's place."""
    try:
        return check(record)
    except ValidationError as error:
        raise ValidationError(where, str(error)) from None


def check_package(package: Package) -> None:
    """Check every record of ``package`` as the window would, cleaning them as it does (texts stripped)."""
    for field, records, validate in (("states", package.states, validate_state),
                                     ("organisations", package.organisations, validate_organisation),
                                     ("institutions", package.institutions, validate_institution),
                                     ("persons", package.persons, validate_person)):
        for index, record in enumerate(records):
            check_languages(f"{field}[{index}].names", record.names)
            as_in_the_window(f"{field}[{index}]", validate, record)
    for index, council in enumerate(package.councils):
        where = f"councils[{index}]"
        check_languages(f"{where}.names", council.names)
        check_languages(f"{where}.founded_in", council.founded_in)
        as_in_the_window(f"{where}.key", lambda key: check_key("key", key), council.key)
        council.names = as_in_the_window(where, lambda names: check_names("name", names, required=True), council.names)
        council.founded_in = as_in_the_window(where, lambda names: check_names("founded in", names), council.founded_in)
    for index, clause in enumerate(package.clauses):
        check_languages(f"clauses[{index}].texts", clause.texts)
        as_in_the_window(f"clauses[{index}]", validate_clause, clause)
    for index, event in enumerate(package.events):
        _check_event(f"events[{index}]", event)


def _check_event(where: str, event: EventRecord) -> None:
    for name in ("title", "topic", "city", "venue"):
        names = getattr(event, name)
        check_languages(f"{where}.{name}", names)
        setattr(event, name, as_in_the_window(where, lambda n: check_names(name, n, required=name == "title"), names))
    check_languages(f"{where}.precedence_language", [event.precedence_language], COLLATION_LOCALES)
    states: dict[str, int] = {}
    organisations: dict[str, int] = {}
    for d, delegation in enumerate(event.delegations):
        path = f"{where}.delegations[{d}]"
        for code, seen, what in ((delegation.state, states, "state"),
                                 (delegation.organisation, organisations, "organisation")):
            if code is not None and delegation.kind.value == what:
                if code in seen:
                    raise ValidationError(f"{path}.{what}", f"{code} already has a delegation at this event "
                                                            f"(delegations[{seen[code]}])")
                seen[code] = d
        persons: set[str] = set()
        leaders = 0
        for m, member in enumerate(delegation.members):
            if member.person in persons:
                raise ValidationError(f"{path}.members[{m}].person",
                                      f"'{member.person}' is already a member of this delegation")
            persons.add(member.person)
            leaders += member.role in LEADING_ROLES
            if leaders > 1:
                raise ValidationError(f"{path}.members[{m}].role", "the delegation already has a head")
        if delegation.manual_position is not None:
            if not 1 <= delegation.manual_position <= len(event.delegations):
                raise ValidationError(f"{path}.manual_position", f"must be from 1 to {len(event.delegations)}")
            delegation.manual_reason = as_in_the_window(
                f"{path}.manual_reason", lambda r: check_text("reason", r, required=True, limit=500),
                delegation.manual_reason)
        elif delegation.manual_reason:
            delegation.manual_reason = as_in_the_window(
                f"{path}.manual_reason", lambda r: check_text("reason", r, limit=500), delegation.manual_reason)
    for p, item in enumerate(event.programme):
        check_languages(f"{where}.programme[{p}].title", item.title)
        item.title = as_in_the_window(f"{where}.programme[{p}]",
                                      lambda n: check_names("title", n, required=True), item.title)
        if item.starts_at and item.ends_at and item.ends_at < item.starts_at:
            raise ValidationError(f"{where}.programme[{p}].ends_at", "is before the start time")
    for d, declaration in enumerate(event.declarations):
        path = f"{where}.declarations[{d}]"
        check_languages(f"{path}.languages", declaration.languages)
        if len(set(declaration.languages)) != len(declaration.languages):
            raise ValidationError(f"{path}.languages", "names a language twice")
        declaration.title = as_in_the_window(path, lambda t: check_text("title", t, limit=300), declaration.title)
