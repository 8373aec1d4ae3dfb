"""Pictures the Word documents need and python-docx cannot make: drawn with QPainter.

The seating plan is drawn once, for the Word document's picture and the window's scene: the scene
holds an item a table and an item a place, each painting itself with :func:`paint_table` and
:func:`paint_seat`; the document's picture is :func:`plan_png`, which paints the same on an image.
The upper half of a place card is :func:`text_block_png`: its text upside down (no text box turned
by 180° survives LibreOffice, see documents/place_cards.py), in the font its Word style names.

Qt is the library for this (the architecture test allows this module, and only it, in documents/):
from the command line it starts a QApplication on the offscreen platform when there is no display.
The plan's words are in the application's default font, sized to the place they fill: a plan has no
Word style to take them from.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from organiser.domain.seating import SEAT_SIZE, Seat, SeatingPlan, TableRect

# Pixels a unit (a place's width) in the document's picture: 240 px over about 2.2 cm is ~280 dpi.
PICTURE_SCALE = 240.0
MARGIN_UNITS = 0.15

TABLE_FILL = QColor("#e9e2d0")
TABLE_LINE = QColor("#8a7a55")
SEAT_FILL = QColor("#ffffff")
MEMBER_FILL = QColor("#f3f3f3")
CHAIR_FILL = QColor("#dce8f5")
INK = QColor("#000000")
# A place's text at most its depth over this: three lines of words, or a number alone (larger).
WORD_DEPTHS, NUMBER_DEPTHS = 4.2, 2.0


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform if there is no display (the
    command line on a server); painting text needs one."""
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication, not a bare QGuiApplication: a window or a widget test later in the same process
        # needs one, and Qt allows a single application object.
        app = QApplication(["organiser"])
    return app


def table_rect(table: TableRect, scale: float) -> QRectF:
    return QRectF(table.x * scale, table.y * scale, table.width * scale, table.height * scale)


def seat_rect(seat: Seat, scale: float) -> QRectF:
    width, depth = SEAT_SIZE[0] * scale, SEAT_SIZE[1] * scale
    return QRectF(seat.x * scale - width / 2, seat.y * scale - depth / 2, width, depth)


def paint_table(painter: QPainter, table: TableRect, scale: float) -> None:
    painter.setPen(QPen(TABLE_LINE, max(1.0, scale / 60)))
    painter.setBrush(QBrush(TABLE_FILL))
    painter.drawRect(table_rect(table, scale))


def seat_lines(seat: Seat, chair_label: str = "", numbers_only: bool = False) -> list[str]:
    """What a place shows: its number (with the chair's title), the delegation (heads only), the person;
    with ``numbers_only`` (a plan too large for its words to be legible) the number alone, which the
    legend beside or after the plan names."""
    if numbers_only:  # the chair's place is told by its colour, and by the legend
        return [seat.label]
    number = f"{seat.label} · {chair_label}" if seat.is_chair and chair_label else seat.label
    lines = [number]
    if seat.row == 0 and seat.party.name:
        lines.append(seat.party.name)
    if seat.person:
        lines.append(seat.person)
    return lines


def _inner(rect: QRectF, scale: float) -> QRectF:
    return rect.adjusted(scale * 0.04, scale * 0.03, -scale * 0.04, -scale * 0.03)


def plan_font(plan: SeatingPlan, scale: float, chair_label: str = "", base: QFont | None = None,
              numbers_only: bool = False) -> QFont:
    """One font for every place of the plan: the largest in which every place's words fit."""
    fonts = [_fitting_font(base or QFont(), seat_lines(seat, chair_label, numbers_only),
                           _inner(seat_rect(seat, scale), scale), NUMBER_DEPTHS if numbers_only else WORD_DEPTHS)
             for seat in plan.seats]
    return min(fonts, key=lambda font: font.pixelSize(), default=base or QFont())


def paint_seat(painter: QPainter, seat: Seat, scale: float, chair_label: str = "", font: QFont | None = None,
               numbers_only: bool = False) -> None:
    """One place: a box with its number (and the chair's title), the delegation and the person; in
    ``font`` (see :func:`plan_font`) or the largest that fits this place alone."""
    rect = seat_rect(seat, scale)
    fill = CHAIR_FILL if seat.is_chair else SEAT_FILL if seat.row == 0 else MEMBER_FILL
    pen = QPen(INK, max(1.0, scale / (40 if seat.is_chair else 80)))
    if seat.row:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(fill))
    radius = scale * 0.06
    painter.drawRoundedRect(rect, radius, radius)
    inner = _inner(rect, scale)
    lines = seat_lines(seat, chair_label, numbers_only)
    font = font or _fitting_font(painter.font(), lines, inner, NUMBER_DEPTHS if numbers_only else WORD_DEPTHS)
    painter.setPen(INK)
    y = inner.top() + (inner.height() - _block_height(font, lines, inner.width())) / 2
    for index, line in enumerate(lines):
        line_font = QFont(font)
        line_font.setBold(index == 0 or (bool(seat.person) and index == len(lines) - 1))
        painter.setFont(line_font)
        height = _line_height(line_font, line, inner.width())
        painter.drawText(QRectF(inner.left(), y, inner.width(), height),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                         line)
        y += height


def _line_height(font: QFont, line: str, width: float) -> float:
    bold = QFont(font)
    bold.setBold(True)
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(bold).boundingRect(QRectF(0, 0, width, 10_000), flags, line).height()


def _block_height(font: QFont, lines: list[str], width: float) -> float:
    return sum(_line_height(font, line, width) for line in lines)


def _fitting_font(base: QFont, lines: list[str], rect: QRectF, depths: float = 4.2) -> QFont:
    """The largest font (up to the place's depth over ``depths``) whose lines fit in ``rect``, words
    wrapped but none broken."""
    font = QFont(base)
    size = max(4.0, rect.height() / depths)
    while size > 4.0:
        font.setPixelSize(round(size))
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        widest_word = max((metrics.horizontalAdvance(word) for line in lines for word in line.split()), default=0)
        if widest_word <= rect.width() and _block_height(font, lines, rect.width()) <= rect.height():
            break
        size *= 0.92
    font.setPixelSize(max(4, round(size)))
    return font


def paint_plan(painter: QPainter, plan: SeatingPlan, scale: float, chair_label: str = "",
               numbers_only: bool = False) -> None:
    """The whole plan, in plan coordinates times ``scale`` (the painter is translated by the caller)."""
    for table in plan.tables:
        paint_table(painter, table, scale)
    font = plan_font(plan, scale, chair_label, painter.font(), numbers_only)
    for seat in plan.seats:
        paint_seat(painter, seat, scale, chair_label, font, numbers_only)


def plan_image(plan: SeatingPlan, *, scale: float = PICTURE_SCALE, chair_label: str = "",
               numbers_only: bool = False) -> QImage:
    ensure_gui_application()
    left, top, right, bottom = plan.bounds()
    margin = MARGIN_UNITS
    width = round((right - left + 2 * margin) * scale)
    height = round((bottom - top + 2 * margin) * scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(scale / 0.022 * 1)  # a place is about 2.2 cm wide on paper
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(QPointF((margin - left) * scale, (margin - top) * scale))
        paint_plan(painter, plan, scale, chair_label, numbers_only)
    finally:
        painter.end()
    return image


def plan_png(plan: SeatingPlan, *, scale: float = PICTURE_SCALE, chair_label: str = "",
             numbers_only: bool = False) -> bytes:
    """The plan as PNG bytes, ready for python-docx's ``add_picture``."""
    return _png(plan_image(plan, scale=scale, chair_label=chair_label, numbers_only=numbers_only))


@dataclass(frozen=True)
class TextLine:
    """A paragraph of a picture of text, in a Word style's font: family, size in points, bold, italic,
    and the room after it in points."""

    text: str
    family: str
    size: float
    bold: bool = False
    italic: bool = False
    space_after: float = 0.0
    line_spacing: float = 1.0  # a multiple of the font's own line height, as Word's "Multiple" spacing
    indent: float = 0.0  # the first line's indent in points


def _qfont(line: TextLine, dpi: float) -> QFont:
    font = QFont(line.family)
    font.setPixelSize(max(1, round(line.size * dpi / 72)))
    font.setBold(line.bold)
    font.setItalic(line.italic)
    return font


def _laid_out(text: str, font: QFont, width: float, indent: float = 0.0):
    """``text`` in ``font`` broken into lines ``width`` pixels wide as Word breaks them: at spaces, and a
    word longer than the line wherever it must. A QTextLayout whose lines sit one under the other from 0."""
    from PySide6.QtGui import QTextLayout, QTextOption

    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout = QTextLayout(text or " ", font)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    leading = QFontMetricsF(font).lineSpacing()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width - indent if y == 0 else width)
        line.setPosition(QPointF(0, y))
        y += leading
    layout.endLayout()
    return layout, y


def text_block_png(lines: list[TextLine], *, width: float, height: float, dpi: float = 300,
                   upside_down: bool = False) -> bytes:
    """``lines`` centred across and down a transparent picture ``width`` × ``height`` inches, words
    wrapped (a word too long for a line broken, never cut); with ``upside_down``, turned by 180°. PNG
    bytes, its resolution ``dpi``."""
    ensure_gui_application()
    pixels_w, pixels_h = round(width * dpi), round(height * dpi)
    image = QImage(pixels_w, pixels_h, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    blocks = [(*_laid_out(line.text, _qfont(line, dpi), pixels_w), line.space_after * dpi / 72) for line in lines]
    total = sum(h for _l, h, _a in blocks) + sum(a for _l, _h, a in blocks[:-1])
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if upside_down:
            painter.translate(pixels_w, pixels_h)
            painter.rotate(180)
        painter.setPen(INK)
        y = (pixels_h - total) / 2
        for layout, block_height, after in blocks:
            layout.draw(painter, QPointF(0, y))
            y += block_height + after
    finally:
        painter.end()
    return _png(image)


def text_height(lines: list[TextLine], *, width: float) -> float:
    """The height in points ``lines`` take set in a column ``width`` points wide, each in its font, broken
    as :func:`text_block_png` and Word break them, with each line's room after it: what a builder measures
    to choose a style in which a card's text fits."""
    return sum(count * leading + line.space_after for line, (count, leading) in
               zip(lines, (line_count(line, width=width) for line in lines)))


def line_count(line: TextLine, *, width: float) -> tuple[int, float]:
    """How many lines ``line`` takes set in a column ``width`` points wide, and the height of one in points
    (its font's, times its line spacing): what a builder measures to see where a page ends."""
    ensure_gui_application()
    dpi = 300.0
    font = _qfont(line, dpi)
    layout, _height = _laid_out(line.text, font, width * dpi / 72, line.indent * dpi / 72)
    return layout.lineCount(), QFontMetricsF(font).lineSpacing() * 72 / dpi * line.line_spacing


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())

