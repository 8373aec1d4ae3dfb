"""A memorandum between two parties, in both parties' copies, on the styles of templates_docx/memorandum.docx.

A memorandum is an event with exactly two state delegations and a declaration in one language or two.
By the alternat (domain/alternat.py) each party's copy names that party first (its text is rendered with
that party's delegation first), puts its signature on the left and, in two languages, its language in
the left column. ``export_memorandum`` writes both: FILE-<CODE1>.docx and FILE-<CODE2>.docx.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from organiser.documents.common import (
    PARAGRAPH, TABLE, StyleIds, add_paragraph, first_paragraph, keep_table_together, save_document, set_cant_split,
    set_column_widths, set_table_style, start_document, text_width, workspace_template,
)
from organiser.documents.declaration_content import check_declaration
from organiser.documents.pdf import check_targets, convert_to_pdf, pdf_path
from organiser.documents.request import Request
from organiser.domain.alternat import BilateralCopy, alternat
from organiser.domain.declaration import RenderedDeclaration, SignatureRow, render_declaration
from organiser.domain.errors import ValidationError
from organiser.domain.model import ClauseKind, DelegationKind
from organiser.services.declarations import clause_library, declaration_context, event_declaration
from organiser.services.events import ordered_delegations
from organiser.services.workspaces import Workspace

TEMPLATE = "memorandum.docx"

TITLE_STYLE = "Memorandum Title"
BODY_STYLE = "Memorandum Body"
CLOSING_STYLE = "Memorandum Closing"
PARTY_STYLE = "Memorandum Party"
SIGNATORY_STYLE = "Memorandum Signatory"
COLUMNS_STYLE = "Memorandum Columns"
SIGNATURES_STYLE = "Memorandum Signatures"

STYLES: dict[str, str] = {
    TITLE_STYLE: PARAGRAPH, BODY_STYLE: PARAGRAPH, CLOSING_STYLE: PARAGRAPH, PARTY_STYLE: PARAGRAPH,
    SIGNATORY_STYLE: PARAGRAPH, COLUMNS_STYLE: TABLE, SIGNATURES_STYLE: TABLE,
}


@dataclass(frozen=True)
class MemorandumCopy:
    """One party's copy: the alternat's choices and the text in each column's language, rendered with
    the holder's delegation first (so its preamble and its signatures start with the holder)."""

    copy: BilateralCopy
    texts: tuple[RenderedDeclaration, ...]  # one a column, left to right

    @property
    def holder(self) -> str:
        return self.copy.holder

    def lines(self) -> list[str]:
        return [line for text in self.texts for line in text.lines()]


def memorandum_copies(workspace: Workspace, *, event_id: int) -> tuple[MemorandumCopy, MemorandumCopy]:
    """Both copies of the event's memorandum, the first party's (in protocol order) first.

    Every text or name lacking in either language is reported at once; nothing is rendered half."""
    delegations = ordered_delegations(workspace, event_id=event_id)
    states = [d for d in delegations if d.kind is DelegationKind.STATE]
    if len(states) != 2 or len(delegations) != 2:
        raise ValidationError("memorandum", f"event {event_id} has {len(delegations)} delegation"
                                            f"{'s' if len(delegations) != 1 else ''}; a memorandum is between "
                                            "exactly two state delegations")
    declaration = event_declaration(workspace, event_id=event_id)
    copies = alternat([d.code for d in states], declaration.languages)
    check_declaration(workspace, request=Request(event_id, tuple(declaration.languages)))
    clauses = {clause.id: clause for clause in clause_library(workspace)}
    chosen = [clauses[i] for i in declaration.clause_ids]
    context = declaration_context(workspace, event_id=event_id, values=declaration.values,
                                  languages=declaration.languages)
    by_code = {d.code: d for d in states}
    result = []
    for copy in copies:
        ordered = dataclasses.replace(context, delegations=[by_code[code] for code in copy.parties])
        result.append(MemorandumCopy(copy, tuple(render_declaration(chosen, ordered, language)
                                                 for language in copy.columns)))
    return result[0], result[1]


def copy_path(out: str | os.PathLike[str], holder: str) -> Path:
    """Where a party's copy goes: FILE.docx → FILE-AZ.docx."""
    out = Path(out)
    return out.with_name(f"{out.stem}-{holder}{out.suffix or '.docx'}")


def export_memorandum(workspace: Workspace, *, event_id: int, out: str | os.PathLike[str], force: bool = False,
                      pdf: bool = False) -> list[Path]:
    """Write both copies of the event's memorandum beside ``out`` (see :func:`copy_path`), all or nothing:
    an existing target (without ``force``) or a missing text stops both before either is written."""
    copies = memorandum_copies(workspace, event_id=event_id)
    targets = [copy_path(out, copy.holder) for copy in copies]
    check_targets(targets, force=force, pdf=pdf)
    template = workspace_template(workspace, TEMPLATE)
    written = [build_memorandum(copy, target, template_path=template) for copy, target in zip(copies, targets)]
    if pdf:
        for path in written:
            convert_to_pdf(path, pdf_path(path))
    return written


# --- the Word file ----------------------------------------------------------------------------------------

def build_memorandum(copy: MemorandumCopy, out_path: str | os.PathLike[str], *,
                     template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write one party's copy: in one language a text; in two, a row of two columns a paragraph, the
    holder's language on the left; then the signatures, the holder's on the left."""
    texts = copy.texts
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=texts[0].title,
                                      language=texts[0].language)
    width = text_width(document.sections[-1])
    if len(texts) == 1:
        text = texts[0]
        add_paragraph(document, text.title, styles[TITLE_STYLE])
        for clause in text.body:
            paragraph = add_paragraph(document, clause.numbered_text, styles[_style(clause.kind)])
            if clause.kind is ClauseKind.CLOSING_FORMULA:
                paragraph.paragraph_format.keep_with_next = True
    else:
        _parallel(document, styles, texts, width)
    _signatures(document, styles, texts, width)
    return save_document(document, out_path)


def _style(kind: ClauseKind) -> str:
    return CLOSING_STYLE if kind is ClauseKind.CLOSING_FORMULA else BODY_STYLE


def _parallel(document, styles: StyleIds, texts: tuple[RenderedDeclaration, ...], width: int) -> None:
    left, right = texts
    if len(left.body) != len(right.body):
        raise ValidationError("memorandum", f"its texts in '{left.language}' and '{right.language}' do not have "
                                            "the same clauses")
    rows = [(TITLE_STYLE, left.title, right.title)]
    rows += [(_style(a.kind), a.numbered_text, b.numbered_text) for a, b in zip(left.body, right.body)]
    table = document.add_table(rows=len(rows), cols=2)
    set_table_style(table, styles[COLUMNS_STYLE])
    set_column_widths(table, [width // 2, width - width // 2])
    for row, (style, a, b) in zip(table.rows, rows):
        first_paragraph(row.cells[0], a, styles[style])
        first_paragraph(row.cells[1], b, styles[style])
        set_cant_split(row)
    # The closing formula stays with the signatures below it.
    for cell in table.rows[-1].cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _signatures(document, styles: StyleIds, texts: tuple[RenderedDeclaration, ...], width: int) -> None:
    """A borderless table of two columns: each party's institution (in every language of the copy), room
    to sign, then its signatory's name; the holder's on the left, as its rows come first."""
    per_language: list[list[SignatureRow]] = [text.signatures for text in texts]
    table = document.add_table(rows=1, cols=2)
    set_table_style(table, styles[SIGNATURES_STYLE])
    set_column_widths(table, [width // 2, width - width // 2])
    for column, cell in enumerate(table.rows[0].cells):
        rows = [signatures[column] for signatures in per_language]
        institutions = list(dict.fromkeys(row.institution for row in rows))
        names = list(dict.fromkeys(row.name for row in rows))
        first_paragraph(cell, institutions[0], styles[PARTY_STYLE])
        for institution in institutions[1:]:
            add_paragraph(cell, institution, styles[PARTY_STYLE])
        add_paragraph(cell, names[0], styles[SIGNATORY_STYLE])  # its room above is the room to sign
        for name in names[1:]:  # the name as the other language writes it, if it differs
            add_paragraph(cell, name, styles[PARTY_STYLE])
    keep_table_together(table)
