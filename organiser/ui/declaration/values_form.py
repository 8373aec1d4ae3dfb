"""The values the drafter enters for the draft: the next meeting (year and host, unless a planned meeting
gives them) and a field for each placeholder the drafter defined in the draft's clauses."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from organiser.domain.ordinals import ordinal_numeral
from organiser.services.reference_data import reference_data
from organiser.services import declarations as declaration_service
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.common import fill_combo, institution_label, mark, state_label
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.panel import Panel
from organiser.ui.commands.declarations import CreateNextMeetingCommand, SetDeclarationValueCommand

CHOSEN_TYPES = ("state", "person", "institution")  # chosen in a combo box among the workspace's records
HINTS = {"date": "YYYY-MM-DD", "number": "a whole number", "ordinal": "a number: 4 gives fourth"}
NOT_CHOSEN = "(not yet chosen)"


class ValuesForm(Panel):
    """The next meeting's fields and note, and the form of the drafter's own placeholders
    (``value_widgets``: the field of each, by name; a combo box for a state, person or institution, a line
    edit otherwise).

    Refreshes on a change to a declaration, a clause (the placeholders come from the clauses' texts), the
    event (the planned next meeting) or the reference data the combo boxes offer. A value that changed is
    shown in the field that is there; the form is rebuilt only when the placeholders themselves changed,
    and never while one of its fields' signals is being handled (then it is rebuilt once that returns).

    Signals: none of its own.
    """

    SHOWS = frozenset({"declaration", "clause", "event", "state", "person", "institution"})

    def __init__(self, session, draft: CurrentDraft, ui, page):
        super().__init__(session, page)
        self.draft = draft
        self.ui = ui
        self.page = page
        self.value_widgets: dict[str, QWidget] = {}
        self._shape: tuple = ()  # (name, type, description) of each field the form holds
        self._choices_stale = True  # the combo boxes' choices wait to be filled (there was no draft to show)
        ui.next_meeting_year.editingFinished.connect(self._year_entered)
        ui.next_meeting_host.activated.connect(lambda _i: self._host_chosen())
        ui.create_next_button.clicked.connect(self.create_next_meeting)
        # The combo boxes name states, persons and institutions in the editing language.
        session.language_changed.connect(lambda _language: self.reload())

    @property
    def declaration(self):
        return self.draft.declaration

    def reload(self) -> None:
        self._show(choices_changed=True)

    def refresh(self, change) -> None:
        self._show(choices_changed=change.touches(*CHOSEN_TYPES))

    def _show(self, *, choices_changed: bool) -> None:
        if self.declaration is None:
            self._choices_stale = self._choices_stale or choices_changed
            return
        choices_changed, self._choices_stale = choices_changed or self._choices_stale, False
        values = self.declaration.values
        year = values.get("next_meeting_year")
        self.ui.next_meeting_year.setText("" if year in (None, "") else str(year))
        mark(self.ui.next_meeting_year, False)
        self.ui.values_error.clear()
        host = values.get("next_meeting_host")
        if choices_changed:
            fill_combo(self.ui.next_meeting_host, self._choices("state", sort_by_label=True), host,
                       none_label=NOT_CHOSEN)
        else:
            _show_choice(self.ui.next_meeting_host, host)
        self._load_next_meeting()
        if self._uses_shape() != self._shape:
            self.rebuild_when_safe(self._rebuild)
        else:
            self._show_values(refill=choices_changed)

    # --- the drafter's own placeholders ----------------------------------------------------------------

    def _custom_uses(self) -> list:
        return [u for u in declaration_service.entered_placeholders(self.session.workspace,
                                                                    declaration_id=self.declaration.id) if not u.known]

    def _uses_shape(self) -> tuple:
        return tuple((u.name, u.type, u.description) for u in self._custom_uses())

    def _choices(self, kind: str, *, sort_by_label: bool = False) -> list[tuple[str, object]]:
        reference = reference_data(self.session.workspace)
        language = self.session.language
        if kind == "state":
            entries = [(state_label(s, language), s.code) for s in reference["states"].values()]
        elif kind == "person":
            entries = [(_person_label(p, language), p.key) for p in reference["persons"].values()]
        else:
            entries = [(institution_label(i, language), i.key) for i in reference["institutions"].values()]
        return sorted(entries, key=lambda entry: entry[0]) if sort_by_label else sorted(entries)

    def _rebuild(self) -> None:
        """Make the form anew for the draft's placeholders. The old fields are silenced first (a field with
        the focus would otherwise report its text as entered when it is hidden) and deleted later."""
        if self.declaration is None:
            return
        layout = self.ui.custom_layout
        for widget in self.value_widgets.values():
            widget.blockSignals(True)
        while layout.rowCount():
            row = layout.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.value_widgets = {}
        uses = self._custom_uses()
        for use in uses:
            widget = self._field(use, self.declaration.values.get(use.name))
            widget.setObjectName(f"value_{use.name}")
            widget.setToolTip(use.description)
            widget.setProperty("normal_tooltip", use.description)
            self.value_widgets[use.name] = widget
            layout.addRow(f"{{{use.name}}} ({use.type}):", widget)
        self._shape = tuple((u.name, u.type, u.description) for u in uses)
        self.ui.custom_values.setVisible(bool(uses))

    def _field(self, use, value) -> QWidget:
        if use.type in CHOSEN_TYPES:
            combo = QComboBox()
            fill_combo(combo, self._choices(use.type), value, none_label=NOT_CHOSEN)
            combo.activated.connect(lambda _i, name=use.name, w=combo: self._value_entered(name, w.currentData()))
            return combo
        if use.type == "participants":
            return QLabel("(the heads of delegations, from the Delegations screen)")
        line = QLineEdit("" if value in (None, "") else str(value))
        line.setPlaceholderText(HINTS.get(use.type, "text"))
        line.editingFinished.connect(lambda name=use.name, w=line: self._value_entered(name, w.text().strip()))
        return line

    def _show_values(self, *, refill: bool) -> None:
        """Show the draft's values in the fields there are, refilling the combo boxes' choices with ``refill``
        (a combo box refilled stays the same widget)."""
        values = self.declaration.values
        kinds = dict((name, kind) for name, kind, _description in self._shape)
        for name, widget in self.value_widgets.items():
            value = values.get(name)
            if isinstance(widget, QComboBox):
                if refill:
                    fill_combo(widget, self._choices(kinds[name]), value, none_label=NOT_CHOSEN)
                else:
                    _show_choice(widget, value)
            elif isinstance(widget, QLineEdit):
                text = "" if value in (None, "") else str(value)
                if widget.text() != text:
                    widget.setText(text)
            mark(widget, False)

    def _value_entered(self, name: str, value) -> None:
        with self.handling():
            if self.declaration is None:
                return
            before = self.declaration.values.get(name)
            if (value or "") == ("" if before is None else str(before)):
                return
            errors: list[str] = []
            if not self.session.run(SetDeclarationValueCommand(self.session, declaration_id=self.declaration.id,
                                                               name=name, before=before, after=value or ""),
                                    on_error=errors.append):
                self.ui.values_error.setText(errors[0])
                widget = self.value_widgets.get(name)
                if widget is not None:
                    mark(widget, True, errors[0])

    # --- the next meeting ------------------------------------------------------------------------------

    def _year_entered(self) -> None:
        with self.handling():
            if self.declaration is None:
                return
            text = self.ui.next_meeting_year.text().strip()
            before = self.declaration.values.get("next_meeting_year")
            if text == ("" if before is None else str(before)):
                return
            errors: list[str] = []
            done = self.session.run(SetDeclarationValueCommand(
                self.session, declaration_id=self.declaration.id, name="next_meeting_year", before=before,
                after=text), on_error=errors.append)
            if not done:
                self.ui.values_error.setText(errors[0])
                mark(self.ui.next_meeting_year, True, errors[0])

    def _host_chosen(self) -> None:
        with self.handling():
            if self.declaration is None:
                return
            code = self.ui.next_meeting_host.currentData()
            before = self.declaration.values.get("next_meeting_host")
            if code == before:
                return
            self.session.run(SetDeclarationValueCommand(
                self.session, declaration_id=self.declaration.id, name="next_meeting_host", before=before,
                after=code or ""))

    def _load_next_meeting(self) -> None:
        ws = self.session.workspace
        event = event_service.get_event(ws, event_id=self.session.event_id)
        planned = declaration_service.planned_next_meeting(ws, event_id=event.id)
        follows = event.council_id is not None and event.ordinal is not None
        if planned is not None:
            states = reference_data(ws)["states"]
            host = states.get(planned.country_code or "")
            where = f" in {state_label(host, self.session.language)}" if host else ""
            self.ui.next_note.setText(
                f"Taken from the planned {ordinal_numeral(planned.ordinal, 'en')} meeting (event {planned.id}): "
                f"{planned.start_date.year}{where}. Change it on the Events screen.")
        elif follows:
            self.ui.next_note.setText(f"No {ordinal_numeral(event.ordinal + 1, 'en')} meeting is planned yet.")
        else:
            self.ui.next_note.setText("")
        for widget in (self.ui.next_meeting_year, self.ui.next_meeting_host):
            widget.setEnabled(planned is None)
        self.ui.create_next_button.setVisible(follows)
        self.ui.create_next_button.setEnabled(planned is None)

    def create_next_meeting(self) -> None:
        if self.declaration is None:
            return
        command = CreateNextMeetingCommand(self.session, declaration_id=self.declaration.id)
        if self.session.run(command):
            dialogs.show_info(self.page, " ".join(command.notes))


def _show_choice(combo: QComboBox, value) -> None:
    index = combo.findData(value) if value is not None else 0
    index = index if index >= 0 else 0
    if combo.currentIndex() != index:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


def _person_label(person, language: str) -> str:
    name = person.names.get(language) or next(iter(person.names.values()), None)
    label = f"{name.given_name} {name.surname}" if name else person.key
    return label if language in person.names else f"{label}*"
