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
                  row["note"], row["id"], row["original_language"], bool(row["retired"]))


def save_clause(db: Database, clause: Clause) -> Clause:
    record = {"key": clause.key, "kind": clause.kind.value, "texts": dumps(clause.texts),
              "tags": dumps(clause.tags), "note": clause.note, "original_language": clause.original_language,
              "retired": int(clause.retired)}
    clause.id = save_row(db, "clauses", clause.id, record)
    return clause


def clauses(db: Database) -> dict[int, Clause]:
    return {row["id"]: _clause(row) for row in db["clauses"].rows_where(order_by="id")}


def clause_by_key(db: Database, key: str) -> Clause | None:
    return by_key(db, "clauses", key, _clause)


def _declaration(db: Database, row: dict) -> Declaration:
    clause_ids = [r["clause_id"] for r in db["declaration_clauses"].rows_where(
        "declaration_id = ?", [row["id"]], order_by="entry_order")]
    return Declaration(row["event_id"], clause_ids, json.loads(row["languages"]),
                       json.loads(row["placeholder_values"]), row["title"] or "", row["id"])


def save_declaration(db: Database, declaration: Declaration) -> Declaration:
    record = {"event_id": declaration.event_id, "title": declaration.title,
              "languages": dumps(declaration.languages), "placeholder_values": dumps(declaration.values),
              "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
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


def delete_declaration(db: Database, declaration_id: int) -> None:
    db["declaration_clauses"].delete_where("declaration_id = ?", [declaration_id])
    db["declarations"].delete(declaration_id)
