"""The one atomic writer every output file goes through (services/files.py): whole or not at all."""
from __future__ import annotations

import os
import stat

import pytest

from organiser.domain.errors import OrganiserError
from organiser.services import files
from organiser.services.files import FileExistsRefusal, FileWriteError, write_atomically


def test_writes_the_bytes_and_returns_the_path(tmp_path):
    out = tmp_path / "library.json"
    assert write_atomically(out, b"{}") == out
    assert out.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["library.json"]


def test_an_existing_file_needs_force_and_is_then_replaced(tmp_path):
    out = tmp_path / "list.docx"
    out.write_bytes(b"older")
    with pytest.raises(FileExistsRefusal):
        write_atomically(out, b"newer")
    assert out.read_bytes() == b"older"
    write_atomically(out, b"newer", force=True)
    assert out.read_bytes() == b"newer"


def test_a_missing_folder_is_named(tmp_path):
    out = tmp_path / "no such folder" / "list.docx"
    with pytest.raises(FileWriteError) as caught:
        write_atomically(out, b"x")
    assert str(caught.value) == f"cannot write {out}: the folder {out.parent} does not exist"
    assert caught.value.path == out


def test_a_folder_is_not_a_target(tmp_path):
    with pytest.raises(OrganiserError, match="is a folder; give a file name"):
        write_atomically(tmp_path, b"x", force=True)


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    """On Windows a document open in Word cannot be replaced: the rename fails with PermissionError."""
    out = tmp_path / "declaration.docx"
    out.write_bytes(b"the export the user has open")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(FileWriteError, match=r"permission denied \(is the file open in another program"):
        write_atomically(out, b"a new export", force=True)
    assert out.read_bytes() == b"the export the user has open"
    assert [p.name for p in tmp_path.iterdir()] == ["declaration.docx"]


def test_the_file_is_as_readable_as_any_other_the_user_makes(tmp_path):
    """Not owner-only (as tempfile.mkstemp would make it): a document in a shared folder must stay readable."""
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"x")
    written = write_atomically(tmp_path / "written.docx", b"x")
    assert stat.S_IMODE(os.stat(written).st_mode) == stat.S_IMODE(os.stat(plain).st_mode)
