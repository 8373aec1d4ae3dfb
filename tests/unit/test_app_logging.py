"""An unexpected error ends in one line on stderr, never a traceback, whether or not the log can be
written; the log is the owner's alone."""
import logging
import os
import stat

import pytest

from organiser import app, cli


@pytest.fixture
def clean_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def fail_unexpectedly(*_arguments):
    raise RuntimeError("a bug, with Kamran ALIYEV's name in it")


def test_an_unwritable_log_folder_gives_one_line_and_no_traceback(tmp_path, monkeypatch, capsys, clean_logging):
    not_a_folder = tmp_path / "passwd"
    not_a_folder.write_text("root:x:0:0\n")
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(not_a_folder))
    monkeypatch.setattr(cli, "run", fail_unexpectedly)
    code = app.main(["--workspace", str(tmp_path / "w.sqlite"), "events"])
    err = capsys.readouterr().err
    assert code == app.EXIT_INTERNAL_ERROR
    assert "Traceback" not in err and "RuntimeError" not in err
    assert err.strip().splitlines() == ["organiser: an unexpected error stopped the command"]


def test_the_log_holds_the_details_and_is_the_owners_alone(tmp_path, monkeypatch, capsys, clean_logging):
    folder = tmp_path / "data"
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(folder))
    monkeypatch.setattr(cli, "run", fail_unexpectedly)
    old_umask = os.umask(0)  # even so, the log is created 0600
    try:
        code = app.main(["--workspace", str(tmp_path / "w.sqlite"), "events"])
    finally:
        os.umask(old_umask)
    err = capsys.readouterr().err
    log = folder / "organiser.log"
    assert code == app.EXIT_INTERNAL_ERROR and "Traceback" not in err
    assert err.strip() == f"organiser: an unexpected error stopped the command (details in {log})"
    assert "RuntimeError" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_link_planted_as_the_log_is_not_followed(tmp_path, monkeypatch, capsys, clean_logging):
    folder = tmp_path / "data"
    folder.mkdir()
    victim = tmp_path / "someone-elses-file"
    victim.write_text("precious\n")
    (folder / "organiser.log").symlink_to(victim)
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(folder))
    monkeypatch.setattr(cli, "run", fail_unexpectedly)
    assert app.main(["--workspace", str(tmp_path / "w.sqlite"), "events"]) == app.EXIT_INTERNAL_ERROR
    assert victim.read_text() == "precious\n"
    assert "Traceback" not in capsys.readouterr().err


def test_a_log_left_readable_by_an_older_version_becomes_the_owners_alone(tmp_path, monkeypatch, capsys,
                                                                          clean_logging):
    folder = tmp_path / "data"
    folder.mkdir()
    log = folder / "organiser.log"
    log.write_text("an older entry\n")
    log.chmod(0o644)
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(folder))
    monkeypatch.setattr(cli, "run", fail_unexpectedly)
    assert app.main(["--workspace", str(tmp_path / "w.sqlite"), "events"]) == app.EXIT_INTERNAL_ERROR
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 and log.read_text().startswith("an older entry")
