"""The export dialog: format, which articles and labels, split, token options, destination."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from razmetka.core import formats
from razmetka.ui import files

# What each format is for, as the analyst picks it.
FORMAT_TITLES = {fmt.name: fmt.title for fmt in formats.FORMATS if fmt.writes}

# The dialog's names for the registry's flags.
_FLAGS = {
    "LAYOUT": "layout",
    "TOKENS": "tokens",
    "OPTIONAL_TOKENS": "optional_tokens",
    "NEGATIVES": "negatives",
}


def _format_flag(fmt: str, name: str, default: Any) -> Any:
    try:
        return getattr(formats.get(fmt), _FLAGS[name])
    except formats.UnknownFormat:
        return default


def writes_folder(fmt: str) -> bool:
    """Whether a format writes a folder of files rather than one file."""
    return bool(_format_flag(fmt, "LAYOUT", "file") == "folder")


def suffix(fmt: str) -> str:
    try:
        return formats.get(fmt).suffix
    except formats.UnknownFormat:
        return ""


def writable_formats() -> list[str]:
    return formats.writable()


class ExportDialog(QDialog):
    """Everything ``ExportOptions`` can say, remembered between exports."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, labels: list[str] | None = None
    ) -> None:
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
        self.negatives, self.versions = self._negatives_box(), self._versions_box(settings)
        self.labels = self._label_table(labels or [])
        self._build_split(settings)
        self._build_tokens(settings)
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
        scope.addWidget(self.versions)
        form.addRow(self.tr("Articles:"), scope)
        form.addRow(self.tr("Labels:"), self.labels)
        form.addRow(self.tr("Split:"), self._split_row)
        form.addRow(self.tr("Tokens:"), self._token_rows)
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
        self.split.toggled.connect(self._format_changed)
        self._format_changed()
        if not self.format.count():
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    # -- parts

    def _label_table(self, labels: list[str]) -> QTableWidget:
        """One row per stored label: written or not, and the name it is written under."""
        table = QTableWidget(len(labels), 2, self)
        table.setObjectName("exportLabels")
        table.setHorizontalHeaderLabels([self.tr("Stored label"), self.tr("Written as")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, name in enumerate(labels):
            stored = QTableWidgetItem(name)
            stored.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            stored.setCheckState(Qt.CheckState.Checked)
            table.setItem(row, 0, stored)
            table.setItem(row, 1, QTableWidgetItem(name))
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(min(len(labels), 6))
        )
        table.setFixedHeight(height + 2 * table.frameWidth())
        return table

    def _negatives_box(self) -> QCheckBox:
        box = QCheckBox(self.tr("Rejected suggestions as negative examples"), self)
        box.setObjectName("exportNegatives")
        box.setToolTip(self.tr("Only formats that can hold them write them"))
        return box

    def _versions_box(self, settings: QSettings) -> QCheckBox:
        box = QCheckBox(self.tr("Each analyst's version"), self)
        box.setObjectName("exportVersions")
        box.setToolTip(
            self.tr(
                "Each analyst's version of an article as a record of its own, with the "
                "annotator, instead of the curated result"
            )
        )
        box.setChecked(settings.value("export/versions", False, type=bool))
        return box

    def _build_split(self, settings: QSettings) -> None:
        self.split = QCheckBox(self.tr("Train / dev / test"), self)
        self.split.setObjectName("exportSplit")
        self.split.setToolTip(
            self.tr("Whole articles go to one part; the same seed, the same split")
        )
        self.split.setChecked(settings.value("export/split", False, type=bool))
        saved = str(settings.value("export/ratios", "80,10,10")).split(",")
        self.ratios = []
        for number, value in enumerate((saved + ["80", "10", "10"])[:3]):
            box = QDoubleSpinBox(self)
            box.setObjectName(f"exportRatio{number}")
            box.setRange(0, 100)
            box.setDecimals(0)
            box.setSuffix(" %")
            box.setValue(float(value) if value.replace(".", "", 1).isdigit() else 0)
            self.ratios.append(box)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("exportSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(settings.value("export/seed", 0, type=int))
        self._split_row = QWidget(self)
        row = QHBoxLayout(self._split_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.split)
        for box in self.ratios:
            row.addWidget(box)
        row.addWidget(QLabel(self.tr("seed"), self))
        row.addWidget(self.seed)
        row.addStretch(1)

    def _build_tokens(self, settings: QSettings) -> None:
        self.tags = QComboBox(self)
        self.tags.setObjectName("exportTags")
        self.tags.addItem("IOB2", "iob2")
        self.tags.addItem("BIOES", "bioes")
        self.tags.setCurrentIndex(max(0, self.tags.findData(settings.value("export/tags", "iob2"))))
        self.misaligned = QComboBox(self)
        self.misaligned.setObjectName("exportMisaligned")
        self.misaligned.addItem(self.tr("Snap spans off token edges to whole tokens"), "snap")
        self.misaligned.addItem(self.tr("Leave out spans off token edges"), "skip")
        self.misaligned.setCurrentIndex(
            max(0, self.misaligned.findData(settings.value("export/misaligned", "snap")))
        )
        self.misaligned.setToolTip(self.tr("Either way, the report lists every such span"))
        self.tokens = QCheckBox(self.tr("List razdel tokens in each record"), self)
        self.tokens.setObjectName("exportTokens")
        self.tokens.setChecked(settings.value("export/tokens", False, type=bool))
        self._token_rows = QWidget(self)
        rows = QHBoxLayout(self._token_rows)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.tags)
        rows.addWidget(self.misaligned, 1)
        rows.addWidget(self.tokens)

    # -- reacting

    def _format_changed(self) -> None:
        fmt = self.format.currentData() or ""
        self.destination.setPlaceholderText(
            self.tr("A new or empty folder") if self._to_folder() else self.tr("A file")
        )
        token_format = bool(_format_flag(fmt, "TOKENS", False))
        optional = bool(_format_flag(fmt, "OPTIONAL_TOKENS", False))
        self.tags.setEnabled(token_format)
        self.misaligned.setEnabled(token_format)
        self.tokens.setEnabled(optional)
        self.negatives.setEnabled(bool(_format_flag(fmt, "NEGATIVES", False)))
        for box in (*self.ratios, self.seed):
            box.setEnabled(self.split.isChecked())

    def _to_folder(self) -> bool:
        """Whether the export writes a folder: a folder format, or any split."""
        return writes_folder(self.format.currentData() or "") or self.split.isChecked()

    def _browse(self) -> None:
        fmt = self.format.currentData() or ""
        if self._to_folder():
            path = files.existing_directory(self, self.tr("Export to a folder"))
        else:
            start = self.destination.text() or str(Path.home() / f"razmetka{suffix(fmt)}")
            path = files.save_file_name(self, self.tr("Export to a file"), start)
        if path:
            self.destination.setText(path)

    def _problem(self) -> str | None:
        """Why the choices cannot be exported, or None."""
        if not self.destination.text().strip():
            return self.tr("Choose where to write.")
        if self.labels.rowCount() and self.chosen_labels() == frozenset():
            return self.tr("Choose at least one label to write.")
        for old, new in self.renamed().items():
            if not new or any(ch.isspace() for ch in new):
                return (
                    self.tr("%1 cannot be written as “%2”: a label has no spaces.")
                    .replace("%1", old)
                    .replace("%2", new)
                )
        if self.split.isChecked() and sum(box.value() for box in self.ratios) <= 0:
            return self.tr("Give the split parts some share of the articles.")
        return None

    def _accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Export"), problem)
            return
        values = {
            "export/format": self.format.currentData(),
            "export/all": self.everything.isChecked(),
            "export/destination": self.destination.text().strip(),
            "export/split": self.split.isChecked(),
            "export/ratios": ",".join(str(int(box.value())) for box in self.ratios),
            "export/seed": self.seed.value(),
            "export/tags": self.tags.currentData(),
            "export/misaligned": self.misaligned.currentData(),
            "export/tokens": self.tokens.isChecked(),
            "export/versions": self.versions.isChecked(),
        }
        for key, value in values.items():
            self.settings.setValue(key, value)
        self.accept()

    # -- the result

    def chosen_labels(self) -> frozenset[str] | None:
        """The stored labels to write; None when all of them are."""
        chosen = set()
        for row in range(self.labels.rowCount()):
            item = self.labels.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.text())
        return None if len(chosen) == self.labels.rowCount() else frozenset(chosen)

    def renamed(self) -> dict[str, str]:
        out = {}
        for row in range(self.labels.rowCount()):
            stored, written = self.labels.item(row, 0), self.labels.item(row, 1)
            if stored is None or written is None:
                continue
            new = written.text().strip()
            if new != stored.text():
                out[stored.text()] = new
        return out

    def options(self) -> Any:
        """The ``ExportOptions`` chosen, or None when export is not available."""
        try:
            from razmetka.core.export import ExportOptions
        except ImportError:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Export is not available."))
            return None
        split = None
        if self.split.isChecked():
            first, second, third = (box.value() for box in self.ratios)
            split = (first, second, third)
        return ExportOptions(
            format=self.format.currentData(),
            out=Path(self.destination.text().strip()),
            include_all=self.everything.isChecked(),
            negatives=self.negatives.isEnabled() and self.negatives.isChecked(),
            split=split,
            seed=self.seed.value(),
            labels=self.chosen_labels(),
            rename=self.renamed(),
            misaligned=self.misaligned.currentData(),
            tags=self.tags.currentData(),
            tokens=self.tokens.isEnabled() and self.tokens.isChecked(),
            versions=self.versions.isChecked(),
        )
