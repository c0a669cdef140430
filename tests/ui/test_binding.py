"""The Qt binding itself: the calls the window makes thousands of times a minute must not
corrupt the interpreter (PySide6 6.12.0 released None on every void QPainter call, which
aborts Python 3.11 after a few minutes of painting)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_painting_leaves_none_alone(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    box, color = QRectF(1, 1, 30, 10), QColor("#3778c2")
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.fillRect(box, color)
        painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.drawLine(QPointF(0, 0), QPointF(5, 5))
        painter.drawRoundedRect(box, 4, 4)
    painter.end()
    assert sys.getrefcount(None) > before - 500
