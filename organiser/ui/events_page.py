"""The Events screen: the workspace's events (sortable, filterable), the selected event's form and its
programme: a panel a module under organiser/ui/events/, each refreshed from ``Session.data_changed`` for
the kinds of record it shows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from organiser.ui.events.event_form import KIND_LABELS, EventForm, EventFormPanel
from organiser.ui.events.events_list import EventsList
from organiser.ui.events.programme_panel import ProgrammePanel, SpeakersDialog
from organiser.ui.forms.ui_events_page import Ui_EventsPage
from organiser.ui.session import Session

__all__ = ["EventsPage", "EventForm", "SpeakersDialog", "KIND_LABELS"]


class EventsPage(QWidget):
    """The Events screen, composed of ``event_list`` (EventsList), ``editor`` (EventFormPanel, whose
    ``form`` is the event's form) and ``programme`` (ProgrammePanel); the names tests and the main window
    use (``form``, ``events_model``, ``programme_model``, ``save``, ``commit_pending`` …) stay here.

    Signals: none of its own (each panel lists its own).
    """

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self.hint = QLabel("Choose an event in the list, or create one with “New event”.")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.ui.detail_layout.insertWidget(0, self.hint)
        self.editor = EventFormPanel(session, self.ui, self)
        self.event_list = EventsList(session, self.ui, self, commit_pending=self.editor.commit_pending)
        self.programme = ProgrammePanel(session, self.ui, self)
        self.editor.loaded.connect(self._show_details)
        self.ui.splitter.setSizes([430, 770])
        self.reload()

    def splitters(self) -> dict:
        return {"events": self.ui.splitter}

    def focus_search(self) -> None:
        self.ui.event_filter.setFocus()
        self.ui.event_filter.selectAll()

    def reload(self, *_signal_arguments) -> None:
        """Read everything again (each panel also refreshes itself on the changes it shows)."""
        self.event_list.reload()
        self.editor.reload()
        self.programme.reload()

    def _show_details(self) -> None:
        shown = self.form.isEnabled()
        self.hint.setVisible(not shown)
        self.ui.event_group.setVisible(shown)
        self.ui.programme_group.setVisible(shown and self.session.event_id is not None)

    # --- what the screen shows, for main_window and tests ----------------------------------------------

    @property
    def form(self) -> EventForm:
        return self.editor.form

    @property
    def events_model(self):
        return self.event_list.events_model

    @property
    def events_proxy(self):
        return self.event_list.events_proxy

    @property
    def programme_model(self):
        return self.programme.model

    # --- actions a user takes, by name -----------------------------------------------------------------

    def select_event(self, event_id: int) -> None:
        self.session.select_event(event_id)

    def new_event(self) -> None:
        self.editor.new_event()

    def save(self) -> bool:
        return self.editor.save()

    def commit_pending(self) -> None:
        self.editor.commit_pending()

    def delete_event(self) -> None:
        self.editor.delete_event()

    def add_item(self) -> None:
        self.programme.add_item()

    def remove_item(self) -> None:
        self.programme.remove_item()

    def edit_speakers(self) -> None:
        self.programme.edit_speakers()

    def _move_item(self, source: int, target: int) -> None:
        self.programme.move_item(source, target)
