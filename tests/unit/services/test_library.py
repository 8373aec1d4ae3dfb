"""The clause library: editing with its checks, usage, placeholder types, and the library file (round trip,
conflicts decided clause by clause, all or nothing)."""
import json

import pytest

from organiser.domain.declaration import clause_placeholders
from organiser.domain.errors import OrganiserError, TemplateError, ValidationError
from organiser.domain.library import FORMAT, library_to_dict, parse_library
from organiser.domain.model import Clause, ClauseKind
from organiser.services import declarations, library
from organiser.storage.db import open_workspace


def by_key(ws):
    return {c.key: c for c in library.clauses(ws)}


def test_a_new_clause_is_checked_and_stored(fresh_db):
    clause = Clause("operative-signing-day", ClauseKind.OPERATIVE, {"en": "To sign on {signing_day:long}. "},
                    ["dates"], placeholder_types={"signing_day": "date"})
    change = library.save_clause(fresh_db, clause=clause)
    stored = by_key(fresh_db)["operative-signing-day"]
    assert change.added == {"clause": (stored.id,)} and clause.id == stored.id
    assert stored.texts == {"en": "To sign on {signing_day:long}."}  # stripped
    assert stored.placeholder_types == {"signing_day": "date"}


@pytest.mark.parametrize("clause, field", [
    (Clause("Bad Key", ClauseKind.OPERATIVE, {"en": "Text."}), "key"),
    (Clause("no-text", ClauseKind.OPERATIVE, {"en": "  "}), "text"),
    (Clause("no-text", ClauseKind.OPERATIVE, {}), "text"),
    (Clause("typed-known", ClauseKind.OPERATIVE, {"en": "{city}"}, placeholder_types={"city": "date"}),
     "placeholder type.city"),
    (Clause("typed-badly", ClauseKind.OPERATIVE, {"en": "{x}"}, placeholder_types={"x": "colour"}),
     "placeholder type.x"),
    (Clause("original", ClauseKind.OPERATIVE, {"en": "Text."}, original_language="ru"), "original language"),
])
def test_a_clause_that_breaks_a_rule_is_refused_by_field(fresh_db, clause, field):
    with pytest.raises(ValidationError) as error:
        library.save_clause(fresh_db, clause=clause)
    assert error.value.field == field
    assert library.clauses(fresh_db) == []


def test_a_text_that_does_not_parse_is_refused_naming_clause_and_language(fresh_db):
    with pytest.raises(TemplateError) as error:
        library.save_clause(fresh_db, clause=Clause("lone-brace", ClauseKind.OPERATIVE, {"ru": "Текст {"}))
    assert str(error.value).startswith("clause lone-brace (ru): a lone '{'")


def test_a_key_is_one_clauses_only(sample_db):
    with pytest.raises(ValidationError, match="already the key of another clause"):
        library.save_clause(sample_db, clause=Clause("operative-next-meeting", ClauseKind.OPERATIVE, {"en": "x"}))


def test_duplicate_retire_and_usage(sample_db):
    clauses = by_key(sample_db)
    source = clauses["operative-next-meeting"]
    change = library.duplicate_clause(sample_db, clause_id=source.id)
    copy = by_key(sample_db)["operative-next-meeting-copy"]
    assert change.added == {"clause": (copy.id,)}
    assert (copy.texts, copy.tags, copy.kind) == (source.texts, source.tags, source.kind)
    library.duplicate_clause(sample_db, clause_id=source.id)
    assert "operative-next-meeting-copy-2" in by_key(sample_db)

    uses = library.clause_usage(sample_db, clause_id=source.id)
    assert [(u.event_id, u.declaration_title) for u in uses] == [(1, "Declaration of the 3rd meeting")]
    assert library.clause_usage(sample_db, clause_id=copy.id) == []

    library.set_clause_retired(sample_db, clause_id=source.id, retired=True)
    assert by_key(sample_db)["operative-next-meeting"].retired
    assert source.id not in {c.id for c in library.clauses(sample_db, include_retired=False)}
    # Retired, it still renders in the declaration that uses it.
    assert "fourth meeting" in declarations.render_event_declaration(sample_db, event_id=1).body[-2].text
    with pytest.raises(ValidationError, match="retire it instead"):
        library.delete_clause(sample_db, clause_id=source.id)
    library.delete_clause(sample_db, clause_id=copy.id)
    assert "operative-next-meeting-copy" not in by_key(sample_db)


def test_placeholders_are_found_in_every_text_and_typed():
    clause = Clause("c", ClauseKind.OPERATIVE,
                    {"en": "On {signing_day:long} in {city}, {chair:full} for {host_state}.",
                     "ru": "{city}, {count} {signing_day:long}"},
                    placeholder_types={"signing_day": "date", "chair": "person"})
    found = [(u.name, u.type, u.known, u.entered) for u in clause_placeholders(clause)]
    assert found == [("signing_day", "date", False, True), ("city", "text", True, False),
                     ("chair", "person", False, True), ("host_state", "state", True, False),
                     ("count", "text", False, True)]


def test_a_drafters_placeholders_become_values_to_enter_and_render_by_type(sample_db):
    clause = Clause("operative-signing", ClauseKind.OPERATIVE,
                    {"en": "To sign on {signing_day:long} before {witness:full}, {witness:position}, "
                           "for the {edition:word} time, in {venue_state:short}, {copies} copies."},
                    placeholder_types={"signing_day": "date", "witness": "person", "edition": "ordinal",
                                       "venue_state": "state", "copies": "number"})
    library.save_clause(sample_db, clause=clause)
    declaration = declarations.event_declaration(sample_db, event_id=1)
    ids = list(declaration.clause_ids)
    declarations.set_declaration_clauses(sample_db, declaration_id=declaration.id, clause_ids=ids[:-2] + [clause.id] + ids[-2:])
    entered = [(u.name, u.type) for u in declarations.entered_placeholders(sample_db, declaration_id=declaration.id)]
    assert entered == [("next_meeting_year", "number"), ("next_meeting_host", "state"), ("signing_day", "date"),
                       ("witness", "person"), ("edition", "ordinal"), ("venue_state", "state"), ("copies", "number")]
    assert any("{signing_day} has no value" in p for p in
               declarations.declaration_problems(sample_db, event_id=1, language="en"))
    for name, value in (("signing_day", "2024-07-26"), ("witness", "kamran-aliyev"), ("edition", "2"),
                        ("venue_state", "kg"), ("copies", "6")):
        declarations.set_declaration_value(sample_db, declaration_id=declaration.id, name=name, value=value)
    for name, value, problem in (("signing_day", "26.07.2024", "is not a date"), ("witness", "nobody", "no person"),
                                 ("copies", "six", "whole number"), ("venue_state", "XX", "no state 'XX'"),
                                 ("city", "Baku", "not a value the drafter enters")):
        with pytest.raises(ValidationError, match=problem):
            declarations.set_declaration_value(sample_db, declaration_id=declaration.id, name=name, value=value)
    assert declarations.declaration_problems(sample_db, event_id=1, language="en") == []
    text = declarations.render_event_declaration(sample_db, event_id=1).body[-2].text
    assert text == ("To sign on July 26, 2024 before Mr. Kamran Aliyev, Prosecutor General of the Republic of "
                    "Azerbaijan, for the second time, in Kyrgyzstan, 6 copies.")


def test_two_clauses_typing_one_placeholder_differently_is_a_warning(sample_db):
    for key, kind in (("a-clause", "date"), ("b-clause", "number")):
        library.save_clause(sample_db, clause=Clause(key, ClauseKind.PREAMBLE, {"en": "{when}"},
                                                     placeholder_types={"when": kind}))
    declaration = declarations.event_declaration(sample_db, event_id=1)
    clauses = by_key(sample_db)
    declarations.set_declaration_clauses(sample_db, declaration_id=declaration.id,
                                         clause_ids=declaration.clause_ids + [clauses["a-clause"].id, clauses["b-clause"].id])
    assert ("Placeholder {when} is a date in clause a-clause but a number in clause b-clause."
            in declarations.declaration_problems(sample_db, event_id=1, language="en"))


# --- the library file ---------------------------------------------------------------------------------------

def test_the_library_file_round_trips(sample_db, tmp_path):
    fresh_db = open_workspace(None)
    library.save_clause(sample_db, clause=Clause("operative-typed", ClauseKind.OPERATIVE, {"en": "On {day}."},
                                                 ["x"], "a note", placeholder_types={"day": "date"},
                                                 original_language="en"))
    library.set_clause_retired(sample_db, clause_id=by_key(sample_db)["operative-monitoring-results"].id, retired=True)
    path = library.write_library_file(library.export_library(sample_db), tmp_path / "library.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1
    assert len(data["clauses"]) == len(library.clauses(sample_db)) == 11

    change = library.import_library(fresh_db, library=library.read_library_file(path))
    assert len(change.added["clause"]) == 11 and change.notes == ()

    def comparable(ws):
        return sorted((c.key, c.kind, c.texts, c.tags, c.note, c.original_language, c.retired, c.placeholder_types)
                      for c in library.clauses(ws))
    assert comparable(fresh_db) == comparable(sample_db)
    again = library.write_library_file(library.export_library(fresh_db), tmp_path / "again.json")
    assert again.read_bytes() == path.read_bytes()
    # The same file a second time: everything identical, nothing added or changed.
    plan = library.plan_library_import(fresh_db, library=library.read_library_file(path))
    assert (plan.new, plan.conflicts, len(plan.identical)) == ([], [], 11)


def _their_file(sample_db, tmp_path):
    data = library_to_dict(library.export_library(sample_db))
    for clause in data["clauses"]:
        if clause["key"] == "operative-next-meeting":
            clause["texts"]["en"] = clause["texts"]["en"].replace("To organize", "To organise")
            clause["tags"] = ["next meeting", "consistency"]
        if clause["key"] == "operative-monitoring-results":
            clause["kind"] = "preamble"
    data["clauses"].append({"key": "operative-new", "kind": "operative", "texts": {"en": "New."}, "tags": []})
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_conflicting_import_adds_the_new_keeps_ours_and_shows_both_side_by_side(sample_db, tmp_path):
    theirs = library.read_library_file(_their_file(sample_db, tmp_path))
    before = by_key(sample_db)
    plan = library.plan_library_import(sample_db, library=theirs)
    assert [c.key for c in plan.new] == ["operative-new"]
    assert len(plan.identical) == 8
    conflict = plan.conflict("operative-next-meeting")
    assert [(d.field, d.ours[:12], d.theirs[:12]) for d in conflict.differences] == [
        ("texts.en", "To organize ", "To organise "), ("tags", "next meeting", "next meeting")]
    assert conflict.differences[1].theirs == "next meeting, consistency"
    assert [(d.field, d.ours, d.theirs) for d in plan.conflict("operative-monitoring-results").differences] == [
        ("kind", "operative", "preamble")]

    change = library.import_library(sample_db, library=theirs)
    after = by_key(sample_db)
    assert change.added == {"clause": (after["operative-new"].id,)} and change.updated == {}
    assert after["operative-next-meeting"].texts == before["operative-next-meeting"].texts  # nothing overwritten
    assert after["operative-monitoring-results"].kind is ClauseKind.OPERATIVE
    assert sorted(change.notes) == [
        "operative-monitoring-results: the workspace's version kept; the file's differs",
        "operative-next-meeting: the workspace's version kept; the file's differs"]


def test_the_drafter_takes_theirs_or_keeps_both_clause_by_clause(sample_db, tmp_path):
    theirs = library.read_library_file(_their_file(sample_db, tmp_path))
    before = by_key(sample_db)
    library.import_library(sample_db, library=theirs, take_theirs={"operative-next-meeting"},
                           keep_both={"operative-monitoring-results"})
    after = by_key(sample_db)
    taken = after["operative-next-meeting"]
    assert taken.id == before["operative-next-meeting"].id  # same clause, the declarations keep it
    assert taken.texts["en"].startswith("To organise") and taken.tags == ["next meeting", "consistency"]
    assert after["operative-monitoring-results"].kind is ClauseKind.OPERATIVE
    assert after["operative-monitoring-results-imported"].kind is ClauseKind.PREAMBLE
    assert "To organise the fourth meeting" in declarations.render_event_declaration(sample_db, event_id=1).body[-2].text


def test_take_all_theirs(sample_db, tmp_path):
    theirs = library.read_library_file(_their_file(sample_db, tmp_path))
    change = library.import_library(sample_db, library=theirs, take_all_theirs=True)
    assert len(change.updated["clause"]) == 2
    assert by_key(sample_db)["operative-monitoring-results"].kind is ClauseKind.PREAMBLE


@pytest.mark.parametrize("options, message", [
    (dict(take_theirs={"operative-new"}), "operative-new: not a clause in conflict"),
    (dict(keep_both={"nothing-such"}), "nothing-such: not a clause in conflict"),
    (dict(take_theirs={"operative-next-meeting"}, keep_both={"operative-next-meeting"}), "cannot both"),
])
def test_a_wrong_choice_imports_nothing(sample_db, tmp_path, options, message):
    theirs = library.read_library_file(_their_file(sample_db, tmp_path))
    before = library.clauses(sample_db)
    with pytest.raises(ValidationError, match=message):
        library.import_library(sample_db, library=theirs, **options)
    assert library.clauses(sample_db) == before


@pytest.mark.parametrize("data, message", [
    ([], "file: must be an object, not a list"),
    ({"format": "organiser-package", "version": 1}, "format: must be 'organiser-clause-library'"),
    ({"format": FORMAT, "version": 2, "clauses": []}, "version: 2 is newer"),
    ({"format": FORMAT, "version": True, "clauses": []}, "version: must be a whole number"),
    ({"format": FORMAT, "version": 1, "clauses": {}}, "clauses: must be a list"),
    ({"format": FORMAT, "version": 1, "clauses": [7]}, "clauses[0]: must be an object, not a number"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "A", "kind": "operative", "texts": {"en": "x"}}]},
     "clauses[0].key: must be 1–80"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "law", "texts": {"en": "x"}}]},
     "clauses[0].kind: 'law' is not one of"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {"ru": "x {"}}]},
     "clauses[0].texts.ru: a lone '{'"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {"English": "x"}}]},
     "clauses[0].texts.English: is not a language code"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {}}]},
     "clauses[0].texts: has no language"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {"en": "x"},
                                                     "placeholder_types": {"x": ["date"]}}]},
     "clauses[0].placeholder_types.x: '['date']' is not a placeholder type"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {"en": "x"}, "tags": "t"}]},
     "clauses[0].tags: must be a list"),
    ({"format": FORMAT, "version": 1, "clauses": [{"key": "a", "kind": "title", "texts": {"en": "x"}},
                                                    {"key": "a", "kind": "title", "texts": {"en": "y"}}]},
     "clauses[1].key: 'a' appears twice"),
])
def test_a_malformed_file_is_refused_by_the_path_of_its_problem(data, message):
    with pytest.raises(ValidationError) as error:
        parse_library(data)
    assert str(error.value).startswith(message)


def test_a_file_that_cannot_be_read_is_one_error_naming_it(sample_db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(OrganiserError, match=r"bad.json: not valid JSON \(line 1"):
        library.read_library_file(bad)
    with pytest.raises(OrganiserError, match="no such file"):
        library.read_library_file(tmp_path / "missing.json")
