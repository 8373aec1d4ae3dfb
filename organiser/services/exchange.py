"""Moving events between workspaces as exchange files, and adding the built-in sample council."""
from __future__ import annotations

from pathlib import Path

from organiser import paths
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.limits import PACKAGE_CAPS
from organiser.domain.exchange import (
    DeclarationRecord, DelegationRecord, EventRecord, MemberRecord, Package, ProgrammeRecord, package_to_dict,
    parse_package,
)
from organiser.domain.model import Declaration, Delegation, Event, Member, ProgrammeItem
from organiser.services.changes import Change
from organiser.services.declarations import checked_values
from organiser.services.events import get_event
from organiser.services.files import read_json_file, write_json_file
from organiser.storage import clauses as clause_store
from organiser.storage import events as event_store
from organiser.storage import reference
from organiser.storage.db import Workspace

SAMPLE = ("sample", "ots-council.json")


def read_package_file(path: Path) -> Package:
    """Read and check an exchange file; every problem is an OrganiserError naming the file. A file over
    the size cap, a FIFO or a device is refused before it is read (files.read_limited)."""
    data = read_json_file(path, "an exchange file")
    try:
        return parse_package(data)
    except ValidationError as error:
        raise OrganiserError(f"{path}: {error}") from None


def write_package_file(package: Package, path: Path, *, force: bool = False) -> Path:
    return write_json_file(Path(path), package_to_dict(package), PACKAGE_CAPS, force=force)


def _same_event(workspace: Workspace, record: EventRecord, council_id: int | None) -> Event | None:
    for event in event_store.events(workspace.db):
        if (event.council_id == council_id and event.kind is record.kind and event.ordinal == record.ordinal
                and event.start_date == record.start_date):
            return event
    return None


def import_package(workspace: Workspace, *, package: Package, skip_existing_events: bool = False) -> Change:
    """Store ``package`` in one transaction: all of it or, on any error, nothing.

    Reference data already in the workspace (same code or key) is kept as it is, and where the file
    differs a note says so: a workspace's corrected spelling is never overwritten behind the user's back."""
    db = workspace.db
    notes: list[str] = []
    added: dict[str, list] = {}

    def keep_or_add(kind: str, ident: str, existing, incoming, save):
        if existing is None:
            save(incoming)
            # A change names records as every service does: states and organisations by code, the rest by id.
            added.setdefault(kind, []).append(ident if kind in ("state", "organisation") else incoming.id)
            return incoming
        if _comparable(existing) != _comparable(incoming):
            notes.append(f"{kind} {ident}: the workspace's version is kept; the file's differs")
        return existing

    with workspace.atomic():
        for state in package.states:
            keep_or_add("state", state.code, reference.state(db, state.code), state,
                        lambda s: reference.save_state(db, s))
        known_organisations = reference.organisations(db)
        for organisation in package.organisations:
            keep_or_add("organisation", organisation.code, known_organisations.get(organisation.code), organisation,
                        lambda o: reference.save_organisation(db, o))
        institutions = {i.key: keep_or_add("institution", i.key, reference.institution_by_key(db, i.key), i,
                                           lambda x: reference.save_institution(db, x)) for i in package.institutions}
        persons = {p.key: keep_or_add("person", p.key, reference.person_by_key(db, p.key), p,
                                      lambda x: reference.save_person(db, x)) for p in package.persons}
        councils = {c.key: keep_or_add("council", c.key, reference.council_by_key(db, c.key), c,
                                       lambda x: reference.save_council(db, x)) for c in package.councils}
        clauses = {c.key: keep_or_add("clause", c.key, clause_store.clause_by_key(db, c.key), c,
                                      lambda x: clause_store.save_clause(db, x)) for c in package.clauses}
        states = reference.states(db)
        organisations = reference.organisations(db)
        for number, record in enumerate(package.events):
            council_id = councils[record.council].id if record.council else None
            existing = _same_event(workspace, record, council_id)
            if existing is not None:
                label = record.title.get("en") or next(iter(record.title.values()), "?")
                if skip_existing_events:
                    notes.append(f"event {existing.id} ({label}) is already in the workspace; left as it is")
                    continue
                raise OrganiserError(f"the event '{label}' of {record.start_date} is already in this workspace "
                                     f"(event {existing.id}); nothing was imported")
            event = event_store.save_event(db, Event(
                kind=record.kind, start_date=record.start_date, end_date=record.end_date, title=record.title,
                topic=record.topic, ordinal=record.ordinal, council_id=council_id, city=record.city,
                country_code=record.country, venue=record.venue,
                host_institution_id=institutions[record.host_institution].id if record.host_institution else None,
                precedence_language=record.precedence_language, host_placement=record.host_placement))
            added.setdefault("event", []).append(event.id)
            event_store.add_delegations(db, event.id, [Delegation(
                kind=d.kind, state=states.get(d.state) if d.state else None,
                organisation=organisations.get(d.organisation) if d.organisation else None,
                institution=institutions[d.institution] if d.institution else None,
                members=[Member(persons[m.person], m.role) for m in d.members],
                manual_position=d.manual_position, manual_reason=d.manual_reason) for d in record.delegations])
            for p in record.programme:
                event_store.add_programme_item(db, event.id, ProgrammeItem(
                    p.title, p.starts_at, p.ends_at, p.day, [persons[key].id for key in p.speakers]))
            for index, d in enumerate(record.declarations):
                chosen = [clauses[key] for key in d.clauses]
                try:  # the values checked as the window checks them, now the file's states and persons are stored
                    values = checked_values(workspace, clauses=chosen, values=d.values)
                except ValidationError as error:
                    raise ValidationError(f"events[{number}].declarations[{index}].values", str(error)) from None
                clause_store.save_declaration(db, Declaration(
                    event.id, [clause.id for clause in chosen], d.languages, values, d.title))
    return Change(added={kind: tuple(ids) for kind, ids in added.items()}, notes=tuple(notes))


def _comparable(record) -> object:
    """A record without its workspace row id, to compare a stored one with one from a file."""
    values = dict(vars(record))
    values.pop("id", None)
    return values


def import_package_file(workspace: Workspace, *, path: Path) -> Change:
    return import_package(workspace, package=read_package_file(path))


def add_sample(workspace: Workspace) -> Change:
    """Add the built-in sample council; events already added before are left as they are."""
    return import_package(workspace, package=read_package_file(paths.resource(*SAMPLE)), skip_existing_events=True)


def export_event_package(workspace: Workspace, *, event_id: int) -> Package:
    """One event with its delegations, programme and declarations, and every record they refer to."""
    db = workspace.db
    event = get_event(workspace, event_id=event_id)
    all_institutions = reference.institutions(db)
    all_persons = reference.persons(db)
    all_clauses = clause_store.clauses(db)
    council = reference.councils(db).get(event.council_id) if event.council_id else None
    delegations = event_store.delegations(db, event_id)
    programme = event_store.programme(db, event_id)
    declarations = clause_store.declarations_of_event(db, event_id)
    host = all_institutions.get(event.host_institution_id) if event.host_institution_id else None

    used_states = {event.country_code} if event.country_code else set()
    used_organisations: set[str] = {council.organisation_code} if council and council.organisation_code else set()
    used_institutions = {host.key: host} if host else {}
    used_persons: dict[str, object] = {}
    for delegation in delegations:
        if delegation.state:
            used_states.add(delegation.state.code)
        if delegation.organisation:
            used_organisations.add(delegation.organisation.code)
        if delegation.institution:
            used_institutions[delegation.institution.key] = delegation.institution
        for member in delegation.members:
            used_persons[member.person.key] = member.person
    for item in programme:
        for person_id in item.speaker_ids:
            used_persons[all_persons[person_id].key] = all_persons[person_id]
    for declaration in declarations:
        host_code = declaration.values.get("next_meeting_host")
        if isinstance(host_code, str) and host_code:
            used_states.add(host_code)
    for institution in used_institutions.values():
        if institution.state_code:
            used_states.add(institution.state_code)
        if institution.organisation_code:
            used_organisations.add(institution.organisation_code)
    used_clause_ids = list(dict.fromkeys(cid for d in declarations for cid in d.clause_ids))

    states = reference.states(db)
    organisations = reference.organisations(db)
    record = EventRecord(
        council=council.key if council else None, kind=event.kind, ordinal=event.ordinal, title=event.title,
        topic=event.topic, start_date=event.start_date, end_date=event.end_date, city=event.city,
        country=event.country_code, venue=event.venue, host_institution=host.key if host else None,
        precedence_language=event.precedence_language, host_placement=event.host_placement,
        delegations=[DelegationRecord(
            d.kind, d.state.code if d.state else None, d.organisation.code if d.organisation else None,
            d.institution.key if d.institution else None,
            [MemberRecord(m.person.key, m.role) for m in d.members], d.manual_position, d.manual_reason)
            for d in delegations],
        programme=[ProgrammeRecord(p.title, p.day, p.starts_at, p.ends_at,
                                   [all_persons[i].key for i in p.speaker_ids]) for p in programme],
        declarations=[DeclarationRecord(d.title, d.languages, d.values, [all_clauses[i].key for i in d.clause_ids])
                      for d in declarations])
    return Package(
        states=[states[code] for code in sorted(used_states) if code in states],
        organisations=[organisations[code] for code in sorted(used_organisations)],
        institutions=sorted(used_institutions.values(), key=lambda i: i.key),
        persons=sorted(used_persons.values(), key=lambda p: p.key),
        councils=[council] if council else [],
        clauses=[all_clauses[i] for i in used_clause_ids],
        events=[record])
