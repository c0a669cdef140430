"""The side panel's table of the open article's spans: label, text, normal form, status, origin."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
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
from razmetka.ui.plain import plain_tooltip
from razmetka.ui.roles import DECORATION, DISPLAY, FONT, FOREGROUND, TOOLTIP, USER
from razmetka.ui.views.spans import SpanIndex

_Index = QModelIndex | QPersistentModelIndex

SPAN_ID = USER + 1
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
        self._note_of: Callable[[Span], str | None] = lambda _span: None

    def set_note_source(self, note_of: Callable[[Span], str | None]) -> None:
        """Where a span's note comes from (why it was suggested), read when a tooltip asks."""
        self._note_of = note_of

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
        if self._index is None or not 0 <= row < self._index.visible_count:
            return None
        return self._index.span_at_row(row)

    def row_of(self, span_id: int | None) -> int | None:
        return self._index.row(span_id) if self._index is not None else None

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._index is None:
            return 0
        return self._index.visible_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        # Called for every cell and role on each repaint: answer cheaply, most often with None.
        if role not in _ROLES:
            return None
        span = self.span_at(index.row())
        if span is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self.cell_text(span, column)
        if role == TOOLTIP:
            return plain_tooltip(self.tooltip_text(span, column))  # the article's text
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

    def tooltip_text(self, span: Span, column: int) -> str:
        """The cell, then where the span comes from and why it was suggested («learned from
        3 decisions …», from the suggestion's note)."""
        lines = [self.cell_text(span, column), ""]
        lines.append(self.tr("Origin: %1").replace("%1", span.origin))
        try:
            note = self._note_of(span)
        except Exception:  # a tooltip never fails: a file gone or busy just shows less
            note = None
        if note:
            from razmetka.ui.note_words import note_words  # a tooltip is rare: not at start

            lines.append(note_words(note))
        return "\n".join(lines)

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
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(option.rect, palette.brush(QPalette.ColorRole.Highlight))  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self.paint_cell(painter, option.rect, span, index.column(), palette.color(role))  # type: ignore[attr-defined]

    def paint_cell(
        self, painter: QPainter, rect: QRect, span: Span, column: int, text_color: QColor
    ) -> None:
        """One cell's swatch and text over a background already painted; ``text_color`` is
        for live spans (a rejected one is always grey)."""
        self.paint_row(painter, span, [(column, rect.left(), rect.width())], rect, text_color)

    def paint_row(
        self,
        painter: QPainter,
        span: Span,
        columns: list[tuple[int, int, int]],
        row: QRect,
        text_color: QColor,
    ) -> None:
        """The given cells of a span's row: (column, x, width) each, within ``row``'s top and
        height. Font and pen are the same across a row, so they are set once."""
        bold = span.status is SpanStatus.ACCEPTED
        painter.setFont(self._bold if bold else self._normal)
        painter.setPen(self._rejected if span.status is SpanStatus.REJECTED else text_color)
        top, height = row.top(), row.height()
        text_top = top + (height - self._height) // 2
        for column, x, width in columns:
            left = x + self.PAD
            if column == SpanTableModel.LABEL:
                side = self.SWATCH
                swatch = QRect(left, top + (height - side) // 2, side, side)
                painter.fillRect(swatch, self._model.label_color(span.label))
                left += side + self.PAD
            room = x + width - self.PAD - left
            text = self._text(self._model.cell_text(span, column), bold, room)
            painter.drawStaticText(left, text_top, text)

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


class _RowColors(NamedTuple):
    highlight: QBrush
    alternate: QBrush
    text: QColor
    highlighted_text: QColor


class SpanTable(QTableView):
    """The table view of spans; a row selected here is the current span."""

    def __init__(self, model: SpanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spanTable")
        self._titles_fitted = False
        self.setModel(model)
        self._delegate = SpanDelegate(model, self)
        self.setItemDelegate(self._delegate)
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
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Each column at its usual width, or wider when its title needs it (the Russian
        «Нормальная форма» does)."""
        header = self.horizontalHeader()
        widths = ((SpanTableModel.LABEL, 64), (SpanTableModel.TEXT, 130))
        widths += ((SpanTableModel.NORMAL, 110), (SpanTableModel.STATUS, 76))
        for column, width in widths:
            title = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(width, title))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._titles_fitted:
            self._titles_fitted = True
            self._fit_titles()  # again in the style's own font, which is known only now

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Paints the rows in the damaged area in one pass. QTableView calls the delegate once
        per cell, each call a round trip into Python with a new style option; a new article
        and every rejection (the rows below move) repaint the whole table, so this is most
        of what they cost on screen. Looks as QTableView with ``SpanDelegate`` does: alternate
        rows, the selected row in the highlight colour, no grid, no focus frame."""
        model = self.span_model()
        area = event.rect()
        rows = self._rows_in(area.top(), area.bottom(), model.rowCount())
        columns = self._columns_in(area.left(), area.right())
        if not rows or not columns:
            return
        colors = self._row_colors()
        selected = {index.row() for index in self.selectionModel().selectedRows()}
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        painter = QPainter(self.viewport())
        for row in rows:
            span = model.span_at(row)
            if span is None:
                continue
            top = self.rowViewportPosition(row)
            height = self.rowHeight(row)
            chosen = row in selected
            if chosen:
                painter.fillRect(QRect(left, top, right - left, height), colors.highlight)
            elif self.alternatingRowColors() and row & 1:
                painter.fillRect(QRect(left, top, right - left, height), colors.alternate)
            text = colors.highlighted_text if chosen else colors.text
            self._delegate.paint_row(painter, span, columns, QRect(left, top, 0, height), text)
        painter.end()

    def _rows_in(self, top: int, bottom: int, count: int) -> range:
        first = self.rowAt(top)
        if first < 0:
            return range(0)  # below the last row (or no rows at all)
        last = self.rowAt(bottom)
        return range(first, (last if last >= 0 else count - 1) + 1)

    def _columns_in(self, left: int, right: int) -> list[tuple[int, int, int]]:
        """(column, x, width) of the shown columns crossing ``[left, right]``, left to right."""
        header = self.horizontalHeader()
        found = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            x = header.sectionViewportPosition(column)
            width = header.sectionSize(column)
            if x <= right and x + width > left:
                found.append((column, x, width))
        return found

    def _row_colors(self) -> _RowColors:
        palette = self.palette()
        if not self.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif self.isActiveWindow():
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        return _RowColors(
            palette.brush(group, QPalette.ColorRole.Highlight),
            palette.brush(group, QPalette.ColorRole.AlternateBase),
            palette.color(group, QPalette.ColorRole.Text),
            palette.color(group, QPalette.ColorRole.HighlightedText),
        )

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
