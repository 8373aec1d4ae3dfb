"""The clause library file: a workspace's clauses as JSON, to share between drafters; and the plan of an import.

Its format is documented in docs/exchange-format.md ("The clause library file"). ``parse_library`` checks
the whole file before anything is stored and raises only ValidationError, naming the problem by its path
in the file (``clauses[3].texts.ru: a lone '{' at character 12 …``). ``plan_import`` then sorts the file's
clauses against the workspace's by key: new ones (added), identical ones (skipped), and conflicts (same
key, another kind, texts, tags, note, original language or placeholder types), shown side by side for the
drafter to decide: nothing already in the workspace is overwritten without being asked.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from organiser.domain.declaration import check_placeholder_types
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.exchange_checks import as_in_the_window, check_languages
from organiser.domain.limits import LIBRARY_CAPS, MAX_CLAUSE_TEXT, check_counts
from organiser.domain.model import Clause, ClauseKind
from organiser.domain.templates import parse
from organiser.domain.validation import check_characters, check_key, validate_clause

FORMAT = "organiser-clause-library"
VERSION = 1
MAX_TEXT = MAX_CLAUSE_TEXT  # a clause is a paragraph; the window allows the same (validation.validate_clause)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass
class Library:
    clauses: list[Clause] = field(default_factory=list)
    note: str = ""


# --- reading -----------------------------------------------------------------------------------------

def _type_name(value: Any) -> str:
    return {str: "a text", int: "a number", float: "a number", bool: "true/false", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _text(value: Any, where: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(where, f"must be a text, not {_type_name(value)}")
    if required and not value.strip():
        raise ValidationError(where, "is empty")
    if len(value) > limit:
        raise ValidationError(where, f"is too long ({len(value)} characters; at most {limit})")
    return check_characters(where, value)


def _object(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ValidationError(where, f"must be an object, not {_type_name(value)}")
    return value


def _clause(data: Any, where: str) -> Clause:
    record = _object(data, where)
    key = _text(record.get("key"), f"{where}.key", required=True, limit=80)
    check_key(f"{where}.key", key)
    kind_text = _text(record.get("kind"), f"{where}.kind", required=True, limit=40)
    try:
        kind = ClauseKind(kind_text)
    except ValueError:
        raise ValidationError(f"{where}.kind", f"'{kind_text}' is not one of "
                                               f"{', '.join(k.value for k in ClauseKind)}") from None
    texts: dict[str, str] = {}
    for language, text in _object(record.get("texts"), f"{where}.texts").items():
        path = f"{where}.texts.{language}"
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            raise ValidationError(path, "is not a language code (two or three lower-case letters)")
        texts[language] = _text(text, path, required=True)
        try:
            parse(texts[language], path)
        except OrganiserError as error:  # TemplateError names the path already
            raise ValidationError(path, getattr(error, "problem", str(error))) from None
    if not texts:
        raise ValidationError(f"{where}.texts", "has no language")
    tags = record.get("tags", [])
    if not isinstance(tags, list):
        raise ValidationError(f"{where}.tags", f"must be a list, not {_type_name(tags)}")
    tags = [_text(tag, f"{where}.tags[{i}]", required=True, limit=60) for i, tag in enumerate(tags)]
    original = _text(record.get("original_language"), f"{where}.original_language", limit=3)
    if original and original not in texts:
        raise ValidationError(f"{where}.original_language", f"'{original}' is not one of the clause's languages")
    retired = record.get("retired", False)
    if not isinstance(retired, bool):
        raise ValidationError(f"{where}.retired", f"must be true or false, not {_type_name(retired)}")
    types = record.get("placeholder_types") or {}
    types = check_placeholder_types(_object(types, f"{where}.placeholder_types"), f"{where}.placeholder_types")
    clause = Clause(key, kind, texts, tags, _text(record.get("note"), f"{where}.note"),
                    original_language=original, retired=retired, placeholder_types=types)
    # As strict as the window: what a drafter could not save there is refused here (issue 15).
    check_languages(f"{where}.texts", texts)
    return as_in_the_window(where, validate_clause, clause)


def parse_library(data: Any) -> Library:
    """Check and read a library file's JSON. Raises only ValidationError, naming the path of the problem."""
    top = _object(data, "file")
    if top.get("format") != FORMAT:
        raise ValidationError("format", f"must be '{FORMAT}': this is not an organiser clause library")
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("version", "must be a whole number, 1 or more")
    if version > VERSION:
        raise ValidationError("version", f"{version} is newer than this organiser reads ({VERSION})")
    check_counts(top, LIBRARY_CAPS)
    clauses = top.get("clauses", [])
    if not isinstance(clauses, list):
        raise ValidationError("clauses", f"must be a list, not {_type_name(clauses)}")
    library = Library([_clause(c, f"clauses[{i}]") for i, c in enumerate(clauses)],
                      _text(top.get("note"), "note"))
    seen: set[str] = set()
    for index, clause in enumerate(library.clauses):
        if clause.key in seen:
            raise ValidationError(f"clauses[{index}].key", f"'{clause.key}' appears twice")
        seen.add(clause.key)
    return library


# --- writing -----------------------------------------------------------------------------------------

def clause_to_dict(clause: Clause) -> dict:
    record = {"key": clause.key, "kind": clause.kind.value, "texts": clause.texts, "tags": clause.tags,
              "note": clause.note, "original_language": clause.original_language,
              "placeholder_types": clause.placeholder_types, "retired": clause.retired or None}
    return {key: value for key, value in record.items() if value not in (None, "", [], {})} | {"tags": clause.tags}


def library_to_dict(library: Library) -> dict:
    """The JSON form of ``library``, the inverse of ``parse_library``."""
    data = {"format": FORMAT, "version": VERSION}
    if library.note:
        data["note"] = library.note
    data["clauses"] = [clause_to_dict(c) for c in library.clauses]
    return data


# --- planning an import ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldDifference:
    """A field of one clause as the workspace has it and as the file has it ("" where one has none)."""

    field: str  # "kind", "texts.en", "tags", "note", "original_language", "placeholder_types"
    ours: str
    theirs: str


@dataclass
class Conflict:
    key: str
    ours: Clause
    theirs: Clause
    differences: list[FieldDifference]


@dataclass
class ImportPlan:
    new: list[Clause] = field(default_factory=list)
    identical: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def conflict(self, key: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.key == key), None)


def _types_text(types: Mapping[str, str]) -> str:
    return ", ".join(f"{name}: {kind}" for name, kind in sorted(types.items()))


def clause_differences(ours: Clause, theirs: Clause) -> list[FieldDifference]:
    """What differs between two clauses of the same key, field by field (their retirement aside: that is
    each workspace's own decision)."""
    out: list[FieldDifference] = []
    if ours.kind is not theirs.kind:
        out.append(FieldDifference("kind", ours.kind.value, theirs.kind.value))
    for language in sorted(set(ours.texts) | set(theirs.texts)):
        if ours.texts.get(language, "") != theirs.texts.get(language, ""):
            out.append(FieldDifference(f"texts.{language}", ours.texts.get(language, ""),
                                       theirs.texts.get(language, "")))
    if list(ours.tags) != list(theirs.tags):
        out.append(FieldDifference("tags", ", ".join(ours.tags), ", ".join(theirs.tags)))
    for name in ("note", "original_language"):
        if getattr(ours, name) != getattr(theirs, name):
            out.append(FieldDifference(name, getattr(ours, name), getattr(theirs, name)))
    if dict(ours.placeholder_types) != dict(theirs.placeholder_types):
        out.append(FieldDifference("placeholder_types", _types_text(ours.placeholder_types),
                                   _types_text(theirs.placeholder_types)))
    return out


def plan_import(library: Library, existing: Mapping[str, Clause]) -> ImportPlan:
    """Sort the file's clauses against the workspace's (``existing``, by key)."""
    plan = ImportPlan()
    for clause in library.clauses:
        ours = existing.get(clause.key)
        if ours is None:
            plan.new.append(clause)
            continue
        differences = clause_differences(ours, clause)
        if differences:
            plan.conflicts.append(Conflict(clause.key, ours, clause, differences))
        else:
            plan.identical.append(clause.key)
    return plan
