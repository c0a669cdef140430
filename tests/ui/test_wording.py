"""What the window says: captions that fit, refusals in the analyst's language, plural forms,
and the names of undone actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from razmetka.core.report import ImportReport
from razmetka.ui.dialogs.import_report import ImportReportDialog
from razmetka.ui.i18n import Translators
from razmetka.ui.views.steady_label import SteadyLabel

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), code, modifier)


def test_a_steady_label_shows_its_whole_text_after_a_style_change(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel(parent)
    label.setText("Готово: 0 из 3000")
    parent.setStyleSheet("QLabel { font-size: 22pt; }")  # the theme, applied after the text
    parent.show()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_every_caption_fits_at_start_up(window) -> None:
    for label in window.findChildren(SteadyLabel):
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()


def test_span_table_titles_fit_in_russian(qtbot, store) -> None:
    from tests.ui.conftest import shown_window

    translators = Translators()
    assert translators.install("ru")
    try:
        window = shown_window(store, qtbot)
        header = window.views.span_table.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
        window.close()
    finally:
        translators.remove_all()


def test_an_overlap_refusal_names_the_spans_by_their_text(qtbot, window, store) -> None:
    key(qtbot, Qt.Key.Key_A)  # Казахстана accepted; Касым-Жомарт Токаев is current
    window.navigation.set_current(window.state.current_id)
    key(qtbot, Qt.Key.Key_Left, ALT)  # would take in «Казахстана»
    message = window.statusBar().currentMessage()
    assert "Казахстана" in message and "Касым-Жомарт Токаев" in message
    assert "10-20" not in message


def summary(qtbot, report: ImportReport) -> str:
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    return dialog.findChild(QWidget, "importSummary").text()


def test_counts_take_their_plural_forms(qtbot) -> None:
    report = ImportReport(imported=1, spans=1, files=1, already_present=2)
    translators = Translators()
    try:
        translators.install("en")
        english = summary(qtbot, report)
        translators.install("ru")
        russian = summary(qtbot, report)
    finally:
        translators.remove_all()
    assert english.startswith("1 article imported (1 span) from 1 file; 2 already present")
    assert russian.startswith("1 статья импортирована (1 сущность) из 1 файла")


def test_an_undone_action_keeps_its_name_in_the_log(qtbot, window, store) -> None:
    key(qtbot, Qt.Key.Key_Right, ALT)  # resize Казахстана
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Z, CTRL)
        key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    entries = store.log.entries(window.state.article_id)
    actions = [entry["action"] for entry in entries if entry["action"] != "suggest"]
    assert not any(action.startswith("undo undo") for action in actions), actions
    assert {a.split(" ")[-1] for a in actions} <= {"resize"}, actions
