"""Starting the window: ``run(db_path, demo)`` is what ``razmetka`` with no command calls."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from razmetka.core.store import Store, StoreError, demo_path, resolve_path
from razmetka.resources import FOLDER as RESOURCES
from razmetka.ui.i18n import SETTING as LANGUAGE_SETTING
from razmetka.ui.i18n import Translators, chosen_language
from razmetka.ui.jobs.runner import SUGGEST
from razmetka.ui.main_window import MainWindow
from razmetka.ui.trace import install as install_trace
from razmetka.ui.window.commands import EditCommand
from razmetka.ui.wording import error_words

ORGANIZATION = "Razmetka"
APPLICATION = "Razmetka"


def application() -> QApplication:
    """The QApplication, created with the names QSettings files are kept under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("razmetka")
    icon = RESOURCES / "icons" / "razmetka.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Session:
    """The open window and what outlives it when the language changes."""

    def __init__(self, app: QApplication, store: Store) -> None:
        self.app = app
        self.store = store
        self.translators = Translators()
        self.translators.install(chosen_language())
        self._know_the_analyst()
        self.window = self._new_window()

    def _know_the_analyst(self) -> None:
        """On the first start the analyst gives a name (after the translations load, so the
        question is in their language); every decision records it."""
        from razmetka.core import analyst

        try:
            name = analyst.resolve()
        except analyst.BadName:
            name = None
        if not name:  # the dialog's module is loaded only when it is needed
            from razmetka.ui.dialogs.analyst_name import ask_once

            name = ask_once(os.environ.get("USER", ""))
        if name:
            self.store.annotator = name

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.store)
        window.background.learn_as_you_go()
        window.language_requested.connect(self.switch_language)
        window.database_changed.connect(self._database_changed)
        return window

    def _database_changed(self, _path: str) -> None:
        self.store = self.window.state.store

    def switch_language(self, choice: str) -> None:
        """Rebuild the window in another language; the undo history moves across.

        An import or export under way finishes first (its progress and report belong to the
        window that started it); suggesting is stopped and picked up again by the new window.
        """
        old = self.window
        old.settings.setValue(LANGUAGE_SETTING, choice)
        if any(job.kind != SUGGEST for job in old.job_runner.jobs):
            old.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "The language changes at the next start: an import or export is running.",
                ),
                8000,
            )
            return
        resume_suggest = bool(old.job_runner.jobs)
        old.job_runner.stop_all()
        old.save_layout()
        self.translators.install(chosen_language(old.settings))
        window = self._new_window()
        stack = old.state.undo_stack
        for number in range(stack.count()):
            command = stack.command(number)
            if isinstance(command, EditCommand):
                command.set_listener(window.annotation)
        stack.indexChanged.disconnect()  # the old window's Undo and Redo actions
        stack.cleanChanged.disconnect()
        window.adopt_undo_stack(stack)
        window.show()
        old.hide()
        old.deleteLater()
        self.window = window
        if resume_suggest:
            window.background.start_suggest()


def run(db_path: str | None = None, demo: bool = False) -> int:
    """Open the annotation window on a database; returns the exit code.

    ``db_path`` None means ``RAZMETKA_DB`` or the default file. An empty database gets the demo
    corpus when ``demo`` is set or when it is the default database.
    """
    app = application()
    sys.excepthook = report_error
    install_trace(app)  # RAZMETKA_TRACE=FILE: timings for benchmarks/bench_corpus.py
    path = resolve_path(db_path)
    is_default = not db_path and not os.environ.get("RAZMETKA_DB")
    if is_default and not demo and not path.exists():
        chosen = _first_database(path)
        if chosen is None:
            return 0
        demo, path = chosen == demo_path(), chosen
    try:
        store = Store(path)
    except StoreError as exc:
        QMessageBox.critical(None, APPLICATION, error_words(exc))
        return 1
    if store.articles.count() == 0 and demo and not store.read_only:
        from razmetka.core.importing import import_demo

        import_demo(store)
    session = Session(app, store)
    session.window.databases.remember(str(path))
    session.window.show()
    if store.suggestions.any_unsuggested() and not store.read_only:
        QTimer.singleShot(0, session.window.background.start_suggest)
    code = app.exec()
    session.store.close()
    return code


def _first_database(default: Path) -> Path | None:
    """No database at the default place: the last one used, when there is one; else (the very
    first start) the analyst picks the demo, a new file or one of theirs."""
    from PySide6.QtCore import QSettings

    from razmetka.ui.dialogs.first_run import first_database

    recent = QSettings().value("recentFiles", [])
    for name in [recent] if isinstance(recent, str) else list(recent or []):
        if Path(str(name)).is_file():
            return Path(str(name))
    return first_database(demo_path(), Path.home())


def report_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error no part of the window caught: written to the log, shown as a message (never
    a bare traceback); the window goes on, and every decision already made is on disk."""
    from razmetka.logs import log_error

    log = log_error(kind, error, trace, where="window")
    QMessageBox.critical(
        QApplication.activeWindow(),
        APPLICATION,
        QCoreApplication.translate(
            "App", "Something went wrong: %1\n\nYour decisions are saved. The details are in %2."
        )
        .replace("%1", error_words(error))
        .replace("%2", str(log)),
    )


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
