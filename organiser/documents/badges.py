"""Name badges as a Word document, on the styles of templates_docx/badges.docx.

Eight badges to an A4 page, two across and four down, each a cell of a table whose dashed borders
(the template's "Badge Table") are the cut lines: the event, the delegation, the name, the position
and the role. Rows have an exact height and may not split, so a badge never runs onto the next page;
a long name is set in a smaller style of the template's (documents/fitting.py), never cut at the card's edge.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, TABLE, add_paragraph, first_paragraph, save_document, set_cant_split, set_column_widths,
    set_table_style, start_document, text_width,
)
from organiser.documents.fitting import EMU_PER_POINT, DoesNotFitError, cell_margins, fitting_style
from organiser.documents.protocol_content import Badges

TEMPLATE = "badges.docx"

TABLE_STYLE = "Badge Table"
EVENT_STYLE = "Badge Event"
DELEGATION_STYLE = "Badge Delegation"
NAME_STYLE = "Badge Name"
POSITION_STYLE = "Badge Position"
ROLE_STYLE = "Badge Role"
SPACER_STYLE = "Badge Spacer"
# A name in the first of these in which its badge fits: the template says how large each is.
NAME_STYLES = (NAME_STYLE, "Badge Name Long", "Badge Name Longest")

STYLES: dict[str, str] = {
    TABLE_STYLE: TABLE, EVENT_STYLE: PARAGRAPH, DELEGATION_STYLE: PARAGRAPH, POSITION_STYLE: PARAGRAPH,
    ROLE_STYLE: PARAGRAPH, SPACER_STYLE: PARAGRAPH, **{name: PARAGRAPH for name in NAME_STYLES},
}

ACROSS, DOWN = 2, 4
# Below the last row, room the page keeps for rounding (Word and LibreOffice differ by a few twips) and
# for the one tiny paragraph ("Badge Spacer") a document must end with after its table.
SLACK = 0.01


def build_badges(badges: Badges, out_path: str | os.PathLike[str], *,
                 template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``badges`` in their order, left to right and top to bottom: one table, a row of two badges
    of a fixed height that may not split, so four rows fill a page and the fifth starts the next; no page
    is left empty. Each name in the first of :data:`NAME_STYLES` in which the whole badge fits its card;
    a badge that fits in none is a :class:`~organiser.documents.fitting.DoesNotFitError` naming it."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Emu

    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=badges.title,
                                      language=badges.language)
    section = document.sections[-1]
    width = text_width(section)
    height = int((section.page_height - section.top_margin - section.bottom_margin) * (1 - SLACK)) // DOWN
    top, left, bottom, right = cell_margins(document, TABLE_STYLE)
    card_width = width / ACROSS / EMU_PER_POINT - left - right
    card_height = height / EMU_PER_POINT - top - bottom
    name_styles, too_long = [], []
    for badge in badges.badges:
        before = [(badges.event, EVENT_STYLE), (badge.delegation, DELEGATION_STYLE)]
        after = [(badge.position, POSITION_STYLE), (badge.role, ROLE_STYLE)]
        style = fitting_style(document, before, badge.name, NAME_STYLES, after, width=card_width, room=card_height)
        if style is None:
            too_long.append(f"{badge.name} ({badge.delegation})")
        name_styles.append(style)
    if too_long:
        raise DoesNotFitError("badges", too_long)

    table = document.add_table(rows=-(-len(badges.badges) // ACROSS), cols=ACROSS)
    set_table_style(table, styles[TABLE_STYLE])
    set_column_widths(table, [width // ACROSS] * ACROSS)
    for row in table.rows:
        row.height = Emu(height)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        set_cant_split(row)
    cells = [cell for row in table.rows for cell in row.cells]
    for cell, badge, name_style in zip(cells, badges.badges, name_styles):
        first_paragraph(cell, badges.event, styles[EVENT_STYLE])
        add_paragraph(cell, badge.delegation, styles[DELEGATION_STYLE])
        add_paragraph(cell, badge.name, styles[name_style])
        add_paragraph(cell, badge.position, styles[POSITION_STYLE])
        add_paragraph(cell, badge.role, styles[ROLE_STYLE])
    for cell in cells[len(badges.badges):]:
        cell.paragraphs[0]._p.style = styles[EVENT_STYLE]
    # A document ends with a paragraph (Word adds one after a final table): a tiny one, that fits below the
    # last row of a full page instead of making a page of its own.
    add_paragraph(document, "", styles[SPACER_STYLE])
    return save_document(document, out_path)
