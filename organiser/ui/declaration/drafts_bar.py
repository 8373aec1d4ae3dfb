"""The bar above the Declaration screen: which of the event's drafts is worked on, new, renamed or
deleted drafts, and its revisions."""
from __future__ import annotations

from organiser.services import declarations as declaration_service
from organiser.ui import dialogs
from organiser.ui.common import fill_combo
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.panel import Panel
from organiser.ui.revisions_dialog import RevisionsDialog
from organiser.ui.commands.declarations import (
    ChooseDeclarationCommand, DeleteDeclarationCommand, DuplicateDeclarationCommand, RenameDeclarationCommand,
    SaveRevisionCommand,
)


class DraftsBar(Panel):
    """The drafts combo box (``ui.draft_combo``), the new, rename and delete buttons, and saving or opening
    revisions. ``revisions_dialog`` is the revisions dialog opened last (tests reach it there). Refreshes on
    a change to a declaration.

    Signals: none of its own.
    """

    SHOWS = frozenset({"declaration"})

    def __init__(self, session, draft: CurrentDraft, ui, page):
        super().__init__(session, page)
        self.draft = draft
        self.ui = ui
        self.page = page
        self.revisions_dialog: RevisionsDialog | None = None
        ui.draft_combo.activated.connect(lambda _i: self._draft_chosen())
        ui.new_draft_button.clicked.connect(self.new_draft)
        ui.rename_draft_button.clicked.connect(self.rename_draft)
        ui.delete_draft_button.clicked.connect(self.delete_draft)
        ui.save_revision_button.clicked.connect(self.save_revision)
        ui.revisions_button.clicked.connect(self.open_revisions)

    @property
    def declaration(self):
        return self.draft.declaration

    def reload(self) -> None:
        if self.declaration is None:
            return
        drafts = declaration_service.event_declarations(self.session.workspace, event_id=self.session.event_id)
        entries = [(label, d.id) for label, d in zip(draft_labels(drafts), drafts)]
        combo = self.ui.draft_combo
        shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if entries != shown or combo.currentData() != self.declaration.id:
            # fill_combo keeps the combo box (it is only refilled), so this is safe inside its `activated`.
            fill_combo(combo, entries, self.declaration.id)
        self.ui.delete_draft_button.setEnabled(True)

    def _draft_chosen(self) -> None:
        chosen = self.ui.draft_combo.currentData()
        if self.declaration is None or chosen is None or chosen == self.declaration.id:
            return
        before = declaration_service.chosen_declaration_id(self.session.workspace, event_id=self.session.event_id)
        self.session.run(ChooseDeclarationCommand(self.session, event_id=self.session.event_id, before=before,
                                                  after=chosen))

    def new_draft(self) -> None:
        if self.declaration is None:
            return
        title = dialogs.ask_text(self.page, "New draft", "Title of the new draft (it starts as a copy of this one):",
                                 f"{self.declaration.title or 'Draft'} (2)")
        if title is None:
            return
        self.session.run(DuplicateDeclarationCommand(self.session, declaration_id=self.declaration.id, title=title,
                                                     chosen_for=self.session.event_id))

    def rename_draft(self) -> None:
        if self.declaration is None:
            return
        title = dialogs.ask_text(self.page, "Rename draft", "Title of the draft:", self.declaration.title)
        if title is not None and title != self.declaration.title:
            self.session.run(RenameDeclarationCommand(self.session, declaration_id=self.declaration.id,
                                                      before=self.declaration.title, after=title))

    def delete_draft(self) -> None:
        if self.declaration is None:
            return
        name = self.declaration.title or f"draft {self.declaration.id}"
        if dialogs.ask_yes_no(self.page,
                              f"Delete the draft “{name}” with its revisions? (Edit → Undo brings it back.)"):
            self.session.run(DeleteDeclarationCommand(self.session, declaration_id=self.declaration.id))

    def save_revision(self) -> bool:
        if self.declaration is None:
            return False
        comment = dialogs.ask_text(self.page, "Save revision", "What changed, or why this revision (optional):")
        if comment is None:
            return False
        return self.session.run(SaveRevisionCommand(self.session, declaration_id=self.declaration.id,
                                                    author=self.session.settings.author_name, comment=comment))

    def open_revisions(self) -> RevisionsDialog | None:
        if self.declaration is None:
            return None
        self.revisions_dialog = RevisionsDialog(self.session, self.page)
        self.revisions_dialog.open()
        return self.revisions_dialog


def draft_labels(drafts) -> list[str]:
    """The drafts of an event as the bar lists them: each by its title, an untitled one as "Draft N" (its
    place among the event's drafts, not a number of the database), and a title two drafts share with its
    place after it, so that no two entries read alike."""
    titles = [d.title.strip() for d in drafts]
    labels = []
    for number, title in enumerate(titles, start=1):
        if not title:
            labels.append(f"Draft {number}")
        elif titles.count(title) > 1:
            labels.append(f"{title} ({number})")
        else:
            labels.append(title)
    return labels

