"""Seating plans: where each delegation sits at the meeting table, as plain geometry.

Protocol seats the chair (the host's head of delegation, who presides) at the centre of one side; the
delegations then sit by precedence alternately on the chair's right and on the chair's left, the
nearest places going to the highest ranks. When one side is full, the places continue on the
opposite side, from its centre (facing the chair), alternately on the right and the left *of those
who sit there*; on a U-shape they continue down the two legs (the chair's right leg first), and on a
hollow square down the legs and then along the side facing the chair.

Coordinates are abstract units: one unit is the width of one place at the table; ``x`` grows to the
right and ``y`` downwards as the plan is drawn, the chair's side at the top. The chair faces down
the page, so the chair's right hand is on the *left* of the drawing — the usual slip in a hand-drawn
plan, and the reason the rule lives here and is tested. Members of a delegation sit in rows behind
their head. Nothing here knows Qt; the documents and the window draw what :func:`arrange` returns.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from organiser.domain.errors import ValidationError


class Arrangement(StrEnum):
    LONG_TABLE = "long-table"
    U_SHAPE = "u-shape"
    HOLLOW_SQUARE = "hollow-square"


ARRANGEMENT_LABELS = {Arrangement.LONG_TABLE: "Long table", Arrangement.U_SHAPE: "U-shape",
                      Arrangement.HOLLOW_SQUARE: "Hollow square"}

# A place's size (width, depth) in units, and how far its centre stands from the table's edge.
SEAT_SIZE = (0.94, 0.8)
SEAT_OFFSET = 0.55
ROW_SPACING = 1.0  # between a head's place and the row behind it, and between rows behind
TABLE_DEPTH = 1.0


@dataclass(frozen=True)
class Party:
    """Who sits for one delegation: its key (a state's code, an organisation's), the name printed for
    it, and its people's names as printed, the head first."""

    key: str
    name: str
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Seat:
    """One place. ``number`` is the delegation's place at the table (1 = the chair, then by precedence);
    ``row`` is 0 for the head at the table and 1, 2 … for the members behind. ``facing`` is the unit
    vector from the place towards the table; ``side`` is "top", "bottom", "left" or "right"."""

    number: int
    row: int
    party: Party
    person: str
    x: float
    y: float
    facing: tuple[float, float]
    side: str

    @property
    def label(self) -> str:
        """"3" for the head of the third place, "3.1" for the first member behind."""
        return str(self.number) if self.row == 0 else f"{self.number}.{self.row}"

    @property
    def is_chair(self) -> bool:
        return self.number == 1 and self.row == 0


@dataclass(frozen=True)
class TableRect:
    """A table (or a table's leg) as a rectangle: its left, top, width and height in units."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class SeatingPlan:
    arrangement: Arrangement
    tables: tuple[TableRect, ...]
    seats: tuple[Seat, ...]  # the heads first, by number; then the rows behind

    @property
    def heads(self) -> list[Seat]:
        return [seat for seat in self.seats if seat.row == 0]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of everything drawn, places included."""
        half_w, half_h = SEAT_SIZE[0] / 2, SEAT_SIZE[1] / 2
        xs = [t.x for t in self.tables] + [t.x + t.width for t in self.tables]
        ys = [t.y for t in self.tables] + [t.y + t.height for t in self.tables]
        xs += [s.x - half_w for s in self.seats] + [s.x + half_w for s in self.seats]
        ys += [s.y - half_h for s in self.seats] + [s.y + half_h for s in self.seats]
        return min(xs), min(ys), max(xs), max(ys)


def parse_arrangement(text: str) -> Arrangement:
    try:
        return Arrangement(text)
    except ValueError:
        raise ValidationError("arrangement", f"'{text}' is not an arrangement (those are: "
                              f"{', '.join(a.value for a in Arrangement)})") from None


def centre_out(count: int, right_sign: int) -> list[float]:
    """Offsets along one side of ``count`` places, in the order they are given: the centre first, then
    alternately the right and the left of whoever sits on that side. ``right_sign`` is +1 when the
    sitter's right is towards +x (they face up the page), -1 when it is towards -x (they face down)."""
    positions = [index - (count - 1) / 2 for index in range(count)]
    return sorted(positions, key=lambda offset: (abs(offset), 0 if offset * right_sign > 0 else 1))


def _odd_at_least(value: int) -> int:
    return value if value % 2 else value + 1


@dataclass(frozen=True)
class _Place:
    x: float
    y: float
    facing: tuple[float, float]
    side: str


def _side(count: int, y: float, facing_down: bool) -> list[_Place]:
    """``count`` places along a horizontal side at height ``y``, centre first."""
    facing = (0.0, 1.0) if facing_down else (0.0, -1.0)
    side = "top" if facing_down else "bottom"
    # Facing down the page, one's right hand points to -x; facing up, to +x.
    return [_Place(offset, y, facing, side) for offset in centre_out(count, -1 if facing_down else +1)]


def _legs(right: int, left: int, half_width: float, top: float) -> list[_Place]:
    """The legs of a U or a square, from the top down, alternately the chair's right leg (on the left of
    the drawing) and the chair's left; sitters face in."""
    right_leg = [_Place(-half_width - SEAT_OFFSET, top + 0.5 + i, (1.0, 0.0), "left") for i in range(right)]
    left_leg = [_Place(half_width + SEAT_OFFSET, top + 0.5 + i, (-1.0, 0.0), "right") for i in range(left)]
    places = []
    for index in range(max(right, left)):
        places += right_leg[index:index + 1] + left_leg[index:index + 1]
    return places


def _long_table(count: int) -> tuple[list[TableRect], list[_Place]]:
    """The chair's side has a centre (an odd number of places) and is the longer, by as little as that allows."""
    chair_side = _odd_at_least((count + 1) // 2)
    opposite = count - chair_side
    length = max(chair_side, opposite, 1)
    half = TABLE_DEPTH / 2
    table = TableRect(-length / 2, -half, float(length), TABLE_DEPTH)
    return [table], _side(chair_side, -half - SEAT_OFFSET, True) + _side(opposite, half + SEAT_OFFSET, False)


def _u_or_square(count: int, square: bool) -> tuple[list[TableRect], list[_Place]]:
    top = _odd_at_least(max(1, round(count / (4 if square else 3))))
    rest = count - top
    bottom = rest // 3 if square else 0
    legs = rest - bottom
    right, left = (legs + 1) // 2, legs // 2
    width = float(max(top, bottom, 2) + 2)  # room for the legs and a gap between them
    half = TABLE_DEPTH / 2
    leg_length = float(max(right, 1))
    tables = [TableRect(-width / 2, -half, width, TABLE_DEPTH),
              TableRect(-width / 2, half, TABLE_DEPTH, leg_length),
              TableRect(width / 2 - TABLE_DEPTH, half, TABLE_DEPTH, leg_length)]
    places = _side(top, -half - SEAT_OFFSET, True) + _legs(right, left, width / 2, half)
    if square:
        bottom_y = half + leg_length
        tables.append(TableRect(-width / 2, bottom_y, width, TABLE_DEPTH))
        places += _side(bottom, bottom_y + TABLE_DEPTH + SEAT_OFFSET, False)
    return tables, places


def arrange(parties: Sequence[Party], arrangement: Arrangement | str, *, chair_key: str | None = None,
            members: bool = True) -> SeatingPlan:
    """The plan of ``parties`` (in order of precedence) at ``arrangement``.

    The party whose key is ``chair_key`` (the host) presides at the centre of the chair's side; without
    one, or when the host has no delegation, the first in precedence presides. The others take the
    places nearest the chair in their order. With ``members``, each delegation's other people sit in
    rows behind its head."""
    arrangement = parse_arrangement(arrangement) if isinstance(arrangement, str) else arrangement
    parties = list(parties)
    if not parties:
        raise ValidationError("seating plan", "there is no delegation to seat")
    chair_index = next((i for i, p in enumerate(parties) if chair_key and p.key == chair_key), 0)
    ordered = [parties[chair_index], *parties[:chair_index], *parties[chair_index + 1:]]
    if arrangement is Arrangement.LONG_TABLE:
        tables, places = _long_table(len(ordered))
    else:
        tables, places = _u_or_square(len(ordered), arrangement is Arrangement.HOLLOW_SQUARE)
    heads, behind = [], []
    for number, (party, place) in enumerate(zip(ordered, places, strict=True), start=1):
        people = party.people or ("",)
        heads.append(Seat(number, 0, party, people[0], place.x, place.y, place.facing, place.side))
        if members:
            for row, person in enumerate(people[1:], start=1):
                back = row * ROW_SPACING
                behind.append(Seat(number, row, party, person, place.x - place.facing[0] * back,
                                   place.y - place.facing[1] * back, place.facing, place.side))
    return SeatingPlan(arrangement, tuple(tables), tuple(heads + behind))
