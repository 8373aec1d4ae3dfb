"""The declaration as a Word document, on the styles of templates_docx/declaration.docx.

The layout is the template's: this module only chooses styles by name and never sets a font or a
size. What it decides is structure: one paragraph a clause, and a signature block that never
splits across pages and is never separated from the closing formula above it.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from organiser import paths
from organiser.documents.common import (
    PARAGRAPH, TABLE, DocumentWriteError, TemplateFileError, clear_body, keep_table_together,
    open_template, save_document, set_column_widths, text_width,
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

    document.add_paragraph(rendered.title, style=TITLE_STYLE)
    for clause in rendered.body:
        style = _CLAUSE_STYLES.get(clause.kind, BODY_STYLE)
        paragraph = document.add_paragraph(clause.numbered_text, style=style)
        if clause.kind is ClauseKind.CLOSING_FORMULA:
            # The formula belongs to the signatures below it, whatever the style says.
            paragraph.paragraph_format.keep_with_next = True

    _add_signature_block(document, rendered)

    properties = document.core_properties
    properties.title = rendered.title
    properties.language = rendered.language
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = now
    properties.revision = 1
    return save_document(document, out_path)


def _default_template() -> Path:
    try:
        return paths.docx_template(TEMPLATE)
    except FileNotFoundError as error:  # the whole templates_docx folder is missing
        raise TemplateFileError(TEMPLATE, str(error)) from None


def _add_signature_block(document, rendered: RenderedDeclaration) -> None:
    """A borderless two-column table: the headings, then one row a signatory, institution on the
    left, room to sign and the name on the right."""
    table = document.add_table(rows=1 + len(rendered.signatures), cols=2)
    table.style = document.styles[SIGNATURE_TABLE_STYLE]
    width = text_width(document.sections[-1])
    set_column_widths(table, [width // 2, width - width // 2])

    rows = list(table.rows)
    for cell, heading in zip(rows[0].cells, rendered.signature_heading):
        _first_paragraph(cell, heading, SIGNATURE_HEADING_STYLE)
    for row, signature in zip(rows[1:], rendered.signatures):
        institution_cell, name_cell = row.cells
        _first_paragraph(institution_cell, signature.institution, SIGNATURE_INSTITUTION_STYLE)
        _first_paragraph(name_cell, "", SIGNATURE_SPACE_STYLE)
        for _ in range(SIGNING_LINES - 1):
            name_cell.add_paragraph("", style=SIGNATURE_SPACE_STYLE)
        name_cell.add_paragraph(signature.name, style=SIGNATURE_NAME_STYLE)
    keep_table_together(table)


def _first_paragraph(cell, text: str, style: str) -> None:
    """A new cell holds one empty paragraph already: use it rather than add a second."""
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    if text:
        paragraph.add_run(text)
