#!/usr/bin/env python3
"""A large workspace: 500 events, 2,000 delegations, 10,000 persons, 5,000 clauses. Each interactive step
is timed against a goal of 100 ms, and peak memory is reported.

    python3 bench/bench_scale.py [--repeat N] [--keep FILE]

The workspace is generated through the storage layer in one transaction (the sample council first, for its
states, institutions and clauses, then copies); each step is then measured ``--repeat`` times after a
warm-up and its median printed: opening the workspace (and, apart, the first opening of a day, which
backs it up), listing the events, filtering the Events screen's list, the protocol order of one event,
its delegations, the reference data every form offers, the clause library, the window's first show and
selecting an event in it; exporting one declaration (not interactive: shown against the same goal for
reference). Peak memory: Python's own allocations (tracemalloc) over the steps, and the process's
maximum resident size.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 100.0
EVENTS, DELEGATIONS, PERSONS, CLAUSES = 500, 2_000, 10_000, 5_000


def generate(path: Path) -> None:
    """The sample council, then copies of its meeting, persons and clauses up to the target counts."""
    import datetime as dt

    from organiser.domain.model import Clause, Delegation, DelegationKind, Member, Person, PersonName, Role
    from organiser.services.exchange import add_sample
    from organiser.storage import clauses as clause_store
    from organiser.storage import events as event_store
    from organiser.storage import reference
    from organiser.storage.db import open_workspace

    workspace = open_workspace(path)
    add_sample(workspace)
    with workspace.atomic() as db:
        sample_events = event_store.events(db)
        meeting = next(e for e in sample_events if e.ordinal is not None)
        states = list(reference.states(db).values())
        sample_clauses = list(clause_store.clauses(db).values())
        declaration = clause_store.declarations_of_event(db, meeting.id)[0]
        persons = []
        for number in range(PERSONS - len(reference.persons(db))):
            names = {language: PersonName(f"Given{number}", f"Surname{number}", "Mr.", "", f"Prosecutor {number}")
                     for language in ("en", "ru", "az")}
            persons.append(reference.save_person(db, Person(f"person-{number:05d}", names)))
        for number in range(CLAUSES - len(sample_clauses)):
            model = sample_clauses[number % len(sample_clauses)]
            clause_store.save_clause(db, Clause(f"{model.key}-{number:04d}", model.kind, dict(model.texts),
                                                [*model.tags, f"batch-{number % 50}"], model.note))
        delegations_left = DELEGATIONS - sum(len(event_store.delegations(db, e.id)) for e in sample_events)
        events_left = EVENTS - len(sample_events)
        per_event = delegations_left // events_left
        person_index = 0
        for number in range(events_left):
            event = copy.deepcopy(meeting)
            event.id = None
            event.ordinal = None
            event.start_date = dt.date(2000, 1, 3) + dt.timedelta(days=10 * number)
            event.end_date = None
            event.title = {"en": f"Working meeting {number} on cooperation", "ru": f"Рабочая встреча {number}"}
            event.city = {"en": ("Bishkek", "Baku", "Astana", "Ankara", "Tashkent")[number % 5]}
            event_store.save_event(db, event)
            count = per_event + (1 if number < delegations_left - per_event * events_left else 0)
            for index in range(count):
                members = []
                for role in (Role.HEAD, Role.MEMBER):
                    members.append(Member(persons[person_index % len(persons)], role))
                    person_index += 1
                event_store.add_delegation(db, event.id, Delegation(
                    DelegationKind.STATE, members=members, state=states[(number + index) % len(states)]))
            declaration.id = None
            declaration.event_id = event.id
            clause_store.save_declaration(db, copy.deepcopy(declaration))
    workspace.close()


def median_ms(step, repeat: int) -> float:
    step()  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate the workspace here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="organiser-bench-scale-") as folder:
        os.environ.setdefault("ORGANISER_DATA_DIR", folder)
        path = args.keep or Path(folder) / "large.sqlite"
        started = time.perf_counter()
        if not path.exists():
            generate(path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s, "
              f"{path.stat().st_size / 1e6:.1f} MB")

        from PySide6.QtWidgets import QApplication

        from organiser.documents.export import export_document
        from organiser.services import declarations, delegations, events, reference_data
        from organiser.storage.db import backup_folder, open_workspace
        from organiser.ui.main_window import MainWindow
        from organiser.ui.settings import Settings

        results: list[tuple[str, float, bool]] = []
        steps = []

        def measure(label: str, step, *, interactive: bool = True) -> None:
            results.append((label, median_ms(step, args.repeat), interactive))
            steps.append(step)

        def first_open_of_a_day():
            for old in backup_folder(path).glob("*.sqlite"):
                old.unlink()
            open_workspace(path).close()

        measure("open the workspace, first time in a day (with its backup)", first_open_of_a_day, interactive=False)
        measure("open the workspace", lambda: open_workspace(path).close())

        workspace = open_workspace(path)
        counts = {table: workspace.db[table].count for table in ("events", "delegations", "persons", "clauses")}
        print("workspace: " + ", ".join(f"{count:,} {table}" for table, count in counts.items()))
        all_events = events.list_events(workspace)
        busiest = next(e for e in all_events if e.ordinal is not None)  # the sample's meeting, with its declaration
        measure("list the events", lambda: events.list_events(workspace))
        measure("protocol order of one event", lambda: events.ordered_delegations(workspace, event_id=busiest.id))
        measure("delegations of one event with members",
                lambda: delegations.event_delegations(workspace, event_id=busiest.id))
        def reference_read_in_full():
            reference_data.follow(workspace, None, since=())  # drop what is kept: the first read, or another process wrote
            reference_data.reference_data(workspace)

        persons = iter(list(reference_data.reference_data(workspace)["persons"].values())[:50] * 10)

        def reference_after_a_change():
            # As the window does an edit (Session.perform): a person renamed through the service, the change
            # followed, then the reference data a form offers read again.
            person = copy.deepcopy(next(persons))
            language, name = next(iter(person.names.items()))
            person.names[language] = dataclasses.replace(name, surname=name.surname[::-1])
            since = reference_data.stamp(workspace)
            reference_data.follow(workspace, delegations.save_person(workspace, person=person), since=since)
            reference_data.reference_data(workspace)

        measure("reference data a form offers, read in full (10,000 persons)", reference_read_in_full)
        measure("reference data a form offers, after a change (10,000 persons)", reference_after_a_change)
        measure("the clause library (5,000 clauses)", lambda: declarations.clause_library(workspace))
        out = Path(folder) / "declaration.docx"
        measure("export one declaration (.docx)", lambda: export_document(
            workspace, kind="declaration", event_id=busiest.id, out=out, language="en", force=True),
            interactive=False)

        app = QApplication.instance() or QApplication(sys.argv[:1])
        windows = []

        def show_window():
            window = MainWindow(workspace, Settings())
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            windows.append(window)

        measure("the window's first show on it", show_window)
        window = windows[-1]
        page = window.pages["events"]
        filters = iter(["Baku", "Bishkek", "meeting 4", "Astana", "Tashkent", "Ankara", "cooperation", "Рабочая"] * 10)
        measure("filter the Events screen's list", lambda: (page.ui.event_filter.setText(next(filters)),
                                                             app.processEvents()))
        ids = iter([e.id for e in all_events] * 3)
        measure("select an event in the window", lambda: (window.session.select_event(next(ids)),
                                                          app.processEvents()))
        window.show_page("delegations")
        measure("select an event, Delegations screen shown", lambda: (window.session.select_event(next(ids)),
                                                                      app.processEvents()))
        # Memory apart from the timings (tracemalloc slows every allocation): each step once more, traced.
        tracemalloc.start()
        for step in steps:
            step()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        for window in windows:
            window.close()
        workspace.close()

    width = max(len(label) for label, *_ in results)
    print(f"\n{'step':<{width}}  median    goal {GOAL_MS:.0f} ms   ({args.repeat} runs each)")
    for label, ms, interactive in results:
        verdict = ("met" if ms < GOAL_MS else "NOT met") if interactive else "(not interactive)"
        print(f"{label:<{width}}  {ms:7.1f} ms  {ms / GOAL_MS:5.2f} × goal  {verdict}")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"\npeak memory: Python allocations {peak / 2**20:.0f} MiB (tracemalloc, over one more run of every step), "
          f"process {maxrss:.0f} MiB (max RSS)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
