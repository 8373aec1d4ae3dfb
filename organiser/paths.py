"""Where the data that travels with the program lives: forms, resources and Word templates.

An installed wheel carries them under ``organiser/_data/`` (see pyproject's force-include);
a source checkout has them at the top of the repository, beside the package.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``forms``, ``resources`` or ``templates_docx``), installed or in the checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's folder {name!r} is missing from this installation")


def resource(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)


def form(name: str) -> Path:
    return data_dir("forms") / name


def docx_template(name: str) -> Path:
    return data_dir("templates_docx") / name
