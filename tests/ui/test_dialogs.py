"""Menus, dialogs and background jobs: context menu, help overlay, labels, import, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from razmetka.core.model import Label, SpanStatus
from razmetka.ui.dialogs.import_report import ImportReportDialog
from razmetka.ui.dialogs.label_editor import LabelEditor

from .test_actions import press, span_by_text


def test_context_menu_on_a_span(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    span = span_by_text(store, a0, "Вашингтон")
    rect = window.views.text_view._span_rects(window.state.index.get(span.id))[0]
    seen: list[list[str]] = []

    def choose_accept() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([a.objectName() for a in menu.actions()])
        accept = next(a for a in menu.actions() if a.objectName() == "accept")
        menu.hide()
        accept.trigger()

    QTimer.singleShot(50, choose_accept)
    point = rect.center().toPoint()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, window.views.text_view.viewport().mapToGlobal(point)
    )
    window.views.text_view.contextMenuEvent(event)
    qtbot.waitUntil(lambda: bool(seen))
    assert {"accept", "reject", "delete", "grow_end"} <= set(seen[0])
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED


def test_help_overlay_lists_shortcuts(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    overlay = window.views.help_overlay
    assert overlay.isVisible()
    texts = [label.text() for label in overlay.findChildren(type(window.views.header))]
    assert "A" in texts and "Ctrl+Return, Ctrl+Enter" in texts
    assert any("PER" in t for t in texts)
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_label_editor_writes_to_the_store(qtbot, store) -> None:
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    assert editor.table.rowCount() == 3
    with qtbot.waitSignal(editor.labels_changed):
        assert editor.add_label("EVENT", "4")
    assert Label("EVENT", "#8c6bb1", "4", "") in store.labels.all()
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("СОБЫТИЕ")  # rename
    assert "СОБЫТИЕ" in store.labels.names() and "EVENT" not in store.labels.names()
    assert editor.set_color(row, "#123456")
    assert [lab.color for lab in store.labels.all() if lab.name == "СОБЫТИЕ"] == ["#123456"]


def test_label_editor_refuses_a_taken_hotkey(qtbot, store, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    editor.table.item(0, 2).setText("2")  # LOC has 2
    assert warnings and "2" in warnings[0]
    editor.table.item(0, 2).setText("a")  # the window's accept key
    assert len(warnings) == 2
    assert store.labels.all()[0].hotkey == "1"


def test_new_label_gets_a_hotkey_in_the_window(qtbot, window, store) -> None:
    store.labels.save(Label("EVENT", "#aa5500", "4"))
    window.labels.changed()
    assert "EVENT" in window.views.legend.buttons
    text = window.state.index.text
    cursor = window.views.text_view.document().find("Встреча")
    window.views.text_view.setTextCursor(cursor)
    press(qtbot, window, Qt.Key.Key_4)
    created = window.state.current_span()
    assert (created.label, created.surface(text)) == ("EVENT", "Встреча")


def test_import_job_reports_rejected_records(qtbot, window, store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Новая статья о Казани и Татарстане.", encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"text": "ok"}\n{broken\n', encoding="utf-8")
    before = window.views.article_model.rowCount()
    started: list = []
    monkey_start = window.background.start_suggest
    window.background.start_suggest = lambda *a: started.append(a)  # keep natasha out of this test
    try:
        job = window.background.start_import([folder])
        qtbot.waitUntil(lambda: job not in window.job_runner.jobs, timeout=60_000)
        qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=30_000)
    finally:
        window.background.start_suggest = monkey_start
    dialog = window.findChild(ImportReportDialog)
    assert window.views.article_model.rowCount() == before + 2
    assert dialog.table.rowCount() >= 1
    reasons = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert any(reasons)
    assert "bad.jsonl" in dialog.table.item(0, 0).text()
    assert started  # new articles get suggestions in the background
    dialog.close()


def test_export_job_writes_the_file(qtbot, window, store, tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("razmetka.core.export")
    from razmetka.core.export import ExportOptions

    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    out = tmp_path / "out.jsonl"
    job = window.job_runner.run(
        __import__("razmetka.ui.jobs.work", fromlist=["export_work"]).export_work(
            ExportOptions(format="jsonl", out=out)
        ),
        "export",
        window.background.export_done,
    )
    # The job may end before a signal could be waited for: wait on the runner's list instead.
    qtbot.waitUntil(lambda: job not in window.job_runner.jobs, timeout=60_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "Казахстана" in lines[0]


def test_export_dialog_builds_options(qtbot, window, tmp_path: Path) -> None:
    pytest.importorskip("razmetka.core.export")
    from razmetka.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.format.findData("conll") >= 0
    dialog.format.setCurrentIndex(dialog.format.findData("conll"))
    dialog.everything.setChecked(True)
    dialog.destination.setText(str(tmp_path / "x.conll"))
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    options = dialog.options()
    assert (options.format, options.include_all, options.out) == (
        "conll",
        True,
        tmp_path / "x.conll",
    )


def test_export_dialog_sets_split_labels_and_token_options(qtbot, window, tmp_path) -> None:
    pytest.importorskip("razmetka.core.export")
    from razmetka.core.export import export
    from razmetka.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.settings, window, ["PER", "LOC", "ORG"])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("conll"))
    assert dialog.tags.isEnabled() and not dialog.tokens.isEnabled()
    assert not dialog.negatives.isEnabled()  # CoNLL has no place for them
    dialog.split.setChecked(True)
    assert "folder" in dialog.destination.placeholderText()
    for box, value in zip(dialog.ratios, (60, 20, 20), strict=True):
        box.setValue(value)
    dialog.seed.setValue(7)
    dialog.labels.item(2, 0).setCheckState(Qt.CheckState.Unchecked)  # ORG left out
    dialog.labels.item(0, 1).setText("PERSON")
    dialog.tags.setCurrentIndex(dialog.tags.findData("bioes"))
    dialog.misaligned.setCurrentIndex(dialog.misaligned.findData("skip"))
    dialog.everything.setChecked(True)
    dialog.destination.setText(str(tmp_path / "parts"))
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    options = dialog.options()
    assert options.split == (60, 20, 20) and options.seed == 7
    assert options.labels == frozenset({"PER", "LOC"})
    assert options.rename == {"PER": "PERSON"}
    assert (options.tags, options.misaligned, options.tokens) == ("bioes", "skip", False)
    from razmetka.core import actions

    for article_id in window.state.store.articles.ids():
        window.state.store.apply(actions.accept_all(window.state.store, article_id))
    report = export(window.state.store, options)
    assert {Path(f).name for f in report.files} <= {"train.conll", "dev.conll", "test.conll"}
    written = "".join(Path(f).read_text(encoding="utf-8") for f in report.files)
    assert "PERSON" in written and "-ORG" not in written

    again = ExportDialog(window.settings, window, ["PER"])
    qtbot.addWidget(again)
    assert again.split.isChecked() and again.seed.value() == 7  # remembered


def test_export_dialog_refuses_a_label_name_with_spaces(qtbot, window, monkeypatch) -> None:
    from razmetka.ui.dialogs.export_dialog import ExportDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = ExportDialog(window.settings, window, ["PER"])
    qtbot.addWidget(dialog)
    dialog.destination.setText("/tmp/x.jsonl")
    dialog.labels.item(0, 1).setText("a person")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert warnings and "PER" in warnings[0]


def test_switching_database_clears_undo_and_shows_the_new_file(qtbot, window, tmp_path) -> None:
    press(qtbot, window, Qt.Key.Key_A)
    assert window.state.undo_stack.count() == 1
    window.background.start_suggest = lambda *a: None
    assert window.databases.switch_database(str(tmp_path / "other.db"))
    assert window.state.undo_stack.count() == 0
    assert window.views.article_model.rowCount() == 0
    assert window.state.article is None
    assert str(tmp_path / "other.db") in window.databases.recent_files()[0]
    assert window.windowTitle().startswith("other.db")
    press(qtbot, window, Qt.Key.Key_A)  # nothing open: no crash, nothing written


def test_status_filter_and_search(qtbot, window, store) -> None:
    panel = window.views.article_list
    panel.search.setText("газпром")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data() == "Эмодзи"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert panel.model.rowCount() == 0
    assert QPoint() is not None


def test_label_hotkey_letter_keeps_menu_mnemonics(qtbot, window, store) -> None:
    store.labels.save(Label("EVENT", "#aa5500", "E"))
    store.labels.save(Label("DATE", "#5500aa", "D"))
    window.labels.changed()
    exact = {a.objectName(): a.shortcuts() for a in window.action_table.label_actions}
    assert exact["exact_EVENT"] == []  # Alt+E opens the Edit menu
    assert [k.toString() for k in exact["exact_DATE"]] == ["Alt+D"]
    assert [k.toString() for k in exact["label_EVENT"]] == ["E"]


def test_span_menu_from_the_keyboard(qtbot, window, store, monkeypatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        window.action_table, "show_span_menu", lambda span_id, point: opened.append(span_id)
    )
    window.views.text_view.menu_requested.disconnect()
    window.views.text_view.menu_requested.connect(window.action_table.show_span_menu)
    press(qtbot, window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert opened == [window.state.current_id]
