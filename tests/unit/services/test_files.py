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


def test_the_file_is_the_owners_alone_whatever_the_umask(tmp_path):
    """Documents and exchange files name officials: 0600, as the workspace and the log (issue: trust no file)."""
    old_umask = os.umask(0)
    try:
        written = write_atomically(tmp_path / "written.docx", b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600


def test_a_link_planted_in_the_folder_is_not_followed(tmp_path, monkeypatch):
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    target = tmp_path / "declaration.docx"
    monkeypatch.setattr(files.uuid, "uuid4", lambda: type("U", (), {"hex": "deadbeef" * 4})())
    (tmp_path / ".~declaration.docx.deadbeef.tmp").symlink_to(victim)  # the temporary name, guessed
    with pytest.raises(FileWriteError):
        write_atomically(target, b"the export")
    assert victim.read_bytes() == b"precious" and not target.exists()


def test_what_a_killed_write_left_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "declaration.docx"
    old = tmp_path / ".~declaration.docx.0badf00d.tmp"
    fresh = tmp_path / ".~declaration.docx.12345678.tmp"  # perhaps another write, still running
    other = tmp_path / ".~programme.docx.0badf00d.tmp"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"half a document")
    long_ago = os.stat(old).st_mtime - 2 * files.STALE_SECONDS
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    write_atomically(target, b"the export")
    assert not old.exists() and fresh.exists() and other.exists()
