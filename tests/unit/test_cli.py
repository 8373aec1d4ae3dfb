"""Every command, and every way of giving it bad input: one line naming the problem, a non-zero exit,
nothing saved changed, no traceback."""
import json
import sqlite3

import pytest

from organiser.app import main


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    assert main(["--workspace", str(path), "sample"]) == 0
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def assert_one_line_error(code, err, *fragments):
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("organiser: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_events_prints_id_date_title(workspace, capsys):
    code, out, _ = run(capsys, "--workspace", workspace, "events")
    assert code == 0
    assert out.splitlines() == [
        "2\t2023-08-08\tInternational seminar of the Council of Prosecutors General of the Organization of Turkic States",
        "1\t2024-07-25\t3rd meeting of the Council of Prosecutors General of the Organization of Turkic States",
    ]


@pytest.mark.parametrize("language, expected", [
    ("tr", "AZ KZ KG UZ TR OTS"), ("az", "AZ KZ KG UZ TR OTS"), ("ky", "AZ KZ KG UZ TR OTS"),
    ("kk", "AZ KZ KG UZ TR OTS"), ("en", "AZ KZ KG TR UZ OTS"), ("ru", "AZ KZ KG TR UZ OTS"),
])
def test_order_in_each_language(workspace, capsys, language, expected):
    code, out, _ = run(capsys, "--workspace", workspace, "order", "1", "--language", language)
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[0] for line in lines] == [str(n) for n in range(1, 7)]
    assert " ".join(line[1] for line in lines) == expected


def test_order_names_in_the_language(workspace, capsys):
    _, out, _ = run(capsys, "--workspace", workspace, "order", "2024-07-25", "--language", "kk")
    assert out.splitlines()[0] == "1\tAZ\tӘзірбайжан"
    assert out.splitlines()[-1] == "6\tOTS\tТүркі мемлекеттері ұйымы"


def test_sample_twice_adds_nothing_the_second_time(workspace, capsys):
    before = rows(workspace, "events")
    code, out, _ = run(capsys, "--workspace", workspace, "sample")
    assert code == 0 and "0 events added" in out
    assert rows(workspace, "events") == before


@pytest.mark.parametrize("event, message", [
    ("42", "there is no event 42"),
    ("2030-01-01", "there is no event on 2030-01-01"),
    ("third", "EVENT must be an event ID or a date YYYY-MM-DD, not 'third'"),
])
def test_unknown_event(workspace, capsys, event, message):
    for command in (["order", event], ["export", "declaration", event, "--out", workspace.parent / "d.docx"],
                    ["export", "package", event, "--out", workspace.parent / "p.json"]):
        code, _, err = run(capsys, "--workspace", workspace, *command)
        assert_one_line_error(code, err, message)
    assert not (workspace.parent / "d.docx").exists() and not (workspace.parent / "p.json").exists()


def test_unknown_language(workspace, capsys):
    code, _, err = run(capsys, "--workspace", workspace, "order", "1", "--language", "xx")
    assert_one_line_error(code, err, "language 'xx' is not supported for collation")
    code, _, err = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--out",
                       workspace.parent / "d.docx", "--language", "xx")
    assert_one_line_error(code, err, "language 'xx'")
    assert not (workspace.parent / "d.docx").exists()


def test_a_declaration_missing_names_in_the_language_names_them(workspace, capsys):
    # The sample names the 3rd meeting's people in en, az, ru, kk, ky and tr, not in Uzbek.
    code, _, err = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--out",
                       workspace.parent / "d.docx", "--language", "uz")
    assert_one_line_error(code, err)
    assert "'uz'" in err


def test_an_event_without_declaration(workspace, capsys):
    code, _, err = run(capsys, "--workspace", workspace, "export", "declaration", "2", "--out", workspace.parent / "d.docx")
    assert_one_line_error(code, err, "event 2 has no declaration yet")


def test_export_never_overwrites_without_force(workspace, capsys, tmp_path):
    out = tmp_path / "d.docx"
    out.write_text("an earlier draft")
    code, _, err = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--out", out)
    assert_one_line_error(code, err, "already exists")
    assert out.read_text() == "an earlier draft"
    code, _, _ = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--out", out, "--force")
    assert code == 0 and out.read_bytes()[:2] == b"PK"


def test_export_into_a_missing_folder(workspace, capsys, tmp_path):
    code, _, err = run(capsys, "--workspace", workspace, "export", "package", "1", "--out", tmp_path / "no" / "p.json")
    assert_one_line_error(code, err, "does not exist")


def write(tmp_path, content, name="package.json"):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


@pytest.fixture
def package(workspace, tmp_path, capsys):
    path = tmp_path / "meeting.json"
    assert main(["--workspace", str(workspace), "export", "package", "1", "--out", str(path)]) == 0
    capsys.readouterr()
    return json.loads(path.read_text(encoding="utf-8"))


def test_package_import_into_an_empty_workspace(package, tmp_path, capsys):
    target = tmp_path / "empty.sqlite"
    code, out, _ = run(capsys, "--workspace", target, "import", write(tmp_path, package))
    assert code == 0 and out.strip() == "imported event 1"
    assert rows(target, "delegations") == 6 and rows(target, "persons") == 6
    assert rows(target, "states") == 5  # the five members; nothing the event does not use


def bad_packages(package):
    """(name, change to make, fragment the message must hold)"""
    def edit(fn):
        data = json.loads(json.dumps(package))
        fn(data)
        return data
    return [
        ("missing field", edit(lambda d: d["events"][0].pop("start_date")), "events[0].start_date: is missing"),
        ("wrong type", edit(lambda d: d["events"][0].__setitem__("ordinal", "three")), "events[0].ordinal: must be a whole number, not str"),
        ("bad date", edit(lambda d: d["events"][0].__setitem__("start_date", "25.07.2024")), "'25.07.2024' is not a date"),
        ("unknown state", edit(lambda d: d["events"][0]["delegations"][0].__setitem__("state", "XX")),
         "events[0].delegations[0].state: unknown state 'XX'"),
        ("unknown person", edit(lambda d: d["events"][0]["delegations"][1]["members"][0].__setitem__("person", "nobody")),
         "unknown person 'nobody'"),
        ("bad role", edit(lambda d: d["events"][0]["delegations"][1]["members"][0].__setitem__("role", "king")),
         "'king' is not one of head"),
        ("bad template", edit(lambda d: d["clauses"][0]["texts"].__setitem__("en", "Declaration of {meeting.__class__}")),
         "clauses[0].texts.en"),
        ("duplicate key", edit(lambda d: d["persons"].append(d["persons"][0])), "appears twice"),
        ("end before start", edit(lambda d: d["events"][0].__setitem__("end_date", "2024-07-01")), "end_date: is before the start date"),
        ("not ours", {"format": "something-else"}, "format: must be 'organiser-package'"),
        ("newer version", edit(lambda d: d.__setitem__("version", 99)), "version: 99 is newer"),
        ("list instead of object", [1, 2, 3], "must be an object, not list"),
    ]


def test_bad_packages_are_refused_whole(package, tmp_path, capsys):
    target = tmp_path / "target.sqlite"
    main(["--workspace", str(target), "events"])
    for name, content, fragment in bad_packages(package):
        code, _, err = run(capsys, "--workspace", target, "import", write(tmp_path, content, f"{name}.json"))
        assert_one_line_error(code, err, fragment)
        for table in ("events", "persons", "states", "clauses", "delegations"):
            assert rows(target, table) == 0, (name, table)


@pytest.mark.parametrize("content, fragment", [
    ("{not json", "not valid JSON (line 1, column 2"),
    (b"\xff\xfe\x00garbage", "cannot be read"),
])
def test_unreadable_files_are_refused(workspace, tmp_path, capsys, content, fragment):
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, _, err = run(capsys, "--workspace", workspace, "import", path)
    assert_one_line_error(code, err, fragment)


def test_a_missing_import_file(workspace, capsys, tmp_path):
    code, _, err = run(capsys, "--workspace", workspace, "import", tmp_path / "absent.json")
    assert_one_line_error(code, err, "no such file")


def test_importing_an_event_already_there_changes_nothing(workspace, package, tmp_path, capsys):
    before = {t: rows(workspace, t) for t in ("events", "delegations", "persons")}
    code, _, err = run(capsys, "--workspace", workspace, "import", write(tmp_path, package))
    assert_one_line_error(code, err, "is already in this workspace (event 1); nothing was imported")
    assert {t: rows(workspace, t) for t in before} == before


def test_a_foreign_workspace_file_is_refused(tmp_path, capsys):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--workspace", path, "events")
    assert_one_line_error(code, err, "is not an organiser workspace")
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_argument_errors_exit_2_with_usage(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", "declaration"])
    assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["sample"], ["events"], ["order"], ["export"], ["export", "declaration"],
                                     ["export", "package"], ["import"]])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    assert "usage: organiser" in capsys.readouterr().out


def test_an_unexpected_error_is_logged_not_shown(workspace, capsys, monkeypatch):
    from organiser.services import events

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(events, "list_events", broken)
    code, _, err = run(capsys, "--workspace", workspace, "events")
    assert code == 70
    assert_one_line_error(code, err, "unexpected error", "organiser.log")


# --- the clause library file, revisions and their comparison (issue 6) ---------------------------------------

def _library_with_changes(tmp_path, exported):
    data = json.loads(exported.read_text(encoding="utf-8"))
    for clause in data["clauses"]:
        if clause["key"] == "operative-next-meeting":
            clause["texts"]["en"] = clause["texts"]["en"].replace("To organize", "To organise")
    data["clauses"].append({"key": "operative-new", "kind": "operative", "texts": {"en": "New."}})
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return theirs


def test_library_export_then_import_with_a_conflict(workspace, tmp_path, capsys):
    exported = tmp_path / "library.json"
    code, out, _ = run(capsys, "--workspace", workspace, "export", "library", "--out", exported)
    assert code == 0 and out == f"wrote {exported}\n"
    assert len(json.loads(exported.read_text(encoding="utf-8"))["clauses"]) == rows(workspace, "clauses")
    theirs = _library_with_changes(tmp_path, exported)
    before = rows(workspace, "clauses")

    code, out, err = run(capsys, "--workspace", workspace, "import-library", theirs)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "added operative-new"
    assert lines[2] == "operative-next-meeting: the workspace's version kept; the file's differs"
    assert lines[3].startswith("  texts.en | workspace: To organize the {next_meeting_ordinal:word} meeting")
    assert " | file: To organise the " in lines[3]
    assert lines[-1].startswith("1 conflicting clause left as the workspace has it")
    assert rows(workspace, "clauses") == before + 1

    code, out, _ = run(capsys, "--workspace", workspace, "import-library", theirs, "--take-theirs", "operative-next-meeting")
    assert code == 0 and "operative-next-meeting: the file's version replaces the workspace's" in out
    code, out, _ = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--out", tmp_path / "d.docx")
    import docx

    from organiser.documents.numbering import labelled_text, labels
    document = docx.Document(tmp_path / "d.docx")
    found = labels(document)  # the operative clauses' numbers are Word's, read from their numbering
    assert any(labelled_text(p, found).startswith("4. To organise the fourth") for p in document.paragraphs)


def test_import_library_refuses_a_bad_file_or_choice_and_imports_nothing(workspace, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "organiser-clause-library", "version": 1,
                               "clauses": [{"key": "x", "kind": "operative", "texts": {"en": "{"}}]}), encoding="utf-8")
    before = rows(workspace, "clauses")
    code, _, err = run(capsys, "--workspace", workspace, "import-library", bad)
    assert_one_line_error(code, err, "bad.json: clauses[0].texts.en: a lone '{'")
    code, _, err = run(capsys, "--workspace", workspace, "import-library", bad.with_name("missing.json"))
    assert_one_line_error(code, err, "missing.json: no such file")
    exported = tmp_path / "library.json"
    run(capsys, "--workspace", workspace, "export", "library", "--out", exported)
    code, _, err = run(capsys, "--workspace", workspace, "import-library", _library_with_changes(tmp_path, exported),
                       "--keep-both", "operative-new")
    assert_one_line_error(code, err, "--keep-both: operative-new: not a clause in conflict")
    assert rows(workspace, "clauses") == before


def test_revisions_listed_exported_and_compared(workspace, tmp_path, capsys):
    from organiser.services import declarations, revisions
    from organiser.storage.db import open_workspace

    with open_workspace(workspace) as ws:
        draft = declarations.event_declaration(ws, event_id=1)
        revisions.save_revision(ws, declaration_id=draft.id, author="Aida", comment="agreed")
        declarations.set_declaration_value(ws, declaration_id=draft.id, name="next_meeting_year", value="2026")
        revisions.save_revision(ws, declaration_id=draft.id, author="Berik", comment="2026")
    code, out, _ = run(capsys, "--workspace", workspace, "revisions", "2024-07-25")
    assert code == 0
    assert [line.split("\t")[::2] for line in out.splitlines()] == [["1", "Aida"], ["2", "Berik"]]

    first = tmp_path / "first.docx"
    code, out, _ = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--revision", "1", "--out", first)
    assert code == 0 and out == f"wrote {first}\n"
    import docx
    assert any("in 2025 in the Republic of Uzbekistan" in p.text for p in docx.Document(first).paragraphs)

    comparison = tmp_path / "cmp.docx"
    code, out, _ = run(capsys, "--workspace", workspace, "export", "comparison", "1", "--from", "1", "--to", "2",
                       "--out", comparison)
    assert code == 0 and out == f"wrote {comparison}\n"
    assert "Language: en. 1 word inserted, 1 deleted." in [p.text for p in docx.Document(comparison).paragraphs]

    code, _, err = run(capsys, "--workspace", workspace, "export", "declaration", "1", "--revision", "9",
                       "--out", tmp_path / "nine.docx")
    assert_one_line_error(code, err, "has no revision 9; its revisions are 1, 2")
    assert not (tmp_path / "nine.docx").exists()
    code, _, err = run(capsys, "--workspace", workspace, "export", "comparison", "1", "--from", "1", "--out", comparison)
    assert_one_line_error(code, err, "already exists")


def _drop_programme(path):
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.execute("drop table programme_items")
    conn.commit()
    conn.close()


def _add_trigger(path):
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.execute("create trigger t_rewrite after insert on events begin update events set title = '{}'; end")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("spoil, fragments", [
    (_drop_programme, ["was not opened: its schema is not organiser's: table programme_items is missing",
                       "; the newest good backup is "]),
    (_add_trigger, ["its schema is not organiser's: trigger t_rewrite is not organiser's"]),
    (lambda path: path.write_bytes(b""), ["is empty (0 bytes), not an organiser workspace"]),
])
def test_a_workspace_that_cannot_be_trusted_is_one_line_and_left_as_it_is(workspace, capsys, spoil, fragments):
    import hashlib

    assert main(["--workspace", str(workspace), "events"]) == 0  # the first open of the day: a good backup
    capsys.readouterr()
    spoil(workspace)
    before = hashlib.sha256(workspace.read_bytes()).hexdigest()
    siblings = sorted(p.name for p in workspace.parent.iterdir())
    for command in (["events"], ["sample"]):
        code, out, err = run(capsys, "--workspace", workspace, *command)
        assert code == 1 and out == ""
        assert_one_line_error(code, err, str(workspace), *fragments)
    assert hashlib.sha256(workspace.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in workspace.parent.iterdir()) == siblings


def test_an_over_long_file_name_is_said_so(tmp_path, capsys):
    code, _out, err = run(capsys, "--workspace", tmp_path / ("w" * 300 + ".sqlite"), "events")
    assert code == 1
    assert_one_line_error(code, err, "File name too long")
