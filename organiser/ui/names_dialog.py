"""Editing a record's names in every language: a row per language, a column per part of the name.

One dialog serves states (short and official name, article), organisations, institutions and persons
(honorific, rank, given name, surname, position); what differs is the columns and the fields above the
table (a state's code and status, for one).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QTableWidgetItem, QWidget

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.languages import available_languages, english_name
from organiser.domain.validation import check_names, validate_organisation, validate_person, validate_state
from organiser.domain.model import (
    Institution, Organisation, OrganisationName, Person, PersonName, State, StateName, StateStatus,
)
from organiser.ui.common import mark
from organiser.ui.forms.ui_names_dialog import Ui_NamesDialog

ERROR_BRUSH = QBrush(QColor("#fdecee"))


@dataclass(frozen=True)
class Column:
    attribute: str  # the attribute of the per-language name ("short", "given_name"), or "" for a plain text
    label: str      # as the validators name the field ("Short name" ↔ "short name (az)")


STATE_COLUMNS = (Column("short", "Short name"), Column("official", "Official name"), Column("article", "Article"))
ORGANISATION_COLUMNS = (Column("short", "Short name"), Column("full", "Full name"), Column("article", "Article"))
INSTITUTION_COLUMNS = (Column("", "Name"),)
PERSON_COLUMNS = (Column("honorific", "Honorific"), Column("rank", "Rank"), Column("given_name", "Given name"),
                  Column("surname", "Surname"), Column("position", "Position"))


class NamesDialog(QDialog):
    """A record's names per language. ``submit(dialog)`` saves and returns None, or returns the
    ValidationError (or text) to show; the dialog then stays open with the field marked."""

    def __init__(self, title: str, columns: tuple[Column, ...], names: dict[str, object], submit,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NamesDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.columns = columns
        self.submit = submit
        self.languages = available_languages()
        self.header_fields: dict[str, QWidget] = {}
        table = self.ui.names_table
        table.setColumnCount(len(columns))
        table.setRowCount(len(self.languages))
        table.setHorizontalHeaderLabels([c.label for c in columns])
        table.setVerticalHeaderLabels([f"{code}  {english_name(code)}" for code in self.languages])
        for row, language in enumerate(self.languages):
            name = names.get(language)
            for column, spec in enumerate(columns):
                value = "" if name is None else (getattr(name, spec.attribute) if spec.attribute else name)
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        self.ui.buttons.accepted.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)

    # --- fields above the table --------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.ui.header_layout.addRow(label, widget)
        self.header_fields[key] = widget
        return widget

    # --- reading and writing, as a user would ----------------------------------------------------------------

    def set_text(self, language: str, label: str, text: str) -> None:
        row = self.languages.index(language)
        column = next(i for i, c in enumerate(self.columns) if c.label == label)
        self.ui.names_table.item(row, column).setText(text)

    def rows(self) -> dict[str, dict[str, str]]:
        """The names typed, by language and column attribute; languages left wholly empty are left out."""
        table = self.ui.names_table
        rows = {}
        for row, language in enumerate(self.languages):
            values = {spec.attribute: table.item(row, column).text() for column, spec in enumerate(self.columns)}
            if any(v.strip() for v in values.values()):
                rows[language] = values
        return rows

    # --- errors ------------------------------------------------------------------------------------------------

    def show_error(self, error: OrganiserError | str) -> None:
        self._clear_marks()
        if isinstance(error, ValidationError):
            self.ui.error_label.setText(f"{error.field[:1].upper()}{error.field[1:]} {error.problem}.")
            self._mark(error)
        else:
            self.ui.error_label.setText(str(error))

    def _mark(self, error: ValidationError) -> None:
        field, _, rest = error.field.partition(" (")
        language = rest.rstrip(")")
        for column, spec in enumerate(self.columns):
            if spec.label.lower() == field.lower() and language in self.languages:
                item = self.ui.names_table.item(self.languages.index(language), column)
                item.setBackground(ERROR_BRUSH)
                item.setToolTip(error.problem)
                self.ui.names_table.setCurrentItem(item)
                return
        widget = self.header_fields.get(field.lower())
        if widget is not None:
            mark(widget, True, error.problem)

    def _clear_marks(self) -> None:
        table = self.ui.names_table
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                table.item(row, column).setBackground(QBrush())
                table.item(row, column).setToolTip("")
        for widget in self.header_fields.values():
            mark(widget, False)

    def _ok(self) -> None:
        try:
            problem = self.submit(self)
        except ValidationError as error:
            problem = error
        if problem:
            self.show_error(problem)
        else:
            self.accept()


# --- the dialog for each kind of record: build it, and read the record back from it, checked (a
# ValidationError names the cell or field, which the dialog then marks) ---------------------------------------

def state_dialog(state: State | None, submit, parent=None) -> NamesDialog:
    dialog = NamesDialog("New state" if state is None else f"Names of {state.code}", STATE_COLUMNS,
                         state.names if state else {}, submit, parent)
    code = dialog.add_field("code", "&Code (ISO 3166 alpha-2):", QLineEdit(state.code if state else ""))
    code.setMaxLength(2)
    code.setReadOnly(state is not None)
    status = dialog.add_field("status", "&Status:", QComboBox())
    for value, label in ((StateStatus.MEMBER, "Member state"), (StateStatus.OBSERVER, "Observer state"),
                         (StateStatus.OTHER, "Other state")):
        status.addItem(label, value)
    status.setCurrentIndex(status.findData(state.status if state else StateStatus.MEMBER))
    return dialog


def state_from(dialog: NamesDialog) -> State:
    names = {language: StateName(**values) for language, values in dialog.rows().items()}
    return validate_state(State(dialog.header_fields["code"].text().strip().upper(),
                                StateStatus(dialog.header_fields["status"].currentData()), names))


def organisation_dialog(organisation: Organisation | None, submit, parent=None) -> NamesDialog:
    dialog = NamesDialog("New organisation" if organisation is None else f"Names of {organisation.code}",
                         ORGANISATION_COLUMNS, organisation.names if organisation else {}, submit, parent)
    code = dialog.add_field("code", "&Code:", QLineEdit(organisation.code if organisation else ""))
    code.setReadOnly(organisation is not None)
    return dialog


def organisation_from(dialog: NamesDialog) -> Organisation:
    names = {language: OrganisationName(**values) for language, values in dialog.rows().items()}
    return validate_organisation(Organisation(dialog.header_fields["code"].text().strip().upper(), names))


def institution_dialog(institution: Institution | None, submit, parent=None) -> NamesDialog:
    return NamesDialog("New institution" if institution is None else "Names of the institution",
                       INSTITUTION_COLUMNS, institution.names if institution else {}, submit, parent)


def institution_from(dialog: NamesDialog, original: Institution) -> Institution:
    names = check_names("name", {language: values[""] for language, values in dialog.rows().items()}, required=True)
    return Institution(original.key, names, original.state_code, original.organisation_code, original.id)


def person_dialog(person: Person, submit, parent=None) -> NamesDialog:
    return NamesDialog("Names of the person", PERSON_COLUMNS, person.names, submit, parent)


def person_from(dialog: NamesDialog, original: Person) -> Person:
    return validate_person(Person(original.key, {language: PersonName(**values)
                                                 for language, values in dialog.rows().items()}, original.id))
