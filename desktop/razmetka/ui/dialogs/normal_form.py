"""Asking for a span's normal form: one line, filled with the form it has; Enter keeps what
is typed (blank: no normal form), Esc changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from razmetka.ui.plain import plain_label


class NormalFormDialog(QDialog):
    def __init__(self, surface: str, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("normalFormDialog")
        self.setWindowTitle(self.tr("Normal form"))
        entity = " ".join(surface.split())
        label = plain_label(QLabel(self.tr("Normal form of «%1»:").replace("%1", entity), self))
        self.line = QLineEdit(current or "", self)
        self.line.setObjectName("normalFormLine")
        self.line.selectAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.line)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())


def ask(surface: str, current: str | None, parent: QWidget) -> str | None:
    """The normal form typed for the span written ``surface``, or None when cancelled."""
    dialog = NormalFormDialog(surface, current, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    typed = dialog.line.text()
    dialog.deleteLater()
    parent.window().activateWindow()
    return typed if accepted else None
