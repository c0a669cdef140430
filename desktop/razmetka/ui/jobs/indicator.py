"""A running job in the status bar: its title and progress, and a button that cancels it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class JobIndicator(QWidget):
    """Signals: cancel_clicked() — the analyst asked the job to stop."""

    cancel_clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, percent: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("jobIndicator")
        self._title = title
        self._percent = percent  # progress in units no one counts (KiB read): shown as a share
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(title, self)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # busy until the job knows how much there is
        self._bar.setMaximumWidth(160)
        self._bar.setMaximumHeight(14)
        cancel = QToolButton(self)
        cancel.setText("✕")
        cancel.setToolTip(self.tr("Cancel"))
        cancel.setAutoRaise(True)
        cancel.clicked.connect(self._cancel)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(cancel)

    def show_progress(self, done: int, total: int) -> None:
        self._bar.setRange(0, total)
        self._bar.setValue(done)
        if total and self._percent:
            self._label.setText(f"{self._title} {done * 100 // total}%")
        elif total:
            self._label.setText(f"{self._title} {done}/{total}")

    def _cancel(self) -> None:
        self._label.setText(self.tr("Cancelling…"))
        self.cancel_clicked.emit()
