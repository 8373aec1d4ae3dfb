"""Revisions of a declaration: what a draft held when the drafter saved it, kept apart from the library.

A snapshot holds the clauses by key *with their texts at that time*, so that a revision reads the same
after the library's clauses have been edited; restoring it, or exporting it, needs nothing else.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from organiser.domain.errors import ValidationError
from organiser.domain.model import Clause, ClauseKind, Declaration


@dataclass(frozen=True)
class ClauseSnapshot:
    key: str
    kind: ClauseKind
    texts: dict[str, str]
    placeholder_types: dict[str, str] = field(default_factory=dict)

    def as_clause(self) -> Clause:
        return Clause(self.key, self.kind, dict(self.texts), placeholder_types=dict(self.placeholder_types))

    def same_text(self, clause: Clause) -> bool:
        return (clause.kind is self.kind and clause.texts == self.texts
                and clause.placeholder_types == self.placeholder_types)


@dataclass(frozen=True)
class DeclarationSnapshot:
    title: str
    languages: list[str]
    values: dict[str, Any]
    clauses: list[ClauseSnapshot]

    @classmethod
    def of(cls, declaration: Declaration, clauses: dict[int, Clause]) -> DeclarationSnapshot:
        return cls(declaration.title, list(declaration.languages), dict(declaration.values),
                   [ClauseSnapshot(clauses[i].key, clauses[i].kind, dict(clauses[i].texts),
                                   dict(clauses[i].placeholder_types)) for i in declaration.clause_ids])

    def to_dict(self) -> dict:
        return {"title": self.title, "languages": self.languages, "values": self.values,
                "clauses": [{"key": c.key, "kind": c.kind.value, "texts": c.texts,
                             "placeholder_types": c.placeholder_types} for c in self.clauses]}

    @classmethod
    def from_dict(cls, data: dict) -> DeclarationSnapshot:
        try:
            return cls(data["title"], list(data["languages"]), dict(data["values"]),
                       [ClauseSnapshot(c["key"], ClauseKind(c["kind"]), dict(c["texts"]),
                                       dict(c.get("placeholder_types") or {})) for c in data["clauses"]])
        except (KeyError, TypeError, ValueError) as error:
            raise ValidationError("revision", f"its stored snapshot cannot be read ({error})") from None

    def clause_objects(self) -> list[Clause]:
        return [c.as_clause() for c in self.clauses]


@dataclass(frozen=True)
class Revision:
    """Revision ``number`` (1, 2 …) of a declaration, saved at ``saved_at`` (UTC) by ``author``."""

    declaration_id: int
    number: int
    saved_at: dt.datetime
    author: str
    comment: str
    snapshot: DeclarationSnapshot
    id: int | None = None

    @property
    def label(self) -> str:
        local = self.saved_at.astimezone()
        who = f", {self.author}" if self.author else ""
        return f"{self.number} ({local:%Y-%m-%d %H:%M}{who})"
