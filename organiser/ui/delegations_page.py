"""The Delegations screen: the selected event's delegations and the members of each."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QWidget

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.keys import slug
from organiser.domain.model import DelegationKind, Institution, Person, PersonName, Role
from organiser.domain.validation import validate_person
from organiser.services import events as event_service
from organiser.services.delegations import event_delegations
from organiser.ui import dialogs
from organiser.ui.common import fill_combo, institution_label, mark, organisation_label, state_label
from organiser.ui.forms.ui_delegation_dialog import Ui_DelegationDialog
from organiser.ui.forms.ui_delegations_page import Ui_DelegationsPage
from organiser.ui.forms.ui_member_dialog import Ui_MemberDialog
from organiser.ui.models.delegations_model import (
    ROLE_LABELS, DelegationsModel, MembersModel, delegation_name, member_name,
)
from organiser.ui.models.programme_model import person_label
from organiser.ui.names_dialog import (
    NamesDialog, institution_dialog, institution_from, organisation_dialog, organisation_from, person_dialog,
    person_from, state_dialog, state_from,
)
from organiser.ui.session import Session
from organiser.ui.undo import (
    AddDelegationCommand, AddMemberCommand, RemoveDelegationCommand, RemoveMemberCommand, SaveReferenceCommand,
    SetMemberRoleCommand,
)

HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "")


class DelegationDialog(QDialog):
    """Choose the state, organisation or guest institution of a new delegation. ``submit`` is called with
    the dialog on OK and returns an error text to show, or None to close."""

    def __init__(self, session: Session, kind: DelegationKind, submit, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.submit = submit
        self.ui = Ui_DelegationDialog()
        self.ui.setupUi(self)
        self.names_dialog: NamesDialog | None = None
        if kind is DelegationKind.STATE:
            self.setWindowTitle("Add a state's delegation")
        elif kind is DelegationKind.ORGANISATION:
            self.setWindowTitle("Add an organisation's delegation")
            self.ui.party_label.setText("&Organisation:")
        else:
            self.setWindowTitle("Add guests")
            for widget in (self.ui.party_label, self.ui.party, self.ui.new_party_button):
                widget.hide()
        self._fill_parties()
        self.ui.party.currentIndexChanged.connect(lambda *_: self._fill_institutions())
        self.ui.new_party_button.clicked.connect(self.open_new_party)
        self.ui.new_institution_button.clicked.connect(self.open_new_institution)
        self.ui.buttons.accepted.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill_parties(self, current: str | None = None) -> None:
        language = self.session.language
        reference = event_service.reference_data(self.session.workspace)
        present = {d.code for d in event_delegations(self.session.workspace, event_id=self.session.event_id)}
        if self.kind is DelegationKind.STATE:
            states = sorted((s for s in reference["states"].values() if s.code not in present),
                            key=lambda s: state_label(s, language))
            fill_combo(self.ui.party, [(state_label(s, language), s.code) for s in states], current)
        elif self.kind is DelegationKind.ORGANISATION:
            organisations = [o for o in reference["organisations"].values() if o.code not in present]
            fill_combo(self.ui.party, [(organisation_label(o, language), o.code) for o in organisations], current)
        self._fill_institutions()

    def open_new_party(self) -> NamesDialog:
        """Create the state or organisation the list lacks; once saved it is chosen here."""
        kind = "state" if self.kind is DelegationKind.STATE else "organisation"

        def submit(dialog: NamesDialog):
            record = state_from(dialog) if kind == "state" else organisation_from(dialog)
            errors = []
            if not self.session.run(SaveReferenceCommand(self.session, kind=kind, before=None, after=record,
                                                         label=record.code), on_error=errors.append):
                return errors[0]
            self._fill_parties(current=record.code)
            return None

        make = state_dialog if kind == "state" else organisation_dialog
        self.names_dialog = make(None, submit, self)
        self.names_dialog.open()
        return self.names_dialog

    def open_new_institution(self) -> NamesDialog:
        """Create an institution of the chosen state or organisation (or a guests' one)."""
        code = self.ui.party.currentData()
        template = Institution("", {}, code if self.kind is DelegationKind.STATE else None,
                               code if self.kind is DelegationKind.ORGANISATION else None)

        def submit(dialog: NamesDialog):
            institution = institution_from(dialog, template)
            command = SaveReferenceCommand(self.session, kind="institution", before=None, after=institution,
                                           label=institution_label(institution, self.session.language))
            errors = []
            if not self.session.run(command, on_error=errors.append):
                return errors[0]
            self._fill_institutions(current=self.session.ids.resolve("institution", command.original_id))
            return None

        self.names_dialog = institution_dialog(None, submit, self)
        self.names_dialog.open()
        return self.names_dialog

    def _fill_institutions(self, current: int | None = None) -> None:
        language = self.session.language
        self.institutions = event_service.reference_data(self.session.workspace)["institutions"]
        code = self.ui.party.currentData()
        if self.kind is DelegationKind.STATE:
            chosen = [i for i in self.institutions.values() if i.state_code == code]
        elif self.kind is DelegationKind.ORGANISATION:
            chosen = [i for i in self.institutions.values() if i.organisation_code == code]
        else:
            chosen = list(self.institutions.values())
        chosen.sort(key=lambda i: institution_label(i, language))
        fill_combo(self.ui.institution, [(institution_label(i, language), i.id) for i in chosen], current,
                   none_label=None if self.kind is DelegationKind.GUEST else "(none)")
        if current is None and chosen and self.kind is not DelegationKind.GUEST:
            self.ui.institution.setCurrentIndex(1)

    def choose(self, code: str | None = None, institution_id: int | None = None) -> None:
        """Select a state or organisation (by code) and an institution (by id), as a user would."""
        if code is not None:
            self.ui.party.setCurrentIndex(self.ui.party.findData(code))
        if institution_id is not None:
            self.ui.institution.setCurrentIndex(self.ui.institution.findData(institution_id))

    def _ok(self) -> None:
        if self.kind is not DelegationKind.GUEST and self.ui.party.currentData() is None:
            self.ui.error_label.setText("Choose the " + ("state." if self.kind is DelegationKind.STATE
                                                           else "organisation."))
            mark(self.ui.party, True)
            return
        error = self.submit(self)
        if error:
            self.ui.error_label.setText(error)
        else:
            self.accept()


class MemberDialog(QDialog):
    """Choose an existing person or enter a new one (in the editing language), and the member's role."""

    def __init__(self, session: Session, kind: DelegationKind, has_leader: bool, submit, parent=None):
        super().__init__(parent)
        self.session = session
        self.submit = submit
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        language = session.language
        persons = event_service.reference_data(session.workspace)["persons"]
        entries = sorted(((person_label(p, language) + (f" — {p.names[language].position}"
                                                        if language in p.names and p.names[language].position else ""),
                           p.id) for p in persons.values()), key=lambda e: e[0])
        fill_combo(self.ui.person, entries)
        self.ui.honorific.addItems(HONORIFICS)
        for role in Role:
            self.ui.role.addItem(ROLE_LABELS[role], role)
        if kind is DelegationKind.GUEST:
            default = Role.LECTURER
        elif has_leader:
            default = Role.MEMBER
        else:
            default = Role.ORGANISATION_REPRESENTATIVE if kind is DelegationKind.ORGANISATION else Role.HEAD
        self.ui.role.setCurrentIndex(self.ui.role.findData(default))
        self.ui.new_radio.toggled.connect(self._mode_changed)
        if not entries:
            self.ui.new_radio.setChecked(True)
        self._mode_changed()
        self.ui.buttons.accepted.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)

    def _mode_changed(self) -> None:
        new = self.ui.new_radio.isChecked()
        self.ui.new_person.setEnabled(new)
        self.ui.person.setEnabled(not new)

    def new_person(self) -> Person:
        """The person entered, checked (a ValidationError names the field and the problem)."""
        ui = self.ui
        name = PersonName(given_name=ui.given_name.text(), surname=ui.surname.text(),
                          honorific=ui.honorific.currentText(), rank=ui.rank.text(), position=ui.position.text())
        person = Person("", {self.session.language: name})
        person.key = slug(f"{name.given_name} {name.surname}")
        return validate_person(person)

    def _ok(self) -> None:
        ui = self.ui
        for widget in (ui.given_name, ui.surname, ui.position, ui.rank):
            mark(widget, False)
        if ui.new_radio.isChecked():
            try:
                self.new_person()
            except ValidationError as error:
                field = error.field.split(" (")[0].replace(" ", "_")
                widget = getattr(ui, field, None)
                if widget is not None:
                    mark(widget, True, error.problem)
                ui.error_label.setText(f"{error.field.split(' (')[0].capitalize()} {error.problem}.")
                return
        error = self.submit(self)
        if error:
            ui.error_label.setText(error)
        else:
            self.accept()


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
        session.data_changed.connect(self.reload)
        session.event_selected.connect(self.reload)
        session.language_changed.connect(self.reload)
        session.workspace_changed.connect(self.reload)
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

        self.dialog = MemberDialog(self.session, delegation.kind, delegation.leader is not None, submit, self)
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
