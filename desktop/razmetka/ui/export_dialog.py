"""The export dialog: format, curated articles only or all, and where to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

# Formats that write a folder of files rather than one file.
FOLDER_FORMATS = {"brat"}
SUFFIXES = {
    "jsonl": ".jsonl",
    "conll": ".conll",
    "label-studio": ".json",
    "doccano": ".jsonl",
    "hf": ".jsonl",
    "spacy": ".spacy",
}


def writable_formats() -> list[str]:
    try:
        from razmetka.core.formats import writable

        return writable()
    except ImportError:
        return []


class ExportDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.settings = settings
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for name in writable_formats():
            self.format.addItem(name, name)
        saved = str(settings.value("export/format", "jsonl"))
        if self.format.findData(saved) >= 0:
            self.format.setCurrentIndex(self.format.findData(saved))
        self.curated = QRadioButton(self.tr("Curated articles only (marked done)"), self)
        self.curated.setObjectName("exportCurated")
        self.everything = QRadioButton(self.tr("All articles, accepted spans"), self)
        self.everything.setObjectName("exportAll")
        include_all = settings.value("export/all", False, type=bool)
        (self.everything if include_all else self.curated).setChecked(True)
        self.destination = QLineEdit(self)
        self.destination.setObjectName("exportDestination")
        self.destination.setText(str(settings.value("export/destination", "")))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        scope = QVBoxLayout()
        scope.addWidget(self.curated)
        scope.addWidget(self.everything)
        form.addRow(self.tr("Articles:"), scope)
        form.addRow(self.tr("Destination:"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if not self.format.count():
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _browse(self) -> None:
        fmt = self.format.currentData() or ""
        if fmt in FOLDER_FORMATS:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"))
        else:
            suffix = SUFFIXES.get(fmt, "")
            start = self.destination.text() or str(Path.home() / f"razmetka{suffix}")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to a file"), start)
        if path:
            self.destination.setText(path)

    def _accept(self) -> None:
        if not self.destination.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose where to write."))
            return
        self.settings.setValue("export/format", self.format.currentData())
        self.settings.setValue("export/all", self.everything.isChecked())
        self.settings.setValue("export/destination", self.destination.text().strip())
        self.accept()

    def options(self) -> Any:
        """The ``ExportOptions`` chosen, or None when export is not available."""
        try:
            from razmetka.core.export import ExportOptions
        except ImportError:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Export is not available."))
            return None
        return ExportOptions(
            format=self.format.currentData(),
            out=Path(self.destination.text().strip()),
            include_all=self.everything.isChecked(),
        )
