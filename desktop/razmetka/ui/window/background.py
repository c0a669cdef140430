"""Suggesting, importing and exporting from the window: the menu commands that start the jobs,
and what the window shows when their reports come back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from razmetka.ui.jobs.runner import Job, JobRunner
from razmetka.ui.jobs.work import export_work, import_work
from razmetka.ui.views.article_model import ArticleListModel
from razmetka.ui.window.state import WindowState
from razmetka.ui.window.sync import StoreWatcher
from razmetka.ui.wording import export_summary, problem_words

# The suggester's process, the file dialogs and the formats are loaded when first used.
if TYPE_CHECKING:
    from razmetka.core.report import ExportReport, ImportReport
    from razmetka.core.suggest import SuggestReport
    from razmetka.ui.jobs.suggest_process import SuggestProcess
    from razmetka.ui.jobs.thread import StoreJob

PROBLEMS_SHOWN = 30  # an export's problems listed in its message; the rest are elided
AHEAD = 50  # articles after the open one that suggestions reach first
# After the analyst's decisions, the articles they are about to see (the open one and those
# after it in list order) are suggested again with what was learned, once the keys pause:
# natasha takes up to a second on a long article, and each pause asks again.
LEARN_AHEAD = 5
LEARN_AFTER_MS = 1500


class Background(QObject):
    """Starts the window's jobs and shows their reports."""

    def __init__(
        self,
        state: WindowState,
        runner: JobRunner,
        sync: StoreWatcher,
        window: QMainWindow,
        articles: ArticleListModel,
    ) -> None:
        super().__init__(state)
        self._state = state
        self._runner = runner
        self._sync = sync
        self._window = window
        self._articles = articles
        self._suggesting: SuggestProcess | None = None
        runner.store_written.connect(sync.refresh_soon)
        state.article_opened.connect(lambda _id: self._prefer_what_is_shown())
        self._learn_timer = QTimer(self)
        self._learn_timer.setSingleShot(True)
        self._learn_timer.setInterval(LEARN_AFTER_MS)
        self._learn_timer.timeout.connect(self.learn_from_decisions)
        self._learning = False

    def learn_as_you_go(self) -> None:
        """From now on every decision (and every undo) teaches the suggestions of the articles
        the analyst is about to see, shortly after the keys pause."""
        self._learning = True
        self.follow(self._state.undo_stack)

    def follow(self, stack: QUndoStack) -> None:
        """Learn from the decisions on ``stack`` (the window took over another's history)."""
        if self._learning:  # a method, not a lambda: Qt disconnects it when this part goes
            stack.indexChanged.connect(self._learn_soon)

    def _learn_soon(self, _index: int) -> None:
        self._learn_timer.start()

    # -- suggesting

    def start_suggest(self, article_ids: list[int] | None = None) -> Job:
        """natasha's suggestions for the articles it has not seen (or the given ones), in a
        process of their own: the article on screen first, then the next ones in list order."""
        job = self._start_process(article_ids, self.tr("Suggesting"), self._suggest_done)
        self._prefer_what_is_shown()
        return job

    def _start_process(
        self,
        article_ids: list[int] | None,
        title: str,
        on_done: Callable[[SuggestReport], None],
        refresh: bool = False,
    ) -> SuggestProcess:
        """The window's suggesting process, started and shown (one at a time)."""
        from razmetka.ui.jobs.suggest_process import SuggestProcess

        job = SuggestProcess(self._state.store.path, article_ids, title, self, refresh)
        self._suggesting = job
        job.finished.connect(lambda: self._forget(job))
        self._runner.start(job, on_done)
        return job

    def _prefer_what_is_shown(self) -> None:
        """Tell the suggesting process which articles the analyst is about to see."""
        if self._suggesting is not None:
            self._suggesting.prefer(self._upcoming(AHEAD))

    def _upcoming(self, count: int) -> list[int]:
        """The open article and the ones after it in list order, ``count`` in all."""
        model = self._articles
        after = model.row_of(self._state.article_id)
        start = after if after is not None else 0
        upcoming = [model.article_at(row) for row in range(start, start + count)]
        return [i for i in upcoming if i is not None]

    def learn_from_decisions(self) -> None:
        """Bring the pending suggestions of the articles the analyst is about to see up to date
        with every decision so far (decided articles are left as they are): the suggesting
        process learns again, or one is started for them."""
        upcoming = self._upcoming(LEARN_AHEAD)
        if not upcoming or self._state.store.read_only:
            return
        if self._suggesting is not None:
            self._suggesting.learn(upcoming)
            return
        title = self.tr("Updating suggestions")
        self._start_process(upcoming, title, self._refresh_done, refresh=True)

    def _refresh_done(self, report: SuggestReport) -> None:
        """Said only when the analyst's decisions changed what the next articles suggest."""
        self._sync.refresh_counts()
        if report.refreshed:
            message = self.tr(
                "Suggestions updated from your decisions in %n article(s)", "", report.refreshed
            )
            self._state.message(message, 5000)

    def _forget(self, job: SuggestProcess) -> None:
        if self._suggesting is job:
            self._suggesting = None
            report = job.report
            if job.unheard_learns > 0 and report is not None and not report.cancelled:
                # It ran out of work before it heard the analyst's latest decisions.
                QTimer.singleShot(0, self.learn_from_decisions)

    def stop_suggesting(self) -> None:
        """The analyst's key for stopping suggestions (they go on at the next start)."""
        if self._suggesting is not None:
            self._suggesting.cancel()
            self._state.message(self.tr("Stopping suggestions…"), 3000)

    def suggest_this_article(self) -> None:
        if self._state.article_id is not None:
            self.start_suggest([self._state.article_id])

    def suggest_if_needed(self) -> None:
        """Another file is open: suggest for the articles natasha has not seen there."""
        if self._state.store.suggestions.any_unsuggested():
            self.start_suggest()

    def _suggest_done(self, report: SuggestReport) -> None:
        self._sync.refresh_counts()
        message = (
            self.tr("Suggestions: %1 new in %2")
            .replace("%1", str(report.spans))
            .replace("%2", self.tr("%n article(s)", "", report.articles))
        )
        if report.cancelled:
            message += " " + self.tr("(cancelled)")
        self._state.message(message, 8000)

    # -- importing

    def import_files(self) -> None:
        from razmetka.core import formats
        from razmetka.ui import files

        paths = files.open_file_names(
            self._window,
            self.tr("Import files"),
            str(Path.home()),
            formats.import_filter(self.tr("Articles and annotations")),
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def import_folder(self) -> None:
        from razmetka.ui import files

        folder = files.existing_directory(
            self._window, self.tr("Import a folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path], fmt: str | None = None) -> StoreJob | None:
        if self._state.store.read_only:  # the job's own connection could not write either
            self._state.message(self.tr("Not saved: the file is read-only"), 10000)
            QApplication.beep()
            return None
        work = import_work(paths, fmt)
        return self._runner.run(work, self.tr("Importing"), self._import_done, "import")

    def _import_done(self, report: ImportReport) -> None:
        from razmetka.ui.dialogs.import_report import ImportReportDialog

        self._sync.refresh_from_store()
        dialog = ImportReportDialog(report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if report.imported:
            self.start_suggest()

    # -- exporting

    def export(self) -> None:
        from razmetka.ui.dialogs.export_dialog import ExportDialog

        names = [label.name for label in self._state.store.labels.all()]
        dialog = ExportDialog(self._state.settings, self._window, names)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        if options is not None:
            work = export_work(options)
            self._runner.run(work, self.tr("Exporting"), self.export_done, "export")

    def export_done(self, report: ExportReport) -> None:
        """The export's summary, and the first of the spans the format could not hold."""
        text = export_summary(report)
        problems = report.problems
        if problems:
            text += "\n\n" + "\n".join(problem_words(p) for p in problems[:PROBLEMS_SHOWN])
            if len(problems) > PROBLEMS_SHOWN:
                text += "\n…"
        QMessageBox.information(self._window, self.tr("Export"), text)
