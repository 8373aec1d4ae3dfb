"""The Events screen: the workspace's events (sortable, filterable), the selected event's form and its
programme."""
from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.model import Event, EventKind, ProgrammeItem
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.common import fill_combo, in_language, institution_label, mark, state_label
from organiser.ui.forms.ui_event_form import Ui_EventForm
from organiser.ui.forms.ui_events_page import Ui_EventsPage
from organiser.ui.models.events_model import EventsModel
from organiser.ui.models.programme_model import ProgrammeModel, person_label
from organiser.ui.session import Session, plain
from organiser.ui.commands.events import DeleteEventCommand, SaveEventCommand, SaveProgrammeCommand

KIND_LABELS = {EventKind.COUNCIL_MEETING: "Council meeting", EventKind.SEMINAR: "Seminar", EventKind.OTHER: "Other"}
# Where a ValidationError's field is shown on the form.
_FIELD_WIDGETS = {"title": "title", "topic": "topic", "city": "city", "venue": "venue", "start date": "start_date",
                  "end date": "end_date", "number in the series": "ordinal", "country": "country",
                  "host institution": "host_institution", "council": "council"}


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EventForm(QWidget):
    """The form of one event in the editing language. ``load()`` shows an event (or a new one),
    ``read()`` gives the event as edited, ``check()`` marks bad input in place.

    Signals: ``save_requested()`` when the user asks to save.
    """

    save_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_EventForm()
        self.ui.setupUi(self)
        self.event: Event | None = None  # the stored event shown, None for a new one
        self._base: Event | None = None  # what the form was loaded with
        self._proposed_title = ""
        self._loading = False
        for kind in EventKind:
            self.ui.kind.addItem(KIND_LABELS[kind], kind)
        for widget in (self.ui.title, self.ui.end_date, self.ui.ordinal):
            widget.setProperty("normal_tooltip", widget.toolTip())
        self.ui.has_end_date.toggled.connect(self.ui.end_date.setEnabled)
        self.ui.has_end_date.toggled.connect(self.check)
        self.ui.start_date.dateChanged.connect(self._start_changed)
        self.ui.end_date.dateChanged.connect(self.check)
        self.ui.title.textEdited.connect(self.check)
        self.ui.kind.currentIndexChanged.connect(self._series_changed)
        self.ui.council.currentIndexChanged.connect(self._series_changed)
        self.ui.ordinal.valueChanged.connect(self._ordinal_changed)
        self.ui.propose_title.clicked.connect(self.propose_title)
        self.ui.save_button.clicked.connect(self.save_requested)
        self.ui.revert_button.clicked.connect(self.revert)
        self.setEnabled(False)

    # --- loading --------------------------------------------------------------------------------------------

    def load(self, event: Event | None, *, new: bool = False) -> None:
        """Show ``event``; with ``new``, a new event proposed from the workspace's series."""
        reference = event_service.reference_data(self.session.workspace)
        language = self.session.language
        self._loading = True
        try:
            councils = reference["councils"]
            if new:
                council_id = next(iter(councils), None)
                kind = EventKind.COUNCIL_MEETING
                event = Event(kind=kind, start_date=dt.date.today(), council_id=council_id,
                              ordinal=event_service.next_ordinal(self.session.workspace, council_id=council_id, kind=kind))
                self.event = None
            else:
                self.event = copy.deepcopy(event)
            self._base = copy.deepcopy(event)
            self.setEnabled(event is not None)
            if event is None:
                self._clear()
                return
            ui = self.ui
            fill_combo(ui.council, [(in_language(c.names, language), c.id) for c in councils.values()],
                       event.council_id, none_label="(no council)")
            ui.kind.setCurrentIndex(ui.kind.findData(event.kind))
            ui.ordinal.setValue(event.ordinal or 0)
            ui.topic.setText(event.topic.get(language, ""))
            ui.start_date.setDate(_qdate(event.start_date))
            ui.has_end_date.setChecked(event.end_date is not None)
            ui.end_date.setEnabled(event.end_date is not None)
            ui.end_date.setDate(_qdate(event.end_date or event.start_date))
            ui.city.setText(event.city.get(language, ""))
            states = sorted(reference["states"].values(), key=lambda s: state_label(s, language))
            fill_combo(ui.country, [(state_label(s, language), s.code) for s in states], event.country_code,
                       none_label="(none)")
            institutions = sorted(reference["institutions"].values(), key=lambda i: institution_label(i, language))
            fill_combo(ui.host_institution, [(institution_label(i, language), i.id) for i in institutions],
                       event.host_institution_id, none_label="(none)")
            ui.venue.setText(event.venue.get(language, ""))
            self._proposed_title = self._proposal()
            title = event.title.get(language, "")
            if new:
                title = self._proposed_title
                self._base.title = {language: title} if title else {}
            ui.title.setText(title)
            ui.save_button.setText("&Create event" if self.event is None else "&Save event")
            for line in (ui.title, ui.topic, ui.city, ui.venue):
                line.setCursorPosition(0)
        finally:
            self._loading = False
        self.check()

    def _clear(self) -> None:
        for line in (self.ui.title, self.ui.topic, self.ui.city, self.ui.venue):
            line.clear()
        self.ui.error_label.clear()

    def revert(self) -> None:
        if self.event is not None:
            self.load(self.event)
        else:
            self.load(None, new=True)

    # --- proposals ------------------------------------------------------------------------------------------

    def _proposal(self) -> str:
        council_id = self.ui.council.currentData()
        council = event_service.reference_data(self.session.workspace)["councils"].get(council_id)
        try:
            return event_service.generated_title(
                kind=EventKind(self.ui.kind.currentData()), ordinal=self.ui.ordinal.value() or None,
                council_name=council.names.get(self.session.language) if council else None,
                language=self.session.language)
        except ValidationError:
            return ""  # no proposal in this language: the user types the title

    def propose_title(self) -> None:
        self._proposed_title = self._proposal()
        if self._proposed_title:
            self.ui.title.setText(self._proposed_title)
        self.check()

    def _series_changed(self) -> None:
        if self._loading:
            return
        if self.event is None:  # a new event: propose the next number of the series
            self._loading = True
            self.ui.ordinal.setValue(event_service.next_ordinal(
                self.session.workspace, council_id=self.ui.council.currentData(), kind=EventKind(self.ui.kind.currentData())))
            self._loading = False
        self._ordinal_changed()

    def _ordinal_changed(self) -> None:
        if self._loading:
            return
        # A title still as proposed follows the kind, number and council; one the user typed stays.
        if self.ui.title.text() in ("", self._proposed_title):
            self.propose_title()

    def _start_changed(self, date: QDate) -> None:
        if not self.ui.has_end_date.isChecked():
            self.ui.end_date.setDate(date)
        self.check()

    # --- reading and checking -------------------------------------------------------------------------------

    def read(self) -> Event:
        """The event as the form shows it (names of the other languages kept as they were)."""
        language = self.session.language
        event = copy.deepcopy(self._base) if self._base is not None else Event(EventKind.OTHER, dt.date.today())
        if self.event is not None:
            event.id = self.event.id
        else:
            event.id = None
        ui = self.ui
        event.council_id = ui.council.currentData()
        event.kind = EventKind(ui.kind.currentData())
        event.ordinal = ui.ordinal.value() or None
        for field, widget in (("title", ui.title), ("topic", ui.topic), ("city", ui.city), ("venue", ui.venue)):
            names = dict(getattr(event, field))
            text = widget.text().strip()
            if text:
                names[language] = text
            else:
                names.pop(language, None)
            setattr(event, field, names)
        event.start_date = _date(ui.start_date.date())
        event.end_date = _date(ui.end_date.date()) if ui.has_end_date.isChecked() else None
        event.country_code = ui.country.currentData()
        event.host_institution_id = ui.host_institution.currentData()
        return event

    def is_dirty(self) -> bool:
        if not self.isEnabled() or self._base is None:
            return False
        if self.event is None:
            return True
        return self.read() != self._base

    def check(self) -> bool:
        """Mark what is wrong in place; True when the form can be saved."""
        if self._loading:
            return True
        ui = self.ui
        problems = []
        end_bad = ui.has_end_date.isChecked() and ui.end_date.date() < ui.start_date.date()
        if end_bad:
            problems.append(f"The end date {ui.end_date.date().toString('d MMMM yyyy')} is before the start date "
                            f"{ui.start_date.date().toString('d MMMM yyyy')}.")
        mark(ui.end_date, end_bad, problems[-1] if end_bad else "")
        title_bad = not ui.title.text().strip() and not any(
            v for k, v in (self._base.title if self._base else {}).items() if k != self.session.language)
        if title_bad:
            problems.append("The title is required.")
        mark(ui.title, title_bad, "The title is required." if title_bad else "")
        ui.error_label.setText(" ".join(problems))
        ui.save_button.setEnabled(not problems)
        return not problems

    def show_error(self, error: OrganiserError) -> None:
        """An error from the service, shown on the form beside the field it names."""
        self.ui.error_label.setText(plain(str(error)))
        if isinstance(error, ValidationError):
            name = _FIELD_WIDGETS.get(error.field.split(" (")[0])
            if name:
                mark(getattr(self.ui, name), True, plain(error.problem))


class SpeakersDialog(QDialog):
    """Choose the speakers of a programme item among the workspace's persons."""

    def __init__(self, persons: dict, chosen: list[int], language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Speakers")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Who speaks at this item:"))
        self.list = QListWidget()
        for person in sorted(persons.values(), key=lambda p: person_label(p, language)):
            item = QListWidgetItem(person_label(person, language))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class EventsPage(QWidget):
    """The Events screen: list, form and programme of the selected event."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self.form = EventForm(session, self)
        self.ui.event_group_layout.addWidget(self.form)
        self.hint = QLabel("Choose an event in the list, or create one with “New event”.")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.ui.detail_layout.insertWidget(0, self.hint)
        header = self.ui.events_view.horizontalHeader()
        header.setStretchLastSection(False)
        self.form.ui.ordinal.setMaximumWidth(90)
        self.ui.splitter.setSizes([430, 770])

        self.events_model = EventsModel([], language=session.language, parent=self)
        self.events_proxy = QSortFilterProxyModel(self)
        self.events_proxy.setSourceModel(self.events_model)
        self.events_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.events_proxy.setFilterKeyColumn(-1)
        self.events_proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.ui.events_view.setModel(self.events_proxy)
        self.ui.events_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.event_filter.textChanged.connect(self.events_proxy.setFilterFixedString)
        self.ui.events_view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.programme_model = ProgrammeModel(self)
        self.ui.programme_view.setModel(self.programme_model)
        self.programme_model.items_edited.connect(self._programme_edited)
        self.programme_model.move_requested.connect(self._move_item, Qt.ConnectionType.QueuedConnection)
        self.programme_model.edit_refused.connect(self.ui.programme_error.setText)

        self.ui.new_button.clicked.connect(self.new_event)
        self.ui.delete_button.clicked.connect(self.delete_event)
        self.form.save_requested.connect(self.save)
        self.ui.add_item_button.clicked.connect(self.add_item)
        self.ui.remove_item_button.clicked.connect(self.remove_item)
        self.ui.item_up_button.clicked.connect(lambda: self._move_selected(-1))
        self.ui.item_down_button.clicked.connect(lambda: self._move_selected(+1))
        self.ui.speakers_button.clicked.connect(self.edit_speakers)

        session.data_changed.connect(self.reload)
        session.event_selected.connect(self._event_selected)
        session.language_changed.connect(self._reload_all)
        session.workspace_changed.connect(self._reload_all)
        self.reload(None, force_form=True)

    def splitters(self) -> dict:
        return {"events": self.ui.splitter}

    def focus_search(self) -> None:
        self.ui.event_filter.setFocus()
        self.ui.event_filter.selectAll()

    def _reload_all(self, *_signal_arguments) -> None:
        self.reload(None, force_form=True)

    # --- list ------------------------------------------------------------------------------------------------

    def reload(self, change=None, *, force_form: bool = False) -> None:
        self.events_model._language = self.session.language
        self.events_model.set_events(event_service.list_events(self.session.workspace))
        self._size_columns()
        self._select_row(self.session.event_id)
        if force_form or not self.form.is_dirty() or change is not None:
            self._load_form()
        self._load_programme()
        self.ui.delete_button.setEnabled(self.session.event_id is not None)

    def _size_columns(self) -> None:
        from PySide6.QtWidgets import QHeaderView

        header = self.ui.events_view.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _show_details(self) -> None:
        shown = self.form.isEnabled()
        self.hint.setVisible(not shown)
        self.ui.event_group.setVisible(shown)
        self.ui.programme_group.setVisible(shown and self.session.event_id is not None)

    def _select_row(self, event_id: int | None) -> None:
        view = self.ui.events_view
        selection = view.selectionModel()
        selection.blockSignals(True)
        try:
            for row in range(self.events_proxy.rowCount()):
                index = self.events_proxy.index(row, 0)
                if index.data(Qt.ItemDataRole.UserRole) == event_id:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
                    return
            selection.clearSelection()
            selection.setCurrentIndex(view.rootIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            selection.blockSignals(False)

    def _row_changed(self, current, _previous) -> None:
        event_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.commit_pending()
        self.session.select_event(event_id)

    def _event_selected(self, event_id) -> None:
        self._select_row(event_id)
        self._load_form()
        self._load_programme()
        self.ui.delete_button.setEnabled(event_id is not None)

    def select_event(self, event_id: int) -> None:
        self.session.select_event(event_id)

    def _load_form(self) -> None:
        event_id = self.session.event_id
        if event_id is None:
            if self.form.event is not None or not self.form.isEnabled():
                self.form.load(None)
            return
        try:
            event = event_service.get_event(self.session.workspace, event_id=event_id)
        except OrganiserError:
            self.form.load(None)
            return
        self.form.load(event)

    # --- event edits ---------------------------------------------------------------------------------------

    def new_event(self) -> None:
        self.commit_pending()
        self.session.select_event(None)
        self.form.load(None, new=True)
        self._show_details()
        self.form.ui.title.setFocus()

    def save(self) -> bool:
        if not self.form.check():
            return False
        after = self.form.read()
        before = copy.deepcopy(self.form.event)
        try:
            from organiser.domain.validation import validate_event

            validate_event(copy.deepcopy(after))  # to show a problem on the form rather than in a box
        except ValidationError as error:
            self.form.show_error(error)
            return False
        if before is not None and after == before:
            return True
        command = SaveEventCommand(self.session, before=before, after=after)
        if not self.session.run(command):
            return False
        if before is None:
            self.reload(None, force_form=True)
        return True

    def commit_pending(self) -> None:
        """Save the form's edits if there are any and they are valid (edits are never silently lost)."""
        if self.form.is_dirty() and self.form.event is not None and self.form.check():
            self.save()

    def delete_event(self) -> None:
        event_id = self.session.event_id
        if event_id is None:
            return
        title = self.form.ui.title.text()
        if not dialogs.ask_yes_no(self, f"Delete the event “{title}” with its delegations, programme and "
                                        "declaration? (Edit ▸ Undo brings it back.)"):
            return
        self.session.run(DeleteEventCommand(self.session, event_id=event_id))

    # --- programme --------------------------------------------------------------------------------------

    def _load_programme(self) -> None:
        event_id = self.session.event_id
        enabled = event_id is not None
        self._show_details()
        self.ui.programme_group.setEnabled(enabled)
        self.ui.programme_error.clear()
        if not enabled:
            self.programme_model.set_items([], {}, self.session.language)
            return
        try:
            items = event_service.programme(self.session.workspace, event_id=event_id)
        except OrganiserError:
            items = []
        persons = event_service.reference_data(self.session.workspace)["persons"]
        event = event_service.get_event(self.session.workspace, event_id=event_id)
        self.programme_model.set_items(items, persons, self.session.language, (event.start_date, event.last_date))
        view = self.ui.programme_view
        view.setColumnHidden(ProgrammeModel.DAY, event.last_date == event.start_date and not any(i.day for i in items))
        for column in (ProgrammeModel.DAY, ProgrammeModel.TIME):
            view.resizeColumnToContents(column)
        view.setColumnWidth(ProgrammeModel.ITEM, max(view.columnWidth(ProgrammeModel.ITEM), 320))

    def _save_programme(self, items: list[ProgrammeItem], text: str) -> bool:
        event_id = self.session.event_id
        before = event_service.programme(self.session.workspace, event_id=event_id)
        self.ui.programme_error.clear()
        return self.session.run(SaveProgrammeCommand(self.session, event_id=event_id, before=before, after=items,
                                                     text=text))

    def _programme_edited(self, items, text) -> None:
        self._save_programme(items, text)

    def add_item(self) -> None:
        title = dialogs.ask_text(self, "New programme item", f"Item ({self.session.language}):")
        if title is None:
            return
        if not title.strip():
            self.ui.programme_error.setText("A programme item needs a title.")
            return
        items = self.programme_model.items()
        items.append(ProgrammeItem(title={self.session.language: title.strip()}))
        self._save_programme(items, "Add programme item")

    def _selected_item_row(self) -> int | None:
        index = self.ui.programme_view.currentIndex()
        return index.row() if index.isValid() else None

    def remove_item(self) -> None:
        row = self._selected_item_row()
        if row is None:
            return
        items = self.programme_model.items()
        del items[row]
        self._save_programme(items, "Remove programme item")

    def _move_selected(self, step: int) -> None:
        row = self._selected_item_row()
        if row is not None:
            self._move_item(row, row + step)

    def _move_item(self, source: int, target: int) -> None:
        items = self.programme_model.items()
        if not (0 <= source < len(items) and 0 <= target < len(items)) or source == target:
            return
        items.insert(target, items.pop(source))
        if self._save_programme(items, "Move programme item"):
            self.ui.programme_view.setCurrentIndex(self.programme_model.index(target, ProgrammeModel.ITEM))

    def edit_speakers(self) -> None:
        row = self._selected_item_row()
        if row is None:
            return
        items = self.programme_model.items()
        persons = event_service.reference_data(self.session.workspace)["persons"]
        dialog = SpeakersDialog(persons, items[row].speaker_ids, self.session.language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            items[row].speaker_ids = dialog.chosen()
            self._save_programme(items, "Change speakers")
