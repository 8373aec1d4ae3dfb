"""Name badges as a Word document, on the styles of templates_docx/badges.docx.

Eight badges to an A4 page, two across and four down, each a cell of a table whose dashed borders
(the template's "Badge Table") are the cut lines: the event, the delegation, the name, the position
and the role. Rows have an exact height and may not split, so a badge never runs onto the next page.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, TABLE, add_paragraph, first_paragraph, save_document, set_cant_split, set_column_widths,
    set_table_style, start_document, text_width,
)
from organiser.documents.protocol_content import Badges

TEMPLATE = "badges.docx"

TABLE_STYLE = "Badge Table"
EVENT_STYLE = "Badge Event"
DELEGATION_STYLE = "Badge Delegation"
NAME_STYLE = "Badge Name"
POSITION_STYLE = "Badge Position"
ROLE_STYLE = "Badge Role"

STYLES: dict[str, str] = {
    TABLE_STYLE: TABLE, EVENT_STYLE: PARAGRAPH, DELEGATION_STYLE: PARAGRAPH, NAME_STYLE: PARAGRAPH,
    POSITION_STYLE: PARAGRAPH, ROLE_STYLE: PARAGRAPH,
}

ACROSS, DOWN = 2, 4
# Below the last row, room the page keeps for rounding (Word and LibreOffice differ by a few twips).
SLACK = 0.01


def build_badges(badges: Badges, out_path: str | os.PathLike[str], *,
                 template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``badges`` in their order, left to right and top to bottom, a table a page."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Emu

    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=badges.title,
                                      language=badges.language)
    section = document.sections[-1]
    width = text_width(section)
    height = int((section.page_height - section.top_margin - section.bottom_margin) * (1 - SLACK)) // DOWN
    per_page = ACROSS * DOWN
    for start in range(0, len(badges.badges), per_page):
        page = badges.badges[start:start + per_page]
        if start:
            # A table cannot start a page by itself in Word: a page break in a tiny paragraph does it.
            from docx.enum.text import WD_BREAK

            add_paragraph(document, "", styles[EVENT_STYLE]).add_run().add_break(WD_BREAK.PAGE)
        rows = -(-len(page) // ACROSS)
        table = document.add_table(rows=rows, cols=ACROSS)
        set_table_style(table, styles[TABLE_STYLE])
        set_column_widths(table, [width // ACROSS] * ACROSS)
        for row in table.rows:
            row.height = Emu(height)
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            set_cant_split(row)
        cells = [cell for row in table.rows for cell in row.cells]
        for cell, badge in zip(cells, page):
            first_paragraph(cell, badges.event, styles[EVENT_STYLE])
            add_paragraph(cell, badge.delegation, styles[DELEGATION_STYLE])
            add_paragraph(cell, badge.name, styles[NAME_STYLE])
            add_paragraph(cell, badge.position, styles[POSITION_STYLE])
            add_paragraph(cell, badge.role, styles[ROLE_STYLE])
        for cell in cells[len(page):]:
            cell.paragraphs[0]._p.style = styles[EVENT_STYLE]
    return save_document(document, out_path)
