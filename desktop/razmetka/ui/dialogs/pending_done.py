"""Marking an article done while suggestions are still pending: export would leave them out
without a word, so the analyst says what becomes of them first."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

# The same physical keys with a Russian layout (Ф is A's key, Ч is X's).
ACCEPT_KEYS = (Qt.Key.Key_A, Qt.Key(0x424))
REJECT_KEYS = (Qt.Key.Key_X, Qt.Key(0x427))


class PendingChoice(Enum):
    ACCEPT = "accept"  # accept every pending suggestion, then mark done
    REJECT = "reject"  # reject every pending suggestion, then mark done
    BACK = "back"  # leave the article as it is


class PendingDialog(QDialog):
    """A: accept all and mark done; X: reject all and mark done; Esc: go back."""

    def __init__(self, pending: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDialog")
        self.setWindowTitle(self.tr("Suggestions pending"))
        self.choice = PendingChoice.BACK
        question = QLabel(
            self.tr(
                "%n suggestion(s) in this article are still pending; an export leaves out "
                "what is not accepted.",
                "",
                pending,
            ),
            self,
        )
        question.setObjectName("pendingQuestion")
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        for text, choice in (
            (self.tr("A — accept them all and mark done"), PendingChoice.ACCEPT),
            (self.tr("X — reject them all and mark done"), PendingChoice.REJECT),
            (self.tr("Esc — go back to the article"), PendingChoice.BACK),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"pending_{choice.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, choice=choice: self.choose(choice))
            layout.addWidget(button)

    def choose(self, choice: PendingChoice) -> None:
        self.choice = choice
        if choice is PendingChoice.BACK:
            self.reject()
        else:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.key() in ACCEPT_KEYS:
            self.choose(PendingChoice.ACCEPT)
        elif event.key() in REJECT_KEYS:
            self.choose(PendingChoice.REJECT)
        else:
            super().keyPressEvent(event)  # Esc goes back (QDialog rejects)


def ask(pending: int, parent: QWidget) -> PendingChoice:
    """What becomes of ``pending`` suggestions before the article is marked done."""
    dialog = PendingDialog(pending, parent)
    dialog.exec()
    dialog.deleteLater()
    parent.window().activateWindow()  # the keys go back to the window, not the closed dialog
    return dialog.choice
