"""The exchange file: events with the reference data they use, moved between workspaces as JSON.

Its format is documented in docs/exchange-format.md. ``parse_package`` checks a whole file before
anything is stored and names the first problem by its path in the file ("events[0].delegations[2].state:
unknown state 'XX'"), so an import is all or nothing. References between records are by stable
keys (ISO codes, organisation codes, institution and person keys), never by a workspace's row ids.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from organiser.domain.errors import ValidationError
from organiser.domain.model import (
    Clause, ClauseKind, Council, DelegationKind, EventKind, Institution, Organisation, OrganisationName, Person,
    PersonName, Role, State, StateName, StateStatus,
)
from organiser.domain.declaration import check_placeholder_types
from organiser.domain.protocol import HostPlacement
from organiser.domain.templates import parse
from organiser.domain.exchange_checks import check_package
from organiser.domain.limits import PACKAGE_CAPS, check_counts
from organiser.domain.json_reader import Reader, check_json_texts  # noqa: F401  (check_json_texts: services.library)

FORMAT = "organiser-package"
VERSION = 1


@dataclass
class MemberRecord:
    person: str
    role: Role


@dataclass
class DelegationRecord:
    kind: DelegationKind
    state: str | None
    organisation: str | None
    institution: str | None
    members: list[MemberRecord]
    manual_position: int | None = None
    manual_reason: str = ""


@dataclass
class ProgrammeRecord:
    title: dict[str, str]
    day: dt.date | None
    starts_at: dt.time | None
    ends_at: dt.time | None
    speakers: list[str]


@dataclass
class DeclarationRecord:
    title: str
    languages: list[str]
    values: dict[str, Any]
    clauses: list[str]


@dataclass
class EventRecord:
    council: str | None
    kind: EventKind
    ordinal: int | None
    title: dict[str, str]
    topic: dict[str, str]
    start_date: dt.date
    end_date: dt.date | None
    city: dict[str, str]
    country: str | None
    venue: dict[str, str]
    host_institution: str | None
    precedence_language: str
    host_placement: str = HostPlacement.IN_ORDER.value
    delegations: list[DelegationRecord] = field(default_factory=list)
    programme: list[ProgrammeRecord] = field(default_factory=list)
    declarations: list[DeclarationRecord] = field(default_factory=list)


@dataclass
class Package:
    states: list[State] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    councils: list[Council] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    note: str = ""


# --- reading -----------------------------------------------------------------------------------------

def _state(r: Reader) -> State:
    code = r.text("code")
    if len(code) != 2 or not code.isascii() or not code.isupper():
        raise ValidationError(r._where("code"), f"'{code}' is not an ISO 3166 alpha-2 code (two capital letters)")
    names = r.per_language("names", lambda n: StateName(n.text("short"), n.text("official"), n.text("article", required=False)))
    return State(code, r.enum("status", StateStatus), names)


def _organisation(r: Reader) -> Organisation:
    names = r.per_language("names", lambda n: OrganisationName(n.text("short"), n.text("full"), n.text("article", required=False)))
    return Organisation(r.text("code"), names)


def _person(r: Reader) -> Person:
    names = r.per_language("names", lambda n: PersonName(
        n.text("given_name"), n.text("surname"), n.text("honorific", required=False),
        n.text("rank", required=False), n.text("position", required=False)))
    return Person(r.text("key"), names)


def _clause(r: Reader) -> Clause:
    clause = Clause(r.text("key"), r.enum("kind", ClauseKind), r.names("texts"), r.texts("tags"),
                    r.text("note", required=False), original_language=r.text("original_language", required=False),
                    retired=r.get("retired", bool, required=False, default=False),
                    placeholder_types=check_placeholder_types(r.get("placeholder_types", dict, required=False, default={}),
                                                              r._where("placeholder_types")))
    if clause.original_language and clause.original_language not in clause.texts:
        raise ValidationError(r._where("original_language"),
                              f"'{clause.original_language}' is not one of the clause's languages")
    for language, text in clause.texts.items():
        parse(text, f"{r._where('texts')}.{language}")  # a malformed template is refused at the door
    return clause


def _event(r: Reader) -> EventRecord:
    ordinal = r.get("ordinal", int, required=False)
    if ordinal is not None and not 1 <= ordinal <= 999:
        raise ValidationError(r._where("ordinal"), "must be a whole number from 1 to 999")
    event = EventRecord(
        council=r.text("council", required=False) or None, kind=r.enum("kind", EventKind), ordinal=ordinal,
        title=r.names("title"), topic=r.names("topic", required=False), start_date=r.date("start_date"),
        end_date=r.date("end_date", required=False), city=r.names("city", required=False),
        country=r.text("country", required=False) or None, venue=r.names("venue", required=False),
        host_institution=r.text("host_institution", required=False) or None,
        precedence_language=r.text("precedence_language", required=False) or "en",
        host_placement=r.enum("host_placement", HostPlacement, default=HostPlacement.IN_ORDER).value)
    if event.end_date and event.end_date < event.start_date:
        raise ValidationError(r._where("end_date"), "is before the start date")
    for d in r.objects("delegations"):
        members = [MemberRecord(m.text("person"), m.enum("role", Role)) for m in d.objects("members")]
        event.delegations.append(DelegationRecord(
            d.enum("kind", DelegationKind), d.text("state", required=False) or None,
            d.text("organisation", required=False) or None, d.text("institution", required=False) or None, members,
            d.get("manual_position", int, required=False), d.text("manual_reason", required=False)))
    for p in r.objects("programme"):
        event.programme.append(ProgrammeRecord(p.names("title"), p.date("day", required=False), p.time("starts_at"),
                                               p.time("ends_at"), p.texts("speakers")))
    for d in r.objects("declarations"):
        event.declarations.append(DeclarationRecord(
            d.text("title", required=False), d.texts("languages") or ["en"], d.get("values", dict, required=False, default={}),
            d.texts("clauses")))
    return event


def parse_package(data: Any) -> Package:
    """Check and read an exchange file's JSON; every reference in it must resolve within the file."""
    check_counts(data, PACKAGE_CAPS)  # first: a file over a cap is not read further
    check_json_texts(data)
    r = Reader(data, "")
    if r.get("format", str) != FORMAT:
        raise ValidationError("format", f"must be '{FORMAT}': this is not an organiser exchange file")
    version = r.get("version", int)
    if version > VERSION:
        raise ValidationError("version", f"{version} is newer than this organiser reads ({VERSION})")
    package = Package(
        states=[_state(s) for s in r.objects("states")],
        organisations=[_organisation(o) for o in r.objects("organisations")],
        persons=[_person(p) for p in r.objects("persons")],
        clauses=[_clause(c) for c in r.objects("clauses")],
        events=[_event(e) for e in r.objects("events")],
        note=r.text("note", required=False))
    for i in r.objects("institutions"):
        package.institutions.append(Institution(i.text("key"), i.names("names"), i.text("state", required=False) or None,
                                                i.text("organisation", required=False) or None))
    for c in r.objects("councils"):
        package.councils.append(Council(c.text("key"), c.names("names"), c.text("organisation", required=False) or None,
                                        c.date("founded_on", required=False), c.names("founded_in", required=False)))
    _check_references(package)
    check_package(package)
    return package


def _unique(items, key, path: str) -> set[str]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        value = key(item)
        if value in seen:
            raise ValidationError(f"{path}[{index}]", f"'{value}' appears twice")
        seen.add(value)
    return seen


def _check_references(package: Package) -> None:
    states = _unique(package.states, lambda s: s.code, "states")
    organisations = _unique(package.organisations, lambda o: o.code, "organisations")
    institutions = _unique(package.institutions, lambda i: i.key, "institutions")
    persons = _unique(package.persons, lambda p: p.key, "persons")
    councils = _unique(package.councils, lambda c: c.key, "councils")
    clauses = _unique(package.clauses, lambda c: c.key, "clauses")

    def known(value, pool, path, what):
        if value is not None and value not in pool:
            raise ValidationError(path, f"unknown {what} '{value}' (not in the file's {what}s)")

    for index, institution in enumerate(package.institutions):
        known(institution.state_code, states, f"institutions[{index}].state", "state")
        known(institution.organisation_code, organisations, f"institutions[{index}].organisation", "organisation")
    for index, council in enumerate(package.councils):
        known(council.organisation_code, organisations, f"councils[{index}].organisation", "organisation")
    for e, event in enumerate(package.events):
        where = f"events[{e}]"
        known(event.council, councils, f"{where}.council", "council")
        known(event.country, states, f"{where}.country", "state")
        known(event.host_institution, institutions, f"{where}.host_institution", "institution")
        for d, delegation in enumerate(event.delegations):
            path = f"{where}.delegations[{d}]"
            known(delegation.state, states, f"{path}.state", "state")
            known(delegation.organisation, organisations, f"{path}.organisation", "organisation")
            known(delegation.institution, institutions, f"{path}.institution", "institution")
            needed = {DelegationKind.STATE: ("state", delegation.state),
                      DelegationKind.ORGANISATION: ("organisation", delegation.organisation),
                      DelegationKind.GUEST: ("institution", delegation.institution)}[delegation.kind]
            if needed[1] is None:
                raise ValidationError(f"{path}.{needed[0]}", f"is missing: a {delegation.kind.value} delegation needs one")
            for m, member in enumerate(delegation.members):
                known(member.person, persons, f"{path}.members[{m}].person", "person")
        for p, item in enumerate(event.programme):
            for s, speaker in enumerate(item.speakers):
                known(speaker, persons, f"{where}.programme[{p}].speakers[{s}]", "person")
            _unique(item.speakers, lambda key: key, f"{where}.programme[{p}].speakers")
        for d, declaration in enumerate(event.declarations):
            for c, clause in enumerate(declaration.clauses):
                known(clause, clauses, f"{where}.declarations[{d}].clauses[{c}]", "clause")


# --- writing -----------------------------------------------------------------------------------------

def _drop_empty(record: dict) -> dict:
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def package_to_dict(package: Package) -> dict:
    """The JSON form of ``package``, the inverse of ``parse_package``."""
    return _drop_empty({
        "format": FORMAT, "version": VERSION, "note": package.note,
        "states": [{"code": s.code, "status": s.status.value,
                    "names": {lang: _drop_empty(vars(n)) for lang, n in s.names.items()}} for s in package.states],
        "organisations": [{"code": o.code, "names": {lang: _drop_empty(vars(n)) for lang, n in o.names.items()}}
                          for o in package.organisations],
        "institutions": [_drop_empty({"key": i.key, "state": i.state_code, "organisation": i.organisation_code,
                                      "names": i.names}) for i in package.institutions],
        "persons": [{"key": p.key, "names": {lang: _drop_empty(vars(n)) for lang, n in p.names.items()}}
                    for p in package.persons],
        "councils": [_drop_empty({"key": c.key, "organisation": c.organisation_code, "names": c.names,
                                  "founded_on": c.founded_on.isoformat() if c.founded_on else None,
                                  "founded_in": c.founded_in}) for c in package.councils],
        "clauses": [_drop_empty({"key": c.key, "kind": c.kind.value, "texts": c.texts, "tags": c.tags, "note": c.note,
                                 "original_language": c.original_language, "retired": c.retired or None,
                                 "placeholder_types": c.placeholder_types})
                    for c in package.clauses],
        "events": [_event_to_dict(e) for e in package.events],
    }) | {"format": FORMAT, "version": VERSION}


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()


def _event_to_dict(event: EventRecord) -> dict:
    return _drop_empty({
        "council": event.council, "kind": event.kind.value, "ordinal": event.ordinal, "title": event.title,
        "topic": event.topic, "start_date": _iso(event.start_date), "end_date": _iso(event.end_date),
        "city": event.city, "country": event.country, "venue": event.venue,
        "host_institution": event.host_institution, "precedence_language": event.precedence_language,
        "host_placement": None if event.host_placement == HostPlacement.IN_ORDER else event.host_placement,
        "delegations": [_drop_empty({
            "kind": d.kind.value, "state": d.state, "organisation": d.organisation, "institution": d.institution,
            "members": [{"person": m.person, "role": m.role.value} for m in d.members],
            "manual_position": d.manual_position, "manual_reason": d.manual_reason}) for d in event.delegations],
        "programme": [_drop_empty({"title": p.title, "day": _iso(p.day), "starts_at": _iso(p.starts_at),
                                   "ends_at": _iso(p.ends_at), "speakers": p.speakers}) for p in event.programme],
        "declarations": [_drop_empty({"title": d.title, "languages": d.languages, "values": d.values,
                                      "clauses": d.clauses}) for d in event.declarations],
    })
