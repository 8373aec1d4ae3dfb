"""Commands on an event's protocol order: its rule, and delegations placed by hand."""
from __future__ import annotations

from organiser.services.changes import Change
from organiser.services.delegations import clear_manual_position, move_delegation, reset_order, set_precedence
from organiser.ui.commands.base import Command, ValueChange, fill, translate


class SetPrecedenceCommand(ValueChange):
    """Change the event's order rule, a (collation language, host placement) pair; undo sets the one before."""

    def __init__(self, session, *, event_id: int, before: tuple[str, str], after: tuple[str, str]):
        super().__init__(session, translate("commands", "Change order rule"), before=before, after=after)
        self.event_id = event_id

    def set(self, value):
        language, host_placement = value
        return set_precedence(self.ws, event_id=self.resolve("event", self.event_id), language=language,
                              host_placement=host_placement)


class MoveDelegationCommand(ValueChange):
    """Place a delegation by hand at (position, reason), or give it back to the rule (position None); undo
    returns it to the place before."""

    def __init__(self, session, *, delegation_id: int, before: tuple[int | None, str], after: tuple[int, str],
                 label: str = ""):
        super().__init__(session, fill(translate("commands", "Move delegation %1"), label) if label
                         else translate("commands", "Move delegation"), before=before, after=after)
        self.original_id = delegation_id

    def set(self, value):
        position, reason = value
        delegation_id = self.resolve("delegation", self.original_id)
        if position is None:
            return clear_manual_position(self.ws, delegation_id=delegation_id)
        return move_delegation(self.ws, delegation_id=delegation_id, position=position, reason=reason)


class ResetOrderCommand(Command):
    """Drop every move by hand so that the rule alone orders the event; undo moves each delegation back."""

    def __init__(self, session, *, event_id: int, moved: list[tuple[int, int, str]]):
        super().__init__(session, translate("commands", "Reset order to the rule"))
        self.event_id = event_id
        self.moved = list(moved)  # (delegation id, position, reason) of every delegation moved by hand

    def do(self):
        return reset_order(self.ws, event_id=self.resolve("event", self.event_id))

    def undo_it(self):
        change = Change()
        for delegation_id, position, reason in sorted(self.moved, key=lambda m: m[1]):
            change = change.merged(move_delegation(self.ws, delegation_id=self.resolve("delegation", delegation_id),
                                                   position=position, reason=reason))
        return change
