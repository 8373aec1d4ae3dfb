"""Repository of the clause library and of declarations (the clauses chosen for an event, in order)."""
from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from organiser.domain.model import Clause, ClauseKind, Declaration
from organiser.storage.reference import by_key, dumps, save_row


def _clause(row: dict) -> Clause:
    return Clause(row["key"], ClauseKind(row["kind"]), json.loads(row["texts"]), json.loads(row["tags"]),
                  row["note"], row["id"], row["original_language"], bool(row["retired"]),
                  json.loads(row["placeholder_types"] or "{}"))


def save_clause(db: Database, clause: Clause) -> Clause:
    record = {"key": clause.key, "kind": clause.kind.value, "texts": dumps(clause.texts),
              "tags": dumps(clause.tags), "note": clause.note, "original_language": clause.original_language,
              "retired": int(clause.retired), "placeholder_types": dumps(clause.placeholder_types)}
    clause.id = save_row(db, "clauses", clause.id, record)
    return clause


def delete_clause(db: Database, clause_id: int) -> None:
    db["clauses"].delete(clause_id)


def clause_usage(db: Database, clause_id: int) -> list[tuple[int, int]]:
    """(declaration id, event id) of every declaration that uses the clause, by declaration."""
    return [(row[0], row[1]) for row in db.execute(
        "select distinct d.id, d.event_id from declaration_clauses c join declarations d on d.id = c.declaration_id "
        "where c.clause_id = ? order by d.event_id, d.id", [clause_id]).fetchall()]


def clauses(db: Database) -> dict[int, Clause]:
    return {row["id"]: _clause(row) for row in db["clauses"].rows_where(order_by="id")}


def clause_by_key(db: Database, key: str) -> Clause | None:
    return by_key(db, "clauses", key, _clause)


def _declaration(db: Database, row: dict) -> Declaration:
    clause_ids = [r["clause_id"] for r in db["declaration_clauses"].rows_where(
        "declaration_id = ?", [row["id"]], order_by="entry_order")]
    return Declaration(row["event_id"], clause_ids, json.loads(row["languages"]),
                       json.loads(row["placeholder_values"]), row["title"] or "", row["id"], bool(row["chosen"]))


def save_declaration(db: Database, declaration: Declaration) -> Declaration:
    record = {"event_id": declaration.event_id, "title": declaration.title,
              "languages": dumps(declaration.languages), "placeholder_values": dumps(declaration.values),
              "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "chosen": int(declaration.chosen)}
    if declaration.id is None:
        declaration.id = db["declarations"].insert(record).last_pk
    else:
        db["declarations"].update(declaration.id, record)
        db["declaration_clauses"].delete_where("declaration_id = ?", [declaration.id])
    db["declaration_clauses"].insert_all(
        {"declaration_id": declaration.id, "entry_order": order, "clause_id": clause_id}
        for order, clause_id in enumerate(declaration.clause_ids))
    return declaration


def declaration(db: Database, declaration_id: int) -> Declaration | None:
    try:
        return _declaration(db, db["declarations"].get(declaration_id))
    except NotFoundError:
        return None


def declarations_of_event(db: Database, event_id: int) -> list[Declaration]:
    return [_declaration(db, row) for row in db["declarations"].rows_where("event_id = ?", [event_id], order_by="id")]


def all_declarations(db: Database) -> list[Declaration]:
    """Every declaration of every event, by event and id (what a removal checks for values naming a record)."""
    return [_declaration(db, row) for row in db["declarations"].rows_where(order_by="event_id, id")]


def delete_declaration(db: Database, declaration_id: int) -> None:
    """The declaration, its clause list and (by ON DELETE CASCADE) its revisions."""
    db["declaration_clauses"].delete_where("declaration_id = ?", [declaration_id])
    db["declarations"].delete(declaration_id)


def choose_declaration(db: Database, event_id: int, declaration_id: int | None) -> None:
    """Make ``declaration_id`` the event's chosen draft (None: none chosen, the latest is used)."""
    db.execute("update declarations set chosen = (id = ?) where event_id = ?", [declaration_id or -1, event_id])
