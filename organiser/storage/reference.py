"""Repository of the reference data an event draws on: states, organisations, institutions, persons, councils."""
from __future__ import annotations

import datetime as dt
import json
import operator

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from organiser.domain.model import (
    Council, Institution, Organisation, OrganisationName, Person, PersonName, State, StateName, StateStatus,
)


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# --- states and organisations -------------------------------------------------------------------------

def _state(row: dict) -> State:
    names = {lang: StateName(**name) for lang, name in json.loads(row["names"]).items()}
    return State(row["code"], StateStatus(row["status"]), names)


def save_state(db: Database, state: State) -> None:
    names = {lang: vars(name) for lang, name in state.names.items()}
    db["states"].upsert({"code": state.code, "status": state.status.value, "names": dumps(names)}, pk="code")


def states(db: Database) -> dict[str, State]:
    return records(db, "state")


def state(db: Database, code: str) -> State | None:
    try:
        return _state(db["states"].get(code))
    except NotFoundError:
        return None


def _organisation(row: dict) -> Organisation:
    names = {lang: OrganisationName(**name) for lang, name in json.loads(row["names"]).items()}
    return Organisation(row["code"], names)


def save_organisation(db: Database, organisation: Organisation) -> None:
    names = {lang: vars(name) for lang, name in organisation.names.items()}
    db["organisations"].upsert({"code": organisation.code, "names": dumps(names)}, pk="code")


def organisations(db: Database) -> dict[str, Organisation]:
    return records(db, "organisation")


# --- institutions, persons, councils: rows with an id and a stable key --------------------------------

def _institution(row: dict) -> Institution:
    return Institution(row["key"], json.loads(row["names"]), row["state_code"], row["organisation_code"], row["id"])


def save_institution(db: Database, institution: Institution) -> Institution:
    record = {"key": institution.key, "names": dumps(institution.names), "state_code": institution.state_code,
              "organisation_code": institution.organisation_code}
    institution.id = save_row(db, "institutions", institution.id, record)
    return institution


def institutions(db: Database) -> dict[int, Institution]:
    return records(db, "institution")


def institution_by_key(db: Database, key: str) -> Institution | None:
    return by_key(db, "institutions", key, _institution)


def _person(row: dict) -> Person:
    names = {lang: PersonName(**name) for lang, name in json.loads(row["names"]).items()}
    return Person(row["key"], names, row["id"])


def save_person(db: Database, person: Person) -> Person:
    record = {"key": person.key, "names": dumps({lang: vars(name) for lang, name in person.names.items()})}
    person.id = save_row(db, "persons", person.id, record)
    return person


def persons(db: Database) -> dict[int, Person]:
    return records(db, "person")


def persons_with_ids(db: Database, ids) -> dict[int, Person]:
    """Just the persons of ``ids`` (a delegation's members): a workspace may hold thousands of others."""
    return _rows_with(db, "persons", "id", ids, _person)


def _rows_with(db: Database, table: str, column: str, keys, make) -> dict:
    """The records of ``table`` whose ``column`` is one of ``keys``, made by ``make``, by that column."""
    keys = sorted(set(keys))
    found: dict = {}
    for start in range(0, len(keys), 500):  # below SQLite's limit of bound parameters
        chunk = keys[start:start + 500]
        found.update((row[column], make(row)) for row in db[table].rows_where(
            f"{column} in ({', '.join('?' * len(chunk))})", chunk))
    return found


def records(db: Database, kind: str) -> dict:
    """Every reference record of ``kind``, by its code or id, in the order of its listing column."""
    table, column, make, order = _RECORDS[kind]
    return {row[column]: make(row) for row in db[table].rows_where(order_by=order)}


def records_with_keys(db: Database, kind: str, keys) -> dict:
    """The reference records of ``kind`` ("state", "organisation", "institution", "person", "council")
    whose code or id is one of ``keys``: what a change touched, read again without reading the rest."""
    table, column, make, _order = _RECORDS[kind]
    return _rows_with(db, table, column, keys, make)


def count(db: Database, kind: str) -> int:
    """How many reference records of ``kind`` the workspace holds."""
    return db[_RECORDS[kind][0]].count


def sort_key(kind: str):
    """The order in which ``records()``, ``states()``, ``persons()`` … list the records of ``kind``."""
    return operator.attrgetter(_RECORDS[kind][3])


def person_by_key(db: Database, key: str) -> Person | None:
    return by_key(db, "persons", key, _person)


def _council(row: dict) -> Council:
    founded = row["founded_on"]
    return Council(row["key"], json.loads(row["names"]), row["organisation_code"],
                   dt.date.fromisoformat(founded) if founded else None,
                   json.loads(row["founded_in"] or "{}"), row["id"])


def save_council(db: Database, council: Council) -> Council:
    record = {"key": council.key, "names": dumps(council.names), "organisation_code": council.organisation_code,
              "founded_on": council.founded_on.isoformat() if council.founded_on else None,
              "founded_in": dumps(council.founded_in)}
    council.id = save_row(db, "councils", council.id, record)
    return council


def councils(db: Database) -> dict[int, Council]:
    return records(db, "council")


def council_by_key(db: Database, key: str) -> Council | None:
    return by_key(db, "councils", key, _council)


def by_key(db: Database, table: str, key: str, make):
    """The record of ``table`` whose stable key is ``key``, made by ``make``; None if there is none."""
    rows = list(db[table].rows_where("key = ?", [key], limit=1))
    return make(rows[0]) if rows else None


def save_row(db: Database, table: str, row_id: int | None, record: dict) -> int:
    """Insert ``record`` (no id yet) or update row ``row_id``; the row's id."""
    if row_id is None:
        return db[table].insert(record).last_pk
    db[table].update(row_id, record)
    return row_id


# Each kind of reference record: its table, the column it is known by, how a row becomes a record, and
# the column (an attribute of the record too) its listing is ordered by.
_RECORDS = {
    "state": ("states", "code", _state, "code"), "organisation": ("organisations", "code", _organisation, "code"),
    "institution": ("institutions", "id", _institution, "key"), "person": ("persons", "id", _person, "key"),
    "council": ("councils", "id", _council, "id"),
}
# The table of each kind of reference record; reference_data() names its groups by them.
TABLES = {kind: table for kind, (table, *_rest) in _RECORDS.items()}


# --- removing a record nothing refers to (undoing its creation) ------------------------------------------

_REFERENCES = {
    "states": [("institutions", "state_code"), ("delegations", "state_code"), ("events", "country_code")],
    "organisations": [("institutions", "organisation_code"), ("delegations", "organisation_code"),
                      ("councils", "organisation_code")],
    "institutions": [("delegations", "institution_id"), ("events", "host_institution_id")],
    "persons": [("delegation_members", "person_id"), ("programme_speakers", "person_id")],
}


def usages(db: Database, table: str, key) -> dict[str, int]:
    """How many rows of each other table refer to the row ``key`` of ``table`` (tables with none left out).
    Values entered in declarations are JSON, not columns: services.reference counts those."""
    found: dict[str, int] = {}
    for other, column in _REFERENCES[table]:
        number = db[other].count_where(f"{column} = ?", [key])
        if number:
            found[other] = found.get(other, 0) + number
    return found


def usage_count(db: Database, table: str, key) -> int:
    """How many rows of other tables refer to the row ``key`` of ``table``."""
    return sum(usages(db, table, key).values())


def delete_reference(db: Database, table: str, key) -> None:
    """Delete row ``key`` (a code or an id) of ``table``; the caller has checked nothing refers to it."""
    db[table].delete(key)
