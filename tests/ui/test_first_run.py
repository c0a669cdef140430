"""The first start offers the demo corpus, a new file or an existing one; About says where the
database and the log are; an error nobody caught is logged and shown, never a bare traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from razmetka.core.store import Store
from razmetka.ui import app as ui_app
from razmetka.ui.dialogs.first_run import FirstRunDialog
from razmetka.ui.main_window import MainWindow


def press_in_first_run(name: str) -> None:
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible()
    ]
    if not dialogs:
        QTimer.singleShot(10, lambda: press_in_first_run(name))
        return
    dialogs[0].findChild(QPushButton, name).click()


def close_the_window_when_shown(shown: list) -> None:
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    if windows:
        shown.append(windows[0].state.store.path)
        windows[0].close()
    else:
        QTimer.singleShot(10, lambda: close_the_window_when_shown(shown))


def without_a_database(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("RAZMETKA_DB")
    default = tmp_path / "data" / "razmetka.db"
    monkeypatch.setattr(ui_app, "resolve_path", lambda _path: default)
    monkeypatch.setattr(ui_app, "demo_path", lambda: tmp_path / "data" / "demo.db")
    from razmetka.ui.window.background import Background

    monkeypatch.setattr(Background, "start_suggest", lambda self, *a: None)  # no natasha here
    return default


def test_the_first_start_offers_the_demo(qtbot, tmp_path, monkeypatch) -> None:
    without_a_database(monkeypatch, tmp_path)
    shown: list = []
    QTimer.singleShot(0, lambda: press_in_first_run("firstRun_demo"))
    QTimer.singleShot(0, lambda: close_the_window_when_shown(shown))
    assert ui_app.run(None) == 0
    assert shown == [str(tmp_path / "data" / "demo.db")]
    with Store(tmp_path / "data" / "demo.db") as store:
        assert store.articles.count() == 5


def test_declining_the_first_start_opens_nothing(qtbot, tmp_path, monkeypatch) -> None:
    default = without_a_database(monkeypatch, tmp_path)

    def cancel() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstRunDialog) and w.isVisible()
        ]
        if dialogs:
            dialogs[0].reject()
        else:
            QTimer.singleShot(10, cancel)

    QTimer.singleShot(0, cancel)
    assert ui_app.run(None) == 0
    assert not default.exists()


def test_about_names_the_version_the_database_and_the_log(window, monkeypatch) -> None:
    from razmetka import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.about()
    assert __version__ in shown[0] and window.state.store.path in shown[0]
    assert "MB" in shown[0] and "razmetka.log" in shown[0]


def test_an_uncaught_error_is_logged_and_shown(qtbot, tmp_path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    try:
        raise ValueError("a bug in a slot")
    except ValueError as exc:
        ui_app.report_error(type(exc), exc, exc.__traceback__)
    log = tmp_path / "log" / "razmetka.log"
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "a bug in a slot" in said[0] and str(log) in said[0]
    assert "Traceback" not in said[0]
