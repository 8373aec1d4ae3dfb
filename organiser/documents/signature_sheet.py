"""The signature sheet as a Word document, on the styles of templates_docx/signature-sheet.docx.

Two layouts of the same rows: one table for all signatories (number, institution, name and
position, a cell to sign in), or a page a signatory (institution, a line to sign on, name,
position). The rows are the declaration's own signature rows, so the two never disagree.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, SUBTITLE_STYLE, TABLE, TITLE_STYLE, StyleIds, add_heading, add_paragraph, first_paragraph,
    save_document, set_cant_split, set_column_widths, set_repeat_header, set_table_style, start_document,
    text_width,
)
from organiser.documents.content import SignatureSheet

TEMPLATE = "signature-sheet.docx"

TABLE_STYLE = "Sheet Table"
HEADER_STYLE = "Sheet Header"
CELL_STYLE = "Sheet Cell"
NUMBER_STYLE = "Sheet Number"
NAME_STYLE = "Sheet Name"
POSITION_STYLE = "Sheet Position"
INSTITUTION_PAGE_STYLE = "Signatory Institution"
LINE_STYLE = "Signature Line"
SIGNATORY_STYLE = "Signatory Name"
SIGNATORY_POSITION_STYLE = "Signatory Position"

STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH, SUBTITLE_STYLE: PARAGRAPH,
    HEADER_STYLE: PARAGRAPH, CELL_STYLE: PARAGRAPH, NUMBER_STYLE: PARAGRAPH, NAME_STYLE: PARAGRAPH,
    POSITION_STYLE: PARAGRAPH, INSTITUTION_PAGE_STYLE: PARAGRAPH, LINE_STYLE: PARAGRAPH,
    SIGNATORY_STYLE: PARAGRAPH, SIGNATORY_POSITION_STYLE: PARAGRAPH, TABLE_STYLE: TABLE,
}

# Shares of the text width: number, institution, name and position, signature.
COLUMN_SHARES = (0.08, 0.34, 0.33, 0.25)


def build_signature_sheet(sheet: SignatureSheet, out_path: str | os.PathLike[str], *,
                          page_per_signatory: bool = False,
                          template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``sheet`` to ``out_path``: one table, or with ``page_per_signatory`` a page each."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=sheet.heading.title,
                                      language=sheet.language)
    if page_per_signatory:
        _pages(document, styles, sheet)
    else:
        add_heading(document, styles, sheet.heading.title, sheet.heading.subtitle)
        _table(document, styles, sheet)
    return save_document(document, out_path)


def _table(document, styles: StyleIds, sheet: SignatureSheet) -> None:
    table = document.add_table(rows=1 + len(sheet.signatures), cols=len(COLUMN_SHARES))
    set_table_style(table, styles[TABLE_STYLE])
    width = text_width(document.sections[-1])
    widths = [int(width * share) for share in COLUMN_SHARES[:-1]]
    set_column_widths(table, [*widths, width - sum(widths)])
    rows = list(table.rows)
    for cell, text in zip(rows[0].cells, sheet.columns):
        first_paragraph(cell, text, styles[HEADER_STYLE])
    set_repeat_header(rows[0])
    set_cant_split(rows[0])
    for number, (row, signature) in enumerate(zip(rows[1:], sheet.signatures), start=1):
        number_cell, institution_cell, name_cell, signature_cell = row.cells
        first_paragraph(number_cell, str(number), styles[NUMBER_STYLE])
        first_paragraph(institution_cell, signature.institution, styles[CELL_STYLE])
        first_paragraph(name_cell, signature.name, styles[NAME_STYLE])
        add_paragraph(name_cell, signature.position, styles[POSITION_STYLE])
        first_paragraph(signature_cell, "", styles[CELL_STYLE])
        set_cant_split(row)
    # The heading row keeps with the first signatory, so it never stands alone at a page foot.
    for cell in rows[0].cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _pages(document, styles: StyleIds, sheet: SignatureSheet) -> None:
    for index, signature in enumerate(sheet.signatures):
        title = add_paragraph(document, sheet.heading.title, styles[TITLE_STYLE])
        if index:
            title.paragraph_format.page_break_before = True
        for line in sheet.heading.subtitle:
            add_paragraph(document, line, styles[SUBTITLE_STYLE])
        add_paragraph(document, signature.institution, styles[INSTITUTION_PAGE_STYLE])
        add_paragraph(document, "", styles[LINE_STYLE])
        add_paragraph(document, signature.name, styles[SIGNATORY_STYLE])
        if signature.position:
            add_paragraph(document, signature.position, styles[SIGNATORY_POSITION_STYLE])
