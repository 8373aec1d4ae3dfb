"""What the seating plan, the place cards and the badges print, as plain data, and how it is gathered.

All three follow the one protocol order (services.events.ordered_delegations, in the event's
precedence language); the names are printed in the document's language, and a name missing in it is
an error listing every missing one (names.MissingNamesError), never a name from another language.
Nothing here imports python-docx or Qt: the window uses :func:`seating_content` to draw its plan.
"""
from __future__ import annotations

from dataclasses import dataclass

from organiser.documents.content import Heading
from organiser.documents.names import NameCollector, delegation_heading, event_heading, person_name, short_name
from organiser.documents.protocol_labels import protocol_labels
from organiser.domain.errors import ValidationError
from organiser.domain.model import Language, name_in
from organiser.domain.protocol import ordered_members
from organiser.domain.seating import Arrangement, Party, SeatingPlan, arrange, parse_arrangement
from organiser.services.events import get_event, ordered_delegations
from organiser.services.workspaces import Workspace


@dataclass(frozen=True)
class LegendRow:
    label: str  # "1", "2", "2.1" (the first member behind the second place)
    delegation: str  # the delegation's full name on a head's row, "" on the rows behind
    name: str


@dataclass(frozen=True)
class SeatingContent:
    language: Language
    heading: Heading
    plan: SeatingPlan
    columns: tuple[str, str, str]  # the legend's headings: place, delegation, name
    chair_label: str
    legend: tuple[LegendRow, ...]

    def lines(self) -> list[str]:
        out = [*self.heading.lines(), *self.columns]
        for row in self.legend:
            out += [row.label, row.delegation, row.name]
        return [line for line in out if line]


@dataclass(frozen=True)
class PlaceCard:
    name: str  # given name and SURNAME; "" for a party with no one in it yet
    delegation: str  # the state's official name, the organisation's full name, the guest's institution


@dataclass(frozen=True)
class PlaceCards:
    language: Language
    title: str
    cards: tuple[PlaceCard, ...]

    def lines(self) -> list[str]:
        return [line for card in self.cards for line in (card.name, card.delegation) if line]


@dataclass(frozen=True)
class Badge:
    name: str
    position: str
    delegation: str
    role: str  # "Head of delegation", "Member of delegation" … in the document's language


@dataclass(frozen=True)
class Badges:
    language: Language
    title: str
    event: str  # the event's title, printed at the top of every badge
    badges: tuple[Badge, ...]

    def lines(self) -> list[str]:
        return [line for badge in self.badges for line in (badge.delegation, badge.name, badge.position, badge.role)
                if line]


def seating_parties(workspace: Workspace, *, event_id: int, language: Language,
                    names: NameCollector) -> list[tuple[Party, str]]:
    """Each delegation in protocol order as a :class:`Party` (short name, people head first) with its
    full name for the legend; missing names are collected in ``names``."""
    parties = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        people = tuple(names.get(lambda m=member: person_name(m.person, language)[0], "")
                       for member in ordered_members(delegation))
        short = names.get(lambda d=delegation: short_name(d, language), "")
        full = names.get(lambda d=delegation: delegation_heading(d, language), "")
        parties.append((Party(delegation.code, short, people), full))
    return parties


def seating_content(workspace: Workspace, *, event_id: int, language: Language = "en",
                    arrangement: Arrangement | str = Arrangement.LONG_TABLE, members: bool = True) -> SeatingContent:
    """The event's seating plan: the host's head presides, the others by protocol order."""
    words = protocol_labels(language)
    arrangement = parse_arrangement(arrangement) if isinstance(arrangement, str) else arrangement
    event = get_event(workspace, event_id=event_id)
    names = NameCollector("seating plan", language)
    heading = event_heading(event, words["seating_plan"], language, names)
    parties = seating_parties(workspace, event_id=event_id, language=language, names=names)
    names.check()
    if not parties:
        raise ValidationError("seating plan", f"event {event_id} has no delegations yet")
    full_names = {party.key: full for party, full in parties}
    plan = arrange([party for party, _full in parties], arrangement, chair_key=event.country_code, members=members)
    legend = tuple(LegendRow(seat.label, full_names[seat.party.key] if seat.row == 0 else "", seat.person)
                   for seat in sorted(plan.seats, key=lambda s: (s.number, s.row)))
    heading = Heading(heading.title, (*heading.subtitle, words[arrangement.value]))
    return SeatingContent(language, heading, plan, (words["seat"], words["delegation"], words["name"]),
                          words["chair"], legend)


def place_cards_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> PlaceCards:
    """A card for each party the seating plan seats, in protocol order: states, organisations and guests
    alike, each with the person in its place at the table (its leader, or its first member as the plan
    has it), or its name alone when it has no one yet."""
    words = protocol_labels(language)
    get_event(workspace, event_id=event_id)
    names = NameCollector("place cards", language)
    cards = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        members = ordered_members(delegation)
        seated = delegation.leader or (members[0] if members else None)
        name = names.get(lambda m=seated: person_name(m.person, language)[0], "") if seated is not None else ""
        cards.append(PlaceCard(name, names.get(lambda d=delegation: delegation_heading(d, language), "")))
    names.check()
    if not cards:
        raise ValidationError("place cards", f"event {event_id} has no delegations yet")
    return PlaceCards(language, words["place_cards"], tuple(cards))


def badges_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> Badges:
    """A badge for everyone of every delegation, in protocol order, the head first in each."""
    words = protocol_labels(language)
    event = get_event(workspace, event_id=event_id)
    names = NameCollector("badges", language)
    event_title = names.get(lambda: name_in(event.title, language, f"event {event.id} (its title)"), "")
    badges = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        heading = names.get(lambda d=delegation: delegation_heading(d, language), "")
        for member in ordered_members(delegation):
            name, position = names.get(lambda m=member: person_name(m.person, language), ("", ""))
            badges.append(Badge(name, position, heading, words[member.role.value]))
    names.check()
    if not badges:
        raise ValidationError("badges", f"event {event_id} has no participants yet")
    return Badges(language, words["badges"], event_title, tuple(badges))
