"""The seating plan as a Word document, on the styles of templates_docx/seating.docx.

The title and the event, then on a landscape page the plan as a picture (drawn by
documents/pictures.py, the same drawing as the window's) and beside it its legend as a table —
place, delegation, name — so that the plan's words can be searched and read aloud, and survive a
printer that drops pictures.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, SUBTITLE_STYLE, TABLE, TITLE_STYLE, StyleIds, add_heading, first_paragraph, save_document,
    set_cant_split, set_column_widths, set_repeat_header, set_table_style, start_document, text_width,
)
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
CELL_MARGINS = 2 * 108 * 635  # the layout table's cells' left and right margins (108 twips each), in EMU


def build_seating(seating: SeatingContent, out_path: str | os.PathLike[str], *,
                  template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``seating`` to ``out_path``: the heading, then the picture of the plan with its legend beside it."""
    from docx.shared import Emu

    from organiser.documents.pictures import plan_image, plan_png

    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=seating.heading.title,
                                      language=seating.language)
    add_heading(document, styles, seating.heading.title, seating.heading.subtitle)

    section = document.sections[-1]
    width = text_width(section)
    layout = document.add_table(rows=1, cols=2)
    set_table_style(layout, styles[LAYOUT_STYLE])
    picture_cell_width = int(width * PICTURE_SHARE)
    set_column_widths(layout, [picture_cell_width, width - picture_cell_width])
    picture_cell, legend_cell = layout.rows[0].cells

    height_room = int((section.page_height - section.top_margin - section.bottom_margin) * PICTURE_HEIGHT_SHARE)
    image = plan_image(seating.plan, chair_label=seating.chair_label)
    # As wide as its cell, unless that makes it taller than its room on the page.
    picture_width = min(picture_cell_width - CELL_MARGINS, int(height_room * image.width() / image.height()))
    paragraph = first_paragraph(picture_cell, "", styles[PICTURE_STYLE])
    paragraph.add_run().add_picture(io.BytesIO(plan_png(seating.plan, chair_label=seating.chair_label)),
                                    width=Emu(picture_width))
    first_paragraph(legend_cell, "", styles[CELL_STYLE])
    _legend(legend_cell, styles, seating, width - picture_cell_width - CELL_MARGINS)
    return save_document(document, out_path)


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
