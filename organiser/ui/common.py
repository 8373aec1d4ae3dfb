"""Small helpers the screens share: names in the editing language, combo boxes, marking a field."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from organiser.domain.model import Institution, Organisation, State

ERROR_STYLE = "border: 1px solid #b00020; background: #fdecee;"


def in_language(names: dict, language: str) -> str:
    """``names`` in ``language``; otherwise another language's, marked with its code so nobody takes it
    for a translation."""
    value = names.get(language)
    if value:
        return value
    for code, other in names.items():
        if other:
            return f"[{code}] {other}"
    return ""


def state_label(state: State, language: str) -> str:
    name = state.names.get(language) or state.names.get("en") or next(iter(state.names.values()), None)
    marker = "" if language in state.names else "*"
    return f"{name.short}{marker} ({state.code})" if name else state.code


def organisation_label(organisation: Organisation, language: str) -> str:
    name = organisation.names.get(language) or next(iter(organisation.names.values()), None)
    return f"{name.full} ({organisation.code})" if name else organisation.code


def institution_label(institution: Institution, language: str) -> str:
    return in_language(institution.names, language) or institution.key


def fill_combo(combo: QComboBox, entries: list[tuple[str, object]], current: object = None,
               none_label: str | None = None) -> None:
    """Replace the combo's entries (label, data), keeping ``current`` selected where it is among them."""
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for label, data in entries:
        combo.addItem(label, data)
    index = combo.findData(current) if current is not None else (0 if none_label is not None else -1)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def mark(widget: QWidget, bad: bool, problem: str = "") -> None:
    """Mark a field as holding bad input (a red frame and the problem as its tooltip), or clear the mark."""
    widget.setStyleSheet(ERROR_STYLE if bad else "")
    widget.setProperty("invalid", bad)
    widget.setToolTip(problem if bad else widget.property("normal_tooltip") or "")
