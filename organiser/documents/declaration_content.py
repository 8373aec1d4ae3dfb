"""What the declaration prints in one language, gathered through the declarations service, and the
check that reports every text and name it lacks in every language of an export at once."""
from __future__ import annotations

from collections.abc import Sequence

from organiser.documents.request import Request
from organiser.domain.declaration import RenderedDeclaration, render_declaration
from organiser.domain.errors import OrganiserError
from organiser.domain.model import Language
from organiser.services.declarations import (
    clause_library, declaration_context, declaration_problems, event_declaration, render_event_declaration,
)
from organiser.services.workspaces import Workspace


class MissingTextsError(OrganiserError):
    """The declaration lacks texts or names in some of the languages asked; ``problems`` lists them all."""

    def __init__(self, languages: Sequence[Language], problems: list[str]):
        self.problems = problems
        named = " and ".join(f"'{language}'" for language in languages)
        super().__init__(f"cannot write the declaration in {named}: " + " ".join(problems))


def signed_in(workspace: Workspace, *, event_id: int, languages: Sequence[Language]) -> list[Language]:
    """The languages a declaration's closing formula names: those the declaration is signed in, then
    any other language it is exported in (a side-by-side English and Azerbaijani text is signed in both)."""
    own = list(event_declaration(workspace, event_id=event_id).languages)
    return own + [language for language in languages if language not in own]


def check_declaration(workspace: Workspace, *, request: Request) -> None:
    """Every text and name the declaration lacks in any of the request's languages, at once."""
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
    declaration = event_declaration(workspace, event_id=request.event_id)
    languages = list(declaration.languages)
    if len(request.languages) > 1:
        languages = signed_in(workspace, event_id=request.event_id, languages=request.languages)
    if languages == list(declaration.languages):
        return render_event_declaration(workspace, event_id=request.event_id, language=language)
    context = declaration_context(workspace, event_id=request.event_id, values=declaration.values, languages=languages)
    clauses = {clause.id: clause for clause in clause_library(workspace)}
    return render_declaration([clauses[i] for i in declaration.clause_ids], context, language)
