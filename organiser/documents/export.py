"""Exporting an event's documents: the declaration, the signature sheet, the participants list, the programme.

Each export gathers what the document prints in one language (``*_content``), checks that every
name it needs exists in that language, then has its builder in organiser/documents/ write the Word
file; with ``pdf`` LibreOffice renders it beside the .docx. The workspace is only read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from organiser.documents.content import (
    DelegationEntry, Heading, ParticipantEntry, ParticipantsList, Programme, ProgrammeDay, ProgrammeEntry,
    SignatureSheet,
)
from organiser.documents.labels import labels
from organiser.domain.declaration import RenderedDeclaration, signature_rows
from organiser.domain.errors import MissingNameError, OrganiserError, UnsupportedLanguageError, ValidationError
from organiser.domain.model import Delegation, DelegationKind, Event, Language, Person, name_in
from organiser.domain.templates import upper
from organiser.services.events import get_event, ordered_delegations, programme
from organiser.storage import reference
from organiser.storage.db import Workspace

T = TypeVar("T")


class MissingNamesError(OrganiserError):
    """A document needs names that do not exist in its language; ``missing`` lists what lacks one.

    Several languages' errors merge into one (:meth:`merged`), so a user learns of all at once."""

    def __init__(self, document: str, language: Language, missing: list[str], *, message: str | None = None):
        self.document = document
        self.language = language
        self.missing = missing
        super().__init__(message or f"cannot write the {document} in '{language}': no name in '{language}' for "
                                    f"{', '.join(missing)}")

    @classmethod
    def merged(cls, errors: list[MissingNamesError]) -> MissingNamesError:
        if len(errors) == 1:
            return errors[0]
        languages = " and ".join(f"'{e.language}'" for e in errors)
        parts = "; ".join(f"no name in '{e.language}' for {', '.join(e.missing)}" for e in errors)
        return cls(errors[0].document, ",".join(e.language for e in errors),
                   [what for e in errors for what in e.missing],
                   message=f"cannot write the {errors[0].document} in {languages}: {parts}")


class MissingTextsError(OrganiserError):
    """The declaration lacks texts or names in some of the languages asked; ``problems`` lists them all."""

    def __init__(self, languages: Sequence[Language], problems: list[str]):
        self.problems = problems
        named = " and ".join(f"'{language}'" for language in languages)
        super().__init__(f"cannot write the declaration in {named}: " + " ".join(problems))


class _Names:
    """Collects every missing name of a document, so the user learns of all of them at once."""

    def __init__(self, document: str, language: Language):
        self.document = document
        self.language = language
        self.missing: list[str] = []

    def get(self, read: Callable[[], T], default: T) -> T:
        try:
            return read()
        except MissingNameError as error:
            if error.what not in self.missing:
                self.missing.append(error.what)
            return default

    def check(self) -> None:
        if self.missing:
            raise MissingNamesError(self.document, self.language, self.missing)


def pdf_path(out: str | Path) -> Path:
    """Where the PDF of the Word file ``out`` goes: beside it, with the suffix .pdf."""
    return Path(out).with_suffix(".pdf")


def per_language_path(out: str | Path, language: Language) -> Path:
    """Where the copy in ``language`` of a one-document-per-language export goes: FILE.docx → FILE.az.docx."""
    out = Path(out)
    return out.with_name(f"{out.stem}.{language}{out.suffix or '.docx'}")


# --- the kinds of document ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Request:
    """What one export asks: the event, every language of the export (a declaration's closing formula
    names them all), and the options of a kind (``page_per_signatory`` …)."""

    event_id: int
    languages: tuple[Language, ...]
    options: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentKind:
    """A document :func:`export_document` writes.

    ``content(workspace, request, language)`` gathers what it prints in one language (raising
    :class:`MissingNamesError` for all that lacks a name at once); ``build(content, out, template_path,
    request)`` writes it on ``template`` (a file of templates_docx/, or of the user's template folder);
    ``side_by_side(contents, out, template_path, request)``, where the kind has it, writes two languages
    in parallel columns. ``check(workspace, request)`` may report everything missing in every language
    before any content is gathered."""

    label: str
    template: str
    content: Callable[[Workspace, Request, Language], object]
    build: Callable[[object, Path, Path, Request], Path]
    side_by_side: Callable[[list, Path, Path, Request], Path] | None = None
    check: Callable[[Workspace, Request], None] | None = None
    styles: Callable[[], Mapping[str, str]] | None = None  # the styles its template must have


def _declaration_build(content, out, template, request):
    from organiser.documents.declaration import build_declaration

    return build_declaration(content, out, template_path=template)


def _declaration_side_by_side(contents, out, template, request):
    from organiser.documents.declaration import build_parallel_declaration

    return build_parallel_declaration(contents, out, template_path=template)


def _declaration_styles():
    from organiser.documents.declaration import PARALLEL_STYLES

    return PARALLEL_STYLES


def _signature_sheet_build(content, out, template, request):
    from organiser.documents.signature_sheet import build_signature_sheet

    return build_signature_sheet(content, out, template_path=template,
                                 page_per_signatory=bool(request.options.get("page_per_signatory")))


def _signature_sheet_styles():
    from organiser.documents.signature_sheet import STYLES

    return STYLES


def _participants_build(content, out, template, request):
    from organiser.documents.participants import build_participants

    return build_participants(content, out, template_path=template)


def _participants_styles():
    from organiser.documents.participants import STYLES

    return STYLES


def _programme_build(content, out, template, request):
    from organiser.documents.programme import build_programme

    return build_programme(content, out, template_path=template)


def _programme_styles():
    from organiser.documents.programme import STYLES

    return STYLES


def _protocol(name: str) -> Callable:
    """A function of documents/protocol_content.py, imported when called (that module builds on this one)."""
    def call(*args):
        from organiser.documents import protocol_content

        return getattr(protocol_content, name)(*args)
    return call


# Every kind export_document writes, in the order the command line and the window list them.
# A new kind registers here: its content, its builder, its template.
DOCUMENTS: dict[str, DocumentKind] = {
    "declaration": DocumentKind(
        "Declaration", "declaration.docx",
        lambda workspace, request, language: declaration_content(workspace, request=request, language=language),
        _declaration_build, _declaration_side_by_side,
        check=lambda workspace, request: check_declaration(workspace, request=request),
        styles=_declaration_styles),
    "signature-sheet": DocumentKind(
        "Signature sheet", "signature-sheet.docx",
        lambda workspace, request, language: signature_sheet_content(
            workspace, event_id=request.event_id, language=language),
        _signature_sheet_build, styles=_signature_sheet_styles),
    "participants": DocumentKind(
        "List of participants", "participants.docx",
        lambda workspace, request, language: participants_content(
            workspace, event_id=request.event_id, language=language),
        _participants_build, styles=_participants_styles),
    "programme": DocumentKind(
        "Programme", "programme.docx",
        lambda workspace, request, language: programme_content(
            workspace, event_id=request.event_id, language=language),
        _programme_build, styles=_programme_styles),
    # The protocol outputs: documents/protocol_content.py gathers them, seating.py, place_cards.py and
    # badges.py lay them out; `arrangement` (seating) comes in the request's options.
    "seating": DocumentKind("Seating plan", "seating.docx", _protocol("seating_kind_content"),
                            _protocol("seating_kind_build"), styles=_protocol("seating_styles")),
    "place-cards": DocumentKind("Place cards", "place-cards.docx", _protocol("place_cards_kind_content"),
                                _protocol("place_cards_kind_build"), styles=_protocol("place_cards_styles")),
    "badges": DocumentKind("Badges", "badges.docx", _protocol("badges_kind_content"),
                           _protocol("badges_kind_build"), styles=_protocol("badges_styles")),
}

KINDS = tuple(DOCUMENTS)


def document_kind(kind: str) -> DocumentKind:
    if kind not in DOCUMENTS:
        raise ValidationError("kind", f"'{kind}' is not a document (those are: {', '.join(KINDS)})")
    return DOCUMENTS[kind]


def template_path(workspace: Workspace, kind: str) -> Path:
    """The template ``kind`` is built on: the file of that name in the workspace's template folder when
    there is one, else the one shipped in templates_docx/."""
    from organiser.documents.common import default_template
    from organiser.services.settings import template_folder

    name = document_kind(kind).template
    folder = template_folder(workspace)
    if folder is not None and (folder / name).is_file():
        return folder / name
    return default_template(name)


def check_template_folder(folder: str | Path) -> list[str]:
    """Check every template of ``folder`` that a kind would use (a file named as a built-in one) and
    return their names; a folder that is missing, holds none, or holds one that cannot serve (see
    :func:`organiser.documents.common.check_package`, and the styles its builder needs) is refused with
    one line naming each file and its problem."""
    from organiser.documents.common import TemplateFileError, check_template

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ValidationError("template folder", f"{folder} is not a folder")
    found: list[str] = []
    problems: list[TemplateFileError] = []
    for kind in DOCUMENTS.values():
        path = folder / kind.template
        if not path.is_file() or kind.template in found:
            continue
        found.append(kind.template)
        try:
            check_template(path, kind.styles() if kind.styles is not None else {})
        except TemplateFileError as error:
            problems.append(error)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise OrganiserError("; ".join(str(error) for error in problems))
    if not found:
        names = ", ".join(dict.fromkeys(kind.template for kind in DOCUMENTS.values()))
        raise ValidationError("template folder", f"{folder} holds none of the templates ({names})")
    return found


# --- exporting ----------------------------------------------------------------------------------------

def export_document(workspace: Workspace, *, kind: str, event_id: int, out: str | Path, language: Language = "en",
                    languages: Sequence[Language] | None = None, force: bool = False, pdf: bool = False,
                    page_per_signatory: bool = False, **options: object) -> Path:
    """Write the event's document ``kind`` in ``language`` to ``out`` (.docx) and return its path; with
    two ``languages`` instead, one document with the two side by side (only kinds that have a
    side-by-side layout: the declaration). With ``pdf``, also render it to :func:`pdf_path` of ``out``
    through LibreOffice.

    Nothing is written when a target exists (without ``force``), a name or text is missing, or ``pdf`` is
    asked and LibreOffice is not installed."""
    document = document_kind(kind)
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
    languages = _distinct(languages)
    if not languages:
        raise ValidationError("languages", "name at least one language")
    jobs = [(per_language_path(out, language), (language,)) for language in languages]
    options = {"page_per_signatory": page_per_signatory, **options}
    return _export(workspace, kind, Request(event_id, languages, options), jobs, force=force, pdf=pdf)


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
            force: bool, pdf: bool) -> list[Path]:
    """Check every target, gather every content (all problems of all languages at once), then write."""
    from organiser.documents.pdf import PdfUnavailableError, convert_to_pdf, libreoffice
    from organiser.services.files import check_target

    document = document_kind(kind)
    for out, _languages in jobs:
        check_target(out, force=force)
        if pdf:
            if pdf_path(out) == out:
                raise OrganiserError(f"{out}: give the Word file's name (.docx); the PDF is written beside it")
            check_target(pdf_path(out), force=force)
    if pdf and libreoffice() is None:
        raise PdfUnavailableError()
    from organiser.domain.languages import phrasebook

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

    written = []
    for out, languages in jobs:
        if len(languages) == 1:
            written.append(document.build(contents[languages[0]], out, template, request))
        else:
            written.append(document.side_by_side([contents[language] for language in languages], out, template,
                                                 request))
    if pdf:
        for path in written:
            convert_to_pdf(path, pdf_path(path))
    return written


# --- what each document prints ------------------------------------------------------------------------

def signed_in(workspace: Workspace, *, event_id: int, languages: Sequence[Language]) -> list[Language]:
    """The languages a declaration's closing formula names: those the declaration is signed in, then
    any other language it is exported in (a side-by-side English and Azerbaijani text is signed in both)."""
    from organiser.services.declarations import event_declaration

    own = list(event_declaration(workspace, event_id=event_id).languages)
    return own + [language for language in languages if language not in own]


def check_declaration(workspace: Workspace, *, request: Request) -> None:
    """Every text and name the declaration lacks in any of the request's languages, at once."""
    from organiser.services.declarations import clause_library, declaration_problems, event_declaration

    declaration = event_declaration(workspace, event_id=request.event_id)
    clauses = {clause.id: clause for clause in clause_library(workspace)}
    problems: list[str] = []
    for language in request.languages:
        lacking = [clauses[i].key for i in declaration.clause_ids if i in clauses and language not in clauses[i].texts]
        if lacking:
            problems.append(f"({language}) no text in '{language}' for clause{'s' if len(lacking) > 1 else ''} "
                            f"{', '.join(lacking)}.")
        for problem in declaration_problems(workspace, event_id=request.event_id, language=language):
            # declaration_problems names the first clause without a text itself; those are all listed above.
            if lacking and problem.lower().startswith("clause ") and (
                    problem.endswith(f"has no name in language '{language}'.")
                    or problem.endswith(f"has no text in '{language}'.")):
                continue
            problems.append(f"({language}) {problem}")
    if problems:
        raise MissingTextsError(request.languages, problems)


def declaration_content(workspace: Workspace, *, request: Request, language: Language) -> RenderedDeclaration:
    """The event's declaration in ``language``. Exported in several languages at once (side by side, or
    one document each), its closing formula names them all (:func:`signed_in`); in one, the
    declaration's own languages."""
    from organiser.services.declarations import event_declaration, render_event_declaration

    declaration = event_declaration(workspace, event_id=request.event_id)
    languages = list(declaration.languages)
    if len(request.languages) > 1:
        languages = signed_in(workspace, event_id=request.event_id, languages=request.languages)
    if languages == list(declaration.languages):
        return render_event_declaration(workspace, event_id=request.event_id, language=language)
    from organiser.domain.declaration import render_declaration
    from organiser.services.declarations import clause_library, declaration_context

    context = declaration_context(workspace, event_id=request.event_id, values=declaration.values, languages=languages)
    clauses = {clause.id: clause for clause in clause_library(workspace)}
    return render_declaration([clauses[i] for i in declaration.clause_ids], context, language)


def signature_sheet_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> SignatureSheet:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    delegations = ordered_delegations(workspace, event_id=event_id)
    names = _Names("signature sheet", language)
    heading = _heading(workspace, event, words["signature_sheet"], language, names)
    for delegation in delegations:
        if not delegation.signs:
            continue
        if delegation.institution is not None:
            names.get(lambda d=delegation: d.institution.name(language), "")
        if delegation.leader is not None:
            names.get(lambda d=delegation: d.leader.person.name(language), None)
    names.check()
    signing = [d for d in delegations if d.signs]
    if not signing:
        raise ValidationError("signature sheet", f"event {event_id} has no state delegation to sign")
    columns = (words["number"], words["institution"], words["name_position"], words["signature"])
    return SignatureSheet(language, heading, columns, signature_rows(signing, language))


def participants_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> ParticipantsList:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    names = _Names("list of participants", language)
    heading = _heading(workspace, event, words["participants"], language, names)
    entries = []
    for delegation in ordered_delegations(workspace, event_id=event_id):
        members = [_participant(member.person, language, names) for member in delegation.members]
        entries.append(DelegationEntry(names.get(lambda d=delegation: _delegation_heading(d, language), ""), members))
    names.check()
    if not entries:
        raise ValidationError("list of participants", f"event {event_id} has no delegations yet")
    return ParticipantsList(language, heading, entries)


def programme_content(workspace: Workspace, *, event_id: int, language: Language = "en") -> Programme:
    words = labels(language)
    event = get_event(workspace, event_id=event_id)
    items = programme(workspace, event_id=event_id)
    if not items:
        raise ValidationError("programme", f"event {event_id} has no programme items yet")
    persons = reference.persons(workspace.db)
    names = _Names("programme", language)
    heading = _heading(workspace, event, words["programme"], language, names)
    days: list[ProgrammeDay] = []
    current: dt.date | None = None
    for number, item in enumerate(items, start=1):
        if not days or (item.day is not None and item.day != current):
            current = item.day
            days.append(ProgrammeDay(_date_text(item.day, None, language) if item.day else "", []))
        speakers = [_speaker(persons[person_id], language, names) for person_id in item.speaker_ids]
        title = names.get(lambda i=item, n=number: name_in(i.title, language, f"programme item {n}"), "")
        days[-1].entries.append(ProgrammeEntry(title, _time_text(item.starts_at, item.ends_at), speakers))
    names.check()
    return Programme(language, heading, days)


# --- pieces -------------------------------------------------------------------------------------------

def _heading(workspace: Workspace, event: Event, title: str, language: Language, names: _Names) -> Heading:
    """The list's title, then the event's title, then its date and (if it has one) its city."""
    event_title = names.get(lambda: name_in(event.title, language, f"event {event.id} (its title)"), "")
    when = _date_text(event.start_date, event.end_date, language)
    city = names.get(lambda: name_in(event.city, language, f"event {event.id} (its city)"), "") if event.city else ""
    return Heading(title, tuple(line for line in (event_title, f"{when}, {city}" if city else when) if line))


def _date_text(start: dt.date, end: dt.date | None, language: Language) -> str:
    """A date as the language's phrasebook writes a day, month and year; babel's long date where
    the language has no phrasebook yet. A span of days is "start – end"."""
    from babel.dates import format_date

    from organiser.domain.languages import phrasebook

    try:
        book = phrasebook(language)
        pattern, locale = book.date_patterns.get("day_month_year", "long"), book.cldr_locale
    except UnsupportedLanguageError:
        pattern, locale = "long", language
    text = format_date(start, pattern, locale=locale)
    if end is not None and end != start:
        text = f"{text} – {format_date(end, pattern, locale=locale)}"
    return text


def _time_text(starts_at: dt.time | None, ends_at: dt.time | None) -> str:
    if starts_at is None:
        return ""
    return f"{starts_at:%H:%M}–{ends_at:%H:%M}" if ends_at else f"{starts_at:%H:%M}"


def _delegation_heading(delegation: Delegation, language: Language) -> str:
    """A state by its official name without article ("Republic of Azerbaijan"), an organisation by
    its full name, a guest by its institution."""
    if delegation.kind is DelegationKind.STATE and delegation.state is not None:
        return delegation.state.name(language).official
    if delegation.organisation is not None:
        return delegation.organisation.name(language).full
    if delegation.institution is not None:
        return delegation.institution.name(language)
    return delegation.code


def _person_name(person: Person, language: Language) -> tuple[str, str]:
    """Given name and SURNAME (capitals as the language writes them), and position."""
    name = person.name(language)
    return " ".join(part for part in (name.given_name, upper(name.surname, language)) if part), name.position


def _participant(person: Person, language: Language, names: _Names) -> ParticipantEntry:
    full, position = names.get(lambda: _person_name(person, language), ("", ""))
    return ParticipantEntry(full, position)


def _speaker(person: Person, language: Language, names: _Names) -> str:
    full, position = names.get(lambda: _person_name(person, language), ("", ""))
    return f"{full}, {position}" if position else full
