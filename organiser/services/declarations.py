"""Rendering an event's declaration and exporting it as a Word document."""
from __future__ import annotations


import calendar
import datetime as dt

from organiser.domain.declaration import (
    PLACEHOLDERS, DeclarationContext, PlaceholderUse, RenderedDeclaration, declaration_placeholders, placeholder_use,
    render_declaration,
)
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.languages import available_languages
from organiser.domain.model import Clause, Declaration, DelegationKind, Event
from organiser.domain.ordinals import ordinal_numeral
from organiser.domain.validation import check_text
from organiser.services.changes import Change
from organiser.services.events import generated_title, get_event, list_events, ordered_delegations, save_event
from organiser.services.reference_data import reference_data
from organiser.storage import clauses as clause_store
from organiser.storage import reference
from organiser.storage.db import Workspace


def event_declaration(workspace: Workspace, *, event_id: int, declaration_id: int | None = None) -> Declaration:
    """The declaration ``declaration_id`` of the event, or else its chosen draft, or else its latest one."""
    declarations = clause_store.declarations_of_event(workspace.db, get_event(workspace, event_id=event_id).id)
    if declaration_id is not None:
        for declaration in declarations:
            if declaration.id == declaration_id:
                return declaration
        raise ValidationError("declaration", f"event {event_id} has no declaration {declaration_id}")
    if not declarations:
        raise ValidationError("declaration", f"event {event_id} has no declaration yet")
    return next((d for d in declarations if d.chosen), declarations[-1])


def event_declarations(workspace: Workspace, *, event_id: int) -> list[Declaration]:
    """The event's drafts, oldest first."""
    return clause_store.declarations_of_event(workspace.db, get_event(workspace, event_id=event_id).id)


def planned_next_meeting(workspace: Workspace, *, event_id: int) -> Event | None:
    """The event planned to follow ``event_id`` in its council's series: same council and kind, the next number."""
    event = get_event(workspace, event_id=event_id)
    if event.council_id is None or event.ordinal is None:
        return None
    return next((e for e in list_events(workspace) if e.council_id == event.council_id and e.kind is event.kind
                 and e.ordinal == event.ordinal + 1), None)


def declaration_context(workspace: Workspace, *, event_id: int, values: dict, languages: list[str]) -> DeclarationContext:
    """Everything the placeholders of a declaration of ``event_id`` are filled from."""
    event = get_event(workspace, event_id=event_id)
    records = reference_data(workspace)  # kept between renders: the preview renders after every edit
    institutions = records["institutions"]
    return DeclarationContext(
        event=event,
        delegations=ordered_delegations(workspace, event_id=event_id),
        states=records["states"],
        council=records["councils"].get(event.council_id) if event.council_id else None,
        host_institution=institutions.get(event.host_institution_id) if event.host_institution_id else None,
        values=values,
        languages=languages,
        persons={p.key: p for p in records["persons"].values()},
        institutions={i.key: i for i in institutions.values()},
        next_event=planned_next_meeting(workspace, event_id=event_id),
    )


def render_event_declaration(workspace: Workspace, *, event_id: int, language: str = "en",
                             declaration_id: int | None = None) -> RenderedDeclaration:
    declaration = event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    clauses = clause_store.clauses(workspace.db)
    context = declaration_context(workspace, event_id=event_id, values=declaration.values,
                                  languages=declaration.languages)
    return render_declaration([clauses[i] for i in declaration.clause_ids], context, language)


# --- drafting -----------------------------------------------------------------------------------------

def clause_library(workspace: Workspace) -> list[Clause]:
    return list(clause_store.clauses(workspace.db).values())


def create_declaration(workspace: Workspace, *, event_id: int, clause_ids: list[int] | None = None,
                       languages: list[str] | None = None, title: str = "") -> Change:
    get_event(workspace, event_id=event_id)
    declaration = Declaration(event_id, [], _checked_languages(languages or ["en"]), {}, _checked_title(title))
    _check_clause_ids(workspace, clause_ids or [])
    declaration.clause_ids = list(clause_ids or [])
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(added={"declaration": (declaration.id,)})


TITLE_LIMIT = 300  # a draft's title, however it is made: created, renamed or duplicated


def _checked_title(title: str) -> str:
    return check_text("title", title, limit=TITLE_LIMIT)


def _checked_languages(languages: list[str]) -> list[str]:
    """The languages a declaration is made in, each once in the drafter's order, each one the app knows."""
    if isinstance(languages, str):
        raise ValidationError("languages", "must be a list of language codes")
    chosen = list(dict.fromkeys(languages))
    if not chosen:
        raise ValidationError("languages", "choose at least one")
    known = available_languages()
    for language in chosen:
        if language not in known:
            raise ValidationError("languages", f"'{language}' is not one of {', '.join(known)}")
    return chosen


def _check_clause_ids(workspace: Workspace, clause_ids: list[int]) -> None:
    known = clause_store.clauses(workspace.db)
    for clause_id in clause_ids:
        if clause_id not in known:
            raise ValidationError("clauses", f"there is no clause {clause_id}")


def set_declaration_clauses(workspace: Workspace, *, declaration_id: int, clause_ids: list[int]) -> Change:
    """The declaration's clauses, in the drafter's order (adding, removing and moving all end here)."""
    declaration = _declaration(workspace, declaration_id)
    _check_clause_ids(workspace, clause_ids)
    declaration.clause_ids = list(clause_ids)
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


def get_declaration(workspace: Workspace, *, declaration_id: int) -> Declaration:
    """The declaration (draft) ``declaration_id``, with its clauses, values and languages."""
    return _declaration(workspace, declaration_id)


def _declaration(workspace: Workspace, declaration_id: int) -> Declaration:
    declaration = clause_store.declaration(workspace.db, declaration_id)
    if declaration is None:
        raise ValidationError("declaration", f"there is no declaration {declaration_id}")
    return declaration


def entered_placeholders(workspace: Workspace, *, declaration_id: int) -> list[PlaceholderUse]:
    """The placeholders whose values the drafter enters for this declaration: next meeting's year and host,
    and every placeholder a drafter defined in its clauses, typed (the form of values is made from these)."""
    declaration = _declaration(workspace, declaration_id)
    clauses = clause_store.clauses(workspace.db)
    uses, _problems = declaration_placeholders([clauses[i] for i in declaration.clause_ids])
    known = [placeholder_use(p.name, {}) for p in PLACEHOLDERS.values() if p.entered]
    return known + [u for u in uses if not u.known]


def set_declaration_value(workspace: Workspace, *, declaration_id: int, name: str, value: object) -> Change:
    """Set (or, with an empty value, clear) a placeholder the drafter enters, checked against its type."""
    declaration = _declaration(workspace, declaration_id)
    uses = {u.name: u for u in entered_placeholders(workspace, declaration_id=declaration_id)}
    use = uses.get(name)
    if use is None:
        raise ValidationError(name, f"is not a value the drafter enters (those are: {', '.join(uses)})")
    if value in (None, ""):
        declaration.values.pop(name, None)
    else:
        declaration.values[name] = _checked_value(workspace, use, value)
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


def checked_values(workspace: Workspace, *, clauses: list[Clause], values: dict) -> dict:
    """``values`` (of a declaration made of ``clauses``, from a file) as ``set_declaration_value`` would
    store each one, checked against its placeholder's type in this workspace; empty ones left out. A value
    no clause uses any more (its clause was taken out) is a text, as an untyped placeholder's is."""
    uses, _problems = declaration_placeholders(clauses)
    entered = {u.name: u for u in uses if u.entered}
    checked = {}
    for name, value in values.items():
        use = entered.get(name) or placeholder_use(name, {})
        if use.known and not use.entered:
            raise ValidationError(name, "is not a value the drafter enters: it comes from the event")
        if use.type == "participants":
            raise ValidationError(name, "is the list of participants: it comes from the delegations, not typed in")
        if value not in (None, ""):
            if isinstance(value, (dict, list)):
                raise ValidationError(name, f"must be a text or a number, not {type(value).__name__}")
            checked[name] = _checked_value(workspace, use, value)
    return checked


def _checked_value(workspace: Workspace, use: PlaceholderUse, value: object) -> object:
    """``value`` as stored for a placeholder of ``use.type``: a number, an ISO date, a code or key, a text."""
    name, text = use.name, str(value).strip()
    db = workspace.db
    if use.type in ("number", "ordinal"):
        try:
            number = int(text)
        except ValueError:
            raise ValidationError(name, f"must be a whole number, not '{value}'") from None
        if name == "next_meeting_year" and not 1900 <= number <= 2200:
            raise ValidationError(name, f"{number} is not a plausible year")
        if use.type == "ordinal" and not 1 <= number <= 999:
            raise ValidationError(name, "must be a number from 1 to 999")
        return number
    if use.type == "state":
        code = text.upper()
        if reference.state(db, code) is None:
            raise ValidationError(name, f"there is no state '{code}' in this workspace")
        return code
    if use.type == "date":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValidationError(name, f"'{text}' is not a date (YYYY-MM-DD)") from None
    if use.type == "person":
        if reference.person_by_key(db, text) is None:
            raise ValidationError(name, f"there is no person '{text}' in this workspace")
        return text
    if use.type == "institution":
        if reference.institution_by_key(db, text) is None:
            raise ValidationError(name, f"there is no institution '{text}' in this workspace")
        return text
    if use.type == "participants":
        raise ValidationError(name, "is the list of participants: it comes from the delegations, not typed in")
    return check_text(name, str(value))


def set_declaration_languages(workspace: Workspace, *, declaration_id: int, languages: list[str]) -> Change:
    """The languages the declaration is made in (the same clauses in each), in the drafter's order."""
    declaration = _declaration(workspace, declaration_id)
    declaration.languages = _checked_languages(languages)
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


# --- drafts --------------------------------------------------------------------------------------------

def rename_declaration(workspace: Workspace, *, declaration_id: int, title: str) -> Change:
    declaration = _declaration(workspace, declaration_id)
    declaration.title = _checked_title(title)
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


def choose_declaration(workspace: Workspace, *, event_id: int, declaration_id: int | None) -> Change:
    """Make a draft the one the event's exports use (None: the latest draft)."""
    if declaration_id is not None:
        event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    with workspace.atomic() as db:
        clause_store.choose_declaration(db, event_id, declaration_id)
    return Change(updated={"declaration": tuple(d.id for d in event_declarations(workspace, event_id=event_id))})


def chosen_declaration_id(workspace: Workspace, *, event_id: int) -> int | None:
    return next((d.id for d in event_declarations(workspace, event_id=event_id) if d.chosen), None)


def duplicate_declaration(workspace: Workspace, *, declaration_id: int, title: str = "") -> Change:
    """A new draft of the same event holding what ``declaration_id`` holds now."""
    source = _declaration(workspace, declaration_id)
    copy = Declaration(source.event_id, list(source.clause_ids), list(source.languages), dict(source.values),
                       _checked_title(title or f"{source.title or 'Draft'} (copy)"))
    with workspace.atomic() as db:
        clause_store.save_declaration(db, copy)
    return Change(added={"declaration": (copy.id,)})


# --- the next meeting ----------------------------------------------------------------------------------

def create_next_meeting(workspace: Workspace, *, declaration_id: int) -> Change:
    """Plan the meeting the declaration decides: the council's next number, in the year and host state the
    drafter entered, on the same day and month as this one (a date to correct on the Events screen)."""
    declaration = _declaration(workspace, declaration_id)
    event = get_event(workspace, event_id=declaration.event_id)
    if event.council_id is None or event.ordinal is None:
        raise ValidationError("next meeting", "this event has no council or number in a series to follow")
    planned = planned_next_meeting(workspace, event_id=event.id)
    if planned is not None:
        raise ValidationError("next meeting", f"the {ordinal_numeral(event.ordinal + 1, 'en')} meeting is already "
                                              f"planned (event {planned.id})")
    year = declaration.values.get("next_meeting_year")
    host = declaration.values.get("next_meeting_host")
    if not year:
        raise ValidationError("next_meeting_year", "enter the year of the next meeting first")
    if not host:
        raise ValidationError("next_meeting_host", "choose the state that hosts the next meeting first")
    day = min(event.start_date.day, calendar.monthrange(int(year), event.start_date.month)[1])
    council = reference.councils(workspace.db).get(event.council_id)
    ordinal = event.ordinal + 1
    title = generated_title(kind=event.kind, ordinal=ordinal, council_name=council.names.get("en") if council else None,
                            language="en")
    new = Event(kind=event.kind, start_date=dt.date(int(year), event.start_date.month, day), title={"en": title},
                ordinal=ordinal, council_id=event.council_id, country_code=str(host),
                precedence_language=event.precedence_language, host_placement=event.host_placement)
    change = save_event(workspace, event=new)
    return Change(added=change.added, notes=(f"The {ordinal_numeral(ordinal, 'en')} meeting is planned on "
                                             f"{new.start_date.isoformat()}: correct the date on the Events screen.",))


def declaration_problems(workspace: Workspace, *, event_id: int, language: str,
                         declaration_id: int | None = None) -> list[str]:
    """What stops the declaration from being exported in ``language``, one plain sentence each; empty when none."""
    problems: list[str] = []
    try:
        declaration = event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    except ValidationError as error:
        return [str(error)]
    db = workspace.db
    try:
        delegations = ordered_delegations(workspace, event_id=event_id)
    except OrganiserError as error:
        return [str(error)]
    for delegation in delegations:
        label = delegation.code
        if delegation.kind is not DelegationKind.GUEST and delegation.leader is None:
            problems.append(f"Delegation {label} has no head.")
        for member in delegation.members:
            if language not in member.person.names:
                problems.append(f"{member.person.key} ({label}) has no name in '{language}'.")
        if delegation.signs and delegation.institution and language not in delegation.institution.names:
            problems.append(f"Institution {delegation.institution.key} has no name in '{language}'.")
    clauses = clause_store.clauses(db)
    chosen = [clauses[i] for i in declaration.clause_ids]
    # The same clauses in every language of the declaration: each clause lacking a text in one is named.
    missing = [f"Clause {clause.key} has no text in '{code}'." for code in dict.fromkeys([language, *declaration.languages])
               for clause in chosen if code not in clause.texts]
    uses, conflicts = declaration_placeholders(chosen)
    planned = planned_next_meeting(workspace, event_id=event_id)
    from_event = {"next_meeting_year"} | ({"next_meeting_host"} if planned and planned.country_code else set())
    unfilled = [f"{{{use.name}}} has no value yet: enter it among the values the drafter enters."
                for use in uses if use.entered and use.type != "participants"
                and not (planned is not None and use.name in from_event)
                and declaration.values.get(use.name) in (None, "")]
    problems += unfilled
    if not problems and not conflicts and all(language in clause.texts for clause in chosen):
        try:
            render_event_declaration(workspace, event_id=event_id, language=language, declaration_id=declaration.id)
        except OrganiserError as error:
            problems.append(f"{error}.")
    return problems + missing + conflicts


def delete_declaration(workspace: Workspace, *, declaration_id: int) -> Change:
    _declaration(workspace, declaration_id)
    with workspace.atomic() as db:
        clause_store.delete_declaration(db, declaration_id)
    return Change(removed={"declaration": (declaration_id,)})
