"""Repository of a declaration's revisions: numbered snapshots, stored as JSON beside who saved them and when."""
from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from organiser.domain.revisions import DeclarationSnapshot, Revision
from organiser.storage.reference import dumps

TABLE = "declaration_revisions"


def _revision(row: dict) -> Revision:
    return Revision(row["declaration_id"], row["number"], dt.datetime.fromisoformat(row["saved_at"]),
                    row["author"], row["comment"], DeclarationSnapshot.from_dict(json.loads(row["snapshot"])),
                    row["id"])


def add_revision(db: Database, revision: Revision) -> Revision:
    """Store ``revision`` as it is (its number chosen by the caller, see :func:`next_number`)."""
    row_id = db[TABLE].insert({
        "declaration_id": revision.declaration_id, "number": revision.number,
        "saved_at": revision.saved_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "author": revision.author, "comment": revision.comment,
        "snapshot": dumps(revision.snapshot.to_dict())}).last_pk
    return _revision(db[TABLE].get(row_id))


def next_number(db: Database, declaration_id: int) -> int:
    row = db.execute(f"select max(number) from {TABLE} where declaration_id = ?", [declaration_id]).fetchone()
    return (row[0] or 0) + 1


def revisions(db: Database, declaration_id: int) -> list[Revision]:
    return [_revision(row) for row in db[TABLE].rows_where("declaration_id = ?", [declaration_id], order_by="number")]


def revision(db: Database, declaration_id: int, number: int) -> Revision | None:
    rows = list(db[TABLE].rows_where("declaration_id = ? and number = ?", [declaration_id, number], limit=1))
    return _revision(rows[0]) if rows else None


def delete_revision(db: Database, declaration_id: int, number: int) -> None:
    db[TABLE].delete_where("declaration_id = ? and number = ?", [declaration_id, number])
