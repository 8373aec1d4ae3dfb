"""The programme as a Word document, on the styles of templates_docx/programme.docx.

A heading a day (when the items carry days), then the items in a borderless table: the time on
the left, the item and its speakers on the right. With no time on any item the time column is
left out; an item without a time beside timed ones has an empty time cell.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, SUBTITLE_STYLE, TABLE, TITLE_STYLE, add_heading, add_paragraph, first_paragraph, save_document,
    set_cant_split, set_column_widths, set_table_style, start_document, text_width,
)
from organiser.documents.content import Programme

TEMPLATE = "programme.docx"

DAY_STYLE = "Programme Day"
TIME_STYLE = "Programme Time"
ITEM_STYLE = "Programme Item"
SPEAKER_STYLE = "Programme Speaker"
TABLE_STYLE = "Programme Table"

STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH, SUBTITLE_STYLE: PARAGRAPH, DAY_STYLE: PARAGRAPH, TIME_STYLE: PARAGRAPH,
    ITEM_STYLE: PARAGRAPH, SPEAKER_STYLE: PARAGRAPH, TABLE_STYLE: TABLE,
}

TIME_SHARE = 0.2  # of the text width, when any item has a time


def build_programme(programme: Programme, out_path: str | os.PathLike[str], *,
                    template_path: str | os.PathLike[str] | None = None) -> Path:
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=programme.heading.title,
                                      language=programme.language)
    add_heading(document, styles, programme.heading.title, programme.heading.subtitle)
    width = text_width(document.sections[-1])
    timed = programme.has_times
    widths = [int(width * TIME_SHARE), width - int(width * TIME_SHARE)] if timed else [width]
    for day in programme.days:
        if day.heading:
            add_paragraph(document, day.heading, styles[DAY_STYLE])
        if not day.entries:
            continue
        table = document.add_table(rows=len(day.entries), cols=len(widths))
        set_table_style(table, styles[TABLE_STYLE])
        set_column_widths(table, widths)
        rows = list(table.rows)
        for row, entry in zip(rows, day.entries):
            cells = row.cells
            if timed:
                first_paragraph(cells[0], entry.time, styles[TIME_STYLE])
            item_cell = cells[-1]
            first_paragraph(item_cell, entry.title, styles[ITEM_STYLE])
            for speaker in entry.speakers:
                add_paragraph(item_cell, speaker, styles[SPEAKER_STYLE])
            # No item is parted from its speakers; items may run onto the next page one by one,
            # and a day's heading keeps with its first item (the style's keep-with-next).
            set_cant_split(row)
    return save_document(document, out_path)
