"""The dashboard: the team's progress in charts (``core.dashboard`` figures, ``core.charts``).

The dialog opens at once with a place for each chart. The figures are read on a thread with a
connection of its own, the quick ones first: their charts are drawn into their places one per
turn of the event loop while the time per article, a pass over every decision, is still being
read; its chart follows. The window never waits for them. Meanwhile the first open imports
matplotlib (a few hundred milliseconds, never at start-up), which the reading goes on beside.

Each chart is a matplotlib figure on matplotlib's Qt canvas (QtAgg): Agg draws it straight into
the canvas's image, at the canvas's size, and again when the dialog is resized. The other way,
an SVG rendered by QtSvg, would write each chart as XML, load one more Qt module, parse the XML
back and draw it with QtSvg's partial SVG support: more work for the same picture.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from razmetka.core import charts, dashboard
from razmetka.core.store import Store
from razmetka.core.store.opening import MEMORY
from razmetka.ui.jobs.thread import StoreJob
from razmetka.ui.jobs.work import Work
from razmetka.ui.trace import record

COLUMNS = 2
CHART_MIN_SIZE = (480, 300)
NEED_TIMES = ("times",)  # the charts drawn once the time per article is read too


class FirstFigures(QObject):
    """Carries the quick figures from the reading thread to the dialog, before the times."""

    ready = Signal(object)


class DashboardDialog(QDialog):
    """The charts of the open database, as they were when it was opened (open it again, or
    press Refresh, for what happened since). ``store`` gives the window's open store;
    ``started`` is when the analyst asked for the dashboard (``time.perf_counter``)."""

    def __init__(
        self,
        store: Callable[[], Store],
        parent: QWidget | None = None,
        started: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDialog")
        self.setWindowTitle(self.tr("Dashboard: the team's progress"))
        self.resize(1100, 760)
        self.store = store
        self.opened_in: float | None = None
        self.started = time.perf_counter() if started is None else started
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.grid = QGridLayout()
        self.canvases: dict[str, Any] = {}  # matplotlib's Qt canvas of each chart drawn
        self.charts_in: float | None = None  # seconds from the key to every chart painted
        self._waiting: list[str] = []  # charts to draw, in turn
        self._queued: set[str] = set()  # charts drawn or to draw since the last refresh
        self._turn_asked = False
        self._job: StoreJob | None = None
        self.figures: dashboard.Figures | None = None
        self._first = FirstFigures(self)
        self._first.ready.connect(self._show_first)
        page = QWidget(self)
        page.setLayout(self.grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        refresh = buttons.addButton(self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.refresh()

    def texts(self) -> charts.ChartTexts:
        """The charts' words in the interface language."""
        return charts.ChartTexts(
            done=self.tr("Articles done per day"),
            entities=self.tr("Entities per label"),
            suggestions=self.tr("What became of the suggestions"),
            times=self.tr("Time spent per article"),
            agreement=self.tr("Agreement per label (strict span F1)"),
            nothing_yet=self.tr("Nothing yet"),
            day=self.tr("day"),
            articles=self.tr("articles"),
            entities_axis=self.tr("accepted spans"),
            suggestions_axis=self.tr("suggestions"),
            minutes=self.tr("minutes per article (pauses over 5 min cut)"),
            f1=self.tr("strict F1"),
            unnamed=self.tr("(no name)"),
            accepted=self.tr("accepted"),
            corrected=self.tr("corrected"),
            rejected=self.tr("rejected"),
            pending=self.tr("pending"),
            agreement_missing=self.tr("agreement needs two analysts' versions"),
            compared=self.tr("{n} art."),
            median=self.tr("{name}: median {minutes:.1f} min"),
        )

    def refresh(self) -> None:
        """Read the figures again, on a thread with a connection of its own (a large database
        takes most of a second), while the dialog stays responsive; the charts follow, one per
        turn of the event loop."""
        if self._job is not None:
            return  # a reading is under way: its figures will be the latest
        self.charts_in = None
        self.summary.setText(self.tr("Reading the figures…"))
        for number, name in enumerate(charts.CHARTS):
            self._place(number, self._placeholder(name))
        self.canvases = {}
        self._waiting = []
        self._queued = set()
        store = self.store()
        if store.path == MEMORY:  # no file another connection could read
            self._show(dashboard.collect(store))
            return
        job = StoreJob(store.path, _collect_work(self._first.ready.emit), "dashboard")
        job.succeeded.connect(self._show)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_finished)
        self._job = job
        job.start()

    def _show_first(self, figures: dashboard.Figures) -> None:
        """Every figure but the times: their charts are drawn while the times are read."""
        self.figures = figures
        self.summary.setText(self._summary())
        self._queue([name for name in charts.CHARTS if name not in NEED_TIMES])

    def _show(self, figures: dashboard.Figures) -> None:
        """Every figure: the charts not drawn yet follow."""
        self.figures = figures
        self.summary.setText(self._summary())
        self._queue([name for name in charts.CHARTS if name not in self._queued])

    def _queue(self, names: Sequence[str]) -> None:
        self._queued.update(names)
        self._waiting += names
        self._next_turn()

    def _next_turn(self) -> None:
        """The next chart drawn on a turn of the event loop of its own (once: the figures can
        arrive while a chart is being placed)."""
        if self._waiting and not self._turn_asked:
            self._turn_asked = True
            QTimer.singleShot(0, self._draw_next)

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The figures could not be read: %1").replace("%1", message))

    def _job_finished(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._job is not None:
            self._job.wait()  # its connection closed before the dialog goes
        super().closeEvent(event)

    def _placeholder(self, name: str) -> QLabel:
        label = QLabel(self.tr("Drawing the chart…"), self)
        label.setObjectName(f"placeholder_{name}")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(*CHART_MIN_SIZE)
        return label

    def _place(self, number: int, widget: QWidget) -> None:
        row, column = number // COLUMNS, number % COLUMNS
        item = self.grid.itemAtPosition(row, column)
        old = item.widget() if item is not None else None
        if old is None:
            self.grid.addWidget(widget, row, column)
            return
        # in the old one's place: removed first, the last row stood empty for a moment and every
        # chart above it was stretched into its room, drawn, and drawn again at its own size
        self.grid.replaceWidget(old, widget)
        old.deleteLater()

    def _draw_next(self) -> None:
        self._turn_asked = False
        if not self._waiting:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        assert self.figures is not None
        name = self._waiting.pop(0)
        number = charts.CHARTS.index(name)
        figure = charts.draw(name, self.figures, self.texts())
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName(f"chart_{name}")
        canvas.setMinimumSize(*CHART_MIN_SIZE)
        # drawn at the size of the place it takes, not at the figure's own and then again: the
        # layout's pending requests (events of their own) first, so that the place is final
        QApplication.sendPostedEvents()
        item = self.grid.itemAtPosition(number // COLUMNS, number % COLUMNS)
        if item is not None and item.widget() is not None:
            size = item.widget().size()
            canvas.resize(size)
            figure.set_size_inches(size.width() / figure.dpi, size.height() / figure.dpi)
        self._place(number, canvas)
        self.canvases[name] = canvas
        self._next_turn()
        if len(self.canvases) == len(charts.CHARTS):
            QTimer.singleShot(0, self._drawn)

    def _drawn(self) -> None:
        """Every chart is in its place (and shown, which the layout does on a turn of the
        event loop of its own)."""
        if len(self.canvases) < len(charts.CHARTS) or self.charts_in is not None:
            return  # refreshed since this was asked for, or already counted
        # The layout's requests are events of their own: sent now, every chart is at its final
        # size (a resized one draws again when painted)
        QApplication.sendPostedEvents()
        self.repaint()  # and painted now, not when the event loop comes to it
        self.charts_in = time.perf_counter() - self.started
        record(QApplication.instance(), "dashboard_charts", seconds=self.charts_in)

    def _summary(self) -> str:
        assert self.figures is not None
        done = sum(d.articles for d in self.figures.done)
        entities = sum(n for _, n in self.figures.entities)
        analysts = len([a for a in self.figures.analysts if a])
        parts = (
            self.tr("%n article(s) done", "", done),
            self.tr("%n analyst(s)", "", analysts),
            self.tr("%n entity(ies) accepted", "", entities),
        )
        return " · ".join(parts)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        # how long opening took, for the trace
        QTimer.singleShot(0, self._opened)

    def _opened(self) -> None:
        if self.opened_in is not None:
            return
        self.repaint()  # the dialog painted now, not when the event loop comes to it
        self.opened_in = time.perf_counter() - self.started
        record(QApplication.instance(), "dashboard", seconds=self.opened_in)
        QTimer.singleShot(0, _import_matplotlib)  # while the figures are read on their thread


def _collect_work(first: Callable[[dashboard.Figures], None]) -> Work:
    """Reads the quick figures, hands them to ``first``, then reads the times: the result is
    every figure."""

    def work(store: Store, _progress: object, _should_stop: object) -> dashboard.Figures:
        figures = dashboard.collect_all_but_times(store)
        first(figures)
        return dashboard.with_times(figures, store)

    return work


def _import_matplotlib() -> None:
    """matplotlib's Qt canvas, imported while the figures are being read (SQLite lets go of
    Python while it reads) rather than after them."""
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.figure  # noqa: F401
