"""A file dialog never costs a decision: listing the database's folder must not open the
database files. On POSIX, closing any descriptor of a file drops every SQLite lock the process
holds on it; another program (``razmetka stats``) then takes the file for its own, deletes the
-wal and -shm files as the last one out, and what the window writes afterwards is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit

from .test_actions import CTRL, SHIFT, press

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def run_stats(db_path: Path) -> None:
    """``razmetka --db FILE stats`` as another program runs it."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(DESKTOP), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "razmetka", "--db", str(db_path), "stats"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def accepted_after_restart(db_path: Path) -> int:
    """What a program started afresh finds accepted in the file (as after a kill)."""
    script = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "print(conn.execute(\"SELECT count(*) FROM spans WHERE status = 'accepted'\")"
        ".fetchone()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def browse_and_cancel(qtbot, folder: Path, seen: list[str]) -> None:
    """The analyst types the database's folder into the open dialog, looks, presses Esc."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    try:
        _browse(qtbot, dialog, folder, seen)
    finally:
        dialog.reject()  # a failed look must not leave the test waiting on the dialog


def _browse(qtbot, dialog: QFileDialog, folder: Path, seen: list[str]) -> None:
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    model = dialog.findChild(QFileSystemModel)
    assert name_edit is not None and model is not None
    if dialog.fileMode() == QFileDialog.FileMode.Directory:
        dialog.setDirectory(str(folder))  # Return would choose the folder typed
    else:
        qtbot.keyClicks(name_edit, str(folder))
        qtbot.keyClick(name_edit, Qt.Key.Key_Return)

    if dialog.nameFilters():
        dialog.selectNameFilter(dialog.nameFilters()[-1])  # "* (*)": show every file

    def listed() -> bool:
        root = model.index(str(folder))
        names = [model.index(row, 0, root).data() for row in range(model.rowCount(root))]
        return any(str(name).endswith("-shm") for name in names)

    if dialog.fileMode() == QFileDialog.FileMode.Directory:
        # Only folders are shown; the listing is read all the same.
        qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == folder)
        seen.append(f"{folder}: {os.listdir(folder)}")
    else:
        qtbot.waitUntil(listed, timeout=10000)
    qtbot.wait(500)  # the icons and types of what is listed arrive after the names
    root = model.index(str(folder))
    seen.extend(
        f"{model.index(row, 0, root).data()}: {model.index(row, 2, root).data()}"
        for row in range(model.rowCount(root))
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_I, CTRL),
        (Qt.Key.Key_I, CTRL | SHIFT),
        (Qt.Key.Key_O, CTRL),
        (Qt.Key.Key_N, CTRL),
    ],
    ids=["import files", "import folder", "open", "new"],
)
def test_a_dialog_on_the_database_folder_loses_no_decision(
    qtbot, window, db_path: Path, keys
) -> None:
    before = accepted_after_restart(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    press(qtbot, window, Qt.Key.Key_A)  # the window has written: its -wal file is in use
    assert wal.exists()
    seen: list[str] = []
    QTimer.singleShot(200, lambda: browse_and_cancel(qtbot, db_path.parent, seen))
    press(qtbot, window, *keys)
    assert any(db_path.name in line for line in seen), seen

    run_stats(db_path)
    assert wal.exists(), "another program took the file while the window held it"
    # Offscreen, the closed dialog keeps the focus until its deletion is processed.
    qtbot.waitUntil(
        lambda: not any(isinstance(w, QFileDialog) for w in QApplication.topLevelWidgets())
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.views.text_view.setFocus()
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_A)
    assert window.state.undo_stack.count() == 4, (
        window.statusBar().currentMessage(),
        window.state.current_id,
        QApplication.focusWidget(),
        QApplication.activeModalWidget(),
    )
    assert accepted_after_restart(db_path) == before + 4


def test_every_dialog_tells_types_by_name_alone(qtbot, window, tmp_path, monkeypatch) -> None:
    """Open, new, import files, import a folder, export to a file and to a folder: each is
    Qt's own dialog (a native one would not take the provider) with the name-only provider."""
    from razmetka.ui import files
    from razmetka.ui.dialogs.export_dialog import ExportDialog

    made: list[QFileDialog] = []
    monkeypatch.setattr(QFileDialog, "exec", lambda self: made.append(self) or 0)
    for key, modifier in ((Qt.Key.Key_O, CTRL), (Qt.Key.Key_N, CTRL), (Qt.Key.Key_I, CTRL)):
        press(qtbot, window, key, modifier)
    press(qtbot, window, Qt.Key.Key_I, CTRL | SHIFT)
    export = ExportDialog(window.settings, window, ["PER", "LOC", "ORG"])
    qtbot.addWidget(export)
    export._browse()
    export.split.setChecked(True)  # a split writes a folder
    export._browse()
    assert len(made) == 6
    for dialog in made:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert isinstance(dialog.iconProvider(), files.NameOnlyIcons)

    # A file whose bytes say SQLite and whose name says text is told by its name.
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(b"SQLite format 3\x00" + bytes(100))
    icons = files.NameOnlyIcons()
    assert icons.type(QFileInfo(str(disguised))) == icons.type(QFileInfo(str(tmp_path / "a.txt")))
