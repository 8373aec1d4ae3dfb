"""A declaration rendered in one language: the text every output (Word, preview, command line) prints.

The participants paragraph and the signature block are both made here from the same ordered
delegations, so they cannot disagree about who took part and who signs.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from organiser.domain.errors import TemplateError, ValidationError
from organiser.domain.languages import Phrasebook, phrasebook
from organiser.domain.model import (
    Clause, ClauseKind, Council, Delegation, DelegationKind, Event, Institution, Language, Person, State,
)
from organiser.domain.templates import DateValue, OrdinalValue, StateValue, Value, placeholders, render


_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")  # a placeholder's name, as domain.templates reads it


@dataclass(frozen=True)
class PlaceholderInfo:
    """A placeholder clauses may use: what it holds, and whether the drafter enters it (``entered``)
    or it comes from the event and its delegations."""

    name: str
    kind: str  # text, date, ordinal, state, number, participants
    description: str
    entered: bool = False


PLACEHOLDERS: dict[str, PlaceholderInfo] = {p.name: p for p in [
    PlaceholderInfo("meeting_ordinal", "ordinal", "the event's number in the council's series (:numeral or :word; Russian forms :word_n, :word_gen_f …)"),
    PlaceholderInfo("council", "text", "the council's name"),
    PlaceholderInfo("topic", "text", "the event's topic"),
    PlaceholderInfo("date", "date", "the event's first day (:long, :day, :month, :year, :day_month_year)"),
    PlaceholderInfo("end_date", "date", "the event's last day"),
    PlaceholderInfo("city", "text", "the city where the event takes place"),
    PlaceholderInfo("host_state", "state", "the state where the event takes place (:official, :bare, :short)"),
    PlaceholderInfo("venue", "text", "the venue"),
    PlaceholderInfo("host_institution", "text", "the institution that hosts the event"),
    PlaceholderInfo("participants", "participants", "the heads of delegations in protocol order, joined as a list"),
    PlaceholderInfo("languages", "text", "the languages the declaration is signed in"),
    PlaceholderInfo("next_meeting_ordinal", "ordinal", "the next meeting's number: this one's plus one"),
    PlaceholderInfo("next_meeting_year", "number", "the year of the next meeting", entered=True),
    PlaceholderInfo("next_meeting_host", "state", "the state that hosts the next meeting (its ISO code)", entered=True),
]}

# The types a placeholder can have. Known placeholders take theirs from PLACEHOLDERS; one the drafter
# defines in a clause's text is typed in the clause (Clause.placeholder_types), a text by default.
PLACEHOLDER_TYPES: dict[str, str] = {
    "text": "a text, written per declaration (:upper, :lower, :capitalized)",
    "date": "a date, YYYY-MM-DD (:long, :day, :month, :year, :day_month_year)",
    "number": "a whole number",
    "ordinal": "a number in a series, written as an ordinal (:numeral, :word)",
    "state": "a state, by its ISO code (:official, :bare, :short)",
    "person": "a person, by key (:name, :full, :surname, :position)",
    "institution": "an institution, by key",
    "participants": "the heads of delegations in protocol order, joined as a list",
}


@dataclass(frozen=True)
class PlaceholderUse:
    """A placeholder a clause's texts use: its type, whether it is one of PLACEHOLDERS (``known``) and
    whether the drafter enters its value (``entered``: the drafter's own placeholders always are)."""

    name: str
    type: str
    known: bool
    entered: bool
    description: str


def clause_placeholders(clause: Clause) -> list[PlaceholderUse]:
    """The placeholders of every text of ``clause``, each once, in order of first use, typed."""
    names: dict[str, None] = {}
    for language, text in clause.texts.items():
        for name in placeholders(text, f"clause {clause.key} ({language})"):
            names.setdefault(name)
    return [placeholder_use(name, clause.placeholder_types) for name in names]


def placeholder_use(name: str, types: Mapping[str, str]) -> PlaceholderUse:
    info = PLACEHOLDERS.get(name)
    if info is not None:
        return PlaceholderUse(name, info.kind, True, info.entered, info.description)
    kind = types.get(name) or "text"
    return PlaceholderUse(name, kind, False, True, f"defined by the drafter: {PLACEHOLDER_TYPES.get(kind, kind)}")


def declaration_placeholders(clauses: Sequence[Clause]) -> tuple[list[PlaceholderUse], list[str]]:
    """The placeholders the declaration's ``clauses`` use (each once, the first clause's type winning),
    and the problems: a drafter's placeholder typed differently by two clauses."""
    seen: dict[str, tuple[PlaceholderUse, str]] = {}
    problems: list[str] = []
    for clause in clauses:
        for use in clause_placeholders(clause):
            first = seen.get(use.name)
            if first is None:
                seen[use.name] = (use, clause.key)
            elif first[0].type != use.type:
                problems.append(f"Placeholder {{{use.name}}} is a {first[0].type} in clause {first[1]} "
                                f"but a {use.type} in clause {clause.key}.")
    return [use for use, _ in seen.values()], problems


def check_placeholder_types(types: Mapping[str, object], where: str) -> dict[str, str]:
    """The drafter's placeholder types of a clause, checked: names a template can use, types from
    PLACEHOLDER_TYPES, and none of the known placeholders (those are typed already)."""
    checked: dict[str, str] = {}
    for name, kind in types.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise ValidationError(f"{where}", f"'{name}' is not a placeholder name (lower-case letters, digits, _)")
        if name in PLACEHOLDERS:
            raise ValidationError(f"{where}.{name}", f"{{{name}}} is a known placeholder; its type is "
                                                      f"{PLACEHOLDERS[name].kind} and cannot be changed")
        if not isinstance(kind, str) or kind not in PLACEHOLDER_TYPES:
            raise ValidationError(f"{where}.{name}", f"'{kind}' is not a placeholder type "
                                                      f"(those are: {', '.join(PLACEHOLDER_TYPES)})")
        checked[name] = kind
    return checked


@dataclass(frozen=True)
class PersonValue:
    person: Person
    language: Language

    def format(self, spec: str | None) -> str:
        name = self.person.name(self.language)
        if spec in (None, "name"):
            return f"{name.given_name} {name.surname}"
        if spec == "full":
            return " ".join(part for part in (name.rank, name.honorific, name.given_name, name.surname) if part)
        if spec == "surname":
            return name.surname
        if spec == "position":
            return name.position
        raise ValueError(f"person format '{spec}' is not one of name, full, surname, position")


@dataclass(frozen=True)
class DeclarationContext:
    """Everything a declaration's placeholders are filled from, gathered by the caller."""

    event: Event
    delegations: Sequence[Delegation]  # already in protocol order
    states: Mapping[str, State]
    council: Council | None = None
    host_institution: Institution | None = None
    values: Mapping[str, object] = field(default_factory=dict)
    languages: Sequence[Language] = ("en",)
    persons: Mapping[str, Person] = field(default_factory=dict)  # by key, for the drafter's person placeholders
    institutions: Mapping[str, Institution] = field(default_factory=dict)  # by key
    next_event: Event | None = None  # the planned next meeting: its year and host state win over entered values


@dataclass(frozen=True)
class RenderedClause:
    kind: ClauseKind
    text: str
    number: int | None = None  # operative clauses are numbered 1, 2, 3 …

    @property
    def numbered_text(self) -> str:
        return f"{self.number}. {self.text}" if self.number is not None else self.text


@dataclass(frozen=True)
class SignatureRow:
    institution: str
    name: str
    position: str


@dataclass(frozen=True)
class RenderedDeclaration:
    language: Language
    title: str
    body: list[RenderedClause]  # participants, preamble, operative clauses, closing formula, in order
    signature_heading: tuple[str, str]
    signatures: list[SignatureRow]

    def lines(self) -> list[str]:
        """The text as it prints, a paragraph a line, signature rows as "institution | name"."""
        out = [self.title, *(clause.numbered_text for clause in self.body)]
        out.append(" | ".join(self.signature_heading))
        out.extend(f"{row.institution} | {row.name}" for row in self.signatures)
        return out


_OPTIONAL_NAME_PARTS = frozenset({"honorific", "rank"})


def _person_phrase(pattern: str, delegation: Delegation, language: Language, where: str) -> str:
    """A delegation's leader named with one of the phrasebook's patterns; rank and honorific may be empty."""
    leader = delegation.leader
    if leader is None:
        raise ValidationError(f"delegation {delegation.code}", "has no head: a participants list and a signature need one")
    name = leader.person.name(language)
    values: dict[str, Value] = {
        "given_name": name.given_name, "surname": name.surname, "position": name.position,
        "honorific": name.honorific, "rank": name.rank,
    }
    text = render(pattern, values, where=where, language=language, optional=_OPTIONAL_NAME_PARTS)
    # An empty rank or honorific leaves its neighbouring spaces behind.
    return " ".join(text.split()).replace(" ,", ",")


def participants_list(delegations: Sequence[Delegation], language: Language) -> str:
    book = phrasebook(language)
    entries = [
        _person_phrase(book.participant[d.kind.value], d, language,
                       f"phrasebook {language}: participant.{d.kind.value}")
        for d in delegations if d.kind is not DelegationKind.GUEST
    ]
    return book.join(entries)


def signature_rows(delegations: Sequence[Delegation], language: Language) -> list[SignatureRow]:
    book = phrasebook(language)
    rows = []
    for delegation in delegations:
        if not delegation.signs:
            continue
        if delegation.institution is None:
            raise ValidationError(f"delegation {delegation.code}", "has no institution to sign for")
        name = _person_phrase(book.signature_name, delegation, language, f"phrasebook {language}: signature_name")
        rows.append(SignatureRow(delegation.institution.name(language), name,
                                 delegation.leader.person.name(language).position))
    return rows


def placeholder_values(context: DeclarationContext, language: Language,
                       book: Phrasebook | None = None, types: Mapping[str, str] | None = None) -> dict[str, Value]:
    """Every known placeholder's value in ``language``; ``None`` where it has none yet.

    Values computed lazily would hide an error until a clause used them; here a missing name of
    something a clause does not use must not stop the others, so each value is computed guardedly."""
    book = book or phrasebook(language)
    event = context.event
    values: dict[str, Value] = {name: None for name in PLACEHOLDERS}
    ordinal = event.ordinal
    values["meeting_ordinal"] = OrdinalValue(ordinal, language) if ordinal else None
    values["next_meeting_ordinal"] = OrdinalValue(ordinal + 1, language) if ordinal else None
    values["council"] = context.council.names.get(language) if context.council else None
    values["topic"] = event.topic.get(language)
    values["date"] = DateValue(event.start_date, book.date_patterns, book.cldr_locale)
    values["end_date"] = DateValue(event.last_date, book.date_patterns, book.cldr_locale)
    values["city"] = event.city.get(language)
    values["venue"] = event.venue.get(language)
    if context.host_institution is not None:
        values["host_institution"] = context.host_institution.names.get(language)
    host = context.states.get(event.country_code or "")
    values["host_state"] = StateValue(host, language) if host else None
    values["participants"] = participants_list(context.delegations, language) or None
    values["languages"] = book.languages(list(context.languages))
    planned = context.next_event
    year = planned.start_date.year if planned is not None else context.values.get("next_meeting_year")
    values["next_meeting_year"] = _whole_number(year)
    host_code = (planned.country_code if planned is not None and planned.country_code
                 else context.values.get("next_meeting_host"))
    next_host = context.states.get(str(host_code or ""))
    values["next_meeting_host"] = StateValue(next_host, language) if next_host else None
    for name, kind in (types or {}).items():
        if name not in PLACEHOLDERS:
            values[name] = _typed_value(kind, context.values.get(name), context, language, book)
    return values


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _typed_value(kind: str, raw: object, context: DeclarationContext, language: Language,
                 book: Phrasebook) -> Value:
    """A drafter's placeholder's stored value (a text, a number, an ISO date, a code or key) as a template
    value of its type; ``None`` (unfilled) when there is none or it does not fit the type."""
    if kind == "participants":
        return participants_list(context.delegations, language) or None
    if raw in (None, ""):
        return None
    if kind in ("number", "ordinal"):
        number = _whole_number(raw)
        if number is None:
            return None
        return number if kind == "number" else (OrdinalValue(number, language) if number > 0 else None)
    text = str(raw)
    if kind == "date":
        try:
            return DateValue(dt.date.fromisoformat(text), book.date_patterns, book.cldr_locale)
        except ValueError:
            return None
    if kind == "state":
        state = context.states.get(text)
        return StateValue(state, language) if state else None
    if kind == "person":
        person = context.persons.get(text)
        return PersonValue(person, language) if person else None
    if kind == "institution":
        institution = context.institutions.get(text)
        return institution.name(language) if institution else None
    return text


def render_declaration(clauses: Sequence[Clause], context: DeclarationContext,
                       language: Language) -> RenderedDeclaration:
    """The declaration made of ``clauses`` (in the drafter's order) in ``language``.

    An unknown or unfilled placeholder, a missing text or name stops with an error naming the clause."""
    uses, _problems = declaration_placeholders(clauses)
    values = placeholder_values(context, language, types={u.name: u.type for u in uses if not u.known})
    title = ""
    heading: tuple[str, str] | None = None
    body: list[RenderedClause] = []
    number = 0
    for clause in clauses:
        text = render(clause.text(language), values, where=f"clause {clause.key} ({language})", language=language)
        if clause.kind is ClauseKind.TITLE:
            title = text
        elif clause.kind is ClauseKind.SIGNATURE_HEADING:
            columns = text.split("\n")
            if len(columns) != 2:
                raise TemplateError(f"clause {clause.key} ({language})",
                                    "a signature heading has two lines: the institution column's, then the name column's")
            heading = (columns[0].strip(), columns[1].strip())
        elif clause.kind is ClauseKind.OPERATIVE:
            number += 1
            body.append(RenderedClause(clause.kind, text, number))
        else:
            body.append(RenderedClause(clause.kind, text))
    if not title:
        raise ValidationError("declaration", "has no title clause")
    if heading is None:
        raise ValidationError("declaration", "has no signature heading clause")
    return RenderedDeclaration(language, title, body, heading, signature_rows(context.delegations, language))
