"""A read-only file: the label editor offers no change it could not save and says why, and the
window's background jobs open the file read-only too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from razmetka.core.store import Store
from razmetka.ui.dialogs.label_editor import COLOR, NAME, LabelEditor

from .conftest import shown_window


@pytest.fixture
def read_only_store(db_path: Path):
    store = Store(db_path, read_only=True)
    yield store
    store.close()


def test_the_label_editor_offers_no_edit_on_a_read_only_file(qtbot, read_only_store) -> None:
    before = read_only_store.labels.all()
    editor = LabelEditor(read_only_store, reserved="AXJK")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    buttons = {b.text(): b.isEnabled() for b in editor.findChildren(QPushButton)}
    assert buttons["&Add label"] is False and buttons["&Delete"] is False
    assert buttons["&Colour…"] is False
    hint = editor.findChild(QLabel, "labelHint")
    assert "read-only" in hint.text() and "cannot be changed" in hint.text()
    for row in range(editor.table.rowCount()):
        for column in range(editor.table.columnCount()):
            assert not editor.table.item(row, column).flags() & Qt.ItemFlag.ItemIsEditable

    # The keys an analyst would try: F2 on a name, typing over it, a double click on a colour.
    editor.table.setCurrentCell(0, NAME)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    assert editor.table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClicks(editor.table, "XYZ")
    editor.table.cellDoubleClicked.emit(0, COLOR)
    assert not editor.add_label("EVENT", "4") and not editor.set_color(0, "#123456")
    editor.delete_label()
    assert read_only_store.labels.all() == before


def test_the_label_editor_still_edits_a_writable_file(qtbot, store) -> None:
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    assert all(b.isEnabled() for b in editor.findChildren(QPushButton))
    assert "read-only" not in editor.findChild(QLabel, "labelHint").text()
    assert editor.table.item(0, NAME).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_read_only_windows_jobs_open_the_file_read_only(qtbot, read_only_store) -> None:
    window = shown_window(read_only_store, qtbot)
    seen: list[bool] = []
    job = window.job_runner.run(lambda store, progress, stop: store.read_only, "look", seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen == [True]
    assert job.read_only
    window.close()
