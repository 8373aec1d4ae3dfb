"""The list of participants as a Word document, on the styles of templates_docx/participants.docx.

A heading a delegation, in protocol order (states, then organisations, then guests), and under it
its members in a borderless two-column table: name, position. A delegation's heading and its
members stay on one page together.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, SUBTITLE_STYLE, TABLE, TITLE_STYLE, add_heading, add_paragraph, first_paragraph,
    keep_table_together, save_document, set_column_widths, set_table_style, start_document, text_width,
)
from organiser.documents.content import ParticipantsList

TEMPLATE = "participants.docx"

DELEGATION_STYLE = "Delegation Heading"
NAME_STYLE = "Participant Name"
POSITION_STYLE = "Participant Position"
TABLE_STYLE = "Participants Table"

STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH, SUBTITLE_STYLE: PARAGRAPH, DELEGATION_STYLE: PARAGRAPH, NAME_STYLE: PARAGRAPH,
    POSITION_STYLE: PARAGRAPH, TABLE_STYLE: TABLE,
}

NAME_SHARE = 0.4  # of the text width; the position takes the rest


def build_participants(participants: ParticipantsList, out_path: str | os.PathLike[str], *,
                       template_path: str | os.PathLike[str] | None = None) -> Path:
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=participants.heading.title,
                                      language=participants.language)
    add_heading(document, styles, participants.heading.title, participants.heading.subtitle)
    width = text_width(document.sections[-1])
    for delegation in participants.delegations:
        heading = add_paragraph(document, delegation.heading, styles[DELEGATION_STYLE])
        if not delegation.members:
            # Nothing below to keep with: the heading must not pull the next delegation's onto its page.
            heading.paragraph_format.keep_with_next = False
            continue
        table = document.add_table(rows=len(delegation.members), cols=2)
        set_table_style(table, styles[TABLE_STYLE])
        set_column_widths(table, [int(width * NAME_SHARE), width - int(width * NAME_SHARE)])
        for row, member in zip(table.rows, delegation.members):
            name_cell, position_cell = row.cells
            first_paragraph(name_cell, member.name, styles[NAME_STYLE])
            first_paragraph(position_cell, member.position, styles[POSITION_STYLE])
        keep_table_together(table)
    return save_document(document, out_path)
