"""The export dialog: format, curated articles only or all, and where to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
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

# What each format is for, as the analyst picks it.
FORMAT_TITLES = {
    "jsonl": "JSONL with spans (spaCy, Prodigy)",
    "conll": "CoNLL-2003 BIO (spacy convert, seqeval)",
    "brat": "brat standoff (.txt + .ann)",
    "label-studio": "Label Studio JSON",
    "doccano": "doccano JSONL",
    "hf": "Hugging Face token classification",
    "spacy": "spaCy DocBin",
}


def writes_folder(fmt: str) -> bool:
    """Whether a format writes a folder of files rather than one file."""
    try:
        from razmetka.core.formats import module

        return getattr(module(fmt), "LAYOUT", "file") == "folder"
    except (ImportError, ValueError):
        return False


def suffix(fmt: str) -> str:
    try:
        from razmetka.core.formats import module

        extensions = getattr(module(fmt), "EXTENSIONS", ())
    except (ImportError, ValueError):
        extensions = ()
    return extensions[0] if extensions else ""


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
            self.format.addItem(FORMAT_TITLES.get(name, name), name)
        saved = str(settings.value("export/format", "jsonl"))
        if self.format.findData(saved) >= 0:
            self.format.setCurrentIndex(self.format.findData(saved))
        self.curated = QRadioButton(self.tr("Curated articles only (marked done)"), self)
        self.curated.setObjectName("exportCurated")
        self.everything = QRadioButton(self.tr("All articles, accepted spans"), self)
        self.everything.setObjectName("exportAll")
        include_all = settings.value("export/all", False, type=bool)
        (self.everything if include_all else self.curated).setChecked(True)
        self.negatives = QCheckBox(self.tr("Rejected suggestions as negative examples"), self)
        self.negatives.setObjectName("exportNegatives")
        self.negatives.setToolTip(self.tr("Only formats that can hold them write them"))
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
        scope.addWidget(self.negatives)
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
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        if not self.format.count():
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _format_changed(self) -> None:
        fmt = self.format.currentData() or ""
        self.destination.setPlaceholderText(
            self.tr("A new or empty folder") if writes_folder(fmt) else self.tr("A file")
        )

    def _browse(self) -> None:
        fmt = self.format.currentData() or ""
        if writes_folder(fmt):
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"))
        else:
            start = self.destination.text() or str(Path.home() / f"razmetka{suffix(fmt)}")
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
            negatives=self.negatives.isChecked(),
        )
