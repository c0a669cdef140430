"""The analyst's name, asked once on the first start when no ``--annotator``,
``RAZMETKA_ANNOTATOR`` or saved name gives it; saved as soon as it is given."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from razmetka.core import analyst


class AnalystNameDialog(QDialog):
    """One line for the name; OK only when it is a name that can be kept."""

    def __init__(self, suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analystNameDialog")
        self.setWindowTitle(self.tr("Your name"))
        question = QLabel(
            self.tr(
                "Every decision you make records who made it, so that a team can compare and "
                "merge its work. What name should it record?"
            ),
            self,
        )
        question.setWordWrap(True)
        self.name = QLineEdit(suggestion, self)
        self.name.setObjectName("analystName")
        self.name.setPlaceholderText(self.tr("e.g. anna"))
        self.problem = QLabel(self)
        self.problem.setObjectName("analystNameProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (question, self.name, self.problem, self.buttons):
            layout.addWidget(widget)
        self.name.textChanged.connect(self._check)
        self._check(self.name.text())

    def _check(self, text: str) -> None:
        try:
            analyst.checked(text)
            problem = ""
        except analyst.BadName:
            problem = self.tr("A name is one line, without commas, up to 64 characters.")
            if not text.strip():
                problem = ""
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()) and not problem)


def ask_once(suggestion: str = "", parent: QWidget | None = None) -> str | None:
    """The analyst's name: the known one, else asked now and saved at once; None when the
    analyst closes the dialog without one (asked again at the next start)."""
    try:
        known = analyst.resolve()
    except analyst.BadName:
        known = None
    if known is not None:
        return known
    dialog = AnalystNameDialog(suggestion, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name = analyst.checked(dialog.name.text())
    analyst.save(name)
    return name
