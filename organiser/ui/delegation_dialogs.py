"""The dialogs of the Delegations screen: adding a delegation (a state, organisation or guests, with the
institution it comes from) and adding a member (an existing person or a new one)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from organiser.domain.errors import ValidationError
from organiser.domain.collation import sort_key
from organiser.domain.keys import slug
from organiser.domain.model import DelegationKind, Institution, Person, PersonName, Role
from organiser.domain.validation import validate_person
from organiser.services.reference_data import reference_data
from organiser.services.delegations import event_delegations, persons_of_party
from organiser.ui.common import fill_combo, institution_label, mark, organisation_label, state_label
from organiser.ui.forms.ui_delegation_dialog import Ui_DelegationDialog
from organiser.ui.forms.ui_member_dialog import Ui_MemberDialog
from organiser.ui.models.delegations_model import ROLE_LABELS
from organiser.ui.models.programme_model import person_label
from organiser.ui.names_dialog import (
    NamesDialog, institution_dialog, institution_from, organisation_dialog, organisation_from, state_dialog, state_from,
)
from organiser.ui.session import Session
from organiser.ui.commands.reference import SaveReferenceCommand

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
        reference = reference_data(self.session.workspace)
        present = {d.code for d in event_delegations(self.session.workspace, event_id=self.session.event_id)}
        if self.kind is DelegationKind.STATE:
            states = sorted((s for s in reference["states"].values() if s.code not in present),
                            key=lambda s: state_label(s, language))
            fill_combo(self.ui.party, [(state_label(s, language), s.code) for s in states], current,
                       none_label="(choose a state)")
        elif self.kind is DelegationKind.ORGANISATION:
            organisations = [o for o in reference["organisations"].values() if o.code not in present]
            fill_combo(self.ui.party, [(organisation_label(o, language), o.code) for o in organisations], current,
                       none_label="(choose an organisation)")
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
        self.institutions = reference_data(self.session.workspace)["institutions"]
        code = self.ui.party.currentData()
        if self.kind is not DelegationKind.GUEST and code is None:
            chosen = []  # no state or organisation chosen yet: no institution to offer (not the stateless ones)
        elif self.kind is DelegationKind.STATE:
            chosen = [i for i in self.institutions.values() if i.state_code == code]
        elif self.kind is DelegationKind.ORGANISATION:
            chosen = [i for i in self.institutions.values() if i.organisation_code == code]
        else:
            chosen = list(self.institutions.values())
        chosen.sort(key=lambda i: institution_label(i, language))
        # Nothing is chosen for the user among guests' institutions (any institution may send guests);
        # a state's or organisation's own institution, when it has one, is proposed.
        fill_combo(self.ui.institution, [(institution_label(i, language), i.id) for i in chosen], current,
                   none_label="(choose an institution)" if self.kind is DelegationKind.GUEST else "(none)")
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
        if self.kind is DelegationKind.GUEST and self.ui.institution.currentData() is None:
            self.ui.error_label.setText("Institution: choose the institution the guests come from.")
            mark(self.ui.institution, True)
            return
        error = self.submit(self)
        if error:
            self.ui.error_label.setText(error)
        else:
            self.accept()


class MemberDialog(QDialog):
    """Choose an existing person or enter a new one (in the editing language), and the member's role."""

    def __init__(self, session: Session, kind: DelegationKind, has_leader: bool, submit, parent=None, *,
                 state_code: str | None = None, organisation_code: str | None = None):
        super().__init__(parent)
        self.session = session
        self.submit = submit
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        language = session.language
        persons = reference_data(session.workspace)["persons"]
        # Nobody is chosen for the user: first the persons who served this state or organisation before,
        # then everyone else, each group by surname in the editing language's alphabet.
        own = persons_of_party(session.workspace, state_code=state_code, organisation_code=organisation_code)
        by_surname = sort_key(language)

        def surname_key(person):
            name = person.names.get(language) or next(iter(person.names.values()), None)
            return (by_surname(name.surname), by_surname(name.given_name)) if name else (by_surname(person.key), b"")

        def entry(person):
            position = person.names[language].position if language in person.names else ""
            return person_label(person, language) + (f" — {position}" if position else ""), person.id

        first = [entry(p) for p in sorted((p for p in persons.values() if p.id in own), key=surname_key)]
        others = [entry(p) for p in sorted((p for p in persons.values() if p.id not in own), key=surname_key)]
        entries = first + others
        fill_combo(self.ui.person, entries, none_label="(choose a person)")
        if first and others:
            self.ui.person.insertSeparator(len(first) + 1)
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
        for widget in (ui.given_name, ui.surname, ui.position, ui.rank, ui.person):
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
        elif ui.person.currentData() is None:
            mark(ui.person, True, "choose a person")
            ui.error_label.setText("Person: choose one from the list, or enter a new person.")
            return
        error = self.submit(self)
        if error:
            ui.error_label.setText(error)
        else:
            self.accept()
