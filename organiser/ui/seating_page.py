"""The Seating screen: the selected event's seating plan drawn in a QGraphicsView, its arrangement, Print…
and Export…

The plan is the documents' own (documents/protocol_content.seating_content: the protocol order of the
event's precedence language, names in the window's editing language) and each place paints itself with
the same function as the Word document's picture (documents/pictures.py), so the two cannot differ.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.languages import english_name
from organiser.domain.seating import ARRANGEMENT_LABELS, Arrangement, Seat, SeatingPlan, TableRect
from organiser.domain.validation import safe_file_name
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.common import in_language
from organiser.ui.forms.ui_seating_page import Ui_SeatingPage
from organiser.ui.panel import ChangeFollower
from organiser.ui.session import Session, plain

log = logging.getLogger("organiser.ui")

SCALE = 120.0  # scene pixels a unit (a place's width)
EXPORT_FILTER = "Word documents (*.docx);;PNG pictures (*.png)"


class TableItem(QGraphicsItem):
    """A table of the plan."""

    def __init__(self, table: TableRect):
        super().__init__()
        self.table = table

    def boundingRect(self) -> QRectF:
        from organiser.documents.pictures import table_rect

        return table_rect(self.table, SCALE).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        from organiser.documents.pictures import paint_table

        paint_table(painter, self.table, SCALE)


class SeatItem(QGraphicsItem):
    """A place of the plan: ``seat`` is the domain's Seat; its tooltip names the delegation and the person."""

    def __init__(self, seat: Seat, chair_label: str, font: QFont, delegation: str):
        super().__init__()
        self.seat = seat
        self.chair_label = chair_label
        self.font = font
        self.setData(0, seat.label)
        self.setToolTip("\n".join(part for part in (f"{seat.label}. {delegation}", seat.person) if part))

    def lines(self) -> list[str]:
        from organiser.documents.pictures import seat_lines

        return seat_lines(self.seat, self.chair_label)

    def boundingRect(self) -> QRectF:
        from organiser.documents.pictures import seat_rect

        return seat_rect(self.seat, SCALE).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        from organiser.documents.pictures import paint_seat

        paint_seat(painter, self.seat, SCALE, self.chair_label, self.font)


class SeatingPage(QWidget):
    """The Seating screen of the selected event. ``plan`` is the plan shown (None when there is none)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SeatingPage()
        self.ui.setupUi(self)
        self.plan: SeatingPlan | None = None
        self.scene = QGraphicsScene(self)
        self.ui.view.setScene(self.scene)
        for arrangement in Arrangement:
            self.ui.arrangement.addItem(ARRANGEMENT_LABELS[arrangement], arrangement.value)
        self.ui.arrangement.activated.connect(lambda _i: self.reload())
        self.ui.members_check.toggled.connect(lambda _on: self.reload())
        self.ui.print_button.clicked.connect(self.print_dialog)
        self.ui.export_button.clicked.connect(self.export)
        self.follower = ChangeFollower(session, self, self.reload, kinds=(
            "event", "delegation", "member", "person", "state", "organisation", "institution"))
        self.reload()

    # --- the plan -----------------------------------------------------------------------------------------

    def arrangement(self) -> Arrangement:
        return Arrangement(self.ui.arrangement.currentData())

    def set_arrangement(self, arrangement: Arrangement | str) -> None:
        """Choose the arrangement as a user would, in the combo box."""
        index = self.ui.arrangement.findData(Arrangement(arrangement).value)
        self.ui.arrangement.setCurrentIndex(index)
        self.ui.arrangement.activated.emit(index)

    def reload(self, *_signal_arguments) -> None:
        from organiser.documents.protocol_content import seating_content

        self.scene.clear()
        self.plan = None
        self.ui.error_label.clear()
        self.ui.order_label.clear()
        event_id = self.session.event_id
        self.setEnabled(event_id is not None)
        if event_id is None:
            self._update_buttons()
            return
        language = self.session.language
        try:
            event = event_service.get_event(self.session.workspace, event_id=event_id)
            content = seating_content(self.session.workspace, event_id=event_id, language=language,
                                      arrangement=self.arrangement(), members=self.ui.members_check.isChecked())
        except OrganiserError as error:
            self.ui.error_label.setText(f"No seating plan: {plain(str(error))} "
                                        "Give the names in that language, or choose another editing language.")
            self._update_buttons()
            return
        rule = english_name(event.precedence_language)
        self.ui.order_label.setText(
            f"Protocol order of the {rule} alphabet (set on the Protocol order screen); names in "
            f"{english_name(language)}. The chair's right hand is on the left of the drawing.")
        self._draw(content)
        self._update_buttons()

    def _draw(self, content) -> None:
        from organiser.documents.pictures import plan_font

        self.plan = content.plan
        full = {row.label: row.delegation for row in content.legend}
        font = plan_font(content.plan, SCALE, content.chair_label, self.font())
        for table in content.plan.tables:
            self.scene.addItem(TableItem(table))
        for seat in content.plan.seats:
            self.scene.addItem(SeatItem(seat, content.chair_label, font, full.get(str(seat.number), "")))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def seat_items(self) -> list[SeatItem]:
        """The places drawn, by place number (the chair first), the heads before the rows behind each."""
        items = [item for item in self.scene.items() if isinstance(item, SeatItem)]
        return sorted(items, key=lambda item: (item.seat.number, item.seat.row))

    def _fit(self) -> None:
        if not self.scene.items():
            return
        self.ui.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def shown(self) -> None:
        self._fit()

    def _update_buttons(self) -> None:
        has = self.plan is not None
        self.ui.print_button.setEnabled(has)
        self.ui.export_button.setEnabled(has)

    # --- print and export ---------------------------------------------------------------------------------

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.plan is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the seating plan")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Render the plan on ``printer`` (a QPrinter, or any paint device), as large as its page allows."""
        painter = QPainter(printer)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            target = QRectF(painter.viewport())
            self.scene.render(painter, target, self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            painter.end()

    def export(self) -> Path | None:
        """Ask where, then write the plan as .docx (the seating document) or .png (the picture)."""
        if self.plan is None or self.session.event_id is None:
            return None
        event = event_service.get_event(self.session.workspace, event_id=self.session.event_id)
        title = " ".join((in_language(event.title, "en") or "event").split()[:8])
        folder = self.session.settings.export_folder or str(Path.home())
        start = str(Path(folder) / safe_file_name(f"{title} {event.start_date.isoformat()} seating "
                                                  f"{self.session.language}", suffix=".docx"))
        chosen = dialogs.choose_save_file(self, "Export the seating plan", start, EXPORT_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".docx", ".png"):
            path = path.with_suffix(".docx")
        try:
            written = self._write(path)
        except OrganiserError as error:
            log.info("export of %s failed: %s", path, error)
            self.ui.error_label.setText(plain(str(error)))
            self.session.show_error(str(error))
            return None
        self.session.settings.export_folder = str(written.parent)
        self.ui.error_label.clear()
        return written

    def _write(self, path: Path) -> Path:
        from organiser.documents.export import export_document

        if path.suffix.lower() == ".png":
            from organiser.documents.pictures import plan_png
            from organiser.documents.protocol_content import seating_content
            from organiser.services.files import write_atomically

            content = seating_content(self.session.workspace, event_id=self.session.event_id,
                                      language=self.session.language, arrangement=self.arrangement(),
                                      members=self.ui.members_check.isChecked())
            # The file dialog has asked before replacing an existing file.
            return write_atomically(path, plan_png(content.plan, chair_label=content.chair_label), force=True)
        # The file dialog has asked before replacing an existing file.
        return export_document(self.session.workspace, kind="seating", event_id=self.session.event_id, out=path,
                               language=self.session.language, force=True, arrangement=self.arrangement(),
                               members=self.ui.members_check.isChecked())
