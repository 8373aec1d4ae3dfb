"""Every model of the window passes pytest-qt's model tester, filled with the sample council."""
from __future__ import annotations

import pytest

from organiser.domain.model import EventKind
from organiser.services import declarations, delegations, events, reference_data
from organiser.ui.models.clauses_model import ClauseFilter, ClauseLibraryModel, DeclarationClausesModel
from organiser.ui.models.delegations_model import DelegationsModel, MembersModel
from organiser.ui.models.events_model import EventsModel
from organiser.ui.models.order_model import OrderModel
from organiser.ui.models.programme_model import ProgrammeModel, parse_span


@pytest.fixture
def seminar(workspace):
    return next(e for e in events.list_events(workspace) if e.kind is EventKind.SEMINAR)


def test_events_model(qtmodeltester, workspace):
    model = EventsModel(events.list_events(workspace))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_programme_model(qtmodeltester, workspace, seminar):
    model = ProgrammeModel()
    model.set_items(events.programme(workspace, event_id=seminar.id), reference_data.reference_data(workspace)["persons"], "en")
    qtmodeltester.check(model)
    assert model.index(1, ProgrammeModel.SPEAKERS).data() == "Elchin MAMMADOV, Gismat GOZALOV"
    assert parse_span("9.05 - 10:00")[0].hour == 9


def test_delegation_and_member_models(qtmodeltester, workspace, seminar):
    found = delegations.event_delegations(workspace, event_id=seminar.id)
    model = DelegationsModel()
    model.set_delegations(found, "az")
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Azərbaycan"
    members = MembersModel()
    members.set_members(found[0].members, "en")
    qtmodeltester.check(members)
    assert members.index(0, 1).data() == "Mr. Kamran ALIYEV"


def test_order_model(qtmodeltester, workspace, seminar):
    model = OrderModel()
    model.set_order(events.ordered_delegations(workspace, event_id=seminar.id), "az", "en")
    qtmodeltester.check(model)
    assert model.names()[:5] == ["Azərbaycan", "Qazaxıstan", "Qırğızıstan", "Özbəkistan", "Türkiyə"]


def test_clause_models(qtmodeltester, workspace):
    clauses = declarations.clause_library(workspace)
    library = ClauseLibraryModel()
    library.set_clauses(clauses, "en")
    qtmodeltester.check(library)
    narrowed = ClauseFilter()
    narrowed.setSourceModel(library)
    narrowed.set_filter(kind="operative")
    qtmodeltester.check(narrowed)
    assert narrowed.rowCount() == sum(1 for c in clauses if c.kind.value == "operative")
    narrowed.set_filter(kind=None, tag="training")
    assert [narrowed.index(r, 0).data(0x0100) for r in range(narrowed.rowCount())] == [
        c.id for c in clauses if "training" in c.tags]
    narrowed.set_filter(tag=None, search="monitoring evaluating")
    assert narrowed.rowCount() == 1
    entries = DeclarationClausesModel()
    entries.set_clauses(clauses, "en")
    qtmodeltester.check(entries)
    assert entries.index(3, 0).data().startswith("1. ")
