"""Reference data: states, organisations and institutions saved with their names per language, their codes and
keys kept unique, and records removed only when nothing refers to them (the window's undo of creating one)."""
import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.model import (
    Clause, ClauseKind, Institution, Organisation, OrganisationName, Person, PersonName, State, StateName, StateStatus,
)
from organiser.services import declarations, delegations, library, reference, reference_data


def held(ws, kind):
    return reference_data.reference_data(ws)[kind]


def mongolia(**names):
    return State("MN", StateStatus.OTHER, names or {"en": StateName(" Mongolia ", "Mongolia", ""),
                                                    "ru": StateName("Монголия", "Монголия")})


# --- states ---------------------------------------------------------------------------------------------

def test_a_new_state_is_stored_with_its_names(sample_db):
    change = reference.save_state(sample_db, state=mongolia(), new=True)
    assert change.added == {"state": ("MN",)} and not change.updated and change.ids("state") == {"MN"}
    stored = held(sample_db, "states")["MN"]
    assert stored.status is StateStatus.OTHER
    assert stored.names == {"en": StateName("Mongolia", "Mongolia"), "ru": StateName("Монголия", "Монголия")}


def test_a_state_is_changed_in_place(sample_db):
    hungary = held(sample_db, "states")["HU"]
    hungary.status = StateStatus.MEMBER
    hungary.names = {**hungary.names, "kk": StateName("Венгрия", "Венгрия")}
    change = reference.save_state(sample_db, state=hungary, new=False)
    assert change.updated == {"state": ("HU",)} and not change.added
    stored = held(sample_db, "states")["HU"]
    assert stored.status is StateStatus.MEMBER and stored.names["kk"].short == "Венгрия"
    assert stored.names["en"].short == "Hungary"
    assert len(held(sample_db, "states")) == 7


def test_a_code_is_one_states_only_and_a_change_needs_the_state(sample_db):
    with pytest.raises(ValidationError) as error:
        reference.save_state(sample_db, state=State("AZ", StateStatus.MEMBER, {"en": StateName("Other", "Other")}),
                             new=True)
    assert (error.value.field, error.value.problem) == ("code", "AZ is already the code of Azerbaijan")
    assert held(sample_db, "states")["AZ"].names["en"].short == "Azerbaijan"

    with pytest.raises(ValidationError) as error:
        reference.save_state(sample_db, state=mongolia(), new=False)
    assert (error.value.field, error.value.problem) == ("code", "there is no state MN")
    assert "MN" not in held(sample_db, "states")


@pytest.mark.parametrize("state, field, problem", [
    (State("mn", StateStatus.OTHER, {"en": StateName("Mongolia", "Mongolia")}), "code",
     "'mn' is not an ISO 3166 alpha-2 code"),
    (State("MNG", StateStatus.OTHER, {"en": StateName("Mongolia", "Mongolia")}), "code",
     "'MNG' is not an ISO 3166 alpha-2 code"),
    (State("MN", StateStatus.OTHER, {}), "name", "is required in at least one language"),
    (State("MN", StateStatus.OTHER, {"en": StateName("", "Mongolia")}), "short name (en)", "is required"),
    (State("MN", StateStatus.OTHER, {"ru": StateName("Монголия", " ")}), "official name (ru)", "is required"),
    (State("MN", StateStatus.OTHER, {"en": StateName("Mongolia", "Mongolia", "the\u202d")}), "article (en)",
     "control character (U+202D)"),
])
def test_a_state_that_breaks_a_rule_is_refused_and_not_stored(sample_db, state, field, problem):
    with pytest.raises(ValidationError) as error:
        reference.save_state(sample_db, state=state, new=True)
    assert error.value.field == field and problem in error.value.problem
    assert set(held(sample_db, "states")) == {"AZ", "HU", "KG", "KZ", "TM", "TR", "UZ"}


# --- organisations --------------------------------------------------------------------------------------

def test_organisations_are_added_changed_and_their_codes_unique(sample_db):
    cis = Organisation("CIS", {"en": OrganisationName("CIS", "Commonwealth of Independent States", "the")})
    change = reference.save_organisation(sample_db, organisation=cis, new=True)
    assert change.added == {"organisation": ("CIS",)}
    assert held(sample_db, "organisations")["CIS"].names["en"].full_with_article == \
        "the Commonwealth of Independent States"

    cis.names = {"ru": OrganisationName("СНГ", "Содружество Независимых Государств")}
    change = reference.save_organisation(sample_db, organisation=cis, new=False)
    assert change.updated == {"organisation": ("CIS",)}
    assert set(held(sample_db, "organisations")["CIS"].names) == {"ru"}

    with pytest.raises(ValidationError) as error:
        reference.save_organisation(sample_db, organisation=cis, new=True)
    assert (error.value.field, error.value.problem) == ("code", "CIS is already the code of another organisation")
    with pytest.raises(ValidationError) as error:
        reference.save_organisation(sample_db, organisation=Organisation(
            "UN", {"en": OrganisationName("UN", "United Nations")}), new=False)
    assert (error.value.field, error.value.problem) == ("code", "there is no organisation UN")
    assert set(held(sample_db, "organisations")) == {"OTS", "CIS"}


@pytest.mark.parametrize("organisation, field, problem", [
    (Organisation("ots", {"en": OrganisationName("x", "y")}), "code", "must be 1–16 capital letters"),
    (Organisation("A" * 17, {"en": OrganisationName("x", "y")}), "code", "must be 1–16 capital letters"),
    (Organisation("UN", {}), "name", "is required in at least one language"),
    (Organisation("UN", {"en": OrganisationName("UN", "")}), "full name (en)", "is required"),
    (Organisation("UN", {"en": OrganisationName("U" * 101, "United Nations")}), "short name (en)",
     "is too long (101 characters; at most 100)"),
])
def test_an_organisation_that_breaks_a_rule_is_refused_and_not_stored(sample_db, organisation, field, problem):
    with pytest.raises(ValidationError) as error:
        reference.save_organisation(sample_db, organisation=organisation, new=True)
    assert error.value.field == field and problem in error.value.problem
    assert set(held(sample_db, "organisations")) == {"OTS"}


# --- institutions ---------------------------------------------------------------------------------------

def test_a_new_institution_gets_a_key_from_its_first_name_and_a_free_one_when_taken(sample_db):
    first = Institution("", {"en": "Academy of the Prosecutor General's Office", "az": "Akademiya"}, state_code="AZ")
    change = reference.save_institution(sample_db, institution=first)
    assert change.added == {"institution": (first.id,)} and first.key == "academy-of-the-prosecutor-general-s-office"
    again = Institution("", {"en": "Baku State University"}, state_code="AZ")
    reference.save_institution(sample_db, institution=again)
    assert again.key == "baku-state-university-2"
    stored = held(sample_db, "institutions")
    assert stored[first.id].names == {"en": "Academy of the Prosecutor General's Office", "az": "Akademiya"}
    assert stored[again.id].key == "baku-state-university-2" and stored[7].key == "baku-state-university"


def test_an_institution_is_changed_in_place_keeping_its_key(sample_db):
    university = held(sample_db, "institutions")[7]
    university.names = {**university.names, "ru": "Бакинский государственный университет"}
    change = reference.save_institution(sample_db, institution=university)
    assert change.updated == {"institution": (7,)} and not change.added
    stored = held(sample_db, "institutions")[7]
    assert stored.key == "baku-state-university" and stored.names["ru"] == "Бакинский государственный университет"
    assert len(held(sample_db, "institutions")) == 7


@pytest.mark.parametrize("institution, field, problem", [
    (Institution("x", {}), "name", "is required in at least one language"),
    (Institution("x", {"en": "  "}), "name", "is required in at least one language"),
    (Institution("Bad Key", {"en": "Somewhere"}), "key", "lower-case letters"),
    (Institution("", {"en": "Both"}, state_code="AZ", organisation_code="OTS"), "institution",
     "belongs to a state or to an organisation, not both"),
    (Institution("", {"en": "Nowhere"}, state_code="XX"), "state", "there is no state XX"),
])
def test_an_institution_that_breaks_a_rule_is_refused_and_not_stored(sample_db, institution, field, problem):
    with pytest.raises(ValidationError) as error:
        reference.save_institution(sample_db, institution=institution)
    assert error.value.field == field and problem in error.value.problem
    assert len(held(sample_db, "institutions")) == 7


def test_changing_an_institution_that_is_not_there_is_refused(sample_db):
    with pytest.raises(ValidationError) as error:
        reference.save_institution(sample_db, institution=Institution("ghost", {"en": "Ghost"}, id=500))
    assert error.value.field == "institution"
    assert error.value.problem == "there is no institution 500"
    assert 500 not in held(sample_db, "institutions") and len(held(sample_db, "institutions")) == 7


# --- removing what nothing uses -------------------------------------------------------------------------

def test_a_record_nothing_uses_is_removed(sample_db):
    reference.save_state(sample_db, state=mongolia(), new=True)
    office = Institution("", {"en": "Office"})
    reference.save_institution(sample_db, institution=office)
    person = Person("", {"en": PersonName("Bat", "Erdene")})
    delegations.save_person(sample_db, person=person)
    cis = Organisation("CIS", {"en": OrganisationName("CIS", "Commonwealth")})
    reference.save_organisation(sample_db, organisation=cis, new=True)

    for kind, key, plural in (("state", "MN", "states"), ("institution", office.id, "institutions"),
                              ("person", person.id, "persons"), ("organisation", "CIS", "organisations")):
        change = reference.remove_unused(sample_db, kind=kind, key=key)
        assert change.removed == {kind: (key,)} and not change.added and change.touches(kind)
        assert key not in held(sample_db, plural)


@pytest.mark.parametrize("kind, key, uses", [
    ("state", "UZ", "is still used in 3 places"),  # its institution, its delegation at each event
    ("state", "KG", "is still used in 4 places"),  # the same, and the event it hosts
    ("organisation", "OTS", "is still used in 4 places"),
    ("institution", 7, "is still used in 1 place"),
    ("person", 1, "is still used in"),
])
def test_a_record_in_use_is_refused_never_removed_with_what_uses_it(sample_db, kind, key, uses):
    plural = {"state": "states", "organisation": "organisations", "institution": "institutions",
              "person": "persons"}[kind]
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind=kind, key=key)
    assert error.value.field == kind and error.value.problem.startswith(f"{key} {uses}")
    assert key in held(sample_db, plural)


def test_a_refusal_says_where_the_record_is_used(sample_db):
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind="state", key="KG")
    assert error.value.problem == "KG is still used in 4 places (1 institution, 2 delegations, 1 event)"
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind="state", key="UZ")  # the sample declaration's next host
    assert error.value.problem == ("UZ is still used in 3 places (1 institution, 2 delegations) and as "
                                   "{next_meeting_host} of declaration 1 (event 1)")


def test_a_state_a_declaration_names_is_in_use(sample_db):
    reference.save_state(sample_db, state=mongolia(), new=True)
    declarations.set_declaration_value(sample_db, declaration_id=1, name="next_meeting_host", value="MN")
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind="state", key="MN")
    assert error.value.field == "state"
    assert error.value.problem == "MN is still used as {next_meeting_host} of declaration 1 (event 1)"
    assert "MN" in held(sample_db, "states")
    declarations.render_event_declaration(sample_db, event_id=1, language="en")  # still renders


def test_a_person_or_institution_a_drafters_value_names_is_in_use(sample_db):
    """A drafter's own placeholders typed person and institution hold a key; the record they name stays, also
    while the clause that types them is out of the draft (its value is kept and returns with it)."""
    person = Person("", {"en": PersonName("Bat", "Erdene")})
    delegations.save_person(sample_db, person=person)
    office = Institution("", {"en": "Office of the Host"})
    reference.save_institution(sample_db, institution=office)
    clause = Clause("operative-thanks", ClauseKind.OPERATIVE, {"en": "Thanks to {speaker:name} of {office}."},
                    placeholder_types={"speaker": "person", "office": "institution"})
    library.save_clause(sample_db, clause=clause)
    draft = declarations.get_declaration(sample_db, declaration_id=1)
    declarations.set_declaration_clauses(sample_db, declaration_id=1, clause_ids=[*draft.clause_ids, clause.id])
    declarations.set_declaration_value(sample_db, declaration_id=1, name="speaker", value=person.key)
    declarations.set_declaration_value(sample_db, declaration_id=1, name="office", value=office.key)

    for kind, key, name, plural in (("person", person.id, "speaker", "persons"),
                                    ("institution", office.id, "office", "institutions")):
        with pytest.raises(ValidationError) as error:
            reference.remove_unused(sample_db, kind=kind, key=key)
        assert (error.value.field, error.value.problem) == (kind, f"{key} is still used as {{{name}}} of "
                                                                  f"declaration 1 (event 1)")
        assert key in held(sample_db, plural)

    declarations.set_declaration_clauses(sample_db, declaration_id=1, clause_ids=draft.clause_ids)
    with pytest.raises(ValidationError, match=f"^person: {person.id} is still used as {{speaker}}"):
        reference.remove_unused(sample_db, kind="person", key=person.id)

    # A text that reads like a key names nobody.
    remark = Clause("operative-remark", ClauseKind.OPERATIVE, {"en": "{remark}."})
    library.save_clause(sample_db, clause=remark)
    declarations.set_declaration_clauses(sample_db, declaration_id=1, clause_ids=[*draft.clause_ids, remark.id])
    other = Person("", {"en": PersonName("Aida", "Karimova")})
    delegations.save_person(sample_db, person=other)
    declarations.set_declaration_value(sample_db, declaration_id=1, name="remark", value=other.key)
    reference.remove_unused(sample_db, kind="person", key=other.id)
    assert other.id not in held(sample_db, "persons")


def test_removing_a_record_that_is_not_there_is_refused(sample_db):
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind="state", key="ZZ")
    assert error.value.field == "state"
    assert error.value.problem == "there is no state ZZ"
    for kind, key in (("organisation", "UN"), ("institution", 500), ("person", 500)):
        with pytest.raises(ValidationError, match=f"^{kind}: there is no {kind} {key}$"):
            reference.remove_unused(sample_db, kind=kind, key=key)


def test_removing_a_kind_of_record_it_does_not_take_is_refused(sample_db):
    """Councils are not created in the window (they come with the sample or a file), so no undo removes one."""
    councils = dict(held(sample_db, "councils"))
    with pytest.raises(ValidationError) as error:
        reference.remove_unused(sample_db, kind="council", key=next(iter(councils)))
    assert (error.value.field, error.value.problem) == (
        "kind", "'council' is not a record this removes (those are: state, organisation, institution, person)")
    assert held(sample_db, "councils").keys() == councils.keys()
