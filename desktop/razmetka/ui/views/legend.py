"""The legend: every label with its colour and hotkey."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from razmetka.core.model import Label
from razmetka.ui.plain import plain_label, plain_tooltip


class Legend(QWidget):
    """Signals: label_clicked(str) — a label's button was pressed (its name)."""

    label_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setHorizontalSpacing(8)
        self._layout.setVerticalSpacing(3)
        self.buttons: dict[str, QPushButton] = {}

    def set_labels(self, labels: list[Label]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        columns = 2
        for number, label in enumerate(labels):
            button = QPushButton(label.name, self)
            button.setObjectName("legendLabel")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(plain_tooltip(label.description or label.name))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                f"QPushButton {{ border: 2px solid {label.color}; border-left: 10px solid "
                f"{label.color}; border-radius: 4px; padding: 2px 6px; text-align: left; }}"
            )
            button.clicked.connect(
                lambda _checked=False, name=label.name: self.label_clicked.emit(name)
            )
            key = plain_label(QLabel(label.hotkey or "–", self))
            key.setObjectName("legendKey")
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            key.setMinimumWidth(22)
            row, column = divmod(number, columns)
            self._layout.addWidget(key, row, column * 2)
            self._layout.addWidget(button, row, column * 2 + 1)
            self.buttons[label.name] = button
