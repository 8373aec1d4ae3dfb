"""Issue 15, items 5 and 8: files over a cap, FIFOs and devices refused in one line before the workspace is
opened; an import as strict as the window (languages, lengths, duplicates, values); and whatever a
workspace exports, a workspace can import."""
from __future__ import annotations

import copy
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from organiser import paths
from organiser.app import main
from organiser.domain import limits
from organiser.domain.languages import available_languages
from organiser.domain.model import Clause, ClauseKind
from organiser.services import library

SAMPLE = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))
MEETING = 0  # the 3rd meeting, in the sample's events


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(code, err, *fragments):
    assert code == 1, err
    assert "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith("organiser: ")
    for fragment in fragments:
        assert fragment in line, line
    return line


def count(path, table):
    """Rows of ``table`` in the workspace at ``path``; 0 if it was never made (refused before opening)."""
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def write(tmp_path, data, name="package.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def sample():
    return copy.deepcopy(SAMPLE)


# --- refused before the workspace is opened ------------------------------------------------------------

def _not_opened(workspace):
    """Neither the workspace nor its lock was created: the refusal came before opening it."""
    assert not workspace.exists() and not workspace.with_name(workspace.name + ".lock").exists()


@pytest.mark.parametrize("command", ["import", "import-library"])
def test_a_fifo_is_refused_without_blocking_before_the_workspace_is_opened(tmp_path, capsys, command):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = {}
    thread = threading.Thread(target=lambda: result.update(out=run(capsys, "--workspace", tmp_path / "w.sqlite",
                                                                   command, fifo)), daemon=True)
    thread.start()
    thread.join(timeout=20)
    if thread.is_alive():  # unblock the reader so the test process can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    code, _, err = result["out"]
    refused(code, err, "pipe.json: is a FIFO (named pipe)")
    _not_opened(tmp_path / "w.sqlite")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("command", ["import", "import-library"])
def test_a_device_is_refused_unread(tmp_path, capsys, command):
    code, _, err = run(capsys, "--workspace", tmp_path / "w.sqlite", command, "/dev/zero")
    refused(code, err, "/dev/zero: is a device")
    _not_opened(tmp_path / "w.sqlite")


@pytest.mark.parametrize("command", ["import", "import-library"])
def test_a_file_over_the_size_cap_is_refused_by_its_size_unread(tmp_path, capsys, command, monkeypatch):
    big = tmp_path / "big.json"
    with big.open("wb") as out:  # sparse: the size is there, the bytes are not written
        out.truncate(limits.MAX_FILE_BYTES + 1)
    reads = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: reads.append(path) or real_open(path, *a, **k))
    code, _, err = run(capsys, "--workspace", tmp_path / "w.sqlite", command, big)
    refused(code, err, f"is too large ({limits.MAX_FILE_BYTES + 1:,} bytes", f"at most {limits.MAX_FILE_BYTES:,} bytes")
    assert str(big) not in map(str, reads)  # refused by stat, never opened
    _not_opened(tmp_path / "w.sqlite")


def test_a_file_over_a_cap_is_refused_by_stat_and_one_at_it_read(tmp_path):
    from organiser.domain.errors import OrganiserError
    from organiser.services.files import read_limited

    path = tmp_path / "package.json"
    path.write_bytes(b"x" * 100)
    with pytest.raises(OrganiserError, match=r"too large \(100 bytes; .* at most 99 bytes\)"):
        read_limited(path, "an exchange file", limit=99)
    assert read_limited(path, "an exchange file", limit=100) == b"x" * 100


def test_a_file_that_grew_after_stat_is_read_no_further_than_the_cap(tmp_path, monkeypatch):
    from organiser.domain.errors import OrganiserError
    from organiser.services import files

    small, grown = tmp_path / "small.json", tmp_path / "grown.json"
    small.write_bytes(b"{}")
    grown.write_bytes(b"x" * 10_000)
    real_stat = os.stat
    monkeypatch.setattr(files.os, "stat", lambda path, *a, **k: real_stat(small if path == grown else path, *a, **k))
    with pytest.raises(OrganiserError, match=r"too large \(51 bytes"):  # 51: the cap + 1 read, no more
        files.read_limited(grown, "an exchange file", limit=50)


# --- caps on counts --------------------------------------------------------------------------------------

def _many(data, where, key, count):
    items = where[key]
    where[key] = [copy.deepcopy(items[n % len(items)]) for n in range(count)]
    return data


@pytest.mark.parametrize("make, fragment", [
    (lambda d: _many(d, d, "events", limits.MAX_EVENTS_PER_FILE + 1),
     f"events: has {limits.MAX_EVENTS_PER_FILE + 1:,} events; at most {limits.MAX_EVENTS_PER_FILE:,}"),
    (lambda d: _many(d, d["events"][MEETING], "delegations", limits.MAX_DELEGATIONS_PER_EVENT + 1),
     f"events[0].delegations: has {limits.MAX_DELEGATIONS_PER_EVENT + 1:,} delegations; "
     f"at most {limits.MAX_DELEGATIONS_PER_EVENT:,} are allowed"),
    (lambda d: _many(d, d["events"][MEETING]["delegations"][0], "members", limits.MAX_MEMBERS_PER_DELEGATION + 1),
     f"events[0].delegations[0].members: has {limits.MAX_MEMBERS_PER_DELEGATION + 1} members; at most "
     f"{limits.MAX_MEMBERS_PER_DELEGATION}"),
    (lambda d: _many(d, d["events"][MEETING]["declarations"][0], "clauses", limits.MAX_CLAUSES_PER_DECLARATION + 1),
     "events[0].declarations[0].clauses: has 1,001 clauses; at most 1,000"),
    (lambda d: _many(d, d["events"][1], "programme", limits.MAX_PROGRAMME_ITEMS_PER_EVENT + 1),
     "events[1].programme: has 1,001 programme items"),
    (lambda d: dict(d, clauses=[{"key": f"c{n}"} for n in range(limits.MAX_CLAUSES_PER_LIBRARY + 1)]),
     "clauses: has 10,001 clauses"),  # (counted before the records are read: they need not be whole)
    (lambda d: dict(d, persons=[{"key": f"p{n}"} for n in range(limits.MAX_RECORDS_PER_LIST + 1)]),
     "persons: has 100,001 persons"),
])
def test_a_list_over_its_cap_is_refused_naming_the_cap_and_the_count(tmp_path, capsys, make, fragment):
    path = write(tmp_path, make(sample()))
    code, _, err = run(capsys, "--workspace", tmp_path / "w.sqlite", "import", path)
    refused(code, err, fragment)
    assert count(tmp_path / "w.sqlite", "events") == 0


def test_a_library_over_the_clause_cap_is_refused(tmp_path, capsys):
    clause = {"key": "c", "kind": "operative", "texts": {"en": "Text."}}
    data = {"format": "organiser-clause-library", "version": 1,
            "clauses": [dict(clause, key=f"c{n}") for n in range(limits.MAX_CLAUSES_PER_LIBRARY + 1)]}
    code, _, err = run(capsys, "--workspace", tmp_path / "w.sqlite", "import-library", write(tmp_path, data))
    refused(code, err, "clauses: has 10,001 clauses; at most 10,000 are allowed")
    _not_opened(tmp_path / "w.sqlite")


def test_at_the_caps_a_package_imports(tmp_path, capsys):
    data = sample()
    meeting = data["events"][MEETING]
    _many(data, meeting["delegations"][0], "members", limits.MAX_MEMBERS_PER_DELEGATION)
    persons = [dict(copy.deepcopy(data["persons"][0]), key=f"person-{n}") for n in range(limits.MAX_MEMBERS_PER_DELEGATION)]
    data["persons"] += persons
    meeting["delegations"][0]["members"] = [{"person": p["key"], "role": "member"} for p in persons]
    code, out, err = run(capsys, "--workspace", tmp_path / "w.sqlite", "import", write(tmp_path, data))
    assert code == 0, err
    assert count(tmp_path / "w.sqlite", "delegation_members") >= limits.MAX_MEMBERS_PER_DELEGATION


# --- as strict as the window -----------------------------------------------------------------------------

def _edit(path_and_value):
    data = sample()
    *where, key = path_and_value[0]
    target = data
    for step in where:
        target = target[step]
    value = path_and_value[1]
    if callable(value):
        value(target, key)
    else:
        target[key] = value
    return data


@pytest.mark.parametrize("edit, fragment", [
    ((("events", MEETING, "precedence_language"), "xx"), "events[0].precedence_language.xx: 'xx' is not a language"),
    ((("events", MEETING, "title"), {"hy": "Հանդիպում"}), "events[0].title.hy: 'hy' is not a language organiser supports"),
    ((("events", MEETING, "declarations", 0, "languages"), ["en", "xx"]), "events[0].declarations[0].languages.xx"),
    ((("clauses", 0, "texts"), lambda t, k: t[k].__setitem__("hy", "Text.")), "clauses[0].texts.hy"),
    ((("persons", 0, "names"), lambda t, k: t[k].__setitem__("xx", {"given_name": "A", "surname": "B"})),
     "persons[0].names.xx"),
    ((("persons", 0, "names", "en", "surname"), "S" * 201), "persons[0]: surname (en): is too long (201 characters; at most 200)"),
    ((("events", MEETING, "title", "en"), "T" * 2001), "events[0]: title (en): is too long (2001 characters; at most 2000)"),
    ((("clauses", 0, "texts", "en"), "x" * 2_800_000), "clauses[0]: text (en): is too long (2800000 characters; at most 20000)"),
    ((("persons",), lambda t, k: t[k].append({"key": "Not A Key", "names": {"en": {"given_name": "A", "surname": "B"}}})),
     f"persons[{len(SAMPLE['persons'])}]: key: must be 1–80 lower-case letters"),
    ((("events", MEETING, "delegations"), lambda t, k: t[k].append(copy.deepcopy(t[k][1]))),
     "already has a delegation at this event (delegations[1])"),
    ((("events", MEETING, "delegations", 1, "members"), lambda t, k: t[k].append(copy.deepcopy(t[k][0]))),
     "is already a member of this delegation"),
    ((("events", MEETING, "delegations", 1, "members"),
      lambda t, k: t[k].append({"person": next(p["key"] for p in SAMPLE["persons"]
                                               if p["key"] not in {m["person"] for m in t[k]}), "role": "head"})),
     "the delegation already has a head"),
    ((("events", MEETING, "delegations", 0, "manual_position"), 99), "events[0].delegations[0].manual_position: must be from 1 to"),
    ((("events", MEETING, "declarations", 0, "values", "next_meeting_year"), "next year"),
     "events[0].declarations[0].values: next_meeting_year: must be a whole number, not 'next year'"),
    ((("events", MEETING, "declarations", 0, "values", "next_meeting_host"), "ZZ"),
     "values: next_meeting_host: there is no state 'ZZ' in this workspace"),
    ((("events", MEETING, "declarations", 0, "values", "city"), "Paris"), "values: city: is not a value the drafter enters"),
])
def test_what_the_window_refuses_an_import_refuses(tmp_path, capsys, edit, fragment):
    path = write(tmp_path, _edit(edit))
    target = tmp_path / "w.sqlite"
    code, _, err = run(capsys, "--workspace", target, "import", path)
    refused(code, err, fragment)
    for table in ("events", "persons", "clauses", "states", "delegations", "declarations"):
        assert count(target, table) == 0, table


def test_a_library_in_an_unsupported_language_is_refused(tmp_path, capsys):
    data = {"format": "organiser-clause-library", "version": 1,
            "clauses": [{"key": "c", "kind": "operative", "texts": {"hy": "Text."}}]}
    code, _, err = run(capsys, "--workspace", tmp_path / "w.sqlite", "import-library", write(tmp_path, data))
    refused(code, err, "clauses[0].texts.hy: 'hy' is not a language organiser supports (az, en, kk, ky, ru, tr, uz)")


def test_the_sample_still_imports_and_exports_every_language_it_has(tmp_path, capsys):
    target = tmp_path / "w.sqlite"
    assert run(capsys, "--workspace", target, "sample")[0] == 0
    assert count(target, "events") == 2


# --- whatever a workspace exports, a workspace can import ---------------------------------------------------

def test_the_sample_round_trips_as_a_package_and_as_a_library(tmp_path, capsys):
    source = tmp_path / "source.sqlite"
    run(capsys, "--workspace", source, "sample")
    for event in ("1", "2"):
        package = tmp_path / f"event-{event}.json"
        assert run(capsys, "--workspace", source, "export", "package", event, "--out", package)[0] == 0
        code, out, err = run(capsys, "--workspace", tmp_path / f"copy-{event}.sqlite", "import", package)
        assert code == 0 and out.startswith("imported event 1"), err
    exported = tmp_path / "library.json"
    assert run(capsys, "--workspace", source, "export", "library", "--out", exported)[0] == 0
    code, out, err = run(capsys, "--workspace", tmp_path / "empty.sqlite", "import-library", exported)
    assert code == 0, err
    assert out.count("added ") == count(source, "clauses")


def test_a_library_of_clauses_at_the_longest_the_window_allows_round_trips(fresh_db, tmp_path):
    longest = limits.MAX_CLAUSE_TEXT
    for number in range(3):
        texts = {language: ("Ә" if language == "kk" else "x") * (longest - 1) + str(number)
                 for language in available_languages()}
        library.save_clause(fresh_db, clause=Clause(f"long-{number}", ClauseKind.OPERATIVE, texts,
                                                    ["t" * 60], "n" * 2000))
    path = library.write_library_file(library.export_library(fresh_db), tmp_path / "library.json")
    read = library.read_library_file(path)
    assert [len(c.texts["kk"]) for c in read.clauses] == [longest] * 3
    from organiser.storage.db import open_workspace

    with open_workspace(None) as other:
        change = library.import_library(other, library=read)
        assert len(change.added["clause"]) == 3
        assert library.plan_library_import(fresh_db, library=library.read_library_file(path)).identical == [
            "long-0", "long-1", "long-2"]


def test_the_window_refuses_a_clause_text_one_longer_than_a_library_may_hold(fresh_db):
    from organiser.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="is too long"):
        library.save_clause(fresh_db, clause=Clause("too-long", ClauseKind.OPERATIVE,
                                                    {"en": "x" * (limits.MAX_CLAUSE_TEXT + 1)}))


def test_the_clause_the_issue_found_cannot_enter_by_a_package_any_more(tmp_path, capsys):
    """Issue 15: a 2,800,000-character clause came in by `import` and then `export library` wrote a file
    `import-library` refused. Now the import refuses it, so what the workspace holds can be exported and read."""
    data = sample()
    data["clauses"][2]["texts"]["en"] = "x" * 2_800_000
    target = tmp_path / "w.sqlite"
    code, _, err = run(capsys, "--workspace", target, "import", write(tmp_path, data))
    refused(code, err, "clauses[2]: text (en): is too long (2800000 characters; at most 20000)")
    assert count(target, "clauses") == 0


def test_an_export_over_a_cap_is_refused_not_written(fresh_db, tmp_path, monkeypatch):
    from organiser.domain.errors import OrganiserError

    for number in range(3):
        library.save_clause(fresh_db, clause=Clause(f"c{number}", ClauseKind.OPERATIVE, {"en": "Text."}))
    monkeypatch.setitem(limits.LIBRARY_CAPS, "clauses", (2, "clauses", {}))
    with pytest.raises(OrganiserError, match=r"library.json was not written: clauses: has 3 clauses; at most 2 are "
                                             r"allowed \(no workspace could import it\)"):
        library.write_library_file(library.export_library(fresh_db), tmp_path / "library.json")
    assert not (tmp_path / "library.json").exists()


def test_the_readme_and_the_format_document_name_every_cap_with_its_value():
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    exchange_format = (root / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    for name, value in limits.LIMITS.items():
        for document in (readme, exchange_format):
            assert f"{value:,}" in document, (name, value)
