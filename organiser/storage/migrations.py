"""Ordered schema migrations: migration N brings a workspace from schema N-1 to N. Never edit one that
has shipped; add the next. Names per language are JSON objects ({"en": ..., "az": ...})."""
from __future__ import annotations

import datetime as dt

import sqlite_utils

# PRAGMA application_id marks the file as ours ("ORGA"); see https://www.sqlite.org/pragma.html#pragma_application_id
APPLICATION_ID = 0x4F524741


def apply(db: sqlite_utils.Database, version: int, migration=None) -> None:
    """Migration ``version`` (1-based) in a transaction of its own, recorded in ``schema_version``. The
    schema check of an opened file (trust.py) builds the schema it expects with this same function."""
    with db.atomic():
        if version == 1:
            db.execute(f"pragma application_id = {APPLICATION_ID}")
            db["schema_version"].create({"version": int, "applied_at": str}, pk="version")
        (migration or MIGRATIONS[version - 1])(db)
        db["schema_version"].insert({"version": version, "applied_at": dt.datetime.now(dt.UTC).isoformat()})


def _v1_initial(db: sqlite_utils.Database) -> None:
    db["states"].create({"code": str, "status": str, "names": str}, pk="code", not_null={"status", "names"})
    db["organisations"].create({"code": str, "names": str}, pk="code", not_null={"names"})
    db["institutions"].create(
        {"id": int, "key": str, "names": str, "state_code": str, "organisation_code": str},
        pk="id", not_null={"key", "names"},
        foreign_keys=[("state_code", "states", "code"), ("organisation_code", "organisations", "code")])
    db["institutions"].create_index(["key"], unique=True)
    db["persons"].create({"id": int, "key": str, "names": str}, pk="id", not_null={"key", "names"})
    db["persons"].create_index(["key"], unique=True)
    db["councils"].create(
        {"id": int, "key": str, "names": str, "organisation_code": str, "founded_on": str, "founded_in": str},
        pk="id", not_null={"key", "names"}, foreign_keys=[("organisation_code", "organisations", "code")])
    db["councils"].create_index(["key"], unique=True)
    db["events"].create(
        {"id": int, "council_id": int, "kind": str, "ordinal": int, "title": str, "topic": str,
         "start_date": str, "end_date": str, "city": str, "country_code": str, "venue": str,
         "host_institution_id": int, "precedence_language": str},
        pk="id", not_null={"kind", "start_date", "title", "topic", "city", "venue", "precedence_language"},
        foreign_keys=[("council_id", "councils", "id"), ("country_code", "states", "code"),
                      ("host_institution_id", "institutions", "id")])
    db["delegations"].create(
        {"id": int, "event_id": int, "kind": str, "state_code": str, "organisation_code": str,
         "institution_id": int, "entry_order": int},
        pk="id", not_null={"event_id", "kind", "entry_order"},
        foreign_keys=[("event_id", "events", "id"), ("state_code", "states", "code"),
                      ("organisation_code", "organisations", "code"), ("institution_id", "institutions", "id")])
    db["delegation_members"].create(
        {"id": int, "delegation_id": int, "person_id": int, "role": str, "entry_order": int},
        pk="id", not_null={"delegation_id", "person_id", "role", "entry_order"},
        foreign_keys=[("delegation_id", "delegations", "id"), ("person_id", "persons", "id")])
    db["programme_items"].create(
        {"id": int, "event_id": int, "entry_order": int, "day": str, "starts_at": str, "ends_at": str,
         "title": str},
        pk="id", not_null={"event_id", "entry_order", "title"}, foreign_keys=[("event_id", "events", "id")])
    db["programme_speakers"].create(
        {"item_id": int, "person_id": int, "entry_order": int}, pk=("item_id", "person_id"),
        foreign_keys=[("item_id", "programme_items", "id"), ("person_id", "persons", "id")])
    db["clauses"].create(
        {"id": int, "key": str, "kind": str, "texts": str, "tags": str, "note": str},
        pk="id", not_null={"key", "kind", "texts", "tags", "note"})
    db["clauses"].create_index(["key"], unique=True)
    db["declarations"].create(
        {"id": int, "event_id": int, "title": str, "languages": str, "placeholder_values": str, "updated_at": str},
        pk="id", not_null={"event_id", "languages", "placeholder_values"}, foreign_keys=[("event_id", "events", "id")])
    db["declaration_clauses"].create(
        {"declaration_id": int, "entry_order": int, "clause_id": int}, pk=("declaration_id", "entry_order"),
        foreign_keys=[("declaration_id", "declarations", "id"), ("clause_id", "clauses", "id")])


def _v2_precedence_overrides(db: sqlite_utils.Database) -> None:
    """Where the host stands in an event's order, and manual moves of a delegation with their reason."""
    db["events"].add_column("host_placement", str, not_null_default="in_order")
    db["delegations"].add_column("manual_position", int)
    db["delegations"].add_column("manual_reason", str)


def _v3_settings_and_clause_provenance(db: sqlite_utils.Database) -> None:
    """Settings kept with the workspace (a folder of the office's own Word templates, for one), the
    language a clause was written in (its other texts are translations of it), and clauses retired from
    the library that old declarations still use."""
    db["workspace_settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    db["clauses"].add_column("original_language", str, not_null_default="")
    db["clauses"].add_column("retired", int, not_null_default=0)


def _v4_revisions_and_placeholder_types(db: sqlite_utils.Database) -> None:
    """Revisions of a declaration (each a snapshot of its clauses with their texts at the time, so a
    revision reads the same after the library changes), the draft an event's exports use, and the types
    of the placeholders a drafter defines in a clause."""
    # Written out because sqlite-utils' create() has no ON DELETE: deleting a declaration (or its event)
    # deletes its revisions with it.
    db.execute("""
        create table declaration_revisions (
            id integer primary key,
            declaration_id integer not null references declarations(id) on delete cascade,
            number integer not null,
            saved_at text not null,
            author text not null default '',
            comment text not null default '',
            snapshot text not null
        )""")
    db["declaration_revisions"].create_index(["declaration_id", "number"], unique=True)
    db["declarations"].add_column("chosen", int, not_null_default=0)
    db["clauses"].add_column("placeholder_types", str, not_null_default="{}")


# Every foreign key a query looks rows up by (storage/*.py): without them an event of many delegations is
# read by scanning every delegation and every member (issue 15: `order` took 424 s on 100,000 delegations).
# Primary keys whose first column is the one looked up (programme_speakers.item_id,
# declaration_clauses.declaration_id, declaration_revisions (declaration_id, number)) need none.
FOREIGN_KEY_INDEXES = (
    ("delegations", ("event_id", "entry_order")),
    ("delegations", ("state_code",)),
    ("delegations", ("organisation_code",)),
    ("delegations", ("institution_id",)),
    ("delegation_members", ("delegation_id", "entry_order")),
    ("delegation_members", ("person_id",)),
    ("programme_items", ("event_id", "entry_order")),
    ("programme_speakers", ("person_id",)),
    ("declarations", ("event_id",)),
    ("declaration_clauses", ("clause_id",)),
    ("institutions", ("state_code",)),
    ("institutions", ("organisation_code",)),
    ("councils", ("organisation_code",)),
    ("events", ("council_id",)),
    ("events", ("country_code",)),
    ("events", ("host_institution_id",)),
)


def _v5_foreign_key_indexes(db: sqlite_utils.Database) -> None:
    """An index for every foreign key that is queried, so reading an event's delegations, members,
    programme and declarations, and counting what refers to a record, does not scan whole tables."""
    for table, columns in FOREIGN_KEY_INDEXES:
        db[table].create_index(list(columns), index_name=f"idx_{table}_{'_'.join(columns)}")


MIGRATIONS = [_v1_initial, _v2_precedence_overrides, _v3_settings_and_clause_provenance,
              _v4_revisions_and_placeholder_types, _v5_foreign_key_indexes]
