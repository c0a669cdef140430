"""The label editor's Add button, and the legend following labels that came from elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from razmetka.core.model import Label
from razmetka.core.store import Store
from razmetka.ui.dialogs.label_editor import LabelEditor


def test_the_add_button_adds_a_label(qtbot, store, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(
        "razmetka.ui.dialogs.label_editor.QMessageBox.warning",
        lambda *args: warnings.append(args[2]),
    )
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    editor.show()
    button = editor.findChild(QPushButton, "addLabel")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert warnings == []
    assert "NEW1" in store.labels.names()
    assert editor.table.item(editor.table.rowCount() - 1, 0).text() == "NEW1"


def test_a_name_edited_to_nothing_is_refused_in_plain_words(qtbot, store, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(
        "razmetka.ui.dialogs.label_editor.QMessageBox.warning",
        lambda *args: warnings.append(args[2]),
    )
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    editor.table.item(0, 0).setText("  ")
    assert warnings == ["A label name is one word: no spaces, not empty."]
    assert len(store.labels.names()) == 3


def test_the_legend_shows_a_label_another_program_added(qtbot, window, db_path) -> None:
    with Store(db_path) as other:
        other.labels.save(Label("EVENT", "#aa5500", "4"))
    window.sync.refresh_if_changed()  # what activating the window does
    assert "EVENT" in window.views.legend.buttons
    assert "label_EVENT" in {a.objectName() for a in window.action_table.label_actions}


def test_the_legend_shows_a_label_an_import_created(qtbot, window, tmp_path: Path) -> None:
    source = tmp_path / "more.jsonl"
    record = {
        "text": "Фестиваль прошёл в Казани.",
        "spans": [{"start": 0, "end": 9, "label": "EVENT"}],
    }
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    window.background.start_suggest = lambda *args: None  # natasha is not the point here
    window.background.start_import([source])
    qtbot.waitUntil(lambda: "EVENT" in window.views.legend.buttons, timeout=10_000)
