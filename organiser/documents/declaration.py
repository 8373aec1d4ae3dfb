"""The declaration as a Word document, on the styles of templates_docx/declaration.docx.

The layout is the template's: this module only chooses styles by name and never sets a font or a
size. What it decides is structure: one paragraph a clause, and a signature block that never
splits across pages and is never separated from the closing formula above it.
"""
from __future__ import annotations

import os
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, TABLE, DocumentWriteError, StyleIds, TemplateFileError, add_paragraph, first_paragraph,
    keep_table_together, save_document, set_cant_split, set_column_widths, set_table_style, start_document,
    text_width,
)
from organiser.documents.numbering import restarted_list, set_list, style_list
from organiser.domain.declaration import RenderedClause, RenderedDeclaration
from organiser.domain.model import ClauseKind

__all__ = ["build_declaration", "build_parallel_declaration", "TemplateFileError", "DocumentWriteError", "STYLES",
           "PARALLEL_STYLES", "SIGNING_LINES"]

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
PARALLEL_TABLE_STYLE = "Parallel Table"

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
# The side-by-side text is one borderless table on "Parallel Table"; the rest as above.
PARALLEL_STYLES: dict[str, str] = {**STYLES, PARALLEL_TABLE_STYLE: TABLE}

# Empty paragraphs above each name, the room to sign; their height is the "Signature Space" style's.
SIGNING_LINES = 3

# Side by side, a signatory's row stacks institution, room and name in each column: one line less of
# room keeps five signatories (the sample's meeting) on the closing formula's page.
PARALLEL_SIGNING_LINES = 2

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
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=rendered.title,
                                      language=rendered.language)
    add_paragraph(document, rendered.title, styles[TITLE_STYLE])
    numbered = style_list(document, styles[OPERATIVE_STYLE]) is not None
    for clause in rendered.body:
        style = _CLAUSE_STYLES.get(clause.kind, BODY_STYLE)
        paragraph = add_paragraph(document, _clause_text(clause, numbered), styles[style])
        if clause.kind is ClauseKind.CLOSING_FORMULA:
            # The formula belongs to the signatures below it, whatever the style says.
            paragraph.paragraph_format.keep_with_next = True

    _add_signature_block(document, styles, rendered)
    return save_document(document, out_path)


def _clause_text(clause: RenderedClause, numbered: bool) -> str:
    """An operative clause's text without its number where the template's style numbers it (a Word list,
    so a clause added in Word renumbers the rest); with it typed where the template has no such list
    (a copy of a template from before the numbering)."""
    return clause.text if numbered and clause.kind is ClauseKind.OPERATIVE else clause.numbered_text


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


def _add_room_and_name(cell, styles: StyleIds, name: str, lines: int = SIGNING_LINES) -> None:
    for _ in range(lines):
        add_paragraph(cell, "", styles[SIGNATURE_SPACE_STYLE])
    add_paragraph(cell, name, styles[SIGNATURE_NAME_STYLE])


# --- two languages side by side ------------------------------------------------------------------------

def build_parallel_declaration(rendered: list[RenderedDeclaration], out_path: str | os.PathLike[str], *,
                               template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write two renderings of one declaration side by side: a column a language, a row a clause, so
    the numbered operative clauses stand level. Rows never split across pages.

    The text is a borderless table on "Parallel Table"; the closing formula (in each language), the
    signature headings and a row a signatory naming them in both languages (each column with its
    institution, room to sign and name) are a second table, on "Signature Table", kept on one page."""
    left, right = rendered
    if len(left.body) != len(right.body) or len(left.signatures) != len(right.signatures):
        raise ValueError("the two renderings are not of the same declaration")  # a caller's bug, not a user's
    document, styles = start_document(template_path, default=TEMPLATE, styles=PARALLEL_STYLES,
                                      title=f"{left.title} / {right.title}",
                                      language=f"{left.language},{right.language}")
    width = text_width(document.sections[-1])
    halves = [width // 2, width - width // 2]

    closing = next((i for i, c in enumerate(left.body) if c.kind is ClauseKind.CLOSING_FORMULA), len(left.body))
    text = document.add_table(rows=1 + closing, cols=2)
    set_table_style(text, styles[PARALLEL_TABLE_STYLE])
    set_column_widths(text, halves)
    rows = list(text.rows)
    for cell, version in zip(rows[0].cells, rendered):
        first_paragraph(cell, version.title, styles[TITLE_STYLE])
    # Each column numbers its clauses from 1: the left by the style's list, the right by a copy of it.
    style_numbers = style_list(document, styles[OPERATIVE_STYLE])
    lists = (None, restarted_list(document, style_numbers)) if style_numbers is not None else (None, None)
    for row, clauses in zip(rows[1:], zip(left.body, right.body)):
        for cell, clause, own_list in zip(row.cells, clauses, lists):
            paragraph = first_paragraph(cell, _clause_text(clause, style_numbers is not None),
                                        styles[_CLAUSE_STYLES.get(clause.kind, BODY_STYLE)])
            if own_list is not None and clause.kind is ClauseKind.OPERATIVE:
                set_list(paragraph, own_list)
    for row in rows:
        set_cant_split(row)
    # Word joins two tables with nothing between them into one.
    add_paragraph(document, "", styles[BODY_STYLE])

    tail = list(zip(left.body[closing:], right.body[closing:]))
    block = document.add_table(rows=len(tail) + 1 + len(left.signatures), cols=2)
    set_table_style(block, styles[SIGNATURE_TABLE_STYLE])
    set_column_widths(block, halves)
    rows = list(block.rows)
    for row, clauses in zip(rows, tail):
        for cell, clause in zip(row.cells, clauses):
            first_paragraph(cell, clause.numbered_text, styles[_CLAUSE_STYLES.get(clause.kind, BODY_STYLE)])
            cell.vertical_alignment = _top()  # the two texts begin level; signatures sit at their cells' foot
    for cell, version in zip(rows[len(tail)].cells, rendered):
        first_paragraph(cell, version.signature_heading[0], styles[SIGNATURE_HEADING_STYLE])
        add_paragraph(cell, version.signature_heading[1], styles[SIGNATURE_HEADING_STYLE])
    for row, signatures in zip(rows[len(tail) + 1:], zip(left.signatures, right.signatures)):
        for cell, signature in zip(row.cells, signatures):
            first_paragraph(cell, signature.institution, styles[SIGNATURE_INSTITUTION_STYLE])
            _add_room_and_name(cell, styles, signature.name, PARALLEL_SIGNING_LINES)
    keep_table_together(block)
    return save_document(document, out_path)


def _top():
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    return WD_CELL_VERTICAL_ALIGNMENT.TOP
