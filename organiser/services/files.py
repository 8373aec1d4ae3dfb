"""Writing output files safely: never over an existing file unless asked, never half a file."""
from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.limits import MAX_FILE_BYTES, check_counts, file_too_large


class FileExistsRefusal(OrganiserError):
    """The target exists and the caller did not allow overwriting it."""


class FileWriteError(OrganiserError):
    """A file cannot be written where the user asked; ``problem`` says why, in one line."""

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"cannot write {self.path}: {problem}")


def check_target(path: Path, *, force: bool) -> None:
    # pathlib answers "no" for a name the system cannot take; the call that writes would then fail.
    try:
        encoded = os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate that no file system encoding can write
        raise OrganiserError(f"cannot write {str(path)!r}: the name holds a character no file name can") from None
    if b"\x00" in encoded:
        raise OrganiserError(f"cannot write {str(path)!r}: a file name cannot hold a NUL character")
    try:
        is_dir, exists, parent_is_dir = path.is_dir(), path.exists(), path.parent.is_dir()
    except OSError as error:  # a name too long for the system (ENAMETOOLONG), a folder it cannot look into
        raise FileWriteError(path, error.strerror or str(error)) from None
    except ValueError as error:  # a NUL in the name
        raise OrganiserError(f"cannot write {path!r}: {error}") from None
    if is_dir:
        raise OrganiserError(f"{path} is a folder; give a file name")
    if exists and not force:
        raise FileExistsRefusal(f"{path} already exists; choose another name or allow overwriting (--force)")
    if not parent_is_dir:
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


def _kind_of_file(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def read_limited(path: Path, what: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path``, refused before they are read when it is something else (a
    FIFO would block, /dev/zero never ends) or larger than ``limit``: looked at with stat first, then
    opened without blocking, looked at again (it may have been swapped) and read ``limit`` + 1 bytes at most."""
    path = Path(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise OrganiserError(f"{path}: is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise OrganiserError(f"{path}: is {_kind_of_file(info.st_mode)}, not {what}")
        if info.st_size > limit:
            raise OrganiserError(f"{path}: {file_too_large(info.st_size, limit)}")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise OrganiserError(f"{path}: is {_kind_of_file(opened.st_mode)}, not {what}")
            content = handle.read(limit + 1)
    except ValueError as error:  # a NUL in the name
        raise OrganiserError(f"{path!r}: cannot be read ({error})") from None
    except FileNotFoundError:
        raise OrganiserError(f"{path}: no such file") from None
    except (IsADirectoryError, NotADirectoryError):
        raise OrganiserError(f"{path}: is a folder, not {what}") from None
    except OSError as error:
        raise OrganiserError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(content) > limit:  # it grew after it was looked at
        raise OrganiserError(f"{path}: {file_too_large(len(content), limit)}")
    return content


def write_json_file(path: Path, data: dict, caps: dict, *, force: bool = False) -> Path:
    """Write ``data`` (an exchange or clause library file's JSON) as ``write_atomically`` does, unless it is
    over a cap of limits.py (``caps``, or the size cap): what a workspace exports, a workspace can import."""
    try:
        check_counts(data, caps)
    except ValidationError as error:
        raise OrganiserError(f"{path} was not written: {error} (no workspace could import it)") from None
    content = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if len(content) > MAX_FILE_BYTES:
        raise OrganiserError(f"{path} was not written: it would be {file_too_large(len(content))[3:]} "
                             "(no workspace could import it)")
    return write_atomically(Path(path), content, force=force)


def read_json_file(path: Path, what: str):
    """The JSON in ``path``; every way it cannot be read is an OrganiserError naming the file (``what`` says
    what the file should have been: "a clause library"). Read by ``read_limited``: the size cap first."""
    path = Path(path)
    content = read_limited(path, what)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise OrganiserError(f"{path}: cannot be read ({error})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise OrganiserError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except RecursionError:  # json's decoder recurses per nested list/object: "[[[[…" thousands deep
        raise OrganiserError(f"{path}: not {what} (its lists or objects are nested too deeply)") from None
    except ValueError as error:  # a number of more than 4,300 digits (int_max_str_digits)
        raise OrganiserError(f"{path}: not {what} ({error})") from None
