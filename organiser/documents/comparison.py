"""Revisions as Word documents: two revisions compared, with Word's own tracked changes, and the
declaration as one revision had it.

The comparison is written on templates_docx/comparison.docx. Inserted words are ``w:ins`` runs and
deleted ones ``w:del`` runs (``w:delText``), each with the author and date of the newer revision, so Word
shows them as that drafter's changes (Review → Accept/Reject) and LibreOffice colours them too; a
paragraph added or removed as a whole has its paragraph mark tracked as well. Styles are chosen by name.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from organiser.documents.common import PARAGRAPH, add_paragraph, save_document, start_document, workspace_template
from organiser.documents.declaration import build_declaration
from organiser.documents.pdf import check_targets, convert_to_pdf, pdf_path
from organiser.services.declarations import event_declaration, get_declaration
from organiser.services.events import get_event
from organiser.services.revisions import Comparison, Side, compare_revisions, get_revision, render_snapshot
from organiser.services.workspaces import Workspace

TEMPLATE = "comparison.docx"
TITLE_STYLE = "Document Title"
SUBTITLE_STYLE = "Document Subtitle"
DETAILS_STYLE = "Comparison Details"
LEGEND_STYLE = "Comparison Legend"
BODY_STYLE = "Comparison Body"
STYLES = {name: PARAGRAPH for name in (TITLE_STYLE, SUBTITLE_STYLE, DETAILS_STYLE, LEGEND_STYLE, BODY_STYLE)}
DEFAULT_AUTHOR = "organiser"


def _side_line(prefix: str, side: Side, comment: str) -> str:
    why = f" — “{comment}”" if comment else ""
    return f"{prefix}: {side.label}{why}"


class _Marks:
    """Word's tracked-change elements, numbered (w:id) once each in the document."""

    def __init__(self, author: str, date: dt.datetime):
        self.author = author
        self.date = date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1

    def element(self, tag: str):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(self.next_id))
        mark.set(qn("w:author"), self.author)
        mark.set(qn("w:date"), self.date)
        self.next_id += 1
        return mark

    def run(self, paragraph, op: str, text: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        run = OxmlElement("w:r")
        content = OxmlElement("w:delText" if op == "delete" else "w:t")
        content.set(qn("xml:space"), "preserve")
        content.text = text
        run.append(content)
        if op == "equal":
            paragraph._p.append(run)
            return
        wrapper = self.element("w:ins" if op == "insert" else "w:del")
        wrapper.append(run)
        paragraph._p.append(wrapper)

    def paragraph_mark(self, paragraph, op: str) -> None:
        """Track the paragraph's own end as inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
        from docx.oxml import OxmlElement

        properties = paragraph._p.get_or_add_pPr()
        run_properties = OxmlElement("w:rPr")
        run_properties.append(self.element("w:ins" if op == "insert" else "w:del"))
        properties.append(run_properties)


def build_comparison(comparison: Comparison, out_path: str | os.PathLike[str], *, title: str, subtitle: str,
                     comments: tuple[str, str] = ("", ""), template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``comparison`` as a Word document with tracked changes; ``comments`` are the two revisions'."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=title,
                                      language=comparison.language)
    add_paragraph(document, title, styles[TITLE_STYLE])
    if subtitle:
        add_paragraph(document, subtitle, styles[SUBTITLE_STYLE])
    add_paragraph(document, _side_line("From", comparison.old, comments[0]), styles[DETAILS_STYLE])
    add_paragraph(document, _side_line("To", comparison.new, comments[1]), styles[DETAILS_STYLE])
    counts = comparison.counts
    summary = ("No word differs." if counts.unchanged else
               f"{counts.inserted_words} word{'s' if counts.inserted_words != 1 else ''} inserted, "
               f"{counts.deleted_words} deleted.")
    add_paragraph(document, f"Language: {comparison.language}. {summary}", styles[DETAILS_STYLE])
    legend = ("Insertions and deletions are tracked changes: Word shows them in colour and can accept or reject "
              "them (Review). The signatures are left out: they come from the event, not from a revision.")
    if not comparison.rendered:
        legend += f" The texts are {comparison.note}."
    add_paragraph(document, legend, styles[LEGEND_STYLE])

    author = comparison.new.author or DEFAULT_AUTHOR
    marks = _Marks(author, comparison.new.saved_at or dt.datetime.now(dt.UTC))
    for paragraph_diff in comparison.paragraphs:
        paragraph = add_paragraph(document, "", styles[BODY_STYLE])
        for segment in paragraph_diff.segments:
            marks.run(paragraph, segment.op, segment.text)
        if paragraph_diff.mark is not None:
            marks.paragraph_mark(paragraph, paragraph_diff.mark)
    document.core_properties.author = author
    return save_document(document, out_path)


def export_comparison(workspace: Workspace, *, declaration_id: int, old: int | None, new: int | None,
                      out: str | Path, language: str = "en", force: bool = False) -> Path:
    """Compare revision ``old`` with revision ``new`` (None: the draft as it is now) of a declaration and
    write the comparison to ``out`` (.docx), never over an existing file unless ``force``; on the
    workspace's own comparison.docx when its template folder has one."""
    out = Path(out)
    check_targets([out], force=force, pdf=False)
    comparison = compare_revisions(workspace, declaration_id=declaration_id, old=old, new=new, language=language)
    event = get_event(workspace, event_id=comparison.event_id)
    declaration = get_declaration(workspace, declaration_id=declaration_id)
    event_title = event.title.get(language) or event.title.get("en") or next(iter(event.title.values()), "")
    comments = tuple(_comment(workspace, declaration_id, side.number) for side in (comparison.old, comparison.new))
    return build_comparison(comparison, out, title=f"Comparison of revisions: {declaration.title or 'declaration'}",
                            subtitle=event_title, comments=comments,
                            template_path=workspace_template(workspace, TEMPLATE))


def _comment(workspace: Workspace, declaration_id: int, number: int | None) -> str:
    return "" if number is None else get_revision(workspace, declaration_id=declaration_id, number=number).comment


def export_revision(workspace: Workspace, *, event_id: int, number: int, out: str | Path, language: str = "en",
                    force: bool = False, pdf: bool = False, declaration_id: int | None = None) -> Path:
    """Write the event's declaration (its chosen draft, or ``declaration_id``) as revision ``number`` had
    it: that revision's clause texts, languages and values, with the event's delegations."""
    out = Path(out)
    check_targets([out], force=force, pdf=pdf)
    declaration = event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    revision = get_revision(workspace, declaration_id=declaration.id, number=number)
    rendered = render_snapshot(workspace, event_id=event_id, snapshot=revision.snapshot, language=language)
    written = build_declaration(rendered, out)
    if pdf:
        convert_to_pdf(written, pdf_path(written))
    return written
