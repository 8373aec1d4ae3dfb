"""The things a protocol office works with, as plain dataclasses.

Names are data per language (``{"en": ..., "az": ...}``), never derived from one another:
"the Kyrgyz Republic" and "the Republic of Türkiye" are stored as written. Writing a surname
in capitals is a choice of the document that renders it, not of the stored name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from organiser.domain.errors import MissingNameError

Language = str  # a BCP 47 language code as used by babel, one of domain.languages.LANGUAGES


def name_in(names: dict[str, object], language: Language, what: str):
    """The entry of ``names`` for ``language``; a missing one is an error naming ``what``, never a fallback."""
    value = names.get(language)
    if value in (None, ""):
        raise MissingNameError(what, language)
    return value


class StateStatus(StrEnum):
    MEMBER = "member"
    OBSERVER = "observer"
    OTHER = "other"


@dataclass(frozen=True)
class StateName:
    """A state's names in one language. ``article`` is written before the official name where the
    language wants one ("the" Kyrgyz Republic) and left out where a text names the state bare."""

    short: str
    official: str
    article: str = ""

    @property
    def official_with_article(self) -> str:
        return f"{self.article} {self.official}" if self.article else self.official


@dataclass
class State:
    code: str  # ISO 3166-1 alpha-2
    status: StateStatus
    names: dict[Language, StateName]

    def name(self, language: Language) -> StateName:
        return name_in(self.names, language, f"state {self.code}")


@dataclass(frozen=True)
class OrganisationName:
    short: str
    full: str
    article: str = ""

    @property
    def full_with_article(self) -> str:
        return f"{self.article} {self.full}" if self.article else self.full


@dataclass
class Organisation:
    code: str  # the organisation's own short code, e.g. "OTS"
    names: dict[Language, OrganisationName]

    def name(self, language: Language) -> OrganisationName:
        return name_in(self.names, language, f"organisation {self.code}")


@dataclass
class Institution:
    """A prosecutor's office, a university, a secretariat: named per language as it names itself."""

    key: str
    names: dict[Language, str]
    state_code: str | None = None
    organisation_code: str | None = None
    id: int | None = None

    def name(self, language: Language) -> str:
        return name_in(self.names, language, f"institution {self.key}")


@dataclass(frozen=True)
class PersonName:
    """A person as written in one language: "Ambassador" (rank) "Mr." (honorific) given name, surname,
    and the position they hold as that language writes it."""

    given_name: str
    surname: str
    honorific: str = ""
    rank: str = ""
    position: str = ""


@dataclass
class Person:
    key: str
    names: dict[Language, PersonName]
    id: int | None = None

    def name(self, language: Language) -> PersonName:
        return name_in(self.names, language, f"person {self.key}")


class Role(StrEnum):
    HEAD = "head"
    MEMBER = "member"
    ORGANISATION_REPRESENTATIVE = "organisation_representative"
    GUEST_SPEAKER = "guest_speaker"
    LECTURER = "lecturer"


# Roles that lead a delegation and are named for it in the participants paragraph.
LEADING_ROLES = (Role.HEAD, Role.ORGANISATION_REPRESENTATIVE)


@dataclass
class Member:
    person: Person
    role: Role
    id: int | None = None


class DelegationKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    GUEST = "guest"


@dataclass
class Delegation:
    """Those who come to an event on behalf of one state (through its institution), one organisation,
    or as guests; members are kept in the order they were entered, the leader first."""

    kind: DelegationKind
    members: list[Member] = field(default_factory=list)
    state: State | None = None
    organisation: Organisation | None = None
    institution: Institution | None = None
    id: int | None = None
    manual_position: int | None = None  # 1-based place set by hand, overriding the rule
    manual_reason: str = ""

    @property
    def code(self) -> str:
        """The state's ISO code, the organisation's code, or the guest institution's key."""
        if self.state is not None:
            return self.state.code
        if self.organisation is not None:
            return self.organisation.code
        return self.institution.key if self.institution else "?"

    @property
    def leader(self) -> Member | None:
        for member in self.members:
            if member.role in LEADING_ROLES:
                return member
        return None

    @property
    def signs(self) -> bool:
        """State delegations sign a council's declaration; organisations and guests attend but do not."""
        return self.kind is DelegationKind.STATE

    def display_name(self, language: Language) -> str:
        if self.state is not None:
            return self.state.name(language).short
        if self.organisation is not None:
            return self.organisation.name(language).full
        if self.institution is not None:
            return self.institution.name(language)
        return "?"


@dataclass
class Council:
    """A series of meetings: "the Council of Prosecutors General of the Organization of Turkic States"."""

    key: str
    names: dict[Language, str]
    organisation_code: str | None = None
    founded_on: dt.date | None = None
    founded_in: dict[Language, str] = field(default_factory=dict)
    id: int | None = None


class EventKind(StrEnum):
    COUNCIL_MEETING = "council_meeting"
    SEMINAR = "seminar"
    OTHER = "other"


@dataclass
class Event:
    kind: EventKind
    start_date: dt.date
    title: dict[Language, str] = field(default_factory=dict)
    topic: dict[Language, str] = field(default_factory=dict)
    end_date: dt.date | None = None
    ordinal: int | None = None
    council_id: int | None = None
    city: dict[Language, str] = field(default_factory=dict)
    country_code: str | None = None
    venue: dict[Language, str] = field(default_factory=dict)
    host_institution_id: int | None = None
    precedence_language: Language = "en"
    host_placement: str = "in_order"  # a protocol.HostPlacement value
    id: int | None = None

    @property
    def last_date(self) -> dt.date:
        return self.end_date or self.start_date


@dataclass
class ProgrammeItem:
    title: dict[Language, str]
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    day: dt.date | None = None
    speaker_ids: list[int] = field(default_factory=list)
    id: int | None = None


class ClauseKind(StrEnum):
    TITLE = "title"
    PARTICIPANTS = "participants"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    CLOSING_FORMULA = "closing_formula"
    SIGNATURE_HEADING = "signature_heading"


@dataclass
class Clause:
    """A reusable piece of a declaration, with a text per language that may hold placeholders.

    ``original_language`` is the language the clause was agreed in; its texts in other languages are
    translations of that one ("" when nobody recorded it). A ``retired`` clause is no longer offered for
    new declarations but stays for those that use it. ``placeholder_types`` gives the type ("date",
    "person" …) of each placeholder the drafter defined in the texts; the known ones (``{city}`` …) are
    typed by domain.declaration.PLACEHOLDERS and one not listed here is a text."""

    key: str
    kind: ClauseKind
    texts: dict[Language, str]
    tags: list[str] = field(default_factory=list)
    note: str = ""
    id: int | None = None
    original_language: Language = ""
    retired: bool = False
    placeholder_types: dict[str, str] = field(default_factory=dict)

    def is_translation(self, language: Language) -> bool:
        return bool(self.original_language) and language != self.original_language and language in self.texts

    def text(self, language: Language) -> str:
        return name_in(self.texts, language, f"clause {self.key}")


@dataclass
class Declaration:
    """A declaration of one event: the clauses chosen, in order, and the values of the placeholders
    that the event itself does not give (next meeting's year and host, for instance)."""

    event_id: int
    clause_ids: list[int] = field(default_factory=list)
    languages: list[Language] = field(default_factory=lambda: ["en"])
    values: dict[str, object] = field(default_factory=dict)
    title: str = ""
    id: int | None = None
    chosen: bool = False  # the draft the event's exports use (else its latest)
