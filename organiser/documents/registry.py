"""Every kind of document the program writes, by the name organiser/domain/document_kinds.py gives it.

A kind is its label, its template (a file of templates_docx/, or of the same name in the workspace's
template folder) and the styles its builder needs of that template; a kind of an event's documents
(:data:`~organiser.domain.document_kinds.EVENT_DOCUMENT_KINDS`) also says how documents/export.py
gathers its content in one language and builds it. A new kind registers here, by its functions.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from organiser.documents import (
    badges, comparison, declaration, memorandum, participants, place_cards, programme, seating, signature_sheet,
)
from organiser.documents.common import TemplateFileError, check_template, workspace_template
from organiser.documents.declaration_content import check_declaration, declaration_content
from organiser.documents.lists_content import participants_content, programme_content, signature_sheet_content
from organiser.documents.protocol_content import badges_content, place_cards_content, seating_content
from organiser.documents.request import Request, Written
from organiser.domain import document_kinds
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.model import Language
from organiser.domain.seating import Arrangement
from organiser.services.workspaces import Workspace

Content = Callable[[Workspace, Request, Language], object]
Build = Callable[[object, Path, Path, Request], "Path | Written"]
SideBySide = Callable[[list, Path, Path, Request], "Path | Written"]
Check = Callable[[Workspace, Request], None]


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document: what the window and the command line call it, the template it is built on and
    the styles its builder needs there (every template of the workspace's folder is checked for them).

    For an event's documents: ``content(workspace, request, language)`` gathers what it prints in one
    language (raising :class:`~organiser.documents.names.MissingNamesError` for all that lacks a name at
    once); ``build(content, out, template_path, request)`` writes it; ``side_by_side(contents, out,
    template_path, request)``, where the kind has it, writes two languages in parallel columns;
    ``check(workspace, request)`` may report everything missing in every language before any content is
    gathered. The memorandum and the comparison have none of these: their exports are their own
    (documents/memorandum.py, documents/comparison.py)."""

    label: str
    template: str
    styles: Mapping[str, str]
    content: Content | None = None
    build: Build | None = None
    side_by_side: SideBySide | None = None
    check: Check | None = None


def _for_event(gather: Callable[..., object]) -> Content:
    """``content`` for a gatherer that needs only the event and the language."""
    def content(workspace: Workspace, request: Request, language: Language) -> object:
        return gather(workspace, event_id=request.event_id, language=language)
    return content


def _on_template(builder: Callable[..., Path]) -> Build:
    """``build`` (or ``side_by_side``) for a builder that needs only its content, its file and its template."""
    def build(content: object, out: Path, template: Path, request: Request) -> Path:
        return builder(content, out, template_path=template)
    return build


def _build_declaration(content: object, out: Path, template: Path, request: Request) -> Written:
    path, plan = declaration.write_declaration(content, out, template_path=template)
    return Written(path, plan.describe())


def _build_parallel_declaration(contents: list, out: Path, template: Path, request: Request) -> Written:
    path, plan = declaration.write_parallel_declaration(contents, out, template_path=template)
    return Written(path, plan.describe())


def _declaration_content(workspace: Workspace, request: Request, language: Language) -> object:
    return declaration_content(workspace, request=request, language=language)


def _check_declaration(workspace: Workspace, request: Request) -> None:
    check_declaration(workspace, request=request)


def _seating_content(workspace: Workspace, request: Request, language: Language) -> object:
    return seating_content(workspace, event_id=request.event_id, language=language,
                           arrangement=request.options.get("arrangement") or Arrangement.LONG_TABLE,
                           members=request.options.get("members") is not False)


def _build_signature_sheet(content: object, out: Path, template: Path, request: Request) -> Path:
    return signature_sheet.build_signature_sheet(content, out, template_path=template,
                                                 page_per_signatory=bool(request.options.get("page_per_signatory")))


_KINDS: dict[str, DocumentKind] = {
    document_kinds.DECLARATION: DocumentKind(
        "Declaration", declaration.TEMPLATE, declaration.PARALLEL_STYLES, _declaration_content,
        _build_declaration, _build_parallel_declaration,
        _check_declaration),
    document_kinds.SIGNATURE_SHEET: DocumentKind(
        "Signature sheet", signature_sheet.TEMPLATE, signature_sheet.STYLES, _for_event(signature_sheet_content),
        _build_signature_sheet),
    document_kinds.PARTICIPANTS: DocumentKind(
        "List of participants", participants.TEMPLATE, participants.STYLES, _for_event(participants_content),
        _on_template(participants.build_participants)),
    document_kinds.PROGRAMME: DocumentKind(
        "Programme", programme.TEMPLATE, programme.STYLES, _for_event(programme_content),
        _on_template(programme.build_programme)),
    # The protocol outputs: documents/protocol_content.py gathers them; `arrangement` (seating) comes in
    # the request's options.
    document_kinds.SEATING: DocumentKind(
        "Seating plan", seating.TEMPLATE, seating.STYLES, _seating_content, _on_template(seating.build_seating)),
    document_kinds.PLACE_CARDS: DocumentKind(
        "Place cards", place_cards.TEMPLATE, place_cards.STYLES, _for_event(place_cards_content),
        _on_template(place_cards.build_place_cards)),
    document_kinds.BADGES: DocumentKind(
        "Badges", badges.TEMPLATE, badges.STYLES, _for_event(badges_content), _on_template(badges.build_badges)),
    document_kinds.MEMORANDUM: DocumentKind("Memorandum", memorandum.TEMPLATE, memorandum.STYLES),
    document_kinds.COMPARISON: DocumentKind("Comparison of revisions", comparison.TEMPLATE, comparison.STYLES),
}

# Every kind, in the order of domain/document_kinds.py (a name registered nowhere fails here, at import).
DOCUMENTS: dict[str, DocumentKind] = {name: _KINDS[name] for name in document_kinds.DOCUMENT_KINDS}


def document_kind(kind: str) -> DocumentKind:
    """The kind named ``kind``; an unknown name is a :class:`ValidationError` listing the known ones."""
    if kind not in DOCUMENTS:
        raise ValidationError("kind", f"'{kind}' is not a document (those are: {', '.join(DOCUMENTS)})")
    return DOCUMENTS[kind]


def template_path(workspace: Workspace, kind: str) -> Path:
    """The template ``kind`` is built on: the file of that name in the workspace's template folder when
    there is one, else the one shipped in templates_docx/."""
    return workspace_template(workspace, document_kind(kind).template)


def check_template_folder(folder: str | Path) -> list[str]:
    """Check every template of ``folder`` that a kind would use (a file named as a built-in one) and
    return their names; a folder that is missing, holds none, or holds one that cannot serve (see
    :func:`organiser.documents.common.check_package`, and the styles its builder needs) is refused with
    one line naming each file and its problem."""
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
            check_template(path, kind.styles)
        except TemplateFileError as error:
            problems.append(error)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise OrganiserError("; ".join(str(error) for error in problems))
    if not found:
        templates = ", ".join(dict.fromkeys(kind.template for kind in DOCUMENTS.values()))
        raise ValidationError("template folder", f"{folder} holds none of the templates ({templates})")
    return found
