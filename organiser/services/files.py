"""Writing output files safely: never over an existing file unless asked, never half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from organiser.domain.errors import OrganiserError


class FileExistsRefusal(OrganiserError):
    """The target exists and the caller did not allow overwriting it."""


def check_target(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise OrganiserError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise FileExistsRefusal(f"{path} already exists; choose another name or allow overwriting (--force)")
    if not path.parent.is_dir():
        raise OrganiserError(f"cannot write {path}: the folder {path.parent} does not exist")


def write_atomically(path: Path, content: bytes, *, force: bool = False) -> Path:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename, so a
    reader never sees half a file and a failure leaves any earlier file as it was."""
    check_target(path, force=force)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise OrganiserError(f"cannot write {path}: {error.strerror or error}") from None
    return path
