"""The main window: a navigation between the screens of the selected event, the workspace and edit menus."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QStyle, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.languages import LANGUAGES
from organiser.services.workspaces import RefusedWorkspaceError, Workspace, open_workspace, same_file, save_copy
from organiser.ui import dialogs
from organiser.ui.forms.ui_main_window import Ui_MainWindow
from organiser.ui.screens import SCREENS
from organiser.ui.session import Session
from organiser.ui.settings import Settings

log = logging.getLogger("organiser.ui")



WORKSPACE_FILTER = "organiser workspaces (*.sqlite *.organiser);;All files (*)"


def icon(name: str) -> QIcon:
    from organiser import paths

    try:
        path = paths.resource("icons", name)
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


class MainWindow(QMainWindow):
    """The window of one workspace at a time: the navigation on the left, the current screen on the right.

    ``page(key)`` gives a screen (building it the first time); ``show_page(key)`` switches to it."""

    def __init__(self, workspace: Workspace, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.session = Session(workspace, self.settings, self)
        self.session.dialog_parent = self
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("organiser.svg"))
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}

        for key, label, _page_class, icon_file, _needs in SCREENS:
            item = QListWidgetItem(icon(icon_file), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.ui.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[key] = placeholder
            self.ui.pages.addWidget(placeholder)
        self.ui.navigation.currentRowChanged.connect(self._navigate)

        for language in LANGUAGES:
            self.ui.language_combo.addItem(language, language)
        self.ui.language_combo.setCurrentIndex(self.ui.language_combo.findData(self.session.language))
        self.ui.language_combo.currentIndexChanged.connect(
            lambda: self.session.set_language(self.ui.language_combo.currentData()))

        self._build_actions()
        self.session.event_selected.connect(self._event_selected)
        self.session.data_changed.connect(self._data_changed)
        self.session.workspace_changed.connect(self._workspace_changed)
        self.session.undo_stack.cleanChanged.connect(self._update_title)

        self.ui.navigation.setCurrentRow(0)
        self._workspace_changed()
        self._restore_state()
        self._splitters_restored = False

    # --- actions and menus ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        ui = self.ui
        style = self.style()
        ui.action_new.setShortcut(QKeySequence.StandardKey.New)
        ui.action_open.setShortcut(QKeySequence.StandardKey.Open)
        ui.action_open.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        ui.action_save_copy.setShortcut(QKeySequence("Ctrl+Shift+S"))
        ui.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        ui.action_find.setShortcut(QKeySequence.StandardKey.Find)
        ui.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        ui.action_new.triggered.connect(self.new_workspace)
        ui.action_open.triggered.connect(self.open_workspace_dialog)
        ui.action_save_copy.triggered.connect(self.save_copy)
        ui.action_quit.triggered.connect(self.close)
        ui.action_find.triggered.connect(self.find)
        ui.action_about.triggered.connect(self.about)
        ui.menu_recent.aboutToShow.connect(self._fill_recent)
        self.action_restore_backup = QAction("&Restore from Backup…", self)
        self.action_restore_backup.triggered.connect(self.restore_backup)
        ui.menu_workspace.insertAction(ui.action_save_copy, self.action_restore_backup)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("read_only_label")
        self.read_only_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.read_only_label)

        stack = self.session.undo_stack
        self.action_undo = stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = stack.createRedoAction(self, "&Redo")
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        ui.menu_edit.insertAction(ui.action_find, self.action_undo)
        ui.menu_edit.insertAction(ui.action_find, self.action_redo)
        ui.menu_edit.insertSeparator(ui.action_find)
        self.action_export = QAction("&Export Documents…", self)
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.triggered.connect(self.export_documents)
        ui.menu_edit.addSeparator()
        ui.menu_edit.addAction(self.action_export)

        self.go_actions = []
        for number, (key, label, *_rest) in enumerate(SCREENS, start=1):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            ui.menu_go.addAction(action)
            self.go_actions.append(action)

    def _fill_recent(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        recent = self.settings.recent_workspaces
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_workspace(Path(p)))
        if not recent:
            menu.addAction("(none yet)").setEnabled(False)

    # --- screens ------------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            page_class = next(screen.page_class for screen in SCREENS if screen.key == key)
            page = page_class()(self.session, self)
            placeholder = self._placeholders[key]
            index = self.ui.pages.indexOf(placeholder)
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            if getattr(self, "_splitters_restored", False):
                self._restore_splitters(page)
        return self.pages[key]

    def _restore_splitters(self, page: QWidget) -> None:
        for name, splitter in getattr(page, "splitters", lambda: {})().items():
            state = self.settings.splitter(name)
            if state is not None:
                splitter.restoreState(state)

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, screen in enumerate(SCREENS) if screen.key == key)
        self.ui.navigation.setCurrentRow(row)
        return self.pages[key]

    def current_key(self) -> str:
        return SCREENS[self.ui.navigation.currentRow()].key

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = SCREENS[row].key
        if "events" in self.pages and key != "events":
            self.pages["events"].commit_pending()
        page = self.page(key)
        self.ui.pages.setCurrentWidget(page)
        if hasattr(page, "shown"):
            page.shown()

    def _event_selected(self, event_id) -> None:
        label = "No event selected — choose one on the Events screen or create one"
        if event_id is not None:
            from organiser.services.events import get_event
            from organiser.ui.common import in_language

            try:
                event = get_event(self.session.workspace, event_id=event_id)
                label = f"{in_language(event.title, self.session.language)} — {event.start_date.isoformat()}"
            except OrganiserError:
                pass
        self.ui.event_label.setText(label)
        for row, screen in enumerate(SCREENS):
            item = self.ui.navigation.item(row)
            enabled = event_id is not None or not screen.needs_event
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled)
            self.go_actions[row].setEnabled(enabled)
        self.action_export.setEnabled(event_id is not None)
        if event_id is None and SCREENS[max(self.ui.navigation.currentRow(), 0)].needs_event:
            self.show_page("events")

    def _workspace_changed(self, *_signal_arguments) -> None:
        self._update_title()
        from organiser.services.events import list_events

        found = list_events(self.session.workspace)
        if found and self.session.event_id is None:
            self.session.select_event(found[-1].id)  # the latest event: where a user most likely goes on
        self._show_event_count(len(found))
        if self.session.workspace.path is not None:  # opened at start or by --workspace: Open Recent offers it too
            self.settings.add_recent_workspace(self.session.workspace.path)
        self._event_selected(self.session.event_id)
        self._show_read_only()

    def _show_event_count(self, count: int | None = None) -> None:
        """The workspace and how many events it holds, in the status bar (kept current as events change)."""
        if count is None:
            from organiser.services.events import list_events

            count = len(list_events(self.session.workspace))
        where = str(self.session.workspace.path) if self.session.workspace.path else "a workspace in memory"
        self.statusBar().showMessage(f"{where}: {count} event{'s' if count != 1 else ''}")

    def _show_read_only(self) -> None:
        """A read-only workspace says so in the title, the status bar and once in a message; edits then
        fail with a message saying why (Workspace.atomic), and restoring a backup is not offered."""
        workspace = self.session.workspace
        self.read_only_label.setText("Read-only" if workspace.read_only else "")
        self.read_only_label.setToolTip(workspace.notice)
        self.read_only_label.setVisible(workspace.read_only)
        self.action_restore_backup.setEnabled(workspace.path is not None and not workspace.read_only)
        if workspace.read_only and getattr(self, "_told_read_only", None) != workspace.path:
            self._told_read_only = workspace.path
            notice = workspace.notice[0].upper() + workspace.notice[1:] + "."
            QTimer.singleShot(0, lambda: dialogs.show_info(self, notice))  # over the window, once it is shown

    def _data_changed(self, change) -> None:
        if change.touches("event"):  # the selected event's title and date above the screens, the count below
            self._event_selected(self.session.event_id)
            if change.added.get("event") or change.removed.get("event") or change.everything:
                self._show_event_count()

    def _update_title(self, *_signal_arguments) -> None:
        path = self.session.workspace.path
        read_only = " (read-only)" if self.session.workspace.read_only else ""
        self.setWindowTitle(f"organiser — {path.name if path else 'workspace in memory'}{read_only}")

    # --- workspace -------------------------------------------------------------------------------------------

    def switch_workspace(self, path: Path) -> bool:
        """Open the workspace at ``path`` in place of the current one; a file that is not a workspace is
        reported and the current workspace stays open."""
        if "events" in self.pages:
            self.pages["events"].commit_pending()
        current = self.session.workspace.path
        if current is not None and same_file(Path(path), current):
            self.statusBar().showMessage(f"{path} is the workspace open in this window", 8000)
            return True  # opening it again would find it in use by this very window
        try:
            workspace = open_workspace(path)
        except RefusedWorkspaceError as error:  # damaged, another schema …: say why, offer its backups
            from organiser.ui.refused_workspace import recover

            workspace = recover(self, error, close="Keep the current workspace")
            if workspace is None:
                return False
        except OrganiserError as error:
            self.session.show_error(str(error))
            if not Path(path).exists():
                self.settings.remove_recent_workspace(path)
            return False
        self.session.set_workspace(workspace)
        self.settings.add_recent_workspace(path)
        return True

    def new_workspace(self) -> None:
        path = dialogs.choose_save_file(self, "New workspace", self._start_folder(), WORKSPACE_FILTER)
        if not path:
            return
        path = Path(path)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            self.session.show_error(f"{path} already exists; open it with Workspace ▸ Open, or choose a new name")
            return
        self.switch_workspace(path)

    def open_workspace_dialog(self) -> None:
        path = dialogs.choose_open_file(self, "Open workspace", self._start_folder(), WORKSPACE_FILTER)
        if path:
            self.switch_workspace(Path(path))

    def save_copy(self) -> None:
        current = self.session.workspace.path
        start = str(current.with_name(f"{current.stem}-copy.sqlite")) if current else self._start_folder()
        target = dialogs.choose_save_file(self, "Save a copy of the workspace", start, WORKSPACE_FILTER)
        if not target:
            return
        target = Path(target)
        if current is not None and target.resolve() == current.resolve():
            self.session.show_error("A copy cannot replace the workspace itself; choose another name")
            return
        if "events" in self.pages:
            self.pages["events"].commit_pending()
        try:
            if target.exists():
                target.unlink()  # the file dialog has asked before replacing it
            save_copy(self.session.workspace, target)
        except (OSError, OrganiserError) as error:
            self.session.show_error(f"Cannot save a copy to {target}: {getattr(error, 'strerror', None) or error}")
            return
        self.statusBar().showMessage(f"A copy of the workspace was saved to {target}", 8000)

    def restore_backup(self) -> None:
        from organiser.ui.backups_dialog import BackupsDialog

        if "events" in self.pages:
            self.pages["events"].commit_pending()
        self.backups_dialog = BackupsDialog(self.session, self)
        if self.backups_dialog.exec() == BackupsDialog.DialogCode.Accepted:
            self.statusBar().showMessage("The backup was restored; the workspace as it was is kept among the "
                                         "backups (Workspace ▸ Restore from Backup…)", 15000)

    def _start_folder(self) -> str:
        path = self.session.workspace.path
        return str(path.parent) if path else str(Path.home())

    # --- other actions ------------------------------------------------------------------------------------

    def find(self) -> None:
        page = self.pages.get(self.current_key())
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def export_documents(self) -> None:
        if self.session.event_id is None:
            return
        self.show_page("documents").export()

    def about(self) -> None:
        from organiser import __version__

        QMessageBox.about(self, "About organiser",
                          f"organiser {__version__}\n\n"
                          "organiser plans council meetings and seminars, their delegations and protocol order, "
                          "and exports signature-ready declarations.")

    # --- state ------------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.geometry(type(self).__name__)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.ui.main_splitter.setSizes([170, 1030])

    def save_state(self) -> None:
        self.settings.set_geometry(type(self).__name__, self.saveGeometry())
        self.settings.set_splitter("main", self.ui.main_splitter.saveState())
        for page in self.pages.values():
            for name, splitter in getattr(page, "splitters", lambda: {})().items():
                self.settings.set_splitter(name, splitter.saveState())
        self.settings.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitters_restored:  # a splitter's sizes hold once the window has its size
            self._splitters_restored = True
            state = self.settings.splitter("main")
            if state is not None:
                self.ui.main_splitter.restoreState(state)
            for page in self.pages.values():
                self._restore_splitters(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        if "events" in self.pages:
            self.pages["events"].commit_pending()
        self.save_state()
        super().closeEvent(event)


__all__ = ["MainWindow"]
