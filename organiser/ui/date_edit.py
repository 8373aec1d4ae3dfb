"""A date field that reads what is typed in the editing language's usual forms and in ISO
(organiser.domain.dates), with a calendar popup."""
from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from organiser.domain.dates import DateTextError, parse_date


class DateEdit(QDateEdit):
    text_kept = Signal()  # a wrong text was left in place after Qt had put the last good date back

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = "en"
        self.field_name = "date"
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")

    def problem(self) -> str:
        """What is wrong with the text typed, naming the field; empty when it is a date."""
        try:
            parse_date(self.text(), self.language)
        except DateTextError as error:
            return f"The {self.field_name}: {error}"
        return ""

    def validate(self, text: str, pos: int):
        try:
            parse_date(text, self.language)
        except DateTextError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text  # leave a wrong text in place, for the form to say what is wrong with it

    def dateTimeFromText(self, text: str) -> QDateTime:
        try:
            day = parse_date(text, self.language)
        except DateTextError:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def focusOutEvent(self, event) -> None:
        # Qt puts the last good date back over a wrong text when the field is left; keep the text, so that
        # the form can name the problem and refuse to save, rather than silently keep the old date.
        text, wrong = self.text(), bool(self.problem())
        super().focusOutEvent(event)
        if wrong:
            self.lineEdit().setText(text)
            self.text_kept.emit()
        else:
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def keyPressEvent(self, event) -> None:
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        text, wrong = self.text(), bool(self.problem())  # Enter, too, would put the last good date back
        super().keyPressEvent(event)
        if wrong:
            self.lineEdit().setText(text)
            self.text_kept.emit()
