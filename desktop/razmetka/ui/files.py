"""The window's file dialogs, which never open a file to show it.

Qt's dialogs tell a file's icon and type by reading its first bytes (``QMimeDatabase``), so
listing the database's own folder opened the database, its -wal and its -shm file and closed
them again. On POSIX, closing any descriptor of a file drops every lock the process holds on
it (SQLite's "How To Corrupt An SQLite Database File", section 2.2): the window's connection
lost its locks without knowing, the next program to close the file (``razmetka stats``) took
itself for the last one, deleted the -wal and -shm files, and the window's later decisions went
into a deleted file. Here every dialog is Qt's own (a native one would not take the provider)
and names icons and types from the file's name alone; nothing but SQLite opens the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget

_MATCH_NAME = QMimeDatabase.MatchMode.MatchExtension


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from a file's name: never reads the file."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._mime = QMimeDatabase()

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = QAbstractFileIconProvider.IconType
            # QFileInfo's kind comes from stat(), which opens nothing.
            return super().icon(kind.Folder if what.isDir() else kind.File)
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        found = self._mime.mimeTypeForFile(info.fileName(), _MATCH_NAME)
        return found.comment() or found.name()


_ICONS: NameOnlyIcons | None = None


def _icons() -> NameOnlyIcons:
    """One provider for every dialog: a dialog does not own it, so it must outlive them."""
    global _ICONS
    if _ICONS is None:
        _ICONS = NameOnlyIcons()
    return _ICONS


def file_dialog(parent: QWidget | None, caption: str, start: str, name_filter: str) -> QFileDialog:
    """A dialog that lists folders without opening their files.

    The provider is set before the event loop runs again: the dialog asks for icons and types
    only when the folder's listing arrives from its gatherer thread, on the event loop."""
    dialog = QFileDialog(parent, caption, start, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_icons())
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, start: str, name_filter: str) -> str:
    """One existing file, or "" when cancelled."""
    dialog = file_dialog(parent, caption, start, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_chosen(dialog)), "")


def open_file_names(
    parent: QWidget | None, caption: str, start: str, name_filter: str
) -> list[str]:
    """Existing files, or [] when cancelled."""
    dialog = file_dialog(parent, caption, start, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, caption: str, start: str, name_filter: str = "") -> str:
    """A file to write (it may not exist yet), or "" when cancelled."""
    dialog = file_dialog(parent, caption, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_chosen(dialog)), "")


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    """An existing folder, or "" when cancelled."""
    dialog = file_dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_chosen(dialog)), "")
