"""PDF through LibreOffice, when it is installed: ``soffice --headless --convert-to pdf``.

Each conversion runs with its own temporary user profile (``-env:UserInstallation``): LibreOffice
allows one process a profile, so a conversion would otherwise fail, or hand its work to the
user's open LibreOffice window, whenever one is running.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from organiser.documents.libreoffice_sandbox import prepare_profile, sandboxed
from organiser.domain.errors import OrganiserError
from organiser.services.files import check_target, write_atomically

# LibreOffice's first start in a fresh profile takes a few seconds; a big document a few more.
TIMEOUT_SECONDS = 180


class PdfUnavailableError(OrganiserError):
    """LibreOffice is not installed, so no PDF can be made."""

    def __init__(self) -> None:
        super().__init__("cannot make a PDF: LibreOffice is not installed (no 'soffice' on the PATH); "
                         "install it (Debian: apt-get install libreoffice-writer-nogui) or leave out --pdf")


class PdfConversionError(OrganiserError):
    """LibreOffice ran but gave no PDF."""


def libreoffice() -> str | None:
    """The LibreOffice program to run, or ``None`` when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_path(out: str | os.PathLike[str]) -> Path:
    """Where the PDF of the Word file ``out`` goes: beside it, with the suffix .pdf."""
    return Path(out).with_suffix(".pdf")


def check_targets(targets: Iterable[Path], *, force: bool, pdf: bool) -> None:
    """Refuse, before anything is written, a target that exists (without ``force``) and, with ``pdf``,
    a target named as its own PDF, a PDF beside one that exists (without ``force``), or no LibreOffice."""
    for out in targets:
        check_target(out, force=force)
        if pdf:
            if pdf_path(out) == out:
                raise OrganiserError(f"{out}: give the Word file's name (.docx); the PDF is written beside it")
            check_target(pdf_path(out), force=force)
    if pdf and libreoffice() is None:
        raise PdfUnavailableError()


WORK_PREFIX = "organiser-pdf-"


def remove_stale_work_folders() -> None:
    """Remove the work folders of conversions that were killed (a TemporaryDirectory is not removed by a
    SIGKILL): this user's, older than twice the longest a conversion may run, so none still running."""
    import shutil
    import time

    root = Path(tempfile.gettempdir())
    now = time.time()
    try:
        folders = list(root.glob(f"{WORK_PREFIX}*"))
    except OSError:
        return
    for folder in folders:
        try:
            info = folder.lstat()
            if (folder.is_dir() and not folder.is_symlink() and info.st_uid == os.getuid()
                    and now - info.st_mtime > 2 * TIMEOUT_SECONDS):
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def convert_to_pdf(docx_path: str | os.PathLike[str], pdf_path: str | os.PathLike[str]) -> Path:
    """Render ``docx_path`` to ``pdf_path`` (replacing it, whole or not at all)."""
    program = libreoffice()
    if program is None:
        raise PdfUnavailableError()
    docx_path, pdf_path = Path(docx_path), Path(pdf_path)
    remove_stale_work_folders()
    with tempfile.TemporaryDirectory(prefix=WORK_PREFIX) as work:
        work_dir = Path(work)
        profile = prepare_profile(work_dir / "profile")
        command = sandboxed([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(work_dir), str(docx_path)])
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise PdfConversionError(f"LibreOffice did not finish converting {docx_path} to PDF "
                                     f"within {TIMEOUT_SECONDS} s") from None
        except OSError as error:
            raise PdfConversionError(f"cannot run LibreOffice ({program}): {error.strerror or error}") from None
        produced = work_dir / f"{docx_path.stem}.pdf"
        if not produced.is_file():
            detail = " ".join((result.stderr or result.stdout or "no output").split())[:300]
            raise PdfConversionError(f"LibreOffice could not convert {docx_path} to PDF: {detail}")
        try:
            rendered = produced.read_bytes()
        except OSError as error:
            raise PdfConversionError(f"cannot read the PDF LibreOffice made of {docx_path}: "
                                     f"{error.strerror or error}") from None
    return write_atomically(pdf_path, rendered, force=True)
