"""Exporting an event's documents: one language a file, two side by side, or one file per language.

Each export checks every target first, then gathers what the document prints in each language
(its kind's ``content`` in documents/registry.py, reporting every missing name or text of every
language at once), then has the kind's builder write the Word file; with ``pdf`` LibreOffice renders
it beside the .docx. The workspace is only read.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from organiser.documents.names import MissingNamesError
from organiser.documents.pdf import check_targets, convert_to_pdf, pdf_path
from organiser.documents.registry import DocumentKind, document_kind, template_path
from organiser.documents.request import Request, Written
from organiser.domain.document_kinds import EVENT_DOCUMENT_KINDS
from organiser.domain.errors import ValidationError
from organiser.domain.languages import phrasebook
from organiser.domain.model import Language
from organiser.services.workspaces import Workspace

__all__ = ["export_document", "export_per_language", "written_document", "written_per_language", "Written",
           "per_language_path", "pdf_path"]


def per_language_path(out: str | Path, language: Language) -> Path:
    """Where the copy in ``language`` of a one-document-per-language export goes: FILE.docx → FILE.az.docx."""
    out = Path(out)
    return out.with_name(f"{out.stem}.{language}{out.suffix or '.docx'}")


def export_document(workspace: Workspace, *, kind: str, event_id: int, out: str | Path, language: Language = "en",
                    languages: Sequence[Language] | None = None, force: bool = False, pdf: bool = False,
                    page_per_signatory: bool = False, **options: object) -> Path:
    """Write the event's document ``kind`` in ``language`` to ``out`` (.docx) and return its path; with
    two ``languages`` instead, one document with the two side by side (only kinds that have a
    side-by-side layout: the declaration). With ``pdf``, also render it to :func:`pdf_path` of ``out``
    through LibreOffice.

    Nothing is written when a target exists (without ``force``), a name or text is missing, or ``pdf`` is
    asked and LibreOffice is not installed."""
    return written_document(workspace, kind=kind, event_id=event_id, out=out, language=language, languages=languages,
                            force=force, pdf=pdf, page_per_signatory=page_per_signatory, **options).path


def written_document(workspace: Workspace, *, kind: str, event_id: int, out: str | Path, language: Language = "en",
                     languages: Sequence[Language] | None = None, force: bool = False, pdf: bool = False,
                     page_per_signatory: bool = False, **options: object) -> Written:
    """As :func:`export_document`, with what the builder chose to make the document fit (the declaration's
    signature block: how many a row, on which pages), for the command line and the window to say."""
    document = _event_document(kind)
    if languages is not None and len(languages) > 1:
        languages = _distinct(languages)
        if document.side_by_side is None:
            raise ValidationError("languages", f"the {document.label.lower()} has no side-by-side layout; "
                                                f"write one document per language instead (--each)")
        if len(languages) != 2:
            raise ValidationError("languages", f"side by side takes two languages, not {len(languages)} "
                                               f"({', '.join(languages)}); write one document per language "
                                               f"instead (--each)")
        jobs = [(Path(out), languages)]
    else:
        languages = _distinct(languages) if languages else (language,)
        jobs = [(Path(out), languages)]
    options = {"page_per_signatory": page_per_signatory, **options}
    return _export(workspace, kind, Request(event_id, languages, options), jobs, force=force, pdf=pdf)[0]


def export_per_language(workspace: Workspace, *, kind: str, event_id: int, out: str | Path,
                        languages: Sequence[Language], force: bool = False, pdf: bool = False,
                        page_per_signatory: bool = False, **options: object) -> list[Path]:
    """Write the event's document ``kind`` once per language, to :func:`per_language_path` of ``out``
    (FILE.en.docx, FILE.az.docx …), all or none: every missing name or text of every language is
    reported at once, and an existing target (without ``force``) stops them all."""
    return [written.path for written in written_per_language(
        workspace, kind=kind, event_id=event_id, out=out, languages=languages, force=force, pdf=pdf,
        page_per_signatory=page_per_signatory, **options)]


def written_per_language(workspace: Workspace, *, kind: str, event_id: int, out: str | Path,
                         languages: Sequence[Language], force: bool = False, pdf: bool = False,
                         page_per_signatory: bool = False, **options: object) -> list[Written]:
    """As :func:`export_per_language`, with what each builder chose (see :func:`written_document`)."""
    languages = _distinct(languages)
    if not languages:
        raise ValidationError("languages", "name at least one language")
    jobs = [(per_language_path(out, language), (language,)) for language in languages]
    options = {"page_per_signatory": page_per_signatory, **options}
    return _export(workspace, kind, Request(event_id, languages, options), jobs, force=force, pdf=pdf)


def _event_document(kind: str) -> DocumentKind:
    """The kind ``kind``, if it is one of an event's documents (the memorandum and the comparison have
    exports of their own)."""
    if kind not in EVENT_DOCUMENT_KINDS:
        raise ValidationError("kind", f"'{kind}' is not a document (those are: {', '.join(EVENT_DOCUMENT_KINDS)})")
    return document_kind(kind)


def _distinct(languages: Sequence[Language]) -> tuple[Language, ...]:
    out: list[Language] = []
    for language in languages:
        language = language.strip()
        if not language:
            raise ValidationError("languages", "an empty language code (write them as en,az)")
        if language in out:
            raise ValidationError("languages", f"'{language}' is named twice")
        out.append(language)
    return tuple(out)


def _export(workspace: Workspace, kind: str, request: Request, jobs: list[tuple[Path, tuple[Language, ...]]], *,
            force: bool, pdf: bool) -> list[Written]:
    """Check every target, gather every content (all problems of all languages at once), then write."""
    document = _event_document(kind)
    check_targets([out for out, _languages in jobs], force=force, pdf=pdf)
    for language in request.languages:
        phrasebook(language)  # an unknown language is named as such, before what it lacks
    template = template_path(workspace, kind)  # checked by the builder before it writes anything
    if document.check is not None:
        document.check(workspace, request)
    contents: dict[Language, object] = {}
    missing: list[MissingNamesError] = []
    for language in request.languages:
        try:
            contents[language] = document.content(workspace, request, language)
        except MissingNamesError as error:
            missing.append(error)
    if missing:
        raise MissingNamesError.merged(missing)

    written: list[Written] = []
    for out, languages in jobs:
        if len(languages) == 1:
            result = document.build(contents[languages[0]], out, template, request)
        else:
            result = document.side_by_side([contents[language] for language in languages], out, template, request)
        written.append(result if isinstance(result, Written) else Written(result))
    if pdf:
        for each in written:
            convert_to_pdf(each.path, pdf_path(each.path))
    return written
