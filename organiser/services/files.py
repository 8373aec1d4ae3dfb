"""Writing output files safely: never over an existing file unless asked, never half a file."""
from __future__ import annotations

import json
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
