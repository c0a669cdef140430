"""Database files: a new one, another one, the recent ones, and switching the window to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from razmetka.core.store import Store, StoreError
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import error_words

MAX_RECENT = 8
DB_FILTER = "Razmetka (*.db *.sqlite *.sqlite3);;* (*)"


class Databases(QObject):
    """Opens database files into the window's shared state.

    Signals: switching() — another file is about to replace the open one (save, stop jobs);
    switched(str) — the other file is open (its path).
    """

    switching = Signal()
    switched = Signal(str)

    def __init__(self, state: WindowState, window: QMainWindow, recent_menu: QMenu) -> None:
        super().__init__(state)
        self._state = state
        self._window = window
        self._recent_menu = recent_menu
        # Kept in the status bar while the file is read-only: passing messages do not hide it.
        self.read_only_note = QLabel(self.tr("Read-only: decisions are not saved"), window)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.read_only_note)
        self.update_title()
        self._update_recent_menu()

    def update_title(self) -> None:
        """The file's name in the title, and whether the window may write to it."""
        store = self._state.store
        name = Path(store.path).name
        if store.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
            self._state.message(
                self.tr(
                    "The file is read-only: browse, search and export; decisions are not saved"
                ),
                10000,
            )
        self._window.setWindowTitle(f"{name} — Razmetka")
        self._window.setWindowFilePath(store.path)
        self.read_only_note.setVisible(store.read_only)

    def recent_files(self) -> list[str]:
        value = self._state.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember(self, path: str) -> None:
        """Put ``path`` first in File ▸ Open recent."""
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self._state.settings.setValue("recentFiles", [path, *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self._recent_menu.clear()
        for path in self.recent_files():
            action = self._recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        self._recent_menu.setEnabled(bool(self.recent_files()))

    def new_database(self) -> None:
        from razmetka.ui import files  # its dialogs' Qt classes are readied when first used

        path = files.save_file_name(
            self._window, self.tr("New database"), str(Path.home() / "razmetka.db"), DB_FILTER
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self._window,
                self.tr("New database"),
                self.tr("The file already exists; open it instead."),
            )
            return
        self.switch_database(path)

    def open_database(self) -> None:
        from razmetka.ui import files

        folder = str(Path(self._state.store.path).parent)
        path = files.open_file_name(self._window, self.tr("Open database"), folder, DB_FILTER)
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> bool:
        """Open ``path`` in place of the open file; False (and a warning) if it cannot be."""
        state = self._state
        try:
            store = Store(path, annotator=state.store.annotator)
        except StoreError as exc:
            QMessageBox.warning(self._window, self.tr("Open database"), error_words(exc))
            return False
        self.switching.emit()
        old = state.store
        state.undo_stack.clear()
        state.adopt(store)
        old.close()
        state.seen_version = state.read_data_version()
        self.update_title()
        self.remember(path)
        self.switched.emit(path)
        return True
