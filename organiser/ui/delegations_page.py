"""The Delegations screen: the selected event's delegations and the members of each; the dialogs it opens
are in delegation_dialogs.py."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.model import DelegationKind, Role
from organiser.services.delegations import event_delegations
from organiser.ui import dialogs
from organiser.ui.delegation_dialogs import DelegationDialog, MemberDialog
from organiser.ui.commands.delegations import (
    AddDelegationCommand, AddMemberCommand, RemoveDelegationCommand, RemoveMemberCommand, SetMemberRoleCommand,
)
from organiser.ui.commands.reference import SaveReferenceCommand
from organiser.ui.forms.ui_delegations_page import Ui_DelegationsPage
from organiser.ui.models.delegations_model import (
    ROLE_LABELS, DelegationsModel, MembersModel, delegation_name, member_name,
)
from organiser.ui.names_dialog import (
    NamesDialog, institution_dialog, institution_from, organisation_dialog, organisation_from, person_dialog,
    person_from, state_dialog, state_from,
)
from organiser.ui.panel import ChangeFollower
from organiser.ui.session import Session


class DelegationsPage(QWidget):
    """The Delegations screen. ``dialog`` is the dialog open on it, if any (tests reach it there)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DelegationsPage()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None
        self.delegations_model = DelegationsModel(self)
        self.members_model = MembersModel(self)
        self.ui.delegations_view.setModel(self.delegations_model)
        self.ui.members_view.setModel(self.members_model)
        for role in Role:
            self.ui.role_combo.addItem(ROLE_LABELS[role], role)
        self.ui.delegations_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_members())
        self.ui.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._member_selected())
        self.ui.add_state_button.clicked.connect(lambda: self.open_add_delegation(DelegationKind.STATE))
        self.ui.add_organisation_button.clicked.connect(lambda: self.open_add_delegation(DelegationKind.ORGANISATION))
        self.ui.add_guests_button.clicked.connect(lambda: self.open_add_delegation(DelegationKind.GUEST))
        self.ui.remove_delegation_button.clicked.connect(self.remove_delegation)
        self.ui.add_member_button.clicked.connect(self.open_add_member)
        self.ui.remove_member_button.clicked.connect(self.remove_member)
        self.ui.edit_party_button.clicked.connect(self.open_edit_party)
        self.ui.edit_member_button.clicked.connect(self.open_edit_member)
        self.ui.role_combo.activated.connect(self._role_chosen)
        self.ui.splitter.setSizes([380, 300])
        self.follower = ChangeFollower(session, self, self.reload, kinds=(
            "event", "delegation", "member", "person", "state", "organisation", "institution"))
        self.reload()

    def splitters(self) -> dict:
        return {"delegations": self.ui.splitter}

    # --- reading -------------------------------------------------------------------------------------------

    def selected_delegation(self):
        index = self.ui.delegations_view.currentIndex()
        return self.delegations_model.delegation_at(index.row()) if index.isValid() else None

    def selected_member(self):
        index = self.ui.members_view.currentIndex()
        return self.members_model.member_at(index.row()) if index.isValid() else None

    def reload(self, *_signal_arguments) -> None:
        current = self.selected_delegation()
        current_id = current.id if current else None
        member = self.selected_member()
        member_id = member.id if member else None
        event_id = self.session.event_id
        delegations = []
        if event_id is not None:
            try:
                delegations = event_delegations(self.session.workspace, event_id=event_id)
            except OrganiserError:
                delegations = []
        self.delegations_model.set_delegations(delegations, self.session.language)
        view = self.ui.delegations_view
        view.resizeColumnsToContents()
        row = self.delegations_model.row_of(current_id)
        if row < 0 and delegations:
            row = 0
        if row >= 0:
            view.selectionModel().setCurrentIndex(self.delegations_model.index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
        self._load_members(member_id)
        self.setEnabled(event_id is not None)

    def _load_members(self, member_id: int | None = None) -> None:
        delegation = self.selected_delegation()
        self.members_model.set_members(delegation.members if delegation else [], self.session.language)
        self.ui.members_view.resizeColumnsToContents()
        self.ui.members_group.setTitle(
            f"Members of {delegation_name(delegation, self.session.language)}" if delegation
            else "Members of the selected delegation")
        self.ui.members_group.setEnabled(delegation is not None)
        self.ui.remove_delegation_button.setEnabled(delegation is not None)
        self.ui.edit_party_button.setEnabled(delegation is not None)
        if delegation:
            rows = [i for i, m in enumerate(delegation.members) if m.id == member_id]
            if rows:
                self.ui.members_view.selectRow(rows[0])
        self._member_selected()

    def _member_selected(self) -> None:
        member = self.selected_member()
        self.ui.remove_member_button.setEnabled(member is not None)
        self.ui.edit_member_button.setEnabled(member is not None)
        self.ui.role_combo.setEnabled(member is not None)
        if member is not None:
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(member.role))

    def select_delegation(self, delegation_id: int) -> None:
        row = self.delegations_model.row_of(delegation_id)
        if row >= 0:
            self.ui.delegations_view.selectRow(row)

    # --- edits ------------------------------------------------------------------------------------------------

    def open_add_delegation(self, kind: DelegationKind) -> DelegationDialog:
        def submit(dialog: DelegationDialog):
            code = dialog.ui.party.currentData()
            institution_id = dialog.ui.institution.currentData()
            label = dialog.ui.party.currentText() if kind is not DelegationKind.GUEST else dialog.ui.institution.currentText()
            command = AddDelegationCommand(
                self.session, event_id=self.session.event_id, kind=kind,
                state_code=code if kind is DelegationKind.STATE else None,
                organisation_code=code if kind is DelegationKind.ORGANISATION else None,
                institution_id=institution_id, label=label)
            errors = []
            if self.session.run(command, on_error=errors.append):
                self.select_delegation(self.session.ids.resolve("delegation", command.original_id))
                return None
            return errors[0]

        self.dialog = DelegationDialog(self.session, kind, submit, self)
        self.dialog.open()
        return self.dialog

    def remove_delegation(self) -> None:
        delegation = self.selected_delegation()
        if delegation is None:
            return
        name = delegation_name(delegation, self.session.language)
        if delegation.members and not dialogs.ask_yes_no(
                self, f"Remove the delegation of {name} with its {len(delegation.members)} member(s)?"):
            return
        self.session.run(RemoveDelegationCommand(self.session, event_id=self.session.event_id,
                                                 delegation=delegation, label=name,
                                                 position=self.delegations_model.row_of(delegation.id)))

    def open_add_member(self) -> MemberDialog | None:
        delegation = self.selected_delegation()
        if delegation is None:
            return None

        def submit(dialog: MemberDialog):
            role = Role(dialog.ui.role.currentData())
            if dialog.ui.new_radio.isChecked():
                person = dialog.new_person()
                command = AddMemberCommand(self.session, delegation_id=delegation.id, role=role, new_person=person,
                                           label=f"{person.names[self.session.language].surname.upper()}")
            else:
                command = AddMemberCommand(self.session, delegation_id=delegation.id, role=role,
                                           person_id=dialog.ui.person.currentData(),
                                           label=dialog.ui.person.currentText().split(" — ")[0])
            errors = []
            return None if self.session.run(command, on_error=errors.append) else errors[0]

        self.dialog = MemberDialog(self.session, delegation.kind, delegation.leader is not None, submit, self,
                                   state_code=delegation.state.code if delegation.state else None,
                                   organisation_code=delegation.organisation.code if delegation.organisation else None)
        self.dialog.open()
        return self.dialog

    def remove_member(self) -> None:
        delegation = self.selected_delegation()
        member = self.selected_member()
        if delegation is None or member is None:
            return
        position = next(i for i, m in enumerate(delegation.members) if m.id == member.id)
        self.session.run(RemoveMemberCommand(
            self.session, delegation_id=delegation.id, member_id=member.id, person_id=member.person.id,
            role=member.role, position=position, label=member_name(member, self.session.language)))

    def _role_chosen(self) -> None:
        member = self.selected_member()
        role = Role(self.ui.role_combo.currentData())
        if member is None or role == member.role:
            return
        if not self.session.run(SetMemberRoleCommand(self.session, member_id=member.id, before=member.role,
                                                     after=role)):
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(member.role))

    def _save_names(self, kind: str, before, read):
        """A dialog's submit: save what ``read(dialog)`` gives as the new version of ``before``."""
        def submit(dialog: NamesDialog):
            after = read(dialog)
            label = getattr(before, "code", "") or ""
            errors = []
            if not self.session.run(SaveReferenceCommand(self.session, kind=kind, before=before, after=after,
                                                         label=label), on_error=errors.append):
                return errors[0]
            return None
        return submit

    def open_edit_party(self) -> NamesDialog | None:
        """The names of the selected delegation's state, organisation, or (for guests) institution."""
        delegation = self.selected_delegation()
        if delegation is None:
            return None
        if delegation.state is not None:
            self.dialog = state_dialog(delegation.state, self._save_names("state", delegation.state, state_from), self)
        elif delegation.organisation is not None:
            self.dialog = organisation_dialog(delegation.organisation, self._save_names(
                "organisation", delegation.organisation, organisation_from), self)
        elif delegation.institution is not None:
            institution = delegation.institution
            self.dialog = institution_dialog(institution, self._save_names(
                "institution", institution, lambda d: institution_from(d, institution)), self)
        else:
            return None
        self.dialog.open()
        return self.dialog

    def open_edit_member(self) -> NamesDialog | None:
        """The selected member's honorific, rank, names and position in every language."""
        member = self.selected_member()
        if member is None:
            return None
        person = member.person
        self.dialog = person_dialog(person, self._save_names("person", person, lambda d: person_from(d, person)), self)
        self.dialog.open()
        return self.dialog
