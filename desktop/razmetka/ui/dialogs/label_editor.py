"""The label editor: add, rename, recolour and set hotkeys; every change goes to the database."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from razmetka.core import rules
from razmetka.core.model import Label
from razmetka.core.store import Store, StoreError
from razmetka.ui.wording import error_words

NAME, COLOR, HOTKEY, DESCRIPTION = range(4)


class LabelEditor(QDialog):
    """Signals: labels_changed() — a label was added or changed in the store."""

    labels_changed = Signal()

    def __init__(
        self, store: Store, reserved: Collection[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("labelEditor")
        self.setWindowTitle(self.tr("Labels"))
        self.resize(620, 360)
        self.store = store
        self.read_only = store.read_only  # nothing could be saved: nothing is offered
        self.reserved = {k.upper() for k in reserved}
        self._filling = False
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("labelTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Colour"), self.tr("Hotkey"), self.tr("Description")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        add = QPushButton(self.tr("&Add label"), self)
        add.setObjectName("addLabel")
        # clicked(bool) would hand its False to add_label as the new label's name.
        add.clicked.connect(lambda _checked=False: self.add_label())
        colour = QPushButton(self.tr("&Colour…"), self)
        colour.clicked.connect(lambda: self.choose_color(self.table.currentRow()))
        delete = QPushButton(self.tr("&Delete"), self)
        delete.clicked.connect(self.delete_label)
        hint = QLabel(self._hint(), self)
        hint.setObjectName("labelHint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        for button in (add, colour, delete):
            button.setEnabled(not self.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(colour)
        row.addWidget(delete)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.fill()

    def _hint(self) -> str:
        if self.read_only:
            return self.tr(
                "The file is read-only, so the labels cannot be changed: open a copy you "
                "can write to, or ask for write access, to edit them."
            )
        return self.tr(
            "Changes are saved at once. A hotkey is one key; Alt+key creates a span "
            "from exactly the selected characters."
        )

    def fill(self) -> None:
        self._filling = True
        try:
            labels = self.store.labels.all()
            self.table.setRowCount(len(labels))
            for row, label in enumerate(labels):
                self._set_row(row, label)
        finally:
            self._filling = False

    def _set_row(self, row: int, label: Label) -> None:
        name = QTableWidgetItem(label.name)
        name.setData(Qt.ItemDataRole.UserRole, label.name)
        colour = QTableWidgetItem(label.color)
        colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
        colour.setBackground(QColor(label.color))
        if not self.read_only:
            colour.setToolTip(self.tr("Double-click to choose a colour"))
        items = (name, colour, QTableWidgetItem(label.hotkey), QTableWidgetItem(label.description))
        for column, item in enumerate(items):
            if self.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)

    def _label_at(self, row: int) -> tuple[Label, str]:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        old = self.table.item(row, NAME).data(Qt.ItemDataRole.UserRole)
        return Label(text(NAME), text(COLOR), text(HOTKEY), text(DESCRIPTION)), old

    def save_row(self, row: int) -> bool:
        if self.read_only:
            return False
        label, old = self._label_at(row)
        if rules.label_problem(label.name) is not None:
            QMessageBox.warning(
                self,
                self.tr("Labels"),
                self.tr("A label name is one word: no spaces, not empty."),
            )
            self.fill()
            return False
        if label.hotkey.upper() in self.reserved:
            QMessageBox.warning(
                self,
                self.tr("Labels"),
                self.tr("The key %1 is taken by the window.").replace("%1", label.hotkey),
            )
            self.fill()
            return False
        try:
            self.store.labels.save(label, old)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Labels"), error_words(exc))
            self.fill()
            return False
        self.fill()
        self.labels_changed.emit()
        return True

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.save_row(item.row())

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column == COLOR:
            self.choose_color(row)

    def choose_color(self, row: int) -> None:
        if row < 0 or self.read_only:
            return
        label, _old = self._label_at(row)
        color = QColorDialog.getColor(QColor(label.color), self, self.tr("Label colour"))
        if color.isValid():
            self.set_color(row, color.name())

    def set_color(self, row: int, color: str) -> bool:
        if self.read_only:
            return False
        self._filling = True
        self.table.item(row, COLOR).setText(color)
        self._filling = False
        return self.save_row(row)

    def add_label(self, name: str | None = None, hotkey: str = "") -> bool:
        if self.read_only:
            return False
        existing = {label.name for label in self.store.labels.all()}
        used = {label.hotkey for label in self.store.labels.all()}
        if name is None:
            number = 1
            while f"NEW{number}" in existing:
                number += 1
            name = f"NEW{number}"
        if not hotkey:
            hotkey = next((d for d in "1234567890" if d not in used), "")
        try:
            self.store.labels.save(Label(name, "#8c6bb1", hotkey, ""))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Labels"), error_words(exc))
            return False
        self.fill()
        self.labels_changed.emit()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))
        return True

    def delete_label(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.read_only:
            return
        _label, old = self._label_at(row)
        try:
            self.store.labels.delete(old)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Labels"), error_words(exc))
            return
        self.fill()
        self.labels_changed.emit()
