"""Exchange files, well-formed or not, thrown at the importer: the only error ever raised is the
documented one (a ValidationError naming the place in the file; a TemplateError for a clause text), and an
import that fails leaves the workspace exactly as it was."""
from __future__ import annotations

import copy
import json
import sqlite3

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from organiser import paths
from organiser.domain.errors import OrganiserError, TemplateError, ValidationError
from organiser.domain.exchange import parse_package
from organiser.services import exchange
from organiser.storage.db import Workspace, open_workspace

from strategies import HOSTILE_TEXTS, hostile_text, json_values

SAMPLE = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))


def _paths(value, prefix=()):
    """Every place in a JSON value: (path of keys/indices) for each object member and list item."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*prefix, key))
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(item, (*prefix, index)))
    return found


SAMPLE_PATHS = _paths(SAMPLE)


def _at(data, path):
    for step in path:
        data = data[step]
    return data


# The places holding a number or a single text (dates, times, codes, keys, names): the likeliest to break.
SCALAR_PATHS = [path for path in SAMPLE_PATHS if isinstance(_at(SAMPLE, path), (int, str))]
MUTATIONS = ("drop", "hostile", "type", "number", "duplicate")


@st.composite
def mutated_samples(draw):
    """The sample council's file with a few places changed: a key dropped, a value replaced by hostile text
    or by a value of another type, a list item doubled."""
    data = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(SCALAR_PATHS if draw(st.booleans()) else SAMPLE_PATHS))
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this place
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation made a text of this place's container
        action = draw(st.sampled_from(MUTATIONS))
        if action == "drop":
            del parent[path[-1]]
        elif action == "hostile":
            parent[path[-1]] = draw(hostile_text)
        elif action == "type":
            parent[path[-1]] = draw(st.one_of(st.none(), st.booleans(), st.integers(-2, 10**20), st.floats(),
                                              st.just([]), st.just({}), st.just([current]), st.just({"x": current})))
        elif action == "number":
            parent[path[-1]] = draw(st.one_of(st.integers(), st.sampled_from([0, -1, 2**63, -2**63 - 1, 10**20])))
        elif isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(current))
    return data


def _dump(workspace: Workspace) -> str:
    return "\n".join(workspace.db.conn.iterdump())


@pytest.fixture(scope="module")
def base_workspace():
    """A workspace holding one event typed in by hand, copied afresh for every example."""
    import datetime as dt

    from organiser.domain.model import Event, EventKind
    from organiser.services.events import save_event

    workspace = open_workspace(None)
    save_event(workspace, event=Event(EventKind.SEMINAR, dt.date(2025, 3, 4), title={"en": "Typed in by hand"}))
    yield workspace
    workspace.close()


def _copy(workspace: Workspace) -> Workspace:
    conn = sqlite3.connect(":memory:")
    workspace.db.conn.backup(conn)
    copied = Workspace(sqlite_utils.Database(conn), None)
    copied.db.execute("pragma foreign_keys = on")
    return copied


def _import_all_or_nothing(workspace: Workspace, package) -> None:
    before = _dump(workspace)
    events_before = workspace.db["events"].count
    try:
        change = exchange.import_package(workspace, package=package)
    except OrganiserError:
        assert _dump(workspace) == before, "a failed import changed the workspace"
        return
    assert workspace.db["events"].count == events_before + len(change.added.get("event", ()))
    assert workspace.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert workspace.db.execute("pragma foreign_key_check").fetchall() == []


def _import_into_a_copy(base: Workspace, package) -> None:
    workspace = _copy(base)
    try:
        _import_all_or_nothing(workspace, package)
    finally:
        workspace.close()


@given(json_values)
def test_parse_package_of_any_json_raises_only_validation_errors(data):
    try:
        parse_package(data)
    except (ValidationError, TemplateError):
        pass


@given(st.dictionaries(st.sampled_from(sorted(SAMPLE)), json_values, max_size=8).map(
    lambda d: {"format": "organiser-package", "version": 1, **d}))
def test_parse_package_of_a_package_with_any_sections(data):
    try:
        parse_package(data)
    except (ValidationError, TemplateError):
        pass


@given(mutated_samples())
def test_mutated_sample_parses_or_names_the_problem_and_imports_all_or_nothing(base_workspace, data):
    try:
        package = parse_package(data)
    except (ValidationError, TemplateError) as error:
        assert str(error).strip(), "an error without a message"
        return
    _import_into_a_copy(base_workspace, package)


def test_the_unmutated_sample_imports(base_workspace):
    workspace = _copy(base_workspace)
    change = exchange.import_package(workspace, package=parse_package(copy.deepcopy(SAMPLE)))
    assert change.count("event") == 2


BROKEN_FILES = {
    "empty": b"", "bom and object": b"\xef\xbb\xbf{}", "utf-16 object": b"\xff\xfe{\x00}\x00", "null": b"null",
    "list": b"[]", "deep objects": b"{" * 5000, "deep lists": b"[" * 100_000,
    "huge version": b'{"format": "organiser-package", "version": 1e999}', "lone surrogate": b'"\\ud800"',
    "long number": b"1" * 5000, "sample in utf-16": json.dumps(SAMPLE).encode("utf-16"),
    "cut sample": json.dumps(SAMPLE)[:-10].encode(),
}


@given(st.one_of(st.binary(max_size=400), st.sampled_from(sorted(BROKEN_FILES))))
def test_importing_a_file_of_any_bytes_fails_cleanly_and_changes_nothing(base_workspace, tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fuzz") / "package.json"
    path.write_bytes(BROKEN_FILES[content] if isinstance(content, str) else content)  # by name: a short repr
    workspace = _copy(base_workspace)
    before = _dump(workspace)
    try:
        with pytest.raises(OrganiserError) as error:
            exchange.import_package_file(workspace, path=path)
        assert str(path) in str(error.value)
        assert _dump(workspace) == before
    finally:
        workspace.close()


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_in_every_title_of_the_sample(base_workspace, text):
    data = copy.deepcopy(SAMPLE)
    for event in data["events"]:
        event["title"] = {"en": text}
    try:
        package = parse_package(data)
    except (ValidationError, TemplateError):
        return
    _import_into_a_copy(base_workspace, package)
