"""The seating plan as a Word document, on the styles of templates_docx/seating.docx.

The title and the event, then on a landscape page the plan as a picture (drawn by
documents/pictures.py, the same drawing as the window's) and beside it its legend as a table —
place, delegation, name — so that the plan's words can be searched and read aloud, and survive a
printer that drops pictures. A plan too large for that (its text would print under 8 pt, or the legend
would run off the page) takes the page's width, its legend a page of its own after it.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, SUBTITLE_STYLE, TABLE, TITLE_STYLE, StyleIds, add_heading, add_paragraph, first_paragraph,
    save_document, set_cant_split, set_column_widths, set_repeat_header, set_table_style, start_document, text_width,
)
from organiser.documents.fitting import EMU_PER_POINT
from organiser.documents.protocol_content import SeatingContent

TEMPLATE = "seating.docx"

PICTURE_STYLE = "Seating Picture"
LAYOUT_STYLE = "Seating Layout"
TABLE_STYLE = "Legend Table"
HEADER_STYLE = "Legend Header"
CELL_STYLE = "Legend Cell"
NUMBER_STYLE = "Legend Number"

STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH, SUBTITLE_STYLE: PARAGRAPH, PICTURE_STYLE: PARAGRAPH, HEADER_STYLE: PARAGRAPH,
    CELL_STYLE: PARAGRAPH, NUMBER_STYLE: PARAGRAPH, TABLE_STYLE: TABLE, LAYOUT_STYLE: TABLE,
}

PICTURE_SHARE = 0.62  # of the text width; the legend takes the rest
LEGEND_SHARES = (0.14, 0.46, 0.40)  # place, delegation, name: of the legend's width
PICTURE_HEIGHT_SHARE = 0.72  # of the text height: the title and the event above it on the page
ALONE_HEIGHT_SHARE = 0.8  # the same, when the legend is on a page of its own
CELL_MARGINS = 2 * 108 * 635  # the layout table's cells' left and right margins (108 twips each), in EMU


# The smallest text the plan's picture prints, in points, as it lands on the page (the picture is scaled).
MIN_TEXT = 8.0


@dataclass(frozen=True)
class PlanLayout:
    """How a plan is laid out: the legend beside the picture or on a page of its own after it, the
    picture's width in EMU, whether its places show their numbers only, and the size its text prints at."""

    beside: bool
    picture_width: int
    numbers_only: bool
    text_points: float


def plan_layout(document, seating: SeatingContent) -> PlanLayout:
    """The first of these in which the plan's text prints at :data:`MIN_TEXT` points or more and the
    legend fits its room: the legend beside the picture (a small meeting); the picture across the page and
    the legend on a page of its own; the same with only the places' numbers in the picture, the legend
    naming them (a large meeting)."""
    from organiser.documents.pictures import PICTURE_SCALE, plan_font, plan_image

    section = document.sections[-1]
    width = int(text_width(section))
    height_room = int((section.page_height - section.top_margin - section.bottom_margin) * PICTURE_HEIGHT_SHARE)
    image = plan_image(seating.plan, chair_label=seating.chair_label)
    aspect = image.width() / image.height()

    def printed(picture_width: int, numbers_only: bool = False) -> float:
        font = plan_font(seating.plan, PICTURE_SCALE, seating.chair_label, numbers_only=numbers_only)
        return font.pixelSize() * picture_width / EMU_PER_POINT / image.width()

    beside = min(int(width * PICTURE_SHARE) - CELL_MARGINS, int(height_room * aspect))
    legend_width = width - int(width * PICTURE_SHARE) - CELL_MARGINS
    if printed(beside) >= MIN_TEXT and _legend_height(document, seating, legend_width) <= height_room:
        return PlanLayout(True, beside, False, printed(beside))
    # Alone on its page but for the heading, the picture may take more of its height.
    across = min(width, int(height_room * ALONE_HEIGHT_SHARE / PICTURE_HEIGHT_SHARE * aspect))
    numbers_only = printed(across) < MIN_TEXT
    return PlanLayout(False, across, numbers_only, printed(across, numbers_only))


def build_seating(seating: SeatingContent, out_path: str | os.PathLike[str], *,
                  template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``seating`` to ``out_path``: the heading, then the picture of the plan with its legend, laid
    out as :func:`plan_layout` chooses."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=seating.heading.title,
                                      language=seating.language)
    add_heading(document, styles, seating.heading.title, seating.heading.subtitle)
    layout = plan_layout(document, seating)
    width = int(text_width(document.sections[-1]))
    if layout.beside:
        table = document.add_table(rows=1, cols=2)
        set_table_style(table, styles[LAYOUT_STYLE])
        picture_cell_width = int(width * PICTURE_SHARE)
        set_column_widths(table, [picture_cell_width, width - picture_cell_width])
        picture_cell, legend_cell = table.rows[0].cells
        _picture(first_paragraph(picture_cell, "", styles[PICTURE_STYLE]), seating, layout)
        first_paragraph(legend_cell, "", styles[CELL_STYLE])
        _legend(legend_cell, styles, seating, width - picture_cell_width - CELL_MARGINS)
    else:
        _picture(add_paragraph(document, "", styles[PICTURE_STYLE]), seating, layout)
        add_paragraph(document, "", styles[CELL_STYLE]).paragraph_format.page_break_before = True
        _legend(document, styles, seating, width)
    return save_document(document, out_path)


def _picture(paragraph, seating: SeatingContent, layout: PlanLayout) -> None:
    from docx.shared import Emu

    from organiser.documents.pictures import plan_png

    png = plan_png(seating.plan, chair_label=seating.chair_label, numbers_only=layout.numbers_only)
    paragraph.add_run().add_picture(io.BytesIO(png), width=Emu(layout.picture_width))


def _legend_height(document, seating: SeatingContent, width: int) -> float:
    """The legend's height in EMU, in the template's styles, in a column ``width`` EMU wide."""
    from organiser.documents.fitting import height

    widths = [width * share / EMU_PER_POINT - CELL_MARGINS / EMU_PER_POINT for share in LEGEND_SHARES]
    rows = [(seating.columns, HEADER_STYLE)] + [((row.label, row.delegation, row.name), CELL_STYLE)
                                                for row in seating.legend]
    points = sum(max(height(document, [(text, style)], column) for text, column in zip(texts, widths))
                 for texts, style in rows)
    return points * EMU_PER_POINT


def _legend(container, styles: StyleIds, seating: SeatingContent, width: int) -> None:
    table = container.add_table(rows=1 + len(seating.legend), cols=3)
    set_table_style(table, styles[TABLE_STYLE])
    widths = [int(width * share) for share in LEGEND_SHARES[:-1]]
    set_column_widths(table, [*widths, width - sum(widths)])
    rows = list(table.rows)
    for cell, text in zip(rows[0].cells, seating.columns):
        first_paragraph(cell, text, styles[HEADER_STYLE])
    set_repeat_header(rows[0])
    for row, entry in zip(rows[1:], seating.legend):
        number, delegation, name = row.cells
        first_paragraph(number, entry.label, styles[NUMBER_STYLE])
        chair = f" ({seating.chair_label})" if entry.label == "1" and seating.chair_label else ""
        first_paragraph(delegation, entry.delegation + (chair if entry.delegation else ""), styles[CELL_STYLE])
        first_paragraph(name, entry.name, styles[CELL_STYLE])
        set_cant_split(row)
