"""The preview of one decision carried to every other occurrence of an entity: each place in
its context (the words before and after, the occurrence in bold), checked to be changed; the
scope is the open article or the whole corpus. Enter applies to the checked places, Space
checks or unchecks one, Esc changes nothing.

The article's text is shown as plain text in a table: nothing in it is ever rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.corpus import Occurrence
from razmetka.ui.i18n import span_status_name
from razmetka.ui.plain import plain_label

_Index = QModelIndex | QPersistentModelIndex
Find = Callable[[bool], Sequence[Occurrence]]  # True: the whole corpus, False: this article

DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


def one_line(text: str) -> str:
    return " ".join(text.split())


class PlacesModel(QAbstractTableModel):
    """The places, each with a check box: article, text before, the occurrence, text after,
    and the span there now."""

    ARTICLE, BEFORE, MATCH, AFTER, NOW = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places: list[Occurrence] = []
        self._checked: list[bool] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_places(self, places: Sequence[Occurrence]) -> None:
        self.beginResetModel()
        self._places = list(places)
        self._checked = [True] * len(self._places)
        self.endResetModel()

    def checked(self) -> list[Occurrence]:
        return [p for p, on in zip(self._places, self._checked, strict=True) if on]

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._places):
            self._checked[row] = not self._checked[row]
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [CHECK])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ARTICLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._places):
            return None
        place, column = self._places[index.row()], index.column()
        if role == DISPLAY:
            return self.cell_text(place, column)
        if role == CHECK and column == self.ARTICLE:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == self.MATCH:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.BEFORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: _Index, value: Any, role: int = CHECK) -> bool:  # noqa: N802
        if role != CHECK or index.column() != self.ARTICLE:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self._checked[index.row()] = on
        self.dataChanged.emit(index, index, [CHECK])
        return True

    def cell_text(self, place: Occurrence, column: int) -> str:
        if column == self.ARTICLE:
            return place.external_id or f"#{place.article_id}"
        if column == self.BEFORE:
            return one_line(place.before)
        if column == self.MATCH:
            return one_line(place.text)
        if column == self.AFTER:
            return one_line(place.after)
        if place.status is None:
            return self.tr("untagged")
        now = f"{span_status_name(place.status)} {place.label or ''}".strip()
        return now if place.same_bounds else self.tr("%1 (other bounds)").replace("%1", now)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Article"),
            self.tr("Before"),
            self.tr("Occurrence"),
            self.tr("After"),
            self.tr("Now"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class EverywherePreview(QDialog):
    """What ``decision`` would change: the places ``find`` gives for the chosen scope."""

    def __init__(self, decision: str, find: Find, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("everywherePreview")
        self.setWindowTitle(self.tr("Everywhere: %1").replace("%1", decision))
        self._find = find
        self._found: dict[bool, Sequence[Occurrence]] = {}
        self.model = PlacesModel(self)
        self.table = self._table()
        self.summary = plain_label(QLabel(self))
        self.summary.setObjectName("everywhereSummary")
        self.here = QRadioButton(self.tr("This &article"), self)
        self.corpus = QRadioButton(self.tr("&Whole corpus"), self)
        self.here.setObjectName("scopeArticle")
        self.corpus.setObjectName("scopeCorpus")
        self._layout(decision)
        self.here.setChecked(True)
        self.here.toggled.connect(lambda _on: self.show_scope())
        self.model.dataChanged.connect(lambda *_args: self._summarise())
        self.resize(860, 420)
        self.show_scope()
        if not self.model.rowCount():
            self.corpus.setChecked(True)  # nothing more here: the corpus is what is asked

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("everywherePlaces")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 90), (1, 250), (2, 140), (3, 250)):
            header.resizeSection(column, width)
        table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        table.installEventFilter(self)  # Space checks a place, whichever cell is current
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            self.model.toggle(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _layout(self, decision: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(QLabel(decision, self)))
        scope = QHBoxLayout()
        scope.addWidget(self.here)
        scope.addWidget(self.corpus)
        scope.addStretch(1)
        layout.addLayout(scope)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        apply = QPushButton(self.tr("Apply (Enter)"), self)
        apply.setObjectName("everywhereApply")
        apply.setDefault(True)
        apply.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(apply)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def show_scope(self) -> None:
        """List the places of the chosen scope (the corpus is searched once, when asked)."""
        whole = self.corpus.isChecked()
        if whole not in self._found:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._found[whole] = self._find(whole)
            finally:
                QApplication.restoreOverrideCursor()
        self.model.set_places(self._found[whole])
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        self._summarise()

    def _summarise(self) -> None:
        total, checked = self.model.rowCount(), len(self.model.checked())
        if not total:
            text = self.tr("No other occurrence to change here.")
        else:
            text = (
                self.tr("%1 of %2 places checked. Space checks or unchecks one.")
                .replace("%1", str(checked))
                .replace("%2", str(total))
            )
        self.summary.setText(text)

    def chosen(self) -> list[Occurrence]:
        return self.model.checked()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept()
        else:
            super().keyPressEvent(event)


def ask(decision: str, find: Find, parent: QWidget) -> list[Occurrence] | None:
    """The places to carry ``decision`` to, or None when the analyst cancelled."""
    dialog = EverywherePreview(decision, find, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    places = dialog.chosen()
    dialog.deleteLater()
    parent.window().activateWindow()  # the keys go back to the window, not the closed dialog
    return places if accepted else None
