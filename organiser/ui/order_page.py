"""The Protocol order screen: the rule (collation language, host placement), the order it gives, and
moves by hand with a recorded reason."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.languages import LANGUAGES, english_name
from organiser.domain.protocol import HostPlacement
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.commands.order import MoveDelegationCommand, ResetOrderCommand, SetPrecedenceCommand
from organiser.ui.forms.ui_order_page import Ui_OrderPage
from organiser.ui.models.delegations_model import delegation_name
from organiser.ui.models.order_model import OrderModel
from organiser.ui.panel import ChangeFollower
from organiser.ui.session import Session, plain

PLACEMENT_LABELS = {HostPlacement.IN_ORDER: "where the alphabet puts it", HostPlacement.FIRST: "first",
                    HostPlacement.LAST: "last of the states"}


class OrderPage(QWidget):
    """The Protocol order screen of the selected event."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_OrderPage()
        self.ui.setupUi(self)
        for code in LANGUAGES:
            self.ui.language.addItem(f"{english_name(code)} ({code})", code)
        for placement in HostPlacement:
            self.ui.host_placement.addItem(PLACEMENT_LABELS[placement], placement.value)
        self.model = OrderModel(self)
        self.ui.order_view.setModel(self.model)
        self.ui.language.activated.connect(lambda _i: self._rule_chosen())
        self.ui.host_placement.activated.connect(lambda _i: self._rule_chosen())
        self.ui.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.ui.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.ui.reset_button.clicked.connect(self.reset)
        self.ui.order_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.follower = ChangeFollower(session, self, self.reload, kinds=(
            "event", "delegation", "member", "person", "state", "organisation", "institution"))
        self.reload()

    def reload(self, *_signal_arguments) -> None:
        event_id = self.session.event_id
        self.setEnabled(event_id is not None)
        self.ui.error_label.clear()
        if event_id is None:
            self.model.set_order([], "en", self.session.language)
            return
        current = self.ui.order_view.currentIndex()
        current_id = current.data(0x0100) if current.isValid() else None
        try:
            event = event_service.get_event(self.session.workspace, event_id=event_id)
        except OrganiserError:
            return
        self.ui.language.setCurrentIndex(self.ui.language.findData(event.precedence_language))
        self.ui.host_placement.setCurrentIndex(self.ui.host_placement.findData(event.host_placement))
        try:
            order = event_service.ordered_delegations(self.session.workspace, event_id=event_id)
        except OrganiserError as error:
            order = []
            self.ui.error_label.setText(f"No order in this language: {plain(str(error))} "
                                        "Give the name in that language, or choose another.")
        self.model.set_order(order, event.precedence_language, self.session.language)
        self.ui.order_view.resizeColumnsToContents()
        for row, delegation in enumerate(order):
            if delegation.id == current_id:
                self.ui.order_view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.ui.order_view.currentIndex().row()
        count = self.model.rowCount()
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < count - 1)
        self.ui.reset_button.setEnabled(any(self.model.delegation_at(i).manual_position is not None
                                            for i in range(count)))

    def names(self) -> list[str]:
        """The delegations' names in the order shown (in the rule's language)."""
        return self.model.names()

    # --- edits ------------------------------------------------------------------------------------------

    def _rule_chosen(self) -> None:
        event = event_service.get_event(self.session.workspace, event_id=self.session.event_id)
        after = (self.ui.language.currentData(), self.ui.host_placement.currentData())
        before = (event.precedence_language, event.host_placement)
        if after != before:
            self.session.run(SetPrecedenceCommand(self.session, event_id=event.id, before=before, after=after))

    def set_rule(self, language: str, placement: str | None = None) -> None:
        """Choose the rule as a user would, in the two combo boxes."""
        self.ui.language.setCurrentIndex(self.ui.language.findData(language))
        if placement is not None:
            self.ui.host_placement.setCurrentIndex(self.ui.host_placement.findData(placement))
        self._rule_chosen()

    def move_selected(self, step: int) -> bool:
        row = self.ui.order_view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return False
        delegation = self.model.delegation_at(row)
        name = delegation_name(delegation, self.session.language)
        reason = dialogs.ask_text(self, "Move by hand",
                                  f"Why does {name} stand at place {target + 1}? (The reason is recorded.)")
        if reason is None:
            return False
        if not reason.strip():
            self.ui.error_label.setText("A move by hand needs a reason; the order was not changed.")
            return False
        done = self.session.run(MoveDelegationCommand(
            self.session, delegation_id=delegation.id,
            before=(delegation.manual_position, delegation.manual_reason), after=(target + 1, reason.strip()),
            label=name))
        if done:
            self.ui.order_view.selectRow(target)
        return done

    def reset(self) -> None:
        moved = [(d.id, d.manual_position, d.manual_reason)
                 for d in (self.model.delegation_at(i) for i in range(self.model.rowCount()))
                 if d.manual_position is not None]
        if moved:
            self.session.run(ResetOrderCommand(self.session, event_id=self.session.event_id, moved=moved))
