"""Protocol order: the one function that orders an event's delegations for every output.

States come first, members before observers, each group alphabetically by the state's short name in
the chosen language with that language's collation; then international organisations, then guests.
The reference declaration orders Azerbaijan, Kazakhstan, Kyrgyz Republic, Uzbekistan, Türkiye: the
Turkish (equally Azerbaijani or Kyrgyz) alphabetical order of the states' names, not the English one.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from organiser.domain.collation import sort_key
from organiser.domain.model import Delegation, DelegationKind, Member, Role, StateStatus


class HostPlacement(StrEnum):
    IN_ORDER = "in_order"  # the host's delegation stands where the alphabet puts it
    FIRST = "first"
    LAST = "last"  # after the other states, before organisations and guests


@dataclass(frozen=True)
class PrecedenceRule:
    language: str
    host_placement: HostPlacement = HostPlacement.IN_ORDER


_STATUS_RANK = {StateStatus.MEMBER: 1, StateStatus.OBSERVER: 2, StateStatus.OTHER: 3}
_KIND_RANK = {DelegationKind.ORGANISATION: 5, DelegationKind.GUEST: 6}


def _group(delegation: Delegation, rule: PrecedenceRule, host_code: str | None) -> int:
    if delegation.kind is DelegationKind.STATE:
        if host_code and delegation.code == host_code:
            if rule.host_placement is HostPlacement.FIRST:
                return 0
            if rule.host_placement is HostPlacement.LAST:
                return 4
        return _STATUS_RANK[delegation.state.status]
    return _KIND_RANK[delegation.kind]


def protocol_order(delegations: Iterable[Delegation], rule: PrecedenceRule,
                   host_code: str | None = None) -> list[Delegation]:
    """``delegations`` in order of precedence under ``rule``; ``host_code`` is the host state's code.

    A delegation with no name in the rule's language is an error naming it (MissingNameError): an
    order built on a guessed name would be wrong without anyone seeing it."""
    collate = sort_key(rule.language)
    delegations = list(delegations)
    keyed = [(_group(d, rule, host_code), collate(d.display_name(rule.language)), index, d)
             for index, d in enumerate(delegations) if d.manual_position is None]
    keyed.sort(key=lambda item: item[:3])
    ordered = [item[3] for item in keyed]
    # A delegation moved by hand takes its recorded place; the rule orders everyone else around it.
    for moved in sorted((d for d in delegations if d.manual_position is not None), key=lambda d: d.manual_position):
        ordered.insert(min(max(moved.manual_position, 1), len(ordered) + 1) - 1, moved)
    return ordered


_ROLE_RANK = {Role.HEAD: 0, Role.ORGANISATION_REPRESENTATIVE: 0, Role.MEMBER: 1, Role.GUEST_SPEAKER: 2, Role.LECTURER: 3}


def ordered_members(delegation: Delegation) -> list[Member]:
    """A delegation's members by rank (the head first), then in the order they were entered."""
    return sorted(delegation.members, key=lambda member: _ROLE_RANK[member.role])
