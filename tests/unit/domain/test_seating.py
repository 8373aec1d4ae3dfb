"""Seating plans: the chair at the centre, precedence alternating on the chair's right and left."""
from __future__ import annotations

import itertools

import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.seating import (
    SEAT_SIZE, Arrangement, Party, Seat, TableRect, arrange, centre_out, parse_arrangement,
)


def parties(*keys: str, members: int = 0) -> list[Party]:
    return [Party(key, f"State {key}", (f"Head {key}", *(f"Member {key}{n}" for n in range(1, members + 1))))
            for key in keys]


def right_hand(seat: Seat) -> tuple[float, float]:
    """The direction of the sitter's right hand, on a plan drawn with y down the page."""
    fx, fy = seat.facing
    return -fy, fx


def on_right_of(seat: Seat, other: Seat) -> bool:
    rx, ry = right_hand(seat)
    return (other.x - seat.x) * rx + (other.y - seat.y) * ry > 0


def by_number(plan) -> dict[int, Seat]:
    return {seat.number: seat for seat in plan.heads}


# --- the order along one side ------------------------------------------------------------------------

def test_along_a_side_the_centre_comes_first_then_right_and_left_of_whoever_sits_there():
    # Facing down the page, one's right is towards -x.
    assert centre_out(5, -1) == [0, -1, 1, -2, 2]
    # Facing up the page (the side opposite the chair), one's right is towards +x.
    assert centre_out(5, +1) == [0, 1, -1, 2, -2]
    # An even side has no centre place: the two nearest it, the right one first.
    assert centre_out(4, -1) == [-0.5, 0.5, -1.5, 1.5]
    assert centre_out(1, -1) == [0]
    assert centre_out(0, -1) == []


# --- the long table -------------------------------------------------------------------------------------

def test_the_host_presides_at_the_centre_and_the_others_alternate_right_then_left_by_precedence():
    # Precedence (Turkish alphabet): AZ, KZ, KG, UZ, TR, OTS; the host is KG.
    plan = arrange(parties("AZ", "KZ", "KG", "UZ", "TR", "OTS"), Arrangement.LONG_TABLE, chair_key="KG")
    seats = by_number(plan)
    assert [seats[n].party.key for n in range(1, 7)] == ["KG", "AZ", "KZ", "UZ", "TR", "OTS"]
    chair = seats[1]
    assert chair.is_chair and chair.x == 0 and chair.side == "top" and chair.facing == (0.0, 1.0)
    # The first in precedence on the chair's right hand — the left of the drawing, as the chair faces down.
    assert on_right_of(chair, seats[2]) and seats[2].x < 0
    assert not on_right_of(chair, seats[3]) and seats[3].x > 0
    assert seats[2].y == seats[3].y == chair.y
    # The opposite side continues from its centre, facing the chair, then right and left of those there.
    opposite = seats[4]
    assert opposite.side == "bottom" and opposite.x == 0 and opposite.facing == (0.0, -1.0)
    assert on_right_of(opposite, seats[5]) and not on_right_of(opposite, seats[6])


def test_without_a_host_delegation_the_first_in_precedence_presides():
    plan = arrange(parties("AZ", "KZ", "UZ"), "long-table", chair_key="KG")
    assert [s.party.key for s in sorted(plan.heads, key=lambda s: s.number)] == ["AZ", "KZ", "UZ"]
    assert by_number(plan)[1].x == 0
    assert by_number(arrange(parties("AZ", "KZ"), "long-table")).keys() == {1, 2}


def test_the_places_nearest_the_chair_go_to_the_highest_ranks():
    plan = arrange(parties(*"ABCDEFGHIJK"), Arrangement.LONG_TABLE, chair_key="A")
    top = sorted((s for s in plan.heads if s.side == "top"), key=lambda s: s.number)
    distances = [abs(s.x) for s in top]
    assert distances == sorted(distances)
    # The chair's side has a centre (an odd number of places) and is the longer, by as little as that allows.
    sides = [s.side for s in plan.heads]
    assert (sides.count("top"), sides.count("bottom")) == (7, 4)
    assert [len([s for s in arrange(parties(*"ABCDEF"[:n]), "long-table").heads if s.side == "top"])
            for n in range(1, 7)] == [1, 1, 3, 3, 3, 3]


def test_members_sit_in_rows_behind_their_head():
    plan = arrange(parties("AZ", "KZ", members=2), Arrangement.LONG_TABLE, chair_key="AZ")
    behind = [s for s in plan.seats if s.party.key == "KZ"]
    head = next(s for s in behind if s.row == 0)
    assert [(s.label, s.person) for s in behind] == [("2", "Head KZ"), ("2.1", "Member KZ1"), ("2.2", "Member KZ2")]
    for seat in behind[1:]:
        # Further from the table along the line the head faces it.
        assert seat.x == pytest.approx(head.x - head.facing[0] * seat.row)
        assert seat.y == pytest.approx(head.y - head.facing[1] * seat.row)
    assert len(arrange(parties("AZ", "KZ", members=2), Arrangement.LONG_TABLE, members=False).seats) == 2


# --- U-shape and hollow square ------------------------------------------------------------------------

def test_on_a_u_shape_the_places_continue_down_the_legs_the_chairs_right_leg_first():
    plan = arrange(parties(*"ABCDEFGH"), Arrangement.U_SHAPE, chair_key="A")
    seats = by_number(plan)
    chair = seats[1]
    legs = [s for s in sorted(plan.heads, key=lambda s: s.number) if s.side in ("left", "right")]
    assert legs, "a U-shape of eight has people on its legs"
    assert on_right_of(chair, legs[0]) and legs[0].facing == (1.0, 0.0)
    assert not on_right_of(chair, legs[1]) and legs[1].facing == (-1.0, 0.0)
    # Down the legs, pair by pair.
    assert legs[0].y == legs[1].y < legs[2].y
    assert all(s.side in ("top", "left", "right") for s in plan.heads)


def test_a_hollow_square_closes_with_a_side_facing_the_chair():
    plan = arrange(parties(*"ABCDEFGHIJKL"), Arrangement.HOLLOW_SQUARE)
    bottom = [s for s in plan.heads if s.side == "bottom"]
    assert bottom and all(s.facing == (0.0, -1.0) for s in bottom)
    assert min(s.number for s in bottom) > max(s.number for s in plan.heads if s.side in ("left", "right"))
    assert len(plan.tables) == 4


def _boxes_overlap(a: Seat, b: Seat) -> bool:
    w, d = SEAT_SIZE
    return abs(a.x - b.x) < w - 1e-9 and abs(a.y - b.y) < d - 1e-9


def _on_table(seat: Seat, table: TableRect) -> bool:
    w, d = SEAT_SIZE
    return (seat.x + w / 2 > table.x + 1e-9 and seat.x - w / 2 < table.x + table.width - 1e-9
            and seat.y + d / 2 > table.y + 1e-9 and seat.y - d / 2 < table.y + table.height - 1e-9)


@pytest.mark.parametrize("arrangement", list(Arrangement))
@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7, 9, 12, 16, 21])
def test_every_delegation_has_one_place_and_no_place_overlaps_another_or_a_table(arrangement, count):
    keys = [f"K{n}" for n in range(count)]
    plan = arrange(parties(*keys, members=2), arrangement, chair_key=keys[count // 2])
    assert sorted(s.number for s in plan.heads) == list(range(1, count + 1))
    assert sorted(s.party.key for s in plan.heads) == sorted(keys)
    assert len(plan.seats) == 3 * count
    for a, b in itertools.combinations(plan.seats, 2):
        assert not _boxes_overlap(a, b), (a.label, b.label)
    for seat in plan.seats:
        assert not any(_on_table(seat, table) for table in plan.tables), seat.label
    left, top, right, bottom = plan.bounds()
    assert all(left <= s.x <= right and top <= s.y <= bottom for s in plan.seats)


def test_nothing_to_seat_and_an_unknown_shape_are_errors_naming_the_field():
    with pytest.raises(ValidationError, match="seating plan"):
        arrange([], Arrangement.LONG_TABLE)
    with pytest.raises(ValidationError, match="arrangement: 'round' is not an arrangement"):
        parse_arrangement("round")
    assert parse_arrangement("u-shape") is Arrangement.U_SHAPE
