"""The first start: no database yet, so the window asks what to open — the demo corpus, a new
file, or one the analyst already has."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FirstChoice(Enum):
    DEMO = "demo"
    NEW = "new"
    OPEN = "open"


class FirstRunDialog(QDialog):
    """Three choices, each a button with a mnemonic; Esc leaves without opening anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to Razmetka"))
        self.choice: FirstChoice | None = None
        text = QLabel(
            self.tr(
                "Razmetka keeps your work in a database file. Start with the demo corpus "
                "(five news articles) to try it, create a new database for your own articles, "
                "or open one you have."
            ),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        for choice, title in (
            (FirstChoice.DEMO, self.tr("Open the &demo corpus")),
            (FirstChoice.NEW, self.tr("&New database…")),
            (FirstChoice.OPEN, self.tr("&Open a database…")),
        ):
            button = QPushButton(title, self)
            button.setObjectName(f"firstRun_{choice.value}")
            button.clicked.connect(lambda _c=False, choice=choice: self._choose(choice))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _choose(self, choice: FirstChoice) -> None:
        self.choice = choice
        self.accept()


def first_database(demo: Path, home: Path) -> Path | None:
    """Ask which database to start with; None when the analyst declines."""
    from PySide6.QtWidgets import QFileDialog

    from razmetka.ui.window.databases import DB_FILTER

    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    if dialog.choice is FirstChoice.DEMO:
        return demo
    if dialog.choice is FirstChoice.NEW:
        title = QCoreApplication.translate("FirstRunDialog", "New database")
        chosen, _filter = QFileDialog.getSaveFileName(
            None, title, str(home / "razmetka.db"), DB_FILTER
        )
    else:
        title = QCoreApplication.translate("FirstRunDialog", "Open database")
        chosen, _filter = QFileDialog.getOpenFileName(None, title, str(home), DB_FILTER)
    return Path(chosen) if chosen else None
