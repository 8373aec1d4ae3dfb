"""What the signature sheet, the participants list and the programme print, as plain data.

documents/lists_content.py gathers it from the workspace in one language; the builders beside
this module only lay it out. Nothing here imports python-docx, so tests and the window can use it freely.
Each document's ``lines()`` is every text it writes, in order: what a test compares with the
Word file read back, or with the text a PDF gives.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from organiser.domain.declaration import SignatureRow
from organiser.domain.model import Language


@dataclass(frozen=True)
class Heading:
    """The top of a list: its title ("List of participants"), then the event's title and its date and place."""

    title: str
    subtitle: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        return [self.title, *self.subtitle]


@dataclass(frozen=True)
class SignatureSheet:
    language: Language
    heading: Heading
    # Column headings of the one-sheet table: number, institution, name and position, signature.
    columns: tuple[str, str, str, str]
    signatures: list[SignatureRow]

    def lines(self) -> list[str]:
        out = [*self.heading.lines(), *self.columns]
        for number, row in enumerate(self.signatures, start=1):
            out += [str(number), row.institution, row.name, row.position]
        return [line for line in out if line]


@dataclass(frozen=True)
class ParticipantEntry:
    name: str  # given name and SURNAME
    position: str = ""


@dataclass(frozen=True)
class DelegationEntry:
    heading: str  # the state's official name, the organisation's, or the guest institution's
    members: list[ParticipantEntry] = field(default_factory=list)


@dataclass(frozen=True)
class ParticipantsList:
    language: Language
    heading: Heading
    delegations: list[DelegationEntry]

    def lines(self) -> list[str]:
        out = self.heading.lines()
        for delegation in self.delegations:
            out.append(delegation.heading)
            for member in delegation.members:
                out += [member.name, member.position]
        return [line for line in out if line]


@dataclass(frozen=True)
class ProgrammeEntry:
    title: str
    time: str = ""  # "09:30", "09:30–10:15", or empty for an item without a time
    speakers: list[str] = field(default_factory=list)  # "Kamran ALIYEV, Prosecutor General …"


@dataclass(frozen=True)
class ProgrammeDay:
    heading: str  # the day's date; empty when the items carry no day
    entries: list[ProgrammeEntry]


@dataclass(frozen=True)
class Programme:
    language: Language
    heading: Heading
    days: list[ProgrammeDay]

    @property
    def has_times(self) -> bool:
        return any(entry.time for day in self.days for entry in day.entries)

    def lines(self) -> list[str]:
        out = self.heading.lines()
        for day in self.days:
            out.append(day.heading)
            for entry in day.entries:
                out += [entry.time, entry.title, *entry.speakers]
        return [line for line in out if line]
