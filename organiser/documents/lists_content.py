"""What the signature sheet, the participants list and the programme print, gathered in one language.

Everything is read through services; the plain data it makes is documents/content.py's, which the
builders beside this module lay out. A name missing in the language is an error listing every
missing one (:class:`~organiser.documents.names.MissingNamesError`), never a name from another language.
"""
from __future__ import annotations

import datetime as dt

from organiser.documents.content import (
    DelegationEntry, ParticipantEntry, ParticipantsList, Programme, ProgrammeDay, ProgrammeEntry, SignatureSheet,
)
from organiser.documents.labels import labels
from organiser.documents.names import (
    NameCollector, date_text, delegation_heading, event_heading, person_name, time_text,
)
from organiser.domain.declaration import signature_rows
from organiser.domain.errors import ValidationError
from organiser.domain.model import Language, Person, name_in
from organiser.services.reference_data import reference_data
from organiser.services.events import get_event, ordered_delegations, programme
from organiser.services.workspaces import Workspace


def signature_sheet_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> SignatureSheet:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    delegations = ordered_delegations(workspace, event_id=event_id)
    names = NameCollector("signature sheet", language)
    heading = event_heading(event, words["signature_sheet"], language, names)
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
    names = NameCollector("list of participants", language)
    heading = event_heading(event, words["participants"], language, names)
    entries = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        members = [_participant(member.person, language, names) for member in delegation.members]
        entries.append(DelegationEntry(names.get(lambda d=delegation: delegation_heading(d, language), ""), members))
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
    speakers_by_id = reference_data(workspace)["persons"]
    names = NameCollector("programme", language)
    heading = event_heading(event, words["programme"], language, names)
    days: list[ProgrammeDay] = []
    current: dt.date | None = None
    for number, item in enumerate(items, start=1):
        if not days or (item.day is not None and item.day != current):
            current = item.day
            days.append(ProgrammeDay(date_text(item.day, None, language) if item.day else "", []))
        speakers = [_speaker(speakers_by_id[person_id], language, names) for person_id in item.speaker_ids]
        title = names.get(lambda i=item, n=number: name_in(i.title, language, f"programme item {n}"), "")
        days[-1].entries.append(ProgrammeEntry(title, time_text(item.starts_at, item.ends_at), speakers))
    names.check()
    return Programme(language, heading, days)


def _participant(person: Person, language: Language, names: NameCollector) -> ParticipantEntry:
    full, position = names.get(lambda: person_name(person, language), ("", ""))
    return ParticipantEntry(full, position)


def _speaker(person: Person, language: Language, names: NameCollector) -> str:
    full, position = names.get(lambda: person_name(person, language), ("", ""))
    return f"{full}, {position}" if position else full
