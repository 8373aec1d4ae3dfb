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
from pathlib import Path

from organiser.documents.libreoffice_sandbox import prepare_profile, sandboxed
from organiser.domain.errors import OrganiserError

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


def convert_to_pdf(docx_path: str | os.PathLike[str], pdf_path: str | os.PathLike[str]) -> Path:
    """Render ``docx_path`` to ``pdf_path`` (replacing it, whole or not at all)."""
    from organiser.documents.common import DocumentWriteError, _write_problem

    program = libreoffice()
    if program is None:
        raise PdfUnavailableError()
    docx_path, pdf_path = Path(docx_path), Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="organiser-pdf-") as work:
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
            # Through a temporary name in the target's folder, then a rename: never half a PDF.
            temporary = pdf_path.with_name(f".~{pdf_path.name}.tmp")
            shutil.copyfile(produced, temporary)
            os.replace(temporary, pdf_path)
        except OSError as error:
            Path(pdf_path.with_name(f".~{pdf_path.name}.tmp")).unlink(missing_ok=True)
            raise DocumentWriteError(pdf_path, _write_problem(error)) from None
    return pdf_path
