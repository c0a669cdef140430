"""The window asks the analyst's name once, on the first start, and saves it at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from razmetka.core import analyst
from razmetka.ui.dialogs.analyst_name import AnalystNameDialog, ask_once


def test_the_name_is_asked_when_unknown_and_saved_at_once(qtbot):
    analyst.settings_path().unlink()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnalystNameDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name.setText("a,b")
        assert not ok.isEnabled()
        dialog.name.setText("Анна")
        ok.click()

    QTimer.singleShot(0, answer)
    assert ask_once() == "Анна"
    assert analyst.saved() == "Анна"


def test_a_known_name_is_not_asked_again(qtbot):
    assert ask_once() == "tester"


def test_the_first_start_asks_before_the_window_and_decisions_record_the_name(store, qtbot):
    from razmetka.ui.app import Session, application

    analyst.settings_path().unlink()
    asked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnalystNameDialog)
        asked.append(dialog.windowTitle())
        dialog.name.setText("boris")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    session = Session(application(), store)
    qtbot.addWidget(session.window)
    assert asked and store.annotator == "boris" and analyst.saved() == "boris"
