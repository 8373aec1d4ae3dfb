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
    keep_rows_together, save_document, set_cant_split, set_column_widths, set_repeat_header, set_table_style,
    start_document, text_width,
)
from organiser.documents.numbering import restarted_list, set_list, style_list
from organiser.documents.signature_block import BlockPlan, Measure, cell_margins, plan_block
from organiser.domain.declaration import RenderedClause, RenderedDeclaration
from organiser.domain.model import ClauseKind

__all__ = ["build_declaration", "build_parallel_declaration", "write_declaration", "write_parallel_declaration",
           "TemplateFileError", "DocumentWriteError", "STYLES", "PARALLEL_STYLES", "SIGNING_LINES", "BlockPlan"]

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
    return write_declaration(rendered, out_path, template_path=template_path)[0]


def write_declaration(rendered: RenderedDeclaration, out_path: str | os.PathLike[str], *,
                      template_path: str | os.PathLike[str] | None = None) -> tuple[Path, BlockPlan]:
    """As :func:`build_declaration`, with where and how the signature block was set (its plan)."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=rendered.title,
                                      language=rendered.language)
    add_paragraph(document, rendered.title, styles[TITLE_STYLE])
    numbered = style_list(document, styles[OPERATIVE_STYLE]) is not None
    plan = _plan(document, rendered)
    for clause in rendered.body:
        style = _CLAUSE_STYLES.get(clause.kind, BODY_STYLE)
        paragraph = add_paragraph(document, _clause_text(clause, numbered), styles[style])
        if clause.kind is ClauseKind.CLOSING_FORMULA:
            # The formula belongs to the signatures below it, whatever the style says.
            paragraph.paragraph_format.keep_with_next = True
            if plan.page_break:
                paragraph.paragraph_format.page_break_before = True

    _add_signature_block(document, styles, rendered, plan)
    return save_document(document, out_path), plan


def _closing_index(rendered: RenderedDeclaration) -> int:
    return next((i for i, c in enumerate(rendered.body) if c.kind is ClauseKind.CLOSING_FORMULA), len(rendered.body))


def _plan(document, rendered: RenderedDeclaration) -> BlockPlan:
    """Measure the text and the block in the template's fonts, and choose where and how the block goes."""
    measure = Measure(document)
    closing = _closing_index(rendered)
    text = [(rendered.title, TITLE_STYLE)] + [(c.numbered_text, _CLAUSE_STYLES.get(c.kind, BODY_STYLE))
                                              for c in rendered.body[:closing]]
    page, used = measure.flow(text)
    after = measure.stack([(c.numbered_text, _CLAUSE_STYLES.get(c.kind, BODY_STYLE))
                           for c in rendered.body[closing:]], measure.width)
    _top, left, bottom, right = cell_margins(document, SIGNATURE_TABLE_STYLE)
    signatures = rendered.signatures

    def column(per_row: int) -> float:
        return measure.width / (2 if per_row == 1 else per_row) - left - right

    def heading(per_row: int) -> float:
        first, second = rendered.signature_heading
        if per_row == 1:
            return max(measure.paragraph(first, SIGNATURE_HEADING_STYLE, column(1)),
                       measure.paragraph(second, SIGNATURE_HEADING_STYLE, column(1))) + bottom
        return measure.stack([(first, SIGNATURE_HEADING_STYLE), (second, SIGNATURE_HEADING_STYLE)],
                             column(per_row)) + bottom

    def rows(per_row: int) -> list[float]:
        width = column(per_row)
        room = SIGNING_LINES * measure.paragraph("", SIGNATURE_SPACE_STYLE, width)
        if per_row == 1:
            return [max(measure.paragraph(s.institution, SIGNATURE_INSTITUTION_STYLE, width),
                        room + measure.paragraph(s.name, SIGNATURE_NAME_STYLE, width)) + bottom for s in signatures]
        return [max(measure.paragraph(s.institution, SIGNATURE_INSTITUTION_STYLE, width) + room
                    + measure.paragraph(s.name, SIGNATURE_NAME_STYLE, width) for s in signatures[i:i + per_row])
                + bottom for i in range(0, len(signatures), per_row)]

    return plan_block(measure, count=len(signatures), normal=signatories_a_row(len(signatures)), page=page,
                      used=used, closing=after, heading=heading, rows=rows)


def _clause_text(clause: RenderedClause, numbered: bool) -> str:
    """An operative clause's text without its number where the template's style numbers it (a Word list,
    so a clause added in Word renumbers the rest); with it typed where the template has no such list
    (a copy of a template from before the numbering)."""
    return clause.text if numbered and clause.kind is ClauseKind.OPERATIVE else clause.numbered_text


def _add_signature_block(document, styles: StyleIds, rendered: RenderedDeclaration, plan: BlockPlan) -> None:
    """A borderless table. With one signatory a row (see :func:`signatories_a_row`): the headings,
    then a row a signatory, institution on the left, room to sign and the name on the right. With
    more a row: in protocol order, left to right, each cell stacking institution, room and name.

    ``plan`` gives the parties a row; over several pages, the heading row repeats on each and each page's
    rows keep together, so the pages break where the plan measured them."""
    signatures = rendered.signatures
    per_row = plan.per_row
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
    keep_on_planned_pages(rows, plan)


def keep_on_planned_pages(rows, plan: BlockPlan, heading_rows: int = 1) -> None:
    """The block's rows (``heading_rows`` of them first) kept on the pages of ``plan``: all on one, or the
    heading repeated on every page and each page's rows together (no row ever splits)."""
    if len(plan.pages) == 1:
        keep_rows_together(rows)
        return
    for row in rows[:heading_rows]:
        set_repeat_header(row)
    keep_rows_together(rows[:heading_rows + 1])
    for row in rows[heading_rows + 1:]:
        keep_rows_together([row])


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
    institution, room to sign and name) are a second table, on "Signature Table", kept on one page.
    A list no page holds runs over continuation pages (see documents/signature_block.py): the closing
    formula then ends the text's table, and the headings, repeated on every page, begin the block's."""
    return write_parallel_declaration(rendered, out_path, template_path=template_path)[0]


def write_parallel_declaration(rendered: list[RenderedDeclaration], out_path: str | os.PathLike[str], *,
                               template_path: str | os.PathLike[str] | None = None) -> tuple[Path, BlockPlan]:
    """As :func:`build_parallel_declaration`, with where the signature block was set (its plan)."""
    left, right = rendered
    if len(left.body) != len(right.body) or len(left.signatures) != len(right.signatures):
        raise ValueError("the two renderings are not of the same declaration")  # a caller's bug, not a user's
    document, styles = start_document(template_path, default=TEMPLATE, styles=PARALLEL_STYLES,
                                      title=f"{left.title} / {right.title}",
                                      language=f"{left.language},{right.language}")
    width = text_width(document.sections[-1])
    halves = [width // 2, width - width // 2]
    plan = _parallel_plan(document, rendered)
    over_pages = len(plan.pages) > 1

    closing = _closing_index(left)
    tail = list(zip(left.body[closing:], right.body[closing:]))
    text = document.add_table(rows=1 + closing + (len(tail) if over_pages else 0), cols=2)
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
    if over_pages:  # the closing formula keeps with the block below it
        for row in rows[1 + closing:]:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
    # Word joins two tables with nothing between them into one.
    separator = add_paragraph(document, "", styles[BODY_STYLE])
    if over_pages:
        separator.paragraph_format.keep_with_next = True
        tail = []

    block = document.add_table(rows=len(tail) + 1 + len(left.signatures), cols=2)
    set_table_style(block, styles[SIGNATURE_TABLE_STYLE])
    set_column_widths(block, halves)
    rows = list(block.rows)
    for row, clauses in zip(rows, tail):
        for cell, clause in zip(row.cells, clauses):
            paragraph = first_paragraph(cell, clause.numbered_text, styles[_CLAUSE_STYLES.get(clause.kind, BODY_STYLE)])
            cell.vertical_alignment = _top()  # the two texts begin level; signatures sit at their cells' foot
            if plan.page_break and row is rows[0]:
                paragraph.paragraph_format.page_break_before = True
    for cell, version in zip(rows[len(tail)].cells, rendered):
        first_paragraph(cell, version.signature_heading[0], styles[SIGNATURE_HEADING_STYLE])
        add_paragraph(cell, version.signature_heading[1], styles[SIGNATURE_HEADING_STYLE])
    for row, signatures in zip(rows[len(tail) + 1:], zip(left.signatures, right.signatures)):
        for cell, signature in zip(row.cells, signatures):
            first_paragraph(cell, signature.institution, styles[SIGNATURE_INSTITUTION_STYLE])
            _add_room_and_name(cell, styles, signature.name, PARALLEL_SIGNING_LINES)
    keep_on_planned_pages(rows, plan, heading_rows=len(tail) + 1)
    return save_document(document, out_path), plan


def _parallel_plan(document, rendered: list[RenderedDeclaration]) -> BlockPlan:
    """As :func:`_plan`, side by side: the text's rows (the taller of the two languages' cells) measured
    down the pages, then the block, a signatory a row (no denser grid side by side)."""
    measure = Measure(document)
    left, right = rendered
    closing = _closing_index(left)
    _top, margin_left, _bottom, margin_right = cell_margins(document, PARALLEL_TABLE_STYLE)
    half = measure.width / 2 - margin_left - margin_right

    def cell(clause: RenderedClause) -> float:
        return measure.paragraph(clause.numbered_text, _CLAUSE_STYLES.get(clause.kind, BODY_STYLE), half)

    text = [max(measure.paragraph(left.title, TITLE_STYLE, half), measure.paragraph(right.title, TITLE_STYLE, half))]
    text += [max(cell(a), cell(b)) for a, b in zip(left.body[:closing], right.body[:closing])]
    page, used = measure.rows(text)
    page, used = measure.flow([("", BODY_STYLE)], page=page, used=used)
    _top, margin_left, bottom, margin_right = cell_margins(document, SIGNATURE_TABLE_STYLE)
    column = measure.width / 2 - margin_left - margin_right
    after = sum(max(measure.paragraph(a.numbered_text, _CLAUSE_STYLES.get(a.kind, BODY_STYLE), column),
                    measure.paragraph(b.numbered_text, _CLAUSE_STYLES.get(b.kind, BODY_STYLE), column)) + bottom
                for a, b in zip(left.body[closing:], right.body[closing:]))
    room = PARALLEL_SIGNING_LINES * measure.paragraph("", SIGNATURE_SPACE_STYLE, column)

    def party(signature) -> float:
        return (measure.paragraph(signature.institution, SIGNATURE_INSTITUTION_STYLE, column) + room
                + measure.paragraph(signature.name, SIGNATURE_NAME_STYLE, column))

    def heading(_per_row: int) -> float:
        return max(measure.stack([(line, SIGNATURE_HEADING_STYLE) for line in version.signature_heading], column)
                   for version in rendered) + bottom

    def rows(_per_row: int) -> list[float]:
        return [max(party(a), party(b)) + bottom for a, b in zip(left.signatures, right.signatures)]

    return plan_block(measure, count=len(left.signatures), normal=1, page=page, used=used, closing=after,
                      heading=heading, rows=rows, densest=1)


def _top():
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    return WD_CELL_VERTICAL_ALIGNMENT.TOP
