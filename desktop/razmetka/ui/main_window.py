"""The annotation window, assembled from its parts (``ui/window/``).

The parts share a ``WindowState`` (the store, the open article, its span index, the current
span) and talk through its signals and their own; this module builds them and wires them up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from razmetka.core import rules
from razmetka.core.store import Store
from razmetka.ui.jobs.runner import JobRunner
from razmetka.ui.window.actions import ActionTable
from razmetka.ui.window.adjudication import Adjudication
from razmetka.ui.window.annotation import Annotator
from razmetka.ui.window.background import Background
from razmetka.ui.window.captions import ArticleCaptions
from razmetka.ui.window.checking import Checking
from razmetka.ui.window.databases import Databases
from razmetka.ui.window.everywhere import Everywhere
from razmetka.ui.window.finding import HitFinder
from razmetka.ui.window.labels import LabelSet
from razmetka.ui.window.large_edits import LargeEdits
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.navigation import Navigator
from razmetka.ui.window.normal_forms import NormalForms
from razmetka.ui.window.position import PositionKeeper
from razmetka.ui.window.state import WindowState
from razmetka.ui.window.sync import StoreWatcher


class MainWindow(QMainWindow):
    """Signals: article_opened(int) — an article is shown (its id);
    language_requested(str) — the analyst chose an interface language ("system", "ru", "en");
    database_changed(str) — another database file was opened (its path).
    """

    article_opened = Signal(int)
    language_requested = Signal(str)
    database_changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = QSettings()
        self.state = WindowState(store, self.settings, self.statusBar(), self)
        self.views = WindowViews(self, store)
        self.action_table = ActionTable(self, self.state, self.views.text_view)
        self.captions = ArticleCaptions(self.state, self.views)
        self.navigation = Navigator(self.state, self.views)
        self.annotation = Annotator(self.state, self.views, self.navigation)
        self.position = PositionKeeper(self.state, self.views.text_view)
        self.finding = HitFinder(self.state, self.views)
        self.adjudication = Adjudication(self.state, self.views, self.navigation, self.annotation)
        self.sync = StoreWatcher(self.state, self.views)
        self.databases = Databases(self.state, self, self.action_table.recent_menu)
        self.job_runner = JobRunner(
            lambda: self.state.store.path,
            self.statusBar(),
            self,
            lambda: self.state.store.read_only,
        )
        self.background = Background(
            self.state, self.job_runner, self.sync, self, self.views.article_model
        )
        self.labels = LabelSet(self.state, self.views, self.action_table, self)
        self.large_edits = LargeEdits(self.state, self.job_runner, self.annotation)
        self.everywhere = Everywhere(self.state, self.views, self.annotation, self.large_edits)
        self.normal_forms = NormalForms(self.state, self.views, self.annotation)
        self.checking = Checking(self.state, self.views, self.navigation, self.annotation, self)
        self.views.span_model.set_note_source(
            lambda span: self.state.store.suggestions.notes(span.article_id or 0).get(span.id or 0)
        )
        self._closed = False
        self.dashboard: QDialog | None = None
        self._bind_actions()
        self._connect()
        self.labels.reload()
        self.views.article_list.set_store(store)
        self._restore_layout()
        self.restore_position()

    def _bind_actions(self) -> None:
        table, views = self.action_table, self.views
        annotation, navigation = self.annotation, self.navigation
        databases, background = self.databases, self.background
        table.bind(
            {
                "new_db": databases.new_database,
                "open_db": databases.open_database,
                "import_files": background.import_files,
                "import_folder": background.import_folder,
                "export": background.export,
                "quit": self.close,
                "undo": annotation.undo,
                "redo": annotation.redo,
                "labels": self.labels.edit,
                "find": self.focus_search,
                "next_hit": self.finding.next_hit,
                "previous_hit": self.finding.previous_hit,
                "copy": views.text_view.copy,
                "next": lambda: navigation.step(1),
                "previous": lambda: navigation.step(-1),
                "accept": annotation.accept_current,
                "reject": annotation.reject_current,
                "delete": annotation.delete_current,
                "grow_start": lambda: annotation.resize_current(rules.grow_start),
                "grow_end": lambda: annotation.resize_current(rules.grow_end),
                "shrink_start": lambda: annotation.resize_current(rules.shrink_start),
                "shrink_end": lambda: annotation.resize_current(rules.shrink_end),
                "accept_all": annotation.accept_all,
                "span_menu": views.text_view.request_menu,
                "done_next": annotation.done_and_next,
                "skip": annotation.skip_article,
                "reopen": annotation.reopen_article,
                "next_article": lambda: navigation.step_article(1),
                "previous_article": lambda: navigation.step_article(-1),
                "suggest_article": background.suggest_this_article,
                "suggest_all": background.start_suggest,
                "stop_suggest": background.stop_suggesting,
                "show_rejected": lambda: navigation.set_show_rejected(
                    table.by_name["show_rejected"].isChecked()
                ),
                "dashboard": self.show_dashboard,
                "help": self.toggle_help,
                "about": self.about,
                "everywhere": self.everywhere.open_preview,
                "edit_normal": self.normal_forms.edit_current,
                "check": self.checking.run,
                "fix_finding": self.checking.fix_current,
                **self._team_slots(),
            }
        )
        table.bind_undo(self.state.undo_stack)

    def _team_slots(self) -> dict[str, Callable[[], object]]:
        adjudication = self.adjudication
        return {
            "next_disputed": adjudication.next_disputed,
            "take_a": adjudication.take_a,
            "take_b": adjudication.take_b,
            "edit_difference": adjudication.edit,
            "next_difference": lambda: adjudication.step(1),
            "previous_difference": lambda: adjudication.step(-1),
            "finish_adjudication": adjudication.finish,
            "agreement": self.show_agreement,
        }

    def show_agreement(self) -> None:
        from razmetka.ui.dialogs.agreement import AgreementDialog

        AgreementDialog(self.state.store, self).exec()

    def _connect(self) -> None:
        state, views, table = self.state, self.views, self.action_table
        state.article_opened.connect(self.article_opened)
        table.language_requested.connect(self.language_requested)
        table.label_chosen.connect(self.annotation.label_key)
        views.text_view.menu_requested.connect(table.show_span_menu)
        self.annotation.decided.connect(self.position.save_moves)
        self.labels.edited.connect(self.navigation.reload_article)
        self.sync.article_changed.connect(self.navigation.reload_article)
        self.sync.article_gone.connect(self.restore_position)
        # The watcher says so whenever the store changed under the window (an import, a job,
        # another program): labels may have come with the new data.
        self.sync.article_changed.connect(self.labels.follow_store)
        self.sync.article_gone.connect(self.labels.follow_store)
        self.databases.switching.connect(self._before_switch)
        self.databases.switched.connect(self._after_switch)
        search = views.article_list.search
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._search_escape)
        search.returnPressed.connect(views.text_view.setFocus)

    def adopt_undo_stack(self, stack: QUndoStack) -> None:
        """Take over another window's undo history (the window is rebuilt for a language)."""
        self.state.undo_stack.deleteLater()
        stack.setParent(self)
        self.state.undo_stack = stack
        self.action_table.bind_undo(stack)
        self.large_edits.attach()
        self.background.follow(stack)

    def restore_position(self) -> None:
        """Open the article and span this file was left at."""
        self.navigation.restore(self.position.saved())

    def _before_switch(self) -> None:
        self.position.save_all()
        self.job_runner.stop_all()

    def _after_switch(self, path: str) -> None:
        store = self.state.store
        self.views.article_model.set_store(store)
        self.views.article_list.set_store(store)
        self.labels.reload()
        self.position.forget()
        self.restore_position()
        self.database_changed.emit(path)
        if not store.read_only:  # suggestions could not be stored
            self.background.suggest_if_needed()

    # -- small commands

    def toggle_help(self) -> None:
        overlay = self.views.help_overlay
        if overlay.isVisible():
            overlay.hide()
        else:
            overlay.show_for(self, self.action_table.by_name, self.action_table.label_actions)

    def show_dashboard(self) -> None:
        """The team's progress in charts (matplotlib is loaded now, not at start-up)."""
        started = time.perf_counter()
        from razmetka.ui.dialogs.dashboard import DashboardDialog

        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
        self.dashboard = DashboardDialog(lambda: self.state.store, self, started)
        self.dashboard.show()

    def _search_escape(self) -> None:
        self.views.article_list.search.clear()
        self.views.text_view.setFocus()

    def focus_search(self) -> None:
        self.views.article_list.search.setFocus()
        self.views.article_list.search.selectAll()

    def about(self) -> None:
        """The version, the open database (its path and size) and where the log is."""
        from razmetka import __version__
        from razmetka.logs import log_file

        path = Path(self.state.store.path)
        size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Razmetka"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown, never rendered
        box.setText(
            self.tr(
                "Razmetka %1\nNamed-entity annotation of Russian news.\n\n"
                "Database: %2 (%3 MB)\nLog: %4"
            )
            .replace("%1", __version__)
            .replace("%2", str(path))
            .replace("%3", f"{size / 2**20:.1f}")
            .replace("%4", str(log_file()))
        )
        box.setIcon(QMessageBox.Icon.Information)
        box.exec()

    # -- layout and Qt's events

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.views.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.views.splitter.saveState())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.navigation.window_shown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closed = True
        self.sync.stop()
        self.navigation.stop()
        self.save_layout()
        self.position.save_all()
        self.job_runner.stop_all()
        if self.views.has_help_overlay:
            self.views.help_overlay.hide()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and not self._closed
        ):
            self.sync.refresh_if_changed()
