"""The declaration as a Word document, on the styles of templates_docx/declaration.docx.

The layout is the template's: this module only chooses styles by name and never sets a font or a
size. What it decides is structure: one paragraph a clause, and a signature block that never
splits across pages and is never separated from the closing formula above it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.documents.common import (
    PARAGRAPH, TABLE, DocumentWriteError, StyleIds, TemplateFileError, add_paragraph, clear_body, first_paragraph,
    default_template, keep_table_together, open_template, save_document, set_column_widths, set_properties,
    set_table_style, text_width,
)
from organiser.domain.model import ClauseKind

if TYPE_CHECKING:
    from organiser.domain.declaration import RenderedDeclaration

__all__ = ["build_declaration", "TemplateFileError", "DocumentWriteError", "STYLES", "SIGNING_LINES"]

TEMPLATE = "declaration.docx"

TITLE_STYLE = "Declaration Title"
BODY_STYLE = "Declaration Body"
OPERATIVE_STYLE = "Operative Clause"
CLOSING_STYLE = "Closing Formula"
SIGNATURE_TABLE_STYLE = "Signature Table"
SIGNATURE_HEADING_STYLE = "Signature Heading"
SIGNATURE_INSTITUTION_STYLE = "Signature Institution"
SIGNATURE_SPACE_STYLE = "Signature Space"
SIGNATURE_NAME_STYLE = "Signature Name"

# Every style the builder uses; a template lacking one is refused before anything is written.
STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH,
    BODY_STYLE: PARAGRAPH,
    OPERATIVE_STYLE: PARAGRAPH,
    CLOSING_STYLE: PARAGRAPH,
    SIGNATURE_HEADING_STYLE: PARAGRAPH,
    SIGNATURE_INSTITUTION_STYLE: PARAGRAPH,
    SIGNATURE_SPACE_STYLE: PARAGRAPH,
    SIGNATURE_NAME_STYLE: PARAGRAPH,
    SIGNATURE_TABLE_STYLE: TABLE,
}

# Empty paragraphs above each name, the room to sign; their height is the "Signature Space" style's.
SIGNING_LINES = 3

# Signatories a row of the signature block, by their number: up to 6, one a row (institution left,
# name right); more, two or three a row, each cell stacking institution, room to sign and name, so
# the block still fits on one page with the closing formula (twelve rows of the one-a-row layout
# run over an A4 page, and a block that cannot fit a page splits whatever keep-together says).
def signatories_a_row(count: int) -> int:
    return 1 if count <= 6 else 2 if count <= 10 else 3

_CLAUSE_STYLES = {
    ClauseKind.OPERATIVE: OPERATIVE_STYLE,
    ClauseKind.CLOSING_FORMULA: CLOSING_STYLE,
}


def build_declaration(rendered: RenderedDeclaration, out_path: str | os.PathLike[str], *,
                      template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``rendered`` to ``out_path`` as a Word document made on the declaration template.

    Raises :class:`TemplateFileError` when the template is missing, not a Word document or lacks
    one of :data:`STYLES`, and :class:`DocumentWriteError` when ``out_path`` cannot be written."""
    template = Path(template_path) if template_path is not None else _default_template()
    document = open_template(template, STYLES)
    clear_body(document)
    styles = StyleIds(document, STYLES)

    add_paragraph(document, rendered.title, styles[TITLE_STYLE])
    for clause in rendered.body:
        style = _CLAUSE_STYLES.get(clause.kind, BODY_STYLE)
        paragraph = add_paragraph(document, clause.numbered_text, styles[style])
        if clause.kind is ClauseKind.CLOSING_FORMULA:
            # The formula belongs to the signatures below it, whatever the style says.
            paragraph.paragraph_format.keep_with_next = True

    _add_signature_block(document, styles, rendered)

    set_properties(document, rendered.title, rendered.language)
    return save_document(document, out_path)


def _default_template() -> Path:
    return default_template(TEMPLATE)


def _add_signature_block(document, styles: StyleIds, rendered: RenderedDeclaration) -> None:
    """A borderless table. With one signatory a row (see :func:`signatories_a_row`): the headings,
    then a row a signatory, institution on the left, room to sign and the name on the right. With
    more a row: in protocol order, left to right, each cell stacking institution, room and name."""
    signatures = rendered.signatures
    per_row = signatories_a_row(len(signatures))
    columns = 2 if per_row == 1 else per_row
    rows_needed = -(-len(signatures) // per_row)
    table = document.add_table(rows=1 + rows_needed, cols=columns)
    set_table_style(table, styles[SIGNATURE_TABLE_STYLE])
    width = text_width(document.sections[-1])
    set_column_widths(table, [width // columns] * (columns - 1) + [width - (columns - 1) * (width // columns)])

    rows = list(table.rows)
    if per_row > 1:
        for cell in rows[0].cells:
            first_paragraph(cell, rendered.signature_heading[0], styles[SIGNATURE_HEADING_STYLE])
            add_paragraph(cell, rendered.signature_heading[1], styles[SIGNATURE_HEADING_STYLE])
        cells = [cell for row in rows[1:] for cell in row.cells]
        for cell, signature in zip(cells, signatures):
            first_paragraph(cell, signature.institution, styles[SIGNATURE_INSTITUTION_STYLE])
            _add_room_and_name(cell, styles, signature.name)
        for cell in cells[len(signatures):]:  # the last row's empty places
            cell.paragraphs[0]._p.style = styles[SIGNATURE_INSTITUTION_STYLE]
    else:
        for cell, heading in zip(rows[0].cells, rendered.signature_heading):
            first_paragraph(cell, heading, styles[SIGNATURE_HEADING_STYLE])
        for row, signature in zip(rows[1:], signatures):
            institution_cell, name_cell = row.cells
            first_paragraph(institution_cell, signature.institution, styles[SIGNATURE_INSTITUTION_STYLE])
            first_paragraph(name_cell, "", styles[SIGNATURE_SPACE_STYLE])
            for _ in range(SIGNING_LINES - 1):
                add_paragraph(name_cell, "", styles[SIGNATURE_SPACE_STYLE])
            add_paragraph(name_cell, signature.name, styles[SIGNATURE_NAME_STYLE])
    keep_table_together(table)


def _add_room_and_name(cell, styles: StyleIds, name: str) -> None:
    for _ in range(SIGNING_LINES):
        add_paragraph(cell, "", styles[SIGNATURE_SPACE_STYLE])
    add_paragraph(cell, name, styles[SIGNATURE_NAME_STYLE])
