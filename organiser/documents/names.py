"""Names as the documents print them, and the collecting of every name a document lacks.

A name missing in the document's language is never taken from another language: each gatherer reads
names through a :class:`NameCollector`, which notes what is missing and lets the gathering go on, so
that one :class:`MissingNamesError` lists everything the user has to add.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from babel.dates import format_date

from organiser.documents.content import Heading
from organiser.domain.errors import MissingNameError, OrganiserError, UnsupportedLanguageError
from organiser.domain.languages import phrasebook
from organiser.domain.model import Delegation, DelegationKind, Event, Language, Person, name_in
from organiser.domain.templates import upper

T = TypeVar("T")


class MissingNamesError(OrganiserError):
    """A document needs names that do not exist in its language; ``missing`` lists what lacks one.

    Several languages' errors merge into one (:meth:`merged`), so a user learns of all at once."""

    def __init__(self, document: str, language: Language, missing: list[str], *, message: str | None = None):
        self.document = document
        self.language = language
        self.missing = missing
        super().__init__(message or f"cannot write the {document} in '{language}': no name in '{language}' for "
                                    f"{', '.join(missing)}")

    @classmethod
    def merged(cls, errors: list[MissingNamesError]) -> MissingNamesError:
        if len(errors) == 1:
            return errors[0]
        languages = " and ".join(f"'{e.language}'" for e in errors)
        parts = "; ".join(f"no name in '{e.language}' for {', '.join(e.missing)}" for e in errors)
        return cls(errors[0].document, ",".join(e.language for e in errors),
                   [what for e in errors for what in e.missing],
                   message=f"cannot write the {errors[0].document} in {languages}: {parts}")


class NameCollector:
    """Collects every missing name of a document, so the user learns of all of them at once."""

    def __init__(self, document: str, language: Language):
        self.document = document
        self.language = language
        self.missing: list[str] = []

    def get(self, read: Callable[[], T], default: T) -> T:
        """What ``read`` returns, or ``default`` (noting the name it lacked) when a name is missing."""
        try:
            return read()
        except MissingNameError as error:
            if error.what not in self.missing:
                self.missing.append(error.what)
            return default

    def check(self) -> None:
        """Raise :class:`MissingNamesError` listing every name found missing so far."""
        if self.missing:
            raise MissingNamesError(self.document, self.language, self.missing)


def event_heading(event: Event, title: str, language: Language, names: NameCollector) -> Heading:
    """The document's title, then the event's title, then its date and (if it has one) its city, then
    (if it has one) its venue: every document that names the place names both."""
    event_title = names.get(lambda: name_in(event.title, language, f"event {event.id} (its title)"), "")
    when = date_text(event.start_date, event.end_date, language)
    city = names.get(lambda: name_in(event.city, language, f"event {event.id} (its city)"), "") if event.city else ""
    venue = (names.get(lambda: name_in(event.venue, language, f"event {event.id} (its venue)"), "")
             if event.venue else "")
    return Heading(title, tuple(line for line in (event_title, f"{when}, {city}" if city else when, venue) if line))


def date_text(start: dt.date, end: dt.date | None, language: Language) -> str:
    """A date as the language's phrasebook writes a day, month and year; babel's long date where
    the language has no phrasebook yet. A span of days is "start – end"."""
    try:
        book = phrasebook(language)
        pattern, locale = book.date_patterns.get("day_month_year", "long"), book.cldr_locale
    except UnsupportedLanguageError:
        pattern, locale = "long", language
    text = format_date(start, pattern, locale=locale)
    if end is not None and end != start:
        text = f"{text} – {format_date(end, pattern, locale=locale)}"
    return text


def time_text(starts_at: dt.time | None, ends_at: dt.time | None) -> str:
    """An item's time: "09:30", "09:30–10:15", or "" when it has none."""
    if starts_at is None:
        return ""
    return f"{starts_at:%H:%M}–{ends_at:%H:%M}" if ends_at else f"{starts_at:%H:%M}"


def delegation_heading(delegation: Delegation, language: Language) -> str:
    """A state by its official name without article ("Republic of Azerbaijan"), an organisation by
    its full name, a guest by its institution."""
    if delegation.kind is DelegationKind.STATE and delegation.state is not None:
        return delegation.state.name(language).official
    if delegation.organisation is not None:
        return delegation.organisation.name(language).full
    if delegation.institution is not None:
        return delegation.institution.name(language)
    return delegation.code


def short_name(delegation: Delegation, language: Language) -> str:
    """The name a small space holds: a state's short name, an organisation's short name."""
    if delegation.kind is DelegationKind.ORGANISATION and delegation.organisation is not None:
        return delegation.organisation.name(language).short
    return delegation.display_name(language)


def person_name(person: Person, language: Language) -> tuple[str, str]:
    """Given name and SURNAME (capitals as the language writes them), and position."""
    name = person.name(language)
    return " ".join(part for part in (name.given_name, upper(name.surname, language)) if part), name.position
