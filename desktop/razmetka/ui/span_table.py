"""The side panel's table of the open article's spans: label, text, normal form, status, origin."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from razmetka.core.edits import SpanChange
from razmetka.core.model import Span, SpanStatus
from razmetka.ui.i18n import span_status_name
from razmetka.ui.spans import SpanIndex

_Index = QModelIndex | QPersistentModelIndex

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
SPAN_ID = int(Qt.ItemDataRole.UserRole.value) + 1
_ROLES = frozenset((DISPLAY, TOOLTIP, DECORATION, FOREGROUND, FONT, SPAN_ID))
_GREY = QColor("#888888")
_REJECTED_BRUSH = QBrush(QColor("#8a8a8a"))


class SpanTableModel(QAbstractTableModel):
    """The visible spans of a ``SpanIndex``, in text order."""

    LABEL, TEXT, NORMAL, STATUS, ORIGIN = range(5)
    SPAN_ID_ROLE = SPAN_ID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SpanIndex | None = None
        self._colors: dict[str, QColor] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_index(self, index: SpanIndex | None) -> None:
        self.beginResetModel()
        self._index = index
        self.endResetModel()

    def set_colors(self, colors: dict[str, str]) -> None:
        self._colors = {name: QColor(value) for name, value in colors.items()}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def refresh(self) -> None:
        """The index changed wholesale (e.g. rejected spans shown): show it again."""
        self.beginResetModel()
        self.endResetModel()

    def apply(self, changes: Iterable[SpanChange]) -> None:
        """Carry applied changes into the index, row by row, so views repaint only those rows."""
        if self._index is not None:
            self._index.apply(changes, self)

    # RowListener: the index reports each row it touches.

    def removing(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)

    def removed(self) -> None:
        self.endRemoveRows()

    def inserting(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)

    def inserted(self) -> None:
        self.endInsertRows()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def span_at(self, row: int) -> Span | None:
        if self._index is None or not 0 <= row < len(self._index.visible):
            return None
        return self._index.visible[row]

    def row_of(self, span_id: int | None) -> int | None:
        return self._index.row(span_id) if self._index is not None else None

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._index is None:
            return 0
        return len(self._index.visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        # Called for every cell and role on each repaint: answer cheaply, most often with None.
        if role not in _ROLES:
            return None
        row = index.row()
        if self._index is None or not 0 <= row < len(self._index.visible):
            return None
        span = self._index.visible[row]
        column = index.column()
        if role in (DISPLAY, TOOLTIP):
            return self.cell_text(span, column)
        if role == self.SPAN_ID_ROLE:
            return span.id
        if role == DECORATION:
            return self._colors.get(span.label, _GREY) if column == self.LABEL else None
        if role == FOREGROUND:
            return _REJECTED_BRUSH if span.status is SpanStatus.REJECTED else None
        if role == FONT:
            return self._bold if span.status is SpanStatus.ACCEPTED else None
        return None

    def cell_text(self, span: Span, column: int) -> str:
        if column == self.LABEL:
            return span.label
        if column == self.TEXT:
            assert self._index is not None
            return span.surface(self._index.text).replace("\n", " ⏎ ")
        if column == self.NORMAL:
            return span.normal or ""
        if column == self.STATUS:
            return span_status_name(span.status)
        return span.origin

    def label_color(self, label: str) -> QColor:
        return self._colors.get(label, _GREY)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Label"),
            self.tr("Text"),
            self.tr("Normal form"),
            self.tr("Status"),
            self.tr("Origin"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class SpanDelegate(QStyledItemDelegate):
    """Paints a cell straight from its span. The standard delegate asks the model for about
    ten roles per cell, each a call from Qt into Python; with these the table repaints several
    times faster, which is most of what a decision costs on screen."""

    SWATCH = 10  # side of the label colour square, in pixels
    PAD = 4

    def __init__(self, model: SpanTableModel, view: QTableView) -> None:
        super().__init__(view)
        self._model = model
        self._normal = QFont(view.font())
        self._bold = QFont(view.font())
        self._bold.setBold(True)
        self._metrics = {False: QFontMetrics(self._normal), True: QFontMetrics(self._bold)}
        self._rejected = QColor(_REJECTED_BRUSH.color())
        self._height = self._metrics[False].height()
        self._laid_out: dict[tuple[str, bool, int], QStaticText] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        span = self._model.span_at(index.row())
        if span is None:
            return
        column = index.column()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.Highlight))
        left = rect.left() + self.PAD
        if column == SpanTableModel.LABEL:
            side = self.SWATCH
            top = rect.top() + (rect.height() - side) // 2
            painter.fillRect(QRect(left, top, side, side), self._model.label_color(span.label))
            left += side + self.PAD
        bold = span.status is SpanStatus.ACCEPTED
        if span.status is SpanStatus.REJECTED:
            color = self._rejected
        else:
            color = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        width = rect.right() - self.PAD - left + 1
        text = self._text(self._model.cell_text(span, column), bold, width)
        painter.setFont(self._bold if bold else self._normal)
        painter.setPen(color)
        painter.drawStaticText(left, rect.top() + (rect.height() - self._height) // 2, text)

    def _text(self, text: str, bold: bool, width: int) -> QStaticText:
        """The cell's text laid out once and kept: laying out text is most of a cell's cost."""
        key = (text, bold, width)
        found = self._laid_out.get(key)
        if found is None:
            if len(self._laid_out) > 4000:
                self._laid_out.clear()
            elided = self._metrics[bold].elidedText(text, Qt.TextElideMode.ElideRight, width)
            found = self._laid_out[key] = QStaticText(elided)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self._bold if bold else self._normal)
        return found


_ALIGN = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class SpanTable(QTableView):
    """The table view of spans; a row selected here is the current span."""

    def __init__(self, model: SpanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spanTable")
        self.setModel(model)
        self.setItemDelegate(SpanDelegate(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SpanTableModel.LABEL, 64)
        header.resizeSection(SpanTableModel.TEXT, 130)
        header.resizeSection(SpanTableModel.NORMAL, 110)
        header.resizeSection(SpanTableModel.STATUS, 76)

    def span_model(self) -> SpanTableModel:
        model = self.model()
        assert isinstance(model, SpanTableModel)
        return model

    def select_span(self, span_id: int | None) -> None:
        """Select the row of a span; listeners of the selection see it, and ignore a span
        that is already current."""
        row = self.span_model().row_of(span_id)
        selection = self.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model().index(row, 0)
        selection.setCurrentIndex(
            index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        )
        self.scrollTo(index)
