"""Declarations of an event: drafts created, chosen, renamed, duplicated and deleted; their clauses, languages and
the values the drafter enters (checked by type); the next meeting planned from them; what stops an export;
and the text rendered from all of it."""
import datetime as dt

import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.model import Clause, ClauseKind, DelegationKind, EventKind, Role
from organiser.services import declarations, delegations, events, library


def clause_ids(ws):
    return {c.key: c.id for c in declarations.clause_library(ws)}


def draft_of(ws, declaration_id, event_id=1):
    return declarations.event_declaration(ws, event_id=event_id, declaration_id=declaration_id)


def new_draft(ws, **arguments):
    return declarations.create_declaration(ws, event_id=1, **arguments).added["declaration"][0]


# --- which declaration --------------------------------------------------------------------------------

def test_the_event_declaration_is_the_chosen_else_the_latest_else_the_one_asked(sample_db):
    assert declarations.event_declaration(sample_db, event_id=1).id == 1
    second = new_draft(sample_db, title="Second")
    assert declarations.event_declaration(sample_db, event_id=1).id == second  # the latest
    assert declarations.event_declaration(sample_db, event_id=1, declaration_id=1).title == \
        "Declaration of the 3rd meeting"

    change = declarations.choose_declaration(sample_db, event_id=1, declaration_id=1)
    assert change.updated == {"declaration": (1, second)}  # every draft's "chosen" may have changed
    assert declarations.event_declaration(sample_db, event_id=1).id == 1
    assert declarations.chosen_declaration_id(sample_db, event_id=1) == 1
    assert [d.chosen for d in declarations.event_declarations(sample_db, event_id=1)] == [True, False]

    declarations.choose_declaration(sample_db, event_id=1, declaration_id=None)
    assert declarations.chosen_declaration_id(sample_db, event_id=1) is None
    assert declarations.event_declaration(sample_db, event_id=1).id == second


def test_asking_for_a_declaration_that_is_not_there_names_it(sample_db):
    with pytest.raises(ValidationError, match="^declaration: event 2 has no declaration yet$"):
        declarations.event_declaration(sample_db, event_id=2)
    with pytest.raises(ValidationError, match="^declaration: event 2 has no declaration 1$"):
        declarations.event_declaration(sample_db, event_id=2, declaration_id=1)
    with pytest.raises(ValidationError, match="^declaration: event 2 has no declaration 1$"):
        declarations.choose_declaration(sample_db, event_id=2, declaration_id=1)
    assert declarations.chosen_declaration_id(sample_db, event_id=1) is None
    with pytest.raises(ValidationError, match="^declaration: there is no declaration 99$"):
        declarations.rename_declaration(sample_db, declaration_id=99, title="x")
    with pytest.raises(ValidationError, match="^event: there is no event 99"):
        declarations.event_declarations(sample_db, event_id=99)


# --- drafts ---------------------------------------------------------------------------------------------

def test_a_new_draft_holds_the_clauses_languages_and_title_given(sample_db):
    ids = clause_ids(sample_db)
    chosen = [ids["title-declaration-of-meeting"], ids["operative-next-meeting"]]
    change = declarations.create_declaration(sample_db, event_id=1, clause_ids=chosen, languages=["ru", "en"],
                                             title="  Short draft ")
    new_id = change.added["declaration"][0]
    assert change.added == {"declaration": (new_id,)} and change.touches("declaration")
    stored = draft_of(sample_db, new_id)
    assert (stored.clause_ids, stored.languages, stored.title, stored.values) == (chosen, ["ru", "en"],
                                                                                  "Short draft", {})

    empty = draft_of(sample_db, new_draft(sample_db))
    assert (empty.clause_ids, empty.languages, empty.title) == ([], ["en"], "")


@pytest.mark.parametrize("arguments, field, problem", [
    (dict(clause_ids=[1, 404]), "clauses", "there is no clause 404"),
    (dict(title="Draft\x00"), "title", "control character (U+0000)"),
])
def test_a_draft_that_cannot_be_is_refused_and_not_stored(sample_db, arguments, field, problem):
    with pytest.raises(ValidationError) as error:
        declarations.create_declaration(sample_db, event_id=1, **arguments)
    assert error.value.field == field and problem in error.value.problem
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [1]


def test_a_draft_for_an_unknown_event_is_refused(sample_db):
    with pytest.raises(ValidationError, match="^event: there is no event 404"):
        declarations.create_declaration(sample_db, event_id=404)


def test_a_new_draft_in_an_unknown_language_is_refused(sample_db):
    with pytest.raises(ValidationError) as error:
        declarations.create_declaration(sample_db, event_id=1, languages=["xx"])
    assert error.value.field == "languages"
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [1]


def test_a_new_draft_and_a_draft_changed_have_the_same_check_of_languages(sample_db):
    for languages in (["en", "xx"], "en"):
        with pytest.raises(ValidationError) as created:
            declarations.create_declaration(sample_db, event_id=1, languages=languages)
        with pytest.raises(ValidationError) as changed:
            declarations.set_declaration_languages(sample_db, declaration_id=1, languages=languages)
        assert (created.value.field, created.value.problem) == (changed.value.field, changed.value.problem)
        assert created.value.field == "languages"
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [1]
    assert draft_of(sample_db, 1).languages == ["en"]
    new_id = new_draft(sample_db, languages=["ru", "en", "ru"])
    assert draft_of(sample_db, new_id).languages == ["ru", "en"]  # each once, as set_declaration_languages keeps them


def test_a_new_draft_title_has_the_same_limit_as_a_renamed_one(sample_db):
    with pytest.raises(ValidationError, match="^title: is too long"):
        declarations.create_declaration(sample_db, event_id=1, title="x" * 301)
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [1]
    new_id = new_draft(sample_db, title="x" * 300)
    assert draft_of(sample_db, new_id).title == "x" * 300


def test_renaming_duplicating_and_deleting_drafts(sample_db):
    change = declarations.rename_declaration(sample_db, declaration_id=1, title=" As signed ")
    assert change.updated == {"declaration": (1,)} and draft_of(sample_db, 1).title == "As signed"
    with pytest.raises(ValidationError, match=r"^title: is too long \(301 characters; at most 300\)$"):
        declarations.rename_declaration(sample_db, declaration_id=1, title="x" * 301)
    assert draft_of(sample_db, 1).title == "As signed"

    change = declarations.duplicate_declaration(sample_db, declaration_id=1)
    copy_id = change.added["declaration"][0]
    original, copy = draft_of(sample_db, 1), draft_of(sample_db, copy_id)
    assert copy_id != 1 and copy.title == "As signed (copy)"
    assert (copy.event_id, copy.clause_ids, copy.languages, copy.values) == (
        original.event_id, original.clause_ids, original.languages, original.values)
    # The copy is a copy: changing it leaves the original as it was.
    declarations.set_declaration_value(sample_db, declaration_id=copy_id, name="next_meeting_year", value="2030")
    assert draft_of(sample_db, 1).values["next_meeting_year"] == 2025

    named = declarations.duplicate_declaration(sample_db, declaration_id=1, title="Variant B").added["declaration"][0]
    assert draft_of(sample_db, named).title == "Variant B"

    change = declarations.delete_declaration(sample_db, declaration_id=copy_id)
    assert change.removed == {"declaration": (copy_id,)}
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [1, named]
    with pytest.raises(ValidationError, match=f"^declaration: there is no declaration {copy_id}$"):
        declarations.delete_declaration(sample_db, declaration_id=copy_id)


# --- clauses and languages ------------------------------------------------------------------------------

def test_the_clauses_are_stored_in_the_drafters_order_and_rendered_so(sample_db):
    ids = clause_ids(sample_db)
    order = [ids["title-declaration-of-meeting"], ids["operative-next-meeting"], ids["preamble-common-challenges"],
             ids["signature-heading-member-institution"]]
    change = declarations.set_declaration_clauses(sample_db, declaration_id=1, clause_ids=order)
    assert change.updated == {"declaration": (1,)}
    assert draft_of(sample_db, 1).clause_ids == order
    body = declarations.render_event_declaration(sample_db, event_id=1).body
    assert [b.text.split()[0] for b in body] == ["To", "Taking"]


def test_unknown_clauses_are_refused_and_the_draft_is_kept(sample_db):
    before = draft_of(sample_db, 1).clause_ids
    with pytest.raises(ValidationError) as error:
        declarations.set_declaration_clauses(sample_db, declaration_id=1, clause_ids=[1, 2, 999])
    assert (error.value.field, error.value.problem) == ("clauses", "there is no clause 999")
    assert draft_of(sample_db, 1).clause_ids == before


def test_the_languages_are_kept_once_each_in_order(sample_db):
    change = declarations.set_declaration_languages(sample_db, declaration_id=1, languages=["ru", "en", "ru"])
    assert change.updated == {"declaration": (1,)}
    assert draft_of(sample_db, 1).languages == ["ru", "en"]


@pytest.mark.parametrize("languages, problem", [
    ([], "choose at least one"),
    (["en", "fr"], "'fr' is not one of az, en, kk, ky, ru, tr, uz"),
])
def test_languages_that_cannot_be_are_refused(sample_db, languages, problem):
    with pytest.raises(ValidationError) as error:
        declarations.set_declaration_languages(sample_db, declaration_id=1, languages=languages)
    assert (error.value.field, error.value.problem) == ("languages", problem)
    assert draft_of(sample_db, 1).languages == ["en"]


# --- values the drafter enters --------------------------------------------------------------------------

def test_the_entered_placeholders_of_the_sample_draft(sample_db):
    uses = declarations.entered_placeholders(sample_db, declaration_id=1)
    assert [(u.name, u.type) for u in uses] == [("next_meeting_year", "number"), ("next_meeting_host", "state")]


@pytest.fixture
def typed_draft(sample_db):
    """The sample draft with one more clause whose placeholders the drafter defined, typed."""
    clause = Clause("operative-typed", ClauseKind.OPERATIVE,
                    {"en": "To meet on {meeting_day:long} at {host_office} with {speaker} about {subject}."},
                    placeholder_types={"meeting_day": "date", "host_office": "institution", "speaker": "person"})
    library.save_clause(sample_db, clause=clause)
    declarations.set_declaration_clauses(sample_db, declaration_id=1,
                                         clause_ids=draft_of(sample_db, 1).clause_ids + [clause.id])
    return 1


def test_placeholders_a_drafter_defined_are_entered_too(sample_db, typed_draft):
    uses = {u.name: u.type for u in declarations.entered_placeholders(sample_db, declaration_id=typed_draft)}
    assert uses == {"next_meeting_year": "number", "next_meeting_host": "state", "meeting_day": "date",
                    "host_office": "institution", "speaker": "person", "subject": "text"}


@pytest.mark.parametrize("name, value, stored", [
    ("next_meeting_year", " 2026 ", 2026),
    ("next_meeting_host", "kz", "KZ"),
    ("meeting_day", "2025-07-01", "2025-07-01"),
    ("host_office", "kz-prosecutor-general", "kz-prosecutor-general"),
    ("speaker", "berik-asylov", "berik-asylov"),
    ("subject", " cybercrime ", "cybercrime"),
])
def test_an_entered_value_is_stored_in_its_type(sample_db, typed_draft, name, value, stored):
    change = declarations.set_declaration_value(sample_db, declaration_id=typed_draft, name=name, value=value)
    assert change.updated == {"declaration": (typed_draft,)}
    assert draft_of(sample_db, typed_draft).values[name] == stored


@pytest.mark.parametrize("name, value, problem", [
    ("next_meeting_year", "next year", "must be a whole number, not 'next year'"),
    ("next_meeting_year", "1899", "1899 is not a plausible year"),
    ("next_meeting_host", "XX", "there is no state 'XX' in this workspace"),
    ("meeting_day", "2025-13-01", "'2025-13-01' is not a date (YYYY-MM-DD)"),
    ("host_office", "nowhere", "there is no institution 'nowhere' in this workspace"),
    ("speaker", "nobody", "there is no person 'nobody' in this workspace"),
    ("subject", "a\x1bb", "contains a control character (U+001B)"),
])
def test_an_entered_value_of_the_wrong_type_is_refused_and_the_old_one_kept(sample_db, typed_draft, name, value,
                                                                             problem):
    before = dict(draft_of(sample_db, typed_draft).values)
    with pytest.raises(ValidationError) as error:
        declarations.set_declaration_value(sample_db, declaration_id=typed_draft, name=name, value=value)
    assert (error.value.field, error.value.problem) == (name, problem)
    assert draft_of(sample_db, typed_draft).values == before


def test_a_value_that_is_not_entered_is_refused_naming_those_that_are(sample_db):
    with pytest.raises(ValidationError) as error:
        declarations.set_declaration_value(sample_db, declaration_id=1, name="city", value="Osh")
    assert error.value.field == "city"
    assert error.value.problem == "is not a value the drafter enters (those are: next_meeting_year, next_meeting_host)"
    assert "city" not in draft_of(sample_db, 1).values


def test_an_empty_value_clears_it(sample_db):
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_host", value="")
    assert draft_of(sample_db, 1).values == {"next_meeting_year": 2025}
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_year", value=None)
    assert draft_of(sample_db, 1).values == {}


# --- rendering and what stops an export -----------------------------------------------------------------

def test_the_rendered_declaration_follows_the_entered_values(sample_db):
    last = declarations.render_event_declaration(sample_db, event_id=1).body[-2].text
    assert last == ("To organize the fourth meeting of the Council of Prosecutors General of the Organization of "
                    "Turkic States in 2025 in the Republic of Uzbekistan.")
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_year", value="2026")
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_host", value="TR")
    last = declarations.render_event_declaration(sample_db, event_id=1).body[-2].text
    assert last.endswith("in 2026 in the Republic of Türkiye.")
    assert declarations.render_event_declaration(sample_db, event_id=1, language="ru").language == "ru"


def test_the_sample_declaration_has_no_problem_in_its_languages(sample_db):
    assert declarations.declaration_problems(sample_db, event_id=1, language="en") == []
    assert declarations.declaration_problems(sample_db, event_id=1, language="ru") == []


def test_each_problem_that_stops_an_export_is_named(sample_db):
    delegations.add_delegation(sample_db, event_id=1, kind=DelegationKind.STATE, state_code="HU", institution_id=7)
    az = next(d for d in delegations.event_delegations(sample_db, event_id=1) if d.code == "AZ")
    delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role=Role.MEMBER)  # named in az, en only
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_year", value="")

    assert declarations.declaration_problems(sample_db, event_id=1, language="en") == [
        "Delegation HU has no head.",
        "{next_meeting_year} has no value yet: enter it among the values the drafter enters."]
    problems = declarations.declaration_problems(sample_db, event_id=1, language="tr")
    assert "elchin-mammadov (AZ) has no name in 'tr'." in problems
    assert "Institution baku-state-university has no name in 'tr'." in problems
    assert "Clause operative-next-meeting has no text in 'tr'." in problems
    assert len([p for p in problems if p.startswith("Clause ")]) == len(draft_of(sample_db, 1).clause_ids)


def test_an_event_without_declaration_has_that_one_problem(sample_db):
    assert declarations.declaration_problems(sample_db, event_id=2, language="en") == [
        "declaration: event 2 has no declaration yet"]


# --- the next meeting -----------------------------------------------------------------------------------

def test_the_next_meeting_is_planned_from_the_declaration(sample_db):
    assert declarations.planned_next_meeting(sample_db, event_id=1) is None
    change = declarations.create_next_meeting(sample_db, declaration_id=1)
    new_id = change.added["event"][0]
    assert change.added == {"event": (new_id,)}
    assert change.notes == ("The 4th meeting is planned on 2025-07-25: correct the date on the Events screen.",)
    planned = events.get_event(sample_db, event_id=new_id)
    assert (planned.kind, planned.ordinal, planned.council_id, planned.country_code, planned.start_date,
            planned.precedence_language) == (EventKind.COUNCIL_MEETING, 4, 1, "UZ", dt.date(2025, 7, 25), "tr")
    assert planned.title == {"en": "4th meeting of the Council of Prosecutors General of the Organization of "
                                   "Turkic States"}
    assert declarations.planned_next_meeting(sample_db, event_id=1).id == new_id

    count = len(events.list_events(sample_db))
    with pytest.raises(ValidationError) as error:
        declarations.create_next_meeting(sample_db, declaration_id=1)
    assert (error.value.field, error.value.problem) == ("next meeting",
                                                        f"the 4th meeting is already planned (event {new_id})")
    assert len(events.list_events(sample_db)) == count


@pytest.mark.parametrize("cleared, field", [("next_meeting_year", "next_meeting_year"),
                                            ("next_meeting_host", "next_meeting_host")])
def test_the_next_meeting_needs_its_year_and_host(sample_db, cleared, field):
    declarations.set_declaration_value(sample_db, declaration_id=1, name=cleared, value="")
    count = len(events.list_events(sample_db))
    with pytest.raises(ValidationError) as error:
        declarations.create_next_meeting(sample_db, declaration_id=1)
    assert error.value.field == field and "first" in error.value.problem
    assert len(events.list_events(sample_db)) == count


def test_an_event_outside_a_numbered_series_has_no_next_meeting(sample_db):
    seminar_draft = declarations.create_declaration(sample_db, event_id=2).added["declaration"][0]
    with pytest.raises(ValidationError) as error:
        declarations.create_next_meeting(sample_db, declaration_id=seminar_draft)
    assert (error.value.field, error.value.problem) == (
        "next meeting", "this event has no council or number in a series to follow")


def test_a_next_meeting_on_29_february_falls_on_the_28th_in_a_common_year(sample_db):
    event = events.get_event(sample_db, event_id=1)
    event.start_date = dt.date(2024, 2, 29)
    events.save_event(sample_db, event=event)
    new_id = declarations.create_next_meeting(sample_db, declaration_id=1).added["event"][0]
    assert events.get_event(sample_db, event_id=new_id).start_date == dt.date(2025, 2, 28)
