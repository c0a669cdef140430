"""The import report: what came in, what was already there, and each rejected record with why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.report import ImportReport
from razmetka.ui.plain import plain_tooltip


class ImportReportDialog(QDialog):
    """The summary of an import and a table of its rejected records and notes."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        problems, notes = report.problems, report.notes
        summary = QLabel(self._summary(report, len(problems)), self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        rows = [(p, self.tr("rejected")) for p in problems] + [(n, self.tr("note")) for n in notes]
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("importProblems")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Where"), self.tr("Kind"), self.tr("Reason")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (problem, kind) in enumerate(rows):
            values = (problem.source, problem.where, kind, problem.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(plain_tooltip(str(value)))  # a reason quotes the file
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        if rows:
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _summary(self, report: ImportReport, rejected: int) -> str:
        """The counts, each with its noun in the right plural form."""
        return (
            self.tr("%1 (%2) from %3; %4; %5.")
            .replace("%1", self.tr("%n article(s) imported", "", report.imported))
            .replace("%2", self.tr("%n span(s)", "", report.spans))
            .replace("%3", self.tr("%n file(s)", "", report.files))
            .replace("%4", self.tr("%n already present", "", report.already_present))
            .replace("%5", self.tr("%n rejected", "", rejected))
        )
