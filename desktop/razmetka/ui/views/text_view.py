"""The article text with entity highlights.

A read-only ``QPlainTextEdit`` holding the stored text as plain text (never rich text, so markup in
an article is shown, not rendered or fetched). Highlights are painted for the visible lines only,
which keeps a 1.5 MB article with 40,000 spans as quick to open as the bare text. Every position
that crosses between Qt and the program goes through the span index's ``Utf16Map``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCursor,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from razmetka.core.model import Span, SpanStatus
from razmetka.ui.i18n import span_status_name
from razmetka.ui.plain import plain_tooltip
from razmetka.ui.views.spans import SpanIndex

FALLBACK_COLOR = "#888888"
# Find in article: every hit of the search on a yellow ground, the current one on orange.
HIT_COLOR = QColor("#fff176")
CURRENT_HIT_COLOR = QColor("#ffa726")
MARK_COLOR = QColor(120, 144, 255, 70)  # the difference being adjudicated: a blue wash


class _Line(NamedTuple):
    """One laid-out line on screen: UTF-16 range, the QTextLine, its block's start and origin."""

    start: int
    end: int
    line: QTextLine
    base: int
    left: float
    top: float
    height: float


def _line_start(line: _Line) -> int:
    return line.start


class TextView(QPlainTextEdit):
    """Signals: span_clicked(int) — a click on a span (its id);
    menu_requested(int, QPoint) — a context menu on a span (id, or -1 for none) at a global point.
    """

    span_clicked = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCenterOnScroll(False)
        # A scroll bar that comes and goes with the article's length would reflow the text
        # (and lay it out twice) on every switch between a short and a long article.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.2)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._index: SpanIndex | None = None
        self._colors: dict[str, QColor] = {}
        self.current_id: int | None = None
        # The whole viewport repaints on the next paint: repainting single spans before that
        # would only lay out the visible lines again for nothing.
        self._repaint_all = False
        # Find in article: the hits as code point ranges in text order, and the current one.
        self._hits: list[tuple[int, int]] = []
        self._hit_starts: list[int] = []
        self.current_hit: int | None = None
        # Adjudication: the place the analysts' versions differ that is being decided.
        self.mark: tuple[int, int] | None = None

    # -- content

    def set_colors(self, colors: dict[str, str]) -> None:
        self._colors = {name: QColor(value) for name, value in colors.items()}
        self.viewport().update()

    def set_article(self, index: SpanIndex | None) -> None:
        """Show an article: its stored text and the spans of ``index``."""
        self._index = index
        self.current_id = None
        self._hits, self._hit_starts, self.current_hit = [], [], None
        self.mark = None
        self.setPlainText(index.text if index is not None else "")
        self._repaint_all = True

    @property
    def index(self) -> SpanIndex | None:
        return self._index

    def spans_changed(self, spans: Iterable[Span] | None = None) -> None:
        """Repaint the given spans (as they were and as they are), or everything."""
        if spans is None or self._index is None:
            self.viewport().update()
            self._repaint_all = True
            return
        self._update_spans(spans)

    def _update_spans(self, spans: Iterable[Span], lines: list[_Line] | None = None) -> None:
        if self._repaint_all:
            return
        if lines is None:
            lines = self._visible_lines()
        for span in spans:
            for rect in self._span_rects(span, lines):
                # The current frame is drawn a little outside the span.
                self.viewport().update(rect.adjusted(-4, -3, 4, 3).toAlignedRect())

    # -- find in article

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        """Mark the hits of a search (code point ranges, in order); none is current yet."""
        if hits == self._hits and self.current_hit is None:
            return  # another letter typed, the same hits: nothing to repaint
        self._hits = hits
        self._hit_starts = [start for start, _end in hits]
        self.current_hit = None
        self.viewport().update()

    def hit_after(self, index: int) -> int:
        """The number of the first hit that starts at or after code point ``index``."""
        return bisect_left(self._hit_starts, index)

    def show_hit(self, number: int) -> None:
        """Make hit ``number`` the current one: orange, in view, the caret at its start."""
        if not 0 <= number < len(self._hits) or self._index is None:
            return
        self.current_hit = number
        start, end = self._hits[number]
        self._show_range(start, end)
        cursor = self.textCursor()
        cursor.setPosition(self._index.to_utf16(start))
        self.setTextCursor(cursor)
        self.viewport().update()

    def _paint_hits(self, painter: QPainter, lines: list[_Line], start: int, end: int) -> None:
        first = max(bisect_right(self._hit_starts, start) - 1, 0)
        for number in range(first, len(self._hits)):
            hit_start, hit_end = self._hits[number]
            if hit_start >= end:
                break
            color = CURRENT_HIT_COLOR if number == self.current_hit else HIT_COLOR
            for rect in self._range_rects(hit_start, hit_end, lines):
                painter.fillRect(rect, color)

    def set_mark(self, mark: tuple[int, int] | None) -> None:
        """Mark a stretch of the text (code points) under its spans, and bring it into view."""
        self.mark = mark
        if mark is not None:
            self._show_range(*mark)
        self.viewport().update()

    # -- positions

    def selection(self) -> tuple[int, int] | None:
        """The selected stretch in code points of the stored text, or None."""
        cursor = self.textCursor()
        if self._index is None or not cursor.hasSelection():
            return None
        start = self._index.from_utf16(cursor.selectionStart())
        end = self._index.from_utf16(cursor.selectionEnd())
        if end < self._index.map.length and cursor.selectionEnd() > self._index.to_utf16(end):
            end += 1  # a selection ending inside a surrogate pair takes the whole character
        return (start, end) if start < end else None

    def cursor_index(self) -> int:
        """The caret's position in code points."""
        if self._index is None:
            return 0
        return self._index.from_utf16(self.textCursor().position())

    def first_visible_index(self) -> int:
        if self._index is None:
            return 0
        return self._index.from_utf16(self.firstVisibleBlock().position())

    def scroll_to_index(self, index: int) -> None:
        """Put the line holding code point ``index`` at the top of the view."""
        if self._index is None:
            return
        block = self.document().findBlock(self._index.to_utf16(index))
        if block.isValid():
            self.verticalScrollBar().setValue(block.firstLineNumber())

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def set_current(self, span_id: int | None, follow: bool = True) -> None:
        """Frame a span and, with ``follow``, scroll so that it is in view."""
        previous = self._index.get(self.current_id) if self._index is not None else None
        self.current_id = span_id
        span = self._index.get(span_id) if self._index is not None else None
        lines = None
        if span is not None and follow:
            lines = self._show_span(span)
        if span is not None:
            self._put_caret(span.start, keep_scroll=not follow)
        self._update_spans([s for s in (previous, span) if s is not None], lines)

    def _put_caret(self, index: int, keep_scroll: bool) -> None:
        """The caret to code point ``index``, so that Shift+Ctrl+Right selects from the current
        span rather than from wherever the caret was (the article's start). A selection the
        analyst is making is left alone."""
        assert self._index is not None
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        position = self._index.to_utf16(index)
        if cursor.position() == position:
            return
        bar = self.verticalScrollBar()
        scrolled = bar.value()
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        if keep_scroll:
            bar.setValue(scrolled)  # setTextCursor scrolls to the caret; a restored view stays

    def _show_span(self, span: Span) -> list[_Line] | None:
        return self._show_range(span.start, span.end)

    def _show_range(self, start: int, end: int) -> list[_Line] | None:
        """Scroll so that code points ``start``..``end`` are in view; returns the visible lines
        when that took no scrolling (they still hold)."""
        assert self._index is not None
        lines = self._visible_lines()
        rects = self._range_rects(start, end, lines)
        area = QRectF(self.viewport().rect())
        if rects and all(area.contains(rect) for rect in rects):
            return lines
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._index.to_utf16(start))
        self.setTextCursor(cursor)
        self.centerCursor()
        return None

    def span_at(self, point: QPoint) -> Span | None:
        """The span drawn under a viewport point, the top-most when spans overlap."""
        if self._index is None:
            return None
        position = self._index.from_utf16(self.cursorForPosition(point).position())
        candidates = self._index.overlapping(max(position - 1, 0), position + 1)
        target = QPointF(point)
        hits = [s for s in candidates if any(r.contains(target) for r in self._span_rects(s))]
        return min(
            hits, key=lambda s: (s.status is not SpanStatus.ACCEPTED, s.end - s.start), default=None
        )

    # -- geometry

    def _visible_range(self) -> tuple[int, int]:
        """Code point range of the lines that are on screen."""
        assert self._index is not None
        lines = self._visible_lines()
        if not lines:
            return 0, 0
        return self._index.from_utf16(lines[0].start), self._index.from_utf16(lines[-1].end) + 1

    def _visible_lines(self) -> list[_Line]:
        """The laid-out lines of the blocks on screen, in document order."""
        lines: list[_Line] = []
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if block.isVisible():
                layout = block.layout()
                base = block.position()
                left, top = geometry.left(), geometry.top()
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    start = base + line.textStart()
                    lines.append(
                        _Line(
                            start,
                            start + line.textLength(),
                            line,
                            base,
                            left,
                            top + line.y(),
                            line.height(),
                        )
                    )
            block = block.next()
        return lines

    def _span_rects(self, span: Span, lines: list[_Line] | None = None) -> list[QRectF]:
        """Where a span is drawn, one rectangle per line; empty when it is off screen."""
        return self._range_rects(span.start, span.end, lines)

    def _range_rects(self, start: int, end: int, lines: list[_Line] | None = None) -> list[QRectF]:
        """Where code points ``start``..``end`` are drawn, one rectangle per line."""
        assert self._index is not None
        if lines is None:
            lines = self._visible_lines()
        start16 = self._index.to_utf16(start)
        end16 = self._index.to_utf16(end)
        at = max(bisect_right(lines, start16, key=_line_start) - 1, 0)
        rects = []
        while at < len(lines) and lines[at].start < end16:
            line = lines[at]
            a = max(start16, line.start)
            b = min(end16, line.end)
            if a < b:
                x1 = line.line.cursorToX(a - line.base)[0]
                x2 = line.line.cursorToX(b - line.base)[0]
                rects.append(QRectF(line.left + x1, line.top, x2 - x1, line.height))
            at += 1
        return rects

    # -- painting

    def _color(self, label: str) -> QColor:
        return self._colors.get(label) or QColor(FALLBACK_COLOR)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._repaint_all = False
        spans: list[Span] = []
        lines: list[_Line] | None = None
        if self._index is not None and (len(self._index) or self._hits or self.mark):
            lines = self._visible_lines()
            if lines:
                start = self._index.from_utf16(lines[0].start)
                end = self._index.from_utf16(lines[-1].end) + 1
                spans = list(self._index.overlapping(start, end))
                painter = QPainter(self.viewport())
                if self._hits:
                    self._paint_hits(painter, lines, start, end)
                if self.mark is not None:
                    for rect in self._range_rects(*self.mark, lines):
                        painter.fillRect(rect.adjusted(-3, -2, 3, 2), MARK_COLOR)
                # Suggestions first, so an accepted fill sits on top of an outline it overlaps.
                for span in sorted(spans, key=lambda s: s.status is SpanStatus.ACCEPTED):
                    self._paint_span(painter, span, lines)
                painter.end()
        super().paintEvent(event)
        current = self._index.get(self.current_id) if self._index is not None else None
        if current is not None:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self._color(current.label).darker(150), 2.2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._span_rects(current, lines):
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 4, 4)
            painter.end()

    def _paint_span(self, painter: QPainter, span: Span, lines: list[_Line]) -> None:
        # Plain rectangles without antialiasing: a screen holds hundreds of spans, and these
        # are several times cheaper to draw than rounded, antialiased paths.
        color = self._color(span.label)
        for rect in self._span_rects(span, lines):
            box = rect.adjusted(0, 1, -1, -2)
            if span.status is SpanStatus.ACCEPTED:
                fill = QColor(color)
                fill.setAlpha(90)
                painter.fillRect(box, fill)
                painter.fillRect(QRectF(box.left(), box.bottom() - 1, box.width(), 2), color)
            elif span.status is SpanStatus.SUGGESTED:
                fill = QColor(color)
                fill.setAlpha(20)
                painter.fillRect(box, fill)
                painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
            else:
                painter.setPen(QPen(QColor("#9a9a9a"), 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
                middle = box.center().y()
                painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle))

    # -- mouse and menus

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() is Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            span = self.span_at(event.position().toPoint())
            if span is not None and span.id is not None:
                self.span_clicked.emit(span.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() is QContextMenuEvent.Reason.Mouse:
            span = self.span_at(event.pos())
            if span is not None and span.id is not None:
                self.current_id = span.id
                self.span_clicked.emit(span.id)
            span_id = span.id if span is not None and span.id is not None else -1
            self.menu_requested.emit(span_id, event.globalPos())
            return
        self.request_menu()

    def request_menu(self) -> None:
        """Ask for the current span's menu from the keyboard, placed under the span."""
        current = self._index.get(self.current_id) if self._index is not None else None
        point = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        if current is not None:
            rects = self._span_rects(current)
            if rects:
                point = self.viewport().mapToGlobal(rects[0].bottomLeft().toPoint())
        self.menu_requested.emit(current.id if current is not None else -1, point)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.span_at(event.pos())
            if span is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), span_tooltip(span), self.viewport())
            return True
        return super().viewportEvent(event)


def span_tooltip(span: Span) -> str:
    parts = [f"{span.label} · {span_status_name(span.status)}"]
    if span.normal:
        parts.append(QCoreApplication.translate("TextView", "Normal form: {0}").format(span.normal))
    parts.append(QCoreApplication.translate("TextView", "Origin: {0}").format(span.origin))
    return plain_tooltip("\n".join(parts))  # a normal form is the article's text
