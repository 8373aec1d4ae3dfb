"""Writing output files safely: never over an existing file unless asked, never half a file."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from organiser.domain.errors import OrganiserError


class FileExistsRefusal(OrganiserError):
    """The target exists and the caller did not allow overwriting it."""


class FileWriteError(OrganiserError):
    """A file cannot be written where the user asked; ``problem`` says why, in one line."""

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"cannot write {self.path}: {problem}")


def check_target(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise OrganiserError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise FileExistsRefusal(f"{path} already exists; choose another name or allow overwriting (--force)")
    if not path.parent.is_dir():
        raise FileWriteError(path, f"the folder {path.parent} does not exist")


# A temporary file of a write that was killed midway is left behind; the next write of the same file
# removes it once it is this old (no write of ours takes a second, so none still running is touched).
STALE_SECONDS = 600


def write_atomically(path: str | os.PathLike[str], content: bytes, *, force: bool = False) -> Path:
    """Write ``content`` to ``path`` whole or not at all, after :func:`check_target`; every file the
    program writes (documents, PDFs, exchange and library files, pictures) goes through here.

    It is written to a temporary file created exclusively in the same folder (never through a link
    someone planted there), readable and writable by its owner only (0600: documents name officials),
    then renamed over the target, so a reader never sees half a file and a failure leaves any earlier
    file as it was. A failure is a :class:`FileWriteError` naming the file."""
    path = Path(path)
    check_target(path, force=force)
    _remove_stale_temporaries(path)
    temporary = path.with_name(f"{_TEMPORARY_PREFIX}{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        with open(os.open(temporary, flags, 0o600), "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException as error:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise FileWriteError(path, write_problem(error)) from None
        raise
    return path


_TEMPORARY_PREFIX = ".~"


def _remove_stale_temporaries(path: Path) -> None:
    """Remove what killed writes of ``path`` left in its folder: ``.~NAME.<hex>.tmp`` older than STALE_SECONDS."""
    import time

    now = time.time()
    try:
        leftovers = list(path.parent.glob(f"{_TEMPORARY_PREFIX}{path.name}.*.tmp"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if leftover.is_file() and not leftover.is_symlink() and now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
        except OSError:
            pass


def write_problem(error: OSError) -> str:
    """What went wrong writing a file, as a user can act on it."""
    if isinstance(error, PermissionError):
        return "permission denied (is the file open in another program, or the folder read-only?)"
    return error.strerror or str(error)


def read_json_file(path: Path, what: str):
    """The JSON in ``path``; every way it cannot be read is an OrganiserError naming the file (``what`` says
    what the file should have been: "a clause library")."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OrganiserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise OrganiserError(f"{path}: is a folder, not {what}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise OrganiserError(f"{path}: cannot be read ({error})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise OrganiserError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except RecursionError:  # json's decoder recurses per nested list/object: "[[[[…" thousands deep
        raise OrganiserError(f"{path}: not {what} (its lists or objects are nested too deeply)") from None
    except ValueError as error:  # a number of more than 4,300 digits (int_max_str_digits)
        raise OrganiserError(f"{path}: not {what} ({error})") from None
