#!/usr/bin/env python3
"""An exchange file of 100,000 delegations imported with the real command, then ``order`` on it; and files
over the caps refused. Each figure is printed against its goal (issue 15: the import took 289 s, ``order``
424 s, a 1,000,000-delegation file 35 s and 1.6 GB only to be parsed).

    python3 bench/bench_import.py [--keep FOLDER]

The package is made through the exchange format (domain/exchange.py, written by services/exchange.py):
100 events of a council, each at the cap of 1,000 delegations (600 states, 300 organisations, 100 guest
institutions), each delegation with a head and a member (200,000 members; 2,000 persons, the same at
every event). It is imported by ``python -m organiser --workspace W import F`` in a new process, and
``order`` is run on one of its events; each figure is that command's wall-clock time, start-up included,
and its peak resident memory. Then, apart, the refusals: one event of 100,000 delegations (over the cap of
delegations per event) and 1,000,000 delegations in 1,000 events (over the size cap).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVENTS, STATES, ORGANISATIONS, GUESTS = 100, 600, 300, 100  # 1,000 delegations an event
IMPORT_GOAL_S, ORDER_GOAL_S, REFUSAL_GOAL_S = 10.0, 1.0, 1.0


def _state_code(number: int) -> str:
    return chr(65 + number // 26) + chr(65 + number % 26)


def make_package():
    """The 100,000-delegation package, as the records parse_package reads."""
    from organiser.domain.exchange import DelegationRecord, EventRecord, MemberRecord, Package
    from organiser.domain.model import (
        Council, DelegationKind, EventKind, Institution, Organisation, OrganisationName, Person, PersonName, Role,
        State, StateName, StateStatus,
    )

    states = [State(_state_code(n), StateStatus.MEMBER, {"en": StateName(f"State {n}", f"Republic of State {n}")})
              for n in range(STATES)]
    organisations = [Organisation(f"ORG-{n:03d}", {"en": OrganisationName(f"O{n}", f"Organisation number {n}")})
                     for n in range(ORGANISATIONS)]
    institutions = [Institution(f"institution-{n:03d}", {"en": f"Institute number {n}"}) for n in range(GUESTS)]
    persons = [Person(f"person-{n:04d}", {"en": PersonName(f"Given{n}", f"Surname{n}", "Mr.", "", f"Prosecutor {n}")})
               for n in range(2 * (STATES + ORGANISATIONS + GUESTS))]
    council = Council("bench-council", {"en": "Council of the bench"})

    def delegations():
        made = []
        for n in range(STATES + ORGANISATIONS + GUESTS):
            head = Role.ORGANISATION_REPRESENTATIVE if STATES <= n < STATES + ORGANISATIONS else Role.HEAD
            if n >= STATES + ORGANISATIONS:
                head = Role.GUEST_SPEAKER
            members = [MemberRecord(persons[2 * n].key, head), MemberRecord(persons[2 * n + 1].key, Role.MEMBER)]
            if n < STATES:
                made.append(DelegationRecord(DelegationKind.STATE, states[n].code, None, None, members))
            elif n < STATES + ORGANISATIONS:
                made.append(DelegationRecord(DelegationKind.ORGANISATION, None, organisations[n - STATES].code,
                                             None, members))
            else:
                made.append(DelegationRecord(DelegationKind.GUEST, None, None,
                                             institutions[n - STATES - ORGANISATIONS].key, members))
        return made

    events = [EventRecord(council=council.key, kind=EventKind.COUNCIL_MEETING, ordinal=number + 1,
                          title={"en": f"Meeting {number + 1} of the Council of the bench"}, topic={},
                          start_date=dt.date(1930, 1, 1) + dt.timedelta(days=200 * number), end_date=None,
                          city={"en": "Baku"}, country=states[number % STATES].code, venue={},
                          host_institution=None, precedence_language="en", delegations=delegations())
              for number in range(EVENTS)]
    return Package(states=states, organisations=organisations, institutions=institutions, persons=persons,
                   councils=[council], events=events, note="bench/bench_import.py")


def _run_measured(*args: str) -> tuple[float, int, int, str, str]:
    """(seconds, peak resident KiB, exit code, stdout, stderr) of ``python -m organiser ARGS`` in a new
    process: its own peak memory, by wait4 on it (not the cumulative RUSAGE_CHILDREN)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "organiser", *args], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out = process.stdout.read()
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, process.returncode, out.decode(), err.decode()


def _over_the_caps(folder: Path, package_dict: dict) -> tuple[Path, Path]:
    """One event of 100,000 delegations, and 1,000 events of 1,000 (1,000,000), as JSON: the same
    delegation objects repeated, so that making them costs little memory."""
    event = package_dict["events"][0]
    one_event = dict(package_dict, events=[dict(event, delegations=event["delegations"] * EVENTS)])
    wide = folder / "one-event-100000.json"
    with wide.open("w", encoding="utf-8") as out:
        json.dump(one_event, out, ensure_ascii=False, indent=1)
    events = [dict(event, ordinal=(n % 999) + 1, start_date=(dt.date(1000, 1, 1) + dt.timedelta(days=n)).isoformat())
              for n in range(10 * EVENTS)]
    huge = folder / "1000000-delegations.json"
    with huge.open("w", encoding="utf-8") as out:
        json.dump(dict(package_dict, events=events), out, ensure_ascii=False, indent=1)
    return wide, huge


def _verdict(value: float, goal: float) -> str:
    return "met" if value < goal else "NOT met"


def generate(folder: Path) -> None:
    """Write the three files into ``folder`` (run in a process of its own: a child forked from a process
    that held the package would report its memory as the child's peak)."""
    from organiser.domain.exchange import package_to_dict
    from organiser.services.exchange import write_package_file

    started = time.perf_counter()
    package = make_package()
    package_path = write_package_file(package, folder / "100000-delegations.json", force=True)
    delegations = sum(len(e.delegations) for e in package.events)
    members = sum(len(d.members) for e in package.events for d in e.delegations)
    print(f"generated {package_path.name}: {len(package.events)} events, {delegations:,} delegations, "
          f"{members:,} members, {len(package.persons):,} persons, {package_path.stat().st_size / 2**20:.1f} MiB, "
          f"in {time.perf_counter() - started:.1f} s")
    wide, huge = _over_the_caps(folder, package_to_dict(package))
    print(f"generated {wide.name} ({wide.stat().st_size / 2**20:.1f} MiB) and {huge.name} "
          f"({huge.stat().st_size / 2**20:.0f} MiB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="FOLDER", type=Path, help="write the files there and keep them")
    parser.add_argument("--generate-into", metavar="FOLDER", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_into:
        generate(args.generate_into)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="organiser-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ORGANISER_DATA_DIR", str(folder / "data"))
    (folder / "data").mkdir(exist_ok=True)
    subprocess.run([sys.executable, __file__, "--generate-into", str(folder)], check=True)
    package_path = folder / "100000-delegations.json"
    wide, huge = folder / "one-event-100000.json", folder / "1000000-delegations.json"
    delegations = EVENTS * (STATES + ORGANISATIONS + GUESTS)
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores\n")

    workspace = folder / "bench.sqlite"
    for stale in folder.glob("bench.sqlite*"):
        stale.unlink() if stale.is_file() else None
    rows = []
    seconds, peak, code, out, err = _run_measured("--workspace", str(workspace), "import", str(package_path))
    assert code == 0 and out.count("imported event") == EVENTS, (code, out[-500:], err)
    rows.append((f"import of {delegations:,} delegations", seconds, IMPORT_GOAL_S, peak))
    seconds, peak, code, out, err = _run_measured("--workspace", str(workspace), "order", str(EVENTS // 2))
    assert code == 0 and len(out.splitlines()) == STATES + ORGANISATIONS + GUESTS, (code, err)
    rows.append((f"order of an event of {STATES + ORGANISATIONS + GUESTS:,} delegations", seconds, ORDER_GOAL_S, peak))
    seconds, peak, code, out, err = _run_measured("--workspace", str(workspace), "events")
    assert code == 0 and len(out.splitlines()) == EVENTS, (code, err)
    rows.append(("events (listing them)", seconds, ORDER_GOAL_S, peak))
    for path, expected in ((wide, "delegations"), (huge, "too large")):
        seconds, peak, code, out, err = _run_measured("--workspace", str(workspace), "import", str(path))
        assert code == 1 and expected in err, (code, err)
        rows.append((f"refusal of {path.name}", seconds, REFUSAL_GOAL_S, peak))
        print(f"{path.name}: {err.strip()}")

    header = "command (a new process each, start-up included)"
    width = max(len(header), *(len(label) for label, *_ in rows))
    print(f"\n{header:<{width}}  {'time':>8}  {'goal':>6}  {'':7}  peak memory")
    for label, seconds, goal, peak in rows:
        print(f"{label:<{width}}  {seconds:6.2f} s  {goal:4.0f} s  {_verdict(seconds, goal):<7}  {peak / 1024:.0f} MiB")
    print(f"\nworkspace {workspace.stat().st_size / 2**20:.0f} MiB; files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
