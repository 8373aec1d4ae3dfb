"""Exporting an event's documents: the declaration, the signature sheet, the participants list, the programme.

Each export gathers what the document prints in one language (``*_content``), checks that every
name it needs exists in that language, then has its builder in organiser/documents/ write the Word
file; with ``pdf`` LibreOffice renders it beside the .docx. The workspace is only read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from organiser.documents.content import (
    DelegationEntry, Heading, ParticipantEntry, ParticipantsList, Programme, ProgrammeDay, ProgrammeEntry,
    SignatureSheet,
)
from organiser.documents.labels import labels
from organiser.domain.declaration import signature_rows
from organiser.domain.errors import MissingNameError, OrganiserError, UnsupportedLanguageError, ValidationError
from organiser.domain.model import Delegation, DelegationKind, Event, Language, Person, name_in
from organiser.domain.templates import upper
from organiser.services.events import get_event, ordered_delegations, programme
from organiser.storage import reference
from organiser.storage.db import Workspace

KINDS = ("declaration", "signature-sheet", "participants", "programme")
# Kinds the issue names that have no builder yet: the command line lists them and says so.
LATER_KINDS = ("place-cards", "seating")

T = TypeVar("T")


class MissingNamesError(OrganiserError):
    """A document needs names that do not exist in its language; ``missing`` lists what lacks one."""

    def __init__(self, document: str, language: Language, missing: list[str]):
        self.document = document
        self.language = language
        self.missing = missing
        super().__init__(f"cannot write the {document} in '{language}': no name in '{language}' for "
                         f"{', '.join(missing)}")


class _Names:
    """Collects every missing name of a document, so the user learns of all of them at once."""

    def __init__(self, document: str, language: Language):
        self.document = document
        self.language = language
        self.missing: list[str] = []

    def get(self, read: Callable[[], T], default: T) -> T:
        try:
            return read()
        except MissingNameError as error:
            if error.what not in self.missing:
                self.missing.append(error.what)
            return default

    def check(self) -> None:
        if self.missing:
            raise MissingNamesError(self.document, self.language, self.missing)


def pdf_path(out: str | Path) -> Path:
    """Where the PDF of the Word file ``out`` goes: beside it, with the suffix .pdf."""
    return Path(out).with_suffix(".pdf")


def export_document(workspace: Workspace, *, kind: str, event_id: int, out: str | Path, language: Language = "en",
                    force: bool = False, pdf: bool = False, page_per_signatory: bool = False) -> Path:
    """Write the event's document ``kind`` in ``language`` to ``out`` (.docx) and return its path;
    with ``pdf``, also render it to :func:`pdf_path` of ``out`` through LibreOffice.

    Nothing is written when a target exists (without ``force``), a name is missing, or ``pdf`` is
    asked and LibreOffice is not installed."""
    from organiser.documents.pdf import PdfUnavailableError, convert_to_pdf, libreoffice
    from organiser.services.files import check_target

    if kind in LATER_KINDS:
        raise OrganiserError(f"{kind} cannot be exported yet: only {', '.join(KINDS)} can")
    if kind not in KINDS:
        raise ValidationError("kind", f"'{kind}' is not a document (those are: {', '.join(KINDS)})")
    out = Path(out)
    check_target(out, force=force)
    if pdf:
        if pdf_path(out) == out:
            raise OrganiserError(f"{out}: give the Word file's name (.docx); the PDF is written beside it")
        check_target(pdf_path(out), force=force)
        if libreoffice() is None:
            raise PdfUnavailableError()

    if kind == "declaration":
        from organiser.documents.declaration import build_declaration
        from organiser.services.declarations import render_event_declaration

        written = build_declaration(render_event_declaration(workspace, event_id=event_id, language=language), out)
    elif kind == "signature-sheet":
        from organiser.documents.signature_sheet import build_signature_sheet

        written = build_signature_sheet(signature_sheet_content(workspace, event_id=event_id, language=language),
                                        out, page_per_signatory=page_per_signatory)
    elif kind == "participants":
        from organiser.documents.participants import build_participants

        written = build_participants(participants_content(workspace, event_id=event_id, language=language), out)
    else:
        from organiser.documents.programme import build_programme

        written = build_programme(programme_content(workspace, event_id=event_id, language=language), out)
    if pdf:
        convert_to_pdf(written, pdf_path(written))
    return written


# --- what each document prints ------------------------------------------------------------------------

def signature_sheet_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> SignatureSheet:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    delegations = ordered_delegations(workspace, event_id=event_id)
    names = _Names("signature sheet", language)
    heading = _heading(workspace, event, words["signature_sheet"], language, names)
    for delegation in delegations:
        if not delegation.signs:
            continue
        if delegation.institution is not None:
            names.get(lambda d=delegation: d.institution.name(language), "")
        if delegation.leader is not None:
            names.get(lambda d=delegation: d.leader.person.name(language), None)
    names.check()
    signing = [d for d in delegations if d.signs]
    if not signing:
        raise ValidationError("signature sheet", f"event {event_id} has no state delegation to sign")
    columns = (words["number"], words["institution"], words["name_position"], words["signature"])
    return SignatureSheet(language, heading, columns, signature_rows(signing, language))


def participants_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> ParticipantsList:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    names = _Names("list of participants", language)
    heading = _heading(workspace, event, words["participants"], language, names)
    entries = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        members = [_participant(member.person, language, names) for member in delegation.members]
        entries.append(DelegationEntry(names.get(lambda d=delegation: _delegation_heading(d, language), ""), members))
    names.check()
    if not entries:
        raise ValidationError("list of participants", f"event {event_id} has no delegations yet")
    return ParticipantsList(language, heading, entries)


def programme_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> Programme:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    items = programme(workspace, event_id=event_id)
    if not items:
        raise ValidationError("programme", f"event {event_id} has no programme items yet")
    persons = reference.persons(workspace.db)
    names = _Names("programme", language)
    heading = _heading(workspace, event, words["programme"], language, names)
    days: list[ProgrammeDay] = []
    current: dt.date | None = None
    for number, item in enumerate(items, start=1):
        if not days or (item.day is not None and item.day != current):
            current = item.day
            days.append(ProgrammeDay(_date_text(item.day, None, language) if item.day else "", []))
        speakers = [_speaker(persons[person_id], language, names) for person_id in item.speaker_ids]
        title = names.get(lambda i=item, n=number: name_in(i.title, language, f"programme item {n}"), "")
        days[-1].entries.append(ProgrammeEntry(title, _time_text(item.starts_at, item.ends_at), speakers))
    names.check()
    return Programme(language, heading, days)


# --- pieces -------------------------------------------------------------------------------------------

def _heading(workspace: Workspace, event: Event, title: str, language: Language, names: _Names) -> Heading:
    """The list's title, then the event's title, then its date and (if it has one) its city."""
    event_title = names.get(lambda: name_in(event.title, language, f"event {event.id} (its title)"), "")
    when = _date_text(event.start_date, event.end_date, language)
    city = names.get(lambda: name_in(event.city, language, f"event {event.id} (its city)"), "") if event.city else ""
    return Heading(title, tuple(line for line in (event_title, f"{when}, {city}" if city else when) if line))


def _date_text(start: dt.date, end: dt.date | None, language: Language) -> str:
    """A date as the language's phrasebook writes a day, month and year; babel's long date where
    the language has no phrasebook yet. A span of days is "start – end"."""
    from babel.dates import format_date

    from organiser.domain.languages import phrasebook

    try:
        book = phrasebook(language)
        pattern, locale = book.date_patterns.get("day_month_year", "long"), book.cldr_locale
    except UnsupportedLanguageError:
        pattern, locale = "long", language
    text = format_date(start, pattern, locale=locale)
    if end is not None and end != start:
        text = f"{text} – {format_date(end, pattern, locale=locale)}"
    return text


def _time_text(starts_at: dt.time | None, ends_at: dt.time | None) -> str:
    if starts_at is None:
        return ""
    return f"{starts_at:%H:%M}–{ends_at:%H:%M}" if ends_at else f"{starts_at:%H:%M}"


def _delegation_heading(delegation: Delegation, language: Language) -> str:
    """A state by its official name without article ("Republic of Azerbaijan"), an organisation by
    its full name, a guest by its institution."""
    if delegation.kind is DelegationKind.STATE and delegation.state is not None:
        return delegation.state.name(language).official
    if delegation.organisation is not None:
        return delegation.organisation.name(language).full
    if delegation.institution is not None:
        return delegation.institution.name(language)
    return delegation.code


def _person_name(person: Person, language: Language) -> tuple[str, str]:
    """Given name and SURNAME (capitals as the language writes them), and position."""
    name = person.name(language)
    return " ".join(part for part in (name.given_name, upper(name.surname, language)) if part), name.position


def _participant(person: Person, language: Language, names: _Names) -> ParticipantEntry:
    full, position = names.get(lambda: _person_name(person, language), ("", ""))
    return ParticipantEntry(full, position)


def _speaker(person: Person, language: Language, names: _Names) -> str:
    full, position = names.get(lambda: _person_name(person, language), ("", ""))
    return f"{full}, {position}" if position else full
