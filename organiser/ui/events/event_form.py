"""The form of one event on the Events screen, and the panel that loads it, saves it, and makes or
deletes events."""
from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.model import Event, EventKind
from organiser.services.reference_data import reference_data
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.common import fill_combo, in_language, institution_label, mark, state_label
from organiser.ui.forms.ui_event_form import Ui_EventForm
from organiser.ui.panel import Panel
from organiser.ui.session import Session, plain
from organiser.ui.commands.events import DeleteEventCommand, SaveEventCommand

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
        for widget in (self.ui.title, self.ui.start_date, self.ui.end_date, self.ui.ordinal):
            widget.setProperty("normal_tooltip", widget.toolTip())
        self.ui.start_date.field_name, self.ui.end_date.field_name = "start date", "end date"
        for date_field in (self.ui.start_date, self.ui.end_date):
            date_field.language = session.language
            date_field.lineEdit().textEdited.connect(self.check)
            date_field.text_kept.connect(self.check)
        session.language_changed.connect(self._language_changed)
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
        reference = reference_data(self.session.workspace)
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
            ui.save_button.setText("Cre&ate event" if self.event is None else "&Save event")
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
        council = reference_data(self.session.workspace)["councils"].get(council_id)
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

    def _language_changed(self, language: str) -> None:
        self.ui.start_date.language = self.ui.end_date.language = language

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
        for date_field in (ui.start_date, ui.end_date):
            problem = date_field.problem() if date_field.isEnabled() else ""
            if problem:
                problems.append(problem)
            if date_field is ui.start_date:
                mark(date_field, bool(problem), problem)
        end_typo = bool(ui.end_date.isEnabled() and ui.end_date.problem())
        end_bad = ui.has_end_date.isChecked() and ui.end_date.date() < ui.start_date.date()
        if end_bad:
            problems.append(f"The end date {ui.end_date.date().toString('d MMMM yyyy')} is before the start date "
                            f"{ui.start_date.date().toString('d MMMM yyyy')}.")
        mark(ui.end_date, end_bad or end_typo, problems[-1] if end_bad else ui.end_date.problem() if end_typo else "")
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



class EventFormPanel(Panel):
    """The selected event's form (``form``, an EventForm in the page's event group) with saving it, and
    the screen's new and delete buttons.

    Refreshes on a change to the event it shows, or to the councils, states and institutions its combo
    boxes offer, and on another editing language; a change elsewhere (the programme, another event) leaves
    edits not yet saved alone. Loading only sets the form's fields, never replaces a widget, so it is safe
    inside their own signals (the save button's ``clicked`` saves, and the save reloads the form).

    Signals: ``loaded()`` after the form was loaded or emptied (the page shows or hides it).
    """

    SHOWS = frozenset({"event", "council", "state", "institution"})
    loaded = Signal()

    def __init__(self, session: Session, ui, page: QWidget):
        super().__init__(session, page)
        self.ui = ui
        self.page = page
        self.form = EventForm(session, page)
        ui.event_group_layout.addWidget(self.form)
        self.form.ui.ordinal.setMaximumWidth(90)
        self.form.save_requested.connect(self.save)
        ui.new_button.clicked.connect(self.new_event)
        ui.delete_button.clicked.connect(self.delete_event)
        session.language_changed.connect(lambda _language: self.reload())

    def refresh(self, change) -> None:
        shown = {self.session.event_id, self.form.event.id if self.form.event is not None else None} - {None}
        if change.touches("council", "state", "institution") or shown & change.ids("event"):
            self.reload()

    def reload(self) -> None:
        event_id = self.session.event_id
        self.ui.delete_button.setEnabled(event_id is not None)
        if event_id is None:
            if self.form.event is not None or not self.form.isEnabled():
                self.form.load(None)  # a new event being typed in stays
        else:
            try:
                self.form.load(event_service.get_event(self.session.workspace, event_id=event_id))
            except OrganiserError:
                self.form.load(None)
        self.loaded.emit()

    def new_event(self) -> None:
        self.commit_pending()
        self.session.select_event(None)
        self.form.load(None, new=True)
        self.loaded.emit()
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
        if not self.session.run(SaveEventCommand(self.session, before=before, after=after)):
            return False
        if before is None:
            self.reload()  # the new event, selected by the command, with the form as stored
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
        if not dialogs.ask_yes_no(self.page, f"Delete the event “{title}” with its delegations, programme and "
                                             "declaration? (Edit ▸ Undo brings it back.)"):
            return
        self.session.run(DeleteEventCommand(self.session, event_id=event_id))
