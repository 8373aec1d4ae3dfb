"""The clause editor: a clause's key, kind, tags, its text in each language, the placeholders found in
those texts with their types, and where the clause is used."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit, QStyledItemDelegate, QWidget

from organiser.domain.declaration import PLACEHOLDER_TYPES, clause_placeholders
from organiser.domain.errors import OrganiserError
from organiser.domain.languages import LANGUAGES
from organiser.domain.model import Clause, ClauseKind
from organiser.services import library as library_service
from organiser.ui.forms.ui_clause_editor import Ui_ClauseEditor
from organiser.ui.models.clauses_model import KIND_LABELS, PlaceholdersModel
from organiser.ui.session import Session, plain


class TypeDelegate(QStyledItemDelegate):
    """Edits a placeholder's type with a list of the types there are."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItems(list(PLACEHOLDER_TYPES))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data())

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class ClauseEditor(QDialog):
    """Create or edit a clause. ``submit(dialog)`` is called on OK and returns an error text to show (the
    dialog stays open), or None (it closes). ``texts[language]`` is the text box of each language."""

    def __init__(self, session: Session, clause: Clause | None, submit, parent: QWidget | None = None,
                 title: str = ""):
        super().__init__(parent)
        self.session = session
        self.original = clause
        self.submit = submit
        self.ui = Ui_ClauseEditor()
        self.ui.setupUi(self)
        self.setWindowTitle(title or ("New clause" if clause is None or clause.id is None else f"Clause {clause.key}"))
        for kind in ClauseKind:
            self.ui.kind.addItem(KIND_LABELS[kind], kind.value)
        self.ui.original_language.addItem("(not recorded)", "")
        for language in LANGUAGES:
            self.ui.original_language.addItem(language, language)
        self.texts: dict[str, QPlainTextEdit] = {}
        for language in LANGUAGES:
            editor = QPlainTextEdit()
            editor.setObjectName(f"text_{language}")
            editor.setAccessibleName(f"Text in {language}")
            editor.textChanged.connect(self._texts_changed)
            self.texts[language] = editor
            self.ui.texts_tabs.addTab(editor, language)
        self.placeholders = PlaceholdersModel(self)
        self.ui.placeholders_view.setModel(self.placeholders)
        self.ui.placeholders_view.setItemDelegateForColumn(1, TypeDelegate(self.ui.placeholders_view))
        self.ui.placeholders_view.horizontalHeader().setStretchLastSection(True)
        self.ui.placeholders_view.verticalHeader().hide()
        self._types: dict[str, str] = dict(clause.placeholder_types) if clause else {}
        self.placeholders.types_changed.connect(lambda: self._types.update(self.placeholders.types()))
        self.ui.buttons.accepted.connect(self._ok)
        self.ui.buttons.rejected.connect(self.reject)
        self._load(clause)

    def _load(self, clause: Clause | None) -> None:
        if clause is None:
            self.ui.texts_tabs.setCurrentWidget(self.texts[self.session.language])
            self._texts_changed()
            return
        self.ui.key.setText(clause.key)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(clause.kind.value))
        self.ui.tags.setText(", ".join(clause.tags))
        self.ui.note.setText(clause.note)
        self.ui.original_language.setCurrentIndex(max(0, self.ui.original_language.findData(clause.original_language)))
        for language, text in clause.texts.items():
            if language in self.texts:
                self.texts[language].setPlainText(text)
        first = clause.original_language or (self.session.language if self.session.language in clause.texts
                                             else next(iter(clause.texts), self.session.language))
        self.ui.texts_tabs.setCurrentWidget(self.texts.get(first, self.texts["en"]))
        if clause.id is not None:
            for use in library_service.clause_usage(self.session.workspace, clause_id=clause.id):
                self.ui.usage.addItem(use.label)
        if self.ui.usage.count() == 0:
            self.ui.usage.addItem("No declaration uses it.")
        self._texts_changed()

    def clause(self) -> Clause:
        """The clause as the fields say (not checked: the service checks it)."""
        tags = [tag.strip() for tag in self.ui.tags.text().split(",") if tag.strip()]
        texts = {language: editor.toPlainText() for language, editor in self.texts.items()
                 if editor.toPlainText().strip()}
        names = set(self.placeholders.names())
        types = {name: kind for name, kind in self._types.items() if name in names and kind != "text"}
        original = self.original
        return Clause(self.ui.key.text().strip(), ClauseKind(self.ui.kind.currentData()), texts, tags,
                      self.ui.note.text().strip(), original.id if original else None,
                      self.ui.original_language.currentData() or "", original.retired if original else False, types)

    def _texts_changed(self) -> None:
        for index, (language, editor) in enumerate(self.texts.items()):
            self.ui.texts_tabs.setTabText(index, language if editor.toPlainText().strip() else f"{language} (none)")
        probe = Clause(self.ui.key.text().strip() or "new", ClauseKind.OPERATIVE,
                       {language: editor.toPlainText() for language, editor in self.texts.items()},
                       placeholder_types=dict(self._types))
        try:
            uses = clause_placeholders(probe)
        except OrganiserError as error:
            self.ui.error_label.setText(plain(str(error)))
            return
        self.ui.error_label.clear()
        self.placeholders.set_placeholders(uses, self._types)
        self.ui.placeholders_view.resizeColumnsToContents()

    def set_type(self, name: str, kind: str) -> bool:
        """Set a drafter's placeholder's type as a user does in the table."""
        row = self.placeholders.names().index(name)
        return self.placeholders.setData(self.placeholders.index(row, 1), kind)

    def _ok(self) -> None:
        error = self.submit(self)
        if error:
            self.ui.error_label.setText(error)
            return
        self.accept()
