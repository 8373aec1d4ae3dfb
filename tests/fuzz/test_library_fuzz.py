"""The clause library importer (domain/library.py, services/library.py) on any JSON, on the sample's library
mutated, and on files of any bytes: only the documented errors, and an import that fails changes nothing."""
from __future__ import annotations

import copy
import sqlite3

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.library import library_to_dict, parse_library
from organiser.services import library as library_service
from organiser.services.exchange import add_sample
from organiser.storage.db import Workspace, open_workspace

from strategies import hostile_text, json_values
from test_import_fuzz import BROKEN_FILES, _paths

_sample = open_workspace(None)
add_sample(_sample)
LIBRARY = library_to_dict(library_service.export_library(_sample))
_sample.close()
LIBRARY_PATHS = _paths(LIBRARY)


@pytest.fixture(scope="module")
def base_workspace():
    """The sample council, whose clauses an import meets (identical, conflicting or new)."""
    workspace = open_workspace(None)
    add_sample(workspace)
    yield workspace
    workspace.close()


def _copy(workspace: Workspace) -> Workspace:
    conn = sqlite3.connect(":memory:")
    workspace.db.conn.backup(conn)
    return Workspace(sqlite_utils.Database(conn), None)


def _dump(workspace: Workspace) -> str:
    return "\n".join(workspace.db.conn.iterdump())


@st.composite
def mutated_libraries(draw):
    data = copy.deepcopy(LIBRARY)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(LIBRARY_PATHS))
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation made a text of this place's container
        action = draw(st.sampled_from(["drop", "hostile", "type", "duplicate"]))
        if action == "drop":
            del parent[path[-1]]
        elif action == "hostile":
            parent[path[-1]] = draw(hostile_text)
        elif action == "type":
            parent[path[-1]] = draw(st.one_of(st.none(), st.booleans(), st.integers(), st.just([]), st.just({})))
        elif isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
    return data


@given(json_values)
def test_parse_library_of_any_json(data):
    try:
        parse_library(data)
    except ValidationError:
        pass


@given(mutated_libraries(), st.sampled_from(["keep", "take", "both"]))
def test_mutated_library_imports_all_or_nothing(base_workspace, data, choice):
    try:
        library = parse_library(data)
    except ValidationError as error:
        assert str(error).strip()
        return
    workspace = _copy(base_workspace)
    before = _dump(workspace)
    try:
        conflicts = {c.key for c in library_service.plan_library_import(workspace, library=library).conflicts}
        options = {"take": {"take_theirs": conflicts}, "both": {"keep_both": conflicts}}.get(choice, {})
        try:
            library_service.import_library(workspace, library=library, **options)
        except OrganiserError:
            assert _dump(workspace) == before
            return
        assert workspace.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        workspace.close()


@given(st.one_of(st.binary(max_size=400), st.sampled_from(sorted(BROKEN_FILES))))
def test_reading_a_library_file_of_any_bytes(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fuzz") / "library.json"
    path.write_bytes(BROKEN_FILES[content] if isinstance(content, str) else content)
    with pytest.raises(OrganiserError):
        library_service.read_library_file(path)
