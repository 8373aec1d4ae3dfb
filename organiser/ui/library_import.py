"""Importing a clause library file in the window: what it adds, and each conflict side by side (the
workspace's version beside the file's, field by field) with the drafter's choice for it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QGroupBox, QLabel, QWidget

from organiser.domain.library import ImportPlan
from organiser.ui.forms.ui_library_import import Ui_LibraryImport

KEEP_OURS, TAKE_THEIRS, KEEP_BOTH = "ours", "theirs", "both"
CHOICES = ((KEEP_OURS, "Keep the workspace's version"), (TAKE_THEIRS, "Take the file's version"),
           (KEEP_BOTH, "Keep both (the file's as a new clause)"))


def _text(value: str) -> QLabel:
    label = QLabel(value or "(none)")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LibraryImportDialog(QDialog):
    """Shows an import plan; ``choices[key]`` is the choice box of each conflicting clause. ``submit(dialog)``
    is called on OK and returns an error text to show, or None (the dialog closes)."""

    def __init__(self, plan: ImportPlan, file_name: str, submit, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.submit = submit
        self.ui = Ui_LibraryImport()
        self.ui.setupUi(self)
        new = len(plan.new)
        self.ui.summary.setText(
            f"{file_name}: {new} new clause{'s' if new != 1 else ''} to add"
            f"{' (' + ', '.join(c.key for c in plan.new) + ')' if new else ''}; {len(plan.identical)} the same as "
            f"in the workspace; {len(plan.conflicts)} in conflict"
            + (": for each, the workspace's version is kept unless you choose otherwise." if plan.conflicts else "."))
        self.choices: dict[str, QComboBox] = {}
        for conflict in plan.conflicts:
            box = QGroupBox(conflict.key)
            grid = QGridLayout(box)
            for column, heading in enumerate(("", "In the workspace", "In the file")):
                grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
            for row, difference in enumerate(conflict.differences, start=1):
                grid.addWidget(QLabel(difference.field), row, 0)
                grid.addWidget(_text(difference.ours), row, 1)
                grid.addWidget(_text(difference.theirs), row, 2)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 1)
            combo = QComboBox()
            combo.setObjectName(f"choice_{conflict.key}")
            for value, label in CHOICES:
                combo.addItem(label, value)
            grid.addWidget(combo, len(conflict.differences) + 1, 0, 1, 3)
            self.choices[conflict.key] = combo
            self.ui.conflicts_layout.addWidget(box)
        self.ui.conflicts_layout.addStretch(1)
        self.ui.conflicts_area.setVisible(bool(plan.conflicts))
        self.ui.buttons.accepted.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)

    def choose(self, key: str, choice: str) -> None:
        combo = self.choices[key]
        combo.setCurrentIndex(combo.findData(choice))

    def chosen(self, choice: str) -> set[str]:
        return {key for key, combo in self.choices.items() if combo.currentData() == choice}

    def _ok(self) -> None:
        error = self.submit(self)
        if error:
            self.ui.summary.setText(error)
            return
        self.accept()
