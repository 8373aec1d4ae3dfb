"""The selected event's programme on the Events screen: its items in a table edited in place, added,
removed, moved and given speakers, each edit one undoable command."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.model import ProgrammeItem
from organiser.services.reference_data import reference_data
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.models.programme_model import ProgrammeModel, person_label
from organiser.ui.panel import Panel
from organiser.ui.session import Session
from organiser.ui.commands.events import SaveProgrammeCommand


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



class ProgrammePanel(Panel):
    """The programme table (``model`` in ``ui.programme_view``), its buttons and error line.

    Refreshes on a change to the programme of the event shown, to that event (its days) or to a person
    (the speakers' names). An edit typed into a cell is saved from inside the model's ``setData``; the
    model then shows the saved items in place (same rows, ``dataChanged``), and a reset, which would pull
    the rows from under the view's editor, is put off until such a handler has returned.

    Signals: none of its own.
    """

    SHOWS = frozenset({"programme", "event", "person"})

    def __init__(self, session: Session, ui, page: QWidget):
        super().__init__(session, page)
        self.ui = ui
        self.page = page
        self.model = ProgrammeModel(self)
        ui.programme_view.setModel(self.model)
        self.model.items_edited.connect(self._items_edited)
        # Queued: a drop is handled inside the view's drag and drop; the table is reset only after it.
        self.model.move_requested.connect(self.move_item, Qt.ConnectionType.QueuedConnection)
        self.model.edit_refused.connect(ui.programme_error.setText)
        ui.add_item_button.clicked.connect(self.add_item)
        ui.remove_item_button.clicked.connect(self.remove_item)
        ui.item_up_button.clicked.connect(lambda: self._move_selected(-1))
        ui.item_down_button.clicked.connect(lambda: self._move_selected(+1))
        ui.speakers_button.clicked.connect(self.edit_speakers)
        session.language_changed.connect(lambda _language: self.reload())

    def refresh(self, change) -> None:
        event_id = self.session.event_id
        if change.touches("person") or event_id in change.ids("programme") | change.ids("event"):
            self.reload()

    def reload(self) -> None:
        event_id = self.session.event_id
        self.ui.programme_group.setEnabled(event_id is not None)
        self.ui.programme_error.clear()
        if event_id is None:
            self.rebuild_when_safe(self._load)
            return
        try:
            items = event_service.programme(self.session.workspace, event_id=event_id)
        except OrganiserError:
            items = []
        if len(items) == self.model.rowCount():
            self._load(items)  # the same rows: shown in place, safe inside the model's own signals
        else:
            self.rebuild_when_safe(self._load)

    def _load(self, items=None) -> None:
        """Show the selected event's programme (``items``, if just read)."""
        event_id = self.session.event_id
        language = self.session.language
        if event_id is None:
            self.model.set_items([], {}, language)
            return
        ws = self.session.workspace
        try:
            if items is None:
                items = event_service.programme(ws, event_id=event_id)
            event = event_service.get_event(ws, event_id=event_id)
        except OrganiserError:
            self.model.set_items([], {}, language)
            return
        persons = reference_data(ws)["persons"]
        self.model.set_items(items, persons, language, (event.start_date, event.last_date))
        view = self.ui.programme_view
        view.setColumnHidden(ProgrammeModel.DAY, event.last_date == event.start_date and not any(i.day for i in items))
        for column in (ProgrammeModel.DAY, ProgrammeModel.TIME):
            view.resizeColumnToContents(column)
        view.setColumnWidth(ProgrammeModel.ITEM, max(view.columnWidth(ProgrammeModel.ITEM), 320))

    # --- edits ---------------------------------------------------------------------------------------------

    def _save(self, items: list[ProgrammeItem], text: str) -> bool:
        event_id = self.session.event_id
        before = event_service.programme(self.session.workspace, event_id=event_id)
        self.ui.programme_error.clear()
        return self.session.run(SaveProgrammeCommand(self.session, event_id=event_id, before=before, after=items,
                                                     text=text))

    def _items_edited(self, items, text) -> None:
        with self.handling():  # emitted from the model's setData, inside the view's editing
            self._save(items, text)

    def add_item(self) -> None:
        title = dialogs.ask_text(self.page, "New programme item", f"Item ({self.session.language}):")
        if title is None:
            return
        if not title.strip():
            self.ui.programme_error.setText("A programme item needs a title.")
            return
        items = self.model.items()
        items.append(ProgrammeItem(title={self.session.language: title.strip()}))
        self._save(items, QT_TRANSLATE_NOOP("commands", "Add programme item"))

    def selected_row(self) -> int | None:
        index = self.ui.programme_view.currentIndex()
        return index.row() if index.isValid() else None

    def remove_item(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = self.model.items()
        del items[row]
        self._save(items, QT_TRANSLATE_NOOP("commands", "Remove programme item"))

    def _move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.move_item(row, row + step)

    def move_item(self, source: int, target: int) -> None:
        items = self.model.items()
        if not (0 <= source < len(items) and 0 <= target < len(items)) or source == target:
            return
        items.insert(target, items.pop(source))
        if self._save(items, QT_TRANSLATE_NOOP("commands", "Move programme item")):
            self.ui.programme_view.setCurrentIndex(self.model.index(target, ProgrammeModel.ITEM))

    def edit_speakers(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = self.model.items()
        persons = reference_data(self.session.workspace)["persons"]
        dialog = SpeakersDialog(persons, items[row].speaker_ids, self.session.language, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            items[row].speaker_ids = dialog.chosen()
            self._save(items, QT_TRANSLATE_NOOP("commands", "Change speakers"))
