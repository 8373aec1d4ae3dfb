"""Repository of events with their delegations, members and programme."""
from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from organiser.domain.model import Delegation, DelegationKind, Event, EventKind, Member, ProgrammeItem, Role
from organiser.storage import reference
from organiser.storage.reference import dumps, save_row


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _event(row: dict) -> Event:
    return Event(
        kind=EventKind(row["kind"]), start_date=_date(row["start_date"]), end_date=_date(row["end_date"]),
        title=json.loads(row["title"]), topic=json.loads(row["topic"]), ordinal=row["ordinal"],
        council_id=row["council_id"], city=json.loads(row["city"]), country_code=row["country_code"],
        venue=json.loads(row["venue"]), host_institution_id=row["host_institution_id"],
        precedence_language=row["precedence_language"], host_placement=row["host_placement"], id=row["id"])


def save_event(db: Database, event: Event) -> Event:
    record = {
        "kind": event.kind.value, "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "title": dumps(event.title), "topic": dumps(event.topic), "ordinal": event.ordinal,
        "council_id": event.council_id, "city": dumps(event.city), "country_code": event.country_code,
        "venue": dumps(event.venue), "host_institution_id": event.host_institution_id,
        "precedence_language": event.precedence_language, "host_placement": event.host_placement,
    }
    event.id = save_row(db, "events", event.id, record)
    return event


def event(db: Database, event_id: int) -> Event | None:
    try:
        return _event(db["events"].get(event_id))
    except NotFoundError:
        return None


def events(db: Database) -> list[Event]:
    return [_event(row) for row in db["events"].rows_where(order_by="start_date, id")]


def delete_event(db: Database, event_id: int) -> None:
    for declaration_id in [row["id"] for row in db["declarations"].rows_where("event_id = ?", [event_id])]:
        db["declaration_clauses"].delete_where("declaration_id = ?", [declaration_id])
    db["declarations"].delete_where("event_id = ?", [event_id])
    for item_id in [row["id"] for row in db["programme_items"].rows_where("event_id = ?", [event_id])]:
        db["programme_speakers"].delete_where("item_id = ?", [item_id])
    db["programme_items"].delete_where("event_id = ?", [event_id])
    for delegation_id in [row["id"] for row in db["delegations"].rows_where("event_id = ?", [event_id])]:
        db["delegation_members"].delete_where("delegation_id = ?", [delegation_id])
    db["delegations"].delete_where("event_id = ?", [event_id])
    db["events"].delete(event_id)


# --- delegations -------------------------------------------------------------------------------------

def add_delegation(db: Database, event_id: int, delegation: Delegation) -> Delegation:
    """Store ``delegation`` (its state, organisation, institution and persons already stored) with its members."""
    entry_order = db["delegations"].count_where("event_id = ?", [event_id])
    delegation.id = db["delegations"].insert({
        "event_id": event_id, "kind": delegation.kind.value,
        "state_code": delegation.state.code if delegation.state else None,
        "organisation_code": delegation.organisation.code if delegation.organisation else None,
        "institution_id": delegation.institution.id if delegation.institution else None,
        "entry_order": entry_order, "manual_position": delegation.manual_position,
        "manual_reason": delegation.manual_reason or None,
    }).last_pk
    for order, member in enumerate(delegation.members):
        member.id = db["delegation_members"].insert({
            "delegation_id": delegation.id, "person_id": member.person.id, "role": member.role.value,
            "entry_order": order}).last_pk
    return delegation


def add_delegations(db: Database, event_id: int, delegations: list[Delegation]) -> None:
    """Store many delegations of one event (an import) after those it has, as ``add_delegation`` does one
    by one, in two statements: an event of a thousand delegations is stored in milliseconds. The new rows'
    ids are given, following the largest (the caller's transaction holds the write lock)."""
    conn = db.conn
    entry_order = db["delegations"].count_where("event_id = ?", [event_id])
    first_id = (conn.execute("select max(id) from delegations").fetchone()[0] or 0) + 1
    rows, members = [], []
    for number, delegation in enumerate(delegations):
        delegation.id = first_id + number
        rows.append((delegation.id, event_id, delegation.kind.value, delegation.state.code if delegation.state else None,
                     delegation.organisation.code if delegation.organisation else None,
                     delegation.institution.id if delegation.institution else None, entry_order + number,
                     delegation.manual_position, delegation.manual_reason or None))
        members += [(delegation.id, m.person.id, m.role.value, n) for n, m in enumerate(delegation.members)]
    conn.executemany("insert into delegations (id, event_id, kind, state_code, organisation_code, institution_id, "
                     "entry_order, manual_position, manual_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("insert into delegation_members (delegation_id, person_id, role, entry_order) values (?, ?, ?, ?)",
                     members)


def delegations(db: Database, event_id: int) -> list[Delegation]:
    """The event's delegations in the order they were entered, each with its members resolved."""
    states = reference.states(db)
    organisations = reference.organisations(db)
    institutions = reference.institutions(db)
    rows = list(db["delegations"].rows_where("event_id = ?", [event_id], order_by="entry_order, id"))
    member_rows: dict[int, list[dict]] = {row["id"]: [] for row in rows}
    cursor = db.execute(  # all the event's members in one query, not one a delegation
        "select m.id, m.delegation_id, m.person_id, m.role from delegation_members m "
        "join delegations d on d.id = m.delegation_id where d.event_id = ? order by m.entry_order, m.id", [event_id])
    columns = [c[0] for c in cursor.description]
    for values in cursor.fetchall():
        member = dict(zip(columns, values))
        member_rows[member["delegation_id"]].append(member)
    persons = reference.persons_with_ids(db, (m["person_id"] for found in member_rows.values() for m in found))
    result = []
    for row in rows:
        members = [Member(persons[m["person_id"]], Role(m["role"]), m["id"]) for m in member_rows[row["id"]]]
        result.append(Delegation(
            kind=DelegationKind(row["kind"]), members=members,
            state=states.get(row["state_code"]) if row["state_code"] else None,
            organisation=organisations.get(row["organisation_code"]) if row["organisation_code"] else None,
            institution=institutions.get(row["institution_id"]) if row["institution_id"] else None,
            id=row["id"], manual_position=row["manual_position"], manual_reason=row["manual_reason"] or ""))
    return result


def persons_of_party(db: Database, *, state_code: str | None, organisation_code: str | None) -> set[int]:
    """The persons who were members of any delegation of the state or organisation, at any event."""
    column, code = ("state_code", state_code) if state_code else ("organisation_code", organisation_code)
    if not code:
        return set()
    return {row[0] for row in db.execute(
        f"select distinct m.person_id from delegation_members m join delegations d on d.id = m.delegation_id "
        f"where d.{column} = ?", [code]).fetchall()}


# --- programme ---------------------------------------------------------------------------------------

def add_programme_item(db: Database, event_id: int, item: ProgrammeItem) -> ProgrammeItem:
    entry_order = db["programme_items"].count_where("event_id = ?", [event_id])
    item.id = db["programme_items"].insert({
        "event_id": event_id, "entry_order": entry_order,
        "day": item.day.isoformat() if item.day else None,
        "starts_at": item.starts_at.isoformat(timespec="minutes") if item.starts_at else None,
        "ends_at": item.ends_at.isoformat(timespec="minutes") if item.ends_at else None,
        "title": dumps(item.title)}).last_pk
    for order, person_id in enumerate(item.speaker_ids):
        db["programme_speakers"].insert({"item_id": item.id, "person_id": person_id, "entry_order": order})
    return item


def replace_programme(db: Database, event_id: int, items: list[ProgrammeItem]) -> None:
    for item_id in [row["id"] for row in db["programme_items"].rows_where("event_id = ?", [event_id])]:
        db["programme_speakers"].delete_where("item_id = ?", [item_id])
    db["programme_items"].delete_where("event_id = ?", [event_id])
    for item in items:
        item.id = None
        add_programme_item(db, event_id, item)


def programme(db: Database, event_id: int) -> list[ProgrammeItem]:
    items = []
    for row in db["programme_items"].rows_where("event_id = ?", [event_id], order_by="entry_order, id"):
        speakers = [s["person_id"] for s in db["programme_speakers"].rows_where(
            "item_id = ?", [row["id"]], order_by="entry_order")]
        items.append(ProgrammeItem(json.loads(row["title"]), _time(row["starts_at"]), _time(row["ends_at"]),
                                   _date(row["day"]), speakers, row["id"]))
    return items


def delegation_event_id(db: Database, delegation_id: int) -> int | None:
    try:
        return db["delegations"].get(delegation_id)["event_id"]
    except NotFoundError:
        return None


def delete_delegation(db: Database, delegation_id: int) -> None:
    db["delegation_members"].delete_where("delegation_id = ?", [delegation_id])
    db["delegations"].delete(delegation_id)


def set_manual_position(db: Database, delegation_id: int, position: int | None, reason: str) -> None:
    db["delegations"].update(delegation_id, {"manual_position": position, "manual_reason": reason or None})


def clear_manual_positions(db: Database, event_id: int) -> None:
    db.execute("update delegations set manual_position = null, manual_reason = null where event_id = ?", [event_id])


def add_member(db: Database, delegation_id: int, member: Member) -> Member:
    entry_order = db["delegation_members"].count_where("delegation_id = ?", [delegation_id])
    member.id = db["delegation_members"].insert({
        "delegation_id": delegation_id, "person_id": member.person.id, "role": member.role.value,
        "entry_order": entry_order}).last_pk
    return member


def member_delegation_id(db: Database, member_id: int) -> int | None:
    try:
        return db["delegation_members"].get(member_id)["delegation_id"]
    except NotFoundError:
        return None


def delete_member(db: Database, member_id: int) -> None:
    db["delegation_members"].delete(member_id)


def set_member_role(db: Database, member_id: int, role: Role) -> None:
    db["delegation_members"].update(member_id, {"role": role.value})


def reorder_members(db: Database, delegation_id: int, member_ids: list[int]) -> None:
    """Put the delegation's members in the order of ``member_ids`` (the others after them, as they were)."""
    rows = list(db["delegation_members"].rows_where("delegation_id = ?", [delegation_id], order_by="entry_order, id"))
    ordered = [i for i in member_ids if any(r["id"] == i for r in rows)]
    ordered += [r["id"] for r in rows if r["id"] not in ordered]
    for order, member_id in enumerate(ordered):
        db["delegation_members"].update(member_id, {"entry_order": order})


def reorder_delegations(db: Database, event_id: int, delegation_ids: list[int]) -> None:
    """Put the event's delegations in the entry order of ``delegation_ids`` (the others after them)."""
    rows = [r["id"] for r in db["delegations"].rows_where("event_id = ?", [event_id], order_by="entry_order, id")]
    ordered = [i for i in delegation_ids if i in rows] + [i for i in rows if i not in delegation_ids]
    for order, delegation_id in enumerate(ordered):
        db["delegations"].update(delegation_id, {"entry_order": order})
